"""What GDPR Art. 15(1) and (2) ask to be told alongside the data, from the inventory and
the configuration: purposes with their legal bases, categories, recipients, retention periods,
sources, the other rights, and automated decisions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from charter.config.models import CharterConfig
from charter.privacy.inventory import RecordType
from charter.rights.execute.settings import rights_upstream

RIGHTS_TEXT = (
    "You may ask for your data to be corrected (rectification), erased, or its processing "
    "restricted; you may object to processing based on legitimate interests and withdraw "
    "consent at any time; you may receive your data in a machine-readable form; and you may "
    "lodge a complaint with a data protection supervisory authority."
)
SOURCE_TEXT = (
    "Collected by this service while it handled your requests and your account: from you, "
    "your credentials and your devices' requests. Data held by the services behind it is in "
    "upstreams/, as each of them answered."
)


def information(config: CharterConfig, found: Mapping[RecordType, int],
                upstreams: Mapping[str, str]) -> dict[str, Any]:
    """The summary document of a bundle. `found` counts the subject's rows per table;
    `upstreams` gives each upstream's answer status."""
    purposes = {purpose.name: purpose for purpose in config.purposes}
    periods = config.retention_classes
    tables = []
    used_purposes: set[str] = set()
    categories: set[str] = set()
    for record, count in sorted(found.items(), key=lambda item: item[0].table):
        used_purposes.update(record.purposes)
        categories.update(record.categories)
        period = periods.get(record.retention)
        tables.append({
            "table": record.table,
            "rows": count,
            "what": record.description,
            "categories": list(record.categories),
            "purposes": list(record.purposes),
            "legal_basis": record.legal_basis,
            "retention": {"class": record.retention,
                          "days": round(period / 86400, 2) if period is not None else None},
        })
    return {
        "controller": config.service.name,
        "tables": tables,
        "categories": sorted(categories),
        "purposes": [
            {"name": name,
             "legal_basis": purposes[name].legal_basis if name in purposes else None,
             "description": purposes[name].description if name in purposes else ""}
            for name in sorted(used_purposes)
        ],
        "recipients": recipients(config),
        "retention_periods_days": {name: round(seconds / 86400, 2)
                                   for name, seconds in sorted(periods.items())},
        "sources": SOURCE_TEXT,
        "rights": RIGHTS_TEXT,
        "automated_decisions": "none: no decision with legal or similarly significant effects"
                               " is made about you by automated means alone",
        "upstreams": dict(sorted(upstreams.items())),
    }


def recipients(config: CharterConfig) -> list[dict[str, Any]]:
    """The upstreams routes send requests to, with those routes' purposes; and the
    `recipients` of the configuration, when it has them."""
    routes: dict[str, list[Any]] = {}
    for route in config.routes:
        routes.setdefault(route.upstream, []).append(route)
    found: list[dict[str, Any]] = []
    for upstream in config.upstreams:
        served = routes.get(upstream.name, [])
        if not served:
            continue
        found.append({
            "name": upstream.name,
            "kind": "upstream service",
            "recipient": getattr(upstream, "recipient", None),  # who runs it, when named
            "routes": sorted(route.id for route in served),
            "purposes": sorted({route.purpose for route in served if route.purpose}),
            "stores_personal_data": rights_upstream(upstream).stores_personal_data,
        })
    for item in getattr(config, "recipients", None) or ():
        name = getattr(item, "name", None)
        if name is not None:
            found.append({"name": str(name), "kind": str(getattr(item, "role", "recipient")),
                          "country": getattr(item, "country", None),
                          "purposes": list(getattr(item, "purposes", None) or ())})
    return found
