"""Technology focus rules: who develops, makes, owns or is named by a technology (``focusesOn``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.structure import org_noun_targets
from kg.records import Entity
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.focus4 import names_after
from kg.nlp.relations.r9focus import group_subject, named_unit_only
from kg.nlp.relations.r13focus import other_actors_fields


@triggered_by(lambda lex: lex.words("focus_verbs") | lex.words("focus_nouns"))
def focus_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sberbank, which is spearheading Russia's AI efforts``, ``Nvidia, the designer of graphics processors``,
    ``Huawei, which develops surveillance technology``."""
    verbs = ctx.lex.words("focus_verbs")
    nouns = ctx.lex.words("focus_nouns")
    # the verbs' and nouns' tokens (by form or lemma), in order
    for tok in ctx.find(sent, ctx.lex_memo("focus_words", lambda: frozenset(verbs | nouns))):
        if tok.pos_ == "VERB" and tok.lemma_ in verbs and not ctx.negated(tok):
            if not_a_focus(tok, ctx):
                continue
            subjects = ctx.subjects(tok)
            if group_subject(tok, ctx):  # "Chinese companies that build drones": not China itself
                subjects = [a for a in subjects if ctx.type_of(a) != "Country"]
            if tok.lemma_ in ctx.lex.words("making_verbs") or tok.lemma_ in ("lead", "spearhead"):
                # "Sugon, together with NUDT, leads the development of supercomputers": the partner makes it too
                subjects += [a for c in tok.children if c.dep_ == "nsubj" for p in ctx.pobjs(c, {"with"})
                             for a in ctx.actors(p) if a not in subjects]
                subjects += [a for p in ctx.pobjs(tok, {"with"}) for a in ctx.actors(p) if a not in subjects]
            money = tok.lemma_ in ctx.lex.words("money_focus_verbs")
            if money and not any(c.dep_ == "dobj" and is_money(c) for c in tok.children):
                continue  # "put AI at the heart of", "put the phone on sale": only money put into a field
            techs: list[str] = []
            # "design, build and maintain drones"; not "develop and deepen cooperation in AI"
            shared = [o for o in shared_objects(tok) if o.lower_ not in ctx.lex.nouns and o.lemma_ not in
                      ctx.lex.nouns and o.lower_ not in ctx.lex.words("not_focus_objects")]
            for child in list(tok.children) + shared:
                if money and not (child.dep_ == "prep" and child.lower_ in ("into", "in") or child.dep_ == "advcl"):
                    continue  # what the money went into, or what that spans ("…, spanning AI and oil")
                if child.dep_ == "prep" and child.lower_ == "in" and \
                        tok.lemma_ in ctx.lex.words("r9focus_in_place_verbs"):
                    continue  # "offer AI computing in Singtel's data centres": where it is done, not a field
                if child.dep_ in ("dobj", "nsubjpass") or (child.dep_ == "prep" and child.lower_ in
                                                           ("on", "in", "into")) or \
                        (child.dep_ == "advcl" and child.lemma_ in ("span", "include", "cover", "range")):
                    # "invested in the US AI start-up Anthropic": the technology describes the object, not the verb
                    described = {ctx.entity(t) for t in child.subtree if t.dep_ in ("compound", "amod", "nmod")
                                 and ctx.entity(t.head) and ctx.is_actor(ctx.entity(t.head) or "")}
                    # "into Arafura Rare Earths' project": what another actor's possession names is not the focus
                    # "sell its shares in a chip start-up", "70% of US copper imports": a holding or trade
                    owned = {ctx.entity(t) for c in child.subtree if c.lower_ in ctx.lex.words("not_focus_objects")
                             for t in c.subtree}
                    if money or tok.lemma_ == "invest":  # "put $100m into Huawei's 5G project": Huawei's field
                        owned |= {ctx.entity(t) for c in child.subtree if c.dep_ == "poss" and c.pos_ != "PRON"
                                  and ctx.entity(c) and ctx.is_actor(ctx.entity(c) or "") for t in c.head.subtree}
                    if child.dep_ == "dobj":  # "deploy Baidu's driverless cars": another company's product
                        owned |= {ctx.entity(t) for c in child.children if c.dep_ == "poss" and ctx.entity(c)
                                  and ctx.type_of(ctx.entity(c) or "") == "Organization"
                                  and ctx.entity(c) not in subjects for t in child.subtree}
                    owned |= other_actors_fields(child, ctx)  # "in Anthropic, which makes chatbots"
                    # "building a data centre that will run on geothermal power": another verb's field
                    owned |= {ctx.entity(t) for c in child.subtree if c.dep_ == "relcl" for t in c.subtree}
                    techs += [t for t in ctx.technologies(child) if t not in techs and t not in described
                              and t not in owned]
            if techs:
                status = ctx.status(tok)
                for actor in subjects:
                    for tech in techs:
                        yield Candidate(actor, "focusesOn", tech, f"focus:verb:{tok.lemma_}", status, sent)
        elif tok.pos_ == "NOUN" and tok.lower_ in nouns and ctx.examples(tok):
            # "makers of chips such as TSMC"
            techs = [t for c in tok.children if c.dep_ in ("prep", "compound", "amod") for t in ctx.technologies(c)]
            for actor in ctx.examples(tok):
                for tech in dict.fromkeys(techs):
                    yield Candidate(actor, "focusesOn", tech, "focus:examples", "asserted", sent)
        elif tok.pos_ == "NOUN" and tok.lower_ in nouns and (tok.dep_ in ("appos", "attr") or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as") and tok.head.head.pos_ in ("VERB", "AUX"))):
            # "a supplier of equipment used in chip production": not what a clause inside says the product is for
            techs = [t for c in tok.children if c.dep_ in ("prep", "compound", "amod")
                     for t in ctx.technologies(c, shallow=True)]
            if not techs:
                continue
            if tok.dep_ == "pobj":  # "the firm that ranks among the biggest makers of drones"
                verb = tok.head.head
                # "chose Huawei and Nokia as suppliers for its 5G networks": the object is the supplier
                objects = [c for c in verb.children if c.dep_ == "dobj"] if tok.head.lower_ == "as" else []
                actors = [a for c in objects for a in ctx.actors(c)] if objects else ctx.clause_subjects(verb)
            elif tok.dep_ == "appos":
                # "Nokia and Ericsson, the two suppliers of …": a plural description stands for the whole list;
                # "Nokia and Huawei, the Chinese maker of …" a singular one for the name right before it
                names = [tok.head] + [c for c in tok.head.conjuncts if c.i < tok.i]
                actors = ctx.actors(tok.head) if tok.tag_ == "NNS" and len(names) > 1 else \
                    ctx.actors(max(names, key=lambda t: t.i), conj=False)
            else:
                actors = [a for c in tok.head.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
            for actor in actors:
                for tech in dict.fromkeys(techs):
                    yield Candidate(actor, "focusesOn", tech, "focus:description", "asserted", sent)


def shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verbs coordinated after it: in ``will design, build and maintain
    drones`` the parser hangs ``drones`` on ``maintain`` alone (only for a verb without an object of its own,
    and only through conjuncts without a subject of their own).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["they", "design", "and", "build", "drones"],
    ...           heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "cc", "conj", "dobj"],
    ...           pos=["PRON", "VERB", "CCONJ", "VERB", "NOUN"])
    >>> [t.text for t in shared_objects(doc[1])], shared_objects(doc[3])
    (['drones'], [])
    """
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    tok = verb
    for _ in range(4):
        nxt = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
            return []
        objects = [c for c in nxt.children if c.dep_ == "dobj"]
        if objects:
            return objects
        tok = nxt
    return []


def not_a_focus(verb: Token, ctx: DocContext) -> bool:
    """Whether a focus verb's clause says something other than what its subject works on: a cooperation
    (``build cooperation in AI``, ``work together on``), a possibility (``could supply``), a holding (``sold its
    shares in``), a rivalry (``competes … in selling AI tools``) or an alternative turned down (``rather than
    racing to build chip factories``)."""
    children = list(verb.children)
    if any(c.dep_ == "dobj" and (c.lower_ in ctx.lex.nouns or c.lemma_ in ctx.lex.nouns) for c in children):
        return True
    making = verb.lemma_ in ctx.lex.words("making_verbs") or verb.lemma_ in ("lead", "spearhead")
    # "will build a line and develop materials together": "together" on a coordinated verb says it for both
    if any(c.lower_ in ("together", "jointly") for v in (verb, *verb.conjuncts) for c in v.children) or \
            (not making and any(ctx.actors(p) for p in ctx.pobjs(verb, {"with"}))):
        return True  # "work together on quantum computing"; but who builds or leads a field with another does
    if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in children):
        return True
    if any(c.dep_ == "dobj" and c.lower_ in ctx.lex.words("not_focus_objects") for c in children):
        return True
    doc, gov = ctx.doc, verb
    for _ in range(3):
        if gov.lemma_ in ("compete", "vie", "battle") or \
                (gov.i >= 2 and doc[gov.i - 2].lower_ == "rather" and doc[gov.i - 1].lower_ == "than"):
            return True
        if gov.head.i == gov.i:
            break
        gov = gov.head
    return False


def is_money(tok: Token) -> bool:
    """Whether a noun phrase is a sum of money: ``$5 billion``, ``100 million euros``, ``money``.

    The parser tags amounts with the ``MONEY`` entity type or a number and a currency word.
    """
    words = list(tok.subtree)
    return any(t.ent_type_ == "MONEY" or t.text in ("$", "\u20ac", "\u00a3") for t in words) or \
        tok.lemma_ in ("money", "cash", "fund", "capital", "equity", "billion", "million", "trillion") or \
        tok.lower_ in ("billions", "millions", "trillions")


@triggered_by(types=("Technology",))
def focus_possessive_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``its MI250 AI chips``, ``Huawei's 5G equipment``: what an organisation owns as products it works on;
    ``Russia's space agency Roscosmos``: an organisation named by its technology."""
    # "Huawei's AI chips"; "Lynas's rare earths plant": what a company makes or runs a works for
    # "Samsung's chip business", "India's semiconductor ambitions": an endeavour in the technology
    products = ctx.lex_memo("focus_possessive:products", lambda: ctx.lex.words("product_nouns") | ctx.lex.words(
        "facility_nouns") | ctx.lex.words("endeavour_nouns"))
    # "its chips": an organisation's; "China's BeiDou satellite navigation system": a country's product too
    # "India's semiconductor ambitions"; but "Japan's semiconductor industry", "Britain's biggest chip plant"
    # are a country's economy, no focus of the state
    country_owned = ctx.lex_memo("focus_possessive:country_owned", lambda: (
        ctx.lex.words("product_nouns") | ctx.lex.words("endeavour_nouns")) - ctx.lex.words("country_economy_nouns"))
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        tech = ent.kb_id_
        root = ent.root
        # the noun the technology names or modifies ("AI chips": chips; "space agency": agency)
        head = root.head if root.dep_ in ("compound", "amod") and root.head.i > root.i else root
        product = head.lower_ in products
        owner_types = ("Organization", "Country") if head is not root and head.lower_ in country_owned \
            else ("Organization",)
        owners = [a for c in head.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                  if ctx.type_of(a) in owner_types] if head is root or product else []
        if head is not root and head.lower_ in ctx.lex.words("org_nouns"):
            owners += [a for a in org_noun_targets(head, ctx) if a not in owners]
            owners = named_unit_only(head, owners, ctx)  # "Huawei's chip unit HiSilicon": the unit's field
        techs = [tech] + [t for p in ctx.pobjs(head, {"for"}) for t in ctx.technologies(p)]
        if owners and head.dep_ == "dobj" and head.head.lemma_ in ctx.lex.words("focus_verbs") and \
                _plainly_negated(head.head):
            continue  # "X no longer designs its own GPUs" (but "stopped selling their chips": still theirs)
        if owners and head.dep_ == "dobj" and head.head.lemma_ in ctx.lex.words("r17struct_ending_verbs") and \
                head.lemma_ in ctx.lex.words("r17struct_business_nouns"):
            continue  # "X has shut down its drone business", "sold its chip unit": no longer its field (r17struct)
        for owner in owners:
            for t in dict.fromkeys(techs):
                yield Candidate(owner, "focusesOn", t, "focus:possessive", "asserted", sent)


def _plainly_negated(verb: Token) -> bool:
    """Whether ``verb`` itself carries a negation (``does not make``, ``no longer designs``), not one of a verb
    above it (``stopped selling``, where what is sold stays the seller's).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "no", "longer", "makes", "chips"], heads=[3, 2, 3, 3, 3],
    ...           deps=["nsubj", "neg", "advmod", "ROOT", "dobj"])
    >>> _plainly_negated(doc[3]), _plainly_negated(doc[4])
    (True, False)
    """
    return any(c.dep_ == "neg" or c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
               for c in verb.children)


def _descriptor_words(table: dict[str, Any]) -> frozenset[str]:
    """The words a token ending a descriptor can be: the whole of one, or what follows one of its spaces.

    >>> sorted(_descriptor_words({"space agency": None}))
    ['agency', 'space agency']
    """
    return frozenset(k.split(" ", n)[n] for k in table for n in range(k.count(" ") + 1))


@triggered_by(lambda lex: _descriptor_words(lex.value("descriptor_technologies")))
def descriptor_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rival chipmaker AMD``, ``Russia's space agency Roscosmos``: a descriptor noun names a technology."""
    table = ctx.lex.value("descriptor_technologies")
    # the last words of the two-word descriptors: only before those can a word start one
    ends = {k.rsplit(" ", 1)[1] for k in table if " " in k}
    # a token can end a descriptor only as the whole of one or as what follows one of its spaces
    words = ctx.lex_memo("descriptor_words", lambda: _descriptor_words(table))
    for tok in ctx.find(sent, words):
        key = tok.lower_
        if tok.i > sent.start and (key in ends or " " in key) and f"{ctx.doc[tok.i - 1].lower_} {key}" in table:
            key = f"{ctx.doc[tok.i - 1].lower_} {key}"
        if key not in table:
            continue
        orgs = org_noun_targets(tok, ctx)
        if not orgs and tok.dep_ in ("compound", "amod", "nmod") and ctx.entity(tok.head):
            orgs = [a for a in [ctx.entity(tok.head)] if a and ctx.type_of(a) == "Organization"]
        if not orgs:  # "the Chinese memory makers YMTC and CXMT", however the parser hung the names
            orgs = names_after(tok.i + 1, sent, ctx)
        if not orgs:
            continue
        tech_id, tech_name = table[key]
        if tech_id not in ctx.entities:
            # the description names the technology: it joins the document's entities
            ctx.entities[tech_id] = Entity(tech_id, tech_name, "Technology")
        for org in orgs:
            yield Candidate(org, "focusesOn", tech_id, "focus:descriptor", "asserted", sent)


@triggered_by(types=("Technology",))
def made_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``submarines designed by Naval Group``, ``the missiles, which Mitsubishi builds``, ``the jet Japan is
    building``: a technology described by a clause of making gives its maker ``focusesOn``."""
    verbs = ctx.lex.words("focus_verbs") & ctx.lex.words("making_verbs")
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        tech = ent.kb_id_
        root = ent.root
        # "an AI processor developed by Huawei": the clause describes the product the technology modifies
        product = root.head if root.dep_ in ("compound", "amod") and root.head.i > root.i and \
            root.head.lower_ in ctx.lex.words("product_nouns") else None
        for clause in list(root.children) + (list(product.children) if product is not None else []):
            # a clause that describes the product is negated only in itself: "banned apps developed by X"
            if clause.lemma_ not in verbs or clause.pos_ != "VERB" or any(
                    c.dep_ == "neg" or c.lower_ in ("never", "no", "could", "might", "may") for c in clause.children):
                continue
            makers: list[str] = []
            if clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD"):
                # "apps developed by Chinese companies, among them X and Y": the named examples made them
                makers = [a for c in clause.children if c.dep_ == "agent"
                          for p in c.children if p.dep_ == "pobj" for a in ctx.examples(p) or ctx.actors(p)]
            elif clause.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.lower_ not in ("which", "that")
                                                    for c in clause.children):
                makers = [a for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that")
                          for a in ctx.actors(c)]
            for maker in makers:
                if ctx.is_actor(maker):
                    yield Candidate(maker, "focusesOn", tech, "focus:made_by", ctx.status(clause), sent)


@triggered_by(lambda lex: lex.words("lead_nouns"))
def lead_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia's dominance of graphics processors``, ``China's lead in rare earths``: who leads a technology."""
    nouns = ctx.lex.words("lead_nouns")
    for tok in ctx.find(sent, nouns):  # the nouns' tokens (by form or lemma), in order
        if tok.lower_ not in nouns or tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        owners = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        techs = [t for p in ctx.pobjs(tok, {"of", "in", "over"}) for t in ctx.technologies(p, shallow=True)]
        for owner in owners:
            for tech in dict.fromkeys(techs):
                if ctx.is_actor(owner):
                    yield Candidate(owner, "focusesOn", tech, "focus:lead", "asserted", sent)
