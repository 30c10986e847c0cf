"""Unknown organisations told by the words around them: a name the gazetteer does not know, which the model took
for a place it is not (``Trendyol``, ``Moderna`` tagged GPE) or left untagged, becomes an organisation where the
sentence gives it a role only firms and bodies take:

- the subject of a verb of corporate action (``Moderna is based in Cambridge``, ``Trendyol acquired ...``,
  ``Kaspi raised $100 million``);
- the object of a verb of buying (``Migros acquired Hepsiburada``);
- the object of a preposition after a noun of deals or ownership (``a stake in Trendyol``, ``an agreement with
  Kaspi``, ``shares of Hepsiburada``, ``a unit of Naspers``);
- the owner of a noun of firms (``Trendyol's shareholders``, ``Kaspi's chief executive``).

A name the text also uses for a person, or any city, region or country name, stays out. Once one use in the
document makes a name a firm's, its other uses in the document are that firm too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.attrs import ENT_IOB, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kg.nlp.kb import KnowledgeBase, slugify
from kg.nlp.mentions import Mention, ner_mention, org_id, overlaps
from kg.nlp.name_parts import GAZETTEER_KEY
from kg.nlp.r16firms import firm_owner_role, not_demonym
from kg.nlp.r16invest import firm_deal_role
from kg.nlp.tokens import positions

#: NER labels of names that may be a firm the model mistook (a place, a nationality, a product); "" = untagged
MISTAKEN_LABELS = frozenset({"GPE", "LOC", "PRODUCT", "NORP", "WORK_OF_ART", ""})
#: verbs whose subject, in the active voice, is a firm or body (``X acquired``, ``X raised $5m``)
SUBJECT_VERBS = frozenset(
    "acquire buy purchase merge invest raise sell divest manufacture produce employ hire "
    "headquarter list ship export".split())
#: more verbs of a firm's subject, for a name the model took for a place it is not (``Trendyol opened a plant``)
PLACE_TAG_SUBJECT_VERBS = frozenset("sign announce launch develop open partner supply win operate build "
                                    "unveil release deliver".split())
#: nouns whose "with" takes a firm, for a name the model took for a place it is not (``an agreement with X``)
PLACE_TAG_WITH_NOUNS = frozenset("agreement deal partnership contract venture merger alliance".split())
#: verbs whose "with" takes a firm, for such a name (``merged with X``)
WITH_VERBS = frozenset("merge partner team".split())
#: verbs whose subject, in the passive voice, is a firm (``X is based in``, ``X was founded in 2015``)
PASSIVE_VERBS = frozenset("base headquarter found incorporate list acquire buy purchase own spin".split())
#: verbs whose direct object is a firm (``acquired Hepsiburada``)
OBJECT_VERBS = frozenset("acquire buy purchase".split())
#: nouns of people who work somewhere: their "at" takes a firm or body (``analysts at X``)
STAFF_NOUNS = frozenset("analyst analysts economist economists researcher researchers engineer engineers "
                        "strategist strategists".split())
#: preposition -> nouns after which its object is a firm (``a stake in X``, ``an agreement with X``)
NOUN_PREPS = {
    "in": frozenset("stake stakes shares share holding holdings".split()),
    "of": frozenset("shares share stake acquisition takeover subsidiary unit division shareholder shareholders "
                    "founder co-founder cofounder owner ceo chairman investors stock".split()),
    "with": frozenset("merger".split()),
    "at": STAFF_NOUNS,
}
#: last words that make a capitalised name of two words or more a firm's by themselves (``Dell'Oro Group``,
#: ``Marlin Labs``)
FIRM_LAST_WORDS = frozenset("group holdings holding labs lab technologies industries corporation corp corp. inc "
                            "inc. ltd ltd. limited plc llc gmbh ag co. ventures partners therapeutics "
                            "pharmaceuticals airlines motors electronics microelectronics robotics".split())
#: first words of committees and teams, not firms (``Working Group``, ``Contact Group``)
TEAM_FIRST_WORDS = frozenset("working contact expert study advisory steering task focus friends minsk "
                             "visegrad".split())
#: nouns a firm's possessive takes (``Trendyol's shareholders``)
OWNED_NOUNS = frozenset("shares stock shareholders ceo subsidiary subsidiaries revenue revenues profit profits "
                        "earnings startup ipo valuation".split())


def candidate_spans(doc: Doc, taken: Collection[int]) -> list[Span]:
    """Capitalised names that no mention covers: NER spans with a label in :data:`MISTAKEN_LABELS`, and runs of
    untagged proper nouns.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Trendyol", "opened", "a", "shop"], pos=["PROPN", "VERB", "DET",
    ...           "NOUN"], ents=["O", "O", "O", "O"])
    >>> [s.text for s in candidate_spans(doc, set())]
    ['Trendyol']
    """
    out = []
    for ent in doc.ents:
        if ent.label_ in MISTAKEN_LABELS and not any(i in taken for i in range(ent.start, ent.end)):
            out.append(ent)
    # the untagged proper nouns read from the document's arrays (a Token only for them): POS is PROPN and the
    # entity IOB code is 2, "O"
    untagged = [pos == PROPN and iob == 2 for pos, iob in doc.to_array([POS, ENT_IOB]).tolist()] if len(doc) else []
    i = 0
    while i < len(doc):
        if untagged[i] and i not in taken and doc[i].text[:1].isupper():
            j = i
            while j + 1 < len(doc) and untagged[j + 1] and j + 1 not in taken and doc[j + 1].text[:1].isupper():
                j += 1
            out.append(Span(doc, i, j + 1, label=""))
            i = j + 1
        else:
            i += 1
    return out


def firm_named(span: Span) -> bool:
    """Whether a capitalised name of two words or more ends in a word of firms' names (:data:`FIRM_LAST_WORDS`)
    and begins with none of a committee's (``Working Group``).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> firm_named(nlp("Dell'Oro Group")[:]), firm_named(nlp("Working Group")[:]), firm_named(nlp("Group")[:])
    (True, False, False)
    """
    return len(span) > 1 and span[-1].lower_ in FIRM_LAST_WORDS and span[0].lower_ not in TEAM_FIRST_WORDS


def firm_role(root: Token, broad: bool = False) -> bool:
    """Whether the sentence gives the name headed by ``root`` a role only an organisation takes (see the module).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Migros", "acquired", "Hepsiburada"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"], lemmas=["Migros", "acquire", "Hepsiburada"],
    ...           pos=["PROPN", "VERB", "PROPN"])
    >>> firm_role(doc[0]), firm_role(doc[2])
    (True, True)

    ``broad`` adds :data:`PLACE_TAG_SUBJECT_VERBS` and :data:`PLACE_TAG_WITH_NOUNS`.
    """
    head, dep = root.head, root.dep_
    verbs = SUBJECT_VERBS | PLACE_TAG_SUBJECT_VERBS if broad else SUBJECT_VERBS
    if dep == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs:
        return True
    if dep == "nsubjpass" and head.lemma_.lower() in PASSIVE_VERBS:
        return True
    if dep == "dobj" and head.lemma_.lower() in OBJECT_VERBS:
        return True
    if broad and dep == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" and (
            head.head.lemma_.lower() in WITH_VERBS or
            any(c.dep_ == "dobj" and c.lower_ in PLACE_TAG_WITH_NOUNS for c in head.head.children)):
        return True  # "signed a deal with Sinoma", "merged with Talvento"
    if dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
        nouns = NOUN_PREPS.get(head.lower_)
        if broad and head.lower_ == "with":
            nouns = PLACE_TAG_WITH_NOUNS | (nouns or frozenset())
        if nouns is not None and head.head.lower_ in nouns:
            return True  # other nouns go on to the roles below ("the board of X", "a supplier of X")
    if dep == "poss" and head.lower_ in OWNED_NOUNS:
        return True
    # "poured $1bn into Zepto", "its rival, easyJet" (kg.nlp.r16invest); "X's chief executive", "X posted a net
    # profit" (kg.nlp.r16firms)
    return firm_deal_role(root) or firm_owner_role(root)


def plain_name(span: Span) -> bool:
    """A name of one to four capitalised words with letters, no digits only, no sentence-initial common word.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> plain_name(nlp("Trendyol")[:]), plain_name(nlp("the")[:])
    (True, False)
    """
    if not 1 <= len(span) <= 4 or not all(t.text[:1].isupper() or t.text in ("&", "-", ".") for t in span):
        return False
    return any(ch.isalpha() for ch in span.text) and all(not t.is_stop for t in span)


def context_orgs(doc: Doc, mentions: list[Mention], is_known: Callable[[str], bool],
                 rejected: Callable[[str], bool], people: Collection[str], suffixes: set[str]) -> list[Mention]:
    """``mentions`` and the organisations the words around an unknown name tell (see the module), sorted.

    ``is_known`` says whether a text is a place or country (or any gazetteer name), ``rejected`` whether it is
    no entity (kg's ``not_entities``), ``people`` holds words the document uses in people's names.
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: dict[str, Mention] = {}
    cands = candidate_spans(doc, taken)
    for span in cands:
        text = span.text
        if not plain_name(span) or is_known(text) or rejected(text) or any(t.text in people for t in span):
            continue
        if span.label_ == "NORP" and not (firm_role(span.root) and not_demonym(span)):
            continue  # "Turkish": a demonym needs more than a role; "Meesho's chief executive" (kg.nlp.r16firms)
        if (span.label_ in ("PRODUCT", "WORK_OF_ART") and len(span) > 1 and
                                     not firm_named(span)):
            continue  # "Turkish", "Galaxy Book": demonyms and products need more than a role
        if firm_role(span.root, broad=span.label_ in ("GPE", "LOC", "")) or firm_named(span):
            longer = {m.entity_id for m in mentions if m.label == "Organization" and m.text != text and
                      f" {text} " in f" {m.text} "}  # "Great Wall" of "China Great Wall Industry Corporation"
            found.setdefault(text, Mention(span.start, span.end, longer.pop(), "Organization", "alias", text)
                             if len(longer) == 1 else
                             Mention(span.start, span.end, org_id(text, suffixes), "Organization", "ner", text))
    return with_other_uses(mentions, cands, found)


def with_other_uses(mentions: list[Mention], cands: Iterable[Span], found: dict[str, Mention]) -> list[Mention]:
    """``mentions`` with the firms ``found`` (by their text) and every other use of their text among the
    candidate spans ``cands`` that overlaps no mention, in document order.

    >>> import spacy
    >>> doc = spacy.blank("en")("Sber said Sber would")
    >>> m = Mention(0, 1, "sber", "Organization", "ner", "Sber")
    >>> [(x.start, x.entity_id) for x in with_other_uses([], [doc[0:1], doc[2:3]], {"Sber": m})]
    [(0, 'sber'), (2, 'sber')]
    """
    if not found:
        return mentions
    out = list(mentions)
    for span in cands:  # the firm's other uses in the document
        if span.text in found and all(span.start >= m.end or span.end <= m.start for m in out):
            m = found[span.text]
            out.append(Mention(span.start, span.end, m.entity_id, m.label, m.kind, m.text))
    return sorted(out, key=lambda m: (m.start, m.end))


#: legal forms written before a company's name (Indonesian ``PT``, Russian and Kazakh ``PJSC``, ``JSC``, ``OOO``)
LEADING_FORMS = frozenset({"PT", "PJSC", "JSC", "OJSC", "CJSC", "PAO", "OAO", "ZAO", "OOO", "TOO", "LLP"})
#: legal forms written after such a name (``PT Vale Indonesia Tbk``), left out of it
TRAILING_FORMS = frozenset({"Tbk", "Tbk.", "Persero", "(Persero)"})
_MAX_WORDS = 6
_LEADING_LOWER = frozenset(form.lower() for form in LEADING_FORMS)


def prefixed_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the names after a leading legal form (``PT Kolaka Nickel Indonesia``: ``Kolaka Nickel
    Indonesia``), capitalised words or ``&`` up to six, without a trailing form such as ``Tbk``.

    >>> import spacy
    >>> doc = spacy.blank("en")("It is run by PT Merdeka Copper Gold Tbk and JSC Kazakhtelecom.")
    >>> [doc[a:b].text for a, b in prefixed_names(doc)]
    ['Merdeka Copper Gold', 'Kazakhtelecom']
    """
    out = []
    for i in positions(doc, _LEADING_LOWER):  # the forms' tokens from the document's index, not token by token
        if doc[i].text not in LEADING_FORMS or i + 1 >= len(doc):
            continue
        j = i + 1
        while j < len(doc) and j - i <= _MAX_WORDS and doc[j].text not in TRAILING_FORMS and (
                doc[j].text[:1].isupper() or doc[j].text == "&" and j > i + 1):
            j += 1
        while j > i + 1 and doc[j - 1].text == "&":
            j -= 1
        if j > i + 1 and any(ch.isalpha() for ch in doc[i + 1:j].text):
            out.append((i + 1, j))
    return out


def prefixed_legal_names(doc: Doc, mentions: list[Mention], kb: KnowledgeBase, junk: set[str],
                         suffixes: set[str]) -> list[Mention]:
    """``mentions`` with the names after a leading legal form (:func:`prefixed_names`) as organisations: the
    gazetteer's when it knows the name, a new one otherwise, in place of the technologies, countries and model's
    names inside it (``Nickel``, ``Indonesia`` of ``PT Kolaka Nickel Indonesia``). A mention reaching outside
    the name leaves it as it was."""
    out = list(mentions)
    for start, end in prefixed_names(doc):
        clashing = [m for m in out if overlaps((m.start, m.end), (start, end))]
        if any(m.start < start or m.end > end for m in clashing) or \
                any(m.start == start and m.end == end for m in clashing):
            continue
        found = ner_mention(Span(doc, start, end, label="ORG"), kb, junk, suffixes)
        if found is None or found.label != "Organization":
            continue
        out = [m for m in out if m not in clashing] + [found]
    return sorted(out, key=lambda m: (m.start, m.end))


def firm_named_person(doc: Doc, m: Mention, last_words: Collection[str]) -> bool:
    """Whether a name the model calls a person ends in a word of firms' names (``in Zentrix Labs``): no place
    after ``in`` either.

    >>> import spacy
    >>> doc = spacy.blank("en")("stakes in Zentrix Labs")
    >>> firm_named_person(doc, Mention(2, 4, "zentrix-labs", "Person", "ner", "Zentrix Labs"), {"labs"})
    True
    """
    return m.kind == "ner" and m.label == "Person" and m.end - m.start > 1 and \
        doc[m.end - 1].lower_.strip(".") in last_words


def beside_known_firm(doc: Doc, m: Mention) -> bool:
    """Whether a name the model calls a person is a conjunct of an organisation the gazetteer knows (``Zhipu and
    Moonshot``): a firm listed with a firm, not a place listed after a place.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Zhipu", "and", "Moonshot", "grew"], heads=[3, 0, 0, 3],
    ...           deps=["nsubj", "cc", "conj", "ROOT"])
    >>> doc.spans[GAZETTEER_KEY] = [Span(doc, 0, 1, label="Organization")]
    >>> beside_known_firm(doc, Mention(2, 3, "moonshot", "Person", "ner", "Moonshot"))
    True
    """
    if m.kind != "ner" or m.label != "Person" or GAZETTEER_KEY not in doc.spans:
        return False
    head = doc[m.start:m.end].root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if head.i >= m.start:
        return False
    return any(g.start <= head.i < g.end and g.label_ in ("Organization", "InternationalOrganization")
               for g in doc.spans[GAZETTEER_KEY])


def person_in_firm_role(doc: Doc, m: Mention) -> bool:
    """Whether a one-word name the model calls a person has a role only a firm takes (``a stake in Faurecia``,
    :func:`firm_role`): no place after ``in`` either (branch r16firms).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "stake", "in", "Faurecia"], heads=[1, 1, 1, 2],
    ...           deps=["det", "ROOT", "prep", "pobj"], pos=["DET", "NOUN", "ADP", "PROPN"])
    >>> person_in_firm_role(doc, Mention(3, 4, "faurecia", "Person", "ner", "Faurecia"))
    True
    """
    return m.kind == "ner" and m.label == "Person" and m.end - m.start == 1 and firm_role(doc[m.start])


#: nouns "government" qualifies without naming a government (``government work report``, ``a government body``,
#: ``government bonds``): a document, another body, money or property
GOVERNMENT_MODIFIED = frozenset("report reports work body bodies bond bonds debt data statistics website websites "
                                "portal securities yields procurement tender tenders contractor contractors devices "
                                "phones employees workers jobs building buildings spending subsidies grants "
                                "networks systems computers".split())


def government_as_modifier(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` (*government*, *administration*) qualifies a common noun of
    :data:`GOVERNMENT_MODIFIED` after it rather than naming a government.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Chinese government work report")
    >>> government_as_modifier(doc, 2), government_as_modifier(spacy.blank("en")("the Chinese government said"), 2)
    (True, False)
    """
    return i + 1 < len(doc) and doc[i + 1].lower_ in GOVERNMENT_MODIFIED and doc[i + 1].text.islower() and \
        doc[i].text.islower()


#: titles before a person's name only: an "organisation" the model found that begins with one is that person
PERSON_ONLY_TITLES = frozenset("spokesperson spokesman spokeswoman ambassador senator envoy premier chancellor "
                               "president minister governor mayor chairman chairwoman ceo".split())


def titled_org_people(doc: Doc, mentions: list[Mention], firm_words: Collection[str]) -> list[Mention]:
    """``mentions`` with the model's organisations made of a person's title and a name of two or three capitalised
    words (``Spokesperson He Yadong``) as that person (``He Yadong``); a name with a word of ``firm_words``
    (``Chairman Mao Foundation``) stays.

    >>> import spacy
    >>> doc = spacy.blank("en")("Answer : Spokesperson He Yadong said")
    >>> [(m.text, m.label) for m in titled_org_people(doc, [Mention(2, 5, "x", "Organization", "ner",
    ...  "Spokesperson He Yadong")], {"foundation"})]
    [('He Yadong', 'Person')]
    """
    for m in mentions:
        if m.kind != "ner" or m.label != "Organization" or not 3 <= m.end - m.start <= 4 or \
                doc[m.start].lower_ not in PERSON_ONLY_TITLES:
            continue
        name = doc[m.start + 1:m.end]
        if all(t.is_title and t.is_alpha and t.lower_ not in firm_words for t in name):
            m.start, m.text, m.label = m.start + 1, name.text, "Person"
            m.entity_id = slugify(name.text)
    return mentions


def words_of_people(mentions: Collection[Mention]) -> set[str]:
    """Words of the person names among ``mentions``.

    >>> sorted(words_of_people([Mention(0, 2, "ana-ruiz", "Person", "ner", "Ana Ruiz")]))
    ['Ana', 'Ruiz']
    """
    return {w for m in mentions if m.label == "Person" for w in m.text.split()}

