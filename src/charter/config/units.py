"""Units in the configuration: durations (`30s`, `7d`) and sizes (`64kb`, `1mb`)."""

from __future__ import annotations

import math
import re
from typing import Any

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|y)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31536000}
_SIZE = re.compile(r"^\s*(\d+)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$", re.IGNORECASE)
_SIZE_BYTES = {
    "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2,
    "g": 1024**3, "gb": 1024**3, "gib": 1024**3,
}


def parse_duration(value: Any) -> float:
    """Seconds from a number or a string such as `250ms`, `30s`, `7d`, `3y`."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 30s, 15m, 7d")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError("expected a duration such as 30s, 15m, 7d")
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2) or "s"]
    if not math.isfinite(seconds):
        raise ValueError("a duration must be finite")
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    return seconds


def parse_size(value: Any) -> int:
    """Bytes from a number or a string such as `64kb`, `1mb`."""
    if isinstance(value, bool):
        raise ValueError("expected a size such as 64kb or 1mb")
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.match(str(value))
        if not match:
            raise ValueError("expected a size such as 64kb or 1mb")
        size = int(match.group(1)) * _SIZE_BYTES[(match.group(2) or "b").lower()]
    if size < 0:
        raise ValueError("a size cannot be negative")
    return size
