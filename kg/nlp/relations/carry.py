"""Reading across sentences: references the linker leaves open or resolves to the wrong name.

- ``Samsung and SK Hynix won waivers. Both have …`` / ``The two signed …``: a bare ``both`` or ``the two`` (``the
  three`` …) is the last group of exactly that many actors that was a clause's subject.
- ``… the Paris-based start-up``: the tokenizer splits ``start-up``, so the linker never sees the description.
- ``Baykar bought Piaggio. … to the Turkish group``: a description with a country word refers to the last
  organisation of that country, not merely the last organisation.
- ``the banks`` after ``Sberbank and VTB``; ``five organisations … The five are A; B; C; D; E``; an object ``it``
  that cannot be its own clause's subject.

:func:`carry_references` adds to ``DocContext.refs`` before the rules run; the rules that read across sentences
are in :mod:`kg.nlp.relations.carry_rules`.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from kg.nlp.relations.context import DocContext
from kg.nlp.relations.named_refs import (resolve_country_descriptions, resolve_named_descriptions,
                                         resolve_pronouns_of_descriptions, resolve_ranked_descriptions)
from kg.nlp.relations.r10xsent import revise_references

#: how many actors a bare group word stands for
GROUP_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
#: sentences back that a reference may reach
REACH = 3


def carry_references(doc: Doc, ctx: DocContext) -> None:
    """Add to or correct ``ctx.refs`` (token index -> entity ids) where the linker left a reference open or
    resolved it against the country the description names."""
    if not len(doc):
        return
    agree_with_country(doc, ctx)
    resolve_start_ups(doc, ctx)
    resolve_bare_groups(doc, ctx)
    resolve_group_references(doc, ctx)
    resolve_disjoint_pronouns(doc, ctx)
    resolve_counted_groups(doc, ctx)
    resolve_named_descriptions(doc, ctx)
    resolve_country_descriptions(doc, ctx)
    resolve_ranked_descriptions(doc, ctx)
    resolve_pronouns_of_descriptions(doc, ctx)
    resolve_conjunct_possessives(doc, ctx)
    resolve_controlled_possessives(doc, ctx)
    revise_references(doc, ctx)  # "Rheinmetall holds 51% of the venture": not Rheinmetall (r10xsent.py)


def sentences_of(ctx: DocContext) -> list[Span]:
    """The document's sentences, listed once per document (``Token.sent`` scans for its sentence each time)."""
    found = getattr(ctx, "_carry_sentences", None)
    if found is None:
        found = ctx.index.sents  # listed once per document for every reader
        ctx._carry_sentences = found  # type: ignore[attr-defined]
        ctx._carry_starts = [s.start for s in found]  # type: ignore[attr-defined]
    return found


def sentence_at(ctx: DocContext, i: int) -> int:
    """The number of the sentence token ``i`` is in."""
    sentences_of(ctx)
    return bisect_right(ctx._carry_starts, i) - 1  # type: ignore[attr-defined]


def country_word(tok: Token, ctx: DocContext) -> str | None:
    """The country a description's own modifier names: ``the Turkish group``, ``the US chipmaker``."""
    for child in tok.children:
        if child.i < tok.i and child.dep_ in ("amod", "compound", "nmod"):
            eid = ctx.entity(child)
            if eid and ctx.type_of(eid) == "Country":
                return eid
    return None


def _recent_of_country(doc: Doc, ctx: DocContext, tok: Token, like: str, country: str | None) -> str | None:
    """The last entity before ``tok`` (within reach) of the same type and subtype as ``like`` (or an
    organisation when ``like`` is empty) and of ``country`` when given; names inside ``tok``'s phrase do not
    count."""
    want = ctx.entities.get(like)
    floor = ctx.index.sentence_floor(tok.i, REACH)
    inside = {t.i for t in tok.subtree}
    for i in range(min(tok.left_edge.i, tok.i) - 1, floor - 1, -1):
        eid = ctx.mention_at.get(i)
        if eid is None or i in inside:
            continue
        e = ctx.entities.get(eid)
        if e is None or (want is not None and (e.type != want.type or (want.subtype and e.subtype and
                                                                       e.subtype != want.subtype))):
            continue
        if want is None and e.type != "Organization":
            continue
        if country is None or e.country == country:
            return eid
    return None


def agree_with_country(doc: Doc, ctx: DocContext) -> None:
    """``the Turkish group`` is not the Italian company named last: a singular reference whose description names a
    country moves to the last entity of that country; if there is none within reach, it is dropped (kept when the
    country of the one named last is unknown)."""
    for i, ids in list(ctx.refs.items()):
        if len(ids) != 1:
            continue
        tok = doc[i]
        country = country_word(tok, ctx)
        current = ctx.entities.get(ids[0])
        if country is None or current is None or current.country == country:
            continue
        other = _recent_of_country(doc, ctx, tok, ids[0], country)
        if other:
            ctx.refs[i] = [other]
        elif current.country is not None:
            del ctx.refs[i]


def resolve_start_ups(doc: Doc, ctx: DocContext) -> None:
    """``the (Paris-based) start-up`` refers to the last company named (of the country it names, if any);
    ``the two start-ups`` to the last two."""
    for tok in ctx.find(doc[:], {"up", "ups"}):
        i = tok.i
        if tok.lower_ not in ("up", "ups") or i < 2 or doc[i - 1].text != "-" or doc[i - 2].lower_ != "start" or \
                i in ctx.refs or ctx.entity(doc[i]):
            continue
        if tok.dep_ == "appos" or (i + 1 < len(doc) and ctx.entity(doc[i + 1])):
            continue  # "Anthropic, the start-up" and "the start-up Anthropic" describe a name beside them
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")} | \
            {c.lower_ for c in doc[i - 2].children if c.dep_ in ("det", "nummod")}
        country = country_word(tok, ctx)
        if tok.lower_ == "up" and "the" in dets:
            found = _recent_of_country(doc, ctx, tok, "", country)
            if found:
                ctx.refs[i] = [found]
        elif tok.lower_ == "ups" and dets & {"two", "both"}:
            first = _recent_of_country(doc, ctx, tok, "", country)
            second = None
            if first:
                before = [j for j in range(i) if ctx.mention_at.get(j) == first][-1]
                while before > 0 and ctx.mention_at.get(before - 1) == first:
                    before -= 1
                second = _recent_of_country(doc, ctx, doc[before], "", country) if before else None
            if first and second and first != second:
                ctx.refs[i] = sorted([first, second])


def _subject_groups(doc: Doc, ctx: DocContext, sent: Span) -> list[str]:
    """The actors that are the subject of ``sent``'s main clause or of a clause it reports."""
    root = sent.root
    for verb in [root] + [c for c in root.children if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX")]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        if len(found) >= 2:
            return list(dict.fromkeys(found))
    return []


def resolve_bare_groups(doc: Doc, ctx: DocContext) -> None:
    """``Both have …``, ``The two signed …``: a group word standing alone is the last group of that many actors
    that was a clause's subject in the sentences before (``both`` of two, ``the three`` of three)."""
    for tok in ctx.find(doc[:], set(GROUP_WORDS)):
        i = tok.i
        if tok.lower_ not in GROUP_WORDS or i in ctx.refs or ctx.entity(tok) or \
                tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj"):
            continue
        if tok.lower_ == "both":
            if tok.pos_ not in ("PRON", "DET", "NOUN"):
                continue
        elif not (tok.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            continue  # "two signed …" alone is a count, not a reference
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "both of them", "the two of the firms": what follows says who
        n = GROUP_WORDS[tok.lower_]
        k = sentence_at(ctx, i)
        for back in range(1, REACH + 1):
            if k - back < 0:
                break
            sent = sentences_of(ctx)[k - back]
            group = _subject_groups(doc, ctx, sent)
            if group:
                if len(group) == n:
                    ctx.refs[i] = group
                break  # the last group decides, whatever its size


def _fits(ctx: DocContext, entity_id: str, kinds: set[str]) -> bool:
    """Whether an entity is of one of ``kinds``: its subtype when known (a ministry is no company), else its type."""
    e = ctx.entities.get(entity_id)
    return e is not None and ((e.subtype in kinds) if e.subtype else e.type in kinds)


def _last_list(doc: Doc, ctx: DocContext, tok: Token, kinds: set[str]) -> list[str]:
    """The last coordinated list (two or more) of actors of ``kinds`` before ``tok``, within reach; the search
    stops at the first such actor named alone."""
    floor = ctx.index.sentence_floor(tok.i, REACH)
    i = tok.left_edge.i - 1
    while i >= floor:
        eid = ctx.mention_at.get(i)
        if eid and _fits(ctx, eid, kinds):
            root = ctx.mention_root(doc[i])
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head
            found = [a for a in ctx.actors(root, groups=False) if _fits(ctx, a, kinds)]
            found = list(dict.fromkeys(found))
            return found if len(found) >= 2 else []
        i -= 1
    return []


def resolve_group_references(doc: Doc, ctx: DocContext) -> None:
    """``Samsung and SK Hynix … the companies' plants``: a plural description after a bare ``the`` (or ``the``
    and a count: ``the three companies``, a list of exactly three) refers to the last list of actors of its types
    (``group_references``); not ``the companies that …`` nor ``the companies
    Baidu and Tencent``, nor ``the Chinese companies`` (a group of a country, read by the rules)."""
    table: dict[str, list[str]] = ctx.lex.value("group_references")
    for tok in ctx.find(doc[:], set(table)):
        i = tok.i
        if tok.lower_ not in table or i in ctx.refs or ctx.entity(tok) or tok.tag_ not in ("NNS", "NNPS"):
            continue
        children = list(tok.children)
        # "the three companies": a count right after "the" says how long the list is
        n = _count(tok) if i >= 2 and doc[i - 1].dep_ == "nummod" and doc[i - 1].head.i == i else None
        if not any(c.dep_ == "det" and c.lower_ == "the" and c.i == tok.i - (2 if n else 1) for c in children):
            continue  # only "the companies": any other modifier makes it a new group
        if any(c.dep_ in ("relcl", "acl", "prep", "appos") for c in children) or \
                (i + 1 < len(doc) and ctx.entity(doc[i + 1])):
            continue
        found = _last_list(doc, ctx, tok, set(table[tok.lower_]))
        if found and (n is None or len(found) == n):
            ctx.refs[i] = found


#: numbers a counted group may give (``five Chinese organisations``)
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12}


def _count(tok: Token) -> int | None:
    """The number a group noun is counted with: ``five organisations``, ``its 3 affiliates``."""
    for c in tok.children:
        if c.dep_ == "nummod" and c.i < tok.i:
            return NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
    return None


def _listed_after(doc: Doc, ctx: DocContext, start: int, end: int) -> list[str]:
    """The distinct actors named from ``start`` to ``end``, all of the type of the first (a list of companies
    names their countries too: ``A, based in Armenia; B, …``)."""
    names: list[str] = []
    for i in range(start, end):
        eid = ctx.mention_at.get(i)
        if eid and ctx.is_actor(eid) and eid not in names:
            names.append(eid)
    kind = ctx.type_of(names[0]) if names else ""
    return [n for n in names if ctx.type_of(n) == kind]


def resolve_counted_groups(doc: Doc, ctx: DocContext) -> None:
    """``… barred five Chinese organisations, adding them to its list. The five are A; B; C; D; and E.``: a
    counted group that the next sentence spells out (``The five are …``, ``The five include …``) with exactly that
    many names refers to those names, and so does a ``them`` after it in its sentence."""
    for num in ctx.find(doc[:], set(NUMBERS)):
        tok = num.head
        if num.dep_ != "nummod" or tok.i <= num.i or tok.tag_ not in ("NNS", "NNPS") or tok.i in ctx.refs \
                or ctx.entity(tok):
            continue
        k = sentence_at(ctx, tok.i)
        n, sent = _count(tok), sentences_of(ctx)[k]
        names: list[str] = []
        if k + 1 < len(sentences_of(ctx)):
            nxt = sentences_of(ctx)[k + 1]
            subject = next((t for t in nxt if t.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ == num.lower_ and subject.head.lemma_ in ("be", "include"):
                names = _listed_after(doc, ctx, subject.head.i + 1, nxt.end)
        if len(names) != n:
            continue
        ctx.refs[tok.i] = names
        for pron in ctx.find(sent, {"them", "they", "their"}):
            if pron.i > tok.i and pron.i not in ctx.refs:
                ctx.refs[pron.i] = names


COPULAS = {"be", "become", "remain"}


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose object (or predicate noun) a pronoun's phrase is: ``added it to``, ``is among its
    shareholders``, ``became its largest backer``; None when the phrase is a subject or outside a clause."""
    node = tok.head if tok.dep_ == "poss" else tok
    if tok.dep_ == "poss" and node is tok:
        return None
    for _ in range(4):
        if node.dep_ in ("dobj", "dative", "attr", "oprd"):
            return node.head if node.head.pos_ in ("VERB", "AUX") else None
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX"):
            return node.head.head
        if node.dep_ in ("pobj", "prep", "compound", "amod", "conj", "appos") and node.head is not node:
            node = node.head
            continue
        return None
    return None


def resolve_disjoint_pronouns(doc: Doc, ctx: DocContext) -> None:
    """``The department added it to the list``, ``Tencent is among its shareholders``: an ``it`` that is the
    object of a verb, or an ``its`` on the predicate noun of ``be``, is not that verb's own subject (English would
    say ``itself``); it refers to the organisation before, as :meth:`DocContext.recent_org` reads it without
    that subject, or to nothing."""
    for tok in ctx.find(doc[:], {"it", "its"}):
        i = tok.i
        if tok.lower_ not in ("it", "its") or i in ctx.refs or \
                (tok.lower_ == "it" and tok.dep_ not in ("dobj", "dative", "pobj")):
            continue
        verb = _clause_verb(tok)
        if verb is None or (tok.lower_ == "its" and verb.lemma_ not in COPULAS):
            continue  # "Samsung said its chips …": a possessive elsewhere may well be the subject's own
        own = set(ctx.clause_subjects(verb))
        if not own or not set(ctx.recent_org(tok)) & own:
            continue
        ctx.refs[i] = _org_before(doc, ctx, tok, own)


def _org_before(doc: Doc, ctx: DocContext, tok: Token, excluded: set[str]) -> list[str]:
    """The organisation named last before ``tok`` in its sentence, else the one that was last a subject in the
    sentences before (else the last named in the previous sentence), leaving out ``excluded``."""
    k = sentence_at(ctx, tok.i)
    floor, start = ctx.index.sentence_floor(tok.i, REACH), sentences_of(ctx)[k].start
    previous = sentences_of(ctx)[max(0, k - 1)].start
    fallback: list[str] = []
    for i in range(tok.i - 1, floor - 1, -1):
        eid = ctx.mention_at.get(i)
        if not eid or eid in excluded or ctx.type_of(eid) != "Organization":
            continue
        if i >= start or ctx._is_subject(ctx.mention_root(doc[i])):
            return [eid]
        if i >= previous and not fallback:
            fallback = [eid]
    return fallback


def resolve_conjunct_possessives(doc: Doc, ctx: DocContext) -> None:
    """``Neither the company nor its founder``, ``Sberbank and its subsidiaries``: an ``its`` on a phrase
    coordinated with a single actor (named, or a description the reference step resolved) refers to that actor."""
    for tok in ctx.find(doc[:], {"its"}):
        phrase = tok.head
        if tok.lower_ != "its" or tok.dep_ != "poss" or tok.i in ctx.refs or phrase.dep_ != "conj" \
                or phrase.head.i > tok.i:
            continue
        first = phrase.head
        named = ctx.entity(first)
        ids = [named] if named else ctx.refs.get(first.i, [])
        if len(ids) == 1 and ctx.type_of(ids[0]) in ("Organization", "InternationalOrganization", "Country"):
            ctx.refs[tok.i] = list(ids)


#: verbs whose object does what the clause after them says (``barred X from selling``, ``ordered X to stop``)
OBJECT_CONTROL = {"bar", "ban", "prevent", "stop", "block", "prohibit", "restrict", "order", "force", "require",
                  "allow", "permit", "tell", "ask", "instruct", "direct", "urge", "help"}


def resolve_controlled_possessives(doc: Doc, ctx: DocContext) -> None:
    """``The US barred Kaspersky from selling its software``, ``officials ordered Nvidia to stop exporting its
    chips``, ``… forced both companies to stop selling their chips``: an ``its`` (a ``their``) in a clause whose
    doer is the object of the verb above it (``from``-gerund or ``to`` infinitive) is that object's (those
    objects'), not the main subject's."""
    for tok in ctx.find(doc[:], {"its", "their"}):
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or tok.i in ctx.refs:
            continue
        node = tok.head
        for _ in range(4):  # up from "its software" to the verb it is the object of
            if node.pos_ == "VERB" or node.dep_ not in ("dobj", "pobj", "prep", "compound", "conj", "nmod"):
                break
            node = node.head
        if node.pos_ != "VERB":
            continue
        while node.dep_ == "xcomp" and node.head.pos_ == "VERB" and \
                not any(c.dep_ == "dobj" for c in node.head.children):
            node = node.head  # "ordered it to stop exporting its chips": up to the verb with an object
        if node.dep_ == "pcomp" and node.head.lower_ == "from":
            governor = node.head.head
        elif node.dep_ == "xcomp":
            governor = node.head
        else:
            continue
        if governor.lemma_ not in OBJECT_CONTROL:
            continue
        doers = list(dict.fromkeys(a for c in governor.children if c.dep_ == "dobj" for a in ctx.actors(c)))
        if tok.lower_ == "its" and len(doers) == 1 and ctx.type_of(doers[0]) == "Organization":
            ctx.refs[tok.i] = doers
        elif tok.lower_ == "their" and len(doers) >= 2 and all(ctx.is_actor(a) for a in doers):
            ctx.refs[tok.i] = doers  # "forced both companies to stop selling their chips"
