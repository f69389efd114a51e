"""Charter's benchmark: how close the gateway gets to nginx on this machine.

Run it from the repository root (or with `make bench`):

    .venv/bin/python bench/run.py                      # 3 passes x 10 s, writes docs/performance.md
    .venv/bin/python bench/run.py --duration 3 --passes 1 --only b,c --no-write

What it measures, all on 127.0.0.1 and on loopback ports it picks itself:

  a        the upstream alone: nginx answering a fixed ~200-byte JSON (`return 200`), 1 worker
  b        nginx as a reverse proxy to that upstream (1 worker, keep-alive pool): the reference
  c1, c2   Charter with every pipeline stage disabled, `--workers 1` and `--workers 2`
  d        Charter with every stage in `charter.dataplane.registry.STAGES` enabled (defaults)
  d-local  row d plus a rate limit that never trips, decided by the local limiter
  d-redis  the same limit decided by Redis (`--redis`; the row is skipped when Redis is not
           reachable), and the cost of one decision on each back end (bench/decisions.py)
  b-post   row b with a ~2 KB JSON POST body
  c1-post  row c1 with the same POST body
  g-post   row c1-post with the privacy guard on, with its defaults (the request body and the
           JSON response are scanned); the guard's cost is g-post against c1-post

Layout: the load generator (wrk, 1 thread, 64 connections) and the upstream are pinned to cpu0,
the server under test to cpu1 (`taskset`). Exceptions: for row a the upstream *is* the server
under test and moves to cpu1; for c2 the Charter processes may use both cores.

Every configuration is measured `--passes` times, round-robin, each run after a 2 s warm-up.
A row reports the median req/s, the p50/p99 latency of that median run and the CPU time of the
server's whole process tree per request (utime + stime from /proc). If processes other than the
load generator, the upstream and the server under test used more than 10% of a core during a
run, the run is repeated once and marked.

The script starts every process it needs, stops each one by PID (never by name), and bounds
every load run in time. Without wrk it falls back to `bench/loadgen.py` (figures not comparable
with wrk's); without nginx it uses Charter's demo upstream and skips the nginx proxy rows.
"""

from __future__ import annotations

import argparse
import base64
import datetime
import http.client
import importlib.metadata
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from charter.dataplane.registry import STAGES
from charter.privacy.keyring import Keyring

REPO = Path(__file__).resolve().parent.parent
DOC_PATH = REPO / "docs" / "performance.md"
CHARTER_BIN = Path(sys.executable).with_name("charter")

LOAD_CPU = "0"  # load generator and upstream
SERVER_CPU = "1"  # server under test
BOTH_CPUS = "0,1"
CONNECTIONS = 64
WARMUP_SECONDS = 2
FOREIGN_LIMIT_PCT = 10.0  # % of one core used by processes that are not part of the run
READY_TIMEOUT = 60.0
STOP_TIMEOUT = 30.0  # Charter drains for up to 10 s on SIGTERM
INSTALL_HINT = "apt-get install -y nginx wrk"
CHOICES_PLACEHOLDER = "<!-- choices -->"

GET_PATH = "/api/v1/items/42?fields=all"
DEMO_GET_PATH, DEMO_POST_PATH = "/health", "/echo"


# --- payloads ------------------------------------------------------------------------------------

def upstream_json() -> str:
    """The fixed ~200-byte JSON the upstream nginx returns."""
    doc = {
        "id": "item_0042", "name": "Bench item", "price": {"amount": "19.99", "currency": "EUR"},
        "tags": ["alpha", "beta", "gamma"], "in_stock": True,
        "updated_at": "2026-01-01T00:00:00Z", "links": {"self": "/api/v1/items/item_0042"},
    }
    return json.dumps(doc, separators=(",", ":"))


def post_json(size: int = 2048) -> bytes:
    """A deterministic JSON order document of exactly `size` bytes: a customer (a name, an
    e-mail address, a postal address: what the privacy guard flags by default) and items."""
    doc: dict[str, Any] = {
        "order_ref": "bench-0001", "currency": "EUR",
        "customer": {"name": "Ada Example", "email": "ada@example.com",
                     "shipping_address": {"street": "12 Fern Lane", "city": "Springfield",
                                          "postcode": "62704", "country": "US"}},
        "items": []}
    while len(json.dumps(doc, separators=(",", ":"))) < size - 200:
        n = len(doc["items"])
        doc["items"].append({"sku": f"SKU-{n:04d}", "title": f"Catalogue entry {n}",
                             "quantity": n % 5 + 1, "unit_price": f"{4.5 + n:.2f}"})
    doc["comment"] = ""
    doc["comment"] = "x" * (size - len(json.dumps(doc, separators=(",", ":"))))
    return json.dumps(doc, separators=(",", ":")).encode()


def wrk_post_script(body: bytes) -> str:
    text = body.decode()
    assert "]==]" not in text
    return ('wrk.method = "POST"\n'
            'wrk.headers["Content-Type"] = "application/json"\n'
            f"wrk.body = [==[{text}]==]\n")


# --- what is measured ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    key: str
    label: str
    server: str  # key into the started servers
    post: bool = False
    credential: str = ""  # "key" or "token": sent with every request

    @property
    def reference(self) -> str:
        return "b-post" if self.post else "b"


@dataclass(frozen=True)
class CharterSpec:
    workers: int
    profile: str  # "minimal", "auth" (authentication only) or "all"
    cpus: str
    rate_limit: str = ""  # "local" or "redis": add RATE_LIMIT with that back end


CHARTER_SPECS = {
    "charter-min-1": CharterSpec(workers=1, profile="minimal", cpus=SERVER_CPU),
    "charter-min-2": CharterSpec(workers=2, profile="minimal", cpus=BOTH_CPUS),
    "charter-auth-1": CharterSpec(workers=1, profile="auth", cpus=SERVER_CPU),
    "charter-all-1": CharterSpec(workers=1, profile="all", cpus=SERVER_CPU),
    "charter-guard-1": CharterSpec(workers=1, profile="guard", cpus=SERVER_CPU),
    "charter-all-local-1": CharterSpec(workers=1, profile="all", cpus=SERVER_CPU,
                                       rate_limit="local"),
    "charter-all-redis-1": CharterSpec(workers=1, profile="all", cpus=SERVER_CPU,
                                       rate_limit="redis"),
}

# Rows d-local and d-redis: one limit per client that a benchmark never reaches, so every
# request is decided and allowed. `closed`: if Redis fails, the row shows errors instead of
# quietly measuring the local fallback.
RATE_LIMIT = {"limits": [{"name": "per_second", "rate": 1_000_000, "per": "1s",
                          "key": "client"}],
              "failure_mode": "closed"}
DEFAULT_REDIS = "redis://127.0.0.1:6379/0"


@dataclass(frozen=True)
class Tools:
    loadgen: str  # "wrk" or "python"
    demo_upstream: bool  # Charter's demo upstream instead of nginx
    reasons: tuple[str, ...] = ()  # why a fallback is in use


def all_rows(stage_names: list[str], tools: Tools) -> list[Row]:
    stages = ", ".join(stage_names) or "none"
    upstream = "Charter demo upstream" if tools.demo_upstream else "nginx `return 200`"
    return [
        Row("a", f"a: upstream alone ({upstream}, on cpu1)", "upstream"),
        Row("b", "b: nginx reverse proxy, 1 worker", "nginx-proxy"),
        Row("c1", "c1: Charter, minimal pipeline, 1 worker", "charter-min-1"),
        Row("c2", "c2: Charter, minimal pipeline, 2 workers (both cores)", "charter-min-2"),
        Row("k1", "k1: Charter, minimal + API-key authentication, 1 worker", "charter-auth-1",
            credential="key"),
        Row("j1", "j1: Charter, minimal + bearer JWT authentication, 1 worker",
            "charter-auth-1", credential="token"),
        Row("d", f"d: Charter, all stages ({stages}; API key), 1 worker", "charter-all-1",
            credential="key"),
        Row("d-local", "d-local: row d + a rate limit that never trips, local back end",
            "charter-all-local-1", credential="key"),
        Row("d-redis", "d-redis: row d + the same rate limit, Redis back end",
            "charter-all-redis-1", credential="key"),
        Row("b-post", "b-post: nginx reverse proxy, POST 2 KB", "nginx-proxy", post=True),
        Row("c1-post", "c1-post: Charter, minimal, 1 worker, POST 2 KB", "charter-min-1",
            post=True),
        Row("g-post", "g-post: row c1-post + privacy_guard (defaults: request and response"
            " scanned)", "charter-guard-1", post=True),
    ]


def select_rows(rows: list[Row], only: str | None) -> list[Row]:
    """`--only a,c` keeps a, c1, c2 and c1-post: a token matches a key or its first letter."""
    if not only:
        return rows
    wanted = {token.strip() for token in only.split(",") if token.strip()}
    known = {r.key for r in rows} | {r.key[0] for r in rows}
    unknown = sorted(wanted - known)
    if unknown:
        raise SystemExit(f"--only: unknown row(s) {', '.join(unknown)}; "
                         f"choose from {', '.join(r.key for r in rows)}")
    return [r for r in rows if r.key in wanted or r.key[0] in wanted]


def stage_profiles() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]], list[str]]:
    """(minimal, all, notes): per-route `stages:` mappings built from the stage registry."""
    minimal = {stage.name: dict(stage.off_options) for stage in STAGES}
    if "privacy_guard" in minimal:
        # Turning the guard off needs a recorded approval; the benchmark's config has one.
        minimal["privacy_guard"] = {**minimal["privacy_guard"], "approval": BENCH_APPROVAL["id"]}
    everything: dict[str, dict[str, Any]] = {}
    notes = []
    for stage in STAGES:
        if stage.name in OPT_IN_STAGES:
            notes.append(f"stage {stage.name} is left out of row d: it records payloads only"
                         " where a route asks for it")
            continue
        try:
            options = stage.Options().model_dump(mode="json")
        except ValidationError:
            notes.append(f"stage {stage.name} has options without defaults; left out of row d")
            continue
        everything[stage.name] = {**options, "enabled": True}
    return minimal, everything, notes


# Stages that are features a route opts into, not checks every route pays for.
OPT_IN_STAGES = frozenset({"capture"})


def with_rate_limit(stages: dict[str, dict[str, Any]], backend: str) -> dict[str, dict[str, Any]]:
    """`stages` with the rate limit of rows d-local and d-redis, on `backend`."""
    return {**stages, "rate_limit": {**stages.get("rate_limit", {}), **RATE_LIMIT,
                                     "enabled": True, "backend": backend}}


# --- /proc: processes, CPU time, affinity --------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _proc_stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (index 0 is the state)."""
    try:
        data = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return data[data.rindex(")") + 2:].split()


def _all_parents() -> dict[int, int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _proc_stat(int(entry))
            if fields:
                parents[int(entry)] = int(fields[1])
    return parents


def process_tree(root: int) -> list[int]:
    """`root` and all its live descendants."""
    parents = _all_parents()
    tree, frontier = [root], [root]
    while frontier:
        children = [pid for pid, ppid in parents.items() if ppid in frontier]
        tree += children
        frontier = children
    return tree


def tree_cpu_seconds(root: int) -> float:
    """utime + stime of `root`'s process tree (all threads), in seconds."""
    ticks = 0
    for pid in process_tree(root):
        fields = _proc_stat(pid)
        if fields:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / CLOCK_TICKS


def busy_cpu_seconds() -> dict[str, float]:
    """Busy time of each CPU since boot (user, nice, system, irq, softirq; not steal, idle)."""
    busy = {}
    for line in Path("/proc/stat").read_text().splitlines():
        if re.match(r"cpu\d+ ", line):
            name, *fields = line.split()
            user, nice, system, _idle, _iowait, irq, softirq = map(int, fields[:7])
            busy[name] = (user + nice + system + irq + softirq) / CLOCK_TICKS
    return busy


def children_cpu_seconds() -> float:
    """CPU time of this script's reaped children (the load generator runs)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def pin_tree(root: int, cpus: str) -> None:
    """Move every thread of `root`'s process tree to `cpus` (like `taskset -a -p`)."""
    cpu_set = {int(c) for c in cpus.split(",")}
    for pid in process_tree(root):
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                os.sched_setaffinity(int(tid), cpu_set)
        except OSError:
            pass  # exited meanwhile


def taskset(cpus: str, cmd: list[str]) -> list[str]:
    return ["taskset", "-c", cpus, *cmd]


# --- processes this script starts ----------------------------------------------------------------

@dataclass
class Server:
    name: str
    port: int
    proc: subprocess.Popen[bytes]
    cpus: str
    log: Path
    admin_port: int | None = None
    known: set[tuple[int, str]] = field(default_factory=set)  # (pid, start time) of its tree
    home: Path | None = None  # Charter's directory (config, keyring, store)
    credentials: dict[str, str] = field(default_factory=dict)

    def remember_tree(self) -> None:
        for pid in process_tree(self.proc.pid):
            fields = _proc_stat(pid)
            if fields:
                self.known.add((pid, fields[19]))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(name: str, cmd: list[str], cpus: str, workdir: Path, port: int,
          ready: list[tuple[int, str]], env: dict[str, str] | None = None) -> Server:
    """Start `cmd` pinned to `cpus` and wait until every (port, path) in `ready` answers 200."""
    log = workdir / f"{name}.log"
    with log.open("wb") as out:
        # A new session: Ctrl-C reaches this script only, which then stops everything in order.
        proc = subprocess.Popen(taskset(cpus, cmd), stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, cwd=workdir, start_new_session=True,
                                env=env)
    server = Server(name=name, port=port, proc=proc, cpus=cpus, log=log)
    try:
        wait_ready(server, ready)
    except BaseException:
        stop(server)
        raise
    return server


def stop(server: Server) -> None:
    """SIGTERM the server's main PID, wait, then SIGKILL whatever of its tree is left."""
    server.remember_tree()
    if server.proc.poll() is None:
        server.proc.terminate()
        try:
            server.proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait(5)
    for pid, started in server.known:
        fields = _proc_stat(pid)
        if fields and fields[19] == started and fields[0] != "Z":  # same process, still alive
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def http_get(port: int, path: str, timeout: float = 2.0, header: str = "") -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    name, _, value = header.partition(": ")
    try:
        conn.request("GET", path, headers={name: value} if header else {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def wait_ready(server: Server, ports_paths: list[tuple[int, str]]) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    pending = list(ports_paths)
    while pending:
        if server.proc.poll() is not None:
            raise RuntimeError(f"{server.name} exited with {server.proc.returncode}:\n"
                               + log_tail(server.log))
        if time.monotonic() > deadline:
            raise RuntimeError(f"{server.name} not ready after {READY_TIMEOUT:.0f} s:\n"
                               + log_tail(server.log))
        port, path = pending[0]
        try:
            status, _ = http_get(port, path, timeout=1.0)
        except OSError:
            status = 0
        if status == 200:
            pending.pop(0)
        else:
            time.sleep(0.1)
    server.remember_tree()


def log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


# --- the servers ---------------------------------------------------------------------------------

def nginx_conf(prefix: Path, port: int, location: str, extra_http: str = "") -> str:
    temp = prefix / "tmp"
    temp.mkdir(parents=True, exist_ok=True)
    temp_paths = "\n".join(f"    {kind}_temp_path {temp}/{kind};"
                           for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    keepalive_timeout 75s;
    keepalive_requests 1000000;
{temp_paths}
{extra_http}
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        location / {{
{location}
        }}
    }}
}}
"""


def start_nginx(name: str, workdir: Path, cpus: str, location: str, extra_http: str = "") -> Server:
    prefix = workdir / name
    prefix.mkdir()
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(nginx_conf(prefix, port, location, extra_http))
    cmd = [shutil.which("nginx") or "nginx", "-p", str(prefix), "-c", str(conf),
           "-e", str(prefix / "error.log")]
    return start(name, cmd, cpus, workdir, port, [(port, "/")])


def start_upstream_nginx(workdir: Path) -> Server:
    location = (f"            default_type application/json;\n"
                f"            return 200 '{upstream_json()}';")
    return start_nginx("upstream", workdir, LOAD_CPU, location)


def start_nginx_proxy(workdir: Path, upstream_port: int) -> Server:
    pool = (f"    upstream bench_upstream {{\n"
            f"        server 127.0.0.1:{upstream_port};\n"
            f"        keepalive 128;\n"
            f"        keepalive_requests 1000000;\n"
            f"    }}")
    location = ("            proxy_pass http://bench_upstream;\n"
                "            proxy_http_version 1.1;\n"
                '            proxy_set_header Connection "";')
    return start_nginx("nginx-proxy", workdir, SERVER_CPU, location, pool)


def start_demo_upstream(workdir: Path) -> Server:
    """Charter's demo app on uvicorn + uvloop.

    Not `python -m charter.demo.upstream`: that runs on plain asyncio with a socket created
    with proto 0, so asyncio never sets TCP_NODELAY on accepted connections; with headers and
    body sent separately, every keep-alive request then waits ~40 ms for a delayed ACK.
    """
    port = free_port()
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "charter.demo.upstream:build_demo_app",
           "--host", "127.0.0.1", "--port", str(port), "--loop", "uvloop", "--http", "httptools",
           "--no-access-log", "--log-level", "warning", "--lifespan", "off"]
    return start("upstream", cmd, LOAD_CPU, workdir, port, [(port, DEMO_GET_PATH)])


BENCH_APPROVAL: dict[str, Any] = {
    "id": "BENCH-GUARD-OFF",
    "use_case": "Benchmark rows that measure the gateway without the privacy guard",
    "approver": "Charter benchmark", "date": "2026-01-01",
    "kinds": ["health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
              "religious_belief", "trade_union", "sex_life_orientation", "criminal_record"],
}


def charter_config(port: int, admin_port: int, upstream_port: int, store: Path,
                   stages: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "version": 1,
        "service": {"name": "Charter benchmark", "environment": "test"},
        "listeners": {"gateway": {"host": "127.0.0.1", "port": port},
                      "admin": {"host": "127.0.0.1", "port": admin_port}},
        "store": {"url": f"sqlite:///{store}"},
        "upstreams": [{"name": "bench", "targets": [f"http://127.0.0.1:{upstream_port}"]}],
        "routes": [{"id": "bench", "match": {"path_prefix": "/"}, "upstream": "bench",
                    "purpose": "service_delivery", "stages": stages}],
        "approvals": [BENCH_APPROVAL],
        # Every server of the run is started up front and shares the measured core: background
        # jobs (retention, checkpoints) of the idle ones would be measured as noise.
        "scheduler": {"enabled": False},
    }


def start_charter(name: str, spec: CharterSpec, stages: dict[str, dict[str, Any]],
                  workdir: Path, upstream_port: int, redis_url: str = "") -> Server:
    home = workdir / name
    home.mkdir()
    port, admin_port = free_port(), free_port()
    config = home / "charter.yaml"
    config.write_text(yaml.safe_dump(
        charter_config(port, admin_port, upstream_port, home / "charter.db", stages),
        sort_keys=False))
    keyring = home / "charter.keyring"
    Keyring.generate().save(keyring)
    cmd = [str(CHARTER_BIN), "serve", "--config", str(config), "--keyring", str(keyring),
           "--workers", str(spec.workers)]
    ready = [(port, "/readyz"), (admin_port, "/readyz")]
    # The store is the one in `config`, and only the Redis row gets a Redis URL (from the
    # environment: a URL with a password is refused in the file).
    env = {k: v for k, v in os.environ.items()
           if k not in ("CHARTER_STORE_URL", "CHARTER_REDIS_URL")}
    if redis_url:
        env["CHARTER_REDIS_URL"] = redis_url
    server = start(name, cmd, spec.cpus, workdir, port, ready, env=env)
    server.admin_port = admin_port
    server.home = home
    return server


# --- load generation -----------------------------------------------------------------------------

@dataclass
class Load:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: str = ""  # non-2xx responses and socket errors, empty when there were none


_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def wrk_ms(text: str) -> float:
    """`812.00us`, `3.49ms`, `1.20s`, `2.00m` -> milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text)
    if not match:
        raise ValueError(f"unexpected wrk latency {text!r}")
    return float(match.group(1)) * _UNIT_MS[match.group(2)]


def parse_wrk(out: str) -> Load:
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    requests = re.search(r"(\d+) requests in", out)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE)
    if not (rps and requests and p50 and p99):
        raise RuntimeError(f"could not parse wrk's output:\n{out}")
    errors = []
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx:
        errors.append(f"{non_2xx.group(1)} non-2xx")
    sockets = re.search(r"Socket errors: (.*)", out)
    if sockets:
        errors.append(f"socket errors: {sockets.group(1).strip()}")
    return Load(rps=float(rps.group(1)), p50_ms=wrk_ms(p50.group(1)),
                p99_ms=wrk_ms(p99.group(1)), requests=int(requests.group(1)),
                errors="; ".join(errors))


@dataclass
class LoadGenerator:
    kind: str  # "wrk" or "python"
    workdir: Path

    def __post_init__(self) -> None:
        body = post_json()
        (self.workdir / "post.json").write_bytes(body)
        (self.workdir / "post.lua").write_text(wrk_post_script(body))

    def run(self, port: int, path: str, post: bool, duration: float,
            header: str = "") -> Load:
        url = f"http://127.0.0.1:{port}{path}"
        if self.kind == "wrk":
            cmd = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{duration:g}s", "--latency"]
            cmd += ["-H", header] if header else []
            cmd += ["-s", str(self.workdir / "post.lua")] if post else []
            out = self._run([*cmd, url], duration)
            return parse_wrk(out)
        cmd = [sys.executable, str(REPO / "bench" / "loadgen.py"), "--url", url,
               "--duration", f"{duration:g}", "--connections", str(CONNECTIONS)]
        cmd += ["--body-file", str(self.workdir / "post.json")] if post else []
        cmd += ["--header", header] if header else []
        result = json.loads(self._run(cmd, duration))
        errors = [f"{result['non_2xx']} non-2xx"] if result["non_2xx"] else []
        errors += [f"{result['errors']} socket errors"] if result["errors"] else []
        return Load(rps=result["rps"], p50_ms=result["p50_ms"], p99_ms=result["p99_ms"],
                    requests=result["requests"], errors="; ".join(errors))

    @staticmethod
    def _run(cmd: list[str], duration: float) -> str:
        done = subprocess.run(taskset(LOAD_CPU, cmd), capture_output=True, text=True,
                              timeout=duration + 30, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout


# --- one measured run ----------------------------------------------------------------------------

@dataclass
class Run:
    row: str
    pass_no: int
    load: Load
    server_cpu_s: float
    foreign_pct: float  # % of one core used by other processes
    busy_pct: dict[str, float] = field(default_factory=dict)  # per CPU, % busy
    rerun: bool = False  # the first attempt saw too much foreign CPU

    @property
    def cpu_us_per_request(self) -> float:
        return self.server_cpu_s * 1e6 / max(1, self.load.requests)

    @property
    def noisy(self) -> bool:
        return self.foreign_pct > FOREIGN_LIMIT_PCT


@dataclass
class Bench:
    servers: dict[str, Server]
    loadgen: LoadGenerator
    duration: float
    demo_upstream: bool

    def header(self, row: Row) -> str:
        server = self.servers[row.server]
        if row.credential == "key":
            return f"x-api-key: {server.credentials['key']}"
        if row.credential == "token":
            return f"authorization: Bearer {server.credentials['token']}"
        return ""

    def paths(self, row: Row) -> str:
        if self.demo_upstream:
            return DEMO_POST_PATH if row.post else DEMO_GET_PATH
        return GET_PATH

    def measure(self, row: Row, pass_no: int) -> Run:
        """Warm up, then one measured run; repeated once if other processes got in the way."""
        server, upstream = self.servers[row.server], self.servers["upstream"]
        pin_tree(upstream.proc.pid, SERVER_CPU if row.server == "upstream" else LOAD_CPU)
        path = self.paths(row)
        self.loadgen.run(server.port, path, row.post, WARMUP_SECONDS, self.header(row))
        run = self._measured(row, pass_no, server, upstream, path)
        if run.noisy:
            log(f"  {row.key}: {run.foreign_pct:.0f}% of a core used by other processes; "
                "running this pass again")
            time.sleep(2)
            run = self._measured(row, pass_no, server, upstream, path)
            run.rerun = True
        pin_tree(upstream.proc.pid, LOAD_CPU)
        return run

    def _measured(self, row: Row, pass_no: int, server: Server, upstream: Server,
                  path: str) -> Run:
        roots = {server.proc.pid, upstream.proc.pid}
        started, cores0 = time.monotonic(), busy_cpu_seconds()
        loadgen0, server0 = children_cpu_seconds(), tree_cpu_seconds(server.proc.pid)
        ours0 = sum(map(tree_cpu_seconds, roots))
        load = self.loadgen.run(server.port, path, row.post, self.duration, self.header(row))
        ours = sum(map(tree_cpu_seconds, roots)) - ours0
        server_cpu = tree_cpu_seconds(server.proc.pid) - server0
        loadgen_cpu = children_cpu_seconds() - loadgen0
        elapsed, cores1 = time.monotonic() - started, busy_cpu_seconds()
        busy = {cpu: 100.0 * (cores1[cpu] - cores0[cpu]) / elapsed for cpu in cores0}
        foreign = sum(busy.values()) - 100.0 * (loadgen_cpu + ours) / elapsed
        return Run(row=row.key, pass_no=pass_no, load=load, server_cpu_s=server_cpu,
                   foreign_pct=max(0.0, foreign), busy_pct=busy)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- results -------------------------------------------------------------------------------------

@dataclass
class Outcome:
    table: str
    notes: list[str]
    per_pass: str
    counters: list[str]
    rate_limit: str = ""  # the rate-limiting table, when rows d-local / d-redis ran


def median_run(runs: list[Run]) -> Run:
    """The run with the median req/s among the clean runs (among all if none is clean)."""
    clean = [r for r in runs if not r.noisy] or runs
    ordered = sorted(clean, key=lambda r: r.load.rps)
    return ordered[(len(ordered) - 1) // 2]


def results_table(rows: list[Row], runs: dict[str, list[Run]]) -> str:
    medians = {key: median_run(rs) for key, rs in runs.items() if rs}
    lines = ["| setup | req/s | p50 ms | p99 ms | CPU µs/req | vs nginx proxy |",
             "|---|---:|---:|---:|---:|---:|"]
    for row in rows:
        if row.key not in medians:
            continue
        run = medians[row.key]
        reference = medians.get(row.reference)
        ratio = f"{run.load.rps / reference.load.rps:.2f}" if reference else "n/a"
        lines.append(f"| {row.label}{row_marks(runs[row.key])} | {run.load.rps:,.0f} | "
                     f"{run.load.p50_ms:.2f} | {run.load.p99_ms:.2f} | "
                     f"{run.cpu_us_per_request:.0f} | {ratio} |")
    return "\n".join(lines)


def row_marks(runs: list[Run]) -> str:
    marks = []
    if any(r.rerun for r in runs):
        marks.append("[re-run]")
    noisy = sum(r.noisy for r in runs)
    if noisy:
        marks.append(f"[noisy {noisy}/{len(runs)}]")
    if any(r.load.errors for r in runs):
        marks.append("[errors]")
    return " " + " ".join(marks) if marks else ""


def runs_table(rows: list[Row], runs: dict[str, list[Run]]) -> str:
    lines = ["| row | pass | req/s | p50 ms | p99 ms | CPU µs/req | cpu0 / cpu1 busy % "
             "| other CPU, % of a core | notes |", "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        for run in runs.get(row.key, []):
            notes = [n for n in (("re-run" if run.rerun else ""), run.load.errors) if n]
            lines.append(f"| {row.key} | {run.pass_no} | {run.load.rps:,.0f} | "
                         f"{run.load.p50_ms:.2f} | {run.load.p99_ms:.2f} | "
                         f"{run.cpu_us_per_request:.0f} | {busy_text(run)} | "
                         f"{run.foreign_pct:.1f} | "
                         f"{'; '.join(notes)} |")
    return "\n".join(lines)


def rate_limit_table(runs: dict[str, list[Run]], costs: dict[str, Any] | None) -> str:
    """Rows d-local and d-redis against row d, next to what one decision costs alone."""
    if costs is None:
        return ""
    medians = {key: median_run(rs) for key, rs in runs.items() if rs}
    base = medians.get("d")
    lines = ["| back end | one decision, measured alone | req/s | vs row d | "
             "CPU µs/req over row d |", "|---|---|---:|---:|---:|"]
    for backend in ("local", "redis"):
        if backend == "local":
            alone = f"{costs['local_us']:.1f} µs of CPU"
        elif costs.get("redis_us") is None:
            alone = costs.get("redis_error") or "not measured"
        else:
            alone = (f"{costs['redis_us']:.0f} µs round trip; CPU {costs['redis_client_us']:.0f}"
                     f" µs in the client + {costs['redis_server_us']:.0f} µs in Redis")
        run = medians.get(f"d-{backend}")
        if run is None:
            unreachable = backend == "redis" and costs.get("redis_error")
            skipped = "skipped" if unreachable else "not run"
            lines.append(f"| {backend} | {alone} | {skipped} | n/a | n/a |")
            continue
        ratio = f"{run.load.rps / base.load.rps:.2f}" if base else "n/a"
        extra = (f"{run.cpu_us_per_request - base.cpu_us_per_request:+.0f}" if base
                 else "n/a")
        lines.append(f"| {backend} | {alone} | {run.load.rps:,.0f} | {ratio} | {extra} |")
    return "\n".join(lines)


def measure_decisions(redis_url: str) -> dict[str, Any]:
    """bench/decisions.py, pinned to the server's core (the decisions' cost on their own)."""
    cmd = [sys.executable, str(REPO / "bench" / "decisions.py"), "--redis", redis_url]
    done = subprocess.run(taskset(SERVER_CPU, cmd), capture_output=True, text=True,
                          timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench/decisions.py failed ({done.returncode}): "
                           f"{done.stderr.strip()[-500:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def redis_problem(url: str) -> str | None:
    """None when Redis answers at `url`; else why not (naming host and port only: a URL may
    hold a password)."""
    try:
        import redis
    except ImportError:
        return "the Redis client is not installed (pip install -e '.[redis]')"
    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except Exception as exc:
        return f"Redis at {redis_address(url)} is not reachable ({type(exc).__name__})"
    finally:
        client.close()
    return None


def redis_address(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.hostname}:{parts.port or 6379}"


def busy_text(run: Run) -> str:
    return " / ".join(f"{pct:.0f}" for pct in run.busy_pct.values())


def table_notes(tools: Tools, skipped: list[str]) -> list[str]:
    notes = [
        "req/s: median of the clean passes (of all passes when none is clean); p50/p99: "
        "latency of that median run; CPU µs/req: "
        "utime+stime of the server's whole process tree during that run, divided by its "
        "requests (for row a the server is the upstream).",
        "vs nginx proxy: req/s divided by row b's (GET rows) or b-post's (POST rows).",
        "Marks: [re-run] a pass was repeated because other processes used more than "
        f"{FOREIGN_LIMIT_PCT:.0f}% of a core; [noisy k/n] k of the n passes were still above "
        "that after the repeat and are left out of the median unless all are; "
        "[errors] non-2xx responses or socket errors (see the per-pass table).",
    ]
    if tools.loadgen == "python":
        notes.append("**Load generator: bench/loadgen.py (Python) instead of wrk. Its figures "
                     "are not comparable with wrk's.**")
    if tools.demo_upstream:
        notes.append("**Upstream: Charter's demo upstream (Python) instead of nginx; row a "
                     "measures it, the nginx proxy rows are skipped.**")
    notes += [f"Why: {r}" for r in tools.reasons]
    notes += [f"Skipped: {s}" for s in skipped]
    return notes


# --- machine and tools ---------------------------------------------------------------------------

def command_output(cmd: list[str]) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout + done.stderr


def lscpu() -> dict[str, str]:
    info = {}
    for line in command_output(["lscpu"]).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def python_build() -> str:
    config_args = str(sysconfig.get_config_var("CONFIG_ARGS") or "")
    flags = [("PGO" if "--enable-optimizations" in config_args else "no PGO"),
             ("LTO" if "--with-lto" in config_args else "no LTO")]
    if sysconfig.get_config_var("Py_ENABLE_SHARED"):
        flags.append("--enable-shared")
    return (f"{platform.python_implementation()} {platform.python_version()}, "
            f"{os.path.realpath(sys.executable)} ({', '.join(flags)})")


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def tool_versions() -> dict[str, str]:
    nginx = re.search(r"nginx/(\S+)", command_output(["nginx", "-v"])) if has("nginx") else None
    wrk = re.search(r"wrk (\S+)", command_output(["wrk", "-v"])) if has("wrk") else None
    return {"nginx": nginx.group(1) if nginx else "not installed",
            "wrk": wrk.group(1) if wrk else "not installed",
            "httptools": package_version("httptools"), "uvloop": package_version("uvloop"),
            "charter": package_version("charter")}


def charter_commit() -> str:
    """The checked-out commit (read-only git commands only)."""
    commit = command_output(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"]).strip()
    if not re.fullmatch(r"[0-9a-f]{4,40}", commit):
        return "unknown"
    dirty = command_output(["git", "--no-optional-locks", "-C", str(REPO), "status",
                            "--porcelain", "--untracked-files=no"]).strip()
    return f"{commit}{' plus uncommitted changes' if dirty else ''}"


def machine_lines() -> list[str]:
    cpu = lscpu()
    cores = (f"{cpu.get('CPU(s)', os.cpu_count())} CPUs ({cpu.get('Core(s) per socket', '?')} "
             f"cores per socket, {cpu.get('Thread(s) per core', '?')} thread(s) per core)")
    if cpu.get("Hypervisor vendor"):
        cores += f", hypervisor {cpu['Hypervisor vendor']}"
    versions = tool_versions()
    return [
        f"CPU: {cpu.get('Model name', platform.processor() or 'unknown')}, {cores}",
        f"Kernel: {platform.system()} {platform.release()}",
        f"Python: {python_build()}",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"Charter commit: {charter_commit()}",
    ]


def method_lines(args: argparse.Namespace, tools: Tools) -> list[str]:
    tool = (f"`wrk -t1 -c{CONNECTIONS} -d{args.duration}s --latency`"
            if tools.loadgen == "wrk" else
            f"bench/loadgen.py ({CONNECTIONS} keep-alive connections, Python)")
    if tools.demo_upstream:
        paths = f"GET `{DEMO_GET_PATH}`, POST `{DEMO_POST_PATH}`"
        upstream = ("Charter's demo app (`charter.demo.upstream:build_demo_app`) on uvicorn "
                    "with uvloop and httptools, 1 process.")
    else:
        paths = f"GET `{GET_PATH}`"
        upstream = (f"nginx, 1 worker, `return 200` with a fixed {len(upstream_json())}-byte "
                    "JSON. nginx proxy: 1 worker, upstream keep-alive pool of 128 connections.")
    return [
        f"Load: {tool} on cpu{LOAD_CPU}, {paths}; POST rows send a 2,048-byte JSON body "
        "(for wrk, a Lua script generated at run time).",
        f"Layout: load generator and upstream pinned to cpu{LOAD_CPU}, server under test to "
        f"cpu{SERVER_CPU} (`taskset`). Row a: the upstream is the server under test and moves "
        f"to cpu{SERVER_CPU}. Row c2: the Charter processes may use both cores (cpu{BOTH_CPUS}), "
        f"sharing cpu{LOAD_CPU} with the load generator and the upstream.",
        f"Upstream: {upstream} Charter: `charter serve --workers N`, one route `/` to the "
        "upstream, SQLite store in a temporary directory; minimal pipeline = every stage "
        "disabled, all stages = every stage of the registry with its default options.",
        f"Passes: {args.passes}, round-robin over the configurations; each run after a "
        f"{WARMUP_SECONDS} s warm-up; all servers stay up (idle) between their runs.",
        f"Noise guard: CPU used during a run by processes other than the load generator, the "
        f"upstream and the server under test (from /proc/stat); above {FOREIGN_LIMIT_PCT:.0f}% "
        "of a core the run is repeated once and marked.",
    ]


def has(tool: str) -> bool:
    return shutil.which(tool) is not None


# --- Charter's own counters ----------------------------------------------------------------------

def charter_counters(server: Server) -> str:
    """Requests by status class and access-log counters, from the admin /metrics."""
    assert server.admin_port is not None
    try:
        status, body = http_get(server.admin_port, "/metrics", timeout=5.0)
    except OSError as exc:
        return f"{server.name}: /metrics unavailable ({exc})"
    if status != 200:
        return f"{server.name}: /metrics answered {status}"
    wanted = re.compile(r"^charter_(requests_total|access_log_\w+|upstream_\w+|"
                        r"rate_limit_\w+)\b")
    found = []
    for line in body.decode().splitlines():
        if wanted.match(line):
            name, _, value = line.rpartition(" ")
            found.append(f"{name.removeprefix('charter_')}={float(value):,.0f}")
    return f"{server.name}: " + (", ".join(found) or "no counters")


# --- the document --------------------------------------------------------------------------------

def existing_choices() -> str:
    """The "Design choices" section of the current docs/performance.md, kept across runs."""
    try:
        text = DOC_PATH.read_text()
    except OSError:
        return CHOICES_PLACEHOLDER
    match = re.search(r"^## Design choices\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    return match.group(1).strip() if match and match.group(1).strip() else CHOICES_PLACEHOLDER


def rate_limit_part(outcome: Outcome) -> str:
    if not outcome.rate_limit:
        return ""
    return f"""
### Rate limiting

{outcome.rate_limit}

Rows d-local and d-redis are row d with one limit per client of a million requests a second
(never reached: every request is decided, none refused); d-redis decides with Redis,
`failure_mode: closed`, so a Redis failure shows as errors. "One decision, measured alone":
`bench/decisions.py` in the same run, pinned to cpu{SERVER_CPU}; for Redis, the round trip is
one decision at a time, and the CPU figures are per decision with 16 in flight.
"""


def document(outcome: Outcome, machine: list[str], method: list[str], stamp: str) -> str:
    def bullets(lines: list[str]) -> str:
        return "\n".join(f"- {line}" for line in lines)

    return f"""# Performance

Measured by `bench/run.py` (`make bench`) on {stamp}. Re-run it to refresh this page;
the "Design choices" section is kept. Compare rows of the same run only: this is a shared VM
and its speed drifts between runs. How to read the tables: `bench/README.md`.

## Results

{outcome.table}

{bullets(outcome.notes)}
{rate_limit_part(outcome)}

### Every pass

{outcome.per_pass}

### Charter's counters at the end of the run

{bullets(outcome.counters or ["(no Charter rows)"])}

## Machine

{bullets(machine)}

## Method

{bullets(method)}

## Design choices

{existing_choices()}
"""


# --- main ----------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark Charter against nginx on this machine (see the module docstring).")
    parser.add_argument("--duration", type=int, default=10, help="seconds per measured run")
    parser.add_argument("--passes", type=int, default=3, help="round-robin passes")
    parser.add_argument("--only", help="rows to run, e.g. a,b,c1 (a letter selects its group)")
    parser.add_argument("--no-write", action="store_true", help="do not write docs/performance.md")
    parser.add_argument("--loadgen", choices=("auto", "wrk", "python"), default="auto",
                        help="force the load generator (default: wrk if installed)")
    parser.add_argument("--upstream", choices=("auto", "nginx", "demo"), default="auto",
                        help="force the upstream (default: nginx if installed)")
    parser.add_argument("--redis", default=os.environ.get("CHARTER_BENCH_REDIS", DEFAULT_REDIS),
                        help="Redis for row d-redis (default: $CHARTER_BENCH_REDIS or "
                             f"{DEFAULT_REDIS}); the row is skipped when it is not reachable")
    args = parser.parse_args(argv)
    if args.duration < 1 or args.passes < 1:
        parser.error("--duration and --passes must be at least 1")
    return args


def pick_tools(args: argparse.Namespace) -> Tools:
    """wrk and nginx when installed (or as forced by --loadgen / --upstream), else fallbacks."""
    reasons = []
    for tool in ("nginx", "wrk"):
        if not has(tool):
            log(f"{tool} is not installed; install it with: {INSTALL_HINT}")
            reasons.append(f"{tool} is not installed ({INSTALL_HINT})")
    for option, value in (("--loadgen", args.loadgen), ("--upstream", args.upstream)):
        if value not in ("auto", "wrk", "nginx"):
            reasons.append(f"{option} {value} was given")
    loadgen = args.loadgen if args.loadgen != "auto" else ("wrk" if has("wrk") else "python")
    demo = args.upstream == "demo" or (args.upstream == "auto" and not has("nginx"))
    for tool, forced in (("wrk", args.loadgen == "wrk"), ("nginx", args.upstream == "nginx")):
        if forced and not has(tool):
            raise SystemExit(f"{tool} is not installed ({INSTALL_HINT})")
    if not has("taskset"):
        raise SystemExit("taskset is not installed (apt-get install -y util-linux)")
    if (os.cpu_count() or 1) < 2:
        raise SystemExit("this benchmark needs at least 2 CPUs (cpu0 and cpu1)")
    return Tools(loadgen=loadgen, demo_upstream=demo, reasons=tuple(reasons))


def start_servers(rows: list[Row], workdir: Path, demo: bool, servers: dict[str, Server],
                  redis_url: str = "") -> None:
    """Start what `rows` need into `servers`, which the caller stops: also the ones started
    before another failed to start."""
    minimal, everything, _ = stage_profiles()
    log("starting the upstream")
    servers["upstream"] = start_demo_upstream(workdir) if demo else start_upstream_nginx(workdir)
    upstream_port = servers["upstream"].port
    for name in dict.fromkeys(r.server for r in rows):
        if name in servers:
            continue
        log(f"starting {name}")
        if name == "nginx-proxy":
            servers[name] = start_nginx_proxy(workdir, upstream_port)
        else:
            spec = CHARTER_SPECS[name]
            stages = {"minimal": minimal, "all": everything,
                      "guard": {**minimal, "privacy_guard": {}},
                      "auth": {**minimal, "authenticate": {}, "authorize": {}}}[spec.profile]
            if spec.rate_limit:
                stages = with_rate_limit(stages, spec.rate_limit)
            servers[name] = start_charter(name, spec, stages, workdir, upstream_port,
                                          redis_url if spec.rate_limit == "redis" else "")
            if spec.profile not in ("minimal", "guard"):
                servers[name].credentials = provision(servers[name])


def provision(server: Server) -> dict[str, str]:
    """An organization, a client with an API key and a secret, and a token, in the server's
    own store (created through Charter's identity service, as `charter keys create` does)."""
    from charter.identity import service
    from charter.store.engine import make_engine

    home = server.home
    assert home is not None
    keyring = Keyring.load(home / "charter.keyring")
    engine = make_engine(f"sqlite:///{home / 'charter.db'}")
    try:
        org = service.create_organization(engine, "Benchmark", "benchmark")
        client = service.create_client(engine, org.id, "bench", ["bench"])
        _, secret = service.reset_client_secret(engine, keyring, client.id)
        _, key = service.create_api_key(engine, keyring, client.id)
    finally:
        engine.dispose()
    form = b"grant_type=client_credentials"
    basic = base64.b64encode(f"{client.id}:{secret}".encode()).decode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{server.port}/oauth/token", data=form, method="POST",
        headers={"authorization": f"Basic {basic}",
                 "content-type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=10) as response:  # loopback only
        token = json.loads(response.read())["access_token"]
    return {"key": key, "token": token}


def check_responses(rows: list[Row], bench: Bench) -> None:
    """One GET per server before measuring: a gateway answering 502 fast is not a result,
    and a rate-limit row whose limit is not applied measures nothing."""
    expected = upstream_json().encode()
    for row in rows:
        if row.post:
            continue
        server = bench.servers[row.server]
        status, body = http_get(server.port, bench.paths(row), header=bench.header(row))
        if status != 200 or (not bench.demo_upstream and body != expected):
            raise RuntimeError(f"{row.key}: unexpected response {status} {body[:200]!r}")
        if CHARTER_SPECS.get(row.server, CharterSpec(0, "", "")).rate_limit:
            fields = rate_limit_fields(server.port, bench.paths(row), bench.header(row))
            if "ratelimit" not in fields:
                raise RuntimeError(f"{row.key}: the response carries no RateLimit field; "
                                   "the rate limit is not applied")


def rate_limit_fields(port: int, path: str, header: str) -> dict[str, str]:
    """The RateLimit and RateLimit-Policy fields of one response."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2.0)
    name, _, value = header.partition(": ")
    try:
        conn.request("GET", path, headers={name: value} if header else {})
        response = conn.getresponse()
        response.read()
        return {k.lower(): v for k, v in response.getheaders()
                if k.lower() in ("ratelimit", "ratelimit-policy")}
    finally:
        conn.close()


def measure_all(rows: list[Row], bench: Bench, passes: int) -> dict[str, list[Run]]:
    runs: dict[str, list[Run]] = {row.key: [] for row in rows}
    for pass_no in range(1, passes + 1):
        for row in rows:
            run = bench.measure(row, pass_no)
            runs[row.key].append(run)
            log(f"pass {pass_no}/{passes} {row.key:8s} {run.load.rps:>9,.0f} req/s  "
                f"p50 {run.load.p50_ms:6.2f} ms  p99 {run.load.p99_ms:6.2f} ms  "
                f"{run.cpu_us_per_request:5.0f} µs/req  busy {busy_text(run)}%  "
                f"other CPU {run.foreign_pct:4.1f}%"
                + (f"  [{run.load.errors}]" if run.load.errors else "")
                + ("  [re-run]" if run.rerun else ""))
    return runs


def background_load(seconds: float = 2.0) -> float:
    """% of a core the machine is busy with before anything of ours runs."""
    before, started = busy_cpu_seconds(), time.monotonic()
    time.sleep(seconds)
    after, elapsed = busy_cpu_seconds(), time.monotonic() - started
    return 100.0 * sum(after[cpu] - before[cpu] for cpu in before) / elapsed


def benchmark(args: argparse.Namespace, rows: list[Row], tools: Tools, workdir: Path,
              skipped: list[str]) -> Outcome:
    servers: dict[str, Server] = {}
    costs = None
    try:
        start_servers(rows, workdir, tools.demo_upstream, servers, args.redis)
        bench = Bench(servers=servers, loadgen=LoadGenerator(tools.loadgen, workdir),
                      duration=args.duration, demo_upstream=tools.demo_upstream)
        check_responses(rows, bench)
        runs = measure_all(rows, bench, args.passes)
        counters = [charter_counters(s) for s in servers.values() if s.admin_port]
        for line in counters:
            log(f"counters: {line}")
        if any(r.key in ("d-local", "d-redis") for r in rows) or any(
                s.startswith("d-redis") for s in skipped):
            log("measuring single rate-limit decisions")
            costs = measure_decisions(args.redis)
            log(f"decisions: {json.dumps(costs)}")
    finally:
        for server in reversed(list(servers.values())):
            stop(server)
    return Outcome(table=results_table(rows, runs), notes=table_notes(tools, skipped),
                   per_pass=runs_table(rows, runs), counters=counters,
                   rate_limit=rate_limit_table(runs, costs))


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through `finally`, which stops the servers


def plan(args: argparse.Namespace, tools: Tools) -> tuple[list[Row], list[str]]:
    """The rows to measure and the notes about what was left out."""
    _, _, skipped = stage_profiles()
    rows = select_rows(all_rows([s.name for s in STAGES
                                     if s.name not in OPT_IN_STAGES], tools), args.only)
    if tools.demo_upstream:
        skipped += [f"{r.key} (needs nginx)" for r in rows if r.server == "nginx-proxy"]
        rows = [r for r in rows if r.server != "nginx-proxy"]
    needs_redis = [r for r in rows
                   if CHARTER_SPECS.get(r.server, CharterSpec(0, "", "")).rate_limit == "redis"]
    problem = redis_problem(args.redis) if needs_redis else None
    if problem:
        log(f"{problem}; skipping {', '.join(r.key for r in needs_redis)}")
        skipped += [f"{r.key} ({problem})" for r in needs_redis]
        rows = [r for r in rows if r not in needs_redis]
    return rows, skipped


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    tools = pick_tools(args)
    rows, skipped = plan(args, tools)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    idle = background_load()
    log(f"before starting: the machine is busy with {idle:.0f}% of a core"
        + (" (not quiet: expect [re-run] marks)" if idle > FOREIGN_LIMIT_PCT else ""))
    workdir = Path(tempfile.mkdtemp(prefix="charter-bench-"))
    log(f"working directory {workdir}; {len(rows)} row(s) x {args.passes} pass(es) x "
        f"({WARMUP_SECONDS} s warm-up + {args.duration} s)")
    try:
        outcome = benchmark(args, rows, tools, workdir, skipped)
    except BaseException:
        log(f"failed or interrupted; logs kept in {workdir}")
        raise
    shutil.rmtree(workdir, ignore_errors=True)
    outcome.notes.append(f"Background load just before the run: {idle:.0f}% of a core.")

    print(outcome.table)
    print()
    print("\n".join(f"- {n}" for n in outcome.notes))
    if outcome.rate_limit:
        print()
        print(outcome.rate_limit)
    if not args.no_write:
        write_document(outcome, machine_lines(), method_lines(args, tools), stamp)
    return 0


def write_document(outcome: Outcome, machine: list[str], method: list[str], stamp: str) -> None:
    DOC_PATH.parent.mkdir(parents=True, exist_ok=True)
    DOC_PATH.write_text(document(outcome, machine, method, stamp))
    log(f"wrote {DOC_PATH.relative_to(REPO)}")


if __name__ == "__main__":
    sys.exit(main())
