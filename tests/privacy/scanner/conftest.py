"""One scanner for the whole module (construction compiles the vocabulary)."""

from __future__ import annotations

import pytest

from charter.privacy.scanner import Finding, Scanner


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    return Scanner()


def kinds(findings: list[Finding]) -> set[str]:
    """The kinds among `findings`: what document-level scoring looks at."""
    return {finding.kind for finding in findings}
