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

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

OLD = "_survey_response_0007"
FORMS = {"initial": "initial", "end": "end", "follow_up": "followup"}
# old column -> question name in the questionnaires
SCALES = ("employability", "inclusion", "drive", "empowerment", "creativity", "setbacks")
YES_NO = {"employed": "employed", "opportunities_improved": "improved_opportunities",
          "considers_association": "join_interest"}
NEW_FIELDS = ("form", "form_version", "language", "answers")
OLD_COLUMNS = ("moment", "employed") + SCALES + ("opportunities_improved", "considers_association", "answers")


def _newest(stamps: dict):
    found = [s for s in stamps.values() if isinstance(s, list) and len(s) == 2]
    return max(found, key=lambda s: (int(s[0]), str(s[1]))) if found else None


def _new_row(old: dict, language: str | None) -> dict:
    answers: dict = {}
    for column in SCALES:
        if old[column] is not None:
            answers[column] = int(old[column])
    for column, name in YES_NO.items():
        if old[column] is not None:
            answers[name] = "yes" if old[column] else "no"
    if old["answers"]:
        try:
            extra = json.loads(old["answers"])
        except ValueError:
            extra = None
        if isinstance(extra, dict):
            for name, value in extra.items():
                answers.setdefault(str(name), value)
        else:
            answers.setdefault("notes", old["answers"])
    stamps = json.loads(old["stamps"] or "{}")
    newest = _newest(stamps)
    kept = {k: v for k, v in stamps.items() if k in ("participant_id", "answered_on")}
    if newest is not None:
        kept.update({name: newest for name in NEW_FIELDS})
    order = ("participant_id", "form", "form_version", "answered_on", "language", "answers")
    return {"id": old["id"], "stamps": json.dumps({n: kept[n] for n in order if n in kept}, separators=(",", ":")),
            "participant_id": old["participant_id"], "form": FORMS.get(old["moment"], old["moment"]),
            "form_version": "0", "answered_on": old["answered_on"], "language": language or "es",
            "answers": json.dumps(answers, ensure_ascii=False, separators=(",", ":"), sort_keys=True)}


def upgrade() -> None:
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index('ix_survey_response_participant_id')
    op.rename_table('survey_response', OLD)
    op.create_table('survey_response',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('stamps', sa.String(), nullable=False),
        sa.Column('participant_id', sa.String(), nullable=False),
        sa.Column('form', sa.String(), nullable=False),
        sa.Column('form_version', sa.String(), nullable=False),
        sa.Column('answered_on', sa.Date(), nullable=False),
        sa.Column('language', sa.String(), nullable=False),
        sa.Column('answers', sa.String(), nullable=False),
        sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index('ix_survey_response_participant_id', ['participant_id'], unique=False)
        batch_op.create_index('ix_survey_response_form_participant', ['form', 'participant_id'], unique=False)
    conn = op.get_bind()
    old_rows = conn.execute(sa.text(
        f"SELECT o.id, o.stamps, o.participant_id, o.answered_on, {', '.join('o.' + c for c in OLD_COLUMNS)}, "
        f"p.preferred_language AS language FROM {OLD} o LEFT JOIN participant p ON p.id = o.participant_id"
    )).mappings().all()
    rows = [_new_row(dict(r), r["language"]) for r in old_rows]
    if rows:
        conn.execute(sa.text(
            "INSERT INTO survey_response (id, stamps, participant_id, form, form_version, answered_on, language, "
            "answers) VALUES (:id, :stamps, :participant_id, :form, :form_version, :answered_on, :language, :answers)"),
            rows)
    op.drop_table(OLD)


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, stamps, participant_id, form, answered_on, answers FROM survey_response")
                        ).mappings().all()
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index('ix_survey_response_form_participant')
        batch_op.drop_index('ix_survey_response_participant_id')
    op.drop_table('survey_response')
    op.create_table('survey_response',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('stamps', sa.String(), nullable=False),
        sa.Column('participant_id', sa.String(), nullable=False),
        sa.Column('moment', sa.String(), nullable=False),
        sa.Column('answered_on', sa.Date(), nullable=False),
        sa.Column('employed', sa.Boolean(), nullable=True),
        *[sa.Column(c, sa.Integer(), nullable=True) for c in SCALES],
        sa.Column('opportunities_improved', sa.Boolean(), nullable=True),
        sa.Column('considers_association', sa.Boolean(), nullable=True),
        sa.Column('answers', sa.String(), nullable=True),
        sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index('ix_survey_response_participant_id', ['participant_id'], unique=False)
    moments = {v: k for k, v in FORMS.items()}
    for r in rows:
        answers = json.loads(r["answers"] or "{}")
        old = {"id": r["id"], "stamps": r["stamps"], "participant_id": r["participant_id"],
               "moment": moments.get(r["form"], r["form"]), "answered_on": r["answered_on"]}
        for c in SCALES:
            value = answers.pop(c, None)
            old[c] = value if isinstance(value, int) and not isinstance(value, bool) else None
        for c, name in YES_NO.items():
            value = answers.pop(name, None)
            old[c] = None if value not in ("yes", "no") else value == "yes"
        old["answers"] = json.dumps(answers, ensure_ascii=False) if answers else None
        conn.execute(sa.text(
            "INSERT INTO survey_response (id, stamps, participant_id, moment, answered_on, employed, "
            + ", ".join(SCALES) + ", opportunities_improved, considers_association, answers) VALUES "
            "(:id, :stamps, :participant_id, :moment, :answered_on, :employed, "
            + ", ".join(":" + c for c in SCALES) + ", :opportunities_improved, :considers_association, :answers)"),
            old)
