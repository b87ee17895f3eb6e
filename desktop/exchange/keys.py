"""Keys and trust for USB exchanges.

- Every store has an Ed25519 *signing* key (it signs the bundles it exports) and an age X25519
  *device* identity (reference data from the coordinator is encrypted to it). Both are created
  on first use and kept in the store's database.
- A coordinator also has the *coordinator identity*: an age X25519 key pair whose secret is kept
  only encrypted with a passphrase (age scrypt). Laptops encrypt their bundles to its public key.
- A laptop pins the coordinator's public key ("trusted_coordinator"). Reference data is
  authenticated to the laptop with a tag keyed by the X25519 agreement between the coordinator
  identity and the laptop's age key: only the holder of the pinned coordinator secret can make it.
- The coordinator enrols a laptop's signing key after comparing its fingerprint with the one the
  laptop shows, and can revoke it; revocations travel to laptops with reference data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage.exchange_models import ExchangeDevice, ExchangeKey, ExchangeRevocation

_KEY = ExchangeKey.__table__
_DEV = ExchangeDevice.__table__
_REV = ExchangeRevocation.__table__

SIGNING = "device_signing"
DEVICE_AGE = "device_age"
COORDINATOR = "coordinator"
TRUSTED = "trusted_coordinator"

SIGNING_PREFIX = "ed25519:"
REFERENCE_INFO = b"milma-reference-tag-v1"


class KeysError(UserError):
    pass


class PassphraseNeeded(KeysError):
    """The coordinator identity is locked and no passphrase was given."""


def _err(text: str, **params) -> KeysError:
    return KeysError(Message("Keys", text, params))


def now_ms() -> int:
    return time.time_ns() // 1_000_000


# ---- key texts ------------------------------------------------------------------------------


def signing_public_text(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes_raw()
    return SIGNING_PREFIX + base64.b64encode(raw).decode("ascii")


def parse_signing_public(text: str) -> Ed25519PublicKey:
    value = (text or "").strip()
    if value.startswith(SIGNING_PREFIX):
        value = value[len(SIGNING_PREFIX) :]
    try:
        raw = base64.b64decode(value, validate=True)
        if len(raw) != 32:
            raise ValueError
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error):
        raise _err(
            QT_TRANSLATE_NOOP(
                "Keys",
                "This is not a laptop signing key: it should look like ed25519:... as 'milma keys"
                " show' prints it.",
            )
        ) from None


def fingerprint(public_text: str) -> str:
    """SHA-256 of the raw signing key, 128 bits as 8 groups of 4 hexadecimal digits."""
    raw = parse_signing_public(public_text).public_bytes_raw()
    digest = hashlib.sha256(raw).hexdigest().upper()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def parse_age_recipient(text: str) -> x25519.Recipient:
    try:
        return x25519.Recipient.from_str((text or "").strip())
    except (pyrage.RecipientError, ValueError):
        raise _age_key_error(text or "") from None


AGE_PUBLIC_LENGTH = 62  # "age1" + 52 characters of key + 6 of checksum


def _age_key_error(text: str) -> KeysError:
    """What is wrong with a text that is not an age public key, said as it is."""
    value = text.strip()
    lower = value.lower()
    if not value:
        return _err(
            QT_TRANSLATE_NOOP(
                "Keys", "No key given: paste the coordinator's public key, which starts with age1."
            )
        )
    if lower.startswith("age-secret-key-"):
        return _err(
            QT_TRANSLATE_NOOP(
                "Keys",
                "This is a secret identity (AGE-SECRET-KEY-…), not a public key: keep it "
                "private, and paste the public key, which starts with age1.",
            )
        )
    if not lower.startswith("age1"):
        return _err(
            QT_TRANSLATE_NOOP("Keys", "This is not an age public key: it should start with age1.")
        )
    if any(ch.isspace() for ch in value):
        return _err(
            QT_TRANSLATE_NOOP(
                "Keys", "The key is cut by spaces or line breaks: paste it as one line."
            )
        )
    if value != lower and value != value.upper():
        return _err(
            QT_TRANSLATE_NOOP(
                "Keys",
                "The key mixes capital and small letters: copy it again exactly as it was given.",
            )
        )
    wrong = sorted({ch for ch in lower[4:] if ch not in _CHARSET})
    if wrong:
        return _err(
            QT_TRANSLATE_NOOP(
                "Keys",
                "The key holds characters an age key never has ({characters}): copy it "
                "again exactly as it was given.",
            ),
            characters=" ".join(wrong),
        )
    if len(value) != AGE_PUBLIC_LENGTH:
        return _err(
            QT_TRANSLATE_NOOP(
                "Keys",
                "The key has {count} characters where an age public key has {expected}: "
                "part of it is missing, or something was added.",
            ),
            count=len(value),
            expected=AGE_PUBLIC_LENGTH,
        )
    return _err(
        QT_TRANSLATE_NOOP(
            "Keys",
            "The key does not check out: a character was mistyped or changed. Copy it "
            "again exactly as it was given.",
        )
    )


def sign(private: Ed25519PrivateKey, data: bytes) -> str:
    return base64.b64encode(private.sign(data)).decode("ascii")


def verify(public_text: str, data: bytes, signature_b64: str) -> bool:
    try:
        public = parse_signing_public(public_text)
        public.verify(base64.b64decode(signature_b64, validate=True), data)
        return True
    except (KeysError, InvalidSignature, ValueError, binascii.Error, TypeError):
        return False


# ---- bech32 (age key encoding) ------------------------------------------------------------

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_bytes(text: str, hrp: str) -> bytes:
    """The 32 key bytes of an age key string (``age1...`` or ``AGE-SECRET-KEY-1...``)."""
    value = text.strip().lower()
    pos = value.rfind("1")
    if value[:pos] != hrp or pos < 1:
        raise ValueError("wrong key type")
    data = [_CHARSET.index(c) for c in value[pos + 1 :]]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    if _polymod(expanded + data) != 1:
        raise ValueError("bad checksum")
    acc, bits, out = 0, 0, bytearray()
    for v in data[:-6]:
        acc = (acc << 5) | v
        bits += 5
        while bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    if len(out) != 32:
        raise ValueError("wrong key length")
    return bytes(out)


def reference_tag(
    secret_identity: str, coordinator_public: str, laptop_public: str, data: bytes
) -> str:
    """HMAC-SHA256 of ``data`` under a key both ends derive from X25519: the coordinator from its
    secret and the laptop's public key, the laptop from its secret and the pinned coordinator
    key. ``secret_identity`` is the caller's own AGE-SECRET-KEY; the peer is the other key."""
    secret = X25519PrivateKey.from_private_bytes(bech32_bytes(secret_identity, "age-secret-key-"))
    own = secret.public_key().public_bytes_raw()
    coord = bech32_bytes(coordinator_public, "age")
    laptop = bech32_bytes(laptop_public, "age")
    peer = laptop if own == coord else coord
    shared = secret.exchange(X25519PublicKey.from_public_bytes(peer))
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=REFERENCE_INFO + coord + laptop
    ).derive(shared)
    return hmac.new(key, data, hashlib.sha256).hexdigest()


# ---- this store's keys ----------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceKeys:
    signing: Ed25519PrivateKey
    signing_public: str
    fingerprint: str
    age_secret: str
    age_public: str

    @property
    def age_identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_secret)


def _roles(session: Session) -> dict[str, dict]:
    return {r["role"]: dict(r) for r in session.execute(select(_KEY)).mappings().all()}


def _put(session: Session, role: str, public: str, secret: str | None, protected: bool) -> None:
    session.execute(delete(_KEY).where(_KEY.c.role == role))
    session.execute(
        insert(_KEY).values(
            role=role,
            public_key=public,
            secret_key=secret,
            protected=protected,
            created_ms=now_ms(),
        )
    )


def load_device_keys(session: Session) -> DeviceKeys | None:
    roles = _roles(session)
    if SIGNING not in roles or DEVICE_AGE not in roles:
        return None
    raw = base64.b64decode(roles[SIGNING]["secret_key"])
    private = Ed25519PrivateKey.from_private_bytes(raw)
    public = roles[SIGNING]["public_key"]
    return DeviceKeys(
        private,
        public,
        fingerprint(public),
        roles[DEVICE_AGE]["secret_key"],
        roles[DEVICE_AGE]["public_key"],
    )


def ensure_device_keys(session: Session) -> DeviceKeys:
    """This store's signing key and age device identity, created on first use (call in a
    write transaction)."""
    keys = load_device_keys(session)
    if keys is not None:
        return keys
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes_raw()
    _put(
        session,
        SIGNING,
        signing_public_text(private.public_key()),
        base64.b64encode(raw).decode("ascii"),
        False,
    )
    identity = x25519.Identity.generate()
    _put(session, DEVICE_AGE, str(identity.to_public()), str(identity), False)
    keys = load_device_keys(session)
    assert keys is not None  # both keys were just written in this transaction
    return keys


def coordinator_public(session: Session) -> str | None:
    row = _roles(session).get(COORDINATOR)
    return row["public_key"] if row else None


def trusted_coordinator(session: Session) -> str | None:
    row = _roles(session).get(TRUSTED)
    return row["public_key"] if row else None


def check_passphrase(passphrase: str | None) -> str:
    if not passphrase or len(passphrase) < 8:
        raise _err(QT_TRANSLATE_NOOP("Keys", "The passphrase must have at least 8 characters."))
    return passphrase


def identity_file_text(identity: x25519.Identity) -> str:
    """The identity in the format of age-keygen, readable by ``age -d -i FILE``."""
    return f"# public key: {identity.to_public()}\n{identity}\n"


def parse_identity_text(text: str) -> x25519.Identity:
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                return x25519.Identity.from_str(line)
            except (pyrage.IdentityError, ValueError):
                break
    raise _err(QT_TRANSLATE_NOOP("Keys", "The file does not hold an age identity."))


def init_coordinator(session: Session, passphrase: str) -> str:
    if coordinator_public(session):
        raise _err(
            QT_TRANSLATE_NOOP(
                "Keys",
                "This store already has a coordinator identity; back it up with 'milma keys"
                " backup-identity'.",
            )
        )
    identity = x25519.Identity.generate()
    store_coordinator(session, identity, passphrase)
    return str(identity.to_public())


def store_coordinator(session: Session, identity: x25519.Identity, passphrase: str) -> None:
    check_passphrase(passphrase)
    sealed = pyrage.passphrase.encrypt(identity_file_text(identity).encode("ascii"), passphrase)
    _put(
        session,
        COORDINATOR,
        str(identity.to_public()),
        base64.b64encode(sealed).decode("ascii"),
        True,
    )
    _UNLOCKED[str(identity.to_public())] = identity


# Unlocked coordinator identities of this process, by public key (scrypt takes a second or two).
_UNLOCKED: dict[str, x25519.Identity] = {}


def is_unlocked(session: Session) -> bool:
    public = coordinator_public(session)
    return bool(public and public in _UNLOCKED)


def unlock_coordinator(session: Session, passphrase: str | None) -> x25519.Identity:
    row = _roles(session).get(COORDINATOR)
    if row is None:
        raise _err(
            QT_TRANSLATE_NOOP(
                "Keys", "This store is not a coordinator: run 'milma keys init-coordinator' first."
            )
        )
    cached = _UNLOCKED.get(row["public_key"])
    if cached is not None:
        return cached
    if not passphrase:
        raise PassphraseNeeded(
            Message("Keys", QT_TRANSLATE_NOOP("Keys", "The coordinator passphrase is needed."))
        )
    try:
        text = pyrage.passphrase.decrypt(base64.b64decode(row["secret_key"]), passphrase).decode(
            "ascii"
        )
    except pyrage.DecryptError:
        raise _err(
            QT_TRANSLATE_NOOP("Keys", "Wrong passphrase for the coordinator identity.")
        ) from None
    identity = parse_identity_text(text)
    _UNLOCKED[row["public_key"]] = identity
    return identity


def lock_all() -> None:
    _UNLOCKED.clear()


def _key_text(key_or_file: str, key_starts: tuple[str, ...]) -> tuple[str, bool]:
    """A key as typed, or the text of the key file named: (text, read from a file)."""
    value = (key_or_file or "").strip()
    if value.startswith(key_starts):
        return value, False
    path = Path(value).expanduser()
    try:
        if path.is_file():
            return path.read_text(encoding="utf-8"), True
    except (OSError, UnicodeDecodeError, ValueError):
        raise _err(
            QT_TRANSLATE_NOOP("Keys", "Cannot read the key file {path}."), path=value
        ) from None
    return value, False


def read_coordinator_key(key_or_file: str) -> str:
    """The coordinator's age public key, typed or read from the key file the coordinator saved
    (the output of 'milma keys show --format json' on the coordinator)."""
    return read_coordinator_file(key_or_file)[0]


def read_coordinator_file(key_or_file: str) -> tuple[str, str | None]:
    """(the coordinator's age public key, the coordinator's name when its key file gives it)."""
    text, from_file = _key_text(key_or_file, ("age1",))
    name = None
    if from_file:
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            if data.get("role") != "coordinator" or not isinstance(data.get("age_public_key"), str):
                raise _err(QT_TRANSLATE_NOOP("Keys", "This key file is not the coordinator's."))
            text = data["age_public_key"]
            if isinstance(data.get("device_name"), str) and data["device_name"].strip():
                name = data["device_name"].strip()[:80]
    return str(parse_age_recipient(text.strip())), name


def age_fingerprint(age_public: str) -> str:
    """A short fingerprint of an age public key, to read aloud and compare on two screens:
    64 bits of its SHA-256 as 4 groups of 4 hexadecimal digits."""
    digest = hashlib.sha256(bech32_bytes(age_public, "age")).hexdigest().upper()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def trusted_since_ms(session: Session) -> int | None:
    """When this laptop came to trust its coordinator's key."""
    row = _roles(session).get(TRUSTED)
    return row["created_ms"] if row else None


def trust_coordinator(session: Session, age_public: str) -> str:
    recipient = parse_age_recipient(age_public)
    _put(session, TRUSTED, str(recipient), None, False)
    return str(recipient)


# ---- enrolment and revocation (coordinator) ---------------------------------------------------


def parse_enrolment(text: str) -> dict:
    """A laptop's public key as given to the coordinator: the JSON of 'milma keys show --format
    json' (device id, signing and age keys), or the bare signing key."""
    value = (text or "").strip()
    info: dict = {}
    if value.startswith("{"):
        try:
            data = json.loads(value)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("signing_public_key"), str):
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Keys", "The key file is not the output of 'milma keys show --format json'."
                )
            )
        info["signing_public_key"] = data["signing_public_key"]
        if isinstance(data.get("device_id"), str):
            info["device_id"] = data["device_id"]
        if isinstance(data.get("age_public_key"), str):
            info["age_public_key"] = str(parse_age_recipient(data["age_public_key"]))
        if site_code(data.get("site")):
            info["site"] = data["site"]
    else:
        info["signing_public_key"] = value
    public = parse_signing_public(info["signing_public_key"])
    info["signing_public_key"] = signing_public_text(public)
    info["fingerprint"] = fingerprint(info["signing_public_key"])
    return info


def read_enrolment(key_or_file: str) -> dict:
    """A laptop's public key, typed (JSON or the bare signing key) or read from its key file."""
    return parse_enrolment(_key_text(key_or_file, ("{", SIGNING_PREFIX))[0])


def revoked_fingerprints(session: Session) -> set[str]:
    return {r[0] for r in session.execute(select(_REV.c.fingerprint)).all()}


def enrol(session: Session, info: dict) -> dict:
    fp = info["fingerprint"]
    if fp in revoked_fingerprints(session):
        raise _err(
            QT_TRANSLATE_NOOP(
                "Keys", "The key {fingerprint} was revoked; the laptop must make a new key."
            ),
            fingerprint=fp,
        )
    current = session.execute(select(_DEV).where(_DEV.c.fingerprint == fp)).mappings().first()
    if current is None:
        session.execute(
            insert(_DEV).values(
                fingerprint=fp,
                signing_public_key=info["signing_public_key"],
                device_id=info.get("device_id"),
                age_public_key=info.get("age_public_key"),
                site=info.get("site"),
                enrolled_ms=now_ms(),
            )
        )
    else:
        values = {k: info[k] for k in ("device_id", "age_public_key", "site") if info.get(k)}
        if values:
            session.execute(update(_DEV).where(_DEV.c.fingerprint == fp).values(**values))
    return dict(session.execute(select(_DEV).where(_DEV.c.fingerprint == fp)).mappings().one())


def note_import(
    session: Session,
    fingerprint: str,
    device_id: str,
    at_ms: int,
    age_public_key: str | None = None,
    site: str | None = None,
) -> None:
    """An enrolled laptop's changes bundle was imported: the device id it signed with, when, its
    age key when the bundle carried one, and its site when none was known (a site once known is
    the laptop's, whatever later bundles say)."""
    values = {"device_id": device_id, "last_import_ms": at_ms}
    if age_public_key:
        values["age_public_key"] = age_public_key
    session.execute(update(_DEV).where(_DEV.c.fingerprint == fingerprint).values(**values))
    if site_code(site):
        session.execute(
            update(_DEV)
            .where((_DEV.c.fingerprint == fingerprint) & _DEV.c.site.is_(None))
            .values(site=site)
        )


def site_code(value) -> bool:
    """Whether ``value`` is the code of a site (a key file's or a manifest's, self-declared)."""
    from desktop.domain.enums import Site

    return isinstance(value, str) and value in {s.value for s in Site}


def devices(session: Session) -> list[dict]:
    revoked = {
        r["fingerprint"]: r["revoked_ms"] for r in session.execute(select(_REV)).mappings().all()
    }
    out = []
    for row in session.execute(select(_DEV).order_by(_DEV.c.enrolled_ms)).mappings().all():
        item = dict(row)
        item["revoked_ms"] = revoked.get(row["fingerprint"])
        out.append(item)
    return out


def find_device(session: Session, ref: str) -> dict:
    """An enrolled laptop by device id, fingerprint, or a unique start of either."""
    value = (ref or "").strip()
    fp = normalise_fingerprint(value)
    matches = []
    for item in devices(session):
        if value and (item["device_id"] == value or item["fingerprint"] == fp):
            return item
        if len(value) >= 4 and (
            (item["device_id"] or "").startswith(value)
            or (len(fp) >= 4 and item["fingerprint"].startswith(fp))
        ):
            matches.append(item)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise _err(QT_TRANSLATE_NOOP("Keys", "No enrolled laptop matches {device}."), device=value)
    raise _err(
        QT_TRANSLATE_NOOP("Keys", "Several enrolled laptops match {device}: give more of the id."),
        device=value,
    )


def revoke(session: Session, ref: str) -> dict:
    item = find_device(session, ref)
    if item["revoked_ms"] is None:
        item["revoked_ms"] = now_ms()
        session.execute(
            insert(_REV).values(
                fingerprint=item["fingerprint"],
                device_id=item["device_id"],
                revoked_ms=item["revoked_ms"],
            )
        )
    return item


def record_revocations(session: Session, items: list[dict]) -> int:
    """Revocations received with reference data; returns how many were new."""
    known = revoked_fingerprints(session)
    new = [i for i in items if i["fingerprint"] not in known]
    if new:
        session.execute(
            insert(_REV),
            [
                {
                    "fingerprint": i["fingerprint"],
                    "device_id": i.get("device_id"),
                    "revoked_ms": int(i["revoked_ms"]),
                }
                for i in new
            ],
        )
    return len(new)


def revocations(session: Session) -> list[dict]:
    return [
        dict(r) for r in session.execute(select(_REV).order_by(_REV.c.revoked_ms)).mappings().all()
    ]


# ---- restoring a backup -------------------------------------------------------------------------


def identity_rows(session: Session) -> list[tuple[str, list[dict]]]:
    """This store's keys, enrolled laptops and revocations, to carry over a restore: a backup
    brings the data back in time, never the laptop's identity or a revoked key's trust."""
    return [
        (table.name, [dict(r) for r in session.execute(select(table)).mappings().all()])
        for table in (_KEY, _DEV, _REV)
    ]


def _columns(table, item: dict) -> dict:
    return {c: v for c, v in item.items() if c in table.c}


def keep_identity(session: Session, rows: list[tuple[str, list[dict]]]) -> None:
    """Put back what :func:`identity_rows` read (each row replaces the restored one it names)."""
    found = dict(rows)
    for item in found.get(_KEY.name, []):
        session.execute(delete(_KEY).where(_KEY.c.role == item["role"]))
        session.execute(insert(_KEY).values(**_columns(_KEY, item)))
    for item in found.get(_DEV.name, []):
        session.execute(delete(_DEV).where(_DEV.c.fingerprint == item["fingerprint"]))
        session.execute(insert(_DEV).values(**_columns(_DEV, item)))
    for item in found.get(_REV.name, []):
        session.execute(delete(_REV).where(_REV.c.fingerprint == item["fingerprint"]))
        session.execute(insert(_REV).values(**_columns(_REV, item)))
