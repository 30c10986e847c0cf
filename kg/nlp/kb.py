"""The knowledge base behind linking: gazetteer entries, their surface forms, and lookups by name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import DataError
from kg.resources import read_jsonl
from kg.schema import ENTITY_TYPES, SUBTYPES

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
#: letters NFKD does not split into a base letter and an accent (``Bumar-Łabędy`` -> ``bumar-labedy``)
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
                          "ı": "i"})


def normalize(name: str) -> str:
    """A name as compared for linking: NFKC, casefold, straight quotes, no leading "the", no trailing "'s".

    >>> normalize("  The Tortoise Media’s ")
    'tortoise media'
    """
    return _normalize(name)


@lru_cache(maxsize=1 << 16)
def _normalize(name: str) -> str:
    """:func:`normalize`, remembered: the linker compares the same few names many times per document."""
    s = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    s = " ".join(s.split()).strip(" .,;:!?\"'()[]{}-")
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"'s$|'$", "", s)
    return s.strip()


def slugify(name: str) -> str:
    """A readable id for a name.

    >>> slugify("Tortoise Media’s")
    'tortoise-media'
    >>> slugify("Nebojša Stefanović")
    'nebojsa-stefanovic'
    >>> slugify("Bumar-Łabędy")
    'bumar-labedy'
    """
    s = unicodedata.normalize("NFKD", normalize(name).translate(_LETTERS)).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", s).strip("-") or "entity"


@dataclass
class Entry:
    """One gazetteer entity."""

    id: str
    name: str
    type: str
    subtype: str | None = None
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    wikidata: str | None = None
    country: str | None = None
    parent: str | None = None
    leads: str | None = None  # for a person: the id of the country or organisation they head
    iso2: str | None = None  # for a country: its ISO 3166-1 alpha-2 code (places name their country by it)

    @classmethod
    def from_json(cls, d: dict[str, Any], where: str = "") -> "Entry":
        try:
            entry = cls(id=d["id"], name=d["name"], type=d["type"], subtype=d.get("subtype"),
                        aliases=list(d.get("aliases") or []), demonyms=list(d.get("demonyms") or []),
                        capitals=list(d.get("capitals") or []), wikidata=d.get("wikidata"),
                        country=d.get("country"), parent=d.get("parent"), leads=d.get("leads"),
                        iso2=d.get("iso2"))
        except KeyError as exc:
            raise DataError(f"{where}: gazetteer entry without {exc.args[0]!r}") from exc
        if entry.type not in ENTITY_TYPES:
            raise DataError(f"{where}: unknown type {entry.type!r} for {entry.id}")
        if entry.subtype and entry.subtype not in SUBTYPES:
            raise DataError(f"{where}: unknown subtype {entry.subtype!r} for {entry.id}")
        return entry

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type}
        for key in ("subtype", "wikidata", "country", "parent", "leads", "iso2"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        for key in ("aliases", "demonyms", "capitals"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        return out

    def surface_forms(self) -> list[tuple[str, str]]:
        """(form, kind) pairs: kind is name, alias, demonym or capital."""
        forms = [(self.name, "name")] + [(a, "alias") for a in self.aliases]
        forms += [(d, "demonym") for d in self.demonyms] + [(c, "capital") for c in self.capitals]
        return forms


class KnowledgeBase:
    """Gazetteer entries indexed by id and by normalised surface form.

    >>> kb = KnowledgeBase([Entry("russia", "Russia", "Country", demonyms=["Russian"], capitals=["Moscow"])])
    >>> kb.lookup("the Russia's").id, kb.form_kind("russia", "Moscow")
    ('russia', 'capital')
    """

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: dict[str, Entry] = {}
        self._by_form: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        self._kinds: dict[tuple[str, str], str] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry) -> None:
        self.entries[entry.id] = entry
        for form, kind in entry.surface_forms():
            self._exact.setdefault(form, entry.id)
            self._kinds.setdefault((entry.id, normalize(form)), kind)
            # short all-caps forms (US, AI) only match as written: "us" must not become the United States
            if not (form.isupper() and len(form) <= 4):
                self._by_form.setdefault(normalize(form), entry.id)

    def __contains__(self, entity_id: str) -> bool:
        return entity_id in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entity_id: str) -> Entry | None:
        return self.entries.get(entity_id)

    def lookup(self, text: str) -> Entry | None:
        """The entry a surface form names, exact spelling first, then normalised."""
        entity_id = self._exact.get(text.strip()) or self._by_form.get(normalize(text))
        return self.entries.get(entity_id) if entity_id else None

    def form_kind(self, entity_id: str, text: str) -> str | None:
        """How ``text`` names the entity: name, alias, demonym or capital (None when it does not)."""
        return self._kinds.get((entity_id, normalize(text)))

    def to_jsonl(self) -> str:
        import json

        return "".join(json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True) + "\n"
                       for e in self.entries.values())

    @classmethod
    def from_jsonl_files(cls, paths: Iterable[Path]) -> "KnowledgeBase":
        kb = cls()
        for path in paths:
            for n, obj in enumerate(read_jsonl(path), 1):
                entry = Entry.from_json(obj, f"{path}:{n}")
                if entry.id in kb.entries:
                    raise DataError(f"{path}:{n}: duplicate gazetteer id {entry.id!r}")
                kb.add(entry)
        return kb
