"""Identity endpoints on the gateway listener: `/oauth/token` and `/.well-known/jwks.json`."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import Engine

from charter.config.models import CharterConfig
from charter.dataplane.builtins import Builtin
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply
from charter.identity.service import authenticate_client_secret
from charter.identity.signing import SigningKeys
from charter.identity.token_endpoint import MAX_FORM_BYTES, jwks_response, token_response
from charter.privacy.keyring import Keyring


def identity_builtins(config: CharterConfig, engine: Engine, keyring: Keyring,
                      signing: SigningKeys) -> dict[str, Builtin]:
    """The builtins to add to a gateway serving `config`."""
    tokens = config.tokens

    async def authenticate(client_id: str, secret: str) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            None, authenticate_client_secret, engine, keyring, client_id, secret)

    def token(ctx: RequestContext, body: bytes) -> Any:
        return token_response(
            body, ctx.header(b"content-type"), ctx.header(b"authorization"),
            authenticate_client=authenticate, signing=signing, issuer=tokens.issuer,
            audience=tokens.audience, ttl=int(tokens.ttl),
        )

    def jwks(ctx: RequestContext, body: bytes) -> Reply:
        return jwks_response(signing)

    return {
        "/oauth/token": Builtin(frozenset({"POST"}), token, max_body=MAX_FORM_BYTES),
        "/.well-known/jwks.json": Builtin(frozenset({"GET", "HEAD"}), jwks),
    }
