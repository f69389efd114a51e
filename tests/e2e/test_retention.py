"""The scheduler inside a real `charter serve` purges the access log by its class (RET-2)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.e2e.conftest import CharterFactory, Upstream, demo_routes, wait_until

pytestmark = pytest.mark.e2e


def _old_rows(db: str, count: int, days: int) -> None:
    ts = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO access_log (ts, request_id, route_id, method, path, status, latency_ms,"
            " bytes_in, bytes_out, client_id, subject_key, client_ip, user_agent)"
            " VALUES (?, ?, 'orders', 'GET', '/api/orders', 200, 1.0, 0, 0, NULL, ?,"
            " '203.0.113.0', 'old')",
            [(ts, f"old-{days}-{i}", "sk_held000000000000000000000" if i < 3 else None)
             for i in range(count)])


@pytest.mark.clause("RET-2")
@pytest.mark.clause("RET-5")
@pytest.mark.clause("USE-6")
def test_the_scheduler_purges_old_access_log_rows_and_audits_it(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url)
                     + "scheduler: {retention_interval: 1s, capture_purge_interval: 1h}\n")
    db = str(server.db_path)
    hold = httpx.post(f"{server.admin}/admin/holds", headers=server.admin_headers, json={
        "reason": "case e2e", "subject_key": "sk_held000000000000000000000"})
    assert hold.status_code == 201, hold.text
    _old_rows(db, 40, days=30)
    for _ in range(3):
        assert httpx.get(f"{server.gateway}/api/orders").status_code == 200

    def purged() -> bool:
        return server.rows("SELECT count(*) FROM access_log WHERE user_agent = 'old'")[0][0] == 3

    wait_until(purged, 30, "the old rows to be purged")
    wait_until(lambda: server.rows("SELECT count(*) FROM access_log WHERE user_agent != 'old'"
                                   )[0][0] == 3, 10, "the new rows to be written")
    query = ("SELECT actor, outcome, details FROM audit_events"
             " WHERE action = 'retention.purge'")

    def counted() -> int:
        return sum(json.loads(details)["access_log"] for _, _, details in server.rows(query))

    # The run's event is committed right after its last batch.
    wait_until(lambda: counted() == 37, 10, "the purge's audit event")
    events = server.rows(query)
    assert {(actor, outcome) for actor, outcome, _ in events} == {("scheduler", "success")}
    assert "charter_scheduler_job_runs" in httpx.get(f"{server.admin}/metrics").text
    # The lease is released between runs.
    assert server.stop() == 0
    assert "scheduled job done" in server.log()
