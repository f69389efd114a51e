"""Key spellings per concept and language; the generator renders them in several case styles."""

from __future__ import annotations

KEYS: dict[str, dict[str, list[tuple[str, ...]]]] = {
    "first_name": {
        "en": [("first", "name"), ("given", "name"), ("forename",)],
        "de": [("vorname",), ("rufname",)],
        "fr": [("prénom",), ("prenom",)],
        "es": [("nombre",), ("nombre", "pila")],
    },
    "last_name": {
        "en": [("last", "name"), ("surname",), ("family", "name")],
        "de": [("nachname",), ("familienname",)],
        "fr": [("nom",), ("nom", "famille")],
        "es": [("apellidos",), ("primer", "apellido")],
    },
    "full_name": {
        "en": [("full", "name"), ("name",), ("display", "name"), ("holder", "name")],
        "de": [("name",), ("vollständiger", "name"), ("inhaber",)],
        "fr": [("nom", "complet"), ("titulaire",)],
        "es": [("nombre", "completo"), ("titular",)],
    },
    "email": {
        "en": [("email",), ("email", "address"), ("contact", "email")],
        "de": [("e", "mail"), ("email", "adresse")],
        "fr": [("courriel",), ("adresse", "mail")],
        "es": [("correo",), ("correo", "electrónico")],
    },
    "phone": {
        "en": [("phone",), ("mobile",), ("phone", "number"), ("tel",)],
        "de": [("telefon",), ("handy",), ("mobilnummer",)],
        "fr": [("téléphone",), ("portable",), ("tel", "mobile")],
        "es": [("teléfono",), ("móvil",), ("telefono", "contacto")],
    },
    "dob": {
        "en": [("date", "of", "birth"), ("birth", "date"), ("dob",)],
        "de": [("geburtsdatum",), ("geb", "datum")],
        "fr": [("date", "naissance"), ("date", "de", "naissance")],
        "es": [("fecha", "nacimiento"), ("fecha", "de", "nacimiento")],
    },
    "address": {
        "en": [("address",), ("home", "address"), ("postal", "address")],
        "de": [("anschrift",), ("adresse",), ("wohnanschrift",)],
        "fr": [("adresse",), ("adresse", "postale")],
        "es": [("dirección",), ("domicilio",)],
    },
    "street": {
        "en": [("street",), ("address", "line1")],
        "de": [("straße",), ("strasse",)],
        "fr": [("rue",), ("voie",)],
        "es": [("calle",), ("vía",)],
    },
    "house_number": {
        "en": [("house", "number"), ("number",)],
        "de": [("hausnummer",), ("hnr",)],
        "fr": [("numéro",), ("num", "voie")],
        "es": [("número",), ("portal",)],
    },
    "postcode": {
        "en": [("postcode",), ("zip",)],
        "de": [("plz",), ("postleitzahl",)],
        "fr": [("code", "postal"), ("cp",)],
        "es": [("código", "postal"), ("cp",)],
    },
    "city": {
        "en": [("city",), ("town",)],
        "de": [("ort",), ("stadt",)],
        "fr": [("ville",), ("commune",)],
        "es": [("ciudad",), ("municipio",)],
    },
    "iban": {
        "en": [("iban",), ("bank", "iban"), ("payout", "iban")],
        "de": [("iban",), ("bankverbindung",)],
        "fr": [("iban",), ("rib", "iban")],
        "es": [("iban",), ("cuenta", "iban")],
    },
    "card": {
        "en": [("card", "number"), ("pan",), ("cc", "number")],
        "de": [("kartennummer",)],
        "fr": [("numéro", "carte"), ("carte", "bancaire")],
        "es": [("número", "tarjeta"), ("tarjeta",)],
    },
    "natid": {
        "en": [("ssn",), ("national", "insurance", "number"), ("ni", "number"), ("tax", "id")],
        "de": [("steuer", "id"), ("steuerliche", "identifikationsnummer"), ("idnr",)],
        "fr": [("nir",), ("numéro", "sécurité", "sociale"), ("num", "secu")],
        "es": [("dni",), ("nie",), ("documento", "identidad")],
    },
    "passport": {
        "en": [("passport", "number"), ("passport", "no")],
        "de": [("reisepass", "nummer"), ("passnummer",)],
        "fr": [("numéro", "passeport"), ("passeport",)],
        "es": [("número", "pasaporte"), ("pasaporte",)],
    },
    "password": {
        "en": [("password",)],
        "de": [("passwort",), ("kennwort",)],
        "fr": [("mot", "de", "passe")],
        "es": [("contraseña",)],
    },
    "diagnosis": {
        "en": [("diagnosis",), ("condition",), ("primary", "diagnosis")],
        "de": [("diagnose",), ("erkrankung",)],
        "fr": [("diagnostic",), ("pathologie",)],
        "es": [("diagnóstico",), ("patología",)],
    },
    "medication": {
        "en": [("medications",), ("current", "meds")],
        "de": [("medikation",), ("medikamente",)],
        "fr": [("traitement",), ("médicaments",)],
        "es": [("medicación",), ("tratamiento",)],
    },
    "ethnicity": {
        "en": [("ethnicity",), ("ethnic", "origin"), ("race",)],
        "de": [("ethnische", "herkunft"), ("ethnie",)],
        "fr": [("origine", "ethnique"), ("ethnie",)],
        "es": [("origen", "étnico"), ("etnia",)],
    },
    "religion": {
        "en": [("religion",), ("faith",), ("denomination",)],
        "de": [("religion",), ("konfession",), ("religionszugehörigkeit",)],
        "fr": [("religion",), ("confession",)],
        "es": [("religión",), ("confesión",)],
    },
    "party": {
        "en": [("party", "membership"), ("party",), ("political", "affiliation")],
        "de": [("partei",), ("parteimitgliedschaft",)],
        "fr": [("parti",), ("affiliation", "politique")],
        "es": [("partido",), ("afiliación", "política")],
    },
    "union": {
        "en": [("union", "member"), ("trade", "union"), ("union", "membership")],
        "de": [("gewerkschaft",), ("gewerkschaftsmitglied",)],
        "fr": [("syndicat",), ("adhérent", "syndical")],
        "es": [("sindicato",), ("afiliación", "sindical")],
    },
    "orientation": {
        "en": [("sexual", "orientation"), ("orientation",)],
        "de": [
            (
                "sexuelle",
                "orientierung",
            )
        ],
        "fr": [("orientation", "sexuelle")],
        "es": [("orientación", "sexual")],
    },
    "criminal": {
        "en": [("criminal", "record"), ("convictions",), ("background", "check")],
        "de": [("vorstrafen",), ("führungszeugnis",)],
        "fr": [("casier", "judiciaire"), ("condamnations",)],
        "es": [("antecedentes", "penales"), ("condenas",)],
    },
    "lat": {
        "en": [("lat",), ("latitude",)],
        "de": [("breitengrad",), ("lat",)],
        "fr": [("latitude",)],
        "es": [("latitud",)],
    },
    "lon": {
        "en": [("lon",), ("lng",), ("longitude",)],
        "de": [("längengrad",), ("lon",)],
        "fr": [("longitude",)],
        "es": [("longitud",)],
    },
    "ip": {
        "en": [("ip",), ("client", "ip"), ("remote", "addr")],
        "de": [("ip", "adresse")],
        "fr": [("adresse", "ip")],
        "es": [("dirección", "ip")],
    },
    "notes": {
        "en": [("notes",), ("comment",), ("free", "text")],
        "de": [("bemerkung",), ("notiz",), ("freitext",)],
        "fr": [("remarques",), ("commentaire",)],
        "es": [("observaciones",), ("comentario",)],
    },
}

STYLES = ["snake", "camel", "kebab", "pascal", "snake", "camel"]


def render(words: tuple[str, ...], style: str) -> str:
    if len(words) == 1:
        w = words[0]
        return {"pascal": w[:1].upper() + w[1:], "upper": w.upper()}.get(style, w)
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in words)
    return "_".join(words).upper()
