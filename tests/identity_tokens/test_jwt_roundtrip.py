"""Sign and verify with each supported algorithm, including the JWS form of ECDSA signatures."""

from __future__ import annotations

import json
import time

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from charter.identity import jwt
from charter.identity.jwt import SigningKey, TokenError, VerificationKey

from .helpers import ALL, AUDIENCE, ISSUER, b64, claims, rsa_key, segment, signing_key


@pytest.mark.clause("USE-1")
@pytest.mark.parametrize("alg", sorted(ALL))
def test_round_trip(alg: str) -> None:
    key = signing_key(alg)
    token = jwt.encode(claims(scope="a b"), key)
    got = jwt.verify(token, keys={key.kid: key.verification_key()}, algorithms=ALL,
                     issuer=ISSUER, audience=AUDIENCE)
    assert got["sub"] == "client-1"
    assert got["scope"] == "a b"
    header = json.loads(jwt.b64url_decode(token.split(".")[0]))
    assert header == {"alg": alg, "typ": "JWT", "kid": key.kid}


@pytest.mark.parametrize("alg", sorted(ALL))
def test_a_token_verifies_only_under_its_own_algorithm(alg: str) -> None:
    key = signing_key(alg)
    token = jwt.encode(claims(), key)
    with pytest.raises(TokenError) as caught:
        jwt.verify(token, keys={key.kid: key.verification_key()},
                   algorithms=ALL - {alg}, issuer=ISSUER, audience=AUDIENCE)
    assert caught.value.code == "algorithm"


def test_es256_signatures_are_raw_r_and_s() -> None:
    key = signing_key("ES256")
    assert isinstance(key.private_key, ec.EllipticCurvePrivateKey)
    token = jwt.encode(claims(), key)
    signing_input, _, sig = token.rpartition(".")
    raw = jwt.b64url_decode(sig)
    assert len(raw) == 64
    # Another implementation reading r || s as RFC 7518 §3.4 says accepts our signature...
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    key.private_key.public_key().verify(der, signing_input.encode(), ec.ECDSA(hashes.SHA256()))

    # ...and we accept one it made from a DER signature.
    made = f"{segment({'alg': 'ES256', 'kid': key.kid})}.{segment(claims())}"
    r, s = decode_dss_signature(key.private_key.sign(made.encode(), ec.ECDSA(hashes.SHA256())))
    foreign = f"{made}.{b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"
    jwt.verify(foreign, keys={key.kid: key.verification_key()}, algorithms=ALL,
               issuer=ISSUER, audience=AUDIENCE)

    der_token = f"{made}.{b64(key.private_key.sign(made.encode(), ec.ECDSA(hashes.SHA256())))}"
    with pytest.raises(TokenError) as caught:
        jwt.verify(der_token, keys={key.kid: key.verification_key()}, algorithms=ALL,
                   issuer=ISSUER, audience=AUDIENCE)
    assert caught.value.code == "signature"


def test_ps256_uses_a_digest_length_salt() -> None:
    private = rsa_key("PS256")
    key = SigningKey("p", "PS256", private)
    token = jwt.encode(claims(), key)
    signing_input, _, sig = token.rpartition(".")
    private.public_key().verify(
        jwt.b64url_decode(sig), signing_input.encode(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())


def test_a_signing_key_must_fit_its_algorithm() -> None:
    with pytest.raises(ValueError, match="cannot sign"):
        SigningKey("k", "RS256", Ed25519PrivateKey.generate())
    with pytest.raises(ValueError, match="cannot sign"):
        SigningKey("k", "ES256", ec.generate_private_key(ec.SECP384R1()))
    with pytest.raises(ValueError, match="cannot sign"):
        SigningKey("k", "RS256", rsa_key("small", 1024))
    with pytest.raises(ValueError, match="unsupported"):
        SigningKey("k", "HS256", Ed25519PrivateKey.generate())


def test_access_token_type_and_allowed_types() -> None:
    key = signing_key("EdDSA")
    token = jwt.encode(claims(), key, typ="at+jwt")
    assert jwt.unverified_header(token)["typ"] == "at+jwt"
    jwt.verify(token, keys={key.kid: key.verification_key()}, algorithms=ALL,
               issuer=ISSUER, audience=AUDIENCE)
    with pytest.raises(ValueError):
        jwt.encode(claims(), key, typ="JWE")


def test_claims_are_checked_against_the_given_clock() -> None:
    key = signing_key("EdDSA")
    resolver = {key.kid: key.verification_key()}
    past = time.time() - 10_000
    token = jwt.encode(claims(now=past), key)
    got = jwt.verify(token, keys=resolver, algorithms=ALL, issuer=ISSUER, audience=AUDIENCE,
                     now=past + 10)
    assert got["iat"] == int(past)


def test_a_key_pinned_to_an_algorithm_verifies_only_that_one() -> None:
    private = rsa_key("pinned")
    token = jwt.encode(claims(), SigningKey("r", "PS256", private))
    pinned = {"r": VerificationKey("r", private.public_key(), "RS256")}
    with pytest.raises(TokenError) as caught:
        jwt.verify(token, keys=pinned, algorithms=ALL, issuer=ISSUER, audience=AUDIENCE)
    assert caught.value.code == "algorithm"


@pytest.mark.parametrize("algorithms", [frozenset(), frozenset({"HS256"}),
                                        frozenset({"EdDSA", "none"})])
def test_the_allow_list_is_required_and_asymmetric_only(algorithms: frozenset[str]) -> None:
    key = signing_key("EdDSA")
    token = jwt.encode(claims(), key)
    with pytest.raises(ValueError, match="algorithms"):
        jwt.verify(token, keys={key.kid: key.verification_key()}, algorithms=algorithms,
                   issuer=ISSUER, audience=AUDIENCE)


def test_issuer_and_audience_are_required_arguments() -> None:
    key = signing_key("EdDSA")
    token = jwt.encode(claims(), key)
    resolver = {key.kid: key.verification_key()}
    with pytest.raises(ValueError, match="audience"):
        jwt.verify(token, keys=resolver, algorithms=ALL, issuer=ISSUER, audience=[])
    with pytest.raises(ValueError, match="issuer"):
        jwt.verify(token, keys=resolver, algorithms=ALL, issuer="", audience=AUDIENCE)
    # Several accepted values: one match is enough.
    jwt.verify(token, keys=resolver, algorithms=ALL, issuer=["x", ISSUER],
               audience={"y", AUDIENCE})
