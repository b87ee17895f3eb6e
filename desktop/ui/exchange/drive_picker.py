"""Where bundles are written and read: the USB drives plugged in (found again every few seconds,
so a stick plugged in or pulled out shows by itself), or a folder the user chooses. The folder
chosen last is remembered per data folder and offered at the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.i18n import format_number, translate
from desktop.ui.exchange.drives import Drive, remember_folder, remembered_folder, removable_drives

POLL_MS = 3000


def size_text(n: int) -> str:
    gb = n / 1024**3
    if gb >= 1:
        return translate("ExchangePage", "{size} GB").format(size=format_number(round(gb, 1)))
    return translate("ExchangePage", "{size} MB").format(size=format_number(round(n / 1024**2)))


class DrivePicker(QWidget):
    """A row: the drives (and the chosen folder) to pick from, Look for drives, Choose folder.
    ``changed`` is emitted when the folder in use changes (``folder``: None when there is none)."""

    changed = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.folder: Path | None = None
        self._drive_list: list[Drive] = []
        self.label = QLabel(self)
        self.drives = QComboBox(self)
        self.drives.setObjectName("drives")
        self.label.setBuddy(self.drives)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refresh_drives")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("choose_folder")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.drives, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.choose_button)
        self.refresh_button.clicked.connect(self.refresh_drives)
        self.choose_button.clicked.connect(self.choose_folder)
        self.drives.currentIndexChanged.connect(self._drive_chosen)

        self.retranslate()
        self.refresh_drives()
        remembered = remembered_folder(data_dir)
        if remembered is not None:  # the folder chosen last time, when it is there
            self.set_folder(remembered, remember=False)
        self.drives.activated.connect(self._remember_chosen)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def refresh_drives(self) -> None:
        current = self.folder
        before = {d.path for d in self._drive_list}
        self.drives.blockSignals(True)
        self.drives.clear()
        self._drive_list = removable_drives()
        if (
            current is not None
            and str(current) in before
            and str(current) not in {d.path for d in self._drive_list}
        ):
            current = self.folder = None  # that stick was pulled out
        for drive in self._drive_list:
            self.drives.addItem("", drive.path)
        if current is not None and str(current) not in [d.path for d in self._drive_list]:
            self.drives.addItem("", str(current))
        self.drives.blockSignals(False)
        self._fill_names()
        if current is not None:
            self.drives.setCurrentIndex(self.drives.findData(str(current)))
        elif self.drives.count():
            self.drives.setCurrentIndex(0)
            self._drive_chosen(0)
        self.changed.emit()

    def _poll(self) -> None:
        if not self.isEnabled() or not self.isVisible():  # never while a bundle is written or read
            return
        if [d.path for d in removable_drives()] != [d.path for d in self._drive_list]:
            self.refresh_drives()

    def _fill_names(self) -> None:
        names = {d.path: d for d in self._drive_list}
        for i in range(self.drives.count()):
            path = self.drives.itemData(i)
            drive = names.get(path)
            if drive is not None:
                text = translate("ExchangePage", "{name} ({free} free) - {path}").format(
                    name=drive.name, free=size_text(drive.free_bytes), path=path
                )
            else:
                text = translate("ExchangePage", "Folder {path}").format(path=path)
            self.drives.setItemText(i, text)
        self.drives.setPlaceholderText(
            translate("ExchangePage", "No USB drive found: plug one in, or choose a folder")
        )

    def _drive_chosen(self, index: int) -> None:
        path = self.drives.itemData(index) if index >= 0 else None
        self.folder = Path(path) if path else None
        self.changed.emit()

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self,
            translate("ExchangePage", "Choose the folder for the bundles"),
            str(self.folder or Path.home()),
        )
        if path:
            self.set_folder(Path(path))

    def _remember_chosen(self, index: int) -> None:
        path = self.drives.itemData(index) if index >= 0 else None
        if path:
            remember_folder(self.data_dir, Path(path))

    def set_folder(self, folder: Path, remember: bool = True) -> None:
        folder = Path(folder)
        self.folder = folder
        if remember:  # offered again at the next start
            remember_folder(self.data_dir, folder)
        if self.drives.findData(str(folder)) < 0:
            self.drives.addItem("", str(folder))
            self._fill_names()
        self.drives.setCurrentIndex(self.drives.findData(str(folder)))
        self.changed.emit()

    def retranslate(self) -> None:
        self.label.setText(translate("ExchangePage", "&Save to / open from:"))
        self.refresh_button.setText(translate("ExchangePage", "&Look for drives"))
        self.choose_button.setText(translate("ExchangePage", "C&hoose folder…"))
        self._fill_names()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
