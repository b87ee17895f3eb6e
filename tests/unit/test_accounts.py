"""Accounts: password hashes, what each role may do (and every service refusing what it may not),
the growing wait after wrong passwords, the technician stamped on records, and a store made
before accounts."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import roles as R
from desktop.domain.messages import UserError
from desktop.i18n import render
from desktop.services import (
    accounts,
    conflicts,
    duplicates,
    indicators,
    meetings,
    participants,
    quarantine,
    records,
    targets,
)
from desktop.services import exchange as X
from desktop.services import reference as ref
from desktop.services.setup import init_device, technicians
from desktop.storage.store import Store

PASSWORD = "correct horse"


def person(**more) -> dict:
    return {
        "first_name": "Awa",
        "last_name": "Sow",
        "birth_date": date(1990, 1, 1),
        "gender": "female",
        "migrant_status": "migrant",
        **more,
    }


@pytest.fixture
def team(store):
    """The store fixture (its demo administrator logged in) with a technician and a coordinator."""
    accounts.create_account(store, "tecnico", PASSWORD, R.TECHNICIAN, "Teo Técnico")
    accounts.create_account(store, "coordi", PASSWORD, R.COORDINATOR, "Cora Coordinadora")
    return store


def as_(store: Store, username: str) -> Store:
    accounts.login(store, username, PASSWORD if username != "demo" else accounts.DEMO_PASSWORD)
    return store


# ---- hashes ---------------------------------------------------------------------------------
def test_a_password_is_kept_as_an_argon2id_hash_with_its_parameters():
    hashed = accounts.hash_password(PASSWORD)
    assert hashed.startswith("$argon2id$v=19$m=8,t=1,p=1$")  # the tests' cheap parameters
    assert PASSWORD not in hashed
    assert accounts.verify_password(hashed, PASSWORD)
    assert not accounts.verify_password(hashed, PASSWORD.upper())
    assert not accounts.verify_password("not a hash", PASSWORD)


def test_a_hash_made_with_other_parameters_still_verifies(monkeypatch):
    monkeypatch.setattr(
        accounts, "PARAMETERS", {"time_cost": 2, "memory_cost": 256, "parallelism": 2}
    )
    older = accounts.hash_password(PASSWORD)
    monkeypatch.setattr(
        accounts, "PARAMETERS", {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
    )
    assert "$m=256,t=2,p=2$" in older and accounts.verify_password(older, PASSWORD)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(password=st.text(min_size=1, max_size=40), other=st.text(max_size=40))
def test_any_password_set_verifies_and_any_other_fails(password, other):
    hashed = accounts.hash_password(password)
    assert accounts.verify_password(hashed, password)
    assert accounts.verify_password(hashed, other) == (other == password)


# ---- roles ----------------------------------------------------------------------------------
ALLOWED = {  # permission: (technician, coordinator, administrator)
    "participants": (True, True, True),
    "all_sites": (False, True, True),
    "merge": (False, True, True),
    "indicators": (False, True, True),
    "reference": (False, True, True),
    "erase": (False, True, True),
    "accounts": (False, False, True),
    "keys": (False, False, True),
    "settings": (False, False, True),
}


@pytest.mark.parametrize("role", R.ROLES)
@pytest.mark.parametrize("permission", sorted(R.PERMISSIONS))
def test_each_role_may_do_what_the_table_says(role, permission):
    assert R.allowed(role, permission) == ALLOWED[permission][R.ROLES.index(role)]


def test_the_table_covers_every_permission():
    assert set(ALLOWED) == set(R.PERMISSIONS)
    with pytest.raises(KeyError):
        R.allowed(R.ADMINISTRATOR, "fly")


# each service a role may be refused, with arguments that never get as far as being used
SERVICES = [
    ("merge participants", "merge", lambda s: duplicates.merge_participants(s, "a", "b")),
    ("undo a merge", "merge", lambda s: duplicates.undo_merge(s, "m")),
    ("resolve a conflict", "merge", lambda s: conflicts.resolve(s, 1, "mine")),
    ("release from quarantine", "merge", lambda s: quarantine.release(s, 1)),
    ("discard from quarantine", "merge", lambda s: quarantine.discard(s, 1)),
    ("indicators", "indicators", lambda s: indicators.compute(s)),
    ("Connector Program targets", "indicators", lambda s: targets.measure(s)),
    ("save a lab", "reference", lambda s: ref.save_lab(s, None, {})),
    ("lab companies", "reference", lambda s: ref.set_lab_companies(s, "l", [])),
    ("delete a connector", "reference", lambda s: ref.delete_connector(s, "c")),
    ("delete a company", "reference", lambda s: ref.delete_company(s, "c")),
    ("a company record", "reference", lambda s: records.create(s, "company", {"name": "Taller"})),
    ("export reference data", "reference", lambda s: X.export_reference(s, s.data_dir)),
    ("coordinator keys", "keys", lambda s: X.init_coordinator(s, "pass phrase")),
    ("trust a coordinator", "keys", lambda s: X.trust_coordinator(s, "age1x")),
    ("enrol a laptop", "keys", lambda s: X.enrol_device(s, {})),
    ("revoke a laptop", "keys", lambda s: X.revoke_device(s, "x")),
    (
        "back up the identity",
        "keys",
        lambda s: X.backup_identity(s, s.data_dir / "id", "pass phrase"),
    ),
    (
        "restore the identity",
        "keys",
        lambda s: X.restore_identity(s, s.data_dir / "id", "pass phrase"),
    ),
    (
        "add an account",
        "accounts",
        lambda s: accounts.create_account(s, "new", PASSWORD, R.TECHNICIAN, "N"),
    ),
    ("change a role", "accounts", lambda s: accounts.set_role(s, "demo", R.TECHNICIAN)),
    ("switch an account off", "accounts", lambda s: accounts.set_active(s, "demo", False)),
    ("another's password", "accounts", lambda s: accounts.set_password(s, "demo", "whatever123")),
    ("the idle time", "settings", lambda s: accounts.set_idle_minutes(s, 5)),
]


@pytest.mark.parametrize("username", ["tecnico", "coordi"])
@pytest.mark.parametrize(("what", "permission", "call"), SERVICES, ids=[s[0] for s in SERVICES])
def test_every_service_a_role_may_not_call_refuses_it_saying_why(
    team, username, what, permission, call
):
    as_(team, username)
    role = accounts.current(team).role
    if R.allowed(role, permission):
        pytest.skip(f"{role} may {permission}")
    with pytest.raises(accounts.AccessDenied) as refused:
        call(team)
    assert render(refused.value.message) == (
        f"Your role, {role.capitalize()}, may not {R.PERMISSIONS[permission]}."
    )


def test_a_technician_works_with_their_own_sites_participants_only(team):
    other = participants.register(team, person(site="LOS_ARCOS"))
    own = participants.register(team, person(first_name="Ana"))
    as_(team, "tecnico")  # Teo works at this laptop's site, CIFE
    with pytest.raises(accounts.AccessDenied):
        participants.update(team, other["id"], {"first_name": "Aua"})
    with pytest.raises(accounts.AccessDenied):
        records.create(
            team, "goal", {"participant_id": other["id"], "title": "CV", "status": "open"}
        )
    with pytest.raises(accounts.AccessDenied):
        participants.register(team, person(site="LOS_ARCOS", first_name="Bea"))
    assert participants.update(team, own["id"], {"first_name": "Anna"})["first_name"] == "Anna"
    as_(team, "coordi")
    assert participants.update(team, other["id"], {"first_name": "Aua"})["first_name"] == "Aua"


def test_the_recorder_is_the_logged_in_technician_not_a_choice(team):
    pid = participants.register(team, person())["id"]
    names = dict((name, tid) for tid, name in technicians(team))
    as_(team, "tecnico")
    session = records.create(
        team,
        "coaching_session",
        {
            "participant_id": pid,
            "technician_id": names["Cora Coordinadora"],
            "starts_at": datetime(2026, 11, 2, 10),
            "duration_minutes": 45,
            "kind": "individual",
        },
    )
    assert session["technician_id"] == names["Teo Técnico"]
    story = records.create(
        team,
        "life_story",
        {
            "participant_id": pid,
            "text": "Llegué en 2019.",
            "recorded_on": date(2026, 11, 2),
            "consent_scope": "private",
            "recorded_by": names["Ana Técnica"],
        },
    )
    assert story["recorded_by"] == names["Teo Técnico"]
    as_(team, "coordi")  # a change keeps who recorded it
    changed = records.update(
        team,
        "coaching_session",
        session["id"],
        {"technician_id": names["Cora Coordinadora"], "duration_minutes": 50},
    )
    assert changed["duration_minutes"] == 50 and changed["technician_id"] == names["Teo Técnico"]
    # and the audit log names who did it
    actor = (
        team.reader()
        .execute(
            "SELECT actor FROM audit_entry WHERE record_id = ? AND action = 'change'",
            (session["id"],),
        )
        .fetchone()[0]
    )
    assert actor == names["Cora Coordinadora"]


def test_a_connector_meeting_names_the_technician_who_logged_it(team):
    own = participants.register(team, person())["id"]
    other = participants.register(team, person(site="LOS_ARCOS", first_name="Bea"))["id"]
    connector = records.create(
        team, "connector", {"full_name": "Rosa Conectora", "field": "Hostelería", "origin": "local"}
    )["id"]
    names = dict((name, tid) for tid, name in technicians(team))
    meeting = {
        "connector_id": connector,
        "met_on": date(2026, 11, 2),
        "mode": "in_person",
        "recorded_by": names["Ana Técnica"],
    }
    as_(team, "tecnico")
    saved = meetings.save_meeting(team, own, meeting, [])
    assert saved["recorded_by"] == names["Teo Técnico"]
    with pytest.raises(accounts.AccessDenied):  # another site's participant
        meetings.save_meeting(team, other, meeting, [])
    as_(team, "coordi")  # a change keeps who logged it
    changed = meetings.save_meeting(
        team,
        own,
        {"notes": "Segunda cita.", "recorded_by": names["Ana Técnica"]},
        [],
        meeting_id=saved["id"],
    )
    assert changed["notes"] == "Segunda cita." and changed["recorded_by"] == names["Teo Técnico"]


# ---- logging in and waiting -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("failures", "wait"),
    [(0, 0), (1, 0), (4, 0), (5, 5), (6, 10), (7, 20), (8, 40), (10, 160), (11, 300), (50, 300)],
)
def test_the_wait_grows_from_the_fifth_wrong_password(failures, wait):
    assert R.lockout_delay(failures) == wait


def test_five_wrong_passwords_in_a_row_make_the_next_try_wait(team):
    now = 1_000_000.0
    for _ in range(4):
        with pytest.raises(accounts.WrongPassword):
            accounts.login(team, "tecnico", "wrong one", now=now)
    with pytest.raises(accounts.MustWait) as waiting:
        accounts.login(team, "tecnico", "wrong one", now=now)
    assert waiting.value.seconds == 5 and render(waiting.value.message) == (
        "Too many wrong passwords in a row: try again in 5 s."
    )
    with pytest.raises(accounts.MustWait):  # even the right password waits
        accounts.login(team, "tecnico", PASSWORD, now=now + 4)
    assert accounts.wait_left(team, "tecnico", now=now + 4) == pytest.approx(1)
    with pytest.raises(accounts.MustWait) as longer:  # a sixth wrong one: twice as long
        accounts.login(team, "tecnico", "wrong again", now=now + 5)
    assert longer.value.seconds == 10
    assert accounts.login(team, "tecnico", PASSWORD, now=now + 15).username == "tecnico"
    for _ in range(4):  # the right password started the count again
        with pytest.raises(accounts.WrongPassword):
            accounts.login(team, "tecnico", "wrong", now=now + 16)


def test_an_unknown_name_and_a_switched_off_account_say_the_same(team):
    with pytest.raises(accounts.WrongPassword) as unknown:
        accounts.login(team, "nadie", PASSWORD)
    accounts.set_active(team, "tecnico", False)
    with pytest.raises(accounts.WrongPassword) as off:
        accounts.login(team, "tecnico", PASSWORD)
    assert (
        render(unknown.value.message) == render(off.value.message) == "Wrong user name or password."
    )


def test_user_names_ignore_case_and_accents_and_passwords_are_checked(team):
    with pytest.raises(UserError, match="at least 8"):
        accounts.create_account(team, "corto", "1234567", R.TECHNICIAN, "Corto")
    with pytest.raises(UserError, match="already an account"):
        accounts.create_account(team, "Técnico", PASSWORD, R.TECHNICIAN, "Otro")
    with pytest.raises(UserError, match="one word"):
        accounts.create_account(team, "two words", PASSWORD, R.TECHNICIAN, "Otro")
    with pytest.raises(UserError, match="differ"):
        accounts.check_new_password(PASSWORD, PASSWORD + "!")
    assert accounts.login(team, " TÉCNICO ", PASSWORD).username == "tecnico"


def test_the_last_administrator_stays_one(team):
    with pytest.raises(UserError, match="last administrator"):
        accounts.set_role(team, "demo", R.COORDINATOR)
    with pytest.raises(UserError, match="last administrator"):
        accounts.set_active(team, "demo", False)
    accounts.set_role(team, "coordi", R.ADMINISTRATOR)
    accounts.set_role(team, "demo", R.COORDINATOR)
    assert {a.username: a.role for a in accounts.accounts(team)}["demo"] == R.COORDINATOR


def test_anyone_changes_their_own_password(team):
    as_(team, "tecnico")
    accounts.set_password(team, "tecnico", "a new secret")
    assert accounts.login(team, "tecnico", "a new secret").username == "tecnico"


# ---- a store made before accounts -----------------------------------------------------------
def test_a_store_without_accounts_works_as_before_until_an_administrator_exists(
    data_dir, monkeypatch
):
    monkeypatch.delenv("MILMA_USER")
    old = Store.open(data_dir)
    init_device(old, "CIFE", "old-laptop", "Rosa Martín")
    assert not accounts.has_accounts(old) and accounts.current(old) is None
    assert accounts.may(old, "keys") and accounts.may(old, "merge")
    records.create(old, "company", {"name": "Taller"})  # reference data, as before
    with pytest.raises(UserError, match="must be an administrator"):
        accounts.create_account(old, "rosa", PASSWORD, R.TECHNICIAN)
    admin = accounts.create_account(old, "rosa", PASSWORD, R.ADMINISTRATOR)
    assert accounts.current(old) == admin and admin.technician_id == old.meta["technician_id"]
    old.close()
    again = Store.open(data_dir)  # from now on nothing before logging in
    with pytest.raises(accounts.AccessDenied) as refused:
        records.create(again, "company", {"name": "Otra"})
    assert render(refused.value.message) == "Log in first: this data store has accounts."
    accounts.login(again, "rosa", PASSWORD)
    assert records.create(again, "company", {"name": "Otra"})["name"] == "Otra"
    again.close()
