"""Furniture of official publications (branch r17pub5): footnote markers glued to a sentence's last word
(``... and Intel.[52]``; the footnotes themselves stay), a state news
agency's credit line (``WAM/Ann Smith/Omar Ali``), and the page header, docket, RIN, CFR-part, FR Doc and billing
code lines of a Federal Register document.

>>> strip_footnotes(["Acme built it with Intel.[3] It works.[4]", "[3] Written evidence (X01)"])
['Acme built it with Intel. It works.', '[3] Written evidence (X01)']
>>> is_agency_credit("WAM/Ann Smith/Omar Ali"), is_agency_credit("AI/ML tools")
(True, False)
>>> is_register_furniture("[FR Doc. 2025-01234 Filed 1-2-25; 8:45 am]"), is_register_furniture("RIN 0694-AJ12")
(True, True)
"""
from __future__ import annotations

import re

#: a footnote marker after a word or a sentence's punctuation: ``Intel.[52]``, ``capacity[7],``
_GLUED_MARKER_RE = re.compile(r"(?<=[\w.,;:!?)\"”’])\[(\d{1,3})\]")
#: a footnote line: its marker, a space, its text
_FOOTNOTE_LINE_RE = re.compile(r"^\[(\d{1,3})\]\s+\S")
#: an agency's credit line: the agency's initials, then one or more names, all joined by slashes
_CREDIT_RE = re.compile(r"^[A-Z]{2,6}(?:/[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}){1,4}$")


def strip_footnotes(lines: list[str]) -> list[str]:
    """``lines`` without the footnote markers glued to their words (``... and Intel.[52]``); the footnotes themselves
    stay, as text (a think tank's footnote may name the partners of a deal)."""
    return [line if _FOOTNOTE_LINE_RE.match(line) else _GLUED_MARKER_RE.sub("", line) for line in lines]


def is_agency_credit(line: str) -> bool:
    """Whether ``line`` is a news agency's credit line (``WAM/Tariq Ali/Hana Saad``): initials and names joined by
    slashes, nothing else."""
    return bool(_CREDIT_RE.match(line.strip()))


#: the reference lines of a Federal Register document: page header, CFR parts, docket, RIN, FR Doc, billing code
_REGISTER_RE = re.compile(
    r"^(?:Federal Register\s*/\s*Vol\.?\s*\d+.*|\d+ CFR Parts? [\d ,and]+|\[Docket No\.?[^\]]*\]|RIN \d{4}-[A-Z]{2}\d{2}"
    r"|\[FR Doc\.?[^\]]*\]|BILLING CODE [\w-]+)$")


def is_register_furniture(line: str) -> bool:
    """Whether ``line`` is one of a Federal Register document's reference lines (``15 CFR Part 744``, ``[Docket No.
    250101-0001]``, ``BILLING CODE 3510-33-P``): they name no actor (``CFR`` is no Council on Foreign Relations)."""
    return bool(_REGISTER_RE.match(line.strip()))
