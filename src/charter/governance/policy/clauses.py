"""The catalogue of the policy's promises, and the code that keeps each one.

Every clause id of the policy is listed once, with a one-line statement of the promise and
its controls: the modules (dotted paths) or documents (paths from the repository root) that
make it hold. `charter policy conformance` prints this beside the tests tagged with each id
(`@pytest.mark.clause("ID")`); a clause with no test fails it. An empty `controls` means no
control exists yet, and the conformance report says so.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Clause:
    id: str
    statement: str
    controls: tuple[str, ...]


CLAUSES: tuple[Clause, ...] = (
    # Scope
    Clause("SCOPE-1", "Public and private HTTP APIs are covered; private routes admit only "
           "allowed networks or machine credentials.",
           ("charter.config.models", "charter.dataplane.stages.network",
            "charter.dataplane.stages.authenticate")),
    Clause("SCOPE-2", "Admin and dashboard interfaces are covered: their own listener, their "
           "own sign-in, every action audited.",
           ("charter.admin.app", "charter.admin.auth", "charter.audit.log")),
    Clause("SCOPE-3", "Machine-to-machine integrations are covered, each a registered client "
           "using keys, client credentials or signed webhooks.",
           ("charter.identity.service", "charter.identity.token_endpoint",
            "charter.rights.execute.webhooks", "charter.governance.policy.webhooks")),
    Clause("SCOPE-4", "Developer tools follow the policy by default: no secrets in output or "
           "logs, TLS towards the service.",
           ("charter.cli", "charter.client.client", "charter.client.cli",
            "charter.client.urls", "charter.client.tls", "charter.client.redact",
            "charter.client.preflight")),
    Clause("SCOPE-5", "Support workflows keep records with a purpose, a retention period and "
           "an audit trail.",
           ("charter.support.models", "charter.support.service", "charter.support.logs",
            "charter.support.api", "docs/support.md")),
    Clause("SCOPE-6", "Every log stream declares its data categories, purpose and retention "
           "class.", ("charter.privacy.inventory", "charter.accesslog.models")),
    Clause("SCOPE-7", "Third-party integrators are on record as clients or recipients and run "
           "under their own policies.", ("charter.identity.service",)),
    # Data
    Clause("DATA-1", "Account, user and organization identifiers are stored with declared "
           "categories.", ("charter.identity.models", "charter.privacy.inventory")),
    Clause("DATA-2", "Payloads pass only after authentication and are kept only in short-term, "
           "encrypted captures a route enables.",
           ("charter.dataplane.stages.capture", "charter.capture.crypto")),
    Clause("DATA-3", "Keys are stored as keyed hashes; tokens and secrets reach no log, table "
           "or metric.", ("charter.identity.keys", "charter.privacy.redaction")),
    Clause("DATA-4", "Request metadata is minimised: addresses truncated, sensitive headers "
           "and query values redacted.",
           ("charter.dataplane.stages.access_log", "charter.privacy.redaction")),
    Clause("DATA-5", "Metrics carry no personal data; the audit log is tamper-evident.",
           ("charter.metrics", "charter.audit.chain")),
    Clause("DATA-6", "Support and incident data records that the person provided it, and is "
           "kept for a set period.",
           ("charter.support.models", "charter.support.intake", "charter.incidents.models",
            "charter.retention.purge")),
    Clause("DATA-7", "Special-category data is detected and blocked or redacted unless an "
           "approval with extra controls allows it.",
           ("charter.privacy.scanner.engine", "charter.dataplane.stages.privacy_guard",
            "charter.config.models")),
    # Uses
    Clause("USE-1", "Every route authenticates unless declared public; scopes and roles are "
           "checked.", ("charter.dataplane.stages.authenticate",
                        "charter.dataplane.stages.authorize")),
    Clause("USE-2", "Requests are routed, validated against declared schemas, and answered.",
           ("charter.dataplane.upstream", "charter.dataplane.stages.validate")),
    Clause("USE-3", "Abuse and misconfiguration are resisted: rate limits, lockouts, size "
           "limits, address rules, refusal of unsafe configuration.",
           ("charter.dataplane.stages.rate_limit", "charter.identity.lockout",
            "charter.config.loader")),
    Clause("USE-4", "Availability and performance are monitored with probes and metrics.",
           ("charter.metrics",)),
    Clause("USE-5", "Incidents, errors and support requests are investigated from diagnostic "
           "logs and audited access.",
           ("charter.logs", "charter.audit.log", "charter.incidents.service",
            "charter.incidents.api", "charter.support.logs")),
    Clause("USE-6", "Legal obligations are met: legal holds, audit retention, disclosures on "
           "record.", ("charter.retention.holds", "charter.audit.prune")),
    Clause("USE-7", "Personal data is never sold: no purpose or recipient for sale or "
           "advertising can be configured.",
           ("charter.governance.checks", "charter.governance.taxonomy")),
    # Legal basis
    Clause("BASIS-1", "Every purpose declares its legal basis; consent-based processing checks "
           "a recorded, withdrawable consent.",
           ("charter.config.models", "charter.privacy.inventory", "charter.consent.records",
            "charter.consent.view", "charter.dataplane.stages.consent",
            "charter.consent.self_service")),
    # Sharing
    Clause("SHARE-1", "Service providers and infrastructure operators are listed as recipients "
           "with role and country.", ("charter.governance.policy.facts",)),
    Clause("SHARE-2", "Affiliates are listed in the same registry with the role affiliate.",
           ("charter.governance.policy.facts",)),
    Clause("SHARE-3", "Disclosures to auditors, regulators, courts or police are recorded with "
           "their legal reference.", ("charter.governance.disclosures",)),
    Clause("SHARE-4", "Upstreams that are third parties are recipients, and what they receive "
           "is counted.", ("charter.rights.execute.webhooks",
                           "charter.governance.policy.facts",
                           "charter.dataplane.stages.disclosure",
                           "charter.governance.disclosures")),
    Clause("SHARE-5", "A disclosure made to protect rights or security records its reason.",
           ("charter.governance.disclosures",)),
    Clause("SHARE-6", "A processor receives traffic only once its agreement is recorded.",
           ("charter.governance.checks",)),
    # Retention
    Clause("RET-1", "Every stored record type has a retention class; nothing is stored "
           "without one.", ("charter.privacy.inventory", "charter.store.migrate")),
    Clause("RET-2", "Operational request data is kept for days and purged automatically.",
           ("charter.retention.purge", "charter.capture.purge")),
    Clause("RET-3", "Audit and security records are kept for years, never forever.",
           ("charter.retention.purge", "charter.config.models")),
    Clause("RET-4", "Backups are encrypted, expire, and keep erased people erased.",
           ("charter.backup.create", "charter.backup.restore", "charter.shredding.keys")),
    Clause("RET-5", "Expired data is deleted or anonymised; legal holds pause it; purges are "
           "reported by counts.",
           ("charter.retention.purge", "charter.retention.holds", "charter.retention.report")),
    # Security
    Clause("SEC-1", "Network access is limited per route, per listener and for the admin "
           "interface.", ("charter.dataplane.stages.network", "charter.config.models")),
    Clause("SEC-2", "Clients get scopes, operators roles, tenants stay apart.",
           ("charter.dataplane.stages.authorize", "charter.admin.roles")),
    Clause("SEC-3", "Transport is encrypted: TLS listeners, routes that require TLS, verified "
           "upstream certificates.", ("charter.tls", "charter.dataplane.upstream")),
    Clause("SEC-4", "Security events are logged and monitored.", ("charter.audit.log",)),
    Clause("SEC-5", "Administrative access is separate, strongly authenticated, role-based "
           "and audited.", ("charter.admin.auth", "charter.admin.totp", "charter.admin.roles")),
    Clause("SEC-6", "Client credentials can be rotated, expire, are revoked, and are hard to "
           "leak.", ("charter.identity.keys", "charter.identity.service")),
    # Client duties
    Clause("CLIENT-1", "Clients send only data they may process: undeclared fields are "
           "rejected or stripped.", ("charter.dataplane.stages.validate",)),
    Clause("CLIENT-2", "Clients are warned when they send personal data a field does not "
           "need.", ("charter.privacy.minimisation",)),
    Clause("CLIENT-3", "Charter's tools never print secrets by accident and store credentials "
           "with safe file modes.",
           ("charter.cli", "charter.client.credentials", "charter.client.secret",
            "charter.client.redact")),
    Clause("CLIENT-4", "Charter's client tools refuse plain HTTP except to loopback.",
           ("charter.client.urls", "charter.client.tls", "charter.client.client")),
    Clause("CLIENT-5", "Clients are told, in the documentation and in the published policy, "
           "that they must follow the law that applies to them.",
           ("docs/client-duties.md", "charter.governance.policy.render")),
    # Rights
    Clause("RIGHTS-1", "A verified person can see everything held about them, from every store "
           "and upstream.", ("charter.rights.intake", "charter.rights.execute.collect")),
    Clause("RIGHTS-2", "Wrong account data is corrected, passed on, and audited.",
           ("charter.rights.execute.rectify",)),
    Clause("RIGHTS-3", "Erasure reaches every store and upstream; audit records stay, with "
           "their personal fields made unreadable.",
           ("charter.rights.execute.erase", "charter.shredding.keys")),
    Clause("RIGHTS-4", "A restricted person's data is kept but no longer processed.",
           ("charter.rights.execute.flags", "charter.dataplane.stages.rights")),
    Clause("RIGHTS-5", "An objection stops processing based on legitimate interests.",
           ("charter.rights.execute.flags", "charter.dataplane.stages.rights")),
    Clause("RIGHTS-6", "A person can take their data away as JSON and CSV.",
           ("charter.rights.execute.bundles",)),
    Clause("RIGHTS-7", "Legal deadlines are tracked per jurisdiction, with alerts when overdue.",
           ("charter.rights.deadlines", "charter.rights.alerts")),
    # Other terms
    Clause("XFER-1", "Each recipient and upstream has a country; a transfer without a "
           "safeguard is refused or flagged.",
           ("charter.governance.policy.facts", "charter.governance.policy.check",
            "charter.governance.checks", "charter.governance.transfers")),
    Clause("CHILD-1", "Minors' accounts are marked and not processed without authorization.",
           ("charter.consent.minors", "charter.consent.minor_claims",
            "charter.identity.service", "charter.dataplane.stages.children")),
    Clause("UPDATE-1", "The policy is generated from configuration, versioned, diffed; "
           "material changes need an approver and are announced.",
           ("charter.governance.policy.service", "charter.governance.policy.diff",
            "charter.governance.policy.webhooks", "charter.governance.policy.endpoint",
            "charter.governance.policy.api", "charter.governance.policy.subscriptions_api",
            "charter.governance.policy.check")),
    Clause("CONTACT-1", "Designated contacts are configured and published, and requests reach "
           "them through the intake.",
           ("charter.governance.policy.render", "charter.rights.intake",
            "charter.governance.contacts")),
)

BY_ID: dict[str, Clause] = {clause.id: clause for clause in CLAUSES}
assert len(BY_ID) == len(CLAUSES), "a clause id is listed twice"
