"""``focusesOn`` of the founders of a venture set up for a field (branch r16focus): ``Blackstone and Temasek have
formed a joint venture to invest in AI infrastructure`` — the parser hangs ``to invest`` on the venture, so the
focus verb has no subject of its own; the founders work on what their venture is set up to do. Nothing for a
negated or only supposed founding (``could form``), nor for a venture other parties run (``joined a venture``).

Word lists: ``venture_nouns`` and ``founding_verbs`` (data/lexicon/events.json), ``joint_vehicles``
(data/lexicon/structure.json), ``focus_verbs``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.focus import not_a_focus
from kg.nlp.relations.index import triggered_by


def founded_vehicle(verb: Token, ctx: DocContext) -> Token | None:
    """The founding verb when ``verb`` is an infinitive hung on the venture that verb sets up (``formed a venture
    to invest``), else None."""
    vehicle = verb.head
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if vehicle.lemma_ not in ctx.lex.words("venture_nouns") | ctx.lex.words("joint_vehicles") or \
            vehicle.dep_ != "dobj":
        return None
    founding = vehicle.head
    return founding if founding.lemma_ in ctx.lex.words("founding_verbs") else None


@triggered_by(lambda lex: lex.words("focus_verbs"))
def venture_purpose_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X and Y formed a joint venture to invest in AI infrastructure``: X and Y focus on AI."""
    for tok in ctx.find(sent, ctx.lex.words("focus_verbs")):
        if tok.pos_ != "VERB" or tok.lemma_ not in ctx.lex.words("focus_verbs") or ctx.subjects(tok):
            continue
        founding = founded_vehicle(tok, ctx)
        if founding is None or ctx.negated(founding) or ctx.negated(tok) or not_a_focus(tok, ctx) or \
                any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in founding.children):
            continue
        techs = [t for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("in", "into", "on"))
                 for t in ctx.technologies(c)]
        for actor in ctx.subjects(founding):
            for tech in dict.fromkeys(techs):
                yield Candidate(actor, "focusesOn", tech, "focus:venture-purpose", ctx.status(founding), sent)


R16FOCUS_RULES = (venture_purpose_rule,)
