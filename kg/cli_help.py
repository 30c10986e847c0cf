"""Help pages in the usual Unix style: ``--param TEXT`` and ``INPUTS...`` rather than Typer's ``<list[str]>``.

Typer 0.2x prints each parameter's Python type (``<path>``, ``<list[str]>``, ``<str,str>...``) and wraps required
arguments in braces; :class:`KgCommand` prints click's metavars instead. :func:`use_plain_help` gives it to every
command of an app, including commands registered later by other modules, as long as it runs after them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args, get_origin

import typer
from typer.core import TyperCommand

_TYPE_NAMES = {Path: "PATH", int: "INTEGER", float: "FLOAT", str: "TEXT", bool: "BOOLEAN"}


def type_metavar(annotation: Any) -> str:
    """The metavar of a parameter's type: ``PATH``, ``INTEGER``, ``TEXT``; ``TEXT TEXT`` for a pair.

    >>> type_metavar(Path), type_metavar(int), type_metavar(list[str]), type_metavar(tuple[str, str])
    ('PATH', 'INTEGER', 'TEXT', 'TEXT TEXT')
    """
    args = get_args(annotation)
    if get_origin(annotation) is list and args:
        return type_metavar(args[0])  # a repeatable option: one value each time
    if get_origin(annotation) is tuple and args:
        return " ".join(type_metavar(a) for a in args)
    return _TYPE_NAMES.get(annotation) or getattr(annotation, "__name__", "VALUE").upper()


def param_metavar(param: Any) -> str:
    """An option's metavar: its own, else its choices (``[csv|json]``), else from its type."""
    if param.metavar:
        return str(param.metavar)
    desc = getattr(param, "type_descriptor", None)  # Typer >= 0.20 (its own click); older Typer: click types
    if desc is None:
        return str(param.type.name).upper()
    if desc.is_choice and desc.choices:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in desc.choices) + "]"
    return type_metavar(desc.annotation)


def argument_name(param: Any) -> str:
    """``GRAPH``, or ``INPUTS...`` for an argument that takes several values."""
    name = str(param.metavar or param.name or "").upper()
    return name + ("..." if param.nargs == -1 and not name.endswith("...") else "")


def option_name(param: Any) -> str:
    """``-o, --output PATH``: the option's names (short first), then its metavar unless it is a flag."""
    names = ", ".join(sorted(param.opts, key=lambda o: o.startswith("--")))
    if param.secondary_opts:
        names += " / " + ", ".join(param.secondary_opts)
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return names
    return f"{names} {param_metavar(param)}"


class KgCommand(TyperCommand):
    """A Typer command whose usage line and help list show metavars, not Python types."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        args: list[tuple[str, str]] = []
        opts: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                args.append((argument_name(param), record[1]))
            elif param.param_type_name == "option":
                opts.append((option_name(param), record[1]))
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def use_plain_help(app: typer.Typer) -> None:
    """Give every command registered on ``app`` so far the help of :class:`KgCommand` (unless it has its own)."""
    info: Any
    for info in app.registered_commands:
        if info.cls is None or info.cls is TyperCommand:
            info.cls = KgCommand
