"""Charter's developer client library: call the APIs behind a Charter gateway safely.

    from charter.client import Client

    with Client("https://api.example.com") as client:
        client.post("/orders", json={"sku": "BK-042", "quantity": 1})

TLS only (plain HTTP to loopback alone), credentials from arguments, the environment or a
private file, never in logs, reprs or error messages, special-category data refused before it
is sent. See docs/client.md.
"""

from __future__ import annotations

from charter.client.client import Client
from charter.client.credentials import Credentials
from charter.client.errors import (
    CertificateError,
    ClientError,
    CredentialsError,
    InsecureTransportError,
    ProblemError,
    SensitiveDataError,
    SensitiveFinding,
    TokenError,
    TransportError,
)
from charter.client.response import Response
from charter.client.retry import RetryPolicy
from charter.client.tokens import Token

__all__ = [
    "CertificateError", "Client", "ClientError", "Credentials", "CredentialsError",
    "InsecureTransportError", "ProblemError", "Response", "RetryPolicy", "SensitiveDataError",
    "SensitiveFinding", "Token", "TokenError", "TransportError",
]
