"""Connector meetings and the referrals they lead to: saved together, in one transaction.

A meeting is planned (its date may be still to come), held or cancelled; referrals are made
at a meeting held. A meeting recorded without a status is one that took place (held), as
every meeting recorded before meetings had a status."""

from __future__ import annotations

from datetime import date

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, ValidationError
from desktop.services import accounts
from desktop.services.records import (
    Difference,
    StaleRecord,
    create_in,
    not_found,
    stamps_of,
    update_in,
)
from desktop.storage.store import Store

HELD = E.MeetingStatus.HELD.value
REFERRALS_AT_HELD = Message(
    "Meetings",
    QT_TRANSLATE_NOOP(
        "Meetings",
        "Connectors are referred to at a meeting held: mark the meeting as held, or remove the"
        " referrals.",
    ),
)
NOT_PLANNED = Message(
    "Meetings",
    QT_TRANSLATE_NOOP(
        "Meetings",
        "This meeting is no longer planned: it was changed elsewhere. The list shows it as it is"
        " now.",
    ),
)


class ReferralError(ValidationError):
    """A referral of the meeting is invalid; ``index`` is its position in the list given."""

    def __init__(self, index: int, error: ValidationError):
        super().__init__(error.problems)
        self.index = index


def save_meeting(
    store: Store,
    participant_id: str,
    values: dict,
    referrals: list[tuple[str | None, dict]],
    meeting_id: str | None = None,
    seen: dict[str, dict] | None = None,
) -> dict:
    """Create or change a meeting and its referrals. Each referral is (existing id or None,
    values); an existing referral whose connector was cleared is removed. A new meeting names
    the logged-in account's technician as who logged it; a change keeps who logged it.

    ``seen``: record id -> its stamps when the form showed it (the meeting's and its
    referrals'). A field another write changed since is not overwritten: StaleRecord lists
    every such field of the meeting and its referrals, and nothing is written."""
    accounts.require_participant(store, participant_id)
    values = accounts.stamp(store, "connector_meeting", values, new=not meeting_id)
    stale: list[Difference] = []
    stamps: dict[str, dict] = {}

    def update_seen(kind: str, row_id: str, given: dict) -> dict | None:
        try:
            return update_in(
                tx, kind, row_id, given, None if seen is None else seen.get(row_id, {})
            )
        except StaleRecord as exc:
            stale.extend(exc.differences)
            stamps.update(exc.stamps)
            return None

    with store.transaction() as tx:
        values = {**values, "participant_id": participant_id}
        if meeting_id:
            meeting = update_seen("connector_meeting", meeting_id, values) or tx.row(
                "connector_meeting", meeting_id
            )
            if (
                meeting is None
            ):  # update_in refuses a meeting gone; one changed meanwhile is still there
                raise not_found("connector_meeting")
        else:
            meeting = create_in(tx, "connector_meeting", {"status": HELD, **values})
        kept = [ref for referral_id, ref in referrals if ref.get("connector_id")]
        if kept and (values.get("status") or meeting["status"]) != HELD:
            raise UserError(REFERRALS_AT_HELD)
        for index, (referral_id, ref) in enumerate(referrals):
            try:
                if referral_id and not ref.get("connector_id"):
                    current = tx.row("referral", referral_id)
                    if (
                        current is not None
                        and seen is not None
                        and stamps_of(current) != stamps_of(seen.get(referral_id))
                    ):
                        stale.append(
                            Difference(
                                "referral",
                                referral_id,
                                "connector_id",
                                current["connector_id"],
                                None,
                            )
                        )
                        stamps[referral_id] = stamps_of(current)
                    else:
                        tx.delete("referral", referral_id)
                elif referral_id:
                    update_seen("referral", referral_id, ref)
                elif ref.get("connector_id"):
                    create_in(
                        tx,
                        "referral",
                        {**ref, "meeting_id": meeting["id"], "participant_id": participant_id},
                    )
            except ValidationError as exc:
                raise ReferralError(index, exc) from None
        if stale:  # the transaction is rolled back: nothing of this save is written
            raise StaleRecord(stale, stamps)
        return meeting


def mark_held(store: Store, meeting_id: str, today: date | None = None) -> dict:
    """A planned meeting took place: it becomes held, dated today if its planned day is
    still to come (a meeting held cannot be in the future). Refused when the meeting is no
    longer planned (held or cancelled meanwhile, in another window or on another laptop)."""
    today = today or date.today()
    with store.transaction() as tx:
        current = tx.row("connector_meeting", meeting_id)
        if current is None:
            raise not_found("connector_meeting")
        accounts.require_participant(store, current["participant_id"])
        if current["status"] != E.MeetingStatus.PLANNED.value:
            raise UserError(NOT_PLANNED)
        values: dict[str, object] = {"status": HELD}
        if current["met_on"] > today:
            values["met_on"] = today
        return update_in(tx, "connector_meeting", meeting_id, values)
