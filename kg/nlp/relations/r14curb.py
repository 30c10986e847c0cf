"""Export curbs and sanctions told through the measure itself, its holder named before it; words: ``r14curb_*`` keys
of ``data/lexicon/events.json``.

- the measure as the subject that reaches its targets, its holder named in front of it or in the sentence before:
  ``Washington tightened controls on chip tools. The rules bar shipments to SMIC and Huawei.``, ``Beijing
  retaliated with curbs on gallium exports. The restrictions hit the United States and Japan.``, ``The Treasury
  imposed sanctions on A. The measures also target B and C.``, ``China's export curbs hit Japan`` (``sanctions``
  for a sanctions measure, ``restrictsExportsTo`` for an export curb or a measure that stops shipments).

A measure the text lifts, eases, threatens or only considers carries nothing; each rule visits only its trigger
words (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.carry import sentence_at, sentences_of
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.curbs3 import sanction_words
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r13curb import issuers, names_of, official, stated
from kg.nlp.relations.restraints import TARGET_TYPES
from kg.nlp.relations.slots import EXPORT_NOUNS, SERVICE_NOUNS, destination
from kg.nlp.relations.triggers import distinct_pairs

#: sentences back that a measure's holder may be named in
REACH = 2
#: determiners that make a measure noun the one the text spoke of (``the rules``, ``these curbs``)
DEFINITE = frozenset({"the", "these", "those", "such", "its", "their", "both"})
#: what the targets of an export curb may be
EXPORT_TARGETS = ("Country", "Organization")


def _words(ctx: DocContext, key: str) -> frozenset[str]:
    return ctx.lex_memo(f"r14curb:{key}", lambda: frozenset(ctx.lex.words(key)))


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
    undoing = _words(ctx, "r14curb_undoing_verbs")
    return (of_noun and verb.lemma_ in undoing) or ctx.negated(verb) or ctx.status(verb) != "asserted" or \
        (verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in undoing)


def export_marked(tok: Token, ctx: DocContext) -> bool:
    """Whether a curb noun or verb is about exports: an export word or a technology under it (``export controls``,
    ``curbs on gallium exports``, ``controls on chip tools``, ``restricted shipments of drones``)."""
    export_words = _words(ctx, "export_nouns")
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
        if tok.lemma_ in _words(ctx, "r14curb_curb_nouns") and export_marked(tok, ctx):
            return "export"
    elif tok.pos_ == "VERB":
        if tok.lemma_ in _words(ctx, "r14curb_sanctioning_verbs"):
            return "sanctions"
        if tok.lemma_ in _words(ctx, "r14curb_curbing_verbs") and export_marked(tok, ctx):
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


def _measure_words(ctx: DocContext) -> frozenset[str]:
    return ctx.lex_memo("r14curb:measure_words", lambda: sanction_words(ctx, "nouns") | frozenset(
        ctx.lex.words("r14curb_curb_nouns") | ctx.lex.words("r14curb_sanctioning_verbs") |
        ctx.lex.words("r14curb_curbing_verbs") | ctx.lex.words("r14curb_measure_subjects")))


def measure_before(span: Span, ctx: DocContext, known: bool) -> tuple[list[str], str | None] | None:
    """The last measure a stretch of text names, as its holders and kind; ``None`` when there is none or the last
    one is lifted, threatened or denied (nothing is carried past it). ``known``: the caller knows the kind, so a
    measure of no kind of its own counts too (``The Commerce Department issued the rules.``)."""
    subjects = _words(ctx, "r14curb_measure_subjects")
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
            if c.lemma_ in _words(ctx, "r13curb_flow_verbs"):
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
    if verb.lemma_ in _words(ctx, "r14curb_to_verbs"):
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
    verbs = _words(ctx, "r14curb_reaching_verbs")
    for subject in ctx.find(sent, _words(ctx, "r14curb_measure_subjects")):
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ not in verbs or \
                not measure_subject(subject, ctx) or not stated(verb, ctx):
            continue
        targets, through_goods = reached(verb, ctx)
        if not targets:
            continue
        own = _subject_kind(subject, ctx)
        holders = [a for a in issuers(subject, ctx) if official(a, ctx)] if subject.pos_ == "NOUN" else []
        kind = "export" if through_goods else own
        if not holders:
            found = antecedent(subject, ctx, kind is not None)
            if found is None or (subject.pos_ == "PRON" and not through_goods):
                continue
            holders, earlier = found
            kind = kind or earlier
        if kind is None:
            continue
        predicate, types = ("sanctions", TARGET_TYPES) if kind == "sanctions" else \
            ("restrictsExportsTo", EXPORT_TARGETS)
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in types)):
            yield Candidate(s, predicate, o, "r14curb:measure-reach", ctx.status(verb), sent)


R14CURB_RULES = (measure_reach_rule,)
