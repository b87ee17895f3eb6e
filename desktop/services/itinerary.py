"""A participant's whole itinerary, read in one go (participant page, CLI, printed document)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services.attendance import with_register_hours
from desktop.services.participants import by_code
from desktop.storage import stamps as codec
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store

# kind -> ordering column of a participant's records
PARTS = {
    "enrolment": "enrolled_on",
    "goal": "target_date",
    "coaching_session": "starts_at",
    "life_story": "recorded_on",
    "consent": "given_on",
    "connector_meeting": "met_on",
    "referral": "status",
    "placement": "start_date",
    "employment_outcome": "start_date",
    "survey_response": "answered_on",
    "inclusion_introduction": "introduced_on",
}


def records_of(store: Store, participant_id: str) -> dict[str, list[dict]]:
    """Every record of the participant, per kind, with lab, company and connector names."""
    out: dict[str, list[dict]] = {}
    names = {}
    with store.read() as s:
        for kind in ("lab", "company", "connector", "technician", "association"):
            t = RECORD_MODELS[kind].__table__
            col = t.c.full_name if "full_name" in t.c else t.c.name
            names[kind] = dict(s.execute(select(t.c.id, col)).all())
        for kind, order in PARTS.items():
            t = RECORD_MODELS[kind].__table__
            rows = (
                s.execute(
                    select(t)
                    .where(t.c.participant_id == participant_id)
                    .order_by(t.c[order], t.c.id)
                )
                .mappings()
                .all()
            )
            items = []
            for r in rows:
                item = {k: v for k, v in dict(r).items() if k not in codec.SYNC_COLUMNS}
                for ref, target in (
                    ("lab_id", "lab"),
                    ("company_id", "company"),
                    ("connector_id", "connector"),
                    ("technician_id", "technician"),
                    ("recorded_by", "technician"),
                    ("association_id", "association"),
                ):
                    if ref in item:
                        item[
                            ref.removesuffix("_id") + "_name"
                            if ref.endswith("_id")
                            else "recorded_by_name"
                        ] = names[target].get(item[ref])
                items.append(item)
            out[kind] = items
        # hours attended from the lab register, where an enrolment has one
        out["enrolment"] = with_register_hours(s, out["enrolment"])
    return out


def itinerary_by_code(store: Store, code: str) -> dict:
    person = by_code(store, code)
    return {
        "participant": {
            k: v
            for k, v in person.items()
            if k not in (*codec.SYNC_COLUMNS, "search_key", "name_key")
        },
        **records_of(store, person["id"]),
    }
