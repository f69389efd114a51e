"""What `charter check` refuses, or warns about, in the governance part of a configuration.

Refused (each at its own field): a purpose or recipient whose use is a sale or advertising
(USE-7); an upstream that routes traffic to a processor without a recorded agreement
(SHARE-6); a transfer outside `transfers.home` without a safeguard when `without_safeguard` is
`refuse` (XFER-1); a reference to an unknown recipient or purpose; a contact nobody can reach.
"""

from __future__ import annotations

from charter.config.models import CharterConfig, Loc
from charter.governance import taxonomy
from charter.governance.transfers import ADEQUACY, transfers

Problems = list[tuple[Loc, str]]


def config_problems(config: CharterConfig) -> Problems:
    problems: Problems = []
    names = [r.name for r in config.recipients]
    purposes = {p.name for p in config.purposes}
    for index, name in enumerate(names):
        if name in names[:index]:
            problems.append((("recipients", index, "name"), f"duplicate recipient {name!r}"))
    for index, purpose in enumerate(config.purposes):
        if taxonomy.sells_or_advertises(purpose.use):
            problems.append((("purposes", index, "use"), _no_sale(purpose.use)))
    for index, recipient in enumerate(config.recipients):
        if taxonomy.sells_or_advertises(recipient.use):
            problems.append((("recipients", index, "use"), _no_sale(recipient.use)))
        for position, name in enumerate(recipient.purposes):
            if name not in purposes:
                problems.append((("recipients", index, "purposes", position),
                                 f"unknown purpose {name!r}"))
    for index, upstream in enumerate(config.upstreams):
        if upstream.recipient is None:
            continue
        if upstream.recipient not in names:
            known = ", ".join(sorted(names)) or "none defined"
            problems.append((("upstreams", index, "recipient"),
                             f"unknown recipient {upstream.recipient!r} (recipients: {known})"))
            continue
        recipient = config.recipient(upstream.recipient)
        if recipient.role == "processor" and not (recipient.agreement
                                                  and recipient.agreement_date):
            problems.append((("upstreams", index, "recipient"),
                             f"recipient {recipient.name!r} is a processor without a recorded"
                             " agreement: set its `agreement` and `agreement_date` before"
                             " traffic is routed to it"))
    for index, contact in enumerate(config.contacts):
        if not contact.email and not contact.url:
            problems.append((("contacts", index),
                             "a contact needs an `email` or a `url` to be reached at"))
    for transfer in transfers(config):
        # An upstream that takes its country from its recipient is reported there, once.
        inherited = transfer.kind == "upstream" and transfer.loc[-1] == "recipient"
        if transfer.status == "refused" and not inherited:
            problems.append((transfer.loc, _unsafe(transfer.kind, transfer.name,
                                                   transfer.country)))
    return problems


def config_warnings(config: CharterConfig) -> list[str]:
    from charter.config.models import format_loc

    found: list[str] = []
    for transfer in transfers(config):
        where = format_loc(transfer.loc)
        if transfer.status == "flagged":
            found.append(f"{where}: {_unsafe(transfer.kind, transfer.name, transfer.country)}")
        elif transfer.status == "unknown" and config.recipients:
            found.append(f"{where}: upstream {transfer.name!r} has no country (set `country`"
                         " or a `recipient`); its transfers cannot be assessed")
    for index, recipient in enumerate(config.recipients):
        if recipient.safeguard == "adequacy" and recipient.country not in ADEQUACY:
            found.append(f"recipients[{index}].safeguard: {recipient.country} has no adequacy"
                         " decision on record; check the safeguard")
        if recipient.role == "processor" and not (recipient.agreement
                                                  and recipient.agreement_date):
            found.append(f"recipients[{index}]: processor {recipient.name!r} has no recorded"
                         " agreement; no upstream may route traffic to it until it has")
    return found


def _no_sale(use: str) -> str:
    return (f"data use {use!r} is a sale of personal data or advertising, which the published"
            " policy rules out")


def _unsafe(kind: str, name: str, country: str | None) -> str:
    if kind not in ("upstream", "recipient"):
        return (f"{kind} in {country} is outside transfers.home: record the safeguard with the"
                " recipient that operates it")
    return (f"{kind} {name!r} is in {country}, outside transfers.home, without a safeguard:"
            " state its recipient's `safeguard` (adequacy, scc, bcr, derogation)")
