"""The guard's action table: special categories pass only under a current approval."""

from __future__ import annotations

import datetime

import pytest

from charter.config.models import Approval
from charter.dataplane.stages.privacy_guard import PrivacyGuardOptions, policy_actions


def _approval(expires: datetime.date | None = None) -> Approval:
    return Approval(id="APP-1", use_case="clinical triage notes", approver="DPO",
                    date=datetime.date(2026, 1, 1), kinds=["health", "genetic"], expires=expires)


@pytest.mark.clause("DATA-7")
def test_defaults_block_special_categories_and_flag_the_rest() -> None:
    actions = policy_actions(PrivacyGuardOptions(), None, "2026-11-30")
    for direction in ("request", "response"):
        assert actions[direction]["health"] == "block"
        assert actions[direction]["criminal_record"] == "block"
        assert actions[direction]["payment_card"] == "flag"
        assert actions[direction]["email"] == "flag"


@pytest.mark.clause("DATA-7")
def test_an_approval_opens_only_its_kinds_and_only_while_current() -> None:
    options = PrivacyGuardOptions.model_validate(
        {"request": {"special_category": "allow", "high_risk": "redact"}})
    actions = policy_actions(options, _approval(), "2026-11-30")["request"]
    assert actions["health"] == "allow" and actions["genetic"] == "allow"
    assert actions["religious_belief"] == "block"
    assert actions["payment_card"] == "redact"
    expired = policy_actions(options, _approval(datetime.date(2026, 6, 1)), "2026-11-30")
    assert expired["request"]["health"] == "block"
    without = policy_actions(options, None, "2026-11-30")
    assert without["request"]["health"] == "block"
