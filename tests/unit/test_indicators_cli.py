"""`milma indicators`: the stable JSON shape, the table, the spreadsheet, and clear refusals."""

from __future__ import annotations

import json
import re

from openpyxl import load_workbook

from desktop.domain import indicators as D
from desktop.services import indicators as S
from tests.unit.test_cli import milma
from tests.unit.test_indicators import ALL_TIME, row, world  # noqa: F401 - the crafted data set


def test_json_table_and_spreadsheet(world, store, data_dir, tmp_path):  # noqa: F811
    store.close()  # the command opens the store itself
    out = milma("indicators", "--format", "json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "period": {"from": None, "to": None},
        "indicators": ALL_TIME,
        "counts": {"labs": 3, "companies": 5},
    }

    year = json.loads(
        milma(
            "indicators",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--site",
            "CIFE",
            "--format",
            "json",
            data_dir=data_dir,
        ).stdout
    )
    assert year["period"] == {"from": "2025-01-01", "to": "2025-12-31"}
    assert (
        year["indicators"]["participants"] == row(4, 2, 2, 2, 2, 2) and year["counts"]["labs"] == 1
    )

    lab = json.loads(
        milma("indicators", "--lab", "CATERING 2025", "--format", "json", data_dir=data_dir).stdout
    )
    assert lab["indicators"]["participants"]["total"] == 2

    table = milma("indicators", "--to", "2025-12-31", data_dir=data_dir, lang="es")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].startswith("Laboratorios que empiezan hasta")
    employed_3 = next(line for line in lines if line.startswith("Empleo en 3 meses"))
    assert (
        re.split(r" {2,}", employed_3)[1] == "3 (50\xa0%)"
    )  # 3 of the 6 in the cohort, Spanish percent

    target = tmp_path / "out.xlsx"
    done = milma("indicators", "--format", "xlsx", "-o", str(target), data_dir=data_dir)
    assert done.returncode == 0, done.stderr and target.exists()
    book = load_workbook(target)
    assert book.sheetnames == ["Indicators", "Labs and companies", "Definitions"]
    sheet = book["Indicators"]
    assert [c.value for c in sheet[4]][:3] == ["Indicator", "Total", "Total (rate)"]
    migrants = [c.value for c in sheet[4]].index("Migrants") + 1
    within_3 = next(
        r for r in sheet.iter_rows(min_row=5) if r[0].value == "Employed within 3 months"
    )
    assert (
        within_3[migrants - 1].value == 2 and within_3[migrants].value == 0.5
    )  # numbers, not texts
    assert within_3[migrants].number_format == "0.0%"
    counts = {r[0].value: r[1].value for r in book["Labs and companies"].iter_rows(min_row=2)}
    assert counts == {"Labs": 3, "Companies": 5}
    terms = [r[0].value for r in book["Definitions"].iter_rows(min_row=2)]
    assert "Long-term unemployed" in terms and "Employed within 6 months" in terms


def test_refusals_say_what_is_wrong(store, data_dir):
    store.close()
    late = milma("indicators", "--from", "2026-01-01", "--to", "2025-01-01", data_dir=data_dir)
    assert late.returncode == 1 and "starts after it ends" in late.stderr
    unknown = milma("indicators", "--lab", "Nothing", data_dir=data_dir)
    assert unknown.returncode == 1 and "No lab is called Nothing" in unknown.stderr
    nowhere = milma("indicators", "--format", "xlsx", data_dir=data_dir)
    assert nowhere.returncode == 1 and "-o FILE.xlsx" in nowhere.stderr
    bad_day = milma("indicators", "--from", "31/12/2025", data_dir=data_dir)
    assert bad_day.returncode == 2 and "YYYY-MM-DD" in bad_day.stderr


def test_the_pdf_in_the_chosen_language(world, store):  # noqa: F811
    pdf = S.export(store, S.Filters(D.Period(None, None)), "pdf", "fr")
    assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf
