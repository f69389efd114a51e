"""Cross-domain families: guest registration, payments in free text, biometrics, donations."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from .ctx import Ctx
from .registry import ADDRESS, DOB, EMAIL, FULL, NATIONALITY, PHONE, fam


@fam("hotel_guest_registration", 4)
def guest_registration(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        c.k("form|formular|formulaire|formulario"): c.t(
            "guest registration card|Meldeschein|fiche individuelle de police|parte de viajeros"),
        c.k(FULL): c.name(), c.k(DOB): c.dob(),
        c.k(NATIONALITY): {"en": "GBR", "de": "DEU", "fr": "FRA", "es": "ESP"}[c.lang],
        c.k(ADDRESS): c.address(), c.k("arrival|anreise|arrivée|llegada"): c.day(),
        c.k("observations|bemerkungen|observations|observaciones"): c.note(0.9)}
    if c.lang == "es" and c.chance(0.6):
        doc["documento"] = {"tipo": c.pick(["DNI", "NIE"]), "numero": c.dni()}
    else:
        doc[c.k("document|dokument|document|documento")] = {"type": "passport",
                                                            "number": c.passport_no()}
    return doc


@fam("card_paste_chat", 6)
def card_paste_chat(c: Ctx) -> Any:
    return {"chat": c.uuid(), "channel": c.pick(["whatsapp", "webchat", "app"]), "messages": [
        {"from": "agent", "text": c.t("Please never share full card numbers here.|Bitte keine "
                                      "Kartennummern im Chat teilen.|Ne partagez jamais votre "
                                      "numéro de carte ici.|No comparta el número de tarjeta.")},
        {"from": "customer", "text": c.t("ok here it is|ok hier|ok voilà|vale aquí está") + " "
         + c.card() + " " + c.t("exp|gültig bis|exp|caduca") + " " + c.expiry()}]}


@fam("checkout_form_post", 6, langs="en", style="snake")
def checkout_form(c: Ctx) -> Any:
    body = urlencode({"cc_number": c.card("plain"), "cc_exp": c.expiry(), "email": c.email(),
                      "order": c.order_no()}, safe="@/")
    return {"method": "POST", "path": "/checkout/submit", "content_type":
            "application/x-www-form-urlencoded", "body": body, "status": 302}


@fam("paternity_test_order", 3)
def paternity(c: Ctx) -> Any:
    return {"case": c.ref("PAT"), c.k("alleged father|mutmaßlicher vater|père présumé|"
                                      "presunto padre"): {c.k(FULL): c.name(),
                                                          "str": c.str_profile()},
            c.k("child|kind|enfant|hijo"): {c.k(FULL): c.name(), "str": c.str_profile()},
            "probability": round(c.rng.uniform(0.9, 0.9999), 4)}


@fam("nutrigenomics_report", 3, style="snake")
def nutrigenomics(c: Ctx) -> Any:
    return {"kit": c.ref("NG"), "results": c.genotype(), "summary": c.special("genetic"),
            "recommendation": c.t("More leafy greens.|Mehr Blattgemüse.|Plus de légumes "
                                  "verts.|Más verduras de hoja.")}


@fam("iris_egate_enrolment", 4, langs="en", style="camel")
def iris_egate(c: Ctx) -> Any:
    return {"programme": "registered-traveller", "passportNumber": c.passport_no(),
            "irisCodes": {"left": c.iris_code()}, "enrolledAt": c.ts(),
            "airport": c.airport()[0]}


@fam("palm_pay_enrolment", 4, langs="en", style="snake")
def palm_pay(c: Ctx) -> Any:
    return {"venue": c.pick(["Arena Nord", "Stade Lumière", "Estadio Sur"]),
            "palm_signature": c.palm_vein(), "linked_payment": c.pm_token(),
            "email": c.email()}


@fam("crowdfunding_pledge", 5)
def crowdfunding(c: Ctx) -> Any:
    r = c.num(0, 2)
    if r == 0:
        k, camp = "political_opinion", c.t(
            "Re-elect our Labour councillor fund|Wahlkampfkasse SPD Ortsverein|Campagne "
            "municipale Les Écologistes|Campaña municipal de Sumar")
    elif r == 1:
        k, camp = "religious_belief", c.t(
            "Mosque roof repair (sadaqah)|Kirchendach St. Marien \u2013 Spende der Gemeinde|"
            "Rénovation de la synagogue \u2013 don des fidèles|"
            "Obras de la parroquia \u2013 donativo")
    else:
        k, camp = "trade_union", c.t(
            "Unite strike fund \u2013 members' pledge|ver.di Streikkasse \u2013 Mitgliederspende|"
            "Caisse de grève CGT \u2013 adhérents|Caja de resistencia CCOO \u2013 afiliados")
    c.add(k)
    return {"pledge": c.ref("PLG"), "campaign": camp, c.k("backer|unterstützer|donateur|"
                                                          "donante"): c.name(),
            c.k(EMAIL): c.email(), c.k("amount|betrag|montant|importe"): c.num(5, 500)}


@fam("group_booking_request", 4)
def group_booking(c: Ctx) -> Any:
    r = c.num(0, 2)
    if r == 0:
        k, grp = "trade_union", c.t(
            "delegates to the Unite policy conference|Delegierte zum ver.di-Bundeskongress|"
            "délégués au congrès de la CGT|delegados al congreso de CCOO")
    elif r == 1:
        k, grp = "religious_belief", c.t(
            "parish pilgrimage group|Pilgergruppe der Pfarrgemeinde|pèlerinage paroissial "
            "à Lourdes|peregrinación de la parroquia a Santiago")
    else:
        k, grp = "political_opinion", c.t(
            "Liberal Democrat party conference delegates|Delegierte zum FDP-Parteitag|"
            "délégués au congrès du Parti socialiste|compromisarios del congreso del PSOE")
    c.add(k)
    org = c.name()
    return {"request": c.ref("GRP"), c.k("organiser|organisator|organisateur|organizador"): org,
            c.k(EMAIL): c.email(org), c.k("group|gruppe|groupe|grupo"): grp,
            c.k("rooms|zimmer|chambres|habitaciones"): c.num(8, 60),
            c.k("members|teilnehmer|membres|miembros"): [c.name() for _ in range(2)]}


@fam("pharmacy_consult_chat", 3)
def pharmacy_chat(c: Ctx) -> Any:
    return {"consultation": c.uuid(), "messages": [
        {"from": "patient", "text": c.special("health")},
        {"from": "pharmacist", "text": c.t("Please bring your e-prescription.|Bitte das "
                                           "E-Rezept mitbringen.|Apportez votre ordonnance.|"
                                           "Traiga su receta electrónica.")},
        {"from": "patient", "text": c.note(0.5, ("genetic", "religious_belief"))}]}


@fam("stadium_face_entry", 4, langs="en", style="snake")
def stadium_face(c: Ctx) -> Any:
    return {"ticket": c.ref("TKT"), "holder": c.name(),
            "block": f"{c.pick('ABCDEF')}{c.num(1, 40)}",
            "seat": c.num(1, 30), "face_template": c.face_embedding(16), "gate": c.num(1, 12)}


@fam("spa_health_form", 3)
def spa_form(c: Ctx) -> Any:
    c.add("health")
    return {"guest": c.name(), "room": c.room(), c.k(
        "pregnant|schwanger|enceinte|embarazada"): c.chance(0.2),
        c.k("heart condition|herzerkrankung|problème cardiaque|cardiopatía"): c.chance(0.2),
        c.k("treatment|behandlung|soin|tratamiento"): c.pick(["hot stone", "deep tissue",
                                                              "facial"])}


@fam("vulnerable_customer_flag", 3)
def vulnerable_flag(c: Ctx) -> Any:
    return {"account": c.order_no(), c.k(FULL): c.name(), c.k(PHONE): c.phone(),
            c.k("vulnerability|schutzbedürftigkeit|vulnérabilité|vulnerabilidad"):
                c.special("health", "field"),
            "priority_repair": True}



@fam("hotel_amenities", 3, langs="en", clean=True)
def amenities(c: Ctx) -> Any:
    return {"hotel": c.pick(["Bellamar Sevilla", "Bellamar Lyon"]), "amenities": c.sample(
        ["pool", "spa", "gym", "kids club", "EV charging", "prayer room", "halal breakfast"], 4),
        "check_in_from": "15:00", "check_out_until": "11:00"}


@fam("baggage_policy", 3, clean=True)
def baggage_policy(c: Ctx) -> Any:
    return {"airline": c.pick(["SkyVista Air", "Aurora Air"]), "cabin": {"kg": 8, "cm":
                                                                        "55x40x23"},
            "checked": [{"fare": f, "pieces": p} for f, p in [("light", 0), ("classic", 1),
                                                              ("flex", 2)]],
            "medical_devices": c.t("Medical devices travel free of charge.|Medizinische "
                                   "Hilfsmittel reisen kostenlos.|Les dispositifs médicaux "
                                   "voyagent gratuitement.|Los dispositivos médicos viajan "
                                   "gratis.")}
