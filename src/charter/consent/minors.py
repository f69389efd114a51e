"""Minors (clause CHILD-1): mark a person as a child, record their guardian's authorization.

A marked person's data is not processed by the gateway until an authorization is recorded;
nor is the data of a person whose token says they are a minor (`children.claims`), whose
authorization is recorded here too.
The authorization itself is kept elsewhere (a signed form, a ticket): this table holds its
reference. Marks and authorizations only move forward; callers audit every change.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from charter.consent.models import ACTOR_MAX, REF_MAX, SUBJECT_MAX, minors
from charter.consent.records import ConsentError, Notify, _aware
from charter.store.engine import write_transaction


@dataclass(frozen=True)
class Minor:
    subject_key: str
    marked_by: str
    marked_at: datetime
    guardian_authorization: str | None
    authorized_by: str | None
    authorized_at: datetime | None

    @property
    def authorized(self) -> bool:
        return self.authorized_at is not None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "authorized": self.authorized}


def _minor(row: Any) -> Minor:
    return Minor(subject_key=row.subject_key, marked_by=row.marked_by,
                 marked_at=_aware(row.marked_at),
                 guardian_authorization=row.guardian_authorization,
                 authorized_by=row.authorized_by, authorized_at=_aware(row.authorized_at))


def change_message(minor: Minor) -> dict[str, Any]:
    return {"kind": "minor", "subject_key": minor.subject_key, "authorized": minor.authorized}


def _actor(value: str) -> None:
    if not value or len(value) > ACTOR_MAX:
        raise ConsentError("invalid_actor", "who acts must be named in at most 64 characters")


def mark(engine: Engine, subject_key: str, *, marked_by: str, now: datetime | None = None,
         notify: Notify | None = None) -> tuple[Minor, bool]:
    """Mark a person as a minor; marking again changes nothing (False)."""
    if not subject_key or len(subject_key) > SUBJECT_MAX:
        raise ConsentError("invalid_subject", "the subject key is missing or too long")
    _actor(marked_by)
    now = now or datetime.now(UTC)
    with write_transaction(engine, lock="minors") as connection:
        row = connection.execute(select(minors).where(minors.c.subject_key == subject_key)).first()
        if row is not None:
            return _minor(row), False
        connection.execute(insert(minors).values(
            subject_key=subject_key, marked_by=marked_by, marked_at=now,
            guardian_authorization=None, authorized_by=None, authorized_at=None,
            changed_at=now))
    minor = Minor(subject_key, marked_by, now, None, None, None)
    if notify is not None:
        notify(change_message(minor))
    return minor, True


def authorize(engine: Engine, subject_key: str, *, reference: str, authorized_by: str,
              now: datetime | None = None, notify: Notify | None = None) -> Minor:
    """Record the guardian authorization of a minor. A person not marked yet (a minor known
    by a claim of their token, see `charter.consent.minor_claims`) is marked by the same
    write, by whoever authorizes. Raises `ConsentError` `already_authorized`."""
    if not subject_key or len(subject_key) > SUBJECT_MAX:
        raise ConsentError("invalid_subject", "the subject key is missing or too long")
    reference = reference.strip()
    if not reference or len(reference) > REF_MAX:
        raise ConsentError("invalid_reference",
                           "the authorization reference is missing or longer than 128")
    _actor(authorized_by)
    now = now or datetime.now(UTC)
    with write_transaction(engine, lock="minors") as connection:
        row = connection.execute(select(minors).where(minors.c.subject_key == subject_key)).first()
        if row is None:
            connection.execute(insert(minors).values(
                subject_key=subject_key, marked_by=authorized_by, marked_at=now,
                guardian_authorization=reference, authorized_by=authorized_by,
                authorized_at=now, changed_at=now))
            minor = Minor(subject_key, authorized_by, now, reference, authorized_by, now)
        elif row.authorized_at is not None:
            raise ConsentError("already_authorized", "an authorization is already recorded")
        else:
            connection.execute(update(minors).where(minors.c.subject_key == subject_key).values(
                guardian_authorization=reference, authorized_by=authorized_by,
                authorized_at=now, changed_at=now))
            minor = Minor(row.subject_key, row.marked_by, _aware(row.marked_at), reference,
                          authorized_by, now)
    if notify is not None:
        notify(change_message(minor))
    return minor


def list_minors(engine: Engine, *, subject_key: str | None = None,
                limit: int = 500) -> list[Minor]:
    query = select(minors).order_by(minors.c.marked_at.desc()).limit(limit)
    if subject_key is not None:
        query = query.where(minors.c.subject_key == subject_key)
    with engine.connect() as connection:
        return [_minor(row) for row in connection.execute(query)]
