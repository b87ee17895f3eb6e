"""Key slots: each account's password opens the database key and nothing else does; adding,
removing or changing a slot leaves every other slot as it was, and a write that fails half-way
leaves the old key file whole."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import atomic
from desktop.storage import keyslots as K

REAL_COSTS = dict(K.COSTS)
FAST = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}  # the real cost is tested apart


@pytest.fixture(autouse=True)
def _fast_costs(monkeypatch):
    monkeypatch.setattr(K, "COSTS", FAST)


def test_each_password_opens_the_key_and_a_wrong_one_opens_nothing():
    key = K.new_key()
    keys = K.KeyFile().add("ana", "ana-password", key).add("luis", "luis-password", key)
    assert keys.open("ana", "ana-password") == key
    assert keys.open("luis", "luis-password") == key
    for name, secret in (("ana", "luis-password"), ("ana", ""), ("nobody", "ana-password")):
        with pytest.raises(K.WrongSecret):
            keys.open(name, secret)


def test_a_slot_copied_under_another_name_opens_nothing():
    key = K.new_key()
    keys = K.KeyFile().add("ana", "shared-password", key)
    moved = K.KeyFile({"admin": keys.slots["ana"]})
    with pytest.raises(K.WrongSecret):
        moved.open("admin", "shared-password")


def test_the_file_holds_neither_the_key_nor_the_passwords_and_reads_back():
    key = K.new_key()
    keys = K.KeyFile().add("ana", "ana-password", key)
    data = keys.to_bytes()
    assert key not in data and key.hex().encode() not in data and b"ana-password" not in data
    slot = json.loads(data)["slots"]["ana"]
    assert (slot["kdf"], slot["time_cost"], slot["memory_cost"], slot["parallelism"]) == (
        "argon2id",
        1,
        8,
        1,
    )
    assert K.KeyFile.from_bytes(data).open("ana", "ana-password") == key


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b"[]",
        b'{"format": "other", "slots": {}}',
        b'{"format": "milma-keyslots-1", "slots": {"a": {"kdf": "argon2id"}}}',
        "\u00e9".encode("latin-1"),
    ],
)
def test_a_damaged_key_file_says_so(data):
    with pytest.raises(K.KeyFileError):
        K.KeyFile.from_bytes(data)


def test_a_slot_made_with_other_costs_still_opens():
    key = K.new_key()
    keys = K.KeyFile().add(
        "ana", "ana-password", key, costs={"time_cost": 2, "memory_cost": 16, "parallelism": 2}
    )
    assert K.KeyFile.from_bytes(keys.to_bytes()).open("ana", "ana-password") == key


def test_changing_one_password_rewrites_only_that_slot(tmp_path):
    key = K.new_key()
    K.save(tmp_path, K.KeyFile().add("ana", "old-password", key).add("luis", "luis-password", key))
    before = json.loads(K.path_of(tmp_path).read_bytes())["slots"]
    K.update(tmp_path, lambda keys: keys.rekey("ana", "old-password", "new-password"))
    after = json.loads(K.path_of(tmp_path).read_bytes())["slots"]
    assert after["luis"] == before["luis"] and after["ana"] != before["ana"]
    assert K.unlock(tmp_path, "ana", "new-password") == key
    with pytest.raises(K.WrongSecret):
        K.unlock(tmp_path, "ana", "old-password")
    with pytest.raises(K.WrongSecret):
        K.load(tmp_path).rekey("luis", "wrong", "whatever")


def test_a_crash_between_writing_and_renaming_leaves_the_old_file_whole(tmp_path, monkeypatch):
    key = K.new_key()
    K.save(tmp_path, K.KeyFile().add("ana", "ana-password", key).add("luis", "luis-password", key))
    old = K.path_of(tmp_path).read_bytes()

    def crash(src, dst):
        raise OSError("power cut")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError):
        K.update(tmp_path, lambda keys: keys.remove("luis").add("maria", "maria-password", key))
    monkeypatch.undo()
    assert K.path_of(tmp_path).read_bytes() == old
    assert sorted(os.listdir(tmp_path)) == [K.FILE]  # no temporary file left either
    assert K.unlock(tmp_path, "luis", "luis-password") == key


def test_a_missing_key_file_says_so(tmp_path):
    with pytest.raises(K.KeyFileError):
        K.unlock(tmp_path, "ana", "ana-password")


def test_the_recovery_key_reads_aloud_in_groups_of_four_and_opens_its_slot_as_typed(tmp_path):
    recovery = K.new_recovery_key()
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert not set(recovery) & set("ILOU")
    key = K.new_key()
    K.save(tmp_path, K.KeyFile().add(K.RECOVERY, recovery, key))
    typed = recovery.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert K.unlock(tmp_path, K.RECOVERY, typed) == key
    with pytest.raises(K.WrongSecret):
        K.unlock(tmp_path, K.RECOVERY, K.new_recovery_key())


def test_new_slots_cost_argon2id_at_64_mib_and_three_passes():
    assert REAL_COSTS == {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}


NAMES = st.sampled_from(["ana", "luis", "maria", "omar", K.RECOVERY])
SECRETS = st.text(min_size=1, max_size=12)
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), NAMES, SECRETS),
        st.tuples(st.just("remove"), NAMES, SECRETS),
        st.tuples(st.just("rekey"), NAMES, SECRETS),
    ),
    max_size=8,
)


@settings(max_examples=40, deadline=None)
@given(OPS)
def test_after_any_sequence_of_slot_operations_every_remaining_password_opens_the_key(ops):
    key = K.new_key()
    keys = K.KeyFile().add("ana", "first", key)
    current = {"ana": "first"}
    removed: dict[str, set[str]] = {}
    for op, name, secret in ops:
        if op == "add":
            keys = keys.add(name, secret, key)
            if name in current and current[name] != secret:
                removed.setdefault(name, set()).add(current[name])
            current[name] = secret
        elif op == "remove" and name in current:
            keys = keys.remove(name)
            removed.setdefault(name, set()).add(current.pop(name))
        elif op == "rekey" and name in current:
            keys = keys.rekey(name, current[name], secret)
            if current[name] != secret:
                removed.setdefault(name, set()).add(current[name])
            current[name] = secret
    keys = K.KeyFile.from_bytes(keys.to_bytes())
    assert set(keys.slots) == set(current)
    for name, secret in current.items():
        assert keys.open(name, secret) == key
    for name, old in removed.items():
        for secret in old - {current.get(name)}:
            with pytest.raises(K.WrongSecret):
                keys.open(name, secret)


_REWRITER = """
import sys
from desktop.storage import keyslots as K
K.COSTS = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
folder = sys.argv[1]
n = 0
print("ready", flush=True)
while True:
    old, n = str(n), n + 1
    K.update(folder, lambda keys: keys.rekey("ana", old, str(n)))
"""


def test_a_process_killed_while_it_rewrites_a_slot_leaves_a_whole_file_and_the_other_slots(
    tmp_path,
):
    import signal
    import subprocess
    import sys
    import time

    key = K.new_key()
    K.save(tmp_path, K.KeyFile().add("ana", "0", key).add("luis", "luis-password", key))
    for delay in (0.05, 0.13, 0.31):
        proc = subprocess.Popen(
            [sys.executable, "-c", _REWRITER, str(tmp_path)], stdout=subprocess.PIPE
        )
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        keys = K.load(tmp_path)  # whole: the old file or the new one, never half of one
        assert keys.open("luis", "luis-password") == key
        assert set(keys.names()) == {"ana", "luis"}
        # ana's slot opens with the last password that reached the disk: rewind the counter to it
        last = next(str(n) for n in range(10**6) if _opens(keys, "ana", str(n)))
        K.update(tmp_path, lambda k, last=last: k.rekey("ana", last, "0"))
    leftovers = [p for p in os.listdir(tmp_path) if p != K.FILE]
    assert all(
        p.startswith(".milma-keys-") for p in leftovers
    )  # a killed write leaves at most its temporary


def _opens(keys, name, secret) -> bool:
    try:
        keys.open(name, secret)
        return True
    except K.WrongSecret:
        return False
