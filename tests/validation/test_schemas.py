"""Loading and compiling schemas; violation messages that never repeat the value (USE-2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from charter.validation.schemas import SchemaError, load_schema

SECRET = "ada.secret@example.com"


def test_an_inline_schema_compiles_and_checks() -> None:
    schema = load_schema({"type": "object", "required": ["n"],
                          "properties": {"n": {"type": "integer", "minimum": 1}}})
    assert schema.violations({"n": 3}) == []
    assert [v.as_dict() for v in schema.violations({"n": 0})] == [
        {"path": "$.n", "message": "must be at least 1"}]
    assert [v.path for v in schema.violations({})] == ["$.n"]


@pytest.mark.parametrize("name", ["order.json", "order.yaml"])
def test_a_schema_file_is_read_relative_to_the_working_directory(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = {"type": "object", "properties": {"qty": {"type": "integer"}}}
    (tmp_path / name).write_text(json.dumps(doc))  # JSON is YAML too
    monkeypatch.chdir(tmp_path)
    schema = load_schema(name)
    assert schema.violations({"qty": "x"})[0].path == "$.qty"
    assert load_schema(str(tmp_path / name)).violations({"qty": 1}) == []


@pytest.mark.parametrize(("source", "match"), [
    ("/nonexistent/schema.json", "cannot read"),
    ({"type": "object", "properties": {"a": {"$ref": "https://example.com/s.json"}}},
     "only local references"),
    ({"properties": {"a": {"$ref": "#/$defs/missing"}}}, "points to nothing"),
    ({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}},
      "properties": {"x": {"$ref": "#/$defs/a"}}}, "points to nothing"),
    ({"prefixItems": [{"type": "string"}]}, "'prefixItems' is not supported"),
    ({"unevaluatedProperties": False}, "'unevaluatedProperties' is not supported"),
    ({"properties": {"a": {"x-personal-data": ["shoe_size"]}}}, "unknown kinds"),
    ({"properties": {"a": {"x-personal-data": []}}}, "x-personal-data must be"),
    ({"properties": {"a": {"x-personal-data": "email"}}}, "x-personal-data must be"),
    ({"type": 5}, "cannot be compiled"),
    ([1, 2], "must be a mapping"),
])
def test_unusable_schemas_are_refused(source: Any, match: str) -> None:
    with pytest.raises(SchemaError, match=match):
        load_schema(source)


def test_keyword_names_used_as_property_names_are_fine() -> None:
    schema = load_schema({"properties": {"prefixItems": {"type": "string"}}})
    assert schema.violations({"prefixItems": 1})[0].path == "$.prefixItems"


def test_keywords_beside_a_ref_apply_in_current_drafts() -> None:
    doc = {"$defs": {"base": {"type": "object"}},
           "properties": {"a": {"$ref": "#/$defs/base", "required": ["id"]}}}
    assert [v.as_dict() for v in load_schema(doc).violations({"a": {}})] == [
        {"path": "$.a.id", "message": "is required"}]
    # Draft 7 ignores them, as that draft says.
    old = {**doc, "$schema": "http://json-schema.org/draft-07/schema#",
           "definitions": {"base": {"type": "object"}},
           "properties": {"a": {"$ref": "#/definitions/base", "required": ["id"]}}}
    assert load_schema(old).violations({"a": {}}) == []


def test_every_violation_is_listed() -> None:
    schema = load_schema({"type": "object", "properties": {
        "a": {"type": "string"}, "b": {"type": "integer"},
        "c": {"type": "array", "items": {"type": "integer"}}}})
    found = schema.violations({"a": 1, "b": "x", "c": [1, "two", 3, "four"]})
    assert [v.path for v in found] == ["$.a", "$.b", "$.c[1]", "$.c[3]"]


@pytest.mark.clause("USE-2")
@pytest.mark.parametrize(("subschema", "value", "message"), [
    ({"type": "integer"}, SECRET, "must be of type integer"),
    ({"pattern": "^[0-9]+$"}, SECRET, "must match the pattern ^[0-9]+$"),
    ({"enum": ["a", "b"]}, SECRET, "must be one of the values the schema allows"),
    ({"const": "x"}, SECRET, "must be the value the schema requires"),
    ({"format": "ipv4"}, SECRET, "must be a valid ipv4"),
    ({"maxLength": 3}, SECRET, "must be at most 3 characters long"),
    ({"minLength": 40}, SECRET, "must be at least 40 characters long"),
    ({"not": {"format": "email"}}, SECRET, "must not match the schema excluded here"),
    ({"anyOf": [{"type": "integer"}, {"maxLength": 2}]}, SECRET,
     "must match at least one of the schemas allowed here"),
    ({"maximum": 10}, 123456789, "must be at most 10"),
    ({"multipleOf": 7}, 123456789, "must be a multiple of 7"),
    ({"type": "array", "uniqueItems": True}, [SECRET, SECRET],
     "must not contain the same item twice"),
    ({"type": "object", "propertyNames": {"maxLength": 2}}, {"abc": SECRET},
     "has a member name the schema does not allow"),
])
def test_messages_say_what_the_schema_wants_never_the_value(
        subschema: dict[str, Any], value: Any, message: str) -> None:
    schema = load_schema({"type": "object", "properties": {"field": subschema}})
    (violation,) = schema.violations({"field": value})
    assert violation.as_dict() == {"path": "$.field", "message": message}
    assert str(value) not in json.dumps(violation.as_dict())
    assert "secret" not in violation.message


def test_members_that_additional_properties_forbids_are_named_by_path() -> None:
    schema = load_schema({"type": "object", "additionalProperties": False,
                          "properties": {"a": {}}, "patternProperties": {"^x-": {}}})
    found = schema.violations({"a": 1, "x-ok": 2, "note": SECRET, "odd key": SECRET})
    assert [v.as_dict() for v in found] == [
        {"path": "$.note", "message": "is not allowed by the schema"},
        {"path": '$["odd key"]', "message": "is not allowed by the schema"}]


def test_paths_with_dots_and_brackets_in_keys_are_exact() -> None:
    schema = load_schema({"type": "object", "properties": {"a.b": {"type": "object", "properties": {
        "c[0]": {"type": "array", "items": {"type": "integer"}}}}}})
    (violation,) = schema.violations({"a.b": {"c[0]": [1, SECRET]}})
    assert violation.path == '$["a.b"]["c[0]"][1]'


def test_defaults_are_not_written_into_the_body() -> None:
    schema = load_schema({"type": "object", "properties": {"n": {"default": 5}}})
    value: dict[str, Any] = {}
    assert schema.violations(value) == []
    assert value == {}
