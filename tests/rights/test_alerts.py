"""Overdue and near-deadline requests: gauges, the admin listing, signed webhooks (RIGHTS-7)."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping

import pytest
from sqlalchemy import Engine

from charter.rights.alerts import Notifier, deadline_alerts, gauges, sign
from charter.rights.service import RightsService
from charter.rights.settings import NotifySettings, RightsSettings
from tests.rights.conftest import Clock

pytestmark = pytest.mark.clause("RIGHTS-7")


class Hook:
    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.calls: list[tuple[str, bytes, dict[str, str]]] = []

    def __call__(self, url: str, body: bytes, headers: Mapping[str, str],
                 timeout: float) -> int:
        self.calls.append((url, body, dict(headers)))
        return self.statuses.pop(0) if self.statuses else 200


def _file(rights: RightsService, email: str) -> str:
    return rights.create("access", [("email", email)], actor="acc_o", channel="admin",
                         verification="operator", reason="known customer").id


def test_gauges_and_listing_show_overdue_and_due_soon(rights: RightsService, clock: Clock,
                                                     engine: Engine) -> None:
    late = _file(rights, "a@example.com")  # due 28 February
    clock.advance(days=25)  # 25 February
    soon = _file(rights, "b@example.com")  # due 25 March
    rights.create("erase", [("email", "c@example.com")], actor="requester", channel="api",
                  contact="c@example.com")  # unverified
    settings = rights.settings
    assert gauges(engine, settings, clock()) == {
        "rights_requests_open": 3.0, "rights_requests_unverified": 1.0,
        "rights_requests_due_soon": 1.0, "rights_requests_overdue": 0.0}
    clock.advance(days=4)  # 1 March
    assert gauges(engine, settings, clock())["rights_requests_overdue"] == 1.0
    assert [r.id for r in rights.list(overdue=True)] == [late]
    assert [r.id for r in rights.list(overdue=False, state="verified")] == [soon]
    clock.advance(days=20)  # 21 March
    assert [r.id for r in rights.list(due_soon=True)] == [soon]


def test_deadline_alerts_are_signed_retried_and_sent_once_per_level(
        rights: RightsService, clock: Clock, engine: Engine) -> None:
    request_id = _file(rights, "a@example.com")
    hook = Hook([500, 503])
    pauses: list[float] = []
    notifier = Notifier(NotifySettings(url="https://hooks.example/rights", backoff=0.5),
                        env={"CHARTER_RIGHTS_WEBHOOK_SECRET": "s3cret"}, sender=hook,
                        sleep=pauses.append)
    settings = RightsSettings()
    assert deadline_alerts(engine, settings, notifier, clock()) == 0  # a month away
    clock.advance(days=25)
    assert deadline_alerts(engine, settings, notifier, clock()) == 1
    assert len(hook.calls) == 3 and pauses == [0.5, 1.0]
    _, body, headers = hook.calls[-1]
    document = json.loads(body)
    assert document == {"event": "rights.due_soon", "request_id": request_id, "type": "access",
                        "state": "verified", "jurisdiction": "gdpr",
                        "due_at": "2026-02-28T23:59:59+00:00"}
    assert "example.com" not in body.decode()
    stamp, _, digest = headers["X-Charter-Signature"].partition(",v1=")
    at = int(stamp.removeprefix("t="))
    expected = hmac.new(b"s3cret", f"{at}.".encode() + body, hashlib.sha256).hexdigest()
    assert digest == expected and headers["X-Charter-Signature"] == sign(b"s3cret", body, at)
    assert deadline_alerts(engine, settings, notifier, clock()) == 0  # already told
    clock.advance(days=4)
    assert deadline_alerts(engine, settings, notifier, clock()) == 1
    assert json.loads(hook.calls[-1][1])["event"] == "rights.overdue"


def test_no_secret_no_alert(rights: RightsService, clock: Clock, engine: Engine) -> None:
    _file(rights, "a@example.com")
    clock.advance(days=40)
    hook = Hook([])
    notifier = Notifier(NotifySettings(url="https://hooks.example/rights"), env={},
                        sender=hook)
    assert deadline_alerts(engine, RightsSettings(), notifier, clock()) == 0
    assert hook.calls == []
