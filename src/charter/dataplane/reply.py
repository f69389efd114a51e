"""Replies the gateway writes itself, and RFC 9457 problem details."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

PROBLEM_TYPE = "urn:charter:problem:"


@dataclass(slots=True)
class Reply:
    """A response produced by the gateway instead of the upstream: a stage returns one to stop."""

    status: int
    body: bytes = b""
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    content_type: bytes = b"application/json"
    close: bool = False  # close the connection after this reply


def problem(
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    *,
    request_id: str | None = None,
    headers: list[tuple[bytes, bytes]] | None = None,
    close: bool = False,
    **extra: object,
) -> Reply:
    """An `application/problem+json` reply with a stable machine `code`.

    Callers must never put credentials, stack traces or request data in `detail`.
    """
    doc: dict[str, object] = {"type": PROBLEM_TYPE + code, "title": title, "status": status,
                              "code": code}
    if detail:
        doc["detail"] = detail
    if request_id:
        doc["request_id"] = request_id
    doc.update(extra)
    return Reply(
        status=status,
        body=json.dumps(doc, separators=(",", ":")).encode(),
        headers=list(headers or ()),
        content_type=b"application/problem+json",
        close=close,
    )
