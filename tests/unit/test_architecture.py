"""The house's rules hold on the source tree (scripts/check_architecture.py), and the checker
finds each kind of breach in a small tree written for the purpose."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "check_architecture", ROOT / "scripts" / "check_architecture.py"
)
arch = importlib.util.module_from_spec(_spec)
sys.modules["check_architecture"] = arch
_spec.loader.exec_module(arch)

MODELS = """
from sqlmodel import Field, SQLModel

class Record(SQLModel):
    id: str = Field(primary_key=True)

class Participant(Record, table=True):
    __tablename__ = "participant"

class Child(Participant):
    __tablename__ = "child"

class MergeConflict(SQLModel, table=True):
    __tablename__ = "merge_conflict"

class Scratch(SQLModel, table=True):
    __tablename__ = "scratch"

RECORD_MODELS = {"participant": Participant}
"""


def write_tree(root: Path, files: dict[str, str]) -> Path:
    base = {
        "desktop/__init__.py": "__version__ = '0'\n",
        "desktop/storage/__init__.py": "",
        "desktop/storage/models.py": MODELS,
        "desktop/storage/journal.py": "",
        "desktop/services/__init__.py": "",
        "desktop/ui/__init__.py": "",
        "desktop/cli/__init__.py": "",
        "desktop/i18n/__init__.py": "",
        "desktop/domain/__init__.py": "",
    }
    for rel, text in {**base, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def found(root: Path) -> set[tuple[str, str, str]]:
    return {b.key for b in arch.check(root)}


def test_the_source_tree_keeps_the_rules():
    new, _still, gone = arch.judge(arch.check(ROOT))
    assert not new, "\n".join(map(str, new))
    assert not gone, f"fixed, so remove from KNOWN_BREACHES: {gone}"


def test_the_script_exits_1_on_a_breach_and_0_on_the_real_tree(tmp_path):
    write_tree(tmp_path, {"desktop/storage/bad.py": "import desktop.ui\n"})
    bad = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_architecture.py"), str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1
    assert "desktop/storage/bad.py:1: [layers] storage imports desktop.ui" in bad.stdout
    good = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_architecture.py")],
        capture_output=True,
        text=True,
    )
    assert good.returncode == 0, good.stdout


def test_qt_only_in_ui_and_app_and_only_qtcore_in_i18n_and_the_cli(tmp_path):
    write_tree(
        tmp_path,
        {
            "desktop/storage/a.py": "from PySide6.QtWidgets import QWidget\n",
            "desktop/domain/b.py": "def f():\n    from PySide6 import QtCore\n",
            "desktop/services/c.py": "import shiboken6\n",
            "desktop/i18n/ok.py": "from PySide6.QtCore import QLocale, QTranslator\n",
            "desktop/i18n/gui.py": "from PySide6.QtGui import QFont\n",
            "desktop/cli/ok.py": "from PySide6.QtCore import QCoreApplication\n",
            "desktop/cli/widgets.py": "import PySide6.QtWidgets\n",
            "desktop/ui/ok.py": (
                "from PySide6.QtWidgets import QWidget\nfrom PySide6 import QtGui\n"
            ),
            "desktop/app.py": "from PySide6.QtWidgets import QApplication\n",
        },
    )
    qt = {(path, subject) for rule, path, subject in found(tmp_path) if rule == "qt"}
    assert qt == {
        ("desktop/storage/a.py", "PySide6.QtWidgets"),
        ("desktop/domain/b.py", "PySide6.QtCore"),
        ("desktop/services/c.py", "shiboken6"),
        ("desktop/i18n/gui.py", "PySide6.QtGui"),
        ("desktop/cli/widgets.py", "PySide6.QtWidgets"),
    }


def test_arrows_point_down(tmp_path):
    write_tree(
        tmp_path,
        {
            "desktop/storage/a.py": "from desktop.services import x\n",
            "desktop/storage/b.py": "def f():\n    from ..exchange import merge\n",
            "desktop/storage/c.py": (
                "import importlib\nimportlib.import_module('desktop.ui.main_window')\n"
            ),
            "desktop/storage/ok.py": (
                "from desktop.domain import schema\nfrom desktop import __version__\nfrom . import"
                " models\n"
            ),
            "desktop/domain/d.py": "from desktop.storage.models import Participant\n",
            "desktop/cli/e.py": "def show():\n    from desktop.ui.main_window import MainWindow\n",
            "desktop/cli/ok.py": "from desktop.services import participants\n",
            "desktop/services/f.py": "from desktop.cli import main\n",
            "desktop/ui/ok.py": "from desktop.services import participants\n",
        },
    )
    layers = {(path, subject) for rule, path, subject in found(tmp_path) if rule == "layers"}
    assert layers == {
        ("desktop/storage/a.py", "services"),
        ("desktop/storage/b.py", "exchange"),
        ("desktop/storage/c.py", "ui"),
        ("desktop/domain/d.py", "storage"),
        ("desktop/cli/e.py", "ui"),
        ("desktop/services/f.py", "cli"),
    }


@pytest.mark.parametrize(
    "source",
    [
        (
            "from sqlalchemy import insert\nfrom desktop.storage.models import Participant\n"
            "def f(s):\n    s.execute(insert(Participant.__table__).values(id='x'))\n"
        ),
        (
            "import sqlalchemy as sa\nfrom desktop.storage.models import Participant\n"
            "def f(s):\n    s.execute(sa.delete(Participant))\n"
        ),
        (
            "from sqlalchemy import update as upd\nfrom desktop.storage.models import"
            " RECORD_MODELS\ndef f(s, kind):\n    table = RECORD_MODELS[kind].__table__\n   "
            " s.execute(upd(table).values(id='y'))\n"
        ),
        (
            "from desktop.storage.models import Child\nP = Child.__table__\n"
            "def table():\n    return P\n\ndef f(s):\n    s.execute(table().delete())\n"
        ),
        (
            "def f(conn):\n    conn.exec_driver_sql('update \"participant\" set stamps = ?',"
            " ('{}',))\n"
        ),
        "def f(conn, n):\n    conn.execute(f'DELETE FROM participant WHERE id = {n}')\n",
        (
            "def f(conn):\n    conn.executemany('INSERT OR REPLACE INTO participant (id) VALUES"
            " (?)', [])\n"
        ),
        (
            "from desktop.storage.models import Participant\n"
            "def f(session):\n    session.add(Participant(id='z'))\n"
        ),
    ],
)
def test_a_synced_record_is_written_only_by_the_journal(tmp_path, source):
    write_tree(tmp_path, {"desktop/services/bad.py": source})
    assert [k for k in found(tmp_path) if k[0] == "synced-write"] != []
    # the same source in the journal, or in a migration, is no breach
    write_tree(
        tmp_path,
        {
            "desktop/services/bad.py": "",
            "desktop/storage/journal.py": source,
            "desktop/storage/migrations/versions/0009_x.py": source,
        },
    )
    assert found(tmp_path) == set()


def test_words_in_docstrings_and_messages_are_not_sql(tmp_path):
    write_tree(
        tmp_path,
        {
            "desktop/services/ok.py": (
                '''
        """Update participant set by set; delete from participant lists."""
        MESSAGE = "Update MILMA Desktop first, then delete from the stick."
        def f(values):
            values.update({"a": 1})
            return tx.insert("participant", values)
    '''
            )
        },
    )
    assert found(tmp_path) == set()


def test_each_bookkeeping_table_has_one_writer(tmp_path, monkeypatch):
    monkeypatch.setattr(arch, "OWNERS", {"merge_conflict": "desktop/services/conflicts.py"})
    write_tree(
        tmp_path,
        {
            "desktop/services/conflicts.py": (
                "from sqlalchemy import update\nfrom desktop.storage.models import MergeConflict\n"
                "C = MergeConflict.__table__\ndef f(s):\n    s.execute(update(C))\n"
            ),
            "desktop/exchange/merge.py": (
                "def f(conn):\n    conn.execute('DELETE FROM merge_conflict')\n"
            ),
            "desktop/services/scratch.py": (
                "from sqlalchemy import insert\nfrom desktop.storage.models import Scratch\n"
                "def f(s):\n    s.execute(insert(Scratch))\n"
            ),
            "desktop/services/dynamic.py": (
                "from sqlalchemy import insert\ndef f(s, t):\n    s.execute(insert(t))\n"
            ),
        },
    )
    assert {k for k in found(tmp_path) if k[0] == "bookkeeping"} == {
        ("bookkeeping", "desktop/exchange/merge.py", "merge_conflict"),
        ("bookkeeping", "desktop/services/scratch.py", "scratch"),  # a table with no owner
        ("bookkeeping", "desktop/services/dynamic.py", arch.UNKNOWN),  # cannot tell which table
    }


def test_known_breaches_pass_only_while_they_are_still_there(tmp_path):
    write_tree(tmp_path, {"desktop/storage/a.py": "import desktop.services\n"})
    breaches = arch.check(tmp_path)
    known = {
        ("layers", "desktop/storage/a.py", "services"),
        ("qt", "desktop/domain/gone.py", "PySide6"),
    }
    new, still, gone = arch.judge(breaches, known)
    assert new == [] and [b.key for b in still] == [("layers", "desktop/storage/a.py", "services")]
    assert gone == [("qt", "desktop/domain/gone.py", "PySide6")]


def test_a_new_module_of_desktop_needs_its_place_among_the_layers(tmp_path):
    write_tree(
        tmp_path,
        {
            "desktop/gadgets.py": "",
            "desktop/ui/a.py": "from desktop.gadgets import thing\n",
            "desktop/gizmo/__init__.py": "from desktop.paths import data_dir\n",
        },
    )
    breaches = [b for b in arch.check(tmp_path) if b.rule == "layers"]
    assert {(b.path, b.subject) for b in breaches} == {
        ("desktop/ui/a.py", "gadgets"),
        ("desktop/gizmo/__init__.py", "paths"),
    }
    assert all("is in no layer yet" in b.text for b in breaches)
