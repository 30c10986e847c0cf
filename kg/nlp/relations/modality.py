"""Modality of a trigger's clause: negated (no relation) or planned (will, plans to, was ordered to)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.index import lexicon_memo
from kg.nlp.relations.parse import Parse, read_parse
from kg.nlp.relations.r13suite_modality import inverted
from kg.nlp.relations.r15latam_modality import passive_report_speculation
from kg.nlp.relations.r15suite3_modality import left_behind, supposed_deal
from kg.nlp.relations.r16news3_modality import unproven
from kg.nlp.relations.r17pub5_modality import disbelieved
from kg.nlp.relations.r17pub6_modality import LABEL_WORDS, negated_label


def _negation(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    """The negation words, negating verbs and two-word phrases of the lexicon (made once per lexicon)."""
    spec = lex.negation
    return lexicon_memo(lex, "modality:negation", lambda: (
        frozenset(spec.get("words", [])), frozenset(spec.get("governors", [])),
        tuple((a, b) for a, b in spec.get("phrases", []))))


def _hypothetical(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The marks, auxiliaries and governing verbs of a supposition (made once per lexicon)."""
    spec = lex.negation.get("hypothetical", {})
    return lexicon_memo(lex, "modality:hypothetical", lambda: (
        frozenset(spec.get("marks", [])), frozenset(spec.get("aux", [])), frozenset(spec.get("governors", []))))


def _reported(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The possibility auxiliaries, report verbs and unnamed sources of reported speculation (made once)."""
    spec = lex.negation.get("hypothetical", {})
    return lexicon_memo(lex, "modality:reported", lambda: (
        frozenset(spec.get("reported_aux", [])), frozenset(spec.get("report_verbs", [])),
        frozenset(spec.get("speculating_sources", [])) | frozenset(
            lex.structure.get("r15suite3_speculating_sources", ())) | frozenset(
            lex.structure.get("r16pub4_speculating_sources", ()))))  # "X could …, one person familiar … said"


def _deliberating(lex: Lexicon) -> frozenset[str]:
    """Verbs of weighing a step not taken (``consider``, ``mull``): reported by unnamed sources, a speculation."""
    spec = lex.negation.get("hypothetical", {})
    return lexicon_memo(lex, "modality:deliberating", lambda: frozenset(spec.get("reported_deliberation", [])))


def reported_speculation(chain: list[int], p: Parse, lex: Lexicon) -> bool:
    """Whether the clause of ``chain[0]`` is a possibility that unnamed sources report: ``Bankers say X could take
    a stake in Y``, ``analysts expect X may join Z``. A named actor's "could" stays (``Seoul said it could supply
    X``: an offer, which the gold files read as a plan).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Bankers", "say", "Mubadala", "could", "buy", "a", "stake"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 6, 4],
    ...           lemmas=["banker", "say", "Mubadala", "could", "buy", "a", "stake"],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"])
    >>> lex = Lexicon.from_dict({"negation": {"hypothetical": {"reported_aux": ["could"], "report_verbs": ["say"],
    ...                                                        "speculating_sources": ["bankers"]}}})
    >>> p = read_parse(doc)
    >>> reported_speculation(governor_chain(4, p), p, lex), reported_speculation(governor_chain(1, p), p, lex)
    (True, False)
    """
    aux, verbs, sources = _reported(lex)
    found = _reporters(chain, p, verbs)
    # "Sources say X is considering buying a stake in Y": a step only weighed is as speculative as a "could"
    return found is not None and (any(p.dep[c] == "aux" and p.lower[c] in aux for c in p.children[found[0]]) or
                                  bool(word_forms(found[0], p) & _deliberating(lex))) and \
        any(p.lower[c] in sources for c in found[1])


def _reporters(chain: list[int], p: Parse, verbs: frozenset[str]) -> tuple[int, list[int]] | None:
    """The complement clause ``chain`` runs up to and the subjects of the report verb (one of ``verbs``) it
    completes: ``a stake`` -> ``take`` -> ``Bankers say``; None when there is no such clause."""
    clause = next((gov for gov in chain if p.dep[gov] == "ccomp"), None)
    if clause is None:
        # "X could sell Y to Z, one person familiar with the matter said, asking ...": the report verb hangs on
        # the clause's root as a parataxis (r16pub4)
        top = chain[-1]
        if any(p.dep[g] in ("nsubj", "nsubjpass") for g in chain[:-1]):
            return None  # the subject itself: what its own relative clause says stays ("A, which makes X, could …")
        # (or as a conjunct, when it says nothing of its own: no complement, no object)
        report = next((c for c in p.children[top] if p.dep[c] in ("parataxis", "conj") and word_forms(c, p) & verbs
                       and not any(p.dep[g] in ("ccomp", "dobj") for g in p.children[c])), None)
        return None if report is None else (top, [c for c in p.children[report] if p.dep[c] == "nsubj"])
    if not word_forms(report := p.head[clause], p) & verbs:
        return None
    return clause, [c for c in p.children[report] if p.dep[c] == "nsubj"]


def hedged_claim(chain: list[int], p: Parse, lex: Lexicon) -> bool:
    """Whether the clause of ``chain[0]`` is a claim that "some" unnamed sources make: ``Some foreign media say the
    curbs target Japan``, ``Some analysts claim X supplies Y`` (a hedged attribution, often denied in the next
    sentence). ``Analysts say X supplies Y`` and a named source's claim stay.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Some", "media", "say", "Acme", "supplies", "Iran"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 4, 2, 4], lemmas=["some", "media", "say",
    ...           "Acme", "supply", "Iran"], deps=["det", "nsubj", "ROOT", "nsubj", "ccomp", "dobj"])
    >>> lex = Lexicon.from_dict({"negation": {"hypothetical": {"report_verbs": ["say"],
    ...                                                        "r14pub_hedged_sources": ["media"]}}})
    >>> p = read_parse(doc)
    >>> hedged_claim(governor_chain(5, p), p, lex), hedged_claim(governor_chain(2, p), p, lex)
    (True, False)
    """
    spec = lex.negation.get("hypothetical", {})
    sources = lexicon_memo(lex, "modality:hedged", lambda: frozenset(spec.get("r14pub_hedged_sources", [])))
    claiming = lexicon_memo(lex, "modality:claiming", lambda: _reported(lex)[1] | {"claim", "allege"})
    found = _reporters(chain, p, claiming)
    return found is not None and any(p.lower[c] in sources and any(
        p.dep[d] == "det" and p.lower[d] == "some" for d in p.children[c]) for c in found[1])


def governor_chain(i: int, p: Parse) -> list[int]:
    """Token ``i`` and the tokens it hangs on up to its clause's root (eight at most), by index over the parse: a
    relative clause or an apposition states its own fact, whatever the main clause says.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["They", "plan", "to", "sell", "chips"], heads=[1, 1, 3, 1, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"])
    >>> governor_chain(4, read_parse(doc))
    [4, 3, 1]
    """
    out, seen, dep = [], 0, p.dep
    while seen < 8:
        out.append(i)
        label = dep[i]
        if label == "ROOT" or label in ("relcl", "appos") or \
                (label in ("ccomp", "advcl", "parataxis") and seen > 0):
            break
        i, seen = p.head[i], seen + 1
    return out


def word_forms(i: int, p: Parse) -> set[str]:
    """The lemma and plain inflection-stripped forms of token ``i``, since the lemmatizer errs (``hopes`` ->
    ``hop``).

    >>> import spacy
    >>> sorted(word_forms(0, read_parse(spacy.blank("en")("hopes"))))
    ['hope', 'hopes']
    """
    low = p.lower[i]
    forms = {p.lemma[i].lower(), low}
    for suffix in ("s", "d"):
        if low.endswith(suffix) and len(low) > 3:
            forms.add(low[: -len(suffix)])
    return forms - {""}


def split_co_verb(i: int, p: Parse) -> bool:
    """Whether token ``i`` is the verb of a ``co-`` verb the tokenizer split (``co`` ``-`` ``develop``).

    >>> import spacy
    >>> doc = spacy.blank("en")("They did not co-develop it")
    >>> split_co_verb(5, read_parse(doc)), split_co_verb(3, read_parse(doc))
    (True, False)
    """
    return i >= 2 and p.lower[i - 1] == "-" and p.lower[i - 2] == "co"


def negated(tok: Token, lex: Lexicon, parse: Parse | None = None) -> bool:
    """Whether the clause of ``tok`` is negated (``has not signed``, ``no longer sells``, ``denied supplying``).

    A negation counts in the trigger's own clause and in clauses it is the complement of (``did not agree
    to supply``); beyond a clause boundary only a negating verb does (``denied that it supplied``), so the
    ``no longer`` of a main clause does not undo what its subordinate clause states. ``parse``: the document's
    (:attr:`DocIndex.parse`), read from it when not given.
    """
    p = parse if parse is not None else read_parse(tok.doc)
    if split_co_verb(tok.i, p) and negated(tok.doc[tok.i - 2], lex, p):
        return True  # "did not co-develop": the tokenizer splits "co-", and the parser hangs the "not" on "co"
    chain = governor_chain(tok.i, p)
    if _supposed(chain, p, lex):
        return True
    if left_behind(chain, p, lex):
        return True  # "X moved its headquarters out of Y" (r15suite3_modality.py)
    if unproven(chain, p, lex):
        return True  # "dismissed reports that X supplies Y", "charged two men with exporting" (r16news3_modality.py)
    if disbelieved(chain, p, lex):
        return True  # "We are not persuaded that X should buy Y" (r17pub5_modality.py)
    if ":" in p.lower[tok.i + 1:tok.i + LABEL_WORDS] and negated_label(tok):  # (a colon first: Token.sent scans)
        return True  # "Relationship between A and B: There is no business relationship" (r17pub6_modality.py)
    words, negators, phrases = _negation(lex)
    if len(chain) > 1 and _failed_deal(tok.i, chain[1], p, lex, negators):
        return True
    dep, lower, pos, children = p.dep, p.lower, p.pos, p.children
    crossed = False
    for k, gov in enumerate(chain):
        # a negating verb undoes what it governs, not its own subject ("sanctions have frozen its assets")
        # nor a clause beside it ("barred X from buying, adding it to the list": the adding is done)
        if k > 0 and pos[gov] == "VERB" and (word_forms(gov, p) & negators or phrasal_negator(gov, p, lex)) and \
                dep[chain[k - 1]] not in ("nsubj", "nsubjpass", "csubj", "advcl", "conj") and \
                not _clause_beside(chain[k - 1], gov, p):
            return True
        # "restrict and monitor X": a negating verb without an object of its own shares its conjunct's
        if k > 0 and dep[chain[k - 1]] == "conj" and pos[chain[k - 1]] == "VERB" and pos[gov] == "VERB" and \
                word_forms(gov, p) & negators and not any(dep[c] in ("dobj", "prep") for c in children[gov]):
            return True
        if not crossed:
            for child in children[gov]:
                label = dep[child]
                if label == "neg" or (label in ("advmod", "det") and lower[child] in words):
                    return True
                # "sells no chips to Russia", "has sourced nothing from TSMC"
                if k == 0 and label == "dobj" and (lower[child] in ("nothing", "none") or any(
                        dep[d] == "det" and lower[d] == "no" for d in children[child])):
                    return True
                # "barred exports of chips to X", "the halted deliveries": a negating participle on the trigger noun
                if k == 0 and label == "amod" and pos[child] == "VERB" and child < gov and \
                        word_forms(child, p) & negators:
                    return True
            # "no longer holds a stake": the phrase on the verb that governs the trigger noun
            if k > 0 and phrase_near(gov, p, phrases):
                return True
            # "no decision was taken on blocking X" (r15netgov): the matter a denied decision or plan is on
            if k > 0 and dep[chain[k - 1]] == "prep" and pos[gov] == "VERB" and any(
                    dep[c] in ("nsubjpass", "dobj") and any(dep[d] == "det" and lower[d] == "no" for d in children[c])
                    for c in children[gov]):
                return True
        if dep[gov] in ("ccomp", "advcl", "relcl", "parataxis", "acl"):
            crossed = True
        if dep[gov] == "acl" and _denied_content(p.head[gov], p, negators):
            return True  # "denied a report that it had agreed to supply X" (r15wire3)
        if pos[gov] == "VERB" and k > 0 and crossed:
            # "denied that the company planned to open a plant in X" (r16news4): the clause a negating verb
            # governs (after it: no comma splice read as a clause) is denied too, however deep the trigger sits in it
            head = p.head[gov]
            if dep[gov] == "ccomp" and head < gov and pos[head] == "VERB" and word_forms(head, p) & negators:
                return True
            break
    # a two-word phrase hangs on the trigger or on one of its children ("no longer" on "works")
    return phrase_near(tok.i, p, phrases)


def _denied_content(noun: int, p: Parse, negators: frozenset[str] | set[str]) -> bool:
    """Whether token ``noun`` (a noun whose clause states something: ``a report that ...``) is the object of a
    negating verb (``denied a report that``, ``rejected claims that``) (r15wire3)."""
    verb = p.head[noun]
    return p.pos[noun] == "NOUN" and p.dep[noun] == "dobj" and verb != noun and p.pos[verb] == "VERB" and \
        bool(word_forms(verb, p) & negators)


def phrasal_negator(i: int, p: Parse, lex: Lexicon) -> bool:
    """Whether token ``i`` is a verb that negates with its particle only (``turned down an offer to join``,
    ``called off a plan to invest``, ``backed out of a deal``; ``turned to`` or ``called for`` do not): the
    table ``r14suite2_phrasal_negators`` (verb -> particles) of the structure lexicon."""
    table = lexicon_memo(lex, "modality:phrasal_negators", lambda: {
        verb: frozenset(parts) for verb, parts in lex.value("r14suite2_phrasal_negators").items()})
    parts = [table[f] for f in word_forms(i, p) if f in table]
    return bool(parts) and any(p.dep[c] in ("prt", "advmod", "prep") and p.lower[c] in parts[0]
                               for c in p.children[i])


def phrase_near(i: int, p: Parse, phrases: Collection[tuple[str, str]]) -> bool:
    """Whether one of the two-word ``phrases`` starts at a child or grandchild of token ``i`` (``no longer`` on
    ``holds``: the parser hangs ``no`` on ``longer``, ``longer`` on the verb).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["A", "no", "longer", "holds", "shares"], heads=[3, 2, 3, 3, 3],
    ...           deps=["nsubj", "neg", "advmod", "ROOT", "dobj"])
    >>> phrase_near(3, read_parse(doc), [("no", "longer")]), phrase_near(4, read_parse(doc), [("no", "longer")])
    (True, False)
    """
    lower, children = p.lower, p.children
    for t in children[i] + [g for c in children[i] for g in children[c]]:
        if t + 1 < len(lower) and (lower[t], lower[t + 1]) in phrases:
            return True
    return False

def _clause_beside(clause: int, verb: int, p: Parse) -> bool:
    """Whether ``clause`` is a clause set before ``verb`` that ``verb`` does not govern: the parser makes the first
    of two clauses joined by a comma the ``ccomp`` of the second (``the ministry blocked X, the other cut access``),
    and a verb with an object of its own takes no clause as its object.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["A", "blocked", "X", ",", "B", "cut", "access"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 5, 1, 5, 5, 5, 5],
    ...           deps=["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "dobj"])
    >>> _clause_beside(1, 5, read_parse(doc))
    True
    """
    return p.dep[clause] == "ccomp" and clause < verb and any(p.dep[c] == "dobj" for c in p.children[verb])


def _failed_deal(i: int, verb: int, p: Parse, lex: Lexicon, negators: frozenset[str]) -> bool:
    """Whether the cooperation, agreement or venture noun ``i`` is the subject of its own failure: ``the deal
    collapsed``, ``the partnership fell apart``, ``the agreement was scrapped``."""
    deals = lexicon_memo(lex, "modality:deal_nouns", lambda: frozenset(
        n for n, specs in lex.nouns.items()
        if any(pr in ("cooperatesWith", "agreementWith", "jointVentureWith", "investsIn") for pr, _s in specs)))
    if p.pos[verb] != "VERB" or not ({p.lower[i], p.lemma[i]} & deals):
        return False
    forms = word_forms(verb, p)
    if p.dep[i] == "nsubjpass":
        return bool(forms & negators)  # "the deal was scrapped" (not "the deal was signed")
    if p.dep[i] != "nsubj" or any(p.dep[c] == "dobj" for c in p.children[verb]):
        return False  # "the deal ended a dispute": what it ends is its object
    particles = {p.lower[c] for c in p.children[verb] if p.dep[c] in ("prt", "advmod")}
    return bool(forms & lex.words("failing_verbs")) or \
        bool(forms & lex.words("failing_phrasal_verbs") and particles & lex.words("failing_particles"))


def hypothetical(tok: Token, lex: Lexicon, parse: Parse | None = None) -> bool:
    """Whether ``tok`` is only supposed, asked about or speculated on: ``if Washington sanctions X``, ``asked
    whether X would invest``, ``X might supply``; such a clause states no relation, not even a planned one."""
    p = parse if parse is not None else read_parse(tok.doc)
    return _supposed(governor_chain(tok.i, p), p, lex)


#: auxiliaries of a consequence that holds only under a condition: ``X would cooperate with Y if …``
CONDITIONAL_AUX = frozenset({"would", "could"})


def conditional_consequence(verb: int, p: Parse, marks: frozenset[str]) -> bool:
    """Whether a verb with ``would``/``could`` has a condition clause (``if``, ``unless``) of its own: ``X would
    work with Y if Z allowed it`` supposes the work (``X will work with Y if …`` plans it, and is left alone)."""
    kids = p.children[verb]
    return any(p.dep[c] == "aux" and p.lower[c] in CONDITIONAL_AUX for c in kids) and any(
        p.dep[c] == "advcl" and any(p.dep[m] == "mark" and p.lower[m] in marks for m in p.children[c]) for c in kids)


def _supposed(chain: list[int], p: Parse, lex: Lexicon) -> bool:
    """:func:`hypothetical` over the governors of a token (``chain``)."""
    marks, aux, verbs = _hypothetical(lex)
    if inverted(chain, p, lex):
        return True  # "Should X restrict …, Y would …", "Will X join Z?" (r13suite_modality.py)
    if reported_speculation(chain, p, lex):
        return True  # "Bankers say X could take a stake in Y"
    if passive_report_speculation(chain, p, lex, _deliberating(lex), _reported(lex)[0]):
        return True  # "X is reported to be considering a stake in Y" (r15latam_modality.py)
    if hedged_claim(chain, p, lex):
        return True  # "Some foreign media say the curbs target Y"
    if supposed_deal(chain, p):
        return True  # "A joint venture between A and B would need approval" (r15suite3_modality.py)
    dep, lower = p.dep, p.lower
    for k, gov in enumerate(chain):
        for child in p.children[gov]:
            label = dep[child]
            if label == "mark" and lower[child] in marks:
                return True
            if k == 0 and label == "aux" and lower[child] in aux:
                return True
            # "X might take a stake in Y": the supposing auxiliary sits on the verb whose object is the trigger
            if k == 1 and label == "aux" and lower[child] in aux and dep[chain[0]] == "dobj":
                return True
            # "X should take an equity stake in Y": the trigger a compound of the verb's object (r17pub5)
            if k == 2 and label == "aux" and lower[child] in aux and dep[chain[1]] == "dobj" and \
                    dep[chain[0]] == "compound":
                return True
        # "X is considering a joint venture with Y": a deal only weighed (its object; branch r17curb)
        if k == 1 and dep[chain[0]] == "dobj" and word_forms(gov, p) & lex.words("r17curb_weighing_verbs"):
            return True
        # "talks on a trade deal between A and B collapsed": a deal the failed talks were about (branch r17curb)
        if k > 0 and dep[gov] in ("nsubj", "nsubjpass") and word_forms(gov, p) & lex.words("talks_nouns") and \
                _failed(p.head[gov], p, lex):
            return True
        if (k == 0 or k == 1 and dep[chain[0]] == "dobj") and conditional_consequence(gov, p, marks):
            return True  # "X would cooperate with Y if the rules allowed it", "X could sign a deal … if …"
        if k > 0 and p.pos[gov] == "VERB" and word_forms(gov, p) & verbs:
            return True
        # "Hanoi asked Samsung to transfer technology to X": what one is asked to do (not who asks)
        if k > 0 and dep[chain[k - 1]] in ("xcomp", "ccomp") and p.pos[gov] == "VERB" and \
                word_forms(gov, p) & lex.words("r17lead_requesting_verbs"):
            return True
        # "rumours that X would form a venture with Y": a clause that completes a noun of supposition
        if k > 0 and dep[chain[k - 1]] in ("acl", "ccomp") and p.pos[gov] == "NOUN" and \
                word_forms(gov, p) & lex.words("r14suite2_supposition_nouns"):
            return True
    return _completes_supposition(chain[-1], p, lex)


def _failed(verb: int, p: Parse, lex: Lexicon) -> bool:
    """Whether the verb at ``verb`` says its subject failed: ``collapsed``, ``stalled``, ``broke down``, ``fell
    through`` (coop4._fails on the parse arrays)."""
    forms = word_forms(verb, p)
    return bool(forms & lex.words("failing_verbs")) or bool(forms & lex.words("failing_phrasal_verbs")) and any(
        p.dep[c] in ("prt", "advmod") and p.lower[c] in lex.words("failing_particles") for c in p.children[verb])


def _completes_supposition(top: int, p: Parse, lex: Lexicon) -> bool:
    """Whether the clause ``top`` (the last governor of a trigger) completes a noun of supposition: ``There is talk
    that X may seek a partnership with Y`` (the parser hangs ``seek`` on ``talk`` as an adverbial clause)."""
    if p.dep[top] not in ("ccomp", "advcl", "acl"):
        return False
    head = p.head[top]
    return p.pos[head] == "NOUN" and bool(word_forms(head, p) & lex.words("r15newsb_supposition_nouns")) and \
        any(p.dep[m] == "mark" and p.lower[m] == "that" for m in p.children[top])


def status(tok: Token, lex: Lexicon, parse: Parse | None = None) -> str:
    """``planned`` for will/would/plans to/was ordered to/agreed to; else ``asserted``."""
    aux = lex.planned.get("aux", set())
    govs = lex.planned.get("governors", set())
    nouns = lex.planned.get("nouns", set())
    p = parse if parse is not None else read_parse(tok.doc)
    dep, lower, lemma, head = p.dep, p.lower, p.lemma, p.head
    chain = governor_chain(tok.i, p)
    for k, gov in enumerate(chain):
        if k > 0 and dep[chain[k - 1]] in ("nsubj", "nsubjpass", "csubj"):
            break  # "the directive sets a deadline", "the agreement will boost trade": the trigger is the subject
        kids = p.children[gov]
        for child in kids:
            label = dep[child]
            if label in ("aux", "auxpass") and lower[child] in aux:
                return "planned"
            if label == "aux" and lower[child] == "to" and lemma[head[gov]] in ("be", "is") :
                return "planned"
        # "set up a venture" is done, "set to" is not
        if k > 0 and (lower[gov] in nouns or word_forms(gov, p) & govs and not any(dep[c] == "prt" for c in kids)):
            return "planned"
        if dep[gov] == "xcomp" and lemma[head[gov]] == "be":
            return "planned"
    return "asserted"
