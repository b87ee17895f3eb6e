"""Roles, what each may do, and how long a wrong password makes the next try wait. Pure data:
desktop.services.accounts checks them (``require``), the user interface asks them (``allowed``)
to leave out of its menus what a role may not do.

Each role may do what the role before it may, and more:

- technician: their site's participants and everything recorded about them;
- coordinator: participants of every site, merging duplicates and resolving conflicts, the
  indicators, the reference data (labs, companies, connectors) and erasure;
- administrator: accounts, the exchange keys and the laptop's settings.
"""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

TECHNICIAN, COORDINATOR, ADMINISTRATOR = "technician", "coordinator", "administrator"
ROLES: tuple[str, ...] = (TECHNICIAN, COORDINATOR, ADMINISTRATOR)

ROLE_LABELS = {
    TECHNICIAN: QT_TRANSLATE_NOOP("Roles", "Technician"),
    COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Coordinator"),
    ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}

# permission -> what it lets one do, as the end of "Your role may not ..."
PERMISSIONS: dict[str, str] = {
    "participants": QT_TRANSLATE_NOOP("Roles", "work with participants"),
    "all_sites": QT_TRANSLATE_NOOP("Roles", "work with the participants of another site"),
    "merge": QT_TRANSLATE_NOOP("Roles", "merge participants or resolve conflicts"),
    "indicators": QT_TRANSLATE_NOOP("Roles", "see the programme's indicators"),
    "reference": QT_TRANSLATE_NOOP("Roles", "change reference data (labs, companies, connectors)"),
    "erase": QT_TRANSLATE_NOOP("Roles", "erase a participant"),
    "accounts": QT_TRANSLATE_NOOP("Roles", "manage accounts"),
    "keys": QT_TRANSLATE_NOOP("Roles", "manage the exchange keys"),
    "settings": QT_TRANSLATE_NOOP("Roles", "change the laptop's settings"),
}

_OWN = {
    TECHNICIAN: frozenset({"participants"}),
    COORDINATOR: frozenset({"all_sites", "merge", "indicators", "reference", "erase"}),
    ADMINISTRATOR: frozenset({"accounts", "keys", "settings"}),
}
GRANTS: dict[str, frozenset[str]] = {
    role: frozenset().union(*(_OWN[r] for r in ROLES[: i + 1])) for i, role in enumerate(ROLES)
}


def allowed(role: str | None, permission: str) -> bool:
    """Whether ``role`` may do what ``permission`` names (an unknown permission is an error)."""
    if permission not in PERMISSIONS:
        raise KeyError(permission)
    return permission in GRANTS.get(role or "", frozenset())


# Wrong passwords in a row before the next try waits, and how long: FREE_TRIES go free, then
# each wrong password doubles the wait, from FIRST_WAIT seconds up to MAX_WAIT.
FREE_TRIES = 5
FIRST_WAIT = 5.0
MAX_WAIT = 300.0


def lockout_delay(failures: int) -> float:
    """Seconds the next try waits after ``failures`` wrong passwords in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT, FIRST_WAIT * 2 ** min(failures - FREE_TRIES, 16))
