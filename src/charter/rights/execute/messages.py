"""Messages still queued for a person being erased (GDPR Art. 17, clause RIGHTS-3).

The file outbox may hold messages to the person that no mail relay has taken yet: one-time
codes, notices about their requests. An erasure deletes them (`FileOutbox.delete_to`), found by
every address the store knows for the person, read before the erasure makes them unreadable:
the e-mail identifiers of the request, the addresses their rights requests recorded (sealed
under their data key), and the e-mail addresses of their accounts. The count goes into the
erasure's summary as `outbox_messages.deleted`. SMTP sends at once and keeps nothing; a message
sent after the erasure (the notice that it is done) is not touched.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, or_, select

from charter.identity.models import accounts
from charter.privacy.keyring import Keyring
from charter.rights.execute.subjects import Subject
from charter.rights.models import OUTBOX_MESSAGES, rights_requests
from charter.rights.outbox import file_outbox
from charter.rights.service import PURPOSE_CONTACT
from charter.rights.settings import rights_settings
from charter.shredding.keys import ERASED, SubjectKeyError, SubjectKeys

SUMMARY_KEY = f"{OUTBOX_MESSAGES.table}.deleted"


def addresses(engine: Engine, keyring: Keyring, subject: Subject, request_id: str) -> set[str]:
    """Every e-mail address the store knows for `subject` (and request `request_id`)."""
    found = set(subject.ids("email"))
    keys = list(subject.keys)
    sealer = SubjectKeys(engine, keyring)
    with engine.connect() as connection:
        requests = connection.execute(
            select(rights_requests.c.sealed_by, rights_requests.c.contact).where(
                rights_requests.c.contact.is_not(None),
                or_(rights_requests.c.id == request_id, rights_requests.c.subject_key.in_(keys)),
            )
        ).all()
        emails: list[str | None] = list(
            connection.execute(
                select(accounts.c.email).where(
                    accounts.c.email.is_not(None),
                    or_(
                        accounts.c.subject_key.in_(keys), accounts.c.id.in_(subject.ids("account"))
                    ),
                )
            ).scalars()
        )
    for row in requests:
        try:
            text = sealer.open(str(row.sealed_by), str(row.contact), PURPOSE_CONTACT)
        except SubjectKeyError:
            continue  # not a sealed address: nothing to look for
        if text != ERASED:
            found.add(text)
    found.update(email for email in emails if email)
    return found


def erase_messages(config: Any, keyring: Keyring, known: set[str]) -> int:
    """Delete the file outbox's queued messages to any of `known`; returns how many."""
    outbox = file_outbox(rights_settings(config).outbox, keyring.path)
    return outbox.delete_to(known) if outbox is not None else 0
