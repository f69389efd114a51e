"""The OAuth2 token endpoint: client credentials grant (RFC 6749 §4.4) issuing signed JWTs.

`token_response` turns one `POST /oauth/token` into a `Reply`. The client authenticates with
HTTP Basic (preferred; RFC 6749 §2.3.1: id and secret form-urlencoded, then Basic-encoded) or
with `client_id` and `client_secret` in the form body, never with both. Errors are RFC 6749
§5.2 JSON documents. Whatever went wrong with the credentials, the answer is the same
`invalid_client`, so a caller cannot tell an unknown client from a wrong secret, and no answer
ever repeats a secret. Tokens and secrets are never logged (clause DATA-3).
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Collection
from typing import Protocol
from urllib.parse import unquote_plus

from charter.dataplane.reply import Reply
from charter.identity import jwt
from charter.identity.signing import SigningKeys

JWT_HEADER_TYP = "at+jwt"  # RFC 9068: the header `typ` of a JWT access token
MAX_FORM_BYTES = 4096
MAX_TTL = 3600
MAX_CLIENT_ID = 256
MAX_CLIENT_SECRET = 512
FORM_TYPE = b"application/x-www-form-urlencoded"
CHALLENGE = (b"www-authenticate", b'Basic realm="charter"')
NO_STORE = [(b"cache-control", b"no-store"), (b"pragma", b"no-cache")]

# RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
_SCOPE_TOKEN = re.compile(r"[\x21\x23-\x5b\x5d-\x7e]+")
_KNOWN_PARAMETERS = frozenset({"grant_type", "scope", "client_id", "client_secret"})


class ClientRecord(Protocol):
    """What the endpoint needs to know about an authenticated client."""

    @property
    def client_id(self) -> str: ...

    @property
    def org_id(self) -> str: ...

    @property
    def scopes(self) -> Collection[str]: ...

    @property
    def active(self) -> bool: ...


# Returns the client if `client_id` exists and `client_secret` is its secret, else None. It
# should take the same time either way (compare hashes in constant time, hash a dummy for an
# unknown id), since the endpoint's answers are already indistinguishable.
ClientAuthenticator = Callable[[str, str], Awaitable[ClientRecord | None]]


class _OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description


def _invalid_request(description: str) -> _OAuthError:
    return _OAuthError(400, "invalid_request", description)


def _invalid_client() -> _OAuthError:
    return _OAuthError(401, "invalid_client", "client authentication failed")


def _json_reply(status: int, document: dict[str, object],
                extra: list[tuple[bytes, bytes]] | None = None) -> Reply:
    return Reply(
        status=status,
        body=json.dumps(document, separators=(",", ":")).encode(),
        headers=[*NO_STORE, *(extra or ())],
        content_type=b"application/json",
    )


def _error_reply(error: _OAuthError) -> Reply:
    # RFC 7235 §3.1: a 401 carries a challenge, telling the client to use Basic.
    extra = [CHALLENGE] if error.status == 401 else None
    return _json_reply(error.status, {"error": error.error,
                                      "error_description": error.description}, extra)


def _form(body: bytes, content_type: bytes | None) -> dict[str, str]:
    media_type = (content_type or b"").split(b";", 1)[0].strip().lower()
    if media_type != FORM_TYPE:
        raise _invalid_request("the body must be application/x-www-form-urlencoded")
    if len(body) > MAX_FORM_BYTES:
        raise _invalid_request(f"the body is larger than {MAX_FORM_BYTES} bytes")
    try:
        text = body.decode("ascii")
        params: dict[str, str] = {}
        for pair in text.split("&"):
            if not pair:
                continue
            raw_name, _, raw_value = pair.partition("=")
            name = unquote_plus(raw_name, errors="strict")
            if name in params:
                shown = f" {name!r}" if name in _KNOWN_PARAMETERS else ""
                raise _invalid_request(f"parameter{shown} is repeated")
            params[name] = unquote_plus(raw_value, errors="strict")
    except UnicodeError:
        raise _invalid_request("the body is not valid form-urlencoded UTF-8") from None
    # RFC 6749 §3.1: a parameter sent without a value is treated as omitted.
    return {name: value for name, value in params.items() if value}


def _basic_credentials(authorization: bytes) -> tuple[str, str]:
    scheme, _, rest = authorization.strip().partition(b" ")
    if scheme.lower() != b"basic":
        raise _invalid_client()
    try:
        decoded = base64.b64decode(rest.strip(), validate=True).decode("utf-8")
        raw_id, colon, raw_secret = decoded.partition(":")
        if not colon:
            raise _invalid_client()
        return (unquote_plus(raw_id, errors="strict"),
                unquote_plus(raw_secret, errors="strict"))
    except ValueError:  # binascii.Error and UnicodeError are ValueErrors
        raise _invalid_client() from None


def _credentials(authorization: bytes | None, form: dict[str, str]) -> tuple[str, str]:
    if authorization is not None:
        client_id, secret = _basic_credentials(authorization)
        if "client_secret" in form:
            raise _invalid_request("use one client authentication method, not two")
        # A client_id repeated in the body is harmless (some libraries send it) if it agrees.
        if form.get("client_id", client_id) != client_id:
            raise _invalid_request("use one client authentication method, not two")
    else:
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
    if not client_id or not secret:
        raise _invalid_client()
    if len(client_id) > MAX_CLIENT_ID or len(secret) > MAX_CLIENT_SECRET:
        raise _invalid_client()
    return client_id, secret


def _requested_scopes(form: dict[str, str]) -> frozenset[str] | None:
    scope = form.get("scope")
    if scope is None:
        return None
    tokens = scope.split(" ")
    if not all(_SCOPE_TOKEN.fullmatch(token) for token in tokens):
        raise _OAuthError(400, "invalid_scope", "the scope parameter is malformed")
    return frozenset(tokens)


def _client_scopes(record: ClientRecord) -> frozenset[str]:
    scopes = record.scopes
    # A space-separated string is a Collection[str] too; never read it letter by letter.
    return frozenset(scopes.split() if isinstance(scopes, str) else scopes)


async def token_response(
    body: bytes,
    content_type: bytes | None,
    authorization: bytes | None,
    *,
    authenticate_client: ClientAuthenticator,
    signing: SigningKeys,
    issuer: str,
    audience: str,
    ttl: int = 600,
    now: float | None = None,
) -> Reply:
    """Answer a token request: 200 with a Bearer JWT, or an RFC 6749 §5.2 error.

    The method (POST) and the body size limit of the route are the caller's to enforce; this
    refuses bodies over `MAX_FORM_BYTES` anyway. Errors: 400 `invalid_request`,
    `unsupported_grant_type`, `invalid_scope`; 401 `invalid_client` with a Basic challenge.
    Without a `scope` parameter the token carries every scope of the client.
    """
    if not 0 < ttl <= MAX_TTL:
        raise ValueError(f"ttl must be between 1 and {MAX_TTL} seconds")
    try:
        form = _form(body, content_type)
        client_id, secret = _credentials(authorization, form)
        grant_type = form.get("grant_type")
        if grant_type is None:
            raise _invalid_request("grant_type is required")
        if grant_type != "client_credentials":
            raise _OAuthError(400, "unsupported_grant_type",
                              "only the client_credentials grant is supported")
        requested = _requested_scopes(form)

        record = await authenticate_client(client_id, secret)
        if record is None or not record.active:
            raise _invalid_client()
        allowed = _client_scopes(record)
        if requested is not None and not requested <= allowed:
            raise _OAuthError(400, "invalid_scope",
                              "the requested scope exceeds the client's scopes")
    except _OAuthError as error:
        return _error_reply(error)

    granted = " ".join(sorted(allowed if requested is None else requested))
    issued_at = int(time.time() if now is None else now)
    claims: dict[str, object] = {
        "iss": issuer,
        "sub": record.client_id,
        "aud": audience,
        "exp": issued_at + ttl,
        "iat": issued_at,
        "nbf": issued_at,
        "jti": secrets.token_urlsafe(16),
        "scope": granted,
        "org": str(record.org_id),
        "client_id": record.client_id,
    }
    routes = getattr(record, "allowed_routes", None)
    if routes is not None:
        # A client restricted to some routes stays restricted when it uses a token.
        claims["routes"] = sorted(routes)
    token = jwt.encode(claims, signing.active(), typ=JWT_HEADER_TYP)
    return _json_reply(200, {"access_token": token, "token_type": "Bearer",
                             "expires_in": ttl, "scope": granted})


def jwks_response(signing: SigningKeys, *, max_age: int = 300) -> Reply:
    """`GET /.well-known/jwks.json`: the public keys that verify Charter's tokens."""
    return Reply(
        status=200,
        body=json.dumps(signing.jwks(), separators=(",", ":")).encode(),
        headers=[(b"cache-control", f"public, max-age={max_age}".encode())],
        content_type=b"application/json",
    )
