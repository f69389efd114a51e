"""Clean documents (part 1): tracking plans, schemas, metrics, configs, listings, builds.

Nothing in these families is anyone's personal data; they are built from hard negatives.
"""

from .common import APPS, app, slug
from .doc import Doc, Json

SENSITIVE_PROPS = {
    "health": [
        ("symptom", "string"),
        ("diagnosis_code", "string"),
        ("medication", "string"),
        ("pregnancy_mode", "boolean"),
    ],
    "faith": [("religion", "string"), ("denomination", "string"), ("prayer", "string")],
    "dating": [("orientation", "string"), ("ethnicity", "string"), ("religion", "string")],
    "union": [("union_member", "boolean"), ("union_local", "string"), ("dues_status", "string")],
    "campaign": [
        ("party_lean", "string"),
        ("support_level", "integer"),
        ("donation_amount", "number"),
    ],
}
LISTING = {
    "en": [
        "Calm your mind in five minutes a day with guided breathing and sleep sounds.",
        "Track your cycle, log how you feel and get gentle reminders.",
        "Meet people who share your values. Free to download, optional premium.",
    ],
    "de": [
        "Fünf Minuten am Tag für mehr Ruhe: geführte Atemübungen und Einschlafklänge.",
        "Behalte deinen Zyklus im Blick und erhalte sanfte Erinnerungen.",
        "Lerne Menschen kennen, die deine Werte teilen. Kostenlos, Premium optional.",
    ],
    "fr": [
        "Apaisez votre esprit en cinq minutes par jour grâce à la respiration guidée.",
        "Suivez votre cycle et recevez des rappels en douceur.",
        "Rencontrez des personnes qui partagent vos valeurs. Gratuit, premium en option.",
    ],
    "es": [
        "Calma tu mente en cinco minutos al día con respiración guiada y sonidos para dormir.",
        "Controla tu ciclo y recibe recordatorios amables.",
        "Conoce gente que comparte tus valores. Gratis, con premium opcional.",
    ],
}
CATEGORY = ["Health & Fitness", "Lifestyle", "Medical", "Social Networking", "Books & Reference"]


def tracking_plan(d: Doc) -> Json:
    theme = d.pick(sorted(SENSITIVE_PROPS))
    props = {
        name: {"type": typ, "required": d.chance(0.5), "pii": True}
        for name, typ in SENSITIVE_PROPS[theme]
    }
    props["app_version"] = {"type": "string", "required": True, "pii": False}
    return {
        "tracking_plan": f"{theme}-app-v{d.rng.randint(2, 9)}",
        "owner_team": "data-platform",
        "events": [
            {
                "name": d.pick(
                    [
                        "Logged Symptom",
                        "Prayer Completed",
                        "Profile Updated",
                        "Dues Paid",
                        "Donated",
                        "Mood Check-in",
                    ]
                ),
                "properties": props,
                "destinations": ["warehouse", "amplitude"],
            },
        ],
        "sensitive_handling": "hash-or-drop before third-party destinations",
        "changelog": d.maybe_hardneg(),
        "updated": d.ts()[:10],
    }


def event_json_schema(d: Doc) -> Json:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://schemas.example.org/events/profile_updated/{d.rng.randint(1, 9)}.json",
        "title": "Profile Updated",
        "type": "object",
        "properties": {
            "orientation": {
                "type": "string",
                "enum": ["straight", "gay", "lesbian", "bisexual", "other", "prefer_not_to_say"],
            },
            "religion": {"type": ["string", "null"], "maxLength": 64},
            "ethnicity": {"type": ["string", "null"], "description": "self-described, optional"},
            "union_member": {"type": "boolean"},
            "birth_date": {"type": "string", "format": "date"},
            "email": {"type": "string", "format": "email"},
        },
        "required": ["orientation"],
        "additionalProperties": False,
    }


def protocols_violations(d: Doc) -> Json:
    rows = [
        {"event": e, "violation": v, "count_7d": d.rng.randint(3, 9000)}
        for e, v in [
            ("Logged Symptom", "unplanned property: note"),
            ("Order Completed", "type mismatch: revenue"),
            ("Prayer Completed", "missing required: prayer"),
        ]
    ]
    return {
        "source": f"{slug(app(d, 'retail'))}-ios",
        "window": "7d",
        "violations": rows,
        "generated": d.ts(),
    }


def dashboard_metrics(d: Doc) -> Json:
    return {
        "dashboard": "Weekly engagement",
        "range": {"from": d.ts()[:10], "days": 7},
        "tiles": [
            {"metric": "weekly_active_users", "value": d.rng.randint(10000, 900000)},
            {
                "metric": "symptom_logs",
                "value": d.rng.randint(1000, 90000),
                "breakdown": {
                    "migraine": d.rng.randint(100, 5000),
                    "cramps": d.rng.randint(100, 9000),
                },
            },
            {"metric": "d7_retention", "value": round(d.rng.uniform(0.2, 0.6), 4)},
        ],
        "annotation": d.maybe_hardneg(),
    }


def ab_test_summary(d: Doc) -> Json:
    base = round(d.rng.uniform(0.02, 0.2), 4)
    return {
        "experiment": d.pick(["paywall-copy-v3", "onboarding-quiz", "streak-badges"]),
        "variants": [
            {"name": "control", "users": d.rng.randint(5000, 50000), "conversion": base},
            {
                "name": "treatment",
                "users": d.rng.randint(5000, 50000),
                "conversion": round(base * d.rng.uniform(0.9, 1.3), 4),
            },
        ],
        "p_value": round(d.rng.uniform(0.001, 0.4), 4),
        "decision": d.pick(["ship", "iterate", "stop"]),
    }


def uptime_check(d: Doc) -> Json:
    services = ["ingest", "auth", "profile", "push", "billing"]
    return {
        "check": "synthetics/api",
        "at": d.ts(),
        "results": [
            {
                "service": s,
                "health": "ok" if d.chance(0.9) else "degraded",
                "latency_ms": d.rng.randint(8, 800),
                "region": d.pick(["eu-west-1", "us-east-1"]),
            }
            for s in services
        ],
        "status": {"health": "ok", "checks_passed": 5},
        "message": d.maybe_hardneg(),
    }


def build_release(d: Doc) -> Json:
    return {
        "app": app(d, d.pick(sorted(APPS))),
        "version": d.version(),
        "build_number": d.build_no(),
        "commit": d.hex(40),
        "branch": "release/" + d.version(),
        "artifacts": [
            {"file": "app-release.aab", "sha256": d.sha256(), "size": d.rng.randint(20, 90) * 1000},
            {"file": "mapping.txt", "sha256": d.sha256()},
        ],
        "notes": d.maybe_hardneg() or "Bug fixes and performance improvements.",
        "ci": {"pipeline": d.rng.randint(1000, 99999), "runner": "macos-14"},
    }


def app_store_listing(d: Doc) -> Json:
    return {
        "trackName": app(d, d.pick(["therapy", "period", "dating", "faith"])),
        "primaryGenreName": d.pick(CATEGORY),
        "description": f"{d.pick(LISTING[d.lang])} {d.maybe_hardneg() or ''}".strip(),
        "averageUserRating": round(d.rng.uniform(3.5, 4.9), 1),
        "userRatingCount": d.rng.randint(100, 90000),
        "version": d.version(),
        "languageCodesISO2A": ["EN", "DE", "FR", "ES"],
        "contentAdvisoryRating": "12+",
        "price": 0.0,
    }


def sdk_config_clean(d: Doc) -> Json:
    return {
        "analytics": {"writeKey": d.pick(["[REDACTED]", "********"]), "flushInterval": 30},
        "payments": {"secretKey": "sk_live_****...", "mode": "live"},
        "maps": {"apiKey": None},
        "featureFlags": {"sdkKey": "[REDACTED]", "streaming": True},
        "logLevel": d.pick(["warn", "error"]),
        "locale": d.locale(),
    }


def game_telemetry(d: Doc) -> Json:
    return {
        "match_id": d.uuid(),
        "mode": d.pick(["ranked", "casual", "race"]),
        "players": [
            {
                "slot": i,
                "race": d.pick(["elf", "orc", "human", "dwarf"]),
                "class": d.pick(["mage", "ranger", "warrior"]),
                "health": d.rng.randint(0, 100),
                "score": d.rng.randint(0, 5000),
            }
            for i in range(1, 4)
        ],
        "duration_s": d.rng.randint(120, 2400),
        "build": d.version(),
        "patch_note": d.maybe_hardneg(),
    }


def sql_union_stats(d: Doc) -> Json:
    return {
        "source": "pg_stat_statements",
        "top": [
            {
                "query": "SELECT id FROM events_2024 WHERE user_id = $1 UNION ALL SELECT id FROM "
                "events_2025 WHERE user_id = $1",
                "calls": d.rng.randint(100, 90000),
                "mean_ms": round(d.rng.uniform(1, 90), 3),
            },
            {
                "query": "SELECT count(*) FROM members WHERE union_local = $1",
                "calls": d.rng.randint(10, 9000),
                "mean_ms": round(d.rng.uniform(1, 90), 3),
            },
        ],
        "captured": d.ts(),
        "comment": d.maybe_hardneg(),
    }


def graphql_schema_union(d: Doc) -> Json:
    sdl = (
        "union SearchResult = Article | Product | Venue\n"
        "union PaymentOutcome = Success | Declined | RequiresAction\n"
        "type Member { id: ID! unionLocal: String duesStatus: DuesStatus }\n"
        "enum DuesStatus { CURRENT ARREARS EXEMPT }"
    )
    return {
        "service": "gateway",
        "schema_version": d.rng.randint(10, 300),
        "sdl": sdl,
        "checked": d.ts(),
        "description": d.maybe_hardneg(),
    }


def openrtb_clean(d: Doc) -> Json:
    lat, lon = d.coarse()
    return {
        "id": d.uuid(),
        "imp": [{"id": "1", "video": {"w": 640, "h": 360}}],
        "site": {"domain": "news.example.org", "cat": ["IAB12"]},
        "device": {
            "ua": d.ua(),
            "geo": {"lat": lat, "lon": lon, "type": 2, "country": d.country()},
            "devicetype": 2,
        },
        "user": {
            "id": d.hex(16),
            "yob": d.rng.randint(1960, 2004),
            "data": [{"id": "dmp-3", "segment": [{"id": d.hex(4), "name": "Sports > Running"}]}],
        },
        "regs": {"ext": {"gdpr": 1}},
    }


def capi_hashed_only(d: Doc) -> Json:
    return {
        "data": [
            {
                "event_name": "Purchase",
                "event_time": d.epoch_s(),
                "action_source": "website",
                "user_data": {
                    "em": [d.hashed_identifier(d.unused_email())],
                    "ph": [d.sha256()],
                    "external_id": [d.sha256()],
                },
                "custom_data": {"currency": "EUR", "value": round(d.rng.uniform(5, 120), 2)},
            }
        ],
        "test_event_code": None,
    }


def consent_config(d: Doc) -> Json:
    return {
        "cmpId": 28,
        "tcfPolicyVersion": 4,
        "purposes": {
            str(i): {"legalBasis": d.pick(["consent", "legitimate_interest"])} for i in range(1, 11)
        },
        "specialFeatures": {"1": "precise geolocation", "2": "device scanning"},
        "vendors": sorted(d.rng.sample(range(1, 900), 8)),
        "languages": ["en", "de", "fr", "es"],
    }


def feature_flag_definitions(d: Doc) -> Json:
    return {
        "flags": [
            {
                "key": "care-plan-v2",
                "on": True,
                "rules": [
                    {"attribute": "country", "op": "in", "values": ["DE", "AT"]},
                    {"attribute": "appVersion", "op": "semVerGreaterThan", "values": ["4.2.0"]},
                ],
            },
            {
                "key": "new-paywall",
                "on": d.chance(0.5),
                "rollout": {"percentage": d.rng.randint(1, 100)},
            },
        ],
        "environment": "production",
        "updated": d.ts(),
        "comment": d.maybe_hardneg(),
    }


def otel_metrics_export(d: Doc) -> Json:
    return {
        "resourceMetrics": [
            {
                "resource": {
                    "attributes": [{"key": "service.name", "value": {"stringValue": "ingest"}}]
                },
                "scopeMetrics": [
                    {
                        "metrics": [
                            {
                                "name": "http.server.request.duration",
                                "unit": "s",
                                "histogram": {
                                    "dataPoints": [
                                        {
                                            "attributes": [
                                                {
                                                    "key": "http.route",
                                                    "value": {"stringValue": "/v1/track"},
                                                }
                                            ],
                                            "count": str(d.rng.randint(1000, 900000)),
                                            "sum": round(d.rng.uniform(10, 9000), 4),
                                            "bucketCounts": [
                                                str(d.rng.randint(0, 9000)) for _ in range(6)
                                            ],
                                            "explicitBounds": [0.005, 0.01, 0.025, 0.05, 0.1],
                                        }
                                    ]
                                },
                            }
                        ]
                    }
                ],
            }
        ]
    }


def k8s_deployment(d: Doc) -> Json:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "event-collector", "namespace": "analytics"},
        "spec": {
            "replicas": d.rng.randint(2, 8),
            "template": {
                "spec": {
                    "containers": [
                        {
                            "name": "collector",
                            "image": f"registry.example.org/collector:{d.version()}",
                            "env": [
                                {
                                    "name": "SEGMENT_WRITE_KEY",
                                    "valueFrom": {
                                        "secretKeyRef": {
                                            "name": "collector-secrets",
                                            "key": "write-key",
                                        }
                                    },
                                },
                                {
                                    "name": "DB_PASSWORD",
                                    "valueFrom": {
                                        "secretKeyRef": {"name": "collector-db", "key": "password"}
                                    },
                                },
                                {"name": "LOG_LEVEL", "value": "info"},
                            ],
                        }
                    ]
                }
            },
        },
    }


def jwks_public_keys(d: Doc) -> Json:
    return {
        "keys": [
            {
                "kty": "RSA",
                "use": "sig",
                "alg": "RS256",
                "kid": d.hex(16),
                "n": d.b64url(342),
                "e": "AQAB",
            },
            {
                "kty": "RSA",
                "use": "sig",
                "alg": "RS256",
                "kid": d.hex(16),
                "n": d.b64url(342),
                "e": "AQAB",
            },
        ],
        "deploy_key": f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{d.b64(32)[:43]} ci-build",
    }
