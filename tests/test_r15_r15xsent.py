"""Reading across sentences (``kg/nlp/relations/r15xsent.py``): a plural description in a verb's object does not
take in that verb's doers, and names after a group of one country's companies are that country's. Sentences written
for this test, none from a gold file."""

from __future__ import annotations

import pytest

from rule_runs import evidence_rules as triples

DISJOINT = [
    # "the two companies" is not the supplier named just before it
    ("The ministry gave Samsung Electronics and SK Hynix a one-year reprieve. Applied Materials supplies equipment "
     "to the two companies.",
     [("applied-materials", "suppliesTo", "samsung-electronics"), ("applied-materials", "suppliesTo", "sk-hynix")]),
    ("Samsung Electronics and SK Hynix won a one-year reprieve. Applied Materials supplies equipment to both "
     "companies.",
     [("applied-materials", "suppliesTo", "samsung-electronics"), ("applied-materials", "suppliesTo", "sk-hynix")]),
]


KEPT = [
    # a pair inside another noun's phrase is no object of the clause's verb: the linker's reading stands
    ("The signing of the memorandum between Nokia and Telecom Egypt, which sets up a strategic partnership between "
     "the two firms in cloud services, took place in Cairo.", ("nokia", "cooperatesWith", "telecom-egypt")),
]


@pytest.mark.parametrize("text,expected", KEPT)
def test_group_inside_a_noun_phrase_is_kept(nlp, text, expected):
    """``a partnership between the two firms`` in a clause whose doer is one of them still means both."""
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text,expected", DISJOINT)
def test_group_in_object_leaves_out_the_doer(nlp, text, expected):
    """``A supplies the two companies`` after ``B and C``: A supplies B and C."""
    found = triples(nlp, text)
    for triple in expected:
        assert triple in found


def test_unresolved_they_is_the_list_before(nlp):
    """``… such as A and B … they supply tools to the two groups' fabs``: the groups are the pair before A and B."""
    from rule_runs import prepared

    from kg.nlp.relations import resolve_plural_pronouns
    from kg.nlp.relations.carry import carry_references
    from kg.nlp.relations.context import DocContext
    from kg.nlp.relations.r15xsent import revise_disjoint_groups

    doc = prepared(nlp, "The ministry gave Samsung Electronics and SK Hynix a reprieve. The rule spares toolmakers "
                        "such as Applied Materials and KLA from seeking a licence each time they supply tools to "
                        "the two groups' fabs.")
    ext = nlp.get_pipe("kg_relations")
    ctx = DocContext(doc, ext.lexicon, ext.leaders, ext.parents)
    resolve_plural_pronouns(doc, ctx)
    carry_references(doc, ctx)
    revise_disjoint_groups(doc, ctx)
    groups = next(t for t in doc if t.lower_ == "groups")
    they = next(t for t in doc if t.lower_ == "they")
    assert ctx.refs.get(groups.i) == ["samsung-electronics", "sk-hynix"]
    assert sorted(ctx.plural_refs.get(they.i, [])) == ["applied-materials", "kla"]


def test_they_and_the_group_give_the_supply(nlp):
    """The clause then reads as A and B supplying the pair before them."""
    found = triples(nlp, "The ministry gave Samsung Electronics and SK Hynix a reprieve. The rule spares toolmakers "
                         "such as Applied Materials and KLA from seeking a licence each time they supply tools to "
                         "the two groups' fabs.")
    assert ("kla", "suppliesTo", "samsung-electronics") in found
    # the fabs are the two groups', not China's: "Chinese" names where they are, not who receives
    assert ("kla", "suppliesTo", "china") not in found


def test_unowned_recipient_is_still_its_country(nlp):
    """``to Russian corporate customers``: with no owner, the recipient is its country (``slot_preposition``)."""
    assert ("nokia", "suppliesTo", "russia") in triples(nlp, "Nokia will sell radios to Russian corporate customers.")


NATIONAL = [
    ("Contracts of this kind have become rare for Chinese suppliers. Britain last year barred its carriers from "
     "buying gear from Huawei and ZTE.", [("huawei", "basedIn", "china"), ("zte", "basedIn", "china")]),
    ("Other Chinese carmakers are circling too. Great Wall Motor is in talks with TOGG about a joint plant.",
     [("great-wall-motor", "basedIn", "china")]),
    # "the only Chinese company" is a group, not a reference back
    ("Megvii is far from the only Chinese company selling security technology in Africa. ZTE has built a network "
     "that the Ethiopian government uses, and Hikvision has opened an office in Lagos.",
     [("zte", "basedIn", "china"), ("hikvision", "basedIn", "china")]),
    # a sentence opening with "among" lists the group
    ("Transfers are being turned away by a growing number of Chinese banks. Among the lenders that stopped are "
     "Hanshan Rural Bank and Velmora Trust.", [("hanshan-rural-bank", "basedIn", "china")]),
    # a counted group reaches the two sentences after it
    ("The case lands awkwardly for Vinacomin's two Australian partners. Lynas Rare Earths signed a binding "
     "agreement in April to buy oxides from the company. Blackstone Minerals, which signed a cooperation deal with "
     "Vinacomin in July, agreed to team up with it.",
     [("lynas-rare-earths", "basedIn", "australia"), ("blackstone-minerals", "basedIn", "australia")]),
]

NOT_NATIONAL = [
    # the gazetteer gives Nokia another country: a group of Chinese companies before says nothing of it
    ("Chinese companies have lost ground in Europe. Nokia won the contract in Finland.",
     ("nokia", "basedIn", "china")),
    # an organisation the gazetteer does not place, named but not the next sentence's subject
    ("Chinese vendors have lost ground. The regulator fined Velmora Systems last week.",
     ("velmora-systems", "basedIn", "china")),
    # a description of one name is no group
    ("SenseTime, the Chinese facial-recognition company, was founded in 2014. Its models power features in the "
     "office software of Kingsoft.", ("kingsoft", "basedIn", "china")),
    # a group that is not what its sentence is about leaves an unplaced subject after it alone
    ("The app had wiped billions off the value of US technology groups. The Garante has been here before.",
     ("garante", "basedIn", "united-states")),
]


@pytest.mark.parametrize("text,expected", NATIONAL)
def test_names_after_a_national_group_are_based_there(nlp, text, expected):
    """``… for Chinese suppliers. … Huawei and ZTE``: both based in China."""
    found = triples(nlp, text)
    for triple in expected:
        assert triple in found


@pytest.mark.parametrize("text,absent", NOT_NATIONAL)
def test_other_names_after_a_national_group_are_not(nlp, text, absent):
    """A name of another country, or an unplaced name that is no subject, gets no basedIn from the group."""
    assert absent not in triples(nlp, text)


TITLE_BODIES = [
    ("The regulator said on Friday it would stop approving gear from Hikvision, said FCC Chairwoman Jessica "
     "Rosenworcel. Commissioner Geoffrey Starks, who had asked for the step, said it closed a loophole.",
     [("geoffrey-starks", "worksFor", "federal-communications-commission")]),
    ("The Supreme Court upheld the law on Friday. Justices Elena Kagan and Samuel Alito each wrote a short opinion.",
     [("elena-kagan", "worksFor", "supreme-court"), ("samuel-alito", "worksFor", "supreme-court")]),
    # the court named further back, then referred to: the resolved description counts
    ("The Supreme Court upheld the law on Friday. The judges heard the case in January. Congress had passed the act "
     "in April. \"The law is valid,\" the court wrote. Justices Elena Kagan and Samuel Alito each wrote a short "
     "opinion.", [("elena-kagan", "worksFor", "supreme-court")]),
    ("The memorandum was signed by Maros Sefcovic, the European commissioner for trade, and Chile's foreign minister. "
     "European Commission President Ursula von der Leyen looked on.",
     [("maros-sefcovic", "worksFor", "european-commission")]),
]

NOT_TITLE_BODIES = [
    # two commissions around the title: it does not say which
    ("The European Commission and the Federal Trade Commission met in Brussels. Commissioner Rohit Chopra spoke "
     "first.", ("rohit-chopra", "worksFor", "european-commission")),
]


@pytest.mark.parametrize("text,expected", TITLE_BODIES)
def test_title_names_its_body(nlp, text, expected):
    """``Commissioner X`` after the commission, ``Justices X and Y`` after the court."""
    found = triples(nlp, text)
    for triple in expected:
        assert triple in found


@pytest.mark.parametrize("text,absent", NOT_TITLE_BODIES)
def test_title_with_two_bodies_says_nothing(nlp, text, absent):
    """Two organisations of the title's kind around it: this rule chooses none (the bare-title rule of
    ``xsent.py`` reads the subject before on its own)."""
    found = triples(nlp, text)
    assert "r15xsent:title-body" not in found.get(absent, set())
