"""Reading across sentences: references the linker leaves open or resolves to the wrong name, and the country a
head of state's title carries when the sentence names none.

- ``Samsung and SK Hynix won waivers. Both have …`` / ``The two signed …``: a bare ``both`` or ``the two`` (``the
  three`` …) is the last group of exactly that many actors that was a clause's subject.
- ``… the Paris-based start-up``: the tokenizer splits ``start-up``, so the linker never sees the description.
- ``Baykar bought Piaggio. … to the Turkish group``: a description with a country word refers to the last
  organisation of that country, not merely the last organisation.
- ``President Joe Biden`` with no country in the sentence: the president of the country the person belongs to (when
  that country is named in the document).

:func:`carry_references` adds to ``DocContext.refs`` before the rules run; :func:`head_title_rule` is a rule.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext

#: how many actors a bare group word stands for
GROUP_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
#: sentences back that a reference may reach
REACH = 3
#: titles that make a person the head of a country (``prime`` as in ``Prime Minister``)
HEAD_OF_STATE = {"president", "premier", "chancellor", "king", "queen", "emir", "prime"}
#: words that make a title something other than the head (``Vice President``)
NOT_HEAD = {"vice", "deputy", "assistant", "acting", "first", "lady", "elect", "president-elect", "candidate"}
#: words a head-of-state title may carry besides the title itself
TITLE_FILLERS = {"the", "former", "then", "minister", "-", "late"}
#: titles of a country's officials who work for it without a named body (GUIDELINES.md: ministers, envoys)
OFFICIAL_TITLES = {"minister", "ambassador", "envoy"}
#: what kind of minister or envoy a title may say (``Foreign Minister``, ``Special Envoy``)
OFFICIAL_FILLERS = {"foreign", "defence", "defense", "finance", "trade", "economy", "interior", "energy",
                    "industry", "digital", "special", "deputy", "vice"}


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


def _sentences(ctx: DocContext) -> list[Span]:
    """The document's sentences, listed once per document (``Token.sent`` scans for its sentence each time)."""
    found = getattr(ctx, "_carry_sentences", None)
    if found is None:
        found = list(ctx.doc.sents)
        ctx._carry_sentences = found  # type: ignore[attr-defined]
        ctx._carry_starts = [s.start for s in found]  # type: ignore[attr-defined]
    return found


def _sentence_at(ctx: DocContext, i: int) -> int:
    """The number of the sentence token ``i`` is in."""
    _sentences(ctx)
    return bisect_right(ctx._carry_starts, i) - 1  # type: ignore[attr-defined]


def _sentence_floor(doc: Doc, tok: Token, ctx: DocContext, reach: int = REACH) -> int:
    """The first token index of the sentence ``reach`` sentences before that of ``tok``."""
    return _sentences(ctx)[max(0, _sentence_at(ctx, tok.i) - reach)].start


def _country_word(tok: Token, ctx: DocContext) -> str | None:
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
    floor = _sentence_floor(doc, tok, ctx)
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
        country = _country_word(tok, ctx)
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
        if tok.lower_ not in ("up", "ups") or i < 2 or doc[i - 1].text != "-" or doc[i - 2].lower_ != "start" or i in ctx.refs or ctx.entity(doc[i]):
            continue
        if tok.dep_ == "appos" or (i + 1 < len(doc) and ctx.entity(doc[i + 1])):
            continue  # "Anthropic, the start-up" and "the start-up Anthropic" describe a name beside them
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")} | \
            {c.lower_ for c in doc[i - 2].children if c.dep_ in ("det", "nummod")}
        country = _country_word(tok, ctx)
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
        if tok.lower_ not in GROUP_WORDS or i in ctx.refs or ctx.entity(tok) or tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj"):
            continue
        if tok.lower_ == "both":
            if tok.pos_ not in ("PRON", "DET", "NOUN"):
                continue
        elif not (tok.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            continue  # "two signed …" alone is a count, not a reference
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "both of them", "the two of the firms": what follows says who
        n = GROUP_WORDS[tok.lower_]
        k = _sentence_at(ctx, i)
        for back in range(1, REACH + 1):
            if k - back < 0:
                break
            sent = _sentences(ctx)[k - back]
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
    floor = _sentence_floor(doc, tok, ctx)
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
    """``Samsung and SK Hynix … the companies' plants``: a plural description after a bare ``the`` refers to the
    last list of actors of its types (``group_references``); not ``the companies that …`` nor ``the companies
    Baidu and Tencent``, nor ``the Chinese companies`` (a group of a country, read by the rules)."""
    table: dict[str, list[str]] = ctx.lex.structure.get("group_references", {})
    for tok in ctx.find(doc[:], set(table)):
        i = tok.i
        if tok.lower_ not in table or i in ctx.refs or ctx.entity(tok) or tok.tag_ not in ("NNS", "NNPS"):
            continue
        children = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" and c.i == tok.i - 1 for c in children):
            continue  # only "the companies": any other modifier makes it a new group
        if any(c.dep_ in ("relcl", "acl", "prep", "appos") for c in children) or \
                (i + 1 < len(doc) and ctx.entity(doc[i + 1])):
            continue
        found = _last_list(doc, ctx, tok, set(table[tok.lower_]))
        if found:
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
        k = _sentence_at(ctx, tok.i)
        n, sent = _count(tok), _sentences(ctx)[k]
        names: list[str] = []
        if k + 1 < len(_sentences(ctx)):
            nxt = _sentences(ctx)[k + 1]
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
        if tok.lower_ not in ("it", "its") or i in ctx.refs or (tok.lower_ == "it" and tok.dep_ not in ("dobj", "dative", "pobj")):
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
    k = _sentence_at(ctx, tok.i)
    floor, start = _sentence_floor(doc, tok, ctx), _sentences(ctx)[k].start
    previous = _sentences(ctx)[max(0, k - 1)].start
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


#: predicates whose agentless passive takes its agent from the sentence before (``X sanctioned A. B was also
#: sanctioned.``): the decisions of one authority that news lists one after another
CARRIED_PREDICATES = ("sanctions", "restrictsExportsTo")
#: words in a passive's subject that deny it: ``neither X nor Y was``, ``none of them was``
NEGATED_SUBJECT = {"neither", "nor", "none", "no"}


def _carried_verbs(ctx: DocContext) -> tuple[dict[str, set[str]], dict[int, list[Token]]]:
    """The verbs (taking a direct object) of each carried predicate, and the document's tokens of them by
    sentence start: looked up once per document through the document index."""
    found = getattr(ctx, "_carried_verbs", None)
    if found is None:
        lemmas = {p: {lemma for lemma, entries in ctx.lex.verbs.items()
                      if any(q == p and "dobj" in slots for q, slots in entries)} for p in CARRIED_PREDICATES}
        by_sent: dict[int, list[Token]] = {}
        every = set().union(*lemmas.values())
        for tok in ctx.find(ctx.doc[:], every):
            if tok.lemma_ in every and tok.pos_ == "VERB":
                by_sent.setdefault(_sentences(ctx)[_sentence_at(ctx, tok.i)].start, []).append(tok)
        found = (lemmas, by_sent)
        ctx._carried_verbs = found  # type: ignore[attr-defined]
    return found


def carried_subject_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Treasury sanctioned A on Monday. Also designated were B and C.``: a passive of a sanctions or export
    verb with no agent takes the subject of the same relation stated in the sentence before (two at most)."""
    by_predicate, verbs = _carried_verbs(ctx)
    here = verbs.get(sent.start)
    if not here:
        return
    for predicate in CARRIED_PREDICATES:
        lemmas = by_predicate[predicate]
        for tok in here:
            if tok.tag_ != "VBN" or tok.lemma_ not in lemmas or any(c.dep_ == "agent" for c in tok.children):
                continue
            # "B was sanctioned"; inverted, "Also designated were B and C" (the names hang on "were")
            named = [c for c in tok.children if c.dep_ == "nsubjpass"] + \
                [g for c in tok.children if c.dep_ == "auxpass" for g in c.children if g.dep_ in ("attr", "nsubj")]
            objects = [a for c in named for a in ctx.actors(c) if ctx.is_actor(a)]
            if not objects or ctx.negated(tok) or any(t.lower_ in NEGATED_SUBJECT for c in named for t in c.subtree):
                continue  # "Neither the company nor its founder was sanctioned"
            subjects: list[str] = []
            k = _sentence_at(ctx, sent.start)
            for back in (1, 2):
                if k - back < 0 or subjects:
                    break
                before = _sentences(ctx)[k - back]
                for verb in verbs.get(before.start, []):
                    if verb.lemma_ in lemmas and not ctx.negated(verb):
                        subjects = [a for a in ctx.subjects(verb) if ctx.is_actor(a) and a not in objects]
                        if subjects:
                            break
            for s in subjects:
                for o in objects:
                    yield Candidate(s, predicate, o, "carry:subject", ctx.status(tok), sent)


def head_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``President Joe Biden``, ``Prime Minister Fumio Kishida``: a head-of-state title with no country or body
    in front of it makes the person the leader of the country they belong to, when the document names it;
    ``Foreign Minister Sergei Lavrov``, a minister's or envoy's, one who works for it."""
    doc = ctx.doc
    for person in ctx.ents_in(sent):
        pid = person.kb_id_
        if ctx.type_of(pid) != "Person":
            continue
        i, words = person.start - 1, []
        while i >= sent.start and (doc[i].lower_ in HEAD_OF_STATE | NOT_HEAD | TITLE_FILLERS | OFFICIAL_TITLES
                                   | OFFICIAL_FILLERS) and not ctx.entity(doc[i]):
            words.insert(0, doc[i].lower_)
            i -= 1
        if any(w in HEAD_OF_STATE for w in words) and not any(w in NOT_HEAD for w in words) and \
                ("prime" in words) == ("minister" in words) and not set(words) & OFFICIAL_FILLERS:
            predicate = "leaderOf"
        elif set(words) & OFFICIAL_TITLES and "prime" not in words and not set(words) & HEAD_OF_STATE:
            predicate = "worksFor"
        else:
            continue
        if i >= sent.start and (ctx.entity(doc[i]) or doc[i].lower_ in POSSESSIVE | {"its", "their", "his", "her"}
                                or doc[i].pos_ in ("PROPN", "ADJ")):
            continue  # "Russian President …", "Microsoft President …", "its president …": the title rule reads it
        person_entity = ctx.entities.get(pid)
        country = person_entity.country if person_entity else None
        if country and country in ctx.entities and ctx.type_of(country) == "Country" \
                and ctx.leaders.get(pid) in (None, country):
            yield Candidate(pid, predicate, country, "title:country", "asserted", sent)
