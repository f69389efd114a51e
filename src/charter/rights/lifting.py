"""Lifting the restriction a request set (GDPR Art. 18(3)), for a privacy officer.

The person is told first, through the rights outbox (the file or SMTP outbox that sends the
one-time codes), at the address their request recorded; only once the message is handed over
is the restriction lifted. When they cannot be told (the request recorded no address, the
person was erased, or the outbox fails), nothing is lifted and the caller gets a problem code.
The notice and the lifting are audited with the operator as actor
(`rights.restriction.lift_notice`, `rights.restriction.lifted`), and the operator's reason is
written to the request's history. The request's state does not change: it stays `completed`
(or `in_progress`), and its history says when the restriction ended and why.

Then the recipients are told (GDPR Art. 19): every upstream that holds personal data gets a
signed `restriction_lifted` notice (`charter.rights.recipients`), retried until it confirms.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from charter.rights import claims, recipients
from charter.rights.execute.flags import active_flags
from charter.rights.execute.lift import lift_restriction
from charter.rights.execute.models import RESTRICTED
from charter.rights.outbox import Message, Outbox, OutboxError
from charter.rights.service import RightsService, check_reason
from charter.rights.workflow import RightsError

log = logging.getLogger("charter.rights")

NOTICE_SUBJECT = "The restriction of your personal data is being lifted"


@dataclass(frozen=True)
class Lifted:
    request_id: str
    flags: int
    message_id: str
    # Where each upstream that holds personal data stands with the notice of the lifting.
    recipients: dict[str, recipients.Told] = field(default_factory=dict)


def notice_text(service_name: str, request_id: str, reason: str) -> str:
    """What the person is told: which request, that processing may resume, why, and what
    they can do about it."""
    return (f"You asked {service_name} to restrict the processing of your personal data "
            f"(request {request_id}). That restriction is being lifted: from now on your data "
            f"may be processed again as our privacy notice describes.\n\n"
            f"Why: {reason}\n\n"
            f"If you disagree, reply to this message or contact our privacy team; you may "
            f"also complain to a data protection authority.\n")


def lift(service: RightsService, outbox: Outbox, request_id: str, *, actor: str,
         reason: str | None, service_name: str, config: Any = None) -> Lifted:
    """Tell the person the request is about, then lift the restriction it set, then tell
    the upstreams of `config` that hold personal data (a `restriction_lifted` notice each).

    Errors (`RightsError`): 422 `reason_required`; 404 `unknown_request`; 409
    `not_a_restriction` (the request is of another type), `not_restricted` (nobody it names
    is restricted now), `no_contact` (no address to tell the person at), `request_running`
    (another lifting or run holds the request); 503 `outbox_unavailable`. In every case the
    restriction stays as it was.
    """
    text = check_reason(reason, required=True)
    assert text is not None
    request = service.get(request_id)
    if request.type != "restrict":
        raise RightsError(409, "not_a_restriction", f"this is a {request.type} request; only "
                          "the restriction a restrict request set can be lifted")
    keys = service.subject_keys(request)
    if not any(flag["flag"] == RESTRICTED for flag in active_flags(service.engine, keys)):
        raise RightsError(409, "not_restricted", "nobody this request names is restricted "
                          "now; nothing to lift")
    contact = service.contact(request_id)
    if contact is None:
        raise RightsError(409, "no_contact", "the request recorded no address to tell the "
                          "person at (or they were erased since), and a restriction is only "
                          "lifted once they are told; nothing changed")
    claimant = claims.new_claimant()
    if not claims.claim(service.engine, request_id, claimant, service.clock()):
        raise RightsError(409, "request_running", "the request is being worked on right now; "
                          "try again in a moment")
    try:
        message = Message(to=contact, subject=NOTICE_SUBJECT,
                          text=notice_text(service_name, request_id, text))

        sent: list[str] = []

        def notify() -> str:
            try:
                sent.append(outbox.send(message))
                return sent[-1]
            except OutboxError as exc:
                log.error("rights: the notice of a lifted restriction could not be sent",
                          extra={"request_id": request_id, "problem": str(exc)})
                service.note(request_id, actor=actor, action="rights.restriction.lift_notice",
                             reason="the person could not be told; the restriction stays",
                             details={"code": "outbox_unavailable"}, outcome="failure")
                raise RightsError(503, "outbox_unavailable", "the person could not be told "
                                  "(the outbox failed), so the restriction stays; try again "
                                  "later") from None

        flags = lift_restriction(service.engine, keys, lifted_by=request_id, actor=actor,
                                 notify=notify, target=f"request_id={request_id}",
                                 subject_key=request.subject_key, audit=service.audit)
        service.note(request_id, actor=actor, reason=text, action=None,
                     details={"restriction": "lifted", "flags": flags, "notice": sent[0]})
        told = (recipients.tell_recipients(service, config, request_id,
                                           recipients.RESTRICTION_LIFTED, actor=actor)
                if config is not None else {})
    finally:
        claims.release(service.engine, request_id, claimant)
    return Lifted(request_id, flags, sent[0], told)
