"""The audit log and subject access in the window: opening a participant's page is logged; the
page's "Everything we hold…" writes the two files; the audit log dialog shows whether the log is
intact and, on a coordinator, lists and filters its entries."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.i18n import catalogue
from desktop.services import audit, participants, records
from desktop.services import exchange as X
from desktop.ui import errors, jobs
from desktop.ui import subject_access as ui_sa
from desktop.ui.audit import AuditLogDialog
from tests.unit.test_bundle_support import pair

SHOTS = Path("/tmp/shots/audit")


def _person(store) -> dict:
    return participants.register(
        store,
        {
            "first_name": "Fatou",
            "last_name": "Sow",
            "birth_date": date(1995, 1, 9),
            "gender": "female",
            "migrant_status": "asylum_seeker",
            "preferred_language": "fr",
        },
    )


def _idle(qtbot) -> None:
    """The jobs queued are done and their results shown (delivered to the UI thread after)."""
    qtbot.waitUntil(lambda: not jobs.runner().busy, timeout=20_000)
    qtbot.wait(50)


def test_opening_a_participant_page_is_logged(qtbot, store):
    from desktop.ui.participants.page import ParticipantsPage

    person = _person(store)
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.open_participant(person["id"])
    qtbot.waitUntil(lambda: bool(audit.entries(store, actions=["view"])), timeout=20_000)
    [entry] = audit.entries(store, actions=["view"])
    assert entry["record_id"] == person["id"] and entry["code"] == person["code"]


def test_everything_we_hold_writes_the_two_files(qtbot, store, tmp_path, monkeypatch):
    from desktop.ui.participants.detail import ParticipantView

    person = _person(store)
    told = []
    monkeypatch.setattr(ui_sa, "ask_folder", lambda parent: str(tmp_path / "out"))
    monkeypatch.setattr(errors, "inform", lambda parent, text: told.append(text))
    view = ParticipantView(store, person["id"])
    qtbot.addWidget(view)
    button = view.findChild(QPushButton, "action_subject_access")
    assert button.text() == catalogue("en").translate("Navigation", "Everything we hold…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(files) == 2 and files[0].endswith(".json") and files[1].endswith(".pdf")
    assert all(name in told[0] for name in files)
    assert "Sow" not in "".join(files) and person["code"] not in "".join(files)


def test_no_folder_chosen_writes_nothing(qtbot, store, monkeypatch):
    person = _person(store)
    monkeypatch.setattr(ui_sa, "ask_folder", lambda parent: "")
    assert ui_sa.export_subject_access(None, store, person["id"]) is None
    assert audit.entries(store, actions=["export"]) == []


@pytest.fixture
def coordinator(tmp_path, tmp_path_factory):
    laptop, coord = pair(tmp_path, tmp_path_factory, participants=3)
    for person in records.list_all(laptop, "participant")[:2]:
        audit.viewed_participant(laptop, person["id"])
    usb = tmp_path / "usb"
    usb.mkdir()
    X.apply_import(coord, X.export(laptop, usb).path)
    yield coord, laptop
    laptop.close()
    coord.close()


def _open(qtbot, store) -> AuditLogDialog:
    dialog = AuditLogDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _idle(qtbot)
    return dialog


def test_the_coordinator_browses_and_filters_the_log(qtbot, coordinator):
    coord, laptop = coordinator
    dialog = _open(qtbot, coord)
    assert "intact" in dialog.status.text()
    assert dialog.view.isVisible() and not dialog.only_coordinators.isVisible()
    shown = dialog.proxy.rowCount()
    assert shown == len(audit.entries(coord)) > 0
    # by action: only the imports
    dialog.f_action.setCurrentIndex(dialog.f_action.findData("import"))
    _idle(qtbot)
    actions = {dialog.proxy.index(r, 3).data() for r in range(dialog.proxy.rowCount())}
    assert actions == {"Imported"}
    # by laptop: the laptop's own entries, named as its bundle named it
    dialog.f_action.setCurrentIndex(0)
    dialog.f_laptop.setCurrentIndex(dialog.f_laptop.findData(laptop.device_id))
    _idle(qtbot)
    assert {dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())} == {"laptop"}
    # typed words: a participant code
    code = next(r["code"] for r in audit.entries(coord) if r["code"])
    dialog.f_laptop.setCurrentIndex(0)
    _idle(qtbot)
    qtbot.keyClicks(dialog.search, code)
    assert 0 < dialog.proxy.rowCount() < shown
    assert all(dialog.proxy.index(r, 5).data() == code for r in range(dialog.proxy.rowCount()))
    n = dialog.proxy.rowCount()
    assert dialog.count.text() == ("1 entry" if n == 1 else f"{n} entries")


def test_a_tampered_log_shows_as_broken(qtbot, coordinator):
    coord, laptop = coordinator
    conn = sqlite3.connect(coord.path)
    with conn:
        conn.execute(
            "UPDATE audit_entry SET action = 'print' WHERE device_id = ? AND seq = 1",
            (laptop.device_id,),
        )
    conn.close()
    dialog = _open(qtbot, coord)
    text = dialog.status.text()
    assert "BROKEN" in text and "laptop: Entry 1 was changed after it was written." in text


def test_a_laptop_sees_the_state_only(qtbot, store):
    _person(store)
    dialog = _open(qtbot, store)
    assert "intact" in dialog.status.text() and "2 entries" not in dialog.status.text()
    assert not dialog.view.isVisible() and dialog.only_coordinators.isVisible()


def test_the_dialog_fits_the_screen_in_each_language(qtbot, coordinator):
    from desktop.i18n import set_language

    coord, _laptop = coordinator
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for lang in ("en", "es", "fr"):
            set_language(lang)
            dialog = _open(qtbot, coord)
            dialog.resize(1100, 640)
            _idle(qtbot)
            assert dialog.view.horizontalScrollBar().maximum() == 0  # no sideways scrolling
            dialog.grab().save(str(SHOTS / f"audit-dialog-{lang}.png"))
            dialog.close()
    finally:
        set_language("en")


def test_the_import_preview_tells_a_broken_laptop_log(qtbot, tmp_path, tmp_path_factory):
    from desktop.ui.audit import import_lines

    laptop, coord = pair(tmp_path, tmp_path_factory, participants=1)
    try:
        for person in records.list_all(laptop, "participant"):
            audit.viewed_participant(laptop, person["id"])
            audit.viewed_participant(laptop, person["id"])
        conn = sqlite3.connect(laptop.path)
        with conn:
            conn.execute("DELETE FROM audit_entry WHERE seq = 1")
        usb = tmp_path / "usb"
        usb.mkdir()
        preview = X.preview_import(coord, X.export(laptop, usb).path)
        assert import_lines(preview["report"]) == ["Audit log of this laptop: Entry 1 is missing."]
    finally:
        laptop.close()
        coord.close()
