"""Which backups the rotation keeps: the daily ones of the last 7 days and of the last 4 weeks
that have one, the last 5 made before a risky step, the last 5 made on request (table-driven
and property tests), and the files it deletes in a real folder."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.storage import backups as B

NOON = datetime(2026, 12, 3, 12, 0)  # a Thursday


def _days(first: date, last: date) -> list[datetime]:
    return [
        datetime.combine(first + timedelta(n), NOON.time()) for n in range((last - first).days + 1)
    ]


def _kept(items: list[tuple[datetime, str]]) -> list[tuple[datetime, str]]:
    return sorted(items[i] for i in B.to_keep(items))


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        # a daily backup every day for two months: the last 7 days, and the newest of each of the
        # 4 last weeks (this week's and last week's are among those days already)
        (
            _days(date(2026, 10, 5), date(2026, 12, 3)),
            [date(2026, 11, 15), date(2026, 11, 22)]
            + [date(2026, 11, 27) + timedelta(n) for n in range(7)],
        ),
        # the laptop is used on Mondays only: 7 Mondays, the 4 newest of them twice over
        (
            [datetime(2026, 9, 7, 9) + timedelta(weeks=n) for n in range(13)],
            [date(2026, 9, 7) + timedelta(weeks=n) for n in range(6, 13)],
        ),
        # three days of use: each day's backup is kept
        (
            _days(date(2026, 12, 1), date(2026, 12, 3)),
            [date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3)],
        ),
    ],
)
def test_daily_backups_kept(made, expected):
    items = [(when, B.DAILY) for when in made]
    assert [when.date() for when, _kind in _kept(items)] == expected


def test_risky_and_manual_keep_their_last_five_whatever_their_dates():
    risky = [(NOON - timedelta(days=40 * n), kind) for n, kind in enumerate(B.RISKY * 2)]
    manual = [(NOON - timedelta(minutes=n), B.MANUAL) for n in range(8)]
    kept = _kept(risky + manual)
    assert [k for k in kept if k[1] != B.MANUAL] == sorted(risky)[-5:]
    assert [k for k in kept if k[1] == B.MANUAL] == sorted(manual)[-5:]


def test_two_backups_of_the_same_second_are_told_apart():
    items = [(NOON, B.MANUAL)] * 7
    assert B.to_keep(items) == {0, 1, 2, 3, 4}  # listed first is newer


# ---- properties ---------------------------------------------------------------------------------

moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 1, 1))
backups = st.lists(st.tuples(moments, st.sampled_from(B.KINDS)), max_size=80)


def _newest_first(items, positions):
    """Positions newest first; of two of the same time, the one listed first is the newer."""
    return sorted(positions, key=lambda i: (items[i][0], -i), reverse=True)


def _newest_by(items, positions, key):
    """The newest of each group, the groups newest first."""
    best: dict = {}
    for i in _newest_first(items, positions):
        best.setdefault(key(items[i][0]), i)
    return [best[k] for k in sorted(best, reverse=True)]


@settings(max_examples=300, deadline=None)
@given(backups)
def test_rotation_keeps_exactly_what_it_promises(items):
    kept = B.to_keep(items)
    daily = [i for i, item in enumerate(items) if item[1] == B.DAILY]
    risky = [i for i, item in enumerate(items) if item[1] in B.RISKY]
    manual = [i for i, item in enumerate(items) if item[1] == B.MANUAL]
    promised = set(_newest_by(items, daily, lambda when: when.date())[: B.KEEP_DAILY])
    promised |= set(_newest_by(items, daily, lambda when: when.isocalendar()[:2])[: B.KEEP_WEEKLY])
    promised |= set(_newest_first(items, risky)[: B.KEEP_RISKY])
    promised |= set(_newest_first(items, manual)[: B.KEEP_MANUAL])
    assert kept == promised
    if items:
        assert (
            _newest_first(items, range(len(items)))[0] in kept
        )  # the newest backup is never removed


@settings(max_examples=200, deadline=None)
@given(backups)
def test_rotating_again_removes_nothing_more(items):
    kept = [items[i] for i in sorted(B.to_keep(items))]
    assert B.to_keep(kept) == set(range(len(kept)))


# ---- a real folder ---------------------------------------------------------------------------


def _touch(folder, when: datetime, kind: str) -> str:
    name = f"milma-{when:%Y%m%d-%H%M%S}-{kind}.sqlite3"
    (folder / name).write_bytes(b"x")
    return name


def test_rotate_deletes_only_old_backups(tmp_path):
    names = [_touch(tmp_path, NOON - timedelta(days=n), B.DAILY) for n in range(40)]
    future = _touch(tmp_path, NOON + timedelta(days=400), B.DAILY)  # a clock set wrong once
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "damaged-20261101-100000.sqlite3").write_bytes(b"x")
    legacy = "milma-before-0011-20261101-100000-123456.sqlite3"  # made by an older version
    (tmp_path / legacy).write_bytes(b"x")
    removed = B.rotate(tmp_path, NOON)
    left = sorted(os.listdir(tmp_path))
    assert future in left and "notes.txt" in left and "damaged-20261101-100000.sqlite3" in left
    assert legacy in left  # one of the last 5 before a risky step
    assert sorted(n for n in left if n.endswith("-daily.sqlite3") and n != future) == sorted(
        names[n] for n in (0, 1, 2, 3, 4, 5, 6, 11, 18)
    )
    assert len(removed) == 40 - 9
    assert B.rotate(tmp_path, NOON) == []
