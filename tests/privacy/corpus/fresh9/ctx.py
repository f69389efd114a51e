"""The generation context: seeded value generators that record what they insert.

Every generator that produces personal data adds a tag to the context. A tag is
``<kind>`` or ``<kind>:<variant>`` for structured values and ``text:<kind>/<lang>`` for a
free-text sentence, so a document's kinds follow from its tags. Filler (references, hashes,
base64, timestamps) never forms a kind: it avoids e-mail, IP and coordinate shapes, and
digit runs that could pass for a card or an identifier are rejected before use.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .checksums import (
    aba_digit,
    dni_letter,
    iban_digits,
    luhn_digit,
    luhn_ok,
    nir_key,
    steuer_id_digit,
)
from .pools import COUNTRY_OF_LANG, MAIL_DOMAINS, MONTHS, NAMES, STREETS, TOWNS, WORK_DOMAINS
from .texts import FILLER, NEAR_MISS, SPECIAL

T = TypeVar("T")

LANGS = ("en", "de", "fr", "es")
SPECIAL_KINDS = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
                 "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK_KINDS = ("payment_card", "bank_account", "national_id", "passport", "credential",
                   "precise_location")
ORDINARY_KINDS = ("email", "phone", "ip_address", "date_of_birth", "postal_address",
                  "person_name")
KINDS = SPECIAL_KINDS + HIGH_RISK_KINDS + ORDINARY_KINDS

_CARD_RUN = re.compile(r"(?<![\d+])(?:\d[ -]?){12,18}\d(?!\d)")
_LONG_DIGITS = re.compile(r"\d{5,}")


def kind_of(tag: str) -> str:
    """The kind a note tag stands for."""
    if tag.startswith("text:"):
        return tag[5:].split("/", 1)[0]
    return tag.split(":", 1)[0]


def contains_card_run(text: str) -> bool:
    """Whether ``text`` holds a 13-19 digit run (spaces/dashes allowed) that passes Luhn."""
    for match in _CARD_RUN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        for size in range(13, 20):
            for start in range(len(digits) - size + 1):
                if luhn_ok(digits[start:start + size]):
                    return True
    return False


def ascii_fold(text: str) -> str:
    """Lower-case ASCII rendering of a name, for e-mail local parts."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


@dataclass(frozen=True)
class Person:
    """A generated natural person."""

    given: str
    family: str
    culture: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


class Ctx:
    """Seeded generators for one document; ``tags`` records every kind inserted."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.tags: set[str] = set()

    # -- bookkeeping ---------------------------------------------------------------------
    def tag(self, kind: str, variant: str = "") -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        self.tags.add(f"{kind}:{variant}" if variant else kind)

    @property
    def kinds(self) -> list[str]:
        return sorted({kind_of(t) for t in self.tags})

    # -- filler --------------------------------------------------------------------------
    def pick(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def letters(self, n: int, alphabet: str = string.ascii_uppercase) -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    def token(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        """Random string without runs of five or more digits."""
        while True:
            value = "".join(self.pick(alphabet) for _ in range(n))
            if not _LONG_DIGITS.search(value):
                return value

    def ref(self, prefix: str) -> str:
        return f"{prefix}-{self.letters(2)}{self.digits(4)}"

    def hexs(self, n: int) -> str:
        while True:
            value = "".join(self.pick("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{6,}", value):
                return value

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def blob(self, nbytes: int, head: bytes = b"") -> str:
        """Base64 of ``head`` plus random bytes, without long digit runs."""
        while True:
            raw = head + bytes(self.rng.randrange(256) for _ in range(nbytes))
            value = base64.b64encode(raw).decode()
            if not re.search(r"\d{6,}", value):
                return value

    def ts(self, year: int | None = None) -> str:
        y = year or self.num(2024, 2026)
        return (f"{y}-{self.num(1, 12):02d}-{self.num(1, 28):02d}T{self.num(0, 23):02d}:"
                f"{self.num(0, 59):02d}:{self.num(0, 59):02d}Z")

    def day(self, year: int | None = None) -> str:
        return self.ts(year)[:10]

    def money(self, low: float, high: float) -> float:
        return round(self.rng.uniform(low, high), 2)

    # -- people --------------------------------------------------------------------------
    def culture(self) -> str:
        if self.chance(0.3):
            return "world"
        return self.lang

    def person(self, culture: str | None = None) -> Person:
        givens, families = NAMES[culture or self.culture()]
        self.tag("person_name")
        return Person(self.pick(givens), self.pick(families), culture or self.lang)

    def someone(self, culture: str | None = None) -> Person:
        """A person whose name will not appear in the document (e.g. only as an e-mail)."""
        givens, families = NAMES[culture or self.culture()]
        return Person(self.pick(givens), self.pick(families), culture or self.lang)

    def name(self, culture: str | None = None) -> str:
        return self.person(culture).full

    def given(self, culture: str | None = None) -> str:
        return self.person(culture).given

    def email(self, person: Person | None = None, work: bool = False) -> str:
        self.tag("email")
        domain = self.pick(WORK_DOMAINS if work else MAIL_DOMAINS)
        if person is None:
            local = self.pick(("info", "support", "kontakt", "contact", "hola", "office",
                               "benefits", "noreply"))
            return f"{local}@{domain}"
        g, f = ascii_fold(person.given), ascii_fold(person.family)
        local = self.pick((f"{g}.{f}", f"{g[0]}{f}{self.num(60, 99)}", f"{g}_{f[:3]}",
                           f"{f}.{g}", f"{g}{self.num(1, 9)}"))
        return f"{local}@{domain}"

    def phone(self, country: str | None = None) -> str:
        self.tag("phone")
        c = country or COUNTRY_OF_LANG[self.lang]
        d = self.digits
        options = {
            "de": (f"+49 1{self.pick('567')}{d(1)} {d(7)}", f"01{self.pick('567')}{d(1)} {d(7)}",
                   f"+49 (0)30 {d(8)}", f"0221 {d(3)} {d(4)}"),
            "fr": (f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"),
            "es": (f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}",
                   f"91 {d(3)} {d(2)} {d(2)}"),
            "uk": (f"07700 900{d(3)}", f"+44 7{d(3)} {d(6)}", f"0113 496 {d(4)}"),
            "us": (f"({self.num(201, 989)}) 555-01{d(2)}", f"+1 {self.num(201, 989)}-555-{d(4)}",
                   f"{self.num(201, 989)}.555.{d(4)}"),
        }[c]
        return self.pick(options)

    def address(self, country: str | None = None) -> dict[str, str]:
        """A street-level address as parts: street (with number), postcode, city."""
        self.tag("postal_address")
        c = country or COUNTRY_OF_LANG[self.lang]
        street = self.pick(STREETS[c])
        n = self.num(1, 180)
        postcode, city = self.pick(TOWNS[c])
        if c == "de":
            line = f"{street} {n}{self.pick(['', '', 'a', 'b'])}"
        elif c == "fr":
            line = f"{n}{self.pick(['', '', ' bis'])} {street}"
        elif c == "es":
            line = f"{street}, {n}, {self.num(1, 8)}º {self.pick('ABCD')}"
        elif c == "us":
            line = f"{n * 11} {street}{self.pick(['', ', Apt ' + str(self.num(1, 40))])}"
        else:
            line = f"{self.pick(['', 'Flat ' + str(self.num(1, 9)) + ', '])}{n} {street}"
        return {"street": line, "postcode": postcode, "city": city}

    def address_local(self) -> dict[str, str]:
        """An address with key names in the document's language (``straße``, ``dirección``)."""
        a = self.address()
        keys = {"en": ("line1", "postcode", "town"), "de": ("straße", "plz", "ort"),
                "fr": ("adresse", "code_postal", "ville"),
                "es": ("dirección", "código_postal", "municipio")}[self.lang]
        return dict(zip(keys, (a["street"], a["postcode"], a["city"]), strict=True))

    def address_line(self, country: str | None = None) -> str:
        a = self.address(country)
        if (country or COUNTRY_OF_LANG[self.lang]) in ("uk", "us"):
            return f"{a['street']}, {a['city']} {a['postcode']}"
        return f"{a['street']}, {a['postcode']} {a['city']}"

    def dob(self, style: str | None = None, years: tuple[int, int] = (1941, 2007)) -> str:
        self.tag("date_of_birth")
        y, m, dd = self.num(*years), self.num(1, 12), self.num(1, 28)
        style = style or self.pick(("iso", "local", "long"))
        if style == "iso":
            return f"{y}-{m:02d}-{dd:02d}"
        if style == "local":
            if self.lang == "de":
                return f"{dd:02d}.{m:02d}.{y}"
            if self.lang == "en" and self.chance(0.5):
                return f"{m:02d}/{dd:02d}/{y}"
            return f"{dd:02d}/{m:02d}/{y}"
        month = MONTHS[self.lang][m - 1]
        return {"en": f"{month} {dd}, {y}", "de": f"{dd}. {month} {y}",
                "fr": f"{dd} {month} {y}", "es": f"{dd} de {month} de {y}"}[self.lang]

    # -- high-risk -----------------------------------------------------------------------
    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        brand = brand or self.pick(("visa", "visa", "mc", "amex", "discover"))
        self.tag("payment_card", brand)
        prefix, size = {
            "visa": ("4" + self.digits(5), 16),
            "mc": (self.pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
            "amex": (self.pick(["34", "37"]), 15),
            "discover": (self.pick(["6011", "65"]), 16),
        }[brand]
        body = prefix + self.digits(size - 1 - len(prefix))
        number = body + luhn_digit(body)
        sep = self.pick(("", " ", "-")) if sep is None else sep
        if not sep:
            return number
        if size == 15:
            return sep.join((number[:4], number[4:10], number[10:]))
        return sep.join(number[i:i + 4] for i in range(0, 16, 4))

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        cc = country or self.pick(("DE", "FR", "ES", "GB", "NL", "IT", "BE", "AT"))
        self.tag("bank_account", f"iban-{cc.lower()}")
        while True:
            bban = {
                "DE": lambda: self.digits(18),
                "FR": lambda: self.digits(23),
                "ES": lambda: self.digits(20),
                "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + self.digits(14),
                "NL": lambda: self.pick(["ABNA", "INGB", "RABO"]) + self.digits(10),
                "IT": lambda: self.letters(1) + self.digits(22),
                "BE": lambda: self.digits(12),
                "AT": lambda: self.digits(16),
            }[cc]()
            value = cc + iban_digits(cc, bban) + bban
            if grouped or (grouped is None and self.chance(0.4)):
                value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
            if not contains_card_run(value):
                return value

    def us_bank(self) -> tuple[str, str]:
        """A checksum-valid ABA routing number and an account number."""
        self.tag("bank_account", "aba")
        first8 = self.pick(["02", "03", "07", "11", "12", "21", "26", "31"]) + self.digits(6)
        return first8 + aba_digit(first8), str(self.num(1, 9)) + self.digits(self.num(7, 9))

    def uk_bank(self) -> tuple[str, str]:
        """A sort code and an eight-digit account number."""
        self.tag("bank_account", "sortcode")
        return f"{self.num(10, 99)}-{self.digits(2)}-{self.digits(2)}", self.digits(8)

    def ssn(self, dashed: bool = True) -> str:
        self.tag("national_id", "ssn")
        area = self.pick([n for n in range(1, 900) if n != 666])
        value = f"{area:03d}-{self.num(1, 99):02d}-{self.num(1, 9999):04d}"
        return value if dashed else value.replace("-", "")

    def nino(self, spaced: bool | None = None) -> str:
        self.tag("national_id", "nino")
        while True:
            prefix = self.pick("ABCEGHJKLMNOPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
            if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        d, suffix = self.digits(6), self.pick("ABCD")
        if spaced or (spaced is None and self.chance(0.4)):
            return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
        return f"{prefix}{d}{suffix}"

    def steuer_id(self) -> str:
        self.tag("national_id", "steuer-id")
        while True:
            pool = self.rng.sample(range(10), 9)
            doubled = self.pick(pool)
            body = [*pool, doubled]
            self.rng.shuffle(body)
            if body[0] != 0:
                first10 = "".join(map(str, body))
                return first10 + steuer_id_digit(first10)

    def nir(self, spaced: bool | None = None) -> str:
        self.tag("national_id", "nir")
        parts = [self.pick("12"), f"{self.num(40, 99):02d}", f"{self.num(1, 12):02d}",
                 f"{self.pick([n for n in range(1, 96) if n != 20]):02d}",
                 f"{self.num(1, 999):03d}", f"{self.num(1, 999):03d}"]
        key = nir_key("".join(parts))
        if spaced or (spaced is None and self.chance(0.5)):
            return " ".join([*parts, key])
        return "".join(parts) + key

    def dni(self) -> str:
        self.tag("national_id", "dni")
        n = self.num(10_000_000, 79_999_999)
        return f"{n}{dni_letter(n)}"

    def nie(self) -> str:
        self.tag("national_id", "nie")
        lead = self.pick("XYZ")
        n = self.digits(7)
        return f"{lead}{n}{dni_letter(int(str('XYZ'.index(lead)) + n))}"

    def national_id(self, country: str | None = None) -> str:
        c = country or COUNTRY_OF_LANG[self.lang]
        if c == "es":
            return self.dni() if self.chance(0.7) else self.nie()
        return {"de": self.steuer_id, "fr": self.nir, "uk": self.nino, "us": self.ssn}[c]()

    def passport(self, country: str | None = None) -> str:
        c = country or self.pick(("de", "fr", "es", "uk", "us", "in", "ng"))
        self.tag("passport", c)
        return {
            "de": lambda: "C" + self.letters(8, "CFGHJKLMNPRTVWXYZ0123456789"),
            "fr": lambda: f"{self.digits(2)}{self.letters(2)}{self.digits(5)}",
            "es": lambda: f"{self.letters(3)}{self.digits(6)}",
            "uk": lambda: str(self.num(1, 9)) + self.digits(8),
            "us": lambda: self.pick("56") + self.digits(8),
            "in": lambda: self.letters(1) + self.digits(7),
            "ng": lambda: "A" + self.digits(8),
        }[c]()

    def secret(self, kind: str) -> str:
        """A credential of the given kind (see the ``SECRET_KINDS`` keys)."""
        self.tag("credential", kind)
        alnum = string.ascii_letters + string.digits
        return SECRET_KINDS[kind](self, alnum)

    def coords(self, decimals: int | None = None, country: str | None = None
               ) -> tuple[float, float]:
        """A coordinate pair whose JSON form has ``decimals`` (4-7) decimals."""
        self.tag("precise_location")
        c = country or COUNTRY_OF_LANG[self.lang]
        lat0, lon0 = {"de": (51.2, 10.4), "fr": (46.6, 2.4), "es": (40.2, -3.7),
                      "uk": (53.0, -1.8), "us": (39.5, -98.3)}[c]
        d = decimals or self.pick((4, 5, 5, 6, 6, 7))
        return (self._precise(lat0 + self.rng.uniform(-2, 2), d),
                self._precise(lon0 + self.rng.uniform(-3, 3), d))

    def _precise(self, value: float, decimals: int) -> float:
        while True:
            rounded = round(value, decimals)
            text = repr(rounded)
            if "." in text and len(text.split(".")[1]) == decimals:
                return rounded
            value += 10 ** -decimals * 0.37

    def ip(self, version: int | None = None) -> str:
        self.tag("ip_address")
        if version == 6 or (version is None and self.chance(0.25)):
            groups = [self.pick(["2a02", "2001", "2a01", "2600"]),
                      self.hexs(4).lstrip("0") or "1", self.hexs(3), self.hexs(4)]
            return ":".join(groups) + "::" + self.hexs(3).lstrip("0") + "1"
        if self.chance(0.3):
            return self.pick([f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}",
                              f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"])
        return (f"{self.pick([31, 46, 62, 81, 85, 91, 176, 188, 212, 217])}."
                f"{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}")

    # -- free text -----------------------------------------------------------------------
    def say(self, kind: str, lang: str | None = None) -> str:
        lang = lang or self.lang
        self.tags.add(f"text:{kind}/{lang}")
        sentence = self.pick(SPECIAL[kind][lang])
        if "{first}" in sentence:
            sentence = sentence.replace("{first}", self.given(lang))
        return sentence

    def say_any(self, kinds: Sequence[str] = (), lang: str | None = None) -> str:
        return self.say(self.pick(kinds or tuple(SPECIAL)), lang)

    def note(self, n_special: int, kinds: Sequence[str] = (), lang: str | None = None,
             near_miss: float = 0.3, filler: bool = True) -> str:
        """A free-text note: ``n_special`` special-category sentences plus filler."""
        lang = lang or self.lang
        pool = list(dict.fromkeys(kinds or SPECIAL))
        chosen = self.rng.sample(pool, min(n_special, len(pool)))
        parts = [self.say(kind, lang) for kind in chosen]
        if self.chance(near_miss):
            parts.append(self.pick(NEAR_MISS[lang]))
        if filler or not parts:
            parts.append(self.pick(FILLER[lang]))
        self.rng.shuffle(parts)
        return self.pick((". ", "; ", " - ", ". ", "\n")).join(parts)

    def k(self, en: str, de: str, fr: str, es: str) -> str:
        """The key (or label) spelling for the document's language."""
        return {"en": en, "de": de, "fr": fr, "es": es}[self.lang]

    def filler(self, lang: str | None = None) -> str:
        return self.pick(FILLER[lang or self.lang])

    def near_miss(self, lang: str | None = None) -> str:
        return self.pick(NEAR_MISS[lang or self.lang])

    # -- look-alikes that are not personal data -----------------------------------------
    def bad_card(self) -> str:
        body = self.pick(["4", "5", "4"]) + self.digits(14)
        good = luhn_digit(body)
        return body + str((int(good) + self.num(1, 9)) % 10)

    def bad_iban(self) -> str:
        bban = self.digits(18)
        good = iban_digits("DE", bban)
        wrong = f"{(int(good) + self.num(1, 90)) % 97 + 2:02d}"
        wrong = wrong if wrong != good else f"{(int(good) + 1) % 97 + 2:02d}"
        return "DE" + wrong + bban

    def coarse(self, value: float, decimals: int | None = None) -> float:
        return round(value, decimals or self.pick((1, 2, 2, 3)))


def _jwt(c: Ctx, alnum: str) -> str:
    def enc(obj: dict[str, Any]) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    iat = 1_735_000_000 + c.num(0, 40_000_000)
    payload = {"sub": c.ref("usr"), "iat": iat, "exp": iat + 3600,
               "scope": c.pick(["read:cases", "openid profile", "events:write"])}
    return (enc({"alg": c.pick(["HS256", "RS256"]), "typ": "JWT"}) + "." + enc(payload) + "."
            + c.token(43, alnum + "-_"))


def _pem(c: Ctx, alnum: str) -> str:
    label = c.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = c.blob(c.pick([120, 180, 240]), b"0\x82")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"


def _password(c: Ctx, alnum: str) -> str:
    word = c.pick(["Sommer", "Lyon", "Barcelona", "Kaffee", "Dragon", "Mariposa", "Soleil",
                   "Hafen", "Tormenta", "Bluebell"])
    return c.pick([f"{word}{c.num(2019, 2026)}!", f"{word.lower()}_{c.token(6)}",
                   f"{c.token(4)}-{word}-{c.num(10, 99)}#", c.token(14, alnum + "!$%&*")])


def _basic(c: Ctx, alnum: str) -> str:
    pair = f"{c.pick(['svc-export', 'admin', 'sync', 'partner'])}:{_password(c, alnum)}"
    return "Basic " + base64.b64encode(pair.encode()).decode()


def _conn(c: Ctx, alnum: str) -> str:
    scheme, port = c.pick([("postgresql", 5432), ("mysql", 3306), ("mongodb", 27017),
                           ("redis", 6379), ("amqp", 5672)])
    return f"{scheme}://app_rw:{c.token(16)}@db-{c.num(1, 9)}.internal:{port}/casework"


SECRET_KINDS: dict[str, Callable[[Ctx, str], str]] = {
    "aws-key-id": lambda c, a: "AKIA" + c.token(16, string.ascii_uppercase + "234567"),
    "aws-secret": lambda c, a: c.token(40, a + "/+"),
    "github": lambda c, a: "ghp_" + c.token(36, a),
    "github-pat": lambda c, a: "github_pat_" + c.token(22, a) + "_" + c.token(59, a),
    "slack": lambda c, a: (f"xoxb-{c.num(1, 3)}{c.digits(3)}-{c.num(1, 3)}{c.digits(3)}-"
                           + c.token(24, a)),
    "stripe": lambda c, a: c.pick(["sk_live_", "rk_live_"]) + c.token(32, a),
    "gitlab": lambda c, a: "glpat-" + c.token(20, a + "-_"),
    "google": lambda c, a: "AIza" + c.token(35, a + "-_"),
    "npm": lambda c, a: "npm_" + c.token(36, a),
    "sendgrid": lambda c, a: "SG." + c.token(22, a + "-_") + "." + c.token(43, a + "-_"),
    "jwt": _jwt,
    "pem": _pem,
    "password": _password,
    "bearer": lambda c, a: "Bearer " + c.token(40, a + "-._"),
    "basic": _basic,
    "conn": _conn,
    "webhook": lambda c, a: "whsec_" + c.token(32, a),
    "client-secret": lambda c, a: c.token(40, a + "~._-"),
}
