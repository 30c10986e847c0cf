"""A brief as Markdown, for pasting into a document: the same sections as the page, the chart as a table.

Article text is escaped, so a sentence cannot open a link, an image, HTML or a table cell of its own.
"""

from __future__ import annotations

import re

from kg.report.brief import Brief, NewRelation
from kg.report.html import MAX_NEWS, overview, period_line, safe_url

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def md_text(text: str | None) -> str:
    """Text with Markdown's special characters escaped and line breaks folded, safe in a paragraph or a table cell.

    >>> print(md_text('<img src=x onerror="y"> [a](javascript:z) *b* | c'))
    \\<img src=x onerror="y"\\> \\[a\\](javascript:z) \\*b\\* \\| c
    """
    return _SPECIAL.sub(r"\\\1", " ".join(str(text or "").split()))


def _link(title: str | None, url: str | None, fallback: str) -> str:
    target = safe_url(url)
    label = md_text(title or url or fallback)
    if not target:
        return label
    return f"[{label}](<{target.replace('<', '%3C').replace('>', '%3E').replace(' ', '%20')}>)"


def _relation_lines(r: NewRelation, show_confidence: bool = False) -> list[str]:
    planned = " *(planned)*" if r.status == "planned" else ""
    extra = f", confidence {r.confidence:.2f}" if show_confidence else ""
    sources = f"{r.sources} source{'' if r.sources == 1 else 's'}"
    lines = [f"- **{md_text(r.subject)}** {md_text(r.predicate)} **{md_text(r.object)}**{planned} "
             f"({r.first or 'undated'}; {sources}{extra})"]
    for e in r.evidence:
        where = _link(e.title, e.url, e.doc_id or "unknown article")
        lines.append(f"  > {md_text(e.sentence)}  \n  > — {where}{', ' + md_text(e.published) if e.published else ''}")
    return lines


def _more(total: int, rows: tuple[NewRelation, ...]) -> list[str]:
    if total <= len(rows):
        return []
    return ["", f"And {total - len(rows)} more with fewer sources (list them with `kg report --max-relations 0`)."]


def brief_markdown(b: Brief) -> str:
    """The Markdown text of a brief."""
    out = [f"# {md_text(b.title)}", "", md_text(period_line(b)), "", md_text(overview(b)), ""]
    out += ["## Relations per month", ""]
    families = [f for f, _ in b.months[0][1]] if b.months else []
    if b.months:
        out += ["| month | " + " | ".join(families) + " |", "|---" * (len(families) + 1) + "|"]
        out += [f"| {month} | " + " | ".join(str(n) for _, n in row) + " |" for month, row in b.months]
        out += ["", "Each relation counted once per article, in the month of its event date, else of the article's "
                    "publication date.", ""]
    else:
        out += ["No statement is dated to a month.", ""]
    title = "## New relations" + (f" since {b.since}" if b.since else "") + (f" of {md_text(b.focus)}" if b.focus_given else "")
    out += [title, ""]
    if not b.new:
        out += [f"No relation at or above confidence {b.min_confidence:g} was first stated in the period.", ""]
    for family, rows in b.new.items():
        out += [f"### {family.capitalize()} ({b.totals[family]})", ""]
        for r in rows:
            out += _relation_lines(r)
        out += [*_more(b.totals[family], rows), ""]
    out += ["## Most active actors", ""]
    if b.actors:
        out += ["| actor | new relations | related entities (before → now) | sources | what changed |",
                "|---|---|---|---|---|"]
        for a in b.actors:
            news = "; ".join(md_text(line) for line in a.news[:MAX_NEWS])
            if len(a.news) > MAX_NEWS:
                news += f"; and {len(a.news) - MAX_NEWS} more"
            out.append(f"| {md_text(a.label)} | {a.new_relations} | {a.degree_before} → {a.degree_now} | {a.sources} "
                       f"| {news} |")
        out.append("")
    else:
        out += ["No actor has a new relation in the period.", ""]
    out += ["## A note on confidence", "",
            f"Relations are extracted by rules from the article text; those below confidence {b.min_confidence:g} "
            f"are more often wrong and are listed here apart ({b.uncertain_total}). Check the sentence before quoting "
            "a relation.", ""]
    for r in b.uncertain:
        out += _relation_lines(r, show_confidence=True)
    out += _more(b.uncertain_total, b.uncertain)
    return "\n".join(out).rstrip("\n") + "\n"
