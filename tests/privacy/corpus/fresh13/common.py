"""Helpers shared by the templates: person blocks, contact fields and locale ids."""

from __future__ import annotations

from .ctx import Ctx, Person

LOCALE_ID = {"us": ["ssn"], "uk": ["nino"], "de": ["steuer_id"], "fr": ["nir"],
             "es": ["dni", "nie"]}
ID_KEYS = {
    "ssn": ["ssn", "SSN", "social_security_number", "socialSecurityNumber", "tax_id"],
    "nino": ["nino", "ni_number", "nationalInsuranceNumber", "NINumber"],
    "steuer_id": ["steuer_id", "steuerId", "Steuer-IdNr", "steuerliche_identifikationsnummer",
                  "tax_id", "IdNr"],
    "nir": ["nir", "numero_securite_sociale", "numéro_de_sécurité_sociale", "NIR", "insee"],
    "dni": ["dni", "DNI", "documento_identidad", "nif"],
    "nie": ["nie", "NIE", "numero_extranjero", "documento_identidad"],
}


def name_fields(c: Ctx, p: Person, split: bool | None = None) -> dict:
    split = c.chance(0.5) if split is None else split
    if split:
        style = c.pick(["en", "camel", c.lang if c.lang in ("de", "fr", "es") else "en"]
                       if c.chance(0.9) else ["de", "fr", "es"])
        keys = {"en": ("first_name", "last_name"), "camel": ("firstName", "lastName"),
                "de": ("vorname", "nachname"), "fr": ("prénom", "nom"),
                "es": ("nombre", "apellidos")}[style]
        return {keys[0]: p.first(), keys[1]: p.last()}
    return {c.k("name"): p.full()}


def national_id(c: Ctx, fmt: str | None = None) -> tuple[str, str]:
    """(key, value) of the locale's national id."""
    which = c.pick(LOCALE_ID[c.loc])
    if fmt is None:
        fmt = c.pick({"ssn": ["dashed", "dashed", "plain"], "nino": ["plain", "spaced"],
                      "steuer_id": ["plain", "spaced"], "nir": ["plain", "spaced"],
                      "dni": ["plain", "dashed"], "nie": ["plain"]}[which])
    keys = ID_KEYS[which]
    if which == "ssn" and fmt == "plain":
        keys = [k for k in keys if "ssn" in k.lower() or "social" in k.lower()]
    return c.pick(keys), c.national_id(which, fmt)


def contact(c: Ctx, p: Person, *, email: float = 0.6, phone: float = 0.5, dob: float = 0.3,
            address: float = 0.3) -> dict:
    out: dict = {}
    if c.chance(email):
        out[c.k("email")] = p.email()
    if c.chance(phone):
        out[c.k("phone")] = c.phone()
    if c.chance(dob):
        out[c.k("dob")] = c.dob()
    if c.chance(address):
        out[c.k("address")] = c.address()
    return out


def masked_card(c: Ctx) -> dict:
    """Card details that are not a card number: brand, last four, expiry, token."""
    return {"brand": c.pick(["visa", "mastercard", "amex"]), "last4": f"{c.n(0, 9999):04d}",
            "exp_month": c.n(1, 12), "exp_year": c.n(2025, 2031),
            "payment_method": c.oid("pm", 24)}


# Free-text kinds picked for incidental sentences, weighted toward the rarer categories.
SCATTER = ["health", "genetic", "genetic", "racial_ethnic_origin", "racial_ethnic_origin",
           "political_opinion", "political_opinion", "religious_belief", "trade_union",
           "sex_life_orientation", "sex_life_orientation", "criminal_record", "criminal_record"]


def scatter_text(c: Ctx, lang: str | None = None, kinds: list[str] | None = None) -> str:
    """An incidental free-text sentence carrying one special category."""
    if c.chance(0.12):
        return c.say_multi(c.pick(kinds or SCATTER), lang)
    return c.say(c.pick(kinds or SCATTER), lang)


def face_embedding(c: Ctx, dims: int) -> list[float]:
    return [round(c.r.uniform(-0.25, 0.25), 4) for _ in range(dims)]


def biometric_blob(c: Ctx, modality: str | None = None) -> tuple[str, dict]:
    """(key, value) of a biometric template; records a ``biometric`` tag."""
    modality = modality or c.pick(["face", "finger", "voice", "iris", "palm"])
    if modality == "face":
        key = c.pick(["faceTemplate", "face_template", "face_embedding", "Gesichtsmerkmale",
                      "gabarit_facial", "plantilla_facial", "FaceVector"])
        value: dict = c.pick([
            {"format": "ISO/IEC 19794-5", "vendor": c.pick(["Paravision", "Innovatrics",
                                                             "NEC"]), "data": c.b64(c.n(160, 360))},
            {"model": c.pick(["arcface-r100", "facenet-512", "insightface-buffalo_l"]),
             "dims": 32, "vector": face_embedding(c, 32)},
        ])
    elif modality == "finger":
        key = c.pick(["fingerprintTemplate", "fingerprint_template", "minutiae",
                      "fingerabdruck_template", "empreinte_digitale", "huella_dactilar"])
        value = c.pick([
            {"format": "ANSI-INCITS 378", "finger": c.pick(["right_index", "left_thumb"]),
             "data": c.b64(c.n(200, 400))},
            {"format": "ISO/IEC 19794-2", "quality": c.n(40, 99), "points": [
                {"x": c.n(10, 250), "y": c.n(10, 300), "angle": c.n(0, 359),
                 "type": c.pick(["ending", "bifurcation"])} for _ in range(c.n(6, 12))]},
        ])
    elif modality == "voice":
        key = c.pick(["voiceprint", "voice_print", "Stimmprofil", "empreinte_vocale",
                      "huella_de_voz", "speakerModel"])
        value = {"model": c.pick(["x-vector", "ecapa-tdnn", "i-vector"]),
                 "enrolledPhrase": c.pick(["my voice is my password", "passphrase-3"]),
                 "data": c.b64(c.n(200, 360))}
    elif modality == "iris":
        key = c.pick(["iris_code", "irisCode", "IrisTemplate", "iris_template"])
        value = {"eye": c.pick(["left", "right"]), "bits": 2048, "code": c.hexs(256)}
    else:
        key = c.pick(["palm_vein_template", "palmVein", "PalmVeinPattern", "handvenen_muster"])
        value = {"sensor": c.pick(["PalmSecure", "M2-Palm"]), "data": c.b64(c.n(200, 320))}
    c.tag("biometric", modality)
    return key, value
