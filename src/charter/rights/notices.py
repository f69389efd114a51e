"""Telling requesters what became of their request, through the rights outbox.

A refusal is told with its reason (GDPR Art. 12(4)); an extension with its reason and the new
date (Art. 12(3), within the first period, which `RightsService.extend` enforces). The message
goes to the address the request recorded, after the change is made: a mail server that is
down must not hold a deadline back, so a message that cannot be sent does not undo the
change. Whether the requester was told is written to the request's history and the audit log
(`rights.notice`, reason `sent`, `no_contact` or `outbox_unavailable`), so an operator knows
when to tell them some other way.
"""

from __future__ import annotations

import logging

from charter.rights.models import DENIED, EXTENDED, RightsRequest
from charter.rights.outbox import Message, Outbox, OutboxError
from charter.rights.service import RightsService

log = logging.getLogger("charter.rights")

SENT, NO_CONTACT, FAILED = "sent", "no_contact", "outbox_unavailable"
# The execution side refuses with machine codes; the requester reads these instead.
_REASONS = {
    "no_objectable_purpose": "none of the purposes you objected to rests on our legitimate "
                             "interests, the only ground an objection applies to (the others "
                             "rest on a contract with you, on the law, or on your consent, "
                             "which you may withdraw)",
    "no_subject": "the request does not name anyone we could look for",
    "unsupported_type": "we cannot carry out this kind of request",
    "invalid_value": "a value you asked us to correct is not valid",
    "conflict": "a value you asked us to correct is already used by someone else",
    "nothing_to_rectify": "we hold none of the information you asked us to correct",
    "no_current_consent": "we hold no consent from you in force (for the purposes you named) "
                          "that could be withdrawn",
}
_LABELS = {"access": "access", "export": "export", "rectify": "rectification",
           "erase": "erasure", "restrict": "restriction", "object": "objection",
           "withdraw_consent": "withdrawal of consent"}


def message_for(request: RightsRequest, service_name: str) -> tuple[str, str] | None:
    """(subject, text) telling the requester about the state `request` is in now; None for
    a state they are not told about here."""
    kind = _LABELS.get(request.type, request.type)
    if request.state == DENIED:
        return (f"Your privacy request {request.id} was refused",
                f"{service_name} refused your request for {kind} ({request.id}).\n\n"
                f"Why: {_REASONS.get(request.reason or '', request.reason)}\n\n"
                f"If you disagree, reply to this message or contact our privacy team; you may "
                f"also complain to a data protection authority or go to court.\n")
    if request.state == EXTENDED and request.due_at is not None:
        return (f"More time is needed for your privacy request {request.id}",
                f"{service_name} needs more time to answer your request for {kind} "
                f"({request.id}), as the law allows. You will have our answer by "
                f"{request.due_at.date().isoformat()}.\n\n"
                f"Why: {request.reason}\n")
    return None


def tell(service: RightsService, outbox: Outbox, request_id: str, *, actor: str,
         service_name: str) -> str:
    """Tell the requester about the state the request is in (a refusal, an extension);
    returns `sent`, `no_contact` or `outbox_unavailable` (or "" when there is nothing to tell),
    having recorded it. Never raises for a failed delivery."""
    request = service.get(request_id)
    found = message_for(request, service_name)
    if found is None:
        return ""
    contact = service.contact(request_id)
    details: dict[str, object] = {"state": request.state}
    if contact is None:
        status, note = NO_CONTACT, "the requester could not be told: no address to answer"
    else:
        try:
            details["message_id"] = outbox.send(Message(to=contact, subject=found[0],
                                                        text=found[1]))
            status, note = SENT, "the requester was told"
        except OutboxError as exc:
            log.error("rights: a notice to a requester could not be sent",
                      extra={"request_id": request_id, "problem": str(exc)})
            status, note = FAILED, "the requester could not be told: the outbox failed"
    service.note(request_id, actor=actor, reason=f"{note} ({request.state})",
                 action="rights.notice", details={"code": status, **details},
                 outcome="success" if status == SENT else "failure")
    return status
