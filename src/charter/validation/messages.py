"""Schema violations as `{"path", "message"}`, built from the schema and never the value.

Validators' own messages repeat what was submitted ("'x' is not a valid email"), and what a
client submits may be personal data. Here a message says what the schema asks for, from the
failed keyword and the schema's own value for it, and the path says where.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from fastjsonschema import JsonSchemaValueException

from charter.validation.paths import Segment, format_path

_INDEX: Final = re.compile(r"\[(\d+)\]")
ROOT_NAME: Final = "data"  # the name the validator gives the whole value


@dataclass(frozen=True)
class Violation:
    path: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}


def describe(error: JsonSchemaValueException, value: Any) -> list[Violation]:
    """The violations one validator error stands for (one, or one per member at fault)."""
    segments = locate(value, error.name or ROOT_NAME)
    rule = error.rule or ""
    definition = error.definition if isinstance(error.definition, dict) else {}
    node = _at(value, segments)
    if rule == "required" and isinstance(node, dict):
        missing = [key for key in error.rule_definition or () if key not in node]
        return [Violation(format_path([*segments, key]), "is required") for key in missing]
    if rule == "additionalProperties" and isinstance(node, dict):
        extra = _not_allowed(node, definition)
        return [Violation(format_path([*segments, key]), "is not allowed by the schema")
                for key in extra]
    return [Violation(format_path(segments), message(rule, error.rule_definition, definition))]


def message(rule: str, expected: Any, definition: dict[str, Any]) -> str:
    """What the schema asks for, in words, from the keyword `rule` and its schema value."""
    make = _MESSAGES.get(rule)
    if make is None:
        return f"does not satisfy the schema's {rule!r}" if rule else "does not fit the schema"
    return make(expected, definition)


def _types(expected: Any) -> str:
    names = expected if isinstance(expected, list) else [expected]
    return " or ".join(str(name) for name in names)


def _bound(word: str, unit: str = "") -> Callable[[Any, dict[str, Any]], str]:
    return lambda expected, _: f"must {word} {expected}{unit}"


def _minimum(expected: Any, definition: dict[str, Any]) -> str:
    # Draft 4 (and OpenAPI 3.0) write an exclusive bound as a flag beside `minimum`.
    if definition.get("exclusiveMinimum") is True:
        return f"must be greater than {expected}"
    return f"must be at least {expected}"


def _maximum(expected: Any, definition: dict[str, Any]) -> str:
    if definition.get("exclusiveMaximum") is True:
        return f"must be less than {expected}"
    return f"must be at most {expected}"


_MESSAGES: Final[dict[str, Callable[[Any, dict[str, Any]], str]]] = {
    "type": lambda expected, _: f"must be of type {_types(expected)}",
    "enum": lambda expected, _: "must be one of the values the schema allows",
    "const": lambda expected, _: "must be the value the schema requires",
    "pattern": lambda expected, _: f"must match the pattern {expected}",
    "format": lambda expected, _: f"must be a valid {expected}",
    "minLength": _bound("be at least", " characters long"),
    "maxLength": _bound("be at most", " characters long"),
    "minimum": _minimum,
    "maximum": _maximum,
    "exclusiveMinimum": _bound("be greater than"),
    "exclusiveMaximum": _bound("be less than"),
    "multipleOf": _bound("be a multiple of"),
    "minItems": _bound("have at least", " items"),
    "maxItems": _bound("have at most", " items"),
    "uniqueItems": lambda expected, _: "must not contain the same item twice",
    "items": lambda expected, _: "has more items than the schema allows",
    "additionalItems": lambda expected, _: "has more items than the schema allows",
    "contains": lambda expected, _: "must contain an item the schema describes",
    "minProperties": _bound("have at least", " members"),
    "maxProperties": _bound("have at most", " members"),
    "required": lambda expected, _: "is missing required members",
    "additionalProperties": lambda expected, _: "has members the schema does not allow",
    "propertyNames": lambda expected, _: "has a member name the schema does not allow",
    "dependencies": lambda expected, _: "lacks members that another of its members needs",
    "anyOf": lambda expected, _: "must match at least one of the schemas allowed here",
    "oneOf": lambda expected, _: "must match exactly one of the schemas allowed here",
    "allOf": lambda expected, _: "must match all of the schemas required here",
    "not": lambda expected, _: "must not match the schema excluded here",
    "if": lambda expected, _: "does not satisfy the schema's condition",
    "then": lambda expected, _: "does not satisfy the schema's condition",
    "else": lambda expected, _: "does not satisfy the schema's condition",
}


def locate(value: Any, name: str) -> list[Segment]:
    """The segments of the validator's name for a place (`data.a.b[0]`) in `value`.

    The validator joins keys with dots as they are, so a key holding a dot or a bracket makes
    the name ambiguous; the value itself settles it. Falls back to a plain split.
    """
    rest = name[len(ROOT_NAME):] if name.startswith(ROOT_NAME) else name
    found = _locate(value, rest, 0)
    if found is not None:
        return found
    segments: list[Segment] = []
    for part in rest.split("."):
        head, _, _ = part.partition("[")
        if head:
            segments.append(head)
        segments.extend(int(index) for index in _INDEX.findall(part))
    return segments


def _locate(node: Any, rest: str, depth: int) -> list[Segment] | None:
    if not rest:
        return []
    if depth > 256:
        return None
    if isinstance(node, list):
        match = _INDEX.match(rest)
        if match is not None and int(match.group(1)) < len(node):
            index = int(match.group(1))
            tail = _locate(node[index], rest[match.end():], depth + 1)
            if tail is not None:
                return [index, *tail]
        return None
    if isinstance(node, dict) and rest.startswith("."):
        for key in sorted(node, key=len, reverse=True):
            after = 1 + len(key)
            if rest.startswith(key, 1) and (len(rest) == after or rest[after] in ".["):
                tail = _locate(node[key], rest[after:], depth + 1)
                if tail is not None:
                    return [key, *tail]
    return None


def _at(value: Any, segments: list[Segment]) -> Any:
    node = value
    for segment in segments:
        try:
            node = node[segment]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _not_allowed(node: dict[str, Any], definition: dict[str, Any]) -> list[str]:
    properties = definition.get("properties")
    names = properties if isinstance(properties, dict) else {}
    patterns = definition.get("patternProperties")
    compiled = [re.compile(p) for p in patterns] if isinstance(patterns, dict) else []
    return [key for key in node
            if key not in names and not any(p.search(key) for p in compiled)]
