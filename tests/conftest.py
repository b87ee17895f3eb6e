"""Test set-up: offscreen Qt, one QApplication per session (pytest-qt's qapp), a fresh
temporary data directory per test, and never the user's real data or log folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false;qt.qpa.*=false")

from datetime import datetime, time  # noqa: E402

import pytest  # noqa: E402

from tests.days import RUN_DAY  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("MILMA_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    # the account of the shared store fixtures (below), for commands run in a subprocess too
    monkeypatch.setenv("MILMA_USER", "demo")
    monkeypatch.setenv("MILMA_PASSWORD", "milma-demo")
    monkeypatch.delenv("MILMA_NEW_PASSWORD", raising=False)
    yield


@pytest.fixture
def run_day():
    """The test runs on the day the run began (tests/days.py), at noon local time with the clock
    running: what a module computed from that day at import agrees with what the application
    computes from date.today() and datetime.now(), even after midnight. Subprocesses keep the
    real clock."""
    import time_machine

    with time_machine.travel(datetime.combine(RUN_DAY, time(12)).astimezone(), tick=True):
        yield RUN_DAY


@pytest.fixture(autouse=True)
def _quick_password_hashes(monkeypatch):
    """Passwords hashed in the tests' process take the cheapest argon2id parameters (a hash
    keeps its parameters, so it verifies the same anywhere); tests of the real cost set them."""
    from desktop.services import accounts

    monkeypatch.setattr(
        accounts, "PARAMETERS", {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
    )


@pytest.fixture(autouse=True)
def _stores_log_in(monkeypatch):
    """A store a test opens itself is logged in as MILMA_USER when the password in
    MILMA_PASSWORD is that account's, as the command line does (the store fixture's account
    below); otherwise it opens logged out. Nothing here counts a wrong password."""
    from desktop.services import accounts
    from desktop.storage.store import Store

    real = Store.open.__func__

    def open_logged_in(cls, data_dir):
        store = real(cls, data_dir)
        user, password = os.environ.get("MILMA_USER"), os.environ.get("MILMA_PASSWORD")
        row = (
            accounts._row(store, user)
            if user and password is not None and accounts.has_accounts(store)
            else None
        )
        if row is not None and row[4] and accounts.verify_password(row[5], password):
            store.log_in(accounts.Account(row[0], row[1], row[2], row[3], True))
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_logged_in))


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that switches the interface language (the command line's --lang does, in the
    test's process) leaves the next one in English, whatever the order the tests run in."""
    yield
    from desktop import i18n

    if i18n.current_language() != "en":
        i18n.set_language("en")


@pytest.fixture
def fast_key_slots(monkeypatch):
    """Key slots derived with cheap argon2id costs (the real ones take about 0.3 s a slot), and
    no database key left registered after the test."""
    from desktop.storage import engine
    from desktop.storage import keyslots as K

    monkeypatch.setattr(K, "COSTS", {"time_cost": 1, "memory_cost": 8, "parallelism": 1})
    yield
    engine._keys.clear()


@pytest.fixture
def language():
    """Switch the interface language within a test (English again after it)."""
    from desktop import i18n

    return i18n.set_language


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    """An initialised laptop store (site CIFE) with one technician, Ana Técnica, and the demo
    account standing for her (an administrator, user "demo", password "milma-demo" as in
    MILMA_USER and MILMA_PASSWORD), logged in."""
    from desktop.services.accounts import ensure_demo_account
    from desktop.services.setup import init_device
    from desktop.storage.store import Store

    s = Store.open(data_dir)
    init_device(s, "CIFE", "test-laptop", "Ana Técnica")
    ensure_demo_account(s)
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    """The store above with 60 demo participants (seed 7)."""
    from desktop.services.demo import generate

    generate(store, 60, seed=7)
    return store
