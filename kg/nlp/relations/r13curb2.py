"""More sanctions as news wire tells them; words: ``r13curb_*`` keys of ``data/lexicon/events.json``.

- dealings with a target banned: ``The EU banned transactions with the Central Bank of Russia``, ``barred American
  firms from doing business with Huawei`` (``sanctions``);
- a target cut off from a network or a system: ``The EU disconnected seven banks, including VTB, from SWIFT``,
  ``Sberbank was excluded from SWIFT by the EU`` (``sanctions``);
- a sanctions verb whose subject the parser hung on it as another part: ``The U.S. Treasury designated A, B and C``
  (``Treasury`` an adverbial noun), ``The EU Council blacklisted X`` (the official in front of a nameless body);
- a sanctions verb the parser did not read as the clause's verb: ``The EU on Friday blacklisted Gazprombank`` with
  ``blacklisted`` read as an adjective: the official right before it (past a date) and the names right after it.

Each rule visits only its trigger words (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.curbs3 import sanction_words
from kg.nlp.relations.halts import place
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r13curb import issuers, names_after, names_of, official, owner_before, speakers, stated
from kg.nlp.relations.restraints import TARGET_TYPES, list_keepers
from kg.nlp.relations.slots import LIST_WORDS, verb_objects
from kg.nlp.relations.triggers import distinct_pairs

#: how many words a date or an adverb may put between an official and its verb: ``The EU on Friday blacklisted``
GAP = 5


def _holders(verb: Token, ctx: DocContext) -> list[str]:
    """The officials who do ``verb``: its subjects (a passive's agent)."""
    return [a for a in ctx.subjects(verb) if official(a, ctx)]


def _dealing_with(noun: Token, ctx: DocContext) -> list[str]:
    """Who dealings are with: ``transactions with X``, ``doing business with X`` (on the noun or its verb)."""
    hosts = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else [])
    return [a for h in hosts for p in ctx.pobjs(h, {"with", "involving"}) for a in names_of(p, ctx)]


def _banning_verb(noun: Token, ctx: DocContext) -> Token | None:
    """The verb that bans the dealings: ``banned transactions``, ``barred X from doing business``."""
    banning = ctx.lex.words("r13curb_banning_verbs")
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_ in banning:
        return verb
    if noun.dep_ == "dobj" and verb.dep_ == "pcomp" and verb.head.lower_ == "from" and \
            verb.head.head.lemma_ in banning:
        return verb.head.head  # "barred American firms from doing business with X"
    return None


@triggered_by(lambda lex: lex.words("r13curb_dealing_nouns"))
def banned_dealings_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU banned transactions with the Central Bank of Russia``, ``Washington barred American firms from doing
    business with Huawei``: an official that bans dealings with a target sanctions it."""
    nouns = ctx.lex.words("r13curb_dealing_nouns")
    for noun in ctx.find(sent, nouns):
        if noun.lower_ not in nouns or noun.pos_ != "NOUN":
            continue
        verb = _banning_verb(noun, ctx)
        if verb is None or not stated(verb, ctx):
            continue
        targets = [a for a in _dealing_with(noun, ctx) if ctx.type_of(a) in TARGET_TYPES]
        for s, o in distinct_pairs(_holders(verb, ctx), targets):
            yield Candidate(s, "sanctions", o, "r13curb:banned-dealings", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r13curb_severing_verbs"))
def cut_from_system_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU disconnected seven banks, including VTB, from SWIFT``, ``Sberbank was excluded from SWIFT by the
    EU``: an official that cuts a target off from a network or a payment system sanctions it."""
    severing, systems = ctx.lex.words("r13curb_severing_verbs"), ctx.lex.words("r13curb_system_words")
    for verb in ctx.find(sent, severing):
        if verb.pos_ != "VERB" or verb.lemma_ not in severing or not stated(verb, ctx):
            continue
        places = [p for h in [verb] + [c for c in verb.children if c.dep_ == "prt"] for p in ctx.pobjs(h, {"from"})]
        if not any(p.lower_ in systems or (ctx.entity(p) or "").lower() in systems for p in places):
            continue
        cut = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # "cut seven Russian banks off from SWIFT": a group of a country's firms stands for the country
        named = [a for c in cut for a in names_of(c, ctx) if ctx.type_of(a) in TARGET_TYPES]
        targets = named or [a for c in cut for a in ctx.actors(c) if ctx.type_of(a) in TARGET_TYPES]
        holders = _holders(verb, ctx) or [a for a in speakers(verb, ctx) if official(a, ctx)]
        for s, o in distinct_pairs(holders, named):
            yield Candidate(s, "sanctions", o, f"r13curb:cut-from-system:{verb.lemma_}", ctx.status(verb), sent)
        # the named system stops serving them: a halted service (GUIDELINES: restrictsExportsTo)
        systems_named = [a for p in places if ctx.entity(p) for a in ctx.actors(p, conj=False)
                         if ctx.type_of(a) == "Organization"]
        served = [a for a in targets if ctx.type_of(a) in ("Country", "Organization")]
        for s, o in distinct_pairs(systems_named, served):
            yield Candidate(s, "restrictsExportsTo", o, f"r13curb:cut-from-system:{verb.lemma_}", ctx.status(verb),
                            sent)


def official_before(verb: Token, ctx: DocContext) -> list[str]:
    """The official named right before a verb, past a date or an adverb at most: ``The EU on Friday blacklisted``,
    ``Britain also sanctioned``; none when another word comes between."""
    doc, months, dates = ctx.doc, ctx.lex.words("month_words"), ctx.lex.words("r13curb_date_words")
    i = verb.i - 1
    while i >= verb.sent.start and verb.i - i <= GAP and not ctx.mention_at.get(i):
        tok = doc[i]
        if not (tok.pos_ in ("ADV", "AUX", "PART") or tok.lower_ in dates or tok.like_num or tok.lower_ in months):
            return []
        i -= 1
    eid = ctx.mention_at.get(i)
    return [eid] if eid and official(eid, ctx) else []


@triggered_by(lambda lex: lex.words("r13curb_listing_verbs"))
def unparsed_verb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU on Friday blacklisted Gazprombank; …`` when the parser read ``blacklisted`` as an adjective: a
    sanctions verb in the past tense with no clause of its own is the official's before it and the names after it."""
    listing = ctx.lex.words("r13curb_listing_verbs")
    for verb in ctx.find(sent, listing):
        if verb.lower_ not in listing or verb.tag_ != "VBD" or verb.dep_ not in ("amod", "compound", "nmod") or \
                ctx.negated(verb):
            continue
        holders = official_before(verb, ctx)
        targets = [a for a in names_after(verb.i + 1, ctx) if ctx.type_of(a) in TARGET_TYPES]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "r13curb:unparsed-verb", "asserted", sent)


#: where the parser puts a finite verb's subject it did not see as one: ``The U.S. Treasury designated X`` with
#: ``Treasury`` an adverbial noun or a compound of the verb
LOST_SUBJECT_DEPS = frozenset({"npadvmod", "compound", "nmod", "dep"})


def lost_subjects(verb: Token, ctx: DocContext) -> list[str]:
    """The official named right before a finite verb the parser gave no subject: ``The U.S. Treasury designated
    A, B and C`` (``Treasury`` read as an adverbial noun)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) == 1 and subjects[0].dep_ == "nsubj" and subjects[0].pos_ == "PROPN" and \
            not ctx.entity(subjects[0]) and not ctx.actors(subjects[0]):
        # "The EU Council blacklisted X": a body of no name of its own, the official named in front of it
        return [a for c in subjects[0].children if c.dep_ in ("compound", "poss") and ctx.entity(c)
                for a in ctx.actors(ctx.mention_root(c), conj=False) if official(a, ctx)]
    if subjects:
        return []
    named = [c for c in verb.children if c.dep_ in LOST_SUBJECT_DEPS and c.i < verb.i and ctx.entity(c)]
    if len(named) != 1 or named[0].right_edge.i != verb.i - 1:
        return []
    return [a for a in ctx.actors(ctx.mention_root(named[0]), conj=False) if official(a, ctx)]


def reported_passive(verb: Token, ctx: DocContext) -> list[str]:
    """The official who reports a passive with no agent: ``exports of chips to China are banned, the Commerce
    Department said``."""
    kids = [c.dep_ for c in verb.children]
    if "auxpass" not in kids or "agent" in kids or "nsubjpass" not in kids:
        return []
    return [a for a in speakers(verb, ctx) if official(a, ctx)]


def _curb_verbs(ctx: DocContext) -> frozenset[str]:
    """The trigger verbs of ``sanctions`` and ``restrictsExportsTo``."""
    verbs = ctx.lex.verbs
    return ctx.lex_memo("r13curb:curb_verbs", lambda: frozenset(
        v for v, entries in verbs.items() if any(p in ("sanctions", "restrictsExportsTo") for p, _s in entries)))


@triggered_by(lambda lex: {v for v, entries in lex.verbs.items()
                           if any(p in ("sanctions", "restrictsExportsTo") for p, _s in entries)})
def lost_subject_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The U.S. Treasury designated Sberbank, VTB and Alfa-Bank``: a sanctions or export-curb verb whose subject
    the parser hung on it as another part (an adverbial noun, a compound) takes the official named right before it;
    a passive with no agent, the official who reports it (``exports to China are banned, the Department said``)."""
    verbs = _curb_verbs(ctx)
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs:
            continue
        holders = lost_subjects(verb, ctx) or reported_passive(verb, ctx)  # the parse first, the modality after
        if not holders or not stated(verb, ctx):
            continue
        for predicate, slots in ctx.lex.verbs[verb.lemma_]:
            if predicate not in ("sanctions", "restrictsExportsTo"):
                continue
            objects, _mutual = verb_objects(verb, slots, ctx)
            for s, o in distinct_pairs(holders, (a for a in objects if ctx.type_of(a) in TARGET_TYPES)):
                yield Candidate(s, predicate, o, f"r13curb:lost-subject:{verb.lemma_}", ctx.status(verb), sent)


def inverted_targets(verb: Token, ctx: DocContext) -> list[str]:
    """The names an inverted passive puts last: ``Named on the EU's list were banks such as A, B and C`` (the
    parser makes ``banks`` an attribute of ``were``); none when the clause has a subject of its own."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.children):
        return []
    attrs = [a for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i for a in c.children if a.dep_ == "attr"]
    attrs += [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
    found = [ctx.mention_at[t.i] for a in attrs for t in a.subtree
             if t.i in ctx.mention_at and t.dep_ != "poss" and ctx.mention_root(t).i == t.i]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in TARGET_TYPES]


def _measure_nouns(ctx: DocContext) -> frozenset[str]:
    """What names a sanctions measure or list: ``sanctions``, ``package``, ``list``, ``blacklist``."""
    return ctx.lex_memo("r13curb:inverted_nouns", lambda: sanction_words(ctx, "nouns") | frozenset(
        ctx.lex.words("r10curbs_package_nouns")) | LIST_WORDS)


#: the auxiliaries of an inverted passive: ``Named on the list were A and B``
INVERTED_AUX = frozenset({"were", "was", "are", "is"})


@triggered_by(lambda lex: INVERTED_AUX)
def inverted_passive_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Also named on the EU's sanctions list were banks such as Sberbank, VTB and Gazprombank``, ``Hit by
    Britain's measures were A and B``: in a text about sanctions, the official whose list, package or measure the
    fronted participle names sanctions the names the inverted clause ends with."""
    nouns = _measure_nouns(ctx)
    for aux in ctx.find(sent, INVERTED_AUX):
        verb = aux.head
        if aux.dep_ != "auxpass" or verb.i > aux.i or verb.pos_ != "VERB" or not stated(verb, ctx):
            continue
        targets = inverted_targets(verb, ctx)
        if not targets or not spoke_of_sanctions(verb, nouns, ctx):
            continue
        hosts = [p for c in verb.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"]
        # "Named in the EU's Official Journal": a named publication or list speaks for the official that owns it
        holders = [a for p in hosts for a in (ctx.actors(p, conj=False) + _owners(ctx.mention_root(p), ctx)
                                              if ctx.entity(p) else
                                              issuers(p, ctx) + list_keepers(p, ctx) + owner_before(p, ctx) +
                                              _owners(p, ctx))]
        holders = [a for a in dict.fromkeys(holders) if official(a, ctx) and a not in targets]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "r13curb:inverted-passive", ctx.status(verb), sent)


def _owners(name: Token, ctx: DocContext) -> list[str]:
    """The possessor of a name, named or described: ``the EU's Official Journal``, ``the bloc's Official Journal``
    -> the EU."""
    return [a for c in name.children if c.dep_ == "poss"
            for a in ctx.actors(ctx.mention_root(c) if ctx.entity(c) else c, conj=False)]


def spoke_of_sanctions(verb: Token, nouns: frozenset[str], ctx: DocContext) -> bool:
    """Whether a clause is about sanctions: a sanctions verb, or a word of sanctions, a package or a list in its
    sentence, or a text that speaks of sanctions."""
    return verb.lemma_ in sanction_words(ctx, "verbs") or any(t.lower_ in nouns for t in verb.sent) or \
        ctx.index.memo("r13curb:sanctions_text", lambda: any(
            t.pos_ in ("NOUN", "VERB") for t in ctx.find(ctx.doc[:], sanction_words(ctx, "nouns"))))


def _flow_ends_in(top: Token, ctx: DocContext) -> list[str]:
    """Where the flows in a clause go: ``shipping advanced chips to China``, ``exports of tools to Russia``,
    ``items bound for Iran`` (the ``to`` phrase of a flow verb or noun anywhere under ``top``)."""
    flows = ctx.lex_memo("r13curb:flow_words", lambda: frozenset(
        ctx.lex.words("r13curb_flow_verbs") | ctx.lex.words("export_nouns")))
    found = []
    for t in top.subtree:
        if t.lemma_ in flows or t.lower_ in flows:
            found += [a for p in ctx.pobjs(t, {"to"}) for a in place(p, ctx)]
        elif t.lower_ in ("bound", "destined"):
            found += [a for p in ctx.pobjs(t, {"for"}) for a in place(p, ctx)]
    return list(dict.fromkeys(found))


def _licensors(licence: Token, clause: Token, ctx: DocContext) -> list[str]:
    """Who grants the licence: ``a licence from the Commerce Department``; else who requires it (``Washington
    requires …``), what issues the requirement (``the Commerce Department's rule requires …``), or the speaker."""
    found = [a for p in ctx.pobjs(licence, {"from"}) for a in ctx.actors(p)]
    if found:
        return found
    issuing = ctx.lex.words("r13curb_issuing_nouns")
    if clause.lemma_ == "require":
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        found = [a for c in subjects if ctx.entity(c) for a in ctx.actors(c)]
        found += [a for c in subjects if c.lower_ in issuing or c.lemma_ in issuing
                  for a in issuers(c, ctx) + owner_before(c, ctx)]
    return found or speakers(clause, ctx)


@triggered_by(lambda lex: lex.words("r10curbs_licence_words"))
def licence_needed_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The rule requires exporters to obtain a licence before shipping chips to China, the Commerce Department
    said``, ``Nvidia needs a licence from the Commerce Department to sell its chips to China``: who grants the
    licence a flow to a destination needs restricts exports to it."""
    licences, getting = ctx.lex.words("r10curbs_licence_words"), ctx.lex.words("r13curb_licence_getting_verbs")
    for licence in ctx.find(sent, licences):
        verb = licence.head
        if licence.lower_ not in licences or licence.pos_ != "NOUN" or licence.dep_ != "dobj" or \
                verb.lemma_ not in getting or ctx.negated(verb) or ctx.negated(licence):
            continue
        # the clause that requires the licence: "requires X to obtain a licence", or the getting verb itself (its
        # "require" makes no plan of it)
        clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ == "require" else verb
        if not stated(clause, ctx) or any(c.dep_ == "aux" and c.lower_ in ctx.lex.planned.get("aux", [])
                                          for c in verb.children):
            continue
        if clause.lemma_ != "require" and verb.lemma_ not in ("need", "require") and \
                not any(c.dep_ == "aux" and c.lower_ in ("must", "have", "has") for c in verb.children):
            continue  # "X obtained a licence to ship …": a licence granted, no restriction told
        holders = [a for a in _licensors(licence, clause, ctx) if official(a, ctx)]
        targets = [a for a in _flow_ends_in(verb, ctx) if a not in holders]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "restrictsExportsTo", o, "r13curb:licence-needed", ctx.status(clause), sent)


def _agents(verb: Token, ctx: DocContext) -> list[str]:
    """The officials of a passive's ``by`` phrase."""
    return [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            for a in ctx.actors(p) if official(a, ctx)]


@triggered_by(lambda lex: {"listed"})
def listed_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The firms, including A and B, were listed by the European Union in June``: in a text about sanctions, an
    official that lists a target sanctions it (not a listing on an exchange: that has no official as its agent)."""
    for verb in ctx.find(sent, {"listed"}):
        if verb.lower_ != "listed" or verb.tag_ != "VBN" or not stated(verb, ctx):
            continue
        holders = _agents(verb, ctx)
        if not holders or not spoke_of_sanctions(verb, _measure_nouns(ctx), ctx):
            continue
        targets = [a for c in verb.children if c.dep_ == "nsubjpass" for a in names_of(c, ctx)]
        if verb.dep_ == "acl" and not targets:  # "firms listed by the EU, such as A and B"
            targets = names_of(verb.head, ctx)
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "r13curb:listed-by", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r13curb_including_verbs"))
def sanctioned_group_includes_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The list of companies sanctioned by the EU on Friday includes A, B and C``: the group a sanctions participle
    describes takes in the names its verb counts."""
    including, sanctioning = ctx.lex.words("r13curb_including_verbs"), sanction_words(ctx, "verbs")
    for verb in ctx.find(sent, including):
        if verb.pos_ != "VERB" or verb.lemma_ not in including or not stated(verb, ctx):
            continue
        groups = [c for c in verb.children if c.dep_ == "nsubj"]
        groups += [p for g in groups if g.lower_ in LIST_WORDS for p in ctx.pobjs(g, {"of"})]
        holders = [a for g in groups for c in g.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                   c.lemma_ in sanctioning and not ctx.negated(c) for a in _agents(c, ctx)]
        targets = [a for c in verb.children if c.dep_ == "dobj" for a in names_of(c, ctx)]
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "r13curb:sanctioned-group", ctx.status(verb), sent)
