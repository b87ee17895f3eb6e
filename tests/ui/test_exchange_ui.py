"""The Exchange screen: export with progress in a worker thread, import preview then Apply,
history, refusals shown translated, keys and laptops, reviews, language change."""

from __future__ import annotations

import json
import re
import threading

import pytest
from pyrage import x25519
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator

from desktop.exchange import keys as K
from desktop.services import exchange as X
from desktop.services import records
from desktop.ui import errors, events
from desktop.ui.exchange import ExchangePage
from desktop.ui.exchange.drives import is_removable, removable_drives
from desktop.ui.exchange.keys_dialog import KeysDialog
from tests.unit.test_bundle_support import (
    PASSPHRASE,
    made_by_coordinator,
    new_laptop,
    pair,
    snapshot,
)


@pytest.fixture
def shown(monkeypatch):
    items = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: items.append(exc))
    return items


@pytest.fixture
def stores(tmp_path, tmp_path_factory):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=3)
    yield laptop, coordinator
    laptop.close()
    coordinator.close()


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _page(qtbot, store, usb) -> ExchangePage:
    page = ExchangePage(store)
    qtbot.addWidget(page)
    page.set_folder(usb)
    return page


def _finish(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)


def test_laptop_exports_in_a_worker_thread_with_progress(qtbot, stores, usb, shown, monkeypatch):
    laptop, _ = stores
    page = _page(qtbot, laptop, usb)
    assert page.export_button.isEnabled() and page.full.isVisibleTo(page)
    threads = []
    real = X.export

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(X, "export", spy)
    seen = []
    page.progress.valueChanged.connect(seen.append)
    page.export_button.click()
    busy = page.busy and not page.export_button.isEnabled() and page.progress.isVisibleTo(page)
    _finish(qtbot, page)
    assert busy
    _finish(qtbot, page)
    assert shown == []
    assert threads and threads[0] != threading.get_ident()
    assert seen and max(seen) == 100
    files = list(usb.iterdir())
    assert len(files) == 1 and str(files[0]) in page.status.text()
    assert page.history_model.rowCount() == 1
    assert page.export_button.isEnabled() and not page.progress.isVisibleTo(page)


def test_coordinator_previews_then_applies_an_import(qtbot, stores, usb, shown, monkeypatch):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    K.lock_all()
    page = _page(qtbot, coordinator, usb)
    asked = []
    monkeypatch.setattr(page, "ask_passphrase", lambda confirm=False: asked.append(1) or PASSPHRASE)
    assert "coordinator" in page.role.text()
    before = snapshot(coordinator)
    page.preview_file(path)
    _finish(qtbot, page)
    assert shown == [] and asked == [1]
    assert page.preview_group.isVisibleTo(page) and page.apply_button.isEnabled()
    rows = {r["kind"]: r for r in page.preview_model.rows}
    assert rows["participant"]["new"] == 3
    assert snapshot(coordinator) == before  # the preview wrote nothing
    changed = []
    events.bus().changed.connect(changed.append)
    page.apply_button.click()
    _finish(qtbot, page)
    assert shown == []
    assert len(records.list_all(coordinator, "participant")) == 3
    assert changed and "participant" in changed[-1]
    assert not page.apply_button.isEnabled()
    assert [r["direction"] for r in page.history_model.rows] == ["import"]
    assert asked == [1]  # unlocked once for the session


def test_a_refused_bundle_is_shown_as_one_translated_sentence(qtbot, stores, usb, shown, tmp_path):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    cut = tmp_path / "cut.milma.age"
    cut.write_bytes(path.read_bytes()[:-30])
    page = _page(qtbot, coordinator, usb)
    before = snapshot(coordinator)
    page.preview_file(cut)
    _finish(qtbot, page)
    assert len(shown) == 1
    text = errors.message_of(shown[0])
    assert "truncated" in text and "Traceback" not in text
    assert not page.preview_group.isVisibleTo(page)
    assert snapshot(coordinator) == before


def test_cancelled_passphrase_does_nothing(qtbot, stores, usb, shown, monkeypatch):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    K.lock_all()
    page = _page(qtbot, coordinator, usb)
    monkeypatch.setattr(page, "ask_passphrase", lambda confirm=False: None)
    page.preview_file(path)
    assert page.job is None and shown == []
    page.export()
    assert page.job is None and len(list(usb.iterdir())) == 1


def test_export_to_a_pulled_stick_is_shown_and_not_recorded(qtbot, stores, usb, shown):
    laptop, _ = stores
    page = _page(qtbot, laptop, usb)
    usb.rmdir()
    page.export()
    _finish(qtbot, page)
    assert len(shown) == 1 and "nothing was exported" in errors.message_of(shown[0])
    assert page.history_model.rowCount() == 0


def test_reference_data_round_trip_in_the_gui(qtbot, stores, usb, shown):
    laptop, coordinator = stores
    X.apply_import(coordinator, X.export(laptop, usb).path, PASSPHRASE)
    page = _page(qtbot, coordinator, usb)
    page.export()
    _finish(qtbot, page)
    reference = next(p for p in usb.iterdir() if "reference" in p.name)
    laptop_page = _page(qtbot, laptop, usb)
    laptop_page.preview_file(reference)
    _finish(qtbot, laptop_page)
    laptop_page.apply()
    _finish(qtbot, laptop_page)
    assert shown == []
    assert X.history(laptop)[0]["bundle_type"] == "reference"


class Shouting(QTranslator):
    """Every text of the Exchange screen in capitals: shows what is retranslated."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in ("ExchangePage", "ConflictReview", "DuplicateReview"):
            return re.sub(r"[^{}]+(?=\{|$)|^[^{}]+", lambda m: m.group(0).upper(), source)
        return None


def test_the_screen_retranslates_without_restart(qtbot, stores, usb):
    laptop, _ = stores
    page = _page(qtbot, laptop, usb)
    assert page.title.text() == "USB exchange"
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
        assert page.title.text() == "USB EXCHANGE"
        assert page.history_model.headerData(0, Qt.Orientation.Horizontal) == "WHEN"
        assert page.tabs.tabText(1).startswith("CONFLICTS")
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.title.text() == "USB exchange"


def test_removable_drives_are_recognised():
    assert is_removable("/media/ana/USB/", False)
    assert is_removable("/run/media/ana/STICK/", False)
    assert not is_removable("/", True)
    assert not is_removable("/home/", False)
    assert all(d.path and d.free_bytes >= 0 for d in removable_drives())


def test_keys_dialog_laptop_side(qtbot, tmp_path, shown):
    laptop = new_laptop(tmp_path / "l")
    dialog = KeysDialog(laptop)
    qtbot.addWidget(dialog)
    assert dialog.fingerprint.text() == X.key_info(laptop)["fingerprint"]
    assert not dialog.coordinator_group.isVisibleTo(dialog)
    dialog.trust("not a key")
    assert len(shown) == 1 and "age1" in errors.message_of(shown[0])
    key = str(x25519.Identity.generate().to_public())
    dialog.trust(key)
    assert dialog.trusted.text() == key
    key_file = tmp_path / "key.json"
    dialog.save_key(key_file)
    assert json.loads(key_file.read_text())["fingerprint"] == dialog.fingerprint.text()
    laptop.close()


def test_a_laptop_trusts_the_coordinator_from_the_file_it_saved(
    qtbot, tmp_path, tmp_path_factory, shown
):
    from tests.unit.test_bundle_support import new_coordinator

    coordinator = new_coordinator(tmp_path / "c", tmp_path_factory)
    laptop = new_laptop(tmp_path / "l")
    coordinator_dialog = KeysDialog(coordinator)
    qtbot.addWidget(coordinator_dialog)
    assert coordinator_dialog.coordinator_key_button.isVisibleTo(coordinator_dialog)
    key_file = tmp_path / "usb-coordinator-key.json"
    coordinator_dialog.save_key(key_file)
    laptop_dialog = KeysDialog(laptop)
    qtbot.addWidget(laptop_dialog)
    laptop_dialog.trust(str(key_file))
    assert shown == []
    assert laptop_dialog.trusted.text() == X.key_info(coordinator)["age_public_key"]
    coordinator.close()
    laptop.close()


def test_keys_dialog_enrols_and_revokes_after_the_fingerprint_check(
    qtbot, stores, tmp_path, shown, monkeypatch
):
    _, coordinator = stores
    other = new_laptop(tmp_path / "other")
    key_file = tmp_path / "other.json"
    key_file.write_text(json.dumps(X.key_info(other)))
    dialog = KeysDialog(coordinator)
    qtbot.addWidget(dialog)
    assert dialog.coordinator_group.isVisibleTo(dialog)
    assert dialog.devices_model.rowCount() == 1
    questions = []
    monkeypatch.setattr(errors, "ask", lambda parent, text, **kw: questions.append(text) or "no")
    dialog.enrol_from(str(key_file))
    assert dialog.devices_model.rowCount() == 1  # answered no: not enrolled
    assert X.key_info(other)["fingerprint"] in questions[0]
    monkeypatch.setattr(errors, "ask", lambda parent, text, **kw: "yes")
    dialog.enrol_from(str(key_file))
    assert dialog.devices_model.rowCount() == 2
    row = next(
        i for i, r in enumerate(dialog.devices_model.rows) if r["device_id"] == other.device_id
    )
    dialog.devices.selectRow(row)
    dialog.revoke_selected()
    assert shown == []
    assert any(d["revoked_ms"] for d in X.devices(coordinator) if d["device_id"] == other.device_id)
    other.close()


def test_enrolling_a_laptop_that_shares_a_code_tag_warns_the_coordinator(
    qtbot, stores, tmp_path, shown, monkeypatch
):
    laptop, coordinator = stores
    other = new_laptop(tmp_path / "other")
    key_file = tmp_path / "other.json"
    key_file.write_text(json.dumps(X.key_info(other)))
    monkeypatch.setattr(
        X.identity, "device_prefix", lambda device_id: "AAAA"
    )  # both laptops drew AAAA
    dialog = KeysDialog(coordinator)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(errors, "ask", lambda parent, text, **kw: "yes")
    dialog.enrol_from(str(key_file))
    assert dialog.devices_model.rowCount() == 2  # enrolled all the same
    [warning] = shown
    assert (
        "AAAA" in warning
        and X.key_info(laptop)["fingerprint"] in warning
        and "new data folder" in warning
    )
    other.close()


def _tab(page, name: str):
    return next(w for w in page.reviews if w.objectName() == name)


def test_conflict_review_keeps_the_chosen_value(qtbot, stores, usb, shown):
    laptop, coordinator = stores
    X.apply_import(coordinator, X.export(laptop, usb).path, PASSPHRASE)
    pid = records.list_all(laptop, "participant")[0]["id"]
    records.update(coordinator, "participant", pid, {"next_steps": "Visita a la empresa"})
    records.update(laptop, "participant", pid, {"next_steps": "Entrevista el lunes"})
    X.apply_import(coordinator, X.export(laptop, usb).path, PASSPHRASE)
    page = _page(qtbot, coordinator, usb)
    review = _tab(page, "conflict_review")
    assert review.model.rowCount() == 1
    assert page.tabs.tabText(1).endswith("(1)")
    row = review.model.rows[0]
    assert {row["mine"], row["theirs"]} == {"Visita a la empresa", "Entrevista el lunes"}
    review.view.selectRow(0)
    review.keep_mine.click()
    assert shown == []
    assert records.get(coordinator, "participant", pid)["next_steps"] == row["mine"]
    assert review.model.rowCount() == 0 and page.tabs.tabText(1).endswith("(0)")


def test_duplicate_review_merges_and_undoes(
    qtbot, tmp_path, tmp_path_factory, usb, shown, monkeypatch
):
    first, coordinator = pair(tmp_path, tmp_path_factory, participants=1)
    second = new_laptop(
        tmp_path / "second", name="second", participants=1
    )  # the same person (same seed)
    X.trust_coordinator(second, X.key_info(coordinator)["age_public_key"])
    X.enrol_device(coordinator, K.parse_enrolment(json.dumps(X.key_info(second))))
    made_by_coordinator(second, coordinator)  # its demo's labs, companies...
    for laptop in (first, second):
        X.apply_import(coordinator, X.export(laptop, usb).path, PASSPHRASE)
    page = _page(qtbot, coordinator, usb)
    review = _tab(page, "duplicate_review")
    assert review.pairs_model.rowCount() == 1
    assert review.pairs_model.rows[0]["reason"] == "document"
    monkeypatch.setattr(errors, "ask", lambda parent, text, **kw: "yes")
    review.pairs.selectRow(0)
    review.merge_button.click()
    assert shown == []
    assert review.pairs_model.rowCount() == 0 and review.merges_model.rowCount() == 1
    review.merges.selectRow(0)
    review.undo_button.click()
    assert shown == [] and review.merges_model.rows[0]["active"] is False
    assert review.pairs_model.rowCount() == 1
    for s in (first, second, coordinator):
        s.close()


def test_changes_dated_in_the_future_are_held_for_review(qtbot, stores, usb, shown):
    laptop, coordinator = stores
    X.apply_import(coordinator, X.export(laptop, usb).path, PASSPHRASE)
    pid = records.list_all(laptop, "participant")[0]["id"]
    laptop.clock._wall = lambda: 4_102_444_800_000  # a laptop whose clock says 2100
    records.update(laptop, "participant", pid, {"next_steps": "Fecha equivocada"})
    X.apply_import(coordinator, X.export(laptop, usb).path, PASSPHRASE)
    page = _page(qtbot, coordinator, usb)
    review = _tab(page, "quarantine_review")
    assert review.model.rowCount() == 1
    assert records.get(coordinator, "participant", pid)["next_steps"] != "Fecha equivocada"
    review.view.selectRow(0)
    review.release_button.click()
    assert shown == [] and review.model.rowCount() == 0
    assert records.get(coordinator, "participant", pid)["next_steps"] == "Fecha equivocada"


def test_a_laptop_without_a_coordinator_is_told_what_to_do_first(qtbot, tmp_path, usb, shown):
    laptop = new_laptop(tmp_path / "alone")
    page = _page(qtbot, laptop, usb)
    assert "trust the coordinator" in page.role.text()
    page.export()
    _finish(qtbot, page)
    assert len(shown) == 1 and "trust-coordinator" in errors.message_of(shown[0])
    assert list(usb.iterdir()) == []
    laptop.close()


def test_what_an_import_holds_back_is_said_on_the_screen_in_the_users_language(
    qtbot, stores, usb, shown, monkeypatch, language
):
    laptop, coordinator = stores
    X.apply_import(coordinator, X.export(laptop, usb).path, PASSPHRASE)
    pid = records.list_all(laptop, "participant")[0]["id"]
    laptop.clock._wall = lambda: 4_102_444_800_000  # a laptop whose clock says 2100
    records.update(laptop, "participant", pid, {"next_steps": "Fecha equivocada"})
    path = X.export(laptop, usb).path
    language("es")
    page = _page(qtbot, coordinator, usb)
    monkeypatch.setattr(page, "ask_passphrase", lambda confirm=False: PASSPHRASE)
    page.preview_file(path)
    _finish(qtbot, page)
    assert shown == [] and page.gaps.isVisibleTo(page)
    assert "Cambios con fecha de más de un día en el futuro: 1." in page.gaps.text()
    page.apply_button.click()
    _finish(qtbot, page)
    assert "Quedan en cuarentena para su revisión." in page.gaps.text()
