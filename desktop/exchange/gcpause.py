"""Bundles are made and read as millions of small containers, none of them cyclic: Python's
cyclic garbage collector would rescan the growing heap again and again while they are built.
``paused_gc`` switches it off for such a step and restores it afterwards (nesting is safe)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
