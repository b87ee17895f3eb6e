"""Where shipped assets live, from a source checkout or a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def asset_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    return asset_root() / "translations"


def resources_dir() -> Path:
    return asset_root() / "resources"
