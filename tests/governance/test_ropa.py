"""The record of processing (GDPR Art. 30) holds every purpose, recipient and stored table."""

from __future__ import annotations

import csv
import io
import json

import pytest

from charter.config.loader import parse_config
from charter.governance.ropa import build_ropa, render
from charter.privacy.inventory import records
from tests.governance.conftest import BASE

CONFIG = BASE + "locations: {infrastructure: [DE, US], support: [DE]}\n"


@pytest.mark.clause("SHARE-1")
@pytest.mark.clause("XFER-1")
def test_the_record_names_every_purpose_recipient_and_table() -> None:
    config = parse_config(CONFIG, "charter.yaml")
    ropa = build_ropa(config, records())
    tables = {r.table for r in records()}
    assert ropa["controller"]["name"] == "Example Shop GmbH"
    assert [p["name"] for p in ropa["purposes"]] == [p.name for p in config.purposes]
    assert ropa["purposes"][0]["recipients"] == ["CloudHost"]
    assert [r["name"] for r in ropa["recipients"]] == ["CloudHost"]
    assert {r["table"] for r in ropa["records"]} == tables
    assert {r["table"] for r in ropa["retention"]} == tables
    assert {"disclosure_counts", "disclosure_records"} <= tables
    assert "user.contact.email" in ropa["data_categories"]
    assert ropa["data_subjects"]
    assert ropa["security_measures"]
    # The one location outside home is listed as a transfer.
    assert [(t["kind"], t["country"]) for t in ropa["transfers"]] == [("infrastructure", "US")]


def test_every_format_carries_the_same_record() -> None:
    config = parse_config(CONFIG, "charter.yaml")
    ropa = build_ropa(config, records())
    assert json.loads(render(ropa, "json")) == ropa
    markdown = render(ropa, "md")
    rows = list(csv.DictReader(io.StringIO(render(ropa, "csv"))))
    for table in (r.table for r in records()):
        assert f"| {table} |" in markdown
        assert any(row["section"] == "record" and row["name"] == table for row in rows)
    for purpose in config.purposes:
        assert f"| {purpose.name} |" in markdown
        assert any(row["section"] == "purpose" and row["name"] == purpose.name for row in rows)
    assert any(row["section"] == "recipient" and row["name"] == "CloudHost" for row in rows)
    assert "## (g) Security measures" in markdown
    with pytest.raises(ValueError, match="unknown format"):
        render(ropa, "xml")
