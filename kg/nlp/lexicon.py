"""Trigger and structure lexicons for the relation rules, read from ``data/lexicon``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import DataError
from kg.resources import read_json
from kg.schema import PREDICATES


@dataclass
class Lexicon:
    """Everything the relation rules look words up in.

    >>> lex = Lexicon.from_dict({"predicates": {"sanctions": {"verbs": {"sanction": ["dobj"]}, "nouns": {}}}})
    >>> lex.verbs["sanction"]
    [('sanctions', ['dobj'])]
    """

    verbs: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)
    nouns: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)
    planned: dict[str, set[str]] = field(default_factory=dict)
    negation: dict[str, Any] = field(default_factory=dict)
    structure: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, triggers: dict[str, Any], structure: dict[str, Any] | None = None) -> "Lexicon":
        lex = cls()
        for predicate, spec in triggers.get("predicates", {}).items():
            if predicate not in PREDICATES:
                raise DataError(f"triggers: unknown predicate {predicate!r}")
            for lemma, slots in spec.get("verbs", {}).items():
                lex.verbs.setdefault(lemma, []).append((predicate, list(slots)))
            for lemma, slots in spec.get("nouns", {}).items():
                lex.nouns.setdefault(lemma, []).append((predicate, list(slots)))
        lex.planned = {k: set(v) for k, v in triggers.get("planned", {}).items()}
        lex.negation = triggers.get("negation", {})
        lex.structure = {k: (set(v) if isinstance(v, list) else v) for k, v in (structure or {}).items()
                         if not k.startswith("_")}
        return lex

    def words(self, key: str) -> set[str]:
        """A word set of the structure lexicon; :class:`DataError` for a key it does not have or that is not a list.

        >>> lex = Lexicon.from_dict({}, {"org_nouns": ["bank"], "flag": True})
        >>> lex.words("org_nouns")
        {'bank'}
        >>> lex.words("org_noun")
        Traceback (most recent call last):
        kg.errors.DataError: structure lexicon: no word list 'org_noun' (known: flag, org_nouns)
        """
        value = self.structure.get(key)
        if not isinstance(value, set):
            raise DataError(f"structure lexicon: no word list {key!r} (known: {', '.join(sorted(self.structure))})")
        return value

    def value(self, key: str) -> Any:
        """Any value of the structure lexicon (a flag, a table); :class:`DataError` for a key it does not have.

        >>> Lexicon.from_dict({}, {"flag": True}).value("flag")
        True
        >>> Lexicon.from_dict({}, {"flag": True}).value("flags")
        Traceback (most recent call last):
        kg.errors.DataError: structure lexicon: no key 'flags' (known: flag)
        """
        if key not in self.structure:
            raise DataError(f"structure lexicon: no key {key!r} (known: {', '.join(sorted(self.structure))})")
        return self.structure[key]

    def to_dict(self) -> dict[str, Any]:
        return {"verbs": self.verbs, "nouns": self.nouns, "planned": {k: sorted(v) for k, v in self.planned.items()},
                "negation": self.negation,
                "structure": {k: sorted(v) if isinstance(v, set) else v for k, v in self.structure.items()}}

    @classmethod
    def from_saved(cls, d: dict[str, Any]) -> "Lexicon":
        return cls(verbs={k: [(p, list(s)) for p, s in v] for k, v in d["verbs"].items()},
                   nouns={k: [(p, list(s)) for p, s in v] for k, v in d["nouns"].items()},
                   planned={k: set(v) for k, v in d["planned"].items()}, negation=d["negation"],
                   structure={k: set(v) if isinstance(v, list) else v for k, v in d["structure"].items()})


def load_lexicon(folder: Path) -> Lexicon:
    """The lexicon of ``folder`` (``triggers.json`` and ``structure.json``, with the word lists of
    ``events.json`` and ``cooperation.json`` when there are)."""
    structure = read_json(folder / "structure.json")
    for extra in ("events.json", "cooperation.json"):
        if (folder / extra).exists():
            words = {k: v for k, v in read_json(folder / extra).items() if k != "_comment"}
            both = sorted(set(words) & set(structure))
            if both:  # one would silently replace the other
                raise DataError(f"{folder}: {extra} repeats the key(s) {', '.join(both)} of an earlier lexicon file")
            structure = {**structure, **words}
    return Lexicon.from_dict(read_json(folder / "triggers.json"), structure)
