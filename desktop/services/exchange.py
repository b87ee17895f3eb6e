"""USB exchange use cases: keys and trust, export, import (preview, then apply), history.

A store is a *laptop*, or a *coordinator* once it has a coordinator identity. A laptop exports
its changes (encrypted to the coordinator it trusts, signed with its own key) and imports
reference data; a coordinator imports laptops' bundles and exports reference data to them.
Every import is applied in one transaction, or refused whole and nothing is written.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError

from desktop.domain.ids import device_prefix, new_id
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.exchange import audit_bundle as AB
from desktop.exchange import bundle as B
from desktop.exchange import keys as K
from desktop.exchange import reference as R
from desktop.exchange.errors import BundleRejected
from desktop.exchange.gcpause import paused_gc
from desktop.services import accounts, audit, backups
from desktop.storage.exchange_models import (
    ExchangeAck,
    ExchangeDevice,
    ExchangeHistory,
    ExchangeSeqRange,
)
from desktop.storage.migrate import head_revision
from desktop.storage.store import Store

log = logging.getLogger("milma.exchange")

_HIST = ExchangeHistory.__table__
_ACK = ExchangeAck.__table__
_RANGE = ExchangeSeqRange.__table__
_DEV = ExchangeDevice.__table__

AUDIT_ACKED = "audit_acked_seq"  # store meta on a laptop: its audit entries the coordinator holds whole
Progress = Callable[[int, str], None]  # (percent 0-100 or -1 when unknown, stage: collect/encrypt/write/verify/done)


class ExchangeError(UserError):
    pass


def _err(text: str, **params) -> ExchangeError:
    return ExchangeError(Message("Exchange", text, params))


def _noop(_pct: int, _stage: str) -> None:
    return None


# ---- keys and trust -------------------------------------------------------------------------

def is_coordinator(store: Store) -> bool:
    from desktop.services.erasure_rights import coordinator_store

    return coordinator_store(store)


def needs_passphrase(store: Store) -> bool:
    """True when an operation on this store must first unlock the coordinator identity."""
    with store.read() as s:
        return K.coordinator_public(s) is not None and not K.is_unlocked(s)


def unlock(store: Store, passphrase: str | None) -> None:
    with store.read() as s:
        K.unlock_coordinator(s, passphrase)


def _device_keys(store: Store) -> K.DeviceKeys:
    with store.read() as s:
        found = K.load_device_keys(s)
    if found is not None:
        return found
    with store.transaction() as tx:
        return K.ensure_device_keys(tx.session)


def key_info(store: Store) -> dict:
    """What 'milma keys show' prints; creates this store's keys on first use."""
    device = _device_keys(store)
    with store.read() as s:
        coordinator = K.coordinator_public(s)
        trusted = K.trusted_coordinator(s)
        revoked = device.fingerprint in K.revoked_fingerprints(s)
    info = {
        "device_id": store.device_id,
        "signing_public_key": device.signing_public,
        "fingerprint": device.fingerprint,
        "age_public_key": coordinator or device.age_public,
        "role": "coordinator" if coordinator else "laptop",
        "device_name": store.meta.get("device_name") or "",  # the key file names its computer
    }
    if coordinator:
        info["device_age_public_key"] = device.age_public
    if trusted:
        info["trusted_coordinator"] = trusted
    if revoked:
        info["revoked"] = True
    return info


def init_coordinator(store: Store, passphrase: str) -> str:
    accounts.require(store, "keys")
    K.check_passphrase(passphrase)
    _device_keys(store)
    with store.transaction() as tx:
        public = K.init_coordinator(tx.session, passphrase)
    log.info("coordinator identity created")
    return public


TRUSTED_NAME = "trusted_coordinator_name"  # store meta: the name its key file gave


def trust_coordinator(store: Store, key_or_file: str) -> str:
    """Pin the coordinator's age public key (typed, or from the coordinator's key file, which
    also gives its name)."""
    accounts.require(store, "keys")
    age_public_key, name = K.read_coordinator_file(str(key_or_file))
    with store.transaction() as tx:
        if K.coordinator_public(tx.session) == age_public_key:
            raise _err(QT_TRANSLATE_NOOP("Exchange", "This store is the coordinator itself."))
        key = K.trust_coordinator(tx.session, age_public_key)
        store.set_meta(tx, TRUSTED_NAME, name or "")
        return key


def key_summary(store: Store) -> dict:
    """The keys as people check them: names, dates and short fingerprints to read aloud (the
    raw keys of key_info too, for the details)."""
    info = key_info(store)
    out = dict(info)
    if info["role"] == "coordinator":
        out["age_fingerprint"] = K.age_fingerprint(info["age_public_key"])
    if info.get("trusted_coordinator"):
        with store.read() as s:
            since = K.trusted_since_ms(s)
        out["trusted_name"] = store.meta.get(TRUSTED_NAME) or None
        out["trusted_since"] = datetime.fromtimestamp(since / 1000, UTC) if since else None
        out["trusted_fingerprint"] = K.age_fingerprint(info["trusted_coordinator"])
    return out


def read_enrolment(key_or_file: str) -> dict:
    return K.read_enrolment(key_or_file)


def enrol_device(store: Store, info: dict) -> dict:
    accounts.require(store, "keys")
    with store.transaction() as tx:
        if K.coordinator_public(tx.session) is None:
            raise _err(QT_TRANSLATE_NOOP("Exchange", "Only a coordinator enrols laptops: run 'milma keys init-coordinator' first."))
        own = K.load_device_keys(tx.session)
        if own is not None and own.fingerprint == info["fingerprint"]:
            raise _err(QT_TRANSLATE_NOOP("Exchange", "This is the key of this store itself, not of a laptop."))
        item = K.enrol(tx.session, info)
        item["warning"] = _tag_warning(tx.session, item, own.fingerprint if own else "", store.device_id)
    log.info("enrolled device key %s", item["fingerprint"])
    return item


def _tag_warning(session, item: dict, own_fingerprint: str, own_device: str) -> Message | None:
    """Participant codes carry a random 4-character laptop tag. When the laptop just enrolled
    shares its tag with another laptop (or with this store), the two would give the same codes
    to different people: say so now, while the laptop can still be set up again."""
    if not item.get("device_id"):
        return None
    tag = device_prefix(item["device_id"])
    others = [(own_fingerprint, own_device)]
    others += [(d["fingerprint"], d["device_id"]) for d in K.devices(session)
               if d["fingerprint"] != item["fingerprint"] and d["device_id"] and not d["revoked_ms"]]
    same = sorted({fp for fp, device in others if device != item["device_id"] and device_prefix(device) == tag})
    if not same:
        return None
    return Message("Exchange", QT_TRANSLATE_NOOP(
        "Exchange", "Warning: this laptop's code tag {tag} is also the tag of {fingerprints}. People registered on both would get the same codes, and the bundle that arrives second would be refused. If this laptop has not registered anyone yet, set it up again in a new data folder to get a new tag; otherwise contact support."),
        {"tag": tag, "fingerprints": ", ".join(same)})


def revoke_device(store: Store, ref: str) -> dict:
    accounts.require(store, "keys")
    with store.transaction() as tx:
        item = K.revoke(tx.session, ref)
    log.info("revoked device key %s", item["fingerprint"])
    return item


def devices(store: Store) -> list[dict]:
    with store.read() as s:
        return K.devices(s)


def backup_identity(store: Store, path: Path, passphrase: str) -> Path:
    """The coordinator identity as an age passphrase-encrypted file (``age -d`` opens it)."""
    accounts.require(store, "keys")
    with store.read() as s:
        identity = K.unlock_coordinator(s, passphrase)
    K.check_passphrase(passphrase)
    sealed = pyrage.passphrase.encrypt(K.identity_file_text(identity).encode("ascii"), passphrase)
    path = Path(path)
    return B.write_atomic(path.parent if str(path.parent) else Path("."), path.name, sealed)


def restore_identity(store: Store, path: Path, passphrase: str) -> str:
    accounts.require(store, "keys")
    data = B.read_file(Path(path))
    try:
        text = pyrage.passphrase.decrypt(data, passphrase or "").decode("ascii")
    except (pyrage.DecryptError, UnicodeDecodeError):
        raise _err(QT_TRANSLATE_NOOP("Exchange", "Cannot open the identity backup: wrong passphrase or not a backup file.")) from None
    identity = K.parse_identity_text(text)
    public = str(identity.to_public())
    _device_keys(store)
    with store.transaction() as tx:
        current = K.coordinator_public(tx.session)
        if current and current != public:
            raise _err(QT_TRANSLATE_NOOP("Exchange", "This store already has another coordinator identity; it was kept."))
        K.store_coordinator(tx.session, identity, passphrase)
    log.info("coordinator identity restored")
    return public


# ---- export -----------------------------------------------------------------------------------

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


def _acked(session, device_id: str) -> int:
    row = session.execute(select(_ACK.c.seq).where(_ACK.c.device_id == device_id)).first()
    return int(row[0]) if row else 0


def export(store: Store, folder: Path, *, full: bool = False, passphrase: str | None = None,
           progress: Progress | None = None) -> ExportResult:
    """A laptop exports its changes; a coordinator exports reference data."""
    if is_coordinator(store):
        return export_reference(store, folder, passphrase=passphrase, progress=progress)
    return export_changes(store, folder, full=full, progress=progress)


def _check_folder(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise B.BundleWriteError(Message("Bundle", QT_TRANSLATE_NOOP(
            "Bundle", "Could not write the bundle to {folder} (was the drive removed?): nothing was exported."),
            {"folder": str(folder)}))
    return folder


def export_changes(store: Store, folder: Path, *, full: bool = False, progress: Progress | None = None) -> ExportResult:
    with paused_gc():  # a full export makes millions of small objects, none cyclic
        return _export_changes(store, folder, full, progress)


def _export_changes(store: Store, folder: Path, full: bool, progress: Progress | None) -> ExportResult:
    from desktop.exchange.changes import collect

    progress = progress or _noop
    folder = _check_folder(folder)
    device = _device_keys(store)
    progress(-1, "collect")
    with store.read() as s:
        coordinator = K.trusted_coordinator(s)
        if not coordinator:
            raise _err(QT_TRANSLATE_NOOP("Exchange", "This laptop does not know its coordinator yet: trust the coordinator's public key first (Keys and laptops on the exchange screen, or 'milma keys trust-coordinator')."))
        since = 0 if full else _acked(s, store.device_id)
        changes, first, last = collect(s, since or None)
        audit_log = AB.section(s, store.device_id, 0 if full else int(store.meta.get(AUDIT_ACKED) or 0))
    last = max(last or 0, since)
    bundle_id = new_id()
    manifest = {
        "type": B.CHANGES, "bundle_id": bundle_id, "device_id": store.device_id, "site": store.meta.get("site"),
        "schema_version": head_revision(), "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sequence": {"since": since, "first": first or 0, "last": last}, "clock": _clock(store),
        "counts": _counts(changes), "age_public_key": device.age_public, "full": bool(full),
        "device_name": store.meta.get("device_name"),  # the laptop's name, for the history
    }
    return _write_bundle(store, folder, manifest, {"changes": changes, AB.KEY: audit_log}, device,
                         [coordinator, device.age_public], [device.age_identity], None, progress)


def export_reference(store: Store, folder: Path, *, passphrase: str | None = None,
                     progress: Progress | None = None) -> ExportResult:
    accounts.require(store, "reference")
    progress = progress or _noop
    folder = _check_folder(folder)
    device = _device_keys(store)
    with store.read() as s:
        identity = K.unlock_coordinator(s, passphrase)
        coordinator = K.coordinator_public(s)
        laptops = [d for d in K.devices(s) if d["revoked_ms"] is None and d["age_public_key"]]
        if not laptops:
            raise _err(QT_TRANSLATE_NOOP("Exchange", "No enrolled laptop can receive reference data yet: enrol laptops from their key files, or import a bundle from each first."))
        progress(-1, "collect")
        body, last = R.build_body(s)
        body[AB.KEY] = AB.ack_section(s, store.device_id)
    bundle_id = new_id()
    manifest = {
        "type": B.REFERENCE, "bundle_id": bundle_id, "device_id": store.device_id, "site": store.meta.get("site"),
        "device_name": store.meta.get("device_name"),
        "schema_version": head_revision(), "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sequence": {"since": 0, "first": 0, "last": last or 0}, "clock": _clock(store),
        "counts": _counts(body["changes"]), "coordinator": coordinator,
    }
    laptop_keys = sorted({d["age_public_key"] for d in laptops})
    tags = [(str(identity), coordinator, key) for key in laptop_keys]
    result = _write_bundle(store, folder, manifest, body, device, laptop_keys + [coordinator], [identity], tags, progress)
    result.laptops = len(laptop_keys)
    return result


def _write_bundle(store: Store, folder: Path, manifest: dict, body: dict, device: K.DeviceKeys,
                  recipients: list[str], readers: list, tags, progress: Progress) -> ExportResult:
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
        opened = B.open_plain(B.decrypt(B.read_file(path), readers), head_revision(), parse_body=False)
        if opened.manifest["bundle_id"] != manifest["bundle_id"]:
            raise BundleRejected(Message("Bundle", "read-back mismatch"))
    except (BundleRejected, OSError):
        path.unlink(missing_ok=True)
        raise B.BundleWriteError(Message("Bundle", QT_TRANSLATE_NOOP(
            "Bundle", "The bundle written to {folder} could not be read back correctly: nothing was exported. Try another drive."),
            {"folder": str(folder)})) from None
    seq = manifest["sequence"]
    with store.transaction() as tx:
        tx.session.execute(insert(_HIST).values(
            bundle_id=manifest["bundle_id"], direction="export", bundle_type=manifest["type"],
            device_id=manifest["device_id"], since_seq=seq["since"], last_seq=seq["last"], clock=manifest["clock"],
            at_ms=K.now_ms(), file_name=name, body_hash=digest,
            summary=json.dumps({"counts": manifest["counts"], "device_name": manifest.get("device_name")},
                               separators=(",", ":"))))
        audit.note(tx, "export", detail={"bundle_id": manifest["bundle_id"], "type": manifest["type"],
                                         "changes": sum(manifest["counts"].values())})
    backups.remember_marks(store)  # its stamps and positions left the laptop: never handed out again
    progress(100, "done")
    log.info("exported %s bundle %s: %d changes", manifest["type"], manifest["bundle_id"], sum(manifest["counts"].values()))
    return ExportResult(path, manifest["bundle_id"], manifest["type"], seq["since"], seq["last"], manifest["counts"])


# ---- import -----------------------------------------------------------------------------------

def _refuse(text: str, **params) -> BundleRejected:
    return BundleRejected(Message("Bundle", text, params))


def open_bundle(store: Store, path: Path, passphrase: str | None = None) -> B.Opened:
    """Decrypt, verify and authenticate a bundle without writing anything."""
    data = B.read_file(Path(path))
    device = _device_keys(store)
    with store.read() as s:
        identities = [device.age_identity]
        coordinator = K.coordinator_public(s)
        if coordinator:
            identities.insert(0, K.unlock_coordinator(s, passphrase))
        opened = B.open_plain(B.decrypt(data, identities), head_revision())
        m = opened.manifest
        if m["device_id"] == store.device_id or m["signer_fingerprint"] == device.fingerprint:
            raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: this bundle was exported by this store itself."))
        if opened.bundle_type == B.CHANGES:
            if not coordinator:
                raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: only a coordinator imports laptops' bundles (wrong recipient)."))
            _check_signer(s, opened)
        else:
            _check_reference(s, opened, device)
        AB.read(opened.body)  # a malformed audit section refuses the bundle before anything is written
    return opened


def _check_signer(session, opened: B.Opened) -> None:
    fp = opened.manifest["signer_fingerprint"]
    if fp in K.revoked_fingerprints(session):
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle is signed by a revoked laptop ({fingerprint})."), fingerprint=fp)
    enrolled = session.execute(select(_DEV).where(_DEV.c.fingerprint == fp)).mappings().first()
    if enrolled is None:
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle is signed by an unknown laptop ({fingerprint}): enrol its key first."), fingerprint=fp)
    if enrolled["device_id"] and enrolled["device_id"] != opened.manifest["device_id"]:
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: the signing key is enrolled for another laptop."))
    age_key = opened.manifest.get("age_public_key")
    if age_key is not None:
        try:
            K.parse_age_recipient(age_key)
        except K.KeysError:
            raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's manifest is malformed.")) from None


def _check_reference(session, opened: B.Opened, device: K.DeviceKeys) -> None:
    trusted = K.trusted_coordinator(session)
    if not trusted:
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: this laptop does not trust a coordinator yet (run 'milma keys trust-coordinator')."))
    tags = opened.signature.get("tags")
    tag = tags.get(device.age_public) if isinstance(tags, dict) else None
    if not isinstance(tag, str) or opened.manifest.get("coordinator") != trusted:
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: the reference data is not from the coordinator this laptop trusts."))
    expected = K.reference_tag(device.age_secret, trusted, device.age_public, opened.signed)
    if not hmac.compare_digest(expected, tag):
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: the reference data is not from the coordinator this laptop trusts."))
    R.check_body(opened.body)


def _contiguous(session, device_id: str, extra: tuple[int, int] | None = None) -> int:
    ranges = [(a, b) for a, b in session.execute(
        select(_RANGE.c.since_seq, _RANGE.c.last_seq).where(_RANGE.c.device_id == device_id)).all()]
    if extra:
        ranges.append(extra)
    covered = 0
    for since, last in sorted(ranges):
        if since > covered:
            break
        covered = max(covered, last)
    return covered


def _gaps(session, opened: B.Opened) -> list[dict]:
    if opened.bundle_type != B.CHANGES:
        return []
    seq = opened.manifest["sequence"]
    have = _contiguous(session, opened.device_id)
    if seq["since"] > have:
        return [{"device_id": opened.device_id, "from": have + 1, "to": seq["since"]}]
    return []


def _already(session, bundle_id: str) -> bool:
    return session.execute(select(_HIST.c.id).where(
        (_HIST.c.bundle_id == bundle_id) & (_HIST.c.direction == "import"))).first() is not None


class _Rollback(Exception):
    pass


def _summary(opened: B.Opened, report: dict, gaps: list[dict], already: bool, path: Path) -> dict:
    m = opened.manifest
    return {"file": Path(path).name, "bundle_id": m["bundle_id"], "type": m["type"], "device_id": m["device_id"],
            "site": m.get("site"), "created_at": m.get("created_at"),
            "sequence": m["sequence"], "changes": opened.count, "report": report,
            "gaps": gaps, "already_imported": already}


def _code_clash(opened: B.Opened, exc: IntegrityError) -> BundleRejected | None:
    """Participant codes are unique; two laptops drawing the same random tag would give the
    same codes to different people. The import is refused whole, saying so."""
    if "participant.code" not in str(exc.orig):
        return None
    return _refuse(QT_TRANSLATE_NOOP("Bundle", "Refused: this laptop gives participants codes (tag {tag}) that another laptop already gave to other people here. Nothing was imported. The two laptops share a code tag, which is very rare: keep the bundle and contact support."),
                   tag=device_prefix(opened.manifest["device_id"]))


def preview_import(store: Store, path: Path, passphrase: str | None = None) -> dict:
    """What importing the file would do; nothing is written."""
    from desktop.exchange.merge import apply

    opened = open_bundle(store, path, passphrase)
    result = {}
    try:
        with store.transaction() as tx:
            audit_log = AB.read(opened.body)
            report = apply(tx, opened.body["changes"], tables=opened.body.get("tables", []), dry_run=True).to_dict()
            if opened.bundle_type == B.CHANGES and audit_log is not None:
                report["audit"] = AB.receive(tx.session, audit_log, opened.device_id)
            result = _summary(opened, report, _gaps(tx.session, opened),
                              _already(tx.session, opened.manifest["bundle_id"]), path)
            raise _Rollback
    except _Rollback:
        pass
    except IntegrityError as exc:
        raise _code_clash(opened, exc) or exc from None
    finally:
        store.reload_meta()
    return result


def apply_import(store: Store, path: Path, passphrase: str | None = None) -> dict:
    """Apply a bundle in one transaction; refused whole (BundleRejected) or applied whole."""
    with paused_gc():
        return _apply_import(store, path, passphrase)


def _apply_import(store: Store, path: Path, passphrase: str | None) -> dict:
    opened = open_bundle(store, path, passphrase)
    backups.before(store, backups.IMPORT)  # the import is not applied when no backup can be made
    try:
        return _apply_opened(store, opened, path)
    except IntegrityError as exc:
        raise _code_clash(opened, exc) or exc from None


def _apply_opened(store: Store, opened: B.Opened, path: Path) -> dict:
    from desktop.exchange.merge import apply
    from desktop.services import erasure
    from desktop.services.duplicates import repoint_late_records_in

    m = opened.manifest
    started = K.now_ms()
    with store.transaction() as tx:
        s = tx.session
        gaps = _gaps(s, opened)
        already = _already(s, m["bundle_id"])
        if opened.bundle_type != B.CHANGES:
            acks, revs = R.check_body(opened.body)
        audit_log = AB.read(opened.body)
        # each change (table) is dropped once decoded: a full bundle is not held twice in memory
        report = apply(tx, _drain(opened.body["changes"]), tables=_drain(opened.body.get("tables", []))).to_dict()
        # records of a person merged away on this store, arriving only now, go to the survivor
        report["repointed"] = repoint_late_records_in(tx)
        now = K.now_ms()
        if opened.bundle_type == B.CHANGES:
            _record_changes_bundle(s, opened, now)
            if audit_log is not None:
                report["audit"] = AB.receive(s, audit_log, m["device_id"])
        else:
            if audit_log is not None and store.device_id in audit_log.get("acks", {}):
                store.set_meta(tx, AUDIT_ACKED, str(audit_log["acks"][store.device_id]))
            own = acks.get(store.device_id)
            if own is not None:
                s.execute(delete(_ACK).where(_ACK.c.device_id == store.device_id))
                s.execute(insert(_ACK).values(device_id=store.device_id, seq=own, updated_ms=now))
            report["revocations"] = K.record_revocations(s, revs)
            report["acknowledged"] = own
        s.execute(insert(_HIST).values(
            bundle_id=m["bundle_id"], direction="import", bundle_type=m["type"], device_id=m["device_id"],
            since_seq=m["sequence"]["since"], last_seq=m["sequence"]["last"], clock=m["clock"], at_ms=now,
            file_name=Path(path).name, body_hash=m["body_hash"],
            summary=json.dumps({"counts": m["counts"], "report": report,
                                "device_name": m["device_name"][:80] if isinstance(m.get("device_name"), str) else None},
                               separators=(",", ":"))))
        audit.note(tx, "import", detail={
            "bundle_id": m["bundle_id"], "type": m["type"], "device_id": m["device_id"], "changes": opened.count,
            "audit_problems": len(report.get("audit", {}).get("problems", []))})
        touched = set(tx.touched)
    erasure.settle(store, started)  # erasures received: their drafts go, the files are compacted
    result = _summary(opened, report, gaps, already, path)
    result["touched"] = sorted(touched)
    log.info("imported %s bundle %s from device %s: %d changes", m["type"], m["bundle_id"], m["device_id"],
             opened.count)
    return result


def _drain(items: list):
    """The items of a list, each removed from it as it is handed out."""
    items.reverse()
    while items:
        yield items.pop()


def _record_changes_bundle(s, opened: B.Opened, now: int) -> None:
    m = opened.manifest
    dev = m["device_id"]
    K.note_import(s, m["signer_fingerprint"], dev, now, m.get("age_public_key"))
    seq = m["sequence"]
    exists = s.execute(select(_RANGE.c.device_id).where(
        (_RANGE.c.device_id == dev) & (_RANGE.c.since_seq == seq["since"]) & (_RANGE.c.last_seq == seq["last"]))).first()
    if exists is None:
        s.execute(insert(_RANGE).values(device_id=dev, since_seq=seq["since"], last_seq=seq["last"], bundle_id=m["bundle_id"]))
    acked = _contiguous(s, dev)
    s.execute(delete(_ACK).where(_ACK.c.device_id == dev))
    s.execute(insert(_ACK).values(device_id=dev, seq=acked, updated_ms=now))


# ---- history ----------------------------------------------------------------------------------

def history(store: Store, limit: int = 200) -> list[dict]:
    with store.read() as s:
        rows = s.execute(select(_HIST).order_by(_HIST.c.at_ms.desc(), _HIST.c.id.desc()).limit(limit)).mappings().all()
    out = []
    for r in rows:
        item = dict(r)
        try:
            item["summary"] = json.loads(r["summary"] or "{}")
        except ValueError:
            item["summary"] = {}
        item["at"] = datetime.fromtimestamp(r["at_ms"] / 1000, UTC)
        out.append(item)
    names = laptop_names(store, out)
    for item in out:
        item["device_name"] = names.get(item["device_id"])
    return out


def laptop_names(store: Store, history_rows: list[dict] | None = None) -> dict[str, str]:
    """Device id -> the laptop's name, as its latest bundle gave it (and this computer's own);
    a laptop whose bundles carried no name (made by an older version) is missing."""
    rows = history(store) if history_rows is None else history_rows
    names: dict[str, str] = {}
    for item in rows:  # newest first
        name = (item.get("summary") or {}).get("device_name")
        if isinstance(name, str) and name.strip():
            names.setdefault(item["device_id"], name.strip())
    if store.meta.get("device_name"):
        names[store.device_id] = store.meta["device_name"]
    return names


def keep_acknowledged(tx, device_id: str, seq: int) -> None:
    """After a restore: this laptop's acknowledged position is never lower than ``seq``, the
    highest the coordinator ever told it (its next export starts there)."""
    row = tx.session.execute(select(_ACK.c.seq).where(_ACK.c.device_id == device_id)).first()
    if row is not None and int(row[0]) >= seq:
        return
    tx.session.execute(delete(_ACK).where(_ACK.c.device_id == device_id))
    tx.session.execute(insert(_ACK).values(device_id=device_id, seq=seq, updated_ms=K.now_ms()))


def acknowledged(store: Store) -> dict[str, int]:
    with store.read() as s:
        return R.acknowledgements(s)
