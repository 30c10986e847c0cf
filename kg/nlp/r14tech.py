"""Technology areas named by a modifier that shares its head noun with the next conjunct.

News coordinates the modifiers of one head noun: ``telecommunications and video surveillance equipment`` names
telecommunications equipment as well, ``electric and autonomous vehicles`` electric vehicles, ``cruise and ballistic
missiles`` cruise missiles, ``solar, wind and nuclear energy`` each kind of energy. The gazetteer matches only the
last conjunct, whose words run on to the head. Here each modifier before it (one word, joined by ``and``, ``or`` or a
comma) gets a mention of the technology that the modifier and the shared head name together, when the gazetteer
knows that form as a technology. Only the technology mentions are visited, a few per document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from kg.nlp.kb import Entry
from kg.nlp.mentions import Mention

#: the words that join two modifiers of one head
JOINERS = frozenset({"and", "or", ",", "&"})


def shared_head_forms(modifier: str, words: Sequence[str]) -> list[str]:
    """The forms a ``modifier`` coordinated before a technology of ``words`` may name with its head: the modifier
    followed by the last one, two, ... words of the technology (never all of them), the longest first.

    >>> shared_head_forms("telecommunications", ["video", "surveillance", "equipment"])
    ['telecommunications surveillance equipment', 'telecommunications equipment']
    >>> shared_head_forms("electric", ["chips"])
    []
    """
    return [" ".join([modifier, *words[k:]]) for k in range(1, len(words))]


def modifiers_before(doc: Doc, start: int, taken: set[int]) -> list[int]:
    """The token indexes of the one-word modifiers coordinated before a mention that starts at ``start``: ``A and``,
    ``A, B and``, ``A or``, nearest first; none that another mention holds (in ``taken``) or that is no word.

    >>> import spacy
    >>> doc = spacy.blank("en")("solar, wind and nuclear energy")
    >>> modifiers_before(doc, 4, set()), modifiers_before(doc, 4, {2})
    ([2, 0], [])
    """
    found: list[int] = []
    i = start
    while i >= 2 and doc[i - 1].lower_ in JOINERS:
        word = doc[i - 2]
        if word.i in taken or not word.is_alpha or word.is_stop or i - 2 > 0 and doc[i - 3].text == "-":
            break
        found.append(word.i)
        i -= 2
    return found


def shared_heads(doc: Doc, mentions: list[Mention], lookup: Callable[[str], Entry | None]) -> list[Mention]:
    """``mentions`` and a technology mention for each modifier that shares the head of a technology mention of two
    or more words (:func:`modifiers_before`, :func:`shared_head_forms`); ``lookup`` finds a form's gazetteer entry.

    >>> import spacy
    >>> from kg.nlp.kb import KnowledgeBase
    >>> kb = KnowledgeBase([Entry("ev", "electric vehicles", "Technology"), Entry("av", "autonomous vehicles",
    ...                          "Technology")])
    >>> doc = spacy.blank("en")("Baidu builds electric and autonomous vehicles")
    >>> [(m.text, m.entity_id) for m in shared_heads(doc, [Mention(4, 6, "av", "Technology", "name",
    ...                                                  "autonomous vehicles")], kb.lookup)]
    [('electric', 'ev'), ('autonomous vehicles', 'av')]
    """
    techs = [m for m in mentions if m.label == "Technology" and m.kind != "inside" and m.end - m.start >= 2]
    if not techs:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for m in techs:
        words = [t.lower_ for t in doc[m.start:m.end]]
        for i in modifiers_before(doc, m.start, taken):
            for form in shared_head_forms(doc[i].lower_, words):
                entry = lookup(form)
                if entry is not None and entry.type == "Technology" and entry.id != m.entity_id:
                    added.append(Mention(i, i + 1, entry.id, "Technology", "alias", doc[i].text))
                    taken.add(i)
                    break
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions
