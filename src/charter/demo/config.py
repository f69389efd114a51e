"""The configuration `charter serve --demo` runs with: public routes to the demo upstream,
showing authentication, tenants, rate limits, the privacy guard (block, redact, approval) and
consent."""

from __future__ import annotations

import json

from charter.demo import people as demo_people
from charter.demo.people import DemoIssuer
from charter.demo.rights import SECRET_ENV, WEBHOOK_PATH, public_url


def demo_config_text(
    upstream_port: int,
    *,
    gateway_port: int = 8080,
    admin_port: int = 8081,
    store_url: str = "sqlite:///var/demo/charter.db",
    outbox: str | None = None,
    people: DemoIssuer | None = None,
) -> str:
    """`charter.yaml` text for the demo, pointing at a `DemoUpstream` on `upstream_port`.

    Valid against `charter.config.models.CharterConfig`. Both listeners stay on loopback.
    The upstream keeps personal data, so rights requests reach it by signed webhook, with the
    secret in `charter.demo.rights.SECRET_ENV`; codes go to the file outbox `outbox` (an
    absolute path; the default outbox without). With `people` (the demo's sign-in service),
    the gateway trusts its tokens, and a route on a purpose resting on consent shows consent
    given and withdrawn.
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
        # Health records are special-category data: this route may return them only under
        # the recorded approval below; anything else special is still blocked.
        _route("patients", "/api/patients", "authenticate: {methods: [bearer]}",
               "authorize: {scopes: [patients:read]}",
               "privacy_guard: {approval: DEMO-HEALTH-1, response: {special_category: flag}}"),
        # The public echo keeps the default guard: special-category data is blocked (422).
        _route("echo", "/api/echo",
               "authenticate: {methods: [none], reason: a public echo to try the gateway}",
               "rate_limit: {limits: [{name: per_ip, rate: 20, per: 1s, key: ip}]}",
               max_body="64kb"),
        # Cards, bank accounts, ids and secrets are replaced before the upstream sees them.
        _route("redacting-echo", "/api/redact/",
               "authenticate: {methods: [none], reason: a public echo to try redaction}",
               "rate_limit: {limits: [{name: per_ip, rate: 20, per: 1s, key: ip}]}",
               "privacy_guard: {request: {high_risk: redact}}",
               strip="/api/redact", max_body="64kb"),
    )) + (_consent_route() if people is not None else "")
    # With people signing in, the demo upstream also suggests products, on their consent.
    consented = f", {demo_people.CONSENT_PURPOSE}" if people is not None else ""
    consented_data = ", user.behavior.purchase_history" if people is not None else ""
    purposes = _consent_purpose() if people is not None else ""
    rights = _rights(outbox, gateway_port)
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
# Who is responsible, and who answers questions (published at /.well-known/privacy/contacts).
controller:
  name: Demo Shop GmbH
  address: "Hauptstr. 1, 10115 Berlin"
  country: DE
contacts:
  - {{role: privacy, name: Privacy team, email: privacy@demo.example}}
  - {{role: security, name: Security team, email: security@demo.example}}
  - {{role: service_owner, name: Demo API team, url: "https://demo.example/support"}}
locations: {{infrastructure: [DE, IE], support: [DE]}}
transfers: {{home: [EEA], without_safeguard: refuse}}
purposes:
  - name: service_delivery
    legal_basis: contract
    description: Route, validate, fulfil and return API operations
    categories: [user.account, user.contact.email, user.health_and_medical]
    use: essential.service
  - name: security
    legal_basis: legitimate_interests
    description: Protect the service against abuse and threats
    categories: [user.device.ip_address, system.authentication]
    use: essential.service.security
  - name: operations
    legal_basis: legitimate_interests
    description: Monitor availability, performance and reliability
    categories: [system.operations]
    use: essential.service.operations
{purposes}# The demo upstream stands for a hosting provider processing orders on the shop's behalf;
# its agreement is on record, so traffic may be routed to it, and every request is counted.
recipients:
  - name: DemoHost
    role: processor
    country: IE
    agreement: DPA-DEMO-2026-01
    agreement_date: 2026-01-10
    purposes: [service_delivery{consented}]
    categories: [user.account, user.contact.email, user.health_and_medical{consented_data}]
    use: essential.service
  - name: Demo Support Desk Inc.
    role: processor
    country: US
    agreement: DPA-DEMO-2026-02
    agreement_date: 2026-02-01
    safeguard: scc
    purposes: [operations]
    categories: [system.operations]
    use: essential.service.operations.support
upstreams:
  - name: demo
    targets: ["http://127.0.0.1:{upstream_port}"]
    recipient: DemoHost
    # Its orders name customers: rights requests reach it as signed webhooks.
    stores_personal_data: true
    rights_webhook: {WEBHOOK_PATH}
    rights_secret_env: {SECRET_ENV}
    rights_identifiers: [email]
{rights}# Background jobs run often in the demo, so that purges can be watched happening.
scheduler:
  retention_interval: 30s
  capture_purge_interval: 30s
  backup_prune_interval: 30s
approvals:
  - id: DEMO-HEALTH-1
    use_case: Clinicians of the demo clinic read their patients' records
    approver: Demo Data Protection Officer
    date: 2026-01-15
    kinds: [health]
    controls: {{capture: none, retention: operational, roles: [privacy_officer]}}
{_issuers(people)}routes:
{routes}"""


def _rights(outbox: str | None, gateway_port: int) -> str:
    if outbox is None:
        return ""
    # The notice that an access request was carried out carries the bundle's link, starting
    # with the gateway's address (plain http is allowed for loopback only).
    public = (f"  public_url: {json.dumps(public_url(gateway_port))}\n"
              if gateway_port else "")
    return f"""\
# Rights requests: one-time codes and notices are written to a file outbox.
rights:
  outbox: {{kind: file, directory: {json.dumps(outbox)}}}
{public}"""


def _consent_purpose() -> str:
    return f"""\
  # Rests on consent: people give and withdraw it at /.well-known/privacy/consent.
  - name: {demo_people.CONSENT_PURPOSE}
    legal_basis: consent
    description: Suggest products from the person's past orders
    categories: [user.behavior.purchase_history]
    use: personalize.content.profiled
"""


def _issuers(issuer: DemoIssuer | None) -> str:
    if issuer is None:
        return ""
    return ("# The demo's sign-in service for people (its key is made at every start).\n"
            f"issuers:\n{issuer.config()}")


def _consent_route() -> str:
    return f"""\
  - id: {demo_people.CONSENT_PURPOSE}
    match: {{path_prefix: {demo_people.CONSENT_ROUTE}}}
    upstream: demo
    strip_prefix: /api
    visibility: public
    purpose: {demo_people.CONSENT_PURPOSE}
    stages:
      access_log: {{}}
      authenticate: {{methods: [bearer], issuers: [{demo_people.NAME}]}}
"""


def _route(route_id: str, prefix: str, *stages: str, strip: str = "/api",
           max_body: str = "1mb") -> str:
    lines = "".join(f"      {stage}\n" for stage in stages)
    return f"""\
  - id: {route_id}
    match: {{path_prefix: {prefix}}}
    upstream: demo
    strip_prefix: {strip}
    max_body_bytes: {max_body}
    visibility: public
    purpose: service_delivery
    stages:
      access_log: {{}}
{lines}"""
