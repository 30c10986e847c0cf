"""References back resolved for every rule (kg/nlp/relations/named_refs.py, carry.py, carry_rules.py): a
description that repeats a word of a name (``the ministry``, ``the Wuxi institute``), a counted description (``the
three companies``; ``the two companies``: the pair the sentence before was about), ``X and its …`` / ``neither the company nor its …``, and a title after a possessive that refers
back (``Its chief executive X``). Every text is written for its construction, not taken from a gold file; the
negatives assert that the wrong antecedent gives no relation."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import entities, relations


def labelled(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    ents = entities(doc)
    return {(ents[r.subject].label, r.predicate, ents[r.object].label) for r in relations(doc)}


INCLUDED = [
    # "the ministry" is the Ministry named in an earlier sentence, not the government named in between
    ("The Ministry of Digital Affairs of Japan met officials from Microsoft. The Government of Japan praised the "
     "talks. The ministry later signed an agreement with Google.",
     ("Google", "agreementWith", "Ministry of Digital Affairs of Japan")),
    # a proper modifier of a description is a word of the name it refers to
    ("The Wuxi Jiangnan Institute of Computing Technology designs processors. Officials at the Commerce Department "
     "met on Monday. The Wuxi institute is owned by the 56th Research Institute of the General Staff.",
     ("Wuxi Jiangnan Institute of Computing Technology", "partOf", "56th Research Institute of the General Staff")),
    # "the two companies": the subject of the sentence before and the other company its clause names
    ("Siemens signed a supply contract with Alstom on Monday. Alstom will install the systems on trains built by "
     "Siemens, making it the first customer after Hitachi to use them. The two companies also plan to build a "
     "factory together.", ("Alstom", "cooperatesWith", "Siemens")),
    # "the country" is the country the text names, not one that only modified a noun in between ("Chinese")
    ("Egypt will host the first cloud platform that Chinese telecoms giant Huawei operates in Africa, the country's "
     "Ministry of Communications said.", ("Ministry of Communications", "basedIn", "Egypt")),
    # an "its" in a clause the object of "bar ... from" / "order ... to" does is the object's
    ("The United States has barred Kaspersky Lab from selling its antivirus software to American customers.",
     ("Kaspersky Lab", "focusesOn", "antivirus software")),
    ("Washington sent letters to Nvidia and AMD last year. The letters forced both companies to stop selling their "
     "top AI chips to China.", ("AMD", "focusesOn", "semiconductors")),
    # a ranked description with a country's possessive and no name beside it refers back
    ("Washington put SMIC on a trade blacklist on Friday. China's largest chipmaker said it would keep supplying "
     "Huawei.", ("SMIC", "suppliesTo", "Huawei")),
    # "the three companies": the last list of exactly three
    ("Applied Materials, Lam Research and KLA reported results on Monday. The three companies signed an agreement "
     "with Tokyo Electron.", ("KLA Corporation", "agreementWith", "Tokyo Electron")),
    # a title after "its" or after a description's possessive
    ("Rakuten Mobile opened a laboratory in Tokyo. Its chief executive Tareq Amin said the site would test radios.",
     ("Tareq Amin", "leaderOf", "Rakuten Mobile")),
    ("Nexperia lost the appeal on Friday. The company's chief financial officer Stefan Tilger declined to comment.",
     ("Stefan Tilger", "worksFor", "Nexperia")),
    # "X and its …": the possessive is the conjunct's, not the subject's
    ("The Federal Communications Commission met on Monday. Regulators praised Rostelecom and its chief executive "
     "Mikhail Oseevsky.", ("Mikhail Oseevsky", "leaderOf", "Rostelecom")),
    ("The Treasury blacklisted twelve executives of Kaspersky Lab on Friday. Neither the company nor its founder "
     "and chief executive, Eugene Kaspersky, was sanctioned.", ("Eugene Kaspersky", "leaderOf", "Kaspersky Lab")),
]


@pytest.mark.parametrize("text, expected", INCLUDED, ids=[t[:40] for t, _ in INCLUDED])
def test_reference_gives_relation(nlp, text, expected):
    assert expected in labelled(nlp, text)


EXCLUDED = [
    # a count that does not match the list: no antecedent
    ("Applied Materials and Lam Research reported results on Monday. The three companies signed an agreement with "
     "Tokyo Electron.", {("Applied Materials", "agreementWith", "Tokyo Electron"),
                         ("Lam Research", "agreementWith", "Tokyo Electron")}),
    # ... and not the last two names said
    ("Siemens signed a supply contract with Alstom on Monday. Alstom will install the systems on trains built by "
     "Siemens, making it the first customer after Hitachi to use them. The two companies also plan to build a "
     "factory together.", {("Alstom", "cooperatesWith", "Hitachi"), ("Hitachi", "cooperatesWith", "Alstom")}),
    # ... but a country's government stands for it, and a possessive that owns the phrase does not
    ("Kenya hosted the talks. The Serbian government sent a delegation, and the country will buy radars from Thales.",
     {("Thales Group", "suppliesTo", "Kenya")}),
    ("Nigeria's government reached an agreement with China's Mutual Commitment Group, which is to assemble tricycles "
     "in the country and supply them to the Nigerian army.", {("Mutual Commitment Group", "investsIn", "China")}),
    # the main subject's "its" when the clause is the subject's own doing
    ("The United States has barred Kaspersky Lab from selling its antivirus software to American customers.",
     {("United States", "focusesOn", "antivirus software")}),
    # ... not a firm of another country, nor "the world's largest …", which may be any firm named before
    ("Washington put Nvidia on notice on Friday. China's largest chipmaker said it would keep supplying Huawei.",
     {("Nvidia", "suppliesTo", "Huawei")}),
    ("Washington put SMIC on a trade blacklist on Friday. The world's largest chipmaker said it would keep supplying "
     "Huawei.", {("SMIC", "suppliesTo", "Huawei")}),
    # a unit with its own noun modifier is no reference to the ministry named before
    ("The Ministry of Climate of Estonia published a plan. Mari Tamm, head of the mineral resources department at "
     "the agency, presented it.", {("Mari Tamm", "leaderOf", "Ministry of Climate")}),
    # an unnamed "a ... fund" in between: "the fund" is that new fund, not the one named before
    ("The Russian Direct Investment Fund met investors in Dubai. It announced a new fund for Gulf projects. VEB "
     "will serve as the fund's partner.", {("Russian Direct Investment Fund", "cooperatesWith", "VEB")}),
]


@pytest.mark.parametrize("text, wrong", EXCLUDED, ids=[t[:40] for t, _ in EXCLUDED])
def test_wrong_antecedent_gives_nothing(nlp, text, wrong):
    assert not (wrong & labelled(nlp, text))
