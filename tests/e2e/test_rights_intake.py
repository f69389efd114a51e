"""Rights requests through a running gateway: the public intake, codes through the file
outbox, the gateway's own credentials, filing on behalf of a user, and the HTML form
(checked over HTTP: the page uses no script, so what a browser would do is post the form)."""

from __future__ import annotations

import json
import re
import stat
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from charter.identity import service
from charter.store.engine import make_engine
from tests.e2e.conftest import Charter, CharterFactory, free_port, wait_until

pytestmark = pytest.mark.e2e

INTAKE = "/.well-known/privacy/requests"
VERIFY = "/.well-known/privacy/requests/verify"


def _outbox(server: Charter) -> Path:
    return server.directory / "var" / "outbox"


def _code_for(server: Charter, email: str) -> str:
    messages = [json.loads(p.read_text()) for p in sorted(_outbox(server).glob("*.json"))]
    mine = [m for m in messages if m["to"] == email]
    assert mine, f"no message for {email}"
    found = re.search(r"\b(\d{6})\b", mine[-1]["text"])
    assert found is not None
    return found.group(1)


def _problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    document: dict[str, Any] = response.json()
    assert document["code"] == code
    return document


@pytest.mark.clause("CONTACT-1")
@pytest.mark.clause("RIGHTS-1")
def test_json_intake_with_a_code_from_the_outbox(charter: CharterFactory) -> None:
    server = charter("")
    gw = server.gateway
    filed = httpx.post(f"{gw}{INTAKE}", json={"type": "access", "email": "Ada@Example.com"})
    assert filed.status_code == 202, filed.text
    request = filed.json()
    assert request["state"] == "verifying" and request["verification"]["verify"] == VERIFY
    assert request["due_at"] is None  # GDPR: the month starts once the identity is confirmed
    files = list(_outbox(server).glob("*.json"))
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    code = _code_for(server, "ada@example.com")

    wrong = f"{(int(code) + 1) % 10**6:06d}"
    refused = httpx.post(f"{gw}{VERIFY}", json={"id": request["id"], "code": wrong})
    assert _problem(refused, 422, "code_invalid")["attempts_left"] == 2
    assert wrong not in refused.text and code not in refused.text
    confirmed = httpx.post(f"{gw}{VERIFY}", json={"id": request["id"], "code": code})
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["state"] == "verified" and confirmed.json()["due_at"]

    # Three wrong codes lock a request.
    other = httpx.post(f"{gw}{INTAKE}", json={"type": "erase", "email": "bo@example.org"}).json()
    good = _code_for(server, "bo@example.org")
    bad = f"{(int(good) + 7) % 10**6:06d}"
    for status, code_name in ((422, "code_invalid"), (422, "code_invalid"),
                              (429, "code_locked"), (429, "code_locked")):
        attempt = bad if code_name == "code_invalid" or status == 429 else good
        _problem(httpx.post(f"{gw}{VERIFY}", json={"id": other["id"], "code": attempt}),
                 status, code_name)
    _problem(httpx.post(f"{gw}{VERIFY}", json={"id": other["id"], "code": good}),
             429, "code_locked")

    # Nothing about the code or the address reached the log or the audit table.
    assert code not in server.log() and "ada@example.com" not in server.log()
    audit = " ".join(str(row) for row in server.rows("select * from audit_events"))
    assert code not in audit and "ada@example.com" not in audit

    listed = httpx.get(f"{server.admin}/admin/rights", headers=server.admin_headers).json()
    assert {r["id"]: r["state"] for r in listed["requests"]} == {
        request["id"]: "verified", other["id"]: "verifying"}
    metrics = httpx.get(f"{server.admin}/metrics").text
    assert "charter_rights_requests_open 2" in metrics
    assert "charter_rights_requests_unverified 1" in metrics


@pytest.mark.clause("CONTACT-1")
def test_bad_input_gets_a_clear_problem_without_echo(charter: CharterFactory) -> None:
    gw = charter("").gateway
    secret = "chk_live_notarealkeyAAAAAAAAAAAAAAAAAAAAAAAAAA"
    _problem(httpx.post(f"{gw}{INTAKE}", content=b"{not json",
                        headers={"content-type": "application/json"}), 400, "invalid_json")
    _problem(httpx.post(f"{gw}{INTAKE}", content=b"type=access",
                        headers={"content-type": "text/plain"}), 415,
             "unsupported_media_type")
    invalid = httpx.post(f"{gw}{INTAKE}", json={"type": "sell", "email": secret,
                                                  f"x{secret}": 1})
    document = _problem(invalid, 422, "invalid_request")
    assert {p["field"] for p in document["problems"]} == {"type", "(unknown field)"}
    assert secret not in invalid.text
    no_address = httpx.post(f"{gw}{INTAKE}", json={"type": "access", "email": "nope"})
    assert "nope" not in _problem(no_address, 422, "invalid_request").get("detail", "")
    unknown_key = httpx.post(f"{gw}{INTAKE}", json={"type": "access"},
                             headers={"x-api-key": secret})
    _problem(unknown_key, 401, "unauthenticated")
    assert secret not in unknown_key.text
    _problem(httpx.post(f"{gw}{VERIFY}", json={"id": "rr_nothing", "code": "123456"}),
             404, "unknown_request")
    assert httpx.put(f"{gw}{INTAKE}").status_code == 405


@pytest.mark.clause("RIGHTS-3")
@pytest.mark.clause("RIGHTS-6")
def test_credentials_and_filing_on_behalf(charter: CharterFactory) -> None:
    server = charter("")
    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org = service.create_organization(engine, "Shop", "shop")
        plain = service.create_client(engine, org.id, "app", ["orders:read"])
        _, plain_key = service.create_api_key(engine, server.keyring, plain.id, env="test")
        filer = service.create_client(engine, org.id, "support-desk", ["rights:submit"])
        _, filer_key = service.create_api_key(engine, server.keyring, filer.id, env="test")
    finally:
        engine.dispose()
    gw = server.gateway

    own = httpx.post(f"{gw}{INTAKE}", json={"type": "export"},
                     headers={"x-api-key": plain_key})
    assert own.status_code == 202, own.text
    assert own.json()["state"] == "verified" and own.json()["due_at"]
    assert list(_outbox(server).glob("*.json")) == []  # no code needed

    behalf = {"type": "erase", "on_behalf_of": {"issuer": "charter", "sub": "user-42"},
              "attestation": "signed in to our app with a second factor on 2026-01-30"}
    forbidden = httpx.post(f"{gw}{INTAKE}", json=behalf, headers={"x-api-key": plain_key})
    _problem(forbidden, 403, "forbidden")
    _problem(httpx.post(f"{gw}{INTAKE}", json={**behalf, "attestation": "ok"},
                        headers={"x-api-key": filer_key}), 422, "attestation_required")
    filed = httpx.post(f"{gw}{INTAKE}", json=behalf, headers={"authorization":
                                                               f"Bearer {filer_key}"})
    assert filed.status_code == 202, filed.text
    shown = httpx.get(f"{server.admin}/admin/rights/{filed.json()['id']}",
                      headers=server.admin_headers).json()
    assert shown["verification"] == "on_behalf" and shown["filed_by"] == filer.id
    assert shown["identifiers"] == [{"kind": "sub", "value": "charter:user-42"}]
    assert shown["has_attestation"] is True
    assert shown["subject_keys"][0].startswith("sk_")
    rows = server.rows("select identifiers, attestation from rights_requests")
    assert all("user-42" not in str(r) and "second factor" not in str(r) for r in rows)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.forms: list[dict[str, str | None]] = []
        self.fields: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if tag == "form":
            self.forms.append(found)
        if tag in ("input", "select", "textarea") and found.get("name"):
            self.fields[str(found["name"])] = found.get("value")


def _parse(text: str) -> _Page:
    parsed = _Page()
    parsed.feed(text)
    return parsed


@pytest.mark.clause("CONTACT-1")
def test_the_html_form_works_without_javascript(charter: CharterFactory) -> None:
    server = charter("")
    gw = server.gateway
    form = httpx.get(f"{gw}{INTAKE}")
    assert form.status_code == 200 and form.headers["content-type"].startswith("text/html")
    csp = form.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "form-action 'self'" in csp
    assert "script" not in csp and "unsafe" not in csp
    assert form.headers["x-frame-options"] == "DENY"
    page = _parse(form.text)
    assert "script" not in page.tags
    assert page.forms == [{"method": "post", "action": INTAKE, "accept-charset": "utf-8"}]
    assert {"type", "email", "jurisdiction", "message"} <= set(page.fields)

    hostile = "<script>alert(1)</script>"
    sent = httpx.post(f"{gw}{INTAKE}", data={"type": "rectify", "email": "cy@example.com",
                                             "message": f"my name is wrong {hostile}"})
    assert sent.status_code == 202 and hostile not in sent.text
    step = _parse(sent.text)
    assert step.forms[0]["action"] == VERIFY and "script" not in step.tags
    request_id = step.fields["id"]
    assert request_id is not None and request_id.startswith("rr_")

    wrong = httpx.post(f"{gw}{VERIFY}", data={"id": request_id, "code": "000000x"})
    assert wrong.status_code == 422 and "Attempts left: 2" in wrong.text
    done = httpx.post(f"{gw}{VERIFY}", data={"id": request_id,
                                             "code": _code_for(server, "cy@example.com")})
    assert done.status_code == 200 and "is confirmed" in done.text
    assert request_id in done.text

    invalid = httpx.post(f"{gw}{INTAKE}", data={"type": "sell", "email": hostile})
    assert invalid.status_code == 422 and hostile not in invalid.text
    assert "text/html" in invalid.headers["content-type"]


@pytest.mark.clause("USE-3")
def test_filing_is_rate_limited_per_address(charter: CharterFactory) -> None:
    gw = charter("").gateway
    url = f"{gw}/.well-known/privacy/requests"
    with httpx.Client(timeout=10) as client:
        answers = [client.post(url, content=b"{", headers={"content-type": "application/json"})
                   for _ in range(11)]
    assert [r.status_code for r in answers[:10]] == [400] * 10
    problem = _problem(answers[10], 429, "rate_limited")
    assert int(answers[10].headers["retry-after"]) >= 1
    assert "{" not in str(problem.get("detail", ""))


@pytest.mark.clause("RIGHTS-6")
def test_auto_run_requests_are_carried_out_by_the_scheduler_not_the_gateway(
        charter: CharterFactory) -> None:
    server = charter("rights: {auto_run: [export]}\n", workers=2)
    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org = service.create_organization(engine, "Shop", "shop")
        app = service.create_client(engine, org.id, "app", ["orders:read"])
        _, key = service.create_api_key(engine, server.keyring, app.id, env="test")
    finally:
        engine.dispose()
    filed = httpx.post(f"{server.gateway}{INTAKE}", json={"type": "export"},
                       headers={"x-api-key": key})
    assert filed.status_code == 202, filed.text
    assert filed.json()["state"] == "verified"  # answered at once; carried out later
    url = f"{server.admin}/admin/rights/{filed.json()['id']}"

    def completed() -> bool:
        return bool(httpx.get(url, headers=server.admin_headers).json()["state"]
                    == "completed")

    wait_until(completed, timeout=60, what="the scheduler to carry the export out")
    shown = httpx.get(url, headers=server.admin_headers).json()
    assert shown["run_attempts"] == 1 and shown["run_after"] is None
    assert shown["bundle"]["path"].startswith("/.well-known/privacy/bundle?")
    (started,) = [e for e in shown["events"] if e["to_state"] == "in_progress"]
    assert started["actor"] == "system"
    # The scheduler runs in the supervisor; the gateway workers are processes of their own.
    assert started["details"]["claimant"].split(":")[1] == str(server.process.pid)
    bundle = httpx.get(f"{server.gateway}{shown['bundle']['path']}")
    assert bundle.status_code == 200 and bundle.headers["content-type"] == "application/zip"
    downloads = server.rows(
        "SELECT target FROM audit_events WHERE action = 'rights.bundle.downloaded'")
    assert downloads == [(f"bundle={shown['result']['artifact_id']}/request={shown['id']}",)]


def _filings(gateway: str, count: int) -> list[int]:
    """`count` filings, each on a connection of its own: SO_REUSEPORT spreads them over the
    gateway processes. The body is not JSON: each is answered without writing anything."""
    return [httpx.post(f"{gateway}{INTAKE}", content=b"{", timeout=10, headers={
        "content-type": "application/json", "connection": "close"}).status_code
        for _ in range(count)]


@pytest.mark.clause("USE-3")
def test_the_filing_limit_is_shared_by_every_process_through_redis(
        charter: CharterFactory, redis_url: str) -> None:
    shared = charter("", workers=2, env={"CHARTER_REDIS_URL": redis_url})
    answers = _filings(shared.gateway, 30)
    assert answers.count(400) == 10 and answers.count(429) == 20, answers
    # The same gateway without Redis: each process counts its own, so more get through. This
    # shows the filings above did reach both processes.
    alone = charter("", workers=2)
    assert _filings(alone.gateway, 30).count(400) > 10


@pytest.mark.clause("USE-3")
def test_without_an_answer_from_redis_the_failure_mode_decides(
        charter: CharterFactory) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    closed = charter("rights: {rate_limit_failure_mode: closed}\n",
                     env={"CHARTER_REDIS_URL": dead})
    refused = httpx.post(f"{closed.gateway}{INTAKE}", json={"type": "access",
                                                            "email": "ada@example.com"})
    _problem(refused, 503, "rate_limiter_unavailable")
    assert refused.headers["retry-after"] == "1"
    assert list(_outbox(closed).glob("*.json")) == []  # nothing was filed
    _problem(httpx.post(f"{closed.gateway}{VERIFY}", json={"id": "rr_x", "code": "1"}),
             503, "rate_limiter_unavailable")

    opened = charter("", env={"CHARTER_REDIS_URL": dead})  # `open`, the default
    answers = _filings(opened.gateway, 11)
    assert answers[:10] == [400] * 10 and answers[10] == 429  # counted in the process
