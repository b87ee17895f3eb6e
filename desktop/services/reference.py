"""Labs, connectors and partner companies: the lists and detail views of the reference
screens, a lab's partner companies (lab_company records) and deletions that leave no
dangling reference behind."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.domain import enums as E
from desktop.services import accounts
from desktop.services.attendance import hours_attended_column
from desktop.services.records import create_in, not_found, update_in
from desktop.storage import stamps as codec
from desktop.storage.journal import CHILDREN, Tx
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store


def _t(kind: str):
    return RECORD_MODELS[kind].__table__


# ---- labs --------------------------------------------------------------------------------


def lab_rows(store: Store) -> list[dict]:
    """Every lab with how many participants are enrolled (currently / in total) and how many
    partner companies it has, most recent first."""
    lab, en, lc = _t("lab"), _t("enrolment"), _t("lab_company")
    enrolled = (
        select(func.count())
        .select_from(en)
        .where((en.c.lab_id == lab.c.id) & (en.c.status == "enrolled"))
        .scalar_subquery()
        .label("enrolled")
    )
    total = (
        select(func.count())
        .select_from(en)
        .where(en.c.lab_id == lab.c.id)
        .scalar_subquery()
        .label("participants")
    )
    partners = (
        select(func.count())
        .select_from(lc)
        .where(lc.c.lab_id == lab.c.id)
        .scalar_subquery()
        .label("companies")
    )
    query = select(
        lab.c.id,
        lab.c.name,
        lab.c.niche,
        lab.c.site,
        lab.c.start_date,
        lab.c.end_date,
        lab.c.planned_hours,
        lab.c.schedule,
        enrolled,
        total,
        partners,
    ).order_by(lab.c.start_date.desc(), lab.c.name)
    with store.read() as s:
        return [dict(r) for r in s.execute(query).mappings().all()]


def lab_detail(store: Store, lab_id: str) -> dict:
    """A lab, its partner companies and its enrolled participants (status and hours attended,
    from the lab register where an enrolment has one)."""
    lab, en, lc, co, p = (
        _t("lab"),
        _t("enrolment"),
        _t("lab_company"),
        _t("company"),
        _t("participant"),
    )
    with store.read() as s:
        row = s.execute(select(lab).where(lab.c.id == lab_id)).mappings().first()
        if row is None:
            raise not_found("lab")
        companies = (
            s.execute(
                select(co.c.id, co.c.name)
                .join(lc, lc.c.company_id == co.c.id)
                .where(lc.c.lab_id == lab_id)
                .order_by(co.c.name)
            )
            .mappings()
            .all()
        )
        people = (
            s.execute(
                select(
                    en.c.id.label("enrolment_id"),
                    en.c.participant_id,
                    p.c.code,
                    p.c.first_name,
                    p.c.last_name,
                    p.c.gender,
                    en.c.status,
                    en.c.enrolled_on,
                    en.c.ended_on,
                    hours_attended_column(en).label("hours_attended"),
                )
                .join(p, p.c.id == en.c.participant_id)
                .where(en.c.lab_id == lab_id)
                .order_by(p.c.last_name, p.c.first_name, p.c.code)
            )
            .mappings()
            .all()
        )
        shown = codec.public("lab", row, codec.devices(s))
    lab_values = {k: v for k, v in shown.items() if k != "stamps"}
    return {
        "lab": lab_values,
        "stamps": shown["stamps"],  # what a form editing the lab remembers (records.StaleRecord)
        "companies": [dict(c) for c in companies],
        "company_ids": [c["id"] for c in companies],
        "participants": [dict(x) for x in people],
    }


def set_lab_companies_in(tx: Tx, lab_id: str, company_ids) -> None:
    """Make the lab's partner companies exactly ``company_ids`` (links added or removed)."""
    lc = _t("lab_company")
    wanted = list(dict.fromkeys(c for c in company_ids if c))
    existing = tx.session.execute(
        select(lc.c.id, lc.c.company_id).where(lc.c.lab_id == lab_id)
    ).all()
    have = {}
    for link_id, company_id in existing:
        if company_id in wanted and company_id not in have:
            have[company_id] = link_id
        else:
            tx.delete("lab_company", link_id)  # no longer a partner (or a repeated link)
    for company_id in wanted:
        if company_id not in have:
            create_in(tx, "lab_company", {"lab_id": lab_id, "company_id": company_id})


def save_lab(store: Store, lab_id: str | None, values: dict, company_ids=None, seen=None) -> dict:
    """Create (``lab_id`` None) or change a lab and, when given, set its partner companies,
    in one transaction. With ``seen`` (the lab's stamps when its form showed it) a field
    changed meanwhile is not overwritten: records.StaleRecord, and nothing is written."""
    accounts.require(store, "reference")
    with store.transaction() as tx:
        if lab_id is None:
            saved = create_in(tx, "lab", values)
        else:
            saved = update_in(tx, "lab", lab_id, values, seen)
        if company_ids is not None:
            set_lab_companies_in(tx, saved["id"], company_ids)
        return saved


def set_lab_companies(store: Store, lab_id: str, company_ids) -> None:
    accounts.require(store, "reference")
    with store.transaction() as tx:
        if tx.row("lab", lab_id) is None:
            raise not_found("lab")
        set_lab_companies_in(tx, lab_id, company_ids)


# ---- connectors --------------------------------------------------------------------------


def connector_rows(store: Store) -> list[dict]:
    """Every connector with the name of who referred them and how many meetings they held
    (planned or cancelled ones are not counted)."""
    c, ref, m = _t("connector"), _t("connector").alias("referrer"), _t("connector_meeting")
    meetings = (
        select(func.count())
        .select_from(m)
        .where(m.c.connector_id == c.c.id, m.c.status == E.MeetingStatus.HELD.value)
        .scalar_subquery()
        .label("meetings")
    )
    query = (
        select(
            c.c.id,
            c.c.full_name,
            c.c.field,
            c.c.languages,
            c.c.neighbourhood,
            c.c.origin,
            c.c.referred_by_id,
            ref.c.full_name.label("referred_by_name"),
            c.c.capacity,
            c.c.phone,
            c.c.email,
            c.c.active,
            meetings,
        )
        .outerjoin(ref, ref.c.id == c.c.referred_by_id)
        .order_by(c.c.full_name)
    )
    with store.read() as s:
        return [dict(r) for r in s.execute(query).mappings().all()]


def connector_detail(store: Store, connector_id: str) -> dict:
    """A connector, who referred them, the connectors they brought in, the newcomers they met
    (at meetings held: one planned or cancelled is no meeting yet) and the newcomers referred
    to them (with the state of each referral)."""
    c, m, r, p = _t("connector"), _t("connector_meeting"), _t("referral"), _t("participant")
    with store.read() as s:
        row = s.execute(select(c).where(c.c.id == connector_id)).mappings().first()
        if row is None:
            raise not_found("connector")
        referrer = None
        if row["referred_by_id"]:
            referrer = s.execute(
                select(c.c.full_name).where(c.c.id == row["referred_by_id"])
            ).scalar()
        recruited = (
            s.execute(
                select(c.c.id, c.c.full_name, c.c.field)
                .where(c.c.referred_by_id == connector_id)
                .order_by(c.c.full_name)
            )
            .mappings()
            .all()
        )
        meetings = (
            s.execute(
                select(
                    m.c.id,
                    m.c.participant_id,
                    p.c.code,
                    p.c.first_name,
                    p.c.last_name,
                    m.c.met_on,
                    m.c.mode,
                )
                .join(p, p.c.id == m.c.participant_id)
                .where(m.c.connector_id == connector_id, m.c.status == E.MeetingStatus.HELD.value)
                .order_by(m.c.met_on.desc(), p.c.code)
            )
            .mappings()
            .all()
        )
        referrals = (
            s.execute(
                select(
                    r.c.id,
                    r.c.participant_id,
                    p.c.code,
                    p.c.first_name,
                    p.c.last_name,
                    r.c.status,
                    r.c.happened_on,
                )
                .join(p, p.c.id == r.c.participant_id)
                .where(r.c.connector_id == connector_id)
                .order_by(r.c.status, p.c.code)
            )
            .mappings()
            .all()
        )
    return {
        "connector": {k: v for k, v in dict(row).items() if k not in codec.SYNC_COLUMNS},
        "referred_by_name": referrer,
        "recruited": [dict(x) for x in recruited],
        "meetings": [dict(x) for x in meetings],
        "referrals": [dict(x) for x in referrals],
    }


def delete_connector(store: Store, connector_id: str) -> int:
    """Delete a connector (and their meetings and referrals); connectors they referred stay,
    without a referrer. Returns how many records were deleted."""
    accounts.require(store, "reference")
    c = _t("connector")
    with store.transaction() as tx:
        if tx.row("connector", connector_id) is None:
            raise not_found("connector")
        for (other,) in tx.session.execute(
            select(c.c.id).where(c.c.referred_by_id == connector_id)
        ).all():
            tx.update("connector", other, {"referred_by_id": None})
        return tx.delete("connector", connector_id)


# ---- companies ---------------------------------------------------------------------------


def company_rows(store: Store) -> list[dict]:
    """Every company with how many labs it partners and how many placements it hosted."""
    co, lc, pl = _t("company"), _t("lab_company"), _t("placement")
    labs = (
        select(func.count())
        .select_from(lc)
        .where(lc.c.company_id == co.c.id)
        .scalar_subquery()
        .label("labs")
    )
    placements = (
        select(func.count())
        .select_from(pl)
        .where(pl.c.company_id == co.c.id)
        .scalar_subquery()
        .label("placements")
    )
    query = select(
        co.c.id,
        co.c.name,
        co.c.sector,
        co.c.contact_name,
        co.c.phone,
        co.c.email,
        co.c.address,
        co.c.collaboration,
        labs,
        placements,
    ).order_by(co.c.name)
    with store.read() as s:
        return [dict(r) for r in s.execute(query).mappings().all()]


def company_detail(store: Store, company_id: str) -> dict:
    """A company, the labs it partners (newest first) and the work placements it hosted."""
    co, lab, lc, pl, p = (
        _t("company"),
        _t("lab"),
        _t("lab_company"),
        _t("placement"),
        _t("participant"),
    )
    with store.read() as s:
        row = s.execute(select(co).where(co.c.id == company_id)).mappings().first()
        if row is None:
            raise not_found("company")
        labs = (
            s.execute(
                select(lab.c.id, lab.c.name, lab.c.start_date, lab.c.end_date)
                .join(lc, lc.c.lab_id == lab.c.id)
                .where(lc.c.company_id == company_id)
                .order_by(lab.c.start_date.desc(), lab.c.name)
            )
            .mappings()
            .all()
        )
        placements = (
            s.execute(
                select(
                    pl.c.id,
                    pl.c.participant_id,
                    p.c.code,
                    p.c.first_name,
                    p.c.last_name,
                    pl.c.role,
                    pl.c.start_date,
                    pl.c.end_date,
                    pl.c.status,
                )
                .join(p, p.c.id == pl.c.participant_id)
                .where(pl.c.company_id == company_id)
                .order_by(pl.c.start_date.desc(), p.c.code)
            )
            .mappings()
            .all()
        )
    return {
        "company": {k: v for k, v in dict(row).items() if k not in codec.SYNC_COLUMNS},
        "labs": [dict(x) for x in labs],
        "placements": [dict(x) for x in placements],
    }


def delete_company(store: Store, company_id: str) -> int:
    """Delete a company (its lab partnerships and placements go with it); job outcomes at
    the company keep the employer's name as text. Returns how many records were deleted."""
    accounts.require(store, "reference")
    jo = _t("employment_outcome")
    with store.transaction() as tx:
        company = tx.row("company", company_id)
        if company is None:
            raise not_found("company")
        for outcome in (
            tx.session.execute(select(jo).where(jo.c.company_id == company_id)).mappings().all()
        ):
            tx.update(
                "employment_outcome",
                outcome["id"],
                {"company_id": None, "employer_name": outcome["employer_name"] or company["name"]},
            )
        return tx.delete("company", company_id)


# ---- what a deletion takes with it ---------------------------------------------------------


def dependents(store: Store, kind: str, row_id: str) -> dict[str, int]:
    """How many records of each kind would be deleted with this one (directly depending)."""
    out: dict[str, int] = {}
    with store.read() as s:
        for child_kind, column in CHILDREN.get(kind, ()):
            t = _t(child_kind)
            n = s.execute(
                select(func.count()).select_from(t).where(t.c[column] == row_id)
            ).scalar_one()
            if n:
                out[child_kind] = out.get(child_kind, 0) + n
    return out
