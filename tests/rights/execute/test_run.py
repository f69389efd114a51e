"""`run`, as the rights workflow calls it."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from charter.audit.log import AuditLog, AuditQuery
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.rights.execute import ExecutionResult, run
from charter.rights.models import RightsRequest

from .conftest import NOW, Request, log_requests, subject_key

ADA = ("sub", "people:ada-7f3")


@pytest.mark.clause("RIGHTS-1")
def test_the_workflows_request_is_carried_out(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    log_requests(engine, subject_key(keyring, *ADA), 3)
    request = RightsRequest(
        id="rr_workflow", type="access", state="in_progress", jurisdiction="gdpr",
        subject_identifiers=[ADA], subject_keys=[subject_key(keyring, *ADA)], details={},
        received_at=NOW, due_at=None)
    result = run(engine, keyring, config, request)
    assert isinstance(result, ExecutionResult)
    assert result.outcome == "completed" and result.summary["access_log.rows"] == 3
    assert all(isinstance(value, int | str) for value in result.summary.values())


@pytest.mark.parametrize(("kind", "identifiers", "reason"), [
    ("access", [], "no_subject"),
    ("teleport", [ADA], "unsupported_type"),
])
def test_a_request_that_cannot_be_carried_out_is_denied_and_audited(
        engine: Engine, keyring: Keyring, config: CharterConfig, kind: str,
        identifiers: list[tuple[str, str]], reason: str) -> None:
    request = Request("rr_bad", kind, identifiers, [])
    result = run(engine, keyring, config, request)
    assert (result.outcome, result.reason, result.artifact_id) == ("denied", reason, None)
    (event,) = AuditLog(engine).query(AuditQuery(target="request=rr_bad"))
    assert event.event.outcome == "denied" and event.event.reason == reason
