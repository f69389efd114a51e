"""Clause CLIENT-3: no secret in the client's logs, reprs, exceptions or tracebacks."""

from __future__ import annotations

import logging
import pickle
import traceback

import pytest

from charter.client import Client, ClientError, ProblemError, RetryPolicy, TokenError
from charter.client.credentials import from_values
from charter.client.redact import safe_headers, safe_url
from charter.client.secret import Secret
from tests.client.conftest import Gateway, ScriptedFactory

pytestmark = pytest.mark.usefixtures("no_credentials")


@pytest.mark.e2e
@pytest.mark.clause("CLIENT-3")
@pytest.mark.clause("SCOPE-4")
def test_nothing_secret_reaches_the_debug_log(gateway: Gateway,
                                              caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    with caplog.at_level(logging.DEBUG, logger="charter.client"):
        keyed = Client(gateway.url, api_key=gateway.api_key)
        keyed.get("/api/echo", params={"access_token": "should-not-be-logged-9Zq"})
        tokens = Client(gateway.url, client_id=gateway.client_id,
                        client_secret=gateway.client_secret)
        tokens.get("/api/echo")
        token = tokens.token().value.reveal()
        for failing in (lambda: keyed.get("/api/admin/echo"),
                        lambda: Client(gateway.url, client_id=gateway.client_id,
                                       client_secret="cs_wrong" + gateway.client_secret)
                        .get("/api/echo")):
            with pytest.raises(ClientError) as error:
                failing()
            shown += [str(error.value), repr(error.value),
                      "".join(traceback.format_exception(error.value))]
        shown += [repr(keyed), repr(tokens), repr(tokens.credentials), repr(tokens._tokens),
                  repr(tokens.token())]
    log = caplog.text
    assert "x-api-key" in log and "[redacted]" in log  # the headers are logged, redacted
    assert "access_token=[redacted]" in log
    assert "obtained an access token" in log
    for secret in [*gateway.secrets(), token, "should-not-be-logged-9Zq"]:
        assert secret not in log
        for text in shown:
            assert secret not in text


@pytest.mark.clause("CLIENT-3")
def test_errors_from_the_server_do_not_carry_secrets_through(
        scripted: ScriptedFactory) -> None:
    leaked = "chk_live_" + "Lk9" * 12
    server = scripted([(400, [("content-type", "application/problem+json")],
                        f'{{"title":"bad","status":400,"code":"bad_request",'
                        f'"detail":"key {leaked} refused"}}'.encode()),
                       (401, [("content-type", "application/json")],
                        f'{{"error":"invalid_client","error_description":'
                        f'"secret {leaked}"}}'.encode())])
    client = Client(server.url, retry=RetryPolicy(attempts=1))
    with pytest.raises(ProblemError) as problem:
        client.get("/")
    assert problem.value.code == "bad_request"
    assert leaked not in str(problem.value) and leaked not in repr(problem.value)
    tokens = Client(server.url, client_id="cli_1", client_secret="s3cret-Value-1")
    with pytest.raises(TokenError) as refused:
        tokens.get("/")
    assert leaked not in str(refused.value) and "s3cret-Value-1" not in str(refused.value)


@pytest.mark.clause("CLIENT-3")
def test_credential_headers_are_the_clients_to_set() -> None:
    client = Client("https://api.example.com", api_key="chk_test_" + "Aa1" * 12)
    for name in ("Authorization", "x-api-key", "Proxy-Authorization"):
        with pytest.raises(ValueError, match="credentials") as refused:
            client.get("/", headers={name: "Bearer chk_test_leaked"})
        assert "leaked" not in str(refused.value)
    with pytest.raises(ValueError) as injected:
        client.get("/", headers={"x-trace": "a\r\nx-evil: chk_test_leaked"})
    assert "leaked" not in str(injected.value)


@pytest.mark.clause("CLIENT-3")
def test_secrets_hide_themselves() -> None:
    secret = Secret("s3cret-Value-1")
    assert "s3cret" not in repr(secret) + str(secret) + f"{secret}" + f"{secret!r}"
    assert secret.reveal() == "s3cret-Value-1"
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    credentials = from_values(None, "cli_1", "s3cret-Value-1", "the test")
    assert "s3cret" not in repr(credentials)
    headers = safe_headers([("Authorization", "Bearer abc.def.ghi"), ("Cookie", "s=1"),
                            ("X-Trace", "chk_live_" + "Zz9" * 12), ("Accept", "*/*")])
    assert headers == {"authorization": "[redacted]", "cookie": "[redacted]",
                       "x-trace": "[redacted]", "accept": "*/*"}
    assert safe_url("https://gw", "/a?token=x&page=2") == "https://gw/a?token=[redacted]&page=[redacted]"
