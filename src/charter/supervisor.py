"""`charter serve`: the supervisor process.

It migrates the store, records the configuration as a versioned snapshot, starts the gateway
workers (separate processes sharing the gateway port through SO_REUSEPORT), serves the admin
listener itself, restarts workers that die, and applies reloads (SIGHUP or the admin API): a
new file is validated first, and a bad one is refused while the old version keeps serving. A
reload also reads the listeners' TLS certificate files again (see `charter.tls`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn
from sqlalchemy import Engine

from charter.admin.app import AdminState, build_admin
from charter.admin.reload import ReloadOutcome
from charter.config.loader import (
    ConfigError,
    LoadedConfig,
    load_config,
    parse_config,
    shared_digest,
)
from charter.config.models import CharterConfig, Route
from charter.config.snapshots import latest_snapshot, save_snapshot, superseded
from charter.dataplane.gateway import bind_socket
from charter.dataplane.worker import WorkerSpec, run_worker
from charter.demo import rights as demo_rights
from charter.demo.people import consent_lines
from charter.demo.provision import DemoIdentities
from charter.metrics import MetricsHub
from charter.privacy.keyring import Keyring, KeyringError
from charter.privacy.scanner.native import implementation as scanner_implementation
from charter.settings import Settings
from charter.store.engine import make_engine
from charter.store.migrate import upgrade
from charter.tls import PreparedTLS, ReloadableTLS, TLSFilesError, server_context

if TYPE_CHECKING:
    from charter.scheduler.runner import Scheduler

log = logging.getLogger("charter.supervisor")

READY_TIMEOUT = 60.0
DRAIN_SECONDS = 10.0


class StartupError(Exception):
    """Charter cannot start; the message says why, for the operator."""


def serve(settings: Settings, loaded: LoadedConfig) -> int:
    """Run until SIGTERM or SIGINT. Returns the process exit code."""
    import uvloop

    from charter.logs import configure_logging

    configure_logging("info")
    try:
        return uvloop.run(Supervisor(settings, loaded).run())
    except StartupError as exc:
        print(f"charter: {exc}", file=sys.stderr)
        return 1


def serve_demo(var_dir: Path, workers: int = 1, *, gateway_port: int = 8080,
               admin_port: int = 8081) -> int:
    """`charter serve --demo`: a demo upstream, an ephemeral keyring and SQLite under `var_dir`."""
    import uvloop

    from charter.logs import configure_logging

    configure_logging("info")
    try:
        return uvloop.run(_demo(var_dir.absolute(), workers, gateway_port, admin_port))
    except StartupError as exc:
        print(f"charter: {exc}", file=sys.stderr)
        return 1


async def _demo(var_dir: Path, workers: int, gateway_port: int = 8080,
                admin_port: int = 8081) -> int:
    import shutil

    from charter.demo.config import demo_config_text
    from charter.demo.people import DemoIssuer
    from charter.demo.provision import provision
    from charter.demo.upstream import DemoUpstream

    demo_dir = var_dir / "demo"
    # The demo starts afresh every time: new keyring, new store, new credentials.
    shutil.rmtree(demo_dir, ignore_errors=True)
    demo_dir.mkdir(parents=True)
    keyring_path = demo_dir / "keyring.json"
    keyring = Keyring.generate()
    keyring.save(keyring_path)
    store_url = f"sqlite:///{demo_dir / 'charter.db'}"
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, upgrade, store_url)
    engine = make_engine(store_url)
    try:
        identities = await loop.run_in_executor(None, provision, engine, keyring)
    finally:
        engine.dispose()
    # The demo upstream's rights webhooks are signed with a secret made for this demo; this
    # process carries requests out, so it reads the secret from its environment.
    rights_secret = demo_rights.webhook_secret(demo_dir)
    os.environ[demo_rights.SECRET_ENV] = rights_secret
    # A sign-in service for the demo's people, with a key made for this demo only.
    people = DemoIssuer.create(demo_dir)
    upstream = DemoUpstream(rights_secret=rights_secret, people=people)
    port = await upstream.start()
    try:
        config_path = demo_dir / "charter.yaml"
        config_path.write_text(demo_config_text(
            port, gateway_port=gateway_port, admin_port=admin_port, store_url=store_url,
            outbox=str(demo_rights.outbox_directory(demo_dir)), people=people),
            encoding="utf-8")
        loaded = load_config(config_path)
        await loop.run_in_executor(None, _publish_policy, store_url, loaded.config)
        # The demo never touches a real store, whatever the environment says.
        env = {k: v for k, v in os.environ.items()
               if k not in ("CHARTER_STORE_URL", "CHARTER_REDIS_URL")}
        settings = Settings.resolve(loaded.config, config_path=config_path, workers=workers,
                                    demo=True, keyring_path=keyring_path, var_dir=var_dir,
                                    env=env)
        banner = _demo_banner(settings, port, identities)
        return await Supervisor(settings, loaded, banner=banner).run()
    finally:
        await upstream.stop()


def _publish_policy(store_url: str, config: CharterConfig) -> None:
    """The demo's privacy policy, published so that `/.well-known/privacy/policy` answers."""
    from charter.governance.policy.service import publish

    engine = make_engine(store_url)
    try:
        publish(engine, config, approver="Charter demo")
    finally:
        engine.dispose()


def _demo_banner(settings: Settings, upstream_port: int, ids: DemoIdentities) -> str:
    gw = f"http://{settings.gateway_host}:{settings.gateway_port}"
    admin = f"http://{settings.admin_host}:{settings.admin_port}"
    return "\n".join([
        "",
        f"Charter demo is running: gateway {gw}, admin {admin}, "
        f"demo upstream http://127.0.0.1:{upstream_port}",
        f"Demo organization {ids.org_id} has client {ids.client_id} (scopes orders:read,",
        "patients:read). These credentials are shown once; the demo makes new ones each run.",
        "",
        f"  KEY={ids.api_key}",
        f"  curl -s {gw}/api/orders -H \"x-api-key: $KEY\"               # 200",
        f"  curl -s {gw}/api/orders                                       # 401: no credential",
        f"  for i in $(seq 8); do curl -s -o /dev/null -w '%{{http_code}} ' {gw}/api/orders "
        "-H \"x-api-key: $KEY\"; done; echo   # 5 a second, then 429",
        f"  curl -s {gw}/api/orgs/{ids.org_id}/orders -H \"x-api-key: $KEY\"   # own tenant",
        f"  curl -s {gw}/api/orgs/{ids.other_org_id}/orders -H \"x-api-key: $KEY\"   # 403",
        "",
        f"  TOKEN=$(curl -s -u '{ids.client_id}:{ids.client_secret}' "
        f"-d grant_type=client_credentials {gw}/oauth/token | "
        "python3 -c 'import json,sys; print(json.load(sys.stdin)[\"access_token\"])')",
        f"  curl -s {gw}/api/patients/pat_001 -H \"authorization: Bearer $TOKEN\"   # 200",
        f"  curl -s {gw}/api/patients/pat_001 -H \"x-api-key: $KEY\"   # 401: bearer only",
        f"  curl -s -X POST {gw}/api/echo -d '{{\"hello\": \"world\"}}'   # public, no auth",
        "",
        "  # The privacy guard: special-category data is blocked unless a route has an approval",
        f"  curl -s -X POST {gw}/api/echo -H 'content-type: application/json' "
        "-d '{\"diagnosis\": \"asthma\"}'   # 422: health data, paths and kinds only",
        f"  curl -s -X POST {gw}/api/redact/echo -H 'content-type: application/json' "
        "-d '{\"card\": \"4111 1111 1111 1111\"}'   # upstream sees [redacted:payment_card]",
        "  # /api/patients above returns a diagnosis: allowed there by approval DEMO-HEALTH-1",
        "",
        *consent_lines(gw, f"http://127.0.0.1:{upstream_port}"),
        "",
        *demo_rights.banner_lines(gw, admin, f"http://127.0.0.1:{upstream_port}",
                                  demo_rights.outbox_directory(Path(settings.keyring_path).parent),
                                  settings.keyring_path),
        "",
        f"  curl -s {admin}/metrics | grep charter_requests_total",
        f"  curl -s -H \"authorization: Bearer $(charter admin-token --keyring "
        f"{settings.keyring_path})\" {admin}/admin/config",
        f"  sqlite3 {settings.store_url.removeprefix('sqlite:///')} "  # noqa: S608 (a hint to print)
        "'select ts, route_id, client_id, path, status, client_ip from access_log'",
        f"  CHARTER_KEYRING={settings.keyring_path} CHARTER_VAR_DIR={settings.var_dir} "
        f"charter audit verify --config {settings.config_path}   # the audit chain",
        "Stop with Ctrl-C.",
        "",
    ])


@dataclass
class _WorkerHandle:
    index: int
    process: BaseProcess
    pipe: multiprocessing.connection.Connection
    ready: bool = False
    version: int = 0
    started: float = field(default_factory=time.monotonic)


class Supervisor:
    def __init__(self, settings: Settings, loaded: LoadedConfig, *, banner: str = "") -> None:
        self.settings = settings
        self.loaded = loaded
        # This node's own file: its listeners are node-local, whatever version is served.
        self.node_config = loaded.config
        self.banner = banner
        self.version = 0
        self.metrics = MetricsHub()
        self.workers: dict[int, _WorkerHandle] = {}
        self.stopping = False
        self._stop = asyncio.Event()
        self._engine: Engine | None = None
        self._port_holder: socket.socket | None = None
        self._gateway_port = settings.gateway_port
        self._mp = multiprocessing.get_context("spawn")
        self._reload_lock = asyncio.Lock()
        self.keyring: Keyring | None = None
        self.admin_tls: ReloadableTLS | None = None
        self.scheduler: Scheduler | None = None

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        settings = self.settings
        try:
            keyring = self.keyring = Keyring.load(settings.keyring_path)
        except KeyringError as exc:
            raise StartupError(str(exc)) from None
        try:
            await loop.run_in_executor(None, upgrade, settings.store_url)
        except Exception as exc:
            raise StartupError(f"the store could not be prepared ({type(exc).__name__})") from exc
        self._engine = make_engine(settings.store_url)
        digest = shared_digest(self.loaded.config)
        if await loop.run_in_executor(None, superseded, self._engine, digest):
            log.warning("this node's configuration file is an older version than the store's; "
                        "serving the newest version instead", extra={"file": str(self.loaded.path)})
            await self._adopt_latest()
        else:
            snapshot = await loop.run_in_executor(None, functools.partial(
                save_snapshot, self._engine, self.loaded.text, str(self.loaded.path), "startup",
                digest=digest))
            self.version = snapshot.version
        try:
            # Held (bound, not listening) for our lifetime: it resolves port 0 once for all
            # workers and reports "address in use" before any worker starts.
            self._port_holder = bind_socket(settings.gateway_host, settings.gateway_port,
                                            reuse_port=True)
        except OSError as exc:
            raise StartupError(f"cannot bind the gateway listener "
                               f"{settings.gateway_host}:{settings.gateway_port}: "
                               f"{exc.strerror}") from None
        self._gateway_port = self._port_holder.getsockname()[1]
        for index in range(settings.workers):
            self._start_worker(index)
        admin_tls = self.node_config.listeners.admin.tls
        if admin_tls is not None:
            try:
                self.admin_tls = ReloadableTLS(admin_tls.cert_file, admin_tls.key_file)
            except TLSFilesError as exc:
                raise StartupError(f"listeners.admin.tls.{exc.field}: {exc.message}") from None
            _log_certificate("admin", self.admin_tls, "in use")
        admin = _EmbeddedServer(uvicorn.Config(
            build_admin(AdminState(
                keyring=keyring, metrics=self.metrics, ready=self.ready,
                config_info=self.config_info, reload=self.reload,
                extra_gauges=lambda: {"config_version": float(self.version),
                                      **(self.scheduler.gauges() if self.scheduler else {})},
                engine=self._engine, allow=tuple(self.node_config.listeners.admin.allow))),
            host=settings.admin_host, port=settings.admin_port, log_level="warning",
            access_log=False, lifespan="off", server_header=False, date_header=True,
            log_config=None), tls=self.admin_tls)
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self._stop.set)
        loop.add_signal_handler(signal.SIGHUP, lambda: loop.create_task(self.reload("sighup")))
        admin_task = loop.create_task(admin.serve())
        monitor = loop.create_task(self._monitor())
        try:
            await self._wait_ready(admin)
        except StartupError:
            self._stop.set()
            await self._shutdown(admin, admin_task, monitor)
            raise
        if self.node_config.scheduler.enabled:
            from charter.scheduler.jobs import start_scheduler

            self.scheduler = start_scheduler(self._engine, lambda: self.loaded.config, keyring,
                                             settings)
        log.info("charter is serving", extra={
            "gateway": f"{settings.gateway_host}:{self._gateway_port}",
            "admin": f"{settings.admin_host}:{settings.admin_port}",
            "workers": settings.workers, "config_version": self.version,
            "scanner": scanner_implementation()})
        print(f"charter: gateway on http://{settings.gateway_host}:{self._gateway_port}, "
              f"admin on http://{settings.admin_host}:{settings.admin_port} "
              f"({settings.workers} worker{'s' if settings.workers != 1 else ''}, "
              f"config version {self.version})", flush=True)
        if self.banner:
            print(self.banner, flush=True)
        await self._stop.wait()
        await self._shutdown(admin, admin_task, monitor)
        return 0

    # -- workers ------------------------------------------------------------------------------
    def _start_worker(self, index: int) -> None:
        settings = self.settings
        gateway_tls = self.node_config.listeners.gateway.tls
        spec = WorkerSpec(index=index, host=settings.gateway_host, port=self._gateway_port,
                          keyring_path=str(settings.keyring_path), store_url=settings.store_url,
                          allow=tuple(self.node_config.listeners.gateway.allow),
                          tls_cert=gateway_tls.cert_file if gateway_tls else None,
                          tls_key=gateway_tls.key_file if gateway_tls else None,
                          hsts_max_age=gateway_tls.hsts_max_age if gateway_tls else 0,
                          redis_url=settings.redis_url)
        parent, child = self._mp.Pipe(duplex=True)
        process = self._mp.Process(target=run_worker, args=(spec, child),
                                   name=f"charter-gateway-{index}", daemon=True)
        process.start()
        child.close()
        handle = _WorkerHandle(index=index, process=process, pipe=parent)
        self.workers[index] = handle
        asyncio.get_running_loop().add_reader(parent.fileno(), self._on_worker_message, handle)

    def _on_worker_message(self, handle: _WorkerHandle) -> None:
        try:
            while handle.pipe.poll():
                kind, _index, payload = handle.pipe.recv()
                self._handle_message(handle, kind, payload)
        except (EOFError, OSError):
            self._forget(handle)
        except ValueError as exc:
            log.error("a worker sent a malformed message", extra={"error": str(exc)[:200]})

    def _handle_message(self, handle: _WorkerHandle, kind: str, payload: Any) -> None:
        if kind == "ready":
            handle.ready = True
            handle.version = int(payload)
        elif kind == "metrics":
            self.metrics.update(f"{handle.index}:{handle.process.pid}", payload)
        elif kind == "reloaded":
            handle.version = int(payload)
        elif kind == "reload_failed":
            log.error("a worker refused the configuration",
                      extra={"worker": handle.index, "problem": str(payload)[:300]})

    def _forget(self, handle: _WorkerHandle) -> None:
        with contextlib.suppress(ValueError, OSError):
            asyncio.get_running_loop().remove_reader(handle.pipe.fileno())
        with contextlib.suppress(OSError):
            handle.pipe.close()
        self.metrics.forget(f"{handle.index}:{handle.process.pid}")

    async def _adopt_latest(self) -> None:
        """Serve the newest snapshot in the store (another node published it)."""
        assert self._engine is not None
        loop = asyncio.get_running_loop()
        snapshot = await loop.run_in_executor(None, latest_snapshot, self._engine)
        if snapshot is None or snapshot.version == self.version:
            return
        try:
            config = parse_config(snapshot.text, snapshot.source)
        except ConfigError:
            log.error("the newest configuration in the store does not validate here; keeping "
                      "version %s", self.version)
            return
        self.loaded = LoadedConfig(config=config, text=snapshot.text,
                                   path=Path(snapshot.source),
                                   sha256=hashlib.sha256(snapshot.text.encode()).hexdigest())
        self.version = snapshot.version

    async def _monitor(self) -> None:
        ticks = 0
        while not self.stopping:
            await asyncio.sleep(1.0)
            ticks += 1
            if ticks % 2 == 0:
                try:
                    await self._adopt_latest()
                except Exception as exc:  # the store may be briefly unreachable
                    log.warning("reading the newest configuration failed",
                                extra={"error": type(exc).__name__})
            for index, handle in list(self.workers.items()):
                if handle.process.is_alive() or self.stopping:
                    continue
                log.error("gateway worker exited; starting a new one",
                          extra={"worker": index, "exitcode": handle.process.exitcode})
                self._forget(handle)
                self._start_worker(index)

    async def _wait_ready(self, admin: _EmbeddedServer) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.ready() and admin.started:
                return
            if self._stop.is_set():
                raise StartupError("stopped while starting")
            dead = [h for h in self.workers.values() if not h.process.is_alive()]
            if dead and not any(h.ready for h in self.workers.values()):
                raise StartupError("the gateway workers exited while starting; see the log above")
            if admin.should_exit and not admin.started:
                raise StartupError(f"cannot start the admin listener on "
                                   f"{self.settings.admin_host}:{self.settings.admin_port}")
            await asyncio.sleep(0.05)
        raise StartupError("the gateway workers did not become ready in time")

    def ready(self) -> bool:
        return bool(self.workers) and all(h.ready for h in self.workers.values())

    async def _shutdown(self, admin: _EmbeddedServer, admin_task: asyncio.Task[None],
                        monitor: asyncio.Task[None]) -> None:
        self.stopping = True
        monitor.cancel()
        for handle in self.workers.values():
            with contextlib.suppress(OSError, ValueError):
                handle.pipe.send(("stop", DRAIN_SECONDS))
        loop = asyncio.get_running_loop()
        if self.scheduler is not None:  # jobs stop at their next safe point
            await loop.run_in_executor(None, self.scheduler.stop, DRAIN_SECONDS)
        for handle in self.workers.values():
            await loop.run_in_executor(None, handle.process.join, DRAIN_SECONDS + 15)
            if handle.process.is_alive():
                handle.process.terminate()
                await loop.run_in_executor(None, handle.process.join, 5)
            self._forget(handle)
        admin.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await admin_task
        if self._port_holder is not None:
            self._port_holder.close()
        if self._engine is not None:
            self._engine.dispose()

    # -- configuration ------------------------------------------------------------------------
    def config_info(self) -> dict[str, Any]:
        config = self.loaded.config
        return {
            "version": self.version,
            "sha256": self.loaded.sha256,
            "source": str(self.loaded.path),
            "routes": [r.id for r in config.routes],
            "route_table": [_route_summary(r) for r in config.routes],
            "upstreams": [u.name for u in config.upstreams],
            "workers": {str(h.index): {"ready": h.ready, "config_version": h.version}
                        for h in self.workers.values()},
        }

    async def reload(self, applied_by: str = "admin") -> ReloadOutcome:
        """Validate the file again and, if it is good, make it the served version."""
        async with self._reload_lock:
            outcome = await self._reload(applied_by)
        if not outcome.ok:
            # Problems name fields and files, never values: safe to log, and for a SIGHUP the
            # log is the only place the operator can read them.
            log.warning("configuration reload refused; the previous version keeps serving",
                        extra={"problems": len(outcome.problems), "by": applied_by,
                               "details": [p[:300] for p in outcome.problems[:10]]})
        return outcome

    async def _reload(self, applied_by: str) -> ReloadOutcome:
        loop = asyncio.get_running_loop()
        try:
            # This node's own file, even when the served version came from another node.
            path = self.settings.config_path or self.loaded.path
            loaded = await loop.run_in_executor(None, load_config, path)
        except ConfigError as exc:
            return ReloadOutcome(ok=False, version=self.version,
                                 problems=[str(p) for p in exc.problems])
        except OSError as exc:
            return ReloadOutcome(ok=False, version=self.version,
                                 problems=[f"{path}: {exc.strerror}"])
        problems = _restart_only_changes(self.loaded, self.node_config, loaded)
        if problems:
            return ReloadOutcome(ok=False, version=self.version, problems=problems)
        # Certificates are read again even when the file did not change: rotating them
        # usually means new contents at the same paths. Nothing is swapped in yet.
        try:
            admin_tls = await loop.run_in_executor(None, self._prepare_tls, loaded)
        except TLSFilesError as exc:
            return ReloadOutcome(ok=False, version=self.version, problems=[str(exc)])
        if self.keyring is not None:
            try:
                self.keyring.reload()  # a rotated keyring takes effect with the reload
            except KeyringError as exc:
                return ReloadOutcome(ok=False, version=self.version, problems=[str(exc)])
        assert self._engine is not None
        snapshot = await loop.run_in_executor(None, functools.partial(
            save_snapshot, self._engine, loaded.text, str(loaded.path), applied_by,
            digest=shared_digest(loaded.config)))
        changed = snapshot.version != self.version
        self.loaded = loaded
        self.node_config = loaded.config  # workers restarted from now on use its files
        self.version = snapshot.version
        if self.admin_tls is not None and admin_tls is not None:
            if self.admin_tls.use(admin_tls):
                _log_certificate("admin", self.admin_tls, "replaced")
        gateway_tls = loaded.config.listeners.gateway.tls
        tls_files = (gateway_tls.cert_file, gateway_tls.key_file) if gateway_tls else None
        for handle in self.workers.values():
            with contextlib.suppress(OSError, ValueError):
                handle.pipe.send(("reload", tls_files))
        log.info("configuration reloaded",
                 extra={"config_version": self.version, "changed": changed,
                        "by": applied_by})
        return ReloadOutcome(ok=True, version=self.version, changed=changed)

    def _prepare_tls(self, loaded: LoadedConfig) -> PreparedTLS | None:
        """Load the listeners' certificate files of `loaded` (raises TLSFilesError, with the
        file named, when one cannot be used): the admin listener's new context, ready to be
        swapped in; the gateway's pair is only checked here, each worker loads its own."""
        listeners = loaded.config.listeners
        prepared = None
        for name in ("gateway", "admin"):
            tls = getattr(listeners, name).tls
            if tls is None:
                continue
            try:
                if name == "admin" and self.admin_tls is not None:
                    prepared = self.admin_tls.prepare(tls.cert_file, tls.key_file)
                else:
                    server_context(tls.cert_file, tls.key_file)
            except TLSFilesError as exc:
                raise TLSFilesError(exc.field, f"{loaded.path}: listeners.{name}.tls."
                                    f"{exc.field}: {exc.message}") from None
        return prepared


def _log_certificate(listener: str, tls: ReloadableTLS, what: str) -> None:
    certificate = tls.certificate
    extra = {"listener": listener, "sha256": certificate.sha256,
             "not_after": certificate.not_after.isoformat()}
    if certificate.expired:
        log.warning("the TLS certificate of this listener has expired", extra=extra)
    log.info(f"TLS certificate {what}", extra=extra)


def _route_summary(route: Route) -> dict[str, Any]:
    from charter.dataplane.registry import enabled_stages

    authenticate = route.stages.get("authenticate") or {}
    return {
        "id": route.id, "path_prefix": route.match.path_prefix, "host": route.match.host,
        "methods": route.match.methods, "visibility": route.visibility,
        "upstream": route.upstream, "purpose": route.purpose,
        "authentication": authenticate.get("methods") or ["api_key", "bearer"],
        "stages": [stage.name for stage, _ in enabled_stages(route.stages)],
    }


def _restart_only_changes(old: LoadedConfig, node: CharterConfig,
                          new: LoadedConfig) -> list[str]:
    """Settings a running process cannot change: say so instead of half-applying them.

    Listeners are compared with this node's own file (`node`), since the version served may
    come from another node; of them, only the TLS certificate and key files may change.
    """
    problems = []
    if _fixed_listeners(node) != _fixed_listeners(new.config):
        problems.append(f"{new.path}: listeners: changing it needs a restart (a reload can "
                        "change only the TLS cert_file and key_file)")
    for name in ("store", "redis"):
        if getattr(old.config, name) != getattr(new.config, name):
            problems.append(f"{new.path}: {name}: changing it needs a restart")
    return problems


def _fixed_listeners(config: CharterConfig) -> dict[str, Any]:
    files = {"tls": {"cert_file", "key_file"}}
    return {name: getattr(config.listeners, name).model_dump(mode="json", exclude=files)
            for name in ("gateway", "admin")}


class _EmbeddedServer(uvicorn.Server):
    """uvicorn inside our loop: signals are ours, not uvicorn's, and so is the TLS context
    (one whose certificate a reload can replace)."""

    def __init__(self, config: uvicorn.Config, *, tls: ReloadableTLS | None = None) -> None:
        super().__init__(config)
        self._tls = tls

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        if self._tls is not None:
            self.config.ssl = self._tls.context
        await super().startup(sockets)

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield
