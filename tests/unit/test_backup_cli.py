"""`milma backup`, `milma backup list` and `milma restore`: what they print, in the user's
language, and what they refuse."""

from __future__ import annotations

import io
import json

import pytest

from desktop.cli import main
from desktop.services import backups, participants, records
from desktop.storage.store import Store


def run(capsys, *args, lang="en", answer=None, monkeypatch=None):
    if answer is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(answer))
    code = main(["--lang", lang, *map(str, args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def laptop(qapp, store):
    """An initialised store with one participant, closed (the session's QApplication is made
    first, so main() does not make a core one)."""
    participants.register(
        store,
        {
            "first_name": "Aminata",
            "last_name": "Diop",
            "birth_date": "1992-04-04",
            "gender": "female",
            "migrant_status": "refugee",
        },
    )
    store.close()
    return store.data_dir


def _names(data_dir) -> list[str]:
    store = Store.open(data_dir)
    try:
        return sorted(p["last_name"] for p in records.list_all(store, "participant"))
    finally:
        store.close()


def test_backup_then_list_shows_it_by_date_why_and_size(capsys, laptop):
    code, out, _ = run(capsys, "backup")
    assert code == 0 and out.startswith("Backup made: ") and "/backups/milma-" in out
    code, out, _ = run(capsys, "backup", "list")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["Made", "Why", "Size", "File"]
    assert (
        "Made on request" in lines[2] and " kB" in lines[2] and lines[2].endswith("-manual.sqlite3")
    )
    code, out, _ = run(capsys, "backup", "list", "--format", "json")
    listed = json.loads(out)
    assert [item["kind"] for item in listed] == ["manual"] and listed[0]["size"] > 0


def test_list_in_spanish_and_when_there_is_none(capsys, laptop):
    code, out, _ = run(capsys, "backup", "list")
    assert code == 0 and out.strip() == "No backups yet."
    run(capsys, "backup")
    code, out, _ = run(capsys, "backup", "list", lang="es")
    assert out.splitlines()[0].split() == ["Hecha", "Motivo", "Tamaño", "Archivo"]
    assert "A petición" in out


def test_backup_to_a_folder_writes_there_only(capsys, laptop, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _ = run(capsys, "backup", "--to", stick)
    assert code == 0 and [p.name for p in stick.iterdir()] == [out.split("/")[-1].strip()]
    assert backups.list_backups(laptop) == []
    code, _, err = run(capsys, "backup", "--to", tmp_path / "missing")
    assert (
        code == 1
        and err.strip()
        == f"milma: The folder {tmp_path / 'missing'} does not exist; no backup was made."
    )


def test_restore_asks_first_and_no_keeps_everything(capsys, laptop, monkeypatch):
    run(capsys, "backup")
    backup = backups.list_backups(laptop)[0].path
    store = Store.open(laptop)
    participants.register(
        store,
        {
            "first_name": "Awa",
            "last_name": "Sow",
            "birth_date": "1990-01-01",
            "gender": "female",
            "migrant_status": "migrant",
        },
    )
    store.close()
    code, _, err = run(capsys, "restore", backup, answer="n\n", monkeypatch=monkeypatch)
    assert (
        code == 1
        and "by the backup made" in err
        and err.rstrip().endswith("milma: Nothing was restored.")
    )
    assert _names(laptop) == ["Diop", "Sow"]
    code, out, _ = run(capsys, "restore", backup, answer="y\n", monkeypatch=monkeypatch)
    assert code == 0 and _names(laptop) == ["Diop"]
    assert out.splitlines()[0] == f"Restored the backup {backup.name}."
    kept = backups.list_backups(laptop)[0]
    assert (
        kept.kind == backups.RESTORE
        and out.splitlines()[1] == f"What was there before is kept as the backup {kept.path}."
    )
    # what the restore replaced can itself be restored
    code, _, _ = run(capsys, "restore", kept.path, "--yes")
    assert code == 0 and _names(laptop) == ["Diop", "Sow"]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "milma: The file notes.txt is not a MILMA backup; nothing was restored."),
        (
            "es",
            (
                "milma: El archivo notes.txt no es una copia de seguridad de MILMA; no se ha"
                " restaurado nada."
            ),
        ),
        (
            "fr",
            (
                "milma\u00a0: Le fichier notes.txt n’est pas une sauvegarde de MILMA ; rien n’a été"
                " restauré."
            ),
        ),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_backup_in_the_users_language(
    capsys, laptop, tmp_path, lang, expected
):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    code, _, err = run(capsys, "restore", notes, "--yes", lang=lang)
    assert code == 1 and err.strip() == expected
    assert _names(laptop) == ["Diop"]
