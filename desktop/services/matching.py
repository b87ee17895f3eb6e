"""Suggested connectors for a newcomer, ranked, each with the reasons it was suggested.

Who is never suggested: an inactive connector; one who has not agreed to be contacted (no date,
or a date still to come); one at capacity (their *load*, the newcomers they met or are to meet
at a meeting planned, or who were referred to them and are still waiting, within the last
LOAD_DAYS days, reaches their capacity: a meeting cancelled is no load); one the newcomer
already met (a meeting held) or is being introduced to (a meeting planned; one cancelled does
not count).

Everyone else is scored by the named weights below; the list is sorted by score (higher first),
then by load (lighter first), then by name.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date, timedelta

from desktop.domain import enums as E
from desktop.domain import occupations
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.text import fold
from desktop.services.records import not_found
from desktop.storage.store import Store

WEIGHT_SAME_GROUP = 40
"""Same ISCO-08 sub-major group: the point of the programme is meeting someone *in one's own
field*, so this outweighs every other reason put together."""

WEIGHT_RELATED_GROUP = 15
"""Same ISCO-08 major group (e.g. two kinds of Professionals): a neighbouring field still opens
doors, but less than one's own; worth more than language and neighbourhood alone."""

WEIGHT_SHARED_LANGUAGE = 12
"""A language both speak other than Spanish (which every participant practises in the
programme): a first conversation in one's own language builds trust quickly. Counted once."""

WEIGHT_SAME_NEIGHBOURHOOD = 10
"""Living in the same neighbourhood: meetings are easy to arrange and the connector knows the
local associations the newcomer can join."""

WEIGHT_AVAILABILITY = 5
"""The connector can meet the way asked (in person or virtual), or either way when none is
asked: a small push, since a meeting's mode can usually be agreed."""

WEIGHT_SPARE_CAPACITY = 4
"""Times the share of the connector's capacity still free: among equals, spread the newcomers
over the network instead of loading the same few connectors. Not a reason on its own."""

LOAD_DAYS = 90
"""A newcomer counts in a connector's load for 90 days after their meeting or referral."""

DEFAULT_CAPACITY = 2
"""Newcomers at a time for a connector whose capacity was not recorded."""

COMMON_LANGUAGE = "es"
CANCELLED = E.MeetingStatus.CANCELLED.value

REASONS = {
    "same_group": QT_TRANSLATE_NOOP("Matching", "Works in the same occupation group ({group})"),
    "related_group": QT_TRANSLATE_NOOP("Matching", "Works in a related occupation group ({group})"),
    "shared_language": QT_TRANSLATE_NOOP("Matching", "Speaks {languages}"),
    "same_neighbourhood": QT_TRANSLATE_NOOP(
        "Matching", "Lives in the same neighbourhood ({neighbourhood})"
    ),
    "availability": QT_TRANSLATE_NOOP("Matching", "Can meet {availability}"),
}


@dataclass
class Suggestion:
    id: str
    full_name: str
    score: float
    reasons: list[str]
    load: int
    capacity: int
    field: str = ""
    occupation_group: str | None = None
    neighbourhood: str | None = None
    availability: str | None = None
    phone: str | None = None
    shared_languages: list[str] = _field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "full_name": self.full_name,
            "score": self.score,
            "reasons": list(self.reasons),
            "load": self.load,
            "capacity": self.capacity,
            "field": self.field,
            "occupation_group": self.occupation_group,
            "neighbourhood": self.neighbourhood,
            "availability": self.availability,
            "shared_languages": list(self.shared_languages),
        }


def capacity_of(value: int | None) -> int:
    return DEFAULT_CAPACITY if value is None else int(value)


def loads(store: Store, today: date | None = None) -> dict[str, int]:
    """Connector id -> newcomers met or to be met (a meeting held or planned, not one
    cancelled), or referred and still pending, in the last LOAD_DAYS days (a newcomer counted
    once per connector)."""
    since = ((today or date.today()) - timedelta(days=LOAD_DAYS)).isoformat()
    sql = """
        SELECT connector_id, COUNT(DISTINCT participant_id) FROM (
            SELECT connector_id, participant_id FROM connector_meeting
             WHERE met_on >= :since AND status != :cancelled
            UNION
            SELECT r.connector_id, r.participant_id FROM referral r
              JOIN connector_meeting m ON m.id = r.meeting_id
             WHERE r.status = 'pending' AND m.met_on >= :since AND m.status != :cancelled
        ) GROUP BY connector_id"""
    return dict(store.reader().execute(sql, {"since": since, "cancelled": CANCELLED}).fetchall())


def _languages(value: str | None) -> set[str]:
    return {c for c in (value or "").split(",") if c}


def suggest(
    store: Store,
    participant_id: str,
    *,
    limit: int | None = 10,
    mode: str | None = None,
    today: date | None = None,
) -> list[Suggestion]:
    """The connectors to suggest to a participant, best first (see the module's docstring).
    ``mode``: the meeting mode wanted ("in_person" or "virtual"), if any."""
    today = today or date.today()
    reader = store.reader()
    person = reader.execute(
        "SELECT desired_occupation_group, languages, neighbourhood FROM participant WHERE id = ?",
        (participant_id,),
    ).fetchone()
    if person is None:
        raise not_found("participant")
    group, person_languages, neighbourhood = person
    person_languages = _languages(person_languages) - {COMMON_LANGUAGE}
    folded_place = fold(neighbourhood)
    major = occupations.major_of(group)
    # met (a meeting held), or being introduced (one planned); a meeting cancelled is no meeting
    met = {
        row[0]
        for row in reader.execute(
            "SELECT DISTINCT connector_id FROM connector_meeting WHERE participant_id = ? AND"
            " status != ?",
            (participant_id, CANCELLED),
        )
    }
    load_by_id = loads(store, today)
    rows = reader.execute(
        "SELECT id, full_name, field, occupation_group, languages, neighbourhood, availability,"
        " capacity, phone FROM connector WHERE COALESCE(active, 1) = 1 AND contact_consent_on IS"
        " NOT NULL AND contact_consent_on <= ?",
        (today.isoformat(),),
    ).fetchall()
    fits = {"both", mode} if mode else {"both"}
    majors = {code: g.major for code, g in occupations.groups().items()}
    places: dict[str | None, bool] = {}  # a neighbourhood's text -> same as the participant's
    langs: dict[str | None, list[str]] = {}  # a languages list -> those shared with the participant
    found: list[tuple] = []
    for cid, name, field_text, cgroup, clangs, cplace, availability, capacity, phone in rows:
        if cid in met:
            continue
        cap = DEFAULT_CAPACITY if capacity is None else capacity
        load = load_by_id.get(cid, 0)
        if load >= cap:
            continue
        score = WEIGHT_SPARE_CAPACITY * (cap - load) / cap
        reasons = []
        if group and cgroup == group:
            score += WEIGHT_SAME_GROUP
            reasons.append("same_group")
        elif major is not None and majors.get(cgroup) == major:
            score += WEIGHT_RELATED_GROUP
            reasons.append("related_group")
        shared = langs.get(clangs)
        if shared is None:
            shared = langs[clangs] = sorted(person_languages & _languages(clangs))
        if shared:
            score += WEIGHT_SHARED_LANGUAGE
            reasons.append("shared_language")
        same_place = places.get(cplace)
        if same_place is None:
            same_place = places[cplace] = bool(folded_place) and fold(cplace) == folded_place
        if same_place:
            score += WEIGHT_SAME_NEIGHBOURHOOD
            reasons.append("same_neighbourhood")
        if availability in fits:
            score += WEIGHT_AVAILABILITY
            reasons.append("availability")
        found.append(
            (
                -score,
                load,
                fold(name),
                cid,
                name,
                reasons,
                cap,
                field_text,
                cgroup,
                cplace,
                availability,
                phone,
                shared,
            )
        )
    best = sorted(found) if limit is None else heapq.nsmallest(limit, found)
    return [
        Suggestion(
            cid,
            name,
            round(-neg, 3),
            reasons,
            load,
            cap,
            field_text,
            cgroup,
            cplace,
            availability,
            phone,
            list(shared),
        )
        for (
            neg,
            load,
            _key,
            cid,
            name,
            reasons,
            cap,
            field_text,
            cgroup,
            cplace,
            availability,
            phone,
            shared,
        ) in best
    ]


def reason_words(s: Suggestion, words) -> list[str]:
    """The suggestion's reasons as sentences in the interface language; ``words`` is a
    translate function (context, text) -> text."""
    from desktop.domain import enums as E
    from desktop.i18n import current_language, language_name

    lang = current_language()
    values = {
        "group": occupations.title(s.occupation_group, lang).split(" · ", 1)[-1],
        "languages": ", ".join(language_name(c) for c in s.shared_languages),
        "neighbourhood": s.neighbourhood or "",
        "availability": (
            words("Enum", E.Availability(s.availability).label).lower()
            if s.availability in {m.value for m in E.Availability}
            else ""
        ),
    }
    return [words("Matching", REASONS[code]).format(**values) for code in s.reasons]
