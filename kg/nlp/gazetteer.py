"""Gazetteer data -> spaCy ``span_ruler`` patterns with canonical ids."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


from kg.nlp.kb import Entry, KnowledgeBase
from kg.nlp.r12tech import number_variant
from kg.resources import data_dir

GAZETTEER_FILES = ("countries.jsonl", "international.jsonl", "organizations.jsonl", "people.jsonl",
                   "technologies.jsonl")


def gazetteer_paths(folder: Path | None = None) -> list[Path]:
    """The gazetteer files, in a fixed order, plus any other ``*.jsonl`` a user added to the folder."""
    folder = folder or data_dir() / "gazetteer"
    known = [folder / name for name in GAZETTEER_FILES if (folder / name).exists()]
    extra = sorted(p for p in folder.glob("*.jsonl") if p.name not in GAZETTEER_FILES)
    return known + extra


def load_kb(folder: Path | None = None) -> KnowledgeBase:
    """The knowledge base of the gazetteer folder."""
    return KnowledgeBase.from_jsonl_files(gazetteer_paths(folder))


def is_case_sensitive(form: str) -> bool:
    """A form with any capital matches only as written; an all-lowercase form matches in any case.

    >>> is_case_sensitive("AI"), is_case_sensitive("smart cities")
    (True, False)
    """
    return form != form.lower()


def entry_patterns(entry: Entry) -> Iterable[dict[str, Any]]:
    """Phrase patterns for every surface form of an entry, labelled by type, with the entry's id.

    >>> e = Entry("russia", "Russia", "Country", aliases=["Russia's"])
    >>> [p["pattern"] for p in entry_patterns(e)]
    ['Russia', "Russia's", 'Russia’s']
    """
    seen: set[str] = set()
    for form, _kind in entry.surface_forms():
        form = form.strip()
        variants = [form]
        # curly and straight apostrophes are both common in news text
        if "'" in form:
            variants.append(form.replace("'", "\u2019"))
        elif "\u2019" in form:
            variants.append(form.replace("\u2019", "'"))
        for variant in variants:
            if variant and variant not in seen:
                seen.add(variant)
                yield {"label": entry.type, "pattern": variant, "id": entry.id}


def hyphenated(form: str) -> str | None:
    """The hyphenated spelling of a technology's name of two or three lower-case words, as news writes it before
    a noun (``a satellite-internet unit``, ``an electric-car brand``); None for other forms.

    >>> hyphenated("satellite internet"), hyphenated("quantum key distribution"), hyphenated("5G networks")
    ('satellite-internet', 'quantum-key-distribution', None)
    >>> hyphenated("robotics"), hyphenated("information and communications technology")
    (None, None)
    """
    words = form.split(" ")
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return None
    return "-".join(words)


def technology_variants(kb: KnowledgeBase) -> Iterable[dict[str, Any]]:
    """Patterns for the hyphenated spellings (:func:`hyphenated`) and the plurals
    (:func:`kg.nlp.r12tech.number_variant`: ``quantum computers`` for ``quantum computer``) of the technologies'
    names that no entry of ``kb`` has as a form of its own.

    >>> kb = KnowledgeBase([Entry("smart-grids", "smart grids", "Technology", aliases=["smart energy grid"])])
    >>> sorted(p["pattern"] for p in technology_variants(kb))
    ['smart energy grids', 'smart-energy-grid', 'smart-grids']
    """
    for entry in kb.entries.values():
        if entry.type != "Technology":
            continue
        for form, _kind in entry.surface_forms():
            for variant in (hyphenated(form.strip()), number_variant(form.strip())):
                if variant and kb.lookup(variant) is None:
                    yield {"label": entry.type, "pattern": variant, "id": entry.id}


def kb_patterns(kb: KnowledgeBase, *, case_sensitive: bool) -> list[dict[str, Any]]:
    """The phrase patterns of a knowledge base that match as written (``case_sensitive``) or in any case."""
    patterns = [p for entry in kb.entries.values() for p in entry_patterns(entry)
                if is_case_sensitive(p["pattern"]) == case_sensitive]
    if not case_sensitive:
        seen = {p["pattern"] for p in patterns}
        patterns += [p for p in technology_variants(kb) if p["pattern"] not in seen]
    return patterns
