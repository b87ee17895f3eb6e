"""The keys dialog speaks in names, dates and short fingerprints; the raw keys are behind
Details."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pyrage import x25519
from PySide6.QtCore import Qt

from desktop.i18n import format_date, set_language
from desktop.services import exchange as X
from desktop.ui import errors
from desktop.ui.exchange.keys_dialog import KeysDialog
from tests.unit.test_bundle_support import new_coordinator, new_laptop

GROUPS_OF_4 = re.compile(r"^[0-9A-F]{4}(-[0-9A-F]{4})+$")


@pytest.fixture
def shown(monkeypatch):
    items = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: items.append(exc))
    return items


def _dialog(qtbot, store) -> KeysDialog:
    dialog = KeysDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _raw_keys_in_sight(dialog) -> list[str]:
    """Raw keys (age1…, ed25519:…, device ids) in any text the dialog shows."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    texts = [
        w.text()
        for w in dialog.findChildren(QLabel) + dialog.findChildren(QLineEdit)
        if w.isVisible()
    ]
    return [
        t
        for t in texts
        if "age1" in t or "ed25519:" in t or re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", t)
    ]


def test_a_laptop_sees_its_coordinator_by_name_and_date(qtbot, tmp_path, tmp_path_factory, shown):
    coordinator = new_coordinator(tmp_path / "c", tmp_path_factory)
    laptop = new_laptop(tmp_path / "l", name="Aula 2")
    coordinator_dialog = _dialog(qtbot, coordinator)
    key_file = tmp_path / "coordinator-key.json"
    coordinator_dialog.save_key(key_file)
    dialog = _dialog(qtbot, laptop)
    dialog.trust(str(key_file))
    assert shown == []
    assert dialog.computer.text() == "This laptop: Aula 2"
    today = format_date(date.today(), fmt="medium")
    assert dialog.coordinator_line.text() == f"Coordinator: coordinator, verified on {today}"
    # the same short fingerprint on both screens, to read aloud
    assert GROUPS_OF_4.match(dialog.coordinator_fingerprint.text())
    assert len(dialog.coordinator_fingerprint.text()) == 19  # four groups of four
    assert dialog.coordinator_fingerprint.text() == coordinator_dialog.fingerprint.text()
    assert GROUPS_OF_4.match(dialog.fingerprint.text())
    assert _raw_keys_in_sight(dialog) == [] and _raw_keys_in_sight(coordinator_dialog) == []
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    assert dialog.trusted.text() == X.key_info(coordinator)["age_public_key"]
    assert dialog.signing.text().startswith("ed25519:")
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert not dialog.details.isVisible()
    coordinator.close()
    laptop.close()


def test_a_coordinator_typed_in_has_no_name(qtbot, tmp_path, shown):
    laptop = new_laptop(tmp_path / "l")
    dialog = _dialog(qtbot, laptop)
    assert "none trusted yet" in dialog.coordinator_line.text()
    assert not dialog.coordinator_fingerprint.isVisible()
    dialog.trust(str(x25519.Identity.generate().to_public()))
    assert "typed in" in dialog.coordinator_line.text()
    assert dialog.coordinator_fingerprint.isVisible()
    laptop.close()


def test_the_coordinator_lists_laptops_by_name(qtbot, tmp_path, tmp_path_factory, shown):
    from tests.unit.test_bundle_support import pair

    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=1)
    usb = tmp_path / "usb"
    usb.mkdir()
    from tests.unit.test_bundle_support import PASSPHRASE

    X.apply_import(coordinator, X.export(laptop, usb).path, passphrase=PASSPHRASE)
    dialog = _dialog(qtbot, coordinator)
    assert dialog.computer.text() == "This computer, the coordinator: coordinator"
    model = dialog.devices_model
    assert model.index(0, 0).data() == "laptop"
    assert _raw_keys_in_sight(dialog) == []
    laptop.close()
    coordinator.close()


def test_the_dialog_is_translated(qtbot, tmp_path, shown):
    laptop = new_laptop(tmp_path / "l", name="Aula 2")
    dialog = _dialog(qtbot, laptop)
    try:
        set_language("es")
        assert dialog.computer.text() == "Este portátil: Aula 2"
        assert dialog.details_button.text() == "De&talles"
    finally:
        set_language("en")
    laptop.close()


@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_no_alt_letter_clash_on_either_side(qtbot, tmp_path, tmp_path_factory, shown, lang):
    from tests.ui.test_mnemonics import window_clashes, window_mnemonics

    coordinator = new_coordinator(tmp_path / "c", tmp_path_factory)
    laptop = new_laptop(tmp_path / "l")
    try:
        set_language(lang)
        problems = []
        for role, store in (("coordinator", coordinator), ("laptop", laptop)):
            dialog = _dialog(qtbot, store)
            for shown_details in (False, True):
                dialog.details_button.setChecked(shown_details)
                problems += window_clashes(f"{lang} {role} keys dialog", window_mnemonics(dialog))
        assert problems == []
    finally:
        set_language("en")
        coordinator.close()
        laptop.close()
