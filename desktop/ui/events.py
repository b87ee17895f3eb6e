"""The one hook every screen listens to: ``bus().changed`` carries the set of record kinds a
finished job or write changed, and each screen decides itself whether to redraw. It is the
signal of the application's job runner (desktop.ui.jobs), which learns the kinds from the
store's transactions; nobody keeps a list of what an action changes."""

from __future__ import annotations

from desktop.ui.jobs import Runner, runner


def bus() -> Runner:
    return runner()


def data_changed(kinds) -> None:
    """Tell the screens that ``kinds`` changed, for a write not made through the runner."""
    runner().broadcast(kinds)
