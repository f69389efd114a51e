"""Fundraising and CRM: donor records, gift webhooks, Gift Aid, legacies, grants, list syncs."""

from __future__ import annotations

from .common import edi, key, letter, para, quoted
from .ctx import Ctx, Json
from .registry import family

TRIBUTE_EN = (
    "lost her fight with ovarian cancer in May",
    "passed away after living with motor neurone disease for three years",
    "died of a heart attack while out walking the dog",
    "lived with dementia for the last six years of his life",
    "took his own life last winter after years of depression",
    "died from complications of sickle cell disease aged 34",
)


@family("npsp_opportunity", 3, "en")
def npsp_opportunity(c: Ctx) -> Json:
    p = c.person()
    a = c.addr(c.pick(("GB", "US")))
    oid, cid = c.sfid("0065"), c.sfid("0035")
    closed = c.date()
    rec: dict[str, Json] = {
        "attributes": {
            "type": "Opportunity",
            "url": f"/services/data/v59.0/sobjects/Opportunity/{oid}",
        },
        "Id": oid,
        "Name": f"{p.full} Donation {closed}",
        "StageName": "Closed Won",
        "Amount": c.amount(),
        "CloseDate": closed,
        "RecordTypeId": c.sfid("0124"),
        "npsp__Primary_Contact__c": cid,
        "npsp__Acknowledgment_Status__c": c.pick(("Acknowledged", "To Be Acknowledged")),
        "CampaignId": c.sfid("7015"),
        "npsp__Primary_Contact__r": {
            "attributes": {
                "type": "Contact",
                "url": f"/services/data/v59.0/sobjects/Contact/{cid}",
            },
            "FirstName": p.first,
            "LastName": p.last,
            "Email": p.email(),
            "MailingStreet": a.line,
            "MailingCity": a.city,
            "MailingPostalCode": a.postcode,
        },
    }
    if c.chance(0.5):
        rec["npsp__Primary_Contact__r"]["MobilePhone"] = c.phone(a.country)
    if c.chance(0.2):
        h = c.person()
        rec["npsp__Tribute_Type__c"] = "Memorial"
        rec["npsp__Honoree_Name__c"] = h.full
        rec["npsp__Notification_Message__c"] = (
            f"In loving memory of {h.first}, who "
            + c.sp("health", c.pick(TRIBUTE_EN), "text:health/en")
            + ". Forever in our hearts."
        )
    else:
        rec["npsp__Tribute_Type__c"] = None
        rec["Description"] = c.say("neg_health")
    return rec


@family("npsp_recurring_donation", 3, "en")
def npsp_recurring_donation(c: Ctx) -> Json:
    p = c.person()
    rd = c.sfid("a095")
    pay: dict[str, Json]
    if c.chance(0.6):
        pay = {
            "npe03__Payment_Method__c": "Direct Debit",
            "Bank_Account_Holder__c": p.full,
            "Bank_Sort_Code__c": c.sort_code(),
            "Bank_Account_Number__c": c.uk_account(),
        }
    else:
        pay = {
            "npe03__Payment_Method__c": "Credit Card",
            "npsp__CardLast4__c": c.last4(plain=True),
            "npsp__CardExpirationMonth__c": f"{c.rint(1, 12):02d}",
            "npsp__CardExpirationYear__c": str(c.rint(2026, 2030)),
        }
    return {
        "totalSize": 1,
        "done": True,
        "records": [
            {
                "attributes": {"type": "npe03__Recurring_Donation__c"},
                "Id": rd,
                "Name": f"{p.full} - Monthly",
                "npe03__Amount__c": c.amount((5, 8, 10, 12, 15, 20)),
                "npe03__Installment_Period__c": "Monthly",
                "npsp__Day_of_Month__c": str(c.pick((1, 15, 28))),
                "npsp__Status__c": c.pick(("Active", "Lapsed", "Paused")),
                "npe03__Contact__r": {"Name": p.full, "Email": p.email()},
                **pay,
                "npsp__StartDate__c": c.date(2021, 2024),
            }
        ],
    }


@family("raisers_edge_constituent", 3, "en")
def raisers_edge_constituent(c: Ctx) -> Json:
    c.region = "us"
    p = c.person()
    a = c.addr("US")
    doc: dict[str, Json] = {
        "id": str(c.num_id(1000, 99999)),
        "type": "Individual",
        "lookup_id": str(c.num_id(10000, 99999)),
        "name": p.full,
        "first": p.first,
        "last": p.last,
        "title": c.pick(("Mr.", "Ms.", "Dr.", "Rev.", "Mrs.")),
        "address": {
            "address_lines": a.line,
            "city": a.city,
            "state": a.state,
            "postal_code": a.postcode,
            "country": "United States",
            "type": "Home",
        },
        "email": {"address": p.email(), "type": "Email", "primary": True},
        "phone": {"number": c.phone("US"), "type": "Home"},
        "birthdate": {"d": 1, "m": 1, "y": 1900},
        "deceased": False,
        "gives_anonymously": c.chance(0.2),
        "inactive": False,
        "date_added": c.ts(2015, 2024, "offset"),
    }
    d = c.dob_date(1935, 1985)
    doc["birthdate"] = {"d": d.day, "m": d.month, "y": d.year}
    c.raw("date_of_birth", f'"birthdate": {{"d": {d.day}, "m": {d.month}, "y": {d.year}}}', "dob")
    attrs: list[Json] = [
        {"category": "Wealth Screening", "value": c.pick(("Tier 2", "Tier 3", "Tier 4"))},
        {"category": "Interest", "value": c.pick(("Clean water", "Girls' education", "Hospice"))},
    ]
    roll = c.rint(0, 6)
    if roll == 0:
        attrs.append(
            {
                "category": "Religious Affiliation",
                "value": c.sp(
                    "religious_belief", c.pick(("Episcopalian", "Methodist", "Reform Judaism"))
                ),
            }
        )
    elif roll == 1:
        attrs.append(
            {
                "category": "Political Giving",
                "value": c.sp("political_opinion", "Major Democratic donor"),
            }
        )
    doc["custom_fields"] = attrs
    return doc


@family("re_gift_batch", 4, "en")
def re_gift_batch(c: Ctx) -> Json:
    gifts: list[Json] = []
    for _ in range(c.rint(2, 4)):
        p = c.person()
        g: dict[str, Json] = {
            "constituent_id": str(c.num_id(1000, 99999)),
            "constituent_name": p.rev,
            "amount": {"value": c.amount()},
            "date": c.ts(2024, 2025, "offset"),
            "type": c.pick(("Donation", "RecurringGiftPayment", "PledgePayment")),
            "gift_splits": [{"fund_id": str(c.rint(10, 99)), "amount": {"value": 0}}],
            "payment_method": c.pick(("CreditCard", "Check", "DirectDebit")),
            "reference": c.pick(("Spring appeal", "Giving Tuesday", "Year end")),
        }
        g["gift_splits"][0]["amount"]["value"] = g["amount"]["value"]
        if g["payment_method"] == "CreditCard":
            g["card_last_four"] = c.last4()
        elif g["payment_method"] == "Check":
            g["check_number"] = str(c.rint(1000, 9999))
        if c.chance(0.3):
            h = c.person()
            g["tribute"] = {"type": "In Honor Of", "name": h.full}
        gifts.append(g)
    return {"batch_id": c.uuid(), "batch_number": c.small_ref("B-", 5), "gifts": gifts}


@family("donorbox_webhook", 3, "en")
def donorbox_webhook(c: Ctx) -> Json:
    c.region = "us"
    p = c.person()
    a = c.addr("US")
    questions: list[Json] = [
        {
            "question": "How did you hear about us?",
            "answer": c.pick(("Instagram", "A friend", "Event")),
        }
    ]
    comment = c.neutral()
    if c.chance(0.15):
        comment = para(c, [c.pick(("health", "religious", "racial"))], 1)
    if c.chance(0.35):
        questions.append(
            {"question": "Would you like us to contact you about volunteering?", "answer": "Yes"}
        )
    amt = c.amount()
    return [
        {
            "id": c.num_id(100000, 999999),
            "campaign": {
                "id": c.num_id(1000, 99999),
                "name": c.pick(("Winter Shelter 2024", "Refugee Welcome Fund", "Insulin For All")),
            },
            "donor": {
                "id": c.num_id(100000, 999999),
                "name": p.full,
                "first_name": p.first,
                "last_name": p.last,
                "email": p.email(),
                "phone": c.phone("US") if c.chance(0.6) else None,
                "address": a.line,
                "city": a.city,
                "state": a.state,
                "zip_code": a.postcode,
                "country": "United States",
                "employer": c.pick(("", "Self-employed", "Kaiser Permanente", "Target")),
            },
            "amount": f"{amt}.0",
            "formatted_amount": f"${amt}",
            "recurring": c.chance(0.3),
            "first_recurring_donation": False,
            "amount_refunded": "0.0",
            "stripe_charge_id": c.token(24, prefix="ch_3"),
            "join_mailing_list": c.chance(0.7),
            "comment": comment,
            "donating_company": None,
            "currency": "USD",
            "donation_date": c.ts(2024, 2025, "ms"),
            "donation_type": "stripe",
            "processing_fee": c.money(0.5, 3.5),
            "questions": questions,
        }
    ]


@family("justgiving_page", 3, "en")
def justgiving_page(c: Ctx) -> Json:
    p = c.person("en")
    why = (
        c.say("health")
        if c.chance(0.5)
        else c.pick(
            (
                "My best mate works for them and I've seen what they do.",
                "I said I'd never run a marathon. Well.",
                "They helped our family when we needed it.",
            )
        )
    )
    story = (
        f"Hi everyone! On {c.pick(('21 April', '6 October', '14 September'))} I'm running the "
        f"{c.pick(('London Marathon', 'Great North Run', 'Cardiff Half'))}. {why} "
        + c.say("neutral")
        + "\n\nEvery penny goes to "
        + c.pick(("Mind", "the MS Society", "Macmillan", "Diabetes UK"))
        + ". "
        + f"Thank you!! {p.first} xx"
    )
    donations: list[Json] = []
    for _ in range(c.rint(1, 3)):
        d = c.person("en")
        donations.append(
            {
                "donorDisplayName": d.full if c.chance(0.7) else "Anonymous",
                "amount": f"{c.amount()}.00",
                "currencyCode": "GBP",
                "message": c.pick(("Go on!!", "So proud of you x", "Smash it", "Good luck mate")),
                "giftAidable": c.chance(0.6),
                "donationDate": c.ts(2024, 2025, "ms"),
            }
        )
    return {
        "pageShortName": c.token(8, "abcdefghijklmnopqrstuvwxyz") + "-run",
        "pageId": c.num_id(100000, 999999),
        "owner": p.full,
        "eventName": "Running for a cause",
        "story": story,
        "targetAmount": c.pick((500, 1000, 2620)),
        "grandTotalRaisedExcludingGiftAid": c.money(200, 2500),
        "donations": donations,
    }


@family("gift_aid_declaration", 3, "en")
def gift_aid_declaration(c: Ctx) -> Json:
    p = c.person("en")
    a = c.addr("GB")
    return {
        "declarationId": c.uuid(),
        "source": c.pick(("web-form", "paper-scan", "telephone")),
        "title": c.pick(("Mr", "Mrs", "Ms", "Miss", "Dr")),
        "firstName": p.first,
        "surname": p.last,
        "houseNameOrNumber": a.number,
        "addressLine1": a.line,
        "town": a.city,
        "postcode": a.postcode,
        "declarationText": (
            "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains "
            "Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my "
            "responsibility to pay any difference."
        ),
        "covers": c.pick(("past4yearsAndFuture", "thisDonationOnly")),
        "declaredAt": c.ts(2023, 2025),
        "hmrcClaimStatus": c.pick(("pending", "claimed", "rejected")),
    }


@family("legacy_notification", 3, "en")
def legacy_notification(c: Ctx) -> Json:
    dec = c.person("en")
    sol = c.person("en")
    a = c.addr("GB")
    cause = ""
    if c.chance(0.2):
        cause = c.sp("health", c.pick(TRIBUTE_EN), "text:health/en")
    notes = f"Executor confirms residuary gift of {c.pick(('10%', '25%', 'one third'))}. "
    if cause:
        notes += f"Family say she {cause}. "
    notes += c.say("note")
    return {
        "case_ref": c.small_ref("LEG-", 5),
        "deceased": {
            "name": dec.full,
            "date_of_birth": c.dob("long", 1925, 1955),
            "date_of_death": c.date(2024, 2025),
            "last_address": a.oneline,
        },
        "executor": {
            "firm": c.pick(("Harrison Clark Solicitors LLP", "Birchall Blackburn Law")),
            "contact": sol.full,
            "phone": c.phone("GB"),
        },
        "gift_type": c.pick(("residuary", "pecuniary")),
        "estimated_value_gbp": c.rint(5000, 240000),
        "notes": notes,
    }


@family("grant_application", 4, "en")
def grant_application(c: Ctx) -> Json:
    lead = c.person("en")
    org = c.pick(
        (
            "Leeds Refugee Women's Network",
            "Moss Side Muslim Youth Forum",
            "Cardiff Deaf Community Trust",
            "St Columba's Community Kitchen",
        )
    )
    doc: dict[str, Json] = {
        "submissionId": c.num_id(),
        "form": "Community Resilience Fund - Round 3",
        "status": c.pick(("submitted", "in_review", "awarded")),
        "organisation": {"name": org, "charityNumber": None, "incomeBand": "£10k-£100k"},
        "leadContact": {
            "name": lead.full,
            "role": "Coordinator",
            "email": lead.email(),
            "phone": c.phone("GB"),
        },
        "answers": {
            "projectSummary": c.say("neg_racial") + " " + c.say("neutral"),
            "amountRequested": c.pick((4500, 9800, 15000)),
        },
    }
    if c.chance(0.5):
        doc["payout"] = {
            "accountName": org,
            "sortCode": c.sort_code(),
            "accountNumber": c.uk_account(),
        }
    if c.chance(0.25):
        doc["equalityMonitoring"] = {"respondent": "lead contact", **edi(c, "camel")}
    return doc


@family("supporter_journey_event", 3, "en")
def supporter_journey_event(c: Ctx) -> Json:
    city = c.pick(("London", "Leeds", "Manchester"))
    if c.chance(0.5):
        lat, lon = c.latlon(city, 4)
    else:
        lat, lon = c.coarse(city, 1)
    geo: dict[str, Json] = {"city": city, "country": "GB", "latitude": lat, "longitude": lon}
    p = c.person("en")
    ev = c.pick(("email_open", "petition_signed", "donation_completed", "journey_step_entered"))
    return {
        "event": ev,
        "occurredAt": c.ts(2024, 2025, "ms"),
        "supporter": {"supporterId": c.num_id(), "email": p.email(), "firstName": p.first},
        "journey": {
            "id": c.uuid(),
            "name": c.pick(("Welcome series", "Lapsed donor win-back", "Legacy nurture")),
            "step": c.rint(1, 6),
        },
        "context": {
            "ip": c.ip(),
            "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
            "utm_source": c.pick(("facebook", "email", "google")),
            "geo": geo,
        },
    }


@family("mailchimp_member", 3, "en")
def mailchimp_member(c: Ctx) -> Json:
    p = c.person("en")
    city = c.pick(("London", "Manchester", "Leeds", "Bristol"))
    tags = [
        {"id": c.num_id(10000, 99999), "name": t}
        for t in c.sample(
            ("Newsletter", "Events", "Volunteer", "Campaigns", "Giving Tuesday 2024"), 2
        )
    ]
    doc: dict[str, Json] = {
        "id": c.hexs(32),
        "email_address": p.email(),
        "unique_email_id": c.hexs(10),
        "status": c.pick(("subscribed", "unsubscribed", "cleaned")),
        "merge_fields": {
            "FNAME": p.first,
            "LNAME": p.last,
            "PHONE": c.phone("GB") if c.chance(0.5) else "",
        },
        "interests": {c.hexs(10): c.chance(0.5) for _ in range(3)},
        "ip_signup": c.ip() if c.chance(0.7) else "",
        "timestamp_signup": c.ts(2022, 2024),
        "language": "en",
        "tags": tags,
        "list_id": c.hexs(10),
    }
    if c.chance(0.75):
        lat, lon = c.latlon(city, 4)
        doc["location"] = {
            "latitude": lat,
            "longitude": lon,
            "gmtoff": 0,
            "dstoff": 1,
            "country_code": "GB",
            "timezone": "Europe/London",
        }
    else:
        lat, lon = c.coarse(city, 1)
        doc["location"] = {"latitude": lat, "longitude": lon, "country_code": "GB"}
    if c.chance(0.1):
        doc["tags"].append(
            {
                "id": c.num_id(10000, 99999),
                "name": c.sp(
                    "religious_belief", c.pick(("Zakat donor 2024", "Church partner - parishioner"))
                ),
            }
        )
    return doc


@family("charity_form_debug_log", 3, "en")
def charity_form_debug_log(c: Ctx) -> Json:
    p = c.person("en")
    ts = c.tseq(4, "space")
    exp = f"{c.rint(1, 12):02d}/{c.rint(26, 30)}"
    lines = [
        f"{ts[0]} DEBUG donate-form POST /donate/confirm from {c.ip()}",
        f"{ts[1]} DEBUG payload name={p.full} email={p.email()}",
    ]
    if c.chance(0.8):
        lines.append(f"{ts[2]} DEBUG payload card_number={c.card()} cvc=*** exp={exp}")
    else:
        pm = "pm_" + c.token(24)
        lines.append(f"{ts[2]} DEBUG payload payment_method={pm} last4={c.last4()}")
    err = c.pick(("card_declined", "authentication_required", "processing_error"))
    lines.append(f"{ts[3]} WARN  stripe: {err} ref {c.card_decoy()}")
    return "\n".join(lines)


@family("paypal_ipn", 3, "en")
def paypal_ipn(c: Ctx) -> Json:
    p = c.person("en")
    while "'" in p.l:
        p = c.person("en")
    a = c.addr("GB")

    def plus(x: str) -> str:
        return x.replace(" ", "+")

    parts = [
        "mc_gross=" + f"{c.amount()}.00",
        "protection_eligibility=Eligible",
        "address_status=confirmed",
        "payer_id=" + c.token(13, "ABCDEFGHJKLMNPQRSTUVWXYZ"),
        "address_street=" + c.morph(a.line, plus),
        "payment_date=" + c.ts(2024, 2025).replace(":", "%3A"),
        "payment_status=Completed",
        "first_name=" + p.first,
        "last_name=" + p.last,
        "payer_email=" + c.morph(p.email(), lambda e: e.replace("@", "%40")),
        "txn_type=web_accept",
        "item_name=Donation+-+" + c.pick(("Emergency+Appeal", "Where+most+needed")),
        "mc_currency=GBP",
        "verify_sign=" + c.token(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-."),
    ]
    c.note("urlencoded")
    return "&".join(parts)


@family("bacs_ddi", 3, "en")
def bacs_ddi(c: Ctx) -> Json:
    p = c.person("en")
    a = c.addr("GB")
    return {
        "Mandate": {
            "Reference": c.small_ref("FOE", 6),
            "ServiceUserNumber": str(c.rint(100000, 999999)),
            "AccountHolderName": c.morph(p.full, str.upper),
            "SortCode": c.morph(c.sort_code(), lambda x: x.replace("-", "")),
            "AccountNumber": c.uk_account(),
            "Status": c.pick(("Live", "New", "Cancelled")),
            "AUDDIS": c.pick(("0N", "0C", "01")),
        },
        "Payer": {
            "Email": p.email(),
            "AddressLine1": a.line,
            "PostTown": a.city,
            "Postcode": a.postcode,
        },
        "Schedule": {
            "Amount": c.amount((3, 5, 8, 10)),
            "Frequency": "Monthly",
            "StartDate": c.date(2024, 2025),
        },
    }


@family("sepa_spende", 3, "de")
def sepa_spende(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "spendenId": c.small_ref("SP-", 6),
        "spender": {
            "anrede": c.pick(("Frau", "Herr", "")),
            "vorname": p.first,
            "nachname": p.last,
            "strasse": a.line,
            "plz": a.postcode,
            "ort": a.city,
            "email": p.email(),
        },
        "zahlung": {
            "art": "SEPA-Lastschrift",
            "iban": c.iban("DE"),
            "bic": c.pick(("COBADEFFXXX", "GENODEM1GLS", "BFSWDE33XXX")),
            "mandatsreferenz": c.small_ref("MR", 6),
            "betrag": c.amount(),
            "intervall": c.pick(("einmalig", "monatlich", "jährlich")),
        },
        "zuwendungsbestaetigung": c.chance(0.7),
        "kommentar": c.say("health") if c.chance(0.15) else c.neutral(),
        "erstelltAm": c.ts(2024, 2025, "offset"),
    }


@family("recu_fiscal", 3, "fr")
def recu_fiscal(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "numero_ordre": f"{c.rint(2024, 2025)}-{c.rint(1000, 99999)}",
        "organisme": {
            "nom": c.pick(("Secours Solidaire 93", "Les Amis de la Halte de Nuit")),
            "objet": "Aide aux personnes sans domicile",
            "article": "200 et 238 bis du CGI",
        },
        "donateur": {
            "nom": c.morph(p.last, str.upper),
            "prénom": p.first,
            "adresse": a.line,
            "code_postal": a.postcode,
            "ville": a.city,
        },
        "montant_en_euros": c.amount(),
        "mode_de_versement": c.pick(("Chèque", "Virement", "Prélèvement", "Carte bancaire")),
        "date_du_don": c.date(2024, 2024),
        "prelevement": {"iban": c.iban("FR")} if c.chance(0.5) else None,
    }


@family("certificado_donativos", 4, "es")
def certificado_donativos(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "entidad": {
            "denominacion": c.pick(("Fundación Amigos del Sáhara", "Asociación Parkinson Sevilla")),
            "nif": c.decoy("nif_entidad", "G" + str(c.rint(10000000, 99999999))),
        },
        "donante": {
            "nombre_apellidos": p.full,
            "nif": c.dni() if c.chance(0.8) else c.nie(),
            "domicilio": a.oneline,
        },
        "importe": f"{c.amount()},00 €",
        "ejercicio": 2024,
        "modelo_182": {"clave": "A", "recurrencia": c.chance(0.5)},
        "fecha_emision": c.date(2025, 2025),
    }


@family("alta_socio_ong", 3, "es")
def alta_socio_ong(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    doc: dict[str, Json] = {
        "Nombre": p.first,
        "Apellidos": p.last,
        "DNI/NIE": c.dni(),
        "FechaNacimiento": c.dob(),
        "Dirección": a.line,
        "CP": a.postcode,
        "Población": a.city,
        "Teléfono": c.phone(),
        "Email": p.email(),
        "CuotaMensual": c.pick((6, 10, 15, 20)),
        "IBAN": c.iban("ES", spaced=True),
        "Consentimiento_RGPD": True,
        "Origen": c.pick(("captador calle", "web", "teléfono")),
    }
    if c.chance(0.4):
        doc["Observaciones"] = c.say(c.pick(("health", "neutral", "neutral", "neg_religious")))
    return doc


@family("helloasso_order", 3, "fr")
def helloasso_order(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    fields: list[Json] = [
        {
            "name": "Comment avez-vous connu l'asso ?",
            "answer": c.pick(("Bouche à oreille", "Instagram")),
        }
    ]
    if c.chance(0.15):
        fields.append({"name": "Informations utiles (santé, allergies)", "answer": c.say("health")})
    else:
        fields.append({"name": "Informations utiles (santé, allergies)", "answer": ""})
    return {
        "eventType": "Order",
        "data": {
            "payer": {
                "email": p.email(),
                "address": a.line,
                "city": a.city,
                "zipCode": a.postcode,
                "country": "FRA",
                "dateOfBirth": c.dob("iso") + "T00:00:00+01:00",
                "firstName": p.first,
                "lastName": p.last,
            },
            "items": [
                {
                    "name": c.pick(("Adhésion 2025", "Don libre", "Inscription atelier")),
                    "amount": c.amount() * 100,
                    "type": c.pick(("Membership", "Donation", "Registration")),
                    "customFields": fields,
                }
            ],
            "date": c.ts(2024, 2025, "offset"),
            "formSlug": c.pick(("adhesion-2025", "soutien-maraude")),
            "organizationSlug": c.pick(("les-amis-de-la-maraude", "collectif-solidaire-lyon")),
            "id": c.num_id(),
        },
    }


@family("betterplace_spende", 3, "de")
def betterplace_spende(c: Ctx) -> Json:
    p = c.person()
    msg = c.neutral()
    if c.chance(0.15):
        msg = c.say(c.pick(("health", "religious", "political"))) + " " + c.say("neutral")
    return {
        "id": c.num_id(),
        "created_at": c.ts(2024, 2025, "offset"),
        "amount_in_cents": c.amount() * 100,
        "author": {"name": p.full if c.chance(0.7) else "anonym", "picture": None},
        "message": msg,
        "project": {
            "id": c.num_id(1000, 99999),
            "title": c.pick(("Wärmebus Berlin", "Medizinische Hilfe für Geflüchtete")),
        },
    }


@family("peer_to_peer_team", 3, "en")
def peer_to_peer_team(c: Ctx) -> Json:
    members: list[Json] = []
    for _ in range(c.rint(2, 4)):
        m = c.person("en")
        members.append(
            {
                "displayName": m.full,
                "raised": c.money(20, 900),
                "isCaptain": False,
                **({"email": m.email()} if c.chance(0.5) else {}),
            }
        )
    members[0]["isCaptain"] = True
    return {
        "team": {
            "slug": c.token(6, "abcdefghijklmnopqrstuvwxyz") + "-walkers",
            "event": "Memory Walk 2024",
            "goal": 2000,
        },
        "members": members,
        "story": c.pick(("We walk for Nan.", "Walking for everyone affected.", "Go team!")),
        key("snake", "updated", "at"): c.ts(2024, 2025),
    }


@family("donor_reply_thread", 3, "en")
def donor_reply_thread(c: Ctx) -> Json:
    p = c.person("en")
    orig = (
        "Thank you for your generous gift to our winter appeal. "
        "Would you like to tell us why you give?"
    )
    cat = c.pick(("health", "religious", "political", "racial", "neutral", "neutral", "neutral"))
    reply = letter(c, [para(c, [cat], 1)], p)
    return {
        "ticket": c.small_ref("ZD-", 6),
        "channel": "email",
        "requester": {"name": p.full, "email": p.email()},
        "subject": "Re: Thank you from all of us",
        "body": reply + "\n\n" + quoted(c, "Supporter Care Team", orig),
    }
