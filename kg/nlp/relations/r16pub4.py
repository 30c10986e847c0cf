"""Constructions of official releases, transcripts and wire copy (branch r16pub4); words: ``r16pub4_*`` keys of
``data/lexicon/structure.json``.

- the parties a release lists in bullets below the sentence that adds them to a list or imposes measures on them
  (``BIS published a rule adding five entities to the Entity List ... The entities added today are: - China: A,
  B; - Russia: C``): ``sanctions`` from the one who lists, and ``restrictsExportsTo`` when the list is an export
  list (the Entity List: a licence for every item);
- a bullet of a list by country (``- China: A Co., Ltd. (Shenzhen); B Limited (Hong Kong);``): each organisation
  after the country's label is ``basedIn`` it;
- a licence required to export to a party (``Commerce has required a licence to export such items to Russia``):
  ``restrictsExportsTo``, not a supply.

And filters over what the rules found (:func:`revise`):

- a question of a press-conference transcript that asks about a report (``Reports say X will sign ... Can you
  confirm?``, ``A report alleged that X supplied Y. Any comment?``) states nothing;
- a country in brackets after a company's name (``Tengri LLP (Kazakhstan)``) is where it is, no party of the
  clause's other relations;
- a country's possessive does not make a company the gazetteer places in another country its own (``Indonesia's
  Danantara, Nvidia and Indosat``: not Nvidia).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.tokens import doc_text, span_text

#: the characters a bullet item opens with
BULLETS = ("-", "*", "•", "–", "—", "·")
#: how many sentences before a list's introduction the sentence that lists its parties may stand
LISTING_REACH = 6
#: types of the parties a listing names
LISTED_TYPES = frozenset({"Organization", "Person"})
#: types of the one who lists
LISTING_TYPES = frozenset({"Organization", "Country", "InternationalOrganization", "Bloc"})
#: predicates of events, which a question about a report does not state
EVENT_PREDICATES = frozenset({"cooperatesWith", "agreementWith", "jointVentureWith", "investsIn", "suppliesTo",
                              "sanctions", "restrictsExportsTo", "competesWith", "directs"})
#: rules that read a company's country off a possessive or a descriptor that may not reach every name after it
POSSESSIVE_BASED_RULES = frozenset({"based:possessive", "based:descriptor"})
#: how many heads up from a listing verb its subject may stand (``published a rule adding``: adding -> rule ->
#: published)
_CLIMB = 4
#: how far up from a name its ``by``/``of`` may hang (``controlled by the conglomerate X``: 2)
_OWNER_DEPTH = 3


def is_bullet(sent: Span) -> bool:
    """Whether the sentence stands in a bullet item of a list (its line opens with a bullet character)."""
    return _paragraph(sent)[:1] in BULLETS


def sentence_index(sent: Span, ctx: DocContext) -> int:
    """The position of ``sent`` among the document's sentences (:attr:`DocIndex.sents`), or -1."""
    k = ctx.index.sent_number(sent.start)
    return k if ctx.index.sents[k].start == sent.start else -1


def _introduction(k: int, ctx: DocContext) -> int:
    """The sentence that introduces the bullet list sentence ``k`` stands in (``The entities added today are:``):
    its index, or -1."""
    sents = ctx.index.sents
    j = k - 1
    while j >= 0 and is_bullet(sents[j]):
        j -= 1
    if j < 0 or not sents[j].text.rstrip().endswith(":"):
        return -1
    words = ctx.lex.words("r16pub4_list_intro_words")
    return j if any(t.lemma_.lower() in words or t.lower_ in words for t in sents[j]) else -1


def listing(sent: Span, ctx: DocContext) -> tuple[list[str], bool] | None:
    """The ones who list in a sentence that adds parties to a list or imposes measures on them, and whether the
    list is an export list; None when the sentence is no such listing."""
    verbs = ctx.lex.words("r16pub4_listing_verbs")
    signals = ctx.lex.words("r16pub4_listing_signals")
    text = span_text(sent).lower()  # (Span.text joins its tokens at each call)
    if not any(s in text for s in signals):
        return None
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs and not ctx.negated(tok):
            head, agents = tok, []
            for _ in range(_CLIMB):  # "decided to impose", "published a rule adding": up to the verb with a subject
                agents = [a for a in ctx.subjects(head) if ctx.type_of(a) in LISTING_TYPES] \
                    if head.pos_ in ("VERB", "AUX") else []
                if agents or head.head is head:
                    break
                head = head.head
            if agents:
                exports = any(s in text for s in ctx.lex.words("r16pub4_export_list_signals"))
                return agents, exports
    return None


def owner_side(tok: Token, ctx: DocContext) -> bool:
    """Whether a name in a bullet names an owner or parent, not a listed party: ``controlled by X``, ``a subsidiary
    of X``."""
    owners = ctx.lex.words("r16pub4_owner_nouns")
    head, depth = tok, 0
    while head.head is not head and depth < _OWNER_DEPTH:
        if head.dep_ in ("pobj", "agent") and head.head.lower_ in ("by", "of"):
            prep = head.head
            if prep.lower_ == "by" or prep.head.lemma_.lower() in owners:
                return True
        head, depth = head.head, depth + 1
    return False


@triggered_by(types=("*",))
def listed_below_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """The parties of a bullet list introduced after a listing sentence: ``sanctions`` (and ``restrictsExportsTo``
    for an export list) from the one who lists."""
    if not is_bullet(sent):
        return
    k = sentence_index(sent, ctx)
    intro = _introduction(k, ctx) if k >= 0 else -1
    if intro < 0:
        return
    sents = ctx.index.sents
    found = None
    for j in range(intro, max(-1, intro - LISTING_REACH), -1):
        if is_bullet(sents[j]) and j != intro:
            break
        found = listing(sents[j], ctx)
        if found:
            break
    if not found:
        return
    agents, exports = found
    seen: set[str] = set()
    for ent in ctx.ents_in(sent):
        eid = ctx.entity(ent[0])
        if eid is None or eid in seen or ctx.type_of(eid) not in LISTED_TYPES or eid in agents or \
                owner_side(ent.root, ctx):
            continue
        seen.add(eid)
        for agent in agents:
            yield Candidate(agent, "sanctions", eid, "r16pub4:listed-below", "asserted", sent)
            if exports:
                yield Candidate(agent, "restrictsExportsTo", eid, "r16pub4:listed-below", "asserted", sent)


@triggered_by(types=("Country",))
def country_label_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``- China: A Co., Ltd. (Shenzhen); B Limited and C Limited (both Hong Kong);``: each organisation after a
    bullet's country label is ``basedIn`` that country."""
    if not is_bullet(sent):
        return
    toks = [t for t in sent if not t.is_space and t.text not in BULLETS]
    if not toks:
        return
    country = ctx.entity(toks[0])
    if country is None or ctx.type_of(country) != "Country":
        return
    colon = next((t for t in toks[:8] if t.text == ":"), None)
    if colon is None or any(ctx.entity(t) != country for t in toks if t.i < colon.i):
        return
    seen: set[str] = set()
    for ent in ctx.ents_in(sent):
        eid = ctx.entity(ent[0])
        if ent.start > colon.i and eid and eid not in seen and ctx.type_of(eid) == "Organization":
            seen.add(eid)
            yield Candidate(eid, "basedIn", country, "r16pub4:country-label", "asserted", sent)


@triggered_by(lambda lex: lex.words("r16pub4_requiring_verbs"))
def licence_to_export_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X has required a licence to export such items to Y``, ``X requires licences for exports to Y``: X
    ``restrictsExportsTo`` Y."""
    for verb in ctx.find(sent, ctx.lex.words("r16pub4_requiring_verbs")):
        if verb.pos_ not in ("VERB", "AUX") or ctx.negated(verb):
            continue
        licence = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and
                        c.lemma_.lower() in ctx.lex.words("r16pub4_licence_nouns")), None)
        if licence is None:
            continue
        targets: list[str] = []
        for t in licence.subtree:
            if t.lower_ == "to" and t.dep_ in ("prep", "dative") and \
                    (t.head.lemma_.lower() in ("export", "exports", "ship", "sell") or t.head.i != licence.i):
                targets += [a for p in t.children if p.dep_ == "pobj" for a in ctx.actors(p)]
        subjects = [a for a in ctx.subjects(verb) if ctx.type_of(a) in LISTING_TYPES]
        for s in subjects:
            for o in dict.fromkeys(targets):
                if o != s and ctx.is_actor(o):
                    yield Candidate(s, "restrictsExportsTo", o, "r16pub4:licence-to-export", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r16pub4_measure_nouns"))
def adopted_measures_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU adopted a package of sanctions against X``, ``The Council approved restrictive measures against
    X``: the one who adopts ``sanctions`` X (``measures`` only with ``restrictive``/``punitive``)."""
    adopting = ctx.lex.words("r16pub4_adopting_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r16pub4_measure_nouns")):
        if noun.lemma_.lower() == "measure" and not any(
                c.dep_ == "amod" and c.lower_ in ctx.lex.words("r16pub4_restrictive_words") for c in noun.children):
            continue
        targets = [a for p in ctx.pobjs(noun, {"against", "on"}) for a in ctx.actors(p) if ctx.is_actor(a)]
        if not targets:
            continue
        head, verb = noun, None
        for _ in range(_CLIMB):  # "adopted a 20th package of sanctions": sanctions -> of -> package -> adopted
            if head.head is head:
                break
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                verb = head
                break
        if verb is None or verb.lemma_.lower() not in adopting or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue  # "may impose restrictive measures on X": only supposed
        for s in ctx.subjects(verb):
            if ctx.type_of(s) not in LISTING_TYPES:
                continue
            for o in dict.fromkeys(targets):
                if o != s:
                    yield Candidate(s, "sanctions", o, "r16pub4:adopted-measures", ctx.status(verb), sent)


def _department(word: str, ctx: DocContext) -> str | None:
    """The department entity of the document that ``word`` names in a secretary's title (``Commerce`` ->
    ``United States Department of Commerce``), by its label or an alias."""
    low = word.lower()
    forms = {f"department of {low}", f"department of the {low}", f"{low} department"}
    for eid, e in ctx.entities.items():
        if e.type == "Organization" and any(n.lower().endswith(f) for n in [e.label, *e.aliases] for f in forms):
            return eid
    return None


@triggered_by(types=("Person",))
def secretary_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Under Secretary of Commerce for Industry and Security Ana Ruiz``, ``Assistant Secretary of State for East
    Asian Affairs Bo Lin``: the person works for the department the title names (``Secretary of Commerce X`` leads
    it), when the document names that department."""
    doc = ctx.doc
    heads = ctx.lex.words("r16pub4_secretary_words")
    deputies = ctx.lex.words("r16pub4_deputy_words")
    for ent in ctx.ents_in(sent):
        pid = ctx.entity(ent[0])
        if pid is None or ctx.type_of(pid) != "Person" or ent.start - 3 < sent.start:
            continue
        k = ent.start - 1
        j = k
        while j > sent.start and (doc[j].text[:1].isupper() or doc[j].lower_ in ("and", "&", ",")) and \
                doc[j].lower_ != "for" and ctx.type_of(ctx.entity(doc[j]) or "") != "Person":
            j -= 1
        if doc[j].lower_ == "for" and j < k:
            k = j - 1  # "... of Commerce for Industry and Security X": the portfolio after "for"
        of = k - 2 if doc[k - 1].lower_ == "the" else k - 1
        if of <= sent.start or doc[of].lower_ != "of" or doc[of - 1].lower_ not in heads:
            continue
        owner = _department(doc[k].text, ctx)
        if owner is None:
            continue
        deputy = of - 2 >= sent.start and doc[of - 2].lower_ in deputies
        yield Candidate(pid, "worksFor" if deputy else "leaderOf", owner, "r16pub4:secretary-of", "asserted", sent)


# --- filters over the candidates ------------------------------------------------------------------------------

def _paragraph(sent: Span) -> str:
    """The text of the paragraph (line) the sentence stands in."""
    text = doc_text(sent.doc)  # read once per document (Doc.text joins every token anew)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    return text[start:end if end >= 0 else len(text)].strip()


def _asked_report(sent: Span, ctx: DocContext) -> bool:
    """Whether the sentence states a report that the question of its paragraph asks about: the paragraph ends with
    a question mark and the sentence names a report (``Reports say ...``, ``A report alleged ...``)."""
    if span_text(sent).rstrip().endswith("?") or not _paragraph(sent).endswith("?"):
        return False
    words = ctx.lex.words("r16pub4_report_words")
    return any(t.lower_ in words for t in sent)


def _bracketed_countries(sent: Span, ctx: DocContext) -> set[str]:
    """Countries named in the sentence only in brackets right after an organisation's name (``Acme LLP
    (Kazakhstan)``): where that organisation is."""
    doc = sent.doc
    inside: set[str] = set()
    elsewhere: set[str] = set()
    for ent in ctx.ents_in(sent):
        eid = ctx.entity(ent[0])
        if eid is None or ctx.type_of(eid) != "Country":
            continue
        before = doc[ent.start - 1] if ent.start > sent.start else None
        back = ent.start - 2
        if back > sent.start and doc[back].text == ".":
            back -= 1  # "Acme Ltd. Şti. (Türkiye)": the form's full stop
        owner = doc[back] if back >= sent.start else None
        after = doc[ent.end] if ent.end < sent.end else None
        if before is not None and before.text == "(" and after is not None and after.text == ")" and \
                owner is not None and ctx.entity(owner) and ctx.type_of(ctx.entity(owner) or "") == "Organization":
            inside.add(eid)
        else:
            elsewhere.add(eid)
    return inside - elsewhere


def revise(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """``candidates`` without what a transcript's question asks about a report, without a bracketed country as a
    party (its ``basedIn`` stays), without a possessive country's ``basedIn`` for a company the gazetteer places
    elsewhere, and without a supply where the same sentence requires a licence to export to the same party."""
    out: list[Candidate] = []
    asked: dict[int, bool] = {}
    bracketed: dict[int, set[str]] = {}
    licensed = {(c.subject, c.object, c.sent.start) for c in candidates if c.rule == "r16pub4:licence-to-export"}
    for c in candidates:
        key = c.sent.start
        if key not in asked:
            asked[key] = _asked_report(c.sent, ctx)
        if asked[key] and (c.predicate in EVENT_PREDICATES or c.predicate == "focusesOn" and ":verb:" in c.rule):
            continue  # the question's premise: its events (not "Malaysia's Axiata", "drone maker DJI")
        if c.predicate != "basedIn":
            if key not in bracketed:
                bracketed[key] = _bracketed_countries(c.sent, ctx)
            if c.subject in bracketed[key] or c.object in bracketed[key]:
                continue
        if c.predicate == "suppliesTo" and (c.subject, c.object, key) in licensed:
            continue
        if c.predicate == "basedIn" and c.rule in POSSESSIVE_BASED_RULES:
            e = ctx.entities.get(c.subject)
            if e is not None and e.wikidata and e.country and e.country != c.object and \
                    ctx.type_of(c.object) == "Country":
                continue  # "Indonesia's fund Danantara, Nvidia and Indosat": not the gazetteer's Nvidia
        out.append(c)
    return out


R16PUB4_RULES = (listed_below_rule, country_label_rule, licence_to_export_rule, adopted_measures_rule,
                 secretary_of_rule)
