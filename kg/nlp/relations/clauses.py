"""How the relation rules find who does what a verb says: its subject, a passive's agent, the subject a verb
without its own takes from the clause it hangs on (control, coordination, relative clauses, intents).
:class:`ClauseReading` is mixed into :class:`~kg.nlp.relations.context.DocContext`, whose look-ups (``actors``,
``entity``, ``negated``, ``lex``, ...) its methods use."""

from __future__ import annotations

from spacy.tokens import Token

CONTROL_VERBS_OBJECT = {"order", "instruct", "tell", "task", "direct", "command", "urge", "ask", "require", "help",
                        "allow", "force", "invite", "encourage", "push", "press", "call",
                        "pick", "choose", "select", "tap", "hire", "commission",  # "picked X to supply …"
                        "prompt", "spur", "compel", "persuade", "enable", "oblige", "cause", "drive", "pressure",
                        "lead"}  # "prompting Russian banks to turn to UnionPay": the banks turn


class ClauseReading:
    """The clause readings of :class:`~kg.nlp.relations.context.DocContext`."""

    @staticmethod
    def antecedent(head: Token, pronoun: Token) -> Token:
        """What a relative pronoun refers to: of ``the government and Sberbank, which…``, the conjunct nearest it."""
        conjuncts = [head] + [c for c in head.conjuncts if c.i < pronoun.i]
        return max(conjuncts, key=lambda t: t.i)

    def subjects(self, verb: Token) -> list[str]:
        """The actors doing ``verb``: its subject, the agent of a passive, or the subject it inherits (read once per
        token when the context's references are settled)."""
        readings = self._readings  # type: ignore[attr-defined]
        if readings is None:
            return self._subjects(verb)
        key = ("subjects", verb.i)
        found = readings.get(key)
        if found is None:
            found = readings[key] = self._subjects(verb)
        return list(found)

    def _subjects(self, verb: Token) -> list[str]:
        for child in verb.children:
            if child.dep_ == "nsubj" or child.dep_ == "csubj":
                if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl" and \
                        verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("among", "as") and \
                        verb.head.head.head.pos_ in ("AUX", "VERB"):
                    # "ByteDance and Tencent were among the companies that ordered …"
                    return self.clause_subjects(verb.head.head.head)
                if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                    if any(c.lower_ in ("both", "all") for c in verb.children) or self._plural_clause(verb, child):
                        # "X and Y, which both belong to Z": every conjunct, wherever the parser hung the clause
                        group = [verb.head] + list(verb.head.conjuncts)
                        return list(dict.fromkeys(a for t in group for a in self.actors(t, conj=False)))
                    found = self.actors(self.antecedent(verb.head, child), conj=False)
                    return found or self._described_by_place(verb.head)
                # "Australia, US sign pact": a headline's comma-joined names come out as two subjects, and so do
                # "Siemens, the German group, and Hitachi signed …"
                return self._dated_first(child) + self.actors(child) + [
                    a for c in verb.children if c.dep_ == "nsubj" and c.i > child.i
                    and self.entity(c.left_edge) == self.entity(c) is not None
                    and self.doc[c.left_edge.i - 1].lower_ in (",", "and") for a in self.actors(c)]
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
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            # "X was added to the entity list by Y": the parser may hang the agent on the list (a named kind of
            # list: "added to the list by Y" says too little)
            by = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto")
                  for o in c.children if o.dep_ == "pobj" and not self.entity(o) and
                  (o.lower_ == "blacklist" or any(g.dep_ in ("compound", "amod") for g in o.children))
                  for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
                  for p in b.children if p.dep_ == "pobj"]
            if by:
                return [a for p in by for a in self.actors(p)]
        head = verb.head
        if verb.dep_ == "advcl" and head.dep_ == "ROOT" and head.i < verb.i and self.entity(head) and \
                any(c.dep_ == "aux" and c.lower_ == "to" and c.i == head.i + 1 for c in verb.children):
            return self.actors(head)  # a headline: "Alibaba to lead MiniMax fundraising"
        return self.inherited_subjects(verb)

    @staticmethod
    def _plural_clause(verb: Token, pronoun: Token) -> bool:
        """Whether a relative clause set off after a list agrees with the whole list: ``A, B and C, which build
        jets`` (a plural present verb or auxiliary after a comma, or a ``their`` the clause's verb governs:
        ``A and B, which suspended their operations``), not ``A and B, which builds jets`` (the nearest)."""
        if pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != "," or not verb.head.conjuncts:
            return False
        return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" or
                                         c.lower_ in ("were",) for c in verb.children) or any(
            t.lower_ == "their" and t.dep_ == "poss" and verb in (t.head.head, t.head.head.head)
            for t in verb.subtree)

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
        if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or verb.i > 0 and verb.doc[verb.i - 1].lower_ == "having"):
            return self.subjects(head) if head is not verb else []  # "Having joined NATO in 2023, Finland …"
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head is not head:
            return self.subjects(head.head)  # "X and Y are due to sign", "X is ready to supply"
        if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VB"):
            if head.lemma_ in CONTROL_VERBS_OBJECT:
                objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objects:  # "chose a firm to supply X": the firm supplies, never the chooser
                    return [a for c in objects for a in self.actors(c)]
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
            if any(c.dep_ == "dobj" for c in head.head.children):
                return []  # "designated three exchanges for helping Russia": the exchanges, not the Treasury
            punished = [a for c in head.head.children if c.dep_ == "nsubjpass" for a in self.actors(c)]
            if punished:
                return punished  # "X was sanctioned for supplying drones to Y"
        if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head)
        if verb.dep_ == "pcomp" and head.head.pos_ == "ADJ" and head.head.dep_ == "acomp":
            return self.subjects(head.head.head)  # "X remains committed to helping Y"
        return []
