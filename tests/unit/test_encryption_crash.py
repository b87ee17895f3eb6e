"""A process killed (SIGKILL) at any moment while it encrypts a store loses nothing: the next
opening finds the store plain and whole (killed before the key file was written), or finishes
the conversion with the password, and then no participant's name is left in plain text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from desktop.services import encryption, participants
from desktop.services.demo import generate
from desktop.services.setup import init_device
from desktop.storage import engine
from desktop.storage import keyslots as K
from desktop.storage.store import Store

PEOPLE = 150

_ENCRYPT = """
import sys
from desktop.services import encryption
from desktop.storage import keyslots as K
from desktop.storage.store import Store
K.COSTS = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
store = Store.open(sys.argv[1])
print("ready", flush=True)
encryption.encrypt(store, "ana", "ana-password")
print("done", flush=True)
store.close()
"""


@pytest.fixture(scope="module")
def plain_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plain") / "data"
    store = Store.open(folder)
    init_device(store, "CIFE", "crash-laptop", "Ana Técnica")
    generate(store, PEOPLE, seed=3)
    # names long enough not to turn up by chance in megabytes of ciphertext ("Sow" does, one
    # run in four)
    names = [
        r[0]
        for r in store.reader().execute(
            "SELECT last_name FROM participant WHERE length(last_name) >= 10 LIMIT 20"
        )
    ]
    assert len(names) == 20
    store.close()
    return folder, names


@pytest.mark.parametrize("delay", [0.0, 0.1, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.8])
def test_a_conversion_killed_at_any_moment_loses_nothing(plain_store, tmp_path, delay):
    import shutil

    source, names = plain_store
    data_dir = tmp_path / "data"
    shutil.copytree(source, data_dir)
    proc = subprocess.Popen(
        [sys.executable, "-c", _ENCRYPT, str(data_dir)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    engine._keys.clear()
    if K.exists(data_dir):
        encryption.unlock(data_dir, "ana", "ana-password")
    store = Store.open(data_dir)
    try:
        assert participants.count(store) == PEOPLE
    finally:
        store.close()
    if K.exists(data_dir):
        for root, _dirs, files in os.walk(data_dir):
            for name in files:
                path = os.path.join(root, name)
                data = open(path, "rb").read()
                assert not any(n.encode() in data for n in names), (
                    name,
                    engine.is_plain(path),
                    sorted(os.listdir(root)),
                )
        assert not [
            n for n in os.listdir(data_dir) if n.startswith(".milma-encrypt-")
        ]  # no half copy left
    engine._keys.clear()
