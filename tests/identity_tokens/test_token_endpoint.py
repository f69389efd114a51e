"""The OAuth2 client-credentials endpoint: who may get a token, and what the token says."""

from __future__ import annotations

import asyncio
import base64
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus, urlencode

import pytest

from charter.dataplane.reply import Reply
from charter.identity import jwt
from charter.identity.issuers import parse_jwks
from charter.identity.jwt import TokenError
from charter.identity.signing import SigningKeys
from charter.identity.token_endpoint import ClientRecord, jwks_response, token_response
from charter.privacy.keyring import Keyring

ISSUER = "https://charter.test"
AUDIENCE = "https://api.charter.test"
FORM = b"application/x-www-form-urlencoded"
SECRET = "s3cr3t-Value:with%odd+chars"
NOW = 1_700_000_000.0


@dataclass(frozen=True)
class Client:
    client_id: str
    org_id: str
    scopes: frozenset[str]
    active: bool = True


CLIENTS: dict[str, tuple[str, Client]] = {
    "billing-app": (SECRET, Client("billing-app", "org-1", frozenset({"invoices:read",
                                                                      "invoices:write"}))),
    "retired-app": (SECRET, Client("retired-app", "org-1", frozenset({"x"}), active=False)),
    "string-scopes": (SECRET, Client("string-scopes", "org-2", "a b")),  # type: ignore[arg-type]
}
asked: list[tuple[str, str]] = []


async def authenticate(client_id: str, secret: str) -> ClientRecord | None:
    asked.append((client_id, secret))
    entry = CLIENTS.get(client_id)
    return entry[1] if entry is not None and entry[0] == secret else None


def basic(client_id: str, secret: str) -> bytes:
    # RFC 6749 §2.3.1: each part form-urlencoded, then joined and base64-encoded.
    pair = f"{quote_plus(client_id)}:{quote_plus(secret)}".encode()
    return b"Basic " + base64.b64encode(pair)


def request(form: dict[str, str] | bytes, authorization: bytes | None = None,
            content_type: bytes | None = FORM, keys: SigningKeys | None = None,
            **options: Any) -> Reply:
    body = form if isinstance(form, bytes) else urlencode(form).encode()
    return asyncio.run(token_response(
        body, content_type, authorization, authenticate_client=authenticate,
        signing=keys or SigningKeys(Keyring.generate()), issuer=ISSUER, audience=AUDIENCE,
        now=NOW, **options))


def document(reply: Reply) -> dict[str, Any]:
    assert reply.content_type == b"application/json"
    assert (b"cache-control", b"no-store") in reply.headers
    assert (b"pragma", b"no-cache") in reply.headers
    result: dict[str, Any] = json.loads(reply.body)
    return result


def error(reply: Reply, status: int) -> str:
    assert reply.status == status
    body = document(reply)
    assert set(body) == {"error", "error_description"}
    assert SECRET not in reply.body.decode() and quote_plus(SECRET) not in reply.body.decode()
    challenge = (b"www-authenticate", b'Basic realm="charter"')
    assert (challenge in reply.headers) == (status == 401)
    return str(body["error"])


GRANT = {"grant_type": "client_credentials"}


# --- issuing --------------------------------------------------------------------------------

@pytest.mark.clause("SCOPE-3")
@pytest.mark.clause("USE-1")
def test_basic_auth_gets_a_token_that_verifies_with_the_published_jwks() -> None:
    keys = SigningKeys(Keyring.generate())
    reply = request(GRANT, basic("billing-app", SECRET), keys=keys, ttl=900)
    assert reply.status == 200
    body = document(reply)
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["scope"] == "invoices:read invoices:write"

    published = parse_jwks(jwks_response(keys).body)
    token = body["access_token"]
    got = jwt.verify(token, keys=published, algorithms=frozenset({"EdDSA"}), issuer=ISSUER,
                     audience=AUDIENCE, now=NOW + 1)
    assert got["sub"] == got["client_id"] == "billing-app"
    assert got["org"] == "org-1"
    assert got["scope"] == "invoices:read invoices:write"
    assert got["iat"] == got["nbf"] == int(NOW)
    assert got["exp"] == int(NOW) + 900
    assert isinstance(got["jti"], str) and len(got["jti"]) >= 16
    header = jwt.unverified_header(token)
    assert header == {"alg": "EdDSA", "typ": "at+jwt", "kid": keys.active().kid}
    assert SECRET not in json.dumps(got)


@pytest.mark.clause("SCOPE-3")
def test_form_auth_gets_a_token() -> None:
    reply = request({**GRANT, "client_id": "billing-app", "client_secret": SECRET})
    assert reply.status == 200
    assert document(reply)["expires_in"] == 600


def test_every_token_has_its_own_id() -> None:
    keys = SigningKeys(Keyring.generate())
    ids = set()
    for _ in range(3):
        token = document(request(GRANT, basic("billing-app", SECRET), keys=keys))["access_token"]
        ids.add(jwt.unverified_claims(token)["jti"])
    assert len(ids) == 3


@pytest.mark.clause("SEC-2")
def test_a_requested_subset_of_scopes_is_granted() -> None:
    reply = request({**GRANT, "scope": "invoices:read"}, basic("billing-app", SECRET))
    body = document(reply)
    assert body["scope"] == "invoices:read"
    assert jwt.unverified_claims(body["access_token"])["scope"] == "invoices:read"


def test_scopes_given_as_a_string_are_not_split_into_letters() -> None:
    body = document(request(GRANT, basic("string-scopes", SECRET)))
    assert body["scope"] == "a b"


@pytest.mark.clause("SEC-6")
def test_tokens_survive_signing_key_rotation_until_the_kid_is_retired() -> None:
    keyring = Keyring.generate()
    keys = SigningKeys(keyring)
    old = document(request(GRANT, basic("billing-app", SECRET), keys=keys))["access_token"]
    old_kid = keyring.active_kid
    keyring.rotate()
    new = document(request(GRANT, basic("billing-app", SECRET), keys=keys))["access_token"]
    assert jwt.unverified_header(new)["kid"] == keyring.active_kid != old_kid
    options: dict[str, Any] = {"algorithms": frozenset({"EdDSA"}), "issuer": ISSUER,
                               "audience": AUDIENCE, "now": NOW}
    for token in (old, new):
        jwt.verify(token, keys=parse_jwks(jwks_response(keys).body), **options)
    keyring.retire(old_kid)
    with pytest.raises(TokenError) as caught:
        jwt.verify(old, keys=parse_jwks(jwks_response(keys).body), **options)
    assert caught.value.code == "unknown_key"


def test_the_ttl_is_bounded() -> None:
    for ttl in (0, 3601):
        with pytest.raises(ValueError, match="ttl"):
            request(GRANT, basic("billing-app", SECRET), ttl=ttl)
    assert request(GRANT, basic("billing-app", SECRET), ttl=3600).status == 200


def test_the_jwks_response_is_cacheable_and_public_only() -> None:
    reply = jwks_response(SigningKeys(Keyring.generate()))
    assert reply.status == 200
    assert (b"cache-control", b"public, max-age=300") in reply.headers
    [key] = json.loads(reply.body)["keys"]
    assert "d" not in key


# --- client authentication ------------------------------------------------------------------

@pytest.mark.clause("SEC-2")
@pytest.mark.clause("DATA-3")
def test_unknown_client_wrong_secret_and_inactive_client_are_indistinguishable() -> None:
    replies = [
        request(GRANT, basic("billing-app", "wrong")),
        request(GRANT, basic("nobody", SECRET)),
        request(GRANT, basic("retired-app", SECRET)),
    ]
    for reply in replies:
        assert error(reply, 401) == "invalid_client"
    assert len({(r.status, r.body, tuple(r.headers)) for r in replies}) == 1
    form_replies = [
        request({**GRANT, "client_id": "billing-app", "client_secret": "wrong"}),
        request({**GRANT, "client_id": "nobody", "client_secret": SECRET}),
    ]
    assert len({(r.status, r.body, tuple(r.headers)) for r in form_replies}) == 1
    assert form_replies[0].body == replies[0].body


@pytest.mark.clause("SEC-2")
def test_both_authentication_methods_at_once_are_refused() -> None:
    asked.clear()
    reply = request({**GRANT, "client_id": "billing-app", "client_secret": SECRET},
                    basic("billing-app", SECRET))
    assert error(reply, 400) == "invalid_request"
    other_id = request({**GRANT, "client_id": "other"}, basic("billing-app", SECRET))
    assert error(other_id, 400) == "invalid_request"
    assert asked == []  # refused before any credential was checked
    # The same client_id repeated in the body (some libraries do) is not a second method.
    same_id = request({**GRANT, "client_id": "billing-app"}, basic("billing-app", SECRET))
    assert same_id.status == 200


def test_basic_credentials_are_form_decoded() -> None:
    asked.clear()
    assert request(GRANT, basic("billing-app", SECRET)).status == 200
    assert asked == [("billing-app", SECRET)]


@pytest.mark.parametrize("authorization", [
    b"Basic", b"Basic !!!!", b"Basic " + base64.b64encode(b"no-colon"),
    b"Basic " + base64.b64encode(b"\xff\xfe:x"), b"Basic " + base64.b64encode(b"a%ZZ:%C3%28"),
    b"Bearer abc.def.ghi", b"Digest x", b"Basic " + base64.b64encode(b":secret"),
    b"Basic " + base64.b64encode(b"billing-app:"),
])
def test_malformed_or_other_authorization_is_invalid_client(authorization: bytes) -> None:
    assert error(request(GRANT, authorization), 401) == "invalid_client"


@pytest.mark.parametrize("form", [
    GRANT, {**GRANT, "client_id": "billing-app"}, {**GRANT, "client_secret": SECRET},
    {**GRANT, "client_id": "billing-app", "client_secret": ""},
])
def test_missing_credentials_are_invalid_client(form: dict[str, str]) -> None:
    assert error(request(form), 401) == "invalid_client"


def test_overlong_credentials_are_refused_without_a_lookup() -> None:
    asked.clear()
    reply = request(GRANT, basic("billing-app", "x" * 600))
    assert error(reply, 401) == "invalid_client"
    assert asked == []


# --- the request ----------------------------------------------------------------------------

@pytest.mark.clause("SEC-2")
@pytest.mark.parametrize("scope", ["invoices:admin", "invoices:read invoices:admin",
                                   'bad"scope', "a\\b", "invoices:read  invoices:write", " "])
def test_a_scope_beyond_the_clients_or_malformed_is_invalid_scope(scope: str) -> None:
    reply = request({**GRANT, "scope": scope}, basic("billing-app", SECRET))
    assert error(reply, 400) == "invalid_scope"


@pytest.mark.parametrize("grant", ["authorization_code", "password", "refresh_token",
                                   "urn:ietf:params:oauth:grant-type:jwt-bearer",
                                   "Client_Credentials"])
def test_other_grant_types_are_unsupported(grant: str) -> None:
    reply = request({"grant_type": grant}, basic("billing-app", SECRET))
    assert error(reply, 400) == "unsupported_grant_type"


def test_a_missing_grant_type_is_invalid_request() -> None:
    assert error(request({}, basic("billing-app", SECRET)), 400) == "invalid_request"
    assert error(request({"grant_type": ""}, basic("billing-app", SECRET)),
                 400) == "invalid_request"


@pytest.mark.parametrize("content_type", [None, b"application/json", b"text/plain",
                                          b"multipart/form-data; boundary=x"])
def test_only_form_bodies_are_accepted(content_type: bytes | None) -> None:
    reply = request(GRANT, basic("billing-app", SECRET), content_type=content_type)
    assert error(reply, 400) == "invalid_request"


def test_form_media_type_parameters_and_case_are_tolerated() -> None:
    reply = request(GRANT, basic("billing-app", SECRET),
                    content_type=b"Application/X-WWW-Form-Urlencoded; charset=UTF-8")
    assert reply.status == 200


@pytest.mark.parametrize("body", [
    b"grant_type=client_credentials&grant_type=client_credentials",
    b"grant_type=client_credentials&scope=a&scope=b",
    b"grant_type=client_credentials&x=1&x=2",
    b"grant_type=client_credentials&scope=%FF",
    "grant_type=client_credentials&scope=\u00e9".encode(),
    b"grant_type=client_credentials&" + b"a" * 4096,
])
def test_duplicate_oversized_or_undecodable_forms_are_invalid_request(body: bytes) -> None:
    assert error(request(body, basic("billing-app", SECRET)), 400) == "invalid_request"


def test_empty_parameters_count_as_omitted() -> None:
    body = b"grant_type=client_credentials&scope=&&"
    reply = request(body, basic("billing-app", SECRET))
    assert document(reply)["scope"] == "invoices:read invoices:write"


def test_a_repeated_secret_is_not_echoed() -> None:
    body = urlencode([("client_secret", SECRET), ("client_secret", SECRET)]).encode()
    reply = request(body)
    assert error(reply, 400) == "invalid_request"
    assert b"client_secret" in reply.body  # names a known parameter, never its value
