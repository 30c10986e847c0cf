"""Name boundaries and aliases repaired by general rules over the parse: pure functions the linker calls.

- :func:`split_span`: an NER span cut at a parenthesis, an inner possessive, a list comma, a verb (no dangling ``and``);
- :func:`extend_of_names`: ``Institute of West Asian`` + ``and African Studies`` -> one name;
- :func:`abbreviations`: ``the Office of Foreign Assets Control (OFAC)`` makes OFAC an alias (Schwartz, Hearst 2003);
- :func:`formerly_links`: ``HMN Technologies, formerly Huawei Marine Networks`` -> one entity;
- :func:`is_non_entity`: products, models, programmes, laws and lists, which are not entities.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from spacy.tokens import Doc, Span

from kg.nlp.body_heads import heads_before_of
from kg.nlp.kb import normalize, slugify
from kg.nlp.mentions import LEGAL_FORMS, SEAT_PARTICIPLES, Mention, overlaps
from kg.nlp.name_parts import describing_noun, known_beside, known_pair
from kg.nlp.r17curb import hyphen_pair
from kg.nlp.r12org import owned_by_many, own_short_form, whole_firm
from kg.nlp.r15latam import topic_tail
from kg.nlp.r14type import finite_verb, known_beside_one
from kg.nlp.tokens import lowers, positions

POSSESSIVES = {"'s", "\u2019s"}
EDGE_WORDS = {"and", "or", "&", "of", "for", ",", "-", "\u2014", "\u2013"}
#: legal-form words in front of a company's name (PT Indosat, PJSC Sberbank)
LEADING_FORMS = {"pt", "pjsc", "ijsc", "jsc", "oao", "ooo", "zao", "pao"}
#: a version or model number at the end of a name: Chang'e-7, Tiggo 4, GPT-4o, Su-57
MODEL_TAIL = re.compile(r"(^|-)\d+(\.\d+)?[A-Za-z]{0,2}$|-[A-Z]{1,3}\d+[A-Za-z]{0,2}$|^[IVX]+$")
RENAME_WORDS = {"formerly", "previously"}
#: a preposition inside an NER span that begins a place, not a name's own words ("Gallium Project at Wagerup")
PLACE_CUTS = {"at", "in", "near"}


def trim_edges(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without a conjunction, preposition or dash at either end.

    >>> import spacy
    >>> doc = spacy.blank("en")("Applied Materials and")
    >>> trim_edges(doc, 0, 3)
    (0, 2)
    """
    low = lowers(doc)
    while start < end and (low[start] in EDGE_WORDS or low[start] in LEADING_FORMS and end - start > 1):
        start += 1
    while end > start and low[end - 1] in EDGE_WORDS:
        end -= 1
    return start, end


def split_span(span: Span, suffixes: Iterable[str] = ()) -> list[Span]:
    """The names inside one NER span: cut at brackets, at an inner possessive, at a comma that does not
    introduce a corporate suffix (``Kaspersky Lab, Inc.`` stays whole) and at ``and the`` before a capitalised
    word (two names in coordination); each part keeps the span's label. A describing common noun the model took
    in (``Kazakh miner Kazatomprom``) ends what comes before the name, which is no name of its own, and ``and``
    beside a known organisation's whole name parts two names (:mod:`kg.nlp.name_parts`).

    >>> import spacy
    >>> doc = spacy.blank("en")("Treasury Department's Office of Foreign Assets Control (OFAC")
    >>> [p.text for p in split_span(doc[0:10])]
    ['Treasury Department', 'Office of Foreign Assets Control', 'OFAC']
    >>> [p.text for p in split_span(spacy.blank("en")("Embraer by Pratt & Whitney")[0:5])]
    ['Embraer', 'Pratt & Whitney']
    >>> [p.text for p in split_span(spacy.blank("en")("Hong Kong-registered Golden Crane Ltd")[0:7])]
    ['Golden Crane Ltd']
    >>> doc = spacy.blank("en")("Ministry of Mines and the Ministry of Ports")
    >>> [p.text for p in split_span(doc[0:9])]
    ['Ministry of Mines', 'Ministry of Ports']
    """
    doc, keep = span.doc, None
    words = lowers(doc)  # brackets and commas are their own lower-case forms
    cuts, described = [], span.start  # the parts that end before ``described`` are dropped
    for i in range(span.start, span.end):
        has_next = i + 1 < span.end
        low = words[i]
        if low in "()[]{}" or (low in POSSESSIVES and has_next and not owned_by_many(words, i)) or low in PLACE_CUTS \
                or (i > span.start and finite_verb(doc, i)):  # "Commerce Department added Hikvision": two names
            cuts.append(i)
        elif low in SEAT_PARTICIPLES and has_next and i > span.start + 1 and words[i - 1] == "-":
            cuts.append(i)  # "Istanbul-based Derya Makina": the place and its participle are no part of the name
            described = i + 1  # (r17pub7)
        elif has_next and i > span.start and describing_noun(doc, i):
            cuts.append(i)
            described = i + 1
        elif low == "," and has_next:
            if keep is None:  # the suffixes only matter at a comma
                keep = {s.lower().strip(".") for s in suffixes}
            if words[i + 1].strip(".") not in keep:
                cuts.append(i)
        elif doc[i].text == "by" and has_next and i > span.start and doc[i + 1].text[:1].isupper():
            cuts.append(i)  # "supplied to Embraer by Pratt & Whitney": a passive's agent after the name (r16firms)
        elif low == "and" and has_next and words[i + 1] == "the" and i + 2 < span.end and doc[i + 2].is_title:
            cuts.append(i)
        elif low == "and" and has_next and i > span.start and doc[i + 1].is_title and \
                (known_beside(doc, i, span.start, span.end) or known_beside_one(doc, i, span.start, span.end)):
            cuts.append(i)  # "Japan Bank for International Cooperation and Nippon Export ...": two names
        elif low in ("and", "&") and has_next and i > span.start and known_pair(doc, i, span.start, span.end):
            cuts.append(i)  # "the Chinese tech groups Alibaba and Tencent": two known names the model ran together
        elif low == "-" and has_next and i > span.start and hyphen_pair(doc, i, span.start, span.end):
            cuts.append(i)  # "the Chile-South Korea trade deal": two known names joined by a hyphen (branch r17curb)
    topic = topic_tail(doc, span.start, span.end)  # "the University of Lima on AI research" (r15latam.py)
    if topic is not None:
        cuts.append(topic)
        cuts.sort()
    parts, start = [], span.start
    for cut in cuts + [span.end]:
        if topic is not None and start > topic:
            break
        a, b = trim_edges(doc, start, cut)
        if b > a and b >= described:
            parts.append(Span(doc, a, b, label=span.label_))
        # "and the": the next name's article
        start = cut + 1 + (cut + 1 < span.end and words[cut] == "and" and words[cut + 1] == "the")
    return parts


def _title_run(doc: Doc, k: int) -> int:
    """End of a run of capitalised words from ``k`` (``of``, ``and``, ``for``, ``the`` inside it allowed)."""
    end = k
    while k < len(doc):
        tok = doc[k]
        if tok.is_title or (tok.is_upper and tok.is_alpha):
            k += 1
            end = k
        elif tok.lower_ in {"of", "and", "for", "the", "&"} and k + 1 < len(doc) and \
                (doc[k + 1].is_title or doc[k + 1].lower_ == "the"):
            k += 1
        else:
            break
    return end


def listed_fields_end(doc: Doc, k: int, stop: frozenset[str] = frozenset()) -> int:
    """After a body's name at the comma ``k``: the end of ``, Title, Title and Title`` that lists more of its
    fields (``Ministry of Trade`` + ``, Industry and Energy``); ``k`` when none follows. The last field ends before
    a word of ``stop`` (``of`` when the body's name goes on after its fields: ``…, Industry and Energy of Korea``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Ministry of Trade, Industry and Energy said")
    >>> listed_fields_end(doc, 4), listed_fields_end(spacy.blank("en")("the Ministry of Trade, Huawei said"), 4)
    (8, 4)
    """
    end = k
    while end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].is_title:
        end += 2
        while end < len(doc) and doc[end].is_title:
            end += 1
    if end == k or end + 1 >= len(doc) or doc[end].lower_ != "and" or not doc[end + 1].is_title:
        return k
    end += 2
    while end < len(doc) and doc[end].is_title and doc[end].lower_ not in stop:
        end += 1
    return end


def extend_of_names(doc: Doc, mentions: list[Mention], heads: set[str]) -> list[Mention]:
    """Extend a name that begins with a body word over a following ``and``/``of`` phrase of capitalised words:
    ``Institute of West Asian`` + ``and African Studies``, ``Export-Import Bank`` + ``of the Republic of China``,
    and a name that ends in one over a ``for`` phrase (``Lagos Centre`` + ``for Digital Rights``).

    Not across a name the gazetteer knows or a person (``the Ministry of Commerce and Huawei``), nor across
    ``and the`` or ``and`` before a body word (``the Ministry of Mines and the Ministry of Ports``).
    """
    out = list(heads_before_of(doc, mentions, heads))
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind != "ner" or m.label != "Organization" or m not in out or m.end + 1 >= len(doc):
            continue
        words = [t.lower_ for t in doc[m.start:m.end]]
        joint = doc[m.end].lower_
        head_at = next((i for i, w in enumerate(words) if w in heads), None)
        if joint == "," and head_at is not None and {"of", "for"} & set(words[head_at:]):
            end = listed_fields_end(doc, m.end)  # "Department for Business, Energy and Industrial Strategy"
            crossed = [x for x in out if x is not m and x.end > x.start and overlaps((x.start, x.end), (m.end, end))]
            if end > m.end and all(x.kind == "ner" and x.label == "Organization" and x.end <= end for x in crossed):
                out = [x for x in out if x not in crossed]
                m.end, m.text = end, doc[m.start:end].text
            continue
        if joint == "and" and not (head_at is not None and {"of", "for"} & set(words[head_at:])):
            continue
        if joint in ("of", "for") and words[-1] not in heads:
            continue  # "Lagos Centre" + "for Digital Rights"; not "Huawei" + "for ..."
        if joint not in ("and", "of", "for"):
            continue
        if joint == "and" and (doc[m.end + 1].lower_ == "the" or doc[m.end + 1].lower_ in heads):
            continue  # "the Ministry of Mines and the Ministry of Ports": two bodies
        k = m.end + 1 + (doc[m.end + 1].lower_ == "the")
        end = _title_run(doc, k)
        if end <= k:
            continue
        crossed = [x for x in out if x is not m and x.end > x.start and overlaps((x.start, x.end), (m.end, end))]
        if any(x.kind != "ner" and x.label not in ("Technology", "Country") or x.label == "Person" or
               x.end > end for x in crossed):
            continue
        if joint in ("and", "for") and any(x.label == "Country" for x in crossed):
            continue  # "the Agency for Ukraine" is no body's name
        out = [x for x in out if x not in crossed or x.kind == "inside"]
        m.end, m.text = end, doc[m.start:end].text
    return sorted(out, key=lambda m: (m.start, m.end))


def join_split_bodies(doc: Doc, mentions: list[Mention], heads: set[str],
                      firm_ends: Collection[str] = ()) -> list[Mention]:
    """Join two names the model found on either side of ``and`` when only the second ends in a body's head
    word: ``Swedish Post`` + ``and`` + ``Telecom Authority`` is one authority. Two bodies (``the Ministry of
    Mines and the Ministry of Ports``) or a firm and a body (``Huawei and the Telecom Authority``: the firm is
    no name the model alone found, or ``the`` stands between) stay two. Two names whose joint short form follows
    in brackets are one too (``China Satellite Launch and Tracking Control General (CLTC)``).
    """
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    for a, b in zip(list(out), list(out)[1:]):
        if a.kind != "ner" or b.kind != "ner" or a.label != "Organization" or b.label != "Organization" or \
                b.start != a.end + 1 or doc[a.end].lower_ != "and" or a not in out:
            continue
        joined = doc[b.end - 1].lower_ in heads and doc[a.end - 1].lower_ not in heads and \
            not any(t.lower_ in heads for t in doc[a.start:a.end]) and \
            not whole_firm(doc[a.start:a.end], heads, firm_ends)  # "Lusovia Telecom and Grendal Bank"
        if not (joined or _short_form_of_both(doc, a, b)):
            continue
        out.remove(b)
        a.end, a.text = b.end, doc[a.start:b.end].text
        a.entity_id = slugify(a.text)
    return out


def _short_form_of_both(doc: Doc, a: Mention, b: Mention) -> bool:
    """Whether the short form in brackets after ``b`` abbreviates ``a and b`` but not ``b`` alone: ``China
    Satellite Launch`` + ``and`` + ``Tracking Control General (CLTC)`` is one name."""
    if b.end + 2 >= len(doc) or doc[b.end].text != "(" or doc[b.end + 2].text != ")":
        return False
    short = doc[b.end + 1].text
    return is_short_form(short) and short.isupper() and not abbreviation_matches(short, b.text) and \
        abbreviation_matches(short, f"{a.text} and {b.text}")


#: last words of a company's name that give its legal form (``Co.``, ``Corp.``, ``Ltd.``, ``Company``)
COMPANY_FORMS = LEGAL_FORMS | {"co", "corp", "company", "corporation", "limited"}


def abbreviation_matches(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long``: its letters occur in order, the first at a word start.

    >>> abbreviation_matches("OFAC", "Office of Foreign Assets Control"), abbreviation_matches("SCO", "Huawei")
    (True, False)
    """
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
        s -= 1
    return True


def is_short_form(text: str) -> bool:
    """A candidate abbreviation: one or two words, 2-10 characters, starting alphanumeric, with a capital.

    >>> is_short_form("OFAC"), is_short_form("HMN Tech"), is_short_form("which")
    (True, True, False)
    """
    return 2 <= len(text) <= 10 and len(text.split()) <= 2 and text[0].isalnum() and any(c.isupper() for c in text)


def abbreviations(doc: Doc, mentions: Sequence[Mention]) -> dict[str, Mention]:
    """Short forms defined in parentheses after a name -> the mention of that name.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Office of Foreign Assets Control (OFAC) said")
    >>> m = Mention(1, 6, "ofac-office", "Organization", "ner", "Office of Foreign Assets Control")
    >>> abbreviations(doc, [m])["OFAC"].entity_id
    'ofac-office'
    """
    found: dict[str, Mention] = {}
    ends = {m.end: m for m in mentions if m.end > m.start and m.label != "Country"}
    countries = {m.text for m in mentions if m.label == "Country"}
    for m in ends.values():
        j = m.end
        if j + 2 >= len(doc) or doc[j].text != "(":
            continue
        close = next((k for k in range(j + 2, min(j + 4, len(doc))) if doc[k].text == ")"), None)
        if close is None:
            continue
        short = doc[j + 1:close].text
        if is_short_form(short) and short not in found and len(short) < len(m.text) and (
                abbreviation_matches(short, m.text) or short.isupper() and short[0] == m.text[0] or
                company_short_form(short, m, countries) or own_short_form(short, m.label, m.text, countries)):
            found[short] = m
    return found


def company_short_form(short: str, m: Mention, countries: set[str]) -> bool:
    """A company's name that ends in its legal form, then one all-capital word in parentheses, defines that word
    as its short form even when the letters do not match (from a former or native name: ``Shanghai Zhenhua Heavy
    Industries Co. (ZPMC)``); not a country's short form.

    >>> m = Mention(0, 3, "lintong", "Organization", "ner", "Jiangsu Lintong Co.")
    >>> company_short_form("JLHM", m, set()), company_short_form("UK", m, {"UK"})
    (True, False)
    """
    last = m.text.split()[-1].lower() if m.text.split() else ""
    return m.label == "Organization" and last in COMPANY_FORMS and short.isalpha() and short.isupper() and \
        2 <= len(short) <= 6 and short not in countries


def apply_abbreviations(doc: Doc, mentions: list[Mention], found: dict[str, Mention]) -> list[Mention]:
    """Every use of a defined short form names the entity of its long form, also where the gazetteer or the
    model took it for another entity (a locally defined ``SCO`` is not the Shanghai Cooperation Organisation)."""
    if not found:
        return mentions
    out = []
    for m in mentions:
        long = found.get(m.text)
        if long is not None and m is not long and m.end > m.start:
            m.entity_id, m.label, m.kind = long.entity_id, long.label, "alias"
            out.append(m)
        elif m.kind == "inside" and any(m.within == x.entity_id and x.text in found for x in mentions):
            continue  # a country "inside" a short form the document redefined
        else:
            out.append(m)
    covered = {i for m in out if m.end > m.start for i in range(m.start, m.end)}
    first = {short.split()[0]: short for short in found}
    for tok in doc:
        short = first.get(tok.text)
        if short is None or tok.i in covered:
            continue
        n = len(short.split())
        if doc[tok.i:tok.i + n].text == short and not any(i in covered for i in range(tok.i, tok.i + n)):
            long = found[short]
            out.append(Mention(tok.i, tok.i + n, long.entity_id, long.label, "alias", short))
    return sorted(out, key=lambda m: (m.start, m.end))


def formerly_links(doc: Doc, mentions: Sequence[Mention]) -> dict[str, str]:
    """``A, formerly B`` and ``A (formerly B)``: B's id -> A's id.

    >>> import spacy
    >>> doc = spacy.blank("en")("HMN Technologies , formerly Huawei Marine Networks")
    >>> a = Mention(0, 2, "hmn", "Organization", "ner", "HMN Technologies")
    >>> b = Mention(4, 7, "hmn2", "Organization", "ner", "Huawei Marine Networks")
    >>> formerly_links(doc, [a, b])
    {'hmn2': 'hmn'}
    """
    by_start = {m.start: m for m in mentions if m.end > m.start}
    by_end = {m.end: m for m in mentions if m.end > m.start}
    links = {}
    for tok in (doc[i] for i in positions(doc, RENAME_WORDS)):
        if tok.lower_ not in RENAME_WORDS or tok.i < 2:
            continue
        gap = 2 if doc[tok.i - 1].text in {",", "("} else 1
        a, b = by_end.get(tok.i - gap + 1), by_start.get(tok.i + 1)
        if a is not None and b is not None and a.label == b.label and a.entity_id != b.entity_id:
            links[b.entity_id] = a.entity_id
    return links


def is_non_entity(text: str, names: set[str], last_words: set[str], org_words: set[str] = frozenset(),
                  first_words: set[str] = frozenset()) -> bool:
    """A product, model, programme, law, list or event: a listed name, a name ending in a word such as ``Act``
    or ``Initiative``, a name of several words beginning with one such as ``Operation`` or ``INS``, or a name
    ending in a model or version number.

    >>> is_non_entity("CHIPS and Science Act", set(), {"act"}), is_non_entity("Chang'e-7", set(), set())
    (True, True)
    >>> is_non_entity("APT31", set(), set()), is_non_entity("SeaMeWe-6 consortium", set(), set())
    (False, False)
    >>> is_non_entity("SoftBank Vision Fund 2", set(), set(), {"fund"})
    False
    >>> is_non_entity("Operation Sentinel", set(), set(), first_words={"operation"})
    True
    >>> is_non_entity("Lumen 2.5", set(), set())
    True
    """
    words = text.split()
    if not words:
        return True
    if len(words) > 1 and words[0].lower() in first_words:
        return True
    return normalize(text) in names or words[-1].lower().strip(".,") in last_words or \
        (len(words) > 1 or "-" in text) and bool(MODEL_TAIL.search(words[-1])) and \
        not any(w.lower() in org_words for w in words[:-1])


def prefix_links(mentions: Sequence[Mention], links: dict[str, str]) -> dict[str, str]:
    """A shorter name of an organisation found by the model -> the fuller one it begins (``PEACE Cable`` ->
    ``PEACE Cable International Network``) or shortens word by word (``HMN Tech`` -> ``HMN Technologies``).

    >>> a = Mention(0, 2, "hmn-tech", "Organization", "ner", "HMN Tech")
    >>> b = Mention(5, 7, "hmn-technologies", "Organization", "ner", "HMN Technologies")
    >>> prefix_links([a, b], {})
    {'hmn-tech': 'hmn-technologies'}
    >>> prefix_links([Mention(0, 1, "lattice", "Organization", "ner", "Lattice"),
    ...               Mention(3, 5, "lattice-semiconductor", "Organization", "ner", "Lattice Semiconductor")], {})
    {'lattice': 'lattice-semiconductor'}
    """
    orgs = {m.entity_id: m.text.split() for m in mentions
            if m.label == "Organization" and m.end > m.start and m.entity_id not in links}
    kinds = {m.entity_id: m.kind for m in mentions}
    out = {}
    for short_id, short in orgs.items():
        if len(short) < 2 and kinds[short_id] != "ner" or kinds[short_id] in ("name", "alias"):
            # "Huawei" the gazetteer knows is not "Huawei Marine Networks", nor is a known body of several words
            # the longer name of its own unit ("China Development Bank Capital, the arm of China Development Bank")
            continue
        for long_id, long in orgs.items():
            if long_id == short_id or long_id in out or len(long) < len(short) or long[0] != short[0]:
                continue
            if len(long) > len(short) and long[:len(short)] == short or len(long) == len(short) and all(
                    b.lower().startswith(a.lower().rstrip(".")) for a, b in zip(short, long)) and short != long:
                out[short_id] = long_id
                break
    return out
