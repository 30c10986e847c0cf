"""Pure functions that turn candidate spans (gazetteer matches, NER entities) into clean entity mentions."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.nlp.kb import KnowledgeBase, normalize, slugify
from kg.nlp.tokens import lowers, positions, puncts, span_text

#: NER labels that can name an actor; GPE/NORP/LOC only count when the gazetteer knows them
NER_ACTOR_LABELS = {"ORG": "Organization", "PERSON": "Person", "FAC": "Organization"}
#: words before a person's name only (``Mr Hale``, ``Dr. Ng``): an NER organisation that begins with one is a person
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir"}
#: product model names (H20, A100, MI250, Su-57) that the model takes for organisations
MODEL_NAME = re.compile(r"^[A-Z]{1,4}-?\d{2,5}[A-Za-z]?$")
#: a FAC is an actor only when it is an institution, not a building or a place
FAC_WORDS = {"factory", "plant", "centre", "center", "institute", "university", "laboratory", "lab", "works"}
#: prepositions after which a capital is a place, not its government
PLACE_PREPS = {"in", "at", "to", "from", "near", "into", "across", "outside", "around", "via", "throughout",
               "inside", "within", "visit", "toward", "towards", "between"}
#: prepositions after which even a name the model calls a person is a place (``centres in Novosibirsk``)
#: nouns that make the name next to them a place (``the Amethi district of Uttar Pradesh``)
PLACE_NOUNS = {"district", "province", "region", "county", "oblast", "prefecture", "city", "town", "village",
               "krai", "governorate", "state", "municipality", "airport", "port"}
#: "to", "from", "into" make a place only after going somewhere (a visit to Moscow); after giving, selling or
#: sending (provided drones to Moscow) the capital is the state that receives
DIRECTION_PREPS = {"to", "from", "into", "toward", "towards", "between"}  # a link between two capitals: places
MOTION_WORDS = {"visit", "trip", "travel", "fly", "arrive", "return", "go", "come", "move", "relocate", "journey",
                "head", "flight", "route", "road", "train", "way", "drive", "sail", "transfer", "launch", "sidelines",
                "delegation", "mission", "tour", "arrival", "departure", "evacuate", "deploy", "send",
                "link", "cable", "corridor", "pipeline", "railway", "connection", "flights"}
#: nouns of a site a capital's name modifies (``the Tashkent office of Uzum``): the capital is the site's place
SITE_HEADS = {"office", "offices", "branch", "plant", "factory", "campus", "headquarters", "facility", "subsidiary"}
STRICT_PLACE_PREPS = {"in", "at", "near", "across", "throughout", "inside", "within", "outside"}
PERSON_TITLES = {"president", "prime", "minister", "general", "gen.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms",
                 "ms.", "ceo", "chairman", "chief", "executive", "ayatollah", "sir", "lord", "king", "queen",
                 "prince", "sheikh", "director", "secretary", "senator", "rep.", "deputy", "premier",
                 "chancellor", "vice", "first", "former", "then", "leader", "supreme", "foreign", "defence",
                 "defense", "interior", "army", "ambassador", "spokesperson", "spokesman", "head", "commander",
                 "rear", "admiral", "colonel", "lieutenant", "commissioner", "rep", "gov", "gov.", "sen", "sen.",
                 "governor", "mayor", "councillor", "councilor", "congressman", "congresswoman",
                 "crown", "highness", "royal", "excellency", "emir", "hrh", "h.e.", "eng."}  # last line: r15newsb


@dataclass
class Mention:
    """A span of the document that names one entity."""

    start: int  # token offsets
    end: int
    entity_id: str
    label: str  # coarse type
    kind: str  # name, alias, demonym, capital, government, body, ner, inside
    text: str
    #: for a country named inside another name ("Russian Direct Investment Fund"): that entity's id
    within: str | None = None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two token ranges overlap.

    >>> overlaps((0, 2), (1, 3)), overlaps((0, 2), (2, 3))
    (True, False)
    """
    return a[0] < b[1] and b[0] < a[1]


def longest_first(spans: Iterable[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """Non-overlapping spans, longest (then earliest) first, returned in document order.

    >>> [s[:2] for s in longest_first([(0, 1, "a"), (0, 3, "b"), (2, 4, "c"), (4, 5, "d")])]
    [(0, 3), (4, 5)]
    """
    chosen: list[tuple[int, int, object]] = []
    taken: set[int] = set()  # the tokens of the chosen spans: a span overlaps one iff it has one of their tokens
    empty: list[tuple[int, int, object]] = []  # chosen empty spans, which have none (compared one by one)
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        start, end = span[0], span[1]
        if start >= end:
            if not any(overlaps(span[:2], c[:2]) for c in chosen):
                chosen.append(span)
                empty.append(span)
            continue
        if any(i in taken for i in range(start, end)) or any(overlaps(span[:2], c[:2]) for c in empty):
            continue
        chosen.append(span)
        taken.update(range(start, end))
    return sorted(chosen, key=lambda s: s[0])


def trim(span: Span) -> Span:
    """Drop a leading determiner, a trailing possessive and edge punctuation from a span.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Tortoise Media's index")
    >>> trim(doc[0:4]).text
    'Tortoise Media'
    """
    doc, start, end = span.doc, span.start, span.end
    low, punct = lowers(doc), puncts(doc)
    while start < end and (low[start] in {"the", "a", "an"} or punct[start]):
        start += 1
    while end > start and (low[end - 1] in {"'s", "\u2019s", "'", "\u2019"} or punct[end - 1]):
        end -= 1
    return doc[start:end]


def strip_titles(span: Span) -> Span:
    """Drop titles in front of a person's name (``President Vladimir Putin`` -> ``Vladimir Putin``)."""
    start, low = span.start, lowers(span.doc)
    while start < span.end - 1 and low[start] in PERSON_TITLES:
        start += 1
    return span.doc[start:span.end]


def is_place_use(doc: Doc, start: int, end: int, *, strict: bool = False) -> bool:
    """Whether a capital at ``doc[start:end]`` is used as a place (``a conference in Moscow``), not as a state.

    >>> import spacy
    >>> doc = spacy.blank("en")("talks in Moscow")
    >>> is_place_use(doc, 2, 3)
    True
    """
    preps = STRICT_PLACE_PREPS if strict else PLACE_PREPS
    if end < len(doc) and doc[end].lower_ in {"'s", "\u2019s"}:
        return False
    head = doc[start:end].root
    if head.dep_ == "compound" and head.head.lower_ in SITE_HEADS and head.head.i >= end:
        return True  # "the Tashkent office of Uzum", "its Moscow branch"
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    prep = doc[start - 1] if start > 0 and doc[start - 1].lower_ in preps else (
        head.head if head.dep_ == "pobj" and head.head.lower_ in preps else None)
    if prep is not None and prep.lower_ in DIRECTION_PREPS:
        return prep.head.lemma_ in MOTION_WORDS or prep.head.lower_ in MOTION_WORDS
    if start > 0 and doc[start - 1].lower_ in preps:
        return True
    if strict:
        # a name the model calls a person is a place when it is listed after a place (St Petersburg, Nizhny
        # Novgorod and Novosibirsk), not merely after "in"
        return head is not doc[start:end].root and head.ent_type_ in ("GPE", "LOC", "FAC")
    return head.dep_ == "pobj" and head.head.lower_ in preps


def is_byline(doc: Doc, start: int, end: int) -> bool:
    r"""Whether the name over ``start:end`` is an author's byline: alone on its line after ``By``, or first on
    its line before ``|`` (``By Maria Lindqvist | March 3``, ``Maria Lindqvist | Stockholm``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Title\nBy Maria Lindqvist | March 3\nText")
    >>> is_byline(doc, 3, 5), is_byline(spacy.blank("en")("Maria Lindqvist said so."), 0, 2)
    (True, False)
    """
    left = start
    while left > 0 and "\n" not in doc[left - 1].text and "\n" not in doc[left - 1].whitespace_:
        left -= 1
    before = [t.lower_ for t in doc[left:start]]
    after = doc[end].text if end < len(doc) else ""
    return before == ["by"] or (not before and after == "|") or is_credit(doc, start)


#: words of a credit line before "by" ("(Reporting by ...; Editing by ...)", "Photo by ...")
CREDIT_WORDS = {"reporting", "additional", "editing", "writing", "photo", "photos", "photograph", "photography",
                "graphic", "graphics", "illustration", "video", "compiled", "produced", "research", "fact-checking"}
#: tokens that end a credit line's part on the left
CREDIT_BOUNDS = {"(", ";", "|", "[", "—"}


def is_credit(doc: Doc, start: int, limit: int = 25) -> bool:
    """Whether the name at ``start`` is credited in a news agency's credit line: ``(Reporting by Ana Ruiz in Lima
    and Li Wei; Editing by Tom Hale)``, ``Photo by Jane Doe/Getty Images``. The part before ``by`` is one to three
    credit words after a bracket, a semicolon or the start of a line; between ``by`` and the name there are only
    other names, places after ``in``, commas and ``and``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports grew. (Reporting by Ana Ruiz and Li Wei; Editing by Tom Hale)")
    >>> is_credit(doc, 6), is_credit(doc, 9), is_credit(doc, 14)
    (True, True, True)
    >>> is_credit(spacy.blank("en")("a report written by Ana Ruiz of the institute"), 4)
    False
    """
    if not any(start - limit <= b < start for b in positions(doc, ("by",))):
        return False  # most names have no "by" before them: one look-up
    low = lowers(doc)
    k = start
    while k > 0 and start - k < limit and low[k - 1] not in CREDIT_BOUNDS and "\n" not in doc[k - 1].text and \
            "\n" not in doc[k - 1].whitespace_:
        k -= 1
    part = low[k:start]
    if "by" not in part:
        return False
    at = part.index("by")
    words = [w for w in part[:at] if w not in {"and", ","}]
    names = doc[k + at + 1:start]
    return 1 <= len(words) <= 3 and all(w in CREDIT_WORDS for w in words) and \
        all(t.text[:1].isupper() or t.lower_ in {"and", ",", "in", "/", "-"} for t in names)


def next_to_place_noun(span: Span) -> bool:
    """Whether a name is part of a place description: ``Amethi district``, ``the district of Uttar Pradesh``."""
    low = lowers(span.doc)
    after = low[span.end] if span.end < len(low) else ""
    before = low[max(0, span.start - 2):span.start]
    return after in PLACE_NOUNS or (len(before) == 2 and before[1] == "of" and before[0] in PLACE_NOUNS)


#: legal forms after a firm's name that name no other firm (unlike "Group" or "Holdings")
#: ``<place>-based`` / ``-registered`` / ``-headquartered`` before a firm's name: no part of the name (r17pub7)
SEAT_PARTICIPLES = frozenset({"based", "registered", "headquartered", "incorporated"})
LEGAL_FORMS = frozenset({"ltd", "ltd.", "inc", "inc.", "plc", "llc", "co.", "corp.", "gmbh", "ag"})


def org_id_words(name: str, suffixes: Collection[str]) -> str:
    """An organisation name without its corporate suffixes: ``org_id_words("ByteDance Ltd.", {"ltd."})`` is
    ``'ByteDance'``."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in suffixes:
        words.pop()
    return " ".join(words).rstrip(",")


def org_id(name: str, suffixes: set[str]) -> str:
    """The id of an organisation name without its corporate suffix, so variants of one name meet.

    >>> org_id("Henan Costar Group", {"group"}), org_id("Henan Costar", {"group"})
    ('henan-costar', 'henan-costar')
    """
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in suffixes:
        words.pop()
    return slugify(" ".join(words))


#: verbs whose subject is a firm, not a building (r17news5)
FIRM_ACTS = frozenset({"sign", "agree", "announce", "invest", "acquire", "form"})


def acting_facility(span: Span) -> bool:
    """Whether a name the model took for a facility acts as a firm: the subject of signing, agreeing, investing
    (``South Africa's Aspen Pharmacare signed a deal``) or listed with an organisation (``a consortium of Siemens
    and Hungary's RM International``) (r17news5)."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in FIRM_ACTS:
        return True
    return root.dep_ == "conj" and root.head.ent_type_ == "ORG"


def ner_mention(span: Span, kb: KnowledgeBase, junk: set[str], suffixes: set[str] = frozenset()) -> Mention | None:
    """A mention for an NER entity the gazetteer did not match, or None when it is not an actor."""
    label = span.label_
    span = trim(span)
    text = span_text(span)
    if not len(span) or "\n" in text or next_to_place_noun(span):
        return None
    entry = kb.lookup(text) or kb.lookup(org_id_words(text, LEGAL_FORMS))
    if entry is not None:  # "ByteDance Ltd.": the gazetteer's ByteDance (not "Kaspersky Group": another firm)
        return Mention(span.start, span.end, entry.id, entry.type, "alias", text)
    if label not in NER_ACTOR_LABELS:
        return None
    if label == "ORG" and len(span) > 1 and lowers(span.doc)[span.start] in HONORIFICS:
        label = "PERSON"  # "Mr Hale": a person the model took for an organisation
    if label == "PERSON":
        span = strip_titles(span)
        text = span_text(span)
    low, punct = lowers(span.doc), puncts(span.doc)
    if label == "FAC" and not any(low[i] in FAC_WORDS for i in range(span.start, span.end)) and \
            not acting_facility(span):
        return None
    if all(low[i] in PERSON_TITLES or punct[i] for i in range(span.start, span.end)) or MODEL_NAME.match(text):
        return None
    if normalize(text) in junk or not any(ch.isupper() for ch in text) or not any(ch.isalpha() for ch in text):
        return None
    if label == "PERSON" and len(span) == 1 and span[0].is_upper:
        return None
    entity_type = NER_ACTOR_LABELS[label]
    entity_id = org_id(text, suffixes) if entity_type == "Organization" else slugify(text)
    return Mention(span.start, span.end, entity_id, entity_type, "ner", text)


def short_name_links(mentions: Sequence[Mention], doc: Doc) -> dict[str, str]:
    """Map ids of one-word mentions to the id of a fuller person name that shares the word.

    ``Putin`` after ``Vladimir Putin`` and ``Xi`` with ``Xi Jinping`` become one person, also where the
    model took the short name for an organisation.
    """
    full: dict[str, str] = {}
    for m in mentions:
        if m.label == "Person" and m.end - m.start > 1:
            for tok in doc[m.start:m.end]:
                full.setdefault(tok.text, m.entity_id)
                if tok.is_upper and tok.is_alpha and len(tok.text) > 2:  # "MOTEGI Toshimitsu", then "Motegi" (r17pub5)
                    full.setdefault(tok.text.title(), m.entity_id)
            # a hyphenated surname is one word ("Kosiniak-Kamysz" after "Władysław Kosiniak-Kamysz")
            hyphen = [t.i for t in doc[m.start + 1:m.end - 1] if t.text == "-" and not t.whitespace_]
            if len(hyphen) == 1 and not doc[hyphen[0] - 1].whitespace_:
                full.setdefault(doc[hyphen[0] - 1:m.end].text, m.entity_id)
    # "Kalashnikov" beside "Kalashnikov Concern", "Commerce" beside "US Commerce Department"
    first_words = {t.text: m.entity_id for m in mentions
                   if m.label == "Organization" and m.end - m.start > 1 and m.kind != "ner"
                   for t in doc[m.start:m.end] if t.is_title and len(t.text) > 3 and not t.is_stop}
    links = {}
    for m in mentions:
        if m.kind == "ner" and m.end - m.start == 1 and m.text in first_words and m.text not in full \
                and m.entity_id != first_words[m.text]:
            links[m.entity_id] = first_words[m.text]
            continue
        single = m.end - m.start == 1 or " " not in m.text
        if single and m.text in full and m.entity_id != full[m.text] and \
                (m.kind == "ner" or m.label == "Person"):
            links[m.entity_id] = full[m.text]
    return links
