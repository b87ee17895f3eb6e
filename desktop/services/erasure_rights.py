"""Who may erase a person (desktop.services.erasure), asked without loading the storage stack:
the participants list asks it as the first screen opens, before SQLAlchemy is loaded.

Coordinators and administrators erase, on the coordinator's store: an account whose role may
erase; a laptop is refused whoever is logged in."""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.storage.store import Store


def coordinator_store(store: Store) -> bool:
    """This store holds the coordinator's identity (it merges the laptops' bundles)."""
    return (
        store.reader().execute("SELECT 1 FROM exchange_key WHERE role = 'coordinator'").fetchone()
        is not None
    )


def refusal(store: Store) -> Message | None:
    """Why this store may not erase anyone, or None when it may: the coordinator's store, and there
    an account whose role may erase (a coordinator or an administrator; a store without accounts
    allows it)."""
    from desktop.services import accounts

    if not coordinator_store(store):
        return Message(
            "Erasure",
            QT_TRANSLATE_NOOP(
                "Erasure",
                "Only a coordinator or an administrator can erase a person, on the coordinator's"
                " store: ask them. Nothing was erased.",
            ),
        )
    try:
        accounts.require(store, "erase")
    except accounts.AccessDenied as denied:
        return denied.message
    return None


def allowed(store: Store) -> bool:
    return refusal(store) is None
