"""Tests that record something as another technician log in as them for it: the technician
stamped on a coaching session or a life story is the logged-in account's."""

from __future__ import annotations

from contextlib import contextmanager

from desktop.services import accounts

PASSWORD = "password of a test"


@contextmanager
def acting_as(store, technician_id: str, role: str = "coordinator"):
    """Logged in, inside the block, as an account standing for ``technician_id`` (made on first
    use by the account logged in, an administrator; a coordinator, for any site); then as
    before."""
    before = accounts.current(store)
    name = "t" + technician_id.replace("-", "")[-12:]
    if name not in {a.username for a in accounts.accounts(store)}:
        accounts.create_account(store, name, PASSWORD, role, technician_id=technician_id)
    accounts.login(store, name, PASSWORD)
    try:
        yield store
    finally:
        store.log_in(before)
