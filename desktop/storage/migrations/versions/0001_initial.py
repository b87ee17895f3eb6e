"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("op", sa.String(), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_row_id"), ["row_id"], unique=False)

    op.create_table(
        "company",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sector", sa.String(), nullable=True),
        sa.Column("contact_name", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("collaboration", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "connector",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("languages", sa.String(), nullable=True),
        sa.Column("neighbourhood", sa.String(), nullable=True),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("referred_by_id", sa.String(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["connector.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("connector", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_connector_referred_by_id"), ["referred_by_id"], unique=False
        )

    op.create_table(
        "lab",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("niche", sa.String(), nullable=False),
        sa.Column("site", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("planned_hours", sa.Integer(), nullable=False),
        sa.Column("schedule", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "site",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "technician",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("site", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "tombstone",
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.create_table(
        "lab_company",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("lab_id", sa.String(), nullable=False),
        sa.Column("company_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
        ),
        sa.ForeignKeyConstraint(
            ["lab_id"],
            ["lab.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lab_company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lab_company_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lab_company_lab_id"), ["lab_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("site", sa.String(), nullable=False),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("gender", sa.String(), nullable=False),
        sa.Column("nationality", sa.String(), nullable=True),
        sa.Column("migrant_status", sa.String(), nullable=False),
        sa.Column("arrival_date", sa.Date(), nullable=True),
        sa.Column("languages", sa.String(), nullable=True),
        sa.Column("spanish_level", sa.String(), nullable=True),
        sa.Column("education", sa.String(), nullable=True),
        sa.Column("employment_history", sa.String(), nullable=True),
        sa.Column("unemployed_since", sa.Date(), nullable=True),
        sa.Column("desired_occupation", sa.String(), nullable=True),
        sa.Column("neighbourhood", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("preferred_language", sa.String(), nullable=False),
        sa.Column("document_type", sa.String(), nullable=True),
        sa.Column("document_number", sa.String(), nullable=True),
        sa.Column("technician_id", sa.String(), nullable=True),
        sa.Column("next_steps", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["technician_id"],
            ["technician.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_code"), ["code"], unique=True)
        batch_op.create_index(batch_op.f("ix_participant_site"), ["site"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_participant_technician_id"), ["technician_id"], unique=False
        )

    op.create_table(
        "coaching_session",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("technician_id", sa.String(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("topics", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("agreed_actions", sa.String(), nullable=True),
        sa.Column("next_appointment", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["technician_id"],
            ["technician.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("coaching_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coaching_session_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coaching_session_technician_id"), ["technician_id"], unique=False
        )

    op.create_table(
        "connector_meeting",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("connector_id", sa.String(), nullable=False),
        sa.Column("met_on", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["connector_id"],
            ["connector.id"],
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("connector_meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_connector_meeting_connector_id"), ["connector_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_connector_meeting_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "consent",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "employment_outcome",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("company_id", sa.String(), nullable=True),
        sa.Column("employer_name", sa.String(), nullable=True),
        sa.Column("occupation", sa.String(), nullable=False),
        sa.Column("contract_type", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("employment_outcome", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_employment_outcome_company_id"), ["company_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_employment_outcome_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "enrolment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("lab_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("hours_attended", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lab_id"],
            ["lab.id"],
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrolment_lab_id"), ["lab_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enrolment_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "goal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("area", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "life_story",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=True),
        sa.Column("consent_scope", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"],
            ["technician.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("life_story", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_life_story_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_life_story_recorded_by"), ["recorded_by"], unique=False
        )

    op.create_table(
        "placement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("company_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_company_id"), ["company_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_placement_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "survey_response",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("moment", sa.String(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("employed", sa.Boolean(), nullable=True),
        sa.Column("employability", sa.Integer(), nullable=True),
        sa.Column("inclusion", sa.Integer(), nullable=True),
        sa.Column("drive", sa.Integer(), nullable=True),
        sa.Column("empowerment", sa.Integer(), nullable=True),
        sa.Column("creativity", sa.Integer(), nullable=True),
        sa.Column("setbacks", sa.Integer(), nullable=True),
        sa.Column("opportunities_improved", sa.Boolean(), nullable=True),
        sa.Column("considers_association", sa.Boolean(), nullable=True),
        sa.Column("answers", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_response_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("connector_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["connector_id"],
            ["connector.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["connector_meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_connector_id"), ["connector_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_participant_id"))
        batch_op.drop_index(batch_op.f("ix_referral_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_referral_connector_id"))

    op.drop_table("referral")
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_response_participant_id"))

    op.drop_table("survey_response")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_participant_id"))
        batch_op.drop_index(batch_op.f("ix_placement_company_id"))

    op.drop_table("placement")
    with op.batch_alter_table("life_story", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_life_story_recorded_by"))
        batch_op.drop_index(batch_op.f("ix_life_story_participant_id"))

    op.drop_table("life_story")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_participant_id"))

    op.drop_table("goal")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_participant_id"))
        batch_op.drop_index(batch_op.f("ix_enrolment_lab_id"))

    op.drop_table("enrolment")
    with op.batch_alter_table("employment_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employment_outcome_participant_id"))
        batch_op.drop_index(batch_op.f("ix_employment_outcome_company_id"))

    op.drop_table("employment_outcome")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_participant_id"))

    op.drop_table("consent")
    with op.batch_alter_table("connector_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_connector_meeting_participant_id"))
        batch_op.drop_index(batch_op.f("ix_connector_meeting_connector_id"))

    op.drop_table("connector_meeting")
    with op.batch_alter_table("coaching_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coaching_session_technician_id"))
        batch_op.drop_index(batch_op.f("ix_coaching_session_participant_id"))

    op.drop_table("coaching_session")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_technician_id"))
        batch_op.drop_index(batch_op.f("ix_participant_site"))
        batch_op.drop_index(batch_op.f("ix_participant_code"))

    op.drop_table("participant")
    with op.batch_alter_table("lab_company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lab_company_lab_id"))
        batch_op.drop_index(batch_op.f("ix_lab_company_company_id"))

    op.drop_table("lab_company")
    op.drop_table("tombstone")
    op.drop_table("technician")
    op.drop_table("site")
    op.drop_table("meta")
    op.drop_table("lab")
    with op.batch_alter_table("connector", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_connector_referred_by_id"))

    op.drop_table("connector")
    op.drop_table("company")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_row_id"))
        batch_op.drop_index(batch_op.f("ix_change_log_hlc"))

    op.drop_table("change_log")
