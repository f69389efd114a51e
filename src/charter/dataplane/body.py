"""A whole message body, held for the stages that read it (`validate`, `privacy_guard`).

Bodies normally stream through the gateway untouched. When a route has a stage that reads
bodies, the exchange gathers the whole body first (never more than the route allows), hands
it to those stages as a `Body`, and sends on whatever they leave in it: a stage may replace
the bytes (a redacted value, a stripped field) and the framing follows.
"""

from __future__ import annotations

import json
from typing import Any

from charter import jsonparse

REQUEST = "request"
RESPONSE = "response"

_UNPARSED = object()


class BodyError(ValueError):
    """The body cannot be read as its content type says (bad JSON, bad UTF-8, too deep)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Body:
    """The bytes of one request or response body, with its declared type and encoding.

    `json()` parses once and caches; `replace_json()` and `replace()` swap what is sent on.
    Stages share one `Body` per direction, so a later stage sees an earlier stage's edits.
    """

    __slots__ = ("_json", "changed", "content_type", "data", "direction", "encoding", "findings",
                 "max_depth", "max_members")

    def __init__(self, data: bytes, content_type: str, encoding: str, direction: str) -> None:
        self.data = data
        self.content_type = content_type
        self.encoding = encoding  # the Content-Encoding, "" for none or identity
        self.direction = direction
        self.changed = False
        self._json: Any = _UNPARSED
        # What the scanner found in the parsed value, kept by the first stage that scanned it
        # so later stages do not scan again (a list of `charter.privacy.scanner.Finding`).
        self.findings: list[Any] | None = None
        # Shape limits for parsing JSON (the route's `max_json_depth` / `max_json_members`).
        self.max_depth = 64
        self.max_members = 10_000

    @classmethod
    def from_headers(cls, data: bytes, headers: list[tuple[bytes, bytes]],
                     direction: str) -> Body:
        content_type = encoding = ""
        for name, value in headers:
            if name == b"content-type":
                content_type = value.decode("latin-1")
            elif name == b"content-encoding":
                encoding = value.decode("latin-1").strip().lower()
        if encoding == "identity":
            encoding = ""
        return cls(data, content_type, encoding, direction)

    @property
    def media_type(self) -> str:
        """The content type without parameters, lower-case: `application/json`."""
        return self.content_type.partition(";")[0].strip().lower()

    def is_json(self) -> bool:
        media = self.media_type
        return media == "application/json" or (media.startswith("application/")
                                               and media.endswith("+json"))

    def is_form(self) -> bool:
        return self.media_type == "application/x-www-form-urlencoded"

    def json(self) -> Any:
        """The body parsed as JSON (cached). Raises BodyError when it is not valid JSON."""
        if self._json is _UNPARSED:
            if self.encoding:
                raise BodyError("encoded_body", "the body is compressed and cannot be read")
            try:
                self._json = jsonparse.loads(self.data)
            except RecursionError:
                raise BodyError("json_too_deep", "the JSON body is nested too deeply") from None
            except (UnicodeDecodeError, ValueError):
                raise BodyError("invalid_json", "the body is not valid JSON") from None
            check_shape(self._json, self.max_depth, self.max_members)
        return self._json

    def replace_json(self, value: Any) -> None:
        """Send `value`, serialised compactly, instead of the original body."""
        self._json = value
        self.data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        self.changed = True
        self.findings = None

    def replace(self, data: bytes) -> None:
        self._json = _UNPARSED
        self.data = data
        self.changed = True
        self.findings = None


def check_shape(value: Any, max_depth: int, max_members: int) -> None:
    """Raise BodyError when a parsed JSON value nests deeper than `max_depth` containers or
    holds more than `max_members` object members and array items in all."""
    members = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > max_depth:
            raise BodyError("json_too_deep",
                            f"the JSON body nests deeper than {max_depth} levels")
        members += len(node)
        if members > max_members:
            raise BodyError("json_too_large",
                            f"the JSON body has more than {max_members} members and items")
        for child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
