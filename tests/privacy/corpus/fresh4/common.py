"""Shapes shared by several families: name blocks, envelopes, contact blocks."""

from __future__ import annotations

from typing import Any

from .gen import Ctx, Person

NAME_KEYS = {
    "en": (("first_name", "last_name"), ("given_name", "family_name"), ("fname", "lname"),
           ("first", "last")),
    "de": (("vorname", "nachname"), ("vorname", "familienname")),
    "fr": (("prenom", "nom"), ("prénom", "nom"), ("prenom", "nom_de_famille")),
    "es": (("nombre", "apellidos"), ("nombre", "primer_apellido")),
}


def name_block(c: Ctx, p: Person, lang: str = "en") -> dict[str, Any]:
    """A person's name in one of several shapes (split keys, one key, FHIR-like object)."""
    shape = c.r.random()
    if shape < 0.55:
        first_key, last_key = c.pick(NAME_KEYS.get(lang, NAME_KEYS["en"]))
        return {c.k(first_key): p.first, c.k(last_key): p.last}
    if shape < 0.8:
        key = c.pick({"en": ("full_name", "name", "display_name", "legal_name"),
                      "de": ("name", "vollstaendiger_name"), "fr": ("nom_complet", "name"),
                      "es": ("nombre_completo", "name")}.get(lang, ("name",)))
        value = c.pick((p.full, f"{p.last}, {p.first}", p.full.upper() if c.chance(0.2)
                        else p.full))
        return {c.k(key): value}
    return {c.k("name"): {c.k("given"): p.first.split(" "), c.k("family"): p.last}}


def contact_block(c: Ctx, p: Person, lang: str = "en", email: bool = True,
                  phone: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if email:
        out[c.k(c.pick({"en": ("email", "email_address", "contact_email"),
                        "de": ("email", "e_mail"), "fr": ("courriel", "email"),
                        "es": ("correo", "email", "correo_electronico")}[lang]))] = c.email(p)
    if phone:
        out[c.k(c.pick({"en": ("phone", "mobile", "phone_number", "tel"),
                        "de": ("telefon", "handy", "mobilnummer"),
                        "fr": ("telephone", "portable", "tel"),
                        "es": ("telefono", "movil", "tel")}[lang]))] = c.phone(
            {"en": "en", "de": "de", "fr": "fr", "es": "es"}[lang])
    return out


def envelope(c: Ctx, event: str, data: Any, source: str | None = None) -> dict[str, Any]:
    """A webhook envelope in one of several vendors' styles."""
    style = c.r.randint(0, 3)
    if style == 0:
        return {"id": c.obj_id("evt", 18), "type": event, "created": c.epoch(),
                "data": {"object": data}}
    if style == 1:
        return {"event": event, "timestamp": c.ts(), "delivery_id": c.uuid(), "payload": data}
    if style == 2:
        return {"specversion": "1.0", "type": f"com.{source or 'vendor'}.{event}",
                "source": f"/{source or 'vendor'}/{c.alnum(6).lower()}", "id": c.uuid(),
                "time": c.ts(), "datacontenttype": "application/json", "data": data}
    return {"EventName": event, "EventId": c.uuid(), "OccurredOn": c.ts(), "Body": data}


def lang_of(p: Person) -> str:
    return p.loc if p.loc in ("en", "de", "fr", "es") else "en"
