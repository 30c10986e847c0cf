"""What the relation rules ask of a parsed document: who a token refers to, and the modality of a clause."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.nlp import extensions
from kg.nlp.lexicon import Lexicon
from kg.nlp.mentions import Mention
from kg.nlp.relations.index import DocIndex, lexicon_memo
from kg.nlp.relations.mentions import POSSESSIVE, ends_in_possessive, listed_after_group, titled_body
from kg.nlp.relations.modality import negated, status
from kg.records import Entity

CONTROL_VERBS_OBJECT = {"order", "instruct", "tell", "task", "direct", "command", "urge", "ask", "require", "help",
                        "allow", "force", "invite", "encourage", "push", "press", "call",
                        "pick", "choose", "select", "tap", "hire", "commission"}  # "picked X to supply …"


class Candidate(NamedTuple):
    """One relation a rule found in one sentence."""

    subject: str
    predicate: str
    object: str
    rule: str
    status: str
    sent: Span
    topics: tuple[str, ...] = ()


class DocContext:
    """Look-ups over one document: the mention under a token, references, technologies, modality."""

    def __init__(self, doc: Doc, lexicon: Lexicon, leaders: dict[str, str] | None = None,
                 parents: dict[str, str] | None = None) -> None:
        self.doc, self.lex = doc, lexicon
        #: person id -> id of what the gazetteer says they head (used only when the text gives the title)
        self.leaders = leaders or {}
        #: organisation id -> id of what the gazetteer says it is a part of (parts.py: when the text names both)
        self.parents = parents or {}
        self.entities: dict[str, Entity] = extensions.entities(doc)
        self.refs: dict[int, list[str]] = extensions.refs(doc)
        self.mentions: list[Mention] = extensions.mentions(doc)
        self.index = DocIndex(doc)
        self.mention_at: dict[int, str] = {}
        for ent in self.index.ents:
            for i in range(ent.start, ent.end):
                self.mention_at[i] = ent.kb_id_
        self.plural_refs: dict[int, list[str]] = {}
        #: token index -> whether its clause is negated / its status: several rules ask about the same trigger
        self._negated: dict[int, bool] = {}
        self._status: dict[int, str] = {}
        self.products = self._product_owners()

    def find(self, sent: Span, words: set[str]) -> list[Token]:
        """The tokens of ``sent`` whose lower-case form or lemma is one of ``words``."""
        return self.index.find(sent, words)

    def lex_memo(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()``, made once per lexicon (a rule's word set derived from it; see :func:`lexicon_memo`)."""
        return lexicon_memo(self.lex, key, make)

    def ents_in(self, sent: Span) -> list[Span]:
        """The entity mentions of ``sent``."""
        return self.index.ents_in(sent)

    def _product_owners(self) -> dict[str, str]:
        """Model names an organisation owns in the text: ``its H20 processor``, ``Nvidia's H100 chips``."""
        from kg.nlp.mentions import MODEL_NAME

        owners: dict[str, str] = {}
        for tok in (self.doc[i] for i in self.index.matching(MODEL_NAME)):  # the model names' tokens only
            if tok.text in owners:
                continue
            head = tok.head if tok.dep_ in ("compound", "nmod", "amod") else tok
            for child in head.children:
                if child.dep_ == "poss":
                    found = [a for a in (self.actors(child, conj=False) if child.lower_ != "its"
                                         else self.recent_org(child)) if self.type_of(a) == "Organization"]
                    if found:
                        owners[tok.text] = found[0]
        return owners

    def product_supplier(self, tok: Token) -> list[str]:
        """The maker of a product named in the subtree of ``tok`` (``worth of H20 chips`` -> Nvidia)."""
        return [self.products[t.text] for t in tok.subtree if t.text in self.products][:1]

    # -- entities -----------------------------------------------------------------------------------------
    def type_of(self, entity_id: str) -> str:
        e = self.entities.get(entity_id)
        return e.type if e else ""

    def is_actor(self, entity_id: str) -> bool:
        return self.type_of(entity_id) not in ("", "Technology")

    def entity(self, tok: Token) -> str | None:
        """The entity id of the mention ``tok`` is part of."""
        return self.mention_at.get(tok.i)

    def mention_root(self, tok: Token) -> Token:
        """The syntactic head of the mention containing ``tok`` (``tok`` itself outside mentions)."""
        eid = self.mention_at.get(tok.i)
        if eid is None:
            return tok
        start = end = tok.i
        while start > 0 and self.mention_at.get(start - 1) == eid:
            start -= 1
        while end + 1 < len(self.doc) and self.mention_at.get(end + 1) == eid:
            end += 1
        return self.doc[start:end + 1].root

    def technologies(self, tok: Token, *, shallow: bool = False) -> list[str]:
        """Technology entities in the subtree of ``tok`` (``shallow``: not inside clauses nested in it)."""
        out = []
        nested = {d.i for t in tok.subtree if t is not tok and t.dep_ in ("relcl", "acl", "advcl", "ccomp")
                  for d in t.subtree} if shallow else set()
        for t in tok.subtree:
            if t.i in nested:
                continue
            eid = self.mention_at.get(t.i)
            if eid and self.type_of(eid) == "Technology" and eid not in out:
                out.append(eid)
        return out

    def actors(self, tok: Token | None, *, conj: bool = True, groups: bool = True) -> list[str]:
        """The actor ids a noun phrase headed by ``tok`` refers to: names, references, groups, conjuncts.

        ``Russia and China`` gives both; ``Chinese companies`` gives China; ``Chinese companies, like Baidu
        and Huawei`` gives Baidu and Huawei; ``the bank`` gives the bank named before; ``U.S. officials`` the US.
        """
        if tok is None:
            return []
        out: list[str] = []
        eid = self.mention_at.get(tok.i)
        if eid and self.is_actor(eid):
            out.extend(self.coordinated_names(tok) if conj else [])
            out.append(eid)
        elif tok.i in self.refs and not any(c.dep_ == "appos" and c.i == tok.i + 1 and self.entity(c)
                                            for c in tok.children) and not self.listed_names(tok):
            # a description with its name right after it ("the European group Airbus") is that name (below)
            out.extend(self.refs[tok.i])
        elif tok.lower_ in self.lex.words("plural_pronouns") and tok.i in self.plural_refs:
            out.extend(self.plural_refs[tok.i])
        elif tok.lower_ in {"it", "its"}:
            out.extend(self.recent_org(tok))
        elif tok.lower_ in {"we", "us", "our"}:
            out.extend(self.speaker_body(tok))
        elif groups and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(self.group(tok))
        if conj:
            parse = self.index.parse  # the children read by index: a Token only for those that count
            dep, lower, children = parse.dep, parse.lower, parse.children
            for c in children[tok.i]:
                if dep[c] == "conj":
                    child = self.doc[c]
                    if tok.dep_ != "poss" and ends_in_possessive(child, self):
                        continue  # "A, B and Norway's Telenor": Norway owns a name, it is no party itself
                    out.extend(a for a in self.actors(child, groups=groups) if a not in out)
                elif dep[c] == "prep" and lower[c] == "along":
                    out.extend(a for p in self.pobjs(self.doc[c], {"with"}) for a in self.actors(p, groups=groups)
                               if a not in out)
                elif dep[c] == "prep" and lower[c] == "with" and any(lower[g] == "along" for g in children[c]):
                    out.extend(a for g in children[c] if dep[g] == "pobj" for a in self.actors(self.doc[g], groups=groups)
                               if a not in out)
        return out

    def coordinated_names(self, tok: Token) -> list[str]:
        """Names the parser folded into one noun phrase: ``Biren Technology and Moore Threads`` comes out as one
        name modifying another; the names before "and" or "," inside the phrase are conjuncts."""
        within = self.index.within  # in the subtree of tok, by the heads above a token
        eid = self.mention_at[tok.i]
        start = tok.i
        while start > 0 and self.mention_at.get(start - 1) == eid:
            start -= 1
        found: list[str] = []
        i = self._before_possessor(start) - 1
        while i >= 0 and self.doc[i].lower_ in ("and", ",") and within(i, tok.i):
            j = i - 1
            while j >= 0 and self.doc[j].lower_ in ("and", ","):
                j -= 1
            other = self.mention_at.get(j)
            if other is None or not within(j, tok.i) or not self.is_actor(other) or other == eid:
                break
            found.insert(0, other)
            while j > 0 and self.mention_at.get(j - 1) == other:
                j -= 1
            i = self._before_possessor(j) - 1
        return found

    def _before_possessor(self, start: int) -> int:
        """Where a name starts with its country's possessive: ``South Korea's Samsung`` (the parser mixes up
        coordinated possessives, so they are read in surface order)."""
        if start >= 2 and self.doc[start - 1].lower_ in POSSESSIVE:
            country = self.mention_at.get(start - 2)
            if country and self.type_of(country) == "Country":
                start -= 2
                while start > 0 and self.mention_at.get(start - 1) == country:
                    start -= 1
        return start

    def examples(self, tok: Token) -> list[str]:
        """Named examples of a group: ``companies like Baidu and Huawei``, ``… among them Cambricon``."""
        markers = self.lex.words("example_markers")
        out: list[str] = []
        children = list(tok.children)
        if tok.dep_ == "dobj":  # "affect Japanese makers …, including X": the parser hangs "including" on the verb
            children += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in markers and c.i > tok.i]
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" and tok.tag_ == "NNS":
            # "sold satellites to three countries, among them X and Y": the list hangs on the verb too
            children += [c for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ in markers
                         and c.i > tok.i]
        if tok.dep_ in ("dobj", "nsubjpass") and tok.tag_ == "NNS":
            # "added three entities to its list, namely X and Y", "two firms were blacklisted by Z: X and Y"
            # (hung on the group, or on the list or agent of its verb; not "centres in seven countries: A, B")
            children += [t for t in tok.head.subtree if t.dep_ == "appos" and t.i > tok.i + 1 and
                         (self.doc[t.i - 1].text == ":" or any(c.lower_ == "namely" for c in t.children)) and
                         (t.head.i == tok.i or t.head.dep_ == "pobj" and t.head.head.head.i == tok.head.i and
                          t.head.head.lower_ in ("to", "on", "onto", "by"))]
        # "makers of chips such as TSMC": the examples hang on the noun of the "of" phrase
        children += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and not self.is_actor(self.entity(p) or "")
                     for g in p.children if g.dep_ == "prep"]
        for child in children:
            # "such as X": the words of the marker up to the preposition ("such as X from …" has another after)
            if child.dep_ == "prep" and (child.lower_ in markers or
                                         " ".join(t.lower_ for t in child.subtree if t.dep_ in ("prep", "amod"))
                                         in markers or " ".join(t.lower_ for t in child.subtree if t.dep_ in (
                                             "prep", "amod") and t.i <= child.i) in markers):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # "among them chief operating officer X": a title before the name
                        out.extend(self.actors(pobj, groups=False) or [
                            a for c in pobj.children if c.dep_ == "appos" for a in self.actors(c, groups=False)])
            elif child.dep_ in ("appos",) and child.i > tok.i:
                out.extend(self.actors(child, groups=False))
        word = f"{self.doc[tok.i - 2].lower_}-{tok.lower_}" if tok.i >= 2 and self.doc[tok.i - 1].text == "-" \
            else tok.lower_  # "start-ups" comes out as three tokens
        if not out and tok.tag_ in ("NNS", "NNPS") and word in self.lex.words("org_nouns"):
            out.extend(a for c in listed_after_group(tok, self) for a in self.actors(c, groups=False) if a not in out)
        return out

    def group(self, tok: Token) -> list[str]:
        """An unnamed group or description resolved to its named examples, its apposition, or its country."""
        if tok.lower_ in ("that", "which", "who", "whom") and tok.head.dep_ in ("relcl",):
            return self.actors(tok.head.head)
        if tok.lower_ in ("which", "whom") and tok.dep_ == "pobj" and tok.head.head.dep_ == "relcl":
            # "Mistral, in which Microsoft took a stake": the noun the relative clause describes
            return self.actors(self.mention_root(tok.head.head.head), conj=False)
        named = self.listed_names(tok) or self.examples(tok)
        if named:
            return named
        if tok.dep_ == "appos" and self.entity(tok.head) and tok.pos_ == "NOUN":
            return self.actors(self.mention_root(tok.head))
        for child in tok.children:
            if child.dep_ == "appos":
                named = [a for a in self.actors(child, groups=False) if self.is_actor(a)]
                if named:
                    return named
        agent = tok.lower_ in self.lex.words("agent_nouns") or tok.lemma_ in self.lex.words("agent_nouns")
        if tok.lemma_ in self.lex.words("part_of_nouns"):
            # "parts of the country's economy", "projects across Russia"
            for pobj in self.pobjs(tok, {"of", "across", "in"}):
                found = self.actors(pobj, conj=False)
                if found:
                    return found
        if not agent:
            return []
        found = self._country_in_group(tok)
        if found:
            return found
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < tok.i:
                eid = self.mention_at.get(child.i)
                if eid and self.type_of(eid) in ("Country", "Bloc", "InternationalOrganization"):
                    return [eid]
            if child.dep_ == "prep" and child.lower_ in ("in", "from", "of", "across"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = [a for a in self.actors(pobj, groups=False)
                                 if self.type_of(a) in ("Country", "Bloc", "InternationalOrganization")]
                        if found:
                            return found
        return []

    def listed_names(self, tok: Token) -> list[str]:
        """Two names or more listed in apposition to a group, however the parser chained them: ``three groups —
        the lender X, the carrier Y and the conglomerate Z`` (names beside descriptions, and their conjuncts)."""
        if tok.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in tok.children):
            return []  # "U.S. producer Alcoa and trading house Sojitz": a description of one name, not a group
        found = [a for c in tok.children if c.dep_ == "appos" for a in self.described_names(c)]
        return list(dict.fromkeys(found)) if len(set(found)) >= 2 else []

    def described_names(self, tok: Token) -> list[str]:
        """The names ``tok`` and the descriptions and names in apposition or coordination with it give."""
        found: list[str] = []
        todo, seen = [tok], {tok.i}
        while todo and len(seen) < 40:
            here = todo.pop(0)
            eid = self.mention_at.get(here.i)
            if eid and self.is_actor(eid):
                if eid not in found:
                    found.append(eid)
            elif here.pos_ != "NOUN":
                continue  # only descriptions lead on to names
            for child in here.children:
                if child.dep_ in ("appos", "conj") and child.i not in seen and not ends_in_possessive(child, self):
                    seen.add(child.i)
                    todo.append(self.mention_root(child) if self.entity(child) else child)
        return found

    @staticmethod
    def antecedent(head: Token, pronoun: Token) -> Token:
        """What a relative pronoun refers to: of ``the government and Sberbank, which…``, the conjunct nearest it."""
        conjuncts = [head] + [c for c in head.conjuncts if c.i < pronoun.i]
        return max(conjuncts, key=lambda t: t.i)

    def listed_before(self, tok: Token, types: tuple[str, ...] = ("Country",)) -> list[str]:
        """The coordinated list of actors nearest before ``tok`` in its sentence (``Russia, China and India, all
        of them …``)."""
        last = None
        for i in range(tok.left_edge.i - 1, tok.sent.start - 1, -1):
            eid = self.mention_at.get(i)
            if eid and self.type_of(eid) in types:
                last = self.mention_root(self.doc[i])
                break
        if last is None:
            return []
        while last.dep_ == "conj" and last.head.i < last.i:
            last = last.head
        return [a for a in self.actors(last) if self.type_of(a) in types]

    def _country_in_group(self, tok: Token) -> list[str]:
        """``entities of concern in China's military-industrial complex``: the country a group's phrase names."""
        for t in tok.subtree:
            if t.i <= tok.i or t.i > tok.i + 8:
                continue
            eid = self.mention_at.get(t.i)
            if eid and self.type_of(eid) in ("Country", "Bloc") and (t.dep_ in ("poss", "pobj", "amod", "compound")):
                path = [t] + [a for a in t.ancestors if a.i > tok.i]
                if all(a.dep_ in ("poss", "pobj", "prep", "amod", "compound", "nmod") for a in path):
                    return [eid]
        return []

    def speaker_body(self, tok: Token) -> list[str]:
        """``"We will cooperate …," President Tokayev said``: "we" is what the quoted speaker heads."""
        for t in tok.sent:
            if t.lemma_ in ("say", "tell", "add", "announce", "state", "declare") and t.pos_ == "VERB":
                for child in t.children:
                    person = self.mention_at.get(child.i) if child.dep_ == "nsubj" else None
                    if person and self.type_of(person) == "Person":
                        led = titled_body(child, self) or self.leaders.get(person) or self._appos_body(child)
                        return [led] if led in self.entities else []
                    if person and self.is_actor(person) and tok.lower_ != "our":
                        return [person]  # "'We will keep supplying X,' Huawei said": the body speaks for itself
        return []

    def _appos_body(self, person: Token) -> str | None:
        """The body a title after a name gives: ``Amanda Lacaze, Lynas's managing director``, ``X, Lithuania's
        economy minister`` (a leader's, minister's or worker's title whose owner is named)."""
        titles = self.lex_memo("context:any_title", lambda: frozenset(
            self.lex.words("leader_titles") | self.lex.words("worker_titles") | {"minister", "executive"}))
        for title in (c for c in person.children if c.dep_ == "appos" and c.lemma_ in titles):
            for a in [a for c in title.children if c.dep_ == "poss" for a in self.actors(c, conj=False)] + \
                    [a for p in self.pobjs(title, {"of", "at"}) for a in self.actors(p, conj=False)]:
                if self.is_actor(a):
                    return a
        return None

    @staticmethod
    def _is_subject(root: Token) -> bool:
        """A clause's subject, or a name in apposition to one (``Beijing's fund, CIC, has pledged``)."""
        while root.dep_ == "appos":
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass")

    def _referred_org(self, i: int) -> str | None:
        """The one organisation a description at ``i`` refers to (``the agency``), as the reference step resolved
        it: an antecedent for a later ``it``/``its`` as much as a name is."""
        ids = self.refs.get(i)
        return ids[0] if ids and len(ids) == 1 and self.doc[i].pos_ in ("NOUN", "PROPN") else None

    def recent_org(self, tok: Token, sentences: int = 3) -> list[str]:
        """``it``/``its``: in its own sentence, the organisation that is a subject there, else the last one named
        there (``Jensen Huang, Nvidia's CEO, said … its chips``); failing that, the organisation that was last a
        subject in the few sentences before, else the last one named in the previous sentence. In the sentences
        before, a description the reference step resolved (``the agency``) counts as a name."""
        starts = [tok.sent.start]
        while len(starts) <= sentences and starts[-1] > 0:
            starts.append(self.doc[starts[-1] - 1].sent.start)
        here = [self.mention_at[i] for i in range(tok.i - 1, tok.sent.start - 1, -1)
                if self.mention_at.get(i) and self.type_of(self.mention_at[i]) == "Organization"]
        # "Beijing said it would restrict …": a state that is the sentence's subject is "it" too
        subjects_here = [i for i in range(tok.sent.start, tok.i) if self.mention_at.get(i)
                         and self.type_of(self.mention_at[i]) in ("Organization", "Country")
                         and self._is_subject(self.mention_root(self.doc[i]))]
        if subjects_here:
            return [self.mention_at[subjects_here[-1]]]
        if here:
            return here[:1]
        fallback: list[str] = []
        nearby = starts[min(1, len(starts) - 1)]
        for i in range(tok.sent.start - 1, starts[-1] - 1, -1):
            eid = self.mention_at.get(i) or self._referred_org(i)
            if eid and self.type_of(eid) == "Organization":
                if self._is_subject(self.mention_root(self.doc[i])):
                    return [eid]
                if i >= nearby and not fallback:
                    fallback = [eid]
        return fallback

    # -- clause structure ---------------------------------------------------------------------------------
    def subjects(self, verb: Token) -> list[str]:
        """The actors doing ``verb``: its subject, the agent of a passive, or the subject it inherits."""
        for child in verb.children:
            if child.dep_ == "nsubj" or child.dep_ == "csubj":
                if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl" and \
                        verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("among", "as") and \
                        verb.head.head.head.pos_ in ("AUX", "VERB"):
                    # "ByteDance and Tencent were among the companies that ordered …"
                    return self.clause_subjects(verb.head.head.head)
                if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                    if any(c.lower_ in ("both", "all") for c in verb.children):
                        # "X and Y, which both belong to Z": every conjunct, wherever the parser hung the clause
                        group = [verb.head] + list(verb.head.conjuncts)
                        return list(dict.fromkeys(a for t in group for a in self.actors(t, conj=False)))
                    found = self.actors(self.antecedent(verb.head, child), conj=False)
                    return found or self._described_by_place(verb.head)
                # "Australia, US sign pact": a headline's comma-joined names come out as two subjects
                return self._dated_first(child) + self.actors(child) + [a for c in verb.children if c.dep_ == "nsubj" and c.i > child.i
                                             and self.entity(c.left_edge) == self.entity(c) is not None
                                             and self.doc[c.left_edge.i - 1].text == ","
                                             for a in self.actors(c)]
        for child in verb.children:
            if child.dep_ == "agent":
                return [a for p in child.children if p.dep_ == "pobj" for a in self.actors(p)]
            if child.dep_ == "prep" and child.is_sent_start and child.i < verb.i and \
                    not any(c.dep_ == "nsubjpass" for c in verb.children):
                # "In March Nokia and Ericsson joined forces": after a leading date the names are the subject
                dated = [p for p in child.children if p.dep_ == "pobj" and self.entity(p) and any(
                    t.like_num or t.lower_ in self.lex.words("month_words") for t in p.subtree)]
                if dated:
                    return [a for p in dated for a in self.actors(p)]
        return self.inherited_subjects(verb)

    def _described_by_place(self, place: Token) -> list[str]:
        """``Sophgo, a chip designer based in Xiamen, which had ordered …``: a relative clause the parser hangs
        on the place of a ``based in`` phrase describes what is based there."""
        prep = place.head
        if place.dep_ != "pobj" or prep.lower_ != "in" or prep.head.dep_ != "acl" or \
                prep.head.lemma_ not in self.lex.words("location_verbs") or self.entity(place):
            return []
        return [a for a in self.actors(prep.head.head, conj=False) if self.type_of(a) != "Country"]

    def _dated_first(self, subject: Token) -> list[str]:
        """``In 2013 Mubadala and RDIF joined forces``: after a leading date the parser takes the first name for
        the object of ``In`` and only the second for the subject; the first is a subject too."""
        before = subject.left_edge.i - 1
        if before < 1 or self.doc[before].lower_ != "and" or self.doc[before].head.dep_ != "prep":
            return []
        prep = self.doc[before].head
        dated = [p for p in prep.children if p.dep_ == "pobj" and p.i < before and any(
            t.like_num or t.lower_ in self.lex.words("month_words") for t in p.subtree)]
        return [a for p in dated for a in self.actors(p, conj=False)]

    def clause_subjects(self, verb: Token) -> list[str]:
        """Who a clause is about: its subject, or the subject of a passive (``companies were involved``)."""
        found = self.subjects(verb)
        if not found:
            found = [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.actors(c)]
        return found

    def inherited_subjects(self, verb: Token) -> list[str]:
        """Subjects a verb without its own takes from the clause it hangs on (control, coordination, relatives)."""
        head = verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            return self.subjects(head) if head is not verb else []
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head is not head:
            return self.subjects(head.head)  # "X and Y are due to sign", "X is ready to supply"
        if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VB"):
            if head.lemma_ in CONTROL_VERBS_OBJECT:
                objs = [a for c in head.children if c.dep_ in ("dobj", "dative") for a in self.actors(c)]
                if objs:
                    return objs
            # "China is set to sign", "Rosatom was ordered to supply": a passive's subject carries over too
            return self.clause_subjects(head) if head is not verb else []
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            # "Safaricom was allocated spectrum and has chosen Nokia": a passive's subject carries over too
            return self.subjects(head) or [a for c in head.children if c.dep_ == "nsubjpass" for a in self.actors(c)]
        if verb.dep_ in ("relcl", "acl"):
            found = self.actors(head)
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if not found and verb.dep_ == "acl" and to and head.pos_ == "NOUN" and \
                    head.lemma_ in self.lex.words("intent_nouns"):
                # "his commitment to work with X", "Moscow's plan to supply Y": who holds the intent acts on it,
                # unless it is dropped, refused or blocked ("rejected X's offer to buy Y")
                held = head.head.head if head.dep_ == "pobj" else head.head
                dropped = self.negated(head) or held.lemma_ in self.lex.negation.get("governors", []) or \
                    held.lemma_ in self.lex.words("blocking_verbs") or held.lemma_ in self.lex.words("divest_verbs")
                found = [] if dropped else [a for c in head.children if c.dep_ == "poss" for a in self.actors(c)]
            if not found and verb.dep_ == "acl" and to:
                # "X announced a contract to supply Y", "X signed a deal to buy …": who holds the plan acts on it
                governor = head.head.head if head.dep_ == "pobj" else head.head
                # not "had no plans to curb …", nor "an agreement with Y to build …" (who builds is open)
                plain = not any(c.lower_ in ("no", "with") or c.dep_ == "poss" for c in head.children) \
                    and not self.negated(governor) \
                    and governor.lemma_ not in self.lex.negation.get("governors", [])  # "abandoned its plan to buy"
                if head.dep_ in ("dobj", "pobj") and governor.pos_ == "VERB" and governor is not head and plain:
                    found = self.clause_subjects(governor)
            return found
        if verb.dep_ == "pcomp" and head.lower_ == "for" and head.head.pos_ == "VERB" and verb.tag_ == "VBG":
            # "BIS added X to the list for cooperating with Y": the one punished, thanked or praised did it
            done_by = [a for c in head.head.children if c.dep_ == "dobj" for a in self.actors(c)]
            # only with a named counterpart: a list of the punished does not cooperate among itself
            if done_by and (any(self.actors(c) for c in verb.children if c.dep_ == "dobj") or
                            any(self.actors(p) for p in self.pobjs(verb, {"with", "to", "in"}))):
                return done_by
        if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head)
        if verb.dep_ == "pcomp" and head.head.pos_ == "ADJ" and head.head.dep_ == "acomp":
            return self.subjects(head.head.head)  # "X remains committed to helping Y"
        return []

    def pobjs(self, tok: Token, preps: set[str]) -> Iterator[Token]:
        """Objects of the prepositions ``preps`` attached to ``tok``."""
        p = self.index.parse  # read by index: no Token but for what is yielded
        dep, children, doc = p.dep, p.children, self.doc
        for child in children[tok.i]:
            if dep[child] in ("prep", "dative") and p.lower[child] in preps and \
                    not any(dep[c] == "neg" for c in children[child]):  # "from ZPMC, not from ABB"
                for prep in [child] + [c for c in children[child] if dep[c] == "conj" and p.pos[c] == "ADP"]:
                    for pobj in children[prep]:
                        if dep[pobj] == "pobj":
                            yield doc[pobj]

    # -- modality -----------------------------------------------------------------------------------------
    def negated(self, tok: Token) -> bool:
        """Whether the clause of ``tok`` is negated (see :func:`kg.nlp.relations.modality.negated`)."""
        if tok.i not in self._negated:
            self._negated[tok.i] = negated(tok, self.lex, self.index.parse)
        return self._negated[tok.i]

    def status(self, tok: Token) -> str:
        """``planned`` or ``asserted`` (see :func:`kg.nlp.relations.modality.status`)."""
        if tok.i not in self._status:
            self._status[tok.i] = status(tok, self.lex, self.index.parse)
        return self._status[tok.i]
