"""References back to named entities: descriptions (``the company``, ``the two banks``) and pronouns (``she``)
whose antecedent is an entity named earlier in the document, and a country's one body described by its country
(``Kenya's telecoms regulator``). Called by the linker (:mod:`kg.nlp.linker`) once its mentions are final."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc

from kg.nlp.r15netgov import named_by_word
from kg.nlp.mentions import Mention
from kg.nlp.owned_descriptions import country_descriptions
from kg.nlp.places import based_places
from kg.nlp.r15latam import subject_country
from kg.nlp.r17news5 import multilateral_bank, repeated_description
from kg.nlp.r16xsent import description_name_words, indefinite_count, named_group, setting_country
from kg.nlp.tokens import positions
from kg.records import Entity


#: last words of descriptions the tokenizer splits at a hyphen (``non-profit``: ``non``, ``-``, ``profit``)
HYPHEN_HEADS = frozenset({"profit"})


def hyphenated(doc: Doc, i: int, singular: dict[str, Any]) -> str | None:
    """The description of ``doc[i - 2:i + 1]`` when those three tokens are one hyphenated description word of
    ``singular`` (``non - profit`` -> ``non-profit``), else None (r16news3).

    >>> import spacy
    >>> hyphenated(spacy.blank("en")("the non-profit grew"), 3, {"non-profit": []})
    'non-profit'
    """
    if i < 2 or doc[i - 1].text != "-":
        return None
    word = doc[i - 2:i + 1].text.lower()
    return word if word in singular else None


def country_based(doc: Doc, mentions: list[Mention], ents: dict[str, Entity]) -> dict[int, str]:
    """Token index of what a country's ``-based`` describes -> that country (``the Swiss-based miner``: the
    miner's token, Switzerland), as :func:`kg.nlp.places.based_places` gives for towns (r16news3)."""
    out: dict[int, str] = {}
    for m in mentions:
        if ents[m.entity_id].type != "Country" or m.end >= len(doc):
            continue
        k = m.end + (1 if doc[m.end].text in {"-", "\u2010", "\u2011"} else 0)
        if k < len(doc) and doc[k].lower_ in ("based", "-based") and doc[k].head.i > k:
            out[doc[k].head.i] = m.entity_id
    return out


def resolve_references(doc: Doc, mentions: list[Mention], ents: dict[str, Entity],
                       references: dict[str, Any]) -> dict[int, list[str]]:
    """Token index -> entity ids for descriptions and pronouns that refer back (``the company``, ``the two
    banks``, ``she``); ``references`` is the linker's table of reference words (``data/lexicon/references.json``)."""
    singular = references.get("descriptions", {})
    plural = references.get("plural_descriptions", {})
    pair_dets = set(references.get("pair_determiners", []))
    person_pronouns = set(references.get("person_pronouns", []))
    name_words = set(references.get("r15netgov_name_word_descriptions", []))
    refs: dict[int, list[str]] = {}
    named = list(mentions)  # countries inside other names count as named before a reference too
    covered = {i for m in named for i in range(m.start, m.end)}

    def fits(entity_id: str, kinds: list[str]) -> bool:
        e = ents[entity_id]
        if "Bank" in kinds and multilateral_bank(e):
            return True  # "the lender" after the African Development Bank (r17news5)
        # a known subtype decides: "the company" is not the ministry named just before
        return (e.subtype in kinds) if e.subtype else e.type in kinds

    starts: list[int] = []  # the sentences' first tokens, listed at the first question (Token.sent scans the doc)

    def sentence_start(i: int) -> int:
        if not starts:
            starts.extend(s.start for s in doc.sents)
        return starts[bisect_right(starts, i) - 1]

    def owns(m: Mention, tok_i: int) -> bool:
        """``China's investment in the republic``: China owns the phrase, it is not what "the republic" means."""
        if m.end <= m.start or m.end > tok_i or sentence_start(m.start) != sentence_start(tok_i):
            return False
        root = doc[m.start:m.end].root
        return root.dep_ == "poss" and root.head in doc[tok_i].ancestors

    # "the Hsinchu-based firm": an antecedent of the place's country, when there is one
    place_of = {target.i: place.kb_id_ for place, target in based_places(doc)}
    place_of.update(country_based(doc, named, ents))  # "the Swiss-based miner" (r16news3)
    org_tokens = {i for m in named if ents[m.entity_id].type == "Organization" for i in range(m.start, m.end)}

    def recent(before: int, kinds: list[str], n: int) -> list[str]:
        found: list[str] = []
        country = place_of.get(before)
        if country and n == 1:
            local = [m.entity_id for m in sorted(named, key=lambda m: -m.start) if m.start < before and
                     fits(m.entity_id, kinds) and ents[m.entity_id].country == country]
            if local:
                return local[:1]
        # "the joint fund, to be run by RDIF and CIC": a description is not what its own modifiers name
        inside = {t.i for t in doc[before].subtree if t.i != before}
        excluded = {m.entity_id for m in named if m.start in inside}
        if n == 1 and "Country" in kinds and (setting := setting_country(doc, before, named, ents)) is not None:
            return [setting]  # "In the state of Manipur, … the country's operators": India (r16xsent.py)
        if n == 1 and "Country" in kinds:
            # "Kazakhstan picked Russia's Rosatom to build the country's plant": not the company's home (r15latam.py)
            earlier = [m for m in sorted(named, key=lambda m: -m.start) if m.start < before and
                       fits(m.entity_id, kinds) and not owns(m, before) and m.entity_id not in excluded]
            other = subject_country(doc, before, earlier, lambda i: i in org_tokens)
            if other is not None:
                return [other]
            # "In Kenya, ... a loan from the Export-Import Bank of China, ... Safaricom, the country's largest
            # operator": a country named on its own in the sentence, not one inside a bank's name (r17pub6)
            start = doc[before].sent.start
            if earlier and earlier[0].start >= start and earlier[0].start in org_tokens:
                free = [m for m in earlier if m.start >= start and m.start not in org_tokens]
                if free:
                    return [free[0].entity_id]
        for m in sorted(named, key=lambda m: -m.start):
            if m.start < before and m.entity_id not in found and fits(m.entity_id, kinds) \
                    and not owns(m, before) and m.entity_id not in excluded:
                found.append(m.entity_id)
                if len(found) == n:
                    break
        return found

    last: dict[str, tuple[int, str]] = {}  # a description word -> where it last referred back, and to what
    for tok in (doc[i] for i in positions(doc, set(plural) | set(singular) | person_pronouns | HYPHEN_HEADS)):
        if tok.i in covered:
            continue
        low = hyphenated(doc, tok.i, singular) or tok.lower_  # "the non-profit" (r16news3)
        if low in plural and ({c.lower_ for c in tok.children}
                              | ({doc[tok.i - 1].lower_} if tok.i else set())) & pair_dets \
                and not indefinite_count(tok):  # "added two Chinese banks": new ones, not the last two (r16xsent.py)
            words = description_name_words(tok, covered)  # "the two Chengdu Haiguang companies" (r16xsent.py)
            ids = named_group(named, ents, tok.i, words, 2) if words else recent(tok.i, plural[low], 2)
            if len(ids) == 2:
                refs[tok.i] = sorted(ids)
        elif low in singular and tok.tag_ == "NN" and tok.dep_ != "appos" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "Ubisoft, the French game maker": a description beside a name describes it, it does not refer back
            ids = named_by_word(tok, [m for m in named if m.start < tok.i and fits(m.entity_id, singular[low])
                                      and not owns(m, tok.i)], ents, name_words) or \
                repeated_description(doc, tok.i, last.get(low), [m for m in named if fits(m.entity_id, singular[low])]) \
                or recent(tok.i, singular[low], 1)
            if ids:
                refs[tok.i] = ids
                last[low] = (tok.i, ids[0])
        elif low in person_pronouns:
            ids = recent(tok.i, ["Person"], 1)
            if ids:
                refs[tok.i] = ids
    for i, ids in country_descriptions(doc, mentions, ents, references.get("country_body_descriptions", []),
                                        references.get("country_body_name_words", [])).items():
        if i not in covered:
            refs.setdefault(i, ids)  # "Kenya's telecoms regulator": the one body of Kenya named
    return refs
