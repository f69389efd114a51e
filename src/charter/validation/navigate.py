"""Walking a schema alongside a value: which subschemas apply to a member or an item.

Used where validation itself is not enough: finding members a schema does not declare, and
finding which fields a schema declares to carry personal data. `$ref`s are followed within
the document (only local references are accepted when a schema is loaded), and the branches
of `allOf`, `anyOf`, `oneOf` and `if`/`then`/`else` are taken together: a member declared in
any branch counts as declared.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

Schema = dict[str, Any]

_BRANCHES: Final = ("allOf", "anyOf", "oneOf")
_CONDITIONAL: Final = ("if", "then", "else")
_MAX_REF_HOPS: Final = 64
_MAX_CACHED: Final = 4096  # remembered answers per document


class SchemaDocument:
    """A schema, or an OpenAPI document, whose local `$ref`s (`#/a/b`) can be followed."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._members: dict[tuple[int, ...], dict[str, Member]] = {}
        self._starts: dict[int, SchemaSet] = {}
        self._items: dict[tuple[tuple[int, ...], int], SchemaSet] = {}

    def pointer(self, pointer: str) -> Any:
        """The node at a JSON pointer (`#/components/schemas/Order`); KeyError when none."""
        if not pointer.startswith("#"):
            raise KeyError(pointer)
        node = self.root
        for raw in pointer[1:].split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                try:
                    node = node[int(part)]
                except (ValueError, IndexError):
                    raise KeyError(pointer) from None
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise KeyError(pointer)
        return node

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """`node` (found at `pointer`) with its `$ref` chain followed: the node it names and
        that node's pointer. KeyError for a reference to nowhere or a loop of references."""
        for _ in range(_MAX_REF_HOPS):
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not isinstance(ref, str):
                return node, pointer
            node, pointer = self.pointer(ref), ref
        raise KeyError(pointer)

    def applicable(self, schemas: Iterable[Any]) -> SchemaSet:
        """The object schemas among `schemas`, what their `$ref`s name, and every branch
        inside them. Boolean schemas carry no declarations and are left out."""
        found: list[Schema] = []
        seen: set[int] = set()
        stack = list(schemas)[::-1]
        while stack:
            schema = stack.pop()
            if not isinstance(schema, dict) or id(schema) in seen:
                continue
            seen.add(id(schema))
            found.append(schema)
            ref = schema.get("$ref")
            if isinstance(ref, str):
                # Keywords beside a `$ref` (an `x-personal-data`, say) count as well.
                with contextlib.suppress(KeyError):
                    stack.append(self.pointer(ref))
            for keyword in _BRANCHES:
                branches = schema.get(keyword)
                if isinstance(branches, list):
                    stack.extend(reversed(branches))
            for keyword in reversed(_CONDITIONAL):
                if keyword in schema:
                    stack.append(schema[keyword])
        return SchemaSet(tuple(found))

    def start(self, schema: Any) -> SchemaSet:
        """The schemas that apply at the top of a value checked against `schema`."""
        found = self._starts.get(id(schema))
        if found is None:
            found = self._starts[id(schema)] = self.applicable([schema])
        return found

    def members(self, schemas: SchemaSet) -> dict[str, Member]:
        """The answers `member` has kept for `schemas`: look a key up here first."""
        table = self._members.get(schemas.ids)
        if table is None:
            table = self._members[schemas.ids] = {}
        return table

    def member(self, schemas: SchemaSet, key: str) -> Member:
        """What the object schemas `schemas` say about the member `key`.

        Answers for declared members are kept (up to a bound), so a body costs a dictionary
        lookup per member once its shape has been seen."""
        table = self.members(schemas)
        found = table.get(key)
        if found is None:
            found = self._member(schemas, key)
            if found.declared and len(table) < _MAX_CACHED:
                table[key] = found
        return found

    def _member(self, schemas: SchemaSet, key: str) -> Member:
        declared = constrained = False
        children: list[Any] = []
        for schema in schemas:
            properties = schema.get("properties")
            patterns = schema.get("patternProperties")
            if isinstance(properties, dict) or isinstance(patterns, dict):
                constrained = True
            matched = False
            if isinstance(properties, dict) and key in properties:
                children.append(properties[key])
                matched = True
            if isinstance(patterns, dict):
                for pattern, subschema in patterns.items():
                    if self._pattern(pattern).search(key):
                        children.append(subschema)
                        matched = True
            if not matched:
                # An explicit `additionalProperties` (a schema, or `true`) declares the rest.
                extra = schema.get("additionalProperties")
                if isinstance(extra, dict):
                    children.append(extra)
                    matched = True
                elif extra is True:
                    matched = True
            declared = declared or matched
        return Member(declared, constrained, self.applicable(children))

    def item(self, schemas: SchemaSet, index: int) -> SchemaSet:
        """The schemas that apply to item `index` of an array."""
        tuples = any(isinstance(schema.get("items"), list) for schema in schemas)
        cache_key = (schemas.ids, index if tuples else -1)
        found = self._items.get(cache_key)
        if found is not None:
            return found
        children: list[Any] = []
        for schema in schemas:
            items = schema.get("items")
            if isinstance(items, dict):
                children.append(items)
            elif isinstance(items, list):
                if index < len(items):
                    children.append(items[index])
                elif isinstance(schema.get("additionalItems"), dict):
                    children.append(schema["additionalItems"])
        found = self.applicable(children)
        if len(self._items) < _MAX_CACHED:
            self._items[cache_key] = found
        return found

    def _pattern(self, pattern: str) -> re.Pattern[str]:
        compiled = self._patterns.get(pattern)
        if compiled is None:
            compiled = self._patterns[pattern] = re.compile(pattern)
        return compiled


@dataclass(frozen=True, slots=True)
class SchemaSet:
    """The schemas that apply to one place in a value, with a key naming the combination."""

    schemas: tuple[Schema, ...]
    ids: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ids", tuple(id(schema) for schema in self.schemas))

    def __iter__(self) -> Iterator[Schema]:
        return iter(self.schemas)

    def __bool__(self) -> bool:
        return bool(self.schemas)


@dataclass(frozen=True, slots=True)
class Member:
    """`declared`: some schema names the member (or explicitly allows any other member);
    `constrained`: some schema lists its members at all, so an unnamed one is undeclared;
    `schemas`: what applies to the member's value."""

    declared: bool
    constrained: bool
    schemas: SchemaSet

    @property
    def undeclared(self) -> bool:
        return self.constrained and not self.declared
