"""References back that the linker resolves to a name the sentence itself rules out.

- ``Rheinmetall holds 51% of the venture``, ``Säpo has called China a threat to the country``: a description is
  not the subject of its own clause, nor the object of the verb whose phrase it sits in (a reader would have said
  ``itself``); the nearest name of the same kind before it that the clause does not rule out is meant
  (:func:`clause_mates`, :func:`revise_descriptions`).
- ``… owned by the Chinese state``: a description of a state that names the state's country is that country;
  ``the American firm General Electric``: a description with a name right after it is that name.
- ``… a joint venture registered in Kyiv … . Rheinmetall holds 51% of the venture``: ``the venture`` is the
  organisation the text called a joint venture, when there is one (:func:`named_ventures`).
- ``… the camera makers Hikvision and Dahua … . Both camera makers …``: a plural description that repeats the
  words the text put before a list of names is those names (:func:`revise_repeated_groups`).
- ``The start-up counts Tencent among its shareholders``: ``its`` is the description that is the sentence's
  subject before it, as it would be a name there (:func:`revise_possessives_of_described_subjects`).
- ``Freight trains were assembled by Ural Locomotives, its joint venture with STM``: an ``its`` inside an
  apposition to a name is not that name; it is the organisation an ``its`` at the start of the sentence would be
  (:func:`revise_appositive_possessives`).

:func:`revise_references` runs after :func:`kg.nlp.relations.carry.carry_references` and changes ``ctx.refs``
only; the rules read the result as before.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from kg.nlp.relations.context import DocContext
from kg.nlp.relations.r16xsent import reported_subject

#: dependency labels on the way up from a description to the verb of its clause
PHRASE_DEPS = frozenset({"pobj", "prep", "dobj", "poss", "compound", "amod", "nmod", "npadvmod", "attr", "oprd",
                         "dative", "agent", "case"})
#: labels of a verb's subject
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: sentences back that a description may reach when it is moved
REACH = 3
#: sentences back that a plural description may reach for the words it repeats (``both camera makers``)
GROUP_REACH = 10


def clause_verb(tok: Token) -> tuple[Token | None, bool]:
    """The verb of the clause a noun phrase is in, and whether the way up passed a preposition or an object
    complement (the phrase is then inside what the verb acts on).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["X", "holds", "half", "of", "the", "venture"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], pos=["PROPN", "VERB", "NOUN", "ADP",
    ...           "DET", "NOUN"])
    >>> verb, inside = clause_verb(doc[5])
    >>> verb.text, inside
    ('holds', True)
    """
    node, inside = tok, False
    while node.dep_ in PHRASE_DEPS and node.head is not node:
        inside = inside or node.dep_ in ("pobj", "prep", "oprd")
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node, inside
    return None, inside


def clause_mates(ctx: DocContext, tok: Token) -> set[str]:
    """The names a description ``tok`` cannot refer to: the subject of its clause's verb (``Rheinmetall holds 51%
    of the venture``; the antecedent of ``which`` in a relative clause) and, when the description is inside a
    phrase the verb acts on, the verb's object (``called China a threat to the country``)."""
    if tok.dep_ in SUBJECT_DEPS + ("attr", "oprd", "appos"):
        return set()  # "Canada became the latest country to …": a predicate describes, it does not refer back
    verb, inside = clause_verb(tok)
    if verb is None:
        return set()
    found: set[str] = set()
    # "X disclosed it on Monday, citing shortcomings at the company": a participle or a conjunct without a subject
    # of its own takes the subject of the verb it hangs from
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ in ("advcl", "xcomp", "conj") and \
            verb.tag_ in ("VBG", "VBN", "VB", "VBD", "VBZ", "VBP") and verb.head.pos_ in ("VERB", "AUX"):
        controller = [c for c in verb.head.children if c.dep_ == "dobj" and ctx.mention_at.get(c.i)] \
            if verb.dep_ == "xcomp" else []
        if controller:  # "Poland picked Westinghouse to build the country's plant": the object does "build" (r15newsa)
            return {a for c in controller for a in ctx.actors(c)}
        verb, inside = verb.head, False
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS or (inside and child.dep_ == "dobj" and child.i < tok.i):
            if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                child = verb.head
            # names and resolved descriptions only: a pronoun's own reading is too loose to rule anything out
            if ctx.mention_at.get(child.i) or child.i in ctx.refs:
                found.update(ctx.actors(child))
    # "X said it would invest in the firm": the reported "it" is X (r16xsent.py)
    found.update(reported_subject(verb, ctx.mention_at, ctx.refs, ctx.actors))
    return found


def _same_kind(ctx: DocContext, a: str, b: str) -> bool:
    """Same type, and the same subtype when both are known."""
    ea, eb = ctx.entities.get(a), ctx.entities.get(b)
    if ea is None or eb is None or ea.type != eb.type:
        return False
    return not (ea.subtype and eb.subtype and ea.subtype != eb.subtype)


def nearest_other(ctx: DocContext, tok: Token, like: str, excluded: set[str]) -> str | None:
    """The last name before ``tok`` (within reach) of the kind of ``like`` that is not ``excluded`` and not
    inside ``tok``'s own phrase."""
    inside = {t.i for t in tok.subtree}
    for i in range(tok.left_edge.i - 1, ctx.index.sentence_floor(tok.i, REACH) - 1, -1):
        eid = ctx.mention_at.get(i)
        if eid and i not in inside and eid not in excluded and _same_kind(ctx, eid, like):
            return eid
    return None


def _is_body(ctx: DocContext, eid: str) -> bool:
    """Whether an organisation is a state body (``Ministry of Economic Affairs``), which no ``the company`` means."""
    e = ctx.entities.get(eid)
    if e is None or e.type != "Organization":
        return False
    return e.subtype == "GovernmentBody" or bool(set(e.label.lower().split()) & ctx.lex.words("r10xsent_body_words"))


def nearest_company(ctx: DocContext, tok: Token) -> str | None:
    """The last organisation before ``tok`` (within reach) that is not a state body."""
    for i in range(tok.left_edge.i - 1, ctx.index.sentence_floor(tok.i, REACH) - 1, -1):
        eid = ctx.mention_at.get(i)
        if eid and ctx.type_of(eid) == "Organization" and not _is_body(ctx, eid):
            return eid
    return None


def _is_description(tok: Token) -> bool:
    """``the venture``, ``the country``: a singular common noun with ``the``."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _own_country(ctx: DocContext, tok: Token) -> str | None:
    """The country a description of a state names itself: ``the Chinese state``."""
    for child in tok.children:
        if child.i < tok.i and child.dep_ in ("amod", "compound", "nmod"):
            eid = ctx.mention_at.get(child.i)
            if eid and ctx.type_of(eid) == "Country":
                return eid
    return None


def named_ventures(ctx: DocContext, lex_words: set[str]) -> dict[str, int]:
    """Organisation id -> where the text first calls it a joint venture: ``X, a joint venture of …``, ``X is a
    joint venture``, ``the joint venture X``."""
    doc = ctx.doc
    found: dict[str, int] = {}
    for tok in ctx.find(doc[:], lex_words):
        if not any(c.lower_ == "joint" for c in tok.lefts):
            continue
        name = None
        if tok.dep_ == "appos" or (tok.dep_ == "attr" and tok.head.lemma_ == "be"):
            head = tok.head if tok.dep_ == "appos" else next(
                (c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
            name = ctx.mention_at.get(head.i) if head is not None else None
        elif tok.i + 1 < len(doc):
            name = ctx.mention_at.get(tok.i + 1)
        if name and ctx.type_of(name) == "Organization" and name not in found:
            found[name] = tok.i
    return found


def _country_counts(ctx: DocContext) -> list[tuple[int, str]]:
    """(start, country id) of each mention of a country, in text order (countries inside other names left out)."""
    return sorted((m.start, m.entity_id) for m in ctx.mentions
                  if m.kind != "inside" and ctx.type_of(m.entity_id) == "Country")


def topical_country(ctx: DocContext, tok: Token, current: str) -> str:
    """The country the text is about, for a bare ``the country`` whose linker's answer is a country named in
    passing: the country named most often before it, when that is at least twice as often (and three times) as
    the linker's answer, it is named in the description's sentence or the two before, and the linker's answer is
    not named in the description's own sentence (but as a place a company is based in: ``the Beijing-based X``).

    ``Siemens quits Russia. … Russia … Russia's … the Netherlands … leave the country``: Russia."""
    if any(c.dep_ in ("amod", "compound", "nmod", "nummod") for c in tok.children):
        return current  # "the Baltic state", "the island nation": the modifier says which
    counts: dict[str, int] = {}
    for start, eid in ctx.index.memo("r10xsent_countries", lambda: _country_counts(ctx)):
        if start >= tok.i:
            break
        counts[eid] = counts.get(eid, 0) + 1
    sent = tok.sent
    doc = ctx.doc
    # named in its own sentence (but for "the Beijing-based company"): the linker's answer is a reader's too
    if not counts or any(m.entity_id == current and sent.start <= m.start < tok.i and
                         not (m.end < len(doc) and doc[m.end].text == "-") for m in ctx.mentions):
        return current
    best = max(counts, key=lambda c: counts[c])
    if best == current or counts[best] < 3 or counts[best] < 2 * counts.get(current, 0):
        return current
    floor = ctx.index.memo("r10xsent_starts", lambda: [s.start for s in ctx.index.sents])
    near = floor[max(0, bisect_right(floor, tok.i) - 3)]
    if not any(ctx.mention_at.get(i) == best for i in range(near, tok.i)):
        return current
    return best


def revise_descriptions(doc: Doc, ctx: DocContext) -> int:
    """Move singular descriptions off a name their own clause rules out, onto a state a description names, or
    onto the joint venture the text named (see the module's text); returns how many changed."""
    ventures_words = ctx.lex.words("r10xsent_venture_nouns")
    ventures = named_ventures(ctx, ventures_words) if ctx.index.sentences_with(ventures_words) else {}
    changed = 0
    for i, ids in list(ctx.refs.items()):
        if len(ids) != 1 or not 0 <= i < len(doc):
            continue
        tok = doc[i]
        if not _is_description(tok) or ctx.mention_at.get(i):
            continue
        current = ids[0]
        found: str | None = current
        named = ctx.mention_at.get(i + 1) if i + 1 < tok.sent.end else None
        # (not a conjunct: "Qatar's Ooredoo and the conglomerate CK Hutchison" would share the possessive)
        if named and named != current and ctx.type_of(named) == ctx.type_of(current) and tok.dep_ != "conj":
            ctx.refs[i] = [named]  # "the US company Ipsidy", "the American firm General Electric": that name
            changed += 1
            continue
        if ctx.type_of(current) == "Country":
            own = _own_country(ctx, tok)
            if own and own != current:
                found = own
            elif tok.lower_ in ctx.lex.words("r10xsent_country_nouns"):
                found = topical_country(ctx, tok, current)
        if tok.lower_ in ventures_words:
            known = [v for v, at in ventures.items() if at < tok.i]
            if len(known) == 1:
                found = known[0]
        if found and tok.lower_ in ctx.lex.words("r10xsent_company_nouns") and _is_body(ctx, found):
            found = nearest_company(ctx, tok)  # "citing shortcomings at the company": not the ministry
        mates = clause_mates(ctx, tok)
        if found in mates:
            found = nearest_other(ctx, tok, found, mates)
        if found != current:
            if found is None:
                del ctx.refs[i]
            else:
                ctx.refs[i] = [found]
            changed += 1
    return changed


def revise_appositive_possessives(doc: Doc, ctx: DocContext) -> int:
    """``Ural Locomotives, its joint venture with STM``: an ``its`` in a phrase in apposition to an organisation
    refers to the organisation an ``its`` at the start of its sentence would (:meth:`DocContext.recent_org`), not
    to the one the phrase describes; returns how many it resolved."""
    done = 0
    for tok in ctx.find(doc[:], {"its"}):
        if tok.lower_ != "its" or tok.i in ctx.refs or tok.dep_ != "poss":
            continue
        phrase = tok.head
        if phrase.dep_ != "appos":
            continue
        described = ctx.mention_at.get(phrase.head.i)
        if not described or ctx.type_of(described) != "Organization":
            continue
        sent = tok.sent
        others = {ctx.mention_at[j] for j in range(sent.start, tok.i) if ctx.mention_at.get(j)
                  and ctx.type_of(ctx.mention_at[j]) == "Organization"} - {described}
        if others:
            continue  # another organisation in its own sentence: the reading in place stands
        owner = ctx.recent_org(doc[sent.start])
        if owner and owner != [described]:
            ctx.refs[tok.i] = owner
            done += 1
    return done


def _group_key(tok: Token) -> tuple[str, ...]:
    """The words of a plural description that name a kind: ``both camera makers`` -> (camera, makers)."""
    return tuple(c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")) + \
        (tok.lower_,)


def revise_repeated_groups(doc: Doc, ctx: DocContext) -> int:
    """``… the camera makers Hikvision and Dahua … . Both camera makers were already listed``: a plural description
    with a word of kind (``camera makers``, not a bare ``companies``) that repeats one the text put right before a
    list of names refers to those names (when there are as many as the reference had), and so do the pronouns the
    reference step gave the group it had chosen; returns how many it changed."""
    changed = 0
    for i, ids in list(ctx.refs.items()):
        if len(ids) < 2 or not 0 <= i < len(doc) or doc[i].tag_ != "NNS":
            continue
        tok = doc[i]
        key = _group_key(tok)
        if len(key) < 2:
            continue
        for j in range(tok.left_edge.i - 1, ctx.index.sentence_floor(i, GROUP_REACH) - 1, -1):
            if doc[j].lower_ != tok.lower_ or _group_key(doc[j]) != key or j + 1 >= len(doc):
                continue
            named = ctx.mention_at.get(j + 1)
            names = ctx.actors(ctx.mention_root(doc[j + 1])) if named else []
            if len(names) == len(ids) and set(names) != set(ids):
                old = set(ids)
                ctx.refs[i] = list(names)
                for k, group in ctx.plural_refs.items():
                    if k > i and set(group) == old:
                        ctx.plural_refs[k] = list(names)
                changed += 1
            break
    return changed


def _subject_of(tok: Token) -> bool:
    """A clause's subject, the possessor of one, or a name in apposition to one."""
    while tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS)


def revise_possessives_of_described_subjects(doc: Doc, ctx: DocContext) -> int:
    """``The start-up counts Tencent and Meituan among its shareholders``: an ``its`` after a description that the
    reference step resolved to one organisation and that is a subject in the same sentence refers to that
    organisation (as it would to a name there), not to the last organisation named; returns how many it set."""
    done = 0
    for tok in ctx.find(doc[:], {"its"}):
        if tok.lower_ != "its" or tok.i in ctx.refs:
            continue
        sent = tok.sent
        subjects = [j for j in range(sent.start, tok.i) if _subject_of(doc[j])
                    and (ctx.mention_at.get(j) or j in ctx.refs)]
        if not subjects or ctx.mention_at.get(subjects[-1]):
            continue  # no subject before it, or a name: the reading in place (DocContext.recent_org) takes it
        ids = ctx.refs[subjects[-1]]
        if len(ids) == 1 and ctx.type_of(ids[0]) == "Organization":
            ctx.refs[tok.i] = list(ids)
            done += 1
    return done


def revise_references(doc: Doc, ctx: DocContext) -> int:
    """The revisions of this module; returns how many references changed."""
    return revise_descriptions(doc, ctx) + revise_appositive_possessives(doc, ctx) + \
        revise_repeated_groups(doc, ctx) + revise_possessives_of_described_subjects(doc, ctx)
