"""Relations across sentences (kg/nlp/relations/xsent.py): a body whose canonical name says its country is based
there when the document names that country anywhere, and an office handed on from a predecessor to a successor.
Every text is written for its construction, not taken from a gold file; the negatives check that a pronoun that
refers to someone else, a person who never held the office, or a country the text never names gives nothing."""

from __future__ import annotations

import pytest

from kg.nlp.extensions import entities, relations


def labelled(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    ents = entities(doc)
    return {(ents[r.subject].label, r.predicate, ents[r.object].label) for r in relations(doc)}


INCLUDED = [
    ("Estonia will buy radars. Defence Minister Mart Kask met Finland and Latvia in Tallinn.",
     ("Mart Kask", "worksFor", "Estonia")),
    # the canonical name of "the Pentagon" says its country, named two sentences later
    ("The Pentagon said on Monday that it would fund a magnet plant in Texas. Officials did not say how much. The "
     "United States imports most of its magnets.",
     ("United States Department of Defense", "basedIn", "United States")),
    # "Government of X": the country is named only before, in another sentence
    ("Hungary has bought gas from Gazprom for years. Officials in Budapest said the government would extend the "
     "deal.", ("Government of Hungary", "basedIn", "Hungary")),
    # "his successor, X": the person named after the noun heads what the possessor headed
    ("Yury Borisov, then head of Roscosmos, said the plan was ready. His successor, Dmitry Bakanov, said in April "
     "that more countries had joined.", ("Dmitry Bakanov", "leaderOf", "Roscosmos")),
    # "his predecessor X" inside a relative clause
    ("Alexander Gerst, the chief executive of Airbus, said orders were strong. His predecessor, Tom Enders, had "
     "warned of delays.", ("Tom Enders", "leaderOf", "Airbus")),
    ("Prime Minister Rishi Sunak of Britain, whose plan had been attacked by his predecessor Liz Truss, called the "
     "accord a landmark.", ("Liz Truss", "leaderOf", "United Kingdom")),
    # "its" after a description that was a subject: the description's referent, not an older subject
    ("The Treasury imposed sanctions on the Presidency of Defense Industries on Monday. The agency said it would "
     "appeal. Mehmet Oz, its vice president, called the move unfair.",
     ("Mehmet Oz", "worksFor", "Presidency of Defence Industries")),
    # an official the gazetteer does not know serves the country the sentence names as an actor ...
    ("Foreign Minister Arvo Tamm said joining the club would let Estonia attract more investment.",
     ("Arvo Tamm", "worksFor", "Estonia")),
    # ... or, when it names none, the country that was the subject of the sentence before
    ("Hungary says it will keep buying gas from Gazprom. Foreign Minister Bence Tarkanyi said on Sunday that the "
     "decision was final.", ("Bence Tarkanyi", "worksFor", "Hungary")),
    ("Zimbabwe has signed a deal with CloudWalk. The agreement came weeks after President Tendai Moyo travelled "
     "to Beijing.", ("Tendai Moyo", "leaderOf", "Zimbabwe")),
    # "his Russian counterpart": a minister's counterpart is a minister of that country, not its leader
    ("India's defence minister, Rajnath Singh, met his Russian counterpart, Andrey Belousov, in Qingdao.",
     ("Andrei Belousov", "worksFor", "Russia")),
    # a bare company title in a sentence that names no organisation: the company the text is about
    ("Rheinmetall will build a tank plant in Ukraine, the company said. \"We start next year,\" chief executive "
     "Armin Papperger said.", ("Armin Papperger", "leaderOf", "Rheinmetall")),
    ("Rheinmetall will build a tank plant in Ukraine. Chief financial officer Dagmar Steinert said costs were "
     "under control.", ("Dagmar Steinert", "worksFor", "Rheinmetall")),
    # in a sentence that names organisations, the one that is a subject before the bare title
    ("The Kremlin rejected the claims on Monday: spokesman Dmitry Peskov said the terminals were not certified.",
     ("Dmitry Peskov", "worksFor", "Kremlin")),
    # "led by" / "run by" coordinated with another participle takes that participle's subject
    ("Amazon invested $4 billion in Anthropic. The start-up, founded in 2021 and led by chief executive Dario "
     "Amodei, sells its models to banks.", ("Dario Amodei", "leaderOf", "Anthropic")),
    ("MiniMax was founded in 2021 and is run by Yan Junjie, a former engineer.", ("Yan Junjie", "leaderOf",
                                                                                  "MiniMax")),
    # a title a copula or a naming verb gives its subject, owned through a reference back or "of"/"at"
    ("Anthropic was founded in 2021. Dario Amodei is the company's chief executive.",
     ("Dario Amodei", "leaderOf", "Anthropic")),
    ("Samsung Electronics reported strong results. Han Jong-hee became its chief executive in 2022.",
     ("Han Jong-hee", "leaderOf", "Samsung Electronics")),
    ("Dario Amodei was named chief executive of Anthropic last year.", ("Dario Amodei", "leaderOf", "Anthropic")),
    ("Jane Fraser, who is a vice president at Citigroup, spoke first.", ("Jane Fraser", "worksFor", "Citigroup")),
    ("Indonesia held elections in February. Gibran Rakabuming won the vote to become the country's next vice "
     "president.", ("Gibran Rakabuming", "worksFor", "Indonesia")),
    # "A, who replaced B": B held the office A's title gives
    ("Zimbabwean President Emmerson Mnangagwa, who replaced Robert Mugabe in November, travelled to Beijing.",
     ("Robert Mugabe", "leaderOf", "Zimbabwe")),
]


@pytest.mark.parametrize(("text", "triple"), INCLUDED)
def test_relation_across_sentences(nlp, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in labelled(nlp, text)


EXCLUDED = [
    # no country named in the text: the canonical name alone adds nothing
    ("The Pentagon said on Monday that it would fund a magnet plant. Officials did not say how much.",
     ("United States Department of Defense", "basedIn", "United States")),
    # the named predecessor takes the possessor's office, not the other way round
    ("Wang Lei chaired the China Satellite Navigation Committee for years. Yury Borisov, the director general of "
     "Roscosmos, praised the work. In July his predecessor, Dmitry Rogozin, had visited Beijing.",
     ("Yury Borisov", "leaderOf", "China Satellite Navigation Committee")),
    # "his" refers to the last person named, a new subject in between: not the head of Airbus
    ("Alexander Gerst, the chief executive of Airbus, said orders were strong. Elon Musk disagreed with him. His "
     "successor, Tom Enders, declined to comment.", ("Tom Enders", "leaderOf", "Airbus")),
    # a company replacing another company holds no office
    ("Tesla replaced Panasonic as the top supplier of batteries to the plant. Panasonic said it would cut output.",
     ("Panasonic", "leaderOf", "Tesla")),
    # the "its" of the description's referent is not the subject named two sentences before
    ("The Treasury imposed sanctions on the Presidency of Defense Industries on Monday. The agency said it would "
     "appeal. Mehmet Oz, its vice president, called the move unfair.",
     ("Mehmet Oz", "worksFor", "United States Department of the Treasury")),
    # a country the sentence gives someone else, or that the clause acts on, is not the official's
    ("Russia has promised India two more squadrons. Defence Minister Ravi Kumar met his Russian counterpart, Ivan "
     "Petrov, in Qingdao.", ("Ravi Kumar", "worksFor", "Russia")),
    # the countries a minister meets, or one the sentence's country acts on, are not the minister's
    ("Estonia will buy radars. Defence Minister Mart Kask met Finland and Latvia in Tallinn.",
     ("Mart Kask", "worksFor", "Latvia")),
    ("Estonia will buy radars. Defence Minister Mart Kask said Finland would sell Estonia the radars.",
     ("Mart Kask", "worksFor", "Finland")),
    ("The deal was signed by a unit of Russian state corporation Rosatom in the presence of President Luis Mendez.",
     ("Luis Mendez", "leaderOf", "Russia")),
    ("Foreign Minister Ana Ruiz rejected claims that the visit was meant to provoke the United States.",
     ("Ana Ruiz", "worksFor", "United States")),
    ("Rights groups said French companies had sold surveillance tools to the government of President Omar Saleh.",
     ("Omar Saleh", "leaderOf", "France")),
    ("India's defence minister, Rajnath Singh, met his Russian counterpart, Andrey Belousov, in Qingdao.",
     ("Andrei Belousov", "leaderOf", "Russia")),
    # a new subject in between: the bare title is that company's, not the one named first
    ("Rheinmetall will build a tank plant in Ukraine. Airbus said its orders were strong. Chief executive Guillaume "
     "Faury said demand was high.", ("Guillaume Faury", "leaderOf", "Rheinmetall")),
    # a bare title followed by its own organisation is that organisation's, not the subject's
    ("Nvidia sold chips to Lenovo, chief executive Yang Yuanqing of Lenovo said.",
     ("Yang Yuanqing", "leaderOf", "Nvidia")),
    # a state's title is not a company's
    ("Rheinmetall will build a tank plant in Ukraine. President Volodymyr Zelensky called the plan historic.",
     ("Volodymyr Zelensky", "leaderOf", "Rheinmetall")),
    # a negated title, and a title of someone else, are none
    ("Dario Amodei is not the chief executive of OpenAI.", ("Dario Amodei", "leaderOf", "OpenAI")),
    ("Dario Amodei met Sam Altman, who is the chief executive of OpenAI.", ("Dario Amodei", "leaderOf", "OpenAI")),
    # a negated succession is none
    ("Alexander Gerst, the chief executive of Airbus, said orders were strong. He did not replace Tom Enders, who "
     "left in 2019.", ("Tom Enders", "leaderOf", "Airbus")),
]


@pytest.mark.parametrize(("text", "triple"), EXCLUDED)
def test_no_relation_across_sentences(nlp, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in labelled(nlp, text)
