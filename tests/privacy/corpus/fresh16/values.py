"""Value generators for fresh16. Every generator that inserts personal data records its kind
in the per-document Ctx, so labels are known by construction. Hard negatives are recorded
with Ctx.neg() (they never add a kind)."""

from __future__ import annotations

import base64
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, TypeVar, overload

from . import texts
from .validators import (
    aba_ok,
    dni_letter,
    dni_ok,
    iban_check_digits,
    iban_ok,
    luhn_check_digit,
    luhn_ok,
    luhn_runs,
    nino_ok,
    nir_ok,
    ssn_ok,
    steuer_id_check,
    steuer_id_ok,
)

SPECIAL = [
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
]
HIGH = ["payment_card", "bank_account", "national_id", "passport", "credential", "precise_location"]
ORDINARY = ["email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name"]
KINDS = SPECIAL + HIGH + ORDINARY

_T = TypeVar("_T")

LANG_NAMES = {
    "en": (
        [
            "Oliver",
            "Amelia",
            "Harry",
            "Priya",
            "Daniel",
            "Chloe",
            "Marcus",
            "Fiona",
            "Kwame",
            "Siobhan",
            "Tom",
            "Grace",
            "Rajesh",
            "Megan",
            "Jamal",
            "Ashley",
            "Ethan",
            "Keisha",
            "Owen",
            "Bethany",
        ],
        [
            "Thompson",
            "Okafor",
            "Patel",
            "Hughes",
            "Fletcher",
            "O'Brien",
            "Clarke",
            "Wright",
            "Nguyen",
            "Murray",
            "Bennett",
            "Ahmed",
            "Lloyd",
            "Reid",
            "Johnson",
            "Rodriguez",
            "Kim",
            "Sullivan",
            "Adeyemi",
            "Pritchard",
        ],
    ),
    "de": (
        [
            "Jonas",
            "Lea",
            "Felix",
            "Hannah",
            "Lukas",
            "Mia",
            "Tobias",
            "Sophie",
            "Jan",
            "Katrin",
            "Matthias",
            "Anja",
            "Dieter",
            "Ursula",
            "Emre",
            "Ayşe",
            "Malte",
            "Svenja",
            "Björn",
            "Greta",
        ],
        [
            "Becker",
            "Schulz",
            "Hoffmann",
            "Wagner",
            "Krüger",
            "Neumann",
            "Schmitt",
            "Y\u0131lmaz",
            "Kowalski",
            "Lehmann",
            "Brandt",
            "Vogel",
            "Hartmann",
            "Zimmermann",
            "Petersen",
            "Özdemir",
            "Albrecht",
            "Seidel",
            "Winkler",
            "Lorenz",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Théo",
            "Manon",
            "Julien",
            "Inès",
            "Hugo",
            "Chloé",
            "Mathieu",
            "Léa",
            "Karim",
            "Aurélie",
            "Benoît",
            "Yasmine",
            "Quentin",
            "Solène",
            "Loïc",
        ],
        [
            "Lefèvre",
            "Moreau",
            "Girard",
            "Fournier",
            "Mercier",
            "Benali",
            "Rousseau",
            "Faure",
            "Chevalier",
            "Lambert",
            "Gauthier",
            "Dubois",
            "Perrin",
            "Morel",
            "Nguyen",
            "Barbier",
        ],
    ),
    "es": (
        [
            "Lucía",
            "Javier",
            "Carmen",
            "Alejandro",
            "Sofía",
            "Pablo",
            "Marta",
            "Diego",
            "Nuria",
            "Álvaro",
            "Elena",
            "Sergio",
            "Ainhoa",
            "Iker",
            "Rocío",
            "Gonzalo",
        ],
        [
            "García",
            "Fernández",
            "López",
            "Martínez",
            "Sánchez",
            "Romero",
            "Navarro",
            "Torres",
            "Domínguez",
            "Vázquez",
            "Ramos",
            "Gil",
            "Castillo",
            "Iglesias",
            "Herrera",
            "Moya",
        ],
    ),
}

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
}

STREETS = {
    "GB": [
        ("Mill Lane", "Leeds", "LS6 2QE"),
        ("Victoria Road", "Cardiff", "CF14 3NB"),
        ("Church Lane", "York", "YO1 7HH"),
        ("Albert Street", "Bristol", "BS5 9JQ"),
        ("Kingsway", "Manchester", "M19 2LL"),
        ("Park Avenue", "Glasgow", "G3 6LX"),
    ],
    "US": [
        ("Oak Street", "Portland, OR", "97205"),
        ("Maple Avenue", "Columbus, OH", "43215"),
        ("W 3rd Street", "Austin, TX", "78701"),
        ("Elm Drive", "Raleigh, NC", "27601"),
        ("Lakeview Road", "Madison, WI", "53703"),
    ],
    "DE": [
        ("Lindenstraße", "Köln", "50674"),
        ("Goethestraße", "Leipzig", "04109"),
        ("Am Mühlbach", "Freiburg", "79098"),
        ("Hauptstraße", "Heidelberg", "69117"),
        ("Kirchgasse", "Mainz", "55116"),
        ("Bergmannstraße", "Berlin", "10961"),
    ],
    "FR": [
        ("rue des Tanneurs", "Strasbourg", "67000"),
        ("avenue Jean Jaurès", "Lyon", "69007"),
        ("rue de la Paix", "Nantes", "44000"),
        ("boulevard Victor Hugo", "Nice", "06000"),
        ("impasse des Lilas", "Toulouse", "31000"),
    ],
    "ES": [
        ("Calle de Alcalá", "Madrid", "28009"),
        ("Carrer de Mallorca", "Barcelona", "08013"),
        ("Calle de la Iglesia", "Sevilla", "41003"),
        ("Avenida de la Constitución", "Valencia", "46009"),
        ("Calle Mayor", "Zaragoza", "50001"),
    ],
}
COUNTRY_OF = {"en": ["GB", "GB", "US"], "de": ["DE"], "fr": ["FR"], "es": ["ES"]}
CITY_CENTRES = [
    (51.5072, -0.1276),
    (53.8008, -1.5491),
    (52.52, 13.405),
    (48.1372, 11.5756),
    (48.8566, 2.3522),
    (45.764, 4.8357),
    (40.4168, -3.7038),
    (41.3874, 2.1686),
    (45.5152, -122.6784),
    (30.2672, -97.7431),
]

HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def fold(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("ß", "ss")
        .replace("'", "")
    )
    s = s.replace("\u0131", "i").replace("ş", "s")  # dotless i
    return (
        unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")
    )


def style(words: str, st: str) -> str:
    parts = words.split()
    if st == "snake":
        return "_".join(p.lower() for p in parts)
    if st == "camel":
        return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])
    if st == "pascal":
        return "".join(p[:1].upper() + p[1:].lower() for p in parts)
    if st == "kebab":
        return "-".join(p.lower() for p in parts)
    if st == "human":
        return words[:1].upper() + words[1:]
    return words


KEYWORDS = {
    "dob": {
        "en": ["date of birth", "birth date", "dob"],
        "de": ["geburtsdatum", "geb datum"],
        "fr": ["date de naissance", "né le"],
        "es": ["fecha de nacimiento", "fecha nacimiento"],
    },
    "email": {
        "en": ["email", "email address", "contact email"],
        "de": ["e mail", "email adresse"],
        "fr": ["courriel", "adresse mail"],
        "es": ["correo", "correo electrónico"],
    },
    "phone": {
        "en": ["phone", "mobile number", "telephone"],
        "de": ["telefon", "mobilnummer", "handy"],
        "fr": ["téléphone", "portable"],
        "es": ["teléfono", "móvil"],
    },
    "address": {
        "en": ["address", "home address", "postal address"],
        "de": ["anschrift", "adresse", "straße"],
        "fr": ["adresse", "adresse postale"],
        "es": ["dirección", "domicilio"],
    },
    "name": {
        "en": ["full name", "name", "display name"],
        "de": ["name", "vollständiger name"],
        "fr": ["nom complet", "nom"],
        "es": ["nombre completo", "nombre"],
    },
    "notes": {
        "en": ["notes", "comment", "case note", "description"],
        "de": ["notiz", "bemerkung", "anmerkungen"],
        "fr": ["remarques", "commentaire", "note"],
        "es": ["observaciones", "comentario", "notas"],
    },
}


_ES_CCC_WEIGHTS = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)


def _es_control_digit(s: str) -> int:
    """One control digit of a Spanish CCC (bank+branch or account number, 10 digits)."""
    c = 11 - sum(int(a) * b for a, b in zip(s, _ES_CCC_WEIGHTS, strict=True)) % 11
    return {10: 1, 11: 0}.get(c, c)


class Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.tags: list[str] = []
        self.kinds: list[str] = []
        self.negs: list[str] = []
        self.allowed: list[str] = []
        self.text_idx: dict[str, int] = {}

    # --- bookkeeping ---------------------------------------------------------------------
    @overload
    def add(self, kind: str, how: str, detail: str = "", value: None = None) -> None: ...
    @overload
    def add(self, kind: str, how: str, detail: str, value: _T) -> _T: ...
    def add(self, kind: str, how: str, detail: str = "", value: Any = None) -> Any:
        assert kind in KINDS, kind
        tag = f"{how}:{kind}/{detail}" if detail else f"{how}:{kind}"
        if tag not in self.tags:
            self.tags.append(tag)
        if kind not in self.kinds:
            self.kinds.append(kind)
        if value is not None:
            self.ok(value)
        return value

    @overload
    def neg(self, kind: str, detail: str, value: None = None) -> None: ...
    @overload
    def neg(self, kind: str, detail: str, value: _T) -> _T: ...
    def neg(self, kind: str, detail: str, value: Any = None) -> Any:
        assert kind in KINDS, kind
        tag = f"neg:{kind}/{detail}"
        if tag not in self.tags:
            self.tags.append(tag)
        if kind not in self.negs:
            self.negs.append(kind)
        if value is not None:
            self.ok(value)
        return value

    def ok(self, v: _T) -> _T:
        if isinstance(v, (dict, list)):
            self.allowed.append(json.dumps(v, ensure_ascii=False))
        else:
            self.allowed.append(str(v))
        return v

    # --- random helpers --------------------------------------------------------------------
    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def sample(self, seq: Iterable[_T], k: int) -> list[_T]:
        return self.r.sample(list(seq), k)

    def _safe(self, alphabet: str, n: int, maxrun: int = 3) -> str:
        letters = [ch for ch in alphabet if not ch.isdigit()]
        out: list[str] = []
        run = 0
        for _ in range(n):
            ch = self.pick(alphabet) if run < maxrun else self.pick(letters)
            run = run + 1 if ch.isdigit() else 0
            out.append(ch)
        return "".join(out)

    def hex(self, n: int = 12) -> str:
        return self._safe(HEX, n)

    def b64(self, n: int = 44) -> str:
        return self._safe(B64, n)

    def alnum(self, n: int = 20) -> str:
        return self._safe(ALNUM, n)

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"

    def ts(self, year: int | None = None) -> str:
        y = year or self.pick([2023, 2024, 2025])
        R = self.r.randint
        return f"{y:d}-{R(1, 12):02d}-{R(1, 28):02d}T{R(0, 23):02d}:{R(0, 59):02d}:{R(0, 59):02d}Z"

    def date(self, year: int | None = None) -> str:
        return self.ts(year)[:10]

    def ts_compact(self) -> str:
        while True:
            s = self.ts().replace("-", "").replace(":", "").replace("T", "").replace("Z", "")
            if not luhn_ok(s):
                return self.ok(s)

    def ref(self, prefix: str) -> str:
        return f"{prefix}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}"

    def key(self, concept: str, lang: str, st: str | None = None) -> str:
        pool = KEYWORDS[concept][lang] + (
            KEYWORDS[concept]["en"] if lang != "en" and self.chance(0.3) else []
        )
        w = self.pick(pool)
        st = st or self.pick(["snake", "camel", "pascal", "kebab", "snake"])
        k = style(w, st)
        if self.chance(0.5):
            k = unicodedata.normalize("NFKD", k).encode("ascii", "ignore").decode()
        return k

    def country(self, lang: str) -> str:
        return self.pick(COUNTRY_OF[lang])

    # --- ordinary personal data ----------------------------------------------------------
    def name(self, lang: str, how: str = "val") -> dict[str, str]:
        firsts, lasts = LANG_NAMES[lang]
        first, last = self.pick(firsts), self.pick(lasts)
        if last == "Iglesias":
            self.neg("religious_belief", "surname-iglesias")
        self.add("person_name", how, lang)
        return {"first": first, "last": last, "full": f"{first} {last}"}

    def email(
        self,
        person: dict[str, str] | None = None,
        lang: str = "en",
        role: bool = False,
        domain: str | None = None,
    ) -> str:
        if role or person is None:
            local = self.pick(
                [
                    "support",
                    "admissions",
                    "claims",
                    "kyc-team",
                    "noreply",
                    "safeguarding",
                    "press",
                    "billing",
                ]
            )
            dom = domain or self.pick(
                ["brightpath.edu", "northwind-insure.com", "kestrel-bank.eu", "helio-telecom.net"]
            )
        else:
            first, last = fold(person["first"]), fold(person["last"])
            local = self.pick(
                [
                    f"{first}.{last}",
                    f"{first[0]}{last}",
                    f"{first}_{last}{self.r.randint(1, 99)}",
                    f"{last}.{first}",
                ]
            )
            dom = domain or self.pick(MAIL_DOMAINS[lang])
        return self.add("email", "val", "role" if role else lang, f"{local}@{dom}")

    def phone(self, lang: str, country: str | None = None) -> str:
        cc = country or self.country(lang)
        while True:
            R = self.r.randint
            if cc == "DE":
                v = self.pick(
                    [
                        f"+49 15{R(1, 9)} {R(1000, 9999)} {R(1000, 9999)}",
                        f"0{R(30, 89)} {R(100000, 999999)}",
                        f"+49 (0){R(30, 89)} {R(100, 999)} {R(1000, 9999)}",
                    ]
                )
            elif cc == "GB":
                v = self.pick(
                    [
                        f"+44 20 7946 {R(1000, 9999)}",
                        f"07{R(700, 999)} {R(100000, 999999)}",
                        f"+44 161 {R(200, 999)} {R(1000, 9999)}",
                    ]
                )
            elif cc == "US":
                v = self.pick(
                    [
                        f"+1 ({R(201, 989)}) 555-{R(1000, 9999)}",
                        f"{R(201, 989)}-555-{R(1000, 9999)}",
                    ]
                )
            elif cc == "FR":
                v = self.pick(
                    [
                        f"+33 6 {R(10, 99)} {R(10, 99)} {R(10, 99)} {R(10, 99)}",
                        f"0{R(1, 7)} {R(10, 99)} {R(10, 99)} {R(10, 99)} {R(10, 99)}",
                    ]
                )
            else:
                v = self.pick(
                    [
                        f"+34 6{R(10, 99)} {R(100, 999)} {R(100, 999)}",
                        f"9{R(10, 99)} {R(100, 999)} {R(100, 999)}",
                    ]
                )
            if not luhn_runs(v):
                return self.add("phone", "val", cc, v)

    def ip(self, v6: bool | None = None) -> str:
        v6 = self.chance(0.25) if v6 is None else v6
        if v6:
            R = self.r.randint
            v = f"2001:db8:{R(1, 0xFFFF):x}:{R(1, 0xFFFF):x}::{R(1, 0xFFF):x}"
        else:
            v = self.pick(
                [
                    f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}"
                    f".{self.r.randint(1, 254)}",
                    f"192.168.{self.r.randint(0, 30)}.{self.r.randint(2, 254)}",
                    f"{self.pick([81, 85, 92, 145, 178, 203, 91, 62])}.{self.r.randint(0, 255)}"
                    f".{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                ]
            )
        return self.add("ip_address", "val", "v6" if v6 else "v4", v)

    def dob_parts(self, years: tuple[int, int] = (1948, 2006)) -> tuple[int, int, int]:
        return self.r.randint(*years), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob(
        self, lang: str = "en", fmt: str | None = None, years: tuple[int, int] = (1948, 2006)
    ) -> str:
        y, m, d = self.dob_parts(years)
        fmt = fmt or ("iso" if self.chance(0.6) else lang)
        if fmt == "iso":
            v = f"{y:d}-{m:02d}-{d:02d}"
        elif fmt == "hl7":
            v = f"{y:d}{m:02d}{d:02d}"
        elif fmt == "de":
            v = f"{d:02d}.{m:02d}.{y:d}"
        elif fmt == "us":
            v = f"{m:02d}/{d:02d}/{y:d}"
        else:
            v = f"{d:02d}/{m:02d}/{y:d}"
        return self.add("date_of_birth", "val", fmt, v)

    @overload
    def address(
        self, lang: str, country: str | None = None, *, structured: Literal[True]
    ) -> dict[str, str]: ...
    @overload
    def address(
        self, lang: str, country: str | None = None, *, structured: Literal[False]
    ) -> str: ...
    @overload
    def address(
        self, lang: str, country: str | None = None, structured: bool | None = None
    ) -> str | dict[str, str]: ...
    def address(
        self, lang: str, country: str | None = None, structured: bool | None = None
    ) -> str | dict[str, str]:
        cc = country or self.country(lang)
        street, city, pc = self.pick(STREETS[cc])
        no = str(self.r.randint(1, 180))
        if street == "Church Lane" or street == "Calle de la Iglesia":
            self.neg("religious_belief", "street-name")
        self.add("postal_address", "val", cc)
        structured = self.chance(0.5) if structured is None else structured
        if cc in ("GB", "US", "FR"):
            line = f"{no} {street}"
        else:
            line = f"{street} {no}"
        if structured:
            return {"street": line, "postcode": pc, "city": city, "country": cc}
        if cc == "US":
            return f"{line}, {city} {pc}"
        if cc == "GB":
            return f"{line}, {city} {pc}"
        return f"{line}, {pc} {city}"

    # --- high risk -------------------------------------------------------------------------
    def card(self, brand: str | None = None, fmt: str | None = None) -> str:
        brand = brand or self.pick(["visa", "visa", "mc", "mc2", "amex", "discover"])
        R = self.r.randint
        if brand == "visa":
            body, n = "4" + "".join(str(R(0, 9)) for _ in range(14)), 16
        elif brand == "mc":
            body, n = str(R(51, 55)) + "".join(str(R(0, 9)) for _ in range(13)), 16
        elif brand == "mc2":
            body, n = str(R(2221, 2720)) + "".join(str(R(0, 9)) for _ in range(11)), 16
        elif brand == "amex":
            body, n = self.pick(["34", "37"]) + "".join(str(R(0, 9)) for _ in range(12)), 15
        else:
            body, n = "6011" + "".join(str(R(0, 9)) for _ in range(11)), 16
        num = body + luhn_check_digit(body)
        assert luhn_ok(num) and len(num) == n
        fmt = fmt or self.pick(["plain", "spaced", "dashed"])
        if fmt == "plain":
            v = num
        elif n == 15:
            sep = " " if fmt == "spaced" else "-"
            v = sep.join([num[:4], num[4:10], num[10:]])
        else:
            sep = " " if fmt == "spaced" else "-"
            v = sep.join(num[i : i + 4] for i in range(0, 16, 4))
        return self.add("payment_card", "val", brand, v)

    def iban(self, cc: str | None = None, spaced: bool | None = None) -> str:
        cc = cc or self.pick(["DE", "FR", "ES", "GB", "AT", "BE"])
        R = self.r.randint

        def dig(n: int) -> str:
            return "".join(str(R(0, 9)) for _ in range(n))

        while True:
            if cc == "DE":
                bban = dig(8) + dig(10)
            elif cc == "AT":
                bban = dig(5) + dig(11)
            elif cc == "GB":
                bban = self.pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dig(6) + dig(8)
            elif cc == "BE":
                first = dig(10)
                k = int(first) % 97 or 97
                bban = first + f"{k:02d}"
            elif cc == "FR":
                bank, branch, acct = dig(5), dig(5), dig(11)
                key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
                bban = bank + branch + acct + f"{key:02d}"
            else:
                bank, branch, acct = dig(4), dig(4), dig(10)
                cd = _es_control_digit
                bban = bank + branch + str(cd("00" + bank + branch)) + str(cd(acct)) + acct
            v = cc + iban_check_digits(cc, bban) + bban
            assert iban_ok(v), v
            sp = self.chance(0.5) if spaced is None else spaced
            if sp:
                v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
            if not luhn_runs(v):
                return self.add("bank_account", "val", "iban-" + cc, v)

    def us_bank(self) -> tuple[str, str]:
        R = self.r.randint
        while True:
            r8 = f"{R(1100000, 32999999):08d}"
            for d in "0123456789":
                if aba_ok(r8 + d):
                    routing = r8 + d
                    break
            acct = str(R(10**8, 10**11))
            if not luhn_runs(routing) and not luhn_runs(acct):
                self.add("bank_account", "field", "us-routing-account", routing)
                self.ok(acct)
                return routing, acct

    def uk_bank(self) -> tuple[str, str]:
        R = self.r.randint
        sort = f"{R(10, 99):02d}-{R(10, 99):02d}-{R(10, 99):02d}"
        acct = f"{R(10000000, 99999999):08d}"
        self.add("bank_account", "field", "uk-sortcode-account", sort)
        self.ok(acct)
        return sort, acct

    def ssn(self, dashed: bool | None = None) -> str:
        R = self.r.randint
        while True:
            a = R(1, 899)
            if a != 666:
                break
        v = f"{a:03d}-{R(1, 99):02d}-{R(1, 9999):04d}"
        if not (self.chance(0.7) if dashed is None else dashed):
            v = v.replace("-", "")
        assert ssn_ok(v)
        return self.add("national_id", "val", "ssn", v)

    def nino(self) -> str:
        while True:
            a = self.pick("ABCEGHJKLMNOPRSTWXYZ")
            b = self.pick("ABCEGHJKLMNPRSTWXYZ")
            v = a + b + f"{self.r.randint(0, 999999):06d}" + self.pick("ABCD")
            if nino_ok(v):
                break
        if self.chance(0.5):
            v = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
        return self.add("national_id", "val", "nino", v)

    def steuer_id(self) -> str:
        while True:
            digits = self.sample("0123456789", 9)
            dup = self.pick(digits)
            chars = [*digits, dup]
            self.r.shuffle(chars)
            head = "".join(chars)
            if head[0] == "0":
                continue
            v = head + str(steuer_id_check(head))
            if steuer_id_ok(v):
                break
        if self.chance(0.4):
            v = f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
        return self.add("national_id", "val", "steuer-id", v)

    def nir(self) -> str:
        R = self.r.randint
        while True:
            head = (
                f"{R(1, 2):d}{R(50, 99):02d}{R(1, 12):02d}{R(1, 95):02d}"
                f"{R(1, 990):03d}{R(1, 999):03d}"
            )
            if head[5:7] == "20":
                continue
            key = 97 - int(head) % 97
            v = head + f"{key:02d}"
            sp = f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
            if nir_ok(v) and not luhn_runs(v):
                break
        return self.add("national_id", "val", "nir", sp if self.chance(0.5) else v)

    def dni(self, nie: bool | None = None) -> str:
        R = self.r.randint
        if self.chance(0.3) if nie is None else nie:
            p = self.pick("XYZ")
            digits = f"{R(0, 9999999):07d}"
            v = p + digits + dni_letter(int(str("XYZ".index(p)) + digits))
            kind = "nie"
        else:
            n = R(10000000, 99999999)
            v = f"{n:08d}{dni_letter(n)}"
            kind = "dni"
        assert dni_ok(v)
        return self.add("national_id", "val", kind, v)

    def national_id(self, lang: str) -> str:
        cc = self.country(lang)
        gen: dict[str, Callable[[], str]] = {
            "GB": self.nino,
            "US": self.ssn,
            "DE": self.steuer_id,
            "FR": self.nir,
            "ES": self.dni,
        }
        return gen[cc]()

    def passport(self, lang: str | None = None, cc: str | None = None) -> str:
        cc = cc or (self.country(lang) if lang else self.pick(["DE", "GB", "FR", "ES", "US"]))
        R = self.r.randint
        if cc == "DE":
            v = self.pick("CFGHJK") + "".join(
                self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
            )
            if re.search(r"\d{7,}", v):
                v = (
                    "C"
                    + "".join(self.pick("CFGHJKLMNPRTVWXYZ") for _ in range(3))
                    + f"{R(0, 99999):05d}"
                )
        elif cc in ("GB", "US"):
            v = f"{R(100000000, 999999999):09d}"
        elif cc == "FR":
            v = f"{R(10, 99):02d}{self.pick(['AB', 'CK', 'FH', 'JT', 'RM'])}{R(0, 99999):05d}"
        else:
            v = self.pick(["PAA", "PAB", "PAC", "XDA"]) + f"{R(0, 999999):06d}"
        return self.add("passport", "val", cc, v)

    # --- credentials -------------------------------------------------------------------
    def secret(self, kind: str | None = None) -> str:
        kind = kind or self.pick(
            [
                "aws",
                "aws_secret",
                "ghp",
                "github_pat",
                "slack",
                "stripe",
                "stripe_rk",
                "gitlab",
                "google",
                "npm",
                "sendgrid",
                "jwt",
                "password",
                "webhook",
                "oauth",
            ]
        )
        a = self.alnum
        if kind == "aws":
            v = "AKIA" + self._safe("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        elif kind == "aws_secret":
            v = self._safe(ALNUM + "/+", 40)
        elif kind == "ghp":
            v = "ghp_" + a(36)
        elif kind == "github_pat":
            v = "github_pat_" + a(22) + "_" + a(59)
        elif kind == "slack":
            v = f"xoxb-{self.r.randint(1000, 9999)}-{self.r.randint(1000, 9999)}-{a(24)}"
        elif kind == "stripe":
            v = "sk_live_" + a(24)
        elif kind == "stripe_rk":
            v = "rk_live_" + a(24)
        elif kind == "gitlab":
            v = "glpat-" + a(20)
        elif kind == "google":
            v = "AIza" + self._safe(ALNUM + "-_", 35)
        elif kind == "npm":
            v = "npm_" + a(36)
        elif kind == "sendgrid":
            v = "SG." + a(22) + "." + a(43)
        elif kind == "jwt":
            v = self.jwt()
        elif kind == "webhook":
            v = "whsec_" + a(32)
        elif kind == "oauth":
            v = a(40)
        else:
            v = self.pick(
                [
                    "Tr0ub4dor&3",
                    "Sommer2024!",
                    "correct-horse-Battery",
                    "Azur!te-29",
                    "Qw3rty#Ostsee",
                    "Sevilla_Calor7",
                    "m0ntagne-Bleue!",
                    "FlaxSeed&Rain42",
                ]
            )
        if luhn_runs(v) or re.search(r"\d{7,}", v):
            return self.secret(kind)
        return self.add("credential", "val", kind, v)

    def jwt(self) -> str:
        def enc(o: dict[str, str]) -> str:
            raw = json.dumps(o, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        while True:
            h = enc({"alg": "RS256", "typ": "JWT", "kid": self.hex(8)})
            p = enc(
                {
                    "sub": "usr_" + self.hex(10),
                    "scope": self.pick(["read write", "claims:read", "admin"]),
                    "iss": self.pick(
                        ["https://auth.helio-telecom.net", "https://login.brightpath.edu"]
                    ),
                }
            )
            s = self._safe(ALNUM + "-_", 86)
            v = f"{h}.{p}.{s}"
            if not re.search(r"\d{7,}", v):
                return v

    def pem_private(self) -> str:
        body = "\n".join(self.b64(64) for _ in range(6))
        v = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
        return self.add("credential", "val", "pem", v)

    def conn_string(self) -> str:
        user = self.pick(["svc_claims", "app", "kyc_rw", "reporting"])
        pw = self.alnum(18)
        host = self.pick(["pg-primary", "mysql-0", "mongo-rs0", "redis-cache"])
        scheme = {
            "pg-primary": "postgresql",
            "mysql-0": "mysql",
            "mongo-rs0": "mongodb",
            "redis-cache": "redis",
        }[host]
        port = {"pg-primary": 5432, "mysql-0": 3306, "mongo-rs0": 27017, "redis-cache": 6379}[host]
        return self.add(
            "credential",
            "val",
            "connstring",
            f"{scheme}://{user}:{pw}@{host}:{port}/{self.pick(['claims', 'kyc', 'app', 'crm'])}",
        )

    def basic_auth(self) -> str:
        raw = f"{self.pick(['ci-bot', 'deploy', 'api-user'])}:{self.alnum(16)}"
        while True:
            v = base64.b64encode(raw.encode()).decode()
            if not re.search(r"\d{7,}", v):
                break
            raw = f"deploy:{self.alnum(16)}"
        return self.add("credential", "val", "basic-auth", "Basic " + v)

    # --- location ---------------------------------------------------------------------
    def coords(self, dec: int | None = None) -> tuple[float, float]:
        lat0, lon0 = self.pick(CITY_CENTRES)
        dec = dec or self.pick([4, 5, 5, 6])
        lat = round(lat0 + self.r.uniform(-0.08, 0.08), dec)
        lon = round(lon0 + self.r.uniform(-0.08, 0.08), dec)
        # make sure the printed form really has `dec` decimals
        while len(repr(lat).split(".")[1]) < 4 or len(repr(lon).split(".")[1]) < 4:
            lat = round(lat0 + self.r.uniform(-0.08, 0.08), dec)
            lon = round(lon0 + self.r.uniform(-0.08, 0.08), dec)
        self.add("precise_location", "val", f"{dec}dp")
        self.ok(lat)
        self.ok(lon)
        self.ok(f"{lat},{lon}")
        return lat, lon

    def coarse_coords(self) -> tuple[float, float]:
        lat0, lon0 = self.pick(CITY_CENTRES)
        dec = self.pick([1, 2, 2, 3])
        self.neg("precise_location", f"coarse-{dec}dp")
        return round(lat0, dec), round(lon0, dec)

    # --- special categories: free text -------------------------------------------------------
    def stext(self, kind: str, lang: str) -> str:
        pool = texts.POS[kind][lang]
        i = self.r.randrange(len(pool))
        self.add(kind, "text", f"{lang}#{i}", pool[i])
        return pool[i]

    def ntext(self, kind: str, lang: str | None = None) -> str:
        pool = [t for t in texts.NEG[kind] if lang is None or t[0] == lang] or texts.NEG[kind]
        i = self.r.randrange(len(pool))
        lg, t = pool[i]
        self.neg(kind, f"text-{lg}#{texts.NEG[kind].index(pool[i])}", t)
        return t

    # --- special categories: structured --------------------------------------------------
    def sfield(self, kind: str, lang: str, modes: Sequence[int] | None = None) -> tuple[str, Any]:
        """Return (key, value) carrying `kind` about the document's person.
        `modes` restricts the biometric modality: 0/1 fingerprint, 2 face, 3 voice, 4 iris,
        5 palm vein."""
        k, v = self._sfield(kind, lang, modes)
        self.ok(v)
        return k, v

    def _sfield(self, kind: str, lang: str, modes: Sequence[int] | None = None) -> tuple[str, Any]:
        p = self.pick
        L = lang
        k: str
        v: Any  # any JSON value
        vals: list[str] | None
        if kind == "health":
            opt = self.r.randrange(6)
            if opt == 0:
                code, label = p(
                    [
                        ("E10.9", "Type 1 diabetes mellitus without complications"),
                        ("F41.1", "Generalized anxiety disorder"),
                        ("J45.909", "Unspecified asthma, uncomplicated"),
                        ("G40.909", "Epilepsy, unspecified"),
                        ("M51.26", "Intervertebral disc displacement, lumbar"),
                        ("F90.0", "ADHD, predominantly inattentive type"),
                        ("I10", "Essential (primary) hypertension"),
                        ("F32.1", "Moderate depressive episode"),
                        ("E03.9", "Hypothyroidism, unspecified"),
                        ("H90.3", "Bilateral sensorineural hearing loss"),
                    ]
                )
                k = {"en": "diagnosis", "de": "diagnose", "fr": "diagnostic", "es": "diagnóstico"}[
                    L
                ]
                v = {"code": code, "system": "ICD-10", "display": label}
            elif opt == 1:
                k = {"en": "allergies", "de": "allergien", "fr": "allergies", "es": "alergias"}[L]
                v = p(
                    [
                        ["penicillin"],
                        ["peanuts", "tree nuts"],
                        ["latex"],
                        ["NKDA"],
                        ["Penicillin", "Hausstaub"],
                        ["arachides"],
                        ["penicilina"],
                        ["sulfonamides"],
                    ]
                )
            elif opt == 2:
                k = {
                    "en": "current_medications",
                    "de": "medikation",
                    "fr": "traitement_en_cours",
                    "es": "medicacion_actual",
                }[L]
                v = [
                    {
                        "name": p(
                            [
                                "sertraline",
                                "levothyroxine",
                                "metformin",
                                "salbutamol",
                                "methylphenidate",
                                "ramipril",
                                "lamotrigine",
                            ]
                        ),
                        "dose": p(["50 mg", "25 µg", "500 mg", "100 µg PRN", "10 mg"]),
                        "frequency": p(["daily", "twice daily", "as needed"]),
                    }
                ]
            elif opt == 3:
                k = {
                    "en": "disability",
                    "de": "behinderung",
                    "fr": "handicap",
                    "es": "discapacidad",
                }[L]
                v = p(
                    {
                        "en": [
                            "Yes - visual impairment",
                            "Yes - dyslexia",
                            "No",
                            "Autism spectrum condition",
                            "Wheelchair user",
                        ],
                        "de": ["GdB 50", "nein", "Hörbehinderung", "ja - Sehbehinderung"],
                        "fr": ["oui - RQTH", "non", "trouble dys", "malvoyance"],
                        "es": ["sí, 33 %", "no", "movilidad reducida", "discapacidad auditiva"],
                    }[L]
                )
            elif opt == 4:
                k = {
                    "en": "pregnancy_status",
                    "de": "schwangerschaft",
                    "fr": "grossesse",
                    "es": "embarazo",
                }[L]
                v = p(
                    {
                        "en": ["pregnant - 24 weeks", "not pregnant"],
                        "de": ["schwanger, 12. SSW", "nicht schwanger"],
                        "fr": ["enceinte (5 mois)", "pas enceinte"],
                        "es": ["embarazada de 20 semanas", "no embarazada"],
                    }[L]
                )
            else:
                k = p(["hiv_status", "lab_result"])
                v = (
                    p(["negative", "positive, on ART"])
                    if k == "hiv_status"
                    else {
                        "test": p(["HbA1c", "TSH", "eGFR", "ferritin"]),
                        "value": p(["58 mmol/mol", "6.8 mU/L", "54 mL/min", "9 ng/mL"]),
                        "flag": p(["H", "L"]),
                    }
                )
            self.add(kind, "field", f"{L}/{k}")
            return k, v
        if kind == "genetic":
            opt = self.r.randrange(5)
            if opt == 0:
                k = {"en": "genotypes", "de": "genotypen", "fr": "genotypes", "es": "genotipos"}[L]
                v = {
                    rs: p(["AA", "AG", "GG", "CT", "TT", "CC"])
                    for rs in self.sample(
                        ["rs4680", "rs1801133", "rs429358", "rs7412", "rs1815739", "rs762551"], 3
                    )
                }
            elif opt == 1:
                k = p(["str_profile", "dna_profile", "dnaProfil"])
                v = {
                    loc: ",".join(map(str, sorted((self.r.randint(6, 20), self.r.randint(6, 20)))))
                    for loc in self.sample(
                        ["D3S1358", "vWA", "FGA", "TH01", "D8S1179", "D21S11", "D18S51", "D5S818"],
                        5,
                    )
                }
                v["AMEL"] = p(["X,X", "X,Y"])
            elif opt == 2:
                k = p(["pgx_result", "pharmacogenomics"])
                gene = p(["CYP2C19", "CYP2D6", "TPMT", "SLCO1B1", "DPYD"])
                v = {
                    "gene": gene,
                    "diplotype": p(["*1/*2", "*1/*17", "*2/*2", "*4/*4", "*1/*3A"]),
                    "phenotype": p(
                        [
                            "poor metabolizer",
                            "intermediate metabolizer",
                            "rapid metabolizer",
                            "normal function",
                        ]
                    ),
                }
            elif opt == 3:
                k = p(["variant_call", "germline_variant", "variante"])
                v = {
                    "gene": p(["BRCA2", "BRCA1", "MLH1", "PALB2", "MYBPC3"]),
                    "hgvs": p(["c.5946delT", "c.68_69delAG", "c.350C>T", "c.1592delT"]),
                    "zygosity": p(["heterozygous", "homozygous"]),
                    "acmg": p(["pathogenic", "likely pathogenic", "VUS"]),
                }
            else:
                k = p(["carrier_status", "traegerstatus", "statut_porteur", "estado_portador"])
                v = {
                    "gene": p(["CFTR", "HEXA", "SMN1", "GJB2", "HBB"]),
                    "result": p(["carrier", "heterozygous carrier", "one pathogenic variant"]),
                }
            self.add(kind, "field", f"{L}/{k}")
            return k, v
        if kind == "biometric":
            opt = self.pick(modes) if modes else self.r.randrange(6)
            if opt == 0:
                k = p(["fingerprint_template", "fingerprintTemplate", "fingerabdruck_template"])
                v = {
                    "format": "ISO/IEC 19794-2:2005",
                    "finger": p(["right_index", "left_thumb", "right_thumb"]),
                    "data": "Rk1SACAyMAAA" + self.b64(240),
                }
            elif opt == 1:
                k = p(["minutiae", "fingerprint_minutiae"])
                v = [
                    {
                        "x": self.r.randint(10, 480),
                        "y": self.r.randint(10, 500),
                        "angle": self.r.randint(0, 359),
                        "type": p(["ending", "bifurcation"]),
                    }
                    for _ in range(self.r.randint(8, 14))
                ]
            elif opt in (2, 3):
                k = (
                    p(["face_embedding", "faceTemplate", "gabarit_facial", "plantilla_facial"])
                    if opt == 2
                    else p(["voiceprint", "voice_print", "empreinte_vocale"])
                )
                vec: list[float] = []
                while len(vec) < 48:
                    n = self.r.randint(-3000, 3000)
                    if n % 10 and abs(n) >= 1000:
                        vec.append(n / 10000)
                for x in vec:
                    self.ok(x)
                self.neg("precise_location", "embedding-floats")
                v = {
                    "model": p(["arcface-r50", "facenet-512"])
                    if opt == 2
                    else p(["ecapa-tdnn", "x-vector-v2"]),
                    "dim": len(vec),
                    "vector": vec,
                }
            elif opt == 4:
                k = p(["iris_code", "irisCode", "code_iris"])
                v = {"eye": p(["left", "right"]), "bits": 2048, "code": self.hex(256)}
            else:
                k = p(["palm_vein_template", "handvenen_template"])
                v = {"vendor_format": "PV-T3", "template": self.b64(300)}
            self.add(kind, "field", k)
            return k, v
        if kind == "racial_ethnic_origin":
            k, vals = {
                "en": (
                    p(["ethnicity", "race", "ethnic_origin", "Ethnicity"]),
                    [
                        "Black Caribbean",
                        "Asian - Bangladeshi",
                        "Mixed - White and Black African",
                        "Hispanic or Latino",
                        "Two or More Races",
                        "White - Irish",
                        "Gypsy/Roma",
                        "Arab",
                        "Chinese",
                        "Black or African American",
                        "White British",
                    ],
                ),
                "de": (
                    p(["ethnische_herkunft", "ethnischeHerkunft", "Abstammung"]),
                    ["kurdisch", "Sinti", "Roma", "afrodeutsch", "ostasiatisch", "sorbisch"],
                ),
                "fr": (
                    p(["origine_ethnique", "origineEthnique"]),
                    ["maghrébine", "rom", "afro-descendante", "asiatique", "kabyle", "antillaise"],
                ),
                "es": (
                    p(["origen_etnico", "etnia", "origen_étnico"]),
                    ["gitana", "afrodescendiente", "mapuche", "indígena quechua", "mestiza"],
                ),
            }[L]
            self.add(kind, "field", f"{L}/{k}")
            return k, p(vals)
        if kind == "political_opinion":
            k, vals = {
                "en": (
                    p(["party_affiliation", "party", "support_level", "voting_intention"]),
                    [
                        "DEM",
                        "REP",
                        "Green",
                        "Labour",
                        "Conservative",
                        "Liberal Democrat",
                        "SNP",
                        "Reform UK",
                        "1 - strong Labour",
                        "2 - leaning Conservative",
                    ],
                ),
                "de": (
                    p(["partei", "parteimitgliedschaft", "wahlabsicht"]),
                    ["SPD", "CDU", "Bündnis 90/Die Grünen", "FDP", "Die Linke", "CSU"],
                ),
                "fr": (
                    p(["parti_politique", "adhesion_parti", "intention_de_vote"]),
                    ["PS", "LFI", "LR", "Renaissance", "EELV", "RN"],
                ),
                "es": (
                    p(["partido", "afiliacion_politica", "intencion_de_voto"]),
                    ["PSOE", "PP", "Sumar", "Vox", "ERC", "PNV"],
                ),
            }[L]
            self.add(kind, "field", f"{L}/{k}")
            return k, p(vals)
        if kind == "religious_belief":
            k, vals = {
                "en": (
                    p(["religion", "faith", "denomination", "Religion (optional)"]),
                    [
                        "Roman Catholic",
                        "Sunni Muslim",
                        "Sikh",
                        "Hindu",
                        "Jewish",
                        "Church of England",
                        "Buddhist",
                        "Greek Orthodox",
                        "Methodist",
                        "Baptist",
                    ],
                ),
                "de": (p(["konfession", "religionszugehoerigkeit", "kirchensteuermerkmal"]), None),
                "fr": (
                    p(["religion", "confession"]),
                    ["catholique", "musulmane", "protestante", "juive", "orthodoxe", "bouddhiste"],
                ),
                "es": (
                    p(["religion", "confesion", "religión"]),
                    ["católica", "musulmana", "evangélica", "judía", "ortodoxa", "budista"],
                ),
            }[L]
            if vals is None:
                vals = (
                    ["rk", "ev", "lt", "ak"]
                    if k == "kirchensteuermerkmal"
                    else [
                        "römisch-katholisch",
                        "evangelisch",
                        "muslimisch",
                        "jüdisch",
                        "alevitisch",
                        "neuapostolisch",
                    ]
                )
            self.add(kind, "field", f"{L}/{k}")
            return k, p(vals)
        if kind == "trade_union":
            opt = self.r.randrange(3)
            unions = {
                "en": [
                    "UNISON",
                    "Unite",
                    "GMB",
                    "NEU",
                    "UCU",
                    "Teamsters Local 117",
                    "SEIU",
                    "CWA",
                ],
                "de": ["IG Metall", "ver.di", "GEW", "IG BCE", "NGG", "EVG"],
                "fr": ["CGT", "CFDT", "FO", "SUD", "CFE-CGC", "UNSA"],
                "es": ["CCOO", "UGT", "CSIF", "ELA", "USO", "CGT"],
            }[L]
            if opt == 0:
                k = {
                    "en": p(["union_member", "unionMember", "is_union_member"]),
                    "de": "gewerkschaftsmitglied",
                    "fr": "adherent_syndicat",
                    "es": "afiliado_sindical",
                }[L]
                v = p([True, False])
            elif opt == 1:
                k = {
                    "en": p(["union", "trade_union"]),
                    "de": "gewerkschaft",
                    "fr": "syndicat",
                    "es": "sindicato",
                }[L]
                v = p(unions)
            else:
                k = {
                    "en": "union_dues",
                    "de": "gewerkschaftsbeitrag",
                    "fr": "cotisation_syndicale",
                    "es": "cuota_sindical",
                }[L]
                v = {
                    "union": p(unions),
                    "amount": p([12.4, 14.5, 23.1, 9.8, 31.0]),
                    "period": "monthly",
                }
            self.add(kind, "field", f"{L}/{k}")
            return k, v
        if kind == "sex_life_orientation":
            k, vals = {
                "en": (
                    p(["sexual_orientation", "sexualOrientation", "orientation"]),
                    [
                        "Gay or lesbian",
                        "Bisexual",
                        "Heterosexual or straight",
                        "Asexual",
                        "Gay man",
                        "Lesbian",
                    ],
                ),
                "de": (
                    p(["sexuelle_orientierung", "sexuelleOrientierung"]),
                    ["homosexuell", "bisexuell", "heterosexuell", "lesbisch", "schwul"],
                ),
                "fr": (
                    p(["orientation_sexuelle", "orientationSexuelle"]),
                    ["homosexuelle", "bisexuel", "hétérosexuel", "lesbienne", "gay"],
                ),
                "es": (
                    p(["orientacion_sexual", "orientación_sexual"]),
                    ["gay", "bisexual", "heterosexual", "lesbiana", "asexual"],
                ),
            }[L]
            self.add(kind, "field", f"{L}/{k}")
            return k, p(vals)
        if kind == "criminal_record":
            opt = self.r.randrange(3)
            if L == "en":
                if opt == 0:
                    k, v = (
                        "criminal_record_check",
                        {
                            "provider": p(["DBS", "Disclosure Scotland", "county criminal search"]),
                            "level": p(["basic", "enhanced"]),
                            "result": p(["clear", "no records found", "1 conviction disclosed"]),
                        },
                    )
                elif opt == 1:
                    k, v = (
                        "convictions",
                        [
                            {
                                "offence": p(
                                    [
                                        "theft",
                                        "driving with excess alcohol",
                                        "common assault",
                                        "possession of a controlled drug",
                                    ]
                                ),
                                "year": self.r.randint(2005, 2021),
                                "disposal": p(["fine", "community order", "suspended sentence"]),
                            }
                        ],
                    )
                else:
                    k, v = (
                        p(["on_probation", "has_criminal_record", "pending_charges"]),
                        p([True, False]),
                    )
            elif L == "de":
                k, v = p(
                    [
                        (
                            "fuehrungszeugnis",
                            p(["ohne Eintragungen", "liegt vor, keine Einträge", "1 Eintragung"]),
                        ),
                        ("vorbestraft", p([True, False])),
                        (
                            "vorstrafen",
                            [
                                p(
                                    [
                                        "Körperverletzung (2017)",
                                        "Betrug (2012)",
                                        "Trunkenheit im Verkehr (2019)",
                                    ]
                                )
                            ],
                        ),
                    ]
                )
            elif L == "fr":
                k, v = p(
                    [
                        ("casier_judiciaire", p(["néant", "vierge", "1 condamnation"])),
                        ("condamnations", [p(["vol (2016)", "conduite sans permis (2020)"])]),
                    ]
                )
            else:
                k, v = p(
                    [
                        ("antecedentes_penales", p(["sin antecedentes", "con antecedentes"])),
                        ("certificado_delitos_sexuales", "negativo"),
                        ("condenas", [p(["hurto (2015)", "lesiones (2018)"])]),
                    ]
                )
            self.add(kind, "field", f"{L}/{k}")
            return k, v
        raise KeyError(kind)

    def nfield(self, kind: str, lang: str) -> tuple[str, Any]:
        """Return (key, value) that uses the vocabulary of `kind` but is not that kind."""
        k, v = self._nfield(kind, lang)
        self.ok(v)
        return k, v

    def _nfield(self, kind: str, lang: str) -> tuple[str, Any]:
        p = self.pick
        L = lang
        k: str
        v: Any  # any JSON value
        if kind == "health":
            k, v = p(
                [
                    ("health_plan_premium", p([84.2, 112.0, 96.5])),
                    ("employer_health_contribution", p([120.0, 75.0])),
                    ("service_health", p(["green", "ok", "degraded"])),
                ]
            )
        elif kind == "genetic":
            k, v = p(
                [
                    ("genetic_research_consent_asked", False),
                    ("genetic_testing_covered", p(["only on specialist referral", "not covered"])),
                ]
            )
        elif kind == "biometric":
            k, v = p(
                [
                    ("auth_method", p(["fingerprint", "face_id", "touch_id"])),
                    ("biometric_login_enabled", p([True, False])),
                    ("face_match_score", p([0.91, 0.87, 0.96])),
                    ("liveness_check", "passed"),
                ]
            )
        elif kind == "racial_ethnic_origin":
            k, v = p(
                [
                    (
                        {
                            "en": "nationality",
                            "de": "staatsangehoerigkeit",
                            "fr": "nationalite",
                            "es": "nacionalidad",
                        }[L],
                        p(
                            {
                                "en": ["British", "Irish", "American", "Polish"],
                                "de": ["deutsch", "österreichisch", "polnisch"],
                                "fr": ["française", "belge", "portugaise"],
                                "es": ["española", "argentina", "marroquí"],
                            }[L]
                        ),
                    ),
                    (
                        {
                            "en": "ethnicity",
                            "de": "ethnische_herkunft",
                            "fr": "origine_ethnique",
                            "es": "origen_etnico",
                        }[L],
                        {
                            "en": "Prefer not to say",
                            "de": "Keine Angabe",
                            "fr": "Je ne souhaite pas répondre",
                            "es": "Prefiero no decirlo",
                        }[L],
                    ),
                    ("citizenship", p(["GB", "DE", "FR", "ES", "US"])),
                ]
            )
        elif kind == "political_opinion":
            k, v = p(
                [
                    ("pep", False),
                    ("politically_exposed_person", False),
                    ("pep_screening", "no match"),
                ]
            )
        elif kind == "religious_belief":
            k, v = (
                {"en": "religion", "de": "konfession", "fr": "religion", "es": "religion"}[L],
                {
                    "en": "Prefer not to say",
                    "de": "Keine Angabe",
                    "fr": "Je ne souhaite pas répondre",
                    "es": "Prefiero no decirlo",
                }[L],
            )
        elif kind == "trade_union":
            k, v = p(
                [
                    ("union_member", "Prefer not to say"),
                    ("credit_union", p(["Pioneer Credit Union", "Lakeside Federal Credit Union"])),
                    ("eu_citizen", p([True, False])),
                ]
            )
        elif kind == "sex_life_orientation":
            k, v = p(
                [
                    ("gender", p(["female", "male", "non-binary", "weiblich", "femme", "mujer"])),
                    ("pronouns", p(["she/her", "he/him", "they/them"])),
                    ("sex", p(["F", "M"])),
                    (
                        "sexual_orientation",
                        {
                            "en": "Prefer not to say",
                            "de": "Keine Angabe",
                            "fr": "Je ne souhaite pas répondre",
                            "es": "Prefiero no decirlo",
                        }[L],
                    ),
                ]
            )
        elif kind == "criminal_record":
            k, v = p(
                [
                    ("sanctions_screening", p(["no match", "clear"])),
                    ("eviction_history", "none found"),
                    ("employment_verification", "verified"),
                    ("education_verification", "degree confirmed"),
                ]
            )
        else:
            raise KeyError(kind)
        self.neg(kind, f"field/{k}")
        return k, v

    # --- hard negatives for other kinds ------------------------------------------------
    def bad_card(self) -> str:
        while True:
            v = "4" + "".join(str(self.r.randint(0, 9)) for _ in range(15))
            if not luhn_ok(v):
                break
        return self.neg("payment_card", "luhn-fail-16", v)

    def last4(self) -> str:
        return self.neg("payment_card", "last4", f"{self.r.randint(0, 9999):04d}")

    def pm_token(self) -> str:
        return self.neg("payment_card", "token", "pm_" + self.alnum(24))

    def bad_iban(self) -> str:
        good = self.iban_raw()
        cd = int(good[2:4])
        bad = good[:2] + f"{(cd + self.r.randint(1, 50)) % 100:02d}" + good[4:]
        if iban_ok(bad) or luhn_runs(bad):
            return self.bad_iban()
        return self.neg("bank_account", "bad-checksum", bad)

    def iban_raw(self) -> str:
        # a valid IBAN that is NOT recorded (only used to derive a negative)
        c2 = Ctx(self.r)
        v = c2.iban(spaced=False)
        return v

    def bic(self) -> str:
        return self.neg(
            "bank_account",
            "bic",
            self.pick(["COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "NWBKGB2L", "DEUTDEFF500"]),
        )

    def vat(self) -> str:
        R = self.r.randint
        v = self.pick(
            [
                f"DE{R(100000000, 999999999)}",
                f"FR{R(10, 99)}{R(100000000, 999999999)}",
                f"ESB{R(10000000, 99999999)}",
                f"GB{R(100000000, 999999999)}",
            ]
        )
        if luhn_runs(v):
            return self.vat()
        self.neg("national_id", "vat", v)
        return self.neg("bank_account", "vat", v)

    def bad_dni(self) -> str:
        n = self.r.randint(10000000, 99999999)
        good = dni_letter(n)
        bad = self.pick([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != good])
        v = f"{n:08d}{bad}"
        assert not dni_ok(v)
        return self.neg("national_id", "dni-wrong-letter", v)

    def ssn_last4(self) -> str:
        return self.neg("national_id", "ssn-last4", f"***-**-{self.r.randint(1, 9999):04d}")

    def masked_secret(self) -> str | None:
        return self.neg(
            "credential",
            "masked",
            self.pick(["********", "[REDACTED]", "sk_live_****************", "<hidden>", None, ""]),
        )

    def bcrypt(self) -> str:
        return self.neg("credential", "bcrypt", "$2b$12$" + self._safe(ALNUM + "./", 53))

    def sha256(self) -> str:
        return self.neg("credential", "digest", self.hex(64))

    def isbn(self) -> str:
        while True:
            body = "978" + "".join(str(self.r.randint(0, 9)) for _ in range(9))
            s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
            v = body + str((10 - s % 10) % 10)
            if not luhn_ok(v):
                break
        self.neg("phone", "isbn", v)
        return f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}"

    def ean(self) -> str:
        while True:
            body = self.pick(["400", "301", "840", "590"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(9)
            )
            s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
            v = body + str((10 - s % 10) % 10)
            if not luhn_ok(v):
                break
        return self.neg("phone", "ean13", v)

    def version(self) -> str:
        return self.neg(
            "ip_address",
            "version",
            f"{self.r.randint(1, 9)}.{self.r.randint(0, 30)}"
            f".{self.r.randint(0, 20)}.{self.r.randint(1, 99)}",
        )

    def float4(self, lo: float, hi: float, what: str) -> float:
        x = round(self.r.uniform(lo, hi), 4)
        while len(repr(x).split(".")[-1]) != 4:
            x = round(self.r.uniform(lo, hi), 4)
        self.neg("precise_location", what, x)
        return x
