"""Charts and the brief: figures from a network, ``kg report`` on a store of the sample articles (HTML and Markdown),
hostile article text escaped, and bad input reported as one ``Error:`` line with no file written."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from typer.testing import CliRunner

from kg.analysis import to_networkx
from kg.cli import app
from kg.rdf.build import build_graph
from kg.records import Document, Entity, Evidence, Extraction, Relation
from kg.report import (actor_activity, build_brief, brief_html, brief_markdown, figure_svg, monthly_counts,
                       relations_per_month, sanctions_multiples, top_actors)

ROOT = Path(__file__).resolve().parents[1]
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_SCRIPT = "<script>window.__xss=1</script>"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from data/articles by the command line, as the README does it."""
    kb = tmp_path_factory.mktemp("kb") / "kb"
    result = CliRunner().invoke(app, ["build", str(ROOT / "data" / "articles"), "--store", str(kb), "-q"])
    assert result.exit_code == 0, result.output
    return kb


@pytest.fixture(scope="module")
def network(store: Path):
    from kg.store import open_graph

    return to_networkx(open_graph(store))


def _extraction(doc_id: str, published: str, relations: list[Relation], title: str = "T",
                url: str | None = "https://example.org/a") -> Extraction:
    ents = [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country"),
            Entity("the-west", "the West", "Bloc"), Entity("japan", "Japan", "Country")]
    return Extraction(Document(doc_id, "text", title=title, url=url, published=published), ents, relations)


def _ev(sentence: str, confidence: float = 0.9) -> list[Evidence]:
    return [Evidence(sentence, 0, len(sentence), "rule", confidence)]


def small_network():
    return to_networkx(build_graph([
        _extraction("old", "2023-02-01", [Relation("russia", "cooperatesWith", "china", evidence=_ev("Old news."))]),
        _extraction("new", "2024-03-05", [
            Relation("the-west", "sanctions", "russia", evidence=_ev("The West sanctions Russia.")),
            Relation("japan", "restrictsExportsTo", "china", evidence=_ev("Japan restricts exports to China.")),
            Relation("japan", "cooperatesWith", "russia",
                     evidence=_ev("Japan may be working with Russia.", 0.5)),
        ]),
    ]))


# --- charts ------------------------------------------------------------------------------------------------------


def test_monthly_counts_fill_the_months_between() -> None:
    counts = monthly_counts(small_network())
    assert [str(m) for m in counts.index][:2] == ["2023-02", "2023-03"] and str(counts.index[-1]) == "2024-03"
    assert counts.loc[counts.index[-1], "conflict"] == 2 and counts["cooperation"].sum() == 2


def test_charts_are_figures_with_the_data_drawn(network) -> None:
    month = relations_per_month(network)
    assert isinstance(month, Figure)
    bars = [p.get_height() for p in month.axes[0].patches]
    assert sum(bars) == monthly_counts(network).to_numpy().sum() > 0

    top = top_actors(network, top=5)
    assert len(top.axes) == 2
    by_degree = [t.get_text() for t in top.axes[0].get_yticklabels()]
    assert by_degree[-1] == actor_activity(network).iloc[0]["label"] == "China"  # the top bar is the first actor
    assert len(top.axes[0].patches) == 5

    panels = sanctions_multiples(network)
    titles = {ax.get_title() for ax in panels.axes}
    assert {"Japan", "Netherlands"} <= titles  # both restrict chipmaking tool exports to China


def test_figure_svg_is_one_svg_element_without_active_content(network) -> None:
    svg = figure_svg(top_actors(network))
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "<script" not in svg and "China" in svg  # text kept as text
    assert figure_svg(top_actors(network)) == svg  # the same figure, the same bytes


# --- the brief ---------------------------------------------------------------------------------------------------


def test_brief_lists_new_relations_by_family_and_keeps_uncertain_ones_apart() -> None:
    brief = build_brief(small_network(), since="2024-01-01", charts=False)
    listed = {(r.subject, r.predicate, r.object) for rows in brief.new.values() for r in rows}
    assert listed == {("the West", "sanctions", "Russia"), ("Japan", "restrictsExportsTo", "China")}
    assert list(brief.new) == ["conflict"]
    assert [(r.subject, r.object, r.confidence) for r in brief.uncertain] == [("Japan", "Russia", 0.5)]
    russia = next(a for a in brief.actors if a.label == "Russia")
    assert (russia.degree_before, russia.degree_now) == (1, 3)  # China before; Japan and the West are new
    assert "the West sanctions it" in russia.news
    sanction = brief.new["conflict"][-1] if brief.new["conflict"][-1].predicate == "sanctions" else brief.new["conflict"][0]
    assert sanction.evidence[0].sentence == "The West sanctions Russia." and sanction.sources == 1


def test_brief_focus_keeps_the_relations_of_that_actor() -> None:
    brief = build_brief(small_network(), since="2024", focus="japan", charts=False)
    assert brief.focus == "Japan" and brief.focus_given
    assert all("Japan" in (r.subject, r.object) for rows in brief.new.values() for r in (*rows, *brief.uncertain))
    assert brief.new_count == 2


def test_hostile_text_is_escaped_in_html_and_markdown() -> None:
    G = to_networkx(build_graph([_extraction("evil", "2024-05-01", [
        Relation("russia", "cooperatesWith", "china", evidence=_ev(f"Russia and China {XSS_IMG} agree {XSS_SCRIPT}."))],
        title=f"{XSS_SCRIPT} [click](javascript:alert(1))", url="javascript:window.__xss=1")]))
    brief = build_brief(G, since="2024", charts=True)
    page = brief_html(brief)
    assert "<img" not in page and "window.__xss=1</script>" not in page and 'href="javascript' not in page
    assert "&lt;img src=x onerror=&#34;window.__xss=1&#34;&gt;" in page
    assert len(re.findall(r"<script", page, re.IGNORECASE)) == 0
    md = brief_markdown(brief)
    # every "<" is escaped, but for the one opening a link's address; no link to a javascript: address
    assert re.findall(r"(?<![\\(])<", md) == [] and not re.search(r"(?<!\\)\]\(<?javascript", md)
    assert "\\<img src=x" in md and "\\[click\\]" in md


# --- the command -------------------------------------------------------------------------------------------------


def test_report_help_has_example() -> None:
    result = CliRunner().invoke(app, ["report", "--help"])
    assert result.exit_code == 0 and "Example: kg report" in result.stdout
    assert "report" in CliRunner().invoke(app, ["--help"]).stdout


def test_report_html_on_the_sample_store(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "brief.html"
    result = CliRunner().invoke(app, ["report", str(store), "-o", str(out), "--since", "2024-01-01"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"Wrote {out}: ") and not result.stdout
    page = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page and "<script" not in page
    assert "From 2024-01-01 to 2025-01-15" in page
    # the chip-tools article (dated 2024-12) restricts exports; Mubadala's deal (2024-10) is cooperation
    assert "Mubadala Investment Company</strong> agreementWith <strong>Russian Direct Investment Fund" in page
    assert "signed an agreement with the Russian Direct Investment Fund" in page
    assert 'href="https://example.org/gulf-tech-wire/mubadala-rdif-ai"' in page
    assert page.count("<svg") == 2  # the monthly chart and the focus drawing
    # the seed article's relations carry no date in 2024: they are not new
    assert "Sberbank</strong> cooperatesWith" not in page


def test_report_markdown_on_the_sample_store(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    result = CliRunner().invoke(app, ["report", str(store), "-o", str(out), "--since", "2024-01-01",
                                      "--focus", "Nvidia"])
    assert result.exit_code == 0, result.output
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# kg brief\n") and "## New relations since 2024-01-01 of Nvidia" in md
    assert "| month | cooperation | conflict | structure | topic |" in md
    assert "**Nvidia** suppliesTo **Amazon**" in md
    assert "[Nvidia and AMD race for AI data centres](<https://example.org/news/nvidia-amd-ai-race>)" in md
    assert "Mubadala" not in md.split("## Most active actors")[0]  # only Nvidia's relations are listed


def _assert_one_error(result, fragment: str) -> None:
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and fragment in lines[0], result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args, fragment", [
    (["--since", "last week"], "'last week' is not a date"),
    (["--focus", "Nvidiaa"], "unknown actor 'Nvidiaa' (did you mean: Nvidia"),
    (["--format", "pdf"], "unknown brief format 'pdf'"),
    (["--min-confidence", "1.5"], "--min-confidence must be between 0 and 1"),
    (["--top", "-1"], "--top must be 0 or more"),
])
def test_report_bad_options_write_nothing(store: Path, tmp_path: Path, args: list[str], fragment: str) -> None:
    out = tmp_path / "brief.html"
    _assert_one_error(CliRunner().invoke(app, ["report", str(store), "-o", str(out), *args]), fragment)
    assert not out.exists() and not list(tmp_path.iterdir())


def test_report_missing_graph_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    _assert_one_error(CliRunner().invoke(app, ["report", str(tmp_path / "nope"), "-o", str(out)]), "no such file")
    assert not out.exists()


def test_long_lists_are_cut_to_the_relations_with_most_sources() -> None:
    brief = build_brief(small_network(), since="2024", max_relations=1, charts=False)
    assert len(brief.new["conflict"]) == 1 and brief.totals["conflict"] == 2 and brief.new_count == 3
    assert "And 1 more with fewer sources" in brief_html(brief)
    assert "And 1 more with fewer sources" in brief_markdown(brief)
    assert "2 conflict" in brief_html(brief)  # the overview counts them all


def test_brief_agrees_with_the_saved_new_edges_query(store: Path, network) -> None:
    """The brief's new relations and their source counts are those of data/queries/new-edges.rq."""
    from kg.query import load_query_file, run_query, to_dataframe
    from kg.store import open_graph

    df = to_dataframe(run_query(open_graph(store), load_query_file(ROOT / "data" / "queries" / "new-edges.rq"),
                                {"sinceDate": "2024-01-01"}))
    expected = {(r.subjectLabel, r.relation, r.objectLabel, r.documents) for r in df.itertuples()}
    brief = build_brief(network, since="2024-01-01", max_relations=0, charts=False)
    listed = {(r.subject, r.predicate, r.object, r.sources) for rows in (*brief.new.values(), brief.uncertain)
              for r in rows}
    assert len(expected) > 20 and listed == expected
