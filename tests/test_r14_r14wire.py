"""Furniture of published text (kg.ingest.r14wire) and what it changes in extraction. Every sentence here is
written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest

from kg.ingest.clean import clean_text
from kg.ingest.r14wire import (is_navigation, is_page_furniture, match_release_dateline, strip_tickers,
                               tidy_published)

# --- tickers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, expected", [
    ("Orsted A/S (Nasdaq Copenhagen: ORSTED) and Equinor ASA (OSE: EQNR) agreed.",
     "Orsted A/S and Equinor ASA (OSE: EQNR) agreed."),  # OSE is no exchange of the list: kept, not guessed
    ("Kioxia Holdings (TSE: 285A) said it would supply Apple.", "Kioxia Holdings said it would supply Apple."),
    ("Tata Steel (NSE: TATASTEEL; BSE: 500470) will invest.", "Tata Steel will invest."),
    ("Shares of Hon Hai (2317.TW), opens new tab rose 2%.", "Shares of Hon Hai rose 2%."),
    ("BHP (BHP.AX, BHP.L) signed it.", "BHP signed it."),
    ("See the chart, opens new tab for details.", "See the chart for details."),
])
def test_strip_tickers_takes_exchange_codes_and_instrument_codes_out(line, expected):
    assert strip_tickers(line) == expected


@pytest.mark.parametrize("line", [
    "The regulator (SEC) and the agency (NASA) met.",
    "It uses the 6G (IMT-2030) standard.",
    "Output rose (see table 2) in May.",
    "The U.S. (and Canada) will join.",
])
def test_strip_tickers_keeps_acronyms_and_asides(line):
    assert strip_tickers(line) == line


# --- release datelines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, dateline, rest", [
    ("MUNICH, Germany, April 8, 2025 /PRNewswire/ -- Infineon signed a deal.", "MUNICH, Germany, April 8, 2025",
     "Infineon signed a deal."),
    ("TAIPEI, Taiwan, Jan. 5, 2026 /PRNewswire-Asia/ -- Acer Inc. said it would build a plant.",
     "TAIPEI, Taiwan, Jan. 5, 2026", "Acer Inc. said it would build a plant."),
    ("REDMOND, Wash.--(BUSINESS WIRE)--Contoso Ltd. today named a chief executive.", "REDMOND, Wash.",
     "Contoso Ltd. today named a chief executive."),
    ("TORONTO, May 2, 2025 (GLOBE NEWSWIRE) -- Acme Mining Corp. announced results.", None, None),
])
def test_release_datelines(line, dateline, rest):
    found = match_release_dateline(line)
    if dateline is None:
        # GlobeNewswire's parenthesised form without the double dash before it is left to the ordinary rule
        assert found is None or found[1].startswith("Acme")
    else:
        assert found == (dateline, rest)


def test_release_dateline_after_headline_and_stamp_is_taken_out_by_clean_text():
    raw = ("Vestas to Supply Turbines to Orsted\n\nNews provided by\n\nVestas Wind Systems A/S\n\n"
           "Mar 3, 2025, 09:00 ET\n\nAARHUS, Denmark, March 3, 2025 /PRNewswire/ -- Vestas Wind Systems A/S "
           "(Nasdaq Copenhagen: VWS) will supply turbines to Orsted.\n")
    cleaned = clean_text(raw)
    assert cleaned.dateline == "AARHUS, Denmark, March 3, 2025"
    assert "Vestas Wind Systems A/S will supply turbines to Orsted." in cleaned.text.split("\n")
    assert "News provided by" not in cleaned.text and "PRNewswire" not in cleaned.text


def test_a_sentence_naming_a_distributor_is_no_dateline():
    assert match_release_dateline("Shares rose after PR Newswire carried the statement.") is None
    assert match_release_dateline("The company said in a statement on Business Wire that sales rose.") is None


# --- furniture lines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Skip to main content",
    "Home | Politics | Business | Science | Sport",
    "About us | Careers | Advertise | Privacy",
    "This website uses cookies to ensure you get the best experience.",
    "Accept all cookies",
    "Manage preferences",
    "Link copied",
    "Posted On: 03 FEB 2026 11:20AM by PIB Mumbai",
    "Release date: 2026-01-12 Source: Department of Foreign Trade",
    "Font size: big medium small",
    "(Release ID: 2098765) Visitor Counter : 88",
    "Read this release in: Urdu , Marathi",
    "Share to: Facebook Twitter",
    "[Print] [Close]",
    "Get the Morning Tech Digest in your inbox. Sign up",
    "Related: Chip tool makers brace for new curbs",
    "Follow our coverage of the climate talks at https://example.org/cop",
    "RK/SKS",
    "This press release contains forward-looking statements within the meaning of Section 27A of the Securities "
    "Act.",
])
def test_page_furniture_lines(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "The ministry posted on its website that talks would resume.",
    "Customers can sign up for the new satellite service from June.",
    "Samsung said cookies and other tracking tools were not involved.",
    "Exports rose 4% | imports fell 2%.",
    "The firm said forward-looking investment in chips would continue.",
    "Hitachi Energy will supply transformers to the grid operator.",
    "UN/EU talks resumed on Monday.",
])
def test_article_lines_are_no_furniture(line):
    assert not is_page_furniture(line)


def test_navigation_needs_three_short_items():
    assert is_navigation("World | Markets | Tech")
    assert not is_navigation("Airbus wins order | AFP")
    assert not is_navigation("Airbus and Boeing compete for the order in India | Indonesia | Vietnam this year")


# --- sections ------------------------------------------------------------------------------------------------


def test_legal_section_dropped_until_the_next_heading():
    lines = ["Hitachi Energy signed a deal with Vattenfall.", "", "Cautionary Statement Regarding Forward-Looking "
             "Statements", "", "Statements in this release are subject to risks.", "", "Contacts", "Jane Roe"]
    assert tidy_published(lines) == ["Hitachi Energy signed a deal with Vattenfall.", "", "", "", "Contacts",
                                     "Jane Roe"]


def test_about_company_section_is_kept():
    lines = ["About Vattenfall", "Vattenfall is a Swedish energy company owned by the Swedish state."]
    assert tidy_published(lines) == lines


def test_author_box_dropped_to_the_end():
    lines = ["Toyota will invest in solid-state batteries.", "About the author", "Ken Sato",
             "Ken Sato covers the car industry from Tokyo."]
    assert tidy_published(lines) == ["Toyota will invest in solid-state batteries."]


def test_box_of_story_links_dropped_until_a_sentence():
    lines = ["Orsted signed the deal.", "", "Most popular", "", "Ericsson cuts 1,200 jobs in Sweden", "",
             "Vodafone picks Samsung for Open RAN in Germany", "", "The deal still needs approval from regulators "
             "in Denmark and Germany."]
    assert [line for line in tidy_published(lines) if line] == [
        "Orsted signed the deal.", "The deal still needs approval from regulators in Denmark and Germany."]


def test_page_of_a_news_site_keeps_only_its_article():
    raw = ("Skip to content\nHome | World | Energy | Tech\nWe use cookies on this site.\nAccept all cookies | "
           "Manage preferences\nPetrobras signs LNG deal with QatarEnergy\nShare this article\n"
           "Petrobras (NYSE: PBR) signed a supply deal with QatarEnergy on Monday.\nAdvertisement\n"
           "Related stories\nYPF expands Vaca Muerta output\nOPEC+ holds output steady\n"
           "\u00a9 2026 Example Media Ltd. All rights reserved.\nPrivacy | Terms | Cookies | Contact\n")
    text = clean_text(raw).text
    assert text.split("\n")[-1] == "Petrobras signed a supply deal with QatarEnergy on Monday."
    assert "YPF" not in text and "cookies" not in text.lower() and "Home" not in text


# --- extraction ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp(relation_model=False)


def _ids(nlp, text: str) -> set[str]:
    from kg.nlp.extensions import entities

    return set(entities(nlp(text)))


@pytest.mark.parametrize("text", [
    "Mining companies in South America and North America are racing for lithium.",
    "Huawei opened a cloud region for customers in Central America.",
    "The bank lends across the Americas.",
])
def test_continents_named_with_america_are_not_the_united_states(nlp, text):
    assert "united-states" not in _ids(nlp, text)


def test_america_alone_is_still_the_united_states(nlp):
    assert "united-states" in _ids(nlp, "America and India signed a chip agreement on Tuesday.")


# --- honorifics ------------------------------------------------------------------------------------------------


def test_official_honorifics_are_made_plain():
    from kg.ingest.r14wire import plain_honorifics

    assert plain_honorifics("It was signed before Shri Rajnath Singh and H.E. Dr. Lee Min-ho.") == \
        "It was signed before Mr. Rajnath Singh and Dr. Lee Min-ho."
    assert plain_honorifics("The Sri Lanka Ports Authority and Sri Mulyani") == \
        "The Sri Lanka Ports Authority and Sri Mulyani"


def test_shri_before_a_minister_gives_a_clean_name(nlp):
    text = clean_text("The pact was signed in the presence of Union Minister of Coal and Mines Shri Kishan Reddy.").text
    from kg.nlp.extensions import entities

    labels = {e.label for e in entities(nlp(text)).values()}
    assert not any(label.startswith("Shri") for label in labels)


# --- products ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, product", [
    ("The utility will install Voltara's PowerCube\u2122 system at the site.", "PowerCube"),
    ("Operators can order the Radio 6620 from next year.", "Radio 6620"),
    ("The carrier picked the Strata\u00ae platform for its core network.", "Strata"),
])
def test_trade_marked_and_numbered_products_are_not_entities(nlp, text, product):
    from kg.nlp.extensions import entities

    assert product not in {e.label for e in entities(nlp(text)).values()}


def test_a_name_beside_a_short_number_or_a_year_is_no_product(nlp):
    from kg.nlp.r14wire import is_product_name

    doc = nlp.make_doc("Channel 4 and Vision 2030 and the Boeing 787 fleet")
    assert not is_product_name(doc, 0, 2) and not is_product_name(doc, 3, 5) and is_product_name(doc, 7, 9)


# --- company names with a legal form and their defined short names ---------------------------------------------


def _rels(nlp, text: str) -> set[tuple[str, str, str]]:
    from kg.nlp.extensions import relations

    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


def test_legal_form_name_and_its_defined_short_name_are_one_company(nlp):
    from kg.nlp.extensions import entities

    text = ('Nordvolt Energy Systems, Inc. ("Nordvolt" or the "Company") said on Monday it had signed a supply '
            'agreement with Vattenfall AB.\nNordvolt will deliver the first units in 2027.')
    ents = entities(nlp(text))
    nordvolt = [e for e in ents.values() if e.label.startswith("Nordvolt")]
    assert len(nordvolt) == 1 and "Nordvolt" in nordvolt[0].aliases + [nordvolt[0].label]


def test_title_before_of_is_not_part_of_a_legal_name():
    import spacy

    from kg.nlp.r14wire import legal_name_spans

    doc = spacy.blank("en")("Mei Lin, Chief Operating Officer of Harbin Turbine Co., Ltd., spoke on Friday.")
    assert [doc[a:b].text for a, b in legal_name_spans(doc)] == ["Harbin Turbine Co., Ltd."]


# --- coordinated titles --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, person, pred, org", [
    ('"This is a milestone," said Tomas Berg, President and Chief Executive Officer of Siemens.',
     "tomas-berg", "leaderOf", "siemens"),
    ("Tomas Berg, Managing Director and CEO of Siemens, told analysts the plant would open in May.",
     "tomas-berg", "leaderOf", "siemens"),
    ("Tomas Berg, Senior Vice President and Chief Technology Officer of Siemens, presented the chip.",
     "tomas-berg", "worksFor", "siemens"),
])
def test_coordinated_titles_of_releases(nlp, text, person, pred, org):
    assert (person, pred, org) in _rels(nlp, text)


def test_coordinated_titles_need_the_comma_after_the_person(nlp):
    rels = _rels(nlp, "The President and Chief Executive Officer of Siemens met Tomas Berg on Monday.")
    assert ("tomas-berg", "leaderOf", "siemens") not in rels


def test_company_with_a_country_word_and_a_small_first_letter(nlp):
    text = ('Aerolith USA, Inc. ("Aerolith") signed a launch agreement with imaging firm iSpectra Inc. on Monday.\n'
            '"We are delighted," said Ken Ito, President and CEO of iSpectra.')
    rels = _rels(nlp, text)
    assert ("ken-ito", "leaderOf", "ispectra") in rels
    assert not any(s == "united-states" or o == "united-states" for s, _, o in rels)


def test_joint_statement_is_no_actor(nlp):
    from kg.nlp.extensions import entities

    text = "Joint Statement between Ghana and Japan\n1. The two sides agreed to cooperate on vaccines."
    assert "Joint Statement" not in {e.label for e in entities(nlp(text)).values()}


# --- portfolios, quantities, programme statuses -----------------------------------------------------------------


@pytest.mark.parametrize("text, not_entity", [
    ("The deal was signed before Union Minister of Coal and Mines Mr. Kishan Reddy.", "Coal and Mines"),
    ("The deal was signed by Lim Wei Ming, Minister for National Development of Malaysia.",
     "National Development of Malaysia"),
    ("The plant will add a 300 MW / 1,200 MWh battery next year.", "MW / 1,200"),
    ("Both fabs keep their Trusted Supplier status under the new rules.", "Trusted Supplier"),
])
def test_portfolios_quantities_and_statuses_are_not_entities(nlp, text, not_entity):
    from kg.nlp.extensions import entities

    labels = {e.label for e in entities(nlp(text)).values()}
    assert not_entity not in labels and not any(not_entity in label for label in labels)


def test_a_body_named_after_a_minister_title_stays():
    import spacy

    from kg.nlp.r14wire import is_portfolio

    doc = spacy.blank("en")("Minister of the Ministry of Finance and Minister Ana Ruiz of Acme")
    assert not is_portfolio(doc, 3, 6) and not is_portfolio(doc, 11, 12)


# --- title-case headlines and legal names at a line's start ----------------------------------------------------


def test_title_case_headline_takes_the_body_s_lower_case_words():
    from kg.ingest.r14wire import body_case

    body = ["Voltaro Grid Inc. will deliver a hydrogen electrolyser plant to Nordvolt Energy.",
            "The electrolyser plant is the largest in Europe."]
    assert body_case("Voltaro to Deliver Hydrogen Electrolyser Plant to Nordvolt Energy", body) == \
        "Voltaro to deliver hydrogen electrolyser plant to Nordvolt Energy"


def test_title_case_headline_keeps_words_the_body_capitalises():
    from kg.ingest.r14wire import body_case

    body = ["Shares of Nordvolt Energy rose after the energy ministry approved the plan."]
    assert body_case("Nordvolt Energy Wins Approval For Grid Plan", body) == \
        "Nordvolt Energy Wins Approval For Grid plan"  # "Energy" is capitalised in the body, "plan" is not


def test_legal_name_at_a_line_start_after_a_headline(nlp):
    from kg.nlp.r14wire import legal_name_spans

    doc = nlp("Voltaro to supply turbines to Nordvolt in Chile\nVoltaro Wind Power, Inc. signed the order on Monday.")
    assert [doc[a:b].text for a, b in legal_name_spans(doc)] == ["Voltaro Wind Power, Inc."]
    doc = nlp("Shares of Harbin Turbine Co., Ltd. rose on Monday.")
    assert [doc[a:b].text for a, b in legal_name_spans(doc)] == ["Harbin Turbine Co., Ltd."]
