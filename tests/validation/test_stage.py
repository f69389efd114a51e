"""The `validate` stage on whole request bodies: refusals, stripping, warnings (USE-2,
CLIENT-1, CLIENT-2, USE-3)."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from pydantic import ValidationError

from charter.config.models import CharterConfig, Route, Upstream
from charter.dataplane.body import REQUEST, Body
from charter.dataplane.context import RequestContext
from charter.dataplane.pipeline import Pipeline
from charter.dataplane.reply import Reply
from charter.dataplane.router import compile_route
from charter.dataplane.services import Services
from charter.dataplane.stages.validate import ValidateOptions
from charter.metrics import WorkerMetrics
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.privacy.scanner import Finding

ORDER = {
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


class Rows:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def put(self, row: dict[str, Any]) -> bool:
        self.rows.append(row)
        return True


class Harness:
    def __init__(self, options: dict[str, Any], **route: Any) -> None:
        keyring = Keyring.generate()
        self.rows = Rows()
        self.metrics = WorkerMetrics()
        config = CharterConfig(upstreams=[Upstream(name="demo",
                                                   targets=["http://127.0.0.1:9"])])
        services = Services(config=config, keyring=keyring,
                            pseudonymizer=Pseudonymizer(keyring), access_log=Rows(),
                            sinks={"minimisation_warnings": self.rows}, metrics=self.metrics)
        self.route = Route(id="orders", upstream="demo",
                           stages={"authenticate": {"methods": ["none"], "reason": "test"},
                                   "validate": options}, **route)
        self.pipeline = Pipeline.build(self.route, services)
        self.compiled = compile_route(self.route, config, self.pipeline)

    def send(self, data: bytes | Any, *, content_type: str = "application/json",
             method: str = "POST", path: str = "/orders", encoding: str = "",
             client_id: str | None = "cli_a") -> tuple[Reply | None, Body, RequestContext]:
        raw = data if isinstance(data, bytes) else json.dumps(data).encode()
        ctx = RequestContext(method, path, path, "", [], request_id="r-1",
                             client_ip="203.0.113.7", peer_ip="203.0.113.7", scheme="http",
                             host="api.example", http_version="1.1",
                             started=time.perf_counter())
        ctx.route = self.compiled
        ctx.client_id = client_id
        body = Body(raw, content_type, encoding, REQUEST)
        body.max_depth = self.route.max_json_depth
        body.max_members = self.route.max_json_members
        outcome = self.pipeline.run_request_body(ctx, body)
        assert outcome is None or isinstance(outcome, Reply)
        return outcome, body, ctx

    def counters(self) -> dict[str, float]:
        counters: dict[str, float] = self.metrics.snapshot()["counters"]
        return counters


def problem(reply: Reply | None) -> dict[str, Any]:
    assert reply is not None
    assert reply.content_type == b"application/problem+json"
    doc: dict[str, Any] = json.loads(reply.body)
    assert doc["status"] == reply.status
    return doc


@pytest.mark.clause("USE-2")
def test_a_valid_body_passes_unchanged() -> None:
    harness = Harness({"schema": ORDER})
    reply, body, ctx = harness.send(VALID)
    assert reply is None and not body.changed and ctx.error is None
    assert harness.rows.rows == []


def test_the_stage_is_left_out_without_a_schema() -> None:
    harness = Harness({})
    assert harness.pipeline.stages and "validate" not in [s.name for s in harness.pipeline.stages]


@pytest.mark.clause("USE-2")
def test_a_schema_violation_is_422_and_never_repeats_the_values() -> None:
    harness = Harness({"schema": ORDER})
    bad = {"customer": {"email": "not-an-address-4711"},
           "items": [{"sku": "secret-sku-4711", "quantity": 0}]}
    reply, _, ctx = harness.send(bad)
    doc = problem(reply)
    assert (doc["status"], doc["code"], ctx.error) == (422, "schema_violation", "schema_violation")
    assert doc["request_id"] == "r-1"
    assert doc["errors"] == [
        {"path": "$.customer.email", "message": "must be a valid email"},
        {"path": "$.items[0].sku", "message": "must match the pattern ^[A-Z]{2}-[0-9]{3}$"},
        {"path": "$.items[0].quantity", "message": "must be at least 1"}]
    assert b"4711" not in reply.body  # type: ignore[union-attr]


@pytest.mark.clause("USE-2")
@pytest.mark.parametrize(("data", "content_type", "encoding", "status", "code"), [
    (b'{"customer": ', "application/json", "", 400, "invalid_json"),
    (b"\xff\xfe", "application/json", "", 400, "invalid_json"),
    (b"customer=ada", "application/x-www-form-urlencoded", "", 415, "unsupported_media_type"),
    (b"{}", "", "", 415, "unsupported_media_type"),
    (b"{}", "application/json", "gzip", 415, "encoded_body"),
])
def test_bodies_that_cannot_be_checked_are_refused(
        data: bytes, content_type: str, encoding: str, status: int, code: str) -> None:
    reply, _, ctx = Harness({"schema": ORDER}).send(data, content_type=content_type,
                                                    encoding=encoding)
    doc = problem(reply)
    assert (doc["status"], doc["code"], ctx.error) == (status, code, code)


def test_json_media_types_are_configurable() -> None:
    harness = Harness({"schema": ORDER, "content_types": ["application/vnd.shop+json"]})
    assert harness.send(VALID, content_type="application/vnd.shop+json")[0] is None
    assert problem(harness.send(VALID)[0])["code"] == "unsupported_media_type"
    family = Harness({"schema": ORDER})
    assert family.send(VALID, content_type="application/merge-patch+json; charset=utf-8")[0] is None
    with pytest.raises(ValidationError, match="not a media type"):
        ValidateOptions.model_validate({"schema": ORDER, "content_types": ["json"]})


def test_an_empty_body_is_not_checked() -> None:
    assert Harness({"schema": ORDER}).send(b"", content_type="")[0] is None


@pytest.mark.clause("USE-3")
def test_nesting_and_member_limits_are_400() -> None:
    deep = b"[" * 100 + b"]" * 100
    reply, _, _ = Harness({"schema": {}}).send(deep)
    doc = problem(reply)
    assert (doc["status"], doc["code"]) == (400, "json_too_deep")
    assert "64" in doc["detail"]
    wide = {"customer": {"email": "a@example.com"}, "items": [{"sku": "AB-001"}] * 50}
    reply, _, _ = Harness({"schema": ORDER}, max_json_members=40).send(wide)
    doc = problem(reply)
    assert (doc["status"], doc["code"]) == (400, "json_too_large")
    reply, _, _ = Harness({"schema": ORDER}, max_json_depth=2).send(VALID)
    assert problem(reply)["code"] == "json_too_deep"


@pytest.mark.clause("CLIENT-1")
def test_undeclared_fields_are_rejected_by_default() -> None:
    harness = Harness({"schema": ORDER})
    body = {**VALID, "loyalty_card": "LC-99-4711",
            "items": [{"sku": "BK-042", "quantity": 1, "gift_note": "for Bo"}]}
    reply, _, ctx = harness.send(body)
    doc = problem(reply)
    assert (doc["status"], doc["code"], ctx.error) == (422, "undeclared_fields",
                                                       "undeclared_fields")
    assert [e["path"] for e in doc["errors"]] == ["$.loyalty_card", "$.items[0].gift_note"]
    assert b"4711" not in reply.body and b"for Bo" not in reply.body  # type: ignore[union-attr]


@pytest.mark.clause("CLIENT-1")
def test_undeclared_fields_can_be_stripped() -> None:
    harness = Harness({"schema": ORDER, "undeclared": "strip"})
    body = {**VALID, "loyalty_card": "LC-99",
            "items": [{"sku": "BK-042", "quantity": 1, "gift_note": "for Bo"}]}
    reply, sent, _ = harness.send(body)
    assert reply is None and sent.changed
    assert json.loads(sent.data) == VALID
    assert harness.counters()["undeclared_fields_stripped"] == 2


def test_stripped_bodies_must_still_fit_the_schema() -> None:
    harness = Harness({"schema": {**ORDER, "additionalProperties": False},
                       "undeclared": "strip"})
    assert harness.send({**VALID, "extra": 1})[0] is None
    reply = harness.send({"extra": 1})[0]
    assert problem(reply)["code"] == "schema_violation"


@pytest.mark.clause("CLIENT-1")
def test_undeclared_fields_can_be_let_through_and_counted() -> None:
    harness = Harness({"schema": ORDER, "undeclared": "warn"})
    body = {**VALID, "loyalty_card": "LC-99"}
    reply, sent, _ = harness.send(body)
    assert reply is None and not sent.changed
    assert harness.counters()["undeclared_fields_warned"] == 1


@pytest.mark.clause("CLIENT-2")
def test_personal_data_in_undeclared_fields_is_a_minimisation_warning() -> None:
    harness = Harness({"schema": ORDER})
    body = {"customer": {"name": "Ada Example", "email": "ada@example.com"},
            "items": [{"sku": "BK-042", "comment": "mail bo.sample@example.com"},
                      {"sku": "BK-043", "comment": "or cy@example.com"}]}
    reply, sent, _ = harness.send(body)
    assert reply is None
    assert sent.findings is not None  # kept for the privacy guard
    assert {(f.path, f.kind) for f in sent.findings} >= {("$.customer.email", "email"),
                                                         ("$.items[0].comment", "email")}
    rows = harness.rows.rows
    assert [(r["route_id"], r["client_id"], r["path"], r["kind"], r["count"])
            for r in rows] == [("orders", "cli_a", "$.items[*].comment", "email", 2)]
    assert harness.counters()["minimisation_warnings"] == 2
    assert "example.com" not in json.dumps(rows)


def test_findings_already_on_the_body_are_reused() -> None:
    harness = Harness({"schema": ORDER})
    ctx_body = {"customer": {"email": "ada@example.com"}, "items": [{"sku": "BK-042"}]}
    raw = json.dumps(ctx_body).encode()
    ctx = harness.send(raw)[2]
    body = Body(raw, "application/json", "", REQUEST)
    planted = [Finding("$.items[0].sku", "national_id", "test", 0.9),
               Finding("$.items[0].sku", "phone", "test", 0.1)]  # too unsure to count
    body.findings = planted
    assert harness.pipeline.run_request_body(ctx, body) is None
    assert body.findings is planted
    assert [(r["path"], r["kind"]) for r in harness.rows.rows] == [
        ("$.items[*].sku", "national_id")]


OPENAPI = {
    "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
    "paths": {
        "/patients/{id}": {"patch": {"requestBody": {"content": {"application/json": {
            "schema": {"type": "object", "properties": {"note": {"type": "string"}}}}}}},
            "get": {"responses": {}}},
        "/patients": {"post": {"requestBody": {"required": True, "content": {
            "application/json": {"schema": {"type": "object"}}}}}},
    },
}


@pytest.mark.clause("USE-2")
def test_openapi_operations_are_found_after_strip_prefix(tmp_path: Any) -> None:
    path = tmp_path / "api.json"
    path.write_text(json.dumps(OPENAPI))
    harness = Harness({"openapi": str(path)}, strip_prefix="/api")
    assert harness.send({"note": "ok"}, method="PATCH", path="/api/patients/p1")[0] is None
    reply = harness.send({"note": 1}, method="PATCH", path="/api/patients/p1")[0]
    assert problem(reply)["errors"] == [{"path": "$.note", "message": "must be of type string"}]
    # A body where the description declares none is undeclared as a whole.
    reply = harness.send({"x": 1}, method="GET", path="/api/patients/p1")[0]
    assert problem(reply)["errors"] == [{"path": "$", "message": "is not declared by the schema"}]
    reply = harness.send({"x": 1}, method="PUT", path="/api/unknown")[0]
    assert problem(reply)["code"] == "undeclared_fields"
    assert harness.send(b"", content_type="", method="GET", path="/api/patients/p1")[0] is None
    reply = harness.send(b"", content_type="", method="POST", path="/api/patients")[0]
    assert problem(reply)["code"] == "schema_violation"


def test_options_are_checked_when_the_configuration_is() -> None:
    with pytest.raises(ValidationError, match="either schema or openapi"):
        ValidateOptions.model_validate({"schema": ORDER, "openapi": "api.yaml"})
    with pytest.raises(ValidationError, match="cannot read"):
        ValidateOptions.model_validate({"openapi": "/nonexistent/api.yaml"})
    with pytest.raises(ValidationError, match="not supported"):
        ValidateOptions.model_validate({"schema": {"prefixItems": []}})
    with pytest.raises(ValidationError):
        ValidateOptions.model_validate({"schema": ORDER, "undeclared": "drop"})
