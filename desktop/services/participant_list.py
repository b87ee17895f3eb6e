"""The participants list: search, filters, sorting and paging, and the choices of its filters.

Plain SQL over the store's quick sqlite3 reader (no SQLAlchemy): the first screen of the
application is this list, and it is shown before the storage stack has been imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.enums import MigrantStatus
from desktop.domain.text import search_terms
from desktop.storage.store import Store


@dataclass
class Filters:
    lab_id: str | None = None
    site: str | None = None
    origin: str | None = None  # "local" or "migrant"
    gender: str | None = None
    enrolment_status: str | None = None
    technician_id: str | None = None  # "my participants": registered under or coached by them
    extra: dict = field(default_factory=dict)


SORTABLE = ("code", "last_name", "first_name", "birth_date", "gender", "migrant_status", "site")
# by last name means by the folded name key: "Álvarez" among the A's (see storage.derived)
_ORDER_COLUMN = {"last_name": "name_key"}

LIST_COLUMNS = (
    "id",
    "code",
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "migrant_status",
    "site",
    "phone",
    "document_number",
    "nationality",
)

# the lab a participant is in now: an open enrolment first, else the latest one
_CURRENT_LAB = (
    "(SELECT lab.name FROM lab JOIN enrolment ON enrolment.lab_id = lab.id"
    " WHERE enrolment.participant_id = participant.id"
    " ORDER BY enrolment.status = 'enrolled' DESC, enrolment.enrolled_on DESC LIMIT 1)"
)


def _like(term: str) -> str:
    """A LIKE pattern matching ``term`` anywhere, its wildcards taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Few matching enrolments are best read first (IN, from ix_enrolment_filter); many are best
# checked while the list is walked in its order (EXISTS), which stops at the end of the page.
# Either way alone costs up to a quarter of a second at 50,000 participants.
FEW_ENROLMENTS = 2000


def _enrolment_condition(f: Filters, mark: str = "") -> tuple[str, list]:
    """The lab and enrolment-status filters as a condition on enrolment rows (``mark`` "+"
    keeps SQLite from choosing an index by these columns)."""
    cond, params = [], []
    if f.lab_id:
        cond.append(f"{mark}enrolment.lab_id = ?")
        params.append(f.lab_id)
    if f.enrolment_status:
        cond.append(f"{mark}enrolment.status = ?")
        params.append(f.enrolment_status)
    return " AND ".join(cond), params


def _many_enrolments(store: Store, f: Filters) -> bool:
    cond, params = _enrolment_condition(f)
    sql = f"SELECT count(*) FROM (SELECT 1 FROM enrolment WHERE {cond} LIMIT {FEW_ENROLMENTS})"
    return store.reader().execute(sql, params).fetchone()[0] >= FEW_ENROLMENTS


def _technician_people(store: Store, technician_id: str) -> int:
    """How many registrations and coaching sessions name the technician (up to FEW_ENROLMENTS)."""
    sql = (
        "SELECT count(*) FROM (SELECT 1 FROM participant WHERE technician_id = ? UNION ALL"
        f" SELECT 1 FROM coaching_session WHERE technician_id = ? LIMIT {FEW_ENROLMENTS})"
    )
    return store.reader().execute(sql, (technician_id, technician_id)).fetchone()[0]


def _many_technician_people(store: Store, technician_id: str) -> bool:
    return _technician_people(store, technician_id) >= FEW_ENROLMENTS


def _technician_condition(alias: str, technician_id: str, how: str) -> tuple[str, list]:
    """A technician's participants: registered under them (the participant's technician) or
    coached by them in a session. Like the enrolment filters: few are read first from the
    technician indexes ("first"), many are checked while the list is walked ("walk"); many
    are counted by testing each person against the set of those coached ("scan", cheaper than
    collecting both sets first)."""
    params = [technician_id, technician_id]
    if how == "walk":
        return (
            (
                f"({alias}.technician_id = ? OR EXISTS (SELECT 1 FROM coaching_session WHERE"
                f" coaching_session.participant_id = {alias}.id AND +coaching_session.technician_id"
                " = ?))"
            ),
            params,
        )
    if how == "scan":
        return (
            (
                f"({alias}.technician_id = ? OR {alias}.id IN"
                " (SELECT participant_id FROM coaching_session WHERE technician_id = ?))"
            ),
            params,
        )
    return (
        (
            f"{alias}.id IN (SELECT id FROM participant WHERE technician_id = ? UNION"
            " SELECT participant_id FROM coaching_session WHERE technician_id = ?)"
        ),
        params,
    )


def _where(
    alias: str,
    text: str | None,
    filters: Filters | None,
    walk: bool = False,
    walking: tuple[bool, str] | None = None,
) -> tuple[str, list]:
    """The WHERE clause (or "") and its parameters for a table named ``alias``. ``walk``: for a
    page read in the list's order (ix_participant_order holds the columns filtered on): the
    filters are checked along it rather than read from their own indexes first. ``walking``
    says it apart for the enrolment filters (walked or not) and the technician's (how, see
    _technician_condition): the one matching few people is read first, the other checked on
    those."""
    walk_enrolment, technician_how = walking or (walk, "walk" if walk else "first")
    clauses: list[str] = []
    params: list = []
    for term in search_terms(text):
        clauses.append(f"{alias}.search_key LIKE ? ESCAPE '\\'")
        params.append(_like(term))
    f = filters or Filters()
    if f.site:
        clauses.append(f"{'+' if walk else ''}{alias}.site = ?")  # half the people: walk, no sort
        params.append(f.site)
    if f.gender:
        clauses.append(f"{alias}.gender = ?")
        params.append(f.gender)
    if f.origin == "local":
        clauses.append(f"{alias}.migrant_status = ?")
        params.append(MigrantStatus.LOCAL.value)
    elif f.origin == "migrant":
        clauses.append(f"{alias}.migrant_status != ?")
        params.append(MigrantStatus.LOCAL.value)
    if f.lab_id or f.enrolment_status:
        # walking, each participant's own enrolments are looked up by participant_id
        cond, more = _enrolment_condition(f, mark="+" if walk_enrolment else "")
        if walk_enrolment:
            clauses.append(
                f"EXISTS (SELECT 1 FROM enrolment WHERE enrolment.participant_id = {alias}.id AND"
                f" {cond})"
            )
        else:
            clauses.append(
                f"{alias}.id IN (SELECT enrolment.participant_id FROM enrolment WHERE {cond})"
            )
        params += more
    if f.technician_id:
        cond, more = _technician_condition(alias, f.technician_id, technician_how)
        clauses.append(cond)
        params += more
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def search(
    store: Store,
    text: str | None = None,
    filters: Filters | None = None,
    *,
    sort: str = "last_name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
    with_lab: bool = True,
) -> list[dict]:
    """Participants whose code, names, document number or phone contain every word of
    ``text`` (case and accents ignored), with the filters applied, sorted, one page at a time.

    The page's row ids are found from the indexes alone (see below which); only the rows of
    the page are read from the table."""
    if sort not in SORTABLE:
        sort = "last_name"
    direction = " DESC" if descending else ""
    f = filters or Filters()
    walk_enrolment = not (f.lab_id or f.enrolment_status) or _many_enrolments(store, f)
    walk_technician = not f.technician_id or _many_technician_people(store, f.technician_id)
    walk = walk_enrolment and walk_technician
    where, params = _where(
        "found", text, f, walk, (walk_enrolment, "walk" if walk_technician else "first")
    )
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params += [limit, offset]
    columns = ", ".join(f"participant.{c}" for c in LIST_COLUMNS)
    if with_lab:
        columns += f", {_CURRENT_LAB} AS current_lab"
    # The list's own order walks ix_participant_order; codes and birth dates, unsearched and
    # unfiltered, walk their own index. Otherwise the matches are found in the covering
    # ix_participant_list and then sorted ("+": walking a column's index would read a row of
    # the table for each person until a page matches, up to 0.1 s at 50,000)
    column = _ORDER_COLUMN.get(sort, sort)
    walk_order = sort == "last_name" or (sort in ("code", "birth_date") and not where)
    order = f"found.{column}" if walk_order else f"+found.{column}"
    sql = (
        f"SELECT {columns} FROM participant WHERE participant.rowid IN"
        f" (SELECT found.rowid FROM participant AS found{where}"
        f" ORDER BY {order}{direction}, found.code{page})"
        f" ORDER BY participant.{column}{direction}, participant.code"
    )
    cursor = store.reader().execute(sql, params)
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        if row["birth_date"]:
            row["birth_date"] = date.fromisoformat(row["birth_date"])
        rows.append(row)
    return rows


def count(store: Store, text: str | None = None, filters: Filters | None = None) -> int:
    f = filters or Filters()
    scan = bool(f.technician_id and _many_technician_people(store, f.technician_id))
    where, params = _where("participant", text, f, walking=(False, "scan" if scan else "first"))
    return store.reader().execute(f"SELECT count(*) FROM participant{where}", params).fetchone()[0]


def technician_choices(store: Store) -> list[tuple[str, str]]:
    """(id, full name) of every technician, by name: the choices of the technician filter."""
    return (
        store.reader().execute("SELECT id, full_name FROM technician ORDER BY full_name").fetchall()
    )


def lab_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every lab, by name: the choices of the lab filter."""
    return store.reader().execute("SELECT id, name FROM lab ORDER BY name").fetchall()
