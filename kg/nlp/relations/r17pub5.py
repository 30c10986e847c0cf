"""Constructions of official publications (branch r17pub5); words: ``r17pub5_*`` keys of
``data/lexicon/structure.json``.

- a long list of parties added to a list in one clause (``The committee determined to add A Sdn. Bhd. and B Sdn.
  Bhd., both of Malaysia, and C Pte. Ltd. of Singapore to the Entity List``): the parser cannot hold such a list of
  legal names together, so every named organisation or person between the adding verb and ``to the ... List`` is
  added — ``sanctions`` from the one who adds, and ``restrictsExportsTo`` when the list is an export list;
- ``A and B, both of <country>`` (``both of Penang, Malaysia``): each coordinated organisation is ``basedIn`` it;
- an agreement to do something together (``X agreed with Y to build ...``, ``the agreement between X and Y to
  develop ...``): besides the agreement, X and Y ``cooperatesWith`` each other (planned);
- ``X, majority owned by Y`` / ``X is wholly owned by Y``: organisation X is ``partOf`` organisation Y;
- ``X will provide Y with a loan`` (money given with ``with``): ``investsIn``, not a supply;
- ``X will co-fund AI projects at A and B``, ``X funds A's research``: X ``investsIn`` A and B.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.nlp.r14wire import LEGAL_FORMS
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r11supb import money_given
from kg.nlp.relations.slots import LIST_WORDS

#: types of the one who adds parties to a list
ADDING_TYPES = frozenset({"Organization", "Country", "InternationalOrganization", "Bloc"})
#: types of the parties added
ADDED_TYPES = frozenset({"Organization", "Person"})
#: how far (tokens) after the adding verb the list's preposition may stand
_LIST_REACH = 80
#: how many tokens after ``to``/``on`` the list's noun may stand (``to the Commerce Department's Entity List``)
_LIST_NOUN_REACH = 6
#: how many heads up from an adding verb its subject may stand (``determined to add``: add -> determined)
_CLIMB = 3


def _list_preposition(verb: Token, sent: Span) -> Token | None:
    """The ``to``/``on`` after ``verb`` whose object is a list (``to the Entity List``), before any other verb."""
    doc = verb.doc
    for i in range(verb.i + 1, min(sent.end, verb.i + _LIST_REACH)):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":"):
            return None
        if tok.lower_ in ("to", "on", "onto") and any(
                doc[k].lower_ in LIST_WORDS for k in range(i + 1, min(sent.end, i + 1 + _LIST_NOUN_REACH))):
            return tok
    return None


def _adders(verb: Token, ctx: DocContext) -> list[str] | None:
    """Who adds: the subject of ``verb`` or of the verb it completes (``BIS determined to add``); None when one of
    those verbs is negated or only supposed."""
    head = verb
    for _ in range(_CLIMB):
        if ctx.negated(head):
            return None
        agents = [a for a in ctx.subjects(head) if ctx.type_of(a) in ADDING_TYPES] \
            if head.pos_ in ("VERB", "AUX") else []
        if agents:
            return agents
        if head.head is head or head.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl"):
            return []
        head = head.head
    return []


@triggered_by(lambda lex: lex.words("r17pub5_adding_verbs"))
def added_to_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X determined to add A, B and C, both of Malaysia, and D of Singapore to the Entity List``: X
    ``sanctions`` A, B, C and D (and ``restrictsExportsTo`` them: an export list)."""
    words = ctx.lex.words("r17pub5_adding_verbs")
    exports = ctx.lex.words("r16pub4_export_list_signals")
    doc = ctx.doc
    for verb in ctx.find(sent, words):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words:
            continue
        prep = _list_preposition(verb, sent)
        if prep is None:
            continue
        agents = _adders(verb, ctx)
        if not agents:
            continue
        tail = doc[prep.i + 1:min(sent.end, prep.i + 1 + _LIST_NOUN_REACH)].text.lower()
        export_list = any(s in tail for s in exports)
        status = ctx.status(verb)
        seen: set[str] = set()
        for ent in ctx.ents_in(sent):
            if not verb.i < ent.start < prep.i:
                continue
            eid = ctx.entity(ent[0])
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if eid is None or eid in seen or eid in agents or ctx.type_of(eid) not in ADDED_TYPES or \
                    before in ("of", "by", "in", "from"):
                continue  # "a subsidiary of X", "controlled by X", "of Singapore": no party added
            seen.add(eid)
            for a in agents:
                yield Candidate(a, "sanctions", eid, "r17pub5:added-to-list", status, sent)
                if export_list:
                    yield Candidate(a, "restrictsExportsTo", eid, "r17pub5:added-to-export-list", status, sent)


def _coordinated_orgs(comma: int, ctx: DocContext) -> list[str]:
    """The organisations named in the coordination that ends just before the token ``comma``: names, legal forms,
    ``and`` and commas back to anything else (``A Sdn. Bhd. and B Sdn. Bhd.``)."""
    doc, out = ctx.doc, []
    i = comma - 1
    while i >= 0:
        eid = ctx.entity(doc[i])
        if eid is not None:
            if ctx.type_of(eid) != "Organization":
                break
            if eid not in out:
                out.append(eid)
        elif not (doc[i].lower_ in ("and", ",") or doc[i].text in LEGAL_FORMS):
            break
        i -= 1
    return out if len(out) >= 2 else []


@triggered_by(lambda lex: lex.words("r17pub5_all_of_words"))
def both_of_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A Ltd. and B Ltd., both of Malaysia``, ``A and B, both of Penang, Malaysia``: A and B ``basedIn`` Malaysia."""
    doc = ctx.doc
    for tok in ctx.find(sent, ctx.lex.words("r17pub5_all_of_words")):
        if tok.i < 1 or tok.i + 2 >= sent.end or doc[tok.i - 1].text != "," or doc[tok.i + 1].lower_ != "of":
            continue
        country = None
        for k in range(tok.i + 2, min(sent.end, tok.i + 6)):  # "of Malaysia", "of Penang, Malaysia"
            eid = ctx.entity(doc[k])
            if eid is not None:
                country = eid if ctx.type_of(eid) == "Country" else None
                break
            if not (doc[k].text == "," or doc[k].is_title):
                break
        if country is None:
            continue
        for org in _coordinated_orgs(tok.i - 1, ctx):
            yield Candidate(org, "basedIn", country, "r17pub5:both-of", "asserted", sent)


def _purpose(head: Token, ctx: DocContext) -> Token | None:
    """The infinitive of joint work hung on ``head`` (``agreed ... to build``, ``an agreement ... to develop``)."""
    joint = ctx.lex.words("r17pub5_joint_work_verbs")
    for c in head.children:
        if c.dep_ in ("xcomp", "acl", "relcl", "advcl") and c.pos_ == "VERB" and c.i > head.i and \
                c.lemma_.lower() in joint and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def _called_off(sent: Span, verb: Token, ctx: DocContext) -> bool:
    """Whether a later clause of the sentence calls the undertaking off: ``...; that cooperation will not go
    ahead``, ``but the deal was never completed`` (a negated verb whose subject is a noun of an undertaking)."""
    nouns = ctx.lex.words("r17pub5_undertaking_nouns")
    return any(t.dep_ == "neg" or t.lower_ == "never" for t in sent if t.i > verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns for c in t.head.children))


@triggered_by(lambda lex: lex.words("r17pub5_agreeing_words"))
def agreed_joint_work_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X has agreed with Y and Z to build a data centre``, ``welcomed the agreement between X and Y to train
    engineers``: X ``cooperatesWith`` Y (and Z), planned."""
    for tok in ctx.find(sent, ctx.lex.words("r17pub5_agreeing_words")):
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "agree":
            verb, noun = tok, None
        elif tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX", "NOUN"):
            verb, noun = tok.head, tok
        else:
            continue
        purpose = _purpose(noun if noun is not None else verb, ctx) or (
            _purpose(verb, ctx) if noun is not None and verb.pos_ == "VERB" else None)
        if purpose is None or ctx.negated(noun if noun is not None else verb) or ctx.negated(purpose) or \
                _called_off(sent, verb, ctx):
            continue
        between = [a for p in ctx.pobjs(noun, {"between"}) for a in ctx.actors(p) if ctx.is_actor(a)] \
            if noun is not None else []
        pairs: list[tuple[str, str]] = [(a, b) for k, a in enumerate(dict.fromkeys(between))
                                        for b in list(dict.fromkeys(between))[k + 1:]]
        if noun is None:  # (not "signed an agreement with X to build": as often a sale or a licence in the gold)
            subjects = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
            if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and ctx.doc[verb.i - 1].text == ",":
                # "South Africa, whose President X called it a boon, agreed with Y": the parser hung the main verb
                # on the relative clause; its subject is the clause's antecedent, not the clause's own subject
                subjects = [a for a in ctx.actors(verb.head.head, conj=False) if ctx.is_actor(a)]
            partners = [a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p) if ctx.is_actor(a)]
            pairs += [(s, o) for s in dict.fromkeys(subjects) for o in dict.fromkeys(partners)]
        for s, o in pairs:
            if s != o:
                yield Candidate(s, "cooperatesWith", o, "r17pub5:agreed-joint-work", "planned", sent)


def _relative_antecedents(tok: Token, ctx: DocContext) -> list[str]:
    """The organisations of the relative clause a misattached participle stands in: ``X, which is based in Lyon
    and majority owned by Y`` (``owned`` hung on ``Lyon``): up through ``pobj``/``prep``/``conj`` to the clause,
    then its antecedent (never through an object: ``bought a plant owned by Y`` is about the plant)."""
    head = tok
    while head.dep_ in ("pobj", "prep", "conj") and head.head is not head:
        head = head.head
    if head.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                                       for c in head.children):
        return []
    return [a for a in ctx.actors(head.head, conj=False) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("r17pub5_owned_words"))
def owned_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vexa, which is majority owned by Siemens``, ``Vexa, wholly owned by Siemens``: Vexa ``partOf`` Siemens
    (organisations only: ``owned by the state`` is no parent)."""
    for tok in ctx.find(sent, ctx.lex.words("r17pub5_owned_words")):
        if tok.tag_ != "VBN" or ctx.negated(tok) or tok.i > 0 and ctx.doc[tok.i - 1].lower_ in ("minority", "partly",
                                                                                               "partially", "-"):
            continue  # "minority owned by Y": a holding, no parent
        if any(t.text in ("%", "percent") for t in ctx.doc[tok.i + 1:min(tok.i + 4, sent.end)]):
            continue  # "owned 60% by Y and 40% by Z": shares, no parent (r17pub6's stakes)
        owners = [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in ctx.actors(p, conj=False) if ctx.type_of(a) == "Organization"]
        if not owners:
            continue
        # (the subjects of a passive participle are its agent's: the owners, not the owned)
        owned = [a for a in ctx.subjects(tok) if ctx.type_of(a) == "Organization" and a not in owners] or \
            [a for c in tok.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)
             if ctx.type_of(a) == "Organization" and a not in owners]
        if not owned and tok.dep_ == "acl" and tok.head.lower_ == "majority" and tok.head.dep_ == "attr":
            owned = [a for a in ctx.subjects(tok.head.head) if ctx.type_of(a) == "Organization"]  # "is majority owned"
        if not owned and tok.dep_ == "acl":
            owned = [a for a in ctx.actors(tok.head, conj=False) if ctx.type_of(a) == "Organization"] or \
                _relative_antecedents(tok.head, ctx)
        for s in owned:
            for o in owners:
                if s != o:
                    yield Candidate(s, "partOf", o, "r17pub5:owned-by", "asserted", sent)


@triggered_by(lambda lex: lex.words("r17pub5_giving_verbs"))
def provided_with_money_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Norway will provide Kenya with a loan``, ``X granted Y with $2bn in funding``: X ``investsIn`` Y."""
    words = ctx.lex.words("r17pub5_giving_verbs")
    for verb in ctx.find(sent, words):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words or ctx.negated(verb):
            continue
        if not any(money_given(p, ctx) for p in ctx.pobjs(verb, {"with"})):
            continue
        receivers = [a for c in verb.children if c.dep_ in ("dobj", "dative")
                     for a in ctx.actors(c) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s in ctx.subjects(verb):
            if not ctx.is_actor(s):
                continue
            for o in dict.fromkeys(receivers):
                if s != o:
                    yield Candidate(s, "investsIn", o, "r17pub5:provided-with-money", status, sent)


@triggered_by(lambda lex: lex.words("r17pub5_funding_verbs"))
def funded_work_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The bank will co-fund AI projects at A, B and C``, ``X funds Y's quantum research``: the funder
    ``investsIn`` the ones whose work it funds."""
    words, works = ctx.lex.words("r17pub5_funding_verbs"), ctx.lex.words("r17pub5_funded_work_nouns")
    doc = ctx.doc
    for verb in ctx.find(sent, words | {"co"}):
        if verb.lower_ == "co":  # "will co-fund": the parser takes "co" for the verb and "-fund" for its complement
            if not (verb.pos_ == "VERB" and verb.i + 2 < sent.end and doc[verb.i + 1].text == "-" and
                    doc[verb.i + 2].lower_ in words):
                continue
        elif verb.pos_ != "VERB" or verb.lemma_.lower() not in words:
            continue
        if ctx.negated(verb) or verb.i > 0 and doc[verb.i - 1].lower_ in ("not", "n't", "never", "no"):
            continue
        funded: list[str] = []
        for obj in [*verb.children, *(g for c in verb.children if c.dep_ == "xcomp" for g in c.children)]:
            if obj.dep_ not in ("dobj", "nsubjpass") or obj.lemma_.lower() not in works:
                continue
            funded += [a for c in obj.children if c.dep_ == "poss" for a in ctx.actors(c)]
            funded += [a for p in ctx.pobjs(obj, {"at", "by"}) for a in ctx.actors(p)]
        funded = [a for a in dict.fromkeys(funded) if ctx.is_actor(a)]
        if not funded:
            continue
        status = ctx.status(verb)
        for s in ctx.subjects(verb):
            if ctx.is_actor(s):
                for o in funded:
                    if s != o:
                        yield Candidate(s, "investsIn", o, "r17pub5:funded-work", status, sent)


def before_honorifics(doc: Doc, i: int, start: int, words: frozenset[str] | set[str]) -> int:
    """The index before the honorifics that end at ``i`` (``Prime Minister Shri X``, ``President His Highness
    Sheikh X``): ``i`` moved left over ``words`` and over ``his``/``her`` before ``Highness``/``Excellency``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Indian President His Highness Sheikh Ali Saad")
    >>> before_honorifics(doc, 4, 0, {"sheikh", "highness"})
    1
    """
    while i > start and (doc[i].lower_ in words or doc[i].lower_ in ("his", "her") and i + 1 < len(doc) and
                         doc[i + 1].lower_ in ("highness", "excellency")):
        i -= 1
    return i


R17PUB5_RULES = (added_to_list_rule, both_of_country_rule, agreed_joint_work_rule, owned_by_rule,
                 provided_with_money_rule, funded_work_rule)
