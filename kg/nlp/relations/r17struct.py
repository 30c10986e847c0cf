"""Structure and rivalry in the shapes short news copy uses (branch r17struct): a fronted participle that
describes the subject of the main clause (``Hired by X as its chief economist, P …``, ``Majority-owned by X, Y …``,
``Headquartered in C, Y …``, ``Known for its robots, Y …``, ``Competing with X, Y …``), a title a noun carries
(``P's stint as X's finance director``), a title with no body named after a company that names or announces it
(``X named P as chief executive``, ``X said P will take over as chairman``), a board seat or a post held at a body,
``whose chairman is P``, a leading verb the parser misreads (``P chairs X``), ``will become part of X``,
headquarters set up or moved to a country, and ``puts X in competition with Y``.

Word lists: data/lexicon/structure.json (``r17struct_…``), the title words of :mod:`kg.nlp.relations.titles`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.structure import org_in
from kg.nlp.relations.titles import entity_kind, title_kind, title_words, titles


def _kind(words: list[str], org: str, ctx: DocContext) -> str | None:
    """leaderOf / worksFor for the title ``words`` held at ``org`` (None when the words make no title)."""
    return title_kind(words, entity_kind(org, ctx), ctx.lex_memo("titles", lambda: titles(ctx.lex)))


def _orgs(toks: list[Token], ctx: DocContext) -> list[str]:
    """The bodies (not persons, not technologies) the noun phrases ``toks`` name."""
    return [a for t in toks for a in ctx.actors(t) if ctx.type_of(a) not in ("Person", "Technology")]


def _main_subject(sent: Span) -> Token | None:
    """The subject of the sentence's main verb when a comma closes what stands before it (a fronted clause)."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i - 1 <= sent.start or sent.doc[subj.left_edge.i - 1].text != ",":
        return None
    return subj


def _fronted_words(sent: Span, end: int) -> list[Token]:
    """The words of the fronted clause ``sent.start .. end`` without a leading ``Re -`` / adverb."""
    toks = [t for t in sent.doc[sent.start:end]]
    while toks and (toks[0].lower_ in ("re", "-", "now", "first", "originally", "long", "since", "best", "most")
                    or toks[0].pos_ == "ADV" and toks[0].lower_ not in ("not", "never", "formerly", "once")):
        toks = toks[1:]
    return toks


def _fronted_table(lex: Lexicon) -> dict[str, set[str]]:
    """Kind -> the fronted participles that say it of the main clause's subject."""
    return {"part": lex.words("r17struct_owned_participles"), "based": lex.words("r17struct_seated_participles"),
            "focus": lex.words("r17struct_known_participles"), "rival": lex.words("r17struct_competing_participles"),
            "hired": lex.words("r17struct_hired_participles"), "named": lex.words("r17struct_named_participles")}


def _fronted_kinds(ctx: DocContext) -> dict[str, str]:
    """Word -> kind of the fronted participles (:func:`_fronted_table`)."""
    return {w: kind for kind, ws in _fronted_table(ctx.lex).items() for w in ws}


@triggered_by(lambda lex: set().union(*_fronted_table(lex).values()))
def fronted_participle_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Majority-owned by Tencent, Kuaishou …`` (partOf), ``Headquartered in Norway, Kahoot …`` (basedIn),
    ``Famous for its drones, Parrot …`` (focusesOn), ``Competing with Temu, Shein …`` (competesWith),
    ``Hired by the World Bank in 2019, P …`` (worksFor), ``Elected president of Chile in 2021, P …`` (leaderOf):
    the fronted participle describes the main clause's subject. Nothing after ``not``, ``no longer``,
    ``formerly`` or ``once`` (for a part or a seat), nor when the participle has a subject of its own."""
    subj = _main_subject(sent)
    if subj is None:
        return
    words = _fronted_words(sent, subj.left_edge.i - 1)
    if not words or any(t.lower_ in ("not", "never", "no", "formerly", "once", "previously", "if", "unless")
                        for t in words) or any(t.dep_ in ("nsubj", "nsubjpass") for t in words):
        return
    lead = words[0]
    lemma = lead.lemma_.lower() if lead.text != "-" else ""
    lower = lead.lower_
    if "-" in lower:  # "Majority-owned", "Wholly-owned"
        lower = lower.rsplit("-", 1)[1]
        lemma = lower
    elif len(words) > 2 and words[1].text == "-":  # "Majority - owned": the parser's three tokens
        lower = lemma = words[2].lower_
        words = words[2:]
    kinds = ctx.lex_memo("r17struct:fronted", lambda: _fronted_kinds(ctx))
    kind = kinds.get(lower) or kinds.get(lemma)
    if not kind:
        return
    span_ids = [t.i for t in words]
    subjects = ctx.actors(subj)
    status = ctx.status(sent.root)
    if ctx.negated(sent.root):
        return

    def after(preps: tuple[str, ...]) -> list[str]:
        """The actors named right after one of ``preps`` inside the fronted clause."""
        out: list[str] = []
        for k, t in enumerate(words[:-1]):
            if t.lower_ in preps:
                nxt = words[k + 1]
                if nxt.lower_ == "the" and k + 2 < len(words):
                    nxt = words[k + 2]
                eid = ctx.entity(nxt)
                if eid and eid not in out:
                    out.append(eid)
        return out

    if kind == "part":
        parents = [o for o in after(("by",)) if ctx.type_of(o) == "Organization"]
        for child in subjects:
            if ctx.type_of(child) == "Organization":
                for parent in parents:
                    if parent != child:
                        yield Candidate(child, "partOf", parent, "part:fronted-participle", status, sent)
    elif kind == "based":
        places = [o for o in after(("in",)) if ctx.type_of(o) == "Country"]
        for org in subjects:
            if ctx.type_of(org) == "Organization":
                for place in places[:1]:
                    yield Candidate(org, "basedIn", place, "based:fronted-participle", status, sent)
    elif kind == "focus":
        techs = [ctx.entity(t) for t in words if ctx.entity(t) and ctx.type_of(ctx.entity(t) or "") == "Technology"]
        if not any(t.lower_ == "for" for t in words):
            return
        for org in subjects:
            if ctx.type_of(org) in ("Organization", "Country"):
                for tech in dict.fromkeys(techs):
                    yield Candidate(org, "focusesOn", tech or "", "focus:fronted-participle", status, sent)
    elif kind == "rival":
        rivals = [o for o in after(("with", "against")) if ctx.type_of(o) in ("Organization", "Country")]
        for org in subjects:
            if ctx.type_of(org) in ("Organization", "Country"):
                for rival in rivals:
                    if rival != org:
                        yield Candidate(org, "competesWith", rival, "rival:fronted-participle", status, sent)
    elif kind in ("hired", "named"):
        people = [p for p in subjects if ctx.type_of(p) == "Person"]
        if not people:
            return
        bodies = after(("by",)) if kind == "hired" else []
        role: str | None = "worksFor" if bodies else None
        as_tok = next((t for t in words if t.lower_ == "as"), None)
        title_end = None
        if as_tok is not None or kind == "named":
            start = as_tok.i + 1 if as_tok is not None else words[0].i + 1
            k = start
            while k in span_ids and ctx.doc[k].lower_ != "of" and (
                    ctx.doc[k].lower_ in ctx.lex_memo("titles", lambda: titles(ctx.lex)).words
                    or ctx.doc[k].lower_ in ("its", "the", "a", "an", "-")):
                k += 1
            title_end = k
            twords = [ctx.doc[j].lower_ for j in range(start, k)]
            if ctx.doc[k].lower_ == "of" if k in span_ids else False:
                owner = ctx.entity(ctx.doc[k + 1]) or (ctx.entity(ctx.doc[k + 2]) if ctx.doc[k + 1].lower_ == "the"
                                                       else None)
                bodies = [owner] if owner and ctx.type_of(owner) != "Person" else bodies
            if twords and bodies:
                role = _kind(twords, bodies[0], ctx) or role
        if title_end is None and kind == "named":
            return
        for pid in people:
            for body in bodies[:1]:
                if role and ctx.type_of(body) not in ("Person", "Technology"):
                    yield Candidate(pid, role, body, "title:fronted-participle", "asserted", sent)


@triggered_by(lambda lex: {"as"})
def noun_as_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ana Ruiz's stint as Repsol's finance director``, ``his years as chief executive of Nokia``: a title after
    ``as`` on a noun of a person's time in a post (``r17struct_tenure_nouns``), the person its possessor."""
    for prep in ctx.find(sent, {"as"}):
        noun = prep.head
        if prep.dep_ != "prep" or noun.lemma_ not in ctx.lex.words("r17struct_tenure_nouns") or noun.pos_ != "NOUN":
            continue
        people = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                  if ctx.type_of(a) == "Person"]
        for title_tok in (c for c in prep.children if c.dep_ == "pobj" and not ctx.entity(c)):
            orgs = org_in(title_tok, ctx)
            kind = _kind(title_words(title_tok), orgs[0], ctx) if orgs else None
            for pid in people if kind else []:
                yield Candidate(pid, kind or "", orgs[0], "title:tenure-as", "asserted", sent)


@triggered_by(lambda lex: {"as"})
def announced_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Carlsberg named Jacob Aarup-Andersen as chief executive`` (the naming body), ``Diageo said Debra Crew will
    take over as chief executive`` (the announcing body; planned): a title without a body of its own."""
    for prep in ctx.find(sent, {"as"}):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        titles_ = [c for c in prep.children if c.dep_ == "pobj" and not ctx.entity(c) and not org_in(c, ctx)
                   and not any(g.dep_ == "prep" for g in c.children)]
        if not titles_:
            continue
        if verb.lemma_ in ctx.lex.words("r17struct_naming_verbs"):
            people = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c)
                      if ctx.type_of(a) == "Person"]
            bodies = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"] \
                if any(c.dep_ == "nsubj" for c in verb.children) else []
        elif verb.lemma_ in ctx.lex.words("r17struct_taking_verbs") | ctx.lex.words("r17struct_leaving_verbs") and \
                verb.dep_ == "ccomp" and \
                verb.head.lemma_ in ctx.lex.words("r17struct_announcing_verbs"):
            people = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Person"]
            bodies = [a for a in ctx.subjects(verb.head) if ctx.type_of(a) == "Organization"]
        else:
            continue
        for title_tok in titles_:
            for body in bodies[:1]:
                kind = _kind(title_words(title_tok), body, ctx)
                # "will step down as chairman", "will retire as chief executive": the post is held now
                held = verb.lemma_ in ctx.lex.words("r17struct_leaving_verbs") or any(
                    c.dep_ == "prt" and c.lower_ in ("down", "aside") for c in verb.children)
                for pid in people if kind else []:
                    yield Candidate(pid, kind or "", body, "title:announced",
                                    "asserted" if held else ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17struct_seat_nouns"))
def seat_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``P sits on the supervisory board of Siemens``, ``P and Q held senior posts at the OECD``: a person with a
    seat or a post at a body works for it."""
    for noun in ctx.find(sent, ctx.lex.words("r17struct_seat_nouns")):
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.lemma_ not in ctx.lex.words("r17struct_seat_verbs") or ctx.negated(verb):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ not in ("on", "in"):
            continue
        bodies = [a for p in ctx.pobjs(noun, {"of", "at"}) for a in _orgs([p], ctx)]
        bodies += [a for p in ctx.pobjs(verb, {"at"}) for a in _orgs([p], ctx) if a not in bodies]
        people = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Person"]
        for pid in people:
            for body in bodies[:1]:
                yield Candidate(pid, "worksFor", body, "title:seat", ctx.status(verb), sent)


@triggered_by(lambda lex: {"whose"})
def whose_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ryanair, whose chief executive is Michael O'Leary``: the body of the clause, the person its complement."""
    for whose in ctx.find(sent, {"whose"}):
        title_tok = whose.head
        verb = title_tok.head
        if title_tok.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ != "relcl" or ctx.negated(verb):
            continue
        bodies = [a for a in ctx.actors(verb.head, conj=False) if ctx.type_of(a) not in ("Person", "Technology")]
        people = [a for c in verb.children if c.dep_ == "attr" for a in ctx.actors(c) if ctx.type_of(a) == "Person"]
        for body in bodies[:1]:
            kind = _kind(title_words(title_tok), body, ctx)
            for pid in people if kind else []:
                yield Candidate(pid, kind or "", body, "title:whose", "asserted", sent)


@triggered_by(lambda lex: lex.words("r17struct_leading_forms"))
def leading_verb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ana Botín chairs Santander``: a person's name, a leading verb and a body's name in a row, read by their
    order when the parser makes the verb part of a name."""
    doc = ctx.doc
    for verb in ctx.find(sent, ctx.lex.words("r17struct_leading_forms")):
        forms = ctx.lex.words("r17struct_leading_forms")
        if verb.i == sent.start or verb.i + 1 >= sent.end or verb.lower_ not in forms:
            continue
        person, body = ctx.entity(doc[verb.i - 1]), ctx.entity(doc[verb.i + 1])
        if person and body and ctx.type_of(person) == "Person" and \
                ctx.type_of(body) in ("Organization", "Country", "InternationalOrganization"):
            yield Candidate(person, "leaderOf", body, "title:leading-verb", "asserted", sent)


@triggered_by(lambda lex: lex.words("r17struct_becoming_verbs"))
def become_part_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Juniper will become part of HPE``, ``X became a unit of Y``: partOf (planned when it is still to come)."""
    for verb in ctx.find(sent, ctx.lex.words("r17struct_becoming_verbs")):
        if verb.pos_ not in ("VERB", "AUX") or ctx.negated(verb):
            continue
        for attr in (c for c in verb.children if c.dep_ in ("attr", "oprd", "acomp")):
            if attr.lemma_ not in ctx.lex.words("part_of_nouns") | {"part"}:
                continue
            parents = [a for p in ctx.pobjs(attr, {"of"}) for a in _orgs([p], ctx)
                       if ctx.type_of(a) == "Organization"]
            for child in ctx.subjects(verb):
                for parent in parents[:1]:
                    if ctx.type_of(child) == "Organization" and child != parent:
                        yield Candidate(child, "partOf", parent, "part:become", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17struct_seat_of_business"))
def headquarters_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Celonis, which has its headquarters in Germany``, ``Kaspi moved its head office to Kazakhstan``,
    ``Binance plans to set up its headquarters in Dubai`` (planned): basedIn the country of the seat."""
    for noun in ctx.find(sent, ctx.lex.words("r17struct_seat_of_business")):
        if noun.dep_ != "dobj" or noun.head.lemma_ not in ctx.lex.words("r17struct_seat_verbs_hq"):
            continue
        verb = noun.head
        if ctx.negated(verb) or any(c.dep_ == "prep" and c.lower_ in ("from", "out") for c in verb.children):
            continue
        home = ctx.lex.words("r17struct_home_seat_modifiers")
        if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in home for c in noun.children):
            continue  # "its European headquarters in Germany": a regional seat, not the home
        places = [a for p in list(ctx.pobjs(verb, {"in", "to"})) + list(ctx.pobjs(noun, {"in"}))
                  for a in ctx.actors(p, conj=False) if ctx.type_of(a) == "Country"]
        for org in ctx.subjects(verb):
            if ctx.type_of(org) == "Organization":
                for place in places[:1]:
                    yield Candidate(org, "basedIn", place, "based:headquarters", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17struct_contest_nouns"))
def put_in_competition_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The launch puts Kuaishou in direct competition with Douyin``: the object of the verb and the partner of
    ``with`` compete."""
    for noun in ctx.find(sent, ctx.lex.words("r17struct_contest_nouns")):
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.lemma_ not in \
                ctx.lex.words("r17struct_placing_verbs"):
            continue
        verb = noun.head.head
        if ctx.negated(verb):
            continue
        sides = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c, conj=False)
                 if ctx.type_of(a) in ("Organization", "Country")]
        rivals = [a for p in ctx.pobjs(noun, {"with"}) for a in ctx.actors(p)
                  if ctx.type_of(a) in ("Organization", "Country")]
        for a in sides:
            for b in rivals:
                if a != b:
                    yield Candidate(a, "competesWith", b, "rival:put-in-competition", ctx.status(verb), sent)


@triggered_by(types=("Person",))
def second_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Siemens chairman Jim Snabe and chief executive Roland Busch``: the second title of a pair of titled names
    has no body of its own; it is the body the first title names."""
    doc, words = ctx.doc, ctx.lex_memo("titles", lambda: titles(ctx.lex)).words
    people = list(ctx.index.ents_typed(sent, "Person", ctx.type_of))
    for first, second in zip(people, people[1:]):
        between = doc[first.end:second.start]
        if not between or between[0].lower_ != "and" or len(between) < 2 or \
                not all(t.lower_ in words and t.lower_ != "of" for t in between[1:]):
            continue
        i, title = first.start - 1, []
        while i >= sent.start and doc[i].lower_ in words and doc[i].lower_ != "of" and not ctx.entity(doc[i]):
            title.insert(0, doc[i].lower_)
            i -= 1
        if i >= sent.start and doc[i].lower_ in ("'s", "’s"):
            i -= 1
        owner = ctx.entity(doc[i]) if i >= sent.start and title else None
        if owner is None or ctx.type_of(owner) in ("Person", "Technology"):
            continue
        kind = _kind([t.lower_ for t in between[1:]], owner, ctx)
        if kind:
            yield Candidate(second.kb_id_ or ctx.entity(second[0]) or "", kind, owner, "title:second-title",
                            "asserted", sent)


@triggered_by(lambda lex: lex.words("leader_verbs"))
def referred_leader_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Brian Niccol joined Starbucks in 2024. He now runs the company.``: a leading verb whose subject or object
    is a reference (a pronoun, a description) to a person and a body named before."""
    for verb in ctx.find(sent, ctx.lex.words("leader_verbs")):
        if verb.pos_ != "VERB" or verb.lemma_ in ("found", "direct") or ctx.negated(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if subj is None or not objs or (ctx.entity(subj) and all(ctx.entity(o) for o in objs)):
            continue  # both named: the title rules read it
        people = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Person"]
        # "will lead the new unit": a part of the body, not the body ("the company", "it" are the body)
        parts = ctx.lex_memo("r17struct:parts", lambda: ctx.lex.words("part_nouns") | ctx.lex.words("unit_words"))
        bodies = [a for o in objs if not any(c.dep_ in ("poss", "prep", "amod", "compound") for c in o.children)
                  and o.lemma_ not in parts for a in ctx.actors(o, conj=False)
                  if ctx.type_of(a) in ("Organization", "Country")]
        for pid in people:
            for body in bodies[:1]:
                yield Candidate(pid, "leaderOf", body, "title:referred-leader", ctx.status(verb), sent)


def heads_not_staff(candidates: list[Candidate]) -> list[Candidate]:
    """Without the ``worksFor`` read from joining or being hired by a body (``P joined X in 2018``) when the
    document also says P heads it (``He has run the company since``): the gold gives a head ``leaderOf`` alone.
    A worksFor read from a title stays (the document may name two posts).

    >>> from types import SimpleNamespace as NS
    >>> cs = [Candidate("p", "worksFor", "x", "r12lex:join-employer", "asserted", NS(start=0)),
    ...       Candidate("p", "leaderOf", "x", "r", "asserted", NS(start=5))]
    >>> [c.predicate for c in heads_not_staff(cs)]
    ['leaderOf']
    """
    heads = {(c.subject, c.object) for c in candidates if c.predicate == "leaderOf"}
    return [c for c in candidates if c.predicate != "worksFor" or (c.subject, c.object) not in heads
            or not c.rule.endswith("-employer")]


@triggered_by(lambda lex: lex.words("rival_words"))
def named_rivals_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei's rivals, Ericsson and Nokia, cut jobs``, ``Among Huawei's competitors are Ericsson and Nokia``:
    the names set beside or equated with an actor's rivals compete with it."""
    for noun in ctx.find(sent, ctx.lex.words("rival_words")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                  if ctx.type_of(a) in ("Organization", "Country")]
        if not owners:
            continue
        # the names set off by a comma, which the parser may also read as conjuncts of the noun
        named = [a for c in noun.children if c.dep_ == "appos" or c.dep_ == "conj" and ctx.entity(c) and
                 c.i > noun.i + 1 and ctx.doc[noun.i + 1].text == "," for a in ctx.actors(c)]
        if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be" and \
                not ctx.negated(noun.head.head):
            named += [a for c in noun.head.head.children if c.dep_ in ("nsubj", "attr") for a in ctx.actors(c)]
        for owner in owners:
            for rival in dict.fromkeys(named):
                if rival != owner and ctx.type_of(rival) in ("Organization", "Country"):
                    yield Candidate(owner, "competesWith", rival, "rival:named-rivals", "asserted", sent)


@triggered_by(lambda lex: lex.words("r17struct_core_nouns"))
def core_business_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Check Point's core business is cybersecurity``, ``Robotics is the main focus of Fanuc``: a body's
    business or focus equated with a technology."""
    for noun in ctx.find(sent, ctx.lex.words("r17struct_core_nouns")):
        verb = noun.head
        if noun.dep_ not in ("nsubj", "attr") or verb.lemma_ != "be" or ctx.negated(verb):
            continue
        other = [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != noun.i]
        owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        owners += [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p, conj=False)]
        techs = [t for c in other for t in ctx.technologies(c)]
        for owner in owners:
            if ctx.type_of(owner) in ("Organization", "Country"):
                for tech in dict.fromkeys(techs):
                    yield Candidate(owner, "focusesOn", tech, "focus:core-business", ctx.status(verb), sent)


R17STRUCT_RULES = (fronted_participle_rule, noun_as_title_rule, announced_title_rule, seat_rule, whose_title_rule,
                   leading_verb_rule, become_part_rule, headquarters_rule, put_in_competition_rule,
                   second_title_rule, referred_leader_rule, named_rivals_rule,
                   core_business_rule)
