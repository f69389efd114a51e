"""Customer support, marketing, analytics, DevOps and logging payloads."""

from __future__ import annotations

import base64

from . import pools, shapes, values
from .common import national_id, scatter_text
from .ctx import Ctx
from .texts import CHAT_FILLER

SUBJECTS = {"en": ["Charged twice", "Can't log in", "Refund request", "Order missing",
                   "Please delete my data", "Question about my plan"],
            "de": ["Doppelt abgebucht", "Login geht nicht", "Erstattung", "Bestellung fehlt"],
            "fr": ["Débit en double", "Connexion impossible", "Demande de remboursement"],
            "es": ["Cobro duplicado", "No puedo entrar", "Solicitud de reembolso"]}
OPENERS = {"en": "Hi, ", "de": "Hallo, ", "fr": "Bonjour, ", "es": "Hola, "}


def sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?" else text + "."


def support_ticket(c: Ctx) -> dict:
    p = c.person()
    lang = c.lang
    parts = [OPENERS[lang]]
    roll = c.r.random()
    if roll < 0.5:
        parts.append(sentence(scatter_text(c, lang)) + " ")
    elif roll < 0.62:
        parts.append(sentence(c.say("health", lang)) + " ")
    if c.chance(0.35):
        card = c.card(style=c.pick(["space", "plain", "dash"]), detail="text")
        parts.append({"en": f"my card {card} was charged twice. ",
                      "de": f"meine Karte {card} wurde doppelt belastet. ",
                      "fr": f"ma carte {card} a été débitée deux fois. ",
                      "es": f"mi tarjeta {card} tiene un cargo doble. "}[lang])
    if c.chance(0.2):
        parts.append(f"IBAN: {c.iban(detail='iban_text')}. ")
    if c.chance(0.2):
        d = c.dob(style="long", detail="text")
        parts.append({"en": f"For verification, I was born on {d}. ",
                      "de": f"Zur Verifizierung: geboren am {d}. ",
                      "fr": f"Pour vérification, je suis né(e) le {d}. ",
                      "es": f"Para verificar, nací el {d}. "}[lang])
    if c.chance(0.25):
        parts.append(f"{c.phone(detail='text')}. ")
    if len(parts) == 1:
        parts.append(sentence(c.clean_text(lang)) + " ")
    parts.append(c.pick(CHAT_FILLER[lang]))
    ticket: dict = {"id": c.n(10000, 999999), "subject": c.pick(SUBJECTS[lang]),
                    "description": "".join(parts).strip(), "status": c.pick(["new", "open",
                                                                           "pending"]),
                    "requester": {"name": p.full(), "email": p.email()},
                    "via": {"channel": c.pick(["email", "web", "chat", "mobile_sdk"])},
                    "tags": c.sample(["billing", "vip", "gdpr", "app", "refund"], 2),
                    "created_at": c.ts("z")}
    if c.chance(0.4):
        agent = c.person()
        ticket["comments"] = [{"author": agent.full(), "public": True,
                               "body": c.pick(["Thanks for reaching out, we're looking into it.",
                                               "Danke, wir prüfen das.",
                                               "Merci, nous vérifions."])}]
    if c.chance(0.3):
        ticket["metadata"] = {"system": {"client": c.user_agent(), "ip_address": c.ip()}}
    return {"ticket": ticket} if c.chance(0.6) else shapes.page(c, [ticket], "tickets")


def marketing_contacts(c: Ctx) -> dict:
    rows = []
    org = c.rot(["charity", "campaign", "shop", "clinic", "campaign"])
    for _ in range(c.n(1, 3)):
        p = c.person()
        row: dict = {"id": c.hexs(32), "email_address": p.email(), "status": c.pick(
            ["subscribed", "unsubscribed", "pending"]),
            "merge_fields": {"FNAME": p.first(), "LNAME": p.last()}}
        if c.chance(0.4):
            row["merge_fields"]["PHONE"] = c.phone()
        if c.chance(0.3):
            row["merge_fields"]["ADDRESS"] = c.address(form="line")
        if c.chance(0.5):
            row["ip_signup"] = c.ip()
            row["timestamp_signup"] = c.ts("z")
        if c.chance(0.35):
            lat, lon = c.coords(detail="signup_geo")
            row["location"] = {"latitude": lat, "longitude": lon,
                               "country_code": pools.LOCALE_COUNTRY[c.loc]}
        elif c.chance(0.4):
            lat, lon = c.coarse()
            row["location"] = {"latitude": lat, "longitude": lon,
                               "country_code": pools.LOCALE_COUNTRY[c.loc]}
        if org == "charity" and c.chance(0.5):
            row["merge_fields"][c.pick(["RELIGION", "FAITH"])] = c.pick(
                ["Catholic", "Muslim", "Jewish", "Church of England"])
            c.tag("religious_belief", "crm_field")
        elif org == "campaign" and c.chance(0.6):
            row["merge_fields"]["PARTY_MEMBER"] = c.pick(["yes", "no"])
            row["merge_fields"]["SUPPORT"] = c.n(1, 5)
            c.tag("political_opinion", "crm_field")
        elif org == "clinic" and c.chance(0.5):
            row["merge_fields"]["CONDITION"] = c.pick(["type 2 diabetes", "IBS", "psoriasis"])
            c.tag("health", "crm_field")
        rows.append(row)
    return {"list_id": c.hexs(10), "members": rows, "total_items": c.n(100, 9000),
            "_links": [{"rel": "self", "href": "https://us21.api.mailchimp.com/3.0/lists"}]}


EVENTS = [("Symptom Logged", "health", {"symptom": ["panic attack", "migraine", "hot flush",
                                                    "low mood"], "severity": None}),
          ("Medication Taken", "health", {"medication": ["sertraline 50mg", "PrEP", "insulin"]}),
          ("Donation Completed", "political_opinion", {"recipient": ["Democratic Party",
                                                                      "Die Grünen", "Labour"]}),
          ("Union Dues Paid", "trade_union", {"union": ["ver.di", "UNISON", "SEIU"]}),
          ("Prayer Logged", "religious_belief", {"prayer": ["fajr", "maghrib", "rosary"]}),
          ("Report Viewed", "genetic", {"report": ["APOE e3/e4", "CYP2C19 *1/*2",
                                                   "BRCA1 no variant detected", "MTHFR C677T CT"]}),
          ("Checkout Completed", None, {"sku": None}), ("Screen Viewed", None, {"screen": None}),
          ("Search Performed", None, {"query": ["running shoes", "dark mode", "gift ideas"]})]


def analytics_batch(c: Ctx) -> dict:
    batch = []
    p = c.person()
    for _ in range(c.n(2, 4)):
        name, kind, props = c.pick(EVENTS)
        properties: dict = {}
        for key, options in props.items():
            if options is None:
                properties[key] = c.n(1, 10) if key == "severity" else c.sku() if key == "sku" \
                    else c.pick(["home", "settings", "cart"])
            else:
                properties[key] = c.pick(options)
        if kind:
            c.tag(kind, "event")
        ev: dict = {"type": "track", "event": name, "anonymousId": c.uuid(),
                    "properties": properties, "timestamp": c.ts("ms"),
                    "context": {"userAgent": c.user_agent()}}
        if c.chance(0.6):
            ev["context"]["ip"] = c.ip()
        if c.chance(0.3):
            lat, lon = c.coords(detail="event_geo")
            ev["context"]["location"] = {"latitude": lat, "longitude": lon}
        batch.append(ev)
    if c.chance(0.6):
        traits: dict = {"email": p.email()}
        if c.chance(0.6):
            traits["name"] = p.full()
        if c.chance(0.3):
            traits["birthday"] = c.dob("iso")
        if c.chance(0.3):
            traits["phone"] = c.phone()
        batch.append({"type": "identify", "userId": c.oid("usr", 10), "traits": traits,
                      "timestamp": c.ts("ms")})
    if c.chance(0.3):
        email = p.email().replace("@", "%40")
        batch.append({"type": "page", "name": "Reset password", "properties": {
            "url": f"https://app.northwind.app/reset?email={email}&utm_source=mail"},
            "timestamp": c.ts("ms")})
    return {"batch": batch, "sentAt": c.ts("ms"), "writeKey": "[REDACTED]"}


def devops_webhook(c: Ctx) -> dict:
    dev = c.person()
    style = c.pick(["push", "ci_log", "k8s", "config", "slack", "tfstate"])
    if style == "push":
        commits = [{"id": c.sha1(), "message": c.pick(["fix: retry on 503", "chore: bump deps",
                                                      "feat: add export", "oops remove key"]),
                    "author": {"name": dev.full(),
                               "email": dev.email(detail="work") if c.chance(0.6)
                               else dev.email(), "username": dev.handle()}}
                   for _ in range(c.n(1, 2))]
        body: dict = {"ref": "refs/heads/main", "before": c.sha1(), "after": c.sha1(),
                      "repository": {"full_name": f"northwind/{c.pick(['api', 'infra', 'app'])}"},
                      "pusher": {"name": dev.handle()}, "commits": commits}
        if c.chance(0.5):
            body["commits"][0]["diff_excerpt"] = (
                f"+AWS_ACCESS_KEY_ID={c.secret('aws_key')}\n"
                f"+AWS_SECRET_ACCESS_KEY={c.secret('aws_secret')}")
        return body
    if style == "ci_log":
        secret = c.pick(["github", "npm", "slack", "gitlab", "sendgrid", "google"])
        lines = [shapes.log_line(c, "Run actions/checkout@v4", "INFO", "ci"),
                 shapes.log_line(c, f"export TOKEN={c.secret(secret)}", "DEBUG", "ci"),
                 shapes.log_line(c, f"deploy requested by {dev.full('log')}", "INFO", "ci")]
        if c.chance(0.5):
            lines.append(shapes.log_line(c, f"ssh deploy@{c.ip(4, 'log')} exit 0", "INFO", "ci"))
        return {"run_id": c.n(100000, 999999), "conclusion": c.pick(["success", "failure"]),
                "log_excerpt": lines}
    if style == "k8s":
        data = {k: base64.b64encode(v.encode()).decode() for k, v in (
            ("DB_PASSWORD", values.password(c.r)), ("STRIPE_KEY", values.stripe_secret(c.r)))}
        c.tag("credential", "k8s_secret")
        return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
                "metadata": {"name": f"{c.pick(['api', 'worker'])}-secrets",
                             "namespace": "prod", "annotations": {
                                 "owner": dev.email(detail="work")}}, "data": data}
    if style == "config":
        cfg = {"database": {"url": c.conn_string()}, "smtp": {"host": "smtp.sendgrid.net",
                                                              "api_key": c.secret("sendgrid")},
               "stripe": {"secret_key": c.secret("stripe"), "publishable_key":
                          "pk_live_" + c.b62(24)}, "log_level": "info"}
        if c.chance(0.5):
            cfg["webhooks"] = {"signing_secret": c.secret("webhook_secret")}
        return {"file": "config/production.json", "content": shapes.embed(cfg),
                "committed_by": dev.full()}
    if style == "slack":
        return {"token": c.secret("slack"), "channel": "#deploys", "text": c.pick(
            ["deploy finished :rocket:", "rollback started"]), "user": {"real_name": dev.full(),
                                                                        "email": dev.email()}}
    return {"version": 4, "terraform_version": c.semver(), "resources": [
        {"type": "aws_db_instance", "name": "main", "instances": [{"attributes": {
            "username": "app", "password": c.secret("password"),
            "endpoint": f"main.{c.hexs(10)}.eu-west-1.rds.amazonaws.com:5432",
            "private_ip": c.ip(4)}}]},
        {"type": "tls_private_key", "name": "deploy", "instances": [{"attributes": {
            "private_key_pem": c.secret("pem"), "public_key_fingerprint_md5": ":".join(
                c.hexs(2) for _ in range(16))}}]}]}


def app_log_lines(c: Ctx) -> dict:
    p = c.person()
    lines = []
    options = ["login", "card", "ssn", "payload", "sql", "special", "plain", "plain", "bearer"]
    for choice in c.sample(options, c.n(3, 5)):
        if choice == "login":
            msg = f"login failed user={p.email()} ip={c.ip(detail='log')} attempts={c.n(1, 5)}"
        elif choice == "card":
            msg = f"charge debug pan={c.card(style='plain', detail='log')} amount={c.n(100, 9000)}"
        elif choice == "ssn":
            k, v = national_id(c)
            msg = f"kyc check {k}={v} result=ok"
        elif choice == "payload":
            msg = "request body " + shapes.embed({"name": p.full(), "phone": c.phone()})
        elif choice == "sql":
            msg = f"slow query 812ms: SELECT * FROM users WHERE email = '{p.email()}'"
        elif choice == "special":
            msg = "consent stored category=health note=" + shapes.embed(
                {"text": c.say("health", "en")})
        elif choice == "bearer":
            msg = f"upstream 401 Authorization: Bearer {c.secret('opaque')}"
        else:
            msg = c.pick(["cache warm complete", "GET /healthz 200 2ms", "worker started pid=812",
                          "retrying job 3/5"])
        lines.append(shapes.log_line(c, msg))
    return {"source": c.pick(["cloudwatch", "loki", "datadog"]), "service": c.pick(
        ["api-gateway", "auth", "payments"]), "lines": lines}


def bulk_import_csv(c: Ctx) -> dict:
    cols = ["first_name", "last_name", "email"]
    extra = c.sample(["phone", "dob", "street", "religion", "union_member", "diagnosis",
                      "ethnicity", "ethnicity", "initial_password"], c.n(1, 3))
    cols += extra
    rows = [",".join(cols)]
    for _ in range(c.n(2, 4)):
        p = c.person()
        cells = [p.first(), p.last(), p.email()]
        for col in extra:
            if col == "phone":
                cells.append(c.phone())
            elif col == "dob":
                cells.append(c.dob("iso"))
            elif col == "street":
                cells.append('"' + c.street() + '"')
                c.tag("postal_address", "csv")
            elif col == "religion":
                cells.append(c.pick(["catholic", "muslim", "none", "jewish"]))
                c.tag("religious_belief", "csv")
            elif col == "union_member":
                cells.append(c.pick(["true", "false"]))
                c.tag("trade_union", "csv")
            elif col == "initial_password":
                cells.append(c.secret("csv_password"))
            elif col == "diagnosis":
                cells.append(c.pick(["E11.9", "F32.1", "J45.40", "I10"]))
                c.tag("health", "csv")
            else:
                cells.append(c.pick(["Black British", "Hispanic", "Roma", "White Irish"]))
                c.tag("racial_ethnic_origin", "csv")
        rows.append(",".join(cells))
    return {"import": {"id": c.oid("imp", 10), "format": "csv", "has_header": True,
                       "content": "\n".join(rows)}, "mode": c.pick(["upsert", "create_only"])}


# ---------------------------------------------------------------- clean look-alikes

def support_ticket_clean(c: Ctx) -> dict:
    lang = c.lang
    ticket = {"id": c.n(10000, 999999), "subject": c.pick(SUBJECTS[lang]),
              "description": OPENERS[lang] + c.clean_text(lang) + " " + c.pick(CHAT_FILLER[lang]),
              "requester_id": c.n(100000, 999999), "status": c.pick(["open", "solved"]),
              "tags": c.sample(["app", "billing", "feature_request"], 2),
              "satisfaction": {"score": c.pick(["good", "bad", "offered"])}}
    return {"ticket": ticket} if c.chance(0.5) else shapes.page(c, [ticket], "tickets")


def analytics_clean(c: Ctx) -> dict:
    events = []
    for _ in range(c.n(2, 4)):
        events.append({"type": "track", "event": c.pick(["Screen Viewed", "App Opened",
                                                         "Health Check Passed", "Vote Cast",
                                                         "Workout Shared"]),
                       "anonymousId": c.uuid(), "properties": {
                           "screen": c.pick(["home", "settings"]), "app_version": c.semver(),
                           "orientation": c.pick(["portrait", "landscape"])},
                       "context": {"locale": c.pick(["de-DE", "fr-FR", "es-ES", "en-GB"]),
                                   "geo": {"city": c.city()[0],
                                           "country": pools.LOCALE_COUNTRY[c.loc]},
                                   "email_sha256": c.sha256()},
                       "timestamp": c.ts("ms")})
    return {"batch": events, "sentAt": c.ts("ms")}


def devops_clean(c: Ctx) -> dict:
    style = c.pick(["secretref", "masked", "pubkey", "deps", "digest"])
    if style == "secretref":
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "api"},
                "spec": {"template": {"spec": {"containers": [{"name": "api", "image":
                    f"ghcr.io/northwind/api@sha256:{c.sha256()}", "env": [
                        {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {
                            "name": "api-secrets", "key": "DB_PASSWORD"}}},
                        {"name": "LOG_LEVEL", "value": "info"}]}]}}}}
    if style == "masked":
        return {"integration": c.pick(["stripe", "sendgrid", "github"]), "settings": {
            "api_key": c.pick(["sk_live_****************" + c.b62(4), "********", "[REDACTED]"]),
            "webhook_secret": None, "password": "", "client_secret": "<redacted>",
            "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$" + c.b64(22) + "$" + c.b64(43),
            "kid": c.hexs(16)}, "updated_by": f"usr_{c.b62(10)}"}
    if style == "pubkey":
        return {"user": c.pick(["deploy-bot", "ci-runner"]), "ssh_keys": [
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.b64(43) + " deploy-bot"],
            "certificate": "-----BEGIN CERTIFICATE-----\nMIIB" + c.b64(60) + "\n-----END "
                           "CERTIFICATE-----", "public_key": "-----BEGIN PUBLIC KEY-----\nMFkw"
                           + c.b64(60) + "\n-----END PUBLIC KEY-----"}
    if style == "deps":
        return {"lockfile": "package-lock.json", "changed": [
            "lodash@4.17.21", "react@18.3.1", "@types/node@20.12.7"],
            "assets": ["logo@2x.png", "icon@3x.png"], "node": "v20.12.2",
            "build": {"number": c.n(100, 9999), "sha": c.sha1()}}
    return {"image": "registry.northwind.app/api", "tag": f"v{c.semver()}",
            "digest": "sha256:" + c.sha256(), "sbom": {"components": c.n(100, 900)},
            "signatures": [{"keyid": c.hexs(16), "sig": c.b64(88)}]}


def catalog_listing(c: Ctx) -> dict:
    items = [{"sku": c.sku(), "ean": c.safe(lambda: values.ean13(c.r, c.pick(["40", "50", "84"]))),
              "name": c.pick(pools.PRODUCTS), "brand": c.pick(pools.ORGS),
              "price": c.money(5, 900), "votes": c.n(0, 900),
              "team_pick": c.pick(pools.TEAMS)} for _ in range(c.n(2, 4))]
    return shapes.page(c, items, "products")


def game_telemetry(c: Ctx) -> dict:
    return {"match": c.uuid(), "players": [
        {"handle": c.pick(["xX_sn1per_Xx", "NightOwl", "crit_happens", "Gandalf_the_Beige",
                           "LadyLuck99"]),
         "character": {"race": c.pick(["elf", "orc", "dwarf", "human"]),
                       "class": c.pick(["cleric", "paladin", "rogue"]), "health": c.n(0, 100),
                       "faith": c.pick(["Sun Order", "none"]), "level": c.n(1, 60)},
         "party": c.hexs(6), "guild": c.pick(["The Union", "Iron Syndicate", "Crimson Church"]),
         "kills": c.n(0, 30), "penalties": c.n(0, 3)} for _ in range(c.n(2, 4))],
        "map": c.pick(["Crimeworld", "Cathedral Ruins", "Harbor"]), "duration_s": c.n(300, 2400)}


def marketing_campaign_clean(c: Ctx) -> dict:
    return shapes.page(c, [{"id": c.oid("cmp", 10), "name": c.pick(
        ["Pride Month 2024", "Ramadan Kareem offers", "Back to school", "Christmas sale",
         "Election day discount", "Union Jack collection"]), "segment": c.pick(
        ["all_subscribers", "lapsed_90d", "app_users"]), "sent": c.n(1000, 90000),
        "open_rate": round(c.r.uniform(0.1, 0.5), 4), "ctr": round(c.r.uniform(0.01, 0.09), 4)}
        for _ in range(c.n(2, 3))], "campaigns")


def integration_config(c: Ctx) -> dict:
    """A SaaS connector echoing its saved configuration, secrets included."""
    owner = c.person()
    kind = c.rot(["mailchimp", "stripe", "slack", "github", "sendgrid", "aws", "google", "db"])
    if kind == "mailchimp":
        cfg: dict = {"api_key": c.secret("opaque") + "-us21", "server": "us21"}
    elif kind == "stripe":
        cfg = {"secret_key": c.secret("stripe"), "webhook_secret": c.secret("webhook_secret"),
               "publishable_key": "pk_live_" + c.b62(24)}
    elif kind == "slack":
        cfg = {"bot_token": c.secret("slack"), "channel": "#alerts"}
    elif kind == "github":
        cfg = {"token": c.secret("github"), "org": "northwind"}
    elif kind == "sendgrid":
        cfg = {"apiKey": c.secret("sendgrid"), "from": c.email(kind="role")}
    elif kind == "aws":
        cfg = {"access_key_id": c.secret("aws_key"), "secret_access_key": c.secret("aws_secret"),
               "region": "eu-central-1"}
    elif kind == "google":
        cfg = {"api_key": c.secret("google"), "project": f"northwind-{c.hexs(6)}"}
    else:
        cfg = {"dsn": c.conn_string()}
    body = {"id": c.oid("int", 12), "provider": kind, "enabled": True, "config": cfg,
            "created_by": owner.email(c.pick(pools.WORK_DOMAINS), "work"),
            "created_at": c.ts()}
    if c.chance(0.4):
        return shapes.jsonapi(c, "integrations", body)
    return shapes.respond(c, body, "/v2/integrations")


TEXT_KINDS = ["health", "genetic", "racial_ethnic_origin", "political_opinion",
              "religious_belief", "trade_union", "sex_life_orientation", "criminal_record"]
TEXT_LANGS = ["en", "de", "fr", "es", "mix"]
FORM_TITLES = {"en": "Tell us how we can help", "de": "Ihr Anliegen", "fr": "Votre demande",
               "es": "Cuéntanos tu caso", "mix": "Contact / Kontakt"}


def intake_form(c: Ctx) -> dict:
    """A form-builder webhook; each occurrence covers two (kind, language) pairs in turn."""
    combos = [(k, lang) for k in TEXT_KINDS for lang in TEXT_LANGS]
    first = combos[(2 * c.occurrence) % len(combos)]
    second = combos[(2 * c.occurrence + 1) % len(combos)]
    p = c.person()
    answers = [
        {"field": {"id": c.b62(8), "type": "long_text", "ref": "message"}, "type": "text",
         "text": c.say(*first)},
        {"field": {"id": c.b62(8), "type": "long_text", "ref": "anything_else"}, "type": "text",
         "text": c.say(*second)},
    ]
    if c.chance(0.6):
        answers.insert(0, {"field": {"id": c.b62(8), "type": "short_text", "ref": "name"},
                           "type": "text", "text": p.full()})
    if c.chance(0.7):
        answers.append({"field": {"id": c.b62(8), "type": "email", "ref": "email"},
                        "type": "email", "email": p.email()})
    if c.chance(0.3):
        answers.append({"field": {"id": c.b62(8), "type": "phone_number", "ref": "phone"},
                        "type": "phone_number", "phone_number": c.phone()})
    return {"event_id": c.b62(26), "event_type": "form_response", "form_response": {
        "form_id": c.b62(8), "response_id": c.b62(32), "submitted_at": c.ts("z"),
        "definition": {"title": FORM_TITLES[first[1]]},
        "hidden": {"source": c.pick(["app", "web", "qr"])}, "answers": answers}}
