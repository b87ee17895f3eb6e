"""The forms left unsaved when the application last closed (a crash, a flat battery), listed at
start-up above the screens: each with the form it belongs to and whose record it is (a
participant's name and code, on screen only), to resume or discard.

A draft's key says which form it is (desktop.storage.drafts): "lab:new", "lab:<id>",
"participant:new", "participant:<id>", and for a participant's records "<kind>:new:<person id>"
or "<kind>:<id>" (a lab enrolment, a coaching session, a meeting, a life story...); a new survey
response adds the questionnaire: "survey_response:new:<person id>:<form>"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate

VISIBLE_ROWS = 4  # more drafts scroll


def of_participant(kind: str) -> bool:
    """Records kept on a participant's page (their forms open there)."""
    from desktop.domain.schema import KINDS

    return kind in KINDS and kind != "participant" and "participant_id" in KINDS[kind].names


@dataclass(frozen=True)
class PendingForm:
    key: str
    kind: str
    record_id: str | None  # None: a new record
    participant: dict | None  # id, first_name, last_name, code of whose record it is
    name: str  # the record's own name (a lab, a connector...), else ""
    missing: bool = False  # the record was deleted since (by a merge, another laptop)

    @property
    def participant_id(self) -> str | None:
        return self.participant["id"] if self.participant else None


def describe(store, key: str) -> PendingForm:
    """Whose form a draft is, read from the store."""
    from desktop.domain.messages import NotFound
    from desktop.services import records
    from desktop.ui.widgets.record_form import ref_label

    kind, _, rest = key.partition(":")
    record_id = None if rest == "new" or rest.startswith("new:") else rest
    person_id = (
        rest[4:].partition(":")[0] if rest.startswith("new:") else None
    )  # "new:<person>[:<form>]"
    participant, name, missing = None, "", False
    try:
        if record_id and kind == "participant":
            person_id = record_id
        elif record_id:
            row = records.get(store, kind, record_id)
            person_id = row.get("participant_id") if of_participant(kind) else None
            name = "" if of_participant(kind) else ref_label(kind, row)
        if person_id:
            row = records.get(store, "participant", person_id)
            participant = {k: row.get(k) for k in ("id", "first_name", "last_name", "code")}
    except NotFound:
        missing = True
    return PendingForm(key, kind, record_id, participant, name, missing)


def form_text(form: PendingForm) -> str:
    """What the form is, e.g. "Coaching session (new)", "Lab enrolment (changes)"."""
    from desktop.domain.schema import KINDS

    kind = translate("Kind", KINDS[form.kind].label)
    if form.kind == "participant":
        return (
            translate("PendingDrafts", "Registration (new)")
            if form.record_id is None
            else translate("PendingDrafts", "Participant's details (changes)")
        )
    if form.record_id is None:
        return translate("PendingDrafts", "{form} (new)").format(form=kind)
    return translate("PendingDrafts", "{form} (changes)").format(form=kind)


def whose_text(form: PendingForm) -> str:
    if form.missing:
        return translate("PendingDrafts", "the record no longer exists")
    if form.participant:
        p = form.participant
        return translate("PendingDrafts", "{first} {last} ({code})").format(
            first=p.get("first_name") or "", last=p.get("last_name") or "", code=p.get("code") or ""
        )
    return form.name


class PendingDrafts(QFrame):
    """One row per draft: what form, whose, Resume and Discard. ``resume_requested(key)``
    asks the window to open the form with its draft; Discard deletes the draft."""

    resume_requested = Signal(str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("draft_bar")
        self.setStyleSheet("QFrame#draft_bar { background: #fff4e5; border: 1px solid #e0a030; }")
        self.draft_text = QLabel(self)
        self.draft_text.setObjectName("draft_text")
        self.draft_text.setWordWrap(True)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_text)
        layout.addWidget(self.scroll_area)
        self.forms: list[PendingForm] = []
        self._rows: dict[str, tuple[QLabel, QLabel, QPushButton, QPushButton]] = {}
        self.hide()

    # ---- contents ----------------------------------------------------------------------
    def show_drafts(self, keys: list[str]) -> None:
        self.forms = [describe(self.store, k) for k in keys] if keys else []
        self._build()

    def _build(self) -> None:
        for widgets in self._rows.values():
            for w in widgets:
                self.grid.removeWidget(w)
                w.deleteLater()
        self._rows = {}
        for i, form in enumerate(self.forms):
            what, whose = QLabel(self.body), QLabel(self.body)
            whose.setWordWrap(True)
            resume, discard = QPushButton(self.body), QPushButton(self.body)
            resume.setObjectName("draft_resume")
            discard.setObjectName("draft_discard")
            resume.setEnabled(not form.missing)
            resume.clicked.connect(lambda _=False, k=form.key: self.resume(k))
            discard.clicked.connect(lambda _=False, k=form.key: self.discard(k))
            for column, cell in enumerate((what, whose, resume, discard)):
                self.grid.addWidget(cell, i, column)
            self._rows[form.key] = (what, whose, resume, discard)
        self.retranslate()
        if self.forms:
            row = self._rows[self.forms[0].key][2].sizeHint().height() + self.grid.verticalSpacing()
            self.scroll_area.setFixedHeight(min(len(self.forms), VISIBLE_ROWS) * row + 4)
        self.setVisible(bool(self.forms))

    def rows(self) -> list[tuple[str, str]]:
        """What is listed: (form, whose) per draft."""
        return [(self._rows[f.key][0].text(), self._rows[f.key][1].text()) for f in self.forms]

    def buttons(self, key: str) -> tuple[QPushButton, QPushButton]:
        """The Resume and Discard buttons of a draft."""
        return self._rows[key][2], self._rows[key][3]

    def keys(self) -> list[str]:
        return [f.key for f in self.forms]

    # ---- actions -----------------------------------------------------------------------
    def forget(self, key: str) -> None:
        """No longer list a draft (its form is open again); it stays on disk until the form
        is saved or closed."""
        self.forms = [f for f in self.forms if f.key != key]
        self._build()

    def resume(self, key: str) -> None:
        self.forget(key)
        self.resume_requested.emit(key)

    def discard(self, key: str) -> None:
        from desktop.storage.drafts import Drafts

        Drafts(self.store.data_dir).discard(key)
        self.forget(key)

    def retranslate(self) -> None:
        self.draft_text.setText(
            translate(
                "PendingDrafts",
                "%n form(s) were not saved when the application last closed. What was typed was "
                "kept: resume to finish it, or discard it.",
                None,
                len(self.forms),
            )
        )
        for form in self.forms:
            what, whose, resume, discard = self._rows[form.key]
            what.setText(form_text(form))
            whose.setText(whose_text(form))
            resume.setText(translate("PendingDrafts", "Resume"))
            discard.setText(translate("PendingDrafts", "Discard"))
            resume.setAccessibleName(
                translate("PendingDrafts", "Resume: {form}, {whose}").format(
                    form=what.text(), whose=whose.text()
                )
            )
            discard.setAccessibleName(
                translate("PendingDrafts", "Discard: {form}, {whose}").format(
                    form=what.text(), whose=whose.text()
                )
            )
