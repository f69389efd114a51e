"""Short-term payload capture end to end: encrypted at rest, read back by role, audited."""

from __future__ import annotations

import base64
import secrets
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from charter.admin.totp import code_at, step_at
from tests.e2e.conftest import Charter, CharterFactory, Upstream, wait_until

pytestmark = [pytest.mark.e2e, pytest.mark.clause("DATA-2")]

EMAIL = "jane.doe@example.com"
KEYED = "sam.keyed@example.org"  # an address used as a key


def _routes(upstream: str) -> str:
    return f"""\
        upstreams:
          - name: demo
            targets: ["{upstream}"]
        routes:
          - id: captured
            match: {{path_prefix: /captured}}
            upstream: demo
            strip_prefix: /captured
            stages:
              authenticate: {{methods: [none], reason: a public test route}}
              privacy_guard:
                request: {{personal: redact}}
              capture: {{enabled: true, max_bytes: 16kb, sample: 1}}
        """


def _operator(server: Charter, role: str) -> dict[str, str]:
    """A new operator with `role`, signed in: their authorization header."""
    username = f"{role.replace('_', '-')}-{secrets.token_hex(3)}"
    created = httpx.post(f"{server.admin}/admin/operators", headers=server.admin_headers,
                         json={"username": username, "role": role})
    assert created.status_code == 201, created.text
    secret = parse_qs(urlsplit(created.json()["totp_uri"]).query)["secret"][0]
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    login = httpx.post(f"{server.admin}/admin/login", json={
        "username": username, "password": created.json()["password"],
        "totp": code_at(key, step_at(datetime.now(UTC)))})
    assert login.status_code == 200, login.text
    return {"authorization": f"Bearer {login.json()['token']}"}


def _captured_request(server: Charter, body: dict[str, object]) -> str:
    """Send `body` until both of its bodies are captured; the request id that was. (The
    day's key is made in the background as the worker starts; until it is ready captures
    are skipped.)"""
    for _ in range(5):
        response = httpx.post(f"{server.gateway}/captured/echo", json=body)
        assert response.status_code == 200, response.text
        request_id = response.headers["x-request-id"]
        query = f"SELECT id FROM captures WHERE request_id = '{request_id}'"
        try:
            wait_until(lambda q=query: len(server.rows(q)) == 2, timeout=4,  # type: ignore[misc]
                       what="both bodies to be captured")
        except AssertionError:
            continue
        return request_id
    metrics = httpx.get(f"{server.admin}/metrics").text
    raise AssertionError(f"nothing captured:\n{metrics}\n{server.log()}")


def _store_bytes(server: Charter) -> bytes:
    files = [server.db_path, Path(f"{server.db_path}-wal"), Path(f"{server.db_path}-shm")]
    return b"".join(path.read_bytes() for path in files if path.exists())


def test_a_captured_exchange_is_encrypted_at_rest_and_readable_only_by_role(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    marker = "zebra-" + secrets.token_hex(8)
    request_id = _captured_request(server, {"note": marker, "contact": EMAIL,
                                            "lists": {KEYED: {"plan": "pro"}}})

    # Neither the body nor any of it is in the store in clear, the WAL included.
    stored = _store_bytes(server)
    assert marker.encode() not in stored
    assert EMAIL.encode() not in stored
    assert b"[redacted:email]" not in stored

    operator = _operator(server, "admin")
    listed = httpx.get(f"{server.admin}/admin/captures", headers=operator,
                       params={"request_id": request_id})
    assert listed.status_code == 200, listed.text
    metadata = {c["direction"]: c for c in listed.json()["captures"]}
    assert set(metadata) == {"request", "response"}
    assert marker not in listed.text

    request = httpx.get(f"{server.admin}/admin/captures/{metadata['request']['id']}",
                        headers=operator)
    assert request.status_code == 200, request.text
    body = request.json()["body"]
    # As the guard left it: the e-mail address redacted, the rest as sent.
    assert marker in body and "[redacted:email]" in body and EMAIL not in body
    assert KEYED not in body and '"plan": "pro"' in body.replace('":"', '": "')
    response = httpx.get(f"{server.admin}/admin/captures/{metadata['response']['id']}",
                         headers=operator)
    assert response.status_code == 200 and marker in response.json()["body"]
    # the upstream only ever saw them redacted
    assert EMAIL not in response.json()["body"] and KEYED not in response.json()["body"]

    support = _operator(server, "support")
    refused = httpx.get(f"{server.admin}/admin/captures/{metadata['request']['id']}",
                        headers=support)
    assert refused.status_code == 403
    assert marker not in refused.text

    audit = httpx.get(f"{server.admin}/admin/audit", headers=server.admin_headers,
                      params={"target": f"capture_id={metadata['request']['id']}"})
    outcomes = sorted(e["outcome"] for e in audit.json()["events"])
    assert outcomes == ["denied", "success"]
    assert marker not in audit.text
