"""Consents: what each person agreed to, since when, and what it allows.

One record per grant: the participant, the kind, the day it was given, the day it was withdrawn
(empty while in force) and, for the life story, its scope (private, anonymised or named). A
change is never an edit of a grant: a new scope is a new grant (the one in force is withdrawn the
same day), a withdrawal sets the grant's withdrawal date. So the history is the list of grants,
and each field is written once (the withdrawal date twice at most), which per-field
last-writer-wins sync merges without loss: a withdrawal made on one laptop takes effect on every
other after the next exchange, and a grant recorded elsewhere meanwhile stays a grant of its own.

The gates (``require``, ``story_scope_allowed``, ``contact_allowed_sql``) are read by the services
that need a consent; each refusal names the consent missing, in the user's language. A person
registered before consents were recorded has none: the gates say so until one is recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from desktop.domain import enums as E
from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    UserError,
    ValidationError,
)
from desktop.domain.schema import KINDS
from desktop.domain.text import person_name
from desktop.domain.validation import validate
from desktop.i18n import LANGUAGES, catalogue, format_date
from desktop.services import records
from desktop.storage.journal import Tx
from desktop.storage.models import Consent, Participant
from desktop.storage.store import Store

C = Consent.__table__
P = Participant.__table__
DATA, STORY, PHOTOS, SHARE, FOLLOW_UP = (
    k.value
    for k in (
        E.ConsentKind.DATA_PROCESSING,
        E.ConsentKind.LIFE_STORY,
        E.ConsentKind.PHOTOS,
        E.ConsentKind.SHARE_WITH_COMPANIES,
        E.ConsentKind.FOLLOW_UP,
    )
)
# scopes of the life story, from the narrowest: a grant allows its own scope and those before it
SCOPES = [s.value for s in E.ConsentScope]
PRIVATE = E.ConsentScope.PRIVATE.value


class ConsentMissing(UserError):
    """An action refused because the person has not given (or has withdrawn) the consent it
    needs."""

    def __init__(self, message: Message, kind: str):
        super().__init__(message)
        self.kind = kind


def _kind_label(kind: str) -> Message:
    return Message("Enum", E.ConsentKind(kind).label)


def _problem(name: str, text: str, **params) -> ValidationError:
    return ValidationError([FieldProblem(name, Message("Consents", text, params))])


# ---- reading ------------------------------------------------------------------------------


def in_force(consents: Iterable[dict], kind: str, on: date | None = None) -> list[dict]:
    """The grants of ``kind`` in force on ``on`` (today): given by then, not withdrawn by then."""
    on = on or date.today()
    return [
        c
        for c in consents
        if c.get("kind") == kind
        and c.get("granted")
        and c["given_on"] <= on
        and (c.get("withdrawn_on") is None or c["withdrawn_on"] > on)
    ]


def story_scope(consents: Iterable[dict], on: date | None = None) -> str | None:
    """The scope the life-story consent in force allows (a grant without a scope is private),
    or None without one. Two grants in force (recorded on two laptops before they heard of each
    other) allow the narrower."""
    found = [c.get("scope") or PRIVATE for c in in_force(consents, STORY, on)]
    return min(found, key=SCOPES.index) if found else None


def story_scope_allowed(
    consents: Iterable[dict], scope: str | None, on: date | None = None
) -> bool:
    """Whether a life story may be marked ``scope`` (private needs no consent to publish)."""
    if scope in (None, PRIVATE):
        return True
    allowed = story_scope(consents, on)
    return allowed is not None and SCOPES.index(scope) <= SCOPES.index(allowed)


def history(store: Store, participant_id: str) -> list[dict]:
    """Every consent recorded for the person, the newest first."""
    with store.read() as s:
        return _history(s, participant_id)


def _history(session, participant_id: str) -> list[dict]:
    rows = (
        session.execute(
            select(C)
            .where(C.c.participant_id == participant_id)
            .order_by(C.c.given_on.desc(), C.c.id.desc())
        )
        .mappings()
        .all()
    )
    return [dict(r) for r in rows]


def contact_allowed_sql(person: str = "p.id") -> str:
    """An SQL condition (the store's sqlite3 reader, one ``?`` for today's ISO date): the person
    whose id is ``person`` has a consent to being contacted for follow-up in force today."""
    return (
        f"EXISTS (SELECT 1 FROM consent AS c WHERE c.participant_id = {person} AND c.kind ="
        f" '{FOLLOW_UP}' AND c.granted = 1 AND c.given_on <= ?1 AND (c.withdrawn_on IS NULL OR"
        " c.withdrawn_on > ?1))"
    )


# ---- gates --------------------------------------------------------------------------------


def _person(session, participant_id: str) -> dict:
    row = (
        session.execute(
            select(P.c.code, P.c.first_name, P.c.last_name).where(P.c.id == participant_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise records.not_found("participant")
    return dict(row)


def missing(
    session, participant_id: str, kind: str, on: date | None = None
) -> ConsentMissing | None:
    """The refusal to give when the person has no ``kind`` consent in force on ``on`` (today),
    naming the consent (and the day it was withdrawn, if it was); None when it is in force."""
    on = on or date.today()
    consents = _history(session, participant_id)
    if in_force(consents, kind, on):
        return None
    person = _person(session, participant_id)
    params = {"person": person_name(person), "code": person["code"], "consent": _kind_label(kind)}
    withdrawn = [
        c
        for c in consents
        if c["kind"] == kind
        and c.get("granted")
        and c.get("withdrawn_on")
        and c["withdrawn_on"] <= on
    ]
    if withdrawn:
        last = max(c["withdrawn_on"] for c in withdrawn)
        text = QT_TRANSLATE_NOOP(
            "Consents",
            "{person} ({code}) withdrew the consent “{consent}” on {date}: "
            "this cannot be done without it.",
        )
        params["date"] = format_date(last, fmt="medium")
    else:
        text = QT_TRANSLATE_NOOP(
            "Consents",
            "{person} ({code}) has not given the consent “{consent}”: record "
            "it in the Consents section of their page first.",
        )
    return ConsentMissing(Message("Consents", text, params), kind)


def require(store: Store, participant_id: str, kind: str, on: date | None = None) -> None:
    """Refuse (ConsentMissing) unless the person's ``kind`` consent is in force."""
    with store.read() as s:
        refusal = missing(s, participant_id, kind, on)
    if refusal is not None:
        raise refusal


def check_story_scope(
    store: Store, participant_id: str, scope: str | None, on: date | None = None
) -> None:
    """Refuse marking a life story publishable beyond the scope the person consented to."""
    if scope is None:
        return  # private, as a story without a scope is: no consent needed
    with store.read() as s:
        consents = _history(s, participant_id)
        if story_scope_allowed(consents, scope, on):
            return
        person = _person(s, participant_id)
    allowed = story_scope(consents, on)
    params = {
        "person": person_name(person),
        "code": person["code"],
        "scope": Message("Enum", E.ConsentScope(scope).label),
    }
    if allowed is None:
        text = QT_TRANSLATE_NOOP(
            "Consents",
            "{person} ({code}) has no consent to the life story in force: "
            "it stays private. Record the consent and its scope in the "
            "Consents section first.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Consents",
            "{person} ({code}) consented to the life story as “{allowed}” "
            "only: it cannot be “{scope}”.",
        )
        params["allowed"] = Message("Enum", E.ConsentScope(allowed).label)
    raise ValidationError([FieldProblem("consent_scope", Message("Consents", text, params))])


# ---- recording ----------------------------------------------------------------------------

DATA_PROCESSING_ON = QT_TRANSLATE_NOOP(
    "Consents", "Consent to the processing of personal data given on"
)


def _check_day(field: str, day, today: date, label: Message | None = None) -> date:
    label = label or Message("Field", KINDS["consent"].field(field).label)
    if not isinstance(day, date):
        raise _problem(field, QT_TRANSLATE_NOOP("Consents", "{field}: give the date."), field=label)
    if day > today:
        raise _problem(
            field,
            QT_TRANSLATE_NOOP("Consents", "{field}: the date cannot be after today."),
            field=label,
        )
    return day


def grant_in(
    tx: Tx,
    participant_id: str,
    kind: str,
    given_on: date,
    scope: str | None = None,
    today: date | None = None,
) -> dict:
    """Record a consent given on ``given_on``. The grant of the same kind in force (another
    scope of the life story, or the same consent given again) is withdrawn that day, so one
    grant of a kind is in force and the earlier ones stay as its history."""
    today = today or date.today()
    if kind not in {k.value for k in E.ConsentKind}:
        raise _problem("kind", QT_TRANSLATE_NOOP("Consents", "Choose which consent was given."))
    _check_day("given_on", given_on, today)
    if kind == STORY and not scope:
        raise _problem(
            "scope",
            QT_TRANSLATE_NOOP(
                "Consents",
                "Scope: choose what may be done with the life story (private, anonymised or"
                " named).",
            ),
        )
    scope = scope if kind == STORY else None
    earlier = [
        c
        for c in _history(tx.session, participant_id)
        if c["kind"] == kind
        and c.get("granted")
        and c.get("withdrawn_on") is None
        and c["given_on"] <= given_on
    ]
    same = [c for c in earlier if (c.get("scope") or None) == scope]
    if same:
        raise _problem(
            "kind",
            QT_TRANSLATE_NOOP("Consents", "This consent is in force already, since {date}."),
            date=format_date(same[0]["given_on"], fmt="medium"),
        )
    row = records.create_in(
        tx,
        "consent",
        {
            "participant_id": participant_id,
            "kind": kind,
            "granted": True,
            "given_on": given_on,
            "scope": scope,
        },
    )
    for old in earlier:  # another scope of the life story: the new one replaces it from that day
        records.update_in(tx, "consent", old["id"], {"withdrawn_on": given_on})
    return row


def grant(
    store: Store, participant_id: str, kind: str, given_on: date, scope: str | None = None
) -> dict:
    with store.transaction() as tx:
        return grant_in(tx, participant_id, kind, given_on, scope)


def withdraw(store: Store, consent_id: str, on: date, today: date | None = None) -> dict:
    """The person withdrew this consent on ``on``: from that day it allows nothing. The grant
    stays, with its withdrawal date, in the history."""
    today = today or date.today()
    with store.transaction() as tx:
        current = tx.row("consent", consent_id)
        if current is None:
            raise records.not_found("consent")
        _check_day("withdrawn_on", on, today)
        if current.get("withdrawn_on"):
            raise _problem(
                "withdrawn_on",
                QT_TRANSLATE_NOOP("Consents", "This consent was withdrawn already, on {date}."),
                date=format_date(current["withdrawn_on"], fmt="medium"),
            )
        if on < current["given_on"]:
            raise _problem(
                "withdrawn_on",
                QT_TRANSLATE_NOOP(
                    "Consents",
                    "Withdrawn on: the date cannot be before the consent was given ({date}).",
                ),
                date=format_date(current["given_on"], fmt="medium"),
            )
        return records.update_in(tx, "consent", consent_id, {"withdrawn_on": on})


def register(
    store: Store,
    values: dict,
    data_processing_on: date | None,
    *,
    same_document_as: str | None = None,
) -> dict:
    """Register a participant, who must have consented to the processing of their personal data
    (the information notice read and signed): the consent is recorded with them, in the same
    transaction. Without its date nothing is written."""
    from desktop.services import participants

    if data_processing_on is None:
        problems = [
            FieldProblem(
                "data_processing_on",
                Message(
                    "Consents",
                    QT_TRANSLATE_NOOP(
                        "Consents",
                        "Registration needs the consent to the processing of personal data: print"
                        " the information notice in the person's language, have it signed, and give"
                        " the date.",
                    ),
                ),
            )
        ]
        try:  # what else is wrong is said at the same time
            validate(
                "participant",
                {"code": "-", "site": E.Site.CIFE.value, "preferred_language": "es", **values},
            )
        except ValidationError as exc:
            problems = exc.problems + problems
        raise ValidationError(problems)
    _check_day(
        "data_processing_on",
        data_processing_on,
        date.today(),
        Message("Consents", DATA_PROCESSING_ON),
    )
    return participants.register(
        store, values, same_document_as=same_document_as, data_processing_on=data_processing_on
    )


# ---- the information notice ---------------------------------------------------------------


def notice_pdf(store: Store, lang: str, name: str = "") -> bytes:
    """The printed information notice in ``lang`` for the person about to register (their name
    if typed already), naming this laptop's training centre."""
    from desktop.reports import notice

    site = store.meta.get("site")
    centre = ""
    if site:
        found = records.list_all(store, "site", code=site)
        if found:
            centre = found[0]["name"]
        elif site in {s.value for s in E.Site}:
            centre = catalogue(lang if lang in LANGUAGES else "es").translate(
                "Enum", E.Site(site).label
            )
    return notice.build(lang, name=name, centre=centre)


def notice_file_name(lang: str) -> str:
    """Named by its language only: the file holds a name, its name never does."""
    return f"information-notice-{lang if lang in ('es', 'en', 'fr') else 'es'}.pdf"
