"""Logs, SaaS webhooks, GraphQL, analytics, configuration, identity, biometrics, genomics."""

from __future__ import annotations

from typing import Any

from . import phrases as T
from .common import contact_block, envelope, lang_of, name_block
from .gen import Ctx, fold
from .lexicon import COMPANIES, HOSTS

PATHS = ("/api/v1/login", "/api/v2/orders", "/graphql", "/v1/members/search", "/checkout",
         "/api/patients", "/health")
AGENTS = ("okhttp/4.12.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 "
          "Firefox/126.0", "python-requests/2.32.3", "Dalvik/2.1.0 (Linux; U; Android 14)")


def access_log(c: Ctx) -> Any:
    lines = []
    for _ in range(c.r.randint(1, 4)):
        ip = c.ipv4() if c.chance(0.85) else c.ipv6()
        stamp = c.pick(("12/Mar/2024:10:14:22 +0000", "03/Nov/2024:23:01:09 +0100",
                        "28/Feb/2025:07:45:51 +0000"))
        lines.append(f'{ip} - - [{stamp}] "{c.pick(("GET", "POST"))} {c.pick(PATHS)} '
                     f'HTTP/1.1" {c.pick((200, 201, 401, 404, 500))} {c.r.randint(90, 9000)} '
                     f'"-" "{c.pick(AGENTS)}"')
    if c.chance(0.4):
        return "\n".join(lines)
    return {"stream": "nginx-access", "host": c.pick(HOSTS), "lines": lines}


def app_log(c: Ctx) -> Any:
    """Structured application logs that picked up personal data or secrets."""
    k = c.k
    what = c.pick(("email", "auth_header", "conn", "user_ctx", "mixed"))
    rec: dict[str, Any] = {k("ts"): c.ts(), k("level"): c.pick(("INFO", "WARN", "ERROR")),
                           k("service"): c.pick(("auth", "orders", "notifier", "billing")),
                           k("trace_id"): c.hexs(32), k("span_id"): c.hexs(16)}
    if what == "email":
        p = c.person(silent=True)
        rec[k("msg")] = c.pick((f"password reset requested for {c.email(p)}",
                                f"Versand der Bestellbestätigung an {c.email(p)} fehlgeschlagen",
                                f"bounce: <{c.email(p)}> 550 mailbox unavailable"))
    elif what == "auth_header":
        rec[k("msg")] = "upstream returned 401"
        rec[k("request")] = {k("method"): "GET", k("url"): "https://api.quillpoint.io/v3/users",
                             k("headers"): {"Authorization": "Bearer " + c.secret(
                                 c.pick(("jwt", "bearer"))), "Accept": "application/json"}}
    elif what == "conn":
        pw = c.secret("password")
        host = c.pick(("db-prod-3.internal", "pg.billing.svc.cluster.local", "mongo-0.rs"))
        url = c.pick((f"postgresql://app_rw:{pw}@{host}:5432/orders",
                      f"mongodb://svc_orders:{pw}@{host}:27017/?authSource=admin",
                      f"redis://:{pw}@{host}:6379/0", f"amqp://worker:{pw}@{host}:5672/"))
        rec[k("msg")] = f"could not connect to {url}: timeout after 5000ms"
        rec[k("exception")] = "ConnectionTimeout"
    elif what == "user_ctx":
        p = c.person()
        rec[k("msg")] = "login ok"
        rec[k("user")] = {k("id"): c.r.randint(1000, 999999), k("name"): p.full,
                          k("email"): c.email(p), k("ip"): c.ipv4()}
    else:
        rec[k("msg")] = "webhook delivery failed"
        rec[k("client_ip")] = c.ipv4()
        rec[k("payload_excerpt")] = {k("customer_phone"): c.phone(), k("amount"): c.money()}
    return rec


def saas_webhook(c: Ctx) -> Any:
    k = c.k
    kind = c.pick(("github", "twilio", "shopify", "slack", "calendly", "stripe", "mailchimp"))
    if kind == "github":
        p = c.person(c.pick(("en", "de", "xx")))
        sha = c.sha1()
        return {"ref": "refs/heads/main", "before": c.sha1(), "after": sha,
                "repository": {"full_name": "quillpoint/billing-api", "private": True},
                "pusher": {"name": fold(p.first)[:1] + fold(p.last).replace(" ", ""),
                           "email": c.email(p, work=True)},
                "commits": [{"id": sha, "message": c.pick(("fix: retry on 502",
                                                           "chore(deps): bump lodash@4.17.21",
                                                           "feat: add SEPA mandate export")),
                             "author": {"name": p.full, "email": c.email(p, work=True)},
                             "timestamp": c.ts()}]}
    if kind == "twilio":
        lang = c.loc()
        body = T.special(c, c.pick(("health", "religious_belief", "criminal_record")), lang) \
            if c.chance(0.5) else T.neutral(c, lang)
        return {"MessageSid": "SM" + c.hexs(32), "AccountSid": "AC" + c.hexs(32),
                "From": c.phone(lang, intl=True), "To": c.phone(lang, intl=True),
                "Body": body, "NumMedia": "0", "SmsStatus": "received"}
    if kind == "shopify":
        p = c.person()
        line, city, zipc, region = c.street_line(p.loc if p.loc != "xx" else "en")
        return {"id": c.r.randint(1000000, 9999999), "email": c.email(p),
                "browser_ip": c.ipv4(False), "currency": "EUR",
                "shipping_address": {"first_name": p.first, "last_name": p.last,
                                     "address1": line, "city": city, "zip": zipc,
                                     "province": region or None,
                                     "phone": c.phone(lang_of(p))},
                "line_items": [{"sku": c.sku(), "title": c.pick(("Trail Runner 2", "Merino Tee",
                                                                  "Tea Sampler")),
                                "quantity": 1, "price": f"{c.money():.2f}"}],
                "note": T.neutral(c, lang_of(p)) if c.chance(0.5) else None}
    if kind == "slack":
        lang = c.loc()
        return {"team_id": "T" + c.alnum(8).upper(),
                "event": {"type": "message", "channel": "C" + c.alnum(8).upper(),
                          "user": "U" + c.alnum(9).upper(),
                          "text": T.special(c, c.pick(("health", "trade_union",
                                                       "sex_life_orientation")), lang),
                          "ts": f"{c.epoch()}.{c.r.randint(100000, 999999)}"},
                "type": "event_callback", "event_id": "Ev" + c.alnum(9).upper()}
    if kind == "calendly":
        p = c.person()
        lang = lang_of(p)
        return envelope(c, "invitee.created", {
            k("name"): p.full, k("email"): c.email(p), k("timezone"): "Europe/Berlin",
            k("questions_and_answers"): [
                {k("question"): "Anything we should know before the session?",
                 k("answer"): T.special(c, c.pick(("health", "religious_belief")), lang)}]},
            "calendly")
    if kind == "stripe":
        p = c.person()
        return {"id": c.obj_id("evt", 24), "object": "event", "type": "customer.created",
                "data": {"object": {"id": c.obj_id("cus", 14), "object": "customer",
                                    "email": c.email(p), "name": p.full,
                                    "phone": c.phone(lang_of(p), intl=True),
                                    "address": {"line1": c.street_line(
                                        p.loc if p.loc != "xx" else "en")[0],
                                        "country": "DE"},
                                    "invoice_settings": {"default_payment_method":
                                                         c.obj_id("pm", 24)}}}}
    p = c.person()
    return {"type": "subscribe", "fired_at": c.ts()[:19].replace("T", " "),
            "data[id]": c.hexs(10), "data[email]": c.email(p),
            "data[merges][FNAME]": p.first, "data[merges][LNAME]": p.last,
            "data[ip_opt]": c.ipv4(False)}


GQL = {
    "patient": ("mutation UpdatePatient($id: ID!, $input: PatientInput!) { updatePatient(id: "
                "$id, input: $input) { id updatedAt } }"),
    "member": ("mutation EnrollMember($input: MemberInput!) { enrollMember(input: $input) { "
               "member { id status } errors { field message } } }"),
    "voter": ("mutation LogContact($voterId: ID!, $contact: ContactInput!) { logContact(voterId: "
              "$voterId, contact: $contact) { ok } }"),
    "profile": ("mutation SaveProfile($p: ProfileInput!) { saveProfile(profile: $p) { id } }"),
    "search": "query FindCustomer {{ customers(filter: {{email: \"{email}\"}}) {{ edges {{ node "
              "{{ id name }} }} }} }}",
}


def graphql_op(c: Ctx) -> Any:
    k = c.k
    op = c.pick(tuple(GQL))
    if op == "search":
        p = c.person(silent=True)
        return {"operationName": "FindCustomer",
                "query": GQL["search"].format(email=c.email(p)), "variables": {}}
    p = c.person()
    lang = lang_of(p)
    inp: dict[str, Any]
    if op == "patient":
        inp = {**name_block(c, p, lang), k("birth_date"): c.dob("iso"),
               k("problems"): [c.pick(("Asthma", "Migraine", "Epilepsy", "Hypothyroidism"))],
               k("notes"): T.special(c, "health", lang) if c.chance(0.4) else None}
        c.mark("health", "problem list")
        return {"operationName": "UpdatePatient", "query": GQL["patient"],
                "variables": {"id": c.uuid(), "input": inp}}
    if op == "member":
        inp = {**name_block(c, p, lang), **contact_block(c, p, lang),
               k("local"): c.pick(("UAW Local 600", "SEIU 1199", "Unite LE/1234")),
               k("dues_checkoff"): True}
        c.mark("trade_union", "union enrollment")
        return {"operationName": "EnrollMember", "query": GQL["member"],
                "variables": {"input": inp}}
    if op == "voter":
        inp = {k("result"): "contacted", k("support"): c.pick(("strong_yes", "lean_no",
                                                               "undecided")),
               k("notes"): T.special(c, "political_opinion", lang) if c.chance(0.5) else "",
               k("contact_name"): p.full}
        c.mark("political_opinion", "support level")
        return {"operationName": "LogContact", "query": GQL["voter"],
                "variables": {"voterId": f"V{c.r.randint(100000, 999999)}", "contact": inp}}
    inp = {k("display_name"): p.first, k("about"): T.special(c, c.pick((
        "sex_life_orientation", "religious_belief", "racial_ethnic_origin")), lang)}
    if c.chance(0.5):
        lat, lon = c.point()
        inp[k("geo")] = f"{lat},{lon}"
    return {"operationName": "SaveProfile", "query": GQL["profile"], "variables": {"p": inp}}


def analytics_event(c: Ctx) -> Any:
    precise = c.chance(0.5)
    lat, lon = c.point(decimals=None if precise else c.pick((1, 2, 3)))
    p = c.person(silent=True) if c.chance(0.6) else None
    ev: dict[str, Any] = {"type": "track", "event": c.pick(("Checkout Started", "Product Viewed",
                                                            "Products Searched",
                                                            "Signed Up")),
                          "anonymousId": c.uuid(), "messageId": c.uuid(),
                          "timestamp": c.ts(),
                          "context": {"ip": c.ipv4(False), "locale": c.pick(("de-DE", "en-GB",
                                                                              "fr-FR", "es-ES")),
                                      "userAgent": c.pick(AGENTS),
                                      "location": {"latitude": lat, "longitude": lon},
                                      "library": {"name": "analytics.js",
                                                  "version": c.version()}},
                          "properties": {"query": c.pick(("trail shoes", "merino", "gift card",
                                                          "usb-c hub")),
                                         "results": c.r.randint(0, 80)}}
    if p is not None:
        ev["traits"] = {"email": c.email(p), "plan": c.pick(("free", "pro"))}
    if c.chance(0.4):  # a batch upload: a bare array of events
        return [ev, {"type": "page", "name": "Home", "anonymousId": ev["anonymousId"],
                     "timestamp": c.ts(), "properties": {"path": "/", "referrer": ""}}]
    return ev


def config_dump(c: Ctx) -> Any:
    kind = c.pick(("k8s", "dotenv", "ci", "oauth", "compose", "basic", "azure"))
    if kind == "k8s":
        data = {"DB_PASSWORD": c.b64text(c.secret("password")),
                "STRIPE_SECRET_KEY": c.b64text(c.secret("stripe"))}
        if c.chance(0.5):
            data["SENDGRID_API_KEY"] = c.b64text(c.secret("sendgrid"))
        return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
                "metadata": {"name": "billing-secrets", "namespace": "prod"}, "data": data}
    if kind == "dotenv":
        pw = c.secret("password")
        lines = [f"DATABASE_URL=postgres://app:{pw}@db:5432/app", "LOG_LEVEL=info",
                 f"GITHUB_TOKEN={c.secret(c.pick(('github', 'github_pat')))}",
                 f"SLACK_WEBHOOK_URL={c.secret('slack_webhook')}", "FEATURE_NEW_CHECKOUT=true"]
        c.r.shuffle(lines)
        return {"file": ".env.production", "content": "\n".join(lines)}
    if kind == "ci":
        return {"variables": [
            {"key": "AWS_ACCESS_KEY_ID", "value": c.secret("aws_key"), "protected": True},
            {"key": "AWS_SECRET_ACCESS_KEY", "value": c.secret("aws_secret"), "masked": True},
            {"key": "NPM_TOKEN", "value": c.secret("npm"), "masked": True},
            {"key": "DEPLOY_REGION", "value": "eu-central-1"}]}
    if kind == "oauth":
        return {"client_id": c.alnum(24), "client_secret": c.secret("oauth"),
                "redirect_uris": ["https://app.quillpoint.io/callback"],
                "grant_types": ["authorization_code", "refresh_token"],
                "token_endpoint_auth_method": "client_secret_basic"}
    if kind == "compose":
        return {"services": {"api": {"image": f"quillpoint/api:{c.version()}", "environment": {
            "OPENAI_API_KEY": c.secret(c.pick(("openai", "anthropic"))),
            "REDIS_URL": "redis://cache:6379/0"}},
            "worker": {"image": f"quillpoint/worker:{c.version()}",
                       "environment": {"VAULT_TOKEN": c.secret("vault")}}}}
    if kind == "basic":
        user = c.pick(("svc-export", "reporting", "admin"))
        token = c.b64text(f"{user}:{c.secret('password')}")
        return {"method": "GET", "url": "https://erp.nordlicht-versand.de/odata/Orders",
                "headers": {"Authorization": f"Basic {token}", "Accept": "application/json",
                            "X-Request-Id": c.uuid()}}
    key = c.b64bytes(64)
    c.mark("credential", "secret:azure storage key")
    return {"ConnectionStrings": {"Blob": "DefaultEndpointsProtocol=https;AccountName="
                                          f"stg{c.alnum(8).lower()};AccountKey={key};"
                                          "EndpointSuffix=core.windows.net"},
            "Logging": {"LogLevel": {"Default": "Warning"}}}


def _mrz(c: Ctx, p: Any, number: str, born: Any, country: str) -> list[str]:
    from .digits import mrz_digit

    def clean(text: str) -> str:
        return "".join(ch if ch.isalpha() else "<" for ch in fold(text).upper())

    line1 = (f"P<{country}{clean(p.last)}<<{clean(p.first)}" + "<" * 44)[:44]
    num = (number + "<" * 9)[:9]
    dob = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"
    exp = f"{c.r.randint(27, 34)}{c.r.randint(1, 12):02d}{c.r.randint(1, 28):02d}"
    personal = "<" * 14
    part = num + mrz_digit(num) + country + dob + mrz_digit(dob) + c.pick("MF") + exp + \
        mrz_digit(exp) + personal + mrz_digit(personal)
    composite = part[0:10] + part[13:20] + part[21:43]
    return [line1, part + mrz_digit(composite)]


def kyc_check(c: Ctx) -> Any:
    """An identity-verification vendor's check result."""
    k = c.k
    loc = c.pick(("de", "fr", "es", "en", "xx"))
    p = c.person(loc)
    lang = lang_of(p)
    born = c.birth(1950, 2005)
    applicant: dict[str, Any] = {**name_block(c, p, lang), k("dob"): c.dob("iso", born)}
    if c.chance(0.7):
        applicant[k("address")] = c.address(loc if loc != "xx" else "en", keys="en")
    if c.chance(0.4):
        applicant[k("email")] = c.email(p)
    doc_kind = c.pick(("passport", "passport", "national_identity_card"))
    document: dict[str, Any] = {k("type"): doc_kind}
    if doc_kind == "passport":
        country = {"de": "D", "fr": "FRA", "es": "ESP", "en": "GBR", "xx": "NGA"}[loc]
        number = c.passport({"de": "DE", "fr": "FR", "es": "ES", "en": "GB", "xx": "NG"}[loc])
        document[k("number")] = number
        document[k("issuing_country")] = country if len(country) == 3 else "DEU"
        if c.chance(0.5):
            document[k("mrz")] = _mrz(c, p, number, born, (country + "<<")[:3])
    else:
        if loc == "es":
            document[k("number")] = c.dni() if c.chance(0.7) else c.nie()
        elif loc == "fr":
            applicant[k("numero_securite_sociale")] = c.nir(c.pick((1, 2)), born)
        elif loc == "de":
            applicant[k("steuer_id")] = c.steuer_id()
        else:
            document[k("number")] = c.nino() if loc == "en" else c.bsn()
        document[k("issuing_country")] = {"es": "ESP", "fr": "FRA", "de": "DEU", "en": "GBR",
                                          "xx": "NLD"}[loc]
    document[k("expiry_date")] = c.day(2026, 2034).isoformat()
    reports = [{k("name"): "document", k("result"): c.pick(("clear", "consider"))},
               {k("name"): "facial_similarity_photo", k("result"): "clear",
                k("score"): round(c.r.uniform(0.82, 0.99), 3)},
               {k("name"): "watchlist_standard", k("result"): "clear",
                k("pep"): False, k("sanctions"): False, k("adverse_media"): False}]
    c.neg("pep/sanctions flags")
    c.neg("face similarity score")
    body: dict[str, Any] = {k("check_id"): c.uuid(), k("status"): "complete",
                            k("applicant"): applicant, k("document"): document,
                            k("reports"): reports}
    if c.chance(0.5):
        body[k("selfie")] = {k("liveness"): "pass",
                             k("face_embedding"): c.embedding(c.pick((128, 64)),
                                                              "face embedding")}
    if c.chance(0.3):
        body[k("device")] = {k("ip"): c.ipv4(False), k("ja3"): c.hexs(32)}
        c.neg("ja3 fingerprint")
    return body


def access_control(c: Ctx) -> Any:
    k = c.k
    p = c.person(c.pick(("de", "en", "fr", "es")))
    user = {k("badge_id"): f"{c.r.randint(100, 999)}-{c.r.randint(10000, 99999)}",
            k("name"): p.full, k("employee_no"): f"E{c.r.randint(1000, 9999)}"}
    op = c.pick(("enroll_finger", "enroll_face", "enroll_palm", "enroll_iris", "event"))
    body: dict[str, Any] = {k("controller"): f"door-ctl-{c.r.randint(1, 40):02d}",
                            k("site"): c.pick(("HQ Bielefeld", "DC Tacoma", "Usine Angers")),
                            k("firmware"): c.version(), k("op"): op, k("user"): user}
    if op == "enroll_finger":
        body[k("credential")] = {k("type"): "fingerprint", k("finger"): c.pick(("right_index",
                                                                                 "left_thumb")),
                                 k("format"): c.pick(("ISO19794-2", "ANSI-378")),
                                 k("template"): c.fmr_template(), k("quality"): c.r.randint(55,
                                                                                           99)}
        if c.chance(0.4):
            body[k("credential")][k("minutiae")] = c.minutiae()
    elif op == "enroll_face":
        body[k("credential")] = {k("type"): "face", k("model"): "arcface-r100",
                                 k("vector"): c.embedding(c.pick((128, 256)), "face template")}
    elif op == "enroll_palm":
        body[k("credential")] = {k("type"): "palm_vein", k("template"): c.template_blob(
            "palm vein template", 384)}
    elif op == "enroll_iris":
        body[k("credential")] = {k("type"): "iris", k("iris_code"): c.template_blob(
            "iris code", 256), k("eye"): c.pick(("left", "right"))}
    else:
        body[k("events")] = [{k("at"): c.ts(), k("door"): c.pick(("D1-Lobby", "D4-Lab")),
                              k("result"): c.pick(("granted", "denied")),
                              k("auth_factor"): c.pick(("fingerprint", "face", "card+pin")),
                              k("match_score"): round(c.r.uniform(0.6, 0.99), 3)}
                             for _ in range(c.r.randint(1, 3))]
        c.neg("auth factor + match score (no template)")
    return body


def voice_enrollment(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    body: dict[str, Any] = {k("customer_id"): c.obj_id("cust", 10), k("name"): p.full,
                            k("phone"): c.phone(lang_of(p)), k("channel"): "ivr"}
    if c.chance(0.5):
        body[k("voiceprint")] = {k("format"): "x-vector", k("dim"): 96,
                                 k("vector"): c.embedding(96, "voiceprint")}
    else:
        body[k("voiceprint")] = {k("format"): "vendor-v3", k("blob"): c.template_blob(
            "voiceprint", 320)}
    body[k("enrolled_at")] = c.ts()
    return body


SNPS = (("rs4477212", "1", 82154), ("rs3094315", "1", 752566), ("rs1801133", "1", 11856378),
        ("rs429358", "19", 45411941), ("rs7412", "19", 45412079), ("rs53576", "3", 8804371),
        ("rs1815739", "11", 66328095), ("rs4680", "22", 19951271), ("rs762551", "15", 75041917))
BASES = ("AA", "AG", "GG", "CT", "CC", "TT", "AC", "GT")
POPULATIONS = ("Northwestern European", "Ashkenazi Jewish", "Southern European",
               "Nigerian", "Eastern European", "Indigenous American", "South Asian",
               "North African", "Korean")
CARRIER = (("Cystic fibrosis", "CFTR", "F508del"), ("Sickle cell anemia", "HBB", "HbS"),
           ("Tay-Sachs disease", "HEXA", "c.1274_1277dupTATC"),
           ("Spinal muscular atrophy", "SMN1", "single copy"))


def genomics_report(c: Ctx) -> Any:
    k = c.k
    kit = f"KT-{c.alnum(10).upper()}"
    owner: dict[str, Any] = {k("kit_id"): kit}
    if c.chance(0.6):
        p = c.person()
        owner.update(name_block(c, p, lang_of(p)))
        owner[k("email")] = c.email(p)
    else:
        p = c.person(silent=True)
        owner[k("email")] = c.email(p)
    kind = c.pick(("raw", "ancestry", "carrier", "pgx", "vcf"))
    body: dict[str, Any] = {k("customer"): owner, k("report_type"): kind,
                            k("generated_at"): c.ts()}
    c.mark("genetic", f"dtc {kind}")
    if kind == "raw":
        body[k("build")] = "GRCh37"
        body[k("snps")] = [{k("rsid"): rs, k("chromosome"): ch, k("position"): pos,
                            k("genotype"): c.pick(BASES)}
                           for rs, ch, pos in c.r.sample(SNPS, c.r.randint(4, 8))]
    elif kind == "ancestry":
        pops = c.r.sample(POPULATIONS, 3)
        shares = sorted((round(c.r.uniform(0.05, 0.6), 3) for _ in range(3)), reverse=True)
        body[k("ancestry_composition")] = [{k("population"): pop, k("proportion"): share}
                                           for pop, share in zip(pops, shares, strict=True)]
        body[k("maternal_haplogroup")] = c.pick(("H1c3", "U5b2", "L2a1", "J1c"))
        c.mark("racial_ethnic_origin", "ancestry composition")
    elif kind == "carrier":
        cond, gene, var = c.pick(CARRIER)
        body[k("carrier_status")] = [{k("condition"): cond, k("gene"): gene,
                                      k("variant"): var, k("result"): "carrier"}]
        c.mark("health", "carrier report names condition")
    elif kind == "pgx":
        diplotype, phenotype = c.pick((("*1/*2", "Intermediate metabolizer"),
                                       ("*2/*2", "Poor metabolizer"),
                                       ("*1/*17", "Rapid metabolizer")))
        body[k("pharmacogenomics")] = [
            {k("gene"): "CYP2C19", k("diplotype"): diplotype, k("phenotype"): phenotype},
            {k("gene"): "SLCO1B1", k("diplotype"): c.pick(("*1/*5", "*1/*1"))}]
    else:
        body[k("sample")] = {k("sample_id"): f"S{c.r.randint(1000, 9999)}",
                             k("vcf"): "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\t"
                                       "FILTER\tINFO\tFORMAT\tSAMPLE\n"
                                       f"17\t43045712\trs80357906\tG\tGA\t.\tPASS\t.\tGT\t"
                                       f"{c.pick(('0/1', '1/1'))}\n"
                                       f"19\t44908684\trs429358\tT\tC\t.\tPASS\t.\tGT\t"
                                       f"{c.pick(('0/0', '0/1'))}"}
    return body


def rideshare_trip(c: Ctx) -> Any:
    k = c.k
    rider = c.person()
    driver = c.person(tag="driver name")
    city = c.pick(("Leeds", "Bielefeld", "Rennes", "Zaragoza", "Tacoma", "Kassel"))
    a = c.point(city)
    b = c.point(city)
    body: dict[str, Any] = {k("trip_id"): c.uuid(), k("status"): "completed",
                            k("rider"): {k("first_name"): rider.first,
                                         k("phone"): c.phone(lang_of(rider))},
                            k("driver"): {k("name"): driver.full,
                                          k("plate"): c.pick(("BI-KL 482", "GX21 ROA",
                                                              "4821 KLM"))},
                            k("pickup"): {k("lat"): a[0], k("lng"): a[1]},
                            k("dropoff"): {k("coordinates"): [b[1], b[0]], k("type"): "Point"},
                            k("fare"): {k("amount"): c.money(6, 60), k("currency"): "EUR"}}
    if c.chance(0.5):
        body[k("pickup")][k("address")] = c.street_line(
            {"Leeds": "uk", "Tacoma": "en", "Rennes": "fr", "Zaragoza": "es"}.get(city, "de"))[0]
    return body


def delivery_tracking(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    address = c.address_text(p.loc if p.loc != "xx" else "en")
    lat, lon = c.point(c.last_city)
    return {k("tracking_number"): c.digits_no_luhn(12), k("carrier"): "DHL",
            k("recipient"): p.full, k("address"): address,
            k("courier_position"): {k("lat"): lat, k("lon"): lon, k("at"): c.ts()},
            k("company"): c.pick(COMPANIES)}


def time_clock(c: Ctx) -> Any:
    """A time-and-attendance terminal syncing its enrolled users to the cloud."""
    k = c.k
    users = []
    for _ in range(c.r.randint(1, 3)):
        p = c.person(c.pick(("de", "es", "en", "xx")))
        u: dict[str, Any] = {k("enroll_no"): str(c.r.randint(100, 9999)), k("name"): p.full,
                             k("privilege"): c.pick(("user", "admin"))}
        if c.chance(0.7):
            u[k("fp_templates")] = [{k("fid"): c.r.randint(0, 9), k("size"): 1200,
                                     k("tmp"): c.template_blob("fingerprint template (zk)", 300)}]
        else:
            u[k("face_template")] = c.template_blob("face template (zk)", 420)
        users.append(u)
    return {k("sn"): f"CJDE{c.r.randint(100000, 999999)}", k("model"): "TA-1200",
            k("fw"): c.version(), k("cmd"): "DATA UPDATE USERINFO", k("users"): users}


def auth_request(c: Ctx) -> Any:
    """Login, sign-up and password-change bodies as they reach an API."""
    k = c.k
    p = c.person(silent=True)
    kind = c.pick(("login", "signup", "change", "reset"))
    pw = c.secret("password")
    if kind == "login":
        return {k("username"): c.email(p), k("password"): pw, k("remember_me"): c.chance(0.5),
                k("mfa_method"): c.pick(("totp", "sms", None))}
    if kind == "signup":
        p2 = c.person(p.loc)
        return {k("user"): {**name_block(c, p2, lang_of(p2)), k("email"): c.email(p2),
                            k("password"): pw, k("password_confirmation"): pw},
                k("accept_terms"): True, k("locale"): c.pick(("de-DE", "en-GB", "fr-FR"))}
    if kind == "change":
        return {k("current_password"): pw, k("new_password"): c.secret("password"),
                k("logout_other_sessions"): True}
    return {k("reset_token"): c.alnum(40), k("new_password"): pw,
            k("password_reset_required"): False}


def http_capture(c: Ctx) -> Any:
    """A captured upstream request, headers and body, from an API-debugging tool."""
    k = c.k
    auth = c.pick(("bearer", "apikey", "basic", "query"))
    headers: dict[str, Any] = {"Content-Type": "application/json",
                               "User-Agent": c.pick(AGENTS), "X-Request-Id": c.uuid()}
    url = f"https://api.{c.pick(('quillpoint.io', 'kestrel-analytics.de', 'example-crm.com'))}" \
          f"/v{c.r.randint(1, 3)}/{c.pick(('contacts', 'orders', 'events'))}"
    if auth == "bearer":
        headers["Authorization"] = "Bearer " + c.secret(c.pick(("jwt", "bearer", "github")))
    elif auth == "apikey":
        headers[c.pick(("X-API-Key", "x-api-key", "Api-Key"))] = c.secret(c.pick((
            "stripe", "sendgrid", "google", "hex32", "mailgun", "shopify")))
    elif auth == "basic":
        headers["Authorization"] = "Basic " + c.b64text(
            f"{c.pick(('api', 'sync-bot', 'ops'))}:{c.secret('password')}")
    else:
        url += f"?api_key={c.secret(c.pick(('google', 'hex32')))}&limit=50"
    body: Any = None
    if c.chance(0.5):
        p = c.person()
        body = {**name_block(c, p, lang_of(p)), k("email"): c.email(p)}
    return {k("captured_at"): c.ts(), k("method"): c.pick(("GET", "POST", "PATCH")),
            k("url"): url, k("headers"): headers, k("body"): body,
            k("response_status"): c.pick((200, 201, 401, 429))}


def booking_record(c: Ctx) -> Any:
    """A police booking (arrest) record with a livescan fingerprint set and a mugshot template."""
    k = c.k
    p = c.person(c.pick(("en", "en", "es", "xx")))
    c.mark("criminal_record", "arrest booking")
    number = f"B{c.r.randint(2019, 2025)}-{c.r.randint(1000, 99999)}"
    body: dict[str, Any] = {k("booking_no"): number,
                            k("arrestee"): {**name_block(c, p, lang_of(p)),
                                            k("dob"): c.dob(c.pick(("us", "iso"))),
                                            k("sex"): c.pick("MF")},
                            k("charges"): [c.pick(("PC 459 Burglary", "HS 11350 Possession",
                                                   "VC 23152(a) DUI", "PC 242 Battery"))],
                            k("booked_at"): c.ts(), k("agency"): "Pierce County Sheriff"}
    if c.chance(0.7):
        body[k("livescan")] = {k("tcn"): c.alnum(12).upper(), k("prints"): [
            {k("position"): pos, k("format"): "ISO/IEC 19794-2", k("data"): c.fmr_template()}
            for pos in c.r.sample(["RT", "RI", "RM", "LT", "LI"], 2)]}
    else:
        body[k("mugshot")] = {k("image_ref"): f"s3://booking-photos/{c.hexs(16)}.jpg",
                              k("face_template"): c.embedding(128, "face template")}
    return body


def biobank_sample(c: Ctx) -> Any:
    """A research biobank LIMS record: pseudonymous participant, consent, genotyping results."""
    k = c.k
    c.mark("genetic", "biobank genotypes")
    body: dict[str, Any] = {k("participant"): f"BB-{c.alnum(8).upper()}",
                            k("consent"): {k("version"): "v4.1", k("recontact"): c.chance(0.7),
                                           k("return_of_results"): True},
                            k("sample"): {k("type"): c.pick(("saliva", "whole blood")),
                                          k("barcode"): c.alnum(10).upper(),
                                          k("collected"): c.ts()},
                            k("genotyping"): {k("array"): "GSA-24 v3", k("call_rate"):
                                              round(c.r.uniform(0.97, 0.999), 4),
                                              k("apoe"): c.pick(("e3/e3", "e3/e4", "e4/e4",
                                                                 "e2/e3")),
                                              k("sex_check"): c.pick(("XX", "XY"))}}
    if c.chance(0.4):
        body[k("phenotypes")] = {k("self_reported"): c.r.sample(
            ["type 2 diabetes", "asthma", "hypertension", "migraine"], 2)}
        c.mark("health", "self-reported conditions")
    if c.chance(0.3):
        body[k("coordinator_email")] = c.email(None)
    return body
