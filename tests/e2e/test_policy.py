"""The published policy on a running gateway: HTML and JSON, ETags, 304, and a new version
picked up by the worker without a restart."""

from __future__ import annotations

import httpx
import pytest

from charter.cli import main
from tests.e2e.conftest import CharterFactory, wait_until

pytestmark = [pytest.mark.e2e, pytest.mark.clause("UPDATE-1")]

POLICY = "/.well-known/privacy/policy"
BODY = """\
controller: {name: Example GmbH, address: "1 Main St, Berlin", country: DE}
contacts:
  - {role: privacy, name: Privacy Team, email: privacy@example.com}
upstreams:
  - {name: api, targets: ["http://127.0.0.1:9"]}
routes:
  - {id: api, upstream: api}
"""


def test_the_policy_is_served_with_etags(charter: CharterFactory) -> None:
    server = charter(BODY)
    before = httpx.get(server.gateway + POLICY)
    assert before.status_code == 404
    assert before.json()["code"] == "policy_not_published"

    assert main(["policy", "publish", "--config", str(server.config_path)]) == 0
    wait_until(lambda: httpx.get(server.gateway + POLICY).status_code == 200, 10,
               "the worker to pick up the published policy")
    page = httpx.get(server.gateway + POLICY)
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["x-policy-version"] == "1"
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "<script" not in page.text
    assert "Example GmbH" in page.text and "7 days" in page.text
    etag = page.headers["etag"]

    cached = httpx.get(server.gateway + POLICY, headers={"if-none-match": etag})
    assert cached.status_code == 304 and cached.content == b""
    assert cached.headers["etag"] == etag
    assert httpx.head(server.gateway + POLICY).headers["etag"] == etag

    document = httpx.get(server.gateway + POLICY + ".json")
    assert document.status_code == 200
    assert document.json()["version"] == 1
    assert document.json()["policy"]["controller"]["name"] == "Example GmbH"
    assert document.headers["etag"] != etag
    assert httpx.post(server.gateway + POLICY).status_code == 405

    # An editorial change, published from the command line, reaches the worker by polling.
    server.write_config(BODY.replace("Privacy Team", "Privacy Office"))
    assert main(["policy", "publish", "--config", str(server.config_path)]) == 0
    wait_until(lambda: httpx.get(server.gateway + POLICY).headers.get("x-policy-version") == "2",
               10, "version 2 to be served")
    renewed = httpx.get(server.gateway + POLICY, headers={"if-none-match": etag})
    assert renewed.status_code == 200 and "Privacy Office" in renewed.text


def test_an_operator_publishes_through_the_admin_api(charter: CharterFactory) -> None:
    server = charter(BODY)
    admin = f"{server.admin}/admin/policy"
    draft = httpx.get(f"{admin}/draft", headers=server.admin_headers)
    assert draft.status_code == 200 and "Example GmbH" in draft.json()["text"]
    published = httpx.post(f"{admin}/publish", headers=server.admin_headers,
                           json={"digest": draft.json()["digest"]})
    assert published.status_code == 200, published.text
    assert published.json()["version"]["approver"] == "bootstrap"
    wait_until(lambda: httpx.get(server.gateway + POLICY).headers.get("x-policy-version") == "1",
               10, "the worker to serve the version published on the admin API")
    assert httpx.get(server.gateway + POLICY + ".json").json()["digest"] == \
        draft.json()["digest"]
    [(actor, outcome, target)] = server.rows(
        "SELECT actor, outcome, target FROM audit_events"
        " WHERE action = 'POST /admin/policy/publish'")
    assert (actor, outcome, target) == ("bootstrap", "success", "policy_version:1")
