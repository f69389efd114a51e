"""Minors (clause CHILD-1): mark a person as a child, record their guardian's authorization.

A marked person's data is not processed by the gateway until an authorization is recorded;
nor is the data of a person whose token says they are a minor (`children.claims`), whose
authorization is recorded here too. The authorization itself is kept elsewhere (a signed
form, a ticket): this table holds its reference.

A person is marked by hand (`mark`), or by their account: an account whose `is_minor` flag is
set marks every key it is known by (`sync_account`: its own subject key, and the key of the
sign-in it uses at the gateway), and clearing the flag unmarks those marks again. Only marks an
account made are ever unmarked; the row stays, with who unmarked it and when. A recorded
authorization is never taken back here, and it covers every mark of the same account.

Every write sets `changed_at` later than the row's previous one (even when clocks disagree),
so that the gateway processes, which hear of changes by message and by reading the store in
any order, apply the newest state of each row and ignore older ones. Callers audit every
change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, or_, select, update

from charter.consent.models import ACTOR_MAX, REF_MAX, SUBJECT_MAX, minors
from charter.consent.records import ConsentError, Notify
from charter.store.engine import write_transaction
from charter.store.times import as_utc

LOCK = "minors"
_TICK = timedelta(microseconds=1)


@dataclass(frozen=True)
class Minor:
    subject_key: str
    marked_by: str
    marked_at: datetime
    guardian_authorization: str | None
    authorized_by: str | None
    authorized_at: datetime | None
    account_id: str | None = None  # the account whose `is_minor` flag made this mark
    unmarked_at: datetime | None = None
    unmarked_by: str | None = None
    changed_at: datetime | None = None

    @property
    def authorized(self) -> bool:
        return self.authorized_at is not None

    @property
    def marked(self) -> bool:
        """False once the account that made the mark no longer says the person is a minor."""
        return self.unmarked_at is None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "authorized": self.authorized, "marked": self.marked}


def _minor(row: Any) -> Minor:
    return Minor(subject_key=row.subject_key, marked_by=row.marked_by,
                 marked_at=as_utc(row.marked_at),
                 guardian_authorization=row.guardian_authorization,
                 authorized_by=row.authorized_by, authorized_at=as_utc(row.authorized_at),
                 account_id=row.account_id, unmarked_at=as_utc(row.unmarked_at),
                 unmarked_by=row.unmarked_by, changed_at=as_utc(row.changed_at))


def change_message(minor: Minor) -> dict[str, Any]:
    """What gateway workers need: the key, its state, and the version of that state."""
    return {"kind": "minor", "subject_key": minor.subject_key, "authorized": minor.authorized,
            "marked": minor.marked,
            "changed_at": minor.changed_at.isoformat() if minor.changed_at else None}


def _actor(value: str) -> None:
    if not value or len(value) > ACTOR_MAX:
        raise ConsentError("invalid_actor", "who acts must be named in at most 64 characters")


def _subject(subject_key: str) -> None:
    if not subject_key or len(subject_key) > SUBJECT_MAX:
        raise ConsentError("invalid_subject", "the subject key is missing or too long")


def _after(row: Any, now: datetime) -> datetime:
    """A `changed_at` for a new write to `row`: `now`, or just after the row's last one."""
    previous = as_utc(row.changed_at) if row is not None else None
    return now if previous is None or now > previous else previous + _TICK


def _row(connection: Connection, subject_key: str) -> Any:
    return connection.execute(select(minors).where(minors.c.subject_key == subject_key)).first()


def _notify_all(notify: Notify | None, changed: Sequence[Minor]) -> None:
    if notify is not None:
        for minor in changed:
            notify(change_message(minor))


def mark(engine: Engine, subject_key: str, *, marked_by: str, now: datetime | None = None,
         notify: Notify | None = None) -> tuple[Minor, bool]:
    """Mark a person as a minor; marking a marked person again changes nothing (False).
    A mark an account had made and then cleared is made again, by hand this time."""
    _subject(subject_key)
    _actor(marked_by)
    now = now or datetime.now(UTC)
    with write_transaction(engine, lock=LOCK) as connection:
        row = _row(connection, subject_key)
        if row is not None and row.unmarked_at is None:
            return _minor(row), False
        if row is None:
            connection.execute(insert(minors).values(
                subject_key=subject_key, marked_by=marked_by, marked_at=now,
                guardian_authorization=None, authorized_by=None, authorized_at=None,
                account_id=None, unmarked_at=None, unmarked_by=None, changed_at=now))
        else:
            connection.execute(update(minors).where(minors.c.subject_key == subject_key).values(
                marked_by=marked_by, marked_at=now, account_id=None, unmarked_at=None,
                unmarked_by=None, changed_at=_after(row, now)))
        minor = _minor(_row(connection, subject_key))
    _notify_all(notify, [minor])
    return minor, True


def authorize(engine: Engine, subject_key: str, *, reference: str, authorized_by: str,
              now: datetime | None = None, notify: Notify | None = None) -> Minor:
    """Record the guardian authorization of a minor. A person not marked yet (a minor known
    by a claim of their token, see `charter.consent.minor_claims`) is marked by the same
    write, by whoever authorizes. The other marks of the same account are authorized with
    it: they are the same person. Raises `ConsentError` `already_authorized`."""
    _subject(subject_key)
    reference = reference.strip()
    if not reference or len(reference) > REF_MAX:
        raise ConsentError("invalid_reference",
                           "the authorization reference is missing or longer than 128")
    _actor(authorized_by)
    now = now or datetime.now(UTC)
    authorization = {"guardian_authorization": reference, "authorized_by": authorized_by,
                     "authorized_at": now}
    with write_transaction(engine, lock=LOCK) as connection:
        row = _row(connection, subject_key)
        if row is None:
            connection.execute(insert(minors).values(
                subject_key=subject_key, marked_by=authorized_by, marked_at=now,
                account_id=None, unmarked_at=None, unmarked_by=None, changed_at=now,
                **authorization))
            keys = [subject_key]
        elif row.authorized_at is not None:
            raise ConsentError("already_authorized", "an authorization is already recorded")
        else:
            siblings = [] if row.account_id is None else connection.execute(
                select(minors).where(minors.c.account_id == row.account_id,
                                     minors.c.subject_key != subject_key,
                                     minors.c.authorized_at.is_(None))).all()
            for each in (row, *siblings):
                connection.execute(update(minors).where(
                    minors.c.subject_key == each.subject_key).values(
                        changed_at=_after(each, now), **authorization))
            keys = [row.subject_key, *(each.subject_key for each in siblings)]
        changed = [_minor(_row(connection, key)) for key in keys]
    _notify_all(notify, changed)
    return changed[0]


def sync_account(connection: Connection, account_id: str, keys: Sequence[str],
                 is_minor: bool, *, actor: str, now: datetime) -> list[Minor]:
    """Make the marks of an account agree with its `is_minor` flag, inside the caller's write
    transaction (which must hold `LOCK`); returns the marks that changed, for the caller to
    publish (`change_message`) after the commit, and to audit.

    With the flag set, every key in `keys` (the account's own subject key, and the key of its
    sign-in at the gateway, when known) is marked, unless it is marked already (by hand, or by
    this account). A new mark carries the authorization an earlier mark of the account holds.
    Marks this account made for keys no longer in `keys`, or all of them when the flag is
    cleared, are unmarked."""
    _actor(actor)
    for key in keys:
        _subject(key)
    rows = connection.execute(select(minors).where(or_(
        minors.c.account_id == account_id, minors.c.subject_key.in_(list(keys))))).all()
    by_key = {row.subject_key: row for row in rows}
    ours = [row for row in rows if row.account_id == account_id]
    granted = next((row for row in ours if row.authorized_at is not None), None)
    wanted = list(dict.fromkeys(keys)) if is_minor else []
    touched: list[str] = []
    for key in wanted:
        row = by_key.get(key)
        if row is None:
            connection.execute(insert(minors).values(
                subject_key=key, marked_by=actor, marked_at=now, account_id=account_id,
                unmarked_at=None, unmarked_by=None, changed_at=now,
                guardian_authorization=granted.guardian_authorization if granted else None,
                authorized_by=granted.authorized_by if granted else None,
                authorized_at=as_utc(granted.authorized_at) if granted else None))
            touched.append(key)
        elif row.unmarked_at is not None:
            connection.execute(update(minors).where(minors.c.subject_key == key).values(
                marked_by=actor, marked_at=now, account_id=account_id, unmarked_at=None,
                unmarked_by=None, changed_at=_after(row, now)))
            touched.append(key)
    for row in ours:
        if row.unmarked_at is None and row.subject_key not in wanted:
            connection.execute(update(minors).where(
                minors.c.subject_key == row.subject_key).values(
                    unmarked_at=now, unmarked_by=actor, changed_at=_after(row, now)))
            touched.append(row.subject_key)
    return [_minor(_row(connection, key)) for key in touched]


def list_minors(engine: Engine, *, subject_key: str | None = None,
                account_id: str | None = None, limit: int = 500) -> list[Minor]:
    query = select(minors).order_by(minors.c.marked_at.desc(), minors.c.subject_key).limit(limit)
    if subject_key is not None:
        query = query.where(minors.c.subject_key == subject_key)
    if account_id is not None:
        query = query.where(minors.c.account_id == account_id)
    with engine.connect() as connection:
        return [_minor(row) for row in connection.execute(query)]


def publish_changes(notify: Notify | None, changed: Sequence[Minor]) -> None:
    """Tell the gateway processes of marks `sync_account` changed (after the commit)."""
    _notify_all(notify, changed)
