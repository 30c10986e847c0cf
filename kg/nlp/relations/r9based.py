"""Where organisations are based, from two constructions the older rules read only in part (issue 11).

* A list after a country's group noun: ``three Vietnamese groups — software firm FPT, telecoms operator Viettel
  and the conglomerate Vingroup —``, ``Russian lenders, among them the Bank of Russia, Sberbank and VTB``: every
  name of the list, descriptors and all, is based in the country.
* A fronted ``In <country>,``: ``In Ethiopia, state-owned Ethio Telecom is working with …`` (a state-owned or local
  operator named in the clause), ``In Pakistan, Cybernet and Jazz act as partners`` (the clause's subjects, unless
  the document ties them to another country).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.based import described_orgs
from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.index import triggered_by

MAX_CLIMB = 4
MAX_DESCRIPTOR_WORDS = 5
MAX_SKIPPED = 10
CLOSERS = ("\u2014", "\u2013", ":")


def group_noun(country: Token, ctx: DocContext) -> Token | None:
    """The plural organisation noun a country word modifies (``Vietnamese`` -> ``groups``), if any.

    ``three Vietnamese groups``, ``the four Swedish companies``, ``Russia's state lenders``.
    """
    org_nouns = ctx.lex_memo("r9based:home_nouns",
                             lambda: ctx.lex.words("org_nouns") | ctx.lex.words("r9based_home_nouns"))
    tok, steps = country, 0
    while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.i > tok.i and steps < MAX_CLIMB:
        tok, steps = tok.head, steps + 1
        if tok.pos_ == "NOUN" and (_form(tok) in org_nouns or tok.lemma_.lower() in org_nouns):
            return tok if tok.tag_ == "NNS" else None
    return None


def _form(tok: Token) -> str:
    """A noun's lower-case form, whole when the tokenizer split it (``start-ups`` -> ``start``, ``-``, ``ups``)."""
    doc = tok.doc
    if tok.lower_ in ("ups", "up") and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "start":
        return "start-" + tok.lower_
    return tok.lower_


def _list_start(noun: Token, sent: Span, ctx: DocContext) -> int | None:
    """Where the list of names after ``noun`` starts (after its opening ``—``, ``:``, ``, among them``, …).

    A short phrase without names may stand between (``companies cleared to bid — A, B``, ``developers since 2023,
    among them A``); a bare comma opens a list only after a counted noun (``three Vietnamese groups, A, B and C``).
    """
    doc, openers = ctx.doc, ctx.lex.words("r9based_list_openers")
    i = noun.i + 1
    skipped, finite = 0, False
    while i < sent.end and doc[i].lower_ not in openers and skipped < MAX_SKIPPED:
        if ctx.entity(doc[i]) or doc[i].is_punct or doc[i].tag_ in ("VBZ", "VBP", "MD"):
            return None
        finite = finite or doc[i].tag_ == "VBD"  # "companies cleared to bid —", the parser's past tense
        i, skipped = i + 1, skipped + 1
    if i >= sent.end or doc[i].lower_ not in openers:
        return None
    start = i
    while i < sent.end and doc[i].lower_ in openers:
        i += 1
    opening = {t.lower_ for t in doc[start:i]}
    if opening == {","}:
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if skipped or not counted:
            return None
    elif skipped and not opening & (set(CLOSERS) | {"among", "including", "namely", "such", "like"}):
        return None
    elif finite and not opening & set(CLOSERS):
        return None
    return i


def _segment(i: int, sent: Span, ctx: DocContext) -> tuple[str | None, int]:
    """One item of a list from token ``i``: ``the conglomerate Vingroup``, ``telecoms operator Viettel``.

    Returns the organisation (None when the item is something else) and the token after the item.
    """
    doc = ctx.doc
    words = 0
    while i < sent.end and not ctx.entity(doc[i]) and words <= MAX_DESCRIPTOR_WORDS:
        tok = doc[i]
        if tok.lower_ in ("the", "a", "an") or (tok.text in ("-", "\u2011") and not tok.whitespace_):
            i += 1
            continue
        if tok.is_punct or tok.pos_ not in ("NOUN", "ADJ", "VERB", "PROPN") or tok.tag_ in ("VBZ", "VBP", "VBD"):
            return None, i
        i, words = i + 1, words + 1
    eid = ctx.entity(doc[i]) if i < sent.end else None
    if not eid or ctx.type_of(eid) != "Organization":
        return None, i
    while i < sent.end and ctx.entity(doc[i]) == eid:
        i += 1
    if i < sent.end and doc[i].lower_ in POSSESSIVE:
        return None, i  # "Nvidia's unit": a possessor, not an item
    if i < sent.end and doc[i].text == "(":  # "(NUDT)": an acronym in brackets
        close = next((k for k in range(i, min(i + 6, sent.end)) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    return eid, i


def list_names(start: int, sent: Span, ctx: DocContext) -> list[str]:
    """The organisations listed from ``start``, up to the first thing that is not a list item or a joiner."""
    doc, joiners = ctx.doc, ctx.lex.words("r9based_list_joiners")
    names: list[str] = []
    i = start
    while i < sent.end:
        org, i = _segment(i, sent, ctx)
        if org is None:
            break
        names.append(org)
        if i >= sent.end or doc[i].text in CLOSERS or doc[i].lower_ not in joiners:
            break
        while i < sent.end and doc[i].lower_ in joiners:
            i += 1
    return names


@triggered_by(types=("Country",))
def group_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``three Vietnamese groups — software firm FPT, telecoms operator Viettel and the conglomerate Vingroup``:
    each listed name is based in the country of the group noun."""
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        cid = ent.kb_id_
        noun = group_noun(ent.root, ctx)
        if noun is None:
            continue
        start = _list_start(noun, sent, ctx)
        if start is None:
            continue
        names = list_names(start, sent, ctx)
        if len(names) < 2 and ctx.doc[start - 1].lower_ == ",":
            continue
        for org in dict.fromkeys(names):
            yield Candidate(org, "basedIn", cid, "based:group-list", "asserted", sent)


def _tied_elsewhere(ctx: DocContext) -> dict[str, set[str]]:
    """For each organisation, the countries named right before one of its mentions in the document (``Chinese
    telecoms giant Huawei``, ``US-based Apple``, ``France's Orange``); read once per document."""
    def make() -> dict[str, set[str]]:
        doc, out = ctx.doc, {}
        for ent in doc.ents:
            if ctx.type_of(ent.kb_id_) != "Organization":
                continue
            for k in range(max(ent.sent.start, ent.start - MAX_DESCRIPTOR_WORDS), ent.start):
                cid = ctx.entity(doc[k])
                if cid and ctx.type_of(cid) == "Country":
                    out.setdefault(ent.kb_id_, set()).add(cid)
        return out
    return ctx.index.memo("r9based:tied_elsewhere", make)


def _home(org: str, ctx: DocContext) -> str | None:
    """The country the gazetteer gives an organisation, used only to keep a foreign company acting in a country
    (``In Zimbabwe, Huawei has upgraded …``) from being based there."""
    entity = ctx.entities.get(org)
    return entity.country if entity is not None else None


def _fronted_country(ent: Span, sent: Span, ctx: DocContext) -> Token | None:
    """The verb of ``In <country>, …`` when the country opens the sentence (after ``But``/``And`` at most) or a
    clause joined by ``and``/``but`` (``…, and in China both Baidu and Alibaba have …``), before the verb's
    subject."""
    root, doc = ent.root, ctx.doc
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    before = doc[prep.i - 1] if prep.i > sent.start else None
    opening = before is None or (prep.i - sent.start == 1 and before.pos_ in ("CCONJ", "ADV"))
    joined = before is not None and before.lower_ in ("and", "but", "while", "whereas")
    if not (opening or joined):
        return None
    verb = prep.head
    after = ent.end + (1 if ent.end < sent.end and doc[ent.end].lower_ == "itself" else 0)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if after >= sent.end or not subjects or any(c.i < prep.i for c in subjects):
        return None
    if doc[after].text != "," and not (joined and all(c.left_edge.i <= after + 1 for c in subjects)):
        return None
    return verb


def _domestic(ent: Span, ctx: DocContext) -> bool:
    """Whether the words right before a name call it state-owned, state-run, local or national."""
    doc, markers = ctx.doc, ctx.lex.words("r9based_domestic_markers")
    k = ent.start - 1
    while k >= ent.sent.start and ent.start - k <= MAX_DESCRIPTOR_WORDS and not ctx.entity(doc[k]):
        tok = doc[k]
        if tok.lower_ in markers:
            return True
        if not (tok.pos_ in ("NOUN", "ADJ", "VERB", "PROPN") or tok.text in ("-", "\u2011")):
            return False
        k -= 1
    return False


@triggered_by(types=("Country",))
def fronted_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``In Ethiopia, state-owned Ethio Telecom is working with Huawei``; ``In Pakistan, Cybernet and Jazz act as
    landing partners``: the clause's subjects and its state-owned or local operators are based in the country."""
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        verb = _fronted_country(ent, sent, ctx)
        if verb is None or ctx.negated(verb):
            continue
        cid = ent.kb_id_
        tied = _tied_elsewhere(ctx)
        found = [a for a in ctx.clause_subjects(verb) if ctx.type_of(a) == "Organization"
                 and not tied.get(a, set()) - {cid} and _home(a, ctx) in (None, cid)]
        for other in ctx.ents_in(sent):
            if other.start > ent.end and ctx.type_of(other.kb_id_) == "Organization" and _domestic(other, ctx):
                found.append(other.kb_id_)
        for org in dict.fromkeys(found):
            yield Candidate(org, "basedIn", cid, "based:fronted-in", "asserted", sent)


def _based_word(ent: Span, sent: Span, ctx: DocContext) -> int | None:
    """The token after ``<place>-based`` / ``<place>-registered``, if the mention is followed by one."""
    doc, i = ctx.doc, ent.end
    if i < sent.end and doc[i].text in ("-", "\u2011") and i + 1 < sent.end:
        i += 1
    if i < sent.end and doc[i].lower_ in ctx.lex.words("r9based_seat_participles"):
        return i + 1
    return None


@triggered_by(types=("Country",))
def based_descriptor_name_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Abu Dhabi-based sovereign investor ADQ``, ``the London-based fact-checking charity Full Fact``: the name
    after a ``-based`` description, however the parser hung the description's words."""
    doc = ctx.doc
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        i = _based_word(ent, sent, ctx)
        if i is None:
            continue
        words, noun = 0, None
        while i < sent.end and not ctx.entity(doc[i]) and words <= MAX_DESCRIPTOR_WORDS:
            tok = doc[i]
            if not (tok.pos_ in ("NOUN", "ADJ", "VERB", "PROPN") or tok.text in ("-", "\u2011")) or \
                    tok.tag_ in ("VBZ", "VBP", "VBD"):
                break
            noun = tok if tok.pos_ == "NOUN" else noun
            i, words = i + 1, words + (tok.text not in ("-", "\u2011"))
        eid = ctx.entity(doc[i]) if i < sent.end else None
        if eid and ctx.type_of(eid) == "Organization" and words <= MAX_DESCRIPTOR_WORDS:
            if not (i + 1 < sent.end and doc[i + 1].lower_ in POSSESSIVE and ctx.entity(doc[i + 1]) != eid):
                yield Candidate(eid, "basedIn", ent.kb_id_, "based:hyphen-name", "asserted", sent)
        elif not eid and noun is not None and noun.i == i - 1 and noun.dep_ == "appos":
            # "Yandex N.V., the Netherlands-registered parent of …": the name the description is in apposition to
            for org in described_orgs(noun, ctx):
                yield Candidate(org, "basedIn", ent.kb_id_, "based:hyphen-name", "asserted", sent)


def _superlative_relative(ent: Span, ctx: DocContext) -> list[str]:
    """``Sberbank, the state-backed lender that is Russia's biggest``: the name a relative clause ranks first (or
    last) in a country."""
    root = ent.root
    rank = root.head
    if root.dep_ != "poss" or rank.tag_ != "JJS" or rank.dep_ != "attr":
        return []
    verb = rank.head
    if verb.dep_ != "relcl" or verb.lemma_ != "be" or ctx.negated(verb):
        return []
    return [org for org in described_orgs(verb.head, ctx) if _home(org, ctx) in (None, ent.kb_id_)]


@triggered_by(types=("Country",))
def possessive_apposition_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Gécamines, the Democratic Republic of Congo's state miner, …``: a name described as a country's
    organisation (a noun of ``org_nouns`` or ``r9based_home_nouns``) in apposition."""
    nouns = ctx.lex_memo("r9based:home_nouns",
                         lambda: ctx.lex.words("org_nouns") | ctx.lex.words("r9based_home_nouns"))
    doc = ctx.doc
    for ent in ctx.index.ents_typed(sent, "Country", ctx.type_of):
        for org in _superlative_relative(ent, ctx):
            yield Candidate(org, "basedIn", ent.kb_id_, "based:possessive-apposition", "asserted", sent)
        k = ent.start - 1 - (ent.start > sent.start and doc[ent.start - 1].lower_ == "the")
        if k - 1 < sent.start or doc[k].text != "," or ent.end >= sent.end or doc[ent.end].lower_ not in POSSESSIVE:
            continue
        org = ctx.entity(doc[k - 1])
        if not org or ctx.type_of(org) != "Organization" or _home(org, ctx) not in (None, ent.kb_id_):
            continue
        i, noun = ent.end + 1, None
        while i < sent.end and i <= ent.end + MAX_DESCRIPTOR_WORDS and not ctx.entity(doc[i]):
            tok = doc[i]
            if not (tok.pos_ in ("NOUN", "ADJ", "VERB", "PROPN") or tok.text in ("-", "\u2011")):
                break
            noun, i = tok, i + 1
        if noun is None or (noun.lower_ not in nouns and noun.lemma_.lower() not in nouns):
            continue
        if i >= sent.end or doc[i].is_punct or doc[i].lower_ in ("and", "which", "that", "whose"):
            yield Candidate(org, "basedIn", ent.kb_id_, "based:possessive-apposition", "asserted", sent)
