"""The bundle file: what a USB stick carries between a laptop and the coordinator.

A bundle file is a standard age file (``age -d -i identity`` opens it). Inside:

    MILMA-BUNDLE/1\\n
    <manifest: one line of JSON, sorted keys>\\n
    <signature: one line of JSON>\\n
    <body: zlib-compressed JSON>

The body holds the changes (desktop.exchange.changes); from format 3 on, the upserts made by
one write each travel as tables of columns.

The manifest names the format and schema versions, the bundle id and type ("changes" from a
laptop, "reference" from the coordinator), the device, its sequence range (since, last], its
clock, counts per kind and the SHA-256 of the body. The signature line holds the Ed25519
signature of the first two lines by the device's signing key (so it covers the body through its
hash) and, for reference data, one tag per laptop (see keys.reference_tag).

Files are written to a temporary name, synced, renamed, then read back and compared before an
export counts as done. File names carry the type, the time and the bundle id only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pyrage

from desktop import atomic
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.exchange import changes as C
from desktop.exchange import keys as K
from desktop.exchange.errors import BundleRejected, fits, out_of_range
from desktop.exchange.gcpause import paused_gc

MAGIC = b"MILMA-BUNDLE/1\n"
MAGIC_PREFIX = b"MILMA-BUNDLE/"
FORMAT = "milma-bundle"
# 2: upserts may name one stamp for all their fields; 3: such upserts travel as tables of
# columns (see exchange.changes). Readers accept every version up to their own.
FORMAT_VERSION = 3
SUFFIX = ".milma.age"
MAX_BUNDLE_BYTES = 2 * 1024**3
CHANGES = "changes"
REFERENCE = "reference"


class BundleWriteError(UserError):
    pass


def rejected(text: str, **params) -> BundleRejected:
    return BundleRejected(Message("Bundle", text, params))


def _json_line(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def encode_body(body: dict, batch: int = 5000, *, format_version: int = FORMAT_VERSION) -> bytes:
    """The body as compressed JSON, encoded a batch of changes (or a table) at a time (a full
    bundle holds hundreds of thousands: one JSON string of them all would double the memory
    needed). From format 3 on, compact upserts go as tables ("tables", when there are any)."""
    comp = zlib.compressobj(1)  # fast; the JSON still shrinks about 8 times
    changes = body["changes"]
    parts = []
    if format_version >= 3 and isinstance(changes, list):
        changes, tables = C.columnar(changes)
        for i, table in enumerate(tables):
            parts.append(comp.compress((b"," if i else b'{"tables":[') + orjson.dumps(table)))
        parts.append(comp.compress(b'],"changes":[' if tables else b'{"changes":['))
    else:
        parts.append(comp.compress(b'{"changes":['))
    for start in range(0, len(changes), batch):
        text = orjson.dumps(changes[start : start + batch])[1:-1]
        parts.append(comp.compress((b"," if start else b"") + text))
    parts.append(comp.compress(b"]"))
    for key, value in body.items():
        if key != "changes":
            item = (
                ","
                + json.dumps(key)
                + ":"
                + json.dumps(value, separators=(",", ":"), ensure_ascii=False)
            )
            parts.append(comp.compress(item.encode("utf-8")))
    parts.append(comp.compress(b"}"))
    parts.append(comp.flush())
    return b"".join(parts)


def body_hash(body: bytes) -> str:
    return "sha256:" + hashlib.sha256(body).hexdigest()


def seal(
    manifest: dict,
    body: bytes,
    device: K.DeviceKeys,
    recipients: list[str],
    tags_for: list[tuple[str, str, str]] | None = None,
    *,
    format_version: int = FORMAT_VERSION,
) -> bytes:
    """The encrypted bundle. ``manifest`` gets format, body hash and signer filled in.
    ``tags_for``: (secret identity, coordinator public, laptop public) per laptop to tag.
    ``format_version``: the one ``body`` was encoded in."""
    manifest = dict(
        manifest,
        format=FORMAT,
        format_version=format_version,
        body_hash=body_hash(body),
        body_size=len(body),
        signer_fingerprint=device.fingerprint,
    )
    manifest_line = _json_line(manifest)
    signed = MAGIC + manifest_line
    signature: dict[str, str | dict[str, str]] = {
        "alg": "ed25519",
        "public_key": device.signing_public,
        "signature": K.sign(device.signing, signed),
    }
    if tags_for:
        signature["tags"] = {
            laptop: K.reference_tag(secret, coord, laptop, signed)
            for secret, coord, laptop in tags_for
        }
    plain = signed + b"\n" + _json_line(signature) + b"\n" + body
    try:
        return pyrage.encrypt(plain, [K.parse_age_recipient(r) for r in recipients])
    except pyrage.EncryptError:
        raise rejected(QT_TRANSLATE_NOOP("Bundle", "The bundle could not be encrypted.")) from None


def file_name(bundle_type: str, bundle_id: str, when: datetime | None = None) -> str:
    when = when or datetime.now(UTC)
    return f"milma-{bundle_type}-{when:%Y%m%d-%H%M%S}-{bundle_id}{SUFFIX}"


# ---- writing ----------------------------------------------------------------------------------


def _write_error(folder: Path, exc: OSError | None = None) -> BundleWriteError:
    import errno

    if exc is not None and exc.errno == errno.ENOSPC:
        text = QT_TRANSLATE_NOOP(
            "Bundle",
            "The drive {folder} is full: nothing was exported. Free some space or use another"
            " drive.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Bundle",
            "Could not write the bundle to {folder} (was the drive removed?): nothing was"
            " exported.",
        )
    return BundleWriteError(Message("Bundle", text, {"folder": str(folder)}))


def write_atomic(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/name`` whole (desktop.atomic, the folder entry synced too),
    then read it back and compare. Any failure leaves no file of that name and raises."""
    folder = Path(folder)
    target = folder / name
    if not folder.is_dir():
        raise _write_error(folder)
    try:
        atomic.write_atomic(target, data, temp_prefix=f".{name}.", sync_folder=True)
        with open(target, "rb") as fh:
            back = fh.read()
        if hashlib.sha256(back).digest() != hashlib.sha256(data).digest():
            raise OSError("read-back differs")
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise _write_error(folder, exc) from None
    return target


# ---- reading ----------------------------------------------------------------------------------


@dataclass
class Opened:
    manifest: dict
    signature: dict
    signed: bytes  # the bytes the signature and tags cover
    body: dict  # "changes", from format 3 on "tables" too (see exchange.changes)
    size: int
    count: int = 0  # changes in the body (the lists may be consumed by an import)

    @property
    def bundle_type(self) -> str:
        return self.manifest["type"]

    @property
    def device_id(self) -> str:
        return self.manifest["device_id"]


def read_file(path: Path) -> bytes:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise rejected(
                QT_TRANSLATE_NOOP("Bundle", "The file is too large to be a MILMA bundle.")
            )
        return path.read_bytes()
    except OSError:
        raise rejected(
            QT_TRANSLATE_NOOP("Bundle", "Cannot read the file {path}."), path=str(path)
        ) from None


def decrypt(data: bytes, identities: list) -> bytes:
    if not data.startswith(b"age-encryption.org/v1\n"):
        raise rejected(
            QT_TRANSLATE_NOOP("Bundle", "Refused: this is not an encrypted MILMA bundle.")
        )
    try:
        return pyrage.decrypt(data, identities)
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise rejected(
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "Refused: the bundle is not addressed to this store (wrong recipient).",
                )
            ) from None
        raise rejected(
            QT_TRANSLATE_NOOP("Bundle", "Refused: the file is damaged, altered or truncated.")
        ) from None


def open_plain(plain: bytes, schema_version: str, *, parse_body: bool = True) -> Opened:
    """Parse and check a decrypted bundle: structure, versions, signature, body hash and
    content shape. Who signed it is checked by the caller (enrolment, pinned coordinator).
    Without ``parse_body`` the body is checked by its hash only (reading back a bundle just
    written) and ``body`` is left empty."""
    if not plain.startswith(MAGIC):
        if plain.startswith(MAGIC_PREFIX):
            raise rejected(
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "Refused: the bundle was made by a newer version of MILMA Desktop (format)."
                    " Update this one first.",
                )
            )
        raise rejected(
            QT_TRANSLATE_NOOP("Bundle", "Refused: the content is not a MILMA bundle (malformed).")
        )
    first = plain.find(b"\n", len(MAGIC))
    second = plain.find(b"\n", first + 1) if first >= 0 else -1
    if first < 0:
        raise rejected(
            QT_TRANSLATE_NOOP("Bundle", "Refused: the file is damaged, altered or truncated.")
        )
    manifest_line = plain[len(MAGIC) : first]
    try:
        manifest = json.loads(manifest_line)
    except ValueError:
        manifest = None
    if not isinstance(manifest, dict):
        raise rejected(QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's manifest is malformed."))
    sig_line = plain[first + 1 : second] if second >= 0 else b""
    try:
        signature = json.loads(sig_line) if sig_line.strip() else None
    except ValueError:
        signature = None
    if (
        not isinstance(signature, dict)
        or not signature.get("signature")
        or not signature.get("public_key")
        or signature.get("alg") != "ed25519"
    ):
        raise rejected(QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle is not signed."))
    signed = plain[:first]
    if not K.verify(str(signature["public_key"]), signed, str(signature["signature"])):
        raise rejected(
            QT_TRANSLATE_NOOP(
                "Bundle", "Refused: the signature does not match (the file was altered)."
            )
        )
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("format_version"), int):
        raise rejected(QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's manifest is malformed."))
    if manifest["format_version"] > FORMAT_VERSION:
        raise rejected(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "Refused: the bundle was made by a newer version of MILMA Desktop (format). Update"
                " this one first.",
            )
        )
    if _schema_number(manifest.get("schema_version")) > _schema_number(schema_version):
        raise rejected(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "Refused: the bundle was made with a newer data schema ({version}). Update MILMA"
                " Desktop first.",
            ),
            version=str(manifest.get("schema_version")),
        )
    _check_manifest(manifest)
    if K.fingerprint(signature["public_key"]) != manifest["signer_fingerprint"]:
        raise rejected(
            QT_TRANSLATE_NOOP(
                "Bundle", "Refused: the signature does not match (the file was altered)."
            )
        )
    body_bytes = plain[second + 1 :]
    if len(body_bytes) != manifest["body_size"] or body_hash(body_bytes) != manifest["body_hash"]:
        raise rejected(
            QT_TRANSLATE_NOOP("Bundle", "Refused: the file is damaged, altered or truncated.")
        )
    if not parse_body:
        return Opened(manifest, signature, signed, {"changes": []}, len(plain))
    try:
        with paused_gc():
            body = orjson.loads(zlib.decompress(body_bytes))
    except (ValueError, zlib.error):  # orjson.JSONDecodeError is a ValueError
        body = None
    tables = body.get("tables", []) if isinstance(body, dict) else None
    if (
        not isinstance(body, dict)
        or not isinstance(body.get("changes"), list)
        or not all(isinstance(c, dict) for c in body["changes"])
        or not isinstance(tables, list)
        or not all(map(C.table_shape_ok, tables))
    ):
        raise rejected(QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's content is malformed."))
    count = len(body["changes"]) + sum(len(t["ids"]) for t in tables)
    return Opened(manifest, signature, signed, body, len(plain), count)


def _schema_number(value) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        raise rejected(
            QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's manifest is malformed.")
        ) from None


def _manifest_numbers(m: dict):
    """(name, value) of every number of a manifest, named as in the bundle."""
    yield "clock", m.get("clock")
    yield "body_size", m.get("body_size")
    sequence = m.get("sequence")
    if isinstance(sequence, dict):
        yield from (
            (f"sequence.{k}", sequence[k]) for k in ("since", "first", "last") if k in sequence
        )
    counts = m.get("counts")
    if isinstance(counts, dict):
        yield from ((f"counts.{k}", v) for k, v in counts.items())


def _check_manifest(m: dict) -> None:
    for name, value in _manifest_numbers(m):
        if type(value) is int and not fits(value):  # SQLite holds none of these, or below zero
            raise out_of_range(name)
    ok = (
        m.get("type") in (CHANGES, REFERENCE)
        and all(
            isinstance(m.get(k), str) and m.get(k)
            for k in ("bundle_id", "device_id", "signer_fingerprint", "body_hash")
        )
        and all(fits(value) for _name, value in _manifest_numbers(m))
        and isinstance(m.get("sequence"), dict)
        and all(k in m["sequence"] for k in ("since", "last"))
        and m["sequence"]["since"] <= m["sequence"]["last"]
        and isinstance(m.get("counts"), dict)
        and all(type(k) is str for k in m["counts"])
    )
    if not ok:
        raise rejected(QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's manifest is malformed."))
