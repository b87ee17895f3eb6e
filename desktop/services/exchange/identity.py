"""The store's keys and the trust between stores: this laptop's own keys, the coordinator
identity (created, unlocked, backed up, restored), the coordinator a laptop trusts, and the
laptops a coordinator enrols or revokes. The key material itself is kept by exchange/keys.py.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pyrage

from desktop.domain.ids import device_prefix
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.exchange import bundle as B
from desktop.exchange import keys as K
from desktop.services import accounts
from desktop.storage.store import Store

log = logging.getLogger("milma.exchange")

TRUSTED_NAME = "trusted_coordinator_name"  # store meta: the name its key file gave


class ExchangeError(UserError):
    pass


def _err(text: str, **params) -> ExchangeError:
    return ExchangeError(Message("Exchange", text, params))


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


def device_keys(store: Store) -> K.DeviceKeys:
    """This store's own keys, made on first use."""
    with store.read() as s:
        found = K.load_device_keys(s)
    if found is not None:
        return found
    with store.transaction() as tx:
        return K.ensure_device_keys(tx.session)


def key_info(store: Store) -> dict:
    """What 'milma keys show' prints; creates this store's keys on first use."""
    device = device_keys(store)
    with store.read() as s:
        coordinator = K.coordinator_public(s)
        trusted = K.trusted_coordinator(s)
        revoked = device.fingerprint in K.revoked_fingerprints(s)
    info: dict[str, str | bool] = {
        "device_id": store.device_id,
        "signing_public_key": device.signing_public,
        "fingerprint": device.fingerprint,
        "age_public_key": coordinator or device.age_public,
        "role": "coordinator" if coordinator else "laptop",
        "device_name": store.meta.get("device_name") or "",  # the key file names its computer
        "site": (
            store.meta.get("site") or ""
        ),  # the coordinator applies its bundles within that site
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
    device_keys(store)
    with store.transaction() as tx:
        public = K.init_coordinator(tx.session, passphrase)
    log.info("coordinator identity created")
    return public


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
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "Only a coordinator enrols laptops: run 'milma keys init-coordinator' first.",
                )
            )
        own = K.load_device_keys(tx.session)
        if own is not None and own.fingerprint == info["fingerprint"]:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Exchange", "This is the key of this store itself, not of a laptop."
                )
            )
        item = K.enrol(tx.session, info)
        item["warning"] = _tag_warning(
            tx.session, item, own.fingerprint if own else "", store.device_id
        )
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
    others += [
        (d["fingerprint"], d["device_id"])
        for d in K.devices(session)
        if d["fingerprint"] != item["fingerprint"] and d["device_id"] and not d["revoked_ms"]
    ]
    same = sorted(
        {
            fp
            for fp, device in others
            if device != item["device_id"] and device_prefix(device) == tag
        }
    )
    if not same:
        return None
    return Message(
        "Exchange",
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Warning: this laptop's code tag {tag} is also the tag of {fingerprints}. People"
            " registered on both would get the same codes, and the bundle that arrives second would"
            " be refused. If this laptop has not registered anyone yet, set it up again in a new"
            " data folder to get a new tag; otherwise contact support.",
        ),
        {"tag": tag, "fingerprints": ", ".join(same)},
    )


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
        raise _err(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "Cannot open the identity backup: wrong passphrase or not a backup file.",
            )
        ) from None
    identity = K.parse_identity_text(text)
    public = str(identity.to_public())
    device_keys(store)
    with store.transaction() as tx:
        current = K.coordinator_public(tx.session)
        if current and current != public:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Exchange", "This store already has another coordinator identity; it was kept."
                )
            )
        K.store_coordinator(tx.session, identity, passphrase)
    log.info("coordinator identity restored")
    return public
