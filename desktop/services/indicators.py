"""The programme's indicators over the store (definitions: desktop.domain.indicators).

One read with plain sqlite3 over the store's reader, as the participants list does: the labs of
the period are read first, their calendar bounds (3 and 6 months after the end, 12 months before
the start) computed here, where calendar months are exact, and handed to one query that counts
every indicator in every group. On the coordinator's merged store, records of a merged-away
duplicate count as the person they were merged into: the person counts once.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date

from desktop.domain import indicators as D
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import accounts
from desktop.storage.store import Store


@dataclass(frozen=True)
class Filters:
    period: D.Period = D.Period()
    lab_ids: tuple[str, ...] = ()  # only these labs (still within the period)
    site: str | None = None  # only labs held at this site


# the 0/1 columns of the cohort members ("member" rows below) summed for each indicator
INDICATOR_SQL = {
    "participants": "1",
    "completed": "completed",
    "employed": "employed",
    "employed_within_3_months": "within_3",
    "employed_within_6_months": "within_6",
    "improved_opportunities": "improved",
}
assert tuple(INDICATOR_SQL) == D.INDICATOR_NAMES

# an employment outcome that is work (going on to further training is an outcome, not a job)
JOB = "o.contract_type != 'further_training'"

# who each merged-away duplicate is now (its records count as that person's), and every id whose
# records count as a merge survivor's: its own and those merged into it
_CANON = (
    "canon(pid, cid) AS MATERIALIZED (SELECT key, value FROM json_each(:canon)),"
    " own(pid, rid) AS MATERIALIZED (SELECT cid, pid FROM canon UNION SELECT cid, cid FROM canon)"
)
_LABS = (
    "labs(id, start_date, end_3, end_6, long_term_cut) AS MATERIALIZED (SELECT json_extract(value,"
    " '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value,"
    " '$[3]'), json_extract(value, '$[4]') FROM json_each(:labs))"
)


def _exists(member: str, source: str, column: str, condition: str, merges: bool) -> str:
    """Whether ``source`` holds a row of ``member`` (a cohort row: pid, merged) meeting the
    condition: its ``column`` is the member's id or, on a store with merges, for a merge
    survivor, any id counting as theirs. Each way is read from the participant-id index."""
    simple = f"EXISTS (SELECT 1 FROM {source} WHERE {column} = {member}.pid AND {condition})"
    if not merges:
        return simple
    merged = (
        f"EXISTS (SELECT 1 FROM own, {source} WHERE own.pid = {member}.pid AND {column} = own.rid"
        f" AND {condition})"
    )
    return f"(CASE WHEN {member}.merged THEN {merged} ELSE {simple} END)"


def _within(months: int, merges: bool) -> str:
    """A completed enrolment in a lab of the period and a job from its start to ``months``
    calendar months after its end (looked for only for members employed who completed)."""
    job = _exists(
        "flags",
        "employment_outcome AS o",
        "o.participant_id",
        f"{JOB} AND o.start_date BETWEEN labs.start_date AND labs.end_{months}",
        merges,
    )
    found = _exists(
        "flags",
        "enrolment AS e JOIN labs ON labs.id = e.lab_id",
        "e.participant_id",
        f"e.status = 'completed' AND {job}",
        merges,
    )
    return f"CASE WHEN flags.employed AND flags.completed THEN {found} ELSE 0 END"


@functools.cache
def query(merges: bool) -> str:
    """The one query counting every indicator in every group, labs and companies; ``merges``:
    built for a store where participants were merged (their records are looked for under
    every id counting as theirs), else the simpler and quicker one."""
    if merges:
        pid = "coalesce(canon.cid, e.participant_id)"
        merged = f"max(canon.cid IS NOT NULL) OR {pid} IN (SELECT cid FROM canon)"
        canon_join = " LEFT JOIN canon ON canon.pid = e.participant_id"
    else:
        pid, merged, canon_join = "e.participant_id", "0", ""
    person = "coalesce((SELECT cid FROM canon WHERE canon.pid = {0}), {0})" if merges else "{0}"
    improved = (
        "s.form IN ('end', 'followup') AND json_extract(s.answers, '$.improved_opportunities') ="
        " 'yes'"
    )
    sums = ", ".join(f"sum({INDICATOR_SQL[i]})" for i in D.INDICATOR_NAMES)
    improved_flag = _exists("flags", "survey_response AS s", "s.participant_id", improved, merges)
    if merges:  # placements and jobs counted as their person's (the cohort is read whole)
        hosts = (
            "SELECT pl.company_id FROM placement AS pl"
            f" WHERE {person.format('pl.participant_id')} IN (SELECT pid FROM cohort)"
        )
        employs = (
            "SELECT o.company_id FROM employment_outcome AS o"
            f" JOIN cohort ON cohort.pid = {person.format('o.participant_id')}"
            f" WHERE o.company_id IS NOT NULL AND {JOB} AND o.start_date >= cohort.first_start"
        )
    else:  # each placement and job looks up its person's enrolments (quicker than the whole cohort)
        hosts = (
            "SELECT pl.company_id FROM placement AS pl WHERE EXISTS (SELECT 1 FROM enrolment AS e"
            " WHERE e.participant_id = pl.participant_id AND e.lab_id IN (SELECT id FROM labs))"
        )
        employs = (
            "SELECT o.company_id FROM employment_outcome AS o WHERE o.company_id IS NOT NULL AND"
            f" {JOB} AND o.start_date >= (SELECT min(labs.start_date) FROM enrolment AS e CROSS"
            " JOIN labs WHERE e.participant_id = o.participant_id AND labs.id = e.lab_id)"
        )
    employed_flag = _exists(
        "cohort",
        "employment_outcome AS o",
        "o.participant_id",
        f"{JOB} AND o.start_date >= cohort.first_start",
        merges,
    )
    return f"""
WITH {_CANON}, {_LABS},
cohort AS MATERIALIZED (
    SELECT {pid} AS pid, min(labs.start_date) AS first_start,
           min(labs.long_term_cut) AS long_term_cut,
           max(e.status = 'completed') AS completed, {merged} AS merged
    FROM labs JOIN enrolment AS e ON e.lab_id = labs.id{canon_join}
    GROUP BY 1),
flags AS MATERIALIZED (
    SELECT cohort.*, {employed_flag} AS employed
    FROM cohort),
member AS MATERIALIZED (
    SELECT p.gender, p.migrant_status, p.unemployed_since, flags.long_term_cut, flags.completed,
           flags.employed, {_within(3, merges)} AS within_3, {_within(6, merges)} AS within_6,
           {improved_flag} AS improved
    FROM flags JOIN participant AS p ON p.id = flags.pid),
companies AS (
    SELECT lab_company.company_id FROM labs JOIN lab_company ON lab_company.lab_id = labs.id
    UNION {hosts}
    UNION {employs})
SELECT 'counts', NULL, NULL, NULL, (SELECT count(*) FROM labs), (SELECT count(*) FROM companies),
       0, 0, 0, 0
UNION ALL
SELECT 'members', gender, migrant_status,
       unemployed_since IS NOT NULL AND unemployed_since <= long_term_cut, {sums}
FROM member GROUP BY 2, 3, 4
"""


def merged_into(store: Store) -> dict[str, str]:
    """Each merged-away participant (an active merge) and whoever they count as now, following
    chains (A into B, B into C: A counts as C); a cycle left by concurrent merges stops."""
    merges = dict(
        store.reader()
        .execute("SELECT duplicate_id, survivor_id FROM participant_merge WHERE active")
        .fetchall()
    )
    out = {}
    for duplicate in merges:
        target, seen = duplicate, {duplicate}
        while target in merges and merges[target] not in seen:
            target = merges[target]
            seen.add(target)
        if target != duplicate:
            out[duplicate] = target
    return out


def labs_of(store: Store, filters: Filters) -> list[dict]:
    """The labs the filters select (by start date, both days included), earliest first."""
    clauses, params = [], []
    if filters.period.start:
        clauses.append("start_date >= ?")
        params.append(filters.period.start.isoformat())
    if filters.period.end:
        clauses.append("start_date <= ?")
        params.append(filters.period.end.isoformat())
    if filters.lab_ids:
        clauses.append(f"id IN ({', '.join('?' * len(filters.lab_ids))})")
        params += list(filters.lab_ids)
    if filters.site:
        clauses.append("site = ?")
        params.append(filters.site)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = (
        store.reader()
        .execute(
            f"SELECT id, name, site, start_date, end_date FROM lab{where} ORDER BY start_date,"
            " name",
            params,
        )
        .fetchall()
    )
    return [
        {
            "id": r[0],
            "name": r[1],
            "site": r[2],
            "start_date": date.fromisoformat(r[3]),
            "end_date": date.fromisoformat(r[4]),
        }
        for r in rows
    ]


def _lab_bounds(lab: dict) -> list[str]:
    end = lab["end_date"]
    return [
        lab["id"],
        lab["start_date"].isoformat(),
        D.add_months(end, 3).isoformat(),
        D.add_months(end, 6).isoformat(),
        D.add_months(lab["start_date"], -D.LONG_TERM_MONTHS).isoformat(),
    ]


def compute(store: Store, filters: Filters | None = None) -> D.Indicators:
    """Every indicator in every group, and the counts of labs and companies."""
    accounts.require(store, "indicators")
    filters = filters or Filters()
    labs = [_lab_bounds(lab) for lab in labs_of(store, filters)]
    canon = merged_into(store)
    params = {"canon": json.dumps(canon), "labs": json.dumps(labs)}
    rows = store.reader().execute(query(bool(canon)), params).fetchall()
    values = {i: dict.fromkeys(D.GROUP_NAMES, 0) for i in D.INDICATOR_NAMES}
    counts = dict.fromkeys(D.COUNT_NAMES, 0)
    for kind, gender, status, long_term, *figures in rows:
        if kind == "counts":
            counts = {"labs": figures[0], "companies": figures[1]}
            continue
        for group in D.groups_of(gender, status, bool(long_term)):
            for name, figure in zip(D.INDICATOR_NAMES, figures, strict=True):
                values[name][group] += figure
    return D.Indicators(filters.period, values, counts)


def lab_choices(store: Store) -> list[dict]:
    """Every lab (id, name, site, dates), latest first: the lab filter and the "a lab's dates"
    preset."""
    return list(reversed(labs_of(store, Filters())))


def labs_named(store: Store, name: str) -> tuple[str, ...]:
    """The ids of the labs called ``name`` (case and accents ignored)."""
    from desktop.domain.text import fold

    wanted = fold(name.strip())
    return tuple(
        lab["id"] for lab in labs_of(store, Filters()) if fold(lab["name"].strip()) == wanted
    )


def file_name(filters: Filters, extension: str) -> str:
    """indicators-2026-01-01-2026-12-31.xlsx, indicators-all-time.pdf: dates only, never a name."""
    start, end = filters.period.start, filters.period.end
    if start and end:
        span = f"{start.isoformat()}-{end.isoformat()}"
    elif start:
        span = f"from-{start.isoformat()}"
    elif end:
        span = f"until-{end.isoformat()}"
    else:
        span = "all-time"
    return f"indicators-{span}.{extension}"


ALL_TIME = QT_TRANSLATE_NOOP("Indicators", "All time")
FROM_TO = QT_TRANSLATE_NOOP("Indicators", "Labs starting from {start} to {end}")
FROM = QT_TRANSLATE_NOOP("Indicators", "Labs starting from {start}")
UNTIL = QT_TRANSLATE_NOOP("Indicators", "Labs starting until {end}")
LAB = QT_TRANSLATE_NOOP("Indicators", "Lab: {names}")
SITE = QT_TRANSLATE_NOOP("Indicators", "Site: {site}")


def covers(store: Store, filters: Filters, lang: str) -> str:
    """What the figures cover, in ``lang``: the period, the labs chosen, the site."""
    from desktop.domain.enums import Site
    from desktop.i18n import catalogue, format_date

    words = catalogue(lang).translate
    start, end = filters.period.start, filters.period.end
    day = lambda d: format_date(d, lang, "medium")  # noqa: E731
    if start and end:
        parts = [words(D.CONTEXT, FROM_TO).format(start=day(start), end=day(end))]
    elif start:
        parts = [words(D.CONTEXT, FROM).format(start=day(start))]
    elif end:
        parts = [words(D.CONTEXT, UNTIL).format(end=day(end))]
    else:
        parts = [words(D.CONTEXT, ALL_TIME)]
    if filters.lab_ids:
        names = sorted({lab["name"] for lab in labs_of(store, Filters(lab_ids=filters.lab_ids))})
        parts.append(words(D.CONTEXT, LAB).format(names=", ".join(names)))
    if filters.site:
        parts.append(words(D.CONTEXT, SITE).format(site=words("Enum", Site(filters.site).label)))
    return " · ".join(parts)


def export(
    store: Store, filters: Filters, fmt: str, lang: str, result: D.Indicators | None = None
) -> bytes:
    """The indicators as an ``fmt`` ("xlsx" or "pdf") file in ``lang`` (computed unless given)."""
    accounts.require(store, "indicators")
    from desktop.reports import indicators as report

    result = result or compute(store, filters)
    make = report.xlsx if fmt == "xlsx" else report.pdf
    return make(result, covers(store, filters, lang), lang)


def save(path, data: bytes):
    """Write an exported file atomically; an unwritable place is a user error naming the file."""
    from desktop.services.itinerary_docs import save_pdf

    return save_pdf(path, data)
