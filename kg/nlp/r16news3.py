"""Entity-side fixes found by the news3 stand-in (branch r16news3).

- a body named by capitalised words that end in a word of public bodies (``Authority``, ``Agency``, ``Undertaking``)
  is an organisation, whatever the model made of it: the model tags ``The Port of Gdansk Authority`` as a place and
  ``Joint Undertaking`` of ``the Clean Hydrogen Joint Undertaking`` as a person; a country or city inside such a name
  is part of it;
- lower-case description words at the end of a model's organisation name are no part of it (``Japan's RIKEN research
  institute``: RIKEN);
- a firm's name found once is the firm again before a company role (``Ulstein chief executive X``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from spacy.tokens import Doc

from kg.nlp.mentions import Mention, org_id
from kg.nlp.tokens import positions

#: last words of a public body's name (``Port of Gdansk Authority``, ``Clean Hydrogen Joint Undertaking``)
BODY_END_WORDS = frozenset({"authority", "agency", "undertaking", "commission", "administration"})
#: lower-case words a body's name may have inside it (``Port of Gdansk Authority``)
INNER_WORDS = frozenset({"of", "for", "and", "&"})
#: labels of the mentions a body's name may swallow (a place, a person the model misread, a model's name)
SWALLOWED = frozenset({"Country", "Person", "Organization", "Technology"})
#: most words of such a name
MAX_WORDS = 8


def _name_run(doc: Doc, end: int) -> int:
    """The start of the run of capitalised words (with :data:`INNER_WORDS` inside) that ends at token ``end - 1``.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Port of Gdansk Authority said")
    >>> _name_run(doc, 5)
    1
    """
    k = end - 1
    while k - 1 >= 0 and end - (k - 1) <= MAX_WORDS and (
            doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in INNER_WORDS) and doc[k - 1].lower_ != "the" and \
            not doc[k - 1].is_sent_start:
        k -= 1
    while k < end - 1 and doc[k].lower_ in INNER_WORDS:
        k += 1
    if k > 0 and doc[k - 1].is_sent_start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].lower_ != "the":
        k -= 1  # a name that begins the sentence: its first word, when the model takes it for a name's
    return k


def body_names(doc: Doc, mentions: list[Mention], suffixes: set[str], known: Collection[str] = ()) -> list[Mention]:
    """``mentions`` with each body named by capitalised words ending in a :data:`BODY_END_WORDS` word as one
    organisation (see the module), in place of the mentions inside it. A name a mention already covers whole, a
    name of one word and a name that a mention reaches out of are left alone; ``known``: lower-case names that
    must stay as they are (places the gazetteer knows).

    >>> import spacy
    >>> doc = spacy.blank("en")("The Port of Gdansk Authority signed a deal.")
    >>> [(m.text, m.label) for m in body_names(doc, [Mention(3, 4, "gdansk", "Country", "name", "Gdansk")], set())]
    [('Port of Gdansk Authority', 'Organization')]
    """
    out = list(mentions)
    for i in positions(doc, BODY_END_WORDS):  # the body words' tokens only, found from the document's words once
        tok = doc[i]
        if not tok.text[:1].isupper():
            continue
        start, end = _name_run(doc, i + 1), i + 1
        if end - start < 2 or doc[start:end].text.lower() in known or \
                (end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper()):
            continue  # "the Export Administration Regulations": the name goes on
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside) or any(m.start == start and m.end == end
                                                                     for m in inside):
            continue
        if any(m.label not in SWALLOWED for m in inside):
            continue
        text = doc[start:end].text
        out = [m for m in out if m not in inside] + [Mention(start, end, org_id(text, suffixes), "Organization",
                                                             "ner", text)]
    return sorted(out, key=lambda m: (m.start, m.end))


#: fewest letters of a name whose other uses are found by their words alone
MIN_REPEATED_CHARS = 4


def repeated_names(doc: Doc, mentions: list[Mention], roles: Collection[str]) -> list[Mention]:
    """``mentions`` with the other uses of an organisation's name that the model or a description found once
    (``Finnish crane maker Konecranes won an order. Konecranes chief executive X said ...``): the same words,
    capitalised as a name (the model may tag a sentence's first word a noun), that no mention covers, are that
    organisation too where a company role follows them (``roles``: ``chief``, ``chairman``, ...); not a sentence's
    first word that the document also writes in lower case as a common word, nor a name that is a word of another
    organisation's name in the document.

    >>> import spacy
    >>> from spacy.tokens import Doc as D
    >>> doc = D(spacy.blank("en").vocab, words=["Maker", "Zorvex", "won", ".", "Zorvex", "chief", "Al", "Bo", "spoke"],
    ...         pos=["NOUN", "PROPN", "VERB", "PUNCT", "PROPN", "ADJ", "PROPN", "PROPN", "VERB"])
    >>> m = Mention(1, 2, "zorvex", "Organization", "ner", "Zorvex")
    >>> [(m.start, m.text) for m in repeated_names(doc, [m], {"chief"})]
    [(1, 'Zorvex'), (4, 'Zorvex')]
    """
    named: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        if m.label == "Organization" and m.kind == "ner" and len(m.text) >= MIN_REPEATED_CHARS and \
                doc[m.start].text[:1].isupper():
            named.setdefault(tuple(t.text for t in doc[m.start:m.end]), m)
    if not named:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    lower_uses: dict[str, bool] | None = None  # the document's lower-case words, read when first asked for
    out = list(mentions)
    for words, m in named.items():
        n = len(words)
        for i in positions(doc, {words[0].lower()}):  # where the first word stands, read once per document
            if i + n > len(doc) or doc[i].text != words[0] or any(k in taken for k in range(i, i + n)) or \
                    tuple(t.text for t in doc[i:i + n]) != words or doc[i].pos_ not in ("PROPN", "NOUN", "ADJ") or \
                    (i + n < len(doc) and doc[i + n].pos_ == "PROPN" and doc[i + n].text[:1].isupper()):
                continue
            if doc[i].is_sent_start and doc[i].pos_ != "PROPN":
                if lower_uses is None:
                    lower_uses = {t.text: True for t in doc if t.is_lower}
                if lower_uses.get(doc[i].lower_):
                    continue  # "Reliance on imports ...": a common word that begins a sentence
            if i + n >= len(doc) or doc[i + n].lower_ not in roles:
                continue  # only a name before a company role ("X chief executive Y"): not a brand ("X cars")
            if any(o.label == "Organization" and o.entity_id != m.entity_id and f" {m.text} " in f" {o.text} "
                   for o in mentions):
                continue  # "Orion" beside "Orion Resource Partners" and "Orion CMC": which one is unclear
            out.append(Mention(i, i + n, m.entity_id, m.label, m.kind, m.text))
            taken.update(range(i, i + n))
    return sorted(out, key=lambda x: (x.start, x.end))


#: most lower-case words a model's name may end in that are a description, not the name (``research institute``)
MAX_TRAILING = 3


def trailing_descriptions(doc: Doc, mentions: list[Mention], lookup: Callable[[str], Any],
                          suffixes: set[str]) -> list[Mention]:
    """``mentions`` with the model's organisation names that end in lower-case description words named by the name
    without them (``Japan's Fraunhofer research institute`` -> ``Fraunhofer``; a name the gazetteer knows, ``RIKEN``,
    becomes its entity); the mention keeps its words. Names of one word, names with no capitalised word left and
    lower-case words inside a name (``Banco do Brasil``) are left alone.

    >>> import spacy
    >>> doc = spacy.blank("en")("Zorvex research institute signed")
    >>> [m.text for m in trailing_descriptions(doc, [Mention(0, 3, "z", "Organization", "ner", "Zorvex research "
    ...                                                      "institute")], lambda t: None, set())]
    ['Zorvex']
    """
    out = []
    for m in mentions:
        end = m.end
        while end > m.start + 1 and m.end - end < MAX_TRAILING and doc[end - 1].is_lower and doc[end - 1].is_alpha:
            end -= 1
        if m.kind != "ner" or m.label != "Organization" or end == m.end or end - m.start < 1 or \
                not doc[end - 1].text[:1].isupper() or doc[end - 1].is_lower:
            out.append(m)
            continue
        text = doc[m.start:end].text
        entry = lookup(text)
        # the span stays whole (its head, ``institute``, is what the parse hangs the clause on); the entity is the
        # name's
        if entry is not None and entry.type == "Organization":
            out.append(Mention(m.start, m.end, entry.id, entry.type, "alias", text))
        else:
            out.append(Mention(m.start, m.end, org_id(text, suffixes), "Organization", "ner", text))
    return out


#: capitalised last words of a body's name that stand for it alone before a title (``Commission Vice-President X``)
BODY_SHORT_WORDS = frozenset({"commission", "ministry", "agency", "council", "authority", "bank", "fund"})
#: first words of the titles after such a short name
SHORT_NAME_TITLES = frozenset({"vice", "executive", "president", "spokesperson", "spokesman", "spokeswoman", "chief",
                               "chairman", "chairwoman", "head", "director", "commissioner", "secretary", "deputy",
                               "governor"})


def short_body_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a body's last name word used alone before a title (``The European Commission opened a probe.
    Commission Vice-President X said``): the one organisation named before whose name ends in that word.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Zorvex Commission met . Commission President Al Bo said")
    >>> m = Mention(1, 3, "zorvex-commission", "Organization", "ner", "Zorvex Commission")
    >>> [(x.start, x.entity_id) for x in short_body_names(doc, [m])]
    [(1, 'zorvex-commission'), (5, 'zorvex-commission')]
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for i, tok in enumerate(doc[:-1]):
        if i in taken or tok.lower_ not in BODY_SHORT_WORDS or not tok.text[:1].isupper() or \
                doc[i + 1].lower_ not in SHORT_NAME_TITLES:
            continue
        named = {m.entity_id for m in mentions if m.end <= i and m.end - m.start > 1 and
                 m.label in ("Organization", "InternationalOrganization") and doc[m.end - 1].text == tok.text}
        if len(named) == 1:
            eid = named.pop()
            whole = next(m for m in mentions if m.entity_id == eid)
            out.append(Mention(i, i + 1, eid, whole.label, "alias", whole.text))
    return sorted(out, key=lambda m: (m.start, m.end))
