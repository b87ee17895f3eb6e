"""`milma agenda`: the week's appointments as a table, CSV or JSON, mine or the site's."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

from tests.unit import agenda_support
from tests.unit.test_agenda import MONDAY
from tests.unit.test_cli import milma


def test_agenda_table_csv_json_and_mine(store, data_dir):
    data = agenda_support.make_week(store, MONDAY)
    store.close()  # the command opens the store itself
    week = (MONDAY + timedelta(days=2)).isoformat()  # any day of the week

    table = milma("agenda", "--week", week, data_dir=data_dir)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].startswith("Week of ") and lines[-1] == "4 appointments"
    assert any(
        f"Aminata Diop ({data['aminata']['code']})" in line and "Coaching appointment" in line
        for line in lines
    )
    assert any(
        "Connector meeting · Virtual" in line and "Connector: Marta Gil" in line for line in lines
    )

    as_json = json.loads(
        milma("agenda", "--week", week, "--format", "json", data_dir=data_dir).stdout
    )
    assert [(r["day"], r["kind"], r["first_name"]) for r in as_json] == [
        ((MONDAY + timedelta(days=1)).isoformat(), "coaching_session", "Aminata"),
        ((MONDAY + timedelta(days=2)).isoformat(), "coaching_session", "Omar"),
        ((MONDAY + timedelta(days=3)).isoformat(), "coaching_appointment", "Aminata"),
        ((MONDAY + timedelta(days=4)).isoformat(), "connector_meeting", "Omar"),
    ]
    assert as_json[2]["time"].endswith("T09:15:00") and as_json[3]["time"] is None

    mine = list(
        csv.DictReader(
            io.StringIO(
                milma(
                    "agenda", "--week", week, "--mine", "--format", "csv", data_dir=data_dir
                ).stdout
            )
        )
    )
    assert [(r["kind"], r["with_name"]) for r in mine] == [
        ("coaching_session", "Ana Técnica"),
        ("coaching_appointment", "Ana Técnica"),
    ]
    spanish = milma("agenda", "--week", week, "--mine", data_dir=data_dir, lang="es")
    assert (
        "Cita de acompañamiento" in spanish.stdout and spanish.stdout.splitlines()[-1] == "2 citas"
    )


def test_agenda_bad_week_and_mine_without_technician(tmp_path):
    # a laptop without accounts yet and no technician chosen (with accounts, "mine" is the
    # logged-in account's technician)
    from desktop.services.setup import init_device
    from desktop.storage.store import Store

    data_dir = tmp_path / "no-accounts"
    store = Store.open(data_dir)
    init_device(store, "CIFE", "old-laptop", None)
    store.close()
    bad = milma("agenda", "--week", "30/11/2026", data_dir=data_dir)
    assert bad.returncode == 2 and "30/11/2026 is not a date: write it as YYYY-MM-DD" in bad.stderr
    mine = milma("agenda", "--mine", data_dir=data_dir)
    assert mine.returncode == 1 and "No technician is chosen on this laptop" in mine.stderr
    empty = milma("agenda", data_dir=data_dir)
    assert empty.returncode == 0 and empty.stdout.splitlines()[-1] == "0 appointments"


def test_agenda_shows_a_meeting_planned_next_week(store, data_dir):
    from datetime import date

    from desktop.services import agenda, meetings

    data = agenda_support.make_week(store, MONDAY)
    next_monday = agenda.week_start(date.today()) + timedelta(days=7)
    host = data["connector"]
    meetings.save_meeting(
        store,
        data["aminata"]["id"],
        {
            "connector_id": host,
            "met_on": next_monday + timedelta(days=1),
            "mode": "virtual",
            "status": "planned",
        },
        [],
    )
    store.close()
    table = milma("agenda", "--week", next_monday.isoformat(), data_dir=data_dir)
    assert table.returncode == 0, table.stderr
    assert any(
        "Planned connector meeting · Virtual" in line and "Connector: Marta Gil" in line
        for line in table.stdout.splitlines()
    )
    spanish = milma("agenda", "--week", next_monday.isoformat(), data_dir=data_dir, lang="es")
    assert "Encuentro con un conector previsto · Virtual" in spanish.stdout
