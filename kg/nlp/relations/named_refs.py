"""Descriptions that refer back by the words of a name: ``the ministry`` after ``the Ministry of Digital Affairs``,
``the Wuxi institute`` after ``the Wuxi Jiangnan Institute of Computing Technology``, ``the Hubei department``.

The linker resolves ``the ministry`` to the last entity of a fitting kind, which may be another body named in
between (``the Government of Egypt``) or nothing when the body's kind is unknown. A description whose head noun is
a word that such names carry (``named_description_heads``: *ministry*, *institute*, *agency* …), or whose own
proper modifiers (*Wuxi*, *Hubei*, *Shanghai*) are words of a name, refers to the last entity named before it whose
name (or an alias) has all of those words. Descriptions without such words (*the company*, *the group*) keep what
the linker found: their names rarely repeat the noun.

:func:`resolve_named_descriptions` corrects ``DocContext.refs`` before the rules run, so every rule that reads an
argument through :meth:`DocContext.actors` gets the entity the name points to.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.nlp.relations.context import DocContext

#: the words of a name
_WORD = re.compile(r"[\w']+")


def name_words(ctx: DocContext, entity_id: str) -> set[str]:
    """The lower-case words of an entity's label and aliases.

    >>> from kg.records import Entity
    >>> class C: entities = {"m": Entity("m", "Ministry of Digital Affairs", "Organization", None, ["MODA"])}
    >>> sorted(name_words(C, "m"))
    ['affairs', 'digital', 'ministry', 'moda', 'of']
    """
    e = ctx.entities.get(entity_id)
    if e is None:
        return set()
    return {w.lower() for text in [e.label, *e.aliases] for w in _WORD.findall(text)}


def _description_words(tok: Token, ctx: DocContext) -> tuple[list[str], list[str]] | None:
    """The proper-name words and the countries among a description's modifiers (``the Chinese Wuxi institute``:
    ``wuxi``; China), or None when a modifier is a name of something else (``the Huawei unit``)."""
    words: list[str] = []
    countries: list[str] = []
    for child in tok.children:
        if child.i > tok.i or child.dep_ not in ("compound", "amod", "nmod"):
            continue
        eid = ctx.entity(child)
        if eid:
            if ctx.type_of(eid) != "Country":
                return None  # "the Huawei unit" is a part of Huawei, not Huawei
            countries.append(eid)
        elif child.pos_ == "PROPN" and child.is_title and child.is_alpha:
            words.append(child.lower_)
    return words, countries


def _fits_country(ctx: DocContext, entity_id: str, countries: list[str]) -> bool:
    """An entity of one of ``countries`` (or of no known country) when the description names some."""
    e = ctx.entities.get(entity_id)
    return not countries or e is None or e.country is None or e.country in countries


def _standalone(tok: Token, ctx: DocContext) -> bool:
    """``the ministry`` on its own: with ``the`` before it, not beside a name (``the ministry, METI``), not a
    new body spelt out (``the ministry of defence``, ``the institute that …``)."""
    doc = tok.doc
    if ctx.entity(tok) or tok.tag_ not in ("NN", "NNP") or tok.dep_ == "appos":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if tok.i + 1 < len(doc) and ctx.entity(doc[tok.i + 1]):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in tok.children):
        return False  # "the mineral resources department": a unit of its own, not the body named before
    return not any(c.dep_ in ("relcl", "acl", "appos") or (c.dep_ == "prep" and c.lower_ == "of")
                   for c in tok.children if c.i > tok.i)


def _introduces(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is an unnamed ``a``/``an`` phrase with the head noun of ``head`` (``a joint fund`` … ``the
    fund``): the description refers to that new thing, not to a name before it."""
    return tok.lemma_.lower() == head.lemma_.lower() and tok.pos_ in ("NOUN", "PROPN") and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def named_antecedent(tok: Token, ctx: DocContext, words: set[str], countries: list[str],
                     floor: int = -1) -> str | None:
    """The last actor named before ``tok`` (and before token ``floor`` when given) whose name has every one of
    ``words`` (and that is of one of ``countries`` when given); the names inside ``tok``'s own phrase do not count,
    and an unnamed ``a`` phrase of the same noun in between stops the search."""
    inside = {t.i for t in tok.subtree}
    seen: set[str] = set()
    for i in range(tok.left_edge.i - 1, -1, -1):
        eid = ctx.mention_at.get(i)
        if eid is None and _introduces(ctx.doc[i], tok):
            return None
        if eid is None or eid in seen or i in inside or (floor >= 0 and i >= floor):
            continue
        seen.add(eid)
        if ctx.type_of(eid) in ("Person", "Technology", "Country", ""):
            continue
        if words <= name_words(ctx, eid) and _fits_country(ctx, eid, countries):
            return eid
    return None


def resolve_named_descriptions(doc: Doc, ctx: DocContext) -> None:
    """``the ministry``, ``the Wuxi institute``: a description whose head noun names such bodies, or whose proper
    modifiers are words of a name, refers to the last entity named before it whose name has those words."""
    heads = ctx.lex.words("named_description_heads")
    describing = heads | ctx.lex.words("org_nouns")
    for tok in ctx.find(doc[:], describing):
        if tok.lower_ not in describing or not _standalone(tok, ctx):
            continue
        found = _description_words(tok, ctx)
        if found is None:
            continue
        words, countries = found
        floor = -1
        if words:
            # "the Shanghai company": the place word is in the name, "company" need not be
            wanted = {tok.lower_, *words} if tok.lower_ in heads else set(words)
        elif tok.lower_ in heads:
            # "the ministry" alone: a body named in an earlier sentence (in its own sentence the last one of its
            # kind, as the linker reads it, is as likely)
            wanted, floor = {tok.lower_}, tok.sent.start
        else:
            continue
        eid = named_antecedent(tok, ctx, wanted, countries, floor)
        if eid is not None:
            ctx.refs[tok.i] = [eid]


def _modifier_only(root: Token, state_nouns: set[str]) -> bool:
    """Whether a country's mention only modifies another noun (``the Chinese company``, ``U.S. chipmaker``), as
    opposed to naming the country (``Egypt will host``, ``Russia's banks``); a state's own bodies and people
    (``the Serbian government``) stand for the country."""
    return root.dep_ in ("amod", "compound", "nmod") and root.head.i > root.i and \
        root.head.lemma_.lower() not in state_nouns and root.head.lower_ not in state_nouns


def _last_named_country(tok: Token, ctx: DocContext, state_nouns: set[str], reach: int) -> str | None:
    """The last country before ``tok`` (within ``reach`` tokens) that its sentence names rather than uses as a
    modifier, leaving out a possessive that owns ``tok``'s own phrase (``China's group, which assembles … in the
    country``)."""
    ancestors = {a.i for a in tok.ancestors}
    i = tok.i - 1
    while i >= max(0, tok.i - reach):
        eid = ctx.mention_at.get(i)
        if eid and ctx.type_of(eid) == "Country":
            root = ctx.mention_root(ctx.doc[i])
            owner = root.dep_ == "poss" and root.head.i in ancestors
            if not owner and not _modifier_only(root, state_nouns):
                return eid
        i -= 1
    return None


def resolve_country_descriptions(doc: Doc, ctx: DocContext) -> None:
    """``Egypt will host a platform that Chinese giant Huawei operates, the country's ministry said``: ``the
    country`` is the last country the text names, not one that only modified a noun in between (``Chinese``);
    the linker's answer stays when it came from a country named as such."""
    words = ctx.lex.words("country_descriptions")
    state_nouns = ctx.lex.words("state_nouns")
    for tok in ctx.find(doc[:], words):
        ids = ctx.refs.get(tok.i)
        if tok.lower_ not in words or not ids or len(ids) != 1:
            continue
        reach = tok.i - tok.sent.start + 120  # its own sentence and a few before
        nearest = next((j for j in range(tok.i - 1, max(-1, tok.i - reach), -1) if ctx.mention_at.get(j) == ids[0]),
                       None)
        if nearest is None or not _modifier_only(ctx.mention_root(doc[nearest]), state_nouns):
            continue
        found = _last_named_country(tok, ctx, state_nouns, reach)
        if found:
            ctx.refs[tok.i] = [found]


def _superlative(tok: Token) -> bool:
    """``largest``, ``biggest``, ``second-largest``: a rank that picks out one organisation."""
    return any(c.dep_ in ("amod", "advmod", "compound") and c.i < tok.i and
               (c.tag_ == "JJS" or c.lower_.endswith(("largest", "biggest"))) for c in tok.children)


def resolve_ranked_descriptions(doc: Doc, ctx: DocContext) -> None:
    """``China's largest chipmaker was blacklisted``: a ranked description with a country's possessive and no name
    beside it refers to the last organisation of that country named before it; with a name beside it (``Russia's
    biggest lender, Sberbank``) it describes that name."""
    nouns = ctx.lex.words("org_nouns")
    for tok in ctx.find(doc[:], nouns):
        if tok.lower_ not in nouns or tok.tag_ != "NN" or tok.i in ctx.refs or ctx.entity(tok) or \
                tok.dep_ in ("appos", "attr") or not _superlative(tok):
            continue  # "X is China's largest chipmaker" describes X
        if (tok.i + 1 < len(doc) and ctx.entity(doc[tok.i + 1])) or \
                any(c.dep_ in ("appos", "relcl", "acl", "prep") and c.i > tok.i for c in tok.children) or \
                (tok.i + 2 < len(doc) and doc[tok.i + 1].text in (",", "(") and ctx.entity(doc[tok.i + 2])):
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if len(owners) != 1:
            continue
        country = ctx.entity(owners[0])
        if country is None or ctx.type_of(country) != "Country":
            continue  # "the world's largest chipmaker" may be any of the firms named before
        found = _last_organisation(tok, ctx, country)
        if found:
            ctx.refs[tok.i] = [found]


def _last_organisation(tok: Token, ctx: DocContext, country: str | None, reach: int = 150) -> str | None:
    """The last organisation named before ``tok`` (within ``reach`` tokens), of ``country`` when given."""
    for i in range(tok.left_edge.i - 1, max(-1, tok.i - reach), -1):
        eid = ctx.mention_at.get(i)
        e = ctx.entities.get(eid) if eid else None
        if e is not None and e.type == "Organization" and (country is None or e.country == country):
            return eid
    return None


def resolve_pronouns_of_descriptions(doc: Doc, ctx: DocContext) -> None:
    """``The company said it would …``, ``China's largest chipmaker said it would …``: an ``it`` subject of a clause
    that reports what a description said or did is that description's; when the description refers to nothing
    known, neither does the pronoun (rather than the organisation named before, which the description is not)."""
    nouns = ctx.lex.words("org_nouns")
    for tok in ctx.find(doc[:], {"it"}):
        if tok.lower_ != "it" or tok.i in ctx.refs or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause = tok.head
        if tok.dep_ == "nsubjpass" and any(c.dep_ in ("ccomp", "csubj") for c in clause.children):
            continue  # "it is not known whether …": no one
        if clause.dep_ not in ("ccomp", "xcomp", "conj") or clause.head.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in nouns or subject.tag_ != "NN" or ctx.entity(subject):
            continue
        # what the description refers to, or the name beside it ("Beijing's fund, CIC, said it …")
        found = [a for a in ctx.actors(subject, conj=False) if ctx.type_of(a) == "Organization"]
        ctx.refs[tok.i] = found if len(found) == 1 else []
