"""File > Backups: the list by date in the interface language, Back up now, Restore after a
question (every screen then shows the restored data), a file that is not a backup refused, and
the second folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.i18n import format_datetime, set_language
from desktop.services import backups, participants
from desktop.ui import backups as ui_backups
from desktop.ui.main_window import MainWindow

PERSON = {
    "first_name": "Aminata",
    "last_name": "Diop",
    "birth_date": "1992-04-04",
    "gender": "female",
    "migrant_status": "refugee",
}


@pytest.fixture
def window(qtbot, store):
    participants.register(store, PERSON)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _open(qtbot, window):
    window.act_backups.trigger()
    dialog = window.findChild(ui_backups.BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _cells(dialog) -> list[list[str]]:
    m = dialog.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def _back_up(qtbot, dialog) -> None:
    before = dialog.model.rowCount()
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == before + 1 and dialog.back_up_button.isEnabled(),
        timeout=20000,
    )


def _listed(window) -> int:
    return window.page("participants").list.model.rowCount()


def test_back_up_now_lists_the_backup_by_date_why_and_size(qtbot, window):
    dialog = _open(qtbot, window)
    assert dialog.empty.isVisible() and dialog.empty.text() == "No backups yet."
    assert not dialog.restore_button.isEnabled()
    _back_up(qtbot, dialog)
    made = backups.list_backups(window.store)[0]
    assert _cells(dialog) == [
        [format_datetime(made.made_at), "Made on request", _cells(dialog)[0][2], ""]
    ]
    assert _cells(dialog)[0][2].endswith(" kB")
    assert dialog.status.text() == f"Backup made: {made.name}"
    assert not dialog.empty.isVisible()


def test_restore_asks_then_every_screen_shows_the_restored_data(qtbot, window, monkeypatch):
    window.show_page("participants")
    qtbot.waitUntil(lambda: _listed(window) == 1, timeout=10000)
    dialog = _open(qtbot, window)
    _back_up(qtbot, dialog)
    window.runner.write(lambda: participants.register(window.store, {**PERSON, "last_name": "Sow"}))
    qtbot.waitUntil(lambda: _listed(window) == 2, timeout=10000)

    asked = []
    monkeypatch.setattr(ui_backups, "ask", lambda _parent, text, **_k: asked.append(text) or "no")
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].startswith(
        "Replace the data of this laptop by the backup made "
    )
    assert _listed(window) == 2 and dialog.model.rowCount() == 1  # No: nothing was done

    monkeypatch.setattr(ui_backups, "ask", lambda _parent, text, **_k: "yes")
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.status.text().startswith("Restored the backup of "), timeout=20000
    )
    qtbot.waitUntil(lambda: _listed(window) == 1, timeout=10000)  # the list follows at once
    assert [row[1] for row in _cells(dialog)] == ["Before a restore", "Made on request"]


def test_a_file_that_is_not_a_backup_is_refused_without_a_question(
    qtbot, window, monkeypatch, tmp_path
):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(notes), ""))
    monkeypatch.setattr(ui_backups, "ask", lambda *_a, **_k: pytest.fail("asked"))
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.status.text()
        == "The file notes.sqlite3 is not a MILMA backup; nothing was restored."
    )


def test_a_second_folder_receives_a_copy_of_each_backup(qtbot, window, monkeypatch, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    dialog = _open(qtbot, window)
    assert dialog.second_label.text() == "None: backups are kept in the data folder only."
    assert not dialog.stop_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.second_label.text() == f"Every automatic backup is also copied to {stick}."
    _back_up(qtbot, dialog)
    assert [p.name for p in stick.glob("milma-*.sqlite3")] == [
        backups.list_backups(window.store)[0].name
    ]
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.second_label.text() == "None: backups are kept in the data folder only."
    assert backups.second_folder(window.store.data_dir) is None


def test_the_dialog_follows_the_interface_language(qtbot, window):
    dialog = _open(qtbot, window)
    _back_up(qtbot, dialog)
    try:
        set_language("es")
        made = backups.list_backups(window.store)[0].made_at
        assert dialog.windowTitle() == "Copias de seguridad"
        assert _cells(dialog)[0][:2] == [format_datetime(made), "A petición"]
        assert dialog.back_up_button.text() == "&Hacer una copia ahora"
    finally:
        set_language("en")
    assert _cells(dialog)[0][1] == "Made on request"


def test_the_first_start_of_the_day_makes_the_daily_backup_once(qtbot, window):
    from desktop.ui.daily_backup import start_daily_backup

    assert start_daily_backup(window)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    assert [b.kind for b in backups.list_backups(window.store)] == [backups.DAILY]
    assert not start_daily_backup(window)  # the next start the same day: nothing more
    dialog = _open(qtbot, window)
    assert _cells(dialog)[0][1] == "Daily"


def test_settings_lead_to_the_backups_and_their_second_folder(qtbot, store):
    from desktop.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(None, store=store)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.backups_label.text() == "Backups and their second copy:"
    qtbot.mouseClick(settings.backups_button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(ui_backups.BackupsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.choose_button.isEnabled()
