"""Withdrawing consent through a rights request (BASIS-1): the person's consent records are
closed by the consent module's own functions, published to the gateway processes through
Redis, seen by a process reading the store, and audited like any other withdrawal."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
import redis
from sqlalchemy import Engine

from charter.audit.log import AuditLog, AuditQuery
from charter.config.models import CharterConfig
from charter.consent import records
from charter.consent.notify import CHANNEL
from charter.consent.view import ConsentView
from charter.privacy.keyring import Keyring
from charter.rights.execute import run
from charter.rights.execute.flags import active_flags

from .conftest import request, subject_key

pytestmark = pytest.mark.clause("BASIS-1")

ADA = ("sub", "people:ada-7f3")
BO = ("sub", "people:bo-2c9")
PURPOSES = [{"name": "service_delivery", "legal_basis": "contract"},
            {"name": "newsletter", "legal_basis": "consent"},
            {"name": "profiling", "legal_basis": "consent"}]


def _config(**extra: Any) -> CharterConfig:
    return CharterConfig.model_validate({"purposes": PURPOSES, **extra})


def _give(engine: Engine, key: str, *purposes: str) -> list[str]:
    return [records.give(engine, key, purpose, source="api")[0].id for purpose in purposes]


def _current(engine: Engine, key: str) -> set[str]:
    return {c.purpose for c in records.list_consents(engine, subject_key=key,
                                                      include_withdrawn=False)}


def test_the_persons_consents_are_closed_and_published(engine: Engine, keyring: Keyring,
                                                       redis_url: str) -> None:
    bo, ada = subject_key(keyring, *BO), subject_key(keyring, *ADA)
    bo_ids = _give(engine, bo, "newsletter", "profiling")
    _give(engine, ada, "newsletter")
    view = ConsentView(engine)
    view.refresh()
    assert view.consented(bo, "newsletter") and view.consented(bo, "profiling")

    listener = redis.Redis.from_url(redis_url)
    pubsub = listener.pubsub(ignore_subscribe_messages=True)
    pubsub.subscribe(CHANNEL)
    try:
        result = run(engine, keyring, _config(redis={"url": redis_url}),
                     request(keyring, "withdraw_consent", [BO, ("email", "bo@example.com")]))
        published: dict[str, bool] = {}
        deadline = time.monotonic() + 5
        while set(bo_ids) - set(published) and time.monotonic() < deadline:
            message = pubsub.get_message(timeout=0.5)
            if message is not None:
                change = json.loads(message["data"])
                if change.get("id") in bo_ids:  # others' tests share the server
                    published[change["id"]] = change["current"]
    finally:
        pubsub.close()
        listener.close()

    assert result.outcome == "completed", result
    assert result.summary["consents.withdrawn"] == 2
    assert result.summary["purposes.withdrawn"] == "newsletter,profiling"
    assert published == dict.fromkeys(bo_ids, False)
    assert _current(engine, bo) == set() and _current(engine, ada) == {"newsletter"}
    closed = records.list_consents(engine, subject_key=bo)
    assert {c.withdrawal_source for c in closed} == {"rights_request"}
    assert active_flags(engine, [bo]) == []  # closed consents, not a flag beside them

    view.refresh()  # a process that missed the messages reads the store
    assert not view.consented(bo, "newsletter") and not view.consented(bo, "profiling")
    assert view.consented(ada, "newsletter")

    audited = AuditLog(engine).query(AuditQuery(action="consent.withdrawn"))
    assert sorted(e.event.target or "" for e in audited) == sorted(
        f"consent_id={consent_id}" for consent_id in bo_ids)
    assert {(e.event.actor, e.event.subject_key, e.event.details["source"],
             e.event.details["request"]) for e in audited} == {
        ("system", bo, "rights_request", "rr_test1")}


def test_named_purposes_only_and_nothing_left_is_refused(engine: Engine,
                                                         keyring: Keyring) -> None:
    ada = subject_key(keyring, *ADA)
    _give(engine, ada, "newsletter", "profiling")
    only = run(engine, keyring, _config(), request(
        keyring, "withdraw_consent", [ADA], {"purposes": ["profiling", "service_delivery"]}))
    assert only.outcome == "completed"
    assert only.summary["purposes.withdrawn"] == "profiling"
    assert only.summary["purposes.without_consent"] == "service_delivery"
    assert _current(engine, ada) == {"newsletter"}

    again = run(engine, keyring, _config(), request(
        keyring, "withdraw_consent", [ADA], {"purposes": ["profiling"]}, request_id="rr_2"))
    assert (again.outcome, again.reason) == ("denied", "no_current_consent")
    assert again.summary["consents.withdrawn"] == 0
    assert _current(engine, ada) == {"newsletter"}
