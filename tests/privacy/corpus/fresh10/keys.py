"""Key spellings for the fresh10 corpus: per concept, per language, in several case styles."""

from __future__ import annotations

from .ctx import Ctx

# concept -> language -> alternative word lists (accented and unaccented where it applies)
_WORDS: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
    "first_name": {"en": (("first", "name"), ("given", "name"), ("fname",)),
                   "de": (("vorname",),), "fr": (("prénom",), ("prenom",)),
                   "es": (("nombre",),)},
    "last_name": {"en": (("last", "name"), ("surname",), ("family", "name")),
                  "de": (("nachname",), ("familienname",)), "fr": (("nom",), ("nom", "famille")),
                  "es": (("apellidos",), ("apellido",))},
    "full_name": {"en": (("full", "name"), ("name",), ("display", "name")),
                  "de": (("name",), ("vollständiger", "name")), "fr": (("nom", "complet"),),
                  "es": (("nombre", "completo"),)},
    "email": {"en": (("email",), ("email", "address"), ("e", "mail")),
              "de": (("e", "mail",), ("email", "adresse")), "fr": (("courriel",), ("email",)),
              "es": (("correo",), ("correo", "electrónico"), ("correo", "electronico"))},
    "phone": {"en": (("phone",), ("mobile",), ("phone", "number"), ("tel",)),
              "de": (("telefon",), ("handynummer",), ("mobilnummer",)),
              "fr": (("téléphone",), ("telephone",), ("portable",)),
              "es": (("teléfono",), ("telefono",), ("móvil",))},
    "dob": {"en": (("date", "of", "birth"), ("dob",), ("birth", "date"), ("birthday",)),
            "de": (("geburtsdatum",), ("geb", "datum")),
            "fr": (("date", "de", "naissance"), ("date", "naissance")),
            "es": (("fecha", "de", "nacimiento"), ("fecha", "nacimiento"))},
    "street": {"en": (("street",), ("address", "line1"), ("line1",)),
               "de": (("straße",), ("strasse",), ("anschrift",)),
               "fr": (("adresse",), ("rue",)), "es": (("dirección",), ("direccion",), ("calle",))},
    "postcode": {"en": (("postcode",), ("zip",), ("postal", "code")), "de": (("plz",),),
                 "fr": (("code", "postal"), ("cp",)), "es": (("código", "postal"), ("cp",))},
    "city": {"en": (("city",), ("town",)), "de": (("ort",), ("stadt",)),
             "fr": (("ville",),), "es": (("ciudad",), ("localidad",))},
    "country": {"en": (("country",),), "de": (("land",),), "fr": (("pays",),),
                "es": (("país",), ("pais",))},
    "comment": {"en": (("comment",), ("notes",), ("message",), ("body",)),
                "de": (("kommentar",), ("anmerkung",), ("nachricht",)),
                "fr": (("commentaire",), ("remarque",), ("message",)),
                "es": (("comentario",), ("observaciones",), ("mensaje",))},
    "national_id": {"en": (("ssn",), ("national", "insurance", "number"), ("ni", "number")),
                    "de": (("steuer", "id"), ("steuerliche", "identifikationsnummer")),
                    "fr": (("numéro", "sécu"), ("nir",), ("numero", "securite", "sociale")),
                    "es": (("dni",), ("nif",), ("documento", "identidad"))},
    "passport": {"en": (("passport", "number"), ("passport", "no")),
                 "de": (("reisepass", "nummer"), ("passnummer",)),
                 "fr": (("numéro", "passeport"), ("passeport",)),
                 "es": (("número", "pasaporte"), ("pasaporte",))},
    "iban": {"en": (("iban",),), "de": (("iban",), ("bankverbindung",)),
             "fr": (("iban",), ("rib",)), "es": (("iban",), ("cuenta", "bancaria"))},
}


def style(words: tuple[str, ...], how: str) -> str:
    """Join words as snake, camel, Pascal or kebab case."""
    if how == "snake":
        return "_".join(words)
    if how == "kebab":
        return "-".join(words)
    if how == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in words)
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


class Keys:
    """Picks one case style per document and spells concept keys in it."""

    def __init__(self, c: Ctx, lang: str) -> None:
        self.c = c
        self.lang = lang
        self.how = c.pick(("snake", "snake", "camel", "camel", "pascal", "kebab"))

    def __call__(self, concept: str) -> str:
        return style(self.c.pick(_WORDS[concept][self.lang]), self.how)

    def w(self, *words: str) -> str:
        """Spell an ad-hoc key in the document's style."""
        return style(words, self.how)
