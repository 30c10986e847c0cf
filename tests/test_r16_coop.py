"""Cooperation shapes of branch r16coop (kg/nlp/relations/r16coop.py, and the fixes to r14coop.py's
``undertaking_involves_rule`` and r14coop2.py's ``joint_of_parties_rule``). Sentences written for this test, none
from a gold file nor from benchmarks/suite/coop16.jsonl."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import has_triple

FOUND = [
    # a partner marked alongside / along with on the doer, or on the verb, of joint work
    ("Chevron, along with Saudi Aramco, is building a gas plant near Jafurah.",
     ("chevron", "cooperatesWith", "saudi-aramco")),
    ("Sony, alongside Nintendo, is developing a cloud gaming service.", ("sony", "cooperatesWith", "nintendo")),
    ("Thales will design the radar alongside Leonardo.", ("thales", "cooperatesWith", "leonardo")),
    # a partner recruited for a task
    ("Toyota tapped Nvidia to design the computers for its robotaxis.", ("toyota", "cooperatesWith", "nvidia")),
    ("Nvidia was tapped by Toyota to design the computers for its robotaxis.",
     ("toyota", "cooperatesWith", "nvidia")),
    ("Uber signed up Baidu to offer robotaxi rides in Dubai.", ("uber", "cooperatesWith", "baidu")),
    # a thing made with a named partner in the passive
    ("Samsung's new phone was developed with Google over two years.",
     ("samsung-electronics", "cooperatesWith", "google")),
    # a joint undertaking of bodies standing for several states
    ("The Indian and French navies held a joint exercise.", ("india", "cooperatesWith", "france")),
    # "Korean" alone is South Korea's demonym (data/gazetteer/countries.jsonl)
    ("Japanese and Korean companies have teamed up on hydrogen.", ("japan", "cooperatesWith", "south-korea")),
    # one's product built on a named firm's software or tools
    ("Kakao is using Google's tools to develop a chatbot.", ("kakao", "cooperatesWith", "google")),
    # gazetteer: data/gazetteer/r16coop.jsonl
    ("Accenture will use Microsoft's cloud platform to build banking apps.",
     ("accenture", "cooperatesWith", "microsoft")),
    # parties acting on one another under a deal named before
    ("Under the deal, Siemens will help Ukraine rebuild its power grid.", ("siemens", "agreementWith", "ukraine")),
    ("Under the accord, Hitachi will build the trains while Alstom will maintain them.",
     ("hitachi", "agreementWith", "alstom")),
    # "we" of an unnamed speaker whose role names the body, or of a name with a possessed title
    ('"Our partnership with Ericsson is growing," a Telia spokesperson said.',
     ("telia-company", "cooperatesWith", "ericsson")),
    ('"We will keep working with Huawei," a spokesman for Telkomsel told reporters.',
     ("telkomsel", "cooperatesWith", "huawei")),
    ('"Our cooperation with China is strong," said the Pakistani minister.', ("pakistan", "cooperatesWith", "china")),
    ('"We are proud to work with Ericsson on this," Telia\'s chief executive Jim Smith said.',
     ("telia-company", "cooperatesWith", "ericsson")),
    # a deal with a partner signed by a person standing for a body
    ("The agreement with Ghana's energy ministry was signed by Siemens chief executive Roland Busch.",
     ("siemens", "agreementWith", "ministry-of-energy-of-ghana")),
    ("The contract with the Polish army was signed by Hyundai Rotem's chief executive in Warsaw.",
     ("hyundai-rotem", "agreementWith", "army-of-poland")),
    # one undertaking started by several parties
    ("Brazil, Argentina and Uruguay launched an initiative on water security.",
     ("argentina", "cooperatesWith", "uruguay")),
    ("Japan and Australia set up a fund for Pacific cables.", ("japan", "cooperatesWith", "australia")),
    # a list whose second item the parser reads as an adverbial noun
    ("Mexico, Chile, Peru and Colombia were among the signatories of the declaration.",
     ("mexico", "agreementWith", "colombia")),
    # people standing for their states as the antecedent of a relative "who"
    ("The summit gathered leaders of Chile, Peru and Ecuador, who pledged to coordinate fishing rules.",
     ("chile", "cooperatesWith", "ecuador")),
    # joint work by named parties
    ("Joint research by Stanford University and Toyota showed faster charging.",
     ("stanford-university", "cooperatesWith", "toyota")),
]

ABSENT = [
    # the subject of a passive is no doer of joint work
    ("Russia, along with China, was hit by new sanctions.", ("russia", "cooperatesWith", "china")),
    # a verb of state, not of joint work
    ("Apple, alongside Samsung, dominates the premium phone market.",
     ("apple", "cooperatesWith", "samsung-electronics")),
    ("China, along with Russia, opposed the resolution.", ("china", "cooperatesWith", "russia")),
    # one's own fund is no partner; tapped to supply is a supplier
    ("Russia tapped its National Wealth Fund to cover the deficit.",
     ("russia", "cooperatesWith", "national-wealth-fund")),
    ("Ford has tapped SK On to supply battery cells in Kentucky.", ("ford", "cooperatesWith", "sk-on")),
    # only supposed
    ("Toyota could tap Nvidia to design its car computers.", ("toyota", "cooperatesWith", "nvidia")),
    # made with a product, not with a partner
    ("The system was built with Nvidia chips.", ("nvidia", "cooperatesWith", "nvidia")),
    # a joint undertaking ended is none
    ("Indian and Chinese troops ended a joint patrol after the clash.", ("india", "cooperatesWith", "china")),
    # chips are a supply, not a partner's tools; a product used without building anything on it
    ("Chinese labs use Nvidia's chips to train their models.", ("china", "cooperatesWith", "nvidia")),
    ("Honda uses Sony's software in its cars.", ("honda", "cooperatesWith", "sony")),
    # a deal stated as not acted on, or one party's own contract
    ("Under this pact, Japan will not export chip tools to China.", ("japan", "agreementWith", "china")),
    ("Under its contract, Rheinmetall is to produce shells for Ukraine.", ("rheinmetall", "agreementWith", "ukraine")),
    # a speaker's "we" negated
    ('"We will never work with Huawei," a Telia spokesperson said.', ("telia-company", "cooperatesWith", "huawei")),
    # a deal not signed
    ("The deal with Qatar was not signed by Shell.", ("shell", "agreementWith", "qatar")),
    # separate, rival or plural undertakings, each on its own
    ("Britain and France launched separate initiatives on AI safety.",
     ("united-kingdom", "cooperatesWith", "france")),
    ("The US and China launched investigations into the crash.", ("united-states", "cooperatesWith", "china")),
    ("Germany and France each launched a programme for chip start-ups.", ("germany", "cooperatesWith", "france")),
    ("Toyota and Nissan launched rival platforms for electric cars.", ("toyota", "cooperatesWith", "nissan")),
    # one actor's partners are not each other's
    ("Infineon's partners include Bosch and Continental.", ("bosch", "cooperatesWith", "continental")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_cooperation_found(nlp, text, expected):
    assert has_triple(triples(nlp, text), expected)


@pytest.mark.parametrize("text,absent", ABSENT)
def test_no_cooperation(nlp, text, absent):
    found = triples(nlp, text)
    assert absent not in found and (absent[2], absent[1], absent[0]) not in found


def test_speaker_role_naming_no_body(nlp):
    """An unnamed speaker whose role names no body speaks for none: no cooperation from its "we"."""
    found = triples(nlp, '"We are working with Samsung," an official said.')
    assert not any(p == "cooperatesWith" for _s, p, _o in found)


def test_goods_under_a_deal_are_no_party(nlp):
    """The object of a verb under a deal is a party only when it is a name itself, not goods listing names."""
    found = triples(nlp, "Under the multi-year deal, Ericsson will deploy its packet core software, including the "
                         "Dual-Mode Core Platform and the Cloud Packet Suite, across Zain data centres.")
    assert not any(s == "ericsson" and p == "agreementWith" and o != "zain" for s, p, o in found)


def test_north_korean_stays_north_korea(nlp):
    """``North Korean`` is still North Korea's, not South Korea's."""
    found = triples(nlp, "North Korean engineers helped Russia build drones.")
    assert not any("south-korea" in (s, o) for s, _p, o in found)


def test_project_partners_still_work_together(nlp):
    """An undertaking's partners (no actor owns them) still work together."""
    found = triples(nlp, "The project's partners include Bosch and Continental.")
    assert has_triple(found, ("bosch", "cooperatesWith", "continental"))
