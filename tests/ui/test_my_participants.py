"""The technician filter of the participants list, chosen as a technician would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import participants, records
from desktop.ui.participants.page import ParticipantsPage


def test_my_participants_then_a_colleagues_then_all(qtbot, store):
    luis = records.create(
        store, "technician", {"full_name": "Luis Pardo", "site": "CIFE", "active": True}
    )["id"]
    for first, tech in (("Alba", None), ("Bruno", luis), ("Carla", luis)):
        values = {
            "first_name": first,
            "last_name": "Ruiz",
            "birth_date": "1990-02-02",
            "gender": "female",
            "migrant_status": "local",
        }
        participants.register(store, {**values, "technician_id": tech} if tech else values)
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    lst = page.list
    combo = lst.f_technician
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All technicians",
        "My participants",
        "Luis Pardo",
    ]
    assert combo.accessibleName() == "Filter by technician"

    def shown():
        return [lst.model.row(i)["first_name"] for i in range(lst.model.rowCount())]

    assert shown() == ["Alba", "Bruno", "Carla"]
    combo.setCurrentIndex(combo.findText("My participants"))
    assert shown() == ["Alba"] and lst.count_label.text() == "1 participant"
    combo.setCurrentIndex(combo.findText("Luis Pardo"))
    assert shown() == ["Bruno", "Carla"]
    qtbot.mouseClick(lst.clear_filters_button, Qt.MouseButton.LeftButton)
    assert combo.currentIndex() == 0 and shown() == ["Alba", "Bruno", "Carla"]
    # a technician added elsewhere (another screen, an import) joins the choices
    records.create(store, "technician", {"full_name": "Eva Soler", "site": "CIFE", "active": True})
    from desktop.ui.events import data_changed

    data_changed({"technician"})
    assert combo.findText("Eva Soler") > 0


def test_without_a_technician_chosen_there_is_no_my_participants(qtbot, store):
    store.meta["technician_id"] = ""
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.refresh()
    combo = page.list.f_technician
    assert [combo.itemText(i) for i in range(combo.count())] == ["All technicians", "Ana Técnica"]
