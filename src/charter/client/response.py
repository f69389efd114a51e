"""Responses, and the `ProblemError` an error response becomes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from charter.client.errors import ProblemError
from charter.client.transport import RawResponse
from charter.logs import redact_secrets

PROBLEM_TYPE = "application/problem+json"


def header(headers: tuple[tuple[str, str], ...], name: str) -> str | None:
    """The first value of header `name` (any case), or None."""
    wanted = name.lower()
    return next((value for key, value in headers if key.lower() == wanted), None)


@dataclass(frozen=True)
class Response:
    """A response: status, headers (as received, in order) and the whole body."""

    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def __repr__(self) -> str:
        return f"<Response {self.status} {self.reason}, {len(self.body)} bytes>"

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def header(self, name: str) -> str | None:
        return header(self.headers, name)

    @property
    def content_type(self) -> str:
        return (self.header("content-type") or "").partition(";")[0].strip().lower()

    @property
    def request_id(self) -> str | None:
        """The id Charter gave the request (`X-Request-Id`), to quote to its operator."""
        return self.header("x-request-id")

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON (`ValueError` if it is not)."""
        return json.loads(self.body)


def from_raw(raw: RawResponse) -> Response:
    return Response(raw.status, raw.reason, raw.headers, raw.body)


def problem_error(response: Response) -> ProblemError:
    """The `ProblemError` for an error response. Text taken from the server is passed through
    Charter's secret redaction, in case an upstream's error page quotes a credential."""
    document: dict[str, object] = {}
    if response.content_type in (PROBLEM_TYPE, "application/json"):
        try:
            parsed = response.json()
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            document = parsed
    code = document.get("code")
    title = document.get("title")
    detail = document.get("detail")
    request_id = document.get("request_id")
    is_problem = response.content_type == PROBLEM_TYPE or isinstance(code, str)
    return ProblemError(
        response.status,
        code=code if isinstance(code, str) and is_problem else None,
        title=redact_secrets(title) if isinstance(title, str) and is_problem else (
            response.reason or "error"),
        detail=redact_secrets(detail) if isinstance(detail, str) and is_problem else None,
        request_id=request_id if isinstance(request_id, str) else response.request_id,
        problem=document if is_problem else {},
        body=response.body,
    )
