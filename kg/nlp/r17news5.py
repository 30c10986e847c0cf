"""Entity-side helpers of round 17's news5 fixes: a multilateral bank is what ``the lender`` or ``the bank`` can
refer back to (:mod:`kg.nlp.references`)."""

from __future__ import annotations

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
