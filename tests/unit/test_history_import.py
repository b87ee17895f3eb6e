"""`milma import-table`: the programme's history from a spreadsheet (CSV or XLSX, English,
Spanish or French headings and words), validated whole and refused whole, twice adds nothing."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from desktop.i18n import render
from desktop.services import history_import as H
from desktop.services import indicators, records
from desktop.services.connector_import import ImportRefused
from desktop.services.history_sheet import read_history
from tests.unit.test_cli import milma

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
ES_HEAD = [
    "Nombre",
    "Apellidos",
    "Fecha de nacimiento",
    "Género",
    "Nacionalidad",
    "Situación migratoria",
    "Desempleado desde",
    "Número de documento",
    "Laboratorio",
    "Sede",
    "Inicio del laboratorio",
    "Fin del laboratorio",
    "Estado de la inscripción",
    "Inicio del empleo",
    "Empleador",
    "Mejora de oportunidades",
    "Nicho",
    "Horas previstas",
]
ROWS = [
    # the same woman on two labs: by document number (with and without its dash)
    [
        "Awa",
        "Diallo",
        "02/01/1990",
        "Mujer",
        "Senegal",
        "Refugiada",
        "2020-05-01",
        "X1234567-L",
        "Jardinería",
        "Los Arcos",
        "09/02/2022",
        "20/05/2022",
        "Completada",
        "2022-06-01",
        "Viveros Sur",
        "Sí",
        "Jardinería",
        "390",
    ],
    [
        "AWA",
        "Diallo",
        "1990-01-02",
        "F",
        "SN",
        "refugee",
        "",
        "X1234567L",
        "Health Institution Warden",
        "CIFE",
        "2021-11-15",
        "2022-03-08",
        "dropped_out",
        "",
        "",
        "",
        "health_warden",
        "405",
    ],
    # a man with no document, twice: by names (accents and case ignored) and birth date
    [
        "Luis",
        "Núñez",
        "1985-03-04",
        "Hombre",
        "España",
        "Residente local",
        "",
        "",
        "Jardinería",
        "LOS_ARCOS",
        "2022-02-09",
        "2022-05-20",
        "inscrito",
        "2022-04-01",
        "viveros sur",
        "no",
        "",
        "",
    ],
    [
        "luis",
        "NUNEZ",
        "04/03/1985",
        "homme",
        "ES",
        "local",
        "",
        "",
        "Jardineria",
        "los arcos",
        "2022-02-09",
        "2022-05-20",
        "Inscrit",
        "2022-04-01",
        "Viveros Sur",
        "non",
        "",
        "",
    ],
]


def write_csv(path, rows, sep=","):
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=sep).writerows(rows)
    return path


def counts(store):
    return {kind: len(records.list_all(store, kind)) for kind in H.KINDS}


def test_a_csv_with_spanish_headings_and_words_comes_in_and_twice_adds_nothing(store, tmp_path):
    sheet = write_csv(tmp_path / "historia.csv", [ES_HEAD, *ROWS], sep=";")
    result = H.import_history(store, sheet)
    assert dict(result.added) == {
        "participant": 2,
        "lab": 2,
        "company": 1,
        "enrolment": 3,
        "employment_outcome": 2,
        "survey_response": 2,
    }
    people = {p["first_name"]: p for p in records.list_all(store, "participant")}
    awa, luis = people["Awa"], people["Luis"]
    assert (
        awa["gender"],
        awa["nationality"],
        awa["migrant_status"],
        awa["birth_date"],
        awa["site"],
    ) == ("female", "SN", "refugee", date(1990, 1, 2), "LOS_ARCOS")
    assert (awa["document_type"], awa["document_number"], awa["unemployed_since"]) == (
        "NIE",
        "X1234567L",
        date(2020, 5, 1),
    )
    assert awa["code"].startswith("ARC-") and luis["code"] != awa["code"]
    assert (
        luis["gender"],
        luis["nationality"],
        luis["migrant_status"],
        luis["document_number"],
    ) == ("male", "ES", "local", None)
    labs = {lab["name"]: lab for lab in records.list_all(store, "lab")}
    assert (labs["Jardinería"]["niche"], labs["Jardinería"]["planned_hours"]) == ("gardening", 390)
    statuses = sorted((e["status"], e["ended_on"]) for e in records.list_all(store, "enrolment"))
    assert statuses == [("completed", date(2022, 5, 20)), ("dropped_out", None), ("enrolled", None)]
    jobs = records.list_all(store, "employment_outcome")
    [company] = records.list_all(store, "company")
    assert company["name"] == "Viveros Sur" and {j["company_id"] for j in jobs} == {company["id"]}
    answers = {
        r["participant_id"]: (r["form"], r["answered_on"], json.loads(r["answers"]))
        for r in records.list_all(store, "survey_response")
    }
    assert answers[awa["id"]] == ("end", date(2022, 5, 20), {"improved_opportunities": "yes"})
    assert answers[luis["id"]][2] == {"improved_opportunities": "no"}
    figures = indicators.compute(store).values  # the history counts at once
    assert figures["participants"]["total"] == 2 and figures["completed"]["migrants"] == 1
    assert (
        figures["employed_within_3_months"]["total"] == 1
        and figures["improved_opportunities"]["women"] == 1
    )

    before = counts(store)
    again = H.import_history(store, sheet)
    assert sum(again.added.values()) == 0 and again.already == 4
    assert counts(store) == before


def test_an_xlsx_with_date_cells_matches_what_is_recorded_already(store, tmp_path):
    lab = records.create(
        store,
        "lab",
        {
            "name": "Catering",
            "niche": "catering",
            "site": "CIFE",
            "start_date": date(2024, 1, 15),
            "end_date": date(2024, 5, 10),
            "planned_hours": 360,
        },
    )
    book = Workbook()
    ws = book.active
    ws.append(HEAD[:16])  # no niche or hours: the lab is recorded
    ws.append(
        [
            "Omar",
            "Benali",
            datetime(1992, 7, 3),
            "man",
            "Marruecos",
            "Migrante",
            None,
            "12345678Z",
            "CATERING",
            "CIFE",
            datetime(2024, 1, 15),
            datetime(2024, 5, 10),
            "completed",
            datetime(2024, 6, 3),
            None,
            "oui",
        ]
    )
    book.save(tmp_path / "history.xlsx")
    result = H.import_history(store, tmp_path / "history.xlsx")
    assert dict(result.added) == {
        "participant": 1,
        "enrolment": 1,
        "employment_outcome": 1,
        "survey_response": 1,
    }
    [omar] = records.list_all(store, "participant")
    assert (omar["nationality"], omar["document_type"], omar["birth_date"]) == (
        "MA",
        "DNI",
        date(1992, 7, 3),
    )
    [enrolment] = records.list_all(store, "enrolment")
    assert enrolment["lab_id"] == lab["id"]
    [job] = records.list_all(store, "employment_outcome")
    assert (job["start_date"], job["company_id"], job["contract_type"]) == (
        date(2024, 6, 3),
        None,
        "other",
    )


def test_a_date_cell_where_a_word_belongs_is_named_not_a_crash(store, tmp_path):
    book = Workbook()
    ws = book.active
    ws.append(HEAD[:16])
    ws.append(
        [
            "Omar",
            "Benali",
            datetime(1992, 7, 3),
            datetime(2024, 1, 15),
            "Marruecos",
            "Migrante",
            None,
            "12345678Z",
            "CATERING",
            "CIFE",
            datetime(2024, 1, 15),
            datetime(2024, 5, 10),
            "completed",
            None,
            None,
            "oui",
        ]
    )
    book.save(tmp_path / "history.xlsx")
    with pytest.raises(ImportRefused) as refused:
        H.import_history(store, tmp_path / "history.xlsx")
    assert (2, "gender") in {(p.row, p.column) for p in refused.value.problems}
    assert counts(store) == dict.fromkeys(H.KINDS, 0)


def test_bad_rows_are_all_named_and_nothing_is_written(store, tmp_path):
    bad = [
        [
            "Ana",
            "Ruiz",
            "31/02/1990",
            "mujer",
            "Atlantis",
            "tourist",
            "",
            "12345678A",
            "Nuevo",
            "Madrid",
            "2023-01-01",
            "2022-12-01",
            "maybe",
            "2023-05-01",
            "",
            "perhaps",
            "",
            "",
        ],
        [
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],  # an empty line: skipped
        [
            "Eva",
            "Gil",
            "1990-01-01",
            "mujer",
            "ES",
            "local",
            "",
            "",
            "Otro",
            "CIFE",
            "2023-01-01",
            "2023-03-01",
            "enrolled",
            "",
            "Bar Pepe",
            "",
            "",
            "",
        ],
    ]
    sheet = write_csv(tmp_path / "mal.csv", [HEAD, ROWS[0], *bad])
    with pytest.raises(ImportRefused) as refused:
        H.import_history(store, sheet)
    found = {(p.row, p.column) for p in refused.value.problems}
    assert found == {
        (3, "birth_date"),
        (3, "nationality"),
        (3, "migrant_status"),
        (3, "document_number"),
        (3, "lab_site"),
        (3, "lab_end"),
        (3, "enrolment_status"),
        (3, "improved_opportunities"),
        (5, "employer"),
    }
    assert counts(store) == dict.fromkeys(H.KINDS, 0)
    # a niche written wrongly is refused, naming it; planned hours that are not a number too
    wrong = [*ROWS[2][:8], "Carpintería", *ROWS[2][9:16], "Carpentry of dreams", "many"]
    sheet = write_csv(tmp_path / "nicho_mal.csv", [HEAD, ROWS[0], wrong])
    with pytest.raises(ImportRefused) as refused:
        H.import_history(store, sheet)
    assert [(p.row, p.column) for p in refused.value.problems] == [
        (3, "lab_niche"),
        (3, "planned_hours"),
    ]
    assert render(refused.value.problems[0].message).startswith(
        "“Carpentry of dreams” is not an employment niche"
    )
    assert counts(store) == dict.fromkeys(H.KINDS, 0)


def test_a_lab_not_recorded_yet_without_niche_or_hours_is_made_with_them_empty(store, tmp_path):
    # the columns left empty on one sheet, left out on another: the lab is made, for a technician
    # to complete
    empty = write_csv(
        tmp_path / "sin_nicho.csv", [HEAD, [*ROWS[2][:8], "Carpintería", *ROWS[2][9:]]]
    )
    result = H.import_history(store, empty)
    assert result.added["lab"] == 1 and result.added["enrolment"] == 1
    [lab] = records.list_all(store, "lab")
    assert (lab["name"], lab["niche"], lab["planned_hours"], lab["start_date"]) == (
        "Carpintería",
        None,
        None,
        date(2022, 2, 9),
    )
    left_out = write_csv(
        tmp_path / "sin_columnas.csv", [HEAD[:16], [*ROWS[3][:8], "Fontanería", *ROWS[3][9:16]]]
    )
    assert H.import_history(store, left_out).added["lab"] == 1
    plumbing = next(lab for lab in records.list_all(store, "lab") if lab["name"] == "Fontanería")
    assert (plumbing["niche"], plumbing["planned_hours"]) == (None, None)
    # twice adds nothing, and a sheet that gives the niche later does not change a lab recorded
    # already
    assert sum(H.import_history(store, empty).added.values()) == 0
    later = write_csv(
        tmp_path / "con_nicho.csv",
        [HEAD, [*ROWS[2][:8], "Carpintería", *ROWS[2][9:16], "Jardinería", "300"]],
    )
    assert sum(H.import_history(store, later).added.values()) == 0
    assert records.get(store, "lab", lab["id"])["niche"] is None
    # a technician completes it later like any lab
    records.update(store, "lab", lab["id"], {"niche": "gardening", "planned_hours": 300})
    assert records.get(store, "lab", lab["id"])["planned_hours"] == 300


def test_a_missing_column_and_a_lab_told_two_ways_are_refused(store, tmp_path):
    sheet = write_csv(
        tmp_path / "corto.csv", [HEAD[:3] + HEAD[4:], [c for i, c in enumerate(ROWS[0]) if i != 3]]
    )
    with pytest.raises(ImportRefused) as refused:
        H.import_history(store, sheet)
    assert [(p.row, p.column) for p in refused.value.problems] == [(1, "gender")]
    other_end = [*ROWS[2][:11], "2022-06-30", *ROWS[2][12:]]
    sheet = write_csv(tmp_path / "dos.csv", [HEAD, ROWS[0], other_end])
    with pytest.raises(ImportRefused) as refused:
        read_history(sheet)
    assert [(p.row, p.column) for p in refused.value.problems] == [(3, "lab")]


def test_a_dry_run_says_what_would_be_added_and_writes_nothing(store, tmp_path):
    sheet = write_csv(tmp_path / "historia.csv", [HEAD, *ROWS])
    result = H.import_history(store, sheet, dry_run=True)
    assert (
        result.dry_run
        and result.added["participant"] == 2
        and [r.number for r in result.rows] == [2, 3, 4, 5]
    )
    assert [r.new for r in result.rows] == [True, True, True, False]  # row 5 says what row 4 said
    assert counts(store) == dict.fromkeys(H.KINDS, 0)


def test_the_command_names_rows_in_the_users_language_exits_1_and_writes_nothing(
    store, data_dir, tmp_path
):
    store.close()
    good = write_csv(tmp_path / "historia.csv", [ES_HEAD, *ROWS])
    dry = milma("import-table", str(good), "--dry-run", data_dir=data_dir)
    assert dry.returncode == 0, dry.stderr
    assert "nothing was written" in dry.stdout
    assert (
        milma("participants", "list", "--format", "json", data_dir=data_dir).stdout.strip() == "[]"
    )
    done = milma("import-table", str(good), data_dir=data_dir, lang="es")
    assert done.returncode == 0, done.stderr
    assert "Participante" in done.stdout and "4 filas" in done.stdout
    twice = milma("import-table", str(good), data_dir=data_dir)
    assert twice.returncode == 0 and "4 rows already recorded" in twice.stdout
    listed = json.loads(milma("participants", "list", "--format", "json", data_dir=data_dir).stdout)
    assert len(listed) == 2

    wrong = write_csv(
        tmp_path / "mal.csv",
        [ES_HEAD, [*ROWS[0][:3], "Marciano", *ROWS[0][4:]], [*ROWS[2][:4], "Narnia", *ROWS[2][5:]]],
    )
    refused = milma("import-table", str(wrong), data_dir=data_dir, lang="es")
    assert refused.returncode == 1
    assert "No se ha importado nada" in refused.stderr
    assert "Fila 2, columna Género: «Marciano» no es un género" in refused.stderr
    assert "Fila 3, columna Nacionalidad: «Narnia» no es un país" in refused.stderr
    no_column = write_csv(tmp_path / "corto.csv", [HEAD[1:], ROWS[0][1:]])
    refused = milma("import-table", str(no_column), data_dir=data_dir, lang="fr")
    assert refused.returncode == 1
    assert "Ligne 1, colonne first_name : La colonne first_name manque." in refused.stderr
    (tmp_path / "notes.txt").write_text("hola")
    refused = milma("import-table", str(tmp_path / "notes.txt"), data_dir=data_dir)
    assert refused.returncode == 1 and "must be a CSV (.csv) or Excel (.xlsx)" in refused.stderr
    assert (
        len(json.loads(milma("participants", "list", "--format", "json", data_dir=data_dir).stdout))
        == 2
    )


def test_a_lab_brought_in_without_niche_travels_to_the_laptops_and_is_completed_later(
    tmp_path, tmp_path_factory
):
    from desktop.services import exchange as X
    from tests.unit.test_bundle_support import count, pair

    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=1)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        sheet = write_csv(
            tmp_path / "historia.csv", [HEAD[:16], [*ROWS[2][:8], "Carpintería", *ROWS[2][9:16]]]
        )
        H.import_history(coordinator, sheet)
        [lab] = [
            x for x in records.list_all(coordinator, "lab") if x["name"] == "Carpintería"
        ]  # the demo's are there too
        assert lab["niche"] is None
        X.apply_import(laptop, X.export(coordinator, usb).path)
        got = records.get(laptop, "lab", lab["id"])
        assert (got["name"], got["niche"], got["planned_hours"]) == ("Carpintería", None, None)
        assert count(laptop, "merge_pending") == 0  # complete as it is, not held back
        # a technician enrols someone in it; the enrolment reaches the coordinator
        [person] = records.list_all(laptop, "participant")
        enrolment = records.create(
            laptop,
            "enrolment",
            {
                "participant_id": person["id"],
                "lab_id": lab["id"],
                "status": "enrolled",
                "enrolled_on": date(2022, 2, 9),
            },
        )
        X.apply_import(coordinator, X.export(laptop, usb).path)
        assert records.get(coordinator, "enrolment", enrolment["id"])["lab_id"] == lab["id"]
        assert count(coordinator, "merge_pending") == 0
        # the coordinator completes the lab; the laptop gets the niche and hours
        records.update(coordinator, "lab", lab["id"], {"niche": "catering", "planned_hours": 320})
        X.apply_import(laptop, X.export(coordinator, usb).path)
        got = records.get(laptop, "lab", lab["id"])
        assert (got["niche"], got["planned_hours"]) == ("catering", 320)
    finally:
        laptop.close()
        coordinator.close()
