"""Relation rules that read across sentences.

- ``President Joe Biden``, ``Foreign Minister Sergei Lavrov`` with no country in the sentence: the country the
  person belongs to (when the document names it) is the one they lead or work for.
- ``The Treasury sanctioned A. Also designated were B and C.``: an agentless passive of a sanctions or export verb
  takes the subject of the same relation in the sentence before.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.nlp.relations.carry import sentence_at, sentences_of
from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.xsent import home_country

#: titles that make a person the head of a country (``prime`` as in ``Prime Minister``)
HEAD_OF_STATE = {"president", "premier", "chancellor", "king", "queen", "emir", "prime"}
#: words that make a title something other than the head (``Vice President``)
NOT_HEAD = {"vice", "deputy", "assistant", "acting", "first", "lady", "elect", "president-elect", "candidate"}
#: words a head-of-state title may carry besides the title itself
TITLE_FILLERS = {"the", "former", "then", "minister", "-", "late"}
#: titles of a country's officials who work for it without a named body (GUIDELINES.md: ministers, envoys)
OFFICIAL_TITLES = {"minister", "ambassador", "envoy"}
#: what kind of minister or envoy a title may say (``Foreign Minister``, ``Special Envoy``)
OFFICIAL_FILLERS = {"foreign", "defence", "defense", "finance", "trade", "economy", "interior", "energy",
                    "industry", "digital", "special", "deputy", "vice"}

#: predicates whose agentless passive takes its agent from the sentence before (``X sanctioned A. B was also
#: sanctioned.``): the decisions of one authority that news lists one after another
CARRIED_PREDICATES = ("sanctions", "restrictsExportsTo")
#: words in a passive's subject that deny it: ``neither X nor Y was``, ``none of them was``
NEGATED_SUBJECT = {"neither", "nor", "none", "no"}


def _carried_lemmas(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The verbs (taking a direct object) of each carried predicate in the lexicon (made once per lexicon)."""
    return lexicon_memo(lex, "carried_verbs", lambda: {
        p: frozenset(lemma for lemma, entries in lex.verbs.items() if any(q == p and "dobj" in slots
                                                                       for q, slots in entries))
        for p in CARRIED_PREDICATES})


def _carried_verbs(ctx: DocContext) -> tuple[dict[str, frozenset[str]], dict[int, list[Token]]]:
    """The verbs (taking a direct object) of each carried predicate, and the document's tokens of them by
    sentence start: looked up once per document through the document index."""
    found = getattr(ctx, "_carried_verbs", None)
    if found is None:
        lemmas = _carried_lemmas(ctx.lex)
        by_sent: dict[int, list[Token]] = {}
        every = lexicon_memo(ctx.lex, "carried_verbs:all", lambda: frozenset().union(*lemmas.values()))
        for tok in ctx.find(ctx.doc[:], every):
            if tok.lemma_ in every and tok.pos_ == "VERB":
                by_sent.setdefault(sentences_of(ctx)[sentence_at(ctx, tok.i)].start, []).append(tok)
        found = (lemmas, by_sent)
        ctx._carried_verbs = found  # type: ignore[attr-defined]
    return found


@triggered_by(lambda lex: frozenset().union(*_carried_lemmas(lex).values()))
def carried_subject_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Treasury sanctioned A on Monday. Also designated were B and C.``: a passive of a sanctions or export
    verb with no agent takes the subject of the same relation stated in the sentence before (two at most)."""
    by_predicate, verbs = _carried_verbs(ctx)
    here = verbs.get(sent.start)
    if not here:
        return
    for predicate in CARRIED_PREDICATES:
        lemmas = by_predicate[predicate]
        for tok in here:
            if tok.tag_ != "VBN" or tok.lemma_ not in lemmas or any(c.dep_ == "agent" for c in tok.children):
                continue
            # "B was sanctioned"; inverted, "Also designated were B and C" (the names hang on "were")
            named = [c for c in tok.children if c.dep_ == "nsubjpass"] + \
                [g for c in tok.children if c.dep_ == "auxpass" for g in c.children if g.dep_ in ("attr", "nsubj")]
            objects = [a for c in named for a in ctx.actors(c) if ctx.is_actor(a)]
            if not objects or ctx.negated(tok) or any(t.lower_ in NEGATED_SUBJECT for c in named for t in c.subtree):
                continue  # "Neither the company nor its founder was sanctioned"
            subjects: list[str] = []
            k = sentence_at(ctx, sent.start)
            for back in (1, 2):
                if k - back < 0 or subjects:
                    break
                before = sentences_of(ctx)[k - back]
                for verb in verbs.get(before.start, []):
                    if verb.lemma_ in lemmas and not ctx.negated(verb):
                        subjects = [a for a in ctx.subjects(verb) if ctx.is_actor(a) and a not in objects]
                        if subjects:
                            break
            for s in subjects:
                for o in objects:
                    yield Candidate(s, predicate, o, "carry:subject", ctx.status(tok), sent)


@triggered_by(types=("Person",))
def head_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``President Joe Biden``, ``Prime Minister Fumio Kishida``: a head-of-state title with no country or body
    in front of it makes the person the leader of the country they belong to, when the document names it;
    ``Foreign Minister Sergei Lavrov``, a minister's or envoy's, one who works for it."""
    doc = ctx.doc
    for person in ctx.ents_in(sent):
        pid = person.kb_id_
        if ctx.type_of(pid) != "Person":
            continue
        i, words = person.start - 1, []
        while i >= sent.start and (doc[i].lower_ in HEAD_OF_STATE | NOT_HEAD | TITLE_FILLERS | OFFICIAL_TITLES
                                   | OFFICIAL_FILLERS or portfolio_word(doc, i, sent.start, words)) \
                and not ctx.entity(doc[i]):
            words.insert(0, doc[i].lower_)
            i -= 1
        if any(w in HEAD_OF_STATE for w in words) and not any(w in NOT_HEAD for w in words) and \
                ("prime" in words) == ("minister" in words) and not set(words) & OFFICIAL_FILLERS:
            predicate = "leaderOf"
        elif set(words) & OFFICIAL_TITLES and "prime" not in words and not set(words) & HEAD_OF_STATE:
            predicate = "worksFor"
        else:
            continue
        if i >= sent.start and (ctx.entity(doc[i]) or doc[i].lower_ in POSSESSIVE | {"its", "their", "his", "her"}
                                or doc[i].pos_ in ("PROPN", "ADJ")):
            continue  # "Russian President …", "Microsoft President …", "its president …": the title rule reads it
        person_entity = ctx.entities.get(pid)
        country = person_entity.country if person_entity else None
        if person_entity is not None and country is None:
            country = home_country(sent, ctx)  # an official the gazetteer does not know (xsent.py)
        if country and country in ctx.entities and ctx.type_of(country) == "Country" \
                and ctx.leaders.get(pid) in (None, country):
            yield Candidate(pid, predicate, country, "title:country", "asserted", sent)


#: kinds of body one can be a member of (a company has shareholders, not members)
BODY_TYPES = {"InternationalOrganization", "Bloc", "Organization"}
NOT_BODY_SUBTYPES = {"Company", "Bank", "Fund", "Person"}


def _body(ctx: DocContext, entity_id: str) -> bool:
    e = ctx.entities.get(entity_id)
    return e is not None and e.type in BODY_TYPES and e.subtype not in NOT_BODY_SUBTYPES


@triggered_by(lambda lex: {"member", "members"})
def bare_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``NATO met in Brussels. Sweden is now a member too.``, ``… Estonia became its newest member``: a member
    with no ``of`` is a member of the body the sentence before is about (its clause's subject)."""
    for tok in ctx.find(sent, {"member", "members"}):
        verb = tok.head
        if tok.dep_ not in ("attr", "oprd") or verb.lemma_ not in ("be", "become", "remain") or ctx.negated(verb):
            continue
        if verb.dep_ == "relcl":
            continue  # "ASEAN, of which Vietnam is a member": the clause's own body (r15netgov.of_which_member_rule)
        if any(c.dep_ in ("prep", "compound", "relcl", "acl") for c in tok.children):
            continue  # "a member of X" is read elsewhere; "a board member", "members who …" are something else
        members = [a for a in ctx.subjects(verb) if ctx.type_of(a) in ("Country", "Organization", "Bloc")]
        k = sentence_at(ctx, sent.start)
        if not members or k == 0:
            continue
        before = sentences_of(ctx)[k - 1]
        root = before.root
        # what the sentence before is about: its subject, also of a passive ("X is led by Y": X)
        bodies = [a for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.actors(c)
                  if _body(ctx, a) and a not in members]
        if len(bodies) != 1:
            continue
        for member in members:
            yield Candidate(member, "memberOf", bodies[0], "carry:member", ctx.status(verb), sent)


@triggered_by(types=("Person",))
def referred_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Its chief executive Tareq Amin said …``, ``the company's country manager Toni Versluijs``: a title with a
    possessive that refers back (``its``, or a description the reference step resolved) makes the person the
    leader of, or a worker for, what it refers to."""
    from kg.nlp.relations.structure import title_kind
    from kg.nlp.relations.titles import titles

    doc, title = ctx.doc, ctx.lex_memo("titles", lambda: titles(ctx.lex))
    words_before = ctx.lex_memo("referred_title_words", lambda: title.words | {"co-founder"})
    for person in ctx.ents_in(sent):
        pid = person.kb_id_
        if ctx.type_of(pid) != "Person":
            continue
        i, words = person.start - 1, []
        while i >= sent.start and doc[i].lower_ in words_before and not ctx.entity(doc[i]):
            words.insert(0, doc[i].lower_)
            i -= 1
        if not words or i < sent.start:
            continue
        if doc[i].lower_ == "its":
            owners = ctx.recent_org(doc[i])
        elif doc[i].lower_ in POSSESSIVE and i - 1 >= sent.start and (i - 1) in ctx.refs:
            owners = ctx.refs[i - 1]
        else:
            continue
        if len(owners) != 1 or ctx.type_of(owners[0]) in ("Person", "Technology", ""):
            continue
        owner = ctx.entities[owners[0]]
        kind = title_kind(words, owner.subtype or owner.type, title)
        if kind:
            yield Candidate(pid, kind, owner.id, "title:referred", "asserted", sent)


def portfolio_word(doc: Doc, i: int, start: int, words: list[str]) -> bool:
    """Whether token ``i`` names a minister's field in front of the title already read (``words``): a capitalised
    noun (``Planning``, ``Science and Technology Minister``), or ``and``/a comma between two of them; not the
    titles of a region's head (``Chief Minister``, ``First Minister``).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Science", "and", "Technology", "Minister", "Jo", "Lee"],
    ...           pos=["PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN"])
    >>> [portfolio_word(doc, k, 0, w) for k, w in ((2, ["minister"]), (1, ["technology", "minister"]))]
    [True, True]
    >>> portfolio_word(doc, 2, 0, []), portfolio_word(doc, 1, 0, ["minister"])
    (False, False)
    """
    if "minister" not in words:
        return False
    tok = doc[i]
    if tok.lower_ in ("and", ","):  # between two fields, not between a name and the title ("Biden and Prime …")
        return i > start and words[0] not in OFFICIAL_TITLES | HEAD_OF_STATE and doc[i - 1].is_title and \
            doc[i - 1].pos_ in ("PROPN", "NOUN") and doc[i - 1].ent_type_ == ""
    return tok.is_title and tok.pos_ in ("PROPN", "NOUN") and tok.lower_ not in REGION_HEADS


#: words that make "Minister" the head of a region's government, not a minister of the country
REGION_HEADS = {"chief", "first"}
