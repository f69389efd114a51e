"""Small factories for the token tests: keys, claims, and hand-made (forged) tokens."""

from __future__ import annotations

import base64
import functools
import http.server
import json
import ssl
import threading
import time
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from charter.identity.jwt import PrivateKey, SigningKey

ISSUER = "https://issuer.test"
AUDIENCE = "https://api.test"
ALL = frozenset({"EdDSA", "ES256", "RS256", "PS256"})


@functools.cache
def rsa_key(name: str = "default", bits: int = 2048) -> rsa.RSAPrivateKey:
    # Cached: generating RSA keys is the slowest thing these tests would otherwise do.
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def private_key(alg: str) -> PrivateKey:
    if alg == "EdDSA":
        return Ed25519PrivateKey.generate()
    if alg == "ES256":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa_key(alg)


def signing_key(alg: str, kid: str | None = None) -> SigningKey:
    return SigningKey(kid or f"{alg.lower()}-1", alg, private_key(alg))


def claims(now: float | None = None, **overrides: Any) -> dict[str, Any]:
    issued = int(time.time() if now is None else now)
    base: dict[str, Any] = {"iss": ISSUER, "aud": AUDIENCE, "sub": "client-1",
                            "iat": issued, "nbf": issued, "exp": issued + 300}
    base.update(overrides)
    return {name: value for name, value in base.items() if value is not None}


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def segment(value: Any) -> str:
    """A base64url segment of `value`: raw bytes as they are, anything else as JSON."""
    return b64(value if isinstance(value, bytes) else json.dumps(value).encode())


def forge(header: Any, payload: Any, key: Ed25519PrivateKey | None = None,
          signature: bytes | None = None) -> str:
    """A token built by hand: signed with the Ed25519 `key`, or carrying `signature` as given."""
    signing_input = f"{segment(header)}.{segment(payload)}"
    if signature is None:
        signature = key.sign(signing_input.encode()) if key is not None else b""
    return f"{signing_input}.{b64(signature)}"


def forge_segments(header_b64: str, payload_b64: str, key: Ed25519PrivateKey) -> str:
    """A token whose segments are exactly the given text, with a valid Ed25519 signature."""
    signing_input = f"{header_b64}.{payload_b64}"
    return f"{signing_input}.{b64(key.sign(signing_input.encode()))}"


class JwksServer:
    """A real HTTP server on 127.0.0.1 that serves `body` with `status` and counts requests."""

    def __init__(self, body: bytes = b"") -> None:
        self.body = body
        self.status = 200
        self.headers: dict[str, str] = {}
        self.requests: list[str] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append(self.path)
                self.send_response(owner.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(owner.body)))
                for name, value in owner.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(owner.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)

    def wrap(self, context: ssl.SSLContext) -> None:
        """Serve HTTPS from now on (TLS on every accepted connection)."""
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/jwks.json"

    def publish(self, *keys: dict[str, Any]) -> None:
        self.body = json.dumps({"keys": list(keys)}).encode()

    def __enter__(self) -> JwksServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def jwk(key: SigningKey | PrivateKey, **extra: Any) -> dict[str, Any]:
    """The public JWK of `key` (any of the supported types), with its kid and `extra` members."""
    private = key.private_key if isinstance(key, SigningKey) else key
    kid = key.kid if isinstance(key, SigningKey) else None
    public = private.public_key()
    document: dict[str, Any]
    if isinstance(public, Ed25519PublicKey):
        document = {"kty": "OKP", "crv": "Ed25519",
                    "x": b64(public.public_bytes(Encoding.Raw, PublicFormat.Raw))}
    elif isinstance(public, ec.EllipticCurvePublicKey):
        numbers = public.public_numbers()
        document = {"kty": "EC", "crv": "P-256", "x": b64(numbers.x.to_bytes(32, "big")),
                    "y": b64(numbers.y.to_bytes(32, "big"))}
    else:
        rsa_numbers = public.public_numbers()
        document = {"kty": "RSA", "n": b64(_unsigned(rsa_numbers.n)),
                    "e": b64(_unsigned(rsa_numbers.e))}
    return {**document, "kid": kid, **extra}


def _unsigned(value: int) -> bytes:
    return value.to_bytes((value.bit_length() + 7) // 8, "big")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
