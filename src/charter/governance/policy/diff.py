"""What changed between two policies, and whether it matters (clause UPDATE-1).

A change is *material* when it widens what is done with personal data: a new data category,
purpose, recipient, country or legal basis, a longer retention period, a weaker transfer
safeguard, a different controller, fewer people recognised as minors by their sign-in.
Everything else (descriptions, contacts, shorter periods, things removed) is *editorial*. A
material change is published only with an approver and is announced to subscribed clients.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from charter.governance.policy.facts import SAFEGUARDS
from charter.governance.policy.render import period

Kind = Literal["material", "editorial"]


@dataclass(frozen=True)
class Change:
    kind: Kind
    what: str  # a stable key: "purpose", "recipient.country", "retention", ...
    summary: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "what": self.what, "summary": self.summary}


def is_material(changes: list[Change]) -> bool:
    return any(change.kind == "material" for change in changes)


def _strength(safeguard: str | None) -> int:
    """0 is the strongest safeguard; unknown names count as none."""
    return SAFEGUARDS.index(safeguard) if safeguard in SAFEGUARDS else len(SAFEGUARDS) - 1


def _by_name(items: list[Mapping[str, Any]], key: str = "name") -> dict[str, Mapping[str, Any]]:
    return {str(item[key]): item for item in items}


def diff_policies(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """The changes from `old` to `new` facts, material ones first, each group sorted."""
    changes: list[Change] = []

    def add(kind: Kind, what: str, summary: str) -> None:
        changes.append(Change(kind, what, summary))

    def added_removed(what: str, label: str) -> None:
        before, after = set(old.get(what, [])), set(new.get(what, []))
        for value in sorted(after - before):
            add("material", what, f"new {label}: {value}")
        for value in sorted(before - after):
            add("editorial", what, f"{label} no longer listed: {value}")

    added_removed("categories", "data category")
    added_removed("legal_bases", "legal basis")
    added_removed("countries", "country")

    old_purposes, new_purposes = _by_name(old["purposes"]), _by_name(new["purposes"])
    for name in sorted(new_purposes.keys() - old_purposes.keys()):
        add("material", "purpose", f"new purpose: {name}")
    for name in sorted(old_purposes.keys() - new_purposes.keys()):
        add("editorial", "purpose", f"purpose no longer used: {name}")
    for name in sorted(old_purposes.keys() & new_purposes.keys()):
        a, b = old_purposes[name], new_purposes[name]
        if a["legal_basis"] != b["legal_basis"]:
            add("material", "purpose.legal_basis",
                f"purpose {name}: legal basis {a['legal_basis']} -> {b['legal_basis']}")
        for category in sorted(set(b["categories"]) - set(a["categories"])):
            add("material", "purpose.categories", f"purpose {name} now uses {category}")
        if a["description"] != b["description"] or a["use"] != b["use"]:
            add("editorial", "purpose.text", f"purpose {name}: description reworded")

    old_recipients, new_recipients = _by_name(old["recipients"]), _by_name(new["recipients"])
    for name in sorted(new_recipients.keys() - old_recipients.keys()):
        recipient = new_recipients[name]
        add("material", "recipient",
            f"new recipient: {name} ({recipient['role']}, {recipient['country'] or '-'})")
    for name in sorted(old_recipients.keys() - new_recipients.keys()):
        add("editorial", "recipient", f"recipient no longer used: {name}")
    for name in sorted(old_recipients.keys() & new_recipients.keys()):
        _recipient_changes(name, old_recipients[name], new_recipients[name], add)

    old_up, new_up = _by_name(old["upstreams"]), _by_name(new["upstreams"])
    for name in sorted(old_up.keys() & new_up.keys()):
        if old_up[name]["recipient"] != new_up[name]["recipient"] and new_up[name]["recipient"]:
            add("material", "upstream.recipient",
                f"upstream {name} now sends data to {new_up[name]['recipient']}")

    for name, seconds in sorted(new["retention"].items()):
        before = old["retention"].get(name)
        if before is None:
            add("editorial", "retention", f"new retention class {name}: {period(seconds)}")
        elif seconds > before:
            add("material", "retention",
                f"retention class {name}: {period(before)} -> {period(seconds)}")
        elif seconds < before:
            add("editorial", "retention",
                f"retention class {name}: {period(before)} -> {period(seconds)}")
    _record_changes(old, new, add)

    if (old["controller"] or {}).get("name") != (new["controller"] or {}).get("name"):
        add("material", "controller", "the controller changed")
    elif old["controller"] != new["controller"]:
        add("editorial", "controller", "the controller's details changed")
    if old["contacts"] != new["contacts"]:
        add("editorial", "contacts", "contacts changed")
    if old["locations"] != new["locations"] or old["transfers"] != new["transfers"]:
        if old["transfers"]["without_safeguard"] == "refuse" != new["transfers"][
                "without_safeguard"]:
            add("material", "transfers", "transfers without a safeguard are no longer refused")
        else:
            add("editorial", "locations", "locations or transfer settings changed")
    before_age = (old.get("children") or {}).get("minor_age")
    after_age = (new.get("children") or {}).get("minor_age")
    if before_age is not None and (after_age is None or after_age < before_age):
        # Fewer people are recognised as minors: more data is processed without a guardian.
        add("material", "children", f"minors recognised by their sign-in: under {before_age}"
            f" -> {'no longer' if after_age is None else f'under {after_age}'}")
    elif before_age != after_age:
        add("editorial", "children", f"minors recognised by their sign-in: under {after_age}")
    if old["service"] != new["service"]:
        add("editorial", "service", f"service name: {old['service']} -> {new['service']}")
    if not changes and old != new:
        add("editorial", "text", "wording changed")
    return sorted(changes, key=lambda c: (c.kind != "material", c.what, c.summary))


def _recipient_changes(name: str, a: Mapping[str, Any], b: Mapping[str, Any], add: Any) -> None:
    if a["country"] != b["country"]:
        add("material", "recipient.country",
            f"recipient {name}: country {a['country'] or '-'} -> {b['country'] or '-'}")
    if _strength(b["safeguard"]) > _strength(a["safeguard"]):
        add("material", "recipient.safeguard",
            f"recipient {name}: weaker safeguard {a['safeguard'] or 'none'} -> "
            f"{b['safeguard'] or 'none'}")
    elif a["safeguard"] != b["safeguard"]:
        add("editorial", "recipient.safeguard",
            f"recipient {name}: safeguard {a['safeguard'] or 'none'} -> "
            f"{b['safeguard'] or 'none'}")
    if a["role"] != b["role"]:
        add("material", "recipient.role", f"recipient {name}: role {a['role']} -> {b['role']}")
    for purpose in sorted(set(b["purposes"]) - set(a["purposes"])):
        add("material", "recipient.purposes", f"recipient {name} now receives data for {purpose}")
    for category in sorted(set(b["categories"]) - set(a["categories"])):
        add("material", "recipient.categories", f"recipient {name} now receives {category}")
    if (a["agreement"], a["agreement_date"], a["use"]) != (
            b["agreement"], b["agreement_date"], b["use"]):
        add("editorial", "recipient.text", f"recipient {name}: agreement or wording changed")


def _record_changes(old: Mapping[str, Any], new: Mapping[str, Any], add: Any) -> None:
    before, after = _by_name(old["records"], "table"), _by_name(new["records"], "table")
    for table in sorted(after.keys() & before.keys()):
        a, b = before[table], after[table]
        if (b["retention_seconds"] or 0) > (a["retention_seconds"] or 0) and (
                a["retention_class"] != b["retention_class"]):
            add("material", "record.retention",
                f"{table}: kept {period(a['retention_seconds'])} -> "
                f"{period(b['retention_seconds'])}")
        if a["legal_basis"] != b["legal_basis"]:
            add("material", "record.legal_basis",
                f"{table}: legal basis {a['legal_basis']} -> {b['legal_basis']}")
        for purpose in sorted(set(b["purposes"]) - set(a["purposes"])):
            add("material", "record.purposes", f"{table} is now used for {purpose}")
        if a["description"] != b["description"]:
            add("editorial", "record.text", f"{table}: description reworded")
    for table in sorted(after.keys() - before.keys()):
        add("editorial", "record", f"new record type {table} (its data is listed above)")
