"""The main window: navigation between the screens listed in desktop.ui.navigation.PAGES,
the menus with the standard shortcuts, and a status bar with site, device and technician.

Pages are built the first time they are shown (start-up stays fast whatever the number of
screens) and refreshed when shown or when the data they show changed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Site
from desktop.i18n import translate
from desktop.i18n.preferences import settings
from desktop.i18n.values import enum_text
from desktop.services.setup import technician_name
from desktop.storage.store import Store
from desktop.ui import access, jobs, navigation
from desktop.ui.errors import show_error
from desktop.ui.events import bus
from desktop.ui.widgets.geometry import fit_main_window, keep_on_screen
from desktop.ui.widgets.pending_drafts import PendingDrafts

log = logging.getLogger("milma.ui")

GEOMETRY_KEY = "window/geometry"
PAGE_KEY = "window/page"
SCREEN_FILE = "window.ini"  # in the data folder: what the window remembers of that folder


def screen_settings(data_dir) -> QSettings:
    """The last screen shown belongs to the data folder, not to the user's settings: another
    folder (a demo, a coordinator's store) opens on its own last screen."""
    return QSettings(str(Path(data_dir) / SCREEN_FILE), QSettings.Format.IniFormat)


def settings_dialog_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("desktop.ui.settings_dialog") is not None
    except (ImportError, ValueError):
        return False


def _keys(explicit: str, standard) -> list[QKeySequence]:
    """The platform's standard shortcut plus the usual one where the platform has none."""
    keys = [QKeySequence(explicit)]
    for key in QKeySequence.keyBindings(standard):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


class MainWindow(QMainWindow):
    """Built as MainWindow(store). ``first_screen_loaded`` fires once the first page shows data."""

    first_screen_loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        # the one runner of store work: every screen built below hears its changed signal
        self.runner = jobs.install(jobs.Runner(self))
        self.setObjectName("MainWindow")
        self._entries = access.pages(store, navigation.PAGES)  # the role's screens
        self.session_lock = None  # app.py installs it once logged in
        self._pages: dict[str, QWidget] = {}
        self._loaded = False

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setUniformItemSizes(True)
        self.nav.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; padding: 6px; }"
            "QListWidget#navigation::item { padding: 8px 12px; }"
        )
        for key, _target, _label in self._entries:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget(central)
        self.draft_bar = PendingDrafts(store, central)  # forms left unsaved by a crash
        self.draft_bar.resume_requested.connect(self.open_draft)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.draft_bar)
        right.addWidget(self.stack, 1)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self.status_site = QLabel(self)
        self.status_device = QLabel(self)
        self.status_technician = QLabel(self)
        for w in (self.status_site, self.status_device, self.status_technician):
            self.statusBar().addPermanentWidget(w)

        self._build_actions()
        bus().changed.connect(self._on_data_changed)
        self.retranslate()
        self._restore()
        self.check_drafts()

    # ---- menus and shortcuts ----------------------------------------------------------
    def _build_actions(self) -> None:
        self.act_new = QAction(self)
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_new.triggered.connect(self.new_participant)
        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_find.triggered.connect(self.find)
        self.act_save = QAction(self)
        self.act_save.setShortcut(QKeySequence.StandardKey.Save)
        self.act_save.triggered.connect(self.save)
        self.act_close = QAction(self)
        self.act_close.setShortcuts(_keys("Ctrl+W", QKeySequence.StandardKey.Close))
        self.act_close.triggered.connect(self.close_current)
        self.act_import_history = QAction(self)
        self.act_import_history.triggered.connect(self.open_history_import)
        self.act_backups = QAction(self)
        self.act_backups.triggered.connect(self.open_backups)
        self.act_settings = None
        if settings_dialog_available():
            self.act_settings = QAction(self)
            self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
            self.act_settings.triggered.connect(self.open_settings)
        self.act_accounts = QAction(self)  # administrators
        self.act_accounts.triggered.connect(self.open_accounts)
        self.act_accounts.setVisible(access.may(self.store, "accounts"))
        self.act_lock = QAction(self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(self.lock)
        self.act_lock.setVisible(self.store.account is not None)
        self.act_import_history.setVisible(access.may(self.store, "reference"))
        self.act_quit = QAction(self)
        self.act_quit.setShortcuts(_keys("Ctrl+Q", QKeySequence.StandardKey.Quit))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_quit.triggered.connect(self.close)

        self.menu_file = self.menuBar().addMenu("")
        self.menu_file.addAction(self.act_new)
        self.menu_file.addAction(self.act_save)
        self.menu_file.addAction(self.act_close)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_import_history)
        self.menu_file.addAction(self.act_backups)
        self.menu_file.addSeparator()
        if self.act_settings is not None:
            self.menu_file.addAction(self.act_settings)
        self.menu_file.addAction(self.act_accounts)
        self.menu_file.addAction(self.act_lock)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = self.menuBar().addMenu("")
        self.menu_edit.addAction(self.act_find)
        self.menu_go = self.menuBar().addMenu("")
        self.go_actions: list[QAction] = []
        for row, (key, _t, _l) in enumerate(self._entries):
            act = QAction(self)
            if row < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            act.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.menu_go.addAction(act)
            self.go_actions.append(act)
        self.act_about = QAction(self)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self.open_about)
        self.menu_help = self.menuBar().addMenu("")
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        self.menu_file.setTitle(translate("MainWindow", "&File"))
        self.menu_edit.setTitle(translate("MainWindow", "&Edit"))
        self.menu_go.setTitle(translate("MainWindow", "&Go"))
        # no Alt+letter: in English each of H, e, l, p is taken on some screen already
        self.menu_help.setTitle(translate("MainWindow", "Help"))
        self.act_about.setText(translate("MainWindow", "&About MILMA Desktop…"))
        self.act_new.setText(translate("MainWindow", "&New…"))
        self.act_find.setText(translate("MainWindow", "&Find"))
        self.act_save.setText(translate("MainWindow", "&Save"))
        self.act_close.setText(translate("MainWindow", "&Close"))
        self.act_quit.setText(translate("MainWindow", "&Quit"))
        self.act_import_history.setText(translate("MainWindow", "Import &history…"))
        self.act_backups.setText(translate("MainWindow", "&Backups…"))
        self.act_accounts.setText(translate("MainWindow", "&Accounts…"))
        self.act_lock.setText(translate("MainWindow", "&Lock"))
        if self.act_settings is not None:
            self.act_settings.setText(translate("MainWindow", "S&ettings…"))
        self.nav.setAccessibleName(translate("MainWindow", "Screens"))
        self.draft_bar.retranslate()
        for row, (_key, _t, label) in enumerate(self._entries):
            text = translate("Navigation", label)
            self.nav.item(row).setText(text)
            self.go_actions[row].setText(text)
        self._fit_navigation()
        self.update_status(reload=False)

    def _fit_navigation(self) -> None:
        """The navigation is as wide as its widest name in the current language (its items'
        padding included, and the list's own padding of the style sheet): no name is cut."""
        self.nav.setFixedWidth(
            self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 2 * 6 + 2
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_status(self, reload: bool = True) -> None:
        """Site, laptop and technician in the status bar and the title; the technician's name
        is read again only with ``reload`` (a language change only renames)."""
        meta = self.store.meta
        site = meta.get("site")
        site_text = enum_text(Site, site) if site in {s.value for s in Site} else ""
        device = meta.get("device_name") or ""
        if reload or not hasattr(self, "_technician"):
            self._technician = technician_name(self.store) if self.store.is_open else ""
        technician = self._technician
        self.status_site.setText(translate("MainWindow", "Site: {site}").format(site=site_text))
        self.status_device.setText(
            translate("MainWindow", "Laptop: {device}").format(device=device)
        )
        self.status_technician.setText(
            translate("MainWindow", "Technician: {name}").format(name=technician)
            if technician
            else translate("MainWindow", "No technician chosen")
        )
        # Qt appends the application's name ("… — MILMA Desktop", app.py's display name)
        self.setWindowTitle(
            translate("MainWindow", "{site} — {device}").format(site=site_text, device=device)
        )

    # ---- pages ------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [key for key, _t, _l in self._entries]

    def page(self, key: str) -> QWidget:
        """The page of a screen, built on first use."""
        if key not in self._pages:
            target = next(t for k, t, _l in self._entries if k == key)
            cls = navigation.resolve(target)
            widget = cls(self.store, self.stack)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._entries[row][0] if 0 <= row < len(self._entries) else None

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self._pages.get(key) if key else None

    def show_page(self, key: str) -> QWidget:
        row = self.page_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _show_row
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._entries):
            return
        key = self._entries[row][0]
        try:
            widget = self.page(key)
            self.stack.setCurrentWidget(widget)
            if hasattr(widget, "refresh"):
                widget.refresh()
        except Exception as exc:  # noqa: BLE001 - a screen that fails must not close the app
            show_error(self, exc)
            return
        self._screen.setValue(PAGE_KEY, key)
        if not self._loaded:
            self._loaded = True
            QTimer.singleShot(0, self.first_screen_loaded.emit)

    def _on_data_changed(self, kinds) -> None:
        """Pages with a data_changed() method follow the bus themselves; others are refreshed
        when visible (and anyway each time they are shown)."""
        if not self.isVisible():
            return  # shown again later: each page refreshes when shown
        current = self.current_key()
        widget = self._pages.get(current) if current else None
        if (
            widget is not None
            and not hasattr(widget, "data_changed")
            and hasattr(widget, "refresh")
        ):
            widget.refresh()
        if "technician" in kinds:
            self.update_status()

    # ---- actions ----------------------------------------------------------------------
    def _participants(self) -> QWidget | None:
        if "participants" in self.page_keys():
            return self.show_page("participants")
        return None

    def new_participant(self) -> None:
        """Ctrl+N: a new record of the screen in front (lab, connector, company), else a new
        participant."""
        page = self.current_page()
        if page is not None and hasattr(page, "new_record"):
            page.new_record()
            return
        page = self._participants()
        if page is not None and hasattr(page, "new_participant"):
            page.new_participant()

    def find(self) -> None:
        page = self.current_page()
        if page is None or not hasattr(page, "focus_search"):
            page = self._participants()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def save(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "save"):
            page.save()

    def close_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "close_current"):
            page.close_current()

    def _open_dialog(self, make, *, delete_on_close: bool = True):
        """Open the dialog ``make()`` builds (non-blocking) and return it; an error building it
        is shown, translated, and None returned."""
        try:
            dialog = make()
            if delete_on_close:
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return dialog
        except Exception as exc:  # noqa: BLE001 - shown, logged
            show_error(self, exc)
            return None

    def open_about(self):
        from desktop.ui.about import AboutDialog

        return self._open_dialog(lambda: AboutDialog(self, data_dir=self.store.data_dir))

    def open_history_import(self):
        """File > Import history: the programme's past from a spreadsheet."""
        from desktop.ui.history_import import HistoryImportDialog

        return self._open_dialog(lambda: HistoryImportDialog(self.store, self))

    def open_backups(self):
        """File > Backups: back up now, restore, the second folder."""
        from desktop.ui.backups import BackupsDialog

        return self._open_dialog(lambda: BackupsDialog(self.store, self))

    def open_accounts(self):
        """File > Accounts (administrators): accounts, roles, the idle time before locking."""
        from desktop.ui.accounts_dialog import AccountsDialog

        return self._open_dialog(
            lambda: AccountsDialog(self.store, self, self.session_lock), delete_on_close=False
        )

    def lock(self) -> None:
        """File > Lock: the session locks now (when the laptop has accounts)."""
        if self.session_lock is not None:
            self.session_lock.lock()

    def open_settings(self):
        from desktop.ui.settings_dialog import SettingsDialog

        return self._open_dialog(
            lambda: SettingsDialog(self, store=self.store), delete_on_close=False
        )

    # ---- drafts left by a crash ----------------------------------------------------------
    def _draft_pages(self) -> dict[str, str]:
        """Record kind -> the screen that reopens its forms (pages with a ``kind``)."""
        kinds = {}
        for key, target, _label in navigation.PAGES:
            try:
                kind = getattr(navigation.resolve(target), "kind", None)
            except (ImportError, AttributeError):
                continue
            if kind:
                kinds[kind] = key
        return kinds

    def pending_drafts(self) -> list[str]:
        """Forms left unsaved (crash, dead battery) that a screen can reopen: the forms of the
        screens and those of a participant's page."""
        from desktop.storage.drafts import Drafts

        pending = Drafts(self.store.data_dir).pending()
        if not pending:  # the usual start: no screen module imported just to learn its kind
            return []
        from desktop.ui.widgets.pending_drafts import of_participant

        kinds = self._draft_pages()
        on_person = "participants" in self.page_keys()
        return [
            k
            for k in pending
            if k.partition(":")[0] in kinds or (on_person and of_participant(k.partition(":")[0]))
        ]

    def check_drafts(self) -> None:
        """List every pending draft, with whose record it is, to resume or discard."""
        self.draft_bar.show_drafts(self.pending_drafts())

    def open_draft(self, key: str) -> None:
        """Open the form a draft belongs to, with the draft in it: on its screen, or on the
        participant's page."""
        from desktop.ui.widgets.pending_drafts import describe, of_participant

        kind = key.partition(":")[0]
        try:
            page_key = self._draft_pages().get(kind)
            if page_key:
                dialog = self.show_page(page_key).open_draft(key)
                if hasattr(dialog, "resume_draft"):
                    dialog.resume_draft()
            elif of_participant(kind):
                from desktop.ui.participants.resume import resume

                person = describe(self.store, key).participant_id
                page = self.show_page("participants")
                if person:
                    page.open_participant(person)
                    if page.detail is not None and page.detail.participant_id == person:
                        resume(page.detail, key)
        except Exception as exc:  # noqa: BLE001 - a form that cannot open must not close the app
            show_error(self, exc)

    # ---- remembered geometry and screen ----------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(1280, 720)

    def _restore(self) -> None:
        s = settings()
        geometry = s.value(GEOMETRY_KEY)
        restored = False
        if geometry is not None:
            try:
                restored = self.restoreGeometry(geometry)
            except TypeError:
                restored = False
        # the first opening: maximised on a laptop's screen (see show_on_screen), else 1280x760
        self._maximise = not restored and fit_main_window(self, 1280, 760)
        self._restored_size = self.size() if restored else None
        self._screen = screen_settings(self.store.data_dir)
        self._initial_key = self._screen.value(PAGE_KEY)

    def start(self) -> None:
        """Show the remembered screen (or the first one)."""
        keys = self.page_keys()
        if not keys:
            self._loaded = True
            QTimer.singleShot(0, self.first_screen_loaded.emit)
            return
        key = self._initial_key if self._initial_key in keys else keys[0]
        self.nav.setCurrentRow(keys.index(key))

    def show_on_screen(self) -> None:
        """Show the window as its opening wants: maximised on a laptop's screen the first time,
        afterwards as it was left (its geometry and state are remembered)."""
        if self._maximise:
            self.showMaximized()
        else:
            self.show()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # a geometry remembered on a larger screen than this one (unless resized since)
        if (
            self._restored_size == self.size()
            and not self.isMaximized()
            and not self.isFullScreen()
        ):
            keep_on_screen(self)
        self._restored_size = None
        if self.nav.currentRow() < 0:
            self.start()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        for widget in self._pages.values():
            if hasattr(widget, "can_close") and not widget.can_close():
                event.ignore()
                return
        s = settings()
        s.setValue(GEOMETRY_KEY, self.saveGeometry())
        s.sync()
        key = self.current_key()
        if key:
            self._screen.setValue(PAGE_KEY, key)
        self._screen.sync()
        self.runner.shutdown()  # the job at work ends whole (a transaction is never cut)
        jobs.uninstall(self.runner)  # it is deleted with the window
        super().closeEvent(event)
