"""Rights requests carried out against a running gateway: the people are identified by tokens
of an external issuer, their traffic goes through a real `charter serve` to the demo upstream
(its own process, with its rights webhook on), and the requests run on the same store."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Engine

from charter.config.loader import parse_config
from charter.config.models import CharterConfig, Upstream
from charter.identity import jwt
from charter.privacy.pseudonym import Pseudonymizer
from charter.rights.execute import ExecutionResult, run, signed_link
from charter.rights.execute.flags import REFRESH_SECONDS
from charter.store.engine import make_engine
from tests.e2e.conftest import Charter, CharterFactory, free_port, wait_until

pytestmark = pytest.mark.e2e

ISSUER, AUDIENCE = "https://people.test", "https://api.test"
SECRET = "e2e-rights-webhook-secret-5Qm2Vx7L"
ENV = "DEMO_RIGHTS_SECRET"
SIGNER = jwt.SigningKey("people-1", "EdDSA", Ed25519PrivateKey.generate())


@dataclass(frozen=True)
class Person:
    sub: str
    agent: str
    email: str

    @property
    def identifier(self) -> tuple[str, str]:
        return ("sub", f"people:{self.sub}")


ADA = Person("ada-7f3", "ada-rights-agent-Q7ZX", "ada@example.com")  # a demo customer
BO = Person("bo-2c9", "bo-rights-agent-M4KP", "bo.sample@example.com")


@dataclass(frozen=True)
class Request:
    id: str
    type: str
    subject_identifiers: list[tuple[str, str]]
    subject_keys: list[str]
    details: dict[str, Any]
    jurisdiction: str = "eu"
    received_at: Any = None
    due_at: Any = None


class RightsAwareUpstream(Upstream):
    stores_personal_data: bool = False
    rights_webhook: str | None = None
    rights_secret_env: str | None = None
    rights_identifiers: tuple[str, ...] = ()


@pytest.fixture
def rights_upstream() -> Iterator[str]:
    """The demo upstream as its own process, its rights webhook on."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "charter.demo.upstream", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "CHARTER_DEMO_RIGHTS_SECRET": SECRET})
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: httpx.get(f"{url}/health").status_code == 200, what="the demo upstream")
    yield url
    process.terminate()
    process.wait(10)


def _config(upstream: str) -> str:
    pem = SIGNER.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    return f"""\
        issuers:
          - name: people
            issuer: {ISSUER}
            audiences: [{AUDIENCE}]
            algorithms: [EdDSA]
            keys: [{{kid: people-1, pem: {json.dumps(pem)}}}]
        upstreams:
          - name: demo
            targets: ["{upstream}"]
        routes:
          - id: orders
            match: {{path_prefix: /api/orders}}
            upstream: demo
            strip_prefix: /api
            purpose: service_delivery
            stages:
              authenticate: {{methods: [bearer], issuers: [people]}}
          - id: admin-orders
            match: {{path_prefix: /api/admin}}
            upstream: demo
            strip_prefix: /api/admin
            stages:
              authenticate: {{methods: [bearer], issuers: [people]}}
              authorize: {{scopes: [orders:admin]}}
          - id: claims
            match: {{path_prefix: /api/claims}}
            upstream: demo
            strip_prefix: /api/claims
            stages:
              authenticate: {{methods: [bearer], issuers: [people]}}
              rights: {{allow_restricted: true, reason: the legal claims desk}}
        """


class World:
    """A running gateway, the people using it, and the store behind it."""

    def __init__(self, server: Charter, upstream: str) -> None:
        self.server = server
        self.upstream = upstream
        self.engine: Engine = make_engine(f"sqlite:///{server.db_path}")
        self.http = httpx.Client(base_url=server.gateway, timeout=10)
        parsed = parse_config(server.config_path.read_text(), "charter.yaml")
        self.config = _with_rights(parsed, upstream)
        self.pseudonyms = Pseudonymizer(server.keyring)

    def close(self) -> None:
        self.http.close()
        self.engine.dispose()

    def key(self, person: Person) -> str:
        return self.pseudonyms.subject_key(*person.identifier)

    def call(self, person: Person, path: str = "/api/orders", method: str = "GET",
             **kwargs: Any) -> httpx.Response:
        now = int(time.time())
        token = jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "sub": person.sub, "iat": now,
                            "nbf": now, "exp": now + 300}, SIGNER)
        return self.http.request(method, path, headers={
            "authorization": f"Bearer {token}", "user-agent": person.agent}, **kwargs)

    def logged(self, person: Person) -> list[tuple[Any, ...]]:
        return self.server.rows(f"SELECT request_id, path, status FROM access_log"
                                f" WHERE subject_key = '{self.key(person)}' ORDER BY id")

    def wait_logged(self, person: Person, count: int) -> None:
        wait_until(lambda: len(self.logged(person)) >= count, what=f"{count} rows")

    def execute(self, kind: str, person: Person, details: dict[str, Any] | None = None,
                request_id: str = "rr_e2e") -> ExecutionResult:
        identifiers = [person.identifier, ("email", person.email)]
        keys = [self.pseudonyms.subject_key(k, v) for k, v in identifiers]
        return run(self.engine, self.server.keyring, self.config,
                   Request(request_id, kind, identifiers, keys, details or {}))


def _with_rights(config: CharterConfig, url: str) -> CharterConfig:
    """The gateway's configuration, its upstream declaring personal data (the fields
    `Upstream` is to get)."""
    demo = RightsAwareUpstream(name="demo", targets=[url], stores_personal_data=True,
                               rights_webhook="/privacy/rights", rights_secret_env=ENV,
                               rights_identifiers=["email"])
    return config.model_copy(update={"upstreams": [demo]})


@pytest.fixture
def world(charter: CharterFactory, rights_upstream: str,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    monkeypatch.setenv(ENV, SECRET)
    world = World(charter(_config(rights_upstream)), rights_upstream)
    try:
        yield world
    finally:
        world.close()


def _traffic(world: World) -> None:
    for _ in range(6):
        assert world.call(ADA).status_code == 200
    assert world.call(ADA, "/api/orders/ord-ada-Q7ZX").status_code == 404
    created = world.call(ADA, method="POST", json={"items": [{"sku": "TS-113"}]})
    assert created.status_code == 201
    for _ in range(4):
        assert world.call(BO).status_code == 200
    world.wait_logged(ADA, 8)
    world.wait_logged(BO, 4)


@pytest.mark.clause("RIGHTS-1")
@pytest.mark.clause("RIGHTS-6")
@pytest.mark.clause("SHARE-4")
def test_access_gives_a_bundle_with_every_row_about_the_person_and_none_about_others(
        world: World) -> None:
    _traffic(world)
    result = world.execute("access", ADA)
    assert result.outcome == "completed", result
    assert result.artifact_id is not None
    link = signed_link(world.engine, world.server.keyring, result.artifact_id)
    assert link is not None
    response = httpx.get(f"{world.server.gateway}{link}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["cache-control"] == "no-store"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    log = json.loads(files["tables/access_log.json"])
    assert sorted(row["request_id"] for row in log) == sorted(
        row[0] for row in world.logged(ADA))
    assert {row["user_agent"] for row in log} == {ADA.agent}
    everything = b"".join(files.values())
    assert BO.agent.encode() not in everything and world.key(BO).encode() not in everything
    orders = json.loads(files["upstreams/demo.json"])["data"]["orders"]
    # The demo's invented order for her address, and the one she placed through the gateway.
    assert {order["id"] for order in orders} >= {"ord_1001"} and len(orders) == 2
    summary = json.loads(files["summary.json"])
    assert summary["upstreams"] == {"demo": "completed"}
    assert summary["recipients"][0]["name"] == "demo"

    forged = link[:-4] + ("AAAA" if not link.endswith("AAAA") else "BBBB")
    refused = httpx.get(f"{world.server.gateway}{forged}")
    assert refused.status_code == 404 and refused.json()["code"] == "bundle_not_found"


@pytest.mark.clause("RIGHTS-4")
def test_a_restricted_person_is_refused_at_the_gateway_within_seconds(world: World) -> None:
    assert world.call(ADA).status_code == 200
    assert world.execute("restrict", ADA).outcome == "completed"
    started = time.monotonic()
    wait_until(lambda: world.call(ADA).status_code == 403, timeout=10, what="the restriction")
    assert time.monotonic() - started < 5
    refused = world.call(ADA)
    assert refused.json()["code"] == "subject_restricted"
    assert refused.headers["content-type"] == "application/problem+json"
    assert world.call(BO).status_code == 200
    assert world.call(ADA, "/api/claims/orders").status_code == 200  # the legal claims desk


def _admin(world: World, method: str, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.request(method, f"{world.server.admin}{path}",
                         headers=world.server.admin_headers, timeout=30, **kwargs)


def _restrict(world: World, person: Person, contact: str | None) -> str:
    filed = _admin(world, "POST", "/admin/rights", json={
        "type": "restrict", "identifiers": [{"kind": "sub", "value": person.identifier[1]}],
        "contact": contact, "verified": True, "reason": "signed letter, ID checked"})
    assert filed.status_code == 201, filed.text
    request_id: str = filed.json()["id"]
    done = _admin(world, "POST", f"/admin/rights/{request_id}/advance", json={})
    assert done.status_code == 200 and done.json()["state"] == "completed", done.text
    return request_id


@pytest.mark.clause("RIGHTS-4")
def test_an_officer_lifts_a_restriction_after_telling_the_person(world: World) -> None:
    assert world.call(ADA).status_code == 200 and world.call(BO).status_code == 200
    ada_request = _restrict(world, ADA, ADA.email)
    bo_request = _restrict(world, BO, None)  # no address to tell him at
    wait_until(lambda: world.call(ADA).status_code == 403 and world.call(BO).status_code == 403,
               timeout=10, what="the restrictions")
    assert world.call(ADA).json()["code"] == "subject_restricted"

    unreachable = _admin(world, "POST", f"/admin/rights/{bo_request}/lift",
                         json={"reason": "the accuracy check is over"})
    assert unreachable.status_code == 409, unreachable.text
    assert unreachable.json()["code"] == "no_contact"
    assert unreachable.headers["content-type"] == "application/problem+json"
    no_reason = _admin(world, "POST", f"/admin/rights/{ada_request}/lift", json={})
    assert no_reason.status_code == 422 and no_reason.json()["code"] == "reason_required"
    outbox = world.server.directory / "var" / "outbox"
    # Only the notice that her restriction is in force went out: no lifting was told.
    (done,) = [json.loads(p.read_text()) for p in outbox.glob("*.json")]
    assert done["to"] == ADA.email and done["subject"].endswith("was carried out")

    lifted = _admin(world, "POST", f"/admin/rights/{ada_request}/lift",
                    json={"reason": "the accuracy check is over"})
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["flags"] == [] and lifted.json()["state"] == "completed"
    answered = time.monotonic()
    (message,) = [m for m in (json.loads(p.read_text()) for p in outbox.glob("*.json"))
                  if m["id"] != done["id"]]
    assert message["to"] == ADA.email and ada_request in message["text"]
    wait_until(lambda: world.call(ADA).status_code == 200, timeout=10, what="the lifting")
    # Every worker re-reads the flags every REFRESH_SECONDS: passed within that and a bit.
    assert time.monotonic() - answered < REFRESH_SECONDS + 3
    assert world.call(BO).status_code == 403  # still restricted: he was not told

    audited = world.server.rows(
        "SELECT action, actor, target FROM audit_events WHERE action LIKE"
        " 'rights.restriction.%' ORDER BY seq")
    assert audited == [
        ("rights.restriction.lift_notice", "bootstrap", f"request_id={ada_request}"),
        ("rights.restriction.lifted", "bootstrap", f"request_id={ada_request}")]
    history = _admin(world, "GET", f"/admin/rights/{ada_request}").json()["events"][-1]
    assert history["actor"] == "bootstrap" and history["reason"] == "the accuracy check is over"
    assert history["details"]["notice"] == message["id"]


@pytest.mark.clause("RIGHTS-5")
def test_an_objecting_persons_telemetry_stops(world: World) -> None:
    _traffic(world)
    assert world.execute("object", BO).outcome == "completed"
    # Wait until this worker's flags have it: a probe of hers then leaves no row.
    probes = 0

    def objection_applies() -> bool:
        nonlocal probes
        before = len(world.logged(BO))
        probes += 1
        world.call(BO)
        ada_before = len(world.logged(ADA))
        world.call(ADA)
        world.wait_logged(ADA, ada_before + 1)  # the writer has flushed past her probe
        return len(world.logged(BO)) == before

    wait_until(objection_applies, timeout=15, what="the objection to apply")
    bo_rows, ada_rows = len(world.logged(BO)), len(world.logged(ADA))
    for _ in range(5):
        assert world.call(BO).status_code == 200
        assert world.call(ADA).status_code == 200
    assert world.call(BO, "/api/admin/orders").status_code == 403  # a security record
    world.wait_logged(ADA, ada_rows + 5)
    wait_until(lambda: len(world.logged(BO)) == bo_rows + 1, what="the refused request's row")
    assert world.logged(BO)[-1][2] == 403


@pytest.mark.clause("RIGHTS-3")
@pytest.mark.clause("SHARE-4")
def test_erasure_leaves_nothing_of_the_person_in_any_file_charter_wrote(world: World) -> None:
    _traffic(world)
    stored = b"".join(p.read_bytes() for p in world.server.db_path.parent.glob("charter.db*"))
    assert ADA.agent.encode() in stored  # so that its absence below means something
    access = world.execute("access", ADA, request_id="rr_before")  # a bundle to erase too
    assert access.outcome == "completed"
    result = world.execute("erase", ADA)
    assert result.outcome == "completed", result
    assert result.summary["access_log.deleted"] == 8
    assert result.summary["rights_bundles.deleted"] == 1
    assert result.summary["upstream.demo.orders"] == 2
    assert world.logged(ADA) == [] and len(world.logged(BO)) == 4
    assert httpx.get(f"{world.upstream}/orders/ord_1001").status_code == 404

    tables = [name for (name,) in world.server.rows(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    holding = [name for name in tables
               if any(column[1] == "subject_key" for column in world.server.rows(
                   f"PRAGMA table_info({name})"))
               and world.server.rows(f"SELECT 1 FROM {name}"
                                     f" WHERE subject_key = '{world.key(ADA)}'")]
    assert holding == ["erasures"]  # her pseudonymous key, so a restore forgets her again

    needles = [ADA.agent, ADA.agent.lower(), "ord-ada-Q7ZX", ADA.sub]
    assert world.server.stop() == 0
    leaks = [(path.name, needle) for path in Path(world.server.directory).rglob("*")
             if path.is_file() and path.name not in {"charter.yaml", "charter.keyring"}
             for needle in needles if needle.encode() in path.read_bytes()]
    assert leaks == []
    verify = subprocess.run(
        [sys.executable, "-m", "charter.cli", "audit", "verify", "--config",
         str(world.server.config_path)], cwd=world.server.directory, capture_output=True,
        timeout=60)
    assert verify.returncode == 0, verify.stdout + verify.stderr
