"""`charter client request|token|save-credentials`, run in-process against a real gateway."""

from __future__ import annotations

import io
import json
import stat
import sys
from pathlib import Path

import pytest

from charter.cli import main
from tests.client.conftest import Gateway, ScriptedFactory

pytestmark = pytest.mark.usefixtures("no_credentials")

HEALTH_RECORD = b'{"patient": {"name": "Dana Fictional", "diagnosis": "Type 2 diabetes"}}'


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    stream = io.TextIOWrapper(io.BytesIO(data))
    stream.isatty = lambda: False  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", stream)


@pytest.mark.e2e
@pytest.mark.clause("SCOPE-4")
@pytest.mark.clause("CLIENT-3")
def test_requests_from_the_command_line(gateway: Gateway, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    monkeypatch.setenv("CHARTER_API_KEY", gateway.api_key)
    printed: list[str] = []

    def output() -> tuple[str, str]:
        out, err = capsys.readouterr()
        printed.extend((out, err))
        return out, err

    assert main(["client", "request", "GET", f"{gateway.url}/api/echo?page=2"]) == 0
    out, err = output()
    assert json.loads(out)["headers"]["x-charter-client"] == gateway.client_id
    assert err.startswith("HTTP 200 OK (request id ")

    body = tmp_path / "order.json"
    body.write_text('{"sku": "BK-042", "quantity": 1}')
    assert main(["client", "request", "POST", f"{gateway.url}/api/echo", "--json", str(body),
                 "--header", "X-Trace:abc"]) == 0
    out, _ = output()
    echoed = json.loads(out)
    assert json.loads(echoed["body"]) == {"sku": "BK-042", "quantity": 1}
    assert echoed["headers"]["content-type"] == "application/json"
    assert echoed["headers"]["x-trace"] == "abc"

    # A problem: exit 1, the problem document on stderr.
    assert main(["client", "request", "GET", f"{gateway.url}/api/admin/echo"]) == 1
    out, err = output()
    assert out == ""
    assert err.startswith("HTTP 403")
    problem = json.loads(err.split("\n", 1)[1])
    assert problem["status"] == 403 and problem["code"]

    # Special-category data from stdin: refused before sending, exit 2, no values shown.
    _stdin(monkeypatch, HEALTH_RECORD)
    assert main(["client", "request", "POST", f"{gateway.url}/api/echo", "--json", "-"]) == 2
    out, err = output()
    assert "health at $.patient" in err and "diabetes" not in err + out
    _stdin(monkeypatch, HEALTH_RECORD)
    assert main(["client", "request", "POST", f"{gateway.url}/api/echo", "--json", "-",
                 "--allow-special"]) == 1  # sent; the gateway's guard refuses it
    _, err = output()
    assert "sensitive_data_blocked" in err

    assert gateway.api_key not in "".join(printed)


@pytest.mark.e2e
@pytest.mark.clause("CLIENT-3")
def test_tokens_from_the_command_line(gateway: Gateway, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    credentials = tmp_path / "credentials"
    credentials.write_text(f"client_id = {gateway.client_id}\n"
                           f"client_secret = {gateway.client_secret}\n")
    credentials.chmod(0o600)
    assert main(["client", "token", gateway.url, "--credentials", str(credentials)]) == 0
    out, err = capsys.readouterr()
    shown = json.loads(out)
    assert shown["scope"] == "orders:read" and shown["expires_in"] == 600
    assert "access_token" not in shown and err == ""
    assert gateway.client_secret not in out
    assert "eyJ" not in out  # no JWT anywhere

    assert main(["client", "token", gateway.url, "--credentials", str(credentials),
                 "--show-token"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["access_token"].startswith("eyJ")
    assert "warning" in err and "eyJ" not in err

    # The token is used by `request` the same way, from the same file.
    assert main(["client", "request", "GET", f"{gateway.url}/api/echo",
                 "--credentials", str(credentials)]) == 0
    assert json.loads(capsys.readouterr().out)["headers"]["x-charter-auth"] == "bearer"

    credentials.chmod(0o644)
    assert main(["client", "token", gateway.url, "--credentials", str(credentials)]) == 2
    _, err = capsys.readouterr()
    assert "chmod 600" in err and gateway.client_secret not in err

    monkeypatch.setenv("CHARTER_API_KEY", gateway.api_key)
    assert main(["client", "token", gateway.url]) == 2  # an API key gives no token
    assert "client credentials" in capsys.readouterr().err

    monkeypatch.delenv("CHARTER_API_KEY")
    monkeypatch.setenv("CHARTER_CLIENT_ID", gateway.client_id)
    monkeypatch.setenv("CHARTER_CLIENT_SECRET", gateway.client_secret + "-wrong")
    assert main(["client", "token", gateway.url]) == 1
    _, err = capsys.readouterr()
    assert "invalid_client" in err and gateway.client_secret not in err


@pytest.mark.clause("CLIENT-4")
@pytest.mark.clause("CLIENT-3")
def test_refusals_exit_2_without_connecting_or_echoing(capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    key = "chk_test_" + "Hq5" * 12
    monkeypatch.setenv("CHARTER_API_KEY", key)
    assert main(["client", "request", "GET", "http://example.invalid/orders"]) == 2
    err = capsys.readouterr().err
    assert "CLIENT-4" in err and "loopback" in err
    for header in (f"x-api-key:{key}", f"Authorization: Bearer {key}", f"Cookie: s={key}"):
        assert main(["client", "request", "GET", "https://api.example.com/",
                     "--header", header]) == 2
        out, err = capsys.readouterr()
        assert "refused" in err and key not in out + err
    assert main(["client", "request", "GET", "https://ada:pw-Secret9@api.example.com/"]) == 2
    assert "pw-Secret9" not in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"email": "ada@example.com",')
    assert main(["client", "request", "POST", "https://api.example.com/", "--json",
                 str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "ada@example.com" not in err
    # Nothing listens here: a transport failure, not a refusal.
    assert main(["client", "request", "GET", "http://127.0.0.1:9/", "--timeout", "2"]) == 1
    assert "cannot connect" in capsys.readouterr().err


@pytest.mark.clause("CLIENT-3")
def test_credentials_are_saved_from_stdin_with_mode_0600(capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    key = "chk_test_" + "Wd2" * 12
    target = tmp_path / "conf" / "credentials"
    _stdin(monkeypatch, f"api_key = {key}\n".encode())
    assert main(["client", "save-credentials", "--credentials", str(target)]) == 0
    out, err = capsys.readouterr()
    assert "mode 600" in out and key not in out + err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    _stdin(monkeypatch, f"api_key = {key}\n".encode())
    assert main(["client", "save-credentials", "--credentials", str(target)]) == 2
    assert "exists" in capsys.readouterr().err
    _stdin(monkeypatch, f"{key}\n".encode())
    assert main(["client", "save-credentials", "--credentials", str(target),
                 "--replace"]) == 2
    assert key not in capsys.readouterr().err


@pytest.mark.clause("CLIENT-4")
def test_a_private_ca_on_the_command_line(scripted: ScriptedFactory,
                                          certificates: dict[str, Path],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    server = scripted([(200, [("content-type", "application/json")], b'{"ok": true}')],
                      tls=certificates)
    assert main(["client", "request", "GET", f"{server.url}/x"]) == 2
    assert "could not be verified" in capsys.readouterr().err
    assert len(server.seen) == 0
    assert main(["client", "request", "GET", f"{server.url}/x", "--ca-file",
                 str(certificates["ca"])]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True}
    assert main(["client", "request", "GET", f"{server.url}/x", "--ca-file",
                 str(certificates["server_key"])]) == 2
    assert "no usable PEM" in capsys.readouterr().err
