"""A country's descriptor before names: ``the Chinese memory makers YMTC and CXMT``, ``Chinese telecoms giant
Huawei``, ``China's three state-owned operators, China Telecom, China Mobile and China Unicom``.

The parser often hangs such names on the wrong word, so the rule reads the surface order: a country word
(demonym or possessive), a few descriptor words of which one is an organisation noun, then a list of names.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext

MAX_DESCRIPTOR_WORDS = 5
LIST_JOINERS = {",", "and", "as", "well", "\u2014", "\u2013", ":"}


def descriptor_based_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``<country word> <descriptor …> <org noun> NAME(, NAME)* (and NAME)`` gives ``NAME basedIn country``."""
    doc = ctx.doc
    org_nouns = ctx.lex.words("org_nouns")
    for ent in ctx.ents_in(sent):
        cid = ent.kb_id_
        if ctx.type_of(cid) != "Country":
            continue
        i = ent.end
        if i < sent.end and doc[i].lower_ in POSSESSIVE:
            i += 1
        seen_org_noun = False
        words = 0
        while i < sent.end and words < MAX_DESCRIPTOR_WORDS:
            tok = doc[i]
            eid = ctx.entity(tok)
            if eid and ctx.type_of(eid) != "Technology":
                break
            if tok.is_punct or tok.pos_ not in ("NOUN", "ADJ", "NUM", "PROPN", "VERB") or \
                    (tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "nmod")):
                break
            seen_org_noun = seen_org_noun or tok.lower_ in org_nouns or tok.lemma_.lower() in org_nouns
            i, words = i + 1, words + 1
        if not seen_org_noun or i >= sent.end:
            continue
        names: list[str] = []
        while i < sent.end:
            eid = ctx.entity(doc[i])
            if eid and ctx.type_of(eid) == "Organization":
                if eid not in names:
                    names.append(eid)
            elif doc[i].lower_ not in LIST_JOINERS or (doc[i].lower_ == "," and not names and words == 0):
                break
            i += 1
        for org in names:
            yield Candidate(org, "basedIn", cid, "based:descriptor", "asserted", sent)
