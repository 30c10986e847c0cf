"""Defined terms of filings and releases (r15wire3).

Exchange filings, deal releases and reports define short names for the parties in parentheses after their full
names: ``Shenzhen Futian Capital Co., Ltd. ("Futian Capital")``, ``Tencent Holdings Limited (the "Company")``. The
term names that party wherever the document uses it later, also when it is no prefix of the full name (the prefix
case is :func:`kg.nlp.r14wire.defined_short_names`). A term defined for a thing that is no named actor
(``a share purchase agreement (the "Purchase Agreement")``) names no actor where it is used.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from spacy.tokens import Doc

from kg.nlp.kb import slugify
from kg.nlp.mentions import Mention, overlaps
from kg.nlp.r14wire import LEGAL_FORMS
from kg.nlp.tokens import doc_text

#: the parentheses that define terms: ``(the "Company")``, ``("Acme" or the "Group")``, ``("Acme"; the "Buyer")``
_DEFINITION = re.compile(r"\s*,?\s*\((?:[^()\"“”]{0,40}?[;,]\s*)?((?:(?:or|and)?\s*(?:the\s+)?[\"“][A-Z][^\"”()]{0,40}"
                         r"[\"”]\s*)+)\)")
_OPENING = re.compile(r"\((?=[^()]{0,60}[\"“])")
_TERM = re.compile(r"[\"“]([A-Z][^\"”()]{0,40})[\"”]")
_ACTOR_LABELS = ("Organization", "InternationalOrganization")
_LEGAL = frozenset(form.lower() for form in LEGAL_FORMS)


def definitions(doc: Doc, mentions: list[Mention]) -> tuple[list[tuple[Mention, str, int]], list[tuple[str, int]]]:
    """The terms defined for the organisations of ``mentions`` (the mention, the term, the token after the
    definition) and the terms defined for anything else (the term, the token after its definition).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")('Orvell Mining Limited (the "Company") and a loan agreement (the "Loan") were named.')
    >>> m = Mention(0, 3, "orvell", "Organization", "ner", "Orvell Mining Limited")
    >>> found, things = definitions(doc, [m])
    >>> [(f[1], f[2]) for f in found], things
    ([('Company', 9)], [('Loan', 19)])
    """
    orgs = {m.end: m for m in mentions if m.label in _ACTOR_LABELS}
    found: list[tuple[Mention, str, int]] = []
    things: list[tuple[str, int]] = []
    # only the brackets with a quotation mark soon after them can define a term: found in the text, not token by token
    for opening in _OPENING.finditer(doc_text(doc)):
        span = doc.char_span(opening.start(), opening.start() + 1, alignment_mode="expand")
        if span is None or span[0].text != "(":
            continue
        tok = span[0]
        prev = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text != "," else tok.i - 2
        if prev < 0:
            continue
        match = _DEFINITION.match(doc_text(doc), doc[prev].idx + len(doc[prev].text))
        if match is None:
            continue
        after = next((t.i + 1 for t in doc[tok.i:] if t.idx >= match.end() - 1 and t.text == ")"), len(doc))
        terms = _TERM.findall(match.group(1))
        owner = orgs.get(prev + 1)
        for term in terms:
            if owner is not None:
                found.append((owner, term, after))
            elif not doc[prev].text[:1].isupper() or doc[prev].is_sent_start:
                things.append((term, after))
    return found, things


def _uses(doc: Doc, term: str, after: int) -> list[tuple[int, int]]:
    """Token ranges of ``term`` from token ``after`` on (and of its quoted definition just before it), where the
    words around it do not continue a longer capitalised name."""
    words = term.split()
    out = []
    for i in range(max(0, after - len(words) - 6), len(doc) - len(words) + 1):
        if [t.text for t in doc[i:i + len(words)]] != words:
            continue
        end = i + len(words)
        if i >= after and ((end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start) or
                           (i > 0 and doc[i - 1].text[:1].isupper() and not doc[i].is_sent_start
                            and doc[i - 1].lower_ != "the")):
            continue  # "Company Law", "Acme Company": a longer name
        out.append((i, end))
    return out


def defined_terms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the uses of each term defined for an organisation (``("Futian Capital")``, ``(the
    "Company")``) as mentions of that organisation, replacing other mentions of exactly those words, and without the
    model's organisations that are terms defined for something else (``the "Purchase Agreement"``).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")('Orvell Mining Limited (the "Company") said the Company will grow.')
    >>> m = Mention(0, 3, "orvell", "Organization", "ner", "Orvell Mining Limited")
    >>> [(x.text, x.entity_id) for x in defined_terms(doc, [m])]
    [('Orvell Mining Limited', 'orvell'), ('Company', 'orvell'), ('Company', 'orvell')]
    """
    found, things = definitions(doc, mentions)
    if not found and not things:
        return mentions
    out = list(mentions)
    for term, after in things:
        spans = set(_uses(doc, term, after))
        out = [m for m in out if not ((m.start, m.end) in spans and m.kind == "ner")]
    for owner, term, after in found:
        uses = _uses(doc, term, after)
        known = [m for m in out if (m.start, m.end) in uses and m.kind != "ner" and m.entity_id != owner.entity_id]
        if known:  # 'Communications S.A. ("Eutelsat")': the term is a name the gazetteer knows; the party is that one
            out = [Mention(m.start, m.end, known[0].entity_id, known[0].label, "alias", m.text) if m is owner else m
                   for m in out]
            continue
        for start, end in uses:
            clashing = [m for m in out if overlaps((m.start, m.end), (start, end))]
            if any(m.entity_id == owner.entity_id or m.start < start or m.end > end for m in clashing):
                continue  # already the owner's, or inside a longer name
            out = [m for m in out if m not in clashing]
            out.append(Mention(start, end, owner.entity_id, owner.label, "alias", term))
    return sorted(out, key=lambda m: (m.start, m.end))


def known_legal_names(mentions: list[Mention], lookup: Callable[[str], Any]) -> list[Mention]:
    """``mentions`` with each of the model's organisation names that ends in a legal form (``Orvell Mining
    Limited``, ``Kestrel Labs Co., Ltd.``) given to the known organisation its name without the form names.

    Examples
    --------
    >>> class E:
    ...     id, type = "orvell", "Organization"
    >>> m = Mention(0, 3, "orvell-mining-limited", "Organization", "ner", "Orvell Mining Limited")
    >>> [x.entity_id for x in known_legal_names([m], {"Orvell Mining": E()}.get)]
    ['orvell']
    >>> m = Mention(0, 3, "x", "Organization", "ner", "ORVELL MINING LIMITED")  # a heading in capitals
    >>> [x.entity_id for x in known_legal_names([m], {"Orvell Mining": E()}.get)]
    ['orvell']
    """
    for m in mentions:
        if m.kind != "ner" or m.label != "Organization":
            continue
        words = m.text.replace(",", " ").split()
        while len(words) > 1 and words[-1].lower() in _LEGAL:
            words.pop()
        if len(words) == len(m.text.replace(",", " ").split()):
            continue
        name = " ".join(words)
        entry = lookup(name) or (lookup(name.title()) if name.isupper() else None)  # a heading in capitals
        if entry is not None and entry.type == "Organization":
            m.entity_id, m.kind = entry.id, "alias"
    return mentions


#: the last words of a body's generic description that state media put before its name (``the State Corporation
#: Roscosmos``, ``the State Atomic Energy Corporation Rosatom``)
_KIND_HEADS = frozenset({"Corporation", "Company", "Agency", "Administration", "Concern", "Authority", "Holding"})


def described_known_names(doc: Doc, mentions: list[Mention], lookup: Callable[[str], Any]) -> list[Mention]:
    """``mentions`` where a body's generic description in capitals stands before a known organisation's name (``the
    State Corporation Roscosmos``) as one mention of that organisation.

    Examples
    --------
    >>> import spacy
    >>> class E:
    ...     id, type = "roscosmos", "Organization"
    >>> doc = spacy.blank("en")("The State Space Corporation Roscosmos said so.")
    >>> ms = [Mention(1, 4, "x", "Organization", "ner", "State Space Corporation"),
    ...       Mention(4, 5, "roscosmos", "Organization", "name", "Roscosmos")]
    >>> [(m.text, m.entity_id) for m in described_known_names(doc, ms, {"Roscosmos": E()}.get)]
    [('State Space Corporation Roscosmos', 'roscosmos')]
    >>> ms = [Mention(1, 5, "x", "Organization", "ner", "State Space Corporation Roscosmos")]
    >>> [(m.text, m.entity_id) for m in described_known_names(doc, ms, {"Roscosmos": E()}.get)]
    [('State Space Corporation Roscosmos', 'roscosmos')]
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "ner" and prev.end == m.start and m.label == "Organization" and
                m.kind != "ner" and doc[prev.end - 1].text in _KIND_HEADS and prev.text[:1].isupper()):
            out[-1] = Mention(prev.start, m.end, m.entity_id, m.label, "alias", doc[prev.start:m.end].text)
            continue
        if m.kind == "ner" and m.label == "Organization" and m.end - m.start >= 3:
            for cut in range(m.start + 2, m.end):
                entry = lookup(doc[cut:m.end].text) if doc[cut - 1].text in _KIND_HEADS else None
                if entry is not None and entry.type == "Organization":
                    m = Mention(m.start, m.end, entry.id, entry.type, "alias", m.text)
                    break
        out.append(m)
    return out


#: a legislature's titles of two words that the model reads into a name (``Ranking Member Ana Ruiz``)
_TWO_WORD_TITLES = (("Ranking", "Member"), ("Minority", "Leader"), ("Majority", "Leader"), ("Majority", "Whip"),
                    ("Minority", "Whip"))


def legislators_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the two-word titles of a legislature before a person's name (``Ranking Member Ana
    Ruiz``): the title's words are no part of the name and no organisation.

    >>> import spacy
    >>> doc = spacy.blank("en")("Ranking Member Ana Ruiz spoke.")
    >>> ms = [Mention(0, 1, "ranking", "Organization", "ner", "Ranking"),
    ...       Mention(1, 4, "member-ana-ruiz", "Person", "ner", "Member Ana Ruiz")]
    >>> [(m.text, m.entity_id) for m in legislators_titles(doc, ms)]
    [('Ana Ruiz', 'ana-ruiz')]
    """
    out: list[Mention] = []
    for m in mentions:
        if m.label == "Person" and m.kind == "ner":
            for first, second in _TWO_WORD_TITLES:
                name = m.start + 1 if doc[m.start].text == second and m.start > 0 and \
                    doc[m.start - 1].text == first else m.start + 2 if m.end - m.start > 3 and \
                    doc[m.start].text == first and doc[m.start + 1].text == second else None
                if name is not None and m.end - name >= 1:
                    out = [o for o in out if not (o.end == m.start and o.text == first)]  # "Ranking" as an ORG
                    text = doc[name:m.end].text
                    m = Mention(name, m.end, slugify(text), "Person", "ner", text)
                    break
        out.append(m)
    return out


#: a given name of two syllables joined by a hyphen, as Korean and Taiwanese names write it (``Jae-il``, ``Pei-hsuan``)
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_MAX_SURNAME = 5


def hyphenated_given_names(doc: Doc, mentions: list[Mention], titles: Collection[str]) -> list[Mention]:
    """``mentions`` with a person named only by a hyphenated given name (``Jae-il``) given the short capitalised
    surname before it that the model left out because it is also a word (``Son Jae-il``, ``Su Tzu-yun``).

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme CEO Son Jae-il spoke.")
    >>> ms = [Mention(3, 6, "jae-il", "Person", "ner", "Jae-il")]
    >>> [(m.text, m.entity_id) for m in hyphenated_given_names(doc, ms, {"ceo"})]
    [('Son Jae-il', 'son-jae-il')]
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for n, m in enumerate(mentions):
        prev = doc[m.start - 1] if m.start > 0 else None
        if m.label != "Person" or not _HYPHENATED_GIVEN.match(m.text) or prev is None or prev.i in taken or \
                not (prev.is_title and prev.is_alpha and len(prev) <= _MAX_SURNAME) or prev.lower_ in titles or \
                (prev.is_sent_start and prev.pos_ != "PROPN"):  # "Then Jae-il said": a sentence's first word
            continue
        text = doc[prev.i:m.end].text
        mentions[n] = Mention(prev.i, m.end, slugify(text), "Person", m.kind, text)
    return mentions


#: how many words a title may run before the ``of`` that names its body or country
_TITLE_REACH = 8
_MAX_NAME = 4


def titled_names(doc: Doc, mentions: list[Mention], titles: Collection[str]) -> list[Mention]:
    """``mentions`` with the person whose name follows a title of a named body or country that the model missed
    (``Minister of Water and Forests of Mali Ousmane Traore Diallo signed``): two to four capitalised proper nouns
    right after the body's or country's name, when a title word stands before its ``of``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Minister of Water of Mali Ousmane Traore Diallo signed it.")
    >>> for t in doc[5:8]:
    ...     t.pos_ = "PROPN"
    >>> ms = [Mention(4, 5, "mali", "Country", "name", "Mali")]
    >>> [(m.text, m.label) for m in titled_names(doc, ms, {"minister"})]
    [('Mali', 'Country'), ('Ousmane Traore Diallo', 'Person')]
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for m in mentions:
        if m.label not in ("Country", "Organization") or m.start < 2:
            continue
        of = m.start - 2 if doc[m.start - 1].lower_ == "the" else m.start - 1
        if of < 1 or doc[of].lower_ != "of" or not any(
                t.lower_ in titles for t in doc[max(0, of - _TITLE_REACH):of]):
            continue
        end = m.end
        while end < len(doc) and end - m.end < _MAX_NAME + 1 and end not in taken and doc[end].is_title and \
                doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].lower_ not in titles:
            end += 1
        if 2 <= end - m.end <= _MAX_NAME and end < len(doc) and not doc[end].is_title:
            text = doc[m.end:end].text
            found.append(Mention(m.end, end, slugify(text), "Person", "ner", text))
    return sorted(mentions + found, key=lambda x: (x.start, x.end)) if found else mentions


#: the last words of a protected area's name: a place, no actor (``Hell's Gate National Park``)
_AREA_ENDS = (("National", "Park"), ("Nature", "Reserve"), ("Game", "Reserve"), ("Wildlife", "Sanctuary"),
              ("Marine", "Park"), ("National", "Forest"))


def protected_areas(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the model's names of protected areas (``Devil's Peak National Park``), nor the
    possessor word the model split off such a name (``Devil`` of ``Devil's Peak``): places, not actors.

    >>> import spacy
    >>> doc = spacy.blank("en")("Rangers at Devil's Peak National Park counted elephants.")
    >>> ms = [Mention(2, 3, "devil", "Person", "ner", "Devil"),
    ...       Mention(4, 7, "peak-national-park", "Organization", "ner", "Peak National Park")]
    >>> protected_areas(doc, ms)
    []
    >>> protected_areas(doc, ms[:1])
    []
    """
    drop: set[int] = set()
    for n, m in enumerate(mentions):
        if m.kind != "ner":
            continue
        if m.end - m.start >= 3 and tuple(t.text for t in doc[m.end - 2:m.end]) in _AREA_ENDS:
            drop.add(n)
        elif m.end < len(doc) and doc[m.end].lower_ in ("'s", "\u2019s"):
            k = m.end + 1
            while k < len(doc) and k - m.end <= _MAX_NAME and doc[k].is_title:
                k += 1
            if k - m.end >= 3 and tuple(t.text for t in doc[k - 2:k]) in _AREA_ENDS:
                drop.add(n)  # "Devil" of "Devil's Peak National Park"
    return [m for n, m in enumerate(mentions) if n not in drop] if drop else mentions
