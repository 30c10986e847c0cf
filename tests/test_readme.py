"""The README's console examples are what the commands print now (docs/readme_examples.py regenerates them)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs"))

import readme_examples  # noqa: E402

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_marks_the_examples_it_checks() -> None:
    shown = re.findall(r'<!-- \[\[\[cog show\((.*?)\) \]\]\] -->', README)
    commands = " ".join(shown)
    for command in ("kg build data/articles", "kg extract", "partners.rq", "kg analyze out/graph.ttl --top",
                    "--path Sberbank Huawei"):
        assert command in commands


def test_an_example_masks_durations_and_shows_the_first_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readme_examples, "run", lambda command: "Wrote g.ttl: 1 documents (… s)\nb\nc\n")
    assert readme_examples.console(("kg build a.txt -o g.ttl", 2)) == (
        "```console\n$ kg build a.txt -o g.ttl\nWrote g.ttl: 1 documents (… s)\nb\n…\n```\n")
    assert readme_examples._DURATION.sub("(\u2026 s)", "triples (12.3 s)") == "triples (… s)"


def test_only_kg_commands_run() -> None:
    with pytest.raises(ValueError, match="only kg commands"):
        readme_examples.run("rm -rf out")


def test_the_readme_outputs_are_current(capsys: pytest.CaptureFixture[str]) -> None:
    status = readme_examples.main(["--check"])
    assert status == 0, "the README's examples differ from what the commands print: " + capsys.readouterr().out
