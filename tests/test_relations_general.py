"""Relation rules generalised by construction: each test sentence is written for its construction, not taken
from a gold file, and asserts the triples that construction states (and, for negatives, that none come out)."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


def relations(nlp, text: str) -> dict[tuple[str, str, str], object]:
    return {(r.subject, r.predicate, r.object): r for r in ext.relations(nlp(text))}


INCLUDED = [
    # a list after a body's group noun
    ("The bank was founded by the BRICS countries Brazil, Russia and India.",
     {("brazil", "memberOf", "brics"), ("russia", "memberOf", "brics"), ("india", "memberOf", "brics")}),
    ("The Quad governments — Australia, India, Japan and the United States — funded the cable.",
     {("australia", "memberOf", "quad"), ("japan", "memberOf", "quad"), ("united-states", "memberOf", "quad")}),
    # "whose members include …"
    ("NATO, whose members include Poland and Estonia, met in Brussels.",
     {("poland", "memberOf", "nato"), ("estonia", "memberOf", "nato")}),
    # "its members …" refers to the body named before
    ("NATO met on Monday. Its members Poland and Estonia asked for more air defence.",
     {("poland", "memberOf", "nato"), ("estonia", "memberOf", "nato")}),
    # a relative clause with "belongs to … together with"
    ("Armenia, which belongs to the Eurasian Economic Union together with Belarus and Kazakhstan, grew fast.",
     {("armenia", "memberOf", "eurasian-economic-union"), ("belarus", "memberOf", "eurasian-economic-union"),
      ("kazakhstan", "memberOf", "eurasian-economic-union")}),
    # founders of a body are its members
    ("The Asian Infrastructure Investment Bank, a lender founded by China and India, approved the loan.",
     {("china", "memberOf", "asian-infrastructure-investment-bank"),
      ("india", "memberOf", "asian-infrastructure-investment-bank")}),
    # signatories: every pair has an agreement
    ("Japan, Germany and Canada were among the signatories of the declaration.",
     {("canada", "agreementWith", "germany"), ("canada", "agreementWith", "japan"),
      ("germany", "agreementWith", "japan")}),
    ("The treaty was signed by Japan, Germany and Canada.",
     {("canada", "agreementWith", "germany"), ("canada", "agreementWith", "japan"),
      ("germany", "agreementWith", "japan")}),
    # role nouns: shareholder, backer, supplier, customer
    ("CETC is Hikvision's largest shareholder.", {("cetc", "investsIn", "hikvision")}),
    ("Microsoft, OpenAI's longtime backer, joined the round.", {("microsoft", "investsIn", "openai")}),
    ("SMIC, a supplier to Huawei, grew.", {("smic", "suppliesTo", "huawei")}),
    ("Sophgo, a customer of TSMC, denied the claim.", {("tsmc", "suppliesTo", "sophgo")}),
    # nominalisations of investment: a purchase, a loan
    ("Sberbank's purchase of Yandex closed in July.", {("sberbank", "investsIn", "yandex")}),
    ("The Export-Import Bank of China provided a loan to Pakistan.",
     {("export-import-bank-of-china", "investsIn", "pakistan")}),
    ("Tencent bought Supercell.", {("tencent", "investsIn", "supercell")}),
    # bans and blacklisting of a company are sanctions
    ("India banned TikTok.", {("india", "sanctions", "tiktok")}),
    ("Sweden has shut Huawei and ZTE out of its 5G networks.",
     {("sweden", "sanctions", "huawei"), ("sweden", "sanctions", "zte")}),
    ("Sweden imposed a ban on Huawei equipment.", {("sweden", "sanctions", "huawei")}),
    ("OFAC designated Milur Electronics.", {("ofac", "sanctions", "milur-electronics")}),
    # a participle carries the target of a noun
    ("Western sanctions imposed on Moscow hurt the economy.", {("the-west", "sanctions", "russia")}),
    # halting services in a country restricts exports to it
    ("American Express and PayPal have halted their services in Russia.",
     {("american-express", "restrictsExportsTo", "russia"), ("paypal", "restrictsExportsTo", "russia")}),
    # a country's descriptor before a list of names (read in surface order: the parser often errs here)
    ("Analysts expect the Chinese memory makers YMTC and CXMT to gain.",
     {("ymtc", "basedIn", "china"), ("cxmt", "basedIn", "china")}),
    ("Egypt will host a platform that Chinese telecoms giant Huawei operates.", {("huawei", "basedIn", "china")}),
    # a relative clause introduced by a preposition
    ("Yandex, in which Mubadala took a stake, grew.", {("mubadala", "investsIn", "yandex")}),
    # passive, nominalisations, a deal under which one supplies another
    ("Huawei was sanctioned by the United States.", {("united-states", "sanctions", "huawei")}),
    ("Sberbank's $1.5bn investment in Yandex surprised analysts.", {("sberbank", "investsIn", "yandex")}),
    ("Russia signed a deal under which Rosatom supplies reactors to Egypt.", {("rosatom", "suppliesTo", "egypt")}),
    ("The signing of a memorandum between Egypt and Rosatom was delayed.", {("egypt", "agreementWith", "rosatom")}),
    # titles in possessives and clauses
    ("Nvidia said its chief executive, Jensen Huang, would visit.", {("jensen-huang", "leaderOf", "nvidia")}),
    ("Herman Gref, who heads the board of Sberbank, spoke.", {("german-gref", "leaderOf", "sberbank")}),
    # "they" after a group that is the sentence's own subject
    ("Japan and Canada said they would work together on quantum computing.", {("canada", "cooperatesWith", "japan")}),
    # the partner on the governing verb; acting under a partnership
    ("Egypt agreed with Beijing to expand cooperation in solar energy.", {("china", "cooperatesWith", "egypt")}),
    ("Rostec is building drones in Russia under a partnership with Iran.", {("iran", "cooperatesWith", "rostec")}),
    # a title after a name in surface order ("under secretary" works for the department, not heads it)
    ("Alan Estevez, the Commerce Department's under secretary for industry, spoke.",
     {("alan-estevez", "worksFor", "united-states-department-of-commerce")}),
    ("Wang Chuanfu, BYD's chairman and chief executive, attended.", {("wang-chuanfu", "leaderOf", "byd")}),
    # a technology that describes an organisation noun before or beside a name
    ("Qatar invested in the US AI start-up Anthropic.", {("anthropic", "focusesOn", "artificial-intelligence")}),
    ("Zimbabwe signed a deal with CloudWalk Technology, a Guangzhou-based artificial intelligence start-up.",
     {("cloudwalk", "focusesOn", "artificial-intelligence")}),
    # placed under sanctions; sanctions that target; receiving from; winning an order from
    ("Gazprombank was placed under US sanctions.", {("united-states", "sanctions", "gazprombank")}),
    ("The US sanctions target Sberbank and VTB.",
     {("united-states", "sanctions", "sberbank"), ("united-states", "sanctions", "vtb")}),
    ("India received S-400 systems from Russia.", {("russia", "suppliesTo", "india")}),
    ("Samsung won an order from Nvidia.", {("samsung-electronics", "suppliesTo", "nvidia")}),
    # licence requirements and goods bound for a country
    ("The Netherlands requires licences for exports of ASML machines to China.",
     {("netherlands", "restrictsExportsTo", "china")}),
    ("Japan tightened export controls on chipmaking equipment bound for China.",
     {("japan", "restrictsExportsTo", "china")}),
    # rivals as role nouns, mutual when plural; a possessive rival is no part
    ("Huawei is a rival of Apple.", {("apple", "competesWith", "huawei")}),
    ("Huawei and Apple are rivals.", {("apple", "competesWith", "huawei")}),
    # a passive subject carries over to the complement
    ("China is set to sign a deal with Iran.", {("china", "agreementWith", "iran")}),
    # located in a country: passive, participle, relative clause
    ("Yandex is based in Russia.", {("yandex", "basedIn", "russia")}),
    ("Huawei, based in China, grew.", {("huawei", "basedIn", "china")}),
    ("Yandex, which is headquartered in Russia, grew.", {("yandex", "basedIn", "russia")}),
    # participles that name one side: X-sanctioned, X-backed, X-owned, owned by
    ("US-sanctioned Huawei unveiled a laptop.", {("united-states", "sanctions", "huawei")}),
    ("Alibaba-owned Lazada cut jobs.", {("lazada", "partOf", "alibaba-group")}),
    ("Lazada, owned by Alibaba, grew.", {("lazada", "partOf", "alibaba-group")}),
    # a majority owner controls the company (GUIDELINES: a unit or subsidiary); a minority owner invests in it
    ("HMN Technologies is majority-owned by Huawei.", {("hmn-technologies", "partOf", "huawei")}),
    ("HMN Technologies is minority-owned by Huawei.", {("huawei", "investsIn", "hmn-technologies")}),
    # a negating verb does not undo its own subject
    ("Western sanctions against Russia's Alfa-Bank have frozen its assets abroad.",
     {("the-west", "sanctions", "alfa-bank")}),
    # examples after a country's group; a chief technology officer works for the company
    ("The fair drew exhibitors from several Chinese firms, among them Xiaomi and Oppo.",
     {("xiaomi", "basedIn", "china"), ("oppo", "basedIn", "china")}),
    ("Alibaba Cloud chief technology officer Zhou Jingren presented the model.",
     {("zhou-jingren", "worksFor", "alibaba-cloud")}),
    ("Nvidia chief executive officer Jensen Huang spoke.", {("jensen-huang", "leaderOf", "nvidia")}),
    # a directive from one to another
    ("The directive from Narendra Modi to ISRO sets a 2040 deadline.", {("narendra-modi", "directs", "isro")}),
    # "we" in a quote is the organisation the speaker's title names
    ('"We supply BMW with batteries," said CATL chairman Robin Zeng.', {("catl", "suppliesTo", "bmw")}),
    # "one of X's partners"; a joint-venture partner
    ("Bosch, one of TSMC's joint-venture partners, said construction was on schedule.",
     {("bosch", "jointVentureWith", "tsmc")}),
    # money put in or raised from
    ("Mistral raised $600 million from Microsoft and Nvidia.",
     {("microsoft", "investsIn", "mistral-ai"), ("nvidia", "investsIn", "mistral-ai")}),
    ("OpenAI received funding from Microsoft.", {("microsoft", "investsIn", "openai")}),
    ("Microsoft poured $10 billion into OpenAI.", {("microsoft", "investsIn", "openai")}),
    # stopping business with a company
    ("SK Hynix stopped doing business with Huawei.", {("sk-hynix", "restrictsExportsTo", "huawei")}),
    # possessives in coordination, read in surface order
    ("The US sanctioned Japan's Tokyo Electron and South Korea's Samsung Electronics.",
     {("tokyo-electron", "basedIn", "japan"), ("samsung-electronics", "basedIn", "south-korea"),
      ("united-states", "sanctions", "tokyo-electron"), ("united-states", "sanctions", "samsung-electronics")}),
    # descriptors inside coordination
    ("The EU imposed sanctions on state lender VTB, carmaker GAZ and chipmaker Mikron.",
     {("european-union", "sanctions", "vtb"), ("european-union", "sanctions", "gaz"),
      ("european-union", "sanctions", "mikron")}),
    # acting in cooperation with a partner
    ("Huawei opened an innovation centre in cooperation with the Serbian government.",
     {("government-of-serbia", "cooperatesWith", "huawei")}),
    # a person who founded or chairs an organisation in a main clause
    ("Ren Zhengfei founded Huawei in 1987.", {("ren-zhengfei", "leaderOf", "huawei")}),
    # curbs on shipments to a country
    ("The Commerce Department tightened its curbs on shipments of chips to China.",
     {("united-states-department-of-commerce", "restrictsExportsTo", "china")}),
]


@pytest.mark.parametrize("text,expected", INCLUDED, ids=[c[0][:40] for c in INCLUDED])
def test_construction_gives_its_relations(nlp, text: str, expected: set) -> None:
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text,key", [
    ("If Washington sanctions Alibaba, the company could lose access to American software.",
     ("united-states", "sanctions", "alibaba-group")),
    ("Analysts asked whether Temasek would invest in Intel.", ("temasek", "investsIn", "intel")),
    ("The European Union has so far refrained from sanctioning Huawei.", ("european-union", "sanctions", "huawei")),
    ("Russia might supply more drones to Iran.", ("russia", "suppliesTo", "iran")),
    ("Microsoft has not become a shareholder of OpenAI.", ("microsoft", "investsIn", "openai")),
])
def test_hypothetical_or_negated_gives_no_relation(nlp, text: str, key: tuple) -> None:
    assert key not in triples(nlp, text)


def test_a_loan_given_is_an_investment_not_a_supply(nlp) -> None:
    found = triples(nlp, "The Export-Import Bank of China provided a loan to Pakistan.")
    assert ("export-import-bank-of-china", "suppliesTo", "pakistan") not in found


def test_buying_a_company_is_an_investment_buying_its_chips_is_not(nlp) -> None:
    assert ("meta-platforms", "investsIn", "nvidia") not in triples(nlp, "Meta will buy Nvidia's chips.")


def test_planned_membership_through_a_list_keeps_the_standing_fact(nlp) -> None:
    rels = relations(nlp, "NATO, whose members include Poland and Estonia, will meet in Vilnius.")
    assert rels[("poland", "memberOf", "nato")].status == "asserted"


def test_a_country_word_before_a_verb_is_no_descriptor(nlp) -> None:
    # no rule reads it as "Chinese Huawei" (the trained model may still score the pair: Huawei is Chinese in the
    # gazetteer, one of its features)
    found = ext.relations(nlp("Chinese officials met Huawei."))
    assert not [e.rule for r in found if (r.subject, r.predicate, r.object) == ("huawei", "basedIn", "china")
                for e in r.evidence if not e.rule.startswith("model:")]


def test_cooperating_in_a_field_gives_no_focus(nlp) -> None:
    found = triples(nlp, "Japan and Canada said they would work together on quantum computing.")
    assert not {t for t in found if t[1] == "focusesOn"}


def test_a_technology_describing_the_object_is_not_the_investor_focus(nlp) -> None:
    found = triples(nlp, "Qatar invested in the US AI start-up Anthropic.")
    assert ("qatar", "focusesOn", "artificial-intelligence") not in found


def test_a_possessive_rival_is_not_a_part(nlp) -> None:
    found = triples(nlp, "Nvidia's rival AMD grew.")
    assert ("amd", "competesWith", "nvidia") in found and ("amd", "partOf", "nvidia") not in found


def test_setting_up_a_venture_is_done_not_planned(nlp) -> None:
    rels = relations(nlp, "Toyota and BYD set up a joint venture in Shenzhen.")
    assert rels[("byd", "jointVentureWith", "toyota")].status == "asserted"


@pytest.mark.parametrize("text,key,status", [
    ("Indonesia plans to join the OECD.", ("indonesia", "memberOf", "oecd"), "planned"),
    ("The directive from Narendra Modi to ISRO sets a 2040 deadline.", ("narendra-modi", "directs", "isro"),
     "asserted"),
    ("The agreement between Egypt and Rosatom will boost trade.", ("egypt", "agreementWith", "rosatom"), "asserted"),
])
def test_status_of_plans_and_of_triggers_that_are_subjects(nlp, text: str, key: tuple, status: str) -> None:
    assert relations(nlp, text)[key].status == status


@pytest.mark.parametrize("text", ["Indonesia was invited to join the OECD.", "Indonesia hopes to join the OECD."])
def test_an_invitation_or_a_wish_to_join_is_no_membership(nlp, text: str) -> None:
    assert ("indonesia", "memberOf", "oecd") not in triples(nlp, text)


def test_receiving_money_is_no_supply(nlp) -> None:
    assert ("microsoft", "suppliesTo", "openai") not in triples(nlp, "OpenAI received funding from Microsoft.")


def test_a_possessive_country_belongs_to_the_name_right_after_it(nlp) -> None:
    found = triples(nlp, "The US sanctioned Japan's Tokyo Electron and South Korea's Samsung Electronics.")
    assert ("samsung-electronics", "basedIn", "japan") not in found
