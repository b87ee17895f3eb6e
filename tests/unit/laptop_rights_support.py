"""Set-up of the tests of what a laptop may change: a coordinator holding another site's
participants with a record of every kind, a laptop of site CIFE enrolled from its key file, and
bundles that laptop signs with changes crafted by the test (re-signed bundles)."""

from __future__ import annotations

import json
from itertools import count
from pathlib import Path

from desktop.domain.clock import pack, system_ms
from desktop.exchange import bundle as B
from desktop.services import exchange as X
from desktop.services import records
from desktop.storage.migrate import head_revision
from desktop.storage.store import Store
from tests.unit.test_bundle_support import new_coordinator, new_laptop

_N = count(1)

# per kind, a field a crafted edit changes and the value it sets (JSON), different from the
# demo's: every kind of the schema has an entry (a test checks it)
EDITS: dict[str, tuple[str, object]] = {
    "site": ("phone", "+34 600 000 001"),
    "technician": ("phone", "+34 600 000 002"),
    "participant": ("next_steps", "Cambiado por otro sitio"),
    "company": ("sector", "Cambiado"),
    "lab": ("description", "Cambiado"),
    "lab_company": ("company_id", None),  # set below: another company
    "enrolment": ("hours_attended", 1.25),
    "attendance": ("note", "Cambiado"),
    "goal": ("notes", "Cambiado"),
    "coaching_session": ("notes", "Cambiado"),
    "life_story": ("text", "Cambiado"),
    "consent": ("withdrawn_on", "2020-01-02"),
    "connector": ("sector", "Cambiado"),
    "connector_meeting": ("notes", "Cambiado"),
    "referral": ("dropped_reason", "Cambiado"),
    "placement": ("role", "Cambiado"),
    "employment_outcome": ("employer_name", "Cambiado"),
    "survey_response": ("form_version", "cambiado"),
    "participant_merge": ("repointed", "[]"),
    "association": ("address", "Calle Cambiada 1"),
    "inclusion_introduction": ("notes", "Cambiado"),
}


class World:
    """A coordinator (site LOS_ARCOS, with demo participants of its site and the reference data)
    and an enrolled laptop of site CIFE."""

    def __init__(self, tmp_path: Path, tmp_factory, participants: int = 15):
        self.tmp = tmp_path
        self.laptop = new_laptop(tmp_path / "laptop")
        self.coordinator = new_coordinator(tmp_path / "coordinator", tmp_factory)
        from desktop.services.demo import generate

        generate(self.coordinator, participants, seed=11)
        key = X.key_info(self.coordinator)["age_public_key"]
        X.trust_coordinator(self.laptop, key)
        key_file = tmp_path / "laptop-key.json"
        key_file.write_text(json.dumps(X.key_info(self.laptop)))
        X.enrol_device(self.coordinator, X.read_enrolment(str(key_file)))
        self.recipient = key

    def close(self) -> None:
        self.laptop.close()
        self.coordinator.close()

    # ---- crafting -------------------------------------------------------------------------------
    def stamp(self) -> tuple[int, str]:
        """A stamp newer than anything the coordinator holds, and not in the future."""
        return pack(system_ms() + 60_000, next(_N)), self.laptop.device_id

    def edit(self, kind: str, row: dict, field: str | None = None, value: object = None) -> dict:
        """An upsert of one field of a record the coordinator has, newer than its stamp."""
        if field is None:
            field, value = EDITS[kind]
        if kind == "lab_company" and value is None:
            value = next(
                c["id"]
                for c in records.list_all(self.coordinator, "company")
                if c["id"] != row["company_id"]
            )
        hlc, device = self.stamp()
        return {
            "kind": kind,
            "id": row["id"],
            "op": "upsert",
            "fields": {field: [value, hlc, device]},
        }

    def new(self, kind: str, row_id: str, values: dict) -> dict:
        hlc, device = self.stamp()
        return {
            "kind": kind,
            "id": row_id,
            "op": "upsert",
            "fields": {n: [v, hlc, device] for n, v in values.items()},
        }

    def delete(self, kind: str, row_id: str, erasure: bool = False) -> dict:
        hlc, device = self.stamp()
        change = {"kind": kind, "id": row_id, "op": "delete", "hlc": hlc, "device": device}
        if erasure:
            change["erasure"] = True
        return change

    def bundle(self, changes: list[dict], site: str | None = "CIFE") -> Path:
        """A bundle of these changes, signed by the laptop's own key (as a tampered laptop would
        re-sign it) and encrypted to the coordinator."""
        from desktop.domain.ids import new_id

        manifest = {
            "type": "changes",
            "bundle_id": new_id(),
            "device_id": self.laptop.device_id,
            "site": site,
            "schema_version": head_revision(),
            "sequence": {"since": 0, "first": 1, "last": 1},
            "clock": 1,
            "counts": {},
        }
        path = self.tmp / f"crafted-{next(_N)}.milma.age"
        body = B.encode_body({"changes": changes})
        path.write_bytes(B.seal(manifest, body, X.device_keys(self.laptop), [self.recipient]))
        return path

    # ---- what the coordinator has ---------------------------------------------------------------
    def other_site_row(self, kind: str) -> dict:
        """A record of ``kind`` the coordinator has, of one of its own site's participants (or
        any, for the kinds that belong to no participant)."""
        return records.list_all(self.coordinator, kind)[0]


def held(store: Store) -> list[dict]:
    from desktop.services import quarantine

    return quarantine.list_held(store)
