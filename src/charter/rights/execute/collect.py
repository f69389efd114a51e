"""Reading everything held about a subject, as the subject may see it.

Rows are read table by table through the subject column's index. Each value is made readable
for its subject and safe to hand over:
- fields sealed under a subject's data key (`sk1....`) are opened with `SubjectKeys.open`,
  under the pseudonymous keys the row holds (its subject column, a `sealed_by`...) and then
  the request's; the purpose label tried is `<table>.<column>` and then, for tables named
  `<slice>_<things>`, `<slice>.<column>` (`rights_requests.contact` is sealed as
  `rights.contact`). A field that opens under none, or whose key was erased, reads as
  `[sealed]` or `[erased]`;
- captured bodies are decrypted with their day's key (`[expired]` once the key is purged);
- credentials and key material (hashes, secrets, wrapped keys, other binary columns) are
  withheld: handing them out would weaken the subject's own account, and they describe
  nobody (GDPR Art. 15(4));
- times become ISO 8601 text in UTC.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, LargeBinary, select

from charter.capture.crypto import CaptureCryptoError, body_aad, open_sealed
from charter.capture.keys import load_day_key
from charter.privacy.keyring import Keyring
from charter.rights.execute.subjects import SubjectTable
from charter.shredding.keys import ERASED, SubjectKeyError, SubjectKeys

SEALED_PREFIX = "sk1."
_KEY_PREFIX = "sk_"  # a pseudonymous subject key (`Pseudonymizer`)
WITHHELD = "[withheld: credential or key material]"
UNOPENED = "[sealed]"
_CREDENTIAL_WORDS = ("hash", "secret", "password", "wrapped", "token", "totp")
_CHUNK = 500

Row = dict[str, Any]
Opener = Callable[[Row], Row]


class Reader:
    """Reads a subject's rows and renders their values; one per request."""

    def __init__(self, engine: Engine, keyring: Keyring, subject_keys: tuple[str, ...]) -> None:
        self._engine = engine
        self._keyring = keyring
        self._keys = SubjectKeys(engine, keyring)
        self._subject_keys = subject_keys
        self._day_keys: dict[date, bytes | None] = {}
        self._openers: dict[str, Opener] = {"captures": self._open_capture}
        self._withheld: dict[str, frozenset[str]] = {}

    def rows(self, connection: Connection, found: SubjectTable) -> Iterator[Row]:
        """The subject's rows of one table, rendered, in primary-key order."""
        table = found.table
        column = table.c[found.column]
        order = list(table.primary_key.columns) or [column]
        values = list(found.values)
        for start in range(0, len(values), _CHUNK):
            chunk = values[start:start + _CHUNK]
            result = connection.execute(select(table).where(column.in_(chunk)).order_by(*order))
            for raw in result.mappings():
                yield self.render(found, dict(raw))

    def render(self, found: SubjectTable, raw: Row) -> Row:
        table = found.table
        opener = self._openers.get(table.name)
        if opener is not None:
            raw = opener(raw)
        # The keys a sealed field of this row may be under: the row's own first.
        owners = tuple(dict.fromkeys([
            *(value for value in raw.values()
              if isinstance(value, str) and value.startswith(_KEY_PREFIX)),
            *self._subject_keys]))
        withheld = self._withheld.get(table.name)
        if withheld is None:
            withheld = self._withheld[table.name] = frozenset(
                column.name for column in table.columns if _withheld(column.name, column.type))
        rendered: Row = {}
        for name, value in raw.items():
            if name in withheld:
                rendered[name] = None if value is None else WITHHELD
                continue
            rendered[name] = self._value(table.name, name, value, owners)
        return rendered

    # -- values ---------------------------------------------------------------------------------
    def _value(self, table: str, column: str, value: Any, owners: tuple[str, ...]) -> Any:
        if isinstance(value, datetime):
            aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
            return aware.astimezone(UTC).isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, bytes | memoryview):
            return WITHHELD
        if isinstance(value, str) and value.startswith(SEALED_PREFIX):
            return self._open(_labels(table, column), value, owners)
        if isinstance(value, dict):
            return {key: self._value(table, f"{column}.{key}", item, owners)
                    for key, item in value.items()}
        if isinstance(value, list):
            return [self._value(table, column, item, owners) for item in value]
        return value

    def _open(self, labels: tuple[str, ...], token: str, owners: tuple[str, ...]) -> str:
        for subject_key in owners:
            for label in labels:
                try:
                    return self._keys.open(subject_key, token, label)
                except SubjectKeyError:
                    continue
        erased = any(self._keys.is_erased(key) for key in owners)
        return ERASED if erased else UNOPENED

    # -- table openers --------------------------------------------------------------------------
    def _open_capture(self, raw: Row) -> Row:
        """A capture with its body decrypted (`body`) instead of its nonce and ciphertext."""
        row = {k: v for k, v in raw.items() if k not in {"nonce", "ciphertext"}}
        day = raw.get("day")
        key = self._day_key(day) if isinstance(day, date) else None
        if key is None:
            row["body"] = "[expired]"
            return row
        try:
            data = open_sealed(key, bytes(raw["nonce"]), bytes(raw["ciphertext"]),
                               body_aad(raw["id"], raw["request_id"], raw["direction"]))
        except CaptureCryptoError:
            row["body"] = UNOPENED
            return row
        row["body"] = data.decode("utf-8", errors="replace")
        return row

    def _day_key(self, day: date) -> bytes | None:
        if day not in self._day_keys:
            try:
                self._day_keys[day] = load_day_key(self._engine, self._keyring, day)
            except CaptureCryptoError:
                self._day_keys[day] = None
        return self._day_keys[day]


def _withheld(name: str, column_type: Any) -> bool:
    if isinstance(column_type, LargeBinary):
        return True
    return any(word in name for word in _CREDENTIAL_WORDS)


def _labels(table: str, column: str) -> tuple[str, ...]:
    labels = [f"{table}.{column}"]
    head, sep, _ = table.partition("_")
    if sep:
        labels.append(f"{head}.{column}")
    return tuple(labels)


def to_json_text(value: Any) -> str:
    """A rendered value as one CSV cell: text as it is, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
