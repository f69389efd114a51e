"""Admin endpoints for the served configuration and the privacy inventory."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from pydantic import BaseModel

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.privacy.inventory import RecordType

logger = logging.getLogger("charter.admin.app")


class ReloadResult(BaseModel):
    version: int | None
    changed: bool


async def read_config(ctx: AdminContext, body: None) -> dict[str, Any]:
    return ctx.services.config_info()


async def reload_config(ctx: AdminContext, body: None) -> ReloadResult:
    outcome = await ctx.services.reload()
    if not outcome.ok:
        logger.warning("admin: configuration reload refused",
                       extra={"problem_count": len(outcome.problems)})
        ctx.annotate(problems=len(outcome.problems))
        raise AdminError(
            422, "config_invalid", "Configuration refused",
            "The new configuration was not applied; the previous one keeps serving.",
            problems=list(outcome.problems))
    logger.info("admin: configuration reloaded",
                extra={"version": outcome.version, "changed": outcome.changed})
    ctx.annotate(version=outcome.version, changed=outcome.changed)
    return ReloadResult(version=outcome.version, changed=outcome.changed)


async def read_inventory(ctx: AdminContext, body: None) -> dict[str, Any]:
    return {"records": [record_json(r) for r in ctx.services.inventory()]}


async def read_routes(ctx: AdminContext, body: None) -> dict[str, Any]:
    return {"routes": ctx.services.config_info().get("route_table", [])}


def record_json(record: RecordType) -> dict[str, Any]:
    doc = dataclasses.asdict(record)
    doc["holds_personal_data"] = record.holds_personal_data
    return doc


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/config", read_config, "config.read",
                 "The configuration being served: version, digest, routes, workers"),
        Endpoint("POST", "/admin/config/reload", reload_config, "config.reload",
                 "Re-read and apply the configuration file; 422 keeps the old one serving",
                 response=ReloadResult),
        Endpoint("GET", "/admin/routes", read_routes, "routes.read",
                 "The routes being served: match, upstream, visibility, authentication, stages"),
        Endpoint("GET", "/admin/inventory", read_inventory, "inventory.read",
                 "The privacy inventory: every table Charter writes and what it holds"),
    ]
