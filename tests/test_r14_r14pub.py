"""Published text: releases, ministry Q&As and joint statements (round 14, kg/nlp/r14pub.py). Every sentence is
written for its construction (none from a gold file); each negative has a positive of the same construction."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp(relation_model=False)


def ids(nlp, text: str) -> set[str]:
    return set(ext.entities(nlp(text)))


# --- a bare body's name is the body the document already named ------------------------------------------------

def test_bare_ministry_after_its_acronym_is_that_countrys(nlp):
    text = ("MOFCOM answers questions on gallium. Reporters asked about Washington's response. The United States "
            "and the United States Congress were named twice. The Ministry of Commerce said on Monday that the "
            "licences would be granted.")
    found = ids(nlp, text)
    assert "ministry-of-commerce-of-china" in found
    assert not any(i.startswith("ministry-of-commerce-of-the-united") for i in found)


def test_bare_foreign_ministry_after_its_full_name(nlp):
    text = ("The Ministry of Foreign Affairs of Japan issued a note. Officials in South Korea and South Korea's "
            "press criticised it. The foreign ministry said the note stood.")
    found = ids(nlp, text)
    assert "ministry-of-foreign-affairs-of-japan" in found
    assert "ministry-of-foreign-affairs-of-south-korea" not in found


def test_bare_ministry_with_no_body_named_keeps_the_home_country(nlp):
    text = ("Vietnam and Vietnam's exporters welcomed the rules. The Ministry of Commerce of Vietnam was not "
            "named here. The finance ministry said it would review the tariff.")
    found = ids(nlp, text)
    assert any(i.startswith("ministry-of-finance") and "vietnam" in i for i in found), found


def test_bodies_of_one_kind_of_two_countries_name_none_by_the_bare_name(nlp):
    from kg.nlp.governments import country_phrase
    from kg.nlp.mentions import Mention
    from kg.nlp.r14pub import body_country

    kb = nlp.get_pipe("kg_linker").kb if "kg_linker" in nlp.pipe_names else None
    if kb is None:
        pytest.skip("no linker")
    spec = {"name": "Ministry of Commerce of {country}"}
    one = [Mention(0, 1, "ministry-of-commerce-of-china", "Organization", "name", "MOFCOM")]
    assert body_country(kb, one, spec, country_phrase) == "china"
    two = one + [Mention(2, 3, "ministry-of-commerce-and-industry-of-india", "Organization", "name", "x")]
    assert body_country(kb, two, spec, country_phrase) == "china"  # another kind of body does not count


# --- a claim "some" unnamed sources make states nothing ----------------------------------------------------------

def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


@pytest.mark.parametrize("text", [
    "Some foreign media say Huawei supplies chips to Iran.",
    "Some analysts claim that Huawei supplies chips to Iran.",
    "Some media reports say Huawei supplies chips to Iran.",
])
def test_a_claim_of_some_unnamed_sources_is_no_relation(nlp, text):
    assert ("huawei", "suppliesTo", "iran") not in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Huawei supplies chips to Iran.",
    "Reuters reported that Huawei supplies chips to Iran.",
])
def test_the_same_claim_stated_or_by_a_named_source_stays(nlp, text):
    assert ("huawei", "suppliesTo", "iran") in triples(nlp, text)


def test_a_body_named_only_after_the_bare_name_does_not_take_it(nlp):
    text = ("Seoul and Seoul's agencies moved first. South Korea's regulators acted. The foreign ministry of South "
            "Korea was not named here. Earlier, the foreign ministry blocked the app. Later a spokesperson for "
            "the Chinese Ministry of Foreign Affairs replied.")
    found = ids(nlp, text)
    assert "ministry-of-foreign-affairs-of-south-korea" in found


# --- a joint statement's title names its parties -------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Joint Statement on the Strategic Partnership between Brazil and the Republic of India", ("brazil", "india")),
    ("Joint Declaration of Chile and Argentina on Lithium Cooperation", ("chile", "argentina")),
    ("Joint Statement between the Kingdom of Saudi Arabia and Japan", ("saudi-arabia", "japan")),
])
def test_a_joint_statements_title_is_an_agreement_of_its_parties(nlp, text, pair):
    found = triples(nlp, text)
    assert {(pair[0], "agreementWith", pair[1]), (pair[1], "agreementWith", pair[0])} & found, found


@pytest.mark.parametrize("text", [
    "A joint statement between Brazil and India was not issued.",
    "Brazil and India will discuss a joint statement on chips next year if talks go well.",
    "Statement of Brazil and India on the outcome of the vote",
])
def test_no_agreement_without_a_titled_joint_statement(nlp, text):
    found = triples(nlp, text)
    assert not {("brazil", "agreementWith", "india"), ("india", "agreementWith", "brazil")} & found, found


# --- a minister's portfolio names the ministry he heads ------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("The pact was signed in the presence of Union Minister for Commerce and Industry, Consumer Affairs and Food "
     "Mr. Piyush Goyal. The Ministry of Commerce and Industry of India hosted the event.",
     "piyush-goyal", "ministry-of-commerce-and-industry-of-india"),
    ("Officials of the Ministry of Trade and Industry of Singapore attended. Lawrence Wong, Deputy Prime Minister "
     "and Minister for Trade and Industry of Singapore, opened the plant.",
     "lawrence-wong", "ministry-of-trade-and-industry-of-singapore"),
])
def test_a_ministers_long_portfolio_names_the_ministry_he_heads(nlp, text, person, body):
    found = triples(nlp, text)
    assert (person, "leaderOf", body) in found, found


def test_a_narrower_portfolio_heads_no_broader_ministry(nlp):
    text = ("Officials of the Ministry of Trade and Industry of Singapore attended. Lawrence Wong, Minister for "
            "Trade, opened the plant.")
    rules = {e.rule for r in ext.relations(nlp(text)) for e in r.evidence}
    assert "r14pub:portfolio-minister" not in rules  # (another rule may read a portfolio's first word)


def test_portfolio_words_of_a_ministry_name():
    from kg.nlp.relations.r14pub import body_portfolio, portfolio_words

    assert body_portfolio("Department of Energy of the United States", {"department"}) == ["energy"]
    assert portfolio_words(["Trade", "&", "Industry"]) == body_portfolio("Ministry of Trade and Industry", {"ministry"})


# --- a named market is no organisation ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, market", [
    ("The battery will bid into the National Electricity Market from 2027, Origin Energy said.",
     "national-electricity-market"),
    ("Brussels wants a Digital Single Market for telecoms, the European Commission said.", "digital-single-market"),
])
def test_a_named_market_is_no_organisation(nlp, text, market):
    found = ids(nlp, text)
    assert market not in found and len(found) >= 1, found


def test_a_gazetteer_organisation_named_market_stays(nlp):
    assert "hydra-market" in ids(nlp, "Hydra Market was shut down by German police on Tuesday.")


# --- a ministry's portfolio list is part of its name ---------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Officials said the Ministry of Mines, Steel and Coal would license two new smelters this year.",
     "ministry-of-mines-steel-and-coal"),
    ("The Ministry of Land, Infrastructure, Transport and Tourism and Hitachi signed a memorandum on rail.",
     "ministry-of-land-infrastructure-transport-and-tourism"),
])
def test_a_ministrys_portfolio_list_stays_in_its_name(nlp, text, body):
    found = ids(nlp, text)
    assert body in found, found


@pytest.mark.parametrize("text, named", [
    ("The Ministry of Defence, Lockheed Martin and Boeing signed the deal on Monday.", {"lockheed-martin", "boeing"}),
    ("The Ministry of Finance, Ukraine and Poland agreed on the loan.", {"ukraine", "poland"}),
])
def test_a_list_of_other_names_after_a_ministry_is_no_portfolio(nlp, text, named):
    assert named <= ids(nlp, text)


# --- a kind of tie after "a" is no organisation --------------------------------------------------------------------

@pytest.mark.parametrize("text, tie", [
    ("The two ministries signed a memorandum on a Battery Supply Chain Partnership in Seoul.",
     "battery-supply-chain-partnership"),
    ("Chile and Japan agreed to set up a Green Hydrogen Partnership next year.", "green-hydrogen-partnership"),
])
def test_a_kind_of_tie_is_no_organisation(nlp, text, tie):
    assert tie not in ids(nlp, text)


def test_a_named_partnership_with_members_stays(nlp):
    assert "minerals-security-partnership" in ids(nlp, "Japan joined the Minerals Security Partnership in 2022.")


# --- a contract won is a deal with the customer --------------------------------------------------------------------

@pytest.mark.parametrize("text, winner, customer", [
    ("Ericsson has won a five-year contract to upgrade Vodafone's 5G network in Germany.", "ericsson", "vodafone"),
    ("Hanwha Aerospace was awarded a contract by the Polish Armament Agency to deliver rocket launchers.",
     "hanwha-aerospace", "polish-armament-agency"),
    ("Siemens Energy landed a contract for Saudi Aramco's new gas plant.", "siemens-energy", "saudi-aramco"),
])
def test_a_contract_won_is_an_agreement_with_the_customer(nlp, text, winner, customer):
    found = triples(nlp, text)
    assert {(winner, "agreementWith", customer), (customer, "agreementWith", winner)} & found, found


@pytest.mark.parametrize("text", [
    "Ericsson did not win the contract from Vodafone.",
    "Ericsson hopes to win a contract from Vodafone if the tender goes ahead.",
])
def test_a_contract_not_won_is_no_agreement(nlp, text):
    found = triples(nlp, text)
    assert not {("ericsson", "agreementWith", "vodafone"), ("vodafone", "agreementWith", "ericsson")} & found, found
