"""Diagnostic logs: JSON lines, and secrets redacted before they are written."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from charter.admin.auth import bootstrap_token
from charter.logs import configure_logging, redact_secrets
from charter.privacy.keyring import Keyring

LogLines = Callable[[], list[dict[str, Any]]]


@pytest.fixture
def log_lines() -> Iterator[LogLines]:
    """Configure logging into a buffer; give a reader of the JSON lines; restore the root."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    buffer = io.StringIO()
    configure_logging("debug", stream=buffer)
    yield lambda: [json.loads(line) for line in buffer.getvalue().splitlines()]
    for handler in [h for h in root.handlers if h not in saved_handlers]:
        root.removeHandler(handler)
    root.setLevel(saved_level)


def test_lines_are_json_with_the_standard_fields_and_extras(log_lines: LogLines) -> None:
    logging.getLogger("charter.test").info("worker %s started", 3, extra={"worker": 3})
    (line,) = log_lines()
    assert line["level"] == "info"
    assert line["logger"] == "charter.test"
    assert line["message"] == "worker 3 started"
    assert line["worker"] == 3
    assert line["time"].endswith("+00:00")


@pytest.mark.clause("DATA-3")
def test_a_token_logged_by_mistake_comes_out_redacted(log_lines: LogLines) -> None:
    token = bootstrap_token(Keyring.generate())
    jwt = ("eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJjbGllbnQtNDIiLCJzY29wZSI6Im9yZGVycyJ9"
           ".MEUCIQDx7pQ3mZ1dE9")
    api_key = "chk_live_Zx81kQpL0aVb77Rt2mNcY5wE"
    vendor = "sk_live_51HqA9dKfP2xYtQ8vLm3Nw0Rz"
    pem = ("-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n"
           "-----END PRIVATE KEY-----")
    log = logging.getLogger("charter.somewhere")

    log.info("calling admin with %s", f"Authorization: Bearer {token}")
    log.warning("upstream said no", extra={"authorization": f"Bearer {token}",
                                           "headers": {"Cookie": "sid=s3cr3tSess10n",
                                                       "X-Api-Key": api_key, "accept": "*/*"},
                                           "note": f"key was {vendor}"})
    log.error("bad token %s in query access_token=%s", jwt, "abc123def456")
    log.info("loaded key material: %s", pem)
    log.info("store at postgresql://charter:hunter2pass@db.internal:5432/charter")
    log.info("raw headers: {'cookie': 'a=1; b=2', 'x-api-key': '%s'}", api_key)
    try:
        raise RuntimeError(f"refused credential {token}")
    except RuntimeError:
        log.exception("request failed")

    lines = log_lines()
    text = json.dumps(lines)
    for secret in (token, token[4:], jwt, jwt.split(".")[1], api_key, vendor, "s3cr3tSess10n",
                   "abc123def456", "MIGHAgEAMBMGByqGSM49", "hunter2pass", "b=2"):
        assert secret not in text, secret
    assert lines[1]["authorization"] == "[redacted]"
    assert lines[1]["headers"]["accept"] == "*/*"  # only the secret fields go
    assert "[redacted]" in lines[0]["message"]
    assert lines[4]["message"] == "store at postgresql://charter:[redacted]@db.internal:5432/charter"
    assert "RuntimeError: refused credential [redacted]" in lines[-1]["exception"]


def test_ordinary_text_is_left_alone() -> None:
    for text in (
        "charter_access_log_dropped_total rose to 4",
        "basic authentication failed for route orders",
        "GET /api/orders/1001 -> 200 in 3.1 ms",
        "token verification failed: expired",
        "config version 7 applied (sha256 prefix 3fa9c1)",
    ):
        assert redact_secrets(text) == text


def test_configuring_twice_keeps_one_handler(log_lines: LogLines) -> None:
    second = io.StringIO()
    handler = configure_logging("info", stream=second)
    root = logging.getLogger()
    ours = [h for h in root.handlers if type(h) is type(handler)]
    assert ours == [handler]
    logging.getLogger("charter.test").info("once")
    logging.getLogger("charter.test").debug("below the new level")
    assert [json.loads(line)["message"] for line in second.getvalue().splitlines()] == ["once"]
    assert log_lines() == []


def test_an_unknown_level_is_refused() -> None:
    with pytest.raises(ValueError):
        configure_logging("loud")
