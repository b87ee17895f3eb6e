"""What the application bundles and under which licences: its runtime dependencies (read from
the installed packages' metadata, which build.spec copies into a frozen build) and the fonts in
resources/fonts/ (each with a LICENSE-*.txt beside it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from desktop.paths import resources_dir

DISTRIBUTION = "milma-desktop"
_LICENCE_CLASSIFIER = "License :: OSI Approved :: "
_NAME = re.compile(r"^[A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # empty when the package's metadata names none


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    # a short name, not a whole licence text pasted into the field
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [
        c.split(" :: ")[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith(_LICENCE_CLASSIFIER)
    ]
    if classifiers:
        return " / ".join(classifiers)
    return _licence_file_heading(dist) or (text.splitlines()[0][:60] if text else "")


def _licence_file_heading(dist: metadata.Distribution) -> str:
    """'The MIT License (MIT)': the heading of the licence file a package ships, if it has one."""
    for file in dist.files or []:
        if "licen" not in str(file).lower() or not str(file).endswith(
            ("LICENSE", "LICENSE.txt", "LICENSE.md")
        ):
            continue
        try:
            lines = [
                line.strip()
                for line in file.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
        except (OSError, UnicodeDecodeError):
            continue
        if lines and "licen" in lines[0].lower() and len(lines[0]) <= 60:
            return lines[0]
    return ""


def _requirement_name(requirement: str) -> str | None:
    """'PySide6<6.12,>=6.8' -> 'PySide6'; None for a requirement of an extra (test, build)."""
    if "extra ==" in requirement:
        return None
    found = _NAME.match(requirement.strip())
    return found.group(0) if found else None


def runtime_distributions(root: str = DISTRIBUTION) -> list[str]:
    """The names of the installed distributions the application needs to run: its own
    requirements and theirs, without the extras (tests, build), sorted case-insensitively."""
    seen: dict[str, str] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in requires:
            dep = _requirement_name(requirement)
            if (
                dep is None
                or ";" in requirement
                and "platform" in requirement
                and not _applies(requirement)
            ):
                continue
            key = dep.lower().replace("_", "-")
            if key not in seen:
                try:
                    seen[key] = metadata.distribution(dep).metadata["Name"]
                except metadata.PackageNotFoundError:
                    continue
                pending.append(dep)
    return sorted(seen.values(), key=str.lower)


def _applies(requirement: str) -> bool:
    """Whether an environment marker (sys_platform == "win32"...) holds here."""
    try:
        from packaging.requirements import Requirement
    except ImportError:  # without packaging, list the dependency anyway
        return True
    marker = Requirement(requirement).marker
    return marker is None or marker.evaluate({"extra": ""})


def components(root: str = DISTRIBUTION) -> list[Component]:
    """The bundled libraries with their versions and licence names."""
    out = []
    for name in runtime_distributions(root):
        dist = metadata.distribution(name)
        out.append(Component(dist.metadata["Name"], dist.metadata["Version"], _licence(dist)))
    return out


@dataclass(frozen=True)
class Font:
    name: str
    licence: str  # as its LICENSE file names it ("License: bitstream-vera")
    file: str


def fonts() -> list[Font]:
    """The shipped font families, one per LICENSE-<family>.txt in resources/fonts/."""
    folder = resources_dir() / "fonts"
    out = []
    for path in sorted(folder.glob("LICENSE-*.txt")):
        family = path.stem.removeprefix("LICENSE-")
        lines = [
            line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        named = next(
            (
                line.split(":", 1)[1].strip()
                for line in lines
                if line.lower().startswith("license:")
            ),
            "",
        )
        heading = named or next((line for line in lines if "licen" in line.lower()), "")
        out.append(Font(family, heading, path.name))
    return out
