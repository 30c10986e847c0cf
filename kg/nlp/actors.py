"""Actor rules of the linker: which NER names are places, products or bare words, which are people or
organisations, and which places say where a firm is based."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from kg.nlp.described_names import placed_firm
from kg.nlp.descriptors import described_as
from kg.nlp.kb import KnowledgeBase, normalize
from kg.nlp.mentions import PERSON_TITLES, Mention
from kg.nlp.places import PlaceIndex, based_places, described_name, subject_org_before
from kg.nlp.portfolios import before_portfolio_title
from kg.nlp import r14wire
from kg.nlp import r15newsb
from kg.nlp.r10ents import after_country
from kg.nlp.r12org import org_shaped
from kg.nlp.r16firms import all_people_listed
from kg.nlp.name_parts import GAZETTEER_KEY
from kg.nlp.repair import POSSESSIVES, is_non_entity
from kg.nlp.tokens import span_text
from kg.records import Entity


#: stock exchanges, before a ticker ("NYSE: BABA") or taken for a name
STOCK_EXCHANGES = {"NYSE", "NASDAQ", "HKEX", "SSE", "SZSE", "TSE", "TWSE", "KRX", "KOSPI", "LSE", "MOEX", "BSE", "NSE",
                   "SGX", "ASX", "TSX", "EURONEXT", "XETRA", "OTC"}


#: prepositions that list examples after a plural noun ("investors including X", "firms such as X", "makers like X")
LIST_PREPS = {"including", "as", "like"}
#: prepositions inside a law's name after the words the model took for a name ("Protecting X from Y Act")
LAW_JOINERS = {"from", "of", "for", "against", "on", "through", "to"}
#: how many words after a name are read for the rest of a law's name
LAW_TAIL = 8
#: blocs named by a point of the compass, which also begin regions' names ("the West African nation", "West Java")
COMPASS_BLOCS = {"west", "east", "north", "south"}
#: prepositions before a town's name used as a place ("a fab in Nijmegen")
PLACE_PREPOSITIONS = {"in", "at", "near"}
#: a one-word name right before one of these is a minister's portfolio ("Trade minister X"), not a body
PORTFOLIO_ROLES = {"minister", "secretary"}


class ActorRules:
    """Mixin of :class:`kg.nlp.linker.EntityLinker`: needs its data (``kb``, ``places``, the word sets)."""

    kb: KnowledgeBase
    places: PlaceIndex
    not_entities: set[str]
    _iso: dict[str, str]
    _suffixes: set[str]
    _non_entity_words: set[str]
    _non_entity_first: set[str]
    _org_name_words: set[str]
    _bare_words: set[str]
    _org_descriptors: set[str]
    _person_roles: set[str]
    _either_descriptors: set[str]
    _org_last_words: set[str]
    _product_words: set[str]
    _product_heads: set[str]
    _firm_possessions: set[str]
    _firm_lists: set[str]
    _org_first_words: set[str]
    _product_last_words: set[str]
    _country_person_names: set[str]
    org_words: dict[str, Any]
    new_entity: Any  # the linker's method: Mention -> Entity

    def _is_place(self, span: Span, places: list[Span]) -> bool:
        """Whether an NER name the gazetteer does not know is a city or region (recorded in ``places``).

        A place name that is the subject of a clause and not after a preposition stays a candidate actor
        (``Orange will handle the landing``: the operator, not the town), and so does an organisation name
        described as one or after a country's possessive (``the operator France's Orange``).
        """
        text = span_text(span)
        code = self.places.country_code(text)
        if code is None or self.kb.lookup(text) is not None:
            return False
        places.append(Span(span.doc, span.start, span.end, label="PLACE", kb_id=self._iso.get(code, "")))
        root = span.root
        if span.label_ in ("ORG", "PERSON") and root.dep_ in ("nsubj", "nsubjpass") and \
                not (span.start > 0 and span.doc[span.start - 1].pos_ == "ADP"):
            return False
        return not (span.label_ == "ORG" and (described_as(span, self._org_descriptors) or
                                              after_country(span, lambda i: self._country_at(span.doc, i))))

    @staticmethod
    def _country_at(doc: Doc, i: int) -> bool:
        """Whether token ``i`` ends a country's name the gazetteer matched (``France`` in ``France's``)."""
        known = doc.spans[GAZETTEER_KEY] if GAZETTEER_KEY in doc.spans else ()
        return any(g.end == i + 1 and g.label_ == "Country" for g in known)

    def _is_known_place(self, text: str) -> bool:
        """Whether ``text`` is a city, region or US state, or a country of the gazetteer (``Western Australia``)."""
        if text in self.places:
            return True
        entry = self.kb.lookup(text)
        return entry is not None and entry.type == "Country"

    def _is_us_state(self, text: str) -> bool:
        """Whether ``text`` is a US state and no country's name (``New York``, not ``Georgia``)."""
        return self.places.country_code(text) == "US" and self.kb.lookup(text) is None and text[:1].isupper()

    def _in_place_name(self, doc: Doc, start: int, end: int, places: list[Span]) -> bool:
        """Whether a country or bloc word is part of a longer place name (recorded in ``places``), or a compass
        bloc is the first word of a regional one (``the West African nation``, ``West Java``)."""
        if end < len(doc) and doc[start:end].text.lower().removeprefix("the ") in COMPASS_BLOCS and \
                doc[end].is_title and doc[end].is_alpha and doc[end].pos_ in ("ADJ", "PROPN"):
            return True
        for a, b in ((start, end + 1), (start - 1, end), (start, end + 2), (start - 1, end + 1)):
            if a < 0 or b > len(doc) or not doc[b - 1].is_alpha or not doc[a].is_title:
                continue
            code = self.places.country_code(doc[a:b].text)
            if code is not None:
                places.append(Span(doc, a, b, label="PLACE", kb_id=self._iso.get(code, "")))
                return True
        return False

    def _not_actor(self, m: Mention, doc: Doc | None = None) -> bool:
        """A product, law or list, a bare legal form (``Inc.``), a social-media handle (``@Sberbank``) or a
        stock ticker (``NASDAQ: NVDA``), that the model took for an actor."""
        if "@" in m.text:
            return True
        if doc is not None and m.text.upper() in STOCK_EXCHANGES and doc[m.end:m.end + 1].text == ":":
            return True  # "NYSE: BABA" (the exchange itself may be an actor: "listed its shares on Nasdaq")
        if doc is not None and m.start >= 2 and doc[m.start - 1].text == ":" and \
                doc[m.start - 2].text.upper() in STOCK_EXCHANGES:
            return True
        words = [w.lower().strip(".,") for w in m.text.split()]
        if all(w in self._suffixes or not w for w in words) or (len(words) == 1 and words[0] in self._bare_words):
            return True
        if doc is not None and (r14wire.is_product_name(doc, m.start, m.end) or r14wire.is_quantity(
                doc, m.start, m.end) or r14wire.is_portfolio(doc, m.start, m.end) or
                                 r15newsb.is_title_unit(doc, m.start, m.end)):
            return True  # "Gridstack™", "Radio 4490", "500 MW", "Minister of Coal": a product, a quantity, a field
        if len(words) > 1 and words[-1] in self._product_last_words:
            return True  # "Velo Browser", "Advanced Medium Combat Aircraft", whichever label the model gave
        if doc is not None and (len(words) == 1 and doc[m.end:m.end + 1].text.lower() in PORTFOLIO_ROLES or
                                m.label == "Organization" and before_portfolio_title(doc, m.end, PORTFOLIO_ROLES)):
            return True  # "Trade minister Piyush Goyal", "British Defence Secretary": a portfolio, not a body
        if doc is not None and self._runs_into_law(doc, m.end):
            return True  # "the Protecting Citizens from Hostile Drones Act": the start of a law's name
        return is_non_entity(m.text, self.not_entities, set() if m.label == "Person" else self._non_entity_words,
                             self._org_name_words, self._non_entity_first)

    def _runs_into_law(self, doc: Doc, end: int) -> bool:
        """Whether the capitalised words after a name run on, across a preposition (``from``, ``of``), to the last
        word of a law, list or programme: the name the model cut off is the start of that law's name."""
        k, joined = end, False
        while k < len(doc) and k - end < LAW_TAIL:
            tok = doc[k]
            if tok.lower_ in LAW_JOINERS and tok.is_lower and k + 1 < len(doc) and doc[k + 1].is_title:
                joined = True
            elif not tok.is_title:
                break
            k += 1
        return joined and k > end and doc[k - 1].lower_ in self._non_entity_words

    def _titled_person(self, doc: Doc, m: Mention) -> bool:
        """A name the model calls a person, of two words or more, after a title (``Deputy minister Ana Ruiz``)
        or described by a person's role (``its founder, Ana Ruiz``)."""
        return m.label == "Person" and m.end - m.start > 1 and (
            m.start > 0 and doc[m.start - 1].lower_ in PERSON_TITLES or
            described_as(doc[m.start:m.end], self._person_roles))

    def _described_product(self, doc: Doc, m: Mention) -> bool:
        """A name described as a product or programme (``the foresight project Global AI Horizons``) or
        naming one (``the Hodhod and Kowsar satellites``)."""
        if m.label == "Person" and m.start > 0 and doc[m.start - 1].lower_ in PERSON_TITLES:
            return False  # "the mission, Minister Ana Ruiz said": a parse that hangs the name on the noun
        span = doc[m.start:m.end]
        if described_as(span, self._product_words) or self._firms_product(doc, m):
            return True
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        return root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in self._product_heads and \
            root.head.i >= span.end

    def _firms_product(self, doc: Doc, m: Mention) -> bool:
        """``the Akula-class submarine``: a name before ``-class``; ``Tesla's Optimus robot``, ``Nvidia's CUDA
        software``: a name between a known organisation's possessive and a common noun it qualifies (not a unit's
        word: ``Google's DeepMind unit``, ``X's Harman division``)."""
        if doc[m.end:m.end + 2].text.lower() in ("- class", "-class"):
            return True
        if m.end >= len(doc) or m.start < 2 or doc[m.start - 1].lower_ not in POSSESSIVES:
            return False
        noun = doc[m.end]
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.lower_ in self._org_descriptors or \
                noun.lower_ in self._firm_possessions or noun.lower_ in self._person_roles:
            return False
        known = doc.spans[GAZETTEER_KEY] if GAZETTEER_KEY in doc.spans else ()
        return any(g.end == m.start - 1 and g.label_ == "Organization" for g in known)

    def _placed_descriptor(self, doc: Doc, span: Span) -> bool:
        """Whether ``X-based`` stands right before the name (``Kakamega-based Mumias Sugar``), or before a
        describing noun of firms (or of people as often, ``miner``) right before it: ``a Perth-based miner Harmony
        Gold`` (not ``a London-based designer``, a person's role, which the caller checks)."""
        if span.start == 0:
            return False
        noun = doc[span.start - 1]
        if placed_firm(doc, noun):
            return True  # "Kakamega-based Mumias Sugar"
        return noun.is_lower and noun.lower_ in self._org_descriptors and \
            any(placed_firm(doc, c) for c in noun.children)

    def _firm_possession(self, doc: Doc, span: Span) -> bool:
        """Whether the name is the possessor of what only a firm has: ``Kessler Aurum's shareholders``,
        ``X's subsidiary`` (``org_possessions``; not ``stake`` or ``shares``, which people hold too)."""
        end = span.end
        if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "\u2019s"):
            return False
        k = end + 1
        while k < len(doc) and k - end <= 3 and doc[k].pos_ == "ADJ":
            k += 1  # "X's main subsidiary"
        return k < len(doc) and doc[k].lower_ in self._firm_possessions

    def _listed_firm(self, span: Span) -> bool:
        """Whether the name is listed after a plural noun of firms and ``including``, ``such as`` or ``like``:
        ``investors including Tiger Global and General Atlantic``, ``chipmakers such as X``."""
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        prep = root.head if root.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in LIST_PREPS or prep.i == 0:
            return False
        noun = prep.head if prep.head.i < prep.i else None
        if prep.lower_ == "as" and noun is not None and noun.lower_ == "such":
            noun = noun.head
        return noun is not None and noun.tag_ == "NNS" and not noun.is_upper and \
            (noun.lower_ in self._org_descriptors or noun.lower_ in self._firm_lists) and \
            not all_people_listed(root)  # "investors including John Smith and Mary Jones" (r16firms)

    def _rejected(self, text: str) -> bool:
        """A name that is no new actor: a place, a product or law, a title or bare word, or a name the
        gazetteer knows."""
        words = [w.lower().strip(".,") for w in text.split()]
        if all(w in PERSON_TITLES or w in self._bare_words for w in words) or \
                len(words) > 1 and words[-1] in self._product_last_words:
            return True
        return normalize(text) in self.not_entities or self.kb.lookup(text) is not None \
            or is_non_entity(text, self.not_entities, self._non_entity_words, self._org_name_words,
                             self._non_entity_first)

    def retype(self, doc: Doc, mentions: list[Mention], links: dict[str, str]) -> None:
        """Person or organisation, where the model's label is unlikely: a lone surname-like word with no
        fuller person name and no title before it (``Denso``, ``Lyft``) or a name ending in a corporate suffix
        or a word of firms' names (``Milur SA``, ``Newport Wafer Fab``) is an organisation; an organisation name
        right after a person title is a person."""
        by_id: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.kind == "ner" and m.entity_id not in links:
                by_id.setdefault(m.entity_id, []).append(m)
        for group in by_id.values():
            label = group[0].label
            if {m.label for m in group} == {"Person", "Organization"} and \
                    all(m.end - m.start == 1 for m in group if m.label == "Person"):
                label = "Person"  # "Hengtong Group" and a lone "Hengtong" the model took for a person
            titled = any(m.start > 0 and doc[m.start - 1].lower_ in PERSON_TITLES for m in group)
            spans = [doc[m.start:m.end] for m in group]
            # "Wu Li, chief designer of the programme", "Ana Ruiz, a partner at the law firm": a person's role
            # (or a noun that names people as often as firms) keeps the model's person, unless the name ends in a
            # word of firms' names ("state-asset manager Qinghe Huatai Group")
            role = any(described_as(sp, self._person_roles) or doc[sp.end:sp.end + 2].text == ", who" for sp in spans) \
                and not any(len(sp) > 1 and sp[-1].lower_.strip(".") in self._org_last_words for sp in spans)
            org_words = self._org_descriptors - self._either_descriptors if any(len(sp) > 1 for sp in spans) \
                else self._org_descriptors
            if label == "Person" and not role and any(described_as(sp, org_words) for sp in spans):
                new = "Organization"  # "fact-checking charity Full Fact"
            elif label == "Person" and not role and not titled and \
                    any(self._placed_descriptor(doc, sp) for sp in spans):
                new = "Organization"  # "Perth-based miner Harmony Gold"
            elif label == "Person" and not role and not titled and any(self._firm_possession(doc, sp) or
                                                                       self._listed_firm(sp) for sp in spans):
                new = "Organization"  # "Jardine Matheson's shareholders", "investors including Tiger Global"
            elif label == "Organization" and all(1 < len(sp) < 5 and sp[0].is_title and sp[-1].lower_.strip(".")
                                                 not in self._bare_words | self._org_last_words
                                                 for sp in spans) and any(
                    described_as(sp, self._person_roles) or doc[sp.end:sp.end + 2].text in (", who", ", whose")
                    for sp in spans):
                new = "Person"  # "its chief executive, Shou Zi Chew"
            elif label == "Organization" and any(self._leads_government(doc, sp) for sp in spans) and \
                    all(2 <= len(sp) <= 3 and all(t.is_title for t in sp) and not self._government_name(sp)
                        for sp in spans):
                new = "Person"  # "the government of Javier Milei", "the administration of Jair Bolsonaro"
            elif label in ("Person", "Organization") and not titled and not role and \
                    self._lone_place(doc, group, mentions):
                for m in group:  # "Kikuyo welcomed the plant": a town the model took for an actor
                    mentions.remove(m)
                continue
            elif label == "Person" and not titled and not role and (
                    all(m.end - m.start == 1 for m in group if m.label == "Person") or
                    any(doc[m.end - 1].lower_.strip(".") in self._org_last_words for m in group) or
                    any(org_shaped(sp, self._country_name_word, self._org_first_words, self._country_person_names)
                        for sp in spans)):  # "Halvoro India", "Arvo & Lind", "Banco Ferreira", "X, which"
                new = "Organization"
            elif label == "Organization" and titled and all(doc[m.start].is_title for m in group) and \
                    all(m.end - m.start in (2, 3) and doc[m.end - 1].lower_ not in self._org_last_words
                        for m in group):  # "the former Huawei Marine Networks" stays a firm
                new = "Person"
            else:
                continue
            for m in group:
                m.label = new

    def _country_name_word(self, text: str) -> bool:
        """Whether ``text`` is, as written, a country's name or short name (not its demonym or capital, nor ``the
        China``): ``India``, ``UK``."""
        entry = self.kb.lookup(text) if text[:1].isupper() else None
        return entry is not None and entry.type == "Country" and self.kb.form_kind(entry.id, text) in ("name", "alias")

    def _government_name(self, span: Span) -> bool:
        """Whether a name after ``government of`` is the government's own (``National Unity``), not a leader's."""
        words = set(self.org_words.get("government_name_words", []))
        return any(t.lower_ in words or t.lower_ in self._org_last_words or t.lower_ in self._bare_words
                   for t in span)

    @staticmethod
    def _leads_government(doc: Doc, span: Span) -> bool:
        """Whether the name follows ``government of`` or ``administration of`` (lower case: a leader's
        government, not ``the Government of Japan``)."""
        return span.start >= 2 and doc[span.start - 1].lower_ == "of" and \
            doc[span.start - 2].text in ("government", "administration")

    def _lone_place(self, doc: Doc, group: list[Mention], mentions: list[Mention]) -> bool:
        """Whether one word the model names as an actor, never written with more words, is a town or region of
        the place index (``Kumamoto``, ``Karachi``) that is no name of the gazetteer: a place, when the model
        calls it a person (a lone surname-like word otherwise becomes an organisation, ``Lyft``), or when the
        document writes it as a place elsewhere (``Nijmegen hosts the plant`` beside ``a fab in Nijmegen``;
        ``France's Orange will handle the landing`` stays the operator). A word that begins a longer name of
        the document (``Brookfield`` beside ``Brookfield Asset Management``) is that name's short form.
        """
        if any(m.end - m.start != 1 or m.kind != "ner" for m in group) or len({m.label for m in group}) > 1:
            return False
        text = group[0].text
        if text not in self.places or self.kb.lookup(text) is not None or \
                any(m.text.startswith(text + " ") for m in mentions):
            return False
        if group[0].label == "Person":
            return True
        return group[0].label == "Organization" and any(
            t.text == text and t.i > 0 and doc[t.i - 1].lower_ in PLACE_PREPOSITIONS for t in doc)

    def based_in_places(self, doc: Doc, mentions: list[Mention], ents: dict[str, Entity],
                        refs: dict[int, list[str]]) -> None:
        """``a Nijmegen-based chipmaker``, ``the Hsinchu-based firm``, ``Shenzhen-based Huawei``: the country of
        the place is named inside the description of the organisation (a mention of kind ``inside``, which the
        relation rules read as basedIn), whether the description is a name, refers back, or stands in
        apposition to a name."""
        org_at = {i: m for m in mentions if m.end > m.start and m.label == "Organization"
                  for i in range(m.start, m.end)}
        for place, target in based_places(doc):
            org = org_at[target.i].entity_id if target.i in org_at else None
            if org is None:  # "Anduril, the California-based company"; "the Texas-based company Tesla"
                org = next((org_at[i].entity_id for i in described_name(doc, place, target) if i in org_at), None)
            if org is None and target.i in refs and len(refs[target.i]) == 1:
                org = refs[target.i][0]
            if org is None and target.dep_ == "appos" and target.head.i in org_at:
                org = org_at[target.head.i].entity_id
            if org is None and any(c.dep_ == "appos" and c.i in org_at for c in target.children):
                org = next(org_at[c.i].entity_id for c in target.children if c.dep_ == "appos" and c.i in org_at)
            if org is None and target.lower_ in ("it", "its"):
                org = subject_org_before(doc, target, org_at)  # "Huawei reported … It is headquartered in Shenzhen"
            country = self.kb.get(place.kb_id_)
            if org is None or country is None or ents.get(org) is None or ents[org].type != "Organization":
                continue
            m = Mention(place.start, place.start, country.id, "Country", "inside", place.text, within=org)
            mentions.append(m)
            if country.id not in ents:
                ents[country.id] = self.new_entity(m)
