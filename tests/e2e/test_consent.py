"""Consent and minors against a running gateway (clauses BASIS-1, CHILD-1): people identified
by an external issuer's tokens, two gateway processes, withdrawals applied within a second on
both, through Redis pub/sub and, without Redis, by reading the store."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from typing import Any

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


def _config(upstream: str, extra: str = "") -> str:
    pem = SIGNER.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    return textwrap.dedent(f"""\
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
          - id: open
            match: {{path_prefix: /open}}
            upstream: demo
            strip_prefix: /open
            purpose: service_delivery
            stages:
              authenticate: {{methods: [bearer], issuers: [people]}}
              children: {{enabled: false}}
        """) + textwrap.dedent(extra)


def _token(sub: str, **claims: Any) -> str:
    return _signed(sub, json.dumps(claims, sort_keys=True))


@functools.cache
def _signed(sub: str, claims: str) -> str:
    now = int(time.time())
    return jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "sub": sub, "iat": now, "nbf": now,
                       "exp": now + 300, **json.loads(claims)}, SIGNER)


def _call(server: Charter, sub: str, path: str = "/offers/orders",
          **claims: Any) -> httpx.Response:
    """One request on a connection of its own."""
    return httpx.get(server.gateway + path, timeout=5,
                     headers={"authorization": f"Bearer {_token(sub, **claims)}",
                              "connection": "close"})


def _statuses(server: Charter, sub: str, count: int = FRESH, path: str = "/offers/orders",
              **claims: Any) -> set[int]:
    return {_call(server, sub, path, **claims).status_code for _ in range(count)}


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
    _watch_refused(server, sub)


def _watch_refused(server: Charter, sub: str) -> None:
    """Keep calling right after a withdrawal: from one second on, every request is refused."""
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


# -- people managing their own consents ---------------------------------------------------------

SELF = "/.well-known/privacy/consent"


def _self(server: Charter, method: str, sub: str | None = "ada-7f3", *,
          token: str | None = None, **kwargs: Any) -> httpx.Response:
    """A call to the self-service endpoint, as the person `sub` (or with `token`)."""
    credential = token if token is not None else _token(sub) if sub is not None else None
    headers = dict(kwargs.pop("headers", {}))
    if credential is not None:
        headers["authorization"] = f"Bearer {credential}"
    return httpx.request(method, server.gateway + SELF, headers=headers, timeout=5, **kwargs)


def _code(response: httpx.Response) -> tuple[int, str]:
    assert response.headers["content-type"] == "application/problem+json", response.text
    return response.status_code, str(response.json()["code"])


def _api_key(server: Charter) -> str:
    from charter.identity import service
    from charter.store.engine import make_engine

    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org = service.create_organization(engine, "Shop", "shop").id
        client = service.create_client(engine, org, "shop-app", []).id
        return service.create_api_key(engine, server.keyring, client)[1]
    finally:
        engine.dispose()


def _subject_key(server: Charter, sub: str) -> str:
    from charter.privacy.pseudonym import Pseudonymizer

    return Pseudonymizer(server.keyring).subject_key("sub", f"people:{sub}")


@pytest.mark.clause("BASIS-1")
@pytest.mark.redis
def test_a_person_gives_and_withdraws_their_own_consent_on_the_gateway(
        charter: CharterFactory, demo_upstream: Upstream, redis_url: str) -> None:
    server = charter(_config(demo_upstream.url), workers=2,
                     env={"CHARTER_REDIS_URL": redis_url})
    # Nobody consents to a policy that was never published.
    assert _code(_self(server, "POST", json={"purpose": "marketing"})) == (
        409, "policy_not_published")
    _cli(server, "policy", "publish")

    listed = _self(server, "GET")
    assert listed.status_code == 200 and listed.headers["cache-control"] == "no-store"
    assert listed.json() == {
        "purposes": [{"purpose": "marketing", "description": "Tailored offers",
                      "consented": False, "consent_id": None}],
        "consents": [], "policy_version": 1, "policy_url": "/.well-known/privacy/policy"}

    # What cannot be consented to, and who cannot consent.
    assert _code(_self(server, "POST", json={"purpose": "lottery"})) == (422, "unknown_purpose")
    refused = _self(server, "POST", json={"purpose": "service_delivery"})
    assert _code(refused) == (422, "purpose_not_consent_based")
    assert refused.json()["legal_basis"] == "contract"
    assert _code(_self(server, "POST", json={"purpose": "marketing", "policy_version": 7})) == (
        409, "policy_version_outdated")
    assert _code(_self(server, "POST", json={"purpose": "marketing", "extra": 1})) == (
        422, "invalid_request")
    assert _code(_self(server, "POST", content=b"purpose=marketing",
                       headers={"content-type": "application/x-www-form-urlencoded"})) == (
        415, "unsupported_media_type")
    assert _code(_self(server, "POST", json={"purpose": "marketing", "action": "withdraw"})) == (
        409, "no_current_consent")
    anonymous = _self(server, "GET", None)
    assert _code(anonymous) == (401, "unauthenticated")
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    assert _code(_self(server, "GET", token=_token("ada-7f3")[:-4] + "AAAA")) == (
        401, "unauthenticated")
    assert _code(_self(server, "POST", token=_api_key(server),
                       json={"purpose": "marketing"})) == (403, "consent_subject_unknown")
    assert _call(server, "ada-7f3").status_code == 403

    given = _self(server, "POST", json={"purpose": "marketing", "policy_version": 1})
    assert given.status_code == 201, given.text
    consent = given.json()
    assert (consent["purpose"], consent["policy_version"], consent["source"],
            consent["current"]) == ("marketing", "1", "self_service", True)
    again = _self(server, "POST", json={"purpose": "marketing"})
    assert again.status_code == 200 and again.json()["id"] == consent["id"]
    # The worker that took it serves at once; the other within a second (Redis).
    wait_until(lambda: _statuses(server, "ada-7f3", 10) == {200}, 2, "the consent")
    assert _call(server, "bo-2c9").status_code == 403  # consent is per person
    assert _self(server, "GET").json()["purposes"][0] == {
        "purpose": "marketing", "description": "Tailored offers", "consented": True,
        "consent_id": consent["id"]}

    # Stored under the person's pseudonymous key, never under their `sub`.
    assert server.rows("SELECT id, subject_key, purpose, policy_version, source"
                       " FROM consents") == [(consent["id"], _subject_key(server, "ada-7f3"),
                                              "marketing", "1", "self_service")]

    withdrawn = _self(server, "POST", json={"purpose": "marketing", "action": "withdraw"})
    assert withdrawn.status_code == 200, withdrawn.text
    [closed] = withdrawn.json()["withdrawn"]
    assert (closed["id"], closed["current"], closed["withdrawal_source"]) == (
        consent["id"], False, "self_service")
    _watch_refused(server, "ada-7f3")

    events = server.rows("SELECT actor, action, outcome, target, reason, subject_key"
                         " FROM audit_events WHERE actor = 'data_subject' ORDER BY seq")
    key = _subject_key(server, "ada-7f3")
    assert [(e[1], e[2], e[4]) for e in events] == [
        ("consent.given", "failure", "policy_not_published"),
        ("consent.given", "failure", "unknown_purpose"),
        ("consent.given", "failure", "purpose_not_consent_based"),
        ("consent.given", "failure", "policy_version_outdated"),
        ("consent.withdrawn", "failure", "no_current_consent"),
        ("consent.given", "success", None),
        ("consent.given", "success", None),
        ("consent.withdrawn", "success", None)]
    assert {e[5] for e in events} == {key}
    assert [e[3] for e in events if e[2] == "success"] == [f"consent_id={consent['id']}"] * 3
    log = server.log()
    assert "ada-7f3" not in log and _token("ada-7f3") not in log
    stored = json.dumps(server.rows("SELECT * FROM audit_events"))
    assert "ada-7f3" not in stored and "lottery" not in stored


@pytest.mark.clause("BASIS-1")
def test_a_withdrawal_by_delete_reaches_every_process_through_the_store(
        charter: CharterFactory, demo_upstream: Upstream, monkeypatch: pytest.MonkeyPatch,
        ) -> None:
    monkeypatch.delenv("CHARTER_REDIS_URL", raising=False)
    server = charter(_config(demo_upstream.url), workers=2)
    _cli(server, "policy", "publish")
    assert _self(server, "POST", json={"purpose": "marketing"}).status_code == 201
    wait_until(lambda: _statuses(server, "ada-7f3", 10) == {200}, 5, "the consent")
    assert _code(_self(server, "DELETE", params={"purpose": "lottery"})) == (
        422, "unknown_purpose")
    answer = _self(server, "DELETE", params={"purpose": "marketing"})
    assert answer.status_code == 200, answer.text
    _watch_refused(server, "ada-7f3")
    assert _code(_self(server, "DELETE", params={"purpose": "marketing"})) == (
        409, "no_current_consent")
    assert _self(server, "PUT", json={}).status_code == 405
    # Consenting again after a withdrawal is a new record: the history stays provable.
    assert _self(server, "POST", json={"purpose": "marketing"}).status_code == 201
    history = _self(server, "GET").json()["consents"]
    assert [(c["current"], c["source"]) for c in history] == [
        (True, "self_service"), (False, "self_service")]


# -- minors known by a claim of their token -----------------------------------------------------

CHILDREN = """\
    children:
      minor_age: 16
      claims:
        - {issuer: people, claim: birthdate, kind: birthdate}
        - {issuer: people, claim: [guardian, minor], kind: flag}
    """


def _years_ago(years: int) -> str:
    today = datetime.now(UTC).date()
    return today.replace(year=today.year - years, day=min(today.day, 28)).isoformat()


@pytest.mark.clause("CHILD-1")
def test_a_minor_known_by_a_claim_is_refused_until_a_guardian_authorization_is_recorded(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_config(demo_upstream.url, CHILDREN), workers=2)
    child, adult = _years_ago(10), _years_ago(30)
    assert _statuses(server, "ada-7f3", 10, "/api/orders", birthdate=adult) == {200}
    assert _statuses(server, "ada-7f3", 10, "/api/orders") == {200}  # no claim: says nothing
    assert _statuses(server, "kid-51", 20, "/api/orders", birthdate=child) == {403}
    refused = _call(server, "kid-51", "/api/orders", birthdate=child)
    assert _code(refused) == (403, "guardian_authorization_required")
    # The flag in a nested claim, and a value that cannot be read, count too.
    assert _call(server, "kid-52", "/api/orders", guardian={"minor": True}).status_code == 403
    assert _call(server, "kid-53", "/api/orders", birthdate="10.05.2016").status_code == 403
    assert _call(server, "ada-7f3", "/api/orders",
                 guardian={"minor": False}).status_code == 200
    # A route that does not run the `children` stage needs no authorization.
    assert _call(server, "kid-51", "/open/orders", birthdate=child).status_code == 200

    _cli(server, "minors", "authorize", "--subject", "sub:people:kid-51",
         "--reference", "GUARDIAN-FORM-0042")  # no mark needed first
    wait_until(lambda: _statuses(server, "kid-51", 10, "/api/orders", birthdate=child) == {200},
               5, "the minor to be served")
    assert _statuses(server, "kid-51", path="/api/orders", birthdate=child) == {200}
    assert _call(server, "kid-52", "/api/orders", guardian={"minor": True}).status_code == 403
    [listed] = json.loads(_cli(server, "minors", "list", "--json"))
    assert (listed["subject_key"], listed["guardian_authorization"], listed["marked_by"]) == (
        _subject_key(server, "kid-51"), "GUARDIAN-FORM-0042", "cli")
    # The claims were read, never written anywhere.
    log = server.log()
    assert child not in log and "10.05.2016" not in log and "kid-51" not in log
    for table in ("access_log", "audit_events", "minors"):
        assert child not in json.dumps(server.rows(f"SELECT * FROM {table}"), default=str)


# -- minors known by their account ----------------------------------------------------------------

@pytest.mark.clause("CHILD-1")
def test_an_account_marked_as_a_minor_is_refused_until_a_guardian_authorization_is_recorded(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_config(demo_upstream.url), workers=2)
    admin, headers = f"{server.admin}/admin", server.admin_headers
    org = httpx.post(f"{admin}/organizations", headers=headers, json={"name": "Shop"})
    assert org.status_code == 201, org.text
    org_id = org.json()["id"]
    assert _statuses(server, "kid-60", 10, "/api/orders") == {200}

    # Created as a minor on the admin API, with the sign-in the person uses at the gateway.
    created = httpx.post(f"{admin}/accounts", headers=headers, json={
        "username": "kid60", "org_id": org_id, "is_minor": True,
        "gateway_subject": "sub:people:kid-60"})
    assert created.status_code == 201, created.text
    account = created.json()
    key = _subject_key(server, "kid-60")
    assert (account["is_minor"], account["gateway_subject_key"]) == (True, key)
    wait_until(lambda: _statuses(server, "kid-60", 10, "/api/orders") == {403}, 5,
               "the minor to be refused")
    assert _statuses(server, "kid-60", path="/api/orders") == {403}
    assert _code(_call(server, "kid-60", "/api/orders")) == (
        403, "guardian_authorization_required")
    assert _call(server, "ada-7f3", "/api/orders").status_code == 200  # others are served

    authorized = httpx.post(f"{admin}/minors/{key}/authorize", headers=headers,
                            json={"reference": "GUARDIAN-FORM-0060"})
    assert authorized.status_code == 200, authorized.text
    wait_until(lambda: _statuses(server, "kid-60", 10, "/api/orders") == {200}, 5,
               "the minor to be served")
    assert _statuses(server, "kid-60", path="/api/orders") == {200}
    marks = httpx.get(f"{admin}/minors", headers=headers,
                      params={"account_id": account["id"]}).json()["minors"]
    assert {(m["marked"], m["authorized"]) for m in marks} == {(True, True)}
    assert len(marks) == 2  # the account's own key, and its gateway sign-in

    # Marked later from the command line, and cleared again.
    bo_id = _cli(server, "accounts", "create", "bo61", "--org", org_id,
                 "--gateway-subject", "sub:people:bo-61").strip()
    assert _statuses(server, "bo-61", 10, "/api/orders") == {200}
    _cli(server, "accounts", "update", bo_id, "--minor")
    wait_until(lambda: _statuses(server, "bo-61", 10, "/api/orders") == {403}, 5,
               "the account marked a minor to be refused")
    assert _statuses(server, "bo-61", path="/api/orders") == {403}
    cleared = httpx.patch(f"{admin}/accounts/{bo_id}", headers=headers,
                          json={"is_minor": False})
    assert cleared.status_code == 200 and cleared.json()["is_minor"] is False, cleared.text
    wait_until(lambda: _statuses(server, "bo-61", 10, "/api/orders") == {200}, 5,
               "the account no longer a minor to be served")
    assert _statuses(server, "bo-61", path="/api/orders") == {200}

    bo_key = _subject_key(server, "bo-61")
    events = server.rows("SELECT actor, action, target FROM audit_events ORDER BY seq")
    assert ("cli", "minor.marked", f"subject_key={bo_key}") in events
    assert ("bootstrap", "minor.unmarked", f"subject_key={bo_key}") in events
    assert ("bootstrap", "minor.marked", f"subject_key={key}") in events
    assert ("cli", "charter accounts update", f"account_id={bo_id}") in events
    assert "kid-60" not in server.log() and "bo-61" not in server.log()
