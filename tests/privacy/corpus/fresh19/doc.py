"""One document under construction: value makers that record the kind they insert.

Every maker returns the literal it inserts and records it as a `Mark`. When the document is
finished, a mark counts only if its literal is still present in the serialized document, so
values that a family overwrote or dropped cannot leave a label behind. Families that remove
a value on purpose declare it with `scrub()`; any other missing mark is a bug and fails the
build.
"""

import base64
import hashlib
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote_plus

from . import locales as L
from .kinds import KIND_SET, TEXT_SPECIAL
from .text import TEMPLATES, TextBank
from .validators import (
    DNI_LETTERS,
    NINO_BAD_FIRST,
    NINO_BAD_PREFIX,
    NINO_BAD_SECOND,
    iban_check_digits,
    iban_ok,
    luhn_complete,
    luhn_ok,
    steuer_id_check_digit,
)

Json = Any

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
LONG_DIGITS = re.compile(r"\d{7}")
START = datetime(2024, 1, 8, tzinfo=UTC)


def dumps(value: Json) -> str:
    return json.dumps(value, ensure_ascii=False)


def present(literal: str, serialized: str) -> bool:
    """The literal occurs as JSON structure or inside a JSON string."""
    return literal in serialized or dumps(literal)[1:-1] in serialized


def fold(text: str) -> str:
    """ASCII-fold a name for an e-mail local part."""
    text = text.replace("\u0131", "i").replace("ß", "ss")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in ".-")).lower()


@dataclass(frozen=True)
class Mark:
    kind: str  # a label kind, or decoy:*, hardneg, neutral, filler
    literal: str
    tag: str
    sid: str = ""


@dataclass(frozen=True)
class Address:
    line1: str
    postcode: str
    city: str
    country: str
    full: str


@dataclass
class Doc:
    rng: random.Random
    lang: str
    family: str
    bank: TextBank
    marks: list[Mark] = field(default_factory=list)
    scrubbed: set[str] = field(default_factory=set)
    sids: set[str] = field(default_factory=set)

    # ---- recording -------------------------------------------------------------------
    def mark(self, kind: str, literal: str, tag: str = "", sid: str = "") -> str:
        self.marks.append(Mark(kind, literal, tag or kind, sid))
        return literal

    def mark_obj(self, kind: str, obj: Json, tag: str = "") -> Json:
        """Record a JSON value (placed as is) by its serialization."""
        self.mark(kind, dumps(obj), tag)
        return obj

    def kv(self, kind: str, key: str, value: Json, tag: str = "") -> Json:
        """Record a short value by its key, so the witness cannot match elsewhere."""
        self.mark(kind, dumps({key: value})[1:-1], tag or f"{kind}:{key}")
        return value

    def enc(self, value: str) -> str:
        """Form-encode a value for a query string; its mark follows the encoded form."""
        out = quote_plus(value, safe="@:,")
        if out != value:
            for i in range(len(self.marks) - 1, -1, -1):
                m = self.marks[i]
                if m.literal == value:
                    self.marks[i] = Mark(m.kind, out, m.tag, m.sid)
                    break
        return out

    def scrub(self, literal: str) -> None:
        """Declare that a marked value is removed on purpose before the document is done."""
        self.scrubbed.add(literal)

    def filler(self, literal: str) -> str:
        """A digit run that is deliberately no kind (timestamps, build numbers)."""
        self.mark("filler", literal)
        return literal

    # ---- basic randomness -------------------------------------------------------------
    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def _chars(self, alphabet: str, n: int) -> str:
        while True:
            s = "".join(self.rng.choice(alphabet) for _ in range(n))
            if not LONG_DIGITS.search(s):
                return s

    def hex(self, n: int) -> str:
        return self._chars(HEX, n)

    def alnum(self, n: int) -> str:
        return self._chars(ALNUM, n)

    def b64(self, nbytes: int) -> str:
        while True:
            s = base64.b64encode(self.rng.randbytes(nbytes)).decode()
            if not LONG_DIGITS.search(s):
                return s

    def b64url(self, n: int) -> str:
        return self._chars(B64URL, n)

    def bcrypt_body(self) -> str:
        return self._chars("./" + string.ascii_letters + string.digits, 53)

    def uuid(self) -> str:
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.pick(["8", "9", "a", "b"])
        s = "".join(h)
        return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"

    def idfa(self) -> str:
        return self.uuid().upper()

    def sha256(self) -> str:
        while True:
            h = hashlib.sha256(self.rng.randbytes(16)).hexdigest()
            if not LONG_DIGITS.search(h):
                return h

    def hashed_identifier(self, normalized: str) -> str:
        """SHA-256 of a normalized identifier; the identifier itself is not inserted."""
        return hashlib.sha256(normalized.encode()).hexdigest()

    def hashed_phone(self) -> str:
        """SHA-256 of a normalized phone number that is never inserted itself."""
        while True:
            h = self.hashed_identifier("+49" + self._digits(11))
            if not LONG_DIGITS.search(h):
                return h

    def unused_email(self) -> str:
        """An e-mail that is only hashed, never inserted (so it is not marked)."""
        while True:
            local = f"{self.pick(L.HANDLE_WORDS)}{self.rng.randint(1, 99)}"
            e = f"{local}@{self.pick(L.MAIL_DOMAINS[self.lang])}"
            if not LONG_DIGITS.search(self.hashed_identifier(e)):
                return e

    def dt(self) -> datetime:
        return START + timedelta(seconds=self.rng.randint(0, 480 * 86400))

    def ts(self) -> str:
        t = self.dt()
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.rng.randint(0, 999):03d}Z"

    def ts_plain(self) -> str:
        return self.dt().strftime("%Y-%m-%d %H:%M:%S")

    def epoch_ms(self) -> int:
        v = int(self.dt().timestamp() * 1000) + self.rng.randint(0, 999)
        self.filler(str(v))
        return v

    def epoch_ns(self) -> str:
        v = str(int(self.dt().timestamp()) * 1_000_000_000 + self.rng.randint(0, 999_999_999))
        return self.filler(v)

    def epoch_s(self) -> int:
        v = int(self.dt().timestamp())
        self.filler(str(v))
        return v

    def version(self) -> str:
        return f"{self.rng.randint(1, 9)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 12)}"

    def build_no(self) -> int:
        return self.rng.randint(100, 99999)

    def locale(self) -> str:
        return str(self.pick(L.LOCALE[self.lang]))

    def tz(self) -> str:
        return str(self.pick(L.TIMEZONE[self.lang]))

    def city(self) -> str:
        return str(self.pick(L.CITIES[self.lang])[1])

    def country(self) -> str:
        return L.COUNTRY[self.lang]

    def ua(self) -> str:
        return str(
            self.pick(
                [
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Mobile/15E148",
                    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                    "(KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                    "(KHTML, like Gecko) Chrome/125.0 Safari/537.36",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Version/17.4 Safari/605.1.15",
                    "okhttp/4.12.0",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A)",
                ]
            )
        )

    def coarse(self) -> tuple[float, float]:
        """City-level coordinates with 2 decimals: not precise_location."""
        lat, lon = self.pick(L.CENTRES[self.lang])
        return round(lat + self.rng.uniform(-0.03, 0.03), 2), round(
            lon + self.rng.uniform(-0.03, 0.03), 2
        )

    # ---- ordinary personal data -------------------------------------------------------
    def first_last(self) -> tuple[str, str]:
        first = str(self.pick(L.FIRST[self.lang]))
        last = str(self.pick(L.LAST[self.lang]))
        if self.lang == "es" and self.chance(0.4):
            second = str(self.pick(L.LAST["es"]))
            if second != last:
                last = f"{last} {second}"
        return first, last

    def name(self) -> str:
        first, last = self.first_last()
        return self.mark("person_name", f"{first} {last}")

    def name_parts(self) -> tuple[str, str]:
        first, last = self.first_last()
        self.mark("person_name", first)
        self.mark("person_name", last)
        return first, last

    def email(self, parts: tuple[str, str] | None = None, domain: str = "") -> str:
        if parts is not None and self.chance(0.7):
            sep = self.pick([".", "", "_"])
            local = fold(parts[0]) + sep + fold(parts[1].split(" ")[0])
            if self.chance(0.3):
                local += str(self.rng.randint(1, 99))
        else:
            local = str(self.pick(L.HANDLE_WORDS))
            if self.chance(0.5):
                local += self.pick([".", "_", ""]) + str(self.pick(L.HANDLE_WORDS))
            if self.chance(0.6):
                local += str(self.rng.randint(1, 1999))
        dom = domain or str(self.pick(L.MAIL_DOMAINS[self.lang]))
        return self.mark("email", f"{local}@{dom}")

    def role_email(self, domain: str) -> str:
        local = self.pick(["support", "privacy", "hello", "billing", "noreply", "dpo", "help"])
        return self.mark("email", f"{local}@{domain}", "email/role")

    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def phone(self, compact: bool = False) -> str:
        r = self.rng
        d = self._digits
        if self.lang == "de":
            if compact:
                p = f"+49{self.pick(['151', '160', '170', '176', '1520'])}{d(8)}"
            else:
                p = self.pick(
                    [
                        f"+49 {self.pick(['151', '160', '170', '176'])} {d(8)}",
                        f"0{self.pick(['151', '171', '176'])} {d(8)}",
                        f"+49 {self.pick(['30', '40', '89', '221'])} {d(7)}",
                        f"0{self.pick(['30', '69', '711'])} {d(3)} {d(4)}",
                    ]
                )
        elif self.lang == "fr":
            pairs = " ".join(d(2) for _ in range(4))
            lead = self.pick(["6", "7", "1", "4"])
            p = (
                f"+33{lead}{pairs.replace(' ', '')}"
                if compact
                else self.pick(
                    [
                        f"+33 {lead} {pairs}",
                        f"0{lead} {pairs}",
                        f"0{lead}.{pairs.replace(' ', '.')}",
                    ]
                )
            )
        elif self.lang == "es":
            lead = self.pick(["6", "7", "9"])
            p = (
                f"+34{lead}{d(8)}"
                if compact
                else self.pick(
                    [
                        f"+34 {lead}{d(2)} {d(3)} {d(3)}",
                        f"{lead}{d(2)} {d(2)} {d(2)} {d(2)}",
                        f"+34 {lead}{d(2)} {d(2)} {d(2)} {d(2)}",
                    ]
                )
            )
        else:
            area = self.pick(["212", "312", "415", "503", "512", "617", "646", "718", "917"])
            ex = str(r.randint(201, 989))
            if compact:
                p = self.pick([f"+1{area}{ex}{d(4)}", f"+447{d(3)}{d(6)}"])
            else:
                p = self.pick(
                    [
                        f"+1 ({area}) {ex}-{d(4)}",
                        f"({area}) {ex}-{d(4)}",
                        f"+1 {area}-{ex}-{d(4)}",
                        f"+44 7{d(3)} {d(6)}",
                        f"07{d(3)} {d(6)}",
                        f"+44 20 7{d(3)} {d(4)}",
                    ]
                )
        return self.mark("phone", p)

    def address(self) -> Address:
        street = str(self.pick(L.STREETS[self.lang]))
        postcode, city = self.pick(L.CITIES[self.lang])
        num = self.rng.randint(1, 240)
        if self.lang == "de":
            line1 = f"{street} {num}{self.pick(['', '', 'a', 'b'])}"
            full = f"{line1}, {postcode} {city}"
        elif self.lang == "fr":
            line1 = f"{num}{self.pick(['', '', ' bis'])} {street}"
            full = f"{line1}, {postcode} {city}"
        elif self.lang == "es":
            line1 = f"{street} {num}"
            extra = self.pick(
                ["", f", {self.rng.randint(1, 9)}º {self.pick(['A', 'B', 'C', 'D'])}"]
            )
            full = f"{line1}{extra}, {postcode} {city}"
        else:
            line1 = f"{self.rng.randint(1, 4999) if postcode[3:].isdigit() else num} {street}"
            if postcode[3:].isdigit():
                full = f"{line1}, {city}, {postcode}"
            else:
                full = f"{line1}, {city} {postcode}"
        self.mark("postal_address", line1)
        return Address(line1, postcode, city, L.COUNTRY[self.lang], full)

    def birth_parts(self) -> tuple[int, int, int]:
        return self.rng.randint(1948, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(self, style: str = "iso") -> str:
        y, m, d = self.birth_parts()
        month = L.MONTHS[self.lang][m - 1]
        if style == "iso":
            s = f"{y:04d}-{m:02d}-{d:02d}"
        elif style == "local":
            s = {
                "en": f"{m:02d}/{d:02d}/{y}",
                "de": f"{d:02d}.{m:02d}.{y}",
                "fr": f"{d:02d}/{m:02d}/{y}",
                "es": f"{d:02d}/{m:02d}/{y}",
            }[self.lang]
        else:
            s = {
                "en": self.pick([f"{d} {month} {y}", f"{month} {d}, {y}"]),
                "de": f"{d}. {month} {y}",
                "fr": f"{d} {month} {y}",
                "es": f"{d} de {month} de {y}",
            }[self.lang]
        return self.mark("date_of_birth", s)

    def ip4(self, private: bool = False) -> str:
        r = self.rng
        if private:
            ip = self.pick(
                [
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                    f"192.168.{r.randint(0, 30)}.{r.randint(2, 254)}",
                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                ]
            )
        else:
            first = self.pick(
                [
                    24,
                    31,
                    37,
                    46,
                    62,
                    77,
                    81,
                    85,
                    88,
                    90,
                    93,
                    95,
                    109,
                    151,
                    176,
                    178,
                    185,
                    188,
                    193,
                    212,
                    213,
                    217,
                ]
            )
            ip = f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return self.mark("ip_address", ip)

    def ip6(self) -> str:
        prefix = self.pick(
            ["2a02:810d", "2a01:cb00", "2003:e1", "2600:1700", "2a0c:5a80", "2800:bf0"]
        )
        rest = ":".join(self.hex(4).lstrip("0") or "0" for _ in range(6))
        return self.mark("ip_address", f"{prefix}:{rest}")

    def ip(self) -> str:
        return self.ip6() if self.chance(0.2) else self.ip4()

    def _coord(self, value: float, decimals: int) -> float:
        while True:
            s = f"{value:.{decimals}f}"
            if s[-1] != "0":
                return float(s)
            value += 10 ** (-decimals)

    def geo(self, decimals: int = 0) -> tuple[float, float]:
        """A precise coordinate pair (4 to 6 decimals)."""
        lat, lon = self.pick(L.CENTRES[self.lang])
        dec = decimals or self.pick([4, 5, 5, 6])
        la = self._coord(lat + self.rng.uniform(-0.04, 0.04), dec)
        lo = self._coord(lon + self.rng.uniform(-0.04, 0.04), dec)
        self.mark("precise_location", repr(la))
        return la, lo

    def geo_str(self) -> str:
        lat, lon = self.pick(L.CENTRES[self.lang])
        dec = self.pick([4, 5, 6])
        la = self._coord(lat + self.rng.uniform(-0.04, 0.04), dec)
        lo = self._coord(lon + self.rng.uniform(-0.04, 0.04), dec)
        return self.mark("precise_location", f"{la},{lo}")

    # ---- high-risk ----------------------------------------------------------------------
    def card(self, fmt: str = "") -> str:
        brand = self.pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
        prefix = {
            "visa": "4",
            "mastercard": str(self.rng.randint(51, 55)),
            "amex": self.pick(["34", "37"]),
            "discover": "6011",
        }[brand]
        length = 15 if brand == "amex" else 16
        digits = luhn_complete(prefix + self._digits(length - len(prefix) - 1))
        style = fmt or self.pick(["plain", "spaced", "dashed"])
        if style == "plain":
            out = digits
        else:
            sep = " " if style == "spaced" else "-"
            groups = (
                [digits[:4], digits[4:10], digits[10:]]
                if brand == "amex"
                else [digits[i : i + 4] for i in range(0, 16, 4)]
            )
            out = sep.join(groups)
        return self.mark("payment_card", out, f"card/{brand}")

    def card_decoy(self) -> str:
        style = self.pick(["last4", "token", "nonluhn", "giftcard"])
        if style == "last4":
            out = self.pick([f"**** **** **** {self._digits(4)}", f"•••• {self._digits(4)}"])
        elif style == "token":
            out = f"pm_{self.alnum(24)}"
        else:
            while True:
                base = (
                    "4" + self._digits(15)
                    if style == "nonluhn"
                    else "6" + self.pick(["0", "3", "9"]) + self._digits(14)
                )
                if not luhn_ok(base):
                    break
            out = base
        return self.mark("decoy:card", out, f"decoy:card/{style}")

    def _bban(self, country: str) -> str:
        d = self._digits
        if country == "DE":
            return f"{self.rng.randint(1, 8)}{d(7)}{d(10)}"
        if country == "FR":
            bank, branch, acct = d(5), d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            return f"{bank}{branch}{acct}{key:02d}"
        if country == "ES":
            bank, branch, acct = d(4), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(digits: str) -> int:
                v = 11 - sum(int(c) * w[i] for i, c in enumerate(digits)) % 11
                return 0 if v == 11 else 1 if v == 10 else v

            return f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
        if country == "NL":
            return f"{self.pick(['ABNA', 'INGB', 'RABO', 'TRIO'])}{d(10)}"
        return f"{self.pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK'])}{d(6)}{d(8)}"

    def _iban_country(self) -> str:
        return {"de": "DE", "fr": "FR", "es": "ES"}.get(self.lang) or str(
            self.pick(["GB", "GB", "NL"])
        )

    @staticmethod
    def _group(iban: str) -> str:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))

    def iban(self, spaced: bool | None = None, country: str = "") -> str:
        cc = country or self._iban_country()
        bban = self._bban(cc)
        value = f"{cc}{iban_check_digits(cc, bban)}{bban}"
        assert iban_ok(value)
        if spaced if spaced is not None else self.chance(0.4):
            value = self._group(value)
        return self.mark("bank_account", value, f"iban/{cc.lower()}")

    def iban_decoy(self) -> str:
        cc = self._iban_country()
        bban = self._bban(cc)
        good = iban_check_digits(cc, bban)
        bad = f"{(int(good) + self.rng.randint(1, 90)) % 97 + 2:02d}"
        value = f"{cc}{bad}{bban}"
        if iban_ok(value):
            value = f"{cc}{'01' if good != '01' else '03'}{bban}"
        assert not iban_ok(value)
        if self.chance(0.4):
            value = self._group(value)
        return self.mark("decoy:iban", value, "decoy:iban")

    def routing_number(self) -> str:
        head = f"{self.pick(['0', '1', '2', '3'])}{self.rng.randint(1, 9)}{self._digits(6)}"
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        check = (10 - sum(int(c) * w[i] for i, c in enumerate(head)) % 10) % 10
        return f"{head}{check}"

    def us_bank(self) -> tuple[str, str]:
        routing = self.mark("bank_account", self.routing_number(), "bank/us_routing")
        account = self._digits(self.rng.randint(9, 12))
        self.mark("bank_account", account, "bank/us")
        return routing, account

    def uk_bank(self) -> tuple[str, str]:
        sort = f"{self._digits(2)}-{self._digits(2)}-{self._digits(2)}"
        account = self._digits(8)
        self.mark("bank_account", account, "bank/uk")
        return sort, account

    def ssn(self) -> str:
        while True:
            area = self.rng.randint(1, 899)
            if area != 666:
                break
        s = f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"
        return s if self.chance(0.75) else s.replace("-", "")

    def nino(self) -> str:
        letters = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            a, b = self.pick(list(letters)), self.pick(list(letters))
            pre = a + b
            if a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and pre not in NINO_BAD_PREFIX:
                break
        digits = self._digits(6)
        suf = self.pick(["A", "B", "C", "D"])
        if self.chance(0.5):
            return f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suf}"
        return f"{pre}{digits}{suf}"

    def steuer_id(self) -> str:
        while True:
            pool = self.rng.sample(range(10), 9)
            doubled = pool[0]
            digits = [*pool[:9], doubled]
            self.rng.shuffle(digits)
            if digits[0] != 0:
                break
        head = "".join(str(x) for x in digits)
        value = head + str(steuer_id_check_digit(head))
        if self.chance(0.4):
            return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
        return value

    def nir(self) -> str:
        y, m, _ = self.birth_parts()
        dept = self.pick(["75", "69", "13", "33", "59", "31", "44", "67", "92", "93"])
        head = (
            f"{self.pick(['1', '2'])}{y % 100:02d}{m:02d}{dept}"
            f"{self.rng.randint(1, 999):03d}{self.rng.randint(1, 999):03d}"
        )
        key = 97 - int(head) % 97
        value = f"{head}{key:02d}"
        if self.chance(0.4):
            v = value
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
        return value

    def dni_nie(self) -> str:
        if self.chance(0.7):
            num = self.rng.randint(10000000, 99999999)
            return f"{num}{DNI_LETTERS[num % 23]}"
        first = self.pick(["X", "Y", "Z"])
        rest = self.rng.randint(1000000, 9999999)
        num = int(f"{'XYZ'.index(first)}{rest}")
        return f"{first}{rest}{DNI_LETTERS[num % 23]}"

    def national_id(self) -> str:
        if self.lang == "de":
            value, scheme = self.steuer_id(), "steuer_id"
        elif self.lang == "fr":
            value, scheme = self.nir(), "nir"
        elif self.lang == "es":
            value, scheme = self.dni_nie(), "dni_nie"
        elif self.chance(0.6):
            value, scheme = self.ssn(), "ssn"
        else:
            value, scheme = self.nino(), "nino"
        return self.mark("national_id", value, f"national_id/{scheme}")

    def national_id_decoy(self) -> str:
        """A malformed or checksum-failing id: not national_id."""
        if self.lang == "de":
            good = self.steuer_id().replace(" ", "")
            value = good[:10] + str((int(good[10]) + 1 + self.rng.randint(0, 7)) % 10)
        elif self.lang == "fr":
            good = self.nir().replace(" ", "")
            value = good[:13] + f"{(int(good[13:]) + self.rng.randint(1, 50)) % 97 + 1:02d}"
            if value == good:
                value = good[:13] + ("01" if good[13:] != "01" else "02")
        elif self.lang == "es":
            num = self.rng.randint(10000000, 99999999)
            good = DNI_LETTERS[num % 23]
            value = f"{num}{self.pick([c for c in DNI_LETTERS if c != good])}"
        else:
            value = self.pick(
                [
                    f"000-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}",
                    f"666-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}",
                    f"9{self.rng.randint(10, 99)}-{self.rng.randint(10, 99)}-"
                    f"{self.rng.randint(1000, 9999)}",
                    f"***-**-{self.rng.randint(1000, 9999)}",
                ]
            )
        return self.mark("decoy:national_id", value, "decoy:national_id")

    def passport(self) -> str:
        if self.lang == "de":
            value = "C" + "".join(self.pick(list("CFGHJKLMNPRTVWXYZ0123456789")) for _ in range(8))
        elif self.lang == "fr":
            value = f"{self._digits(2)}{self.pick(list('ABCDEFGHJKLMNPRSTUVWXYZ'))}" + (
                f"{self.pick(list('ABCDEFGHJKLMNPRSTUVWXYZ'))}{self._digits(5)}"
            )
        elif self.lang == "es":
            value = "".join(self.pick(list("ABCDEFGHJKLMNPRSTUVWXYZ")) for _ in range(3)) + (
                self._digits(6)
            )
        else:
            value = self.pick([f"{self.pick(['A', 'C', 'E'])}{self._digits(8)}", self._digits(9)])
        return self.mark("passport", value)

    # ---- credentials ---------------------------------------------------------------------
    def _cred(self, value: str, what: str) -> str:
        return self.mark("credential", value, f"credential/{what}")

    def aws_key_id(self) -> str:
        return self._cred("AKIA" + self._chars(string.ascii_uppercase + "234567", 16), "aws_key_id")

    def aws_secret(self) -> str:
        return self._cred(self._chars(ALNUM + "/+", 40), "aws_secret")

    def github_token(self) -> str:
        if self.chance(0.3):
            return self._cred(f"github_pat_{self.alnum(22)}_{self.alnum(59)}", "github_pat")
        return self._cred(f"ghp_{self.alnum(36)}", "github")

    def slack_token(self) -> str:
        kind = self.pick(["xoxb", "xoxp"])
        v = f"{kind}-1{self._digits(10)}-1{self._digits(12)}-{self.alnum(24)}"
        return self._cred(v, "slack")

    def stripe_key(self) -> str:
        return self._cred(f"{self.pick(['sk_live_', 'rk_live_'])}{self.alnum(24)}", "stripe")

    def google_key(self) -> str:
        return self._cred("AIza" + self._chars(B64URL, 35), "google")

    def sendgrid_key(self) -> str:
        return self._cred(f"SG.{self.b64url(22)}.{self.b64url(43)}", "sendgrid")

    def npm_token(self) -> str:
        return self._cred(f"npm_{self.alnum(36)}", "npm")

    def gitlab_token(self) -> str:
        return self._cred(f"glpat-{self.b64url(20)}", "gitlab")

    def api_key_hex(self) -> str:
        return self._cred(self.hex(32), "api_key")

    def _b64url_json(self, obj: Json) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def jwt(self) -> str:
        header = self._b64url_json({"alg": self.pick(["HS256", "RS256"]), "typ": "JWT"})
        iat = int(self.dt().timestamp())
        payload = self._b64url_json(
            {"sub": self.uuid(), "iat": iat, "exp": iat + 3600, "scope": "app:user"}
        )
        return self._cred(f"{header}.{payload}.{self.b64url(43)}", "jwt")

    def opaque_token(self) -> str:
        return self._cred(self.b64url(self.pick([32, 40, 43])), "token")

    def password(self) -> str:
        words = [
            "Sunflower",
            "Hunter",
            "Blue",
            "Mango",
            "Dragon",
            "Winter",
            "Coffee",
            "Tiger",
            "Orbit",
            "Maple",
            "Falcon",
            "Velvet",
            "Sommer",
            "Soleil",
            "Verano",
            "Luna",
        ]
        a, b = self.pick(words), self.pick(words)
        v = f"{a}{self.pick(['', '.', '_', '-'])}{b.lower()}{self.rng.randint(1, 99)}"
        v += self.pick(["!", "#", "?", "$", "%", ""])
        return self._cred(v, "password")

    def webhook_secret(self) -> str:
        return self._cred(f"whsec_{self.b64url(32)}", "webhook_secret")

    def oauth_secret(self) -> str:
        return self._cred(f"GOCSPX-{self.b64url(28)}", "oauth_client_secret")

    def pem_private_key(self) -> str:
        body = self.b64(self.pick([120, 160]))
        lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
        return self._cred(
            f"-----BEGIN PRIVATE KEY-----\n{lines}\n-----END PRIVATE KEY-----", "pem_private_key"
        )

    def basic_auth(self) -> str:
        user = self.pick(["svc-ingest", "etl", "admin", "collector", "grafana"])
        pw = self.password()
        self.marks.pop()  # only the encoded header is inserted
        raw = base64.b64encode(f"{user}:{pw}".encode()).decode()
        return self._cred(f"Basic {raw}", "basic_auth")

    def conn_string(self) -> str:
        pw = self._chars(ALNUM, 18)
        scheme = self.pick(["postgres", "mysql", "mongodb+srv", "redis"])
        host = self.pick(["db-primary.internal", "events-db.prod.svc", "cache.internal"])
        user = self.pick(["svc_events", "analytics", "app"])
        port = {"postgres": ":5432", "mysql": ":3306", "redis": ":6379"}.get(scheme, "")
        return self._cred(f"{scheme}://{user}:{pw}@{host}{port}/app", "connection_string")

    # ---- special categories: structured values ------------------------------------------
    def _special(self, kind: str, value: str, what: str) -> str:
        return self.mark(kind, value, f"{what}/{self.lang}")

    def condition(self) -> str:
        return self._special("health", str(self.pick(L.CONDITIONS[self.lang])), "health:condition")

    def medication(self) -> str:
        return self._special(
            "health", str(self.pick(L.MEDICATIONS[self.lang])), "health:medication"
        )

    def symptom(self) -> str:
        return self._special("health", str(self.pick(L.SYMPTOMS[self.lang])), "health:symptom")

    def allergy(self) -> str:
        return self._special("health", str(self.pick(L.ALLERGIES[self.lang])), "health:allergy")

    def icd10(self) -> tuple[str, str]:
        code, label = self.pick(L.ICD10)
        self.mark("health", code, "health:icd10")
        return str(code), str(label)

    def religion(self) -> str:
        return self._special("religious_belief", str(self.pick(L.RELIGIONS[self.lang])), "religion")

    def congregation(self) -> str:
        value = str(self.pick(L.CONGREGATIONS[self.lang]))
        return self._special("religious_belief", value, "congregation")

    def party(self) -> str:
        return self._special("political_opinion", str(self.pick(L.PARTIES[self.lang])), "party")

    def union(self) -> str:
        return self._special("trade_union", str(self.pick(L.UNIONS[self.lang])), "union")

    def union_role(self) -> str:
        return self._special("trade_union", str(self.pick(L.UNION_ROLES[self.lang])), "union_role")

    def orientation(self) -> str:
        value = str(self.pick(L.ORIENTATIONS[self.lang]))
        return self._special("sex_life_orientation", value, "orientation")

    def ethnicity(self) -> str:
        value = str(self.pick(L.ETHNICITIES[self.lang]))
        return self._special("racial_ethnic_origin", value, "ethnicity")

    def criminal_result(self) -> str:
        value = str(self.pick(L.CRIMINAL_RESULTS[self.lang]))
        return self._special("criminal_record", value, "criminal:check")

    def offence(self) -> str:
        return self._special("criminal_record", str(self.pick(L.OFFENCES[self.lang])), "criminal")

    def prefer_not(self) -> str:
        return L.PREFER_NOT[self.lang]

    def snp(self) -> dict[str, str]:
        call = {"rsid": str(self.pick(L.RSIDS)), "genotype": str(self.pick(L.GENOTYPES))}
        return dict(self.mark_obj("genetic", call, "genetic:snp"))

    def variant(self) -> dict[str, str]:
        gene, hgvs = self.pick(L.VARIANTS)
        v = {"gene": gene, "hgvs": hgvs, "zygosity": self.pick(["heterozygous", "homozygous"])}
        return dict(self.mark_obj("genetic", v, "genetic:variant"))

    def pgx(self) -> dict[str, str]:
        gene, diplotype, phenotype = self.pick(L.PGX)
        v = {"gene": gene, "diplotype": diplotype, "phenotype": phenotype}
        return dict(self.mark_obj("genetic", v, "genetic:pgx"))

    def str_profile(self) -> dict[str, str]:
        loci = sorted(self.rng.sample(L.STR_LOCI, self.rng.randint(8, 13)))
        prof: dict[str, str] = {}
        for locus in loci:
            a = self.rng.randint(6, 24)
            b = a + self.rng.randint(0, 5)
            prof[locus] = f"{a},{b}"
        return dict(self.mark_obj("genetic", prof, "genetic:str"))

    # ---- biometric ---------------------------------------------------------------------
    def _floats(self, n: int, scale: float = 0.25) -> list[float]:
        out = []
        for _ in range(n):
            v = round(self.rng.uniform(-scale, scale), 4)
            out.append(v if v != 0 else 0.0101)
        return out

    def face_embedding(self, n: int = 128) -> list[float]:
        vec = self._floats(n)
        self.mark("biometric", dumps(vec[:6])[1:-1], "biometric:face_embedding")
        return vec

    def voiceprint(self, n: int = 96) -> list[float]:
        vec = self._floats(n, 1.5)
        self.mark("biometric", dumps(vec[:6])[1:-1], "biometric:voiceprint")
        return vec

    def face_template(self) -> str:
        return self.mark("biometric", "RkFDADAxMDAA" + self.b64(300), "biometric:face_template")

    def minutiae_template(self) -> str:
        return self.mark("biometric", "Rk1SACAyMAAA" + self.b64(270), "biometric:fingerprint")

    def minutiae_points(self, n: int = 24) -> list[dict[str, Any]]:
        pts = [
            {
                "x": self.rng.randint(10, 490),
                "y": self.rng.randint(10, 590),
                "angle": self.rng.randint(0, 359),
                "type": self.pick(["ending", "bifurcation"]),
                "quality": self.rng.randint(40, 100),
            }
            for _ in range(n)
        ]
        self.mark("biometric", dumps(pts[0]), "biometric:minutiae")
        return pts

    def iris_code(self) -> str:
        return self.mark("biometric", self.hex(512), "biometric:iris")

    def palm_vein_template(self) -> str:
        return self.mark("biometric", "PVT1" + self.b64(240), "biometric:palm_vein")

    # ---- free text -----------------------------------------------------------------------
    def say(self, pool: str, lang: str = "") -> str:
        lang = lang or self.lang
        s = self.bank.pick(self.rng, lang, pool, self.sids)
        self.sids.add(s.sid)
        if pool in KIND_SET:
            return self.mark(pool, s.text, f"text:{pool}/{lang}", s.sid)
        tag = f"hardneg/{lang}" if pool == "hardneg" else "neutral"
        return self.mark(pool, s.text, tag, s.sid)

    def say_encoded(self, pool: str) -> str:
        """A sentence as it appears form-encoded in a query string."""
        s = self.bank.pick(self.rng, self.lang, pool, self.sids)
        self.sids.add(s.sid)
        enc = quote_plus(s.text, safe="")
        tag = f"text:{pool}/{self.lang}" if pool in KIND_SET else pool
        return self.mark(pool, enc, tag, s.sid)

    def special_kind(self, allowed: tuple[str, ...] = TEXT_SPECIAL) -> str:
        return self.bank.pick_kind(self.rng, self.lang, allowed, self.sids)

    def say_special(self, allowed: tuple[str, ...] = TEXT_SPECIAL) -> str:
        kind = self.bank.pick_kind(self.rng, self.lang, allowed, self.sids)
        return self.say(kind)

    def hardneg(self) -> str:
        return self.say("hardneg")

    def maybe_hardneg(self) -> str | None:
        """A hard-negative sentence while the language still has unused capacity."""
        if self.bank.capacity(self.lang, "hardneg", self.sids) == 0:
            return None
        return self.say("hardneg")

    def neutral(self) -> str:
        if self.bank.capacity(self.lang, "neutral", self.sids) == 0:
            return self.say_ordinary()
        return self.say("neutral")

    def text_any(self, p_special: float, allowed: tuple[str, ...] = TEXT_SPECIAL) -> str:
        """Free text: a special-category sentence with probability p_special, else other text."""
        if self.chance(p_special):
            return self.say_special(allowed)
        return self.neutral() if self.chance(0.6) else self.say_ordinary()

    def say_specials(self, n: int, allowed: tuple[str, ...] = TEXT_SPECIAL) -> list[str]:
        return [self.say_special(allowed) for _ in range(n)]

    def say_ordinary(self, kind: str = "") -> str:
        kind = kind or str(self.pick(sorted(TEMPLATES[self.lang])))
        template = str(self.pick(TEMPLATES[self.lang][kind]))
        if kind == "phone":
            return template.format(phone=self.phone())
        if kind == "email":
            return template.format(email=self.email())
        if kind == "postal_address":
            return template.format(address=self.address().full)
        if kind == "date_of_birth":
            return template.format(dob=self.dob("long"))
        if kind == "payment_card":
            return template.format(card=self.card())
        if kind == "bank_account":
            return template.format(iban=self.iban())
        if kind == "national_id":
            return template.format(nid=self.national_id())
        return template.format(name=self.name())

    # ---- finishing -----------------------------------------------------------------------
    def surviving(self, doc: Json) -> list[Mark]:
        s = dumps(doc)
        alive = [m for m in self.marks if present(m.literal, s)]
        for m in self.marks:
            if m not in alive and m.literal not in self.scrubbed:
                raise AssertionError(f"{self.family}: marked {m.kind} value vanished: {m.tag}")
        for lit in self.scrubbed:
            if present(lit, s):
                raise AssertionError(f"{self.family}: scrubbed value still present")
        return alive
