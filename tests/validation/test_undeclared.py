"""Members a schema does not declare, found and stripped at any depth (CLIENT-1)."""

from __future__ import annotations

from typing import Any

import pytest

from charter.validation.navigate import SchemaDocument
from charter.validation.undeclared import undeclared_members

ORDER: dict[str, Any] = {
    "$defs": {"item": {"type": "object", "properties": {
        "sku": {"type": "string"}, "qty": {"type": "integer"},
        "options": {"type": "array", "items": {"type": "object",
                                               "properties": {"code": {}}}}}}},
    "type": "object",
    "properties": {
        "customer": {"type": "object", "properties": {"name": {}, "email": {}}},
        "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
        "meta": {"type": "object"},
        "extras": {"type": "object", "properties": {"a": {}}, "additionalProperties": True},
        "pair": {"type": "array", "items": [{"type": "object", "properties": {"x": {}}}],
                 "additionalItems": {"type": "object", "properties": {"y": {}}}},
    },
    "patternProperties": {"^x-": {}},
}


def find(schema: dict[str, Any], value: Any, *, strip: bool = False) -> list[str]:
    return undeclared_members(SchemaDocument(schema), schema, value, strip=strip)


@pytest.mark.clause("CLIENT-1")
def test_undeclared_members_are_found_at_any_depth() -> None:
    body = {
        "customer": {"name": "Ada", "email": "a@example.com", "phone": "1"},
        "items": [{"sku": "a", "qty": 1, "gift": True},
                  {"sku": "b", "options": [{"code": 1, "colour": "red"}]}],
        "labels": {"anything": "goes"},
        "meta": {"free": {"form": 1}},
        "extras": {"a": 1, "b": 2},
        "pair": [{"x": 1, "z": 1}, {"y": 1, "x": 2}],
        "x-trace": 1,
        "coupon": "FREE",
    }
    assert find(ORDER, body) == [
        "$.coupon", "$.customer.phone", "$.items[0].gift", "$.items[1].options[0].colour",
        "$.pair[0].z", "$.pair[1].x"]


@pytest.mark.clause("CLIENT-1")
def test_stripping_removes_exactly_the_undeclared_members() -> None:
    body = {"customer": {"name": "Ada", "phone": "1"},
            "items": [{"sku": "a", "gift": True}, {"sku": "b"}], "coupon": "FREE"}
    assert find(ORDER, body, strip=True) == ["$.coupon", "$.customer.phone", "$.items[0].gift"]
    assert body == {"customer": {"name": "Ada"}, "items": [{"sku": "a"}, {"sku": "b"}]}
    assert find(ORDER, body) == []


def test_branches_declare_together() -> None:
    schema: dict[str, Any] = {
        "allOf": [{"properties": {"a": {}}}, {"properties": {"b": {}}}],
        "oneOf": [{"properties": {"c": {}}}, {"properties": {"d": {}}}]}
    assert find(schema, {"a": 1, "b": 1, "c": 1, "d": 1, "e": 1}) == ["$.e"]


def test_odd_keys_get_bracketed_paths() -> None:
    assert find({"properties": {}}, {"odd key": 1, "a.b": 2}) == ['$["odd key"]', '$["a.b"]']


def test_a_free_form_or_mismatched_value_has_nothing_undeclared() -> None:
    assert find({"type": "object"}, {"a": {"b": 1}}) == []
    assert find({"properties": {"a": {"properties": {"b": {}}}}}, {"a": [{"c": 1}]}) == []
    assert find(True, {"a": 1}) == []  # type: ignore[arg-type]
    assert find(ORDER, [1, 2]) == []


def test_a_recursive_schema_is_followed_as_deep_as_the_value() -> None:
    tree = {"$defs": {"node": {"type": "object", "properties": {
        "name": {}, "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
        "$ref": "#/$defs/node"}
    value: dict[str, Any] = {"name": "root", "children": []}
    node = value
    for depth in range(30):
        child: dict[str, Any] = {"name": str(depth), "children": []}
        node["children"].append(child)
        node = child
    node["stray"] = 1
    assert find(tree, value) == ["$" + ".children[0]" * 30 + ".stray"]
