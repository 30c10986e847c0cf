"""The r15wire3 fixes: defined terms of filings, known names behind a legal form or a generic description, legislators'
titles and party tags, official titles before a name, sales to a listed group, denied reports, exchange disclaimers.
Sentences written for this test, none from a gold file."""

from __future__ import annotations

import pytest

from kg.ingest.r14wire import is_page_furniture, strip_tickers
from rule_runs import evidence_rules as triples

FOUND = [
    # a term defined for a party, no prefix of its name, names it where used (the Company, Futian Capital)
    ('The board of directors of Tencent Holdings Limited (the "Company") announces that the Company, Meituan and '
     'Shenzhen Futian Capital Co., Ltd. ("Futian Capital") entered into an agreement. Futian Capital will invest '
     'RMB1 billion in the Company.',
     [("meituan", "agreementWith", "tencent"), ("shenzhen-futian-capital", "investsIn", "tencent")]),
    # a body's generic description before its known name, and the official title before that
    ("Director General of the State Corporation Roscosmos Dmitry Bakanov met the delegation.",
     [("dmitry-bakanov", "leaderOf", "roscosmos")]),
    ("Minister of Mines and Energy of Senegal Birame Souleye Diop signed the accord.",
     [("birame-souleye-diop", "worksFor", "senegal")]),
    ("The Prime Minister of Senegal, His Excellency Mr. Ousmane Sonko, received the delegation.",
     [("ousmane-sonko", "leaderOf", "senegal")]),
    # legislators' titles and a pair of titled people "of" one committee (party tags go at ingest: see below)
    ("Chairman Mark Levin and Ranking Member Sunil Bhattacharjee of the House Energy Committee wrote to the agency.",
     [("mark-levin", "leaderOf", "house-energy-committee"),
      ("sunil-bhattacharjee", "worksFor", "house-energy-committee")]),
    # parties that sign together with a third are signatories of one agreement
    ("Kestrel Labs, Borel Systems and Orvell Mining entered into an agreement with Vexa Power on Monday.",
     [("borel-systems", "agreementWith", "kestrel-labs"), ("borel-systems", "agreementWith", "orvell-mining")]),
    # a surname that is also a word before a hyphenated given name; a known Kenyan firm (gazetteer r15wire3)
    ("Hanwha Aerospace CEO Son Jae-il watched from the control room.", [("son-jae-il", "leaderOf", "hanwha-aerospace")]),
    ("Power will come from KenGen, the state-controlled generator, said Peter Otieno, KenGen's managing director.",
     [("peter-otieno", "leaderOf", "kengen")]),
    # a filing's list of directors with their roles in brackets or after "as"
    ("As at the date of this announcement, the directors of Orvell Mining Limited are Wang Lei (Chairman and "
     "Executive Director) and Chen Bo (Executive Director); and Zhou Min as Independent Non-executive Director.",
     [("wang-lei", "leaderOf", "orvell-mining"), ("chen-bo", "worksFor", "orvell-mining"),
      ("zhou-min", "worksFor", "orvell-mining")]),
    # a contribution to a company's registered capital is an investment in it
    ("Under the agreement, Orvell Mining and Vexa Power will contribute RMB500 million and RMB300 million, "
     "respectively, to the registered capital of Kestrel Labs.",
     [("orvell-mining", "investsIn", "kestrel-labs"), ("vexa-power", "investsIn", "kestrel-labs")]),
    # a name the model misses after a minister's title of a country
    ("Minister of Water and Forests of Mali Ousmane Traore Diallo signed the roadmap.",
     [("ousmane-traore-diallo", "worksFor", "mali")]),
    # "X's subsidiary Y" where the parser hangs the possessive on the noun
    ("Vexa Power's subsidiary Orvell Mining will build the plant.", [("orvell-mining", "partOf", "vexa-power")]),
    # a sale to a country's group whose members are listed is a sale to each member
    ("Borel Systems sold lithography machines to Chinese chipmakers last year, including Hua Hong and Nexchip.",
     [("borel-systems", "suppliesTo", "hua-hong"), ("borel-systems", "suppliesTo", "nexchip")]),
]

NOT_FOUND = [
    # a report that a party denies states nothing
    ("A spokesperson for Kestrel denied a report that it had agreed to supply drones to Chad.",
     ("kestrel", "suppliesTo", "chad")),
    ("Borel Systems did not sell machines to Chinese chipmakers such as Hua Hong and Nexchip.",
     ("borel-systems", "suppliesTo", "hua-hong")),
    ("Orvell Mining did not contribute to the capital of Kestrel Labs.", ("orvell-mining", "investsIn", "kestrel-labs")),
    # a country after a pair of titled people is the second one's only
    ("President Joe Biden and Prime Minister Fumio Kishida of Japan met in Tokyo.", ("joe-biden", "leaderOf", "japan")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_published_forms_give_their_relations(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    """``Director General of the State Corporation Roscosmos Dmitry Bakanov`` -> Bakanov leaderOf Roscosmos."""
    found = triples(nlp, text)
    for triple in expected:
        assert triple in found, (triple, sorted(found))


@pytest.mark.parametrize("text,triple", NOT_FOUND)
def test_denied_or_negated_forms_give_nothing(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``X denied a report that it had agreed to supply Y`` gives no X suppliesTo Y."""
    assert triple not in triples(nlp, text)


def test_defined_term_of_a_thing_is_no_actor(nlp) -> None:
    """``a share purchase agreement (the "Purchase Agreement")``: the term names no organisation."""
    doc = nlp('Orvell Mining signed a share purchase agreement (the "Purchase Agreement") with Kestrel Labs. '
              'The Purchase Agreement takes effect in May.')
    assert "Purchase Agreement" not in {e.text for e in doc.ents}


def test_ranking_member_is_a_title(nlp) -> None:
    """``Ranking Member Sunil Bhattacharjee``: the person is Sunil Bhattacharjee; "Ranking" is no organisation."""
    doc = nlp("Ranking Member Sunil Bhattacharjee said the bill would pass.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Sunil Bhattacharjee", "Person")]


def test_legal_name_of_a_known_firm_in_capitals_links_to_it(nlp) -> None:
    """``TENCENT HOLDINGS LIMITED`` in a filing's heading is Tencent."""
    doc = nlp("TENCENT HOLDINGS LIMITED\n\nThe board of Tencent Holdings Limited announces results.")
    assert {e.kb_id_ for e in doc.ents if e.label_ == "Organization"} == {"tencent"}


def test_party_tags_and_exchange_disclaimers_are_furniture() -> None:
    """``(D-NM)`` after a legislator's name goes; an exchange's disclaimer line is furniture."""
    assert strip_tickers("Senator Ana Ruiz (D-NM) spoke.") == "Senator Ana Ruiz spoke."
    assert is_page_furniture("The Stock Exchange takes no responsibility for the contents of this announcement.")


def test_protected_area_is_no_actor(nlp) -> None:
    """``Devil's Peak National Park``: a place, and "Devil" no name of its own."""
    doc = nlp("Rangers at Devil's Peak National Park counted elephants for Vexa Power.")
    assert not {e.text for e in doc.ents} & {"Devil", "Peak National Park", "Devil's Peak National Park"}
