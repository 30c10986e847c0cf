"""More roles only a firm takes, for a name the gazetteer does not know and the model took for a place or left out
(branch r16firms; :func:`kg.nlp.r15ents.firm_role` asks :func:`firm_owner_role` after its own roles), and firms
named by a brand and a country (``Mobilink Pakistan``):

- the owner of a firm's people or organs: ``Halvex's chief executive``, ``the board of Fendaro``, ``the founders of
  Plimbo``, ``Brontik's employees``;
- what a firm invests in, for a name the model left untagged: ``Lightspeed, which invested in Snap early on``;
- the subject of a verb of reporting results with a result as its object: ``Orvik posted a net profit``,
  ``Quorvo reported quarterly revenue of $2 billion``.

A name the text also uses for a person, or any city, region or country name, stays out (``r15ents`` checks that).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span, Token

from kg.nlp.mentions import Mention, org_id
from kg.nlp.name_parts import GAZETTEER_KEY

#: nouns of a firm's people and organs whose owner (``X's board``) or ``of`` (``the board of X``) is a firm
FIRM_ORGAN_NOUNS = frozenset("board founders co-founders cofounders employees workforce headquarters".split())
#: nouns of a firm's officer, whose ``chief`` before them makes the owner a firm (``X's chief executive``)
CHIEF_NOUNS = frozenset("executive executives officer".split())
#: verbs of reporting results (``X posted a net profit``)
RESULT_VERBS = frozenset("post report book record swing".split())
#: results a firm reports: the object of a verb of :data:`RESULT_VERBS`
RESULT_NOUNS = frozenset("profit profits loss losses revenue revenues sales earnings turnover income "
                         "ebitda".split())

#: endings of demonyms and of the names of faiths and parties (``Turkish``, ``Indian``, ``Chinese``, ``Israeli``,
#: ``Dutch``, ``Swiss``, ``Republicans``): a name the model calls a nationality that ends in none of them may be a firm
DEMONYM_ENDINGS = ("ish", "ian", "an", "ese", "ic", "i", "ch", "ss", "s", "ean", "ite", "ist", "er", "ik", "iot")


def not_demonym(span: Span) -> bool:
    """Whether a name the model calls a nationality or group is one capitalised word that does not end like a
    demonym (:data:`DEMONYM_ENDINGS`): ``Meesho`` may be a firm, ``Turkish`` and ``Sunnis`` are not.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> not_demonym(nlp("Meesho")[:]), not_demonym(nlp("Turkish")[:]), not_demonym(nlp("Thai")[:])
    (True, False, False)
    """
    return len(span) == 1 and span[0].is_title and not span[0].lower_.endswith(DEMONYM_ENDINGS)


def _organ(noun: Token) -> bool:
    """Whether ``noun`` is a firm's organ (``board``) or its chief officer (``chief executive``).

    >>> import spacy
    >>> doc = spacy.blank("en")("chief executive")
    >>> _organ(doc[1]), _organ(doc[0])
    (True, False)
    """
    if noun.lower_ in FIRM_ORGAN_NOUNS:
        return True
    return noun.lower_ in CHIEF_NOUNS and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "chief"


def firm_owner_role(root: Token) -> bool:
    """Whether the sentence gives the name headed by ``root`` a role of a firm owning its organs or reporting its
    results (see the module).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Orvik", "posted", "a", "profit"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], lemmas=["Orvik", "post", "a", "profit"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN"])
    >>> firm_owner_role(doc[0])
    True
    """
    head, dep = root.head, root.dep_
    if dep == "poss" and _organ(head):
        return True
    if dep == "pobj" and head.lower_ == "of" and head.dep_ == "prep" and _organ(head.head):
        return True
    if dep == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and head.head.lemma_.lower() == "invest" \
            and not root.ent_type_:
        return True  # "Lightspeed, which invested in Snap": a name the model left untagged (a place it tags GPE)
    return dep == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in RESULT_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in RESULT_NOUNS for c in head.children)


def brand_countries(doc: Doc, mentions: list[Mention], is_known: Callable[[str], bool],
                    rejected: Callable[[str], bool], people: Collection[str], suffixes: set[str],
                    role: Callable[[Token], bool]) -> list[Mention]:
    """``mentions`` with a firm named by an unknown brand and a country (``Mobilink Pakistan``) in place of the
    country, where the pair has a firm's role (``role`` of the country's word, which heads the pair): one
    capitalised proper noun no mention covers, no place, no person's word, right before a country's name.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Mobilink", "Pakistan", "raised", "$", "5", "m"],
    ...           heads=[1, 2, 2, 5, 5, 2], deps=["compound", "nsubj", "ROOT", "nmod", "nummod", "dobj"],
    ...           pos=["PROPN", "PROPN", "VERB", "SYM", "NUM", "NOUN"])
    >>> ms = [Mention(1, 2, "pakistan", "Country", "name", "Pakistan")]
    >>> [(m.text, m.label) for m in brand_countries(doc, ms, lambda t: False, lambda t: False, set(), set(),
    ...                                           lambda t: t.dep_ == "nsubj")]
    [('Mobilink Pakistan', 'Organization')]
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    changed = False
    for m in mentions:
        if m.label != "Country" or m.kind == "ner" or m.end - m.start != 1 or m.start == 0:
            continue
        brand, country = doc[m.start - 1], doc[m.start]
        if brand.i in taken or brand.pos_ != "PROPN" or not brand.text[:1].isupper() or brand.is_stop or \
                brand.ent_type_ not in ("", "GPE", "ORG", "NORP") or not any(ch.isalpha() for ch in brand.text) or \
                brand.head.i != country.i or brand.dep_ != "compound" or brand.text in people or \
                is_known(brand.text) or rejected(brand.text) or (brand.i > 0 and doc[brand.i - 1].text[:1].isupper()
                                                                 and doc[brand.i - 1].is_alpha):
            continue
        if not role(country):
            continue
        text = doc[brand.i:m.end].text
        changed = True
        out = [o for o in out if o is not m] + [Mention(brand.i, m.end, org_id(text, suffixes), "Organization",
                                                        "ner", text)]
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else mentions



def all_people_listed(first: Token) -> bool:
    """Whether every name of the list that begins at ``first`` (``first`` and its conjuncts) is one the model calls
    a person, of two or three capitalised words, no gazetteer name among them: ``investors including John Smith and
    Mary Jones`` lists people, ``investors including Peter Thiel and Founders Fund`` a firm with them.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["John", "Smith", "and", "Mary", "Jones"], heads=[1, 1, 1, 4, 1],
    ...           deps=["compound", "ROOT", "cc", "compound", "conj"], ents=["B-PERSON", "I-PERSON", "O", "B-PERSON",
    ...           "I-PERSON"])
    >>> all_people_listed(doc[1])
    True
    """
    doc = first.doc
    known = {i for s in (doc.spans[GAZETTEER_KEY] if GAZETTEER_KEY in doc.spans else ()) for i in range(s.start,
                                                                                                          s.end)}
    heads = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i > first.i]
    for head in heads:
        ents = [e for e in doc.ents if e.start <= head.i < e.end]
        if not ents or ents[0].label_ != "PERSON" or not 2 <= len(ents[0]) <= 3 or \
                not all(t.is_title and t.is_alpha for t in ents[0]) or any(t.i in known for t in ents[0]):
            return False
    return True
