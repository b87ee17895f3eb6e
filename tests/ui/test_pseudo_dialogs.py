"""The dialogs hold longer texts too: with the pseudo-localised catalogue (every text about 40 %
longer, see test_pseudo_layout), no label or button of a dialog is clipped on a 1366x768
screen, and each dialog's frame stays within it. Screenshots go to $MILMA_SCREENSHOTS."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.services import records
from desktop.ui import main_window
from desktop.ui.widgets import geometry
from tests.ui.test_pseudo_layout import (  # noqa: F401 - pseudo and pseudo_qm are fixtures
    SCREEN,
    clipped,
    pseudo,
    pseudo_qm,
    screenshot,
)

AREA = QRect(0, 27, SCREEN[0], SCREEN[1] - 27)


def test_no_clipped_text_in_any_dialog(qtbot, demo_store, pseudo, monkeypatch, tmp_path):  # noqa: F811
    from desktop.i18n import preferences
    from desktop.storage.store import Store
    from desktop.ui.exchange.keys_dialog import KeysDialog
    from desktop.ui.exchange.passphrase import PassphraseDialog
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.itinerary.batch import LabItinerariesDialog
    from desktop.ui.itinerary.preview import ItineraryPreview
    from desktop.ui.participants.form import ParticipantDialog
    from desktop.ui.participants.meetings import MeetingDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.widgets.choice_editors import LanguagePicker

    monkeypatch.setattr(geometry, "available_geometry", lambda widget=None: QRect(AREA))
    monkeypatch.setattr(main_window, "settings", preferences.settings)  # the pseudo fixture's
    window = main_window.MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(SCREEN[0], SCREEN[1] - 67)
    window.show()
    qtbot.waitExposed(window)
    person = records.list_all(demo_store, "participant")[0]
    lab = records.list_all(demo_store, "lab")[0]
    fresh = Store.open(tmp_path / "fresh")
    found = {}
    try:
        for name, make in (
            ("first_start", lambda: FirstRunDialog(fresh)),
            ("settings", lambda: SettingsDialog(window, store=demo_store)),
            ("registration", lambda: ParticipantDialog(demo_store, None, window)),
            ("meeting", lambda: MeetingDialog(demo_store, person["id"], parent=window)),
            ("keys", lambda: KeysDialog(demo_store, window)),
            ("passphrase", lambda: PassphraseDialog(window, confirm=True)),
            ("preview", lambda: ItineraryPreview(demo_store, person["id"], window)),
            ("lab_itineraries", lambda: LabItinerariesDialog(demo_store, lab["id"], window)),
            ("languages", lambda: LanguagePicker([], window)),
        ):
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            QApplication.processEvents()
            screenshot(dialog, f"dialog_{name}")
            # a tool button showing only its icon (a date's calendar) has its text for screen
            # readers
            icon_only = {
                repr(b.text())
                for b in dialog.findChildren(QToolButton)
                if b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            }
            problems = [p for p in clipped(dialog) if not any(t in p for t in icon_only)]
            if not AREA.contains(dialog.frameGeometry()):
                problems.append(f"frame {dialog.frameGeometry()} outside the screen")
            if problems:
                found[name] = problems
            dialog.reject()
    finally:
        fresh.close()
        window.close()
    assert not found, (
        f"clipped texts in pseudo-localised dialogs on a {SCREEN[0]}x{SCREEN[1]} screen: {found}"
    )
