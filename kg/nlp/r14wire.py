"""Names that published text marks as products rather than actors: a trade mark sign (``Gridstack™``,
``Xeon®``) or a model number after the name (``Radio 4490``, ``Falcon 9000``). The linker's actor rules
(:meth:`kg.nlp.actors.ActorRules._not_actor`) drop an NER name for which :func:`is_product_name` holds.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("en")("The Acme AirWave™ radio and the Model 4490 unit")
>>> is_product_name(doc, 1, 3), is_product_name(doc, 7, 9), is_product_name(doc, 0, 2)
(True, True, False)
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.nlp.kb import KnowledgeBase
from kg.nlp.mentions import PERSON_TITLES, SEAT_PARTICIPLES, Mention, ner_mention, overlaps
from kg.nlp.r15newsb import defined_known_name
from kg.nlp.tokens import positions

#: signs a release puts after a product's or a brand's name
TRADE_MARKS = frozenset({"™", "®", "℠"})
#: a model number: three to five digits, maybe a letter after them, and no year (``4490``, ``3268A``; not ``2025``)
_MODEL_NUMBER_RE = re.compile(r"(?!(?:19|20)\d\d\b)\d{3,5}[A-Za-z]?")


def is_product_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is a product: it carries a trade mark sign or one stands right after it,
    or it ends with a model number after a word (``Radio 4490``).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Channel 4 and Studio 2025 and the AIR 3268 and Nokia")
    >>> is_product_name(doc, 0, 2), is_product_name(doc, 3, 5), is_product_name(doc, 7, 9), is_product_name(doc, 10, 11)
    (False, False, True, False)
    """
    if end <= start:
        return False
    if any(doc[i].text[-1:] in TRADE_MARKS for i in range(start, end)) or \
            (end < len(doc) and doc[end].text in TRADE_MARKS):
        return True
    return end - start > 1 and bool(_MODEL_NUMBER_RE.fullmatch(doc[end - 1].text)) and doc[start].is_alpha


#: titles whose ``of``/``for`` phrase names a portfolio (``Minister for Trade and Industry``), not a body
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "ministers", "secretaries"})
#: words that start a body's own name: after a title the name is then a body (``Minister of the Ministry of …``)
_BODY_WORDS = frozenset({"ministry", "department", "office", "agency", "bureau", "commission", "council", "board",
                         "authority", "administration", "government", "state"})
_PORTFOLIO_REACH = 12
#: units and number words of a quantity the model may take for a name (``500 MW / 2,000``)
_UNITS = frozenset({"mw", "gw", "kw", "tw", "mwh", "gwh", "kwh", "twh", "mwp", "gwp", "mtpa", "bcm", "km", "kg",
                    "bn", "mn", "mln", "tonnes", "tons", "mt", "ev", "nm"})


def is_portfolio(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is a minister's portfolio after his title: ``Coal`` in ``Minister of
    Coal``, ``Railways`` in ``Minister for Electronics and IT, Railways and Broadcasting`` (capitalised words,
    ``and``, ``&`` and commas back to ``Minister of``/``for``); a body's name (``Ministry of …``) is none.

    >>> import spacy
    >>> doc = spacy.blank("en")("Union Minister for Power, Mines and Steel Ravi Das and the Minister of the Interior")
    >>> is_portfolio(doc, 3, 4), is_portfolio(doc, 5, 8), is_portfolio(doc, 13, 16)
    (True, True, False)
    """
    if end <= start or doc[start].lower_ in _BODY_WORDS:
        return False
    i = start - 1
    while i > 0 and start - i <= _PORTFOLIO_REACH:
        word = doc[i]
        if word.lower_ in ("of", "for") and doc[i - 1].lower_ in _PORTFOLIO_TITLES:
            return True
        if not (_capitalised(word.text) or word.text in (",", "&", "and")) or word.lower_ in _BODY_WORDS:
            return False
        i -= 1
    return False


def is_quantity(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is only numbers, units and signs (``MW / 2,000``).

    >>> import spacy
    >>> doc = spacy.blank("en")("a 500 MW / 2,000 MWh unit of Acme 2")
    >>> is_quantity(doc, 2, 5), is_quantity(doc, 7, 9)
    (True, False)
    """
    words = [doc[k] for k in range(start, end)]
    return bool(words) and any(w.lower_ in _UNITS for w in words) and all(
        w.lower_ in _UNITS or w.like_num or w.is_punct or not w.is_alpha and any(ch.isdigit() for ch in w.text)
        for w in words)


# --- company names with their legal form ---------------------------------------------------------------------

#: legal forms that close a company's name in releases and filings, as written (``Inc.``, ``Co., Ltd.``, ``Oyj``)
LEGAL_FORMS = frozenset({"Inc.", "Inc", "Corp.", "Corp", "Corporation", "Ltd.", "Ltd", "Limited", "LLC", "L.L.C.",
                         "PLC", "plc", "Plc", "AG", "SE", "ASA", "Oyj", "N.V.", "S.A.", "GmbH", "AB", "K.K.",
                         "Co.", "Pty", "LLP", "FZE", "FZCO", "Pvt", "Sdn", "Bhd", "SRL", "S.R.L.", "SpA", "S.p.A.",
                         "BV", "B.V.",  # the last two lines: r14type (Central Asian, Gulf, Indian, Malaysian, Italian)
                         # r16pub4: Turkish, Russian, Armenian, Indonesian and Malaysian forms of sanctions releases
                         "A.Ş.", "A.S.", "Şti.", "Sti.", "Şti", "Sti", "JSC", "CJSC", "PJSC", "Tbk", "Berhad",
                         # r17pub5: the same forms with their full stop, kept whole by kg.nlp.r17pub5.keep_legal_forms
                         "Sdn.", "Bhd.", "Pte.", "Pte", "Pvt.", "d.o.o.", "D.O.O.",
                         "Incorporated"})  # r17pub7: "Texas Instruments Incorporated"
_LEGAL_LOWER = frozenset(w.lower() for w in LEGAL_FORMS)
_NAME_JOINERS = frozenset({"&", "-", "of", "ve"})  # "ve": "Sanayi ve Ticaret A.Ş." (r16pub4)
#: words of a person's title before ``of`` and a company's name (``Chief Executive Officer of Acme Ltd``)
_ROLE_WORDS = frozenset(PERSON_TITLES | {"officer", "president", "director", "chairman", "chairwoman", "chair",
                                         "founder", "manager", "partner", "analyst", "member", "board", "vp"})
_MAX_NAME_WORDS = 6
#: how far after a name its defined short form may stand: ``Acme Power, Inc. (NYSE: ACP) ("Acme" or the "Company")``
_DEFINITION_WINDOW = 14
#: parts of speech a company's name does not start with
_NOT_NAME_POS = frozenset({"ADV", "DET", "PRON", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "INTJ"})


def _boundary(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """A token a name does not run across: a line break or a sentence's last punctuation."""
    return tok.is_space or tok.text in (".", "!", "?", ";", ":", '"', "“", "”", "(", ")")


def legal_name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of company names closed by a legal form (``Fluence Energy, Inc.``, ``Xiamen Air Co., Ltd.``):
    the capitalised words before the form, the form included.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Talks between Equinor ASA and Kioxia Holdings Corp. ended.")
    >>> [doc[a:b].text for a, b in legal_name_spans(doc)]
    ['Equinor ASA', 'Kioxia Holdings Corp.']
    >>> doc = spacy.blank("en")("The firm set up a limited company with Hebei Steel Co., Ltd. in May.")
    >>> [doc[a:b].text for a, b in legal_name_spans(doc)]
    ['Hebei Steel Co., Ltd.']
    >>> doc = spacy.blank("en")("It paid Kestrel Motors (Suzhou) Co., Ltd. and Lanxi State-owned Capital Co., Ltd.")
    >>> [doc[a:b].text for a, b in legal_name_spans(doc)]
    ['Kestrel Motors (Suzhou) Co., Ltd.', 'Lanxi State-owned Capital Co., Ltd.']
    >>> doc = spacy.blank("en")("It paid Istanbul-based Derin Makina A.S. and Hong Kong-registered Kestrel Ltd.")
    >>> [doc[a:b].text for a, b in legal_name_spans(doc)]
    ['Derin Makina A.S.', 'Kestrel Ltd.']
    >>> doc = spacy.blank("en")("Ana Ruiz, Chief Executive Officer of Bank of Lima Ltd., spoke.")
    >>> [doc[a:b].text for a, b in legal_name_spans(doc)]
    ['Bank of Lima Ltd.']
    """
    out: list[tuple[int, int]] = []
    for i in positions(doc, _LEGAL_LOWER):
        if doc[i].text not in LEGAL_FORMS or (i + 2 < len(doc) and doc[i + 1].text == "," and
                                              doc[i + 2].text in LEGAL_FORMS) or \
                (i + 1 < len(doc) and doc[i + 1].text in ("Sti", "Şti", "Sti.", "Şti.")):
            continue  # not written as a legal form, or "Co." of "Co., Ltd." (the name ends at "Ltd."; "Ltd. Şti.")
        j = i - 1
        while j >= 0 and (doc[j].text == "," or doc[j].text in LEGAL_FORMS) and i - j <= 3:
            j -= 1
        start = j + 1
        if j >= 3 and doc[j].text == ")" and doc[j - 2].text == "(" and _capitalised(doc[j - 1].text):
            start, j = j - 2, j - 3  # "Acme Motors (Suzhou) Co., Ltd.": a place or "Group" in brackets (r15wire3)
        while j >= 0 and start - j <= _MAX_NAME_WORDS and not _boundary(doc[j]) and (
                _capitalised(doc[j].text) or doc[j].text in _NAME_JOINERS or
                j >= 2 and doc[j - 1].text == "-" and _capitalised(doc[j - 2].text)) and \
                doc[j].text not in LEGAL_FORMS and \
                not (doc[j].lower_ in SEAT_PARTICIPLES and j >= 1 and doc[j - 1].text == "-"):  # "Istanbul-based"
            start, j = j, j - 1  # "State-owned" (r15wire3): a small word joined to a capitalised one
        while start < i and doc.has_annotation("POS") and (
                doc[start].pos_ in _NOT_NAME_POS or
                doc[start].pos_ != "PROPN" and (start == 0 or _boundary(doc[start - 1]))):
            start += 1  # "Yesterday Acme Inc. said", "Shares of Acme Inc.": the sentence's first word, not the name's
        words = [doc[k].lower_ for k in range(start, i)]
        cuts = [k + 1 for k in range(1, len(words)) if words[k] == "of" and words[k - 1] in _ROLE_WORDS]
        if cuts:
            start += cuts[-1]  # "Chief Executive Officer of Acme Ltd": a title first
        while start < i and (doc[start].text in _NAME_JOINERS or doc[start].text == ","):
            start += 1
        if start < i and _capitalised(doc[start].text) and doc[start].is_alpha:
            out.append((start, i + 1))
    return out


def _capitalised(word: str) -> bool:
    """A word written like a name's: capitalised, or with a capital after a small first letter (``iQPS``, ``eBay``).

    >>> _capitalised("Acme"), _capitalised("iQPS"), _capitalised("limited")
    (True, True, False)
    """
    return word[:1].isupper() or (word[:1].islower() and any(ch.isupper() for ch in word[1:]))


def defined_short_names(doc: Doc, start: int, end: int) -> list[str]:
    """The short forms a release defines for the name ``doc[start:end]`` in the parentheses after it
    (``("Acme" or the "Company")``): quoted capitalised words that begin the name.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")('Acme Power Systems, Inc. ("Acme Power" or the "Company") said so.')
    >>> defined_short_names(doc, 0, 5)
    ['Acme Power']
    >>> defined_short_names(spacy.blank("en")("Voltaro AG makes drives."), 0, 2)  # a one-word name and its form
    ['Voltaro']
    """
    name = doc[start:end].text
    bare = [doc[start].text] if end - start == 2 and doc[start].is_alpha else []  # "iQPS" of "iQPS Inc."
    window = doc[end:min(len(doc), end + _DEFINITION_WINDOW)].text
    if "(" not in window:
        return bare
    quoted = re.findall(r"[\"“]([A-Z][^\"”]{0,40})[\"”]", window[window.index("("):])
    return list(dict.fromkeys([q for q in quoted if name.startswith(q + " ") or name.startswith(q + ",")] + bare))


def legal_name_mentions(doc: Doc, mentions: list[Mention], kb: KnowledgeBase, junk: set[str],
                        suffixes: set[str]) -> list[Mention]:
    """``mentions`` with the company names closed by a legal form that the model missed or cut
    (:func:`legal_name_spans`), and the bare uses of the short name a release defines for one
    (:func:`defined_short_names`: ``"Acme"`` in ``CEO of Acme``; a one-word name without its legal form), as
    mentions of the same entity. A name that overlaps a gazetteer match, or a model's name that is not inside it,
    is left as it was."""
    spans = legal_name_spans(doc)
    if not spans:
        return mentions
    out = list(mentions)
    for start, end in spans:
        clashing = [m for m in out if overlaps((m.start, m.end), (start, end))]
        known = defined_known_name(doc, start, end, clashing, defined_short_names(doc, start, end), kb.lookup)
        if known is not None:  # 'Eutelsat Communications S.A. ("Eutelsat")': the known company (r15newsb)
            out = [m for m in out if m not in clashing] + [known]
            continue
        if any(m.start < start or m.end > end or not (
                m.kind == "ner" or m.label == "Country" and m.start > start)
               for m in clashing):
            continue  # a gazetteer's name in it, save a country after its first word ("Acme USA, Inc."); a model's
            # person or organisation inside it is a piece of the company's name ("Acme" of "Acme Energy, Inc.")
        found = ner_mention(Span(doc, start, end, label="ORG"), kb, junk, suffixes)
        if found is None:
            continue
        out = [m for m in out if m not in clashing] + [found]
        for short in defined_short_names(doc, start, end):
            out += _short_uses(doc, out, short, found)
    return sorted(out, key=lambda m: (m.start, m.end))


def _short_uses(doc: Doc, mentions: list[Mention], short: str, whole: Mention) -> list[Mention]:
    """Mentions of ``whole``'s entity at the uses of ``short`` that no mention covers and that are not the start or
    the end of a longer capitalised name (``Acme Mosaic`` is a product)."""
    words = short.split()
    out = []
    for i in positions(doc, {words[0].lower()}):
        end = i + len(words)
        if doc[i:end].text != short:
            continue
        same = [m for m in mentions if m.start == i and m.end == end and m.kind == "ner"]
        if same:  # the model's own name for the short form: the same entity as the whole name
            mentions.remove(same[0])
            out.append(Mention(i, end, whole.entity_id, whole.label, "alias", short))
            continue
        if any(overlaps((m.start, m.end), (i, end)) for m in mentions):
            continue
        if (end < len(doc) and doc[end].text[:1].isupper()) or (i > 0 and not doc[i].is_sent_start and
                                                                 doc[i - 1].text[:1].isupper()):
            continue
        out.append(Mention(i, end, whole.entity_id, whole.label, "alias", short))
    return out
