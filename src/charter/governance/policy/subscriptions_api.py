"""Admin API for the clients told of material policy changes (clause UPDATE-1).

- `GET /admin/policy/subscriptions` (`governance.read`): who is subscribed, and where;
- `POST /admin/policy/subscriptions` (`governance.write`): subscribe a client, or move its
  webhook to another URL; the answer carries the signing secret, once;
- `DELETE /admin/policy/subscriptions/{client_id}` (`governance.write`): stop a client's
  webhooks; those not delivered yet are cancelled.

The framework audits every change (and every refused one) with the client id as its target
and the URL's host; the signing secret is never stored (it is derived from the keyring, see
`webhooks.subscriber_secret`), logged or audited, and a listing never shows it. A URL's query
string may carry a receiver's own token, so neither a listing nor an answer repeats it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.governance.policy import webhooks
from charter.governance.policy.models import URL_MAX
from charter.store.times import as_utc

READ: Final = "governance.read"
WRITE: Final = "governance.write"


class NewSubscription(BaseModel):
    model_config = ConfigDict(extra="forbid")

    client_id: str = Field(min_length=1, max_length=32, description="an existing client")
    url: str = Field(min_length=1, max_length=URL_MAX,
                     description="where to POST: https://, or http:// to a loopback address")


class SubscriptionOut(BaseModel):
    client_id: str
    url: str = Field(description="without its query string, which is never shown back")
    created_at: datetime


class SubscriptionList(BaseModel):
    subscriptions: list[SubscriptionOut]


class NewSubscriptionOut(SubscriptionOut):
    replaced: bool = Field(description="the client was subscribed already, maybe elsewhere")
    secret: str = Field(description="hex; verifies the webhooks' signatures. Shown once: it is "
                                    "derived from the keyring, never stored")


def shown_url(url: str) -> str:
    """`url` as it may be shown back: no query string (`?...` marks one) and no fragment."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "..." if parts.query else "",
                       ""))


def _out(row: dict[str, Any]) -> SubscriptionOut:
    created: datetime = as_utc(row["created_at"])
    return SubscriptionOut(client_id=str(row["client_id"]), url=shown_url(str(row["url"])),
                           created_at=created)


def _target(ctx: AdminContext, client_id: str) -> None:
    from charter.identity.service import looks_like_id

    # Only an id of the right shape is recorded: a pasted secret must not reach the log.
    ctx.annotate(target=f"client_id={client_id if looks_like_id(client_id) else '<invalid>'}")


async def list_subscriptions(ctx: AdminContext, body: None) -> SubscriptionList:
    rows = await ctx.run(webhooks.subscribers, ctx.services.engine)
    return SubscriptionList(subscriptions=[_out(row) for row in rows])


async def subscribe(ctx: AdminContext, body: NewSubscription) -> NewSubscriptionOut:
    from charter.identity import service as identity

    engine, keyring = ctx.services.engine, ctx.services.keyring
    _target(ctx, body.client_id)
    host = urlsplit(body.url).hostname
    if host:
        ctx.annotate(host=host[:253])

    def run() -> tuple[bytes, bool, dict[str, Any]]:
        try:
            identity.get_client(engine, body.client_id)
        except identity.IdentityError:
            raise AdminError(422, "unknown_client", "Unknown client",
                             "there is no client with that id") from None
        replaced = webhooks.subscribed(engine, body.client_id)
        try:
            secret = webhooks.subscribe(engine, keyring, body.client_id, body.url)
        except webhooks.WebhookError as exc:
            raise AdminError(422, "invalid_url", "Invalid webhook URL", str(exc)) from None
        [row] = [r for r in webhooks.subscribers(engine) if r["client_id"] == body.client_id]
        return secret, replaced, row

    secret, replaced, row = await ctx.run(run)
    ctx.annotate(replaced=replaced)
    shown = _out(row)
    return NewSubscriptionOut(**shown.model_dump(), replaced=replaced, secret=secret.hex())


async def unsubscribe(ctx: AdminContext, body: None, client_id: str) -> None:
    _target(ctx, client_id)
    removed = await ctx.run(webhooks.unsubscribe, ctx.services.engine, client_id)
    if not removed:
        raise AdminError(404, "not_found", "Not Found",
                         "that client has no policy subscription")


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/policy/subscriptions", list_subscriptions, READ,
                 "Clients sent a signed webhook when the policy changes materially",
                 response=SubscriptionList),
        Endpoint("POST", "/admin/policy/subscriptions", subscribe, WRITE,
                 "Subscribe a client to policy-change webhooks (or move them to another URL);"
                 " answers the signing secret once", body=NewSubscription,
                 response=NewSubscriptionOut, status=201),
        Endpoint("DELETE", "/admin/policy/subscriptions/{client_id}", unsubscribe, WRITE,
                 "Stop a client's policy-change webhooks; those not yet delivered are"
                 " cancelled", status=204),
    ]
