"""The privacy inventory covers everything the store holds (RET-1, SCOPE-6, DATA-4)."""

from __future__ import annotations

import pytest

from charter.accesslog.models import access_log
from charter.config.models import CharterConfig
from charter.privacy import inventory
from charter.store.models import metadata


@pytest.mark.clause("RET-1")
def test_every_table_is_registered() -> None:
    inventory.load_models()
    assert metadata.tables, "no tables found; is charter.store.models importing the slices?"
    assert inventory.unregistered(list(metadata.tables)) == []


@pytest.mark.clause("RET-1")
def test_every_retention_class_exists_in_the_default_config() -> None:
    classes = CharterConfig().retention_classes
    for record in inventory.records():
        assert record.retention in classes, record.table


def test_every_purpose_exists_in_the_default_config() -> None:
    purposes = {purpose.name for purpose in CharterConfig().purposes}
    for record in inventory.records():
        assert set(record.purposes) <= purposes, record.table


@pytest.mark.clause("SCOPE-6")
def test_the_access_log_declares_category_purpose_and_retention() -> None:
    record = inventory.get("access_log")
    assert "system.operations" in record.categories
    assert "user.device.ip_address" in record.categories
    assert record.purposes
    assert record.retention == "operational"
    assert record.subject_column == "subject_key"
    assert record.time_column == "ts"


@pytest.mark.clause("DATA-4")
def test_the_access_log_has_no_column_for_full_ips_headers_or_bodies() -> None:
    columns = set(access_log.columns.keys())
    # An allow-list: a new column has to be added here, deliberately.
    assert columns == {
        "id", "ts", "request_id", "route_id", "method", "path", "status", "latency_ms",
        "bytes_in", "bytes_out", "client_id", "subject_key", "client_ip", "user_agent", "error",
        "findings",  # counts by kind, never values
    }
    for forbidden in ("header", "body", "cookie", "authorization", "token", "query", "full_ip"):
        assert not [name for name in columns if forbidden in name], forbidden
    ip_columns = [name for name in columns if "ip" in name.split("_")]
    assert ip_columns == ["client_ip"]  # holds the truncated address only
    assert access_log.c.user_agent.type.length == 256  # type: ignore[attr-defined]
