"""Gazetteer data -> spaCy ``span_ruler`` patterns with canonical ids."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.tokenizer import Tokenizer

from kg.nlp.kb import Entry, KnowledgeBase
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


def form_pattern(form: str, tokenizer: Tokenizer) -> list[dict[str, str]]:
    """A token pattern for a surface form: as written when it has capitals, any case when all lowercase.

    >>> import spacy
    >>> tok = spacy.blank("en").tokenizer
    >>> form_pattern("AI", tok), form_pattern("smart cities", tok)
    ([{'ORTH': 'AI'}], [{'LOWER': 'smart'}, {'LOWER': 'cities'}])
    """
    attr = "LOWER" if form == form.lower() else "ORTH"
    return [{attr: t.text.lower() if attr == "LOWER" else t.text} for t in tokenizer(form)]


def entry_patterns(entry: Entry, tokenizer: Tokenizer) -> Iterable[dict[str, Any]]:
    """span_ruler patterns for every surface form of an entry, labelled by type, with the entry's id."""
    seen: set[str] = set()
    for form, _kind in entry.surface_forms():
        form = form.strip()
        if not form or form in seen:
            continue
        seen.add(form)
        yield {"label": entry.type, "pattern": form_pattern(form, tokenizer), "id": entry.id}
        # curly and straight apostrophes are both common in news text
        if "'" in form or "\u2019" in form:
            other = form.replace("'", "\u2019") if "'" in form else form.replace("\u2019", "'")
            yield {"label": entry.type, "pattern": form_pattern(other, tokenizer), "id": entry.id}


def kb_patterns(kb: KnowledgeBase, tokenizer: Tokenizer) -> list[dict[str, Any]]:
    """Patterns for a whole knowledge base, in a stable order."""
    return [p for entry in kb.entries.values() for p in entry_patterns(entry, tokenizer)]
