"""The audit log: who did what to which object, when, with what outcome.

One interface (`AuditLog`) records events for the admin API, the CLI and the privacy engines;
a later version makes the log tamper-evident behind the same interface.
"""

from charter.audit.log import AuditEvent, AuditLog, AuditQuery, Outcome, StoredEvent

__all__ = ["AuditEvent", "AuditLog", "AuditQuery", "Outcome", "StoredEvent"]
