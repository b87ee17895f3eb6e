"""SQLModel tables. Field names follow desktop.domain.schema (a test keeps them in step).

Every synced record has a UUIDv7 text id and the stamp, (hybrid clock, device, journal
position), of each field's last write, kept as one stamp for the record (``hlc``, ``dev``,
``seq``) and the fields that differ from it (``stamps``); desktop.storage.stamps is the one
module that reads and writes them. Rows are written only by desktop.storage.journal.Tx, which
keeps stamps, journal positions and tombstones.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import DateTime, Index, Table, text
from sqlmodel import Field, SQLModel


class Model(SQLModel):
    """The base of every table of the store. SQLModel gives each ``table=True`` class its
    ``__table__`` without declaring it; this declares it, so that code reading a model's table
    (``Participant.__table__.c.code``) is type-checked."""

    if TYPE_CHECKING:
        __table__: ClassVar[Table]


class Record(Model):
    id: str = Field(primary_key=True, max_length=36)
    stamps: str = Field(
        default=""
    )  # the fields stamped otherwise than the record (desktop.storage.stamps)
    hlc: int = Field(
        default=0, sa_column_kwargs={"server_default": "0"}
    )  # the record's stamp: clock
    dev: int = Field(
        default=0, sa_column_kwargs={"server_default": "0"}
    )  # and device (sync_device.id)
    # the journal position of its latest write: an incremental export reads what is past the
    # coordinator's acknowledgement from this index
    seq: int = Field(default=0, index=True, sa_column_kwargs={"server_default": "0"})


def fk(target: str, *, required: bool = False, index: bool = True):
    return Field(default=None, foreign_key=f"{target}.id", index=index, nullable=not required)


class Site(Record, table=True):
    __tablename__ = "site"
    code: str = Field(unique=True)
    name: str
    address: str | None = None
    phone: str | None = None


class Technician(Record, table=True):
    __tablename__ = "technician"
    full_name: str
    site: str
    email: str | None = None
    phone: str | None = None
    active: bool | None = True


class Participant(Record, table=True):
    __tablename__ = "participant"
    # covering index of the list: search-as-you-type scans it instead of the wide rows;
    # and the list's default order with what its filters test, so that a page is read by
    # walking it, without sorting every row
    __table_args__ = (
        Index(
            "ix_participant_list",
            "search_key",
            "last_name",
            "first_name",
            "code",
            "birth_date",
            "gender",
            "migrant_status",
            "site",
            "id",
        ),
        Index(
            "ix_participant_order",
            "name_key",
            "code",
            "search_key",
            "site",
            "gender",
            "migrant_status",
        ),
    )
    code: str = Field(unique=True, index=True)
    site: str = Field(index=True)
    first_name: str
    last_name: str
    birth_date: date = Field(index=True)
    gender: str
    nationality: str | None = None
    migrant_status: str
    arrival_date: date | None = None
    languages: str | None = None
    spanish_level: str | None = None
    education: str | None = None
    employment_history: str | None = None
    unemployed_since: date | None = None
    desired_occupation: str | None = None
    desired_occupation_group: str | None = None  # ISCO-08 sub-major group
    neighbourhood: str | None = None
    phone: str | None = None
    email: str | None = None
    preferred_language: str = "es"
    document_type: str | None = None
    document_number: str | None = None
    technician_id: str | None = fk("technician")
    next_steps: str | None = None
    # derived, not synced: folded code, names, document number and phone for search
    search_key: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # derived, not synced: folded last and first name, the order of the list
    name_key: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Company(Record, table=True):
    __tablename__ = "company"
    name: str
    sector: str | None = None
    contact_name: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    collaboration: str | None = None


class Lab(Record, table=True):
    __tablename__ = "lab"
    __table_args__ = (
        Index("ix_lab_end_date", "end_date"),
    )  # follow-ups due, read from the labs' ends
    name: str
    niche: str | None = None  # empty for a lab brought in from the history, until completed
    site: str
    start_date: date
    end_date: date
    planned_hours: int | None = None
    schedule: str | None = None
    description: str | None = None


class LabCompany(Record, table=True):
    __tablename__ = "lab_company"
    lab_id: str = fk("lab", required=True)
    company_id: str = fk("company", required=True)


class Enrolment(Record, table=True):
    __tablename__ = "enrolment"
    # the participants list's lab and enrolment-status filters read the matching people from it
    __table_args__ = (Index("ix_enrolment_filter", "lab_id", "status", "participant_id"),)
    participant_id: str = fk("participant", required=True)
    lab_id: str = fk("lab", required=True)
    status: str
    enrolled_on: date
    ended_on: date | None = None
    hours_attended: float | None = None


class Attendance(Record, table=True):
    """One participant's attendance on one lab day (see desktop.domain.schema.ATTENDANCE)."""

    __tablename__ = "attendance"
    # a lab's register and an enrolment's hours are read by enrolment, then day
    __table_args__ = (Index("ix_attendance_enrolment_day", "enrolment_id", "day"),)
    enrolment_id: str = fk("enrolment", required=True, index=False)
    day: date
    status: str
    hours: float
    note: str | None = None


class Goal(Record, table=True):
    __tablename__ = "goal"
    participant_id: str = fk("participant", required=True)
    title: str
    area: str | None = None
    status: str
    target_date: date | None = None
    notes: str | None = None


class CoachingSession(Record, table=True):
    __tablename__ = "coaching_session"
    # the agenda reads a week from the dated sessions outward; the participants list's
    # technician filter finds whom a technician coached (migration 0007)
    __table_args__ = (
        Index("ix_coaching_session_starts_at", "starts_at"),
        Index("ix_coaching_session_technician_starts_at", "technician_id", "starts_at"),
        Index(
            "ix_coaching_session_next_appointment",
            "next_appointment",
            sqlite_where=text("next_appointment IS NOT NULL"),
        ),
        Index(
            "ix_coaching_session_technician_next_appointment",
            "technician_id",
            "next_appointment",
            sqlite_where=text("next_appointment IS NOT NULL"),
        ),
        Index("ix_coaching_session_person_time", "participant_id", "starts_at", "next_appointment"),
        Index("ix_coaching_session_technician_person", "technician_id", "participant_id"),
    )
    participant_id: str = fk("participant", required=True)
    technician_id: str | None = fk("technician")
    starts_at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    duration_minutes: int
    kind: str
    topics: str | None = None
    notes: str | None = None
    agreed_actions: str | None = None
    next_appointment: datetime | None = Field(default=None, sa_type=DateTime)


class LifeStory(Record, table=True):
    __tablename__ = "life_story"
    participant_id: str = fk("participant", required=True)
    text: str
    language: str | None = None
    recorded_on: date
    recorded_by: str | None = fk("technician")
    consent_scope: str


class Consent(Record, table=True):
    __tablename__ = "consent"
    participant_id: str = fk("participant", required=True)
    kind: str
    granted: bool
    given_on: date
    withdrawn_on: date | None = None
    scope: str | None = None  # life story: private, anonymised or named


class Connector(Record, table=True):
    __tablename__ = "connector"
    full_name: str
    field: str
    occupation_group: str | None = None  # ISCO-08 sub-major group
    sector: str | None = None
    languages: str | None = None
    neighbourhood: str | None = None
    availability: str | None = None
    origin: str
    referred_by_id: str | None = fk("connector")
    capacity: int | None = None
    contact_consent_on: date | None = None
    phone: str | None = None
    email: str | None = None
    active: bool | None = True
    participant_id: str | None = fk("participant")  # a participant recruited as a connector


class ConnectorMeeting(Record, table=True):
    __tablename__ = "connector_meeting"
    __table_args__ = (Index("ix_connector_meeting_met_on", "met_on"),)  # the agenda's weeks
    participant_id: str = fk("participant", required=True)
    connector_id: str = fk("connector", required=True)
    met_on: date
    mode: str
    notes: str | None = None
    status: str = Field(
        default="held", sa_column_kwargs={"server_default": "held"}
    )  # planned, held or cancelled
    recorded_by: str | None = fk("technician")


class Referral(Record, table=True):
    __tablename__ = "referral"
    meeting_id: str = fk("connector_meeting", required=True)
    participant_id: str = fk("participant", required=True)
    connector_id: str = fk("connector", required=True)
    status: str
    happened_on: date | None = None
    dropped_reason: str | None = None


class Placement(Record, table=True):
    __tablename__ = "placement"
    participant_id: str = fk("participant", required=True)
    company_id: str = fk("company", required=True)
    role: str | None = None
    start_date: date
    end_date: date | None = None
    status: str


class EmploymentOutcome(Record, table=True):
    __tablename__ = "employment_outcome"
    participant_id: str = fk("participant", required=True)
    company_id: str | None = fk("company")
    employer_name: str | None = None
    occupation: str
    contract_type: str
    start_date: date
    end_date: date | None = None


class SurveyResponse(Record, table=True):
    __tablename__ = "survey_response"
    # the indicators and the follow-ups read the answers of one questionnaire, person by person
    __table_args__ = (Index("ix_survey_response_form_participant", "form", "participant_id"),)
    participant_id: str = fk("participant", required=True)
    form: str
    form_version: str
    answered_on: date
    language: str
    answers: str  # JSON object: question name -> value


class Association(Record, table=True):
    """A local association of the coordinator's reference list (schema.ASSOCIATION)."""

    __tablename__ = "association"
    name: str
    neighbourhood: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    active: bool | None = True


class InclusionIntroduction(Record, table=True):
    """A participant introduced to an area that helps inclusion (schema.INCLUSION_INTRODUCTION)."""

    __tablename__ = "inclusion_introduction"
    participant_id: str = fk("participant", required=True)
    introduced_on: date
    area: str
    association_id: str | None = fk("association")
    interest: str
    notes: str | None = None


# ---- local bookkeeping (not synced as records) --------------------------------------------


class Meta(Model, table=True):
    """Key/value facts of this laptop: device id and name, site, clock, code sequence."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class SyncDevice(Model, table=True):
    """The devices whose writes this store holds, each numbered once (records' ``dev``)."""

    __tablename__ = "sync_device"
    id: int | None = Field(default=None, primary_key=True)
    device: str = Field(unique=True)


class Tombstone(Model, table=True):
    """A deleted record: kind, id, when and where, and the journal position of its deletion.
    Nothing else."""

    __tablename__ = "tombstone"
    table_name: str = Field(primary_key=True)
    row_id: str = Field(primary_key=True)
    hlc: int
    device_id: str
    seq: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


RECORD_MODELS: dict[str, type[Record]] = {
    m.__tablename__: m
    for m in (
        Site,
        Technician,
        Participant,
        Company,
        Lab,
        LabCompany,
        Enrolment,
        Attendance,
        Goal,
        CoachingSession,
        LifeStory,
        Consent,
        Connector,
        ConnectorMeeting,
        Referral,
        Placement,
        EmploymentOutcome,
        SurveyResponse,
        Association,
        InclusionIntroduction,
    )
}

from desktop.storage import (  # noqa: E402,F401 - register their tables
    account_models,
    audit_models,
    erasure_models,
    exchange_models,
    merge_models,
)
