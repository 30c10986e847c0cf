"""Where organisations are based (branch r9-based): ``kg/nlp/relations/r9based.py``. Every sentence is written
for its construction (none comes from a gold file); positives state the triples they must give, negatives the
triples they must not."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


MINE = {"based:group-list", "based:fronted-in", "based:hyphen-name", "based:possessive-apposition"}


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


def mine(nlp, text: str) -> set[tuple[str, str, str]]:
    """The triples this branch's rules give (older rules may give some of the negatives below on their own)."""
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text)) if {e.rule for e in r.evidence} & MINE}


STATED = [
    # a list after a country's group noun, descriptors and all
    ("Ericsson will test the network with three Vietnamese groups — software firm FPT, telecoms operator Viettel "
     "and the conglomerate Vingroup — next year.",
     {("viettel", "basedIn", "vietnam"), ("vingroup", "basedIn", "vietnam")}),
    ("The licence lets Russian banks, among them the state lender Sberbank and VTB, settle payments in yuan.",
     {("sberbank", "basedIn", "russia"), ("vtb", "basedIn", "russia")}),
    ("Samsung has tried chips from several Chinese suppliers since 2021, among them Tencent and Baidu, people said.",
     {("tencent", "basedIn", "china"), ("baidu", "basedIn", "china")}),
    ("Investors favour three Chinese AI start-ups — Moonshot AI, MiniMax and Zhipu AI — this year.",
     {("moonshot-ai", "basedIn", "china"), ("minimax", "basedIn", "china"), ("zhipu-ai", "basedIn", "china")}),
    ("Chile's lithium output will rise as two Chilean mining majors — SQM and Codelco — expand.",
     {("sqm", "basedIn", "chile"), ("codelco", "basedIn", "chile")}),
    # a fronted "In <country>," with a state-owned operator or the clause's subjects
    ("In Kenya, state-run Safaricom is testing 5G with Ericsson.", {("safaricom", "basedIn", "kenya")}),
    ("In Pakistan, mobile operator Jazz acts as the landing partner.", {("jazz", "basedIn", "pakistan")}),
    ("Apple delayed its launch, and in China both Tencent and Baidu have released chatbots.",
     {("tencent", "basedIn", "china"), ("baidu", "basedIn", "china")}),
    # a name after a "-based" description the parser hung elsewhere
    ("Abu Dhabi-based state investor ADQ joined the round.", {("adq", "basedIn", "united-arab-emirates")}),
    ("He spoke at the Tokyo-based telecoms carrier Rakuten Mobile on Monday.",
     {("rakuten-mobile", "basedIn", "japan")}),
    ("Arm, the UK-headquartered designer of processors, rose.", {("arm-holdings", "basedIn", "united-kingdom")}),
    # "X, the country's <organisation noun>," in apposition
    ("Tinkoff, the online lender that is Russia's second-biggest, said it would issue the cards.",
     {("t-bank", "basedIn", "russia")}),
    ("The memorandum was signed by Gecamines, the Democratic Republic of Congo's state miner, and a Japanese agency.",
     {("gecamines", "basedIn", "democratic-republic-of-the-congo")}),
]

NOT_STATED = [
    # a foreign company acting in the country of a fronted "In <country>,"
    ("In Zimbabwe, Huawei has upgraded the mobile network.", {("huawei", "basedIn", "zimbabwe")}),
    # a bare comma after an uncounted group noun is no list
    ("Profits at Chinese companies in 2023, Samsung and Micron said, beat theirs.",
     {("samsung-electronics", "basedIn", "china"), ("micron-technology", "basedIn", "china")}),
    # a name tied to another country inside the list
    ("Its members include three Chinese operators — China Telecom, China Mobile and China Unicom — and France's "
     "Orange.", {("orange", "basedIn", "china")}),
    ("Sberbank, the lender that is not Russia's biggest, said so.", {("sberbank", "basedIn", "russia")}),
    # a listing is no seat
    ("Hong Kong-listed shares of SMIC jumped.", {("smic", "basedIn", "china")}),
    # a customer of a country is not based there
    ("Gecamines, Japan's biggest customer, complained.", {("gecamines", "basedIn", "japan")}),
    ("Samsung sells phones, and in India Apple has opened two stores.", {("apple", "basedIn", "india")}),
    ("Samsung sells phones, and Apple has opened two stores in India.", {("apple", "basedIn", "india")}),
    # a fronted country without a comma, and a place in the middle of a sentence
    ("Apple sells iPhones in India, Foxconn said.", {("apple", "basedIn", "india"), ("foxconn", "basedIn", "india")}),
]


@pytest.mark.parametrize("text,expected", STATED)
def test_stated(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text,unexpected", NOT_STATED)
def test_not_stated(nlp, text, unexpected):
    assert not unexpected & mine(nlp, text)


def test_rule_names(nlp):
    doc = nlp("In Kenya, state-run Safaricom is testing 5G with Ericsson.")
    rules = {e.rule for r in relations(doc) if r.predicate == "basedIn" for e in r.evidence}
    assert "based:fronted-in" in rules
