"""Two writers at once: a second writer waits its turn instead of failing with "database is
locked", whether it is another thread of the application (a USB import in its worker thread and
a form saved meanwhile) or another process (the `milma` command while the application writes).
Both succeed, in some order, and nothing is lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from desktop.services import exchange as X
from desktop.services import participants
from desktop.storage.store import Store
from tests.unit.test_bundle_support import count, pair

HELD = 1.0  # seconds a writer keeps its transaction open

ANA = {
    "first_name": "Ana",
    "last_name": "Serrano Gil",
    "birth_date": "1991-04-02",
    "gender": "female",
    "migrant_status": "local",
    "nationality": "ES",
}


def _codes(store: Store) -> list[str]:
    conn = sqlite3.connect(store.path)
    try:
        return [r[0] for r in conn.execute("SELECT code FROM participant ORDER BY code")]
    finally:
        conn.close()


def test_a_form_saved_during_a_usb_import_waits_for_it_and_both_are_kept(
    tmp_path, tmp_path_factory, monkeypatch
):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=3)
    bundle = X.export(laptop, tmp_path).path
    from desktop.exchange import merge

    applying = threading.Event()
    real_apply = merge.apply

    def slow_apply(*args, **kwargs):  # an import of a large stick: its transaction stays open
        report = real_apply(*args, **kwargs)
        applying.set()
        time.sleep(HELD)
        return report

    monkeypatch.setattr(merge, "apply", slow_apply)
    outcome: dict = {}

    def run_import():
        try:
            outcome["import"] = X.apply_import(coordinator, bundle)
            outcome["import_done"] = time.monotonic()
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            outcome["import_error"] = exc
        finally:
            applying.set()

    worker = threading.Thread(target=run_import)
    worker.start()
    assert applying.wait(30)
    try:
        saved = participants.register(coordinator, ANA)  # the technician's save, on the UI thread
        saved_at = time.monotonic()
    finally:
        worker.join(60)
    assert "import_error" not in outcome, outcome.get("import_error")
    assert outcome["import"]["changes"] > 0
    assert saved_at >= outcome["import_done"]  # it waited its turn
    assert count(coordinator, "participant") == 3 + 1
    assert saved["code"] in _codes(coordinator)
    laptop.close()
    coordinator.close()


def test_two_threads_saving_at_once_keep_both(store):
    """Ten registrations from two threads at once: every one is kept, each with its own code."""
    errors: list[BaseException] = []

    def register_five(prefix: str):
        try:
            for i in range(5):
                participants.register(store, {**ANA, "first_name": f"{prefix}{i}"})
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    threads = [threading.Thread(target=register_five, args=(p,)) for p in ("Uno", "Dos")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    codes = _codes(store)
    assert len(codes) == 10 and len(set(codes)) == 10


def _milma(data_dir, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "desktop.cli", "--lang", "en", "--data-dir", str(data_dir), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_the_command_line_writing_while_the_application_writes_waits_and_both_are_kept(store):
    participants.register(store, ANA)  # the application has registered someone already
    holding = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    def application_save():
        try:
            with store.transaction() as tx:
                participants.register_in(store, tx, {**ANA, "first_name": "Beatriz"})
                holding.set()
                release.wait(30)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)
        finally:
            holding.set()

    writer = threading.Thread(target=application_save)
    writer.start()
    assert holding.wait(30)
    timer = threading.Timer(HELD, release.set)
    timer.start()
    try:
        started = time.monotonic()
        done = _milma(store.data_dir, "demo", "--participants", "4", "--seed", "2")
        waited = time.monotonic() - started
    finally:
        release.set()
        writer.join(60)
        timer.cancel()
    assert errors == []
    assert done.returncode == 0, done.stderr
    assert "locked" not in done.stderr
    assert waited >= HELD * 0.8  # it waited for the application's transaction
    # the application registers again, after the command line took the next codes
    participants.register(store, {**ANA, "first_name": "Carmen"})
    codes = _codes(store)
    assert len(codes) == 1 + 1 + 4 + 1 and len(set(codes)) == len(codes)


def test_the_application_waits_while_the_command_line_holds_a_write(store):
    """Another process holds a write transaction; the application's save waits for it."""
    script = (
        "import sys, time\nfrom desktop.services import participants\nfrom desktop.storage.store"
        " import Store\nstore = Store.open(sys.argv[1])\nwith store.transaction() as tx:\n   "
        " participants.register_in(store, tx, {'first_name': 'Otro', 'last_name': 'Proceso',"
        " 'birth_date': '1980-01-01',\n        'gender': 'male', 'migrant_status': 'local',"
        " 'nationality': 'ES'})\n    print('holding', flush=True)\n   "
        f" time.sleep({HELD})\nstore.close()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(store.data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "holding", proc.stderr.read()
        saved = participants.register(store, ANA)
    finally:
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    codes = _codes(store)
    assert len(codes) == 2 and len(set(codes)) == 2 and saved["code"] in codes


@pytest.mark.parametrize("reader", ["read", "reader"])
def test_reads_never_take_the_write_lock(store, reader):
    """A read (full or quick) stays deferred: another process can write while it is open."""
    participants.register(store, ANA)
    if reader == "read":
        context = store.read()
        session = context.__enter__()
        assert (
            session.execute(
                __import__("sqlalchemy").text("SELECT count(*) FROM participant")
            ).scalar()
            == 1
        )
    else:
        conn = store.reader()
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 1
    try:
        other = sqlite3.connect(store.path, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # fails at once if the read holds the write lock
        other.execute("ROLLBACK")
        other.close()
    finally:
        if reader == "read":
            context.__exit__(None, None, None)
