"""Per-document generation context for fresh15.

Every generator that inserts personal data records its kind (and a short tag
for the note) in the context, so the labels are known by construction.
Filler generators (ids, refs, hex, base64, timestamps) never produce runs of
more than five digits, never a Luhn-valid number, never a valid IBAN, and use
alphabets without vowels where letters could otherwise spell a word.
"""
from __future__ import annotations

import datetime as _dt
import random
import re
import string
import unicodedata
from collections.abc import Sequence
from typing import Any, TypeVar

from . import pools as P
from . import texts_neg as TN
from . import texts_pos as TP
from . import validators as V
from .scan import nids_in_text

T = TypeVar("T")

SPECIAL = ["health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
           "religious_belief", "trade_union", "sex_life_orientation", "criminal_record"]
KINDS = [*SPECIAL, "payment_card", "bank_account", "national_id", "passport", "credential",
         "precise_location", "email", "phone", "ip_address", "date_of_birth",
         "postal_address", "person_name"]
LANGS = ["en", "de", "fr", "es"]

HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
UPPER_NUM = "BCDFGHJKLMNPQRSTVWXZ23456789"      # no vowels, no 0/1
LOWER_NUM = "bcdfghjkmnpqrstvwxz23456789"

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}

# ---------------------------------------------------------------- key spellings
# concept -> (words, abbreviations, {lang: localized spellings})
KEYS = {
    "first_name": (("first", "name"), ["fname", "given_name", "givenName"],
                   {"de": ["vorname", "Vorname"], "fr": ["prénom", "prenom"],
                    "es": ["nombre", "nombre_pila"]}),
    "last_name": (("last", "name"), ["lname", "surname", "family_name"],
                  {"de": ["nachname", "Nachname", "familienname"], "fr": ["nom", "nom_famille"],
                   "es": ["apellidos", "apellido", "primer_apellido"]}),
    "full_name": (("full", "name"), ["name", "displayName", "display_name"],
                  {"de": ["name", "vollständiger_name"], "fr": ["nom_complet", "nom"],
                   "es": ["nombre_completo", "nombre"]}),
    "email": (("email",), ["mail", "e_mail", "emailAddress"],
              {"de": ["e-mail", "email", "E-Mail"], "fr": ["courriel", "adresse_mail", "mél"],
               "es": ["correo", "correo_electrónico", "email"]}),
    "phone": (("phone",), ["tel", "mobile", "phone_number", "phoneNumber"],
              {"de": ["telefon", "handy", "Telefonnummer", "mobilnummer"],
               "fr": ["téléphone", "tel", "portable"], "es": ["teléfono", "móvil", "telefono"]}),
    "address": (("address",), ["addr", "home_address", "postal_address"],
                {"de": ["adresse", "anschrift", "Anschrift", "wohnanschrift"],
                 "fr": ["adresse", "adresse_postale"],
                 "es": ["dirección", "domicilio", "direccion"]}),
    "street": (("street",), ["line1", "street_address", "addressLine1"],
               {"de": ["straße", "strasse", "Straße"], "fr": ["rue", "voie", "adresse_ligne1"],
                "es": ["calle", "vía", "direccion1"]}),
    "postcode": (("postal", "code"), ["zip", "postcode", "zipCode"],
                 {"de": ["plz", "PLZ", "postleitzahl"], "fr": ["code_postal", "cp"],
                  "es": ["código_postal", "cp", "codigo_postal"]}),
    "city": (("city",), ["town", "locality"],
             {"de": ["ort", "stadt", "Wohnort"], "fr": ["ville", "commune"],
              "es": ["ciudad", "localidad", "municipio"]}),
    "dob": (("date", "of", "birth"), ["dob", "birth_date", "birthDate", "DOB", "birthdate"],
            {"de": ["geburtsdatum", "Geburtsdatum", "geb_datum", "geboren_am"],
             "fr": ["date_naissance", "date_de_naissance", "né_le", "dateNaissance"],
             "es": ["fecha_nacimiento", "fecha_de_nacimiento", "fechaNacimiento", "f_nac"]}),
    "notes": (("notes",), ["note", "remarks", "comments"],
              {"de": ["notizen", "bemerkungen", "anmerkungen", "Hinweise"],
               "fr": ["remarques", "notes", "commentaire"],
               "es": ["notas", "observaciones", "comentarios"]}),
    "diagnosis": (("diagnosis",), ["dx", "diagnoses", "conditions", "DX"],
                  {"de": ["diagnose", "Diagnosen", "befund"],
                   "fr": ["diagnostic", "pathologie", "diagnostics"],
                   "es": ["diagnóstico", "diagnostico", "patología"]}),
    "medication": (("medication",), ["rx", "meds", "current_meds", "Rx"],
                   {"de": ["medikation", "medikamente", "Dauermedikation"],
                    "fr": ["traitement", "médicaments"],
                    "es": ["medicación", "tratamiento", "medicamentos"]}),
    "allergies": (("allergies",), ["allergy", "allergy_list", "algs"],
                  {"de": ["allergien", "Allergien", "unverträglichkeiten"],
                   "fr": ["allergies", "allergies_connues"],
                   "es": ["alergias", "alergias_conocidas"]}),
    "religion": (("religion",), ["relig", "faith", "denomination"],
                 {"de": ["konfession", "religion", "Religionszugehörigkeit", "bekenntnis"],
                  "fr": ["religion", "confession", "culte"],
                  "es": ["religión", "religion", "confesión"]}),
    "ethnicity": (("ethnicity",), ["ethnic_origin", "race_ethnicity", "ethnic_group"],
                  {"de": ["ethnische_herkunft", "herkunft", "ethnie"],
                   "fr": ["origine_ethnique", "origine"],
                   "es": ["origen_étnico", "etnia", "grupo_étnico"]}),
    "party": (("party", "affiliation"), ["party", "party_member", "politics", "pol_affil"],
              {"de": ["partei", "parteimitgliedschaft", "Partei"],
               "fr": ["parti", "appartenance_politique"],
               "es": ["partido", "afiliación_política"]}),
    "union_member": (("union", "member"), ["is_union_member", "union_membership", "tu_member"],
                     {"de": ["gewerkschaftsmitglied", "Gewerkschaftsmitglied"],
                      "fr": ["syndiqué", "adhérent_syndical"],
                      "es": ["afiliado_sindical", "afiliación_sindical"]}),
    "orientation": (("sexual", "orientation"), ["orientation", "sexuality"],
                    {"de": ["sexuelle_orientierung", "orientierung"],
                     "fr": ["orientation_sexuelle", "orientation"],
                     "es": ["orientación_sexual", "orientacion_sexual"]}),
    "convictions": (("criminal", "record"), ["convictions", "priors", "criminal_history"],
                    {"de": ["vorstrafen", "strafregister", "eintragungen_bzr"],
                     "fr": ["casier_judiciaire", "condamnations"],
                     "es": ["antecedentes_penales", "antecedentes"]}),
    "created": (("created", "at"), ["created", "ts", "createdAt"],
                {"de": ["erstellt_am", "angelegt_am"], "fr": ["créé_le", "date_creation"],
                 "es": ["creado", "fecha_alta"]}),
    "updated": (("updated", "at"), ["modified", "last_modified", "updatedAt"],
                {"de": ["geändert_am", "aktualisiert"], "fr": ["modifié_le", "maj"],
                 "es": ["modificado", "fecha_modificación"]}),
    "iban": (("iban",), ["IBAN", "bank_iban", "accountIban"],
             {"de": ["iban", "IBAN", "bankverbindung_iban"], "fr": ["iban", "IBAN", "rib_iban"],
              "es": ["iban", "IBAN", "cuenta_iban"]}),
    "passport": (("passport", "number"), ["passport_no", "passportNo", "pp_number"],
                 {"de": ["reisepassnummer", "passnummer", "Reisepass-Nr"],
                  "fr": ["numéro_passeport", "passeport", "no_passeport"],
                  "es": ["número_pasaporte", "pasaporte", "num_pasaporte"]}),
    "status": (("status",), ["state"], {"de": ["status"], "fr": ["statut"], "es": ["estado"]}),
    "language": (("language",), ["lang", "locale"],
                 {"de": ["sprache"], "fr": ["langue"], "es": ["idioma"]}),
}


def _case(words: list[str], style: str) -> str:
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    return "".join(w.capitalize() for w in words)


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Decks:
    """Shuffled decks so that every phrasing is used before any repeats."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.d: dict[tuple[str, ...], list[int]] = {}
        # (kind, lang) -> free-text statements drawn so far
        self.counts: dict[tuple[str, str], int] = {}
        # special kind -> documents generated so far
        self.doc_counts: dict[str, int] = {}

    def draw(self, key: tuple[str, ...], n: int) -> int:
        lst = self.d.get(key)
        if not lst:
            lst = list(range(n))
            self.rng.shuffle(lst)
            self.d[key] = lst
        return lst.pop()


class Person:
    __slots__ = ("first", "gender", "lang", "last")

    def __init__(self, first: str, last: str, gender: str, lang: str) -> None:
        self.first, self.last, self.gender, self.lang = first, last, gender, lang


class Ctx:
    last_city: str   # set by address() and address_parts(); geo() falls back when unset

    def __init__(self, rng: random.Random, decks: Decks, family: str, lang: str = "en") -> None:
        self.rng = rng
        self.decks = decks
        self.family = family
        self.kinds: list[str] = []
        self.tags: list[str] = []
        self.lang = lang
        self.style = rng.choice(["snake", "camel", "snake", "camel", "kebab", "pascal"])
        self.lockeys = False
        self._kc: dict[str, str] = {}

    # ------------------------------------------------------------ bookkeeping
    def add(self, kind: str, tag: str | None = None) -> None:
        assert kind in KINDS, kind
        if kind not in self.kinds:
            self.kinds.append(kind)
        if tag:
            self.tag(tag)

    def tag(self, t: str) -> None:
        if t not in self.tags:
            self.tags.append(t)

    def rec(self, kind: str, tag: str, value: T) -> T:
        """Record a structured special-category (or other) value."""
        self.add(kind, f"field:{kind}/{tag}")
        return value

    def negtag(self, kind: str, what: str) -> None:
        assert kind in SPECIAL
        self.tag(f"neg:{kind}/{what}")

    # ------------------------------------------------------------ randomness
    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def rint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def deck(self, key: tuple[str, ...], seq: Sequence[T]) -> T:
        return seq[self.decks.draw(key, len(seq))]

    TEXT_FLOOR = 12

    def slot(self, kinds: Sequence[str] | None = None, lang: str | None = None) -> tuple[str, str]:
        """Choose the (kind, language) of the next free-text statement.

        First every (kind, language) pair is brought up to TEXT_FLOOR
        statements (so each kind has its phrasings in every language), then
        the kind with the fewest documents so far is preferred.  Kinds the
        current document already carries are skipped when possible."""
        pool = list(kinds or SPECIAL)
        fresh = [k for k in pool if k not in self.kinds]
        pool = fresh or pool
        langs = [lang] if lang else LANGS
        best: tuple[int, int, int] | None
        cands: list[tuple[str, str]]
        best, cands = None, []
        for k in pool:
            for lg in langs:
                n = self.decks.counts.get((k, lg), 0)
                dc = self.decks.doc_counts.get(k, 0)
                key = (0, n, dc) if n < self.TEXT_FLOOR else (1, dc, n)
                if best is None or key < best:
                    best, cands = key, [(k, lg)]
                elif key == best:
                    cands.append((k, lg))
        return self.pick(cands)

    def lang_for(self, kind: str) -> str:
        if kind in SPECIAL:
            return self.slot([kind])[1]
        return self.deck(("lang", kind), LANGS)

    def set_lang(self, lang: str, lockeys_p: float = 0.4) -> None:
        self.lang = lang
        self.lockeys = lang != "en" and self.chance(lockeys_p)

    def L(self, seq: Sequence[T]) -> T:
        """The element of an (en, de, fr, es) sequence for the document language."""
        return seq[LANGS.index(self.lang)]

    def country(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        return self.pick(P.COUNTRIES[lang])

    # ------------------------------------------------------------ keys
    def k(self, concept: str) -> str:
        if concept in self._kc:
            return self._kc[concept]
        words, abbr, loc = KEYS[concept]
        if self.lockeys and self.lang in loc:
            key = self.pick(loc[self.lang])
        elif abbr and self.chance(0.25):
            key = self.pick(abbr)
        else:
            key = _case(list(words), self.style)
        self._kc[concept] = key
        return key

    def kk(self, *words: str) -> str:
        """A plain key in the document's casing style."""
        return _case(list(words), self.style)

    # ------------------------------------------------------------ filler
    def _safe_filler(self, s: str) -> bool:
        return (re.search(r"[0-9]{6}", s) is None and V.card_safe(s) and V.iban_safe(s)
                and not nids_in_text(s))

    def _rand(self, alphabet: str, n: int) -> str:
        """Random string; a letter is forced after five digits in a row."""
        letters = [ch for ch in alphabet if not ch.isdigit()]
        while True:
            out, run = [], 0
            for _ in range(n):
                ch = alphabet[self.rng.randrange(len(alphabet))]
                if ch.isdigit():
                    if run >= 5:
                        ch = letters[self.rng.randrange(len(letters))]
                        run = 0
                    else:
                        run += 1
                else:
                    run = 0
                out.append(ch)
            s = "".join(out)
            if self._safe_filler(s):
                return s

    def hexs(self, n: int) -> str:
        return self._rand(HEX, n)

    def b64(self, n: int, pad: bool = True) -> str:
        if pad and n % 4 == 1:
            n -= 1
        s = self._rand(B64, n)
        if pad and n % 4:
            s += "=" * (4 - n % 4)
        return s

    def b64url(self, n: int) -> str:
        return self._rand(B64URL, n)

    def alnum(self, n: int) -> str:
        return self._rand(ALNUM, n)

    def ref(self, n: int = 6) -> str:
        return self._rand(UPPER_NUM, n)

    def lref(self, n: int = 8) -> str:
        return self._rand(LOWER_NUM, n)

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:32]}"

    def num_id(self, lo: int = 1000, hi: int = 99999) -> int:
        return self.rint(lo, hi)

    def rdate(self, y0: int = 2023, y1: int = 2025) -> _dt.date:
        d = _dt.date(y0, 1, 1) + _dt.timedelta(days=self.rint(0, (y1 - y0 + 1) * 365 - 1))
        return d

    def date(self, y0: int = 2023, y1: int = 2025) -> str:
        return self.rdate(y0, y1).isoformat()

    def ts(self, y0: int = 2023, y1: int = 2025, style: str | None = None,
           at: _dt.datetime | None = None) -> str:
        if at is None:
            d = self.rdate(y0, y1)
            t = _dt.datetime(d.year, d.month, d.day, self.rint(6, 22), self.rint(0, 59),
                             self.rint(0, 59))
        else:
            t = at
        style = style or self.pick(["z", "z", "ms", "off"])
        if style == "z":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "ms":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.rint(100, 999)}Z"
        if style == "rfc":
            return t.strftime("%a, %d %b %Y %H:%M:%S +0000")
        return t.strftime("%Y-%m-%dT%H:%M:%S") + self.pick(["+01:00", "+02:00", "+00:00"])

    def moment(self, y0: int = 2023, y1: int = 2025) -> _dt.datetime:
        d = self.rdate(y0, y1)
        return _dt.datetime(d.year, d.month, d.day, self.rint(7, 20), self.pick([0, 15, 30, 45]), 0)

    def later(self, t: _dt.datetime, minutes: int) -> _dt.datetime:
        return t + _dt.timedelta(minutes=minutes)

    def money(self, lo: float = 5, hi: float = 900) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def version(self) -> str:
        return f"{self.rint(1, 9)}.{self.rint(0, 24)}.{self.rint(0, 15)}"

    # ------------------------------------------------------------ people
    def person(self, lang: str | None = None, gender: str | None = None) -> Person:
        lang = lang or self.lang
        pool_lang = lang if not self.chance(0.12) else self.pick(LANGS)
        cands = P.FIRST[pool_lang]
        if gender:
            cands = [c for c in cands if c[1] == gender]
        first, g = self.pick(cands)
        last = self.pick(P.LAST[pool_lang if self.chance(0.85) else lang])
        return Person(first, last, g, lang)

    def person_intl(self) -> Person:
        first, g = self.pick(P.FIRST_INTL)
        return Person(first, self.pick(P.LAST_INTL), g, self.lang)

    def _surname_neg(self, p: Person) -> None:
        if p.last in P.SURNAME_NEG:
            self.negtag(P.SURNAME_NEG[p.last], "surname")

    def full(self, p: Person, order: str | None = None) -> str:
        self.add("person_name", "name")
        self._surname_neg(p)
        order = order or self.pick(["fl", "fl", "fl", "lf"])
        if order == "lf":
            return f"{p.last.upper() if p.lang == 'fr' and self.chance(0.5) else p.last}, {p.first}"
        return f"{p.first} {p.last}"

    def first(self, p: Person) -> str:
        self.add("person_name", "name:first")
        return p.first

    def last(self, p: Person) -> str:
        self.add("person_name", "name")
        self._surname_neg(p)
        return p.last

    def formal(self, p: Person) -> str:
        self.add("person_name", "name")
        self._surname_neg(p)
        return f"{P.TITLE[p.lang][p.gender]} {p.last}"

    def doctor(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        p = self.person(lang)
        self.add("person_name", "name:dr")
        self._surname_neg(p)
        title = P.DOCTOR[lang]
        if lang == "es" and p.gender == "m":
            title = "Dr."
        if lang == "de" and self.chance(0.5):
            title = "Dr. med."
        return f"{title} {p.last}"

    def handle(self) -> str:
        a = ["night", "pixel", "tundra", "crimson", "silent", "lucky", "frost", "neon", "rusty",
             "quantum", "hollow", "turbo", "static", "velvet", "cobalt"]
        b = ["owl", "pirate", "wolf", "fox", "byte", "raven", "golem", "otter", "comet", "badger",
             "sprout", "drake"]
        s = self.pick(a) + self.pick(["_", "", "-", "."]) + self.pick(b)
        if self.chance(0.6):
            s += str(self.rint(2, 9999))
        if self.chance(0.2):
            s = "xX" + s.capitalize() + "Xx"
        return s

    # ------------------------------------------------------------ contact data
    def email(self, p: Person | None = None, domain: str | None = None) -> str:
        self.add("email", "email")
        dom = domain or self.pick(P.MAIL_DOMAINS[p.lang if p else self.lang])
        if p is None:
            local = self.handle().replace("-", ".").lower()
        else:
            f = strip_accents(p.first).lower().replace(" ", "")
            sur = strip_accents(p.last).lower().replace(" ", "").replace("\u0131", "i")
            local = self.pick([f"{f}.{sur}", f"{f[0]}.{sur}", f"{f}{sur[0]}", f"{sur}.{f}",
                               f"{f}_{sur}{self.rint(1, 99)}", f"{f}{sur}"])
        return f"{local}@{dom}"

    def role_email(self, domain: str, role: str | None = None) -> str:
        self.add("email", "email:role")
        roles = ["info", "support", "bookings", "office", "contact", "noreply"]
        return f"{role or self.pick(roles)}@{domain}"

    def _digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(str(self.rint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.rint(1, 9)) + s[1:]
        return s

    def phone(self, country: str | None = None) -> str:
        country = country or self.country()
        self.add("phone", "phone")
        for _ in range(50):
            d = self._digits
            c = country
            if c == "uk":
                s = self.pick([f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"020 7946 0{d(3)}",
                               f"+44 20 7946 0{d(3)}", f"0113 496 0{d(3)}", f"+44 161 496 0{d(3)}"])
            elif c == "ie":
                s = self.pick([f"+353 87 {d(3)} {d(4)}", f"087 {d(3)} {d(4)}",
                               f"(01) {d(3)} {d(4)}"])
            elif c == "us":
                area = self.pick(["503", "614", "512", "608", "919", "520", "212", "415"])
                s = self.pick([f"({area}) 555-01{d(2)}", f"+1 {area}-555-01{d(2)}",
                               f"{area}.555.01{d(2)}"])
            elif c == "de":
                s = self.pick([f"+49 30 {d(8, True)}", f"+49 151 {d(8, True)}",
                               f"0151 {d(8, True)}", f"030 {d(7, True)}", f"+49 (0)40 {d(7, True)}",
                               f"0176 {d(4)} {d(4)}", f"+49 221 {d(3)} {d(4)}"])
            elif c == "at":
                s = self.pick([f"+43 1 {d(7, True)}", f"+43 664 {d(7, True)}",
                               f"0664 {d(3)} {d(4)}"])
            elif c == "fr":
                s = self.pick([f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                               f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}",
                               f"+33 (0)7 {d(2)} {d(2)} {d(2)} {d(2)}",
                               f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])
            elif c == "be":
                s = self.pick([f"+32 470 {d(2)} {d(2)} {d(2)}", f"02 {d(3)} {d(2)} {d(2)}"])
            else:  # es
                s = self.pick([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(3)} {d(3)}",
                               f"91{d(1)} {d(3)} {d(3)}", f"+34 96{d(1)} {d(2)} {d(2)} {d(2)}"])
            if V.card_safe(s) and not nids_in_text(s):
                return s
        raise AssertionError("phone")

    def city(self, country: str | None = None) -> str:
        country = country or self.country()
        c = self.pick(P.CITIES[country])
        return c[0]

    def address(self, country: str | None = None, shape: str = "line") -> Any:
        """shape: line | dict | multi.  Records postal_address.

        Returns a str, or a dict[str, str] for shape "dict"."""
        country = country or self.country()
        self.add("postal_address", "addr/" + country)
        street = self.pick(P.STREETS[country])
        num = str(self.rint(1, 180))
        if self.chance(0.15) and country in ("de", "at", "fr", "uk"):
            num += self.pick(["a", "b", " bis"]) if country == "fr" else self.pick(["a", "b"])
        c = self.pick(P.CITIES[country])
        city = c[0]
        self.last_city = city
        if country == "us":
            st_, z = c[1], c[2]
            line1 = f"{num} {street}"
            if self.chance(0.3):
                line1 += f", Apt {self.rint(1, 40)}"
            if shape == "dict":
                return {"line1": line1, "city": city, "state": st_, "postalCode": z,
                        "country": "US"}
            return f"{line1}, {city}, {st_} {z}"
        pc = c[1]
        if country in ("uk", "ie"):
            line1 = f"{num} {street}"
            if shape == "dict":
                return {self.k("street"): line1, self.k("city"): city, self.k("postcode"): pc,
                        "country": P.ISO2[country]}
            return f"{line1}, {city} {pc}" if shape == "line" else f"{line1}\n{city}\n{pc}"
        if country in ("fr", "be"):
            line1 = f"{num}, {street}" if country == "be" else f"{num} {street}"
            if shape == "dict":
                return {self.k("street"): line1, self.k("postcode"): pc, self.k("city"): city,
                        "pays": P.ISO2[country]}
            return f"{line1}, {pc} {city}" if shape == "line" else f"{line1}\n{pc} {city.upper()}"
        if country == "es":
            line1 = self.pick([f"{street}, {num}",
                               f"{street} {num}, {self.rint(1, 8)}º {self.pick('ABCD')}",
                               f"{street.replace('Calle', 'C/')} {num}"])
            if shape == "dict":
                return {self.k("street"): line1, self.k("postcode"): pc,
                        self.k("city"): city, "país": "ES"}
            return f"{line1}, {pc} {city}" if shape == "line" else f"{line1}\n{pc} {city}"
        # de / at
        line1 = f"{street} {num}"
        if shape == "dict":
            return {self.k("street"): line1, self.k("postcode"): pc, self.k("city"): city,
                    "land": P.ISO2[country]}
        return f"{line1}, {pc} {city}" if shape == "line" else f"{line1}\n{pc} {city}"

    def address_parts(self, country: str | None = None) -> tuple[str, str, str, str]:
        """(street line, postcode, city, ISO country) - records postal_address."""
        country = country or self.country()
        self.add("postal_address", "addr/" + country)
        street = self.pick(P.STREETS[country])
        num = str(self.rint(1, 180))
        c = self.pick(P.CITIES[country])
        self.last_city = c[0]
        if country == "us":
            return f"{num} {street}", c[2], f"{c[0]}, {c[1]}", "US"
        if country in ("uk", "ie"):
            return f"{num} {street}", c[1], c[0], P.ISO2[country]
        if country in ("fr", "be"):
            return f"{num} {street}", c[1], c[0], P.ISO2[country]
        if country == "es":
            return f"{street}, {num}", c[1], c[0], "ES"
        return f"{street} {num}", c[1], c[0], P.ISO2[country]

    def city_only(self, country: str | None = None) -> str:
        """City/postcode without street: not an address."""
        country = country or self.country()
        c = self.pick(P.CITIES[country])
        self.tag("decoy:city_only")
        return c[0]

    # ------------------------------------------------------------ dates of birth
    def birth_date(self, y0: int = 1938, y1: int = 2005) -> _dt.date:
        return _dt.date(self.rint(y0, y1), self.rint(1, 12), self.rint(1, 28))

    def fmt_date(self, d: _dt.date, fmt: str) -> str:
        if fmt == "iso":
            return d.isoformat()
        if fmt == "de":
            return d.strftime("%d.%m.%Y")
        if fmt in ("fr", "es", "uk"):
            return d.strftime("%d/%m/%Y")
        if fmt == "us":
            return d.strftime("%m/%d/%Y")
        if fmt == "long_en":
            return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
        if fmt == "long_de":
            return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
        if fmt == "long_fr":
            return f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
        if fmt == "long_es":
            return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
        raise ValueError(fmt)

    def dob(self, fmt: str | None = None, y0: int = 1938, y1: int = 2005) -> str:
        self.add("date_of_birth", "dob")
        d = self.birth_date(y0, y1)
        fmt = fmt or self.pick(["iso", "iso",
                                {"en": "uk", "de": "de", "fr": "fr", "es": "es"}[self.lang]])
        return self.fmt_date(d, fmt)

    def dob_text(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        self.add("date_of_birth", "dob:text")
        d = self.birth_date()
        return {"en": f"born {self.fmt_date(d, 'long_en')}",
                "de": f"geb. am {self.fmt_date(d, 'de')}",
                "fr": f"né(e) le {self.fmt_date(d, 'long_fr')}",
                "es": f"nacido/a el {self.fmt_date(d, 'long_es')}"}[lang]

    # ------------------------------------------------------------ network
    def ip(self, v6: bool | None = None) -> str:
        self.add("ip_address", "ip")
        if v6 is None:
            v6 = self.chance(0.2)
        if v6:
            groups = [self.pick(["2001", "2a02", "2a01", "2600"]),
                      self.pick(["db8", "810d", "c7f", "1f13"])]
            groups += [self.hexs(4).lstrip("0") or "0" for _ in range(self.rint(2, 4))]
            return (":".join(groups[:3]) + "::" + ":".join(groups[3:]) if len(groups) > 3
                    else ":".join(groups) + "::1")
        kind = self.pick(["pub", "pub", "doc", "priv", "priv"])
        if kind == "priv":
            return self.pick([f"10.{self.rint(0, 255)}.{self.rint(0, 255)}.{self.rint(2, 254)}",
                              f"192.168.{self.rint(0, 30)}.{self.rint(2, 254)}",
                              f"172.{self.rint(16, 31)}.{self.rint(0, 255)}.{self.rint(2, 254)}"])
        if kind == "doc":
            return f"{self.pick(['203.0.113', '198.51.100', '192.0.2'])}.{self.rint(2, 254)}"
        return (f"{self.pick([81, 85, 91, 46, 77, 89, 62, 151, 188, 213, 37])}."
                f"{self.rint(1, 254)}.{self.rint(0, 255)}.{self.rint(1, 254)}")

    def user_agent(self) -> str:
        return self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
            "Mobile/15E148",
            "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
            "okhttp/4.12.0", "python-requests/2.31.0"])

    # ------------------------------------------------------------ payment
    def card(self, brand: str | None = None, fmt: str | None = None) -> str:
        self.add("payment_card", "card")
        brand = brand or self.pick(["visa", "visa", "mc", "mc", "amex", "discover"])
        for _ in range(100):
            if brand == "visa":
                n = V.luhn_complete("4" + self._digits(14))
            elif brand == "mc":
                pre = self.pick([str(self.rint(51, 55)), str(self.rint(2221, 2720))])
                n = V.luhn_complete(pre + self._digits(15 - len(pre)))
            elif brand == "amex":
                n = V.luhn_complete(self.pick(["34", "37"]) + self._digits(12))
            else:
                n = V.luhn_complete("6011" + self._digits(11))
            if n not in ("4111111111111111", "4242424242424242"):
                break
        self.tag("card/" + brand)
        fmt = fmt or self.pick(["plain", "spaced", "dashed"])
        if fmt == "plain":
            return n
        sep = " " if fmt == "spaced" else "-"
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def card_exp(self) -> str:
        return f"{self.rint(1, 12):02d}/{self.rint(26, 30)}"

    def last4(self) -> str:
        self.tag("decoy:card_last4")
        return f"{self.rint(0, 9999):04d}"

    def masked_card(self) -> str:
        self.tag("decoy:card_masked")
        l4 = f"{self.rint(0, 9999):04d}"
        return self.pick([f"**** **** **** {l4}", f"XXXXXXXXXXXX{l4}", f"•••• {l4}",
                          f"4{self.rint(10, 99)}***{l4}"])

    def luhn_fail(self, n: int = 16, prefix: str = "") -> str:
        """A 15/16-digit reference that fails Luhn (gift cards, order ids)."""
        self.tag("decoy:luhn_fail")
        while True:
            s = V.luhn_break(prefix + self._digits(n - 1 - len(prefix)))
            if V.card_safe(s):
                return s

    def pm_token(self) -> str:
        self.tag("decoy:pm_token")
        return self.pick(["pm_", "tok_", "card_", "src_"]) + self.alnum(24)

    # ------------------------------------------------------------ banking
    def _bban(self, country: str) -> str:
        d = self._digits
        if country == "DE":
            return d(8, True) + d(10)
        if country == "AT":
            return d(5, True) + d(11)
        if country == "FR":
            bank, branch, acc = d(5, True), d(5), d(11)
            return bank + branch + acc + V.fr_rib_key(bank, branch, acc)
        if country == "BE":
            base = d(10, True)
            k = int(base) % 97 or 97
            return base + f"{k:02d}"
        if country == "ES":
            bank, branch, acc = d(4, True), d(4), d(10)
            return bank + branch + V.es_ccc_control(bank, branch, acc) + acc
        if country == "GB":
            return self.pick(["NWBK", "BARC", "LOYD", "MIDL", "HLFX"]) + d(6) + d(8)
        if country == "IE":
            return self.pick(["AIBK", "BOFI"]) + d(6) + d(8)
        if country == "NL":
            return self.pick(["ABNA", "RABO", "INGB"]) + d(10)
        if country == "IT":
            return self.pick("ABCDEFGHIJKLMNPRSTUVWXYZ") + d(5) + d(5) + d(12)
        if country == "CH":
            return d(5) + d(12)
        raise ValueError(country)

    def iban_for(self, lang: str) -> str:
        return {"en": self.pick(["GB", "IE", "NL"]), "de": self.pick(["DE", "DE", "AT"]),
                "fr": self.pick(["FR", "FR", "BE"]), "es": "ES"}[lang]

    def iban(self, country: str | None = None, spaced: bool | None = None) -> str:
        country = country or self.iban_for(self.lang)
        self.add("bank_account", "iban/" + country)
        while True:
            i = V.make_iban(country, self._bban(country))
            if V.card_safe(i) and V.card_safe(V.spaced_iban(i)):
                break
        if spaced is None:
            spaced = self.chance(0.4)
        return V.spaced_iban(i) if spaced else i

    def bad_iban(self, country: str | None = None, spaced: bool = False) -> str:
        country = country or self.iban_for(self.lang)
        self.tag("decoy:iban_bad_check")
        while True:
            good = V.make_iban(country, self._bban(country))
            ck = int(good[2:4])
            bad = good[:2] + f"{(ck + self.rint(1, 50)) % 97 + 2:02d}" + good[4:]
            if not V.iban_ok(bad) and V.card_safe(bad) and V.card_safe(V.spaced_iban(bad)):
                return V.spaced_iban(bad) if spaced else bad

    def bic(self) -> str:
        self.tag("decoy:bic")
        return (self._rand("BCDFGHJKLMNPQRSTVWXZ", 4)
                + self.pick(["DE", "FR", "ES", "GB", "NL", "AT"])
                + self._rand("BCDFGHJKLMNPQRSTVWXZ23456789", 2) + self.pick(["", "XXX"]))

    def us_bank(self) -> tuple[str, str]:
        self.add("bank_account", "bank:us")
        while True:
            r = V.aba_complete(self.pick(["0", "1", "2", "3"]) + self._digits(7))
            a = self._digits(self.rint(8, 12), True)
            if V.card_safe(r + " " + a) and not nids_in_text(a):
                return r, a

    def uk_bank(self) -> tuple[str, str]:
        self.add("bank_account", "bank:uk")
        sc = f"{self.rint(10, 99)}-{self.rint(10, 99)}-{self.rint(10, 99)}"
        return sc, self._digits(8, True)

    # ------------------------------------------------------------ national ids
    def _nid_ok(self, s: str) -> bool:
        return V.card_safe(s) and V.iban_safe(s)

    def ssn(self, dashed: bool = True) -> str:
        self.add("national_id", "ssn")
        while True:
            area = self.rint(1, 899)
            if area == 666:
                continue
            s = f"{area:03d}{self.rint(1, 99):02d}{self.rint(1, 9999):04d}"
            if V.ssn_ok(s):
                return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s

    def nino(self, spaced: bool | None = None) -> str:
        self.add("national_id", "nino")
        while True:
            a = self.pick("ABCEGHJKLMNOPRSTWXYZ")
            b = self.pick("ABCEGHJKLMNPRSTWXYZ")
            s = a + b + self._digits(6) + self.pick("ABCD")
            if V.nino_ok(s):
                break
        if spaced is None:
            spaced = self.chance(0.5)
        return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}" if spaced else s

    def steuer_id(self, spaced: bool = False) -> str:
        self.add("national_id", "steuer_id")
        while True:
            digits = list("0123456789")
            self.rng.shuffle(digits)
            dup = digits[0]
            # 8 distinct + one digit twice -> 10 digits, one missing
            body = [*digits[1:9], dup, dup]
            self.rng.shuffle(body)
            s = "".join(body)
            if s[0] == "0" or dup * 2 in s:
                continue
            s = s + V.steuer_check(s)
            if V.steuer_ok(s) and self._nid_ok(s):
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s

    def nir(self, spaced: bool | None = None) -> str:
        self.add("national_id", "nir")
        if spaced is None:
            spaced = self.chance(0.6)
        while True:
            body = (f"{self.rint(1, 2)}{self.rint(40, 99):02d}{self.rint(1, 12):02d}"
                    f"{self.rint(1, 95):02d}{self.rint(1, 999):03d}{self.rint(1, 999):03d}")
            if body[5:7] == "20":
                continue
            s = body + V.nir_key(body)
            out = (f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
                   if spaced else s)
            if V.nir_ok(s) and self._nid_ok(out):
                return out

    def dni(self) -> str:
        self.add("national_id", "dni")
        n = self.rint(10_000_000, 79_999_999)
        return f"{n:08d}{V.DNI_LETTERS[n % 23]}"

    def nie(self) -> str:
        self.add("national_id", "nie")
        pre = self.pick("XYZ")
        n = self.rint(1_000_000, 9_999_999)
        return f"{pre}{n:07d}{V.DNI_LETTERS[int(str('XYZ'.index(pre)) + f'{n:07d}') % 23]}"

    def national_id_for(self, lang: str) -> str:
        if lang == "en":
            return self.pick([self.ssn, self.nino])()
        if lang == "de":
            return self.steuer_id()
        if lang == "fr":
            return self.nir()
        return self.pick([self.dni, self.dni, self.nie])()

    def ssn_last4(self) -> str:
        self.tag("decoy:ssn_last4")
        return f"{self.rint(1, 9999):04d}"

    def bad_dni(self) -> str:
        self.tag("decoy:dni_bad_letter")
        n = self.rint(10_000_000, 79_999_999)
        good = V.DNI_LETTERS[n % 23]
        bad = V.DNI_LETTERS[(n + self.rint(1, 22)) % 23]
        assert bad != good
        return f"{n:08d}{bad}"

    def vat_id(self, lang: str | None = None) -> str:
        self.tag("decoy:vat_id")
        lang = lang or self.lang
        if lang == "de":
            return "DE" + self._digits(9, True)
        if lang == "fr":
            return "FR" + self._digits(2) + " " + self._digits(9, True)
        if lang == "es":
            return "ES" + self.pick("ABCDEFGHJ") + self._digits(8)
        return "GB" + self._digits(9, True)

    # ------------------------------------------------------------ passports
    def passport(self, country: str | None = None) -> str:
        country = country or P.ISO2[self.country()]
        self.add("passport", "passport/" + country)
        d = self._digits
        if country == "DE":
            return self.pick("CFGHJK") + self._rand("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if country == "AT":
            return self.pick("PU") + d(7)
        if country in ("GB", "US"):
            return d(9, True) if self.chance(0.7) else self.pick("ACEP") + d(8)
        if country == "IE":
            return self.pick(["PA", "PB", "LF", "PX"]) + d(7)
        if country == "FR":
            return d(2) + self._rand("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(5)
        if country == "BE":
            return self._rand("BCDFGHJKLMNPRSTVWXZ", 2) + d(6)
        return self._rand("PABCDEFGHJKLMNRSTVXYZ", 3) + d(6)   # ES

    # ------------------------------------------------------------ credentials
    def cred(self, kind: str | None = None) -> str:
        kind = kind or self.pick(["aws", "aws_secret", "ghp", "github_pat", "slack", "stripe",
                                  "rk_live", "gitlab", "google", "npm", "sendgrid", "jwt", "bearer",
                                  "password", "webhook", "oauth"])
        self.add("credential", "cred/" + kind)
        a = self.alnum
        if kind == "aws":
            return "AKIA" + self._rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        if kind == "aws_secret":
            return self._rand(B64, 40)
        if kind == "ghp":
            return "ghp_" + a(36)
        if kind == "github_pat":
            return ("github_pat_11"
                    + self._rand(string.ascii_uppercase + string.digits, 20) + "_" + a(59))
        if kind == "slack":
            while True:
                t = (f"xox{self.pick('bp')}-{self._digits(self.rint(10, 12), True)}-"
                     f"{self._digits(self.rint(10, 12), True)}-{a(24)}")
                if V.card_safe(t) and not nids_in_text(t):
                    return t
        if kind == "stripe":
            return "sk_live_" + a(48)
        if kind == "rk_live":
            return "rk_live_" + a(48)
        if kind == "gitlab":
            return "glpat-" + self._rand(ALNUM + "-_", 20)
        if kind == "google":
            return "AIza" + self._rand(ALNUM + "-_", 35)
        if kind == "npm":
            return "npm_" + a(36)
        if kind == "sendgrid":
            return "SG." + self._rand(ALNUM + "-_", 22) + "." + self._rand(ALNUM + "-_", 43)
        if kind == "jwt":
            head = self.pick(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
                              "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                              "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9"])
            return f"{head}.eyJ{self.b64url(self.rint(60, 110))}.{self.b64url(43)}"
        if kind == "bearer":
            return "Bearer " + self.pick([self.cred("jwt"),
                                          "ya29." + self._rand(ALNUM + "-_", 80), a(40)])
        if kind == "password":
            w = self.pick(["Harbour", "Tulpe", "Soleil", "Naranja", "Blue", "Kaffee", "Piano",
                           "Marea", "Falcon"])
            return (w + self.pick(["!", "#", "$", "%", "&", "_"]) + str(self.rint(10, 99))
                    + self.alnum(self.rint(2, 5)))
        if kind == "webhook":
            return "whsec_" + a(32)
        if kind == "oauth":
            return self.pick(["GOCSPX-" + self._rand(ALNUM + "-_", 28), a(40)])
        if kind == "pem":
            body = "\n".join(self.b64(64, pad=False) for _ in range(self.rint(5, 9)))
            lab = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY",
                             "OPENSSH PRIVATE KEY"])
            return (f"-----BEGIN {lab}-----\n{body}\n"
                    f"{self.b64(self.rint(12, 40))}\n-----END {lab}-----")
        if kind == "basic":
            import base64
            u = self.pick(["svc-sync", "deploy", "api-user", "admin", "integration"])
            raw = f"{u}:{self.cred('password')}".encode()
            for _ in range(20):
                enc = base64.b64encode(raw).decode()
                if self._safe_filler(enc):
                    return "Basic " + enc
                raw = f"{u}:{self.cred('password')}".encode()
            return "Basic " + base64.b64encode(raw).decode()
        if kind == "k8s":
            return self.b64(self.rint(16, 44))
        raise ValueError(kind)

    def conn_string(self, host: str | None = None) -> str:
        from urllib.parse import quote
        self.add("credential", "cred/conn_string")
        user = self.pick(["app", "svc_reader", "booking_rw", "etl", "postgres", "root"])
        pw = quote(self.cred("password"), safe="")
        host = host or self.pick(["db.internal", "pg-primary.svc.cluster.local", "mysql-01.prod",
                                  "10-db.cluster"])
        scheme = self.pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
        port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb+srv": None,
                "redis": 6379, "amqp": 5672}[scheme]
        return (f"{scheme}://{user}:{pw}@{host}{':' + str(port) if port else ''}/"
                f"{self.pick(['bookings', 'app', 'crm', 'events'])}")

    # decoys that look secret-ish but are not credentials
    def masked_secret(self) -> str:
        self.tag("decoy:masked_secret")
        return self.pick(["********", "[REDACTED]", "sk_live_****************", "•••••••",
                          "<hidden>", "xxxx-xxxx", "***"])

    def bcrypt(self) -> str:
        self.tag("decoy:password_hash")
        return "$2b$12$" + self._rand(B64URL.replace("-", ".").replace("_", "/"), 53)

    def argon2(self) -> str:
        self.tag("decoy:password_hash")
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.b64(22, pad=False)}${self.b64(43, pad=False)}"

    def sha256(self) -> str:
        self.tag("decoy:digest")
        return self.hexs(64)

    def commit_sha(self) -> str:
        self.tag("decoy:digest")
        return self.hexs(40)

    def ssh_pub(self) -> str:
        self.tag("decoy:public_key")
        return ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.b64(43, pad=False) + " "
                + self.pick(["deploy@ci", "build-agent", "backup-job"]))

    def pem_pub(self) -> str:
        self.tag("decoy:public_key")
        body = "\n".join(self.b64(64, pad=False) for _ in range(3))
        return f"-----BEGIN PUBLIC KEY-----\n{body}\n{self.b64(24)}\n-----END PUBLIC KEY-----"

    def kid(self) -> str:
        self.tag("decoy:key_id")
        return self.pick(["key-", "k", "sig-"]) + self.hexs(self.rint(8, 16))

    def ja3(self) -> str:
        return self.hexs(32)

    def sshfp(self) -> str:
        return "SHA256:" + self.b64(43, pad=False)

    # ------------------------------------------------------------ location
    def _coord(self, base: float, dec: int) -> float:
        while True:
            v = round(base + self.rng.uniform(-0.06, 0.06), dec)
            s = repr(v)
            if "." in s and len(s.split(".")[1]) == dec:
                return v

    def geo(self, city: str | None = None, dec: int | None = None) -> tuple[float, float]:
        city = city or getattr(self, "last_city", None) or self.pick(list(P.CITY_GEO))
        self.add("precise_location", "geo")
        lat0, lon0 = P.CITY_GEO[city]
        dec = dec or self.pick([4, 5, 5, 6, 6, 7])
        return self._coord(lat0, dec), self._coord(lon0, dec)

    def coarse(self, city: str | None = None) -> tuple[float, float]:
        city = city or self.pick(list(P.CITY_GEO))
        self.tag("decoy:coarse_geo")
        lat0, lon0 = P.CITY_GEO[city]
        dec = self.pick([1, 2, 2, 3])
        return self._coord(lat0, dec), self._coord(lon0, dec)

    # ------------------------------------------------------------ biometrics
    def bio(self, kind: str) -> str:
        self.add("biometric", "bio/" + kind)
        if kind == "fp":
            return "Rk1SACAyMAA" + self.b64(self.rint(180, 320))
        if kind == "face":
            return self.pick(["FACE", "RkFDAD"]) + self.b64(self.rint(200, 340))
        if kind == "voice":
            return "vp1:" + self.b64(self.rint(160, 260))
        if kind == "iris":
            return self.hexs(256)
        if kind == "palm":
            return "PV02" + self.b64(self.rint(180, 260))
        if kind == "emb":
            vals = ", ".join(f"{self.rng.uniform(-0.3, 0.3):.4f}" for _ in range(12))
            return f"[{vals}, ... 512 dims]"
        if kind == "minutiae":
            pts = []
            for _ in range(self.rint(5, 8)):
                pts.append(f"({self.rint(20, 380)},{self.rint(20, 480)},{self.rint(0, 359)}deg,"
                           f"{self.pick(['end', 'bif'])})")
            return " ".join(pts) + f" +{self.rint(18, 40)} more"
        raise ValueError(kind)

    def emb_vector(self, n: int = 128) -> list[float]:
        """A numeric face embedding (the biometric itself)."""
        self.add("biometric", "bio/face_embedding")
        return [round(self.rng.uniform(-0.25, 0.25), 4) for _ in range(n)]

    def text_embedding(self, n: int = 16) -> list[float]:
        """A product/text embedding: not biometric, not a coordinate."""
        self.negtag("biometric", "text_embedding")
        return [round(self.rng.uniform(-0.25, 0.25), 4) for _ in range(n)]

    # ------------------------------------------------------------ free text
    def _fill(self, s: str, lang: str) -> str:
        out = s
        while "{first}" in out:
            out = out.replace("{first}", self.first(self.person(lang)), 1)
        while "{dr}" in out:
            out = out.replace("{dr}", self.doctor(lang), 1)
        for ph in ("fp", "face", "voice", "iris", "palm", "emb", "minutiae"):
            while "{" + ph + "}" in out:
                out = out.replace("{" + ph + "}", self.bio(ph), 1)
        while "{ja3}" in out:
            out = out.replace("{ja3}", self.ja3(), 1)
        while "{sshfp}" in out:
            out = out.replace("{sshfp}", self.sshfp(), 1)
        while "{hexid}" in out:
            out = out.replace("{hexid}", self.hexs(12), 1)
        return out

    def say(self, kind: str, lang: str | None = None, chat: bool = False) -> str:
        lang = lang or self.lang_for(kind)
        pool = TP.POS[kind][lang]
        idx = self.decks.draw(("pos", kind, lang), len(pool))
        self.decks.counts[(kind, lang)] = self.decks.counts.get((kind, lang), 0) + 1
        self.add(kind, f"text:{kind}/{lang}#{idx:02d}")
        s = self._fill(pool[idx], lang)
        return self.chatify(s) if chat else s

    def neg(self, kind: str, lang: str | None = None, chat: bool = False) -> str:
        lang = lang or self.lang_for("neg:" + kind)
        pool = TN.NEG[kind][lang]
        idx = self.decks.draw(("neg", kind, lang), len(pool))
        self.negtag(kind, f"{lang}#{idx:02d}")
        s = self._fill(pool[idx], lang)
        return self.chatify(s) if chat else s

    def neutral(self, lang: str | None = None, chat: bool = False) -> str:
        lang = lang or self.lang
        s = self.pick(TN.NEUTRAL[lang])
        return self.chatify(s) if chat else s

    def chatify(self, s: str) -> str:
        if "{" in s or "-----BEGIN" in s:
            return s
        t = s
        if self.chance(0.7):
            t = t[:1].lower() + t[1:]
        if t.endswith(".") and self.chance(0.8):
            t = t[:-1]
        if self.chance(0.3):
            t = t.lower()
        return t

    # ------------------------------------------------------------ output
    def note(self) -> str:
        return f"{self.family}: " + (", ".join(self.tags) if self.tags else "clean")

    def labels(self) -> list[str]:
        return sorted(self.kinds)
