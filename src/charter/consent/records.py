"""Consent records: give, withdraw, list (clause BASIS-1).

Only this module writes `consents`. Every write calls `notify` after its commit with a small
change message (ids and keys only), which `charter.consent.notify` publishes so that gateway
workers apply it at once; callers record the change in the audit log.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from charter.consent.models import SUBJECT_MAX, VERSION_MAX, consents
from charter.store.engine import write_transaction
from charter.store.times import as_utc

Notify = Callable[[dict[str, Any]], None]
# Where a consent was given or withdrawn. `rights_request`: withdrawn by a rights request
# (`withdraw_consent`, carried out by `charter.rights.execute`), which never gives one.
SOURCES = ("api", "admin", "cli", "import", "self_service", "rights_request")
GIVING_SOURCES = tuple(source for source in SOURCES if source != "rights_request")


class ConsentError(ValueError):
    """A consent that cannot be given or withdrawn; `code` is stable, the message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Consent:
    id: str
    subject_key: str
    purpose: str
    policy_version: str | None
    given_at: datetime
    source: str
    withdrawn_at: datetime | None
    withdrawal_source: str | None

    @property
    def current(self) -> bool:
        return self.withdrawn_at is None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "current": self.current}


def _consent(row: Any) -> Consent:
    return Consent(id=row.id, subject_key=row.subject_key, purpose=row.purpose,
                   policy_version=row.policy_version, given_at=as_utc(row.given_at),
                   source=row.source, withdrawn_at=as_utc(row.withdrawn_at),
                   withdrawal_source=row.withdrawal_source)


def _check(subject_key: str, purpose: str, source: str, policy_version: str | None,
           purposes: Collection[str] | None) -> None:
    if not subject_key or len(subject_key) > SUBJECT_MAX:
        raise ConsentError("invalid_subject", "the subject key is missing or too long")
    if purposes is not None and purpose not in purposes:
        raise ConsentError("unknown_purpose",
                           f"{purpose!r} is not a configured purpose whose basis is consent")
    _check_source(source, GIVING_SOURCES)
    if policy_version is not None and len(policy_version) > VERSION_MAX:
        raise ConsentError("invalid_policy_version", "the policy version is too long")


def _check_source(source: str, allowed: tuple[str, ...]) -> None:
    if source not in allowed:
        raise ConsentError("invalid_source", f"the source must be one of {', '.join(allowed)}")


def change_message(consent: Consent) -> dict[str, Any]:
    """What workers need to apply a change: no source, no times."""
    return {"kind": "consent", "id": consent.id, "subject_key": consent.subject_key,
            "purpose": consent.purpose, "current": consent.current}


def give(engine: Engine, subject_key: str, purpose: str, *, source: str,
         policy_version: str | None = None, purposes: Collection[str] | None = None,
         now: datetime | None = None, notify: Notify | None = None) -> tuple[Consent, bool]:
    """Record a consent. A current consent for the same subject and purpose is kept as it is
    (returned with False); otherwise a new one is written (True). `purposes`, when given, are
    the purposes a consent may be given for."""
    _check(subject_key, purpose, source, policy_version, purposes)
    now = now or datetime.now(UTC)
    with write_transaction(engine, lock="consents") as connection:
        row = connection.execute(select(consents).where(
            consents.c.subject_key == subject_key, consents.c.purpose == purpose,
            consents.c.withdrawn_at.is_(None))).first()
        if row is not None:
            return _consent(row), False
        consent = Consent(id="cns_" + secrets.token_hex(10), subject_key=subject_key,
                          purpose=purpose, policy_version=policy_version, given_at=now,
                          source=source, withdrawn_at=None, withdrawal_source=None)
        connection.execute(insert(consents).values(**asdict(consent), changed_at=now))
    if notify is not None:
        notify(change_message(consent))
    return consent, True


def withdraw(engine: Engine, consent_id: str, *, source: str, now: datetime | None = None,
             notify: Notify | None = None) -> Consent:
    """Withdraw one consent by id. Raises `ConsentError` `invalid_source` (not one of
    `SOURCES`), `not_found`, or `already_withdrawn`."""
    _check_source(source, SOURCES)
    now = now or datetime.now(UTC)
    with write_transaction(engine, lock="consents") as connection:
        row = connection.execute(select(consents).where(consents.c.id == consent_id)).first()
        if row is None:
            raise ConsentError("not_found", "there is no such consent")
        if row.withdrawn_at is not None:
            raise ConsentError("already_withdrawn", "the consent is already withdrawn")
        connection.execute(update(consents).where(consents.c.id == consent_id).values(
            withdrawn_at=now, withdrawal_source=source, changed_at=now))
    consent = replace(_consent(row), withdrawn_at=now, withdrawal_source=source)
    if notify is not None:
        notify(change_message(consent))
    return consent


def withdraw_purpose(engine: Engine, subject_key: str, purpose: str, *, source: str,
                     now: datetime | None = None, notify: Notify | None = None) -> list[Consent]:
    """Withdraw the subject's current consents for `purpose`; returns those withdrawn.
    Raises `ConsentError` `invalid_source` before anything is withdrawn."""
    _check_source(source, SOURCES)
    with engine.connect() as connection:
        ids: list[str] = list(connection.execute(select(consents.c.id).where(
            consents.c.subject_key == subject_key, consents.c.purpose == purpose,
            consents.c.withdrawn_at.is_(None))).scalars())
    done: list[Consent] = []
    for consent_id in ids:
        try:
            done.append(withdraw(engine, consent_id, source=source, now=now, notify=notify))
        except ConsentError:
            continue  # withdrawn meanwhile by someone else
    return done


def list_consents(engine: Engine, *, subject_key: str | None = None,
                  purpose: str | None = None, include_withdrawn: bool = True,
                  limit: int = 500) -> list[Consent]:
    """Consents, newest first, filtered by subject and purpose."""
    query = select(consents).order_by(consents.c.given_at.desc(), consents.c.id).limit(limit)
    if subject_key is not None:
        query = query.where(consents.c.subject_key == subject_key)
    if purpose is not None:
        query = query.where(consents.c.purpose == purpose)
    if not include_withdrawn:
        query = query.where(consents.c.withdrawn_at.is_(None))
    with engine.connect() as connection:
        return [_consent(row) for row in connection.execute(query)]
