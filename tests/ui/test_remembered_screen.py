"""The last screen shown belongs to the data folder, not to the user's settings: another data
folder (a demo, a coordinator's store) opens on its own last screen."""

from __future__ import annotations

from desktop.i18n.preferences import settings
from desktop.services.setup import init_device
from desktop.storage.store import Store
from desktop.ui import navigation
from desktop.ui.main_window import PAGE_KEY, SCREEN_FILE, MainWindow


def _opened_on(qtbot, store) -> str:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    key = window.current_key()
    window.close()
    return key


def test_each_data_folder_opens_on_its_own_last_screen(qtbot, store, tmp_path):
    first_key, last_key = navigation.PAGES[0][0], navigation.PAGES[-1][0]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(last_key)
    window.close()
    other = Store.open(tmp_path / "other")
    init_device(other, "LOS_ARCOS", "other", "Luis Técnico")
    try:
        assert _opened_on(qtbot, other) == first_key  # not the other folder's last screen
        assert _opened_on(qtbot, store) == last_key
    finally:
        other.close()
    assert (store.data_dir / SCREEN_FILE).exists()
    assert settings().value(PAGE_KEY) is None  # nothing of it in the user's settings
