"""Rivalries and directions in shapes read by branch r10rival: ``kg/nlp/relations/r10rival.py`` (laws that bind
firms, states taking control of a company, work done on a state's behalf, rivalry told as someone's effort,
contested borders, a maker's product beating a rival's). Every sentence is written for its construction (none comes
from a gold file); each positive states the triple it must give and the rule that must find it, each negative the
triple it must not give."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples


def found(got: dict[tuple[str, str, str], set[str]], triple: tuple[str, str, str]) -> set[str] | None:
    """The rules of ``triple`` (either direction for the symmetric ``competesWith``), or None."""
    s, p, o = triple
    if triple in got:
        return got[triple]
    return got.get((o, p, s)) if p == "competesWith" else None


STATED = [
    # a law binds firms: its maker directs them
    ("The law, passed by Congress last year, forbids Apple and Google from distributing the app.",
     ("united-states-congress", "directs", "apple"), "r10rival:law-binds"),
    ("The statute, adopted by Congress in March, requires app stores such as those run by Google to remove the game.",
     ("united-states-congress", "directs", "google"), "r10rival:law-binds"),
    # a state takes control of a company
    ("The Dutch government has taken control of decision-making at Nexperia.",
     ("government-of-netherlands", "directs", "nexperia"), "r10rival:took-control"),
    ("Germany seized control of Rosneft Deutschland in September.",
     ("germany", "directs", "rosneft-deutschland"), "r10rival:took-control"),
    # work done on a state body's behalf
    ("Positive Technologies carried out hacking operations on behalf of the FSB.",
     ("federal-security-service", "directs", "positive-technologies"), "r10rival:on-behalf"),
    # rivalry told as someone's effort
    ("Huawei's push to build a smartphone business capable of challenging Apple worries investors.",
     ("huawei", "competesWith", "apple"), "r10rival:effort-challenge"),
    ("Efforts by Beijing to counter Washington's dominance in chips have grown.",
     ("china", "competesWith", "united-states"), "r10rival:effort-counter"),
    # contested borders
    ("India faces contested borders with both China and Pakistan.",
     ("india", "competesWith", "pakistan"), "r10rival:contested-border"),
    ("Vietnam's territorial dispute with China flared again.",
     ("vietnam", "competesWith", "china"), "r10rival:contested-border"),
    # a maker's product beating a rival's
    ("Mistral said its new model outperforms Google's Gemini.",
     ("mistral-ai", "competesWith", "google"), "r10rival:beaten-product"),
    ("According to TII, Falcon 2 outperforms Meta's Llama 3.",
     ("technology-innovation-institute", "competesWith", "meta-platforms"), "r10rival:beaten-product"),
    # customers or ground won from a rival (kg/nlp/relations/r10rival2.py)
    ("Huawei, whose AI-enabled phones are luring buyers away from Apple's iPhone, grew its sales.",
     ("huawei", "competesWith", "apple"), "r10rival:won-customers"),
    ("Huawei is gaining ground on Apple in China.", ("huawei", "competesWith", "apple"), "r10rival:won-customers"),
    # one regarding another as its rival
    ("Washington sees Beijing as its main strategic rival.", ("united-states", "competesWith", "china"),
     "r10rival:regarded-rival"),
    ("Analysts regard Xiaomi as Apple's fiercest competitor in China.", ("xiaomi", "competesWith", "apple"),
     "r10rival:regarded-rival"),
    ("Anthropic is widely regarded as one of OpenAI's closest rivals.", ("anthropic", "competesWith", "openai"),
     "r10rival:regarded-rival"),
    # a counterweight to another's power
    ("AUKUS is widely regarded as a counterweight to the growing assertiveness of China and Russia.",
     ("aukus", "competesWith", "russia"), "r10rival:counterweight-power"),
    # a trade, chip or tech war; a tussle
    ("The United States is locked in a chip war with China.", ("united-states", "competesWith", "china"),
     "r10rival:war-war"),
    ("The trade war between the United States and China escalated.", ("united-states", "competesWith", "china"),
     "r10rival:war-war"),
    # a rivalry verb whose object is what someone calls another's doing; leaders speaking for their body
    ("Japan vowed to counter what it called Russia's aggression.", ("japan", "competesWith", "russia"),
     "r10rival:so-called"),
    ("Leaders of the Group of Seven agreed on ways to counter what they called China's coercion.",
     ("g7", "competesWith", "china"), "r10rival:so-called"),
    # tasks given
    ("Putin put Sberbank in charge of the national AI roadmap.", ("vladimir-putin", "directs", "sberbank"),
     "r10rival:tasked"),
    ("The Kremlin charged Rostec with developing the engine.", ("kremlin", "directs", "rostec"), "r10rival:tasked"),
    # an order complied with; a deadline given; a demand that a company act (kg/nlp/relations/r10rival3.py)
    ("Nvidia complied with the Commerce Department's order.",
     ("united-states-department-of-commerce", "directs", "nvidia"), "r10rival:complied"),
    ("TSMC said it would comply with the U.S. request to halt shipments.", ("united-states", "directs", "tsmc"),
     "r10rival:complied"),
    ("Congress gave ByteDance until January to sell TikTok.", ("united-states-congress", "directs", "bytedance"),
     "r10rival:deadline"),
    ("The Treasury gave Huawei 90 days to wind down its operations.",
     ("united-states-department-of-the-treasury", "directs", "huawei"), "r10rival:deadline"),
    ("The Dutch government demanded that Nexperia replace its chief executive.",
     ("government-of-netherlands", "directs", "nexperia"), "r10rival:demanded-that"),
    ("At Washington's request, ASML halted shipments to China.", ("united-states", "directs", "asml"),
     "r10rival:at-request"),
    # crowns and leads won from a rival
    ("BYD wrested the crown from Tesla last year.", ("byd", "competesWith", "tesla"), "r10rival:won-customers"),
    # a state's request to a company
    ("Beijing has asked Alibaba and Tencent to stop buying Nvidia chips.", ("china", "directs", "tencent"),
     "r10rival:state-request"),
]


@pytest.mark.parametrize(("text", "triple", "rule"), STATED)
def test_stated(nlp, text: str, triple: tuple[str, str, str], rule: str) -> None:
    rules = found(triples(nlp, text), triple)
    assert rules is not None, (text, triple)
    assert rule in rules, (text, rules)


NOT_STATED = [
    # a law that binds no one to act, one whose maker is not a state, a negated binding
    ("The law, passed by Congress last year, requires licences for exports.", ("united-states-congress", "directs")),
    ("The rules, written by Apple, forbid Google from selling apps there.", ("apple", "directs", "google")),
    ("The law, passed by Congress last year, does not force Apple to sell the app.",
     ("united-states-congress", "directs", "apple")),
    # control taken by a company (an acquisition, not a direction), or denied
    ("Microsoft has taken control of Activision.", ("microsoft", "directs")),
    ("The Dutch government has not taken control of Nexperia.", ("government-of-netherlands", "directs", "nexperia")),
    # on behalf of a company, or signing on a state's behalf (not a listed way of working for it)
    ("Positive Technologies carried out the audit on behalf of Sberbank.", ("sberbank", "directs")),
    ("Rosatom signed the agreement on behalf of Russia.", ("russia", "directs", "rosatom")),
    # an effort whose verb has a subject of its own; a shared (not contested) border
    ("Huawei's plan worries investors because Apple challenges Samsung.", ("huawei", "competesWith")),
    ("India shares a long border with Nepal.", ("india", "competesWith", "nepal")),
    ("India has no border dispute with Bhutan.", ("india", "competesWith", "bhutan")),
    # a named maker as subject (read by the verb triggers), a product that does not beat the rival's
    ("Mistral said its new model does not outperform Google's Gemini.", ("mistral-ai", "competesWith", "google")),
    # customers or ground won from a country (not two of a kind)
    ("Huawei is gaining ground on Europe in telecoms.", ("huawei", "competesWith")),
    ("Intel won customers from Germany's public sector.", ("intel", "competesWith")),
    # a partner (not a rival) in a regard; a rival of another; a war of arms (no trade, chip or tech war)
    ("Washington sees Tokyo as its closest partner.", ("united-states", "competesWith")),
    ("Russia's war with Ukraine dragged on.", ("russia", "competesWith", "ukraine")),
    ("Analysts regard Xiaomi as one of Apple's closest partners.", ("xiaomi", "competesWith")),
    # a counterweight to a thing that is no one's power
    ("AUKUS is widely regarded as a counterweight to the growing cost of defence in Britain.",
     ("aukus", "competesWith")),
    # what someone calls another's doing, not countered; countering not done
    ("Japan welcomed what it called Russia's restraint.", ("japan", "competesWith", "russia")),
    ("Japan did not counter what it called Russia's aggression.", ("japan", "competesWith", "russia")),
    # an order refused; a customer's request; a time given with nothing to do; a company's demand
    ("Nvidia refused to comply with the Commerce Department's order.", ("united-states-department-of-commerce",
                                                                         "directs")),
    ("Foxconn complied with Apple's request.", ("apple", "directs")),
    ("The Treasury gave Huawei 90 days.", ("united-states-department-of-the-treasury", "directs")),
    ("Huawei demanded that Ericsson pay royalties.", ("huawei", "directs")),
    ("Foxconn added a production line at Apple's request.", ("apple", "directs")),
    ("BYD took the lead in the electric car market.", ("byd", "competesWith")),
    # an accusation (not a task); a company's request to another; a task given by a company
    ("Prosecutors charged Huawei with bank fraud.", ("huawei", "directs")),
    ("Apple asked TSMC to make more chips.", ("apple", "directs")),
    ("Huawei put Honor in charge of its budget phones.", ("huawei", "directs")),
]


@pytest.mark.parametrize(("text", "triple"), NOT_STATED)
def test_not_stated(nlp, text: str, triple: tuple[str, ...]) -> None:
    got = triples(nlp, text)
    if len(triple) == 2:  # no such relation from (or, for a rivalry, with) the actor
        bad = [t for t in got if t[1] == triple[1] and (t[0] == triple[0] or (
            triple[1] == "competesWith" and t[2] == triple[0]))]
    else:
        bad = [t for t in got if t == triple or (
            triple[1] == "competesWith" and t == (triple[2], triple[1], triple[0]))]
    assert not bad, (text, bad, got)
