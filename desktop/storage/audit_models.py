"""The audit log's table (migration 0012): local bookkeeping, never a synced record kind.

Each laptop keeps its own chain of entries under its device id, numbered from 1; a coordinator
also keeps the chain of every laptop whose bundles it imported. An entry names who (the
technician's record id), did what (``action``), to which record (kind, id and, for a person, their
participant code), when (UTC, to the second) and on which laptop, with a few ids or counts in
``detail``; never a name or any other personal data. ``prev_hash`` is the ``hash`` of the entry
before it in the same chain (64 zeros for the first), ``hash`` the SHA-256 of the entry's
canonical encoding (desktop.storage.audit.entry_hash). Written only by desktop/storage/audit.py.
"""

from __future__ import annotations

from sqlmodel import Field

from desktop.storage.models import Model


class AuditEntry(Model, table=True):
    __tablename__ = "audit_entry"
    device_id: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    at: str  # "YYYY-MM-DDTHH:MM:SSZ"
    actor: str | None = None  # technician record id
    action: str = Field(index=True)
    kind: str | None = None
    record_id: str | None = Field(default=None, index=True)
    code: str | None = None  # the participant code the record concerns
    detail: str = "{}"  # JSON object of ids and counts
    prev_hash: str
    hash: str
