"""Extraction leaves the loaded pipeline out of garbage collection while it runs, and only then."""

from __future__ import annotations

import gc

from kg.extract import extract, frozen_heap
from kg.records import Document


def test_pipeline_objects_frozen_during_extraction_only(nlp) -> None:
    docs = [Document(doc_id=f"d{n}", text="Russia and China signed an agreement on AI.") for n in range(3)]
    run = extract(docs, nlp)
    first = next(run)
    assert gc.get_freeze_count() > 0  # the pipeline's objects, frozen while documents remain
    rest = list(run)
    assert gc.get_freeze_count() == 0
    assert [r.doc.doc_id for r in [first, *rest]] == ["d0", "d1", "d2"]
    assert {(r.subject, r.predicate, r.object) for r in first.relations} == \
        {(r.subject, r.predicate, r.object) for r in rest[0].relations}


def test_an_outer_freeze_is_left_to_its_owner() -> None:
    gc.freeze()
    try:
        with frozen_heap():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
