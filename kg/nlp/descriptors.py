"""Names the statistical NER missed or mistyped, found by the common noun that describes them.

``mobile operator Jazz``, ``Bitmain, the Beijing-based company``, ``France's Orange`` and ``Alibaba, Tencent
and Meituan`` name organisations; ``TikTok's chief executive, Shou Zi Chew`` and ``the philosopher Mozi``
name people. The describing nouns are data (``org_name_words.json``: ``org_descriptors``, ``person_roles``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.attrs import ENT_TYPE, ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kg.nlp.mentions import Mention
from kg.nlp.r10ents import listed_with_firms
from kg.nlp.r12org import hyphen_joined
from kg.nlp.tokens import span_text

POSSESSIVES = {"'s", "\u2019s"}
#: capitalised titles that only stand before a person's name
PERSON_TITLE_WORDS = {"general", "president", "minister", "ambassador", "senator", "chairman", "chairwoman", "premier",
                      "chancellor", "governor", "mayor", "king", "queen", "prince", "sheikh", "dr", "mr", "mrs", "ms",
                      "admiral", "colonel", "commissioner", "envoy", "ceo"}
#: surnames the tagger reads as English words before a given name ("He Yadong", "Ma Zhaoxu"): a one-word proper
#: name after one of them and described as a person makes a two-word name
SURNAMES_READ_AS_WORDS = {"He", "Ma", "Hu", "Yu", "Lu", "Bo", "Gao", "Long"}
#: NER labels a describing noun does not overrule (GPE and LOC do: the model calls "France's Orange" a place;
#: real places are kept out by the place index)
SKIP_NER = {"NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE", "TIME",
            "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "ORG", "PERSON"}


def _word(tok: Token) -> str:
    """A noun's lower-case form, with the word before a hyphen for a hyphenated noun the tokenizer split
    (``start-up``: ``up`` stands for ``start-up``).

    >>> import spacy
    >>> doc = spacy.blank("en")("a Korean start-up")
    >>> _word(doc[4]), _word(doc[1])
    ('start-up', 'korean')
    """
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def described_as(span: Span, words: set[str]) -> bool:
    """Whether a describing noun from ``words`` stands right before the name (``operator Jazz``), or in
    apposition with it (``Bitmain, the Beijing-based company``; ``its chief executive, Shou Zi Chew``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the mobile operator Jazz")
    >>> described_as(doc[3:4], {"operator"})
    True
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "CEO", "of", "Naver", ",", "Choi", "said"],
    ...           heads=[1, 6, 1, 2, 3, 3, 6], deps=["det", "nsubj", "prep", "pobj", "punct", "appos", "ROOT"],
    ...           pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"])
    >>> described_as(doc[5:6], {"ceo"})
    True
    """
    doc = span.doc
    if span.start > 0 and _word(doc[span.start - 1]) in words and doc[span.start - 1].is_lower:
        return True
    root = span.root
    if root.dep_ == "appos" and _word(root.head) in words and not (span.start <= root.head.i < span.end):
        return True
    # "the chief executive of Naver, Choi Soo-yeon": the parse hangs the name on the "of" phrase's noun
    head = root.head
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.pos_ == "PROPN" and head.head.lower_ == "of" and \
            head.i < span.start and span.start > 0 and doc[span.start - 1].text == "," and \
            head.head.head.lower_ in words and head.head.head.i < head.i:
        return True
    # "Wu Weiran, chief designer of ...": the apposition's own modifiers count too
    return any(c.dep_ == "appos" and c.i >= span.end and (_word(c) in words or any(
        g.dep_ in ("amod", "compound") and g.lower_ in words for g in c.children)) for c in root.children)


def proper_runs(doc: Doc, covered: set[int]) -> Iterator[Span]:
    """Runs of proper nouns that no mention covers and the NER gave no label."""
    strings = doc.vocab.strings
    skip = {strings[label] for label in SKIP_NER}
    upper: dict[int, bool] = {}
    # read from the arrays: no Token per token of the document
    proper = [pos == PROPN and ent not in skip and
              (upper[orth] if orth in upper else upper.setdefault(orth, strings[orth][:1].isupper()))
              for pos, ent, orth in doc.to_array([POS, ENT_TYPE, ORTH]).tolist()] if len(doc) else []
    i = 0
    while i < len(doc):
        if not proper[i] or i in covered:
            i += 1
            continue
        j = i
        while j < len(doc) and proper[j] and j not in covered:
            j += 1
            if hyphen_joined(doc, j) and proper[j + 1] and j + 1 not in covered:
                j += 1  # "Almaz-Antey": one name
        yield doc[i:j]
        i = j


def org_evidence(span: Span, mentions_by_token: dict[int, Mention], org_words: set[str],
                 roles: set[str] = frozenset()) -> bool:
    """A describing noun, a country's possessive before a name that ends its phrase (``France's Orange``),
    ``X, which``, a person's role in X before the person (``Eutelsat chief executive Eva Berneke``), or a
    list with an organisation in it (``Tencent and Meituan``)."""
    doc = span.doc
    if described_as(span, org_words) or doc[span.end:span.end + 2].text == ", which":
        return True
    k = span.end
    while k < len(doc) and doc[k].lower_ in roles:
        k += 1
    if k > span.end and k < len(doc) and (doc[k].ent_type_ == "PERSON" or
                                          (m := mentions_by_token.get(k)) is not None and m.label == "Person"):
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ in POSSESSIVES:
        owner = mentions_by_token.get(span.start - 2)
        nxt = doc[span.end] if span.end < len(doc) else None
        if owner is not None and owner.label == "Country" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
            return True
    listed = span.root.conjuncts  # every name coordinated with this one, before or after it
    return any((m := mentions_by_token.get(t.i)) is not None and m.label == "Organization" and
               m.kind != "inside" for t in listed if not (span.start <= t.i < span.end))


def _listed_with_person(span: Span, mentions_by_token: dict[int, Mention]) -> bool:
    """Whether a name of two or three words is coordinated with a person's full name (``John Hale and Raja
    Menon``)."""
    return len(span) <= 3 and any(
        (m := mentions_by_token.get(t.i)) is not None and m.label == "Person" and m.end - m.start > 1
        for t in span.root.conjuncts if not (span.start <= t.i < span.end))


def described_mentions(doc: Doc, mentions: Sequence[Mention], org_words: set[str],
                       reject: "callable[[str], bool]", roles: set[str] = frozenset(),
                       company_roles: set[str] | None = None,
                       is_place: "callable[[str], bool]" = lambda text: False) -> list[Mention]:
    """New organisation mentions for unlabelled proper names with organisation evidence (``reject`` drops
    places, products and other names that are not actors)."""
    from kg.nlp.kb import slugify

    covered = {i for m in mentions if m.end > m.start for i in range(m.start, m.end)}
    by_token = {i: m for m in mentions if m.end > m.start for i in range(m.start, m.end)}
    out = []
    for span in proper_runs(doc, covered):
        while len(span) > 2 and span[0].lower_.rstrip(".") in PERSON_TITLE_WORDS:
            span = doc[span.start + 1:span.end]  # "General Manoj Pande": the title is no part of the name
        if len(span) == 1 and span.start > 0 and doc[span.start - 1].text in SURNAMES_READ_AS_WORDS and \
                span.start - 1 not in covered and (doc[span.end:span.end + 2].text == ", who" or
                                                   described_as(span, roles)):
            span = doc[span.start - 1:span.end]  # "He Yongqian, a spokeswoman ...": "He" is her surname
        text = span_text(span)
        if 2 <= len(span) <= 3 and span.start > 0 and doc[span.start - 1].is_title and \
                doc[span.start - 1].lower_.rstrip(".") in PERSON_TITLE_WORDS and all(t.is_title for t in span) \
                and not reject(text) and not is_place(text):
            # "Army chief General Manoj Pande": a capitalised title before a two- or three-word name
            out.append(Mention(span.start, span.end, slugify(text), "Person", "ner", text))
            continue
        if 2 <= len(span) <= 4 and all(t.is_title for t in span) and not reject(text) and \
                not is_place(text) and (doc[span.end:span.end + 2].text == ", who" or described_as(span, roles) or
                                        _listed_with_person(span, by_token)):
            # "Serhat Demir, who heads its radar department", "Ali Khan, Pakistan's ambassador to China",
            # "lawmakers John Hale and Raja Menon"
            out.append(Mention(span.start, span.end, slugify(text), "Person", "ner", text))
            continue
        # a company's roles before a person make the name a company ("Eutelsat chief executive Eva Berneke"),
        # a minister's do not ("Trade minister Piyush Goyal")
        if len(span) > 5 or reject(text) or \
                not org_evidence(span, by_token, org_words, roles if company_roles is None else company_roles):
            continue
        if is_place(text) and (span.start == 0 or doc[span.start - 1].pos_ == "ADP" or
                               span.root.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj", "appos")) and \
                not listed_with_firms(span, by_token):
            continue  # a town, not the operator of the same name ("France's Orange will handle the landing")
        out.append(Mention(span.start, span.end, slugify(text), "Organization", "ner", text))
    return out
