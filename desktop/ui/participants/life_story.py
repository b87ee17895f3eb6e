"""The Life story tab: a long-text editor with the language it was told in, the date, who
recorded it and the consent scope. Nothing is publishable without the participant's consent:
without a granted life-story consent a story must stay private (explained here, refused on
save). Changes are kept as a draft while typing and offered back after a crash."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums as E
from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    UserError,
    ValidationError,
)
from desktop.i18n import format_date, format_datetime, render, translate
from desktop.i18n.values import enum_text
from desktop.services import accounts, records
from desktop.services import consents as consent_rules
from desktop.storage.drafts import Drafts
from desktop.ui import errors, jobs
from desktop.ui.widgets.conflict_panel import ConflictPanel
from desktop.ui.widgets.draft_keeper import CLOSE, SAVE, DraftKeeper
from desktop.ui.widgets.record_form import RecordForm

log = logging.getLogger("milma.ui.participants")

FIELDS = ["recorded_on", "language", "recorded_by", "consent_scope", "text"]

NO_CONSENT = Message(
    "LifeStory",
    QT_TRANSLATE_NOOP(
        "LifeStory",
        "Nothing is publishable without consent: record the participant's consent to the "
        "life story (Profile tab) or keep the story private.",
    ),
)


def life_story_consent(consents: list[dict], today: date | None = None) -> dict | None:
    """The consent to the life story in force (desktop.services.consents), if any."""
    found = consent_rules.in_force(consents, consent_rules.STORY, today)
    return max(found, key=lambda c: c["given_on"]) if found else None


class LifeStoryTab(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.store = view.store
        self.setObjectName("tab_life_story")
        self.drafts = Drafts(self.store.data_dir)
        self.stories: list[dict] = []
        self.consents: list[dict] = []
        self.current: dict | None = None  # the story shown; None: a new one
        self.seen: dict | None = (
            None  # its stamps when read: a save over a change made since is refused
        )
        self.stale = None

        self.chooser = QComboBox(self)
        self.chooser.setObjectName("story_chooser")
        self.chooser.activated.connect(self._choose)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_story")
        self.new_button.clicked.connect(self.new_story)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_story")
        self.delete_button.clicked.connect(self.delete_story)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_story")
        self.save_button.clicked.connect(self.save)

        self.consent_label = QLabel(self)
        self.consent_label.setObjectName("consent_info")
        self.consent_label.setWordWrap(True)

        self.draft_bar = QFrame(self)
        self.draft_bar.setObjectName("story_draft")
        self.draft_bar.setStyleSheet(
            "QFrame#story_draft { background: #fff4e5; border: 1px solid #e0a030; }"
        )
        self.draft_text = QLabel(self.draft_bar)
        self.draft_text.setWordWrap(True)
        self.restore_button = QPushButton(self.draft_bar)
        self.restore_button.setObjectName("restore_story_draft")
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button = QPushButton(self.draft_bar)
        self.discard_button.clicked.connect(self.discard_draft)
        bar = QHBoxLayout(self.draft_bar)
        bar.addWidget(self.draft_text, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.discard_button)
        self.draft_bar.hide()
        self.conflict = ConflictPanel(self)
        self.conflict.keep_mine.connect(self.keep_mine)
        self.conflict.take_saved.connect(self.take_saved)

        self.form = RecordForm("life_story", FIELDS, self.store, self)
        self.form.setObjectName("story_form")
        text = self.form.widget("text")
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        text.setMinimumHeight(text.fontMetrics().lineSpacing() * 8)
        self.form.changed.connect(self._changed)
        if accounts.current(self.store) is not None:  # who recorded it is stamped by the service
            self.form.widget("recorded_by").setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.consent_label)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.conflict)
        layout.addWidget(self.form, 1)

        self.keeper = DraftKeeper(
            self, self.drafts, self.draft_key, self.form.values, self.form.is_dirty
        )
        self.retranslate()

    # ---- data -------------------------------------------------------------------------
    def draft_key(self) -> str:
        if self.current:
            return f"life_story:{self.current['id']}"
        return f"life_story:new:{self.view.participant_id}"

    def set_data(self, person: dict, data: dict) -> None:
        self.consents = data.get("consent", [])
        self.stories = sorted(
            data.get("life_story", []), key=lambda s: (s["recorded_on"], s["id"]), reverse=True
        )
        self._update_consent()
        if self.form.is_dirty():
            self._fill_chooser()
            return  # never overwrite what the user is typing
        keep = self.current["id"] if self.current else None
        chosen = next((s for s in self.stories if s["id"] == keep), None) or (
            self.stories[0] if self.stories else None
        )
        self._show(chosen)

    def _defaults(self) -> dict:
        return {
            "recorded_on": date.today(),
            "language": "es",
            "consent_scope": E.ConsentScope.PRIVATE.value,
            "recorded_by": self.store.meta.get("technician_id") or None,
            "text": None,
        }

    def _show(self, story: dict | None) -> None:
        if story is not None:  # as stored now, with its stamps
            try:
                story = records.get(self.store, "life_story", story["id"])
            except UserError:  # deleted meanwhile
                story = None
        self.current = story
        self.seen = records.stamps_of(story) if story else None
        self.stale = None
        self.conflict.hide()
        self.form.clear_errors()
        self.form.set_values(story if story else self._defaults())
        self._fill_chooser()
        self.delete_button.setEnabled(story is not None)
        self._update_consent()
        self._offer_draft()

    def _fill_chooser(self) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for s in self.stories:
            self.chooser.addItem(
                translate("LifeStory", "Story recorded on {date}").format(
                    date=format_date(s["recorded_on"], fmt="medium")
                ),
                s["id"],
            )
        self.chooser.addItem(translate("LifeStory", "New story"), None)
        index = (
            self.chooser.findData(self.current["id"]) if self.current else self.chooser.count() - 1
        )
        self.chooser.setCurrentIndex(index)
        self.chooser.blockSignals(False)

    def _choose(self, index: int) -> None:
        sid = self.chooser.itemData(index)
        if (self.current["id"] if self.current else None) == sid:
            return
        if not self.can_close():
            self._fill_chooser()
            return
        self._show(next((s for s in self.stories if s["id"] == sid), None))

    def _update_consent(self) -> None:
        consent = life_story_consent(self.consents)
        scope = self.current.get("consent_scope") if self.current else None
        if consent and not consent_rules.story_scope_allowed(self.consents, scope):
            self.consent_label.setText(
                translate(
                    "LifeStory",
                    "This story is marked “{scope}”, but the participant consented to “{allowed}” "
                    "only: it must not be published so. Choose a narrower consent scope and save.",
                ).format(
                    scope=enum_text(E.ConsentScope, scope),
                    allowed=enum_text(E.ConsentScope, consent_rules.story_scope(self.consents)),
                )
            )
            self.consent_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        elif consent:
            self.consent_label.setText(
                translate(
                    "LifeStory",
                    "Consent to the life story given on {date}, as “{allowed}”: the story may be "
                    "published that far and no further.",
                ).format(
                    date=format_date(consent["given_on"], fmt="medium"),
                    allowed=enum_text(E.ConsentScope, consent_rules.story_scope(self.consents)),
                )
            )
            self.consent_label.setStyleSheet("")
        elif self.current and self.current.get("consent_scope") != E.ConsentScope.PRIVATE.value:
            self.consent_label.setText(
                translate(
                    "LifeStory",
                    "This story is marked as publishable, but the participant has not given (or has"
                    " withdrawn) consent to the life story: it must not be published. Set the"
                    " consent scope to private and save.",
                )
            )
            self.consent_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.consent_label.setText(render(NO_CONSENT))
            self.consent_label.setStyleSheet("color: #8a4b00; font-weight: bold;")

    # ---- drafts -----------------------------------------------------------------------
    def _changed(self) -> None:
        self.keeper.edited()

    def save_draft(self) -> None:
        """Keep the draft now (what the keeper does a moment after each edit)."""
        self.keeper.keep()

    def _offer_draft(self) -> None:
        if self.keeper.load() is None:
            self.draft_bar.hide()
            return
        when = self.keeper.saved_at()
        self.draft_text.setText(
            translate(
                "LifeStory", "Unsaved changes to this story were kept (last kept {when})."
            ).format(when=format_datetime(when) if when else "")
        )
        self.draft_bar.show()

    def restore_draft(self) -> None:
        draft = self.keeper.load()
        if draft is not None:
            self.form.set_values(draft, clean=False)
        self.draft_bar.hide()

    # ---- the story changed since it was shown ----------------------------------------
    def keep_mine(self) -> None:
        """Save the text shown here over the values saved meanwhile (now seen)."""
        if self.stale is not None and self.current:
            self.seen = self.stale.stamps.get(self.current["id"], self.seen)
            self.conflict.hide()
            self.save()

    def take_saved(self) -> None:
        """Show the values saved meanwhile; other changes typed here stay."""
        if self.stale is None or not self.current:
            return
        self.form.take_stored({d.field: d.stored for d in self.stale.differences})
        self.seen = self.stale.stamps.get(self.current["id"], self.seen)
        self.stale = None
        self.conflict.hide()

    def resume_draft(self, story_id: str | None) -> None:
        """Show the story (``None``: a new one) with its kept draft (the user chose to resume
        it)."""
        if (self.current["id"] if self.current else None) != story_id:
            self._show(next((s for s in self.stories if s["id"] == story_id), None))
        self.restore_draft()

    def discard_draft(self) -> None:
        self.keeper.discard()
        self.draft_bar.hide()

    # ---- actions ----------------------------------------------------------------------
    def new_story(self) -> None:
        if not self.can_close():
            return
        self._show(None)
        self.form.widget("text").setFocus()

    def check(self, values: dict) -> None:
        """No story marked publishable beyond the scope the person consented to (the service's
        gate)."""
        consent_rules.check_story_scope(
            self.store, self.view.participant_id, values.get("consent_scope")
        )

    def save(self) -> bool:
        values = self.form.values()
        try:
            typed = self.form.input_problems()
            if typed:
                raise ValidationError(typed)
            self.check(values)
            if (current := self.current) is not None:
                saved = jobs.runner().write(
                    lambda: records.update(
                        self.store, "life_story", current["id"], values, seen=self.seen
                    )
                )
            else:
                saved = jobs.runner().write(
                    lambda: records.create(
                        self.store,
                        "life_story",
                        {**values, "participant_id": self.view.participant_id},
                    )
                )
        except records.StaleRecord as exc:
            self.stale = exc
            self.conflict.show_differences(
                render(exc.message),
                [
                    (
                        self.form.field_label(d.field),
                        self.form.value_text(d.field, d.stored),
                        self.form.value_text(d.field, d.yours),
                    )
                    for d in exc.differences
                ],
            )
            return False
        except ValidationError as exc:
            self.form.show_errors(exc)
            return False
        except UserError as exc:
            errors.show_error(self, exc)
            return False
        self.stale = None
        self.conflict.hide()
        self.seen = records.stamps_of(saved)
        self.keeper.discard()  # of the story as it was shown (a new one's, before it has an id)
        self.draft_bar.hide()
        self.current = saved
        self.form.mark_clean()
        self._update_consent()
        log.info("life story saved for participant %s", self.view.participant_id)
        return True

    def delete_story(self) -> None:
        current = self.current
        if not current:
            return
        if (
            errors.ask(
                self, translate("LifeStory", "Delete this life story? This cannot be undone.")
            )
            != "yes"
        ):
            return
        try:
            jobs.runner().write(lambda: records.delete(self.store, "life_story", current["id"]))
        except UserError as exc:
            errors.show_error(self, exc)
            return
        self.keeper.discard()
        self.current = None
        self.form.mark_clean()

    def can_close(self) -> bool:
        step = self.keeper.leaving(
            lambda: errors.ask(
                self, translate("LifeStory", "Save the changes to the life story?"), discard=True
            ),
            final=False,
        )
        if step == SAVE:
            return self.save()
        if step == CLOSE:
            self.form.mark_clean()
            return True
        return False

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.keeper.hidden()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.conflict.retranslate()
        self.new_button.setText(translate("LifeStory", "&New story"))
        self.delete_button.setText(translate("LifeStory", "&Delete story"))
        self.save_button.setText(translate("LifeStory", "&Save story"))
        self.save_button.setToolTip(translate("LifeStory", "Save the story (Ctrl+S)"))
        self.chooser.setAccessibleName(translate("LifeStory", "Life stories of this participant"))
        self.restore_button.setText(translate("LifeStory", "&Restore"))
        self.discard_button.setText(translate("LifeStory", "Discard"))
        self._update_consent()
        self._fill_chooser()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
