"""Data is data: every word list the relation rules ask for exists in ``data/lexicon/structure.json``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import DataError
from kg.nlp.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
STRUCTURE = json.loads((ROOT / "data" / "lexicon" / "structure.json").read_text(encoding="utf-8"))
# events.json's word lists join the structure lexicon (kg.nlp.lexicon.load_lexicon)
STRUCTURE |= json.loads((ROOT / "data" / "lexicon" / "events.json").read_text(encoding="utf-8"))
# keys of structure.json no code reads yet: to be used by the rules that hard-code the same kind of lists, or removed
NOT_READ_YET = {"leader_titles", "worker_modifiers", "worker_titles", "country_minister_worker", "work_verbs",
                "member_verbs", "focus_preps"}


def keys_read() -> set[str]:
    """The keys the rule modules look up: ``lex.words("KEY")`` and ``lex.structure.get("KEY")``."""
    source = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "kg" / "nlp" / "relations").glob("*.py"))
    return set(re.findall(r'\.words\("(\w+)"\)', source)) | set(re.findall(r'\.structure\.get\("(\w+)"', source)) \
        | set(re.findall(r'_words\(ctx, "(\w+)"\)', source))


def test_every_key_the_rules_read_is_in_the_data() -> None:
    read = keys_read()
    assert "org_nouns" in read  # the scan finds the rules' look-ups
    assert read - set(STRUCTURE) == set()


def test_keys_nobody_reads_are_the_known_ones() -> None:
    unread = {k for k in STRUCTURE if not k.startswith("_")} - keys_read()
    assert unread == NOT_READ_YET  # a key read at last (or a new unread one): update NOT_READ_YET


def test_unknown_key_raises() -> None:
    lex = load_lexicon(ROOT / "data" / "lexicon")
    assert "bank" in lex.words("org_nouns")
    with pytest.raises(DataError, match="no word list 'org_noun'"):
        lex.words("org_noun")
    with pytest.raises(DataError):
        Lexicon().words("org_nouns")
