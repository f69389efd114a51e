"""Canaries: secrets and personal data sent every way a client can send them, to every kind
of route, must not appear in clear in anything Charter writes.

After the traffic, every byte Charter wrote is read back: the SQLite database with its WAL and
shared-memory files, the process's log output, every other file under its directory, the
metrics page and the admin API's audit listing. No canary may appear, whether as sent, in
lower case, URL-encoded or JSON-escaped.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from charter.identity import service
from charter.store.engine import make_engine
from tests.e2e.conftest import CharterFactory, Upstream, free_port, wait_until

pytestmark = pytest.mark.e2e

# Secrets: shaped like real ones, unique enough that a hit cannot be a coincidence.
SECRETS = {
    "api_key": "cha_CanaryKey9Qm2Vx7Lp4Rt8Zw3Nb6Yh1",
    "bearer": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.Q2FuYXJ5U2lnbmF0dXJlMTIzNDU2Nzg5",
    "password": "Canary-Passw0rd-7fK2mQ9x",
    "aws": "AKIACANARY7Q2MX9LP4R",
    "stripe": "sk_live_CanaryStripe4Qm8Vx2Lp7Rt",
    "cookie": "session=CanaryCookie5Tg8Hj2Kl9",
}
# Personal data: a fictional person that exists nowhere else.
PERSONAL = {
    "email": "zyxwv.canaryson@example.com",
    "name": "Zyxwv Canaryson",
    "card": "4539 5789 6281 0476",
    "iban": "DE89370400440532013000",
    "phone": "+49 30 98765432",
    "diagnosis": "Canarytitis chronica with HIV co-infection",
}


def _routes(upstream: str, dead_port: int) -> str:
    return f"""\
        approvals:
          - id: APP-CANARY
            use_case: Clinical notes for the canary clinic are processed
            approver: Dana Example, Data Protection Officer
            date: 2026-10-01
            kinds: [health]
            controls: {{capture: encrypted, retention: operational,
                        roles: [privacy_officer]}}
        upstreams:
          - name: demo
            targets: ["{upstream}"]
          - name: dead
            targets: ["http://127.0.0.1:{dead_port}"]
            connect_timeout: 1s
            retries: 0
        routes:
          - id: public
            match: {{path_prefix: /public}}
            upstream: demo
            strip_prefix: /public
            stages:
              access_log: {{}}
              authenticate: {{methods: [none], reason: a public test route}}
          - id: keyed
            match: {{path_prefix: /keyed}}
            upstream: demo
            strip_prefix: /keyed
            stages:
              access_log: {{}}
              authorize: {{scopes: [orders:read]}}
          - id: redacting
            match: {{path_prefix: /redacting}}
            upstream: demo
            strip_prefix: /redacting
            stages:
              access_log: {{}}
              authenticate: {{methods: [none], reason: a public test route}}
              privacy_guard:
                request: {{high_risk: redact, personal: redact}}
                response: {{high_risk: redact, personal: redact}}
              capture: {{enabled: true}}
          - id: clinical
            match: {{path_prefix: /clinical}}
            upstream: demo
            strip_prefix: /clinical
            stages:
              access_log: {{}}
              authenticate: {{methods: [none], reason: a public test route}}
              privacy_guard:
                approval: APP-CANARY
                request: {{special_category: allow}}
                response: {{special_category: allow}}
              capture: {{enabled: true}}
          - id: broken
            match: {{path_prefix: /broken}}
            upstream: dead
            stages:
              access_log: {{}}
              authenticate: {{methods: [none], reason: a public test route}}
        """


def _needles() -> list[str]:
    values = [*SECRETS.values(), *PERSONAL.values()]
    values += ["CanaryKey9Qm2Vx7Lp4Rt8Zw3Nb6Yh1", "Q2FuYXJ5U2lnbmF0dXJlMTIzNDU2Nzg5",
               "CanaryCookie5Tg8Hj2Kl9", "4539578962810476", "Canarytitis", "canaryson"]
    needles = set()
    for value in values:
        needles.update({value, value.lower(), quote(value, safe=""), quote(value),
                        json.dumps(value)[1:-1]})
    return sorted(needles)


def _send_everything(gateway: str, real_key: str) -> None:
    body = {"customer": {"name": PERSONAL["name"], "email": PERSONAL["email"],
                         "phone": PERSONAL["phone"]},
            "payment": {"card_number": PERSONAL["card"], "iban": PERSONAL["iban"]},
            "login": {"password": SECRETS["password"], "aws_key": SECRETS["aws"]},
            "notes": f"call {PERSONAL['name']} about the refund",
            "subscribers": {PERSONAL["email"]: {"plan": "pro"}}}  # an address as a key
    clinical = {"patient": {"name": PERSONAL["name"]}, "diagnosis": PERSONAL["diagnosis"]}
    query = (f"?email={quote(PERSONAL['email'])}&token={SECRETS['stripe']}"
             f"&card={quote(PERSONAL['card'])}")
    headers = {"authorization": f"Bearer {SECRETS['bearer']}", "cookie": SECRETS["cookie"],
               "x-api-key": SECRETS["api_key"], "x-customer-email": PERSONAL["email"],
               "user-agent": "canary-test/1.0"}
    with httpx.Client(timeout=10) as http:
        for prefix in ("/public", "/keyed", "/redacting", "/clinical", "/broken", "/nowhere"):
            http.post(f"{gateway}{prefix}/echo{query}", json=body, headers=headers)
            http.post(f"{gateway}{prefix}/echo{query}", json=clinical, headers=headers)
            http.get(f"{gateway}{prefix}/orders{query}", headers=headers)
            http.post(f"{gateway}{prefix}/echo", content=b'{"password": "' +
                      SECRETS["password"].encode() + b'", broken', headers={
                          "content-type": "application/json"})
            http.post(f"{gateway}{prefix}/echo",
                      content=f"email={quote(PERSONAL['email'])}&password={SECRETS['password']}",
                      headers={"content-type": "application/x-www-form-urlencoded"})
        # An authenticated client, with the secret as a query parameter too.
        good = {"x-api-key": real_key}
        http.post(f"{gateway}/keyed/echo?access_token={SECRETS['stripe']}", json=body,
                  headers=good)
        # Personal data and secrets in the path itself.
        http.get(f"{gateway}/public/echo/{quote(PERSONAL['email'])}", headers=headers)
        http.get(f"{gateway}/public/cards/{quote(PERSONAL['card'])}")
        http.get(f"{gateway}/nowhere/tokens/{SECRETS['bearer']}")
        # Failed logins against the token endpoint.
        http.post(f"{gateway}/oauth/token", data={
            "grant_type": "client_credentials", "client_id": "cl_canary",
            "client_secret": SECRETS["password"]})


@pytest.mark.clause("DATA-3")
@pytest.mark.clause("DATA-4")
@pytest.mark.clause("DATA-2")
def test_no_canary_appears_in_anything_charter_writes(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url, free_port()))
    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org = service.create_organization(engine, "Canary Org", "canary-org").id
        client = service.create_client(engine, org, "canary-app", ["orders:read"]).id
        _, real_key = service.create_api_key(engine, server.keyring, client)
    finally:
        engine.dispose()

    _send_everything(server.gateway, real_key)

    def logged() -> bool:
        return len(server.rows("SELECT id FROM access_log")) >= 30
    wait_until(logged, what="the access log rows")
    captured = server.rows("SELECT count(*) FROM captures")[0][0]
    assert captured > 0, "the capture routes should have captured (encrypted) bodies"
    metrics = httpx.get(f"{server.admin}/metrics").text
    audit = httpx.get(f"{server.admin}/admin/audit", headers=server.admin_headers).text
    time.sleep(0.5)  # the writer's last batch
    haystacks: dict[str, bytes] = {"metrics": metrics.encode(), "audit": audit.encode()}

    def read_files(when: str) -> None:
        # While running, the WAL holds recent pages; after the stop they are checkpointed.
        for path in Path(server.directory).rglob("*"):
            if path.is_file() and path.name not in {"charter.yaml", "charter.keyring"}:
                haystacks[f"{path.relative_to(server.directory)} ({when})"] = path.read_bytes()

    read_files("running")
    assert server.stop() == 0
    read_files("stopped")
    assert any("charter.db-wal (running)" in name for name in haystacks)
    leaks = [(name, needle) for name, data in haystacks.items() for needle in _needles()
             if needle.encode() in data]
    assert leaks == []
