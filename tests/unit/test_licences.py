"""The bundled libraries and fonts Help > About lists, from the installed packages' metadata."""

from __future__ import annotations

from desktop.licences import _requirement_name, components, fonts, runtime_distributions


def test_runtime_distributions_follow_requirements_without_the_extras():
    names = {n.lower() for n in runtime_distributions()}
    assert {"pyside6", "shiboken6", "sqlalchemy", "alembic", "mako", "babel"} <= names
    assert not names & {"pytest", "pytest-qt", "hypothesis", "ruff", "mypy", "pyinstaller"}


def test_a_requirement_of_an_extra_is_skipped():
    assert _requirement_name("PySide6<6.12,>=6.8") == "PySide6"
    assert _requirement_name('pytest>=8; extra == "test"') is None


def test_every_component_names_a_version():
    assert all(c.version for c in components())


def test_the_fonts_licence_is_read_from_its_file():
    (dejavu,) = [f for f in fonts() if f.name == "DejaVu"]
    assert dejavu.licence == "bitstream-vera"
