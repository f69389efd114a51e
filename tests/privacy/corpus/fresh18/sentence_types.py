"""Types shared by the sentence pools."""

from __future__ import annotations

Entry = str | tuple[str, tuple[str, ...]]
Pool = dict[str, list[Entry]]
