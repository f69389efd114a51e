"""The capture stage: bodies as the guard left them, encrypted, off the hot path (DATA-2)."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import pytest
from sqlalchemy import Engine

from charter.capture.crypto import body_aad, open_sealed
from charter.capture.keys import utc_day
from charter.capture.policy import DEFAULT_READERS, capture_config_problems
from charter.config.models import (
    Approval,
    ApprovalControls,
    CharterConfig,
    Route,
    Upstream,
)
from charter.dataplane.body import REQUEST, RESPONSE, Body
from charter.dataplane.context import RequestContext
from charter.dataplane.pipeline import Pipeline
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions
from charter.dataplane.stages.capture import CaptureOptions, CaptureStage
from charter.privacy.keyring import Keyring
from tests.capture.conftest import ListSink, context, ready_keeper, services

pytestmark = pytest.mark.clause("DATA-2")

JSON = [(b"content-type", b"application/json")]
EMAIL = "jane.doe@example.com"


class FakeGuard(Stage):
    """Stands in for privacy_guard: redacts e-mail addresses in place, blocks on "block"."""

    name: ClassVar[str] = "privacy_guard"

    def on_request_body(self, ctx: RequestContext, body: Body) -> Reply | None:
        self._redact(body)
        return None

    def on_response_body(self, ctx: RequestContext, status: int, body: Body) -> Reply | None:
        if b"block" in body.data:
            return problem(422, "sensitive_data_blocked", "Blocked")
        self._redact(body)
        return None

    @staticmethod
    def _redact(body: Body) -> None:
        if EMAIL.encode() in body.data:
            body.replace(body.data.replace(EMAIL.encode(), b"[redacted:email]"))


def _config(*approvals: Approval, route_stages: dict[str, dict[str, object]] | None = None,
            ) -> CharterConfig:
    return CharterConfig(
        upstreams=[Upstream(name="api", targets=["http://127.0.0.1:9"])],
        routes=[Route(id="orders", upstream="api", stages=route_stages or {"capture": {}})],
        retention_classes={"operational": 7 * 86400.0, "security": 3 * 365 * 86400.0,
                           "short": 86400.0},
        approvals=list(approvals))


def _approval(capture: str) -> Approval:
    return Approval(id="health-1", use_case="appointments for patients", approver="Ada, DPO",
                    date=dt.date(2026, 1, 5), kinds=["health"],
                    controls=ApprovalControls.model_validate(
                        {"capture": capture, "retention": "short",
                         "roles": ["privacy_officer"]}))


def _pipeline(config: CharterConfig, keyring: Keyring, engine: Engine | None,
              sink: ListSink, **options: object) -> tuple[Pipeline, CaptureStage]:
    route = config.routes[0]
    svc = services(config, keyring, engine, sink)
    capture = CaptureStage(CaptureOptions.model_validate(options), route, svc)
    return Pipeline([FakeGuard(StageOptions(), route, svc), capture]), capture


def _exchange(pipeline: Pipeline, ctx: RequestContext, request: bytes,
              response: bytes, status: int = 200) -> None:
    """What the exchange does with the two bodies, in order."""
    outcome = pipeline.run_request_body(ctx, Body(request, "application/json", "", REQUEST))
    assert outcome is None
    headers = [*JSON, (b"content-length", b"%d" % len(response))]
    assert pipeline.response_body_wanted(ctx, status, headers)
    body = Body(response, "application/json", "", RESPONSE)
    reply = pipeline.run_response_body(ctx, status, body)
    if reply is None:
        ctx.status, ctx.bytes_out = status, len(body.data)
    else:
        ctx.status, ctx.bytes_out = reply.status, len(reply.body)
    pipeline.run_complete(ctx)


def _opened(key: bytes, row: dict[str, object]) -> bytes:
    aad = body_aad(str(row["id"]), str(row["request_id"]), str(row["direction"]))
    return open_sealed(key, row["nonce"], row["ciphertext"], aad)  # type: ignore[arg-type]


def test_both_bodies_are_captured_encrypted_as_the_guard_left_them(
        sqlite_engine: Engine, keyring: Keyring) -> None:
    sink = ListSink()
    keeper = ready_keeper(sqlite_engine, keyring)
    pipeline, _ = _pipeline(_config(), keyring, sqlite_engine, sink)
    ctx = context()
    _exchange(pipeline, ctx, f'{{"to":"{EMAIL}","n":1}}'.encode(),
              f'{{"owner":"{EMAIL}","id":7}}'.encode())
    assert [row["direction"] for row in sink.rows] == ["request", "response"]
    key = keeper.key_for(utc_day(dt.datetime.now(dt.UTC)))
    assert key is not None
    request, response = sink.rows
    assert _opened(key, request) == b'{"to":"[redacted:email]","n":1}'
    # The guard ran after the capture stage on the way back, on the same body.
    assert _opened(key, response) == b'{"owner":"[redacted:email]","id":7}'
    for row in sink.rows:
        assert EMAIL.encode() not in row["ciphertext"]
        assert row["id"].startswith("cap_")
        assert (row["request_id"], row["route_id"], row["client_id"], row["subject_key"]) == (
            "req-1", "orders", "cli_1", "sk_1")
        assert row["retention"] == "operational" and row["readers"] is None
    assert response["status"] == 200 and request["status"] is None


def test_a_response_the_gateway_answered_in_place_of_is_not_captured(
        sqlite_engine: Engine, keyring: Keyring) -> None:
    sink = ListSink()
    ready_keeper(sqlite_engine, keyring)
    pipeline, _ = _pipeline(_config(), keyring, sqlite_engine, sink)
    _exchange(pipeline, context(), b'{"a":1}', b'{"please":"block", "who":"' + EMAIL.encode()
              + b'"}')
    assert [row["direction"] for row in sink.rows] == ["request"]


def test_bodies_are_cut_to_max_bytes(sqlite_engine: Engine, keyring: Keyring) -> None:
    sink = ListSink()
    keeper = ready_keeper(sqlite_engine, keyring)
    pipeline, _ = _pipeline(_config(), keyring, sqlite_engine, sink, max_bytes=4,
                            response=False)
    assert pipeline.run_request_body(
        context(), Body(b'{"n":12345}', "application/json", "", REQUEST)) is None
    ctx = context()
    pipeline.run_request_body(ctx, Body(b'{"n":12345}', "application/json", "", REQUEST))
    pipeline.run_complete(ctx)
    (row,) = sink.rows
    key = keeper.key_for(utc_day(dt.datetime.now(dt.UTC)))
    assert key is not None
    assert _opened(key, row) == b'{"n"'
    assert row["size"] == 11 and row["truncated"] is True


def test_without_a_key_nothing_is_kept_and_the_skip_is_counted(keyring: Keyring) -> None:
    sink = ListSink()
    pipeline, capture = _pipeline(_config(), keyring, None, sink)
    _exchange(pipeline, context(), b'{"a":1}', b'{"b":2}')
    assert sink.rows == []
    metrics = capture.services.metrics
    assert metrics is not None
    assert metrics.snapshot()["counters"]["captures_skipped"] == 2


def test_only_readable_responses_of_known_size_are_held(
        sqlite_engine: Engine, keyring: Keyring) -> None:
    _, capture = _pipeline(_config(), keyring, sqlite_engine, ListSink())
    ctx = context()
    assert capture.wants_response_body(ctx, 200, [*JSON, (b"content-length", b"10")])
    assert capture.wants_response_body(
        ctx, 200, [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"3")])
    assert not capture.wants_response_body(ctx, 200, JSON)  # chunked: size unknown
    assert not capture.wants_response_body(
        ctx, 200, [*JSON, (b"content-length", b"%d" % (2 * 1024 * 1024))])
    assert not capture.wants_response_body(
        ctx, 200, [(b"content-type", b"image/png"), (b"content-length", b"10")])
    assert not capture.wants_response_body(
        ctx, 200, [*JSON, (b"content-length", b"10"), (b"content-encoding", b"gzip")])
    _, quiet = _pipeline(_config(), keyring, sqlite_engine, ListSink(), response=False)
    assert not quiet.wants_response_body(ctx, 200, [*JSON, (b"content-length", b"10")])


def test_sampling_decides_once_per_request(sqlite_engine: Engine, keyring: Keyring) -> None:
    _, never = _pipeline(_config(), keyring, sqlite_engine, ListSink(), sample=0)
    assert not never.active()
    sink = ListSink()
    ready_keeper(sqlite_engine, keyring)
    pipeline, _ = _pipeline(_config(), keyring, sqlite_engine, sink, sample=0.5)
    for index in range(40):
        _exchange_or_skip(pipeline, context(f"req-{index}"))
    by_request: dict[object, int] = {}
    for row in sink.rows:
        by_request[row["request_id"]] = by_request.get(row["request_id"], 0) + 1
    assert set(by_request.values()) == {2}  # both bodies of a request, or neither
    assert 0 < len(by_request) < 40


def _exchange_or_skip(pipeline: Pipeline, ctx: RequestContext) -> None:
    pipeline.run_request_body(ctx, Body(b'{"a":1}', "application/json", "", REQUEST))
    headers = [*JSON, (b"content-length", b"7")]
    if pipeline.response_body_wanted(ctx, 200, headers):
        body = Body(b'{"b":2}', "application/json", "", RESPONSE)
        assert pipeline.run_response_body(ctx, 200, body) is None
        ctx.status, ctx.bytes_out = 200, len(body.data)
    pipeline.run_complete(ctx)


def test_an_approval_without_capture_turns_the_stage_off_and_check_refuses_it(
        sqlite_engine: Engine, keyring: Keyring) -> None:
    stages: dict[str, dict[str, object]] = {"privacy_guard": {"approval": "health-1"},
                                            "capture": {"enabled": True}}
    config = _config(_approval("none"), route_stages=stages)
    _, capture = _pipeline(config, keyring, sqlite_engine, ListSink())
    assert not capture.active()
    ((loc, message),) = capture_config_problems(config)
    assert loc == ("routes", 0, "stages", "capture")
    assert "health-1" in message and "'none'" in message
    # Allowed, or capture not enabled: no problem.
    assert capture_config_problems(_config(_approval("encrypted"), route_stages=stages)) == []
    off: dict[str, dict[str, object]] = {"privacy_guard": {"approval": "health-1"},
                                         "capture": {"enabled": False}}
    assert capture_config_problems(_config(_approval("none"), route_stages=off)) == []


@pytest.mark.clause("RET-2")
def test_an_approval_sets_the_retention_class_and_the_readers(
        sqlite_engine: Engine, keyring: Keyring) -> None:
    stages: dict[str, dict[str, object]] = {"privacy_guard": {"approval": "health-1"},
                                            "capture": {}}
    sink = ListSink()
    ready_keeper(sqlite_engine, keyring)
    pipeline, capture = _pipeline(_config(_approval("encrypted"), route_stages=stages),
                                  keyring, sqlite_engine, sink)
    assert capture.active()
    _exchange(pipeline, context(), b'{"a":1}', b'{"b":2}')
    for row in sink.rows:
        assert (row["retention"], row["approval_id"], row["readers"]) == (
            "short", "health-1", "privacy_officer")
    assert "privacy_officer" in DEFAULT_READERS
