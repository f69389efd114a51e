"""Restriction (RIGHTS-4) and objection (RIGHTS-5): flags in the store, a view of them in each
gateway worker, and the `rights` stage that acts on it."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine

from charter.audit.log import AuditLog, AuditQuery
from charter.config.models import CharterConfig, Route
from charter.dataplane.context import RequestContext
from charter.dataplane.pipeline import Pipeline
from charter.dataplane.reply import Reply
from charter.dataplane.services import Services
from charter.dataplane.stages.rights import RightsOptions, RightsStage
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.rights.execute import lift_restriction, run
from charter.rights.execute.flags import (
    FlagView,
    active_flags,
    flag_view,
    lift_flags,
    set_flag,
)

from .conftest import request, subject_key

ADA = ("sub", "people:ada-7f3")
BO = ("sub", "people:bo-2c9")


class _Rows:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def put(self, row: dict[str, Any]) -> bool:
        self.rows.append(row)
        return True


def _services(engine: Engine | None, keyring: Keyring) -> Services:
    return Services(config=CharterConfig(), keyring=keyring,
                    pseudonymizer=Pseudonymizer(keyring), access_log=_Rows(), engine=engine)


def _ctx(subject: str | None = None, client: str | None = None) -> RequestContext:
    ctx = RequestContext("GET", "/orders", "/orders", "", [], request_id="r1",
                         client_ip="203.0.113.7", peer_ip="203.0.113.7", scheme="http",
                         host="api.example", http_version="1.1", started=time.perf_counter())
    ctx.subject_key, ctx.client_id = subject, client
    return ctx


def _kinds(pipeline: Pipeline) -> list[type[object]]:
    return [type(stage) for stage in pipeline.stages]


def _pipeline(engine: Engine | None, keyring: Keyring, purpose: str | None = None,
              **rights: Any) -> Pipeline:
    route = Route(id="orders", upstream="shop", purpose=purpose,
                  stages={"authenticate": {"methods": ["none"], "reason": "test"},
                          **({"rights": rights} if rights else {})})
    return Pipeline.build(route, _services(engine, keyring))


@pytest.mark.clause("RIGHTS-4")
def test_the_view_notices_the_first_and_the_last_flag(engine: Engine) -> None:
    view = FlagView(engine)
    assert view.refresh() is False and view.snapshot.empty
    set_flag(engine, ["sk_ada"], "restricted", None, "rr_1")
    assert view.refresh() is True
    assert view.snapshot.restricted == {"sk_ada": None}
    assert view.refresh() is False  # nothing changed
    set_flag(engine, ["sk_bo"], "objected", ["operations"], "rr_2")
    assert view.refresh() is False and view.snapshot.objected == {"sk_bo": {"operations"}}
    lift_restriction(engine, ["sk_ada", "sk_bo"], lifted_by="rr_3", actor="acc_officer",
                     notify=lambda: "msg_1")
    assert view.refresh() is False and view.snapshot.restricted == {}
    lift_flags(engine, ["sk_bo"], "objected", "rr_4")
    assert view.refresh() is True and view.snapshot.empty


@pytest.mark.clause("RIGHTS-4")
def test_a_restricted_person_is_refused_except_where_the_route_allows_it(
        engine: Engine, keyring: Keyring) -> None:
    ada = subject_key(keyring, *ADA)
    assert RightsStage not in _kinds(_pipeline(engine, keyring))  # no view: left out
    view = flag_view(engine)
    view.refresh()
    assert RightsStage not in _kinds(_pipeline(engine, keyring))  # no flags: left out
    result = run(engine, keyring, CharterConfig(), request(keyring, "restrict", [ADA]))
    assert result.outcome == "completed" and result.summary["scope"] == "all"
    assert view.refresh() is True
    pipeline = _pipeline(engine, keyring)
    assert RightsStage in _kinds(pipeline)

    ctx = _ctx(ada)
    refused = pipeline.run_request(ctx)
    assert isinstance(refused, Reply) and refused.status == 403
    assert b'"code":"subject_restricted"' in refused.body and ada.encode() not in refused.body
    assert ctx.error == "subject_restricted"
    assert pipeline.run_request(_ctx(subject_key(keyring, *BO))) is None
    assert pipeline.run_request(_ctx(None)) is None
    legal = _pipeline(engine, keyring, allow_restricted=True, reason="legal claims intake")
    assert legal.run_request(_ctx(ada)) is None


@pytest.mark.clause("RIGHTS-4")
def test_a_restriction_can_be_scoped_to_purposes_and_to_a_client(
        engine: Engine, keyring: Keyring) -> None:
    ada = subject_key(keyring, *ADA)
    run(engine, keyring, CharterConfig(),
        request(keyring, "restrict", [ADA], {"scope": ["operations"]}))
    run(engine, keyring, CharterConfig(),
        request(keyring, "restrict", [("client", "cli_bo")], request_id="rr_2"))
    flag_view(engine).refresh()
    telemetry = _pipeline(engine, keyring, purpose="operations")
    delivery = _pipeline(engine, keyring, purpose="service_delivery")
    assert isinstance(telemetry.run_request(_ctx(ada)), Reply)
    assert delivery.run_request(_ctx(ada)) is None
    assert isinstance(delivery.run_request(_ctx(None, client="cli_bo")), Reply)
    assert delivery.run_request(_ctx(None, client="cli_other")) is None


@pytest.mark.clause("RIGHTS-4")
def test_allowing_restricted_people_needs_a_reason() -> None:
    with pytest.raises(ValidationError, match="needs a reason"):
        RightsOptions(allow_restricted=True)
    assert RightsOptions(allow_restricted=True, reason="storage only").allow_restricted


@pytest.mark.clause("RIGHTS-5")
def test_an_objection_stops_telemetry_but_not_security_records(
        engine: Engine, keyring: Keyring) -> None:
    bo = subject_key(keyring, *BO)
    result = run(engine, keyring, CharterConfig(), request(keyring, "object", [BO]))
    assert result.outcome == "completed"
    assert result.summary["purposes.stopped"] == "operations"
    flag_view(engine).refresh()
    route = Route(id="orders", upstream="shop", stages={
        "authenticate": {"methods": ["none"], "reason": "test"}})
    services = _services(engine, keyring)
    pipeline = Pipeline.build(route, services)
    rows = services.access_log
    assert isinstance(rows, _Rows)

    ordinary = _ctx(bo)
    assert pipeline.run_request(ordinary) is None
    assert ordinary.state["rights"] == {"objected": {"operations"}}
    ordinary.status = 200
    pipeline.run_complete(ordinary)
    assert rows.rows == []  # telemetry: not recorded

    refused = _ctx(bo)
    pipeline.run_request(refused)
    refused.status, refused.error = 401, "unauthenticated"
    pipeline.run_complete(refused)
    assert len(rows.rows) == 1  # a security record: kept on compelling grounds

    other = _ctx(subject_key(keyring, *ADA))
    pipeline.run_request(other)
    other.status = 200
    pipeline.run_complete(other)
    assert len(rows.rows) == 2


@pytest.mark.clause("RIGHTS-5")
def test_an_objection_covers_only_legitimate_interests_and_records_overrides(
        engine: Engine, keyring: Keyring) -> None:
    config = CharterConfig()
    both = run(engine, keyring, config, request(
        keyring, "object", [BO], {"purposes": ["operations", "security", "service_delivery"]}))
    assert both.outcome == "completed"
    assert both.summary["purposes.stopped"] == "operations"
    assert both.summary["overridden.security"] == "compelling_legitimate_grounds"
    assert both.summary["purposes.not_applicable"] == "service_delivery"
    only_security = run(engine, keyring, config, request(
        keyring, "object", [BO], {"purposes": ["security"]}, request_id="rr_2"))
    assert only_security.outcome == "denied"
    assert only_security.reason == "no_objectable_purpose"
    (flag,) = active_flags(engine, [subject_key(keyring, *BO)])
    assert flag["purposes"] == ["operations"]


@pytest.mark.clause("RIGHTS-4")
def test_lifting_tells_the_subject_first_and_is_audited(
        engine: Engine, keyring: Keyring) -> None:
    ada = subject_key(keyring, *ADA)
    run(engine, keyring, CharterConfig(), request(keyring, "restrict", [ADA]))
    told: list[int] = []

    def notify() -> str:
        told.append(len(active_flags(engine, [ada])))  # still restricted while told
        return "msg_0123"

    def fail() -> str:
        raise RuntimeError("the outbox is down")

    with pytest.raises(RuntimeError):
        lift_restriction(engine, [ada], lifted_by="rr_lift", actor="acc_officer", notify=fail)
    assert len(active_flags(engine, [ada])) == 1
    assert lift_restriction(engine, [ada], lifted_by="rr_lift", actor="acc_officer",
                            notify=notify) == 1
    assert told == [1] and active_flags(engine, [ada]) == []
    audit = AuditLog(engine)
    (notice,) = audit.query(AuditQuery(action="rights.restriction.lift_notice"))
    (lifted,) = audit.query(AuditQuery(action="rights.restriction.lifted"))
    assert notice.seq < lifted.seq
    assert notice.event.details == {"notice": "sent", "message_id": "msg_0123"}
    assert notice.event.actor == lifted.event.actor == "acc_officer"
    assert lifted.event.details == {"lifted": 1}


def test_restricting_again_keeps_one_active_flag(engine: Engine, keyring: Keyring) -> None:
    for attempt in range(2):
        run(engine, keyring, CharterConfig(),
            request(keyring, "restrict", [ADA], request_id=f"rr_{attempt}"))
    assert len(active_flags(engine, [subject_key(keyring, *ADA)])) == 1
