"""The privacy guard at the gateway: block, redact, flag, approvals, both directions."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.e2e.conftest import CharterFactory, Upstream, wait_until

pytestmark = pytest.mark.e2e


def _routes(upstream: str) -> str:
    return f"""\
        approvals:
          - id: APP-2026-007
            use_case: Telehealth triage notes reach the clinical system
            approver: Dana Example, Data Protection Officer
            date: 2026-10-01
            kinds: [health]
            controls: {{capture: none, retention: operational, roles: [privacy_officer]}}
        upstreams:
          - name: demo
            targets: ["{upstream}"]
        routes:
          - id: guarded
            match: {{path_prefix: /guarded}}
            upstream: demo
            strip_prefix: /guarded
            stages:
              access_log: {{}}
              authenticate: {{methods: [none], reason: a public test route}}
          - id: redacting
            match: {{path_prefix: /redacting}}
            upstream: demo
            strip_prefix: /redacting
            stages:
              authenticate: {{methods: [none], reason: a public test route}}
              privacy_guard:
                request: {{high_risk: redact, personal: redact}}
          - id: approved
            match: {{path_prefix: /approved}}
            upstream: demo
            strip_prefix: /approved
            stages:
              authenticate: {{methods: [none], reason: a public test route}}
              privacy_guard:
                approval: APP-2026-007
                request: {{special_category: allow}}
                response: {{special_category: flag}}
        """


CARD = "4111 1111 1111 1111"


@pytest.mark.clause("DATA-7")
def test_special_category_is_blocked_by_default_and_the_answer_names_no_value(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    body = {"patient": {"full_name": "Ada Example", "diagnosis": "HIV positive since 2019"}}
    response = httpx.post(f"{server.gateway}/guarded/echo", json=body)
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "sensitive_data_blocked"
    assert problem["direction"] == "request"
    assert {"path": "$.patient.diagnosis", "kind": "health"} in problem["findings"]
    assert "HIV" not in response.text and "Ada" not in response.text

    # Nothing of the value reached the access log; the counts did.
    def logged() -> bool:
        return bool(server.rows("SELECT findings FROM access_log WHERE status = 422"))
    wait_until(logged, what="the access log row")
    (findings,), = server.rows("SELECT findings FROM access_log WHERE status = 422")
    assert "health:1" in findings

    # A block is a security event: audited (once a minute per route and kinds), no values.
    def audited() -> list[dict[str, object]]:
        response = httpx.get(f"{server.admin}/admin/audit",
                             params={"action": "privacy_guard.block"},
                             headers=server.admin_headers, timeout=10)
        events: list[dict[str, object]] = response.json()["events"]
        return events
    wait_until(lambda: bool(audited()), what="the audit event of the block")
    (event,) = audited()
    assert event["target"] == "route=guarded" and event["outcome"] == "denied"
    assert "HIV" not in json.dumps(event) and "Ada" not in json.dumps(event)
    assert httpx.post(f"{server.gateway}/guarded/echo", json=body).status_code == 422
    assert len(audited()) == 1  # the second block within the minute is only counted


@pytest.mark.clause("DATA-7")
def test_special_category_in_free_text_and_in_the_response_is_blocked(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    note = {"ticket": 7, "notes": "The customer told us she was diagnosed with breast cancer"
            " last spring and needs the invoice resent."}
    assert httpx.post(f"{server.gateway}/guarded/echo", json=note).status_code == 422
    # The demo's patient record carries a diagnosis: the response is held and refused.
    response = httpx.get(f"{server.gateway}/guarded/patients/pat_001")
    assert response.status_code == 422
    assert response.json()["direction"] == "response"
    assert "diabetes" not in response.text


@pytest.mark.clause("DATA-7")
def test_an_approved_route_lets_the_covered_kind_through_but_not_others(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    response = httpx.post(f"{server.gateway}/approved/echo",
                          json={"triage": {"diagnosis": "suspected appendicitis"}})
    assert response.status_code == 200
    assert "appendicitis" in response.json()["body"]
    assert httpx.get(f"{server.gateway}/approved/patients/pat_002").status_code == 200
    # The approval covers health only: religion stays blocked.
    blocked = httpx.post(f"{server.gateway}/approved/echo", json={"religion": "Catholic"})
    assert blocked.status_code == 422
    assert blocked.json()["findings"] == [{"path": "$.religion", "kind": "religious_belief"}]


@pytest.mark.clause("DATA-7")
def test_redaction_replaces_values_before_the_upstream_sees_them(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    sent = {"order": 12, "payment": {"card_number": CARD, "cvc_hint": "none"},
            "contact": {"email": "ada@example.com"}, "sku": "BK-042",
            # JSON kept in a string: followed into the string and written back
            "event": json.dumps({"type": "charge", "card": CARD})}
    response = httpx.post(f"{server.gateway}/redacting/echo?email=bo%40example.com", json=sent)
    assert response.status_code == 200, response.text
    echoed = response.json()
    received = json.loads(echoed["body"])
    assert received["payment"]["card_number"] == "[redacted:payment_card]"
    assert received["contact"]["email"] == "[redacted:email]"
    assert received["sku"] == "BK-042" and received["order"] == 12
    assert json.loads(received["event"]) == {"type": "charge", "card": "[redacted:payment_card]"}
    assert int(echoed["headers"]["content-length"]) == len(echoed["body"].encode())
    assert "bo@example.com" not in echoed["query"] and "redacted" in echoed["query"]
    assert CARD not in response.text


@pytest.mark.clause("DATA-7")
def test_an_address_used_as_a_key_is_renamed_before_the_upstream_sees_it(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    sent = {"list": "weekly", "subscribers": {
        "ada@example.com": {"plan": "pro", "since": 2021},
        "bo@example.org": "paused",
    }}
    response = httpx.post(f"{server.gateway}/redacting/echo", json=sent)
    assert response.status_code == 200, response.text
    received = json.loads(response.json()["body"])
    # The keys go; a nested object stays (it is judged on its own), a plain value goes too
    assert received["list"] == "weekly"
    assert sorted(received["subscribers"]) == ["[redacted:email]", "[redacted:email]#2"]
    assert sorted(map(str, received["subscribers"].values())) == [
        "[redacted:email]", "{'plan': 'pro', 'since': 2021}"]
    assert "example.com" not in response.text and "example.org" not in response.text


def test_bodies_the_guard_cannot_read_are_refused_not_passed(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    bad = httpx.post(f"{server.gateway}/guarded/echo", content=b'{"a": ',
                     headers={"content-type": "application/json"})
    assert bad.status_code == 400 and bad.json()["code"] == "invalid_json"
    packed = httpx.post(f"{server.gateway}/guarded/echo", content=b"\x1f\x8b\x08\x00",
                        headers={"content-type": "application/json",
                                 "content-encoding": "gzip"})
    assert packed.status_code == 415 and packed.json()["code"] == "encoded_body"
    deep = ("[" * 200 + "]" * 200).encode()
    nested = httpx.post(f"{server.gateway}/guarded/echo", content=deep,
                        headers={"content-type": "application/json"})
    assert nested.status_code == 400 and nested.json()["code"] == "json_too_deep"
    # A body that is fine goes through, chunked on the way in, with a length on the way out.
    def chunks() -> object:
        yield b'{"note": "'
        yield b'deliver after 5pm"}'
    ok = httpx.post(f"{server.gateway}/guarded/echo", content=chunks(),  # type: ignore[arg-type]
                    headers={"content-type": "application/json"})
    assert ok.status_code == 200
    assert ok.json()["body"] == '{"note": "deliver after 5pm"}'


@pytest.mark.clause("DATA-5")
def test_findings_are_counted_in_metrics_by_route_and_kind_never_by_value(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    httpx.post(f"{server.gateway}/guarded/echo", json={"contact": {"email": "cy@example.com"}})

    def counted() -> bool:
        text = httpx.get(f"{server.admin}/metrics", headers=server.admin_headers).text
        return 'charter_privacy_findings_total{route="guarded",direction="request",' \
               'kind="email",action="flag"}' in text
    wait_until(counted, what="the finding in the metrics")
    text = httpx.get(f"{server.admin}/metrics", headers=server.admin_headers).text
    assert "cy@example.com" not in text
