"""Support access to the access log, under an open ticket (clauses SCOPE-5, USE-5).

An operator troubleshooting a ticket reads the access log's rows, already minimised when they
were written (truncated addresses, redacted query values, no bodies or credentials), and only
those of the ticket's requester: the person's subject key, or the client's id. A request id the
requester quotes widens the search to that one request, which may have failed before it was
known whose it was. The caller audits every read, with the ticket, the filters and the number
of rows returned, never the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, Engine, select

from charter.accesslog.models import access_log
from charter.audit.log import DetailValue
from charter.support.service import SupportError, Ticket

DEFAULT_WINDOW: Final = timedelta(hours=24)
MAX_WINDOW: Final = timedelta(days=31)
ROWS_MAX: Final = 500


@dataclass(frozen=True)
class LogQuery:
    """Which rows of the requester's to read. Times are aware; `until` defaults to now and
    `since` to a day before it."""

    since: datetime | None = None
    until: datetime | None = None
    route_id: str | None = None
    status: int | None = None
    request_id: str | None = None
    limit: int = 100


@dataclass(frozen=True)
class LogRead:
    rows: list[dict[str, Any]]
    scope: str  # `subject_key`, `client_id` or `request_id`: what narrowed the rows
    since: datetime
    until: datetime

    def audit_details(self, query: LogQuery) -> dict[str, DetailValue]:
        """What was asked and how many rows came back: ids, codes and counts only."""
        return {"scope": self.scope, "since": self.since.isoformat(),
                "until": self.until.isoformat(), "route_id": query.route_id,
                "status": query.status, "request_id": query.request_id,
                "rows": len(self.rows)}


def window(query: LogQuery, now: datetime) -> tuple[datetime, datetime]:
    """The period asked for; `SupportError` 422 `invalid_window` when it is empty or longer
    than `MAX_WINDOW`."""
    until = query.until or now
    since = query.since or until - DEFAULT_WINDOW
    if since >= until or until - since > MAX_WINDOW:
        raise SupportError(422, "invalid_window",
                           f"since must come before until, at most {MAX_WINDOW.days} days"
                           " earlier")
    return since.astimezone(UTC), until.astimezone(UTC)


def _scope(ticket: Ticket, query: LogQuery) -> tuple[str, ColumnElement[bool]]:
    t = access_log
    if query.request_id is not None:
        return "request_id", t.c.request_id == query.request_id
    if ticket.subject_key is not None:
        return "subject_key", t.c.subject_key == ticket.subject_key
    assert ticket.client_id is not None  # a ticket names a person or a client
    return "client_id", t.c.client_id == ticket.client_id


def read_access_log(engine: Engine, ticket: Ticket, query: LogQuery,
                    now: datetime) -> LogRead:
    """The requester's access-log rows in the window, newest first (at most `ROWS_MAX`)."""
    since, until = window(query, now)
    scope, narrowed = _scope(ticket, query)
    t = access_log
    statement = (select(t).where(narrowed, t.c.ts >= since, t.c.ts < until)
                 .order_by(t.c.ts.desc(), t.c.id.desc())
                 .limit(max(1, min(query.limit, ROWS_MAX))))
    if query.route_id is not None:
        statement = statement.where(t.c.route_id == query.route_id)
    if query.status is not None:
        statement = statement.where(t.c.status == query.status)
    with engine.connect() as connection:
        rows = [_row(dict(row)) for row in connection.execute(statement).mappings()]
    return LogRead(rows=rows, scope=scope, since=since, until=until)


def _row(row: dict[str, Any]) -> dict[str, Any]:
    ts = row["ts"]
    if isinstance(ts, datetime):
        aware = ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)
        row["ts"] = aware.astimezone(UTC).isoformat()
    return row
