"""A gateway worker process: one event loop (uvloop), one listening socket (SO_REUSEPORT).

The supervisor starts N of these. Each loads the current configuration snapshot from the
store (never from the file: every node serves a version the store knows), writes its access
log through a batching writer, and talks to the supervisor over a duplex pipe:

- to the supervisor: ("ready", version), ("metrics", snapshot), ("reloaded", version),
  ("reload_failed", message)
- from the supervisor: ("reload", tls_files) and ("stop", drain_seconds); `tls_files` is the
  gateway listener's (cert_file, key_file) from this node's file, read again on every reload

It also polls the store for a newer snapshot, so a reload on one node reaches all of them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from typing import Any

from sqlalchemy import Engine

from charter.accesslog.models import access_log
from charter.audit.log import AuditEvent, AuditLog
from charter.config.loader import ConfigError, parse_config
from charter.config.snapshots import Snapshot, latest_snapshot
from charter.consent.self_service import consent_builtins
from charter.consent.settings import carried_claims
from charter.consent.view import ConsentView, consent_view
from charter.dataplane.builtins import Builtin
from charter.dataplane.gateway import Gateway
from charter.dataplane.records import record_tables
from charter.dataplane.services import Services
from charter.dataplane.stages.rate_limit import redis_failure_modes
from charter.governance.contacts import contacts_builtins
from charter.governance.policy.endpoint import PolicyView
from charter.identity.endpoints import identity_builtins
from charter.identity.issuers import ExternalIssuer
from charter.identity.lockout import Lockouts
from charter.identity.resolver import CachingResolver
from charter.identity.service import touch_keys
from charter.identity.signing import SigningKeys
from charter.metrics import WorkerMetrics
from charter.privacy.keyring import Keyring, KeyringError
from charter.privacy.pseudonym import Pseudonymizer
from charter.privacy.redaction import truncate_ip
from charter.ratelimit.limiters import Limiters
from charter.rights.execute.endpoint import bundle_builtins
from charter.rights.execute.flags import FlagView, flag_view
from charter.rights.intake import rights_builtins
from charter.store.engine import make_engine
from charter.store.writer import BatchingWriter
from charter.tls import ReloadableTLS, TLSFilesError

log = logging.getLogger("charter.worker")

METRICS_SECONDS = 1.0
TOUCH_SECONDS = 60.0
POLL_SECONDS = 2.0


@dataclass(frozen=True)
class WorkerSpec:
    """Everything a worker needs, picklable (it crosses a process boundary)."""

    index: int
    host: str
    port: int
    keyring_path: str
    store_url: str
    allow: tuple[str, ...] = ()  # networks allowed to connect to the gateway listener
    redis_url: str | None = None
    tls_cert: str | None = None  # the gateway listener's certificate and key (PEM files)
    tls_key: str | None = None
    hsts_max_age: int = 0  # settings.redis_url: the environment may override the file
    log_level: str = "info"


def run_worker(spec: WorkerSpec, pipe: Connection) -> None:
    """Process entry point."""
    import uvloop

    from charter.logs import configure_logging

    configure_logging(spec.log_level)
    try:
        uvloop.run(_Worker(spec, pipe).run())
    except KeyboardInterrupt:
        pass


class _Worker:
    def __init__(self, spec: WorkerSpec, pipe: Connection) -> None:
        self.spec = spec
        self.pipe = pipe
        self.stop = asyncio.Event()
        self.drain_seconds = 10.0
        self.metrics = WorkerMetrics()
        self.gateway: Gateway | None = None
        self.tls: ReloadableTLS | None = None
        self.writer: BatchingWriter | None = None  # the access log's, also in self.writers
        self.writers: dict[str, BatchingWriter] = {}
        self.engine: Engine | None = None
        self.audit_log: AuditLog | None = None
        self.keyring: Keyring | None = None
        self.resolver: CachingResolver | None = None
        self.identity_builtins: dict[str, Builtin] = {}
        self.limiters = Limiters()
        self.lockouts = Lockouts(on_lock=self._locked_out)
        self.flags: FlagView | None = None
        self.policy: PolicyView | None = None
        self.consents: ConsentView | None = None

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        spec = self.spec
        self.keyring = Keyring.load(spec.keyring_path)
        self.engine = make_engine(spec.store_url)
        # One log per worker, so that events recorded at the same time share a commit.
        self.audit_log = AuditLog(self.engine)
        snapshot = await loop.run_in_executor(None, latest_snapshot, self.engine)
        if snapshot is None:
            raise SystemExit("no configuration snapshot in the store")
        for record in record_tables():
            self.writers[record.table.name] = BatchingWriter(
                self.engine, record.table, transform=record.transform,
                max_queue=record.max_queue)
        self.writer = self.writers[access_log.name]
        self.flags = flag_view(self.engine)
        await self.flags.prime()
        self.policy = PolicyView(self.engine)
        await self.policy.prime()
        self.consents = consent_view(self.engine)
        await self.consents.prime()
        redis_config = parse_config(snapshot.text, snapshot.source).redis
        self.limiters = Limiters.build(
            spec.redis_url, secret=self.keyring.derive("pseudonym", self.keyring.oldest.kid),
            connect_timeout=redis_config.connect_timeout, timeout=redis_config.timeout)
        self.limiters.on_transition(self._limiter_transition)
        services = self._services(snapshot)
        if spec.tls_cert and spec.tls_key:
            self.tls = ReloadableTLS(spec.tls_cert, spec.tls_key)
        tls = self.tls is not None
        self.gateway = Gateway(loop, services, self.metrics, version=snapshot.version,
                               allow=spec.allow, scheme="https" if tls else "http",
                               hsts_max_age=spec.hsts_max_age if tls else 0)
        self.gateway.builtins.update(self.identity_builtins)
        server = await self.gateway.listen(spec.host, spec.port, reuse_port=True,
                                           tls=self.tls.context if self.tls else None)
        tasks = [
            *(loop.create_task(writer.run()) for writer in self.writers.values()),
            loop.create_task(self._report_metrics()),
            loop.create_task(self._poll_store()),
            loop.create_task(self._touch_keys()),
            loop.create_task(self.flags.poll(self._flags_changed)),
            loop.create_task(self.policy.poll()),
            # Consent withdrawals reach every worker within a second (Redis pub/sub, or polls).
            loop.create_task(self.consents.follow(spec.redis_url, self._flags_changed)),
        ]
        loop.add_signal_handler(signal.SIGTERM, self.stop.set)
        loop.add_signal_handler(signal.SIGINT, self.stop.set)
        loop.add_signal_handler(signal.SIGHUP,
                                lambda: loop.create_task(self._reload(keyring=True)))
        loop.add_reader(self.pipe.fileno(), self._on_pipe)
        self._send("ready", snapshot.version)
        log.info("gateway worker listening", extra={
            "worker": spec.index, "pid": os.getpid(), "address": f"{spec.host}:{spec.port}",
            "config_version": snapshot.version})
        await self.stop.wait()
        # Graceful stop: no new connections, in-flight requests finish, the log is flushed.
        server.close()
        await self.gateway.drain(self.drain_seconds)
        for task in tasks:
            task.cancel()
        for writer in self.writers.values():
            await writer.close(timeout=10.0)
        await self.limiters.close()
        self._send_metrics()
        self.engine.dispose()

    def _services(self, snapshot: Snapshot) -> Services:
        assert self.keyring is not None and self.writer is not None and self.engine is not None
        config = parse_config(snapshot.text, snapshot.source)
        signing = SigningKeys(self.keyring)
        pseudonymizer = Pseudonymizer(self.keyring)
        self.resolver = CachingResolver(
            engine=self.engine, keyring=self.keyring, signing=signing,
            own_issuer=config.tokens.issuer, own_audience=config.tokens.audience,
            external={issuer.name: ExternalIssuer(
                issuer, carry=carried_claims(config.children, issuer.name))
                for issuer in config.issuers},
            pseudonymizer=pseudonymizer,
        )
        self.identity_builtins = {**identity_builtins(config, self.engine, self.keyring, signing),
                                  **bundle_builtins(self.engine, self.keyring),
                                  **contacts_builtins(config),
                                  **consent_builtins(config, self.engine, self.resolver,
                                                     redis_url=self.spec.redis_url),
                                  **rights_builtins(config, self.engine, self.keyring,
                                                    self.resolver,
                                                    keyring_path=self.spec.keyring_path,
                                                    limiters=self.limiters),
                                  **(self.policy.builtins() if self.policy else {})}
        return Services(config=config, keyring=self.keyring,
                        pseudonymizer=pseudonymizer, access_log=self.writer,
                        identity=self.resolver, limiters=self.limiters,
                        lockouts=self.lockouts, sinks=dict(self.writers),
                        metrics=self.metrics, engine=self.engine,
                        audit=self._audit_soon,
                        # Pinned like pseudonyms: a rotation must not break every upstream.
                        identity_key=self.keyring.derive("upstream-identity",
                                                         self.keyring.oldest.kid))

    def _locked_out(self, kind: str, label: str) -> None:
        """A new lockout: counted, logged, and written to the audit log."""
        self.metrics.add("auth_lockouts")
        # An address is recorded truncated: the audit log keeps it for years.
        target = truncate_ip(label) if kind == "address" else label
        log.warning("authentication lockout", extra={"kind": kind, "target": target})
        if self.engine is not None:
            event = AuditEvent(actor="anonymous", action="gateway authentication lockout",
                               outcome="denied", target=f"{kind}:{target}",
                               reason="too_many_failures")
            asyncio.get_running_loop().create_task(self._audit(event))

    def _limiter_transition(self, backend: str, up: bool, error: str | None) -> None:
        """A shared rate-limit back end went away or came back, as this process sees it:
        written to the audit log once per transition (the metrics count them too)."""
        if self.engine is None or self.gateway is None:
            return
        modes = redis_failure_modes(self.gateway.config, has_redis=True)
        in_use = [mode for mode in ("open", "closed") if modes[mode]]
        details: dict[str, str | int | float | None] = {
            "backend": backend,
            # What the routes do meanwhile: `open` per-process limits, `closed` 503.
            "failure_mode": in_use[0] if len(in_use) == 1 else "mixed" if in_use else "none",
            "routes_open": modes["open"], "routes_closed": modes["closed"],
            "worker": self.spec.index, "pid": os.getpid(),
        }
        health = self.limiters.redis.health if self.limiters.redis is not None else None
        if up and health is not None and health.down_since is not None:
            details["down_seconds"] = round(time.monotonic() - health.down_since, 3)
        if error is not None:
            details["error"] = error  # an exception class name, never its message
        event = AuditEvent(actor="system",
                           action="ratelimit.backend_up" if up else "ratelimit.backend_down",
                           outcome="success" if up else "failure", target=f"backend={backend}",
                           reason=None if up else "unreachable", details=details)
        asyncio.get_running_loop().create_task(self._audit(event))

    def _audit_soon(self, event: AuditEvent) -> None:
        """For stages: write `event` to the audit log in the background."""
        if self.audit_log is not None:
            asyncio.get_running_loop().create_task(self._audit(event))

    async def _audit(self, event: AuditEvent) -> None:
        assert self.audit_log is not None
        try:
            await self.audit_log.record(event)
        except Exception as exc:
            log.error("writing an audit event failed", extra={"error": type(exc).__name__})

    def _flags_changed(self) -> None:
        """The first flag was set, or the last one lifted: rebuild the pipelines, which hold
        the `rights` stage only while there are flags."""
        if self.gateway is not None:
            self.gateway.apply(self.gateway.services, self.gateway.version)

    async def _touch_keys(self) -> None:
        """Record coarsely when keys were used (at most one write a minute per worker)."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(TOUCH_SECONDS)
            if self.resolver is None or self.engine is None:
                continue
            used = self.resolver.take_used_keys()
            if used:
                try:
                    await loop.run_in_executor(None, touch_keys, self.engine, sorted(used),
                                               datetime.now(UTC))
                except Exception as exc:
                    log.warning("recording key use failed", extra={"error": type(exc).__name__})

    async def _reload(self, *, keyring: bool = False) -> None:
        """Apply a newer snapshot; with `keyring` (an operator's reload), also re-read the
        keyring and rebuild what is derived from it if it changed."""
        assert self.engine is not None and self.gateway is not None
        assert self.keyring is not None
        loop = asyncio.get_running_loop()
        try:
            snapshot = await loop.run_in_executor(None, latest_snapshot, self.engine)
        except Exception as exc:
            log.warning("reading the configuration snapshot failed",
                        extra={"error": type(exc).__name__})
            return
        if snapshot is None:
            return
        rotated = False
        if keyring:
            before = (self.keyring.active_kid, self.keyring.kids())
            try:
                self.keyring.reload()
            except KeyringError as exc:
                self._send("reload_failed", str(exc)[:500])
                return
            rotated = before != (self.keyring.active_kid, self.keyring.kids())
        if snapshot.version == self.gateway.version and not rotated:
            return
        try:
            services = self._services(snapshot)
            self.gateway.apply(services, snapshot.version)
            self.gateway.builtins.update(self.identity_builtins)
        except (ConfigError, KeyError, ValueError) as exc:
            # The supervisor validated it; a failure here means this node's code differs.
            # Keep serving the version we have.
            self._send("reload_failed", str(exc)[:500])
            log.error("configuration snapshot refused; the previous one keeps serving",
                      extra={"version": snapshot.version})
            return
        self._send("reloaded", snapshot.version)
        log.info("configuration applied", extra={"config_version": snapshot.version,
                                                 "keyring_changed": rotated})

    async def _operator_reload(self, tls_files: tuple[str, ...] | None) -> None:
        """A reload the supervisor applied: certificates, keyring and configuration."""
        if tls_files is not None and len(tls_files) == 2:
            await self._reload_tls((tls_files[0], tls_files[1]))
        await self._reload(keyring=True)

    async def _reload_tls(self, files: tuple[str, str]) -> None:
        """New handshakes use the certificate files from now on; open connections keep the
        certificate they were made with. A pair that cannot be loaded changes nothing."""
        if self.tls is None:
            return  # turning TLS on or off needs a restart (the supervisor refuses it)
        try:
            prepared = await asyncio.get_running_loop().run_in_executor(
                None, self.tls.prepare, *files)
        except TLSFilesError as exc:
            self._send("reload_failed", f"listeners.gateway.tls.{exc.field}: {exc.message}")
            log.error("the new gateway certificate was refused; the previous one keeps serving",
                      extra={"field": exc.field, "problem": exc.message})
            return
        if self.tls.use(prepared):
            log.info("TLS certificate replaced", extra={
                "listener": "gateway", "worker": self.spec.index,
                "sha256": prepared.certificate.sha256,
                "not_after": prepared.certificate.not_after.isoformat()})

    async def _poll_store(self) -> None:
        while True:
            await asyncio.sleep(POLL_SECONDS)
            await self._reload()

    async def _report_metrics(self) -> None:
        while True:
            await asyncio.sleep(METRICS_SECONDS)
            self._send_metrics()

    def _send_metrics(self) -> None:
        for table, writer in self.writers.items():
            # `access_log_written`, `captures_dropped`, ...: one family per table and count.
            stats = writer.stats()
            queued = "access_log_queued" if table == "access_log" else f"{table}_write_queue"
            self.metrics.set_gauge(queued, stats.get("queued", 0))
            for name in ("written", "dropped", "rejected", "failed_batches"):
                self.metrics.set_total(f"{table}_{name}", stats.get(name, 0))
        for name, total in self.limiters.stats().items():
            self.metrics.set_total(name, total)
        self._send("metrics", self.metrics.snapshot())

    def _on_pipe(self) -> None:
        try:
            while self.pipe.poll():
                message = self.pipe.recv()
                self._handle(message)
        except (EOFError, OSError):
            # The supervisor is gone: stop rather than serve unsupervised.
            asyncio.get_running_loop().remove_reader(self.pipe.fileno())
            self.stop.set()

    def _handle(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "reload":
            files = tuple(message[1]) if len(message) > 1 and message[1] else None
            asyncio.get_running_loop().create_task(self._operator_reload(files))
        elif kind == "stop":
            if len(message) > 1:
                self.drain_seconds = float(message[1])
            self.stop.set()

    def _send(self, kind: str, payload: Any) -> None:
        try:
            self.pipe.send((kind, self.spec.index, payload))
        except (BrokenPipeError, OSError):
            self.stop.set()
