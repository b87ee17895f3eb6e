"""Whatever happens to a bundle's bytes after it was signed, it is refused, never read as
something else (property-based)."""

from __future__ import annotations

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from pyrage import x25519

from desktop.exchange import bundle as B
from desktop.exchange import keys as K
from desktop.exchange.errors import BundleRejected

SCHEMA = "0003"


def _device() -> K.DeviceKeys:
    private = Ed25519PrivateKey.generate()
    public = K.signing_public_text(private.public_key())
    age = x25519.Identity.generate()
    return K.DeviceKeys(private, public, K.fingerprint(public), str(age), str(age.to_public()))


DEVICE = _device()
READER = x25519.Identity.generate()
MANIFEST = {
    "type": "changes",
    "bundle_id": "b",
    "device_id": "d",
    "schema_version": SCHEMA,
    "sequence": {"since": 0, "first": 1, "last": 2},
    "clock": 5,
    "counts": {"company": 1},
}
BODY = {
    "changes": [
        {"kind": "company", "id": "c1", "op": "upsert", "fields": {"name": ["Taller Sur", 5, "d"]}}
    ]
}
PLAIN = pyrage.decrypt(
    B.seal(MANIFEST, B.encode_body(BODY), DEVICE, [str(READER.to_public())]), [READER]
)


def test_the_intact_bundle_opens():
    opened = B.open_plain(PLAIN, SCHEMA)
    assert opened.body == BODY and opened.manifest["bundle_id"] == "b"


@settings(max_examples=300, deadline=None)
@given(
    position=st.integers(min_value=0, max_value=len(PLAIN) - 1),
    mask=st.integers(min_value=1, max_value=255),
)
def test_any_changed_byte_is_refused(position, mask):
    altered = bytearray(PLAIN)
    altered[position] ^= mask
    try:
        B.open_plain(bytes(altered), SCHEMA)
    except BundleRejected:
        return
    raise AssertionError(f"byte {position} changed and the bundle was still accepted")


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(PLAIN) - 1))
def test_any_truncation_is_refused(cut):
    try:
        B.open_plain(PLAIN[:cut], SCHEMA)
    except BundleRejected:
        return
    raise AssertionError(f"bundle cut at {cut} was still accepted")
