"""Tables of the merge engine.

``participant_merge`` is a synced record kind (written through Tx like any other). The others are
local bookkeeping of merges, never synced as records:

- ``merge_conflict``: the losing value of a concurrent edit, kept for review (keep mine / keep
  theirs). It holds personal data, so it is removed with its record and cleared once resolved.
- ``merge_quarantine``: incoming operations held until a coordinator releases or discards them,
  with the reason (desktop.exchange.rights: stamped too far in the future, or outside what the
  laptop that sent them may do).
- ``merge_pending``: incoming field values that cannot be written yet (the record is incomplete
  because an earlier bundle has not arrived, or a record it refers to is missing).
"""

from __future__ import annotations

from sqlmodel import Field

from desktop.storage.models import RECORD_MODELS, Model, Record, fk


class ParticipantMerge(Record, table=True):
    __tablename__ = "participant_merge"
    survivor_id: str = fk("participant", required=True)
    duplicate_id: str = fk("participant", required=True)
    repointed: str | None = None  # JSON list of [kind, record id, field]
    active: bool


class MergeConflict(Model, table=True):
    __tablename__ = "merge_conflict"
    id: int | None = Field(default=None, primary_key=True)
    table_name: str
    row_id: str = Field(index=True)
    field: str
    loser: str  # "mine" (the value this store had) or "theirs" (the incoming value)
    value: str  # the losing value, JSON-encoded ("null" once resolved)
    loser_hlc: int
    loser_device: str
    winner_hlc: int
    winner_device: str
    detected_ms: int
    resolved: str | None = None  # None while open; "mine" or "theirs" once decided


class MergeQuarantine(Model, table=True):
    __tablename__ = "merge_quarantine"
    id: int | None = Field(default=None, primary_key=True)
    table_name: str
    row_id: str = Field(index=True)
    op: str
    hlc: int  # the latest stamp of the operation
    device_id: str
    digest: str = Field(index=True)  # sha256 of the change: the same operation is held once
    change: str  # the change, JSON
    received_ms: int
    reason: str  # why it is held: a source text of context "Quarantine" (desktop.exchange.rights)


class MergePending(Model, table=True):
    __tablename__ = "merge_pending"
    table_name: str = Field(primary_key=True)
    row_id: str = Field(primary_key=True)
    fields: str  # JSON {field: [value, hlc, device]}


RECORD_MODELS[ParticipantMerge.__tablename__] = ParticipantMerge
