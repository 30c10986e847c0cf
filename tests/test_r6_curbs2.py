"""Sanctions, export curbs and membership read from the target's side (branch r6-curbs2):
``kg/nlp/relations/restraints.py`` and the fixes beside it in ``membership.py`` and ``triggers.py``. Every sentence
is written for its construction (none comes from a gold file); each positive states the triples it must give, each
negative (negated, hypothetical, lifted, removed, distractor) the triples it must not."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import relations


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in relations(nlp(text))}


STATED = [
    # the target hit with, placed under, facing or subject to a measure
    ("Huawei was hit with US sanctions in 2019.", {("united-states", "sanctions", "huawei")}),
    ("The European Union hit Sberbank with sanctions.", {("european-union", "sanctions", "sberbank")}),
    ("Washington placed Megvii under sanctions.", {("united-states", "sanctions", "megvii")}),
    ("Sberbank faces EU sanctions over the war.", {("european-union", "sanctions", "sberbank")}),
    ("Rosneft is subject to US sanctions.", {("united-states", "sanctions", "rosneft")}),
    # on a keeper's sanctions or export-control list
    ("Hikvision is on the US Entity List.",
     {("united-states", "sanctions", "hikvision"), ("united-states", "restrictsExportsTo", "hikvision")}),
    ("Dahua, which remains on the Commerce Department's Entity List, sells cameras.",
     {("united-states-department-of-commerce", "sanctions", "dahua")}),
    # the names after a colon that a listing verb's counted object stands for
    ("The Treasury designated three companies: Alfa Systems, Beta Trade and Gamma Parts.",
     {("united-states-department-of-the-treasury", "sanctions", "alfa-systems"),
      ("united-states-department-of-the-treasury", "sanctions", "gamma-parts")}),
    ("Its three affiliates were blacklisted by the Treasury: Alfa Systems, based in Armenia; Beta Trade, registered "
     "in Switzerland; and Gamma Parts, a wholesaler.",
     {("united-states-department-of-the-treasury", "sanctions", "alfa-systems"),
      ("united-states-department-of-the-treasury", "sanctions", "beta-trade"),
      ("united-states-department-of-the-treasury", "sanctions", "gamma-parts")}),
    # imports kept out by a state
    ("China retaliated by blocking imports from Lithuania.", {("china", "sanctions", "lithuania")}),
    ("Beijing's ban on imports from Australia hurt farmers.", {("china", "sanctions", "australia")}),
    # export licences denied or revoked
    ("The Commerce Department revoked export licences for Huawei.",
     {("united-states-department-of-commerce", "restrictsExportsTo", "huawei")}),
    ("The Commerce Department said it would apply a policy of denial to export licence applications for Huawei.",
     {("united-states-department-of-commerce", "restrictsExportsTo", "huawei")}),
    ("The measures ban all new US export licences for goods destined for Rosatom.",
     {("united-states", "restrictsExportsTo", "rosatom")}),
    # a body's description the parser hangs on a noun further back: the body named right before it
    ("Scientists from Vietnam and Thailand built a link. Both nations said a network spanning the ASEAN countries, "
     "a bloc to which both nations belong, is within reach.",
     {("vietnam", "memberOf", "asean"), ("thailand", "memberOf", "asean")}),
    ("Lula met Xi after attending the swearing-in of his ally Dilma Rousseff as president of the New Development "
     "Bank (NDB), the Shanghai-based lender founded by the BRICS countries Brazil, Russia, India, China and "
     "South Africa.",
     {("brazil", "memberOf", "new-development-bank"), ("south-africa", "memberOf", "new-development-bank")}),
    # who a clause counts among a group a sanction participle describes
    ("Megvii is one of the companies sanctioned by the United States.", {("united-states", "sanctions", "megvii")}),
    ("Megvii was among the firms blacklisted by the European Union last year.",
     {("european-union", "sanctions", "megvii")}),
    # a passive listing whose keeper is named inside the list's name
    ("Megvii was added to the US Entity List in 2019.",
     {("united-states", "sanctions", "megvii")}),
    # membership through "member state", "one of the members", "among the members"
    ("Hungary, an EU member state, blocked the package.", {("hungary", "memberOf", "european-union")}),
    ("Egypt is one of the founding members of the Asian Infrastructure Investment Bank.",
     {("egypt", "memberOf", "asian-infrastructure-investment-bank")}),
    ("Brazil, one of the members of BRICS, hosted the summit.", {("brazil", "memberOf", "brics")}),
    # a package, round or freeze of sanctions
    ("The EU's latest sanctions package covers Rosneft and Alrosa.",
     {("european-union", "sanctions", "rosneft"), ("european-union", "sanctions", "alrosa")}),
    ("The European Union adopted a new sanctions package against Belarus.",
     {("european-union", "sanctions", "belarus")}),
    ("The European Union imposed an asset freeze on Rosneft.", {("european-union", "sanctions", "rosneft")}),
    # an export curb's destination after the goods it covers
    ("China's export ban on gallium to the United States took effect.",
     {("china", "restrictsExportsTo", "united-states")}),
    # a state body's order to a company to stop its business
    ("The Federal Communications Commission ordered China Telecom to stop operating in the United States.",
     {("federal-communications-commission", "sanctions", "china-telecom")}),
    # a member's own membership
    ("Poland's membership of NATO dates to 1999.", {("poland", "memberOf", "nato")}),
    ("Finland's NATO membership was completed in April.", {("finland", "memberOf", "nato")}),
    # products banned by their makers' description, the makers named after "among them" wherever the parser hangs them
    ("Vietnam has banned 12 messaging apps developed by foreign companies, among them Meta and Microsoft, whose "
     "services are used by millions of people, saying they threaten security.",
     {("vietnam", "sanctions", "meta-platforms"), ("vietnam", "sanctions", "microsoft")}),
    # halted sales, deliveries, services and payments restrict exports to where they went
    ("Intel suspended all shipments to customers in Russia and Belarus.",
     {("intel", "restrictsExportsTo", "russia"), ("intel", "restrictsExportsTo", "belarus")}),
    ("Nokia said it would stop selling equipment to Russian customers.", {("nokia", "restrictsExportsTo", "russia")}),
    ("Microsoft stopped all new sales of products and services in Russia.",
     {("microsoft", "restrictsExportsTo", "russia")}),
    ("Apple has stopped selling its products in Russia.", {("apple", "restrictsExportsTo", "russia")}),
    ("Deutsche Bank stopped processing payments from Russia.", {("deutsche-bank", "restrictsExportsTo", "russia")}),
    # a state that bans, prevents or stops a firm from selling to another restricts exports to it
    ("Washington banned Nvidia from selling advanced chips to China.",
     {("united-states", "restrictsExportsTo", "china")}),
    ("The Dutch government prevented Nexperia from selling chips to Wingtech.",
     {("government-of-netherlands", "restrictsExportsTo", "wingtech")}),
    # a body's new member; a plural description for every conjunct, a singular one for the name right before it
    ("BRICS admitted Indonesia as a full member.", {("indonesia", "memberOf", "brics")}),
    ("Indonesia was admitted as a member of BRICS in January.", {("indonesia", "memberOf", "brics")}),
    ("Sweden and Finland, NATO's newest members, joined the exercise.",
     {("sweden", "memberOf", "nato"), ("finland", "memberOf", "nato")}),
    ("Sweden and Turkey, a NATO member, held talks.", {("turkey", "memberOf", "nato")}),
    ("The Eurasian Economic Union, made up of Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, met in Minsk.",
     {("belarus", "memberOf", "eurasian-economic-union"), ("kyrgyzstan", "memberOf", "eurasian-economic-union")}),
    ("Washington's blacklisting of Huawei hurt its phone business.", {("united-states", "sanctions", "huawei")}),
    ("US sanctions on Huawei cut its revenue.", {("united-states", "sanctions", "huawei")}),
    # a passive with no agent after a sentence naming the holder of the sanctions
    ("The European Union imposed sanctions on Sberbank in June. VTB was sanctioned a month later.",
     {("european-union", "sanctions", "vtb")}),
    ("The EU's sanctions on Sberbank took effect in June. VTB was also sanctioned.",
     {("european-union", "sanctions", "vtb")}),
]

NOT_STATED = [
    ("The European Union imposed sanctions on Sberbank in June. VTB was not sanctioned.",
     {("european-union", "sanctions", "vtb")}),
    ("The European Union imposed sanctions on Sberbank in June. Analysts expect more firms to follow. Traders said "
     "prices rose. VTB was sanctioned in July.", {("european-union", "sanctions", "vtb")}),
    ("Washington's blacklisting of Huawei was reversed.", {("united-states", "sanctions", "huawei")}),
    ("US sanctions on Huawei were lifted in 2025.", {("united-states", "sanctions", "huawei")}),
    ("BRICS invited Indonesia as a partner.", {("indonesia", "memberOf", "brics")}),
    ("BRICS did not admit Indonesia as a member.", {("indonesia", "memberOf", "brics")}),
    ("Sweden and Turkey, a NATO member, held talks.", {("sweden", "memberOf", "nato")}),
    ("Ukraine's accession to the European Union remains distant.", {("ukraine", "memberOf", "european-union")}),
    # a sale prevented is no supply; a business sold is no export
    ("The Dutch government prevented Nexperia from selling chips to Wingtech.",
     {("government-of-netherlands", "suppliesTo", "wingtech"), ("nexperia", "suppliesTo", "wingtech")}),
    ("The cabinet prohibited Elmos Semiconductor from selling its wafer fab to Silex Microsystems.",
     {("elmos-semiconductor", "restrictsExportsTo", "silex-microsystems")}),
    ("Washington did not ban Nvidia from selling chips to China.", {("united-states", "restrictsExportsTo", "china")}),
    ("Intel did not suspend shipments to customers in Russia.", {("intel", "restrictsExportsTo", "russia")}),
    ("Intel might stop selling chips to Russian customers.", {("intel", "restrictsExportsTo", "russia")}),
    ("Intel resumed shipments to customers in Russia.", {("intel", "restrictsExportsTo", "russia")}),
    ("The European Union lifted its sanctions package against Belarus.", {("european-union", "sanctions", "belarus")}),
    ("China's export ban on gallium to the United States was lifted.",
     {("china", "restrictsExportsTo", "united-states")}),
    # an order to stop exports curbs the exports, it does not sanction the exporter; a company's order is no measure
    ("The Commerce Department ordered TSMC to halt shipments of advanced chips to Chinese customers.",
     {("united-states-department-of-commerce", "sanctions", "tsmc")}),
    ("Nvidia ordered TSMC to stop production.", {("nvidia", "sanctions", "tsmc")}),
    # a wish, a bid or a blocked membership is none
    ("Sweden's NATO membership application stalled.", {("sweden", "memberOf", "nato")}),
    ("Sweden's hopes of NATO membership faded.", {("sweden", "memberOf", "nato")}),
    ("Finland's membership of NATO was blocked.", {("finland", "memberOf", "nato")}),
    ("Megvii is one of the companies not sanctioned by the United States.", {("united-states", "sanctions", "megvii")}),
    ("Turkey is one of the critics of NATO.", {("turkey", "memberOf", "nato")}),
    # hypothetical, negated, lifted or removed measures
    ("Sberbank could face EU sanctions over the war.", {("european-union", "sanctions", "sberbank")}),
    ("Sberbank does not face EU sanctions.", {("european-union", "sanctions", "sberbank")}),
    ("Hikvision is not on the US Entity List.", {("united-states", "sanctions", "hikvision")}),
    ("Hikvision was removed from the US Entity List.", {("united-states", "sanctions", "hikvision")}),
    ("China did not block imports from Lithuania.", {("china", "sanctions", "lithuania")}),
    ("The Commerce Department did not revoke export licences for Huawei.",
     {("united-states-department-of-commerce", "restrictsExportsTo", "huawei")}),
    # a company that stops importing imposes no measure
    ("Tesla halted imports from China because of port delays.", {("tesla", "sanctions", "china")}),
    # a licence granted is neither a curb nor a supply
    ("The Commerce Department granted export licences for Huawei.",
     {("united-states-department-of-commerce", "restrictsExportsTo", "huawei"),
      ("united-states-department-of-commerce", "suppliesTo", "huawei")}),
    ("The Commerce Department revoked export licences for Huawei.",
     {("united-states-department-of-commerce", "suppliesTo", "huawei")}),
    # a colon after a named object lists no targets
    ("The Treasury sanctioned Alfa Systems for three reasons: fraud, theft and Beta Trade's debts.",
     {("united-states-department-of-the-treasury", "sanctions", "beta-trade")}),
]


@pytest.mark.parametrize("text,expected", STATED, ids=[t[:50] for t, _e in STATED])
def test_stated(nlp, text, expected):
    found = triples(nlp, text)
    assert expected <= found, sorted(expected - found)


@pytest.mark.parametrize("text,unwanted", NOT_STATED, ids=[t[:50] for t, _u in NOT_STATED])
def test_not_stated(nlp, text, unwanted):
    assert not (triples(nlp, text) & unwanted)
