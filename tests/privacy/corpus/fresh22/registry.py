"""Family registry: every family is one payload shape with its own generator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .ctx import Ctx

Gen = Callable[[Ctx], Any]


@dataclass(frozen=True)
class Family:
    name: str
    fn: Gen
    n: int
    langs: tuple[str, ...]
    clean: bool
    style: str | None


FAMILIES: list[Family] = []


def fam(name: str, n: int, langs: str = "en de fr es", clean: bool = False,
        style: str | None = None) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        assert all(f.name != name for f in FAMILIES), name
        FAMILIES.append(Family(name, fn, n, tuple(langs.split()), clean, style))
        return fn

    return deco


# frequent key spellings: "en|de|fr|es", words separated by spaces (styled per record)
FIRST = "first name|vorname|prénom|nombre"
LAST = "last name|nachname|nom|apellidos"
FULL = "full name|name|nom complet|nombre completo"
EMAIL = "email|e-mail|courriel|correo"
PHONE = "phone|telefon|téléphone|teléfono"
MOBILE = "mobile|handynummer|portable|móvil"
DOB = "date of birth|geburtsdatum|date de naissance|fecha de nacimiento"
ADDRESS = "address|anschrift|adresse|dirección"
NOTES = "notes|anmerkungen|remarques|observaciones"
COMMENT = "comment|kommentar|commentaire|comentario"
MESSAGE = "message|nachricht|message|mensaje"
STATUS = "status|status|statut|estado"
CREATED = "created at|erstellt am|créé le|creado el"
AMOUNT = "amount|betrag|montant|importe"
IBAN = "iban|iban|iban|iban"
EMERGENCY = "emergency contact|notfallkontakt|contact d'urgence|contacto de emergencia"
NATIONALITY = "nationality|staatsangehörigkeit|nationalité|nacionalidad"
GENDER = "gender|geschlecht|sexe|sexo"
