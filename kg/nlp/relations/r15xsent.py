"""Reading across sentences, round 15.

- ``Samsung and SK Hynix won a reprieve. Applied Materials supplies equipment to the two companies.``: the linker
  reads ``the two companies`` as the last two names of a fitting kind, Applied Materials among them; a group that a
  clause's own doer belongs to would be ``themselves`` in English, so the group is the last list before it that
  leaves the doers out (:func:`revise_disjoint_groups`).
- ``Contracts have become scarce for Chinese vendors. Britain barred its carriers from buying gear from Huawei and
  ZTE.``: organisations the next sentence names after a group of one country's companies are that country's
  (GUIDELINES.md: ``Chinese companies like Baidu`` gives ``Baidu basedIn China``) when the gazetteer agrees, or
  when they are that sentence's subject (:func:`national_group_rule`). Word list: ``r15xsent_group_nouns`` in
  ``data/lexicon/structure.json``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.nlp.relations.carry import sentence_at, sentences_of
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by

#: how many dependency steps from a group word up to the verb whose clause it is in
MAX_CLIMB = 5
#: the words that make a plural description a pair (``the two companies``, ``both firms``)
PAIR_WORDS = frozenset({"two", "both"})
#: words that make a singular company noun a group (``the only Chinese company``, ``another Chinese firm``)
LONE_GROUP_WORDS = frozenset({"only", "another", "other"})


def _fits(ctx: DocContext, entity_id: str, kinds: set[str]) -> bool:
    """Whether an entity is of one of ``kinds``: its subtype when known, else its type."""
    e = ctx.entities.get(entity_id)
    return e is not None and ((e.subtype in kinds) if e.subtype else e.type in kinds)


def governing_verb(tok: Token) -> Token | None:
    """The verb whose object (or the object of whose preposition) ``tok``'s phrase is: ``supplies equipment to the
    two companies`` gives ``supplies``; ``the two groups' fabs`` climbs through the possessive; None for a subject
    or outside a clause.

    >>> governing_verb.__name__
    'governing_verb'
    """
    node = tok.head if tok.dep_ == "poss" else tok
    for _ in range(MAX_CLIMB):
        if node.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos") or node.head is node:
            return None
        if node.dep_ in ("dobj", "dative", "pobj", "prep", "compound", "conj", "amod") and \
                node.head.pos_ in ("VERB", "AUX") and node.dep_ != "conj":
            return node.head
        if node.dep_ in ("dobj", "dative", "pobj", "prep", "compound", "amod", "npadvmod"):
            node = node.head
            continue
        return None
    return None


def _last_group(doc: Doc, ctx: DocContext, tok: Token, kinds: set[str], left_out: set[str]) -> list[str]:
    """The last coordinated list (two or more) of actors of ``kinds`` before ``tok`` in its sentence and the two
    before, leaving out ``left_out``; the search stops at the first such actor named (a list or a single name)."""
    k = sentence_at(ctx, tok.i)
    floor = sentences_of(ctx)[max(0, k - 2)].start
    i = tok.left_edge.i - 1
    while i >= floor:
        eid = ctx.mention_at.get(i)
        if eid and eid not in left_out and _fits(ctx, eid, kinds):
            root = ctx.mention_root(doc[i])
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head
            found = [a for a in ctx.actors(root, groups=False) if _fits(ctx, a, kinds) and a not in left_out]
            return list(dict.fromkeys(found))
        i -= 1
    return []


def _plural_doers(doc: Doc, ctx: DocContext, verb: Token, kinds: set[str]) -> set[str]:
    """``… toolmakers such as A and B … each time they supply tools to the two groups' fabs``: a ``they`` subject
    left unresolved stands for the last list of ``kinds`` before it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "they"), None)
    return set(_last_group(doc, ctx, subject, kinds, set())) if subject is not None else set()


def revise_disjoint_groups(doc: Doc, ctx: DocContext) -> int:
    """``Applied Materials supplies equipment to the two companies``, ``they ship tools to the two groups'
    fabs``: a plural description (``group_references``) in the object of a verb does not take in that verb's own
    doers; when the linker's reading does, it becomes the last list before that leaves them out (of as many names
    as a ``two``/``both`` says), or nothing. Returns how many references changed."""
    table: dict[str, list[str]] = ctx.lex.value("group_references")
    changed = 0
    for tok in ctx.find(doc[:], set(table)):
        ids = ctx.refs.get(tok.i)
        if tok.lower_ not in table or not ids or len(ids) < 2 or tok.tag_ not in ("NNS", "NNPS"):
            continue
        verb = governing_verb(tok)
        if verb is None:
            continue
        kinds = set(table[tok.lower_])
        doers = set(ctx.clause_subjects(verb)) or _plural_doers(doc, ctx, verb, kinds)
        if not doers & set(ids):
            continue
        pair = any(c.lower_ in PAIR_WORDS and c.i < tok.i for c in tok.children)
        found = _last_group(doc, ctx, tok, kinds, doers)
        if len(found) >= 2 and (not pair or len(found) == 2):
            ctx.refs[tok.i] = sorted(found)
        else:
            del ctx.refs[tok.i]
        changed += 1
    return changed


def _national_groups(sent: Span, ctx: DocContext) -> list[tuple[Token, str]]:
    """The group nouns of ``sent`` modified by a country's adjective (``Chinese vendors``, ``the only Chinese
    company``, ``two Australian partners``), each with the country, where the sentence names no organisation of
    the group itself (then the same-sentence rules read it)."""
    nouns = ctx.lex.words("r15xsent_group_nouns")
    out: list[tuple[Token, str]] = []
    for tok in ctx.find(sent, nouns):
        if tok.lemma_ not in nouns and tok.lower_ not in nouns or ctx.entity(tok) or tok.i in ctx.refs:
            continue
        countries = [eid for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                     and (eid := ctx.entity(c)) and ctx.type_of(eid) == "Country"]
        if len(countries) != 1 or ctx.negated(tok.head):
            continue
        if tok.dep_ == "appos" or any(c.dep_ == "appos" or c.lower_ in ("like", "including", "such", "as", "among")
                                      for c in tok.children) or ctx.entity(tok.head) and tok.dep_ == "compound":
            continue  # "Chinese companies like Baidu", "SenseTime, the Chinese company": the names are given
        if tok.tag_ != "NNS" and not any(c.lower_ in LONE_GROUP_WORDS for c in tok.children):
            continue  # "the Chinese company" refers back to one name; "the only Chinese company" is a group
        out.append((tok, countries[0]))
    return out


@triggered_by(types=("Organization",))
def national_group_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Contracts have become scarce for Chinese vendors. Britain barred its carriers from buying gear from Huawei
    and ZTE.``, ``Other Chinese carmakers are circling too. GAC is in talks with TOGG.``: a group of one country's
    companies, then in the next sentence the organisations it is about: each the gazetteer gives that country, and
    an organisation the gazetteer gives no country when it is the next sentence's subject, is based there."""
    k = sentence_at(ctx, sent.start)
    if k == 0:
        return
    groups = _national_groups(sentences_of(ctx)[k - 1], ctx)
    if not groups and k >= 2:  # "… for VTRE's two Australian partners. A signed … . B, which …": a counted group
        groups = [(g, c) for g, c in _national_groups(sentences_of(ctx)[k - 2], ctx) if _counted(g)]
    if len({c for _, c in groups}) != 1:
        return
    country = groups[0][1]
    # the sentence before is about the group (its subject, counted, "other …"): an unplaced subject after is one of it
    about = any(g.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "nummod" or c.lower_ in LONE_GROUP_WORDS
                                                        for c in g.children) for g, _ in groups)
    if {c for _, c in _national_groups(sent, ctx)} - {country}:
        return  # "… while Korean rivals …": another country's group in this sentence
    seen: set[str] = set()
    for e in ctx.ents_in(sent):
        eid = e.kb_id_
        org = ctx.entities.get(eid)
        if org is None or org.type != "Organization" or eid in seen or org.subtype == "GovernmentBody":
            continue
        seen.add(eid)
        root = ctx.mention_root(ctx.doc[e.start])
        if org.country == country or (about and org.country is None and _leads(root)):
            yield Candidate(eid, "basedIn", country, "r15xsent:national-group", "asserted", sent)


def _counted(tok: Token) -> bool:
    """Whether a group noun is counted with more than one (``two Australian partners``)."""
    return any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in tok.children)


def _leads(root: Token) -> bool:
    """Whether a name is its sentence's subject, alone or in a list (``GAC is in talks``, ``ZTE …, and Hikvision
    … has opened``)."""
    while root.dep_ == "conj":
        root = root.head
    while root.dep_ == "appos":
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("ROOT", "conj", "ccomp")


R15XSENT_RULES = (national_group_rule,)
