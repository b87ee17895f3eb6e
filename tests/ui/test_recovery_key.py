"""The recovery key: shown once in groups of four, closed only once kept, printed on a page;
typed (as one reads it) to open a store whose passwords are forgotten, a wrong one refused."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import encryption
from desktop.storage import keyslots as K
from desktop.ui.recovery_key import RecoveryKeyDialog, RecoveryUnlockDialog
from tests.ui.test_mnemonics import clashes, window_mnemonics


@pytest.fixture(autouse=True)
def _fast_slots(fast_key_slots):
    """Every test here makes key slots."""


def test_the_recovery_key_is_shown_in_groups_and_closes_only_once_kept(qtbot, tmp_path):
    key = K.new_recovery_key()
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key.text().split() == key.split("-")
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not close.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # not before it is kept
    dialog.kept.click()
    assert close.isEnabled()
    close.click()
    assert not dialog.isVisible()


def test_the_printed_page_holds_the_key(qtbot, tmp_path):
    key = K.new_recovery_key()
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page.pdf"))
    dialog.print_to(printer)
    reader = PdfReader(tmp_path / "page.pdf")
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "".join(text.split()).find(key.replace("-", "")) >= 0
    assert "recovery key" in " ".join(text.split())


def test_a_store_opens_with_its_recovery_key_typed_as_read(qtbot, store):
    recovery = encryption.encrypt(store, "demo", "milma-demo")
    store.close()
    encryption.lock(store.data_dir)
    dialog = RecoveryUnlockDialog(store.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key, K.new_recovery_key())
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "not the recovery key" in dialog.error.text()
    assert not encryption.is_unlocked(store.data_dir)
    dialog.key.clear()
    qtbot.keyClicks(dialog.key, recovery.lower().replace("-", " "))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert encryption.is_unlocked(store.data_dir)


@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_no_two_mnemonics_clash_in_either_dialog(qtbot, tmp_path, language, lang):
    language(lang)
    for dialog in (RecoveryKeyDialog(K.new_recovery_key()), RecoveryUnlockDialog(tmp_path)):
        qtbot.addWidget(dialog)
        dialog.show()
        problems = [
            p
            for scope, found in window_mnemonics(dialog).items()
            for p in clashes(f"{dialog.objectName()} ({lang}) {scope}", found)
        ]
        assert problems == []
