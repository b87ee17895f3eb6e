"""Take PNG screenshots of every main screen on demo data, for the README.

    python scripts/screenshots.py OUTPUT_DIR [--participants N] [--lang en|es|fr] [--size 1366x768]

Runs offscreen (no display needed) on a temporary data folder filled with demo data; nothing
of the user's data or settings is read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def _args(argv):
    parser = argparse.ArgumentParser(description="Screenshots of MILMA Desktop on demo data.")
    parser.add_argument("output", help="folder for the PNG files")
    parser.add_argument(
        "--participants", type=int, default=300, help="demo participants (default 300)"
    )
    parser.add_argument(
        "--lang", choices=("en", "es", "fr"), default="en", help="interface language"
    )
    parser.add_argument(
        "--size", default="1366x768", help="window size WIDTHxHEIGHT (default 1366x768)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _args(sys.argv[1:] if argv is None else argv)
    width, height = (int(x) for x in args.size.lower().split("x"))
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="milma-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # no remembered window of the user's
    os.environ["XDG_STATE_HOME"] = str(tmp / "state")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["milma-desktop"])
    from desktop.i18n import set_language
    from desktop.services import records
    from desktop.services.demo import generate
    from desktop.services.setup import init_device
    from desktop.storage.store import Store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.widgets.record_dialog import RecordDialog

    set_language(args.lang)
    store = Store.open(tmp / "data")
    init_device(store, "CIFE", "cife-portatil-03", "Lucía Romero Gil")
    generate(store, args.participants, seed=3)

    shots: list[str] = []

    def settle():
        import time

        for _ in range(5):  # timers: the number of matches follows the list
            app.processEvents()
            time.sleep(0.03)
            app.processEvents()

    def grab(widget, name: str) -> None:
        if widget is not window:  # dialogs as they open on a 1366x768 screen
            widget.resize(
                (
                    min(1100, int(width * 0.9))
                    if widget.width() > 700 or name.endswith("warning")
                    else widget.width()
                ),
                min(widget.height(), int(height * 0.9)),
            )
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path), "PNG", 0)  # 0: the strongest compression
        shots.append(path.name)

    window = MainWindow(store)
    window.resize(width, height)
    window.show()
    settle()
    for key in window.page_keys():
        window.show_page(key)
        grab(window, f"{len(shots) + 1:02d}-{key}")

    page = window.show_page("participants")
    someone = sorted(records.list_all(store, "participant"), key=lambda r: r["code"])[5]
    page.list.set_search_text(someone["last_name"].split()[0][:5].lower())
    grab(window, f"{len(shots) + 1:02d}-participants-search")
    page.list.set_search_text("")

    # the richest participant: a life story and a connector meeting
    # (and an introduction, when one has)
    with_story = {s["participant_id"] for s in records.list_all(store, "life_story")}
    with_meeting = {m["participant_id"] for m in records.list_all(store, "connector_meeting")}
    introduced = {i["participant_id"] for i in records.list_all(store, "inclusion_introduction")}
    chosen = (
        sorted(with_story & with_meeting & introduced)
        or sorted(with_story & with_meeting)
        or sorted(with_story)
        or [records.list_all(store, "participant")[0]["id"]]
    )
    page.open_participant(chosen[0])
    view = page.detail
    for i, name in enumerate(
        ("profile", "itinerary", "coaching", "life-story", "connector-meetings", "community")
    ):
        view.tabs.setCurrentIndex(i)
        grab(window, f"{len(shots) + 1:02d}-participant-{name}")

    RecordDialog.AUTOSAVE_MS = 10**9  # no drafts written by the screenshots
    dialog = page.new_participant(restore_draft=False)
    person = records.get(store, "participant", chosen[0])
    dialog.set_values(
        {
            k: person[k]
            for k in (
                "first_name",
                "last_name",
                "birth_date",
                "gender",
                "document_type",
                "document_number",
            )
        }
    )
    dialog.check_duplicates()
    grab(dialog, f"{len(shots) + 1:02d}-register-duplicate-warning")
    dialog._dirty = False
    dialog.drafts.discard(dialog.key)
    dialog.done(0)

    view.tabs.setCurrentWidget(view.coaching)
    session = view.coaching.sessions.add()
    grab(session, f"{len(shots) + 1:02d}-coaching-session-dialog")
    session.form.mark_clean()
    session.done(0)

    view.tabs.setCurrentWidget(view.meetings)
    view.meetings.table.selectRow(0)
    meeting = view.meetings.edit_meeting() or view.meetings.add_meeting()
    grab(meeting, f"{len(shots) + 1:02d}-connector-meeting-dialog")
    meeting._decided = True
    meeting.done(0)

    window.close()
    store.close()
    for name in shots:
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
