"""Write a brief to a file, as HTML or Markdown (chosen by the option, else by the file's extension)."""

from __future__ import annotations

from pathlib import Path

from kg.errors import OutputError
from kg.fsutil import atomic_write
from kg.report.brief import Brief

#: the formats of a brief, and the extensions that choose each
BRIEF_FORMATS: dict[str, tuple[str, ...]] = {"html": (".html", ".htm"), "md": (".md", ".markdown")}


def brief_format(path: str | Path, fmt: str | None = None) -> str:
    """``fmt`` checked, or the format the extension of ``path`` names (HTML when it names none).

    >>> brief_format("out/brief.md"), brief_format("out/brief.html"), brief_format("brief", "md")
    ('md', 'html', 'md')
    >>> brief_format("brief.html", "pdf")
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: unknown brief format 'pdf' (choose from html, md)
    """
    if fmt is not None:
        if fmt.lower() not in BRIEF_FORMATS:
            raise OutputError(f"unknown brief format {fmt!r} (choose from {', '.join(BRIEF_FORMATS)})")
        return fmt.lower()
    suffix = Path(path).suffix.lower()
    return next((name for name, suffixes in BRIEF_FORMATS.items() if suffix in suffixes), "html")


def write_brief(brief: Brief, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``brief`` to ``path`` atomically (no half-written file) and return the path."""
    if brief_format(path, fmt) == "md":
        from kg.report.markdown import brief_markdown

        return atomic_write(Path(path), brief_markdown(brief))
    from kg.report.html import brief_html

    return atomic_write(Path(path), brief_html(brief))
