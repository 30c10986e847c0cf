"""``the two companies``, ``both countries``: the pair a sentence before was about, not the two names said last.

``Microsoft struck a partnership with Mistral. Mistral will run its models on Microsoft's cloud, making it the second
developer after OpenAI to … The two companies also intend to …``: the linker takes the last two names of a fitting
kind (Mistral and OpenAI); the pair is the subject of the sentence before and the other actor of that kind its own
clause names (Mistral and Microsoft). :func:`resolve_pair_descriptions` reads it so, and leaves the linker's answer
where the sentence before has no such subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.relations.carry import sentence_at, sentences_of
from kg.nlp.relations.context import DocContext
from kg.nlp.r16xsent import indefinite_count

#: determiners that make a plural description a pair
PAIR_WORDS = {"two", "both"}


def _fits(ctx: DocContext, entity_id: str, kinds: set[str]) -> bool:
    e = ctx.entities.get(entity_id)
    return e is not None and ((e.subtype in kinds) if e.subtype else e.type in kinds)


def _clause_pair(ctx: DocContext, sent: Span, kinds: set[str]) -> list[str] | None:
    """The subject of ``sent``'s main clause and the first other actor of ``kinds`` its clause names (not inside a
    relative or adverbial clause), or a subject of two actors of ``kinds`` (r15newsa); None when the subject is not
    one or two actors of ``kinds`` or no other one is named."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = list(dict.fromkeys(a for a in ctx.clause_subjects(root) if _fits(ctx, a, kinds)))
    if len(subjects) == 2 and len(ctx.clause_subjects(root)) == 2:
        return subjects  # "Zambia and Congo signed a pact with the US. The two countries …": the subject pair
    if len(subjects) != 1:
        return None
    nested = {t.i for c in root.children if c.dep_ in ("advcl", "relcl", "ccomp", "parataxis")
              for t in c.subtree}
    for t in root.subtree:
        eid = ctx.mention_at.get(t.i)
        if t.i in nested or eid is None or eid == subjects[0] or not _fits(ctx, eid, kinds):
            continue
        return [subjects[0], eid]
    return None


def _pair_word(tok: Token) -> bool:
    """``the two companies``, ``both companies`` (not ``two Chinese banks``, a new pair: r16xsent.py)."""
    return any(c.lower_ in PAIR_WORDS and c.i < tok.i and c.dep_ in ("nummod", "det", "predet") for c in tok.children) \
        and not indefinite_count(tok)


def resolve_pair_descriptions(doc: Doc, ctx: DocContext) -> None:
    """A pair description at the start of its sentence's subject refers to the subject of the sentence before and
    the other actor of a fitting kind in that subject's clause (``group_references`` gives the kinds)."""
    table: dict[str, list[str]] = ctx.lex.value("group_references")
    for tok in ctx.find(doc[:], set(table)):
        if tok.lower_ not in table or tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj") or \
                not _pair_word(tok) or ctx.entity(tok):
            continue
        k = sentence_at(ctx, tok.i)
        kinds = set(table[tok.lower_])
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        named_before = {eid for t in sentences_of(ctx)[k] if t.i < tok.i and (eid := ctx.mention_at.get(t.i))} \
            if k else set()
        if k == 0 or subject and named_before:
            continue  # a name before it in its own sentence may be half of the pair
        pair = _clause_pair(ctx, sentences_of(ctx)[k - 1], kinds)
        if pair and not subject and (len(ctx.clause_subjects(sentences_of(ctx)[k - 1].root)) != 2 or
                                     named_before & set(pair)):
            continue  # an object: only a subject pair before, neither named again (r15newsa: "lend to the two …")
        if pair:
            ctx.refs[tok.i] = sorted(pair)
