"""Worker metrics, their merge in the supervisor, and the Prometheus text they render."""

from __future__ import annotations

import json
import re

import pytest

from charter.metrics import LATENCY_BUCKETS, MetricsHub, WorkerMetrics, escape_label

# One sample line of the text format 0.0.4: name, optional labels, value.
_SAMPLE = re.compile(
    r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*"'
    r'(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*")*\})? (-?[0-9.e+-]+|[+-]Inf|NaN)$'
)


def samples(text: str) -> dict[str, float]:
    """The rendered samples by `name{labels}`, checking every line's syntax on the way."""
    assert text.endswith("\n")
    found: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("# "):
            assert re.match(r"^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$", line), line
            continue
        assert _SAMPLE.match(line), line
        key, value = line.rsplit(" ", 1)
        assert key not in found, f"duplicate sample {key}"
        found[key] = float(value)
    return found


def hub_with(*workers: tuple[str, WorkerMetrics]) -> MetricsHub:
    hub = MetricsHub()
    for worker_id, metrics in workers:
        hub.update(worker_id, json.loads(json.dumps(metrics.snapshot())))
    return hub


@pytest.mark.clause("USE-4")
def test_requests_and_latency_histogram_by_route() -> None:
    metrics = WorkerMetrics()
    metrics.observe("orders", 200, 0.003)
    metrics.observe("orders", 201, 0.2)
    metrics.observe("orders", 503, 12.0)
    metrics.observe(None, 404, 0.0001)

    out = samples(hub_with(("w1", metrics)).render())

    assert out['charter_requests_total{route="orders",status_class="2xx"}'] == 2
    assert out['charter_requests_total{route="orders",status_class="5xx"}'] == 1
    assert out['charter_requests_total{route="-",status_class="4xx"}'] == 1
    assert 'charter_requests_total{route="orders",status_class="4xx"}' not in out
    bucket = 'charter_request_duration_seconds_bucket{{route="orders",le="{}"}}'
    assert out[bucket.format("0.001")] == 0
    assert out[bucket.format("0.005")] == 1
    assert out[bucket.format("0.25")] == 2
    assert out[bucket.format("10.0")] == 2
    assert out[bucket.format("30.0")] == 3
    assert out[bucket.format("+Inf")] == 3
    assert out['charter_request_duration_seconds_count{route="orders"}'] == 3
    assert out['charter_request_duration_seconds_sum{route="orders"}'] == pytest.approx(12.203)
    assert out['charter_request_duration_seconds_count{route="-"}'] == 1
    assert out["charter_workers"] == 1


def test_bucket_bounds_are_inclusive_and_status_outside_classes_is_other() -> None:
    metrics = WorkerMetrics()
    metrics.observe("orders", 0, LATENCY_BUCKETS[0])  # no response sent, exactly on a bound
    out = samples(hub_with(("w1", metrics)).render())
    assert out['charter_requests_total{route="orders",status_class="other"}'] == 1
    assert out['charter_request_duration_seconds_bucket{route="orders",le="0.001"}'] == 1


def test_types_are_declared_once_per_family() -> None:
    metrics = WorkerMetrics()
    metrics.observe("orders", 200, 0.01)
    metrics.observe("echo", 200, 0.01)
    metrics.add("access_log_dropped")
    text = hub_with(("w1", metrics)).render({"config_version": 3})
    types = [line for line in text.splitlines() if line.startswith("# TYPE")]
    assert len(types) == len(set(types))
    assert "# TYPE charter_requests_total counter" in types
    assert "# TYPE charter_request_duration_seconds histogram" in types
    assert "# TYPE charter_access_log_dropped_total counter" in types
    assert "# TYPE charter_config_version gauge" in types


def test_snapshot_is_plain_json_and_cumulative() -> None:
    metrics = WorkerMetrics()
    metrics.observe("orders", 200, 0.01)
    first = metrics.snapshot()
    metrics.observe("orders", 200, 0.01)
    second = metrics.snapshot()
    assert json.loads(json.dumps(second)) == second
    assert sum(first["routes"]["orders"]["buckets"]) == 1
    assert sum(second["routes"]["orders"]["buckets"]) == 2


def test_the_hot_path_reuses_its_series() -> None:
    metrics = WorkerMetrics()
    for _ in range(1000):
        metrics.observe("orders", 200, 0.01)
        metrics.observe(None, 404, 0.01)
    assert len(metrics.snapshot()["routes"]) == 2


def test_named_counters_and_gauges_are_summed_over_workers() -> None:
    one, two = WorkerMetrics(), WorkerMetrics()
    one.add("access_log_dropped", 2)
    two.add("access_log_dropped", 3)
    one.set_total("access_log_written", 100)
    two.set_total("access_log_written", 50)
    one.set_gauge("connections_open", 4)
    two.set_gauge("connections_open", 1)

    out = samples(hub_with(("a", one), ("b", two)).render({"config_version": 7}))

    assert out["charter_access_log_dropped_total"] == 5
    assert out["charter_access_log_written_total"] == 150
    assert out["charter_connections_open"] == 5
    assert out["charter_workers"] == 2
    assert out["charter_config_version"] == 7


def test_extra_gauges_replace_a_worker_gauge_of_the_same_name() -> None:
    one, two = WorkerMetrics(), WorkerMetrics()
    one.set_gauge("config_version", 4)
    two.set_gauge("config_version", 4)
    hub = hub_with(("a", one), ("b", two))
    assert samples(hub.render({"charter_config_version": 4}))["charter_config_version"] == 4
    with pytest.raises(ValueError):
        hub.render({"workers": 1})
    for bad in ("bad name", "charter_requests_total", "errors_total"):
        with pytest.raises(ValueError):
            hub.render({bad: 1})


@pytest.mark.clause("USE-4")
def test_counters_survive_a_worker_restart() -> None:
    old = WorkerMetrics()
    for _ in range(5):
        old.observe("orders", 200, 0.01)
    old.add("access_log_dropped", 2)
    old.set_gauge("connections_open", 9)
    hub = hub_with(("0:100", old))
    before = samples(hub.render())

    hub.forget("0:100")
    new = WorkerMetrics()
    new.observe("orders", 200, 0.01)
    hub.update("0:101", new.snapshot())
    after = samples(hub.render())

    assert after['charter_requests_total{route="orders",status_class="2xx"}'] == 6
    assert after['charter_request_duration_seconds_count{route="orders"}'] == 6
    assert after["charter_access_log_dropped_total"] == 2
    assert "charter_connections_open" not in after  # a gone worker's gauges go with it
    for key, value in before.items():
        if key.startswith("charter_requests_total") or "_bucket" in key:
            assert after[key] >= value, key


def test_a_new_instance_under_the_same_id_and_a_late_snapshot_do_not_lose_or_double() -> None:
    old = WorkerMetrics()
    old.observe("orders", 200, 0.01)
    old.observe("orders", 200, 0.01)
    hub = MetricsHub()
    hub.update("w", old.snapshot())

    new = WorkerMetrics()  # same worker id, restarted: its counts start again from zero
    new.observe("orders", 200, 0.01)
    hub.update("w", new.snapshot())
    hub.update("w", old.snapshot())  # still in flight when the old one was replaced

    out = samples(hub.render())
    assert out['charter_requests_total{route="orders",status_class="2xx"}'] == 3
    assert out["charter_workers"] == 1


def test_malformed_snapshots_are_refused_and_change_nothing() -> None:
    good = WorkerMetrics()
    good.observe("orders", 200, 0.01)
    hub = hub_with(("w", good))
    before = hub.render()
    broken = good.snapshot()
    broken["routes"]["orders"]["buckets"] = [1, 2]
    for snapshot in ({}, {"format": 99}, broken, {**good.snapshot(), "le": [1.0]}):
        with pytest.raises(ValueError):
            hub.update("w", snapshot)
    assert hub.render() == before


def test_metric_names_are_checked() -> None:
    metrics = WorkerMetrics()
    with pytest.raises(ValueError):
        metrics.add("Bad-Name")
    with pytest.raises(ValueError):
        metrics.add("access_log_dropped", -1)
    metrics.add("access_log_dropped")
    with pytest.raises(ValueError):
        metrics.set_gauge("access_log_dropped", 1)
    # Names that would render as a family that exists already.
    for name in ("access_log_dropped_total", "workers", "requests"):
        with pytest.raises(ValueError):
            metrics.add(name)
        with pytest.raises(ValueError):
            metrics.set_gauge(name, 1)


def test_label_values_are_escaped() -> None:
    assert escape_label('a"b\\c\nd') == 'a\\"b\\\\c\\nd'
    assert escape_label("orders") == "orders"


def _route_for(path: str) -> str | None:
    """The prefix match the gateway does, reduced to what this test needs."""
    for route_id, prefix in (("orders", "/api/orders"), ("echo", "/api/echo")):
        if path.startswith(prefix):
            return route_id
    return None


@pytest.mark.clause("DATA-5")
@pytest.mark.clause("USE-4")
def test_labels_never_carry_paths_addresses_or_identities() -> None:
    personal = [
        "/api/orders/alice@example.com",
        "/api/echo/203.0.113.77?client_id=acme-prod&email=bob%40example.org",
        "/users/2001:db8::1/profile",
        "/api/orders?ssn=078-05-1120",
    ]
    metrics = WorkerMetrics()
    for path in personal:
        metrics.observe(_route_for(path.split("?", 1)[0]), 200, 0.02)
    # Even a caller passing a path where a route id belongs does not get it into a label.
    metrics.observe("/users/carol@example.net", 404, 0.01)
    metrics.observe("Carol Example", 404, 0.01)

    text = hub_with(("w", metrics)).render({"config_version": 1})

    for needle in ("@", "example.", "203.0.113", "2001:db8", "acme-prod", "078-05", "/users",
                   "/api", "Carol", "client_id"):
        assert needle not in text
    routes = set(re.findall(r'route="([^"]*)"', text))
    assert routes == {"orders", "echo", "-"}
    labels = set(re.findall(r'[{,]([a-z_]+)="', text))
    assert labels == {"route", "status_class", "le"}
    out = samples(text)
    assert out['charter_requests_total{route="-",status_class="4xx"}'] == 2


@pytest.mark.clause("DATA-5")
def test_the_hub_refuses_route_labels_that_are_not_route_ids() -> None:
    snapshot = WorkerMetrics().snapshot()
    snapshot["routes"]["/users/alice@example.com"] = {
        "statuses": [0, 0, 1, 0, 0, 0], "buckets": [1] + [0] * len(LATENCY_BUCKETS), "sum": 0.1,
    }
    hub = MetricsHub()
    with pytest.raises(ValueError):
        hub.update("w", snapshot)
    assert "alice" not in hub.render()


@pytest.mark.clause("DATA-5")
def test_privacy_findings_are_counted_by_route_direction_kind_and_action_only() -> None:
    worker = WorkerMetrics()
    worker.finding("orders", "request", "email", "flag")
    worker.finding("orders", "request", "email", "flag")
    worker.finding("orders", "response", "health", "block")
    with pytest.raises(ValueError):
        worker.finding("orders", "request", "ada@example.com", "flag")
    with pytest.raises(ValueError):
        worker.finding("/users/ada", "request", "email", "flag")
    hub = MetricsHub()
    hub.update("0", worker.snapshot())
    text = hub.render()
    assert ('charter_privacy_findings_total{route="orders",direction="request",kind="email",'
            'action="flag"} 2') in text
    assert ('charter_privacy_findings_total{route="orders",direction="response",kind="health",'
            'action="block"} 1') in text
    # A worker that goes away keeps its counts.
    hub.forget("0")
    assert 'kind="email",action="flag"} 2' in hub.render()
    bad = worker.snapshot()
    bad["findings"] = [["orders", "request", "a@b.c", "flag", 1]]
    with pytest.raises(ValueError):
        hub.update("1", bad)
