"""Cooperation-family constructions of round 6 (kg/nlp/relations/coop2.py): parties joined by a hyphen before a
deal noun, deals still being worked out, deals signed by the people who speak for the parties, and the partners of
a venture. Every sentence is written for its construction (none from a gold file); the negatives (negated,
hypothetical, failed talks, look-alikes) show what each construction must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


def has(found: set[tuple[str, str, str]], s: str, p: str, o: str) -> bool:
    """A symmetric relation in either direction."""
    return bool({(s, p, o), (o, p, s)} & found)


INCLUDED = [
    # names joined by a hyphen before a cooperation, agreement or rivalry noun
    ("Exports will follow the US-Japan Critical Minerals Agreement signed in March.",
     [("united-states", "agreementWith", "japan")]),
    ("The Lockheed-Rheinmetall team lost the tender to Elbit.", [("lockheed-martin", "cooperatesWith", "rheinmetall")]),
    ("The cable links up with the China-Pakistan Economic Corridor.", [("china", "cooperatesWith", "pakistan")]),
    ("The Airbus-Boeing rivalry has shaped the market.", [("airbus", "competesWith", "boeing")]),
    # a deal still being worked out, between coordinated parties or with a partner
    ("Honda and Sony are working on a deal to make cars in Ohio.", [("honda", "agreementWith", "sony")]),
    ("Honda is negotiating a partnership with Sony.", [("honda", "cooperatesWith", "sony")]),
    # a deal signed in a relative clause by people who speak for the parties
    ("The licensing agreement that Bosch chief executive Stefan Hartung signed with Denso's president covers sensors.",
     [("bosch", "agreementWith", "denso")]),
    ("Indonesia wants a minerals deal modelled on the one Canada concluded with the European Union.",
     [("canada", "agreementWith", "european-union")]),
    # the partners of a venture: "together with" hung on a name before the verb; "a venture of A and B"
    ("In January Sony and Honda, together with US software group Intel and Abu Dhabi's Mubadala, launched Orbis, "
     "a joint venture for chips.",
     [("sony", "jointVentureWith", "intel"), ("honda", "jointVentureWith", "mubadala"),
      ("intel", "jointVentureWith", "mubadala")]),
    ("Samsung named Exynos Labs, a venture of Samsung and Arm, as the supplier.",
     [("samsung-electronics", "jointVentureWith", "arm-holdings")]),
    # names listed in apposition to a counted group, however the parser chained the descriptions
    ("Orbis is run by Nexa, a joint venture controlled by Sony in which two Japanese companies, Honda's car unit "
     "Acura and the parts maker Denso, hold minority stakes.",
     [("sony", "jointVentureWith", "acura"), ("sony", "jointVentureWith", "denso"),
      ("acura", "jointVentureWith", "denso")]),
    ("Nvidia will work on robotics with three Thai groups — software firm Kasikornbank, the carrier AIS and the "
     "conglomerate CP Group.", [("nvidia", "cooperatesWith", "kasikornbank"), ("nvidia", "cooperatesWith", "ais")]),
    # racing a rival
    ("AMD is racing Nvidia to build faster chips.", [("amd", "competesWith", "nvidia")]),
    # who holds an intent acts on it; who is committed to an action does it; who is punished for an action did it
    ("TikTok's chief executive thanked Trump for his commitment to work with the company on a solution.",
     [("donald-trump", "cooperatesWith", "tiktok")]),
    ("Rio Tinto remains committed to helping Mongolia develop its copper industry.",
     [("rio-tinto", "cooperatesWith", "mongolia")]),
    ("The Commerce Department added Kaspersky Lab to the Entity List for cooperating with Rostec.",
     [("kaspersky-lab", "cooperatesWith", "rostec")]),
    # "in cooperation with" hung on the doer
    ("American forces, in close cooperation with the Royal Navy, patrol the strait.",
     [("united-states", "cooperatesWith", "royal-navy")]),
    # a deal to buy or supply is a deal with the other side
    ("In March Thales announced a contract worth roughly $90 million to supply the Royal Navy.",
     [("thales", "agreementWith", "royal-navy")]),
    ("Samsung signed a $2 billion agreement to buy memory chips from Micron's plant in Idaho.",
     [("samsung-electronics", "agreementWith", "micron-technology")]),
    ("Poland signed a deal to buy 48 jets from Boeing.", [("poland", "agreementWith", "boeing")]),
    # a deal with a party signed in a clause beside the main one
    ("Siemens will build trains in Egypt, the company said on Monday, after a memorandum of understanding with Egypt "
     "was signed in Cairo.", [("siemens", "agreementWith", "egypt")]),
    # a partnership struck or signed is an agreement too; a partner chosen; working alongside; joining hands
    ("Nokia and Ericsson struck a strategic partnership to deploy 6G.", [("nokia", "agreementWith", "ericsson")]),
    ("Nokia chose Ericsson as its partner for the network.", [("nokia", "cooperatesWith", "ericsson")]),
    ("Nokia will work alongside Ericsson on the network.", [("nokia", "cooperatesWith", "ericsson")]),
    ("Nokia has joined hands with Ericsson.", [("nokia", "cooperatesWith", "ericsson")]),
    ("Nokia counts Ericsson and Intel among its partners.",
     [("nokia", "cooperatesWith", "ericsson"), ("nokia", "cooperatesWith", "intel")]),
    # competition felt from a rival, ground ceded to one
    ("Nokia faces stiff competition from Ericsson.", [("nokia", "competesWith", "ericsson")]),
    ("Nokia lost market share to Ericsson.", [("nokia", "competesWith", "ericsson")]),
    # a deal signed by every name a relative clause describes, or "between" two parties on the verb
    ("Nokia and Ericsson, which signed a deal in 2019, reported higher profits.",
     [("nokia", "agreementWith", "ericsson")]),
    ("An agreement was signed between Nokia and Ericsson.", [("nokia", "agreementWith", "ericsson")]),
    # "we" in a quote is the body of the speaker whose title follows the name
    ('"We are delighted to work with the Pentagon on the plant," said Amanda Lacaze, Lynas\'s managing director.',
     [("lynas-rare-earths", "cooperatesWith", "united-states-department-of-defense")]),
    # groups and companies founded together
    ("Nokia, Ericsson and Intel launched a consortium to develop 6G.",
     [("nokia", "cooperatesWith", "ericsson"), ("ericsson", "cooperatesWith", "intel")]),
    ("Nokia joined a consortium with Ericsson and Intel.", [("nokia", "cooperatesWith", "intel")]),
    ("Nokia and Ericsson set up a 50-50 venture in Finland.", [("nokia", "jointVentureWith", "ericsson")]),
    ("Nokia and Ericsson created a joint company to make chips.", [("nokia", "jointVentureWith", "ericsson")]),
    # two named parties that are to build one thing build it together
    ("Siemens and Nokia will build Europe's largest industrial 5G network.", [("siemens", "cooperatesWith", "nokia")]),
]

EXCLUDED = [
    # negated, failed or hypothetical
    ("Honda and Sony are no longer working on the deal.", [("honda", "agreementWith", "sony")]),
    ("Honda is not negotiating a partnership with Sony.", [("honda", "cooperatesWith", "sony")]),
    ("Talks between Honda and Sony on a partnership failed.", [("honda", "cooperatesWith", "sony")]),
    ("The Lockheed-Rheinmetall team was never formed.", [("lockheed-martin", "cooperatesWith", "rheinmetall")]),
    # look-alikes: a hyphen that joins no deal, a description's country, a venture capital arm, one party only
    ("The Russia-Ukraine war has hit grain exports.", [("russia", "cooperatesWith", "ukraine")]),
    ("In January Sony, together with US software group Intel, launched Orbis, a joint venture for chips.",
     [("sony", "jointVentureWith", "united-states"), ("intel", "jointVentureWith", "united-states")]),
    ("Prosperity7 Ventures, the venture capital arm of Aramco, joined the round.",
     [("prosperity7-ventures", "jointVentureWith", "saudi-aramco")]),
    # a country that describes a name is no party
    ("Orbis, a venture of U.S. aluminium producer Alcoa and Japanese trading house Sojitz, makes gallium.",
     [("alcoa", "jointVentureWith", "japan"), ("sojitz", "jointVentureWith", "japan")]),
    ("AMD is racing to build faster chips than before.", [("amd", "competesWith", "nvidia")]),
    # an intent refused or dropped; the punisher is not the doer; a list of the punished is no partnership
    ("Regulators rejected Huawei's offer to work with Ericsson on 6G.", [("huawei", "cooperatesWith", "ericsson")]),
    ("Nokia abandoned its plan to work with Ericsson on 6G.", [("nokia", "cooperatesWith", "ericsson")]),
    ("The Commerce Department added Kaspersky Lab to the Entity List for cooperating with Rostec.",
     [("united-states-department-of-commerce", "cooperatesWith", "rostec")]),
    ("The Commerce Department added two firms, Kaspersky Lab and Positive Technologies, to the Entity List for "
     "cooperating with intelligence services.", [("kaspersky-lab", "cooperatesWith", "positive-technologies")]),
    ("Sberbank was sanctioned together with VTB.", [("sberbank", "cooperatesWith", "vtb")]),
    ("Poland did not sign a deal to buy jets from Boeing.", [("poland", "agreementWith", "boeing")]),
    ("Poland rejected a deal to buy jets from Boeing.", [("poland", "agreementWith", "boeing")]),
    ("Siemens will not build trains in Egypt, although a memorandum with Egypt was signed in Cairo.",
     [("siemens", "agreementWith", "egypt")]),
    ("Nokia and Ericsson have not struck a partnership.", [("nokia", "agreementWith", "ericsson")]),
    ("Nokia did not choose Ericsson as its partner.", [("nokia", "cooperatesWith", "ericsson")]),
    ("Alongside Ericsson, Nokia reported higher profits.", [("nokia", "cooperatesWith", "ericsson")]),
    ("Nokia shook hands with Ericsson's chief executive at the fair.", [("nokia", "cooperatesWith", "ericsson")]),
    ("Nokia faces no competition from Ericsson.", [("nokia", "competesWith", "ericsson")]),
    ("Nokia lost a court case to Ericsson.", [("nokia", "competesWith", "ericsson")]),
    ("Nokia sold its share to Ericsson.", [("nokia", "competesWith", "ericsson")]),
    ("Nokia and Ericsson, which signed a deal with Intel in 2019, reported higher profits.",
     [("nokia", "agreementWith", "ericsson")]),
    # a deal that failed: collapsed, fell through, scrapped
    ("The partnership between Honda and Sony collapsed in 2021.", [("honda", "cooperatesWith", "sony")]),
    ("The deal between Nokia and Ericsson fell through.", [("nokia", "agreementWith", "ericsson")]),
    ("The agreement between Nokia and Ericsson was scrapped last year.", [("nokia", "agreementWith", "ericsson")]),
    ("Nokia and Ericsson each set up a company in Finland.", [("nokia", "jointVentureWith", "ericsson")]),
    ("Nokia and Ericsson did not form a consortium.", [("nokia", "cooperatesWith", "ericsson")]),
    ('"We are delighted to work with the Pentagon," said Amanda Lacaze, a friend of Lynas\'s founder.',
     [("lynas-rare-earths", "cooperatesWith", "united-states-department-of-defense")]),
    # each on its own, a thing already built, a party left unnamed, a supposed plan
    ("Siemens and Nokia will each build a network.", [("siemens", "cooperatesWith", "nokia")]),
    ("Siemens and Nokia will build their own networks.", [("siemens", "cooperatesWith", "nokia")]),
    ("Siemens and Nokia built a network in 2019.", [("siemens", "cooperatesWith", "nokia")]),
    ("Siemens and Nokia may build a network if regulators agree.", [("siemens", "cooperatesWith", "nokia")]),
    ("Siemens and Nokia will not build a network.", [("siemens", "cooperatesWith", "nokia")]),
    ("The agreement that Bosch chief executive Stefan Hartung signed covers sensors.",
     [("bosch", "agreementWith", "denso")]),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED, ids=[t[:40] for t, _e in INCLUDED])
def test_construction_is_found(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = triples(nlp, text)
    missing = [t for t in expected if not has(found, *t)]
    assert not missing, (missing, found)


@pytest.mark.parametrize(("text", "unwanted"), EXCLUDED, ids=[t[:40] for t, _u in EXCLUDED])
def test_construction_is_left_alone(nlp, text: str, unwanted: list[tuple[str, str, str]]) -> None:
    found = triples(nlp, text)
    assert not [t for t in unwanted if has(found, *t)], found


def test_a_deal_still_stands_when_its_verb_is_no_failure(nlp) -> None:
    assert has(triples(nlp, "The agreement between Nokia and Ericsson was signed last year."),
               "nokia", "agreementWith", "ericsson")
    assert has(triples(nlp, "The partnership between Honda and Sony has grown since 2021."),
               "honda", "cooperatesWith", "sony")


def test_hyphen_pairs_need_the_hyphen_between_the_names() -> None:
    import spacy
    from spacy.tokens import Span

    from kg.nlp.lexicon import Lexicon
    from kg.nlp.relations.context import DocContext
    from kg.nlp.relations.coop2 import hyphen_pairs

    doc = spacy.blank("en")("the Airbus - Boeing - Embraer team and Airbus , Boeing")
    doc.ents = [Span(doc, i, i + 1, label="ORG", kb_id=doc[i].lower_) for i in (1, 3, 5, 8, 10)]
    ctx = DocContext(doc, Lexicon())
    assert hyphen_pairs(0, 7, ctx) == [["airbus", "boeing", "embraer"]]
    assert hyphen_pairs(7, len(doc), ctx) == []
