"""The policy text, in Charter's words, written from the facts model (`facts.policy_facts`).

Every number in it (retention periods, countries, recipients) comes from the facts, so the
text changes exactly when what the gateway does changes. `render_markdown` and `render_html`
are pure functions of the facts: same facts, same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from charter.governance.policy.document import (
    Block,
    Bullets,
    Grid,
    Heading,
    Para,
    to_html,
    to_markdown,
)
from charter.governance.policy.facts import CONSENT_PATH, CONTACTS_PATH, POLICY_PATH
from charter.governance.transfers import EEA

BASIS_LABELS = {
    "contract": "the contract with you, or a service you asked for",
    "legitimate_interests": "our legitimate interests in running and protecting the service",
    "legal_obligation": "a legal obligation we are under",
    "consent": "your consent, which you may withdraw at any time",
    "vital_interests": "the protection of someone's vital interests",
    "public_task": "a task carried out in the public interest",
}
ROLE_LABELS = {
    "processor": "Service providers acting for us",
    "affiliate": "Companies of our group",
    "authority": "Authorities, auditors and courts, when the law requires it",
    "counterparty": "Parties to a transaction the API client asked for",
    "controller": "Independent organisations deciding their own use",
}
SAFEGUARD_LABELS = {
    "adequacy": "an adequacy decision",
    "scc": "standard contractual clauses",
    "bcr": "binding corporate rules",
    "derogation": "a legal exception for the specific transfer",
}
CONTACT_LABELS = {
    "privacy": "Privacy contact",
    "security": "Security contact (and incident reports)",
    "service_owner": "Service owner",
    "dpo": "Data protection officer",
}
ERASURE_LABELS = {
    "delete": "deleted",
    "anonymise": "anonymised",
    "crypto_shred": "made unreadable by destroying its key",
    "none": "kept for the full period (needed as evidence)",
}
RIGHT_LABELS = {
    "access": "see the personal data we hold about you",
    "rectify": "have wrong data corrected",
    "erase": "have your data erased",
    "restrict": "have its use restricted while a question is settled",
    "object": "object to processing based on our legitimate interests",
    "export": "receive your data in a machine-readable file",
    "withdraw_consent": "withdraw consent you gave",
}
_UNITS = ((365 * 86400, "year"), (30 * 86400, "month"), (7 * 86400, "week"), (86400, "day"),
          (3600, "hour"), (60, "minute"), (1, "second"))


def period(seconds: float | None) -> str:
    """A retention period as words: 604800 → "7 days", 94608000 → "3 years"."""
    if seconds is None:
        return "not set"
    whole = round(seconds)
    for size, unit in _UNITS:
        if whole >= size and whole % size == 0 and unit not in ("week", "month"):
            count = whole // size
            return f"{count} {unit}" + ("" if count == 1 else "s")
    return f"{whole} seconds"


def category_label(key: str) -> str:
    """A fideslang-style key as a reader sees it: `user.device.ip_address` → ip address."""
    last = key.split(".")[-1]
    if key == "user":
        return "personal data (general)"
    return last.replace("_", " ")


def _join(values: list[str], empty: str = "none") -> str:
    return ", ".join(values) if values else empty


def policy_blocks(facts: Mapping[str, Any]) -> list[Block]:
    service = facts["service"]
    blocks: list[Block] = [Heading(f"Privacy policy: {service}", 1)]
    blocks += _controller(facts)
    blocks += [
        Heading("What this policy covers"),
        Para(f"It describes what {service} does with personal data when its APIs are called: "
             "the APIs themselves, public and private, the administration interfaces used to "
             "run them, integrations between systems, the developer tools we provide, support "
             "cases, and the logs the service writes. Systems of third parties that call the "
             "APIs follow their own policies."),
    ]
    blocks += _data(facts)
    blocks += _purposes(facts)
    blocks += _recipients(facts)
    blocks += _transfers(facts)
    blocks += _retention(facts)
    blocks += _rights(facts)
    blocks += [
        Heading("Security"),
        Para("Access to the APIs is limited by network rules and credentials, each client "
             "gets only the permissions it needs, traffic is encrypted where it leaves the "
             "machine, and every administrative action is recorded in a tamper-evident log. "
             "No system is perfectly secure; API clients keep their own credentials safe."),
        Heading("What we ask of API clients"),
        Para("Clients send only data they are allowed to process and disclose, leave out "
             "personal data the call does not need, protect their credentials and use secure "
             "transport and storage, and follow the data protection law that applies to them."),
    ]
    blocks += _children(facts)
    blocks += _contacts(facts)
    blocks += [
        Heading("Changes to this policy"),
        Para("This text is generated from the service's configuration and published with a "
             "version number. A change that adds a kind of data, a purpose, a recipient, a "
             "country or a legal basis, keeps data longer or weakens a transfer safeguard is "
             "published only with a named approver, and API clients that subscribed are told "
             f"by a signed message. Earlier versions stay on record. The current version is at "
             f"{POLICY_PATH}."),
    ]
    return blocks


def _controller(facts: Mapping[str, Any]) -> list[Block]:
    controller = facts["controller"]
    if not controller or not controller["name"]:
        return [Heading("Who is responsible"),
                Para(f"The organisation operating {facts['service']} is responsible for the "
                     "processing described here; the contacts below answer for it.")]
    text = f"{controller['name']} is responsible for the processing described here"
    where = ", ".join(v for v in (controller["address"], controller["country"]) if v)
    text += f" ({where})." if where else "."
    blocks: list[Block] = [Heading("Who is responsible"), Para(text)]
    if controller["representative"]:
        blocks.append(Para(f"Its representative: {controller['representative']}."))
    return blocks


def _data(facts: Mapping[str, Any]) -> list[Block]:
    rows = []
    for category in facts["categories"]:
        tables = [r["table"] for r in facts["records"] if category in r["categories"]]
        purposes = sorted({p for r in facts["records"] if category in r["categories"]
                           for p in r["purposes"]}
                          | {p["name"] for p in facts["purposes"] if category in p["categories"]})
        rows.append((category_label(category), category, _join(purposes, "-"),
                     _join(tables, "-")))
    return [
        Heading("The data we process"),
        Para("Only what a request needs, what is required to run and protect the service, and "
             "what you give us in a support case. Special-category data (health, beliefs and "
             "the like) is blocked unless an approved use case allows it, with extra "
             "protection. Each kind of data, why we hold it and where:"),
        Grid(("data", "category key", "purposes", "records"), tuple(rows)),
    ]


def _purposes(facts: Mapping[str, Any]) -> list[Block]:
    rows = tuple(
        (p["name"], p["description"] or "-", BASIS_LABELS.get(p["legal_basis"], p["legal_basis"]),
         _join([category_label(c) for c in p["categories"]], "-"), p["use"] or "-")
        for p in facts["purposes"])
    blocks: list[Block] = [
        Heading("Why we use it, and on what legal basis"),
        Grid(("purpose", "what for", "legal basis", "data", "how it is used"), rows),
        Para("We do not sell personal data, and we do not use it for advertising."),
    ]
    if any(p["legal_basis"] == "consent" for p in facts["purposes"]):
        blocks.append(Para(
            "Where we rely on your consent, we process your data for that purpose only while "
            "you consent. Signed in, you can see which consents you gave, give one and "
            f"withdraw it at any time at {CONSENT_PATH}; a withdrawal takes effect within a "
            "second and does not affect what was done before it."))
    return blocks


def _children(facts: Mapping[str, Any]) -> list[Block]:
    age = (facts.get("children") or {}).get("minor_age")
    known = ("because their account is marked as such" if age is None else
             "because their account is marked as such or the sign-in they use says they are "
             f"younger than {age}")
    return [Heading("Children"),
            Para(f"The service is not meant for children. People known to be minors, {known}, "
                 "are not served until the authorization of a parent or guardian is "
                 "recorded.")]


def _recipients(facts: Mapping[str, Any]) -> list[Block]:
    blocks: list[Block] = [Heading("Who receives it")]
    if not facts["recipients"]:
        blocks.append(Para("Nobody outside the organisation running the service receives "
                           "personal data from it, except where the law obliges us."))
        return blocks
    blocks.append(Para("We pass data on only as far as each recipient needs it. Those acting "
                       "on our behalf are bound by a written agreement to keep it confidential "
                       "and secure."))
    for role, label in ROLE_LABELS.items():
        group = [r for r in facts["recipients"] if r["role"] == role]
        if not group:
            continue
        rows = tuple((r["name"], r["country"] or "-", _join(r["purposes"], "-"),
                      _join([category_label(c) for c in r["categories"]], "-"),
                      SAFEGUARD_LABELS.get(r["safeguard"] or "", "-")) for r in group)
        blocks += [Heading(label, 3),
                   Grid(("recipient", "country", "purposes", "data", "transfer safeguard"),
                        rows)]
    return blocks


def _transfers(facts: Mapping[str, Any]) -> list[Block]:
    locations, transfers = facts["locations"], facts["transfers"]
    home = transfers["home"]
    items = [f"Our infrastructure runs in: {_join(locations['infrastructure'], 'not stated')}.",
             f"Support staff work from: {_join(locations['support'], 'not stated')}."]
    inside = set(home) | (set(EEA) if "EEA" in home else set())
    abroad = [r for r in facts["recipients"] if r["country"] and r["country"] not in inside]
    for recipient in abroad:
        safeguard = SAFEGUARD_LABELS.get(recipient["safeguard"] or "")
        items.append(f"{recipient['name']} ({recipient['country']}): "
                     + (f"protected by {safeguard}." if safeguard else "no safeguard recorded."))
    rule = ("refused" if transfers["without_safeguard"] == "refuse"
            else "flagged for review")
    return [
        Heading("Where it is processed"),
        Para(f"Data stays within {_join(home, 'the countries listed below')} unless a "
             f"safeguard covers the transfer; a transfer without one is {rule}."),
        Bullets(tuple(items)),
    ]


def _retention(facts: Mapping[str, Any]) -> list[Block]:
    classes = facts["retention"]
    rows = tuple((r["table"], r["retention_class"], period(r["retention_seconds"]),
                  ERASURE_LABELS.get(r["erasure"], r["erasure"])) for r in facts["records"])
    return [
        Heading("How long we keep it"),
        Para("Every kind of record has a retention period; when it ends, the record is deleted "
             "or anonymised automatically, unless a legal hold requires us to keep it. "
             "Periods by class: "
             + "; ".join(f"{name}: {period(seconds)}" for name, seconds in classes.items())
             + "."),
        Grid(("record", "class", "kept for", "afterwards"), rows),
        Para("Backups are encrypted and expire"
             + (f" after {period(classes['backup'])}" if "backup" in classes else "")
             + "; people erased in the meantime stay erased when a backup is restored."),
    ]


def _rights(facts: Mapping[str, Any]) -> list[Block]:
    rights = facts["rights"]
    return [
        Heading("Your rights, and how to use them"),
        Para("Where the law gives you these rights, you can ask us to:"),
        Bullets(tuple(RIGHT_LABELS.get(k, k) for k in rights["kinds"])),
        Para(f"File a request at {rights['intake']} (a form, or JSON for API clients). We "
             "confirm who is asking, answer within the time the law sets (for example one "
             "month), and tell you if we need longer. You may also complain to a data "
             "protection authority."),
    ]


def _contacts(facts: Mapping[str, Any]) -> list[Block]:
    rows = tuple((CONTACT_LABELS.get(c["role"], c["role"]), c["name"] or "-",
                  c["email"] or "-", c["url"] or "-") for c in facts["contacts"])
    blocks: list[Block] = [Heading("Contacts"),
                           Para("Questions, privacy requests and incident reports go to:")]
    if rows:
        blocks.append(Grid(("role", "name", "e-mail", "web"), rows))
    blocks.append(Para(f"Privacy requests can always be filed at {facts['rights']['intake']}; "
                       f"the contacts are also published as JSON at {CONTACTS_PATH}."))
    return blocks


def render_markdown(facts: Mapping[str, Any]) -> str:
    return to_markdown(policy_blocks(facts))


def render_html(facts: Mapping[str, Any], meta: str | None = None) -> str:
    return to_html(policy_blocks(facts), title=f"Privacy policy: {facts['service']}", meta=meta)
