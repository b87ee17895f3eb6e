"""Keys and trust: device keys, the passphrase-protected coordinator identity, enrolment with
fingerprints, revocation, the reference-data tag."""

from __future__ import annotations

import json
import sqlite3

import pytest
from pyrage import x25519

from desktop.exchange import keys as K
from desktop.services import exchange as X
from tests.unit.test_bundle_support import PASSPHRASE, new_coordinator, new_laptop


def test_every_store_gets_a_signing_key_and_an_age_identity_once(store):
    first = X.key_info(store)
    assert set(first) >= {"device_id", "signing_public_key", "fingerprint", "age_public_key"}
    assert first["role"] == "laptop"
    assert first["signing_public_key"].startswith("ed25519:")
    assert first["age_public_key"].startswith("age1")
    assert first["fingerprint"] == K.fingerprint(first["signing_public_key"])
    assert len(first["fingerprint"].split("-")) == 8
    assert X.key_info(store) == first


def test_signatures_verify_only_for_the_signed_bytes(store):
    X.key_info(store)
    with store.read() as s:
        keys = K.load_device_keys(s)
    sig = K.sign(keys.signing, b"manifest")
    assert K.verify(keys.signing_public, b"manifest", sig)
    assert not K.verify(keys.signing_public, b"manifesto", sig)
    assert not K.verify(keys.signing_public, b"manifest", "not base64!")


def test_coordinator_secret_is_stored_only_encrypted(tmp_path, tmp_path_factory):
    coordinator = new_coordinator(tmp_path / "c", tmp_path_factory)
    info = X.key_info(coordinator)
    assert info["role"] == "coordinator" and info["age_public_key"].startswith("age1")
    raw = (
        sqlite3.connect(coordinator.path)
        .execute("SELECT secret_key, protected FROM exchange_key WHERE role='coordinator'")
        .fetchone()
    )
    assert raw[1] == 1 and "AGE-SECRET-KEY" not in raw[0]
    K.lock_all()
    assert X.needs_passphrase(coordinator)
    with pytest.raises(K.KeysError, match="Wrong passphrase"):
        X.unlock(coordinator, "not the passphrase")
    with pytest.raises(K.PassphraseNeeded):
        X.unlock(coordinator, None)
    X.unlock(coordinator, PASSPHRASE)
    assert not X.needs_passphrase(coordinator)
    with pytest.raises(K.KeysError, match="already has a coordinator identity"):
        X.init_coordinator(coordinator, PASSPHRASE)
    coordinator.close()


def test_a_short_passphrase_is_refused(store):
    with pytest.raises(K.KeysError, match="at least 8"):
        X.init_coordinator(store, "short")
    assert X.key_info(store)["role"] == "laptop"


def test_trusting_a_coordinator_needs_a_real_age_key(store):
    with pytest.raises(K.KeysError, match="age1"):
        X.trust_coordinator(store, "ed25519:AAAA")
    key = str(x25519.Identity.generate().to_public())
    assert X.trust_coordinator(store, f"  {key}\n") == key
    assert X.key_info(store)["trusted_coordinator"] == key


def test_enrolment_from_a_key_file_or_a_bare_key(tmp_path, tmp_path_factory):
    coordinator = new_coordinator(tmp_path / "c", tmp_path_factory)
    one = new_laptop(tmp_path / "one")
    two = new_laptop(tmp_path / "two")
    key_file = tmp_path / "one.json"
    key_file.write_text(json.dumps(X.key_info(one)))
    item = X.enrol_device(coordinator, X.read_enrolment(str(key_file)))
    assert item["device_id"] == one.device_id
    assert item["age_public_key"] == X.key_info(one)["age_public_key"]
    bare = X.read_enrolment(X.key_info(two)["signing_public_key"])
    assert bare["fingerprint"] == X.key_info(two)["fingerprint"] and "device_id" not in bare
    X.enrol_device(coordinator, bare)
    assert {d["fingerprint"] for d in X.devices(coordinator)} == {
        X.key_info(one)["fingerprint"],
        bare["fingerprint"],
    }
    with pytest.raises(K.KeysError, match="not a laptop signing key"):
        X.read_enrolment("ed25519:bm90IGEga2V5")
    with pytest.raises(K.KeysError):
        X.read_enrolment(str(tmp_path / "missing.json"))
    for s in (coordinator, one, two):
        s.close()


def test_revocation_by_device_id_or_fingerprint_and_no_re_enrolment(tmp_path, tmp_path_factory):
    coordinator = new_coordinator(tmp_path / "c", tmp_path_factory)
    laptop = new_laptop(tmp_path / "l")
    info = X.read_enrolment(json.dumps(X.key_info(laptop)))
    X.enrol_device(coordinator, info)
    with pytest.raises(K.KeysError, match="No enrolled laptop"):
        X.revoke_device(coordinator, "nothing-like-it")
    item = X.revoke_device(coordinator, info["fingerprint"].lower().replace("-", " "))
    assert item["revoked_ms"]
    assert X.devices(coordinator)[0]["revoked_ms"] == item["revoked_ms"]
    assert X.revoke_device(coordinator, laptop.device_id)["revoked_ms"] == item["revoked_ms"]
    with pytest.raises(K.KeysError, match="revoked"):
        X.enrol_device(coordinator, info)
    coordinator.close()
    laptop.close()


def test_reference_tag_is_the_same_on_both_ends_and_only_there():
    coordinator = x25519.Identity.generate()
    laptop = x25519.Identity.generate()
    other = x25519.Identity.generate()
    c_pub, l_pub, o_pub = (
        str(coordinator.to_public()),
        str(laptop.to_public()),
        str(other.to_public()),
    )
    made = K.reference_tag(str(coordinator), c_pub, l_pub, b"data")
    assert K.reference_tag(str(laptop), c_pub, l_pub, b"data") == made
    assert K.reference_tag(str(laptop), c_pub, l_pub, b"date") != made
    # another laptop, or someone else claiming to be the coordinator, gets another tag
    assert K.reference_tag(str(other), c_pub, l_pub, b"data") != made
    assert K.reference_tag(str(other), o_pub, l_pub, b"data") != made


def test_bech32_rejects_a_mistyped_key():
    key = str(x25519.Identity.generate().to_public())
    assert len(K.bech32_bytes(key, "age")) == 32
    typo = key[:-3] + ("q" if key[-3] != "q" else "p") + key[-2:]
    with pytest.raises(ValueError):
        K.bech32_bytes(typo, "age")


def test_trusting_the_coordinator_from_its_key_file(tmp_path, tmp_path_factory):
    coordinator = new_coordinator(tmp_path / "c", tmp_path_factory)
    laptop = new_laptop(tmp_path / "l")
    coordinator_file = tmp_path / "coordinator.json"
    coordinator_file.write_text(json.dumps(X.key_info(coordinator)))
    assert (
        X.trust_coordinator(laptop, str(coordinator_file))
        == X.key_info(coordinator)["age_public_key"]
    )
    laptop_file = tmp_path / "laptop.json"
    laptop_file.write_text(json.dumps(X.key_info(laptop)))
    with pytest.raises(K.KeysError, match="not the coordinator's"):
        X.trust_coordinator(laptop, str(laptop_file))
    with pytest.raises(K.KeysError, match="age1"):
        X.trust_coordinator(laptop, str(tmp_path / "missing.json"))
    plain = tmp_path / "key.txt"
    plain.write_text(X.key_info(coordinator)["age_public_key"] + "\n")
    assert X.trust_coordinator(laptop, str(plain)).startswith("age1")
    with pytest.raises(X.ExchangeError, match="coordinator itself"):
        X.trust_coordinator(coordinator, str(coordinator_file))
    coordinator.close()
    laptop.close()
