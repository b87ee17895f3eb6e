"""The Agenda screen at 50,000 participants: its first show (built, the week read, painted)
against the main window's first show on the participants list, and the agenda's queries
against the list's first page, measured in the same run.

The demo gives every ongoing participant a next appointment within three weeks of its
reference day, so this week holds thousands of appointments at one site: far more than a
real site's week. The figures say what the week's size costs beside what the list costs.

Run: pytest tests/benchmarks/test_agenda_bench.py --benchmark-enable --benchmark-only -s
"""

from __future__ import annotations

import statistics
import time
from datetime import date

ROUNDS = 5


def test_agenda_first_show_50k_vs_participants_list(benchmark, store_50k_dir, qapp):
    from desktop.i18n.preferences import settings
    from desktop.services import agenda, participant_list
    from desktop.services.setup import set_current_technician
    from desktop.storage.store import Store
    from desktop.ui.main_window import MainWindow

    settings().clear()
    store = Store.open(store_50k_dir)
    try:
        set_current_technician(store, participant_list.technician_choices(store)[0][0])
        windows: list[float] = []

        def window_first_show():
            from desktop.ui import main_window

            settings().clear()  # the window opens on the list, not on the agenda shown last
            if hasattr(main_window, "screen_settings"):
                main_window.screen_settings(store.data_dir).clear()
            start = time.perf_counter()
            w = MainWindow(store)
            loaded = []
            w.first_screen_loaded.connect(lambda: loaded.append(True))
            w.show()
            while not loaded:
                qapp.processEvents()
            qapp.processEvents()
            windows.append(time.perf_counter() - start)
            return (w,), {}

        def agenda_first_show(w):
            assert w.current_key() == "participants" and "agenda" not in w._pages
            start = time.perf_counter()
            page = w.show_page("agenda")
            qapp.processEvents()
            elapsed = time.perf_counter() - start
            assert page.model.rowCount() == len(agenda.week(store, date.today(), mine=True))
            w.close()
            w.deleteLater()
            qapp.processEvents()
            return elapsed

        times: list[float] = []
        benchmark.pedantic(
            lambda w: times.append(agenda_first_show(w)),
            setup=window_first_show,
            rounds=ROUNDS,
            iterations=1,
        )
        shown, window = statistics.median(times), statistics.median(windows)

        def median_ms(call) -> float:
            runs = []
            for _ in range(ROUNDS):
                start = time.perf_counter()
                call()
                runs.append((time.perf_counter() - start) * 1000)
            return statistics.median(runs)

        today = date.today()
        page_ms = median_ms(lambda: participant_list.search(store, None, None, limit=200))
        mine_ms = median_ms(lambda: agenda.week(store, today, mine=True))
        site_ms = median_ms(lambda: agenda.week(store, today))
        empty_ms = median_ms(lambda: agenda.week(store, date(2026, 3, 2)))
        sizes = (len(agenda.week(store, today, mine=True)), len(agenda.week(store, today)))
        benchmark.extra_info.update(
            agenda_first_show_ms=round(shown * 1000, 1),
            window_first_show_ms=round(window * 1000, 1),
            ratio=round(shown / window, 2),
            list_page_ms=round(page_ms, 1),
            mine_week_ms=round(mine_ms, 1),
            site_week_ms=round(site_ms, 1),
            empty_week_ms=round(empty_ms, 1),
        )
        print(
            f"\nagenda at 50k: first show (mine, {sizes[0]} appointments) {shown * 1000:.0f} ms,"
            f" {shown / window:.2f}x the window's first show on the list ({window * 1000:.0f} ms);"
            f" queries: mine {mine_ms:.0f} ms, site ({sizes[1]}) {site_ms:.0f} ms, an empty week"
            f" {empty_ms:.0f} ms, against the list's first page {page_ms:.0f} ms"
        )
    finally:
        store.close()
        settings().clear()
