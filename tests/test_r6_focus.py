"""Focus and part constructions of branch r6-focus (kg/nlp/relations/focus4.py and the focus, facility,
descriptor and participle rules it extends): each test sentence is written for its construction, not taken
from a gold file; the negatives show what the construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def rule_triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """The relations a rule found (not only the trained model)."""
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))
            if any(not e.rule.startswith("model:") for e in r.evidence)}


INCLUDED = [
    # coordinated making verbs share the object the parser hangs on the last of them
    ("The partners formed Acme Systems, a joint venture that will design, build and maintain drones for buyers.",
     {("acme-systems", "focusesOn", "drones")}),
    ("Huawei will design and sell chips.", {("huawei", "focusesOn", "semiconductors")}),
    # a works for a technology named with the relative clause of its developer or operator
    ("Lenders approved a loan for the graphite mine that Syrah Resources is developing in Mozambique.",
     {("syrah-resources", "focusesOn", "graphite")}),
    ("The lithium refinery that Albemarle operates closed.", {("albemarle", "focusesOn", "lithium")}),
    # research at a named body
    ("Ivan Petrov, who leads quantum computing research at the Russian Quantum Center and at Skoltech, spoke.",
     {("russian-quantum-center", "focusesOn", "quantum-computing"), ("skoltech", "focusesOn", "quantum-computing")}),
    ("Scientists do research into robotics at Tsinghua University.",
     {("tsinghua-university", "focusesOn", "robotics")}),
    # a body placed under another
    ("IndiaAI falls under the Ministry of Electronics and Information Technology.", {("indiaai", "partOf", "meity")}),
    # a descriptor before a list of names, however the parser hung the list
    ("Buyers may turn to the Chinese memory makers YMTC and CXMT.",
     {("ymtc", "focusesOn", "semiconductors"), ("cxmt", "focusesOn", "semiconductors")}),
    ("Rival chipmakers AMD and Intel gained.",
     {("amd", "focusesOn", "semiconductors"), ("intel", "focusesOn", "semiconductors")}),
    ("The new status also spares American toolmakers such as Applied Materials and Lam Research from applying.",
     {("applied-materials", "focusesOn", "semiconductor-manufacturing-equipment"),
      ("lam-research", "focusesOn", "semiconductor-manufacturing-equipment")}),
    # an apposition the parser hung on another word still describes the name right before its comma
    ("Analysts expect gains for Apollo Go, Baidu's autonomous driving unit, which runs taxis.",
     {("apollo-go", "focusesOn", "autonomous-vehicles"), ("apollo-go", "partOf", "baidu")}),
    ("Payments go through Zolo, the card network owned by Sberbank.", {("zolo", "partOf", "sberbank")}),
    # an actor's pursuit of a technology: its spending, investment or development, or a verb of pushing it
    ("The UAE's heavy spending on artificial intelligence draws scrutiny.",
     {("united-arab-emirates", "focusesOn", "artificial-intelligence")}),
    ("Iran pushes the development of ballistic missiles and drones.",
     {("iran", "focusesOn", "ballistic-missiles"), ("iran", "focusesOn", "drones")}),
    ("Samsung is stepping up investment in robotics.", {("samsung-electronics", "focusesOn", "robotics")}),
    ("The development of drones by Iran worries Israel.", {("iran", "focusesOn", "drones")}),
    # a company that owns another has it as a part
    ("Rostec owns Kestrel Labs.", {("kestrel-labs", "partOf", "rostec")}),
    # a state or company that is, or means to become, a hub of a technology
    ("Saudi Arabia and Egypt spend heavily to become AI hubs.",
     {("saudi-arabia", "focusesOn", "artificial-intelligence"), ("egypt", "focusesOn", "artificial-intelligence")}),
    ("The partners want to make Qatar a leading AI hub for the region.",
     {("qatar", "focusesOn", "artificial-intelligence")}),
    ("Officials want to turn India into a semiconductor powerhouse.", {("india", "focusesOn", "semiconductors")}),
    # who enters or expands into a technology's field
    ("Xiaomi entered the electric vehicle market last year.", {("xiaomi", "focusesOn", "electric-vehicles")}),
    ("Foxconn has been expanding into electric vehicles.", {("foxconn", "focusesOn", "electric-vehicles")}),
    # who makes, refines or controls a share of the world's supply of a technology
    ("Chile produces a quarter of global lithium.", {("chile", "focusesOn", "lithium")}),
    ("Indonesia accounts for half of the world's nickel supply.", {("indonesia", "focusesOn", "nickel")}),
    # a technology put at the heart of an actor's work, or made its priority
    ("Japan has made quantum computing a top priority.", {("japan", "focusesOn", "quantum-computing")}),
    ("The AUKUS partners put quantum computing at the heart of their plans.",
     {("aukus", "focusesOn", "quantum-computing")}),
    ("India places semiconductors at the centre of its industrial policy.", {("india", "focusesOn", "semiconductors")}),
    # a technology, or a product it names, "of" an organisation
    ("Regulators blocked ChatGPT, the chatbot of US developer OpenAI, last year.",
     {("openai", "focusesOn", "artificial-intelligence")}),
    ("Buyers want the AI chips of Nvidia.", {("nvidia", "focusesOn", "semiconductors")}),
    # a state's fund or plans for a technology are its endeavour
    ("China has set up the third phase of its state-backed chip fund.", {("china", "focusesOn", "semiconductors")}),
    ("India's semiconductor plans drew investors.", {("india", "focusesOn", "semiconductors")}),
    # a unit the gazetteer knows, in a text that names its parent too
    ("India banned TikTok in 2020. ByteDance said it would appeal.", {("tiktok", "partOf", "bytedance")}),
]

EXCLUDED = [
    # a shared object that is a cooperation is no field of focus
    ("Russia and China will develop and deepen cooperation in artificial intelligence.",
     {("russia", "focusesOn", "artificial-intelligence"), ("china", "focusesOn", "artificial-intelligence")}),
    # a conjunct with its own subject does not share its object with the verb before
    ("Huawei will design and Samsung will build the drones.", {("huawei", "focusesOn", "drones")}),
    # a works that opened is not one its subject develops ("that" is no developer)
    ("The lithium refinery that opened in Perth is run by Albemarle.", {("perth", "focusesOn", "lithium")}),
    # research without a technology, and research not done at the body
    ("Scientists at Tsinghua University praised the research.", {("tsinghua-university", "focusesOn", "robotics")}),
    ("Huawei funds robotics research with Tsinghua University.", {("tsinghua-university", "focusesOn", "robotics")}),
    # falling under a person or a country is no part of an organisation
    ("Sberbank fell under sanctions imposed by the United States.", {("sberbank", "partOf", "united-states")}),
    # investment in a company named by a technology, or in another's possession, is no pursuit of the field
    ("SoftBank's investment in AI start-ups grew.", {("softbank-group", "focusesOn", "artificial-intelligence")}),
    ("Microsoft's investment in Huawei's 5G network fell.", {("microsoft", "focusesOn", "5g")}),
    ("Samsung will not step up investment in robotics.", {("samsung-electronics", "focusesOn", "robotics")}),
    # a past, a negated or a shared holding is no part
    ("Rostec no longer owns Kestrel Labs.", {("kestrel-labs", "partOf", "rostec")}),
    ("Foxconn has not moved into electric vehicles.", {("foxconn", "focusesOn", "electric-vehicles")}),
    ("Toyota expanded into Huawei's electric vehicle market.", {("toyota", "focusesOn", "electric-vehicles")}),
    ("Japan holds a tenth of the world's rare earth reserves.", {("japan", "focusesOn", "rare-earths")}),
    ("Brazil does not mine much of the world's lithium.", {("brazil", "focusesOn", "lithium")}),
    ("Japan has not made quantum computing a priority.", {("japan", "focusesOn", "quantum-computing")}),
    ("The talks put Huawei at the centre of the dispute over 5G.", {("huawei", "focusesOn", "5g")}),
    # "together" on a coordinated verb makes both a cooperation, no focus of either party
    ("Apple and MP Materials will build a rare earth recycling line in Texas and develop new magnets together.",
     {("apple", "focusesOn", "rare-earths"), ("mp-materials", "focusesOn", "rare-earths")}),
    # chips sold to a company, or a country's, are not its own
    ("Sales of chips to Huawei fell.", {("huawei", "focusesOn", "semiconductors")}),
    ("Buyers want the AI chips of Taiwan.", {("taiwan", "focusesOn", "semiconductors")}),
    ("Kenya will not become an AI hub.", {("kenya", "focusesOn", "artificial-intelligence")}),
    ("Dubai is a financial hub for Iran.", {("iran", "focusesOn", "artificial-intelligence")}),
    # without its parent in the text a known unit is no part of anything named
    ("India banned TikTok in 2020. Tencent said it would appeal.", {("tiktok", "partOf", "tencent")}),
    ("Rostec and Sberbank jointly own Kestrel Labs.",
     {("kestrel-labs", "partOf", "rostec"), ("kestrel-labs", "partOf", "sberbank")}),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED)
def test_construction_gives_relations(nlp, text, expected):
    assert expected <= rule_triples(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), EXCLUDED)
def test_construction_leaves_out(nlp, text, unexpected):
    assert not (unexpected & rule_triples(nlp, text))
