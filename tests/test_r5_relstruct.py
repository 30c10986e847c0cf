"""Structural relations read through the clause (kg/nlp/relations/heads.py, the title and basedIn rules of
structure.py, kg/nlp/name_countries.py, the ``based in <place>`` places of kg/nlp/places.py): each test sentence is
written for its construction, not taken from a gold file; the negatives show what each must leave alone."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in ext.relations(nlp(text))}


INCLUDED = [
    # a title after "as": named, serving, joining
    ("The board named Maria Santos as chief executive of Petrobras on Tuesday.",
     {("maria-santos", "leaderOf", "petrobras")}),
    ("Maria Santos, who serves as Petrobras's chairwoman, spoke.", {("maria-santos", "leaderOf", "petrobras")}),
    ("Maria Santos joined Petrobras as chief financial officer in 2019.", {("maria-santos", "worksFor", "petrobras")}),
    # a passive leading verb with a person as its agent
    ("Mistral AI is run by Arthur Mensch, a former researcher.", {("arthur-mensch", "leaderOf", "mistral-ai")}),
    ("DeepSeek is led by Liang Wenfeng.", {("liang-wenfeng", "leaderOf", "deepseek")}),
    # the relative clause of a title in apposition to a person
    ("Kamala Harris met Tran Van Binh, the official who heads Vietnam's Ministry of Industry.",
     {("tran-van-binh", "leaderOf", "ministry-of-industry")}),
    # "general secretary" leads, as "secretary-general" does
    ("Le Van Minh, general secretary of the Communist Party of Vietnam, arrived in Moscow.",
     {("le-van-minh", "leaderOf", "communist-party-of-vietnam")}),
    # each title of a conjoined apposition
    ("Lee Jae-yong, the chairman of Samsung Electronics and a director of Samsung Biologics, spoke.",
     {("lee-jae-yong", "leaderOf", "samsung-electronics"), ("lee-jae-yong", "leaderOf", "samsung-biologics")}),
    # a list of titles after a possessive, "co-founder" in three tokens
    ("Jensen Huang, Nvidia's co-founder, president and chief executive, spoke in Taipei.",
     {("jensen-huang", "leaderOf", "nvidia")}),
    # a title set off by a comma before the name, also after "its"
    ("Siemens opened a lab. Its chairman and chief executive, Karl Weber, said it would grow.",
     {("karl-weber", "leaderOf", "siemens")}),
    ("Siemens met Nokia's deputy chief executive, Karl Weber, in Paris.", {("karl-weber", "worksFor", "nokia")}),
    # the head of a field "at" an organisation works for it, also through a leading verb
    ("Anna Berg, head of AI at the Oslo-based charity Datakind, warned of risks.",
     {("anna-berg", "worksFor", "datakind"), ("datakind", "basedIn", "norway")}),
    ("Anna Berg, who leads quantum research at the Technion and at Tel Aviv University, spoke.",
     {("anna-berg", "worksFor", "technion"), ("anna-berg", "worksFor", "tel-aviv-university")}),
    ("Anna Berg heads the chip division at Siemens.", {("anna-berg", "worksFor", "siemens")}),
    # a minister's or secretary's portfolio names the one department of the text that shares it
    ("The Commerce Department acted. Commerce Secretary Mark Feldman said so.",
     {("mark-feldman", "leaderOf", "united-states-department-of-commerce")}),
    ("The Pentagon said so. US Defense Secretary Mark Feldman agreed.",
     {("mark-feldman", "leaderOf", "united-states-department-of-defense")}),
    ("The Ministry of Economy, Trade and Industry said. Ana Souza, Japan's minister of economy, trade and industry, "
     "agreed.", {("ana-souza", "leaderOf", "ministry-of-economy-trade-and-industry")}),
    # a body's name that ends in its country
    ("Loans came from the Export-Import Bank of China and the Development Bank of Japan.",
     {("export-import-bank-of-china", "basedIn", "china"), ("development-bank-of-japan", "basedIn", "japan")}),
    ("The Committee on Foreign Investment in the United States blocked the deal.",
     {("cfius", "basedIn", "united-states")}),
    # based in a city, the city's country; a capital used as a place too
    ("Nokia, which is headquartered in Espoo, won the contract.", {("nokia", "basedIn", "finland")}),
    ("Mitchell Institute, a think tank based in Arlington, Virginia, said so.",
     {("mitchell-institute", "basedIn", "united-states")}),
    ("Sber is based in Moscow.", {("sberbank", "basedIn", "russia")}),
    # a hyphenated descriptor between a country's possessive and a name ("state-owned")
    ("Brazil's state-owned conglomerate Vale said on Monday that it would build plants.",
     {("vale", "basedIn", "brazil")}),
    # a description of a name "from" a country; a city modifying a description of a name
    ("Partners include Ubisoft, a games company from France.", {("ubisoft", "basedIn", "france")}),
    ("The Shanghai carmaker Sunrise Motors signed the deal.", {("sunrise-motors", "basedIn", "china")}),
    ("Sunrise Motors, a Shenzhen carmaker, signed the deal.", {("sunrise-motors", "basedIn", "china")}),
    # "<capital>-based <description>": the name the description stands for
    ("Rakuten Mobile, the Tokyo-based carrier, signed a deal with Nokia.", {("rakuten-mobile", "basedIn", "japan")}),
    ("Yandex moved staff to Belgrade, and the Moscow-based group said profit rose.",
     {("yandex", "basedIn", "russia")}),
]

EXCLUDED = [
    # denied: no title
    ("Brazil did not appoint Maria Santos as chief executive of Petrobras.",
     {("maria-santos", "leaderOf", "petrobras"), ("maria-santos", "worksFor", "petrobras")}),
    # "as" without a title, and a leading verb whose agent is no person
    ("Maria Santos visited Petrobras as a guest.",
     {("maria-santos", "leaderOf", "petrobras"), ("maria-santos", "worksFor", "petrobras")}),
    ("The consortium is led by Petrobras and run by Shell.",
     {("shell", "leaderOf", "petrobras"), ("petrobras", "leaderOf", "shell")}),
    # the "who heads" clause belongs to the person it describes, not to another one named before
    ("Satya Nadella, Microsoft's chief executive, and Sundar Pichai met in Paris.",
     {("sundar-pichai", "leaderOf", "microsoft")}),
    ("Siemens met Nokia's deputy chief executive, Karl Weber, in Paris.",
     {("karl-weber", "leaderOf", "nokia"), ("karl-weber", "worksFor", "siemens")}),
    ("Anna Berg, head of AI at the Oslo-based charity Datakind, warned of risks.",
     {("anna-berg", "leaderOf", "datakind")}),
    ("Anna Berg no longer heads the chip division at Siemens.", {("anna-berg", "worksFor", "siemens")}),
    ("Anna Berg heads the board at Siemens.", {("anna-berg", "worksFor", "siemens")}),
    # another country's department: no head of it
    ("Seoul's Ministry of National Defense hosted talks. Polish Deputy Prime Minister and Defence Minister Jan Nowak "
     "met his counterpart.", {("jan-nowak", "leaderOf", "ministry-of-national-defense")}),
    # imports "from" a country make no company of it
    ("Nokia bought chips from China.", {("nokia", "basedIn", "china")}),
    # a name after a country's possessive is no place ("Orange" is also a Californian city)
    ("Members include France's Orange and India's Reliance Jio.", {("jio", "basedIn", "united-states")}),
    # a possessive's list does not reach a name based elsewhere
    ("Its members include China's state-owned operators, China Telecom, China Mobile and China Unicom, as well as "
     "US-based Microsoft.", {("microsoft", "basedIn", "china")}),
    # a deputy in a list of titles still works for the body
    ("Anna Berg, Siemens's deputy chief executive and head of strategy, spoke.",
     {("anna-berg", "leaderOf", "siemens")}),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED)
def test_construction_gives_relations(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), EXCLUDED)
def test_construction_leaves_out(nlp, text, unexpected):
    assert not unexpected & triples(nlp, text)


def test_a_capital_in_a_name_names_no_country(nlp):
    # "University of Tokyo" names a city, not Japan: no country mention of kind "inside" for it
    doc = nlp("She studied at the University of Tokyo.")
    assert "japan" not in ext.entities(doc)


def test_a_capital_used_as_a_place_is_a_place_of_its_country(nlp):
    from kg.nlp.places import place_country

    doc = nlp("Sber is based in Moscow.")
    assert place_country(doc, 4) == "russia"
    assert "russia" not in {e.kb_id_ for e in doc.ents}  # still no entity of its own


def test_title_kind_general_secretary():
    from kg.nlp.relations.titles import Titles, title_kind

    t = Titles({"chairman"}, {"deputy"}, {"chairman", "deputy", "general", "secretary"}, True)
    assert title_kind(["general", "secretary"], "Organization", t) == "leaderOf"
    assert title_kind(["deputy", "general", "secretary"], "Organization", t) == "worksFor"
    # a deputy chief executive works for the company; a chief executive officer leads it
    assert title_kind(["deputy", "chief", "executive"], "Organization", t) == "worksFor"
    officer = Titles(set(), {"officer"}, {"officer"}, True)
    assert title_kind(["chief", "executive", "officer"], "Organization", officer) == "leaderOf"
