"""The declarative configuration (`charter.yaml`) as pydantic models.

Everything here is validated when loaded; nothing reads it at import time. Runtime state
(clients, keys, requests) lives in the store, not here.
"""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from charter.config.units import parse_duration, parse_size
from charter.consent.settings import ChildrenSettings, unknown_issuers
from charter.identity.issuers import IssuerConfig
from charter.rights.settings import RightsSettings

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
LEGAL_BASES = ("contract", "legitimate_interests", "legal_obligation", "consent",
               "vital_interests", "public_task")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Duration = Annotated[float, Field(ge=0)]
# A retention period: written like any duration, and never zero (that would mean "keep nothing
# at all", which is almost certainly a typo) nor infinite (RET-3: long, but still finite).
RetentionPeriod = Annotated[float, BeforeValidator(parse_duration), Field(gt=0)]


def _ip_network(value: str) -> str:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValueError("expected an IP address or network such as 10.0.0.0/8") from None
    return value


IPNetwork = Annotated[str, AfterValidator(_ip_network)]


def _country(value: str) -> str:
    if len(value) != 2 or not value.isascii() or not value.isalpha():
        raise ValueError("expected a two-letter country code (ISO 3166-1 alpha-2), e.g. DE")
    return value.upper()


def _taxonomy_key(kind: Literal["data_categories", "data_uses", "data_subjects"]) -> Any:
    def check(value: str) -> str:
        from charter.governance import taxonomy

        return taxonomy.check(kind, value)
    return AfterValidator(check)


CountryCode = Annotated[str, AfterValidator(_country)]
DataCategory = Annotated[str, _taxonomy_key("data_categories")]
DataUse = Annotated[str, _taxonomy_key("data_uses")]
DataSubject = Annotated[str, _taxonomy_key("data_subjects")]


def _home_area(value: str) -> str:
    return "EEA" if value.upper() == "EEA" else _country(value)


HomeArea = Annotated[str, AfterValidator(_home_area)]


class ListenerTLS(_Strict):
    """TLS for a listener: certificate and key files (PEM, absolute paths), TLS 1.2 or newer."""

    cert_file: str
    key_file: str
    hsts_max_age: int = Field(31536000, ge=0, description="Strict-Transport-Security "
                              "max-age on every response; 0 sends none")

    @field_validator("cert_file", "key_file")
    @classmethod
    def _absolute(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError("must be an absolute path (every worker reads it)")
        return value


class Listener(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    allow: list[str] = Field(default_factory=list,
                             description="networks (CIDR) allowed to connect; empty: any")
    tls: ListenerTLS | None = None

    @field_validator("allow")
    @classmethod
    def _cidrs(cls, value: list[str]) -> list[str]:
        import ipaddress

        for cidr in value:
            ipaddress.ip_network(cidr, strict=False)
        return value

    @property
    def is_loopback(self) -> bool:
        return self.host in {"127.0.0.1", "::1", "localhost"} or self.host.startswith("127.")


class Listeners(_Strict):
    gateway: Listener = Listener(host="127.0.0.1", port=8080)
    admin: Listener = Listener(host="127.0.0.1", port=8081)


class StoreConfig(_Strict):
    url: str = "sqlite:///var/charter.db"

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        scheme = value.split(":", 1)[0]
        if scheme not in {"sqlite", "postgresql", "postgresql+psycopg"}:
            raise ValueError("store url must start with sqlite:// or postgresql://")
        return value


class RedisConfig(_Strict):
    url: str | None = None
    connect_timeout: Duration = Field(0.05, gt=0)
    timeout: Duration = Field(0.25, gt=0)

    @field_validator("connect_timeout", "timeout", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float:
        return parse_duration(value)


class GatewayLimits(_Strict):
    """Per-listener protocol limits of the data plane."""

    max_header_bytes: int = Field(16384, ge=1024)
    max_headers: int = Field(100, ge=8)
    max_url_bytes: int = Field(8192, ge=256)
    max_connections_per_ip: int = Field(256, ge=1, description="open connections per peer")
    header_timeout: Duration = 10.0
    keepalive_timeout: Duration = 75.0
    body_timeout: Duration = 60.0

    @field_validator("header_timeout", "keepalive_timeout", "body_timeout", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float:
        return parse_duration(value)

    @field_validator("max_header_bytes", "max_url_bytes", mode="before")
    @classmethod
    def _size(cls, value: Any) -> int:
        return parse_size(value)


class Target(_Strict):
    scheme: Literal["http", "https"]
    host: str
    port: int

    @classmethod
    def parse(cls, url: str) -> Target:
        # Messages never repeat the URL: a mistyped one may carry a password.
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise ValueError("target is not a valid URL (or its port is out of range)") from None
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ValueError("target must be an http:// or https:// URL with a host")
        if parts.username is not None or parts.password is not None:
            raise ValueError("target must not contain credentials (user:password@); "
                             "upstream credentials belong in the keyring, not the config")
        if parts.path not in {"", "/"} or parts.query or parts.fragment:
            raise ValueError("target must not have a path, query or fragment")
        default = 443 if parts.scheme == "https" else 80
        return cls(scheme=parts.scheme, host=parts.hostname, port=port or default)

    @property
    def authority(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"

    def __str__(self) -> str:
        return f"{self.scheme}://{self.authority}"


def _target_url(value: str) -> str:
    Target.parse(value)
    return value


# Validated one by one, so that an error points at `targets[i]`.
TargetURL = Annotated[str, AfterValidator(_target_url)]


class Upstream(_Strict):
    """A named group of targets behind one or more routes."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,62}$")
    targets: list[TargetURL] = Field(min_length=1)
    # The reason comes first so that the check on `tls_verify` can see it, and an error points
    # at the line that turned verification off.
    tls_verify_reason: str | None = None
    allow_link_local: bool = Field(False, description="permit link-local and cloud metadata "
                                   "targets (169.254.0.0/16, fd00:ec2::254)")
    tls_verify: bool = True
    ca_file: str | None = Field(None, description="PEM bundle of the CAs to trust for this "
                                "upstream, instead of the system's (absolute path)")
    client_cert_file: str | None = Field(None, description="PEM certificate presented to the "
                                         "upstream (absolute path)")
    client_key_file: str | None = Field(None, description="its private key (absolute path)")
    connect_timeout: Annotated[float, Field(gt=0)] = 2.0
    read_timeout: Annotated[float, Field(gt=0)] = 30.0
    retries: int = Field(1, ge=0, le=5)
    pool_size: int = Field(256, ge=1, le=10000)
    idle_timeout: Duration = 60.0
    eject_after_failures: int = Field(3, ge=1)
    eject_for: Duration = 10.0
    recipient: str | None = Field(None, description="the recipient (`recipients[].name`) this"
                                  " upstream discloses to; traffic to it is counted as"
                                  " disclosures")
    country: CountryCode | None = Field(None, description="where the upstream processes the"
                                        " data (ISO 3166-1 alpha-2); default: its recipient's")
    stores_personal_data: bool = Field(False, description="the upstream keeps personal data of"
                                       " its own: rights requests reach it by signed webhook")
    rights_webhook: str | None = Field(None, description="the path on the upstream's targets"
                                       " that receives rights webhooks, e.g. /privacy/rights")
    rights_secret_env: str | None = Field(
        None, pattern=r"^[A-Z_][A-Z0-9_]{0,127}$",
        description="the environment variable holding the webhook's shared secret")
    rights_identifiers: list[Literal["account", "email", "client", "sub"]] = Field(
        default_factory=list, description="identifier kinds sent with the subject keys: only"
        " what the upstream needs to find the person")

    @field_validator("rights_webhook")
    @classmethod
    def _webhook_path(cls, value: str | None) -> str | None:
        if value is not None and (not value.startswith("/") or "?" in value or "#" in value):
            raise ValueError("rights_webhook must be a path starting with /, without a query")
        return value

    @model_validator(mode="after")
    def _rights_complete(self) -> Upstream:
        if self.stores_personal_data and (self.rights_webhook is None
                                          or self.rights_secret_env is None):
            raise ValueError("an upstream that stores personal data needs rights_webhook and"
                             " rights_secret_env")
        return self

    @field_validator("connect_timeout", "read_timeout", "idle_timeout", "eject_for", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float:
        return parse_duration(value)

    @field_validator("tls_verify")
    @classmethod
    def _verify_off_needs_reason(cls, value: bool, info: ValidationInfo) -> bool:
        if not value and not (info.data.get("tls_verify_reason") or "").strip():
            raise ValueError("tls_verify: false needs a tls_verify_reason")
        return value

    @field_validator("ca_file", "client_cert_file", "client_key_file")
    @classmethod
    def _absolute(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("/"):
            raise ValueError("must be an absolute path (every worker and node reads it)")
        return value

    @model_validator(mode="after")
    def _pair(self) -> Upstream:
        if (self.client_key_file is None) != (self.client_cert_file is None):
            raise ValueError("client_cert_file and client_key_file go together")
        return self

    @property
    def parsed_targets(self) -> list[Target]:
        return [Target.parse(url) for url in self.targets]


class RouteMatch(_Strict):
    path_prefix: str = "/"
    host: str | None = None
    # None takes every method; an empty list would take none, which is never meant.
    methods: list[str] | None = Field(None, min_length=1)

    @field_validator("path_prefix")
    @classmethod
    def _absolute(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError("path_prefix must start with /")
        return value

    @field_validator("methods")
    @classmethod
    def _known_methods(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        upper = [m.upper() for m in value]
        unknown = sorted(set(upper) - METHODS)
        if unknown:
            raise ValueError(f"unknown HTTP method(s): {', '.join(unknown)}")
        return upper

    @field_validator("host")
    @classmethod
    def _lower_host(cls, value: str | None) -> str | None:
        return value.lower() if value else value


class RouteTimeouts(_Strict):
    connect: Annotated[float, Field(gt=0)] | None = None
    read: Annotated[float, Field(gt=0)] | None = None

    @field_validator("connect", "read", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float | None:
        return None if value is None else parse_duration(value)


class Route(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_.-]{0,62}$")
    match: RouteMatch = RouteMatch()
    visibility: Literal["public", "private"] = "public"
    upstream: str
    strip_prefix: str | None = None
    timeouts: RouteTimeouts = RouteTimeouts()
    max_body_bytes: int = 1024 * 1024
    max_json_depth: int = Field(64, ge=1, le=1000, description="JSON bodies that stages parse"
                                " may nest at most this many objects and arrays deep")
    max_json_members: int = Field(10_000, ge=1, description="JSON bodies that stages parse may"
                                  " hold at most this many object members and array items")
    purpose: str | None = None
    require_tls: bool = Field(False, description="refuse plain-HTTP requests with 403")
    # Options per stage, by stage name; the registry validates them against each stage's model.
    stages: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @field_validator("max_body_bytes", mode="before")
    @classmethod
    def _size(cls, value: Any) -> int:
        return parse_size(value)

    @field_validator("stages", mode="before")
    @classmethod
    def _null_options(cls, value: Any) -> Any:
        # `stages: {access_log: }` reads as "enabled, default options".
        if isinstance(value, dict):
            return {name: {} if options is None else options for name, options in value.items()}
        return value

    @field_validator("strip_prefix")
    @classmethod
    def _strip_absolute(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("/"):
            raise ValueError("strip_prefix must start with /")
        return value


class Purpose(_Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,62}$")
    legal_basis: Literal[
        "contract", "legitimate_interests", "legal_obligation", "consent",
        "vital_interests", "public_task",
    ]
    description: str = ""
    categories: list[DataCategory] = Field(
        default_factory=list, description="the data categories processed for this purpose"
        " (fideslang keys such as `user.contact.email`)")
    use: DataUse = Field("essential.service", description="the kind of use (a fideslang data"
                         " use key); sale and advertising uses are refused")


class Controller(_Strict):
    """Who decides why and how personal data is processed (GDPR Art. 30(1)(a))."""

    name: str = Field(min_length=1)
    address: str = Field(min_length=1)
    country: CountryCode
    representative: str | None = Field(None, description="the representative in the EU, for a"
                                       " controller established outside it")


class Contact(_Strict):
    """A designated contact, published at `/.well-known/privacy/contacts` (clause CONTACT-1)."""

    role: Literal["privacy", "security", "service_owner", "dpo"]
    name: str = Field(min_length=1)
    email: str | None = Field(None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    url: str | None = Field(None, pattern=r"^https?://\S+$")


class Locations(_Strict):
    """Where Charter's own infrastructure and support staff are (clause XFER-1)."""

    infrastructure: list[CountryCode] = Field(default_factory=list)
    support: list[CountryCode] = Field(default_factory=list)


class Transfers(_Strict):
    """Which countries count as home, and what happens to a transfer without a safeguard."""

    home: list[HomeArea] = Field(default_factory=lambda: ["EEA"], min_length=1,
                                 description="countries (or `EEA`) data may go to without a"
                                 " safeguard")
    without_safeguard: Literal["refuse", "flag"] = Field(
        "refuse", description="`refuse`: `charter check` refuses a transfer outside `home`"
        " without a safeguard; `flag`: it warns")


class Recipient(_Strict):
    """Someone personal data is disclosed to (clauses SHARE-1..6, XFER-1)."""

    name: str = Field(min_length=1, max_length=64)
    role: Literal["processor", "affiliate", "authority", "counterparty", "controller"]
    country: CountryCode
    agreement: str | None = Field(None, description="the reference of the data processing"
                                  " agreement (or other contract)")
    agreement_date: datetime.date | None = None
    safeguard: Literal["adequacy", "scc", "bcr", "derogation"] | None = Field(
        None, description="the transfer safeguard when `country` is outside `transfers.home`")
    purposes: list[str] = Field(default_factory=list, description="purpose names")
    categories: list[DataCategory] = Field(default_factory=list)
    use: DataUse = "essential.service"


class TokenSettings(_Strict):
    """Access tokens issued by the gateway's own `/oauth/token` (client credentials)."""

    issuer: str = Field("urn:charter:gateway", min_length=1,
                        description="the `iss` of tokens Charter issues")
    audience: str = Field("urn:charter:api", min_length=1,
                          description="the `aud` of tokens Charter issues and accepts")
    ttl: Annotated[float, Field(ge=60, le=3600)] = 600.0

    @field_validator("ttl", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float:
        return parse_duration(value)


class Service(_Strict):
    name: str = "Charter gateway"
    environment: Literal["live", "test", "dev"] = "live"


class AuditSettings(_Strict):
    """How the audit log is sealed: signed checkpoints over the chain's head."""

    checkpoint_every: int = Field(1000, ge=1, description="sign a checkpoint after this many"
                                  " new events")
    checkpoint_interval: float = Field(60.0, gt=0, description="and at least this often while"
                                       " there are new events")
    checkpoint_dir: str | None = Field(
        None, description="the second place checkpoints are written to, a directory; default"
        " `<var>/audit-checkpoints`")

    @field_validator("checkpoint_interval", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float:
        return parse_duration(value)


class BackupSettings(_Strict):
    """Where encrypted backups go, and whether the scheduler takes them."""

    directory: str | None = Field(None, description="where backups are written; default"
                                  " `<var>/backups`")
    interval: float | None = Field(None, description="take a backup this often (the scheduler);"
                                   " `null`: only when `charter backup create` runs")

    @field_validator("interval", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float | None:
        return None if value is None else parse_duration(value)


class SchedulerSettings(_Strict):
    """Background jobs the supervisor runs; one node at a time runs each (a store lease)."""

    enabled: bool = Field(True, description="run the jobs on this node (any node may; a lease"
                          " keeps each job to one node at a time)")
    retention_interval: float = Field(3600.0, gt=0, description="purge by retention class this"
                                      " often")
    capture_purge_interval: float = Field(3600.0, gt=0, description="purge expired payload"
                                          " captures and their day keys this often")
    backup_prune_interval: float = Field(3600.0, gt=0, description="delete expired backups this"
                                         " often")

    @field_validator("retention_interval", "capture_purge_interval", "backup_prune_interval",
                     mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float:
        return parse_duration(value)


SPECIAL_CATEGORY_KINDS = (
    "health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
    "religious_belief", "trade_union", "sex_life_orientation", "criminal_record",
)


class ApprovalControls(_Strict):
    """The extra protection that comes with an approval to process special-category data."""

    capture: Literal["none", "encrypted"] = Field(
        "none", description="`none`: payloads of routes under this approval are never captured,"
        " whatever the route says; `encrypted`: short-term capture is allowed (always"
        " encrypted) and only under the approval's retention class")
    retention: str = Field(
        "operational", description="the retention class for anything kept under this approval"
        " (captures); it must be no longer than `operational`")
    roles: list[str] = Field(
        default_factory=lambda: ["privacy_officer"],
        description="the operator roles that may read what is kept under this approval")


class Approval(_Strict):
    """A recorded decision to let a route process special-category data (GDPR Art. 9/10)."""

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")
    use_case: str = Field(min_length=10, description="the business use case, in plain words")
    approver: str = Field(min_length=2, description="who approved it (name and role)")
    date: datetime.date
    kinds: list[Literal[
        "health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
        "religious_belief", "trade_union", "sex_life_orientation", "criminal_record",
    ]] = Field(min_length=1, description="the special categories it covers")
    expires: datetime.date | None = None
    controls: ApprovalControls = ApprovalControls()


# Retention classes added after configuration files were first written, with their default
# periods: a file that does not name one keeps it at this period, so that upgrading Charter
# never turns a valid file into an invalid one. A file may set its own period.
ADDED_RETENTION_CLASSES: dict[str, float] = {"support": 365 * 86400.0}


class CharterConfig(_Strict):
    """The whole configuration file.

    Cross-references (a route naming an upstream or purpose, unique names, the required
    retention classes) are checked by `reference_problems`. Building a `CharterConfig` runs
    that check and fails on the first problem, so an inconsistent object cannot exist; the
    loader instead validates with the `DEFER_REFERENCES` context and reports every problem
    at its own line.
    """

    version: Literal[1] = 1
    service: Service = Service()
    listeners: Listeners = Listeners()
    store: StoreConfig = StoreConfig()
    redis: RedisConfig = RedisConfig()
    limits: GatewayLimits = GatewayLimits()
    trusted_proxies: list[IPNetwork] = Field(default_factory=list)
    retention_classes: dict[str, RetentionPeriod] = Field(
        default_factory=lambda: {"operational": 7 * 86400.0, "security": 3 * 365 * 86400.0,
                                 "configuration": 10 * 365 * 86400.0,
                                 "backup": 30 * 86400.0, **ADDED_RETENTION_CLASSES}
    )
    purposes: list[Purpose] = Field(
        default_factory=lambda: [
            Purpose(name="service_delivery", legal_basis="contract",
                    description="Route, validate, fulfil and return API operations"),
            Purpose(name="security", legal_basis="legitimate_interests",
                    description="Protect the service against abuse and threats"),
            Purpose(name="operations", legal_basis="legitimate_interests",
                    description="Monitor availability, performance and reliability"),
        ]
    )
    tokens: TokenSettings = TokenSettings()
    issuers: list[IssuerConfig] = Field(default_factory=list)
    upstreams: list[Upstream] = Field(default_factory=list)
    routes: list[Route] = Field(default_factory=list)
    approvals: list[Approval] = Field(default_factory=list)
    controller: Controller | None = None
    contacts: list[Contact] = Field(default_factory=list)
    locations: Locations = Locations()
    transfers: Transfers = Transfers()
    recipients: list[Recipient] = Field(default_factory=list)
    audit: AuditSettings = AuditSettings()
    backups: BackupSettings = BackupSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
    rights: RightsSettings = RightsSettings()
    children: ChildrenSettings = ChildrenSettings()

    @field_validator("retention_classes")
    @classmethod
    def _added_classes(cls, value: dict[str, float]) -> dict[str, float]:
        missing = {name: period for name, period in ADDED_RETENTION_CLASSES.items()
                   if name not in value}
        return {**value, **missing}

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> CharterConfig:
        if isinstance(info.context, dict) and info.context.get(DEFER_REFERENCES):
            return self
        problems = reference_problems(self)
        if problems:
            first = problems[0]
            raise ValueError(f"{format_loc(first.loc)}: {first.message}")
        return self

    def upstream(self, name: str) -> Upstream:
        for upstream in self.upstreams:
            if upstream.name == name:
                return upstream
        raise KeyError(name)

    def recipient(self, name: str) -> Recipient:
        for recipient in self.recipients:
            if recipient.name == name:
                return recipient
        raise KeyError(name)

    def approval(self, approval_id: str) -> Approval:
        for approval in self.approvals:
            if approval.id == approval_id:
                return approval
        raise KeyError(approval_id)


# Validation context key: set it to True to skip the cross-reference check while validating
# (the caller then runs `reference_problems` itself, as the loader does).
DEFER_REFERENCES = "charter.defer_references"
REQUIRED_RETENTION_CLASSES = ("operational", "security")

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class ReferenceProblem:
    """A cross-reference problem at `loc` (the same shape as a pydantic error's `loc`)."""

    loc: Loc
    message: str


def format_loc(loc: Loc) -> str:
    """`("routes", 1, "upstream")` → `routes[1].upstream`."""
    text = ""
    for step in loc:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else step
    return text


def reference_problems(config: CharterConfig) -> list[ReferenceProblem]:
    """Everything that refers to something else and does not find it, or clashes with it."""
    problems: list[ReferenceProblem] = []

    def unique(section: str, attr: str, values: list[str], what: str) -> None:
        first: dict[str, int] = {}
        for index, value in enumerate(values):
            if value in first:
                problems.append(ReferenceProblem(
                    (section, index, attr),
                    f"duplicate {what} {value!r} (already used by {section}[{first[value]}])",
                ))
            else:
                first[value] = index

    upstream_names = [u.name for u in config.upstreams]
    purpose_names = [p.name for p in config.purposes]
    unique("upstreams", "name", upstream_names, "upstream name")
    unique("routes", "id", [r.id for r in config.routes], "route id")
    unique("purposes", "name", purpose_names, "purpose name")

    for index, route in enumerate(config.routes):
        if route.upstream not in upstream_names:
            problems.append(ReferenceProblem(
                ("routes", index, "upstream"),
                f"unknown upstream {route.upstream!r} ({_known(upstream_names, 'upstreams')})",
            ))
        if route.purpose is not None and route.purpose not in purpose_names:
            problems.append(ReferenceProblem(
                ("routes", index, "purpose"),
                f"unknown purpose {route.purpose!r} ({_known(purpose_names, 'purposes')})",
            ))

    unique("approvals", "id", [a.id for a in config.approvals], "approval id")
    operational = config.retention_classes.get("operational")
    for index, approval in enumerate(config.approvals):
        period = config.retention_classes.get(approval.controls.retention)
        if period is None:
            problems.append(ReferenceProblem(
                ("approvals", index, "controls", "retention"),
                f"unknown retention class {approval.controls.retention!r}"))
        elif operational is not None and period > operational:
            problems.append(ReferenceProblem(
                ("approvals", index, "controls", "retention"),
                f"retention class {approval.controls.retention!r} keeps data longer than"
                " 'operational'; special-category data needs the shorter one"))

    for index in unknown_issuers(config.children, (i.name for i in config.issuers)):
        problems.append(ReferenceProblem(
            ("children", "claims", index, "issuer"),
            f"unknown issuer {config.children.claims[index].issuer!r}"
            f" ({_known([i.name for i in config.issuers], 'issuers')})"))

    for required in REQUIRED_RETENTION_CLASSES:
        if required not in config.retention_classes:
            problems.append(ReferenceProblem(
                ("retention_classes",), f"retention class {required!r} must be defined",
            ))
    return problems


def _known(names: list[str], what: str) -> str:
    return f"defined {what}: {', '.join(sorted(set(names)))}" if names else f"no {what} defined"
