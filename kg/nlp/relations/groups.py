"""How the relation rules read an unnamed group or a description: ``companies like Baidu and Huawei``, ``three
groups — the lender X, the carrier Y and the conglomerate Z``, ``Chinese firms``, ``Russia, China and India, all of
them …``. :class:`GroupReading` is mixed into :class:`~kg.nlp.relations.context.DocContext`, whose look-ups
(``actors``, ``mention_at``, ``type_of``, ``lex``, ...) its methods use."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.mentions import ends_in_possessive, listed_after_group, name_before


class GroupReading:
    """The group and example readings of :class:`~kg.nlp.relations.context.DocContext`."""

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
            dep = self.index.parse.dep  # a Token only for the appositions after the group in its verb's subtree
            children += [t for t in (self.doc[a] for a in self.index.subtree(tok.head.i)
                                     if dep[a] == "appos" and a > tok.i + 1) if
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
            head = self.mention_root(tok.head)
            if tok.tag_ == "NN" and tok.lemma_ not in self.lex.words("collective_nouns"):
                # "Nokia and Huawei, the Chinese equipment maker": one maker, the name right before it (and
                # "Samsung, the chipmaker, and TSMC, the foundry": the foundry is TSMC, wherever the parse hangs it)
                before = name_before(tok, self)
                return [before] if before else self.actors(
                    max([head] + [c for c in head.conjuncts if c.i < tok.i], key=lambda t: t.i), conj=False)
            return self.actors(head)
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
        if len(set(found)) < 2:
            found = self.spelled_after_colon(tok)
        return list(dict.fromkeys(found)) if len(set(found)) >= 2 else []

    def spelled_after_colon(self, tok: Token) -> list[str]:
        """The actors a counted group spells out right after a colon, read in surface order however the parser
        hung them (``sanctioned four Russian banks: A, B, C and D``): nothing but names and list glue up to the
        full stop; else none."""
        doc, i = self.doc, tok.i + 1
        if i >= len(doc) or doc[i].text != ":":
            return []
        found: list[str] = []
        end, i = len(doc), i + 1  # the parser may end a sentence at the colon: read on to the full stop
        while i < end:
            eid = self.mention_at.get(i)
            if eid is not None:
                if not self.is_actor(eid):
                    return []
                found.append(eid)
                while i < end and self.mention_at.get(i) == eid:
                    i += 1
                continue
            if doc[i].lower_ in (".", ";", "!") or doc[i].is_space:
                break
            if doc[i].lower_ not in (",", "and", "the", "&"):
                return []
            i += 1
        return found

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
        for t in (self.doc[i] for i in self.index.subtree(tok.i) if tok.i < i <= tok.i + 8):
            eid = self.mention_at.get(t.i)
            if eid and self.type_of(eid) in ("Country", "Bloc") and (t.dep_ in ("poss", "pobj", "amod", "compound")):
                path = [t] + [a for a in t.ancestors if a.i > tok.i]
                if all(a.dep_ in ("poss", "pobj", "prep", "amod", "compound", "nmod") for a in path):
                    return [eid]
        return []
