"""Withdrawal of consent (GDPR Art. 7(3)) for a rights request.

The person's current consents are closed with the consent module's own `withdraw_purpose`,
one subject key and purpose at a time, so that each withdrawal is the same write as one made
in the admin API or by the person on the gateway: it is published to the gateway processes
through Redis when one is configured, and read from the store by every process that missed
the message, so the `consent` stage refuses the person within about a second everywhere. The
records stay, closed (`withdrawn_at`, source `rights_request`), as proof of what was consented
to and when it ended. Each closed consent is written to the audit log as `consent.withdrawn`,
naming the consent by id and the person by subject key, like any other withdrawal.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine

from charter.audit.log import AuditEvent, AuditLog
from charter.consent.notify import Publisher
from charter.consent.records import Consent, list_consents, withdraw_purpose
from charter.settings import ENV_REDIS_URL

SOURCE = "rights_request"
ACTOR = "system"


def redis_url(config: Any) -> str | None:
    """The Redis the gateway processes listen on: `CHARTER_REDIS_URL`, else `redis.url`."""
    configured = getattr(getattr(config, "redis", None), "url", None)
    return os.environ.get(ENV_REDIS_URL) or configured or None


def withdraw_consents(engine: Engine, subject_keys: Iterable[str],
                      purposes: Iterable[str] | None, *, redis: str | None, request: str,
                      audit: AuditLog | None = None) -> list[Consent]:
    """Close the current consents of every key in `subject_keys` for `purposes` (None: all
    of them); returns those closed. Withdrawing twice closes nothing more."""
    keys = list(dict.fromkeys(subject_keys))
    wanted = set(purposes) if purposes is not None else None
    pairs = sorted({(consent.subject_key, consent.purpose)
                    for key in keys
                    for consent in list_consents(engine, subject_key=key,
                                                 include_withdrawn=False)
                    if wanted is None or consent.purpose in wanted})
    publisher = Publisher(redis)
    try:
        done = [consent for key, purpose in pairs
                for consent in withdraw_purpose(engine, key, purpose, source=SOURCE,
                                                notify=publisher)]
    finally:
        publisher.close()
    log = audit or AuditLog(engine)
    for consent in done:
        log.record_sync(AuditEvent(
            actor=ACTOR, action="consent.withdrawn", outcome="success",
            target=f"consent_id={consent.id}", subject_key=consent.subject_key,
            details={"purpose": consent.purpose, "source": SOURCE, "request": request}))
    return done
