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
LINK_SENT, LINK_NOT_SENT = "sent", "link_not_sent"
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
    return deliver(service, outbox, request_id, service.contact(request_id), found,
                   actor=actor, label=request.state, details={"state": request.state})


def deliver(service: RightsService, outbox: Outbox, request_id: str, contact: str | None,
            message: tuple[str, str], *, actor: str, label: str,
            details: dict[str, object], link: bool | None = None) -> str:
    """Send (subject, text) to `contact` and record in the request's history, and in the audit
    log as `rights.notice`, whether it went (`sent`, with the message id), could not
    (`outbox_unavailable`) or had nowhere to go (`no_contact`); returns that code. `label`
    ends the history's note, `details` go along with the code. With `link` (True: the text
    carries a download link; False: it would, but there is none to give), `link` is recorded
    as `sent`, or as `link_not_sent` for an operator to send it. Neither the address nor the
    text is logged or recorded. Never raises for a failed delivery."""
    recorded: dict[str, object] = dict(details)
    if contact is None:
        status, note = NO_CONTACT, "the requester could not be told: no address to answer"
    else:
        try:
            recorded["message_id"] = outbox.send(Message(to=contact, subject=message[0],
                                                         text=message[1]))
            status, note = SENT, "the requester was told"
        except OutboxError as exc:
            log.error("rights: a notice to a requester could not be sent",
                      extra={"request_id": request_id, "problem": str(exc)})
            status, note = FAILED, "the requester could not be told: the outbox failed"
    note = f"{note} ({label})"
    if link is not None:
        recorded["link"] = LINK_SENT if link and status == SENT else LINK_NOT_SENT
        if recorded["link"] == LINK_NOT_SENT:
            note += "; the download link was not sent (link_not_sent): send it to them"
    service.note(request_id, actor=actor, reason=note,
                 action="rights.notice", details={"code": status, **recorded},
                 outcome="success" if status == SENT else "failure")
    return status
