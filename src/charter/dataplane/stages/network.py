"""network: which client addresses may use a route.

`deny` wins over `allow`; an empty `allow` admits every address not denied. A `private` route
that sets no `allow` admits only loopback and the private ranges (RFC 1918, unique-local
IPv6, link-local is not included): it is reachable from outside only with an explicit rule.
The client address is the one the gateway settled on (the peer, or what a trusted proxy
reported). Refusals are 403 problems that do not say which rule matched.
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field, field_validator

from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.services import Services

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

PRIVATE_NETWORKS = ("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                    "fc00::/7")


class NetworkOptions(StageOptions):
    allow: list[str] = Field(default_factory=list, description="CIDRs allowed; empty: any")
    deny: list[str] = Field(default_factory=list, description="CIDRs refused, before allow")

    @field_validator("allow", "deny")
    @classmethod
    def _cidrs(cls, value: list[str]) -> list[str]:
        for cidr in value:
            ipaddress.ip_network(cidr, strict=False)
        return value


class NetworkStage(Stage):
    name: ClassVar[str] = "network"
    Options: ClassVar[type[StageOptions]] = NetworkOptions
    default_enabled: ClassVar[bool] = True  # private routes get their default ranges
    off_options: ClassVar[dict[str, Any]] = {}

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        assert isinstance(options, NetworkOptions)
        allow = options.allow
        if not allow and route.visibility == "private":
            allow = list(PRIVATE_NETWORKS)
        self._allow: list[Network] = [ipaddress.ip_network(c, strict=False) for c in allow]
        self._deny: list[Network] = [ipaddress.ip_network(c, strict=False)
                                     for c in options.deny]
        self._decided: dict[str, bool] = {}

    def active(self) -> bool:
        return bool(self._allow or self._deny)

    def on_request(self, ctx: RequestContext) -> Reply | None:
        admitted = self._decided.get(ctx.client_ip)
        if admitted is None:
            admitted = self._admits(ctx.client_ip)
            if len(self._decided) > 4096:
                self._decided.clear()
            self._decided[ctx.client_ip] = admitted
        if admitted:
            return None
        ctx.error = "network_not_allowed"
        return problem(403, "network_not_allowed", "Not allowed from this network",
                       request_id=ctx.request_id)

    def _admits(self, ip: str) -> bool:
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if any(address in net for net in self._deny):
            return False
        return not self._allow or any(address in net for net in self._allow)
