"""The triggers of the rules added on the second day (coop, commerce, curbs, heads, focus3, parts, membership2, the
referred title, the joint verbs): each rule finds the same on its triggers' sentences only as on every sentence."""

from __future__ import annotations

import pytest

from kg.nlp.relations import RULES, rule_gates
from kg.nlp.relations.context import DocContext
from kg.nlp.relations.index import TRIGGERS
from kg.nlp.relations.joint import joint_rule

from rule_runs import candidates, prepared

# written for these tests, one or two constructions of the new rules each, with sentences that trigger none
TEXTS = [
    "Volvo and Renault, together with Fiat, launched Velora, a joint venture. Velora is jointly owned by Volvo and "
    "Fiat. The weather was mild.",
    "Siemens is in talks with Alstom about a joint venture. Germany and France imposed coordinated sanctions on "
    "Belarus.",
    "Saab builds the radars under licence from Thales. Norway joined Sweden in restricting drone exports.",
    "Airbus signed a strategic cooperation framework agreement with Safran. Washington's campaign to loosen "
    "China's grip on rare earths continued.",
    "Samsung and LG, which compete with Sony, grew quickly. Nokia, which agreed the sale with Ericsson, said little.",
    "The rules were published by Siemens together with Bosch. The programme pairs Thales with Leonardo.",
    "The accord was signed by Olaf Berg, president of Airbus, and Lena Holm, chief executive of Saab. Under an "
    "agreement the two companies signed on Friday, prices fell.",
    "Poland is taking delivery of tanks from South Korea. Rheinmetall won a deal worth $90 million to supply the "
    "Bundeswehr.",
    "Huawei rebuilt the network of Safaricom with loans from China's Exim Bank. SoftBank will invest $5bn in "
    "Indian data centres.",
    "Turkey bought Russia's S-400 system. Glencore sold its stake in Mutanda to Vale.",
    "Safaricom's base stations were supplied by Nokia. Poland awarded Hanwha a contract to supply rocket "
    "launchers.",
    "UN sanctions that bar North Korea from trading were renewed. Japan added 40 items to its list of goods banned "
    "for export to Russia.",
    "Japan's restrictions on exports of chip tools to China grew. Beijing told its operators to stop buying Micron "
    "chips.",
    "The board named Ana Souza as chief executive of Embraer. DeepSeek is led by Liang Wenfeng.",
    "Mark Dunn, the official who heads Britain's science department, spoke. Eva Kohl heads the chip division at "
    "Siemens.",
    "Commerce Secretary Ana Souza met the Department of Commerce staff.",
    "Chinese AI start-ups such as Moonshot AI and MiniMax grew. Glencore, one of the world's biggest cobalt "
    "producers, said so.",
    "A data centre run by Telecom Egypt opened. Lattice, whose programmable chips are used in cars, grew. Canberra "
    "agreed to buy drones from Anduril.",
    "The council set up Falcon AI, a company for robots. Apollo Go, Baidu's autonomous driving unit, grew.",
    "NATO ally Turkey objected. Nokia said its profits rose. Its chief executive Pekka Lundmark said so.",
    "Thales co-produces radars with Hensoldt. India and France will co-develop an engine. Rafael makes the "
    "missiles jointly with Raytheon.",
]


def test_the_new_rules_find_the_same_on_their_triggers_sentences(nlp):
    extractor = nlp.get_pipe("kg_relations")
    gated = rule_gates(RULES, extractor.lexicon)
    ungated = [(rule, None, ()) for rule in RULES]
    rules: set[str] = set()
    for text in TEXTS:
        doc = prepared(nlp, text)
        every = candidates(doc, extractor.lexicon, extractor.leaders, ungated)
        assert candidates(doc, extractor.lexicon, extractor.leaders, gated) == every
        rules |= {c[3].split(":")[0] + ":" + c[3].split(":")[1] for c in every if ":" in c[3]}
    # the sentences exercise the new rules, not only the old ones
    assert {"venture:apposition", "event:taken-delivery", "title:as", "joint:verb"} <= rules
    assert len(rules) >= 20


def test_few_rules_run_on_every_sentence():
    """Only the rules whose first test needs neither a word nor an entity type run on every sentence."""
    ungated = {r.__name__ for r in RULES if r not in TRIGGERS}
    assert ungated <= {"based_in_rule", "name_rule", "joint_rule"}


@pytest.mark.parametrize("text, pairs", [
    ("Thales co-produces radars with Hensoldt.", 1),
    ("India and France will co-develop an engine.", 1),
    ("Rafael makes the missiles jointly with Raytheon.", 1),
    ("Rafael makes the missiles with Raytheon.", 0),
])
def test_joint_rule_reads_joint_verbs_through_the_index(nlp, text, pairs):
    """The joint rule visits the joint verbs and the ``co-`` words only, and finds what it found on every verb."""
    doc = prepared(nlp, text)
    ctx = DocContext(doc, nlp.get_pipe("kg_relations").lexicon)
    sent = next(iter(doc.sents))
    found = list(joint_rule(sent, ctx))
    assert len(found) == pairs
    assert all(c.predicate == "cooperatesWith" for c in found)
