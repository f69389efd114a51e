"""Governance at a running gateway: the published contacts, and disclosures counted per
recipient, data category and day after real traffic."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from tests.e2e.conftest import CharterFactory, Upstream, wait_until

pytestmark = pytest.mark.e2e


def _config(upstream: str) -> str:
    return f"""\
        controller: {{name: Example Shop GmbH, address: "Hauptstr. 1, 10115 Berlin", country: DE}}
        contacts:
          - {{role: privacy, name: Privacy team, email: privacy@example.com}}
          - {{role: security, name: Security team, url: "https://example.com/security"}}
        purposes:
          - {{name: service_delivery, legal_basis: contract, categories: [user.account]}}
          - {{name: security, legal_basis: legitimate_interests}}
          - {{name: operations, legal_basis: legitimate_interests}}
        recipients:
          - {{name: CloudHost, role: processor, country: IE, agreement: DPA-2024-03,
             agreement_date: 2024-03-01, purposes: [service_delivery]}}
        upstreams:
          - name: hosted
            targets: ["{upstream}"]
            recipient: CloudHost
          - name: internal
            targets: ["{upstream}"]
        routes:
          - id: hosted
            match: {{path_prefix: /hosted}}
            upstream: hosted
            strip_prefix: /hosted
            purpose: service_delivery
            stages:
              authenticate: {{methods: [none], reason: a public test route}}
          - id: internal
            match: {{path_prefix: /internal}}
            upstream: internal
            strip_prefix: /internal
            purpose: service_delivery
            stages:
              authenticate: {{methods: [none], reason: a public test route}}
        """


@pytest.mark.clause("CONTACT-1")
def test_the_contacts_are_published_on_the_gateway(charter: CharterFactory,
                                                   demo_upstream: Upstream) -> None:
    server = charter(_config(demo_upstream.url))
    response = httpx.get(f"{server.gateway}/.well-known/privacy/contacts")
    assert response.status_code == 200
    doc = response.json()
    assert doc["controller"]["name"] == "Example Shop GmbH"
    assert [(c["role"], c["email"], c["url"]) for c in doc["contacts"]] == [
        ("privacy", "privacy@example.com", None),
        ("security", None, "https://example.com/security")]
    assert httpx.post(f"{server.gateway}/.well-known/privacy/contacts").status_code == 405


@pytest.mark.clause("SHARE-4")
@pytest.mark.clause("SCOPE-7")
def test_disclosures_are_counted_per_recipient_category_and_day(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_config(demo_upstream.url))
    for _ in range(3):
        assert httpx.get(f"{server.gateway}/hosted/orders").status_code == 200
    # The guard finds an e-mail address in the body: its category is counted too.
    sent = httpx.post(f"{server.gateway}/hosted/echo", json={"note": "ada@example.com"})
    assert sent.status_code == 200
    # Traffic to an upstream that is no recipient is not a disclosure.
    assert httpx.get(f"{server.gateway}/internal/orders").status_code == 200

    sql = ("SELECT recipient, route_id, category, SUM(count) FROM disclosure_counts"
           " GROUP BY recipient, route_id, category ORDER BY category")
    wait_until(lambda: sum(r[3] for r in server.rows(sql)) >= 5, what="disclosure counts")
    assert server.rows(sql) == [("CloudHost", "hosted", "user.account", 4),
                                ("CloudHost", "hosted", "user.contact.email", 1)]

    today = datetime.now(UTC).date().isoformat()
    exported = httpx.get(f"{server.admin}/admin/governance/disclosures",
                         headers=server.admin_headers)
    assert exported.status_code == 200, exported.text
    assert {(c["day"], c["recipient"], c["category"], c["count"])
            for c in exported.json()["counts"]} == {
        (today, "CloudHost", "user.account", 4), (today, "CloudHost", "user.contact.email", 1)}
