"""Labs, connectors and companies screens, driven through their real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import records, reference
from desktop.ui import events, navigation
from desktop.ui.pages.companies import CompaniesPage
from desktop.ui.pages.connectors import ConnectorsPage
from desktop.ui.pages.labs import PARTNERS, LabsPage
from tests.ui.conftest import NoDraftQuestions

pytestmark = pytest.mark.usefixtures("quiet_record_dialogs")


def _page(cls, store, qtbot):
    page = cls(store)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.answers = []
    page.confirm = lambda text: (page.answers.append(text), page.yes)[1]
    page.yes = True
    page.errors = []
    page.show_error = page.errors.append
    return page


def _choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _save(dialog, qtbot):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _shown_names(page, column=0):
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def _company(store, name, **extra):
    return records.create(store, "company", {"name": name, **extra})


# ---- labs ----------------------------------------------------------------------------------


def test_create_edit_and_delete_a_lab_with_partner_companies(store, qtbot):
    viveros = _company(store, "Viveros Fuenlabrada")
    jardines = _company(store, "Jardines del Sur")
    hospital = _company(store, "Hospital de Fuenlabrada")
    page = _page(LabsPage, store, qtbot)
    seen = []
    events.bus().changed.connect(seen.append)

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    form = dialog.form
    qtbot.keyClicks(form.widget("name"), "Gardening Assistant")
    _choose(form.widget("niche"), "Gardening")
    _choose(form.widget("site"), "Los Arcos")
    form.widget("start_date").set_value(date(2022, 2, 9))
    form.widget("end_date").set_value(date(2022, 5, 20))
    form.widget("planned_hours").setFocus()
    qtbot.keyClicks(form.widget("planned_hours"), "390")
    qtbot.keyClicks(form.widget("schedule"), "L-V 9:00-14:00")
    partners = form.widget(PARTNERS)
    partners.set_checked(viveros["id"])
    partners.set_checked(jardines["id"])
    _save(dialog, qtbot)

    assert page.dialog is None
    [lab] = records.list_all(store, "lab")
    assert (lab["name"], lab["niche"], lab["site"], lab["planned_hours"]) == (
        "Gardening Assistant",
        "gardening",
        "LOS_ARCOS",
        390,
    )
    assert lab["start_date"] == date(2022, 2, 9)
    links = {r["company_id"] for r in records.list_all(store, "lab_company", lab_id=lab["id"])}
    assert links == {viveros["id"], jardines["id"]}
    assert _shown_names(page) == ["Gardening Assistant"]
    assert page.current_id() == lab["id"]  # the new lab is chosen and its detail shown
    assert "Viveros Fuenlabrada" in page.detail.partners.text()
    assert {"lab", "lab_company"} <= seen[-1]

    # edit: one partner leaves, another joins; the planned hours change
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = page.dialog.form
    assert set(form.values()[PARTNERS]) == {viveros["id"], jardines["id"]}
    form.widget(PARTNERS).set_checked(jardines["id"], False)
    form.widget(PARTNERS).set_checked(hospital["id"])
    form.widget("planned_hours").selectAll()
    qtbot.keyClicks(form.widget("planned_hours"), "400")
    _save(page.dialog, qtbot)
    links = {r["company_id"] for r in records.list_all(store, "lab_company", lab_id=lab["id"])}
    assert links == {viveros["id"], hospital["id"]}
    assert records.get(store, "lab", lab["id"])["planned_hours"] == 400
    assert page.model.rows[0]["companies"] == 2

    # delete asks first; "no" keeps everything
    page.yes = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.answers and "Gardening Assistant" in page.answers[-1]
    assert len(records.list_all(store, "lab")) == 1
    page.yes = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert records.list_all(store, "lab") == []
    assert records.list_all(store, "lab_company") == []
    assert len(records.list_all(store, "company")) == 3  # the companies themselves stay
    assert page.model.rowCount() == 0
    events.bus().changed.disconnect(seen.append)


def test_lab_ending_before_it_starts_is_refused_next_to_end_date(store, qtbot):
    page = _page(LabsPage, store, qtbot)
    dialog = page.new_record()
    form = dialog.form
    qtbot.keyClicks(form.widget("name"), "Health Institution Warden")
    _choose(form.widget("niche"), "Health institution warden")
    form.widget("start_date").set_value(date(2022, 3, 8))
    form.widget("end_date").set_value(date(2021, 11, 15))
    form.widget("planned_hours").setFocus()
    qtbot.keyClicks(form.widget("planned_hours"), "405")
    _save(dialog, qtbot)
    assert dialog.isVisible() and page.dialog is dialog
    assert form.error_text("end_date") == "End date: a lab ends after it starts."
    assert form.error_text("start_date") == "" and form.error_text("name") == ""
    assert form.errors["end_date"].isVisible()
    assert records.list_all(store, "lab") == []
    # corrected, it saves
    form.widget("end_date").set_value(date(2022, 3, 8))
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    assert [r["name"] for r in records.list_all(store, "lab")] == ["Health Institution Warden"]


def test_lab_detail_lists_enrolled_participants_with_status_and_hours(demo_store, qtbot):
    page = _page(LabsPage, demo_store, qtbot)
    lab = next(r for r in page.model.rows if r["participants"])
    assert page.select(lab["id"])
    detail = page.detail
    enrolments = records.list_all(demo_store, "enrolment", lab_id=lab["id"])
    assert detail.people_model.rowCount() == len(enrolments) == lab["participants"]
    first = enrolments[0]
    person = records.get(demo_store, "participant", first["participant_id"])
    row = detail.people_model.row_of(person["id"])
    assert row >= 0
    texts = [
        detail.people_model.index(row, c).data() for c in range(detail.people_model.columnCount())
    ]
    assert person["code"] in texts
    assert f"{person['first_name']} {person['last_name']}" in texts
    status_label = {"enrolled": "Enrolled", "completed": "Completed", "dropped_out": "Dropped out"}
    assert status_label[first["status"]] in texts
    assert f"Participants ({len(enrolments)})" == detail.people_box.title()


def test_lab_participants_headers_are_whole_before_a_lab_is_chosen(demo_store, qtbot):
    """The participants pane of the labs screen names its columns in full from the start, and
    every list header has its whole text as a tooltip (for when a narrow screen shortens it)."""
    page = _page(LabsPage, demo_store, qtbot)
    people = page.detail.people
    header = people.horizontalHeader()
    model = people.model()
    for c in range(model.columnCount()):
        assert people.columnWidth(c) >= header.sectionSizeHint(c), model.headerData(
            c, Qt.Orientation.Horizontal
        )
    for m in (model, page.model):
        for c in range(m.columnCount()):
            assert m.headerData(
                c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
            ) == m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def lab_action_for_test(parent, store, lab_id):
    lab_action_for_test.calls.append((parent, store, lab_id))


lab_action_for_test.calls = []


def test_lab_actions_are_buttons_called_with_the_lab(store, qtbot, monkeypatch):
    monkeypatch.setattr(
        navigation,
        "LAB_ACTIONS",
        [("test", f"{__name__}:lab_action_for_test", "Print itineraries…")],
    )
    lab = records.create(
        store,
        "lab",
        {
            "name": "Catering",
            "niche": "catering",
            "site": "CIFE",
            "start_date": date(2024, 1, 15),
            "end_date": date(2024, 5, 10),
            "planned_hours": 360,
        },
    )
    page = _page(LabsPage, store, qtbot)
    [(button, _label)] = page.detail.action_buttons
    assert button.text() == "Print itineraries…"
    page.select(lab["id"])
    assert button.isEnabled()
    lab_action_for_test.calls.clear()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [(parent, called_store, lab_id)] = lab_action_for_test.calls
    assert called_store is store and lab_id == lab["id"] and parent is page.window()
    page.select(None)
    assert not button.isEnabled()


# ---- connectors ----------------------------------------------------------------------------


def test_connector_referred_by_another(store, qtbot):
    page = _page(ConnectorsPage, store, qtbot)
    dialog = page.new_record()
    form = dialog.form
    qtbot.keyClicks(form.widget("full_name"), "Naima Benjelloun")
    qtbot.keyClicks(form.widget("field"), "Tecnologia")
    _choose(form.widget("origin"), "Migrant")
    form.widget("languages").set_value("es,ar")
    assert form.values()["active"] is True  # new connectors start active
    _save(dialog, qtbot)
    naima = records.list_all(store, "connector")[0]
    assert naima["languages"] == "es,ar" and naima["origin"] == "migrant"

    dialog = page.new_record()
    form = dialog.form
    qtbot.keyClicks(form.widget("full_name"), "Paola Cuenca")
    qtbot.keyClicks(form.widget("field"), "Logistica")
    _choose(form.widget("origin"), "Local")
    _choose(form.widget("referred_by_id"), "Naima Benjelloun")
    form.widget("capacity").setFocus()
    qtbot.keyClicks(form.widget("capacity"), "3")
    _save(dialog, qtbot)
    paola = next(
        c for c in records.list_all(store, "connector") if c["full_name"] == "Paola Cuenca"
    )
    assert paola["referred_by_id"] == naima["id"] and paola["capacity"] == 3
    row = page.model.rows[page.model.row_of(paola["id"])]
    assert row["referred_by_name"] == "Naima Benjelloun"
    assert "Naima Benjelloun" in _shown_names(page, 5)

    # edit: Paola takes more newcomers
    page.select(paola["id"])
    dialog = page.edit_current()
    assert dialog.form.values()["referred_by_id"] == naima["id"]
    dialog.form.widget("capacity").selectAll()
    qtbot.keyClicks(dialog.form.widget("capacity"), "5")
    _save(dialog, qtbot)
    assert records.get(store, "connector", paola["id"])["capacity"] == 5
    assert records.get(store, "connector", paola["id"])["referred_by_id"] == naima["id"]

    # a connector cannot be their own referrer: editing Naima does not offer Naima
    page.select(naima["id"])
    dialog = page.edit_current()
    combo = dialog.form.widget("referred_by_id")
    assert combo.findText("Naima Benjelloun") < 0 and combo.findText("Paola Cuenca") >= 0
    dialog.reject()

    # deleting Naima keeps Paola, without a referrer
    page.select(naima["id"])
    assert page.delete_current()
    assert records.get(store, "connector", paola["id"])["referred_by_id"] is None
    assert _shown_names(page) == ["Paola Cuenca"]


def test_filter_ignores_case_and_accents(store, qtbot):
    for name, field in (
        ("José Núñez", "Hostelería"),
        ("Ana Pérez", "Jardinería"),
        ("Omar Diallo", "Logística"),
    ):
        records.create(store, "connector", {"full_name": name, "field": field, "origin": "local"})
    page = _page(ConnectorsPage, store, qtbot)
    qtbot.keyClicks(page.filter, "JARDINERIA")
    assert _shown_names(page) == ["Ana Pérez"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "nunez host")
    assert _shown_names(page) == ["José Núñez"]
    assert page.count.text() == "1 of 3 connectors"
    page.filter.clear()
    assert len(_shown_names(page)) == 3


# ---- companies -----------------------------------------------------------------------------


def test_create_edit_and_delete_a_company(store, qtbot):
    page = _page(CompaniesPage, store, qtbot)
    dialog = page.new_record()
    form = dialog.form
    qtbot.keyClicks(form.widget("name"), "Cuidar en Casa")
    qtbot.keyClicks(form.widget("sector"), "Cuidados")
    qtbot.keyClicks(form.widget("contact_name"), "Marisol Puente")
    qtbot.keyClicks(form.widget("phone"), "+34 91 611 80 64")
    qtbot.mouseClick(form.widget("collaboration").boxes["placements"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.widget("collaboration").boxes["hiring"], Qt.MouseButton.LeftButton)
    _save(dialog, qtbot)
    [company] = records.list_all(store, "company")
    assert company["collaboration"] == "placements,hiring"
    assert _shown_names(page, 7) == ["Hosts work placements, Hires participants"]

    # an invalid email is refused next to the Email field
    dialog = page.edit_current()
    form = dialog.form
    qtbot.keyClicks(form.widget("email"), "info-at-cuidar")
    _save(dialog, qtbot)
    assert form.error_text("email") == "Email: enter an address like name@example.org."
    assert records.get(store, "company", company["id"])["email"] is None
    form.widget("email").clear()
    qtbot.keyClicks(form.widget("email"), "info@cuidar.example")
    _save(dialog, qtbot)
    assert records.get(store, "company", company["id"])["email"] == "info@cuidar.example"

    page.select(company["id"])
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Cuidar en Casa" in page.answers[-1]
    assert records.list_all(store, "company") == []


def test_deleting_a_company_keeps_the_employer_name_of_job_outcomes(demo_store, qtbot):
    outcome = next(
        (o for o in records.list_all(demo_store, "employment_outcome") if o["company_id"]), None
    )
    if outcome is None:
        person = records.list_all(demo_store, "participant")[0]
        company = records.list_all(demo_store, "company")[0]
        outcome = records.create(
            demo_store,
            "employment_outcome",
            {
                "participant_id": person["id"],
                "company_id": company["id"],
                "occupation": "Camarera",
                "contract_type": "temporary",
                "start_date": date(2024, 6, 1),
            },
        )
    company = records.get(demo_store, "company", outcome["company_id"])
    reference.delete_company(demo_store, company["id"])
    kept = records.get(demo_store, "employment_outcome", outcome["id"])
    assert kept["company_id"] is None
    assert kept["employer_name"] == (outcome["employer_name"] or company["name"])


def test_pages_redraw_when_another_screen_changes_their_data(store, qtbot):
    page = _page(CompaniesPage, store, qtbot)
    assert page.model.rowCount() == 0
    _company(store, "Talleres Belén")
    events.data_changed({"company"})
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    events.data_changed({"coaching_session"})  # not shown here: no redraw needed
    assert not page._pending


def test_pages_follow_a_language_change(store, qtbot):
    from desktop.i18n import catalogue, set_language, translate

    if catalogue("es").translate("Field", "Name") == "Name":
        pytest.skip("no Spanish catalogue compiled")
    page = _page(LabsPage, store, qtbot)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    try:
        set_language("es")
        QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
        assert (
            page.model.headerData(0, Qt.Orientation.Horizontal)
            == translate("Field", "Name")
            != "Name"
        )
    finally:
        set_language("en")


def test_main_window_save_close_and_quit_reach_the_open_form(store, qtbot):
    page = _page(CompaniesPage, store, qtbot)
    assert page.can_close()  # nothing open
    dialog = page.new_record()
    qtbot.keyClicks(dialog.form.widget("name"), "Recicla Fuenla")
    page.save()  # File > Save
    assert [c["name"] for c in records.list_all(store, "company")] == ["Recicla Fuenla"]
    assert not dialog.isVisible()

    dialog = page.edit_current()
    dialog.form.widget("sector").setText("Reciclaje")

    class Keep:
        def unsaved_changes(self, parent):
            return "keep"

    dialog.questions = Keep()
    assert not page.can_close()  # the user keeps editing: the application stays open
    page.close_current()
    assert dialog.isVisible()
    dialog.questions = NoDraftQuestions()  # "discard"
    assert page.can_close()
    assert not dialog.isVisible()
    assert records.list_all(store, "company")[0]["sector"] is None


def test_list_keys_and_numeric_sorting(store, qtbot):
    for name, hours in (("Catering", 360), ("Drones", 80), ("IoT", 1200)):
        records.create(
            store,
            "lab",
            {
                "name": name,
                "niche": "catering",
                "site": "CIFE",
                "start_date": date(2024, 1, 15),
                "end_date": date(2024, 5, 10),
                "planned_hours": hours,
            },
        )
    page = _page(LabsPage, store, qtbot)
    hours_col = next(i for i, c in enumerate(page.model.columns) if c.key == "planned_hours")
    page.view.sortByColumn(hours_col, Qt.SortOrder.AscendingOrder)
    assert _shown_names(page) == ["Drones", "Catering", "IoT"]  # 80 < 360 < 1200, not as text
    page.view.sortByColumn(hours_col, Qt.SortOrder.DescendingOrder)
    assert _shown_names(page) == ["IoT", "Catering", "Drones"]

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    # Down from the filter goes to the list; Enter edits, Delete asks and deletes
    page.focus_search()
    qtbot.keyClick(page.filter, Qt.Key.Key_Down)
    assert page.view.hasFocus() and page.current_id() is not None
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.form.values()["name"] == "IoT"
    page.dialog.reject()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "IoT" in page.answers[-1]
    assert sorted(r["name"] for r in records.list_all(store, "lab")) == ["Catering", "Drones"]


def test_enrolled_participant_opens_their_page(demo_store, qtbot):
    from PySide6.QtWidgets import QWidget

    opened = []

    class ParticipantsStub(QWidget):
        def open_participant(self, participant_id):
            opened.append(participant_id)

    class Window(QWidget):
        def page_keys(self):
            return ["participants", "labs"]

        def show_page(self, key):
            assert key == "participants"
            return self.stub

    window = Window()
    window.stub = ParticipantsStub(window)
    qtbot.addWidget(window)
    page = LabsPage(demo_store, window)
    window.resize(1200, 800)
    page.resize(1200, 800)
    window.show()
    page.refresh()
    lab = next(r for r in page.model.rows if r["participants"])
    page.select(lab["id"])
    people = page.detail.people
    index = page.detail.people_model.index(0, 1)
    where = people.visualRect(index).center()
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(people.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [page.detail.people_model.rows[0]["participant_id"]]


def test_a_lab_form_left_by_a_crash_comes_back_with_its_partners(store, qtbot, monkeypatch):
    from desktop.ui.widgets.record_dialog import RecordDialog

    viveros = _company(store, "Viveros Fuenlabrada")
    page = _page(LabsPage, store, qtbot)
    dialog = page.new_record()
    qtbot.keyClicks(dialog.form.widget("name"), "Gardening Assistant")
    dialog.form.widget(PARTNERS).set_checked(viveros["id"])
    dialog.save_draft()  # what the autosave timer does every few seconds
    assert page.draft_keys() == ["lab:new"]

    class Restore(NoDraftQuestions):
        def restore_draft(self, parent, saved_at):
            return True

    monkeypatch.setattr(RecordDialog, "questions", Restore())
    after_crash = _page(LabsPage, store, qtbot)  # a new screen on the same data folder
    dialog = after_crash.open_draft("lab:new")
    qtbot.waitUntil(lambda: dialog.restored_draft)
    assert dialog.form.values()["name"] == "Gardening Assistant"
    assert dialog.form.values()[PARTNERS] == [viveros["id"]]
    assert after_crash.open_draft("company:new") is None  # not this screen's


def test_draft_of_a_deleted_record_is_dropped(store, qtbot):
    from desktop.storage.drafts import Drafts

    company = _company(store, "Talleres Belén")
    Drafts(store.data_dir).save(f"company:{company['id']}", {"name": "Talleres Belén S.L."})
    records.delete(store, "company", company["id"])
    page = _page(CompaniesPage, store, qtbot)
    assert page.open_draft(f"company:{company['id']}") is None
    assert page.errors and "not found" in page.errors[-1]
    assert page.draft_keys() == []


def test_setting_the_same_partners_twice_writes_nothing_new(store):
    a, b = _company(store, "A"), _company(store, "B")
    lab = reference.save_lab(
        store,
        None,
        {
            "name": "Catering",
            "niche": "catering",
            "site": "CIFE",
            "start_date": date(2024, 1, 15),
            "end_date": date(2024, 5, 10),
            "planned_hours": 360,
        },
        [a["id"], b["id"], a["id"]],
    )
    links = records.list_all(store, "lab_company", lab_id=lab["id"])
    assert sorted(r["company_id"] for r in links) == sorted([a["id"], b["id"]])
    reference.set_lab_companies(store, lab["id"], [b["id"], a["id"]])
    assert {r["id"] for r in records.list_all(store, "lab_company", lab_id=lab["id"])} == {
        r["id"] for r in links
    }
    reference.set_lab_companies(store, lab["id"], [])
    assert records.list_all(store, "lab_company") == []
    detail = reference.lab_detail(store, lab["id"])
    assert detail["companies"] == [] and detail["participants"] == []


def test_company_detail_lists_its_labs_and_placements(demo_store, qtbot):
    page = _page(CompaniesPage, demo_store, qtbot)
    company = next(r for r in page.model.rows if r["labs"] and r["placements"])
    page.select(company["id"])
    detail = page.detail
    assert detail.name.text() == company["name"]
    assert detail.labs_model.rowCount() == company["labs"]
    assert detail.placements_model.rowCount() == company["placements"]
    lab_ids = {
        r["lab_id"] for r in records.list_all(demo_store, "lab_company", company_id=company["id"])
    }
    assert {r["id"] for r in detail.labs_model.rows} == lab_ids
    placement = records.list_all(demo_store, "placement", company_id=company["id"])[0]
    person = records.get(demo_store, "participant", placement["participant_id"])
    shown = [
        detail.placements_model.index(r, 0).data()
        for r in range(detail.placements_model.rowCount())
    ]
    assert person["code"] in shown
    assert f"Partner of labs ({company['labs']})" == detail.labs_box.title()


def test_connector_detail_shows_their_network(demo_store, qtbot):
    page = _page(ConnectorsPage, demo_store, qtbot)
    row = next(r for r in page.model.rows if r["meetings"])
    page.select(row["id"])
    detail = page.detail
    assert detail.name.text() == row["full_name"]
    brought = {c["id"] for c in records.list_all(demo_store, "connector", referred_by_id=row["id"])}
    assert {r["id"] for r in detail.recruited_model.rows} == brought
    met = records.list_all(demo_store, "connector_meeting", connector_id=row["id"])
    assert detail.meetings_model.rowCount() == len(met) == row["meetings"]
    referred = records.list_all(demo_store, "referral", connector_id=row["id"])
    assert detail.referrals_model.rowCount() == len(referred)
    assert detail.meetings_box.title() == f"Newcomers met ({len(met)})"
    if row["referred_by_name"]:
        assert f"Referred by: {row['referred_by_name']}" in detail.summary.text()
    page.select(None)
    assert detail.meetings_model.rowCount() == 0


def test_newcomer_met_by_a_connector_opens_their_page(demo_store, qtbot):
    from PySide6.QtWidgets import QWidget

    opened = []

    class Window(QWidget):
        def page_keys(self):
            return ["participants", "connectors"]

        def show_page(self, key):
            return self.stub

    window = Window()
    window.stub = QWidget(window)
    window.stub.open_participant = opened.append
    qtbot.addWidget(window)
    page = ConnectorsPage(demo_store, window)
    window.resize(1200, 800)
    page.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    page.refresh()
    row = next(r for r in page.model.rows if r["meetings"])
    page.select(row["id"])
    view = page.detail.meetings
    index = page.detail.meetings_model.index(0, 1)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [page.detail.meetings_model.rows[0]["participant_id"]]
