"""`GET /.well-known/privacy/bundle`: a subject fetches their bundle with its signed link.

Answered by the gateway itself, before routing, with no credential but the link's MAC. A
link that is unsigned, forged, expired, or names a bundle that is gone gets the same `404
bundle_not_found`, so the answer tells nothing about which bundles exist. Each download is
audited (bundle and request ids only).
"""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

from sqlalchemy import Engine

from charter.audit.log import AuditEvent, AuditLog, safe_value
from charter.dataplane.builtins import Builtin
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.privacy.keyring import Keyring
from charter.rights.execute.bundles import LINK_PATH, StoredBundle, load_bundle, verify_link
from charter.rights.execute.contract import audit_request_id


def bundle_builtins(engine: Engine, keyring: Keyring) -> dict[str, Builtin]:
    """The builtin to add to a gateway that serves bundle downloads."""

    async def download(ctx: RequestContext, body: bytes) -> Reply:
        params = parse_qs(ctx.query, max_num_fields=8)
        bundle_id = _one(params, "id")
        if not verify_link(keyring, bundle_id, _one(params, "expires"), _one(params, "sig")):
            return _not_found(ctx)
        bundle = await asyncio.get_running_loop().run_in_executor(
            None, _fetch, engine, keyring, bundle_id)
        if bundle is None:
            return _not_found(ctx)
        return Reply(200, bundle.data, content_type=b"application/zip", headers=[
            (b"content-disposition",
             f'attachment; filename="{bundle.kind}-{bundle.id}.zip"'.encode()),
            (b"cache-control", b"no-store"),
        ])

    return {LINK_PATH: Builtin(frozenset({"GET"}), download)}


def _fetch(engine: Engine, keyring: Keyring, bundle_id: str) -> StoredBundle | None:
    bundle = load_bundle(engine, keyring, bundle_id)
    if bundle is not None:
        AuditLog(engine).record_sync(AuditEvent(
            actor="anonymous", action="rights.bundle.downloaded", outcome="success",
            target=f"bundle={safe_value(bundle.id)}"
                   f"/request={audit_request_id(bundle.request_id)}"))
    return bundle


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name)
    return values[0] if values and len(values) == 1 else ""


def _not_found(ctx: RequestContext) -> Reply:
    ctx.error = "bundle_not_found"
    return problem(404, "bundle_not_found", "No such bundle",
                   "the link is not valid, or has expired", request_id=ctx.request_id)
