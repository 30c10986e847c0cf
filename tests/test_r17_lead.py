"""Round 17, the lead's own readings. Sentences written for these tests, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

COMBINING_FORMS = [
    # "Sino-" is China's combining form, like a demonym (data/gazetteer/countries.jsonl)
    ("The Sino-Indian rivalry over rare earths sharpened this year.", ("china", "competesWith", "india")),
    ("Sino-Brazilian cooperation on satellites began in 1988.", ("brazil", "cooperatesWith", "china")),
]


@pytest.mark.parametrize("text,expected", COMBINING_FORMS)
def test_sino_names_china(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


def test_rivals_given_as_examples_are_not_rivals_of_each_other(nlp):
    found = triples(nlp, "Ericsson faces European rivals such as Nokia and Siemens in the tender.")
    assert has_triple(found, ("ericsson", "competesWith", "nokia"))
    assert not has_triple(found, ("nokia", "competesWith", "siemens"))


def test_rivals_in_a_predicate_are_rivals_of_each_other(nlp):
    assert has_triple(triples(nlp, "Airbus and Boeing are rivals in wide-body jets."),
                      ("airbus", "competesWith", "boeing"))


def test_the_object_counted_among_a_role_is_the_one_described(nlp):
    found = triples(nlp, "Volvo counts Scania and Daimler among its rivals.")
    assert has_triple(found, ("mercedes-benz-group", "competesWith", "volvo"))
    assert has_triple(found, ("scania", "competesWith", "volvo"))


@pytest.mark.parametrize("text", ["The West African nation ratified the trade pact last year.",
                                  "Officials from West Java met investors from Japan."])
def test_a_compass_word_beginning_a_region_is_no_bloc(nlp, text):
    assert "the-west" not in {e.kb_id_ for e in nlp(text).ents}


def test_the_west_alone_is_the_bloc(nlp):
    assert "the-west" in {e.kb_id_ for e in nlp("The West imposed new sanctions on Belarus.").ents}


PLANTS_BUILT_BY = [
    # a plant's passive building verb names its owners (``events.built_by``); a country approving it hosts it
    ("The battery factory in Hungary will be built by CATL and Mercedes-Benz.", ("catl", "investsIn", "hungary")),
    ("Morocco approved a cathode plant to be built by Gotion High-Tech.", ("gotion-high-tech", "investsIn", "morocco")),
    ("Serbia welcomed a tyre factory built by Michelin in Zrenjanin.", ("michelin", "investsIn", "serbia")),
]


@pytest.mark.parametrize("text,expected", PLANTS_BUILT_BY)
def test_plant_built_by_its_owners(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text", ["A chip plant built in 2008 in Malaysia was sold last year.",
                                  "The factory will not be built by Tesla in Thailand, officials said."])
def test_no_owner_no_investment(nlp, text):
    assert not [t for t in triples(nlp, text) if t[1] == "investsIn"]


AMONG_THEM = [
    # the named parties after a sentence that lists parties by number (``r17lead.among_them_rule``)
    ("The Treasury imposed sanctions on 12 companies on Tuesday. Among them is Arktika Logistics, a shipping firm.",
     ("united-states-department-of-the-treasury", "sanctions", "arktika-logistics")),
    ("Britain sanctioned six entities on Thursday. Among those targeted is Qods Aviation Industries, a drone maker.",
     ("united-kingdom", "sanctions", "qods-aviation-industries")),
    ("Japan added 22 entities to its export control list. They include Shenzhen Kaifa Technology.",
     ("japan", "restrictsExportsTo", "shenzhen-kaifa-technology")),
    # … or by a plural role noun whose other side is named
    ("Samsung hired five new suppliers this year. Among them is Hanmi Semiconductor.",
     ("hanmi-semiconductor", "suppliesTo", "samsung-electronics")),
    ("Mistral has attracted several foreign backers. They include Nvidia and Salesforce.",
     ("salesforce", "investsIn", "mistral-ai")),
]


@pytest.mark.parametrize("text,expected", AMONG_THEM)
def test_parties_named_after_a_listing(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "Britain sanctioned six entities on Thursday. Among them was not Mahan Air.",
    "The minister met six companies on Thursday. Among them was Mahan Air.",
])
def test_no_listing_no_party(nlp, text):
    assert not [t for t in triples(nlp, text) if "mahan-air" in (t[0], t[2]) and t[1] != "basedIn"]


JOINT_ACTS = [
    # "jointly" on any verb of acting, "together" on a verb of a joint paper or event (``r10coop._joint_pairs``)
    ("Chile, Peru and Ecuador jointly submitted a plan to the Pacific fisheries body.", ("chile", "cooperatesWith", "peru")),
    ("Kenya and Ethiopia jointly appealed for funding of the power line.", ("ethiopia", "cooperatesWith", "kenya")),
    ("Norway and Iceland together drafted the fishing rules.", ("iceland", "cooperatesWith", "norway")),
]


@pytest.mark.parametrize("text,expected", JOINT_ACTS)
def test_joint_acts_of_coordinated_doers(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text", ["Samsung and SK Hynix together account for 70% of memory chip sales.",
                                  "Sony and Denso jointly hold a 40% stake in the sensor maker.",
                                  "Vietnam and Thailand together produce half of the world's hard drives."])
def test_sums_and_holdings_are_no_joint_acts(nlp, text):
    assert not [t for t in triples(nlp, text) if t[1] == "cooperatesWith"]


STAKES = [
    # a stake in nothing named, sold by a company, is a stake in itself (``commerce._own_stake_sellers``)
    ("Vodafone sold a 10% stake to Etisalat.", ("e-and", "investsIn", "vodafone")),
    # an unnamed consortium acts through its named leader (``DocContext._consortium_leaders``)
    ("A consortium led by Mubadala bought a stake in Telefonica.", ("mubadala", "investsIn", "telefonica")),
    ("Orano sold a stake to a consortium led by Kazatomprom.", ("kazatomprom", "investsIn", "orano")),
]


@pytest.mark.parametrize("text,expected", STAKES)
def test_stakes_sold_and_bought(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text", ["Glencore sold its stake to Vale last year.",
                                  "Vodafone did not sell a stake to Etisalat."])
def test_a_held_or_unsold_stake_gives_no_investment_in_the_seller(nlp, text):
    assert not [t for t in triples(nlp, text) if t[1] == "investsIn"]


def test_a_project_under_way_is_joint_as_a_planned_one(nlp):
    found = triples(nlp, "Equinor and Petrobras are developing a deepwater oil field off Brazil.")
    assert has_triple(found, ("equinor", "cooperatesWith", "petrobras"))


def test_projects_each_under_way_are_not_joint(nlp):
    found = triples(nlp, "Equinor and Petrobras are each developing a deepwater oil field.")
    assert not has_triple(found, ("equinor", "cooperatesWith", "petrobras"))


@pytest.mark.parametrize("text,expected", [
    # a fraction of a company's equity held or bought (``commerce3.share_held_rule``)
    ("Toyota owns a majority of Hino Motors.", ("toyota", "investsIn", "hino-motors")),
    ("Mubadala bought half of Nova Chemicals in 2009.", ("mubadala", "investsIn", "nova-chemicals")),
])
def test_fractions_of_a_company_held(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


def test_a_fraction_of_things_is_no_stake(nlp):
    assert not [t for t in triples(nlp, "Toyota sold half of its trucks to Hino Motors.") if t[1] == "investsIn"]


def test_a_description_named_after_its_comma_is_that_name(nlp):
    found = triples(nlp, "Honda signed a deal with LG. Honda will own 51% of the venture, L-H Battery, from 2026.")
    assert has_triple(found, ("honda", "investsIn", "l-h-battery"))
    assert not has_triple(found, ("honda", "investsIn", "lg"))


@pytest.mark.parametrize("text", [
    # what one is asked or requested to do is not done nor planned by the one asked (as "urged")
    "Kenya asked Hyundai to supply electric buses to Kenyan operators.",
    "Tehran asked Airbus to sell more spare parts to Iranian airlines.",
])
def test_requested_acts_state_nothing(nlp, text):
    assert not [t for t in triples(nlp, text) if t[1] in ("suppliesTo", "restrictsExportsTo")]


def test_the_ones_who_ask_keep_their_relations(nlp):
    found = triples(nlp, "ASEAN met on Monday. Its members Laos and Cambodia asked for more aid.")
    assert has_triple(found, ("laos", "memberOf", "asean"))


@pytest.mark.parametrize("text,expected", [
    # every pair of signatories, when people stand for their states and a "with" party signs too
    ("The leaders of Ghana, Togo and Benin signed an agreement with Nigeria on power trade.",
     [("benin", "agreementWith", "ghana"), ("ghana", "agreementWith", "togo"), ("ghana", "agreementWith", "nigeria")]),
    ("The prime ministers of Norway and Sweden signed a joint declaration with Finland.",
     [("norway", "agreementWith", "sweden"), ("finland", "agreementWith", "norway")]),
])
def test_signatories_standing_for_their_states(nlp, text, expected):
    found = triples(nlp, text)
    assert all(has_triple(found, t) for t in expected), found


@pytest.mark.parametrize("text,expected", [
    # papers signed together are agreements (``r17lead.signed_papers_rule``, ``membership._agreement_noun``)
    ("Ghana and Morocco signed 14 documents on trade and fertiliser.", ("ghana", "agreementWith", "morocco")),
    ("The documents were signed by Ghana and Morocco in Rabat.", ("ghana", "agreementWith", "morocco")),
])
def test_signed_papers_are_agreements(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text", ["Documents show that Ghana and Morocco discussed fertiliser.",
                                  "Ghana and Morocco did not sign the documents."])
def test_papers_unsigned_are_no_agreements(nlp, text):
    assert not [t for t in triples(nlp, text) if t[1] == "agreementWith"]


@pytest.mark.parametrize("text,expected", [
    # those named beside a member are members too (``r17lead.members_alongside_rule``)
    ("Uruguay is a founding member of Mercosur, alongside Brazil and Paraguay.", ("paraguay", "memberOf", "mercosur")),
    ("Along with Malawi and Zambia, Tanzania is a member of the Southern African Development Community.",
     ("malawi", "memberOf", "sadc")),
])
def test_members_alongside_a_member(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


def test_no_membership_alongside_a_non_member(nlp):
    found = triples(nlp, "Uruguay is not a member of Mercosur, alongside Brazil.")
    assert not has_triple(found, ("brazil", "memberOf", "mercosur"))
