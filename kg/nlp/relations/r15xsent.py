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
- ``The court upheld the law. Justices A and B each wrote …``, ``Commissioner X said …``: a title that names its
  body (``r15xsent_title_bodies``) serves the one organisation of that kind named or referred to around it
  (:func:`title_body_rule`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.nlp.relations.carry import sentence_at, sentences_of
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by

#: the words that make a plural description a pair (``the two companies``, ``both firms``)
PAIR_WORDS = frozenset({"two", "both"})
#: words that make a singular company noun a group (``the only Chinese company``, ``another Chinese firm``)
LONE_GROUP_WORDS = frozenset({"only", "another", "other"})


def _fits(ctx: DocContext, entity_id: str, kinds: set[str]) -> bool:
    """Whether an entity is of one of ``kinds``: its subtype when known, else its type."""
    e = ctx.entities.get(entity_id)
    return e is not None and ((e.subtype in kinds) if e.subtype else e.type in kinds)


def governing_verb(tok: Token) -> Token | None:
    """The verb whose object (or the object of whose own preposition) ``tok``'s phrase is: ``supplies equipment to
    the two companies`` gives ``supplies``, and so does ``… to the two groups' fabs`` through the possessive; None
    for a subject, outside a clause, or inside another noun's phrase (``a partnership between the two firms``)."""
    node = tok.head if tok.dep_ == "poss" else tok
    if node.dep_ in ("dobj", "dative") and node.head.pos_ in ("VERB", "AUX"):
        return node.head
    if node.dep_ == "pobj" and node.head.dep_ in ("prep", "dative") and node.head.head.pos_ in ("VERB", "AUX"):
        return node.head.head
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


def _unresolved_they(verb: Token, ctx: DocContext) -> Token | None:
    """A ``they`` subject of ``verb`` that the plural-pronoun step left unresolved (``… toolmakers such as A and B
    … each time they supply tools to the two groups' fabs``)."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "they" and c.i not in ctx.plural_refs),
                None)


def revise_disjoint_groups(doc: Doc, ctx: DocContext) -> int:
    """``Applied Materials supplies equipment to the two companies``, ``they ship tools to the two groups'
    fabs``: a plural description (``group_references``) in the object of a verb does not take in that verb's own
    doers; when the linker's reading does, it becomes the last list before that leaves them out (of as many names
    as a ``two``/``both`` says), or nothing; an unresolved ``they`` doing the verb becomes the list the linker had
    read the group as. Returns how many references changed."""
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
        own = ctx.clause_subjects(verb)
        they = None if own else _unresolved_they(verb, ctx)
        # an unresolved "they" doing the verb is the last list before it, as the linker read the group itself
        doers = own or (_last_group(doc, ctx, they, kinds, set()) if they is not None else [])
        if not set(doers) & set(ids):
            continue
        pair = any(c.lower_ in PAIR_WORDS and c.i < tok.i for c in tok.children)
        found = _last_group(doc, ctx, tok, kinds, set(doers))
        if len(found) >= 2 and (not pair or len(found) == 2):
            ctx.refs[tok.i] = sorted(found)
            if they is not None and len(doers) >= 2:
                ctx.plural_refs[they.i] = list(doers)  # and "they" is the list the group was read as
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
        lone = any(c.lower_ in LONE_GROUP_WORDS for c in tok.children)
        if tok.lemma_ not in nouns and tok.lower_ not in nouns or ctx.entity(tok) or tok.i in ctx.refs and not lone:
            continue  # "the only Chinese company" is no reference back, whatever the linker made of it
        countries = [eid for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                     and (eid := ctx.entity(c)) and ctx.type_of(eid) == "Country"]
        if len(countries) != 1 or ctx.negated(tok.head):
            continue
        if tok.dep_ == "appos" or any(c.dep_ == "appos" or c.lower_ in ("like", "including", "such", "as", "among")
                                      for c in tok.children) or ctx.entity(tok.head) and tok.dep_ == "compound":
            continue  # "Chinese companies like Baidu", "SenseTime, the Chinese company": the names are given
        if tok.tag_ != "NNS" and not lone:
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
                                                        for c in g.children) for g, _ in groups) \
        or sent[0].lower_ == "among"  # "… by a number of Chinese banks. Among the lenders … are A and B."
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
    """Whether a name is its sentence's subject (or what its ``be`` names), alone or in a list (``GAC is in
    talks``, ``ZTE …, and Hikvision … has opened``, ``Among them are A and B``)."""
    while root.dep_ == "conj":
        root = root.head
    while root.dep_ == "appos":
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "attr") and root.head.dep_ in ("ROOT", "conj", "ccomp")


def _title_before(doc: Doc, ctx: DocContext, person: Span, table: dict[str, list[str]]) -> Token | None:
    """The title word of ``table`` right before a name, or before the first name of its list (``Justices A and
    B``), or in a description beside it (``A, the European commissioner for trade``); None when the title is owned
    in its phrase (``FCC Commissioner A``, ``the court's justices``)."""
    root = ctx.mention_root(doc[person.start])
    first = root
    while first.dep_ == "conj" and first.head.i < first.i and ctx.entity(first.head):
        first = first.head
    start = min(t.i for t in first.subtree if ctx.mention_at.get(t.i) == ctx.mention_at.get(first.i)) \
        if ctx.mention_at.get(first.i) else first.i
    tok = doc[start - 1] if start > 0 else None
    if tok is None or tok.lower_ not in table:
        tok = next((c for c in root.children if c.dep_ == "appos" and c.lower_ in table), None)
        if tok is None:
            return None
    elif start >= 2 and ctx.entity(doc[start - 2]):
        return None  # "FCC Commissioner A": the title's own organisation is named in its phrase
    if ctx.entity(tok) or any(c.dep_ in ("poss", "compound") and ctx.entity(c) or c.dep_ == "prep" and c.lower_ == "of"
                              for c in tok.children):
        return None
    return tok


@triggered_by(lambda lex: set(lex.value("r15xsent_title_bodies")))
def title_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The FCC said … . Commissioner Geoffrey Starks said …``, ``The court upheld the law. Justices A and B each
    wrote …``: a title whose body the title names (a commissioner a commission, a justice a court; table
    ``r15xsent_title_bodies``) and whose own phrase names none serves the one organisation of that kind the
    document names in the sentences around it (three before, one after); ``chief`` makes its head."""
    doc = ctx.doc
    table: dict[str, list[str]] = ctx.lex.value("r15xsent_title_bodies")
    k = sentence_at(ctx, sent.start)
    sents = sentences_of(ctx)
    lo, hi = sents[max(0, k - 3)].start, sents[min(len(sents) - 1, k + 1)].end
    for person in ctx.ents_in(sent):
        if ctx.type_of(person.kb_id_) != "Person":
            continue
        tok = _title_before(doc, ctx, person, table)
        if tok is None:
            continue
        words = table[tok.lower_]
        # named, or a description the reference step resolved ("the court wrote")
        named = {eid for i in range(lo, hi) for eid in ([ctx.mention_at[i]] if i in ctx.mention_at else
                                                        ctx.refs.get(i, [])[:1] if len(ctx.refs.get(i, [])) == 1
                                                        else [])}
        bodies = {eid for eid in named if ctx.type_of(eid) in ("Organization", "InternationalOrganization") and
                  set(ctx.entities[eid].label.lower().replace(",", " ").split()) & set(words)}
        if len(bodies) != 1:
            continue
        chief = any(c.lower_ == "chief" for c in tok.children) or (tok.i > 0 and doc[tok.i - 1].lower_ == "chief")
        yield Candidate(person.kb_id_, "leaderOf" if chief else "worksFor", bodies.pop(), "r15xsent:title-body",
                        "asserted", sent)


R15XSENT_RULES = (national_group_rule, title_body_rule)
