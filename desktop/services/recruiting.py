"""Recruiting in one step: a participant who has found work becomes a connector, the connector
record prefilled from the participant's and the two kept linked (connector.participant_id)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text

from desktop.domain import clock
from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.services.records import create_in, list_all, stamps_of
from desktop.storage.store import Store

CTX = "Recruiting"


def job(store: Store, participant_id: str) -> dict | None:
    """The participant's latest employment outcome (the job found), or None."""
    jobs = list_all(store, "employment_outcome", participant_id=participant_id)
    return max(jobs, key=lambda j: (j["start_date"], j["id"])) if jobs else None


def connector_of(store: Store, participant_id: str) -> dict | None:
    """The connector record this participant became, or None."""
    found = list_all(store, "connector", participant_id=participant_id)
    return found[0] if found else None


def since(connector: dict) -> date:
    """The day the connector record was written (its earliest field stamp)."""
    stamps = [s[0] for s in stamps_of(connector).values() if s]
    wall = clock.wall_ms_of(min(stamps)) if stamps else 0
    return datetime.fromtimestamp(wall / 1000).date()  # the local day


def prefill(store: Store, participant: dict) -> dict:
    """Connector values taken from the participant: name, phone, email, languages,
    neighbourhood, occupation group, the job's occupation as the field, local or migrant."""
    found = job(store, participant["id"])
    status = participant.get("migrant_status")
    origin = (
        E.Origin.LOCAL.value if status == E.MigrantStatus.LOCAL.value else E.Origin.MIGRANT.value
    )
    return {
        "full_name": f"{participant['first_name']} {participant['last_name']}".strip(),
        "phone": participant.get("phone"),
        "email": participant.get("email"),
        "languages": participant.get("languages"),
        "neighbourhood": participant.get("neighbourhood"),
        "occupation_group": participant.get("desired_occupation_group"),
        "field": (found or {}).get("occupation") or participant.get("desired_occupation"),
        "origin": origin if status else None,
        "active": True,
    }


def recruit(store: Store, participant_id: str, values: dict) -> dict:
    """Create the connector ``values`` describe, linked to the participant, in one transaction.
    Refused for a participant without a job, or one already a connector."""
    with store.transaction() as tx:
        outcome = tx.session.execute(
            text("SELECT 1 FROM employment_outcome WHERE participant_id = :p LIMIT 1"),
            {"p": participant_id},
        ).first()
        if outcome is None:
            raise UserError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Recruiting",
                        "Only a participant who has found work (a job outcome recorded) can become"
                        " a connector.",
                    ),
                )
            )
        linked = tx.session.execute(
            text("SELECT 1 FROM connector WHERE participant_id = :p LIMIT 1"), {"p": participant_id}
        ).first()
        if linked is not None:
            raise UserError(
                Message(
                    CTX, QT_TRANSLATE_NOOP("Recruiting", "This participant is already a connector.")
                )
            )
        return create_in(tx, "connector", {**values, "participant_id": participant_id})
