"""Lifting a restriction (GDPR Art. 18(3)): the subject is told before it is lifted."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Engine

from charter.audit.log import AuditEvent, AuditLog, safe_value
from charter.rights.execute.flags import lift_flags
from charter.rights.execute.models import RESTRICTED

Notify = Callable[[], None]


def lift_restriction(engine: Engine, subject_keys: Iterable[str], *, lifted_by: str,
                     notify: Notify | None = None) -> int:
    """Lift the subject's restriction and return how many flags were lifted.

    `notify` tells the subject (the workflow puts a message in its outbox); it runs first,
    and an exception from it leaves the restriction in place. Without it, the intent to
    notify is written to the audit log for the workflow to act on. Both the notice and the
    lifting are audited.
    """
    keys = list(subject_keys)
    audit = AuditLog(engine)
    target = f"by={safe_value(lifted_by)}"
    if notify is not None:
        notify()
    audit.record_sync(AuditEvent(
        actor="system", action="rights.restriction.lift_notice", outcome="success",
        target=target, details={"notice": "sent" if notify is not None else "pending"}))
    lifted = lift_flags(engine, keys, RESTRICTED, lifted_by)
    audit.record_sync(AuditEvent(actor="system", action="rights.restriction.lifted",
                                 outcome="success", target=target, details={"lifted": lifted}))
    return lifted
