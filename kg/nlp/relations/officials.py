"""Officials whose country a title gives without naming it in front of them (GUIDELINES.md: ministers, advisers
and envoys work for their country).

- a title that belongs to one country's government: ``Secretary of State Ann Lee``, ``national security adviser
  Tom Hale``, ``Chief Cabinet Secretary Ken Sato`` (``national_titles`` in ``data/lexicon/structure.json``);
- a counterpart: ``Defence Minister A met his Russian counterpart, B`` (B holds the title A holds, for Russia:
  a minister's counterpart works for it, a president's leads it);
- a leader's own official: ``Kenyan President A and his trade minister, B`` (B works for the leader's country).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.mentions import POSSESSIVE

#: words before a title that leave it the title of no one else (``the former Secretary of State X``)
NEUTRAL = {"the", "a", "former", "then", "deputy", "acting", "his", "her", "their", "and", ",", "by", "with"}
#: titles that make their holder the head of a state, and those of its officials
HEAD_WORDS = {"president", "premier", "chancellor", "king", "queen", "emir", "leader"}
OFFICIAL_WORDS = {"minister", "secretary", "adviser", "advisor", "ambassador", "envoy", "spokesman",
                  "spokeswoman", "spokesperson"}
NOT_HEAD = {"vice", "deputy", "assistant", "acting"}
PRONOUNS = {"his", "her"}


Title = tuple[str, str | None]  # the country, a word of the name of the department the title heads


def _national_titles(lex: Lexicon) -> dict[tuple[str, ...], Title]:
    """The national titles of the lexicon as word tuples (made once per lexicon)."""
    return lexicon_memo(lex, "national_titles", lambda: {
        tuple(k.split()): (v[0], v[1]) for k, v in lex.value("national_titles").items() if not k.startswith("_")})


def _title_before(ctx: DocContext, sent: Span, end: int,
                  table: dict[tuple[str, ...], Title]) -> tuple[int, Title | None]:
    """(start, title) of the longest national title ending just before token ``end`` (a comma between them
    allowed: ``his national security adviser, X``); (-1, None) when there is none."""
    doc = ctx.doc
    if end - 1 >= sent.start and doc[end - 1].text == ",":
        end -= 1
    best: tuple[int, Title | None] = (-1, None)
    for words, title in table.items():
        start = end - len(words)
        if start >= sent.start and tuple(t.lower_ for t in doc[start:end]) == words:
            if best[0] < 0 or start < best[0]:
                best = (start, title)
    return best


def _department(ctx: DocContext, country: str, word: str | None) -> str | None:
    """The department of ``country`` the document names whose name has ``word`` (``United States Department of
    Commerce`` for a commerce secretary), or None."""
    if word is None:
        return None
    for e in ctx.entities.values():
        if e.type != "Organization" or e.country not in (None, country):
            continue
        if any(word in name.lower().replace(",", " ").split() for name in [e.label, *e.aliases]):
            return e.id
    return None


def _national_words(lex: Lexicon) -> set[str]:
    return {words[-1] for words in _national_titles(lex)}


@triggered_by(_national_words)
def national_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Secretary of State Ann Lee said …``, ``his national security adviser, Tom Hale``: a title only one
    country's government has makes its holder work for that country, when the document names it and nothing
    in front of the title names another (``British …``, ``India's …``)."""
    table = _national_titles(ctx.lex)
    doc = ctx.doc
    for person in ctx.ents_in(sent):
        pid = person.kb_id_
        if ctx.type_of(pid) != "Person" or pid in ctx.leaders:
            continue
        start, title = _title_before(ctx, sent, person.start, table)
        if title is None or title[0] not in ctx.entities:
            continue
        country = title[0]
        before = doc[start - 1] if start - 1 >= sent.start else None
        if before is not None and ctx.entity(before) == country and title[1] is None:
            before = None  # "U.S. national security adviser X": the title's own country in front of it
        if before is not None and (ctx.entity(before) or before.lower_ in POSSESSIVE or
                                   before.pos_ in ("PROPN", "ADJ") and before.lower_ not in NEUTRAL):
            continue  # "British Foreign Secretary X", "India's national security adviser X": the title rule's
        e = ctx.entities.get(pid)
        if e is not None and e.country not in (None, country):
            continue
        deputy = before is not None and before.lower_ in ("deputy", "acting")
        body = None if deputy else _department(ctx, country, title[1])
        if body is not None:  # "Commerce Secretary X" in a text that names the Commerce Department: its head
            yield Candidate(pid, "leaderOf", body, "title:national-body", "asserted", sent)
        else:
            yield Candidate(pid, "worksFor", country, "title:national", "asserted", sent)


def _title_words_before(ctx: DocContext, sent: Span, start: int) -> tuple[list[str], int]:
    """The lowercase title words right before a mention (``Defence Minister`` of ``Defence Minister X``) and
    the index of the token before them."""
    doc, i, words = ctx.doc, start - 1, []
    while i >= sent.start and not ctx.entity(doc[i]) and doc[i].is_alpha and len(words) < 5 and \
            (doc[i].is_title or doc[i].lower_ in OFFICIAL_WORDS | HEAD_WORDS | NOT_HEAD):
        words.insert(0, doc[i].lower_)
        i -= 1
    return words, i


def _kind_of(ctx: DocContext, sent: Span, person: Span) -> str | None:
    """leaderOf for a head of state or government, worksFor for an official, from the title in front of the
    person (``President X``, ``Defence Minister X``) or what the gazetteer says they lead."""
    words, _ = _title_words_before(ctx, sent, person.start)
    if set(words) & NOT_HEAD:
        return "worksFor" if set(words) & (HEAD_WORDS | OFFICIAL_WORDS | {"prime"}) else None
    if set(words) & HEAD_WORDS or "prime" in words and "minister" in words:
        return "leaderOf"
    if set(words) & OFFICIAL_WORDS:
        return "worksFor"
    led = ctx.leaders.get(person.kb_id_)
    return "leaderOf" if led is not None and ctx.type_of(led) == "Country" else None


@triggered_by(lambda lex: {"counterpart", "counterparts"})
def counterpart_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Defence Minister A met his Russian counterpart, B``, ``President A and his Chinese counterpart B``: B
    holds for Russia (China) the office A holds: works for it after a minister, leads it after a president."""
    doc = ctx.doc
    people = [e for e in ctx.ents_in(sent) if ctx.type_of(e.kb_id_) == "Person"]
    for tok in ctx.find(sent, {"counterpart", "counterparts"}):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        countries = [a for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                     and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False)
                     if ctx.type_of(a) == "Country"]
        if len(countries) != 1:
            continue
        # the counterpart named right after the noun (a comma between them allowed), or just before its phrase:
        # "B, his Russian counterpart"
        at = tok.i + 2 if tok.i + 1 < sent.end and doc[tok.i + 1].text == "," else tok.i + 1
        named = [p for p in people if p.start == at]
        edge = tok.left_edge.i
        if not named and edge - 1 > sent.start and doc[edge - 1].text == ",":
            named = [p for p in people if p.end == edge - 1]
        # whose counterpart: the nearest person before (``his``)
        before = [p for p in people if p.end <= min(tok.i, named[0].start if named else tok.i)
                  and p.kb_id_ != (named[0].kb_id_ if named else "")]
        if not named or not before:
            continue
        # a counterpart is a peer: of a minister a minister, else (a president, or a title not read) a leader
        kind = _kind_of(ctx, sent, before[-1]) or "leaderOf"
        if named[0].kb_id_ == before[-1].kb_id_:
            continue
        yield Candidate(named[0].kb_id_, kind, countries[0], "title:counterpart", "asserted", sent)


def _led_country(ctx: DocContext, sent: Span, person: Span) -> str | None:
    """The country a person heads: by the gazetteer, or by the title in front (``Kenyan President X``)."""
    led = ctx.leaders.get(person.kb_id_)
    if led is not None and ctx.type_of(led) == "Country":
        return led
    words, i = _title_words_before(ctx, sent, person.start)
    if not (set(words) & HEAD_WORDS or "prime" in words) or set(words) & NOT_HEAD or i < sent.start:
        return None
    if ctx.doc[i].lower_ in POSSESSIVE:
        i -= 1
    country = ctx.entity(ctx.doc[i]) if i >= sent.start else None
    return country if country and ctx.type_of(country) == "Country" else None


@triggered_by(lambda lex: PRONOUNS)
def leader_aide_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Kenyan President A and his trade minister, B``, ``A, accompanied by her foreign minister B``: the
    official of a head of state works for the state."""
    doc = ctx.doc
    people = [e for e in ctx.ents_in(sent) if ctx.type_of(e.kb_id_) == "Person"]
    for tok in ctx.find(sent, PRONOUNS):
        # "his" + up to four lowercase words ending in an official's title + the name
        i, words = tok.i + 1, []
        while i < sent.end and len(words) < 4 and doc[i].is_alpha and doc[i].is_lower and not ctx.entity(doc[i]):
            words.append(doc[i].lower_)
            i += 1
        if not words or words[-1] not in OFFICIAL_WORDS:
            continue
        at = i + 1 if i < sent.end and doc[i].text == "," else i
        named = [p for p in people if p.start == at]
        leaders = [p for p in people if p.end <= tok.i]
        if not named or not leaders:
            continue
        country = _led_country(ctx, sent, leaders[-1])
        if country is None or ctx.negated(tok.head):
            continue
        yield Candidate(named[0].kb_id_, "worksFor", country, "title:leader-aide", "asserted", sent)


#: titles of one who speaks for a body, which a text often gives with no body in front of them
SPEAKER_WORDS = {"spokesman", "spokeswoman", "spokesperson"}


@triggered_by(lambda lex: SPEAKER_WORDS)
def bare_speaker_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Kremlin agreed on one point: spokesman Dmitry Peskov said …``: a spokesman named with no body in front
    of the title speaks for the one organisation the sentence names before him."""
    doc = ctx.doc
    for tok in ctx.find(sent, SPEAKER_WORDS):
        person = [e for e in ctx.ents_in(sent) if e.start == tok.i + 1 and ctx.type_of(e.kb_id_) == "Person"]
        before = doc[tok.i - 1] if tok.i - 1 >= sent.start else None
        if not person or before is None or ctx.entity(before) or before.pos_ in ("PROPN", "ADJ", "NOUN") or \
                before.lower_ in POSSESSIVE | PRONOUNS | {"its", "their", "a", "an", "the"}:
            continue  # "Huawei spokesman X", "its spokesman X": the title rules read those
        orgs = {e.kb_id_ for e in ctx.ents_in(sent) if e.end <= tok.i and ctx.type_of(e.kb_id_) == "Organization"}
        if len(orgs) != 1:
            continue
        yield Candidate(person[0].kb_id_, "worksFor", orgs.pop(), "title:bare-speaker", "asserted", sent)


@triggered_by(lambda lex: lex.words("employment_verbs"))
def employment_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Anna Berg, who works for Nokia``, ``she worked at Siemens``, ``Berg is employed by Siemens``: a person who
    works for or at an organisation (is employed by it) works for it."""
    preps = set(ctx.lex.words("employment_preps"))
    for verb in ctx.find(sent, ctx.lex.words("employment_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):  # "is employed by Siemens"
            people = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
            if verb.dep_ == "acl":  # "Anna Berg, employed by Siemens since 2019"
                people += ctx.actors(verb.head, conj=False)
            bodies = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                      for a in ctx.actors(p)]
        elif verb.lemma_ == "work":
            people = ctx.subjects(verb)
            bodies = [a for p in ctx.pobjs(verb, preps) for a in ctx.actors(p, groups=False)]
        else:
            continue
        for s in dict.fromkeys(a for a in people if ctx.type_of(a) == "Person"):
            for o in dict.fromkeys(a for a in bodies if ctx.type_of(a) == "Organization"):
                yield Candidate(s, "worksFor", o, "verb:works-for", "asserted", sent)
