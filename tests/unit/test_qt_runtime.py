"""The Qt binding the project installs must be safe for a whole working day."""

from __future__ import annotations

import sys


def test_qt_calls_do_not_drop_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 lowered None's reference count on each call returning
    nothing; after some tens of thousands of calls the application aborted. The pinned
    version must not do that."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("Núñez")
        label.setToolTip("x")
    after = sys.getrefcount(None)
    assert after - before > -100  # a handful of incidental references come and go, never thousands
