"""The printed itinerary's part on the areas that help inclusion, after the connectors: when
the participant was introduced to their neighbourhood, a local association, the Coexistence
Board or the Anti-Rumours network, and whether they would like to join. Left out of a copy
prepared for a partner company (the areas could hint at the person's origin)."""

from __future__ import annotations

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.reports import itinerary_texts as T

H_INCLUSION = QT_TRANSLATE_NOOP("Itinerary", "Introductions to the areas that help inclusion")
C_WHERE = QT_TRANSLATE_NOOP("Itinerary", "Introduced to")
C_JOIN = QT_TRANSLATE_NOOP("Itinerary", "Would like to join")
AT_ASSOCIATION = QT_TRANSLATE_NOOP("Itinerary", "{association}, a local association")


def section(doc) -> list:
    """The table of introductions (none recorded, or a copy for a company: nothing)."""
    items = doc.data.get("introductions") or []
    if not items or doc.data.get("recipient"):
        return []
    rows = [
        [
            doc.day(i.get("introduced_on")),
            _where(doc, i),
            doc.enum(E.JoinInterest, i.get("interest")),
        ]
        for i in items
    ]
    return doc.section(
        H_INCLUSION, [T.C_DATE, C_WHERE, C_JOIN], rows, [28, 104, 42]
    )  # translated there


def _where(doc, item: dict) -> str:
    if item.get("area") == E.InclusionArea.ASSOCIATION.value and item.get("association_name"):
        return doc.t(AT_ASSOCIATION, association=item["association_name"])
    return doc.enum(E.InclusionArea, item.get("area"))
