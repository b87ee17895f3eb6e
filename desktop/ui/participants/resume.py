"""Reopen, on a participant's page, the form a draft was kept for (a lab enrolment, a coaching
session, a consent, a connector meeting, a life story...), with what was typed in it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services import records
from desktop.ui.participants.sections import RecordSection


def _tab_of(view, widget: QWidget | None) -> QWidget | None:
    while widget is not None and widget not in view.tab_list:
        widget = widget.parentWidget()
    return widget


def resume(view, key: str):
    """Open the form of ``key`` (see desktop.ui.widgets.pending_drafts) on the participant's
    page ``view`` and put the draft in it. Returns the form (dialog or tab), or None when the
    record no longer exists (the caller has shown why)."""
    kind, _, rest = key.partition(":")
    record_id = None if rest.startswith("new:") else rest
    if kind == "life_story":
        view.show_tab(view.life_story)
        view.life_story.resume_draft(record_id)
        return view.life_story
    if kind == "survey_response":
        view.show_tab(view.surveys)
        dialog = view.surveys.resume(rest)
    elif kind == "connector_meeting":
        view.show_tab(view.meetings)
        tab = view.meetings
        dialog = tab.edit_meeting({"id": record_id}) if record_id else tab.add_meeting()
    else:
        section = next((s for s in view.findChildren(RecordSection) if s.kind == kind), None)
        if section is None:
            return None
        view.show_tab(_tab_of(view, section))
        dialog = (
            section.edit(records.get(view.store, kind, record_id)) if record_id else section.add()
        )
    if dialog is not None:
        dialog.resume_draft()
    return dialog
