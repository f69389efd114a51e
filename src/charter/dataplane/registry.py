"""The one ordered list of pipeline stages.

Requests go down this list; responses come back up it. `proxy` is always last and is not a
stage object: it is the gateway forwarding to the route's upstream. Adding a stage means one
new file in `stages/` and one line here.
"""

from __future__ import annotations

from typing import Any

from charter.dataplane.stage import Stage, StageOptions
from charter.dataplane.stages.access_log import AccessLogStage
from charter.dataplane.stages.authenticate import AuthenticateStage
from charter.dataplane.stages.authorize import AuthorizeStage
from charter.dataplane.stages.capture import CaptureStage
from charter.dataplane.stages.children import ChildrenStage
from charter.dataplane.stages.consent import ConsentStage
from charter.dataplane.stages.disclosure import DisclosureStage
from charter.dataplane.stages.network import NetworkStage
from charter.dataplane.stages.privacy_guard import PrivacyGuardStage
from charter.dataplane.stages.rate_limit import RateLimitStage
from charter.dataplane.stages.rights import RightsStage
from charter.dataplane.stages.validate import ValidateStage

STAGES: tuple[type[Stage], ...] = (
    AccessLogStage,
    NetworkStage,
    AuthenticateStage,
    AuthorizeStage,
    RightsStage,  # needs the subject key authenticate sets; after authorize, which says less
    RateLimitStage,
    ValidateStage,
    PrivacyGuardStage,
    ConsentStage,  # needs the subject key authenticate sets
    ChildrenStage,  # likewise
    CaptureStage,  # after privacy_guard: it keeps bodies as the guard left them
    DisclosureStage,  # last: counts what the exchange disclosed once it is over
)
TERMINAL = "proxy"

_BY_NAME: dict[str, type[Stage]] = {stage.name: stage for stage in STAGES}


def stage_names() -> list[str]:
    return [stage.name for stage in STAGES] + [TERMINAL]


def stage_class(name: str) -> type[Stage]:
    """The stage called `name`; KeyError when there is none."""
    return _BY_NAME[name]


def validate_stage_options(name: str, options: dict[str, Any]) -> StageOptions:
    """Options for stage `name`, validated. Raises KeyError (unknown stage) or
    pydantic.ValidationError (bad options)."""
    return stage_class(name).Options.model_validate(options)


def enabled_stages(
    route_stages: dict[str, dict[str, Any]],
) -> list[tuple[type[Stage], StageOptions]]:
    """The stages a route runs, in registry order, with their validated options."""
    unknown = sorted(set(route_stages) - set(_BY_NAME) - {TERMINAL})
    if unknown:
        raise KeyError(unknown[0])
    selected: list[tuple[type[Stage], StageOptions]] = []
    for stage in STAGES:
        raw = route_stages.get(stage.name)
        if raw is None and not stage.default_enabled:
            continue
        options = stage.Options.model_validate(raw or {})
        if options.enabled:
            selected.append((stage, options))
    return selected
