"""Demo data (deterministic, the whole programme) and participant search."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.messages import UserError
from desktop.domain.text import fold
from desktop.services import demo, participants, records
from desktop.services.setup import init_device
from desktop.storage.store import Store

VOLATILE = {
    "id",
    "stamps",
    "code",
    "search_key",
    "participant_id",
    "technician_id",
    "lab_id",
    "company_id",
    "connector_id",
    "meeting_id",
    "referred_by_id",
    "recorded_by",
    "email",
}


def _snapshot(store):
    out = {}
    for kind in (
        "participant",
        "lab",
        "goal",
        "coaching_session",
        "connector",
        "placement",
        "survey_response",
    ):
        rows = records.list_all(store, kind)
        out[kind] = sorted(
            tuple(sorted((k, str(v)) for k, v in r.items() if k not in VOLATILE)) for r in rows
        )
    return out


def test_same_seed_same_data(tmp_path):
    snaps = []
    for name in ("a", "b"):
        store = Store.open(tmp_path / name)
        init_device(store, "CIFE")
        demo.generate(store, 30, seed=42)
        snaps.append(_snapshot(store))
        store.close()
    assert snaps[0] == snaps[1]
    other = Store.open(tmp_path / "c")
    init_device(other, "CIFE")
    demo.generate(other, 30, seed=43)
    assert _snapshot(other) != snaps[0]
    other.close()


def test_demo_covers_the_whole_programme(store):
    counts = demo.generate(store, 120, seed=5)
    assert counts["participant"] == 120
    for kind in (
        "lab",
        "enrolment",
        "goal",
        "coaching_session",
        "life_story",
        "connector",
        "connector_meeting",
        "referral",
        "company",
        "placement",
        "employment_outcome",
        "survey_response",
        "consent",
    ):
        assert counts[kind] > 0, kind
    labs = {r["name"] for r in records.list_all(store, "lab")}
    assert {"Gardening Assistant", "Health Institution Warden"} <= labs
    people = records.list_all(store, "participant")
    statuses = Counter(p["migrant_status"] for p in people)
    assert statuses["local"] > 0 and statuses["local"] < 120
    assert len({p["nationality"] for p in people}) >= 5
    # codes carry the site and this laptop's tag, in sequence
    assert sorted(p["code"] for p in people)[0] == f"CIF-{store.device_tag}-0001"
    # the next registration continues the sequence
    p = participants.register(
        store,
        {
            "first_name": "Ana",
            "last_name": "Ruiz",
            "birth_date": "1990-02-02",
            "gender": "female",
            "migrant_status": "local",
        },
    )
    assert p["code"] == f"CIF-{store.device_tag}-0121"


def test_negative_count_refused(store):
    with pytest.raises(UserError):
        demo.generate(store, -1)


NAMES = [
    ("José", "Núñez Çelik", "X1234567L", "+34 600 111 222"),
    ("Françoise", "Ndiaye", "Y7654321G", "611 22 33 44"),
    ("Oleksandr", "Kovalenko", None, None),
    ("Ștefan", "Popescu", None, "622000111"),
]


@pytest.fixture
def people(store):
    out = []
    for first, last, doc, phone in NAMES:
        values = {
            "first_name": first,
            "last_name": last,
            "birth_date": "1985-06-01",
            "gender": "male",
            "migrant_status": "migrant",
            "phone": phone,
        }
        if doc:
            from stdnum.es import nie

            doc = doc[:-1] + nie.calc_check_digit(doc[:-1])
            values.update(document_type="NIE", document_number=doc)
        out.append(participants.register(store, values))
    return out


@pytest.mark.parametrize(
    "query,expected",
    [
        ("nunez", ["Núñez Çelik"]),
        ("NÚÑEZ", ["Núñez Çelik"]),
        ("celik jose", ["Núñez Çelik"]),
        ("francoise", ["Ndiaye"]),
        ("stefan", ["Popescu"]),
        ("kovalenko", ["Kovalenko"]),
        ("600111", ["Núñez Çelik"]),
        ("622 000", ["Popescu"]),
        ("6112233", ["Ndiaye"]),
        ("x1234567", ["Núñez Çelik"]),
        ("nobody", []),
    ],
)
def test_search_matches_names_document_phone_ignoring_case_and_accents(
    people, store, query, expected
):
    found = [r["last_name"] for r in participants.search(store, query)]
    assert found == expected
    assert participants.count(store, query) == len(expected)


@pytest.mark.parametrize("query", ["%", "_", "n_n", "%ez"])
def test_search_takes_wildcards_literally(people, store, query):
    """A percent sign or underscore typed in the search box is a character, not "anything"."""
    assert participants.search(store, query) == []
    assert participants.count(store, query) == 0


def test_search_by_code(people, store):
    code = people[2]["code"]
    assert [r["code"] for r in participants.search(store, code.lower())] == [code]


def test_filters_and_sorting(demo_store):
    everyone = participants.search(demo_store)
    migrants = participants.search(demo_store, filters=participants.Filters(origin="migrant"))
    locals_ = participants.search(demo_store, filters=participants.Filters(origin="local"))
    assert len(migrants) + len(locals_) == len(everyone)
    assert all(r["migrant_status"] != "local" for r in migrants)
    women = participants.search(demo_store, filters=participants.Filters(gender="female"))
    assert women and all(r["gender"] == "female" for r in women)
    lab = records.list_all(demo_store, "lab")[0]
    in_lab = participants.search(demo_store, filters=participants.Filters(lab_id=lab["id"]))
    assert all(r["current_lab"] == lab["name"] for r in in_lab)
    by_birth = participants.search(demo_store, sort="birth_date", descending=True)
    assert [r["birth_date"] for r in by_birth] == sorted(
        (r["birth_date"] for r in everyone), reverse=True
    )
    page = participants.search(demo_store, limit=10, offset=10)
    assert [r["id"] for r in page] == [r["id"] for r in everyone[10:20]]


@pytest.mark.parametrize("sort", participants.SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_order_with_a_search_and_a_filter(demo_store, sort, descending):
    """Whichever index the query walks, the page is in the order asked (ties by code)."""
    filters = participants.Filters(origin="migrant")
    found = participants.search(demo_store, "a", filters, sort=sort, descending=descending)
    everyone = [
        r
        for r in participants.search(demo_store)
        if r["migrant_status"] != "local"
        and "a"
        in fold(
            f"{r['first_name']} {r['last_name']} {r['code']} {r['document_number'] or ''} "
            f"{r['phone'] or ''}"
        )
    ]
    # by last name: accents and case aside, then first name (storage.derived.participant_name_key)
    key = [
        (
            (fold(r["last_name"]), fold(r["first_name"])) if sort == "last_name" else r[sort],
            r["code"],
        )
        for r in found
    ]
    assert found and key == sorted(key, key=lambda k: k[0], reverse=descending)
    assert {r["id"] for r in found} <= {r["id"] for r in everyone}
    assert len(found) == participants.count(demo_store, "a", filters)


def test_the_list_orders_names_with_accents_among_the_others(store):
    """Spanish surnames often begin with an accented letter: "Álvarez" comes among the A's,
    "Ávila" before "Ayala", not after "Zapata"; case does not matter either."""
    for last in ("Zapata", "Ávila", "álvarez", "Ayala", "Alonso", "Úbeda", "Ugarte"):
        participants.register(
            store,
            {
                "first_name": "Ana",
                "last_name": last,
                "birth_date": "1985-06-01",
                "gender": "female",
                "migrant_status": "local",
            },
        )
    shown = [r["last_name"] for r in participants.search(store)]
    assert shown == ["Alonso", "álvarez", "Ávila", "Ayala", "Úbeda", "Ugarte", "Zapata"]
    assert [r["last_name"] for r in participants.search(store, descending=True)] == shown[::-1]


@pytest.mark.parametrize("status", [None, "enrolled", "completed"])
def test_lab_filters_read_first_or_checked_along_give_the_same_page(
    demo_store, monkeypatch, status
):
    """The lab and enrolment-status filters are read two ways depending on how many match:
    both give the same people in the same order."""
    from desktop.services import participant_list

    enrolment = next(
        e for e in records.list_all(demo_store, "enrolment") if status in (None, e["status"])
    )
    filters = participant_list.Filters(lab_id=enrolment["lab_id"], enrolment_status=status)
    monkeypatch.setattr(participant_list, "FEW_ENROLMENTS", 10**9)  # always read first
    read_first = participant_list.search(demo_store, None, filters, limit=50)
    monkeypatch.setattr(participant_list, "FEW_ENROLMENTS", 1)  # always checked along the list
    checked_along = participant_list.search(demo_store, None, filters, limit=50)
    assert read_first == checked_along and read_first


def test_duplicates_same_document_or_similar_name_and_birth(people, store):
    jose = people[0]
    found = participants.find_duplicates(
        store,
        {
            "first_name": "Pepe",
            "last_name": "Otro",
            "birth_date": "1970-01-01",
            "document_number": jose["document_number"].lower(),
        },
    )
    assert [f["id"] for f in found] == [jose["id"]]
    typo = participants.find_duplicates(
        store, {"first_name": "Jose", "last_name": "Nunez Celik", "birth_date": "1985-06-01"}
    )
    assert [f["id"] for f in typo] == [jose["id"]]
    other_birth = participants.find_duplicates(
        store, {"first_name": "Jose", "last_name": "Nunez Celik", "birth_date": "1985-06-02"}
    )
    assert other_birth == []
    assert (
        participants.find_duplicates(
            store,
            {"first_name": "Jose", "last_name": "Nunez Celik", "birth_date": "1985-06-01"},
            exclude_id=jose["id"],
        )
        == []
    )


@given(st.one_of(st.text(st.characters(max_codepoint=127), max_size=40), st.text(max_size=40)))
def test_fold_of_plain_ascii_is_the_full_fold(text):
    """The quick path for ASCII text gives what the full Unicode fold gives."""
    import unicodedata

    full = " ".join(
        "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        .casefold()
        .split()
    )
    assert fold(text) == full
