"""Bodies named by a capitalised name that ends in a grouping word (round 16, branch r16member): ``the Open Grid
Coalition``, ``the Pacific Data Consortium`` are organisations even where the model tagged them as an event or
left them untagged. The words are the lexicon's ``r16member_grouping_name_words``; a name already found, a
headline in title case and a lone grouping word (``Alliance``) give none.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from kg.nlp.kb import slugify
from kg.nlp.mentions import Mention

#: words that may join the capitalised words of a body's name
JOINERS = frozenset({"-", "&", "of", "for", "on"})


def _headline(doc: Doc, i: int) -> bool:
    """Whether the sentence of token ``i`` is written in title case (no word longer than three letters in lower
    case: ``Nokia Joins Open Grid Coalition``)."""
    return not any(t.is_alpha and t.is_lower and len(t) > 3 for t in doc[i].sent)


def grouping_names(doc: Doc, mentions: list[Mention], words: Collection[str]) -> list[Mention]:
    """``mentions`` and an organisation for each capitalised name ending in one of ``words`` that no mention
    covers.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Siemens joined the Open Grid Coalition in May.")
    >>> [(m.text, m.entity_id) for m in grouping_names(doc, [], {"coalition"})]
    [('Open Grid Coalition', 'open-grid-coalition')]
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in words or not tok.is_title or tok.i in taken or _headline(doc, tok.i):
            continue
        if tok.i + 1 < tok.sent.end and doc[tok.i + 1].is_title:
            continue  # the name goes on ("the Strategic Partnership Agreement")
        start, whole = tok.i, True
        while start > tok.sent.start:
            before = doc[start - 1]
            if before.i in taken or (before.lower_ == "and" and start - 2 >= tok.sent.start and
                                     doc[start - 2].is_title):
                whole = False  # "the AUKUS Industry Forum", "the Belt and Road Forum": a part of a longer name
                break
            if before.lower_ == "the" or not (before.is_title or before.is_upper or before.lower_ in JOINERS):
                break
            start -= 1
        if not whole:
            continue
        while start < tok.i and doc[start].lower_ in JOINERS:
            start += 1  # a name does not open with a joiner
        if start == tok.i or (start == tok.sent.start and doc[start].lower_ == "the"):
            continue  # a lone grouping word
        if start == tok.sent.start and not doc[start].is_upper and tok.i - start < 2:
            continue  # "Bank Alliance" opening a sentence may be an ordinary capitalised word
        text = doc[start:tok.i + 1].text
        found.append(Mention(start, tok.i + 1, slugify(text), "Organization", "ner", text))
        taken.update(range(start, tok.i + 1))
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions
