"""The quarantine review says why each change is held: a laptop's edit of another site's
participant, its change of reference data and a change dated in the future, side by side; the
coordinator applies one knowingly or discards one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.ids import new_id
from desktop.exchange import rights
from desktop.services import exchange as X
from desktop.services import records
from desktop.ui import errors
from desktop.ui.exchange import ExchangePage
from tests.unit.laptop_rights_support import World


@pytest.fixture
def world(tmp_path, tmp_path_factory):
    w = World(tmp_path, tmp_path_factory, participants=2)
    yield w
    w.close()


def _column(model, title: str) -> int:
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == title
    )


def test_the_review_shows_why_each_change_is_held(qtbot, world, tmp_path, monkeypatch, language):
    monkeypatch.setattr(errors, "ask", lambda *a, **k: "yes")
    pid = records.list_all(world.coordinator, "participant")[0]["id"]
    lab = records.list_all(world.coordinator, "lab")[0]
    mine = new_id()  # a participant of the laptop's own site
    X.apply_import(
        world.coordinator,
        world.bundle(
            [
                world.new(
                    "participant",
                    mine,
                    {
                        "code": "CIF-ZZZZ-0001",
                        "site": "CIFE",
                        "first_name": "Ana",
                        "last_name": "Mía",
                        "birth_date": "1990-03-04",
                        "gender": "female",
                        "migrant_status": "local",
                        "preferred_language": "es",
                    },
                )
            ]
        ),
    )
    hlc, device = world.stamp()
    future = {
        "kind": "participant",
        "id": mine,
        "op": "upsert",  # a laptop whose clock is 3 days ahead
        "fields": {"neighbourhood": ["El Naranjo", hlc + (3 * 86_400_000 << 16), device]},
    }
    path = world.bundle([world.edit("participant", {"id": pid}), world.edit("lab", lab), future])
    X.apply_import(world.coordinator, path)
    usb = tmp_path / "usb"
    usb.mkdir()
    page = ExchangePage(world.coordinator)
    qtbot.addWidget(page)
    page.set_folder(usb)
    review = next(w for w in page.reviews if w.objectName() == "quarantine_review")
    review.refresh()
    model = review.model
    assert model.rowCount() == 3
    reason = _column(model, "Held because")
    shown = sorted(
        model.data(model.index(r, reason), Qt.ItemDataRole.DisplayRole) for r in range(3)
    )
    assert shown == sorted([rights.OTHER_SITE, rights.REFERENCE, rights.FUTURE])
    assert "outside what the laptop that sent them may do" in review.explanation.text()
    language("es")  # the reason in the reader's language
    assert (
        model.headerData(reason, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        == "Retenido porque"
    )
    assert "un participante de otra sede que la del portátil" in {
        model.data(model.index(r, reason), Qt.ItemDataRole.DisplayRole) for r in range(3)
    }
    language("en")
    # the coordinator applies the lab's change knowingly, and discards the edit of the participant
    row_of = {model.data(model.index(r, reason), Qt.ItemDataRole.DisplayRole): r for r in range(3)}
    review.view.selectRow(row_of[rights.REFERENCE])
    review.release_button.click()
    assert records.get(world.coordinator, "lab", lab["id"])["description"] == "Cambiado"
    row_of = {
        model.data(model.index(r, reason), Qt.ItemDataRole.DisplayRole): r
        for r in range(model.rowCount())
    }
    review.view.selectRow(row_of[rights.OTHER_SITE])
    review.discard_button.click()
    assert [
        model.data(model.index(r, reason), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    ] == [rights.FUTURE]
    assert (
        records.get(world.coordinator, "participant", pid)["next_steps"]
        != "Cambiado por otro sitio"
    )


def test_the_laptops_listed_show_the_site_their_bundles_are_applied_within(qtbot, world):
    from desktop.ui.exchange.keys_dialog import KeysDialog

    dialog = KeysDialog(world.coordinator)
    qtbot.addWidget(dialog)
    model = dialog.devices_model
    assert model.rowCount() == 1
    assert (
        model.data(model.index(0, _column(model, "Site")), Qt.ItemDataRole.DisplayRole)
        == "CIFE (main site)"
    )
