"""How news in general words cooperation, agreements, sanctions, membership, employment and investment (branch
r12lex): trigger words added to ``data/lexicon/triggers.json`` and ``structure.json``, and the constructions of
``kg/nlp/relations/r12lex.py`` (word lists ``r12lex_*`` in ``data/lexicon/cooperation.json``). Every sentence is
written for its wording (none comes from a gold file); each positive names the triple it must give, each negative
the triple it must not give."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples
from rule_runs import rules_by_triple


SYMMETRIC = {"cooperatesWith", "agreementWith", "jointVentureWith", "competesWith"}


def found(got: dict[tuple[str, str, str], set[str]], triple: tuple[str, str, str]) -> set[str] | None:
    """The rules of ``triple`` (either direction for a symmetric predicate), or None."""
    s, p, o = triple
    if triple in got:
        return got[triple]
    return got.get((o, p, s)) if p in SYMMETRIC else None


# words added to the trigger and structure lexicons: the rule that must read each
LEXICON = [
    # "work hand in hand (with)", "joined with X", "linked up with", "banded together", "pooled resources"
    ("IBM and Rapidus are working hand in hand on advanced chips.", ("ibm", "cooperatesWith", "rapidus"),
     "verb:work"),
    ("Airbus joined with Thales to build satellites.", ("airbus", "cooperatesWith", "thales"), "verb:join"),
    ("Nvidia has linked up with Foxconn to build servers.", ("nvidia", "cooperatesWith", "foxconn"), "verb:link"),
    ("Toyota and Panasonic banded together to make batteries.", ("toyota", "cooperatesWith", "panasonic"),
     "verb:band"),
    ("Toyota and Panasonic pooled their resources in batteries.", ("toyota", "cooperatesWith", "panasonic"),
     "verb:pool"),
    # nouns of cooperation: a team-up, a co-production, joint drills
    ("Nokia announced a team-up with Ericsson on 6G.", ("nokia", "cooperatesWith", "ericsson"), "noun:team-up"),
    ("Embraer signed a co-production deal with Saab.", ("embraer", "cooperatesWith", "saab"), "noun:co-production"),
    ("Japan held drills with India in the Pacific.", ("japan", "cooperatesWith", "india"), "noun:drills"),
    ("India and France staged joint exercises off Goa.", ("india", "cooperatesWith", "france"), "noun:exercises"),
    # nouns of agreements: an arrangement, a framework, an understanding, a memorandum of cooperation
    ("China and Argentina renewed a currency swap arrangement.", ("china", "agreementWith", "argentina"),
     "noun:arrangement"),
    ("India and the United States signed off on a framework for critical minerals.",
     ("india", "agreementWith", "united-states"), "noun:framework"),
    ("Japan reached an understanding with Australia on hydrogen.", ("japan", "agreementWith", "australia"),
     "noun:understanding"),
    ("Vietnam signed an MoC with Japan on semiconductors.", ("vietnam", "agreementWith", "japan"), "noun:moc"),
    # sanctions: measures against, designations of
    ("Canada announced punitive measures against Rostec.", ("canada", "sanctions", "rostec"), "noun:measures"),
    # investment: shares or equity in
    ("Alibaba holds shares in Zhipu AI.", ("alibaba-group", "investsIn", "zhipu-ai"), "noun:shares"),
    # money landed or accepted from an investor or lender
    ("Mistral landed $600 million from Nvidia and Microsoft.", ("nvidia", "investsIn", "mistral-ai"), "verb:land"),
    ("Kenya accepted a $3 billion loan from China.", ("china", "investsIn", "kenya"), "verb:accept"),
    ("Nvidia bought into Mistral last year.", ("nvidia", "investsIn", "mistral-ai"), "verb:buy"),
    # membership: welcomed into a body
    ("Ethiopia was welcomed into BRICS in 2024.", ("ethiopia", "memberOf", "brics"), "member:welcome"),
    # role nouns: allies, collaborators, funders, providers, contractors
    ("Turkey and Azerbaijan are close allies.", ("turkey", "cooperatesWith", "azerbaijan"), "role:allies"),
    ("Fraunhofer is a long-time collaborator of Imec.", ("fraunhofer", "cooperatesWith", "imec"),
     "role:collaborator"),
    ("Ericsson is a key provider for Vodafone.", ("ericsson", "suppliesTo", "vodafone"), "role:provider"),
    ("Lockheed Martin is the largest contractor for the Pentagon.",
     ("lockheed-martin", "suppliesTo", "united-states-department-of-defense"), "role:contractor"),
    ("The Gates Foundation is the biggest funder of Gavi.", ("gates-foundation", "investsIn", "gavi"),
     "role:funder"),
    # cooperation nouns: one's work with another, engagement with a bloc
    ("Telkomsel's work with Huawei on 5G began in 2019.", ("telkomsel", "cooperatesWith", "huawei"), "noun:work"),
    ("India has deepened engagement with ASEAN.", ("india", "cooperatesWith", "asean"), "noun:engagement"),
    # staff titles
    ("Anna Petrova, a strategist at Sberbank, expects cuts.", ("anna-petrova", "worksFor", "sberbank"), None),
]

# the constructions of kg/nlp/relations/r12lex.py
RULES = [
    ("Airbus opened a joint lab with Thales in Toulouse.", ("airbus", "cooperatesWith", "thales"),
     "r12lex:joint-lab-with"),
    ("Egypt's joint study with Rosatom looked at small reactors.", ("egypt", "cooperatesWith", "rosatom"),
     "r12lex:joint-study-with"),
    ("Washington tightened sanctions against Rosneft.", ("united-states", "sanctions", "rosneft"),
     "r12lex:toughened-tighten"),
    ("Britain ratcheted up sanctions on Gazprom Neft.", ("united-kingdom", "sanctions", "gazprom-neft"), None),
    ("BRICS admitted Iran and Egypt.", ("iran", "memberOf", "brics"), "r12lex:admitted-admit"),
    ("BRICS admitted Iran and Egypt.", ("egypt", "memberOf", "brics"), "r12lex:admitted-admit"),
    ("Brazil, Russia, India and China make up BRICS.", ("india", "memberOf", "brics"), "r12lex:founded-make"),
    ("The United States formed AUKUS with Britain and Australia.", ("australia", "memberOf", "aukus"),
     "r12lex:founded-form"),
    ("Sberbank and Alibaba are working on a joint project.", ("sberbank", "cooperatesWith", "alibaba-group"),
     "r12lex:joint-project"),
    ("Saudi Arabia has grown closer to China in recent years.", ("saudi-arabia", "cooperatesWith", "china"),
     "r12lex:closer-grow"),
    ("Japan and the Philippines are drawing closer on defence.", ("japan", "cooperatesWith", "philippines"),
     "r12lex:closer-draw"),
    ("Officials said India and Japan would work more closely on semiconductors.",
     ("india", "cooperatesWith", "japan"), "r12lex:closely-work"),
    ("Britain's sanctions list now includes Rosneft.", ("united-kingdom", "sanctions", "rosneft"),
     "r12lex:sanctions-include"),
    ("The EU targeted Rosneft in its latest sanctions.", ("european-union", "sanctions", "rosneft"),
     "r12lex:sanctions-target"),
    ("The EU has listed Rosneft under its sanctions regime.", ("european-union", "sanctions", "rosneft"),
     "r12lex:sanctions-list"),
    ("The trilateral partnership of Japan, South Korea and the United States covers chips.",
     ("south-korea", "cooperatesWith", "united-states"), "r12lex:partnership-of"),
    ("Australia, Britain and the United States will share submarine technology.",
     ("australia", "cooperatesWith", "united-kingdom"), "r12lex:shared-among"),
    ("The United States, Japan and Australia will together fund a cable to Palau.",
     ("japan", "cooperatesWith", "australia"), "verb:fund"),
    ("TSMC manufactures chips for Nvidia.", ("tsmc", "suppliesTo", "nvidia"), "r12lex:noun-read-verb:manufacture"),
    ("India imports most of its oil from Russia.", ("russia", "suppliesTo", "india"),
     "r12lex:noun-read-verb:import"),
    ("US sanctions Chinese chipmaker SMIC", ("united-states", "sanctions", "smic"),
     "r12lex:noun-read-verb:sanction"),
    ("Britain sanctions Russian lender VTB", ("united-kingdom", "sanctions", "vtb"), "r12lex:noun-read-verb:sanction"),
    ("ASML ships first EUV machine to Intel", ("asml", "suppliesTo", "intel"), "r12lex:noun-read-verb:ship"),
    ("As a member of NATO, Turkey must defend its allies.", ("turkey", "memberOf", "nato"), "r12lex:as-member"),
    ("Turkey, as a NATO member, bought Russian missiles.", ("turkey", "memberOf", "nato"), "r12lex:as-member"),
    ("The Quad, comprising India, Japan, Australia and the United States, met in Delhi.",
     ("australia", "memberOf", "quad"), "r12lex:comprising-comprise"),
    ("Li Wei, who joined Huawei in 2015, designs chips.", ("li-wei", "worksFor", "huawei"), "r12lex:join-employer"),
    ("Huawei hired Li Wei last year.", ("li-wei", "worksFor", "huawei"), "r12lex:hire-employer"),
    ("Li Wei was recruited by Huawei in 2019.", ("li-wei", "worksFor", "huawei"), "r12lex:recruit-employer"),
    ("Li Wei, an adviser to Huawei, spoke.", ("li-wei", "worksFor", "huawei"), "r12lex:staff-adviser"),
    ("Vietnam and Japan signed a joint declaration on semiconductors.", ("vietnam", "agreementWith", "japan"),
     "r12lex:joint-declaration"),
    ("India issued a joint statement with France.", ("india", "agreementWith", "france"), "r12lex:joint-statement"),
    ("John Smith, an analyst with Morgan Stanley, expects growth.", ("john-smith", "worksFor", "morgan-stanley"),
     "r12lex:staff-analyst"),
    ("Kim Min-soo, an executive with Samsung, said the plant would open.",
     ("kim-min-soo", "worksFor", "samsung-electronics"), "r12lex:staff-executive"),
    ("Maria Lopez is a senior economist with the IMF.", ("maria-lopez", "worksFor", "international-monetary-fund"),
     "r12lex:staff-economist"),
]

NOT_FOUND = [
    # negated, or no partner: a joint statement is read by its own rule, a joint venture is a venture
    ("Airbus did not open a joint lab with Thales.", ("airbus", "cooperatesWith", "thales")),
    ("Airbus formed a joint venture with Thales.", ("airbus", "cooperatesWith", "thales")),
    # sanctions not tightened; export controls tightened are no sanctions
    ("The EU did not tighten sanctions on Alrosa.", ("european-union", "sanctions", "alrosa")),
    ("Washington tightened export controls on Huawei.", ("united-states", "sanctions", "huawei")),
    # a body that welcomes a decision, or admits a fact, takes in no member
    ("NATO welcomed Finland's decision.", ("finland", "memberOf", "nato")),
    ("BRICS admitted that Iran had applied.", ("iran", "memberOf", "brics")),
    # founders named by a description only: no member by name
    ("Kenya and Chile joined the talks. The partners formed the Minerals Security Partnership Forum.",
     ("kenya", "memberOf", "minerals-security-partnership-forum")),
    # no party draws closer by a group's name, nor when it does not; working closely with someone is the
    # trigger rules', not mutual among the subjects
    ("Russian troops moved closer to Kyiv.", ("russia", "cooperatesWith", "ukraine")),
    ("Saudi Arabia has not grown closer to China.", ("saudi-arabia", "cooperatesWith", "china")),
    ("Huawei and its suppliers are working on a joint project.", ("huawei", "cooperatesWith", "huawei")),
    ("USTDA presents the grant to Palau as a joint effort by Japan and India.",
     ("japan", "cooperatesWith", "us-trade-and-development-agency")),
    # no sharing denied, nor a border shared; one funder alone; an alliance of a group, not of names
    ("Australia, Britain and the United States will not share submarine technology.",
     ("australia", "cooperatesWith", "united-kingdom")),
    ("Australia and Britain share a border.", ("australia", "cooperatesWith", "united-kingdom")),
    ("Japan and Australia will fund the cable and Palau will run it.", ("japan", "cooperatesWith", "palau")),
    ("An alliance of chipmakers, including Intel and Samsung, lobbied Congress.",
     ("intel", "cooperatesWith", "samsung-electronics")),
    # goods bought from a maker are no stake in it
    ("Huawei bought chips from TSMC.", ("huawei", "investsIn", "tsmc")),
    # a contract landed is no money
    ("Huawei landed a contract from Telkomsel.", ("telkomsel", "investsIn", "huawei")),
    # a member no longer, or only wished to be
    ("Britain, as a former EU member, still trades with France.", ("united-kingdom", "memberOf", "european-union")),
    ("Ukraine wants to join as a member of NATO.", ("ukraine", "memberOf", "nato")),
    # hired as a head, a join denied or only possible
    ("Huawei hired Li Wei as its chief executive.", ("li-wei", "worksFor", "huawei")),
    ("Li Wei did not join Huawei.", ("li-wei", "worksFor", "huawei")),
    ("Li Wei may join Huawei.", ("li-wei", "worksFor", "huawei")),
    # statements of each party's own, and a declaration not signed
    ("India and France issued statements on the war.", ("india", "agreementWith", "france")),
    ("Vietnam and Japan did not sign a joint declaration.", ("vietnam", "agreementWith", "japan")),
    # a list or package that is no sanctions; a target not hit
    ("Britain's shopping list now includes Rosneft.", ("united-kingdom", "sanctions", "rosneft")),
    ("The EU's package of reforms includes Rosneft.", ("european-union", "sanctions", "rosneft")),
    ("The EU did not target Rosneft in its latest sanctions.", ("european-union", "sanctions", "rosneft")),
    ("The EU targeted Rosneft in its latest review.", ("european-union", "sanctions", "rosneft")),
    # a bank that is the country's biggest lender is based there, not an investor in it
    ("Russia's biggest lender, Sberbank, released a chatbot.", ("sberbank", "investsIn", "russia")),
    # a head is no mere employee
    ("Jensen Huang, the chief executive at Nvidia, spoke.", ("jensen-huang", "worksFor", "nvidia")),
    # a collaboration with no partner named, and an expert with experience
    ("Sara Jones, an expert with long experience, joined the board.", ("sara-jones", "worksFor", "board")),
]


@pytest.mark.parametrize("text, triple, rule", LEXICON + RULES)
def test_stated(nlp, text, triple, rule):
    got = rules_by_triple(nlp, text)  # every rule that found it, not only the most confident one's evidence
    rules = found(got, triple)
    assert rules is not None, (triple, sorted(got))
    if rule is not None:
        assert rule in rules, (rule, rules)


@pytest.mark.parametrize("text, triple", NOT_FOUND)
def test_not_stated(nlp, text, triple):
    assert found(triples(nlp, text), triple) is None


def test_staff_rule_keeps_the_head(nlp):
    """``the chief executive at Nvidia`` stays its leader (the title rules'), not an employee of it."""
    got = triples(nlp, "Jensen Huang, the chief executive at Nvidia, spoke.")
    assert ("jensen-huang", "leaderOf", "nvidia") in got
    assert ("jensen-huang", "worksFor", "nvidia") not in got


# found, if at all, by other rules than the one named: a noun that is a noun, a headline's state
NOT_BY_RULE = [
    ("China exports to Russia rose in March.", ("china", "suppliesTo", "russia"), "r12lex:noun-read-verb:export"),
    ("US sanctions, the toughest yet, hit Russian banks.", ("united-states", "sanctions", "russia"),
     "r12lex:noun-read-verb:sanction"),
    ("UK orders Nexperia to sell its stake in the plant.", ("united-kingdom", "directs", "nexperia"),
     "r12lex:noun-read-verb:order"),
]


@pytest.mark.parametrize("text, triple, rule", NOT_BY_RULE)
def test_not_by_rule(nlp, text, triple, rule):
    assert rule not in (found(triples(nlp, text), triple) or set())
