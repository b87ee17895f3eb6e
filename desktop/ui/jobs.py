"""The one runner for store work, owned by the main window (as anki's CollectionOp and its
single-worker task manager).

* Long work (a USB export or import, a lab's itineraries, later spreadsheet imports and
  indicators) is handed to :meth:`Runner.run`: it runs in the runner's one worker thread, one job
  at a time and in the order asked, reports progress, and may be cancelled. The job's function
  receives its :class:`Job` and never touches a widget; its result, its error or its
  cancellation come back to the UI thread through signals.
* Short writes (a form save) go through :meth:`Runner.write`, on the UI thread. They never break
  against a job: the store's write transactions begin IMMEDIATE and wait for each other.
* Whatever a job or a write committed, the kinds its transactions touched
  (:func:`desktop.storage.journal.watch_touched`) are broadcast once by :attr:`Runner.changed`;
  every screen listens to that one signal and decides itself whether to redraw.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

log = logging.getLogger("milma.ui.jobs")


class Cancelled(Exception):
    """Raised inside a job at its next progress report or check once Cancel was asked."""


class Job(QObject):
    """One piece of long work. Its signals are emitted on the UI thread."""

    progressed = Signal(int, int)  # value, maximum (maximum 0: a step of unknown length)
    finished = Signal(object)  # this job, once outcome, result, error and changed are set

    def __init__(
        self, name: str, fn: Callable[[Job], Any], cancellable: bool, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.name = name
        self.fn = fn
        self.cancellable = cancellable
        self.outcome = "queued"  # running, done, cancelled, failed
        self.result: Any = None
        self.error: BaseException | None = None
        self.changed: frozenset[str] = frozenset()  # the kinds its transactions touched
        self._stop = threading.Event()
        self._over = threading.Event()
        self._runner: Runner | None = None

    # ---- asked from the UI thread -------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the job to stop at its next check; what it had not committed is rolled back."""
        if self.cancellable:
            self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def running(self) -> bool:
        return self.outcome in ("queued", "running")

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Block until the worker is done with this job (closing a window, tests). Its
        finished signal still comes through the event loop."""
        return self._over.wait(timeout_s)

    # ---- called by the job's function, in the worker thread ------------------------------------
    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled()

    def progress(self, value: int, maximum: int = 100) -> None:
        """Report how far it got (and stop here when cancelled)."""
        self.check()
        if self._runner is not None:
            self._runner._report.emit(self, int(value), int(maximum))


class Runner(QObject):
    """One worker thread and its queue. Create one per main window; :func:`runner` gives it."""

    changed = Signal(object)  # a set of kind names, e.g. {"participant", "goal"}
    busy_changed = Signal(bool)
    _report = Signal(object, int, int)  # from the worker thread to the UI thread
    _ended = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: deque[Job] = deque()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = False
        self.current: Job | None = None
        self._report.connect(self._on_report)
        self._ended.connect(self._on_ended)
        app = QCoreApplication.instance()
        if app is not None:  # quitting waits for the job at work (its transaction ends whole)
            app.aboutToQuit.connect(self.shutdown)

    # ---- long work --------------------------------------------------------------------------
    def run(
        self,
        name: str,
        fn: Callable[[Job], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = True,
    ) -> Job:
        """Queue ``fn(job)`` for the worker thread. ``on_done(result)``, ``on_failed(error)``
        (by default the translated message, shown by desktop.ui.errors) and ``on_cancelled()``
        are called on the UI thread."""
        job = Job(name, fn, cancellable, self)
        job._runner = self

        def finished(j: Job) -> None:
            if j.outcome == "done" and on_done is not None:
                on_done(j.result)
            elif j.outcome == "cancelled" and on_cancelled is not None:
                on_cancelled()
            elif j.outcome == "failed":
                if on_failed is not None:
                    on_failed(j.error)
                else:
                    from desktop.ui import errors

                    errors.show_error(None, j.error)

        job.finished.connect(finished)
        was_busy = self.busy
        with self._wake:
            self._queue.append(job)
            self._wake.notify()
        self._ensure_thread()
        if not was_busy:
            self.busy_changed.emit(True)
        log.info("job %s queued", name)
        return job

    @property
    def busy(self) -> bool:
        with self._wake:
            return bool(self._queue) or self.current is not None

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._work, name="milma-jobs", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not self._closing:
                    self._wake.wait()
                if not self._queue:
                    return
                job = self._queue.popleft()
                self.current = job
            self._execute(job)
            with self._wake:
                self.current = None
            job._over.set()
            try:
                self._ended.emit(job)
            except RuntimeError:  # the runner's window was deleted meanwhile: nobody is listening
                return

    @staticmethod
    def _execute(job: Job) -> None:
        from desktop.storage import journal  # here: the first screen opens without it

        with journal.watch_touched() as kinds:
            try:
                job.check()
                job.outcome = "running"
                job.result = job.fn(job)
            except Cancelled:
                job.outcome = "cancelled"
            except Exception as exc:  # noqa: BLE001 - shown translated on the UI thread
                job.outcome = "failed"
                job.error = exc
            else:
                job.outcome = "done"
        job.changed = frozenset(kinds)

    def _on_report(self, job: Job, value: int, maximum: int) -> None:
        job.progressed.emit(value, maximum)

    def _on_ended(self, job: Job) -> None:
        log.info("job %s %s", job.name, job.outcome)
        try:
            job.finished.emit(job)
        finally:
            if job.changed:
                self.changed.emit(set(job.changed))
            if not self.busy:
                self.busy_changed.emit(False)
            job.deleteLater()

    # ---- short writes -----------------------------------------------------------------------
    def write(self, fn: Callable[[], Any]) -> Any:
        """Run a short write now, on the UI thread (a form save), and tell the screens what it
        changed. Its errors are the caller's, as from a direct call."""
        from desktop.storage import journal

        with journal.watch_touched() as kinds:
            result = fn()
        if kinds:
            self.changed.emit(set(kinds))
        return result

    def broadcast(self, kinds) -> None:
        """Tell the screens that ``kinds`` changed outside a store write (a setting)."""
        kinds = set(kinds)
        if kinds:
            self.changed.emit(kinds)

    # ---- closing ----------------------------------------------------------------------------
    def shutdown(self, timeout_s: float = 60.0) -> None:
        """Cancel what is queued or running and wait for the worker (the window closes)."""
        with self._wake:
            pending = list(self._queue)
            current = self.current
            self._closing = True
            self._wake.notify()
        for job in pending + ([current] if current else []):
            job.cancel()
        if self._thread is not None:
            self._thread.join(timeout_s)
        self._closing = False


_runner: Runner | None = None


def runner() -> Runner:
    """The application's runner: the main window's, or one made on first use (tests)."""
    global _runner
    if _runner is None or not isValid(_runner):  # its main window was closed and deleted
        _runner = Runner()
    return _runner


def uninstall(r: Runner) -> None:
    """``r``'s window is closing: work queued from now on goes to a runner of its own."""
    global _runner
    if _runner is r:
        _runner = None


def install(r: Runner) -> Runner:
    """Make ``r`` the application's runner (the main window does, before building screens)."""
    global _runner
    _runner = r
    return r
