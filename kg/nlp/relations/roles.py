"""Role nouns: a noun that names one side of a relation and whose counterpart hangs on it.

``CETC is Hikvision's largest shareholder``, ``Microsoft, OpenAI's backer``, ``an investor in Mistral``,
``SMIC, a supplier to Huawei``, ``Sophgo, a customer of TSMC``, ``shareholders that include X``,
``a firm whose largest shareholder is X``. ``data/lexicon/structure.json`` (``role_nouns``) says per noun the
predicate and whether the described actor is its subject or its object.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.r11coopp import project_partners
from kg.schema import PREDICATES
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r11supb import home_market

LISTING_VERBS = {"include", "comprise", "be", "count"}
ONE_OF = {"one", "some", "two", "three", "several", "many", "each"}
JOINT_VENTURE_WORDS = {"joint-venture", "venture", "jv"}


def described(tok: Token, ctx: DocContext) -> list[str]:
    """Who a role noun describes: ``X, Y's backer`` / ``Y's backer, X`` (apposition), ``X is Y's backer``,
    ``Y's backer is X``, ``backers include X and Z``, ``backers such as X``, ``X was among its backers``."""
    found = list(ctx.examples(tok))
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ONE_OF:
        tok = tok.head.head  # "Bosch, one of TSMC's partners": what "one" stands beside
    if tok.dep_ == "appos":
        found += ctx.actors(ctx.mention_root(tok.head))
    found += [a for c in tok.children if c.dep_ == "appos" for a in ctx.actors(c, groups=False)]
    head = tok.head
    if tok.dep_ == "attr" and head.pos_ in ("AUX", "VERB"):
        found += ctx.subjects(head)
    if tok.dep_ == "pobj" and head.lower_ == "among" and head.head.pos_ in ("AUX", "VERB"):
        # "X was among its backers"; "Nokia counts Ericsson among its rivals": the verb's object is the one described
        objects = [a for c in head.head.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        found += objects or ctx.clause_subjects(head.head)
    if tok.dep_ == "nsubj" and head.lemma_ in LISTING_VERBS:
        found += [a for c in head.children if c.dep_ in ("dobj", "attr", "oprd") for a in ctx.actors(c, groups=False)]
    return [a for a in dict.fromkeys(found) if ctx.is_actor(a)]


def counterparts(tok: Token, preps: set[str], ctx: DocContext) -> list[str]:
    """The other side a role noun names: its possessor (``whose`` is what the clause describes), or the object
    of ``of``/``in``/``to`` (``an investor in Mistral``, ``a supplier to Huawei``)."""
    found: list[str] = []
    # "Singapore's state investor Temasek": the state owns it, it does not invest in its own state
    owned = any(c.dep_ in ("amod", "compound") and c.lower_ in ctx.lex.words("r14lead_state_modifiers")
                for c in tok.children)
    for child in tok.children:
        if child.dep_ != "poss" or owned:
            continue
        if child.lower_ == "whose" and tok.head.dep_ == "relcl":
            found += ctx.actors(ctx.mention_root(tok.head.head), conj=False)
        else:
            found += ctx.actors(child, conj=False)
    found += [a for p in ctx.pobjs(tok, preps) for a in ctx.actors(p)]
    return [a for a in dict.fromkeys(found) if ctx.is_actor(a)]


@triggered_by(lambda lex: lex.value("role_nouns"))
def role_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """One relation per described actor and counterpart of every role noun in the sentence."""
    table = ctx.lex.value("role_nouns")
    for tok in ctx.find(sent, set(table)):
        key = tok.lower_ if tok.lower_ in table else tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or key not in table:
            continue
        predicate, side, preps = table[key]
        if predicate == "cooperatesWith" and any(c.lower_ in JOINT_VENTURE_WORDS for c in tok.children
                                                 if c.dep_ in ("compound", "amod")):
            predicate = "jointVentureWith"  # "TSMC's joint-venture partners"
        if predicate == "cooperatesWith" and any(p.lower_ in ctx.lex.words("r17curb_venture_nouns")
                                                 for p in ctx.pobjs(tok, {"in"})):
            predicate = "jointVentureWith"  # "Vodafone's partner in the Cairo venture" (branch r17curb)
        ones = described(tok, ctx)
        others = counterparts(tok, set(preps), ctx) if ones else []
        mutual = PREDICATES[predicate].symmetric and len(ones) >= 2 and not (
            predicate == "cooperatesWith" and project_partners(tok, ones, ctx))  # "A, B and C are launch partners"
        if tok.dep_ == "pobj" and tok.head.lower_ not in ("as", "among"):
            mutual = False  # "competition from three rivals: A, B and C", "deals with partners such as A and B"
        if tok.dep_ == "dobj" and ctx.subjects(tok.head):
            mutual = False  # "Huawei faces rivals such as ZTE and Xiaomi": rivals of the subject, not of each other
        if tok.dep_ == "attr" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and any(
                p.dep_ == "prep" and p.lower_ == "from" for p in c.children) for c in tok.head.children):
            mutual = False  # "Firms from A, B and C are partners in this": partners of someone else (r17pub5)
        if not (others or mutual) or ctx.negated(tok):
            continue
        status = ctx.status(tok)
        if not others and PREDICATES[predicate].symmetric and len(ones) >= 2 and tok.tag_ == "NNS":
            # "Huawei and Apple are rivals": mutual among the described
            for s, o in combinations(sorted(ones), 2):
                yield Candidate(s, predicate, o, f"role:{key}", status, sent)
        for one in ones:
            for other in others:
                s, o = (one, other) if side == "subject" else (other, one)
                if s != o and not (predicate == "suppliesTo" and home_market(s, o, ctx)):
                    yield Candidate(s, predicate, o, f"role:{key}", status, sent)
