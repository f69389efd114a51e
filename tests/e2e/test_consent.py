"""Consent and minors against a running gateway (clauses BASIS-1, CHILD-1): people identified
by an external issuer's tokens, two gateway processes, withdrawals applied within a second on
both, through Redis pub/sub and, without Redis, by reading the store."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import time

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from charter.identity import jwt
from tests.e2e.conftest import Charter, CharterFactory, Upstream, wait_until

pytestmark = pytest.mark.e2e

ISSUER, AUDIENCE = "https://people.test", "https://api.test"
SIGNER = jwt.SigningKey("people-1", "EdDSA", Ed25519PrivateKey.generate())
FRESH = 40  # requests on fresh connections: SO_REUSEPORT spreads them over both processes


def _config(upstream: str) -> str:
    pem = SIGNER.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    return f"""\
        purposes:
          - {{name: service_delivery, legal_basis: contract}}
          - {{name: security, legal_basis: legitimate_interests}}
          - {{name: operations, legal_basis: legitimate_interests}}
          - {{name: compliance, legal_basis: legal_obligation}}
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
        routes:
          - id: offers
            match: {{path_prefix: /offers}}
            upstream: demo
            strip_prefix: /offers
            purpose: marketing
            stages:
              authenticate: {{methods: [bearer], issuers: [people]}}
          - id: orders
            match: {{path_prefix: /api/orders}}
            upstream: demo
            strip_prefix: /api
            purpose: service_delivery
            stages:
              authenticate: {{methods: [bearer], issuers: [people]}}
        """


@functools.cache
def _token(sub: str) -> str:
    now = int(time.time())
    return jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "sub": sub, "iat": now, "nbf": now,
                       "exp": now + 300}, SIGNER)


def _call(server: Charter, sub: str, path: str = "/offers/orders") -> httpx.Response:
    """One request on a connection of its own."""
    return httpx.get(server.gateway + path, timeout=5,
                     headers={"authorization": f"Bearer {_token(sub)}",
                              "connection": "close"})


def _statuses(server: Charter, sub: str, count: int = FRESH) -> set[int]:
    return {_call(server, sub).status_code for _ in range(count)}


def _give(server: Charter, sub: str) -> str:
    answer = httpx.post(f"{server.admin}/admin/consents", headers=server.admin_headers,
                        json={"subject": f"sub:people:{sub}", "purpose": "marketing",
                              "policy_version": "2026-05"})
    assert answer.status_code == 201, answer.text
    consent_id: str = answer.json()["id"]
    return consent_id


def _withdraw_and_watch(server: Charter, consent_id: str, sub: str) -> None:
    """Withdraw, then keep calling: from one second on, every request is refused."""
    answer = httpx.post(f"{server.admin}/admin/consents/{consent_id}/withdraw",
                        headers=server.admin_headers)
    assert answer.status_code == 200 and answer.json()["current"] is False, answer.text
    done = time.monotonic()
    late: list[httpx.Response] = []
    while time.monotonic() < done + 2.0:
        sent = time.monotonic()
        response = _call(server, sub)
        if sent >= done + 1.0:
            late.append(response)
    assert len(late) >= 10
    assert {r.status_code for r in late} == {403}
    assert {r.json()["code"] for r in late} == {"consent_required"}
    assert _statuses(server, sub) == {403}


@pytest.mark.clause("BASIS-1")
@pytest.mark.redis
def test_a_withdrawal_reaches_both_processes_within_a_second_through_redis(
        charter: CharterFactory, demo_upstream: Upstream, redis_url: str) -> None:
    server = charter(_config(demo_upstream.url), workers=2,
                     env={"CHARTER_REDIS_URL": redis_url})
    refused = _call(server, "ada-7f3")
    assert refused.status_code == 403
    assert refused.headers["content-type"] == "application/problem+json"
    assert (refused.json()["code"], refused.json()["purpose"]) == ("consent_required",
                                                                   "marketing")
    # Routes on another legal basis need no consent.
    assert _call(server, "ada-7f3", "/api/orders").status_code == 200

    consent_id = _give(server, "ada-7f3")
    wait_until(lambda: _statuses(server, "ada-7f3", 10) == {200}, 5, "the consent")
    assert _statuses(server, "ada-7f3") == {200}
    assert _call(server, "bo-2c9").status_code == 403  # consent is per person

    _withdraw_and_watch(server, consent_id, "ada-7f3")
    rows = server.rows("SELECT action, target FROM audit_events"
                       " WHERE action LIKE '%/admin/consents%' ORDER BY seq")
    assert [r[0] for r in rows] == ["POST /admin/consents",
                                    "POST /admin/consents/{consent_id}/withdraw"]
    assert all(r[1] == f"consent_id={consent_id}" for r in rows)


@pytest.mark.clause("BASIS-1")
def test_without_redis_workers_read_withdrawals_from_the_store_within_a_second(
        charter: CharterFactory, demo_upstream: Upstream, monkeypatch: pytest.MonkeyPatch,
        ) -> None:
    monkeypatch.delenv("CHARTER_REDIS_URL", raising=False)
    server = charter(_config(demo_upstream.url), workers=2)
    consent_id = _give(server, "ada-7f3")
    wait_until(lambda: _statuses(server, "ada-7f3", 10) == {200}, 5, "the consent")
    _withdraw_and_watch(server, consent_id, "ada-7f3")


def _cli(server: Charter, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "charter.cli", *args,
                           "--config", str(server.config_path)],
                          cwd=server.directory, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.clause("CHILD-1")
def test_a_minor_is_refused_until_a_guardian_authorization_is_recorded(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_config(demo_upstream.url), workers=2)
    assert _call(server, "kid-51", "/api/orders").status_code == 200
    _cli(server, "minors", "mark", "--subject", "sub:people:kid-51")

    def refused() -> bool:
        return {_call(server, "kid-51", "/api/orders").status_code for _ in range(10)} == {403}

    wait_until(refused, 5, "the minor to be refused")
    answer = _call(server, "kid-51", "/api/orders").json()
    assert answer["code"] == "guardian_authorization_required"
    assert _call(server, "ada-7f3", "/api/orders").status_code == 200  # others are served

    _cli(server, "minors", "authorize", "--subject", "sub:people:kid-51",
         "--reference", "GUARDIAN-FORM-0042")
    wait_until(lambda: {_call(server, "kid-51", "/api/orders").status_code
                        for _ in range(10)} == {200}, 5, "the minor to be served")
    listed = json.loads(_cli(server, "minors", "list", "--json"))
    assert [m["guardian_authorization"] for m in listed] == ["GUARDIAN-FORM-0042"]
    actions = [r[0] for r in server.rows("SELECT action FROM audit_events ORDER BY seq")]
    assert "charter minors mark" in actions and "charter minors authorize" in actions
