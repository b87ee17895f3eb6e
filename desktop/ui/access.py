"""What the logged-in role sees: the screens and menu entries a role may not use are left out
(the services refuse them anyway, desktop.services.accounts.require)."""

from __future__ import annotations

from desktop.services import accounts

# screen key (desktop.ui.navigation.PAGES) -> the permission it needs
PAGE_PERMISSIONS = {
    "indicators": "indicators",
    "connector_program": "indicators",
}


def may(store, permission: str) -> bool:
    return accounts.may(store, permission)


def pages(store, entries):
    """The navigation entries the logged-in role may open, in their order."""
    return [
        e for e in entries if e[0] not in PAGE_PERMISSIONS or may(store, PAGE_PERMISSIONS[e[0]])
    ]
