"""An OpenAPI 3.x document as the `validate` stage uses it: the request body schema of the
operation a request is for.

Operations are found by method and path, where the path is the one the upstream receives
(after the route's `strip_prefix`); `servers` are not consulted. A concrete path
(`/patients/search`) is preferred to a templated one (`/patients/{id}`), and each `{name}`
matches one non-empty path segment (or part of one: `/files/{name}.json`). References within
the document (`$ref: "#/components/..."`) are followed, for path items, request bodies and
schemas alike. OpenAPI 3.0's `nullable: true` is read as "or null".
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any, Final

from charter.validation.navigate import SchemaDocument
from charter.validation.schemas import (
    CompiledSchema,
    SchemaError,
    check_document,
    compile_schema,
    read_document,
    ref_siblings_apply,
)

METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARAM: Final = re.compile(r"\{[^{}/]+\}")


def is_json_media_type(media: str) -> bool:
    media = media.partition(";")[0].strip().lower()
    return media == "application/json" or (media.startswith("application/")
                                           and media.endswith("+json"))


@dataclass(frozen=True)
class Operation:
    """One operation's request body: a compiled schema per JSON media type."""

    method: str
    template: str
    bodies: dict[str, CompiledSchema] = field(default_factory=dict)
    body_required: bool = False
    other_types: frozenset[str] = frozenset()  # declared media types that are not JSON

    def schema_for(self, media_type: str) -> CompiledSchema | None:
        """The schema for a body of `media_type`: its own entry, else `application/json`'s,
        else the only JSON one there is."""
        found = self.bodies.get(media_type) or self.bodies.get("application/json")
        if found is None and len(self.bodies) == 1:
            found = next(iter(self.bodies.values()))
        return found


class ApiDescription:
    """The operations of one OpenAPI document, ready to be looked up per request."""

    def __init__(self, document: Any, source: str = "the OpenAPI document") -> None:
        if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith(
                "3."):
            raise SchemaError(f"{source} is not an OpenAPI 3.x document (no 'openapi: 3.x')")
        version_30 = str(document["openapi"]).startswith("3.0")
        check_document(document)
        document = copy.deepcopy(document)
        if version_30:
            _nullable_as_null(document)
        else:
            ref_siblings_apply(document)
        self.document = SchemaDocument(document)
        self._exact: dict[tuple[str, str], Operation] = {}
        self._templated: list[tuple[str, re.Pattern[str], Operation]] = []
        paths = document.get("paths") or {}
        if not isinstance(paths, dict):
            raise SchemaError(f"{source}: 'paths' must be a mapping")
        for template, item in paths.items():
            self._add_path(str(template), item, version_30)
        # More literal characters first: `/a/{x}/c` before `/a/{x}/{y}`.
        self._templated.sort(key=lambda entry: -len(_PARAM.sub("", entry[2].template)))

    @classmethod
    def load(cls, source: str) -> ApiDescription:
        return cls(read_document(source), source)

    def operation(self, method: str, path: str) -> Operation | None:
        """The operation for a request, or None when the document declares none."""
        method = method.lower()
        found = self._exact.get((method, path))
        if found is not None:
            return found
        for op_method, pattern, operation in self._templated:
            if op_method == method and pattern.fullmatch(path):
                return operation
        return None

    def operations(self) -> list[Operation]:
        return [*self._exact.values(), *(entry[2] for entry in self._templated)]

    def _add_path(self, template: str, item: Any, version_30: bool) -> None:
        pointer = "#/paths/" + _escape(template)
        item, pointer = self._follow(item, pointer)
        if not isinstance(item, dict):
            raise SchemaError(f"the path item {template!r} must be a mapping")
        for method in METHODS:
            if method not in item:
                continue
            operation = self._operation(method, template, item[method],
                                        f"{pointer}/{method}", version_30)
            if _PARAM.search(template):
                self._templated.append((method, _template_pattern(template), operation))
            else:
                self._exact[(method, template)] = operation

    def _operation(self, method: str, template: str, spec: Any, pointer: str,
                   version_30: bool) -> Operation:
        spec, pointer = self._follow(spec, pointer)
        body_spec = spec.get("requestBody") if isinstance(spec, dict) else None
        if body_spec is None:
            return Operation(method, template)
        body_spec, pointer = self._follow(body_spec, pointer + "/requestBody")
        content = body_spec.get("content") if isinstance(body_spec, dict) else None
        bodies: dict[str, CompiledSchema] = {}
        others: set[str] = set()
        for media, media_spec in (content or {}).items():
            if not is_json_media_type(str(media)):
                others.add(str(media).lower())
                continue
            if not isinstance(media_spec, dict) or "schema" not in media_spec:
                others.add(str(media).lower())  # any JSON will do: nothing to check
                continue
            where = f"{pointer}/content/{_escape(str(media))}/schema"
            try:
                bodies[str(media).lower()] = compile_schema(self.document, where,
                                                            draft4=version_30)
            except SchemaError as exc:
                raise SchemaError(f"{method.upper()} {template}: {exc}") from None
        return Operation(method, template, bodies, bool(body_spec.get("required")),
                         frozenset(others))

    def _follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        try:
            return self.document.follow(node, pointer)
        except KeyError:
            raise SchemaError(f"a reference at {pointer} points to nothing") from None


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _template_pattern(template: str) -> re.Pattern[str]:
    regex, last = "", 0
    for match in _PARAM.finditer(template):
        regex += re.escape(template[last:match.start()]) + "[^/]+"
        last = match.end()
    return re.compile(regex + re.escape(template[last:]))


def _nullable_as_null(node: Any) -> None:
    """OpenAPI 3.0's `nullable: true` beside a `type`, written as JSON Schema says it."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, list):
            stack.extend(current)
        elif isinstance(current, dict):
            stack.extend(current.values())
            kind = current.get("type")
            if current.get("nullable") is True and isinstance(kind, str):
                current["type"] = [kind, "null"]
                enum = current.get("enum")
                if isinstance(enum, list) and None not in enum:
                    current["enum"] = [*enum, None]
