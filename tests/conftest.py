"""Test set-up: offscreen Qt, one QApplication per session (pytest-qt's qapp), a fresh
temporary data directory per test, and never the user's real data or log folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false;qt.qpa.*=false")

import pytest  # noqa: E402


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
    yield


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that switches the interface language (the command line's --lang does, in the
    test's process) leaves the next one in English, whatever the order the tests run in."""
    yield
    from desktop import i18n

    if i18n.current_language() != "en":
        i18n.set_language("en")


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    """An initialised laptop store (site CIFE) with one technician."""
    from desktop.services.setup import init_device
    from desktop.storage.store import Store

    s = Store.open(data_dir)
    init_device(s, "CIFE", "test-laptop", "Ana Técnica")
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    """The store above with 60 demo participants (seed 7)."""
    from desktop.services.demo import generate

    generate(store, 60, seed=7)
    return store
