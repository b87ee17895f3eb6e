"""The accounts' table (migration 0016): local bookkeeping of the laptop, never a synced record.

An account is who logs in: a user name (kept folded: lower case, no accents), the synced
technician record it stands for (stamped on what they record), a role, and the argon2id hash of
its password in the PHC string form, which holds its parameters. ``failures`` counts the wrong
passwords in a row and ``failed_at`` (seconds since the epoch) is the last one: the next try waits
(desktop.services.accounts). Written only by desktop/services/accounts.py.
"""

from __future__ import annotations

from sqlmodel import Field

from desktop.storage.models import Model


class Account(Model, table=True):
    __tablename__ = "account"
    id: str = Field(primary_key=True)
    username: str = Field(index=True, unique=True)
    technician_id: str | None = None
    role: str
    password_hash: str
    active: bool = True
    failures: int = 0
    failed_at: float | None = None
    created_at: str  # "YYYY-MM-DDTHH:MM:SSZ"
