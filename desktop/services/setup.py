"""Setting up a laptop: its device identity, site and technician."""

from __future__ import annotations

from desktop.domain.enums import Site
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage.store import Store

# Sites are the same records on every laptop: fixed ids, so merges see one record each.
SITE_NAMESPACE = "6f1c3a52-8a5e-4f3e-9a49-0d4b3c1e2a70"
SITES = {
    Site.CIFE: {"code": "CIFE", "name": "CIFE Fuenlabrada", "address": "Fuenlabrada (Madrid)", "phone": None},
    Site.LOS_ARCOS: {"code": "LOS_ARCOS", "name": "CIFE Los Arcos", "address": "Fuenlabrada (Madrid)", "phone": None},
}


def site_id(site: Site | str) -> str:
    import uuid  # with the platform module it loads: not needed to show the first screen

    return str(uuid.uuid5(uuid.UUID(SITE_NAMESPACE), str(site)))


def init_device(store: Store, site: str, device_name: str | None = None,
                technician_name: str | None = None) -> dict:
    """First start of a laptop. Idempotent for the same site; refuses to move a set-up laptop."""
    from desktop.domain.validation import validate  # not needed to show the first screen

    if site not in {s.value for s in Site}:
        raise UserError(Message("Setup", QT_TRANSLATE_NOOP("Setup", "Unknown site {site}: choose CIFE or LOS_ARCOS."), {"site": site}))
    current = store.meta.get("site")
    if current and current != site:
        raise UserError(Message("Setup", QT_TRANSLATE_NOOP(
            "Setup", "This laptop is already set up for site {site}."), {"site": current}))
    with store.transaction() as tx:
        for code, values in SITES.items():
            if tx.row("site", site_id(code)) is None:
                tx.insert("site", validate("site", values), row_id=site_id(code))
        store.set_meta(tx, "site", site)
        if device_name is not None or "device_name" not in store.meta:
            store.set_meta(tx, "device_name", (device_name or "").strip() or f"laptop-{store.meta['device_id'][-4:]}")
        if technician_name:
            tech = tx.insert("technician", validate("technician", {"full_name": technician_name, "site": site, "active": True}))
            store.set_meta(tx, "technician_id", tech["id"])
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
    row = store.reader().execute("SELECT full_name FROM technician WHERE id = ?", (technician_id,)).fetchone()
    return row[0] if row else ""


def set_current_technician(store: Store, technician_id: str | None) -> None:
    with store.transaction() as tx:
        store.set_meta(tx, "technician_id", technician_id or "")
