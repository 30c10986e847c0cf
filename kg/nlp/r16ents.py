"""Names of Latin American and Central Asian news that the model cuts or takes for actors (round 16, ``r16ents``).

- **Romance names** (:func:`romance_names`): a body or company named in Spanish or Portuguese runs across lower-case
  connectors (``Comisión para el Mercado Financiero``, ``Ministério da Ciência, Tecnologia e Inovação``,
  ``Telefónica del Perú``); the model cuts it at the connectors into pieces, some of them "people". The whole run is
  one organisation when it begins with a body's head word (``Ministerio``, ``Comisión``, ``Empresa``) or with an
  organisation the model or the gazetteer found; when it begins with a head word of a law, plan or programme
  (``Régimen``, ``Ley``, ``Programa``) it names no actor at all (GUIDELINES: programmes and laws are no entities).
- **Named sites** (:func:`named_sites`): a name the gazetteer does not know, written before a word of a natural or
  built site that is never an owner's (``the Dostyk crossing``, ``the Budenovskoye deposit``, ``the Puna
  highlands``), ending in one (``Taiyuan Satellite Launch Center``) or beginning with one (``Salar de Atacama``),
  or owned by another (``its Rincon mine``, ``MMG's Las Bambas copper mine``) is a place in the whole document, also
  where it is the subject of a clause; and a known place (city, region) the document uses once as a place
  (``from Alcântara``) is a place where it is a subject too (``as Alcântara waits``).
- **Programmes and indexes** (:func:`programme_names`): a name right before a programme noun (``the Prodes and Deter
  programmes``, ``the Digital Uzbekistan programme``, ``the Merval index``) names no actor.
- **Tickers and sentence adverbs** (:func:`tickers_and_adverbs`): the symbol a company trades as (``trades on the
  New York Stock Exchange as SCCO``, ``(NYSE: SCCO)``) and a capitalised adverb opening a sentence (``Downstream,``).

Each reads only the tokens next to the mentions; the word lists are ``r16ents_…`` keys of
``data/lexicon/org_name_words.json``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc

from kg.nlp.kb import normalize
from kg.nlp.mentions import Mention, org_id
from kg.nlp.tokens import lowers, positions

#: labels of the mentions a longer name or a site may replace
_ACTOR_LABELS = ("Organization", "Person")
#: possessive words that make the name after them a site of its owner (``its Rincon mine``)
_OWNER_WORDS = frozenset({"its", "their", "'s", "\u2019s"})
#: prepositions after which a known place is used as a place (``from Alcântara``)
_PLACE_PREPS = frozenset({"in", "at", "from", "near", "outside", "around", "across", "throughout", "inside"})


def _titled(text: str) -> bool:
    """A word that can be part of a proper name: it begins with a capital letter (``Ciência``, ``S.A.``).

    >>> _titled("Ciência"), _titled("de"), _titled("2030")
    (True, False, False)
    """
    return text[:1].isupper()


def _run_end(doc: Doc, start: int, connectors: Collection[str], max_len: int = 12) -> tuple[int, bool]:
    """The end of the run of name words and Romance connectors from ``start`` (connectors and commas only before a
    name word), and whether it has a connector.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Comisión para el Mercado Financiero said")
    >>> _run_end(doc, 1, {"para", "el", "de"})
    (6, True)
    """
    k, end, joined = start, start, False
    while k < len(doc) and k - start < max_len:
        text = doc[k].text
        if _titled(text) and (doc[k].is_alpha or "-" in text or "." in text):
            k += 1
            end = k
            continue
        if text in connectors or text == ",":
            j = k
            while j < len(doc) and (doc[j].text in connectors or doc[j].text == ","):
                j += 1
            if j < len(doc) and _titled(doc[j].text) and doc[j].is_alpha and j - k <= 2 and end > start:
                joined = joined or any(doc[i].text in connectors for i in range(k, j))
                k = j
                continue
        break
    return end, joined


def romance_names(doc: Doc, mentions: list[Mention], org_heads: Collection[str], programme_heads: Collection[str],
                  connectors: Collection[str], legal_forms: Collection[str] = ()) -> list[Mention]:
    """``mentions`` with each Spanish or Portuguese name that runs across connectors made one organisation (or, for a
    law or programme, no actor): see the module's docstring. A legal form at the end (``Grupo Kolwa SAB de CV``,
    ``legal_forms``, lower case) is no part of the name: the company is ``Grupo Kolwa``, as where it is named again.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Comisión para el Mercado Financiero fined it .")
    >>> ms = [Mention(1, 2, "comision", "Organization", "ner", "Comisión"),
    ...       Mention(4, 6, "mercado-financiero", "Organization", "ner", "Mercado Financiero")]
    >>> [m.text for m in romance_names(doc, ms, {"comisión"}, {"ley"}, {"para", "el"})]
    ['Comisión para el Mercado Financiero']
    >>> doc = spacy.blank("en")("Grupo Kolwa SAB de CV grew .")
    >>> ms = [Mention(0, 2, "grupo-kolwa", "Organization", "ner", "Grupo Kolwa"),
    ...       Mention(2, 5, "sab-de-cv", "Organization", "ner", "SAB de CV")]
    >>> [m.text for m in romance_names(doc, ms, {"grupo"}, set(), {"de"}, {"sab de cv"})]
    ['Grupo Kolwa']
    """
    legal = {f.lower() for f in legal_forms}
    heads, progs = {w.lower() for w in org_heads}, {w.lower() for w in programme_heads}
    starts = {m.start: m for m in mentions if m.label in _ACTOR_LABELS}
    out = list(mentions)
    # where a run may begin: a head word's token (found from the document's words once) or an organisation's name
    begins = sorted(set(positions(doc, heads | progs)) | {i for i, m in starts.items() if m.label == "Organization"})
    after = 0  # the first token a new run may begin at (a run read is not read again from inside)
    for k in begins:
        if k < after:
            continue
        low = doc[k].text.lower()
        first = starts.get(k)
        if first is not None and first.label != "Organization":
            first = None  # "Lula da Silva": a person's name runs across "da" too
        if not _titled(doc[k].text) or (low not in heads and low not in progs and first is None):
            continue
        end, joined = _run_end(doc, k, connectors)
        if not joined or end - k < 3 or (first is not None and low not in heads | progs and first.end >= end):
            after = max(end, k + 1)
            continue
        name_end = next((end - n for n in range(5, 0, -1) if end - n > k and
                         " ".join(t.lower_ for t in doc[end - n:end]) in legal), end)  # "SAB de CV"
        inside = [m for m in out if m.start < end and m.end > k]
        if any(m.start < k or m.end > end for m in inside) or \
                any(m.label not in _ACTOR_LABELS + ("Country", "Technology") for m in inside) or \
                any(m.kind != "ner" and m.end == name_end and m.label in _ACTOR_LABELS for m in inside) and \
                name_end == end:
            after = end
            continue  # a name that crosses the run, a bloc inside it, or the gazetteer's name (Banco Central do …)
        same = [m for m in inside if m.start == k and m.end == name_end and low not in progs and
                (m.label == "Organization" or m.kind != "ner")]  # a body's name the model took for a person
        out = [m for m in out if m not in inside or m in same[:1]]
        if low not in progs and not same:
            text = doc[k:name_end].text
            out.append(Mention(k, name_end, org_id(text, set()), "Organization", "ner", text))
        after = end
    for m in out:
        if m.kind == "ner" and m.label == "Person" and doc[m.start].text.lower() in heads and m.end - m.start > 1:
            m.label = "Organization"  # "Diario Financiero", "Grupo Bimbo": a body's or firm's head word first
    return sorted(out, key=lambda m: (m.start, m.end)) if len(out) != len(mentions) or out != mentions else mentions


def _site_after(doc: Doc, end: int, nouns: Collection[str], max_words: int = 2) -> bool:
    """Whether a site word (one word, or two: ``salt flat``, ``launch centre``) follows token ``end``, after up to
    ``max_words`` lower-case words (a material: ``copper mine``).

    >>> import spacy
    >>> _site_after(spacy.blank("en")("Kolwa copper salt flat"), 1, {"salt flat"})
    True
    """
    for k in range(end, min(end + max_words + 1, len(doc))):
        one = doc[k].lower_
        two = one + " " + doc[k + 1].lower_ if k + 1 < len(doc) else ""
        if one in nouns or two in nouns:
            return True
        if not doc[k].is_lower or not doc[k].is_alpha or doc[k].is_stop:
            return False
    return False


def named_sites(doc: Doc, mentions: list[Mention], place_nouns: Collection[str], place_firsts: Collection[str],
                site_nouns: Collection[str], is_place: Callable[[str], bool],
                is_known: Callable[[str], bool], route_nouns: Collection[str] = ()) -> list[Mention]:
    """``mentions`` without the model's names that the document writes as sites or places (see the module's
    docstring); a name the gazetteer knows (``is_known``) is never dropped.

    >>> import spacy
    >>> doc = spacy.blank("en")("Trucks queued at the Kolwa crossing . Kolwa reopened .")
    >>> ms = [Mention(4, 5, "kolwa", "Organization", "ner", "Kolwa"), Mention(7, 8, "kolwa", "Organization", "ner",
    ...       "Kolwa")]
    >>> named_sites(doc, ms, {"crossing"}, set(), set(), lambda s: False, lambda s: False)
    []
    """
    places, firsts = {w.lower() for w in place_nouns}, {w.lower() for w in place_firsts}
    sites = {w.lower() for w in site_nouns}
    after = places | {w.lower() for w in route_nouns}
    drop: set[str] = set()
    for m in mentions:
        key = normalize(m.text)
        if m.kind != "ner" or m.label not in _ACTOR_LABELS or is_known(m.text) or key in drop:
            continue
        words = [t.text for t in doc[m.start:m.end]]
        # a town word that begins a longer name is its short form ("Kurashiki Ocean Logistics": typed later),
        # and the longer names' words are no site ("Ocean" there)
        begins_firm = any(o.label in _ACTOR_LABELS and o.end - o.start > len(words) and
                          [t.text for t in doc[o.start:o.start + len(words)]] == words for o in mentions)
        inside = {k for o in mentions if o.end - o.start > len(words) for k in range(o.start, o.end)}
        if any(_site_at(doc, k, k + len(words), places, firsts, sites, after) for k in _occurrences(doc, words)
               if k not in inside) or is_place(m.text) and not begins_firm and _used_as_place(doc, m.text):
            drop.add(key)  # "from Alcântara" beside "as Alcântara waits"
    if not drop:
        return mentions
    return [m for m in mentions if not (m.kind == "ner" and normalize(m.text) in drop)]


def _occurrences(doc: Doc, words: list[str]) -> list[int]:
    """Where the words of a name stand in the document (mention or not).

    >>> import spacy
    >>> _occurrences(spacy.blank("en")("Kolwa said Kolwa grew"), ["Kolwa"])
    [0, 2]
    """
    n = len(words)  # where the first word stands (by its lower-case form, read once per document), then the rest
    return [k for k in positions(doc, {words[0].lower()}) if k + n <= len(doc) and
            [t.text for t in doc[k:k + n]] == words]


def _site_at(doc: Doc, start: int, end: int, places: Collection[str], firsts: Collection[str],
             sites: Collection[str], after: Collection[str] = ()) -> bool:
    """Whether the name at ``start:end`` (run on across hyphens: ``Cauchari-Olaroz``) is written as a site: it
    begins or ends with a word of a place, a place word follows it, or a site word follows it after an owner.

    >>> import spacy
    >>> doc = spacy.blank("en")("its Kolwa - Tambo copper mine")
    >>> _site_at(doc, 1, 2, {"salt flat"}, set(), {"mine"})
    True
    >>> _site_at(spacy.blank("en")("the Kolwa and Tambo fields"), 1, 2, set(), set(), set(), {"fields"})
    True
    """
    while end + 1 < len(doc) and doc[end].text == "-" and _titled(doc[end + 1].text):
        end += 2
    words = [t.lower_ for t in doc[start:end]]
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "or"):
        k = end + 1  # "the Kolwa and Tambo fields": a name and then another before the place word
        while k < min(end + 5, len(doc)) and _titled(doc[k].text):
            k += 1
        if k > end + 1 and _site_after(doc, k, after, max_words=0):
            return True
    owned = start > 0 and doc[start - 1].lower_ in _OWNER_WORDS
    return (words[0] in firsts and len(words) > 1) or words[-1] in places or \
        (len(words) > 1 and " ".join(words[-2:]) in places) or _site_after(doc, end, set(places) | set(after)) or \
        (owned and _site_after(doc, end, set(sites) | set(places)))


def _used_as_place(doc: Doc, text: str) -> bool:
    """Whether ``text`` (a known place) stands in the document after a place preposition (``from Alcântara``) where
    no mention was kept.

    >>> import spacy
    >>> _used_as_place(spacy.blank("en")("It flew from Kourou ."), "Kourou")
    True
    """
    words = text.split()
    n = len(words)
    for k in range(1, len(doc) - n + 1):
        if doc[k - 1].lower_ in _PLACE_PREPS and [t.text for t in doc[k:k + n]] == words and \
                (k + n == len(doc) or not _titled(doc[k + n].text)):
            return True
    return False


def programme_names(doc: Doc, mentions: list[Mention], programme_nouns: Collection[str],
                    max_words: int = 4) -> list[Mention]:
    """``mentions`` without the model's names written right before a programme noun, alone or in a pair (``the
    Prodes and Deter programmes``), or with other name words (``the Digital Uzbekistan programme``; the country's
    own mention stays); not after a possessive (``Huawei's programme`` is Huawei's). The name is a programme's in every
    sentence of the document (``the Reinfo registry`` … ``backed Reinfo``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Merval index fell")
    >>> programme_names(doc, [Mention(1, 2, "merval", "Organization", "ner", "Merval")], {"index"})
    []
    """
    nouns = {w.lower() for w in programme_nouns}
    drop: set[str] = set()
    for m in mentions:
        if m.kind != "ner" or m.label not in _ACTOR_LABELS:
            continue
        k = m.end
        while k < len(doc) and k - m.end < max_words and (_titled(doc[k].text) or doc[k].text in ("-",) or
                                                           doc[k].like_num or doc[k].lower_ == "and"):
            k += 1
        if k < len(doc) and doc[k].lower_ in nouns and k > m.start and doc[k - 1].lower_ != "and":
            drop.add(normalize(m.text))
    return [m for m in mentions if not (m.kind == "ner" and normalize(m.text) in drop)] if drop else mentions


def tickers_and_adverbs(doc: Doc, mentions: list[Mention], adverbs: Collection[str],
                        exchange_words: Collection[str]) -> list[Mention]:
    """``mentions`` without a trading symbol (an all-capital word after ``trades … as`` or after an exchange's
    name and a colon) and without a capitalised adverb of ``adverbs`` opening a sentence before a comma.

    >>> import spacy
    >>> doc = spacy.blank("en")("Upstream , Kolwa trades on Nasdaq as KLW .")
    >>> ms = [Mention(0, 1, "upstream", "Organization", "ner", "Upstream"),
    ...       Mention(7, 8, "klw", "Organization", "ner", "KLW")]
    >>> tickers_and_adverbs(doc, ms, {"upstream"}, {"trades"})
    []
    """
    advs, trade = {w.lower() for w in adverbs}, {w.lower() for w in exchange_words}
    drop: set[int] = set()
    for m in mentions:
        if m.kind != "ner" or m.label not in _ACTOR_LABELS:
            continue
        text = doc[m.start:m.end].text
        if m.end - m.start == 1 and text.isupper() and m.start > 1 and (
                doc[m.start - 1].text == ":" and doc[m.start - 2].text.isupper() or
                doc[m.start - 1].lower_ == "as" and any(t.lower_ in trade for t in doc[max(0, m.start - 10):m.start])):
            drop.add(id(m))
        elif m.end - m.start == 1 and text.lower() in advs and doc[m.start].is_sent_start and \
                m.end < len(doc) and doc[m.end].text == ",":
            drop.add(id(m))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def outlet_names(doc: Doc, mentions: list[Mention], outlet_nouns: Collection[str],
                 is_known: Callable[[str], bool], max_words: int = 4) -> list[Mention]:
    """``mentions`` with the name of a news outlet written before its kind (``the Trend news agency``, ``the Kolwa
    Times newspaper``) added as an organisation when no mention covers it and it is no known place or actor
    (GUIDELINES: media outlets are organisations; the read train gold keeps the ones cited as sources).

    >>> import spacy
    >>> doc = spacy.blank("en")("He told the Trend news agency .")
    >>> [m.text for m in outlet_names(doc, [], {"news agency"}, lambda s: False)]
    ['Trend']
    """
    nouns = {w.lower() for w in outlet_nouns}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    dates = {i for s in doc.spans.get("kg_dates", []) for i in range(s.start, s.end)} if "kg_dates" in doc.spans \
        else set()
    found: list[Mention] = []
    low = lowers(doc)
    for k in positions(doc, {n.split()[0] for n in nouns}):  # where a kind's first word stands
        if k < 2:
            continue
        one = low[k]
        two = one + " " + low[k + 1] if k + 1 < len(doc) else ""
        if one not in nouns and two not in nouns or not doc[k].is_lower:
            continue  # "the Show Daily newsletter": the kind's word is part of the name
        j = k
        while j > 0 and k - j < max_words and doc[j - 1].lower_ != "the" and (
                _titled(doc[j - 1].text) and doc[j - 1].is_alpha or
                doc[j - 1].text == "-" and j > 1 and _titled(doc[j - 2].text)):
            j -= 1
        if j == k or j == 0 or doc[j - 1].lower_ != "the" or doc[j].text == "-" or \
                any(i in taken or i in dates for i in range(j, k)):
            continue
        text = doc[j:k].text
        if not is_known(text):
            found.append(Mention(j, k, org_id(text, set()), "Organization", "ner", text))
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions


def in_longer_name(doc: Doc, start: int, end: int, is_country_word: Callable[[str], bool]) -> bool:
    """Whether the one-word name at ``start:end`` ends a longer name the model found (``the Caspian Oil and Gas
    Congress``): the word before it is a capitalised word of no country and no sentence start, and one of the
    model's entities covers both.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("delegates at the Tamir Gas Congress")
    >>> doc.ents = [Span(doc, 3, 6, label="EVENT")]
    >>> in_longer_name(doc, 5, 6, lambda s: False)
    True
    """
    if start < 1 or not _titled(doc[start - 1].text) or not doc[start - 1].is_alpha or \
            doc[start - 1].is_sent_start or is_country_word(doc[start - 1].text):
        return False
    return any(e.start < start and e.end >= end for e in doc.ents)
