"""Extraction records: event dates resolved against the article's publication date."""

from __future__ import annotations

from kg.extract import extract
from kg.records import Document


def relation_dates(nlp, text: str, published: str | None) -> dict[tuple[str, str, str], str | None]:
    (ex,) = extract([Document("d", text, published=published)], nlp)
    return {(r.subject, r.predicate, r.object): r.date for r in ex.relations}


def test_weekday_is_resolved_against_publication(nlp) -> None:
    dates = relation_dates(nlp, "Russia and China signed an agreement on Wednesday.", "2024-12-13")
    assert dates[("china", "agreementWith", "russia")] == "2024-12-11"


def test_date_without_year_takes_the_publication_year(nlp) -> None:
    dates = relation_dates(nlp, "On Dec 11 Russia and China signed an agreement.", "2024-12-20")
    assert dates[("china", "agreementWith", "russia")] == "2024-12-11"


def test_year_alone_and_no_publication_date(nlp) -> None:
    assert relation_dates(nlp, "In 2023 Russia and China signed an agreement.", None)[
        ("china", "agreementWith", "russia")] == "2023"
    assert relation_dates(nlp, "Russia and China signed an agreement on Wednesday.", None)[
        ("china", "agreementWith", "russia")] is None
