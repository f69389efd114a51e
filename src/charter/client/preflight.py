"""Looking at a JSON body before it leaves (clauses CLIENT-1 and CLIENT-2).

The client runs Charter's own scanner (`charter.privacy.scanner`, the one the gateway's
`privacy_guard` stage uses) over each JSON body it is about to send. What happens to
special-category data (health, religion, the other GDPR Art. 9 and 10 kinds) depends on the
client's `preflight` setting:

- `block` (the default): the request is not sent; `SensitiveDataError` lists paths and kinds.
  A call that passes `allow_special=True` sends it, and the log says so;
- `warn`: the request is sent and a warning is logged;
- `off`: bodies are not scanned.

Log lines and errors name paths and kinds, never values. Other personal data (an e-mail
address, a name) is normal API traffic: it is not refused here, and the gateway's own
`privacy_guard` decides what a route accepts.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from charter.client.errors import SensitiveDataError, SensitiveFinding
from charter.client.redact import log

Mode = Literal["block", "warn", "off"]
MODES: tuple[str, ...] = get_args(Mode)


def special_findings(value: Any) -> tuple[SensitiveFinding, ...]:
    """The special-category findings in a parsed JSON value, one per (path, kind)."""
    from charter.privacy.scanner import GROUP_OF
    from charter.privacy.scanner.findings import MIN_CONFIDENCE
    from charter.privacy.shared_scanner import shared_scanner

    seen: dict[tuple[str, str], SensitiveFinding] = {}
    for finding in shared_scanner().scan_value(value):
        if finding.confidence >= MIN_CONFIDENCE and GROUP_OF.get(finding.kind) == \
                "special_category":
            seen.setdefault((finding.path, finding.kind),
                            SensitiveFinding(finding.path, finding.kind))
    return tuple(seen.values())


def check(value: Any, mode: Mode, *, allow_special: bool, where: str) -> None:
    """Apply `mode` to a body about to be sent to `where` (a log-safe URL)."""
    if mode == "off":
        return
    findings = special_findings(value)
    if not findings:
        return
    listed = ", ".join(f"{f.kind} at {f.path}" for f in findings)
    if allow_special:
        log.info("sending special-category data to %s, as the call allows: %s", where, listed)
    elif mode == "warn":
        log.warning("sending special-category data to %s: %s", where, listed)
    else:
        raise SensitiveDataError(findings)
