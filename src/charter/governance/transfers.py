"""Where personal data goes, country by country, and whether each transfer has a safeguard
(clause XFER-1).

A transfer is any upstream, recipient or location of Charter's own (infrastructure, support)
whose country is outside `transfers.home`. `EEA` in `home` stands for the member states of the
European Economic Area. A country with an adequacy decision is not taken as safe by itself: the
recipient states `safeguard: adequacy`, so the record shows what was decided.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Final, Literal

from charter.config.models import CharterConfig, Loc

# The EU member states (Greece as GR, its ISO code) and Iceland, Liechtenstein, Norway.
EEA: Final = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
})
# Countries with a European Commission adequacy decision (for the United States it covers only
# organisations certified under the Data Privacy Framework). Used to question a stated
# `adequacy`, never to assume one.
ADEQUACY: Final = frozenset({
    "AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY",
})

Status = Literal["home", "safeguarded", "refused", "flagged", "unknown"]


@dataclass(frozen=True)
class Transfer:
    """One place data goes to. `loc` is where the config says so (for located messages)."""

    kind: Literal["upstream", "recipient", "infrastructure", "support"]
    name: str
    country: str | None
    in_home: bool | None
    safeguard: str | None
    status: Status
    loc: Loc

    def as_dict(self) -> dict[str, Any]:
        doc = asdict(self)
        del doc["loc"]
        return doc


def home_countries(config: CharterConfig) -> frozenset[str]:
    countries: set[str] = set()
    for area in config.transfers.home:
        countries |= EEA if area == "EEA" else {area}
    return frozenset(countries)


def transfers(config: CharterConfig) -> list[Transfer]:
    """Every upstream, recipient and location with its country and status, in config order."""
    home = home_countries(config)
    unsafe: Status = "refused" if config.transfers.without_safeguard == "refuse" else "flagged"

    def status(country: str | None, safeguard: str | None) -> tuple[bool | None, Status]:
        if country is None:
            return None, "unknown"
        if country in home:
            return True, "home"
        return False, "safeguarded" if safeguard is not None else unsafe

    recipients = {r.name: r for r in config.recipients}
    found: list[Transfer] = []
    for index, upstream in enumerate(config.upstreams):
        recipient = recipients.get(upstream.recipient or "")
        country = upstream.country or (recipient.country if recipient else None)
        safeguard = recipient.safeguard if recipient else None
        in_home, state = status(country, safeguard)
        field = "country" if upstream.country or recipient is None else "recipient"
        found.append(Transfer("upstream", upstream.name, country, in_home, safeguard, state,
                              ("upstreams", index, field)))
    for index, each in enumerate(config.recipients):
        in_home, state = status(each.country, each.safeguard)
        found.append(Transfer("recipient", each.name, each.country, in_home, each.safeguard,
                              state, ("recipients", index, "country")))
    for kind in ("infrastructure", "support"):
        for index, country in enumerate(getattr(config.locations, kind)):
            in_home = country in home
            # Charter's own sites have no safeguard field: outside home they are flagged.
            found.append(Transfer(kind, kind, country, in_home, None,
                                  "home" if in_home else "flagged",
                                  ("locations", kind, index)))
    return found
