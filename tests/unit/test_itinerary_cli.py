"""`milma itinerary` through a real subprocess: files written, languages, one-line errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from pypdf import PdfReader

from desktop.i18n import catalogue
from desktop.reports import itinerary_texts as T
from desktop.services import itinerary_docs as docs


def milma(*args, data_dir, lang="en"):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "desktop.cli", "--lang", lang, "--data-dir", str(data_dir), *args]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def text_of(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def _people(store):
    from tests.unit.test_itinerary import make_lab, make_person

    lab = make_lab(store, name="Jardinería Fuenlabrada", niche="gardening")
    a = make_person(store, lab, first="Ștefan", last="Kovalenko", lang="fr", goals=2, sessions=1)
    b = make_person(store, lab, first="Олександр", last="Коваленко", lang="en", goals=2, sessions=1)
    return lab, a, b


def test_one_participant_default_and_explicit_language(store, data_dir, tmp_path):
    _lab, a, _b = _people(store)
    out = tmp_path / "pdfs" / "one.pdf"
    out.parent.mkdir()
    r = milma("itinerary", a["code"].lower(), "-o", str(out), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    text = text_of(out)
    assert "Ștefan Kovalenko" in text and "Jardinería Fuenlabrada" in text
    assert catalogue("fr").translate(T.CONTEXT, T.H_PLAN) in text  # preferred language: French
    r = milma("itinerary", a["code"], "--lang", "es", "-o", str(out), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    text = text_of(out)
    assert catalogue("es").translate(T.CONTEXT, T.H_PLAN) in text
    assert "5 mar 2026" in text  # Spanish date format
    assert [p.name for p in out.parent.iterdir()] == ["one.pdf"]  # no temporary file left


def test_lab_one_file_each_and_merged(store, data_dir, tmp_path):
    _lab, a, b = _people(store)
    out = tmp_path / "batch"
    r = milma(
        "itinerary", "--lab", "jardineria fuenlabrada", "--out-dir", str(out), data_dir=data_dir
    )
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([docs.file_name(a["code"]), docs.file_name(b["code"])])
    assert "Олександр Коваленко" in text_of(out / docs.file_name(b["code"]))
    r = milma(
        "itinerary",
        "--lab",
        "Jardinería Fuenlabrada",
        "--out-dir",
        str(out),
        "--merge",
        data_dir=data_dir,
    )
    assert r.returncode == 0, r.stderr
    merged = out / "itineraries-jardineria-fuenlabrada.pdf"
    text = text_of(merged)
    assert "Ștefan Kovalenko" in text and "Олександр Коваленко" in text


def test_errors_are_one_line_and_exit_1(store, data_dir, tmp_path):
    _people(store)
    cases = [
        ("itinerary", "CIF-NONE-9999", "-o", str(tmp_path / "x.pdf")),
        ("itinerary", "--lab", "No such lab", "--out-dir", str(tmp_path / "d")),
        ("itinerary", "--lab", "Jardinería Fuenlabrada", "--out-dir", "/proc/no/such/dir"),
    ]
    for args in cases:
        r = milma(*args, data_dir=data_dir)
        assert r.returncode == 1, (args, r.stdout, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert r.stderr.startswith("milma: ")
    from desktop.services.records import list_all

    first = list_all(store, "participant")[0]["code"]
    r = milma("itinerary", first, "-o", str(tmp_path / "missing-dir" / "x.pdf"), data_dir=data_dir)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "missing-dir").exists()
    r = milma("itinerary", first, data_dir=data_dir)  # no -o
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
