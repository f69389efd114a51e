"""The client's TLS settings: verification always on, TLS 1.2 or newer.

There is deliberately no way to turn certificate or host name verification off. A gateway
with a private or self-signed certificate is reached by giving its CA certificate
(`ca_file`); a gateway on the same machine may be reached over `http://127.0.0.1` instead.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from charter.client.errors import ClientError


def client_context(ca_file: str | Path | None = None) -> ssl.SSLContext:
    """A context that verifies the server against the system's trust store, or against
    `ca_file` (PEM) alone when one is given."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if ca_file is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except FileNotFoundError:
            raise ClientError(f"CA file {ca_file} does not exist") from None
        except (ssl.SSLError, ValueError):
            raise ClientError(f"CA file {ca_file} holds no usable PEM certificate") from None
        except OSError as exc:
            raise ClientError(f"CA file {ca_file} cannot be read: {exc.strerror}") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # Both are already the defaults of PROTOCOL_TLS_CLIENT; set here so that no later change
    # of defaults can weaken them.
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context
