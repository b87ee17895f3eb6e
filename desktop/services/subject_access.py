"""Subject access and portability: "everything we hold about this person".

One action (the participant page, ``milma subject-access CODE -o DIR``) writes two files: a
readable PDF in the participant's language (desktop.reports.subject_access) and a JSON file of
the same data. The records are found from the schema (desktop.domain.person_records): every kind
with a reference to a participant and their children, so a new kind appears without a change
here; the records of a duplicate merged into the person are theirs too.

The files are named ``subject-access-<random>.pdf`` and ``.json``: neither the name nor the
participant code, because the code, though it names nobody by itself, singles the person out to
anyone who can look codes up, and the files travel by e-mail or on a stick. The random part is kept
in the audit entry of the export, so the coordinator can tell which request a file answered.
"""

from __future__ import annotations

import json
import logging
import secrets
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.atomic import write_atomic
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.domain.person_records import PERSON, links
from desktop.domain.schema import KINDS
from desktop.i18n import LANGUAGES
from desktop.services import audit
from desktop.services.erasure import people as merged_people
from desktop.services.participants import by_code
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store

log = logging.getLogger("milma.subject_access")

FORMAT = "milma-subject-access"
VERSION = 1
# a referenced record is named by the first of these fields it has
_NAME_FIELDS = ("name", "full_name", "code", "title")


def _table(kind: str):
    return RECORD_MODELS[kind].__table__


def _plain(kind: str, row) -> dict:
    """A record as the schema knows it: its id and every field (no sync stamps, no columns
    derived for searching)."""
    return {"id": row["id"], **{name: row[name] for name in KINDS[kind].names}}


def _ref_name(session, kind: str, record_id: str | None, depth: int = 0):
    """How a referenced record is called: its name (a lab, a company, a connector), else what it
    refers to (an enrolment: its lab) with its first date (a meeting: its day)."""
    if not record_id or kind not in KINDS:
        return None
    row = (
        session.execute(select(_table(kind)).where(_table(kind).c.id == record_id))
        .mappings()
        .first()
    )
    if row is None:
        return None
    spec = KINDS[kind]
    for name in _NAME_FIELDS:
        if name in spec.names and row[name]:
            return row[name]
    parts = []
    for f in spec.fields:
        if f.ref is not None and f.required and f.ref != PERSON and depth < 2:
            found = _ref_name(session, f.ref, row[f.name], depth + 1)
            if found:
                parts.append(found)
                break
    for f in spec.fields:
        if f.type in ("date", "datetime") and row[f.name]:
            parts.append(row[f.name])
            break
    return parts[0] if len(parts) == 1 else tuple(parts) if parts else None


def gather(store: Store, participant_id: str) -> dict:
    """Every record about the person: {"participant": record, "duplicates": [records merged
    into them], "records": {kind: [records]}, "refs": {(kind, field, id): name}}."""
    with store.read() as s:
        people = merged_people(s, participant_id)
        p = _table(PERSON)
        rows = {r["id"]: r for r in s.execute(select(p).where(p.c.id.in_(people))).mappings().all()}
        if participant_id not in rows:
            from desktop.services.records import not_found

            raise not_found(PERSON)
        found: dict[str, dict[str, dict]] = {}
        for link in links():
            t = _table(link.kind)
            targets = people if link.parent is None else list(found.get(link.parent, {}))
            if not targets:
                continue
            for r in (
                s.execute(select(t).where(t.c[link.field].in_(targets)).order_by(t.c.id))
                .mappings()
                .all()
            ):
                found.setdefault(link.kind, {})[r["id"]] = _plain(link.kind, r)
        refs = {}
        for kind, items in found.items():
            for f in KINDS[kind].fields:
                if f.ref is None or f.ref == PERSON:
                    continue
                for item in items.values():
                    if item.get(f.name) and (kind, f.name, item[f.name]) not in refs:
                        refs[(kind, f.name, item[f.name])] = _ref_name(s, f.ref, item[f.name])
        person_refs = {}
        for f in KINDS[PERSON].fields:
            if f.ref is not None and rows[participant_id][f.name]:
                person_refs[(PERSON, f.name, rows[participant_id][f.name])] = _ref_name(
                    s, f.ref, rows[participant_id][f.name]
                )
        refs.update(person_refs)
        codes = {pid: rows[pid]["code"] for pid in rows}
    return {
        "participant": _plain(PERSON, rows[participant_id]),
        "duplicates": [_plain(PERSON, rows[pid]) for pid in people[1:] if pid in rows],
        "records": {kind: list(items.values()) for kind, items in found.items()},
        "refs": refs,
        "codes": codes,
    }


def special_fields() -> dict[str, list[str]]:
    """Kind -> its fields of a special category, as the schema marks them."""
    return {
        k.name: [f.name for f in k.fields if f.special]
        for k in KINDS.values()
        if any(f.special for f in k.fields)
    }


def document_language(person: dict, lang: str | None = None) -> str:
    if lang in LANGUAGES:
        return lang
    preferred = person.get("preferred_language")
    return preferred if preferred in LANGUAGES else "es"


def _json_value(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _ref_json(value):
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    return _json_value(value)


def portable(data: dict, lang: str, generated_at: datetime) -> dict:
    """The JSON document: every record with its field names and values as stored, the labels
    the interface gives them in the document's language, the names of the records referred to,
    and which fields are of a special category."""
    from desktop.i18n import catalogue

    cat = catalogue(lang)
    kinds = [PERSON, *data["records"]]

    def record(kind: str, item: dict) -> dict:
        out = {name: _json_value(value) for name, value in item.items()}
        if kind == "survey_response" and isinstance(out.get("answers"), str):
            try:
                out["answers"] = json.loads(out["answers"])
            except ValueError:
                pass
        names = {
            f.name: _ref_json(data["refs"].get((kind, f.name, item.get(f.name))))
            for f in KINDS[kind].fields
            if f.type == "ref" and f.ref != PERSON and item.get(f.name)
        }
        names.update(
            {
                f.name: data["codes"].get(item.get(f.name))
                for f in KINDS[kind].fields
                if f.type == "ref" and f.ref == PERSON and item.get(f.name) in data["codes"]
            }
        )
        if names:
            out["_refers_to"] = names
        return out

    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "language": lang,
        "participant": record(PERSON, data["participant"]),
        "duplicates_merged_into_them": [record(PERSON, d) for d in data["duplicates"]],
        "records": {
            kind: [record(kind, item) for item in items] for kind, items in data["records"].items()
        },
        "labels": {
            kind: {
                "kind": cat.translate("Kind", KINDS[kind].label),
                "fields": {f.name: cat.translate("Field", f.label) for f in KINDS[kind].fields},
            }
            for kind in kinds
        },
        "special_categories": {k: v for k, v in special_fields().items() if k in kinds},
        "audit": data.get("audit", []),
    }


def survey_answers(item: dict, lang: str) -> list[tuple[str, str]]:
    """A survey response's answers as (question, answer) in the document's language, by the
    questionnaire's own texts (the question name and value when the form is not known)."""
    from desktop.domain.surveys import FormError
    from desktop.services.surveys import load_form

    try:
        answers = json.loads(item.get("answers") or "{}")
    except ValueError:
        return []
    try:
        form = load_form(item.get("form") or "")
    except FormError:
        form = None
    out = []
    for name, value in answers.items() if isinstance(answers, dict) else ():
        q = form.question(name) if form else None
        if q is None:
            out.append((name, str(value)))
        else:
            out.append((q.label(lang), q.choice_label(value, lang) if q.choices else str(value)))
    return out


def file_names(token: str) -> tuple[str, str]:
    return f"subject-access-{token}.pdf", f"subject-access-{token}.json"


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(
        Message(
            "SubjectAccess",
            QT_TRANSLATE_NOOP("SubjectAccess", "Cannot write {path}: {reason}"),
            {"path": str(path), "reason": exc.strerror or exc.__class__.__name__},
        )
    )


def export(
    store: Store,
    participant_id: str,
    folder: str | Path,
    lang: str | None = None,
    now: datetime | None = None,
) -> tuple[Path, Path]:
    """Write the PDF and the JSON into ``folder`` (made when missing); returns their paths. The
    export is written in the audit log, with the random part of the file names."""
    from desktop.reports import subject_access as report

    now = now or datetime.now(UTC)
    data = gather(store, participant_id)
    language = document_language(data["participant"], lang)
    data["answers"] = {
        item["id"]: survey_answers(item, language)
        for item in data["records"].get("survey_response", [])
    }
    data["audit"] = [
        {k: e[k] for k in ("at", "action", "kind", "record_id")}
        for e in audit.entries(store, code=data["participant"]["code"], limit=None)
    ]
    pdf = report.build(data, language, now.date(), audit.ACTIONS)
    text = json.dumps(
        portable(data, language, now), ensure_ascii=False, indent=2, sort_keys=True
    ).encode("utf-8")
    target = Path(folder).expanduser()
    token = secrets.token_hex(6)
    pdf_name, json_name = file_names(token)
    try:
        target.mkdir(parents=True, exist_ok=True)
        if not target.is_dir():
            raise NotADirectoryError(20, "Not a directory", str(target))
        pdf_path = write_atomic(target / pdf_name, pdf)
        json_path = write_atomic(target / json_name, text)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    counts = {kind: len(items) for kind, items in data["records"].items()}
    with store.transaction() as tx:
        audit.note(
            tx,
            "export",
            PERSON,
            participant_id,
            detail={
                "document": "subject_access",
                "files": token,
                "records": counts,
                "language": language,
            },
        )
    log.info(
        "subject access export for participant %s: %d records",
        participant_id,
        sum(counts.values()) + 1,
    )
    return pdf_path, json_path


def export_by_code(
    store: Store, code: str, folder: str | Path, lang: str | None = None
) -> tuple[Path, Path]:
    return export(store, by_code(store, code)["id"], folder, lang)
