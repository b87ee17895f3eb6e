"""The acknowledgements, revocations and changes of a coordinator's reference bundle are checked
before a laptop applies any of it: each malformed part refuses the whole bundle with a message
saying so, and a number out of range names the field it was found in."""

from __future__ import annotations

import pytest

from desktop.exchange.errors import MAX_INT, BundleRejected
from desktop.exchange.reference import check_body
from desktop.i18n import render

FP = "a" * 64
GOOD_REVOCATION = {"fingerprint": FP, "device_id": None, "revoked_ms": 1_764_000_000_000}
MALFORMED = "Refused: the bundle's content is malformed."


def body(**parts) -> dict:
    return {"changes": [], "tables": [], "acks": {}, "revocations": [], **parts}


def test_a_well_formed_body_gives_its_acknowledgements_and_revocations():
    acks = {"01a20000-0000-7000-8000-0000000000aa": 41}
    revocations = [
        GOOD_REVOCATION,
        {**GOOD_REVOCATION, "device_id": "01a2", "fingerprint": "b" * 64},
    ]
    assert check_body(body(acks=acks, revocations=revocations)) == (acks, revocations)
    assert check_body({"changes": []}) == ({}, [])  # an older coordinator's body: neither part


@pytest.mark.parametrize(
    ("parts", "said"),
    [
        ({"acks": [["laptop", 3]]}, MALFORMED),
        ({"acks": {"laptop": "3"}}, MALFORMED),
        ({"acks": {"laptop": True}}, MALFORMED),
        (
            {"acks": {"laptop": MAX_INT + 1}},
            "Refused: the bundle holds a number out of range in acks.",
        ),
        ({"acks": {"laptop": -1}}, "Refused: the bundle holds a number out of range in acks."),
        ({"revocations": {"fingerprint": FP}}, MALFORMED),
        ({"revocations": ["revoked"]}, MALFORMED),
        ({"revocations": [{**GOOD_REVOCATION, "fingerprint": 7}]}, MALFORMED),
        ({"revocations": [{**GOOD_REVOCATION, "revoked_ms": "yesterday"}]}, MALFORMED),
        ({"revocations": [{**GOOD_REVOCATION, "device_id": 12}]}, MALFORMED),
        (
            {"revocations": [{**GOOD_REVOCATION, "revoked_ms": 1 << 64}]},
            "Refused: the bundle holds a number out of range in revocations.revoked_ms.",
        ),
        ({"changes": [{"op": "upsert", "kind": "participant", "id": "p1"}]}, MALFORMED),
        ({"tables": [{"kind": "life_story", "columns": [], "rows": []}]}, MALFORMED),
    ],
    ids=[
        "acks-list",
        "acks-text",
        "acks-bool",
        "acks-too-big",
        "acks-negative",
        "revocations-dict",
        "revocation-text",
        "fingerprint-number",
        "revoked-text",
        "device-number",
        "revoked-too-big",
        "personal-change",
        "personal-table",
    ],
)
def test_a_malformed_part_refuses_the_whole_bundle_saying_what(parts, said):
    with pytest.raises(BundleRejected) as refused:
        check_body(body(**parts))
    assert render(refused.value.message) == said


def test_a_deletion_of_any_kind_travels_with_reference_data():
    """Erasures and merges reach every laptop as deletions, whatever the kind deleted."""
    deletion = {"op": "delete", "kind": "life_story", "id": "s1"}
    assert check_body(
        body(changes=[deletion], tables=[{"kind": "lab", "columns": [], "rows": []}])
    ) == ({}, [])
