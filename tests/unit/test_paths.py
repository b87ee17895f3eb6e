"""Shipped files are found from a source checkout and from a frozen build alike."""

from __future__ import annotations

import sys

from desktop import paths
from desktop.licences import fonts


def test_from_the_source_tree_the_shipped_files_are_found():
    assert (paths.resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert (paths.resources_dir() / "icons" / "milma.ico").is_file()
    assert (paths.translations_dir() / "milma_es.qm").is_file()


def test_a_frozen_build_reads_them_from_its_own_folder(monkeypatch, tmp_path):
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "LICENSE-Frozen.txt").write_text(
        "License: OFL-1.1\n", encoding="utf-8"
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.translations_dir() == tmp_path / "translations"
    assert [(f.name, f.licence) for f in fonts()] == [("Frozen", "OFL-1.1")]
