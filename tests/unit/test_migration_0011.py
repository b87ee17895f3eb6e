"""Migration 0011 (connector.participant_id) on a store whose connectors are already met and
referred to: every row is kept, foreign keys hold, and the new link is empty."""

from __future__ import annotations

import sqlite3

from desktop.storage import migrate
from desktop.storage.engine import db_path, make_engine
from desktop.storage.store import Store


def test_connectors_with_meetings_and_referrals_upgrade_keeping_every_row(data_dir):
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, path, target="0010")
    engine.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
        PRAGMA foreign_keys=ON;
        INSERT INTO participant (id, stamps, code, site, first_name, last_name, birth_date, gender,
                                 migrant_status, preferred_language)
             VALUES ('p1', '{}', 'CIF-TEST-0001', 'CIFE', 'Aminata', 'Diop', '1990-01-01',
                     'female', 'refugee', 'fr');
        INSERT INTO connector (id, stamps, full_name, field, origin)
             VALUES ('c1', '{}', 'Marta Gil', 'Cocina', 'local');
        INSERT INTO connector (id, stamps, full_name, field, origin, referred_by_id)
             VALUES ('c2', '{}', 'Luis Ortega', 'Comercio', 'local', 'c1');
        INSERT INTO connector_meeting (id, stamps, participant_id, connector_id, met_on, mode)
             VALUES ('m1', '{}', 'p1', 'c1', '2026-01-01', 'in_person');
        INSERT INTO referral (id, stamps, meeting_id, participant_id, connector_id, status)
             VALUES ('r1', '{}', 'm1', 'p1', 'c2', 'pending');
        INSERT INTO meta (key, value) VALUES ('device_id', '01a20000-0000-7000-8000-000000000001');
    """)
    con.commit()
    con.close()
    store = Store.open(data_dir)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.close()
    con = sqlite3.connect(path)
    assert con.execute(
        "SELECT id, referred_by_id, participant_id FROM connector ORDER BY id"
    ).fetchall() == [("c1", None, None), ("c2", "c1", None)]
    assert con.execute("SELECT count(*) FROM connector_meeting").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM referral").fetchone() == (1,)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
