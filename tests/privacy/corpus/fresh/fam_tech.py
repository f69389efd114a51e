"""Messages, tickets, developer and device traffic that carries people or secrets."""

from __future__ import annotations

import json
from typing import Any

from . import checks as c
from . import pools
from .ctx import LANGS, Doc
from .fam_commerce import psp_webhook

SPECIALS = (
    "health",
    "genetic",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
)
TEXT_WEIGHTS = (10, 2, 4, 4, 4, 4, 4, 4)


def _special_kind(d: Doc) -> str:
    return d.rng.choices(SPECIALS, TEXT_WEIGHTS)[0]


def support_ticket(d: Doc) -> Any:
    lang = d.pick(LANGS)
    loc = {"en": d.pick(("us", "gb")), "de": "de", "fr": "fr", "es": "es"}[lang]
    first, last = d.person(loc)
    parts = [d.neutral(lang)]
    roll = d.rng.random()
    if roll < 0.6:
        parts.insert(d.rng.randint(0, 1), d.text(_special_kind(d), lang))
    elif roll < 0.75:
        parts.append(d.trap(lang))
    if d.chance(0.15):
        other = d.pick([x for x in LANGS if x != lang])
        parts.append(d.text(_special_kind(d), other))
        d.note("mixed_language")
    if d.chance(0.15):
        parts.append(
            {
                "en": "My card is ",
                "de": "Meine Karte: ",
                "fr": "Ma carte : ",
                "es": "Mi tarjeta es ",
            }[lang]
            + d.card()
        )
    if d.chance(0.1):
        parts.append(
            {
                "en": "Refund to ",
                "de": "Bitte erstatten auf ",
                "fr": "Remboursez sur ",
                "es": "Devolución a ",
            }[lang]
            + d.iban(spaced=True)
        )
    if d.chance(0.15):
        parts.append(
            {
                "en": "Call me on ",
                "de": "Rückruf bitte unter ",
                "fr": "Rappelez-moi au ",
                "es": "Llamadme al ",
            }[lang]
            + d.phone(loc)
        )
    sig = f"\n\n{first}" if d.chance(0.5) else f"\n\n— {first} {last}"
    ticket = {
        "ticket": {
            "id": d.rng.randint(10000, 999999),
            "subject": d.neutral(lang)[:40],
            "description": " ".join(parts) + sig,
            "priority": d.pick(("low", "normal", "high")),
            "requester": {"name": f"{first} {last}", "email": d.email(first, last)},
            "tags": d.rng.sample(["billing", "bug", "account", "delivery", "vip"], 2),
            "via": {"channel": d.pick(("email", "web", "api"))},
            "locale": lang,
        }
    }
    return ticket


def chat_transcript(d: Doc) -> Any:
    lang = d.pick(LANGS)
    loc = {"en": "gb", "de": "de", "fr": "fr", "es": "es"}[lang]
    cust = d.first(loc)
    agent = d.first()
    greet = {
        "en": "Hi, how can I help?",
        "de": "Hallo, wie kann ich helfen?",
        "fr": "Bonjour, comment puis-je vous aider ?",
        "es": "Hola, ¿en qué puedo ayudarte?",
    }
    msgs = [
        {"from": "agent", "name": agent, "text": greet[lang]},
        {"from": "visitor", "name": cust, "text": d.neutral(lang)},
    ]
    if d.chance(0.6):
        msgs.append({"from": "visitor", "text": d.text(_special_kind(d), lang)})
    if d.chance(0.3):
        msgs.append({"from": "visitor", "text": f"{d.email(cust, d.last(loc))}"})
    if d.chance(0.2):
        other = d.pick([x for x in LANGS if x != lang])
        msgs.append({"from": "agent", "text": d.text(_special_kind(d), other)})
        d.note("mixed_language")
    msgs.append(
        {"from": "agent", "text": greet["en"] if lang == "en" else "OK, merci / danke / gracias"}
    )
    return {
        "conversation_id": d.uuid(),
        "started": d.ts(),
        "visitor": {"ip": d.ip(), "country": loc.upper()},
        "messages": msgs,
    }


def email_thread(d: Doc) -> Any:
    lang = d.pick(LANGS)
    loc = {"en": d.pick(("us", "gb")), "de": "de", "fr": "fr", "es": "es"}[lang]
    a_first, a_last = d.person(loc)
    b_first, b_last = d.person(loc)
    body = d.neutral(lang)
    if d.chance(0.55):
        body += "\n\n" + d.text(_special_kind(d), lang)
    sig_lines = [f"{a_first} {a_last}", d.pick(pools.COMPANIES)]
    if d.chance(0.6):
        sig_lines.append(d.phone(loc))
    if d.chance(0.4):
        sig_lines.append(d.address(loc, as_text=True))
    quoted = "\n".join("> " + line for line in d.neutral(lang).split(". "))
    return {
        "message": {
            "headers": {
                "From": f"{a_first} {a_last} <{d.email(a_first, a_last, work=True)}>",
                "To": f'"{b_last}, {b_first}" <{d.email(b_first, b_last)}>',
                "Subject": "Re: " + d.neutral(lang)[:30],
                "Message-ID": f"<{d.hex(20)}@mail.example.net>",
                "Date": d.ts(),
            },
            "text": body + "\n\n--\n" + "\n".join(sig_lines) + "\n\n" + quoted,
        }
    }


def ci_event(d: Doc) -> Any:
    human = d.chance(0.6)
    if human:
        first, last = d.person()
        author = {"name": f"{first} {last}", "email": d.email(first, last, work=True)}
    else:
        author = {"name": "dependabot[bot]", "email": None}
    log = [
        f"#{i} [{d.pick(('build', 'test', 'deploy'))}] "
        f"{d.pick(('ok', 'cached', 'done'))} in {d.rng.randint(1, 90)}s"
        for i in range(3)
    ]
    if d.chance(0.35):
        leak = d.pick(("env", "curl", "docker"))
        if leak == "env":
            log.append(f"+ export AWS_ACCESS_KEY_ID={d.secret('aws')}")
            log.append(f"+ export AWS_SECRET_ACCESS_KEY={d.secret('aws_secret')}")
        elif leak == "curl":
            log.append(
                f"+ curl -H 'Authorization: token {d.secret(d.pick(('github', 'gitlab')))}' https://api.example.dev/v4/projects"
            )
        else:
            log.append(f"+ docker login -u ci -p {d.password()} registry.example.dev")
    else:
        log.append("+ export NPM_TOKEN=***")
    return d.style(
        {
            "object_kind": "pipeline",
            "pipeline": {
                "id": d.rng.randint(10000, 999999),
                "status": d.pick(("success", "failed", "running")),
                "ref": d.pick(("main", "release/2.4", "feat/checkout-v2")),
                "sha": d.sha(40),
                "duration": d.rng.randint(30, 2400),
            },
            "commit": {
                "message": d.pick(
                    (
                        "fix: retry on 429",
                        "chore(deps): bump lodash from 4.17.20 to 4.17.21",
                        "feat: add SEPA mandates",
                    )
                ),
                "author": author,
            },
            "job_log_tail": "\n".join(log),
        }
    )


def mobile_event(d: Doc) -> Any:
    events = []
    for _ in range(d.rng.randint(2, 5)):
        events.append(
            {
                "event": d.pick(("screen_view", "add_to_cart", "search", "purchase", "app_open")),
                "ts": d.epoch() * 1000 + d.rng.randint(0, 999),
                "props": {
                    "screen": d.pick(("home", "pdp", "cart", "checkout")),
                    "value": d.money(0, 200),
                },
            }
        )
    batch: dict[str, Any] = {
        "batch_id": d.uuid(),
        "sdk": f"android-{d.version()}",
        "device": {
            "model": d.pick(("Pixel 8", "SM-S918B", "iPhone15,3")),
            "os_version": d.pick(("14", "17.5.1", "13")),
            "advertising_id": d.uuid(),
            "locale": d.pick(("de_DE", "en_GB", "es_ES")),
        },
        "events": events,
    }
    if d.chance(0.5):
        batch["context"] = {"ip": d.ip()}
    if d.chance(0.5):
        lat, lon = d.coords()
        batch["context"] = {
            **batch.get("context", {}),
            "location": {"latitude": lat, "longitude": lon, "accuracy_m": d.rng.randint(3, 60)},
        }
    if d.chance(0.3):
        batch["user"] = {"user_id": d.hex(16), "traits": {"email": d.someone_email()}}
    return d.style(batch, (2, 5, 1, 0))


def search_log(d: Doc) -> Any:
    rows = []
    with_ip = d.chance(0.6)
    for _ in range(d.rng.randint(3, 6)):
        row: dict[str, Any] = {
            "ts": d.ts(),
            "q": d.pick(
                (
                    "usb c dock",
                    "winterjacke damen",
                    "rain jacket kids",
                    "cafetera italiana",
                    "chaussures trail",
                    "merino socks",
                    "desk lamp",
                )
            ),
            "results": d.rng.randint(0, 400),
            "clicked_rank": d.pick((None, 1, 2, 5)),
        }
        if with_ip:
            row["client_ip"] = d.ip(False)
        rows.append(row)
    out: dict[str, Any] = {"index": "products_v7", "rows": rows}
    if d.chance(0.35):
        out["user"] = d.someone_email()
    return out


def audit_log(d: Doc) -> Any:
    entries = []
    for _ in range(d.rng.randint(2, 5)):
        entry: dict[str, Any] = {
            "id": d.uuid(),
            "at": d.ts(),
            "action": d.pick(
                ("user.login", "role.grant", "api_key.create", "export.download", "settings.update")
            ),
            "actor": d.someone_email(work=True),
            "source_ip": d.ip(),
            "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)",
        }
        if entry["action"] == "settings.update" and d.chance(0.5):
            entry["diff"] = {
                "smtp_password": {
                    "old": "********",
                    "new": d.password() if d.chance(0.5) else "********",
                }
            }
        entries.append(entry)
    return {"data": entries, "next_cursor": d.hex(24)}


def access_log_text(d: Doc) -> Any:
    lines = []
    for _ in range(d.rng.randint(3, 6)):
        path = d.pick(
            (
                "/api/v2/orders?page=2",
                "/healthz",
                "/login",
                "/static/app.9f3c.js",
                "/api/v2/users/me",
            )
        )
        lines.append(
            f'{d.ip()} - - [{d.ts()}] "GET {path} HTTP/1.1" {d.pick((200, 200, 304, 401, 404))} '
            f'{d.rng.randint(100, 90000)} "-" "okhttp/4.12.0"'
        )
    if d.chance(0.3):
        lines.append(
            f"{d.ip()} - - [{d.ts()}] "
            f'"POST /oauth/token?client_secret={d.secret("generic")} HTTP/1.1" 200 312'
        )
    return "\n".join(lines)


def secrets_config(d: Doc) -> Any:
    shape = d.pick(("dotenv", "k8s", "compose", "tfvars", "app_json", "basic_auth"))
    if shape == "dotenv":
        lines = [
            "APP_ENV=production",
            f"PORT={d.pick((3000, 8080))}",
            f"DATABASE_URL=postgres://app:{d.password()}@db.internal.example:5432/shop",
            f"STRIPE_SECRET_KEY={d.secret('stripe')}",
            f"SENTRY_DSN=https://{d.hex(32)}@o{d.rng.randint(1000, 99999)}.ingest.example.io/42",
            "LOG_LEVEL=info",
        ]
        if d.chance(0.5):
            lines.append(f"SENDGRID_API_KEY={d.secret('sendgrid')}")
        return {"file": ".env.production", "content": "\n".join(lines)}
    if shape == "k8s":
        d.mark("credential", "k8s_secret")
        return {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "Opaque",
            "metadata": {"name": "payments-api", "namespace": "prod"},
            "data": {
                "DB_PASSWORD": c.b64encode(d.password()),
                "API_TOKEN": c.b64encode(c.alnum(d.rng, 32)),
            },
        }
    if shape == "compose":
        return {
            "services": {
                "db": {
                    "image": "postgres:16.3",
                    "environment": {"POSTGRES_USER": "shop", "POSTGRES_PASSWORD": d.password()},
                },
                "worker": {
                    "image": f"registry.example.dev/worker:{d.version()}",
                    "environment": {
                        "REDIS_URL": f"redis://:{d.password()}@cache:6379/0",
                        "SLACK_BOT_TOKEN": d.secret("slack"),
                    },
                },
            }
        }
    if shape == "tfvars":
        return {
            "variables": {
                "region": "eu-central-1",
                "aws_access_key": d.secret("aws"),
                "aws_secret_key": d.secret("aws_secret"),
                "instance_type": "t3.medium",
            }
        }
    if shape == "app_json":
        return d.style(
            {
                "integrations": {
                    "github": {
                        "app_id": d.rng.randint(10000, 999999),
                        "private_key": d.pem_private(),
                        "webhook_secret": d.secret("whsec"),
                    },
                    "oauth": {"client_id": d.hex(20), "client_secret": d.secret("generic")},
                    "npm": {"token": d.secret("npm")},
                }
            }
        )
    return {
        "request": {
            "method": "POST",
            "url": "https://legacy.example.org/soap/Orders",
            "headers": {
                "Authorization": "Basic " + c.b64encode(f"svc-orders:{d.password()}"),
                "Content-Type": "text/xml",
            },
        }
    }


def graphql_request(d: Doc) -> Any:
    op = d.pick(
        ("createPatient", "updateProfile", "addPaymentMethod", "searchOrders", "createApplicant")
    )
    headers: dict[str, Any] = {"x-request-id": d.uuid()}
    if d.chance(0.4):
        headers["authorization"] = d.bearer()
    if op == "createPatient":
        first, last = d.person()
        variables: dict[str, Any] = {
            "input": {
                "givenName": first,
                "familyName": last,
                "birthDate": d.dob("iso"),
                "conditions": [d.pick(pools.ICD10)[0]],
                "phone": d.phone(),
            }
        }
        d.mark("health", "gql:conditions")
        query = (
            "mutation CreatePatient($input: PatientInput!) { createPatient(input: $input) { id } }"
        )
    elif op == "updateProfile":
        first, last = d.person()
        variables = {
            "id": d.uuid(),
            "patch": {
                "displayName": f"{first} {last}",
                "email": d.email(first, last),
                "homeAddress": d.address(as_text=True),
            },
        }
        query = (
            "mutation UpdateProfile($id: ID!, $patch: ProfilePatch!) "
            "{ updateProfile(id: $id, patch: $patch) { id updatedAt } }"
        )
    elif op == "addPaymentMethod":
        variables = {
            "customerId": d.uuid(),
            "card": {
                "number": d.card(formatted=False),
                "expMonth": d.rng.randint(1, 12),
                "expYear": d.rng.randint(2026, 2031),
                "cvc": f"{d.rng.randint(100, 999)}",
            },
        }
        query = (
            "mutation AddPM($customerId: ID!, $card: CardInput!) "
            "{ addPaymentMethod(customerId: $customerId, card: $card) { id last4 } }"
        )
    elif op == "createApplicant":
        first, last = d.person("gb")
        variables = {
            "applicant": {
                "firstName": first,
                "lastName": last,
                "niNumber": d.nino(),
                "dateOfBirth": d.dob("iso"),
                "rightToWork": {"documentType": "passport", "documentNumber": d.passport("GB")},
            }
        }
        query = (
            "mutation ($applicant: ApplicantInput!) "
            "{ createApplicant(applicant: $applicant) { id status } }"
        )
    else:
        variables = {"first": 20, "after": d.hex(12), "filter": {"status": "SHIPPED"}}
        query = (
            "query SearchOrders($first: Int, $after: String, $filter: OrderFilter) "
            "{ orders(first: $first, after: $after, filter: $filter) "
            "{ edges { node { id total { amount } } } } }"
        )
    return {
        "headers": headers,
        "body": {"operationName": op[0].upper() + op[1:], "query": query, "variables": variables},
    }


def jsonapi_people(d: Doc) -> Any:
    data = []
    for _ in range(d.rng.randint(1, 3)):
        first, last = d.person()
        attrs = {
            "first-name": first,
            "last-name": last,
            "email": d.email(first, last),
            "created-at": d.ts(),
        }
        if d.chance(0.4):
            attrs["mobile"] = d.phone()
        if d.chance(0.3):
            attrs["date-of-birth"] = d.dob("iso")
        data.append(
            {
                "type": "people",
                "id": str(d.rng.randint(1, 99999)),
                "attributes": attrs,
                "relationships": {
                    "organization": {
                        "data": {"type": "organizations", "id": str(d.rng.randint(1, 999))}
                    }
                },
            }
        )
    return {
        "jsonapi": {"version": "1.1"},
        "data": data,
        "included": [
            {"type": "organizations", "id": "12", "attributes": {"name": d.pick(pools.COMPANIES)}}
        ],
        "links": {"self": "/api/people?page[number]=1", "next": "/api/people?page[number]=2"},
    }


def contacts_import(d: Doc) -> Any:
    rows = []
    for _ in range(d.rng.randint(2, 6)):
        loc = d.locale()
        first, last = d.person(loc)
        row = {
            "First Name": first,
            "Last Name": last,
            "Company": d.pick(pools.COMPANIES),
            "Email": d.email(first, last, work=True),
            "Phone": d.phone(loc) if d.chance(0.6) else "",
            "Lead Source": d.pick(("webinar", "trade show", "referral")),
        }
        if d.chance(0.3):
            row["Mailing Street"] = d.address(loc, as_text=True)
        rows.append(row)
    return rows


def telecom_cdr(d: Doc) -> Any:
    recs = []
    for _ in range(d.rng.randint(2, 5)):
        rec: dict[str, Any] = {
            "record_type": d.pick(("MOC", "MTC", "SMS-MO", "DATA")),
            "a_number": d.msisdn(d.pick(("de", "gb", "fr"))),
            "b_number": d.msisdn(),
            "start": d.ts(),
            "duration_s": d.rng.randint(0, 3600),
            "imei": _imei(d),
            "cell_id": f"{d.rng.randint(1000, 65000)}-{d.rng.randint(1, 255)}",
        }
        if d.chance(0.4):
            lat, lon = d.coords(4)
            rec["cell_site"] = {"lat": lat, "lon": lon, "azimuth": d.rng.randint(0, 359)}
        recs.append(rec)
    return d.style(
        {"file": f"CDR_{d.hex(8).upper()}.json", "switch": "MSC-FRA-02", "records": recs}
    )


def _imei(d: Doc) -> str:
    # Luhn-valid IMEI with a type allocation code that no card network uses
    body = d.pick(("86", "01", "99")) + "".join(d.pick("0123456789") for _ in range(12))
    for x in "0123456789":
        if c.luhn_ok(body + x):
            return body + x
    raise AssertionError(body)


def ride_trip(d: Doc) -> Any:
    loc = d.pick(("us", "gb", "de", "es", "fr"))
    rider = d.first(loc)
    driver_first, driver_last = d.person(loc)
    p_lat, p_lon = d.coords()
    q_lat, q_lon = d.coords()
    trip: dict[str, Any] = {
        "trip_id": d.uuid(),
        "status": "completed",
        "rider": {"first_name": rider, "rating": round(d.rng.uniform(4.2, 5.0), 2)},
        "driver": {
            "name": f"{driver_first} {driver_last[0]}.",
            "vehicle": {"plate": d.hex(6).upper(), "model": "Toyota Prius"},
        },
        "pickup": {"lat": p_lat, "lng": p_lon, "at": d.ts()},
        "dropoff": {"lat": q_lat, "lng": q_lon, "at": d.ts()},
        "route_polyline": c.b64url(d.rng, 60),
        "distance_km": round(d.rng.uniform(1, 40), 2),
        "fare": {"total": d.money(6, 90), "currency": "EUR", "surge": 1.0},
    }
    if d.chance(0.4):
        trip["pickup"]["address"] = d.address(loc, as_text=True)
    if d.chance(0.2):
        trip["rider"]["phone_masked"] = "+49 *** *** " + f"{d.rng.randint(10, 99)}"
    return d.style(trip, (3, 4, 1, 0))


def smart_home(d: Doc) -> Any:
    readings = [
        {
            "sensor": d.pick(("living_room", "bedroom", "boiler")),
            "temp_c": round(d.rng.uniform(16, 24), 4),
            "humidity": round(d.rng.uniform(0.3, 0.7), 4),
            "ts": d.epoch(),
        }
        for _ in range(3)
    ]
    out: dict[str, Any] = {
        "home_id": d.hex(16),
        "firmware": d.version(),
        "readings": readings,
        "mode": d.pick(("eco", "comfort", "away")),
    }
    if d.chance(0.5):
        lat, lon = d.coords(d.pick((4, 5, 6)))
        out["geofence"] = {"center": [lon, lat], "radius_m": 150}
    if d.chance(0.4):
        out["owner"] = {"email": d.someone_email(), "wan_ip": d.ip(False)}
    return d.style(out, (2, 4, 0, 1))


def calendar_invite(d: Doc) -> Any:
    org_first, org_last = d.person()
    attendees = []
    for _ in range(d.rng.randint(1, 4)):
        f, last = d.person()
        attendees.append(
            {
                "email": d.email(f, last, work=True),
                "displayName": f"{f} {last}",
                "responseStatus": d.pick(("accepted", "needsAction", "declined")),
            }
        )
    ev: dict[str, Any] = {
        "kind": "calendar#event",
        "id": d.hex(26),
        "status": "confirmed",
        "summary": d.pick(("Q3 planning", "1:1", "Vendor demo", "Retro")),
        "start": {"dateTime": d.ts(), "timeZone": "Europe/Berlin"},
        "organizer": {
            "email": d.email(org_first, org_last, work=True),
            "displayName": f"{org_first} {org_last}",
        },
        "attendees": attendees,
        "conferenceData": {
            "entryPoints": [
                {
                    "entryPointType": "video",
                    "uri": f"https://meet.example.com/{d.hex(3)}-{d.hex(4)}-{d.hex(3)}",
                }
            ]
        },
    }
    if d.chance(0.3):
        ev["summary"] = d.pick(
            (
                "Out of office — physio for my back",
                "Blocked: chemo session",
                "OOO: OB-GYN scan (12 weeks)",
                "Therapy — anxiety (recurring)",
            )
        )
        d.mark("health", "calendar:health")
    if d.chance(0.2):
        ev["location"] = d.address(as_text=True)
    return ev


def web_form(d: Doc) -> Any:
    """A form post captured as the raw urlencoded string."""
    from urllib.parse import urlencode

    first, last = d.person()
    fields = {
        "first_name": first,
        "last_name": last,
        "email": d.email(first, last),
        "message": d.neutral("en"),
    }
    if d.chance(0.4):
        fields["phone"] = d.phone()
    if d.chance(0.3):
        fields["message"] = d.text(_special_kind(d), "en")
    if d.chance(0.3):
        fields["password"] = d.password()
        fields["password_confirm"] = fields["password"]
    return urlencode(fields)


def webhook_replay(d: Doc) -> Any:
    """A webhook delivery log: the delivered payload is a JSON string inside JSON."""
    inner = support_ticket(d) if d.chance(0.5) else psp_webhook(d)
    return {
        "delivery_id": d.uuid(),
        "endpoint": "https://hooks.example.com/in/" + d.hex(12),
        "attempt": d.rng.randint(1, 5),
        "response_status": d.pick((200, 500, 502)),
        "request_body": json.dumps(inner, ensure_ascii=False),
    }


def oauth_token_response(d: Doc) -> Any:
    body: dict[str, Any] = {
        "token_type": "Bearer",
        "expires_in": d.pick((900, 3600, 86400)),
        "scope": d.pick(("openid profile", "payments:write", "read:orders")),
    }
    body["access_token"] = d.jwt() if d.chance(0.6) else c.b64url(d.rng, 43)
    d.mark("credential", "oauth:access_token")
    if d.chance(0.6):
        body["refresh_token"] = c.b64url(d.rng, 64)
    return {
        "status": 200,
        "url": "https://auth.example.net/oauth/token",
        "body": body,
        "timing_ms": d.rng.randint(20, 400),
    }


def api_gateway_log(d: Doc) -> Any:
    redacted = d.chance(0.3)
    headers: dict[str, Any] = {
        "host": "api.example.com",
        "user-agent": "python-requests/2.32.3",
        "accept": "application/json",
        "x-request-id": d.uuid(),
    }
    which = d.pick(("authorization", "x-api-key", "cookie"))
    if redacted:
        headers[which] = "[REDACTED]"
        d.note("header:redacted")
    elif which == "authorization":
        headers[which] = d.bearer()
    elif which == "x-api-key":
        headers[which] = d.secret(d.pick(("stripe", "google", "sendgrid", "generic")))
    else:
        headers[which] = f"session={c.b64url(d.rng, 48)}; theme=dark"
        d.mark("credential", "cookie:session")
    entry: dict[str, Any] = {
        "ts": d.ts(),
        "method": d.pick(("GET", "POST")),
        "path": d.pick(("/v1/charges", "/v2/orders/search", "/v1/customers")),
        "status": d.pick((200, 201, 401, 429)),
        "latency_ms": d.rng.randint(3, 900),
        "request_headers": headers,
    }
    if d.chance(0.5):
        entry["client_ip"] = d.ip()
    return entry


def door_access_sync(d: Doc) -> Any:
    users = []
    for _ in range(d.rng.randint(1, 3)):
        first, last = d.person()
        u: dict[str, Any] = {
            "user_id": str(d.rng.randint(1000, 99999)),
            "name": f"{first} {last}",
            "access_groups": d.rng.sample(["Lobby", "Lab 2", "Server room", "Car park"], 2),
            "card": {"facility_code": d.rng.randint(1, 255), "card_no": d.rng.randint(1000, 65000)},
        }
        if d.chance(0.7):
            u["fingerprints"] = [
                {"index": i, "template_b64": d.b64(384), "format": "SUPREMA"} for i in range(2)
            ]
            d.mark("biometric", "door:fingerprint_template")
        elif d.chance(0.5):
            u["face"] = {"template": d.b64(512), "version": "v2"}
            d.mark("biometric", "door:face_template")
        users.append(u)
    return d.style({"controller": f"ACS-{d.hex(6).upper()}", "sync_id": d.uuid(), "users": users})
