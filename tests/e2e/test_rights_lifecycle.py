"""Every type of rights request carried through a running gateway, as people and operators do
it: filed on the public intake (with a one-time code from the file outbox, or the person's own
token), verified, advanced by an operator through the admin API, completed; then what it did
is checked where it shows: the bundle, the demo upstream (its own process, answering the
signed rights webhooks), the gateway's answers on both of its processes, the files Charter
wrote, and the audit chain. The gateway runs two processes sharing Redis."""

from __future__ import annotations

import io
import json
import os
import re
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

from charter.identity import jwt
from charter.privacy.pseudonym import Pseudonymizer
from charter.rights.lifting import NOTICE_SUBJECT
from tests.e2e.conftest import Charter, CharterFactory, free_port, wait_until

pytestmark = pytest.mark.e2e

ISSUER, AUDIENCE = "https://people.test", "https://api.test"
SIGNER = jwt.SigningKey("people-1", "EdDSA", Ed25519PrivateKey.generate())
SECRET_ENV = "LIFECYCLE_RIGHTS_SECRET"
INTAKE = "/.well-known/privacy/requests"
FRESH = 30  # requests on connections of their own: SO_REUSEPORT spreads them over both


@dataclass(frozen=True)
class Person:
    sub: str
    agent: str
    email: str


# Ada is a customer of the demo upstream's invented orders (ord_1001, by her address).
ADA = Person("ada-7f3", "ada-lifecycle-agent-Q7ZX", "ada@example.com")
BO = Person("bo-2c9", "bo-lifecycle-agent-M4KP", "bo.sample@example.com")
CY = Person("cy-4d1", "cy-lifecycle-agent-T2RW", "cy@example.com")
# Dee exists nowhere else: her values are canaries for the erasure.
DEE = Person("dee-canary-5k1", "dee-canary-agent-Z9Q4", "dee.canaryweather@example.org")
DEE_PATH = "ord-dee-canary-H3VX"
DEE_NOTE = "leave it by the lilac gate, Dee Canaryweather"


def _config(upstream: str) -> str:
    pem = SIGNER.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    return f"""\
        purposes:
          - {{name: service_delivery, legal_basis: contract}}
          - {{name: security, legal_basis: legitimate_interests}}
          - {{name: operations, legal_basis: legitimate_interests}}
          - {{name: marketing, legal_basis: consent, description: Tailored offers}}
        issuers:
          - name: people
            issuer: {ISSUER}
            audiences: [{AUDIENCE}]
            algorithms: [EdDSA]
            keys: [{{kid: people-1, pem: {json.dumps(pem)}}}]
        upstreams:
          - name: demo
            targets: ["{upstream}"]
            stores_personal_data: true
            rights_webhook: /privacy/rights
            rights_secret_env: {SECRET_ENV}
            rights_identifiers: [email]
        routes:
          - id: orders
            match: {{path_prefix: /api/orders}}
            upstream: demo
            strip_prefix: /api
            purpose: service_delivery
            stages:
              access_log: {{}}
              authenticate: {{methods: [bearer], issuers: [people]}}
              capture: {{enabled: true}}
          - id: offers
            match: {{path_prefix: /offers}}
            upstream: demo
            strip_prefix: /offers
            purpose: marketing
            stages:
              authenticate: {{methods: [bearer], issuers: [people]}}
          - id: claims
            match: {{path_prefix: /api/claims}}
            upstream: demo
            strip_prefix: /api/claims
            stages:
              authenticate: {{methods: [bearer], issuers: [people]}}
              rights: {{allow_restricted: true, reason: the legal claims desk}}
        """


@pytest.fixture
def upstream(tmp_path: Path) -> Iterator[str]:
    """The demo upstream as its own process, its rights webhook on."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "charter.demo.upstream", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "CHARTER_DEMO_RIGHTS_SECRET": _secret(tmp_path)})
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: httpx.get(f"{url}/health").status_code == 200, what="the demo upstream")
    yield url
    process.terminate()
    process.wait(10)


def _secret(tmp_path: Path) -> str:
    path = tmp_path / "webhook.secret"
    if not path.exists():
        path.write_text(os.urandom(24).hex())
    return path.read_text()


class World:
    def __init__(self, server: Charter, upstream: str) -> None:
        self.server = server
        self.upstream = upstream
        self.http = httpx.Client(base_url=server.gateway, timeout=10)
        self.pseudonyms = Pseudonymizer(server.keyring)

    def key(self, person: Person) -> str:
        return self.pseudonyms.subject_key("sub", f"people:{person.sub}")

    def token(self, person: Person) -> str:
        now = int(time.time())
        return jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "sub": person.sub, "iat": now,
                           "nbf": now, "exp": now + 600}, SIGNER)

    def call(self, person: Person, path: str = "/api/orders", method: str = "GET",
             fresh: bool = False, **kwargs: Any) -> httpx.Response:
        headers = {"authorization": f"Bearer {self.token(person)}", "user-agent": person.agent}
        if fresh:  # a connection of its own, so either gateway process may answer
            return httpx.request(method, f"{self.server.gateway}{path}", timeout=10,
                                 headers={**headers, "connection": "close"}, **kwargs)
        return self.http.request(method, path, headers=headers, **kwargs)

    def statuses(self, person: Person, path: str = "/api/orders") -> set[int]:
        return {self.call(person, path, fresh=True).status_code for _ in range(FRESH)}

    def logged(self, person: Person) -> list[tuple[Any, ...]]:
        return self.server.rows(f"SELECT request_id, path, status FROM access_log"
                                f" WHERE subject_key = '{self.key(person)}' ORDER BY id")

    # -- the requester's side ---------------------------------------------------------------
    def file_with_code(self, kind: str, email: str, **body: Any) -> str:
        filed = httpx.post(f"{self.server.gateway}{INTAKE}",
                           json={"type": kind, "email": email, **body})
        assert filed.status_code == 202, filed.text
        assert filed.json()["state"] == "verifying"
        request_id: str = filed.json()["id"]
        confirmed = httpx.post(f"{self.server.gateway}{INTAKE}/verify",
                               json={"id": request_id, "code": self.code_for(email)})
        assert confirmed.status_code == 200, confirmed.text
        assert confirmed.json()["state"] == "verified"
        return request_id

    def file_with_token(self, kind: str, person: Person, **body: Any) -> str:
        filed = httpx.post(f"{self.server.gateway}{INTAKE}", json={"type": kind, **body},
                           headers={"authorization": f"Bearer {self.token(person)}"})
        assert filed.status_code == 202, filed.text
        assert filed.json()["state"] == "verified"  # the token says who is asking
        request_id: str = filed.json()["id"]
        return request_id

    def outbox(self) -> list[dict[str, Any]]:
        directory = self.server.directory / "var" / "outbox"
        return sorted((json.loads(p.read_text()) for p in directory.glob("*.json")),
                      key=lambda m: m["created"])

    def code_for(self, email: str) -> str:
        (message,) = [m for m in self.outbox() if m["to"] == email and "code" in m["subject"]]
        found = re.search(r"\b(\d{6})\b", message["text"])
        assert found is not None
        return found.group(1)

    # -- the operator's side ----------------------------------------------------------------
    def admin(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return httpx.request(method, f"{self.server.admin}{path}", timeout=60,
                             headers=self.server.admin_headers, **kwargs)

    def advance(self, request_id: str) -> dict[str, Any]:
        done = self.admin("POST", f"/admin/rights/{request_id}/advance", json={})
        assert done.status_code == 200, done.text
        detail: dict[str, Any] = done.json()
        assert detail["state"] == "completed", detail
        moves = [e["to_state"] for e in detail["events"] if e["from_state"] != e["to_state"]]
        assert moves[-2:] == ["in_progress", "completed"]
        return detail

    def bundle(self, detail: dict[str, Any]) -> dict[str, bytes]:
        fetched = httpx.get(f"{self.server.gateway}{detail['bundle']['path']}")
        assert fetched.status_code == 200, fetched.text
        with zipfile.ZipFile(io.BytesIO(fetched.content)) as archive:
            return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def world(charter: CharterFactory, upstream: str, redis_url: str,
          tmp_path: Path) -> Iterator[World]:
    server = charter(_config(upstream), workers=2, env={
        SECRET_ENV: _secret(tmp_path), "CHARTER_REDIS_URL": redis_url})
    world = World(server, upstream)
    try:
        yield world
    finally:
        world.http.close()


def _traffic(world: World, person: Person, count: int = 4) -> None:
    before = len(world.logged(person))
    for _ in range(count):
        assert world.call(person).status_code == 200
    wait_until(lambda: len(world.logged(person)) >= before + count, what="the access log")


@pytest.mark.clause("RIGHTS-1")
@pytest.mark.clause("RIGHTS-6")
@pytest.mark.clause("SHARE-4")
def test_access_with_a_code_and_export_with_a_token(world: World) -> None:
    _traffic(world, ADA, 5)
    _traffic(world, BO, 3)

    # Access, confirmed with the code the outbox holds: what the upstream keeps for her
    # address comes back in the bundle.
    access = world.advance(world.file_with_code("access", ADA.email))
    assert access["result"]["summary"]["upstream.demo"] == "completed"
    files = world.bundle(access)
    orders = json.loads(files["upstreams/demo.json"])["data"]["orders"]
    assert [order["id"] for order in orders] == ["ord_1001"]
    summary = json.loads(files["summary.json"])
    assert summary["kind"] == "access" and summary["upstreams"] == {"demo": "completed"}

    # Export, filed with her own token: every row about her, none about anybody else.
    export = world.advance(world.file_with_token("export", ADA))
    files = world.bundle(export)
    rows = json.loads(files["tables/access_log.json"])
    assert sorted(r["request_id"] for r in rows) == sorted(r[0] for r in world.logged(ADA))
    assert {r["user_agent"] for r in rows} == {ADA.agent}
    assert files["tables/access_log.csv"].decode().count(ADA.agent) == len(rows)
    everything = b"".join(files.values())
    assert BO.agent.encode() not in everything and world.key(BO).encode() not in everything
    downloads = world.server.rows(
        "SELECT count(*) FROM audit_events WHERE action = 'rights.bundle.downloaded'")
    assert downloads == [(2,)]


@pytest.mark.clause("RIGHTS-2")
@pytest.mark.clause("SHARE-4")
def test_rectification_reaches_the_upstream(world: World) -> None:
    request_id = world.file_with_code("rectify", ADA.email,
                                      details={"fields": {"name": "Ada Lovelace-Example"}})
    detail = world.advance(request_id)
    assert detail["result"]["summary"]["upstream.demo"] == "completed"
    assert detail["result"]["summary"]["fields.for_upstreams"] == "name"
    order = httpx.get(f"{world.upstream}/orders/ord_1001").json()
    assert order["customer"]["name"] == "Ada Lovelace-Example"
    audited = world.server.rows("SELECT details FROM audit_events"
                                " WHERE action = 'rights.rectify.executed'")
    assert len(audited) == 1 and "Lovelace" not in str(audited)


@pytest.mark.clause("RIGHTS-4")
@pytest.mark.clause("SHARE-4")
def test_a_restriction_is_enforced_then_lifted_and_the_upstream_told(world: World) -> None:
    placed = world.call(ADA, method="POST", json={"items": [{"sku": "TS-113"}]})
    assert placed.status_code == 201
    order_url = f"{world.upstream}/orders/{placed.json()['id']}"
    assert world.statuses(ADA) == {200}

    request_id = world.file_with_token("restrict", ADA, email=ADA.email)
    world.advance(request_id)
    wait_until(lambda: world.statuses(ADA) == {403}, timeout=15, what="the restriction")
    refused = world.call(ADA, fresh=True)
    assert refused.json()["code"] == "subject_restricted"
    assert world.call(ADA, "/api/claims/orders", fresh=True).status_code == 200
    assert world.statuses(BO) == {200}
    assert httpx.get(order_url).json()["processing_restricted"] is True  # the upstream's copy

    lifted = world.admin("POST", f"/admin/rights/{request_id}/lift",
                         json={"reason": "the accuracy check is over"})
    assert lifted.status_code == 200, lifted.text
    told = [m for m in world.outbox() if m["to"] == ADA.email]
    assert [m["subject"] for m in told] == [
        f"Your privacy request {request_id} was carried out", NOTICE_SUBJECT]
    assert request_id in told[1]["text"]
    assert "processing_restricted" not in httpx.get(order_url).json()  # Art. 19
    notice = lifted.json()["events"][-1]
    assert notice["details"]["code"] == "delivered" and notice["details"]["upstream"] == "demo"
    assert world.server.rows(
        "SELECT upstream, status, http_status FROM rights_deliveries WHERE notice_id = "
        f"'{notice['details']['notice']}'") == [("demo", "completed", 200)]
    wait_until(lambda: world.statuses(ADA) == {200}, timeout=15, what="the lifting")


@pytest.mark.clause("RIGHTS-5")
def test_an_objection_stops_the_persons_telemetry(world: World) -> None:
    _traffic(world, BO, 3)
    detail = world.advance(world.file_with_token("object", BO))
    assert detail["result"]["summary"]["purposes.stopped"] == "operations"
    # Once both processes hold the flag, his ordinary requests leave no row; Ada's do.
    time.sleep(2.5)  # every process re-reads the flags every 2 seconds

    def settled() -> bool:
        before = len(world.logged(BO))
        for _ in range(6):
            world.call(BO, fresh=True)
        _traffic(world, ADA, 2)  # the writers have flushed past Bo's calls
        return len(world.logged(BO)) == before

    wait_until(settled, timeout=20, what="the objection to apply everywhere")
    rows = len(world.logged(BO))
    assert world.statuses(BO) == {200}
    _traffic(world, ADA, 2)
    assert len(world.logged(BO)) == rows


@pytest.mark.clause("BASIS-1")
def test_withdrawing_consent_closes_it_and_the_gateway_refuses(world: World) -> None:
    given = world.admin("POST", "/admin/consents", json={
        "subject": f"sub:people:{CY.sub}", "purpose": "marketing", "policy_version": "1"})
    assert given.status_code == 201, given.text
    wait_until(lambda: world.statuses(CY, "/offers/orders") == {200}, what="the consent")

    request_id = world.file_with_token("withdraw_consent", CY, email=CY.email)
    detail = world.advance(request_id)
    assert detail["result"]["summary"]["consents.withdrawn"] == 1
    done = time.monotonic()
    wait_until(lambda: world.statuses(CY, "/offers/orders") == {403}, timeout=10,
               what="the withdrawal on both processes")
    assert time.monotonic() - done < 5
    refused = world.call(CY, "/offers/orders", fresh=True)
    assert refused.json()["code"] == "consent_required"
    listed = world.admin("GET", "/admin/consents", params={"subject_key": world.key(CY)})
    (record,) = listed.json()["consents"]
    assert (record["current"], record["withdrawal_source"]) == (False, "rights_request")
    assert world.server.rows("SELECT count(*) FROM subject_flags") == [(0,)]
    assert world.call(CY, fresh=True).status_code == 200  # other purposes go on


@pytest.mark.clause("RIGHTS-3")
@pytest.mark.clause("SHARE-4")
def test_erasure_leaves_no_canary_in_any_file_and_the_audit_chain_verifies(
        world: World) -> None:
    _traffic(world, DEE, 3)
    _traffic(world, BO, 2)
    placed = world.call(DEE, method="POST", json={
        "items": [{"sku": "MG-007"}], "note": DEE_NOTE,
        "customer": {"email": DEE.email}})
    assert placed.status_code == 201
    assert world.call(DEE, f"/api/orders/{DEE_PATH}").status_code == 404
    wait_until(lambda: len(world.logged(DEE)) == 5, what="her rows")
    assert world.server.rows("SELECT count(*) FROM captures")[0][0] > 0
    kept = world.advance(world.file_with_token("export", DEE, email=DEE.email))
    assert kept["bundle"] is not None  # a bundle the erasure must take along
    stored = b"".join(p.read_bytes() for p in world.server.db_path.parent.glob("charter.db*"))
    assert DEE.agent.encode() in stored and DEE_PATH.encode() in stored  # before: there

    request_id = world.file_with_token("erase", DEE, email=DEE.email)
    detail = world.advance(request_id)
    summary = detail["result"]["summary"]
    assert summary["access_log.deleted"] == 5 and summary["rights_bundles.deleted"] == 1
    assert summary["captures.deleted"] >= 2
    assert summary["upstream.demo"] == "completed" and summary["upstream.demo.orders"] == 1
    assert httpx.get(f"{world.upstream}/orders/{placed.json()['id']}").status_code == 404
    assert world.logged(DEE) == [] and len(world.logged(BO)) == 2
    assert world.admin("GET", f"/admin/rights/{request_id}").json()["contact"] is None

    needles = {DEE.agent, DEE.sub, DEE.email, DEE_PATH, DEE_NOTE, "Canaryweather",
               "lilac gate"}
    needles |= {n.lower() for n in needles} | {json.dumps(n)[1:-1] for n in needles}
    written = {"charter.yaml", "charter.keyring"}  # the test's own files

    def leaks(when: str) -> list[tuple[str, str]]:
        files = [p for p in Path(world.server.directory).rglob("*")
                 if p.is_file() and p.name not in written]
        assert any(p.name == "charter.log" for p in files)
        return [(f"{p.relative_to(world.server.directory)} ({when})", needle)
                for p in files for needle in sorted(needles)
                if needle.encode() in p.read_bytes()]

    # One file may hold her address: the message telling her the erasure was done, sent
    # after it (the messages queued for her before went with the erasure), waiting in the
    # outbox for the mail relay; and nothing else about her.
    (notice,) = [m for m in world.outbox() if request_id in m["subject"]]
    assert notice["to"] == DEE.email and "was carried out" in notice["subject"]
    assert [m for m in world.outbox() if m["to"] == DEE.email] == [notice]
    outbox = Path(world.server.directory) / "var" / "outbox" / f"{notice['id']}.json"
    expected = {(f"{outbox.relative_to(world.server.directory)} ({when})", needle)
                for when in ("running", "stopped") for needle in needles if needle in DEE.email}
    running = leaks("running")
    assert world.server.stop() == 0
    assert set(running + leaks("stopped")) <= expected
    verify = subprocess.run(
        [sys.executable, "-m", "charter.cli", "audit", "verify", "--config",
         str(world.server.config_path)], cwd=world.server.directory, capture_output=True,
        timeout=60)
    assert verify.returncode == 0, verify.stdout + verify.stderr
