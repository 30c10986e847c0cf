"""Export curbs and sanctions told through the measure itself, its holder named before it; words: ``r14curb_*`` keys
of ``data/lexicon/events.json``.

- the measure as the subject that reaches its targets, its holder named in front of it or in the sentence before:
  ``Washington tightened controls on chip tools. The rules bar shipments to SMIC and Huawei.``, ``Beijing
  retaliated with curbs on gallium exports. The restrictions hit the United States and Japan.``, ``The Treasury
  imposed sanctions on A. The measures also target B and C.``, ``China's export curbs hit Japan`` (``sanctions``
  for a sanctions measure, ``restrictsExportsTo`` for an export curb or a measure that stops shipments).

- a flow curbed with no one named, the measure told before: ``The Dutch government imposed export controls on ASML's
  machines. Shipments to China now need a licence.``;
- those a measure hits or keeps under it: ``Alfa-Bank was among the lenders hit by EU sanctions``, ``VTB is under
  sanctions from the United States, the EU and Britain``, ``Under US export controls, Nvidia cannot sell its chips
  to China``;
- a measure's holders after ``by``: ``the curbs by Washington, Tokyo and The Hague on tool exports to China``.

Businesses halted, supplies cut off and rivals cast are :mod:`kg.nlp.relations.r14curb_halts`'s. A measure the
text lifts, eases, threatens or only considers carries nothing; each rule visits only its trigger words (through
the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.carry import sentence_at, sentences_of
from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.curbs3 import sanction_words
from kg.nlp.relations.halts import place
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r13curb import counted, issuers, names_of, official, stated
from kg.nlp.relations.restraints import TARGET_TYPES
from kg.nlp.relations.slots import EXPORT_NOUNS, SERVICE_NOUNS, destination
from kg.nlp.relations.triggers import distinct_pairs

#: sentences back that a measure's holder may be named in
REACH = 2
#: determiners that make a measure noun the one the text spoke of (``the rules``, ``these curbs``)
DEFINITE = frozenset({"the", "these", "those", "such", "its", "their", "both"})
#: what the targets of an export curb may be
EXPORT_TARGETS = ("Country", "Organization")


def flow_noun(tok: Token) -> bool:
    """A noun of goods or services going to someone: ``shipments``, ``exports``, ``sales``, ``payments``."""
    return tok.lower_ in EXPORT_NOUNS or tok.lemma_ in EXPORT_NOUNS or tok.lower_ in SERVICE_NOUNS


def governing_verb(tok: Token) -> Token | None:
    """The verb a noun hangs on, through up to four heads: ``imposed curbs on X`` -> ``imposed``."""
    head = tok
    for _ in range(4):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def withdrawn(verb: Token | None, ctx: DocContext, *, of_noun: bool = True) -> bool:
    """A measure lifted, eased, threatened, considered, denied or not yet in force: ``lifted export curbs``,
    ``threatened to restrict exports``; ``of_noun``: ``verb`` is the one a measure noun hangs on."""
    if verb is None:
        return False
    undoing = ctx.lex.words("r14curb_undoing_verbs")
    return (of_noun and verb.lemma_ in undoing) or ctx.negated(verb) or ctx.status(verb) != "asserted" or \
        (verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in undoing)


def weighed(verb: Token, ctx: DocContext) -> bool:
    """A verb only considered, threatened or denied by the clause above it: ``is considering shutting down``."""
    return verb.dep_ in ("xcomp", "ccomp", "pcomp") and verb.head.lemma_ in ctx.lex.words("r14curb_undoing_verbs")


def negated_above(tok: Token, ctx: DocContext, levels: int = 3) -> bool:
    """Whether a clause above ``tok`` is negated: ``X was not among the lenders hit by …``."""
    for _ in range(levels):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and ctx.negated(tok):
            return True
    return False


def export_marked(tok: Token, ctx: DocContext) -> bool:
    """Whether a curb noun or verb is about exports: an export word or a technology under it (``export controls``,
    ``curbs on gallium exports``, ``controls on chip tools``, ``restricted shipments of drones``)."""
    export_words = ctx.lex.words("export_nouns")
    for t in tok.subtree:
        if t.i != tok.i and (t.lower_ in export_words or flow_noun(t) or t.ent_type_ == "Technology"):
            return True
    return False


def measure_kind(tok: Token, ctx: DocContext) -> str | None:
    """``sanctions`` or ``export`` for a measure word, by its own words: a sanctions noun or verb; a curb
    (``controls``, ``curbs``, ``restrictions``, ``ban``, ``restrict``, ``halt``) about exports."""
    if tok.pos_ == "NOUN":
        if tok.lemma_ in sanction_words(ctx, "nouns") and tok.lemma_ != "measure":
            return "sanctions"
        if tok.lemma_ in ctx.lex.words("r14curb_curb_nouns") and export_marked(tok, ctx):
            return "export"
    elif tok.pos_ == "VERB":
        if tok.lemma_ in ctx.lex.words("r14curb_sanctioning_verbs"):
            return "sanctions"
        if tok.lemma_ in ctx.lex.words("r14curb_curbing_verbs") and export_marked(tok, ctx):
            return "export"
    return None


def measure_holders(tok: Token, ctx: DocContext) -> list[str]:
    """Who holds a measure: the names in front of the noun (``Beijing's curbs``, ``US sanctions``), or the subject
    of the verb that imposes it (``Washington tightened controls``, ``Beijing retaliated with curbs``)."""
    if tok.pos_ == "NOUN":
        found = issuers(tok, ctx)
        verb = governing_verb(tok)
        if not found and verb is not None:
            found = ctx.subjects(verb)
    else:
        found = ctx.subjects(tok)
    return [a for a in found if official(a, ctx)]


def sanction_words_of(lex: Lexicon) -> frozenset[str]:
    """The trigger words of :func:`measure_agent_rule`: nouns of sanctions and of export curbs.

    >>> lex = Lexicon.from_dict({"predicates": {"sanctions": {"nouns": {"sanctions": ["on"]}, "verbs": {}}}},
    ...                         {"r14curb_curb_nouns": ["curbs"]})
    >>> sorted(sanction_words_of(lex))
    ['curbs', 'sanctions']
    """
    return frozenset(n for n, entries in lex.nouns.items() if any(p == "sanctions" for p, _s in entries)) | \
        lex.words("r14curb_curb_nouns")


def _measure_words(ctx: DocContext) -> frozenset[str]:
    return ctx.lex_memo("r14curb:measure_words", lambda: sanction_words(ctx, "nouns") | frozenset(
        ctx.lex.words("r14curb_curb_nouns") | ctx.lex.words("r14curb_sanctioning_verbs") |
        ctx.lex.words("r14curb_curbing_verbs") | ctx.lex.words("r14curb_measure_subjects")))


def measure_before(span: Span, ctx: DocContext, known: bool) -> tuple[list[str], str | None] | None:
    """The last measure a stretch of text names, as its holders and kind; ``None`` when there is none or the last
    one is lifted, threatened or denied (nothing is carried past it). ``known``: the caller knows the kind, so a
    measure of no kind of its own counts too (``The Commerce Department issued the rules.``)."""
    subjects = ctx.lex.words("r14curb_measure_subjects")
    for tok in reversed(ctx.find(span, _measure_words(ctx))):
        kind = measure_kind(tok, ctx)
        if kind is None and not (known and tok.pos_ == "NOUN" and tok.lower_ in subjects):
            continue
        # (a measure noun's own reading of negation takes the curbing verb it hangs on for a denial)
        if withdrawn(tok, ctx, of_noun=False) if tok.pos_ == "VERB" else withdrawn(governing_verb(tok), ctx):
            return None
        holders = measure_holders(tok, ctx)
        if holders:
            return holders, kind
    return None


def antecedent(subject: Token, ctx: DocContext, known: bool) -> tuple[list[str], str | None] | None:
    """The measure a subject such as ``the rules`` refers to: the last one named before it in its own sentence or
    in one of the two sentences before."""
    k = sentence_at(ctx, subject.i)
    sents = sentences_of(ctx)
    here = sents[k]
    found = measure_before(ctx.doc[here.start:subject.left_edge.i], ctx, known) \
        if subject.left_edge.i > here.start else None
    for back in range(1, REACH + 1):
        if found is not None or k - back < 0:
            break
        found = measure_before(sents[k - back], ctx, known)
    return found


def reached(verb: Token, ctx: DocContext) -> tuple[list[str], bool]:
    """Whom a measure's verb reaches, and whether through goods sent to them: ``target X``, ``hit X``, ``apply to
    X``; ``bar shipments to X``, ``restrict exports of chips to X``; ``bar firms from supplying X``."""
    through_goods = False
    found: list[str] = []
    for p in ctx.pobjs(verb, {"from"}):
        for c in [p] + [c for c in p.children if c.dep_ in ("pcomp", "pobj")]:
            if c.lemma_ in ctx.lex.words("r13curb_flow_verbs"):
                through_goods = True
                found += [a for d in c.children if d.dep_ == "dobj" for a in names_of(d, ctx)]
                found += [a for q in ctx.pobjs(c, {"to"}) for a in ctx.actors(q)]
    if through_goods:
        return found, True  # "bar American firms from supplying X": the firms are not the target
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if flow_noun(c):
            through_goods = True
            found += destination(c, ctx) + [a for q in ctx.pobjs(verb, {"to"}) for a in ctx.actors(q)]
        else:
            found += names_of(c, ctx)
    if verb.lemma_ in ctx.lex.words("r14curb_to_verbs"):
        for q in ctx.pobjs(verb, {"to"}):
            if flow_noun(q):
                through_goods = True
                found += destination(q, ctx)
            else:
                found += names_of(q, ctx)
    return list(dict.fromkeys(found)), through_goods


def _subject_kind(subject: Token, ctx: DocContext) -> str | None:
    """``sanctions`` for ``the sanctions``, ``export`` for ``the export curbs``; ``None`` for ``the rules``."""
    if subject.pos_ == "NOUN":
        return measure_kind(subject, ctx)
    return None


def measure_subject(subject: Token, ctx: DocContext) -> bool:
    """``the rules``, ``these curbs``, ``China's new export controls``, ``they``: a measure the text spoke of."""
    if subject.pos_ == "PRON":
        return not ctx.actors(subject)
    return any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or ctx.entity(c)) for c in subject.children)


@triggered_by(lambda lex: lex.words("r14curb_measure_subjects"))
def measure_reach_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Washington tightened controls on chip tools. The rules bar shipments to SMIC and Huawei.``, ``The Treasury
    imposed sanctions on A. The measures also target B.``, ``China's export curbs hit Japan``: the measure's holder
    restricts exports to (or sanctions) those the measure reaches."""
    verbs = ctx.lex.words("r14curb_reaching_verbs")
    for subject in ctx.find(sent, ctx.lex.words("r14curb_measure_subjects")):
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ not in verbs or \
                not measure_subject(subject, ctx) or not stated(verb, ctx):
            continue
        targets, through_goods = reached(verb, ctx)
        if not targets:
            continue
        own = _subject_kind(subject, ctx)
        holders = [a for a in issuers(subject, ctx) if official(a, ctx)] if subject.pos_ == "NOUN" else []
        kind = "export" if through_goods else own if holders else None
        if not holders:
            if subject.pos_ == "PRON" and verb.dep_ == "ccomp" and \
                    verb.head.lemma_ in ctx.lex.words("r13curb_reporting_verbs"):
                continue  # "both firms said they had halted shipments to X": the speakers, no measure (r16news4)
            found = antecedent(subject, ctx, kind is not None)
            if found is None or (subject.pos_ == "PRON" and not through_goods):
                continue
            holders, earlier = found
            kind = kind or earlier or own  # "Kenya banned exports of maize. The ban hit Uganda": the ban told before
        if kind is None:
            continue
        predicate, types = ("sanctions", TARGET_TYPES) if kind == "sanctions" else \
            ("restrictsExportsTo", EXPORT_TARGETS)
        if kind == "export" and not through_goods and verb.lemma_ in ctx.lex.words("r14curb_impact_verbs"):
            types = ("Country",)  # "The curbs hit Nvidia": a firm an export curb hits is most often the exporter
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in types)):
            yield Candidate(s, predicate, o, "r14curb:measure-reach", ctx.status(verb), sent)


def curbed_flow(flow: Token, ctx: DocContext) -> Token | None:
    """The verb that curbs a flow named as its subject: ``Exports of chips to China are now banned``, ``Shipments
    to China now need a licence`` (no one named who curbs it)."""
    verb = flow.head
    if flow.dep_ == "nsubjpass" and verb.tag_ == "VBN" and verb.lemma_ in ctx.lex.words("r14curb_curbing_verbs") and \
            not any(c.dep_ == "agent" for c in verb.children):
        return verb
    if flow.dep_ == "nsubj" and verb.lemma_ in ctx.lex.words("r10curbs_needing_verbs") and \
            any(c.dep_ == "dobj" and c.lower_ in ctx.lex.words("r10curbs_licence_words") for c in verb.children):
        return verb
    return None


@triggered_by(lambda lex: lex.words("export_nouns"))
def curbed_flow_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Dutch government imposed export controls on ASML's machines. Shipments to China now need a
    licence.``, ``Beijing tightened its rules. Exports of gallium to the United States are now banned.``: the
    holder of the measure named before restricts exports to where the flow goes."""
    for flow in ctx.find(sent, ctx.lex.words("export_nouns")):
        verb = curbed_flow(flow, ctx) if flow.pos_ == "NOUN" else None
        if verb is None or not stated(verb, ctx):
            continue
        targets = [a for a in destination(flow, ctx) if ctx.type_of(a) in EXPORT_TARGETS]
        found = antecedent(flow, ctx, True) if targets else None
        if found is None:
            continue
        for s, o in distinct_pairs(found[0], targets):
            yield Candidate(s, "restrictsExportsTo", o, "r14curb:curbed-flow", ctx.status(verb), sent)


def hit_targets(verb: Token, ctx: DocContext) -> list[str]:
    """Who a participle says a measure hit: ``X was hit by …``, ``X, hit by …``, ``X was among the lenders hit by
    …``, ``lenders hit by …, including X``."""
    found = [a for c in verb.children if c.dep_ == "nsubjpass" for a in names_of(c, ctx)]
    if not found and verb.dep_ == "acl" and verb.head.i != verb.i:
        group = verb.head
        found = ctx.actors(ctx.mention_root(group), conj=False) if ctx.entity(group) else \
            counted(group, ctx) or names_of(group, ctx)
    return found


def measure_sources(noun: Token, ctx: DocContext) -> list[str]:
    """Who holds the measure a noun names: ``EU sanctions``, ``sanctions from the United States, the EU and
    Britain``."""
    return issuers(noun, ctx) + [a for p in ctx.pobjs(noun, {"from", "by"}) for a in ctx.actors(p)]


def _kept_from(noun: Token, verb: Token, sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Under US export controls, Nvidia cannot sell its chips to China``: the measure's holder restricts exports
    to those a seller may not supply under it."""
    if measure_kind(noun, ctx) is None:
        return
    targets = [a for p in ctx.pobjs(verb, {"to"}) for a in place(p, ctx)]
    targets += [a for c in verb.children if c.dep_ in ("dobj", "dative") and verb.lemma_ == "supply"
                for a in names_of(c, ctx)]
    holders = [a for a in measure_sources(noun, ctx) if official(a, ctx)]
    for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in EXPORT_TARGETS)):
        yield Candidate(s, "restrictsExportsTo", o, "r14curb:kept-from", ctx.status(noun), sent)


@triggered_by(lambda lex: sanction_words_of(lex))
def measure_agent_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Alfa-Bank was among the lenders hit by EU sanctions``, ``firms targeted by US export controls``, ``VTB is
    under sanctions from the United States, the EU and Britain``: the measure's holder sanctions (or restricts
    exports to) those it hits."""
    for noun in ctx.find(sent, _measure_words(ctx)):
        prep = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
            continue
        verb = prep.head
        if prep.dep_ == "agent" and verb.tag_ == "VBN" and verb.lemma_ in ctx.lex.words("r14curb_reaching_verbs"):
            targets = hit_targets(verb, ctx)
        elif prep.lower_ == "under" and verb.lemma_ in ctx.lex.words("r14curb_being_verbs"):
            targets = ctx.clause_subjects(verb)
        elif prep.lower_ == "under" and verb.lemma_ in ctx.lex.words("r13curb_flow_verbs") and ctx.negated(verb):
            yield from _kept_from(noun, verb, sent, ctx)  # "Under US export controls, Nvidia cannot sell … to China"
            continue
        else:
            continue
        kind = measure_kind(noun, ctx)
        if kind is None or ctx.negated(verb) or negated_above(verb, ctx):
            continue
        predicate, types = ("sanctions", TARGET_TYPES) if kind == "sanctions" else \
            ("restrictsExportsTo", EXPORT_TARGETS)
        holders = [a for a in measure_sources(noun, ctx) if official(a, ctx)]
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in types)):
            yield Candidate(s, predicate, o, "r14curb:measure-agent", ctx.status(verb), sent)


@triggered_by(lambda lex: sanction_words_of(lex))
def measure_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The curbs by Washington, Tokyo and The Hague on tool exports to China``, ``sanctions by the EU and Britain
    on Sovcomflot``: the holders a measure names after ``by`` hold it against its targets."""
    for noun in ctx.find(sent, _measure_words(ctx)):
        if noun.pos_ != "NOUN":
            continue
        by = list(ctx.pobjs(noun, {"by"}))
        holders = [a for p in by for a in ctx.actors(p) if official(a, ctx)]
        kind = measure_kind(noun, ctx) if holders else None
        if kind is None or withdrawn(governing_verb(noun), ctx):
            continue
        targets: list[str] = []
        # the parser may hang "on X" on the last holder: "sanctions by the EU and Britain on Sovcomflot"
        for p in [q for h in [noun] + by + [c for p in by for c in p.conjuncts]
                  for q in ctx.pobjs(h, {"on", "against", "to"})]:
            targets += destination(p, ctx) if flow_noun(p) else names_of(p, ctx)
        predicate, types = ("sanctions", TARGET_TYPES) if kind == "sanctions" else \
            ("restrictsExportsTo", EXPORT_TARGETS)
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in types)):
            yield Candidate(s, predicate, o, "r14curb:measure-by", ctx.status(noun), sent)


R14CURB_RULES = (measure_by_rule, measure_agent_rule, measure_reach_rule, curbed_flow_rule)
