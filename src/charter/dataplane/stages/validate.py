"""validate: request bodies checked against a declared schema (clauses USE-2, CLIENT-1/2, USE-3).

A route declares what its clients may send, as a JSON Schema (`schema`) or as an OpenAPI 3.x
document (`openapi`, where the operation is found by method and path). Once the whole body is
in, in this order:

1. a body that is not JSON (by `content_types`) is refused with 415 `unsupported_media_type`,
   one that does not parse with 400 `invalid_json`, one nested deeper or with more members
   than the route's `max_json_depth` / `max_json_members` with `json_too_deep` /
   `json_too_large` (400, as the privacy guard answers them), a compressed one with 415
   `encoded_body`;
2. members the schema does not declare are, by `undeclared`, refused (422
   `undeclared_fields`), stripped before the body goes on, or let through and counted;
3. the body must satisfy the schema, or it is refused with 422 `schema_violation`;
4. personal data the scanner finds in a field not declared to carry it (`x-personal-data`) is
   a minimisation warning: counted, and recorded per client in `minimisation_warnings`.

Answers list paths and what the schema asks for, never the values sent. A request without a
body is not checked (there is nothing to check), unless the OpenAPI operation requires one.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from charter.dataplane.body import Body, BodyError
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions
from charter.privacy.minimisation import MAX_PATH, TABLE
from charter.privacy.scanner.findings import MIN_CONFIDENCE
from charter.privacy.shared_scanner import shared_scanner
from charter.validation.openapi import ApiDescription
from charter.validation.personal import undeclared_personal_data
from charter.validation.schemas import CompiledSchema, SchemaError, load_schema
from charter.validation.undeclared import undeclared_members

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.services import Services

Undeclared = Literal["reject", "strip", "warn"]
JSON_TYPES: Final = ("application/json", "application/*+json")
MAX_LISTED: Final = 20  # paths listed in one problem document


class ValidateOptions(StageOptions):
    # `schema` would shadow a BaseModel attribute: the field has another name, and both work.
    model_config = ConfigDict(populate_by_name=True)

    json_schema: dict[str, Any] | str | None = Field(
        None, alias="schema",
        description="a JSON Schema for request bodies: inline, or the path of a JSON or YAML "
                    "file (relative paths from the working directory)")
    openapi: str | None = Field(
        None, description="the path of an OpenAPI 3.x document (JSON or YAML); a request's "
                          "body schema is its operation's, by method and upstream path")
    undeclared: Undeclared = Field(
        "reject", description="members the schema does not declare: reject (422), strip "
                              "them, or warn (forward and count)")
    content_types: list[str] = Field(
        default_factory=lambda: list(JSON_TYPES), min_length=1,
        description="media types read as JSON; `type/*+suffix` matches a family. Other "
                    "bodies are refused with 415")

    @field_validator("content_types")
    @classmethod
    def _media_types(cls, value: list[str]) -> list[str]:
        cleaned = [item.strip().lower() for item in value]
        for item in cleaned:
            kind, slash, sub = item.partition("/")
            if not (kind and slash and sub) or ";" in item:
                raise ValueError(f"{item!r} is not a media type such as application/json")
        return cleaned

    @model_validator(mode="after")
    def _one_source(self) -> ValidateOptions:
        if self.json_schema is not None and self.openapi is not None:
            raise ValueError("give either schema or openapi, not both")
        # Loaded now too, so that `charter check` reports a bad schema with its location.
        try:
            _load(self)
        except SchemaError as exc:
            raise ValueError(str(exc)) from None
        return self


def _load(options: ValidateOptions) -> CompiledSchema | ApiDescription | None:
    if options.json_schema is not None:
        return load_schema(options.json_schema)
    if options.openapi is not None:
        return ApiDescription.load(options.openapi)
    return None


class ValidateStage(Stage):
    name: ClassVar[str] = "validate"
    Options: ClassVar[type[StageOptions]] = ValidateOptions

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        assert isinstance(options, ValidateOptions)
        loaded = _load(options)  # compiled once per route and configuration version
        self._schema = loaded if isinstance(loaded, CompiledSchema) else None
        self._api = loaded if isinstance(loaded, ApiDescription) else None
        self._undeclared = options.undeclared
        self._exact_types = frozenset(t for t in options.content_types if "*" not in t)
        self._type_families = tuple(tuple(t.split("*", 1)) for t in options.content_types
                                    if "*" in t)
        self._sink = services.sinks.get(TABLE)
        self._scanner = shared_scanner() if loaded is not None else None

    def active(self) -> bool:
        return self._schema is not None or self._api is not None

    def reads_request_body(self) -> bool:
        return self.active()

    def on_request_body(self, ctx: RequestContext, body: Body) -> Reply | None:
        schema = self._schema
        if self._api is not None:
            operation = self._api.operation(ctx.method, _upstream_path(ctx))
            if operation is None:
                return self._undeclared_body(ctx, body)
            if not body.data:
                if operation.body_required:
                    ctx.error = "schema_violation"
                    return problem(422, "schema_violation", "A request body is required",
                                   request_id=ctx.request_id,
                                   errors=[{"path": "$", "message": "is required"}])
                return None
            if body.media_type in operation.other_types:
                return None  # a body the description declares, of a type not read as JSON
            if not operation.bodies:
                return self._undeclared_body(ctx, body)
            schema = operation.schema_for(body.media_type)
        if not body.data:
            return None
        if schema is None or not self._accepts(body.media_type):
            ctx.error = "unsupported_media_type"
            return problem(415, "unsupported_media_type", "Unsupported media type",
                           "this route takes JSON request bodies", request_id=ctx.request_id)
        value = _parse(ctx, body)
        if isinstance(value, Reply):
            return value
        return self._check(ctx, body, schema, value)

    def _check(self, ctx: RequestContext, body: Body, schema: CompiledSchema,
               value: Any) -> Reply | None:
        mode = self._undeclared
        undeclared = undeclared_members(schema.document, schema.schema, value,
                                         strip=mode == "strip")
        if undeclared:
            if mode == "reject":
                return _undeclared(ctx, undeclared)
            self._count(f"undeclared_fields_{'stripped' if mode == 'strip' else 'warned'}",
                        len(undeclared))
        violations = schema.violations(value)
        if violations:
            ctx.error = "schema_violation"
            return problem(422, "schema_violation", "The request body does not fit the schema",
                           "each entry of errors names a path and what the schema asks there",
                           request_id=ctx.request_id,
                           errors=[v.as_dict() for v in violations[:MAX_LISTED]])
        if undeclared and mode == "strip":
            body.replace_json(value)
        self._warn_minimisation(ctx, body, schema, value)
        return None

    def _undeclared_body(self, ctx: RequestContext, body: Body) -> Reply | None:
        """A body where the API description declares none: undeclared as a whole."""
        if not body.data:
            return None
        if self._undeclared == "warn":
            self._count("undeclared_fields_warned", 1)
            return None
        return _undeclared(ctx, ["$"])

    def _accepts(self, media_type: str) -> bool:
        if media_type in self._exact_types:
            return True
        return any(media_type.startswith(head) and media_type.endswith(tail)
                   and len(media_type) > len(head) + len(tail)
                   for head, tail in self._type_families)

    def _warn_minimisation(self, ctx: RequestContext, body: Body, schema: CompiledSchema,
                           value: Any) -> None:
        """Personal data outside the fields declared for it: counted and recorded (CLIENT-2).
        The findings stay on the body for the privacy guard."""
        scanner = self._scanner
        if scanner is None:
            return
        findings = body.findings
        if findings is None:
            findings = body.findings = scanner.scan_value(value)
        sure = [f for f in findings if f.confidence >= MIN_CONFIDENCE]
        if not sure:
            return
        warnings = undeclared_personal_data(schema.document, schema.schema, sure)
        if not warnings:
            return
        self._count("minimisation_warnings", sum(warnings.values()))
        sink = self._sink
        if sink is None:
            return
        now = time.time()
        for (path, kind), count in warnings.items():
            sink.put({"ts": now, "route_id": self.route.id, "client_id": ctx.client_id,
                      "path": path[:MAX_PATH], "kind": kind, "count": count})

    def _count(self, name: str, n: int) -> None:
        metrics = self.services.metrics
        if metrics is not None:
            metrics.add(name, n)


def _upstream_path(ctx: RequestContext) -> str:
    route = ctx.route
    return route.upstream_path(ctx.path) if route is not None else ctx.path


def _parse(ctx: RequestContext, body: Body) -> Any:
    """The parsed body, or the reply refusing it."""
    try:
        return body.json()
    except BodyError as error:
        code = error.code
    if code == "json_too_deep":
        ctx.error = code
        return problem(400, "json_too_deep", "The JSON body is nested too deeply",
                       f"this route accepts at most {body.max_depth} levels of nesting",
                       request_id=ctx.request_id)
    if code == "json_too_large":
        ctx.error = code
        return problem(400, "json_too_large", "The JSON body has too many members",
                       f"this route accepts at most {body.max_members} members and items",
                       request_id=ctx.request_id)
    if code == "encoded_body":
        ctx.error = code
        return problem(415, "encoded_body", "The request body cannot be checked",
                       "compressed request bodies cannot be checked", request_id=ctx.request_id)
    ctx.error = "invalid_json"
    return problem(400, "invalid_json", "The body is not valid JSON", request_id=ctx.request_id)


def _undeclared(ctx: RequestContext, paths: list[str]) -> Reply:
    ctx.error = "undeclared_fields"
    return problem(422, "undeclared_fields", "The request body has fields the API does not "
                   "declare", "remove the fields listed in errors", request_id=ctx.request_id,
                   errors=[{"path": path, "message": "is not declared by the schema"}
                           for path in paths[:MAX_LISTED]])
