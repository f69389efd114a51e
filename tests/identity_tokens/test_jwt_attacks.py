"""The JWT attack suite: every known way to make a verifier accept a token it should refuse.

Each case builds the hostile token by hand and checks the stable error code it is refused with.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from charter.identity import jwt
from charter.identity.jwt import SigningKey, TokenError, VerificationKey

from .helpers import (
    ALL,
    AUDIENCE,
    ISSUER,
    JwksServer,
    b64,
    claims,
    forge,
    forge_segments,
    rsa_key,
    segment,
    signing_key,
)

ED = Ed25519PrivateKey.generate()
ED_KEY = SigningKey("ed", "EdDSA", ED)
RSA_KEY = SigningKey("rsa", "RS256", rsa_key("attack-suite"))
EC_KEY = signing_key("ES256", "ec")
# Not pinned to an algorithm (as a JWK without `alg`): only the key type limits what they verify.
KEYS: dict[str, VerificationKey] = {
    k.kid: VerificationKey(k.kid, k.private_key.public_key()) for k in (ED_KEY, RSA_KEY, EC_KEY)}


def refusal(token: Any, **options: Any) -> str:
    """The error code `token` is refused with (the test fails if it is accepted)."""
    arguments: dict[str, Any] = {"keys": KEYS, "algorithms": ALL, "issuer": ISSUER,
                                 "audience": AUDIENCE}
    arguments.update(options)
    with pytest.raises(TokenError) as caught:
        jwt.verify(token, **arguments)
    if isinstance(token, str) and len(token) > 20:
        assert token not in str(caught.value)  # messages never carry the token
    return caught.value.code


def ed_header(**extra: Any) -> dict[str, Any]:
    return {"alg": "EdDSA", "typ": "JWT", "kid": "ed", **extra}


def test_the_baseline_token_is_accepted() -> None:
    # Every attack below starts from this token and changes one thing.
    assert jwt.verify(forge(ed_header(), claims(), ED), keys=KEYS, algorithms=ALL,
                      issuer=ISSUER, audience=AUDIENCE)["sub"] == "client-1"


# --- algorithm ------------------------------------------------------------------------------

@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("alg", ["none", "None", "NONE", "nOnE", "", None, 0, ["EdDSA"]])
@pytest.mark.parametrize("with_signature", [False, True])
def test_alg_none_and_non_string_algs_are_refused(alg: Any, with_signature: bool) -> None:
    header = {"alg": alg, "kid": "ed"}
    token = forge(header, claims(), ED if with_signature else None)
    assert refusal(token) == "algorithm"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_alg_missing_is_refused() -> None:
    assert refusal(forge({"kid": "ed"}, claims(), ED)) == "algorithm"


def _hs256(header: dict[str, Any], payload: dict[str, Any], secret: bytes) -> str:
    signing_input = f"{segment(header)}.{segment(payload)}"
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(mac)}"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("alg", ["HS256", "HS384", "HS512", "hs256"])
def test_hmac_signed_with_the_rsa_public_key_pem_is_refused(alg: str) -> None:
    # The classic key confusion: the public key, which anyone has, used as an HMAC secret.
    pem = RSA_KEY.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    token = _hs256({"alg": alg, "typ": "JWT", "kid": "rsa"}, claims(), pem)
    assert refusal(token) == "algorithm"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_hmac_signed_with_the_ed25519_public_key_bytes_is_refused() -> None:
    raw = ED.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert refusal(_hs256({"alg": "HS256", "kid": "ed"}, claims(), raw)) == "algorithm"
    der = ED.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    assert refusal(_hs256({"alg": "HS256", "kid": "ed"}, claims(), der)) == "algorithm"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_hmac_cannot_even_be_allowed() -> None:
    pem = RSA_KEY.private_key.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    token = _hs256({"alg": "HS256", "kid": "rsa"}, claims(), pem)
    with pytest.raises(ValueError, match="algorithms"):
        jwt.verify(token, keys=KEYS, algorithms=frozenset({"HS256"}), issuer=ISSUER,
                   audience=AUDIENCE)


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize(("alg", "kid"), [
    ("RS256", "ed"), ("PS256", "ed"), ("ES256", "ed"),
    ("EdDSA", "rsa"), ("ES256", "rsa"),
    ("EdDSA", "ec"), ("RS256", "ec"),
])
def test_a_key_is_never_used_with_an_algorithm_of_another_type(alg: str, kid: str) -> None:
    assert refusal(forge({"alg": alg, "kid": kid}, claims(), ED)) == "algorithm"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_an_algorithm_outside_the_allow_list_is_refused_even_when_correctly_signed() -> None:
    token = jwt.encode(claims(), RSA_KEY)
    assert refusal(token, algorithms=frozenset({"EdDSA", "ES256"})) == "algorithm"


@pytest.mark.clause("SEC-2")
def test_rsa_keys_under_2048_bits_are_refused() -> None:
    small = rsa_key("small", 1024)
    signing_input = f"{segment({'alg': 'RS256', 'kid': 'small'})}.{segment(claims())}"
    sig = small.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    keys = {"small": VerificationKey("small", small.public_key())}
    assert refusal(f"{signing_input}.{b64(sig)}", keys=keys) == "algorithm"


# --- key selection --------------------------------------------------------------------------

class RecordingKeys(Mapping[str, VerificationKey]):
    """A resolver that records what it is asked for: the kid must reach it as an opaque key."""

    def __init__(self, keys: Mapping[str, VerificationKey]) -> None:
        self._keys = dict(keys)
        self.asked: list[object] = []

    def __getitem__(self, kid: str) -> VerificationKey:
        self.asked.append(kid)
        return self._keys[kid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("kid", ["missing", "ED", "ed ", ""])
def test_an_unknown_kid_is_refused(kid: str) -> None:
    assert refusal(forge(ed_header(kid=kid), claims(), ED)) == "unknown_key"


@pytest.mark.clause("USE-1")
@pytest.mark.parametrize("kid", [None, 1, ["ed"], {"ed": 1}, True])
def test_a_missing_or_non_string_kid_is_refused(kid: Any) -> None:
    header = {"alg": "EdDSA"} if kid is None else {"alg": "EdDSA", "kid": kid}
    assert refusal(forge(header, claims(), ED)) == "unknown_key"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("kid", [
    "../../dev/null", "/dev/null", "../../../../etc/passwd", "file:///dev/null",
    "https://attacker.example/key.pem", "ed/../ed", "ed\x00", "' OR '1'='1", "*",
])
def test_kid_path_and_url_tricks_are_only_dictionary_misses(kid: str) -> None:
    keys = RecordingKeys(KEYS)
    # /dev/null reads as empty: a verifier that opened it would check an HMAC with b"".
    empty_mac = _hs256({"alg": "HS256", "kid": kid}, claims(), b"")
    assert refusal(empty_mac, keys=keys) == "algorithm"
    assert refusal(forge(ed_header(kid=kid), claims(), ED), keys=keys) == "unknown_key"
    assert keys.asked == [kid]


@pytest.fixture
def attacker_jwks() -> Iterator[JwksServer]:
    """A real HTTP server publishing the attacker's key, recording every request it gets."""
    attacker = Ed25519PrivateKey.generate()
    x = b64(attacker.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    with JwksServer() as server:
        server.publish({"kty": "OKP", "crv": "Ed25519", "x": x, "kid": "ed"})
        yield server


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("header_name", ["jku", "x5u", "jwk", "x5c"])
def test_key_carrying_headers_are_ignored(
    header_name: str, attacker_jwks: JwksServer,
) -> None:
    url, requests = attacker_jwks.url, attacker_jwks.requests
    attacker = Ed25519PrivateKey.generate()
    x = b64(attacker.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    values: dict[str, Any] = {
        "jku": url, "x5u": url,
        "jwk": {"kty": "OKP", "crv": "Ed25519", "x": x, "kid": "attacker"},
        "x5c": [b64(attacker.public_key().public_bytes(
            Encoding.DER, PublicFormat.SubjectPublicKeyInfo))],
    }
    # With a kid of ours the attacker's signature fails; with the attacker's kid, no key.
    ours = forge(ed_header(**{header_name: values[header_name]}), claims(), attacker)
    assert refusal(ours) == "signature"
    theirs = forge(ed_header(kid="attacker", **{header_name: values[header_name]}), claims(),
                   attacker)
    assert refusal(theirs) == "unknown_key"
    assert requests == []  # nothing was fetched
    # And the header is ignored, not fatal: a genuine token carrying it still verifies.
    genuine = forge(ed_header(**{header_name: values[header_name]}), claims(), ED)
    assert jwt.verify(genuine, keys=KEYS, algorithms=ALL, issuer=ISSUER, audience=AUDIENCE)


@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("crit", [["exp"], [], ["b64"], "exp"])
def test_crit_is_refused(crit: Any) -> None:
    assert refusal(forge(ed_header(crit=crit, exp=1), claims(), ED)) == "malformed"


@pytest.mark.parametrize("typ", ["JWE", "jose", "jose+json", "", 1, "at+jwt2"])
def test_an_unexpected_typ_is_refused(typ: Any) -> None:
    assert refusal(forge(ed_header(typ=typ), claims(), ED)) == "malformed"


@pytest.mark.parametrize("typ", ["JWT", "jwt", "at+jwt", "application/at+jwt"])
def test_jwt_typs_are_accepted(typ: str) -> None:
    jwt.verify(forge(ed_header(typ=typ), claims(), ED), keys=KEYS, algorithms=ALL,
               issuer=ISSUER, audience=AUDIENCE)


# --- signature ------------------------------------------------------------------------------

@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_a_tampered_payload_is_refused() -> None:
    token = forge(ed_header(), claims(scope="read"), ED)
    header, _, signature = token.split(".")
    tampered = f"{header}.{segment(claims(scope='read admin'))}.{signature}"
    assert refusal(tampered) == "signature"


@pytest.mark.clause("USE-1")
def test_a_tampered_header_is_refused() -> None:
    token = forge(ed_header(), claims(), ED)
    _, payload, signature = token.split(".")
    assert refusal(f"{segment(ed_header(typ='at+jwt'))}.{payload}.{signature}") == "signature"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("key", [ED_KEY, RSA_KEY, EC_KEY], ids=lambda k: k.alg)
@pytest.mark.parametrize("keep", [0, 1, 32, -1])
def test_a_truncated_or_empty_signature_is_refused(key: SigningKey, keep: int) -> None:
    token = jwt.encode(claims(), key)
    signing_input, _, signature = token.rpartition(".")
    raw = jwt.b64url_decode(signature)
    cut = raw[:keep] if keep >= 0 else raw[:-1]
    assert refusal(f"{signing_input}.{b64(cut)}") == "signature"


@pytest.mark.clause("USE-1")
@pytest.mark.parametrize("drop", [1, 2, 3, 4, 10])
def test_a_signature_cut_as_text_is_refused(drop: int) -> None:
    token = jwt.encode(claims(), ED_KEY)
    assert refusal(token[:-drop]) in {"signature", "malformed"}


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("alg", sorted(ALL))
def test_a_signature_from_a_different_key_with_our_kid_is_refused(alg: str) -> None:
    ours = {"ed": ED_KEY, "rsa": RSA_KEY, "ec": EC_KEY}
    kid = {"EdDSA": "ed", "RS256": "rsa", "PS256": "rsa", "ES256": "ec"}[alg]
    impostor = signing_key(alg, kid)
    if alg in {"RS256", "PS256"}:
        impostor = SigningKey(kid, alg, rsa_key("impostor"))
    assert impostor.private_key is not ours[kid].private_key
    assert refusal(jwt.encode(claims(), impostor)) == "signature"


# --- claims ---------------------------------------------------------------------------------

@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_an_expired_token_is_refused_beyond_the_leeway() -> None:
    now = time.time()
    assert refusal(forge(ed_header(), claims(exp=int(now) - 31), ED), now=now) == "expired"
    assert refusal(forge(ed_header(), claims(exp=int(now) - 1), ED), now=now,
                   leeway=0) == "expired"
    # Inside the leeway: accepted.
    jwt.verify(forge(ed_header(), claims(exp=int(now) - 20), ED), keys=KEYS, algorithms=ALL,
               issuer=ISSUER, audience=AUDIENCE, now=now)


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("claim", ["nbf", "iat"])
def test_a_token_from_the_future_is_refused(claim: str) -> None:
    now = time.time()
    future = claims(**{claim: int(now) + 120, "exp": int(now) + 600})
    assert refusal(forge(ed_header(), future, ED), now=now) == "not_yet_valid"
    near = claims(**{claim: int(now) + 10, "exp": int(now) + 600})
    jwt.verify(forge(ed_header(), near, ED), keys=KEYS, algorithms=ALL, issuer=ISSUER,
               audience=AUDIENCE, now=now)


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("aud", ["https://other.test", ["https://other.test", "x"]])
def test_a_token_for_another_audience_is_refused(aud: Any) -> None:
    assert refusal(forge(ed_header(), claims(aud=aud), ED)) == "audience"


def test_an_audience_list_with_ours_is_accepted() -> None:
    token = forge(ed_header(), claims(aud=["https://other.test", AUDIENCE]), ED)
    jwt.verify(token, keys=KEYS, algorithms=ALL, issuer=ISSUER, audience=AUDIENCE)


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("iss", ["https://evil.test", "https://issuer.test/", "HTTPS://ISSUER.TEST"])
def test_a_token_from_another_issuer_is_refused(iss: str) -> None:
    assert refusal(forge(ed_header(), claims(iss=iss), ED)) == "issuer"


@pytest.mark.clause("USE-1")
@pytest.mark.parametrize("name", ["exp", "iss", "aud", "sub", "iat"])
def test_a_required_claim_missing_is_refused(name: str) -> None:
    assert refusal(forge(ed_header(), claims(**{name: None}), ED)) == "claims"


def test_exp_iss_and_aud_are_required_whatever_the_caller_says() -> None:
    for name in ("exp", "iss", "aud"):
        token = forge(ed_header(), claims(**{name: None}), ED)
        assert refusal(token, required=()) == "claims"


@pytest.mark.parametrize("overrides", [
    {"exp": "9999999999"}, {"exp": True}, {"exp": None, "nbf": 1}, {"nbf": "0"},
    {"iat": [1]}, {"sub": 42}, {"iss": ["https://issuer.test"]}, {"aud": []}, {"aud": [1]},
    {"aud": {"a": 1}}, {"jti": 7},
])
def test_claims_of_the_wrong_type_are_refused(overrides: dict[str, Any]) -> None:
    assert refusal(forge(ed_header(), claims(**overrides), ED)) == "claims"


def test_an_infinite_exp_is_refused() -> None:
    payload = json.dumps(claims()).replace(
        f'"exp": {claims()["exp"]}', '"exp": 1e400').encode()
    assert b"1e400" in payload
    assert refusal(forge(ed_header(), payload, ED)) == "claims"


# --- shape ----------------------------------------------------------------------------------

@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_a_huge_token_is_refused_before_decoding() -> None:
    assert refusal("x" * 10_000) == "too_large"
    padded = forge(ed_header(), claims(filler="a" * 9000), ED)
    assert refusal(padded) == "too_large"
    small = forge(ed_header(), claims(), ED)
    assert refusal(small, max_length=len(small) - 1) == "too_large"


@pytest.mark.clause("USE-1")
@pytest.mark.parametrize("token", [
    "", ".", "..", "a.b", "a.b.c.d", "a.b.c.d.e", "...", 12, None, b"a.b.c",
])
def test_tokens_of_the_wrong_shape_are_refused(token: Any) -> None:
    assert refusal(token) == "malformed"


def _segment_with_spare_bits(make: Any) -> str:
    """A segment whose length leaves unused bits in its last character (length % 4 of 2)."""
    for size in range(8):
        text = segment(make("x" * size))
        if len(text) % 4 == 2:
            return text
    raise AssertionError("unreachable")


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("where", ["header", "payload", "signature"])
@pytest.mark.parametrize("damage", ["padding", "standard_alphabet", "bad_char", "length",
                                    "trailing_bits", "whitespace"])
def test_anything_but_strict_base64url_is_refused(where: str, damage: str) -> None:
    parts = {"header": _segment_with_spare_bits(lambda pad: ed_header(pad=pad)),
             "payload": _segment_with_spare_bits(lambda pad: claims(pad=pad))}
    if where != "signature":
        parts[where] = _damage(parts[where], damage)
        token = forge_segments(parts["header"], parts["payload"], ED)
    else:
        signing_input, _, signature = forge_segments(
            parts["header"], parts["payload"], ED).rpartition(".")
        assert len(signature) % 4 == 2  # 64 bytes
        token = f"{signing_input}.{_damage(signature, damage)}"
    assert refusal(token) == "malformed"


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _damage(text: str, how: str) -> str:
    assert len(text) % 4 == 2
    if how == "padding":
        return text + "=="
    if how == "standard_alphabet":
        damaged = text.replace("-", "+").replace("_", "/")
        return damaged if damaged != text else "+" + text[1:]
    if how == "bad_char":
        return text[:5] + "*" + text[6:]
    if how == "length":
        return text + "AAA"
    if how == "whitespace":
        return text[:4] + " " + text[4:]
    # The last character's four unused low bits set: decodes to the same bytes, but is not
    # the canonical form, so it would let a token be altered without changing its meaning.
    last = _ALPHABET.index(text[-1])
    return text[:-1] + _ALPHABET[last | 0b1111]


@pytest.mark.clause("USE-1")
@pytest.mark.parametrize("header", [b"[]", b'"EdDSA"', b"1", b"null", b"not json", b"\xff\xfe",
                                    b'{"alg": "EdDSA", "kid": "ed", "x": NaN}'])
def test_a_header_that_is_not_a_json_object_is_refused(header: bytes) -> None:
    assert refusal(forge(header, claims(), ED)) == "malformed"


@pytest.mark.clause("USE-1")
@pytest.mark.parametrize("payload", [b"", b"[]", b'"claims"', b"1", b"null", b"{", b"\xff",
                                     b"[" * 5000 + b"]" * 5000])
def test_a_signed_payload_that_is_not_a_json_object_is_refused(payload: bytes) -> None:
    assert refusal(forge(ed_header(), payload, ED), max_length=100_000) == "malformed"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_duplicate_claims_are_refused() -> None:
    base = json.dumps(claims())[:-1]
    payload = (base + ', "sub": "admin"}').encode()
    assert refusal(forge(ed_header(), payload, ED)) == "malformed"


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
def test_duplicate_header_members_are_refused() -> None:
    header = b'{"alg": "EdDSA", "kid": "ed", "alg": "none"}'
    assert refusal(forge(header, claims(), ED)) == "malformed"
    nested = json.dumps(claims(ext={"a": 1}))
    payload = nested.replace('{"a": 1}', '{"a": 1, "a": 2}').encode()
    assert refusal(forge(ed_header(), payload, ED)) == "malformed"


def test_errors_have_stable_codes_and_never_repeat_the_token() -> None:
    assert {"malformed", "too_large", "algorithm", "unknown_key", "signature", "expired",
            "not_yet_valid", "issuer", "audience", "claims"} == jwt.ERROR_CODES
    token = forge(ed_header(kid="nope"), claims(), ED)
    with pytest.raises(TokenError) as caught:
        jwt.verify(token, keys=KEYS, algorithms=ALL, issuer=ISSUER, audience=AUDIENCE)
    assert "nope" not in str(caught.value)
    assert token.split(".")[1] not in repr(caught.value)


@pytest.mark.clause("USE-1")
@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("overrides", [{"exp": 1}, {"iss": "https://evil.test"},
                                       {"aud": "x"}, {"nbf": 4_000_000_000}, {"sub": 1}])
def test_the_signature_is_checked_before_any_claim(overrides: dict[str, Any]) -> None:
    # A forger learns nothing about which claims would pass: the answer is always "signature".
    token = forge(ed_header(), claims(**overrides), Ed25519PrivateKey.generate())
    assert refusal(token) == "signature"
