"""Per-document context: every value that carries a kind goes through a generator here.

Each generator returns the literal it inserts and records a :class:`Mark` with the kind (or
``None`` for a deliberate decoy), so labels are known by construction and can be checked
against the serialized document.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from random import Random
from typing import TypeVar

from . import pools
from . import validators as v

SPECIAL = (
    "biometric",
    "criminal_record",
    "genetic",
    "health",
    "political_opinion",
    "racial_ethnic_origin",
    "religious_belief",
    "sex_life_orientation",
    "trade_union",
)
HIGH_RISK = (
    "bank_account",
    "credential",
    "national_id",
    "passport",
    "payment_card",
    "precise_location",
)
ORDINARY = ("date_of_birth", "email", "ip_address", "person_name", "phone", "postal_address")
ALL_KINDS = tuple(sorted(SPECIAL + HIGH_RISK + ORDINARY))

T = TypeVar("T")
_DIGIT_RUN = re.compile(r"\d{7,}")
_EPOCH0 = dt.datetime(2024, 1, 8, tzinfo=dt.UTC)
_B64 = string.ascii_letters + string.digits + "+/"
_ALNUM = string.ascii_letters + string.digits
_UPPER_ALNUM = string.ascii_uppercase + string.digits


@dataclass(frozen=True)
class Mark:
    """One inserted literal. ``kind`` is ``None`` for a decoy that must not be labelled."""

    kind: str | None
    literal: str
    tag: str
    check: str = ""
    silent: bool = False


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("\u0131", "i")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isascii() and (ch.isalnum() or ch in ".-_"))


class Person:
    """A natural person. Reading ``full``, ``first``, ``last``... records a person_name mark."""

    def __init__(self, c: Ctx, first: str, last: str, gender: str, lang: str) -> None:
        self.c = c
        self.fn = first
        self.ln = last
        self.g = gender
        self.lang = lang
        self._email = ""
        self._phone = ""

    @property
    def full(self) -> str:
        return self.c.mark("person_name", f"{self.fn} {self.ln}", "person_name")

    @property
    def first(self) -> str:
        return self.c.mark("person_name", self.fn, "person_name")

    @property
    def last(self) -> str:
        return self.c.mark("person_name", self.ln, "person_name")

    @property
    def inv(self) -> str:
        return self.c.mark("person_name", f"{self.ln}, {self.fn}", "person_name")

    @property
    def initial(self) -> str:
        return self.c.mark("person_name", f"{self.fn[0]}. {self.ln}", "person_name")

    @property
    def short(self) -> str:
        return self.c.mark("person_name", f"{self.fn} {self.ln[0]}.", "person_name")

    def email(self, domain: str = "") -> str:
        if not self._email or domain:
            self._email = self.c.email_for(self, domain)
        return self.c.mark("email", self._email, "email")

    def phone(self, mobile: bool = True) -> str:
        if not self._phone:
            self._phone = self.c.phone_raw(self.lang, mobile=mobile)
        return self.c.mark("phone", self._phone, "phone")


class Ctx:
    def __init__(self, rng: Random, lang: str, index: int, family: str) -> None:
        self.rng = rng
        self.lang = lang
        self.i = index
        self.family = family
        self.marks: list[Mark] = []
        self.tags: list[str] = []
        self.now = _EPOCH0 + dt.timedelta(seconds=rng.randrange(0, 520 * 86400))

    # ------------------------------------------------------------------ bookkeeping
    def mark(self, kind: str, literal: str, tag: str = "", check: str = "") -> str:
        assert kind in ALL_KINDS, kind
        assert literal, kind
        m = Mark(kind, literal, tag or kind, check)
        if m not in self.marks:
            self.marks.append(m)
        self.tag(m.tag)
        return literal

    def decoy(self, literal: str, tag: str, check: str = "", silent: bool = False) -> str:
        m = Mark(None, literal, tag, check, silent)
        if m not in self.marks:
            self.marks.append(m)
        if not silent:
            self.tag(tag)
        return literal

    def tag(self, tag: str) -> None:
        if tag and tag not in self.tags:
            self.tags.append(tag)

    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks if m.kind})

    # ------------------------------------------------------------------ randomness
    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self.rng.sample(list(seq), k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def rint(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def chars(self, alphabet: str, n: int) -> str:
        while True:
            out = "".join(alphabet[self.rng.randrange(len(alphabet))] for _ in range(n))
            if not _DIGIT_RUN.search(out):
                return out

    def hexs(self, n: int) -> str:
        return self.chars("0123456789abcdef", n)

    def b64(self, nbytes: int) -> str:
        while True:
            raw = bytes(self.rng.randrange(256) for _ in range(nbytes))
            out = base64.b64encode(raw).decode()
            if not _DIGIT_RUN.search(out):
                return out

    def alnum(self, n: int, upper: bool = False) -> str:
        return self.chars(_UPPER_ALNUM if upper else _ALNUM, n)

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def nid(self, digits: int = 5) -> int:
        """A numeric id; ids of 7+ digits are recorded as silent decoys."""
        n = self.rng.randrange(10 ** (digits - 1), 10**digits)
        if digits >= 7:
            self.decoy(str(n), "decoy:long-id", silent=True)
        return n

    def long_id(self, n: int) -> str:
        """A digit-only id of ``n`` digits (silent decoy); never a Luhn-valid card shape."""
        while True:
            out = self.digits(n, True)
            if not (v.luhn_ok(out) and v.card_brand(out)):
                return self.decoy(out, "decoy:long-id", silent=True)

    def sid(self, prefix: str, n: int = 32) -> str:
        return prefix + self.hexs(n)

    # ------------------------------------------------------------------ time
    def at(self, minutes: float = 0) -> dt.datetime:
        return self.now + dt.timedelta(minutes=minutes)

    def ts(self, minutes: float = 0, style: str = "iso") -> str:
        t = self.at(minutes)
        if style == "iso":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "ms":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
        if style == "offset":
            return (t + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S+01:00")
        if style == "rfc2822":
            return t.strftime("%a, %d %b %Y %H:%M:%S +0000")
        if style == "space":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if style == "date":
            return t.strftime("%Y-%m-%d")
        if style == "local":
            return self.local_date(t.date())
        raise ValueError(style)

    def local_date(self, d: dt.date) -> str:
        if self.lang == "de":
            return d.strftime("%d.%m.%Y")
        if self.lang in ("fr", "es"):
            return d.strftime("%d/%m/%Y")
        return d.strftime("%m/%d/%Y")

    def epoch(self, minutes: float = 0, ms: bool = False) -> int:
        val = int(self.at(minutes).timestamp())
        if ms:
            val = val * 1000 + self.rng.randrange(1000)
        self.decoy(str(val), "decoy:epoch", silent=True)
        return val

    def day(self, days: int) -> dt.date:
        return (self.now + dt.timedelta(days=days)).date()

    # ------------------------------------------------------------------ people
    def person(self, lang: str = "", gender: str = "") -> Person:
        lang = lang or self.lang
        g = gender or self.pick("fm")
        first = self.pick(pools.FIRST_F[lang] if g == "f" else pools.FIRST_M[lang])
        last = self.pick(pools.LAST[lang])
        if lang == "es" and self.chance(0.6):
            last = f"{last} {self.pick(pools.LAST['es'])}"
        if "Iglesias" in last:
            self.tag("neg:surname-iglesias")
        return Person(self, first, last, g, lang)

    def email_for(self, p: Person, domain: str = "") -> str:
        first = ascii_fold(p.fn).lower()
        last = ascii_fold(p.ln.split()[0]).lower().replace("'", "")
        domain = domain or self.pick(pools.FREEMAIL[p.lang])
        style = self.rng.randrange(5)
        if style == 0:
            local = f"{first}.{last}"
        elif style == 1:
            local = f"{first[0]}{last}"
        elif style == 2:
            local = f"{first}{last[:3]}{self.rint(10, 99)}"
        elif style == 3:
            local = f"{first}_{last}"
        else:
            local = f"{last}.{first[0]}"
        return f"{local}@{domain}"

    def role_email(self, local: str, domain: str) -> str:
        return self.mark("email", f"{local}@{domain}", "email:role")

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        out = str(self.rint(1, 9)) if first_nonzero else str(self.rint(0, 9))
        return out + "".join(str(self.rint(0, 9)) for _ in range(n - 1))

    def phone(self, lang: str = "", mobile: bool = True) -> str:
        return self.mark("phone", self.phone_raw(lang, mobile), "phone")

    def phone_raw(self, lang: str = "", mobile: bool = True) -> str:
        """A phone number that the caller reformats and marks itself."""
        lang = lang or self.lang
        d = self.digits
        s = self.rng.randrange(4)
        if lang == "en":
            if self.chance(0.5):  # UK
                if mobile:
                    num = (f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}", f"07{d(3)} {d(3)} {d(3)}")[
                        s % 3
                    ]
                else:
                    num = (f"+44 20 {d(4)} {d(4)}", f"0113 {d(3)} {d(4)}", f"(0161) {d(3)} {d(4)}")[
                        s % 3
                    ]
            else:
                area = f"{self.rint(2, 9)}{d(2)}"
                ex = f"{self.rint(2, 9)}{d(2)}"
                num = (
                    f"+1 {area}-{ex}-{d(4)}",
                    f"({area}) {ex}-{d(4)}",
                    f"{area}.{ex}.{d(4)}",
                    f"+1 ({area}) {ex} {d(4)}",
                )[s]
        elif lang == "de":
            if mobile:
                pre = self.pick(["151", "160", "170", "171", "176", "157"])
                num = (
                    f"+49 {pre} {d(8)}",
                    f"0{pre} {d(4)} {d(4)}",
                    f"+49 (0){pre} {d(7)}",
                    f"0{pre}/{d(8)}",
                )[s]
            else:
                pre = self.pick(["30", "89", "40", "221", "711", "341"])
                num = (
                    f"+49 {pre} {d(7)}",
                    f"0{pre} {d(3)} {d(4)}",
                    f"0{pre}-{d(6)}",
                    f"+49 (0){pre} {d(4)} {d(3)}",
                )[s]
        elif lang == "fr":
            pre = self.pick(["6", "7"]) if mobile else self.pick(["1", "4", "5", "2"])
            g = [d(2) for _ in range(4)]
            num = (
                f"+33 {pre} {' '.join(g)}",
                f"0{pre} {' '.join(g)}",
                f"0{pre}.{'.'.join(g)}",
                f"+33 (0){pre} {''.join(g)}",
            )[s]
        else:
            if mobile:
                pre = self.pick(["6", "7"])
                num = (
                    f"+34 {pre}{d(2)} {d(3)} {d(3)}",
                    f"{pre}{d(2)} {d(2)} {d(2)} {d(2)}",
                    f"+34{pre}{d(8)}",
                    f"{pre}{d(2)} {d(3)} {d(3)}",
                )[s]
            else:
                pre = self.pick(["91", "93", "96", "95"])
                num = (
                    f"+34 {pre} {d(3)} {d(2)} {d(2)}",
                    f"{pre} {d(3)} {d(2)} {d(2)}",
                    f"+34 {pre}{d(7)}",
                    f"{pre} {d(3)} {d(4)}",
                )[s]
        return num

    # ------------------------------------------------------------------ addresses
    def street_line(self, lang: str = "") -> str:
        lang = lang or self.lang
        street, neg = self.pick(pools.STREETS[lang])
        n = self.rint(1, 148)
        if lang == "en":
            line = f"{n} {street}" if self.chance(0.8) else f"Flat {self.rint(1, 9)}, {n} {street}"
        elif lang == "de":
            line = f"{street} {n}" + (self.pick(["", "", "a", "b"]))
        elif lang == "fr":
            line = f"{n}{self.pick(['', '', ' bis'])} {street}"
        else:
            line = f"{street}, {n}" + self.pick(
                ["", f", {self.rint(1, 8)}.\u00ba {self.pick('ABCD')}"]
            )
        self.tag(neg)
        return self.mark("postal_address", line, "postal_address")

    def city(self, lang: str = "") -> tuple[str, str, str]:
        return self.pick(pools.CITIES[lang or self.lang])

    def address_text(self, lang: str = "") -> str:
        lang = lang or self.lang
        line = self.street_line(lang)
        pc, city, region = self.city(lang)
        if lang == "en":
            return f"{line}, {city}, {region} {pc}" if region else f"{line}, {city} {pc}"
        return f"{line}, {pc} {city}"

    def address_obj(self, style: str = "snake", lang: str = "") -> dict[str, object]:
        lang = lang or self.lang
        line = self.street_line(lang)
        pc, city, region = self.city(lang)
        country = {"en": "US" if region else "GB", "de": "DE", "fr": "FR", "es": "ES"}[lang]
        if style == "camel":
            return {"line1": line, "city": city, "postalCode": pc, "countryCode": country}
        if style == "pascal":
            return {"Street": line, "City": city, "PostalCode": pc, "Country": country}
        if style == "local" and lang == "de":
            return {"straße": line, "plz": pc, "ort": city, "land": "Deutschland"}
        if style == "local" and lang == "fr":
            return {"adresse": line, "code_postal": pc, "ville": city, "pays": "France"}
        if style == "local" and lang == "es":
            return {"dirección": line, "código_postal": pc, "localidad": city, "país": "España"}
        out: dict[str, object] = {"line1": line, "city": city, "postal_code": pc}
        if region and lang == "en":
            out["state"] = region
        out["country"] = country
        return out

    # ------------------------------------------------------------------ dates of birth
    def dob_date(self) -> dt.date:
        return dt.date(self.rint(1958, 2004), self.rint(1, 12), self.rint(1, 28))

    def dob(self, style: str = "iso", d: dt.date | None = None) -> str:
        d = d or self.dob_date()
        if style == "iso":
            s = d.isoformat()
        elif style == "local":
            s = self.local_date(d)
        elif style == "text":
            s = text_date(d, self.lang)
        else:
            raise ValueError(style)
        return self.mark("date_of_birth", s, "date_of_birth")

    def date_text(self, days: int) -> str:
        return text_date(self.day(days), self.lang)

    # ------------------------------------------------------------------ network
    def ip(self, v6: bool = False, private: bool = False) -> str:
        if v6:
            pre = self.pick(["2a02:8108", "2001:4860", "2a01:cb00", "2600:1700", "2a0c:5a80"])
            addr = pre + ":" + ":".join(f"{self.rint(0, 65535):x}" for _ in range(4)) + "::1"
            if self.chance(0.5):
                addr = pre + ":" + ":".join(f"{self.rint(0, 65535):x}" for _ in range(6))
        elif private:
            addr = self.pick(
                [
                    f"10.{self.rint(0, 255)}.{self.rint(0, 255)}.{self.rint(1, 254)}",
                    f"192.168.{self.rint(0, 255)}.{self.rint(1, 254)}",
                    f"172.{self.rint(16, 31)}.{self.rint(0, 255)}.{self.rint(1, 254)}",
                ]
            )
        else:
            first = self.pick([31, 46, 62, 77, 81, 84, 88, 91, 95, 109, 151, 176, 185, 203, 213])
            addr = f"{first}.{self.rint(1, 254)}.{self.rint(0, 255)}.{self.rint(1, 254)}"
        return self.mark("ip_address", addr, "ip_address")

    def version4(self) -> str:
        """A four-part version string: IPv4-shaped, never an address."""
        s = f"{self.rint(1, 12)}.{self.rint(0, 20)}.{self.rint(0, 9)}.{self.rint(100, 999)}"
        return self.decoy(s, "decoy:version-string")

    # ------------------------------------------------------------------ cards and banks
    def card(self, brand: str = "", fmt: str = "") -> str:
        brand = brand or self.pick(["visa", "visa", "mastercard", "amex", "discover"])
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mastercard":
            body = (
                str(self.rint(51, 55)) + self.digits(13)
                if self.chance(0.7)
                else str(self.rint(2221, 2720)) + self.digits(11)
            )
        elif brand == "amex":
            body = self.pick(["34", "37"]) + self.digits(12)
        else:
            body = self.pick(["6011" + self.digits(11), "65" + self.digits(13)])
        num = v.luhn_complete(body)
        return self.mark("payment_card", self._fmt_card(num, fmt), "payment_card", "luhn")

    def _fmt_card(self, num: str, fmt: str) -> str:
        fmt = fmt or self.pick(["plain", "space", "dash"])
        if fmt == "plain":
            return num
        sep = " " if fmt == "space" else "-"
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i : i + 4] for i in range(0, len(num), 4))

    def card_bad(self, fmt: str = "", tag: str = "decoy:card-luhn-fail") -> str:
        """A 16-digit card-like number that fails Luhn (gift card, transaction ref...)."""
        body = self.pick(["4", "5", "6"]) + self.digits(14)
        good = v.luhn_complete(body)
        bad = body + str((int(good[-1]) + self.rint(1, 9)) % 10)
        assert not v.luhn_ok(bad)
        return self.decoy(self._fmt_card(bad, fmt), tag, "luhn")

    def last4(self) -> str:
        return self.digits(4)

    def _bban(self, country: str) -> str:
        d = self.digits
        if country == "DE":
            return d(8, True) + d(10)
        if country == "FR":
            bank, branch, acct = d(5, True), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            return f"{bank}{branch}{acct}{key:02d}"
        if country == "ES":
            bank, branch, acct = d(4, True), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s: str) -> int:
                r = 11 - sum(int(x) * y for x, y in zip(s, w, strict=True)) % 11
                return 0 if r == 11 else 1 if r == 10 else r

            return f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
        if country == "GB":
            return self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8)
        if country == "IE":
            return self.pick(["AIBK", "BOFI"]) + d(6) + d(8)
        if country == "NL":
            return self.pick(["ABNA", "INGB", "RABO"]) + d(10)
        if country == "AT":
            return d(5, True) + d(11)
        if country == "BE":
            first = d(10, True)
            r = int(first) % 97 or 97
            return f"{first}{r:02d}"
        raise ValueError(country)

    def _fmt_iban(self, iban: str, grouped: bool | None) -> str:
        if grouped is None:
            grouped = self.chance(0.5)
        if not grouped:
            return iban
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))

    def iban(self, country: str = "", grouped: bool | None = None) -> str:
        country = country or {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}[self.lang]
        iban = v.iban_make(country, self._bban(country))
        assert v.iban_ok(iban)
        return self.mark("bank_account", self._fmt_iban(iban, grouped), "bank_account:iban", "iban")

    def iban_bad(self, country: str = "", grouped: bool | None = None) -> str:
        country = country or {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}[self.lang]
        good = v.iban_make(country, self._bban(country))
        check = (int(good[2:4]) + self.rint(1, 90)) % 97
        bad = f"{country}{max(check, 2):02d}{good[4:]}"
        if v.iban_ok(bad):
            bad = f"{country}{(int(good[2:4]) + 1) % 97 or 3:02d}{good[4:]}"
        assert not v.iban_ok(bad)
        return self.decoy(self._fmt_iban(bad, grouped), "decoy:iban-bad-checksum", "iban")

    def routing(self) -> str:
        while True:
            r = self.pick(["0", "1", "2", "3"]) + self.digits(8)
            if 1 <= int(r[:2]) <= 12 or 21 <= int(r[:2]) <= 32:
                if v.aba_ok(r):
                    return self.mark("bank_account", r, "bank_account:us", "aba")

    def account_no(self, n: int = 10) -> str:
        return self.mark("bank_account", self.digits(n, True), "bank_account:us")

    def sort_code(self) -> str:
        s = f"{self.rint(10, 99)}-{self.digits(2)}-{self.digits(2)}"
        return self.mark("bank_account", s, "bank_account:uk")

    def uk_account(self) -> str:
        return self.mark("bank_account", self.digits(8, True), "bank_account:uk")

    def bic(self) -> str:
        bank = self.pick(["COBA", "DEUT", "BNPA", "CAIX", "BSCH", "NWBK", "SOGE", "INGD"])
        cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}[self.lang]
        return f"{bank}{cc}{self.pick(['FF', 'MM', 'PP', '2L'])}{self.pick(['', 'XXX'])}"

    # ------------------------------------------------------------------ national ids
    def ssn(self, dashed: bool = True) -> str:
        while True:
            area = self.rint(1, 899)
            if area == 666:
                continue
            s = f"{area:03d}{self.rint(1, 99):02d}{self.rint(1, 9999):04d}"
            if v.ssn_ok(s):
                break
        out = f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s
        return self.mark("national_id", out, "national_id:ssn", "ssn")

    def ssn_bad(self) -> str:
        area = self.pick(["000", "666", "987", "900", "999"])
        s = f"{area}-{self.rint(1, 99):02d}-{self.rint(1, 9999):04d}"
        return self.decoy(s, "decoy:ssn-invalid", "ssn")

    def nino(self, spaced: bool | None = None) -> str:
        while True:
            pre = self.pick("ABCEGHJKLMNPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
            if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        body = self.digits(6)
        suf = self.pick("ABCD")
        if spaced is None:
            spaced = self.chance(0.5)
        out = f"{pre} {body[:2]} {body[2:4]} {body[4:]} {suf}" if spaced else f"{pre}{body}{suf}"
        assert v.nino_ok(out)
        return self.mark("national_id", out, "national_id:nino", "nino")

    def nino_bad(self) -> str:
        pre = self.pick(["QQ", "DA", "FZ", "BG", "GB", "TN"])
        out = f"{pre} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.pick('ABCD')}"
        assert not v.nino_ok(out)
        return self.decoy(out, "decoy:nino-invalid", "nino")

    def _steuer_body(self) -> str:
        while True:
            ds = self.sample("0123456789", 9)
            dup = self.pick(ds)
            ds.insert(self.rint(0, 9), dup)
            body = "".join(ds)
            if body[0] != "0":
                return body

    def steuerid(self, spaced: bool | None = None) -> str:
        body = self._steuer_body()
        s = body + str(v.steuerid_check_digit(body))
        assert v.steuerid_ok(s)
        if spaced is None:
            spaced = self.chance(0.5)
        out = f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s
        return self.mark("national_id", out, "national_id:steuer-id", "steuerid")

    def steuerid_bad(self) -> str:
        body = self._steuer_body()
        s = body + str((v.steuerid_check_digit(body) + self.rint(1, 9)) % 10)
        assert not v.steuerid_ok(s)
        return self.decoy(s, "decoy:steuer-id-bad-check", "steuerid")

    def _nir_body(self, g: str = "") -> str:
        sex = "2" if g == "f" else "1" if g == "m" else self.pick("12")
        dept = f"{self.rint(1, 95):02d}"
        born = f"{self.rint(60, 99):02d}{self.rint(1, 12):02d}"
        return f"{sex}{born}{dept}{self.digits(3)}{self.digits(3)}"

    def nir(self, g: str = "", spaced: bool | None = None) -> str:
        body = self._nir_body(g)
        s = f"{body}{v.nir_key(body):02d}"
        assert v.nir_ok(s)
        if spaced is None:
            spaced = self.chance(0.5)
        out = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}" if spaced else s
        return self.mark("national_id", out, "national_id:nir", "nir")

    def nir_bad(self) -> str:
        body = self._nir_body()
        key = (v.nir_key(body) + self.rint(1, 50)) % 97
        s = f"{body}{key:02d}"
        if v.nir_ok(s):
            s = f"{body}{(key + 1) % 97:02d}"
        assert not v.nir_ok(s)
        return self.decoy(
            f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}",
            "decoy:nir-bad-key",
            "nir",
        )

    def dni(self, nie: bool | None = None) -> str:
        if nie is None:
            nie = self.chance(0.3)
        if nie:
            pre = self.pick("XYZ")
            num = self.digits(7)
            letter = v.DNI_LETTERS[int(str("XYZ".index(pre)) + num) % 23]
            out = f"{pre}{num}{letter}" if self.chance(0.6) else f"{pre}-{num}-{letter}"
        else:
            num = self.digits(8, True)
            out = num + v.DNI_LETTERS[int(num) % 23]
            if self.chance(0.3):
                out = f"{num}-{out[-1]}"
        assert v.dni_ok(out)
        return self.mark("national_id", out, "national_id:dni", "dni")

    def dni_bad(self) -> str:
        num = self.digits(8, True)
        good = v.DNI_LETTERS[int(num) % 23]
        bad = self.pick([ch for ch in v.DNI_LETTERS if ch != good])
        return self.decoy(num + bad, "decoy:dni-bad-letter", "dni")

    def national_id(self, lang: str = "", g: str = "") -> str:
        lang = lang or self.lang
        if lang == "de":
            return self.steuerid()
        if lang == "fr":
            return self.nir(g)
        if lang == "es":
            return self.dni()
        return self.ssn() if self.chance(0.6) else self.nino()

    def vat_id(self) -> str:
        cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}[self.lang]
        if cc == "ES":
            return f"ESB{self.digits(8)}"[:11]
        if cc == "FR":
            return f"FR{self.digits(2)} {self.digits(3)} {self.digits(3)} {self.digits(3)}"
        if cc == "GB":
            return f"GB {self.digits(3)} {self.digits(4)} {self.digits(2)}"
        return f"DE {self.digits(3)} {self.digits(3)} {self.digits(3)}"

    def vat(self) -> str:
        s = self.vat_id()
        return self.decoy(s, "decoy:vat-id")

    # ------------------------------------------------------------------ passports
    def passport(self, country: str = "") -> str:
        country = (
            country
            or {"en": self.pick(["US", "GB"]), "de": "DE", "fr": "FR", "es": "ES"}[self.lang]
        )
        if country in ("US", "GB"):
            num = self.digits(9, True) if self.chance(0.6) else "C" + self.digits(8)
        elif country == "DE":
            num = self.chars("CFGHJKLMNPRTVWXYZ", 1) + self.chars("CFGHJKLMNPRTVWXYZ0123456789", 8)
        elif country == "FR":
            num = self.digits(2) + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.digits(5)
        elif country == "ES":
            num = self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + self.digits(6)
        else:
            num = self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.digits(7)
        return self.mark("passport", num, "passport")

    # ------------------------------------------------------------------ credentials
    def secret(self, kind: str = "") -> str:
        kind = kind or self.pick(
            ["aws", "github", "slack", "stripe", "sendgrid", "google", "gitlab", "npm", "jwt"]
        )
        if kind == "aws":
            s = "AKIA" + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        elif kind == "aws_secret":
            s = self.chars(_B64, 40)
        elif kind == "github":
            s = "ghp_" + self.alnum(36)
        elif kind == "github_pat":
            s = "github_pat_11" + self.alnum(20, upper=True) + "_" + self.alnum(59)
        elif kind == "slack":
            s = f"xoxb-{self.digits(12, True)}-{self.digits(13, True)}-{self.alnum(24)}"
        elif kind == "stripe":
            s = self.pick(["sk_live_", "rk_live_"]) + "51" + self.alnum(40)
        elif kind == "sendgrid":
            s = "SG." + self.chars(_ALNUM + "-_", 22) + "." + self.chars(_ALNUM + "-_", 43)
        elif kind == "google":
            s = "AIza" + self.chars(_ALNUM + "-_", 35)
        elif kind == "gitlab":
            s = "glpat-" + self.chars(_ALNUM + "-_", 20)
        elif kind == "npm":
            s = "npm_" + self.alnum(36)
        elif kind == "jwt":
            s = self.jwt_raw()
        elif kind == "whsec":
            s = "whsec_" + self.alnum(32)
        elif kind == "hex32":
            s = self.hexs(32)
        elif kind == "zendesk":
            s = self.alnum(40)
        else:
            raise ValueError(kind)
        return self.mark("credential", s, f"credential:{kind}")

    def jwt_raw(self) -> str:
        header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        payload_json = (
            '{"sub":"'
            + self.uuid()
            + '","iat":'
            + str(int(self.now.timestamp()))
            + ',"scope":"'
            + self.pick(["tickets:write", "hris.read", "payroll:read", "chat:write"])
            + '"}'
        )
        payload = base64.urlsafe_b64encode(payload_json.encode()).decode().rstrip("=")
        return f"{header}.{payload}.{self.chars(_ALNUM + '-_', 43)}"

    def bearer(self) -> str:
        tok = self.jwt_raw() if self.chance(0.6) else self.alnum(48)
        return "Bearer " + self.mark("credential", tok, "credential:bearer")

    def basic_auth(self, user: str) -> str:
        raw = base64.b64encode(f"{user}:{self._pw()}".encode()).decode()
        return "Basic " + self.mark("credential", raw, "credential:basic-auth")

    def password(self) -> str:
        return self.mark("credential", self._pw(), "credential:password")

    def _pw(self) -> str:
        word = self.pick(
            [
                "Sommer",
                "Winter",
                "Bluebird",
                "Tulpe",
                "Soleil",
                "Verano",
                "Dragon",
                "Kaffee",
                "Marseille",
                "Galaxy",
                "Pimienta",
                "Hamster",
            ]
        )
        return f"{word}{self.rint(10, 99)}{self.pick(['!', '#', '$', '?', '*', ''])}{self.alnum(2)}"

    def conn_string(self) -> str:
        user = self.pick(["svc_hr", "payroll_ro", "zd_sync", "ats_app", "crm_etl"])
        host = self.pick(["db-hr-01.internal", "pg.payroll.svc", "mysql-crm.prod.local"])
        pw = self.alnum(16)
        scheme = self.pick(["postgresql", "mysql", "mongodb"])
        port = {"postgresql": 5432, "mysql": 3306, "mongodb": 27017}[scheme]
        s = f"{scheme}://{user}:{pw}@{host}:{port}/{self.pick(['hr', 'payroll', 'crm'])}"
        return self.mark("credential", s, "credential:connection-string")

    def pem_private(self) -> str:
        body = "\n".join(self.b64(48) for _ in range(6))
        s = (
            f"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA{body}\n-----END "
            "RSA PRIVATE KEY-----"
        )
        return self.mark("credential", s, "credential:pem-private-key")

    def masked_secret(self) -> str:
        s = self.pick(
            [
                "sk_live_" + "*" * 24,
                "********",
                "[REDACTED]",
                "xoxb-****",
                "whsec_" + "*" * 12 + self.alnum(4),
                "AKIA************" + self.alnum(4, upper=True),
                "ghp_****" + self.alnum(4),
            ]
        )
        return self.decoy(s, "decoy:masked-secret")

    def bcrypt(self) -> str:
        s = "$2b$12$" + self.chars(string.ascii_letters + string.digits + "./", 53)
        return self.decoy(s, "decoy:password-hash")

    def ssh_public(self) -> str:
        s = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.chars(_B64, 43)
        return self.decoy(s, "decoy:public-key")

    def pem_public(self) -> str:
        body = "\n".join(self.b64(48) for _ in range(5))
        s = (
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
            f"{body}\n-----END PUBLIC KEY-----"
        )
        return self.decoy(s, "decoy:public-key")

    def sha(self, n: int = 40) -> str:
        return self.hexs(n)

    # ------------------------------------------------------------------ locations
    def coords(self, lang: str = "", decimals: int = 0) -> tuple[float, float]:
        lang = lang or self.lang
        base = {
            "en": [
                (51.5072, -0.1276),
                (53.8008, -1.5491),
                (45.5152, -122.6784),
                (30.2672, -97.7431),
                (41.8781, -87.6298),
            ],
            "de": [(52.52, 13.405), (48.1351, 11.582), (50.9375, 6.9603), (53.5511, 9.9937)],
            "fr": [(48.8566, 2.3522), (45.764, 4.8357), (43.6047, 1.4442), (47.2184, -1.5536)],
            "es": [(40.4168, -3.7038), (41.3874, 2.1686), (39.4699, -0.3763), (37.3891, -5.9845)],
        }[lang]
        lat0, lon0 = self.pick(base)
        dec = decimals or self.pick([4, 5, 5, 6, 6])
        while True:
            lat = round(lat0 + self.rng.uniform(-0.08, 0.08), dec)
            lon = round(lon0 + self.rng.uniform(-0.08, 0.08), dec)
            if len(repr(lat).split(".")[1]) >= 4 and len(repr(lon).split(".")[1]) >= 4:
                return lat, lon

    def geo(self, lang: str = "", decimals: int = 0) -> tuple[float, float]:
        lat, lon = self.coords(lang, decimals)
        self.mark("precise_location", repr(lat), "precise_location")
        self.mark("precise_location", repr(lon), "precise_location")
        return lat, lon

    def geo_str(self, lang: str = "", sep: str = ",") -> str:
        lat, lon = self.coords(lang)
        return self.mark("precise_location", f"{lat!r}{sep}{lon!r}", "precise_location")

    def geo_coarse(self, lang: str = "") -> tuple[float, float]:
        lat, lon = self.coords(lang, 6)
        dec = self.pick([1, 2, 2, 3])
        la, lo = round(lat, dec), round(lon, dec)
        self.decoy(repr(la), "decoy:coarse-coordinates")
        return la, lo

    # ------------------------------------------------------------------ biometric templates
    def fp_template(self) -> str:
        raw = self.b64(self.rint(180, 320))
        s = "Rk1SACAyMAAA" + raw
        return self.mark("biometric", s, "biometric:fingerprint-template")

    def face_embedding(self, n: int = 128) -> list[float]:
        vec = [round(self.rng.uniform(-0.25, 0.25), 4) for _ in range(n)]
        self.mark("biometric", json.dumps(vec[:8])[1:-1], "biometric:face-embedding")
        return vec

    def blob_template(self, what: str) -> str:
        s = self.b64(self.rint(200, 400))
        return self.mark("biometric", s, f"biometric:{what}")

    def text_embedding(self, n: int = 24) -> list[float]:
        self.tag("neg:text-embedding")
        return [round(self.rng.uniform(-0.3, 0.3), 4) for _ in range(n)]


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def text_date(d: dt.date, lang: str) -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "fr":
        return f"{d.day} {m} {d.year}"
    return f"{d.day} de {m} de {d.year}"
