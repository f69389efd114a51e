"""Rectification (RIGHTS-2): account fields corrected, checked, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from charter.audit.log import AuditLog, AuditQuery
from charter.config.models import CharterConfig
from charter.consent.minors import list_minors
from charter.identity import service
from charter.privacy.keyring import Keyring
from charter.rights.execute import run

from .conftest import request


def _ada(engine: Engine, keyring: Keyring) -> str:
    org = service.create_organization(engine, "Shop", "shop")
    service.create_account(engine, keyring, username="bo", kind="developer", org_id=org.id)
    return service.create_account(engine, keyring, username="ada", kind="developer",
                                  org_id=org.id, email="ada@old.example.com").id


@pytest.mark.clause("RIGHTS-2")
def test_account_fields_are_corrected_and_the_change_audited(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    account_id = _ada(engine, keyring)
    fix = request(keyring, "rectify", [("account", account_id)],
                  {"fields": {"email": " ada@new.example.com ", "username": "Ada.L"}})
    result = run(engine, keyring, config, fix)
    assert result.outcome == "completed", result
    assert result.summary["accounts.rectified"] == 1
    assert result.summary["fields.rectified"] == "email,username"
    account = service.get_account(engine, account_id)
    assert (account.email, account.username) == ("ada@new.example.com", "ada.l")
    (event,) = AuditLog(engine).query(AuditQuery(action="rights.rectify.executed"))
    assert event.event.details["fields.rectified"] == "email,username"
    assert "new.example.com" not in repr(event.event)  # names of fields, never values


@pytest.mark.clause("RIGHTS-2")
@pytest.mark.parametrize(("fields", "reason"), [
    ({"email": "not an address"}, "invalid_value"),
    ({"username": "bo"}, "conflict"),
    ({"is_minor": "yes"}, "invalid_value"),
])
def test_a_bad_value_changes_nothing(engine: Engine, keyring: Keyring, config: CharterConfig,
                                     fields: dict[str, str], reason: str) -> None:
    account_id = _ada(engine, keyring)
    result = run(engine, keyring, config,
                 request(keyring, "rectify", [("account", account_id)], {"fields": fields}))
    assert (result.outcome, result.reason) == ("denied", reason)
    account = service.get_account(engine, account_id)
    assert (account.email, account.username, account.is_minor) == (
        "ada@old.example.com", "ada", False)


def test_what_charter_cannot_correct_is_left_to_people_or_upstreams(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    account_id = _ada(engine, keyring)
    message = run(engine, keyring, config, request(
        keyring, "rectify", [("account", account_id)], {"message": "my address is wrong"}))
    assert (message.outcome, message.reason) == ("partial", "needs_operator")
    elsewhere = run(engine, keyring, config, request(
        keyring, "rectify", [("account", account_id)], {"fields": {"shoe_size": "42"}},
        request_id="rr_2"))
    assert (elsewhere.outcome, elsewhere.reason) == ("denied", "nothing_to_rectify")


@pytest.mark.clause("RIGHTS-2")
@pytest.mark.clause("CHILD-1")
def test_correcting_the_minor_flag_marks_and_unmarks_the_person(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    account_id = _ada(engine, keyring)
    result = run(engine, keyring, config, request(
        keyring, "rectify", [("account", account_id)], {"fields": {"is_minor": True}}))
    assert result.outcome == "completed", result
    account = service.get_account(engine, account_id)
    (mark,) = list_minors(engine, account_id=account_id)
    assert account.is_minor and mark.subject_key == account.subject_key and mark.marked
    assert mark.marked_by == "rights_request"

    result = run(engine, keyring, config, request(
        keyring, "rectify", [("account", account_id)], {"fields": {"is_minor": False}},
        request_id="rr_2"))
    assert result.outcome == "completed", result
    (mark,) = list_minors(engine, account_id=account_id)
    assert not service.get_account(engine, account_id).is_minor and not mark.marked
