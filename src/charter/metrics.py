"""Request metrics: counted cheaply in each worker, merged and exposed by the supervisor.

A gateway worker owns one `WorkerMetrics` and calls `observe` once per finished request. About
once a second it sends `snapshot()` (cumulative since the worker started, JSON-serialisable) to
the supervisor, whose `MetricsHub` merges the snapshots of all workers and renders them in the
Prometheus text exposition format 0.0.4.

Labels are route ids (or `-` for requests no route matched) and status classes, nothing else:
no paths, addresses, client ids or anything else that could identify a person (clause DATA-5).
"""

from __future__ import annotations

import logging
import math
import re
import secrets
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

# Upper bounds (seconds) of the latency histogram buckets; `+Inf` is implied after the last.
LATENCY_BUCKETS: tuple[float, ...] = (
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
)
# Index = status // 100; anything outside 1xx-5xx (0 for "no response was sent") is "other".
STATUS_CLASSES: tuple[str, ...] = ("other", "1xx", "2xx", "3xx", "4xx", "5xx")
UNMATCHED = "-"
SNAPSHOT_FORMAT = 1

# The shape of a configured route id (config.models.Route.id): the only route labels allowed.
_ROUTE_ID = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
_RESERVED = frozenset({"charter_requests", "charter_requests_total",
                       "charter_privacy_findings", "charter_privacy_findings_total",
                       "charter_request_duration_seconds", "charter_workers"})

_HELP = {
    "access_log_written": "Access-log records written to the store.",
    "access_log_dropped": "Access-log records dropped because the write queue was full.",
    "access_log_queued": "Access-log records waiting to be written.",
    "access_log_rejected": "Access-log records the store refused (set aside, not retried).",
    "access_log_failed_batches": "Access-log write attempts that failed and were retried.",
    "upstream_ejections": "Upstream targets taken out of rotation after failures.",
    "connections_open": "Client connections currently open.",
    "connections_refused": "Connections closed because their address held too many.",
    "auth_lockouts": "Sources locked out after repeated authentication failures.",
    "config_version": "Version of the configuration being served.",
    "rate_limit_redis_down": "Times Redis became unreachable for rate limiting.",
    "rate_limit_redis_up": "Times Redis became reachable again for rate limiting.",
    "rate_limit_local_evictions": "Live local rate-limit keys dropped to bound memory.",
}


class _Series:
    """Counts for one route: requests per status class and a latency histogram."""

    __slots__ = ("buckets", "statuses", "total")

    def __init__(self) -> None:
        self.statuses = [0] * len(STATUS_CLASSES)
        self.buckets = [0] * (len(LATENCY_BUCKETS) + 1)  # per bucket, not cumulative
        self.total = 0.0  # sum of latencies

    def merge(self, other: _Series) -> None:
        for i, n in enumerate(other.statuses):
            self.statuses[i] += n
        for i, n in enumerate(other.buckets):
            self.buckets[i] += n
        self.total += other.total


class WorkerMetrics:
    """The metrics of one gateway worker. Not thread-safe: use it from the worker's loop."""

    def __init__(self) -> None:
        # Tells the hub apart a worker restarted under the same id from the one before it.
        self.instance = secrets.token_hex(8)
        self._series: dict[str | None, _Series] = {}
        self._counters: dict[str, float] = {}
        self._gauges: dict[str, float] = {}
        self._findings: dict[tuple[str, str, str, str], int] = {}
        self._warned = False

    def observe(self, route_id: str | None, status: int, latency_s: float) -> None:
        """Count one finished request. `route_id` is None when no route matched.

        One dict lookup by route, two list increments and a bisect; it allocates only the
        first time a route is seen.
        """
        series = self._series.get(route_id)
        if series is None:
            series = self._first_sight(route_id)
        klass = status // 100
        series.statuses[klass if 0 < klass < 6 else 0] += 1
        series.buckets[bisect_left(LATENCY_BUCKETS, latency_s)] += 1
        series.total += latency_s

    def add(self, name: str, n: float = 1) -> None:
        """Add `n` (>= 0) to the counter `name`, exposed as `charter_<name>_total`."""
        if n < 0:
            raise ValueError("a counter only goes up")
        try:
            self._counters[name] += n
        except KeyError:
            self._counters[self._new_name(name, self._gauges)] = n

    def set_total(self, name: str, value: float) -> None:
        """Set the counter `name` to a running total kept elsewhere (say, a log writer's
        count of rows written since this process started). Exposed like `add`'s counters."""
        if name not in self._counters:
            self._new_name(name, self._gauges)
        self._counters[name] = value

    def set_gauge(self, name: str, value: float) -> None:
        """Set the gauge `name`, exposed as `charter_<name>` summed over workers.

        A per-process value that does not add up across workers (a version number) belongs in
        the supervisor's `extra_gauges`, which replace a worker gauge of the same name.
        """
        if name not in self._gauges:
            self._new_name(name, self._counters)
        self._gauges[name] = value

    def finding(self, route_id: str, direction: str, kind: str, action: str) -> None:
        """Count one privacy finding: route id, `request`/`response`, kind and the action
        taken. Labels are fixed vocabularies and route ids, never values."""
        key = (route_id, direction, kind, action)
        try:
            self._findings[key] += 1
        except KeyError:
            if not (_ROUTE_ID.fullmatch(route_id) and _NAME.fullmatch(direction)
                    and _NAME.fullmatch(kind) and _NAME.fullmatch(action)):
                raise ValueError("a finding label is not a route id or a name") from None
            self._findings[key] = 1

    def snapshot(self) -> dict[str, Any]:
        """Everything counted since this worker started, as plain JSON-serialisable data."""
        return {
            "format": SNAPSHOT_FORMAT,
            "instance": self.instance,
            "le": list(LATENCY_BUCKETS),
            "routes": {
                UNMATCHED if route_id is None else route_id: {
                    "statuses": list(series.statuses),
                    "buckets": list(series.buckets),
                    "sum": series.total,
                }
                for route_id, series in self._series.items()
            },
            "counters": dict(self._counters),
            "gauges": dict(self._gauges),
            "findings": [[*key, count] for key, count in self._findings.items()],
        }

    def _first_sight(self, route_id: str | None) -> _Series:
        if route_id is not None and not _ROUTE_ID.fullmatch(route_id):
            # Only configured route ids may become labels. Anything else could be a path or
            # worse; it is counted as unmatched and not cached, so it cannot grow the table.
            # The value itself is never logged: it may be personal data.
            if not self._warned:
                self._warned = True
                logger.warning("metrics: a route label that is not a route id was counted"
                               " as '-'")
            route_id = None
            existing = self._series.get(None)
            if existing is not None:
                return existing
        series = self._series[route_id] = _Series()
        return series

    @staticmethod
    def _new_name(name: str, other_kind: Mapping[str, float]) -> str:
        if not _allowed_name(name):
            raise ValueError(f"metric name {name!r} must match {_NAME.pattern}, must not end in"
                             " _total (it is added) and must not be a built-in metric's")
        if name in other_kind:
            raise ValueError(f"metric {name!r} is already used as the other kind")
        return name


def _allowed_name(name: object) -> bool:
    # Keeps every rendered family name unique: `x` and `x_total` would both render as
    # `charter_x_total`, and the built-in families are not to be shadowed.
    return (isinstance(name, str) and _NAME.fullmatch(name) is not None
            and not name.endswith("_total") and f"charter_{name}" not in _RESERVED)


@dataclass
class _Cumulative:
    """Per-route series and named counters, added up over one or more worker lifetimes."""

    routes: dict[str, _Series] = field(default_factory=dict)
    counters: dict[str, float] = field(default_factory=dict)
    findings: dict[tuple[str, str, str, str], int] = field(default_factory=dict)

    def merge(self, other: _Cumulative) -> None:
        for label, series in other.routes.items():
            mine = self.routes.get(label)
            if mine is None:
                mine = self.routes[label] = _Series()
            mine.merge(series)
        for name, value in other.counters.items():
            self.counters[name] = self.counters.get(name, 0) + value
        for key, count in other.findings.items():
            self.findings[key] = self.findings.get(key, 0) + count


@dataclass
class _WorkerView:
    instance: str
    data: _Cumulative
    gauges: dict[str, float]


class MetricsHub:
    """The supervisor's merge of worker snapshots.

    Counters never go backwards: when a worker goes away (`forget`, or a snapshot from a new
    instance under the same worker id) its last totals are kept and added to every later
    rendering. Gauges are summed over the workers alive now.
    """

    def __init__(self) -> None:
        self._live: dict[str, _WorkerView] = {}
        self._retired = _Cumulative()
        # (worker_id, instance) pairs already retired: a snapshot still in flight when its
        # worker was forgotten must not count that worker twice.
        self._gone: set[tuple[str, str]] = set()

    def update(self, worker_id: str, snapshot: Mapping[str, Any]) -> None:
        """Take a worker's latest snapshot. Raises ValueError (and changes nothing) when the
        snapshot does not have the shape `WorkerMetrics.snapshot()` gives."""
        view = _parse(snapshot)
        if (worker_id, view.instance) in self._gone:
            return
        current = self._live.get(worker_id)
        if current is not None and current.instance != view.instance:
            self.forget(worker_id)
        self._live[worker_id] = view

    def forget(self, worker_id: str) -> None:
        """The worker has exited: keep its totals, drop its gauges."""
        view = self._live.pop(worker_id, None)
        if view is not None:
            self._retired.merge(view.data)
            self._gone.add((worker_id, view.instance))

    @property
    def workers(self) -> int:
        return len(self._live)

    def render(self, extra_gauges: Mapping[str, float] | None = None) -> str:
        """All metrics in the Prometheus text format 0.0.4.

        `extra_gauges` are the supervisor's own values (e.g. `config_version`); a name without
        the `charter_` prefix gets it. They win over a worker gauge of the same name.
        """
        totals = _Cumulative()
        totals.merge(self._retired)
        gauges: dict[str, float] = {}
        for view in self._live.values():
            totals.merge(view.data)
            for name, value in view.gauges.items():
                gauges[f"charter_{name}"] = gauges.get(f"charter_{name}", 0) + value
        gauges["charter_workers"] = len(self._live)
        for name, value in (extra_gauges or {}).items():
            full = name if name.startswith("charter_") else f"charter_{name}"
            if not _METRIC_NAME.fullmatch(full) or full in _RESERVED or full.endswith("_total"):
                raise ValueError(f"extra gauge name {name!r} is not allowed")
            gauges[full] = value

        out: list[str] = []
        routes = sorted(totals.routes.items())
        _family(out, "charter_requests_total", "counter", "Requests answered, by route and"
                " status class.")
        for label, series in routes:
            for klass, count in zip(STATUS_CLASSES, series.statuses, strict=True):
                if count:
                    out.append(f"charter_requests_total{_labels(route=label, status_class=klass)}"
                               f" {_num(count)}")
        _family(out, "charter_request_duration_seconds", "histogram",
                "Time from request received to response sent, by route.")
        for label, series in routes:
            _histogram(out, label, series)
        if totals.findings:
            _family(out, "charter_privacy_findings_total", "counter", "Sensitive data found in"
                    " payloads, by route, direction, kind and the action taken.")
            for (route, direction, kind, action), count in sorted(totals.findings.items()):
                labels = _labels(route=route, direction=direction, kind=kind, action=action)
                out.append(f"charter_privacy_findings_total{labels} {count}")
        for name, value in sorted(totals.counters.items()):
            metric = f"charter_{name}_total"
            _family(out, metric, "counter", _HELP.get(name, f"Charter counter {name}."))
            out.append(f"{metric} {_num(value)}")
        for full, value in sorted(gauges.items()):
            short = full.removeprefix("charter_")
            default = "Gateway worker processes reporting." if short == "workers" else (
                f"Charter gauge {short}.")
            _family(out, full, "gauge", _HELP.get(short, default))
            out.append(f"{full} {_num(value)}")
        return "\n".join(out) + "\n"


def _histogram(out: list[str], label: str, series: _Series) -> None:
    running = 0
    for bound, count in zip((*LATENCY_BUCKETS, math.inf), series.buckets, strict=True):
        running += count
        out.append(f"charter_request_duration_seconds_bucket{_labels(route=label, le=_le(bound))}"
                   f" {running}")
    route = _labels(route=label)
    out.append(f"charter_request_duration_seconds_sum{route} {_num(series.total)}")
    out.append(f"charter_request_duration_seconds_count{route} {running}")


def _family(out: list[str], name: str, kind: str, help_text: str) -> None:
    escaped = help_text.replace("\\", "\\\\").replace("\n", "\\n")
    out.append(f"# HELP {name} {escaped}")
    out.append(f"# TYPE {name} {kind}")


def _labels(**labels: str) -> str:
    return "{" + ",".join(f'{key}="{escape_label(value)}"' for key, value in labels.items()) + "}"


def escape_label(value: str) -> str:
    """A label value escaped for the text format: backslash, double quote and newline."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _num(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def _le(bound: float) -> str:
    # Bucket bounds keep the conventional float spelling ("1.0", not "1") so that queries
    # written against other exporters' `le` values match.
    return "+Inf" if math.isinf(bound) else repr(bound)


def _parse(snapshot: Mapping[str, Any]) -> _WorkerView:
    try:
        if snapshot["format"] != SNAPSHOT_FORMAT:
            raise ValueError(f"unknown snapshot format {snapshot['format']!r}")
        if [float(b) for b in snapshot["le"]] != list(LATENCY_BUCKETS):
            raise ValueError("snapshot has different latency buckets")
        data = _Cumulative()
        for label, raw in snapshot["routes"].items():
            if label != UNMATCHED and not _ROUTE_ID.fullmatch(label):
                raise ValueError("snapshot has a route label that is not a route id")
            series = _Series()
            series.statuses = _counts(raw["statuses"], len(STATUS_CLASSES))
            series.buckets = _counts(raw["buckets"], len(LATENCY_BUCKETS) + 1)
            series.total = float(raw["sum"])
            data.routes[label] = series
        data.counters = _named(snapshot["counters"].items())
        for route, direction, kind, action, count in snapshot.get("findings", ()):
            if not (_ROUTE_ID.fullmatch(route) and _NAME.fullmatch(direction)
                    and _NAME.fullmatch(kind) and _NAME.fullmatch(action)):
                raise ValueError("snapshot has a finding label that is not allowed")
            if int(count) < 0:
                raise ValueError("snapshot has a negative finding count")
            data.findings[(route, direction, kind, action)] = int(count)
        gauges = _named(snapshot["gauges"].items())
        return _WorkerView(instance=str(snapshot["instance"]), data=data, gauges=gauges)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed metrics snapshot ({type(exc).__name__})") from None


def _counts(raw: Iterable[Any], length: int) -> list[int]:
    counts = [int(n) for n in raw]
    if len(counts) != length or any(n < 0 for n in counts):
        raise ValueError("snapshot counts have the wrong length or are negative")
    return counts


def _named(items: Iterable[tuple[Any, Any]]) -> dict[str, float]:
    named: dict[str, float] = {}
    for name, value in items:
        if not _allowed_name(name):
            raise ValueError("snapshot has a metric name that is not allowed")
        named[name] = float(value)
    return named
