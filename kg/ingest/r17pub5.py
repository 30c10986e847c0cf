"""Furniture of official publications (branch r17pub5): footnote markers glued to a sentence's last word
(``... and Intel.[52]``) and the footnotes they point to at the end (``[52] Q112 (...)``), and a state news
agency's credit line (``WAM/Ann Smith/Omar Ali``).

>>> strip_footnotes(["Acme built it with Intel.[3] It works.[4]", "[3] Written evidence (X01)", "[9] Other"])
['Acme built it with Intel. It works.', '[9] Other']
>>> is_agency_credit("WAM/Ann Smith/Omar Ali"), is_agency_credit("AI/ML tools")
(True, False)
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
    """``lines`` without the footnote markers glued to their words and without the footnote lines those markers
    point to (a numbered line nothing in the text points to stays)."""
    marked: set[str] = set()
    out: list[str] = []
    for line in lines:
        if _FOOTNOTE_LINE_RE.match(line):
            out.append(line)
            continue
        marked.update(_GLUED_MARKER_RE.findall(line))
        out.append(_GLUED_MARKER_RE.sub("", line))
    return [line for line in out if not ((m := _FOOTNOTE_LINE_RE.match(line)) and m.group(1) in marked)]


def is_agency_credit(line: str) -> bool:
    """Whether ``line`` is a news agency's credit line (``WAM/Tariq Ali/Hana Saad``): initials and names joined by
    slashes, nothing else."""
    return bool(_CREDIT_RE.match(line.strip()))
