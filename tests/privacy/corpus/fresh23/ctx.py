"""Value generators. Every generator that inserts personal data records its kind in the
context, so a document's truth is known by construction. Filler and decoys are checked to be
inert (no accidental card, IBAN, national id, e-mail or IP address)."""

from __future__ import annotations

import base64
import random
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import detect, pools, texts
from . import validators as v
from .keys import KEYS

SPECIAL = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
           "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK = ("payment_card", "bank_account", "national_id", "passport", "credential",
             "precise_location")
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
ALL_KINDS = SPECIAL + HIGH_RISK + ORDINARY

_MARKERS = ("AKIA", "ghp_", "xox", "sk_live", "AIza", "eyJ", "glpat", "npm_", "SG.")
_LONG_DIGITS = re.compile(r"\d{7,}")
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def fold(s: str) -> str:
    s = s.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def inert(s: str) -> bool:
    return not detect.hits(s) and not any(m in s for m in _MARKERS)


@dataclass
class Stats:
    kinds: Counter[str] = field(default_factory=Counter)
    langs: Counter[str] = field(default_factory=Counter)


class Ctx:
    def __init__(self, rng: random.Random, lang: str, stats: Stats) -> None:
        self.r = rng
        self.lang = lang
        self.stats = stats
        self.kinds: set[str] = set()
        self.tags: list[str] = []
        self.region = lang if lang != "en" else ("us" if rng.random() < 0.3 else "uk")
        self.style = rng.choices(["snake", "camel", "kebab", "pascal"], [45, 33, 11, 11])[0]
        self.ascii_keys = rng.random() < 0.6

    # -- bookkeeping -------------------------------------------------------------------
    def add(self, *kinds: str) -> None:
        for kind in kinds:
            assert kind in ALL_KINDS, kind
            self.kinds.add(kind)
            if kind not in self.tags:
                self.tags.append(kind)

    def tag(self, t: str) -> None:
        if t not in self.tags:
            self.tags.append(t)

    def least(self, options: list[str] | tuple[str, ...]) -> str:
        """The option least represented so far (ties broken at random)."""
        opts = list(options)
        self.r.shuffle(opts)
        return min(opts, key=lambda k: self.stats.kinds[k] + (k in self.kinds) * 1000)

    # -- language and keys -------------------------------------------------------------
    def t(self, en: str, de: str | None = None, fr: str | None = None,
          es: str | None = None) -> str:
        return {"en": en, "de": de or en, "fr": fr or en, "es": es or en}[self.lang]

    def k(self, key: str) -> str:
        words = KEYS.get(key, {}).get(self.lang, key) if self.lang != "en" else key
        if self.ascii_keys:
            words = fold(words)
        parts = [p for p in re.split(r"[_\s]+", words) if p]
        if self.style == "snake":
            return "_".join(p.lower() for p in parts)
        if self.style == "kebab":
            return "-".join(p.lower() for p in parts)
        caps = [p[:1].upper() + p[1:].lower() for p in parts]
        if self.style == "pascal":
            return "".join(caps)
        return parts[0].lower() + "".join(caps[1:])

    def d(self, **kw: Any) -> dict[str, Any]:
        return {self.k(key): val for key, val in kw.items()}

    def enum(self, en: str, de: str, fr: str, es: str) -> str:
        return self.t(en, de, fr, es)

    # -- random helpers ----------------------------------------------------------------
    def pick(self, seq: Any) -> Any:
        return self.r.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def n(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def f(self, lo: float, hi: float, nd: int = 1) -> float:
        return round(self.r.uniform(lo, hi), nd)

    def safe(self, fn: Callable[[], str], allow: set[str] | None = None,
             ok: Callable[[str], bool] | None = None) -> str:
        """Call fn until its value triggers no detector outside allow (and satisfies ok)."""
        for _ in range(1000):
            s = fn()
            if detect.hits(s) <= (allow or set()) and (ok is None or ok(s)):
                return s
        raise AssertionError("could not generate a suitable value")

    def rand(self, alphabet: str, n: int) -> str:
        def gen() -> str:
            return "".join(self.r.choice(alphabet) for _ in range(n))

        def fine(s: str) -> bool:
            return not _LONG_DIGITS.search(s) and not any(m in s for m in _MARKERS)
        return self.safe(gen, ok=fine)

    # -- filler ------------------------------------------------------------------------
    def uuid(self) -> str:
        h = self.rand("0123456789abcdef", 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"

    def hexs(self, n: int) -> str:
        return self.rand("0123456789abcdef", n)

    def b64(self, n: int) -> str:
        return self.rand(B64, n)

    def ref(self, prefix: str, digits: int = 6) -> str:
        return f"{prefix}-{self.r.randint(10 ** (digits - 1), 10 ** digits - 1)}"

    def ts(self, year: int = 2024) -> str:
        return (f"{year}-{self.n(1, 12):02d}-{self.n(1, 28):02d}T{self.n(0, 23):02d}:"
                f"{self.n(0, 59):02d}:{self.n(0, 59):02d}Z")

    def date(self, y0: int = 2023, y1: int = 2025) -> str:
        return f"{self.n(y0, y1)}-{self.n(1, 12):02d}-{self.n(1, 28):02d}"

    def epoch(self) -> int:
        return self.n(1_700_000_000, 1_740_000_000)

    def clean_text(self) -> str:
        return self.pick(texts.CLEAN[self.lang])

    def company(self) -> str:
        return self.pick(pools.COMPANIES[self.lang])

    def site(self) -> str:
        return self.pick(pools.SITES[self.lang])

    # -- decoys (never a kind) ---------------------------------------------------------
    def _digits(self, n: int, first: str = "123456789") -> str:
        return self.safe(lambda: self.r.choice(first) + "".join(
            self.r.choice(string.digits) for _ in range(n - 1)), allow=set())

    def mpan(self) -> str:
        return self._digits(13)

    def mprn(self) -> str:
        return self._digits(self.n(8, 10))

    def zaehlpunkt(self) -> str:
        return self.safe(lambda: "DE000" + "".join(self.r.choice(string.digits) for _ in range(
            6)) + "".join(self.r.choice(string.digits + "ABCDEF") for _ in range(22)), allow=set())

    def prm(self) -> str:
        return self._digits(14, "12")

    def cups(self) -> str:
        return self.safe(lambda: "ES0021" + "".join(self.r.choice(string.digits) for _ in range(
            12)) + "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)) + "0F",
            allow=set())

    def meter_serial(self) -> str:
        return self.pick(["E6S", "L4X", "EML", "MX2"]) + self.rand("0123456789ABCDEF", 8)

    def eui(self) -> str:
        return self.pick(["70B3D5", "A84041", "0004A3"]) + self.rand("0123456789ABCDEF", 10)

    def mac(self) -> str:
        return ":".join(self.hexs(2) for _ in range(6))

    def fw(self) -> str:
        return f"{self.n(1, 9)}.{self.n(0, 30)}.{self.n(0, 99)}-build{self.n(300, 9999)}"

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.safe(lambda: self.pick(["WVW", "VF1", "VSS", "WDB", "SAL", "5YJ"]) + "".join(
            self.r.choice(chars) for _ in range(8)) + "".join(
            self.r.choice(string.digits) for _ in range(6)), allow=set())

    def plate(self) -> str:
        up = string.ascii_uppercase
        return {
            "en": lambda: (f"{self.rand(up, 2)}{self.n(10, 74)} {self.rand(up, 3)}"),
            "de": lambda: f"{self.pick(['B', 'K', 'HH', 'L', 'DO'])}-{self.rand(up, 2)} "
                          f"{self.n(100, 9999)}",
            "fr": lambda: f"{self.rand(up, 2)}-{self.n(100, 999)}-{self.rand(up, 2)}",
            "es": lambda: f"{self.n(1000, 9999)} {self.rand('BCDFGHJKLMNPRSTVWXYZ', 3)}",
        }[self.lang]()

    def tracking(self) -> str:
        return self.pick([
            lambda: "1Z" + self.rand("0123456789ABCDEFGHJKLMNPRSTVWXYZ", 16),
            lambda: "JJD" + self._digits(15, "0"),
            lambda: self._digits(12),
            lambda: f"{self.rand(string.ascii_uppercase, 2)}{self._digits(9)}GB",
        ])()

    def hs(self) -> str:
        return f"{self.n(1000, 9799)}.{self.n(10, 99)}.{self.n(10, 99)}"

    def lot(self) -> str:
        return f"LOT-{self.n(20, 25)}{self.pick('ABCDEFGH')}-{self.n(1000, 9999)}"

    def coarse(self, nd: int | None = None) -> list[float]:
        lat, lon = self.pick(pools.SITE_COORDS)
        nd = nd or self.pick([1, 2, 2, 3])
        return [round(lat + self.r.uniform(-0.05, 0.05), nd),
                round(lon + self.r.uniform(-0.05, 0.05), nd)]

    def masked_card(self) -> str:
        return self.pick(["**** **** **** ", "•••• ", "XXXX-XXXX-XXXX-", "ending "]) + str(
            self.n(1000, 9999))

    def bad_iban(self) -> str:
        good = self._iban_raw()
        cd = int(good[2:4])
        bad = f"{(cd + self.n(1, 9)) % 97 + 2:02d}"
        return self.safe(lambda: good[:2] + bad + good[4:], allow=set())

    def bad_card_ref(self) -> str:
        return self.safe(lambda: self.pick("456") + "".join(
            self.r.choice(string.digits) for _ in range(15)), allow=set())

    def pubkey(self) -> str:
        body = "\n".join(self.b64(64) for _ in range(5))
        return f"-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----"

    def ssh_pub(self) -> str:
        return f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{self.b64(43)} deploy@build-runner"

    def argon(self) -> str:
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.b64(22)}${self.b64(43)}"

    def bcrypt(self) -> str:
        return "$2b$12$" + self.rand(ALNUM + "./", 53)

    def sha(self, n: int = 64) -> str:
        return self.hexs(n)

    # -- ordinary personal data --------------------------------------------------------
    def first(self) -> str:
        self.add("person_name")
        return self.pick(pools.FIRST[self.lang])

    def last(self) -> str:
        self.add("person_name")
        return self.pick(pools.LAST[self.lang])

    def name(self) -> str:
        return f"{self.first()} {self.last()}"

    def email(self, name: str | None = None) -> str:
        self.add("email")
        dom = self.pick(pools.DOMAINS[self.lang])
        if name is None:
            name = f"{self.pick(pools.FIRST[self.lang])} {self.pick(pools.LAST[self.lang])}"
        parts = fold(name).lower().replace("'", "").split()
        local = self.pick([".".join(parts), parts[0][0] + parts[-1], parts[0] + str(
            self.n(1, 99))])
        return f"{local}@{dom}"

    def role_email(self, role: str = "support") -> str:
        self.add("email")
        return f"{role}@{self.pick(pools.DOMAINS[self.lang][:2])}"

    def phone(self, compact: bool = False) -> str:
        self.add("phone")
        reg = self.region

        def gen() -> str:
            d = lambda n: "".join(self.r.choice(string.digits) for _ in range(n))  # noqa: E731
            if reg == "uk":
                s = self.pick([f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}", f"+44 113 496 {d(4)}"])
            elif reg == "us":
                s = self.pick([f"+1 ({self.n(201, 989)}) 555-{d(4)}",
                               f"{self.n(201, 989)}-555-{d(4)}"])
            elif reg == "de":
                s = self.pick([f"+49 151 {d(8)}", f"0221 {d(7)}", f"+49 (0)30 {d(3)} {d(4)}"])
            elif reg == "fr":
                s = self.pick([f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                               f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                               f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}"])
            else:
                s = self.pick([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}",
                               f"+34 91 {d(3)} {d(2)} {d(2)}"])
            if compact:
                s = "+" + re.sub(r"\D", "", s) if s.startswith("+") else re.sub(r"\D", "", s)
            return s
        return self.safe(gen)

    def ip(self) -> str:
        self.add("ip_address")
        return self.pick([
            lambda: f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}",
            lambda: f"192.168.{self.n(0, 20)}.{self.n(2, 254)}",
            lambda: f"{self.pick([81, 86, 91, 176, 185, 212, 88])}.{self.n(1, 254)}."
                    f"{self.n(0, 255)}.{self.n(1, 254)}",
            lambda: f"2a02:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(2)}00::{self.hexs(3)}",
        ])()

    def _dob_parts(self) -> tuple[int, int, int]:
        return self.n(1948, 2004), self.n(1, 12), self.n(1, 28)

    def dob(self) -> str:
        self.add("date_of_birth")
        y, m, dd = self._dob_parts()
        return self.pick([f"{y}-{m:02d}-{dd:02d}", self.t(
            f"{dd:02d}/{m:02d}/{y}" if self.region == "uk" else f"{m:02d}/{dd:02d}/{y}",
            f"{dd:02d}.{m:02d}.{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}/{m:02d}/{y}")])

    def dob_text(self) -> str:
        self.add("date_of_birth")
        y, m, dd = self._dob_parts()
        mon = MONTHS[self.lang][m - 1]
        return self.t(f"born on {dd} {mon} {y}", f"geboren am {dd}. {mon} {y}",
                      f"né(e) le {dd} {mon} {y}", f"nacido/a el {dd} de {mon} de {y}")

    def _street(self) -> tuple[str, str]:
        if self.region == "us":
            return self.pick(pools.US_STREETS), str(self.n(100, 4999))
        return self.pick(pools.STREETS[self.lang]), str(self.n(1, 120))

    def address(self) -> str:
        self.add("postal_address")
        street, no = self._street()
        if self.region == "us":
            city, st, z = self.pick(pools.US_CITIES)
            return f"{no} {street}, {city}, {st} {z}"
        city, pc = self.pick(pools.CITIES[self.lang])
        return self.t(f"{no} {street}, {city} {pc}", f"{street} {no}, {pc} {city}",
                      f"{no} {street}, {pc} {city}", f"{street} {no}, {pc} {city}")

    def address_struct(self) -> dict[str, Any]:
        self.add("postal_address")
        street, no = self._street()
        if self.region == "us":
            city, st, z = self.pick(pools.US_CITIES)
            return self.d(street=f"{no} {street}", city=city, state=st, zip=z)
        city, pc = self.pick(pools.CITIES[self.lang])
        return self.d(street=street, house_number=no, postcode=pc, city=city)

    # -- high-risk ---------------------------------------------------------------------
    def card(self) -> str:
        self.add("payment_card")

        def gen() -> str:
            brand = self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
            prefix, length = {"visa": ("4", 16), "mc": (str(self.n(51, 55)), 16),
                              "mc2": (str(self.n(2221, 2720)), 16),
                              "amex": (self.pick(["34", "37"]), 15), "disc": ("6011", 16)}[brand]
            body = prefix + "".join(self.r.choice(string.digits)
                                    for _ in range(length - len(prefix) - 1))
            num = body + v.luhn_digit(body)
            sep = self.pick(["", " ", "-"])
            if length == 15:
                return sep.join([num[:4], num[4:10], num[10:]])
            return sep.join(num[i:i + 4] for i in range(0, 16, 4))
        return self.safe(gen, allow={"payment_card"},
                         ok=lambda s: "payment_card" in detect.hits(s))

    def _iban_raw(self) -> str:
        country = {"uk": "GB", "us": self.pick(["GB", "IE", "NL"]), "de": "DE", "fr": "FR",
                   "es": "ES"}[self.region]
        if self.chance(0.15):
            country = self.pick(["NL", "BE", "IT", "AT"])
        dg = lambda n: "".join(self.r.choice(string.digits) for _ in range(n))  # noqa: E731
        bban = {
            "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "HBUK"]) + dg(14),
            "IE": lambda: "AIBK" + dg(14),
            "NL": lambda: self.pick(["ABNA", "INGB", "RABO"]) + dg(10),
            "DE": lambda: dg(18),
            "FR": lambda: dg(10) + dg(11) + dg(2),
            "ES": lambda: dg(20),
            "BE": lambda: dg(12),
            "IT": lambda: self.pick("ABCDX") + dg(10) + dg(12),
            "AT": lambda: dg(16),
        }[country]()
        return country + v.iban_check_digits(country, bban) + bban

    def iban(self, spaced: bool | None = None) -> str:
        self.add("bank_account")

        def gen() -> str:
            raw = self._iban_raw()
            sp = self.chance(0.4) if spaced is None else spaced
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if sp else raw
        return self.safe(gen, allow={"bank_account"},
                         ok=lambda s: "bank_account" in detect.hits(s))

    def aba(self) -> str:
        while True:
            d = [self.n(0, 9) for _ in range(8)]
            d[0] = self.pick([0, 1, 2, 3])
            for last in range(10):
                s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + last)
                if s % 10 == 0:
                    return "".join(map(str, d)) + str(last)

    def account_fields(self) -> dict[str, Any]:
        """Named bank fields: US routing + account or UK sort code + account number."""
        self.add("bank_account")
        self.tag("acct")
        if self.region == "us":
            return self.d(routing_number=self.aba(), account_number=self._digits(self.n(8, 10)))
        return self.d(sort_code=f"{self.n(10, 99)}-{self.n(10, 99)}-{self.n(10, 99)}",
                      account_number=self._digits(8))

    def national_id(self) -> str:
        self.add("national_id")
        reg = self.region
        if reg == "es" and self.chance(0.3):
            reg = "nie"

        def gen() -> str:
            if reg == "us":
                s = f"{self.n(1, 899):03d}-{self.n(1, 99):02d}-{self.n(1, 9999):04d}"
                return s if v.ssn_ok(s) else "x"
            if reg == "uk":
                first = "ABCEGHJKLMNOPRSTWXYZ"
                second = "ABCEGHJKLMNPRSTWXYZ"
                s = self.rand(first, 1) + self.rand(second, 1) + "".join(
                    self.r.choice(string.digits) for _ in range(6)) + self.pick("ABCD")
                if self.chance(0.4):
                    s = f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"
                return s if v.nino_ok(s) else "x"
            if reg == "de":
                digits = self.r.sample("0123456789", 9)
                if digits[0] == "0":
                    digits[0], digits[1] = digits[1], digits[0]
                dup = self.pick(digits[1:])
                pos = self.n(2, 9)
                ten = [*digits[:pos], dup, *digits[pos:]]
                s10 = "".join(ten)
                if "".join([dup, dup]) in s10:
                    return "x"
                s = s10 + str(v.steuer_id_check_digit(s10))
                return s if v.steuer_id_ok(s) else "x"
            if reg == "fr":
                body = (f"{self.pick('12')}{self.n(50, 99):02d}{self.n(1, 12):02d}"
                        f"{self.n(1, 95):02d}{self.n(1, 990):03d}{self.n(1, 999):03d}")
                if body[5:7] == "20":
                    return "x"
                key = 97 - int(body) % 97
                s = f"{body}{key:02d}"
                if self.chance(0.5):
                    s = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
                return s
            if reg == "nie":
                pre = self.pick("XYZ")
                num = "".join(self.r.choice(string.digits) for _ in range(7))
                return pre + num + v.DNI_LETTERS[int(str("XYZ".index(pre)) + num) % 23]
            num = f"{self.n(10_000_000, 79_999_999)}"
            return num + v.DNI_LETTERS[int(num) % 23]
        return self.safe(gen, allow={"national_id"},
                         ok=lambda s: "national_id" in detect.hits(s))

    def passport(self) -> str:
        self.add("passport")
        up = "CFGHJKLMNPRTVWXYZ"
        return self.safe(lambda: {
            "uk": lambda: str(self.n(100_000_000, 999_999_999)),
            "us": lambda: self.pick("ACE") + str(self.n(10_000_000, 99_999_999)),
            "de": lambda: self.rand(up, 1) + self.rand(up + "0123456789", 8),
            "fr": lambda: f"{self.n(10, 24)}{self.rand('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}"
                          f"{self.n(10000, 99999)}",
            "es": lambda: self.rand("PAKXYZ", 3) + str(self.n(100_000, 999_999)),
        }[self.region]())

    def coord(self) -> list[float]:
        self.add("precise_location")
        lat, lon = self.pick(pools.SITE_COORDS)

        def one(x: float) -> float:
            while True:
                val = round(x + self.r.uniform(-0.08, 0.08), self.pick([4, 5, 6]))
                if len(repr(val).split(".")[1]) >= 4:
                    return val
        return [one(lat), one(lon)]

    def coord_str(self) -> str:
        lat, lon = self.coord()
        return f"{lat},{lon}" if self.chance(0.5) else f"{lat}, {lon}"

    # -- credentials ---------------------------------------------------------------------
    def _cred(self) -> None:
        self.add("credential")

    def password(self) -> str:
        self._cred()
        words = ["Tractor", "Sunset", "Harbour", "Falke", "Soleil", "Molino", "Granite",
                 "Pylon", "Otter", "Brume"]
        return (self.pick(words) + self.pick("!#%&*$") + self.pick(words).lower()
                + str(self.n(10, 99)))

    def aws_key(self) -> tuple[str, str]:
        self._cred()
        return ("AKIA" + self.rand(string.ascii_uppercase + "234567", 16),
                self.rand(ALNUM + "/+", 40))

    def api_key(self) -> str:
        self._cred()
        return self.pick([
            lambda: "ghp_" + self.rand(ALNUM, 36),
            lambda: "sk_live_" + self.rand(ALNUM, 24),
            lambda: "rk_live_" + self.rand(ALNUM, 24),
            lambda: "xoxb-" + self._digits(11) + "-" + self._digits(12) + "-"
                    + self.rand(ALNUM, 24),
            lambda: "glpat-" + self.rand(ALNUM + "_-", 20),
            lambda: "AIza" + self.rand(ALNUM + "_-", 35),
            lambda: "npm_" + self.rand(ALNUM, 36),
            lambda: "SG." + self.rand(ALNUM + "_-", 22) + "." + self.rand(ALNUM + "_-", 43),
            lambda: self.rand(string.ascii_lowercase + string.digits, 40),
        ])()

    def secret(self) -> str:
        self._cred()
        return self.pick(["whsec_", "", "cs_"]) + self.rand(ALNUM, 32)

    def jwt(self) -> str:
        self._cred()

        def enc(s: str) -> str:
            return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
        head = enc('{"alg":"RS256","typ":"JWT","kid":"' + self.hexs(8) + '"}')
        body = enc('{"sub":"' + self.uuid() + '","scope":"' + self.pick(
            ["devices:write", "telemetry:read", "orders:read"]) + '","iat":'
            + str(self.epoch()) + "}")
        return self.safe(lambda: f"{head}.{body}.{self.rand(ALNUM + '_-', 43)}")

    def bearer(self) -> str:
        return "Bearer " + (self.jwt() if self.chance(0.6) else self.api_key())

    def pem(self) -> str:
        self._cred()
        kind = self.pick(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
        body = "\n".join(self.b64(64) for _ in range(self.n(4, 8)))
        return f"-----BEGIN {kind}-----\nMII{body[3:]}\n-----END {kind}-----"

    def conn_string(self) -> str:
        pw = self.password()
        host = self.pick(["mqtt-broker-01:8883", "db-primary:5432", "redis-cache:6379",
                          "amqp-hub:5671"])
        scheme = {"mqt": "mqtts", "db-": "postgres", "red": "rediss", "amq": "amqps"}[host[:3]]
        user = self.pick(["svc_bridge", "ingest", "telemetry_rw", "fleet_api"])
        return f"{scheme}://{user}:{pw}@{host}/{self.pick(['prod', 'iot', 'fleet', '0'])}"

    def basic(self) -> str:
        pw = self.password()
        user = self.pick(["gateway", "scada_ro", "webhook", "installer"])
        return "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()

    def any_cred(self) -> tuple[str, str]:
        """(key name, value) of a random credential."""
        which = self.pick(["password", "api_key", "secret", "token", "pem", "conn"])
        if which == "password":
            return "password", self.password()
        if which == "api_key":
            return "api_key", self.api_key()
        if which == "secret":
            return "client_secret", self.secret()
        if which == "token":
            return "access_token", self.jwt()
        if which == "pem":
            return "private_key", self.pem()
        return "connection_string", self.conn_string()

    # -- special categories ------------------------------------------------------------
    def special(self, kind: str) -> str:
        if kind == "genetic" and self.chance(0.3):
            kind = "genetic_health"
        if kind == "genetic_health":
            self.add("genetic", "health")
        else:
            self.add(kind)
        return self.pick(texts.SPECIAL[kind][self.lang])

    def special_any(self, options: tuple[str, ...] | list[str] = ()) -> str:
        opts = [o for o in (options or SPECIAL) if o != "biometric"]
        return self.special(self.least(opts))

    def fingerprint_template(self) -> dict[str, Any]:
        self.add("biometric")
        return {"format": "ISO/IEC 19794-2:2005", "finger": self.pick(["R1", "R2", "L1"]),
                "minutiae": self.n(28, 61), "template_b64": self.b64(self.n(160, 240))}

    def embedding(self, n: int = 32) -> list[float]:
        self.add("biometric")
        return [round(self.r.gauss(0, 0.12), 4) for _ in range(n)]

    def iris_code(self) -> str:
        self.add("biometric")
        return self.hexs(128)

    def voiceprint(self) -> dict[str, Any]:
        self.add("biometric")
        return {"model": "xvector-v3", "dim": 24,
                "vector": [round(self.r.gauss(0, 0.3), 4) for _ in range(24)]}

    def palm_vein(self) -> str:
        self.add("biometric")
        return self.b64(self.n(120, 200))

    def biometric_any(self) -> tuple[str, Any]:
        which = self.pick(["fingerprint_template", "face_embedding", "iris_code",
                           "palm_vein_template"])
        if which == "fingerprint_template":
            return which, self.fingerprint_template()
        if which == "face_embedding":
            return which, self.embedding()
        if which == "iris_code":
            return which, self.iris_code()
        return which, self.palm_vein()

    # -- domain decoys by language ---------------------------------------------------------
    def meter_point(self) -> str:
        return {"en": self.mpan, "de": self.zaehlpunkt, "fr": self.prm, "es": self.cups}[
            self.lang]()

    def meter_point_key(self) -> str:
        return self.k({"en": "mpan", "de": "zaehlpunkt", "fr": "prm", "es": "cups"}[self.lang])

    def passport_word(self) -> str:
        return self.t("passport", "Reisepass", "passeport", "pasaporte")

    def currency(self) -> str:
        return "GBP" if self.region == "uk" else "USD" if self.region == "us" else "EUR"

    def maybe_special(self, p: float = 0.75) -> str:
        """A second free-text sentence of the least-covered special category, sometimes."""
        return " " + self.special_any() if self.chance(p) else ""
