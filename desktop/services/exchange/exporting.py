"""Exporting a bundle to a drive: a laptop's changes (encrypted to the coordinator it trusts,
signed with its own key), or a coordinator's reference data (to every enrolled laptop). The
bundle is written, read back and checked before the export counts, then noted in the history.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.ids import new_id
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.exchange import audit_bundle as AB
from desktop.exchange import bundle as B
from desktop.exchange import keys as K
from desktop.exchange import reference as R
from desktop.exchange.errors import BundleRejected
from desktop.exchange.gcpause import paused_gc
from desktop.services import accounts, audit, backups
from desktop.services.exchange import ledger as L
from desktop.services.exchange.identity import _err, device_keys, is_coordinator
from desktop.storage.migrate import head_revision
from desktop.storage.store import Store

log = logging.getLogger("milma.exchange")

Progress = Callable[
    [int, str], None
]  # (percent 0-100 or -1 when unknown, stage: collect/encrypt/write/verify/done)


def _noop(_pct: int, _stage: str) -> None:
    return None


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    bundle_type: str
    since: int
    last: int
    counts: dict[str, int] = field(default_factory=dict)
    laptops: int = 0  # reference data: how many laptops can open it

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _counts(changes: list[dict]) -> dict[str, int]:
    return dict(sorted(Counter(c["kind"] for c in changes).items()))


def _clock(store: Store) -> int:
    store.reload_meta()
    return store.clock.last


def export(
    store: Store,
    folder: Path,
    *,
    full: bool = False,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """A laptop exports its changes; a coordinator exports reference data."""
    if is_coordinator(store):
        return export_reference(store, folder, passphrase=passphrase, progress=progress)
    return export_changes(store, folder, full=full, progress=progress)


def _check_folder(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise B.BundleWriteError(
            Message(
                "Bundle",
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "Could not write the bundle to {folder} (was the drive removed?): nothing was"
                    " exported.",
                ),
                {"folder": str(folder)},
            )
        )
    return folder


def export_changes(
    store: Store, folder: Path, *, full: bool = False, progress: Progress | None = None
) -> ExportResult:
    with paused_gc():  # a full export makes millions of small objects, none cyclic
        return _export_changes(store, folder, full, progress)


def _export_changes(
    store: Store, folder: Path, full: bool, progress: Progress | None
) -> ExportResult:
    from desktop.exchange.changes import collect

    progress = progress or _noop
    folder = _check_folder(folder)
    device = device_keys(store)
    progress(-1, "collect")
    with store.read() as s:
        coordinator = K.trusted_coordinator(s)
        if not coordinator:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This laptop does not know its coordinator yet: trust the coordinator's public"
                    " key first (Keys and laptops on the exchange screen, or 'milma keys"
                    " trust-coordinator').",
                )
            )
        since = 0 if full else L.acked(s, store.device_id)
        changes, first, last = collect(s, since or None)
        audit_log = AB.section(
            s, store.device_id, 0 if full else int(store.meta.get(L.AUDIT_ACKED) or 0)
        )
    last = max(last or 0, since)
    bundle_id = new_id()
    manifest = {
        "type": B.CHANGES,
        "bundle_id": bundle_id,
        "device_id": store.device_id,
        "site": store.meta.get("site"),
        "schema_version": head_revision(),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sequence": {"since": since, "first": first or 0, "last": last},
        "clock": _clock(store),
        "counts": _counts(changes),
        "age_public_key": device.age_public,
        "full": bool(full),
        "device_name": store.meta.get("device_name"),  # the laptop's name, for the history
    }
    return _write_bundle(
        store,
        folder,
        manifest,
        {"changes": changes, AB.KEY: audit_log},
        device,
        [coordinator, device.age_public],
        [device.age_identity],
        None,
        progress,
    )


def export_reference(
    store: Store, folder: Path, *, passphrase: str | None = None, progress: Progress | None = None
) -> ExportResult:
    accounts.require(store, "reference")
    progress = progress or _noop
    folder = _check_folder(folder)
    device = device_keys(store)
    with store.read() as s:
        identity = K.unlock_coordinator(s, passphrase)
        coordinator = K.coordinator_public(s)
        laptops = [d for d in K.devices(s) if d["revoked_ms"] is None and d["age_public_key"]]
        if not laptops:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "No enrolled laptop can receive reference data yet: enrol laptops from their"
                    " key files, or import a bundle from each first.",
                )
            )
        progress(-1, "collect")
        body, last = R.build_body(s)
        body[AB.KEY] = AB.ack_section(s, store.device_id)
    bundle_id = new_id()
    manifest = {
        "type": B.REFERENCE,
        "bundle_id": bundle_id,
        "device_id": store.device_id,
        "site": store.meta.get("site"),
        "device_name": store.meta.get("device_name"),
        "schema_version": head_revision(),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sequence": {"since": 0, "first": 0, "last": last or 0},
        "clock": _clock(store),
        "counts": _counts(body["changes"]),
        "coordinator": coordinator,
    }
    laptop_keys = sorted({d["age_public_key"] for d in laptops})
    tags = [(str(identity), coordinator, key) for key in laptop_keys]
    result = _write_bundle(
        store,
        folder,
        manifest,
        body,
        device,
        laptop_keys + [coordinator],
        [identity],
        tags,
        progress,
    )
    result.laptops = len(laptop_keys)
    return result


def _write_bundle(
    store: Store,
    folder: Path,
    manifest: dict,
    body: dict,
    device: K.DeviceKeys,
    recipients: list[str],
    readers: list,
    tags,
    progress: Progress,
) -> ExportResult:
    progress(30, "encrypt")
    body_bytes = B.encode_body(body)
    data = B.seal(manifest, body_bytes, device, recipients, tags)
    digest = B.body_hash(body_bytes)
    del body_bytes
    progress(60, "write")
    name = B.file_name(manifest["type"], manifest["bundle_id"])
    path = B.write_atomic(folder, name, data)
    progress(80, "verify")
    try:
        opened = B.open_plain(
            B.decrypt(B.read_file(path), readers), head_revision(), parse_body=False
        )
        if opened.manifest["bundle_id"] != manifest["bundle_id"]:
            raise BundleRejected(Message("Bundle", "read-back mismatch"))
    except (BundleRejected, OSError):
        path.unlink(missing_ok=True)
        raise B.BundleWriteError(
            Message(
                "Bundle",
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "The bundle written to {folder} could not be read back correctly: nothing was"
                    " exported. Try another drive.",
                ),
                {"folder": str(folder)},
            )
        ) from None
    seq = manifest["sequence"]
    with store.transaction() as tx:
        L.note_export(tx.session, manifest, name, digest)
        audit.note(
            tx,
            "export",
            detail={
                "bundle_id": manifest["bundle_id"],
                "type": manifest["type"],
                "changes": sum(manifest["counts"].values()),
            },
        )
    backups.remember_marks(
        store
    )  # its stamps and positions left the laptop: never handed out again
    progress(100, "done")
    log.info(
        "exported %s bundle %s: %d changes",
        manifest["type"],
        manifest["bundle_id"],
        sum(manifest["counts"].values()),
    )
    return ExportResult(
        path, manifest["bundle_id"], manifest["type"], seq["since"], seq["last"], manifest["counts"]
    )
