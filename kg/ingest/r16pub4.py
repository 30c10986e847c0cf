"""Furniture of official releases and wire copy that the cleaner missed (branch r16pub4): a wire dateline with the
agency's name that stands below a headline, a bullet summary and a byline (``JAKARTA, Feb 18 (Reuters) -``), and the
speaker and questioner labels of a press-conference transcript (``Reuters:``, ``Mao Ning:``, ``Q:``, ``Follow-up:``).

Examples
--------
>>> from kg.ingest.clean import match_dateline
>>> later_agency_dateline(["UPDATE 1-Acme wins deal", "* Deal worth $1 bln", "LIMA, May 2 (Reuters) - Acme won."],
...                       match_dateline)
('LIMA, May 2 (Reuters)', ['UPDATE 1-Acme wins deal', '* Deal worth $1 bln', 'LIMA, May 2 - Acme won.'])
>>> strip_transcript_labels(["Kyodo: Can you confirm it?", "Wang Yi: No.", "AFP: And the talks?", "Wang Yi: No."])
['Can you confirm it?', 'No.', 'And the talks?', 'No.']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

#: how many lines from the top a wire dateline may stand (headline, bullets, an "Adds" note, a byline before it)
_DATELINE_REACH = 12
#: a line that reads as a sentence of the body: a dateline is not looked for after it
_BODY_LINE_WORDS = 25
#: a speaker's or questioner's label: up to four capitalised words (or Q / A / Follow-up) and a colon
_LABEL_RE = re.compile(r"^(?P<label>(?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*){0,3}|Q|A|Follow-up|Follow up)"
                       r":\s+(?P<rest>\S.*)$")
#: labels that name no speaker
_GENERIC_LABELS = frozenset({"q", "a", "question", "answer", "follow-up", "follow up", "note", "editor's note"})
#: labelled lines a transcript has at least, and how often its most frequent label (the spokesperson) recurs
_MIN_LABELLED = 4
_MIN_REPEAT = 2


def later_agency_dateline(lines: list[str],
                          match: Callable[[str], tuple[str, str] | None]) -> tuple[str | None, list[str]]:
    """The first wire dateline with an agency in parentheses among the top lines: ``(dateline, lines)`` with the
    agency taken off its line (the place and date stay); ``(None, lines)`` when there is none or a body sentence comes
    first.

    >>> from kg.ingest.clean import match_dateline
    >>> later_agency_dateline(["Acme signed a deal with Beta on Monday after talks that lasted for most of the "
    ...                        "year and covered chips, power, cloud services and a plant in the south of the country.",
    ...                        "LIMA (Reuters) - Acme won."], match_dateline)[0] is None
    True
    """
    for index, line in enumerate(lines[:_DATELINE_REACH]):
        found = match(line)
        if found and "(" in found[0] and found[1] and not re.search(r"\(\d", found[0]):  # a date is no agency
            # the agency goes; the place stays in the text as it stood (it may be the only name of a party)
            place = found[0][:found[0].index("(")].strip()
            return found[0], lines[:index] + [f"{place} - {found[1]}"] + lines[index + 1:]
        if line.endswith((".", "!", "?")) and len(line.split()) > _BODY_LINE_WORDS:
            break
    return None, lines


def strip_transcript_labels(lines: list[str]) -> list[str]:
    """``lines`` without the labels of a transcript's speakers and questioners, when the text is a transcript: at
    least four lines open with a label and one label (the spokesperson's) recurs. A label is not a party to what
    the line says; the outlet that asks a question is no actor of the story.

    >>> strip_transcript_labels(["Note: Acme signed.", "Beta: it did."])  # two labels: no transcript
    ['Note: Acme signed.', 'Beta: it did.']
    """
    labels = [m["label"] for line in lines if (m := _LABEL_RE.match(line))]
    if len(labels) < _MIN_LABELLED or Counter(labels).most_common(1)[0][1] < _MIN_REPEAT:
        return lines
    # a generic label ("Question:", "Q:") names no one: its line is left as it is
    return [m["rest"] if (m := _LABEL_RE.match(line)) and m["label"].lower() not in _GENERIC_LABELS else line
            for line in lines]
