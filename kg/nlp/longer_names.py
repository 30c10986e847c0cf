"""A known name followed by more name words that make a longer name of its own (``Toyota Tsusho``, ``Honda Mobile``,
``Emirates NBD``): the gazetteer's match must not cut the longer organisation's name."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from kg.nlp.mentions import Mention, org_id
from kg.nlp.tokens import lowers, span_text

#: government words: ``US Commerce Department`` is a body of a country (kg.nlp.governments), no company
GOVERNMENT_WORDS = frozenset("ministry department agency commission bureau administration council army navy forces "
                             "corps command government parliament court police embassy treasury".split())
#: last words that give a company's own name no new name (``Toyota Motor`` is Toyota)
SAME_COMPANY_WORDS = frozenset("motor motors co co. corp corp. corporation inc inc. ltd ltd. limited plc llc ag "
                               "gmbh sa".split())


def _name_word(tok: Token) -> bool:
    """A capitalised proper-noun word (``Tsusho``, ``NBD``), not a number or a punctuation mark."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text[:1].isalpha()


def longer_names(doc: Doc, mentions: list[Mention], last_words: Collection[str], stop_words: Collection[str],
                 is_place: Callable[[str], bool], suffixes: Collection[str] = (),
                 name_of: Callable[[str], str | None] = lambda _: None) -> list[Mention]:
    """Replace a gazetteer organisation (or a country's own name) and the name words right after it by one new
    organisation when the words make a longer name: the known name is a compound of the last of them, none of
    them is another known name, a title or a product word, and the last word ends organisation names (*Bank*,
    *Mobile*, *Tsusho*) or, after a country's name, the statistical NER found the words as (part of) an
    organisation (``Emirates NBD``). A place the NER found with no mention (``Zhejiang``) and an NER organisation
    cut short (``Zhejiang Chouzhou`` + ``Commercial Bank``) start a longer name the same way, and a multi-state
    body's name before a body's word (``African Union Commission``) one of the same type.

    ``last_words``: lower-case last words of organisation names; ``stop_words``: lower-case words that end the
    run (titles, roles, products); ``is_place``: whether a name is a town or region; ``suffixes``: corporate
    suffixes (``Alibaba Group`` is Alibaba); ``name_of``: the gazetteer name of an id, so that a body's organ
    named by a short form is one entity with its full name (``AU Commission``, ``African Union Commission``).

    >>> # "Toyota Tsusho signed a deal": Toyota + Tsusho -> one organisation "Toyota Tsusho"
    """
    by_start = {m.start: m for m in mentions}
    ents, low = doc.ents, lowers(doc)  # ``Doc.ents`` makes its spans anew at each read
    ner_orgs = {e.start: e for e in ents if e.label_ == "ORG"}
    whole = {(e.start + (low[e.start] == "the"), e.end) for e in ents if e.label_ in ("ORG", "GPE")}
    out: list[Mention] = []
    absorbed: set[int] = set()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    # "Zhejiang Chouzhou Commercial Bank": a place the NER found, no mention, before a bank's name
    places = [Mention(e.start, e.end, "", "Place", "place", span_text(e)) for e in ents
              if e.label_ in ("GPE", "LOC") and not any(i in covered for i in range(e.start, e.end))]
    for m in sorted(mentions + places, key=lambda m: m.start):
        if id(m) in absorbed:
            continue
        new = _longer(doc, m, by_start, ner_orgs, whole, last_words, stop_words, is_place, suffixes, name_of)
        if new is None:
            if m.kind != "place":
                out.append(m)
            continue
        absorbed.update(id(x) for x in mentions if x is not m and new.start <= x.start and x.end <= new.end)
        out.append(new)
    return [m for m in out if id(m) not in absorbed]


def _longer(doc: Doc, m: Mention, by_start: dict[int, Mention], ner_orgs: dict, whole: set[tuple[int, int]],
            last_words: Collection[str],
            stop_words: Collection[str], is_place: Callable[[str], bool], suffixes: Collection[str],
            name_of: Callable[[str], str | None]) -> Mention | None:
    """The longer organisation ``m`` begins, or None."""
    company = m.label == "Organization" and m.kind not in ("ner", "body", "government", "inside")
    country = m.label == "Country" and m.kind in ("name", "alias")
    # "Zhejiang Chouzhou" + "Commercial Bank": a name the NER cut before the bank's last words
    place = m.kind == "place" or (m.kind == "ner" and m.label == "Organization")
    # "the African Union Commission": a multi-state body's organ, named by a body's word after it
    body_of = m.label == "InternationalOrganization" and m.kind in ("name", "alias")
    if not (company or country or place or body_of) or m.end >= len(doc) or not _name_word(doc[m.end]):
        return None
    end = m.end
    while end < len(doc) and _name_word(doc[end]) and doc[end].lower_ not in stop_words:
        other = by_start.get(end)
        if other is not None and other.kind != "ner":
            break  # another known name ("Nvidia Huawei", "TSMC Japan")
        end += 1
    while end > m.end and doc[end - 1].lower_ in SAME_COMPANY_WORDS:
        end -= 1
    if end == m.end or not (m.end <= doc[m.end - 1].head.i < end) or doc[m.end - 1].dep_ != "compound":
        return None
    if body_of:
        if doc[end - 1].lower_ not in GOVERNMENT_WORDS:
            return None
    elif any(t.lower_ in GOVERNMENT_WORDS for t in doc[m.end:end]):
        return None
    ner = ner_orgs.get(m.end)
    # the NER's organisation is the words after the known name, or its name spans both ("Emirates NBD")
    ner_found = (ner is not None and ner.end == end) or (m.start, end) in whole
    if country:  # "China Mobile" is known; a country word before an unknown name needs the NER's word
        if not ner_found or is_place(doc[m.end:end].text):
            return None  # "TSMC Arizona": a place the company works in
    elif not body_of and doc[end - 1].lower_.strip(".") not in last_words and not (
            company and ner is not None and ner.end == end and end - m.end == 1):
        return None  # "Apple Intelligence", "Mistral Compute": a company's product or service; the NER's own
        # one-word organisation after a known firm's name makes a longer name ("Hyundai Oilbank", branch r17names)
    for x in by_start.values():  # a mention crossing the new name's end keeps it as it was
        if x.start < end < x.end and x.start >= m.end:
            return None
    text = doc[m.start:end].text
    full = name_of(m.entity_id) if body_of else None
    new_id = org_id(f"{full} {doc[m.end:end].text}" if full else text, set(suffixes))
    if new_id == m.entity_id:
        return None  # "Alibaba Group": the known company
    return Mention(m.start, end, new_id, m.label if body_of else "Organization", "ner", text)
