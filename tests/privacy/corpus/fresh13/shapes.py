"""Body shapes an API gateway sees: pagination envelopes, JSON:API, GraphQL, webhooks,
batch results and log lines. None of these helpers inserts personal data."""

from __future__ import annotations

import json

from .ctx import Ctx

API_HOSTS = ["api.brightpath-health.io", "api.northwind.app", "gw.ridelane.io",
             "api.pillbox.care", "api.unionhall.org", "crm.civicpulse.org", "api.hostly.de",
             "api.campus-hub.fr", "api.finvia.es", "id.lumen-id.com", "api.gigforce.co"]


def embed(obj: object) -> str:
    """A string holding embedded JSON."""
    return json.dumps(obj, ensure_ascii=False)


def page(c: Ctx, items: list, resource: str) -> dict:
    style = c.pick(["rest", "cursor", "google", "odata", "hal"])
    host = c.pick(API_HOSTS)
    if style == "rest":
        per = max(len(items), c.pick([10, 20, 25, 50]))
        num = c.n(1, 6)
        return {"data": items, "meta": {"page": num, "per_page": per,
                                        "total": per * num + c.n(0, per)},
                "links": {"self": f"https://{host}/v2/{resource}?page={num}",
                          "next": f"https://{host}/v2/{resource}?page={num + 1}"}}
    if style == "cursor":
        return {"object": "list", "data": items, "has_more": c.chance(0.5),
                "next_cursor": c.b64(24).rstrip("+/") + "=="}
    if style == "google":
        return {"items": items, "nextPageToken": c.b62(32), "kind": f"app#{resource}List"}
    if style == "odata":
        return {"@odata.context": f"https://{host}/odata/$metadata#{resource}",
                "@odata.count": len(items) + c.n(0, 300), "value": items}
    return {"_embedded": {resource: items},
            "_links": {"self": {"href": f"/{resource}?offset=0&limit={len(items)}"},
                       "next": {"href": f"/{resource}?offset={len(items)}&limit={len(items)}"}},
            "page": {"size": len(items), "number": 0}}


def jsonapi(c: Ctx, type_: str, attributes: dict, relationships: dict | None = None,
            included: list | None = None) -> dict:
    data: dict = {"type": type_, "id": c.uuid(), "attributes": attributes}
    if relationships:
        data["relationships"] = relationships
    out: dict = {"jsonapi": {"version": "1.1"}, "data": data}
    if included:
        out["included"] = included
    out["meta"] = {"requestId": c.hexs(16)}
    return out


def graphql(c: Ctx, data: dict) -> dict:
    out: dict = {"data": data}
    if c.chance(0.4):
        out["extensions"] = {"cost": {"requestedQueryCost": c.n(3, 90), "throttleStatus": {
            "maximumAvailable": 1000.0, "currentlyAvailable": float(c.n(400, 999))}}}
    return out


def webhook(c: Ctx, event: str, obj: dict, source: str | None = None) -> dict:
    style = c.pick(["stripe", "cloudevents", "plain"])
    if style == "stripe":
        return {"id": c.oid("evt", 24), "object": "event", "type": event,
                "created": c.epoch(), "livemode": c.chance(0.7),
                "data": {"object": obj}, "request": {"id": c.oid("req", 14)}}
    if style == "cloudevents":
        return {"specversion": "1.0", "type": f"io.{source or 'app'}.{event}",
                "source": f"/{source or 'app'}/{c.hexs(8)}", "id": c.uuid(),
                "time": c.ts("z"), "datacontenttype": "application/json", "data": obj}
    return {"event": event, "delivery_id": c.uuid(), "sent_at": c.ts(), "payload": obj}


def batch(c: Ctx, results: list) -> dict:
    return {"batch_id": c.oid("batch", 12), "status": c.pick(["completed", "partial"]),
            "submitted": len(results), "results": results, "finished_at": c.ts()}


def log_line(c: Ctx, msg: str, level: str | None = None, svc: str | None = None) -> str:
    level = level or c.pick(["INFO", "WARN", "ERROR", "DEBUG"])
    svc = svc or c.pick(["gateway", "auth", "orders", "intake", "sync", "notify", "billing"])
    style = c.pick(["plain", "logfmt", "json"])
    if style == "plain":
        return f"{c.ts('ms')} {level} [{svc}] {msg}"
    if style == "logfmt":
        return f'ts={c.ts("z")} level={level.lower()} svc={svc} msg="{msg}"'
    return embed({"ts": c.ts("ms"), "level": level.lower(), "svc": svc, "msg": msg})


def http_meta(c: Ctx, method: str, path: str) -> dict:
    return {"method": method, "path": path, "status": c.pick([200, 200, 201, 202, 207]),
            "latency_ms": c.n(8, 900), "trace_id": c.hexs(32), "span_id": c.hexs(16)}


def respond(c: Ctx, body: object, path: str) -> object:
    """Wrap a body in a typical REST response envelope (most of the time)."""
    if c.chance(0.3):
        return body
    host = c.pick(API_HOSTS)
    return {"data": body, "meta": {"requestId": c.uuid(), "apiVersion": c.pick(
        ["2024-06-20", "v2", "2023-10-16", "v1"]), "durationMs": c.n(4, 800),
        "rateLimit": {"limit": c.pick([600, 1000, 5000]), "remaining": c.n(0, 500)}},
        "links": {"self": f"https://{host}{path}"}}
