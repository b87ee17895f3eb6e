"""Key slots: the database key, wrapped once for each account and once for the recovery key.

An encrypted store's database is encrypted with a random 256-bit key that nobody types. The
key file beside the database (``milma.keys``, JSON) holds it wrapped for each account, as LUKS
does for a disk: a key derived from the account's password with argon2id (its salt and costs
stored in the slot) encrypts the database key with AES-256-GCM, the slot's name and the file's
format bound in as associated data, so that a slot copied under another name opens nothing.
A wrong password fails the authentication tag: it opens nothing, and no hash of the password
is kept here. The recovery key (shown once at set-up, :func:`new_recovery_key`) is one more
slot, named :data:`RECOVERY`.

The functions on :class:`KeyFile` are pure (a new value each time); :func:`load` and
:func:`save` read and write the file. Adding, removing or re-keying a slot changes that slot
only (the others are written back byte for byte), and the file is replaced whole
(desktop/atomic.py): a crash in the middle leaves the old file as it was.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.atomic import write_atomic

FILE = "milma.keys"
FORMAT = "milma-keyslots-1"
RECOVERY = "@recovery"  # the recovery key's slot (no account name starts with @)
KEY_BYTES = 32
# argon2id costs of new slots: about 0.3-0.5 s on the programme's laptops (RFC 9106's second
# profile: 64 MiB, 3 passes); each slot keeps its own, so changing these leaves old slots usable
COSTS = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
# the recovery key's alphabet (Crockford's base 32: no I, L, O, U), read aloud in groups of 4
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_CHARS = 32  # 160 bits


class KeyFileError(Exception):
    """The key file is missing, unreadable or damaged."""


class WrongSecret(Exception):
    """The password (or recovery key) does not open this slot, or there is no such slot."""


@dataclass(frozen=True)
class Slot:
    salt: bytes
    nonce: bytes
    wrapped: bytes  # the database key encrypted, with its tag
    costs: dict = field(default_factory=lambda: dict(COSTS))

    def to_json(self) -> dict:
        return {
            "kdf": "argon2id",
            **self.costs,
            "salt": _b64(self.salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, raw: dict) -> Slot:
        if raw.get("kdf") != "argon2id" or raw.get("cipher") != "aes-256-gcm":
            raise ValueError("unknown slot kind")
        costs = {k: int(raw[k]) for k in ("time_cost", "memory_cost", "parallelism")}
        return cls(_unb64(raw["salt"]), _unb64(raw["nonce"]), _unb64(raw["wrapped"]), costs)


@dataclass(frozen=True)
class KeyFile:
    slots: dict[str, Slot] = field(default_factory=dict)

    def names(self) -> list[str]:
        return sorted(self.slots)

    def open(self, name: str, secret: str) -> bytes:
        """The database key, from the slot ``name`` opened with ``secret``; WrongSecret if not."""
        slot = self.slots.get(name)
        if slot is None:
            raise WrongSecret(name)
        return unwrap(slot, name, secret)

    def add(self, name: str, secret: str, key: bytes, costs: dict | None = None) -> KeyFile:
        """A slot ``name`` opening ``key`` with ``secret`` (replacing one of that name)."""
        return replace(self, slots={**self.slots, name: wrap(key, name, secret, costs)})

    def remove(self, name: str) -> KeyFile:
        if name not in self.slots:
            raise WrongSecret(name)
        return replace(self, slots={k: v for k, v in self.slots.items() if k != name})

    def rekey(
        self, name: str, old_secret: str, new_secret: str, costs: dict | None = None
    ) -> KeyFile:
        """The slot ``name`` opened by ``new_secret`` instead of ``old_secret`` (a new password)."""
        return self.add(name, new_secret, self.open(name, old_secret), costs)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "slots": {name: self.slots[name].to_json() for name in self.names()},
        }
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            raw = json.loads(data.decode("utf-8"))
            if raw.get("format") != FORMAT or not isinstance(raw.get("slots"), dict):
                raise ValueError("not a key file")
            return cls({str(name): Slot.from_json(slot) for name, slot in raw["slots"].items()})
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise KeyFileError("the key file is damaged") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_key() -> bytes:
    """A random database key."""
    return secrets.token_bytes(KEY_BYTES)


def derive(secret: str, salt: bytes, costs: dict) -> bytes:
    """The key that wraps the database key in a slot: argon2id of the secret."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret.encode("utf-8"), salt, hash_len=KEY_BYTES, type=Type.ID, **costs)


def _aad(name: str) -> bytes:
    return f"{FORMAT}\0{name}".encode()


def wrap(key: bytes, name: str, secret: str, costs: dict | None = None) -> Slot:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    costs = dict(costs or COSTS)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(derive(secret, salt, costs)).encrypt(nonce, key, _aad(name))
    return Slot(salt, nonce, wrapped, costs)


def unwrap(slot: Slot, name: str, secret: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(derive(secret, slot.salt, slot.costs)).decrypt(
            slot.nonce, slot.wrapped, _aad(name)
        )
    except InvalidTag:
        raise WrongSecret(name) from None
    if len(key) != KEY_BYTES:
        raise WrongSecret(name)
    return key


# ---- the recovery key -----------------------------------------------------------------------
def new_recovery_key() -> str:
    """A recovery key to print and keep in a safe: 32 characters in groups of 4, to be read
    aloud (digits and capitals, without I, L, O and U)."""
    text = "".join(secrets.choice(_ALPHABET) for _ in range(_RECOVERY_CHARS))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normal_recovery_key(typed: str) -> str:
    """A recovery key as typed (spaces, dashes, small letters, O for 0, I or L for 1) in the
    form it was made."""
    text = "".join(ch for ch in (typed or "").upper() if ch.isalnum())
    text = text.translate(str.maketrans("OIL", "011"))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


# ---- the file -------------------------------------------------------------------------------
def path_of(data_dir: Path) -> Path:
    return Path(data_dir) / FILE


def exists(data_dir: Path) -> bool:
    return path_of(data_dir).exists()


def load(data_dir: Path) -> KeyFile:
    try:
        data = path_of(data_dir).read_bytes()
    except FileNotFoundError:
        raise KeyFileError("there is no key file") from None
    except OSError:
        raise KeyFileError("the key file cannot be read") from None
    return KeyFile.from_bytes(data)


def save(data_dir: Path, keys: KeyFile) -> Path:
    """Replace the key file whole (never half written)."""
    return write_atomic(
        path_of(data_dir), keys.to_bytes(), temp_prefix=".milma-keys-", sync_folder=True
    )


def unlock(data_dir: Path, name: str, secret: str) -> bytes:
    """The database key of the store in ``data_dir``, opened by the slot ``name`` (an account's
    user name, or RECOVERY with the recovery key). KeyFileError, WrongSecret."""
    keys = load(data_dir)
    if name == RECOVERY:
        secret = normal_recovery_key(secret)
    return keys.open(name, secret)


def update(data_dir: Path, change) -> KeyFile:
    """Apply ``change`` (KeyFile -> KeyFile) to the key file and save it."""
    keys = change(load(data_dir))
    save(data_dir, keys)
    return keys
