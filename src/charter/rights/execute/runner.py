"""Carrying out one verified request: here, then at the upstreams, then audited."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from charter.audit.log import AuditEvent, AuditLog, safe_value
from charter.config.models import CharterConfig
from charter.privacy.inventory import RecordType
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.rights.execute import bundles, flags, messages, webhooks
from charter.rights.execute.collect import Reader
from charter.rights.execute.consents import redis_url as consent_redis
from charter.rights.execute.consents import withdraw_consents
from charter.rights.execute.contract import (
    REQUEST_TYPES,
    ExecutionResult,
    RightsRequestLike,
    audit_request_id,
)
from charter.rights.execute.erase import erase_subject
from charter.rights.execute.information import information
from charter.rights.execute.models import OBJECTED, RESTRICTED
from charter.rights.execute.rectify import RectifyError, rectify_accounts
from charter.rights.execute.settings import ExecutionSettings, execution_settings, rights_upstream
from charter.rights.execute.subjects import Subject, subject_tables

AUDIT_ACTOR = "system"


@dataclass
class Job:
    engine: Engine
    keyring: Keyring
    config: CharterConfig
    request: RightsRequestLike
    subject: Subject
    settings: ExecutionSettings
    deliverer: webhooks.Deliverer
    summary: dict[str, int | str] = field(default_factory=dict)


def execute(engine: Engine, keyring: Keyring, config: CharterConfig,
            request: RightsRequestLike, *,
            deliverer: webhooks.Deliverer | None = None) -> ExecutionResult:
    settings = execution_settings(config)
    subject = _subject(keyring, request)
    job = Job(engine, keyring, config, request, subject, settings,
              deliverer or webhooks.Deliverer(engine, settings))
    if request.type not in REQUEST_TYPES:
        result = ExecutionResult("denied", reason="unsupported_type")
    elif subject.empty:
        result = ExecutionResult("denied", reason="no_subject")
    else:
        result = _HANDLERS[request.type](job)
    _audit(job, result)
    return result


def _subject(keyring: Keyring, request: RightsRequestLike) -> Subject:
    """The request's keys, and the keys of its identifiers (so that a key left out of the
    list is still found)."""
    pseudonyms = Pseudonymizer(keyring)
    derived = [pseudonyms.subject_key(kind, value)
               for kind, value in request.subject_identifiers]
    return Subject.of([*request.subject_keys, *derived], request.subject_identifiers)


# -- access and export (RIGHTS-1, RIGHTS-6) ----------------------------------------------------

def _access(job: Job) -> ExecutionResult:
    reader = Reader(job.engine, job.keyring, job.subject.keys)
    tables: list[bundles.TableData] = []
    found: dict[RecordType, int] = {}
    with job.engine.connect() as connection:
        for table in subject_tables(job.subject):
            if not table.values:
                continue
            rows = list(reader.rows(connection, table))
            if rows:
                tables.append(bundles.TableData(table.table.name, rows))
                found[table.record] = len(rows)
                job.summary[f"{table.table.name}.rows"] = len(rows)
    answers = _fan_out(job, {})
    upstream_data = {
        name: {"status": answer.status, "data": answer.data,
               "download_url": answer.download_url}
        for name, answer in answers.items() if answer.data is not None or answer.download_url
    }
    request = job.request
    summary = {
        "request_id": request.id,
        "generated_at": datetime.now(UTC).isoformat(),
        "jurisdiction": request.jurisdiction,
        **information(job.config, found, {name: a.status for name, a in answers.items()}),
    }
    data = bundles.build_zip(request.type, summary, tables, upstream_data)
    bundle_id = bundles.store_bundle(
        job.engine, job.keyring, request_id=request.id, subject_key=job.subject.keys[0],
        kind=request.type, data=data, days=job.settings.bundle_days)
    job.summary["tables"] = len(tables)
    job.summary["bundle_bytes"] = len(data)
    return _result(job, answers, artifact_id=bundle_id)


# -- rectification (RIGHTS-2) ------------------------------------------------------------------

def _rectify(job: Job) -> ExecutionResult:
    fields = job.request.details.get("fields")
    if not isinstance(fields, dict) or not fields:
        # Only a message saying what is wrong: an operator has to read it.
        return ExecutionResult("partial", reason="needs_operator")
    try:
        done = rectify_accounts(job.engine, job.subject, fields)
    except RectifyError as exc:
        return ExecutionResult("denied", {"field": exc.field}, reason=exc.code)
    job.summary["accounts.rectified"] = len(done.accounts)
    job.summary["fields.rectified"] = ",".join(done.fields) if done.accounts else ""
    job.summary["fields.for_upstreams"] = ",".join(sorted(fields))
    answers = _fan_out(job, {"fields": dict(fields)})
    if not done.accounts and not answers:
        return ExecutionResult("denied", job.summary, reason="nothing_to_rectify")
    return _result(job, answers)


# -- erasure (RIGHTS-3) ------------------------------------------------------------------------

def _erase(job: Job) -> ExecutionResult:
    # Queued messages go first, found by the addresses the rows below still know (the erasure
    # makes them unreadable); a run that fails after this can simply run again.
    known = messages.addresses(job.engine, job.keyring, job.subject, job.request.id)
    queued = messages.erase_messages(job.config, job.keyring, known)
    job.summary.update(erase_subject(job.engine, job.keyring, job.subject, job.request.id))
    if queued:
        job.summary[messages.SUMMARY_KEY] = queued
    return _result(job, _fan_out(job, {}))


# -- restriction (RIGHTS-4) --------------------------------------------------------------------

def _restrict(job: Job) -> ExecutionResult:
    # `scope` names the purposes restricted (`purposes` is read the same); none: everything.
    details = job.request.details
    purposes = details.get("scope") or details.get("purposes")
    scope = sorted({str(p) for p in purposes}) if isinstance(purposes, list) and purposes else None
    job.summary["subjects.flagged"] = flags.set_flag(
        job.engine, job.subject.keys, RESTRICTED, scope, job.request.id)
    job.summary["scope"] = ",".join(scope) if scope else "all"
    return _result(job, _fan_out(job, {"purposes": scope}))


# -- objection (RIGHTS-5) and withdrawn consent ------------------------------------------------

def _object(job: Job) -> ExecutionResult:
    asked = _purposes(job, job.settings.objection_purposes)
    bases = {p.name: p.legal_basis for p in job.config.purposes}
    eligible = [p for p in asked if bases.get(p) == "legitimate_interests"]
    overrides = job.settings.objection_overrides
    stopped = [p for p in eligible if p not in overrides]
    job.summary["purposes.stopped"] = ",".join(stopped)
    job.summary["purposes.not_applicable"] = ",".join(p for p in asked if p not in eligible)
    for purpose in eligible:
        if purpose in overrides:
            job.summary[f"overridden.{purpose}"] = "compelling_legitimate_grounds"
    if not stopped:
        return ExecutionResult("denied", job.summary, reason="no_objectable_purpose")
    job.summary["subjects.flagged"] = flags.set_flag(
        job.engine, job.subject.keys, OBJECTED, stopped, job.request.id)
    return _result(job, _fan_out(job, {"purposes": stopped}))


def _withdraw(job: Job) -> ExecutionResult:
    # The consents themselves are closed, as a withdrawal through the consent API would close
    # them: the `consent` stage then refuses the person on every gateway process.
    named = job.request.details.get("purposes")
    purposes = sorted({str(p) for p in named}) if isinstance(named, list) and named else None
    done = withdraw_consents(job.engine, job.subject.keys, purposes,
                             redis=consent_redis(job.config),
                             request=audit_request_id(job.request.id))
    withdrawn = sorted({consent.purpose for consent in done})
    job.summary["consents.withdrawn"] = len(done)
    job.summary["purposes.withdrawn"] = ",".join(withdrawn)
    if purposes is not None:
        job.summary["purposes.without_consent"] = ",".join(
            p for p in purposes if p not in withdrawn)
    # Upstreams close what they hold too: the purposes named, or (null) every consent.
    answers = _fan_out(job, {"purposes": purposes})
    if not done and not answers:
        return ExecutionResult("denied", job.summary, reason="no_current_consent")
    return _result(job, answers)


def _purposes(job: Job, default: tuple[str, ...]) -> list[str]:
    named = job.request.details.get("purposes")
    if isinstance(named, list) and named:
        return sorted({str(p) for p in named})
    return sorted(set(default))


# -- upstreams (SHARE-4) -----------------------------------------------------------------------

def _fan_out(job: Job, details: Mapping[str, Any]) -> dict[str, webhooks.Answer]:
    """Pass the request to every upstream that declares personal data, in parallel."""
    holders = [u for u in job.config.upstreams if rights_upstream(u).stores_personal_data]
    if not holders:
        return {}
    request = job.request

    def one(upstream: Any) -> webhooks.Answer:
        body = webhooks.payload(request.id, request.type, job.subject.keys,
                                job.subject.identifiers, details, rights_upstream(upstream),
                                request.received_at, request.due_at)
        return job.deliverer.deliver(upstream, request.id, body)

    with ThreadPoolExecutor(max_workers=min(8, len(holders))) as pool:
        answers = list(pool.map(one, holders))
    for answer in answers:
        job.summary[f"upstream.{answer.upstream}"] = answer.status
        for name, count in (answer.counts or {}).items():
            job.summary[f"upstream.{answer.upstream}.{name}"[:64]] = count
    return {answer.upstream: answer for answer in answers}


def _result(job: Job, answers: Mapping[str, webhooks.Answer],
            artifact_id: str | None = None) -> ExecutionResult:
    pending = sorted(name for name, answer in answers.items() if not answer.done)
    if pending:
        return ExecutionResult("partial", job.summary, artifact_id,
                               reason="upstream_unconfirmed")
    return ExecutionResult("completed", job.summary, artifact_id)


def _audit(job: Job, result: ExecutionResult) -> None:
    details: dict[str, str | int | None] = {"outcome": result.outcome, "reason": result.reason}
    details.update(result.summary)
    if result.artifact_id:
        details["artifact_id"] = result.artifact_id
    AuditLog(job.engine).record_sync(AuditEvent(
        actor=AUDIT_ACTOR, action=f"rights.{safe_value(job.request.type)}.executed",
        outcome="denied" if result.outcome == "denied" else "success",
        target=f"request={audit_request_id(job.request.id)}", reason=result.reason,
        details=details))


_HANDLERS: dict[str, Callable[[Job], ExecutionResult]] = {
    "access": _access, "export": _access, "rectify": _rectify, "erase": _erase,
    "restrict": _restrict, "object": _object, "withdraw_consent": _withdraw,
}
