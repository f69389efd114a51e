"""Travel and hospitality families."""
from __future__ import annotations

from typing import Any

from . import pools as P
from .ctx import LANGS, Ctx

HEALTH_SSR = [
    ("WCHR", "PAX CAN WALK SHORT DISTANCES, NEEDS WHEELCHAIR TO GATE"),
    ("WCHC", "PAX IMMOBILE, OWN FOLDING WHEELCHAIR, CARRY ON BOARD"),
    ("MEDA", "MEDIF APPROVED - PORTABLE OXYGEN CONCENTRATOR IN CABIN"),
    ("DBML", "DIABETIC MEAL"),
    ("BLND", "BLIND PAX TRAVELLING WITH GUIDE DOG"),
    ("DEAF", "DEAF PAX - PLS BRIEF CREW, WRITTEN ANNOUNCEMENTS"),
    ("DPNA", "PAX WITH AUTISM - PREFERS QUIET BOARDING, ESCORT REQUESTED"),
    ("STCR", "STRETCHER CASE, MEDICAL ESCORT ON BOARD"),
]
RELIG_SSR = [("KSML", "KOSHER MEAL"), ("MOML", "MUSLIM MEAL"), ("HNML", "HINDU MEAL"),
             ("VJML", "JAIN VEGETARIAN MEAL")]
PLAIN_SSR = [("VGML", "VEGAN MEAL"), ("VLML", "VEGETARIAN LACTO-OVO"), ("CHML", "CHILD MEAL"),
             ("SFML", "SEAFOOD MEAL"), ("FPML", "FRUIT PLATTER"), ("BBML", "BABY MEAL"),
             ("PETC", "CAT IN CABIN 6KG INCL CONTAINER"), ("XBAG", "1PC 23KG PREPAID")]
SSR_CATALOG = {
    "en": [("KSML", "Kosher meal", "MEAL", "religious_belief"),
           ("MOML", "Muslim meal (halal)", "MEAL", "religious_belief"),
           ("HNML", "Hindu meal", "MEAL", "religious_belief"),
           ("DBML", "Diabetic meal", "MEAL", "health"),
           ("GFML", "Gluten-free meal", "MEAL", "health"),
           ("WCHR", "Wheelchair - ramp", "ASSIST", "health"),
           ("MEDA", "Medical case (MEDIF required)", "ASSIST", "health"),
           ("VGML", "Vegan meal", "MEAL", None)],
    "de": [("KSML", "Koscheres Menü", "MEAL", "religious_belief"),
           ("MOML", "Muslimisches Menü (halal)", "MEAL", "religious_belief"),
           ("HNML", "Hinduistisches Menü", "MEAL", "religious_belief"),
           ("DBML", "Diabetikermenü", "MEAL", "health"),
           ("WCHR", "Rollstuhl bis zur Flugzeugtür", "ASSIST", "health"),
           ("VGML", "Veganes Menü", "MEAL", None)],
    "fr": [("KSML", "Repas casher", "MEAL", "religious_belief"),
           ("MOML", "Repas musulman (halal)", "MEAL", "religious_belief"),
           ("HNML", "Repas hindou", "MEAL", "religious_belief"),
           ("DBML", "Repas diabétique", "MEAL", "health"),
           ("WCHR", "Fauteuil roulant jusqu'à l'appareil", "ASSIST", "health"),
           ("VGML", "Repas végétalien", "MEAL", None)],
    "es": [("KSML", "Menú kosher", "MEAL", "religious_belief"),
           ("MOML", "Menú musulmán (halal)", "MEAL", "religious_belief"),
           ("HNML", "Menú hindú", "MEAL", "religious_belief"),
           ("DBML", "Menú para diabéticos", "MEAL", "health"),
           ("WCHR", "Silla de ruedas hasta el avión", "ASSIST", "health"),
           ("VGML", "Menú vegano", "MEAL", None)],
}


def _segments(c: Ctx, code: str) -> list[dict[str, Any]]:
    segs = []
    a, b = c.pick(P.AIRPORTS), c.pick(P.AIRPORTS)
    while b == a:
        b = c.pick(P.AIRPORTS)
    legs = [(a, b)] + ([(b, a)] if c.chance(0.6) else [])
    for n, (x, y) in enumerate(legs, 1):
        segs.append({"id": str(n), "departure": {"iataCode": x, "at": c.ts(2024, 2025, "z")[:-1]},
                     "arrival": {"iataCode": y, "at": c.ts(2024, 2025, "z")[:-1]},
                     "carrierCode": code, "number": str(c.rint(100, 9899)),
                     "aircraft": {"code": c.pick(["32N", "320", "73H", "E95", "789"])},
                     "numberOfStops": 0, "bookingClass": c.pick("YBMHKQLVW")})
    return segs


def airline_pnr(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "airline_pnr"), LANGS)
    c.set_lang(lang, 0)
    code, airline = c.pick(P.AIRLINES)
    variant = i % 5
    travelers, ssrs = [], []
    remarks_extra = None
    for t in range(c.pick([1, 1, 2, 2, 3])):
        p = c.person(lang)
        tr: dict[str, Any] = {"id": str(t + 1), "dateOfBirth": c.dob("iso"),
                              "gender": "FEMALE" if p.gender == "f" else "MALE",
                              "name": {"firstName": c.first(p).upper(),
                                       "lastName": c.last(p).upper()}}
        if t == 0:
            tr["contact"] = {"purpose": "STANDARD", "emailAddress": c.email(p),
                             "phones": [{"deviceType": "MOBILE", "number": c.phone()}]}
        if c.chance(0.75):
            iso = P.ISO2[c.country()]
            tr["documents"] = [{"documentType": "PASSPORT", "number": c.passport(iso),
                                "expiryDate": c.date(2027, 2034), "issuanceCountry": iso,
                                "nationality": iso, "holder": True}]
        travelers.append(tr)
    ids = [t["id"] for t in travelers]
    if variant == 0:
        code_, txt = c.pick(HEALTH_SSR)
        ssrs.append({"code": code_, "status": "HK", "travelerIds": [c.pick(ids)], "freeText": txt})
        c.rec("health", "ssr", None)
        if i % 2 == 0:
            remarks_extra = c.say("health", lang).upper()
    elif variant == 1:
        code_, txt = c.pick(RELIG_SSR)
        ssrs.append({"code": code_, "status": "HK", "travelerIds": [c.pick(ids)], "freeText": txt})
        c.rec("religious_belief", "ssr_meal", None)
    else:
        for _ in range(c.rint(0, 2)):
            code_, txt = c.pick(PLAIN_SSR)
            ssrs.append({"code": code_, "status": "HK", "travelerIds": [c.pick(ids)],
                         "freeText": txt})
    remarks = [{"subType": "GENERAL_MISCELLANEOUS",
                "text": f"BOOKED VIA {c.pick(['WEB', 'CALL CENTRE', 'TMC'])} {c.ref(6)}"}]
    if remarks_extra:
        remarks.append({"subType": "GENERAL_MISCELLANEOUS", "text": remarks_extra})
    if variant == 3 and i % 2 == 1:
        kind = c.slot(["health", "religious_belief", "sex_life_orientation"], lang)[0]
        remarks.append({"subType": "GENERAL_MISCELLANEOUS", "text": c.say(kind, lang).upper()})
    elif variant == 4:
        remarks.append({"subType": "GENERAL_MISCELLANEOUS",
                        "text": c.neg(c.pick(["political_opinion", "health", "religious_belief"]),
                                      "en").upper()})
    fop: dict[str, Any] = {"code": "CC"}
    if i % 4 == 2:
        request_meta = {"method": "POST", "path": "/v1/booking/flight-orders",
                        "headers": {"Authorization": c.cred("bearer"), "X-Request-Id": c.uuid()},
                        "clientIp": c.ip()}
    else:
        request_meta = None
    if i % 6 == 0:
        fop["creditCard"] = {"brand": "VI",
                             "holder": (travelers[0]["name"]["firstName"] + " "
                                        + travelers[0]["name"]["lastName"]),
                             "number": c.card("visa", "plain"),
                             "expiryDate": c.card_exp().replace("/", "")}
    else:
        fop["creditCard"] = {"brand": c.pick(["VI", "CA", "AX"]),
                             "number": c.masked_card().replace(" ", "").replace("•", "X"),
                             "expiryDate": c.card_exp().replace("/", "")}
    doc = {"data": {
        "type": "flight-order", "id": c.b64url(26),
        "queuingOfficeId": c.pick(["NCE1A0955", "MUC1A0701", "MAD1S2100", "LON1A0480"]),
        "associatedRecords": [{"reference": c.ref(6), "creationDate": c.ts(2024, 2025, "z")[:-1],
                               "originSystemCode": code, "flightOfferId": "1"}],
        "travelers": travelers,
        "flightOffers": [{"type": "flight-offer", "id": "1", "source": "GDS",
                          "itineraries": [{"segments": _segments(c, code)}],
                          "price": {"currency": "EUR", "total": f"{c.money(80, 1400):.2f}"},
                          "validatingAirlineCodes": [code]}],
        "specialServiceRequests": ssrs,
        "remarks": {"general": remarks},
        "formOfPayments": [fop],
        "ticketingAgreement": {"option": "DELAY_TO_CANCEL", "delay": "6D"},
    }, "dictionaries": {"carriers": {code: airline.upper()}}}
    if request_meta:
        doc["meta"] = {"request": request_meta}
    return doc


def ssr_reference(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    entries = []
    for code, desc, cat, kind in SSR_CATALOG[lang]:
        entries.append({"code": code, "description": desc, "category": cat,
                        "advanceNoticeHours": c.pick([24, 48, 72]), "chargeable": False})
        if kind:
            c.negtag(kind, "ssr_catalog")
    return {"dictionary": "ssr-codes", "locale": lang, "version": c.version(), "updatedAt": c.ts(),
            "entries": entries,
            "meta": {"count": len(entries),
                     "links": {"self": f"/v2/reference-data/ssr?locale={lang}"}}}


def hotel_guest_profile(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "hotel"), LANGS)
    c.set_lang(lang, 0)
    country = c.country()
    p = c.person(lang)
    variant = i % 5
    line1, pc, city, iso = c.address_parts(country)
    comments = []
    prefs = [{"preferenceType": "ROOM FEATURES",
              "preferences": [{"preferenceValue": c.pick(["HIGH FLOOR", "QUIET ROOM", "TWIN BEDS",
                                                          "NEAR LIFT"])}]}]
    if variant == 0:
        comments.append(c.say("health", lang))
        comments.append(c.say(c.slot(["religious_belief", "sex_life_orientation",
                                      "racial_ethnic_origin"], lang)[0], lang))
    elif variant == 1:
        comments.append(c.say("religious_belief", lang))
        comments.append(c.say(c.slot(["health", "sex_life_orientation", "racial_ethnic_origin"],
                                     lang)[0], lang))
    elif variant == 2 and i % 2 == 0:
        comments.append(c.say("sex_life_orientation", lang))
    elif variant in (2, 3):
        comments.append(c.neg(c.pick(["religious_belief", "health", "sex_life_orientation"]), lang))
    elif i % 10 == 4:
        prefs.append({"preferenceType": "ALLERGY",
                      "preferences": [{"preferenceValue": c.rec("health", "allergy",
                                                                c.pick(["FEATHERS", "DUST MITES",
                                                                        "NUTS", "LATEX"]))}]})
        comments.append(c.neutral(lang))
    else:
        comments.append(c.neutral(lang))
    prof: dict[str, Any] = {
        "profileIdList": [{"id": str(c.num_id(10000, 99999)), "type": "Profile"}],
        "customer": {"personName": [{"givenName": c.first(p), "surname": c.last(p),
                                     "nameType": "Primary", "namePrefix": P.TITLE[lang][p.gender]}],
                     "language": lang.upper()},
        "emails": {"emailInfo": [{"email": {"emailAddress": c.email(p), "type": "HOME",
                                            "primaryInd": True}}]},
        "telephones": {"telephoneInfo": [{"telephone": {"phoneNumber": c.phone(country),
                                                        "phoneTechType": "MOBILE"}}]},
        "addresses": {"addressInfo": [{"address": {"addressLine": [line1], "cityName": city,
                                                   "postalCode": pc, "country": {"code": iso},
                                                   "type": "HOME"}}]},
        "preferenceCollection": prefs,
        "comments": {"commentInfo": [{"comment": {"text": {"value": t},
                                                  "commentTitle": c.pick(
                                                      ["Housekeeping", "Guest note", "Front desk"]),
                                                  "type": "HKNOTE", "internal": True}}
                                     for t in comments]},
        "profileType": "Guest", "statusCode": "Active", "createDateTime": c.ts(),
    }
    if c.chance(0.35):
        prof["customer"]["birthDate"] = c.dob("iso")
    if lang == "es":
        prof["identifications"] = {"identificationInfo": [{"identification": {
            "idType": "DNI" if i % 3 else "NIE", "idNumber": c.dni() if i % 3 else c.nie()}}]}
    if i % 7 == 3:
        prof["paymentMethods"] = [{"cardType": "MC", "cardNumber": c.card("mc", "plain"),
                                   "expirationDate": c.card_exp()}]
    else:
        prof["paymentMethods"] = [{"cardType": c.pick(["VI", "MC", "AX"]),
                                   "cardNumberMasked": "XXXXXXXXXXXX" + c.last4(),
                                   "expirationDate": c.card_exp()}]
    hotel = c.pick(P.HOTELS[lang])
    return {"profileDetails": prof, "hotelName": hotel,
            "links": [{"href": f"/crm/v1/guests/{prof['profileIdList'][0]['id']}", "rel": "self",
                       "method": "GET"}]}


def housekeeping_board(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    rooms = []
    for _n in range(c.rint(5, 9)):
        rooms.append({"room": f"{c.rint(1, 6)}{c.rint(0, 3)}{c.rint(1, 9)}",
                      "hkStatus": c.pick(["DIRTY", "CLEAN", "INSPECTED", "PICKUP"]),
                      "foStatus": c.pick(["OCC", "VAC", "DEP", "ARR"]),
                      "flags": c.pick([[], ["DND"], ["LATE_CO"], ["EXTRA_TOWELS"]]),
                      "attendant": f"HK-{c.rint(1, 24):02d}", "credits": c.pick([1.0, 1.5, 2.0])})
    notices = [c.neg("religious_belief", lang), c.neg("health", lang)]
    return {"property": c.pick(P.HOTELS[lang]), "businessDate": c.date(),
            "section": c.pick(["A", "B", "C"]), "rooms": rooms, "notices": notices,
            "generatedAt": c.ts()}


THEFT = {
    "en": ["My bag was stolen from the hotel lobby; police report attached.",
           "Phone taken from my jacket on the metro, reported to local police the same day.",
           "Rental car broken into overnight, camera and laptop gone. Crime reference attached."],
    "de": ["Meine Tasche wurde in der Hotellobby gestohlen, Polizeibericht anbei.",
           "Handy in der U-Bahn aus der Jacke entwendet, noch am selben Tag angezeigt.",
           "Mietwagen über Nacht aufgebrochen, Kamera und Laptop weg. Anzeige liegt bei."],
    "fr": ["Mon sac a été volé dans le hall de l'hôtel, plainte jointe.",
           "Téléphone volé dans le métro, déclaration de vol faite le jour même.",
           "Voiture de location fracturée pendant la nuit, récépissé de plainte joint."],
    "es": ["Me robaron el bolso en el vestíbulo del hotel; adjunto la denuncia.",
           "Me quitaron el móvil en el metro, denunciado el mismo día.",
           "Forzaron el coche de alquiler por la noche; adjunto copia de la denuncia."],
}


def travel_insurance_claim(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "claim"), LANGS)
    c.set_lang(lang, 0.5)
    country = c.country()
    p = c.person(lang)
    variant = i % 3
    if variant == 0:
        itype, desc = "MEDICAL", c.say("health", lang)
    elif variant == 1:
        itype, desc = "THEFT", c.pick(THEFT[lang])
        c.negtag("criminal_record", "theft_victim")
    else:
        itype, desc = "DELAY", c.neutral(lang)
    k = c.k
    claimant = {k("first_name"): c.first(p), k("last_name"): c.last(p), k("dob"): c.dob(),
                k("email"): c.email(p), k("phone"): c.phone(country),
                k("address"): c.address(country)}
    return {
        "claimId": "CLM-" + c.ref(8),
        "status": c.pick(["SUBMITTED", "IN_REVIEW", "AWAITING_DOCUMENTS"]),
        "policy": {"number": "TRV-" + c.ref(7),
                   "product": c.pick(["Annual Multi-Trip", "Single Trip Plus", "Backpacker"]),
                   "insurer": "Atlas Travel Insurance"},
        "claimant": claimant,
        "incident": {"type": itype, "date": c.date(2024, 2025),
                     "country": c.pick(["PT", "IT", "GR", "TH", "US", "MA"]), "description": desc},
        "payout": ({"method": "BANK_TRANSFER", "iban": c.iban(), "bic": c.bic(),
                    "accountHolder": c.full(p)}
                   if i % 5 != 1 else {"method": "CARD_REFUND", "cardNumber": c.card(fmt="spaced"),
                                       "cardholder": c.full(p)}),
        "documents": [{"type": c.pick(["receipt", "medical_report", "police_report",
                                       "booking_confirmation"]),
                       "fileName": f"{c.lref(10)}.pdf", "uploadedAt": c.ts()}
                      for _ in range(c.rint(1, 3))],
        "amountClaimed": {"value": c.money(40, 3000), "currency": "EUR"},
    }


VISA_POLICY = {
    "en": [
        "Applicants with criminal convictions may be refused entry.",
        "Proof of travel health insurance is required.",
        "Passports must be valid for six months beyond the stay.",
        "A yellow fever vaccination certificate is needed when arriving from affected countries."],
    "de": ["Bei Vorstrafen kann die Einreise verweigert werden.",
           "Eine Reisekrankenversicherung ist nachzuweisen.",
           "Der Reisepass muss noch sechs Monate gültig sein."],
    "fr": ["Une condamnation pénale peut entraîner un refus d'entrée.",
           "Une assurance santé voyage est obligatoire.",
           "Le passeport doit être valable six mois après le séjour."],
    "es": ["Los antecedentes penales pueden motivar la denegación de entrada.",
           "Se exige un seguro médico de viaje.",
           "El pasaporte debe tener una validez mínima de seis meses."],
}


def visa_requirements(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    c.negtag("criminal_record", "visa_policy")
    c.negtag("health", "visa_policy")
    return {"destination": c.pick(["JP", "CA", "IN", "AU", "US", "GB", "KE"]), "locale": lang,
            "visaTypes": [{"code": c.pick(["ETA", "B1/B2", "EVISA", "TOURIST-30"]),
                           "maxStayDays": c.pick([30, 90, 180]), "feeEUR": c.money(20, 180)}],
            "requirements": list(VISA_POLICY[lang]), "updatedAt": c.ts(), "source": "consular-feed"}


def visa_case_file(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "visa"), LANGS)
    c.set_lang(lang, 0.5)
    country = c.country()
    iso = P.ISO2[country]
    p = c.person(lang)
    k = c.k
    variant = i % 3
    c.negtag("racial_ethnic_origin", "nationality")
    applicant = {k("first_name"): c.first(p), k("last_name"): c.last(p), k("dob"): c.dob(),
                 "placeOfBirth": c.city(country), "nationality": iso, "citizenship": [iso],
                 "passport": {"number": c.passport(iso), "issueDate": c.date(2018, 2023),
                              "expiryDate": c.date(2028, 2033), "issuingAuthority": iso},
                 k("address"): c.address(country), k("email"): c.email(p)}
    doc = {"caseRef": "VC-" + c.ref(7), "agency": "VisaPoint Agency",
           "destination": c.pick(["IN", "CN", "RU", "SA", "US", "AE"]),
           "visaType": c.pick(["BUSINESS", "TOURIST", "STUDENT", "WORK"]),
           "stage": c.pick(["DOCUMENTS", "SUBMITTED", "BIOMETRICS_BOOKED"]), "applicant": applicant,
           "travelHistory": [{"country": c.pick(["FR", "US", "TH", "BR", "ZA"]),
                              "year": c.rint(2015, 2024)} for _ in range(c.rint(1, 3))]}
    if variant == 0:
        conv = c.pick([False, False, True])
        doc["declarations"] = {c.k("convictions"): conv, "previousRefusals": c.pick([False, True]),
                               "details": c.pick(P.OFFENCE["en"]) if conv else None}
        c.rec("criminal_record", "declaration", None)
        doc["agentNotes"] = c.say("criminal_record", lang) if i % 2 == 0 else c.neutral(lang)
    elif variant == 1:
        doc["medical"] = {"tbScreening": c.pick(["negative", "negative", "chest x-ray clear"]),
                          "clinic": "Panel physician"}
        c.rec("health", "tb_screening", None)
        doc["formFields"] = {"religion": c.rec("religious_belief", "religion",
                                               c.pick(P.RELIGION["en"]))}
        doc["agentNotes"] = c.say(c.pick(["health", "religious_belief"]), lang)
    elif i % 2 == 0:
        doc["agentNotes"] = c.say(c.slot(["political_opinion", "criminal_record",
                                          "racial_ethnic_origin"], lang)[0], lang)
    else:
        doc["agentNotes"] = c.neutral(lang)
    return doc
