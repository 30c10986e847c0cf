"""The ``kg_linker`` component: one canonical entity for every mention, and what descriptions refer back to."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import (name_edges, r12tech, r13bodies, r13ents, r14pub, r14tech, r14wire, r15ents, r15lead, r15netgov,
                    r15newsa, r15pay, r15wire3, r16ents, r16firms, r16news3, r16pub4, r17ents, r17names, r17news6,
                    r17pub5, r17pub6, r17pub7, renames, seats, sites, technologies)
from kg.nlp.actors import ActorRules
from kg.nlp.described_names import described_names
from kg.nlp.descriptors import described_mentions
from kg.nlp.extensions import register_extensions, set_entities, set_mentions, set_refs
from kg.nlp.governments import GovernmentRules, country_phrase, home_country
from kg.nlp.kb import Entry, KnowledgeBase, normalize
from kg.nlp.longer_names import longer_names
from kg.nlp.mentions import (PERSON_TITLES, Mention, is_byline, is_place_use, longest_first, ner_mention,
                              overlaps,
                              short_name_links, trim)
from kg.nlp.name_countries import countries_ending
from kg.nlp.people import extend_person_names
from kg.nlp.places import PLACES_KEY, PlaceIndex, choose_countries, country_ids, is_dateline
from kg.nlp.r16xsent import document_countries
from kg.nlp.r10ents import country_word_links, joined_bodies, short_forms
from kg.nlp.r12org import extend_to_short_forms, national_units, split_firms, town_before_state
from kg.nlp.r15suite3 import acting_place_name
from kg.nlp.r12described import described_products
from kg.nlp.references import resolve_references
from kg.nlp.repair import (POSSESSIVES, abbreviation_matches, abbreviations, apply_abbreviations, extend_of_names,
                           formerly_links, join_split_bodies, prefix_links, split_span)
from kg.nlp.saved import SavedData
from kg.nlp.seat_cities import place_uses
from kg.nlp.tokens import lowers, span_text
from kg.records import Entity

#: the most texts :meth:`EntityLinker._refused_short_form` remembers before it starts again
MAX_REMEMBERED = 100_000


class EntityLinker(GovernmentRules, ActorRules, SavedData):
    """Merge gazetteer matches and NER entities into canonical mentions, then resolve references.

    Gazetteer matches win over the statistical NER except where an NER organisation name begins with a
    country word (``Russian Direct Investment Fund``); capitals used as places are dropped;
    ``Russia's government`` becomes ``Government of Russia``; ``Putin`` joins ``Vladimir Putin``;
    ``the bank``, ``both countries`` and ``he`` point back to entities named before them.
    """

    def __init__(self, nlp: Language, name: str = "kg_linker", *, spans_key: str = "kg_gazetteer") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.kb = KnowledgeBase()
        self.references: dict[str, Any] = {}
        self.not_entities: set[str] = set()
        self.bodies_table: dict[str, Any] = {}
        self.org_words: dict[str, Any] = {}
        self.places = PlaceIndex()
        self._iso: dict[str, str] = {}

    # -- data: initialize, and the data saved with the pipeline ---------------------------------------------
    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   data: str | None = None) -> None:
        """Load the gazetteer and the linking lexicons of the data folder ``data`` (default: kg's own data).

        Called by ``nlp.initialize()`` (``[initialize.components.kg_linker]`` in the config) or by hand after
        ``add_pipe``, as :func:`kg.nlp.pipeline.build_nlp` does.
        """
        from kg.nlp.gazetteer import load_kb
        from kg.nlp.places import load_places
        from kg.resources import data_dir, read_json

        folder = Path(data) if data is not None else data_dir()
        lexicon = folder / "lexicon"
        not_entities = [line.strip() for line in (lexicon / "not_entities.txt").read_text(encoding="utf-8").splitlines()
                        if line.strip() and not line.startswith("#")]
        self._use(load_kb(folder / "gazetteer"), read_json(lexicon / "references.json"), not_entities,
                      read_json(lexicon / "government_bodies.json")["bodies"],
                      read_json(lexicon / "org_name_words.json"), load_places(folder / "places" / "regions.tsv"),
                  read_json(lexicon / "technologies.json"))

    def _use(self, kb: KnowledgeBase, references: dict[str, Any], not_entities: Iterable[str],
                 bodies: dict[str, Any] | None = None, org_words: dict[str, Any] | None = None,
                 places: PlaceIndex | None = None, tech_words: dict[str, Any] | None = None) -> None:
        self.kb, self.references = kb, references
        self.not_entities = {normalize(x) for x in not_entities}
        self.bodies_table: dict[str, Any] = dict(bodies or {})
        self.org_words: dict[str, Any] = dict(org_words or {})
        self.places = places if places is not None else PlaceIndex()
        self._iso = country_ids(kb)
        self.tech_words: dict[str, Any] = dict(tech_words or {})
        self._tech_idioms = r12tech.idiom_index(r12tech.phrase_tokens(p)
                                                for p in self.tech_words.get("r12tech_idioms", []))
        self._tech_prefixes = set(self.tech_words.get("r12tech_negating_prefixes", []))
        self._firm_tech_nouns = frozenset(w.lower() for w in self.tech_words.get("r15newsa_firm_tech_nouns", []))
        self._iso_of = {v: k for k, v in self._iso.items()}
        self._refused: dict[str, bool] = {}  # text -> whether it is no short form (:meth:`_refused_short_form`)
        self._children: dict[str, set[str]] = {}  # an organisation's id -> the ids of its parts (kb ``parent``)
        for e in kb.entries.values():
            if e.parent:
                self._children.setdefault(e.parent, set()).add(e.id)
        self._suffixes = set(self.org_words.get("corporate_suffixes", []))
        self._non_entity_words = {w.lower() for w in self.org_words.get("non_entity_last_words", [])}
        self._document_words = {w.lower() for w in self.org_words.get("r16pub4_non_entity_last_words", [])}
        self._endonyms: dict[str, str] = dict(self.org_words.get("r16pub4_country_endonyms", {}))
        self._non_entity_first = {w.lower() for w in self.org_words.get("non_entity_first_words", [])}
        self._tie_words = {w.lower() for w in self.org_words.get("r14pub_relationship_words", [])}
        self._of_heads = {w.lower() for w in self.org_words.get("body_heads", [])}
        self._site_nouns = {w.lower() for w in self.org_words.get("site_nouns", [])}
        self._r17pub6_products = frozenset(w.lower() for w in self.org_words.get("r17pub6_product_heads", []))
        self._r16 = {  # word lists of kg.nlp.r16ents
            "r16ents_romance_org_heads": frozenset(self.org_words.get("r16ents_romance_org_heads", [])),
            "r16ents_romance_programme_heads": frozenset(self.org_words.get("r16ents_romance_programme_heads", [])),
            "r16ents_romance_connectors": frozenset(self.org_words.get("r16ents_romance_connectors", [])),
            "r16ents_place_nouns": frozenset(self.org_words.get("r16ents_place_nouns", [])),
            "r16ents_place_first_words": frozenset(self.org_words.get("r16ents_place_first_words", [])),
            "r16ents_programme_nouns": frozenset(self.org_words.get("r16ents_programme_nouns", [])),
            "r16ents_sentence_adverbs": frozenset(self.org_words.get("r16ents_sentence_adverbs", [])),
            "r16ents_trading_words": frozenset(self.org_words.get("r16ents_trading_words", [])),
            "r16ents_outlet_nouns": frozenset(self.org_words.get("r16ents_outlet_nouns", [])),
            "r16ents_romance_legal_forms": frozenset(self.org_words.get("r16ents_romance_legal_forms", [])),
            "r16ents_route_nouns": frozenset(self.org_words.get("r16ents_route_nouns", [])),
        }
        self._r17 = {  # word lists of kg.nlp.r17ents
            "r17ents_government_kinds": frozenset(self.org_words.get("r17ents_government_kinds", [])),
            "r17ents_unit_nouns": frozenset(self.org_words.get("r17ents_unit_nouns", [])),
            "r17ents_unit_heads": frozenset(self.org_words.get("r17ents_unit_heads", [])),
            "r17ents_military_unit_words": frozenset(self.org_words.get("r17ents_military_unit_words", [])),
            "r17ents_product_nouns": frozenset(self.org_words.get("r17ents_product_nouns", [])),
            "r17ents_body_words": frozenset(self.org_words.get("r17ents_body_words", [])),
            "r17ents_party_heads": frozenset(self.org_words.get("r17ents_party_heads", [])),
            "r17ents_languages": frozenset(self.org_words.get("r17ents_languages", [])),
            "r17ents_forces_words": frozenset(self.org_words.get("r17ents_forces_words", [])),
            "r17ents_battalion_nouns": frozenset(self.org_words.get("r17ents_battalion_nouns", [])),
        }
        self._actor_verbs = frozenset(self.org_words.get("r15suite3_actor_verbs", []))
        self._org_descriptors = set(self.org_words.get("org_descriptors", []))
        self._person_roles = set(self.org_words.get("person_roles", []))
        self._company_roles = set(self.org_words.get("corporate_roles", []))
        self._either_descriptors = set(self.org_words.get("person_or_org_descriptors", []))
        self._org_last_words = self._suffixes | set(self.org_words.get("subtype_by_last_word", {})) | \
            set(self.org_words.get("org_last_words", [])) | set(self.org_words.get("r14type_org_last_words", [])) | \
            set(self.org_words.get("r16firms_fund_last_words", [])) | \
            set(self.org_words.get("r17names_org_last_words", []))  # "Falcon Global" (r16firms), "X Heavy" (r17names)
        self._country_firm_heads = frozenset(self.org_words.get("r17names_country_firm_heads", []))  # kg.nlp.r17names
        self._org_name_words = set(self.org_words.get("subtype_by_last_word", {})) | self._of_heads
        self._product_words = set(self.org_words.get("product_descriptors", []))
        self._product_heads = set(self.org_words.get("product_heads", []))
        self._firm_possessions = set(self.org_words.get("org_possessions", []))
        self._firm_lists = set(self.org_words.get("firm_list_nouns", []))
        self._firm_ends = self._suffixes | set(self.org_words.get("r12org_firm_last_words", []))
        self._firm_descriptors = self._org_descriptors - self._either_descriptors - self._product_words
        self._product_last_words = {w.lower() for w in self.org_words.get("r12org_product_last_words", [])}
        self._org_first_words = {w.lower() for w in self.org_words.get("r12org_first_words", [])}
        self._country_person_names = {w.lower() for w in self.org_words.get("r12org_country_person_names", [])}
        self._name_stops = (self._person_roles | self._company_roles | PERSON_TITLES | self._product_heads |
                            self._product_words | self._non_entity_words)
        self._bare_words = (set(self.org_words.get("bare_words", [])) | self._org_name_words | self._org_descriptors
                            | self._suffixes)

    saved_keys = ("kb", "references", "not_entities", "bodies", "org_words", "places", "place_choices", "tech_words")
    optional_keys = ("place_choices", "tech_words")  # pipelines saved before them load with their defaults
    jsonl_keys = ("kb",)

    def saved(self) -> dict[str, Any]:
        """The component's data as plain JSON values, saved with the pipeline (:class:`SavedData`)."""
        return {"kb": [e.to_json() for e in self.kb.entries.values()], "references": self.references,
                "not_entities": sorted(self.not_entities), "bodies": self.bodies_table, "org_words": self.org_words,
                "places": self.places.codes, "place_choices": self.places.choices, "tech_words": self.tech_words}

    def restore(self, saved: dict[str, Any]) -> "EntityLinker":
        self._use(KnowledgeBase(Entry.from_json(e) for e in saved["kb"]), saved["references"],
                      saved["not_entities"], saved["bodies"], saved["org_words"],
                  PlaceIndex(saved["places"], saved.get("place_choices")), saved.get("tech_words"))
        return self

    # -- the component ------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        # the names of the bodies a document names are the document's: a shallow copy of the linker (same data)
        # collects them, and the component itself keeps no state from one document to the next
        run = copy.copy(self)
        run.generated = {}  # id -> name of the bodies the document names
        run._r17_units = set()  # (owner id, unit id) of "X's cloud unit, X Cloud" (kg.nlp.r17ents)
        return run._link(doc)

    def _link(self, doc: Doc) -> Doc:
        """Set ``doc.ents`` and kg's entity attributes of ``doc`` (see :mod:`kg.nlp.extensions`)."""
        # the model's dates are kept aside for the relations' event dates before doc.ents is rewritten
        doc.spans["kg_dates"] = [e for e in doc.ents if e.label_ == "DATE"]
        doc.ents = r15lead.people_by_role(doc, self._person_roles)  # "Alexei Sakhnin, an analyst at BCS"
        doc.ents = r17names.split_at_verb_preps(doc)  # "sold X to Anglo American" (kg.nlp.r17names)
        mentions = self.merge(doc)
        # "Moderna is based in ...", "acquired Hepsiburada": unknown names in a firm's role (kg.nlp.r15ents)
        mentions = r15ents.context_orgs(doc, mentions,
                                        lambda t: self._is_known_place(t) or self.kb.lookup(t) is not None,
                                        self._rejected, r15ents.words_of_people(mentions), self._suffixes)
        # "Mobilink Pakistan raised $5m": an unknown brand and a country in a firm's role (kg.nlp.r16firms)
        mentions = r16firms.brand_countries(doc, mentions, self._is_known_place, self._rejected,
                                            r15ents.words_of_people(mentions), self._suffixes,
                                            lambda t: r15ents.firm_role(t, broad=True))
        # "sold a plant to Marfrig", "built by Linglong": unknown names in a firm's argument (kg.nlp.r17names)
        mentions = r17names.argument_orgs(doc, mentions, lambda t: self._is_known_place(t) or
                                          self.kb.lookup(t) is not None, self._rejected,
                                          r15ents.words_of_people(mentions), self._suffixes)
        mentions = r15ents.prefixed_legal_names(doc, mentions, self.kb, self.not_entities, self._suffixes)
        # "The Port of Gdansk Authority", "Japan's RIKEN research institute" (kg.nlp.r16news3)
        mentions = r16news3.trailing_descriptions(doc, r16news3.body_names(doc, mentions, self._suffixes),
                                                  self.kb.lookup, self._suffixes)
        dropped = {id(m) for m in mentions if self._dropped(doc, m) and not (
            (r15ents.firm_named_person(doc, m, self._org_last_words) or r15ents.beside_known_firm(doc, m) or
             r15ents.person_in_firm_role(doc, m)) and
            not is_byline(doc, m.start, m.end))}
        # "based in Moscow": a capital used as a place is a place of its country (kg.nlp.places.based_places);
        # "Brussels" for the EU only where the document names the EU otherwise (kg.nlp.seat_cities)
        mentions = place_uses(doc, mentions, dropped, lambda i: self._children.get(i, set()) | {i},
                              lambda t: self._iso.get(self.places.country_code(t) or ""))
        mentions = r16pub4.endonym_units(doc, national_units(doc, mentions), self._endonyms)  # "X Deutschland"
        for _ in range(2):  # twice: "Sony Honda Mobility" needs "Honda Mobility" found first (branch r17names)
            longer = longer_names(doc, mentions, self._org_last_words, self._name_stops | self.not_entities,
                                  self.places.__contains__, self._suffixes,
                                  lambda i: self.kb.entries[i].name if i in self.kb.entries else None)
            if len(longer) == len(mentions) and all(a is b for a, b in zip(longer, mentions)):
                break
            mentions = longer
        mentions = r17names.hyphen_names(doc, mentions, self._suffixes)  # "VSMPO-Avisma" (kg.nlp.r17names)
        mentions = r17names.country_firms(doc, mentions, self._country_firm_heads, self._suffixes)  # "Saudi Telecom"
        mentions = seats.seats_as_places(doc, mentions, self.org_words.get("seats", []))
        mentions = sites.no_actors(doc, mentions, self._site_nouns, self._is_known_place, self._is_us_state)
        mentions = r16ents.romance_names(doc, mentions, self._r16["r16ents_romance_org_heads"],  # kg.nlp.r16ents
                                         self._r16["r16ents_romance_programme_heads"],
                                         self._r16["r16ents_romance_connectors"],  # "Comisión para el Mercado …"
                                         self._r16["r16ents_romance_legal_forms"])
        mentions = extend_person_names(doc, mentions, lambda w: self.kb.lookup(w) is not None, self._person_roles)
        mentions = name_edges.repair_edges(doc, mentions, self._is_known_place, self._suffixes, self._of_heads)
        mentions = r14pub.portfolio_lists(doc, mentions)  # "Ministry of Mines, Steel and Coal"
        mentions = r14pub.kinds_of_ties(doc, mentions, self._tie_words)  # "a Comprehensive Strategic Partnership"
        mentions = join_split_bodies(doc, extend_of_names(doc, mentions, self._of_heads), self._of_heads,
                                     self._firm_ends)
        mentions = described_names(doc, mentions, self._org_descriptors - self._either_descriptors, self._rejected,
                                   self.places.__contains__, either=self._either_descriptors, roles=self._company_roles)
        for _ in range(2):  # twice: "Cybernet and mobile operator Jazz" needs Jazz found first
            found = described_mentions(doc, mentions, self._org_descriptors, self._rejected, self._person_roles,
                                       self._company_roles, self.places.__contains__)
            ordered = sorted(mentions + found, key=lambda m: (m.start, m.end))
            if not found and all(a is b for a, b in zip(ordered, mentions)):
                break  # nothing new, same order: a second pass would find nothing either
            mentions = ordered
        mentions = r13ents.shapes(doc, mentions, self)
        mentions = r15ents.titled_org_people(doc, mentions, self._org_last_words | self._of_heads)
        mentions = r14wire.legal_name_mentions(doc, mentions, self.kb, self.not_entities, self._suffixes)
        # '... Co., Ltd. ("Futian Capital")', '(the "Company")', 'the State Corporation Roscosmos' (kg.nlp.r15wire3)
        mentions = r15wire3.defined_terms(doc, r15wire3.known_legal_names(mentions, self.kb.lookup))
        mentions = r15wire3.legislators_titles(doc, r15wire3.described_known_names(doc, mentions, self.kb.lookup))
        mentions = r15wire3.protected_areas(doc, mentions)  # "Hell's Gate National Park"
        mentions = r15wire3.titled_names(doc, r15wire3.hyphenated_given_names(
            doc, mentions, self._person_roles | PERSON_TITLES), PERSON_TITLES)
        mentions = [m for m in mentions if not town_before_state(doc, m, self._is_us_state, self._country_name_word)]
        mentions = extend_to_short_forms(doc, mentions, abbreviation_matches)
        mentions = sorted(mentions + described_products(doc, mentions, self._firm_descriptors, self._rejected),
                          key=lambda m: (m.start, m.end))
        mentions = name_edges.hyphenated_short_forms(doc, apply_abbreviations(doc, mentions,
                                                                                abbreviations(doc, mentions)))
        mentions = self.governments(doc, mentions)
        mentions = self.bodies(doc, mentions)
        mentions = r13bodies.portfolio_ministries(doc, mentions, self)
        mentions = self.municipal(doc, mentions)
        mentions = self._r17_governments(doc, mentions)  # "the Karnataka government", "the army" (kg.nlp.r17ents)
        mentions = countries_ending(doc, self.countries_inside(doc, mentions), self.kb)
        mentions = technologies.named_outside(self.technologies_inside(doc, mentions))
        mentions = r12tech.not_technology(doc, mentions, self._tech_idioms, self._tech_prefixes)
        mentions = r15newsa.firms_not_technology(doc, mentions, self._firm_tech_nouns)  # "a Shanghai-based biotech"
        mentions = r14tech.shared_heads(doc, mentions, self.kb.lookup)
        mentions = r15pay.short_forms_of_named(  # "the Bank for International Settlements ... BIS" (kg.nlp.r15pay)
            doc, mentions, lambda i: self.kb.entries[i].name if i in self.kb.entries else None,
            lambda i: self.kb.entries[i].type if i in self.kb.entries else None)
        mentions = r15pay.possessed_bodies(doc, mentions, self.kb.entries)  # "the U.K.'s Treasury" (kg.nlp.r15pay)
        mentions = r16pub4.not_shell_companies(doc, r16pub4.not_document_names(  # "... Financial Report", "EAR",
            mentions, self._document_words))  # "shell companies" (kg.nlp.r16pub4)
        mentions = self._r16ents(doc, mentions)  # named sites, programmes, outlets, tickers (kg.nlp.r16ents)
        mentions = r17pub5.product_lines(doc, mentions, self.kb.lookup)  # "Nvidia Grace Hopper chips" (kg.nlp.r17pub5)
        # "Q3 FY2026", "Merah Putih 3", "our Synergis systems": periods and products (kg.nlp.r17pub6)
        mentions = r17pub6.no_products(doc, mentions, self._r17pub6_products, self._is_us_state)
        mentions = r17pub7.no_portfolios(doc, mentions)  # "Under Secretary ... for Terrorism and ..." (kg.nlp.r17pub7)
        mentions = self._r17ents(doc, mentions)  # units, institutes, products by name (kg.nlp.r17ents)
        links = short_name_links(mentions, doc)
        self.retype(doc, mentions, links)
        # a firm's name found once, used again; "Commission Vice-President X" (kg.nlp.r16news3)
        mentions = r16news3.short_body_names(doc, r16news3.repeated_names(doc, mentions, self._company_roles))
        links.update(formerly_links(doc, mentions) | renames.renamed_links(doc, mentions) |
                     r13ents.known_as_links(doc, mentions) | r17ents.trading_names(doc, mentions) |
                     r17news6.described_known_as_links(doc, mentions))  # "A, the X operator known as B"
        links.update(prefix_links(mentions, links))
        links.update(r16pub4.legal_prefix_links(mentions, links))  # "Dexon Elektronik" of "... A.Ş." (kg.nlp.r16pub4)
        links.update(country_word_links(mentions, links))
        mentions, named = short_forms(doc, mentions, self._refused_short_form, self._is_known_place, links)
        links.update(named)
        links = r17ents.keep_owners(links, self._r17_units)  # "Zenith's cloud unit, Zenith Cloud" (kg.nlp.r17ents)
        labels = {m.entity_id: m.label for m in mentions if m.entity_id not in links}
        for m in mentions:
            if m.entity_id in links:
                m.entity_id = links[m.entity_id]
                m.kind = "alias" if m.kind == "ner" else m.kind  # a linked variant does not become the label
                m.label = self.kb.entries[m.entity_id].type if m.entity_id in self.kb else \
                    labels.get(m.entity_id, "Person")
        doc.ents = [Span(doc, m.start, m.end, label=m.label, kb_id=m.entity_id) for m in mentions if m.end > m.start]
        ents = self.entities(mentions)
        # a town of several countries' names is in the one the text names a country or a firm of (r16xsent.py), chosen
        # before the references: "the Santa Clara-based company" is the Californian firm named before
        choose_countries(doc, self.places, document_countries(mentions, ents, self._iso_of), self._iso)
        refs = resolve_references(doc, mentions, ents, self.references)
        self.based_in_places(doc, mentions, ents, refs)
        set_mentions(doc, mentions)
        set_entities(doc, ents)
        set_refs(doc, refs)
        return doc

    def _r16ents(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` without the names :mod:`kg.nlp.r16ents` finds to be no actors: named sites (``the Dostyk
        crossing``), programmes (``the Merval index``), tickers and sentence adverbs."""
        w = self._r16
        mentions = r16ents.named_sites(doc, mentions, w["r16ents_place_nouns"], w["r16ents_place_first_words"],
                                       self._site_nouns, self.places.__contains__,
                                       lambda t: self.kb.lookup(t) is not None, w["r16ents_route_nouns"])
        mentions = r16ents.programme_names(doc, mentions, w["r16ents_programme_nouns"])
        mentions = r16ents.outlet_names(doc, mentions, w["r16ents_outlet_nouns"],  # "the Trend news agency"
                                        lambda t: self._is_known_place(t) or self.kb.lookup(t) is not None)
        mentions = r16ents.tickers_and_adverbs(doc, mentions, w["r16ents_sentence_adverbs"], w["r16ents_trading_words"])
        return self._home_bodies(doc, mentions)

    def _r17_governments(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with the governments of provinces, states and cities (``the Karnataka government``),
        :mod:`kg.nlp.r17ents`."""
        def country_of(text: str) -> str | None:
            return self._iso.get(self.places.country_code(text) or "")

        mentions, names = r17ents.regional_governments(
            doc, mentions, self._r17["r17ents_government_kinds"], self.places.__contains__,
            lambda t: self.kb.lookup(t) is not None, country_of)
        self.generated.update(names)
        return mentions

    def _r17ents(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` after the rules of :mod:`kg.nlp.r17ents`: owned institutes, numbered units, parties of
        countries, armies and battalions, units named after their owner, products called by name, bodies taken for
        people, fields joined to a body's name, banks named in their language, languages, a country's army."""
        w = self._r17
        mentions = r17ents.owned_institutes(doc, mentions, w["r17ents_unit_heads"], self._suffixes,
                                            lambda t: e.id if (e := self.kb.lookup(t)) is not None else None)
        mentions = r17ents.numbered_units(doc, mentions, w["r17ents_military_unit_words"])
        mentions = r17ents.parties_of_countries(doc, mentions, w["r17ents_party_heads"])  # "Communist Party of Laos"
        mentions = r17ents.military_names(doc, mentions, w["r17ents_forces_words"])  # "the Lao People's Army" (FAC)
        mentions = r17ents.named_battalions(doc, mentions, w["r17ents_battalion_nouns"],  # "the Black Kite battalion"
                                            lambda t: self._is_known_place(t) or self.kb.lookup(t) is not None)
        mentions, self._r17_units = r17ents.unit_appositives(doc, mentions, w["r17ents_unit_nouns"], self._suffixes)
        mentions = r17ents.called_products(doc, mentions, w["r17ents_product_nouns"],
                                           lambda t: self.kb.lookup(t) is not None)
        mentions = r17ents.bodies_not_people(doc, mentions, w["r17ents_body_words"])
        mentions = r17ents.bank_names(doc, r17ents.joined_fields(doc, mentions,
                                                                               self._of_heads | w["r17ents_unit_heads"]))
        mentions = r17ents.not_languages(doc, mentions, w["r17ents_languages"])  # "taught in Swahili"
        return r17ents.named_armies(  # "the army" ... "the Kenya Army"
            doc, mentions, lambda t: e.id if (e := self.kb.lookup(t)) is not None and e.type == "Country" else None)

    def _home_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A bare body word the gazetteer gives one country (``Congress``: the US Congress) ending a longer name of
        the model's (``the Caspian Oil and Gas Congress``) names no body; in a document that never names that
        country, it is the body of the country the document is about (``Congress`` in a story on Peru: Congress of
        Peru), as ``the finance ministry`` is (:meth:`bodies`)."""
        out = mentions
        named = {m.entity_id for m in mentions if m.label == "Country" and m.end > m.start}
        for m in mentions:
            entry = self.kb.entries.get(m.entity_id) if m.kind != "ner" and m.end - m.start == 1 else None
            spec = self.bodies_table.get(m.text.lower()) if entry is not None and entry.country else None
            if spec is None or not m.text[:1].isupper():
                continue
            if r16ents.in_longer_name(doc, m.start, m.end, self._is_country_word):
                out = [x for x in out if x is not m]
                continue
            # the one country the sentence names by its name (not a demonym: "with Russian companies"), else the
            # one the document is about
            sent = doc[m.start].sent
            here = {x.entity_id for x in mentions if x.label == "Country" and x.kind != "demonym" and
                    sent.start <= x.start < sent.end}
            home = next(iter(here)) if len(here) == 1 else (None if here else home_country(mentions))
            if entry.country not in named and home and home != entry.country:
                out = self._body(doc, out, home, self.kb.entries[home].name if home in self.kb else home, spec,
                                 (m.start, m.end))
        return sorted(out, key=lambda m: (m.start, m.end)) if out is not mentions else mentions
    def _refused_short_form(self, text: str) -> bool:
        """Whether ``text`` is no short form of a name (:meth:`_rejected` or :meth:`_is_known_place`), remembered
        across documents: the linker's data does not change from one document to the next, and names repeat."""
        found = self._refused.get(text)
        if found is None:
            if len(self._refused) > MAX_REMEMBERED:
                self._refused.clear()
            found = self._refused[text] = self._rejected(text) or self._is_known_place(text)
        return found

    @staticmethod
    def _dropped(doc: Doc, m: Mention) -> bool:
        """``non-Western``; a capital used as a place; a "person" listed among places or named in a byline."""
        if m.start > 0:
            prev = doc[m.start - 1]
            if prev.lower_ in ("non", "non-") or \
                    (prev.text == "-" and m.start > 1 and doc[m.start - 2].lower_ == "non"):
                return True
        if m.kind == "capital":
            return is_place_use(doc, m.start, m.end)
        if m.kind == "ner" and is_dateline(doc, m.start, m.end):
            return True  # "KIKUYO, Japan, Feb 24 —": the town the story was filed from
        if m.kind == "ner" and m.label == "Person":
            return (is_place_use(doc, m.start, m.end, strict=True) and not r17pub7.age_apposition(doc, m.end)) or \
                is_byline(doc, m.start, m.end)  # "in Boston, Arthur Lind, 51, of Quincy": a person (r17pub7)
        return False

    def merge(self, doc: Doc) -> list[Mention]:
        """Gazetteer spans first, then NER entities that add a name the gazetteer does not know."""
        gaz = []
        places: list[Span] = []
        spans = doc.spans[self.spans_key] if self.spans_key in doc.spans else []
        for span in longest_first((s.start, s.end, s) for s in spans):
            s: Span = span[2]  # type: ignore[assignment]
            entry = self.kb.get(s.id_)
            if entry is None:
                continue
            text = span_text(s)
            kind = self.kb.form_kind(entry.id, text) or "alias"
            if entry.type in ("Country", "Bloc") and self._in_place_name(doc, s.start, s.end, places):
                continue  # "Western Australia", "the South China Sea"
            gaz.append(Mention(s.start, s.end, entry.id, entry.type, kind, text))
        out = list(gaz)
        gaz_at = {i: g for g in gaz for i in range(g.start, g.end)}  # the matches do not overlap
        laws: list[Span] = []
        for ent in joined_bodies(doc, doc.ents, self._of_heads, gaz_at):
            law_end = self._law_with_possessive(doc, ent)
            if law_end:
                laws.append(Span(doc, ent.start, law_end, label="LAW"))
                continue
            for part in (p for whole in split_span(r15netgov.without_amount(ent), self._suffixes)
                         for p in split_firms(whole, self._of_heads, self._firm_ends)):
                if self._is_place(part, places):
                    continue
                inside = list({id(g): g for i in range(part.start, part.end) if (g := gaz_at.get(i)) is not None}
                              .values())
                m = ner_mention(part, self.kb, self.not_entities, self._suffixes)
                if m is None and part.label_ == "GPE" and acting_place_name(part, self._actor_verbs):
                    # "Switzerland has sanctioned Belavia": a party, not a place (kg.nlp.r15suite3)
                    m = ner_mention(Span(doc, part.start, part.end, label="ORG"), self.kb, self.not_entities,
                                    self._suffixes)
                if m is None or (m.kind == "ner" and (self._not_actor(m, doc) or self._described_product(doc, m))):
                    # "the Mobile World Congress": an event's last word is no name of its own
                    ends = [g for g in inside if g.end == part.end and g.start > part.start and
                            g.label in ("Organization", "InternationalOrganization")]
                    if ends and normalize(trim(part).text) in self.not_entities:
                        out = [g for g in out if g not in ends]
                    continue
                if not inside:
                    out.append(m)
                elif self._ner_wins(m, inside, doc):
                    out = [g for g in out if g not in inside] + [m]
        doc.spans[PLACES_KEY] = places
        if laws:  # the law's words are no proper names left for the descriptor rules
            doc.ents = [e for e in doc.ents
                        if not any(overlaps((e.start, e.end), (x.start, x.end)) for x in laws)] + laws
        return sorted(out, key=lambda m: m.start)

    def _law_with_possessive(self, doc: Doc, ent: Span) -> int:
        """``Countering America's Adversaries Through Sanctions Act``: a name with a possessive inside whose
        capitalised words run on to a law's (or list's, programme's) last word names no possessor; the end of
        the law's name (0 when it is none)."""
        low = lowers(doc)
        at = next((i for i in range(ent.start, ent.end) if low[i] in POSSESSIVES), None)
        if at is None or at - ent.start - (low[ent.start] == "the") < 2:
            return 0  # "Vantor's Harbour Initiative": a possessor
        k = at + 1
        while k < len(doc) and (doc[k].is_title or doc[k].lower_ in {"of", "and", "for", "the", "on", "through"}):
            k += 1
        return k if k > at + 1 and doc[k - 1].lower_ in self._non_entity_words else 0

    def _ner_wins(self, m: Mention, inside: list[Mention], doc: Doc) -> bool:
        """An NER name that starts with a country word beats that word (``Indian Army``, ``German Gref``); the
        name of a body beats a technology inside it (``Office of Information and Communications Technology``), and
        a company's name beats a capitalised technology word in it (``Uranium One``, ``Horizon Robotics``)."""
        words = lowers(doc)[m.start:m.end]
        body = m.label == "Organization" and (words[0] in self._of_heads and "of" in words or
                                              words[-1] in self.org_words.get("subtype_by_last_word", {}))
        allowed = ("Country", m.label, "Technology") if body else ("Country", m.label)
        if self._titled_person(doc, m):  # "Deputy minister Nezar Patria": not the company Patria
            allowed = ("Country", "Person", "Organization", "Technology")
        # a word of the name's own, outside every gazetteer match ("American AI" has none), or a company the name
        # is a unit of ("Baidu AI Cloud")
        matched = {i for g in inside for i in range(g.start, g.end)}
        own_words = any(i not in matched for i in range(m.start, m.end)) or \
            any(g.label == "Organization" and g.start == m.start for g in inside)

        def beaten(g: Mention) -> bool:
            # a capitalised technology word after the first word of a company's name is part of it
            # ("Horizon Robotics", "Argo AI", "Shahed Aviation Industries")
            named_tech = g.label == "Technology" and m.label == "Organization" and \
                (g.start > m.start or doc[m.end - 1].text[:1].isupper()) and doc[g.start].text[:1].isupper() and \
                own_words
            return (g.label in allowed or named_tech) and g.start >= m.start and g.end <= m.end and \
                g.end - g.start < m.end - m.start
        return m.kind == "ner" and m.label in ("Organization", "Person") and all(beaten(g) for g in inside)

    def countries_inside(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A name that begins with one country word (``US Commerce Department``, ``Indian Army``) names that
        country too; names of two countries (``Russia-China Investment Fund``) name neither."""
        out, low = list(mentions), lowers(doc)
        for m in mentions:
            if m.label not in ("Organization", "InternationalOrganization") or m.end - m.start < 2 or \
                    m.kind == "inside" or low[m.start] == "the":
                continue
            for n in (2, 1):
                head = span_text(doc[m.start:m.start + n]) if m.end - m.start > n else ""
                entry = self.kb.lookup(head) if head else None
                if entry is None or entry.type != "Country" or self.kb.form_kind(entry.id, head) == "capital":
                    continue
                rest = doc[m.start + n:m.end]
                if any((e := self.kb.lookup(t.text)) is not None and e.type == "Country" for t in rest) or \
                        rest[0].text in {"-", "\u2013", "/"}:
                    break
                if not any(x.kind == "inside" and x.within == m.entity_id for x in out):
                    out.append(Mention(m.start, m.start, entry.id, "Country", "inside", head,
                                       within=m.entity_id))
                break
        return sorted(out, key=lambda m: (m.start, m.end))

    def technologies_inside(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A technology named inside an organisation's name (``AI Alliance Network``, ``Taiwan Semiconductor
        Manufacturing Company``) is named too, as what that organisation works on."""
        spans = doc.spans[self.spans_key] if self.spans_key in doc.spans else []
        techs = [(span.start, span.end, span_text(span), entry) for span in spans
                 if (entry := self.kb.get(span.id_)) is not None and entry.type == "Technology"]
        out = list(mentions)
        for m in mentions if techs else []:
            if m.label not in ("Organization", "InternationalOrganization") or m.kind in ("inside", "ner"):
                continue  # only names the gazetteer knows: "Horizon Robotics" need not work on robotics
            for start, end, text, entry in techs:
                if end == m.end and end - start == 1 and text.lower() in entry.aliases and \
                        text.lower() != entry.name.lower().removesuffix("s"):
                    continue  # a unit named by a common noun ("Alibaba Cloud"); not "Mistral AI", "X Semiconductor"
                if m.start <= start and end <= m.end and (start, end) != (m.start, m.end):
                    out.append(Mention(start, start, entry.id, "Technology", "inside", text, within=m.entity_id))
        return sorted(out, key=lambda m: (m.start, m.end))

    def entities(self, mentions: list[Mention]) -> dict[str, Entity]:
        """The canonical entities of the mentions, with every surface form seen as an alias."""
        out: dict[str, Entity] = {}
        for m in mentions:
            ent = out.get(m.entity_id)
            if ent is None:
                ent = out[m.entity_id] = self.new_entity(m)
            surface = m.text.strip()
            if m.kind == "ner" and len(surface) > len(ent.label):
                ent.aliases.append(ent.label)  # the fullest variant of a name the gazetteer lacks is its label
                ent.label = surface
            if m.kind != "inside" and surface and surface != ent.label and surface not in ent.aliases:
                ent.aliases.append(surface)
        return out

    def new_entity(self, m: Mention) -> Entity:
        entry = self.kb.get(m.entity_id)
        if entry is not None:
            return Entity(entry.id, entry.name, entry.type, entry.subtype, [], entry.wikidata, entry.country)
        if m.kind == "body":
            return Entity(m.entity_id, self.generated.get(m.entity_id, m.text), "Organization", "GovernmentBody")
        if m.kind == "government":
            country = self.kb.get(m.entity_id.removeprefix("government-of-"))
            name = country.name if country else m.entity_id.removeprefix("government-of-")
            return Entity(m.entity_id, f"Government of {country_phrase(name)}", "Organization", "GovernmentBody", [],
                          None, country.id if country else None)
        subtype = None
        if m.label == "Organization":
            last = m.text.split()[-1].lower().strip(".,") if m.text.split() else ""
            subtype = self.org_words.get("subtype_by_last_word", {}).get(last)
        return Entity(m.entity_id, m.text, m.label, subtype)
