"""Enumerations of the programme. Values are stored; labels are translatable source texts."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.messages import QT_TRANSLATE_NOOP, QT_TRANSLATE_NOOP3


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a translatable label (context "Enum")."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    def agreement(self, gender: str | None) -> str | None:
        """The disambiguation under which this label is translated for a person of ``gender``:
        "female" or "male" when the label describes a person (Spanish and French adjectives
        agree: "Inscrita", "Réfugiée"), else None (the neutral form, "Inscrito/a")."""
        if gender in _GENDERS and self.value in _AGREEING.get(type(self).__name__, ()):
            return gender
        return None

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


_LABELS: dict[str, dict[str, str]] = {}


def _labels(enum_name: str, mapping: dict[str, str]) -> None:
    _LABELS[enum_name] = mapping


# Labels that describe a person, translated once per gender: the same source text marked with
# the disambiguation "female" and "male" (written out so that the translation tools find them).
_GENDERS = ("female", "male")
_AGREEING: dict[str, dict[str, tuple[str, str]]] = {}


def _agreeing(enum_name: str, mapping: dict[str, tuple[str, str]]) -> None:
    for value, forms in mapping.items():
        assert forms == (_LABELS[enum_name][value],) * 2, (enum_name, value)
    _AGREEING[enum_name] = mapping


class Site(LabelledEnum):
    CIFE = "CIFE"
    LOS_ARCOS = "LOS_ARCOS"


_labels(
    "Site",
    {
        "CIFE": QT_TRANSLATE_NOOP("Enum", "CIFE (main site)"),
        "LOS_ARCOS": QT_TRANSLATE_NOOP("Enum", "Los Arcos"),
    },
)

SITE_CODE_PREFIX = {Site.CIFE: "CIF", Site.LOS_ARCOS: "ARC"}


class Gender(LabelledEnum):
    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    UNDISCLOSED = "undisclosed"


_labels(
    "Gender",
    {
        "female": QT_TRANSLATE_NOOP("Enum", "Woman"),
        "male": QT_TRANSLATE_NOOP("Enum", "Man"),
        "non_binary": QT_TRANSLATE_NOOP("Enum", "Non-binary"),
        "undisclosed": QT_TRANSLATE_NOOP("Enum", "Prefers not to say"),
    },
)


class MigrantStatus(LabelledEnum):
    LOCAL = "local"
    MIGRANT = "migrant"
    REFUGEE = "refugee"
    ASYLUM_SEEKER = "asylum_seeker"

    @property
    def is_migrant(self) -> bool:
        return self is not MigrantStatus.LOCAL


_labels(
    "MigrantStatus",
    {
        "local": QT_TRANSLATE_NOOP("Enum", "Local resident"),
        "migrant": QT_TRANSLATE_NOOP("Enum", "Migrant"),
        "refugee": QT_TRANSLATE_NOOP("Enum", "Refugee"),
        "asylum_seeker": QT_TRANSLATE_NOOP("Enum", "Asylum seeker"),
    },
)

_agreeing(
    "MigrantStatus",
    {
        "local": (
            QT_TRANSLATE_NOOP3("Enum", "Local resident", "female"),
            QT_TRANSLATE_NOOP3("Enum", "Local resident", "male"),
        ),
        "migrant": (
            QT_TRANSLATE_NOOP3("Enum", "Migrant", "female"),
            QT_TRANSLATE_NOOP3("Enum", "Migrant", "male"),
        ),
        "refugee": (
            QT_TRANSLATE_NOOP3("Enum", "Refugee", "female"),
            QT_TRANSLATE_NOOP3("Enum", "Refugee", "male"),
        ),
        "asylum_seeker": (
            QT_TRANSLATE_NOOP3("Enum", "Asylum seeker", "female"),
            QT_TRANSLATE_NOOP3("Enum", "Asylum seeker", "male"),
        ),
    },
)


class DocumentType(LabelledEnum):
    DNI = "DNI"
    NIE = "NIE"
    PASSPORT = "PASSPORT"
    OTHER = "OTHER"


_labels(
    "DocumentType",
    {
        "DNI": QT_TRANSLATE_NOOP("Enum", "DNI"),
        "NIE": QT_TRANSLATE_NOOP("Enum", "NIE"),
        "PASSPORT": QT_TRANSLATE_NOOP("Enum", "Passport"),
        "OTHER": QT_TRANSLATE_NOOP("Enum", "Other document"),
    },
)


class SpanishLevel(LabelledEnum):
    NONE = "none"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"
    NATIVE = "native"


_labels(
    "SpanishLevel",
    {
        "none": QT_TRANSLATE_NOOP("Enum", "No Spanish yet"),
        "A1": QT_TRANSLATE_NOOP("Enum", "A1 (beginner)"),
        "A2": QT_TRANSLATE_NOOP("Enum", "A2 (elementary)"),
        "B1": QT_TRANSLATE_NOOP("Enum", "B1 (intermediate)"),
        "B2": QT_TRANSLATE_NOOP("Enum", "B2 (upper intermediate)"),
        "C1": QT_TRANSLATE_NOOP("Enum", "C1 (advanced)"),
        "C2": QT_TRANSLATE_NOOP("Enum", "C2 (proficient)"),
        "native": QT_TRANSLATE_NOOP("Enum", "Native speaker"),
    },
)


class Education(LabelledEnum):
    NONE = "none"
    PRIMARY = "primary"
    SECONDARY = "secondary"
    VOCATIONAL = "vocational"
    UNIVERSITY = "university"


_labels(
    "Education",
    {
        "none": QT_TRANSLATE_NOOP("Enum", "No formal education"),
        "primary": QT_TRANSLATE_NOOP("Enum", "Primary education"),
        "secondary": QT_TRANSLATE_NOOP("Enum", "Secondary education"),
        "vocational": QT_TRANSLATE_NOOP("Enum", "Vocational training"),
        "university": QT_TRANSLATE_NOOP("Enum", "University degree"),
    },
)


class DocLanguage(LabelledEnum):
    ES = "es"
    EN = "en"
    FR = "fr"


_labels(
    "DocLanguage",
    {
        "es": QT_TRANSLATE_NOOP("Enum", "Spanish"),
        "en": QT_TRANSLATE_NOOP("Enum", "English"),
        "fr": QT_TRANSLATE_NOOP("Enum", "French"),
    },
)


class Niche(LabelledEnum):
    GREEN_PRODUCTION = "green_production"
    URBAN_RECYCLING = "urban_recycling"
    MULTIMEDIA = "multimedia"
    IOT = "iot"
    DRONES = "drones"
    ELDERLY_CARE = "elderly_care"
    CATERING = "catering"
    GARDENING = "gardening"
    HEALTH_WARDEN = "health_warden"
    FLOOR_INSTALLATION = "floor_installation"


_labels(
    "Niche",
    {
        "green_production": QT_TRANSLATE_NOOP("Enum", "Green production"),
        "urban_recycling": QT_TRANSLATE_NOOP("Enum", "Urban creation and recycling"),
        "multimedia": QT_TRANSLATE_NOOP("Enum", "Communication and multimedia"),
        "iot": QT_TRANSLATE_NOOP("Enum", "Installation of devices (IoT)"),
        "drones": QT_TRANSLATE_NOOP("Enum", "Digital production (drones)"),
        "elderly_care": QT_TRANSLATE_NOOP("Enum", "Elderly care"),
        "catering": QT_TRANSLATE_NOOP("Enum", "Catering"),
        "gardening": QT_TRANSLATE_NOOP("Enum", "Gardening"),
        "health_warden": QT_TRANSLATE_NOOP("Enum", "Health institution warden"),
        "floor_installation": QT_TRANSLATE_NOOP("Enum", "Light floor installation"),
    },
)


class EnrolmentStatus(LabelledEnum):
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    DROPPED_OUT = "dropped_out"


_labels(
    "EnrolmentStatus",
    {
        "enrolled": QT_TRANSLATE_NOOP("Enum", "Enrolled"),
        "completed": QT_TRANSLATE_NOOP("Enum", "Completed"),
        "dropped_out": QT_TRANSLATE_NOOP("Enum", "Dropped out"),
    },
)

_agreeing(
    "EnrolmentStatus",
    {
        "enrolled": (
            QT_TRANSLATE_NOOP3("Enum", "Enrolled", "female"),
            QT_TRANSLATE_NOOP3("Enum", "Enrolled", "male"),
        ),
    },
)


class AttendanceStatus(LabelledEnum):
    """A participant's attendance on one lab day."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


_labels(
    "AttendanceStatus",
    {
        "present": QT_TRANSLATE_NOOP("Enum", "Present"),
        "absent": QT_TRANSLATE_NOOP("Enum", "Absent"),
        "excused": QT_TRANSLATE_NOOP("Enum", "Excused absence"),
    },
)


class GoalStatus(LabelledEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


_labels(
    "GoalStatus",
    {
        "planned": QT_TRANSLATE_NOOP("Enum", "Planned"),
        "in_progress": QT_TRANSLATE_NOOP("Enum", "In progress"),
        "achieved": QT_TRANSLATE_NOOP("Enum", "Achieved"),
        "dropped": QT_TRANSLATE_NOOP("Enum", "Dropped"),
    },
)


class GoalArea(LabelledEnum):
    DIAGNOSIS = "diagnosis"
    SOFT_SKILLS = "soft_skills"
    TECHNICAL = "technical"
    LANGUAGE = "language"
    JOB_SEARCH = "job_search"
    OTHER = "other"


_labels(
    "GoalArea",
    {
        "diagnosis": QT_TRANSLATE_NOOP("Enum", "Skills diagnosis"),
        "soft_skills": QT_TRANSLATE_NOOP("Enum", "Soft skills"),
        "technical": QT_TRANSLATE_NOOP("Enum", "Technical training"),
        "language": QT_TRANSLATE_NOOP("Enum", "Language"),
        "job_search": QT_TRANSLATE_NOOP("Enum", "Job search"),
        "other": QT_TRANSLATE_NOOP("Enum", "Other"),
    },
)


class SessionKind(LabelledEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


_labels(
    "SessionKind",
    {
        "individual": QT_TRANSLATE_NOOP("Enum", "Individual"),
        "group": QT_TRANSLATE_NOOP("Enum", "Group"),
    },
)


class SessionTopic(LabelledEnum):
    CV = "cv"
    INTERVIEW = "interview"
    SOFT_SKILLS = "soft_skills"
    SPANISH = "spanish"
    DIGITAL = "digital"
    JOB_SEARCH = "job_search"
    WELLBEING = "wellbeing"


_labels(
    "SessionTopic",
    {
        "cv": QT_TRANSLATE_NOOP("Enum", "CV"),
        "interview": QT_TRANSLATE_NOOP("Enum", "Job interview"),
        "soft_skills": QT_TRANSLATE_NOOP("Enum", "Soft skills"),
        "spanish": QT_TRANSLATE_NOOP("Enum", "Spanish"),
        "digital": QT_TRANSLATE_NOOP("Enum", "Digital skills"),
        "job_search": QT_TRANSLATE_NOOP("Enum", "Job search"),
        "wellbeing": QT_TRANSLATE_NOOP("Enum", "Wellbeing"),
    },
)


class ConsentScope(LabelledEnum):
    PRIVATE = "private"
    ANONYMISED = "anonymised"
    NAMED = "named"


_labels(
    "ConsentScope",
    {
        "private": QT_TRANSLATE_NOOP("Enum", "Private (not publishable)"),
        "anonymised": QT_TRANSLATE_NOOP("Enum", "Publishable anonymised"),
        "named": QT_TRANSLATE_NOOP("Enum", "Publishable with name"),
    },
)


class ConsentKind(LabelledEnum):
    DATA_PROCESSING = "data_processing"
    LIFE_STORY = "life_story"
    PHOTOS = "photos"
    SHARE_WITH_COMPANIES = "share_with_companies"
    FOLLOW_UP = "follow_up"


_labels(
    "ConsentKind",
    {
        "data_processing": QT_TRANSLATE_NOOP("Enum", "Processing of personal data"),
        "life_story": QT_TRANSLATE_NOOP("Enum", "Recording of the life story"),
        "photos": QT_TRANSLATE_NOOP("Enum", "Photographs"),
        "share_with_companies": QT_TRANSLATE_NOOP("Enum", "Sharing the CV with partner companies"),
        "follow_up": QT_TRANSLATE_NOOP("Enum", "Being contacted for follow-up"),
    },
)


class Origin(LabelledEnum):
    LOCAL = "local"
    MIGRANT = "migrant"


_labels(
    "Origin",
    {
        "local": QT_TRANSLATE_NOOP("Enum", "Local"),
        "migrant": QT_TRANSLATE_NOOP("Enum", "Migrant"),
    },
)


class MeetingMode(LabelledEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"


_labels(
    "MeetingMode",
    {
        "in_person": QT_TRANSLATE_NOOP("Enum", "In person"),
        "virtual": QT_TRANSLATE_NOOP("Enum", "Virtual"),
    },
)


class MeetingStatus(LabelledEnum):
    """A connector meeting still to come, one that took place, or one called off. Its labels
    are its own words (a meeting is feminine in French, masculine in Spanish, unlike a goal or
    a referral), so that their translations agree."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


_labels(
    "MeetingStatus",
    {
        "planned": QT_TRANSLATE_NOOP("Enum", "Scheduled"),
        "held": QT_TRANSLATE_NOOP("Enum", "Held"),
        "cancelled": QT_TRANSLATE_NOOP("Enum", "Called off"),
    },
)


class Availability(LabelledEnum):
    """How a connector can meet a newcomer."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    BOTH = "both"


_labels(
    "Availability",
    {
        "in_person": QT_TRANSLATE_NOOP("Enum", "In person"),
        "virtual": QT_TRANSLATE_NOOP("Enum", "Virtual"),
        "both": QT_TRANSLATE_NOOP("Enum", "In person or virtual"),
    },
)


class ReferralStatus(LabelledEnum):
    PENDING = "pending"
    HAPPENED = "happened"
    CANCELLED = "cancelled"


_labels(
    "ReferralStatus",
    {
        "pending": QT_TRANSLATE_NOOP("Enum", "Pending"),
        "happened": QT_TRANSLATE_NOOP("Enum", "Happened"),
        "cancelled": QT_TRANSLATE_NOOP("Enum", "Cancelled"),
    },
)


class InclusionArea(LabelledEnum):
    """The areas that help a newcomer's inclusion, to which the Connector Program introduces them
    (the first is the one a new introduction starts with)."""

    NEIGHBOURHOOD = "neighbourhood"
    ASSOCIATION = "association"
    COEXISTENCE_BOARD = "coexistence_board"
    ANTI_RUMOURS = "anti_rumours"


_labels(
    "InclusionArea",
    {
        "neighbourhood": QT_TRANSLATE_NOOP("Enum", "Their neighbourhood"),
        "association": QT_TRANSLATE_NOOP("Enum", "A local association"),
        "coexistence_board": QT_TRANSLATE_NOOP(
            "Enum", "Coexistence Board (Mesa por la Convivencia)"
        ),
        "anti_rumours": QT_TRANSLATE_NOOP("Enum", "Anti-Rumours network"),
    },
)


class JoinInterest(LabelledEnum):
    """Whether a newcomer introduced to an area would like to take part in it."""

    YES = "yes"
    MAYBE = "maybe"
    NO = "no"


_labels(
    "JoinInterest",
    {
        "yes": QT_TRANSLATE_NOOP("Enum", "Wants to join"),
        "maybe": QT_TRANSLATE_NOOP("Enum", "Is thinking about it"),
        "no": QT_TRANSLATE_NOOP("Enum", "Not interested"),
    },
)


class CollaborationType(LabelledEnum):
    TRAINING = "training"
    VISITS = "visits"
    PLACEMENTS = "placements"
    HIRING = "hiring"


_labels(
    "CollaborationType",
    {
        "training": QT_TRANSLATE_NOOP("Enum", "Co-designs training"),
        "visits": QT_TRANSLATE_NOOP("Enum", "Hosts company visits"),
        "placements": QT_TRANSLATE_NOOP("Enum", "Hosts work placements"),
        "hiring": QT_TRANSLATE_NOOP("Enum", "Hires participants"),
    },
)


class PlacementStatus(LabelledEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"


_labels(
    "PlacementStatus",
    {
        "planned": QT_TRANSLATE_NOOP("Enum", "Planned"),
        "ongoing": QT_TRANSLATE_NOOP("Enum", "Ongoing"),
        "completed": QT_TRANSLATE_NOOP("Enum", "Completed"),
        "interrupted": QT_TRANSLATE_NOOP("Enum", "Interrupted"),
    },
)


class ContractType(LabelledEnum):
    PERMANENT = "permanent"
    TEMPORARY = "temporary"
    SELF_EMPLOYED = "self_employed"
    # not a job: the outcome of going on to further education or training (not counted as employed)
    FURTHER_TRAINING = "further_training"
    OTHER = "other"


_labels(
    "ContractType",
    {
        "permanent": QT_TRANSLATE_NOOP("Enum", "Permanent contract"),
        "temporary": QT_TRANSLATE_NOOP("Enum", "Temporary contract"),
        "self_employed": QT_TRANSLATE_NOOP("Enum", "Self-employed"),
        "further_training": QT_TRANSLATE_NOOP("Enum", "Further education or training"),
        "other": QT_TRANSLATE_NOOP("Enum", "Other"),
    },
)

_agreeing(
    "ContractType",
    {
        "self_employed": (
            QT_TRANSLATE_NOOP3("Enum", "Self-employed", "female"),
            QT_TRANSLATE_NOOP3("Enum", "Self-employed", "male"),
        ),
    },
)


class SurveyForm(LabelledEnum):
    """The three questionnaires of the programme's monitoring (their files: resources/surveys/)."""

    INITIAL = "initial"
    END = "end"
    FOLLOWUP = "followup"


_labels(
    "SurveyForm",
    {
        "initial": QT_TRANSLATE_NOOP("Enum", "Initial survey"),
        "end": QT_TRANSLATE_NOOP("Enum", "End survey"),
        "followup": QT_TRANSLATE_NOOP("Enum", "Follow-up (6 months)"),
    },
)
