"""The command line speaks the language of --lang, else of LANG: its own messages, the
services' errors and argparse's usage texts."""

from __future__ import annotations

import pytest

import desktop.i18n as i18n
from desktop.cli import main


@pytest.fixture(autouse=True)
def restore_language():
    before = i18n.current_language()
    yield
    i18n.set_language(before)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["--lang", "es", "participants", "show", "NOPE-1"],
            "milma: Ningún participante tiene el código NOPE-1.",
        ),
        (
            ["--lang=fr", "participants", "show", "NOPE-1"],
            "milma\u00a0: Aucun participant n’a le code NOPE-1.",
        ),
        (
            ["--lang", "en", "participants", "show", "NOPE-1"],
            "milma: No participant has the code NOPE-1.",
        ),
    ],
)
def test_lang_option_chooses_the_language_of_errors(argv, expected, store, capsys):
    assert main(argv) == 1
    assert expected in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang_env", "expected"),
    [
        ("fr_FR.UTF-8", "milma\u00a0: Aucun participant"),
        ("es_ES.UTF-8", "milma: Ningún participante"),
        ("de_DE.UTF-8", "milma: Ningún participante"),  # not one of ours: Spanish
        ("en_GB.UTF-8", "milma: No participant"),
    ],
)
def test_lang_environment_variable(lang_env, expected, store, monkeypatch, capsys):
    monkeypatch.setenv("LANG", lang_env)
    assert main(["participants", "show", "NOPE-1"]) == 1
    assert capsys.readouterr().err.startswith(expected)


@pytest.mark.parametrize(
    ("lang", "usage", "error"),
    [
        ("es", "uso: milma", "argumentos no reconocidos: --bogus"),
        ("fr", "utilisation\u00a0: milma", "arguments non reconnus\u00a0: --bogus"),
        ("en", "usage: milma", "unrecognized arguments: --bogus"),
    ],
)
def test_argparse_usage_and_errors_are_translated(lang, usage, error, capsys):
    assert main(["--lang", lang, "--bogus"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(usage)
    assert error in err


def test_help_is_translated(capsys):
    assert main(["--lang", "es", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: milma")
    assert "mostrar esta ayuda y salir" in out
    assert "idioma de los mensajes" in out


def test_required_choice_error_in_french(capsys):
    assert main(["--lang", "fr", "participants"]) == 2
    assert "les arguments suivants sont obligatoires\u00a0: ACTION" in capsys.readouterr().err
