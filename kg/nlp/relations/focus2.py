"""Same-sentence constructions of the high-support predicates that the trigger and title rules miss.

* Heads of a part work for the whole: ``QIA's head of funds, X``, ``X, director of the CAC's coordination
  bureau``, ``X, who heads TikTok's Indian business`` give ``worksFor`` (not ``leaderOf``) the organisation.
* Signing a partnership is an agreement: ``Brussels signed partnerships with Canada and Chile``; ``Uber signed up
  Baidu`` (``agreementWith``).

The word lists are in ``data/lexicon/structure.json`` (``unit_words``, ``leading_bodies``, ``signing_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext


def heads_a_part(title_tok: Token, ctx: DocContext) -> bool:
    """Whether a leader's title names the head of a field or unit, not of the organisation itself: ``head of
    funds``, ``chief designer of China's lunar programme``, ``director of the ministry's press bureau``.

    ``head of the board``, ``head of state``, ``head of the company`` and ``head of Sberbank`` lead the whole.
    """
    leading = ctx.lex.words("leading_bodies")
    org_nouns = ctx.lex.words("org_nouns") - ctx.lex.words("unit_words")
    if any(c.dep_ == "compound" and c.lower_ in ctx.lex.words("unit_words") for c in title_tok.children):
        return True  # "the bureau head, X"
    for pobj in ctx.pobjs(title_tok, {"of", "for"}):
        if ctx.actors(pobj, conj=False) or pobj.lower_ in leading or pobj.lemma_ in leading:
            return False
        if pobj.lower_ in org_nouns or pobj.lemma_ in org_nouns or pobj.pos_ == "PROPN":
            return False  # "head of the company": a reference to the organisation itself
        return True  # "head of funds", "head of AI", "head of the ministry's press bureau"
    return False


def unit_owners(obj: Token, ctx: DocContext) -> list[str]:
    """The organisations a headed unit belongs to: ``TikTok's Indian business`` -> TikTok (``who heads …``)."""
    if ctx.actors(obj, conj=False) or (obj.lower_ not in ctx.lex.words("unit_words")
                                       and obj.lemma_ not in ctx.lex.words("unit_words")):
        return []
    return [a for c in obj.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
            if ctx.type_of(a) not in ("Person", "Technology")]


def signed_partnership_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X signed partnerships with Y and Z`` (a cooperation noun signed is an agreement), ``X signed up Y``."""
    nouns = ctx.lex.words("signed_cooperation_nouns")
    for verb in ctx.find(sent, ctx.lex.words("signing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        others: list[str] = []
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            # "Uber signed up Baidu": the signed-up party is the other side
            others = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        else:
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                if obj.lower_ in nouns or obj.lemma_ in nouns:
                    withs = list(ctx.pobjs(obj, {"with"})) + list(ctx.pobjs(verb, {"with"}))
                    others += [a for p in withs for a in ctx.actors(p)]
        if not others:
            continue
        status = ctx.status(verb)
        for subject in ctx.subjects(verb):
            for other in dict.fromkeys(others):
                if subject != other and ctx.is_actor(subject) and ctx.is_actor(other):
                    yield Candidate(subject, "agreementWith", other, f"agreement:signed:{verb.lemma_}", status, sent)
