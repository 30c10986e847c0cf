"""The gazetteer data files are well formed, consistent and free of ambiguous surface forms."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
FILES = ("countries.jsonl", "international.jsonl", "organizations.jsonl", "people.jsonl", "technologies.jsonl")

TYPES = {"Country", "Organization", "InternationalOrganization", "Person", "Bloc", "Technology"}
SUBTYPES = {"Company", "Bank", "GovernmentBody", "ResearchInstitution", "University", "Media", "Military", "Fund"}
KEY_ORDER = ("id", "name", "type", "subtype", "aliases", "demonyms", "capitals", "iso2", "iso3",
             "country", "parent", "leads", "wikidata")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q\d+$")

#: Surface forms deliberately shared by two entities, with the reason. Keep this list short.
ALLOWED_SHARED_FORMS: dict[str, str] = {}


def _surface_key(form: str) -> str:
    """How two surface forms are compared for collisions: NFKC, casefold, curly quotes straightened."""
    s = unicodedata.normalize("NFKC", form).replace("\u2019", "'").casefold()
    return " ".join(s.split())


def _load(name: str) -> list[dict]:
    with (GAZETTEER / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def entries() -> list[tuple[str, dict]]:
    return [(name, e) for name in FILES for e in _load(name)]


@pytest.fixture(scope="module")
def by_id(entries) -> dict[str, dict]:
    return {e["id"]: e for _, e in entries}


@pytest.mark.parametrize("name", FILES)
def test_every_line_is_a_json_object(name):
    with (GAZETTEER / name).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"{name}:{n} is blank"
            assert isinstance(json.loads(line), dict), f"{name}:{n} is not an object"


def test_ids_are_unique_slugs(entries):
    seen: set[str] = set()
    for name, e in entries:
        assert SLUG.match(e["id"]), f"{name}: bad id {e['id']!r}"
        assert e["id"] not in seen, f"{name}: duplicate id {e['id']!r}"
        seen.add(e["id"])


def test_keys_are_known_and_in_order(entries):
    for name, e in entries:
        keys = list(e)
        assert set(keys) <= set(KEY_ORDER), f"{name}: {e['id']} has unknown keys {set(keys) - set(KEY_ORDER)}"
        assert keys == sorted(keys, key=KEY_ORDER.index), f"{name}: {e['id']} keys out of order"
        assert e["name"].strip() == e["name"] and e["name"], f"{name}: {e['id']} has a bad name"


def test_types_and_subtypes_are_valid(entries):
    for name, e in entries:
        assert e["type"] in TYPES, f"{name}: {e['id']} has type {e['type']!r}"
        if "subtype" in e:
            assert e["type"] == "Organization", f"{name}: {e['id']} has a subtype but is not an Organization"
            assert e["subtype"] in SUBTYPES, f"{name}: {e['id']} has subtype {e['subtype']!r}"


def test_list_fields_are_lists_of_strings(entries):
    for name, e in entries:
        for key in ("aliases", "demonyms", "capitals"):
            if key in e:
                values = e[key]
                assert isinstance(values, list) and values, f"{name}: {e['id']}.{key} is empty or not a list"
                assert all(isinstance(v, str) and v.strip() == v and v for v in values), f"{e['id']}.{key}"
                assert len(set(values)) == len(values), f"{name}: {e['id']}.{key} repeats a value"


def test_country_only_fields(entries):
    for name, e in entries:
        if e["type"] == "Country":
            assert re.fullmatch(r"[A-Z]{2}", e["iso2"]), e["id"]
            assert re.fullmatch(r"[A-Z]{3}", e["iso3"]), e["id"]
        else:  # an international organisation may have a seat city as its capital (Brussels for the EU)
            for key in (("iso2", "iso3") if e["type"] == "InternationalOrganization" else ("capitals", "iso2", "iso3")):
                assert key not in e, f"{name}: {e['id']} is not a Country but has {key}"


def test_iso_codes_are_unique(entries):
    for key in ("iso2", "iso3"):
        codes = [e[key] for _, e in entries if key in e]
        assert len(codes) == len(set(codes)), f"duplicate {key}"


def test_country_and_parent_references_exist(by_id):
    for e in by_id.values():
        if "country" in e:
            assert by_id.get(e["country"], {}).get("type") == "Country", f"{e['id']}: country {e['country']!r}"
        if "parent" in e:
            assert e["parent"] in by_id, f"{e['id']}: parent {e['parent']!r} is not an id"
            assert e["parent"] != e["id"]
        if "leads" in e:
            assert e["type"] == "Person"
            # "government-of-X" ids are made by the linker for every country X
            led = e["leads"].removeprefix("government-of-")
            assert led in by_id, f"{e['id']}: leads {e['leads']!r} is not an id"


def test_wikidata_ids_are_well_formed_and_unique(entries):
    qids = [e["wikidata"] for _, e in entries if "wikidata" in e]
    assert all(QID.match(q) for q in qids)
    assert len(qids) == len(set(qids)), "two entities share a Wikidata id"


def test_no_surface_form_names_two_entities(entries):
    owners: dict[str, set[str]] = defaultdict(set)
    for _, e in entries:
        for form in [e["name"], *e.get("aliases", []), *e.get("demonyms", []), *e.get("capitals", [])]:
            owners[_surface_key(form)].add(e["id"])
    clashes = {f: sorted(ids) for f, ids in owners.items() if len(ids) > 1 and f not in ALLOWED_SHARED_FORMS}
    assert not clashes, f"surface forms shared by several entities: {clashes}"


def test_enough_entities(entries):
    counts: dict[str, int] = defaultdict(int)
    for _, e in entries:
        counts[e["type"]] += 1
    assert counts["Country"] >= 190
    assert counts["Organization"] >= 300
    assert counts["Technology"] >= 60
    assert counts["InternationalOrganization"] >= 40
    assert counts["Bloc"] >= 1


def test_spot_checks(by_id):
    china = by_id["china"]
    assert china["name"] == "China" and "Beijing" in china["capitals"] and "PRC" in china["aliases"]
    assert by_id["russia"]["name"] == "Russia" and "Russian Federation" in by_id["russia"]["aliases"]
    assert {"US", "U.S.", "USA"} <= set(by_id["united-states"]["aliases"])
    assert "Emirati" in by_id["united-arab-emirates"]["demonyms"]
    assert "Pak" in by_id["pakistan"]["aliases"]
    assert "chips" in by_id["semiconductors"]["aliases"] and "microchips" in by_id["semiconductors"]["aliases"]
    assert by_id["gpus"]["name"] == "GPUs" and "GPU" in by_id["gpus"]["aliases"]
    assert "GPU" not in by_id["semiconductors"]["aliases"]
    assert by_id["artificial-intelligence"]["name"] == "artificial intelligence"
    assert "AI" in by_id["artificial-intelligence"]["aliases"]
    assert by_id["sberbank"]["subtype"] == "Bank" and "Sber" in by_id["sberbank"]["aliases"]
    assert by_id["bureau-of-industry-and-security"]["parent"] == "united-states-department-of-commerce"
    assert by_id["the-west"]["type"] == "Bloc"
    assert by_id["brics"]["type"] == "InternationalOrganization" and "BRICS+" in by_id["brics"]["aliases"]


def test_technology_names_are_lowercase_unless_proper(entries):
    proper = {"GPUs", "5G", "6G", "GPS", "GLONASS", "BeiDou", "3D printing", "AI agents", "generative AI",
              "DRAM", "NAND flash memory", "Open RAN", "4G", "EV charging"}
    for _, e in entries:
        if e["type"] == "Technology" and e["name"] not in proper:
            assert e["name"] == e["name"].lower(), f"technology {e['name']!r} should be lowercase"
