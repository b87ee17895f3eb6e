"""Every heading and label of the subject access document, marked for pyside6-lupdate (context
"SubjectAccess"), translated in the participant's language whatever the interface shows."""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "SubjectAccess"

TITLE = QT_TRANSLATE_NOOP("SubjectAccess", "Everything we hold about you")
INTRO = QT_TRANSLATE_NOOP(
    "SubjectAccess",
    "This document lists every record the MILMA programme keeps about you on this computer, "
    "field by field, as the staff see them. You have the right to a copy of your data, to have "
    "it corrected or erased, and to receive it in a machine-readable form: the file with the "
    "same name ending in .json holds the same data. Ask your technician.",
)
LEGEND = QT_TRANSLATE_NOOP(
    "SubjectAccess",
    "◆ Special category: data about your origin, your immigration status or your life story, "
    "which the law protects in particular.",
)
SPECIAL = QT_TRANSLATE_NOOP("SubjectAccess", "◆ special category")
PARTICIPANT = QT_TRANSLATE_NOOP("SubjectAccess", "Participant")
CODE = QT_TRANSLATE_NOOP("SubjectAccess", "Participant code")
PRINTED_ON = QT_TRANSLATE_NOOP("SubjectAccess", "Printed on")
H_PERSON = QT_TRANSLATE_NOOP("SubjectAccess", "Your personal details")
H_DUPLICATES = QT_TRANSLATE_NOOP(
    "SubjectAccess", "Records of you registered twice and merged into this one"
)
H_KIND = QT_TRANSLATE_NOOP("SubjectAccess", "{kind} ({count})")
RECORD = QT_TRANSLATE_NOOP("SubjectAccess", "Record {number} of {count}")
H_AUDIT = QT_TRANSLATE_NOOP("SubjectAccess", "Who looked at or changed your records")
AUDIT_INTRO = QT_TRANSLATE_NOOP(
    "SubjectAccess",
    "Each time a member of staff opened your page, changed, printed or exported your records.",
)
C_WHEN = QT_TRANSLATE_NOOP("SubjectAccess", "When")
C_WHAT = QT_TRANSLATE_NOOP("SubjectAccess", "What")
C_RECORD = QT_TRANSLATE_NOOP("SubjectAccess", "Record")
NOTHING = QT_TRANSLATE_NOOP("SubjectAccess", "Nothing else is recorded about you.")
PAGE = QT_TRANSLATE_NOOP("SubjectAccess", "Page {page} of {pages}")
FOOTER = QT_TRANSLATE_NOOP("SubjectAccess", "MILMA · personal data held · printed on {date}")
