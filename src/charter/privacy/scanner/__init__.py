"""The sensitive-data scanner: personal, high-risk and special-category data in bodies.

    from charter.privacy.scanner import Scanner
    findings = Scanner().scan_json(b'{"patient": {"diagnosis": "E11.9"}}')

See `docs/scanner.md` for the kinds, detectors, confidence and limits.
"""

from __future__ import annotations

from charter.privacy.scanner.engine import Scanner
from charter.privacy.scanner.findings import Finding
from charter.privacy.scanner.kinds import GROUP_OF, HIGH_RISK, KINDS, PERSONAL, SPECIAL_CATEGORY

__all__ = ["GROUP_OF", "HIGH_RISK", "KINDS", "PERSONAL", "SPECIAL_CATEGORY", "Finding",
           "Scanner"]
