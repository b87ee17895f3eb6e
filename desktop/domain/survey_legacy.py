"""Survey responses as they were before questionnaires became data (schema 0007 and earlier):
fixed fields ``moment``, ``employed``, six Likert scales, ``opportunities_improved``,
``considers_association`` and free ``answers`` text. Migration 0008 converts the stored rows
and the exchange converts those arriving in bundles of laptops not upgraded yet, both with
these functions, so the same record converted on two stores has the same values and stamps:

- ``moment`` becomes ``form`` (``follow_up`` -> ``followup``), ``form_version`` is "0";
- the scales and yes/no answers become ``answers`` (a JSON object) under the questionnaires'
  question names, yes/no as "yes"/"no"; old free ``answers`` text joins them (its keys when
  it is a JSON object, else as ``notes``);
- ``language`` is the participant's language for documents ("es" when unknown);
- ``participant_id`` and ``answered_on`` keep their stamps; the new fields take the newest
  stamp of the old ones (by clock, then device).
"""

from __future__ import annotations

import json
from typing import Any

FORMS = {"initial": "initial", "end": "end", "follow_up": "followup"}
# old field -> question name in the questionnaires
SCALES = ("employability", "inclusion", "drive", "empowerment", "creativity", "setbacks")
YES_NO = {
    "employed": "employed",
    "opportunities_improved": "improved_opportunities",
    "considers_association": "join_interest",
}
NEW_FIELDS = ("form", "form_version", "language", "answers")
OLD_COLUMNS = (
    ("moment", "employed") + SCALES + ("opportunities_improved", "considers_association", "answers")
)
KEPT = ("participant_id", "answered_on")  # the same in both forms, with their own stamps
# names found only in the old form: a record carrying one of them is an old one
LEGACY_ONLY = frozenset(OLD_COLUMNS) - {"answers"}
ORDER = ("participant_id", "form", "form_version", "answered_on", "language", "answers")
DEFAULT_LANGUAGE = "es"


def is_legacy(names) -> bool:
    """Whether a survey response with these field names is in the old form."""
    return not LEGACY_ONLY.isdisjoint(names)


def newest(stamps: dict) -> list | None:
    """The newest of the stamps ([hlc, device]) of a record, by clock then device."""
    found = [s for s in stamps.values() if isinstance(s, list | tuple) and len(s) == 2]
    return list(max(found, key=lambda s: (int(s[0]), str(s[1])))) if found else None


def answers_of(old: dict[str, Any]) -> dict[str, Any]:
    """The answers object of an old response (its fields missing read as unanswered)."""
    answers: dict = {}
    for column in SCALES:
        if old.get(column) is not None:
            answers[column] = int(old[column])
    for column, name in YES_NO.items():
        if old.get(column) is not None:
            answers[name] = "yes" if old[column] else "no"
    if old.get("answers"):
        try:
            extra = json.loads(old["answers"])
        except ValueError:
            extra = None
        if isinstance(extra, dict):
            for name, value in extra.items():
                answers.setdefault(str(name), value)
        else:
            answers.setdefault("notes", old["answers"])
    return answers


def is_whole(old) -> bool:
    """Whether an old response's fields are all there (a record written at once), not a
    delta of only the fields changed since a laptop's last export."""
    return set(OLD_COLUMNS).issubset(old)


def answers_over(stored: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """The answers of a stored response after a delta of an old one carrying only some of its
    fields (``old``): each answer given replaces its own, one given empty clears it, and the
    answers it does not carry stay as stored."""
    out = dict(stored)
    for column in SCALES:
        if column in old and old[column] is None:
            out.pop(column, None)
    for column, name in YES_NO.items():
        if column in old and old[column] is None:
            out.pop(name, None)
    if "answers" in old and not old["answers"]:
        out.pop("notes", None)
    out.update(answers_of(old))
    return out


def dump_answers(answers: dict) -> str:
    return json.dumps(answers, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def new_values(old: dict[str, Any], language: str | None) -> dict[str, Any]:
    """The fields of the new form from those of an old response: participant_id and
    answered_on as they come, form (when the old one has a moment), form_version, language and
    answers (when the old one has any answer field)."""
    out: dict[str, Any] = {name: old[name] for name in KEPT if name in old}
    if "moment" in old:
        out["form"] = FORMS.get(old["moment"], old["moment"])
    out["form_version"] = "0"
    out["language"] = language or DEFAULT_LANGUAGE
    if any(name in old for name in OLD_COLUMNS if name != "moment"):
        out["answers"] = dump_answers(answers_of(old))
    return {name: out[name] for name in ORDER if name in out}


def new_stamps(stamps: dict[str, Any], names=NEW_FIELDS) -> dict[str, Any]:
    """The stamps of the new form from those of an old response (name -> [hlc, device]):
    participant_id and answered_on keep theirs, the new fields (of ``names``) take the newest."""
    top = newest(stamps)
    kept = {k: v for k, v in stamps.items() if k in KEPT}
    if top is not None:
        kept.update({name: top for name in NEW_FIELDS if name in names})
    return {n: kept[n] for n in ORDER if n in kept}


def new_row(old: dict[str, Any], language: str | None) -> dict[str, Any]:
    """A stored row of the old table (stamps as JSON text) as a row of the new one."""
    stamps = new_stamps(json.loads(old["stamps"] or "{}"))
    values = new_values({**{c: old[c] for c in OLD_COLUMNS}, **{k: old[k] for k in KEPT}}, language)
    values.setdefault("answers", dump_answers(answers_of(old)))
    return {"id": old["id"], "stamps": json.dumps(stamps, separators=(",", ":")), **values}
