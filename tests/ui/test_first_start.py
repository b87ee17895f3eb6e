"""A new laptop's first start as a technician meets it: a labelled set-up form that needs the
technician and offers the interface language, a technician changed later in Settings, an empty
list that says how to begin, and Enter in the search box opening the person looked for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel

import desktop.i18n as i18n
from desktop.i18n import preferences
from desktop.services import records
from desktop.services.setup import technician_name
from desktop.ui import main_window


@pytest.fixture
def fresh(tmp_path):
    from desktop.storage.store import Store

    s = Store.open(tmp_path / "fresh")
    yield s
    s.close()


@pytest.fixture
def old_laptop(tmp_path):
    """A laptop set up before accounts existed: its technician Ana Técnica, no account."""
    from desktop.services.setup import init_device
    from desktop.storage.store import Store

    s = Store.open(tmp_path / "old")
    init_device(s, "CIFE", "old-laptop", "Ana Técnica")
    yield s
    s.close()


@pytest.fixture
def prefs(tmp_path, monkeypatch):
    path = str(tmp_path / "milma.ini")
    monkeypatch.setattr(
        preferences, "settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(main_window, "settings", preferences.settings)  # no geometry left behind
    before = i18n.current_language()
    yield path
    i18n.set_language(before)


@pytest.fixture
def first_run(qtbot, fresh, prefs):
    from desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def form_labels(dialog) -> dict[str, str]:
    """Each field's label as shown (mnemonic marks removed), by the field's object name."""
    out = {}
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None and label.isVisible():
            out[label.buddy().objectName()] = label.text().replace("&", "")
    return out


def test_every_field_of_the_first_start_has_a_label(first_run):
    labels = form_labels(first_run)
    assert labels == {
        "language": "Interface language:",
        "site": "Site:",
        "device": "Laptop name:",
        "technician": "Technician:",
        "admin_user": "User name:",
        "admin_password": "Password:",
        "admin_repeat": "Repeat the password:",
    }
    for form in first_run.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if (
                label is not None
                and field is not None
                and field.widget() is not first_run.technician_note
            ):
                assert label.widget().text(), (
                    f"row {row} of the first-start form has an empty label"
                )


def administrator(dialog, name="rosa", password="una clave larga", repeat=None) -> None:
    dialog.admin_user.setText(name)
    dialog.admin_password.setText(password)
    dialog.admin_repeat.setText(password if repeat is None else repeat)


def test_the_technician_is_required_and_explained(first_run, fresh, qtbot):
    assert (
        "File > Accounts" in first_run.technician_note.text()
    )  # the others' accounts come later, and where
    qtbot.mouseClick(
        first_run.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert first_run.isVisible() and first_run.error.isVisible()
    assert "technician" in first_run.error.text().lower()
    assert not fresh.meta.get("site"), "nothing is set up without a technician"
    first_run.technician.insert("  Rosa   Martín ")  # as typed (keyClicks takes ASCII only)
    assert not first_run.error.isVisible()
    administrator(first_run)
    qtbot.mouseClick(
        first_run.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert first_run.result() == first_run.DialogCode.Accepted
    assert fresh.meta["site"] == "CIFE" and technician_name(fresh) == "Rosa Martín"


def test_the_first_start_creates_the_administrator_logged_in(first_run, fresh, qtbot):
    from desktop.services import accounts

    first_run.technician.insert("Rosa Martín")
    administrator(first_run, "Rosa", "una clave larga", "otra clave larga")
    ok = first_run.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert (
        first_run.isVisible()
        and first_run.error.text() == "The two passwords differ: type the same twice."
    )
    assert not fresh.meta.get("site") and not accounts.has_accounts(fresh), "nothing is half set up"
    administrator(first_run, "Rosa", "corta")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert (
        first_run.error.text() == "The password needs at least 8 characters."
        and not fresh.meta.get("site")
    )
    administrator(first_run, "Rosa")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert first_run.result() == first_run.DialogCode.Accepted
    assert not first_run.admin_password.text() and not first_run.admin_repeat.text()
    admin = accounts.current(fresh)
    assert admin.username == "rosa" and admin.role == "administrator"
    assert (
        admin.technician_id == fresh.meta["technician_id"]
        and technician_name(fresh) == "Rosa Martín"
    )
    assert accounts.authenticate(fresh, "rosa", "una clave larga") == admin


def test_a_laptop_set_up_before_accounts_is_asked_only_its_administrator(qtbot, old_laptop, prefs):
    from desktop.services import accounts
    from desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(old_laptop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.laptop_box.isVisible() and dialog.account_box.isVisible()
    assert "no accounts yet" in dialog.intro.text()
    assert set(form_labels(dialog)) == {"admin_user", "admin_password", "admin_repeat"}
    administrator(dialog, "ana")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (
        accounts.current(old_laptop).username == "ana"
        and technician_name(old_laptop) == "Ana Técnica"
    )
    assert old_laptop.meta["device_name"] == "old-laptop"


def test_the_first_start_says_what_quit_does(first_run, fresh, qtbot):
    cancel = first_run.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Quit"
    assert "next start" in first_run.cancel_note.text() and first_run.cancel_note.isVisible()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert first_run.result() == first_run.DialogCode.Rejected and not fresh.meta.get("site")


def test_the_first_start_switches_the_interface_language_at_once(first_run, prefs):
    first_run.language.setCurrentIndex(first_run.language.findData("es"))
    assert i18n.current_language() == "es"
    assert (
        first_run.windowTitle()
        == i18n.translate("FirstRun", "Set up this laptop")
        != "Set up this laptop"
    )
    assert form_labels(first_run)["technician"] == "Técnico:"
    assert preferences.load_language() == "es"  # remembered for the next start
    first_run.language.setCurrentIndex(first_run.language.findData("en"))
    assert form_labels(first_run)["technician"] == "Technician:"


def test_the_technician_is_changed_in_settings(qtbot, old_laptop, prefs):
    store = old_laptop  # with accounts, the technician is the account's (below)
    from desktop.ui.events import bus
    from desktop.ui.settings_dialog import SettingsDialog

    changed = []
    bus().changed.connect(changed.append)
    dialog = SettingsDialog(None, store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.technician.currentText() == "Ana Técnica" and dialog.technician.isVisible()
    # a new name adds a technician at this laptop's site and makes them the current one
    dialog.technician.setEditText("")
    dialog.technician.lineEdit().insert("Luis Pérez")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert technician_name(store) == "Luis Pérez" and {"technician"} in changed
    luis = next(t for t in records.list_all(store, "technician") if t["full_name"] == "Luis Pérez")
    assert luis["site"] == "CIFE" and store.meta["technician_id"] == luis["id"]
    # an existing one is chosen again, not added twice (case and accents aside)
    dialog.set_chosen_technician("ana tecnica")
    dialog.accept()
    assert technician_name(store) == "Ana Técnica"
    assert len(records.list_all(store, "technician")) == 2
    bus().changed.disconnect(changed.append)


def test_settings_refuse_an_empty_technician(qtbot, old_laptop, prefs):
    store = old_laptop  # with accounts, the technician is the account's (below)
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(None, store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.technician.setEditText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible() and "technician" in dialog.error.text()
    assert technician_name(store) == "Ana Técnica"


def test_the_status_bar_follows_the_technician_chosen_in_settings(qtbot, old_laptop, prefs):
    store = old_laptop  # with accounts, the technician is the account's (below)
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(window, store=store)
    qtbot.addWidget(dialog)
    dialog.set_chosen_technician("Marta Gil")
    dialog.accept()
    assert window.status_technician.text() == "Technician: Marta Gil"
    window.close()


def test_with_accounts_settings_leave_the_technician_to_the_account(qtbot, store, prefs):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(window, store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.technician.isVisible() and "technician" not in form_labels(dialog)
    assert window.status_technician.text() == "Technician: Ana Técnica"  # the demo account's
    window.close()


@pytest.fixture
def participants(qtbot, store, prefs):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("participants")
    yield page
    window.close()


def test_an_empty_store_says_how_to_begin(participants, qtbot):
    text = participants.list.empty_label
    assert text.isVisible()
    assert "Nobody is registered" in text.text() and "New participant" in text.text()
    assert "USB exchange" in text.text() and "spelling" not in text.text()
    participants.list.set_search_text("garcia")
    assert text.isVisible() and "spelling" in text.text()


def test_enter_in_the_search_box_opens_the_only_result(qtbot, demo_store, prefs):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("participants")
    person = records.list_all(demo_store, "participant")[5]
    page.list.search.setFocus()
    qtbot.keyClicks(page.list.search, person["code"])
    qtbot.keyClick(page.list.search, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.detail and page.detail.participant_id == person["id"]
    window.close()


def test_enter_in_the_search_box_opens_the_selected_result(qtbot, demo_store, prefs):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("participants")
    qtbot.keyClicks(page.list.search, "a")
    page.list._search_now()
    assert page.list.model.rowCount() > 2
    page.list.view.selectRow(2)
    chosen = page.list.model.row(2)["id"]
    page.list.search.setFocus()
    qtbot.keyClick(page.list.search, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.detail and page.detail.participant_id == chosen
    window.close()


def test_an_old_laptop_without_a_technician_is_asked_whom_the_account_stands_for(
    qtbot, tmp_path, prefs
):
    from desktop.services import accounts
    from desktop.services.setup import init_device
    from desktop.storage.store import Store
    from desktop.ui.first_run import FirstRunDialog

    old = Store.open(tmp_path / "no-technician")
    init_device(old, "LOS_ARCOS", "old-laptop", None)
    dialog = FirstRunDialog(old)
    qtbot.addWidget(dialog)
    dialog.show()
    assert set(form_labels(dialog)) == {
        "technician",
        "admin_user",
        "admin_password",
        "admin_repeat",
    }
    administrator(dialog, "luis")
    dialog.accept()
    assert dialog.isVisible() and "technician" in dialog.error.text().lower()
    dialog.technician.setText("Luis Pardo")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and technician_name(old) == "Luis Pardo"
    assert accounts.current(old).username == "luis"
    luis = next(t for t in records.list_all(old, "technician") if t["full_name"] == "Luis Pardo")
    assert luis["site"] == "LOS_ARCOS"
    old.close()
