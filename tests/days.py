"""The day the test run began. A test module that takes "today" once, at import, takes it from
here and uses the `run_day` fixture (tests/conftest.py), so that the application's own
date.today() is that same day during its tests even when the run crosses midnight."""

from __future__ import annotations

from datetime import date

RUN_DAY = date.today()
