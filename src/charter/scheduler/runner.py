"""The scheduler: runs each job every so often, under its lease, in threads of its own.

Every job has a thread that sleeps until the job is due, takes the job's lease (skipping the
run when another process holds it), runs the job in a second thread and renews the lease
while it runs, then releases it. A job that raises is logged and counted; it never stops the
scheduler or the process around it. A job that learns from `keep_going()` that the lease was
lost (or that the scheduler is stopping) should stop at its next safe point.

The first run of each job comes `min(interval, FIRST_RUN_AFTER)` after `start`, so a node that
restarts more often than a long interval still runs every job.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from charter.scheduler.lease import Lease, holder_id

log = logging.getLogger("charter.scheduler")

FIRST_RUN_AFTER = 10.0
LEASE_TTL = 60.0
IDLE_RECHECK = 60.0  # how often a job that is switched off looks again

Summary = Mapping[str, Any] | None
RunResult = Literal["ran", "busy", "failed", "unavailable"]


class JobUnavailable(Exception):
    """The job cannot run in this installation (a module it needs is not there)."""


@dataclass(frozen=True)
class Job:
    """A named background job.

    `interval()` is read before every wait, so a reloaded configuration takes effect; None
    switches the job off. `run(keep_going)` does the work (blocking is fine: it has a thread)
    and returns counts to log, or None. A `quiet` job's runs are logged at debug level.
    """

    name: str
    interval: Callable[[], float | None]
    run: Callable[[Callable[[], bool]], Summary]
    quiet: bool = False


@dataclass
class JobStats:
    runs: int = 0
    failures: int = 0
    busy: int = 0
    last_success: float | None = None  # time.time()


class Scheduler:
    def __init__(self, engine: Engine, jobs: Sequence[Job], *, holder: str | None = None,
                 lease_ttl: float = LEASE_TTL, first_run_after: float = FIRST_RUN_AFTER) -> None:
        self.engine = engine
        self.jobs = tuple(jobs)
        self.holder = holder or holder_id()
        self.lease_ttl = lease_ttl
        self.first_run_after = first_run_after
        self.stats = {job.name: JobStats() for job in self.jobs}
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._unavailable: set[str] = set()

    def start(self) -> None:
        for job in self.jobs:
            thread = threading.Thread(target=self._loop, args=(job,), daemon=True,
                                      name=f"charter-job-{job.name}")
            thread.start()
            self._threads.append(thread)
        log.info("scheduler started", extra={"jobs": [job.name for job in self.jobs],
                                             "holder": self.holder})

    def stop(self, timeout: float = 30.0) -> None:
        """Ask every job to stop and wait up to `timeout` seconds for them in all."""
        self._stop.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        running = [t.name for t in self._threads if t.is_alive()]
        if running:
            log.warning("scheduler jobs still running at shutdown", extra={"jobs": running})

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def gauges(self) -> dict[str, float]:
        """Totals for the metrics endpoint (this process's runs)."""
        return {
            "scheduler_job_runs": float(sum(s.runs for s in self.stats.values())),
            "scheduler_job_failures": float(sum(s.failures for s in self.stats.values())),
        }

    def _loop(self, job: Job) -> None:
        delay = self._interval(job)
        delay = IDLE_RECHECK if delay is None else min(delay, self.first_run_after)
        while not self._stop.wait(delay):
            interval = self._interval(job)
            if interval is None:
                delay = IDLE_RECHECK
                continue
            self.run_once(job)
            delay = interval

    def _interval(self, job: Job) -> float | None:
        try:
            return job.interval()
        except Exception:
            log.exception("a job's interval could not be read", extra={"job": job.name})
            return IDLE_RECHECK

    def run_once(self, job: Job) -> RunResult:
        """Run `job` now if its lease can be had. Never raises."""
        stats = self.stats[job.name]
        lease = Lease(self.engine, job.name, self.holder, self.lease_ttl)
        try:
            if not lease.acquire():
                stats.busy += 1
                return "busy"
        except SQLAlchemyError as exc:
            stats.failures += 1
            log.warning("a job's lease could not be taken",
                        extra={"job": job.name, "error": type(exc).__name__})
            return "failed"
        lost = threading.Event()
        outcome: list[RunResult] = []
        summary: list[Summary] = []

        def keep_going() -> bool:
            return not lost.is_set() and not self._stop.is_set()

        def body() -> None:
            try:
                summary.append(job.run(keep_going))
                outcome.append("ran")
            except JobUnavailable as exc:
                outcome.append("unavailable")
                if job.name not in self._unavailable:
                    self._unavailable.add(job.name)
                    log.warning("a scheduled job is skipped: it is not available here",
                                extra={"job": job.name, "reason": str(exc)})
            except Exception:
                outcome.append("failed")
                log.exception("a scheduled job failed", extra={"job": job.name})

        started = time.monotonic()
        worker = threading.Thread(target=body, daemon=True, name=f"charter-run-{job.name}")
        worker.start()
        while True:
            worker.join(self.lease_ttl / 3)
            if not worker.is_alive():
                break
            try:
                if not lease.renew():
                    if not lost.is_set():
                        log.warning("a job lost its lease; asking it to stop",
                                    extra={"job": job.name})
                    lost.set()
            except SQLAlchemyError as exc:
                log.warning("a job's lease could not be renewed",
                            extra={"job": job.name, "error": type(exc).__name__})
        try:
            lease.release()
        except SQLAlchemyError as exc:  # it expires by itself
            log.warning("a job's lease could not be released",
                        extra={"job": job.name, "error": type(exc).__name__})
        result = outcome[0] if outcome else "failed"
        if result == "ran":
            stats.runs += 1
            stats.last_success = time.time()
            counts = dict(summary[0] or {})
            log.log(logging.DEBUG if job.quiet else logging.INFO, "scheduled job done", extra={
                "job": job.name, "seconds": round(time.monotonic() - started, 3),
                "counts": counts})
        elif result == "failed":
            stats.failures += 1
        return result
