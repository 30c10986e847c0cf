"""Investment constructions of branch r10invest: ``kg/nlp/relations/r10invest.py`` and the ``r10invest_`` keys of
``data/lexicon/events.json``. Every sentence is written for its construction (none comes from a gold file); each
positive states the triples and the rule it must give, each negative the triples it must not."""

from __future__ import annotations

import pytest

from rule_runs import rules_by_triple


def found(nlp, text: str) -> dict[tuple[str, str, str], set[str]]:
    """Each triple the pipeline finds, with every rule that found it."""
    return rules_by_triple(nlp, text)


STATED = [
    # a list of an organisation's investors
    ("Mistral AI was founded in Paris in 2023. Its early shareholders include the American groups Nvidia, "
     "Salesforce and Cisco, as well as state lenders such as Bpifrance.",
     {("nvidia", "investsIn", "mistral-ai"), ("salesforce", "investsIn", "mistral-ai"),
      ("cisco", "investsIn", "mistral-ai"), ("bpifrance", "investsIn", "mistral-ai")}, "event:investors-listed"),
    ("Aleph Alpha's backers are SAP and Bosch.",
     {("sap", "investsIn", "aleph-alpha"), ("bosch", "investsIn", "aleph-alpha")}, "event:investors-listed"),
    # investors counted among an organisation's roles
    ("Bosch is among Aleph Alpha's backers.", {("bosch", "investsIn", "aleph-alpha")}, "event:counted-among"),
    ("MiniMax already counts Tencent, which joined a round last year, and miHoYo among its shareholders.",
     {("tencent", "investsIn", "minimax"), ("mihoyo", "investsIn", "minimax")}, "event:counted-among"),
    # a plant in a place that is no actor: its country
    ("The United States is courting chipmakers. The site is the model for a $17 billion chip factory that Samsung "
     "Electronics is building in Austin, Texas.",
     {("samsung-electronics", "investsIn", "united-states")}, "event:plant-in-place"),
    ("Vietnam wants more foreign chipmakers. Amkor Technology is building a $1.6 billion plant in Bac Ninh province.",
     {("amkor-technology", "investsIn", "vietnam")}, "event:plant-in-place"),
    # a centre built or opened abroad
    ("Nvidia plans to open AI technology centres in four countries: France, Germany, Italy and Spain.",
     {("nvidia", "investsIn", "france"), ("nvidia", "investsIn", "germany"), ("nvidia", "investsIn", "italy"),
      ("nvidia", "investsIn", "spain")}, "event:centre-built"),
    ("Nvidia will build a data centre in the city of Surakarta, Indonesia.",
     {("nvidia", "investsIn", "indonesia")}, "event:centre-built"),
    # a vehicle formed to invest
    ("Brookfield Asset Management and Qai have formed a $20 billion joint venture to invest in AI infrastructure "
     "in Qatar.",
     {("brookfield-asset-management", "investsIn", "qatar"), ("qai", "investsIn", "qatar")},
     "event:vehicle-purpose"),
    # money for a firm's plant or project
    ("The Pentagon more than doubled its funding for Lynas Rare Earths's Texas plant.",
     {("united-states-department-of-defense", "investsIn", "lynas-rare-earths")}, "event:funding-for-owned"),
    ("The European Commission approved a loan for Tata Steel's Dutch mill.",
     {("european-commission", "investsIn", "tata-steel")}, "event:funding-for-owned"),
    # a partner in a company, or in a project abroad
    ("Glencore will expand the mine with Gécamines, the state miner that is Glencore's partner in Kamoto Copper "
     "Company.", {("gecamines", "investsIn", "kamoto-copper-company")}, "event:partner-in"),
    ("Ford Motor has become the third partner in a $4.5 billion nickel project in Indonesia.",
     {("ford-motor-company", "investsIn", "indonesia")}, "event:partner-in"),
    # an investment by or from someone
    ("The $1.5 billion investment from Microsoft in G42 was cleared.", {("microsoft", "investsIn", "g42")},
     "event:investment-by"),
    ("The investment by Microsoft in G42 was cleared.", {("microsoft", "investsIn", "g42")}, "event:investment-by"),
    # a share given
    ("The deal gives Microsoft a 4% stake in Mistral AI.", {("microsoft", "investsIn", "mistral-ai")},
     "event:given-stake"),
    ("The warrants would give the Pentagon 15% of MP Materials.",
     {("united-states-department-of-defense", "investsIn", "mp-materials")}, "event:given-stake"),
    # a financing round taken part in
    ("Nvidia participated in the funding round for Mistral AI.", {("nvidia", "investsIn", "mistral-ai")},
     "event:round-taken-part"),
    ("Samsung Electronics took part in the Rebellions funding round.",
     {("samsung-electronics", "investsIn", "rebellions")}, "event:round-taken-part"),
    # a fund founded jointly (kg/nlp/relations/r10invest2.py)
    ("China Investment Corporation has pledged $1 billion for a Russia-China Investment Fund that it is creating "
     "jointly with the Russian Direct Investment Fund.",
     {("russian-direct-investment-fund", "investsIn", "russia-china-investment-fund"),
      ("china-investment-corporation", "investsIn", "russia-china-investment-fund")}, "event:joint-fund"),
    ("Mubadala and Rosneft set up the Gulf Energy Fund in 2019.",
     {("mubadala", "investsIn", "gulf-energy-fund"), ("rosneft", "investsIn", "gulf-energy-fund")},
     "event:joint-fund"),
    # an amount invested in a place, the place hanging on the amount
    ("Mubadala will invest 20% of its capital in Kazakhstan.", {("mubadala", "investsIn", "kazakhstan")},
     "event:amount-invested-in"),
]


@pytest.mark.parametrize("text,expected,rule", STATED, ids=[t[:48] for t, _, _ in STATED])
def test_construction_gives_its_relations(nlp, text: str, expected: set[tuple[str, str, str]], rule: str) -> None:
    got = found(nlp, text)
    assert expected <= set(got), f"missing {expected - set(got)} in {sorted(got)}"
    assert any(rule in got[t] for t in expected), f"{rule} not among {[got[t] for t in expected]}"


NOT_STATED = [
    # negated lists and counts
    ("Aleph Alpha does not count SAP among its shareholders.", {("sap", "investsIn", "aleph-alpha")}),
    ("Aleph Alpha's backers are not SAP and Bosch.", {("sap", "investsIn", "aleph-alpha")}),
    # a list of customers or rivals is no list of investors
    ("Aleph Alpha's customers include SAP and Bosch.", {("sap", "investsIn", "aleph-alpha")}),
    # the country in a list's modifier invests in nothing
    ("Mistral AI's shareholders include the American groups Nvidia and Cisco.",
     {("united-states", "investsIn", "mistral-ai")}),
    # a firm's plant at home, or in the country its name says
    ("Samsung Electronics is building a chip factory in Pyeongtaek, South Korea.",
     {("samsung-electronics", "investsIn", "south-korea")}),
    ("American Rare Earths is developing a processing plant in Wyoming. The United States welcomed it.",
     {("american-rare-earths", "investsIn", "united-states")}),
    # a centre visited, or named without a verb of building, or not built
    ("Nvidia executives visited a data centre in Munich, Germany.", {("nvidia", "investsIn", "germany")}),
    ("Nvidia has no plans to open a data centre in Germany.", {("nvidia", "investsIn", "germany")}),
    # a venture formed for something else than investing
    ("Brookfield Asset Management and Qai have formed a joint venture to sell software in Qatar.",
     {("brookfield-asset-management", "investsIn", "qatar")}),
    # money for a plant that is not given
    ("The Pentagon did not increase its funding for Lynas Rare Earths's Texas plant.",
     {("united-states-department-of-defense", "investsIn", "lynas-rare-earths")}),
    # a partner no longer, or a partner in a party
    ("Ford Motor is no longer a partner in the nickel project in Indonesia.",
     {("ford-motor", "investsIn", "indonesia")}),
    ("Komeito, the junior partner in the Liberal Democratic Party, objected.",
     {("komeito", "investsIn", "liberal-democratic-party")}),
    # a round not taken part in, a deal that gives no share
    ("Nvidia did not participate in the funding round for Mistral AI.", {("nvidia", "investsIn", "mistral-ai")}),
    ("The deal gives Microsoft access to Mistral AI's models.", {("microsoft", "investsIn", "mistral-ai")}),
    ("The investment from Microsoft was not made in G42.", {("microsoft", "investsIn", "g42")}),
    # a fund one party sets up is its unit; a fund not set up
    ("Mubadala set up the Gulf Energy Fund in 2019.", {("mubadala", "investsIn", "gulf-energy-fund")}),
    ("Mubadala and Rosneft did not set up the Gulf Energy Fund.", {("mubadala", "investsIn", "gulf-energy-fund")}),
    ("Mubadala will not invest any of its capital in Kazakhstan.", {("mubadala", "investsIn", "kazakhstan")}),
]


@pytest.mark.parametrize("text,absent", NOT_STATED, ids=[t[:48] for t, _ in NOT_STATED])
def test_construction_does_not_overreach(nlp, text: str, absent: set[tuple[str, str, str]]) -> None:
    got = found(nlp, text)
    assert not absent & set(got), f"unexpected {absent & set(got)}"
