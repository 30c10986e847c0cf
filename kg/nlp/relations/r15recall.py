"""Officials who work for their country, told by a title that ``head_title_rule`` (carry_rules.py) leaves alone:

- a deputy's head-of-state title before the name: ``Vice President Ana Ruiz``, ``Vice Premier Liu Bo``, ``Deputy
  Prime Minister Oliver Hart`` (the deputy works for the country; the head leads it);
- a portfolio secretary before the name: ``Defence Secretary Raj Mehta``, ``Chief Cabinet Secretary Ken Mori``,
  when the document names no body of that portfolio (``Commerce Secretary X`` with the Commerce Department named
  leads it: the title rules read that);
- a minister's title in apposition after the name with no country or body of its own: ``Budi Santoso, the
  coordinating minister for maritime affairs, said …``.

The country is the person's own (gazetteer) or the one the sentence or the sentences before make theirs
(``xsent.home_country``). Words: ``r15recall_*`` keys of ``data/lexicon/structure.json``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.carry_rules import HEAD_OF_STATE
from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.xsent import home_country

#: the head-of-state titles a deputy may hold (``Vice President``, ``Vice Premier``, ``Deputy Prime Minister``)
DEPUTY_HEADS = {"president", "premier", "prime", "minister", "chancellor"}
#: words that make a head's title a deputy's
DEPUTY_WORDS = {"vice", "deputy", "first", "-", "former", "then"}


def _own_country(person: Span, sent: Span, ctx: DocContext) -> str | None:
    """The country ``person`` serves: the gazetteer's, else the one the text makes theirs; None when unsure or
    when the person is known to lead something else."""
    pid = person.kb_id_
    entity = ctx.entities.get(pid)
    if entity is None:
        return None
    country = entity.country or home_country(sent, ctx)
    if country and country in ctx.entities and ctx.type_of(country) == "Country" \
            and ctx.leaders.get(pid) in (None, country):
        return country
    return None


def _bare_start(i: int, sent: Span, ctx: DocContext) -> bool:
    """Whether the title that starts after token ``i`` has nothing of its own in front (no ``Russian``, no
    ``Microsoft``, no ``its``): only then is the country the text's, not the title's."""
    if i < sent.start:
        return True
    tok = ctx.doc[i]
    return not (ctx.entity(tok) or tok.lower_ in POSSESSIVE | {"its", "their", "his", "her"}
                or tok.pos_ in ("PROPN", "ADJ"))


def _title_before(person: Span, sent: Span, ctx: DocContext) -> tuple[list[Token], int]:
    """The capitalised title words right before ``person`` (``Vice Premier``, ``Chief Cabinet Secretary``) and the
    index of the token before them."""
    doc, words = ctx.doc, []
    i = person.start - 1
    while i >= sent.start and not ctx.entity(doc[i]) and (
            doc[i].lower_ in DEPUTY_WORDS or (doc[i].is_title and doc[i].pos_ in ("PROPN", "NOUN"))):
        words.insert(0, doc[i])
        i -= 1
    return words, i


def _portfolio_named(words: list[str], ctx: DocContext) -> bool:
    """Whether the document names a body of the portfolio (``Commerce`` with ``Department of Commerce``)."""
    wanted = {w.replace("defense", "defence") for w in words}
    for eid, entity in ctx.entities.items():
        if ctx.type_of(eid) in ("Person", "Country"):
            continue
        label = {w.strip(",.()").replace("defense", "defence") for w in entity.label.lower().split()}
        if wanted & label:
            return True
    return False


def _titled_official(person: Span, sent: Span, ctx: DocContext) -> bool:
    """``Vice Premier X``, ``Deputy Prime Minister X``, ``Defence Secretary X`` (see the module's docstring)."""
    tokens, i = _title_before(person, sent, ctx)
    words = [t.lower_ for t in tokens]
    if not words or not _bare_start(i, sent, ctx):
        return False
    deputies = ctx.lex.words("r15recall_deputy_words")
    if words[-1] in DEPUTY_HEADS and any(w in deputies for w in words) and set(words) & HEAD_OF_STATE:
        # every word is a deputy's or a head's ("Vice President", "First Deputy Prime Minister")
        return all(w in DEPUTY_WORDS | DEPUTY_HEADS | deputies for w in words) and \
            ("prime" in words) == ("minister" in words)
    if words[-1] == "secretary" and len(words) >= 2:
        fields = [w for w in words[:-1] if w not in DEPUTY_WORDS]
        if not fields or set(fields) & ctx.lex.words("r15recall_not_state_secretaries"):
            return False
        return not _portfolio_named([w for w in fields if w not in ("chief", "cabinet")], ctx)
    return False


def _apposed_minister(person: Span, ctx: DocContext) -> Token | None:
    """``X, the coordinating minister for maritime affairs,``: the minister noun in apposition to the name when it
    has no country or body of its own (no ``Indonesia's``, ``Indonesian``, ``of X``, ``prime``)."""
    root = ctx.mention_root(ctx.doc[person.start])
    titles = ctx.lex.words("r15recall_apposed_titles")
    for noun in (c for c in root.children if c.dep_ == "appos"):
        if noun.lemma_ not in titles or noun.pos_ != "NOUN":
            continue
        before = [c for c in noun.children if c.i < noun.i and c.dep_ in ("poss", "compound", "amod", "nmod")]
        if any(ctx.entity(c) or c.pos_ == "PROPN" or c.lower_ in ctx.lex.words("r15recall_not_state_ministers")
               or (c.pos_ == "ADJ" and c.is_title) for c in before):
            continue
        fields = [t.lower_ for c in noun.children if c.dep_ == "prep" for t in c.subtree]
        if any(ctx.entity(t) for c in noun.children if c.dep_ == "prep" for t in c.subtree) or \
                _portfolio_named([w for w in fields if len(w) > 3], ctx):
            continue  # "ambassador to China"; "minister for trade" with the trade ministry named leads it
        return noun
    return None


@triggered_by(types=("Person",))
def official_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vice Premier Liu Bo``, ``Defence Secretary Raj Mehta``, ``Budi Santoso, the coordinating minister for
    maritime affairs``: the official works for the country the text makes theirs."""
    for person in ctx.ents_in(sent):
        if ctx.type_of(person.kb_id_) != "Person":
            continue
        if not (_titled_official(person, sent, ctx) or _apposed_minister(person, ctx) is not None):
            continue
        country = _own_country(person, sent, ctx)
        if country:
            yield Candidate(person.kb_id_, "worksFor", country, "r15recall:official-country", "asserted", sent)


R15RECALL_RULES = (official_country_rule,)
