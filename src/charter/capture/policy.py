"""What a route's approval says about capturing it, and the configuration checks for that.

A route whose privacy guard names an approval (`stages.privacy_guard.approval`) is captured
only if the approval's `controls.capture` is `encrypted`; its captures are then kept for the
approval's retention class and may be read only by the approval's roles. Other routes'
captures are kept for `operational` and may be read by `DEFAULT_READERS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from charter.config.models import Approval, CharterConfig, Loc, Route

STAGE = "capture"
GUARD = "privacy_guard"
DEFAULT_RETENTION = "operational"
# Who may read a capture not made under an approval: the privacy officer, and the operators
# who run the gateway day to day. The admin endpoints also need `inventory.read`.
DEFAULT_READERS: tuple[str, ...] = ("owner", "admin", "privacy_officer")


@dataclass(frozen=True)
class CaptureControls:
    allowed: bool
    retention: str
    readers: tuple[str, ...]
    approval_id: str | None = None


def route_approval(route: Route, config: CharterConfig) -> tuple[str | None, Approval | None]:
    """The approval id the route's guard names (if any) and that approval (if defined)."""
    guard: Any = route.stages.get(GUARD) or {}
    approval_id = guard.get("approval") if isinstance(guard, dict) else None
    if not isinstance(approval_id, str):
        return None, None
    try:
        return approval_id, config.approval(approval_id)
    except KeyError:
        return approval_id, None


def controls_for(route: Route, config: CharterConfig) -> CaptureControls:
    approval_id, approval = route_approval(route, config)
    if approval_id is None:
        return CaptureControls(True, DEFAULT_RETENTION, DEFAULT_READERS)
    if approval is None or approval.controls.capture != "encrypted":
        # An approval that is not there cannot allow anything.
        return CaptureControls(False, DEFAULT_RETENTION, (), approval_id)
    return CaptureControls(True, approval.controls.retention, tuple(approval.controls.roles),
                           approval_id)


def capture_enabled(route: Route) -> bool:
    options: Any = route.stages.get(STAGE)
    if options is None:
        return False
    return not (isinstance(options, dict) and options.get("enabled", True) is False)


def capture_config_problems(config: CharterConfig) -> list[tuple[Loc, str]]:
    """Routes that enable capture where their approval forbids it, as (loc, message)."""
    problems: list[tuple[Loc, str]] = []
    for index, route in enumerate(config.routes):
        if not capture_enabled(route):
            continue
        approval_id, approval = route_approval(route, config)
        if approval is not None and approval.controls.capture == "none":
            problems.append((
                ("routes", index, "stages", STAGE),
                f"route {route.id!r} is under approval {approval_id!r}, whose"
                " controls.capture is 'none': its payloads may not be captured"))
    return problems
