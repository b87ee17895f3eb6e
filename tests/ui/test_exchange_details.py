"""The USB screen: the history names laptops, the chosen folder is remembered per data folder."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from desktop.services import exchange as X
from desktop.ui import errors
from desktop.ui.exchange import ExchangePage
from tests.unit.test_bundle_support import PASSPHRASE, new_laptop, pair


@pytest.fixture
def shown(monkeypatch):
    items = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: items.append(exc))
    return items


@pytest.fixture
def stores(tmp_path, tmp_path_factory):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=2)
    yield laptop, coordinator
    laptop.close()
    coordinator.close()


def laptop_column(page) -> list[str]:
    model = page.history_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Laptop")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_history_names_the_laptop(qtbot, stores, tmp_path, shown):
    laptop, coordinator = stores
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = X.export(laptop, usb).path
    X.apply_import(coordinator, bundle, passphrase=PASSPHRASE)
    page = ExchangePage(coordinator)
    qtbot.addWidget(page)
    assert shown == []
    assert laptop_column(page) == ["laptop"]  # the laptop's name, not a tail of its device id
    when = page.history_model.index(0, 0).data()
    assert re.search(r"\d:\d\d", when) and not re.search(r"\d:\d\d:\d\d", when)  # no seconds
    own = ExchangePage(laptop)
    qtbot.addWidget(own)
    assert laptop_column(own) == ["laptop"]


def test_the_chosen_folder_is_offered_again_at_the_next_start(qtbot, tmp_path, shown):
    first = new_laptop(tmp_path / "first")
    second = new_laptop(tmp_path / "second")
    stick, other = tmp_path / "stick", tmp_path / "other"
    stick.mkdir()
    other.mkdir()
    page = ExchangePage(first)
    qtbot.addWidget(page)
    page.set_folder(stick)  # as Choose folder does
    ExchangePage(second).set_folder(other)
    again = ExchangePage(first)
    qtbot.addWidget(again)
    assert again.folder == stick and again.picker.drives.currentData() == str(stick)
    assert again.export_button.isEnabled()
    elsewhere = ExchangePage(second)
    qtbot.addWidget(elsewhere)
    assert elsewhere.folder == other  # each data folder keeps its own
    stick.rmdir()  # the stick is not plugged in: nothing is offered
    gone = ExchangePage(first)
    qtbot.addWidget(gone)
    assert gone.folder != stick
    first.close()
    second.close()


def test_held_changes_name_their_laptop(qtbot, stores, tmp_path, shown):
    from desktop.services import records

    laptop, coordinator = stores
    usb = tmp_path / "usb"
    usb.mkdir()
    X.apply_import(coordinator, X.export(laptop, usb).path, passphrase=PASSPHRASE)
    pid = records.list_all(laptop, "participant")[0]["id"]
    laptop.clock._wall = lambda: 4_102_444_800_000  # a laptop whose clock says 2100
    records.update(laptop, "participant", pid, {"next_steps": "Fecha equivocada"})
    X.apply_import(coordinator, X.export(laptop, usb).path, passphrase=PASSPHRASE)
    page = ExchangePage(coordinator)
    qtbot.addWidget(page)
    review = next(w for w in page.reviews if w.objectName() == "quarantine_review")
    model = review.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.index(0, headers.index("From laptop")).data() == "laptop"
