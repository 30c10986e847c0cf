"""Organisations told by the shape of their names: what marks a name the model took for a person as a firm's, and
which bracketed short forms after a body's name are that body's own (from its name in another language)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span

from kg.nlp.kb import slugify
from kg.nlp.mentions import PERSON_TITLES, Mention
from kg.nlp.tokens import lowers

#: what follows a name that only an organisation takes (a person is "X, who")
WHICH = ", which"
#: plural nouns whose possessive begins a body's name rather than naming an owner (``People's Liberation Army``,
#: ``Workers' Party``, ``Children's Hospital``)
COLLECTIVE_OWNERS = {"people", "peoples", "workers", "women", "children", "citizens", "farmers", "veterans",
                     "nations", "journalists", "writers", "teachers", "consumers", "students", "mothers", "soldiers"}


def owned_by_many(words: list[str], i: int) -> bool:
    """Whether the possessive at ``words[i]`` follows a plural noun of people in a name (``People's``), not an
    owner's name (``China's``).

    >>> owned_by_many(["china", "'s", "people", "'s", "liberation", "army"], 3)
    True
    >>> owned_by_many(["china", "'s", "people", "'s", "liberation", "army"], 1)
    False
    """
    return i > 0 and words[i - 1] in COLLECTIVE_OWNERS


def org_shaped(span: Span, is_country: Callable[[str], bool], first_words: Collection[str],
               country_names: Collection[str] = ()) -> bool:
    """Whether a name the model calls a person has the shape of an organisation's: a digit or ``&`` in a word
    (``Arvo & Lind``, ``Net4Mobility``), a country's name as its first or last word (``Halvoro India``; not a
    person's name such as ``Jordan`` in ``country_names``), a first word that only begins firms' names
    (``Banco``, ``Deutsche`` in ``first_words``), one hyphenated word (``Tula-Antey``), or ``, which`` as the
    subject of a clause after it.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "They hired Halvoro India , which makes pumps , and Arvo & Lind .".split()
    >>> deps = ["nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "relcl", "dobj", "punct", "cc", "compound",
    ...         "cc", "conj", "punct"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=[1, 1, 3, 1, 3, 6, 3, 6, 3, 3, 12, 12, 3, 1])
    >>> country = lambda text: text == "India"
    >>> org_shaped(doc[2:4], country, set()), org_shaped(doc[11:14], country, set())
    (True, True)
    >>> doc = spacy.blank("en")("Maria Ortega met Banco Ferreira and Jordan Lee")
    >>> org_shaped(doc[0:2], country, {"banco"}), org_shaped(doc[3:5], country, {"banco"})
    (False, True)
    >>> org_shaped(doc[6:8], lambda text: text == "Jordan", set(), {"jordan"})
    False
    """
    doc = span.doc
    if len(span) == 0:
        return False
    if any("&" in t.text or any(c.isdigit() for c in t.text) for t in span):
        return True
    if doc[span.end:span.end + 2].text == WHICH and doc[span.end + 1].dep_ in ("nsubj", "nsubjpass") and \
            not any(t.lower_ in PERSON_TITLES and t.is_title for t in doc[max(0, span.start - 3):span.start]):
        # "X, which makes pumps"; not "X, which officials attended" nor "Secretary of State Y, which ...": that
        # "which" is the thing named before
        return True
    if len(span) == 3 and hyphen_joined(doc, span.start + 1) and span[2].is_title:
        return True  # "Tula-Antey": one hyphenated word, where a person's name has a given name and a space
    if len(span) >= 2:
        if span[0].lower_ in first_words:
            return True
        ends = {span[0].text, span[-1].text}
        if any(is_country(w) and w.lower() not in country_names for w in ends):
            return True
    return False


def own_short_form(short: str, label: str, long: str, countries: Collection[str]) -> bool:
    """Whether ``short``, in brackets right after the organisation's name ``long``, is its short form although its
    letters do not spell that name: taken from the body's name in its own language (``Swedish Post and Telecom
    Authority (PTS)``, ``Presidency of Defence Industries (SSB)``). One all-capital word of two to six letters
    after a name of two or more words; not a country's short form (``(UK)``).

    >>> own_short_form("PTS", "Organization", "Norwegian Rail Authority", set())
    True
    >>> own_short_form("UK", "Organization", "Vale Holdings Limited", {"UK"}), own_short_form("Rosa", "Person",
    ...     "Maria Gomez", set())
    (False, False)
    """
    return label == "Organization" and len(long.split()) >= 2 and short.isalpha() and short.isupper() and \
        2 <= len(short) <= 6 and short not in countries


#: first words of a public body's name, never of a firm's own (``National Energy`` + ``and Mines Agency``)
BODY_FIRST_WORDS = {"national", "federal", "state", "central", "royal", "general", "public", "joint", "supreme"}


def whole_firm(span: Span, heads: Collection[str], firm_ends: Collection[str]) -> bool:
    """Whether a name before ``and`` is a firm's whole name, not the first half of a body's name that the
    second half ends (``Lusovia Telecom`` and ``Grendal Bank``; not ``Swedish Post`` and ``Telecom Authority``):
    its last word ends firms' names (``firm_ends``: *Telecom*, *Group*), or it is one word that ends in a body's
    head word (``Sovcombank``); and its first word is no adjective (*Swedish*, *National*).

    >>> import spacy
    >>> doc = spacy.blank("en")("Lusovia Telecom and Grendal Bank , Sovcombank and Post Bank")
    >>> whole_firm(doc[0:2], {"bank"}, {"telecom"}), whole_firm(doc[6:7], {"bank"}, {"telecom"})
    (True, True)
    >>> doc = spacy.blank("en")("National Telecom and Post Authority")
    >>> whole_firm(doc[0:2], {"authority"}, {"telecom"})
    False
    """
    if len(span) == 0 or span[0].lower_ in BODY_FIRST_WORDS or span[0].pos_ == "ADJ":
        return False
    last = span[-1].lower_.strip(".")
    if last in firm_ends:
        return True
    return len(span) == 1 and any(last.endswith(h) and len(last) > len(h) + 2 for h in heads)


def hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a hyphen written between two words with no space (``Almaz-Antey``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Almaz-Antey and Rolls - Royce")
    >>> hyphen_joined(doc, 1), hyphen_joined(doc, 5)
    (True, False)
    """
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def town_before_state(doc: Doc, m: Mention, is_state: Callable[[str], bool],
                      is_country: Callable[[str], bool]) -> bool:
    """Whether a name the model found is a town written with its state or country: ``Santa Clara, California``
    before a comma, a full stop or ``-based``; ``Hsinchu, Taiwan-based`` (a country only before ``-based``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Santa Clara , California-based firm and Varro , Italy-based Lenti")
    >>> no = lambda text: False
    >>> m = Mention(1, 3, "santa-clara", "Person", "ner", "Santa Clara")
    >>> town_before_state(doc, m, lambda text: text == "California", no)
    True
    >>> town_before_state(doc, Mention(9, 10, "varro", "Organization", "ner", "Varro"), no, lambda t: t == "Italy")
    True
    >>> doc = spacy.blank("en")("Acme , Italy and Spain signed")
    >>> town_before_state(doc, Mention(0, 1, "acme", "Organization", "ner", "Acme"), no, lambda t: t == "Italy")
    False
    """
    e = m.end
    if m.kind != "ner" or m.label not in ("Organization", "Person") or e + 2 >= len(doc) or doc[e].text != ",":
        return False
    for n in (2, 1):
        if e + 1 + n > len(doc):
            continue
        place = doc[e + 1:e + 1 + n].text
        after = e + 1 + n
        based = after < len(doc) and doc[after].lower_ in ("-", "based", "-based")
        if is_state(place) and (based or after == len(doc) or doc[after].text in (",", ".", ";")):
            return True
        if is_country(place) and based:
            return True
    return False


def split_firms(span: Span, heads: Collection[str], firm_ends: Collection[str]) -> list[Span]:
    """One name the model ran over ``and`` that is two firms' names: a whole firm's name (:func:`whole_firm`)
    before it and a capitalised name that ends in a firm's or body's last word after it (``Kamabank and Post
    Bank``); any other name is returned whole (``Industrial and Commercial Bank``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Kamabank and Post Bank , Industrial and Commercial Bank")
    >>> [p.text for p in split_firms(doc[0:4], {"bank"}, set())], [p.text for p in split_firms(doc[5:9], {"bank"},
    ...                                                                                          set())]
    (['Kamabank', 'Post Bank'], ['Industrial and Commercial Bank'])
    """
    doc, low = span.doc, lowers(span.doc)
    if len(span) < 3 or "and" not in low[span.start + 1:span.end - 1]:
        return [span]
    for i in range(span.start + 1, span.end - 1):
        if low[i] != "and" or not doc[i + 1].is_title:
            continue
        last = low[span.end - 1].strip(".")
        if (last in heads or last in firm_ends) and whole_firm(doc[span.start:i], heads, firm_ends):
            return [Span(doc, span.start, i, label=span.label_), Span(doc, i + 1, span.end, label=span.label_)]
    return [span]


#: words that may stand inside a body's name between the part the model found and its bracketed short form
NAME_JOINERS = {"in", "of", "for", "on", "the", "and", "to"}


def extend_to_short_forms(doc: Doc, mentions: list[Mention], matches: Callable[[str, str], bool],
                          longest: int = 6) -> list[Mention]:
    """An organisation's name the model cut short before the words its bracketed short form spells runs on to the
    bracket: ``Committee on Foreign Investment`` + ``in the United States (CFIUS)``. Only over joining words and
    capitalised words, and only when the short form spells the longer name but not the shorter; the mentions
    inside (``United States``) give way to the name.

    >>> import spacy
    >>> from kg.nlp.repair import abbreviation_matches
    >>> doc = spacy.blank("en")("the Board on Export Control in the Republic of Korea (BECRK) said")
    >>> ms = [Mention(1, 5, "board", "Organization", "ner", "Board on Export Control"),
    ...       Mention(7, 10, "korea", "Country", "name", "Republic of Korea")]
    >>> [m.text for m in extend_to_short_forms(doc, ms, abbreviation_matches)]
    ['Board on Export Control in the Republic of Korea']
    >>> doc = spacy.blank("en")("Kelvar Mining and Tamoto Copper Company (TCC) said")
    >>> [m.text for m in extend_to_short_forms(doc, [Mention(0, 2, "k", "Organization", "ner", "Kelvar Mining")],
    ...                                         abbreviation_matches)]
    ['Kelvar Mining']
    >>> doc = spacy.blank("en")("the Board on Export Control in Seoul (BEC) said")
    >>> board = Mention(1, 5, "board", "Organization", "ner", "Board on Export Control")
    >>> [m.text for m in extend_to_short_forms(doc, [board], abbreviation_matches)]
    ['Board on Export Control']
    """
    low = lowers(doc)
    out, gone = list(mentions), set()
    for m in mentions:
        if m.label != "Organization" or m.end >= len(doc) or low[m.end] not in NAME_JOINERS or id(m) in gone:
            continue
        k = m.end
        while k < min(len(doc), m.end + longest) and (low[k] in NAME_JOINERS or doc[k].is_title):
            k += 1
        if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" or low[k - 1] in NAME_JOINERS:
            continue
        short = doc[k + 1].text
        longer = doc[m.start:k].text
        if not (short.isupper() and matches(short, longer)) or matches(short, m.text) or \
                any(matches(short, doc[j:k].text) for j in range(m.end, k)):
            continue  # the short form of a name of its own after "and" ("X and the China Space Agency (CSA)")
        crossed = [x for x in out if x is not m and x.end > x.start and m.end <= x.start and x.end <= k]
        if any(x.label == "Person" for x in crossed):
            continue
        gone.update(id(x) for x in crossed)
        out = [x for x in out if id(x) not in gone]
        m.end, m.text = k, longer
    return out


def national_units(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A known organisation's name followed at once by a country's name is the name of its unit in that country
    (``Nexperia China``, ``Velcor India``): one organisation, with the country inside its name; not before a
    possessive (``called TSMC Japan's partner``) or a noun (``giving Nvidia China access``).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Velcor", "India", "and", "Velcor", "Japan", "'s", "unit"],
    ...           pos=["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PART", "NOUN"])
    >>> ms = [Mention(0, 1, "velcor", "Organization", "name", "Velcor"), Mention(1, 2, "india", "Country", "name",
    ...       "India"), Mention(3, 4, "velcor", "Organization", "name", "Velcor"),
    ...       Mention(4, 5, "japan", "Country", "name", "Japan")]
    >>> [(m.text, m.label, m.kind) for m in national_units(doc, ms)][:3]
    [('Velcor India', 'Organization', 'ner'), ('India', 'Country', 'inside'), ('Velcor', 'Organization', 'name')]
    """
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    skip = set()
    for a, b in zip(ordered, ordered[1:]):
        if id(a) in skip or a.label != "Organization" or a.kind not in ("name", "alias") or b.label != "Country" or \
                b.kind not in ("name", "alias") or b.start != a.end or b.end <= b.start:
            continue
        nxt = doc[b.end] if b.end < len(doc) else None
        if nxt is not None and (nxt.lower_ in ("'s", "\u2019s", "'", "\u2019") or nxt.pos_ in ("NOUN", "PROPN")):
            continue
        start = a.start
        if start > 0 and doc[start - 1].is_upper and doc[start - 1].pos_ == "PROPN" and \
                not any(m.start <= start - 1 < m.end for m in ordered):
            start -= 1  # "SB OpenAI Japan": a capital-letter prefix of the unit's own
        text = doc[start:b.end].text
        unit = Mention(start, b.end, slugify(text), "Organization", "ner", text)
        out += [unit, Mention(b.start, b.start, b.entity_id, "Country", "inside", b.text, within=unit.entity_id)]
        skip.update((id(a), id(b)))
    if not out:
        return mentions
    return sorted([m for m in mentions if id(m) not in skip] + out, key=lambda m: (m.start, m.end))
