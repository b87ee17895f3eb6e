"""The log file: where error details go (never to the user's screen)."""

from __future__ import annotations

import logging

import pytest

from desktop import logs


@pytest.fixture
def milma_logger():
    root = logging.getLogger("milma")
    yield root
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()


def test_records_go_to_the_log_file_with_time_level_and_source(tmp_path, milma_logger):
    path = logs.setup_logging(tmp_path / "log")
    assert path == tmp_path / "log" / "milma.log"
    logging.getLogger("milma.test").error("bundle refused: %s", "bad signature")
    logging.getLogger("milma.test").debug("not kept: below the level")
    for h in milma_logger.handlers:
        h.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert lines[0].endswith("ERROR milma.test: bundle refused: bad signature")


def test_the_log_file_rotates_and_keeps_three_old_ones(tmp_path, milma_logger, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging(tmp_path)
    log = logging.getLogger("milma.test")
    for i in range(200):
        log.warning("record %04d %s", i, "x" * 40)
    for h in milma_logger.handlers:
        h.close()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["milma.log", "milma.log.1", "milma.log.2", "milma.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "record 0199" in path.read_text(encoding="utf-8")


def test_no_log_file_when_the_folder_cannot_be_made(tmp_path, milma_logger):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert logs.setup_logging(blocker / "log") is None
    logging.getLogger("milma.test").error("still runs")  # no handler, no exception


def test_setting_up_again_replaces_the_handler(tmp_path, milma_logger):
    logs.setup_logging(tmp_path / "a")
    logs.setup_logging(tmp_path / "b")
    logging.getLogger("milma.test").error("where")
    for h in milma_logger.handlers:
        h.flush()
    assert len(milma_logger.handlers) == 1
    assert not (tmp_path / "a" / "milma.log").exists()
    assert "where" in (tmp_path / "b" / "milma.log").read_text(encoding="utf-8")
