"""Sanctions, export curbs and memberships in shapes read by branch r10curbs: ``kg/nlp/relations/r10curbs.py``
(sanctions whose holder is a passive's agent, bans of a product told by a pronoun or a description, licensing
requirements on flows to a destination) and two shapes of ``membership.py`` (a member list after a quoted group
noun, a join announced in a relative clause). Every sentence is written for its construction (none comes from a
gold file); each positive states the triple it must give, each negative the triple it must not."""

from __future__ import annotations

import pytest

from rule_runs import rules_by_triple


def triples(nlp, text: str) -> dict[tuple[str, str, str], set[str]]:
    """The triples of ``text`` with every rule that found each (not only the most confident one, which the
    confidence table decides)."""
    return rules_by_triple(nlp, text)


STATED = [
    # sanctions with the holder as the passive's agent
    ("Huawei was hit with sanctions by the United Kingdom.", ("united-kingdom", "sanctions", "huawei"),
     "r10curbs:hit-by-agent"),
    ("Sberbank was slapped with penalties by the European Union in March.",
     ("european-union", "sanctions", "sberbank"), "r10curbs:hit-by-agent"),
    # a product ban told by a pronoun: the maker named before
    ("DeepSeek released a new chatbot in January. Taiwan and Australia have banned it from government devices.",
     ("taiwan", "sanctions", "deepseek"), "r10curbs:banned-product-ref"),
    ("DeepSeek released a new chatbot in January. Taiwan and Australia have banned it from government devices.",
     ("australia", "sanctions", "deepseek"), "r10curbs:banned-product-ref"),
    ("TikTok grew fast in Europe last year. Canada blocked the app on all federal phones.",
     ("canada", "sanctions", "tiktok"), "r10curbs:banned-product-ref"),
    # licensing requirements on flows to a destination
    ("The Netherlands imposed licensing requirements on shipments of ASML machines to China.",
     ("netherlands", "restrictsExportsTo", "china"), "r10curbs:licensing-requirement"),
    ("Japan introduced licence requirements for exports of chipmaking tools to Russia.",
     ("japan", "restrictsExportsTo", "russia"), "r10curbs:licensing-requirement"),
    ("Exports of the tools to Russia now require a licence from the Commerce Department.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "russia"), "r10curbs:needs-licence"),
    # asset freezes and sanctions named by their participle
    ("The EU imposed asset freezes on Sberbank.", ("european-union", "sanctions", "sberbank"),
     "r10curbs:asset-freeze"),
    ("Britain announced an asset freeze and a travel ban against VTB.", ("united-kingdom", "sanctions", "vtb"),
     "r10curbs:asset-freeze"),
    ("Japan announced fresh sanctions targeting Rosatom.", ("japan", "sanctions", "rosatom"),
     "r10curbs:sanctions-targeting"),
    # one more measure imposed with no agent: the holder the sentences before name
    ("The United States imposed sanctions on Rosatom on Monday. Sanctions were also imposed on Sberbank.",
     ("united-states", "sanctions", "sberbank"), "r10curbs:imposed-on-carried"),
    ("The United States imposed sanctions on Turkey on Monday. Asset freezes and visa bans were also imposed on "
     "two officials:\n- Ismail Demir, the agency president;\n- Faruk Yigit, its vice president.\nAnkara protested.",
     ("united-states", "sanctions", "faruk-yigit"), "r10curbs:imposed-on-carried"),
    # a package of sanctions that names its target
    ("The EU's latest package of sanctions includes Sberbank.", ("european-union", "sanctions", "sberbank"),
     "r10curbs:package-target"),
    ("The latest round of US sanctions targets Sberbank and VTB.", ("united-states", "sanctions", "vtb"),
     "r10curbs:package-target"),
    # an accession told as done
    ("Indonesia completed its accession to BRICS in January.", ("indonesia", "memberOf", "brics"),
     "r10curbs:completed-accession"),
    ("Sweden's accession to NATO was completed in March.", ("sweden", "memberOf", "nato"),
     "r10curbs:completed-accession"),
    # members a description stands beside, a body made up of states
    ("Brazil and India, both members of BRICS, signed the deal.", ("india", "memberOf", "brics"),
     "r10curbs:described-members"),
    ("The Quad, made up of the United States, Japan, India and Australia, met in Tokyo.",
     ("australia", "memberOf", "quad"), "r10curbs:made-up-of"),
    ("BRICS, which consists of Brazil, Russia, India and China, met in Kazan.", ("russia", "memberOf", "brics"),
     "r10curbs:made-up-of"),
    # memberships: a list after a quoted group noun, a join a relative clause reports
    ('Many states took part, among them Chile and Peru as well as "our BRICS partners" Egypt and Ethiopia.',
     ("egypt", "memberOf", "brics"), "member:group"),
    ("Biden hosted the Quad, a group that Seoul has said it will join.", ("south-korea", "memberOf", "quad"),
     "member:join"),
]

NOT_STATED = [
    # negated, hypothetical, or no sanction at all
    ("Huawei could be hit with sanctions by the United Kingdom.", ("united-kingdom", "sanctions", "huawei")),
    ("Huawei was not hit with sanctions by the United Kingdom.", ("united-kingdom", "sanctions", "huawei")),
    ("Huawei was hit with a lawsuit by Ericsson.", ("ericsson", "sanctions", "huawei")),
    # a ban threatened or denied; a company's own network policy; no devices named
    ("DeepSeek released a new chatbot in January. Japan may ban it from government devices.",
     ("japan", "sanctions", "deepseek")),
    ("DeepSeek released a new chatbot in January. Japan did not ban it from government devices.",
     ("japan", "sanctions", "deepseek")),
    ("DeepSeek released a chatbot. Microsoft blocked it on its networks.", ("microsoft", "sanctions", "deepseek")),
    ("DeepSeek released a chatbot. Japan banned it last week.", ("japan", "sanctions", "deepseek")),
    # requirements of another kind, a refusal, imports rather than exports, a threat
    ("The Netherlands imposed reporting requirements on shipments of lithography machines to China.",
     ("netherlands", "restrictsExportsTo", "china")),
    ("The Netherlands will not impose licensing requirements on shipments of lithography machines to China.",
     ("netherlands", "restrictsExportsTo", "china")),
    ("Exports of the tools to Russia do not require a licence from the Commerce Department.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "russia")),
    ("Imports of the tools from Russia now require a licence from the Commerce Department.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "russia")),
    # freezes threatened or lifted; sanctions threatened or denied
    ("The EU could impose asset freezes on Sberbank.", ("european-union", "sanctions", "sberbank")),
    ("Britain lifted asset freezes on Sberbank.", ("united-kingdom", "sanctions", "sberbank")),
    ("Japan threatened sanctions targeting Rosatom.", ("japan", "sanctions", "rosatom")),
    ("Japan did not announce sanctions targeting Rosatom.", ("japan", "sanctions", "rosatom")),
    # an agentless measure that is no continuation, or only a possibility
    ("The United States imposed sanctions on Rosatom. Sanctions were imposed on Sberbank by Japan.",
     ("united-states", "sanctions", "sberbank")),
    ("The United States imposed sanctions on Rosatom on Monday. Sanctions could also be imposed on Sberbank.",
     ("united-states", "sanctions", "sberbank")),
    ("Rosatom builds reactors. Sanctions were also imposed on Sberbank.", ("rosatom", "sanctions", "sberbank")),
    # a package threatened, denied, or of aid
    ("The EU's next package of sanctions could include Sberbank.", ("european-union", "sanctions", "sberbank")),
    ("The EU's latest package of sanctions does not include Sberbank.", ("european-union", "sanctions", "sberbank")),
    ("The EU's latest aid package includes Ukraine.", ("european-union", "sanctions", "ukraine")),
    # accessions still to come, blocked, or approved by one member only
    ("Ukraine's accession to NATO remains far off.", ("ukraine", "memberOf", "nato")),
    ("Hungary has not ratified Sweden's accession to NATO.", ("sweden", "memberOf", "nato")),
    ("Turkey may approve Sweden's accession to NATO.", ("sweden", "memberOf", "nato")),
    ("Turkey's parliament approved Sweden's accession to NATO.", ("sweden", "memberOf", "nato")),
    # members denied, to be, or a panel of people from states; an idiom
    ("Ukraine is not one of the members of NATO.", ("ukraine", "memberOf", "nato")),
    ("Serbia and Georgia, both former members of the CIS, signed.",
     ("serbia", "memberOf", "commonwealth-of-independent-states")),
    ("Ukraine, a prospective member of NATO, signed the plan.", ("ukraine", "memberOf", "nato")),
    ("The panel, made up of experts from Japan and India, met in Tokyo.", ("japan", "memberOf", "panel")),
    ("The Quad made up its mind on India.", ("india", "memberOf", "quad")),
    # joins wished, refused or guessed by others
    ("Biden hosted the Quad, a group that Seoul hopes to join.", ("south-korea", "memberOf", "quad")),
    ("Biden hosted the Quad, a group that Seoul has said it will not join.", ("south-korea", "memberOf", "quad")),
    ("Biden hosted the Quad, a group that analysts said Seoul might join.", ("south-korea", "memberOf", "quad")),
]


@pytest.mark.parametrize(("text", "triple", "rule"), STATED)
def test_stated(nlp, text, triple, rule):
    found = triples(nlp, text)
    assert triple in found, sorted(found)
    if rule is not None:
        assert rule in found[triple], found[triple]


@pytest.mark.parametrize(("text", "triple"), NOT_STATED)
def test_not_stated(nlp, text, triple):
    assert triple not in triples(nlp, text)
