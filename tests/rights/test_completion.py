"""Requesters are told when their request was carried out (GDPR Art. 12(3)), by whichever path
ran it: an access or export with the link to their copy, an erasure with the upstreams that
confirmed it (sent after the erasure, so it survives the erasure of the queued messages)."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import Engine

from charter.admin.app import AdminState, build_admin
from charter.admin.auth import bootstrap_token
from charter.admin.reload import ReloadOutcome
from charter.cli import main
from charter.config.loader import ConfigError, load_config
from charter.config.models import CharterConfig
from charter.config.snapshots import save_snapshot
from charter.identity import service as identity
from charter.metrics import MetricsHub
from charter.privacy.keyring import Keyring
from charter.rights.autorun import run_due
from charter.rights.completion import announce, message_for, prepare
from charter.rights.execute.bundles import load_bundle, verify_link
from charter.rights.outbox import FileOutbox, Message
from charter.rights.service import RightsService
from tests.rights.conftest import Clock, audit_rows

SECRET_ENV = "SHOP_RIGHTS_SECRET"
PUBLIC = "https://api.example.com"


class _Shop(BaseHTTPRequestHandler):
    """An upstream that holds personal data: answers `completed`, or 503 while `down`."""

    down = False

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        if type(self).down:
            self.send_response(503)
            self.send_header("content-length", "0")
            self.end_headers()
            return
        body = json.dumps({"status": "completed", "counts": {"orders": 1}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def upstreams(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], type[_Shop]]]:
    """Starts real upstreams on loopback; each is a handler class with its `port`."""
    monkeypatch.setenv(SECRET_ENV, "shop-rights-secret-8Kd2Pq7WxZ3v")
    servers: list[ThreadingHTTPServer] = []

    def start() -> type[_Shop]:
        handler = type("Shop", (_Shop,), {"down": False})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        handler.port = server.server_address[1]  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return handler

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _port(upstream: type[_Shop]) -> int:
    return int(upstream.port)  # type: ignore[attr-defined]


def _config(outbox: Path, *, public_url: str | None = PUBLIC, shop: int | None = None,
            warehouse: int | None = None, auto_run: tuple[str, ...] = ()) -> CharterConfig:
    rights: dict[str, Any] = {"outbox": {"kind": "file", "directory": str(outbox)},
                              "auto_run": list(auto_run),
                              "execution": {"webhook_attempts": 1, "webhook_timeout": 5}}
    if public_url is not None:
        rights["public_url"] = public_url
    upstreams = [{"name": name, "targets": [f"http://127.0.0.1:{port}"],
                  "stores_personal_data": True, "rights_webhook": "/privacy/rights",
                  "rights_secret_env": SECRET_ENV}
                 for name, port in (("shop", shop), ("warehouse", warehouse)) if port]
    return CharterConfig.model_validate({"service": {"name": "Shop"}, "rights": rights,
                                         "upstreams": upstreams})


def _service(engine: Engine, keyring: Keyring, config: CharterConfig,
             clock: Clock | None = None) -> RightsService:
    if clock is None:
        return RightsService(engine, keyring, config.rights)
    return RightsService(engine, keyring, config.rights, clock=clock)


def _file(rights: RightsService, request_type: str, contact: str | None = "ada@example.com",
          **details: Any) -> str:
    return rights.create(request_type, [("email", "ada@example.com")], actor="acc_officer",
                         channel="admin", contact=contact, details=details or None,
                         verification="operator", reason="passport seen").id


def _advance(rights: RightsService, outbox: FileOutbox, config: CharterConfig,
             request_id: str) -> str:
    """What an operator's advance does: read the address, run, tell."""
    prepared = prepare(rights, request_id)
    done = rights.advance(request_id, actor="acc_officer", reason=None, config=config)
    return announce(rights, outbox, prepared, done, actor="acc_officer", service_name="Shop")


def _messages(directory: Path) -> list[dict[str, Any]]:
    found = [json.loads(p.read_text()) for p in directory.glob("msg_*.json")]
    return sorted(found, key=lambda m: m["created"])


def _notices(rights: RightsService, request_id: str) -> list[dict[str, Any]]:
    return [e["details"] for e in rights.events(request_id) if "notice" in e["details"]]


@pytest.mark.clause("RIGHTS-1")
@pytest.mark.clause("RIGHTS-6")
def test_an_access_request_done_sends_the_link_and_until_when_it_works(
        engine: Engine, keyring: Keyring, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    config = _config(tmp_path / "outbox")
    rights = _service(engine, keyring, config)
    outbox = FileOutbox(tmp_path / "outbox")
    request_id = _file(rights, "export")

    with caplog.at_level(logging.DEBUG):
        assert _advance(rights, outbox, config, request_id) == "sent"

    (message,) = _messages(outbox.directory)
    assert message["to"] == "ada@example.com"
    assert message["subject"] == f"Your privacy request {request_id} was carried out"
    (url,) = [w for w in message["text"].split() if w.startswith(PUBLIC)]
    parts = urlsplit(url)
    assert parts.path == "/.well-known/privacy/bundle"
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert verify_link(keyring, query["id"], query["expires"], query["sig"])
    bundle = load_bundle(engine, keyring, query["id"])
    assert bundle is not None and bundle.request_id == request_id
    assert f"{bundle.expires_at:%Y-%m-%d %H:%M} UTC" in message["text"]
    assert "JSON and CSV" in message["text"]

    (told,) = _notices(rights, request_id)
    assert told == {"code": "sent", "state": "completed", "notice": "completed",
                    "link": "sent", "message_id": message["id"]}
    (audited,) = [r for r in audit_rows(engine) if r["action"] == "rights.notice"]
    assert (audited["reason"], audited["outcome"]) == ("sent", "success")
    # The link is a bearer credential: not in the history, the audit log or the logs.
    recorded = json.dumps([rights.events(request_id), audit_rows(engine, "")], default=str)
    assert query["sig"] not in recorded and "ada@example.com" not in recorded
    assert query["sig"] not in caplog.text and "ada@example.com" not in caplog.text


@pytest.mark.clause("RIGHTS-1")
def test_without_a_public_url_the_copy_is_announced_and_the_link_left_to_an_operator(
        engine: Engine, keyring: Keyring, tmp_path: Path) -> None:
    config = _config(tmp_path / "outbox", public_url=None)
    rights = _service(engine, keyring, config)
    outbox = FileOutbox(tmp_path / "outbox")
    request_id = _file(rights, "access")

    assert _advance(rights, outbox, config, request_id) == "sent"

    (message,) = _messages(outbox.directory)
    assert "is ready" in message["text"] and "privacy team will send it" in message["text"]
    assert "/.well-known/privacy/bundle" not in message["text"]
    assert "why we process it" in message["text"]  # what Art. 15 asks to be told comes with it
    last = rights.events(request_id)[-1]
    assert last["details"]["link"] == "link_not_sent"
    assert "link_not_sent" in last["reason"] and "send it to them" in last["reason"]
    assert rights.get(request_id).state == "completed"


@pytest.mark.clause("RIGHTS-3")
def test_an_erasure_is_announced_after_it_ran_and_the_notice_survives_it(
        engine: Engine, keyring: Keyring, tmp_path: Path,
        upstreams: Callable[[], type[_Shop]]) -> None:
    shop, warehouse = upstreams(), upstreams()
    warehouse.down = True
    config = _config(tmp_path / "outbox", shop=_port(shop), warehouse=_port(warehouse))
    rights = _service(engine, keyring, config)
    outbox = FileOutbox(tmp_path / "outbox")
    request_id = _file(rights, "erase", contact="ada.answers@example.com")
    outbox.send(Message("ada.answers@example.com", "Your code", "Your code is 123456"))
    outbox.send(Message("bo@example.org", "Your code", "Your code is 654321"))

    assert _advance(rights, outbox, config, request_id) == "sent"

    done = rights.get(request_id)
    assert done.state == "in_progress" and done.result is not None
    assert done.result["reason"] == "upstream_unconfirmed"
    assert done.result["summary"]["outbox_messages.deleted"] == 1
    # The address was erased with the person (a service that never opened it reads nothing).
    rights = _service(engine, keyring, config)
    assert rights.contact(request_id) is None
    messages = _messages(outbox.directory)
    assert [m["to"] for m in messages] == ["bo@example.org", "ada.answers@example.com"]
    told = messages[-1]
    assert told["subject"] == f"Your privacy request {request_id} was partly carried out"
    assert "erased the personal data about you that our API gateway (Charter)" in told["text"]
    assert "These confirmed it: shop." in told["text"]
    assert "not confirmed it yet: warehouse; we keep asking them." in told["text"]
    assert "last message" in told["text"] and "123456" not in told["text"]
    assert _notices(rights, request_id)[-1]["notice"] == "partial"

    # An operator advances it again once the warehouse is back: the erasure is complete,
    # and nobody is left to tell.
    warehouse.down = False
    assert _advance(rights, outbox, config, request_id) == "no_contact"
    assert rights.get(request_id).state == "completed"
    assert len(_messages(outbox.directory)) == 2
    assert rights.events(request_id)[-1]["reason"] == (
        "the requester could not be told: no address to answer (completed)")


@pytest.mark.clause("RIGHTS-1")
@pytest.mark.clause("SHARE-4")
def test_a_partial_run_is_told_once_and_the_completion_again(
        engine: Engine, keyring: Keyring, tmp_path: Path,
        upstreams: Callable[[], type[_Shop]]) -> None:
    shop = upstreams()
    shop.down = True
    config = _config(tmp_path / "outbox", shop=_port(shop))
    rights = _service(engine, keyring, config)
    outbox = FileOutbox(tmp_path / "outbox")
    request_id = _file(rights, "access")

    assert _advance(rights, outbox, config, request_id) == "sent"
    assert _advance(rights, outbox, config, request_id) == ""  # still partial: told already
    (partial,) = _messages(outbox.directory)
    assert "partly carried out" in partial["subject"]
    assert "not confirmed it yet: shop" in partial["text"]
    assert "not in this copy" in partial["text"] and PUBLIC in partial["text"]

    shop.down = False
    assert _advance(rights, outbox, config, request_id) == "sent"
    first, second = _messages(outbox.directory)
    assert first["id"] == partial["id"]
    assert second["subject"] == f"Your privacy request {request_id} was carried out"
    assert "These confirmed it: shop." in second["text"]
    assert [n["notice"] for n in _notices(rights, request_id)] == ["partial", "completed"]


@pytest.mark.clause("RIGHTS-3")
def test_a_failed_send_never_undoes_the_completion(
        engine: Engine, keyring: Keyring, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    config = _config(blocked / "outbox")
    rights = _service(engine, keyring, config)
    request_id = _file(rights, "access")
    with caplog.at_level(logging.ERROR, logger="charter.rights"):
        assert _advance(rights, FileOutbox(blocked / "outbox"), config,
                        request_id) == "outbox_unavailable"
    assert rights.get(request_id).state == "completed"
    last = rights.events(request_id)[-1]
    assert last["details"]["code"] == "outbox_unavailable"
    assert last["details"]["link"] == "link_not_sent"
    assert "ada@example.com" not in caplog.text and "bundle?" not in caplog.text
    silent = _file(rights, "restrict", contact=None)
    assert _advance(rights, FileOutbox(tmp_path / "outbox"), config, silent) == "no_contact"
    assert rights.get(silent).state == "completed"
    told = [(r["reason"], r["outcome"]) for r in audit_rows(engine)
            if r["action"] == "rights.notice"]
    assert told == [("outbox_unavailable", "failure"), ("no_contact", "failure")]


@pytest.mark.clause("RIGHTS-2")
@pytest.mark.clause("RIGHTS-4")
@pytest.mark.clause("RIGHTS-5")
def test_what_is_in_force_is_said_in_words_never_a_value(
        engine: Engine, keyring: Keyring, tmp_path: Path) -> None:
    config = CharterConfig.model_validate({
        "rights": {"outbox": {"directory": str(tmp_path / "outbox")},
                   "execution": {"objection_purposes": ["operations", "security"]}}})
    rights = _service(engine, keyring, config)
    outbox = FileOutbox(tmp_path / "outbox")
    org = identity.create_organization(engine, "Shop", "shop")
    account = identity.create_account(engine, keyring, username="ada", kind="developer",
                                      org_id=org.id, email="ada@example.com")

    restrict = _file(rights, "restrict", scope=["operations"])
    objection = _file(rights, "object")
    rectify = rights.create("rectify", [("account", account.id)], actor="acc_officer",
                            channel="admin", contact="ada@example.com",
                            details={"fields": {"username": "ada_king"}},
                            verification="operator", reason="passport seen").id
    for request_id in (restrict, objection, rectify):
        assert _advance(rights, outbox, config, request_id) == "sent"
        assert rights.get(request_id).state == "completed"
    texts = {m["subject"].split()[3]: m["text"] for m in _messages(outbox.directory)}

    assert "no longer use it for these purposes: operations" in texts[restrict]
    assert "tell you before the restriction is lifted" in texts[restrict]
    assert "stopped using your data for these purposes: operations" in texts[objection]
    assert ("continue to use your data for security: compelling legitimate grounds"
            in texts[objection])
    assert "We corrected these details in our records: username." in texts[rectify]
    assert "ada_king" not in texts[rectify]


@pytest.mark.clause("RIGHTS-5")
def test_a_withdrawal_says_which_consents_ended(
        engine: Engine, keyring: Keyring, tmp_path: Path) -> None:
    rights = RightsService(engine, keyring)
    request = replace(rights.get(_file(rights, "withdraw_consent")), state="completed",
                      result={"outcome": "completed", "summary": {
                          "consents.withdrawn": 1, "purposes.withdrawn": "newsletter",
                          "purposes.without_consent": "profiling"}})
    subject, text = message_for(request, "completed", "Shop")
    assert subject.endswith("was carried out")
    assert "Your consent is withdrawn for: newsletter." in text
    assert "no consent from you for: profiling" in text


@pytest.mark.clause("RIGHTS-1")
def test_an_automatic_run_tells_the_requester(
        engine: Engine, keyring: Keyring, clock: Clock, tmp_path: Path) -> None:
    config = _config(tmp_path / "outbox", public_url="http://127.0.0.1:8080",
                     auto_run=("access", "withdraw_consent"))
    rights = _service(engine, keyring, config, clock)
    access = _file(rights, "access")
    outbox = FileOutbox(tmp_path / "outbox")
    assert run_due(engine, keyring, config, claimant="n", outbox=outbox, clock=clock) == {
        "completed": 1}
    (message,) = _messages(outbox.directory)
    assert "http://127.0.0.1:8080/.well-known/privacy/bundle?id=" in message["text"]
    assert _notices(rights, access)[-1]["code"] == "sent"
    assert rights.events(access)[-1]["actor"] == "system"
    assert run_due(engine, keyring, config, claimant="n", outbox=outbox, clock=clock) == {}
    assert len(_messages(outbox.directory)) == 1  # told once


# -- through the admin API, the CLI and the configuration -------------------------------------

def _call(app: Any, keyring: Keyring, method: str, path: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://admin") as http:
            return await http.request(method, path, headers={
                "authorization": f"Bearer {bootstrap_token(keyring)}"}, **kwargs)

    return asyncio.run(go())


@pytest.mark.clause("RIGHTS-1")
def test_an_operators_advance_through_the_admin_api_sends_the_link(
        engine: Engine, keyring: Keyring, tmp_path: Path) -> None:
    keyring.save(tmp_path / "charter.keyring")  # the outbox is <var>/outbox next to it
    save_snapshot(engine, "rights:\n  public_url: https://api.example.com/\n",
                  str(tmp_path / "charter.yaml"))

    async def reload() -> ReloadOutcome:
        return ReloadOutcome(ok=True, version=1, changed=False)

    app = build_admin(AdminState(keyring=keyring, metrics=MetricsHub(), ready=lambda: True,
                                 config_info=lambda: {}, reload=reload, engine=engine))
    created = _call(app, keyring, "POST", "/admin/rights", json={
        "type": "access", "identifiers": [{"kind": "email", "value": "ada@example.com"}],
        "contact": "ada@example.com", "verified": True, "reason": "passport seen"})
    assert created.status_code == 201, created.text
    advanced = _call(app, keyring, "POST", f"/admin/rights/{created.json()['id']}/advance",
                     json={})
    assert advanced.status_code == 200, advanced.text
    detail = advanced.json()
    assert detail["state"] == "completed"
    (message,) = _messages(tmp_path / "var" / "outbox")
    assert f"{PUBLIC}{detail['bundle']['path']}" in message["text"]
    told = detail["events"][-1]
    assert (told["actor"], told["details"]["code"], told["details"]["link"]) == (
        "bootstrap", "sent", "sent")


@pytest.mark.clause("RIGHTS-1")
def test_the_cli_advance_tells_the_requester_and_the_operator_what_is_left(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "charter.yaml"
    config.write_text('store: {url: "sqlite:///var/charter.db"}\n')
    Keyring.generate().save(tmp_path / "charter.keyring")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--config", str(config)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, out, err = run("rights", "create", "access", "--email", "ada@example.com",
                         "--verified", "--reason", "signed letter")
    assert code == 0, err
    code, out, err = run("rights", "advance", out.strip())
    assert code == 0, err
    assert "the requester was told" in err and "download link was not sent" in err
    (message,) = _messages(tmp_path / "var" / "outbox")
    assert "privacy team will send it" in message["text"]

    config.write_text('store: {url: "sqlite:///var/charter.db"}\n'
                      'rights: {public_url: "http://127.0.0.1:8080"}\n')
    code, out, err = run("rights", "create", "export", "--email", "ada@example.com",
                         "--verified", "--reason", "signed letter")
    code, out, err = run("rights", "advance", out.strip())
    assert code == 0 and "download link" not in err, err
    latest = _messages(tmp_path / "var" / "outbox")[-1]
    assert "http://127.0.0.1:8080/.well-known/privacy/bundle?id=" in latest["text"]


@pytest.mark.parametrize(("value", "problem"), [
    ("http://api.example.com", "must use https (plain http only for a loopback host)"),
    ("api.example.com", "must be an absolute URL"),
    ("https://user:secret@api.example.com", "must not contain credentials"),
    ("https://api.example.com/?a=1", "must not have a query or a fragment"),
])
def test_a_public_url_that_could_leak_links_is_refused_at_load(
        tmp_path: Path, value: str, problem: str) -> None:
    path = tmp_path / "charter.yaml"
    path.write_text(f"rights:\n  public_url: {json.dumps(value)}\n")
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    assert "rights.public_url" in str(refused.value) and problem in str(refused.value)
    path.write_text("rights:\n  public_url: http://localhost:8080/\n")
    assert load_config(path).config.rights.public_url == "http://localhost:8080"
