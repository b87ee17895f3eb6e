"""Keys and laptops: who this computer and its coordinator are, with short fingerprints to read
aloud (the raw keys behind Details), trusting the coordinator (laptop), making this computer the
coordinator, enrolling and revoking laptops, backing up and restoring the coordinator identity."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.i18n import format_date, render, translate
from desktop.i18n.values import value_text
from desktop.services import exchange as svc
from desktop.ui import errors, jobs
from desktop.ui.exchange.passphrase import PassphraseDialog
from desktop.ui.jobs import Job
from desktop.ui.widgets.geometry import fit_to_screen
from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import keep_fitted, read_only_table


def _state(row: dict) -> str:
    if row.get("revoked_ms"):
        return translate("KeysDialog", "Revoked on {date}").format(
            date=format_date(datetime.fromtimestamp(row["revoked_ms"] / 1000), fmt="medium")
        )
    return translate("KeysDialog", "Enrolled")


def device_columns() -> list[Column]:
    from desktop.ui.exchange.columns import laptop_label

    return [
        Column(
            "device_id",
            lambda: translate("KeysDialog", "Laptop"),
            display=lambda r: (
                laptop_label(r["device_id"], r.get("device_name"))
                if r.get("device_id")
                else translate("KeysDialog", "Not known until its first bundle")
            ),
        ),
        # its bundles are applied within this site (learnt from its key file or first bundle)
        Column(
            "site",
            lambda: translate("KeysDialog", "Site"),
            display=lambda r: (
                value_text("technician", "site", r["site"])
                if r.get("site")
                else translate("KeysDialog", "Not known until its next bundle")
            ),
        ),
        Column("fingerprint", lambda: translate("KeysDialog", "Fingerprint")),
        Column("state", lambda: translate("KeysDialog", "State"), display=_state),
    ]


def _readonly(parent, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setReadOnly(True)
    return field


class KeysDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("keys_dialog")
        self.store = store
        self.job: Job | None = None
        self.info: dict = {}

        self.role = QLabel(self)
        self.role.setObjectName("role")
        self.role.setWordWrap(True)
        self.computer = QLabel(self)
        self.computer.setObjectName("this_computer")
        self.computer.setWordWrap(True)
        font = QFont("monospace")
        font.setPointSizeF(self.computer.font().pointSizeF() * 1.3)
        font.setBold(True)
        self.fingerprint = QLabel(
            self
        )  # to read aloud: the laptop's, or the coordinator's for laptops
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.coordinator_line = QLabel(self)
        self.coordinator_line.setObjectName("coordinator")
        self.coordinator_line.setWordWrap(True)
        self.coordinator_fingerprint = QLabel(self)
        self.coordinator_fingerprint.setObjectName("coordinator_fingerprint")
        self.coordinator_fingerprint.setFont(font)
        self.coordinator_fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("details")
        self.details_button.setCheckable(True)
        self.details = QGroupBox(self)
        self.details.setObjectName("raw_keys")
        self.details.setVisible(False)
        self.device_id = _readonly(self.details, "device_id")
        self.signing = _readonly(self.details, "signing_public_key")
        self.age = _readonly(self.details, "age_public_key")
        self.trusted = _readonly(self.details, "trusted_coordinator")
        self.labels = {name: QLabel(self) for name in ("fingerprint", "coordinator_fingerprint")}
        self.labels.update(
            {name: QLabel(self.details) for name in ("device", "signing", "age", "trusted")}
        )
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.laptop_group = QGroupBox(self)
        self.trust_button = QPushButton(self)
        self.trust_button.setObjectName("trust")
        self.type_key_button = QPushButton(self)
        self.type_key_button.setObjectName("type_coordinator_key")
        self.save_key_button = QPushButton(self)
        self.save_key_button.setObjectName("save_key")
        self.init_button = QPushButton(self)
        self.init_button.setObjectName("init_coordinator")

        self.coordinator_group = QGroupBox(self)
        self.devices_model = RowsModel(device_columns(), self)
        self.devices = read_only_table(self.devices_model, self, "devices")
        keep_fitted(self.devices)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrol")
        self.coordinator_key_button = QPushButton(self)
        self.coordinator_key_button.setObjectName("save_coordinator_key")
        self.revoke_button = QPushButton(self)
        self.revoke_button.setObjectName("revoke")
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backup")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")

        form = QFormLayout()
        form.addRow(self.computer)
        form.addRow(self.labels["fingerprint"], self.fingerprint)
        form.addRow(self.coordinator_line)
        form.addRow(self.labels["coordinator_fingerprint"], self.coordinator_fingerprint)
        raw = QFormLayout(self.details)
        raw.addRow(self.labels["device"], self.device_id)
        raw.addRow(self.labels["signing"], self.signing)
        raw.addRow(self.labels["age"], self.age)
        raw.addRow(self.labels["trusted"], self.trusted)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details_button)
        details_row.addStretch(1)
        laptop = QGridLayout(self.laptop_group)
        laptop.addWidget(self.trust_button, 0, 0)
        laptop.addWidget(self.type_key_button, 0, 1)
        laptop.addWidget(self.save_key_button, 1, 0)
        laptop.addWidget(self.init_button, 1, 1)
        laptop.setColumnStretch(2, 1)
        coordinator = QVBoxLayout(self.coordinator_group)
        coordinator.addWidget(self.devices)
        grid = QGridLayout()
        grid.addWidget(self.enrol_button, 0, 0)
        grid.addWidget(self.revoke_button, 0, 1)
        grid.addWidget(self.coordinator_key_button, 1, 0)
        grid.addWidget(self.backup_button, 1, 1)
        grid.setColumnStretch(2, 1)
        coordinator.addLayout(grid)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.role)
        layout.addLayout(form)
        layout.addLayout(details_row)
        layout.addWidget(self.details)
        layout.addWidget(self.laptop_group)
        layout.addWidget(self.coordinator_group, 1)
        layout.addStretch(0)
        layout.addLayout(bottom)

        self.details_button.toggled.connect(self.details.setVisible)
        self.trust_button.clicked.connect(self.ask_trust_file)
        self.type_key_button.clicked.connect(self.ask_trust)
        self.coordinator_key_button.clicked.connect(self.ask_save_key)
        self.save_key_button.clicked.connect(self.ask_save_key)
        self.init_button.clicked.connect(self.init_coordinator)
        self.enrol_button.clicked.connect(self.ask_enrol)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.backup_button.clicked.connect(self.ask_backup)
        self.restore_button.clicked.connect(self.ask_restore)
        self.close_button.clicked.connect(self.accept)
        self._status = None
        self.retranslate()
        self.reload()
        fit_to_screen(self, 760, 560)

    # ---- language ---------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keys and laptops"))
        self.labels["device"].setText(self.tr("Device id:"))
        self.labels["signing"].setText(self.tr("Signing key:"))
        self.labels["age"].setText(self.tr("Public key for encryption:"))
        self.labels["trusted"].setText(self.tr("Trusted coordinator:"))
        self.labels["coordinator_fingerprint"].setText(self.tr("Its fingerprint:"))
        self.details_button.setText(self.tr("&Details"))
        self.details_button.setToolTip(
            self.tr("Show the keys themselves, as the command line and the key files give them")
        )
        self.details.setTitle(self.tr("Keys"))
        self.laptop_group.setTitle(self.tr("This laptop"))
        self.trust_button.setText(self.tr("&Trust the coordinator from its key file…"))
        self.type_key_button.setText(self.tr("T&ype the coordinator's key…"))
        self.coordinator_key_button.setText(self.tr("&Save the public key file for the laptops…"))
        self.save_key_button.setText(self.tr("&Save my key file for the coordinator…"))
        self.init_button.setText(self.tr("Make this computer the &coordinator…"))
        self.coordinator_group.setTitle(self.tr("Laptops enrolled by this coordinator"))
        self.enrol_button.setText(self.tr("&Enrol a laptop…"))
        self.revoke_button.setText(self.tr("&Revoke the laptop"))
        self.backup_button.setText(self.tr("&Back up the coordinator identity…"))
        self.restore_button.setText(self.tr("Restore the &identity…"))
        self.close_button.setText(self.tr("Close"))
        self.devices_model.retranslate()
        self._show_role()
        self._show_identity()
        self.status.setText(self._status() if self._status else "")

    def _show_role(self) -> None:
        if not self.info:
            return
        if self.info["role"] == "coordinator":
            self.role.setText(
                self.tr(
                    "This computer is the coordinator. Laptops encrypt their bundles to its public"
                    " key. Enrol each laptop from its key file, checking that the fingerprint you"
                    " are asked about is the one the laptop shows."
                )
            )
        elif self.info.get("revoked"):
            self.role.setText(
                self.tr(
                    "The coordinator has revoked this laptop's key: its bundles are refused. Ask"
                    " the coordinator."
                )
            )
        else:
            self.role.setText(
                self.tr(
                    "This laptop signs its bundles with its own key. Give the coordinator your key"
                    " file, and check together that the fingerprint is the same on both screens."
                )
            )

    def _show_identity(self) -> None:
        """Who this computer and its coordinator are, in words, with fingerprints to read aloud."""
        info = self.info
        if not info:
            return
        name = info.get("device_name") or ""
        if info["role"] == "coordinator":
            self.computer.setText(
                self.tr("This computer, the coordinator: {name}").format(name=name)
            )
            self.labels["fingerprint"].setText(self.tr("Fingerprint for the laptops:"))
            self.fingerprint.setText(info.get("age_fingerprint", ""))
            self.fingerprint.setToolTip(
                self.tr(
                    "Each laptop shows it as its coordinator's fingerprint: "
                    "read it aloud together to check that they trust this computer."
                )
            )
        else:
            self.computer.setText(self.tr("This laptop: {name}").format(name=name))
            self.labels["fingerprint"].setText(self.tr("Fingerprint of this laptop:"))
            self.fingerprint.setText(info["fingerprint"])
            self.fingerprint.setToolTip(
                self.tr(
                    "The coordinator is asked about it when enrolling this laptop: "
                    "read it aloud together."
                )
            )
        trusted = info["role"] != "coordinator" and bool(info.get("trusted_coordinator"))
        since = (
            format_date(info["trusted_since"].astimezone(), fmt="medium")
            if info.get("trusted_since")
            else ""
        )
        if info["role"] == "coordinator":
            text = ""
        elif not trusted:
            text = self.tr(
                "Coordinator: none trusted yet. Trust it from the key file it gives you."
            )
        elif info.get("trusted_name"):
            text = self.tr("Coordinator: {name}, verified on {date}").format(
                name=info["trusted_name"], date=since
            )
        else:
            text = self.tr(
                "Coordinator: its key was typed in (so its name is not known), verified on {date}"
            ).format(date=since)
        self.coordinator_line.setText(text)
        self.coordinator_line.setVisible(bool(text))
        self.coordinator_fingerprint.setText(info.get("trusted_fingerprint", "") if trusted else "")
        self.coordinator_fingerprint.setVisible(trusted)
        self.labels["coordinator_fingerprint"].setVisible(trusted)

    def _set_status(self, fn) -> None:
        self._status = fn
        self.status.setText(fn() if fn else "")

    # ---- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.info = svc.key_summary(self.store)
            devices = svc.devices(self.store) if self.info["role"] == "coordinator" else []
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
            return
        coordinator = self.info["role"] == "coordinator"
        if coordinator:
            names = svc.laptop_names(self.store)
            devices = [dict(d, device_name=names.get(d["device_id"])) for d in devices]
        self._show_identity()
        self.device_id.setText(self.info["device_id"])
        self.signing.setText(self.info["signing_public_key"])
        self.age.setText(self.info["age_public_key"])
        self.trusted.setText(self.info.get("trusted_coordinator", ""))
        self.trusted.setVisible(not coordinator)
        self.labels["trusted"].setVisible(not coordinator)
        self.trust_button.setVisible(not coordinator)
        self.save_key_button.setVisible(not coordinator)
        self.init_button.setVisible(not coordinator)
        self.laptop_group.setVisible(not coordinator)
        self.coordinator_group.setVisible(coordinator)
        self.devices_model.set_rows([dict(d, id=d["fingerprint"]) for d in devices])
        self._show_role()
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.job is None
        for button in (
            self.trust_button,
            self.type_key_button,
            self.coordinator_key_button,
            self.save_key_button,
            self.init_button,
            self.enrol_button,
            self.revoke_button,
            self.backup_button,
            self.restore_button,
            self.close_button,
        ):
            button.setEnabled(idle)

    def selected_device(self) -> dict | None:
        rows = self.devices.selectionModel().selectedRows()
        return self.devices_model.rows[rows[0].row()] if rows else None

    # ---- prompts (replaced in tests) ----------------------------------------------------------
    def ask_passphrase(self, confirm: bool = False) -> str | None:
        dialog = PassphraseDialog(self, confirm=confirm)
        return dialog.passphrase() if dialog.exec() else None

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok and text.strip() else None

    # ---- jobs ---------------------------------------------------------------------------------
    def _start(self, fn, on_done) -> None:
        self.job = jobs.runner().run(
            "keys",
            lambda _job: fn(),
            on_done=on_done,
            on_failed=lambda exc: errors.show_error(self, exc),
            cancellable=False,
        )
        self.job.finished.connect(self._job_finished)
        self._update_buttons()

    def _job_finished(self, _job=None) -> None:
        self.job = None
        self._update_buttons()
        self.reload()

    def wait(self, timeout_ms: int = 60000) -> None:
        if self.job is not None:
            self.job.wait(timeout_ms / 1000)

    # ---- laptop actions -----------------------------------------------------------------------
    def ask_trust_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The coordinator's key file"),
            str(Path.home()),
            self.tr("Key files (*.json);;All files (*)"),
        )
        if path:
            self.trust(path)

    def ask_trust(self) -> None:
        key = self.ask_text(
            self.tr("Trust a coordinator"), self.tr("The coordinator's public key (age1…):")
        )
        if key:
            self.trust(key)

    def trust(self, key: str) -> None:
        try:
            svc.trust_coordinator(self.store, key)
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
            return
        self._set_status(lambda: self.tr("This laptop now trusts the coordinator."))
        self.reload()

    def ask_save_key(self) -> None:
        name = (
            "milma-coordinator-key.json"
            if self.info.get("role") == "coordinator"
            else "milma-laptop-key.json"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the key file"),
            str(Path.home() / name),
            self.tr("Key files (*.json)"),
        )
        if path:
            self.save_key(Path(path))

    def save_key(self, path: Path) -> None:
        try:
            Path(path).write_text(
                json.dumps(svc.key_info(self.store), indent=2) + "\n", encoding="utf-8"
            )
        except OSError:
            errors.show_error(
                self, self.tr("Could not write the key file {path}.").format(path=str(path))
            )
            return
        self._set_status(lambda: self.tr("Key file saved to {path}.").format(path=str(path)))

    def init_coordinator(self) -> None:
        if (
            errors.ask(
                self,
                self.tr(
                    "Make this computer the coordinator? It will import the laptops' bundles. This"
                    " cannot be undone."
                ),
            )
            != "yes"
        ):
            return
        passphrase = self.ask_passphrase(confirm=True)
        if passphrase is None:
            return
        store = self.store
        self._set_status(lambda: self.tr("Creating the coordinator identity…"))
        self._start(
            lambda: svc.init_coordinator(store, passphrase),
            lambda _key: self._set_status(
                lambda: self.tr("This computer is now the coordinator. Back up its identity now.")
            ),
        )

    # ---- coordinator actions ------------------------------------------------------------------
    def ask_enrol(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The laptop's key file"),
            str(Path.home()),
            self.tr("Key files (*.json);;All files (*)"),
        )
        if path:
            self.enrol_from(path)

    def enrol_from(self, key_or_file: str) -> None:
        try:
            info = svc.read_enrolment(key_or_file)
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
            return
        question = self.tr(
            "Does the laptop show this fingerprint?\n\n{fingerprint}\n\nEnrol it only if both are"
            " the same."
        ).format(fingerprint=info["fingerprint"])
        if errors.ask(self, question) != "yes":
            return
        try:
            item = svc.enrol_device(self.store, info)
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
            return
        self._set_status(
            lambda: self.tr("Laptop enrolled: {fingerprint}.").format(
                fingerprint=info["fingerprint"]
            )
        )
        self.reload()
        if item.get("warning") is not None:
            errors.show_error(self, render(item["warning"]))

    def revoke_selected(self) -> None:
        device = self.selected_device()
        if device is None or device.get("revoked_ms"):
            return
        question = self.tr(
            "Revoke the laptop {fingerprint}? Its bundles will be refused and it will no longer"
            " receive reference data."
        ).format(fingerprint=device["fingerprint"])
        if errors.ask(self, question) != "yes":
            return
        try:
            svc.revoke_device(self.store, device["fingerprint"])
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            errors.show_error(self, exc)
            return
        self._set_status(
            lambda: self.tr("Laptop revoked; the revocation goes out with the next reference data.")
        )
        self.reload()

    def ask_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the coordinator identity"),
            str(Path.home() / "milma-coordinator-identity.age"),
        )
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> None:
        passphrase = self.ask_passphrase()
        if passphrase is None:
            return
        store = self.store
        self._start(
            lambda: svc.backup_identity(store, path, passphrase),
            lambda written: self._set_status(
                lambda: self.tr(
                    "Identity saved to {path}, encrypted with the passphrase. Keep it apart from"
                    " this computer."
                ).format(path=str(written))
            ),
        )

    def ask_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore the coordinator identity"), str(Path.home())
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        if (
            self.info.get("role") != "coordinator"
            and errors.ask(
                self,
                self.tr(
                    "Restoring the coordinator identity makes this computer the coordinator."
                    " Continue?"
                ),
            )
            != "yes"
        ):
            return
        passphrase = self.ask_passphrase()
        if passphrase is None:
            return
        store = self.store
        self._start(
            lambda: svc.restore_identity(store, path, passphrase),
            lambda _key: self._set_status(lambda: self.tr("Coordinator identity restored.")),
        )
