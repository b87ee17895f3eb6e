"""Sealed files: only the database key opens them, and a plain file gives way to its encrypted
copy without ever leaving neither (a crash between the steps is put right next time)."""

from __future__ import annotations

import os

import pytest

from desktop.storage import keyslots as K
from desktop.storage import sealed


def test_only_the_same_key_and_purpose_open_a_sealed_file():
    key = K.new_key()
    blob = sealed.seal(key, "Crucé el estrecho".encode(), "drafts")
    assert "Crucé".encode() not in blob and sealed.is_sealed(blob)
    assert sealed.unseal(key, blob, "drafts") == "Crucé el estrecho".encode()
    for other_key, purpose in ((K.new_key(), "drafts"), (key, "other")):
        with pytest.raises(sealed.NotSealed):
            sealed.unseal(other_key, blob, purpose)
    with pytest.raises(sealed.NotSealed):
        sealed.unseal(key, blob[:-1] + bytes([blob[-1] ^ 1]), "drafts")
    with pytest.raises(sealed.NotSealed):
        sealed.unseal(key, b'{"plain": 1}', "drafts")


def test_sealing_a_file_in_place_leaves_only_the_sealed_copy(tmp_path):
    key = K.new_key()
    path = tmp_path / "a.draft.json"
    path.write_bytes(b'{"life_story": "secret words"}')
    assert sealed.seal_file(path, key, "drafts")
    assert not sealed.seal_file(path, key, "drafts")  # once only
    assert os.listdir(tmp_path) == ["a.draft.json"]
    assert sealed.unseal(key, path.read_bytes(), "drafts") == b'{"life_story": "secret words"}'


def test_a_crash_in_a_swap_is_put_right(tmp_path, monkeypatch):
    plain, copy = tmp_path / "x.sqlite3", tmp_path / ".copy"
    plain.write_bytes(b"plain words")
    copy.write_bytes(b"encrypted")
    real = os.replace

    def cut(src, dst):
        if str(dst) == str(plain):
            raise OSError("power cut")
        return real(src, dst)

    monkeypatch.setattr(sealed.os, "replace", cut)
    with pytest.raises(OSError):
        sealed.swap_in(copy, plain)
    monkeypatch.undo()
    assert not plain.exists() and (tmp_path / "x.sqlite3.plain").read_bytes() == b"plain words"
    sealed.finish_swaps(tmp_path)  # the copy never arrived: the plain file gets its name back
    assert plain.read_bytes() == b"plain words"
    # the copy arrived, the plain one was not wiped yet
    (tmp_path / "x.sqlite3.plain").write_bytes(b"plain words")
    plain.write_bytes(b"encrypted")
    sealed.finish_swaps(tmp_path)
    assert (
        sorted(os.listdir(tmp_path)) == [".copy", "x.sqlite3"]
        and plain.read_bytes() == b"encrypted"
    )
