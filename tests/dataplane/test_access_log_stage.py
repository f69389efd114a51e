"""What the access_log stage writes: minimised fields, options for IPs and query values."""

from __future__ import annotations

import time
from typing import Any

import pytest

from charter.config.models import CharterConfig, Route
from charter.dataplane.context import RequestContext
from charter.dataplane.services import Services
from charter.dataplane.stages.access_log import AccessLogOptions, AccessLogStage
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer


class _Rows:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def put(self, row: dict[str, Any]) -> bool:
        self.rows.append(row)
        return True


def _logged(options: dict[str, Any], query: str = "email=ada%40example.com&page=2",
            found: dict[str, int] | None = None) -> tuple[dict[str, Any], Pseudonymizer]:
    keyring = Keyring.generate()
    rows = _Rows()
    pseudonymizer = Pseudonymizer(keyring)
    services = Services(config=CharterConfig(), keyring=keyring, pseudonymizer=pseudonymizer,
                        access_log=rows)
    stage = AccessLogStage(AccessLogOptions(**options), Route(id="orders", upstream="demo"),
                           services)
    ctx = RequestContext("GET", f"/orders?{query}", "/orders", query,
                         [(b"user-agent", b"curl/8"), (b"authorization", b"Bearer abc.def")],
                         request_id="r1", client_ip="203.0.113.77", peer_ip="203.0.113.77",
                         scheme="http", host="api.example", http_version="1.1",
                         started=time.perf_counter())
    ctx.status = 200
    if found:
        ctx.state["privacy_guard"] = found
    stage.on_complete(ctx)
    (row,) = rows.rows
    return row, pseudonymizer


@pytest.mark.clause("DATA-4")
def test_by_default_the_address_is_truncated_and_every_query_value_redacted() -> None:
    row, _ = _logged({})
    assert row["client_ip"] == "203.0.113.0"
    assert row["path"] == "/orders?email=[redacted]&page=[redacted]"
    assert "abc.def" not in repr(row)
    assert row["findings"] is None


@pytest.mark.clause("DATA-4")
def test_addresses_can_be_pseudonymised_and_harmless_parameters_kept() -> None:
    row, pseudonymizer = _logged({"client_ip": "pseudonym", "query_allow": ["page"]})
    assert row["client_ip"] == pseudonymizer.subject_key("ip", "203.0.113.77")
    assert row["client_ip"].startswith("sk_") and "203.0.113" not in row["client_ip"]
    assert row["path"] == "/orders?email=[redacted]&page=2"


@pytest.mark.clause("DATA-5")
def test_findings_are_written_as_counts_by_kind() -> None:
    row, _ = _logged({}, found={"health": 1, "email": 2})
    assert row["findings"] == "email:2,health:1"
