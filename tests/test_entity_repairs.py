"""Entity boundaries, places, products, government bodies and described names, on sentences written for these
tests (none is taken from a gold file)."""

from __future__ import annotations

from kg.nlp import extensions as ext
from kg.nlp.places import place_country


def ents(nlp, text: str) -> dict[str, tuple[str, str]]:
    """Label -> (id, type) of every entity of the text."""
    doc = nlp(text)
    return {e.label: (eid, e.type) for eid, e in ext.entities(doc).items()}


def labels(nlp, text: str) -> set[str]:
    return set(ents(nlp, text))


# -- boundaries -----------------------------------------------------------------------------------------------
def test_coordination_does_not_end_a_name_with_and(nlp) -> None:
    found = labels(nlp, "Suppliers such as Applied Materials and Lam Research will no longer need licences.")
    assert "Applied Materials" in found
    assert not any(name.endswith(" and") for name in found)


def test_parenthesis_and_inner_possessive_cut_a_name(nlp) -> None:
    doc = nlp("The Commerce Department's Bureau of Widget Safety (BWS) fined the firm. Later the BWS said more.")
    names = {e.label for e in ext.entities(doc).values()}
    assert "Bureau of Widget Safety" in names
    assert not any("(" in n or "'s" in n for n in names)


def test_abbreviation_defined_in_text_is_an_alias_for_the_document(nlp) -> None:
    doc = nlp("Officials at the Northern Fisheries Protection Authority (NFPA) met on Monday. "
              "The NFPA then issued new rules.")
    ids = {e.text: e.kb_id_ for e in doc.ents}
    assert ids["NFPA"] == ids["Northern Fisheries Protection Authority"]


def test_local_abbreviation_overrides_the_gazetteer(nlp) -> None:
    doc = nlp("The line belongs to the army's Strategic Cable Organisation (SCO). The SCO runs it.")
    assert "shanghai-cooperation-organisation" not in ext.entities(doc)


def test_of_names_continue_across_and(nlp) -> None:
    found = labels(nlp, "A report by the Institute of Baltic Languages and Maritime Studies was published.")
    assert "Institute of Baltic Languages and Maritime Studies" in found


def test_formerly_names_one_entity(nlp) -> None:
    doc = nlp("The cable is built by Zentrix Cable Systems, formerly Oberon Marine Networks, under contract.")
    orgs = [e for e in ext.entities(doc).values() if e.type == "Organization"]
    assert len(orgs) == 1 and "Oberon Marine Networks" in orgs[0].aliases


def test_shortened_name_joins_the_full_name(nlp) -> None:
    doc = nlp("Vantora Semiconductor rejected the bid. Vantora said the offer was too low.")
    orgs = [e for e in ext.entities(doc).values() if e.type == "Organization"]
    assert [o.label for o in orgs] == ["Vantora Semiconductor"]


def test_bare_legal_form_is_not_an_entity(nlp) -> None:
    assert "Inc." not in labels(nlp, "The ban stops Halvorsen Labs, Inc., the group's American unit, from selling.")


# -- places -------------------------------------------------------------------------------------------------------
def test_cities_and_regions_are_places_with_their_country(nlp) -> None:
    doc = nlp("The company will build a second plant in Kumamoto, on the island of Kyushu, near Nagoya.")
    names = {e.label for e in ext.entities(doc).values()}
    assert not names & {"Kumamoto", "Kyushu", "Nagoya"}
    kumamoto = next(t.i for t in doc if t.text == "Kumamoto")
    assert place_country(doc, kumamoto) == "japan"


def test_x_based_place_names_its_country(nlp) -> None:
    doc = nlp("Officials seized control of Brenlow, a Nijmegen-based chipmaker.")
    nijmegen = next(t.i for t in doc if t.text == "Nijmegen")
    assert place_country(doc, nijmegen) == "netherlands"
    assert "Nijmegen" not in labels(nlp, "Officials seized control of Brenlow, a Nijmegen-based chipmaker.")


def test_country_word_inside_a_place_name_is_no_country(nlp) -> None:
    found = labels(nlp, "The mine at Kalgoorlie in Western Australia ships ore to Japan.")
    assert "the West" not in found and "Japan" in found


# -- products, laws, lists ----------------------------------------------------------------------------------------
def test_products_models_laws_and_lists_are_not_entities(nlp) -> None:
    found = labels(nlp, "Huawei's Kirin chips and Nvidia's Blackwell processors were discussed. The Digital Markets "
                        "Act and the Covered List apply, lawmakers said, as did the Helios-7 satellite.")
    assert {"Huawei", "Nvidia"} <= found
    assert not found & {"Kirin", "Blackwell", "Digital Markets Act", "Covered List", "Helios-7"}


def test_a_numbered_fund_is_an_entity(nlp) -> None:
    assert "Orbis Growth Fund 2" in labels(nlp, "The Orbis Growth Fund 2 invested $3 billion in the startup.")


# -- government bodies --------------------------------------------------------------------------------------------
def test_leaders_administration_is_the_government(nlp) -> None:
    assert ents(nlp, "The Biden administration widened the export rules.").get("Government of the United States") == \
        ("government-of-united-states", "Organization")


def test_government_of_a_leader(nlp) -> None:
    assert "Government of Hungary" in labels(nlp, "Officials from the government of Prime Minister Viktor Orban met the bankers.")


def test_the_government_with_a_leader_in_the_sentence(nlp) -> None:
    assert "Government of Russia" in labels(nlp, "The government must move faster, President Vladimir Putin told officials on Tuesday.")


# -- described names ----------------------------------------------------------------------------------------------
def test_a_describing_noun_makes_an_organisation(nlp) -> None:
    found = ents(nlp, "Huawei upgraded the network of state-owned mobile operator Telvora with loans.")
    assert found.get("Telvora", ("", ""))[1] == "Organization"


def test_appositive_description_makes_an_organisation(nlp) -> None:
    found = ents(nlp, "Qorvix, the Shenzhen-based company, denied the report.")
    assert found.get("Qorvix", ("", ""))[1] == "Organization"


def test_role_makes_a_person(nlp) -> None:
    found = ents(nlp, "The firm's chief executive, Talen Moravec, thanked the court.")
    assert found.get("Talen Moravec", ("", ""))[1] == "Person"


# -- technologies -------------------------------------------------------------------------------------------------
def test_named_technology_areas_are_found_and_generic_words_are_not(nlp) -> None:
    found = ents(nlp, "The lab makes DRAM and antivirus software and sells cloud computing over telecommunications "
                      "networks with digital tools.")
    assert {"DRAM", "antivirus software", "cloud computing"} <= {k for k, v in found.items() if v[1] == "Technology"}
    assert not {"telecommunications", "digital"} & set(found)


def test_a_bare_common_noun_is_no_name(nlp) -> None:
    found = labels(nlp, "Court documents showed that Ventures had lost money, the Assembly was told.")
    assert not found & {"Court", "Ventures", "Assembly"}


def test_capitalised_technology_word_belongs_to_a_company_name(nlp) -> None:
    found = ents(nlp, "The partnership between BMW and Germany's Velmora Robotics employs 300 engineers.")
    assert found.get("Velmora Robotics", ("", ""))[1] == "Organization"
    assert "robotics" not in found


def test_demonym_and_technology_alone_are_no_company(nlp) -> None:
    assert "American AI" not in labels(nlp, "Microsoft promised more spending on American AI data centres.")


def test_described_products_are_not_entities(nlp) -> None:
    found = labels(nlp, "The institute runs Bright Horizons Foresight, a research project. Iran launched the "
                        "Pardis and Simorgh-2 satellites.")
    assert not found & {"Bright Horizons Foresight", "Pardis"}


def test_which_and_roles_make_an_organisation(nlp) -> None:
    found = ents(nlp, "Velquist, which Oracle has invested in, opened an office in Seoul.")
    assert found.get("Velquist", ("", ""))[1] == "Organization"


def test_governments_of_two_countries_and_a_counterpart(nlp) -> None:
    assert {"Government of Brazil", "Government of India"} <= labels(
        nlp, "Last year the governments of Brazil and India signed off on the plan.")
    assert {"Government of India", "Government of Japan"} <= labels(
        nlp, "The Indian government and its Japanese counterpart agreed to build the line.")


def test_of_and_for_names_continue_and_a_place_ends_a_name(nlp) -> None:
    found = labels(nlp, "The Federal Office for Transport Safety and Rail Policy approved the Delmar Lithium "
                        "Recovery Project at Warrabin on Monday.")
    assert not any(" at " in name for name in found)


def test_an_asset_manager_named_by_its_job_stays_an_organisation(nlp) -> None:
    found = ents(nlp, "The stake went to state-asset manager Qinghe Huatai Group last year.")
    assert found.get("Qinghe Huatai Group", ("", "Organization"))[1] == "Organization"


def test_a_person_described_by_a_role_is_kept(nlp) -> None:
    found = ents(nlp, "Dara Velnik, an assistant director at the agency, spoke.")
    assert found.get("Dara Velnik", ("", ""))[1] == "Person"


def test_place_based_description_names_the_country_of_the_firm(nlp) -> None:
    doc = nlp("ASML, the Veldhoven-based toolmaker, raised its forecast.")
    assert ("asml", "basedIn", "netherlands") in {(r.subject, r.predicate, r.object) for r in ext.relations(doc)}


def test_place_based_reference_prefers_a_firm_of_that_country(nlp) -> None:
    doc = nlp("Foxconn signed a deal with Apple. The Hsinchu-based firm said it would grow.")
    firm = next(t.i for t in doc if t.text == "firm")
    assert ext.refs(doc)[firm] == ["foxconn"]


def test_two_firms_and_the_union_refer_back(nlp) -> None:
    doc = nlp("Samsung and Intel signed a pact. The two firms will share patents.")
    firms = next(t.i for t in doc if t.text == "firms")
    assert sorted(ext.refs(doc)[firms]) == ["intel", "samsung-electronics"] or \
        sorted(ext.refs(doc)[firms]) == ["intel", "samsung"]
    doc = nlp("The European Union agreed the chips plan. The union will spend 43 billion euros.")
    union = next(t.i for t in doc if t.text == "union")
    assert ext.refs(doc)[union] == ["european-union"]


def test_a_countrys_company_the_model_calls_a_place(nlp) -> None:
    found = ents(nlp, "Mobile operator Tarvex is a partner in Chile, while Spain's Corvanta will run the towers.")
    assert found.get("Corvanta", ("", ""))[1] == "Organization" and found.get("Tarvex", ("", ""))[1] == "Organization"


def test_a_name_listed_with_a_company_is_a_company(nlp) -> None:
    found = ents(nlp, "The round drew Baidu, Xiaomi and Zhanrui as investors.")
    assert found.get("Zhanrui", ("", ""))[1] == "Organization"


def test_city_governments_are_bodies_of_their_country(nlp) -> None:
    doc = nlp("The City of Phoenix approved the permits. The Osaka municipal government objected.")
    names = {e.label: e.type for e in ext.entities(doc).values()}
    assert names.get("City of Phoenix") == "Organization" and names.get("Osaka Municipal Government") == "Organization"
    rels = {(r.subject, r.predicate, r.object) for r in ext.relations(doc)}
    assert ("city-of-phoenix", "basedIn", "united-states") in rels


def test_handles_and_tickers_are_not_names(nlp) -> None:
    found = labels(nlp, "Alibaba (NYSE: BABA) said on X, formerly Twitter, via its account @AlibabaGroup that "
                        "shares rose.")
    assert not {n for n in found if "@" in n or n in {"BABA", "NYSE"}}


def test_an_exchange_named_as_an_actor_stays(nlp) -> None:
    assert "Nasdaq" in labels(nlp, "Veltro Pay, a Georgian fintech firm, moved its listing to Nasdaq last spring.")


def test_a_capitalised_title_before_a_name_makes_a_person(nlp) -> None:
    found = ents(nlp, "Navy chief Admiral Rajan Kothvar told reporters the frigates would arrive in May.")
    assert found.get("Rajan Kothvar", ("", ""))[1] == "Person"
