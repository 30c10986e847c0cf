"""People named with the coordinated titles of published releases (branch r14wire): ``Ana Ruiz, President and
Chief Executive Officer of Acme``, ``said Ana Ruiz, Managing Director and CEO of Acme Ltd``, ``Ana Ruiz, Acme
founder and CEO``. The title run between the comma and ``of``/``at`` (or after the organisation's name) is read
word by word: one head's title in it (``r14wire_head_titles``) makes the person ``leaderOf`` the organisation,
other titles ``worksFor`` it. Word lists ``r14wire_title_words`` (the titles that trigger the rule),
``r14wire_title_parts`` (their modifiers: ``chief``, ``senior vice``) and ``r14wire_head_titles`` in
``data/lexicon/structure.json``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by

#: words that join the titles of one run (``President and Chief Executive Officer``)
_TITLE_GLUE = frozenset({"and", "&"})
_ORG_TYPES = ("Organization", "InternationalOrganization")


def title_kind(run: list[str], heads: set[str]) -> str:
    """``leaderOf`` when one of the titles of ``run`` (lower-case words, split at ``and``) is a head's title, else
    ``worksFor``.

    >>> title_kind(["president", "and", "chief", "executive", "officer"], {"chief executive officer"})
    'leaderOf'
    >>> title_kind(["executive", "vice", "president", "and", "chief", "financial", "officer"], {"president"})
    'worksFor'
    """
    titles, part = [], []
    for word in run + ["and"]:
        if word in _TITLE_GLUE:
            titles.append(" ".join(part))
            part = []
        else:
            part.append(word)
    return "leaderOf" if any(t in heads for t in titles) else "worksFor"


def _run(sent: Span, i: int, words: set[str]) -> tuple[int, int]:
    """The run of title words and glue around token ``i`` inside ``sent``: ``(start, end)``."""
    doc = sent.doc
    start, end = i, i + 1
    while start > sent.start and (doc[start - 1].lower_ in words or doc[start - 1].lower_ in _TITLE_GLUE):
        start -= 1
    while end < sent.end and (doc[end].lower_ in words or doc[end].lower_ in _TITLE_GLUE):
        end += 1
    while start < end and doc[start].lower_ in _TITLE_GLUE:
        start += 1
    while end > start and doc[end - 1].lower_ in _TITLE_GLUE:
        end -= 1
    return start, end


@triggered_by(lambda lex: lex.words("r14wire_title_words"))
def coordinated_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``PERSON, Title and Title of ORG`` and ``PERSON, ORG title and title``: the person heads or works for the
    organisation, by the titles (see the module)."""
    doc, heads = ctx.doc, ctx.lex.words("r14wire_head_titles")
    words = ctx.lex_memo("r14wire:title-run", lambda: ctx.lex.words("r14wire_title_words") |
                         ctx.lex.words("r14wire_title_parts"))
    seen: set[int] = set()
    for i in ctx.find_at(sent, ctx.lex.words("r14wire_title_words")):
        start, end = _run(sent, i, words)
        if start in seen or start >= end:
            continue
        seen.add(start)
        run = [doc[k].lower_ for k in range(start, end)]
        if not any(w in _TITLE_GLUE for w in run):
            continue  # one title alone: the title rules read it
        org = None
        if end + 1 < sent.end and doc[end].lower_ in ("of", "at") and ctx.mention_at.get(end + 1):
            org, before = ctx.mention_at[end + 1], start - 1  # "A, President and CEO of Acme"
        elif start > 0 and ctx.mention_at.get(start - 1):
            org = ctx.mention_at[start - 1]  # "A, Acme founder and CEO"
            before = start - 1
            while before >= sent.start and ctx.mention_at.get(before) == org:
                before -= 1
        if org is None or ctx.type_of(org) not in _ORG_TYPES or before < sent.start + 1 or \
                doc[before].text != "," or ctx.negated(doc[i]):
            continue
        person = ctx.mention_at.get(before - 1)
        if person is None or ctx.type_of(person) != "Person":
            continue
        yield Candidate(person, title_kind(run, heads), org, "r14wire:coordinated-titles", "asserted", sent)


R14WIRE_RULES = (coordinated_title_rule,)
