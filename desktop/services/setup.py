"""Setting up a laptop: its device identity, site and technician."""

from __future__ import annotations

from desktop.domain.enums import Site
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage.store import Store

# Sites are the same records on every laptop: fixed ids, so merges see one record each.
SITE_NAMESPACE = "6f1c3a52-8a5e-4f3e-9a49-0d4b3c1e2a70"
SITES = {
    Site.CIFE: {
        "code": "CIFE",
        "name": "CIFE Fuenlabrada",
        "address": "Fuenlabrada (Madrid)",
        "phone": None,
    },
    Site.LOS_ARCOS: {
        "code": "LOS_ARCOS",
        "name": "CIFE Los Arcos",
        "address": "Fuenlabrada (Madrid)",
        "phone": None,
    },
}


def site_id(site: Site | str) -> str:
    import uuid  # with the platform module it loads: not needed to show the first screen

    return str(uuid.uuid5(uuid.UUID(SITE_NAMESPACE), str(site)))


def init_device(
    store: Store, site: str, device_name: str | None = None, technician_name: str | None = None
) -> dict:
    """First start of a laptop. Idempotent for the same site; refuses to move a set-up laptop."""
    from desktop.domain.validation import validate  # not needed to show the first screen

    if site not in {s.value for s in Site}:
        raise UserError(
            Message(
                "Setup",
                QT_TRANSLATE_NOOP("Setup", "Unknown site {site}: choose CIFE or LOS_ARCOS."),
                {"site": site},
            )
        )
    current = store.meta.get("site")
    if current and current != site:
        raise UserError(
            Message(
                "Setup",
                QT_TRANSLATE_NOOP("Setup", "This laptop is already set up for site {site}."),
                {"site": current},
            )
        )
    with store.transaction() as tx:
        for code, values in SITES.items():
            if tx.row("site", site_id(code)) is None:
                tx.insert("site", validate("site", values), row_id=site_id(code))
        store.set_meta(tx, "site", site)
        if device_name is not None or "device_name" not in store.meta:
            store.set_meta(
                tx,
                "device_name",
                (device_name or "").strip() or f"laptop-{store.meta['device_id'][-4:]}",
            )
        if technician_name and technician_name.strip():
            store.set_meta(tx, "technician_id", _technician_id(store, tx, technician_name, site))
    return device_info(store)


def device_info(store: Store) -> dict:
    return {
        "device_id": store.meta.get("device_id"),
        "device_name": store.meta.get("device_name"),
        "device_tag": store.device_tag if store.initialized else None,
        "site": store.meta.get("site"),
        "technician_id": store.meta.get("technician_id"),
    }


def technician_name(store: Store) -> str:
    """The name of the technician working on this laptop ("" when none is chosen)."""
    technician_id = store.meta.get("technician_id")
    if not technician_id:
        return ""
    row = (
        store.reader()
        .execute("SELECT full_name FROM technician WHERE id = ?", (technician_id,))
        .fetchone()
    )
    return row[0] if row else ""


def set_current_technician(store: Store, technician_id: str | None) -> None:
    with store.transaction() as tx:
        store.set_meta(tx, "technician_id", technician_id or "")


def technicians(store: Store) -> list[tuple[str, str]]:
    """(id, full name) of the active technicians, by name: the choices of who uses this laptop."""
    rows = (
        store.reader()
        .execute("SELECT id, full_name FROM technician WHERE active ORDER BY full_name")
        .fetchall()
    )
    return [(r[0], r[1]) for r in rows]


def choose_technician(store: Store, name: str) -> str:
    """The technician who uses this laptop from now on, by name: the technician of that name
    (case and accents aside) when there is one, else a new one at this laptop's site.
    Returns their id. Until accounts replace it, the choice is kept in the store's meta."""
    if not " ".join((name or "").split()):
        raise UserError(
            Message(
                "Setup",
                QT_TRANSLATE_NOOP(
                    "Setup", "Write the full name of the technician who uses this laptop."
                ),
            )
        )
    with store.transaction() as tx:
        technician_id = _technician_id(store, tx, name, store.meta.get("site") or Site.CIFE.value)
        store.set_meta(tx, "technician_id", technician_id)
    return technician_id


def _technician_id(store: Store, tx, name: str, site: str) -> str:
    """The technician called ``name`` (case and accents aside), added at ``site`` if new."""
    from desktop.domain.text import fold
    from desktop.domain.validation import validate

    name = " ".join(name.split())
    wanted = fold(name)
    existing = next((tid for tid, full in technicians(store) if fold(full) == wanted), None)
    if existing is not None:
        return existing
    return tx.insert(
        "technician", validate("technician", {"full_name": name, "site": site, "active": True})
    )["id"]
