"""Edges of names the statistical NER cut: a nickname in parentheses inside a person's name (``Moshe (Mickey)
Levin``) and a capitalised word of state before a body's name (``its Parliamentary Counsel Office``).

Both look only at the tokens next to the model's mentions.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.nlp.kb import slugify
from kg.nlp.mentions import Mention, org_id
from kg.nlp.repair import listed_fields_end

OF = frozenset({"of"})  # the fields of a body's name end before its "of <Country>"

#: words before a body's name after which a capitalised word belongs to the name (``its Parliamentary ...``)
DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "a", "an"})


def join_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``Moshe (Mickey) Levin``: a given name, one capitalised word in parentheses and a surname are one person,
    named without the nickname.

    >>> import spacy
    >>> doc = spacy.blank("en")("said Moshe ( Mickey ) Levin , a manager")
    >>> ms = [Mention(1, 2, "moshe", "Organization", "ner", "Moshe"),
    ...       Mention(3, 4, "mickey", "Person", "ner", "Mickey"), Mention(5, 6, "levin", "Person", "ner", "Levin")]
    >>> [(m.start, m.end, m.text, m.label) for m in join_nicknames(doc, ms)]
    [(1, 6, 'Moshe Levin', 'Person')]
    """
    at = {m.start: m for m in mentions}
    drop: set[int] = set()
    for m in mentions:
        i = m.end
        if m.kind != "ner" or m.end - m.start != 1 or id(m) in drop or i + 3 >= len(doc) or \
                doc[i].text != "(" or doc[i + 2].text != ")" or not doc[i + 1].is_title or not doc[i + 1].is_alpha:
            continue
        surname = at.get(i + 3)
        if not doc[i + 3].is_title or not doc[i + 3].is_alpha or doc[i + 3].pos_ not in ("PROPN", "") or \
                surname is not None and (surname.kind != "ner" or surname.end - surname.start != 1 or
                                         surname.label not in ("Person", "Organization")):
            continue
        nick = at.get(i + 1)
        drop |= {id(x) for x in (surname, nick) if x is not None}
        m.end, m.label = i + 4, "Person"
        m.text = f"{doc[m.start].text} {doc[i + 3].text}"
        m.entity_id = slugify(m.text)
    return [m for m in mentions if id(m) not in drop]


def extend_state_words(doc: Doc, mentions: list[Mention], is_place: Callable[[str], bool],
                       suffixes: set[str]) -> list[Mention]:
    """``its Parliamentary Counsel Office``: a capitalised proper noun the model left out between a determiner and
    a body's name begins the name (not a place or country: ``the Texas Counsel Office`` keeps its name).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["of", "its", "Parliamentary", "Counsel", "Office"],
    ...           pos=["ADP", "PRON", "PROPN", "PROPN", "PROPN"])
    >>> ms = extend_state_words(doc, [Mention(3, 5, "counsel-office", "Organization", "ner", "Counsel Office")],
    ...                         lambda s: False, set())
    >>> [(m.text, m.entity_id) for m in ms]
    [('Parliamentary Counsel Office', 'parliamentary-counsel-office')]
    """
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        k = m.start - 1
        if m.kind != "ner" or m.label != "Organization" or k < 1 or k in covered:
            continue
        tok = doc[k]
        if tok.pos_ != "PROPN" or not tok.is_title or not tok.is_alpha or tok.ent_type_ or \
                doc[k - 1].lower_ not in DETERMINERS or is_place(tok.text):
            continue
        m.start, m.text = k, doc[k:m.end].text
        m.entity_id = org_id(m.text, suffixes)
    return mentions


def described_references(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``the Wuxi institute`` after ``Wuxi Jiangnan Institute of Computing Technology``: a name the model found
    that ends in a lowercase noun refers back to the organisation whose fuller name has all its words.

    >>> import spacy
    >>> doc = spacy.blank("en")("Wuxi Jiangnan Institute of Computing said the Wuxi institute grew .")
    >>> ms = [Mention(0, 5, "wuxi-jiangnan", "Organization", "ner", "Wuxi Jiangnan Institute of Computing"),
    ...       Mention(7, 9, "wuxi-institute", "Organization", "ner", "Wuxi institute")]
    >>> [(m.entity_id, m.kind) for m in described_references(doc, ms)][1]
    ('wuxi-jiangnan', 'alias')
    """
    for m in mentions:
        if m.kind != "ner" or m.label != "Organization" or m.end - m.start < 2 or \
                not doc[m.end - 1].is_lower or not doc[m.end - 1].is_alpha or not doc[m.start].is_title:
            continue
        words = {t.lower_ for t in doc[m.start:m.end]}
        fuller = [o for o in mentions if o is not m and o.label == "Organization" and o.end - o.start > m.end - m.start
                  and words <= {w.lower() for w in o.text.split()}]
        if len({o.entity_id for o in fuller}) == 1:
            m.entity_id, m.kind = fuller[0].entity_id, "alias"
    return mentions


def bodies_of_countries(doc: Doc, mentions: list[Mention], heads: set[str],
                        is_country: Callable[[str], bool] = lambda text: False) -> list[Mention]:
    """``the Office of the President of Kenya``, ``the Ministry of Industry, Trade and Investment of Nigeria``: a
    body's name the model ended before ``of`` + a country (or before a list of its fields and then the country)
    goes on to the country, which stays named inside it (as in ``Ministry of X of Country``, the guidelines' form).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Office of the President of Kenya said")
    >>> ms = [Mention(1, 5, "office-of-the-president", "Organization", "ner", "Office of the President"),
    ...       Mention(6, 7, "kenya", "Country", "name", "Kenya")]
    >>> [(m.text, m.kind, m.start, m.end) for m in bodies_of_countries(doc, ms, {"office"})]
    [('Office of the President of Kenya', 'ner', 1, 7), ('Kenya', 'inside', 6, 6)]
    """
    at = {m.start: m for m in mentions if m.end > m.start}
    out = list(mentions)
    for m in mentions:
        if m.kind != "ner" or m.label != "Organization" or doc[m.start].lower_ not in heads or \
                not any(t.lower_ in ("of", "for") for t in doc[m.start:m.end]):
            continue
        k = listed_fields_end(doc, m.end, OF) if m.end < len(doc) and doc[m.end].text == "," else m.end
        if k + 1 >= len(doc) or doc[k].lower_ != "of":
            continue
        c = k + 1 + (doc[k + 1].lower_ == "the")
        country = at.get(c)
        crossed = [x for x in out if x is not m and x is not country and m.end <= x.start < k and x.end > x.start]
        if country is None and len(crossed) == 1 and crossed[0].end > c and is_country(doc[c:crossed[0].end].text):
            end = crossed[0].end  # the model's "Trade and Investment of Nigeria": the fields and the country
        elif country is not None and country.label == "Country" and country.kind in ("name", "alias"):
            end = country.end
        else:
            continue
        if any(x.kind != "ner" or x.end > end for x in crossed):
            continue
        m.end, m.text = end, doc[m.start:end].text
        m.entity_id = slugify(m.text)
        out = [x for x in out if x not in crossed and x is not country]
        if country is not None:
            out.append(Mention(country.start, country.start, country.entity_id, "Country", "inside", country.text,
                               within=m.entity_id))
    return sorted(out, key=lambda m: (m.start, m.end))


#: words that may stand between a name and ``known as``
KNOWN_AS_GAP = frozenset({",", "(", "also", "commonly", "widely", "better", "locally"})


def known_as(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``Germany's Federal Office for Information Security, known as BSI``: the name after ``known as`` is
    another name of the body before it, wherever the document uses it (``formerly known as`` is a former name,
    left to :mod:`kg.nlp.renames`).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Federal Office , known as BSI , warned . BSI said")
    >>> ms = [Mention(1, 3, "federal-office", "Organization", "ner", "Federal Office"),
    ...       Mention(6, 7, "bsi", "Organization", "ner", "BSI"), Mention(10, 11, "bsi", "Organization", "ner", "BSI")]
    >>> [(m.entity_id, m.kind) for m in known_as(doc, ms)]
    [('federal-office', 'ner'), ('federal-office', 'alias'), ('federal-office', 'alias')]
    """
    at = {m.start: m for m in mentions if m.end > m.start}
    renamed: dict[str, Mention] = {}
    for m in mentions:
        if m.end <= m.start or m.label not in ("Organization", "InternationalOrganization"):
            continue
        k = m.end
        while k < len(doc) and k < m.end + 3 and doc[k].lower_ in KNOWN_AS_GAP:
            k += 1
        if k + 2 >= len(doc) or doc[k].lower_ != "known" or doc[k + 1].lower_ != "as" or \
                doc[k - 1].lower_ in ("formerly", "previously"):
            continue
        other = at.get(k + 2 + (doc[k + 2].lower_ == "the"))
        if other is not None and other.kind == "ner" and other.label in ("Organization", "InternationalOrganization"):
            renamed.setdefault(other.entity_id, m)
    for m in mentions:
        long = renamed.get(m.entity_id)
        if long is not None and m.kind == "ner" and m is not long:
            m.entity_id, m.label, m.kind = long.entity_id, long.label, "alias"
    return mentions


def hyphenated_short_forms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``Korea Trade Insurance Corporation (K-Sure)``: a short form of several tokens written as one word in
    parentheses after a name is that body's, inside the parentheses and wherever the document writes it (the
    model may take ``Sure`` for a name of its own; one-token short forms are :func:`kg.nlp.repair.abbreviations`').

    >>> import spacy
    >>> doc = spacy.blank("en")("Korea Trade Insurance Corporation (K-Sure) will pay. K-Sure said")
    >>> ms = [Mention(0, 4, "k-tic", "Organization", "ner", "Korea Trade Insurance Corporation"),
    ...       Mention(7, 8, "sure", "Organization", "ner", "Sure"), Mention(12, 15, "k-sure", "Organization", "ner",
    ...       "K-Sure")]
    >>> [(m.entity_id, m.kind) for m in hyphenated_short_forms(doc, ms)]
    [('k-tic', 'ner'), ('k-tic', 'alias'), ('k-tic', 'alias')]
    """
    shorts: dict[str, Mention] = {}
    inside: dict[int, Mention] = {}
    for m in mentions:
        j = m.end
        if m.end <= m.start or m.label not in ("Organization", "InternationalOrganization") or \
                j + 3 >= len(doc) or doc[j].text != "(":
            continue
        close = next((k for k in range(j + 3, min(j + 7, len(doc))) if doc[k].text == ")"), None)
        if close is None or any(t.whitespace_ for t in doc[j + 1:close - 1]) or not doc[j + 1].text[:1].isupper() or \
                not any(t.text in ("-", "\u2010", "&") for t in doc[j + 1:close]):
            continue
        shorts.setdefault(doc[j + 1:close].text, m)
        inside.update({i: m for i in range(j + 1, close)})
    for m in mentions:
        long = shorts.get(m.text) or (inside.get(m.start) if m.end > m.start else None)
        if long is not None and m is not long and m.kind == "ner":
            m.entity_id, m.label, m.kind = long.entity_id, long.label, "alias"
            m.text = next((s for s, x in shorts.items() if x is long), m.text)  # "K-Sure", not "Sure"
    return mentions


def firms_named_by_technology(doc: Doc, mentions: list[Mention], suffixes: set[str]) -> list[Mention]:
    """``Harita Nickel``, ``Atlantic Lithium``: a name the model found (as a person or a place) whose last word is a
    capitalised technology of the gazetteer is a firm's name; the firm replaces the technology word (not at the
    start of a sentence, nor in a run of capitalised words such as a headline).

    >>> import spacy
    >>> from spacy.tokens import Doc, Span
    >>> doc = Doc(spacy.blank("en").vocab, words=["producer", "Harita", "Nickel", "signed"],
    ...           pos=["NOUN", "PROPN", "PROPN", "VERB"])
    >>> doc.ents = [Span(doc, 1, 3, label="PERSON")]
    >>> ms = firms_named_by_technology(doc, [Mention(2, 3, "nickel", "Technology", "name", "Nickel")], set())
    >>> [(m.text, m.label, m.entity_id) for m in ms]
    [('Harita Nickel', 'Organization', 'harita-nickel')]
    """
    techs = {m.end: m for m in mentions if m.label == "Technology" and m.kind != "inside" and m.end - m.start == 1
             and doc[m.start].is_title and m.start > 0 and not doc[m.start].is_sent_start}
    if not techs:
        return mentions
    at = {i: m for m in mentions if m.end > m.start for i in range(m.start, m.end)}
    found, drop = [], set()
    for ent in doc.ents:
        tech = techs.get(ent.end)
        start = ent.start + (doc[ent.start].lower_ == "the")
        if tech is None or ent.label_ not in ("PERSON", "LOC", "GPE", "FAC") or start >= tech.start or \
                (ent.end < len(doc) and doc[ent.end].is_title) or \
                not all(doc[i].is_title and doc[i].pos_ == "PROPN" for i in range(start, tech.start)):
            continue
        inside = {id(at[i]) for i in range(start, tech.start) if i in at}
        if any(at[i].kind != "ner" for i in range(start, tech.start) if i in at):
            continue  # a known name or a country word before the technology ("Chinese Lithium")
        text = doc[start:ent.end].text
        drop |= inside | {id(tech)}
        found.append(Mention(start, ent.end, org_id(text, suffixes), "Organization", "ner", text))
    if not found:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + found, key=lambda m: (m.start, m.end))


def _alphanumeric_start(tok: Token) -> bool:
    """A capitalised word with digits in it (``Prosperity7``, ``Hi3`` of ``Hi3G``), not a quarter (``Q3``)."""
    text = tok.text
    return text[:1].isupper() and text.isalnum() and any(c.isdigit() for c in text) and \
        sum(c.isalpha() for c in text) >= 2


def alphanumeric_starts(doc: Doc, mentions: list[Mention], suffixes: set[str]) -> list[Mention]:
    """``Prosperity7 Ventures``, ``Hi3G Access``: a capitalised word with digits right before a name the model found
    (which it leaves out, or splits: ``Hi3`` + ``G Access``) begins the name; where the model's name alone was no
    actor (``Ventures``, ``Holdings``), the two make an organisation's name.

    >>> import spacy
    >>> doc = spacy.blank("en")("Aramco arm Prosperity7 Ventures led the round in Q3 Zhipu")
    >>> ms = [Mention(3, 4, "ventures", "Person", "ner", "Ventures"), Mention(9, 10, "zhipu", "Organization", "ner",
    ...       "Zhipu")]
    >>> [(m.text, m.entity_id) for m in alphanumeric_starts(doc, ms, set())]
    [('Prosperity7 Ventures', 'prosperity7-ventures'), ('Zhipu', 'zhipu')]
    >>> from spacy.tokens import Span
    >>> doc.ents = [Span(doc, 3, 4, label="ORG")]
    >>> [(m.text, m.label) for m in alphanumeric_starts(doc, [], set())]
    [('Prosperity7 Ventures', 'Organization')]
    """
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        k = m.start - 1
        if m.kind != "ner" or m.label not in ("Organization", "Person") or k < 0 or k in covered or \
                not _alphanumeric_start(doc[k]):
            continue
        m.start, m.text = k, doc[k:m.end].text
        m.entity_id = org_id(m.text, suffixes) if m.label == "Organization" else slugify(m.text)
        covered.add(k)
    found = []
    for ent in doc.ents:
        k = ent.start - 1
        if ent.label_ in ("ORG", "PERSON") and k >= 0 and k not in covered and \
                not any(i in covered for i in range(ent.start, ent.end)) and _alphanumeric_start(doc[k]):
            text = doc[k:ent.end].text
            found.append(Mention(k, ent.end, org_id(text, suffixes), "Organization", "ner", text))
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions


#: small words inside a long form before its short form in parentheses ("Bank for International Settlements")
LONG_FORM_JOINERS = frozenset({"of", "and", "for", "the", "&", "on", "de"})


def defined_long_forms(doc: Doc, mentions: list[Mention], suffixes: set[str]) -> list[Mention]:
    """``Emirates Global Aluminium (EGA)``: capitalised words the model left out before a short form in
    parentheses whose letters are their initials name the organisation the short form stands for (the short form
    then becomes its alias); a country word among them (``Emirates``) is part of the name.

    >>> import spacy
    >>> doc = spacy.blank("en")("Emirates Global Aluminium ( EGA ) will build a smelter")
    >>> ms = [Mention(0, 1, "uae", "Country", "alias", "Emirates"), Mention(4, 5, "ega", "Organization", "ner", "EGA")]
    >>> [(m.text, m.label) for m in defined_long_forms(doc, ms, set())]
    [('Emirates Global Aluminium', 'Organization'), ('EGA', 'Organization')]
    """
    from kg.nlp.repair import abbreviation_matches

    at = {i: m for m in mentions if m.end > m.start for i in range(m.start, m.end)}
    found, drop = [], set()
    for m in mentions:
        short = m.text
        if m.label != "Organization" or m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "(" or \
                doc[m.end].text != ")" or not short.isupper() or not 2 <= len(short) <= 8 or \
                (m.start - 2) in at and at[m.start - 2].label != "Country":
            continue
        start = m.start - 1
        while start > 0 and m.start - 1 - start < 8 and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                                                          or doc[start - 1].lower_ in LONG_FORM_JOINERS):
            start -= 1
        while start < m.start - 1 and doc[start].lower_ in LONG_FORM_JOINERS:
            start += 1
        words = [t.text for t in doc[start:m.start - 1] if t.lower_ not in LONG_FORM_JOINERS]
        inside = {id(at[i]) for i in range(start, m.start - 1) if i in at}
        if len(words) < 2 or len(words) != len(short) or "".join(w[0] for w in words).upper() != short or \
                not abbreviation_matches(short, " ".join(words)) or \
                any(at[i].label not in ("Country", "Technology") for i in range(start, m.start - 1) if i in at):
            continue
        text = doc[start:m.start - 1].text
        drop |= inside
        found.append(Mention(start, m.start - 1, org_id(text, suffixes), "Organization", "ner", text))
    if not found:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + found, key=lambda m: (m.start, m.end))


def repair_edges(doc: Doc, mentions: list[Mention], is_place: Callable[[str], bool],
                 suffixes: set[str], heads: set[str] = frozenset()) -> list[Mention]:
    """:func:`join_nicknames`, :func:`extend_state_words`, :func:`firms_named_by_technology`,
    :func:`alphanumeric_starts`, :func:`defined_long_forms`,
    :func:`bodies_of_countries`, :func:`described_references`, then :func:`known_as` (the linker runs
    :func:`hyphenated_short_forms` after the other short forms)."""
    mentions = extend_state_words(doc, join_nicknames(doc, mentions), is_place, suffixes)
    mentions = alphanumeric_starts(doc, firms_named_by_technology(doc, mentions, suffixes), suffixes)
    mentions = defined_long_forms(doc, mentions, suffixes)
    return known_as(doc, described_references(doc, bodies_of_countries(doc, mentions, heads, is_place)))
