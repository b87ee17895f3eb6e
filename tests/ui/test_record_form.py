"""RecordForm and RecordDialog driven like a user would: typing, clicking, Esc, Ctrl+S."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from desktop.domain.messages import ValidationError
from desktop.domain.schema import KINDS
from desktop.domain.validation import validate
from desktop.services import records
from desktop.ui.pages.labs import ASKED
from desktop.ui.widgets.record_dialog import DISCARD, KEEP_EDITING, SAVE, RecordDialog
from desktop.ui.widgets.record_form import RecordForm


def _sample(spec, store_ids):
    """A valid value for every field type."""
    t = spec.type
    if t == "str":
        return "Texto ñ"
    if t == "text":
        return "Línea uno\nLínea dos"
    if t == "int":
        return int(spec.min if spec.min is not None else 3) + 1
    if t == "float":
        return 12.5
    if t == "bool":
        return True
    if t == "date":
        return date(2022, 2, 9)
    if t == "datetime":
        return datetime(2022, 2, 9, 10, 30)
    if t == "enum":
        return list(spec.enum)[-1].value
    if t == "enums":
        members = list(spec.enum)
        return f"{members[0].value},{members[-1].value}"
    if t == "country":
        return "MA"
    if t == "langs":
        return "ar,fr"
    if t == "lang":
        return "wo"
    if t == "isco":
        return "25"
    if t == "ref":
        return store_ids.get(spec.ref)
    raise AssertionError(t)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_builds_and_round_trips(kind, demo_store, qtbot):
    store_ids = {}
    for target in {f.ref for f in KINDS[kind].fields if f.type == "ref"}:
        rows = records.list_all(demo_store, target)
        if not rows and target == "connector":
            rows = [
                records.create(
                    demo_store,
                    "connector",
                    {"full_name": "Ana", "field": "Hostelería", "origin": "local"},
                )
            ]
        store_ids[target] = rows[0]["id"] if rows else None
    form = RecordForm(kind, store=demo_store)
    qtbot.addWidget(form)
    assert list(form.values()) == list(KINDS[kind].names)
    values = {f.name: _sample(f, store_ids) for f in KINDS[kind].fields}
    form.set_values(values)
    assert form.values() == values
    assert not form.is_dirty()
    # every label names its input, every input has an accessible name
    for name in KINDS[kind].names:
        assert form.labels[name].buddy() is form.widget(name)
        assert form.widget(name).accessibleName()


def test_optional_fields_can_be_emptied(qtbot):
    form = RecordForm("enrolment")
    qtbot.addWidget(form)
    form.set_values({"ended_on": date(2022, 5, 20), "hours_attended": 12.0})
    form.set_values({"ended_on": None, "hours_attended": None})
    assert form.values()["ended_on"] is None
    assert form.values()["hours_attended"] is None


def test_typing_gives_typed_values_and_marks_dirty(qtbot):
    form = RecordForm("lab")
    qtbot.addWidget(form)
    form.show()
    seen = []
    form.changed.connect(lambda: seen.append(1))
    assert not form.is_dirty()
    qtbot.keyClicks(form.widget("name"), "  Jardineria  ")
    hours = form.widget("planned_hours")
    hours.setFocus()
    qtbot.keyClicks(hours, "390")
    niche = form.widget("niche")
    niche.setCurrentIndex(niche.findData("gardening"))
    values = form.values()
    assert values["name"] == "Jardineria"
    assert values["planned_hours"] == 390
    assert values["niche"] == "gardening"
    assert form.is_dirty() and seen
    form.mark_clean()
    assert not form.is_dirty()


def test_typing_a_date_into_an_empty_optional_date(qtbot):
    form = RecordForm("enrolment")
    qtbot.addWidget(form)
    form.show()
    edit = form.widget("ended_on")
    edit.setFocus()
    assert form.values()["ended_on"] is None
    qtbot.keyClicks(edit, "20052022")
    assert form.values()["ended_on"] == date(2022, 5, 20)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert form.values()["ended_on"] is None


def test_widget_types_follow_the_field_types(qtbot):
    form = RecordForm("participant")
    qtbot.addWidget(form)
    assert isinstance(form.widget("first_name"), QLineEdit)
    assert isinstance(form.widget("employment_history"), QPlainTextEdit)
    assert isinstance(form.widget("gender"), QComboBox)
    assert isinstance(form.widget("nationality"), QComboBox)
    assert form.widget("nationality").findData("MA") >= 0
    connector = RecordForm("connector")
    qtbot.addWidget(connector)
    assert isinstance(connector.widget("active"), QCheckBox)
    # an optional enum offers an empty choice, a required one does not
    assert form.widget("education").itemData(0) is None
    assert form.widget("gender").findData(None) == -1


def test_invalid_input_shows_the_message_next_to_the_field(store, qtbot):
    form = RecordForm("lab")
    qtbot.addWidget(form)
    form.show()
    form.set_values(
        {
            "name": "Celador",
            "niche": "health_warden",
            "site": "CIFE",
            "start_date": date(2022, 3, 8),
            "end_date": date(2021, 11, 15),
            "planned_hours": 405,
        }
    )
    with pytest.raises(ValidationError) as caught:
        validate("lab", form.values())
    form.show_errors(caught.value)
    assert form.error_text("end_date") == "End date: a lab ends after it starts."
    assert form.error_text("start_date") == ""
    assert form.focusWidget() is form.widget("end_date")
    # the message sits directly below its field, in the same form row
    error = form.findChild(QLabel, "error_end_date")
    assert error.parent() is form.widget("end_date").parent()
    form.clear_errors()
    assert form.error_text("end_date") == ""


def _lab_dialog(store, qtbot, answer=DISCARD):
    dialog = RecordDialog("lab", "New lab", lambda v: records.create(store, "lab", v), store=store)
    dialog.form.ask(ASKED)  # as the Labs screen's form does: a new lab's niche and hours

    class Ask:
        asked = 0

        def unsaved_changes(self, parent):
            Ask.asked += 1
            return answer

        def restore_draft(self, parent, saved_at):
            return False

    dialog.questions = Ask()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, Ask


def test_dialog_keeps_invalid_input_open_and_writes_nothing(store, qtbot):
    dialog, _ask = _lab_dialog(store, qtbot)
    qtbot.keyClicks(dialog.form.widget("name"), "Celador")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.saved is None
    assert dialog.form.error_text("niche") == "Employment niche is required."
    assert dialog.form.error_text("planned_hours") == "Planned hours is required."
    assert dialog.form.error_text("name") == ""
    assert records.list_all(store, "lab") == []


def test_dialog_saves_with_ctrl_s(store, qtbot):
    dialog, _ask = _lab_dialog(store, qtbot)
    form = dialog.form
    qtbot.keyClicks(form.widget("name"), "Auxiliar de jardineria")
    form.widget("niche").setCurrentIndex(form.widget("niche").findData("gardening"))
    form.widget("site").setCurrentIndex(form.widget("site").findData("LOS_ARCOS"))
    form.widget("start_date").set_value(date(2022, 2, 9))
    form.widget("end_date").set_value(date(2022, 5, 20))
    form.widget("planned_hours").setFocus()
    qtbot.keyClicks(form.widget("planned_hours"), "390")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert dialog.saved["planned_hours"] == 390
    [lab] = records.list_all(store, "lab")
    assert lab["name"] == "Auxiliar de jardineria" and lab["end_date"] == date(2022, 5, 20)


def test_dialog_asks_before_closing_with_changes(store, qtbot):
    dialog, ask = _lab_dialog(store, qtbot, answer=KEEP_EDITING)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible() and ask.asked == 0

    dialog, ask = _lab_dialog(store, qtbot, answer=KEEP_EDITING)
    qtbot.keyClicks(dialog.form.widget("name"), "Catering")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ask.asked == 1 and dialog.isVisible()  # the user chose to keep editing
    dialog.close()
    assert ask.asked == 2 and dialog.isVisible()

    dialog.questions.unsaved_changes = lambda parent: DISCARD
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert records.list_all(store, "lab") == []


def test_answering_save_when_closing_saves(store, qtbot):
    dialog, ask = _lab_dialog(store, qtbot, answer=SAVE)
    qtbot.keyClicks(dialog.form.widget("name"), "Catering")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # invalid (no niche): the save fails, the dialog stays open with the messages
    assert ask.asked == 1 and dialog.isVisible()
    assert dialog.form.error_text("niche")


def test_form_follows_a_language_change(qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import catalogue, set_language, translate

    if catalogue("es").translate("Field", "Employment niche") == "Employment niche":
        pytest.skip("no Spanish catalogue compiled")
    form = RecordForm("lab")
    form.ask(ASKED)
    qtbot.addWidget(form)
    niche = form.widget("niche")
    niche.setCurrentIndex(niche.findData("gardening"))
    form.mark_clean()
    assert form.labels["niche"].text() == "Employment niche *"
    try:
        set_language("es")
        QApplication.sendEvent(form, QEvent(QEvent.Type.LanguageChange))
        spanish = translate("Field", "Employment niche")
        assert spanish != "Employment niche"
        assert form.labels["niche"].text().startswith(spanish)
        assert form.widget("niche").accessibleName() == spanish
        assert niche.currentText() == translate("Enum", "Gardening")
        assert form.values()["niche"] == "gardening"  # the value is kept
        assert not form.is_dirty()
    finally:
        set_language("en")
        QApplication.sendEvent(form, QEvent(QEvent.Type.LanguageChange))
    assert form.labels["niche"].text() == "Employment niche *"


def test_tab_moves_through_the_fields_in_order(qtbot):
    from PySide6.QtWidgets import QApplication

    form = RecordForm("company")
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.widget("name").setFocus()
    order = []
    for _ in range(7):
        focused = QApplication.focusWidget()
        owner = next(
            (n for n, w in form.editors.items() if w is focused or w.isAncestorOf(focused)), None
        )
        order.append(owner)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order == ["name", "sector", "contact_name", "phone", "email", "address", "collaboration"]


def test_choosing_languages_in_the_picker(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import language_name
    from desktop.ui.widgets.choice_editors import LanguagePicker

    spanish, arabic = language_name("es"), language_name("ar")  # in the current language
    form = RecordForm("connector")
    qtbot.addWidget(form)
    form.show()
    form.set_values({"languages": "es"})
    editor = form.widget("languages")
    assert editor.shown.text() == spanish
    seen = []

    def pick():
        picker = QApplication.activeModalWidget()
        seen.append(picker)
        assert isinstance(picker, LanguagePicker)
        assert picker.proxy.index(0, 0).data() == spanish  # chosen ones first
        qtbot.keyClicks(picker.filter, arabic[1:4])
        shown = [picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount())]
        assert arabic in shown and len(shown) < 5
        picker.set_checked("ar")
        picker.accept()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    assert seen
    assert form.values()["languages"] == "es,ar"
    assert editor.shown.text() == f"{spanish}, {arabic}"
    assert form.is_dirty()


def test_dialog_shows_other_errors_in_words_and_stays_open(qtbot):
    from desktop.domain.messages import FieldProblem, Message, UserError

    def refuse(values):
        raise UserError(Message("Test", "The database is busy; try again."))

    dialog = RecordDialog("company", "New company", refuse)
    qtbot.addWidget(dialog)
    dialog.questions = type(
        "Ask",
        (),
        {"unsaved_changes": lambda self, p: DISCARD, "restore_draft": lambda self, p, w: False},
    )()
    dialog.show()
    qtbot.keyClicks(dialog.form.widget("name"), "Viveros")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.saved is None
    assert (
        dialog.message.isVisible() and dialog.message.text() == "The database is busy; try again."
    )
    qtbot.keyClicks(dialog.form.widget("name"), " Sur")  # typing again hides the old message
    assert not dialog.message.isVisible()

    # a problem with a field the form does not show is written above the fields
    def odd(values):
        raise ValidationError([FieldProblem("code", Message("Validation", "Code: already used."))])

    dialog.save_fn = odd
    dialog.save()
    assert dialog.form.general_error.isVisible()
    assert dialog.form.general_error.text() == "Code: already used."


def test_clicking_an_empty_date_keeps_it_empty_but_its_calendar_starts_today(qtbot):
    from PySide6.QtCore import QPoint

    from desktop.ui.widgets.dates import calendar_button

    form = RecordForm("enrolment")
    qtbot.addWidget(form)
    form.show()
    edit = form.widget("ended_on")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(10, edit.height() // 2))
    assert form.values()["ended_on"] is None and not form.is_dirty()
    button = calendar_button(edit)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    calendar = edit.calendarWidget()
    assert calendar.isVisible()
    assert calendar.selectedDate().toPython() == date.today()
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)  # closed without choosing: still empty
    assert not calendar.isVisible() and form.values()["ended_on"] is None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)  # today chosen
    assert not calendar.isVisible()
    assert form.values()["ended_on"] == date.today()


def test_long_form_scrolls_to_the_first_problem(store, qtbot):
    from desktop.domain.messages import FieldProblem, Message

    def refuse(values):
        raise ValidationError(
            [FieldProblem("document_number", Message("Validation", "Document number: not valid."))]
        )

    dialog = RecordDialog("participant", "New participant", refuse, store=store)
    qtbot.addWidget(dialog)
    dialog.resize(560, 400)
    dialog.show()
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    dialog.save()
    assert dialog.form.error_text("document_number") == "Document number: not valid."
    assert bar.value() > 0


@pytest.mark.parametrize(
    "kind,field,typed,expected",
    [
        ("enrolment", "ended_on", "12/05/1990", date(1990, 5, 12)),  # optional, empty at first
        ("enrolment", "enrolled_on", "12/05/1990", date(1990, 5, 12)),  # required, starts at today
        ("enrolment", "enrolled_on", "1/5/1990", date(1990, 5, 1)),
        ("enrolment", "enrolled_on", "12051990", date(1990, 5, 12)),
        ("coaching_session", "starts_at", "3-5-2026 9:05", datetime(2026, 5, 3, 9, 5)),
        ("coaching_session", "next_appointment", "12/05/2026 10:30", datetime(2026, 5, 12, 10, 30)),
    ],
)
def test_typing_a_date_as_day_month_year(qtbot, kind, field, typed, expected):
    form = RecordForm(kind)
    qtbot.addWidget(form)
    form.show()
    edit = form.widget(field)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    assert form.values()[field] == expected


def test_clearing_an_optional_date_leaves_it_empty_and_hides_its_old_error(store, qtbot):
    """Deleting the text of an optional date empties it: nothing is saved for it, no 01/01/1900
    shows, and the message about the date it held goes away."""
    form = RecordForm("enrolment", store=store)
    qtbot.addWidget(form)
    form.show()
    form.set_values({"enrolled_on": date(2022, 5, 20), "ended_on": date(2022, 2, 9)})
    try:
        validate(
            "enrolment",
            {**form.values(), "participant_id": "p", "lab_id": "l", "status": "completed"},
        )
    except ValidationError as exc:
        form.show_errors(exc)
    assert form.error_text("ended_on")  # ends before it started
    edit = form.widget("ended_on")
    edit.setFocus()
    edit.end(False)
    for _ in range(len(edit.text())):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "" and form.values()["ended_on"] is None
    assert form.error_text("ended_on") == ""
    form.widget("status").setFocus()  # leaving the field keeps it empty
    assert edit.text() == "" and form.values()["ended_on"] is None
    assert "1900" not in edit.text()


@pytest.mark.parametrize(
    "lang,typed,expected",
    [
        ("en", "31/02/1990", "Ended on: 31/02/1990 does not exist; check the day and the month."),
        (
            "es",
            "31/02/1990",
            "Fecha de finalización: 31/02/1990 no existe; revise el día y el mes.",
        ),
        (
            "fr",
            "30/02/2023",
            "Date de fin de participation : 30/02/2023 n’existe pas ; vérifiez le jour et le mois.",
        ),
        ("en", "12/2022", "Ended on: type the date as day/month/year, e.g. 25/03/1990."),
    ],
)
def test_an_impossible_date_is_said_not_to_exist(store, qtbot, lang, typed, expected):
    from desktop.i18n import set_language
    from desktop.services import participants

    person = participants.register(
        store,
        {
            "first_name": "Ana",
            "last_name": "Gil",
            "birth_date": date(1990, 1, 1),
            "gender": "female",
            "migrant_status": "local",
        },
    )
    lab = records.create(
        store,
        "lab",
        {
            "name": "Jardinería",
            "niche": "gardening",
            "site": "CIFE",
            "start_date": date(2022, 2, 9),
            "end_date": date(2022, 5, 20),
            "planned_hours": 390,
        },
    )
    set_language(lang)
    try:
        saved = []
        dialog = RecordDialog(
            "enrolment",
            "New",
            lambda values: saved.append(values),
            values={
                "lab_id": lab["id"],
                "status": "enrolled",
                "enrolled_on": date(2022, 2, 9),
                "participant_id": person["id"],
            },
            fields=["lab_id", "status", "enrolled_on", "ended_on"],
            store=store,
        )
        qtbot.addWidget(dialog)
        dialog.questions = type(
            "Ask",
            (),
            {"unsaved_changes": lambda self, p: DISCARD, "restore_draft": lambda self, p, w: False},
        )()
        dialog.show()
        edit = dialog.form.widget("ended_on")
        edit.setFocus()
        qtbot.keyClicks(edit, typed)
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert dialog.isVisible() and saved == []
        assert dialog.form.error_text("ended_on") == expected
        assert edit.text() == typed  # kept as typed, to correct
    finally:
        set_language("en")
