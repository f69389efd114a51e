"""Requests of the `rights.auto_run` types are carried out by the scheduler's `rights` job, on
one node, once each (a claim in the store), with retries that back off and are on record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.retention.holds import create_hold
from charter.rights.autorun import MAX_ATTEMPTS, backoff, run_due
from charter.rights.execute.models import rights_deliveries
from charter.rights.models import rights_requests
from charter.rights.outbox import FileOutbox
from charter.rights.service import RightsService
from charter.scheduler.jobs import RIGHTS_AUTO_RUN_EVERY, RIGHTS_EVERY, rights_job
from charter.scheduler.runner import Scheduler
from tests.e2e.conftest import free_port
from tests.rights.conftest import Clock, audit_rows

ROOT = Path(__file__).resolve().parents[2]
SECRET_ENV = "SHOP_RIGHTS_SECRET"


def _config(*types: str, shop: int | None = None) -> CharterConfig:
    data: dict[str, Any] = {"rights": {"auto_run": list(types),
                                       "execution": {"webhook_attempts": 1,
                                                     "webhook_timeout": 5}}}
    if shop is not None:
        data["upstreams"] = [{"name": "shop", "targets": [f"http://127.0.0.1:{shop}"],
                              "stores_personal_data": True, "rights_webhook": "/privacy/rights",
                              "rights_secret_env": SECRET_ENV}]
    return CharterConfig.model_validate(data)


def _service(engine: Engine, keyring: Keyring, config: CharterConfig,
             clock: Clock | None = None) -> RightsService:
    if clock is None:
        return RightsService(engine, keyring, config.rights)
    return RightsService(engine, keyring, config.rights, clock=clock)


def _file(rights: RightsService, request_type: str, email: str = "ada@example.com",
          verified: bool = True, **details: Any) -> str:
    request = rights.create(request_type, [("email", email)], actor="acc_officer",
                            channel="admin", contact=email, details=details or None,
                            verification="operator" if verified else None,
                            reason="passport seen" if verified else None)
    return request.id


def _row(engine: Engine, request_id: str) -> dict[str, Any]:
    with engine.connect() as connection:
        return dict(connection.execute(select(rights_requests).where(
            rights_requests.c.id == request_id)).mappings().one())


@pytest.mark.clause("RIGHTS-1")
def test_verified_requests_of_the_listed_types_run_once(
        engine: Engine, keyring: Keyring, clock: Clock) -> None:
    config = _config("access")
    rights = _service(engine, keyring, config, clock)
    access = _file(rights, "access")
    erase = _file(rights, "erase", "bo@example.org")  # not listed: an operator advances it
    waiting = _file(rights, "access", "cy@example.com", verified=False)

    assert run_due(engine, keyring, config, claimant="node-a", clock=clock) == {
        "completed": 1}
    done = rights.get(access)
    assert done.state == "completed" and done.result is not None
    assert done.result["artifact_id"] and done.run_attempts == 1 and done.run_after is None
    moves = [(e["from_state"], e["to_state"], e["actor"], e["details"])
             for e in rights.events(access)][2:]
    assert moves == [("verified", "in_progress", "system", {"claimant": "node-a"}),
                     ("in_progress", "completed", "system",
                      {"outcome": "completed", "artifact_id": done.result["artifact_id"]})]
    assert _row(engine, access)["claimed_by"] is None
    assert rights.get(erase).state == "verified" and rights.get(waiting).state == "received"
    assert run_due(engine, keyring, config, claimant="node-a", clock=clock) == {}


class _Shop(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        body = json.dumps({"status": "completed"}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def shop_port(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv(SECRET_ENV, "shop-rights-secret-2Xq9Lm4VbT7c")
    return free_port()


@pytest.fixture
def start_shop(shop_port: int) -> Iterator[Any]:
    servers: list[ThreadingHTTPServer] = []

    def start() -> None:
        server = ThreadingHTTPServer(("127.0.0.1", shop_port), _Shop)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.clause("SHARE-4")
def test_a_run_an_upstream_did_not_confirm_is_retried_with_backoff(
        engine: Engine, keyring: Keyring, clock: Clock, shop_port: int,
        start_shop: Any) -> None:
    config = _config("restrict", shop=shop_port)  # the shop is down
    rights = _service(engine, keyring, config, clock)
    request_id = _file(rights, "restrict")

    assert run_due(engine, keyring, config, claimant="node-a", clock=clock) == {"partial": 1}
    first = rights.get(request_id)
    assert first.state == "in_progress" and first.run_attempts == 1
    assert first.run_after == clock() + timedelta(seconds=backoff(1))
    note = rights.events(request_id)[-1]
    assert note["actor"] == "system" and note["details"]["code"] == "retry_planned"
    assert note["details"]["error"] == "upstream_unconfirmed"
    assert datetime.fromisoformat(note["details"]["retry_at"]) == first.run_after

    clock.advance(seconds=backoff(1) - 1)
    assert run_due(engine, keyring, config, claimant="node-b", clock=clock) == {}  # not yet
    clock.advance(seconds=1)
    assert run_due(engine, keyring, config, claimant="node-b", clock=clock) == {"partial": 1}
    assert rights.get(request_id).run_after == clock() + timedelta(seconds=backoff(2))
    assert backoff(2) == 2 * backoff(1)

    start_shop()  # it is back
    clock.advance(seconds=backoff(2))
    assert run_due(engine, keyring, config, claimant="node-a", clock=clock) == {
        "completed": 1}
    done = rights.get(request_id)
    assert done.state == "completed" and done.run_attempts == 3 and done.run_after is None
    with engine.connect() as connection:
        attempts = connection.execute(select(rights_deliveries.c.status).where(
            rights_deliveries.c.request_id == request_id).order_by(
            rights_deliveries.c.id)).scalars().all()
    assert attempts == ["unreachable", "unreachable", "completed"]
    audited = [(r["actor"], r["reason"], r["outcome"]) for r in audit_rows(engine)
               if r["action"] == "rights.auto_run"]
    assert audited == [("system", "retry_planned", "failure")] * 2


def test_retries_stop_after_the_last_attempt(
        engine: Engine, keyring: Keyring, clock: Clock, shop_port: int) -> None:
    config = _config("erase", shop=shop_port)
    rights = _service(engine, keyring, config, clock)
    request_id = _file(rights, "erase")
    for attempt in range(1, MAX_ATTEMPTS + 1):
        expected = {"partial": 1} if attempt < MAX_ATTEMPTS else {"stopped": 1}
        assert run_due(engine, keyring, config, claimant="n", clock=clock) == expected
        clock.advance(seconds=backoff(attempt))
    stopped = rights.get(request_id)
    assert stopped.state == "in_progress" and stopped.run_attempts == MAX_ATTEMPTS
    assert stopped.run_after is None
    assert rights.events(request_id)[-1]["details"] == {
        "code": "stopped", "attempt": MAX_ATTEMPTS, "error": "attempts_exhausted"}
    clock.advance(days=1)
    assert run_due(engine, keyring, config, claimant="n", clock=clock) == {}


@pytest.mark.clause("RIGHTS-3")
def test_what_needs_an_operator_is_left_to_one(
        engine: Engine, keyring: Keyring, clock: Clock) -> None:
    config = _config("rectify", "erase")
    rights = _service(engine, keyring, config, clock)
    message_only = _file(rights, "rectify", message="my surname is misspelt")
    held = _file(rights, "erase", "bo@example.org")
    create_hold(engine, reason="case 2026-17", owner="legal", created_by="acc_officer",
                now=clock(), subject_key=rights.get(held).subject_key)
    assert run_due(engine, keyring, config, claimant="n", clock=clock) == {"stopped": 2}
    assert rights.get(message_only).state == "in_progress"
    assert rights.get(held).state == "verified"  # the hold refused it before it started
    assert rights.events(message_only)[-1]["details"]["error"] == "needs_operator"
    assert rights.events(held)[-1]["details"]["error"] == "legal_hold"
    clock.advance(days=2)
    assert run_due(engine, keyring, config, claimant="n", clock=clock) == {}


@pytest.mark.clause("RIGHTS-4")
def test_two_nodes_sweeping_at_once_carry_each_request_out_once(
        store_url: str, engine: Engine, keyring: Keyring, tmp_path: Path) -> None:
    keyring_path = tmp_path / "charter.keyring"
    keyring.save(keyring_path)
    rights = _service(engine, keyring, _config("restrict"))
    ids = [_file(rights, "restrict", f"person{i}@example.com") for i in range(12)]
    outs = [tmp_path / f"node{i}.json" for i in range(2)]
    processes = [subprocess.Popen(
        [sys.executable, "-m", "tests.rights.autorun_contender", store_url,
         str(keyring_path), str(out)], cwd=ROOT, env={**os.environ}) for out in outs]
    try:
        deadline = time.monotonic() + 60
        while not all(Path(f"{out}.ready").exists() for out in outs):
            assert time.monotonic() < deadline, "the contenders did not start"
            time.sleep(0.02)
        # Each read all twelve before either started: each will try every one.
        assert [Path(f"{out}.ready").read_text() for out in outs] == ["12", "12"]
        for out in outs:
            Path(f"{out}.go").touch()
        for process in processes:
            assert process.wait(120) == 0
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    counts = [json.loads(out.read_text()) for out in outs]
    assert sum(c.get("completed", 0) for c in counts) == 12
    assert sum(c.get("busy", 0) for c in counts) == 12
    executed = [r["target"] for r in audit_rows(engine, "rights.restrict.executed")]
    assert sorted(executed) == sorted(f"request={i}" for i in ids)  # once each
    for request_id in ids:
        started = [e for e in rights.events(request_id) if e["to_state"] == "in_progress"]
        assert len(started) == 1 and rights.get(request_id).state == "completed"


def test_the_scheduler_job_runs_them_and_comes_back_sooner(
        engine: Engine, keyring: Keyring) -> None:
    listed, unlisted = _config("export"), _config()
    job = rights_job(engine, lambda: listed, keyring)
    assert job.interval() == RIGHTS_AUTO_RUN_EVERY
    assert rights_job(engine, lambda: unlisted, keyring).interval() == RIGHTS_EVERY
    rights = _service(engine, keyring, listed)
    request_id = _file(rights, "export")
    scheduler = Scheduler(engine, [job])
    assert scheduler.run_once(job) == "ran"
    assert rights.get(request_id).state == "completed"
    (started,) = [e for e in rights.events(request_id) if e["to_state"] == "in_progress"]
    assert started["details"]["claimant"].split(":")[1] == str(os.getpid())


@pytest.mark.clause("RIGHTS-5")
def test_the_requester_of_a_request_the_execution_side_refused_is_told_why(
        engine: Engine, keyring: Keyring, clock: Clock, tmp_path: Path) -> None:
    config = _config("object")
    rights = _service(engine, keyring, config, clock)
    request_id = _file(rights, "object", purposes=["service_delivery"])  # rests on a contract
    outbox = FileOutbox(tmp_path / "outbox")
    assert run_due(engine, keyring, config, claimant="n", outbox=outbox, clock=clock) == {
        "denied": 1}
    assert rights.get(request_id).reason == "no_objectable_purpose"
    (message,) = [json.loads(p.read_text()) for p in (tmp_path / "outbox").glob("*.json")]
    assert message["to"] == "ada@example.com" and request_id in message["text"]
    assert "legitimate interests" in message["text"]
    assert "no_objectable_purpose" not in message["text"]
    assert rights.events(request_id)[-1]["details"]["code"] == "sent"
