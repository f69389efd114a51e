"""Life events: funerals, weddings, baby registries, pharmacies, opticians, dentists."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import DOB, EMAIL, FIRST, FULL, LAST, NOTES, PHONE, fam


@fam("funeral_arrangement", 4)
def funeral(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        c.k("deceased|verstorbene|défunt|difunto"): {c.k(FULL): c.name(), c.k(DOB): c.dob(),
                                                    c.k("date of death|sterbedatum|date de décès|"
                                                        "fecha de defunción"): c.day()},
        c.k("next of kin|angehörige|proche|familiar"): {c.k(FULL): c.name(),
                                                        c.k(PHONE): c.phone()},
        c.k("package|paket|formule|paquete"): c.pick(["cremation", "burial", "direct"]),
        c.k("payer iban|zahler iban|iban du payeur|iban del pagador"):
            c.iban() if c.chance(0.5) else None,
        c.k(NOTES): c.note(0.5, ("sex_life_orientation", "racial_ethnic_origin",
                                 "political_opinion", "trade_union", "health"))}
    if c.chance(0.7):
        doc[c.k("ceremony|zeremonie|cérémonie|ceremonia")] = c.t(
            "Catholic requiem mass; the deceased was a devout parishioner|Katholisches "
            "Requiem, der Verstorbene war aktives Gemeindemitglied|Messe catholique, le défunt "
            "était paroissien pratiquant|Misa católica, el difunto era feligrés practicante")
        c.add("religious_belief")
    else:
        doc[c.k("ceremony|zeremonie|cérémonie|ceremonia")] = c.t(
            "civil ceremony|weltliche Feier|cérémonie civile|ceremonia civil")
    return doc


@fam("funeral_package_catalogue", 3, clean=True)
def funeral_catalogue(c: Ctx) -> Any:
    return {"provider": "Lumen Funeral Care", "packages": [
        {"name": n, "price": c.price(900, 7000), "options": c.sample(
            [c.t("religious ceremony|religiöse Feier|cérémonie religieuse|ceremonia religiosa"),
             c.t("civil celebrant|Trauerredner|officiant civil|oficiante civil"),
             c.t("flowers|Blumen|fleurs|flores")], 2)} for n in ["Simple", "Traditional"]]}


@fam("wedding_booking", 4)
def wedding(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        c.k("couple|brautpaar|couple|pareja"): [c.name(), c.name()],
        c.k(EMAIL): c.email(), c.k("date|datum|date|fecha"): c.day(),
        c.k("guests|gäste|invités|invitados"): c.num(20, 180),
        c.k("venue|location|lieu|lugar"): c.address()}
    doc[c.k(NOTES)] = c.special_any(("sex_life_orientation", "religious_belief"))
    if c.chance(0.5):
        doc[c.k("deposit card|anzahlung karte|carte acompte|tarjeta señal")] = c.card()
    return doc


@fam("wedding_vendor_catalogue", 3, langs="en", clean=True)
def wedding_vendors(c: Ctx) -> Any:
    return [{"vendor": v, "category": cat, "from_price": c.price(300, 5000),
             "rating": round(c.rng.uniform(3.5, 5), 1)} for v, cat in
            [("Blumenwerk", "florist"), ("Studio Lumière", "photo"), ("DJ Sonido", "music")]]


@fam("baby_registry", 3)
def baby_registry(c: Ctx) -> Any:
    c.add("health")
    return {"registry": c.ref("BR"), "parents": [c.name(), c.name()],
            c.k("due date|geburtstermin|date prévue d'accouchement|fecha prevista de parto"):
                c.day(2025), c.k("shipping address|lieferadresse|adresse de livraison|"
                                 "dirección de envío"): c.address(),
            "items": [{"sku": c.sku(), "qty": c.num(1, 3)} for _ in range(3)],
            c.k("message to guests|nachricht an gäste|message aux invités|mensaje a invitados"):
                c.note(0.8)}


@fam("baby_product_catalogue", 3, langs="en", clean=True)
def baby_catalogue(c: Ctx) -> Any:
    c.decoy("allergens_on_products")
    return [{"sku": c.sku(), "name": n, "allergens": a, "price": c.price(3, 200)} for n, a in
            [("Organic rice cereal", []), ("Teething biscuits", ["wheat", "milk"]),
             ("Almond oil balm", ["tree nuts"])]]


@fam("eprescription", 4, langs="en", style="snake")
def eprescription(c: Ctx) -> Any:
    return {"prescription_id": c.ref("RX"), "patient": {"name": c.name(), "dob": c.dob(iso=True)},
            "prescriber": "Dr " + c.last(), "items": [{"drug": c.medication(),
                                                         "qty": c.num(1, 3)}],
            "diagnosis": c.icd10(), "pharmacy": "Farmacia Sol"}


@fam("click_collect_order", 3)
def click_collect(c: Ctx) -> Any:
    return {"order": c.order_no(), c.k(FULL): c.name(), c.k(PHONE): c.phone(),
            "items": [{"name": c.medication(), "rx": True}, {"name": "Sun cream SPF50",
                                                              "rx": False}],
            "store": c.pick(["Farmacia Sol Centro", "Apotheke am Markt"]), c.k(NOTES): c.note(0.8)}


@fam("otc_catalogue", 4, clean=True)
def otc_catalogue(c: Ctx) -> Any:
    c.decoy("otc_catalogue")
    return {"category": "OTC", "products": [
        {"ean": c.ean13(), "name": n, "price": c.price(2, 25),
         "indication": i} for n, i in c.sample(
            [("Ibuprofen 400", "pain, fever"), ("Loratadine 10", "hay fever"),
             ("Omeprazole 20", "heartburn"), ("Cetirizine 10", "allergy")], 3)]}


@fam("optician_appointment", 3)
def optician(c: Ctx) -> Any:
    c.add("health")
    return {"appointment": c.ts(), c.k(FULL): c.name(), c.k(PHONE): c.phone(),
            c.k("prescription|brillenpass|ordonnance|graduación"): {
                "od": {"sph": -round(c.rng.uniform(0.5, 6), 2), "cyl": -0.75},
                "os": {"sph": -round(c.rng.uniform(0.5, 6), 2), "cyl": -0.5}},
            c.k(NOTES): c.t("Myopia progressing, early cataract|Myopie fortschreitend|"
                            "Myopie évolutive|Miopía en progresión")}


@fam("dentist_booking_widget", 3)
def dentist(c: Ctx) -> Any:
    doc = {"slot": c.ts(), c.k(FIRST): c.first(), c.k(LAST): c.last(), c.k(EMAIL): c.email(),
           c.k(PHONE): c.phone(), c.k("reason|grund|motif|motivo"): c.t(
               "check-up|Kontrolle|contrôle|revisión")}
    if c.chance(0.6):
        doc[c.k(NOTES)] = c.special("health")
    return doc


@fam("dentist_slots", 3, langs="en", clean=True)
def dentist_slots(c: Ctx) -> Any:
    return {"practice": "Smile Studio", "slots": [c.ts() for _ in range(4)],
            "treatments": ["check-up", "hygiene", "whitening"]}


@fam("obituary_notice", 3)
def obituary(c: Ctx) -> Any:
    return {"title": c.name(), "born": c.dob(), "died": c.day(),
            "text": c.t("Loved by family and friends.|In liebevoller Erinnerung.|Regretté par "
                        "les siens.|Sus familiares no te olvidan."),
            "service_location": c.address()}


@fam("ancestry_kit_results", 4, langs="en", style="snake")
def ancestry(c: Ctx) -> Any:
    doc: dict[str, Any] = {"kit": c.ref("KIT"), "snps": c.genotype()}
    if c.chance(0.6):
        c.add("racial_ethnic_origin")
        doc["ancestry_composition"] = {"West African": round(c.rng.uniform(10, 60), 1),
                                       "Iberian": round(c.rng.uniform(5, 40), 1),
                                       "North African": round(c.rng.uniform(0, 20), 1)}
    return doc


@fam("carrier_screening", 3)
def carrier_screening(c: Ctx) -> Any:
    c.add("health")
    return {c.k(FULL): c.name(), c.k("weeks pregnant|schwangerschaftswoche|semaines de "
                                     "grossesse|semanas de embarazo"): c.num(6, 14),
            "panel": "expanded-carrier-v3", "result": c.special("genetic", "field")}


@fam("pharmacogenomic_report", 3, langs="en", style="snake")
def pgx(c: Ctx) -> Any:
    c.add("genetic")
    return {"patient_ref": c.uuid(), "gene": "CYP2C19", "diplotype": "*2/*2",
            "phenotype": "poor metabolizer", "current_medication": c.medication()}


@fam("hearing_test", 3)
def hearing_test(c: Ctx) -> Any:
    c.add("health")
    return {c.k(FULL): c.name(), "audiogram_db": {f: c.num(10, 70) for f in
                                                  ["500", "1000", "2000", "4000"]},
            c.k("result|ergebnis|résultat|resultado"): c.t(
                "moderate hearing loss, left ear|mittelgradige Schwerhörigkeit|surdité "
                "modérée|hipoacusia moderada")}


@fam("pharmacy_stock_feed", 3, langs="en", clean=True)
def pharmacy_stock(c: Ctx) -> Any:
    return {"store": c.pick(["FS-012", "AP-221"]), "updated": c.ts(), "stock": [
        {"sku": c.sku(), "qty": c.num(0, 80)} for _ in range(4)]}
