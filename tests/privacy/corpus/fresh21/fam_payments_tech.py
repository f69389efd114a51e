"""Payments, integrations and infrastructure around charity systems: card data in the wrong
place, leaked and masked credentials, access logs, travel documents and route data."""

from __future__ import annotations

from .common import letter
from .ctx import Ctx, Json
from .registry import family


@family("phone_donation_transcript", 3, "en")
def phone_donation_transcript(c: Ctx) -> Json:
    p = c.person("en")
    a = c.addr("GB")
    card = c.card(style="space")
    turns = [
        ("agent", "Thanks for calling the emergency appeal line, can I take your name?"),
        ("caller", f"Yes it's {p.full}."),
        ("agent", "And the first line of your address and postcode?"),
        ("caller", f"{a.line}, {a.postcode}."),
        ("agent", "Lovely. What's the long number on the card?"),
        ("caller", f"It's {card}, expiry {c.rint(1, 12):02d}/{c.rint(26, 30)}."),
        ("agent", "And would you like to add Gift Aid?"),
        ("caller", c.pick(("Yes please.", "No, I'm not a taxpayer.", "Go on then."))),
    ]
    return {
        "callId": c.uuid(),
        "queue": "appeal-inbound",
        "pciPause": {"expected": True, "triggered": False},
        "transcript": [{"speaker": s, "text": t} for s, t in turns],
        "qa": {"flag": "PAN spoken while recording", "severity": "high"},
    }


@family("raffle_ticket_order", 4, "en")
def raffle_ticket_order(c: Ctx) -> Json:
    p = c.person("en")
    note = c.pick(("please use this card: ", "card no ", "charge it to "))
    return {
        "order": c.small_ref("RF", 6),
        "draw": "Spring Raffle 2025",
        "tickets": c.rint(1, 20),
        "buyer": {"name": p.full, "email": p.email(), "phone": c.phone("GB")},
        "paymentStatus": "failed",
        "customerNote": note + c.card() + " thanks",
        "ticketNumbers": [c.small_ref("", 5) for _ in range(2)],
    }


@family("chargeback_dispute", 5, "en")
def chargeback_dispute(c: Ctx) -> Json:
    p = c.person("en")
    return {
        "id": c.token(24, prefix="du_"),
        "object": "dispute",
        "amount": c.amount() * 100,
        "currency": "gbp",
        "reason": c.pick(("fraudulent", "subscription_canceled", "unrecognized")),
        "evidence": {
            "customer_name": p.full,
            "customer_email_address": p.email(),
            "customer_purchase_ip": c.ip(),
            "uncategorized_text": (
                f"Donor called and read out card {c.card(style='plain')} to "
                f"confirm the regular gift was set up by her."
            ),
            "billing_address": c.addr("GB").oneline,
        },
        "network_reason_code": c.pick(("10.4", "13.2")),
        "payment_intent": c.token(24, prefix="pi_3"),
        "reference": c.card_decoy(),
    }


@family("kartenzahlung_log", 5, "de")
def kartenzahlung_log(c: Ctx) -> Json:
    p = c.person()
    ts = c.tseq(3, "space")
    exp = f"{c.rint(1, 12):02d}/{c.rint(26, 30)}"
    lines = [
        f"{ts[0]} INFO  spendenformular: neue Spende von {p.full} <{p.email()}>",
        f"{ts[1]} DEBUG zahlart=kreditkarte kartennummer={c.card()} pruefziffer=*** bis={exp}",
        f"{ts[2]} WARN  psp: 3DS fehlgeschlagen, referenz={c.card_decoy()}",
    ]
    return "\n".join(lines)


@family("don_telephone_note", 5, "fr")
def don_telephone_note(c: Ctx) -> Json:
    p = c.person()
    return {
        "appel": c.uuid(),
        "operateur": c.pick(("poste-12", "poste-4")),
        "donateur": {"nom": p.full, "tel": c.phone()},
        "note": (
            f"Don de {c.amount()} EUR, carte {c.card(style='space')}, exp "
            f"{c.rint(1, 12):02d}/{c.rint(26, 30)}. Souhaite un reçu par "
            f"courrier."
        ),
        "statut": c.pick(("à saisir", "saisi")),
    }


@family("tpv_donacion_log", 5, "es")
def tpv_donacion_log(c: Ctx) -> Json:
    p = c.person()
    return {
        "pedido": c.small_ref("", 6),
        "importe": c.amount() * 100,
        "titular": p.full,
        "pan": c.card(style="plain"),
        "caducidad": f"{c.rint(26, 30)}{c.rint(1, 12):02d}",
        "respuesta": c.pick(("0000", "0190", "9915")),
        "terminal": "001",
        "ip_cliente": c.ip(),
    }


@family("webhook_delivery_log", 3, "en")
def webhook_delivery_log(c: Ctx) -> Json:
    auth = c.secret(c.pick(("basic", "jwt")))
    hdr = auth if auth.startswith("Basic ") else "Bearer " + auth
    return {
        "delivery": c.uuid(),
        "endpoint": "https://crm.example-charity.org/hooks/donation",
        "request": {
            "headers": {
                "Authorization": hdr,
                "User-Agent": "Donorbox-Webhook/1.0",
                "X-Forwarded-For": c.ip(),
            },
            "bodyBytes": c.rint(400, 3000),
        },
        "response": {"status": c.pick((200, 401, 500)), "ms": c.rint(30, 900)},
        "attempt": c.rint(1, 3),
    }


@family("zapier_export", 3, "en")
def zapier_export(c: Ctx) -> Json:
    return {
        "zap": {"title": "New JustGiving donation -> Mailchimp + Slack", "status": "on"},
        "steps": [
            {"app": "JustGiving", "event": "new_donation", "auth": {"appId": c.hexs(8)}},
            {
                "app": "Mailchimp",
                "action": "add_subscriber",
                "auth": {"api_key": c.secret("mailchimp")},
            },
            {
                "app": "Slack",
                "action": "post_message",
                "auth": {"token": c.secret(c.pick(("slack", "github")))},
            },
        ],
        "exportedAt": c.ts(2025, 2025),
    }


@family("civicrm_settings", 3, "de")
def civicrm_settings(c: Ctx) -> Json:
    return {
        "CIVICRM_SITE_KEY": c.secret("oauth"),
        "CIVICRM_DSN": c.secret("conn"),
        "mailing_backend": {
            "outBound_option": 0,
            "smtpServer": "smtp.example-verein.de",
            "smtpPort": 587,
            "smtpUsername": "newsletter",
            "smtpPassword": c.secret("password"),
        },
        "hinweis": "Bitte nicht ins Repo committen!",
        "version": "5.78.2",
    }


@family("config_smtp", 3, "fr")
def config_smtp(c: Ctx) -> Json:
    return {
        "messagerie": {
            "hote": "smtp.example-asso.fr",
            "port": 465,
            "utilisateur": "adhesions",
            "mot_de_passe": c.secret("password"),
        },
        "helloasso": {"client_id": c.hexs(32), "client_secret": c.secret("oauth")},
        "commentaire": "config prod - ne pas partager",
    }


@family("env_file", 5, "es")
def env_file(c: Ctx) -> Json:
    lines = [
        "# .env produccion - plataforma de socios",
        f"DATABASE_URL={c.secret('conn')}",
        f"STRIPE_SECRET_KEY={c.secret('stripe')}",
        f"SENDGRID_API_KEY={c.secret('sendgrid')}",
        f"SENTRY_DSN_PUBLIC_KEY={c.hexs(32)}",
        "APP_ENV=production",
    ]
    return "\n".join(lines)


@family("volunteer_password_ticket", 3, "en")
def volunteer_password_ticket(c: Ctx) -> Json:
    p = c.person("en")
    body = letter(
        c,
        [
            (
                f"I can't log into the rota app. My username is my email and "
                f"the password is {c.secret('password')} - can you check it?"
            ),
            c.say("neutral"),
        ],
        p,
    )
    return {
        "ticket": c.small_ref("HD-", 5),
        "from": p.email(),
        "subject": "cant log in!!",
        "body": body,
        "priority": "normal",
    }


@family("overseas_trip_booking", 3, "en")
def overseas_trip_booking(c: Ctx) -> Json:
    rows = []
    for _ in range(c.rint(2, 3)):
        p = c.person("en")
        rows.append(
            {
                "traveller": p.full,
                "dateOfBirth": c.dob("iso", 1960, 2004),
                "passportNumber": c.passport("GB"),
                "passportExpiry": c.date(2026, 2034),
                "bookingRef": c.passport_like(),
            }
        )
    return {
        "trip": "Build week - partner school, Kampala",
        "flights": "LHR-EBB",
        "travellers": rows,
    }


@family("conference_visa_letter", 3, "en")
def conference_visa_letter(c: Ctx) -> Json:
    p = c.person("en")
    pp = c.passport(c.pick(("SY", "AF", "UA", "XX")))
    text = (
        f"To the Visa Section,\n\nThis letter confirms that {p.full} "
        f"(passport no. {pp}, date of birth "
        f"{c.dob('long', 1970, 2000)}) is invited to speak at our Community Organising Summit in "
        "Manchester. We will cover accommodation and meals.\n\nYours faithfully,\nEvents Team"
    )
    return {"template": "visa-invitation", "rendered": text, "issued": c.date(2025, 2025)}


@family("begegnungsreise_passliste", 3, "de")
def begegnungsreise_passliste(c: Ctx) -> Json:
    rows = []
    for _ in range(c.rint(2, 3)):
        p = c.person()
        rows.append(
            {
                "name": p.rev,
                "geburtsdatum": c.dob(),
                "reisepass": c.passport("DE"),
                "gültig_bis": c.date(2026, 2033),
            }
        )
    return {"reise": "Jugendbegegnung Partnerstadt Krakau", "teilnehmende": rows}


@family("voyage_solidaire", 3, "fr")
def voyage_solidaire(c: Ctx) -> Json:
    rows = []
    for _ in range(c.rint(2, 3)):
        p = c.person()
        rows.append(
            {
                "nom": p.full,
                "date_de_naissance": c.dob(),
                "passeport": c.passport("FR"),
                "expiration": c.date(2026, 2034),
            }
        )
    return {"voyage": "Chantier solidaire Dakar", "participants": rows}


@family("viaje_voluntariado", 5, "es")
def viaje_voluntariado(c: Ctx) -> Json:
    p = c.person()
    return {
        "programa": "Voluntariado internacional Perú",
        "participante": {
            "nombre": p.full,
            "dni": c.dni(),
            "pasaporte": c.passport("ES"),
            "fecha_nacimiento": c.dob(),
        },
        "seguro": c.small_ref("POL-", 6),
    }


@family("right_to_work_check", 3, "en")
def right_to_work_check(c: Ctx) -> Json:
    p = c.person("en")
    doc: dict[str, Json] = {
        "checkId": c.uuid(),
        "candidate": {"name": p.full, "dob": c.dob("fr", 1970, 2004)},
        "document": {
            "type": "passport",
            "number": c.passport(c.pick(("GB", "XX"))),
            "expiry": c.date(2026, 2034),
        },
        "outcome": "Right to work confirmed",
        "note": c.say("neg_criminal"),
    }
    return doc


@family("waf_block_log", 3, "en")
def waf_block_log(c: Ctx) -> Json:
    ts = c.tseq(4, "ms")
    rows = [
        {
            "ts": ts[i],
            "clientIp": c.ip(c.pick(("public", "v6"))),
            "rule": c.pick(("SQLi-942100", "RateLimit-donate", "Bot-score<10")),
            "path": "/donate",
            "action": "BLOCK",
        }
        for i in range(c.rint(2, 4))
    ]
    return rows


@family("pride_route_geojson", 4, "en")
def pride_route_geojson(c: Ctx) -> Json:
    city = c.pick(("London", "Manchester", "Birmingham"))
    coords = []
    for _ in range(c.rint(3, 4)):
        lat, lon = c.latlon(city, c.pick((5, 6)))
        coords.append([lon, lat])
    return {
        "type": "Feature",
        "properties": {"name": "Pride parade route", "stewards": 40},
        "geometry": {"type": "LineString", "coordinates": coords},
    }


@family("delivery_route_plan", 5, "en")
def delivery_route_plan(c: Ctx) -> Json:
    city = c.pick(("Leeds", "Bristol", "Glasgow"))
    stops = []
    for i in range(c.rint(2, 3)):
        a = c.addr("GB")
        lat, lon = c.latlon(city)
        stops.append(
            {
                "seq": i + 1,
                "recipient": c.person("en").first,
                "address": a.line,
                "lat": lat,
                "lng": lon,
                "parcels": c.rint(1, 3),
            }
        )
    return {
        "route": c.small_ref("R", 4),
        "driver": "volunteer-driver-" + str(c.rint(1, 40)),
        "stops": stops,
    }
