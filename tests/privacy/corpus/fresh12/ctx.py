"""The document context: seeded generators that record the kind of every value they insert."""

from __future__ import annotations

import base64
import json
import random
import re
import string
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

from . import values as val
from .pools import CITIES, DOMAINS, FIRST, LAST, NON_PERSONS, STREETS, TEAMS
from .texts import SPECIAL, TRAPS

LANGS = ("en", "de", "fr", "es")
MONTHS = {
    "en": (
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
    ),
    "de": (
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
    ),
    "fr": (
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
    ),
    "es": (
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
    ),
}
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
LONG_DIGITS = re.compile(r"\d{6,}")
EPOCH = datetime(2026, 11, 30, 9, 0, 0)


class Ctx:
    """One document being built: its random source, its language and the kinds inserted."""

    def __init__(self, rng: random.Random, clean: bool) -> None:
        self.rng = rng
        self.clean = clean
        self.lang = rng.choice(LANGS)
        self.tags: list[str] = []
        self.centre: tuple[float, float] | None = None

    # -- bookkeeping -------------------------------------------------------------------
    def add(self, kind: str, detail: str) -> None:
        tag = f"{kind}:{detail}"
        if tag not in self.tags:
            self.tags.append(tag)

    def kinds(self) -> list[str]:
        out = set()
        for tag in self.tags:
            head, rest = tag.split(":", 1)
            out.add(rest.split("/")[0] if head == "text" else head)
        return sorted(out)

    # -- neutral filler ----------------------------------------------------------------
    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def rand(self, alphabet: str, n: int) -> str:
        while True:
            s = "".join(self.rng.choice(alphabet) for _ in range(n))
            if not LONG_DIGITS.search(s):
                return s

    def hex(self, n: int = 12) -> str:
        return self.rand(HEX, n)

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def pid(self, prefix: str, n: int = 14) -> str:
        return f"{prefix}_{self.rand(string.ascii_letters + string.digits, n)}"

    def when(self, days: int = 90) -> datetime:
        return EPOCH - timedelta(minutes=self.rng.randint(0, days * 1440))

    def ts(self, days: int = 90) -> str:
        return self.when(days).strftime("%Y-%m-%dT%H:%M:%SZ")

    def day(self, days: int = 400) -> str:
        return self.when(days).strftime("%Y-%m-%d")

    def epoch(self) -> int:
        return int(self.when().timestamp())

    def money(self, lo: int = 5, hi: int = 900) -> str:
        return f"{self.rng.randint(lo, hi)}.{self.rng.randint(0, 99):02d}"

    def version(self) -> str:
        return f"{self.rng.randint(1, 9)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 40)}"

    def ref(self, prefix: str) -> str:
        return (
            f"{prefix}-{self.rng.randint(10, 99)}{self.rand(string.ascii_uppercase, 2)}"
            f"{self.rng.randint(1000, 9999)}"
        )

    def b64blob(self, n: int = 44) -> str:
        return self.rand(B64, n - 1) + "="

    def actor(self) -> str:
        """A value for a person-ish key that is not a natural person."""
        return str(self.pick(NON_PERSONS + TEAMS))

    def trap(self, lang: str | None = None) -> str:
        return str(self.pick(TRAPS[lang or self.lang]))

    def coarse(self) -> tuple[float, float]:
        places = ((51.5, -0.12), (48.86, 2.35), (52.52, 13.4), (40.42, -3.7), (53.8, -1.55))
        lat, lon = self.pick(places)
        nd = self.rng.randint(1, 3)
        return round(lat + self.rng.uniform(-0.3, 0.3), nd), round(
            lon + self.rng.uniform(-0.3, 0.3), nd
        )

    # -- personal data -----------------------------------------------------------------
    def first(self, lang: str | None = None, detail: str = "first_name") -> str:
        self.add("person_name", detail)
        return str(self.pick(FIRST[lang or self.lang]))

    def person(self, detail: str = "name", lang: str | None = None) -> tuple[str, str]:
        lg = lang or (self.lang if self.chance(0.8) else self.pick(LANGS))
        self.add("person_name", detail)
        return str(self.pick(FIRST[lg])), str(self.pick(LAST[lg]))

    def name(self, detail: str = "name", style: str = "full") -> str:
        f, last = self.person(detail)
        if style == "initial":
            return f"{f[0]}. {last}"
        if style == "inverted":
            return f"{last.upper()}, {f}"
        return f"{f} {last}"

    def email(
        self, first: str | None = None, last: str | None = None, detail: str = "address"
    ) -> str:
        self.add("email", detail)
        if first is None or last is None:
            first, last = self.pick(FIRST[self.lang]), self.pick(LAST[self.lang])
        local = self.pick(("{f}.{l}", "{f}{l}", "{i}{l}", "{f}_{l}{n}"))
        local = local.format(
            f=ascii_slug(first),
            l=ascii_slug(last),
            i=ascii_slug(first)[0],
            n=self.rng.randint(1, 99),
        )
        return f"{local}@{self.pick(DOMAINS)}"

    def role_email(self, local: str, domain: str = "example.org") -> str:
        self.add("email", "role")
        return f"{local}@{domain}"

    def phone(self, detail: str = "number") -> str:
        self.add("phone", detail)
        r = self.rng.randint
        return str(
            self.pick(
                (
                    f"+44 7700 900{r(100, 999)}",
                    f"020 7946 0{r(100, 999)}",
                    f"+49 151 {r(1000, 9999)} {r(1000, 9999)}",
                    f"030 {r(100, 999)} {r(10, 99)} {r(10, 99)}",
                    f"+33 6 {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}",
                    f"06.{r(10, 99)}.{r(10, 99)}.{r(10, 99)}.{r(10, 99)}",
                    f"+34 6{r(10, 99)} {r(100, 999)} {r(100, 999)}",
                    f"(503) 555-01{r(10, 99)}",
                    f"+1-614-555-01{r(10, 99)}",
                )
            )
        )

    def ip(self, v6: bool | None = None, detail: str = "client") -> str:
        self.add("ip_address", detail)
        r = self.rng.randint
        if v6 or (v6 is None and self.chance(0.25)):
            return f"2001:db8:{r(1, 0xFFFF):x}:{r(1, 0xFFFF):x}::{r(1, 0xFFF):x}"
        return str(
            self.pick(
                (
                    f"81.{r(2, 250)}.{r(0, 255)}.{r(1, 254)}",
                    f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
                    f"192.168.{r(0, 255)}.{r(2, 254)}",
                    f"203.0.113.{r(1, 254)}",
                )
            )
        )

    def dob_date(self) -> date:
        return date(1940, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 65))

    def dob(self, detail: str = "field", fmt: str = "iso") -> str:
        self.add("date_of_birth", detail)
        d = self.dob_date()
        if fmt == "iso":
            return d.isoformat()
        if fmt == "text":
            m = MONTHS[self.lang][d.month - 1]
            return {
                "en": f"{d.day} {m} {d.year}",
                "de": f"{d.day}. {m} {d.year}",
                "fr": f"{d.day} {m} {d.year}",
                "es": f"{d.day} de {m} de {d.year}",
            }[self.lang]
        return d.strftime("%d.%m.%Y" if self.lang == "de" else "%d/%m/%Y")

    def street(self, lang: str | None = None, detail: str = "street") -> tuple[str, str, str]:
        lg = lang or self.lang
        self.add("postal_address", detail)
        st, n = self.pick(STREETS[lg]), self.rng.randint(1, 180)
        city, pc, _ = self.pick(CITIES[lg])
        line = f"{st} {n}" if lg in ("de", "es") else f"{n} {st}"
        if lg == "es":
            line = f"{st}, {n}, {self.rng.randint(1, 6)}º {self.pick('ABCD')}"
        return line, pc, city

    def address_str(self, detail: str = "street") -> str:
        line, pc, city = self.street(detail=detail)
        return f"{line}, {pc} {city}"

    def address_obj(self, style: str = "snake", detail: str = "street") -> dict[str, Any]:
        line, pc, city = self.street(detail=detail)
        keys = {
            "snake": ("line1", "postal_code", "city"),
            "camel": ("streetAddress", "postalCode", "locality"),
            "de": ("strasse", "plz", "ort"),
        }[style]
        return {keys[0]: line, keys[1]: pc, keys[2]: city}

    def card(self, detail: str = "pan", fmt: str | None = None) -> str:
        self.add("payment_card", detail)
        brand = self.pick(("visa", "visa", "mastercard", "amex", "discover"))
        n = val.card(self.rng, brand)
        return fmt_groups(n, fmt or self.pick(("plain", "space", "dash")))

    def iban(self, detail: str = "iban", spaced: bool | None = None) -> str:
        self.add("bank_account", detail)
        cc = {"en": ("GB", "IE"), "de": ("DE", "AT"), "fr": ("FR", "BE"), "es": ("ES",)}[self.lang]
        s = val.iban(self.rng, self.pick((*cc, "NL", "IT")))
        if spaced if spaced is not None else self.chance(0.5):
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s

    def us_account(self) -> tuple[str, str]:
        self.add("bank_account", "routing+account")
        return val.aba(self.rng), str(self.rng.randint(10**9, 10**10 - 1))

    def national_id(self, which: str | None = None) -> tuple[str, str]:
        which = (
            which
            or {
                "en": self.pick(("ssn", "nino")),
                "de": "steuer_id",
                "fr": "nir",
                "es": self.pick(("dni", "nie")),
            }[self.lang]
        )
        self.add("national_id", which)
        v: str = getattr(val, which)(self.rng)
        if which == "ssn" and self.chance(0.3):
            v = v.replace("-", "")
        if which == "nino" and self.chance(0.3):
            v = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
        return which, v

    def passport(self) -> str:
        self.add("passport", "number")
        r = self.rng
        return str(
            self.pick(
                (
                    f"C{self.rand('CFGHJKLMNPRTVWXYZ0123456789', 8)}",
                    f"{r.randint(10, 99)}"
                    f"{self.rand(string.ascii_uppercase, 2)}{r.randint(10000, 99999)}",
                    f"PA{self.rand(string.ascii_uppercase, 1)}{r.randint(100000, 999999)}",
                    f"5{r.randint(10000000, 99999999)}",
                )
            )
        )

    def coords(self, detail: str = "gps") -> tuple[float, float]:
        self.add("precise_location", detail)
        if self.centre is None:
            self.centre = self.pick(
                (
                    (51.5074, -0.1278),
                    (48.8566, 2.3522),
                    (52.52, 13.405),
                    (40.4168, -3.7038),
                    (53.3498, -6.2603),
                    (45.764, 4.8357),
                )
            )
        lat, lon = self.centre
        nd = self.rng.randint(4, 6)
        while True:
            a = round(lat + self.rng.uniform(-0.05, 0.05), nd)
            b = round(lon + self.rng.uniform(-0.05, 0.05), nd)
            if min(len(repr(a).split(".")[1]), len(repr(b).split(".")[1])) >= 4:
                return a, b

    def text(self, kind: str, lang: str | None = None) -> str:
        lg = lang or self.lang
        self.add("text", f"{kind}/{lg}")
        s = str(self.pick(SPECIAL[kind][lg]))
        if "{fn}" in s:
            s = s.replace("{fn}", self.first(lg, "in_text"))
        return s

    def any_special(self, lang: str | None = None) -> str:
        return self.text(self.pick(tuple(SPECIAL)), lang)

    # -- deliberately wrong look-alikes (hard negatives, never labeled) ------------------
    def bad_card(self) -> str:
        return fmt_groups(
            val.card(self.rng, self.pick(("visa", "mastercard")), valid=False),
            self.pick(("plain", "space")),
        )

    def bad_iban(self) -> str:
        return val.iban(self.rng, self.pick(("DE", "FR", "ES", "GB")), valid=False)

    def bad_national_id(self) -> str:
        which = self.pick(("ssn", "nino", "steuer_id", "nir", "dni", "nie"))
        return str(getattr(val, which)(self.rng, valid=False))

    def last4(self) -> str:
        return f"{self.rng.randint(0, 9999):04d}"

    # -- credentials -------------------------------------------------------------------
    def secret(self, kind: str | None = None) -> str:
        kind = kind or self.pick(
            ("aws", "github", "slack", "stripe", "jwt", "bearer", "password", "sendgrid", "google")
        )
        self.add("credential", kind)
        a = string.ascii_letters + string.digits
        if kind == "aws":
            return "AKIA" + self.rand(string.ascii_uppercase + "234567", 16)
        if kind == "aws_secret":
            return self.rand(a + "/+", 40)
        if kind == "github":
            return "ghp_" + self.rand(a, 36)
        if kind == "slack":
            return (
                f"xoxb-{self.rng.randint(10**10, 10**11)}-{self.rng.randint(10**11, 10**12)}-"
                + self.rand(a, 24)
            )
        if kind == "stripe":
            return "sk_live_" + self.rand(a, 24)
        if kind == "sendgrid":
            return f"SG.{self.rand(B64URL, 22)}.{self.rand(B64URL, 43)}"
        if kind == "google":
            return "AIza" + self.rand(B64URL, 35)
        if kind == "jwt":
            return jwt(self)
        if kind == "bearer":
            return "Bearer " + self.rand(B64URL, 48)
        if kind == "webhook_secret":
            return self.rand(a, 32)
        if kind == "pem":
            body = "\n".join(self.rand(B64, 64) for _ in range(4))
            return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
        return str(
            self.pick(
                (
                    "Winter2026!",
                    "hunter2-Ops",
                    "Passw0rd#7",
                    "clave.Segura9",
                    "Sommer!2025x",
                    "motdepasse!42",
                )
            )
        )


def jwt(c: Ctx) -> str:
    def enc(obj: dict[str, Any]) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    header = enc({"alg": "RS256", "typ": "JWT", "kid": c.hex(8)})
    body = enc({"sub": c.uuid(), "iat": 1764489600, "exp": 1764493200, "scope": "read"})
    return f"{header}.{body}.{c.rand(B64URL, 43)}"


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s.lower())


def fmt_groups(n: str, fmt: str) -> str:
    if fmt == "plain":
        return n
    sep = " " if fmt == "space" else "-"
    if len(n) == 15:
        return sep.join((n[:4], n[4:10], n[10:]))
    return sep.join(n[i : i + 4] for i in range(0, len(n), 4))
