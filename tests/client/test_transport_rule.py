"""Clause CLIENT-4: HTTPS, or plain HTTP to loopback only; verified certificates; no
redirect down to plain HTTP, and credentials that stay with their origin."""

from __future__ import annotations

import inspect
import socket
from pathlib import Path

import pytest

from charter.client import CertificateError, Client, ClientError, InsecureTransportError
from charter.client.urls import checked_url, is_loopback, join
from tests.client.conftest import ScriptedFactory

pytestmark = pytest.mark.usefixtures("no_credentials")

KEY = "chk_test_" + "Q7a" * 12


@pytest.fixture
def no_connections(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Fails the test if anything tries to open a connection."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> socket.socket:
        attempts.append(args)
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.mark.clause("CLIENT-4")
@pytest.mark.parametrize("url", [
    "http://example.invalid", "http://example.invalid:8080/api", "http://10.0.0.7",
    "http://192.168.1.1/", "http://[2001:db8::1]/", "http://localhost.example.com",
    "http://127.0.0.1.example.invalid", "HTTP://Example.Invalid",
])
def test_plain_http_beyond_loopback_is_refused_before_connecting(
        url: str, no_connections: list[object]) -> None:
    with pytest.raises(InsecureTransportError) as refused:
        Client(url, api_key=KEY)
    message = str(refused.value)
    assert "CLIENT-4" in message and "loopback" in message and "https://" in message
    assert KEY not in message
    assert not no_connections


@pytest.mark.clause("CLIENT-4")
@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080", "http://127.9.8.7", "http://[::1]:8080/api", "http://localhost",
    "http://LOCALHOST:1", "http://api.localhost", "https://api.example.com",
])
def test_loopback_http_and_any_https_are_allowed(url: str) -> None:
    Client(url)


@pytest.mark.clause("CLIENT-4")
def test_loopback_is_decided_without_resolving_names() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]")
    assert is_loopback("localhost.") and is_loopback("a.b.localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("localhost.example")


@pytest.mark.clause("CLIENT-4")
@pytest.mark.clause("CLIENT-3")
def test_urls_with_credentials_and_other_schemes_are_refused() -> None:
    with pytest.raises(InsecureTransportError) as refused:
        checked_url("https://ada:hunter2secret@api.example.com/")
    assert "hunter2secret" not in str(refused.value)
    with pytest.raises(ValueError, match="https://"):
        checked_url("ftp://api.example.com/")
    with pytest.raises(ValueError, match="percent-encode"):
        checked_url("https://api.example.com/a b")


def test_paths_are_joined_under_the_base_path() -> None:
    assert join("https://gw/api", "/orders?page=2") == "https://gw/api/orders?page=2"
    assert join("https://gw/api/", "orders") == "https://gw/api/orders"
    assert join("https://gw", "/") == "https://gw/"


@pytest.mark.clause("CLIENT-4")
def test_requests_to_another_origin_are_refused(scripted: ScriptedFactory) -> None:
    server = scripted([(200, [], b"{}")])
    client = Client(server.url, api_key=KEY)
    with pytest.raises(ValueError, match="only"):
        client.get("https://api.example.com/orders")
    assert not server.seen


@pytest.mark.clause("CLIENT-4")
def test_a_redirect_from_https_to_http_is_refused(scripted: ScriptedFactory,
                                                  certificates: dict[str, Path]) -> None:
    plain = scripted([(200, [], b"plain")])
    secure = scripted([(302, [("location", f"{plain.url}/landing")], b"")],
                      tls=certificates)
    client = Client(secure.url, api_key=KEY, ca_file=certificates["ca"])
    with pytest.raises(InsecureTransportError, match="plain HTTP"):
        client.get("/start")
    assert len(secure.seen) == 1 and not plain.seen  # not even to loopback
    # And a redirect to plain HTTP beyond loopback is refused by the rule itself.
    onward = scripted([(307, [("location", "http://example.invalid/x")], b"")])
    with pytest.raises(InsecureTransportError, match="CLIENT-4"):
        Client(onward.url, api_key=KEY).get("/")


@pytest.mark.clause("CLIENT-3")
def test_credentials_never_follow_a_redirect_to_another_origin(
        scripted: ScriptedFactory) -> None:
    elsewhere = scripted([(200, [], b"elsewhere")])
    home = scripted([(302, [("location", f"{elsewhere.url}/x")], b""),
                     (301, [("location", "/moved")], b""), (200, [], b"moved")])
    client = Client(home.url, api_key=KEY)
    response = client.get("/start")
    assert response.status == 302  # handed back, not followed
    assert not elsewhere.seen
    # Within the origin, redirects are followed, with the credential.
    assert client.get("/again").body == b"moved"
    assert [path for _, path, _ in home.seen] == ["/start", "/again", "/moved"]
    assert all(headers["x-api-key"] == KEY for _, _, headers in home.seen)


@pytest.mark.clause("CLIENT-4")
def test_certificates_are_always_verified(scripted: ScriptedFactory,
                                          certificates: dict[str, Path]) -> None:
    server = scripted([(200, [], b"ok")], tls=certificates)
    with pytest.raises(CertificateError):
        Client(server.url).get("/")
    assert Client(server.url, ca_file=certificates["ca"]).get("/").body == b"ok"
    # There is no switch to turn verification off.
    parameters = inspect.signature(Client).parameters
    assert not {"verify", "insecure", "verify_tls", "tls_verify"} & set(parameters)


def test_a_missing_ca_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ClientError, match="does not exist"):
        Client("https://api.example.com", ca_file=tmp_path / "none.pem")
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    with pytest.raises(ClientError, match="no usable PEM"):
        Client("https://api.example.com", ca_file=junk)
