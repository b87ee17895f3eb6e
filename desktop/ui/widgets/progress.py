"""The one job-and-progress panel: what a job of the runner (desktop.ui.jobs) is doing, a bar,
and Cancel when the job can stop. It lives inside the screen or dialog that started the job (a
window of its own would cover it), so it fits wherever its owner fits the screen
(desktop.ui.widgets.geometry); the owner shows the result once the job is over."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.jobs import Job


class JobProgress(QFrame):
    canceled = Signal()

    def __init__(self, parent: QWidget | None = None, name: str = "job_progress"):
        super().__init__(parent)
        self.setObjectName(name)
        self.job: Job | None = None
        self._text: Callable[[int, int], str] | None = None
        self.label = QLabel(self)
        self.label.setObjectName("job_stage")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("job_bar")
        self.valueChanged = self.bar.valueChanged  # as QProgressBar's
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_job")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.retranslate()
        self.setVisible(False)

    def follow(
        self, job: Job, text: Callable[[int, int], str] | None = None, maximum: int = 100
    ) -> None:
        """Show ``job``'s progress until it is over; ``text(value, maximum)`` says what it is
        doing, in the current language (called again when the language changes)."""
        self.job = job
        self._text = text
        self.bar.setRange(0, maximum)
        self.bar.setValue(0)
        self.cancel_button.setVisible(job.cancellable)
        self.cancel_button.setEnabled(True)
        job.progressed.connect(self._progressed)
        job.finished.connect(self._over)
        self._show_text()
        self.setVisible(True)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)  # asked once: it stops at its next step
            self.canceled.emit()

    def _progressed(self, value: int, maximum: int) -> None:
        if maximum <= 0:
            self.bar.setRange(0, 0)  # a step of unknown length: a busy bar
        else:
            if self.bar.maximum() != maximum:
                self.bar.setRange(0, maximum)
            self.bar.setValue(value)
        self._show_text()

    def _over(self, _job: Job) -> None:
        self.job = None
        self.bar.setRange(0, max(self.bar.maximum(), 1))
        self.setVisible(False)

    def _show_text(self) -> None:
        if self._text is not None:
            self.label.setText(self._text(self.bar.value(), self.bar.maximum()))
        self.label.setVisible(bool(self.label.text()))

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_text()

    # as QProgressBar, for those who read the bar
    def maximum(self) -> int:
        return self.bar.maximum()

    def value(self) -> int:
        return self.bar.value()
