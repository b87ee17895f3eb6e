"""Registering a document number already registered asks, naming the record, or is refused when
the names differ too; the duplicate review on the Exchange screen lists such pairs, found in a
worker thread on a large store while the screen stays usable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.services import duplicates, participants
from desktop.ui import errors
from desktop.ui.exchange import reviews
from desktop.ui.exchange.page import ExchangePage
from tests.ui.test_participants import (
    fill_person,
    page,  # noqa: F401 - page is a fixture
    save_button,
)

MOUSSA = {
    "first_name": "Moussa",
    "last_name": "Keita",
    "birth_date": date(1988, 3, 1),
    "gender": "male",
    "migrant_status": "migrant",
    "document_type": "NIE",
    "document_number": "X1234567L",
}


@pytest.fixture
def asked(monkeypatch):
    """The questions asked, answered with what the test puts in ``answers``."""
    questions: list[str] = []
    answers: list[str] = []

    def ask(parent, text, **kw):
        questions.append(text)
        return answers.pop(0) if answers else "no"

    monkeypatch.setattr(errors, "ask", ask)
    return questions, answers


def _register_again(qtbot, page, first: str, last: str):  # noqa: F811 - the fixture
    dialog = page.new_participant(restore_draft=False)
    fill_person(qtbot, dialog, first, last, "01/03/1988", "NIE", "x-1234567-l")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)  # the warning shows first
    assert dialog.duplicates.isVisible() and dialog.saved is None
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)  # "Register anyway"
    return dialog


def test_the_same_document_asks_naming_the_record_and_registers_only_when_told(
    qtbot,
    page,  # noqa: F811
    store,
    asked,
):
    questions, answers = asked
    existing = participants.register(store, MOUSSA)
    dialog = _register_again(qtbot, page, "Mussa", "Keita")
    assert questions == [
        "The document number x-1234567-l is already registered as Moussa Keita"
        f" ({existing['code']}). Register anyway?"
    ]
    assert dialog.saved is None and dialog.isVisible() and participants.count(store) == 1
    answers.append("yes")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and not dialog.isVisible()
    assert participants.count(store) == 2
    assert [p["reason"] for p in duplicates.candidate_pairs(store)] == ["document"]


def test_the_same_document_under_another_name_is_refused_next_to_the_field(
    qtbot,
    page,  # noqa: F811
    store,
    asked,
):
    questions, _answers = asked
    existing = participants.register(store, MOUSSA)
    dialog = _register_again(qtbot, page, "Aminata", "Traoré")
    assert questions == []
    assert dialog.saved is None and participants.count(store) == 1
    label = dialog.errors_["document_number"]
    assert label.isVisible()
    assert f"already registered as Moussa Keita ({existing['code']}), another name" in label.text()


def test_a_large_store_finds_the_pairs_in_a_worker_and_the_screen_is_usable_meanwhile(
    qtbot, store, tmp_path, monkeypatch
):
    monkeypatch.setattr(reviews, "FIND_AT_ONCE_UP_TO", 0)  # as if the store were large
    first = participants.register(store, MOUSSA)
    participants.register(store, {**MOUSSA, "first_name": "Mousa"}, same_document_as=first["id"])
    found = []
    real = duplicates.candidate_pairs
    monkeypatch.setattr(duplicates, "candidate_pairs", lambda s: found.append(True) or real(s))
    exchange = ExchangePage(store)
    qtbot.addWidget(exchange)
    exchange.show()
    review = exchange.findChild(reviews.DuplicateReview)
    title = exchange.tabs.tabText(exchange.reviews.index(review) + 1)
    assert review.searching and "looking" in title and found == []  # not on the UI thread
    assert not review.merge_button.isEnabled()
    exchange.set_folder(tmp_path)  # the rest of the screen works meanwhile
    assert exchange.export_button.isEnabled() and exchange.keys_button.isEnabled()
    qtbot.waitUntil(lambda: not review.searching, timeout=10000)
    assert found and review.pairs_model.rowCount() == 1
    assert review.pairs_model.rows[0]["a"]["id"] == first["id"] and review.merge_button.isEnabled()
    assert exchange.tabs.tabText(exchange.reviews.index(review) + 1).endswith("(1)")
    # shown again without a write since: nothing to find again, the pairs show at once
    exchange.refresh()
    assert not review.searching and review.pairs_model.rowCount() == 1
