"""Travel and hospitality families."""

from __future__ import annotations

import json
from typing import Any

from . import pools
from .ctx import Ctx
from .registry import (
    ADDRESS,
    COMMENT,
    DOB,
    EMAIL,
    EMERGENCY,
    FIRST,
    FULL,
    GENDER,
    LAST,
    NATIONALITY,
    NOTES,
    PHONE,
    STATUS,
    fam,
)

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
HEALTH_SSR = {"WCHR": "wheelchair to aircraft door", "WCHC": "cabin wheelchair",
              "DBML": "diabetic meal", "BLND": "blind passenger", "DEAF": "deaf passenger",
              "MEDA": "medical case, MEDIF attached", "DPNA": "disabled passenger needing "
              "assistance (autism)"}
RELIGIOUS_SSR = {"KSML": "kosher meal", "MOML": "moslem meal", "HNML": "hindu meal"}
PLAIN_SSR = {"VGML": "vegan meal", "CHML": "child meal", "SFML": "seafood meal",
             "FPML": "fruit platter", "BSCT": "bassinet", "XBAG": "extra bag"}


def _segment(c: Ctx) -> dict[str, Any]:
    a, b = c.sample(["FRA", "MAD", "CDG", "LHR", "BCN", "MUC", "LYS", "AGP"], 2)
    return {"flight": c.flight(), "from": a, "to": b, "dep": c.ts(),
            "class": c.pick("YMBHKQVJ"), "status": c.pick(["HK", "TK", "HL"])}


def _docs_ssr(c: Ctx, surname: str, given: str) -> str:
    y, m, d = c.dob_parts()
    c.add("date_of_birth", "ssr")
    cc = {"en": "GBR", "de": "DEU", "fr": "FRA", "es": "ESP"}[c.lang]
    pp = c.passport_no()
    return (f"DOCS HK1/P/{cc}/{pp}/{cc}/{d:02d}{MON[m - 1]}{y % 100:02d}/{c.pick('MF')}/"
            f"{c.num(1, 28):02d}{c.pick(MON)}{c.num(27, 34)}/{surname.upper()}/{given.upper()}")


@fam("airline_pnr", 4, langs="en")
def airline_pnr(c: Ctx) -> Any:
    pax = []
    for i in range(c.num(1, 3)):
        sur, giv = c.last(), c.first()
        ssr: list[str] = []
        r = c.num(0, 5)
        if r == 0:
            code = c.pick(HEALTH_SSR)
            c.add("health", "ssr")
            ssr.append(f"{code} HK1 {HEALTH_SSR[code]}")
        elif r == 1:
            code = c.pick(RELIGIOUS_SSR)
            c.add("religious_belief", "ssr")
            ssr.append(f"{code} HK1 {RELIGIOUS_SSR[code]}")
        else:
            code = c.pick(PLAIN_SSR)
            c.decoy("plain_ssr")
            ssr.append(f"{code} HK1 {PLAIN_SSR[code]}")
        if c.chance(0.7):
            ssr.append(_docs_ssr(c, sur, giv))
        if c.chance(0.4):
            ssr.append(f"FQTV {c.pick(['LH', 'AF', 'IB'])} {c.loyalty()}")
        pax.append({"id": f"P{i + 1}", "surname": sur.upper(), "givenName": giv.upper(),
                    "ssr": ssr, "ticket": c.eticket()})
    doc = {"recordLocator": c.pnr(), "created": c.ts(), "passengers": pax,
           "segments": [_segment(c) for _ in range(c.num(1, 3))],
           "contacts": [{"type": "CTCE", "value": c.email()}]}
    if c.chance(0.5):
        doc["contacts"].append({"type": "CTCM", "value": c.phone_e164()})
    if c.chance(0.3):
        doc["osi"] = [f"OSI YY {c.decoy_text()}"]
    if c.chance(0.75):
        card = c.card("plain", c.pick(["visa", "mastercard", "amex"]))
        brand = {"4": "VI", "5": "CA", "3": "AX"}[card[0]]
        doc["fop"] = f"FP CC{brand}{card}/{c.expiry().replace('/', '')}"
    return doc


@fam("apis_manifest", 4, style="snake")
def apis_manifest(c: Ctx) -> Any:
    dep, arr = c.sample(["FRA", "MAD", "CDG", "LHR", "JFK", "BCN"], 2)
    out = []
    for _ in range(c.num(2, 4)):
        if c.lang == "es" and c.chance(0.5):
            doc = {"type": "I", "number": c.dni(), "issuing_country": "ESP"}
        else:
            doc = {"type": "P", "number": c.passport_no(), "issuing_country":
                   {"en": "GBR", "de": "DEU", "fr": "FRA", "es": "ESP"}[c.lang]}
        out.append({c.k(LAST): c.last(), c.k(FIRST): c.first(), c.k(DOB): c.dob(iso=True),
                    c.k(GENDER): c.pick("MF"), c.k(NATIONALITY): doc["issuing_country"],
                    c.k("travel document|reisedokument|document de voyage|documento de viaje"): doc,
                    "expiry": c.day(c.num(2026, 2034))})
    return {"flight": c.flight(), "route": f"{dep}-{arr}", "std": c.ts(), "passengers": out}


@fam("flight_status_feed", 4, clean=True)
def flight_status(c: Ctx) -> Any:
    rows = []
    for _ in range(c.num(3, 6)):
        a = c.airport()
        rows.append({c.k("flight|flug|vol|vuelo"): c.flight(), "iata": a[0], "icao": a[1],
                     c.k("gate|gate|porte|puerta"): f"{c.pick('ABCDZ')}{c.num(1, 60)}",
                     c.k("scheduled|planmäßig|prévu|programado"): c.hhmm(),
                     c.k(STATUS): c.t("On time|Pünktlich|À l'heure|En hora") if c.chance(0.6)
                     else c.t("Delayed|Verspätet|Retardé|Retrasado"),
                     "airport_pos": [a[2], a[3]], "aircraft": c.pick(["A320neo", "A321", "B738",
                                                                        "E195", "A359"])})
    c.decoy("iata_codes")
    return {"generated": c.ts(), "flights": rows}


@fam("fare_tariff_table", 4, clean=True)
def fare_tariff(c: Ctx) -> Any:
    c.decoy("tariff")
    fares = [{"rbd": r, "fare_basis": f"{r}{c.alnum(3, 'ABCDEFGHKLMNPRSTVWXYZ')}{c.num(1, 9)}",
              "ow": c.price(39, 900), "rt": c.price(70, 1600),
              c.k("refundable|erstattbar|remboursable|reembolsable"): c.chance(0.5),
              c.k("baggage|gepäck|bagages|equipaje"): f"{c.num(0, 2)}PC"} for r in "YBMHKLQ"]
    return {"origin": c.airport()[0], "destination": c.airport()[0], "currency": "EUR",
            "valid_from": c.day(), "fares": fares}


@fam("hotel_reservation", 4)
def hotel_reservation(c: Ctx) -> Any:
    guest = c.name()
    doc: dict[str, Any] = {
        c.k("confirmation|bestätigung|confirmation|confirmación"): c.ref("BLM"),
        c.k("guest|gast|client|huésped"): {c.k(FULL): guest, c.k(EMAIL): c.email(guest),
                                           c.k(PHONE): c.phone()},
        c.k("arrival|anreise|arrivée|llegada"): c.day(),
        c.k("nights|nächte|nuits|noches"): c.num(1, 9),
        c.k("room|zimmer|chambre|habitación"): c.room(),
        c.k("rate code|ratencode|code tarif|código tarifa"): c.pick(["BAR", "FLEX", "NRF", "BB"]),
    }
    if c.chance(0.75):
        doc["payment"] = {"card_number": c.card(), "expiry": c.expiry(), "holder": guest}
    else:
        doc["payment"] = {"token": c.pm_token(), "last4": c.last4()}
    doc[c.k("special requests|sonderwünsche|demandes spéciales|peticiones especiales")] = (
        c.note(0.7))
    if c.chance(0.3):
        doc["loyalty_no"] = c.loyalty()
    return doc


@fam("hotel_guest_profile", 3)
def hotel_guest_profile(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        "profileId": c.uuid(), c.k(FIRST): c.first(), c.k(LAST): c.last(),
        c.k(DOB): c.dob(), c.k(ADDRESS): c.address_obj(),
        c.k("preferences|vorlieben|préférences|preferencias"): c.sample(
            [c.t("high floor|hohe Etage|étage élevé|planta alta"), "feather-free pillow",
             c.t("quiet room|ruhiges Zimmer|chambre calme|habitación tranquila"), "twin beds"], 2),
        c.k("stay count|aufenthalte|séjours|estancias"): c.num(1, 40),
    }
    if c.chance(0.6):
        doc[c.k("passport|reisepass|passeport|pasaporte")] = c.passport_no()
    r = c.num(0, 2)
    if r == 0:
        doc[c.k(NOTES)] = c.special_any(("religious_belief", "health", "sex_life_orientation"))
    elif r == 1:
        doc[c.k("allergies|allergien|allergies|alergias")] = [c.allergy()]
    else:
        doc[c.k(NOTES)] = c.decoy_text()
    return doc


@fam("hotel_rate_calendar", 3, clean=True)
def hotel_rate_calendar(c: Ctx) -> Any:
    c.decoy("rates")
    return {"hotel": c.pick(["Bellamar Sevilla", "Bellamar Lyon", "Bellamar Berlin Mitte"]),
            "room_types": {rt: [{"date": c.day(2025), "rate": c.price(79, 420),
                                 "avail": c.num(0, 12)} for _ in range(3)]
                           for rt in ["STD", "DLX", "STE"]},
            "min_stay": c.num(1, 3), "city_tax": round(c.rng.uniform(1, 5), 2)}


@fam("cruise_manifest", 3)
def cruise_manifest(c: Ctx) -> Any:
    guests = []
    for _ in range(c.num(2, 3)):
        g: dict[str, Any] = {c.k(FULL): c.name(), c.k(DOB): c.dob(),
                             "cabin": f"{c.num(4, 12)}{c.num(100, 399)}",
                             c.k("passport number|reisepassnummer|numéro de passeport|"
                                 "número de pasaporte"): c.passport_no()}
        if c.chance(0.5):
            g[c.k("medical|medizinisch|médical|médico")] = {
                c.k("conditions|erkrankungen|pathologies|patologías"): [c.condition()],
                c.k("mobility aid|gehhilfe|aide à la mobilité|ayuda movilidad"): c.chance(0.4)}
        guests.append(g)
    ec = c.name()
    return {"ship": c.pick(["Aurora Borealis", "Aurora Mare"]), "voyage": c.ref("V"),
            "embark": c.day(), "guests": guests,
            c.k(EMERGENCY): {c.k(FULL): ec, c.k(PHONE): c.phone()}, c.k(NOTES): c.note(0.8)}


@fam("cruise_itinerary", 4, clean=True)
def cruise_itinerary(c: Ctx) -> Any:
    ports = ["Barcelona", "Marseille", "Genova", "Civitavecchia", "Palma", "Valletta", "Lisboa"]
    stops = []
    for p in c.sample(ports, 4):
        lat, lon = c.coarse()
        stops.append({"port": p, "arrive": c.hhmm(), "depart": c.hhmm(), "pos": [lat, lon],
                      c.k("excursions|ausflüge|excursions|excursiones"): c.num(2, 9)})
    return {"voyage": c.ref("V"), "nights": 7, "stops": stops,
            "tagline": c.t("Seven nights of Mediterranean sun.|Sieben Nächte Mittelmeer.|"
                           "Sept nuits en Méditerranée.|Siete noches por el Mediterráneo.")}


@fam("travel_insurance_claim", 3)
def travel_insurance_claim(c: Ctx) -> Any:
    name = c.name()
    doc: dict[str, Any] = {
        c.k("claim id|schadennummer|numéro de sinistre|número de siniestro"): c.ref("CLM"),
        c.k("policy|police|police|póliza"): c.ref("TIP"),
        c.k("claimant|anspruchsteller|assuré|asegurado"): {c.k(FULL): name, c.k(DOB): c.dob(),
                                                          c.k(EMAIL): c.email(name)},
        c.k("description|beschreibung|description|descripción"): c.special("health"),
        c.k("payout iban|auszahlung iban|iban de remboursement|iban de abono"): c.iban(),
        "receipts": [{"sku": c.sku(), "amount": c.price()} for _ in range(c.num(1, 3))],
    }
    if c.chance(0.5):
        doc["diagnosis_code"] = c.icd10()
    return doc


@fam("insurance_plan_catalogue", 4, clean=True)
def insurance_plan_catalogue(c: Ctx) -> Any:
    c.decoy("plan_catalogue")
    plans = [{"plan": p, "premium": c.price(9, 140),
              c.k("covers|deckt|couvre|cubre"): c.sample(
                  [c.t("pre-existing conditions|Vorerkrankungen|maladies préexistantes|"
                       "enfermedades preexistentes"),
                   c.t("pregnancy up to week 28|Schwangerschaft bis SSW 28|grossesse jusqu'à 28 "
                       "semaines|embarazo hasta la semana 28"),
                   c.t("repatriation|Rücktransport|rapatriement|repatriación"),
                   c.t("lost luggage|Gepäckverlust|bagages perdus|pérdida de equipaje")], 2)}
             for p in ["Basic", "Plus", "Premium"]]
    return {"provider": "Aurora Assist", "plans": plans}


@fam("tour_booking", 4)
def tour_booking(c: Ctx) -> Any:
    lead = c.name()
    doc = {"booking": c.ref("TB"),
           c.k("tour|tour|circuit|excursión"): c.t(
               "Religious sites of Rome|Religiöse Stätten Roms|Sites religieux de Rome|"
               "Lugares religiosos de Roma"),
           c.k("lead traveller|hauptreisender|voyageur principal|viajero principal"): lead,
           c.k(EMAIL): c.email(lead),
           c.k("participants|teilnehmer|participants|participantes"): c.num(1, 6),
           c.k(NOTES): c.note(0.8)}
    if c.chance(0.5):
        doc["deposit_card"] = c.card()
    c.decoy("religious_sites_tour")
    return doc


@fam("tour_catalogue", 3, clean=True)
def tour_catalogue(c: Ctx) -> Any:
    c.decoy("religious_sites_category")
    cats = [c.t("Religious sites|Religiöse Stätten|Sites religieux|Lugares religiosos"),
            c.t("Food & wine|Kulinarik|Gastronomie|Gastronomía"),
            c.t("Halal-friendly restaurants|Halal-Restaurants|Restaurants halal|"
                "Restaurantes halal")]
    tours = []
    for _ in range(c.num(3, 5)):
        lat, lon = c.coarse()
        tours.append({"code": c.sku(), "category": c.pick(cats), "duration_h": c.num(2, 8),
                      "price": c.price(15, 140), "meeting_point": {"lat": lat, "lon": lon}})
    return {"city": c.city(), "tours": tours}


@fam("visa_application", 4)
def visa_application(c: Ctx) -> Any:
    return {
        c.k("application id|antragsnummer|numéro de demande|número de solicitud"): c.ref("VSA"),
        c.k("applicant|antragsteller|demandeur|solicitante"): {
            c.k(FIRST): c.first(), c.k(LAST): c.last(), c.k(DOB): c.dob(),
            c.k("passport number|passnummer|numéro de passeport|número de pasaporte"):
                c.passport_no(),
            c.k(ADDRESS): c.address()},
        c.k("travel purpose|reisezweck|motif du voyage|motivo del viaje"):
            c.t("tourism|Tourismus|tourisme|turismo"),
        c.k("criminal convictions|vorstrafen|condamnations pénales|antecedentes penales"):
            _criminal_answer(c),
        c.k("employer phone|telefon arbeitgeber|téléphone employeur|teléfono empresa"): c.phone(),
        c.k("additional information|weitere angaben|informations complémentaires|"
            "información adicional"): c.note(0.9),
    }


def _criminal_answer(c: Ctx) -> Any:
    c.add("criminal_record")
    if c.chance(0.7):
        return c.t("No|Nein|Non|No")
    return {"answer": c.t("Yes|Ja|Oui|Sí"), "details": c.offence()}


@fam("visa_form_schema", 4, clean=True)
def visa_form_schema(c: Ctx) -> Any:
    c.decoy("form_schema")
    fields = [("passport_number", "string", "^[A-Z0-9]{9}$"), ("date_of_birth", "date", None),
              ("criminal_convictions", "boolean", None), ("religion", "enum", None),
              ("email", "email", None), ("home_address", "string", None)]
    return {"form": "schengen-c", "version": c.version(),
            "fields": [{"name": f, "type": t, "pattern": p,
                        "label": c.t(f"{f.replace('_', ' ').title()}|{f}|{f}|{f}"),
                        "required": c.chance(0.7), "placeholder": "{{applicant." + f + "}}"}
                       for f, t, p in c.sample(fields, 5)]}


@fam("loyalty_account", 3)
def loyalty_account(c: Ctx) -> Any:
    name = c.name()
    doc = {c.k("member number|mitgliedsnummer|numéro de membre|número de socio"): c.loyalty(),
           c.k(FULL): name, c.k(EMAIL): c.email(name),
           "tier": c.pick(["Blue", "Silver", "Gold", "Platinum"]), "miles": c.num(0, 400000),
           c.k(COMMENT): c.note(0.8)}
    if c.chance(0.5):
        doc[c.k(DOB)] = c.dob()
    return doc


@fam("boarding_pass_bcbp", 3, langs="en")
def boarding_pass(c: Ctx) -> Any:
    sur, giv = c.last(), c.first()
    a, b = c.sample(["FRA", "MAD", "CDG", "LHR", "BCN", "MUC"], 2)
    name = f"{sur.upper()}/{giv.upper()}"[:20].ljust(20)
    bcbp = (f"M1{name}E{c.pnr()} {a}{b}{c.pick(['LH', 'IB', 'AF'])} {c.num(100, 9999):04d} "
            f"{c.num(1, 365):03d}Y{c.num(1, 38):03d}{c.pick('ABCDEF')}{c.num(1, 300):04d} 100")
    if c.chance(0.5):
        return bcbp
    return {"barcode": bcbp, "format": "PDF417", "gate": f"B{c.num(1, 50)}", "seat": c.seat()}


@fam("lost_baggage_claim", 3)
def lost_baggage(c: Ctx) -> Any:
    name = c.name()
    return {"file_reference": f"{c.pick(['FRA', 'MAD', 'CDG'])}{c.pick(['LH', 'IB', 'AF'])}"
            f"{c.num(10000, 99999)}",
            c.k("passenger|passagier|passager|pasajero"): name,
            c.k("delivery address|lieferadresse|adresse de livraison|dirección de entrega"):
                c.address(),
            c.k(PHONE): c.phone(),
            "bag_tags": [f"0{c.num(100, 999)}{c.pick(['LH', 'IB', 'AF'])}{c.num(100000, 999999)}"],
            c.k("description|beschreibung|description|descripción"): c.t(
                "Black hard-shell suitcase with red strap|Schwarzer Hartschalenkoffer|"
                "Valise rigide noire|Maleta rígida negra"),
            "flight": c.flight(), c.k(NOTES): c.note(0.8)}


@fam("prm_assistance_request", 3)
def prm_assistance(c: Ctx) -> Any:
    return {"pnr": c.pnr(), c.k(FULL): c.name(),
            "ssr": c.pick(["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA"]),
            c.k("details|details|détails|detalles"): c.special("health"),
            c.k("own wheelchair|eigener rollstuhl|fauteuil personnel|silla propia"): c.chance(0.5),
            "battery": c.pick(["none", "dry cell", "lithium-ion 300Wh"]),
            "flight": c.flight()}


@fam("ota_booking_webhook", 3, langs="en", style="snake")
def ota_webhook(c: Ctx) -> Any:
    name = c.name()
    body = {"event": "reservation.created", "hotel_id": c.num(1000, 9999),
            "guest": {"name": name, "email": c.email(name)}, "arrival": c.day()}
    return {"headers": {"X-Signature": c.sha256(), "X-Webhook-Secret": c.secret("whsec")},
            "body": json.dumps(body, ensure_ascii=False), "received_at": c.ts()}


@fam("gds_error_log", 3, langs="en")
def gds_error_log(c: Ctx) -> Any:
    lines = [f"{c.ts()} ERROR pnr={c.pnr()} upstream timeout after {c.num(3000, 30000)}ms "
             f"client={c.ip()}",
             f"{c.ts()} DEBUG retry request headers={{'Authorization': '{c.bearer()}'}}",
             f"{c.ts()} INFO fare quote ok build={c.build_no()}"]
    return {"service": "gds-proxy", "level": "error", "lines": lines}


@fam("housekeeping_tickets", 4, clean=True)
def housekeeping(c: Ctx) -> Any:
    c.decoy("room_numbers")
    tasks = [c.t("Replace towels|Handtücher tauschen|Changer les serviettes|Cambiar toallas"),
             c.t("Fix minibar|Minibar reparieren|Réparer le minibar|Reparar minibar"),
             c.t("Deep clean|Grundreinigung|Nettoyage complet|Limpieza a fondo"),
             c.t("Replace TV remote battery|Batterie Fernbedienung|Pile télécommande|"
                 "Pila del mando")]
    return [{"room": c.room(), "task": c.pick(tasks), "priority": c.num(1, 3),
             "due": c.hhmm()} for _ in range(c.num(3, 6))]


@fam("hotel_review", 4)
def hotel_review(c: Ctx) -> Any:
    return {"reviewId": c.uuid(), "rating": c.num(1, 5),
            c.k("reviewer|rezensent|auteur|autor"): c.first(),
            c.k("title|titel|titre|título"): c.t("Our stay|Unser Aufenthalt|Notre séjour|"
                                                 "Nuestra estancia"),
            c.k("text|text|texte|texto"): f"{c.neutral()} {c.special_any()}",
            c.k("room|zimmer|chambre|habitación"): c.room(), "stayed": c.day()[:7]}


@fam("fx_rates", 3, langs="en", clean=True, style="snake")
def fx_rates(c: Ctx) -> Any:
    c.decoy("four_decimal_rates")
    return {"base": "EUR", "as_of": c.day(),
            "rates": {cur: round(c.rng.uniform(0.5, 1.9), 4) for cur in
                      ["USD", "GBP", "CHF", "SEK", "NOK", "PLN", "MAD"]}}


@fam("airport_directory", 4, langs="en", clean=True)
def airport_directory(c: Ctx) -> Any:
    c.decoy("airport_coords_3dp")
    return [{"iata": a[0], "icao": a[1], "lat": a[2], "lon": a[3],
             "terminals": c.num(1, 5), "runways": c.num(1, 4)}
            for a in c.sample(pools.AIRPORTS, 4)]


@fam("seat_map", 3, langs="en", clean=True)
def seat_map(c: Ctx) -> Any:
    c.decoy("seat_numbers")
    rows = []
    for r in range(c.num(1, 5), c.num(10, 14)):
        rows.append({"row": r, "seats": {s: c.pick(["free", "taken", "blocked"])
                                         for s in "ABCDEF"}, "exit": r in (12, 13)})
    return {"flight": c.flight(), "aircraft": "A320neo", "rows": rows}



@fam("hotel_kiosk_face_checkin", 4, langs="en")
def kiosk_checkin(c: Ctx) -> Any:
    return {"kiosk": f"K{c.num(1, 9)}", "reservation": c.ref("BLM"), "guest": c.name(),
            "face_template": {"algo": "arcface-r100", "vector": c.face_embedding()},
            "liveness_score": round(c.rng.uniform(0.8, 1), 3), "match": True}


@fam("biometric_boarding", 4, langs="en", style="camel")
def biometric_boarding(c: Ctx) -> Any:
    return {"gate": f"A{c.num(1, 40)}", "flight": c.flight(),
            "enrolment": {"passportNumber": c.passport_no(), "surname": c.last(),
                          "faceTemplate": c.face_embedding(24)},
            "matchScore": round(c.rng.uniform(0.7, 0.99), 3), "decision": "BOARD"}


@fam("travel_agent_chat", 4)
def travel_agent_chat(c: Ctx) -> Any:
    agent = c.first()
    msgs = [{"from": "agent", "text": c.t(f"Hi, this is {agent}, how can I help?|Hallo, hier ist "
                                          f"{agent}, wie kann ich helfen?|Bonjour, ici {agent}, "
                                          f"comment puis-je vous aider ?|Hola, soy {agent}, "
                                          "¿en qué puedo ayudarle?")},
            {"from": "customer", "text": c.special_any()},
            {"from": "customer", "text": c.note(0.6)},
            {"from": "customer", "text": c.t("You can call me on|Rufen Sie mich an unter|"
                                             "Appelez-moi au|Llámeme al") + " " + c.phone()}]
    return {"channel": "webchat", "session": c.uuid(), "messages": msgs}
