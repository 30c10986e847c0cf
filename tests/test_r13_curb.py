"""Sanctions and export curbs as news wire tells them of several targets at once, read by branch r13curb:
``kg/nlp/relations/r13curb.py`` (listings told from the target's side or by what issues them, measures whose
participle names the targets, packages whose verb the parser read as a noun, restrictive measures, a subject the
parser hung on the verb as another part) and small changes elsewhere (an embargo one is under, an embargo on a state,
``Among the firms … were X``, ``A and B, all blacklisted by Z``, no list keeper that is one of those listed). Every
sentence is written for its construction (none comes from a gold file); each positive states the triple it must give
(and the rule when it is this branch's), each negative the triple it must not."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples


STATED = [
    # a listing told from the target's side: a group counted, a participle after the names, a passive reported
    ("Sberbank, VTB and Alfa-Bank were among 61 entities added to the EU's sanctions list on Friday.",
     ("european-union", "sanctions", "alfa-bank"), "r13curb:listed"),
    ("Inspur and Sugon, both placed on the US Entity List in 2019 and 2023, continue to buy Intel chips through "
     "distributors.", ("united-states", "restrictsExportsTo", "sugon"), "r13curb:listed"),
    ("Inspur and Sugon, both placed on the US Entity List in 2019 and 2023, continue to buy Intel chips through "
     "distributors.", ("united-states", "sanctions", "inspur"), "r13curb:listed"),
    ("The European Council said Sberbank and VTB had been added to the list of entities subject to restrictive "
     "measures.", ("european-council", "sanctions", "vtb"), "r13curb:listed"),
    # what issues the listing: a package that is the verb's subject
    ("The EU's latest package, agreed by ambassadors on Wednesday, adds Sberbank, VTB and Alfa-Bank to the bloc's "
     "list of entities subject to an asset freeze.", ("european-union", "sanctions", "sberbank"), "r13curb:listed"),
    # "the list": the list the text named before
    ("Washington keeps an Entity List of firms that need a licence. SMIC, China's largest chipmaker, was placed on "
     "the list by the United States in December.", ("united-states", "restrictsExportsTo", "smic"),
     "r13curb:listed"),
    # a measure whose participle names its targets
    ("The European Union on Friday adopted its 14th package of sanctions against Russia, targeting Sberbank, VTB and "
     "Gazprombank as well as dozens of smaller lenders.", ("european-union", "sanctions", "gazprombank"),
     "r13curb:measure-participle"),
    ("Britain imposed sanctions on Russian lenders on Monday, listing Sberbank and VTB among 14 banks.",
     ("united-kingdom", "sanctions", "vtb"), "r13curb:measure-participle"),
    # a package's verb read as a noun, in a text that spoke of sanctions before
    ("Brussels agreed new sanctions on Russia. The EU's 14th package targets Sberbank, VTB and Gazprombank, "
     "officials said.", ("european-union", "sanctions", "vtb"), "r13curb:package-names"),
    ("The EU's 12th sanctions package names Sberbank and Alfa-Bank.", ("european-union", "sanctions", "alfa-bank"),
     None),
    # restrictive measures
    ("The European Union imposed restrictive measures on Sberbank and VTB.", ("european-union", "sanctions", "vtb"),
     "r13curb:restrictive-measures"),
    # a subject the parser hung on the verb as an adverbial noun
    ("The U.S. Treasury designated Sberbank, VTB and Alfa-Bank, cutting them off from the dollar.",
     ("united-states-department-of-the-treasury", "sanctions", "alfa-bank"), "r13curb:lost-subject:designate"),
    # dealings banned; a target cut off from a payment system (the system restricts its service to it)
    ("The European Union banned transactions with the Central Bank of Russia and froze its reserves.",
     ("european-union", "sanctions", "central-bank-of-russia"), "r13curb:banned-dealings"),
    ("Washington barred American companies from doing business with Huawei and ZTE.", ("united-states", "sanctions",
                                                                                     "zte"), "r13curb:banned-dealings"),
    ("The EU prohibited transactions with Russia's central bank and disconnected seven Russian banks, including VTB, "
     "Bank Otkritie and Sovcombank, from SWIFT.", ("european-union", "sanctions", "sovcombank"),
     "r13curb:cut-from-system:disconnect"),
    ("Russian banks, including Sberbank and VTB, were excluded from SWIFT by the European Union.",
     ("european-union", "sanctions", "vtb"), "r13curb:cut-from-system:exclude"),
    ("Seven Russian banks were excluded from SWIFT, the EU said.", ("swift", "restrictsExportsTo", "russia"),
     "r13curb:cut-from-system:exclude"),
    # a sanctions verb the parser read as an adjective; a body named by the official in front of it
    ("The EU on Friday blacklisted Gazprombank; the United States had done so in November.",
     ("european-union", "sanctions", "gazprombank"), "r13curb:unparsed-verb"),
    ("The EU Council blacklisted Gazprombank and Sovcombank on Friday.",
     ("council-of-the-european-union", "sanctions", "sovcombank"), None),
    # a maker's banned products named by a modifier
    ("The United States barred Huawei and ZTE equipment from its networks.", ("united-states", "sanctions", "zte"),
     None),
    # an inverted passive: the fronted participle names the official's list, package or publication
    ("Also named on the EU's sanctions list were banks such as Sberbank, VTB and Gazprombank.",
     ("european-union", "sanctions", "gazprombank"), "r13curb:inverted-passive"),
    ("The EU adopted new sanctions on Friday. Named in the EU's 14th package were dozens of entities, including "
     "Sberbank, VTB and Gazprombank.", ("european-union", "sanctions", "vtb"), "r13curb:inverted-passive"),
    ("The European Union widened its sanctions. Listed in the bloc's annex are companies such as Sberbank and VTB.",
     ("european-union", "sanctions", "vtb"), "r13curb:inverted-passive"),
    ("Hit by Britain's new measures were dozens of firms, such as Sberbank and VTB, the government said.",
     ("united-kingdom", "sanctions", "sberbank"), "r13curb:inverted-passive"),
    # a licence a flow to a destination needs, from its licensor, the one who requires it or the speaker
    ("The new rule requires exporters to obtain a licence before shipping advanced chips to China, Russia or Iran, "
     "the Commerce Department said.", ("united-states-department-of-commerce", "restrictsExportsTo", "iran"),
     "r13curb:licence-needed"),
    ("Nvidia, AMD and Intel now need a licence from the Commerce Department to sell advanced AI chips to China.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "china"), "r13curb:licence-needed"),
    ("The Commerce Department's rule requires companies to get a licence to export chipmaking tools to SMIC and "
     "YMTC.", ("united-states-department-of-commerce", "restrictsExportsTo", "ymtc"), "r13curb:licence-needed"),
    # a passive with no agent, reported by the official; an export ban one is subject to
    ("Under the rules, exports of advanced chips to China, Russia and Iran are banned, the Commerce Department said.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "iran"), "r13curb:lost-subject:ban"),
    ("Russia, which is subject to an EU export ban on dual-use goods, imports chips through Kazakhstan.",
     ("european-union", "restrictsExportsTo", "russia"), "curb:measure-target"),
    # listed by an official in a text about sanctions; the group a sanctions participle describes
    ("The EU adopted new sanctions on Friday. The firms, including Sberbank and VTB, were listed by the European "
     "Union for supporting Russia's war.", ("european-union", "sanctions", "vtb"), "r13curb:listed-by"),
    ("The list of companies sanctioned by the EU on Friday includes Sberbank, VTB and Alfa-Bank.",
     ("european-union", "sanctions", "alfa-bank"), "r13curb:sanctioned-group"),
    # changes to older rules: an inverted count, a participle after "all", an embargo one is under or on a state
    ("Among the companies sanctioned by the European Union were Sberbank and VTB.",
     ("european-union", "sanctions", "vtb"), "curb:counted-target"),
    ("Sberbank, VTB and Alfa-Bank, all blacklisted by the EU, have turned to UnionPay.",
     ("european-union", "sanctions", "alfa-bank"), None),
    ("Iran, which has been under a US embargo since 1979, buys most of its chips from China.",
     ("united-states", "restrictsExportsTo", "iran"), None),
    ("The embargoes that Washington imposed on Cuba and Venezuela also cover technology.",
     ("united-states", "restrictsExportsTo", "venezuela"), "curb:measure-target"),
]

NOT_STATED = [
    # listings proposed, possible, undone or denied
    ("The EU proposed adding Sberbank and VTB to its sanctions list, diplomats said. Hungary may block the plan.",
     ("european-union", "sanctions", "vtb"), "r13curb:listed"),
    ("Sberbank and VTB could be added to the EU's sanctions list next month.", ("european-union", "sanctions", "vtb"),
     "r13curb:listed"),
    ("Sberbank was removed from the EU's sanctions list on Friday.", ("european-union", "sanctions", "sberbank"), None),
    ("Sberbank and VTB were not added to the EU's sanctions list.", ("european-union", "sanctions", "vtb"), None),
    # a list of another kind; a listing on an exchange
    ("Sberbank and VTB were added to the list of Russia's most valuable brands by Forbes.",
     ("forbes", "sanctions", "vtb"), None),
    ("Gazprombank was added to the list by the European Union in June.", ("european-union", "sanctions", "gazprombank"),
     None),
    # a listing by a body no official: a company's own supplier list
    ("Sberbank and VTB were among 40 banks added to Visa's list of partners in 2021.", ("visa", "sanctions", "vtb"),
     None),
    # a measure lifted, threatened or of aid
    ("The EU lifted its 14th package of sanctions, targeting Sberbank, VTB and Gazprombank.",
     ("european-union", "sanctions", "vtb"), None),
    ("The European Union threatened sanctions on Russia, targeting Sberbank and VTB.",
     ("european-union", "sanctions", "vtb"), None),
    ("The EU agreed an aid package for Ukraine. The EU's aid package targets Naftogaz and Ukrenergo.",
     ("european-union", "sanctions", "naftogaz"), None),
    ("The EU's 14th package could target Sberbank and VTB, officials said, as sanctions talks went on.",
     ("european-union", "sanctions", "vtb"), None),
    # restrictive measures not imposed
    ("The European Union may impose restrictive measures on Sberbank and VTB.", ("european-union", "sanctions", "vtb"),
     None),
    ("The European Union lifted restrictive measures on Sberbank and VTB.", ("european-union", "sanctions", "vtb"),
     None),
    # a verb whose subject the parser lost, but negated; an unofficial one
    ("The U.S. Treasury never designated Sberbank or VTB.", ("united-states-department-of-the-treasury", "sanctions",
                                                              "vtb"), None),
    # the list's keeper named by "its" that is one of those listed
    ("Brussels on Monday added Sberbank and VTB to its sanctions list, citing their role in financing the war.",
     ("vtb", "sanctions", "sberbank"), None),
    # dealings not banned, or banned by a company; a disconnection only possible; a verb read as an adjective
    # with no official before it
    ("The EU did not ban transactions with Gazprombank.", ("european-union", "sanctions", "gazprombank"), None),
    ("Huawei banned transactions with its suppliers in Russia, the company said.", ("huawei", "sanctions", "russia"),
     None),
    ("The EU may disconnect Gazprombank from SWIFT.", ("european-union", "sanctions", "gazprombank"), None),
    ("Russia's blacklisted Gazprombank opened a branch in India.", ("russia", "sanctions", "gazprombank"), None),
    # an inverted passive in a text with no sanctions, or of a measure that may come
    ("Named in the report were Sberbank and VTB, the European Union said.", ("european-union", "sanctions", "vtb"),
     None),
    ("Named in Britain's annual survey of banks were Sberbank and VTB.", ("united-kingdom", "sanctions", "vtb"), None),
    ("The EU discussed sanctions. Named in the EU's draft package could be Sberbank and VTB.",
     ("european-union", "sanctions", "vtb"), None),
    # a licence granted, not needed, or only perhaps to come
    ("Nvidia obtained a licence from the Commerce Department to sell H20 chips to China.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "china"), None),
    ("Nvidia does not need a licence from the Commerce Department to sell its gaming chips to China.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "china"), None),
    ("Exporters may soon need a licence from the Commerce Department to ship chips to Malaysia, officials said.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "malaysia"), None),
    # an export ban is no sanction; a passive reported by someone who is no official, or only perhaps to come
    ("Russia, which is subject to an EU export ban on dual-use goods, imports chips through Kazakhstan.",
     ("european-union", "sanctions", "russia"), None),
    ("Exports of advanced chips to China are banned, Nvidia said.", ("nvidia", "restrictsExportsTo", "china"), None),
    ("Exports of advanced chips to China could be banned, the Commerce Department said.",
     ("united-states-department-of-commerce", "restrictsExportsTo", "china"), None),
    # listed by an exchange, or in a text with no sanctions; a group audited, not sanctioned
    ("Sberbank faces EU sanctions. Its shares were listed by the Moscow Exchange in 1996.",
     ("moscow-exchange", "sanctions", "sberbank"), None),
    ("Sberbank was listed by the EU among Russia's most valuable brands.", ("european-union", "sanctions", "sberbank"),
     None),
    ("Sberbank faces EU sanctions. The list of banks audited by the EU on Friday includes VTB.",
     ("european-union", "sanctions", "vtb"), None),
    # an embargo one never was under
    ("Vietnam, which was never under a US embargo, buys American chips.",
     ("united-states", "restrictsExportsTo", "vietnam"), None),
]


@pytest.mark.parametrize(("text", "triple", "rule"), STATED)
def test_stated(nlp, text, triple, rule):
    found = triples(nlp, text)
    assert triple in found, sorted(found)
    if rule is not None:
        assert rule in found[triple], found[triple]


@pytest.mark.parametrize(("text", "triple", "rule"), NOT_STATED)
def test_not_stated(nlp, text, triple, rule):
    found = triples(nlp, text)
    if rule is None:
        assert triple not in found, found.get(triple)
    else:
        assert rule not in found.get(triple, set()), found.get(triple)
