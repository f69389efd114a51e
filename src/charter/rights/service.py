"""`RightsService`: files, verifies and moves rights requests along, and keeps their history.

Every change of state is one transaction that checks the state it starts from (two operators
acting at once cannot both move a request), appends a `rights_events` row with the actor and
the reason, and is then written to the audit log (ids and codes only). Blocking: callers on
an event loop run it in a worker thread.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, select, update
from sqlalchemy.engine import RowMapping

from charter.audit.log import AuditEvent, AuditLog
from charter.identity.keys import random_base62
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.rights import claims, deadlines, otp
from charter.rights.holds import active_holds
from charter.rights.models import (
    CLOSED_STATES,
    COMPLETED,
    DENIED,
    EXTENDED,
    IN_PROGRESS,
    OPEN_STATES,
    REASON_MAX,
    RECEIVED,
    VERIFIED,
    VERIFYING,
    RightsRequest,
    aware,
    rights_codes,
    rights_events,
    rights_requests,
)
from charter.rights.settings import REQUEST_TYPES, RightsSettings
from charter.rights.workflow import RightsError, check_transition
from charter.shredding.keys import ERASED, SubjectKeyError, SubjectKeys
from charter.store.engine import write_transaction

IDENTIFIER_KINDS = ("account", "email", "client", "sub")
MAX_IDENTIFIERS = 8
MAX_VALUE = 320
MAX_DETAILS_BYTES = 8192
MAX_ATTESTATION = 1000
# At most this many requests waiting for a code per e-mail address a day: the intake is
# public, and each one sends a message.
MAX_PENDING_PER_CONTACT = 3
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"\\]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$")
_ACTOR = re.compile(r"^[A-Za-z0-9_.:@-]{1,64}$")

PURPOSE_IDENTIFIERS = "rights.identifiers"
PURPOSE_CONTACT = "rights.contact"
PURPOSE_DETAILS = "rights.details"
PURPOSE_ATTESTATION = "rights.attestation"

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def normalise_email(value: str) -> str:
    """The address, trimmed and lower-cased; `RightsError(422)` when it is not one."""
    text = value.strip()
    if len(text) > MAX_VALUE or not _EMAIL.match(text):
        raise RightsError(422, "invalid_request", "the e-mail address is not valid",
                          field="email")
    return text.lower()


def normalise_identifiers(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for kind, value in pairs:
        if kind not in IDENTIFIER_KINDS:
            raise RightsError(422, "invalid_request",
                              f"identifier kinds are {', '.join(IDENTIFIER_KINDS)}",
                              field="identifiers")
        text = normalise_email(value) if kind == "email" else value.strip()
        if not text or len(text) > MAX_VALUE or any(ord(c) < 32 for c in text):
            raise RightsError(422, "invalid_request", f"the {kind} identifier is not valid",
                              field="identifiers")
        if (kind, text) not in found:
            found.append((kind, text))
    if not found:
        raise RightsError(422, "invalid_request", "a request needs at least one identifier",
                          field="identifiers")
    if len(found) > MAX_IDENTIFIERS:
        raise RightsError(422, "invalid_request",
                          f"a request takes at most {MAX_IDENTIFIERS} identifiers",
                          field="identifiers")
    return found


def check_details(request_type: str, details: Mapping[str, Any] | None) -> dict[str, Any]:
    data = dict(details or {})
    try:
        size = len(json.dumps(data, separators=(",", ":")).encode())
    except (TypeError, ValueError):
        raise RightsError(422, "invalid_request", "details must be a JSON object",
                          field="details") from None
    if size > MAX_DETAILS_BYTES:
        raise RightsError(422, "invalid_request",
                          f"details are limited to {MAX_DETAILS_BYTES} bytes", field="details")
    if request_type == "rectify":
        fields = data.get("fields")
        message = data.get("message")
        if not (isinstance(fields, dict) and fields) and not (isinstance(message, str)
                                                              and message.strip()):
            raise RightsError(422, "invalid_request", "a rectification needs the fields to "
                              "correct (details.fields) or a message saying what is wrong",
                              field="details")
    for key in ("purposes", "scope"):
        value = data.get(key)
        if value is not None and not (isinstance(value, list)
                                      and all(isinstance(v, str) for v in value)):
            raise RightsError(422, "invalid_request", f"details.{key} must be a list of "
                              "strings", field="details")
    return data


def check_reason(text: str | None, *, required: bool) -> str | None:
    value = (text or "").strip()
    if not value:
        if required:
            raise RightsError(422, "reason_required", "this change needs a reason")
        return None
    if len(value) > REASON_MAX:
        raise RightsError(422, "invalid_request",
                          f"a reason is limited to {REASON_MAX} characters", field="reason")
    return value


def _actor(actor: str) -> str:
    if not _ACTOR.match(actor):
        raise ValueError("an actor is an id: 1 to 64 letters, digits and _.:@-")
    return actor


class RightsService:
    """Rights requests on one store. Thread-safe; one per process is enough."""

    def __init__(self, engine: Engine, keyring: Keyring, settings: RightsSettings | None = None,
                 *, audit: AuditLog | None = None, clock: Clock = _utcnow) -> None:
        self.engine = engine
        self.keyring = keyring
        self.settings = settings or RightsSettings()
        self.pseudonymizer = Pseudonymizer(keyring)
        self.sealer = SubjectKeys(engine, keyring)
        self.audit = audit or AuditLog(engine)
        self.clock = clock

    # -- filing -------------------------------------------------------------------------------
    def create(
        self,
        request_type: str,
        identifiers: Iterable[tuple[str, str]],
        *,
        actor: str,
        channel: str,
        contact: str | None = None,
        details: Mapping[str, Any] | None = None,
        jurisdiction: str | None = None,
        verification: str | None = None,
        attestation: str | None = None,
        filed_by: str | None = None,
        reason: str | None = None,
    ) -> RightsRequest:
        """File a request. With `verification` (`credential`, `on_behalf`, `operator`) the
        requester's identity is already settled and the request starts `verified`; without,
        it starts `received` and waits for a one-time code (`issue_code`)."""
        if request_type not in REQUEST_TYPES:
            raise RightsError(422, "invalid_request",
                              f"type must be one of {', '.join(REQUEST_TYPES)}", field="type")
        pairs = normalise_identifiers(identifiers)
        email = normalise_email(contact) if contact else None
        data = check_details(request_type, details)
        try:
            name, rule = self.settings.jurisdiction(jurisdiction)
        except KeyError:
            raise RightsError(422, "invalid_request", "unknown jurisdiction; known: "
                              + ", ".join(sorted(self.settings.jurisdictions)),
                              field="jurisdiction") from None
        if verification == "on_behalf":
            attestation = (attestation or "").strip()
            if not 10 <= len(attestation) <= MAX_ATTESTATION:
                raise RightsError(422, "attestation_required", "a request filed on behalf of "
                                  "a user needs an attestation (10 to 1000 characters) of how "
                                  "the organization verified them", field="attestation")
        keys = [self.pseudonymizer.subject_key(kind, value) for kind, value in pairs]
        now = self.clock()
        request_id = "rr_" + random_base62(22)
        if verification is None and email is not None:
            self._check_pending(keys[0], now)
        sealed_by = keys[0]
        try:
            sealed = self._seal_all(sealed_by, pairs, email, data, attestation)
        except SubjectKeyError:
            # The person was erased before: what they send now is kept under a key of this
            # request's own, which closing the request's retention (or an erasure of the
            # request) destroys.
            sealed_by = self.pseudonymizer.subject_key("rights_request", request_id)
            sealed = self._seal_all(sealed_by, pairs, email, data, attestation)
        verified_at = now if verification is not None else None
        start = deadlines.clock_start(rule, now, verified_at)
        row = {
            "id": request_id, "type": request_type, "state": RECEIVED, "jurisdiction": name,
            "subject_key": keys[0], "subject_keys": keys, "sealed_by": sealed_by, **sealed,
            "verification": verification, "channel": channel, "filed_by": filed_by,
            "received_at": now, "verified_at": None,
            "expires_at": (now + timedelta(seconds=self.settings.unverified_expiry)
                           if verification is None else None),
            "due_at": deadlines.due_at(start, rule) if start is not None else None,
            "updated_at": now,
        }
        with self.engine.begin() as connection:
            connection.execute(insert(rights_requests), [row])
            self._event(connection, request_id, keys[0], None, RECEIVED, actor, None,
                        {"type": request_type, "channel": channel})
            if verification is not None:
                connection.execute(update(rights_requests).where(
                    rights_requests.c.id == request_id).values(
                    state=VERIFIED, verified_at=now, expires_at=None))
                self._event(connection, request_id, keys[0], RECEIVED, VERIFIED, actor,
                            check_reason(reason, required=False), {"verification": verification})
        self._audit(actor, "rights.create", request_id, keys[0], "received",
                    {"type": request_type, "channel": channel,
                     "verification": verification or "pending"})
        return self.get(request_id)

    def _seal_all(self, key: str, pairs: list[tuple[str, str]], email: str | None,
                  data: dict[str, Any], attestation: str | None) -> dict[str, str | None]:
        seal = self.sealer.seal
        return {
            "identifiers": seal(key, json.dumps(pairs), PURPOSE_IDENTIFIERS),
            "contact": seal(key, email, PURPOSE_CONTACT) if email else None,
            "details": seal(key, json.dumps(data), PURPOSE_DETAILS) if data else None,
            "attestation": (seal(key, attestation, PURPOSE_ATTESTATION)
                            if attestation else None),
        }

    def _check_pending(self, subject_key: str, now: datetime) -> None:
        since = now - timedelta(days=1)
        with self.engine.connect() as connection:
            count = connection.execute(select(func.count()).select_from(rights_requests).where(
                rights_requests.c.subject_key == subject_key,
                rights_requests.c.state.in_((RECEIVED, VERIFYING)),
                rights_requests.c.received_at >= since)).scalar_one()
        if count >= MAX_PENDING_PER_CONTACT:
            raise RightsError(429, "too_many_requests", "several requests for this address "
                              "are already waiting for their code; use one of those, or try "
                              "again tomorrow")

    # -- one-time codes -----------------------------------------------------------------------
    def issue_code(self, request_id: str) -> otp.IssuedCode:
        """A new code for a request waiting for one (it becomes `verifying`). The caller hands
        the code to the outbox and forgets it."""
        now = self.clock()
        with write_transaction(self.engine) as connection:
            row = self._row(connection, request_id)
            if row["contact"] is None:
                raise RightsError(409, "not_verifiable", "the request has no e-mail address "
                                  "to send a code to")
            check_transition(row["state"], VERIFYING)
            issued = otp.new_code(self.keyring, request_id, now)
            connection.execute(rights_codes.delete().where(
                rights_codes.c.request_id == request_id))
            connection.execute(insert(rights_codes), [{
                "request_id": request_id, "code_hash": issued.code_hash, "kid": issued.kid,
                "attempts": 0, "created_at": now, "expires_at": issued.expires_at}])
            self._move(connection, row, VERIFYING, "system", None, {"verification": "code"},
                       verification="code")
        self._audit("system", "rights.code_sent", request_id, row["subject_key"], "code_sent",
                    {})
        return issued

    def check_code(self, request_id: str, code: str) -> RightsRequest:
        """Confirm the requester's address with `code`. Errors: 404 `unknown_request`, 409
        `not_verifiable`, 410 `code_expired`, 422 `code_invalid` (with `attempts_left`), 429
        `code_locked` after the third wrong code."""
        now = self.clock()
        with write_transaction(self.engine) as connection:
            row = self._row(connection, request_id)
            stored = connection.execute(select(rights_codes).where(
                rights_codes.c.request_id == request_id)).mappings().first()
            if row["state"] != VERIFYING or stored is None or stored["used_at"] is not None:
                raise RightsError(409, "not_verifiable", "the request is not waiting for a "
                                  "code", state=row["state"])
            if stored["attempts"] >= otp.MAX_ATTEMPTS:
                raise self._locked()
            if aware(stored["expires_at"]) < now:  # type: ignore[operator]
                raise RightsError(410, "code_expired", "the code has expired; file the "
                                  "request again to get a new one")
            good = otp.matches(self.keyring, stored["kid"], request_id, code,
                               stored["code_hash"])
            if good:
                used = connection.execute(update(rights_codes).where(
                    rights_codes.c.request_id == request_id, rights_codes.c.used_at.is_(None),
                    rights_codes.c.attempts < otp.MAX_ATTEMPTS).values(used_at=now))
                good = used.rowcount == 1
            if good:
                self._verify(connection, row, "requester", None, now)
        if not good:
            return self._wrong_code(request_id, row["subject_key"])
        self._audit("requester", "rights.verify", request_id, row["subject_key"], "code", {})
        return self.get(request_id)

    def _wrong_code(self, request_id: str, subject_key: str) -> RightsRequest:
        with self.engine.begin() as connection:
            counted = connection.execute(update(rights_codes).where(
                rights_codes.c.request_id == request_id,
                rights_codes.c.attempts < otp.MAX_ATTEMPTS).values(
                attempts=rights_codes.c.attempts + 1))
            attempts: int = connection.execute(select(rights_codes.c.attempts).where(
                rights_codes.c.request_id == request_id)).scalar_one()
        left = max(0, otp.MAX_ATTEMPTS - int(attempts))
        reason = "code_locked" if left == 0 else "code_invalid"
        self._audit("anonymous", "rights.verify", request_id, subject_key, reason,
                    {"attempts_left": left}, outcome="failure")
        if left == 0 or counted.rowcount == 0:
            raise self._locked()
        raise RightsError(422, "code_invalid", "the code is not right", attempts_left=left)

    @staticmethod
    def _locked() -> RightsError:
        return RightsError(429, "code_locked", "too many wrong codes; this request can no "
                           "longer be confirmed by code (file it again, or contact the privacy "
                           "team)")

    # -- operators' transitions -------------------------------------------------------------
    def verify(self, request_id: str, *, actor: str, reason: str | None) -> RightsRequest:
        """An operator confirmed the requester's identity some other way."""
        text = check_reason(reason, required=True)
        now = self.clock()
        with write_transaction(self.engine) as connection:
            row = self._row(connection, request_id)
            check_transition(row["state"], VERIFIED)
            self._verify(connection, row, actor, text, now, verification="operator")
        self._audit(actor, "rights.verify", request_id, row["subject_key"], "operator",
                    {"from": row["state"]})
        return self.get(request_id)

    def _verify(self, connection: Connection, row: RowMapping, actor: str, reason: str | None,
                now: datetime, *, verification: str | None = None) -> None:
        _, rule = self.settings.jurisdiction(row["jurisdiction"])
        start = deadlines.clock_start(rule, aware(row["received_at"]) or now, now)
        values: dict[str, Any] = {"verified_at": now, "expires_at": None}
        if start is not None and row["due_at"] is None:
            values["due_at"] = deadlines.due_at(start, rule)
        if verification is not None:
            values["verification"] = verification
        self._move(connection, row, VERIFIED, actor, reason,
                   {"verification": verification or row["verification"]}, **values)

    def advance(self, request_id: str, *, actor: str, reason: str | None,
                config: Any, claimant: str | None = None) -> RightsRequest:
        """Start carrying the request out (`in_progress`) and run the execution side.

        Erasure is refused while a legal hold covers the subject (409 `legal_hold`). Without
        the execution side, nothing changes (503 `execution_unavailable`). The run holds the
        request's claim (`charter.rights.claims`): while another run holds it, 409
        `request_running`. A caller that claimed the request itself passes its `claimant`
        and releases the claim afterwards; otherwise the claim is taken and released here.
        Its outcome `completed` or `denied` closes the request; `partial` leaves it
        `in_progress`, with the counts stored, for another run or an operator to finish."""
        text = check_reason(reason, required=False)
        with self.engine.connect() as connection:
            row = self._row(connection, request_id)
        check_transition(row["state"], IN_PROGRESS)
        if row["type"] == "erase":
            holds = active_holds(self.engine, row["subject_keys"] or [row["subject_key"]])
            if holds:
                self._note(row, actor, "legal_hold", {"holds": holds})
                self._audit(actor, "rights.advance", request_id, row["subject_key"],
                            "legal_hold", {"holds": holds}, outcome="denied")
                raise RightsError(409, "legal_hold", "erasure is blocked: a legal hold covers "
                                  "this person's data; deny the request citing the hold, or "
                                  "wait until it is released", holds=holds)
        run = executor()
        holder = claimant or claims.new_claimant()
        if not claims.claim(self.engine, request_id, holder, self.clock()):
            raise RightsError(409, "request_running", "the request is being carried out right "
                              "now; look at it again once that run is over")
        try:
            return self._run(request_id, run, actor, text, holder, config)
        finally:
            if claimant is None:
                claims.release(self.engine, request_id, holder)

    def _run(self, request_id: str, run: Callable[..., Any], actor: str, text: str | None,
             holder: str, config: Any) -> RightsRequest:
        with write_transaction(self.engine) as connection:
            row = self._row(connection, request_id)
            check_transition(row["state"], IN_PROGRESS)
            self._move(connection, row, IN_PROGRESS, actor, text, {"claimant": holder})
        self._audit(actor, "rights.advance", request_id, row["subject_key"], "in_progress",
                    {"type": row["type"]})
        request = self.get(request_id)
        try:
            result = run(self.engine, self.keyring, config, request)
        except Exception as exc:
            self._note(row, "system", "execution_failed", {"error": type(exc).__name__})
            self._audit("system", "rights.execute", request_id, row["subject_key"],
                        "execution_failed", {"error": type(exc).__name__}, outcome="failure")
            raise RightsError(502, "execution_failed", "carrying out the request failed; it "
                              "stays in progress and can be advanced again") from exc
        return self._record_result(request, result)

    def _record_result(self, request: RightsRequest, result: Any) -> RightsRequest:
        outcome = getattr(result, "outcome", None)
        if outcome not in ("completed", "denied", "partial"):
            raise RightsError(502, "execution_failed", "the execution side gave no outcome")
        summary = {str(k): v for k, v in dict(getattr(result, "summary", None) or {}).items()
                   if isinstance(v, int | str)}
        artifact = getattr(result, "artifact_id", None)
        stored: dict[str, Any] = {"outcome": outcome, "summary": summary,
                                  "artifact_id": str(artifact) if artifact else None}
        reason = getattr(result, "reason", None)
        text = str(reason)[:REASON_MAX] if reason else None
        if text:
            stored["reason"] = text  # a machine code: `upstream_unconfirmed`, `needs_operator`
        target = {"completed": COMPLETED, "denied": DENIED}.get(outcome, IN_PROGRESS)
        now = self.clock()
        with write_transaction(self.engine) as connection:
            row = self._row(connection, request.id)
            values: dict[str, Any] = {"result": stored}
            if target in CLOSED_STATES:
                values["closed_at"] = now
            if target == DENIED:
                values["reason"] = text or "refused by the execution side"
            details: dict[str, Any] = {"outcome": outcome}
            if artifact:
                details["artifact_id"] = str(artifact)
            self._move(connection, row, target, "system", text, details, **values)
        self._audit("system", "rights.execute", request.id, request.subject_key, outcome,
                    {"outcome": outcome, **{k: v for k, v in summary.items()
                                            if isinstance(v, int)}})
        return self.get(request.id)

    def deny(self, request_id: str, *, actor: str, reason: str | None) -> RightsRequest:
        text = check_reason(reason, required=True)
        return self._close(request_id, DENIED, actor, text, "rights.deny")

    def complete(self, request_id: str, *, actor: str, reason: str | None,
                 summary: Mapping[str, int | str] | None = None) -> RightsRequest:
        text = check_reason(reason, required=False)
        extra = {"outcome": "completed", "summary": dict(summary or {}), "artifact_id": None}
        return self._close(request_id, COMPLETED, actor, text, "rights.complete", extra)

    def _close(self, request_id: str, target: str, actor: str, text: str | None, action: str,
               result: dict[str, Any] | None = None) -> RightsRequest:
        now = self.clock()
        with write_transaction(self.engine) as connection:
            row = self._row(connection, request_id)
            check_transition(row["state"], target)
            values: dict[str, Any] = {"closed_at": now, "expires_at": None}
            if target == DENIED:
                values["reason"] = text
            if result is not None and row["result"] is None:
                values["result"] = result
            self._move(connection, row, target, actor, text, {}, **values)
        self._audit(actor, action, request_id, row["subject_key"], target,
                    {"from": row["state"]})
        return self.get(request_id)

    def extend(self, request_id: str, *, actor: str, reason: str | None) -> RightsRequest:
        """Extend the deadline once, by the jurisdiction's extension, while the first period
        still runs (the requester must be told within it, with the reason)."""
        text = check_reason(reason, required=True)
        now = self.clock()
        with write_transaction(self.engine) as connection:
            row = self._row(connection, request_id)
            check_transition(row["state"], EXTENDED)
            name, rule = self.settings.jurisdiction(row["jurisdiction"])
            if rule.extension is None:
                raise RightsError(409, "not_extendable", f"{name} allows no extension")
            if row["extended_at"] is not None:
                raise RightsError(409, "not_extendable", "the deadline was already extended")
            due = aware(row["due_at"])
            if due is None or now > due:
                raise RightsError(409, "not_extendable", "an extension must be announced "
                                  "before the first deadline passes")
            start = deadlines.clock_start(rule, aware(row["received_at"]) or now,
                                          aware(row["verified_at"]))
            assert start is not None  # a request with a due date has a started clock
            new_due = deadlines.due_at(start, rule, extended=True)
            self._move(connection, row, EXTENDED, actor, text,
                       {"due_at": new_due.isoformat()}, due_at=new_due, extended_at=now,
                       reason=text, alerted=None)
        self._audit(actor, "rights.extend", request_id, row["subject_key"], "extended",
                    {"due_at": new_due.isoformat()})
        return self.get(request_id)

    def expire_unverified(self) -> int:
        """Deny every request whose identity was not confirmed in time. Returns how many."""
        now = self.clock()
        with self.engine.connect() as connection:
            ids: list[str] = list(connection.execute(select(rights_requests.c.id).where(
                rights_requests.c.state.in_((RECEIVED, VERIFYING)),
                rights_requests.c.expires_at < now)).scalars())
        done = 0
        for request_id in ids:
            try:
                self._close(request_id, DENIED, "system", "identity not verified in time",
                            "rights.expire")
            except RightsError:
                continue  # moved on meanwhile
            done += 1
        return done

    # -- reading ------------------------------------------------------------------------------
    def get(self, request_id: str) -> RightsRequest:
        with self.engine.connect() as connection:
            row = self._row(connection, request_id)
        return self.request_of(row)

    def request_of(self, row: RowMapping) -> RightsRequest:
        key = row["sealed_by"]
        pairs = self._open_json(key, row["identifiers"], PURPOSE_IDENTIFIERS)
        details = self._open_json(key, row["details"], PURPOSE_DETAILS)
        return RightsRequest(
            id=row["id"], type=row["type"], state=row["state"],
            jurisdiction=row["jurisdiction"],
            subject_identifiers=[(str(k), str(v)) for k, v in pairs or []],
            subject_keys=list(row["subject_keys"] or []),
            details=details if isinstance(details, dict) else {},
            received_at=aware(row["received_at"]),  # type: ignore[arg-type]
            due_at=aware(row["due_at"]), verification=row["verification"],
            verified_at=aware(row["verified_at"]), extended_at=aware(row["extended_at"]),
            closed_at=aware(row["closed_at"]), reason=row["reason"], channel=row["channel"],
            filed_by=row["filed_by"], result=row["result"],
            expires_at=aware(row["expires_at"]), subject_key=row["subject_key"],
            run_attempts=int(row["run_attempts"] or 0), run_after=aware(row["run_after"]),
        )

    def subject_keys(self, request: RightsRequest) -> list[str]:
        """Every key the request names: its own, then those of its identifiers (so that a key
        left out of the list is still found), each once, in that order."""
        derived = [self.pseudonymizer.subject_key(kind, value)
                   for kind, value in request.subject_identifiers]
        return list(dict.fromkeys([*request.subject_keys, *derived]))

    def contact(self, request_id: str) -> str | None:
        """The e-mail address to answer, or None (none given, or the person was erased)."""
        with self.engine.connect() as connection:
            row = self._row(connection, request_id)
        if row["contact"] is None:
            return None
        text = self.sealer.open(row["sealed_by"], row["contact"], PURPOSE_CONTACT)
        return None if text == ERASED else text

    def has_attestation(self, request_id: str) -> bool:
        with self.engine.connect() as connection:
            return self._row(connection, request_id)["attestation"] is not None

    def _open_json(self, key: str, token: str | None, purpose: str) -> Any:
        if token is None:
            return None
        text = self.sealer.open(key, token, purpose)
        return None if text == ERASED else json.loads(text)

    def events(self, request_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            self._row(connection, request_id)
            rows = connection.execute(select(rights_events).where(
                rights_events.c.request_id == request_id).order_by(
                rights_events.c.seq)).mappings().all()
        return [{"ts": aware(r["ts"]), "from_state": r["from_state"], "to_state": r["to_state"],
                 "actor": r["actor"], "reason": r["reason"], "details": r["details"] or {}}
                for r in rows]

    def list(self, *, state: str | None = None, request_type: str | None = None,
             overdue: bool | None = None, due_soon: bool | None = None,
             limit: int = 100) -> list[RightsRequest]:
        """Requests newest first, without opening any sealed field (identifiers and details
        come back empty)."""
        now = self.clock()
        table = rights_requests
        statement = select(table)
        if state is not None:
            statement = statement.where(table.c.state == state)
        if request_type is not None:
            statement = statement.where(table.c.type == request_type)
        if overdue is not None:
            late = and_(table.c.state.in_(OPEN_STATES), table.c.due_at < now)
            statement = statement.where(late if overdue else ~late)
        if due_soon is not None:
            soon = and_(table.c.state.in_(OPEN_STATES), table.c.due_at >= now,
                        table.c.due_at < now + timedelta(seconds=self.settings.near_deadline))
            statement = statement.where(soon if due_soon else ~soon)
        statement = statement.order_by(table.c.received_at.desc(), table.c.id).limit(
            max(1, min(limit, 500)))
        with self.engine.connect() as connection:
            rows = connection.execute(statement).mappings().all()
        return [self._summary(row) for row in rows]

    def _summary(self, row: RowMapping) -> RightsRequest:
        return RightsRequest(
            id=row["id"], type=row["type"], state=row["state"],
            jurisdiction=row["jurisdiction"], subject_identifiers=[],
            subject_keys=list(row["subject_keys"] or []), details={},
            received_at=aware(row["received_at"]),  # type: ignore[arg-type]
            due_at=aware(row["due_at"]), verification=row["verification"],
            verified_at=aware(row["verified_at"]), extended_at=aware(row["extended_at"]),
            closed_at=aware(row["closed_at"]), reason=row["reason"], channel=row["channel"],
            filed_by=row["filed_by"], result=row["result"],
            expires_at=aware(row["expires_at"]), subject_key=row["subject_key"],
            run_attempts=int(row["run_attempts"] or 0), run_after=aware(row["run_after"]))

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _row(connection: Connection, request_id: str) -> RowMapping:
        found = connection.execute(select(rights_requests).where(
            rights_requests.c.id == request_id)).mappings().first()
        if found is None:
            raise RightsError(404, "unknown_request", "there is no such request")
        return found

    def _move(self, connection: Connection, row: RowMapping, target: str, actor: str,
              note: str | None, details: dict[str, Any], **values: Any) -> None:
        now = self.clock()
        moved = connection.execute(update(rights_requests).where(
            rights_requests.c.id == row["id"], rights_requests.c.state == row["state"]).values(
            state=target, updated_at=now, **values))
        if moved.rowcount != 1:
            raise RightsError(409, "conflict", "the request changed meanwhile; read it again")
        self._event(connection, row["id"], row["subject_key"], row["state"], target, actor,
                    note, details)

    def note(self, request_id: str, *, actor: str, reason: str, action: str | None,
             details: dict[str, Any], outcome: str = "success") -> None:
        """Record a step that does not change the state (a retry planned, a restriction
        lifted) in the request's history with `reason` (free text, no personal data), and,
        with `action`, in the audit log, with `details["code"]` as the reason code."""
        text = check_reason(reason, required=True)
        assert text is not None
        with self.engine.connect() as connection:
            row = self._row(connection, request_id)
        self._note(row, actor, text, details)
        if action is not None:
            self._audit(actor, action, request_id, row["subject_key"],
                        str(details.get("code") or action.rsplit(".", 1)[-1]),
                        {k: v for k, v in details.items() if isinstance(v, int | str | None)},
                        outcome=outcome)

    def _note(self, row: RowMapping, actor: str, reason: str, details: dict[str, Any]) -> None:
        """An event that does not change the state (a blocked or failed step)."""
        with self.engine.begin() as connection:
            self._event(connection, row["id"], row["subject_key"], row["state"], row["state"],
                        actor, reason, details)

    def _event(self, connection: Connection, request_id: str, subject_key: str,
               from_state: str | None, to_state: str, actor: str, reason: str | None,
               details: dict[str, Any]) -> None:
        connection.execute(insert(rights_events), [{
            "request_id": request_id, "subject_key": subject_key, "ts": self.clock(),
            "from_state": from_state, "to_state": to_state, "actor": _actor(actor),
            "reason": reason, "details": details or None}])

    def _audit(self, actor: str, action: str, request_id: str, subject_key: str, reason: str,
               details: Mapping[str, str | int | None], *,
               outcome: str = "success") -> None:
        self.audit.record_sync(AuditEvent(
            actor=actor, action=action, target=f"request_id={request_id}",
            outcome=outcome,  # type: ignore[arg-type]
            reason=reason, subject_key=subject_key, details=dict(details)))


def executor() -> Callable[..., Any]:
    """`charter.rights.execute.run`, or `RightsError(503, "execution_unavailable")`."""
    try:
        module = importlib.import_module("charter.rights.execute")
    except ModuleNotFoundError as exc:
        if exc.name != "charter.rights.execute":
            raise
        module = None
    run = getattr(module, "run", None)
    if not callable(run):
        raise RightsError(503, "execution_unavailable", "this installation cannot carry out "
                          "requests yet (charter.rights.execute is missing); nothing changed")
    return run  # type: ignore[no-any-return]
