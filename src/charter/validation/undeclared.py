"""Members a schema does not declare, found (and, when asked, removed) at any depth.

A member is undeclared when the schema of its object lists members (`properties` or
`patternProperties`) and none of them, nor an explicit `additionalProperties`, covers it. An
object whose schema lists no members is free-form: nothing in it is undeclared. Arrays are
followed item by item (`items`, and the tuple form with `additionalItems`).
"""

from __future__ import annotations

from typing import Any

from charter.validation.navigate import SchemaDocument, SchemaSet
from charter.validation.paths import Segment, format_path


def undeclared_members(document: SchemaDocument, schema: Any, value: Any, *,
                       strip: bool = False) -> list[str]:
    """The paths of the members of `value` that `schema` does not declare, parents before children.

    With `strip`, they are also deleted from `value` (in place).
    """
    found: list[str] = []
    stack: list[tuple[Any, SchemaSet, tuple[Segment, ...]]] = [
        (value, document.start(schema), ())]
    while stack:
        node, schemas, path = stack.pop()
        if not schemas:
            continue
        children: list[tuple[Any, SchemaSet, tuple[Segment, ...]]] = []
        if isinstance(node, dict):
            gone = []
            known = document.members(schemas)
            for key, child in node.items():
                member = known.get(key) or document.member(schemas, key)
                if member.undeclared:
                    found.append(format_path((*path, key)))
                    gone.append(key)
                elif isinstance(child, dict | list):
                    children.append((child, member.schemas, (*path, key)))
            if strip:
                for key in gone:
                    del node[key]
        elif isinstance(node, list):
            for index, child in enumerate(node):
                if isinstance(child, dict | list):
                    children.append((child, document.item(schemas, index), (*path, index)))
        stack.extend(reversed(children))
    return found
