"""Argument slots of trigger verbs: where a verb's object is, one small function per slot of the lexicon.

``data/lexicon/triggers.json`` names, for every trigger verb, the slots its objects may fill (``with``,
``dobj``, ``exports_to``, …). Each slot here takes the verb and the document context and returns the actor ids
it finds and whether the relation may instead be mutual among the subjects (``Russia and China cooperate``).
A slot the table does not know is read as a preposition (``in``, ``to``, ``for``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.nlp.relations.context import DocContext
from kg.nlp.relations.dealings import foreign_only, sale_of_business, stopped_from_deal
from kg.nlp.relations.money_slots import slot_money_from, slot_money_into, slot_round_for
from kg.nlp.relations.objects import SlotResult, dobj

EXPORT_NOUNS = {"sales", "exports", "shipments", "supplies", "sale", "export", "deliveries", "shipment", "delivery",
                "supply"}
LICENCE_NOUNS = {"licence", "license", "licences", "licenses", "permit", "permits", "approval", "approvals"}
#: what a company or a bank halts in a country: its services there are its exports to it
SERVICE_NOUNS = {"service", "services", "operations", "operation", "business", "businesses", "payments", "payment",
                 "transactions", "transfers", "sales", "deliveries", "shipments", "exports", "supplies", "support"}
EXPORT_VERBS = {"export", "sell", "ship", "supply", "deliver"}
LIST_WORDS = {"list", "blacklist", "lists"}
JOINTLY = {"jointly", "together"}


def owner(tok: Token, ctx: DocContext) -> list[str]:
    """Whose thing ``tok`` is: ``China's access``, ``the access of BRICS``, ``Western dominance``."""
    out: list[str] = []
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ == "whose" and tok.head.dep_ == "relcl":
            # "Rosneft, whose assets the EU has frozen": what the relative clause describes
            out.extend(ctx.actors(ctx.mention_root(tok.head.head), conj=False))
        elif child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < tok.i:
            out.extend(ctx.actors(ctx.mention_root(child)) if ctx.entity(child) else ctx.actors(child))
            # "the Lockheed-Rheinmetall team": a name joined to it by a hyphen owns it too
            out.extend(a for t in child.subtree if t.dep_ == "compound" and t.i + 1 < child.i and
                       ctx.doc[t.i + 1].text in ("-", "\u2013", "/") and ctx.entity(t) != ctx.entity(child)
                       for a in ctx.actors(t, conj=False))
    if any(c.dep_ == "poss" for c in tok.children) and out:
        return out  # "Nvidia's dominance of the Chinese market": the "of" phrase is the domain, not an owner
    for pobj in ctx.pobjs(tok, {"of"}):
        out.extend(ctx.actors(pobj))
    return out


def list_objects(tok: Token, ctx: DocContext) -> list[Token]:
    """The list a verb puts something on: ``added X to the Entity List``, ``placed on a blacklist``."""
    hosts = [tok] + [o for c in dobj(tok) for o in [c] + list(c.conjuncts)]  # the parser may hang it on the object
    return [p for h in hosts for p in ctx.pobjs(h, {"to", "on", "onto"})
            if p.lower_ in LIST_WORDS or p.lemma_.lower() in LIST_WORDS]


def deep_pobjs(tok: Token, prep: str, ctx: DocContext) -> list[Token]:
    """Objects of ``prep`` on a verb, or inside its object: ``invest 70% of its capital in Russia``."""
    found = list(ctx.pobjs(tok, {prep}))
    # "competes with A in jets and with B in aircraft": the parser hangs the second "with" on the "in" before it
    # (or on the verb itself, as a conjunct)
    found += [p for c in tok.children if c.dep_ == "prep" and c.lower_ != prep for g in c.children
              if g.dep_ == "conj" and g.lower_ == prep for p in g.children if p.dep_ == "pobj"]
    found += [p for g in tok.children if g.dep_ == "conj" and g.pos_ == "ADP" and g.lower_ == prep
              for p in g.children if p.dep_ == "pobj"]
    if prep in ("in", "into", "to") and not found:
        parse = ctx.index.parse  # the object's words by index: a Token only for its preposition
        for obj in dobj(tok):
            for t in (ctx.doc[i] for i in ctx.index.subtree(obj.i)
                      if parse.dep[i] == "prep" and parse.lower[i] == prep):
                if t.dep_ == "prep" and t.lower_ == prep and t.head is not tok:
                    found += [p for p in ctx.pobjs(t.head, {prep}) if p not in found]
    return found


def _with(tok: Token, ctx: DocContext) -> list[str]:
    return [a for p in ctx.pobjs(tok, {"with"}) for a in ctx.actors(p)]


def _jointly(tok: Token) -> bool:
    return any(c.lower_ in JOINTLY for c in tok.children)


def slot_self(tok: Token, ctx: DocContext) -> SlotResult:
    """Mutual among the subjects: ``Russia and China cooperate``."""
    return [], True


def slot_dobj(tok: Token, ctx: DocContext) -> SlotResult:
    """The direct object (``sanctioned Huawei``); ``help X develop``: the helped one."""
    if tok.lemma_ in ("help", "assist") and not dobj(tok):
        return [a for c in tok.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                if s.dep_ == "nsubj" for a in ctx.actors(s)], False
    return [a for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c)], False


def slot_dobj_fined(tok: Token, ctx: DocContext) -> SlotResult:
    """The one fined: the direct object (``fined Uber``), or the party the parser hangs on the amount
    (``fined Meta 200 million euros``: Meta is a modifier of ``euros``; r15netgov)."""
    found, _ = slot_dobj(tok, ctx)
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
        if obj.dep_ == "dative" or any(n.like_num for n in obj.subtree if n.i < obj.i):
            found += [a for c in obj.children if c.dep_ in ("nmod", "compound", "dative") and c.i < obj.i and
                      not c.like_num for a in ctx.actors(c) if a not in found]
    return found, False


def slot_dative(tok: Token, ctx: DocContext) -> SlotResult:
    """``selling it technology``: the one sold to."""
    return [a for c in tok.children if c.dep_ == "dative" for a in ctx.actors(c)], False


def slot_dobj_to(tok: Token, ctx: DocContext) -> SlotResult:
    """``ordered X to cooperate``: the object of a control verb with a complement."""
    if not any(c.dep_ == "xcomp" for c in tok.children):
        return [], False
    return [a for c in dobj(tok) for a in ctx.actors(c)], False


def slot_dobj_list(tok: Token, ctx: DocContext) -> SlotResult:
    """``added X to the Entity List``; ``placed X on it, along with 21 companies, among them Y``."""
    if not list_objects(tok, ctx):
        return [], False
    along = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "along" for w in c.children
             if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
    # a group beside the object counts through its named examples only, not as its country
    # "added several of them, including X and Y, to the list" (r17pub6): a quantity's named examples
    return [a for c in dobj(tok) for a in ctx.actors(c) or (ctx.examples(c) if c.pos_ in ("ADJ", "NUM", "PRON")
                                                             else [])] + \
        [a for p in along for a in (ctx.actors(p, groups=False) or ctx.examples(p))], False


def slot_dobj_forces(tok: Token, ctx: DocContext) -> SlotResult:
    """``joined forces with X``."""
    if not any(c.lemma_ in ("force", "hand") for c in dobj(tok)):  # "joined forces", "joined hands"
        return [], False
    # "has joined forces with X": the parser may hang "with" on "forces"
    return _with(tok, ctx) + [a for c in dobj(tok) if c.lemma_ in ("force", "hand") for a in _with(c, ctx)], True


def slot_dobj_owner(tok: Token, ctx: DocContext) -> SlotResult:
    """``counter the West``, ``challenge the dominance of the United States``."""
    return [a for c in dobj(tok) for a in (ctx.actors(c) or owner(c, ctx))], False


def slot_into_money(tok: Token, ctx: DocContext) -> SlotResult:
    """``put money into X``; ``… into 45 projects across Russia`` where "across" hangs on the verb."""
    if not any(c.lemma_ in ("money", "capital", "fund", "cash") for c in dobj(tok)):
        return [], False
    found = [a for p in ctx.pobjs(tok, {"into", "in"}) for a in ctx.actors(p)]
    return found or [a for p in ctx.pobjs(tok, {"across", "throughout"}) for a in ctx.actors(p)], False


def slot_exports_to(tok: Token, ctx: DocContext) -> SlotResult:
    """``ban sales of processors to China``, ``stop exporting chips to China``."""
    objs: list[str] = []
    for c in dobj(tok):
        if (c.lemma_ in EXPORT_NOUNS or c.lower_ in EXPORT_NOUNS) and not sale_of_business(c, ctx):
            # "exports of gallium and germanium to the United States": "to" may hang on any part of it
            objs += [a for t in (ctx.doc[i] for i in ctx.index.subtree(c.i) if ctx.index.parse.lower[i] == "to")
                     if t.dep_ == "prep" and t.lower_ == "to"
                     for p in t.children if p.dep_ == "pobj" for a in recipients(p, ctx)]
            objs += [a for p in ctx.pobjs(tok, {"to"}) for a in recipients(p, ctx)]
    for c in tok.children:
        if c.dep_ in ("xcomp", "pcomp", "dobj") and c.lemma_ in EXPORT_VERBS:
            objs += [a for p in ctx.pobjs(c, {"to"}) for a in ctx.actors(p)]
            objs += [a for d in c.children if d.dep_ == "dobj" for p in ctx.pobjs(d, {"to"}) for a in ctx.actors(p)]
    return objs, False


def slot_access_of(tok: Token, ctx: DocContext) -> SlotResult:
    """``restrict the access of BRICS``, ``China's access``."""
    return [a for c in dobj(tok) if c.lemma_ == "access" for a in owner(c, ctx)], False


def destination(goods: Token, ctx: DocContext) -> list[str]:
    """``shipments of chips to China``, ``equipment bound for China``, ``licences for exports to China``: where
    exported goods go."""
    bound = bound_for(goods, ctx)
    if bound:
        return bound
    if goods.lower_ in LICENCE_NOUNS or goods.lemma_ in LICENCE_NOUNS:
        return [a for p in ctx.pobjs(goods, {"for", "on"}) for a in destination(p, ctx)]
    if goods.lemma_ not in EXPORT_NOUNS and goods.lower_ not in EXPORT_NOUNS:
        return []
    return [a for t in goods.subtree if t.dep_ == "prep" and t.lower_ == "to"
            for q in t.children if q.dep_ == "pobj" for a in ctx.actors(q)]


def bound_for(tok: Token, ctx: DocContext) -> list[str]:
    """``… bound for China``, ``destined for Russia``, ``gallium shipped to the United States`` anywhere under
    ``tok``."""
    sent = ctx.lex.words("r9curbs_bound_participles")
    return [a for c in tok.subtree if (c.lower_ in ("bound", "destined") and c.pos_ in ("VERB", "ADJ")) or
            (c.lower_ in sent and c.dep_ == "acl" and c.tag_ == "VBN")
            for p in ctx.pobjs(c, {"for", "to"}) for a in ctx.actors(p)]


def slot_licences_for(tok: Token, ctx: DocContext) -> SlotResult:
    """``requires licences for exports of chips to China``: a licence requirement restricts exports."""
    licences = [c for c in dobj(tok) if c.lower_ in LICENCE_NOUNS or c.lemma_ in LICENCE_NOUNS]
    found = [a for c in licences for a in destination(c, ctx)]
    if not found and any(destination_free(c) for c in licences):  # "to China" hung on the verb
        found = [a for p in ctx.pobjs(tok, {"to"}) for a in ctx.actors(p)]
    flows = [p for p in ctx.pobjs(tok, {"for"}) if p.lemma_ in EXPORT_NOUNS or p.lower_ in EXPORT_NOUNS]
    if not found and licences and flows:  # "require licences for shipments … to China": both hung on the verb
        found = [a for p in flows for a in destination(p, ctx)] or \
            [a for p in ctx.pobjs(tok, {"to"}) for a in ctx.actors(p)]
    return found, False


def destination_free(licence: Token) -> bool:
    """Whether a licence is one for exports (``licences for exports of …``)."""
    return any(p.lemma_ in EXPORT_NOUNS or p.lower_ in EXPORT_NOUNS for c in licence.children
               if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj")


def slot_order_from(tok: Token, ctx: DocContext) -> SlotResult:
    """``won an order from Nvidia``, ``secured a contract from the Indian Navy``: the customer."""
    return [a for c in dobj(tok) if c.lemma_ in ("order", "contract", "tender", "deal")
            for p in list(ctx.pobjs(c, {"from"})) + list(ctx.pobjs(tok, {"from"})) for a in ctx.actors(p)], False


def noun_on(noun: str) -> Callable[[Token, DocContext], SlotResult]:
    """A slot for ``impose <noun> on X`` (limits, controls, curbs, restrictions)."""

    def slot(tok: Token, ctx: DocContext) -> SlotResult:
        objs: list[str] = []
        for c in dobj(tok):
            if c.lemma_ in (noun, noun.rstrip("s")) or c.lower_ == noun:
                for p in list(ctx.pobjs(c, {"on", "against"})) + list(ctx.pobjs(tok, {"on", "against"})):
                    objs += ctx.actors(p) or owner(p, ctx) or destination(p, ctx)
                # "controls on chipmaking equipment bound for China" (the parser may make "on" take a verb)
                objs += [a for h in (c, tok) for prep in h.children if prep.dep_ == "prep"
                         and prep.lower_ == "on" and not any(g.dep_ == "pobj" for g in prep.children)
                         for a in bound_for(prep, ctx)]
                # "restrictions on gallium shipped to the United States": the participle hung on the measure
                objs += [a for k in c.children if k.dep_ == "acl" and k.i > c.i for a in bound_for(k, ctx)]
        return objs, False

    slot.__doc__ = f"``impose {noun} on X``."
    return slot


def slot_trade_with(tok: Token, ctx: DocContext) -> SlotResult:
    """``restrict semiconductor trade with China``: "with" on the noun or on the verb."""
    trades = [c for c in dobj(tok) if c.lemma_ == "trade"]
    if not trades:
        return [], False
    return [a for c in trades for p in ctx.pobjs(c, {"with"}) for a in ctx.actors(p)] or _with(tok, ctx), False


def slot_jointly_with(tok: Token, ctx: DocContext) -> SlotResult:
    """``creating jointly with RDIF``: a joint venture."""
    return (_with(tok, ctx) if _jointly(tok) else []), False


def slot_together(tok: Token, ctx: DocContext) -> SlotResult:
    """``build satellites together``: cooperation among the subjects."""
    return [], _jointly(tok)


def slot_forces_in_vehicle(tok: Token, ctx: DocContext) -> SlotResult:
    """``joined forces in a co-investment platform``: a joint venture."""
    if not any(c.lemma_ == "force" for c in dobj(tok)) or not any(
            p.lemma_ in ctx.lex.words("joint_vehicles") for p in ctx.pobjs(tok, {"in", "into"})):
        return [], False
    return _with(tok, ctx), True


def slot_from_selling(tok: Token, ctx: DocContext) -> SlotResult:
    """``barring US companies from selling it technology``: the one they may no longer sell to."""
    objs: list[str] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for v in c.children:
                # "prohibited X from selling its wafer fab to Y": a business changing hands is no export
                if v.lemma_ in EXPORT_VERBS and not any(d.dep_ == "dobj" and d.lower_ in ctx.lex.words("asset_nouns")
                                                        for d in v.children):
                    objs += [a for d in v.children if d.dep_ in ("dative", "dobj") for a in ctx.actors(d)]
                    objs += [a for p in ctx.pobjs(v, {"to"}) for a in ctx.actors(p) or customer_countries(p, ctx)]
    return objs, False


def customer_countries(tok: Token, ctx: DocContext) -> list[str]:
    """The countries a customer noun is named by (``Chinese customers``, ``its American clients``): unnamed groups
    resolve to their country (GUIDELINES.md). Not for suppliers: ``its US suppliers`` are as often those kept from
    supplying."""
    entry = ctx.lex.value("role_nouns").get(tok.lower_)
    if entry is None or entry[:2] != ["suppliesTo", "object"] or tok.pos_ != "NOUN":
        return []
    return [a for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and ctx.entity(c)
            for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) == "Country"]


def slot_product_owner(tok: Token, ctx: DocContext) -> SlotResult:
    """``launched Iran's satellite``, ``put more Iranian satellites into orbit``: a product for its owner."""
    return [a for c in dobj(tok) if c.lower_ in ctx.lex.words("product_nouns") for a in owner(c, ctx)], False


def slot_off_from(tok: Token, ctx: DocContext) -> SlotResult:
    """``cut it off from American technology``: the one cut off."""
    return ([a for c in dobj(tok) for a in ctx.actors(c)] if any(c.lower_ == "off" for c in tok.children)
            else []), False


def slot_dobj_customer(tok: Token, ctx: DocContext) -> SlotResult:
    """``keep supplying SMIC and Hua Hong``: the one supplied is the direct object."""
    return [a for c in dobj(tok) for a in ctx.actors(c) if ctx.type_of(a) != "Technology"], False


def slot_from_reverse(tok: Token, ctx: DocContext) -> SlotResult:
    """``bought chips from Nvidia``; ``ordered $16 billion worth of H20 chips`` (Nvidia's H20): the seller."""
    found = [a for p in ctx.pobjs(tok, {"from"}) for a in ctx.actors(p)]
    # "ordered chips from TSMC": the parser often hangs "from" on the thing bought
    found = found or [a for c in dobj(tok) for p in ctx.pobjs(c, {"from"}) for a in ctx.actors(p)]
    # "buys most of its weapons from China": on the goods a quantity is of (goods, not a company nor its shares)
    assets = ctx.lex.words("asset_nouns")
    # ("100 tonnes of rare earths from X": the goods may be a technology the text names)
    found = found or [a for c in dobj(tok) if not ctx.entity(c) for g in ctx.pobjs(c, {"of"})
                      if not ctx.is_actor(ctx.entity(g) or "") and g.lower_ not in assets and g.lemma_ not in assets
                      for p in ctx.pobjs(g, {"from"}) for a in ctx.actors(p)]
    found = found or [a for c in dobj(tok) for a in ctx.product_supplier(c)]
    # "buy Nvidia's chips": the maker owns what is bought
    return found or [a for c in dobj(tok) for p in c.children if p.dep_ == "poss"
                     for a in ctx.actors(p, conj=False) if ctx.type_of(a) == "Organization"], False


def slot_with_dobj(tok: Token, ctx: DocContext) -> SlotResult:
    """``provide X with Y``: the one provided."""
    return ([a for c in dobj(tok) for a in ctx.actors(c)] if list(ctx.pobjs(tok, {"with"})) else []), False


def slot_dobj_org(tok: Token, ctx: DocContext) -> SlotResult:
    """``India banned TikTok``, ``barred Huawei from its networks``: a named company as the direct object."""
    return [a for c in dobj(tok) if ctx.entity(c) for a in ctx.actors(c, groups=False)
            if ctx.type_of(a) == "Organization"], False


def slot_dobj_maker(tok: Token, ctx: DocContext) -> SlotResult:
    """``banned Huawei``, ``banned equipment from Huawei``, ``barred Huawei's gear``: a company or the maker of
    the products banned; not a company stopped from a deal, nor a state's own firm kept from exporting
    (:mod:`kg.nlp.relations.dealings`)."""
    if stopped_from_deal(tok, ctx):
        return [], False
    found = [a for c in dobj(tok) if ctx.entity(c) for a in ctx.actors(c, groups=False)]
    # "barred the Chinese equipment makers Huawei and ZTE": the names beside a description
    found += [a for c in dobj(tok) if not ctx.entity(c) for d in c.children if d.dep_ == "appos" and ctx.entity(d)
              for a in ctx.actors(d, groups=False)]
    found += [a for c in dobj(tok) if c.lower_ in ctx.lex.words("product_nouns")
              for a in [a for d in c.children if d.dep_ in ("poss", "compound", "nmod") for a in ctx.actors(d)]
              + [a for p in list(ctx.pobjs(c, {"from", "by"})) + list(ctx.pobjs(tok, {"from"}))
                 for a in ctx.actors(p)]]
    # "banned 59 apps developed by Chinese companies, among them X and Y": the products' makers
    found += [a for c in dobj(tok) if c.lower_ in ctx.lex.words("product_nouns") for v in c.children
              if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_ in ctx.lex.words("making_verbs")
              for g in v.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for a in ctx.actors(p)]
    found = foreign_only(tok, found, EXPORT_VERBS, ctx)
    return [a for a in found if ctx.type_of(a) == "Organization"], False


def slot_dobj_out(tok: Token, ctx: DocContext) -> SlotResult:
    """``shut Huawei out of its 5G networks``: a company shut or kept out."""
    if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "off") for c in tok.children):
        return [], False
    return slot_dobj_org(tok, ctx)


def slot_services_in(tok: Token, ctx: DocContext) -> SlotResult:
    """``halted its services in Russia``, ``suspended operations in the country``, ``stopped payments to X``."""
    objs: list[str] = []
    # "stopped doing business with X": the business is the object of the verb's complement
    objects = dobj(tok) + [d for c in tok.children if c.dep_ in ("xcomp", "pcomp") for d in dobj(c)]
    for c in objects:
        if c.lower_ in SERVICE_NOUNS or c.lemma_ in SERVICE_NOUNS:
            for p in list(ctx.pobjs(c, {"in", "to", "for", "with"})) + list(ctx.pobjs(c.head, {"in", "to", "with"})):
                objs += ctx.actors(p) or [a for a in owner(p, ctx) if ctx.type_of(a) == "Country"]
    return objs, False


def slot_assets_of(tok: Token, ctx: DocContext) -> SlotResult:
    """``froze the assets of X``, ``froze X's assets``: a sanction on X."""
    return [a for c in dobj(tok) if c.lemma_ in ("asset", "assets", "fund", "funds", "account", "accounts")
            for a in owner(c, ctx)], False


def slot_preposition(tok: Token, prep: str, ctx: DocContext) -> SlotResult:
    """Objects of a preposition; ``to Russian corporate customers``: an unnamed recipient is its country."""
    objs: list[str] = []
    for p in deep_pobjs(tok, prep, ctx):
        objs += recipients(p, ctx) if prep == "to" else ctx.actors(p)
    return objs, False


def recipients(p: Token, ctx: DocContext) -> list[str]:
    """The actors the object ``p`` of a ``to`` names: its names, or the country of an unnamed group of recipients
    (``to Russian corporate customers``), also when counted out of it (``to many of our Chinese customers``, r17pub6).
    """
    if p.pos_ in ("ADJ", "NUM", "PRON") and not ctx.actors(p):
        p = next(ctx.pobjs(p, {"of"}), p)
    return ctx.actors(p) or ([a for a in owner(p, ctx) if ctx.type_of(a) == "Country"]
                             if not _org_owned(p, ctx) else [])


def _org_owned(tok: Token, ctx: DocContext) -> bool:
    """``to Samsung's Chinese fabs``, ``to the two groups' Chinese fabs``: a recipient an organisation owns is that
    organisation's, not its country modifier's (the facility rules read the owner)."""
    return any(c.dep_ == "poss" and any(ctx.type_of(a) == "Organization" for a in
                                        ([ctx.mention_at[c.i]] if c.i in ctx.mention_at else ctx.refs.get(c.i, [])))
               for c in tok.children)


SLOTS: dict[str, Callable[[Token, DocContext], SlotResult]] = {
    "self": slot_self, "dobj": slot_dobj, "dative": slot_dative, "dobj_fined": slot_dobj_fined, "dobj_to": slot_dobj_to,
    "dobj_list": slot_dobj_list, "dobj_forces": slot_dobj_forces, "dobj_owner": slot_dobj_owner,
    "into_money": slot_into_money, "exports_to": slot_exports_to, "sales_to": slot_exports_to,
    "access_of": slot_access_of, "limits_on": noun_on("limits"), "controls_on": noun_on("controls"),
    "curbs_on": noun_on("curbs"), "restrictions_on": noun_on("restrictions"), "trade_with": slot_trade_with,
    "jointly_with": slot_jointly_with, "together": slot_together, "forces_in_vehicle": slot_forces_in_vehicle,
    "from_selling": slot_from_selling, "product_owner": slot_product_owner, "off_from": slot_off_from,
    "dobj_customer": slot_dobj_customer, "from_reverse": slot_from_reverse, "with_dobj": slot_with_dobj,
    "access_dative": slot_dative, "dobj_org": slot_dobj_org, "dobj_maker": slot_dobj_maker, "dobj_out": slot_dobj_out,
    "services_in": slot_services_in, "assets_of": slot_assets_of, "licences_for": slot_licences_for,
    "order_from": slot_order_from, "money_into": slot_money_into, "round_for": slot_round_for,
    "from_reverse_money": slot_money_from,
}


def verb_objects(tok: Token, slots: list[str], ctx: DocContext) -> SlotResult:
    """The objects of a trigger verb per its lexicon slots, and whether it may be mutual."""
    objs: list[str] = []
    mutual = False
    for slot in slots:
        found, mutual_here = SLOTS[slot](tok, ctx) if slot in SLOTS else slot_preposition(tok, slot, ctx)
        objs += found
        mutual = mutual or mutual_here
    return [o for o in dict.fromkeys(objs) if ctx.is_actor(o)], mutual
