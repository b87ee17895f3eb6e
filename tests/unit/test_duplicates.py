"""The same person registered on two laptops: found, merged (a synced record), chained, undone."""

from __future__ import annotations

import json

import pytest

from desktop.domain.messages import UserError, ValidationError
from desktop.services import duplicates, participants, records
from tests.unit.merge_support import Laptop, export_all, import_into, new_store, snapshot

FATOU = {
    "first_name": "Fatou",
    "last_name": "Diop Ndiaye",
    "birth_date": "1985-11-20",
    "gender": "female",
    "migrant_status": "refugee",
    "nationality": "SN",
}


@pytest.fixture
def coordinator(tmp_path):
    """A coordinator that imported three laptops; the same woman was registered on each."""
    a, b, c = (Laptop(tmp_path, n) for n in "abc")
    people = {
        # the same NIE written differently
        "a": participants.register(
            a.store, {**FATOU, "document_type": "NIE", "document_number": "Y1234567X"}
        ),
        "b": participants.register(
            b.store,
            {
                **FATOU,
                "first_name": "Fatu",
                "document_type": "NIE",
                "document_number": "y-1234567-x",
            },
        ),
        # no document, name typed with accents and a typo, same birth date
        "c": participants.register(c.store, {**FATOU, "last_name": "Diop Ndiayé"}),
    }
    # someone else entirely, and the same name on a different birth date
    participants.register(
        a.store, {**FATOU, "first_name": "Awa", "last_name": "Sow", "birth_date": "1990-01-01"}
    )
    participants.register(b.store, {**FATOU, "birth_date": "1986-11-20"})
    # a same-laptop pair is not the coordinator's business (registration warned already)
    participants.register(c.store, {**FATOU, "last_name": "Diop Ndiaye"})
    for laptop, key in ((a, "a"), (b, "b"), (c, "c")):
        records.create(
            laptop.store,
            "goal",
            {"participant_id": people[key]["id"], "title": f"Objetivo {key}", "status": "planned"},
        )
    store = new_store(tmp_path, "coordinator")
    for laptop in (a, b, c):
        import_into(store, laptop.export())
    store.people = people
    return store


def _goals(store) -> dict[str, str]:
    return {g["title"]: g["participant_id"] for g in records.list_all(store, "goal")}


def test_candidate_pairs_by_document_and_by_name_and_birth_date(coordinator):
    p = coordinator.people
    pairs = duplicates.candidate_pairs(coordinator)
    found = {frozenset((x["a"]["id"], x["b"]["id"])): x for x in pairs}
    assert found[frozenset((p["a"]["id"], p["b"]["id"]))]["reason"] == "document"
    assert found[frozenset((p["a"]["id"], p["c"]["id"]))]["reason"] == "name_birth"
    assert found[frozenset((p["a"]["id"], p["c"]["id"]))]["score"] >= 85
    ids = {i for pair in found for i in pair}
    # the three registrations, and c's second one (pairs with a's and b's, not with c's own);
    # not Awa, not the same name born a year later
    assert len(ids) == 4 and {p["a"]["id"], p["b"]["id"], p["c"]["id"]} <= ids
    for pair in pairs:  # never two registrations of the same laptop
        codes = (pair["a"]["code"].split("-")[1], pair["b"]["code"].split("-")[1])
        assert codes[0] != codes[1]


def test_merge_moves_everything_to_the_survivor_and_undo_restores_it(coordinator):
    p = coordinator.people
    merge = duplicates.merge_participants(coordinator, p["a"]["id"], p["b"]["id"])
    assert merge["active"] is True and merge["survivor_id"] == p["a"]["id"]
    assert _goals(coordinator)["Objetivo b"] == p["a"]["id"]
    goal_b = records.list_all(coordinator, "goal", title="Objetivo b")[0]["id"]
    assert json.loads(merge["repointed"]) == [["goal", goal_b, "participant_id"]]
    # the merged-away person is no longer suggested
    assert all(
        p["b"]["id"] not in (x["a"]["id"], x["b"]["id"])
        for x in duplicates.candidate_pairs(coordinator)
    )
    with pytest.raises(UserError):
        duplicates.merge_participants(
            coordinator, p["c"]["id"], p["b"]["id"]
        )  # b is merged already
    undone = duplicates.undo_merge(coordinator, merge["id"])
    assert undone["active"] is False
    assert _goals(coordinator)["Objetivo b"] == p["b"]["id"]
    with pytest.raises(UserError):
        duplicates.undo_merge(coordinator, merge["id"])


def test_chains_of_merges_follow_to_the_last_survivor(coordinator):
    p = coordinator.people
    a, b, c = p["a"]["id"], p["b"]["id"], p["c"]["id"]
    first = duplicates.merge_participants(coordinator, b, a)  # A -> B
    second = duplicates.merge_participants(coordinator, c, b)  # B -> C
    goals = _goals(coordinator)
    assert goals["Objetivo a"] == goals["Objetivo b"] == goals["Objetivo c"] == c
    with coordinator.read() as s:
        assert duplicates.final_survivor(s, a) == c
    # merging into someone merged away merges into whoever they became
    with pytest.raises(UserError):
        duplicates.merge_participants(coordinator, a, c)  # c would be merged into itself
    # undoing the first merge brings A's records back to A; B's stay with C
    duplicates.undo_merge(coordinator, first["id"])
    goals = _goals(coordinator)
    assert goals["Objetivo a"] == a and goals["Objetivo b"] == c
    duplicates.undo_merge(coordinator, second["id"])
    goals = _goals(coordinator)
    assert goals == {"Objetivo a": a, "Objetivo b": b, "Objetivo c": c}


def test_a_merge_travels_as_a_synced_record_with_its_moves(tmp_path, coordinator):
    p = coordinator.people
    merge = duplicates.merge_participants(coordinator, p["a"]["id"], p["c"]["id"])
    other = new_store(tmp_path, "second-coordinator")
    import_into(other, export_all(coordinator))
    assert snapshot(other) == snapshot(coordinator)
    assert records.get(other, "participant_merge", merge["id"])["active"] is True
    assert _goals(other)["Objetivo c"] == p["a"]["id"]
    # the undo travels too
    duplicates.undo_merge(coordinator, merge["id"])
    import_into(other, export_all(coordinator))
    assert _goals(other)["Objetivo c"] == p["c"]["id"]
    assert snapshot(other) == snapshot(coordinator)


def test_records_arriving_after_a_merge_are_moved_on_request(tmp_path, coordinator):
    p = coordinator.people
    merge = duplicates.merge_participants(coordinator, p["a"]["id"], p["b"]["id"])
    late = new_store(tmp_path, "late")
    import_into(late, export_all(coordinator))
    goal = records.create(
        late, "goal", {"participant_id": p["b"]["id"], "title": "Tardío", "status": "planned"}
    )
    import_into(coordinator, export_all(late))
    assert records.get(coordinator, "goal", goal["id"])["participant_id"] == p["b"]["id"]
    assert duplicates.repoint_late_records(coordinator) == 1
    assert records.get(coordinator, "goal", goal["id"])["participant_id"] == p["a"]["id"]
    duplicates.undo_merge(coordinator, merge["id"])
    assert records.get(coordinator, "goal", goal["id"])["participant_id"] == p["b"]["id"]
    assert [m["survivor_code"] for m in duplicates.merges(coordinator)] == [p["a"]["code"]]


def test_erasing_a_merged_person_erases_the_merge_record(coordinator):
    p = coordinator.people
    merge = duplicates.merge_participants(coordinator, p["a"]["id"], p["b"]["id"])
    records.delete(coordinator, "participant", p["b"]["id"])
    with pytest.raises(UserError):
        records.get(coordinator, "participant_merge", merge["id"])
    assert (
        _goals(coordinator)["Objetivo b"] == p["a"]["id"]
    )  # what was moved stays with the survivor


# ---- the same document number registered twice on one laptop -------------------------------

MOUSSA = {
    "first_name": "Moussa",
    "last_name": "Keita",
    "birth_date": "1988-03-01",
    "gender": "male",
    "migrant_status": "migrant",
    "document_type": "NIE",
    "document_number": "X1234567L",
}


def test_a_document_number_registered_already_needs_a_confirmation_naming_the_record(store):
    existing = participants.register(store, MOUSSA)
    again = {**MOUSSA, "first_name": "Mussa", "document_number": "x-1234567-l"}  # written otherwise
    with pytest.raises(participants.DocumentRegistered) as info:
        participants.register(store, again)
    assert info.value.existing["id"] == existing["id"]
    assert (
        str(info.value) == "The document number x-1234567-l is already registered as Moussa Keita"
        f" ({existing['code']})."
    )
    assert participants.count(store) == 1
    # confirming another record than the one named is no confirmation
    with pytest.raises(participants.DocumentRegistered):
        participants.register(store, again, same_document_as="someone-else")
    second = participants.register(store, again, same_document_as=existing["id"])
    assert participants.count(store) == 2
    # the duplicate review lists the pair, though one laptop registered both
    pairs = duplicates.candidate_pairs(store)
    assert [(p["a"]["id"], p["b"]["id"], p["reason"]) for p in pairs] == [
        (existing["id"], second["id"], "document")
    ]


def test_a_document_number_registered_to_someone_of_another_name_is_refused(store):
    existing = participants.register(store, MOUSSA)
    with pytest.raises(ValidationError) as info:
        participants.register(
            store,
            {
                **MOUSSA,
                "first_name": "Aminata",
                "last_name": "Traoré",
                "gender": "female",
                "document_number": "X1234567L",
            },
            same_document_as=existing["id"],
        )
    problem = info.value.problems[0]
    assert problem.field == "document_number"
    assert f"already registered as Moussa Keita ({existing['code']}), another name" in str(
        problem.message
    )
    assert participants.count(store) == 1 and duplicates.candidate_pairs(store) == []


def test_candidate_pairs_are_found_again_only_after_a_write(store):
    first = participants.register(store, MOUSSA)
    assert duplicates.candidate_pairs(store) == [] and duplicates.pairs_if_known(store) == []
    second = participants.register(
        store, {**MOUSSA, "first_name": "Mousa"}, same_document_as=first["id"]
    )
    assert duplicates.pairs_if_known(store) is None  # written since: to be found again
    assert len(duplicates.candidate_pairs(store)) == 1
    assert [p["b"]["id"] for p in duplicates.pairs_if_known(store)] == [second["id"]]
    duplicates.merge_participants(store, first["id"], second["id"])
    assert duplicates.pairs_if_known(store) is None and duplicates.candidate_pairs(store) == []
