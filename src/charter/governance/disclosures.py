"""The disclosure log: counted traffic to recipients, and disclosures entered by hand.

Counts come from the gateway (`disclosure` stage), summed here per day, recipient and data
category. Entered disclosures (clause SHARE-3: to auditors, regulators, courts, law
enforcement; SHARE-5: to protect rights, security, integrity) carry a legal reference and a
reason. Both export to JSON or CSV for a period.
"""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select

from charter.governance import taxonomy
from charter.governance.models import (
    REASON_MAX,
    RECIPIENT_MAX,
    REFERENCE_MAX,
    disclosure_counts,
    disclosure_records,
)


class DisclosureError(ValueError):
    """A disclosure that cannot be recorded; the message names the field."""


@dataclass(frozen=True)
class DayCount:
    day: str  # YYYY-MM-DD (UTC)
    recipient: str
    category: str
    count: int


@dataclass(frozen=True)
class Disclosure:
    id: str
    at: datetime
    recipient: str
    legal_reference: str
    reason: str | None
    categories: list[str]
    subject_key: str | None
    entered_by: str

    def as_dict(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["at"] = self.at.isoformat()
        return doc


def record_disclosure(engine: Engine, *, recipient: str, legal_reference: str,
                      categories: list[str], entered_by: str, now: datetime,
                      reason: str | None = None, subject_key: str | None = None) -> Disclosure:
    """Record one disclosure entered by an operator. Raises DisclosureError."""
    recipient, legal_reference = recipient.strip(), legal_reference.strip()
    if not recipient or len(recipient) > RECIPIENT_MAX:
        raise DisclosureError(f"recipient: 1 to {RECIPIENT_MAX} characters")
    if not legal_reference or len(legal_reference) > REFERENCE_MAX:
        raise DisclosureError(f"legal_reference: 1 to {REFERENCE_MAX} characters")
    if reason is not None and len(reason) > REASON_MAX:
        raise DisclosureError(f"reason: at most {REASON_MAX} characters")
    if not categories:
        raise DisclosureError("categories: name at least one data category")
    for category in categories:
        try:
            taxonomy.check("data_categories", category)
        except ValueError as exc:
            raise DisclosureError(f"categories: {exc}") from None
    found = Disclosure(id="dsc_" + secrets.token_hex(12), at=now, recipient=recipient,
                       legal_reference=legal_reference, reason=reason,
                       categories=sorted(set(categories)), subject_key=subject_key,
                       entered_by=entered_by)
    with engine.begin() as conn:
        conn.execute(insert(disclosure_records).values(
            id=found.id, at=found.at, recipient=found.recipient,
            legal_reference=found.legal_reference, reason=found.reason,
            categories=found.categories, subject_key=found.subject_key,
            entered_by=found.entered_by))
    return found


def _bounds(start: datetime | None, end: datetime | None) -> tuple[datetime, datetime]:
    end = end or datetime.now(UTC) + timedelta(days=1)
    start = start or end - timedelta(days=366)
    return start, end


def day_counts(engine: Engine, start: datetime | None = None,
               end: datetime | None = None) -> list[DayCount]:
    """Counted disclosures per day, recipient and category, for days in [start, end)."""
    start, end = _bounds(start, end)
    t = disclosure_counts
    total = func.sum(t.c["count"])
    query = (select(t.c.day, t.c.recipient, t.c.category, total)
             .where(t.c.day >= start.replace(hour=0, minute=0, second=0, microsecond=0),
                    t.c.day < end)
             .group_by(t.c.day, t.c.recipient, t.c.category)
             .order_by(t.c.day, t.c.recipient, t.c.category))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [DayCount(_aware(row[0]).date().isoformat(), str(row[1]), str(row[2]), int(row[3]))
            for row in rows]


def entered(engine: Engine, start: datetime | None = None,
            end: datetime | None = None) -> list[Disclosure]:
    """Disclosures entered by hand in [start, end), oldest first."""
    start, end = _bounds(start, end)
    t = disclosure_records
    query = select(t).where(t.c.at >= start, t.c.at < end).order_by(t.c.at, t.c.id)
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return [Disclosure(id=r["id"], at=_aware(r["at"]), recipient=r["recipient"],
                       legal_reference=r["legal_reference"], reason=r["reason"],
                       categories=list(r["categories"]), subject_key=r["subject_key"],
                       entered_by=r["entered_by"]) for r in rows]


def export(engine: Engine, start: datetime | None, end: datetime | None,
           fmt: str) -> str:
    """Both logs for a period, as one JSON document or as CSV (one line per row)."""
    counts = day_counts(engine, start, end)
    records = entered(engine, start, end)
    if fmt == "json":
        import json

        return json.dumps({"counts": [asdict(c) for c in counts],
                           "disclosures": [r.as_dict() for r in records]}, indent=2) + "\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "day_or_time", "recipient", "category", "count", "legal_reference",
                     "reason", "subject_key", "entered_by", "id"])
    for c in counts:
        writer.writerow(["counted", c.day, c.recipient, c.category, c.count, "", "", "", "", ""])
    for r in records:
        for category in r.categories:
            writer.writerow(["entered", r.at.isoformat(), r.recipient, category, 1,
                             r.legal_reference, r.reason or "", r.subject_key or "",
                             r.entered_by, r.id])
    return out.getvalue()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
