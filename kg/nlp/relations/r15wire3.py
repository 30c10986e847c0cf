"""Relations in the forms of translated state media and official releases (branch r15wire3).

State media put a long official title, with the body it is of, before a name: ``Director General of the State
Corporation Roscosmos Dmitry Bakanov``, ``Minister of Mines and Energy of Senegal Birame Diop``, ``the Prime
Minister of Senegal, His Excellency Mr. Ousmane Sonko``. The title gives the person's relation to the body or
country it names (leaderOf or worksFor, by :func:`kg.nlp.relations.titles.title_kind`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r9based import _list_start as list_start, group_noun, list_names
from kg.nlp.relations.titles import entity_kind, title_kind, titles

#: words a minister's portfolio is written with between the title and ``of <country>``
_GLUE = frozenset({",", "and", "&", "of", "the", "for"})
_MAX_PORTFOLIO = 10


def _mention_start(k: int, ctx: DocContext) -> int:
    """The first token of the mention token ``k`` is in."""
    eid = ctx.mention_at.get(k)
    while k > 0 and ctx.mention_at.get(k - 1) == eid:
        k -= 1
    return k


def _title_before(sent: Span, of: int, ctx: DocContext) -> list[str]:
    """The title words that end at the ``of`` at token ``of`` (``Director General``), or ``minister`` when a
    portfolio in capitals stands between a minister's title and it (``Minister of Mines and Energy``)."""
    doc, title = ctx.doc, titles(ctx.lex)
    words: list[str] = []
    k = of - 1
    while k >= sent.start and doc[k].lower_ in title.words and doc[k].lower_ not in ("of", "and") and \
            ctx.mention_at.get(k) is None:
        words.insert(0, doc[k].lower_)
        k -= 1
    if words:
        return words
    k = of - 1
    while k >= sent.start and of - k <= _MAX_PORTFOLIO and ctx.mention_at.get(k) is None and (
            doc[k].is_title or doc[k].lower_ in _GLUE):
        if doc[k].lower_ in ("of", "for") and k > sent.start and doc[k - 1].lower_ == "minister":
            return ["minister"]
        k -= 1
    return []


@triggered_by(types=("Person",))
def official_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Director General of the State Corporation Roscosmos Dmitry Bakanov``, ``Minister of Mines and Energy of
    Senegal Birame Diop``, ``the President of Senegal, His Excellency Mr. Ousmane Sonko``: the person after a title
    of a named body or country leads it or works for it."""
    doc = ctx.doc
    styles = ctx.lex_memo("r15wire3:styles", lambda: frozenset(ctx.lex.words("r14pub_honorifics") |
                                                               ctx.lex.words("r15wire3_styles")))
    for pid in {ctx.mention_at[t.i] for t in sent if ctx.mention_at.get(t.i)}:
        if ctx.type_of(pid) != "Person":
            continue
        start = next(t.i for t in sent if ctx.mention_at.get(t.i) == pid)
        k = start - 1
        while k >= sent.start and doc[k].lower_ in styles:
            k -= 1
        if k >= sent.start and doc[k].text == "," and k < start - 1:
            k -= 1  # "the President of Senegal, His Excellency Mr. X": a comma only before a style
        owner = ctx.mention_at.get(k) if k >= sent.start else None
        if owner is None or not ctx.is_actor(owner) or ctx.type_of(owner) == "Person":
            continue
        of = _mention_start(k, ctx) - 1
        if of > sent.start and doc[of].lower_ == "the":
            of -= 1
        if of <= sent.start or doc[of].lower_ != "of":
            continue
        kind = title_kind(_title_before(sent, of, ctx), entity_kind(owner, ctx), titles(ctx.lex))
        if kind is not None:
            yield Candidate(pid, kind, owner, "r15wire3:official-title", "asserted", sent)


def _words_before(start: int, sent: Span, ctx: DocContext, allowed: set[str]) -> list[str]:
    """The title words right before token ``start`` (``Ranking Member``, ``Chairman``)."""
    k, words = start - 1, []
    while k >= sent.start and ctx.doc[k].lower_ in allowed and ctx.mention_at.get(k) is None:
        words.insert(0, ctx.doc[k].lower_)
        k -= 1
    return words


def _end_of(pid: str, start: int, ctx: DocContext) -> int:
    """The token after the mention of ``pid`` that starts at ``start``."""
    k = start
    while k < len(ctx.doc) and ctx.mention_at.get(k) == pid:
        k += 1
    return k


@triggered_by(types=("Person",))
def titled_pair_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Chairman Ana Ruiz and Ranking Member Tom Hale of the House Energy Committee``: each titled person before
    ``of`` a named body leads it or works for it, by the title before the name (a ranking member works for it)."""
    doc, title = ctx.doc, titles(ctx.lex)
    members = ctx.lex.words("r15wire3_member_titles")
    allowed = ctx.lex_memo("r15wire3:allowed titles", lambda: (title.words | members) - {"of", "and", "the"})
    people = [(t.i, eid) for t in sent if (eid := ctx.mention_at.get(t.i)) and ctx.type_of(eid) == "Person" and
              ctx.mention_at.get(t.i - 1) != eid]
    for n, (start, pid) in enumerate(people):
        words = _words_before(start, sent, ctx, allowed)
        if not words:
            continue
        end, paired = _end_of(pid, start, ctx), False
        if n + 1 < len(people) and end < sent.end and doc[end].lower_ == "and" and \
                _words_before(people[n + 1][0], sent, ctx, allowed) and \
                people[n + 1][0] - end - 1 == len(_words_before(people[n + 1][0], sent, ctx, allowed)):
            end, paired = _end_of(people[n + 1][1], people[n + 1][0], ctx), True  # "A and Ranking Member B of X"
        if end < sent.end and doc[end].lower_ == "of":
            end += 2 if end + 1 < sent.end and doc[end + 1].lower_ == "the" else 1
            owner = ctx.mention_at.get(end) if end < sent.end else None
            if owner is None or not ctx.is_actor(owner) or ctx.type_of(owner) == "Person":
                continue
            if paired and ctx.type_of(owner) == "Country":
                continue  # "President A and Prime Minister B of Japan": the country is B's only
            kind = "worksFor" if set(words) <= members else title_kind(words, entity_kind(owner, ctx), title)
            if kind is not None:
                yield Candidate(pid, kind, owner, "r15wire3:titled-pair-of", "asserted", sent)


@triggered_by(types=("Country",))
def sold_to_listed_group_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Acme sold tools to Chinese chipmakers, including Hua Hong and Nexchip``: the seller supplies each listed
    member of the group (the group itself is read as its country by the supply rules)."""
    verbs = ctx.lex.words("r15wire3_selling_verbs")
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        noun = group_noun(ent.root, ctx)
        if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.lemma_ not in verbs:
            continue
        verb = noun.head.head
        start = list_start(noun, sent, ctx)
        if start is None or ctx.negated(verb):
            continue
        sellers = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)
                   if ctx.type_of(a) in ("Organization", "Country")]
        for seller in dict.fromkeys(sellers):
            for member in dict.fromkeys(list_names(start, sent, ctx)):
                if member != seller:
                    yield Candidate(seller, "suppliesTo", member, "r15wire3:sold-to-group", ctx.status(verb), sent)


def _role_after(end: int, sent: Span, ctx: DocContext) -> list[str]:
    """The words of the role after a name: ``(Chairman and Executive Director)`` or ``as Non-executive Director``."""
    doc = ctx.doc
    if end >= sent.end or doc[end].text not in ("(", "as"):
        return []
    words: list[str] = []
    for tok in doc[end + 1:min(sent.end, end + 9)]:
        if tok.text in (")", ",", ";", ".") or ctx.mention_at.get(tok.i) is not None:
            break
        words.append(tok.lower_)
    return words if doc[end].text == "as" or (end + 1 + len(words) < sent.end and
                                               doc[end + 1 + len(words)].text == ")") else []


@triggered_by(lambda lex: lex.words("r15wire3_board_nouns"))
def board_roles_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the directors of the Company are A (Chairman and Executive Director), B (President) and C as Independent
    Non-executive Director``: each named member of a company's board works for it; its chairman or president leads
    it."""
    heads = ctx.lex.words("r15wire3_board_heads")
    for noun in ctx.find(sent, ctx.lex.words("r15wire3_board_nouns")):
        owners = [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) == "Organization"]
        if len(owners) != 1:
            continue
        for k in range(noun.i + 1, sent.end):
            pid = ctx.mention_at.get(k)
            if pid is None or ctx.type_of(pid) != "Person" or ctx.mention_at.get(k - 1) == pid:
                continue
            words = _role_after(_end_of(pid, k, ctx), sent, ctx)
            if "director" in words or any(w in heads for w in words):
                kind = "leaderOf" if any(w in heads for w in words) else "worksFor"
                yield Candidate(pid, kind, owners[0], "r15wire3:board-roles", "asserted", sent)


@triggered_by(lambda lex: lex.words("r15wire3_capital_verbs"))
def capital_contribution_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A and B will contribute RMB500 million to the registered capital of C``: a contribution to a company's
    capital is an investment in it."""
    nouns = ctx.lex.words("r15wire3_capital_nouns")
    for verb in ctx.find(sent, ctx.lex.words("r15wire3_capital_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        targets = [a for capital in ctx.pobjs(verb, {"to", "into"}) if capital.lemma_ in nouns
                   for owner in ctx.pobjs(capital, {"of"}) for a in ctx.actors(owner, conj=False)]
        targets += [a for capital in ctx.pobjs(verb, {"to", "into"}) if capital.lemma_ in nouns
                    for c in capital.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        investors = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
        for target in dict.fromkeys(t for t in targets if ctx.type_of(t) == "Organization"):
            for investor in dict.fromkeys(investors):
                if investor != target:
                    yield Candidate(investor, "investsIn", target, "r15wire3:capital-contribution", ctx.status(verb),
                                    sent)


@triggered_by(lambda lex: lex.words("part_nouns"), types=("Organization",))
def possessed_part_noun_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vexa Power's subsidiary Orvell Mining will build it``, where the parser hangs the possessive on the part
    noun and the noun on the name: the named organisation is part of the possessor."""
    parts = ctx.lex.words("part_nouns")
    for ent in ctx.index.ents_typed(sent, "Organization", ctx.type_of):
        root = ent.root
        noun = root.head
        if root.dep_ != "poss" or noun.lower_ not in parts or ctx.entity(noun) or noun.dep_ != "compound":
            continue
        part = ctx.entity(noun.head)
        if part and part != ent.kb_id_ and ctx.type_of(part) == "Organization":
            yield Candidate(part, "partOf", ent.kb_id_, "r15wire3:possessed-part-noun", "asserted", sent)


R15WIRE3_RULES = (official_title_rule, titled_pair_of_rule, sold_to_listed_group_rule, board_roles_rule,
                  capital_contribution_rule, possessed_part_noun_rule)
