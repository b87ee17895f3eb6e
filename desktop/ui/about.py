"""Help > About: the version, where the data and the logs are kept, and the licences of what
the application bundles (the fonts of resources/fonts/ and the libraries it runs on).

Built as AboutDialog(parent, data_dir=...); every text follows the interface language."""

from __future__ import annotations

import logging
import platform
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.i18n import translate
from desktop.licences import Component, components, fonts
from desktop.paths import resources_dir
from desktop.storage.engine import log_dir
from desktop.ui.widgets.geometry import fit_to_screen

APP_LICENCE = "EUPL-1.2"


def current_log_dir() -> Path:
    """The folder the running program logs to (desktop.logs.setup_logging), else the default."""
    for handler in logging.getLogger("milma").handlers:
        path = getattr(handler, "path", None)
        if isinstance(path, Path):
            return path.parent
    return log_dir()


def bundled() -> list[Component]:
    """Python and Qt themselves, then the libraries, each with its licence."""
    return [
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("Qt", qVersion(), "LGPL-3.0-only"),
        *components(),
    ]


def _path_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, data_dir: Path | str | None = None):
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.data_dir = Path(data_dir) if data_dir else None

        self.logo = QLabel(self)
        logo = QPixmap(str(resources_dir() / "icons" / "milma-64.png"))
        if not logo.isNull():
            self.logo.setPixmap(logo)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.version = QLabel(self)
        self.version.setObjectName("version")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.version)
        top.addLayout(titles, 1)

        self.data_label = QLabel(self)
        self.data_path = _path_label(self)
        self.data_path.setObjectName("data_folder")
        self.log_label = QLabel(self)
        self.log_path = _path_label(self)
        self.log_path.setObjectName("log_folder")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.data_label, self.data_path)
        form.addRow(self.log_label, self.log_path)

        self.fonts_label = QLabel(self)
        self.fonts_label.setObjectName("fonts")
        self.fonts_label.setWordWrap(True)
        self.libraries_label = QLabel(self)
        self.libraries = QTableWidget(self)
        self.libraries.setObjectName("libraries")
        self.libraries.setColumnCount(3)
        self.libraries.verticalHeader().hide()
        self.libraries.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.libraries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.libraries.setWordWrap(False)
        header = self.libraries.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.libraries_label.setBuddy(self.libraries)
        self._components = bundled()
        self._fonts = fonts()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.fonts_label)
        layout.addWidget(self.libraries_label)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, 680, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("AboutDialog", "About MILMA Desktop"))
        self.heading.setText(
            "<b>{}</b><br>{}".format(
                translate("AboutDialog", "MILMA Desktop"),
                translate(
                    "AboutDialog",
                    "Participants, itineraries, coaching, life stories and connector meetings, "
                    "kept on this computer and exchanged by USB.",
                ),
            )
        )
        self.version.setText(
            translate("AboutDialog", "Version {version} · licence {licence}").format(
                version=__version__, licence=APP_LICENCE
            )
        )
        self.data_label.setText(translate("AboutDialog", "Data folder:"))
        self.data_path.setText(
            str(self.data_dir) if self.data_dir else translate("AboutDialog", "no data folder open")
        )
        self.log_label.setText(translate("AboutDialog", "Log folder:"))
        self.log_path.setText(str(current_log_dir()))
        lines = [
            translate("AboutDialog", "{font} fonts: licence {licence} (see {file})").format(
                font=f.name,
                file=f.file,
                licence=f.licence or translate("AboutDialog", "see its file"),
            )
            for f in self._fonts
        ]
        self.fonts_label.setText(
            "\n".join(lines) if lines else translate("AboutDialog", "No fonts bundled.")
        )
        self.libraries_label.setText(translate("AboutDialog", "&Libraries bundled:"))
        self.libraries.setHorizontalHeaderLabels(
            [
                translate("AboutDialog", "Library"),
                translate("AboutDialog", "Version"),
                translate("AboutDialog", "Licence"),
            ]
        )
        unstated = translate("AboutDialog", "stated in its licence file")
        self.libraries.setRowCount(len(self._components))
        for row, component in enumerate(self._components):
            for column, text in enumerate(
                (component.name, component.version, component.licence or unstated)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.libraries.setItem(row, column, item)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
