"""Check-digit code and value makers for the fresh2 split.

Every maker that inserts personal data records its kind on the ``Ctx``; filler (ids, hashes,
versions, timestamps) never contains a run of seven or more digits.
"""

from __future__ import annotations

import random
import re
import string
from typing import Any

SPECIAL_KINDS = (
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
)
HIGH_RISK_KINDS = (
    "payment_card",
    "bank_account",
    "national_id",
    "passport",
    "credential",
    "precise_location",
)
ORDINARY_KINDS = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
KINDS = (*SPECIAL_KINDS, *HIGH_RISK_KINDS, *ORDINARY_KINDS)

# --- check digits -------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for last in "0123456789":
        if luhn_ok(partial + last):
            return partial + last
    raise AssertionError(partial)


def iban_mod(s: str) -> int:
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    lengths = {
        "DE": 22,
        "FR": 27,
        "ES": 24,
        "GB": 22,
        "NL": 18,
        "IT": 27,
        "BE": 16,
        "AT": 20,
        "CH": 21,
        "PL": 28,
        "IE": 22,
        "PT": 25,
    }
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        return False
    return iban_mod(s) == 1


def iban_with_check(country: str, bban: str) -> str:
    check = 98 - iban_mod(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


def steuer_check(ten: str) -> str:
    product = 10
    for ch in ten:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def aba_ok(n: str) -> bool:
    d = [int(x) for x in n]
    return (
        len(d) == 9
        and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

# --- filler -------------------------------------------------------------------------------

LONG_DIGITS = re.compile(r"\d{7,}")


def _safe(rng: random.Random, alphabet: str, n: int) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not LONG_DIGITS.search(s):
            return s


def hexs(rng: random.Random, n: int) -> str:
    return _safe(rng, "0123456789abcdef", n)


def alnum(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return _safe(rng, alphabet, n)


def uuid(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def b64(rng: random.Random, n: int) -> str:
    return _safe(rng, string.ascii_letters + string.digits + "+/", n)


def b64url(rng: random.Random, n: int) -> str:
    return _safe(rng, string.ascii_letters + string.digits + "-_", n)


def ts(rng: random.Random, year: int | None = None) -> str:
    y = year or rng.choice((2023, 2024, 2025))
    return (
        f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def day(rng: random.Random, lo: int = 2023, hi: int = 2025) -> str:
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def short_id(rng: random.Random, prefix: str = "") -> str:
    return prefix + alnum(rng, rng.randint(8, 14), string.ascii_uppercase + string.digits)


def money(rng: random.Random, lo: float = 5, hi: float = 900) -> float:
    return round(rng.uniform(lo, hi), 2)


# --- pools --------------------------------------------------------------------------------

FIRST = {
    "en": [
        "Olivia",
        "Marcus",
        "Priya",
        "Declan",
        "Hannah",
        "Tobias",
        "Keisha",
        "Wei",
        "Siobhan",
        "Gareth",
        "Amara",
        "Connor",
        "Ruth",
        "Imran",
        "Bethany",
        "Jamal",
        "Eleanor",
        "Nathaniel",
    ],
    "de": [
        "Lukas",
        "Annika",
        "Jürgen",
        "Heike",
        "Maximilian",
        "Sabine",
        "Björn",
        "Friederike",
        "Till",
        "Ute",
        "Dörte",
        "Kemal",
        "Svenja",
        "Ansgar",
        "Marlene",
    ],
    "fr": [
        "Élodie",
        "Mathieu",
        "Camille",
        "Benoît",
        "Inès",
        "Yannick",
        "Margaux",
        "Théo",
        "Séverine",
        "Karim",
        "Aurélie",
        "Gaëlle",
        "Rachid",
        "Solène",
    ],
    "es": [
        "Rocío",
        "Álvaro",
        "Lucía",
        "Iñigo",
        "Mercedes",
        "Javier",
        "Ainhoa",
        "Tomás",
        "Begoña",
        "Rubén",
        "Nerea",
        "Guillermo",
        "Consuelo",
        "Xavi",
    ],
    "x": [
        "Oluwaseun",
        "Thanh",
        "Agnieszka",
        "Mehmet",
        "Fatima",
        "Dmitri",
        "Aroha",
        "Sunita",
        "Kwame",
        "Yuki",
        "Zeynep",
        "Bogdan",
        "Lerato",
        "Nguyen",
    ],
}
LAST = {
    "en": [
        "Whitfield",
        "O'Connell",
        "Patel",
        "Harrington",
        "Nguyen",
        "Okafor",
        "Brennan",
        "Ashworth",
        "Caldwell",
        "Fairbanks",
        "Lindqvist",
        "McAllister",
        "Pemberton",
    ],
    "de": [
        "Schäfer",
        "Hoffmann",
        "Brückner",
        "Wagenknecht",
        "Özdemir",
        "Lindemann",
        "Kühn",
        "Vogelsang",
        "Reinholz",
        "Strauß",
        "Eichhorn",
        "Baumgärtner",
    ],
    "fr": [
        "Lefèvre",
        "Marchand",
        "Durand-Roux",
        "Benali",
        "Chevalier",
        "Fontaine",
        "Girard",
        "Lemaire",
        "Rousseau",
        "Vasseur",
        "Texier",
        "N'Diaye",
    ],
    "es": [
        "Iglesias",
        "Fernández",
        "Ruiz de Alda",
        "Castro",
        "Echeverría",
        "Morales",
        "Sáez",
        "Villanueva",
        "Quintana",
        "Arrieta",
        "Domínguez",
        "Peña",
    ],
    "x": [
        "Adeyemi",
        "Kowalczyk",
        "Yılmaz",  # noqa: RUF001
        "Tran",
        "Haddad",
        "Volkov",
        "Takahashi",
        "Mensah",
        "Sharma",
        "Ngata",
        "Popescu",
        "Mokoena",
    ],
}
STREETS = {
    "en": [
        "Albert Road",
        "Kingsway",
        "Maple Avenue",
        "Harbour Street",
        "Church Lane",
        "Elm Grove",
        "Victoria Terrace",
        "Cedar Court",
        "Station Road",
    ],
    "us": [
        "Oak Street",
        "Pine Ridge Dr",
        "W 34th St",
        "Magnolia Blvd",
        "Lakeshore Ave",
        "Sunset Ct",
        "Hawthorne Rd",
    ],
    "de": [
        "Lindenstraße",
        "Am Mühlbach",
        "Goethestr.",
        "Kastanienallee",
        "Bahnhofstraße",
        "Ringstraße",
        "Kirchweg",
        "Schillerplatz",
    ],
    "fr": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la Paix",
        "chemin des Vignes",
        "place du Marché",
        "rue Saint-Honoré",
    ],
    "es": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle de la Iglesia",
        "Paseo del Prado",
        "Calle Alcalá",
        "Rambla de Catalunya",
        "Calle San Vicente",
    ],
}
CITIES = {
    "en": [
        ("Leeds", "LS6 2QT"),
        ("Bristol", "BS3 4HG"),
        ("Glasgow", "G12 8QQ"),
        ("Norwich", "NR2 3AB"),
        ("Cardiff", "CF10 1EP"),
    ],
    "us": [
        ("Austin, TX", "78704"),
        ("Columbus, OH", "43215"),
        ("Portland, OR", "97214"),
        ("Raleigh, NC", "27601"),
        ("Tucson, AZ", "85719"),
    ],
    "de": [
        ("Leipzig", "04109"),
        ("Freiburg im Breisgau", "79098"),
        ("Bremen", "28195"),
        ("Köln", "50667"),
        ("Regensburg", "93047"),
    ],
    "fr": [
        ("Lyon", "69003"),
        ("Nantes", "44000"),
        ("Lille", "59000"),
        ("Toulouse", "31000"),
        ("Rennes", "35000"),
    ],
    "es": [
        ("Zaragoza", "50001"),
        ("Sevilla", "41004"),
        ("Bilbao", "48001"),
        ("Valencia", "46002"),
        ("Salamanca", "37002"),
    ],
}
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "web.de",
    "gmx.de",
    "orange.fr",
    "free.fr",
    "yahoo.es",
    "proton.me",
    "icloud.com",
    "hotmail.co.uk",
    "posteo.de",
    "mailbox.org",
    "laposte.net",
    "telefonica.net",
]
ORG_DOMAINS = [
    "northwind-health.example",
    "stmarys-parish.org.uk",
    "verdi-bezirk.example",
    "clinique-des-alpes.fr",
    "acme-logistics.com",
    "helvetia-pension.ch",
    "ridehub.io",
    "fairlease.co.uk",
    "hogar-seguro.es",
    "kita-sonnenschein.de",
]

LANG_COUNTRY = {"en": "en", "de": "de", "fr": "fr", "es": "es", "x": "en"}


def _ascii(s: str) -> str:
    src, dst = "äöüéèêëàâçîïôûùñíóúáÁÉÍÓÚÑÄÖÜıÇŞşğ", "aoueeeeaaciiouuniouaAEIOUNAOUiCSsg"
    out = s.replace("ß", "ss").translate(str.maketrans(src, dst))
    return re.sub(r"[^a-z0-9]", "", out.lower())


class Ctx:
    """One document under construction: the kinds inserted and notes on what was inserted."""

    def __init__(self, rng: random.Random, lang: str | None = None) -> None:
        self.rng = rng
        self.lang = lang or rng.choice(("en", "en", "de", "fr", "es"))
        self.kinds: set[str] = set()
        self.notes: list[str] = []

    # bookkeeping
    def mark(self, kind: str, value: Any = None) -> Any:
        assert kind in KINDS, kind
        self.kinds.add(kind)
        return value

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # names
    def first(self, lang: str | None = None) -> str:
        lang = lang or (self.lang if self.chance(0.75) else "x")
        return self.mark("person_name", self.pick(FIRST[lang]))

    def last(self, lang: str | None = None) -> str:
        lang = lang or (self.lang if self.chance(0.75) else "x")
        return self.mark("person_name", self.pick(LAST[lang]))

    def name(self, lang: str | None = None) -> str:
        lang = lang or (self.lang if self.chance(0.75) else "x")
        return f"{self.first(lang)} {self.last(lang)}"

    def name_parts(self, lang: str | None = None) -> tuple[str, str]:
        lang = lang or (self.lang if self.chance(0.75) else "x")
        return self.first(lang), self.last(lang)

    # contact
    def email(self, first: str | None = None, last: str | None = None, org: bool = False) -> str:
        f = _ascii(first or self.pick(FIRST["en"]))
        la = _ascii(last or self.pick(LAST["en"]))
        local = self.pick(
            [
                f"{f}.{la}",
                f"{f[0]}{la}",
                f"{f}{self.rng.randint(1, 99)}",
                f"{la}.{f[0]}",
                f"{f}_{la}",
            ]
        )
        domain = self.pick(ORG_DOMAINS if org else MAIL_DOMAINS)
        return self.mark("email", f"{local}@{domain}")

    def role_email(self, role: str = "support") -> str:
        return self.mark("email", f"{role}@{self.pick(ORG_DOMAINS)}")

    def phone(self, country: str | None = None) -> str:
        c = country or LANG_COUNTRY[self.lang]
        r = self.rng.randint
        forms = {
            "en": [
                f"+44 7{r(100, 999)} {r(100000, 999999)}",
                f"07{r(100, 999)} {r(100000, 999999)}",
                f"020 7946 0{r(100, 999)}",
                f"+447{r(100, 999)}{r(100000, 999999)}",
            ],
            "us": [
                f"+1 ({r(201, 989)}) 555-0{r(100, 199)}",
                f"{r(201, 989)}-555-0{r(100, 199)}",
                f"+1{r(201, 989)}555{r(1000, 9999)}",
                f"({r(201, 989)}) {r(200, 999)}-{r(1000, 9999)}",
            ],
            "de": [
                f"+49 1{r(51, 79)} {r(1000000, 9999999)}",
                f"0{r(30, 89)} {r(100000, 999999)}",
                f"+49 (0)30 {r(1000000, 9999999)}",
                f"01{r(51, 79)}/{r(1000000, 9999999)}",
            ],
            "fr": [
                f"+33 6 {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}",
                f"0{r(1, 7)} {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}",
                f"+33{r(6, 7)}{r(10000000, 99999999)}",
            ],
            "es": [
                f"+34 6{r(10, 99)} {r(100, 999)} {r(100, 999)}",
                f"6{r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}",
                f"+34 91 {r(100, 999)} {r(10, 99)} {r(10, 99)}",
            ],
        }
        return self.mark("phone", self.pick(forms[c]))

    def ip(self, v6: bool | None = None) -> str:
        r = self.rng.randint
        if v6 if v6 is not None else self.chance(0.25):
            v = f"2a02:{r(0x100, 0xFFF):x}:{r(0x1000, 0xFFFF):x}:{r(0, 0xFF):x}::{r(0x10, 0xFFF):x}"
        else:
            v = self.pick(
                [
                    f"{r(11, 223)}.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
                    f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
                    f"192.168.{r(0, 20)}.{r(2, 254)}",
                ]
            )
        return self.mark("ip_address", v)

    def dob_parts(self, lo: int = 1945, hi: int = 2004) -> tuple[int, int, int]:
        self.mark("date_of_birth")
        return self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(self, fmt: str = "iso", lo: int = 1945, hi: int = 2004) -> str:
        y, m, d = self.dob_parts(lo, hi)
        return {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "de": f"{d:02d}.{m:02d}.{y}",
            "fr": f"{d:02d}/{m:02d}/{y}",
            "us": f"{m:02d}/{d:02d}/{y}",
            "compact": f"{y}{m:02d}{d:02d}",
        }[fmt]

    def street(self, country: str | None = None) -> str:
        c = country or LANG_COUNTRY[self.lang]
        n = self.rng.randint(1, 180)
        s = self.pick(STREETS[c])
        self.mark("postal_address")
        if c in ("de", "es"):
            return f"{s} {n}" + (self.pick(["", "", "a", ", 3º B"]) if c == "es" else "")
        if c == "fr":
            return f"{n} {s}"
        if c == "us":
            return f"{self.rng.randint(100, 9800)} {s}" + self.pick(["", " Apt 4B", " Unit 12"])
        return f"{self.pick(['', 'Flat 2, ', ''])}{n} {s}"

    def city(self, country: str | None = None) -> tuple[str, str]:
        return self.pick(CITIES[country or LANG_COUNTRY[self.lang]])

    def address_line(self, country: str | None = None) -> str:
        c = country or LANG_COUNTRY[self.lang]
        street = self.street(c)
        city, pc = self.city(c)
        if c in ("de", "fr", "es"):
            return f"{street}, {pc} {city}"
        return f"{street}, {city} {pc}"

    # high-risk
    def card(self, brand: str | None = None, fmt: str | None = None) -> str:
        brand = brand or self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": (str(self.rng.randint(51, 55)), 16),
            "mc2": (str(self.rng.randint(2221, 2720)), 16),
            "amex": (self.pick(["34", "37"]), 15),
            "disc": ("6011", 16),
        }[brand]
        while True:
            body = prefix + "".join(
                str(self.rng.randint(0, 9)) for _ in range(length - 1 - len(prefix))
            )
            num = luhn_complete(body)
            if not re.search(r"(\d)\1{5}", num):
                break
        fmt = fmt or self.pick(["plain", "space", "dash", "plain"])
        if fmt != "plain":
            sep = " " if fmt == "space" else "-"
            groups = (
                [num[:4], num[4:10], num[10:]]
                if length == 15
                else [num[i : i + 4] for i in range(0, 16, 4)]
            )
            num = sep.join(groups)
        return self.mark("payment_card", num)

    def iban(self, country: str | None = None, spaced: bool | None = None) -> str:
        country = country or self.pick(["DE", "FR", "ES", "GB", "NL", "IT", "BE", "AT", "CH"])
        d = lambda n: "".join(str(self.rng.randint(0, 9)) for _ in range(n))  # noqa: E731
        up = string.ascii_uppercase
        bban = {
            "DE": lambda: d(18),
            "FR": lambda: d(10) + d(11) + d(2),
            "ES": lambda: d(20),
            "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + d(14),
            "NL": lambda: self.pick(["ABNA", "RABO", "INGB", "TRIO"]) + d(10),
            "IT": lambda: self.pick(up) + d(10) + d(12),
            "BE": lambda: d(12),
            "AT": lambda: d(16),
            "CH": lambda: d(17),
        }[country]()
        iban = iban_with_check(country, bban)
        assert iban_ok(iban)
        if spaced if spaced is not None else self.chance(0.4):
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return self.mark("bank_account", iban)

    def routing(self) -> str:
        while True:
            n = "".join(str(self.rng.randint(0, 9)) for _ in range(9))
            if n[0] in "0123" and aba_ok(n):
                return self.mark("bank_account", n)

    def account_no(self, n: int = 10) -> str:
        return self.mark(
            "bank_account",
            str(self.rng.randint(1, 9))
            + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1)),
        )

    def sort_code(self) -> str:
        r = self.rng.randint
        return self.mark("bank_account", f"{r(10, 99)}-{r(10, 99)}-{r(10, 99)}")

    def ssn(self, dashed: bool = True) -> str:
        area = self.pick([x for x in range(1, 900) if x not in (666,)])
        s = f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"
        return self.mark("national_id", s if dashed else s.replace("-", ""))

    def nino(self) -> str:
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(first) + self.pick(second)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(6))
        v = f"{pre}{digits}{self.pick('ABCD')}"
        if self.chance(0.4):
            v = f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {v[-1]}"
        return self.mark("national_id", v)

    def steuer_id(self) -> str:
        while True:
            digits = self.rng.sample("0123456789", 9)
            if digits[0] == "0":
                continue
            dup = self.pick(digits[1:])
            pos = self.rng.randint(1, 9)
            ten = [*digits[:pos], dup, *digits[pos:]]
            if ten[0] == "0":
                continue
            s = "".join(ten)
            v = s + steuer_check(s)
            if self.chance(0.3):
                v = f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
            return self.mark("national_id", v)

    def nir(self, year: int | None = None, sex: int | None = None) -> str:
        y = (year or self.rng.randint(1950, 2003)) % 100
        body = (
            f"{sex or self.rng.randint(1, 2)}{y:02d}{self.rng.randint(1, 12):02d}"
            f"{self.rng.randint(1, 95):02d}{self.rng.randint(1, 999):03d}"
            f"{self.rng.randint(1, 999):03d}"
        )
        key = 97 - int(body) % 97
        v = f"{body}{key:02d}"
        if self.chance(0.5):
            v = f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
        return self.mark("national_id", v)

    def dni(self) -> str:
        if self.chance(0.3):
            p = self.rng.randint(0, 2)
            n = self.rng.randint(0, 9999999)
            v = f"{'XYZ'[p]}{n:07d}{DNI_LETTERS[(p * 10_000_000 + n) % 23]}"
        else:
            n = self.rng.randint(1_000_000, 99_999_999)
            v = f"{n:08d}{DNI_LETTERS[n % 23]}"
        return self.mark("national_id", v)

    def passport_no(self, country: str | None = None) -> str:
        c = country or self.pick(["DE", "FR", "ES", "GB", "US", "NL", "IN", "NG"])
        up = "CFGHJKLMNPRTVWXYZ"
        dg = "0123456789"
        v = {
            "DE": lambda: self.pick("CFGHJK") + alnum(self.rng, 8, up + dg),
            "FR": lambda: (
                f"{self.rng.randint(10, 99)}{alnum(self.rng, 2, up)}"
                f"{self.rng.randint(10000, 99999)}"
            ),
            "ES": lambda: alnum(self.rng, 3, up) + f"{self.rng.randint(100000, 999999)}",
            "GB": lambda: f"5{self.rng.randint(10000000, 99999999)}",
            "US": lambda: f"A{self.rng.randint(10000000, 99999999)}",
            "NL": lambda: alnum(self.rng, 2, up) + alnum(self.rng, 6, up + dg) + "4",
            "IN": lambda: self.pick(up) + f"{self.rng.randint(1000000, 9999999)}",
            "NG": lambda: self.pick("AB") + f"{self.rng.randint(10000000, 99999999)}",
        }[c]()
        return self.mark("passport", v)

    def latlon(self, area: str | None = None, decimals: int | None = None) -> tuple[float, float]:
        centers = {
            "de": (52.52, 13.40),
            "fr": (45.76, 4.83),
            "es": (40.42, -3.70),
            "en": (51.50, -0.12),
            "us": (30.27, -97.74),
        }
        lat0, lon0 = centers[area or LANG_COUNTRY[self.lang]]
        n = decimals or self.pick([4, 5, 5, 6, 6, 7])
        lat = round(lat0 + self.rng.uniform(-0.3, 0.3), n)
        lon = round(lon0 + self.rng.uniform(-0.3, 0.3), n)
        if n >= 4:
            self.mark("precise_location")
            # make sure the last decimal is not a trailing zero that shortens the number
            lat, lon = _full(lat, n, self.rng), _full(lon, n, self.rng)
        return lat, lon

    # credentials
    def secret(self, kind: str | None = None) -> str:
        rng = self.rng
        kind = kind or self.pick(
            [
                "aws",
                "gh",
                "slack",
                "stripe",
                "jwt",
                "pw",
                "google",
                "sendgrid",
                "npm",
                "gitlab",
                "ghpat",
                "opaque",
            ]
        )
        up = string.ascii_uppercase + "234567"
        v = {
            "aws": lambda: "AKIA" + alnum(rng, 16, up),
            "awssecret": lambda: b64(rng, 40),
            "gh": lambda: "ghp_" + alnum(rng, 36),
            "ghpat": lambda: "github_pat_" + alnum(rng, 22) + "_" + alnum(rng, 59),
            "slack": lambda: (
                f"xoxb-{rng.randint(10000, 99999)}{hexs(rng, 4)}-"
                f"{rng.randint(10000, 99999)}{hexs(rng, 5)}-{alnum(rng, 24)}"
            ),
            "stripe": lambda: self.pick(["sk_live_", "rk_live_"]) + alnum(rng, 24),
            "jwt": lambda: (
                "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + b64url(rng, 86) + "." + b64url(rng, 86)
            ),
            "pw": lambda: self.pick(
                [
                    "Sommer2024!",
                    "hunter2-Blau",
                    "Tr0ub4dor&3x",
                    "qwerty!Paris9",
                    "M1ch3ll3#88",
                    "correct-horse-staple",
                    "Zaragoza_2023$",
                ]
            ),
            "google": lambda: "AIza" + b64url(rng, 35),
            "sendgrid": lambda: "SG." + b64url(rng, 22) + "." + b64url(rng, 43),
            "npm": lambda: "npm_" + alnum(rng, 36),
            "gitlab": lambda: "glpat-" + b64url(rng, 20),
            "opaque": lambda: alnum(rng, 40),
        }[kind]()
        self.note(f"secret:{kind}")
        return self.mark("credential", v)


def _full(x: float, n: int, rng: random.Random) -> float:
    s = f"{x:.{n}f}"
    if s.endswith("0"):
        s = s[:-1] + str(rng.randint(1, 9))
    return float(s)


# --- hard-negative values -------------------------------------------------------------------


def bad_card(rng: random.Random) -> str:
    """A 16-digit card-looking number that fails Luhn."""
    while True:
        body = rng.choice("45") + "".join(str(rng.randint(0, 9)) for _ in range(15))
        if not luhn_ok(body):
            return body


def bad_iban(rng: random.Random) -> str:
    while True:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
        good = iban_with_check("DE", bban)
        bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
        if not iban_ok(bad):
            return bad


def coarse(rng: random.Random, lat0: float = 48.85, lon0: float = 2.35) -> tuple[float, float]:
    n = rng.choice([1, 2, 2, 3])
    return round(lat0 + rng.uniform(-2, 2), n), round(lon0 + rng.uniform(-2, 2), n)


# --- key styles -----------------------------------------------------------------------------


def style_key(key: str, style: str) -> str:
    parts = key.split("_")
    if style == "camel":
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if style == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if style == "kebab":
        return "-".join(parts)
    return key


def restyle(value: Any, style: str) -> Any:
    """Apply a key style to every dict key of a nested value (string values untouched)."""
    if style == "snake":
        return value
    if isinstance(value, dict):
        return {
            style_key(k, style) if k.islower() or "_" in k else k: restyle(v, style)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [restyle(v, style) for v in value]
    return value
