"""Entity-side helpers of round 17's news5 fixes: a multilateral bank is what ``the lender`` or ``the bank`` can
refer back to, and a description repeated from the sentence before refers to what it referred to then
(:mod:`kg.nlp.references`); a name the model took for a person gives way to a firm's description
in apposition to it (:mod:`kg.nlp.described_names`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.mentions import Mention
from kg.records import Entity


def multilateral_bank(e: Entity) -> bool:
    """Whether ``e`` is an international organisation named as a bank (``Asian Development Bank``,
    ``Afreximbank``), which ``the lender`` / ``the bank`` may refer back to as they do to a country's bank.

    >>> multilateral_bank(Entity(id="adb", label="Asian Development Bank", type="InternationalOrganization"))
    True
    >>> multilateral_bank(Entity(id="caf", label="Development Bank of Latin America", type="InternationalOrganization"))
    True
    >>> multilateral_bank(Entity(id="wto", label="World Trade Organization", type="InternationalOrganization"))
    False
    """
    if e.type != "InternationalOrganization":
        return False
    return any(name.lower().endswith("bank") or "bank" in name.lower().split() for name in [e.label, *e.aliases])


def person_guess(m: Mention, span: Span) -> bool:
    """Whether mention ``m`` is only the model's guess of a person for exactly the name ``span``
    (``Tianlu Positioning``, taken for a person), which a firm's description in apposition overrules.

    >>> import spacy
    >>> doc = spacy.blank("en")("Nova Positioning , a maker")
    >>> person_guess(Mention(0, 2, "nova-positioning", "Person", "ner", "Nova Positioning"), doc[0:2])
    True
    >>> person_guess(Mention(0, 2, "nova-positioning", "Person", "name", "Nova Positioning"), doc[0:2])
    False
    """
    return m.label == "Person" and m.kind == "ner" and m.start == span.start and m.end == span.end


def repeated_description(doc: Doc, at: int, before: tuple[int, str] | None, fitting: list[Mention]) -> list[str]:
    """``[entity id]`` when the description at ``at`` (``the lender``) repeats one that referred to that entity in
    the same or the sentence before (``The Cairo-based lender said ... The lender's president``) and no other
    entity it fits was named as a subject in between (names listed as objects are no new topic); else ``[]``.

    >>> import spacy
    >>> doc = spacy.blank("en")("The lender said banks joined . The lender grew .")
    >>> repeated_description(doc, 6, (1, "afrexim"), [])
    ['afrexim']
    >>> repeated_description(doc, 6, None, [])
    []
    """
    if before is None:
        return []
    at_sent = doc[at].sent.start if doc.has_annotation("SENT_START") else 0
    prev_sent = doc[before[0]].sent.start if doc.has_annotation("SENT_START") else 0
    sents = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    if prev_sent not in sents or at_sent not in sents or sents.index(at_sent) - sents.index(prev_sent) > 1:
        return []
    for m in fitting:
        if before[0] < m.start < at and m.entity_id != before[1] and \
                doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass"):
            return []
    return [before[1]]
