"""Importing a bundle from a drive: opened and authenticated (a laptop's changes on the
coordinator, reference data from the trusted coordinator on a laptop), previewed without
writing anything, then applied in one transaction, or refused whole with nothing written.

A laptop's changes are applied only within what the laptop may do (desktop.exchange.rights):
its site is the one it was enrolled with (its key file) or, for a laptop enrolled without one,
the site its first bundle gave; a later bundle that names another site is checked against the
enrolled one, and the import says so. What is outside waits in quarantine with its reason.
"""

from __future__ import annotations

import hmac
import logging
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.enums import Site
from desktop.domain.ids import device_prefix
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.exchange import audit_bundle as AB
from desktop.exchange import bundle as B
from desktop.exchange import keys as K
from desktop.exchange import reference as R
from desktop.exchange import rights
from desktop.exchange.errors import BundleRejected
from desktop.exchange.gcpause import paused_gc
from desktop.services import audit, backups
from desktop.services.exchange import ledger as L
from desktop.services.exchange.identity import device_keys
from desktop.storage.exchange_models import ExchangeDevice
from desktop.storage.migrate import head_revision
from desktop.storage.store import Store

log = logging.getLogger("milma.exchange")

_DEV = ExchangeDevice.__table__


def _refuse(text: str, **params) -> BundleRejected:
    return BundleRejected(Message("Bundle", text, params))


def open_bundle(store: Store, path: Path, passphrase: str | None = None) -> B.Opened:
    """Decrypt, verify and authenticate a bundle without writing anything."""
    data = B.read_file(Path(path))
    device = device_keys(store)
    with store.read() as s:
        identities = [device.age_identity]
        coordinator = K.coordinator_public(s)
        if coordinator:
            identities.insert(0, K.unlock_coordinator(s, passphrase))
        opened = B.open_plain(B.decrypt(data, identities), head_revision())
        m = opened.manifest
        if m["device_id"] == store.device_id or m["signer_fingerprint"] == device.fingerprint:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Bundle", "Refused: this bundle was exported by this store itself."
                )
            )
        if opened.bundle_type == B.CHANGES:
            if not coordinator:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Bundle",
                        "Refused: only a coordinator imports laptops' bundles (wrong recipient).",
                    )
                )
            _check_signer(s, opened)
        else:
            _check_reference(s, opened, device)
        AB.read(
            opened.body
        )  # a malformed audit section refuses the bundle before anything is written
    return opened


def _check_signer(session, opened: B.Opened) -> None:
    fp = opened.manifest["signer_fingerprint"]
    if fp in K.revoked_fingerprints(session):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle", "Refused: the bundle is signed by a revoked laptop ({fingerprint})."
            ),
            fingerprint=fp,
        )
    enrolled = session.execute(select(_DEV).where(_DEV.c.fingerprint == fp)).mappings().first()
    if enrolled is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "Refused: the bundle is signed by an unknown laptop ({fingerprint}): enrol its key"
                " first.",
            ),
            fingerprint=fp,
        )
    if enrolled["device_id"] and enrolled["device_id"] != opened.manifest["device_id"]:
        raise _refuse(
            QT_TRANSLATE_NOOP("Bundle", "Refused: the signing key is enrolled for another laptop.")
        )
    age_key = opened.manifest.get("age_public_key")
    if age_key is not None:
        try:
            K.parse_age_recipient(age_key)
        except K.KeysError:
            raise _refuse(
                QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's manifest is malformed.")
            ) from None


def _check_reference(session, opened: B.Opened, device: K.DeviceKeys) -> None:
    trusted = K.trusted_coordinator(session)
    if not trusted:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "Refused: this laptop does not trust a coordinator yet (run 'milma keys"
                " trust-coordinator').",
            )
        )
    tags = opened.signature.get("tags")
    tag = tags.get(device.age_public) if isinstance(tags, dict) else None
    if not isinstance(tag, str) or opened.manifest.get("coordinator") != trusted:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "Refused: the reference data is not from the coordinator this laptop trusts.",
            )
        )
    expected = K.reference_tag(device.age_secret, trusted, device.age_public, opened.signed)
    if not hmac.compare_digest(expected, tag):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "Refused: the reference data is not from the coordinator this laptop trusts.",
            )
        )
    R.check_body(opened.body)


class _Rollback(Exception):
    pass


def laptop_site(session, opened: B.Opened) -> tuple[str | None, dict | None]:
    """The site a laptop's bundle is applied within (the enrolled one, else the one the bundle
    gives for a laptop enrolled without it), and a problem to report when the bundle names
    another."""
    row = session.execute(
        select(_DEV.c.site).where(_DEV.c.fingerprint == opened.manifest["signer_fingerprint"])
    ).first()
    declared = opened.manifest.get("site")
    declared = declared if K.site_code(declared) else None
    enrolled = row[0] if row is not None else None
    if enrolled is None or declared in (None, enrolled):
        return enrolled or declared, None
    problem = Message(
        "Exchange",
        QT_TRANSLATE_NOOP(
            "Exchange",
            "This bundle says it comes from site {declared}, but the laptop is enrolled for site"
            " {site}: its changes were checked as those of {site}.",
        ),
        {"declared": _site_label(declared), "site": _site_label(enrolled)},
    )
    return enrolled, problem.as_dict()


def _site_label(code: str) -> Message | str:
    """A site's name, translated where the report is read (a code no site has, as it is)."""
    return Message("Enum", Site(code).label) if code in Site._value2member_map_ else code


def _merge(
    tx, opened: B.Opened, changes, tables, *, dry_run: bool = False
) -> tuple[dict, str | None]:
    """Merge a bundle's changes; a laptop's within what it may do. The report, and the site."""
    from desktop.exchange.merge import apply

    site, problem = None, None
    guard = None
    if opened.bundle_type == B.CHANGES:
        site, problem = laptop_site(tx.session, opened)
        guard = partial(rights.refused, site=site)
    report = apply(tx, changes, tables=tables, dry_run=dry_run, guard=guard).to_dict()
    if problem is not None:
        report["problems"].append(problem)
    if site is not None:
        report["site"] = site
    return report, site


def _summary(opened: B.Opened, report: dict, gaps: list[dict], already: bool, path: Path) -> dict:
    m = opened.manifest
    return {
        "file": Path(path).name,
        "bundle_id": m["bundle_id"],
        "type": m["type"],
        "device_id": m["device_id"],
        "site": report.get("site", m.get("site")),
        "created_at": m.get("created_at"),
        "sequence": m["sequence"],
        "changes": opened.count,
        "report": report,
        "gaps": gaps,
        "already_imported": already,
    }


def _code_clash(opened: B.Opened, exc: IntegrityError) -> BundleRejected | None:
    """Participant codes are unique; two laptops drawing the same random tag would give the
    same codes to different people. The import is refused whole, saying so."""
    if "participant.code" not in str(exc.orig):
        return None
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Bundle",
            "Refused: this laptop gives participants codes (tag {tag}) that another laptop already"
            " gave to other people here. Nothing was imported. The two laptops share a code tag,"
            " which is very rare: keep the bundle and contact support.",
        ),
        tag=device_prefix(opened.manifest["device_id"]),
    )


def preview_import(store: Store, path: Path, passphrase: str | None = None) -> dict:
    """What importing the file would do; nothing is written."""
    opened = open_bundle(store, path, passphrase)
    result = {}
    try:
        with store.transaction() as tx:
            audit_log = AB.read(opened.body)
            report, _site = _merge(
                tx, opened, opened.body["changes"], opened.body.get("tables", []), dry_run=True
            )
            if opened.bundle_type == B.CHANGES and audit_log is not None:
                report["audit"] = AB.receive(tx.session, audit_log, opened.device_id)
            result = _summary(
                opened,
                report,
                L.gaps(tx.session, opened),
                L.already_imported(tx.session, opened.manifest["bundle_id"]),
                path,
            )
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
    from desktop.services import erasure
    from desktop.services.duplicates import repoint_late_records_in

    m = opened.manifest
    started = K.now_ms()
    with store.transaction() as tx:
        s = tx.session
        gaps = L.gaps(s, opened)
        already = L.already_imported(s, m["bundle_id"])
        if opened.bundle_type != B.CHANGES:
            acks, revs = R.check_body(opened.body)
        audit_log = AB.read(opened.body)
        # each change (table) is dropped once decoded: a full bundle is not held twice in memory
        report, site = _merge(
            tx, opened, _drain(opened.body["changes"]), _drain(opened.body.get("tables", []))
        )
        # records of a person merged away on this store, arriving only now, go to the survivor
        report["repointed"] = repoint_late_records_in(tx)
        now = K.now_ms()
        if opened.bundle_type == B.CHANGES:
            L.note_changes_bundle(s, opened, now, site)
            if audit_log is not None:
                report["audit"] = AB.receive(s, audit_log, m["device_id"])
        else:
            if audit_log is not None and store.device_id in audit_log.get("acks", {}):
                store.set_meta(tx, L.AUDIT_ACKED, str(audit_log["acks"][store.device_id]))
            own = acks.get(store.device_id)
            if own is not None:
                L.set_acked(s, store.device_id, own, now)
            report["revocations"] = K.record_revocations(s, revs)
            report["acknowledged"] = own
        L.note_import(s, m, path, report, now)
        audit.note(
            tx,
            "import",
            detail={
                "bundle_id": m["bundle_id"],
                "type": m["type"],
                "device_id": m["device_id"],
                "changes": opened.count,
                "audit_problems": len(report.get("audit", {}).get("problems", [])),
            },
        )
        touched = set(tx.touched)
    erasure.settle(store, started)  # erasures received: their drafts go, the files are compacted
    result = _summary(opened, report, gaps, already, path)
    result["touched"] = sorted(touched)
    log.info(
        "imported %s bundle %s from device %s: %d changes",
        m["type"],
        m["bundle_id"],
        m["device_id"],
        opened.count,
    )
    return result


def _drain(items: list):
    """The items of a list, each removed from it as it is handed out."""
    items.reverse()
    while items:
        yield items.pop()
