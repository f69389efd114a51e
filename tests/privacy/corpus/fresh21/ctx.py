"""Value generators. Every generator that inserts a kind records a Mark with that kind; decoys
(look-alikes that are not a kind) record a Mark with kind None. The build derives each
document's labels from its marks, after checking that every mark's literal is in the document."""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import string
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from . import pools, scan, texts
from . import validators as v

Json = Any
T = TypeVar("T")

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
HIGH = (
    "payment_card",
    "bank_account",
    "national_id",
    "passport",
    "credential",
    "precise_location",
)
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
KINDS = SPECIAL + HIGH + ORDINARY

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


@dataclass(frozen=True)
class Mark:
    kind: str | None
    needle: str
    tag: str


def esc(s: str) -> str:
    """A string as it appears inside the serialized document."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def dumps(doc: Json) -> str:
    return json.dumps(doc, ensure_ascii=False)


def fold(s: str) -> str:
    """ASCII e-mail local part from a name."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in ".-")


class Decks:
    """Draws without replacement from named pools, refilled (reshuffled) when empty."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._d: dict[str, list[int]] = {}

    def draw(self, key: str, items: Sequence[T]) -> T:
        d = self._d.get(key)
        if not d:
            d = list(range(len(items)))
            self.rng.shuffle(d)
            self._d[key] = d
        return items[d.pop()]


class Person:
    """A natural person; each name part is marked when it is read."""

    def __init__(self, c: Ctx, first: str, last: str) -> None:
        self._c = c
        self.f = first
        self.l = last

    @property
    def first(self) -> str:
        return self._c.mark("person_name", self.f, "name")

    @property
    def last(self) -> str:
        return self._c.mark("person_name", self.l, "name")

    @property
    def full(self) -> str:
        return self._c.mark("person_name", f"{self.f} {self.l}", "name")

    @property
    def rev(self) -> str:
        return self._c.mark("person_name", f"{self.l}, {self.f}", "name")

    @property
    def upper_last(self) -> str:
        return self._c.mark("person_name", f"{self.l.upper()} {self.f}", "name")

    @property
    def initial(self) -> str:
        return self._c.mark("person_name", f"{self.f[0]}. {self.l}", "name")

    def email(self, domain: str | None = None) -> str:
        return self._c.email_for(self, domain)


class Addr:
    """A street-level address; the street line is marked when it is read."""

    def __init__(self, c: Ctx, country: str) -> None:
        self._c = c
        self.country = country
        self.street_name = c.pick(pools.STREETS[country])
        n = c.rint(1, 240)
        if c.chance(0.12):
            n = c.rint(1, 40)
        self.number = str(n)
        self.state = ""
        if country == "US":
            self.number = str(c.rint(12, 4890))
            self.city, self.state, self.postcode = c.pick(pools.CITIES["US"])
            self._line = f"{self.number} {self.street_name}"
        elif country == "GB":
            self.city, self.postcode = c.pick(pools.CITIES["GB"])
            self._line = f"{self.number} {self.street_name}"
        elif country == "DE":
            self.postcode, self.city = c.pick(pools.CITIES["DE"])
            if c.chance(0.15):
                self.number += c.pick("abc")
            self._line = f"{self.street_name} {self.number}"
        elif country == "FR":
            self.postcode, self.city = c.pick(pools.CITIES["FR"])
            if c.chance(0.1):
                self.number += " bis"
            self._line = f"{self.number} {self.street_name}"
        else:
            self.postcode, self.city = c.pick(pools.CITIES["ES"])
            floor = f", {c.rint(1, 8)}{chr(0xBA)} {c.pick('ABCD')}" if c.chance(0.6) else ""
            self._line = f"{self.street_name} {self.number}{floor}"

    @property
    def line(self) -> str:
        return self._c.mark("postal_address", self._line, "address")

    @property
    def street(self) -> str:
        """The street name alone; only use it next to the house number."""
        return self._c.mark("postal_address", self.street_name, "address")

    @property
    def oneline(self) -> str:
        if self.country == "US":
            tail = f", {self.city}, {self.state} {self.postcode}"
        elif self.country == "GB":
            tail = f", {self.city} {self.postcode}"
        else:
            tail = f", {self.postcode} {self.city}"
        return self._c.mark("postal_address", self._line + tail, "address")


class Ctx:
    """Per-document generator context: one shared rng, the document's language and marks."""

    def __init__(self, rng: random.Random, lang: str, decks: Decks) -> None:
        self.r = rng
        self.lang = lang
        self.decks = decks
        self.country = pools.COUNTRY_OF[lang]
        self.marks: list[Mark] = []
        self.region = lang

    # ----------------------------------------------------------------- basics
    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def rint(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self.r.sample(list(seq), k)

    def draw(self, key: str, seq: Sequence[T]) -> T:
        return self.decks.draw(key, seq)

    # ---------------------------------------------------------------- marking
    def mark(self, kind: str | None, value: str, tag: str) -> str:
        assert kind is None or kind in KINDS, kind
        self.marks.append(Mark(kind, esc(value), tag))
        return value

    def sp(self, kind: str, text: str, tag: str | None = None) -> str:
        """Free text or a field value that carries a kind."""
        return self.mark(kind, text, tag or f"field:{kind}")

    def sps(self, kinds: Sequence[str], text: str, tag: str) -> str:
        for k in kinds:
            self.mark(k, text, tag)
        return text

    def kv(self, kind: str, key: str, value: Json) -> dict[str, Json]:
        """A key/value pair whose meaning comes from the key (flags, enums, numbers)."""
        frag = json.dumps({key: value}, ensure_ascii=False)[1:-1]
        self.marks.append(Mark(kind, frag, f"field:{kind}"))
        return {key: value}

    def raw(self, kind: str | None, fragment: str, tag: str) -> None:
        """A mark on a serialized fragment (for values that are not a single string)."""
        self.marks.append(Mark(kind, fragment, tag))

    def morph(self, value: str, fn: Callable[[str], str]) -> str:
        """Re-encode an inserted value (URL-encoding, upper-casing); its mark follows."""
        new = fn(value)
        for i in range(len(self.marks) - 1, -1, -1):
            m = self.marks[i]
            if m.needle == esc(value):
                self.marks[i] = Mark(m.kind, esc(new), m.tag)
                return new
        raise AssertionError(f"no mark for {value!r}")

    def decoy(self, tag: str, value: str) -> str:
        self.marks.append(Mark(None, esc(value), "decoy:" + tag))
        return value

    def note(self, tag: str) -> None:
        """A tag for the note only."""
        self.marks.append(Mark(None, "", tag))

    # ----------------------------------------------------------------- filler
    def _filler_ok(self, s: str) -> bool:
        return not scan.accidental(s) and not scan.checksummed_in(s)

    def token(self, n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
        while True:
            s = prefix + "".join(self.r.choice(alphabet) for _ in range(n))
            if self._filler_ok(s):
                return s

    def hexs(self, n: int) -> str:
        return self.token(n, HEX)

    def uuid(self) -> str:
        while True:
            h = "".join(self.r.choice(HEX) for _ in range(32))
            s = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"
            if self._filler_ok(s):
                return s

    def b64(self, nbytes: int, urlsafe: bool = False) -> str:
        while True:
            raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
            enc = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
            s = enc.decode().rstrip("=") if urlsafe else enc.decode()
            if self._filler_ok(s):
                return s

    def sfid(self, prefix: str) -> str:
        """An 18-character Salesforce record id."""
        while True:
            s = prefix + self.pick(("5g", "5e", "8c", "4V", "7Q")) + "00000" + self.token(8)
            if self._filler_ok(s):
                return s

    def num_id(self, lo: int = 1000, hi: int = 999999) -> int:
        return self.rint(lo, hi)

    def when(self, y0: int = 2023, y1: int = 2025) -> dt.datetime:
        start = dt.datetime(y0, 1, 1, tzinfo=dt.UTC)
        span = (dt.datetime(y1, 12, 31, tzinfo=dt.UTC) - start).days
        return start + dt.timedelta(
            days=self.rint(0, span), seconds=self.rint(6 * 3600, 23 * 3600 + 59 * 60)
        )

    def ts(self, y0: int = 2023, y1: int = 2025, style: str = "z") -> str:
        t = self.when(y0, y1)
        if style == "ms":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.rint(0, 999):03d}Z"
        if style == "offset":
            return t.strftime("%Y-%m-%dT%H:%M:%S") + self.pick(("+01:00", "+02:00", "-05:00"))
        if style == "space":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if style == "sf":
            return t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def tseq(self, n: int, style: str = "z", y0: int = 2024, y1: int = 2025) -> list[str]:
        """n increasing timestamps a few seconds to minutes apart."""
        t = self.when(y0, y1)
        out: list[str] = []
        for _ in range(n):
            t = t + dt.timedelta(seconds=self.rint(2, 400))
            if style == "ms":
                out.append(t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.rint(0, 999):03d}Z")
            elif style == "space":
                out.append(t.strftime("%Y-%m-%d %H:%M:%S"))
            else:
                out.append(t.strftime("%Y-%m-%dT%H:%M:%SZ"))
        return out

    def date(self, y0: int = 2023, y1: int = 2025) -> str:
        return self.when(y0, y1).strftime("%Y-%m-%d")

    def money(self, lo: float, hi: float) -> float:
        return round(self.r.uniform(lo, hi), 2)

    def amount(self, choices: Sequence[int] = (5, 10, 15, 20, 25, 30, 50, 75, 100, 250)) -> int:
        return self.pick(choices)

    def small_ref(self, prefix: str, digits: int = 6) -> str:
        assert digits < 7
        return f"{prefix}{self.rint(10 ** (digits - 1), 10**digits - 1)}"

    # ---------------------------------------------------------------- persons
    def person(self, lang: str | None = None) -> Person:
        lg = lang or self.lang
        first = self.draw(f"first/{lg}", pools.FIRST[lg])
        last = self.draw(f"last/{lg}", pools.LAST[lg])
        if lg == "es":
            last = f"{last} {self.draw('last/es2', pools.LAST['es'])}"
            if last.split()[0] == last.split()[-1]:
                last = last.split()[0] + " Ruiz"
        return Person(self, first, last)

    def email_for(self, p: Person, domain: str | None = None) -> str:
        f, last = fold(p.f.split()[0]), fold(p.l.split()[0])
        style = self.rint(0, 5)
        if style == 0:
            local = f"{f}.{last}"
        elif style == 1:
            local = f"{f}{last[0]}{self.rint(60, 99)}"
        elif style == 2:
            local = f"{f[0]}{last}"
        elif style == 3:
            local = f"{f}_{last}{self.rint(1, 9)}"
        elif style == 4:
            local = f"{last}.{f}"
        else:
            local = f"{f}{self.rint(1970, 2005)}"
        dom = domain or self.pick(pools.DOMAINS[self.region])
        return self.mark("email", f"{local}@{dom}", "email")

    def org_email(self, local: str, domain: str) -> str:
        return self.mark("email", f"{local}@{domain}", "email")

    def _phone_raw(self, country: str) -> str:
        r = self.rint
        if country == "GB":
            style = r(0, 4)
            if style == 0:
                return f"07{r(300, 999)} {r(100000, 999999)}"
            if style == 1:
                return f"+44 7{r(300, 999)} {r(100000, 999999)}"
            if style == 2:
                return f"+447{r(300, 999)}{r(100000, 999999)}"
            if style == 3:
                return f"0161 {r(200, 999)} {r(1000, 9999)}"
            return f"020 {r(7000, 8999)} {r(1000, 9999)}"
        if country == "US":
            a, e, n = r(201, 989), r(200, 989), r(1000, 9999)
            style = r(0, 3)
            if style == 0:
                return f"({a}) {e}-{n}"
            if style == 1:
                return f"+1 {a}-{e}-{n}"
            if style == 2:
                return f"+1{a}{e}{n}"
            return f"{a}.{e}.{n}"
        if country == "DE":
            style = r(0, 3)
            if style == 0:
                return f"+49 1{r(51, 79)} {r(1000000, 99999999)}"
            if style == 1:
                return f"01{r(51, 79)} {r(1000000, 9999999)}"
            if style == 2:
                return f"0{r(30, 89)} {r(100000, 9999999)}"
            return f"+49 (0){r(30, 89)} {r(100, 999)} {r(1000, 9999)}"
        if country == "FR":
            g = " ".join(f"{r(0, 99):02d}" for _ in range(4))
            style = r(0, 2)
            if style == 0:
                return f"0{self.pick('67')} {g}"
            if style == 1:
                return f"+33 {self.pick('67')} {g}"
            return f"0{r(1, 5)} {g}"
        style = r(0, 2)
        if style == 0:
            return f"6{r(10, 99)} {r(100, 999)} {r(100, 999)}"
        if style == 1:
            return f"+34 6{r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}"
        return f"9{r(1, 8)} {r(100, 999)} {r(10, 99)} {r(10, 99)}"

    def phone(self, country: str | None = None) -> str:
        while True:
            s = self._phone_raw(country or self.country)
            if not scan.checksummed_in(s) and not scan.IPV4_RE.search(s):
                return self.mark("phone", s, "phone")

    def ip(self, kind: str = "public") -> str:
        r = self.rint
        if kind == "private":
            s = self.pick(
                (
                    f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
                    f"192.168.{r(0, 255)}.{r(1, 254)}",
                    f"172.{r(16, 31)}.{r(0, 255)}.{r(1, 254)}",
                )
            )
        elif kind == "v6":
            s = f"2a0{r(0, 9)}:{self.hexs(3)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}"
        else:
            s = f"{self.pick((31, 46, 51, 62, 77, 81, 86, 92, 109, 146, 176, 185, 212, 217))}"
            s += f".{r(0, 255)}.{r(0, 255)}.{r(1, 254)}"
        return self.mark("ip_address", s, "ip")

    def dob_date(self, y0: int = 1940, y1: int = 2005) -> dt.date:
        start = dt.date(y0, 1, 1)
        return start + dt.timedelta(days=self.rint(0, (dt.date(y1, 12, 28) - start).days))

    def dob(self, fmt: str | None = None, y0: int = 1940, y1: int = 2005) -> str:
        d = self.dob_date(y0, y1)
        f = fmt or {"en": "iso", "de": "de", "fr": "fr", "es": "fr"}[self.lang]
        months = pools.MONTHS[self.lang if self.lang in pools.MONTHS else "en"]
        if f == "iso":
            s = d.isoformat()
        elif f == "de":
            s = d.strftime("%d.%m.%Y")
        elif f == "fr":
            s = d.strftime("%d/%m/%Y")
        elif f == "us":
            s = d.strftime("%m/%d/%Y")
        elif f == "long":
            s = f"{d.day} {months[d.month - 1]} {d.year}"
            if self.lang == "es":
                s = f"{d.day} de {months[d.month - 1]} de {d.year}"
            elif self.lang == "de":
                s = f"{d.day}. {months[d.month - 1]} {d.year}"
        elif f == "uslong":
            s = f"{pools.MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        else:
            raise ValueError(f)
        return self.mark("date_of_birth", s, "dob")

    def addr(self, country: str | None = None) -> Addr:
        return Addr(self, country or self.country)

    # ------------------------------------------------------------ high risk
    def card(self, brand: str | None = None, style: str | None = None) -> str:
        b = brand or self.pick(("visa", "visa", "mastercard", "amex", "discover"))
        while True:
            if b == "visa":
                head, n = "4" + str(self.rint(10000, 99999)), 16
            elif b == "mastercard":
                head, n = str(self.pick((51, 52, 53, 54, 55, 2221, 2300, 2720))), 16
            elif b == "amex":
                head, n = self.pick(("34", "37")), 15
            else:
                head, n = self.pick(("6011", "65", "644")), 16
            body = head + "".join(str(self.rint(0, 9)) for _ in range(n - 1 - len(head)))
            digits = body + v.luhn_digit(body)
            if v.is_card(digits):
                break
        st = style or self.pick(("plain", "space", "space", "dash"))
        if st == "plain":
            s = digits
        elif n == 15:
            sep = " " if st == "space" else "-"
            s = sep.join((digits[:4], digits[4:10], digits[10:]))
        else:
            sep = " " if st == "space" else "-"
            s = sep.join(digits[i : i + 4] for i in range(0, 16, 4))
        return self.mark("payment_card", s, "card")

    def card_decoy(self, digits: int = 16, spaced: bool = False) -> str:
        while True:
            body = self.pick(("4", "5", "37", "6011")) + "".join(
                str(self.rint(0, 9)) for _ in range(digits - 1)
            )
            body = body[:digits]
            if not v.luhn_ok(body) and not scan.checksummed_in(body):
                break
        s = " ".join(body[i : i + 4] for i in range(0, digits, 4)) if spaced else body
        return self.decoy("card", s)

    def last4(self, plain: bool = False) -> str:
        pre = "" if plain else self.pick(("**** ", "•••• ", "XXXX-XXXX-XXXX-", "ending "))
        s = pre + f"{self.rint(0, 9999):04d}"
        return self.decoy("last4", s)

    _BBAN: ClassVar[dict[str, str]] = {
        "DE": "n8n10",
        "FR": "n10c11n2",
        "ES": "n20",
        "GB": "a4n14",
        "NL": "a4n10",
        "BE": "n12",
        "IE": "a4n14",
        "IT": "a1n10c12",
        "AT": "n16",
        "PT": "n21",
    }

    def _bban(self, country: str) -> str:
        spec = self._BBAN[country]
        out = ""
        i = 0
        while i < len(spec):
            kind = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1 : j])
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": UPPER_ALNUM}[kind]
            out += "".join(self.r.choice(alpha) for _ in range(n))
            i = j
        return out

    def _iban_raw(self, country: str, valid: bool) -> str:
        bban = self._bban(country)
        check = v.iban_check_digits(country, bban)
        if not valid:
            check = f"{(int(check) + self.rint(1, 90)) % 97 + 2:02d}"
            while v.iban_ok(country + check + bban):
                check = f"{(int(check) + 1) % 97 + 2:02d}"
        return country + check + bban

    def iban(self, country: str | None = None, spaced: bool | None = None) -> str:
        sp = self.chance(0.5) if spaced is None else spaced
        while True:
            raw = self._iban_raw(country or self.country, True)
            s = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if sp else raw
            found = scan.checksummed_in(s)
            if list(found) == ["bank_account"]:
                break
        assert v.iban_ok(s)
        return self.mark("bank_account", s, "iban")

    def iban_decoy(self, country: str | None = None) -> str:
        raw = self._iban_raw(country or self.country, False)
        while scan.checksummed_in(raw):
            raw = self._iban_raw(country or self.country, False)
        assert not v.iban_ok(raw)
        return self.decoy("iban", raw)

    def sort_code(self) -> str:
        s = f"{self.rint(1, 99):02d}-{self.rint(0, 99):02d}-{self.rint(0, 99):02d}"
        return self.mark("bank_account", s, "sortcode")

    def uk_account(self) -> str:
        while True:
            s = f"{self.rint(10000000, 99999999)}"
            if not scan.checksummed_in(s):
                return self.mark("bank_account", s, "account")

    def aba(self) -> str:
        while True:
            s = f"{self.pick((0, 1, 2, 3))}{self.rint(10000000, 99999999)}"
            if v.aba_ok(s) and not scan.checksummed_in(s):
                return self.mark("bank_account", s, "aba")

    def us_account(self) -> str:
        while True:
            s = str(self.rint(10**8, 10**11))
            if not scan.checksummed_in(s):
                return self.mark("bank_account", s, "account")

    def ssn(self, dashed: bool = True) -> str:
        area = self.pick([a for a in range(1, 900) if a != 666])
        s = f"{area:03d}-{self.rint(1, 99):02d}-{self.rint(1, 9999):04d}"
        if not dashed:
            s = s.replace("-", "")
        assert v.ssn_ok(s)
        return self.mark("national_id", s, "ssn")

    def ssn_decoy(self) -> str:
        area = self.pick(("000", "666", str(self.rint(900, 999))))
        s = f"{area}-{self.rint(10, 99):02d}-{self.rint(1000, 9999):04d}"
        assert not v.ssn_ok(s)
        return self.decoy("ssn", s)

    _NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
    _NINO_2 = "ABCEGHJKLMNPRSTWXYZ"

    def nino(self, spaced: bool | None = None) -> str:
        while True:
            pre = self.pick(self._NINO_1) + self.pick(self._NINO_2)
            digits = f"{self.rint(0, 999999):06d}"
            s = pre + digits + self.pick("ABCD")
            if v.nino_ok(s):
                break
        if spaced if spaced is not None else self.chance(0.5):
            s = f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {s[-1]}"
        return self.mark("national_id", s, "nino")

    def nino_decoy(self) -> str:
        pre = self.pick(("GB", "BG", "TN", "ZZ", "DA", "QQ"))
        s = f"{pre}{self.rint(0, 999999):06d}{self.pick('ABCD')}"
        assert not v.nino_ok(s)
        return self.decoy("nino", s)

    def _steuer_head(self) -> str:
        while True:
            digits = self.sample(range(10), 9)
            digits.append(self.pick(digits))
            self.r.shuffle(digits)
            if digits[0] != 0:
                return "".join(map(str, digits))

    def steuer_id(self, spaced: bool = False) -> str:
        head = self._steuer_head()
        s = head + str(v.steuer_id_check_digit(head))
        assert v.steuer_id_ok(s)
        if spaced:
            s = f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
        return self.mark("national_id", s, "steuer_id")

    def steuer_decoy(self) -> str:
        head = self._steuer_head()
        s = head + str((v.steuer_id_check_digit(head) + self.rint(1, 9)) % 10)
        assert not v.steuer_id_ok(s)
        return self.decoy("steuer_id", s)

    def _nir_head(self) -> str:
        dep = self.pick([d for d in range(1, 96) if d != 20])
        return (
            f"{self.rint(1, 2)}{self.rint(40, 99):02d}{self.rint(1, 12):02d}{dep:02d}"
            f"{self.rint(1, 990):03d}{self.rint(1, 999):03d}"
        )

    def nir(self, spaced: bool | None = None) -> str:
        h = self._nir_head()
        s = h + f"{v.nir_key(h):02d}"
        if spaced if spaced is not None else self.chance(0.5):
            s = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        assert v.nir_ok(s)
        return self.mark("national_id", s, "nir")

    def nir_decoy(self) -> str:
        h = self._nir_head()
        s = h + f"{(v.nir_key(h) + self.rint(1, 50)) % 97 + 1:02d}"
        if v.nir_ok(s):
            s = h + f"{v.nir_key(h) % 97 + 1:02d}"
        assert not v.nir_ok(s)
        return self.decoy("nir", s)

    def dni(self) -> str:
        n = self.rint(10000000, 79999999)
        s = f"{n}{v.DNI_LETTERS[n % 23]}"
        if self.chance(0.2):
            s = f"{n}-{v.DNI_LETTERS[n % 23]}"
        assert v.dni_ok(s)
        return self.mark("national_id", s, "dni")

    def nie(self) -> str:
        p = self.pick("XYZ")
        n = self.rint(1000000, 9999999)
        s = f"{p}{n}{v.DNI_LETTERS[int(str('XYZ'.index(p)) + str(n)) % 23]}"
        assert v.dni_ok(s)
        return self.mark("national_id", s, "nie")

    def dni_decoy(self) -> str:
        n = self.rint(10000000, 79999999)
        s = f"{n}{v.DNI_LETTERS[(n + self.rint(1, 22)) % 23]}"
        assert not v.dni_ok(s)
        return self.decoy("dni", s)

    def _passport_raw(self, country: str) -> str:
        r = self.rint
        if country in ("GB", "US"):
            return str(r(100000000, 999999999))
        if country == "DE":
            return "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if country == "FR":
            return f"{r(10, 24)}{self.pick(string.ascii_uppercase)}"
        if country == "ES":
            return "".join(self.pick(string.ascii_uppercase) for _ in range(3)) + str(
                r(100000, 999999)
            )
        if country == "SY":
            return f"N{r(10000000, 99999999)}"
        if country == "AF":
            return f"P{r(1000000, 9999999)}"
        if country == "UA":
            return "".join(self.pick("ABCEFGHKMNPT") for _ in range(2)) + str(r(100000, 999999))
        return f"{self.pick(string.ascii_uppercase)}{r(1000000, 9999999)}"

    def passport(self, country: str | None = None) -> str:
        ct = country or self.country
        while True:
            s = self._passport_raw(ct)
            if ct == "FR":
                s += self.pick(string.ascii_uppercase) + str(self.rint(10000, 99999))
            if not scan.checksummed_in(s):
                return self.mark("passport", s, "passport")

    def passport_like(self) -> str:
        """A passport-shaped value outside any passport field (booking and ticket refs)."""
        while True:
            s = "".join(self.pick(string.ascii_uppercase) for _ in range(3)) + str(
                self.rint(100000, 999999)
            )
            if not scan.checksummed_in(s):
                return self.decoy("passport_like", s)

    # ----------------------------------------------------------- credentials
    def secret(self, kind: str) -> str:
        t = self.token
        if kind == "stripe":
            s = t(24, prefix="sk_live_")
        elif kind == "stripe_rk":
            s = t(24, prefix="rk_live_")
        elif kind == "whsec":
            s = t(32, prefix="whsec_")
        elif kind == "mailchimp":
            s = self.hexs(32) + f"-us{self.rint(2, 21)}"
        elif kind == "sendgrid":
            s = "SG." + t(22, B64URL) + "." + t(43, B64URL)
        elif kind == "slack":
            s = f"xoxb-{self.rint(100000, 999999)}-{self.rint(100000, 999999)}-" + t(24)
        elif kind == "github":
            s = t(36, prefix="ghp_")
        elif kind == "aws_id":
            s = t(16, UPPER_ALNUM, prefix="AKIA")
        elif kind == "aws_secret":
            s = t(40, ALNUM + "/+")
        elif kind == "google":
            s = t(35, ALNUM + "-_", prefix="AIza")
        elif kind == "npm":
            s = t(36, prefix="npm_")
        elif kind == "gitlab":
            s = t(20, ALNUM + "-_", prefix="glpat-")
        elif kind == "twilio":
            s = self.hexs(32)
        elif kind == "oauth":
            s = t(40, ALNUM + "-_")
        elif kind == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = json.dumps(
                {"sub": self.uuid(), "scope": self.pick(("crm.read crm.write", "donations"))},
                separators=(",", ":"),
            )
            enc = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
            s = f"{head}.{enc}.{self.b64(32, urlsafe=True)}"
        elif kind == "pem":
            lines = [self.b64(48) for _ in range(self.rint(4, 7))]
            s = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
        elif kind == "password":
            word = self.pick(("Sunflower", "Bramble", "Lighthouse", "Kestrel", "Marigold", "Ember"))
            s = f"{word}{self.rint(10, 99)}{self.pick('!?#$%')}{self.pick(('x', 'Go', 'uk', ''))}"
        elif kind == "conn":
            pw = t(14, ALNUM)
            s = self.pick(
                (
                    f"postgresql://crm_sync:{pw}@pg-crm-primary:5432/supporters",
                    f"mysql://civicrm:{pw}@db-civi:3306/civicrm",
                    f"mongodb://giving_app:{pw}@mongo-a:27017/giving?authSource=admin",
                )
            )
        elif kind == "basic":
            user = self.pick(("crm-export", "sync", "api", "webhooks"))
            raw = f"{user}:{t(16)}".encode()
            s = "Basic " + base64.b64encode(raw).decode()
        else:
            raise ValueError(kind)
        if not self._filler_ok(s.replace("@pg-", " ").replace("@db-", " ").replace("@mongo", " ")):
            return self.secret(kind)
        return self.mark("credential", s, "secret:" + kind)

    def secret_decoy(self, kind: str) -> str:
        if kind == "masked_stripe":
            s = "sk_live_" + "*" * self.rint(8, 24)
        elif kind == "stars":
            s = "*" * self.pick((8, 10, 12))
        elif kind == "redacted":
            s = self.pick(("[REDACTED]", "<redacted>", "[FILTERED]", "***redacted***"))
        elif kind == "bcrypt":
            s = "$2b$12$" + self.token(53, ALNUM + "./")
        elif kind == "argon2":
            s = f"$argon2id$v=19$m=65536,t=3,p=4${self.b64(16).rstrip('=')}${self.b64(32)}"
        elif kind == "ssh_pub":
            s = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.token(42, B64) + " deploy@ci"
            s = s.replace(" deploy@ci", " ci-deploy-key")
        elif kind == "pem_pub":
            lines = [self.b64(48) for _ in range(3)]
            s = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"
        elif kind == "kid":
            s = self.pick(("key-", "kid_", "")) + self.hexs(16)
        elif kind == "sha256":
            s = self.hexs(64)
        elif kind == "sha1":
            s = self.hexs(40)
        elif kind == "pk_live":
            s = self.token(24, prefix="pk_live_")
        else:
            raise ValueError(kind)
        return self.decoy("secret:" + kind, s)

    # ------------------------------------------------------------ location
    def _coord(self, base: float, decimals: int) -> float:
        while True:
            x = round(base + self.r.uniform(-0.06, 0.06), decimals)
            text = repr(x)
            if "e" not in text and len(text.split(".")[1]) == decimals:
                return x

    def latlon(self, city: str, decimals: int | None = None) -> tuple[float, float]:
        d = decimals or self.pick((4, 5, 6, 6, 7))
        lat0, lon0 = pools.GEO[city]
        lat, lon = self._coord(lat0, d), self._coord(lon0, d)
        self.marks.append(Mark("precise_location", repr(lat), "geo"))
        self.marks.append(Mark("precise_location", repr(lon), "geo"))
        return lat, lon

    def latlon_str(self, city: str, sep: str = ",") -> str:
        d = self.pick((4, 5, 6))
        lat0, lon0 = pools.GEO[city]
        s = f"{self._coord(lat0, d)!r}{sep}{self._coord(lon0, d)!r}"
        return self.mark("precise_location", s, "geo")

    def coarse(self, city: str, decimals: int | None = None) -> tuple[float, float]:
        d = decimals or self.pick((1, 2, 2, 3))
        lat0, lon0 = pools.GEO[city]
        lat, lon = round(lat0 + self.r.uniform(-0.05, 0.05), d), round(lon0, d)
        self.marks.append(Mark(None, "", "decoy:coarse_geo"))
        return lat, lon

    # ------------------------------------------------------------- free text
    def say(self, cat: str, lang: str | None = None) -> str:
        lg = lang or self.lang
        text, kinds = self.draw(f"sent/{lg}/{cat}", texts.SENT[lg][cat])
        if cat in ("neutral", "note"):
            return text
        if not kinds:
            return self.decoy(f"neg:{cat[4:]}/{lg}", text)
        return self.sps(kinds, text, f"text:{cat}/{lg}")

    def says(self, *cats: str) -> str:
        return " ".join(self.say(cat) for cat in cats)

    def neutral(self, n: int = 1) -> str:
        return " ".join(self.say("neutral") for _ in range(n))
