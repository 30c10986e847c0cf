"""Data is data: every key of the lexicons in ``data/lexicon`` is read by some code, every key the code reads is in
the data, and asking the structure lexicon for a key it does not have is an error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import DataError
from kg.nlp.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "data" / "lexicon"
STRUCTURE = json.loads((LEXICON / "structure.json").read_text(encoding="utf-8"))
# events.json's word lists join the structure lexicon (kg.nlp.lexicon.load_lexicon)
STRUCTURE |= json.loads((LEXICON / "events.json").read_text(encoding="utf-8"))
STRUCTURE |= json.loads((LEXICON / "cooperation.json").read_text(encoding="utf-8"))
NLP_SOURCE = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg" / "nlp").rglob("*.py")))
#: the other lexicons: file -> (the nested tables whose keys count too, how the code reads a key)
OTHER = {"triggers.json": (("predicates.*", "planned", "negation", "negation.hypothetical"),
                           r'(?:triggers|planned|negation|spec)\.get\("(\w+)"'),
         "references.json": ((), r'references\.get\("(\w+)"'),
         "government_bodies.json": ((), r'government_bodies\.json"\)\["(\w+)"\]'),
         "org_name_words.json": ((), r'org_words\.get\("(\w+)"'),
         "technologies.json": ((), r'tech_words\.get\("(\w+)"')}


def keys_read() -> set[str]:
    """The keys the rule modules look up: ``lex.words("KEY")``, ``lex.value("KEY")``, ``lex.structure.get("KEY")``."""
    source = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "kg" / "nlp" / "relations").glob("*.py"))
    return set(re.findall(r'\.(?:words|value)\("(\w+)"\)', source)) | \
        set(re.findall(r'\.structure\.get\("(\w+)"', source))


def lexicon_keys(name: str, nested: tuple[str, ...]) -> set[str]:
    """The keys of a lexicon file and of its ``nested`` tables (``a.b``: table ``b`` inside table ``a``; ``a.*``:
    every table inside ``a``)."""
    data = json.loads((LEXICON / name).read_text(encoding="utf-8"))
    keys = set(data)
    for path in nested:
        tables = [data]
        for part in path.split("."):  # "*": every table of the one before
            tables = [t for table in tables for t in (table.values() if part == "*" else [table[part]])]
        keys |= {k for table in tables for k in table}
    return {k for k in keys if not k.startswith("_")}


def test_every_key_the_rules_read_is_in_the_data() -> None:
    read = keys_read()
    assert {"org_nouns", "leader_titles", "country_minister_worker", "plural_pronouns"} <= read  # the scan works
    assert read - set(STRUCTURE) == set()


def test_every_structure_key_is_read() -> None:
    assert {k for k in STRUCTURE if not k.startswith("_")} - keys_read() == set()


@pytest.mark.parametrize("name", sorted(OTHER))
def test_every_key_of_the_other_lexicons_is_read_and_every_key_read_exists(name: str) -> None:
    nested, pattern = OTHER[name]
    keys = lexicon_keys(name, nested)
    read = set(re.findall(pattern, NLP_SOURCE))
    assert read, f"the scan finds the look-ups of {name}"
    assert keys - read == set(), f"{name}: keys no code reads"
    assert read - keys == set(), f"{name}: keys the code reads that the data lacks"


def test_unknown_key_raises() -> None:
    lex = load_lexicon(LEXICON)
    assert "bank" in lex.words("org_nouns")
    with pytest.raises(DataError, match="no word list 'org_noun'"):
        lex.words("org_noun")
    with pytest.raises(DataError):
        Lexicon().words("org_nouns")
    with pytest.raises(DataError, match="no word list 'country_minister_worker'"):
        lex.words("country_minister_worker")  # a flag, not a word list
    assert lex.value("country_minister_worker") is True
    with pytest.raises(DataError, match="no key 'country_minister'"):
        lex.value("country_minister")


def test_a_key_in_both_structure_and_events_is_an_error(tmp_path: Path) -> None:
    """events.json joins structure.json: a key in both would silently replace one list with the other."""
    for name in ("triggers.json", "structure.json"):
        (tmp_path / name).write_text((LEXICON / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "events.json").write_text(json.dumps({"buying_verbs": ["buy"], "org_nouns": ["firm"]}),
                                          encoding="utf-8")
    if "buying_verbs" not in STRUCTURE:
        pytest.fail("the test needs a key of structure.json")
    with pytest.raises(DataError, match="events.json repeats the key.s. buying_verbs, org_nouns"):
        load_lexicon(tmp_path)
    assert load_lexicon(LEXICON).words("purchasing_verbs")  # the shipped lexicon loads
