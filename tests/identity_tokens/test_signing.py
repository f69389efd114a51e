"""Charter's signing keys: derived from the keyring, the same on every node, rotated by kid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from charter.identity import jwt
from charter.identity.issuers import parse_jwks
from charter.identity.jwt import TokenError
from charter.identity.signing import SigningKeys
from charter.privacy.keyring import Keyring

from .helpers import AUDIENCE, ISSUER, claims

EDDSA = frozenset({"EdDSA"})


def _public(keys: SigningKeys) -> bytes:
    return keys.active().private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def test_every_node_derives_the_same_key(tmp_path: Path) -> None:
    path = Keyring.generate().save(tmp_path / "keyring")
    one, two = SigningKeys(Keyring.load(path)), SigningKeys(Keyring.load(path))
    assert one.active().kid == two.active().kid
    assert _public(one) == _public(two)
    token = jwt.encode(claims(), one.active())
    jwt.verify(token, keys=two.resolver(), algorithms=EDDSA, issuer=ISSUER, audience=AUDIENCE)


def test_keys_differ_by_keyring_and_by_kid() -> None:
    keyring = Keyring.generate()
    first = SigningKeys(keyring)
    before = _public(first)
    assert before != _public(SigningKeys(Keyring.generate()))
    keyring.rotate()
    assert _public(first) != before


def test_the_active_key_is_ed25519_and_cached() -> None:
    keys = SigningKeys(Keyring.generate())
    assert keys.active().alg == "EdDSA"
    assert keys.active() is keys.active()
    assert keys.resolver() is keys.resolver()


def test_the_jwks_holds_public_keys_only() -> None:
    keyring = Keyring.generate()
    keys = SigningKeys(keyring)
    document = keys.jwks()
    [jwk] = document["keys"]
    assert set(jwk) == {"kty", "crv", "x", "kid", "alg", "use"}
    assert (jwk["kty"], jwk["crv"], jwk["alg"], jwk["use"]) == ("OKP", "Ed25519", "EdDSA", "sig")
    assert jwk["kid"] == keyring.active_kid
    assert jwt.b64url_decode(jwk["x"]) == _public(keys)
    # What we publish, a verifier elsewhere can use.
    published = parse_jwks(json.dumps(document).encode())
    token = jwt.encode(claims(), keys.active())
    jwt.verify(token, keys=published, algorithms=EDDSA, issuer=ISSUER, audience=AUDIENCE)


@pytest.mark.clause("SEC-6")
def test_rotation_keeps_old_tokens_valid_until_the_kid_is_retired() -> None:
    keyring = Keyring.generate()
    keys = SigningKeys(keyring)
    old_kid = keys.active().kid
    old_token = jwt.encode(claims(), keys.active())

    keyring.rotate()
    new_key = keys.active()
    assert new_key.kid != old_kid
    new_token = jwt.encode(claims(), new_key)
    assert {k["kid"] for k in keys.jwks()["keys"]} == {old_kid, new_key.kid}
    for token in (old_token, new_token):
        jwt.verify(token, keys=keys.resolver(), algorithms=EDDSA, issuer=ISSUER,
                   audience=AUDIENCE)

    keyring.retire(old_kid)
    assert [k["kid"] for k in keys.jwks()["keys"]] == [new_key.kid]
    with pytest.raises(TokenError) as caught:
        jwt.verify(old_token, keys=keys.resolver(), algorithms=EDDSA, issuer=ISSUER,
                   audience=AUDIENCE)
    assert caught.value.code == "unknown_key"
    jwt.verify(new_token, keys=keys.resolver(), algorithms=EDDSA, issuer=ISSUER,
               audience=AUDIENCE)


@pytest.mark.clause("SEC-6")
def test_a_rotation_by_another_process_is_seen_after_reload(tmp_path: Path) -> None:
    path = Keyring.generate().save(tmp_path / "keyring")
    keyring = Keyring.load(path)
    keys = SigningKeys(keyring)
    old = keys.active().kid

    other = Keyring.load(path)  # `charter keyring rotate` elsewhere
    other.rotate()
    other.save()
    keyring.reload()

    assert keys.active().kid == other.active_kid != old
    assert set(keys.resolver()) == {old, other.active_kid}
