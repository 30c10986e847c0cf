"""A brief as one self-contained, offline HTML page: no script, no request, every article string escaped.

The page follows the graph page's rules (:mod:`kg.viz.html`): a Content-Security-Policy that allows no request of
any kind (and, as the brief has no script, no script either), text escaped by Jinja's autoescape, and links only to
``http(s)`` addresses. The charts are inline SVG made by matplotlib, which escapes their text.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import DataError
from kg.report.brief import Brief
from kg.viz.style import family_style

#: nothing may be fetched or run; styles are inline, images (none yet) only data: URLs
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
#: lines of "what changed" shown per actor
MAX_NEWS = 6
_TEMPLATE = Path(__file__).resolve().parent / "brief.html"


def safe_url(url: str | None) -> str:
    """``url`` when it is an absolute ``http`` or ``https`` address, else ``""`` (no ``javascript:`` link).

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url(" JavaScript:x"), safe_url(None)
    ('https://example.org/a?b=1', '', '', '')
    """
    if not url:
        return ""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def period_line(b: Brief) -> str:
    """One line saying the period and corpus a brief covers.

    >>> period_line(Brief("t", "2024-01-01", "2005", "2025-01-20", 7, 5, 106, 121, 0.7, None, False))
    'From 2024-01-01 to 2025-01-20 · 7 articles (5 with statements dated in the period) · 106 entities · 121 relations'
    """
    if b.since:
        period = f"From {b.since} to {b.last_date or b.since}"
    else:
        period = f"All dates, {b.first_date} to {b.last_date}" if b.first_date else "All dates"
    return (f"{period} \u00b7 {b.documents} articles ({b.documents_in_period} with statements dated in the period)"
            f" \u00b7 {b.entities} entities \u00b7 {b.relations} relations")


def overview(b: Brief) -> str:
    """The first paragraph of a brief in plain prose: how many relations are new, by family, and who was busiest."""
    counts = [f"{total} {family}" for family, total in b.totals.items()]
    where = f" involving {b.focus}" if b.focus_given else ""
    text = f"{b.new_count} relations{where} were first stated in the period"
    if counts:
        text += ": " + ", ".join(counts)
    if b.uncertain_total:
        text += f", and {b.uncertain_total} below confidence {b.min_confidence:g}, listed apart at the end"
    text += "."
    if b.actors:
        busiest = ", ".join(f"{a.label} ({a.new_relations})" for a in b.actors[:3])
        text += f" Most active: {busiest}."
    return text


def brief_html(b: Brief) -> str:
    """The text of the HTML page of a brief."""
    import jinja2
    from markupsafe import Markup

    try:
        source = _TEMPLATE.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{_TEMPLATE}: template missing from the kg package: {exc.strerror or exc}") from exc
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.filters["safe_url"] = safe_url
    colours = {family: family_style(family).colour for family in b.new}
    return env.from_string(source).render(
        b=b, csp=Markup(CSP), period=period_line(b), overview=overview(b), threshold=f"{b.min_confidence:g}",
        colours=colours, max_news=MAX_NEWS,
        # made by matplotlib, which escapes text, and checked for active content by kg.report.charts.figure_svg
        chart_svg=Markup(b.chart_svg), focus_svg=Markup(b.focus_svg),
    )
