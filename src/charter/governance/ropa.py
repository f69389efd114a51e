"""The record of processing activities (GDPR Art. 30(1)), generated from the configuration and
the privacy inventory, so that the record says what the code does.

Sections follow Art. 30(1): (a) controller and contacts, (b) purposes, (c) categories of data
subjects and of personal data, (d) recipients, (e) transfers to third countries with their
safeguards, (f) retention periods, (g) the technical and organisational security measures.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any, Final

from charter.config.models import CharterConfig
from charter.governance import taxonomy
from charter.governance.transfers import transfers
from charter.privacy.inventory import RecordType

FORMATS: Final = ("md", "json", "csv")

# (g): what Charter itself does, each with the clause it keeps.
SECURITY_MEASURES: Final = (
    "Network access controls per listener and route (CIDR allow and deny lists) (SEC-1)",
    "Authentication of every non-public route; scopes, tenants and operator roles (SEC-2)",
    "TLS listeners, routes that require TLS, upstream certificate verification (SEC-3)",
    "Tamper-evident audit log with signed checkpoints; incident records (SEC-4, DATA-5)",
    "Admin plane on its own listener with second-factor login; every action audited (SEC-5)",
    "API keys stored only as keyed hashes; rotation, expiry, revocation (SEC-6, DATA-3)",
    "Minimised access log: truncated or pseudonymised addresses, redacted queries (DATA-4)",
    "Payload scanning that blocks or redacts special-category and high-risk data (DATA-7)",
    "Retention by class with automatic purges; encrypted, expiring backups (RET-1..5)",
    "Per-subject data keys: erasure makes every copy unreadable (crypto-shredding) (RIGHTS-3)",
)


def build_ropa(config: CharterConfig, inventory: Iterable[RecordType]) -> dict[str, Any]:
    records = list(inventory)
    uses = taxonomy.names("data_uses")
    recipients_for: dict[str, list[str]] = {}
    for recipient in config.recipients:
        for purpose in recipient.purposes:
            recipients_for.setdefault(purpose, []).append(recipient.name)
    subjects = sorted({s for r in records for s in r.subjects})
    categories = sorted({c for r in records for c in r.categories}
                        | {c for p in config.purposes for c in p.categories}
                        | {c for r in config.recipients for c in r.categories})
    controller = config.controller
    return {
        "controller": controller.model_dump(mode="json") if controller else None,
        "contacts": [c.model_dump(mode="json") for c in config.contacts],
        "purposes": [{
            "name": p.name, "description": p.description, "legal_basis": p.legal_basis,
            "use": p.use, "use_name": uses.get(p.use, p.use), "categories": list(p.categories),
            "recipients": recipients_for.get(p.name, []),
            "tables": [r.table for r in records if p.name in r.purposes],
        } for p in config.purposes],
        "data_subjects": subjects,
        "data_categories": categories,
        "recipients": [r.model_dump(mode="json") for r in config.recipients],
        "transfers": [t.as_dict() for t in transfers(config) if t.in_home is False],
        "retention": [{"table": r.table, "retention": r.retention,
                       "period_seconds": config.retention_classes.get(r.retention),
                       "erasure": r.erasure} for r in records],
        "security_measures": list(SECURITY_MEASURES),
        "records": [{"table": r.table, "description": r.description,
                     "categories": list(r.categories), "purposes": list(r.purposes),
                     "legal_basis": r.legal_basis, "retention": r.retention,
                     "subjects": list(r.subjects), "erasure": r.erasure} for r in records],
    }


def render(ropa: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(ropa, indent=2) + "\n"
    if fmt == "csv":
        return _csv(ropa)
    if fmt == "md":
        return _markdown(ropa)
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


def _csv(ropa: dict[str, Any]) -> str:
    """One line per processing activity: each purpose, recipient, transfer and stored table."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["section", "name", "legal_basis_or_role", "use_or_country", "categories",
                "purposes_or_safeguard", "retention", "subjects"])
    for p in ropa["purposes"]:
        w.writerow(["purpose", p["name"], p["legal_basis"], p["use"], " ".join(p["categories"]),
                    " ".join(p["recipients"]), "", ""])
    for r in ropa["recipients"]:
        w.writerow(["recipient", r["name"], r["role"], r["country"], " ".join(r["categories"]),
                    " ".join(r["purposes"]), "", ""])
    for t in ropa["transfers"]:
        w.writerow(["transfer", t["name"], t["kind"], t["country"], "", t["safeguard"] or "",
                    "", ""])
    for r in ropa["records"]:
        w.writerow(["record", r["table"], r["legal_basis"], "", " ".join(r["categories"]),
                    " ".join(r["purposes"]), r["retention"], " ".join(r["subjects"])])
    return out.getvalue()


def _markdown(ropa: dict[str, Any]) -> str:
    lines = ["# Record of processing activities", ""]
    controller = ropa["controller"]
    lines += ["## (a) Controller and contacts", ""]
    if controller:
        lines.append(f"- Controller: {controller['name']}, {controller['address']},"
                     f" {controller['country']}")
        if controller.get("representative"):
            lines.append(f"- Representative: {controller['representative']}")
    else:
        lines.append("- Controller: not configured (`controller`)")
    for c in ropa["contacts"]:
        reach = ", ".join(x for x in (c.get("email"), c.get("url")) if x)
        lines.append(f"- {c['role']}: {c['name']} ({reach})")
    lines += ["", "## (b) Purposes", "",
              "| purpose | legal basis | use | data categories | recipients | tables |",
              "|---|---|---|---|---|---|"]
    for p in ropa["purposes"]:
        lines.append(f"| {p['name']} | {p['legal_basis']} | {p['use']} |"
                     f" {', '.join(p['categories']) or '-'} | {', '.join(p['recipients']) or '-'}"
                     f" | {', '.join(p['tables']) or '-'} |")
    lines += ["", "## (c) Data subjects and data categories", "",
              f"- Data subjects: {', '.join(ropa['data_subjects']) or '-'}",
              f"- Data categories: {', '.join(ropa['data_categories']) or '-'}",
              "", "## (d) Recipients", "",
              "| recipient | role | country | agreement | safeguard | purposes | categories |",
              "|---|---|---|---|---|---|---|"]
    for r in ropa["recipients"]:
        agreement = (f"{r['agreement']} ({r['agreement_date']})" if r.get("agreement")
                     else "-")
        lines.append(f"| {r['name']} | {r['role']} | {r['country']} | {agreement} |"
                     f" {r['safeguard'] or '-'} | {', '.join(r['purposes']) or '-'} |"
                     f" {', '.join(r['categories']) or '-'} |")
    lines += ["", "## (e) Transfers outside the home area", ""]
    if not ropa["transfers"]:
        lines.append("- None.")
    for t in ropa["transfers"]:
        lines.append(f"- {t['kind']} {t['name']}: {t['country']}, safeguard"
                     f" {t['safeguard'] or 'none'} ({t['status']})")
    lines += ["", "## (f) Retention", "", "| table | class | period (days) | erasure |",
              "|---|---|---|---|"]
    for r in ropa["retention"]:
        period = r["period_seconds"]
        days = f"{period / 86400:g}" if period is not None else "-"
        lines.append(f"| {r['table']} | {r['retention']} | {days} | {r['erasure']} |")
    lines += ["", "## (g) Security measures", ""]
    lines += [f"- {m}" for m in ropa["security_measures"]]
    lines += ["", "## Stored records", "", "| table | description | categories | purposes |"
              " legal basis |", "|---|---|---|---|---|"]
    for r in ropa["records"]:
        lines.append(f"| {r['table']} | {r['description']} | {', '.join(r['categories'])} |"
                     f" {', '.join(r['purposes'])} | {r['legal_basis']} |")
    return "\n".join(lines) + "\n"
