"""JWK parsing and the JWKS cache, against a real HTTP server on the loopback interface."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import ssl
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from charter.identity import jwt
from charter.identity.issuers import JwksCache, parse_jwk, parse_jwks
from charter.identity.jwt import SigningKey

from .helpers import ALL, AUDIENCE, ISSUER, Clock, JwksServer, claims, jwk, rsa_key, signing_key

K1 = signing_key("EdDSA", "k1")
K2 = signing_key("ES256", "k2")


@pytest.fixture
def server() -> Iterator[JwksServer]:
    with JwksServer() as running:
        running.publish(jwk(K1))
        yield running


def cache(server: JwksServer, clock: Clock, **options: Any) -> JwksCache:
    return JwksCache(server.url, clock=clock, timeout=2.0, **options)


# --- parsing --------------------------------------------------------------------------------

@pytest.mark.parametrize("key", [K1, K2, SigningKey("r", "RS256", rsa_key("jwk"))],
                         ids=lambda k: k.alg)
def test_each_supported_key_type_parses_and_verifies(key: SigningKey) -> None:
    parsed = parse_jwk(jwk(key, alg=key.alg, use="sig"))
    assert parsed.kid == key.kid and parsed.alg == key.alg
    token = jwt.encode(claims(), key)
    jwt.verify(token, keys={key.kid: parsed}, algorithms=ALL, issuer=ISSUER, audience=AUDIENCE)


@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize(("document", "reason"), [
    ({**jwk(K1), "kid": None}, "kid"),
    ({**jwk(K1), "use": "enc"}, "use"),
    ({**jwk(K1), "key_ops": ["encrypt"]}, "key_ops"),
    ({**jwk(K1), "alg": "HS256"}, "alg"),
    ({**jwk(K1), "alg": "RS256"}, "does not fit"),
    ({**jwk(K1), "d": "AAAA"}, "private"),
    ({"kty": "oct", "k": "c2VjcmV0", "kid": "h"}, "symmetric"),
    ({**jwk(K1), "crv": "X25519"}, "supported"),
    ({**jwk(K1), "x": "AAAA"}, "length"),
    ({**jwk(K1), "x": jwk(K1)["x"] + "="}, "base64url"),
    ({**jwk(K2), "y": jwk(K2)["x"]}, "curve"),
    ({**jwk(K2), "crv": "P-384"}, "supported"),
    (jwk(rsa_key("small", 1024), kid="small"), "2048"),
])
def test_unusable_jwks_are_refused(document: dict[str, Any], reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_jwk(document)


def test_a_jwk_set_skips_unusable_keys_and_drops_ambiguous_kids() -> None:
    other = signing_key("EdDSA", "k1")
    document = {"keys": [jwk(K1), jwk(K2, use="enc"), "junk",
                         jwk(signing_key("EdDSA", "twice")), jwk(signing_key("EdDSA", "twice")),
                         jwk(other, kid="k3")]}
    assert set(parse_jwks(json.dumps(document).encode())) == {"k1", "k3"}


@pytest.mark.parametrize("body", [b"", b"not json", b"[]", b'{"keys": {}}', b'{"keys": []}',
                                  json.dumps({"keys": [jwk(K1, use="enc")]}).encode()])
def test_a_jwk_set_without_usable_keys_is_an_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        parse_jwks(body)


@pytest.mark.clause("SEC-3")
@pytest.mark.parametrize("url", ["http://issuer.example/jwks", "ftp://127.0.0.1/jwks",
                                 "file:///etc/jwks", "https://user:pw@issuer.example/jwks",
                                 "/jwks", "http://127.0.0.1.example.com/jwks"])
def test_jwks_urls_must_be_https_except_to_loopback(url: str) -> None:
    with pytest.raises(ValueError, match="jwks_url"):
        JwksCache(url)


def test_loopback_http_is_allowed_for_tests() -> None:
    for url in ("http://127.0.0.1:8000/jwks", "http://[::1]/jwks", "http://localhost/jwks",
                "https://issuer.example/.well-known/jwks.json"):
        assert JwksCache(url).url == url


# --- the cache ------------------------------------------------------------------------------

@pytest.mark.clause("USE-1")
def test_keys_are_fetched_once_and_served_from_the_cache(server: JwksServer) -> None:
    clock = Clock()
    jwks = cache(server, clock)
    assert jwks.lookup("k1") is None  # nothing without a fetch

    async def scenario() -> None:
        assert (await jwks.get("k1")) is not None
        for _ in range(20):
            assert (await jwks.get("k1")) is not None
    asyncio.run(scenario())
    assert len(server.requests) == 1
    assert jwks.lookup("k1") is not None  # the synchronous fast path


@pytest.mark.clause("USE-3")
def test_unknown_kids_refetch_at_most_once_per_min_refetch(server: JwksServer) -> None:
    clock = Clock()
    jwks = cache(server, clock, min_refetch=30)

    async def scenario() -> None:
        await jwks.get("k1")
        assert len(server.requests) == 1
        # An attacker's stream of unknown kids right after a fetch: no new request.
        for i in range(50):
            clock.now += 0.5
            assert (await jwks.get(f"attacker-{i}")) is None
        assert len(server.requests) == 1
        clock.now += 30
        # Many at once after the interval: one request between them.
        results = await asyncio.gather(*(jwks.get(f"burst-{i}") for i in range(50)))
        assert results == [None] * 50
        assert len(server.requests) == 2
        assert (await jwks.get("another")) is None
        assert len(server.requests) == 2
    asyncio.run(scenario())


@pytest.mark.clause("SEC-6")
def test_rotation_new_kid_is_picked_up_and_old_kid_verifies_until_removed(
    server: JwksServer,
) -> None:
    clock = Clock()
    jwks = cache(server, clock, refresh=300, min_refetch=30)

    async def scenario() -> None:
        assert (await jwks.get("k1")) is not None
        # The issuer publishes a second key and starts signing with it.
        server.publish(jwk(K1), jwk(K2))
        clock.now += 31
        assert (await jwks.get("k2")) is not None  # unknown kid: one refetch
        assert (await jwks.get("k1")) is not None  # the old key still verifies
        assert len(server.requests) == 2
        # The issuer retires k1; once our copy is stale we see that too.
        server.publish(jwk(K2))
        clock.now += 301
        assert jwks.lookup("k1") is None  # stale: the fast path declines
        assert (await jwks.get("k1")) is None
        assert (await jwks.get("k2")) is not None
        assert len(server.requests) == 3
    asyncio.run(scenario())


@pytest.mark.clause("USE-4")
def test_the_last_good_set_is_kept_when_a_fetch_fails(server: JwksServer) -> None:
    clock = Clock()
    jwks = cache(server, clock, refresh=300, min_refetch=30)

    async def scenario() -> None:
        assert (await jwks.get("k1")) is not None
        for status, body in [(500, b"oops"), (200, b"not json"), (200, b'{"keys": []}')]:
            server.status, server.body = status, body
            clock.now += 301  # stale: the next use tries to refresh
            before = len(server.requests)
            assert (await jwks.get("k1")) is not None
            assert len(server.requests) == before + 1
            # A failing issuer is not asked again before min_refetch, whatever the kid.
            assert (await jwks.get("unknown")) is None
            assert (await jwks.get("k1")) is not None
            assert len(server.requests) == before + 1
        server.status = 200
        server.publish(jwk(K2))
        clock.now += 31
        assert await jwks.refresh()
        assert (await jwks.get("k2")) is not None
        assert set(jwks.keys) == {"k2"}
    asyncio.run(scenario())


def test_a_first_fetch_failure_leaves_no_keys(server: JwksServer) -> None:
    server.status = 503
    jwks = cache(server, Clock())
    assert asyncio.run(jwks.get("k1")) is None
    assert dict(jwks.keys) == {}


def test_redirects_are_not_followed(server: JwksServer) -> None:
    server.status = 302
    server.headers = {"location": server.url + "?redirected"}
    jwks = cache(server, Clock())
    assert asyncio.run(jwks.get("k1")) is None
    assert server.requests == ["/jwks.json"]


def test_an_oversized_jwks_is_refused(server: JwksServer) -> None:
    server.publish(jwk(K1), *(jwk(signing_key("EdDSA", f"pad-{i}")) for i in range(40)))
    jwks = cache(server, Clock(), max_bytes=1024)
    assert len(server.body) > 1024
    assert asyncio.run(jwks.get("k1")) is None


def test_a_server_that_does_not_answer_times_out() -> None:
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts connections, never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/jwks.json"
        jwks = JwksCache(url, timeout=0.2, clock=Clock())
        assert asyncio.run(jwks.get("k1")) is None


@pytest.mark.clause("SEC-3")
def test_tls_certificates_are_verified(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    with JwksServer() as server:
        server.publish(jwk(K1))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.wrap(context)
        url = server.url.replace("http://", "https://")
        jwks = JwksCache(url, clock=Clock(), timeout=2.0)
        assert asyncio.run(jwks.get("k1")) is None  # a certificate nobody vouches for
        assert server.requests == []

        # The control: a client that trusts this certificate gets the keys from the server.
        def trusting(url: str, timeout: float, max_bytes: int) -> bytes:
            trusted = ssl.create_default_context(cafile=str(cert))
            with urllib.request.urlopen(url, timeout=timeout, context=trusted) as response:
                body: bytes = response.read(max_bytes)
                return body

        trusted_jwks = JwksCache(url, clock=Clock(), timeout=2.0, fetch=trusting)
        assert asyncio.run(trusted_jwks.get("k1")) is not None
        assert server.requests == ["/jwks.json"]


def _self_signed(directory: Path) -> tuple[Path, Path]:
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(private.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(private, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_path, key_path
