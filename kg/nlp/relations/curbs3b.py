"""More sanctions and membership constructions beside :mod:`kg.nlp.relations.curbs3`; their words are in
``data/lexicon/events.json`` (``curbs3_*`` keys).

- a measure told in a clause set before its target: ``Sanctioned by the United States in 2020, SMIC …``, ``After
  being blacklisted by Washington, Huawei …`` (``sanctions``);
- access to a company's service blocked by a state: ``Moscow blocked access to Facebook`` (``sanctions``);
- sanctions whose target the sentence leaves to the document: ``Western sanctions over the war forced the sale``
  in a text about Russia (the country it names at least twice as often as any other) (``sanctions``);
- the members a body's name is followed by: ``the G7 (the United States, Japan, …)``, ``the Quad — the United
  States, Japan, India and Australia —``, ``the Quad grouping of the United States, Japan, …`` (``memberOf``).

Each rule visits only the sentence's words of its list, or its mentions of multi-state bodies (through the document
index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.governments import dominant_country
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.curbs3 import named_holders, official_actor, sanction_words
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.restraints import TARGET_TYPES
from kg.nlp.relations.triggers import distinct_pairs

OPENERS = {"(": ")", "\u2014": "\u2014", "\u2013": "\u2013", "--": "--"}
LIST_GLUE = {",", "and", "the", "as", "well"}


def _fronted_target_clause(verb: Token) -> Token | None:
    """The main verb a fronted passive clause describes the subject of: ``Sanctioned by X, SMIC kept …``,
    ``After being blacklisted by X, Huawei built …``."""
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.i < verb.head.head.i and \
            verb.head.lower_ in ("after", "since", "having", "despite"):
        return verb.head.head
    return None


@triggered_by(lambda lex: {v for v, entries in lex.verbs.items() if any(p == "sanctions" for p, _s in entries)})
def fronted_passive_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sanctioned by the United States in 2020, SMIC kept expanding``, ``After being blacklisted by Washington in
    2019, Huawei built its own chips``: the agent of a fronted passive sanctions the subject of the clause after
    it."""
    for verb in ctx.find(sent, sanction_words(ctx, "verbs")):
        if verb.tag_ != "VBN" or verb.lemma_ not in ("sanction", "blacklist", "designate", "penalize", "penalise"):
            continue
        main = _fronted_target_clause(verb)
        # the parser may label a lone name's "by" prep rather than agent ("Sanctioned by Norway in June, …")
        agents = [p for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj"]
        if main is None or not agents or ctx.negated(verb):
            continue
        holders = [a for p in agents for a in ctx.actors(p) if ctx.type_of(a) != "Person"]
        targets = [a for c in main.children if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.actors(c)
                   if ctx.type_of(a) in TARGET_TYPES]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "curb:fronted-passive", ctx.status(verb), sent)


@triggered_by(lambda lex: {"access"})
def blocked_access_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Moscow blocked access to Facebook``, ``the regulator restricted access to Telegram``: a state or its body
    that blocks access to a company's service sanctions the company."""
    blocking = ctx.lex.words("ban_verbs")
    for access in ctx.find(sent, {"access"}):
        verb = access.head
        if access.pos_ != "NOUN" or access.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in blocking:
            continue
        targets = [a for p in list(ctx.pobjs(access, {"to"})) + list(ctx.pobjs(verb, {"to"})) for a in ctx.actors(p)
                   if ctx.type_of(a) == "Organization"]
        if not targets or ctx.negated(verb):
            continue
        holders = [a for a in ctx.subjects(verb) if official_actor(a, ctx)]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "curb:blocked-access", ctx.status(verb), sent)


def _names_from(i: int, end: int, closer: str | None, ctx: DocContext) -> list[str]:
    """The names in a run from token ``i``: joined by commas and ``and``, up to ``closer`` (which must come) or
    to the first other word."""
    out, doc = [], ctx.doc
    while i < end:
        eid = ctx.mention_at.get(i)
        if eid:
            if eid not in out:
                out.append(eid)
            while i + 1 < end and ctx.mention_at.get(i + 1) == eid:
                i += 1
        elif closer is not None and doc[i].text == closer:
            return out
        elif doc[i].lower_ not in LIST_GLUE:
            break
        i += 1
    return out if closer is None else []


@triggered_by(types=("InternationalOrganization",))
def bloc_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The G7 (the United States, Japan, Germany, …)``, ``the Quad — the United States, Japan, India and
    Australia —``, ``the Quad grouping of the United States, Japan, India and Australia``: the states listed right
    after a multi-state body's name are its members."""
    doc, blocs = ctx.doc, ctx.lex.words("curbs3_bloc_nouns")
    for mention in ctx.index.ents_typed(sent, "InternationalOrganization", ctx.type_of):
        i = mention.end
        if i + 2 >= sent.end:
            continue
        word = doc[i].text
        if word in OPENERS:
            members = _names_from(i + 1, sent.end, OPENERS[word], ctx)
        elif doc[i].lower_ in blocs and doc[i + 1].lower_ == "of":
            members = _names_from(i + 2, sent.end, None, ctx)
        elif doc[i - 1].lower_ in blocs and doc[i].lower_ == "of":  # the bloc noun inside the name: "BRICS bloc"
            members = _names_from(i + 1, sent.end, None, ctx)
        else:
            continue
        countries = [m for m in members if ctx.type_of(m) == "Country"]
        if len(countries) < 2 or len(countries) < len(members):
            continue  # only a list of states ("NATO (which Turkey joined)" is the other rules')
        for s, o in distinct_pairs(countries, [mention.kb_id_]):
            yield Candidate(s, "memberOf", o, "member:bloc-list", "asserted", sent)


def _untargeted(noun: Token, ctx: DocContext) -> bool:
    """Whether a sanctions noun names no target of its own (``on``, ``against``, ``targeting``, a relative clause)
    nor sits in a clause that gives one (``X faces sanctions``, ``sanctions hit X``, ``imposed sanctions on X``)."""
    if any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ not in ("over", "for", "since", "after", "imposed")
           for c in noun.children):
        return False
    verb = noun.head
    if noun.dep_ == "nsubj":  # "sanctions hit Rosneft" names its target: not "sanctions forced Yandex to sell"
        return verb.lemma_ not in ctx.lex.words("measure_targeting_verbs") or \
            not any(c.dep_ == "dobj" and ctx.entity(c) for c in verb.children)
    return noun.dep_ == "dobj" and verb.lemma_ not in ctx.lex.words("facing_verbs") and \
        not any(c.dep_ in ("dative", "prep") and c.lower_ not in ("over", "for", "since", "after", "in")
                for c in verb.children)


@triggered_by(lambda lex: {"sanctions"})
def implicit_target_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Western sanctions over the war forced the sale``, ``the sanctions imposed by the EU hit its business``:
    in a text about one country (named at least twice as often as any other), sanctions that name their holder
    and no target of their own are on that country."""
    for noun in ctx.find(sent, {"sanctions"}):
        if noun.pos_ != "NOUN" or noun.lower_ != "sanctions" or not _untargeted(noun, ctx):
            continue
        if noun.i + 1 < sent.end and ctx.entity(ctx.doc[noun.i + 1]):
            continue  # "EU sanctions Rosneft over Ukraine war": a headline's verb the parser read as a noun
        holders = named_holders(noun, ctx)
        holders += [a for c in noun.children if c.dep_ == "acl" and c.lower_ == "imposed" for g in c.children
                    if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for a in ctx.actors(p)]
        if noun.dep_ == "dobj" and noun.head.lemma_ in ctx.lex.words("curbs3_imposing_verbs"):
            holders += ctx.subjects(noun.head)  # "the EU imposed sanctions after the annexation"
        holders = [a for a in holders if ctx.type_of(a) in ("Country", "InternationalOrganization", "Bloc")]
        if not holders or ctx.negated(noun) or ctx.status(noun) != "asserted" or ctx.negated(noun.head) or \
                ctx.status(noun.head) != "asserted":
            continue
        target = ctx.index.memo("curbs3:dominant_country", lambda: dominant_country(ctx.mentions))
        if target is None:
            continue
        for s, o in distinct_pairs(holders, [target]):
            yield Candidate(s, "sanctions", o, "curb:implicit-target", "asserted", sent)
