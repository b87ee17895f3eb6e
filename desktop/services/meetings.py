"""Connector meetings and the referrals they lead to: saved together, in one transaction."""

from __future__ import annotations

from desktop.domain.messages import ValidationError
from desktop.services.records import create_in, update_in
from desktop.storage.store import Store


class ReferralError(ValidationError):
    """A referral of the meeting is invalid; ``index`` is its position in the list given."""

    def __init__(self, index: int, error: ValidationError):
        super().__init__(error.problems)
        self.index = index


def save_meeting(store: Store, participant_id: str, values: dict,
                 referrals: list[tuple[str | None, dict]], meeting_id: str | None = None) -> dict:
    """Create or change a meeting and its referrals. Each referral is (existing id or None,
    values); an existing referral whose connector was cleared is removed."""
    with store.transaction() as tx:
        values = {**values, "participant_id": participant_id}
        if meeting_id:
            meeting = update_in(tx, "connector_meeting", meeting_id, values)
        else:
            meeting = create_in(tx, "connector_meeting", values)
        for index, (referral_id, ref) in enumerate(referrals):
            try:
                if referral_id and not ref.get("connector_id"):
                    tx.delete("referral", referral_id)
                elif referral_id:
                    update_in(tx, "referral", referral_id, ref)
                elif ref.get("connector_id"):
                    create_in(tx, "referral", {**ref, "meeting_id": meeting["id"], "participant_id": participant_id})
            except ValidationError as exc:
                raise ReferralError(index, exc) from None
        return meeting
