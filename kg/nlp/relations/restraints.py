"""Sanctions and export curbs stated through the target's side of the measure, a list or a licence; their words are
in ``data/lexicon/events.json``.

- the target hit with or placed under a measure: ``Huawei was hit with US sanctions``, ``Washington put Megvii
  under sanctions``, ``Sberbank faces EU sanctions``, ``X is subject to US sanctions`` (``sanctions``);
- a target on a holder's list: ``Hikvision is on the US Commerce Department's Entity List`` (``sanctions``, and
  ``restrictsExportsTo`` for an export-control list);
- the names a listing verb's counted object stands for after a colon: ``OFAC designated three firms: A, B and C``;
- imports from a target blocked: ``China retaliated by blocking imports from Lithuania`` (``sanctions``);
- export licences denied or revoked for a target: ``Commerce revoked export licences for Huawei``
  (``restrictsExportsTo``).

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.slots import EXPORT_VERBS, LIST_WORDS, dobj
from kg.nlp.relations.triggers import distinct_pairs, noun_participants

#: who can impose a measure on another: a state, a body of states, a bloc or an organisation acting for one
STATE_TYPES = ("Country", "InternationalOrganization", "Bloc")
TARGET_TYPES = ("Country", "Organization", "Person", "InternationalOrganization")
#: organisation subtypes of a state's own bodies
BODY_KINDS = frozenset({"GovernmentBody", "Regulator", "Agency"})
ITEM_SEPARATORS = {",", ";", "and", "as", "well", "-", "\u2013", "\u2014"}
#: a colon, also as the tokenizer leaves it after a closing bracket: ``(OFAC): A, B and C``
COLONS = frozenset({":", "):"})


def _sanction_nouns(ctx: DocContext) -> frozenset[str]:
    nouns = ctx.lex.nouns
    return ctx.lex_memo("restraints:sanction_nouns", lambda: frozenset(
        n for n, entries in nouns.items() if any(p == "sanctions" for p, _s in entries)))


def _sanction_slots(tok: Token, ctx: DocContext) -> list[str]:
    nouns = ctx.lex.nouns
    key = tok.lower_ if tok.lower_ in nouns else tok.lemma_
    return next((slots for p, slots in nouns.get(key, []) if p == "sanctions"), [])


def _stated(verb: Token, ctx: DocContext) -> bool:
    """Not negated, and no modal or threat around it: ``could face sanctions`` states none."""
    return not ctx.negated(verb) and not any(c.dep_ == "aux" and c.lower_ in ctx.lex.planned.get("aux", [])
                                            for c in verb.children)


#: words that count some of a group (``one of the members``, ``X and Y, two of the firms``)
PART_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
                         "all", "some", "several", "each"})


def one_of(noun: Token, ctx: DocContext) -> list[str]:
    """Who a clause counts among a group: ``X is one of the companies …``, ``X, one of the members …``, ``X and
    Y, two of the members …``, ``X was among the firms …`` (``noun`` is the group)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "among"):
        return []
    holder = prep.head
    if prep.lower_ == "of" and holder.lower_ not in PART_COUNTS:
        return []
    if holder.pos_ in ("AUX", "VERB"):  # "X was among the firms"; inverted, "Among the firms … were X"
        return ctx.subjects(holder) or [a for c in holder.children if c.dep_ == "attr" and c.i > prep.i
                                         for a in ctx.actors(c)]
    if holder.dep_ == "attr" and holder.head.pos_ in ("AUX", "VERB"):  # "X is one of the companies"
        return ctx.subjects(holder.head)
    if holder.dep_ == "appos":  # "X, one of the companies"; "X and Y, two of the companies"
        return ctx.actors(holder.head, conj=holder.lower_ != "one")
    return []


def _ended(noun: Token, ctx: DocContext) -> bool:
    """A measure negated, or the passive subject of a verb that ends it: ``the ban was lifted`` (not ``the ban
    cut supplies``, where the measure does the cutting)."""
    return ctx.negated(noun) or (noun.dep_ == "nsubjpass" and noun.head.lemma_ in ctx.lex.negation.get("governors", []))


def hit_targets(tok: Token, ctx: DocContext) -> tuple[list[str], list[str], Token | None]:
    """The targets of a sanction noun the clause puts on them, the holders the clause names, and its verb."""
    hitting, placing = ctx.lex.words("hitting_verbs"), ctx.lex.words("placing_verbs")
    prep = tok.head
    if tok.dep_ == "dobj" and prep.lemma_ in ctx.lex.words("facing_verbs"):  # "Sberbank faces EU sanctions"
        return ctx.subjects(prep), [], prep
    if tok.dep_ != "pobj":
        return [], [], None
    verb = prep.head
    if prep.lower_ == "to" and verb.lower_ == "subject":  # "X is subject to US sanctions"
        if verb.dep_ == "acomp":
            return ctx.subjects(verb.head), [], verb.head
        if verb.dep_ == "amod":  # "firms subject to sanctions, such as X"
            return ctx.actors(verb.head), [], verb.head
        return [], [], None
    if verb.pos_ != "VERB" or not ((prep.lower_ == "with" and verb.lemma_ in hitting) or
                                   (prep.lower_ == "under" and verb.lemma_ in placing)):
        return [], [], None
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:  # "Huawei was hit with US sanctions"; "was placed under" is the trigger noun's own slot
        return ([a for c in passive for a in ctx.actors(c)] if prep.lower_ == "with" else []), [], verb
    if verb.dep_ == "acl" and prep.lower_ == "with":  # "three firms hit with US sanctions"
        return ctx.actors(verb.head), [], verb
    return [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)], ctx.subjects(verb), verb


@triggered_by(lambda lex: {n for n, entries in lex.nouns.items() if any(p == "sanctions" for p, _s in entries)})
def hit_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei was hit with US sanctions``, ``Washington put Megvii under sanctions``, ``Sberbank faces EU
    sanctions``, ``X is subject to US sanctions``: the measure's holder sanctions who the clause puts it on."""
    exports = ctx.lex.words("export_nouns")
    for tok in ctx.find(sent, _sanction_nouns(ctx)):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        if any(c.dep_ == "compound" and c.lower_ in exports for c in tok.children):
            continue  # "subject to an EU export ban": a curb on exports (curbs3.measure_target_rule)
        targets, subjects, verb = hit_targets(tok, ctx)
        if not targets or verb is None or not _stated(verb, ctx):
            continue
        holders = noun_participants(tok, _sanction_slots(tok, ctx), ctx)[0] or subjects
        holders = [h for h in holders if h not in targets]  # "A and B face fines": those who face it hold none
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) != "Person"),
                                   (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "curb:hit-with", status, sent)


@triggered_by(lambda lex: {v for v, entries in lex.verbs.items() if any(p == "sanctions" for p, _s in entries)})
def counted_target_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Megvii is one of the companies sanctioned by the US``, ``X was among the firms blacklisted by the EU``:
    the group a participle describes stands for who the clause counts in it."""
    verbs = ctx.lex.verbs
    words = ctx.lex_memo("restraints:sanction_verbs", lambda: frozenset(
        v for v, entries in verbs.items() if any(p == "sanctions" for p, _s in entries)))
    for tok in ctx.find(sent, words):
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_ not in words or not _stated(tok, ctx):
            continue
        targets = [a for a in one_of(tok.head, ctx) if ctx.type_of(a) in TARGET_TYPES]
        if not targets:
            continue
        holders = [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                   for a in ctx.actors(p)]
        status = ctx.status(tok)
        for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) != "Person"), targets):
            yield Candidate(s, "sanctions", o, "curb:counted-target", status, sent)


def _list_name(tok: Token) -> str:
    """A list's name in lower case from its compounds: ``the US Commerce Department's Entity List`` -> ``entity
    list``."""
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i and not c.ent_type_]
    return " ".join(words + [tok.lower_])


def list_keepers(tok: Token, ctx: DocContext) -> list[str]:
    """Who keeps a list: ``X's list``, ``the US Entity List``, ``the list of the Commerce Department``."""
    found = [a for c in tok.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < tok.i
             and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False)]
    found += [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p, conj=False)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) != "Person"]


@triggered_by(lambda lex: LIST_WORDS)
def on_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Hikvision is on the US Commerce Department's Entity List``, ``SMIC, which remains on the US blacklist``:
    who keeps a sanctions list sanctions those on it; an export-control list restricts exports to them too."""
    lists = ctx.lex.words("sanction_lists")
    export_lists = ctx.lex.words("export_control_lists")
    for tok in ctx.find(sent, LIST_WORDS):
        name = _list_name(tok)
        if tok.dep_ != "pobj" or tok.head.lower_ != "on" or name not in lists | export_lists:
            continue
        verb = tok.head.head
        if verb.lemma_ not in ctx.lex.words("staying_verbs") or not _stated(verb, ctx):
            continue
        holders = list_keepers(tok, ctx)
        targets = [a for a in ctx.subjects(verb) if ctx.type_of(a) in TARGET_TYPES]
        status = ctx.status(verb)
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "curb:on-list", status, sent)
            if name in export_lists and ctx.type_of(o) != "Person":
                yield Candidate(s, "restrictsExportsTo", o, "curb:on-list", status, sent)


def items_after(colon: Token, ctx: DocContext) -> list[str]:
    """The names a colon introduces, one per item: after the colon and after each ``;`` when semicolons part the
    items (``A, based in Armenia; B, registered in Switzerland; and C``), else the run of names joined by commas
    and ``and``."""
    doc, sent_end = ctx.doc, colon.sent.end
    if any(doc[i].text == ";" for i in range(colon.i + 1, sent_end)):
        starts = [colon.i] + [i for i in range(colon.i + 1, sent_end) if doc[i].text == ";"]
        out = []
        for start in starts:
            i = start + 1
            while i < sent_end and doc[i].lower_ in ITEM_SEPARATORS:
                i += 1
            eid = ctx.mention_at.get(i)
            if eid:
                out.append(eid)
        return out
    out, i = [], colon.i + 1
    while i < sent_end:
        eid = ctx.mention_at.get(i)
        if eid:
            out.append(eid)
        elif doc[i].lower_ not in ITEM_SEPARATORS:
            break
        i += 1
    return list(dict.fromkeys(out))


def _counted(noun: Token, ctx: DocContext) -> bool:
    """A described group, not a name: ``three companies``, ``its affiliates``, ``the following entities``."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and not ctx.entity(noun)


@triggered_by(lambda lex: COLONS)
def colon_list_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``OFAC designated three firms: A, B and C``, ``Its three affiliates were blacklisted by OFAC: A; B; and
    C``: the names after the colon are the group the listing verb's object counts."""
    verbs = ctx.lex.verbs
    for colon in ctx.find(sent, COLONS):
        verb = next((t for t in reversed(sent[: colon.i - sent.start]) if t.pos_ == "VERB"), None)
        if verb is None or not any(p == "sanctions" for p, _s in verbs.get(verb.lemma_, [])) or \
                not _stated(verb, ctx):
            continue
        groups = [c for c in dobj(verb) if _counted(c, ctx)]
        if not groups or any(ctx.entity(t) for g in groups for t in g.subtree if t.i < colon.i and t.dep_ != "poss"):
            continue
        targets = [a for a in items_after(colon, ctx) if ctx.type_of(a) in TARGET_TYPES]
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in ctx.subjects(verb) if ctx.type_of(a) != "Person"), targets):
            yield Candidate(s, "sanctions", o, "curb:colon-list", status, sent)


def _official(actor: str, ctx: DocContext) -> bool:
    """A state, a body of states or a government body: who can keep out another's goods as a measure."""
    entity = ctx.entities.get(actor)
    return ctx.type_of(actor) in STATE_TYPES or (entity is not None and entity.subtype in BODY_KINDS)


@triggered_by(lambda lex: lex.words("import_nouns"))
def blocked_imports_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``China retaliated by blocking imports from Lithuania``, ``Beijing's ban on imports from Australia``: a
    state that keeps out a country's or a firm's goods sanctions it (a company that stops buying does not)."""
    blocking = ctx.lex_memo("restraints:blocking_verbs",
                            lambda: ctx.lex.words("export_banning_verbs") | ctx.lex.words("blocking_verbs"))
    for tok in ctx.find(sent, ctx.lex.words("import_nouns")):
        if tok.pos_ != "NOUN":
            continue
        sources = [a for p in ctx.pobjs(tok, {"from"}) for a in ctx.actors(p)]
        # "imports of Russian steel": the country the goods are named by
        sources += [a for p in ctx.pobjs(tok, {"of"}) for c in p.children if c.dep_ == "amod" and ctx.entity(c)
                    for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Country"]
        if not sources:
            continue
        head = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_ in blocking:
            if not _stated(head, ctx):
                continue
            holders, status = ctx.subjects(head), ctx.status(head)
        elif tok.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "NOUN" and \
                head.head.lemma_ in ctx.lex.words("ban_nouns") and not ctx.negated(head.head):
            holders, status = noun_participants(head.head, [], ctx)[0], ctx.status(head.head)
        else:
            continue
        for s, o in distinct_pairs((a for a in holders if _official(a, ctx)),
                                   (a for a in sources if ctx.type_of(a) in ("Country", "Organization"))):
            yield Candidate(s, "sanctions", o, "curb:blocked-imports", status, sent)


def _measure_carrier(tok: Token, ctx: DocContext) -> Token | None:
    """The noun a sanction word names the kind of: ``the EU's sanctions package``, ``an asset freeze``."""
    if tok.lower_ in ("freeze", "freezes"):  # only the freezing of assets is a sanction of its own
        return tok if any(c.dep_ == "compound" and c.lemma_ == "asset" for c in tok.children) else None
    if tok.dep_ == "compound" and tok.head.lemma_ in ctx.lex.words("measure_carriers"):
        return tok.head
    return None


@triggered_by(lambda lex: {n for n, entries in lex.nouns.items() if any(p == "sanctions" for p, _s in entries)}
              | {"freeze", "freezes"})
def sanction_package_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU's 12th sanctions package targets Rosneft``, ``a new sanctions package against Russia``, ``an asset
    freeze on Alrosa``: a package, round or freeze of sanctions sanctions its targets."""
    for tok in ctx.find(sent, _sanction_nouns(ctx) | {"freeze", "freezes"}):
        carrier = _measure_carrier(tok, ctx) if tok.pos_ == "NOUN" else None
        if carrier is None or _ended(carrier, ctx):
            continue
        holders = noun_participants(carrier, [], ctx)[0] + (noun_participants(tok, [], ctx)[0] if carrier is not tok
                                                            else [])
        targets = [a for p in ctx.pobjs(carrier, {"on", "against"}) for a in ctx.actors(p)]
        verb = carrier.head
        if carrier.dep_ == "nsubj" and verb.lemma_ in ctx.lex.words("measure_targeting_verbs") and _stated(verb, ctx):
            targets += [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        if carrier.dep_ == "dobj" and verb.pos_ == "VERB" and not holders:  # "Britain ordered an asset freeze on X"
            holders = ctx.subjects(verb)
        status = ctx.status(carrier)
        for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) != "Person"),
                                   (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "curb:package", status, sent)


@triggered_by(lambda lex: lex.words("export_nouns"))
def export_curb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``China's export ban on gallium to the United States``, ``export controls on chips to Russia``: an export
    curb's destination after the goods it covers."""
    nouns = ctx.lex.nouns
    for tok in ctx.find(sent, ctx.lex.words("export_nouns")):
        curb = tok.head
        if tok.dep_ != "compound" or curb.pos_ != "NOUN" or _ended(curb, ctx):
            continue
        key = curb.lower_ if curb.lower_ in nouns else curb.lemma_
        if not any(p == "restrictsExportsTo" for p, _s in nouns.get(key, [])):
            continue
        destinations = list(ctx.pobjs(curb, {"to"})) + \
            [q for p in ctx.pobjs(curb, {"on"}) for q in ctx.pobjs(p, {"to"})]
        targets = [a for d in destinations for a in ctx.actors(d) if ctx.type_of(a) in ("Country", "Organization")]
        holders = noun_participants(curb, [], ctx)[0]
        if not holders and curb.dep_ == "dobj" and curb.head.pos_ == "VERB":  # "Beijing imposed an export ban on …"
            holders = ctx.subjects(curb.head)
        status = ctx.status(curb)
        for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) != "Person"), targets):
            yield Candidate(s, "restrictsExportsTo", o, "curb:export-ban-to", status, sent)


@triggered_by(lambda lex: lex.words("ordering_verbs"))
def stop_order_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The regulator ordered DeepSeek to stop processing users' data``, ``the FCC ordered China Telecom to cease
    operating``: a state body that orders a company to stop its business sanctions it (an order to stop buying a
    maker's goods is ``ordered_to_stop_rule``'s)."""
    using = ctx.lex_memo("using_words",
                         lambda: frozenset(ctx.lex.words("use_verbs") | ctx.lex.words("purchasing_verbs")))
    exports = ctx.lex.words("export_nouns")
    for order in ctx.find(sent, ctx.lex.words("ordering_verbs")):
        if order.pos_ != "VERB" or not _stated(order, ctx):
            continue
        stops = [c for c in order.children
                 if c.dep_ in ("xcomp", "ccomp") and c.lemma_ in ctx.lex.words("ceasing_verbs")]
        if not stops or any(g.lemma_ in using and any(o.dep_ == "dobj" for o in g.children)
                            for s in stops for g in s.children if g.dep_ in ("xcomp", "pcomp")):
            continue
        # "ordered X to halt shipments to China", "… to stop exporting chips to China": a curb on exports, not on X
        if any(t.dep_ == "prep" and t.lower_ == "to" or t.lemma_ in EXPORT_VERBS or t.lower_ in exports
               for s in stops for t in s.subtree):
            continue
        targets = [a for c in order.children if c.dep_ == "dobj" for a in ctx.actors(c)
                   if ctx.type_of(a) == "Organization"]
        status = ctx.status(order)
        for s, o in distinct_pairs((a for a in ctx.subjects(order) if _official(a, ctx)), targets):
            yield Candidate(s, "sanctions", o, "curb:stop-order", status, sent)
