"""Accounts: who uses this laptop, with which password and role; logging in, and the one check
of what a role may do (``require``), called by every service a role may be refused.

Accounts are local bookkeeping of the laptop (desktop/storage/account_models.py), never synced;
each stands for a synced technician record, which is stamped on what its owner records (the store
takes it from ``store.account``). Passwords are hashed with argon2id (argon2-cffi); the hash is a
PHC string holding its parameters, so a hash made with other parameters still verifies.

A store made before accounts has none: it keeps working as before, everything allowed, until an
administrator is created (the window asks for one at its next start, ``milma init --admin``).
From then on nothing is allowed before logging in.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypedDict

from desktop.domain import roles as R
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.domain.text import fold
from desktop.services import encryption
from desktop.storage.store import Store


class Argon2Costs(TypedDict):
    time_cost: int  # passes
    memory_cost: int  # KiB
    parallelism: int  # lanes


# argon2id cost of new hashes (RFC 9106's second recommended profile: 64 MiB, 3 passes)
PARAMETERS: Argon2Costs = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
MIN_PASSWORD = 8

DEMO_USER, DEMO_PASSWORD = "demo", "milma-demo"  # the demo data's account (README, Quick start)


@dataclass(frozen=True)
class Account:
    id: str
    username: str
    role: str
    technician_id: str | None
    active: bool = True


class AccessDenied(UserError):
    pass


class WrongPassword(UserError):
    pass


class MustWait(UserError):
    """Too many wrong passwords in a row: ``seconds`` before the next try."""

    def __init__(self, seconds: float):
        self.seconds = max(1, int(seconds + 0.999))
        super().__init__(
            Message(
                "Accounts",
                QT_TRANSLATE_NOOP(
                    "Accounts", "Too many wrong passwords in a row: try again in {seconds} s."
                ),
                {"seconds": self.seconds},
            )
        )


def _error(text: str, **params) -> Message:
    return Message("Accounts", text, params)


# ---- passwords ------------------------------------------------------------------------------
def _hasher():
    from argon2 import PasswordHasher, Type

    return PasswordHasher(type=Type.ID, **PARAMETERS)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(password_hash, password)  # the parameters come from the hash
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str, repeated: str | None = None) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise UserError(
            _error(
                QT_TRANSLATE_NOOP("Accounts", "The password needs at least {n} characters."),
                n=MIN_PASSWORD,
            )
        )
    if repeated is not None and repeated != password:
        raise UserError(
            _error(QT_TRANSLATE_NOOP("Accounts", "The two passwords differ: type the same twice."))
        )


# ---- reading --------------------------------------------------------------------------------
_COLUMNS = "id, username, role, technician_id, active"


def has_accounts(store: Store) -> bool:
    return store.reader().execute("SELECT EXISTS (SELECT 1 FROM account)").fetchone()[0] == 1


def accounts(store: Store) -> list[Account]:
    rows = store.reader().execute(f"SELECT {_COLUMNS} FROM account ORDER BY username").fetchall()
    return [Account(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def _row(store: Store, username: str) -> tuple | None:
    return (
        store.reader()
        .execute(
            f"SELECT {_COLUMNS}, password_hash, failures, failed_at FROM account WHERE"
            " username = ?",
            (fold(username or "").strip(),),
        )
        .fetchone()
    )


def current(store: Store) -> Account | None:
    return getattr(store, "account", None)


def technician_label(store: Store, account: Account) -> str:
    row = (
        store.reader()
        .execute("SELECT full_name FROM technician WHERE id = ?", (account.technician_id,))
        .fetchone()
    )
    return row[0] if row else ""


# ---- the check ------------------------------------------------------------------------------
def may(store: Store, permission: str) -> bool:
    """Whether what ``permission`` names is allowed now (a store without accounts allows all)."""
    account = current(store)
    if account is None:
        return not has_accounts(store) and permission in R.PERMISSIONS
    return R.allowed(account.role, permission)


def require(store: Store, permission: str) -> None:
    """Refuse, with a message naming the role and what it may not do, unless allowed."""
    if may(store, permission):
        return
    account = current(store)
    if account is None:
        raise AccessDenied(
            _error(QT_TRANSLATE_NOOP("Accounts", "Log in first: this data store has accounts."))
        )
    raise AccessDenied(
        _error(
            QT_TRANSLATE_NOOP("Accounts", "Your role, {role}, may not {what}."),
            role=Message("Roles", R.ROLE_LABELS[account.role]),
            what=Message("Roles", R.PERMISSIONS[permission]),
        )
    )


def require_site(store: Store, site: str | None) -> None:
    """A technician works with their own site's participants only (their technician's site)."""
    if not site or may(store, "all_sites"):
        return
    account = current(store)
    own = (
        store.reader()
        .execute(
            "SELECT site FROM technician WHERE id = ?", (getattr(account, "technician_id", None),)
        )
        .fetchone()
    )
    if own is None or own[0] != site:
        require(store, "all_sites")


def require_participant(store: Store, participant_id: str | None) -> None:
    if participant_id and not may(store, "all_sites"):
        row = (
            store.reader()
            .execute("SELECT site FROM participant WHERE id = ?", (participant_id,))
            .fetchone()
        )
        require_site(store, row[0] if row else None)


# the field of a record kind that names who recorded it: the logged-in account's technician,
# never a free choice (kept as first stamped when the record is changed)
STAMPED = {
    "coaching_session": "technician_id",
    "life_story": "recorded_by",
    "connector_meeting": "recorded_by",
}


def stamp(store: Store, kind: str, values: dict, *, new: bool) -> dict:
    """``values`` with the stamped field set to the logged-in technician (a new record) or left
    out (a change keeps who recorded it). Without a logged-in account, as given."""
    field, account = STAMPED.get(kind), current(store)
    if field is None or account is None:
        return values
    values = dict(values)
    if new:
        values[field] = account.technician_id
    else:
        values.pop(field, None)
    return values


def check_record(store: Store, kind: str, values: dict) -> None:
    """What a role may not change: reference data, another site's participants."""
    from desktop.exchange.reference import REFERENCE_KINDS

    if kind in REFERENCE_KINDS or kind == "technician":
        require(store, "reference")
    elif kind == "participant":
        require_site(store, values.get("site"))
    else:
        require_participant(store, values.get("participant_id"))


# ---- logging in -----------------------------------------------------------------------------
def wait_left(store: Store, username: str, now: float | None = None) -> float:
    """Seconds before ``username`` may try a password again (0: now)."""
    row = _row(store, username)
    if row is None or not row[7]:
        return 0.0
    now = time.time() if now is None else now
    return max(0.0, (row[7] or 0) + R.lockout_delay(row[6]) - now)


def _failed(store: Store, account_id: str, failures: int, now: float | None) -> None:
    with store.transaction() as tx:
        tx.session.connection().exec_driver_sql(
            "UPDATE account SET failures = ?, failed_at = ? WHERE id = ?",
            (failures, now, account_id),
        )


def authenticate(store: Store, username: str, password: str, now: float | None = None) -> Account:
    """The account if the password is its own. Wrong passwords in a row are counted; from the
    fifth the next try waits (MustWait, with the seconds left), wherever it is made from."""
    now = time.time() if now is None else now
    row = _row(store, username)
    if row is None or not row[4]:
        verify_password(_dummy_hash(), password or "")  # as slow as a known name
        raise WrongPassword(_error(QT_TRANSLATE_NOOP("Accounts", "Wrong user name or password.")))
    left = (row[7] or 0) + R.lockout_delay(row[6]) - now if row[7] else 0
    if left > 0:
        raise MustWait(left)
    if not verify_password(row[5], password or ""):
        _failed(store, row[0], row[6] + 1, now)
        delay = R.lockout_delay(row[6] + 1)
        if delay:
            raise MustWait(delay)
        raise WrongPassword(_error(QT_TRANSLATE_NOOP("Accounts", "Wrong user name or password.")))
    if row[6]:
        _failed(store, row[0], 0, None)
    return Account(row[0], row[1], row[2], row[3], bool(row[4]))


def login(store: Store, username: str, password: str, now: float | None = None) -> Account:
    account = authenticate(store, username, password, now)
    store.log_in(account)
    return account


def unlock(store: Store, password: str, now: float | None = None) -> Account:
    """The locked session's own password opens it again."""
    account = current(store)
    if account is None:
        raise AccessDenied(
            _error(QT_TRANSLATE_NOOP("Accounts", "Log in first: this data store has accounts."))
        )
    return authenticate(store, account.username, password, now)


def logout(store: Store) -> None:
    store.log_in(None)


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password("not an account"))
    return _DUMMY[0]


# ---- managing accounts ----------------------------------------------------------------------
def clean_user_name(username: str) -> str:
    name = fold(" ".join((username or "").split()))
    if not name or len(name) > 40 or " " in name:
        raise UserError(
            _error(
                QT_TRANSLATE_NOOP(
                    "Accounts", "Write a user name of one word (up to 40 letters, digits or signs)."
                )
            )
        )
    return name


def create_account(
    store: Store,
    username: str,
    password: str,
    role: str,
    technician: str | None = None,
    *,
    technician_id: str | None = None,
    login_now: bool = False,
) -> Account:
    """A new account. The first one of a store must be an administrator, and anyone may create
    it; later ones need the right to manage accounts. ``technician``: the full name of the
    technician it stands for (found case and accents aside, or added at this laptop's site);
    or ``technician_id``, that technician's record; neither: the laptop's chosen technician."""
    from desktop.domain.ids import new_id
    from desktop.services.setup import _technician_id

    first = not has_accounts(store)
    if first and role != R.ADMINISTRATOR:
        raise UserError(
            _error(QT_TRANSLATE_NOOP("Accounts", "The first account must be an administrator."))
        )
    if not first:
        require(store, "accounts")
    if role not in R.ROLES:
        raise UserError(_error(QT_TRANSLATE_NOOP("Accounts", "Unknown role {role}."), role=role))
    name = clean_user_name(username)
    if _row(store, name) is not None:
        raise UserError(
            _error(
                QT_TRANSLATE_NOOP("Accounts", "There is already an account called {name}."),
                name=name,
            )
        )
    check_new_password(password)
    password_hash = hash_password(password)
    with store.transaction() as tx:
        if not technician_id and technician and technician.strip():
            technician_id = _technician_id(store, tx, technician, store.meta.get("site") or "CIFE")
        elif not technician_id:
            technician_id = store.meta.get("technician_id") or None
        account = Account(new_id(), name, role, technician_id)
        tx.session.connection().exec_driver_sql(
            "INSERT INTO account (id, username, technician_id, role, password_hash, active,"
            " failures, created_at) VALUES (?, ?, ?, ?, ?, 1, 0, ?)",
            (
                account.id,
                name,
                technician_id,
                role,
                password_hash,
                datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            ),
        )
        if first and technician_id:
            store.set_meta(tx, "technician_id", technician_id)
    if not first:
        encryption.set_slot(store.data_dir, name, password)  # an encrypted store: its key slot
    if login_now or first:
        store.log_in(account)
    return account


def _known(store: Store, username: str) -> tuple:
    row = _row(store, username)
    if row is None:
        raise UserError(
            _error(
                QT_TRANSLATE_NOOP("Accounts", "There is no account called {name}."),
                name=fold(username or ""),
            )
        )
    return row


def set_password(store: Store, username: str, password: str) -> None:
    """A new password: one's own, or anyone's for an administrator. It also clears the count of
    wrong passwords."""
    row = _known(store, username)
    account = current(store)
    if account is None or account.id != row[0]:
        require(store, "accounts")
    check_new_password(password)
    password_hash = hash_password(password)
    with store.transaction() as tx:
        tx.session.connection().exec_driver_sql(
            "UPDATE account SET password_hash = ?, failures = 0, failed_at = NULL WHERE id = ?",
            (password_hash, row[0]),
        )
    encryption.set_slot(
        store.data_dir, row[1], password
    )  # its key slot opens with the new one only


def _others_admins(store: Store, account_id: str) -> int:
    return (
        store.reader()
        .execute(
            "SELECT count(*) FROM account WHERE role = ? AND active AND id != ?",
            (R.ADMINISTRATOR, account_id),
        )
        .fetchone()[0]
    )


def set_role(store: Store, username: str, role: str) -> None:
    require(store, "accounts")
    row = _known(store, username)
    if role not in R.ROLES:
        raise UserError(_error(QT_TRANSLATE_NOOP("Accounts", "Unknown role {role}."), role=role))
    if row[2] == R.ADMINISTRATOR and role != R.ADMINISTRATOR and not _others_admins(store, row[0]):
        raise UserError(
            _error(QT_TRANSLATE_NOOP("Accounts", "The last administrator must stay one."))
        )
    with store.transaction() as tx:
        tx.session.connection().exec_driver_sql(
            "UPDATE account SET role = ? WHERE id = ?", (role, row[0])
        )


def set_active(store: Store, username: str, active: bool) -> None:
    """An account switched off cannot log in (its records keep its technician)."""
    require(store, "accounts")
    row = _known(store, username)
    if not active and row[2] == R.ADMINISTRATOR and not _others_admins(store, row[0]):
        raise UserError(
            _error(QT_TRANSLATE_NOOP("Accounts", "The last administrator must stay one."))
        )
    with store.transaction() as tx:
        tx.session.connection().exec_driver_sql(
            "UPDATE account SET active = ? WHERE id = ?", (1 if active else 0, row[0])
        )
    if (
        not active
    ):  # its password no longer opens an encrypted store; switched on, it needs a new one
        encryption.remove_slot(store.data_dir, row[1])


def ensure_demo_account(store: Store) -> Account | None:
    """The demo data's administrator (DEMO_USER, DEMO_PASSWORD), standing for the laptop's
    technician or the first of its site; only in a store without accounts."""
    if has_accounts(store):
        return None
    if not store.meta.get("technician_id"):
        row = (
            store.reader()
            .execute(
                "SELECT id FROM technician WHERE active ORDER BY site != ?, full_name LIMIT 1",
                (store.meta.get("site") or "",),
            )
            .fetchone()
        )
        if row:
            with store.transaction() as tx:
                store.set_meta(tx, "technician_id", row[0])
    return create_account(store, DEMO_USER, DEMO_PASSWORD, R.ADMINISTRATOR)


# ---- settings -------------------------------------------------------------------------------
IDLE_MINUTES = 10


def idle_minutes(store: Store) -> int:
    """Minutes without input before the window locks (IDLE_MINUTES unless set)."""
    try:
        return max(1, int(store.meta.get("idle_lock_minutes") or IDLE_MINUTES))
    except ValueError:
        return IDLE_MINUTES


def set_idle_minutes(store: Store, minutes: int) -> None:
    require(store, "settings")
    if not 1 <= int(minutes) <= 240:
        raise UserError(
            _error(
                QT_TRANSLATE_NOOP("Accounts", "The idle time must be between 1 and 240 minutes.")
            )
        )
    with store.transaction() as tx:
        store.set_meta(tx, "idle_lock_minutes", str(int(minutes)))
