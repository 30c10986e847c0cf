"""Tests of the text cleaner: one test per rule, then whole articles."""

from __future__ import annotations

import pytest

from kg.ingest import Cleaned, clean_text
from kg.ingest.clean import (colon_heading, is_title_case_heading, match_dateline, normalise_text,
                             split_dateline, split_headings, strip_trailing_hash)

BODY = "Russia and China signed a deal."


def test_clean_text_returns_named_fields():
    cleaned = clean_text(BODY)
    assert cleaned == Cleaned(text=BODY, dateline=None, headings=[])


# --- normalisation -------------------------------------------------------------------------------------------

def test_windows_and_old_mac_newlines_become_newlines():
    assert normalise_text("One.\r\nTwo.\rThree.") == "One.\nTwo.\nThree."


def test_text_is_nfc_normalised():
    assert normalise_text("Cafe\u0301 opened.") == "Caf\u00e9 opened."


def test_non_breaking_and_thin_spaces_become_spaces():
    assert normalise_text("Huawei\u00a0and\u202fBaidu  grew.") == "Huawei and Baidu grew."


def test_trailing_spaces_are_stripped():
    assert normalise_text("One.   \nTwo.\t") == "One.\nTwo."


def test_three_or_more_blank_lines_collapse_to_one():
    assert normalise_text("One.\n\n\n\n\nTwo.\n\nThree.") == "One.\n\nTwo.\n\nThree."


def test_cleaned_text_has_one_newline_between_paragraphs():
    assert clean_text("First paragraph.\n\n\nSecond paragraph.\n").text == "First paragraph.\nSecond paragraph."


def test_lines_are_never_merged():
    assert clean_text("Huawei signed\nwith Baidu.").text == "Huawei signed\nwith Baidu."


# --- boilerplate lines ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "মন্তব্যসমূহ বন্ধ করা হয়.",
    "التعليقات مغلقة.",
    "Комментарии закрыты.",
])
def test_line_mostly_in_non_latin_script_is_dropped(line):
    assert clean_text(f"{BODY}\n{line}").text == BODY


def test_line_with_a_few_non_latin_letters_is_kept():
    text = "Sberbank (Сбербанк) is Russia's biggest bank."
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", ["Comments are closed.", "Comments are closed", "Leave a Reply", "No comments yet"])
def test_comments_closed_line_is_dropped(line):
    assert clean_text(f"{BODY}\n{line}").text == BODY


@pytest.mark.parametrize("line", [
    "Share: WhatsApp · Facebook · X",
    "Follow us on Telegram | VK | WhatsApp",
    "Share this article",
    "Facebook | Twitter | LinkedIn | Email",
    "WhatsApp, Telegram, VK",
    "Facebook / X",
    "Follow RT on Telegram",
])
def test_share_and_follow_lines_are_dropped(line):
    assert clean_text(f"{BODY}\n{line}\nMore text follows.").text == f"{BODY}\nMore text follows."


def test_sentence_starting_with_share_is_kept():
    text = f"{BODY}\nShare prices of Huawei suppliers fell."
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", [
    "Read more: Russia bets on AI",
    "Also read: China expands chip output",
    "Related: BRICS summit opens",
    "Click here to read the full report",
    "Subscribe to our newsletter",
])
def test_teaser_lines_are_dropped(line):
    assert clean_text(f"{BODY}\n{line}\nMore text follows.").text == f"{BODY}\nMore text follows."


def test_sentence_starting_with_related_is_kept():
    text = f"{BODY}\nRelated talks were held in Beijing."
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", ["Advertisement", "- Advertisement -", "ADVERTISEMENT"])
def test_advertisement_line_is_dropped(line):
    assert clean_text(f"{BODY}\n{line}\nMore text follows.").text == f"{BODY}\nMore text follows."


@pytest.mark.parametrize("line", ["© 2024 TASS", "Copyright 2024 Reuters", "Reuters News. All rights reserved."])
def test_copyright_line_is_dropped(line):
    assert clean_text(f"{BODY}\n{line}").text == BODY


@pytest.mark.parametrize("line", ["By Namita Bajpai", "By a Staff Correspondent", "By Staff Reporter"])
def test_byline_is_dropped(line):
    assert clean_text(f"{line}\n{BODY}").text == BODY


def test_sentence_starting_with_by_is_kept():
    text = f"{BODY}\nBy partnering with non-Western countries, Russia seeks influence."
    assert clean_text(text).text == text


def test_lone_hash_lines_are_dropped():
    assert clean_text(f"{BODY}\n#\nMore text follows.\n###").text == f"{BODY}\nMore text follows."


def test_hash_glued_to_end_of_last_line_is_removed():
    text = f"{BODY}\nIndia and Brazil.#\nComments are closed."
    assert clean_text(text).text == f"{BODY}\nIndia and Brazil."


def test_hash_of_a_language_name_is_kept():
    assert strip_trailing_hash("Developers write C#") == "Developers write C#"


# --- dateline ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("first_line, dateline", [
    ("RUSSIA, MOSCOW:", "RUSSIA, MOSCOW"),
    ("LUCKNOW:", "LUCKNOW"),
    ("MOSCOW, June 5 —", "MOSCOW, June 5"),
    ("ABU DHABI, Oct 13 (WAM) --", "ABU DHABI, Oct 13 (WAM)"),
    ("WASHINGTON (Reuters) -", "WASHINGTON (Reuters)"),
    ("BEIJING, Oct. 13 (Xinhua) –", "BEIJING, Oct. 13 (Xinhua)"),
    ("NEW DELHI, October 13, 2024:", "NEW DELHI, October 13, 2024"),
])
def test_dateline_line_is_removed_and_returned(first_line, dateline):
    cleaned = clean_text(f"{first_line}\n{BODY}")
    assert (cleaned.dateline, cleaned.text) == (dateline, BODY)


def test_dateline_starting_a_paragraph_keeps_the_rest_of_the_line():
    cleaned = clean_text(f"WASHINGTON (Reuters) - {BODY}\nMore text follows.")
    assert (cleaned.dateline, cleaned.text) == ("WASHINGTON (Reuters)", f"{BODY}\nMore text follows.")


def test_dateline_after_a_headline_is_found():
    assert split_dateline(["Putin Backs AI Plan", "MOSCOW, June 5 —", BODY]) == (
        "MOSCOW, June 5", ["Putin Backs AI Plan", BODY])


def test_all_caps_headline_with_colon_is_not_a_dateline():
    assert match_dateline("NASA: Artemis launch delayed") is None
    assert match_dateline("BREAKING: Huawei unveils a chip.") is None


def test_dateline_only_on_the_first_lines():
    text = f"{BODY}\nMOSCOW: Putin spoke."
    assert clean_text(text) == Cleaned(text, None, [])


# --- section headings ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, heading", [
    ("AI Research and Development:", "AI Research and Development"),
    ("What happened:", "What happened"),
    ("Why YMTC:", "Why YMTC"),
    ("Tougher terms for AI chips:", "Tougher terms for AI chips"),
])
def test_short_line_ending_with_colon_is_a_heading(line, heading):
    cleaned = clean_text(f"{BODY}\n{line}\nMore text follows.")
    assert (cleaned.text, cleaned.headings) == (f"{BODY}\nMore text follows.", [heading])


def test_lead_in_with_colon_is_text():
    assert colon_heading("The minister said:") is None
    assert colon_heading("Huawei, Baidu and ZTE have one goal, and it is a very long one:") is None


def test_title_case_line_between_paragraphs_is_a_heading():
    cleaned = clean_text(f"{BODY}\nJoint Ventures and Investments\nMore text follows.")
    assert (cleaned.text, cleaned.headings) == (f"{BODY}\nMore text follows.", ["Joint Ventures and Investments"])


def test_first_line_without_final_punctuation_is_a_headline_kept_in_text():
    text = f"Russia and China Team Up on AI\n{BODY}"  # kept in the text, read as a sentence (kg/ingest/wire.py)
    assert clean_text(text) == Cleaned(f"Russia and China team up on AI\n{BODY}", None, [])


def test_title_case_last_line_is_text():
    assert split_headings([BODY, "Tass News Agency"]) == ([BODY, "Tass News Agency"], [])


def test_sentence_case_line_without_punctuation_is_not_title_case():
    assert not is_title_case_heading("Chips were scarce in Moscow")


# --- whole articles ------------------------------------------------------------------------------------------

def test_article_with_every_kind_of_boilerplate():
    raw = ("By Staff Reporter\r\n"
           "MOSCOW, June 5 —\r\n"
           "Russia and China will build AI together.\u00a0\r\n\r\n\r\n\r\n"
           "What happened:\r\n"
           "Putin ordered Sberbank to cooperate.\r\n"
           "Advertisement\r\n"
           "Share: WhatsApp · Facebook · X\r\n"
           "The plan covers chips.#\r\n"
           "মন্তব্যসমূহ বন্ধ করা হয়.\r\n")
    assert clean_text(raw) == Cleaned(
        "Russia and China will build AI together.\nPutin ordered Sberbank to cooperate.\nThe plan covers chips.",
        "MOSCOW, June 5", ["What happened"])


def test_empty_text_cleans_to_empty():
    assert clean_text(" \n\n ") == Cleaned("", None, [])


def test_known_headings_from_markup_are_headings_even_in_sentence_case():
    cleaned = clean_text(f"{BODY}\nWhat happened next\nMore text follows.", known_headings=["What happened next"])
    assert (cleaned.text, cleaned.headings) == (f"{BODY}\nMore text follows.", ["What happened next"])
