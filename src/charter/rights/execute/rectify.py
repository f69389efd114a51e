"""Rectification (GDPR Art. 16) of the account fields Charter holds.

The fields that can be corrected here are an account's `email` and `username` (checked as
when an account is created) and its `is_minor` flag. Other fields of a request are not
Charter's: they are passed on to the upstreams that hold personal data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, or_, select, update
from sqlalchemy.exc import IntegrityError

from charter.consent.minors import LOCK as MINORS_LOCK
from charter.consent.minors import Minor, publish_changes, sync_account
from charter.consent.records import Notify
from charter.identity.models import accounts
from charter.identity.service import _EMAIL, _USERNAME
from charter.rights.execute.subjects import Subject
from charter.store.engine import write_transaction

RECTIFY_ACTOR = "rights_request"


class RectifyError(Exception):
    """A field's new value is not acceptable; `code` is a machine code."""

    def __init__(self, code: str, field: str) -> None:
        super().__init__(f"{field}: {code}")
        self.code = code
        self.field = field


def _email(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if len(text) > 320 or not _EMAIL.fullmatch(text):
        raise RectifyError("invalid_value", "email")
    return text


def _username(value: Any) -> str:
    text = str(value or "").strip().lower()
    if not _USERNAME.fullmatch(text):
        raise RectifyError("invalid_value", "username")
    return text


def _minor(value: Any) -> bool:
    if not isinstance(value, bool):
        raise RectifyError("invalid_value", "is_minor")
    return value


RECTIFIABLE: dict[str, Callable[[Any], Any]] = {
    "email": _email, "username": _username, "is_minor": _minor}


@dataclass
class Rectified:
    accounts: list[str] = field(default_factory=list)  # account ids changed
    fields: list[str] = field(default_factory=list)  # names of the account fields changed
    elsewhere: list[str] = field(default_factory=list)  # names left for the upstreams


def rectify_accounts(engine: Engine, subject: Subject, fields: Mapping[str, Any], *,
                     notify: Notify | None = None) -> Rectified:
    """Apply the account fields of `fields` to the subject's accounts. Raises RectifyError
    (nothing is changed) when a value is invalid or a username is taken."""
    values = {name: RECTIFIABLE[name](value) for name, value in fields.items()
              if name in RECTIFIABLE}
    result = Rectified(fields=sorted(values),
                       elsewhere=sorted(name for name in fields if name not in RECTIFIABLE))
    if not values:
        return result
    match = []
    if subject.keys:
        match.append(accounts.c.subject_key.in_(subject.keys))
    if subject.ids("account"):
        match.append(accounts.c.id.in_(subject.ids("account")))
    if not match:
        return result
    minor = "is_minor" in values
    marks: list[Minor] = []
    try:
        # A change of `is_minor` moves the account's marks in `minors` in the same
        # transaction, as an officer's change through the admin API does.
        with write_transaction(engine, lock=MINORS_LOCK if minor else None) as connection:
            ids: list[str] = list(connection.execute(
                select(accounts.c.id).where(or_(*match))).scalars())
            if ids:
                connection.execute(update(accounts).where(accounts.c.id.in_(ids))
                                   .values(values))
            if minor:
                now = datetime.now(UTC)
                for row in connection.execute(
                        select(accounts.c.id, accounts.c.subject_key,
                               accounts.c.gateway_subject_key)
                        .where(accounts.c.id.in_(ids))):
                    keys = [key for key in (row.subject_key, row.gateway_subject_key) if key]
                    marks.extend(sync_account(connection, row.id, keys,
                                              bool(values["is_minor"]),
                                              actor=RECTIFY_ACTOR, now=now))
    except IntegrityError:
        raise RectifyError("conflict", "username") from None
    publish_changes(notify, marks)
    result.accounts = sorted(ids)
    return result
