"""What the client writes into its log lines: URLs and headers with their secrets removed.

Reuses Charter's own rules: the headers in `charter.privacy.redaction.SENSITIVE_HEADERS`
lose their values, query values are replaced (`redact_target`), and anything else that looks
like a credential (bearer tokens, `chk_` keys, JWTs) is caught by `charter.logs.redact_secrets`
on the way out (clauses CLIENT-3, DATA-3).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from charter.logs import redact_secrets
from charter.privacy.redaction import REDACTED, SENSITIVE_HEADERS, redact_target

LOGGER_NAME = "charter.client"


def safe_url(origin: str, target: str) -> str:
    """The URL for a log line: origin, path, and query parameter names only."""
    return redact_secrets(origin + redact_target(target))


def safe_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers for a log line: credential headers' values replaced by `[redacted]`."""
    return {name.lower(): REDACTED if name.lower() in SENSITIVE_HEADERS else redact_secrets(value)
            for name, value in headers}


class ClientLog:
    """The `charter.client` logger, through which every message is redacted after formatting,
    whatever handlers and filters the application installed."""

    def __init__(self) -> None:
        self.logger = logging.getLogger(LOGGER_NAME)

    def debug(self, message: str, *args: object) -> None:
        self._log(logging.DEBUG, message, args)

    def info(self, message: str, *args: object) -> None:
        self._log(logging.INFO, message, args)

    def warning(self, message: str, *args: object) -> None:
        self._log(logging.WARNING, message, args)

    def _log(self, level: int, message: str, args: tuple[object, ...]) -> None:
        if self.logger.isEnabledFor(level):
            text = message % args if args else message
            self.logger.log(level, "%s", redact_secrets(text), stacklevel=3)


log = ClientLog()
