"""One scanner per process: compiling its patterns is done once, then every stage reuses it."""

from __future__ import annotations

from charter.privacy.scanner import Scanner

_scanner: Scanner | None = None


def shared_scanner() -> Scanner:
    global _scanner
    if _scanner is None:
        _scanner = Scanner()
    return _scanner
