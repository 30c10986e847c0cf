"""Relations that hold across sentences: what an entity's canonical name says about its country, and leadership
handed on from a predecessor to a successor.

- ``… the Pentagon said. … the United States …``: the linker names the Pentagon ``United States Department of
  Defense``; a body whose canonical name ends in ``of <Country>`` (``Government of Hungary``, ``Ministry of
  Finance of South Korea``) or starts with a country's name is based in that country when the document names the
  country anywhere, not only in the same sentence (:func:`canonical_country_rule`).
- ``Yury Borisov, then head of Roscosmos, … His successor, Dmitry Bakanov, said …``, ``… attacked by his
  predecessor Liz Truss``, ``X, who replaced Y in November``: the other person of a succession holds the same
  office (GUIDELINES.md: former heads keep the relation their title gives); ``his Russian counterpart X``: the
  same office in that country. :func:`inherit_offices` runs after the rules, on what they found in the whole
  document.
- ``Foreign Minister X said …`` when the gazetteer does not know X: the country the sentence (or the subject of
  the sentence before) names is the one X serves (:func:`home_country`, for ``head_title_rule``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by


def _says_country(label: str, country: str) -> bool:
    """Whether an organisation's canonical name says a country's: ``… of (the) <country>`` or ``<country> …``.

    >>> _says_country("Ministry of Finance of South Korea", "South Korea"), _says_country("Korea Post", "Korea")
    (True, True)
    >>> _says_country("Embassy of China in the United Kingdom", "China")
    False
    """
    return label.endswith((" of " + country, " of the " + country)) or label.startswith(country + " ")


def _named_in_country(ctx: DocContext) -> dict[int, list[tuple[str, str]]]:
    """Sentence start -> (organisation, country) pairs whose canonical name says the country, each listed in the
    sentence of the organisation's first mention (once per document)."""
    countries = [(eid, e.label) for eid, e in ctx.entities.items() if e.type == "Country" and e.label]
    out: dict[int, list[tuple[str, str]]] = {}
    if not countries:
        return out
    first: dict[str, int] = {}
    for m in ctx.mentions:
        if m.kind != "inside" and m.start < first.get(m.entity_id, len(ctx.doc)):
            first[m.entity_id] = m.start
    starts = [s.start for s in ctx.index.sents]
    for eid, at in first.items():
        e = ctx.entities.get(eid)
        if e is None or e.type != "Organization":
            continue
        # a known country of its own decides: "Embassy of China in the United Kingdom" is China's
        found = [cid for cid, name in countries if e.country in (None, cid) and _says_country(e.label, name)]
        if len(found) == 1:
            out.setdefault(starts[bisect_right(starts, at) - 1], []).append((eid, found[0]))
    return out


@triggered_by(types=("Organization",))
def canonical_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Treasury said on Monday …`` in a text that names the United States: ``United States Department of
    the Treasury`` is based there; ``Government of Hungary``, ``Ministry of Defence of South Korea`` likewise. The
    relation is stated once, in the sentence of the organisation's first mention."""
    for org, country in ctx.index.memo("canonical_country", lambda: _named_in_country(ctx)).get(sent.start, []):
        yield Candidate(org, "basedIn", country, "based:canonical-name", "asserted", sent)


#: nouns that name the other holder of an office (``his successor``, ``her predecessor``)
SUCCESSION_NOUNS = frozenset({"successor", "predecessor"})
#: verbs whose subject and object held the same office one after the other (``X replaced Y``)
SUCCESSION_VERBS = frozenset({"replace", "replaced", "replaces", "succeed", "succeeded", "succeeds"})
#: the noun that names the holder of the same office in another country (``his Russian counterpart``)
COUNTERPART = "counterpart"
#: all of them, looked up once per document through the index
OFFICE_WORDS = SUCCESSION_NOUNS | SUCCESSION_VERBS | {COUNTERPART}


def _person(ctx: DocContext, tok: Token | None) -> str | None:
    """The person a token names or refers to (``his`` resolved by the reference step), else None."""
    if tok is None:
        return None
    ids = [ctx.mention_at[tok.i]] if tok.i in ctx.mention_at else ctx.refs.get(tok.i, [])
    return ids[0] if len(ids) == 1 and ctx.type_of(ids[0]) == "Person" else None


def _named_after(ctx: DocContext, tok: Token) -> str | None:
    """The person named right after a succession noun: ``his successor, Dmitry Bakanov``, ``predecessor Liz
    Truss``."""
    doc = ctx.doc
    i = tok.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return _person(ctx, doc[i]) if i < len(doc) and doc[i].sent.start == tok.sent.start else None


def _possessor(ctx: DocContext, tok: Token) -> str | None:
    """Whose successor or predecessor: ``his``/``her`` (resolved to a person), ``Sunak's``, ``whose``."""
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ == "whose":
            verb = tok
            while verb.dep_ != "relcl" and verb.head is not verb:
                verb = verb.head
            return _person(ctx, verb.head) if verb.dep_ == "relcl" else None
        return _person(ctx, c)
    return None


def _counterpart_country(ctx: DocContext, tok: Token) -> str | None:
    """The country a ``counterpart`` is of: ``his Russian counterpart``, ``Japan's counterpart``."""
    found = {ctx.mention_at[c.i] for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")
             and c.i in ctx.mention_at and ctx.type_of(ctx.mention_at[c.i]) == "Country"}
    return found.pop() if len(found) == 1 else None


def office_pairs(ctx: DocContext) -> list[tuple[str, str, Span, str | None]]:
    """(office holder, other holder, sentence, the other's country or None) for each pair of people the document
    says hold the same office: one after the other (the possessor of ``successor``/``predecessor`` and the person
    named after it; the subject and the object of ``replaced``/``succeeded``) or in another country (the
    possessor of ``his Russian counterpart`` and the person named after it, with that country)."""
    doc = ctx.doc
    pairs: list[tuple[str, str, Span, str | None]] = []
    for tok in ctx.find(doc[:], OFFICE_WORDS):
        country = None
        if tok.lower_ in SUCCESSION_NOUNS:
            one, other = _possessor(ctx, tok), _named_after(ctx, tok)
        elif tok.lower_ == COUNTERPART:
            country = _counterpart_country(ctx, tok)
            one, other = (_possessor(ctx, tok), _named_after(ctx, tok)) if country else (None, None)
        elif tok.lemma_ in SUCCESSION_VERBS and tok.pos_ == "VERB" and not ctx.negated(tok):
            subject = [c for c in tok.children if c.dep_ == "nsubj"]
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if subject and subject[0].lower_ in ("who", "that") and tok.dep_ == "relcl":
                subject = [tok.head]  # "President X, who replaced Y in November"
            one = _person(ctx, subject[0]) if subject else None
            other = _person(ctx, objects[0]) if objects else None
        else:
            continue
        if one and other and one != other:
            pairs.append((one, other, tok.sent, country))
    return pairs


def inherit_offices(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """``candidates`` with the offices the rules found for one person given to the other of a pair
    :func:`office_pairs` finds: ``his successor X`` and ``his predecessor X`` head what he heads, ``A, who
    replaced B``: B headed what A heads (only that way: the named one may have held other offices the possessor
    never held); ``his Russian counterpart X`` leads Russia as he leads his own country, or works for it as he
    works for his (then the leaderOf the title alone gave X is dropped: a minister's counterpart is a minister)."""
    if not ctx.index.sentences_with(OFFICE_WORDS):
        return candidates
    pairs = office_pairs(ctx)
    if not pairs:
        return candidates
    held: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.predicate in ("leaderOf", "worksFor"):
            held.setdefault(c.subject, []).append(c)
    added: list[Candidate] = []
    dropped: set[tuple[str, str]] = set()
    for holder, other, sent, country in pairs:
        own = {(d.predicate, d.object) for d in held.get(other, [])}
        for c in held.get(holder, []):
            if country is None and c.predicate == "leaderOf" and c.object != other:
                new = (c.predicate, c.object)
            elif country is not None and ctx.type_of(c.object) == "Country" and c.object != country:
                new = (c.predicate, country)
            else:
                continue
            if country is not None and new[0] == "worksFor" and \
                    not any(d.predicate == "leaderOf" and ctx.type_of(d.object) == "Country"
                            for d in held.get(holder, [])):
                dropped.add((other, country))
            if new not in own:
                own.add(new)
                rule = "title:counterpart" if country else "title:succession"
                added.append(Candidate(other, new[0], new[1], rule, "asserted", sent))
    kept = [c for c in candidates if not (c.predicate == "leaderOf" and (c.subject, c.object) in dropped)]
    return kept + added


#: nouns whose country modifier is the party an official in the sentence serves (``on the Russian side``)
SIDE_NOUNS = frozenset({"side", "delegation"})


def _home_status(ctx: DocContext, mention: Span) -> str:
    """Whether a country named in an official's sentence may be the one they serve (``home``), is one the clause
    acts on (``object``: ``rejected claims that it would provoke the United States``, ``in the Chinese port city
    of …``) or is the country of another organisation or person (``other``: ``a unit of Russian state corporation
    Rosatom``, ``China's ambassador, Chen Bo``, ``his Russian counterpart``, ``French companies``); ``Turkey's
    Ministry of Industry`` is the government the official may serve."""
    node = ctx.mention_root(ctx.doc[mention.start])
    while node.dep_ == "conj" and node.head is not node and ctx.mention_at.get(node.head.i):
        node = ctx.mention_root(node.head)  # "met France and Italy": a conjunct stands where the first name does
    own = ctx.mention_at.get(node.i, mention.kb_id_)
    modifier = False
    while True:
        for tok in [node] + [c for c in node.children if c.dep_ == "appos"]:
            other = ctx.mention_at.get(tok.i)
            if other and other != own:
                e = ctx.entities.get(other)
                return "home" if e is not None and e.subtype == "GovernmentBody" else "other"
        if node.dep_ not in ("amod", "compound", "nmod", "poss") or node.head is node:
            break
        node, modifier = node.head, True  # up from the modifier to the noun phrase it belongs to
    if modifier and node.lower_ in SIDE_NOUNS:
        return "home"  # "X took part in the talks on the Russian side", "signed for the Indian side"
    if modifier:
        return "other"  # "French companies said …": a group of that country, not the official's government
    return "object" if node.dep_ in ("dobj", "pobj", "dative") else "home"


def home_country(sent: Span, ctx: DocContext) -> str | None:
    """The country an official without a country of their own (not in the gazetteer) most likely serves, for
    ``Foreign Minister X said …``: the one country the sentence names (:func:`_home_status`) when it acts on no
    other country, else the one country
    that was the subject of the nearest sentence before (two at most) that had a country for its subject
    (``Hungary says … . Foreign Minister X said …``) unless the sentence gives that country to someone else;
    None when that is not one country."""
    status = {e.kb_id_: _home_status(ctx, e) for e in ctx.index.ents_typed(sent, "Country", ctx.type_of)}
    here = {c for c, st in status.items() if st == "home"}
    if len(here) > 1:
        return None
    # "said Croatia would pay France": one country acting on another says nothing of the official's own
    if here and "object" not in status.values():
        return here.pop()
    # "… met his Russian counterpart": a country the sentence gives someone else is not the official's own
    elsewhere = {c for c, st in status.items() if st == "other"}
    sents = ctx.index.sents
    k = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
    for before in sents[max(0, k - 2):k][::-1]:
        subjects = {e.kb_id_ for e in ctx.index.ents_typed(before, "Country", ctx.type_of)
                    if ctx._is_subject(ctx.mention_root(ctx.doc[e.start]))}
        if subjects:
            return subjects.pop() if len(subjects) == 1 and not subjects & elsewhere else None
    return None


#: words of a title that make a state's office, read by ``head_title_rule`` (``President X``, ``Foreign Minister
#: X``): a bare company title (``chief executive X``) never has them
STATE_TITLE_WORDS = frozenset({"president", "minister", "prime", "premier", "chancellor", "king", "queen", "emir",
                               "ambassador", "envoy", "secretary", "secretary-general", "governor", "senator"})


@triggered_by(types=("Person",))
def bare_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rheinmetall will build … , the company said. "We will start soon," chief executive Armin Papperger
    said.``: a company title with neither possessive nor organisation before the name, in a sentence that names
    no organisation, is the title of the organisation an ``its`` there would refer to (:meth:`DocContext.recent_org`:
    the one that was last a subject in the sentences before); in a sentence that names some (``The Kremlin agreed:
    spokesman Dmitry Peskov said …``), of the organisation that is a subject before the title."""
    from kg.nlp.relations.structure import title_kind
    from kg.nlp.relations.titles import titles

    doc, title = ctx.doc, ctx.lex_memo("titles", lambda: titles(ctx.lex))
    bodies = ("Organization", "InternationalOrganization")
    # a sentence that names (or refers to) organisations: only one that is a subject before the title owns it
    named = any(ctx.type_of(e.kb_id_) in bodies for e in ctx.ents_in(sent)) or \
        any(ctx.type_of(a) in bodies for i in range(sent.start, sent.end) for a in ctx.refs.get(i, ()))
    for person in ctx.ents_in(sent):
        pid = person.kb_id_
        if ctx.type_of(pid) != "Person":
            continue
        i, words = person.start - 1, []
        while i >= sent.start and doc[i].lower_ in title.words and not ctx.entity(doc[i]):
            words.insert(0, doc[i].lower_)
            i -= 1
        if not words or set(words) & STATE_TITLE_WORDS:
            continue
        if i >= sent.start and not (doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ")):
            continue  # "its chief executive X", "the former chief executive X", "Airbus chief executive X"
        if named:
            root = ctx.mention_root(doc[person.start])
            if any(c.dep_ in ("prep", "appos") for c in root.children) or \
                    (person.end < sent.end and doc[person.end].lower_ in (",", "of", "at", "'s", "(")):
                continue  # "chief executive X of Y", "chief executive X, Y's …": the title rules read it
            owners = [eid for j in range(i, sent.start - 1, -1) if (eid := ctx.mention_at.get(j))
                      and ctx.type_of(eid) == "Organization" and ctx._is_subject(ctx.mention_root(doc[j]))][:1]
            # "Huawei and ZTE denied it; spokesman X said": a subject of two organisations does not say whose
            if owners and len({a for j in range(sent.start, i + 1) if ctx.mention_at.get(j) == owners[0]
                               for a in ctx.actors(ctx.mention_root(doc[j])) if ctx.type_of(a) == "Organization"}) > 1:
                continue
        else:
            owners = ctx.recent_org(doc[i + 1])
        if len(owners) != 1:
            continue
        owner = ctx.entities[owners[0]]
        kind = title_kind(words, owner.subtype or owner.type, title)
        if kind:
            yield Candidate(pid, kind, owner.id, "title:bare", "asserted", sent)


#: verbs whose subject the title after them names (``X is / became / remains its CEO``, ``X was named CEO of Y``)
PREDICATE_TITLE_VERBS = frozenset({"be", "become", "remain", "name", "appoint", "elect", "promote", "nominate"})


def _predicate_verbs(person: Token) -> list[Token]:
    """The verbs whose subject a person's name is: ``X is …``, ``X was named …``, ``X, who became …``, ``X won
    the vote to become …``."""
    verbs = [person.head] if person.dep_ in ("nsubj", "nsubjpass") and person.head is not person else []
    verbs += [c for c in person.children if c.dep_ == "relcl"
              and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that") for g in c.children)]
    # "X won the vote to become …", "X is expected to be named …": an infinitive that takes the same subject
    return verbs + [c for v in verbs for c in v.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


@triggered_by(types=("Person",))
def predicate_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Dario Amodei is the company's chief executive``, ``Han Jong-hee became its chief executive``, ``X was named
    chief executive of Y``, ``X, who is a vice president at Y``: a title that a copula or a naming verb gives its
    subject, owned through a possessive (a name, ``its``, a description that refers back) or ``of``/``at``."""
    from kg.nlp.relations.structure import title_kind
    from kg.nlp.relations.titles import titles

    title = ctx.lex_memo("titles", lambda: titles(ctx.lex))
    for person in ctx.ents_in(sent):
        pid = person.kb_id_
        if ctx.type_of(pid) != "Person":
            continue
        for verb in _predicate_verbs(ctx.mention_root(ctx.doc[person.start])):
            if verb.lemma_ not in PREDICATE_TITLE_VERBS or ctx.negated(verb):
                continue
            for noun in verb.children:
                if noun.dep_ not in ("attr", "oprd") or noun.lower_ not in title.words or ctx.entity(noun):
                    continue
                words = [c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound")
                         and c.lower_ in title.words] + [noun.lower_]
                owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)] or \
                    [a for p in ctx.pobjs(noun, {"of", "at"}) for a in ctx.actors(p, conj=False)]
                owners = [o for o in dict.fromkeys(owners)
                          if ctx.type_of(o) in ("Organization", "InternationalOrganization", "Country")]
                if len(owners) != 1:
                    continue
                owner = ctx.entities[owners[0]]
                kind = title_kind(words, owner.subtype or owner.type, title)
                if kind:
                    yield Candidate(pid, kind, owner.id, "title:predicate", ctx.status(verb), sent)
