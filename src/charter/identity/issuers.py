"""Token issuers a route may trust: external ones (static keys or a JWKS URL) and Charter itself.

Every issuer turns a bearer token into the same `Identity`. An external issuer is configured
with an explicit algorithm allow-list, the `iss` value and audiences it must carry, a bounded
clock skew, and a mapping from its claims to subject, organization and scopes. Its keys are
either inline or fetched from a JWKS URL by `JwksCache`, which bounds how often the issuer is
asked (a token with an unknown `kid` cannot make us hammer it) and keeps the last good key set
when a fetch fails.

Verifiers share one shape (`TokenVerifier`): `verify_cached(token)` answers without I/O
(an `Identity`, or None when keys must be fetched first) and `await verify(token)` always
answers. Both raise `TokenError` on refusal.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from email.message import Message
from typing import IO, Annotated, Any, Literal, Protocol
from urllib.parse import urlsplit

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from charter.config.units import parse_duration
from charter.identity import jwt
from charter.identity.jwt import KeyResolver, PublicKey, TokenError, VerificationKey
from charter.identity.signing import SigningKeys

log = logging.getLogger("charter.identity.issuers")

Algorithm = Literal["EdDSA", "ES256", "RS256", "PS256"]
EXTERNAL_REQUIRED_CLAIMS = ("exp", "iat", "iss", "aud")


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a verified token speaks for, whoever issued it."""

    subject: str
    organization: str | None
    scopes: frozenset[str]
    client_id: str | None
    issuer: str
    token_id: str | None
    expires: float
    # The claims the configuration asks to keep (see `ExternalIssuer`), by name; no others.
    claims: Mapping[str, Any] = field(default_factory=dict, repr=False, hash=False)


# --- configuration --------------------------------------------------------------------------

# A claim is named either by its top-level name, used verbatim (so `https://example.com/org`
# works), or by a list of names leading into nested objects (`["realm_access", "roles"]`).
ClaimPath = str | Annotated[list[str], Field(min_length=1)]
Seconds = Annotated[float, BeforeValidator(parse_duration)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClaimMapping(_Strict):
    """Which claims give the subject, organization, scopes and client id.

    Unset `scopes` tries `scope` (a space-separated string), then `scp` and `scopes` (string
    or list); unset `client_id` tries `client_id`, then `azp`. Unset `organization` means the
    issuer's tokens carry no organization.
    """

    subject: ClaimPath = "sub"
    organization: ClaimPath | None = None
    scopes: ClaimPath | None = None
    client_id: ClaimPath | None = None


class PemKey(_Strict):
    """A static public key in PEM form, with the `kid` tokens name it by."""

    kid: str = Field(min_length=1, max_length=256)
    pem: str
    alg: Algorithm | None = None


class IssuerConfig(_Strict):
    """One external issuer a route trusts. Exactly one of `keys` and `jwks_url` is set."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,62}$")
    issuer: str = Field(min_length=1)
    audiences: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)
    algorithms: list[Algorithm] = Field(min_length=1)
    # Inline keys: PEM public keys with their kid, or public JWKs (RFC 7517) with a `kid`.
    keys: list[PemKey | dict[str, Any]] | None = Field(None, min_length=1)
    jwks_url: str | None = None
    jwks_refresh: Seconds = Field(300.0, ge=1)
    jwks_min_refetch: Seconds = Field(30.0, ge=1)
    jwks_timeout: Seconds = Field(5.0, gt=0, le=60)
    leeway: Seconds = Field(30.0, ge=0, le=120)
    max_token_bytes: int = Field(8192, ge=512, le=65536)
    claims: ClaimMapping = ClaimMapping()

    @model_validator(mode="after")
    def _one_key_source(self) -> IssuerConfig:
        if (self.keys is None) == (self.jwks_url is None):
            raise ValueError("an issuer needs exactly one of `keys` and `jwks_url`")
        if self.jwks_url is not None:
            check_jwks_url(self.jwks_url)
        if self.keys is not None:
            self.static_keys()  # raises ValueError on a bad or unusable key
        return self

    def static_keys(self) -> dict[str, VerificationKey]:
        """The inline keys by kid; ValueError if one is invalid or fits no allowed algorithm."""
        parsed: dict[str, VerificationKey] = {}
        for index, item in enumerate(self.keys or ()):
            key = _pem_key(item) if isinstance(item, PemKey) else parse_jwk(item)
            if key.kid in parsed:
                raise ValueError(f"keys[{index}]: duplicate kid {key.kid!r}")
            allowed = [key.alg] if key.alg is not None else self.algorithms
            if not any(a in self.algorithms and jwt.key_fits(a, key.key) for a in allowed):
                raise ValueError(f"keys[{index}]: the key fits none of the allowed algorithms")
            parsed[key.kid] = key
        return parsed


def check_jwks_url(url: str) -> str:
    """An https URL, or http to a loopback address (for tests); never with credentials."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise ValueError("jwks_url is not a valid URL") from None
    if parts.username is not None or parts.password is not None:
        raise ValueError("jwks_url must not contain credentials")
    if not parts.hostname or parts.fragment:
        raise ValueError("jwks_url must be an absolute URL with a host and no fragment")
    if parts.scheme == "https":
        return url
    if parts.scheme == "http" and _is_loopback(parts.hostname):
        return url
    raise ValueError("jwks_url must use https (plain http only to a loopback address)")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- keys -----------------------------------------------------------------------------------

_PRIVATE_MEMBERS = frozenset({"d", "p", "q", "dp", "dq", "qi", "oth", "k"})


def parse_jwk(jwk: Mapping[str, Any]) -> VerificationKey:
    """A public signing key from a JWK: OKP/Ed25519, EC/P-256 or RSA of at least 2048 bits.

    Raises ValueError for anything else, for a key without a `kid`, for a key meant for
    another use, and for a key published with its private part (it can no longer be trusted).
    """
    kid = jwk.get("kid")
    if not isinstance(kid, str) or not kid or len(kid) > 256:
        raise ValueError("a JWK needs a kid")
    if _PRIVATE_MEMBERS & set(jwk):
        raise ValueError("a JWK with private or symmetric key material is not accepted")
    if jwk.get("use", "sig") != "sig":
        raise ValueError("a JWK whose use is not `sig` cannot verify tokens")
    ops = jwk.get("key_ops")
    if ops is not None and (not isinstance(ops, list) or "verify" not in ops):
        raise ValueError("a JWK whose key_ops lack `verify` cannot verify tokens")
    alg = jwk.get("alg")
    if alg is not None and alg not in jwt.ALGORITHMS:
        raise ValueError("the JWK's alg is not supported")
    key = _jwk_public_key(jwk)
    if alg is not None and not jwt.key_fits(alg, key):
        raise ValueError("the JWK's key does not fit its alg")
    return VerificationKey(kid, key, alg)


def _jwk_public_key(jwk: Mapping[str, Any]) -> PublicKey:
    kty, crv = jwk.get("kty"), jwk.get("crv")
    try:
        if kty == "OKP" and crv == "Ed25519":
            return Ed25519PublicKey.from_public_bytes(_member(jwk, "x", 32))
        if kty == "EC" and crv == "P-256":
            x = int.from_bytes(_member(jwk, "x", 32), "big")
            y = int.from_bytes(_member(jwk, "y", 32), "big")
            # from_encoded_point-equivalent: raises ValueError for a point not on the curve.
            return ec.EllipticCurvePublicNumbers(x, y, ec.SECP256R1()).public_key()
        if kty == "RSA":
            n = int.from_bytes(_member(jwk, "n"), "big")
            e = int.from_bytes(_member(jwk, "e"), "big")
            if n.bit_length() < jwt.MIN_RSA_BITS:
                raise ValueError(f"RSA keys need at least {jwt.MIN_RSA_BITS} bits")
            return rsa.RSAPublicNumbers(e, n).public_key()
    except TokenError:
        raise ValueError("a JWK member is not valid base64url") from None
    raise ValueError("only OKP/Ed25519, EC/P-256 and RSA JWKs are supported")


def _member(jwk: Mapping[str, Any], name: str, size: int | None = None) -> bytes:
    value = jwk.get(name)
    if not isinstance(value, str):
        raise ValueError(f"the JWK lacks `{name}`")
    raw = jwt.b64url_decode(value)
    if size is not None and len(raw) != size:
        raise ValueError(f"the JWK's `{name}` has the wrong length")
    return raw


def _pem_key(item: PemKey) -> VerificationKey:
    try:
        key = load_pem_public_key(item.pem.encode("ascii"))
    except (ValueError, UnsupportedAlgorithm, UnicodeEncodeError):
        raise ValueError(f"key {item.kid!r}: not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey | ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
        raise ValueError(f"key {item.kid!r}: only Ed25519, EC and RSA keys are supported")
    if not any(jwt.key_fits(alg, key) for alg in jwt.ALGORITHMS):
        raise ValueError(f"key {item.kid!r}: unsupported curve or RSA key under 2048 bits")
    if item.alg is not None and not jwt.key_fits(item.alg, key):
        raise ValueError(f"key {item.kid!r}: the key does not fit its alg")
    return VerificationKey(item.kid, key, item.alg)


def parse_jwks(document: bytes) -> dict[str, VerificationKey]:
    """The usable keys of a JWK Set. Keys that are unusable (see `parse_jwk`) are skipped, and
    a kid published twice is dropped altogether, since we could not tell which key it means.
    ValueError if the document is not a JWK Set or has no usable key.
    """
    try:
        data = json.loads(document.decode("utf-8"))
    except (ValueError, RecursionError):
        raise ValueError("the JWKS is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("keys"), list):
        raise ValueError("the JWKS has no `keys` list")
    keys: dict[str, VerificationKey] = {}
    seen: set[str] = set()
    for item in data["keys"]:
        if not isinstance(item, dict):
            continue
        kid = item.get("kid")
        if isinstance(kid, str) and kid in seen:
            keys.pop(kid, None)
            continue
        try:
            key = parse_jwk(item)
        except ValueError:
            continue
        finally:
            if isinstance(kid, str):
                seen.add(kid)
        keys[key.kid] = key
    if not keys:
        raise ValueError("the JWKS has no usable signing key")
    return keys


# --- fetching -------------------------------------------------------------------------------

Fetcher = Callable[[str, float, int], bytes]


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect could lead from https to http, or to a host we never agreed to trust.
    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
        headers: Message, newurl: str,
    ) -> urllib.request.Request | None:
        return None


def fetch_url(url: str, timeout: float, max_bytes: int) -> bytes:
    """GET `url` with TLS verification, no redirects, a timeout and a size limit (blocking)."""
    check_jwks_url(url)
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=ssl.create_default_context()), _NoRedirects()
    )
    request = urllib.request.Request(  # noqa: S310 - the scheme was checked just above
        url, headers={"Accept": "application/jwk-set+json, application/json",
                      "User-Agent": "charter-jwks"},
    )
    try:
        response = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:  # any status but 2xx, redirects included
        exc.close()  # it holds the connection open otherwise
        raise ValueError(f"status {exc.code}") from None
    with response:
        if response.status != 200:
            raise ValueError(f"status {response.status}")
        body: bytes = response.read(max_bytes + 1)
    if len(body) > max_bytes:
        raise ValueError("the JWKS is too large")
    return body


class JwksCache:
    """The keys published at a JWKS URL, fetched in a worker thread and cached.

    The set is fetched when first needed and again once older than `refresh` seconds. A kid
    not in the set triggers a refetch only if the last attempt is `min_refetch` seconds old,
    so unknown kids cost the issuer at most one request per `min_refetch`. Concurrent callers
    share one fetch. When a fetch fails, the last good set stays in use and the next attempt
    waits `min_refetch` seconds.
    """

    def __init__(
        self,
        url: str,
        *,
        refresh: float = 300.0,
        min_refetch: float = 30.0,
        timeout: float = 5.0,
        max_bytes: int = 256 * 1024,
        fetch: Fetcher = fetch_url,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = check_jwks_url(url)
        self.refresh_after = refresh
        self.min_refetch = min_refetch
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._fetch = fetch
        self._clock = clock
        self._keys: dict[str, VerificationKey] = {}
        self._fetched_at: float | None = None
        self._attempted_at: float | None = None
        self._inflight: asyncio.Future[bool] | None = None

    @property
    def keys(self) -> KeyResolver:
        """The last good key set (empty before the first successful fetch)."""
        return self._keys

    def fresh(self) -> bool:
        return self._fetched_at is not None and (
            self._clock() - self._fetched_at < self.refresh_after)

    def _may_fetch(self) -> bool:
        return self._attempted_at is None or (
            self._clock() - self._attempted_at >= self.min_refetch)

    def lookup(self, kid: str) -> VerificationKey | None:
        """The key for `kid` if the set is fresh and holds it; no I/O."""
        return self._keys.get(kid) if self.fresh() else None

    async def get(self, kid: str) -> VerificationKey | None:
        """The key for `kid`, fetching first if the set is stale or lacks it (within limits)."""
        if self._inflight is not None and not self._inflight.done() and (
                self._inflight.get_loop() is asyncio.get_running_loop()):
            await asyncio.shield(self._inflight)
        if not self.fresh() and self._may_fetch():
            await self.refresh()
        key = self._keys.get(kid)
        if key is None and self._may_fetch():
            await self.refresh()
            key = self._keys.get(kid)
        return key

    async def refresh(self) -> bool:
        """Fetch now (joining a fetch already under way); True if the set was replaced."""
        loop = asyncio.get_running_loop()
        inflight = self._inflight
        if inflight is None or inflight.done() or inflight.get_loop() is not loop:
            inflight = self._inflight = loop.create_task(self._refresh())
        return await asyncio.shield(inflight)

    async def _refresh(self) -> bool:
        self._attempted_at = self._clock()
        loop = asyncio.get_running_loop()
        try:
            # The thread's own timeout bounds each socket operation; this bounds the whole.
            body = await asyncio.wait_for(
                loop.run_in_executor(None, self._fetch, self.url, self.timeout, self.max_bytes),
                timeout=self.timeout * 2,
            )
            keys = parse_jwks(body)
        except Exception as exc:
            # Whatever failed (network, TLS, HTTP framing, a bad document, a custom fetcher),
            # the contract is the same: keep serving the last good set.
            log.warning("JWKS fetch failed; keeping the last good key set",
                        extra={"jwks_host": urlsplit(self.url).hostname,
                               "error": type(exc).__name__})
            return False
        self._keys = keys
        self._fetched_at = self._clock()
        return True


# --- verifiers ------------------------------------------------------------------------------

class TokenVerifier(Protocol):
    """Turns a bearer token into an `Identity` or raises `TokenError`."""

    def verify_cached(self, token: str) -> Identity | None:
        """The identity, without I/O; None if keys must be fetched first (then `verify`)."""
        ...

    async def verify(self, token: str) -> Identity: ...


def _claim(claims: Mapping[str, Any], path: ClaimPath) -> Any:
    if isinstance(path, str):
        return claims.get(path)
    value: Any = claims
    for step in path:
        if not isinstance(value, dict):
            return None
        value = value.get(step)
    return value


def _scopes(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset(value.split())
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(v for v in value if v)
    raise TokenError("claims")


def map_claims(claims: Mapping[str, Any], mapping: ClaimMapping) -> Identity:
    """The `Identity` of verified `claims` (TokenError `claims` when a mapped claim is unusable)."""
    subject = _claim(claims, mapping.subject)
    if not isinstance(subject, str) or not subject:
        raise TokenError("claims")

    organization = None if mapping.organization is None else _claim(claims, mapping.organization)
    if isinstance(organization, int) and not isinstance(organization, bool):
        organization = str(organization)
    if organization is not None and not (isinstance(organization, str) and organization):
        raise TokenError("claims")

    scope_paths: Sequence[ClaimPath] = (
        [mapping.scopes] if mapping.scopes is not None else ["scope", "scp", "scopes"])
    scopes: frozenset[str] = frozenset()
    for path in scope_paths:
        value = _claim(claims, path)
        if value is not None:
            scopes = _scopes(value)
            break

    client_paths: Sequence[ClaimPath] = (
        [mapping.client_id] if mapping.client_id is not None else ["client_id", "azp"])
    client_id = next((v for p in client_paths if (v := _claim(claims, p)) is not None), None)
    if client_id is not None and not isinstance(client_id, str):
        raise TokenError("claims")

    token_id = claims.get("jti")
    return Identity(
        subject=subject,
        organization=organization,
        scopes=scopes,
        client_id=client_id,
        issuer=str(claims["iss"]),
        token_id=token_id if isinstance(token_id, str) else None,
        expires=float(claims["exp"]),
    )


CARRIED_TEXT_MAX = 64


def claim_name(path: ClaimPath) -> str:
    """The name a carried claim is kept under: the claim, or its path joined by dots."""
    return path if isinstance(path, str) else ".".join(path)


def carried(claims: Mapping[str, Any], paths: Sequence[ClaimPath]) -> dict[str, Any]:
    """The claims at `paths` that are present, by dotted name; a value that is not a JSON
    scalar (or a string longer than `CARRIED_TEXT_MAX`) is kept as None: present, unusable."""
    kept: dict[str, Any] = {}
    for path in paths:
        value = _claim(claims, path)
        if value is None:
            continue
        usable = (isinstance(value, bool | int | float)
                  or (isinstance(value, str) and len(value) <= CARRIED_TEXT_MAX))
        kept[claim_name(path)] = value if usable else None
    return kept


# Charter's own access tokens (see `token_endpoint`): `org` and `scope` are always there.
CHARTER_CLAIMS = ClaimMapping(subject="sub", organization="org", scopes="scope",
                              client_id="client_id")


class ExternalIssuer:
    """Verifies the tokens of one configured external issuer.

    `carry` names the claims, beyond those of the claim mapping, that the `Identity` keeps
    (a top-level name, or a path into nested objects, kept under its dotted name); only JSON
    scalars are kept (strings of at most 64 characters), anything else as None. Every other
    claim is dropped once the token is verified.
    """

    def __init__(
        self,
        config: IssuerConfig,
        *,
        jwks: JwksCache | None = None,
        clock: Callable[[], float] = time.time,
        carry: Sequence[ClaimPath] = (),
    ) -> None:
        self.config = config
        self._carry = tuple(carry)
        self._algorithms = frozenset(config.algorithms)
        self._static = config.static_keys() if config.keys is not None else None
        if jwks is None and config.jwks_url is not None:
            jwks = JwksCache(config.jwks_url, refresh=config.jwks_refresh,
                             min_refetch=config.jwks_min_refetch, timeout=config.jwks_timeout)
        self.jwks = jwks
        self._clock = clock

    @property
    def issuer(self) -> str:
        return self.config.issuer

    def _kid(self, token: str) -> str:
        header = jwt.unverified_header(token, max_length=self.config.max_token_bytes)
        # Checked before any key fetch, so a token we would refuse anyway costs the issuer nothing.
        if header.get("alg") not in self._algorithms:
            raise TokenError("algorithm")
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise TokenError("unknown_key")
        return kid

    def _verify(self, token: str, keys: KeyResolver) -> Identity:
        config = self.config
        claims = jwt.verify(
            token, keys=keys, algorithms=self._algorithms, issuer=config.issuer,
            audience=config.audiences, leeway=config.leeway, max_length=config.max_token_bytes,
            now=self._clock(), required=EXTERNAL_REQUIRED_CLAIMS,
        )
        identity = map_claims(claims, config.claims)
        if not self._carry:
            return identity
        return replace(identity, claims=carried(claims, self._carry))

    def verify_cached(self, token: str) -> Identity | None:
        if self._static is not None:
            return self._verify(token, self._static)
        assert self.jwks is not None
        kid = self._kid(token)
        key = self.jwks.lookup(kid)
        return None if key is None else self._verify(token, {kid: key})

    async def verify(self, token: str) -> Identity:
        identity = self.verify_cached(token)
        if identity is not None:
            return identity
        assert self.jwks is not None
        kid = self._kid(token)
        key = await self.jwks.get(kid)
        if key is None:
            raise TokenError("unknown_key")
        return self._verify(token, {kid: key})


class CharterIssuer:
    """Verifies Charter's own access tokens against the keyring's signing keys (no I/O)."""

    def __init__(
        self,
        signing: SigningKeys,
        *,
        issuer: str,
        audience: str | Collection[str],
        leeway: float = 30,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.signing = signing
        self._issuer = issuer
        self._audience = audience
        self._leeway = leeway
        self._clock = clock

    @property
    def issuer(self) -> str:
        return self._issuer

    def verify_cached(self, token: str) -> Identity:
        claims = jwt.verify(
            token, keys=self.signing.resolver(), algorithms=frozenset({"EdDSA"}),
            issuer=self._issuer, audience=self._audience, leeway=self._leeway,
            now=self._clock(),
        )
        return map_claims(claims, CHARTER_CLAIMS)

    async def verify(self, token: str) -> Identity:
        return self.verify_cached(token)


class TrustedIssuers:
    """Several issuers on one route: a token goes to the verifier of its (unverified) `iss`.

    Choosing by an unverified claim is safe because the chosen verifier then checks the
    signature with that issuer's keys only, and checks `iss` again.
    """

    def __init__(
        self, verifiers: Sequence[ExternalIssuer | CharterIssuer], *, max_length: int = 8192,
    ) -> None:
        self._by_issuer: dict[str, TokenVerifier] = {}
        for verifier in verifiers:
            if verifier.issuer in self._by_issuer:
                raise ValueError(f"two verifiers for issuer {verifier.issuer!r}")
            self._by_issuer[verifier.issuer] = verifier
        self._max_length = max_length

    def select(self, token: str) -> TokenVerifier:
        iss = jwt.unverified_claims(token, max_length=self._max_length).get("iss")
        if not isinstance(iss, str):
            raise TokenError("claims")
        verifier = self._by_issuer.get(iss)
        if verifier is None:
            raise TokenError("issuer")
        return verifier

    def verify_cached(self, token: str) -> Identity | None:
        return self.select(token).verify_cached(token)

    async def verify(self, token: str) -> Identity:
        return await self.select(token).verify(token)
