"""The disclosure log on a real store: counts summed per day, recipient and category;
disclosures to authorities entered with their legal reference, exported on demand."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, insert

from charter.governance.disclosures import (
    DisclosureError,
    day_counts,
    entered,
    export,
    record_disclosure,
)
from charter.governance.models import disclosure_counts, to_day

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _count(engine: Engine, when: datetime, recipient: str, category: str) -> None:
    row = to_day({"ts": when.timestamp(), "recipient": recipient, "route_id": "orders",
                  "category": category, "count": 1})
    with engine.begin() as conn:
        conn.execute(insert(disclosure_counts).values(**row))


@pytest.mark.clause("SHARE-4")
def test_counts_are_summed_per_day_recipient_and_category(engine: Engine) -> None:
    for _ in range(3):
        _count(engine, NOW, "CloudHost", "user.contact.email")
    _count(engine, NOW - timedelta(hours=11), "CloudHost", "user.contact.email")
    _count(engine, NOW, "CloudHost", "user.name")
    _count(engine, NOW - timedelta(days=1), "CloudHost", "user.contact.email")
    _count(engine, NOW - timedelta(days=40), "Payments", "user.financial")
    found = [(c.day, c.recipient, c.category, c.count)
             for c in day_counts(engine, NOW - timedelta(days=7), NOW + timedelta(days=1))]
    assert found == [("2026-11-29", "CloudHost", "user.contact.email", 1),
                     ("2026-11-30", "CloudHost", "user.contact.email", 4),
                     ("2026-11-30", "CloudHost", "user.name", 1)]


@pytest.mark.clause("SHARE-3")
@pytest.mark.clause("SHARE-5")
def test_a_disclosure_to_an_authority_is_recorded_and_exported(engine: Engine) -> None:
    made = record_disclosure(
        engine, recipient="Berlin Police", legal_reference="StPO §161, case 42 Js 7/26",
        categories=["user.contact.email", "user.device.ip_address"], entered_by="op_1",
        now=NOW, reason="investigation of account fraud", subject_key="sk_abc")
    _count(engine, NOW, "CloudHost", "user.contact.email")
    [stored] = entered(engine, NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert stored == made
    doc = json.loads(export(engine, NOW - timedelta(days=1), NOW + timedelta(days=1), "json"))
    assert doc["disclosures"][0]["legal_reference"] == "StPO §161, case 42 Js 7/26"
    assert doc["disclosures"][0]["reason"] == "investigation of account fraud"
    assert doc["counts"] == [{"day": "2026-11-30", "recipient": "CloudHost",
                              "category": "user.contact.email", "count": 1}]
    rows = list(csv.DictReader(io.StringIO(
        export(engine, NOW - timedelta(days=1), NOW + timedelta(days=1), "csv"))))
    assert [(r["kind"], r["category"]) for r in rows] == [
        ("counted", "user.contact.email"), ("entered", "user.contact.email"),
        ("entered", "user.device.ip_address")]
    # Outside the period: nothing.
    assert entered(engine, NOW + timedelta(days=1), NOW + timedelta(days=2)) == []


@pytest.mark.clause("SHARE-3")
@pytest.mark.parametrize(("field", "value", "message"), [
    ("legal_reference", " ", "legal_reference"),
    ("categories", [], "categories"),
    ("categories", ["user.nothing"], "unknown data category"),
    ("recipient", "", "recipient"),
])
def test_an_incomplete_disclosure_is_refused(engine: Engine, field: str, value: object,
                                             message: str) -> None:
    given: dict[str, object] = {"recipient": "Court", "legal_reference": "order 1",
                                "categories": ["user.name"]}
    given[field] = value
    with pytest.raises(DisclosureError, match=message):
        record_disclosure(engine, entered_by="op_1", now=NOW, **given)  # type: ignore[arg-type]
    assert entered(engine) == []
