"""Personal families: e-commerce, SaaS, identity, fintech and devops payloads."""

from __future__ import annotations

import base64
from typing import Any

from . import pools
from .ctx import Ctx
from .keys import Keys

# Health is left out: the clinical families already carry plenty of it.
SPECIALS = ("genetic", "racial_ethnic_origin", "political_opinion", "religious_belief",
            "trade_union", "sex_life_orientation", "criminal_record")


def any_text(c: Ctx, lang: str) -> str:
    """A sentence of a random non-health special category."""
    return c.text(c.pick(SPECIALS), lang)


def order_created(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    return {"event": "order.created", "id": c.rid("ord"), "created_at": c.ts(),
            "data": {k.w("customer"): {k("full_name"): c.name(lg), k("email"): c.email(lg)},
                     k.w("shipping", "address"): c.address(lg, (k("street"), k("postcode"),
                                                                  k("city"), k("country"))),
                     "items": [{"sku": c.sku(), "qty": c.rng.randrange(1, 4),
                                "price": c.amount()} for _ in range(c.rng.randrange(1, 4))],
                     "total": c.amount(), "currency": "EUR"}}


def cart_checkout(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {k.w("cart", "id"): c.uuid(), k("email"): c.email(lg),
                           k.w("payment"): {"method": "card",
                                            "number": c.card(c.pick(("", " ", "-"))),
                                            "exp": f"{c.rng.randrange(1, 13):02d}/29",
                                            "holder": c.name(lg)}}
    if c.chance(0.5):
        doc[k.w("client", "ip")] = c.ip()
    return doc


def return_request(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    reason = c.text("health", lg) if c.chance(0.3) else c.clean_text(lg)
    return {k.w("return", "id"): c.rid("ret"), k.w("order", "id"): c.rid("ord"),
            k("full_name"): c.name(lg), k("comment"): reason,
            k.w("refund"): {"iban": c.iban(c.pick(("DE", "FR", "ES", "NL")), c.chance(0.5))}}


def product_review(c: Ctx) -> Any:
    lg = c.lang()
    body = any_text(c, lg) + " " + c.clean_text(lg)
    return {"review": {"rating": c.rng.randrange(1, 6), "author": c.first(lg) + " " +
                       c.last(lg)[0] + ".", "text": body, "product": c.pick(pools.PRODUCTS)}}


def customer_list(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    rows = [{"id": c.uuid(), k("first_name"): c.first(lg), k("last_name"): c.last(lg),
             k("phone"): c.phone(lg), k("dob"): c.dob(c.pick(("iso", "eu", "slash")))}
            for _ in range(c.rng.randrange(2, 4))]
    return {"data": rows, "page": 1, "per_page": 25, "total": len(rows),
            "next": None}


def user_signup(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    return {k("email"): c.email(lg), "password": c.password(),
            k("first_name"): c.first(lg), "locale": f"{lg}-{lg.upper()}",
            "marketing_opt_in": c.chance(0.5)}


def login_event(c: Ctx) -> Any:
    return {"type": "auth.login.succeeded", "actor": {"id": c.rid("usr"), "email": c.email()},
            "ip": c.ip(c.chance(0.3)), "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X)",
            "mfa": {"method": c.pick(("totp", "webauthn", "fingerprint")), "passed": True},
            "at": c.ts()}


def password_reset(c: Ctx) -> Any:
    lg = c.lang()
    return {"template": "password_reset", "to": c.email(lg),
            "vars": {"name": c.first(lg), "reset_link":
                     f"https://app.example.com/reset?token={c.secret('opaque')}"}}


def oauth_token(c: Ctx) -> Any:
    return {"access_token": c.jwt(), "token_type": "Bearer", "expires_in": 3600,
            "refresh_token": c.secret("opaque"), "scope": "openid profile"}


def team_invite(c: Ctx) -> Any:
    lg = c.lang()
    return {"team": {"id": c.rid("team"), "name": "Platform"},
            "invites": [{"email": c.email(lg), "role": c.pick(("admin", "member")),
                         "invitedBy": c.name(lg)} for _ in range(2)]}


def audit_log(c: Ctx) -> Any:
    return {"events": [{"id": c.uuid(), "action": c.pick(("user.role_changed", "api_key.created")),
                        "actor": c.email(), "source_ip": c.ip(), "at": c.ts()},
                       {"id": c.uuid(), "action": "settings.updated", "actor": c.email(),
                        "source_ip": c.ip(True), "at": c.ts()}],
            "cursor": c.b64(24)}


def payment_webhook(c: Ctx) -> Any:
    lg = c.lang()
    return {"id": c.rid("evt"), "type": "charge.succeeded",
            "data": {"object": {"id": c.rid("ch"), "amount": c.rng.randrange(500, 90000),
                                "billing_details": {"name": c.name(lg), "email": c.email(lg),
                                                    "address": {"line1": c.street(lg)}},
                                "payment_method_details": {"card": {"last4": c.digits(4),
                                                                    "brand": "visa"}}}}}


def crm_webhook(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    props: dict[str, Any] = {k("first_name"): c.first(lg), k("last_name"): c.last(lg),
                             k("phone"): c.phone(lg), "lifecycle_stage": "lead"}
    if c.chance(0.4):
        props[k("comment")] = any_text(c, lg)
    return {"subscriptionType": "contact.creation", "objectId": c.rng.randrange(1000, 99999),
            "properties": props}


def kyc_onboarding(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    return {k.w("applicant"): {k("first_name"): c.first(lg), k("last_name"): c.last(lg),
                               k("dob"): c.dob(c.pick(("iso", "eu", "long"))),
                               k("national_id"): c.national_id(lg),
                               k.w("address"): c.address_line(lg),
                               k.w("selfie"): c.sp("biometric", "face", {
                                   "face_template": c.b64(96), "format": "ISO19794-5"})
                               if c.chance(0.4) else None},
            "pep": False, "sanctions_hit": False, "documents": [
                {"type": "passport", "number": c.passport(lg), "expires": "2031-04-30"}]}


def payout(c: Ctx) -> Any:
    lg = c.lang()
    if lg == "en" and c.chance(0.5):
        acct: dict[str, Any] = {"routing_number": c.aba_routing(),
                                "account_number": c.digits(10)}
    elif lg == "en":
        acct = {"sort_code": c.sort_code(), "account_number": c.digits(8)}
    else:
        acct = {"iban": c.iban(), "bic": "DEUTDEFF"}
    return {"payout": {"id": c.rid("po"), "amount": c.amount(), "beneficiary":
                       {"name": c.name(lg), **acct}, "status": "pending"}}


def transfer_text(c: Ctx) -> Any:
    lg = c.lang()
    msg = {"en": "Please send the deposit to {} by Friday.",
           "de": "Bitte die Kaution bis Freitag auf {} überweisen.",
           "fr": "Merci de virer l'acompte sur {} avant vendredi.",
           "es": "Por favor transfiere la fianza a {} antes del viernes."}[lg]
    return {"thread": c.rid("thr"), "from": c.email(lg),
            "text": msg.format(c.iban(spaced=True))}


def card_issuing(c: Ctx) -> Any:
    lg = c.lang()
    return {"cardholder": {"name": c.name(lg), "phone_number": c.phone(lg),
                           "billing": {"address": c.address_line(lg)}},
            "card": {"pan": c.card(), "cvc": c.digits(3), "status": "active"}}


def loan_application(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {k("full_name"): c.name(lg), k("dob"): c.dob("slash"),
                           k.w("annual", "income"): c.rng.randrange(20, 120) * 1000,
                           k("iban"): c.iban(), "employer": c.pick(pools.COMPANIES)}
    if c.chance(0.5):
        doc[k.w("criminal", "record")] = c.sp("criminal_record", "flag",
                                              c.pick(("none", "yes - see attachment")))
    return doc


def ci_config(c: Ctx) -> Any:
    return {"name": "deploy", "on": {"push": {"branches": ["main"]}},
            "env": {"AWS_ACCESS_KEY_ID": c.secret("aws"),
                    "AWS_SECRET_ACCESS_KEY": c.secret("aws_secret"), "NODE_VERSION": "20.11.1"},
            "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": ["checkout", "test"]}}}


def env_dump(c: Ctx) -> Any:
    return {"env": {"DATABASE_URL": c.conn_string(), "LOG_LEVEL": "info",
                    "SENTRY_RELEASE": c.hex(40),
                    c.pick(("GITHUB_TOKEN", "SLACK_BOT_TOKEN", "STRIPE_SECRET_KEY")):
                        c.secret(c.pick(("ghp", "slack", "stripe")))}}


def error_report(c: Ctx) -> Any:
    lg = c.lang()
    return {"exception": {"type": "ValidationError", "value": f"invalid input for {c.email(lg)}",
                          "stacktrace": {"frames": [{"filename": "app/api/orders.py",
                                                     "lineno": c.rng.randrange(10, 400)}]}},
            "request": {"url": "/api/v2/orders", "env": {"REMOTE_ADDR": c.ip()},
                        "headers": {"Authorization": c.bearer()}},
            "release": c.version()}


def structured_log(c: Ctx) -> Any:
    lines = [f"{c.ts()} INFO request_id={c.hex(12)} method=GET path=/v1/me status=200 "
             f"client={c.ip()}",
             f"{c.ts()} WARN login failed for user={c.email()} reason=bad_password"]
    return {"stream": "api-gateway", "lines": lines}


def k8s_secret(c: Ctx) -> Any:
    pw = c.password()
    return {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "orders-db"},
            "type": "Opaque", "data": {"password": base64.b64encode(pw.encode()).decode()}}


def service_account_key(c: Ctx) -> Any:
    return {"type": "service_account", "project_id": "kestrel-prod",
            "private_key_id": c.hex(40), "private_key": c.pem_private(),
            "client_id": c.hex(20)}


def vendor_api_keys(c: Ctx) -> Any:
    return {"integrations": [
        {"vendor": "sendgrid", "api_key": c.secret("sendgrid")},
        {"vendor": c.pick(("maps", "npm", "gitlab")),
         "token": c.secret(c.pick(("google", "npm", "glpat")))},
        {"vendor": "webhooks", "signing_secret": c.secret("whsec")}]}


def basic_auth_request(c: Ctx) -> Any:
    return {"method": "POST", "url": "https://hooks.partner.example/ingest",
            "headers": {"Authorization": c.basic_auth(), "Content-Type": "application/json"}}


FAMILIES = {
    "order_created": (order_created, 3), "cart_checkout": (cart_checkout, 6),
    "return_request": (return_request, 4), "product_review": (product_review, 6),
    "customer_list": (customer_list, 3), "user_signup": (user_signup, 3),
    "login_event": (login_event, 3), "password_reset": (password_reset, 3),
    "oauth_token": (oauth_token, 3), "team_invite": (team_invite, 3),
    "audit_log": (audit_log, 3), "payment_webhook": (payment_webhook, 3),
    "crm_webhook": (crm_webhook, 4), "kyc_onboarding": (kyc_onboarding, 7),
    "payout": (payout, 6), "transfer_text": (transfer_text, 4),
    "card_issuing": (card_issuing, 5), "loan_application": (loan_application, 5),
    "ci_config": (ci_config, 3), "env_dump": (env_dump, 4), "error_report": (error_report, 4),
    "structured_log": (structured_log, 4), "k8s_secret": (k8s_secret, 3),
    "service_account_key": (service_account_key, 3), "vendor_api_keys": (vendor_api_keys, 4),
    "basic_auth_request": (basic_auth_request, 4),
}
