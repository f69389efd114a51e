"""Fields declared to carry personal data, and findings outside them (CLIENT-2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from charter.validation.navigate import SchemaDocument
from charter.validation.personal import (
    ANY_KIND,
    check_declarations,
    declared_kinds,
    undeclared_personal_data,
)

SCHEMA: dict[str, Any] = {
    "$defs": {"contact": {"type": "object", "x-personal-data": ["email", "phone"],
                          "properties": {"email": {}, "phone": {}}}},
    "type": "object",
    "properties": {
        "name": {"type": "string", "x-personal-data": ["person_name"]},
        "contact": {"$ref": "#/$defs/contact"},
        "notes": {"type": "string"},
        "profile": {"type": "object", "x-personal-data": True},
        "people": {"type": "array", "items": {"type": "object", "properties": {
            "name": {"x-personal-data": ["person_name"]}, "comment": {}}}},
    },
}


@dataclass(frozen=True)
class F:
    path: str
    kind: str


def kinds(*segments: str | int) -> frozenset[str]:
    return declared_kinds(SchemaDocument(SCHEMA), SCHEMA, list(segments))


def test_declarations_cover_a_field_and_everything_inside_it() -> None:
    assert kinds("name") == {"person_name"}
    assert kinds("contact", "email") == {"email", "phone"}
    assert kinds("profile", "deep", 3, "x") == {ANY_KIND}
    assert kinds("people", 4, "name") == {"person_name"}
    assert kinds("people", 4, "comment") == frozenset()
    assert kinds("notes") == frozenset()
    assert kinds("undeclared", "x") == frozenset()


@pytest.mark.clause("CLIENT-2")
def test_findings_outside_their_declared_fields_are_warnings() -> None:
    findings = [
        F("$.name", "person_name"),          # declared
        F("$.contact.email", "email"),       # declared on the parent
        F("$.notes", "email"),               # not declared
        F("$.notes", "phone"),
        F("$.people[0].comment", "email"),   # not declared, in an array
        F("$.people[7].comment", "email"),
        F("$.people[1].name", "email"),      # declared, but for another kind
        F("$.profile.anything", "health"),   # any kind
        F("$query.q", "email"),              # not the body
    ]
    warnings = undeclared_personal_data(SchemaDocument(SCHEMA), SCHEMA, findings)
    assert warnings == {("$.notes", "email"): 1, ("$.notes", "phone"): 1,
                        ("$.people[*].comment", "email"): 2,
                        ("$.people[*].name", "email"): 1}


def test_a_declaration_beside_a_ref_counts() -> None:
    schema = {"$defs": {"s": {"type": "string"}},
              "properties": {"mail": {"$ref": "#/$defs/s", "x-personal-data": ["email"]}}}
    assert declared_kinds(SchemaDocument(schema), schema, ["mail"]) == {"email"}


@pytest.mark.parametrize("mark", [[], "email", ["email", 3], ["nope"], 1])
def test_malformed_declarations_are_refused(mark: Any) -> None:
    with pytest.raises(ValueError, match="x-personal-data"):
        check_declarations({"properties": {"a": {"x-personal-data": mark}}})
