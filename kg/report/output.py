"""Write a brief to a file, as HTML or Markdown (chosen by the option, else by the file's extension)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


@dataclass
class BriefReport:
    """What :func:`write_report` wrote.

    >>> print(BriefReport(Path("b.html"), new=3, uncertain=1, min_confidence=0.7, actors=2))
    Wrote b.html: 3 new relations (1 below confidence 0.7), 2 actors
    """

    output: Path
    new: int
    uncertain: int
    min_confidence: float
    actors: int

    def __str__(self) -> str:
        return (f"Wrote {self.output}: {self.new} new relations ({self.uncertain} below confidence "
                f"{self.min_confidence:g}), {self.actors} actors")


def write_report(graph: Any, output: str | Path, fmt: str | None = None, *, since: str | None = None,
                 focus: str | None = None, min_confidence: float = 0.7, top: int = 8, max_relations: int = 50,
                 title: str = "kg brief") -> BriefReport:
    """The brief of ``graph`` (an RDF graph, or an RDF file or store folder to read; see
    :func:`kg.report.brief.build_brief` for the options) written to ``output`` as HTML or Markdown. The options
    are checked before a file is read."""
    from kg.analysis.convert import to_networkx
    from kg.rdf.period import check_date
    from kg.report.brief import build_brief

    since = check_date(since, "--since")
    fmt = brief_format(output, fmt)
    if isinstance(graph, (str, Path)):
        from kg.store import open_graph

        graph = open_graph(Path(graph))
    brief = build_brief(to_networkx(graph), since=since, focus=focus, min_confidence=min_confidence, top=top,
                        title=title, max_relations=max_relations, charts=fmt == "html")
    written = write_brief(brief, output, fmt)
    return BriefReport(written, brief.new_count, brief.uncertain_total, min_confidence, len(brief.actors))
