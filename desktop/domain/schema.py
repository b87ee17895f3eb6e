"""The record kinds of the programme and their fields, as the user sees them.

Each field has a translatable label (context "Field"), a type and its rules. The storage
layer has one table per kind with the same field names (a test keeps the two in step);
validation, JSON coding and the forms read these specs.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class F:
    name: str
    label: str
    # str, text, int, float, bool, date, datetime, enum, enums, ref, country, langs, lang, isco
    type: str = "str"
    required: bool = False
    enum: builtins.type[E.LabelledEnum] | None = (
        None  # the field `type` above hides the builtin here
    )
    ref: str | None = None  # kind referenced by a "ref" field
    max_len: int | None = None
    min: float | None = None
    max: float | None = None
    personal: bool = False  # personal data: never logged, never left in a tombstone
    special: bool = (
        False  # a special category of personal data (origin, immigration status, life story)
    )

    def __post_init__(self) -> None:
        # a "ref" field names its kind and an "enum"/"enums" field its enum, and no other field has
        # either: `f.ref is not None` and `f.enum is not None` say the same as the type
        if (self.type == "ref") != (self.ref is not None):
            raise ValueError(
                f"field {self.name}: a ref field, and only one, names the kind it references"
            )
        if (self.type in ("enum", "enums")) != (self.enum is not None):
            raise ValueError(f"field {self.name}: an enum field, and only one, names its enum")

    @property
    def choices(self) -> frozenset[str]:
        """The values an "enum"/"enums" field allows (none for another field)."""
        return frozenset(m.value for m in self.enum) if self.enum is not None else frozenset()


@dataclass(frozen=True)
class Kind:
    name: str  # table name
    label: str
    fields: tuple[F, ...]

    def field(self, name: str) -> F:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _k(name: str, label: str, *fields: F) -> Kind:
    return Kind(name, label, fields)


SITE = _k(
    "site",
    QT_TRANSLATE_NOOP("Kind", "Site"),
    F("code", QT_TRANSLATE_NOOP("Field", "Code"), "enum", required=True, enum=E.Site),
    F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True, max_len=120),
    F("address", QT_TRANSLATE_NOOP("Field", "Address"), max_len=200),
    F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), max_len=30),
)

TECHNICIAN = _k(
    "technician",
    QT_TRANSLATE_NOOP("Kind", "Technician"),
    F(
        "full_name",
        QT_TRANSLATE_NOOP("Field", "Full name"),
        required=True,
        max_len=120,
        personal=True,
    ),
    F("site", QT_TRANSLATE_NOOP("Field", "Site"), "enum", required=True, enum=E.Site),
    F("email", QT_TRANSLATE_NOOP("Field", "Email"), max_len=120, personal=True),
    F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), max_len=30, personal=True),
    F("active", QT_TRANSLATE_NOOP("Field", "Active"), "bool"),
)

PARTICIPANT = _k(
    "participant",
    QT_TRANSLATE_NOOP("Kind", "Participant"),
    F("code", QT_TRANSLATE_NOOP("Field", "Code"), required=True, max_len=20),
    F("site", QT_TRANSLATE_NOOP("Field", "Site"), "enum", required=True, enum=E.Site),
    F(
        "first_name",
        QT_TRANSLATE_NOOP("Field", "First name"),
        required=True,
        max_len=80,
        personal=True,
    ),
    F(
        "last_name",
        QT_TRANSLATE_NOOP("Field", "Last name"),
        required=True,
        max_len=120,
        personal=True,
    ),
    F("birth_date", QT_TRANSLATE_NOOP("Field", "Birth date"), "date", required=True, personal=True),
    F(
        "gender",
        QT_TRANSLATE_NOOP("Field", "Gender"),
        "enum",
        required=True,
        enum=E.Gender,
        personal=True,
    ),
    F(
        "nationality",
        QT_TRANSLATE_NOOP("Field", "Nationality"),
        "country",
        personal=True,
        special=True,
    ),
    F(
        "migrant_status",
        QT_TRANSLATE_NOOP("Field", "Migrant status"),
        "enum",
        required=True,
        enum=E.MigrantStatus,
        personal=True,
        special=True,
    ),
    F(
        "arrival_date",
        QT_TRANSLATE_NOOP("Field", "Arrival in Spain"),
        "date",
        personal=True,
        special=True,
    ),
    F("languages", QT_TRANSLATE_NOOP("Field", "Languages spoken"), "langs", personal=True),
    F(
        "spanish_level",
        QT_TRANSLATE_NOOP("Field", "Spanish level"),
        "enum",
        enum=E.SpanishLevel,
        personal=True,
    ),
    F(
        "education",
        QT_TRANSLATE_NOOP("Field", "Education"),
        "enum",
        enum=E.Education,
        personal=True,
    ),
    F(
        "employment_history",
        QT_TRANSLATE_NOOP("Field", "Employment history"),
        "text",
        max_len=4000,
        personal=True,
    ),
    F("unemployed_since", QT_TRANSLATE_NOOP("Field", "Unemployed since"), "date", personal=True),
    F(
        "desired_occupation",
        QT_TRANSLATE_NOOP("Field", "Desired occupation"),
        max_len=120,
        personal=True,
    ),
    F("desired_occupation_group", QT_TRANSLATE_NOOP("Field", "Occupation group (ISCO-08)"), "isco"),
    F("neighbourhood", QT_TRANSLATE_NOOP("Field", "Neighbourhood"), max_len=80, personal=True),
    F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), max_len=30, personal=True),
    F("email", QT_TRANSLATE_NOOP("Field", "Email"), max_len=120, personal=True),
    F(
        "preferred_language",
        QT_TRANSLATE_NOOP("Field", "Language for documents"),
        "enum",
        required=True,
        enum=E.DocLanguage,
    ),
    F(
        "document_type",
        QT_TRANSLATE_NOOP("Field", "Identity document"),
        "enum",
        enum=E.DocumentType,
        personal=True,
    ),
    F("document_number", QT_TRANSLATE_NOOP("Field", "Document number"), max_len=30, personal=True),
    F("technician_id", QT_TRANSLATE_NOOP("Field", "Technician"), "ref", ref="technician"),
    F(
        "next_steps",
        QT_TRANSLATE_NOOP("Field", "Agreed next steps"),
        "text",
        max_len=4000,
        personal=True,
    ),
)

COMPANY = _k(
    "company",
    QT_TRANSLATE_NOOP("Kind", "Company"),
    F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True, max_len=160),
    F("sector", QT_TRANSLATE_NOOP("Field", "Sector"), max_len=120),
    F("contact_name", QT_TRANSLATE_NOOP("Field", "Contact person"), max_len=120, personal=True),
    F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), max_len=30, personal=True),
    F("email", QT_TRANSLATE_NOOP("Field", "Email"), max_len=120, personal=True),
    F("address", QT_TRANSLATE_NOOP("Field", "Address"), max_len=200),
    F(
        "collaboration",
        QT_TRANSLATE_NOOP("Field", "Collaboration"),
        "enums",
        enum=E.CollaborationType,
    ),
)

LAB = _k(
    "lab",
    QT_TRANSLATE_NOOP("Kind", "Lab"),
    F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True, max_len=160),
    # niche and planned hours may be empty: a lab brought in from the programme's history has
    # neither until a technician completes it (the Labs form asks for them for a new lab)
    F("niche", QT_TRANSLATE_NOOP("Field", "Employment niche"), "enum", enum=E.Niche),
    F("site", QT_TRANSLATE_NOOP("Field", "Site"), "enum", required=True, enum=E.Site),
    F("start_date", QT_TRANSLATE_NOOP("Field", "Start date"), "date", required=True),
    F("end_date", QT_TRANSLATE_NOOP("Field", "End date"), "date", required=True),
    F("planned_hours", QT_TRANSLATE_NOOP("Field", "Planned hours"), "int", min=1, max=5000),
    F("schedule", QT_TRANSLATE_NOOP("Field", "Schedule"), max_len=200),
    F("description", QT_TRANSLATE_NOOP("Field", "Description"), "text", max_len=4000),
)

LAB_COMPANY = _k(
    "lab_company",
    QT_TRANSLATE_NOOP("Kind", "Partner company of a lab"),
    F("lab_id", QT_TRANSLATE_NOOP("Field", "Lab"), "ref", required=True, ref="lab"),
    F("company_id", QT_TRANSLATE_NOOP("Field", "Company"), "ref", required=True, ref="company"),
)

ENROLMENT = _k(
    "enrolment",
    QT_TRANSLATE_NOOP("Kind", "Lab enrolment"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F("lab_id", QT_TRANSLATE_NOOP("Field", "Lab"), "ref", required=True, ref="lab"),
    F(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "enum",
        required=True,
        enum=E.EnrolmentStatus,
    ),
    F("enrolled_on", QT_TRANSLATE_NOOP("Field", "Enrolled on"), "date", required=True),
    F("ended_on", QT_TRANSLATE_NOOP("Field", "Ended on"), "date"),
    F("hours_attended", QT_TRANSLATE_NOOP("Field", "Hours attended"), "float", min=0, max=5000),
)

# One participant's attendance on one lab day. Its id is made from the enrolment and the day
# (services.attendance.attendance_id): the same day recorded on two laptops is one record whose
# differing fields merge (the losing value waits in the conflict review), never two rows.
ATTENDANCE = _k(
    "attendance",
    QT_TRANSLATE_NOOP("Kind", "Lab attendance"),
    F(
        "enrolment_id",
        QT_TRANSLATE_NOOP("Field", "Lab enrolment"),
        "ref",
        required=True,
        ref="enrolment",
    ),
    F("day", QT_TRANSLATE_NOOP("Field", "Date"), "date", required=True),
    F(
        "status",
        QT_TRANSLATE_NOOP("Field", "Attendance"),
        "enum",
        required=True,
        enum=E.AttendanceStatus,
    ),
    F("hours", QT_TRANSLATE_NOOP("Field", "Hours"), "float", required=True, min=0, max=24),
    F("note", QT_TRANSLATE_NOOP("Field", "Note"), max_len=300, personal=True),
)

GOAL = _k(
    "goal",
    QT_TRANSLATE_NOOP("Kind", "Development-plan goal"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F("title", QT_TRANSLATE_NOOP("Field", "Goal"), required=True, max_len=200, personal=True),
    F("area", QT_TRANSLATE_NOOP("Field", "Area"), "enum", enum=E.GoalArea),
    F("status", QT_TRANSLATE_NOOP("Field", "Status"), "enum", required=True, enum=E.GoalStatus),
    F("target_date", QT_TRANSLATE_NOOP("Field", "Target date"), "date"),
    F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "text", max_len=4000, personal=True),
)

COACHING_SESSION = _k(
    "coaching_session",
    QT_TRANSLATE_NOOP("Kind", "Coaching session"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F("technician_id", QT_TRANSLATE_NOOP("Field", "Technician"), "ref", ref="technician"),
    F("starts_at", QT_TRANSLATE_NOOP("Field", "Date and time"), "datetime", required=True),
    F(
        "duration_minutes",
        QT_TRANSLATE_NOOP("Field", "Duration (minutes)"),
        "int",
        required=True,
        min=1,
        max=600,
    ),
    F(
        "kind",
        QT_TRANSLATE_NOOP("Field", "Individual or group"),
        "enum",
        required=True,
        enum=E.SessionKind,
    ),
    F("topics", QT_TRANSLATE_NOOP("Field", "Topics"), "enums", enum=E.SessionTopic),
    F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "text", max_len=8000, personal=True),
    F(
        "agreed_actions",
        QT_TRANSLATE_NOOP("Field", "Agreed actions"),
        "text",
        max_len=4000,
        personal=True,
    ),
    F("next_appointment", QT_TRANSLATE_NOOP("Field", "Next appointment"), "datetime"),
)

LIFE_STORY = _k(
    "life_story",
    QT_TRANSLATE_NOOP("Kind", "Life story"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F(
        "text",
        QT_TRANSLATE_NOOP("Field", "Story"),
        "text",
        required=True,
        max_len=100_000,
        personal=True,
        special=True,
    ),
    F("language", QT_TRANSLATE_NOOP("Field", "Language told in"), "lang"),
    F("recorded_on", QT_TRANSLATE_NOOP("Field", "Recorded on"), "date", required=True),
    F("recorded_by", QT_TRANSLATE_NOOP("Field", "Recorded by"), "ref", ref="technician"),
    F(
        "consent_scope",
        QT_TRANSLATE_NOOP("Field", "Consent"),
        "enum",
        required=True,
        enum=E.ConsentScope,
    ),
)

CONSENT = _k(
    "consent",
    QT_TRANSLATE_NOOP("Kind", "Consent"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F("kind", QT_TRANSLATE_NOOP("Field", "Consent for"), "enum", required=True, enum=E.ConsentKind),
    F("granted", QT_TRANSLATE_NOOP("Field", "Granted"), "bool", required=True),
    F("given_on", QT_TRANSLATE_NOOP("Field", "Date"), "date", required=True),
    F("withdrawn_on", QT_TRANSLATE_NOOP("Field", "Withdrawn on"), "date"),
    # the life story only: what may be done with it (none recorded counts as private)
    F("scope", QT_TRANSLATE_NOOP("Field", "Scope"), "enum", enum=E.ConsentScope),
)

CONNECTOR = _k(
    "connector",
    QT_TRANSLATE_NOOP("Kind", "Connector"),
    F(
        "full_name",
        QT_TRANSLATE_NOOP("Field", "Full name"),
        required=True,
        max_len=120,
        personal=True,
    ),
    F("field", QT_TRANSLATE_NOOP("Field", "Professional field"), required=True, max_len=120),
    F("occupation_group", QT_TRANSLATE_NOOP("Field", "Occupation group (ISCO-08)"), "isco"),
    F("sector", QT_TRANSLATE_NOOP("Field", "Sector"), max_len=120),
    F("languages", QT_TRANSLATE_NOOP("Field", "Languages spoken"), "langs"),
    F("neighbourhood", QT_TRANSLATE_NOOP("Field", "Neighbourhood"), max_len=80),
    F("availability", QT_TRANSLATE_NOOP("Field", "Availability"), "enum", enum=E.Availability),
    F(
        "origin",
        QT_TRANSLATE_NOOP("Field", "Local or migrant"),
        "enum",
        required=True,
        enum=E.Origin,
        special=True,
    ),
    F("referred_by_id", QT_TRANSLATE_NOOP("Field", "Referred by"), "ref", ref="connector"),
    F("capacity", QT_TRANSLATE_NOOP("Field", "Newcomers at a time"), "int", min=0, max=50),
    F("contact_consent_on", QT_TRANSLATE_NOOP("Field", "Agreed to be contacted on"), "date"),
    F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), max_len=30, personal=True),
    F("email", QT_TRANSLATE_NOOP("Field", "Email"), max_len=120, personal=True),
    F("active", QT_TRANSLATE_NOOP("Field", "Active"), "bool"),
    # a participant who found work and became a connector: the two records stay linked
    F("participant_id", QT_TRANSLATE_NOOP("Field", "Participant"), "ref", ref="participant"),
)

CONNECTOR_MEETING = _k(
    "connector_meeting",
    QT_TRANSLATE_NOOP("Kind", "Connector meeting"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F(
        "connector_id",
        QT_TRANSLATE_NOOP("Field", "Connector"),
        "ref",
        required=True,
        ref="connector",
    ),
    F("met_on", QT_TRANSLATE_NOOP("Field", "Date"), "date", required=True),
    F(
        "mode",
        QT_TRANSLATE_NOOP("Field", "In person or virtual"),
        "enum",
        required=True,
        enum=E.MeetingMode,
    ),
    # planned (the date may be still to come), held or cancelled: only held ones are counted
    F("status", QT_TRANSLATE_NOOP("Field", "Status"), "enum", required=True, enum=E.MeetingStatus),
    F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "text", max_len=4000, personal=True),
    # the technician of the account that logged it (desktop.services.accounts.STAMPED); empty
    # for meetings logged before meetings named who logged them (migration 0020)
    F("recorded_by", QT_TRANSLATE_NOOP("Field", "Recorded by"), "ref", ref="technician"),
)

REFERRAL = _k(
    "referral",
    QT_TRANSLATE_NOOP("Kind", "Referral"),
    F(
        "meeting_id",
        QT_TRANSLATE_NOOP("Field", "Meeting"),
        "ref",
        required=True,
        ref="connector_meeting",
    ),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F(
        "connector_id",
        QT_TRANSLATE_NOOP("Field", "Referred to"),
        "ref",
        required=True,
        ref="connector",
    ),
    F("status", QT_TRANSLATE_NOOP("Field", "Status"), "enum", required=True, enum=E.ReferralStatus),
    F("happened_on", QT_TRANSLATE_NOOP("Field", "Happened on"), "date"),
    F(
        "dropped_reason",
        QT_TRANSLATE_NOOP("Field", "Why it was dropped"),
        max_len=300,
        personal=True,
    ),
)

# A local association of the reference list the coordinator keeps (sent back to the laptops
# with the labs); an inactive one stays for the introductions recorded to it.
ASSOCIATION = _k(
    "association",
    QT_TRANSLATE_NOOP("Kind", "Association"),
    F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True, max_len=160),
    F("neighbourhood", QT_TRANSLATE_NOOP("Field", "Neighbourhood"), max_len=80),
    F("address", QT_TRANSLATE_NOOP("Field", "Address"), max_len=200),
    F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), max_len=30, personal=True),
    F("email", QT_TRANSLATE_NOOP("Field", "Email"), max_len=120, personal=True),
    F("active", QT_TRANSLATE_NOOP("Field", "Active"), "bool"),
)

# A newcomer introduced to an area that helps inclusion, and whether they would like to join it.
INCLUSION_INTRODUCTION = _k(
    "inclusion_introduction",
    QT_TRANSLATE_NOOP("Kind", "Introduction to an inclusion area"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F("introduced_on", QT_TRANSLATE_NOOP("Field", "Date"), "date", required=True),
    F("area", QT_TRANSLATE_NOOP("Field", "Area"), "enum", required=True, enum=E.InclusionArea),
    # the association, when the area is a local association (and only then)
    F("association_id", QT_TRANSLATE_NOOP("Field", "Association"), "ref", ref="association"),
    F(
        "interest",
        QT_TRANSLATE_NOOP("Field", "Interest in joining"),
        "enum",
        required=True,
        enum=E.JoinInterest,
    ),
    F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "text", max_len=2000, personal=True),
)

PLACEMENT = _k(
    "placement",
    QT_TRANSLATE_NOOP("Kind", "Work placement"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F("company_id", QT_TRANSLATE_NOOP("Field", "Company"), "ref", required=True, ref="company"),
    F("role", QT_TRANSLATE_NOOP("Field", "Role"), max_len=120),
    F("start_date", QT_TRANSLATE_NOOP("Field", "Start date"), "date", required=True),
    F("end_date", QT_TRANSLATE_NOOP("Field", "End date"), "date"),
    F(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "enum",
        required=True,
        enum=E.PlacementStatus,
    ),
)

EMPLOYMENT_OUTCOME = _k(
    "employment_outcome",
    QT_TRANSLATE_NOOP("Kind", "Job outcome"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    # the employer: a partner company from the list, or the name of one that is not in it
    F("company_id", QT_TRANSLATE_NOOP("Field", "Employer"), "ref", ref="company"),
    F(
        "employer_name",
        QT_TRANSLATE_NOOP("Field", "Employer not in the companies list"),
        max_len=160,
    ),
    F("occupation", QT_TRANSLATE_NOOP("Field", "Occupation"), required=True, max_len=120),
    F(
        "contract_type",
        QT_TRANSLATE_NOOP("Field", "Contract"),
        "enum",
        required=True,
        enum=E.ContractType,
    ),
    F("start_date", QT_TRANSLATE_NOOP("Field", "Start date"), "date", required=True),
    F("end_date", QT_TRANSLATE_NOOP("Field", "End date"), "date"),
)

# One questionnaire answered by one participant. The questions are data (resources/surveys/, read
# by desktop.domain.surveys); ``answers`` is a JSON object from question name to value ("yes"/"no"
# for yes/no questions, integers for Likert scales, ISO dates), kept with the version of the form
# it was answered under, so a later edit of a questionnaire never changes old answers.
SURVEY_RESPONSE = _k(
    "survey_response",
    QT_TRANSLATE_NOOP("Kind", "Survey response"),
    F(
        "participant_id",
        QT_TRANSLATE_NOOP("Field", "Participant"),
        "ref",
        required=True,
        ref="participant",
    ),
    F(
        "form",
        QT_TRANSLATE_NOOP("Field", "Questionnaire"),
        "enum",
        required=True,
        enum=E.SurveyForm,
    ),
    F(
        "form_version",
        QT_TRANSLATE_NOOP("Field", "Questionnaire version"),
        required=True,
        max_len=40,
    ),
    F("answered_on", QT_TRANSLATE_NOOP("Field", "Answered on"), "date", required=True),
    F("language", QT_TRANSLATE_NOOP("Field", "Language answered in"), "lang", required=True),
    F(
        "answers",
        QT_TRANSLATE_NOOP("Field", "Answers"),
        "text",
        required=True,
        max_len=20_000,
        personal=True,
    ),
)

PARTICIPANT_MERGE = _k(
    "participant_merge",
    QT_TRANSLATE_NOOP("Kind", "Merge of duplicate participants"),
    F(
        "survivor_id",
        QT_TRANSLATE_NOOP("Field", "Participant kept"),
        "ref",
        required=True,
        ref="participant",
    ),
    F(
        "duplicate_id",
        QT_TRANSLATE_NOOP("Field", "Duplicate merged into it"),
        "ref",
        required=True,
        ref="participant",
    ),
    # JSON list of [kind, record id, field] moved from the duplicate to the survivor (ids only)
    F("repointed", QT_TRANSLATE_NOOP("Field", "Records moved"), "text"),
    F("active", QT_TRANSLATE_NOOP("Field", "In force"), "bool", required=True),
)

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        SITE,
        TECHNICIAN,
        PARTICIPANT,
        COMPANY,
        LAB,
        LAB_COMPANY,
        ENROLMENT,
        ATTENDANCE,
        GOAL,
        COACHING_SESSION,
        LIFE_STORY,
        CONSENT,
        CONNECTOR,
        CONNECTOR_MEETING,
        REFERRAL,
        PLACEMENT,
        EMPLOYMENT_OUTCOME,
        SURVEY_RESPONSE,
        PARTICIPANT_MERGE,
        ASSOCIATION,
        INCLUSION_INTRODUCTION,
    )
}

PYTHON_TYPES = {
    "str": str,
    "text": str,
    "int": int,
    "float": float,
    "bool": bool,
    "date": date,
    "datetime": datetime,
    "enum": str,
    "enums": str,
    "ref": str,
    "country": str,
    "langs": str,
    "lang": str,
    "isco": str,
}
