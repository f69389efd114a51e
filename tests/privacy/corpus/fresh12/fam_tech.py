"""Developer-facing payloads: LLM chat bodies, logs, config dumps, code-hosting webhooks."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def llm_chat(c: Ctx) -> Any:
    model = c.pick(("gpt-4o-mini", "claude-sonnet", "mistral-large-2411"))
    if c.clean:
        user = c.pick(
            (
                "Write a Python health check endpoint for FastAPI",
                "Explain TypeScript union types with an example",
                "Tune my genetic algorithm: mutation rate 0.0125, population 200",
                "Résume ce texte : " + c.trap("fr"),
                "Translate to German: " + c.trap("en"),
            )
        )
        return {
            "model": model,
            "messages": [
                {"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": user},
            ],
            "temperature": 0.2,
            "user": c.hex(12),
        }
    lang = c.lang
    kind = c.pick(
        (
            "health",
            "religious_belief",
            "sex_life_orientation",
            "criminal_record",
            "political_opinion",
            "trade_union",
            "genetic",
            "racial_ethnic_origin",
        )
    )
    prompt = c.pick(
        (
            "Help me write an email to HR. Context: ",
            "Rewrite this more politely: ",
            "Traduce al inglés: ",
            "Fasse zusammen: ",
        )
    ) + c.text(kind, lang)
    body: dict[str, Any] = {
        "model": model,
        "messages": [
            {"role": "system", "content": "Answer briefly."},
            {"role": "user", "content": prompt},
        ],
        "stream": False,
    }
    if c.chance(0.4):
        f, last = c.person("signature")
        body["messages"][1]["content"] += f"\n\nThanks,\n{f} {last}"
    if c.chance(0.3):
        body["metadata"] = {"user_email": c.email()}
    if c.chance(0.15):
        body["messages"][1]["content"] += "\nmy key is " + c.secret(
            c.pick(("stripe", "aws", "github"))
        )
    if c.chance(0.2):
        body["messages"].append(
            {
                "role": "user",
                "content": "also why was my card " + c.card("pasted_in_prompt") + " charged twice?",
            }
        )
    resp = {
        "id": "chatcmpl-" + c.hex(24),
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Sure - here is a shorter version."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": c.rng.randint(20, 400), "completion_tokens": 60},
    }
    return {"request": body, "response": resp, "latency_ms": c.rng.randint(300, 4000)}


def log_lines(c: Ctx) -> Any:
    lines = []
    for _ in range(c.rng.randint(2, 5)):
        t = c.ts(2)
        roll = c.rng.random()
        if c.clean or roll < 0.3:
            lines.append(
                c.pick(
                    (
                        f"{t} INFO  build=10.0.19045.3803 agent=edge/{c.version()} ok",
                        f"{t} DEBUG snmp oid=1.3.6.1.2.1.1.3.0 value={c.rng.randint(100, 999)}",
                        f"{t} INFO  request_id={c.uuid()} status=200 path=/healthz",
                        f"{t} WARN  cache miss key=sha256:{c.hex(64)}",
                        f"{t} INFO  commit={c.hex(40)} deployed to eu-west-1",
                    )
                )
            )
        elif roll < 0.6:
            lines.append(f'{c.ip()} - - [{t}] "GET /api/v2/me HTTP/1.1" 200 512')
        elif roll < 0.8:
            lines.append(
                f"{t} WARN  login failed for user={c.email(detail='log_line')} from {c.ip()}"
            )
        elif roll < 0.9:
            lines.append(f"{t} ERROR upstream auth failed: Authorization: {c.secret('bearer')}")
        else:
            lines.append(f"{t} DEBUG charge req pan={c.card('log_line', 'plain')} amt=12.50")
    return {"stream": "app-prod", "lines": lines, "host": "web-" + c.hex(4)}


def config_dump(c: Ctx) -> Any:
    if c.clean:
        return {
            "apiVersion": "v1",
            "kind": "Deployment",
            "spec": {
                "containers": [
                    {
                        "name": "api",
                        "image": f"registry.example.com/api:{c.version()}",
                        "env": [
                            {
                                "name": "DB_PASSWORD",
                                "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}},
                            },
                            {"name": "STRIPE_KEY", "value": "sk_live_****************"},
                            {"name": "LOG_LEVEL", "value": "info"},
                        ],
                    }
                ]
            },
            "sshAuthorizedKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA"
            + c.rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 43)
            + " deploy",
            "passwordPolicy": {"minLength": 12, "requireSymbol": True},
            "password_hash": "$2b$12$" + c.rand("abcdefghijklmnopqrstuvwxyzABCDEFGH./", 53),
        }
    which = c.pick(("k8s", "env", "dsn", "pem"))
    if which == "k8s":
        c.add("credential", "k8s_secret_data")
        return {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "Opaque",
            "metadata": {"name": "smtp", "namespace": "prod"},
            "data": {"username": c.b64blob(16), "password": c.b64blob(24)},
        }
    if which == "env":
        return {
            "env": {
                "AWS_ACCESS_KEY_ID": c.secret("aws"),
                "AWS_SECRET_ACCESS_KEY": c.secret("aws_secret"),
                "GITHUB_TOKEN": c.secret("github"),
                "REGION": "eu-central-1",
            }
        }
    if which == "dsn":
        return {
            "datasources": [
                {
                    "name": "reporting",
                    "url": "postgresql://report:"
                    + c.secret("password")
                    + "@db.internal:5432/reporting",
                }
            ]
        }
    return {
        "tls": {
            "cert": "-----BEGIN CERTIFICATE-----\nMIIB"
            + c.rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 40)
            + "\n-----END CERTIFICATE-----",
            "key": c.secret("pem"),
        }
    }


def code_webhook(c: Ctx) -> Any:
    repo = {"full_name": "acme/" + c.pick(("billing", "intake-forms", "etl")), "private": True}
    if c.clean:
        repo["hooks"] = [
            {"url": "https://ci.example.com/hook", "secret": "********", "content_type": "json"}
        ]
        return {
            "ref": "refs/heads/main",
            "repository": repo,
            "sender": {"login": "renovate[bot]", "type": "Bot"},
            "commits": [
                {
                    "id": c.hex(40),
                    "message": f"chore(deps): bump lodash@4.17.21 to {c.version()}",
                    "author": {"name": "renovate[bot]", "username": "renovate[bot]"},
                }
            ],
        }
    f, last = c.person("commit_author")
    mail = c.email(f, last, "commit_author")
    msg = c.pick(("fix: null check in intake form", "feat: add DOB validation", "revert hotfix"))
    commit: dict[str, Any] = {
        "id": c.hex(40),
        "message": msg,
        "author": {"name": f"{f} {last}", "email": mail},
    }
    if c.chance(0.4):
        commit["message"] += f"\n\nCo-authored-by: {c.name('co_author')} <{c.email()}>"
    if c.chance(0.25):
        commit["added"] = [".env.production"]
        commit["diff_excerpt"] = f"+SLACK_BOT_TOKEN={c.secret('slack')}"
    if c.chance(0.3):
        repo["hooks"] = [
            {
                "url": "https://ci.example.com/hook",
                "content_type": "json",
                "secret": "whsec_" + c.secret("webhook_secret"),
            }
        ]
    return {
        "ref": "refs/heads/main",
        "repository": repo,
        "pusher": {"name": f.lower()},
        "commits": [commit],
    }
