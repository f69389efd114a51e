"""Finding an operation's request body schema in an OpenAPI document (USE-2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from charter.validation.openapi import ApiDescription
from charter.validation.schemas import SchemaError


def document(version: str = "3.1.0") -> dict[str, Any]:
    patient = {"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string"}, "note": {"type": "string"}}}
    return {
        "openapi": version,
        "info": {"title": "clinic", "version": "1"},
        "paths": {
            "/patients": {"post": {"requestBody": {"$ref": "#/components/requestBodies/New"}}},
            "/patients/search": {"post": {"requestBody": {"content": {"application/json": {
                "schema": {"type": "object", "properties": {"q": {"type": "string"}}}}}}}},
            "/patients/{id}": {"$ref": "#/components/pathItems/One"},
            "/files/{name}.json": {"put": {"requestBody": {"content": {
                "application/merge-patch+json": {"schema": {"type": "object"}}}}}},
            "/uploads": {"post": {"requestBody": {"required": True, "content": {
                "multipart/form-data": {"schema": {"type": "object"}}}}}},
        },
        "components": {
            "schemas": {"Patient": patient},
            "requestBodies": {"New": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Patient"}}}}},
            "pathItems": {"One": {
                "get": {"responses": {}},
                "patch": {"requestBody": {"content": {"application/json": {"schema": {
                    "type": "object", "properties": {"note": {"type": "string"}}}}}}}}},
        },
    }


def test_operations_are_found_by_method_and_path() -> None:
    api = ApiDescription(document())
    created = api.operation("POST", "/patients")
    assert created is not None and created.body_required
    schema = created.schema_for("application/json")
    assert schema is not None
    assert [v.path for v in schema.violations({"note": 1})] == ["$.name", "$.note"]
    assert api.operation("GET", "/patients") is None
    assert api.operation("POST", "/patients/") is None
    assert api.operation("DELETE", "/patients/p1") is None


def test_templated_paths_match_one_segment_and_concrete_paths_win() -> None:
    api = ApiDescription(document())
    one = api.operation("PATCH", "/patients/pat_001")
    assert one is not None and one.template == "/patients/{id}"
    assert api.operation("PATCH", "/patients/a/b") is None
    search = api.operation("POST", "/patients/search")
    assert search is not None and search.template == "/patients/search"
    partial = api.operation("PUT", "/files/report.json")
    assert partial is not None and partial.template == "/files/{name}.json"
    assert api.operation("PUT", "/files/report.xml") is None
    got = api.operation("GET", "/patients/pat_001")
    assert got is not None and got.bodies == {} and not got.body_required


def test_media_types_choose_the_schema() -> None:
    api = ApiDescription(document())
    patch = api.operation("PUT", "/files/x.json")
    assert patch is not None
    assert patch.schema_for("application/json") is patch.bodies["application/merge-patch+json"]
    uploads = api.operation("POST", "/uploads")
    assert uploads is not None and uploads.bodies == {}
    assert uploads.other_types == {"multipart/form-data"}


def test_openapi_3_0_nullable_and_boolean_exclusive_bounds() -> None:
    doc = document("3.0.3")
    doc["components"]["schemas"]["Patient"]["properties"]["note"] = {
        "type": "string", "nullable": True}
    doc["components"]["schemas"]["Patient"]["properties"]["age"] = {
        "type": "integer", "minimum": 0, "exclusiveMinimum": True}
    schema = ApiDescription(doc).operation("POST", "/patients").schema_for(  # type: ignore[union-attr]
        "application/json")
    assert schema is not None
    assert schema.violations({"name": "x", "note": None}) == []
    assert [v.as_dict() for v in schema.violations({"name": "x", "age": 0})] == [
        {"path": "$.age", "message": "must be greater than 0"}]


def test_a_document_is_read_from_yaml_or_json(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(yaml.safe_dump(document()))
    (tmp_path / "api.json").write_text(json.dumps(document()))
    for name in ("api.yaml", "api.json"):
        assert ApiDescription.load(str(tmp_path / name)).operation("POST", "/patients")


@pytest.mark.parametrize(("doc", "match"), [
    ({"swagger": "2.0", "paths": {}}, "not an OpenAPI 3.x document"),
    ({"openapi": "3.1.0", "paths": {"/a": {"post": {"requestBody": {
        "$ref": "#/components/requestBodies/Nope"}}}}}, "points to nothing"),
    ({"openapi": "3.1.0", "paths": {"/a": {"post": {"requestBody": {"content": {
        "application/json": {"schema": {"type": "object", "unevaluatedProperties": False}}}}}}}},
     "not supported"),
])
def test_unusable_documents_are_refused(doc: dict[str, Any], match: str) -> None:
    with pytest.raises(SchemaError, match=match):
        ApiDescription(doc)
