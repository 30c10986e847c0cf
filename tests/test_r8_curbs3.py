"""Sanctions, export curbs and membership around another actor's act (branch r8-curbs3):
``kg/nlp/relations/curbs3.py`` and the fixes beside it in ``modality.py``, ``membership.py`` and ``restraints.py``.
Every sentence is written for its construction (none comes from a gold file); each positive states the triples it
must give, each negative (negated, distractor, another act) the triples it must not."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


STATED = [
    # the one joined in a measure takes it too
    ("Canada joined the United States in restricting exports of chips to China.",
     {("united-states", "restrictsExportsTo", "china"), ("canada", "restrictsExportsTo", "china")}),
    ("Japan joined the European Union in sanctioning Russia.", {("european-union", "sanctions", "russia")}),
    # a multi-state body led by a state
    ("Kazakhstan belongs to the Russia-led Collective Security Treaty Organization.",
     {("russia", "memberOf", "collective-security-treaty-organization")}),
    ("The China-led Asian Infrastructure Investment Bank lent money to Egypt.",
     {("china", "memberOf", "asian-infrastructure-investment-bank")}),
    # a company ordered blocked or removed by a state body
    ("The Federal Communications Commission ordered Huawei removed from the networks.",
     {("federal-communications-commission", "sanctions", "huawei")}),
    ("Britain's Ofcom ordered ZTE blocked.", {("ofcom", "sanctions", "zte")}),
    # a clause before a comma is not what the next clause's negating verb governs
    ("South Korea's defence ministry blocked DeepSeek on military computers, the foreign ministry cut access on "
     "computers linked to outside networks.",
     {("ministry-of-defence-of-south-korea", "sanctions", "deepseek")}),
    # a colon the tokenizer glues to a closing bracket
    ("Its two affiliates were blacklisted by the Treasury Department's Office of Foreign Assets Control (OFAC): "
     "Alfa Systems, based in Armenia; and Beta Trade, registered in Switzerland.",
     {("ofac", "sanctions", "alfa-systems"), ("ofac", "sanctions", "beta-trade")}),
    # a maker's products an authority says others must not use, or must remove
    ("The Swedish Post and Telecom Authority said that the four companies must not use Huawei or ZTE products in "
     "their networks.",
     {("swedish-post-and-telecom-authority", "sanctions", "huawei"),
      ("swedish-post-and-telecom-authority", "sanctions", "zte")}),
    ("The Swedish Post and Telecom Authority ruled that carriers must remove equipment made by ZTE by 2027.",
     {("swedish-post-and-telecom-authority", "sanctions", "zte")}),
    # a curb on a flow of goods to a destination, held or imposed
    ("The Netherlands imposed new curbs on sales of chipmaking tools to China.",
     {("netherlands", "restrictsExportsTo", "china")}),
    ("The Netherlands announced restrictions on exports of lithography machines to China.",
     {("netherlands", "restrictsExportsTo", "china")}),
    ("The US Commerce Department tightened Washington's curbs on shipments of advanced chips to China.",
     {("united-states", "restrictsExportsTo", "china")}),
    # members through a body's word for them, a part of it, or its chair
    ("EU member states such as France and Germany agreed.",
     {("france", "memberOf", "european-union"), ("germany", "memberOf", "european-union")}),
    ("Hungary is part of the European Union.", {("hungary", "memberOf", "european-union")}),
    ("Kazakhstan, part of the Eurasian Economic Union, trades with Russia.",
     {("kazakhstan", "memberOf", "eurasian-economic-union")}),
    ("India holds the rotating presidency of the G20.", {("india", "memberOf", "g20")}),
    ("Brazil's BRICS presidency ends in December.", {("brazil", "memberOf", "brics")}),
    # the target of a measure: through "target", "subject to", "hit with", a relative clause, a counted group
    ("Rosneft, a target of US sanctions, sells oil.", {("united-states", "sanctions", "rosneft")}),
    ("Rosneft became the main target of EU sanctions.", {("european-union", "sanctions", "rosneft")}),
    ("Huawei has been subject to US export controls since 2019.",
     {("united-states", "restrictsExportsTo", "huawei")}),
    ("ZTE was hit with US export curbs.", {("united-states", "restrictsExportsTo", "zte")}),
    ("The sanctions that the European Union imposed on Rosneft in 2022 remain.",
     {("european-union", "sanctions", "rosneft")}),
    ("Sugon was among 12 companies the Treasury sanctioned on Friday.",
     {("united-states-department-of-the-treasury", "sanctions", "sugon")}),
    ("Megvii is one of the firms that Washington blacklisted.", {("united-states", "sanctions", "megvii")}),
    ("US sanctions targeting Rosneft hurt its exports.", {("united-states", "sanctions", "rosneft")}),
    ("US export controls aimed at China hurt Nvidia.", {("united-states", "restrictsExportsTo", "china")}),
    # orders to remove a maker's products; nouns of blacklisting with their agent; cutting off and barring
    ("Britain ordered telecom operators to remove Huawei equipment by 2027.",
     {("united-kingdom", "sanctions", "huawei")}),
    ("The blacklisting of Huawei by the United States hurt sales.", {("united-states", "sanctions", "huawei")}),
    ("Washington cut off Huawei's access to American chips.", {("united-states", "restrictsExportsTo", "huawei")}),
    ("Russia has been cut off from Western technology.", {("the-west", "restrictsExportsTo", "russia")}),
    ("The United States has barred exports of advanced chips to Huawei.",
     {("united-states", "restrictsExportsTo", "huawei")}),
    # countermeasures; a fronted passive; access to a company's service blocked; a halted supply to a customer
    ("Beijing imposed countermeasures on Lockheed Martin.", {("china", "sanctions", "lockheed-martin")}),
    ("Sanctioned by the United States in 2020, SMIC kept expanding.", {("united-states", "sanctions", "smic")}),
    ("After being blacklisted by Washington in 2019, Huawei built its own chips.",
     {("united-states", "sanctions", "huawei")}),
    ("Moscow blocked access to Facebook in March.", {("russia", "sanctions", "meta-platforms")}),
    ("TSMC has stopped supplying Huawei.", {("tsmc", "restrictsExportsTo", "huawei")}),
    ("The United States denied export licences to Huawei.", {("united-states", "restrictsExportsTo", "huawei")}),
    ("The EU banned imports of Russian steel.", {("european-union", "sanctions", "russia")}),
    # the states listed right after a body's name
    ("The G7 (the United States, Japan, Germany, Britain, France, Italy and Canada) met.",
     {("japan", "memberOf", "g7"), ("canada", "memberOf", "g7"), ("united-kingdom", "memberOf", "g7")}),
    ("The summit of the Quad — the United States, Japan, India and Australia — was held in Tokyo.",
     {("india", "memberOf", "quad"), ("australia", "memberOf", "quad")}),
    ("The BRICS bloc of Brazil, Russia, India, China and South Africa expanded.",
     {("brazil", "memberOf", "brics"), ("south-africa", "memberOf", "brics")}),
    # an organisation named as a grouping of members
    ("The Next G Alliance's founding members include Nokia, Ericsson and Qualcomm.",
     {("nokia", "memberOf", "next-g-alliance"), ("qualcomm", "memberOf", "next-g-alliance")}),
    ("Nokia and Ericsson are among the founding members of the Next G Alliance.",
     {("nokia", "memberOf", "next-g-alliance"), ("ericsson", "memberOf", "next-g-alliance")}),
    # sanctions that leave their target to a text about one country
    ("Russia is vast. Russia is cold. Western sanctions over the war forced Yandex to sell its business.",
     {("the-west", "sanctions", "russia")}),
    ("Russia is vast. Russia is cold. The sanctions imposed by the European Union had hit its business there.",
     {("european-union", "sanctions", "russia")}),
    # licences required for shipments to a destination, the parser hanging both on the verb
    ("Japan will require export licences for shipments of chipmaking tools to China.",
     {("japan", "restrictsExportsTo", "china")}),
    # a denial policy in quotes
    ('The Commerce Department said it would apply a "policy of denial" to export licence applications for Huawei.',
     {("united-states-department-of-commerce", "restrictsExportsTo", "huawei")}),
]

NOT_STATED = [
    # joining another in an act is no membership, and an act that is no measure carries none over
    ("Japan joined the European Union in sanctioning Russia.", {("japan", "memberOf", "european-union")}),
    ("Canada joined the United States in criticising China.",
     {("united-states", "restrictsExportsTo", "china"), ("united-states", "sanctions", "china")}),
    ("Canada refused to join the United States in restricting exports of chips to China.",
     {("canada", "restrictsExportsTo", "china")}),
    # a state that leads no body
    ("The Russia-led talks with Ukraine collapsed in March.", {("russia", "memberOf", "ukraine")}),
    # an order that blocks nothing, or a block not done
    ("The Federal Communications Commission ordered Huawei to sell its stake.",
     {("federal-communications-commission", "sanctions", "huawei")}),
    ("South Korea's defence ministry did not block DeepSeek on military computers.",
     {("ministry-of-defence-of-south-korea", "sanctions", "deepseek")}),
    # a curb lifted, not imposed, or criticised by someone who does not hold it
    ("The Netherlands lifted its restrictions on exports of lithography machines to China.",
     {("netherlands", "restrictsExportsTo", "china")}),
    ("The Netherlands did not impose restrictions on exports of lithography machines to China.",
     {("netherlands", "restrictsExportsTo", "china")}),
    ("Nvidia criticised restrictions on sales of chips to China.", {("nvidia", "restrictsExportsTo", "china")}),
    # a measure denied, only possible, lifted, or on capital; a clause with an object of its own
    ("Rosneft is not a target of US sanctions.", {("united-states", "sanctions", "rosneft")}),
    ("Huawei could be subject to US export controls.", {("united-states", "restrictsExportsTo", "huawei")}),
    ("Rosneft is subject to capital controls imposed by the United States.",
     {("united-states", "restrictsExportsTo", "rosneft")}),
    ("The sanctions that the European Union lifted on Rosneft expired.", {("european-union", "sanctions", "rosneft")}),
    ("Sugon was among the companies that the Treasury sanctioned Megvii with.",
     {("united-states-department-of-the-treasury", "sanctions", "sugon")}),
    ("Britain ordered telecom operators not to remove Huawei equipment.", {("united-kingdom", "sanctions", "huawei")}),
    ("Huawei cut the price of its phones for China.", {("huawei", "restrictsExportsTo", "china")}),
    ("Capital controls aimed at China hurt Nvidia.", {("united-states", "restrictsExportsTo", "china")}),
    # sanctions only possible, with their own target, or in a text about no one country
    ("Russia is vast. Russia is cold. Western sanctions could hit the bank.", {("the-west", "sanctions", "russia")}),
    ("Russia is vast. Russia is cold. The European Union imposed sanctions on Iran.",
     {("european-union", "sanctions", "russia")}),
    ("Russia is vast. China is vast. Western sanctions over the war forced Yandex to sell its business.",
     {("the-west", "sanctions", "russia"), ("the-west", "sanctions", "china")}),
    # a block not done, goods that are no company, imports grown, a list of firms after a body
    ("Moscow did not block access to Facebook.", {("russia", "sanctions", "meta-platforms")}),
    ("TSMC has stopped supplying chips to its plant.", {("tsmc", "restrictsExportsTo", "semiconductors")}),
    ("The EU increased imports of Russian steel.", {("european-union", "sanctions", "russia")}),
    ("The European Union (with Huawei and Nokia) met.",
     {("huawei", "memberOf", "european-union"), ("nokia", "memberOf", "european-union")}),
    # a board is no grouping of members
    ("Ericsson is a member of the board of Acme Group.", {("ericsson", "memberOf", "acme-group")}),
    # a part no more, a firm part of a plan, a chair only hoped for
    ("Lithuania is no longer part of the European Union.", {("lithuania", "memberOf", "european-union")}),
    ("Lithuania was once part of the European Union.", {("lithuania", "memberOf", "european-union")}),
    ("Hungary hopes to take over the EU presidency.", {("hungary", "memberOf", "european-union")}),
    # an obligation to use, or an obligation nobody states
    ("The Swedish Post and Telecom Authority said that Telia must use Ericsson products.",
     {("swedish-post-and-telecom-authority", "sanctions", "ericsson")}),
    ("The Swedish Post and Telecom Authority did not say that carriers must not use Huawei products.",
     {("swedish-post-and-telecom-authority", "sanctions", "huawei")}),
    # a negating verb without an object of its own still governs the clause before it
    ("Huawei supplied chips to Russia, the company denied.", {("huawei", "suppliesTo", "russia")}),
]


@pytest.mark.parametrize("text,expected", STATED, ids=[t[:50] for t, _e in STATED])
def test_stated(nlp, text, expected):
    found = triples(nlp, text)
    assert expected <= found, sorted(expected - found)


@pytest.mark.parametrize("text,unwanted", NOT_STATED, ids=[t[:50] for t, _u in NOT_STATED])
def test_not_stated(nlp, text, unwanted):
    assert not (triples(nlp, text) & unwanted)
