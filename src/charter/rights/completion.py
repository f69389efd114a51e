"""Telling requesters that their request was carried out (GDPR Art. 12(3)).

Once a run ends `completed`, or `partial` because an upstream did not confirm, the requester
is told what was done, in words, through the rights outbox, at the address the request
recorded:

- access, export: the link to their copy (`rights.public_url` followed by the bundle's signed
  path) and until when it works. Without `rights.public_url` the message says the copy is
  ready and that the privacy team will send the link, and the history says `link_not_sent`,
  so that an operator sends it;
- rectify: which details were corrected, by field name, never a value;
- erase: that their data was erased from Charter, which upstreams confirmed and which did not;
- restrict, object, withdraw_consent: what is in force now.

Whichever path ran the request calls `prepare` before the run and `announce` after it: an
erasure makes the recorded address unreadable, so it is read first; and the message is sent
only after the run, so an erasure, which deletes the messages still queued for the person,
never deletes this one. A partial run is told once (the run that later completes the request
is told again); a refusal by the execution side goes to `charter.rights.notices.tell`.

What became of the message is recorded like the other notices (`rights.notice`, reason
`sent`, `no_contact` or `outbox_unavailable`), with `notice` (`completed` or `partial`) and,
for access and export, `link` (`sent` or `link_not_sent`). The link is a bearer credential:
like the address, it is never logged or recorded, only sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from charter.rights.execute.bundles import signed_link
from charter.rights.models import COMPLETED, DENIED, IN_PROGRESS, RightsRequest
from charter.rights.notices import SENT, deliver, tell
from charter.rights.outbox import Outbox
from charter.rights.service import RightsService
from charter.rights.workflow import RightsError

COMPLETED_NOTICE, PARTIAL_NOTICE = "completed", "partial"
# Upstream answers that settle the request there (it was done, or they hold nothing).
_CONFIRMED = frozenset({"completed", "not_found"})
_KINDS = {"access": "access to your data", "export": "a copy of your data to take with you",
          "rectify": "rectification", "erase": "erasure", "restrict": "restriction",
          "object": "objection", "withdraw_consent": "withdrawal of consent"}


@dataclass(frozen=True)
class Prepared:
    """What has to be read before the run: the address to answer (None without one)."""

    request_id: str
    contact: str | None


@dataclass(frozen=True)
class Link:
    """Where the requester downloads their copy (None without `rights.public_url`), and
    until when."""

    url: str | None
    expires: datetime | None


def prepare(service: RightsService, request_id: str) -> Prepared:
    """Read the address before the run (an erasure makes it unreadable)."""
    try:
        contact = service.contact(request_id)
    except RightsError:
        contact = None  # an unknown request: the run refuses it anyway
    return Prepared(request_id, contact)


def announce(service: RightsService, outbox: Outbox, prepared: Prepared,
             request: RightsRequest, *, actor: str, service_name: str) -> str:
    """Tell the requester what the run that left `request` as it is (what `advance`
    returned) did: a refusal, a completion, or a first partial completion. Returns `sent`,
    `no_contact` or `outbox_unavailable` as recorded, or "" when there is nothing to tell.
    Never raises for a failed delivery; the request stays as the run left it."""
    if request.state == DENIED:
        return tell(service, outbox, request.id, actor=actor, service_name=service_name)
    stage = _stage(service, request)
    if stage is None:
        return ""
    link = _link(service, request) if request.type in ("access", "export") else None
    message = message_for(request, stage, service_name, link=link,
                          grounds=service.settings.execution.objection_overrides)
    label = stage if stage == COMPLETED_NOTICE else f"{stage}: upstream_unconfirmed"
    return deliver(service, outbox, request.id, prepared.contact, message, actor=actor,
                   label=label, details={"state": request.state, "notice": stage},
                   link=None if link is None else link.url is not None)


def _stage(service: RightsService, request: RightsRequest) -> str | None:
    result = request.result or {}
    if request.state == COMPLETED and result.get("outcome") == "completed":
        return COMPLETED_NOTICE
    if (request.state == IN_PROGRESS and result.get("outcome") == "partial"
            and result.get("reason") == "upstream_unconfirmed"):
        told = any(event["details"].get("notice") == PARTIAL_NOTICE
                   and event["details"].get("code") == SENT
                   for event in service.events(request.id))
        return None if told else PARTIAL_NOTICE
    return None  # refused, waiting for an operator (`needs_operator`), or closed by hand


def _link(service: RightsService, request: RightsRequest) -> Link:
    artifact = (request.result or {}).get("artifact_id")
    path = signed_link(service.engine, service.keyring, str(artifact)) if artifact else None
    if path is None:
        return Link(None, None)
    stamps = parse_qs(urlsplit(path).query).get("expires") or ["0"]
    expires = datetime.fromtimestamp(int(stamps[0]), UTC)
    base = service.settings.public_url
    return Link(base + path if base else None, expires)


# -- the message ------------------------------------------------------------------------------

def message_for(request: RightsRequest, stage: str, service_name: str, *,
                link: Link | None = None,
                grounds: Mapping[str, str] | None = None) -> tuple[str, str]:
    """(subject, text) telling the requester that `request` was carried out (`stage`
    `completed`) or partly (`partial`: an upstream has not confirmed yet). Field and
    purpose names, upstream names and counts only: never a value of the person's data."""
    summary = dict((request.result or {}).get("summary") or {})
    kind = _KINDS.get(request.type, request.type)
    partial = stage == PARTIAL_NOTICE
    if partial:
        subject = f"Your privacy request {request.id} was partly carried out"
        opening = (f"{service_name} has carried out your request for {kind} ({request.id}) "
                   f"as far as it can for now.")
    else:
        subject = f"Your privacy request {request.id} was carried out"
        opening = f"{service_name} has carried out your request for {kind} ({request.id})."
    if request.type in ("access", "export"):
        body = _access(request.type, link or Link(None, None))
    else:
        body = _BODIES.get(request.type, _nothing)(summary, grounds or {})
    told = _recipients(request.type, *_upstreams(summary))
    if told:
        body.append(told)
    if request.type == "erase":
        body.append("We keep a record that you made this request and that it was answered, "
                    "without your personal details, as the law requires. We no longer hold "
                    "your address: this is the last message about this request.")
    else:
        body.append("If you have a question, reply to this message or contact our privacy "
                    "team.")
    return subject, "\n\n".join([opening, *body]) + "\n"


def _access(request_type: str, link: Link) -> list[str]:
    what = ("a ZIP file with your data as JSON and CSV, which other services can read"
            if request_type == "export" else
            "a ZIP file with your data, and what the law says you should be told about it: "
            "why we process it, on what legal basis, who receives it and how long we keep it")
    until = (f"{link.expires:%Y-%m-%d %H:%M} UTC" if link.expires is not None
             else "a few days")
    if link.url is None:
        return [f"Your copy of the personal data we hold about you is ready: {what}.",
                "For your security the link to download it is not in this message: our "
                f"privacy team will send it to you. It works until {until}; then the copy "
                "is deleted."]
    return [f"Your copy of the personal data we hold about you is ready: {what}. "
            "Download it here:", f"  {link.url}",
            f"The link works until {until}; then the copy is deleted. Anyone who has the "
            "link can download your copy, so do not pass it on."]


def _rectify(summary: Mapping[str, object], grounds: Mapping[str, str]) -> list[str]:
    fields = _listed(summary.get("fields.rectified"))
    if fields:
        return [f"We corrected these details in our records: {_names(fields)}."]
    asked = _listed(summary.get("fields.for_upstreams"))
    return [f"We hold none of the details you asked us to correct ({_names(asked)}) "
            "ourselves."] if asked else []


def _erase(summary: Mapping[str, object], grounds: Mapping[str, str]) -> list[str]:
    return ["We erased the personal data about you that our API gateway (Charter) held."]


def _restrict(summary: Mapping[str, object], grounds: Mapping[str, str]) -> list[str]:
    scope = str(summary.get("scope") or "all")
    use = ("no longer use it" if scope == "all"
           else f"no longer use it for these purposes: {_names(_listed(scope))}")
    return [f"From now on we keep your data but {use}, except to store it and for legal "
            "claims. We will tell you before the restriction is lifted."]


def _object(summary: Mapping[str, object], grounds: Mapping[str, str]) -> list[str]:
    body = []
    stopped = _listed(summary.get("purposes.stopped"))
    if stopped:
        body.append(f"We stopped using your data for these purposes: {_names(stopped)}.")
    for key in sorted(summary):
        if key.startswith("overridden."):
            purpose = key.removeprefix("overridden.")
            why = grounds.get(purpose, "compelling legitimate grounds")
            body.append(f"We continue to use your data for {purpose}: {why}.")
    other = _listed(summary.get("purposes.not_applicable"))
    if other:
        body.append(f"Your objection does not apply to {_names(other)}: those purposes do not "
                    "rest on our legitimate interests (they rest on a contract with you, on "
                    "the law, or on your consent, which you may withdraw).")
    return body


def _withdraw(summary: Mapping[str, object], grounds: Mapping[str, str]) -> list[str]:
    body = []
    withdrawn = _listed(summary.get("purposes.withdrawn"))
    if withdrawn:
        body.append(f"Your consent is withdrawn for: {_names(withdrawn)}. We no longer use your "
                    "data for these purposes; what was done with your consent before remains "
                    "lawful.")
    without = _listed(summary.get("purposes.without_consent"))
    if without:
        body.append(f"We held no consent from you for: {_names(without)}, so there was "
                    "nothing to withdraw there.")
    return body


def _nothing(summary: Mapping[str, object], grounds: Mapping[str, str]) -> list[str]:
    return []


_BODIES = {"rectify": _rectify, "erase": _erase, "restrict": _restrict, "object": _object,
           "withdraw_consent": _withdraw}


def _recipients(request_type: str, confirmed: list[str], waiting: list[str]) -> str:
    if not confirmed and not waiting:
        return ""
    text = "We passed your request on to the other systems that hold personal data for us."
    if confirmed:
        text += f" These confirmed it: {_names(confirmed)}."
    if waiting:
        text += f" These have not confirmed it yet: {_names(waiting)}; we keep asking them"
        if request_type == "erase":
            text += "."
        elif request_type in ("access", "export"):
            text += (". What they hold is not in this copy; we will write to you again once "
                     "they have answered.")
        else:
            text += ", and will write to you again once they have answered."
    return text


def _upstreams(summary: Mapping[str, object]) -> tuple[list[str], list[str]]:
    """(confirmed, not confirmed) upstream names, from the `upstream.<name>` statuses."""
    confirmed: list[str] = []
    waiting: list[str] = []
    for key, value in sorted(summary.items()):
        if key.startswith("upstream.") and key.count(".") == 1 and isinstance(value, str):
            (confirmed if value in _CONFIRMED else waiting).append(key.removeprefix("upstream."))
    return confirmed, waiting


def _listed(value: object) -> list[str]:
    return [part for part in str(value or "").split(",") if part]


def _names(names: list[str]) -> str:
    return ", ".join(names)
