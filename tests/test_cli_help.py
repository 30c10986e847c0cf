"""Every registered command documents itself (in the manner of sqlite-utils' tests/test_docs.py).

The commands are read from the app, not listed by hand, so a new command is checked without touching this file:
``--help`` works and shows an example of that command, the help speaks in metavars (``PATH``, ``INPUTS...``) and
not in Python types (``<list[str]>``), a short option means the same thing in every command, and the README
mentions the command.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import click
import pytest
import typer.main
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
GROUP = typer.main.get_command(app)


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every registered command as the words that call it, subcommands of a group included."""
    paths = []
    for name, command in sorted(group.commands.items()):
        paths.append(prefix + (name,))
        if isinstance(command, click.Group):
            paths += command_paths(command, prefix + (name,))
    return paths


PATHS = command_paths(GROUP)  # type: ignore[arg-type]
COMMANDS = sorted(GROUP.commands)  # type: ignore[attr-defined]
LEAKS = re.compile(r"<(?:list|tuple|str|int|float|bool|path|dict|optional)\b[^>]*>|\{\w+\}|typing\.|NoneType")


def test_the_app_has_its_commands() -> None:
    assert {"build", "extract", "query", "queries", "view", "analyze", "export", "evaluate", "add", "remove",
            "validate", "serve", "push"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_exits_0_and_shows_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], prog_name="kg")
    assert result.exit_code == 0, result.output
    examples = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("Example:")]
    assert examples and examples[0].startswith(f"Example: kg {command}"), result.stdout


@pytest.mark.parametrize("words", [()] + PATHS, ids=lambda words: " ".join(("kg",) + words))
def test_help_shows_metavars_not_python_types(words: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*words, "--help"], prog_name="kg")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert not LEAKS.findall(text), f"kg {' '.join(words)} --help shows {LEAKS.findall(text)}"
    assert result.stderr == ""
    usage = text.splitlines()[0]
    assert usage.startswith(" ".join(("Usage: kg",) + words + ("[OPTIONS]",))), usage
    assert "Traceback" not in text and all(len(line) <= 120 for line in text.splitlines())


def test_a_short_option_means_one_thing_in_every_command() -> None:
    meanings: dict[str, set[str]] = defaultdict(set)
    for command in GROUP.commands.values():  # type: ignore[attr-defined]
        for param in command.params:
            if param.param_type_name != "option":
                continue
            longs = [o for o in param.opts if o.startswith("--")]
            for short in (o for o in param.opts if not o.startswith("--")):
                meanings[short].update(longs)
    assert meanings["-q"] == {"--quiet"} and meanings["-f"] == {"--file"} and meanings["-s"] == {"--store"}
    clashes = {short: longs for short, longs in meanings.items() if len(longs) > 1}
    assert clashes == {}


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_in_the_readme(command: str) -> None:
    assert f"kg {command}" in (ROOT / "README.md").read_text(encoding="utf-8")
