"""Code hosting, logs, configuration, analytics, GraphQL, search and event envelopes."""

from __future__ import annotations

import base64
from typing import Any

from . import pools
from .util import body
from .values import Ctx


def code_webhook(c: Ctx) -> Any:
    p = not c.clean
    commit: dict[str, Any] = {
        "id": c.hexs(40),
        "message": c.pick(
            (
                "fix: retry on 503",
                "feat: add union type for Payload",
                "chore: bump lodash@4.17.21",
                "docs: add logo@2x.png",
            )
        ),
        "timestamp": c.ts(),
    }
    if p:
        first, last = c.parts()
        commit["author"] = {
            "name": f"{first} {last}",
            "email": c.email(first, last),
            "username": c.rid("", 6).lower(),
        }
        if c.chance(0.3):
            commit["diff_excerpt"] = f'+AWS_SECRET_ACCESS_KEY="{c.secret("aws_secret")}"'
        if c.chance(0.2):
            commit["diff_excerpt"] = (
                f"+DATABASE_URL=postgres://app:{c.secret('password')}@db.internal:5432/app"
            )
    else:
        commit["author"] = {"name": "dependabot[bot]", "username": "dependabot[bot]"}
    return {
        "ref": "refs/heads/main",
        "before": c.hexs(40),
        "after": commit["id"],
        "repository": {
            "full_name": "northwind/" + c.pick(("ledger", "gateway", "darwin")),
            "clone_url": "https://git.example.com/northwind/ledger.git",
        },
        "commits": [commit],
        "pusher": {"name": c.rid("", 6).lower()},
    }


def log_lines(c: Ctx) -> Any:
    p = not c.clean
    lines = []
    for _ in range(c.num(2, 4)):
        entry: dict[str, Any] = {
            "ts": c.ts(),
            "level": c.pick(("info", "warn", "error")),
            "logger": "api.http",
            "trace_id": c.hexs(32),
            "msg": c.pick(
                ("GET /healthz 200", "health check ok", f"release {c.version()} deployed")
            ),
        }
        if p and c.chance(0.6):
            what = c.pick(("ip", "email", "card", "token", "coords"))
            if what == "ip":
                entry["msg"] = f"POST /login 401 from {c.ip()}"
            elif what == "email":
                entry["msg"] = f"password reset requested for {c.email()}"
            elif what == "card":
                entry["msg"] = f"charge failed pan={c.card()} code=do_not_honor"
            elif what == "token":
                entry["msg"] = f"upstream call Authorization: {c.secret('bearer')}"
            else:
                lat, lon = c.coords()
                entry["msg"] = f"geo lookup ok loc={lat},{lon}"
        lines.append(entry)
    return lines


def config_dump(c: Ctx) -> Any:
    p = not c.clean
    if p and c.chance(0.4):
        kind = c.pick(("password", "stripe", "sendgrid", "aws_secret"))
        raw = c.secret(kind)
        return {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "Opaque",
            "metadata": {"name": "app-secrets", "namespace": "prod"},
            "data": {"API_KEY": base64.b64encode(raw.encode()).decode()},
        }
    env: list[dict[str, Any]] = [
        {"name": "LOG_LEVEL", "value": "info"},
        {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
        {"name": "FEATURE_BIOMETRIC_LOGIN", "value": "true"},
    ]
    cfg: dict[str, Any] = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "gateway", "labels": {"app": "gateway"}},
        "spec": {
            "template": {
                "spec": {
                    "containers": [
                        {
                            "name": "gateway",
                            "image": "registry.example.com/gateway@sha256:" + c.hexs(64),
                            "env": env,
                        }
                    ]
                }
            }
        },
    }
    if p:
        kind = c.pick(
            ("github", "slack", "gitlab", "google", "npm", "webhook", "pem", "aws_key_id")
        )
        env.append({"name": "UPSTREAM_TOKEN", "value": c.secret(kind)})
    else:
        cfg["metadata"]["annotations"] = {
            "deploy-key.pub": c.public_key(),
            "client_secret": c.masked(),
            "api_key": c.masked(),
        }
    return cfg


def analytics_event(c: Ctx) -> Any:
    p = not c.clean
    ev: dict[str, Any] = {
        "event": c.pick(("Order Completed", "Page Viewed", "Signup Started")),
        "anonymousId": c.uuid(),
        "messageId": c.uuid(),
        "timestamp": c.ts(),
        "context": {
            "library": {"name": "analytics.js", "version": c.version()},
            "locale": c.locale,
            "screen": {"density": 2},
        },
        "properties": {
            "revenue": c.money(),
            "currency": c.currency(),
            "exchange_rate": round(c.rng.uniform(0.8, 1.3), 4),
        },
    }
    if p:
        ev["userId"] = c.rid("usr_", 10)
        ev["context"]["ip"] = c.ip()
        if c.chance(0.5):
            ev["traits"] = {"email": c.email(), "name": c.name()}
        if c.chance(0.3):
            lat, lon = c.coords()
            ev["context"]["location"] = {"latitude": lat, "longitude": lon}
    else:
        ev["context"]["ip"] = "[redacted]" if c.chance(0.2) else None
        ev["context"]["campaign"] = {"name": "Christmas party promo", "source": "newsletter"}
    return ev


def graphql_response(c: Ctx) -> Any:
    p = not c.clean
    nodes = []
    for _ in range(c.num(1, 3)):
        node: dict[str, Any] = {"__typename": "Member", "id": c.b64(16), "createdAt": c.ts()}
        if p:
            node["displayName"] = c.name()
            if c.chance(0.3):
                node["dateOfBirth"] = c.dob()
            if c.chance(0.3):
                node["about"] = body(
                    c,
                    ("health", "political_opinion", "sex_life_orientation", "racial_ethnic_origin"),
                    0.7,
                )
        else:
            node["__typename"] = "Project"
            node["displayName"] = c.pick(pools.PROJECTS)
        nodes.append(node)
    errors = [
        {
            "message": "Cannot query field 'ssn' on type 'Member'",
            "locations": [{"line": 3, "column": 5}],
            "path": ["members"],
        }
    ]
    return {
        "data": {
            "members": {
                "edges": [{"node": n} for n in nodes],
                "pageInfo": {"hasNextPage": False, "endCursor": c.b64(12)},
            }
        },
        "errors": errors if c.chance(0.3) else None,
    }


def search_results(c: Ctx) -> Any:
    p = not c.clean
    hits = []
    for _ in range(c.num(1, 3)):
        src: dict[str, Any] = {
            "title": c.pick(pools.PRODUCTS),
            "embedding": c.text_embedding(),
            "category": "Religion & Spirituality" if c.chance(0.3) else "Books",
            "author": None,
        }
        if p and c.chance(0.6):
            src["author"] = c.name("full")
        hits.append({"_index": "catalog", "_id": c.rid("", 20), "_score": 3.2817, "_source": src})
    return {
        "took": c.num(1, 40),
        "timed_out": False,
        "hits": {"total": {"value": len(hits)}, "hits": hits},
    }


def kafka_envelope(c: Ctx) -> Any:
    p = not c.clean
    payload: dict[str, Any] = {
        "type": c.pick(("payroll.deduction", "hr.leave.recorded")),
        "employee_ref": c.rid("E", 6),
        "period": "2026-05",
        "amount": c.money(),
    }
    if p:
        payload["employee_name"] = c.name()
        kind = c.pick(("church", "union", "sick", "tax"))
        if kind == "church":
            payload["kirchensteuermerkmal"] = c.church_tax()
        elif kind == "union":
            payload["deduction"] = {"code": "UNION_DUES", "union": c.union()}
        elif kind == "sick":
            payload["reason"] = c.special("health")
        else:
            payload["tax_id"] = c.national_id()[1]
            payload["iban"] = c.iban()
    else:
        payload["deduction"] = {"code": "HEALTH_PLAN_PREMIUM", "plan": "Gold PPO"}
    return {
        "topic": "hr-events",
        "partition": c.num(0, 11),
        "offset": c.num(1000, 99999),
        "key": c.uuid(),
        "headers": {"content-type": "application/json"},
        "value": payload,
    }


def health_check(c: Ctx) -> Any:
    return {
        "status": "pass",
        "version": c.version(),
        "serviceId": c.uuid(),
        "checks": {
            "postgres:connections": [{"status": "pass", "observedValue": c.num(1, 90)}],
            "redis:health": [{"status": "pass", "time": c.ts()}],
        },
        "notes": [c.trap()],
    }


def game_state(c: Ctx) -> Any:
    return {
        "match": c.uuid(),
        "players": [
            {
                "handle": c.rid("", 8).lower(),
                "health": c.num(0, 100),
                "race": c.pick(("Elf", "Orc", "Human")),
                "class": "Paladin",
                "position": {
                    "x": round(c.rng.uniform(0, 500), 4),
                    "y": round(c.rng.uniform(0, 500), 4),
                },
            }
            for _ in range(2)
        ],
        "map": c.pick(pools.PLACES),
        "party_size": 2,
    }


def product_catalog(c: Ctx) -> Any:
    return {
        "products": [
            {
                "sku": c.sku(),
                "name": c.pick(pools.PRODUCTS),
                "brand": c.company(),
                "ean": "50" + c.digits(11),
                "allergens": ["milk", "soy"],
                "plan_benefits": "Covers physiotherapy and mental health counselling",
                "price": {"amount": c.money(), "currency": "EUR"},
            }
            for _ in range(c.num(1, 3))
        ],
        "pagination": {"next_page_token": c.b64(20)},
    }
