"""Minors known by the claims of their token: the configuration, which claims a verified token
keeps, and how each kind of claim is read (clause CHILD-1)."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import date
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from charter.config.loader import ConfigError, parse_config
from charter.consent.minor_claims import MinorClaims, age_on, says_minor
from charter.consent.settings import ChildrenSettings, carried_claims
from charter.identity import jwt
from charter.identity.issuers import ExternalIssuer, IssuerConfig
from charter.identity.principal import Principal
from charter.identity.resolver import CachingResolver
from charter.identity.signing import SigningKeys
from charter.privacy.keyring import Keyring

pytestmark = pytest.mark.clause("CHILD-1")

TODAY = date(2026, 5, 15)
ISSUER, AUDIENCE = "https://people.test", "https://api.test"
SIGNER = jwt.SigningKey("people-1", "EdDSA", Ed25519PrivateKey.generate())


@pytest.mark.parametrize(("born", "age"), [
    (date(2010, 5, 15), 16), (date(2010, 5, 16), 15), (date(2010, 5, 14), 16),
    (date(2012, 2, 29), 14), (date(2026, 5, 15), 0),
])
def test_ages_count_whole_years(born: date, age: int) -> None:
    assert age_on(born, TODAY) == age


@pytest.mark.parametrize(("kind", "value", "minor"), [
    ("flag", True, True), ("flag", False, False),
    # Present but unreadable: doubt is resolved in the child's favour.
    ("flag", "false", True), ("flag", 0, True), ("flag", None, True),
    ("age", 15, True), ("age", 16, False), ("age", 40, False),
    ("age", 16.0, True), ("age", "17", True), ("age", True, True), ("age", -1, True),
    ("birthdate", "2010-05-15", False),  # sixteen today
    ("birthdate", "2010-05-16", True),   # sixteen tomorrow
    ("birthdate", "1980-01-31", False),
    ("birthdate", "2009", False),        # 31 Dec 2009 at the latest: 16 already
    ("birthdate", "2010", True),         # may be born on 31 Dec 2010: 15
    ("birthdate", "0000-04-01", True),   # year withheld
    ("birthdate", "2010-02-30", True), ("birthdate", "15/05/2010", True),
    ("birthdate", "2030-01-01", True), ("birthdate", 20100515, True),
])
def test_each_kind_of_claim_is_read(kind: Any, value: Any, minor: bool) -> None:
    assert says_minor(kind, value, 16, TODAY) is minor


def test_rules_apply_to_their_issuer_and_an_absent_claim_says_nothing() -> None:
    rules = MinorClaims(ChildrenSettings.model_validate({"minor_age": 13, "claims": [
        {"issuer": "people", "claim": "birthdate", "kind": "birthdate"},
        {"issuer": "people", "claim": ["profile", "minor"], "kind": "flag"},
        {"issuer": "school", "claim": "age", "kind": "age"},
    ]}))
    assert rules
    assert not MinorClaims(ChildrenSettings())
    assert rules.minor("people", {"birthdate": "2014-01-01"}, TODAY)
    assert not rules.minor("people", {"birthdate": "2012-01-01"}, TODAY)
    assert rules.minor("people", {"birthdate": "2000-01-01", "profile.minor": True}, TODAY)
    assert not rules.minor("people", {}, TODAY)
    assert rules.minor("school", {"age": 12}, TODAY)
    assert not rules.minor("school", {"birthdate": "2020-01-01"}, TODAY)  # not its rule
    assert not rules.minor("elsewhere", {"age": 3}, TODAY)


def _yaml(claims: str) -> str:
    pem = SIGNER.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    return f"""\
issuers:
  - {{name: people, issuer: "{ISSUER}", audiences: ["{AUDIENCE}"], algorithms: [EdDSA],
     keys: [{{kid: people-1, pem: {json.dumps(pem)}}}]}}
children:
  claims: {claims}
"""


def test_a_claim_must_name_a_configured_issuer() -> None:
    config = parse_config(_yaml("[{issuer: people, claim: birthdate, kind: birthdate}]"),
                          "charter.yaml")
    assert config.children.minor_age == 16
    assert carried_claims(config.children, "people") == ("birthdate",)
    assert carried_claims(config.children, "other") == ()
    with pytest.raises(ConfigError) as caught:
        parse_config(_yaml("[{issuer: peeple, claim: birthdate, kind: birthdate}]"),
                     "charter.yaml")
    assert "children.claims[0].issuer" in str(caught.value)
    assert "unknown issuer 'peeple'" in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        parse_config(_yaml("[{issuer: people, claim: birthdate, kind: date}]"), "charter.yaml")
    assert "children.claims[0].kind" in str(caught.value)


def _token(**claims: Any) -> str:
    now = int(time.time())
    return jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "sub": "kid-51", "iat": now,
                       "exp": now + 300, "email": "kid@example.com", **claims}, SIGNER)


def _issuer(carry: tuple[Any, ...]) -> ExternalIssuer:
    pem = SIGNER.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    return ExternalIssuer(IssuerConfig.model_validate({
        "name": "people", "issuer": ISSUER, "audiences": [AUDIENCE], "algorithms": ["EdDSA"],
        "keys": [{"kid": "people-1", "pem": pem}]}), carry=carry)


def test_a_verified_token_keeps_only_the_configured_claims() -> None:
    token = _token(birthdate="2012-03-04", profile={"minor": True, "name": "Kim"},
                   nested={"deep": ["a", "list"]}, long="x" * 65)
    identity = asyncio.run(_issuer(("birthdate", ["profile", "minor"], ["nested", "deep"],
                                    "long", "absent")).verify(token))
    # Objects, lists and long strings are kept as present but unusable; absent ones not at all.
    assert identity.claims == {"birthdate": "2012-03-04", "profile.minor": True,
                               "nested.deep": None, "long": None}
    assert asyncio.run(_issuer(()).verify(token)).claims == {}

    keyring = Keyring.generate()
    resolver = CachingResolver(engine=None,  # type: ignore[arg-type]  # no API keys here
                               keyring=keyring, signing=SigningKeys(keyring),
                               own_issuer="charter-test", own_audience="charter-api",
                               external={"people": _issuer(("birthdate",))})
    principal = resolver.bearer(token, ["people"])
    assert isinstance(principal, Principal)
    assert principal.claims == {"birthdate": "2012-03-04"}
    # Never written out by accident: not in the principal's repr, nor in its upstream headers.
    assert "2012" not in repr(principal)
    assert b"2012" not in principal.header_lines
