"""Sanctions and export curbs the way news wire tells them of several targets at once, with the target often named
before the one who imposes the measure; their words are ``r13curb_*`` keys of ``data/lexicon/events.json``.

- a listing told from the target's side or by what issues it: ``A, B and C were among 61 entities added to the EU's
  sanctions list``, ``Inspur and Sugon, both placed on the US Entity List``, ``SMIC was placed on the list by the
  Commerce Department`` (the list the text named before), ``The EU's latest package adds A and B to the bloc's list of
  entities subject to an asset freeze``, ``The Council said A and B had been added to the list`` (``sanctions``, and
  ``restrictsExportsTo`` for an export-control list such as the Entity List);
- a measure whose participle names its targets: ``The EU adopted its 14th package of sanctions against Russia,
  targeting A, B and C``, ``imposed sanctions on Chinese firms, listing A and B among 19 entities``;
- a package whose verb the parser read as a noun: ``The EU's 14th sanctions package targets A, B and C``;
- restrictive measures, the EU's word for sanctions: ``The EU imposed restrictive measures on A and B``.

Each rule visits only its trigger words (through the document index); none states a measure that is negated,
supposed, threatened or only planned.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.curbs3 import named_holders, sanction_words
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10curbs import package_holders
from kg.nlp.relations.restraints import BODY_KINDS, STATE_TYPES, TARGET_TYPES, list_keepers, one_of
from kg.nlp.relations.slots import LIST_WORDS
from kg.nlp.relations.triggers import distinct_pairs

#: words that part the names of a list: ``A, B and C as well as D``
NAME_SEPARATORS = frozenset({",", "and", "as", "well", "plus"})
#: the prepositions that put a name on a list
LIST_PREPS = frozenset({"to", "on", "onto"})


def official(actor: str, ctx: DocContext) -> bool:
    """A state, a body of states or a bloc, or a state's own body: who can list, sanction or curb exports."""
    kind = ctx.type_of(actor)
    # an organisation of no known kind is most often a body of the EU or of a state (the European Council)
    return kind in STATE_TYPES or (kind == "Organization" and ctx.entities[actor].subtype in BODY_KINDS | {None})


def stated(verb: Token, ctx: DocContext) -> bool:
    """Done, not negated, supposed, threatened or still to come: ``could add X``, ``plans to list X`` state none."""
    return not ctx.negated(verb) and ctx.status(verb) == "asserted" and \
        not any(c.dep_ == "aux" and c.lower_ in ctx.lex.planned.get("aux", []) for c in verb.children)


def list_name(lst: Token) -> str:
    """A list's name in lower case from the words before it that name no one: ``the US Entity List`` -> ``entity
    list``, ``the EU's sanctions list`` -> ``sanctions list``."""
    words = [c.lower_ for c in lst.children if c.dep_ in ("compound", "amod") and c.i < lst.i and not c.ent_type_]
    return " ".join(words + [lst.lower_])


def named_kind(lst: Token, ctx: DocContext) -> str | None:
    """``export`` for an export-control list, ``sanctions`` for a sanctions list, by the list's own words: its name
    (``Entity List``, ``sanctions list``, ``blacklist``) or what those on it are subject to (``the list of entities
    subject to an asset freeze``); ``None`` for a list that says neither (``the list``)."""
    name = list_name(lst)
    if name in ctx.lex.words("export_control_lists"):
        return "export"
    if name in ctx.lex.words("sanction_lists") or lst.lower_ == "blacklist":
        return "sanctions"
    subject_words = ctx.lex.words("r13curb_list_subject_words")
    measures = ctx.lex_memo("r13curb:measure_words", lambda: sanction_words(ctx, "nouns") | frozenset(
        ctx.lex.words("r10curbs_freeze_words") | ctx.lex.words("r13curb_restrictive_words")))
    after = [t for p in ctx.pobjs(lst, {"of"}) for t in p.subtree]
    if any(t.lower_ in subject_words for t in after) and any(t.lower_ in measures for t in after):
        return "sanctions"
    return None


def _named_lists(ctx: DocContext) -> list[tuple[int, str, list[str]]]:
    """The document's lists named as a sanctions or export-control list: position, kind and keepers, in order."""
    def make() -> list[tuple[int, str, list[str]]]:
        out = []
        for lst in ctx.find(ctx.doc[:], LIST_WORDS):
            kind = named_kind(lst, ctx)
            if kind is not None:
                out.append((lst.i, kind, [a for a in list_keepers(lst, ctx) if official(a, ctx)]))
        return out
    return ctx.index.memo("r13curb:named_lists", make)


def list_kind(lst: Token, ctx: DocContext) -> tuple[str | None, list[str]]:
    """The kind of a list and the keepers the text gave it before: its own words, else, for ``the list`` or ``its
    list``, those of the last list the text named before it."""
    kind = named_kind(lst, ctx)
    if kind is not None:
        return kind, []
    if lst.lower_ != "list" or any(c.dep_ in ("compound", "amod") for c in lst.children):
        return None, []  # "a list of suppliers", "the Forbes list", "the stock exchange's main list"
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in lst.children):
        return None, []
    earlier = [(kind, keepers) for i, kind, keepers in _named_lists(ctx) if i < lst.i]
    return earlier[-1] if earlier else (None, [])


def names_of(tok: Token, ctx: DocContext) -> list[str]:
    """The actors a noun phrase names, a group through its named examples only (``140 entities, including A``)."""
    return ctx.actors(tok, groups=False) or ctx.examples(tok) or ctx.listed_names(tok)


def counted(noun: Token, ctx: DocContext) -> list[str]:
    """Who a clause counts in a group: ``X was among the firms …`` and, inverted, ``Among the firms … were X``."""
    found = one_of(noun, ctx)
    prep = noun.head
    if not found and noun.dep_ == "pobj" and prep.lower_ == "among" and prep.head.pos_ in ("AUX", "VERB"):
        found = [a for c in prep.head.children if c.dep_ == "attr" for a in ctx.actors(c)]
    return found


def listed_targets(verb: Token, prep: Token, ctx: DocContext) -> list[str]:
    """Who a listing verb puts on the list: its object, its passive subject, the group or names its participle
    describes, or the subject of a participle the parser read as a past tense (``A and B, both placed on …``); the
    names the parser hung the list on (``adds A, B and C to the list`` with ``to`` on ``A``)."""
    if prep.head.i != verb.i:
        return ctx.actors(prep.head)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return [a for c in objects for a in names_of(c, ctx)]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return [a for c in passive for a in names_of(c, ctx)]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        head = verb.head
        if head.lower_ in ("both", "all", "each") and head.dep_ in ("appos", "npadvmod") and head.head.i != head.i:
            head = head.head  # "A and B, both placed on the list"
        if ctx.entity(head):
            return ctx.actors(ctx.mention_root(head))
        return counted(head, ctx) or names_of(head, ctx)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    between = ctx.doc[verb.i + 1:prep.i]
    if subjects and verb.tag_ in ("VBN", "VBD") and all(t.pos_ in ("ADV", "PART") for t in between) and \
            not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "Inspur and Sugon, both placed on the US Entity List in 2019, …": nothing is placed but the subject
        return [a for c in subjects for a in ctx.actors(c)]
    return []


def issuers(noun: Token, ctx: DocContext) -> list[str]:
    """Who issues a package, a rule or a decision: ``the EU's latest package``, ``rules issued by the Commerce
    Department``, ``the latest round of US sanctions``."""
    found = named_holders(noun, ctx) + package_holders(noun, ctx)
    found += [a for c in noun.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"
              for p in g.children if p.dep_ == "pobj" for a in ctx.actors(p)]
    return found


def speakers(verb: Token, ctx: DocContext) -> list[str]:
    """The one who reports a clause: ``the Council said A and B had been added to the list``."""
    reporting = ctx.lex.words("r13curb_reporting_verbs")
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "conj") or clause.head.i == clause.i:
            return []
        clause = clause.head
        if clause.lemma_ in reporting:
            return ctx.subjects(clause)
    return []


def list_holders(verb: Token, lst: Token, earlier: list[str], ctx: DocContext) -> list[str]:
    """Who keeps a listing: the passive's agent; the subject of an active verb (or the issuer of a package or rule
    that is its subject); the list's keeper; the speaker who reports it; the keeper of the list named before."""
    agents = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
              for a in ctx.actors(p)]
    if agents:
        return agents
    issuing = ctx.lex.words("r13curb_issuing_nouns")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.i <= lst.head.head.i <= c.right_edge.i]
    if any(c.dep_ == "dobj" for c in verb.children) or lst.head.head.i != verb.i:
        found = [a for c in subjects if c.lower_ in issuing or c.lemma_ in issuing for a in issuers(c, ctx)]
        found += [a for c in subjects if ctx.entity(c) for a in ctx.actors(c)]
        if found:
            return found
    return list_keepers(lst, ctx) or speakers(verb, ctx) or earlier


@triggered_by(lambda lex: LIST_WORDS)
def listed_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A and B were among the entities added to the EU's sanctions list``, ``SMIC was placed on the list by the
    Commerce Department``, ``Inspur and Sugon, both placed on the US Entity List``, ``The package adds A to the
    bloc's list of entities subject to an asset freeze``: the list's keeper sanctions those put on it, and restricts
    exports to them when it is an export-control list."""
    placing = ctx.lex.words("r13curb_placing_verbs")
    for lst in ctx.find(sent, LIST_WORDS):
        prep = lst.head
        verb = prep.head
        if verb.pos_ == "PROPN" and ctx.entity(verb) and verb.dep_ in ("nsubj", "dobj"):
            verb = verb.head  # "adds A, B and C to the list": the parser may hang the list on the names
        if lst.dep_ != "pobj" or prep.lower_ not in LIST_PREPS or verb.pos_ != "VERB" or verb.lemma_ not in placing:
            continue
        kind, earlier = list_kind(lst, ctx)
        if kind is None or not stated(verb, ctx):
            continue
        targets = [a for a in listed_targets(verb, prep, ctx) if ctx.type_of(a) in TARGET_TYPES]
        if not targets:
            continue
        holders = [a for a in list_holders(verb, lst, earlier, ctx) if official(a, ctx) and a not in targets]
        status = ctx.status(verb)
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "r13curb:listed", status, sent)
            # an export-control list restricts exports, told of a state (a body's listing is told as its sanction)
            if kind == "export" and ctx.type_of(s) == "Country" and ctx.type_of(o) != "Person":
                yield Candidate(s, "restrictsExportsTo", o, "r13curb:listed", status, sent)


def measure_kind(noun: Token, ctx: DocContext) -> str | None:
    """``sanctions`` for a sanction noun, a package of them or restrictive measures; ``export`` for export controls
    (``export controls``, ``export curbs``); else ``None``."""
    nouns = sanction_words(ctx, "nouns")
    if (noun.lower_ in nouns or noun.lemma_ in nouns) and noun.lemma_ != "measure" or restrictive(noun, ctx):
        return "sanctions"
    if noun.lemma_ in ("control", "curb", "restriction") and \
            any(c.lower_ in ctx.lex.words("export_nouns") for c in noun.children if c.i < noun.i):
        return "export"
    if noun.lemma_ in ctx.lex.words("measure_carriers") and of_sanctions(noun, ctx):
        return "sanctions"
    return None


def of_sanctions(carrier: Token, ctx: DocContext) -> bool:
    """``a sanctions package``, ``a package of sanctions``, ``the 14th round of EU sanctions``."""
    nouns = sanction_words(ctx, "nouns")
    return any(c.dep_ == "compound" and c.lower_ in nouns for c in carrier.children) or \
        any(p.lower_ in nouns for p in ctx.pobjs(carrier, {"of"}))


def restrictive(noun: Token, ctx: DocContext) -> bool:
    """``restrictive measures``, ``punitive measures``: sanctions by another name."""
    return noun.lemma_ == "measure" and any(c.dep_ == "amod" and c.lower_ in ctx.lex.words("r13curb_restrictive_words")
                                            for c in noun.children)


def _measure_of(part: Token, ctx: DocContext) -> tuple[Token | None, Token | None]:
    """The measure a participle tells the targets of and the verb that imposes it: ``a package of sanctions,
    targeting X`` (the participle on the noun) or ``adopted sanctions …, listing X`` (on the verb)."""
    anchor = part.head
    if part.dep_ == "acl" and anchor.pos_ == "NOUN":
        verb = anchor.head if anchor.dep_ in ("dobj", "nsubjpass", "attr") and anchor.head.pos_ == "VERB" else None
        return anchor, verb
    if part.dep_ in ("advcl", "xcomp", "conj") and anchor.pos_ == "VERB":
        measure = next((c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and (
            measure_kind(c, ctx) or c.lower_ in ctx.lex.words("r13curb_measure_nouns"))), None)
        return measure, anchor
    return None, None


@triggered_by(lambda lex: lex.words("r13curb_targeting_participles"))
def measure_participle_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU adopted its 14th package of sanctions against Russia, targeting A, B and C``, ``imposed sanctions on
    Chinese firms, listing A and B among 19 entities``, ``new export controls, adding X to the Entity List``: the
    measure's holder sanctions (or restricts exports to) the targets its participle names."""
    participles = ctx.lex.words("r13curb_targeting_participles")
    for part in ctx.find(sent, participles):
        if part.tag_ != "VBG" or part.lower_ not in participles:
            continue
        measure, verb = _measure_of(part, ctx)
        kind = measure_kind(measure, ctx) if measure is not None else None
        if kind is None and measure is not None and measure.lower_ in ctx.lex.words("r13curb_measure_nouns"):
            kind = "sanctions"  # "measures targeting X": the participle says whom they are against
        if kind is None or measure is None or ctx.negated(measure) or ctx.negated(part) or \
                (verb is not None and not stated(verb, ctx)):
            continue
        holders = issuers(measure, ctx)
        if not holders and verb is not None:
            holders = ctx.clause_subjects(verb) if measure.dep_ == "dobj" else ctx.subjects(verb)
        targets = [a for c in part.children if c.dep_ == "dobj" for a in names_of(c, ctx)]
        status = ctx.status(verb) if verb is not None else ctx.status(measure)
        for s, o in distinct_pairs((a for a in holders if official(a, ctx)),
                                   (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            if kind == "sanctions":
                yield Candidate(s, "sanctions", o, "r13curb:measure-participle", status, sent)
            elif ctx.type_of(o) in ("Country", "Organization"):
                yield Candidate(s, "restrictsExportsTo", o, "r13curb:measure-participle", status, sent)


def names_after(i: int, ctx: DocContext) -> list[str]:
    """The run of names from token ``i`` on, parted by commas and ``and`` (``A, B and C as well as D``)."""
    doc, out = ctx.doc, []
    end = doc[i].sent.end if i < len(doc) else i
    while i < end:
        eid = ctx.mention_at.get(i)
        if eid:
            if eid not in out:
                out.append(eid)
        elif doc[i].lower_ not in NAME_SEPARATORS:
            break
        i += 1
    return out


def sanctions_package(package: Token, ctx: DocContext) -> bool:
    """A package of sanctions by its words (``sanctions package``, ``package of sanctions``), or a package that no
    noun calls another kind (not an ``aid package``) in a sentence that speaks of sanctions."""
    nouns = sanction_words(ctx, "nouns")
    if of_sanctions(package, ctx):
        return True
    if any(c.dep_ == "compound" and not ctx.entity(c) for c in package.children):
        return False  # "the EU's aid package"
    return any(t < package.i for t in ctx.index.memo("r13curb:sanction_words", lambda: [
        t.i for t in ctx.find(ctx.doc[:], nouns) if t.pos_ == "NOUN"]))  # the text spoke of sanctions before


def owner_before(noun: Token, ctx: DocContext) -> list[str]:
    """The name in front of a noun phrase, read in surface order (the parser may hang it elsewhere): ``the EU's 12th
    sanctions package``, ``the latest US sanctions package``."""
    doc, i = ctx.doc, noun.i - 1
    while i > noun.sent.start and not ctx.mention_at.get(i) and doc[i].pos_ in ("ADJ", "NOUN", "NUM") and \
            noun.i - i <= 4:
        i -= 1
    if doc[i].lower_ in ("'s", "\u2019s") and i > noun.sent.start:
        i -= 1
    eid = ctx.mention_at.get(i)
    return [eid] if eid and official(eid, ctx) else []


@triggered_by(lambda lex: lex.words("r10curbs_package_nouns"))
def package_names_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU's 14th sanctions package targets A, B and C``, ``The latest round of US sanctions hits A``: the
    names after a package's verb are its targets, however the parser read the verb (often as a noun)."""
    packages, verbs = ctx.lex.words("r10curbs_package_nouns"), ctx.lex.words("r13curb_package_verbs")
    doc = ctx.doc
    for package in ctx.find(sent, packages):
        nxt = package.i + 1
        if package.lower_ not in packages or package.pos_ != "NOUN" or nxt >= sent.end or \
                doc[nxt].lower_ not in verbs or ctx.negated(package) or not sanctions_package(package, ctx):
            continue
        holders = issuers(package, ctx) or owner_before(package, ctx)
        targets = names_after(nxt + 1, ctx)
        for s, o in distinct_pairs((a for a in holders if official(a, ctx)),
                                   (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "r13curb:package-names", ctx.status(package), sent)


@triggered_by(lambda lex: {"measures"})
def restrictive_measures_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU imposed restrictive measures on A and B``, ``restrictive measures imposed by the Council on A``: the
    EU's word for sanctions."""
    for noun in ctx.find(sent, {"measures"}):
        if noun.lower_ != "measures" or not restrictive(noun, ctx) or ctx.negated(noun):
            continue
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" else None
        if verb is not None and (verb.lemma_ not in ctx.lex.words("curbs3_imposing_verbs") or not stated(verb, ctx)):
            continue
        hosts = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"] + \
            ([verb] if verb is not None else [])
        targets = [a for h in hosts for p in ctx.pobjs(h, {"on", "against"}) for a in names_of(p, ctx)]
        holders = issuers(noun, ctx)
        if not holders and verb is not None:
            holders = ctx.subjects(verb)
        status = ctx.status(verb) if verb is not None else ctx.status(noun)
        for s, o in distinct_pairs((a for a in holders if official(a, ctx)),
                                   (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "r13curb:restrictive-measures", status, sent)

