"""The admin API described as OpenAPI 3.1, generated from the registered endpoints.

Nothing is written by hand: paths, methods, summaries, parameters and schemas come from each
`Endpoint` and its pydantic models, so the document cannot drift from what is served. Each
operation names its permission in `x-charter-permission`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema

from charter import __version__
from charter.admin import roles
from charter.admin.api import AdminContext, Endpoint

OPENAPI_VERSION = "3.1.0"
PATH = "/admin/openapi.json"
_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::[A-Za-z_]+)?\}")
_REF = "#/components/schemas/{model}"
# (model, mode) -> the schema referring to its definition
Refs = dict[tuple[Any, JsonSchemaMode], dict[str, Any]]

_PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "RFC 9457 problem details",
    "required": ["type", "title", "status", "code"],
    "properties": {
        "type": {"type": "string", "examples": ["urn:charter:problem:forbidden"]},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "code": {"type": "string", "description": "stable machine code"},
        "detail": {"type": "string"},
        "request_id": {"type": "string"},
        "problems": {"type": "array", "description": "what was invalid, where applicable"},
    },
}
_ERRORS = {
    400: "Malformed JSON body",
    401: "No valid session (or login refused)",
    403: "The role lacks the permission",
    404: "No such object",
    409: "The current state does not allow it",
    413: "Body too large",
    422: "Invalid fields (values are never echoed)",
    500: "Internal error (logged; nothing more is said)",
}


def document(endpoints: Sequence[Endpoint], *, title: str = "Charter admin API"
             ) -> dict[str, Any]:
    """The OpenAPI document for `endpoints`."""
    wanted: list[tuple[type[BaseModel], JsonSchemaMode]] = []
    for endpoint in endpoints:
        if endpoint.body is not None:
            wanted.append((endpoint.body, "validation"))
        if endpoint.response is not None:
            wanted.append((endpoint.response, "serialization"))
    refs: Refs
    refs, definitions = models_json_schema(_unique(wanted), ref_template=_REF)
    paths: dict[str, dict[str, Any]] = {}
    for endpoint in endpoints:
        path = _PARAM.sub(r"{\1}", endpoint.path)
        paths.setdefault(path, {})[endpoint.method.lower()] = _operation(endpoint, refs)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": title, "version": __version__,
                 "description": "The control plane of Charter, on the admin listener. Every "
                                "operation needs a session token from POST /admin/login, "
                                "except that login. Errors are RFC 9457 problem documents."},
        "paths": paths,
        "components": {
            "schemas": {**definitions.get("$defs", {}), "Problem": _PROBLEM_SCHEMA},
            "responses": {str(status): _problem(text) for status, text in _ERRORS.items()},
            "securitySchemes": {"session": {
                "type": "http", "scheme": "bearer",
                "description": "an operator session token (cha_s_...), or the break-glass "
                               "bootstrap token"}},
        },
        "security": [{"session": []}],
    }


def _operation(endpoint: Endpoint, refs: Refs) -> dict[str, Any]:
    public = endpoint.permission == roles.PUBLIC
    operation: dict[str, Any] = {
        "summary": endpoint.summary,
        "operationId": _operation_id(endpoint),
        "tags": [endpoint.path.split("/")[2]],
        "x-charter-permission": endpoint.permission,
    }
    parameters = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                  for name in _PARAM.findall(endpoint.path)]
    if endpoint.query is not None:
        parameters += _query_parameters(endpoint.query)
    if parameters:
        operation["parameters"] = parameters
    if endpoint.body is not None:
        operation["requestBody"] = {"required": True, "content": {
            "application/json": {"schema": refs[(endpoint.body, "validation")]}}}
    operation["responses"] = _responses(endpoint, refs, public)
    if public:
        operation["security"] = []
    return operation


def _responses(endpoint: Endpoint, refs: Refs, public: bool) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    if endpoint.status == 204:
        responses["204"] = {"description": "Done"}
    else:
        schema = (refs[(endpoint.response, "serialization")] if endpoint.response is not None
                  else {})
        responses[str(endpoint.status)] = {
            "description": endpoint.summary,
            "content": {"application/json": {"schema": schema}}}
    errors = [401, 500]
    if not public and endpoint.permission != roles.SESSION:
        errors.append(403)
    if _PARAM.search(endpoint.path):
        errors.append(404)
    if endpoint.body is not None:
        errors += [400, 413, 422]
    elif endpoint.query is not None:
        errors.append(422)
    if endpoint.mutating and not public:
        errors.append(409)
    for status in sorted(set(errors)):
        responses[str(status)] = {"$ref": f"#/components/responses/{status}"}
    return responses


def _query_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    schema = model.model_json_schema(ref_template=_REF)
    required = set(schema.get("required", []))
    parameters = []
    for name, field_schema in schema.get("properties", {}).items():
        parameter: dict[str, Any] = {"name": name, "in": "query",
                                     "required": name in required, "schema": field_schema}
        if "description" in field_schema:
            parameter["description"] = field_schema["description"]
        parameters.append(parameter)
    return parameters


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def _operation_id(endpoint: Endpoint) -> str:
    words = re.findall(r"[A-Za-z0-9]+", endpoint.path.removeprefix("/admin/"))
    return "_".join([endpoint.method.lower(), *words])


def _unique(items: list[tuple[type[BaseModel], JsonSchemaMode]]
            ) -> list[tuple[type[BaseModel], JsonSchemaMode]]:
    return list(dict.fromkeys(items))


def endpoint(all_endpoints: Callable[[], Sequence[Endpoint]]) -> Endpoint:
    """`GET /admin/openapi.json`, describing whatever `all_endpoints()` returns."""
    cache: dict[Literal["doc"], dict[str, Any]] = {}

    async def openapi(ctx: AdminContext, body: None) -> dict[str, Any]:
        if "doc" not in cache:
            cache["doc"] = document(all_endpoints())
        return cache["doc"]

    return Endpoint("GET", PATH, openapi, roles.SESSION, "This document")
