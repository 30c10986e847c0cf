"""The title words the title rules read (``kg.nlp.relations.structure``), from the structure lexicon, and the
relation a title makes."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.index import lexicon_memo

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.nlp.relations.context import DocContext


class Titles(NamedTuple):
    """The title words of the structure lexicon (``data/lexicon/structure.json``), one word a token."""

    leader: set[str]  # leader_titles: words that make a leader (CEO, president, head)
    worker: set[str]  # worker_modifiers and worker_titles: words that make a worker (deputy, spokesman)
    words: set[str]  # every word a title is made of: the two above and title_words (minister, of, board)
    country_minister_worker: bool  # a country's minister works for it (its prime minister leads it)


def titles(lex: Lexicon) -> Titles:
    """The title words of ``lex`` (``leader_titles``, ``worker_modifiers``, ``worker_titles``, ``title_words``),
    made once per lexicon.

    >>> lex = Lexicon.from_dict({}, {"leader_titles": ["ceo"], "worker_modifiers": ["deputy"],
    ...                              "worker_titles": ["spokesman"], "title_words": ["of"],
    ...                              "country_minister_worker": False})
    >>> sorted(titles(lex).words), titles(lex).country_minister_worker
    (['ceo', 'deputy', 'of', 'spokesman'], False)
    >>> titles(lex) is titles(lex)
    True
    """
    def make() -> Titles:
        leader, worker = lex.words("leader_titles"), lex.words("worker_modifiers") | lex.words("worker_titles")
        return Titles(leader, worker, leader | worker | lex.words("title_words"),
                      bool(lex.value("country_minister_worker")))
    return lexicon_memo(lex, "titles", make)  # made once per lexicon: several rules ask at every sentence


def title_kind(words: list[str], org_type: str, title: Titles) -> str | None:
    """leaderOf or worksFor for a title such as ``CEO`` or ``deputy chairman`` (None when not a title).

    ``org_type`` is the organisation's subtype when known, else its type: a secretary heads a government body
    (``Commerce Secretary``) but works for anything else.

    >>> t = Titles({"ceo", "chairman"}, {"deputy"}, {"ceo", "chairman", "deputy", "foreign", "minister",
    ...                                              "secretary"}, True)
    >>> title_kind(["ceo"], "Organization", t), title_kind(["deputy", "chairman"], "Organization", t)
    ('leaderOf', 'worksFor')
    >>> title_kind(["foreign", "minister"], "Country", t), title_kind(["secretary"], "GovernmentBody", t)
    ('worksFor', 'leaderOf')
    >>> t = t._replace(leader=t.leader | {"founder"}, words=t.words | {"founder"})
    >>> title_kind(["co", "-", "founder"], "Company", t), title_kind(["co-founder", "and", "ceo"], "Company", t)
    ('worksFor', 'leaderOf')
    """
    words = [w for w in words if w not in ("the", "a", "an", "and", "then", "former")]
    if not words or not any(w in title.words and w not in ("of", "state", "board", "general") for w in words):
        return None
    if "chief" in words and "executive" in words and not any(w in title.worker for w in words[:words.index("chief")]):
        return "leaderOf"  # "chief executive officer"; a chief technology officer works for the company
    if any(w in title.worker for w in words):
        return "worksFor"
    if _co_founder(words) and not any(w in title.leader and w != "founder" for w in words):
        return "worksFor"  # one of several founders, who heads nothing by that title
    if "minister" in words:
        return "leaderOf" if "prime" in words or org_type != "Country" or not title.country_minister_worker \
            else "worksFor"
    if "secretary" in words and "general" not in words:
        return "leaderOf" if org_type == "GovernmentBody" else "worksFor"
    if "secretary" in words:
        return "leaderOf"  # "general secretary of the party", as "secretary-general"
    if any(w in title.leader for w in words):
        return "leaderOf"
    return "worksFor" if any(w in title.words for w in words) else None


def _co_founder(words: list[str]) -> bool:
    """Whether a title's words say co-founder (one token, or ``co`` ``-`` ``founder``)."""
    return "co-founder" in words or any(w == "founder" and words[max(0, k - 2):k] in (["co", "-"], ["co"])
                                        for k, w in enumerate(words))


def title_words(tok: Token) -> list[str]:
    """The lower-case words of the title noun phrase ending at ``tok`` (``chief executive`` of ``its chief
    executive``), without possessives, determiners, punctuation and names; ``a co-founder``, which the parser
    may split into three nouns, keeps its ``co`` ``-``."""
    words = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("poss", "case", "det", "punct")
             and not t.ent_type_]
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "co" and words[:1] != ["co"]:
        words = ["co", "-"] + words
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].head.i == tok.i:
        words.append(doc[tok.i + 2].lower_)  # "secretary-general of the ITU": the hyphen's second part
    return words


def entity_kind(entity_id: str, ctx: DocContext) -> str:
    """An entity's subtype when known, else its type (what :func:`title_kind` takes as ``org_type``)."""
    entity = ctx.entities.get(entity_id)
    return (entity.subtype or entity.type) if entity else ""
