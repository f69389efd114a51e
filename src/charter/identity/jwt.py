"""Compact JWS tokens (RFC 7515/7519): signing, and verification that refuses rather than guesses.

Only four asymmetric algorithms exist here: `EdDSA` (Ed25519), `ES256` (P-256), `RS256` and
`PS256`. There is no HMAC and no `none`, so no token can make a public key act as a shared
secret. Verification follows one fixed order, and every refusal raises `TokenError` with a
stable `code` and a message that never contains the token:

1. size (`too_large`) before any decoding;
2. shape: three strict base64url segments, a JSON-object header without duplicate members, no
   `crit`, a `typ` of `JWT` or `at+jwt` if any (`malformed`);
3. `alg` in the caller's explicit allow-list (`algorithm`);
4. the key chosen by `kid`, an opaque string looked up in the caller's mapping; `jku`, `x5u`,
   `jwk` and `x5c` are never read, so a token cannot bring its own key (`unknown_key`);
5. key type matches `alg` (`algorithm`), then the signature (`signature`);
6. only then the payload: a JSON object without duplicate members (`malformed`), the required
   claims (`claims`), `exp` (`expired`), `nbf`/`iat` (`not_yet_valid`), `iss` (`issuer`) and
   `aud` (`audience`).
"""

from __future__ import annotations

import base64
import json
import math
import re
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

ALGORITHMS: Final = frozenset({"EdDSA", "ES256", "RS256", "PS256"})
MIN_RSA_BITS: Final = 2048
TOKEN_TYPES: Final = frozenset({"jwt", "at+jwt"})

PrivateKey = Ed25519PrivateKey | ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
PublicKey = Ed25519PublicKey | ec.EllipticCurvePublicKey | rsa.RSAPublicKey

_MESSAGES: Final = {
    "malformed": "the token is malformed",
    "too_large": "the token is too large",
    "algorithm": "the token's algorithm is not accepted",
    "unknown_key": "the token's signing key is not known",
    "signature": "the token's signature is invalid",
    "expired": "the token has expired",
    "not_yet_valid": "the token is not valid yet",
    "issuer": "the token's issuer is not accepted",
    "audience": "the token is not meant for this audience",
    "claims": "the token lacks a required claim or has a claim of the wrong type",
}
ERROR_CODES: Final = frozenset(_MESSAGES)


class TokenError(Exception):
    """A token was refused. `code` is one of `ERROR_CODES`; the message never holds the token."""

    def __init__(self, code: str, message: str | None = None) -> None:
        if code not in _MESSAGES:
            raise ValueError(f"unknown token error code {code!r}")
        super().__init__(message or _MESSAGES[code])
        self.code = code


@dataclass(frozen=True, slots=True)
class SigningKey:
    """A private key with the key id and algorithm that tokens signed with it will carry."""

    kid: str
    alg: str
    private_key: PrivateKey = field(repr=False)

    def __post_init__(self) -> None:
        if self.alg not in ALGORITHMS:
            raise ValueError(f"unsupported algorithm {self.alg!r}")
        if not key_fits(self.alg, self.private_key.public_key()):
            raise ValueError(f"a {type(self.private_key).__name__} cannot sign {self.alg}")

    def verification_key(self) -> VerificationKey:
        return VerificationKey(self.kid, self.private_key.public_key(), self.alg)


@dataclass(frozen=True, slots=True)
class VerificationKey:
    """A public key for `kid`. With `alg` set (a JWK's `alg`), it verifies that algorithm only."""

    kid: str
    key: PublicKey
    alg: str | None = None


# Keys by `kid`. A plain dict will do: the kid is only ever used as a dictionary key.
KeyResolver = Mapping[str, VerificationKey]


# --- encoding -------------------------------------------------------------------------------

_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(segment: str) -> bytes:
    """Strict base64url: the URL-safe alphabet only, no padding, no non-canonical trailing bits.

    Raises `TokenError("malformed")`. Refusing non-canonical forms means one byte string has
    exactly one textual form, so a token cannot be altered without changing what it decodes to.
    """
    if not _B64URL.fullmatch(segment) or len(segment) % 4 == 1:
        raise TokenError("malformed")
    raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    if b64url_encode(raw) != segment:
        raise TokenError("malformed")
    return raw


class _DuplicateMember(ValueError):
    pass


def _unique_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            # Parsers disagree on which duplicate wins; refusing removes the ambiguity.
            raise _DuplicateMember(name)
        result[name] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_unique_members, parse_constant=_no_constants
        )
    except (ValueError, RecursionError):
        raise TokenError("malformed") from None
    if not isinstance(value, dict):
        raise TokenError("malformed")
    return value


def _json_bytes(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, separators=(",", ":"), allow_nan=False).encode("utf-8")


# --- algorithms -----------------------------------------------------------------------------

def key_fits(alg: str, key: PublicKey) -> bool:
    """Whether `key` may verify `alg`: the right type, curve, and (RSA) at least 2048 bits."""
    if alg == "EdDSA":
        return isinstance(key, Ed25519PublicKey)
    if alg == "ES256":
        return isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1)
    if alg in {"RS256", "PS256"}:
        return isinstance(key, rsa.RSAPublicKey) and key.key_size >= MIN_RSA_BITS
    return False


def _pss() -> padding.PSS:
    # RFC 7518 §3.5: MGF1 with SHA-256 and a salt as long as the hash.
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def _sign(alg: str, key: PrivateKey, data: bytes) -> bytes:
    if alg == "EdDSA" and isinstance(key, Ed25519PrivateKey):
        return key.sign(data)
    if alg == "ES256" and isinstance(key, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        # JWS carries ECDSA signatures as fixed-width r || s, not DER (RFC 7518 §3.4).
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")
    if alg == "RS256" and isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if alg == "PS256" and isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, _pss(), hashes.SHA256())
    raise ValueError(f"a {type(key).__name__} cannot sign {alg}")


def _signature_valid(alg: str, key: PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        if alg == "EdDSA" and isinstance(key, Ed25519PublicKey):
            key.verify(signature, data)
        elif alg == "ES256" and isinstance(key, ec.EllipticCurvePublicKey):
            if len(signature) != 64:
                return False
            r = int.from_bytes(signature[:32], "big")
            s = int.from_bytes(signature[32:], "big")
            key.verify(encode_dss_signature(r, s), data, ec.ECDSA(hashes.SHA256()))
        elif alg == "RS256" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        elif alg == "PS256" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, _pss(), hashes.SHA256())
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


# --- public API -----------------------------------------------------------------------------

def encode(claims: Mapping[str, Any], key: SigningKey, *, typ: str = "JWT") -> str:
    """Sign `claims` as a compact JWS with header `{"alg", "typ", "kid"}`.

    The caller sets every claim, times included; nothing is added here.
    """
    if typ.lower() not in TOKEN_TYPES:
        raise ValueError(f"unsupported token type {typ!r}")
    header = {"alg": key.alg, "typ": typ, "kid": key.kid}
    signing_input = f"{b64url_encode(_json_bytes(header))}.{b64url_encode(_json_bytes(claims))}"
    signature = _sign(key.alg, key.private_key, signing_input.encode("ascii"))
    return f"{signing_input}.{b64url_encode(signature)}"


def unverified_header(token: str, *, max_length: int = 8192) -> dict[str, Any]:
    """The header of `token`, checked for shape only: nothing in it is authenticated yet.

    For choosing where keys come from (the `kid` to look for, the `iss` of a multi-issuer
    route) before `verify`; never for a decision that grants anything.
    """
    header, _, _, _ = _split(token, max_length)
    return header


def unverified_claims(token: str, *, max_length: int = 8192) -> dict[str, Any]:
    """The payload of `token`, unauthenticated: only to pick which issuer's keys to verify with."""
    _, payload, _, _ = _split(token, max_length)
    return _json_object(payload)


def verify(
    token: str,
    *,
    keys: KeyResolver,
    algorithms: frozenset[str],
    issuer: str | Collection[str],
    audience: str | Collection[str],
    leeway: float = 30,
    max_length: int = 8192,
    now: float | None = None,
    required: tuple[str, ...] = ("exp", "iat", "iss", "aud", "sub"),
) -> dict[str, Any]:
    """The verified claims of `token`, or `TokenError` (see the module docstring for the order).

    `algorithms` is the explicit allow-list (a non-empty subset of `ALGORITHMS`); `issuer` and
    `audience` are the accepted values (the token's `aud` may be a string or a list, one match
    is enough); `leeway` is the clock skew allowed on `exp`, `nbf` and `iat`, in seconds.
    `exp`, `iss` and `aud` are always required, whatever `required` says.
    """
    if not algorithms or not algorithms <= ALGORITHMS:
        raise ValueError(f"algorithms must be a non-empty subset of {sorted(ALGORITHMS)}")
    issuers = _accepted(issuer, "issuer")
    audiences = _accepted(audience, "audience")
    if leeway < 0:
        raise ValueError("leeway cannot be negative")

    header, payload, signature, signing_input = _split(token, max_length)
    alg = header.get("alg")
    if not isinstance(alg, str) or alg not in algorithms:
        raise TokenError("algorithm")
    kid = header.get("kid")
    entry = keys.get(kid) if isinstance(kid, str) else None
    if entry is None:
        raise TokenError("unknown_key")
    if (entry.alg is not None and entry.alg != alg) or not key_fits(alg, entry.key):
        raise TokenError("algorithm")
    if not _signature_valid(alg, entry.key, signature, signing_input):
        raise TokenError("signature")

    claims = _json_object(payload)
    _check_claims(claims, issuers, audiences, leeway,
                  time.time() if now is None else now, required)
    return claims


def _accepted(value: str | Collection[str], what: str) -> frozenset[str]:
    accepted = frozenset({value}) if isinstance(value, str) else frozenset(value)
    if not accepted or not all(isinstance(v, str) and v for v in accepted):
        raise ValueError(f"at least one non-empty {what} must be accepted")
    return accepted


def _split(token: str, max_length: int) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """Header (parsed and checked), payload bytes, signature bytes and the signing input."""
    if not isinstance(token, str):
        raise TokenError("malformed")
    if len(token) > max_length:
        raise TokenError("too_large")
    parts = token.split(".")
    if len(parts) != 3:  # five would be a JWE, which is not accepted here
        raise TokenError("malformed")
    header_b64, payload_b64, signature_b64 = parts
    header = _json_object(b64url_decode(header_b64))
    payload = b64url_decode(payload_b64)
    signature = b64url_decode(signature_b64)
    if "crit" in header:
        # Extensions we would have to understand: none are supported, so none may be critical.
        raise TokenError("malformed")
    typ = header.get("typ")
    if typ is not None and not (
        isinstance(typ, str) and typ.lower().removeprefix("application/") in TOKEN_TYPES
    ):
        raise TokenError("malformed")
    return header, payload, signature, f"{header_b64}.{payload_b64}".encode("ascii")


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TokenError("claims")
    number = float(value)
    if not math.isfinite(number):
        raise TokenError("claims")
    return number


def _check_claims(
    claims: dict[str, Any],
    issuers: frozenset[str],
    audiences: frozenset[str],
    leeway: float,
    now: float,
    required: tuple[str, ...],
) -> None:
    for name in ("exp", "iss", "aud", *required):
        if name not in claims:
            raise TokenError("claims")
    for name in ("sub", "jti", "iss"):
        if name in claims and not isinstance(claims[name], str):
            raise TokenError("claims")

    if now >= _number(claims["exp"]) + leeway:
        raise TokenError("expired")
    for name in ("nbf", "iat"):
        # `iat` in the future is as suspicious as `nbf`: a clock far off, or a forged lifetime.
        if name in claims and _number(claims[name]) > now + leeway:
            raise TokenError("not_yet_valid")

    if claims["iss"] not in issuers:
        raise TokenError("issuer")
    aud = claims["aud"]
    values = [aud] if isinstance(aud, str) else aud
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise TokenError("claims")
    if audiences.isdisjoint(values):
        raise TokenError("audience")
