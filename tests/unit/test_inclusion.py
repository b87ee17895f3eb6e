"""The areas that help inclusion: introductions of a participant (validated, translated), the
local associations the coordinator keeps (sent back to the laptops in reference data), an
introduction made on a laptop reaching the coordinator in a bundle, and an association named by
introductions never deleted from under them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop import i18n
from desktop.domain.messages import ValidationError
from desktop.exchange.reference import REFERENCE_KINDS
from desktop.services import associations, itinerary, participants, records
from desktop.services import exchange as X
from desktop.storage import migrate
from tests.days import RUN_DAY
from tests.unit.test_bundle_support import pair

TODAY = RUN_DAY
pytestmark = pytest.mark.usefixtures("run_day")


def _person(store) -> dict:
    return participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
            "neighbourhood": "Loranca",
        },
    )


def _association(store, name="Asociación Vecinal Loranca", **extra) -> dict:
    return records.create(
        store,
        "association",
        {
            "name": name,
            "neighbourhood": "Loranca",
            "phone": "916 00 00 00",
            "active": True,
            **extra,
        },
    )


def _introduce(store, pid, **values) -> dict:
    return records.create(
        store,
        "inclusion_introduction",
        {
            "participant_id": pid,
            "introduced_on": TODAY - timedelta(days=3),
            "area": "coexistence_board",
            "interest": "maybe",
            **values,
        },
    )


@pytest.fixture
def _spanish(qapp):
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def test_an_introduction_is_kept_with_its_area_association_and_interest(store):
    pid = _person(store)["id"]
    club = _association(store)
    _introduce(store, pid, area="association", association_id=club["id"], interest="yes")
    _introduce(store, pid, area="anti_rumours", interest="no", notes="Prefers the neighbourhood")
    shown = itinerary.records_of(store, pid)["inclusion_introduction"]
    assert [(r["area"], r["association_name"], r["interest"]) for r in shown] == [
        ("association", "Asociación Vecinal Loranca", "yes"),
        ("anti_rumours", None, "no"),
    ]
    # the association's list counts who was introduced and who wants to join
    row = associations.association_rows(store)[0]
    assert (row["name"], row["introductions"], row["interested"]) == (
        "Asociación Vecinal Loranca",
        1,
        1,
    )
    assert [
        p["code"] for p in associations.association_detail(store, club["id"])["introductions"]
    ] == [participants.search(store)[0]["code"]]
    # the phone is stored as every phone is (E.164)
    assert records.get(store, "association", club["id"])["phone"] == "+34916000000"


def test_what_cannot_be_an_introduction_is_refused_naming_the_field(store, _spanish):
    pid = _person(store)["id"]
    club = _association(store)
    cases = [
        (
            {"introduced_on": TODAY + timedelta(days=1)},
            "introduced_on",
            "Fecha: no se puede registrar una presentación en un día que aún no ha llegado.",
        ),
        (
            {"area": "association"},
            "association_id",
            "Asociación: elija la asociación local a la que se presentó a la persona participante.",
        ),
        (
            {"area": "neighbourhood", "association_id": club["id"]},
            "association_id",
            (
                "Asociación: solo una presentación a una asociación local la nombra (déjela vacía,"
                " o elija el área Una asociación local)."
            ),
        ),
        ({"interest": None}, "interest", "Interés en participar: campo obligatorio."),
    ]
    for values, field, text in cases:
        with pytest.raises(ValidationError) as err:
            _introduce(store, pid, **values)
        assert err.value.fields == [field]
        assert i18n.render(err.value.for_field(field)) == text
    assert records.list_all(store, "inclusion_introduction") == []
    # today itself is a day an introduction may have taken place
    assert _introduce(store, pid, introduced_on=TODAY)["introduced_on"] == TODAY


def test_an_association_named_by_introductions_is_not_deleted(store, _spanish):
    pid = _person(store)["id"]
    club, other = _association(store), _association(store, "Club de lectura")
    _introduce(store, pid, area="association", association_id=club["id"])
    with pytest.raises(associations.AssociationInUse) as err:
        associations.delete_association(store, club["id"])
    assert i18n.render(err.value.message).startswith(
        "No se puede eliminar la asociación «Asociación Vecinal Loranca»"
    )
    assert records.get(store, "association", club["id"])["name"] == "Asociación Vecinal Loranca"
    assert associations.delete_association(store, other["id"]) == 1
    # retired instead: no longer offered, except to the introduction that names it
    records.update(store, "association", club["id"], {"active": False})
    assert associations.association_choices(store) == []
    assert associations.association_choices(store, keep=club["id"]) == [
        (club["id"], "Asociación Vecinal Loranca")
    ]


def test_associations_travel_in_reference_data_and_introductions_in_bundles(
    tmp_path, tmp_path_factory
):
    assert "association" in REFERENCE_KINDS and "inclusion_introduction" not in REFERENCE_KINDS
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=0)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        # the coordinator keeps the list; the laptop receives it with the reference data
        club = _association(coordinator, "Mesa de Loranca")
        assert records.list_all(laptop, "association") == []
        X.apply_import(laptop, X.export(coordinator, usb).path)
        assert [
            (a["id"], a["name"], a["active"]) for a in records.list_all(laptop, "association")
        ] == [(club["id"], "Mesa de Loranca", True)]

        # the technician introduces a newcomer to it; the coordinator gets it with the next stick
        pid = _person(laptop)["id"]
        intro = _introduce(
            laptop, pid, area="association", association_id=club["id"], interest="yes"
        )
        exported = X.export(laptop, usb)
        assert exported.counts["inclusion_introduction"] == 1
        X.apply_import(coordinator, exported.path)
        got = records.get(coordinator, "inclusion_introduction", intro["id"])
        assert (got["participant_id"], got["association_id"], got["interest"]) == (
            pid,
            club["id"],
            "yes",
        )
        assert associations.association_rows(coordinator)[0]["interested"] == 1

        # a change of the list (retired) reaches the laptop the same way
        records.update(coordinator, "association", club["id"], {"active": False})
        X.apply_import(laptop, X.export(coordinator, usb).path)
        assert records.get(laptop, "association", club["id"])["active"] is False
        assert associations.association_choices(laptop) == []
    finally:
        laptop.close()
        coordinator.close()


def test_the_printed_itinerary_says_where_the_participant_was_introduced(store):
    import io

    from pypdf import PdfReader

    from desktop.services import consents
    from desktop.services import itinerary_docs as docs

    def text(pdf: bytes) -> str:
        return " ".join(
            " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
        )

    pid = _person(store)["id"]
    club = _association(store, "Club de lectura")
    _introduce(
        store,
        pid,
        area="association",
        association_id=club["id"],
        interest="yes",
        notes="Private remark",
        introduced_on=date(2026, 3, 2),
    )
    _introduce(store, pid, area="anti_rumours", interest="no", introduced_on=date(2026, 3, 9))
    own = text(docs.participant_pdf(store, pid, "en")[0])
    assert "Introductions to the areas that help inclusion" in own
    assert "Club de lectura, a local association" in own and "Anti-Rumours network" in own
    assert "Wants to join" in own and "Private remark" not in own  # the notes are never printed
    french = text(docs.participant_pdf(store, pid, "fr")[0])
    assert "Présentations aux espaces qui favorisent l’inclusion" in french
    assert (
        "Réseau Anti-rumeurs" in french
        and "2 mars 2026" in french
        and "Club de lectura, une association locale" in french
    )
    # a copy for a partner company leaves the part out (the areas could hint at one's origin)
    company = records.create(store, "company", {"name": "Hostelería Sur"})["id"]
    consents.grant(store, pid, "share_with_companies", TODAY - timedelta(days=2))
    shared = text(docs.participant_pdf(store, pid, "en", for_company=company)[0])
    assert "Hostelería Sur" in shared and "Anti-Rumours network" not in shared


def test_the_migration_adds_both_kinds_to_a_store_of_the_revision_before(data_dir):
    import sqlite3

    from desktop.storage.engine import db_path, make_engine
    from desktop.storage.store import Store

    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0014")
    engine.dispose()
    con = sqlite3.connect(path)
    assert not {"association", "inclusion_introduction"} & {
        r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    con.close()
    store = Store.open(data_dir)
    try:
        assert records.list_all(store, "association") == []
        assert records.list_all(store, "inclusion_introduction") == []
    finally:
        store.close()
