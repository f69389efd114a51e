"""Value generators for the fresh10 corpus.

A `Ctx` is created per document. Every generator that inserts personal or high-risk data
records a tag (`kind:detail`, or `text:kind/lang` for free text), so the document's labels are
known by construction. Filler generators (ids, hashes, versions, base64) record nothing and
never emit a run of seven or more digits, so they cannot form a card, phone or account number.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
from collections.abc import Sequence
from typing import TypeVar

from . import pools, sentences

T = TypeVar("T")

_DIGIT_RUN = re.compile(r"\d{7,}")
_CARDISH = re.compile(r"\d(?:[ -]?\d){12,18}")
_B32 = string.ascii_uppercase + "234567"
_ALNUM = string.ascii_letters + string.digits
_B64 = _ALNUM + "+/"
_URLSAFE = _ALNUM + "-_"


def luhn_check_digit(payload: str) -> str:
    """The digit that makes `payload + digit` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(digits: str) -> bool:
    return luhn_check_digit(digits[:-1]) == digits[-1]


def has_card_like_run(text: str) -> bool:
    """True when `text` holds a 13-19 digit run (spaces/dashes allowed) that passes Luhn."""
    for m in _CARDISH.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if _luhn_ok(digits):
            return True
    return False


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits for `country` + `bban`."""
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


class Ctx:
    """Per-document generator state: the seeded RNG and the tags recorded so far."""

    def __init__(self, rng: random.Random, lang: str = "en") -> None:
        self.rng = rng
        self.doc_lang = lang
        self.tags: set[str] = set()

    # ---- bookkeeping -------------------------------------------------------------------

    def sp(self, kind: str, detail: str, value: T) -> T:
        """Record a structured special-category (or other) value and return it unchanged."""
        self.tags.add(f"{kind}:{detail}")
        return value

    def mark(self, kind: str, detail: str) -> None:
        self.tags.add(f"{kind}:{detail}")

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def lang(self) -> str:
        """The document's language (the build rotates it so the four get equal shares)."""
        return self.doc_lang

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # ---- filler (never a kind) ---------------------------------------------------------

    def _safe(self, alphabet: str, n: int) -> str:
        while True:
            s = "".join(self.pick(alphabet) for _ in range(n))
            if not _DIGIT_RUN.search(s) and not _CARDISH.search(s):
                return s

    def hex(self, n: int) -> str:
        return self._safe("0123456789abcdef", n)

    def b64(self, n: int) -> str:
        return self._safe(_B64, n)

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def rid(self, prefix: str) -> str:
        return f"{prefix}_{self._safe(_ALNUM, 14)}"

    def version(self) -> str:
        return f"{self.rng.randrange(1, 20)}.{self.rng.randrange(40)}.{self.rng.randrange(30)}"

    def ts(self) -> str:
        r = self.rng
        return (f"2026-{r.randrange(1, 12):02d}-{r.randrange(1, 28):02d}T"
                f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z")

    def day(self) -> str:
        return f"2026-{self.rng.randrange(1, 12):02d}-{self.rng.randrange(1, 28):02d}"

    def amount(self) -> float:
        return round(self.rng.uniform(3, 900), 2)

    def sku(self) -> str:
        return f"{self.pick(string.ascii_uppercase)}{self.pick(string.ascii_uppercase)}-" \
            f"{self.rng.randrange(100, 9999)}-{self.pick(('S', 'M', 'L', 'XL'))}"

    def clean_text(self, lang: str | None = None) -> str:
        return self.pick(sentences.CLEAN[lang or self.lang()])

    def bad_card(self) -> str:
        """A 16-digit card-shaped number that fails Luhn (test data, refs)."""
        body = "4" + self.digits(14)
        good = luhn_check_digit(body)
        bad = str((int(good) + self.rng.randrange(1, 10)) % 10)
        return body + bad

    def bad_iban(self) -> str:
        bban = self.digits(8) + self.digits(10)
        good = iban_check_digits("DE", bban)
        wrong = f"{(int(good) + self.rng.randrange(1, 90)) % 97 + 2:02d}"
        if wrong == good:
            wrong = f"{(int(good) % 97) + 1:02d}"
        return "DE" + wrong + bban

    def coarse(self) -> tuple[float, float]:
        d = self.rng.randrange(1, 4)
        return (round(self.rng.uniform(36, 55), d), round(self.rng.uniform(-5, 15), d))

    # ---- ordinary personal data --------------------------------------------------------

    def first(self, lang: str) -> str:
        self.mark("person_name", lang)
        return self.pick(pools.FIRST[lang])

    def last(self, lang: str) -> str:
        self.mark("person_name", lang)
        return self.pick(pools.LAST[lang])

    def name(self, lang: str) -> str:
        return f"{self.first(lang)} {self.last(lang)}"

    def email(self, lang: str | None = None) -> str:
        self.mark("email", "addr")
        lg = lang or self.lang()
        local = self.pick(pools.FIRST[lg]).lower() + self.pick((".", "_", "")) + \
            self.pick(pools.LAST[lg]).lower()[:5]
        local = local.translate(str.maketrans("äöüéèñíóáëçï", "aoueeniaaeci"))
        if self.chance(0.3):
            local += str(self.rng.randrange(10, 99))
        return f"{local}@{self.pick(pools.DOMAINS)}"

    def role_email(self) -> str:
        self.mark("email", "role")
        return f"{self.pick(('support', 'billing', 'hr', 'kontakt', 'ayuda'))}@" \
            f"{self.pick(pools.DOMAINS)}"

    def phone(self, lang: str | None = None) -> str:
        self.mark("phone", "num")
        lg = lang or self.lang()
        while True:
            p = self._phone(lg)
            if not has_card_like_run(p):
                return p

    def _phone(self, lg: str) -> str:
        d = self.digits
        intl = self.chance(0.5)
        if lg == "de":
            return f"+49 {self.pick(('151', '176', '30', '89'))} {d(7)}" if intl \
                else f"0{self.pick(('151', '176', '30'))}/{d(4)} {d(3)}"
        if lg == "fr":
            return f"+33 {self.rng.randrange(1, 8)} {d(2)} {d(2)} {d(2)} {d(2)}" if intl \
                else f"0{self.rng.randrange(1, 8)}.{d(2)}.{d(2)}.{d(2)}.{d(2)}"
        if lg == "es":
            return f"+34 6{d(2)} {d(3)} {d(3)}" if intl else f"6{d(2)} {d(2)} {d(2)} {d(2)}"
        if self.chance(0.5):
            return f"+44 7{d(3)} {d(6)}" if intl else f"07{d(3)} {d(3)} {d(3)}"
        return f"+1 {self.rng.randrange(201, 989)}-555-{d(4)}" if intl \
            else f"({self.rng.randrange(201, 989)}) 555-{d(4)}"

    def ip(self, v6: bool = False) -> str:
        self.mark("ip_address", "v6" if v6 else "v4")
        r = self.rng
        if v6:
            return f"2001:db8:{r.randrange(1, 0xffff):x}::{r.randrange(1, 0xffff):x}"
        first = self.pick((10, 172, 192, 81, 93, 203, 46))
        return f"{first}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"

    def dob(self, fmt: str = "iso") -> str:
        self.mark("date_of_birth", fmt)
        r = self.rng
        y, m, dd = r.randrange(1948, 2006), r.randrange(1, 13), r.randrange(1, 29)
        months = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
        return {
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "eu": f"{dd:02d}.{m:02d}.{y}",
            "slash": f"{dd:02d}/{m:02d}/{y}",
            "us": f"{m:02d}/{dd:02d}/{y}",
            "long": f"{dd} {months[m - 1]} {y}",
            "compact": f"{y}{m:02d}{dd:02d}",
        }[fmt]

    def street(self, lang: str) -> str:
        """Street and house number, in the local order."""
        self.mark("postal_address", lang)
        st, no = self.pick(pools.STREETS[lang]), self.rng.randrange(1, 180)
        if lang == "en":
            return f"{no} {st}"
        if lang == "fr":
            return f"{no} {st}"
        if lang == "es":
            return f"{st}, {no}"
        return f"{st} {no}"

    def address_line(self, lang: str) -> str:
        city, pc = self.pick(pools.CITIES[lang])
        return f"{self.street(lang)}, {pc} {city}"

    def address(self, lang: str, keys: tuple[str, str, str, str]) -> dict[str, str]:
        city, pc = self.pick(pools.CITIES[lang])
        return {keys[0]: self.street(lang), keys[1]: pc, keys[2]: city,
                keys[3]: pools.COUNTRY[lang]}

    # ---- high-risk ---------------------------------------------------------------------

    def card(self, sep: str = "") -> str:
        self.mark("payment_card", "luhn")
        brand = self.pick(("visa", "mc", "amex", "disc"))
        if brand == "amex":
            body = self.pick(("34", "37")) + self.digits(12)
            n = body + luhn_check_digit(body)
            return sep.join((n[:4], n[4:10], n[10:])) if sep else n
        head = {"visa": "4", "mc": self.pick(("51", "53", "55", "2221")), "disc": "6011"}[brand]
        body = head + self.digits(15 - len(head))
        n = body + luhn_check_digit(body)
        return sep.join(n[i:i + 4] for i in range(0, 16, 4)) if sep else n

    def iban(self, country: str | None = None, spaced: bool = False) -> str:
        self.mark("bank_account", "iban")
        cc = country or self.pick(("DE", "GB", "FR", "ES", "NL"))
        while True:
            bban = {
                "DE": lambda: self.digits(18),
                "GB": lambda: self.pick(("NWBK", "BARC", "LOYD")) + self.digits(14),
                "FR": lambda: self.digits(23),
                "ES": lambda: self.digits(20),
                "NL": lambda: self.pick(("ABNA", "INGB", "RABO")) + self.digits(10),
            }[cc]()
            s = cc + iban_check_digits(cc, bban) + bban
            if spaced:
                s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
            if not has_card_like_run(s):
                return s

    def aba_routing(self) -> str:
        """A US routing number with a valid ABA checksum (recorded with its account)."""
        self.mark("bank_account", "aba")
        while True:
            head = f"{self.pick((1, 2, 3, 4, 6, 7, 9, 11, 12, 21, 22, 26, 31)):02d}" + \
                self.digits(6)
            for last in range(10):
                n = head + str(last)
                w = (3, 7, 1) * 3
                if sum(int(ch) * wt for ch, wt in zip(n, w, strict=True)) % 10 == 0:
                    return n

    def sort_code(self) -> str:
        self.mark("bank_account", "sortcode")
        return f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}"

    def ssn(self, dashed: bool = True) -> str:
        self.mark("national_id", "ssn")
        area = self.rng.randrange(1, 900)
        while area == 666:
            area = self.rng.randrange(1, 900)
        g, s = self.rng.randrange(1, 100), self.rng.randrange(1, 10000)
        return f"{area:03d}-{g:02d}-{s:04d}" if dashed else f"{area:03d}{g:02d}{s:04d}"

    def nino(self, spaced: bool = False) -> str:
        self.mark("national_id", "nino")
        first_ok = "ABCEGHJKLMNOPRSTWXYZ"
        second_ok = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(first_ok) + self.pick(second_ok)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = self.digits(6)
        suf = self.pick("ABCD")
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}" if spaced else f"{pre}{d}{suf}"

    def steuer_id(self) -> str:
        self.mark("national_id", "steuer_id")
        while True:
            ds = self.rng.sample(range(10), 9)
            ds.append(self.pick(tuple(ds)))
            self.rng.shuffle(ds)
            if ds[0] != 0:
                break
        product = 10
        for d in ds:
            total = (d + product) % 10 or 10
            product = (total * 2) % 11
        check = (11 - product) % 10
        return "".join(map(str, ds)) + str(check)

    def nir(self, spaced: bool = False) -> str:
        self.mark("national_id", "nir")
        r = self.rng
        dept = r.randrange(1, 96)
        while dept == 20:
            dept = r.randrange(1, 96)
        body = (f"{r.randrange(1, 3)}{r.randrange(50, 100):02d}{r.randrange(1, 13):02d}"
                f"{dept:02d}{r.randrange(1, 990):03d}{r.randrange(1, 1000):03d}")
        key = f"{97 - int(body) % 97:02d}"
        if spaced:
            return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key}"
        return body + key

    def dni(self) -> str:
        self.mark("national_id", "dni")
        n = self.rng.randrange(10_000_000, 99_999_999)
        return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self) -> str:
        self.mark("national_id", "nie")
        p = self.rng.randrange(3)
        n = self.rng.randrange(1_000_000, 9_999_999)
        return f"{'XYZ'[p]}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[(p * 10_000_000 + n) % 23]}"

    def national_id(self, lang: str) -> str:
        if lang == "de":
            return self.steuer_id()
        if lang == "fr":
            return self.nir(self.chance(0.5))
        if lang == "es":
            return self.dni() if self.chance(0.6) else self.nie()
        return self.ssn(self.chance(0.8)) if self.chance(0.5) else self.nino(self.chance(0.5))

    def passport(self, lang: str) -> str:
        self.mark("passport", lang)
        letters = string.ascii_uppercase
        if lang == "de":
            return "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if lang == "fr":
            return self.digits(2) + self.pick(letters) + self.pick(letters) + self.digits(5)
        if lang == "es":
            return self.pick(letters) + self.pick(letters) + self.pick(letters) + self.digits(6)
        return self.digits(9) if self.chance(0.5) else self.pick(letters) + self.digits(8)

    def coords(self) -> tuple[float, float]:
        self.mark("precise_location", "coords")

        def fine(lo: float, hi: float) -> float:
            while True:
                d = self.rng.randrange(4, 7)
                v = round(self.rng.uniform(lo, hi), d)
                if len(repr(v).split(".")[1]) >= 4:
                    return v

        return fine(36.0, 55.0), fine(-8.0, 15.0)

    # ---- credentials -------------------------------------------------------------------

    def secret(self, style: str | None = None) -> str:
        """A live-looking secret of the given style; records `credential:<style>`."""
        st = style or self.pick(("aws", "ghp", "slack", "stripe", "glpat", "google", "npm",
                                 "sendgrid", "whsec", "opaque"))
        self.mark("credential", st)
        s = self._safe
        while True:
            v = {
                "aws": lambda: "AKIA" + s(_B32[:26] + "234567", 16),
                "aws_secret": lambda: s(_B64, 40),
                "ghp": lambda: "ghp_" + s(_ALNUM, 36),
                "slack": lambda: f"xoxb-{self.digits(11)}-{self.digits(12)}-{s(_ALNUM, 24)}",
                "stripe": lambda: self.pick(("sk_live_", "rk_live_")) + s(_ALNUM, 32),
                "glpat": lambda: "glpat-" + s(_URLSAFE, 20),
                "google": lambda: "AIza" + s(_URLSAFE, 35),
                "npm": lambda: "npm_" + s(_ALNUM, 36),
                "sendgrid": lambda: f"SG.{s(_URLSAFE, 22)}.{s(_URLSAFE, 43)}",
                "whsec": lambda: "whsec_" + s(_ALNUM, 32),
                "opaque": lambda: s(_ALNUM, 40),
            }[st]()
            if not has_card_like_run(v):
                return v

    def password(self) -> str:
        self.mark("credential", "password")
        words = ("Sommer", "Tigre", "blue", "Marmotte", "Falcon", "kiwi", "Nordlicht")
        return f"{self.pick(words)}{self.rng.randrange(10, 99)}{self.pick('!#$%&*?')}" \
            f"{self._safe(_ALNUM, 4)}"

    def jwt(self) -> str:
        self.mark("credential", "jwt")

        def enc(obj: object) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        while True:
            head = enc({"alg": self.pick(("HS256", "RS256")), "typ": "JWT"})
            body = enc({"sub": self.rid("usr"), "scope": "read write",
                        "iat": 1780000000 + self.rng.randrange(10**6)})
            tok = f"{head}.{body}.{self._safe(_URLSAFE, 43)}"
            if not has_card_like_run(tok):
                return tok

    def bearer(self) -> str:
        return "Bearer " + (self.jwt() if self.chance(0.5) else self.secret("opaque"))

    def pem_private(self) -> str:
        self.mark("credential", "pem")
        kind = self.pick(("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"))
        lines = "\n".join(self.b64(64) for _ in range(5))
        return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----\n"

    def conn_string(self) -> str:
        self.mark("credential", "dsn")
        scheme = self.pick(("postgres", "mysql", "mongodb+srv", "redis", "amqp"))
        user = self.pick(("app", "svc_orders", "reporting", "admin"))
        host = self.pick(("db.internal", "orders-db.prod.svc", "cache.eu-west.internal"))
        return f"{scheme}://{user}:{self.password()}@{host}/{self.pick(('main', 'orders'))}"

    def basic_auth(self) -> str:
        self.mark("credential", "basic")
        raw = f"{self.pick(('api', 'deploy', 'ops'))}:{self._safe(_ALNUM, 14)}"
        return "Basic " + base64.b64encode(raw.encode()).decode()

    # ---- special categories in free text -----------------------------------------------

    def text(self, kind: str, lang: str | None = None) -> str:
        lg = lang or self.lang()
        self.tags.add(f"text:{kind}/{lg}")
        return self.pick(sentences.SPECIAL[kind][lg])
