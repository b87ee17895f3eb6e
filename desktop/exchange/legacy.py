"""Records of laptops not upgraded yet, converted on import as the migrations convert stored
ones, so that the same record converted here and migrated on its laptop merge without conflict.

- Survey responses of schema 0007 and earlier (a moment and one field per answer), as
  migration 0008 converts them (desktop.domain.survey_legacy): :func:`decode_survey` when a
  change is decoded, then their language and the answers a delta does not carry from the store
  (:func:`settle`).
- Connector meetings of schema 0013 and earlier (no status), as migration 0014 makes every
  stored meeting: held. A meeting a bundle holds whole (every other required field) and the
  store has no status of its own for takes ``held``, stamped with the newest stamp of its other
  fields (:func:`settle`). A delta of only some fields leaves the status stored alone; a meeting
  left waiting by such a bundle before this conversion is written at the next import.

Every function here runs on changes already checked by desktop.exchange.changes, which calls
them (:func:`decode_survey` from ``decode``, :func:`settle` from the merge, before it runs).
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy.orm import Session

from desktop.domain import enums as E
from desktop.domain import survey_legacy as SL
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.exchange import changes as C
from desktop.exchange.errors import MAX_INT
from desktop.storage import stamps as codec
from desktop.storage.journal import OneStamp

SURVEY = "survey_response"
MEETING = "connector_meeting"
HELD = E.MeetingStatus.HELD.value


def settle(session: Session, decoded: list[C.Change]) -> None:
    """Finish the conversions that need the store: the survey responses' answers and language,
    and the status of the meetings of laptops not upgraded yet. ``decoded`` is changed in place."""
    _settle_answers(session, decoded)
    _settle_languages(session, decoded)
    _settle_meetings(session, decoded)


# ---- survey responses ----------------------------------------------------------------------


class _LegacyLanguage(str):
    """The language of a survey response converted from the old form, until the merge reads the
    participant's (:func:`_settle_languages`)."""


LEGACY_LANGUAGE = _LegacyLanguage("")


class _LegacyAnswers(str):
    """The answers of a delta of an old-form survey response carrying only some of its fields
    (``old``), until the merge lays them over the answers stored (:func:`_settle_answers`)."""

    old: dict[str, Any]

    def __new__(cls, text: str, old: dict[str, Any]):
        made = super().__new__(cls, text)
        made.old = old
        return made


_LEGACY_NAMES = frozenset(SL.OLD_COLUMNS) | frozenset(SL.KEPT)


def _legacy_value(name: str, value: Any) -> bool:
    """Whether a value fits a field of the old form of a survey response."""
    if value is None:
        return name != "moment"
    if name == "moment" or name == "answers":
        return type(value) is str
    if name in SL.YES_NO:
        return type(value) is bool
    if name in SL.SCALES:
        return type(value) is int and -MAX_INT - 1 <= value <= MAX_INT
    return True  # participant_id and answered_on: checked as fields of the new form


def decode_survey(change: dict) -> C.Change:
    """An upsert of a survey response in the form of schema 0007 and earlier (a bundle of a
    laptop not upgraded yet), converted as migration 0008 converts a stored one
    (desktop.domain.survey_legacy): the same values, and the new fields stamped with the newest
    stamp of the old ones, so the record converted here and the same record migrated on its
    laptop merge without conflict. Its language is the participant's, read by :func:`settle`."""
    kind = SURVEY
    raw, compact = change.get("fields"), change.get("values")
    if (raw is not None and type(raw) is not dict) or (
        compact is not None and type(compact) is not dict
    ):
        raise C._rejected(
            QT_TRANSLATE_NOOP("Exchange", "The bundle is malformed: a change has no fields.")
        )
    old: dict[str, Any] = {}
    stamps: dict[str, list] = {}
    if compact:
        stamp = change.get("stamp")
        if type(stamp) is not list or len(stamp) != 2:
            raise C._bad_stamp()
        hlc, device = C._stamp(*stamp)
        for name, value in compact.items():
            old[name] = value
            stamps[name] = [hlc, device]
    for name, item in (raw or {}).items():
        if name in old:
            raise (
                C._bad_value(kind, "answers")
                if name in _LEGACY_NAMES
                else C._unknown_field(kind, name)
            )
        if type(item) is not list or len(item) != 3:
            raise C._bad_value(kind, "answers")
        old[name] = item[0]
        stamps[name] = list(C._stamp(item[1], item[2]))
    for name, value in old.items():
        if name not in _LEGACY_NAMES:
            raise C._unknown_field(kind, name)
        if not _legacy_value(name, value):
            raise C._bad_value(kind, "form" if name == "moment" else "answers")
    values = SL.new_values(old, None)
    new_stamps = SL.new_stamps(stamps, values.keys())
    fields = {n: [v, *new_stamps[n]] for n, v in values.items() if n != "language"}
    decoded = C.decode({"kind": kind, "id": change.get("id"), "op": "upsert", "fields": fields})
    out = decoded.fields
    assert isinstance(out, dict)  # decoded from fields stamped one by one, which decode keeps so
    out["language"] = (LEGACY_LANGUAGE, *new_stamps["language"])
    if "answers" in out and not SL.is_whole(old):
        text, hlc, device = out["answers"]
        out["answers"] = (_LegacyAnswers(text, old), hlc, device)
    return decoded


def _settle_languages(session: Session, decoded: list[C.Change]) -> None:
    """Give the survey responses converted from the old form (:func:`decode_survey`) their
    language, as migration 0008 does: the participant's language for documents, as the
    participant's record in the same changes has it, else as the store has it, else "es"."""
    waiting = [
        c
        for c in decoded
        if c.kind == SURVEY
        and type(c.fields) is dict
        and c.fields.get("language", (None,))[0] is LEGACY_LANGUAGE
    ]
    if not waiting:
        return
    person_of = {
        c.id: c.fields["participant_id"][0] for c in waiting if "participant_id" in c.fields
    }
    person_of.update(
        _stored(session, SURVEY, [c.id for c in waiting if c.id not in person_of], "participant_id")
    )
    wanted = set(person_of.values())
    languages: dict[str, tuple] = {}
    for c in decoded:  # the participant's record in the same changes
        if c.kind == "participant" and c.op == "upsert" and c.id in wanted:
            found = c.fields.get("preferred_language")
            if (
                found is not None
                and found[0]
                and (c.id not in languages or found[1:] > languages[c.id][1:])
            ):
                languages[c.id] = found
    known = {pid: found[0] for pid, found in languages.items()}
    known.update(
        _stored(session, "participant", sorted(wanted - known.keys()), "preferred_language")
    )
    for c in waiting:
        fields = c.fields
        assert isinstance(fields, dict)  # as `waiting` was chosen
        _value, hlc, device = fields["language"]
        fields["language"] = (
            known.get(person_of.get(c.id, "")) or SL.DEFAULT_LANGUAGE,
            hlc,
            device,
        )


def _settle_answers(session: Session, decoded: list[C.Change]) -> None:
    """Lay the answers of old-form deltas (:class:`_LegacyAnswers`) over those stored: a delta
    of only some of a response's fields keeps the answers stored that it does not carry."""
    waiting = [
        c
        for c in decoded
        if c.kind == SURVEY
        and type(c.fields) is dict
        and isinstance(c.fields.get("answers", (None,))[0], _LegacyAnswers)
    ]
    stored = _stored(session, SURVEY, [c.id for c in waiting], "answers")
    for c in waiting:
        fields = c.fields
        assert isinstance(fields, dict)  # as `waiting` was chosen
        given, hlc, device = fields["answers"]
        try:
            base = orjson.loads(stored[c.id]) if stored.get(c.id) else None
        except orjson.JSONDecodeError:
            base = None
        text = (
            SL.dump_answers(SL.answers_over(base, given.old)) if type(base) is dict else str(given)
        )
        fields["answers"] = (text, hlc, device)


def _stored(session: Session, table: str, ids: list[str], column: str) -> dict[str, Any]:
    """A column of stored records (an old-form change may not carry what its conversion needs)."""
    out: dict[str, Any] = {}
    conn = session.connection()
    for i in range(0, len(ids), C.CHUNK):
        chunk = ids[i : i + C.CHUNK]
        out.update(
            conn.exec_driver_sql(
                f"SELECT id, {column} FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})",
                tuple(chunk),
            ).fetchall()
        )
    return out


# ---- connector meetings --------------------------------------------------------------------

_MEETING_WHOLE = C.REQUIRED[MEETING] - {"status"}


def _settle_meetings(session: Session, decoded: list[C.Change]) -> None:
    """Give ``held`` to each meeting of a laptop not upgraded yet (no status) that the changes,
    with what waits for it in the store, hold whole, unless the store has a status of its own
    for it (a delta of only some fields never resets a status). The status takes the newest
    stamp of the meeting's other fields, as its laptop's migration leaves it held."""
    mine: dict[str, list[int]] = {}  # meeting id -> the positions of its upserts without status
    has_status: set[str] = set()
    for i, c in enumerate(decoded):
        if c.kind == MEETING and c.op == "upsert":
            if "status" in c.fields:
                has_status.add(c.id)
            else:
                mine.setdefault(c.id, []).append(i)
    waiting = {
        row_id: fields
        for row_id, fields in _pending_meetings(session).items()
        if "status" not in fields and row_id not in has_status
    }
    ids = sorted((mine.keys() - has_status) | waiting.keys())
    if not ids:
        return
    stamps = codec.of_rows(session, MEETING, ids)
    for row_id in ids:
        if "status" in stamps.get(row_id, ()):
            continue  # the store's own status stands
        found = {name: tuple(s[1:]) for name, s in waiting.get(row_id, {}).items()}
        for i in mine.get(row_id, ()):
            for name, s in decoded[i].fields.items():
                found[name] = max(found.get(name, s[1:]), s[1:])
        if not found.keys() >= _MEETING_WHOLE:
            continue  # a delta: the status stays as it is, or the meeting waits for the rest
        hlc, device = max(found.values())
        at = mine.get(row_id)
        if not at:  # a meeting waiting in the store since an earlier import
            decoded.append(
                C.Change(MEETING, row_id, "upsert", fields={"status": (HELD, hlc, device)})
            )
            continue
        c = decoded[at[0]]
        if type(c.fields) is OneStamp and (c.fields.hlc, c.fields.device) == (hlc, device):
            decoded[at[0]] = c._replace(
                fields=OneStamp({**c.fields.plain, "status": HELD}, hlc, device)
            )
        else:
            decoded[at[0]] = c._replace(fields={**c.fields, "status": (HELD, hlc, device)}, top=0)


def _pending_meetings(session: Session) -> dict[str, dict[str, list]]:
    """The meetings waiting in the store for a change not received yet: id -> their fields."""
    rows = (
        session.connection()
        .exec_driver_sql(
            "SELECT row_id, fields FROM merge_pending WHERE table_name = ?", (MEETING,)
        )
        .fetchall()
    )
    out = {}
    for row_id, fields in rows:
        try:
            found = orjson.loads(fields)
        except orjson.JSONDecodeError:
            continue
        if type(found) is dict:
            out[row_id] = {n: s for n, s in found.items() if type(s) is list and len(s) == 3}
    return out
