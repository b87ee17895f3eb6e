"""The lab's itineraries show their progress inside the batch dialog, covering nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.ui.itinerary.batch import LabItinerariesDialog
from tests.ui.test_itinerary_ui import busiest_lab  # noqa: F401 - fixture


def test_progress_is_shown_inside_the_batch_dialog(qtbot, demo_store, busiest_lab, tmp_path):  # noqa: F811
    dialog = LabItinerariesDialog(demo_store, busiest_lab["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen = []

    def look():
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
            and w is not dialog
            and w.frameGeometry().intersects(dialog.frameGeometry())
        ]
        seen.append(
            (
                dialog.progress.isVisible(),
                dialog.progress.window() is dialog,
                others,
                dialog.language.isEnabled(),
            )
        )

    with qtbot.waitSignal(dialog.finished_batch, timeout=120_000):
        assert dialog.start(tmp_path / "out")
        QApplication.processEvents()
        look()
    assert seen == [(True, True, [], False)]  # in the dialog, no window over it; choices fixed
    assert dialog.progress is None and dialog.language.isEnabled()
