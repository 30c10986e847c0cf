"""Relations read across sentences (kg/nlp/relations/carry.py): a bare "both"/"the two", "the start-up", a
description that names a country, a head-of-state title without a country. Every sentence is written for its
construction, not taken from a gold file; negatives assert that nothing (or not the wrong name) comes out."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


INCLUDED = [
    # a bare group word standing for the two (three) actors that were the subject before
    ("Samsung and SK Hynix won waivers on Monday. Both have supplied memory chips to Apple for years.",
     {("samsung-electronics", "suppliesTo", "apple"), ("sk-hynix", "suppliesTo", "apple")}),
    ("Russia and China held talks in Beijing. The two signed an agreement on lunar research.",
     {("china", "agreementWith", "russia")}),
    ("Nokia, Ericsson and Siemens met the regulator. The three will supply equipment to Vodafone.",
     {("nokia", "suppliesTo", "vodafone"), ("ericsson", "suppliesTo", "vodafone")}),
    # "start-up" comes out of the tokenizer as three words: still a description that refers back
    ("Amazon has put more money into Anthropic. The San Francisco-based start-up signed a deal with Google.",
     {("anthropic", "agreementWith", "google")}),
    # a description naming a country refers to the last organisation of that country
    ("Turkish drone maker Baykar bought Piaggio Aerospace. The Turkish group will invest in Italy.",
     {("baykar", "investsIn", "italy")}),
    ("TSMC will build a plant for Sony in Japan. Apple said the Taiwanese chipmaker would supply it with processors.",
     {("tsmc", "suppliesTo", "apple")}),
    # "the banks" with "the" alone: the last list of banks
    ("Sberbank and VTB were cut off from SWIFT. Washington later sanctioned the banks again.",
     {("united-states", "sanctions", "sberbank"), ("united-states", "sanctions", "vtb")}),
    # an object "it", or "its" on the predicate of "be", is not the clause's own subject
    ("Sugon makes supercomputers. The Commerce Department added it to the Entity List.",
     {("united-states-department-of-commerce", "sanctions", "sugon")}),
    ("Zhipu AI declined to comment. Tencent and Meituan are among its shareholders.",
     {("tencent", "investsIn", "zhipu-ai"), ("meituan", "investsIn", "zhipu-ai")}),
    # ... also when the name named last has no known country: "the Chinese company" is Huawei, not the authority
    ("Huawei met Kenya's telecoms regulator. The deal builds on an agreement between the Kenyan government and the "
     "Chinese company.", {("government-of-kenya", "agreementWith", "huawei")}),
    # a head-of-state title with no country before it: the country the person belongs to
    ("Japan will subsidise a second TSMC plant. Prime Minister Fumio Kishida voiced support for it.",
     {("fumio-kishida", "leaderOf", "japan")}),
    ("The United States restricted chip exports. The rules were signed by President Joe Biden.",
     {("joe-biden", "leaderOf", "united-states")}),
    # an agentless passive of a sanctions verb takes the subject of the same relation in the sentence before
    ("The Treasury sanctioned Sberbank on Monday. Also designated were VTB and Alfa-Bank.",
     {("united-states-department-of-the-treasury", "sanctions", "vtb"),
      ("united-states-department-of-the-treasury", "sanctions", "alfa-bank")}),
    ("The Treasury blacklisted Sberbank on Monday. VTB was also sanctioned.",
     {("united-states-department-of-the-treasury", "sanctions", "vtb")}),
    # a counted group that the next sentence spells out; the "them" after it is that group too (and a clause
    # beside "barred" is not barred: the adding is done)
    ("The Commerce Department barred three Chinese firms from buying US chips, adding them to its Entity List. "
     "The three are Sugon, Inspur and Phytium.",
     {("united-states-department-of-commerce", "sanctions", "sugon"),
      ("united-states-department-of-commerce", "sanctions", "phytium"), ("inspur", "basedIn", "china")}),
    # a member with no "of": of the body the sentence before is about
    ("NATO met in Brussels on Monday. Sweden is now a member too.", {("sweden", "memberOf", "nato")}),
    ("The Minerals Security Partnership works on supply chains. Estonia became its newest member.",
     {("estonia", "memberOf", "minerals-security-partnership")}),
    # a minister's title with no body: works for the person's country (GUIDELINES: officials without a named body)
    ("Russia wants talks on Syria. Foreign Minister Sergei Lavrov flew to Ankara.",
     {("sergei-lavrov", "worksFor", "russia")}),
]

EXCLUDED = [
    # "both" of a group of three, "the two" of one name: the count must agree
    ("Nokia, Ericsson and Siemens met the regulator. Both will supply equipment to Vodafone.",
     {("nokia", "suppliesTo", "vodafone")}),
    ("Nokia met the regulator. The two will supply equipment to Vodafone.", {("nokia", "suppliesTo", "vodafone")}),
    # "both of them" says who it is itself
    ("Samsung and SK Hynix won waivers. Both of the banks then lent money to Apple.",
     {("samsung-electronics", "investsIn", "apple")}),
    # a description naming another country is not the last company named
    ("Turkish drone maker Baykar bought Piaggio Aerospace. The Italian firm will invest in Spain.",
     {("baykar", "investsIn", "spain")}),
    ("TSMC will build a plant for Sony in Japan. Apple said the Korean chipmaker would supply it with processors.",
     {("tsmc", "suppliesTo", "apple"), ("sony", "suppliesTo", "apple")}),
    # "the companies that …" is a new group, not the last one named
    ("Samsung Electronics and SK Hynix won waivers. The companies that make chips in Vietnam will invest in Laos.",
     {("samsung-electronics", "investsIn", "laos"), ("sk-hynix", "investsIn", "laos")}),
    # "the banks" after a single bank: no list to refer to
    ("Sberbank was cut off from SWIFT. Washington later sanctioned the banks again.",
     {("united-states", "sanctions", "sberbank")}),
    # a shareholder is never its own: not "Meituan invests in Tencent"
    ("Tencent and Meituan are among its shareholders.", {("meituan", "investsIn", "tencent"),
                                                         ("tencent", "investsIn", "meituan")}),
    # a start-up standing beside its own name describes it; it refers to nothing before
    ("Amazon backed Anthropic. Google invested in the start-up Mistral AI.", {("google", "investsIn", "anthropic")}),
    # vice presidents and presidents of a company named before the title do not lead the country
    ("The United States restricted chip exports. Vice President Kamala Harris defended the rules.",
     {("kamala-harris", "leaderOf", "united-states")}),
    # a denied passive, or one with no relation stated before, carries nothing
    ("The Treasury sanctioned Sberbank on Monday. Neither VTB nor Alfa-Bank was sanctioned.",
     {("united-states-department-of-the-treasury", "sanctions", "vtb")}),
    ("The Treasury sanctioned Sberbank on Monday. VTB was not sanctioned.",
     {("united-states-department-of-the-treasury", "sanctions", "vtb")}),
    ("The Treasury praised Sberbank on Monday. VTB was also sanctioned.",
     {("united-states-department-of-the-treasury", "sanctions", "vtb")}),
    # a count the list does not match refers to nothing
    ("The Commerce Department barred five Chinese firms from buying US chips, adding them to its Entity List. "
     "The five are Sugon and Inspur.", {("united-states-department-of-commerce", "sanctions", "sugon")}),
    # a company has no members; a board member is no member of a body; a member denied is none
    ("Apple opened a store in Berlin. Samsung is a member too.", {("samsung-electronics", "memberOf", "apple")}),
    ("NATO met in Brussels on Monday. Sweden is a board member.", {("sweden", "memberOf", "nato")}),
    ("NATO met in Brussels on Monday. Ukraine is not a member.", {("ukraine", "memberOf", "nato")}),
    # a deputy prime minister does not lead the country
    ("Russia wants talks on Syria. Deputy Prime Minister Sergei Lavrov flew to Ankara.",
     {("sergei-lavrov", "leaderOf", "russia")}),
    # a person's country that the document does not name gives nothing
    ("Chips were discussed in Tokyo. President Joe Biden attended.", {("joe-biden", "leaderOf", "united-states")}),
    # "sourced nothing from" is a negated supply
    ("Huawei says it has sourced nothing from TSMC since 2020.", {("tsmc", "suppliesTo", "huawei")}),
]


@pytest.mark.parametrize("text,expected", INCLUDED)
def test_reference_across_sentences(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text,unwanted", EXCLUDED)
def test_reference_that_must_not_resolve(nlp, text, unwanted):
    assert not unwanted & triples(nlp, text)
