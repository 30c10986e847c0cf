"""Structure stated through a portfolio or a description: whom a minister of a named field works for, the parent a
firm names, the members a group's description lists. (A seat in a city, ``It is headquartered in Shenzhen``, is read
where places are: :func:`kg.nlp.places.based_places`.)

- ``Chile's mining minister Aurora Williams``; ``Kazakh digital development minister X``: a minister of a field
  the title lexicon does not list works for the country (:func:`portfolio_minister_rule`).
- ``Vodacom's parent company Vodafone``; ``Its parent, Vodacom, …``: the firm is part of its named parent
  (:func:`parent_rule`).
- ``the chief executive of Nokia, Pekka Lundmark,``: the person heads the organisation
  (:func:`title_of_org_name_rule`); ``said X, the chief executive.`` after the firm was named, ``The minister, X,``
  (:func:`trailing_bare_title_rule`).
- ``The bank is a unit of Halyk.`` after the bank was named (:func:`described_part_rule`); ``Optima Bank, a lender
  in Kyrgyzstan,`` (:func:`home_noun_in_country_rule`); ``Banks in Armenia, including A and B``
  (:func:`group_in_country_rule`).
- ``The Pacific Alliance, a trade bloc of Chile, Colombia, Mexico and Peru`` (:func:`body_of_members_rule`);
  ``The group's members, which include A and B, …``: a membership noun whose relative clause lists the members
  (:func:`members_which_include_rule`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.mentions import name_before


def _org(entity_id: str, ctx: DocContext) -> bool:
    return ctx.type_of(entity_id) == "Organization"


def _country_before(i: int, sent: Span, ctx: DocContext) -> str | None:
    """The country named right before token ``i``: ``Chile's`` or ``Chilean`` (a country mention ending at i)."""
    if i >= sent.start and ctx.doc[i].lower_ in POSSESSIVE:
        i -= 1
    eid = ctx.entity(ctx.doc[i]) if i >= sent.start else None
    return eid if eid and ctx.type_of(eid) == "Country" else None


@triggered_by(lambda lex: {"minister"})
def portfolio_minister_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Chile's mining minister Aurora Williams``, ``Kazakh digital development minister X``: a minister of a
    field (lower-case words between the country and the title) works for the country."""
    doc = ctx.doc
    for tok in ctx.find(sent, {"minister"}):
        person = ctx.entity(doc[tok.i + 1]) if tok.i + 1 < sent.end else None
        if person is None or ctx.type_of(person) != "Person":
            continue
        i, words = tok.i - 1, 0
        while i >= sent.start and words < 4 and not ctx.entity(doc[i]) and (
                doc[i].is_lower and doc[i].is_alpha or doc[i].text in ("-", ",")):
            words += 1
            i -= 1
        if not words or any(doc[k].lower_ in ctx.lex.words("r14struct_not_portfolio_words")
                            for k in range(i + 1, tok.i)):
            continue  # "prime minister", "former minister": read by the title rules, or not at all
        country = _country_before(i, sent, ctx)
        if country:
            yield Candidate(person, "worksFor", country, "r14struct:portfolio-minister", "asserted", sent)


def _parent_owner(noun: Token, ctx: DocContext) -> list[str]:
    """Whose parent a ``parent`` noun is: its possessor (``Vodacom's``; ``its``, the organisation last named)."""
    return [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False) if _org(a, ctx)]


def _parent_names(noun: Token, ctx: DocContext) -> list[str]:
    """The parent a ``parent company`` noun names: the name in apposition or compounded with it, or right after."""
    found = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c, conj=False)]
    if noun.dep_ in ("compound", "appos") and ctx.entity(noun.head):
        found += ctx.actors(noun.head, conj=False)
    k = noun.i + 1
    while k < noun.sent.end and ctx.doc[k].text == ",":
        k += 1
    nxt = ctx.entity(ctx.doc[k]) if k < noun.sent.end else None
    if nxt and not found:
        found.append(nxt)
    return [a for a in found if _org(a, ctx)]


@triggered_by(lambda lex: {"parent"})
def parent_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vodacom's parent company Vodafone``, ``its parent, Vodafone,``: the firm is part of its parent."""
    for tok in ctx.find(sent, {"parent"}):
        nouns = ctx.lex.words("r14struct_parent_nouns")
        noun = tok.head if tok.dep_ in ("compound", "amod") and tok.head.lower_ in nouns else tok
        if ctx.negated(noun) or any(c.lower_ in ctx.lex.words("r14struct_bygone_words") for c in noun.children):
            continue
        owners, parents = _parent_owner(noun, ctx), _parent_names(noun, ctx)
        for owned in owners:
            for parent in parents:
                if owned != parent:
                    yield Candidate(owned, "partOf", parent, "r14struct:parent", "asserted", sent)


@triggered_by(lambda lex: lex.words("member_nouns"))
def members_which_include_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The group's members, which include A, B and C, …``; ``ASEAN's members, which include A``: the relative
    clause of a possessed membership noun lists the members of the possessor (a body, or the body a description
    stands for)."""
    from kg.nlp.relations.r13member import _counting, _members_of_clause, described_body, is_body

    for tok in ctx.find(sent, ctx.lex.words("member_nouns")):
        if tok.tag_ != "NNS":
            continue
        relcls = [c for c in tok.children if c.dep_ == "relcl" and _counting(c, ctx)
                  and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children)]
        if not relcls:
            continue
        bodies = []
        for poss in (c for c in tok.children if c.dep_ == "poss"):
            body = ctx.entity(poss) or described_body(poss, ctx)
            if body is None and poss.lower_ in ("its", "their"):
                body = next((a for a in ctx.actors(poss, conj=False) if is_body(a, ctx)), None)
            if body and is_body(body, ctx):
                bodies.append(body)
        for relcl in relcls:
            if ctx.negated(relcl):
                continue
            for member in dict.fromkeys(_members_of_clause(relcl, ctx)):
                for body in bodies:
                    if member != body and ctx.type_of(member) in ("Country", "Organization"):
                        yield Candidate(member, "memberOf", body, "r14struct:members-which-include",
                                        ctx.status(relcl), sent)


def _title_of_org(person: Span, sent: Span, ctx: DocContext) -> tuple[list[str], str] | None:
    """``the chief executive of Nokia, Pekka Lundmark``: the title words and the organisation before the person's
    name (set off by a comma), else None."""
    doc, i = ctx.doc, person.start - 1
    if i <= sent.start or doc[i].text != ",":
        return None
    owner = ctx.entity(doc[i - 1])
    if owner is None or not ctx.is_actor(owner) or ctx.type_of(owner) == "Person":
        return None
    k = i - 1
    while k > sent.start and ctx.entity(doc[k - 1]) == owner:
        k -= 1
    if k - 1 <= sent.start or doc[k - 1].lower_ not in ("of", "at"):
        return None
    from kg.nlp.relations.titles import titles

    vocabulary = ctx.lex_memo("titles", lambda: titles(ctx.lex)).words
    j, words = k - 2, []
    while j >= sent.start and doc[j].lower_ in vocabulary and doc[j].lower_ not in ("of", "the", "and"):
        words.insert(0, doc[j].lower_)
        j -= 1
    return (words, owner) if words else None


@triggered_by(types=("Person",))
def title_of_org_name_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The chief executive of Telkom Indonesia, Ririek Adriansyah, signed …``; ``the president of Chile, Gabriel
    Boric``: the title names what the person heads or works for, the name follows after a comma."""
    from kg.nlp.relations.titles import entity_kind, title_kind, titles

    for person in ctx.index.ents_typed(sent, "Person", ctx.type_of):
        found = _title_of_org(person, sent, ctx)
        if found is None:
            continue
        words, owner = found
        kind = title_kind(words, entity_kind(owner, ctx), ctx.lex_memo("titles", lambda: titles(ctx.lex)))
        if kind:
            yield Candidate(person.kb_id_, kind, owner, "r14struct:title-of-org-name", "asserted", sent)


@triggered_by(lambda lex: lex.words("r14struct_unit_nouns"))
def described_part_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The bank is a unit of Kazakhstan's Halyk.``; ``It is a subsidiary of Veon.``: a description or pronoun
    naming a firm of the sentences before is a part of the whole the part noun names (``is a unit of X``, ``is
    X's arm``); not what a firm was (``was a unit of X until 2020``)."""
    for tok in ctx.find(sent, ctx.lex.words("r14struct_unit_nouns")):
        if tok.dep_ != "attr" or tok.head.lemma_ != "be" or tok.head.tag_ == "VBD" or ctx.negated(tok.head):
            continue
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj" and not ctx.entity(c)]
        if not subjects or any(c.lower_ in ctx.lex.words("r14struct_bygone_words") for c in tok.children):
            continue
        parts = [a for a in ctx.actors(subjects[0], conj=False) if _org(a, ctx)]
        wholes = [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p, conj=False)] + \
            [a for c in tok.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")
             for a in ctx.actors(c, conj=False)]
        for part in parts:
            for whole in dict.fromkeys(w for w in wholes if _org(w, ctx) and w != part):
                yield Candidate(part, "partOf", whole, "r14struct:described-part", ctx.status(tok.head), sent)


@triggered_by(lambda lex: lex.words("r14struct_home_nouns"))
def home_noun_in_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Optima Bank, a lender in Kyrgyzstan, …``; ``Clip, the largest fintech company in Mexico``: a description in
    apposition places the firm in the country; not a firm the gazetteer places elsewhere (``Mastercard, the
    biggest card company in Russia``)."""
    for tok in ctx.find(sent, ctx.lex.words("r14struct_home_nouns")):
        if tok.dep_ != "appos" or not ctx.entity(tok.head):
            continue
        countries = [a for p in ctx.pobjs(tok, {"in"}) for a in ctx.actors(p, conj=False)
                     if ctx.type_of(a) == "Country"]
        org = name_before(tok, ctx) or ctx.entity(tok.head)  # "Visa and Halyk Bank, a lender in …": Halyk
        if len(countries) != 1 or not org or not _org(org, ctx):
            continue
        known = ctx.entities[org].country
        if known in (None, countries[0]):
            yield Candidate(org, "basedIn", countries[0], "r14struct:home-noun-in", "asserted", sent)


def _trailing_title(person: Span, sent: Span, ctx: DocContext) -> list[str]:
    """The title words of ``X, the chief executive.`` / ``X, chief financial officer, said``: after a comma, with
    nothing naming whose title it is (the apposition ends at a comma or the sentence's end)."""
    from kg.nlp.relations.titles import titles

    doc, vocabulary = ctx.doc, ctx.lex_memo("titles", lambda: titles(ctx.lex)).words
    k = person.end
    if k >= sent.end or doc[k].text != ",":
        return []
    k += 1
    k += 1 if k < sent.end and doc[k].lower_ == "the" else 0
    words = []
    while k < sent.end and doc[k].lower_ in vocabulary and doc[k].lower_ not in ("of", "the", "and") \
            and not ctx.entity(doc[k]):
        words.append(doc[k].lower_)
        k += 1
    ends = k >= sent.end or doc[k].text in (",", ".", ";", "\u2014") or doc[k].is_quote
    return words if ends else []


def _leading_minister(person: Span, sent: Span, ctx: DocContext) -> list[str]:
    """The title words of ``The minister, X, said`` / ``The deputy minister, X,``: a minister's title opening the
    sentence, set off by a comma before the name, naming no state."""
    doc, k = ctx.doc, person.start - 1
    if k - 2 < sent.start or doc[k].text != "," or doc[k - 1].lower_ != "minister":
        return []
    words, k = [], k - 1
    while k > sent.start and doc[k].lower_ in ("minister", "deputy", "vice", "the") and not ctx.entity(doc[k]):
        words.insert(0, doc[k].lower_)
        k -= 1
    return [w for w in words if w != "the"] if k == sent.start and doc[k].lower_ == "the" else []


def _one_of_several(owner: str, before: int, ctx: DocContext) -> bool:
    """Whether the organisation was last named beside another one (``Halyk Bank and Kaspi reported …``): then a
    title without an owner is of either."""
    last = next((j for j in range(before - 1, -1, -1) if ctx.mention_at.get(j) == owner), None)
    if last is None:
        return False
    root = ctx.mention_root(ctx.doc[last])
    group = ctx.actors(root.head if root.dep_ == "conj" else root)
    return len({a for a in group if _org(a, ctx)}) > 1


@triggered_by(types=("Person",))
def trailing_bare_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Halyk Bank said profit rose. "We expect growth," said Umut Shayakhmetova, the chief executive.``: a company
    title after the name with no owner, in a sentence that names no organisation, is the title of the organisation
    an ``its`` would refer to there (the one last a subject before, alone); ``The minister, X,`` / ``X, the
    deputy minister,`` with no state named, works for the country the sentence is about."""
    from kg.nlp.relations.titles import entity_kind, title_kind, titles
    from kg.nlp.relations.xsent import STATE_TITLE_WORDS, home_country

    named = any(ctx.type_of(e.kb_id_) in ("Organization", "InternationalOrganization") for e in ctx.ents_in(sent))
    for person in ctx.index.ents_typed(sent, "Person", ctx.type_of):
        words = _trailing_title(person, sent, ctx) or _leading_minister(person, sent, ctx)
        if not words or "former" in words:
            continue
        if set(words) & STATE_TITLE_WORDS:
            if words[-1] != "minister" or "prime" in words:
                continue  # "X, the president": of which state or firm the sentence does not say
            country = home_country(sent, ctx)
            if country:
                yield Candidate(person.kb_id_, "worksFor", country, "r14struct:trailing-title", "asserted", sent)
            continue
        owners = [] if named else ctx.recent_org(ctx.doc[person.start])
        if len(owners) != 1 or _one_of_several(owners[0], person.start, ctx):
            continue
        kind = title_kind(words, entity_kind(owners[0], ctx), ctx.lex_memo("titles", lambda: titles(ctx.lex)))
        if kind:
            yield Candidate(person.kb_id_, kind, owners[0], "r14struct:trailing-title", "asserted", sent)


@triggered_by(lambda lex: lex.words("r14struct_home_group_nouns"))
def group_in_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Banks in Armenia, including Ameriabank and Ardshinbank, …``; ``start-ups from Kenya such as M-Kopa``: the
    named examples of a group of firms in (or from) a country are based there; not firms the gazetteer places
    elsewhere (``companies in Russia such as Visa``)."""
    for tok in ctx.find(sent, ctx.lex.words("r14struct_home_group_nouns")):
        if tok.tag_ != "NNS":
            continue
        countries = [a for p in ctx.pobjs(tok, {"in", "from"}) for a in ctx.actors(p, conj=False)
                     if ctx.type_of(a) == "Country"]
        if len(countries) != 1:
            continue
        for org in dict.fromkeys(a for a in ctx.examples(tok) if _org(a, ctx)):
            if ctx.entities[org].country in (None, countries[0]):
                yield Candidate(org, "basedIn", countries[0], "r14struct:group-in-country", "asserted", sent)


@triggered_by(lambda lex: lex.words("r13member_body_nouns"))
def body_of_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Pacific Alliance, a trade bloc of Chile, Colombia, Mexico and Peru, …``: a body described in apposition
    as a grouping of named states (or firms) has them as members; not ``a partnership of Sony and Honda`` (a
    description naming no body), nor ``a bloc of emerging economies`` (no names)."""
    from kg.nlp.relations.r13member import MEMBER_TYPES, is_body

    for tok in ctx.find(sent, ctx.lex.words("r13member_body_nouns")):
        if tok.dep_ != "appos" or tok.tag_ != "NN":
            continue
        body = name_before(tok, ctx) or ctx.entity(tok.head)
        if not body or not is_body(body, ctx):
            continue
        members = [a for p in ctx.pobjs(tok, {"of"}) if ctx.entity(p) for a in ctx.actors(p)]
        for member in dict.fromkeys(m for m in members if m != body and ctx.type_of(m) in MEMBER_TYPES):
            yield Candidate(member, "memberOf", body, "r14struct:body-of-members", "asserted", sent)


R14STRUCT_RULES = (body_of_members_rule, group_in_country_rule, trailing_bare_title_rule, described_part_rule,
                   home_noun_in_country_rule, title_of_org_name_rule,
                   portfolio_minister_rule, parent_rule, members_which_include_rule)
