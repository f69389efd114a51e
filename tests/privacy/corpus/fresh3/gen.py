"""Value generators. Each generator that inserts personal or sensitive data records its kind
in the document context, so every document's truth is known by construction. Filler values
(ids, refs, timestamps, hashes) never form a kind."""

from __future__ import annotations

import base64
import json
import random
import re
import string
import unicodedata
from collections.abc import Sequence
from typing import Any, TypeVar

from . import checksums as cs
from .lexicon import CITIES, FIRST, GEO, LAST, MAIL_DOMAINS, PHONE_SHAPES, STREETS

T = TypeVar("T")

SPECIAL = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
           "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK = ("payment_card", "bank_account", "national_id", "passport", "credential",
             "precise_location")
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
ALL_KINDS = SPECIAL + HIGH_RISK + ORDINARY

STYLES = ("snake", "camel", "kebab", "pascal", "snake", "camel")
_LONG_DIGITS = re.compile(r"\d{7,}")
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


def styled(words: Sequence[str], style: str) -> str:
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in words)
    if style == "upper":
        return "_".join(w.upper() for w in words)
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


class Ctx:
    """One document under construction: a seeded RNG, a key style and the kinds inserted."""

    def __init__(self, rng: random.Random, lang: str | None = None) -> None:
        self.r = rng
        self.kinds: set[str] = set()
        self.style = rng.choice(STYLES)
        self.lang = lang or rng.choice(("en", "en", "de", "fr", "es"))
        self.parts: list[str] = []
        self.base: tuple[float, float] | None = None  # one neighbourhood per document
        # checkable identifiers as inserted: (scheme, value); "bad_*" schemes must fail
        self.values: list[tuple[str, str]] = []

    # ---- bookkeeping -------------------------------------------------------------------
    def add(self, *kinds: str) -> None:
        for kind in kinds:
            if kind not in ALL_KINDS:
                raise ValueError(kind)
            self.kinds.add(kind)

    def note(self, text: str) -> None:
        self.parts.append(text)

    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def k(self, *words: str) -> str:
        """A key in the document's naming style."""
        return styled(words, self.style)

    def kk(self, *choices: Sequence[str] | str) -> str:
        """Pick one spelling: a tuple of words is styled, a plain string is used as is."""
        choice = self.pick(choices)
        return choice if isinstance(choice, str) else styled(choice, self.style)

    # ---- filler (no kind) --------------------------------------------------------------
    def _rand(self, alphabet: str, n: int) -> str:
        while True:
            s = "".join(self.r.choice(alphabet) for _ in range(n))
            if not _LONG_DIGITS.search(s):
                return s

    def hex(self, n: int) -> str:
        return self._rand("0123456789abcdef", n)

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def b64(self, n: int) -> str:
        return self._rand(B64, n)

    def alnum(self, n: int) -> str:
        return self._rand(ALNUM, n)

    def upper(self, n: int) -> str:
        return self._rand(string.ascii_uppercase + "23456789", n)

    def ref(self, prefix: str) -> str:
        return f"{prefix}-{self.upper(3)}{self.r.randint(100, 99999)}"

    def ts(self, year: int | None = None) -> str:
        y = year or self.r.randint(2023, 2025)
        return (f"{y}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}T"
                f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:"
                f"{self.r.randint(0, 59):02d}Z")

    def day(self, year: int | None = None) -> str:
        y = year or self.r.randint(2023, 2025)
        return f"{y}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def amount(self, lo: float = 5, hi: float = 900) -> float:
        return round(self.r.uniform(lo, hi), 2)

    def version(self) -> str:
        return f"{self.r.randint(0, 9)}.{self.r.randint(0, 40)}.{self.r.randint(0, 20)}"

    # ---- ordinary personal data ----------------------------------------------------------
    def first(self, lang: str | None = None) -> str:
        self.add("person_name")
        return self.pick(FIRST[lang or self.lang])

    def last(self, lang: str | None = None) -> str:
        self.add("person_name")
        return self.pick(LAST[lang or self.lang])

    def name(self, lang: str | None = None, *, title: bool = False) -> str:
        lang = lang or self.lang
        first, last = self.first(lang), self.last(lang)
        if title:
            from .lexicon import TITLES
            return f"{self.pick(TITLES[lang])} {first} {last}"
        if self.chance(0.12):
            return f"{last.upper()}, {first}" if lang == "fr" else f"{last}, {first}"
        return f"{first} {last}"

    def name_parts(self, lang: str | None = None) -> tuple[str, str]:
        lang = lang or self.lang
        return self.first(lang), self.last(lang)

    def email(self, first: str | None = None, last: str | None = None,
              lang: str | None = None) -> str:
        self.add("email")
        lang = lang or self.lang
        f = _ascii(first or self.pick(FIRST[lang])).lower()
        la = _ascii(last or self.pick(LAST[lang])).lower().replace(" ", "")
        local = self.pick([f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f[0]}",
                           f"{f}{self.r.randint(2, 98)}", f"{f}_{la}",
                           f"{la}{self.r.randint(60, 99)}"])
        return f"{local}@{self.pick(MAIL_DOMAINS[lang])}"

    def work_email(self, first: str, last: str, domain: str) -> str:
        self.add("email")
        return f"{_ascii(first).lower()}.{_ascii(last).lower().replace(' ', '')}@{domain}"

    def role_email(self, domain: str) -> str:
        self.add("email")
        local = self.pick(["support", "kontakt", "accueil", "hola", "hr", "billing", "dpo"])
        return f"{local}@{domain}"

    def phone(self, lang: str | None = None) -> str:
        self.add("phone")
        shape = self.pick(PHONE_SHAPES[lang or self.lang])

        def digits(n: int) -> str:
            return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9))
                                                      for _ in range(n - 1))

        out = shape.replace("{a}", self.pick(["415", "312", "503", "912", "646", "617"]))
        out = re.sub(r"\{p2\}", lambda _: f"{self.r.randint(10, 99)}", out)
        return re.sub(r"\{d(\d)\}", lambda m: digits(int(m.group(1))), out)

    def ip(self, v6: bool | None = None) -> str:
        self.add("ip_address")
        if v6 if v6 is not None else self.chance(0.25):
            return (f"2a02:{self.hex(4)}:{self.hex(4)}:{self.hex(4)}::{self.hex(3)}"
                    if self.chance(0.5) else
                    f"2001:db8:{self.hex(4)}:{self.hex(2)}::{self.r.randint(1, 99)}")
        first = self.pick([10, 192, 172, 81, 93, 185, 46, 203, 88, 109, 151])
        if first == 192:
            return f"192.168.{self.r.randint(0, 20)}.{self.r.randint(2, 250)}"
        return (f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}."
                f"{self.r.randint(1, 254)}")

    def dob_parts(self) -> tuple[int, int, int]:
        return self.r.randint(1941, 2005), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob(self, fmt: str | None = None) -> str:
        self.add("date_of_birth")
        y, m, d = self.dob_parts()
        fmt = fmt or self.pick(["iso", "iso", "de", "fr", "us"])
        if fmt == "de":
            return f"{d:02d}.{m:02d}.{y}"
        if fmt == "fr":
            return f"{d:02d}/{m:02d}/{y}"
        if fmt == "us":
            return f"{m:02d}/{d:02d}/{y}"
        return f"{y}-{m:02d}-{d:02d}"

    def dob_text(self, lang: str) -> str:
        """A birth date phrase in running text."""
        self.add("date_of_birth")
        y, m, d = self.dob_parts()
        months = {"en": ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"],
                  "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                         "September", "Oktober", "November", "Dezember"],
                  "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                         "septembre", "octobre", "novembre", "décembre"],
                  "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                         "agosto", "septiembre", "octubre", "noviembre", "diciembre"]}
        mn = months[lang][m - 1]
        return {"en": f"born {d} {mn} {y}", "de": f"geb. am {d}. {mn} {y}",
                "fr": f"né(e) le {d} {mn} {y}", "es": f"nacido/a el {d} de {mn} de {y}"}[lang]

    def _street(self, lang: str, country: str | None = None) -> tuple[str, str, str, str, str]:
        street = self.pick(STREETS[lang])
        city, postcode, country = self.pick([c for c in CITIES[lang]
                                             if country is None or c[2] == country])
        number = str(self.r.randint(1, 140)) + (self.pick(["", "", "", "a", "b"]))
        return street, number, city, postcode, country

    def address(self, lang: str | None = None, country: str | None = None) -> str:
        self.add("postal_address")
        lang = lang or self.lang
        street, number, city, postcode, _ = self._street(lang, country)
        if lang == "de":
            return f"{street} {number}, {postcode} {city}"
        if lang == "fr":
            return f"{number} {street}, {postcode} {city}"
        if lang == "es":
            extra = self.pick(["", f", {self.r.randint(1, 8)}º {self.pick('ABCD')}"])
            return f"{street}, {number}{extra}, {postcode} {city}"
        return f"{number} {street}, {city} {postcode}"

    def address_obj(self, lang: str | None = None) -> dict[str, Any]:
        self.add("postal_address")
        lang = lang or self.lang
        street, number, city, postcode, country = self._street(lang)
        keys = {"en": (("street",), ("house", "number"), ("city",), ("postcode",), ("country",)),
                "de": ("strasse", "hausnummer", "ort", "plz", "land"),
                "fr": ("voie", "numero", "ville", "code_postal", "pays"),
                "es": ("calle", "numero", "localidad", "codigo_postal", "pais")}[lang]
        if lang == "en":
            names = [styled(k, self.style) for k in keys]
        elif self.chance(0.3):
            names = [{"strasse": "straße", "voie": "rue", "calle": "dirección",
                      "numero": "numéro", "localidad": "población"}.get(str(k), str(k))
                     for k in keys]
        else:
            names = [str(k) for k in keys]
        if self.chance(0.5):
            return {names[0]: f"{street} {number}" if lang == "de" else
                    f"{number} {street}" if lang in ("en", "fr") else f"{street}, {number}",
                    names[2]: city, names[3]: postcode, names[4]: country}
        return {names[0]: street, names[1]: number, names[2]: city, names[3]: postcode,
                names[4]: country}

    # ---- high-risk ------------------------------------------------------------------------
    def card(self, fmt: str | None = None) -> str:
        self.add("payment_card")
        brand = self.pick(["visa", "visa", "mc", "mc", "amex", "disc"])
        prefix, length = {"visa": ("4" + str(self.r.randint(10, 99)), 16),
                          "mc": (str(self.r.randint(51, 55)), 16),
                          "amex": (self.pick(["34", "37"]), 15),
                          "disc": ("6011", 16)}[brand]
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
        number = body + cs.luhn_check_digit(body)
        out = _group_card(number, fmt or self.pick(["plain", "plain", "space", "dash"]))
        self.values.append(("card", out))
        return out

    def not_card(self) -> str:
        """A 16-digit reference that fails Luhn (no kind)."""
        while True:
            n = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(15))
            if not cs.luhn_ok(n):
                self.values.append(("bad_card", n))
                return n

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        self.add("bank_account")
        country = country or self.pick(["DE", "DE", "FR", "ES", "GB", "AT", "BE", "NL"])
        iban = self._iban(country)
        assert cs.iban_ok(iban)
        self.values.append(("iban", iban))
        return _group4(iban) if (grouped if grouped is not None else self.chance(0.4)) else iban

    def bad_iban(self, country: str | None = None) -> str:
        """An IBAN-shaped string whose check digits are wrong (no kind)."""
        good = self._iban(country or self.pick(["DE", "FR", "ES", "NL"]))
        check = int(good[2:4])
        bad = good[:2] + f"{(check + self.r.randint(1, 50)) % 97 + 2:02d}" + good[4:]
        if cs.iban_ok(bad):
            return self.bad_iban(country)
        self.values.append(("bad_iban", bad))
        return bad

    def _digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def _iban(self, country: str) -> str:
        if country == "DE":
            bban = self.pick(["10070000", "43060967", "25050180", "70150000", "50010517"]) + \
                self._digits(10)
        elif country == "AT":
            bban = self.pick(["20111", "14000", "32000"]) + self._digits(11)
        elif country == "FR":
            bank, branch, acct = self._digits(5), self._digits(5), self._digits(11)
            bban = bank + branch + acct + cs.fr_rib_key(bank, branch, acct)
        elif country == "ES":
            bank, branch, acct = self.pick(["2100", "0049", "0182", "2085"]), self._digits(4), \
                self._digits(10)
            bban = bank + branch + cs.es_control_digits(bank, branch, acct) + acct
        elif country == "GB":
            bban = self.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + self._digits(6) + self._digits(8)
        elif country == "BE":
            first = self._digits(10)
            bban = first + cs.be_check(first)
        elif country == "NL":
            while True:
                acct = self._digits(10)
                if cs.nl_elfproef(acct):
                    break
            bban = self.pick(["ABNA", "RABO", "INGB", "TRIO"]) + acct
        else:
            raise ValueError(country)
        return cs.iban_from_bban(country, bban)

    def routing(self) -> str:
        self.add("bank_account")
        while True:
            r = self.pick(["0", "1", "2", "3"]) + self._digits(8)
            if cs.aba_ok(r):
                self.values.append(("aba", r))
                return r

    def account_no(self, n: int = 10) -> str:
        self.add("bank_account")
        return str(self.r.randint(1, 9)) + self._digits(n - 1)

    def sort_code(self) -> str:
        self.add("bank_account")
        return f"{self.r.randint(10, 99)}-{self.r.randint(10, 99)}-{self.r.randint(10, 99)}"

    def ssn(self, dashed: bool | None = None) -> str:
        self.add("national_id")
        while True:
            area = self.r.randint(1, 899)
            s = f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            if cs.ssn_ok(s):
                break
        self.values.append(("ssn", s))
        return s if (dashed if dashed is not None else self.chance(0.7)) else s.replace("-", "")

    def nino(self) -> str:
        self.add("national_id")
        while True:
            p = self.pick(cs.NINO_FIRST) + self.pick(cs.NINO_SECOND)
            if p not in cs.NINO_BAD_PREFIX:
                break
        d = self._digits(6)
        s = f"{p}{d}{self.pick('ABCD')}"
        assert cs.nino_ok(s)
        self.values.append(("nino", s))
        return s if self.chance(0.6) else f"{p} {d[:2]} {d[2:4]} {d[4:]} {s[-1]}"

    def steuer_id(self) -> str:
        self.add("national_id")
        while True:
            digits = list("0123456789")
            self.r.shuffle(digits)
            ten = digits[:9]
            ten.insert(self.r.randint(0, 9), self.pick(ten))
            s = "".join(ten)
            if s[0] != "0":
                full = s + cs.steuer_id_check_digit(s)
                if cs.steuer_id_ok(full):
                    break
        self.values.append(("steuer_id", full))
        return full if self.chance(0.6) else f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}"

    def nir(self) -> str:
        self.add("national_id")
        sex = self.pick("12")
        yy, mm = f"{self.r.randint(40, 99):02d}", f"{self.r.randint(1, 12):02d}"
        dept = f"{self.r.randint(1, 95):02d}"
        if dept == "20":
            dept = "21"
        first13 = sex + yy + mm + dept + self._digits(3) + f"{self.r.randint(1, 999):03d}"
        key = cs.nir_key(first13)
        assert cs.nir_ok(first13 + key)
        self.values.append(("nir", first13 + key))
        if self.chance(0.5):
            return (f"{first13[0]} {first13[1:3]} {first13[3:5]} {first13[5:7]} "
                    f"{first13[7:10]} {first13[10:13]} {key}")
        return first13 + key

    def dni(self) -> str:
        self.add("national_id")
        if self.chance(0.3):
            prefix = self.pick("XYZ")
            digits = self._digits(7)
            letter = cs.DNI_LETTERS[int(str("XYZ".index(prefix)) + digits) % 23]
            self.values.append(("dni", f"{prefix}{digits}{letter}"))
            return f"{prefix}{digits}{letter}"
        n = str(self.r.randint(10, 79)) + self._digits(6)
        self.values.append(("dni", n + cs.DNI_LETTERS[int(n) % 23]))
        return n + cs.DNI_LETTERS[int(n) % 23]

    def national_id(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        if lang == "de":
            return self.steuer_id()
        if lang == "fr":
            return self.nir()
        if lang == "es":
            return self.dni()
        return self.ssn() if self.chance(0.5) else self.nino()

    def passport(self, country: str | None = None) -> str:
        self.add("passport")
        country = country or {"de": "DE", "fr": "FR", "es": "ES"}.get(self.lang,
                                                                      self.pick(["US", "GB"]))
        if country == "DE":
            return self.pick("CFGHJK") + self._rand("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if country == "FR":
            return f"{self.r.randint(10, 24)}{self.upper(2).replace('0', 'A')}{self._digits(5)}"
        if country == "ES":
            return self._rand(string.ascii_uppercase, 3) + self._digits(6)
        if country == "US":
            return self.pick("ACEH") + self._digits(8)
        return str(self.r.randint(1, 9)) + self._digits(8)

    def coord(self, decimals: int | None = None) -> tuple[float, float]:
        self.add("precise_location")
        n = decimals or self.pick([4, 5, 5, 6, 6, 7])
        if self.base is None:
            self.base = self.pick(GEO)
        lat, lon = self.base
        return (round(lat + self.r.uniform(-0.05, 0.05), n),
                round(lon + self.r.uniform(-0.05, 0.05), n))

    def coarse(self) -> tuple[float, float]:
        lat, lon = self.pick(GEO)
        n = self.pick([1, 2, 2, 3])
        return round(lat, n), round(lon, n)

    # ---- credentials -------------------------------------------------------------------
    def secret(self, kind: str | None = None) -> str:
        self.add("credential")
        kind = kind or self.pick(["aws", "ghp", "slack", "stripe", "gitlab", "google", "npm",
                                  "sendgrid", "opaque", "whsec"])
        if kind == "aws":
            return "AKIA" + self._rand(string.ascii_uppercase + "234567", 16)
        if kind == "aws_secret":
            return self._rand(string.ascii_letters + string.digits + "/+", 40)
        if kind == "ghp":
            return "ghp_" + self.alnum(36)
        if kind == "slack":
            return (f"xox{self.pick('bp')}-{self.r.randint(10**10, 10**11)}-"
                    f"{self.r.randint(10**11, 10**12)}-{self.alnum(24)}")
        if kind == "stripe":
            return self.pick(["sk_live_", "rk_live_"]) + self.alnum(self.pick([24, 34, 99]))
        if kind == "gitlab":
            return "glpat-" + self._rand(URLSAFE, 20)
        if kind == "google":
            return "AIza" + self._rand(URLSAFE, 35)
        if kind == "npm":
            return "npm_" + self.alnum(36)
        if kind == "sendgrid":
            return f"SG.{self._rand(URLSAFE, 22)}.{self._rand(URLSAFE, 43)}"
        if kind == "whsec":
            return "whsec_" + self.alnum(32)
        if kind == "jwt":
            return self.jwt()
        if kind == "password":
            return self.pick(["Kranich#Blau77", "sommerregen-2024", "Lyon!Tilleul9",
                              "Zapatero_verde88", "hunter2hunter2", "Qz!8vPmw#Lr2",
                              "correct-ferret-staple", "Mistral@Soleil21", "Tortuga$2023"])
        return self._rand(ALNUM, 40)

    def jwt(self) -> str:
        self.add("credential")

        def enc(obj: dict[str, Any]) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

        header = {"alg": self.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        payload = {"sub": self.uuid(), "iat": 1718000000 + self.r.randint(0, 10**7),
                   "scope": self.pick(["read:orders", "admin", "payments:write"])}
        return f"{enc(header)}.{enc(payload)}.{self._rand(URLSAFE, 43)}"

    def pem_private(self) -> str:
        self.add("credential")
        label = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
        lines = ["MII" + self.b64(61)] + [self.b64(64) for _ in range(self.r.randint(3, 6))]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"

    def basic_auth(self) -> str:
        self.add("credential")
        user = self.pick(["svc-export", "admin", "reporting", "integration"])
        pw = self.secret("password")
        return "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()

    def dsn(self) -> str:
        self.add("credential")
        scheme = self.pick(["postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
        pw = self.pick([self.alnum(16), self.secret("password")])
        return (f"{scheme}://{self.pick(['svc_billing', 'app', 'etl_user', 'default'])}:{pw}@"
                f"{self.pick(['db-prod-3.internal', 'cluster0.x1z9q.example.net', 'cache-a'])}"
                f"/{self.pick(['billing', 'crm', 'events', '0'])}")


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("\u0131", "i").replace("œ", "oe")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace(" ", "").replace("'", "")


def _group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _group_card(number: str, fmt: str) -> str:
    if fmt == "plain":
        return number
    sep = " " if fmt == "space" else "-"
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))
