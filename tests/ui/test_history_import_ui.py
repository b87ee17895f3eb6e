"""File > Import history: choose a sheet, see what each row adds (or every problem, row by row, in
the user's language), import, see the count; twice adds nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.i18n import set_language
from desktop.services import records
from desktop.ui import errors
from desktop.ui.main_window import MainWindow
from tests.unit.test_history_import import ES_HEAD, ROWS, write_csv


def _text(view, row, column):
    return view.model().index(row, column).data()


def _window_dialog(qtbot, store, monkeypatch, sheet):
    monkeypatch.setattr(
        errors, "show_error", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError(_a))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(sheet), ""))
    )
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.menu_file.actions() if a is window.act_import_history)
    assert action.text() == "Import &history…"
    dialog = window.open_history_import()
    qtbot.waitExposed(dialog)
    return window, dialog


def _wait_job(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)


def test_choose_a_sheet_see_the_preview_import_and_see_the_count(
    qtbot, store, tmp_path, monkeypatch
):
    sheet = write_csv(tmp_path / "historia.csv", [ES_HEAD, *ROWS])
    _window, dialog = _window_dialog(qtbot, store, monkeypatch, sheet)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _wait_job(qtbot, dialog)
    assert dialog.file_label.text() == "File: historia.csv"
    view = dialog.rows_view
    assert view.isVisible() and not dialog.problems_view.isVisible()
    assert view.model().rowCount() == 4
    assert [_text(view, 0, c) for c in range(7)] == [
        "2",
        "Awa",
        "Diallo",
        "Jardinería",
        "Feb 9, 2022",
        "Completed",
        "New",
    ]
    assert _text(view, 3, 6) == "Already recorded"  # row 5 says what row 4 said
    assert "4 rows checked" in dialog.summary.text() and "Participant: 2" in dialog.summary.text()
    assert records.list_all(store, "participant") == []  # the preview wrote nothing

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait_job(qtbot, dialog)
    assert "Imported: 4 rows" in dialog.summary.text() and "Participant: 2" in dialog.summary.text()
    assert len(records.list_all(store, "participant")) == 2
    assert not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)  # the same sheet again
    _wait_job(qtbot, dialog)
    assert "importing adds nothing" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert {_text(view, r, 6) for r in range(4)} == {"Already recorded"}


def test_bad_rows_are_listed_in_the_users_language_and_nothing_can_be_imported(
    qtbot, store, tmp_path, monkeypatch
):
    sheet = write_csv(tmp_path / "mal.csv", [ES_HEAD, [*ROWS[0][:3], "Marciano", *ROWS[0][4:]]])
    _window, dialog = _window_dialog(qtbot, store, monkeypatch, sheet)
    set_language("es")
    try:
        assert dialog.choose_file()
        _wait_job(qtbot, dialog)
        view = dialog.problems_view
        assert view.isVisible() and not dialog.rows_view.isVisible()
        assert [_text(view, 0, c) for c in range(3)] == [
            "2",
            "Género",
            "«Marciano» no es un género: escriba mujer u hombre.",
        ]
        assert view.model().headerData(2, Qt.Orientation.Horizontal) == "Problema"
        assert "No se puede importar nada" in dialog.summary.text()
        assert not dialog.import_button.isEnabled()
    finally:
        set_language("en")
    assert "Nothing can be imported" in dialog.summary.text()
    assert records.list_all(store, "participant") == []
