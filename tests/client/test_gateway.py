"""The client against a real Charter gateway and a real upstream: API keys, tokens from the
gateway's own token endpoint, problems, TLS with a private CA, and the preflight scan."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from charter.client import (
    CertificateError,
    Client,
    ProblemError,
    SensitiveDataError,
    TokenError,
)
from charter.client.secret import Secret
from charter.client.tokens import TokenSource
from tests.client.conftest import Gateway

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("no_credentials")]

HEALTH_RECORD = {"patient": {"name": "Dana Fictional", "diagnosis": "Type 2 diabetes mellitus",
                             "icd10": "E11.9"}}


@pytest.mark.clause("SCOPE-4")
def test_an_api_key_reaches_the_upstream_as_charter_expects_it(gateway: Gateway) -> None:
    client = Client(gateway.url, api_key=gateway.api_key)
    response = client.get("/api/echo", params={"page": "2"})
    assert response.status == 200
    assert response.request_id
    seen = response.json()
    assert seen["headers"]["x-charter-client"] == gateway.client_id
    assert seen["headers"]["x-charter-auth"] == "api_key"
    assert "x-api-key" not in seen["headers"]  # the gateway withheld the credential
    assert seen["query"] == "page=2"
    assert seen["headers"]["user-agent"].startswith("charter-client/")
    posted = client.post("/api/echo", json={"sku": "BK-042", "quantity": 1})
    assert posted.status == 200


@pytest.mark.clause("SCOPE-4")
def test_charter_problems_become_problem_errors(gateway: Gateway) -> None:
    client = Client(gateway.url, api_key=gateway.api_key)
    with pytest.raises(ProblemError) as forbidden:
        client.get("/api/admin/echo")
    assert forbidden.value.status == 403
    assert forbidden.value.code is not None
    assert forbidden.value.request_id
    assert forbidden.value.request_id in str(forbidden.value)
    with pytest.raises(ProblemError) as missing:
        client.get("/nowhere")
    assert (missing.value.status, missing.value.code) == (404, "no_route")
    # An error answered by the upstream itself (not a problem document) is an error too.
    with pytest.raises(ProblemError) as upstream:
        client.get("/api/status/418")
    assert upstream.value.status == 418
    # check=False returns it instead.
    assert client.get("/api/status/418", check=False).status == 418
    anonymous = Client(gateway.url)
    with pytest.raises(ProblemError) as unauthenticated:
        anonymous.get("/api/echo")
    assert unauthenticated.value.code == "unauthenticated"
    for error in (forbidden.value, missing.value, unauthenticated.value):
        assert gateway.api_key not in str(error) + repr(error)


@pytest.mark.clause("SCOPE-4")
@pytest.mark.clause("CLIENT-3")
def test_tokens_are_fetched_once_and_reused(gateway: Gateway) -> None:
    client = Client(gateway.url, client_id=gateway.client_id,
                    client_secret=gateway.client_secret)
    for _ in range(3):
        seen = client.get("/api/echo").json()["headers"]
        assert seen["x-charter-auth"] == "bearer"
        assert seen["x-charter-client"] == gateway.client_id
    assert client._tokens is not None
    assert client._tokens.fetches == 1
    token = client.token()
    assert token.scopes == ("orders:read",)
    assert 500 < token.lifetime <= 600
    assert token.value.reveal() not in repr(token)


@pytest.mark.clause("SCOPE-4")
def test_a_token_is_replaced_shortly_before_it_expires(gateway: Gateway) -> None:
    now = [1_000_000.0]
    client = Client(gateway.url)  # only its transport and retries are used here
    source = TokenSource(f"{gateway.url}/oauth/token", gateway.client_id,
                         Secret(gateway.client_secret), exchange=client._exchange_url,
                         clock=lambda: now[0])
    first = source.token()
    assert first.expires_at == now[0] + 600
    now[0] += 539  # the margin is a tenth of the lifetime: 60 s
    assert source.token() is first
    now[0] += 1
    second = source.token()
    assert second is not first and source.fetches == 2
    assert second.value.reveal() != first.value.reveal()


@pytest.mark.clause("SCOPE-4")
def test_a_refused_token_is_replaced_once(gateway: Gateway,
                                          caplog: pytest.LogCaptureFixture) -> None:
    client = Client(gateway.url, client_id=gateway.client_id,
                    client_secret=gateway.client_secret)
    client.get("/api/echo")
    source = client._tokens
    assert source is not None and source._cached is not None
    # A token the gateway no longer accepts (as after a revocation): its signature is broken.
    head, payload, signature = source._cached.value.reveal().split(".")
    broken = ".".join((head, payload, signature[:-4] + ("AAAA" if signature[-4:] != "AAAA"
                                                         else "BBBB")))
    source._cached = dataclasses.replace(source._cached, value=Secret(broken))
    with caplog.at_level(logging.INFO, logger="charter.client"):
        # A POST too: the gateway refused it before forwarding, so sending it again is safe.
        assert client.post("/api/echo", json={"n": 1}).status == 200
    assert source.fetches == 2
    assert "retrying once" in caplog.text
    assert broken not in caplog.text


@pytest.mark.clause("CLIENT-3")
def test_a_wrong_client_secret_is_a_token_error_that_repeats_nothing(gateway: Gateway) -> None:
    wrong = gateway.client_secret[:-2] + "xx"
    client = Client(gateway.url, client_id=gateway.client_id, client_secret=wrong)
    with pytest.raises(TokenError) as refused:
        client.get("/api/echo")
    assert refused.value.error == "invalid_client"
    assert refused.value.status == 401
    assert wrong not in str(refused.value) and wrong not in repr(client)


@pytest.mark.clause("SCOPE-4")
def test_special_category_data_is_not_sent_without_allow_special(
        gateway: Gateway, caplog: pytest.LogCaptureFixture) -> None:
    client = Client(gateway.url, api_key=gateway.api_key)
    with pytest.raises(SensitiveDataError) as refused:
        client.post("/api/echo", json=HEALTH_RECORD)
    kinds = {finding.kind for finding in refused.value.findings}
    assert "health" in kinds
    assert any(f.path.startswith("$.patient") for f in refused.value.findings)
    message = str(refused.value)
    assert "diabetes" not in message and "E11.9" not in message
    # Allowed by the call, it is sent, and the gateway's own privacy guard has the last word.
    with caplog.at_level(logging.INFO, logger="charter.client"):
        with pytest.raises(ProblemError) as blocked:
            client.post("/api/echo", json=HEALTH_RECORD, allow_special=True)
    assert (blocked.value.status, blocked.value.code) == (422, "sensitive_data_blocked")
    assert "as the call allows" in caplog.text
    assert "diabetes" not in caplog.text
    # A client set to warn sends it too, with a warning naming paths and kinds only.
    warning = Client(gateway.url, api_key=gateway.api_key, preflight="warn")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="charter.client"):
        with pytest.raises(ProblemError):
            warning.post("/api/echo", json=HEALTH_RECORD)
    assert "special-category data" in caplog.text and "health" in caplog.text
    assert "diabetes" not in caplog.text
    # Ordinary personal data is API traffic: not refused by the client.
    assert client.post("/api/echo", json={"email": "ada@example.com"}).status == 200


@pytest.mark.clause("CLIENT-4")
def test_tls_with_a_private_ca(tls_gateway: Gateway, certificates: dict[str, Path]) -> None:
    assert tls_gateway.url.startswith("https://")
    trusted = Client(tls_gateway.url, api_key=tls_gateway.api_key, ca_file=certificates["ca"])
    assert trusted.get("/api/echo").json()["headers"]["x-forwarded-proto"] == "https"
    tokens = Client(tls_gateway.url, client_id=tls_gateway.client_id,
                    client_secret=tls_gateway.client_secret, ca_file=certificates["ca"])
    assert tokens.get("/api/echo").status == 200
    # The system's trust store does not know the private CA: refused, and not retried.
    untrusted = Client(tls_gateway.url, api_key=tls_gateway.api_key)
    with pytest.raises(CertificateError, match="could not be verified"):
        untrusted.get("/api/echo")
    # The certificate names 127.0.0.1, not localhost: the host name check refuses it.
    port = tls_gateway.server.gateway_port
    wrong_name = Client(f"https://localhost:{port}", api_key=tls_gateway.api_key,
                        ca_file=certificates["ca"])
    with pytest.raises(CertificateError):
        wrong_name.get("/api/echo")
