"""Salience for references back: a description that opens a sentence continues the sentence before's subject.

``Vodafone signed a deal with Nokia in March. The company will buy radio equipment from Ericsson.``: the linker
takes the last name of a fitting kind (Nokia); a reader takes the subject of the sentence before (Vodafone), the
one the text is about. :func:`prefer_previous_subject` moves a singular description (``the company``, ``the
lender``, ``the country``) or a person's pronoun (``he``, ``she``) from the name said last to the subject of the
sentence before when

- the reference is its own clause's subject (or the possessor of that subject: ``The company's chips``),
- nothing of its kind is named before it in its own sentence,
- the sentence before names both: its main clause's subject is one entity of the same type (and subtype, when both
  are known) as the linker's answer, and the linker's answer is named in that sentence too, but not as what the
  main verb acts on (``The Treasury sanctioned X. The agency said it would appeal``: X answers),
- a country the description names (``the Finnish company``) is that subject's country.

Elsewhere the linker's answer stands: the rules that read across sentences keep reading ``ctx.refs``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.relations.carry import country_word, sentence_at, sentences_of
from kg.nlp.relations.context import DocContext
from kg.nlp.relations.r16xsent import companies_alike

#: dependency labels of a reference that is its clause's subject
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: pronouns that refer back to a person
PERSON_PRONOUNS = {"he", "she", "his", "her"}


def _is_subject(tok: Token) -> bool:
    """``The company will buy …`` and ``The company's plants …`` (the possessor of a subject).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["The", "company", "'s", "plants", "grew", "sales"], heads=[1, 3, 1, 4, 4, 4],
    ...           deps=["det", "poss", "case", "nsubj", "ROOT", "dobj"])
    >>> [_is_subject(t) for t in (doc[1], doc[3], doc[5])]
    [True, True, False]
    """
    if tok.dep_ in SUBJECT_DEPS:
        return True
    return tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS


def _same_kind(ctx: DocContext, a: str, b: str) -> bool:
    """Same type, and same subtype when both are known (a bank is no ministry); organisations of one known subtype."""
    ea, eb = ctx.entities.get(a), ctx.entities.get(b)
    if ea is None or eb is None or ea.type != eb.type:
        return False
    if ea.type == "Organization":  # "the company" after a fund and a company: the kind must be known to agree
        return bool(ea.subtype) and ea.subtype == eb.subtype
    return not (ea.subtype and eb.subtype and ea.subtype != eb.subtype)


def _main_subject(ctx: DocContext, sent: Span) -> list[str]:
    """The actors that are the subject of ``sent``'s main clause (its root verb)."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return []
    return list(dict.fromkeys(a for a in ctx.clause_subjects(root) if ctx.entities.get(a) is not None))


def core_argument(tok: Token, root: Token) -> bool:
    """Whether ``tok`` is what the main verb ``root`` acts on: its object, or the object of a preposition on it or
    on its object (``imposed sanctions on X``), not a companion (``a deal with X``) nor a name deeper down (in a
    relative clause, a modifier).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["A", "imposed", "curbs", "on", "B", "with", "C"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 2, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"])
    >>> [core_argument(doc[i], doc[1]) for i in (2, 4, 6)]
    [True, True, False]
    """
    if tok.dep_ in ("dobj", "dative", "attr", "nsubjpass") and tok.head == root:
        return True
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") and tok.head.lower_ != "with":
        owner = tok.head.head
        return owner == root or (owner.dep_ in ("dobj", "attr") and owner.head == root)
    return False


def salient_antecedent(doc: Doc, ctx: DocContext, tok: Token, current: str) -> str | None:
    """The subject of the sentence before, when it should replace ``current`` as what ``tok`` refers to."""
    if not _is_subject(tok):
        return None
    k = sentence_at(ctx, tok.i)
    if k == 0:
        return None
    sents = sentences_of(ctx)
    own = sents[k]
    company_word = tok.lower_ in ctx.lex.words("r10xsent_company_nouns")

    def alike(a: str, b: str) -> bool:
        """Of one kind (r16xsent.py: two companies, one or both of an unknown subtype, for a company word)."""
        ea, eb = ctx.entities.get(a), ctx.entities.get(b)
        return _same_kind(ctx, a, b) or (ea is not None and eb is not None and companies_alike(
            (ea.type, ea.subtype), (eb.type, eb.subtype), company_word))

    if any(ctx.mention_at.get(i) and alike(ctx.mention_at[i], current) for i in range(own.start, tok.i)):
        return None  # "Huawei said the company …": the name before it in its own sentence
    before = sents[k - 1]
    subjects = _main_subject(ctx, before)
    if len(subjects) != 1 or subjects[0] == current or not alike(subjects[0], current):
        return None
    named = [i for i in range(before.start, before.end) if ctx.mention_at.get(i) == current]
    if not named:
        return None  # the linker's answer is from further back: not a choice between two names of one sentence
    if any(core_argument(ctx.mention_root(doc[i]), before.root) for i in named):
        return None  # "The Treasury sanctioned X. The agency said it would appeal": X, the one acted on, answers
    country = country_word(tok, ctx) if tok.pos_ != "PRON" else None
    if country is not None and ctx.entities[subjects[0]].country != country:
        return None
    return subjects[0]


def prefer_previous_subject(doc: Doc, ctx: DocContext) -> int:
    """Move singular references from the name said last to the sentence before's subject (see the module's text);
    returns how many moved."""
    moved = 0
    for i, ids in list(ctx.refs.items()):
        if len(ids) != 1 or not 0 <= i < len(doc):
            continue
        tok = doc[i]
        if tok.pos_ == "PRON":
            if tok.lower_ not in PERSON_PRONOUNS or ctx.type_of(ids[0]) != "Person":
                continue
        elif tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NN", "NNP") or not tok.is_alpha or \
                (tok.i and doc[tok.i - 1].text == "-") or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        found = salient_antecedent(doc, ctx, tok, ids[0])
        if found:
            ctx.refs[i] = [found]
            moved += 1
    return moved



#: numbers a plural description may be counted with (``the three companies``)
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _fits(ctx: DocContext, entity_id: str, kinds: set[str]) -> bool:
    """Whether an entity is of one of ``kinds``: its subtype when known, else its type."""
    e = ctx.entities.get(entity_id)
    return e is not None and ((e.subtype in kinds) if e.subtype else e.type in kinds)


def subject_group(ctx: DocContext, sent: Span) -> list[str]:
    """The two or more actors that are the subject of ``sent``'s main clause or of a clause it reports or
    coordinates (``X and Y said they …``, ``…, the two groups said``)."""
    root = sent.root
    for verb in [root] + [c for c in root.children if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX")]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found = list(dict.fromkeys(a for a in ctx.clause_subjects(verb) if ctx.is_actor(a)))
        if len(found) >= 2:
            return found
    return []


def _plain_plural(doc: Doc, tok: Token) -> int | None:
    """0 for ``the partners``, n for ``the n partners``; None for any other plural (``partners``, ``the
    partners that …``, ``the Chinese partners``)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    count = next((COUNTS.get(c.lower_) for c in tok.children if c.dep_ == "nummod" and c.i == tok.i - 1), None)
    det = tok.i - (2 if count else 1)
    if not any(c.dep_ == "det" and c.lower_ == "the" and c.i == det for c in tok.children):
        return None
    if any(c.dep_ in ("relcl", "acl", "prep", "appos", "amod", "compound") for c in tok.children):
        return None
    return count or 0


def resolve_subject_groups(doc: Doc, ctx: DocContext, reach: int = 2) -> int:
    """``Ericsson and Nokia signed deals with Bharti Airtel. The companies will …``: a plain plural description
    (``group_references``) that is its clause's subject (or a subject's possessor) and that the reference step left
    open refers to the group of actors that was the subject of the sentence before (within ``reach``) when every
    one of them fits the description and their number is the one it gives; returns how many it resolved."""
    table: dict[str, list[str]] = ctx.lex.value("group_references")
    done = 0
    for tok in ctx.find(doc[:], set(table)):
        if tok.lower_ not in table or tok.i in ctx.refs or ctx.entity(tok) or not _is_subject(tok):
            continue
        count = _plain_plural(doc, tok)
        if count is None or (tok.i + 1 < len(doc) and ctx.entity(doc[tok.i + 1])):
            continue
        kinds = set(table[tok.lower_])
        k = sentence_at(ctx, tok.i)
        own = sentences_of(ctx)[k]
        if any(ctx.mention_at.get(i) and _fits(ctx, ctx.mention_at[i], kinds) for i in range(own.start, tok.i)):
            continue  # a name before it in its own sentence: the rules and the reference step read that
        for back in range(1, reach + 1):
            if k - back < 0:
                break
            group = subject_group(ctx, sentences_of(ctx)[k - back])
            if group:
                if all(_fits(ctx, a, kinds) for a in group) and count in (0, len(group)):
                    ctx.refs[tok.i] = group
                    done += 1
                break  # the last subject group decides, whatever it is
    return done


#: numbers a counted group may give (``five Chinese firms``)
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12}
#: verbs that spell a group out after its subject (``The four firms are A, B, C and D``)
SPELLING_VERBS = {"be", "include"}


def _number(tok: Token) -> int | None:
    """The number of a counting word: ``four`` or ``4``.

    >>> import spacy
    >>> [_number(t) for t in spacy.blank("en")("four 12 many")]
    [4, 12, None]
    """
    return NUMBERS.get(tok.lower_) or (int(tok.text) if tok.text.isdigit() else None)


def _names_after(ctx: DocContext, start: int, end: int) -> list[str]:
    """The distinct actors named from ``start`` to ``end``, all of the type of the first."""
    names: list[str] = []
    for i in range(start, end):
        eid = ctx.mention_at.get(i)
        if eid and ctx.is_actor(eid) and eid not in names:
            names.append(eid)
    kind = ctx.type_of(names[0]) if names else ""
    return [n for n in names if ctx.type_of(n) == kind]


def _spells_out(tok: Token, number: Token, group: Token) -> bool:
    """Whether the subject ``tok`` of the sentence after a counted group repeats it: ``The four firms`` (the count,
    and the group's noun or another plural noun), ``They``."""
    if tok.lower_ == "they":
        return True
    if tok.tag_ not in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return any(c.dep_ == "nummod" and _number(c) == _number(number) for c in tok.children)


def resolve_spelled_out_groups(doc: Doc, ctx: DocContext) -> int:
    """``The Treasury sanctioned four Chinese firms. The four firms are A, B, C and D.`` (or ``They are …``): a
    counted group that the next sentence's subject repeats and spells out with exactly that many names refers to
    those names, and so does that subject; returns how many groups it resolved. (``The four are …`` is read by
    :func:`kg.nlp.relations.carry.resolve_counted_groups`.)"""
    done = 0
    sents = sentences_of(ctx)
    for num in ctx.find(doc[:], set(NUMBERS)):
        group = num.head
        n = _number(num)
        if num.dep_ != "nummod" or group.i <= num.i or group.tag_ not in ("NNS", "NNPS") or group.i in ctx.refs \
                or ctx.entity(group) or n is None:
            continue
        k = sentence_at(ctx, group.i)
        if k + 1 >= len(sents):
            continue
        nxt = sents[k + 1]
        verb = nxt.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.lemma_ not in SPELLING_VERBS or subject.i in ctx.refs or \
                not _spells_out(subject, num, group):
            continue
        names = _names_after(ctx, verb.i + 1, nxt.end)
        if len(names) != n:
            continue
        ctx.refs[group.i] = names
        ctx.refs[subject.i] = names
        done += 1
    return done


def _bare_two(tok: Token) -> bool:
    """``the two`` standing alone as a clause's subject or object (``an agreement the two signed``)."""
    return tok.lower_ == "two" and tok.pos_ == "NUM" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        not any(c.dep_ == "prep" for c in tok.children)


def own_sentence_pair(doc: Doc, ctx: DocContext, tok: Token) -> list[str]:
    """The pair a bare ``the two`` means within its own sentence: the subject of the sentence's main clause and the
    one other actor of its type named between that subject and ``tok``; nothing when there are more or fewer."""
    sent = sentences_of(ctx)[sentence_at(ctx, tok.i)]
    subjects = _main_subject(ctx, sent)
    if len(subjects) != 1 or not ctx.is_actor(subjects[0]):
        return []
    first = subjects[0]
    kind = ctx.type_of(first)
    start = next((i for i in range(sent.start, tok.i) if ctx.mention_at.get(i) == first), None)
    if start is None:
        return []
    others = list(dict.fromkeys(ctx.mention_at[i] for i in range(start, tok.i) if ctx.mention_at.get(i)
                                and ctx.mention_at[i] != first and ctx.type_of(ctx.mention_at[i]) == kind))
    return [first, others[0]] if len(others) == 1 else []


def resolve_bare_pairs(doc: Doc, ctx: DocContext) -> int:
    """``Apple pairs its models with OpenAI's chatbot under an agreement the two signed last year``: a bare ``the
    two`` that the reading across sentences left open is, within its own sentence, the main clause's subject and
    the one other actor of its type named before it (:func:`own_sentence_pair`); returns how many it resolved."""
    done = 0
    for tok in ctx.find(doc[:], {"two"}):
        if tok.i in ctx.refs or ctx.entity(tok) or not _bare_two(tok):
            continue
        pair = own_sentence_pair(doc, ctx, tok)
        if pair:
            ctx.refs[tok.i] = pair
            done += 1
    return done
