"""Per-document context: seeded value makers that record what they insert.

Every maker that inserts personal data records a `Mark(kind, literal, tag)`.  After the family
has built the document, a kind is labelled only if one of its literals is still present in the
final document (see `build.search_text`).  Decoys (broken checksums, near misses) are recorded
too, so the checker can prove they only sit in documents not labelled for them.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
import string
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from . import pools
from .sentences import NEG_TOPICS, NEGATIVES, PHRASES, POOLS, Usage, gender_of, is_chat
from .validators import (
    DNI_LETTERS,
    card_brand,
    es_ccc_digits,
    fr_rib_key,
    has_card,
    iban_check_digits,
    luhn_digit,
    luhn_ok,
    nir_key,
    steuer_id_check,
)

SPECIAL = (
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
HIGH_RISK = (
    "payment_card",
    "bank_account",
    "national_id",
    "passport",
    "credential",
    "precise_location",
)
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
KINDS = frozenset(SPECIAL + HIGH_RISK + ORDINARY)

T = TypeVar("T")

_DIGIT_RUN = re.compile(r"\d{7,}")
_ALNUM = string.ascii_letters + string.digits


def frag(key: str, value: Any) -> str:
    """How `{key: value}` appears inside json.dumps output (default separators)."""
    return json.dumps({key: value}, ensure_ascii=False)[1:-1]


def looks_like_card(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    whole = card_brand(digits) is not None and luhn_ok(digits)
    return whole or has_card(text)


@dataclass
class Mark:
    kind: str
    literal: str
    tag: str


@dataclass
class Person:
    first: str
    last: str
    sex: str  # "f" / "m"
    lang: str
    birth: dt.date

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Addr:
    street: str
    number: str
    postcode: str
    city: str
    lang: str
    extra: str = ""

    @property
    def line(self) -> str:
        if self.lang in ("fr", "en"):
            return f"{self.number} {self.street}"
        return f"{self.street} {self.number}"

    @property
    def full(self) -> str:
        extra = f", {self.extra}" if self.extra else ""
        if self.lang == "en":
            return f"{self.line}{extra}, {self.city} {self.postcode}"
        return f"{self.line}{extra}, {self.postcode} {self.city}"


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    family: str
    usage: Usage
    marks: list[Mark] = field(default_factory=list)
    decoys: list[Mark] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    _taken: set[str] = field(default_factory=set)

    # ------------------------------------------------------------------ recording
    def mark(self, kind: str, literal: str, tag: str | None = None) -> None:
        assert kind in KINDS, kind
        assert literal, (kind, tag)
        self.marks.append(Mark(kind, literal, tag or kind))

    def decoy(self, kind: str, literal: str, tag: str) -> None:
        self.decoys.append(Mark(kind, literal, tag))

    def kv(self, kind: str, key: str, value: Any, tag: str | None = None) -> dict[str, Any]:
        """A one-field dict whose presence carries `kind`."""
        self.mark(kind, frag(key, value), tag or f"field:{kind}")
        return {key: value}

    # ------------------------------------------------------------------ choice helpers
    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def key(self, *spellings: str) -> str:
        return str(self.rng.choice(spellings))

    # ------------------------------------------------------------------ filler
    def _clean(self, make: Any) -> str:
        for _ in range(200):
            s = str(make())
            if not _DIGIT_RUN.search(s):
                return s
        raise AssertionError("filler kept producing digit runs")

    def uuid(self) -> str:
        return self._clean(lambda: uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def hexid(self, n: int = 12) -> str:
        return self._clean(lambda: "".join(self.rng.choice("0123456789abcdef") for _ in range(n)))

    def alnum(self, n: int, alphabet: str = _ALNUM) -> str:
        return self._clean(lambda: "".join(self.rng.choice(alphabet) for _ in range(n)))

    def b64(self, nbytes: int, prefix: bytes = b"") -> str:
        def make() -> str:
            raw = prefix + bytes(self.rng.getrandbits(8) for _ in range(nbytes))
            return base64.b64encode(raw).decode()

        return self._clean(make)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def ean(self, prefix: str = "40") -> str:
        """An EAN-13-shaped product code that is never a Luhn-valid card number."""
        while True:
            s = prefix + "".join(self.rng.choice(string.digits) for _ in range(13 - len(prefix)))
            if not looks_like_card(s):
                return s

    def ref(self, prefix: str, digits: int = 6) -> str:
        assert digits <= 6
        return f"{prefix}{self.rng.randint(10 ** (digits - 1), 10**digits - 1)}"

    def ts(self, year: int = 2024) -> str:
        start = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
        t = start + dt.timedelta(seconds=self.rng.randint(0, 360 * 86400))
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def day(self, year: int = 2024) -> dt.date:
        return dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randint(0, 360))

    def version(self) -> str:
        return f"{self.rng.randint(1, 9)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 40)}"

    def money(self, lo: float, hi: float) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    # ------------------------------------------------------------------ people
    def person(
        self, lang: str | None = None, sex: str | None = None, born: tuple[int, int] = (1940, 2005)
    ) -> Person:
        lg = lang or self.lang
        sx = sex or self.rng.choice("fm")
        first = self.rng.choice((pools.FIRST_F if sx == "f" else pools.FIRST_M)[lg])
        last = self.rng.choice(pools.LAST[lg])
        if lg == "es":
            second = self.rng.choice([n for n in pools.LAST["es"] if n != last])
            last = f"{last} {second}"
        first_day = dt.date(born[0], 1, 1)
        span = (dt.date(born[1], 12, 31) - first_day).days
        birth = first_day + dt.timedelta(days=self.rng.randint(0, span))
        return Person(first, last, sx, lg, birth)

    def name(self, p: Person, style: str = "fl") -> str:
        styles = {
            "fl": p.full,
            "lf": f"{p.last}, {p.first}",
            "LF": f"{p.last.upper()}, {p.first}",
            "Lf": f"{p.last.upper()} {p.first}",
        }
        s = styles[style]
        self.mark("person_name", s, "name")
        return s

    def titled(self, p: Person, title: str) -> str:
        s = f"{title} {p.full}"
        self.mark("person_name", p.full, "name")
        return s

    def name_kv(self, p: Person, k_first: str, k_last: str) -> dict[str, str]:
        self.mark("person_name", frag(k_last, p.last), "name")
        return {k_first: p.first, k_last: p.last}

    def dob(self, p: Person, fmt: str = "native") -> str:
        """Birth date in the document's language: native numeric, long, or ISO."""
        d = p.birth
        lg = self.lang
        months = pools.MONTHS[lg]
        if fmt == "iso":
            s = d.isoformat()
        elif fmt == "long":
            if lg == "de":
                s = f"{d.day}. {months[d.month - 1]} {d.year}"
            elif lg == "fr":
                s = f"{'1er' if d.day == 1 else d.day} {months[d.month - 1]} {d.year}"
            elif lg == "es":
                s = f"{d.day} de {months[d.month - 1]} de {d.year}"
            else:
                s = f"{d.day} {months[d.month - 1]} {d.year}"
        elif lg == "de":
            s = d.strftime("%d.%m.%Y")
        else:
            s = d.strftime("%d/%m/%Y")
        self.mark("date_of_birth", s, "dob")
        return s

    def email(self, p: Person | None = None, work: bool = False, local: str | None = None) -> str:
        lg = p.lang if p else self.lang
        if local is None:
            assert p is not None
            first = _ascii(p.first.split()[0]).lower()
            last = _ascii(p.last.split()[0]).lower().replace("'", "")
            local = self.rng.choice(
                [f"{first}.{last}", f"{first[0]}.{last}", f"{last}.{first}", f"{first}{last[:3]}"]
            )
        domain = self.rng.choice((pools.WORK_DOMAINS if work else pools.DOMAINS)[lg])
        s = f"{local}@{domain}"
        self.mark("email", s, "email")
        return s

    def role_email(self, local: str, domain: str) -> str:
        s = f"{local}@{domain}"
        self.mark("email", s, "email:role")
        return s

    def phone(self, lang: str | None = None, mobile: bool | None = None) -> str:
        lg = lang or self.lang
        mob = self.chance(0.6) if mobile is None else mobile
        for _ in range(100):
            s = self._phone(lg, mob)
            if not looks_like_card(s):
                self.mark("phone", s, f"phone/{lg}")
                return s
        raise AssertionError("phone")

    def _phone(self, lg: str, mob: bool) -> str:
        r = self.rng
        d = self.digits
        if lg == "de":
            if mob:
                pre = r.choice(["151", "152", "160", "162", "170", "171", "172", "176", "177"])
                sub = d(7) if pre.startswith("17") else d(8)
                return r.choice([f"+49 {pre} {sub}", f"0{pre} {sub}", f"0{pre}/{sub}"])
            area, n = r.choice(
                [("30", 8), ("89", 8), ("221", 7), ("341", 7), ("40", 8), ("711", 7)]
            )
            sub = str(r.randint(2, 9)) + d(n - 1)
            return r.choice([f"+49 {area} {sub}", f"0{area} {sub}", f"0{area}-{sub}"])
        if lg == "fr":
            first = r.choice("67") if mob else r.choice("12345")
            parts = [d(2) for _ in range(4)]
            return r.choice(
                [
                    f"+33 {first} {' '.join(parts)}",
                    f"0{first} {' '.join(parts)}",
                    f"0{first}.{'.'.join(parts)}",
                ]
            )
        if lg == "es":
            if mob:
                num = r.choice("67") + d(8)
                return r.choice(
                    [
                        f"+34 {num[:3]} {num[3:6]} {num[6:]}",
                        f"{num[:3]} {num[3:5]} {num[5:7]} {num[7:]}",
                    ]
                )
            num = r.choice(["91", "93", "96", "95", "94"]) + d(7)
            return r.choice(
                [
                    f"+34 {num[:3]} {num[3:6]} {num[6:]}",
                    f"{num[:2]} {num[2:5]} {num[5:7]} {num[7:]}",
                ]
            )
        if mob:
            sub = "900" + d(3)
            return r.choice([f"+44 7700 {sub}", f"07700 {sub}"])
        sub = "0" + d(3)
        return r.choice([f"+44 20 7946 {sub}", f"020 7946 {sub}", f"+44 161 496 {sub}"])

    def ip4(self, private: bool | None = None) -> str:
        r = self.rng
        if private if private is not None else self.chance(0.4):
            s = r.choice(
                [
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                ]
            )
        else:
            first = r.choice([31, 46, 78, 80, 85, 91, 109, 188, 212, 217])
            s = f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        self.mark("ip_address", s, "ip")
        return s

    def ip6(self) -> str:
        r = self.rng
        groups = ["2a02", r.choice(["810d", "8108", "a03f", "1205"])] + [
            f"{r.randint(0, 0xFFFF):x}" for _ in range(4)
        ]
        s = ":".join(groups) + "::" + f"{r.randint(1, 0xFFFF):x}"
        self.mark("ip_address", s, "ip")
        return s

    def address(self, lang: str | None = None) -> Addr:
        lg = lang or self.lang
        street = self.rng.choice(pools.STREETS[lg])
        postcode, city = self.rng.choice(pools.CITIES[lg])
        n = self.rng.randint(1, 140)
        number = str(n)
        if lg == "de" and self.chance(0.2):
            number += self.rng.choice("abc")
        if lg == "fr" and self.chance(0.15):
            number += " bis"
        extra = ""
        if lg == "es" and self.chance(0.6):
            extra = f"{self.rng.randint(1, 9)}º {self.rng.choice('ABCD')}"
        return Addr(street, number, postcode, city, lg, extra)

    def addr_line(self, a: Addr) -> str:
        self.mark("postal_address", a.line, f"address/{a.lang}")
        return a.line

    def addr_full(self, a: Addr) -> str:
        self.mark("postal_address", a.line, f"address/{a.lang}")
        return a.full

    def addr_split(self, a: Addr, k_street: str, k_no: str) -> dict[str, str]:
        self.mark("postal_address", frag(k_street, a.street), f"address/{a.lang}")
        return {k_street: a.street, k_no: a.number}

    # ------------------------------------------------------------------ banking
    def _iban_raw(self, country: str) -> str:
        r = self.rng
        d = self.digits
        if country == "DE":
            bban = str(r.randint(1, 8)) + d(7) + d(10)
        elif country == "FR":
            bank, branch, acct = d(5), d(5), d(11)
            bban = bank + branch + acct + fr_rib_key(bank, branch, acct)
        elif country == "ES":
            bank, branch, acct = d(4), d(4), d(10)
            bban = bank + branch + es_ccc_digits(bank, branch, acct) + acct
        else:
            bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + d(6) + d(8)
        return country + iban_check_digits(country, bban) + bban

    def _fmt_iban(self, raw: str, spaced: bool | None) -> str:
        if spaced if spaced is not None else self.chance(0.5):
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def iban(self, country: str | None = None, spaced: bool | None = None) -> str:
        c = country or {"de": "DE", "fr": "FR", "es": "ES", "en": "GB"}[self.lang]
        for _ in range(100):
            s = self._fmt_iban(self._iban_raw(c), spaced)
            if not looks_like_card(s):
                self.mark("bank_account", s, f"iban/{c.lower()}")
                return s
        raise AssertionError("iban")

    def iban_bad(self, country: str | None = None, spaced: bool | None = None) -> str:
        c = country or {"de": "DE", "fr": "FR", "es": "ES", "en": "GB"}[self.lang]
        raw = self._iban_raw(c)
        pos = self.rng.randint(6, len(raw) - 1)
        while not raw[pos].isdigit():
            pos -= 1
        bad = raw[:pos] + str((int(raw[pos]) + self.rng.randint(1, 9)) % 10) + raw[pos + 1 :]
        s = self._fmt_iban(bad, spaced)
        self.decoy("bank_account", s, f"decoy:iban/{c.lower()}")
        return s

    def _card_digits(self, brand: str) -> str:
        r = self.rng
        d = self.digits
        if brand == "visa":
            body = "4" + d(14)
        elif brand == "mastercard":
            body = r.choice(["51", "52", "53", "54", "55"]) + d(13)
        elif brand == "amex":
            body = r.choice(["34", "37"]) + d(12)
        else:
            body = "6011" + d(11)
        return body + luhn_digit(body)

    def _fmt_card(self, digits: str, style: str) -> str:
        if style == "plain":
            return digits
        sep = " " if style == "spaced" else "-"
        if len(digits) == 15:
            return sep.join([digits[:4], digits[4:10], digits[10:]])
        return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))

    def card(self, brand: str | None = None, style: str | None = None) -> str:
        b = brand or self.pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
        s = self._fmt_card(self._card_digits(b), style or self.pick(["plain", "spaced", "dashed"]))
        self.mark("payment_card", s, f"card/{b}")
        return s

    def card_bad(self, style: str | None = None) -> str:
        digits = self._card_digits(self.pick(["visa", "mastercard"]))
        last = int(digits[-1])
        digits = digits[:-1] + str((last + self.rng.randint(1, 9)) % 10)
        s = self._fmt_card(digits, style or self.pick(["plain", "spaced"]))
        self.decoy("payment_card", s, "decoy:card")
        return s

    # ------------------------------------------------------------------ national ids
    def _steuer_head(self) -> str:
        r = self.rng
        while True:
            digits = r.sample(string.digits, 9)
            dup = r.choice(digits)
            seq = [*digits, dup]
            r.shuffle(seq)
            if seq[0] != "0":
                return "".join(seq)

    def steuer_id(self, spaced: bool | None = None) -> str:
        head = self._steuer_head()
        s = head + steuer_id_check(head)
        if spaced if spaced is not None else self.chance(0.3):
            s = f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
        self.mark("national_id", s, "steuer_id")
        return s

    def steuer_id_bad(self) -> str:
        head = self._steuer_head()
        good = steuer_id_check(head)
        s = head + str((int(good) + self.rng.randint(1, 9)) % 10)
        self.decoy("national_id", s, "decoy:steuer_id")
        return s

    def _nir_head(self, p: Person | None) -> str:
        r = self.rng
        sex = "2" if (p and p.sex == "f") else "1" if p else r.choice("12")
        yy = f"{(p.birth.year if p else r.randint(1950, 2000)) % 100:02d}"
        mm = f"{(p.birth.month if p else r.randint(1, 12)):02d}"
        dep = f"{r.choice([n for n in range(1, 96) if n != 20]):02d}"
        return f"{sex}{yy}{mm}{dep}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"

    def _fmt_nir(self, s: str, spaced: bool | None) -> str:
        if spaced if spaced is not None else self.chance(0.5):
            return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        return s

    def nir(self, p: Person | None = None, spaced: bool | None = None) -> str:
        while True:
            head = self._nir_head(p)
            s = self._fmt_nir(head + nir_key(head), spaced)
            if not looks_like_card(s):
                break
        self.mark("national_id", s, "nir")
        return s

    def nir_bad(self, p: Person | None = None) -> str:
        head = self._nir_head(p)
        key = int(nir_key(head))
        s = self._fmt_nir(head + f"{(key + self.rng.randint(1, 40)) % 97 + 1:02d}", None)
        from .validators import nir_ok

        if nir_ok(s):
            s = self._fmt_nir(head + f"{(key % 96) + 1:02d}", None)
        assert not nir_ok(s)
        self.decoy("national_id", s, "decoy:nir")
        return s

    def dni(self, nie: bool = False, dashed: bool | None = None) -> str:
        r = self.rng
        if nie:
            pre = r.choice("XYZ")
            body = f"{r.randint(0, 9999999):07d}"
            letter = DNI_LETTERS[int(str("XYZ".index(pre)) + body) % 23]
            s = pre + body + letter
        else:
            body = f"{r.randint(10000000, 79999999):08d}"
            s = body + DNI_LETTERS[int(body) % 23]
        if dashed if dashed is not None else self.chance(0.25):
            s = s[:-1] + "-" + s[-1]
        self.mark("national_id", s, "nie" if nie else "dni")
        return s

    def dni_bad(self) -> str:
        body = f"{self.rng.randint(10000000, 79999999):08d}"
        good = DNI_LETTERS.index(DNI_LETTERS[int(body) % 23])
        s = body + DNI_LETTERS[(good + self.rng.randint(1, 22)) % 23]
        self.decoy("national_id", s, "decoy:dni")
        return s

    def nino(self) -> str:
        r = self.rng
        prefix = r.choice(["AB", "CE", "JG", "PR", "SK", "TW", "NH", "YL", "WP", "JK"])
        pairs = " ".join(str(r.randint(10, 99)) for _ in range(3))
        s = f"{prefix} {pairs} {r.choice('ABCD')}"
        if self.chance(0.4):
            s = s.replace(" ", "")
        self.mark("national_id", s, "nino")
        return s

    def ssn(self) -> str:
        r = self.rng
        area = r.choice([n for n in range(1, 900) if n != 666])
        s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        self.mark("national_id", s, "ssn")
        return s

    def passport(self, country: str | None = None) -> str:
        c = country or {"de": "DE", "fr": "FR", "es": "ES", "en": "GB"}[self.lang]
        r = self.rng
        if c == "DE":
            s = r.choice("CFGHJK") + "".join(
                r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
            )
        elif c == "FR":
            letters = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase)
            s = f"{r.randint(10, 24)}{letters}{r.randint(10000, 99999)}"
        elif c == "ES":
            s = (
                "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
                + f"{r.randint(100000, 999999)}"
            )
        else:
            s = f"{r.randint(100000000, 999999999)}"
        self.mark("passport", s, f"passport/{c.lower()}")
        return s

    # ------------------------------------------------------------------ credentials
    def secret(self, kind: str) -> str:
        r = self.rng
        if kind == "aws_key":
            s = "AKIA" + self.alnum(16, string.ascii_uppercase + "234567")
        elif kind == "aws_secret":
            s = self.alnum(40, _ALNUM + "/+")
        elif kind == "github":
            s = "ghp_" + self.alnum(36)
        elif kind == "gitlab":
            s = "glpat-" + self.alnum(20, _ALNUM + "-_")
        elif kind == "slack":
            s = f"xoxb-{r.randint(100000, 999999)}-{r.randint(100000, 999999)}-{self.alnum(24)}"
        elif kind == "stripe":
            s = "sk_live_" + self.alnum(32)
        elif kind == "google":
            s = "AIza" + self.alnum(35, _ALNUM + "-_")
        elif kind == "sendgrid":
            s = "SG." + self.alnum(22, _ALNUM + "-_") + "." + self.alnum(43, _ALNUM + "-_")
        elif kind == "npm":
            s = "npm_" + self.alnum(36)
        elif kind == "whsec":
            s = "whsec_" + self.alnum(32)
        elif kind == "jwt":
            head = _b64url(b'{"alg":"HS256","typ":"JWT"}')
            body = _b64url(
                json.dumps({"sub": self.uuid(), "iat": 1717000000 + r.randint(0, 9999999)}).encode()
            )
            s = f"{head}.{body}.{self.alnum(43, _ALNUM + '-_')}"
        elif kind == "password":
            base = r.choice(
                {
                    "de": ["Sommer", "Hamburg", "Kennwort", "Bayern", "Schalke"],
                    "fr": ["Soleil", "Marseille", "Azerty", "Bonjour", "Printemps"],
                    "es": ["Verano", "Sevilla", "Madrid", "Contrasena", "Betis"],
                    "en": ["Summer", "Arsenal", "Welcome", "Dragon", "Liverpool"],
                }[self.lang]
            )
            tail = self.alnum(3, string.ascii_lowercase)
            s = f"{base}{r.randint(10, 99)}{r.choice('!#$%&*?')}{tail}"
        elif kind == "pem":
            lines = [self.b64(48) for _ in range(4)]
            s = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
        elif kind == "client_secret":
            s = self.alnum(40, _ALNUM + "~._-")
        else:
            raise ValueError(kind)
        lit = s.splitlines()[1] if kind == "pem" else s
        self.mark("credential", lit, f"secret:{kind}")
        return s

    def conn_string(self, scheme: str = "postgresql") -> str:
        pw = self.secret("password")
        user = self.pick(["app", "svc_portal", "etl", "reporting", "backend"])
        host = self.pick(["db-01.intern", "pg.prod.local", "mysql-main", "10-db-cluster"])
        port = {"postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379}[scheme]
        return (
            f"{scheme}://{user}:{pw}@{host}:{port}/{self.pick(['kunden', 'clients', 'app', 'hr'])}"
        )

    def basic_auth(self) -> str:
        pw = self.secret("password")
        token = base64.b64encode(f"{self.pick(['api', 'admin', 'sync'])}:{pw}".encode()).decode()
        self.mark("credential", token, "secret:basic")
        return f"Basic {token}"

    # ------------------------------------------------------------------ location
    def _coord(self, base: float, spread: float, decimals: int) -> float:
        while True:
            v = base + self.rng.uniform(-spread, spread)
            s = f"{v:.{decimals}f}"
            if s[-1] != "0" and repr(float(s)) == s:
                return float(s)

    def coords(self, lang: str | None = None) -> tuple[float, float]:
        lat0, lon0 = self.pick(pools.CENTRES[lang or self.lang])
        dec = self.pick([4, 5, 5, 6, 6])
        lat, lon = self._coord(lat0, 0.08, dec), self._coord(lon0, 0.08, dec)
        self.mark("precise_location", repr(lat), "coords")
        self.mark("precise_location", repr(lon), "coords")
        return lat, lon

    def coarse_place(self) -> tuple[str, float, float]:
        """A city name with coarse (1-3 decimals) coordinates near it."""
        i = self.rng.randrange(len(pools.CENTRES[self.lang]))
        lat0, lon0 = pools.CENTRES[self.lang][i]
        dec = self.pick([1, 2, 2, 3])
        lat, lon = self._coord(lat0, 0.05, dec), self._coord(lon0, 0.05, dec)
        return pools.CENTRE_NAMES[self.lang][i], lat, lon

    def coarse(self, lang: str | None = None) -> tuple[float, float]:
        lat0, lon0 = self.pick(pools.CENTRES[lang or self.lang])
        dec = self.pick([1, 2, 2, 3])
        return self._coord(lat0, 0.3, dec), self._coord(lon0, 0.3, dec)

    # ------------------------------------------------------------------ biometric
    def fp_template(self) -> str:
        s = self.b64(self.rng.randint(90, 140), prefix=b"FMR\x00 20\x00")
        self.mark("biometric", s, "fingerprint_template")
        return s

    def embedding(self, n: int = 128, tag: str = "face_embedding") -> list[float]:
        vec = [round(self.rng.gauss(0, 0.09), 6) for _ in range(n)]
        self.mark("biometric", json.dumps(vec[:4])[1:-1], tag)
        return vec

    def iris_code(self) -> str:
        s = self.hexid(256)
        self.mark("biometric", s, "iris_code")
        return s

    def vein_template(self) -> str:
        s = self.b64(self.rng.randint(80, 120), prefix=b"PVP\x01")
        self.mark("biometric", s, "palm_vein")
        return s

    def voiceprint(self) -> str:
        s = self.b64(self.rng.randint(96, 144), prefix=b"XVEC")
        self.mark("biometric", s, "voiceprint")
        return s

    def text_embedding(self, n: int = 16) -> list[float]:
        """A product/text embedding: not biometric, not coordinates."""
        return [round(self.rng.uniform(-1, 1), 4) for _ in range(n)]

    # ------------------------------------------------------------------ genetics
    def snps(self, n: int = 4) -> list[dict[str, str]]:
        chosen = self.rng.sample(pools.SNPS, n)
        out = [{"rsid": rs, "genotype": self.rng.choice(gts)} for rs, gts in chosen]
        self.mark("genetic", json.dumps(out[0], ensure_ascii=False), "snp")
        return out

    def str_profile(self, n: int = 6) -> dict[str, str]:
        loci = self.rng.sample(pools.STR_LOCI, n)
        prof = {}
        for locus in loci:
            a = self.rng.randint(6, 30)
            prof[locus] = f"{a}/{a + self.rng.randint(0, 4)}"
        first = loci[0]
        self.mark("genetic", frag(first, prof[first]), "str_profile")
        return prof

    # ------------------------------------------------------------------ text
    def say(
        self, kind: str, lang: str | None = None, p: Person | None = None, chat: bool | None = None
    ) -> str:
        """A sentence of `kind`; about person `p` (matching wording) and in chat register or not."""
        lg = lang or self.lang
        pool = POOLS[(kind, lg)]
        texts = [t for t, _ in pool]
        cands = texts
        if p is not None:
            cands = [t for t in cands if gender_of(t, lg) in (None, p.sex)]
        if chat is False:
            cands = [t for t in cands if not is_chat(t)]
        elif chat is True:
            cands = [t for t in cands if is_chat(t)] + [t for t in cands if not is_chat(t)]
            if any(is_chat(t) for t in self.usage.free(cands, self._taken)):
                cands = [t for t in cands if is_chat(t)]
        if not self.usage.free(cands, self._taken):
            cands = texts
        text = self.usage.pick(cands, self.rng, self._taken)
        for k in dict(pool)[text]:
            self.mark(k, text, f"text:{kind}/{lg}")
        self.sentences.append(text)
        return text

    def neg(self, topic: str | None = None, lang: str | None = None) -> str:
        """A hard-negative sentence, preferably on `topic`."""
        lg = lang or self.lang
        by_topic = NEGATIVES[lg]
        cands = by_topic[topic] if topic else [t for tp in NEG_TOPICS for t in by_topic[tp]]
        if not self.usage.free(cands, self._taken):
            cands = [t for tp in NEG_TOPICS for t in by_topic[tp]]
        text = self.usage.pick(cands, self.rng, self._taken)
        self.sentences.append(text)
        return text

    def phrase(self, name: str) -> str:
        text = self.usage.pick(PHRASES[name], self.rng, self._taken)
        self.sentences.append(text)
        return text

    def note(
        self,
        *kinds: str,
        neg: int = 0,
        topic: str | None = None,
        p: Person | None = None,
        chat: bool | None = None,
    ) -> str:
        """Several facts in one free-text note (sentences shuffled)."""
        parts = [self.say(k, p=p, chat=chat) for k in kinds] + [self.neg(topic) for _ in range(neg)]
        self.rng.shuffle(parts)
        return " ".join(parts)


def _ascii(s: str) -> str:
    table = str.maketrans(
        "äöüéèêëàâçîïôûùñíóúáÁÉÍÓÚÑÄÖÜıİğşŞ",
        "aoueeeeaaciiouuniouaAEIOUNAOUiIgsS",
    )
    return s.replace("ß", "ss").translate(table)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")
