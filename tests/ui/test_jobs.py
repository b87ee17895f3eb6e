"""The one runner of store work: a long job (a USB import) runs off the UI thread while a form is
saved; Cancel stops a job with nothing half-written; what a job or a save changed reaches every
screen, each deciding whether to redraw; an error in a job is shown as its translated message."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import duplicates, records
from desktop.services import exchange as X
from desktop.ui import errors, jobs
from desktop.ui.pages.companies import CompaniesPage
from desktop.ui.pages.connectors import ConnectorsPage
from desktop.ui.widgets.progress import JobProgress
from tests.ui.conftest import NoDraftQuestions
from tests.unit.test_bundle_support import PASSPHRASE, pair, snapshot


@pytest.fixture(autouse=True)
def _quiet_dialogs(monkeypatch):
    from desktop.ui.widgets.record_dialog import RecordDialog

    monkeypatch.setattr(RecordDialog, "questions", NoDraftQuestions())


@pytest.fixture
def runner(qtbot):
    r = jobs.install(jobs.Runner())
    yield r
    r.shutdown()


@pytest.fixture
def bundle(tmp_path, tmp_path_factory):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=3)
    folder = tmp_path / "usb"
    folder.mkdir()
    path = X.export(laptop, folder).path
    yield coordinator, path
    laptop.close()
    coordinator.close()


@pytest.fixture
def shown(monkeypatch):
    """What the user is shown instead of a dialog (errors.non_interactive)."""
    texts = []
    monkeypatch.setattr(errors, "non_interactive", texts.append)
    return texts


def _slow_step(monkeypatch, inside: threading.Event, release):
    """The import's step inside its transaction (re-pointing late records) made slow: it says
    when it is inside, then waits for ``release()`` to return."""
    real = duplicates.repoint_late_records_in

    def slow(tx):
        inside.set()
        release()
        return real(tx)

    monkeypatch.setattr(duplicates, "repoint_late_records_in", slow)


def _page(cls, store, qtbot):
    page = cls(store)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def _new_company(qtbot, page, name):
    dialog = page.new_record()
    qtbot.keyClicks(dialog.form.widget("name"), name)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    return dialog


def test_a_form_is_saved_while_an_import_runs_and_both_land(
    qtbot, runner, bundle, shown, monkeypatch
):
    coordinator, path = bundle
    inside = threading.Event()
    _slow_step(monkeypatch, inside, lambda: time.sleep(0.8))  # holds the write lock meanwhile
    page = _page(CompaniesPage, coordinator, qtbot)
    heard = []
    runner.changed.connect(heard.append)
    job = runner.run("import", lambda _job: X.apply_import(coordinator, path, PASSPHRASE))
    over = []
    job.finished.connect(over.append)
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    assert threading.current_thread() is threading.main_thread()
    dialog = _new_company(qtbot, page, "Cooperativa La Hiedra")  # waits its turn, then saves
    assert not dialog.isVisible() and dialog.saved is not None
    qtbot.waitUntil(lambda: bool(over), timeout=60_000)
    assert shown == [] and job.outcome == "done"
    assert len(records.list_all(coordinator, "participant")) == 3
    names = [c["name"] for c in records.list_all(coordinator, "company")]
    assert names.count("Cooperativa La Hiedra") == 1 and len(names) > 1  # the import's came too
    assert {"company"} in heard and any("participant" in kinds for kinds in heard)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(names), timeout=5000)  # redrawn with both


def test_cancel_stops_an_import_and_nothing_is_half_written(
    qtbot, runner, bundle, shown, monkeypatch
):
    coordinator, path = bundle
    before = snapshot(coordinator)
    inside = threading.Event()
    holder = {}
    cancelled = threading.Event()

    def wait_for_cancel():
        assert cancelled.wait(30)
        holder["job"].check()  # the job's next step: raises once Cancel was asked

    _slow_step(monkeypatch, inside, wait_for_cancel)
    panel = JobProgress()
    qtbot.addWidget(panel)
    panel.show()
    job = holder["job"] = runner.run(
        "import", lambda _job: X.apply_import(coordinator, path, PASSPHRASE)
    )
    panel.follow(job)
    panel.canceled.connect(cancelled.set)
    heard = []
    runner.changed.connect(heard.append)
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    assert panel.isVisible() and panel.cancel_button.isVisible()
    with qtbot.waitSignal(job.finished, timeout=60_000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert job.outcome == "cancelled" and shown == [] and heard == []
    assert not panel.isVisible()
    assert snapshot(coordinator) == before  # the import's transaction was rolled back whole
    assert records.list_all(coordinator, "participant") == []


def test_what_changed_redraws_the_screen_showing_it_and_not_the_other(qtbot, runner, store):
    companies = _page(CompaniesPage, store, qtbot)
    connectors = _page(ConnectorsPage, store, qtbot)
    redrawn = []
    connectors.refresh = lambda *a, **k: redrawn.append("connectors")
    job = runner.run(
        "a company", lambda _job: records.create(store, "company", {"name": "Jardines del Sur"})
    )
    with qtbot.waitSignal(runner.changed, timeout=30_000) as blocker:
        pass
    assert job.changed == {"company"} and blocker.args == [{"company"}]
    qtbot.waitUntil(lambda: companies.model.rowCount() == 1, timeout=5000)
    qtbot.wait(50)
    assert redrawn == []  # connectors do not show companies: that screen ignored it


def test_an_error_in_a_job_is_shown_as_the_translated_message(
    qtbot, runner, bundle, shown, tmp_path
):
    coordinator, path = bundle
    cut = tmp_path / "cut.milma.age"
    cut.write_bytes(path.read_bytes()[:-30])
    job = runner.run("import", lambda _job: X.apply_import(coordinator, cut, PASSPHRASE))
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert job.outcome == "failed" and len(shown) == 1
    assert shown[0] == errors.message_of(job.error) and "truncated" in shown[0]
    # an unexpected error: the general sentence, the details only in the log
    job = runner.run("broken", lambda _job: {}["missing"])
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert shown[1].startswith("Something went wrong.") and "missing" not in shown[1]
    assert "Traceback" not in "".join(shown)
