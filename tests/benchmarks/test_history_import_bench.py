"""Importing a 10,000-row history sheet (desktop.services.history_import: read, every row validated,
matched against the store, written through the journal in one transaction) against plain sqlite3
inserts of the same rows into the same tables (csv read, the same people, labs and companies
deduplicated, no validation, no stamps or change log), each into a fresh store, alternating in
the same run. The issue names no target: the ratio is printed, and the import is held within 40x
of the plain inserts and under 30 seconds so that a slowdown shows.

Run: pytest tests/benchmarks/test_history_import_bench.py --benchmark-enable --benchmark-only -s
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import sqlite3
import statistics
import time
import uuid
from datetime import date, timedelta

from stdnum.es import dni

from desktop.services import history_import as H
from desktop.services.setup import init_device
from desktop.storage.engine import db_path
from desktop.storage.store import Store

ROWS = 10_000
ROUNDS = 3
HEAD = [
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "nationality",
    "migrant_status",
    "unemployed_since",
    "document_number",
    "lab",
    "lab_site",
    "lab_start",
    "lab_end",
    "enrolment_status",
    "employment_start",
    "employer",
    "improved_opportunities",
    "lab_niche",
    "planned_hours",
]
FIRST = [
    "Awa",
    "Luis",
    "Marta",
    "Omar",
    "Fatou",
    "Iván",
    "Nadia",
    "Jorge",
    "Aïcha",
    "Elena",
    "Yusuf",
    "Lucía",
]
LAST = [
    "Diallo",
    "Núñez",
    "García",
    "Benali",
    "Sow",
    "Pérez",
    "Ruiz",
    "Traoré",
    "López",
    "Martín",
    "Kaya",
]
NICHES = [
    "gardening",
    "catering",
    "elderly_care",
    "health_warden",
    "floor_installation",
    "urban_recycling",
]


def write_sheet(path) -> None:
    """About 7,000 people on 10,000 enrolments in 40 labs, a third of them with a job at one of
    300 companies; people without a document number on one row in five."""
    rng = random.Random(13)
    labs = []
    for i in range(40):
        start = date(2018, 1, 8) + timedelta(days=60 * i)
        labs.append(
            (
                f"Lab {i:02d}",
                rng.choice(["CIFE", "Los Arcos"]),
                start,
                start + timedelta(days=100),
                NICHES[i % len(NICHES)],
                str(300 + i),
            )
        )
    people = []
    for n in range(7_000):
        digits = f"{10_000_000 + n * 7:08d}"
        number = digits + dni.calc_check_digit(digits) if rng.random() > 0.2 else ""
        people.append(
            [
                rng.choice(FIRST),
                f"{rng.choice(LAST)} {n}",
                (date(1960, 1, 1) + timedelta(days=rng.randint(0, 14_000))).isoformat(),
                rng.choice(["Mujer", "Hombre", "female", "male"]),
                rng.choice(["ES", "MA", "Senegal", "Colombia", "RO"]),
                rng.choice(["local", "Migrante", "refugee", "solicitante de asilo"]),
                rng.choice(["", "2017-03-01"]),
                number,
            ]
        )
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEAD)
        for r in range(ROWS):
            person = people[r] if r < len(people) else rng.choice(people)
            name, site, start, end, niche, hours = labs[r % len(labs)]
            job = rng.random() < 0.35
            writer.writerow(
                [
                    *person,
                    name,
                    site,
                    start.isoformat(),
                    end.strftime("%d/%m/%Y"),
                    rng.choice(["completed", "Abandono", "inscrita"]),
                    (end + timedelta(days=rng.randint(1, 150))).isoformat() if job else "",
                    f"Empresa {rng.randint(1, 300)}" if job else "",
                    rng.choice(["Sí", "no", ""]),
                    niche,
                    hours,
                ]
            )


def plain_inserts(store: Store, path) -> int:
    """The same rows into the same tables with plain sqlite3: what writing them costs at least."""
    con = sqlite3.connect(db_path(store.data_dir))
    new = lambda: str(uuid.uuid4())  # noqa: E731
    people, labs, companies, seen = {}, {}, {}, set()
    rows = {
        k: []
        for k in (
            "participant",
            "lab",
            "company",
            "enrolment",
            "employment_outcome",
            "survey_response",
        )
    }
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for r in reader:
            key = r[7] or (r[0].lower(), r[1].lower(), r[2])
            if key not in people:
                people[key] = new()
                rows["participant"].append(
                    (
                        people[key],
                        f"CIF-X-{len(people):05d}",
                        "CIFE",
                        r[0],
                        r[1],
                        r[2],
                        r[3],
                        r[4],
                        r[5],
                        r[6] or None,
                        r[7] or None,
                        "es",
                    )
                )
            lab_key = (r[8], r[10])
            if lab_key not in labs:
                labs[lab_key] = new()
                rows["lab"].append((labs[lab_key], r[8], r[16], r[9], r[10], r[11], int(r[17])))
            pid, lid = people[key], labs[lab_key]
            if (pid, lid) not in seen:
                seen.add((pid, lid))
                rows["enrolment"].append((new(), pid, lid, r[12], r[10]))
            if r[13] and (pid, r[13]) not in seen:
                seen.add((pid, r[13]))
                if r[14] not in companies:
                    companies[r[14]] = new()
                    rows["company"].append((companies[r[14]], r[14]))
                rows["employment_outcome"].append(
                    (new(), pid, companies[r[14]], "—", "other", r[13])
                )
            if r[15] and (pid, "end", r[11]) not in seen:
                seen.add((pid, "end", r[11]))
                rows["survey_response"].append(
                    (
                        new(),
                        pid,
                        "end",
                        "2026.1",
                        r[11],
                        "es",
                        json.dumps({"improved_opportunities": r[15]}),
                    )
                )
    sql = {
        "participant": (
            "INSERT INTO participant (id, stamps, code, site, first_name, last_name, birth_date,"
            " gender, nationality, migrant_status, unemployed_since, document_number,"
            " preferred_language) VALUES (?, '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        ),
        "lab": (
            "INSERT INTO lab (id, stamps, name, niche, site, start_date, end_date, planned_hours) "
            "VALUES (?, '{}', ?, ?, ?, ?, ?, ?)"
        ),
        "company": "INSERT INTO company (id, stamps, name) VALUES (?, '{}', ?)",
        "enrolment": (
            "INSERT INTO enrolment (id, stamps, participant_id, lab_id, status, enrolled_on) "
            "VALUES (?, '{}', ?, ?, ?, ?)"
        ),
        "employment_outcome": (
            "INSERT INTO employment_outcome (id, stamps, participant_id, company_id, occupation, "
            "contract_type, start_date) VALUES (?, '{}', ?, ?, ?, ?, ?)"
        ),
        "survey_response": (
            "INSERT INTO survey_response (id, stamps, participant_id, form, form_version,"
            " answered_on, language, answers) VALUES (?, '{}', ?, ?, ?, ?, ?, ?)"
        ),
    }
    with con:
        for kind, statement in sql.items():
            con.executemany(statement, rows[kind])
    con.close()
    return sum(map(len, rows.values()))


def test_importing_10000_rows_vs_plain_sqlite_inserts(benchmark, tmp_path):
    sheet = tmp_path / "history.csv"
    write_sheet(sheet)
    empty = tmp_path / "empty"
    store = Store.open(empty)
    init_device(store, "CIFE", "bench")
    store.close()
    made = iter(range(1_000))

    def fresh() -> Store:
        target = tmp_path / f"store{next(made)}"
        shutil.copytree(empty, target)
        return Store.open(target)

    def ours():
        store = fresh()
        try:
            return H.import_history(store, sheet)
        finally:
            store.close()

    def plain():
        store = fresh()
        try:
            return plain_inserts(store, sheet)
        finally:
            store.close()

    times: dict[str, list[float]] = {"import": [], "plain": []}
    written = {}
    for _ in range(ROUNDS):  # alternating, so that a busy moment weighs on both
        for name, fn in (("plain", plain), ("import", ours)):
            start = time.perf_counter()
            written[name] = fn()
            times[name].append(time.perf_counter() - start)
    result = written["import"]
    assert len(result.rows) == ROWS
    assert sum(result.added.values()) == written["plain"]  # the same records written
    benchmark.pedantic(ours, rounds=1, iterations=1)
    mine, baseline = statistics.median(times["import"]), statistics.median(times["plain"])
    ratio = mine / baseline
    print(
        f"\nhistory import of {ROWS:,} rows ({sum(result.added.values()):,} records):"
        f" {mine * 1000:.0f} ms; plain sqlite3 inserts of the same rows: {baseline * 1000:.0f} ms;"
        f" ratio {ratio:.1f}x"
    )
    assert ratio <= 40
    assert mine < 30
