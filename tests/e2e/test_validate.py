"""The `validate` stage through a real `charter serve` and the real demo upstream (USE-2,
CLIENT-1, CLIENT-2, USE-3)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from charter.identity import service
from charter.store.engine import make_engine
from tests.e2e.conftest import Charter, CharterFactory, Upstream, wait_until

pytestmark = pytest.mark.e2e

ORDER_SCHEMA = {
    "type": "object",
    "required": ["customer", "items"],
    "properties": {
        "customer": {"type": "object", "required": ["email"], "properties": {
            "name": {"type": "string", "x-personal-data": ["person_name"]},
            "email": {"type": "string", "format": "email", "x-personal-data": ["email"]}}},
        "items": {"type": "array", "minItems": 1, "items": {"type": "object", "properties": {
            "sku": {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{3}$"},
            "quantity": {"type": "integer", "minimum": 1},
            "comment": {"type": "string"}}}},
    },
}
VALID = {"customer": {"name": "Ada Example", "email": "ada@example.com"},
         "items": [{"sku": "BK-042", "quantity": 1}]}
STRAY_EMAIL = "bo.sample@example.com"


def _routes(upstream: str, schema_path: Path) -> str:
    routes = "".join(f"""\
  - id: {name}
    match: {{path_prefix: /{name}}}
    upstream: demo
    strip_prefix: /{name}
    stages:
      access_log: {{}}
      authenticate: {{methods: [api_key]}}
      validate: {{schema: "{schema_path}", undeclared: {mode}}}
""" for name, mode in (("strict", "reject"), ("stripping", "strip"), ("lenient", "warn")))
    return f"""\
upstreams:
  - name: demo
    targets: ["{upstream}"]
    read_timeout: 5s
routes:
{routes}"""


@dataclass
class Shop:
    server: Charter
    client_id: str
    key: str

    def post(self, path: str, body: Any, *, raw: bytes | None = None,
             content_type: str = "application/json") -> httpx.Response:
        data = raw if raw is not None else json.dumps(body).encode()
        return httpx.post(f"{self.server.gateway}{path}", content=data, timeout=10,
                          headers={"x-api-key": self.key, "content-type": content_type})


@pytest.fixture
def shop(charter: CharterFactory, demo_upstream: Upstream, tmp_path: Path) -> Shop:
    schema_path = tmp_path / "order.schema.json"
    schema_path.write_text(json.dumps(ORDER_SCHEMA))
    server = charter(_routes(demo_upstream.url, schema_path))
    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org = service.create_organization(engine, "Shop", "shop").id
        client = service.create_client(engine, org, "shop-app", []).id
        _, key = service.create_api_key(engine, server.keyring, client)
    finally:
        engine.dispose()
    return Shop(server, client, key)


def echoed(response: httpx.Response) -> Any:
    """What the demo upstream received, as JSON."""
    assert response.status_code == 200, response.text
    seen = response.json()
    assert seen["body_bytes"] == len(seen["body"].encode())
    assert seen["headers"]["content-length"] == str(seen["body_bytes"])
    return json.loads(seen["body"])


@pytest.mark.clause("USE-2")
def test_a_valid_body_reaches_the_upstream_as_sent(shop: Shop) -> None:
    assert echoed(shop.post("/strict/echo", VALID)) == VALID


@pytest.mark.clause("USE-2")
def test_bodies_that_break_the_schema_are_422_without_their_values(shop: Shop) -> None:
    bad = {"customer": {"email": "not-an-address-4711"},
           "items": [{"sku": "secret-sku-4711", "quantity": 0}]}
    response = shop.post("/strict/echo", bad)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    doc = response.json()
    assert doc["code"] == "schema_violation"
    assert [e["path"] for e in doc["errors"]] == [
        "$.customer.email", "$.items[0].sku", "$.items[0].quantity"]
    assert "4711" not in response.text


@pytest.mark.clause("USE-2")
def test_invalid_json_and_other_media_types_are_refused(shop: Shop) -> None:
    response = shop.post("/strict/echo", None, raw=b'{"customer": {')
    assert (response.status_code, response.json()["code"]) == (400, "invalid_json")
    response = shop.post("/strict/echo", None, raw=b"customer=ada", content_type="text/plain")
    assert (response.status_code, response.json()["code"]) == (415, "unsupported_media_type")


@pytest.mark.clause("USE-3")
def test_deeply_nested_json_is_refused_before_validation(shop: Shop) -> None:
    deep = b'{"customer": ' + b'{"a": ' * 100 + b"1" + b"}" * 100 + b"}"
    response = shop.post("/strict/echo", None, raw=deep)
    assert (response.status_code, response.json()["code"]) == (400, "json_too_deep")
    # The connection is fine afterwards, and so is the next request.
    assert echoed(shop.post("/strict/echo", VALID)) == VALID


@pytest.mark.clause("CLIENT-1")
def test_undeclared_fields_are_rejected_stripped_or_let_through(shop: Shop) -> None:
    extra = {**VALID, "loyalty_card": "LC-99-1234",
             "items": [{"sku": "BK-042", "quantity": 1, "gift_note": "for Bo, with love"}]}

    rejected = shop.post("/strict/echo", extra)
    assert rejected.status_code == 422
    assert rejected.json()["code"] == "undeclared_fields"
    assert [e["path"] for e in rejected.json()["errors"]] == [
        "$.loyalty_card", "$.items[0].gift_note"]
    assert "LC-99" not in rejected.text and "with love" not in rejected.text

    # Stripped: the upstream gets the body without them, framed by its new length.
    assert echoed(shop.post("/stripping/echo", extra)) == VALID

    # Let through unchanged, and counted.
    assert echoed(shop.post("/lenient/echo", extra)) == extra

    def counted() -> bool:
        text = httpx.get(f"{shop.server.admin}/metrics").text
        return ("charter_undeclared_fields_stripped_total 2" in text
                and "charter_undeclared_fields_warned_total 2" in text)

    wait_until(counted, what="the undeclared-field counters")


@pytest.mark.clause("CLIENT-2")
def test_personal_data_in_an_undeclared_field_is_reported_without_the_value(shop: Shop) -> None:
    order = {"customer": {"name": "Ada Example", "email": "ada@example.com"},
             "items": [{"sku": "BK-042", "comment": f"please also mail {STRAY_EMAIL}"},
                       {"sku": "BK-043", "comment": "ring cy@example.com first"}]}
    assert echoed(shop.post("/strict/echo", order)) == order  # a warning refuses nothing

    server = shop.server
    wait_until(lambda: bool(server.rows("SELECT 1 FROM minimisation_warnings")),
               what="the warning to be written")
    assert server.rows("SELECT route_id, client_id, path, kind, count "
                       "FROM minimisation_warnings") == [
        ("strict", shop.client_id, "$.items[*].comment", "email", 2)]

    listed = httpx.get(f"{server.admin}/admin/privacy/minimisation",
                       params={"client_id": shop.client_id}, headers=server.admin_headers)
    assert listed.status_code == 200, listed.text
    (warning,) = listed.json()["warnings"]
    assert {k: warning[k] for k in ("client_id", "route_id", "path", "kind", "count")} == {
        "client_id": shop.client_id, "route_id": "strict", "path": "$.items[*].comment",
        "kind": "email", "count": 2}
    assert httpx.get(f"{server.admin}/admin/privacy/minimisation",
                     params={"client_id": "cli_other"},
                     headers=server.admin_headers).json()["warnings"] == []
    assert httpx.get(f"{server.admin}/admin/privacy/minimisation").status_code == 401

    # Nothing of the values is kept anywhere in the store.
    stored = b"".join(path.read_bytes() for path in server.db_path.parent.glob("charter.db*"))
    for value in (STRAY_EMAIL.encode(), b"cy@example.com", b"please also mail"):
        assert value not in stored
    wait_until(lambda: "charter_minimisation_warnings_total 2" in httpx.get(
        f"{server.admin}/metrics").text, what="the warning to be counted")
