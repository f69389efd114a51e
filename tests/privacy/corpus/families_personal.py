"""Payload families that carry personal data (some also carry hard negatives)."""

from __future__ import annotations

import base64
import string
from typing import Any

from .ctx import FREE_TEXT_SPECIAL, PII_TEXT, Ctx, lang_of
from .pools import (
    COMPANIES,
    CONDITIONS,
    ETHNICITY,
    GENES,
    ICD10,
    MEDICATIONS,
    OFFENSES,
    ORIENTATION,
    PARTIES,
    RELIGIONS,
    RSIDS,
    UNIONS,
)

UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
      "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "charter-client/2.3.1 python-httpx/0.27.0",
      "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0")
LOCALE_TAG = {"en_us": "en-US", "en_gb": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}
LANG_LOCALE = {"en": "en_gb", "de": "de", "fr": "fr", "es": "es"}
SPECIAL_TEXT_KINDS = tuple(dict.fromkeys(FREE_TEXT_SPECIAL))
ALNUM_PLUS = string.ascii_letters + string.digits + "+/"
HEX_UPPER = "0123456789ABCDEF"
JURISDICTION = {"en": "County Court", "de": "Amtsgericht", "fr": "Tribunal correctionnel",
                "es": "Juzgado de lo Penal"}


def locale_for(c: Ctx, lang: str) -> str:
    if lang == "en":
        return str(c.pick(["en_us", "en_gb"]))
    return lang


def text_lang(c: Ctx) -> str:
    return str(c.pick(["en", "en", "de", "fr", "es"]))


def eth_lang(locale: str) -> str:
    return lang_of(locale)


# --- special-category structured values -------------------------------------------------


def ethnicity_field(c: Ctx, lang: str) -> tuple[str, str]:
    c.mark("racial_ethnic_origin")
    return c.key("ethnicity"), str(c.pick(ETHNICITY[lang]))


def religion_field(c: Ctx, lang: str) -> tuple[str, str]:
    c.mark("religious_belief")
    return c.key("religion"), str(c.pick(RELIGIONS[lang]))


def party_field(c: Ctx, lang: str) -> tuple[str, str]:
    c.mark("political_opinion")
    return c.key("political"), str(c.pick(PARTIES[lang])).removeprefix("el ").removeprefix(
        "le ").removeprefix("la ").removeprefix("die ")


def union_field(c: Ctx, lang: str) -> tuple[str, Any]:
    c.mark("trade_union")
    if c.chance(0.25):
        return c.k(c.pick(["union_member", "is_union_member"])), c.chance(0.75)
    name = str(c.pick(UNIONS[lang]))
    for article in ("la ", "l'"):
        name = name.removeprefix(article)
    return c.key("union"), name


def orientation_field(c: Ctx, lang: str) -> tuple[str, str]:
    c.mark("sex_life_orientation")
    return c.key("orientation"), str(c.pick(ORIENTATION[lang]))


def diagnosis_value(c: Ctx, lang: str) -> Any:
    c.mark("health")
    if lang == "en" and c.chance(0.6):
        code, text = c.pick(ICD10[c.split])
        return {c.k("code"): code, c.k("description"): text} if c.chance(0.6) else text
    return str(c.pick(CONDITIONS[lang]))


def medication_value(c: Ctx) -> str:
    c.mark("health")
    return str(c.pick(MEDICATIONS))


def criminal_entry(c: Ctx, lang: str) -> dict[str, Any]:
    c.mark("criminal_record")
    return {c.k("offense"): str(c.pick(OFFENSES[lang])),
            c.k("date"): c.day()[:4] + "-" + f"{c.r.randint(1, 12):02d}",
            c.k("disposition"): c.pick(["convicted", "guilty plea", "fine", "suspended sentence"]),
            c.k("jurisdiction"): JURISDICTION[lang]}


def special_texts(c: Ctx, p_one: float = 0.6, p_two: float = 0.1) -> list[str]:
    roll = c.r.random()
    if roll < p_one:
        return [str(c.pick(FREE_TEXT_SPECIAL))]
    if roll < p_one + p_two:
        return list(c.r.sample(SPECIAL_TEXT_KINDS, 2))
    return []


# --- sign-ups and profiles -------------------------------------------------------------


def signup(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {}
    if c.chance(0.5):
        doc.update(c.name_fields(p))
    elif c.chance(0.6):
        doc[c.key("name")] = c.name(p)
    doc[c.key("email")] = c.email(p)
    if c.chance(0.85):
        secret = c.password()
        doc[c.key("password")] = secret
        if c.chance(0.4):
            doc[c.k("password_confirmation")] = secret
        c.tag("password")
    else:
        doc[c.k("provider")] = c.pick(["google", "apple", "github"])
        doc[c.k("id_token")] = c.jwt()
        c.tag("jwt")
    if c.chance(0.45):
        doc[c.key("phone")] = c.phone(p.locale)
    if c.chance(0.35):
        doc[c.key("dob")] = c.dob(p)
    if c.chance(0.25):
        doc[c.key("address")] = c.address(p.locale)
    doc[c.k("marketing_opt_in")] = c.chance(0.4)
    doc[c.k("plan")] = c.pick(["free", "pro", "team", "enterprise-trial"])
    doc[c.k("locale")] = LOCALE_TAG[p.locale]
    if c.chance(0.4):
        doc[c.k("referral_code")] = "REF-" + c.token(6, string.ascii_uppercase + string.digits)
    if c.chance(0.45):
        device: dict[str, Any] = {c.k("user_agent"): c.pick(UA)}
        if c.chance(0.6):
            device[c.key("ip")] = c.ip()
        doc[c.k("device")] = device
    doc.update(c.meta())
    return c.envelope(doc)


PROFILE_KEYS = {
    # field: (dev spelling, holdout spelling)
    "de": {"first": ("vorname", "vorname"), "last": ("nachname", "familienname"),
           "dob": ("geburtsdatum", "geburtstag"), "phone": ("telefon", "handynummer"),
           "email": ("email", "e_mail_adresse"), "address": ("anschrift", "wohnadresse"),
           "prefs": ("einstellungen", "präferenzen"), "salutation": ("anrede", "anrede")},
    "fr": {"first": ("prenom", "prénom"), "last": ("nom", "nom_de_famille"),
           "dob": ("date_de_naissance", "né_le"), "phone": ("telephone", "téléphone_portable"),
           "email": ("courriel", "adresse_électronique"), "address": ("adresse", "domicile"),
           "prefs": ("preferences", "préférences"), "salutation": ("civilite", "civilité")},
    "es": {"first": ("nombre", "nombre"), "last": ("apellidos", "apellidos"),
           "dob": ("fecha_nacimiento", "fecha_de_nacimiento"), "phone": ("telefono", "móvil"),
           "email": ("correo", "correo_electrónico"), "address": ("domicilio", "dirección_postal"),
           "prefs": ("preferencias", "preferencias"), "salutation": ("tratamiento", "tratamiento")},
    "en": {"first": ("first_name", "given_name"), "last": ("last_name", "family_name"),
           "dob": ("date_of_birth", "birthdate"), "phone": ("phone", "mobile_number"),
           "email": ("email", "email_address"), "address": ("address", "home_address"),
           "prefs": ("preferences", "settings"), "salutation": ("title", "honorific")},
}
SALUTATIONS = {"de": ["Frau", "Herr"], "fr": ["Mme", "M."], "es": ["Sra.", "Sr."],
               "en": ["Ms", "Mr", "Mx"]}


def profile_update(c: Ctx) -> Any:
    locale = c.locale()
    lang = lang_of(locale)
    p = c.person(locale)
    idx = 0 if c.split == "dev" else 1

    def key(field: str) -> str:
        return c.k(PROFILE_KEYS[lang][field][idx])

    changes: dict[str, Any] = {}
    if c.chance(0.4):
        changes[key("salutation")] = c.pick(SALUTATIONS[lang])
    if c.chance(0.7):
        c.mark("person_name")
        changes[key("first")] = p.first
        changes[key("last")] = p.last
    if c.chance(0.5):
        changes[key("dob")] = c.dob(p)
    if c.chance(0.6):
        changes[key("phone")] = c.phone(locale)
    if c.chance(0.5):
        changes[key("email")] = c.email(p)
    if c.chance(0.5) or not changes:
        changes[key("address")] = c.address(locale)
    changes[key("prefs")] = {c.k("newsletter"): c.chance(0.5),
                             c.k("language"): LOCALE_TAG[locale][:2],
                             c.k("theme"): c.pick(["dark", "light", "system"])}
    doc = {c.k("user_id"): f"usr_{c.token(12)}", c.k("changes"): changes,
           c.k("updated_at"): c.ts()}
    c.tag(f"keys:{lang}")
    return c.envelope(doc)


# --- commerce ----------------------------------------------------------------------------


def line_items(c: Ctx) -> list[dict[str, Any]]:
    items = []
    for _ in range(c.r.randint(1, 4)):
        items.append({
            c.k("sku"): c.sku(),
            c.k("name"): c.pick(["Trailrunner 2 Jacket", "Ceramic Pour-Over Set", "USB-C Hub",
                                 "Merino Beanie", "Espresso Beans 1kg", "Desk Lamp Arc",
                                 "Yoga Mat Pro", "Notebook A5 dotted"]),
            c.k("quantity"): c.r.randint(1, 5),
            c.k("unit_price"): c.amount(3, 250),
        })
    return items


def order_checkout(c: Ctx) -> Any:
    locale = c.locale()
    p = c.person(locale)
    customer: dict[str, Any] = {c.key("email"): c.email(p)}
    if c.chance(0.8):
        customer[c.key("name")] = c.name(p)
    if c.chance(0.5):
        customer[c.key("phone")] = c.phone(locale)
    doc: dict[str, Any] = {
        c.k("order_id"): c.order_no(),
        c.k("customer"): customer,
        c.k("items"): line_items(c),
        c.k("currency"): c.currency(),
        c.k("shipping"): {c.k("method"): c.pick(["standard", "express", "pickup"]),
                          c.key("address"): c.address(locale)},
    }
    roll = c.r.random()
    if roll < 0.55:
        card: dict[str, Any] = {c.key("card"): c.card(),
                                c.k("exp_month"): c.r.randint(1, 12),
                                c.k("exp_year"): c.r.randint(2025, 2031)}
        if c.chance(0.5):
            card[c.k("cvc")] = f"{c.r.randint(100, 999)}"
        if c.chance(0.4):
            card[c.key("name")] = c.name(p).upper()
        doc[c.k("payment")] = {c.k("method"): "card", c.k("card"): card}
        c.tag("card")
    elif roll < 0.8:
        doc[c.k("payment")] = {c.k("method"): "card", c.k("brand"): c.pick(["visa", "amex"]),
                               c.k("last4"): f"{c.r.randint(0, 9999):04d}",
                               c.k("payment_method_id"): "pm_" + c.token(24)}
        c.tag("tokenized")
    else:
        doc[c.k("payment")] = {c.k("method"): c.pick(["paypal", "klarna", "sofort"]),
                               c.k("status"): "authorized"}
    if c.chance(0.3):
        doc[c.k("billing_address")] = c.address(locale)
    if c.chance(0.3):
        doc[c.k("client")] = {c.key("ip"): c.ip(), c.k("user_agent"): c.pick(UA)}
    if c.chance(0.25):
        doc[c.k("gift_card_number")] = c.bad_luhn()
        c.tag("luhn-fail gift card")
    if c.chance(0.2):
        lang = p.lang
        doc[c.k("delivery_note")] = c.free_text(lang, special=["health"], p=p) \
            if c.chance(0.5) else c.neutral(lang)
    doc.update(c.meta())
    return c.envelope(doc)


def refund(c: Ctx) -> Any:
    locale = c.locale()
    p = c.person(locale)
    lang = p.lang
    doc: dict[str, Any] = {
        c.k("refund_id"): "re_" + c.token(20),
        c.k("order_id"): c.order_no(),
        c.k("amount"): c.amount(),
        c.k("currency"): c.currency(),
        c.k("status"): c.pick(["pending", "succeeded", "requires_review"]),
    }
    reason_special = special_texts(c, 0.3, 0.0)
    doc[c.k("reason")] = c.free_text(lang, special=reason_special, p=p)
    roll = c.r.random()
    if roll < 0.5:
        target = {c.k("iban"): c.iban(), c.k("account_holder"): c.name(p)}
        if c.chance(0.5):
            target[c.k("bic")] = c.bic()
        doc[c.k("refund_to")] = target
    elif roll < 0.7 and locale == "en_us":
        doc[c.k("refund_to")] = c.us_bank()
    else:
        doc[c.k("refund_to")] = {c.k("original_payment_method"): True,
                                 c.k("card_last4"): f"{c.r.randint(0, 9999):04d}"}
    if c.chance(0.5):
        doc[c.k("customer_email")] = c.email(p)
    return c.envelope(doc)


def bank_payout(c: Ctx) -> Any:
    locale = c.locale()
    p = c.person(locale)
    company = str(c.pick(COMPANIES))
    if c.split == "holdout" and c.chance(0.4):
        doc: dict[str, Any] = {"GrpHdr": {"MsgId": "MSG-" + c.token(10), "CreDtTm": c.ts(),
                                          "NbOfTxs": 1},
                               "PmtInf": {"Dbtr": {"Nm": company},
                                          "DbtrAcct": {"Id": {"IBAN": c.iban(grouped=False)}},
                                          "CdtTrfTxInf": [{
                                              "Amt": {"InstdAmt": c.amount(50, 5000)},
                                              "Cdtr": {"Nm": c.name(p)},
                                              "CdtrAcct": {"Id": {"IBAN": c.iban(grouped=False)}},
                                              "RmtInf": {"Ustrd": f"Invoice {c.order_no()}"}}]}}
        c.tag("pain.001")
        return doc
    payee: dict[str, Any] = {c.k("name"): c.name(p)}
    if locale == "en_us" and c.chance(0.7):
        payee.update(c.us_bank())
        payee[c.k("account_type")] = c.pick(["checking", "savings"])
        c.tag("aba")
    elif locale == "en_gb" and c.chance(0.6):
        payee.update(c.uk_bank())
        c.tag("sort code")
    else:
        payee[c.k("iban")] = c.iban()
        if c.chance(0.6):
            payee[c.k("bic")] = c.bic()
    doc = {
        c.k("payout_id"): "po_" + c.token(18),
        c.k("payer"): {c.k("company"): company, c.k("account_ref"): "ACC-" + c.token(8)},
        c.k("beneficiary"): payee,
        c.k("amount"): {c.k("value"): c.amount(20, 8000), c.k("currency"): c.currency()},
        c.k("reference"): f"Payout {c.day()}",
        c.k("scheduled_for"): c.day(),
    }
    if c.chance(0.3):
        payee[c.k("email")] = c.email(p)
    if c.chance(0.2):
        doc[c.k("previous_attempt")] = {c.k("ref"): c.bad_iban(grouped=False),
                                        c.k("error"): "rejected by bank: AC01"}
        c.tag("bad-iban ref")
    return c.envelope(doc)


# --- HR -------------------------------------------------------------------------------------


def hr_employee(c: Ctx) -> Any:
    locale = c.locale()
    lang = lang_of(locale)
    p = c.person(locale)
    company = str(c.pick(COMPANIES))
    emp: dict[str, Any] = {c.k("employee_id"): f"E{c.r.randint(10000, 99999)}"}
    if c.chance(0.5):
        emp.update(c.name_fields(p))
    else:
        emp[c.k(c.pick(["name", "full_name", "employee_name"]))] = c.name(p)
    emp[c.k("work_email")] = c.email(p, company)
    emp[c.k("department")] = c.pick(["Finance", "Engineering", "Warehouse", "Sales", "Legal"])
    emp[c.k("job_title")] = c.pick(["Analyst", "Forklift Operator", "Account Executive",
                                    "Backend Engineer", "Paralegal"])
    emp[c.k("start_date")] = c.day()
    emp[c.k("salary")] = {c.k("amount"): c.r.randint(30, 140) * 1000,
                          c.k("currency"): c.currency()}
    if c.chance(0.55):
        emp[c.key("dob")] = c.dob(p)
    if c.chance(0.45):
        emp[c.k(c.pick(["home_address", "address", "residence"]))] = c.address(locale)
    if c.chance(0.5):
        key, value = c.national_id(locale, p)
        emp[key] = value
    if c.chance(0.45):
        if locale == "en_us":
            emp[c.k("direct_deposit")] = c.us_bank()
        elif locale == "en_gb":
            emp[c.k("bank_details")] = c.uk_bank()
        else:
            emp[c.k("bank_details")] = {c.k("iban"): c.iban(locale.upper()[:2])}
    if c.chance(0.25):
        contact = c.person(locale)
        emp[c.k("emergency_contact")] = {c.k("name"): c.name(contact),
                                         c.k("relationship"): c.pick(["spouse", "father"]),
                                         c.key("phone"): c.phone(locale)}
    if c.chance(0.3):
        key, value = ethnicity_field(c, lang)
        emp[c.k("eeo")] = {key: value, c.k("veteran_status"): c.pick(["not a veteran",
                                                                        "protected veteran"])}
    if c.chance(0.15):
        c.mark("health")
        emp[c.k("disability_status")] = c.pick(["Yes, I have a disability",
                                                "Yes, I have a disability",
                                                "No, I do not have a disability"])
    if c.chance(0.2):
        key, value = union_field(c, lang)
        emp[key] = value
        if c.chance(0.4):
            emp[c.k("union_dues_monthly")] = c.amount(8, 40)
    if locale == "de" and c.chance(0.4):
        c.mark("religious_belief")
        emp[c.pick(["kirchensteuermerkmal", "konfession"])] = c.pick(["rk", "ev", "römisch-kath.",
                                                                      "evangelisch"])
        c.tag("church tax")
    if c.chance(0.1):
        c.mark("health")
        emp[c.k("absence")] = {c.k("type"): "sick_leave", c.k("from"): c.day(),
                               c.k("reason"): str(c.pick(CONDITIONS[lang]))}
    doc = {c.k("company"): company, c.k("employee"): emp,
           c.k("exported_at"): c.ts(), c.k("schema_version"): c.version()}
    return c.envelope(doc)


# --- health --------------------------------------------------------------------------------

EHR_KEYS = {
    "en": ("patient", "diagnoses", "medications", "allergies", "clinical_notes"),
    "de": ("patient", "diagnosen", "medikation", "allergien", "anamnese"),
    "fr": ("patient", "diagnostic", "traitement", "allergies", "compte_rendu"),
    "es": ("paciente", "diagnóstico", "medicación", "alergias", "notas_clínicas"),
}


def patient_record(c: Ctx) -> Any:
    lang = text_lang(c)
    locale = locale_for(c, lang)
    p = c.person(locale)
    k_patient, k_dx, k_meds, k_allergy, k_notes = (c.k(x) for x in EHR_KEYS[lang])
    patient: dict[str, Any] = {c.k("mrn"): f"MRN{c.r.randint(100000, 999999)}"}
    if c.chance(0.7):
        patient[c.key("name")] = c.name(p)
        patient[c.key("dob")] = c.dob(p)
    patient[c.k("sex")] = p.sex
    if c.chance(0.15):
        key, value = ethnicity_field(c, lang)
        patient[key] = value
    doc: dict[str, Any] = {k_patient: patient}
    doc[c.k("encounter")] = {c.k("date"): c.day(),
                             c.k("department"): c.pick(["cardiology", "outpatient", "ER"]),
                             c.k("attending"): c.name(c.person(locale), title=True)
                             if c.chance(0.4) else "ATT-" + c.token(5)}
    roll = c.r.random()
    if roll < 0.75:
        doc[k_dx] = [diagnosis_value(c, lang) for _ in range(c.r.randint(1, 2))]
    if roll > 0.4:
        doc[k_meds] = [medication_value(c) for _ in range(c.r.randint(1, 3))]
    if c.chance(0.3):
        c.mark("health")
        doc[k_allergy] = c.pick([["penicillin"], ["latex", "peanuts"], "NKDA",
                                 "no known drug allergies"])
    if c.chance(0.4) or "health" not in c.kinds:
        doc[k_notes] = c.free_text(lang, special=["health"], p=p, context="clinical")
    if c.chance(0.2):
        doc[c.k("vitals")] = {c.k("bp"): f"{c.r.randint(100, 160)}/{c.r.randint(60, 100)}",
                              c.k("pulse"): c.r.randint(55, 110)}
    return c.envelope(doc)


def pharmacy_rx(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_gb", "de"])
    p = c.person(locale)
    doc: dict[str, Any] = {
        c.k("rx_number"): f"RX{c.r.randint(1000000, 9999999)}",
        c.k("patient"): {c.key("name"): c.name(p), c.key("dob"): c.dob(p)},
        c.k("drug"): medication_value(c),
        c.k("sig"): c.pick(["Take 1 tablet by mouth daily", "1-0-1 nach dem Essen",
                            "Inhale 2 puffs as needed"]),
        c.k("quantity"): c.pick([30, 60, 90]),
        c.k("refills"): c.r.randint(0, 5),
        c.k("prescriber"): {c.k("name"): c.name(c.person(locale), title=True),
                            c.k("npi"): f"{c.r.randint(10**9, 2 * 10**9)}"},
    }
    if c.chance(0.4):
        doc[c.k("delivery")] = {c.key("address"): c.address(locale),
                                c.key("phone"): c.phone(locale)}
    if c.chance(0.3):
        doc[c.k("insurance")] = {c.k("plan"): "BlueCare PPO", c.k("member_id"): "M" + c.token(9)}
    return c.envelope(doc)


def insurance_claim(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_us", "de", "fr"])
    p = c.person(locale)
    lines = []
    for _ in range(c.r.randint(1, 3)):
        code, text = c.pick(ICD10[c.split])
        lines.append({"cpt": c.pick(["99213", "99214", "80053", "71046"]),
                      "icd10": [code], "charge": c.amount(40, 900)})
    c.mark("health")
    doc: dict[str, Any] = {
        "ClaimId": "CLM-" + c.token(10, string.ascii_uppercase + string.digits),
        "Member": {"MemberId": "W" + c.token(9, string.digits + "ABC"),
                   "LegalName": c.name(p), "BirthDate": c.dob(p, "iso")},
        "Provider": {"Name": c.pick(["Riverside Family Clinic", "Praxis am Markt",
                                     "Centre Médical Voltaire"]),
                     "TaxonomyCode": "207Q00000X"},
        "ServiceLines": lines,
        "Status": c.pick(["received", "adjudicated", "denied"]),
    }
    if c.chance(0.4):
        doc["DiagnosisNarrative"] = text
    if c.chance(0.3):
        doc["Reimbursement"] = {"IBAN": c.iban(grouped=False)}
    if c.chance(0.3):
        doc["Member"]["Address"] = c.address(locale)
    return doc


def fhir_bundle(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_gb", "de", "fr", "es"])
    p = c.person(locale)
    pid = c.uuid()
    patient: dict[str, Any] = {"resourceType": "Patient", "id": pid,
                               "gender": "female" if p.sex == "F" else "male"}
    if c.chance(0.8):
        c.mark("person_name")
        patient["name"] = [{"family": p.last, "given": [p.first]}]
        patient["birthDate"] = c.dob(p, "iso")
    if c.chance(0.5):
        patient["telecom"] = [{"system": "phone", "value": c.phone(locale)}]
    if c.chance(0.4):
        city_address = c.address(locale, flat=True)
        patient["address"] = [{"text": city_address}]
    entries = [{"resource": patient}]
    code, text = c.pick(ICD10[c.split])
    c.mark("health")
    entries.append({"resource": {"resourceType": "Condition", "id": c.uuid(),
                                 "clinicalStatus": {"coding": [{"code": "active"}]},
                                 "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10",
                                                      "code": code, "display": text}]},
                                 "subject": {"reference": f"Patient/{pid}"}}})
    if c.chance(0.5):
        entries.append({"resource": {"resourceType": "MedicationStatement", "id": c.uuid(),
                                     "status": "active",
                                     "medicationCodeableConcept": {"text": medication_value(c)},
                                     "subject": {"reference": f"Patient/{pid}"}}})
    return {"resourceType": "Bundle", "type": "collection", "timestamp": c.ts(),
            "entry": entries}


def lab_result(c: Ctx) -> Any:
    locale = c.locale()
    p = c.person(locale)
    doc: dict[str, Any] = {c.k("sample_id"): "S-" + c.token(8, string.digits + "ABCDEF"),
                           c.k("collected_at"): c.ts(),
                           c.k("lab"): c.pick(["Northgate Diagnostics", "Labor Dr. Meyer MVZ",
                                               "Biolab Sud"])}
    if c.chance(0.6):
        doc[c.k("patient")] = {c.key("name"): c.name(p), c.key("dob"): c.dob(p)}
    else:
        doc[c.k("patient_ref")] = "PSN-" + c.hexstr(12)
    variant = c.r.random()
    if variant < 0.4:
        c.mark("genetic")
        c.tag("variant panel")
        doc[c.k("test")] = c.pick(["Hereditary cancer panel", "Carrier screening",
                                   "Cardiomyopathy panel"])
        doc[c.k("results")] = [{
            c.k("gene"): str(c.pick(GENES)),
            c.k("variant"): f"c.{c.r.randint(50, 5000)}{c.pick(['G>A', 'C>T', 'delAG', 'dupT'])}",
            c.k("zygosity"): c.pick(["heterozygous", "homozygous"]),
            c.k("classification"): c.pick(["pathogenic", "likely pathogenic", "VUS"]),
        } for _ in range(c.r.randint(1, 3))]
    elif variant < 0.7:
        c.mark("genetic")
        c.tag("genotypes")
        key = c.k(c.pick(["genotypes", "snp_calls"]) if c.split == "dev"
                  else c.pick(["genotype_calls", "raw_genotypes", "alleles"]))
        doc[key] = {str(c.pick(RSIDS)): c.pick(["AG", "CT", "TT", "CC", "GG"])
                    for _ in range(c.r.randint(3, 6))}
        if c.chance(0.3):
            doc[c.k("pharmacogenomics")] = {"CYP2C19": c.pick(["*1/*2", "*2/*2", "*1/*17"]),
                                            "CYP2D6": c.pick(["*1/*4", "*4/*4"])}
    else:
        c.mark("health")
        c.tag("blood panel")
        doc[c.k("test")] = c.pick(["HbA1c", "Lipid panel", "HIV-1/2 antibody", "TSH"])
        doc[c.k("results")] = [{c.k("analyte"): c.pick(["HbA1c", "LDL", "TSH", "HIV Ag/Ab"]),
                                c.k("value"): c.pick([7.4, 162, 5.8, "reactive"]),
                                c.k("flag"): c.pick(["H", "A", "N"])}]
    if c.chance(0.3):
        doc[c.k("ordered_by")] = c.name(c.person(locale), title=True)
    return c.envelope(doc)


def dna_profile(c: Ctx) -> Any:
    c.mark("genetic")
    loci = ["D8S1179", "D21S11", "D7S820", "CSF1PO", "D3S1358", "TH01", "D13S317", "D16S539",
            "D2S1338", "D19S433", "vWA", "TPOX", "D18S51", "D5S818", "FGA"]
    profile = {locus: f"{c.r.randint(6, 30)},{c.r.randint(6, 30)}"
               for locus in c.r.sample(loci, c.r.randint(8, 15))}
    doc: dict[str, Any] = {"case_number": f"PT-{c.r.randint(2020, 2025)}-{c.r.randint(100, 999)}",
                           "purpose": c.pick(["paternity", "kinship", "reference sample"]),
                           "str_profile": profile, "kit": "PowerPlex Fusion 6C",
                           "amelogenin": c.pick(["X,Y", "X,X"])}
    if c.chance(0.5):
        doc["donor"] = {"name": c.name(c.person()), "relationship": "alleged father"}
    return doc


# --- biometrics -------------------------------------------------------------------------------


def biometric_enrolment(c: Ctx) -> Any:
    c.mark("biometric")
    modality = c.pick(["fingerprint", "face", "voice"] if c.split == "dev"
                      else ["fingerprint", "face", "iris", "palm"])
    device = {"fingerprint": "FP-Reader-7", "face": "FaceStation 2", "voice": "ivr-enrol",
              "iris": "IrisGate 3", "palm": "PalmSecure kiosk"}[modality]
    doc: dict[str, Any] = {c.k("subject_id"): "sub_" + c.token(12), c.k("enrolled_at"): c.ts(),
                           c.k("device"): device}
    c.tag(modality)
    if modality == "fingerprint":
        doc[c.k("modality")] = "fingerprint"
        doc[c.k("finger")] = c.pick(["right_index", "left_thumb", "right_middle"])
        doc[c.k(c.pick(["fingerprint_template", "template"]) if c.split == "dev"
                else c.pick(["minutiae_template", "biometric_template"]))] = c.b64blob(
                    c.r.randint(180, 360))
        doc[c.k("template_format")] = "ISO/IEC 19794-2:2005"
        doc[c.k("quality")] = c.r.randint(40, 99)
    elif modality == "face":
        doc[c.k("modality")] = "face"
        key = c.pick(["face_embedding", "embedding"]) if c.split == "dev" else c.pick(
            ["face_vector", "facial_features", "face_template"])
        doc[c.k(key)] = [round(c.r.uniform(-0.3, 0.3), 4) for _ in range(c.pick([64, 128]))]
        doc[c.k("model")] = c.pick(["arcface-r100", "facenet-512-v2"])
    elif modality == "voice":
        doc[c.k("modality")] = "voice"
        doc[c.k("voiceprint")] = c.b64blob(c.r.randint(200, 300))
        doc[c.k("sample_rate_hz")] = 16000
    elif modality == "iris":
        doc[c.k("iris_code")] = c.hexstr(256)
        doc[c.k("eye")] = c.pick(["left", "right"])
    else:
        doc[c.k("palm_vein_pattern")] = c.b64blob(200)
    if c.chance(0.4):
        doc[c.k("holder")] = {c.key("name"): c.name(c.person())}
    return c.envelope(doc)


def door_access(c: Ctx) -> Any:
    events = []
    for _ in range(c.r.randint(2, 5)):
        events.append({"badge": f"B{c.r.randint(1000, 9999)}", "door": c.pick(["Lab 2", "Main",
                                                                              "Server room"]),
                       "auth_method": c.pick(["fingerprint", "face", "pin"]),
                       "match_score": round(c.r.uniform(0.6, 0.99), 2),
                       "result": c.pick(["granted", "denied"]), "ts": c.ts()})
    doc: dict[str, Any] = {"controller": "acs-" + c.token(4), "events": events}
    if c.chance(0.5):
        c.mark("biometric")
        doc["enrolment"] = {"badge": events[0]["badge"], "template_type": "fingerprint",
                            "enrolled_template": c.b64blob(240)}
        c.tag("template")
    return doc


# --- free text -----------------------------------------------------------------------------

SUBJECTS = {"en": ["Delivery delayed", "Billing question", "Account access", "Complaint",
                   "Request for help"],
            "de": ["Lieferung verspätet", "Frage zur Rechnung", "Kontozugang", "Beschwerde"],
            "fr": ["Livraison en retard", "Question de facturation", "Accès au compte",
                   "Réclamation"],
            "es": ["Entrega retrasada", "Duda sobre la factura", "Acceso a la cuenta",
                   "Reclamación"]}
AGENT = {"en": ["Thanks, I'll look into it.", "I've escalated this to the right team.",
                "Could you confirm the order number?"],
         "de": ["Danke, ich kümmere mich darum.", "Ich habe das weitergeleitet."],
         "fr": ["Merci, je m'en occupe.", "J'ai transmis votre demande."],
         "es": ["Gracias, lo reviso ahora.", "He escalado su solicitud."]}


def support_ticket(c: Ctx) -> Any:
    lang = text_lang(c)
    locale = locale_for(c, lang)
    p = c.person(locale)
    pii = [str(c.pick(PII_TEXT))] if c.chance(0.35) else []
    text = c.free_text(lang, special_texts(c), pii, 1 if c.chance(0.2) else 0, p)
    doc: dict[str, Any] = {
        c.k("ticket_id"): f"TCK-{c.r.randint(10000, 99999)}",
        c.k("subject"): c.pick(SUBJECTS[lang]),
        c.k("channel"): c.pick(["email", "web", "phone", "chat"]),
        c.k("status"): c.pick(["open", "pending", "solved"]),
        c.k("priority"): c.pick(["low", "normal", "high"]),
        c.k(c.pick(["description", "body", "message", "notes"])): text,
    }
    roll = c.r.random()
    if roll < 0.45:
        doc[c.k("requester")] = {c.key("name"): c.name(p), c.key("email"): c.email(p)}
    elif roll < 0.7:
        doc[c.k("requester_id")] = "cus_" + c.token(14)
    if c.chance(0.25):
        doc[c.k("assignee")] = {c.k("name"): c.name(c.person(locale)), c.k("team"): "Tier 2"}
    if c.chance(0.3):
        doc[c.k("tags")] = c.r.sample(["refund", "vip", "shipping", "bug", "gdpr"], 2)
    return c.envelope(doc)


def chat_messages(c: Ctx) -> Any:
    lang = text_lang(c)
    locale = locale_for(c, lang)
    p = c.person(locale)
    customer_lines = [c.neutral(lang)]
    for kind in special_texts(c, 0.65, 0.1):
        customer_lines.append(c.special_sentence(kind, lang))
    if c.chance(0.3):
        customer_lines.append(c.pii_sentence(str(c.pick(PII_TEXT)), lang, p))
    messages = []
    for line in customer_lines:
        messages.append({c.k("from"): "customer", c.k("text"): line, c.k("ts"): c.ts()})
        messages.append({c.k("from"): "agent", c.k("text"): c.pick(AGENT[lang]),
                         c.k("ts"): c.ts()})
    doc: dict[str, Any] = {c.k("conversation_id"): c.uuid(), c.k("messages"): messages,
                           c.k("language"): lang}
    if c.chance(0.3):
        doc[c.k("agent_name")] = c.name(c.person(locale))
    return c.envelope(doc)


def call_transcript(c: Ctx) -> Any:
    lang = text_lang(c)
    locale = locale_for(c, lang)
    p = c.person(locale)
    turns = [{"speaker": "agent", "utterance": c.pick(AGENT[lang])},
             {"speaker": "caller", "utterance": c.neutral(lang)}]
    for kind in special_texts(c, 0.65, 0.1):
        turns.append({"speaker": "caller", "utterance": c.special_sentence(kind, lang)})
    if c.chance(0.35):
        turns.append({"speaker": "caller",
                      "utterance": c.pii_sentence(str(c.pick(PII_TEXT)), lang, p)})
    if c.chance(0.5):
        doc: dict[str, Any] = {"callId": c.uuid(), "durationSec": c.r.randint(60, 1400),
                               "transcript": turns, "sentimentScore": round(c.r.uniform(-1, 1), 3)}
        return doc
    body = "\n".join(t["utterance"] for t in turns[1:])
    thread = [{"from": c.email(p), "to": c.email(None, "Acme"), "subject": c.pick(SUBJECTS[lang]),
               "body": body, "sent_at": c.ts()}]
    if c.chance(0.5):
        thread.append({"from": c.email(None, "Acme"), "to": "customer", "subject": "Re",
                       "body": c.pick(AGENT[lang]), "sent_at": c.ts()})
    return {"thread-id": "thr_" + c.token(10), "messages": thread}


# --- CRM and B2B --------------------------------------------------------------------------------


def crm_contact(c: Ctx) -> Any:
    locale = c.locale()
    company = str(c.pick(COMPANIES))
    doc: dict[str, Any] = {c.k("account"): {c.k("company_name"): company,
                                            c.k("industry"): c.pick(["logistics", "retail",
                                                                     "software"]),
                                            c.k("employees"): c.r.randint(10, 5000)}}
    if c.chance(0.75):
        p = c.person(locale)
        contact: dict[str, Any] = {c.key("name"): c.name(p),
                                   c.k("title"): c.pick(["Head of Procurement", "CTO",
                                                         "Office Manager"]),
                                   c.k("work_email"): c.email(p, company)}
        if c.chance(0.6):
            contact[c.key("phone")] = c.phone(locale)
        doc[c.k("contact")] = contact
    else:
        doc[c.k("general_inbox")] = c.email(None, company)
        c.tag("role address")
    if c.chance(0.6):
        doc[c.k("account")][c.k("hq_address")] = c.address(locale)
        c.tag("company address")
    doc[c.k("pipeline_stage")] = c.pick(["lead", "qualified", "proposal", "won"])
    doc[c.k("deal_value")] = c.r.randint(5, 400) * 1000
    if c.chance(0.3):
        doc[c.k("vat_id")] = "DE" + "".join(c.r.choice(string.digits) for _ in range(9))
    return c.envelope(doc)


# --- special-category-heavy families ---------------------------------------------------------


def campaign_donation(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_us", "en_gb", "de"])
    lang = lang_of(locale)
    p = c.person(locale)
    c.mark("political_opinion")
    recipient = {"en": ["Riverside Democrats PAC", "Committee for a Republican Senate",
                        "Green Party of Oregon", "Labour Party (Constituency Fund)"],
                 "de": ["SPD Landesverband Berlin", "Bündnis 90/Die Grünen KV Köln",
                        "CDU Kreisverband Leipzig"]}[lang]
    doc: dict[str, Any] = {
        c.k("contribution_id"): "C" + c.token(9, string.digits),
        c.k("donor"): {c.key("name"): c.name(p), c.key("address"): c.address(locale),
                       c.k("employer"): str(c.pick(COMPANIES)),
                       c.k("occupation"): c.pick(["teacher", "engineer", "retired"])},
        c.k("recipient_committee"): c.pick(recipient),
        c.k("amount"): c.amount(10, 2900),
        c.k("date"): c.day(),
    }
    if c.chance(0.5):
        doc[c.k("donor")][c.key("email")] = c.email(p)
    if c.chance(0.3):
        key, value = party_field(c, lang)
        doc[c.k("donor")][key] = value
    return c.envelope(doc)


def canvassing(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_gb", "de", "fr", "es"])
    lang = lang_of(locale)
    p = c.person(locale)
    c.mark("political_opinion")
    doc: dict[str, Any] = {
        "voterId": "V-" + c.token(8, string.digits),
        "household": {"address": c.address(locale, flat=True), "residents": c.r.randint(1, 5)},
        "contact": {"name": c.name(p)},
        "canvass": {"date": c.day(), "volunteer": "vol-" + c.token(4),
                    "supportLevel": c.pick(["strong supporter", "leaning against",
                                            "undecided, leaning our way", "opposed"]),
                    "partyLean": str(c.pick(PARTIES[lang])),
                    "issues": c.r.sample(["housing", "climate", "taxes", "schools"], 2)},
    }
    if c.chance(0.4):
        doc["contact"]["phone"] = c.phone(locale)
    return doc


def church_membership(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_gb", "de", "fr", "es"])
    lang = lang_of(locale)
    p = c.person(locale)
    c.mark("religious_belief")
    parish = {"en": ["St. Michael's Parish", "Grace Baptist Church", "Al-Noor Mosque",
                     "Beth Shalom Congregation"],
              "de": ["Pfarrei St. Martin", "Ev. Kirchengemeinde Nord"],
              "fr": ["Paroisse Saint-Joseph", "Temple protestant du Marais"],
              "es": ["Parroquia de San Miguel", "Comunidad Islámica de Valencia"]}[lang]
    doc: dict[str, Any] = {
        c.k("member_no"): f"M{c.r.randint(1000, 99999)}",
        c.k("member"): {c.key("name"): c.name(p), c.key("email"): c.email(p)},
        c.k("congregation"): c.pick(parish),
        c.k("joined"): c.day(),
    }
    if c.chance(0.5):
        key, value = religion_field(c, lang)
        doc[key] = value
    if c.chance(0.4):
        doc[c.k("baptism_date")] = c.day()
    if c.chance(0.4):
        doc[c.k("tithe")] = {c.k("monthly"): c.amount(10, 200), c.k("iban"): c.iban()}
    if c.chance(0.3):
        doc[c.k("member")][c.key("address")] = c.address(locale)
    return c.envelope(doc)


def faith_charity(c: Ctx) -> Any:
    locale = c.pick(["en_gb", "de", "fr", "es", "en_us"])
    p = c.person(locale)
    religious = c.chance(0.7)
    if religious:
        c.mark("religious_belief")
        fund = c.pick([("Zakat al-Mal", "Masjid Al-Furqan Welfare Trust"),
                       ("Tzedakah", "Jewish Community Fund"),
                       ("Kirchgeld", "Katholische Pfarrgemeinde St. Anna"),
                       ("Denier de l'Église", "Diocèse de Lyon")])
        c.tag("religious")
    else:
        fund = c.pick([("General", "Red Cross"), ("Winter appeal", "City Food Bank")])
        c.tag("secular")
    doc = {"Donation": {"Type": fund[0], "Recipient": fund[1], "Amount": c.amount(5, 500),
                        "GiftAid": c.chance(0.5)},
           "Donor": {"Name": c.name(p), "Email": c.email(p)},
           "ReceivedOn": c.day()}
    return doc


def union_dues(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_gb", "de", "fr", "es"])
    lang = lang_of(locale)
    p = c.person(locale)
    c.mark("trade_union")
    doc: dict[str, Any] = {
        c.k("membership_no"): f"{c.r.randint(100000, 999999)}",
        c.k("member"): {c.key("name"): c.name(p)},
        c.key("union"): str(c.pick(UNIONS[lang])),
        c.k("branch"): c.pick(["Local 117", "Bezirk Küste", "Section Lyon-Est", "Madrid Sur"]),
        c.k("dues"): {c.k("monthly"): c.amount(8, 45), c.k("method"): "direct_debit"},
    }
    if c.chance(0.6):
        doc[c.k("dues")][c.k("iban")] = c.iban()
    if c.chance(0.4):
        doc[c.k("member")][c.key("email")] = c.email(p)
    return c.envelope(doc)


def payroll_deductions(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_gb", "de"])
    lang = lang_of(locale)
    deductions = [{"code": "PENSION", "amount": c.amount(50, 300)},
                  {"code": "HEALTH_PLAN", "description": "Employer health plan premium",
                   "amount": c.amount(40, 200)}]
    if c.chance(0.6):
        c.mark("trade_union")
        union = str(c.pick(UNIONS[lang]))
        deductions.append({"code": "UNION", "description": f"{union} subscription",
                           "amount": c.amount(8, 40)})
        c.tag("union deduction")
    else:
        deductions.append({"code": "CU_SAVINGS", "description": "Navy Federal Credit Union savings",
                           "amount": c.amount(20, 200)})
        c.tag("credit union")
    doc: dict[str, Any] = {"EmployeeRef": f"E{c.r.randint(10000, 99999)}",
                           "PayPeriod": c.day()[:7], "Gross": c.amount(2000, 7000),
                           "Deductions": deductions}
    if c.chance(0.5):
        doc["EmployeeName"] = c.name(c.person(locale))
    return doc


def background_check(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_us", "en_gb", "de", "fr", "es"])
    lang = lang_of(locale)
    p = c.person(locale)
    doc: dict[str, Any] = {
        c.k("report_id"): "BGC-" + c.token(10, string.ascii_uppercase + string.digits),
        c.k("candidate"): {c.key("name"): c.name(p), c.key("dob"): c.dob(p)},
        c.k("package"): c.pick(["standard", "pro", "executive"]),
        c.k("completed_at"): c.ts(),
    }
    if c.chance(0.5):
        key, value = c.national_id(locale, p)
        doc[c.k("candidate")][key] = value
    checks: dict[str, Any] = {c.k("employment_verification"): c.pick(["verified", "unable"]),
                              c.k("education_verification"): "verified"}
    if c.chance(0.75):
        c.mark("criminal_record")
        if c.chance(0.45):
            records = [criminal_entry(c, lang) for _ in range(c.r.randint(1, 2))]
            checks[c.key("criminal")] = {c.k("status"): "record_found", c.k("records"): records}
            c.tag("record found")
        else:
            checks[c.k("criminal_search")] = {c.k("status"): "clear",
                                              c.k("jurisdictions_searched"): 3}
            c.tag("clear")
    else:
        c.tag("no criminal component")
    doc[c.k("checks")] = checks
    if c.chance(0.3):
        doc[c.k("summary")] = c.free_text(lang, special=["criminal_record"], context="report")
    return c.envelope(doc)


def tenant_screening(c: Ctx) -> Any:
    locale = c.pick(["en_us", "en_gb", "de"])
    lang = lang_of(locale)
    p = c.person(locale)
    doc: dict[str, Any] = {"applicant": {"name": c.name(p), "current_address": c.address(locale)},
                           "credit_score": c.r.randint(520, 820),
                           "eviction_history": [],
                           "income_verified": c.chance(0.8)}
    if c.chance(0.6):
        c.mark("criminal_record")
        doc["criminal_history"] = [criminal_entry(c, lang)] if c.chance(0.6) else "none found"
    if c.chance(0.3):
        doc["applicant"]["ssn_last4"] = f"{c.r.randint(0, 9999):04d}"
    return doc


def dating_profile(c: Ctx) -> Any:
    locale = c.locale()
    lang = lang_of(locale)
    doc: dict[str, Any] = {
        c.k("profile_id"): "pr_" + c.token(10),
        c.k("handle"): c.pick(["sunny_hiker", "bookworm88", "night_owl", "le_voyageur",
                               "caminante", "kaffeeliebe"]) + str(c.r.randint(1, 99)),
        c.k("age"): c.r.randint(21, 60),
        c.k("gender"): c.pick(["woman", "man", "non-binary"]),
        c.k("interests"): c.r.sample(["hiking", "cooking", "jazz", "climbing", "board games"], 3),
        c.k("location"): {c.k("city"): c.pick(["Berlin", "Lyon", "Madrid", "Austin", "Leeds"])},
    }
    roll = c.r.random()
    if roll < 0.55:
        key, value = orientation_field(c, lang)
        doc[key] = value
    bio_special: list[str] = []
    if roll >= 0.55 and roll < 0.8:
        bio_special.append("sex_life_orientation")
    if c.chance(0.2):
        key, value = religion_field(c, lang)
        doc[key] = value
    if c.chance(0.15):
        key, value = party_field(c, lang)
        doc[c.k("politics")] = value
    if c.chance(0.15):
        key, value = ethnicity_field(c, lang)
        doc[key] = value
    if c.chance(0.1):
        c.mark("health")
        doc[c.k("hiv_status")] = c.pick(["negative, tested 2024-01", "positive, undetectable"])
    doc[c.k("bio")] = c.free_text(lang, special=bio_special, context="bio")
    if c.chance(0.25):
        lat, lon = c.precise()
        doc[c.k("location")][c.k("lat")] = lat
        doc[c.k("location")][c.k("lng")] = lon
    if c.chance(0.2):
        doc[c.k("verified_email")] = c.email(c.person(locale))
    return c.envelope(doc)


def survey_response(c: Ctx) -> Any:
    locale = c.locale()
    lang = lang_of(locale)
    answers: dict[str, Any] = {"q1_age_band": c.pick(["18-24", "25-34", "35-44", "45-54"]),
                               "q2_satisfaction": c.r.randint(1, 5)}
    asked = c.r.sample(["eth", "rel", "orient", "party", "union", "disability"], 3)
    for question in asked:
        decline = c.chance(0.15)
        if decline:
            answers[f"q_{question}"] = c.pick(["Prefer not to say", "Keine Angabe",
                                               "Je préfère ne pas répondre"])
            c.tag("declined")
            continue
        if question == "eth":
            answers[f"q_{c.key('ethnicity')}"] = ethnicity_field(c, lang)[1]
        elif question == "rel":
            answers[f"q_{c.key('religion')}"] = religion_field(c, lang)[1]
        elif question == "orient":
            answers[f"q_{c.key('orientation')}"] = orientation_field(c, lang)[1]
        elif question == "party":
            answers[f"q_{c.k('party_vote_intention')}"] = party_field(c, lang)[1]
        elif question == "union":
            c.mark("trade_union")
            answers[f"q_{c.k('union_member')}"] = c.pick(["yes", "no, but previously", "yes"])
        else:
            c.mark("health")
            answers[f"q_{c.k('long_term_condition')}"] = c.pick(
                ["Yes, limited a lot", "Yes, limited a little"])
    doc = {c.k("survey_id"): c.pick(["staff-2024", "diversity-q3", "panel-wave-7"]),
           c.k("respondent"): "r_" + c.token(10), c.k("answers"): answers,
           c.k("submitted_at"): c.ts()}
    if c.chance(0.15):
        doc[c.k("free_comment")] = c.free_text(lang, traps=1)
    return c.envelope(doc)


# --- telemetry, location ---------------------------------------------------------------------


def telemetry_events(c: Ctx) -> Any:
    events = []
    with_ip = c.chance(0.8)
    for _ in range(c.r.randint(1, 4)):
        event: dict[str, Any] = {
            c.k("event"): c.pick(["page_view", "click", "login_succeeded", "api_call"]),
            c.k("ts"): c.ts(), c.k("session_id"): c.hexstr(24),
            c.k("path"): c.pick(["/checkout", "/account", "/v1/orders", "/search?q=lamp"]),
            c.k("latency_ms"): round(c.r.uniform(3, 900), 3),
            c.k("geo"): {c.k("country"): c.pick(["DE", "FR", "ES", "GB", "US"]),
                         c.k("city"): c.pick(["Berlin", "Lyon", "Seville", "Leeds"])},
        }
        if with_ip:
            event[c.key("ip")] = c.ip()
        if c.chance(0.3):
            event[c.k("user_agent")] = c.pick(UA)
        if c.chance(0.12):
            lat, lon = c.precise()
            event[c.k("device_location")] = {c.k("lat"): lat, c.k("lng"): lon}
            c.tag("precise")
        events.append(event)
    if not with_ip:
        c.tag("no ip")
    if c.chance(0.15):
        events[0][c.k("user")] = {c.key("email"): c.email(c.person())}
    if c.chance(0.5):
        return {c.k("batch"): events, c.k("sdk_version"): c.version()}
    return events


def access_log(c: Ctx) -> Any:
    lines = []
    for _ in range(c.r.randint(1, 4)):
        path = c.pick(["/api/v1/orders?limit=20", "/healthz", "/static/app.9f2c1e.js",
                       "/api/v1/products/SKU-10442-BL"])
        lines.append(f'{c.ip("v4")} - - [12/Mar/2024:10:{c.r.randint(10, 59)}:'
                     f'{c.r.randint(10, 59)} +0000] "GET {path} HTTP/1.1" '
                     f'{c.pick([200, 200, 304, 404])} {c.r.randint(80, 90000)} "-" '
                     f'"{c.pick(UA)}"')
    if c.chance(0.15):
        lines.append(f'{c.ip()} - - [12/Mar/2024:11:02:13 +0000] "GET /api/v1/customers?'
                     f'email={c.email(c.person())} HTTP/1.1" 200 512 "-" "curl/8.5.0"')
        c.tag("email in url")
    if c.chance(0.1):
        lines.append(f"[debug] upstream request headers: Authorization: Bearer {c.jwt()}")
        c.tag("leaked bearer")
    if c.chance(0.5):
        return {c.k("stream"): "gateway-access", c.k("lines"): lines}
    return lines if len(lines) > 1 else lines[0]


def gps_ping(c: Ctx) -> Any:
    precise = c.chance(0.6)
    if precise:
        lat, lon = c.precise()
        c.tag("precise")
    else:
        lat, lon = c.coarse()
        c.tag("coarse")
    if c.split == "holdout" and c.chance(0.4):
        doc: dict[str, Any] = {"type": "Feature",
                               "geometry": {"type": "Point", "coordinates": [lon, lat]},
                               "properties": {"device": "trk-" + c.token(4, string.digits),
                                              "speed_kmh": round(c.r.uniform(0, 120), 1),
                                              "recorded": c.ts()}}
        c.tag("geojson")
        return doc
    doc = {c.k("device_id"): "trk-" + c.token(4, string.digits), c.k("ts"): c.ts(),
           c.k("battery"): round(c.r.uniform(0.05, 1), 2),
           c.k("heading"): c.r.randint(0, 359)}
    shape = c.r.random()
    if shape < 0.4:
        doc[c.k("lat")] = lat
        doc[c.k(c.pick(["lon", "lng"]))] = lon
    elif shape < 0.7:
        doc[c.k("position")] = {c.k("latitude"): lat, c.k("longitude"): lon,
                                c.k("accuracy_m"): round(c.r.uniform(2, 40), 1)}
    else:
        doc[c.k("location")] = f"{lat},{lon}" if c.chance(0.5) else f"{lat}, {lon}"
    if c.chance(0.25):
        doc[c.k("driver")] = c.name(c.person())
    if c.chance(0.2):
        doc[c.k("temperature_c")] = round(c.r.uniform(-5, 35), 4)
        c.tag("4dp non-coordinate")
    return c.envelope(doc)


# --- secrets ------------------------------------------------------------------------------------


def secrets_config(c: Ctx) -> Any:
    variant = c.r.random()
    env: dict[str, Any] = {"LOG_LEVEL": c.pick(["info", "debug"]),
                           "APP_VERSION": c.version(),
                           "FEATURE_NEW_CHECKOUT": c.pick(["true", "false"])}
    if variant < 0.18:
        env["AWS_ACCESS_KEY_ID"] = c.aws_key_id()
        if c.chance(0.8):
            env["AWS_SECRET_ACCESS_KEY"] = c.aws_secret()
        env["AWS_REGION"] = c.pick(["eu-central-1", "eu-west-3"])
        c.tag("aws")
        doc: Any = {"service": "billing-worker", "env": env}
    elif variant < 0.3:
        doc = {c.k("integrations"): {"github": {c.k("token"): c.github_token(),
                                                c.k("repo"): "acme/charter-deploy"},
                                     "slack": {c.k("bot_token"): c.slack_token(),
                                               c.k("channel"): "#deploys"}}}
        c.tag("github+slack")
    elif variant < 0.42:
        doc = {c.k("payments"): {c.k("provider"): "stripe", c.k("secret_key"): c.stripe_key(),
                                 c.k("webhook_secret"): "whsec_" + c.token(32)}}
        c.tag("stripe")
    elif variant < 0.55:
        doc = {c.k("request"): {c.k("method"): "GET", c.k("url"): "https://api.example.com/v2/me",
                                c.k("headers"): {"Authorization": c.bearer(),
                                                 "Accept": "application/json"}}}
        c.tag("bearer")
    elif variant < 0.66:
        doc = {c.k("tls"): {c.k("certificate"): c.pem_public(),
                            c.k("private_key"): c.pem_private()},
               c.k("listen_port"): 8443}
        c.tag("pem private + cert")
    elif variant < 0.76:
        doc = {c.k("database"): {c.k("host"): "db.internal", c.k("port"): 5432,
                                 c.k("user"): "app_rw", c.key("password"): c.password()},
               c.k("pool_size"): 20}
        c.tag("db password")
    elif variant < 0.84:
        values = {"username": base64.b64encode(b"app_rw").decode(),
                  "password": base64.b64encode(c.password().encode()).decode()}
        doc = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db-credentials"},
               "type": "Opaque", "data": values}
        c.tag("k8s secret b64")
    elif variant < 0.92 and c.split == "holdout":
        key, value = c.extra_secret()
        doc = {c.k("config"): {key: value, c.k("timeout_s"): 30}}
        c.tag(f"holdout secret {key}")
    else:
        doc = {c.k("client_id"): "cli_" + c.token(16), c.k("client_secret"): c.opaque_secret(),
               c.k("token_url"): "https://auth.example.com/oauth/token"}
        c.tag("client secret")
    if isinstance(doc, dict) and c.chance(0.35):
        doc[c.k("image")] = f"registry.example.com/acme/api@sha256:{c.hexstr(64)}"
        doc[c.k("deploy_key_fingerprint")] = "SHA256:" + c.token(43, ALNUM_PLUS)
        c.tag("digest+fingerprint")
    if isinstance(doc, dict) and c.chance(0.2):
        doc[c.k("ssh_authorized_key")] = c.ssh_public()
        c.tag("ssh public")
    return doc



# --- identity -----------------------------------------------------------------------------------


def kyc_identity(c: Ctx) -> Any:
    locale = c.locale()
    p = c.person(locale)
    country = {"en_us": "US", "en_gb": "GB", "de": "DE", "fr": "FR", "es": "ES"}[locale]
    applicant: dict[str, Any] = {c.key("dob"): c.dob(p), c.k("nationality"): country}
    applicant.update(c.name_fields(p))
    if c.chance(0.6):
        applicant[c.key("address")] = c.address(locale)
    doc: dict[str, Any] = {c.k("applicant"): applicant,
                           c.k("checks"): {c.k("pep"): False, c.k("sanctions"): "clear",
                                           c.k("liveness"): "passed"},
                           c.k("verification_id"): c.uuid()}
    roll = c.r.random()
    if roll < 0.45:
        number = c.passport(country)
        if c.split == "holdout" and c.chance(0.4):
            doc[c.k("document")] = {c.k("type"): "passport", c.k("number"): number,
                                    c.k("issuing_country"): country,
                                    c.k("expiry"): c.day()}
            c.tag("passport via document.type")
        else:
            doc[c.k("document")] = {c.key("passport"): number, c.k("expiry"): c.day()}
    if roll > 0.3 or "passport" not in c.kinds:
        key, value = c.national_id(locale, p)
        applicant[key] = value
    return c.envelope(doc)


def travel_booking(c: Ctx) -> Any:
    passengers = []
    for _ in range(c.r.randint(1, 3)):
        locale = c.locale()
        p = c.person(locale)
        country = {"en_us": "US", "en_gb": "GB", "de": "DE", "fr": "FR", "es": "ES"}[locale]
        pax: dict[str, Any] = {c.key("name"): c.name(p)}
        if c.chance(0.6):
            pax[c.key("dob")] = c.dob(p, "iso")
        if c.chance(0.5):
            pax[c.k("passport")] = {c.k("number"): c.passport(country), c.k("expiry"): c.day(),
                                    c.k("nationality"): country}
        pax[c.k("meal")] = c.pick(["standard", "vegetarian", "VGML", "none"])
        if c.chance(0.1):
            c.mark("health")
            pax[c.k("special_assistance")] = c.pick(
                ["wheelchair to aircraft door (cannot climb stairs)",
                 "travelling with medical oxygen concentrator"])
        passengers.append(pax)
    lead = c.person()
    doc: dict[str, Any] = {
        c.k("pnr"): c.token(6, string.ascii_uppercase + "23456789"),
        c.k("passengers"): passengers,
        c.k("contact"): {c.key("email"): c.email(lead), c.key("phone"): c.phone(lead.locale)},
        c.k("segments"): [{c.k("flight"): f"{c.pick(['LH', 'AF', 'IB', 'BA'])}"
                                          f"{c.r.randint(100, 9999)}",
                           c.k("from"): c.pick(["FRA", "CDG", "MAD", "LHR"]),
                           c.k("to"): c.pick(["JFK", "BCN", "MUC", "LYS"]),
                           c.k("departs"): c.ts()}],
        c.k("fare"): {c.k("total"): c.amount(90, 2400), c.k("currency"): "EUR"},
    }
    return c.envelope(doc)



def chargeback(c: Ctx) -> Any:
    locale = c.locale()
    p = c.person(locale)
    doc: dict[str, Any] = {
        c.k("dispute_id"): "dp_" + c.token(16),
        c.k("reason_code"): c.pick(["10.4", "13.1", "4837", "4853"]),
        c.k("amount"): c.amount(10, 1500),
        c.k("transaction"): {c.key("card"): c.card(), c.k("auth_code"): c.token(6, HEX_UPPER),
                             c.k("arn"): "".join(c.r.choice(string.digits) for _ in range(23))},
        c.k("status"): c.pick(["needs_response", "under_review", "won", "lost"]),
    }
    if c.chance(0.5):
        doc[c.k("cardholder")] = c.name(p)
    if c.chance(0.3):
        doc[c.k("cardholder_statement")] = c.free_text(p.lang, pii=["payment_card"], p=p)
    return c.envelope(doc)


CASE_NOTE_KINDS = SPECIAL_TEXT_KINDS
CASE_NOTE_LANGS = ("en", "de", "fr", "es")


def case_note(c: Ctx) -> Any:
    """Free text is the only place the special category appears; every (kind, language) pair
    comes up in turn."""
    combos = [(k, lang) for k in CASE_NOTE_KINDS for lang in CASE_NOTE_LANGS]
    kind, lang = combos[c.seq % len(combos)]
    text = c.free_text(lang, special=[kind], traps=1 if c.chance(0.2) else 0)
    doc: dict[str, Any] = {
        c.k("note_id"): "n_" + c.token(12),
        c.k("subject_ref"): c.pick(["cus_", "emp_", "mbr_"]) + c.token(10),
        c.k("team"): c.pick(["support", "hr-ops", "member-services", "claims"]),
        c.k(c.pick(["text", "note", "comment", "internal_note"])): text,
        c.k("visibility"): c.pick(["internal", "restricted"]),
        c.k("created_at"): c.ts(),
    }
    return c.envelope(doc)
