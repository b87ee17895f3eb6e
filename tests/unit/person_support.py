"""A person with a record of every kind: valid records of any kind made from their field specs
(the tests of everything we hold and of erasure)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.person_records import PERSON
from desktop.domain.schema import KINDS
from desktop.services import records

DAY = date(2025, 3, 10)


class Builder:
    """Each text field of a record about the person gets a marker, ``prefix`` and a number, to
    find in documents and files (kept in ``markers`` by kind); each required reference a record
    made the same way, whose texts are "Other" and a number."""

    def __init__(self, store, person: dict, prefix: str = "ZQ", email: str = "zq@example.org"):
        self.store, self.person, self.prefix, self.email = store, person, prefix, email
        self.n = 0
        self.markers: dict[str, list[str]] = {}
        self.made: dict[str, list[str]] = {}

    def marker(self, kind: str, about: bool = True) -> str:
        self.n += 1
        if not about:
            return f"Other{self.n:03d}"
        mark = f"{self.prefix}{self.n:03d}"
        self.markers.setdefault(kind, []).append(mark)
        return mark

    def value(self, kind: str, f, about: bool):
        if f.type == "ref":
            if f.ref == PERSON:
                return self.person["id"] if about or f.required else None
            return self.make(f.ref, about=False)["id"] if f.required else None
        if f.name == "phone":
            return "612345678"
        if f.name == "email":
            return self.email
        if f.type in ("str", "text"):
            return self.marker(kind, about)
        if not f.required:
            return None
        return {
            "int": max(int(f.min or 0), 1),
            "float": max(float(f.min or 0), 1.0),
            "bool": True,
            "date": DAY,
            "datetime": datetime(2025, 3, 10, 10, 0),
            "country": "MA",
            "langs": "fr",
            "lang": "fr",
            "isco": "96",
        }.get(f.type) or (next(iter(f.enum)).value if f.enum else None)

    def make(self, kind: str, about: bool = True, **given) -> dict:
        values = {
            f.name: self.value(kind, f, about) for f in KINDS[kind].fields if f.name not in given
        }
        values.update(given)
        row = records.create(self.store, kind, {k: v for k, v in values.items() if v is not None})
        if about:
            self.made.setdefault(kind, []).append(row["id"])
        return row
