"""Technology mentions that name no technology area, and the number variants of the technologies' names.

A gazetteer form of a technology can stand for something else: an idiom or another thing's name (``think tanks``,
``a bargaining chip``, ``blue-chip shares``, ``a cloud of uncertainty``, ``chip away at``), or a one-word technology
negated by a prefix (``anti-drone sensors`` are no drones). Such a mention is dropped; the
technology stays an entity when the document names it elsewhere. The word lists are data
(``data/lexicon/technologies.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from kg.nlp.mentions import Mention
from kg.nlp.tokens import lowers

#: a phrase of the lexicon as the tokenizer splits it: words and single punctuation marks (``blue-chip``)
_PIECES = re.compile(r"[\w']+|[^\w\s]")


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The lower-case tokens of a lexicon phrase, split as spaCy's English tokenizer splits it at hyphens.

    >>> phrase_tokens("Blue-chip"), phrase_tokens("think tanks")
    (('blue', '-', 'chip'), ('think', 'tanks'))
    """
    return tuple(_PIECES.findall(phrase.lower()))


def idiom_index(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each word of the ``phrases`` (token tuples) -> the phrases it is in, with its place in each: a mention is
    checked against the idioms of its own words only.

    >>> idiom_index([("think", "tanks")])["tanks"]
    [(('think', 'tanks'), 1)]
    """
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in phrases:
        for k, word in enumerate(phrase):
            index.setdefault(word, []).append((phrase, k))
    return index


def in_phrase(low: Sequence[str], start: int, end: int, index: dict[str, list[tuple[tuple[str, ...], int]]]) -> bool:
    """Whether an idiom of ``index`` (:func:`idiom_index`) occurs in ``low`` over one of the words ``start:end``.

    >>> low = "analysts at think tanks said".split()
    >>> in_phrase(low, 3, 4, idiom_index([("think", "tanks")])), in_phrase(low, 3, 4, idiom_index([("fuel", "tanks")]))
    (True, False)
    """
    for i in range(start, end):
        for phrase, k in index.get(low[i], ()):
            at = i - k
            if at >= 0 and tuple(low[at:at + len(phrase)]) == phrase:
                return True
    return False


def negated_by_prefix(low: Sequence[str], start: int, prefixes: set[str]) -> bool:
    """Whether the one-word mention at ``start`` follows a negating prefix and a hyphen (``anti-drone``,
    ``counter-drone``); a longer one is left alone (``hypersonic and counter-hypersonic weapons`` names both).

    >>> negated_by_prefix(["anti", "-", "drone", "sensors"], 2, {"anti"}), negated_by_prefix(["drone"], 0, {"anti"})
    (True, False)
    """
    return start >= 2 and low[start - 1] == "-" and low[start - 2] in prefixes


#: last words of verbs' idioms (``chip in``, ``chip away``, ``cloud over``)
IDIOM_PARTICLES = frozenset({"in", "away", "over"})


def not_technology(doc: Doc, mentions: list[Mention], idioms: dict[str, list[tuple[tuple[str, ...], int]]],
                   prefixes: set[str]) -> list[Mention]:
    """``mentions`` without the technology mentions that name no technology: inside an idiom of ``idioms``
    (:func:`idiom_index`), or one word after a negating prefix of ``prefixes``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Analysts at think tanks praised anti-drone tanks.")
    >>> ms = [Mention(3, 4, "tanks", "Technology", "name", "tanks"), Mention(7, 8, "drones", "Technology", "alias",
    ...       "drone"), Mention(8, 9, "tanks", "Technology", "name", "tanks")]
    >>> [m.start for m in not_technology(doc, ms, idiom_index([("think", "tanks")]), {"anti"})]
    [8]
    """
    low = lowers(doc)
    # a verb's idiom ("chips in", "clouds over") names nothing only where its first word is a verb: "the firm
    # produces DRAM chips in Wuxi" keeps its chips
    nominal = {w: [(p, k) for p, k in v if p[-1] not in IDIOM_PARTICLES] for w, v in idioms.items()}
    tagged = doc.has_annotation("POS")
    dropped = {id(m) for m in mentions if m.label == "Technology" and m.end > m.start and (
        in_phrase(low, m.start, m.end, nominal) or
        in_phrase(low, m.start, m.end, idioms) and not (tagged and doc[m.end - 1].pos_ in ("NOUN", "PROPN") and (
            m.end - m.start > 1 or m.start > 0 and doc[m.start - 1].pos_ in ("DET", "ADJ", "NUM"))) or
        m.end - m.start == 1 and negated_by_prefix(low, m.start, prefixes))}
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


#: endings of a last word that takes no other number (fields, activities, materials: ``machine learning``,
#: ``cloud computing``, ``quantum sensing``, ``open-source software``, ``cyber security``, ``nuclear energy``)
UNCOUNTED_ENDINGS = ("ing", "ion", "ics", "ware", "ity", "ence", "ance", "age", "ism", "ogy", "phy", "ry", "craft",
                     "ment", "ium", "ite", "ide", "ure", "ese", "con")
#: last words that take no other number and have none of those endings
UNCOUNTED_WORDS = frozenset({"energy", "power", "equipment", "data", "internet", "rail", "stock", "arms",
                             "ammunition", "artillery", "hydrogen", "memory", "infrastructure", "fuel", "flash",
                             "gear", "economy", "intelligence", "warfare", "research", "cyber", "ultraviolet",
                             "medicine", "broadband", "atom", "arsenal", "defense", "defence",
                             "tech", "biotech", "fintech", "medtech", "ai", "ml", "iot", "5g", "6g", "4g", "lte"})


def number_variant(form: str) -> str | None:
    """The plural of a singular lower-case technology form of two to four words, by its last word (``quantum
    computer`` -> ``quantum computers``); None for one word, a plural, a form with capitals or digits, or a last
    word that takes no plural (``cloud computing``). Only plurals: the area is named in the plural, while the
    singular often names one product (``a payment system``, ``an open-source model``).

    >>> number_variant("quantum computer"), number_variant("digital currency"), number_variant("data centre")
    ('quantum computers', 'digital currencies', 'data centres')
    >>> number_variant("surveillance technology"), number_variant("fibre-optic cable"), number_variant("smart grids")
    ('surveillance technologies', 'fibre-optic cables', None)
    >>> number_variant("cloud computing"), number_variant("tank"), number_variant("5G network")
    (None, None, None)
    """
    words = form.split(" ")
    if not 2 <= len(words) <= 4 or form != form.lower() or any(c.isdigit() for c in form):
        return None
    head, last = " ".join(words[:-1]), words[-1]
    if not last.isalpha() or len(last) < 3 or last in UNCOUNTED_WORDS or last.endswith("s") or \
            last.endswith(UNCOUNTED_ENDINGS) and last != "technology":
        return None
    if last.endswith("y") and last[-2] not in "aeiou":
        return f"{head} {last[:-1]}ies"
    if last.endswith(("x", "ch", "sh")):
        return f"{head} {last}es"
    return f"{head} {last}s"
