"""Charter's diagnostic logs: JSON lines, with secrets redacted before anything is written.

`configure_logging` installs one handler on the root logger. Every record that reaches it
passes `SecretFilter` first, which rewrites the message, the `extra` fields and any traceback
so that credentials logged by mistake (bearer tokens, API keys, cookies, private keys, JWTs)
come out as `[redacted]` (clause DATA-3). Then `JsonFormatter` writes one JSON object a line:
`time`, `level`, `logger`, `message`, the `extra` fields, and `exception` when there is one.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from charter.privacy.redaction import REDACTED

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING,
           "error": logging.ERROR, "critical": logging.CRITICAL}

# Field names whose whole value is a secret, wherever they appear (extra keys, dict keys,
# `name=value` or `name: value` in text).
_SENSITIVE_FIELDS = (
    r"authorization|proxy-authorization|cookie|set-cookie|x-api-key|x-auth-token"
    r"|api[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|client[_-]?secret"
    r"|secret|password|passwd|token"
)
_SECRET_KEY = re.compile(rf"^(?:{_SENSITIVE_FIELDS})$", re.IGNORECASE)

# Whole-line header values (a cookie or an authorization value may hold spaces and `;`).
_HEADER_LINE = re.compile(
    r"(?i)\b(authorization|proxy-authorization|cookie|set-cookie)([\"']?\s*[:=]\s*)"
    r"(\"[^\"]*\"|'[^']*'|[^\r\n]*)"
)
_NAME_VALUE = re.compile(
    rf"(?i)\b({_SENSITIVE_FIELDS})([\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s\"',;&]+)"
)
_SCHEME_TOKEN = re.compile(r"(?i)\b(bearer|basic)\s+([A-Za-z0-9._~+/=-]{8,})")
_PEM_PRIVATE = re.compile(
    r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z)",
    re.DOTALL,
)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*){1,2}")
# Keys with a recognisable prefix: Charter's own (`cha_`, `chk_`, ...) and common vendors'.
_PREFIXED_KEY = re.compile(
    r"\b(?:ch[a-z]_|(?:sk|pk|rk)_(?:live|test)_|gh[pousr]_|xox[abprs]-|AKIA)[A-Za-z0-9_-]{12,}"
)
# Other `prefix_longrandomtext` values: only replaced when the tail looks random (it mixes
# upper case, lower case and digits), so identifiers like `access_log_dropped_total` survive.
_RANDOM_TAIL = re.compile(r"\b[A-Za-z]{2,10}(?:_live|_test)?_([A-Za-z0-9_-]{20,})")
_URL_PASSWORD = re.compile(r"\b([a-z][a-z0-9+.-]*://[^/\s:@]*:)[^/\s@]+@", re.IGNORECASE)


def _random_tail(match: re.Match[str]) -> str:
    tail = match.group(1)
    if any(c.isupper() for c in tail) and any(c.islower() for c in tail) and any(
            c.isdigit() for c in tail):
        return REDACTED
    return match.group(0)


def _scheme_token(match: re.Match[str]) -> str:
    scheme, credential = match.group(1), match.group(2)
    # "Bearer <anything>" is a token. After "Basic", only something base64-like is: this
    # keeps "basic authentication failed" readable.
    if scheme.lower() == "basic" and credential.isalpha() and (
            credential.islower() or credential.isupper() or credential.istitle()):
        return match.group(0)
    return f"{scheme} {REDACTED}"


def redact_secrets(text: str) -> str:
    """`text` with secret-looking material replaced by `[redacted]`.

    Over-redaction is the accepted failure mode: a diagnostic line that lost a harmless word
    costs little, a leaked credential costs a lot.
    """
    text = _PEM_PRIVATE.sub(REDACTED, text)
    text = _HEADER_LINE.sub(lambda m: m.group(1) + m.group(2) + REDACTED, text)
    text = _NAME_VALUE.sub(lambda m: m.group(1) + m.group(2) + REDACTED, text)
    text = _SCHEME_TOKEN.sub(_scheme_token, text)
    text = _JWT.sub(REDACTED, text)
    text = _PREFIXED_KEY.sub(REDACTED, text)
    text = _RANDOM_TAIL.sub(_random_tail, text)
    return _URL_PASSWORD.sub(lambda m: m.group(1) + REDACTED + "@", text)


def redact_value(value: Any) -> Any:
    """Redact strings inside `value`; dict entries under a secret-looking key lose their value."""
    if isinstance(value, str):
        return redact_secrets(value)
    if isinstance(value, bytes):
        return redact_secrets(value.decode("utf-8", "replace"))
    if isinstance(value, dict):
        return {k: REDACTED if isinstance(k, str) and _SECRET_KEY.match(k) else redact_value(v)
                for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [redact_value(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return redact_secrets(str(value))


# The attributes every LogRecord has; anything else on a record came from `extra=`.
_RECORD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message", "asctime", "taskName",
}


class SecretFilter(logging.Filter):
    """Rewrites a record in place so that no handler sees its secrets. Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_charter_redacted", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the line
            message = f"{record.msg!r} (unformattable arguments)"
        record.msg = redact_secrets(message)
        record.args = None
        for key in [k for k in vars(record) if k not in _RECORD_ATTRS]:
            value = getattr(record, key)
            setattr(record, key, REDACTED if _SECRET_KEY.match(key) else redact_value(value))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_secrets(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_secrets(record.stack_info)
        record._charter_redacted = True
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, extras."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _RECORD_ATTRS and not key.startswith("_"):
                doc[key if key not in doc else f"extra_{key}"] = value
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            doc["exception"] = record.exc_text
        if record.stack_info:
            doc["stack"] = record.stack_info
        return json.dumps(doc, default=str, ensure_ascii=False)


class _CharterHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Marks the handler `configure_logging` owns, so a second call replaces it."""


def configure_logging(level: str = "info", stream: TextIO | None = None) -> logging.Handler:
    """Send every log record to `stream` (stderr by default) as redacted JSON lines.

    Idempotent: calling it again replaces the handler it installed before (so the level or
    stream can change) and leaves handlers installed by anyone else alone. Returns the handler.
    """
    try:
        numeric = _LEVELS[level.lower()]
    except KeyError:
        raise ValueError(f"unknown log level {level!r}; use one of {', '.join(_LEVELS)}") from None
    root = logging.getLogger()
    for existing in [h for h in root.handlers if isinstance(h, _CharterHandler)]:
        root.removeHandler(existing)
        existing.close()
    handler = _CharterHandler(stream if stream is not None else sys.stderr)
    handler.addFilter(SecretFilter())
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(numeric)
    return handler
