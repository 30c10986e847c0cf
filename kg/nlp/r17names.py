"""Organisations the statistical NER misses or cuts in a firm's argument positions (branch r17names).

- :func:`argument_orgs`: an unknown capitalised name (no place, no gazetteer name, no person's word of the
  document) that is the buyer of a sale (``sold a plant to Marfrig``) or its seller (``leased jets from Aercap``), the builder or owner of a thing
  (``a factory built by Linglong``), the firm a share of which is bought (``bought half of Cepsa``) or what money
  is put in (``invested in Ausgrid``), is an organisation;
- :func:`country_firms`: a country's word followed by capitalised words that end in a business head of
  ``r17names_country_firm_heads`` (``Saudi Telecom``, ``Zambia Steel``) is one firm, not the country.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span, Token

from kg.nlp.mentions import Mention, org_id
from kg.nlp.r15ents import plain_name, candidate_spans, with_other_uses
from kg.nlp.r16firms import not_demonym

#: verbs whose "to" object receives what is sold or awarded (``sold a plant to X``, ``awarded a contract to X``)
TO_VERBS = frozenset("sell award lease license licence transfer divest".split())
#: passive verbs whose agent makes, buys or runs things (``a factory built by X``, ``acquired by X``)
AGENT_VERBS = frozenset("build acquire buy purchase operate develop manufacture produce own".split())
#: share nouns whose "of" object is a firm when the noun is bought or sold (``bought half of X``)
SHARE_NOUNS = frozenset("half majority minority control third quarter".split())
#: verbs of buying and selling such a share
SHARE_VERBS = frozenset("buy acquire purchase sell divest own hold take".split())
#: verbs whose "from" object sold or let what is bought (``leased four jets from X``, ``bought a tower from X``)
FROM_VERBS = frozenset("buy purchase lease order acquire rent".split())
#: verbs whose "in" object is a firm when money is put in it (``invested in X``)
IN_VERBS = frozenset("invest".split())
#: "with" after these nouns takes a firm (``a partnership with X``) also for a name the model called a group
WITH_NOUNS = frozenset("agreement deal partnership contract venture merger alliance".split())


def argument_role(root: Token) -> bool:
    """Whether ``root`` heads a firm's argument of a business verb (see the module).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "sold", "it", "to", "Marfrig"], heads=[1, 1, 1, 1, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "dative", "pobj"], lemmas=["X", "sell", "it", "to", "Marfrig"],
    ...           pos=["PROPN", "VERB", "PRON", "ADP", "PROPN"])
    >>> argument_role(doc[4])
    True
    """
    if root.dep_ != "pobj":
        return False
    prep, gov = root.head, root.head.head
    word, lemma = prep.lower_, gov.lemma_.lower()
    if word == "to" and prep.dep_ in ("dative", "prep") and gov.pos_ == "VERB" and lemma in TO_VERBS:
        return True
    if word == "by" and prep.dep_ == "agent" and lemma in AGENT_VERBS:
        return True
    if word == "of" and gov.lower_ in SHARE_NOUNS and gov.dep_ == "dobj" and gov.head.lemma_.lower() in SHARE_VERBS:
        return True
    if word == "from" and prep.dep_ == "prep" and gov.pos_ == "VERB" and lemma in FROM_VERBS:
        return True
    if word == "in" and gov.pos_ == "VERB" and lemma in IN_VERBS:
        return True
    return word == "with" and gov.lower_ in WITH_NOUNS


def argument_orgs(doc: Doc, mentions: list[Mention], is_known: Callable[[str], bool],
                  rejected: Callable[[str], bool], people: Collection[str], suffixes: set[str]) -> list[Mention]:
    """``mentions`` and the unknown one-to-four-word names in a firm's argument position (:func:`argument_role`),
    with their other uses in the document, sorted. ``is_known``, ``rejected``, ``people`` as for
    :func:`kg.nlp.r15ents.context_orgs`.

    >>> # "Mubadala bought half of Cepsa": Cepsa -> Organization
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    cands = [s for s in candidate_spans(doc, taken) if s.label_ in ("", "GPE", "NORP") or (  # no LOC: "to Europe"
        len(s) == 1 and s.label_ in ("PRODUCT", "WORK_OF_ART"))]
    found: dict[str, Mention] = {}
    for span in cands:
        text = span.text
        if not plain_name(span) or is_known(text) or rejected(text) or any(t.text in people for t in span):
            continue
        if span.start > 1 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_:
            continue  # "VSMPO-Avisma": the second half of a hyphenated name (:func:`hyphen_names`)
        if span.label_ == "NORP" and not not_demonym(span):
            continue  # "Turkish", "Saudi"
        if argument_role(span.root):
            found.setdefault(text, Mention(span.start, span.end, org_id(text, suffixes), "Organization", "ner", text))
    return with_other_uses(mentions, cands, found)


def country_firms(doc: Doc, mentions: list[Mention], heads: Collection[str], suffixes: set[str]) -> list[Mention]:
    """``mentions`` with a country's mention followed by capitalised proper-noun words ending in a word of
    ``heads`` made one organisation (``Saudi Telecom``), unless more capitalised words follow (``Saudi Oil
    Ministry``) or another mention lies in the words.

    >>> # "sold a stake to Saudi Telecom": Saudi Telecom -> Organization, not Saudi Arabia
    """
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    drop: set[int] = set()
    for m in mentions:
        if m.label != "Country" or m.end >= len(doc) or not doc[m.start].text[:1].isupper():
            continue
        end = m.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end not in starts:
            end += 1
        if end == m.end or doc[end - 1].lower_ not in heads or doc[m.end - 1].head.i != end - 1:
            continue
        if any(x.start < end and x.end > m.end for x in mentions if x is not m):
            continue
        text = doc[m.start:end].text
        out.append(Mention(m.start, end, org_id(text, suffixes), "Organization", "ner", text))
        drop.add(id(m))
    if not out:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + out, key=lambda m: (m.start, m.end))


def hyphen_names(doc: Doc, mentions: list[Mention], suffixes: set[str]) -> list[Mention]:
    """``mentions`` with an organisation the NER found (kind ``ner``) carried over a hyphen written without spaces
    and the capitalised proper noun of three letters or more after it that no mention covers (``VSMPO-Avisma``);
    a known name after the hyphen stays apart (``Renault-Nissan``), a model's number or letter too (``QPS-SAR-9``,
    ``Semizbay-U``).

    >>> # "Boeing buys titanium from VSMPO-Avisma": VSMPO -> VSMPO-Avisma
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        e = m.end
        if (m.label == "Organization" and m.kind == "ner" and e + 1 < len(doc) and doc[e].text == "-" and
                not doc[e - 1].whitespace_ and not doc[e].whitespace_ and doc[e + 1].pos_ == "PROPN" and
                doc[e + 1].text[:1].isupper() and doc[e + 1].text.isalpha() and len(doc[e + 1]) > 2 and e + 1 not in taken and
                (e + 2 >= len(doc) or doc[e + 2].text != "-")):
            text = doc[m.start:e + 2].text
            m = Mention(m.start, e + 2, org_id(text, suffixes), m.label, m.kind, text)
        out.append(m)
    return out


#: prepositions of a verb's argument that no organisation's name holds (``sold its stake in X to Y``)
VERB_PREPS = frozenset("to from by".split())


def split_at_verb_preps(doc: Doc) -> list[Span]:
    """The NER's entities, with an organisation that runs over a verb's ``to``, ``from`` or ``by`` (the word's
    head a verb outside the name) cut in two organisations on either side of it (``Cerrejon to Anglo American``
    -> ``Cerrejon``, ``Anglo American``), each kept only if it begins with a capital.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["sold", "Alba", "to", "Brim", "Co"], heads=[0, 0, 0, 2, 3],
    ...           deps=["ROOT", "dobj", "dative", "pobj", "compound"], pos=["VERB", "PROPN", "ADP", "PROPN", "PROPN"],
    ...           ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"])
    >>> [e.text for e in split_at_verb_preps(doc)]
    ['Alba', 'Brim Co']
    """
    out: list[Span] = []
    for ent in doc.ents:
        cut = None
        if ent.label_ == "ORG":
            cut = next((t.i for t in ent[1:-1] if t.lower_ in VERB_PREPS and t.dep_ in ("dative", "prep", "agent")
                        and t.head.pos_ == "VERB" and not ent.start <= t.head.i < ent.end), None)
        if cut is None:
            out.append(ent)
            continue
        for a, b in ((ent.start, cut), (cut + 1, ent.end)):
            if doc[a].text[:1].isupper():
                out.append(Span(doc, a, b, label="ORG"))
    return out
