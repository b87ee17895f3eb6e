"""`milma connectors import`: volunteers' sign-up sheets, CSV or XLSX, validated whole and refused
whole (rows as the spreadsheet numbers them, columns as headed, problems in the user's language),
twice adds nothing, a dry run writes nothing."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from desktop.services import connector_import, records
from tests.unit.test_cli import milma

HEAD = [
    "full_name",
    "occupation_group",
    "field",
    "languages",
    "neighbourhood",
    "availability",
    "capacity",
    "phone",
    "email",
    "referred_by",
]
GOOD = [
    [
        "Marta Gil",
        "51",
        "Hostelería",
        "es, árabe",
        "Los Arcos",
        "both",
        "3",
        "612 34 56 78",
        "",
        "Luis Ortega",
    ],
    [
        "Luis Ortega",
        "52",
        "Comercio",
        "English;fr",
        "Centro",
        "in_person",
        "2",
        "",
        "luis@example.org",
        "",
    ],
]


def write_csv(path, rows, sep=","):
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=sep).writerows(rows)
    return path


def names(store):
    return sorted(c["full_name"] for c in records.list_all(store, "connector"))


def test_a_csv_sheet_comes_in_with_its_referrals_and_twice_adds_nothing(store, tmp_path):
    sheet = write_csv(tmp_path / "alta.csv", [HEAD, *GOOD])
    result = connector_import.import_connectors(store, sheet, origin="local")
    assert result.added == ["Marta Gil", "Luis Ortega"]
    by_name = {c["full_name"]: c for c in records.list_all(store, "connector")}
    marta, luis = by_name["Marta Gil"], by_name["Luis Ortega"]
    assert marta["referred_by_id"] == luis["id"]  # referred by a volunteer further down the sheet
    assert marta["languages"] == "es,ar" and luis["languages"] == "en,fr"
    assert marta["phone"] == "+34612345678" and marta["occupation_group"] == "51"
    assert marta["availability"] == "both" and marta["capacity"] == 3 and marta["active"] is True
    again = connector_import.import_connectors(store, sheet, origin="local")
    assert again.added == [] and again.already == [2, 3]
    assert names(store) == ["Luis Ortega", "Marta Gil"]


def test_an_xlsx_sheet_with_spanish_headings_refers_to_a_recorded_connector(store, tmp_path):
    host = records.create(
        store, "connector", {"full_name": "Ana Pérez", "field": "Cocina", "origin": "local"}
    )
    book = Workbook()
    ws = book.active
    ws.append(
        [
            "Nombre completo",
            "Ámbito",
            "Idiomas",
            "Teléfono",
            "Referido por",
            "Origen",
            "Disponibilidad",
        ]
    )
    ws.append(["Omar Diallo", "Cocina", "wolof", 612345679, "ana pérez", "Migrante", "Virtual"])
    book.save(tmp_path / "alta.xlsx")
    result = connector_import.import_connectors(store, tmp_path / "alta.xlsx")
    assert result.added == ["Omar Diallo"]
    omar = next(c for c in records.list_all(store, "connector") if c["full_name"] == "Omar Diallo")
    assert (
        omar["referred_by_id"],
        omar["origin"],
        omar["languages"],
        omar["phone"],
        omar["availability"],
    ) == (host["id"], "migrant", "wo", "+34612345679", "virtual")


def test_one_bad_row_and_nothing_is_imported_each_problem_named(store, tmp_path):
    bad = [
        [
            "Nadia Ruiz",
            "99",
            "Limpieza",
            "marciano",
            "",
            "sometimes",
            "many",
            "12",
            "nadia@",
            "Nobody Known",
        ],
        ["", "", "", "", "", "", "", "", "", ""],  # an empty line is skipped, not refused
        ["", "", "Cocina", "", "", "", "", "", "", ""],
    ]
    sheet = write_csv(tmp_path / "alta.csv", [HEAD, *GOOD, *bad], sep=";")
    with pytest.raises(connector_import.ImportRefused) as refused:
        connector_import.import_connectors(store, sheet, origin="local")
    found = {(p.row, p.column) for p in refused.value.problems}
    assert found == {
        (4, "occupation_group"),
        (4, "languages"),
        (4, "availability"),
        (4, "capacity"),
        (4, "phone"),
        (4, "email"),
        (4, "referred_by"),
        (6, "full_name"),
    }
    assert names(store) == []


def test_the_command_names_rows_in_the_users_language_and_a_dry_run_writes_nothing(
    store, data_dir, tmp_path
):
    store.close()
    sheet = write_csv(tmp_path / "alta.csv", [HEAD, *GOOD])
    dry = milma(
        "connectors", "import", str(sheet), "--dry-run", "--origin", "local", data_dir=data_dir
    )
    assert dry.returncode == 0, dry.stderr
    assert "Marta Gil" in dry.stdout and "nothing was written" in dry.stdout
    listed = milma("connectors", "list", "--format", "json", data_dir=data_dir)
    assert listed.stdout.strip() == "[]"
    done = milma("connectors", "import", str(sheet), "--origin", "local", data_dir=data_dir)
    assert done.returncode == 0 and "2 connectors added" in done.stdout
    twice = milma("connectors", "import", str(sheet), "--origin", "local", data_dir=data_dir)
    assert "0 connectors added" in twice.stdout and "2 rows already recorded" in twice.stdout
    broken = write_csv(
        tmp_path / "mal.csv", [HEAD, ["Sara Vidal", "", "Cocina", "", "", "", "", "+99 1", "", ""]]
    )
    refused = milma("connectors", "import", str(broken), data_dir=data_dir, lang="es")
    assert refused.returncode == 1
    assert "Fila 1, columna origin: Falta la columna origin" in refused.stderr
    assert "No se ha importado nada" in refused.stderr
    with_origin = write_csv(
        tmp_path / "mal2.csv",
        [[*HEAD, "origin"], ["Sara Vidal", "", "Cocina", "", "", "", "", "+99 1", "", "", "local"]],
    )
    refused = milma("connectors", "import", str(with_origin), data_dir=data_dir, lang="fr")
    assert refused.returncode == 1
    assert "Ligne 2, colonne phone : Téléphone" in refused.stderr
