"""The configuration `charter serve --demo` runs with: three public routes to the demo upstream."""

from __future__ import annotations

import json


def demo_config_text(
    upstream_port: int,
    *,
    gateway_port: int = 8080,
    admin_port: int = 8081,
    store_url: str = "sqlite:///var/demo/charter.db",
) -> str:
    """`charter.yaml` text for the demo, pointing at a `DemoUpstream` on `upstream_port`.

    Valid against `charter.config.models.CharterConfig`. Both listeners stay on loopback.
    """
    for name, port in (("upstream_port", upstream_port), ("gateway_port", gateway_port),
                       ("admin_port", admin_port)):
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"{name} must be a port number, got {port!r}")
    routes = "".join((
        _route("orders", "/api/orders", "authenticate: {methods: [api_key]}",
               "authorize: {scopes: [orders:read]}",
               "rate_limit: {limits: [{name: per_second, rate: 5, per: 1s, key: client},"
               " {name: per_day, rate: 10000, per: 1d, key: organization}]}"),
        _route("tenant-orders", "/api/orgs/", "authenticate: {methods: [api_key, bearer]}",
               "authorize: {scopes: [orders:read], tenant: {path: '/api/orgs/{org}/'}}"),
        _route("patients", "/api/patients", "authenticate: {methods: [bearer]}",
               "authorize: {scopes: [patients:read]}"),
        _route("echo", "/api/echo",
               "authenticate: {methods: [none], reason: a public echo to try the gateway}",
               "rate_limit: {limits: [{name: per_ip, rate: 20, per: 1s, key: ip}]}"),
    ))
    # JSON string literals are valid YAML scalars, so any store URL is quoted safely.
    return f"""\
# Charter demo configuration, written by `charter serve --demo`.
# Everything runs on this machine; the upstream serves invented data only.
version: 1
service:
  name: Charter demo
  environment: dev
listeners:
  gateway: {{host: 127.0.0.1, port: {gateway_port}}}
  admin: {{host: 127.0.0.1, port: {admin_port}}}
store:
  url: {json.dumps(store_url)}
upstreams:
  - name: demo
    targets: ["http://127.0.0.1:{upstream_port}"]
routes:
{routes}"""


def _route(route_id: str, prefix: str, *stages: str) -> str:
    lines = "".join(f"      {stage}\n" for stage in stages)
    return f"""\
  - id: {route_id}
    match: {{path_prefix: {prefix}}}
    upstream: demo
    strip_prefix: /api
    visibility: public
    purpose: service_delivery
    stages:
      access_log: {{}}
{lines}"""
