"""`GET /admin/openapi.json`: generated from the registered endpoints, every one of them."""

from __future__ import annotations

import json
import re
from typing import Any

from charter.admin import roles
from tests.admin.conftest import Admin
from tests.admin.test_matrix import registered


def refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        for value in node.values():
            found |= refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(refs(item) for item in node)) if node else set()
    return set()


def resolve(doc: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def test_the_document_describes_every_endpoint(admin: Admin) -> None:
    token = admin.login(admin.enrol("auditor"))  # any signed-in operator may read it
    response = admin.request("GET", "/admin/openapi.json", token)
    assert response.status_code == 200
    doc = json.loads(response.text)
    assert doc["openapi"].startswith("3.1")
    assert doc["components"]["securitySchemes"]["session"] == {
        "type": "http", "scheme": "bearer", "description": doc["components"][
            "securitySchemes"]["session"]["description"]}
    operations = {(method.upper(), path): op for path, item in doc["paths"].items()
                  for method, op in item.items()}
    endpoints = registered(admin)
    assert {(e.method, re.sub(r"\{(\w+)(:\w+)?\}", r"{\1}", e.path)) for e in endpoints} == set(
        operations)
    ids = [op["operationId"] for op in operations.values()]
    assert len(ids) == len(set(ids))
    for endpoint in endpoints:
        op = operations[(endpoint.method, endpoint.path)]
        assert op["summary"] == endpoint.summary
        assert op["x-charter-permission"] == endpoint.permission
        assert str(endpoint.status) in op["responses"]
        assert "401" in op["responses"] and "500" in op["responses"]
        if endpoint.permission == roles.PUBLIC:
            assert op["security"] == []
        elif endpoint.permission != roles.SESSION:
            assert "403" in op["responses"]
        if endpoint.body is not None:
            schema = resolve(doc, op["requestBody"]["content"]["application/json"]["schema"][
                "$ref"])
            assert set(schema["properties"]) == set(endpoint.body.model_fields)
            assert "422" in op["responses"]
        if endpoint.query is not None:
            names = {p["name"] for p in op["parameters"] if p["in"] == "query"}
            assert names == set(endpoint.query.model_fields)
        path_params = re.findall(r"\{(\w+)", endpoint.path)
        assert [p["name"] for p in op.get("parameters", []) if p["in"] == "path"] == path_params
    for ref in refs(doc):
        resolve(doc, ref)  # every reference resolves


def test_the_login_response_schema_is_in_the_document(admin: Admin) -> None:
    doc = admin.request("GET", "/admin/openapi.json", admin.bootstrap).json()
    login = doc["paths"]["/admin/login"]["post"]
    schema = resolve(doc, login["responses"]["200"]["content"]["application/json"]["schema"][
        "$ref"])
    assert {"token", "expires", "operator"} <= set(schema["properties"])
    assert admin.request("GET", "/admin/openapi.json").status_code == 401
