"""The facts a privacy policy states, gathered from the configuration and the inventory.

`policy_facts(config)` returns a plain, JSON-ready dictionary; `canonical_json` writes it
with sorted keys and no spaces, so equal facts give equal bytes and equal digests. The text
of the policy (`render`), its diff (`diff`) and the check against what was published
(`check`) all read this model, never the configuration directly.

Governance sections (`controller`, `contacts`, `locations`, `transfers`, `recipients`, and
`categories`/`use` on purposes, `recipient`/`country` on upstreams) are read by name with
defaults, from pydantic models or plain mappings alike, so a configuration without them still
gives a complete, if shorter, policy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from charter.privacy import inventory

INTAKE_PATH = "/.well-known/privacy/requests"
POLICY_PATH = "/.well-known/privacy/policy"
POLICY_JSON_PATH = "/.well-known/privacy/policy.json"
CONTACTS_PATH = "/.well-known/privacy/contacts"
CONSENT_PATH = "/.well-known/privacy/consent"
RIGHTS = ("access", "rectify", "erase", "restrict", "object", "export", "withdraw_consent")
# Strongest first: a change to a later one is a weaker safeguard.
SAFEGUARDS = ("adequacy", "bcr", "scc", "derogation", None)
FACTS_FORMAT = 1


def field(source: Any, name: str, default: Any = None) -> Any:
    """`source.name` or `source[name]`, else `default` (also for an explicit None)."""
    if source is None:
        return default
    if isinstance(source, Mapping):
        value = source.get(name, default)
    else:
        value = getattr(source, name, default)
    return default if value is None else value


def _strings(values: Any) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        return [values]
    return sorted({str(v) for v in values if v is not None})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> str | None:
    return None if value is None else str(value)


def policy_facts(config: Any) -> dict[str, Any]:
    """The canonical model of what the policy says, for one configuration."""
    classes: dict[str, float] = dict(field(config, "retention_classes", {}) or {})
    purposes = [_purpose(p) for p in field(config, "purposes", [])]
    records = [_record(r, classes) for r in inventory.records()]
    recipients = [_recipient(r) for r in field(config, "recipients", [])]
    upstreams = [_upstream(u) for u in field(config, "upstreams", [])]
    locations = field(config, "locations")
    transfers = field(config, "transfers")
    home = _strings(field(transfers, "home", []))
    facts: dict[str, Any] = {
        "format": FACTS_FORMAT,
        "service": str(field(field(config, "service"), "name", "Charter gateway")),
        "controller": _controller(field(config, "controller")),
        "contacts": sorted((_contact(c) for c in field(config, "contacts", [])),
                           key=lambda c: (c["role"], c["name"] or "", c["email"] or "")),
        "purposes": sorted(purposes, key=lambda p: p["name"]),
        "records": records,
        "retention": {name: _seconds(value) for name, value in sorted(classes.items())},
        "recipients": sorted(recipients, key=lambda r: r["name"]),
        "upstreams": sorted(upstreams, key=lambda u: u["name"]),
        "locations": {
            "infrastructure": _strings(field(locations, "infrastructure", [])),
            "support": _strings(field(locations, "support", [])),
        },
        "transfers": {
            "home": home,
            "without_safeguard": str(field(transfers, "without_safeguard", "refuse")),
        },
        "rights": {"intake": INTAKE_PATH, "kinds": list(RIGHTS)},
        "children": _children(field(config, "children")),
    }
    facts["categories"] = sorted(_all_categories(facts))
    facts["legal_bases"] = sorted({p["legal_basis"] for p in purposes}
                                  | {r["legal_basis"] for r in records})
    facts["countries"] = sorted(_all_countries(facts))
    return facts


def _children(source: Any) -> dict[str, Any]:
    """`minor_age` is stated when tokens' claims can tell a minor, else it is None."""
    claims = field(source, "claims", []) or []
    return {"directed_to_children": False, "minors_need_authorization": True,
            "minor_age": int(field(source, "minor_age", 16)) if claims else None}


def _seconds(value: Any) -> int:
    return round(float(value))


def _controller(source: Any) -> dict[str, Any] | None:
    if source is None:
        return None
    return {"name": _text(field(source, "name")), "address": _text(field(source, "address")),
            "country": _text(field(source, "country")),
            "representative": _text(field(source, "representative"))}


def _contact(source: Any) -> dict[str, Any]:
    return {"role": str(field(source, "role", "privacy")), "name": _text(field(source, "name")),
            "email": _text(field(source, "email")), "url": _text(field(source, "url"))}


def _purpose(source: Any) -> dict[str, Any]:
    return {"name": str(field(source, "name")), "legal_basis": str(field(source, "legal_basis")),
            "description": str(field(source, "description", "")),
            "use": _text(field(source, "use")),
            "categories": _strings(field(source, "categories", []))}


def _record(record: inventory.RecordType, classes: Mapping[str, float]) -> dict[str, Any]:
    period = classes.get(record.retention)
    return {"table": record.table, "description": record.description,
            "categories": list(record.categories), "purposes": list(record.purposes),
            "legal_basis": record.legal_basis, "retention_class": record.retention,
            "retention_seconds": None if period is None else _seconds(period),
            "subjects": list(record.subjects), "erasure": record.erasure}


def _recipient(source: Any) -> dict[str, Any]:
    safeguard = field(source, "safeguard")
    return {"name": str(field(source, "name")), "role": str(field(source, "role", "processor")),
            "country": _text(field(source, "country")),
            "agreement": _text(field(source, "agreement")),
            "agreement_date": _date(field(source, "agreement_date")),
            "safeguard": None if safeguard is None else str(safeguard),
            "purposes": _strings(field(source, "purposes", [])),
            "categories": _strings(field(source, "categories", [])),
            "use": _text(field(source, "use"))}


def _upstream(source: Any) -> dict[str, Any]:
    return {"name": str(field(source, "name")), "recipient": _text(field(source, "recipient")),
            "country": _text(field(source, "country"))}


def _all_categories(facts: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()
    for group in ("records", "purposes", "recipients"):
        for item in facts[group]:
            found |= set(item["categories"])
    return found


def _all_countries(facts: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()
    controller = facts["controller"]
    if controller and controller["country"]:
        found.add(controller["country"])
    found |= set(facts["locations"]["infrastructure"]) | set(facts["locations"]["support"])
    found |= set(facts["transfers"]["home"])
    for item in (*facts["recipients"], *facts["upstreams"]):
        if item["country"]:
            found.add(item["country"])
    return found


def canonical_json(facts: Mapping[str, Any]) -> str:
    """Deterministic JSON: sorted keys, no insignificant whitespace, UTF-8 kept as is."""
    return json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(facts: Mapping[str, Any], markdown: str) -> str:
    """The SHA-256 (hex) of a policy version: its facts and its text together."""
    hasher = hashlib.sha256(canonical_json(facts).encode())
    hasher.update(b"\n")
    hasher.update(markdown.encode())
    return hasher.hexdigest()


def countries_of(items: Iterable[Mapping[str, Any]]) -> set[str]:
    return {item["country"] for item in items if item.get("country")}
