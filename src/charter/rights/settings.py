"""`rights:` in `charter.yaml`: deadlines per jurisdiction, code delivery, expiry, alerts,
and how the intake is rate limited when the shared limiter is down.

Read through `rights_settings(config)`, which falls back to the defaults when the loaded
configuration has no `rights` section. Nothing here holds a secret: the SMTP password and the
webhook's signing secret come from environment variables the settings name.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from charter.config.units import parse_duration

REQUEST_TYPES = ("access", "export", "rectify", "erase", "restrict", "object",
                 "withdraw_consent")
RequestType = Literal["access", "export", "rectify", "erase", "restrict", "object",
                      "withdraw_consent"]

Seconds = Annotated[float, BeforeValidator(parse_duration), Field(gt=0)]
_NAME = r"^[a-z][a-z0-9_]{0,31}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Period(_Strict):
    """A legal period: whole calendar months, then days (`{months: 1}`, `{days: 45}`)."""

    months: int = Field(0, ge=0, le=24)
    days: int = Field(0, ge=0, le=366)

    @model_validator(mode="after")
    def _not_empty(self) -> Period:
        if self.months == 0 and self.days == 0:
            raise ValueError("a period needs months or days")
        return self


class Jurisdiction(_Strict):
    """How long a controller has to answer, and when the clock starts.

    `starts: verified` starts the period when the requester's identity is confirmed (a
    request whose identity is unknown cannot be answered: UK and EU practice);
    `starts: received` starts it on receipt whatever verification takes (CCPA). An extension
    adds `extension` to the period once, and only while the first period runs (the requester
    must be told within it).
    """

    deadline: Period
    extension: Period | None = None
    starts: Literal["received", "verified"] = "verified"
    description: str = ""


def _default_jurisdictions() -> dict[str, Jurisdiction]:
    return {
        "gdpr": Jurisdiction(deadline=Period(months=1), extension=Period(months=2),
                             starts="verified",
                             description="GDPR Art. 12(3): one month, extendable by two"),
        "ccpa": Jurisdiction(deadline=Period(days=45), extension=Period(days=45),
                             starts="received",
                             description="CCPA: 45 days, extendable once by 45"),
    }


class OutboxSettings(_Strict):
    """Where one-time codes go: `file` writes one JSON file per message into `directory`
    (default `<var>/outbox`, for a mail relay to pick up, or for the demo); `smtp` sends."""

    kind: Literal["file", "smtp"] = "file"
    directory: str | None = Field(None, description="absolute path; default <var>/outbox")
    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(25, ge=1, le=65535)
    smtp_starttls: bool = True
    smtp_username: str | None = None
    smtp_password_env: str | None = Field(
        None, pattern=r"^[A-Z_][A-Z0-9_]{0,63}$",
        description="the environment variable holding the SMTP password")
    sender: str = Field("privacy@localhost", min_length=3, max_length=254)
    timeout: Seconds = 10.0


class NotifySettings(_Strict):
    """A webhook told about new requests and deadlines (no personal data in the body),
    signed with HMAC-SHA256 under the secret in the environment variable `secret_env`."""

    url: str | None = Field(None, pattern=r"^https?://")
    secret_env: str = Field("CHARTER_RIGHTS_WEBHOOK_SECRET", pattern=r"^[A-Z_][A-Z0-9_]{0,63}$")
    attempts: int = Field(3, ge=1, le=10)
    backoff: Seconds = 1.0
    timeout: Seconds = 5.0


class ExecutionSettings(BaseModel):
    """How requests are carried out."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    bundle_days: int = Field(7, ge=1, le=30, description="days an access or export bundle (and"
                             " its download link) is kept before `purge_bundles` deletes it")
    objection_purposes: tuple[str, ...] = Field(
        ("operations",), description="the purposes an objection stops when the request names"
        " none; only purposes on legitimate interests can be objected to")
    objection_overrides: dict[str, str] = Field(
        default_factory=lambda: {"security": "compelling legitimate grounds: refused and failed"
                                 " requests are kept to protect the service and its users"},
        description="purposes whose processing continues despite an objection, with the"
        " grounds recorded in the request's summary")
    webhook_attempts: int = Field(4, ge=1, le=10, description="deliveries tried per upstream")
    webhook_backoff: float = Field(0.5, ge=0, le=60, description="seconds before the second"
                                   " attempt; doubled for each further one")
    webhook_timeout: float = Field(10.0, gt=0, le=120, description="seconds one attempt may take")
    max_upstream_bytes: int = Field(8 * 1024 * 1024, ge=1024, description="the largest answer"
                                    " read from an upstream")


class RightsSettings(_Strict):
    jurisdictions: dict[str, Jurisdiction] = Field(default_factory=_default_jurisdictions)
    default_jurisdiction: str = Field("gdpr", pattern=_NAME)
    unverified_expiry: Seconds = Field(7 * 86400.0, description="unverified requests are "
                                       "closed after this long")
    near_deadline: Seconds = Field(7 * 86400.0, description="a request due within this long "
                                   "counts as due soon")
    auto_run: list[RequestType] = Field(default_factory=list, description="types executed as "
                                        "soon as they are verified")
    on_behalf_scope: str = Field("rights:submit", pattern=r"^[\x21\x23-\x5b\x5d-\x7e]+$",
                                 description="the scope a client needs to file for its users")
    rate_limit_failure_mode: Literal["open", "closed"] = Field(
        "open", description="when the gateway's Redis rate limiter cannot answer, the intake "
        "and the code checks are limited per process (`open`) or refused with 503 (`closed`)")
    public_url: str | None = Field(
        None, description="the gateway's public base URL (https, or http to a loopback host), "
        "put in front of a bundle's download link in the notice that an access or export "
        "request was carried out; without it, the link is not sent and an operator sends it")
    outbox: OutboxSettings = OutboxSettings()
    notify: NotifySettings = NotifySettings()
    execution: ExecutionSettings = ExecutionSettings()

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str | None) -> str | None:
        return None if value is None else check_public_url(value)

    @model_validator(mode="after")
    def _known_default(self) -> RightsSettings:
        for name in self.jurisdictions:
            if not _valid_name(name):
                raise ValueError(f"jurisdiction name {name!r} must be a lower-case word")
        if self.default_jurisdiction not in self.jurisdictions:
            raise ValueError(f"default_jurisdiction {self.default_jurisdiction!r} is not one of "
                             f"the jurisdictions ({', '.join(sorted(self.jurisdictions))})")
        return self

    def jurisdiction(self, name: str | None) -> tuple[str, Jurisdiction]:
        """The rule called `name` (the default for None); `KeyError` for an unknown one."""
        chosen = name or self.default_jurisdiction
        return chosen, self.jurisdictions[chosen]


def check_public_url(url: str) -> str:
    """`url` without a trailing slash: an absolute https URL with a host, or http to a
    loopback host (`localhost`, 127.0.0.0/8, ::1); no credentials, query or fragment."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises for a port that is not a number)
    except ValueError:
        raise ValueError("public_url is not a valid URL") from None
    if any(c.isspace() or not c.isprintable() for c in url):
        raise ValueError("public_url must not contain spaces or control characters")
    if not parts.hostname or parts.scheme not in ("http", "https"):
        raise ValueError("public_url must be an absolute URL such as https://api.example.com")
    if parts.username is not None or parts.password is not None:
        raise ValueError("public_url must not contain credentials")
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise ValueError("public_url must not have a query or a fragment")
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise ValueError("public_url must use https (plain http only for a loopback host): the "
                         "download links it starts are bearer credentials")
    return url.rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _valid_name(name: str) -> bool:
    return re.fullmatch(_NAME, name) is not None


def rights_settings(config: Any) -> RightsSettings:
    """The `rights` section of a loaded configuration, or the defaults without one."""
    found = getattr(config, "rights", None)
    return found if isinstance(found, RightsSettings) else RightsSettings()
