"""Entity-side helpers of round 17's news5 fixes: a multilateral bank is what ``the lender`` or ``the bank`` can
refer back to (:mod:`kg.nlp.references`); a name the model took for a person gives way to a firm's description
in apposition to it (:mod:`kg.nlp.described_names`)."""

from __future__ import annotations

from spacy.tokens import Span

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
