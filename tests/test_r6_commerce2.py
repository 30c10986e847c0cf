"""Supply, investment and official constructions of issue 11 (branch r6-commerce2): ``kg/nlp/relations/provision.py``
and ``kg/nlp/relations/officials.py``. Every sentence is written for its construction (none comes from a gold file);
each positive states the triples it must give, each negative (negated, distractor) the triples it must not."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


STATED = [
    # goods made for a customer
    ("Siemens has built trains for Russian Railways since 2000.", {("siemens", "suppliesTo", "russian-railways")}),
    ("Rosatom will build two reactors for Hungary.", {("rosatom", "suppliesTo", "hungary")}),
    ("The locomotives were built by Siemens for Russian Railways.", {("siemens", "suppliesTo", "russian-railways")}),
    # importers and buyers of a country's goods
    ("Japan and South Korea, the biggest importers of Chinese graphite, will need permits.",
     {("china", "suppliesTo", "japan"), ("china", "suppliesTo", "south-korea")}),
    ("Germany is the biggest buyer of Russian gas.", {("russia", "suppliesTo", "germany")}),
    # a deal's two halves
    ("Under the deal, Baidu will supply its robotaxis, while Lyft will run the fleet.",
     {("baidu", "suppliesTo", "lyft")}),
    ("Lyft will operate the fleet, while Baidu provides the vehicles.", {("baidu", "suppliesTo", "lyft")}),
    # the product another's thing runs on
    ("Reliance's new data centre will run on Nvidia's Blackwell processors.", {("nvidia", "suppliesTo", "reliance")}),
    ("Sugon's machines have been built around Intel processors and Nvidia graphics chips.",
     {("intel", "suppliesTo", "sugon"), ("nvidia", "suppliesTo", "sugon")}),
    ("Safaricom's network is powered by Huawei equipment.", {("huawei", "suppliesTo", "safaricom")}),
    ("Nvidia and Reliance will build a cloud, with Reliance's new data centre set to run on the American chip "
     "designer's processors.", {("nvidia", "suppliesTo", "reliance")}),
    # a relative clause hung on the place of a "based in" phrase describes what is based there
    ("Investors turned to Sophgo, a chip designer based in Xiamen, which had ordered chips from TSMC.",
     {("tsmc", "suppliesTo", "sophgo")}),
    # made to another's design
    ("The Kirin chip, designed by Huawei's chip unit HiSilicon, was manufactured by SMIC.",
     {("smic", "suppliesTo", "huawei")}),
    ("TSMC makes the processors designed by Nvidia.", {("tsmc", "suppliesTo", "nvidia")}),
    # money spent on a maker's products
    ("SoftBank agreed to spend $3 billion a year on OpenAI's products.", {("openai", "suppliesTo", "softbank-group")}),
    # goods sold in a place
    ("The regulator found risks in Micron products sold in China.", {("micron-technology", "suppliesTo", "china")}),
    # another's thing built or upgraded
    ("Huawei upgraded the network of Safaricom last year.", {("huawei", "suppliesTo", "safaricom")}),
    ("ZTE built Ethio Telecom's data centre.", {("zte", "suppliesTo", "ethio-telecom")}),
    # national titles
    ("Secretary of State Tom Walker said the United States would respond.",
     {("tom-walker", "worksFor", "united-states")}),
    ("His national security adviser, Tom Hale, said the United States would act.",
     {("tom-hale", "worksFor", "united-states")}),
    ("The Commerce Department acted on Monday, and Commerce Secretary Ann Lee said the United States would respond.",
     {("ann-lee", "leaderOf", "united-states-department-of-commerce")}),
    ("Japan will relax its rules, Chief Cabinet Secretary Ken Sato told reporters.",
     {("ken-sato", "worksFor", "japan")}),
    # counterparts: a minister's works for the country, a president's leads it
    ("Defence Minister Arjun Mehta met his Russian counterpart, Oleg Ivanov, in Qingdao.",
     {("oleg-ivanov", "worksFor", "russia")}),
    ("The pledge came when Defence Minister Arjun Mehta met Oleg Ivanov, his Russian counterpart, in Qingdao.",
     {("oleg-ivanov", "worksFor", "russia")}),
    ("President Joe Biden met his Chinese counterpart Xi Jinping in Bali.", {("xi-jinping", "leaderOf", "china")}),
    # a minister of the country the text is about, in a sentence that names it alone
    ("Croatia will buy twelve jets. Croatia signed the deal in Zagreb. Foreign Minister Ana Kovac said Croatia "
     "would pay in cash.", {("ana-kovac", "worksFor", "croatia")}),
    # a spokesman with no body in front of the title speaks for the one organisation named before him
    ("The Kremlin agreed on one point: spokesman Dmitry Peskov said the system was not certified in Russia.",
     {("dmitry-peskov", "worksFor", "kremlin")}),
    # employment verbs
    ("Anna Berg, who works for Nokia, said demand was strong.", {("anna-berg", "worksFor", "nokia")}),
    ("Anna Berg works at Siemens as an engineer.", {("anna-berg", "worksFor", "siemens")}),
    ("Anna Berg is employed by Siemens.", {("anna-berg", "worksFor", "siemens")}),
    # an authority's word of what an organisation must do
    ("The Swedish Post and Telecom Authority said on Tuesday that Telia must not use Huawei equipment.",
     {("swedish-post-and-telecom-authority", "directs", "telia-company")}),
    ("The European Commission ruled that Apple must open its app store.", {("european-commission", "directs", "apple")}),
    # a leader's own official
    ("Congolese President Felix Tshisekedi and his mines minister, Louis Kabamba, were expected to attend.",
     {("louis-kabamba", "worksFor", "democratic-republic-of-the-congo")}),
]

NOT_STATED = [
    ("Siemens has not built trains for Russian Railways.", {("siemens", "suppliesTo", "russian-railways")}),
    # an abstract thing built for someone is no supply
    ("The United States built a coalition for Ukraine.", {("united-states", "suppliesTo", "ukraine")}),
    # an importer of a company's goods: the role rule's business, not a country's supply
    ("Germany is the biggest buyer of Russian gas.", {("germany", "suppliesTo", "russia")}),
    ("Huawei will supply the equipment, while Safaricom will not operate the network.",
     {("huawei", "suppliesTo", "safaricom")}),
    # a supply to someone named is not the other half's
    ("Huawei will supply routers to Airtel, while Safaricom will run the network.",
     {("huawei", "suppliesTo", "safaricom")}),
    ("Huawei did not upgrade the network of Safaricom.", {("huawei", "suppliesTo", "safaricom")}),
    ("Reliance's data centre will not run on Nvidia processors.", {("nvidia", "suppliesTo", "reliance")}),
    ("SoftBank will not spend money on OpenAI's products.", {("openai", "suppliesTo", "softbank-group")}),
    ("The chip designed by Huawei was not manufactured by SMIC.", {("smic", "suppliesTo", "huawei")}),
    # two organisations named before a bare spokesman: whose is not said
    ("Huawei and ZTE denied it; spokesman Tom Chen said the claims were false.",
     {("tom-chen", "worksFor", "huawei"), ("tom-chen", "worksFor", "zte")}),
    ("Anna Berg no longer works for Nokia.", {("anna-berg", "worksFor", "nokia")}),
    ("Anna Berg worked with Nokia on the project.", {("anna-berg", "worksFor", "nokia")}),
    # a company's word is no direction; a saying denied is none
    ("Huawei said that Telia must not drop its equipment.", {("huawei", "directs", "telia-company")}),
    ("The European Commission did not say that Apple must open its app store.",
     {("european-commission", "directs", "apple")}),
    # a thing of one's own
    ("Samsung built its own plant in Texas.", {("samsung-electronics", "suppliesTo", "samsung-electronics")}),
    # another country's title in front of a national one
    ("British Foreign Secretary Ann Lee and Secretary of State Tom Walker met, the United States said.",
     {("ann-lee", "worksFor", "united-states")}),
    ("India's national security adviser Raj Kumar met officials, the United States said.",
     {("raj-kumar", "worksFor", "united-states")}),
    # a minister's counterpart does not lead the country
    ("Defence Minister Arjun Mehta met his Russian counterpart, Oleg Ivanov, in Qingdao.",
     {("oleg-ivanov", "leaderOf", "russia")}),
    # a sentence where one country acts on another, with no country before it: whose minister is not said
    ("Foreign Minister Ana Kovac said France would pay Croatia in cash.",
     {("ana-kovac", "worksFor", "croatia"), ("ana-kovac", "worksFor", "france")}),
    # the national title needs the country in the document
    ("Secretary of State Tom Walker spoke in Paris.", {("tom-walker", "worksFor", "united-states")}),
]


@pytest.mark.parametrize("text,expected", STATED)
def test_construction_is_read(nlp, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text,unexpected", NOT_STATED)
def test_construction_is_not_overread(nlp, text: str, unexpected: set[tuple[str, str, str]]) -> None:
    assert not unexpected & triples(nlp, text)


FUNDING_STATED = [
    # investors named side by side before the noun
    ("Regulators cleared the earlier Amazon and Google investments in Anthropic this autumn.",
     {("amazon", "investsIn", "anthropic"), ("google", "investsIn", "anthropic")}),
    # shareholders a body was set up with
    ("The Tech Fund was set up in 2019 with 50 billion yuan from shareholders that include China's Ministry of "
     "Finance and China Development Bank.",
     {("ministry-of-finance-of-china", "investsIn", "tech-fund"), ("china-development-bank", "investsIn", "tech-fund")}),
    ("The Tech Fund was registered on May 24 with 19 Chinese state-owned shareholders.",
     {("china", "investsIn", "tech-fund")}),
    # money put into a named owner's unnamed project
    ("Australia will put $100 million of equity into Arafura Rare Earths' Nolans project.",
     {("australia", "investsIn", "arafura-rare-earths")}),
    # the companies a venture was set up by
    ("Output will be run by Lynx Works, a joint venture registered in Kyiv last year by Rheinmetall and Ukroboronprom.",
     {("rheinmetall", "investsIn", "lynx-works"), ("ukroboronprom", "investsIn", "lynx-works")}),
    # money made available
    ("China will make 360 billion yuan (about $50 billion) available to Kenya over the next three years.",
     {("china", "investsIn", "kenya")}),
]

FUNDING_NOT_STATED = [
    ("Japan will not make any money available to Intel.", {("japan", "investsIn", "intel")}),
    # shareholders of someone else are not the new body's
    ("The Tech Fund was set up in 2019 by Huawei's shareholders.", {("huawei", "investsIn", "tech-fund")}),
    ("Output will be run by Lynx Works, a joint venture that was not formed by Rheinmetall.",
     {("rheinmetall", "investsIn", "lynx-works")}),
    # something other than money made available
    ("Nvidia will make its chips available to Kenya.", {("nvidia", "investsIn", "kenya")}),
]


@pytest.mark.parametrize("text,expected", FUNDING_STATED)
def test_funding_is_read(nlp, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text,unexpected", FUNDING_NOT_STATED)
def test_funding_is_not_overread(nlp, text: str, unexpected: set[tuple[str, str, str]]) -> None:
    assert not unexpected & triples(nlp, text)
