"""survey responses answer questionnaires that are data (resources/surveys/): a response keeps its
form (initial, end or followup), the form's version, the language it was answered in and its
answers as one JSON object (question name -> value). Responses written before are carried over:
their fixed columns become answers under the same question names (yes/no as "yes"/"no"), their
form version "0", their language the participant's; the new fields take the newest stamp of the
old ones, so two laptops that migrate the same record agree on it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import json

import sqlalchemy as sa
from alembic import op

from desktop.domain import survey_legacy as L

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD = "_survey_response_0007"
# the conversion is shared with the exchange, which converts the same way the responses arriving
# in bundles of laptops not upgraded yet (desktop.domain.survey_legacy)
FORMS, SCALES, YES_NO, OLD_COLUMNS = L.FORMS, L.SCALES, L.YES_NO, L.OLD_COLUMNS
_new_row = L.new_row


def upgrade() -> None:
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_response_participant_id")
    op.rename_table("survey_response", OLD)
    op.create_table(
        "survey_response",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("form_version", sa.String(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("answers", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index("ix_survey_response_participant_id", ["participant_id"], unique=False)
        batch_op.create_index(
            "ix_survey_response_form_participant", ["form", "participant_id"], unique=False
        )
    conn = op.get_bind()
    old_rows = (
        conn.execute(
            sa.text(
                f"SELECT o.id, o.stamps, o.participant_id, o.answered_on, {', '.join('o.' + c for c in OLD_COLUMNS)}, "
                f"p.preferred_language AS language FROM {OLD} o LEFT JOIN participant p ON p.id = o.participant_id"
            )
        )
        .mappings()
        .all()
    )
    rows = [_new_row(dict(r), r["language"]) for r in old_rows]
    if rows:
        conn.execute(
            sa.text(
                "INSERT INTO survey_response (id, stamps, participant_id, form, form_version, answered_on, language, "
                "answers) VALUES (:id, :stamps, :participant_id, :form, :form_version, :answered_on, :language, :answers)"
            ),
            rows,
        )
    op.drop_table(OLD)


def downgrade() -> None:
    conn = op.get_bind()
    rows = (
        conn.execute(
            sa.text(
                "SELECT id, stamps, participant_id, form, answered_on, answers FROM survey_response"
            )
        )
        .mappings()
        .all()
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_response_form_participant")
        batch_op.drop_index("ix_survey_response_participant_id")
    op.drop_table("survey_response")
    op.create_table(
        "survey_response",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("moment", sa.String(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("employed", sa.Boolean(), nullable=True),
        *[sa.Column(c, sa.Integer(), nullable=True) for c in SCALES],
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
        batch_op.create_index("ix_survey_response_participant_id", ["participant_id"], unique=False)
    moments = {v: k for k, v in FORMS.items()}
    for r in rows:
        answers = json.loads(r["answers"] or "{}")
        old = {
            "id": r["id"],
            "stamps": r["stamps"],
            "participant_id": r["participant_id"],
            "moment": moments.get(r["form"], r["form"]),
            "answered_on": r["answered_on"],
        }
        for c in SCALES:
            value = answers.pop(c, None)
            old[c] = value if isinstance(value, int) and not isinstance(value, bool) else None
        for c, name in YES_NO.items():
            value = answers.pop(name, None)
            old[c] = None if value not in ("yes", "no") else value == "yes"
        old["answers"] = json.dumps(answers, ensure_ascii=False) if answers else None
        conn.execute(
            sa.text(
                "INSERT INTO survey_response (id, stamps, participant_id, moment, answered_on, employed, "
                + ", ".join(SCALES)
                + ", opportunities_improved, considers_association, answers) VALUES "
                "(:id, :stamps, :participant_id, :moment, :answered_on, :employed, "
                + ", ".join(":" + c for c in SCALES)
                + ", :opportunities_improved, :considers_association, :answers)"
            ),
            old,
        )
