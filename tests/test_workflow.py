"""The jobs of kg.workflow: each returns a report of what it did and prints nothing (the CLI prints the report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import GraphError, InputError
from kg.workflow import BuildReport, Settings, StoreReport, build, extract_file, update_store

ARTICLE = "MOSCOW, June 5 —\nRussia and China signed an agreement on artificial intelligence research in Moscow.\n"


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "a.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_build_returns_what_it_wrote_and_prints_nothing(article: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    report = build([str(article)], tmp_path / "g.ttl", html=tmp_path / "g.html")
    assert isinstance(report, BuildReport)
    assert report.written == [tmp_path / "g.ttl", tmp_path / "g.html"]
    assert all(p.is_file() for p in report.written)
    assert report.summary.documents == 1 and report.summary.relations >= 1
    assert str(report).startswith(f"Wrote {tmp_path / 'g.ttl'} and {tmp_path / 'g.html'}: 1 documents, ")
    assert report.notes == []  # no web request
    assert capsys.readouterr() == ("", "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html", "g.ttl", "in"]  # no scratch folder left


def test_update_store_reports_new_then_unchanged(article: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    first = update_store(tmp_path / "kb", [str(article)], create=True, output=tmp_path / "kb.nq")
    again = update_store(tmp_path / "kb", [str(article)])
    assert isinstance(first, StoreReport) and first.written == [tmp_path / "kb", tmp_path / "kb.nq"]
    assert (first.ingest.added, again.ingest.unchanged) == ([first.ingest.added[0]], 1)
    assert again.summary == first.summary
    assert str(again).startswith(f"Updated {tmp_path / 'kb'}: 0 documents processed (0 new, 0 changed), 1 unchanged")
    assert capsys.readouterr() == ("", "")


def test_input_errors_go_to_the_handler(article: Path, tmp_path: Path) -> None:
    bad = article.parent / "b.txt"
    bad.write_bytes(b"")
    seen: list[InputError] = []
    report = extract_file([str(article.parent)], tmp_path / "x.jsonl", Settings(on_error=seen.append))
    assert report.documents == 1 and len(seen) == 1 and "b.txt" in str(seen[0])


def test_a_bad_format_fails_before_any_work(article: Path, tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="g.xyz"):
        build([str(article)], tmp_path / "g.xyz", Settings(model="no-such-model"))
