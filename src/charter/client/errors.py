"""The exceptions of the client library.

Every message is written so that it can be logged or shown as it is: none of them repeats a
credential, a token, a request header or a value from a request body (clause CLIENT-3).
"""

from __future__ import annotations

from dataclasses import dataclass


class ClientError(Exception):
    """The base of every error the client library raises on purpose."""


class InsecureTransportError(ClientError):
    """A URL or redirect that the transport rule refuses: plain HTTP to a host that is not
    loopback, a redirect from HTTPS to HTTP, credentials inside a URL. Raised before any
    connection is made (clause CLIENT-4)."""


class CredentialsError(ClientError):
    """Credentials that are missing, incomplete, malformed, or kept in a file others can read."""


class TransportError(ClientError):
    """The exchange failed below HTTP: the connection, the TLS handshake, a timeout, or a
    response that is not HTTP. `sent` says whether any part of the request may have reached
    the server (which decides whether a non-idempotent request may be sent again)."""

    def __init__(self, message: str, *, sent: bool) -> None:
        super().__init__(message)
        self.sent = sent


class CertificateError(TransportError):
    """The server's TLS certificate could not be verified. Never retried."""


class TokenError(ClientError):
    """The token endpoint refused to issue a token. `error` is its RFC 6749 §5.2 code
    (`invalid_client`, `invalid_scope`, ...) when it gave one."""

    def __init__(self, message: str, *, status: int, error: str | None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error


@dataclass(frozen=True)
class SensitiveFinding:
    """Data of `kind` found at `path` of a body (JSONPath-like, `$.patient.diagnosis`). Never
    the value itself."""

    path: str
    kind: str


class SensitiveDataError(ClientError):
    """A body holds special-category data and the call did not say `allow_special=True`.
    Nothing was sent. `findings` lists where and what, never the values."""

    def __init__(self, findings: tuple[SensitiveFinding, ...]) -> None:
        listed = ", ".join(f"{f.kind} at {f.path}" for f in findings)
        super().__init__(
            f"refusing to send special-category data ({listed}); pass allow_special=True "
            "(--allow-special on the command line) only if the route is approved to receive it")
        self.findings = findings


class ProblemError(ClientError):
    """The server answered with an error status (400 or more).

    Charter's own errors are RFC 9457 `application/problem+json` documents: `code` is their
    stable machine-readable code, `title` and `detail` their text, `request_id` the id to quote
    to the operator. For an error that is not a problem document (an upstream's own), `code`
    is None and `title` is the HTTP reason phrase. `problem` is the parsed document (empty
    when there is none); `body` the raw bytes. The request's headers are never kept.
    """

    def __init__(self, status: int, *, code: str | None, title: str, detail: str | None,
                 request_id: str | None, problem: dict[str, object], body: bytes) -> None:
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.request_id = request_id
        self.problem = problem
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"HTTP {self.status}"
        if self.code:
            text += f" {self.code}"
        text += f": {self.title}"
        if self.detail:
            text += f" ({self.detail})"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text

    def __repr__(self) -> str:
        return (f"ProblemError(status={self.status}, code={self.code!r}, "
                f"request_id={self.request_id!r})")
