"""Removable drives (USB sticks) among the mounted volumes."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

PSEUDO_FS = {
    "tmpfs",
    "devtmpfs",
    "proc",
    "sysfs",
    "overlay",
    "squashfs",
    "autofs",
    "cgroup",
    "cgroup2",
    "devpts",
    "mqueue",
    "debugfs",
    "tracefs",
    "securityfs",
    "pstore",
    "fusectl",
    "configfs",
    "ramfs",
}
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    path: str
    name: str
    free_bytes: int


def is_removable(root: str, is_root: bool) -> bool:
    if is_root:
        return False
    if sys.platform == "win32":
        system = os.environ.get("SystemDrive", "C:").upper().rstrip("\\/")
        return not root.upper().startswith(system)
    return root.startswith(REMOVABLE_ROOTS)


def removable_drives() -> list[Drive]:
    out = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        fs = bytes(volume.fileSystemType()).decode(errors="replace")
        root = volume.rootPath()
        if fs in PSEUDO_FS or not is_removable(
            root if root.endswith("/") or sys.platform == "win32" else root + "/", volume.isRoot()
        ):
            continue
        out.append(Drive(root, volume.displayName() or root, volume.bytesAvailable()))
    return sorted(out, key=lambda d: d.path)


# ---- the folder chosen last, per data folder (two stores on one computer keep their own) -------


def _folder_key(data_dir: Path) -> str:
    import hashlib  # loads OpenSSL: only when the exchange screen opens

    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"exchange/folder-{digest}"


def remembered_folder(data_dir: Path) -> Path | None:
    """The folder chosen last for this data folder, when it is there now (a stick plugged in)."""
    from desktop.i18n.preferences import settings

    value = settings().value(_folder_key(data_dir))
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return None


def remember_folder(data_dir: Path, folder: Path) -> None:
    from desktop.i18n.preferences import settings

    s = settings()
    s.setValue(_folder_key(data_dir), str(folder))
    s.sync()
