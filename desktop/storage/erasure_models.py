"""The register of erasures: which participants were erased on this store, or reached it erased,
with the stamp of the erasure and when it took effect here. Local bookkeeping, never a synced
record (the erasure travels as the participant's tombstone marked as one). It holds ids and
times only: the backups made before ``erased_ms`` still hold the person, and the rotation removes
them in due time (desktop.storage.backups); a restore erases them again."""

from __future__ import annotations

from sqlmodel import Field

from desktop.storage.models import Model


class Erasure(Model, table=True):
    __tablename__ = "erasure"
    participant_id: str = Field(primary_key=True, max_length=36)
    hlc: int  # the stamp of the participant's tombstone
    device_id: str
    erased_ms: int  # UTC milliseconds when the erasure took effect on this store


class RetentionKeep(Model, table=True):
    """A coordinator's decision, at the retention review, to keep a person whose last activity is
    older than the retention period, with the reason (desktop.services.retention). Local
    bookkeeping of the coordinator's store; the reason names no one."""

    __tablename__ = "retention_keep"
    participant_id: str = Field(primary_key=True, max_length=36)
    reason: str
    kept_ms: int  # UTC milliseconds of the decision: the person is listed again a year later
