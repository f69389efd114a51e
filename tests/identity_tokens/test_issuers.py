"""External issuers: their configuration, verification, and the mapping of claims to Identity."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import ValidationError

from charter.identity import jwt
from charter.identity.issuers import (
    CharterIssuer,
    ClaimMapping,
    ExternalIssuer,
    Identity,
    IssuerConfig,
    JwksCache,
    TrustedIssuers,
    map_claims,
)
from charter.identity.jwt import SigningKey, TokenError
from charter.identity.signing import SigningKeys
from charter.privacy.keyring import Keyring

from .helpers import AUDIENCE, ISSUER, Clock, JwksServer, claims, jwk, rsa_key, signing_key

ED = signing_key("EdDSA", "ed-1")
RS = SigningKey("rs-1", "RS256", rsa_key("issuers"))


def config(**overrides: Any) -> IssuerConfig:
    base: dict[str, Any] = {"name": "partner", "issuer": ISSUER, "audiences": [AUDIENCE],
                            "algorithms": ["EdDSA"], "keys": [jwk(ED)]}
    base.update(overrides)
    return IssuerConfig.model_validate(base)


def refusal(issuer: ExternalIssuer, token: str) -> str:
    with pytest.raises(TokenError) as caught:
        asyncio.run(issuer.verify(token))
    return caught.value.code


# --- configuration --------------------------------------------------------------------------

def test_a_minimal_issuer_takes_safe_defaults() -> None:
    issuer = config()
    assert (issuer.leeway, issuer.jwks_refresh, issuer.jwks_min_refetch) == (30, 300, 30)
    assert issuer.claims == ClaimMapping()
    assert set(issuer.static_keys()) == {"ed-1"}


def test_durations_read_like_the_rest_of_the_config() -> None:
    issuer = config(keys=None, jwks_url="https://idp.example/jwks", jwks_refresh="10m",
                    jwks_min_refetch="1m", leeway="2m")
    assert (issuer.jwks_refresh, issuer.jwks_min_refetch, issuer.leeway) == (600, 60, 120)


@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize(("overrides", "message"), [
    ({"algorithms": []}, "at least 1"),
    ({"algorithms": ["HS256"]}, "EdDSA"),
    ({"algorithms": ["none"]}, "EdDSA"),
    ({"audiences": []}, "at least 1"),
    ({"issuer": ""}, "at least 1"),
    ({"leeway": 121}, "less than or equal to 120"),
    ({"leeway": "1h"}, "less than or equal to 120"),
    ({"keys": None}, "exactly one"),
    ({"jwks_url": "https://idp.example/jwks"}, "exactly one"),
    ({"keys": None, "jwks_url": "http://idp.example/jwks"}, "https"),
    ({"keys": [jwk(ED, d="AAAA")]}, "private"),
    ({"keys": [jwk(ED), jwk(ED)]}, "duplicate kid"),
    ({"keys": [jwk(RS)]}, "fits none"),  # an RSA key on an EdDSA-only issuer
    ({"keys": [jwk(ED, alg="EdDSA")], "algorithms": ["ES256"]}, "fits none"),
    ({"keys": [{"kid": "p", "pem": "not a pem"}]}, "PEM"),
    ({"surprise": 1}, "Extra inputs"),
])
def test_unsafe_or_inconsistent_issuers_are_refused(
    overrides: dict[str, Any], message: str,
) -> None:
    with pytest.raises(ValidationError, match=message):
        config(**overrides)


def test_pem_keys_with_a_kid() -> None:
    pem = RS.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    issuer = ExternalIssuer(config(algorithms=["RS256", "PS256"],
                                   keys=[{"kid": "rs-1", "pem": pem}]))
    identity = asyncio.run(issuer.verify(jwt.encode(claims(), RS)))
    assert identity.subject == "client-1"
    small = rsa_key("small", 1024).public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    with pytest.raises(ValidationError, match="2048"):
        config(algorithms=["RS256"], keys=[{"kid": "s", "pem": small}])


# --- verification ---------------------------------------------------------------------------

@pytest.mark.clause("USE-1")
def test_a_static_key_issuer_verifies_without_io() -> None:
    issuer = ExternalIssuer(config())
    token = jwt.encode(claims(jti="t-1"), ED)
    identity = issuer.verify_cached(token)
    assert identity == Identity(subject="client-1", organization=None, scopes=frozenset(),
                                client_id=None, issuer=ISSUER, token_id="t-1",
                                expires=float(claims()["exp"]))


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize(("token_claims", "code"), [
    ({"iss": "https://other.test"}, "issuer"),
    ({"aud": "https://other.test"}, "audience"),
    ({"exp": 1}, "expired"),
    ({"iat": None}, "claims"),
    ({"sub": None}, "claims"),
])
def test_an_external_issuer_applies_the_jwt_rules(token_claims: dict[str, Any], code: str) -> None:
    token = jwt.encode(claims(**token_claims), ED)
    assert refusal(ExternalIssuer(config()), token) == code


@pytest.mark.clause("SEC-2")
def test_an_issuer_uses_its_own_algorithm_list_and_leeway() -> None:
    issuer = ExternalIssuer(config(algorithms=["EdDSA"]))
    assert refusal(issuer, jwt.encode(claims(), signing_key("ES256", "ed-1"))) == "algorithm"
    assert refusal(issuer, jwt.encode(claims(), SigningKey("ed-1", "RS256", RS.private_key))) == (
        "algorithm")
    strict = ExternalIssuer(config(leeway=0))
    assert refusal(strict, jwt.encode(claims(exp=int(time.time()) - 5), ED)) == "expired"


@pytest.mark.clause("USE-1")
def test_a_jwks_issuer_fetches_once_then_answers_synchronously() -> None:
    with JwksServer() as server:
        server.publish(jwk(ED))
        issuer = ExternalIssuer(config(keys=None, jwks_url=server.url))
        token = jwt.encode(claims(), ED)
        assert issuer.verify_cached(token) is None  # keys must be fetched first
        assert asyncio.run(issuer.verify(token)).subject == "client-1"
        identity = issuer.verify_cached(token)
        assert identity is not None and identity.subject == "client-1"
        assert len(server.requests) == 1


@pytest.mark.clause("USE-3")
def test_tokens_refused_on_their_header_cost_the_issuer_nothing() -> None:
    with JwksServer() as server:
        server.publish(jwk(ED))
        jwks = JwksCache(server.url, clock=Clock())
        issuer = ExternalIssuer(config(keys=None, jwks_url=server.url), jwks=jwks)
        es = signing_key("ES256", "unknown")
        assert refusal(issuer, jwt.encode(claims(), es)) == "algorithm"
        no_kid = jwt.encode(claims(), ED).split(".")
        header = jwt.b64url_encode(b'{"alg":"EdDSA"}')
        assert refusal(issuer, f"{header}.{no_kid[1]}.{no_kid[2]}") == "unknown_key"
        assert refusal(issuer, "x" * 9000) == "too_large"
        assert server.requests == []
        assert refusal(issuer, jwt.encode(claims(), signing_key("EdDSA", "nope"))) == (
            "unknown_key")
        assert len(server.requests) == 1


# --- claims mapping -------------------------------------------------------------------------

def verified(**extra: Any) -> dict[str, Any]:
    return claims(jti="j", **extra)


def test_scopes_from_a_string_or_a_list() -> None:
    assert map_claims(verified(scope="a  b"), ClaimMapping()).scopes == {"a", "b"}
    assert map_claims(verified(scp=["a", "b"]), ClaimMapping()).scopes == {"a", "b"}
    assert map_claims(verified(scopes="c"), ClaimMapping()).scopes == {"c"}
    assert map_claims(verified(), ClaimMapping()).scopes == frozenset()
    # The first claim present wins; the others are not merged in.
    assert map_claims(verified(scope="a", scp=["admin"]), ClaimMapping()).scopes == {"a"}
    mapped = map_claims(verified(roles=["x"], scope="a"), ClaimMapping(scopes="roles"))
    assert mapped.scopes == {"x"}


def test_organization_from_a_namespaced_or_nested_claim() -> None:
    url_claim = ClaimMapping(organization="https://example.com/org")
    assert map_claims(verified(**{"https://example.com/org": "acme"}),
                      url_claim).organization == "acme"
    nested = ClaimMapping(organization=["tenant", "id"])
    assert map_claims(verified(tenant={"id": 42}), nested).organization == "42"
    assert map_claims(verified(tenant="flat"), nested).organization is None
    assert map_claims(verified(org_id="o"), ClaimMapping()).organization is None


def test_subject_and_client_id_mapping() -> None:
    mapping = ClaimMapping(subject="oid", client_id="cid")
    identity = map_claims(verified(oid="user-9", cid="app-1"), mapping)
    assert (identity.subject, identity.client_id) == ("user-9", "app-1")
    assert map_claims(verified(azp="app-2"), ClaimMapping()).client_id == "app-2"
    assert map_claims(verified(client_id="a", azp="b"), ClaimMapping()).client_id == "a"


@pytest.mark.parametrize(("extra", "mapping"), [
    ({"scope": 7}, ClaimMapping()),
    ({"scp": ["a", 1]}, ClaimMapping()),
    ({"org": ["a"]}, ClaimMapping(organization="org")),
    ({"org": True}, ClaimMapping(organization="org")),
    ({"org": ""}, ClaimMapping(organization="org")),
    ({"client_id": 5}, ClaimMapping()),
    ({}, ClaimMapping(subject="oid")),
    ({"oid": ""}, ClaimMapping(subject="oid")),
])
def test_unusable_mapped_claims_are_refused(extra: dict[str, Any], mapping: ClaimMapping) -> None:
    with pytest.raises(TokenError) as caught:
        map_claims(verified(**extra), mapping)
    assert caught.value.code == "claims"


# --- Charter's own tokens and several issuers -----------------------------------------------

def own_token(keys: SigningKeys, **extra: Any) -> str:
    return jwt.encode(claims(iss="https://charter.test", org="org-1", scope="read write",
                             client_id="client-1", **extra), keys.active(), typ="at+jwt")


@pytest.mark.clause("SCOPE-3")
def test_charter_tokens_map_to_the_same_identity() -> None:
    keys = SigningKeys(Keyring.generate())
    verifier = CharterIssuer(keys, issuer="https://charter.test", audience=AUDIENCE)
    identity = verifier.verify_cached(own_token(keys, jti="j-1"))
    assert identity.subject == "client-1"
    assert identity.organization == "org-1"
    assert identity.scopes == {"read", "write"}
    assert identity.client_id == "client-1"
    assert identity.token_id == "j-1"
    assert asyncio.run(verifier.verify(own_token(keys))).issuer == "https://charter.test"


@pytest.mark.clause("SEC-2")
def test_several_issuers_on_one_route_never_mix_keys() -> None:
    keys = SigningKeys(Keyring.generate())
    trusted = TrustedIssuers([
        CharterIssuer(keys, issuer="https://charter.test", audience=AUDIENCE),
        ExternalIssuer(config()),
    ])
    assert trusted.verify_cached(own_token(keys)) is not None
    partner = trusted.verify_cached(jwt.encode(claims(), ED))
    assert partner is not None and partner.issuer == ISSUER
    # A partner-signed token claiming to be Charter's is checked with Charter's keys only.
    forged = jwt.encode(claims(iss="https://charter.test", org="org-1"),
                        SigningKey(keys.active().kid, "EdDSA", ED.private_key))
    with pytest.raises(TokenError) as caught:
        trusted.verify_cached(forged)
    assert caught.value.code == "signature"
    with pytest.raises(TokenError) as caught:
        asyncio.run(trusted.verify(jwt.encode(claims(iss="https://nobody.test"), ED)))
    assert caught.value.code == "issuer"
    with pytest.raises(ValueError, match="two verifiers"):
        TrustedIssuers([ExternalIssuer(config()), ExternalIssuer(config(name="again"))])
