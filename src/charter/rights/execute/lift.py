"""Lifting a restriction (GDPR Art. 18(3)): the subject is told before it is lifted."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Engine

from charter.audit.log import AuditEvent, AuditLog, safe_value
from charter.rights.execute.flags import lift_flags
from charter.rights.execute.models import RESTRICTED

# Tells the subject (a message through the rights outbox) and returns the message's id;
# raises when they could not be told.
Notify = Callable[[], str]


def lift_restriction(engine: Engine, subject_keys: Iterable[str], *, lifted_by: str,
                     actor: str, notify: Notify, target: str | None = None,
                     subject_key: str | None = None, audit: AuditLog | None = None) -> int:
    """Tell the subject, then lift their restriction; returns how many flags were lifted.

    `notify` runs first, and an exception from it propagates with the restriction left in
    place: a restriction is never lifted without the person being told. Both steps are
    audited with `actor` (who lifted it): `rights.restriction.lift_notice`, with the
    message's id, and `rights.restriction.lifted`, with the number of flags. `lifted_by` is
    written on the flags (the request the lifting belongs to).
    """
    keys = list(subject_keys)
    log = audit or AuditLog(engine)
    where = target or f"by={safe_value(lifted_by)}"
    message_id = notify()
    log.record_sync(AuditEvent(
        actor=actor, action="rights.restriction.lift_notice", outcome="success", target=where,
        reason="subject_told", subject_key=subject_key,
        details={"notice": "sent", "message_id": safe_value(message_id)}))
    lifted = lift_flags(engine, keys, RESTRICTED, lifted_by)
    log.record_sync(AuditEvent(
        actor=actor, action="rights.restriction.lifted", outcome="success", target=where,
        reason="restriction_lifted", subject_key=subject_key, details={"lifted": lifted}))
    return lifted
