"""One HTTP/1.1 exchange over `http.client`: connect, send, read the whole response, close.

No redirects are followed here and nothing is retried: both are the client's decisions.
Failures become `TransportError`s whose `sent` says whether the request may have reached the
server. Messages name the origin and the operating system's or OpenSSL's reason, never a
header value or a body.
"""

from __future__ import annotations

import http.client
import re
import ssl
from dataclasses import dataclass

from charter.client.errors import CertificateError, TransportError
from charter.client.urls import Origin

# RFC 9110 §5.1 token, and a field value without control characters (no CR or LF: no header
# injection). Checked here so that http.client never builds an error message that quotes a
# value, which could be a credential.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_FIELD_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")
_BODY_EXPECTED = frozenset({"POST", "PUT", "PATCH"})


@dataclass(frozen=True)
class RawResponse:
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes


def check_header(name: str, value: str) -> None:
    """`ValueError` (naming the header, not its value) for a header HTTP/1.1 cannot carry."""
    if not _TOKEN.fullmatch(name):
        raise ValueError(f"invalid header name {name!r}")
    if not _FIELD_VALUE.fullmatch(value):
        raise ValueError(f"the value of header {name!r} holds characters a header cannot carry")


class Transport:
    """Sends one request to an origin. Thread-safe: each exchange has its own connection."""

    def __init__(self, context: ssl.SSLContext, *, timeout: float,
                 max_response_bytes: int) -> None:
        self.context = context
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes

    def exchange(self, origin: Origin, method: str, target: str,
                 headers: list[tuple[str, str]], body: bytes | None) -> RawResponse:
        for name, value in headers:
            check_header(name, value)
        connection: http.client.HTTPConnection
        if origin.secure:
            connection = http.client.HTTPSConnection(
                origin.host, origin.port, timeout=self.timeout, context=self.context)
        else:
            connection = http.client.HTTPConnection(origin.host, origin.port,
                                                    timeout=self.timeout)
        try:
            self._connect(connection, origin)
            return self._send(connection, origin, method, target, headers, body)
        finally:
            connection.close()

    @staticmethod
    def _connect(connection: http.client.HTTPConnection, origin: Origin) -> None:
        try:
            connection.connect()
        except ssl.SSLCertVerificationError as exc:
            raise CertificateError(
                f"the TLS certificate of {origin} could not be verified: "
                f"{exc.verify_message or exc.reason}", sent=False) from None
        except ssl.SSLError as exc:
            raise TransportError(f"the TLS handshake with {origin} failed: "
                                 f"{exc.reason or type(exc).__name__}", sent=False) from None
        except TimeoutError:
            raise TransportError(f"connecting to {origin} timed out", sent=False) from None
        except OSError as exc:
            raise TransportError(f"cannot connect to {origin}: {_reason(exc)}",
                                 sent=False) from None

    def _send(self, connection: http.client.HTTPConnection, origin: Origin, method: str,
              target: str, headers: list[tuple[str, str]], body: bytes | None) -> RawResponse:
        try:
            connection.putrequest(method, target, skip_accept_encoding=True)
            for name, value in headers:
                connection.putheader(name, value)
            if body is not None or method in _BODY_EXPECTED:
                connection.putheader("content-length", str(len(body or b"")))
            connection.endheaders(body)
            response = connection.getresponse()
            data = response.read(self.max_response_bytes + 1)
        except TimeoutError:
            raise TransportError(f"{origin} did not answer in time", sent=True) from None
        except http.client.HTTPException as exc:
            raise TransportError(f"{origin} sent no valid HTTP response "
                                 f"({type(exc).__name__})", sent=True) from None
        except OSError as exc:
            raise TransportError(f"the connection to {origin} failed: {_reason(exc)}",
                                 sent=True) from None
        if len(data) > self.max_response_bytes:
            raise TransportError(f"the response from {origin} is larger than "
                                 f"{self.max_response_bytes} bytes", sent=True)
        return RawResponse(response.status, response.reason,
                           tuple((k, v) for k, v in response.getheaders()), data)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
