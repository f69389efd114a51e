"""Mainstream families carrying ordinary and high-risk kinds (and some clean variants)."""

from __future__ import annotations

import base64
import json
from urllib.parse import urlencode

from .ctx import CITY_LL, LANGS, UA, Ctx, restyle
from .text import PLAIN

LOC = {"en": "uk", "de": "de", "fr": "fr", "es": "es"}
CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "uk": "GB", "us": "US"}


def _lang(c, i):
    return LANGS[i % 4]


def shop_order(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    items = [
        {
            "sku": c.sku(),
            "title": c.pick(
                [
                    "Trail Runner 3",
                    "Merino Hoodie",
                    "Ceramic Mug Set",
                    "Desk Lamp Arc",
                    "Bamboo Cutting Board",
                    "Wool Socks 3-pack",
                ]
            ),
            "qty": c.rng.randint(1, 3),
            "unit_price": c.amount(8, 140),
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    order = {
        "id": "ord_" + c.hexs(12),
        "number": c.ref("BC", 6),
        "status": c.pick(["paid", "fulfilled", "processing"]),
        "customer": {"name": c.name(p), "email": c.email(p), "phone": c.phone(LOC[lang])},
        "shipping_address": c.address(LOC[lang], ("line1", "postal_code", "city", "country")),
        "line_items": items,
        "payment": {
            "brand": c.pick(["visa", "mastercard"]),
            "last4": c.last4(),
            "method": c.pm_token(),
        },
        "created_at": c.ts(),
    }
    if i % 3 == 0:
        order["gift_card"] = {
            "code": c.bad_card_ref("gift_card_luhn_fail"),
            "applied": c.amount(5, 50),
        }
    return {"event": "order.paid", "data": {"object": order}, "webhook_id": c.uuid()}


def marketplace_return(c: Ctx, i: int):
    lang = _lang(c, i + 1)
    p = c.person(lang)
    return restyle(
        {
            "return_id": c.ref("RMA", 6),
            "order_ref": c.ref("BC", 6),
            "reason_code": c.pick(["SIZE", "DAMAGED", "NOT_AS_DESCRIBED"]),
            "comment": c.pick(PLAIN[lang]),
            "pickup": {
                "contact_name": c.name(p),
                "address": c.address_line(LOC[lang]),
                "window": c.pick(["08-12", "12-16"]),
            },
            "refund": {"amount": c.amount(10, 120), "to": "original_payment"},
        },
        c.pick(["camel", "snake"]),
    )


def product_reviews(c: Ctx, i: int):
    items = []
    for k in range(3):
        r = {
            "id": c.hexs(10),
            "rating": c.rng.randint(1, 5),
            "title": c.pick(["Great value", "Runs small", "Sehr gut", "Décevant", "Perfecto"]),
            "body": c.pick(PLAIN[c.pick(LANGS)]),
            "verified_purchase": True,
            "created": c.day(),
        }
        if i % 2 == 0 and k == 0:
            p = c.person(c.pick(LANGS))
            r["author"] = c.name(p)
        else:
            r["author"] = c.pick(
                ["trailmix", "kaffeetante", "le_voyageur", "mariposa_azul", "quietfox"]
            )
            c.hn("person_name", "handle")
        items.append(r)
    return {
        "product_id": c.sku(),
        "items": items,
        "page": i + 1,
        "next": f"/api/v1/products/reviews?page={i + 2}",
        "summary": {"avg": round(c.rng.uniform(3, 4.9), 1), "count": c.rng.randint(20, 400)},
    }


def seller_payout(c: Ctx, i: int):
    country = ["DE", "FR", "ES", "NL", "AT"][i % 5]
    lang = {"DE": "de", "FR": "fr", "ES": "es", "NL": "en", "AT": "de"}[country]
    p = c.person(lang)
    sole = i % 2 == 0
    if not sole:
        c.hn("person_name", "company_name")
    return {
        "payout": {
            "id": "po_" + c.hexs(14),
            "seller": {
                "display_name": c.name(p)
                if sole
                else c.pick(["Atelier Sorbet", "Casa Lumen", "Pixelhof"]),
                "legal_form": "sole_trader" if sole else "gmbh",
                "vat_id": c.vat_id(),
            },
            "destination": {"iban": c.iban(country), "bic": c.bic()},
            "amount": c.amount(100, 4000),
            "currency": "EUR",
            "period": {"from": c.day(2025), "to": c.day(2025)},
            "status": c.pick(["scheduled", "paid"]),
        }
    }


def signup(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    if i % 3 == 2:
        return {
            "user": restyle(
                {
                    "id": c.uuid(),
                    "email": c.email(p),
                    "password_hash": c.bcrypt() if i % 2 else c.argon2(),
                    "email_verified": False,
                    "created_at": c.ts(),
                    "last_login_ip": c.ipv4(),
                },
                "camel",
            )
        }
    return restyle(
        {
            "email": c.email(p),
            "password": c.secret("password"),
            "first_name": c.first_last(p)[0],
            "last_name": p.last,
            "date_of_birth": c.dob("iso"),
            "marketing_opt_in": c.pick([True, False]),
            "client": {"ip": c.ipv4(), "user_agent": c.pick(UA)},
            "captcha_token": c.b64(40),
        },
        "camel",
    )


def auth_audit_log(c: Ctx, i: int):
    lines = []
    for k in range(c.rng.randint(3, 5)):
        p = c.person(c.pick(LANGS))
        ip = c.ipv6() if (i + k) % 4 == 0 else c.ipv4(private=k % 2 == 0)
        ev = c.pick(["login.success", "login.failure", "mfa.challenge", "password.reset_requested"])
        lines.append(
            f'{c.ts()} level=info event={ev} user={c.email(p)} src_ip={ip} ua="{c.pick(UA)[:40]}"'
        )
    if i % 2 == 0:
        c.hn("biometric", "auth_with_fingerprint")
        lines.append(
            f"{c.ts()} level=info event=mfa.success method=platform_authenticator "
            f"factor=fingerprint user_id=usr_{c.hexs(8)}"
        )
    if i % 3 == 0:
        return "\n".join(lines)
    return {
        "stream": "auth-audit",
        "shard": c.rng.randint(0, 7),
        "records": [{"message": ln} for ln in lines],
    }


def payment_webhook(c: Ctx, i: int):
    p = c.person(c.pick(LANGS))
    ch = {
        "id": "ch_" + c.randstr(24),
        "object": "charge",
        "amount": c.rng.randint(500, 40000),
        "currency": "eur",
        "payment_method": c.pm_token(),
        "payment_method_details": {
            "card": {
                "brand": "visa",
                "last4": c.last4(),
                "exp_month": c.rng.randint(1, 12),
                "exp_year": 2028,
                "fingerprint": c.randstr(16),
            }
        },
        "billing_details": {"email": c.email(p), "name": c.name(p)},
        "outcome": {"risk_level": "normal"},
        "metadata": {"order_ref": c.ref("BC", 6)},
    }
    c.hn("biometric", "card_fingerprint")
    if i % 2 == 0:
        ch["metadata"]["support_note"] = f"customer pasted full card number in chat: {c.card()}"
    if i % 2 == 1:
        ch["metadata"]["acquirer_reference"] = c.bad_card_ref("acquirer_ref_luhn_fail")
    return {
        "id": "evt_" + c.randstr(24),
        "type": "charge.succeeded",
        "api_version": "2024-06-20",
        "data": {"object": ch},
        "livemode": True,
    }


def invoice_jsonapi(c: Ctx, i: int):
    lang = c.pick(["de", "fr", "es"])
    comp = c.pick(
        [
            "Nordlicht Logistik GmbH",
            "Maison Orme SAS",
            "Tiendas Brisa S.L.",
            "Hafenblick Versand GmbH",
        ]
    )
    c.hn("person_name", "company_name")
    c.hn("date_of_birth", "invoice_dates")
    attrs = {
        "number": f"RE-2025-{c.rng.randint(100, 9999):04d}",
        "issued_on": c.day(2025),
        "due_on": c.day(2025),
        "seller": {"name": comp, "vat_id": c.vat_id(), "address": c.address_line(lang)},
        "buyer": {
            "name": c.pick(["Kestrel Labs Ltd", "Quillmark BV", "Parcelo SARL"]),
            "vat_id": c.vat_id(),
        },
        "payment_terms": {"iban": c.iban(CC[lang]), "bic": c.bic()},
        "total_gross": c.amount(100, 9000),
        "contact": c.email(
            domain=c.pick(["nordlicht-logistik.de", "maison-orme.fr", "tiendasbrisa.es"]),
            role=c.pick(["billing", "facturacion", "compta"]),
        ),
    }
    return {
        "data": {
            "type": "invoices",
            "id": c.uuid(),
            "attributes": attrs,
            "relationships": {"lines": {"data": [{"type": "invoice-lines", "id": c.hexs(8)}]}},
        },
        "included": [
            {
                "type": "invoice-lines",
                "id": c.hexs(8),
                "attributes": {"description": "Versandkartons 40x30", "qty": 200},
            }
        ],
    }


def subscription_event(c: Ctx, i: int):
    p = c.person(c.pick(LANGS))
    return {
        "event": c.pick(["subscription.renewed", "subscription.canceled", "subscription.past_due"]),
        "data": {
            "object": {
                "id": "sub_" + c.randstr(14),
                "plan": c.pick(["premium_monthly", "family_yearly"]),
                "customer": {"email": c.email(p)},
                "default_payment_method": {"card_last4": c.last4(), "token": c.pm_token()},
                "current_period_end": c.ts(2025),
                "cancel_reason": c.pick([None, "too_expensive", "switched_service"]),
            }
        },
    }


def crm_lead_form(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    fields = {
        "first_name": c.first_last(p)[0],
        "last_name": p.last,
        "email": c.email(p),
        "phone": c.phone(LOC[lang]),
        "company": c.pick(["Kestrel Labs", "Pixelhof", "Vela Outdoor"]),
        "message": c.pick(PLAIN[lang]),
        "utm_source": c.pick(["google", "newsletter", "linkedin"]),
        "consent": "1",
    }
    body = urlencode(fields)
    return {
        "received_at": c.ts(),
        "content_type": "application/x-www-form-urlencoded",
        "raw_body": body,
        "form_id": c.hexs(8),
    }


def newsletter_consent(c: Ctx, i: int):
    p = c.person(c.pick(LANGS))
    return {
        "subscriber": {
            "email": c.email(p),
            "lists": c.rng.sample(["weekly", "offers", "product_updates"], 2),
        },
        "consent": {
            "granted": True,
            "text_version": "v3.2",
            "at": c.ts(),
            "ip": c.ipv4(),
            "double_opt_in": True,
        },
        "segment": c.pick(["high_value", "lapsed_90d", "new_signup"]),
    }


def scim_user(c: Ctx, i: int):
    p = c.person(c.pick(["en", "de"]))
    dom = c.pick(["kestrel-labs.com", "pixelhof.de"])
    return {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "id": c.uuid(),
        "userName": c.email(p, domain=dom),
        "name": {"givenName": c.first_last(p)[0], "familyName": p.last},
        "active": True,
        "phoneNumbers": [{"type": "work", "value": c.phone(c.pick(["de", "uk"]))}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "department": c.pick(["Finance", "Ops"]),
            "manager": {"value": c.uuid()},
        },
        "meta": {"resourceType": "User", "created": c.ts(), "version": f'W/"{c.hexs(8)}"'},
    }


def salon_booking(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    return {
        "Appointment": {
            "Id": c.rng.randint(10000, 99999),
            "Service": c.pick(["Balayage", "Men's cut", "Manicure", "Brow lamination"]),
            "Staff": c.v("person_name", c.person(lang).first, "name/first"),
            "Client": {"FullName": c.name(p), "Mobile": c.phone(LOC[lang])},
            "Start": c.ts(2025),
            "DepositPaid": c.pick([True, False]),
        }
    }


def hotel_reservation(c: Ctx, i: int):
    lang = ["fr", "es", "fr", "es", "de", "fr"][i % 6]
    p = c.person(lang)
    if lang == "fr":
        doc = {
            "réservation": {
                "numéro": c.ref("HX", 6),
                "client": {
                    "prénom": c.first_last(p)[0],
                    "nom": p.last,
                    "courriel": c.email(p),
                    "téléphone": c.phone("fr"),
                },
                "arrivée": c.day(2025),
                "départ": c.day(2025),
                "chambre": c.pick(["double", "twin", "suite"]),
                "demandes": c.pick(
                    ["Chambre calme si possible.", "Arrivée tardive vers 23 h.", "Lit bébé svp."]
                ),
            }
        }
        key = ("réservation", "demandes")
    elif lang == "es":
        doc = {
            "reserva": {
                "localizador": c.ref("HX", 6),
                "huésped": {
                    "nombre": c.name(p),
                    "correo": c.email(p),
                    "dirección": c.address_line("es"),
                },
                "llegada": c.day(2025),
                "noches": c.rng.randint(1, 6),
                "observaciones": c.pick(
                    [
                        "Llegaremos tarde, sobre las 23 h.",
                        "Habitación alta si es posible.",
                        "Necesitamos cuna.",
                    ]
                ),
            }
        }
        key = ("reserva", "observaciones")
    else:
        doc = {
            "buchung": {
                "nummer": c.ref("HX", 6),
                "gast": {"name": c.name(p), "straße": c.street("de"), "e-mail": c.email(p)},
                "anreise": c.day(2025),
                "wünsche": c.pick(
                    [
                        "Bitte ein ruhiges Zimmer.",
                        "Anreise erst gegen 22 Uhr.",
                        "Parkplatz benötigt.",
                    ]
                ),
            }
        }
        key = ("buchung", "wünsche")
    c.hn("passport", "passport_required_flag")
    doc["policy"] = {"passport_or_id_required_at_checkin": True, "checkin_from": "15:00"}
    if i % 3 == 0:
        k = ["religious_belief", "sex_life_orientation"][i // 3 % 2]
        doc[key[0]][key[1]] = c.note(k, lang)
        if k == "sex_life_orientation":
            doc[key[0]]["nota_recepción"] = c.note(c.other_kind(k, lang), lang)
    return doc


def car_rental(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    drv = {
        "name": c.name(p),
        "birth_date": c.dob("iso"),
        "licence_no": f"{c.randstr(5, 'ABCDEFGHJKLMNPRSTUVWXYZ', 0)}{c.rng.randint(100, 999)}",
        "email": c.email(p),
    }
    c.hn("date_of_birth", "pickup_date")
    if i % 2 == 0:
        drv["id_document"] = {"type": "passport", "number": c.passport_no(CC[lang])}
    return {
        "rental": {
            "confirmation": c.randstr(8, "ABCDEFGHJKLMNPRSTUVWXYZ23456789", 2),
            "driver": drv,
            "pickup": {
                "station": c.pick(["MUC Airport", "Gare de Lyon", "Madrid Atocha"]),
                "at": c.ts(2025),
            },
            "car_group": c.pick(["CDMR", "IDAR", "SFAR"]),
            "extras": ["GPS"],
        }
    }


def ride_trip(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    c.city = c.pick(list(CITY_LL))
    lat1, lon1 = c.latlon()
    lat2, lon2 = c.latlon()
    trip_city = c.city
    trip = {
        "trip_id": c.uuid(),
        "rider": {"first_name": c.v("person_name", p.first, "name/first"), "rating": 4.9},
        "pickup": {"lat": lat1, "lon": lon1, "at": c.ts()},
        "dropoff": {"lat": lat2, "lon": lon2},
        "fare": {"amount": c.amount(6, 60), "currency": "EUR"},
        "city": trip_city,
        "driver_id": "drv_" + c.hexs(8),
    }
    if i % 2 == 0:
        trip["route_polyline"] = c.b64(40)
        trip["rider"]["phone_masked"] = "+49 *** **** " + f"{c.rng.randint(10, 99)}"
        c.hn("phone", "masked_phone")
    return trip


def bank_transfer(c: Ctx, i: int):
    v = i % 3
    p, q = c.person(c.pick(["de", "fr", "es"])), c.person("en")
    if v == 0:
        return {
            "CstmrCdtTrfInitn": {
                "GrpHdr": {"MsgId": c.ref("MSG", 6), "CreDtTm": c.ts()},
                "PmtInf": {
                    "Dbtr": {"Nm": c.name(p)},
                    "DbtrAcct": {"Id": {"IBAN": c.iban(c.pick(["DE", "FR", "ES"]), spaced=False)}},
                    "CdtTrfTxInf": [
                        {
                            "Amt": {"InstdAmt": c.amount(20, 3000)},
                            "Cdtr": {"Nm": c.pick(["Casa Lumen S.L.", "Stadtwerke Nord"])},
                            "CdtrAcct": {
                                "Id": {"IBAN": c.iban(c.pick(["DE", "ES", "IT"]), spaced=False)}
                            },
                            "RmtInf": {"Ustrd": f"Rechnung {c.ref('RE', 5)}"},
                        }
                    ],
                },
            }
        }
    if v == 1:
        rt, acct = c.us_account()
        return {
            "ach_transfer": {
                "id": c.uuid(),
                "direction": "credit",
                "receiver": {
                    "name": c.name(q),
                    "routing_number": rt,
                    "account_number": acct,
                    "account_type": c.pick(["checking", "savings"]),
                },
                "amount_cents": c.rng.randint(1000, 250000),
                "sec_code": "PPD",
                "effective_date": c.day(2025),
            }
        }
    sc, acct = c.uk_account()
    return {
        "payment": {
            "scheme": "FPS",
            "payee": {"name": c.name(q), "sort_code": sc, "account_number": acct},
            "reference": c.pick(["RENT MARCH", "INV 2231", "Deposit"]),
            "amount": c.amount(10, 2000),
            "currency": "GBP",
            "confirmation_of_payee": c.pick(["match", "close_match"]),
        }
    }


def insurance_claim(c: Ctx, i: int):
    lang = c.pick(["de", "fr", "es"])
    p = c.person(lang)
    return {
        "claim": {
            "number": c.ref("SCH", 6),
            "policy": c.ref("KFZ", 6),
            "holder": {"name": c.name(p), "address": c.address(lang)},
            "incident": {
                "date": c.day(2025),
                "type": c.pick(["parking_damage", "hail", "glass_breakage"]),
                "description": c.pick(
                    [
                        "Beim Ausparken Poller touchiert.",
                        "Pare-brise fissuré par un gravillon.",
                        "Granizo sobre el techo del coche.",
                    ]
                ),
            },
            "payout": {"iban": c.iban(CC[lang]), "account_holder": p.full},
            "status": "in_review",
        }
    }


def rental_application(c: Ctx, i: int):
    lang = "fr" if i % 4 == 0 else c.pick(["es", "de", "fr"])
    p = c.person(lang)
    ap = {
        "nombre_completo" if lang == "es" else "name": c.name(p),
        "email": c.email(p),
        "phone": c.phone(lang),
        "current_address": c.address_line(lang),
        "net_income_monthly": c.rng.randint(1800, 5200),
        "employer": c.pick(["Nordlicht Logistik", "Tiendas Brisa", "Maison Orme"]),
    }
    if i % 4 == 0:
        ap["notes"] = c.note("racial_ethnic_origin", "fr")
    if lang == "es":
        ap["dni_nie"] = c.dni(nie=i % 2 == 1)
    elif lang == "fr":
        ap["date_de_naissance"] = c.dob("fr")
    else:
        ap["geburtsdatum"] = c.dob("de")
    return {
        "listing_id": c.ref("L", 6),
        "applicants": [ap],
        "move_in": c.day(2025),
        "pets": c.pick([True, False]),
    }


def streaming_account(c: Ctx, i: int):
    p = c.person(c.pick(LANGS))
    return {
        "data": {
            "viewer": {
                "email": c.email(p),
                "plan": {"name": c.pick(["Standard", "Premium"]), "price": c.amount(6, 18)},
                "profiles": [
                    {"name": "Kids", "maturity": "7+"},
                    {"name": c.v("person_name", p.first, "name/first"), "maturity": "all"},
                ],
                "devices": {
                    "nodes": [
                        {
                            "type": c.pick(["tv", "phone"]),
                            "lastSeenIp": c.ipv4(),
                            "appVersion": c.pick(["8.112.0", "7.98.1"]),
                        }
                    ]
                },
                "billing": {"last4": c.last4()},
            }
        }
    }


def social_profile(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    la, lo = c.coarse()
    c.hn("postal_address", "city_only")
    bio = (
        c.text("political_opinion", lang)
        if i < 2
        else c.pick(
            ["Photos, mostly of bread.", "Radfahren & Kaffee.", "Voyages et vélo.", "Surf y fotos."]
        )
    )
    return {
        "data": {
            "user": {
                "handle": "@" + c.pick(["sunny_hiker", "velo_bln", "petit_pain", "olas_y_sol"]),
                "displayName": c.name(p),
                "bio": bio,
                "location": {"label": c.city, "lat": la, "lon": lo},
                "followers": c.rng.randint(10, 9000),
                "pronouns": c.pick(["she/her", "he/him", None]),
            }
        }
    }


def car_telemetry(c: Ctx, i: int):
    c.hn("health", "battery_health")
    vin = (
        f"WVW{c.randstr(6, 'ABCDEFGHJKLMNPRSTUVWXYZ', 0)}{c.rng.randint(10, 99)}"
        f"{c.randstr(2, 'ABCDEFGHJKLMNPRSTUVWXYZ', 0)}{c.rng.randint(10000, 99999)}"
    )
    if i % 3 == 2:
        la, lo = c.coarse(2)
        pos = {"lat": la, "lon": lo, "precision": "city"}
    else:
        la, lo = c.latlon()
        pos = {"lat": la, "lon": lo, "hdop": 0.9}
    return {
        "vin": vin,
        "ts": c.ts(),
        "position": pos,
        "odometer_km": c.rng.randint(1000, 99999),
        "battery": {"soc_pct": c.rng.randint(10, 100), "battery_health": c.rng.randint(80, 99)},
        "firmware": c.pick(["4.2.11", "5.0.3"]),
    }


def ci_log(c: Ctx, i: int):
    lines = [
        f"[{c.ts()}] Step 3/9 : RUN npm ci",
        f"[{c.ts()}] added 812 packages in 21s",
        f"[{c.ts()}] Cloning into 'app'... HEAD is now at {c.sha(7)}",
    ]
    if i % 3 == 2:
        lines.append(f"[{c.ts()}] Using AWS_SECRET_ACCESS_KEY={c.masked()}")
        lines.append(f"[{c.ts()}] NPM_TOKEN={c.masked()}")
    else:
        kind = c.pick(["aws", "github", "npm", "gitlab", "slack", "sendgrid", "stripe", "google"])
        lines.append(f"[{c.ts()}] export TOKEN={c.secret(kind)}")
        if i % 2 == 0:
            lines.append(
                f"[{c.ts()}] curl -H 'Authorization: Bearer {c.secret('jwt')}' https://api.internal/health"
            )
    lines.append(f"[{c.ts()}] Job succeeded")
    return {
        "pipeline": c.rng.randint(1000, 99999),
        "job": c.pick(["build", "deploy-staging", "test"]),
        "log": "\n".join(lines),
    }


def app_config(c: Ctx, i: int):
    if i % 2 == 1:
        c.hn("credential", "secretKeyRef")
        return {
            "spec": {
                "containers": [
                    {
                        "name": "api",
                        "image": f"registry.example.com/api:{c.pick(['1.42.0', '2.3.1'])}",
                        "env": [
                            {
                                "name": "DB_PASSWORD",
                                "valueFrom": {
                                    "secretKeyRef": {"name": "api-db", "key": "password"}
                                },
                            },
                            {"name": "LOG_LEVEL", "value": "info"},
                        ],
                    }
                ]
            }
        }
    return {
        "database": {"url": c.conn_string(c.pick(["postgres", "mysql", "mongodb"])), "pool": 10},
        "cache": {"url": c.conn_string("redis")},
        "features": {"new_checkout": True},
        "sentry_dsn": None,
    }


def k8s_secret(c: Ctx, i: int):
    if i % 2 == 1:
        c.hn("credential", "configmap")
        return {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "web-config"},
            "data": {
                "API_BASE": "https://api.internal",
                "TIMEOUT_MS": "3000",
                "password_min_length": "12",
            },
        }
    pw = c.pick(["s3cr3t-Pa55", "Winter!2025", "rabbitmq-Adm1n"])
    val = base64.b64encode(pw.encode()).decode()
    c.v("credential", val, "k8s_secret_b64")
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": "Opaque",
        "metadata": {"name": "api-db", "namespace": "prod"},
        "data": {"username": base64.b64encode(b"app").decode(), "password": val},
    }


def secrets_manager(c: Ctx, i: int):
    inner = (
        {"client_id": c.uuid(), "client_secret": c.secret("client_secret")}
        if i % 2 == 0
        else {"username": "svc_reports", "password": c.secret("password")}
    )
    acct = c.neg(None, str(c.rng.randint(10**11, 10**12 - 1)), "phone", "aws_account_id")
    return {
        "ARN": f"arn:aws:secretsmanager:eu-central-1:{acct}:secret:prod/app-{c.randstr(6)}",
        "Name": "prod/app",
        "SecretString": json.dumps(inner),
        "VersionStages": ["AWSCURRENT"],
        "CreatedDate": c.ts(),
    }


def analytics_events(c: Ctx, i: int):
    evs = []
    for k in range(3):
        evs.append(
            {
                "event": c.pick(["page_view", "add_to_cart", "checkout_started"]),
                "anonymous_id": c.uuid(),
                "context": {
                    "ip": c.ipv4() if k == 0 or i % 2 == 0 else None,
                    "user_agent": c.pick(UA),
                    "locale": c.pick(["de-DE", "fr-FR", "es-ES"]),
                },
                "properties": {
                    "path": c.pick(["/", "/cart", "/p/trail-runner-3"]),
                    "value": c.amount(0, 90),
                },
                "timestamp": c.ts(),
            }
        )
    return {"batch": evs, "sentAt": c.ts(), "writeKey": c.masked()}


def validation_error(c: Ctx, i: int):
    v = i % 7
    errs = []
    if v == 0:
        errs.append(
            {
                "field": "iban",
                "code": "invalid_checksum",
                "rejected_value": c.bad_iban(c.pick(["DE", "FR", "ES"])),
            }
        )
    elif v == 1:
        errs.append({"field": "dni", "code": "invalid_check_letter", "rejected_value": c.bad_dni()})
    elif v == 2:
        errs.append(
            {
                "field": "card_number",
                "code": "luhn_check_failed",
                "rejected_value": c.bad_card_ref("card_luhn_fail"),
            }
        )
    elif v == 3:
        errs.append(
            {
                "field": "email",
                "code": "already_registered",
                "rejected_value": c.email(c.person(c.pick(LANGS))),
            }
        )
    elif v == 4:
        errs.append(
            {"field": "iban", "code": "invalid_checksum", "rejected_value": c.bad_iban("DE")}
        )
        errs.append({"field": "bic", "code": "unknown", "rejected_value": c.bic()})
    elif v == 5:
        errs.append(
            {
                "field": "phone",
                "code": "invalid_format",
                "rejected_value": c.phone(c.pick(["de", "fr"])),
            }
        )
    else:
        errs.append(
            {
                "field": "card_number",
                "code": "card_expired",
                "rejected_value": c.card(fmt="plain"),
                "expiry": f"{c.rng.randint(1, 12):02d}/23",
            }
        )
    return {
        "error": {
            "status": 422,
            "type": "validation_error",
            "request_id": c.hexs(16),
            "errors": errs,
        }
    }


def bulk_contacts(c: Ctx, i: int):
    lang = _lang(c, i)
    out = []
    for _k in range(c.rng.randint(2, 4)):
        p = c.person(lang)
        out.append(
            {
                "op": "upsert",
                "contact": {
                    "name": c.name(p),
                    "email": c.email(p),
                    "tags": [c.pick(["vip", "b2b", "trial"])],
                },
            }
        )
    return out


def plain_log(c: Ctx, i: int):
    v = i % 5
    if v == 0:
        return (
            f'{c.ipv4()} - - [{c.ts()}] "GET /api/v2/orders?page=3 HTTP/1.1" 200 5123 "-" '
            f'"{c.pick(UA)}"'
        )
    if v == 1:
        return (
            f"{c.ts()} WARN password reset link sent to {c.email(c.person(c.pick(LANGS)))} "
            "(template=reset_v4)"
        )
    if v == 2:
        c.hn("ip_address", "version_string")
        c.hn("health", "service_health")
        return f"{c.ts()} INFO healthcheck ok build={c.pick(['5.12.0.3', '4.8.1.2'])} uptime=3d4h"
    if v == 3:
        c.hn("ip_address", "version_string")
        return f"{c.ts()} INFO worker started version=10.4.0.1 queue=orders concurrency=8"
    return (
        f"{c.ts()} ERROR stripe webhook signature mismatch for evt_{c.randstr(14)}, expected "
        f"t=..., v1={c.sha(64)}"
    )


def payroll_fr(c: Ctx, i: int):
    p = c.person("fr")
    c.hn("health", "mutuelle_premium")
    return {
        "bulletin": {
            "période": f"2025-{c.rng.randint(1, 12):02d}",
            "salarié": {"nom": c.name(p), "nir": c.nir(), "adresse": c.address_line("fr")},
            "brut": c.rng.randint(2100, 5200),
            "cotisations": [
                {"libellé": "Complémentaire santé (mutuelle)", "part_salariale": c.amount(20, 60)},
                {"libellé": "Retraite complémentaire", "part_salariale": c.amount(80, 200)},
            ],
            "virement": {"iban": c.iban("FR"), "bic": c.bic()},
        }
    }


def payroll_es(c: Ctx, i: int):
    p = c.person("es")
    doc = {
        "nómina": {
            "periodo": f"2025-{c.rng.randint(1, 12):02d}",
            "trabajador": {
                "nombre": c.name(p),
                "dni": c.dni(nie=i % 3 == 1),
                "categoría": c.pick(["Oficial 1ª", "Administrativa", "Mozo de almacén"]),
            },
            "devengos": {"salario_base": c.rng.randint(1200, 2600)},
            "deducciones": {"irpf": c.amount(100, 400), "seguridad_social": c.amount(60, 160)},
            "cuenta_abono": c.iban("ES"),
        }
    }
    if i % 2 == 0:
        doc["nómina"]["observaciones"] = c.note("trade_union", "es")
    if i % 2 == 0 and "no está afiliado" not in doc["nómina"]["observaciones"]:
        obs = doc["nómina"]["observaciones"]
        union = next(
            (u for u in ["CCOO", "UGT", "CGT", "ELA"] if u in obs), c.pick(["CCOO", "UGT"])
        )
        doc["nómina"]["deducciones"]["cuota_sindical"] = c.v(
            "trade_union",
            {"sindicato": union, "importe": c.amount(8, 20)},
            "cuota_sindical",
            lit="cuota_sindical",
        )
    return doc


def payroll_us(c: Ctx, i: int):
    p = c.person("en")
    rt, acct = c.us_account()
    doc = {
        "paystub": {
            "employee": {
                "name": c.name(p),
                "ssn": c.ssn(dashed=i % 2 == 0),
                "address": c.address_line("us"),
            },
            "pay_date": c.day(2025),
            "gross": c.amount(1500, 6000),
            "deductions": [
                {"code": "FIT", "amount": c.amount(100, 600)},
                {
                    "code": "MED-PRE",
                    "desc": "Medical premium (employer plan)",
                    "amount": c.amount(30, 150),
                },
            ],
            "direct_deposit": {"routing_number": rt, "account_number": acct},
        }
    }
    c.hn("health", "health_plan_premium")
    return doc


def payroll_uk(c: Ctx, i: int):
    p = c.person("en")
    sc, acct = c.uk_account()
    doc = {
        "Payslip": {
            "Employee": c.name(p),
            "NINO": c.nino(),
            "TaxCode": "1257L",
            "Gross": c.amount(1800, 5000),
            "Bank": {"SortCode": sc, "AccountNumber": acct},
            "PayDate": c.day(2025),
        }
    }
    if i % 2 == 1:
        note = c.note("trade_union", "en")
        member = "not in any union" not in note
        doc["Payslip"]["UnionMember"] = c.v(
            "trade_union", member, "union_member_flag", lit="UnionMember"
        )
        doc["Payslip"]["PayrollNote"] = note
    return doc


def loyalty_account(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    return restyle(
        {
            "member_id": c.ref("LY", 6),
            "display_name": c.name(p),
            "email": c.email(p),
            "birthday": c.dob("iso"),
            "tier": c.pick(["silver", "gold"]),
            "points_balance": c.rng.randint(0, 40000),
            "joined_at": c.ts(2023),
        },
        "kebab",
    )


def smart_home(c: Ctx, i: int):
    if i % 2 == 0:
        la, lo = c.latlon()
        home = {"geofence": {"lat": la, "lon": lo, "radius_m": 150}}
    else:
        la, lo = c.coarse(1)
        home = {"region": {"lat": la, "lon": lo}}
    return {
        "household_id": c.uuid(),
        "home": home,
        "devices": [
            {
                "id": c.hexs(12),
                "type": "thermostat",
                "temp_c": round(c.rng.uniform(18, 23), 1),
                "local_ip": c.ipv4(private=True),
                "fw": c.pick(["3.1.4", "3.2.0"]),
            },
            {"id": c.hexs(12), "type": "door_sensor", "state": "closed"},
        ],
    }


def git_webhook(c: Ctx, i: int):
    p = c.person(c.pick(LANGS))
    doc = {
        "ref": "refs/heads/main",
        "before": c.sha(40),
        "after": c.sha(40),
        "pusher": {
            "name": c.pick(["kestrel-bot", "mhofer", "lg-dev"]),
            "email": c.email(p, domain="users.noreply.github.com") if i % 2 else c.email(p),
        },
        "head_commit": {
            "id": c.sha(40),
            "message": c.pick(
                ["fix: checkout rounding", "chore(deps): bump lodash", "feat: add webhook retries"]
            ),
            "author": {"name": c.name(p), "username": c.pick(["mhofer", "lg-dev"])},
            "timestamp": c.ts(),
        },
    }
    hdr = {"X-Hub-Signature-256": "sha256=" + c.sha(64), "X-GitHub-Delivery": c.uuid()}
    if i % 3 == 0:
        hdr["X-Debug-Webhook-Secret"] = c.secret("whsec")
    return {"headers": hdr, "body": json.dumps(doc, ensure_ascii=False)}


def pep_screening(c: Ctx, i: int):
    p = c.person(c.pick(LANGS))
    c.hn("political_opinion", "pep_false")
    c.hn("criminal_record", "sanctions_screening")
    return {
        "screening": {
            "subject": {
                "name": c.name(p),
                "dob": c.dob("iso"),
                "country": c.pick(["DE", "FR", "ES"]),
            },
            "results": {
                "pep": False,
                "sanctions": {"hits": 0, "lists": ["EU", "OFAC SDN", "UN"]},
                "adverse_media": {"hits": 0},
            },
            "checked_at": c.ts(),
        }
    }


def restaurant_reservation(c: Ctx, i: int):
    lang = _lang(c, i)
    p = c.person(lang)
    c.hn("political_opinion", "party_size")
    return {
        "reservation": {
            "venue": c.pick(["Osteria Lume", "Brasserie du Port", "Taberna El Farol"]),
            "party_size": c.rng.randint(2, 8),
            "time": c.ts(2025),
            "guest": {"name": c.name(p), "phone": c.phone(LOC[lang])},
            "occasion": c.pick(["birthday", "business", None]),
        }
    }


def robo_advisor(c: Ctx, i: int):
    p = c.person(c.pick(["de", "fr", "es"]))
    c.hn("political_opinion", "conservative_risk_profile")
    return {
        "account": {
            "holder": c.name(p),
            "email": c.email(p),
            "risk_profile": c.pick(["conservative", "balanced"]),
            "allocation": {"bonds": 0.7, "equities": 0.3},
            "reference_account": c.iban(c.pick(["DE", "FR", "ES"])),
            "statement": c.neg_text("political_opinion", [2])
            if i % 2 == 0
            else "Monthly savings plan active.",
        }
    }


def crm_account_health(c: Ctx, i: int):
    p = c.person(c.pick(["en", "de"]))
    c.hn("health", "customer_health_score")
    c.hn("person_name", "company_name")
    return {
        "account": {
            "name": c.pick(["Kestrel Labs", "Pixelhof GmbH", "Quillmark BV"]),
            "health_score": c.rng.randint(20, 95),
            "health_trend": c.pick(["up", "down", "flat"]),
            "arr": c.rng.randint(12, 400) * 1000,
            "champion": {
                "name": c.name(p),
                "email": c.email(p, domain=c.pick(["kestrel-labs.com", "pixelhof.de"])),
            },
        }
    }


FAMILIES = [
    ("shop_order", shop_order, 7),
    ("marketplace_return", marketplace_return, 3),
    ("product_reviews", product_reviews, 4),
    ("seller_payout", seller_payout, 4),
    ("signup", signup, 6),
    ("auth_audit_log", auth_audit_log, 5),
    ("payment_webhook", payment_webhook, 6),
    ("invoice_jsonapi", invoice_jsonapi, 4),
    ("subscription_event", subscription_event, 3),
    ("crm_lead_form", crm_lead_form, 4),
    ("newsletter_consent", newsletter_consent, 4),
    ("scim_user", scim_user, 4),
    ("salon_booking", salon_booking, 3),
    ("hotel_reservation", hotel_reservation, 6),
    ("car_rental", car_rental, 3),
    ("ride_trip", ride_trip, 5),
    ("bank_transfer", bank_transfer, 6),
    ("insurance_claim", insurance_claim, 3),
    ("rental_application", rental_application, 4),
    ("streaming_account", streaming_account, 3),
    ("social_profile", social_profile, 3),
    ("car_telemetry", car_telemetry, 5),
    ("ci_log", ci_log, 6),
    ("app_config", app_config, 4),
    ("k8s_secret", k8s_secret, 4),
    ("secrets_manager", secrets_manager, 3),
    ("analytics_events", analytics_events, 3),
    ("validation_error", validation_error, 8),
    ("bulk_contacts", bulk_contacts, 4),
    ("plain_log", plain_log, 5),
    ("payroll_fr", payroll_fr, 3),
    ("payroll_es", payroll_es, 4),
    ("payroll_us", payroll_us, 3),
    ("payroll_uk", payroll_uk, 4),
    ("loyalty_account", loyalty_account, 3),
    ("smart_home", smart_home, 4),
    ("git_webhook", git_webhook, 4),
    ("pep_screening", pep_screening, 3),
    ("restaurant_reservation", restaurant_reservation, 3),
    ("robo_advisor", robo_advisor, 3),
    ("crm_account_health", crm_account_health, 3),
]


def checkout_debug_log(c: Ctx, i: int):
    if i % 5 == 4:
        c.hn("payment_card", "tokenized_only")
        body = {
            "payment_method": c.pm_token(),
            "amount": c.rng.randint(500, 9000),
            "currency": "eur",
        }
        return f"{c.ts()} DEBUG checkout.submit body={json.dumps(body)} status=201"
    body = {
        "cardNumber": c.card(),
        "cvc": f"{c.rng.randint(100, 999)}",
        "exp": f"{c.rng.randint(1, 12):02d}/{c.rng.randint(26, 30)}",
        "amount": c.rng.randint(500, 9000),
        "cartId": c.uuid(),
    }
    line = (
        f"{c.ts()} DEBUG checkout.submit body={json.dumps(body)} status=402 "
        "decline_code=insufficient_funds"
    )
    if i % 2 == 0:
        return line
    return {
        "service": "checkout-api",
        "level": "debug",
        "pod": f"checkout-{c.hexs(5)}",
        "message": line,
        "ts": c.ts(),
    }


FAMILIES.append(("checkout_debug_log", checkout_debug_log, 5))
