"""The devices a store has numbered (desktop.storage.stamps) are kept by each connection
between transactions: what it keeps must never name a device whose numbering was rolled back,
nor miss one another connection numbered."""

from __future__ import annotations

import pytest

from desktop.storage import stamps as codec
from desktop.storage.store import Store

A, B = "0190a1b2-0000-7000-8000-00000000000a", "0190a1b2-0000-7000-8000-00000000000b"


class _Undo(Exception):
    pass


def _known(store) -> dict[int, str]:
    with store.read() as s:
        return dict(codec.devices(s).by_number)


def test_a_device_numbered_in_a_transaction_rolled_back_is_forgotten(store):
    before = _known(store)
    with pytest.raises(_Undo), store.transaction() as tx:
        number = codec.intern(tx.session, A)
        raise _Undo
    assert _known(store) == before
    with store.transaction() as tx:
        assert codec.intern(tx.session, B) == number  # the number rolled back is given again
        assert codec.devices(tx.session).name(number) == B
    assert _known(store) == {**before, number: B}


def test_a_device_numbered_in_a_savepoint_rolled_back_is_forgotten(store):
    before = _known(store)
    with store.transaction() as tx:
        codec.intern(tx.session, A)
        state = tx.state()
        savepoint = tx.session.begin_nested()
        codec.intern(tx.session, B)
        savepoint.rollback()
        tx.rewind(state)
        assert B not in codec.devices(tx.session).by_name
        assert tx.dev == codec.devices(tx.session).by_name[store.device_id]
    assert set(_known(store).values()) == set(before.values()) | {A}


def test_a_transaction_rolled_back_after_a_savepoint_leaves_nothing_kept(store):
    before = _known(store)
    with pytest.raises(_Undo), store.transaction() as tx:
        codec.intern(tx.session, A)
        state = tx.state()
        tx.session.begin_nested().rollback()
        tx.rewind(state)
        codec.devices(tx.session)  # read again, with A not committed
        raise _Undo
    assert _known(store) == before


def test_a_device_another_connection_numbered_is_known_at_the_next_transaction(store):
    _known(store)  # kept by this store's connection
    other = Store.open(store.data_dir)
    try:
        with other.transaction() as tx:
            number = codec.intern(tx.session, A)
    finally:
        other.close()
    assert _known(store)[number] == A
    with store.transaction() as tx:
        assert codec.intern(tx.session, A) == number
