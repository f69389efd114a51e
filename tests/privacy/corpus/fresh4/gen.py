"""The document context: every value that carries a kind is made here and records that kind.

Families build payloads only through a ``Ctx``; the kinds set it collects is the document's
label.  Filler helpers (ids, hashes, timestamps, SKUs, base64) never carry a kind.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass
from typing import Any

from . import digits as D
from .lexicon import (
    CENTRES,
    CHURCH_STREETS,
    CITIES,
    EMAIL_DOMAINS,
    FIRST,
    LAST,
    STREETS,
    WORK_DOMAINS,
)

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
LOCALES = ("en", "de", "fr", "es")
_SEVEN_DIGITS = re.compile(r"[0-9]{7}")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    loc: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("\u0131", "i").replace("ł", "l").replace("ø", "o")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch)).lower()


def style_key(key: str, style: str) -> str:
    parts = key.split("_")
    if style == "camel":
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if style == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if style == "kebab":
        return "-".join(parts)
    if style == "upper":
        return "_".join(parts).upper()
    return key


class Ctx:
    def __init__(self, rng: random.Random, family: str) -> None:
        self.r = rng
        self.family = family
        self.kinds: set[str] = set()
        self.tags: list[str] = []
        self.claims: list[tuple[str, Any, bool]] = []
        self.style = rng.choice(("snake", "snake", "camel", "camel", "kebab", "pascal"))
        self.last_city: str | None = None
        self._emails: dict[tuple[Person, bool], str] = {}

    # --- bookkeeping --------------------------------------------------------------------------
    def mark(self, kind: str, tag: str | None = None) -> None:
        self.kinds.add(kind)
        label = tag or kind
        if label not in self.tags:
            self.tags.append(label)

    def neg(self, tag: str) -> None:
        """Record a hard negative in the note (no kind)."""
        label = f"neg:{tag}"
        if label not in self.tags:
            self.tags.append(label)

    def k(self, key: str) -> str:
        return style_key(key, self.style)

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def loc(self) -> str:
        return self.r.choice(LOCALES)

    # --- filler (never a kind) ----------------------------------------------------------------
    def _no_long_digits(self, make: Any) -> str:
        while True:
            value: str = make()
            if not _SEVEN_DIGITS.search(value):
                return value

    def hexs(self, n: int) -> str:
        return self._no_long_digits(lambda: "".join(self.r.choice(HEX) for _ in range(n)))

    def alnum(self, n: int, alphabet: str = ALNUM) -> str:
        return self._no_long_digits(lambda: "".join(self.r.choice(alphabet) for _ in range(n)))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def b64bytes(self, n: int, url: bool = False) -> str:
        def make() -> str:
            raw = bytes(self.r.getrandbits(8) for _ in range(n))
            enc = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
            return enc.decode().rstrip("=") if url else enc.decode()
        return self._no_long_digits(make)

    def b64text(self, text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    def sha256(self) -> str:
        return self.hexs(64)

    def sha1(self) -> str:
        return self.hexs(40)

    def ts(self, year: int | None = None) -> str:
        moment = dt.datetime(year or self.r.choice((2023, 2024, 2025)), 1, 1) + dt.timedelta(
            seconds=self.r.randint(0, 364 * 86400))
        millis = f".{self.r.randint(0, 999):03d}Z"
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + self.r.choice(("Z", millis, "+01:00",
                                                                     "+02:00"))

    def day(self, start: int = 2023, end: int = 2025) -> dt.date:
        return dt.date(start, 1, 1) + dt.timedelta(days=self.r.randint(0, (end - start + 1) *
                                                                       365 - 1))

    def epoch(self, millis: bool = False) -> int:
        while True:
            value = self.r.randint(1_690_000_000, 1_740_000_000)
            if millis:
                value = value * 1000 + self.r.randint(0, 999)
            if not D.luhn_runs(str(value)):
                return value

    def version(self) -> str:
        return f"{self.r.randint(0, 9)}.{self.r.randint(0, 40)}.{self.r.randint(0, 30)}"

    def sku(self) -> str:
        return self.pick(("SKU", "ART", "REF", "MAT")) + "-" + self.alnum(
            4, string.ascii_uppercase) + "-" + str(self.r.randint(100, 99999))

    def ref(self, prefix: str) -> str:
        return f"{prefix}-{self.r.randint(2019, 2025)}-{self.r.randint(10000, 999999)}"

    def amount(self, lo: float = 5, hi: float = 900) -> float:
        return round(self.r.uniform(lo, hi), 2)

    def money(self, lo: float = 5, hi: float = 900) -> float:
        return self.amount(lo, hi)

    def obj_id(self, prefix: str, n: int = 14) -> str:
        return prefix + "_" + self.alnum(n)

    def npi(self) -> str:
        self.neg("npi")
        return D.npi(self.r)

    def ean13(self, prefix: str = "40") -> str:
        while True:
            body = prefix + "".join(self.r.choice(string.digits) for _ in range(12 - len(prefix)))
            check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
            value = body + str(check)
            if not D.luhn_runs(value):
                return value

    def isbn13(self) -> str:
        value = self.ean13(self.pick(("9783", "9782", "9788", "9781")))
        return f"{value[:3]}-{value[3]}-{value[4:8]}-{value[8:12]}-{value[12]}"

    def gift_card(self) -> str:
        value = self.digits_no_luhn(16)
        self.claims.append(("luhn", value, False))
        self.neg("gift card number (fails Luhn)")
        return value

    def digits_no_luhn(self, n: int) -> str:
        """n digits that never form a Luhn-valid card-length run (tracking ids, gift cards)."""
        while True:
            value = str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits)
                                                        for _ in range(n - 1))
            if not D.luhn_runs(value):
                return value

    # --- ordinary personal data ---------------------------------------------------------------
    def person(self, loc: str | None = None, tag: str = "name", silent: bool = False) -> Person:
        """A person; the name is marked unless ``silent`` (used only to derive an e-mail)."""
        loc = loc or self.pick(("en", "de", "fr", "es", "xx", "en", "de"))
        p = Person(self.pick(FIRST[loc]), self.pick(LAST[loc]), loc)
        if not silent:
            self.mark("person_name", tag)
        return p

    def email(self, who: Person | None = None, work: bool = False) -> str:
        """An e-mail address; the same person keeps the same address within a document."""
        if who is not None and (who, work) in self._emails:
            self.mark("email")
            return self._emails[(who, work)]
        if who is None:
            local = self.pick(("kontakt", "hello", "billing", "info", "support", "rh",
                               "admisiones", "facturation", "noreply", "team"))
        else:
            first, last = fold(who.first).replace(" ", ""), fold(who.last).replace(" ", "")
            last = last.replace("-", "")
            local = self.pick((f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last[:3]}",
                               f"{last}.{first}{self.r.randint(1, 99)}", f"{first}{last[0]}"))
        domain = self.pick(WORK_DOMAINS if work or who is None else EMAIL_DOMAINS)
        self.mark("email")
        if who is not None:
            self._emails[(who, work)] = f"{local}@{domain}"
        return f"{local}@{domain}"

    def phone(self, loc: str | None = None, intl: bool | None = None) -> str:
        loc = loc or self.loc()
        intl = self.chance(0.5) if intl is None else intl
        r = self.r
        while True:
            if loc == "en" and self.chance(0.5):  # UK
                mob = f"7{r.randint(100, 999)} {r.randint(100000, 999999)}"
                value = f"+44 {mob}" if intl else f"0{mob}"
            elif loc in ("en", "xx"):
                a, b, c = r.randint(201, 989), r.randint(200, 989), r.randint(1000, 9999)
                value = self.pick((f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}")) if intl else \
                    self.pick((f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a}-{b}-{c}"))
            elif loc == "de":
                pre = self.pick(("151", "160", "170", "176", "30", "521", "941"))
                sub = str(r.randint(1000000, 99999999))[: 11 - len(pre)]
                value = f"+49 {pre} {sub}" if intl else self.pick((f"0{pre} {sub}",
                                                                    f"0{pre}/{sub}"))
            elif loc == "fr":
                g = [f"{r.randint(0, 99):02d}" for _ in range(4)]
                lead = self.pick(("6", "7", "1", "2", "5"))
                value = f"+33 {lead} {' '.join(g)}" if intl else f"0{lead} {' '.join(g)}"
                if not intl and self.chance(0.3):
                    value = value.replace(" ", ".")
            else:
                lead = self.pick(("6", "7", "91", "93", "96"))
                rest = str(r.randint(10 ** (8 - len(lead)), 10 ** (9 - len(lead)) - 1))
                num = lead + rest
                value = (f"+34 {num[:3]} {num[3:6]} {num[6:]}" if intl
                         else f"{num[:3]} {num[3:5]} {num[5:7]} {num[7:]}")
            if not D.luhn_runs(value):
                self.mark("phone")
                return value

    def ipv4(self, private: bool | None = None) -> str:
        r = self.r
        if private if private is not None else self.chance(0.4):
            value = self.pick((f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                               f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                               f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"))
        else:
            value = f"{self.pick((81, 84, 91, 109, 145, 176, 185, 203, 62, 88))}." \
                    f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        self.mark("ip_address")
        return value

    def ipv6(self) -> str:
        groups = ["2a02", self.hexs(4).lstrip("0") or "1", self.hexs(3), self.hexs(4)]
        tail = [self.hexs(4).lstrip("0") or "0" for _ in range(4)]
        self.mark("ip_address")
        return ":".join(groups) + ":" + ":".join(tail)

    def birth(self, lo: int = 1948, hi: int = 2006) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def dob(self, fmt: str = "iso", born: dt.date | None = None) -> str:
        born = born or self.birth()
        self.mark("date_of_birth")
        return fmt_date(born, fmt)

    def street_line(self, loc: str, church: bool | None = None) -> tuple[str, str, str, str]:
        """(street line, city, postcode, region); now and then on a street named after a church"""
        if church is None:
            church = self.chance(0.08)
        country = {"en": self.pick(("us", "uk")), "xx": "us"}.get(loc, loc)
        city, region, zipc = self.pick(CITIES[country])
        self.last_city = city
        street = self.pick(CHURCH_STREETS[country] if church else STREETS[country])
        n = self.r.randint(2, 240)
        if country == "us":
            line = f"{n} {street}" + (f", Apt {self.r.randint(1, 30)}{self.pick('ABC')}"
                                      if self.chance(0.3) else "")
        elif country == "uk":
            line = (f"Flat {self.r.randint(1, 12)}, " if self.chance(0.3) else "") + \
                f"{n} {street}"
        elif country == "de":
            line = f"{street} {n}" + (self.pick(("a", "b")) if self.chance(0.2) else "")
        elif country == "fr":
            line = f"{n}{self.pick(('', '', ' bis'))} {street}"
        else:
            line = f"{street} {n}" + (f", {self.r.randint(1, 8)}º {self.pick('ABCD')}"
                                      if self.chance(0.5) else "")
        if church:
            self.neg("church-word street")
        self.mark("postal_address")
        return line, city, zipc, region

    def address(self, loc: str, church: bool | None = None, keys: str = "en") -> dict[str, str]:
        line, city, zipc, region = self.street_line(loc, church)
        names = {
            "en": ("street", "city", "postal_code", "country"),
            "de": ("strasse", "ort", "plz", "land"),
            "fr": ("adresse", "ville", "code_postal", "pays"),
            "es": ("direccion", "ciudad", "codigo_postal", "pais"),
        }[keys]
        country = {"en": "US" if zipc[:1].isdigit() else "GB", "de": "DE", "fr": "FR",
                   "es": "ES", "xx": "US"}[loc]
        out = {self.k(names[0]): line, self.k(names[1]): city, self.k(names[2]): zipc}
        if region and self.chance(0.5):
            out[self.k("region" if keys == "en" else "bundesland" if keys == "de" else
                       "region")] = region
        out[self.k(names[3])] = country
        return out

    def address_text(self, loc: str, church: bool | None = None) -> str:
        line, city, zipc, region = self.street_line(loc, church)
        if zipc[:1].isdigit() and loc in ("en", "xx"):
            return f"{line}, {city}, {region} {zipc}"
        if loc in ("de", "fr", "es"):
            return f"{line}, {zipc} {city}"
        return f"{line}, {city} {zipc}"

    # --- high risk ----------------------------------------------------------------------------
    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        brand = brand or self.pick(("visa", "visa", "mastercard", "amex", "discover"))
        number = D.card_number(self.r, brand)
        self.claims.append(("luhn", number, True))
        self.mark("payment_card", f"card:{brand}")
        sep = self.pick(("", " ", "-", " ")) if sep is None else sep
        return D.group_card(number, sep) if sep else number

    def bad_card(self, sep: str = "") -> str:
        number = D.luhn_break(D.card_number(self.r, self.pick(("visa", "mastercard"))))
        self.claims.append(("luhn", number, False))
        self.neg("luhn-invalid 16 digits")
        return D.group_card(number, sep) if sep else number

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        country = country or self.pick(tuple(D.IBAN_BBAN))
        while True:
            value = D.iban(self.r, country)
            shown = D.group4(value) if (self.chance(0.5) if grouped is None else grouped) \
                else value
            if not D.luhn_runs(shown) and not D.luhn_runs(value):
                break
        self.claims.append(("iban", value, True))
        self.mark("bank_account", f"iban:{country}")
        return shown

    def bad_iban(self, country: str | None = None, grouped: bool = False) -> str:
        country = country or self.pick(("DE", "FR", "ES", "NL", "IT"))
        while True:
            value = D.iban_break(D.iban(self.r, country))
            shown = D.group4(value) if grouped else value
            if not D.luhn_runs(shown) and not D.luhn_runs(value):
                break
        self.claims.append(("iban", value, False))
        self.neg("iban bad checksum")
        return shown

    def us_bank(self) -> tuple[str, str]:
        routing = D.aba_routing(self.r)
        account = str(self.r.randint(10_000_000, 9_999_999_999))
        self.claims.append(("aba", routing, True))
        self.mark("bank_account", "routing+account")
        return routing, account

    def uk_bank(self) -> tuple[str, str]:
        sort = f"{self.r.randint(10, 99)}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"
        account = f"{self.r.randint(10_000_000, 99_999_999)}"
        self.mark("bank_account", "sortcode+account")
        return sort, account

    def ssn(self, dashes: bool = True) -> str:
        value = D.ssn(self.r)
        self.claims.append(("ssn", value, True))
        self.mark("national_id", "ssn")
        return value if dashes else value.replace("-", "")

    def nino(self, spaced: bool | None = None) -> str:
        value = D.nino(self.r)
        self.claims.append(("nino", value, True))
        self.mark("national_id", "nino")
        if spaced if spaced is not None else self.chance(0.4):
            return f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}"
        return value

    def steuer_id(self, spaced: bool = False) -> str:
        value = D.steuer_id(self.r)
        self.claims.append(("steuer", value, True))
        self.mark("national_id", "steuer-id")
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}" if spaced else value

    def nir(self, sex: int, born: dt.date, spaced: bool = False) -> str:
        value = D.nir(self.r, sex, born.year, born.month)
        self.claims.append(("nir", value, True))
        self.mark("national_id", "nir")
        if spaced:
            v = value
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
        return value

    def dni(self) -> str:
        value = D.dni(self.r)
        self.claims.append(("dni", value, True))
        self.mark("national_id", "dni")
        return value

    def nie(self) -> str:
        value = D.nie(self.r)
        self.claims.append(("dni", value, True))
        self.mark("national_id", "nie")
        return value

    def bad_dni(self) -> str:
        value = D.dni(self.r)
        letters = D.DNI_LETTERS
        wrong = letters[(letters.index(value[-1]) + 5) % 23]
        self.claims.append(("dni", value[:-1] + wrong, False))
        self.neg("dni wrong letter")
        return value[:-1] + wrong

    def bsn(self) -> str:
        value = D.bsn(self.r)
        self.claims.append(("bsn", value, True))
        self.mark("national_id", "bsn")
        return value

    def sin(self) -> str:
        value = D.sin_ca(self.r)
        self.claims.append(("sin", value, True))
        self.mark("national_id", "sin")
        return f"{value[:3]} {value[3:6]} {value[6:]}"

    def cpf(self) -> str:
        value = D.cpf(self.r)
        self.claims.append(("cpf", value, True))
        self.mark("national_id", "cpf")
        return value

    def passport(self, country: str | None = None) -> str:
        country = country or self.pick(("US", "GB", "DE", "FR", "ES", "IN", "NG"))
        r = self.r
        if country in ("US", "GB"):
            value = str(r.randint(5, 6)) + "".join(r.choice(string.digits) for _ in range(8))
        elif country == "DE":
            value = r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789")
                                                 for _ in range(8))
        elif country == "FR":
            value = f"{r.randint(10, 99)}{r.choice(string.ascii_uppercase)}" \
                    f"{r.choice(string.ascii_uppercase)}{r.randint(10000, 99999)}"
        elif country == "ES":
            value = "PA" + r.choice("ABCDEFGH") + f"{r.randint(100000, 999999)}"
        else:
            value = r.choice("LMNPRTZ") + f"{r.randint(1000000, 9999999)}"
        self.mark("passport", f"passport:{country}")
        return value

    # --- credentials --------------------------------------------------------------------------
    def secret(self, kind: str | None = None) -> str:
        kind = kind or self.pick(SECRET_KINDS)
        value = self._secret(kind)
        self.mark("credential", f"secret:{kind}")
        return value

    def _secret(self, kind: str) -> str:
        a = self.alnum
        upper32 = string.ascii_uppercase + "234567"
        if kind == "aws_key":
            return "AKIA" + a(16, upper32)
        if kind == "aws_secret":
            return a(40, B64)
        if kind == "github":
            return "ghp_" + a(36)
        if kind == "github_pat":
            return "github_pat_11" + a(20, string.ascii_uppercase + string.digits) + "_" + a(59)
        if kind == "gitlab":
            return "glpat-" + a(20, B64URL)
        if kind == "slack":
            return f"xoxb-{self.r.randint(10**10, 10**11)}-{self.r.randint(10**11, 10**12)}-" \
                + a(24)
        if kind == "slack_webhook":
            return f"https://hooks.slack.com/services/T{a(8, upper32)}/B{a(10, upper32)}/{a(24)}"
        if kind == "stripe":
            return self.pick(("sk_live_", "rk_live_")) + a(self.r.choice((24, 34, 99)))
        if kind == "google":
            return "AIza" + a(35, B64URL)
        if kind == "npm":
            return "npm_" + a(36)
        if kind == "sendgrid":
            return "SG." + a(22, B64URL) + "." + a(43, B64URL)
        if kind == "openai":
            return "sk-proj-" + a(48, B64URL)
        if kind == "anthropic":
            return "sk-ant-api03-" + a(86, B64URL) + "-" + a(6) + "AA"
        if kind == "shopify":
            return "shpat_" + self.hexs(32)
        if kind == "webhook":
            return "whsec_" + a(32)
        if kind == "vault":
            return "hvs." + a(24)
        if kind == "twilio":
            return self.hexs(32)
        if kind == "hex32":
            return self.hexs(32)
        if kind == "jwt":
            return self.jwt()
        if kind == "bearer":
            return a(self.r.choice((32, 40, 43)), B64URL)
        if kind == "password":
            return self.pick(PASSWORDS)
        if kind == "pem":
            return self.pem_private()
        if kind == "oauth":
            return a(self.r.choice((32, 40)), B64URL)
        if kind == "datadog":
            return self.hexs(32)
        if kind == "mailgun":
            return "key-" + self.hexs(32)
        if kind == "telegram":
            return f"{self.r.randint(10**8, 10**9)}:AA" + a(33, B64URL)
        raise KeyError(kind)

    def jwt(self) -> str:
        header = {"alg": self.pick(("HS256", "RS256", "ES256")), "typ": "JWT"}
        if header["alg"] != "HS256":
            header["kid"] = self.hexs(16)
        now = self.epoch()
        payload = {"sub": self.obj_id("usr", 12), "iat": now, "exp": now + 3600,
                   "scope": self.pick(("read:orders", "openid profile", "admin", "api"))}

        def enc(obj: dict[str, Any]) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        return f"{enc(header)}.{enc(payload)}.{self.b64bytes(32, url=True)}"

    def pem_private(self) -> str:
        label = self.pick(("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY",
                           "OPENSSH PRIVATE KEY"))
        head = {"PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", "RSA PRIVATE KEY":
                "MIIEpAIBAAKCAQEA", "EC PRIVATE KEY": "MHcCAQEEI",
                "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"}[label]
        body = head + self.b64bytes(self.r.randint(200, 600))
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"

    # non-secrets that look like secrets
    def public_key(self) -> str:
        body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + self.b64bytes(250)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        self.neg("public key")
        return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"

    def certificate(self) -> str:
        body = "MIIDdzCCAl+gAwIBAgIE" + self.b64bytes(400)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        self.neg("certificate")
        return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + \
            "\n-----END CERTIFICATE-----\n"

    def ssh_pub(self) -> str:
        self.neg("ssh public key")
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.alnum(43, B64) + " ci-deploy"

    def bcrypt(self) -> str:
        self.neg("bcrypt hash")
        return f"$2b$12${self.alnum(53, ALNUM + './')}"

    def argon2(self) -> str:
        self.neg("argon2 hash")
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.b64bytes(16).rstrip('=')}$" \
               f"{self.b64bytes(32).rstrip('=')}"

    # --- biometric templates ----------------------------------------------------------------
    def fmr_template(self) -> str:
        raw = b"FMR\x00 20\x00" + bytes(self.r.getrandbits(8) for _ in range(self.r.randint(
            180, 420)))
        self.mark("biometric", "iso 19794-2 fingerprint template")
        return base64.b64encode(raw).decode()

    def minutiae(self) -> list[dict[str, Any]]:
        self.mark("biometric", "fingerprint minutiae")
        return [{"x": self.r.randint(10, 250), "y": self.r.randint(10, 300),
                 "angle": self.r.randint(0, 359),
                 "type": self.pick(("ending", "bifurcation")),
                 "quality": self.r.randint(40, 100)} for _ in range(self.r.randint(18, 36))]

    def embedding(self, dim: int, tag: str) -> list[float]:
        self.mark("biometric", tag)
        return [round(self.r.gauss(0, 0.08), 6) for _ in range(dim)]

    def template_blob(self, tag: str, size: int = 256) -> str:
        self.mark("biometric", tag)
        return self.b64bytes(size)

    # --- location -----------------------------------------------------------------------------
    def point(self, city: str | None = None, decimals: int | None = None) -> tuple[float, float]:
        city = city or self.pick(tuple(CENTRES))
        lat0, lon0 = CENTRES[city]
        places = decimals if decimals is not None else self.r.choice((4, 5, 5, 6))
        while True:
            lat = round(lat0 + self.r.uniform(-0.05, 0.05), places)
            lon = round(lon0 + self.r.uniform(-0.05, 0.05), places)
            if places >= 4:
                if _decimals(lat) == places and _decimals(lon) == places:
                    break
            elif _decimals(lat) <= places and _decimals(lon) <= places:
                break
        precise = places >= 4
        self.claims.append(("coord", (lat, lon), precise))
        if precise:
            self.mark("precise_location")
        else:
            self.neg("coarse coordinates")
        return lat, lon


def _decimals(x: float) -> int:
    text = repr(x)
    return len(text.split(".")[1]) if "." in text else 0


SECRET_KINDS = ("aws_key", "github", "github_pat", "gitlab", "slack", "stripe", "google", "npm",
                "sendgrid", "openai", "shopify", "webhook", "vault", "jwt", "bearer", "password",
                "pem", "oauth", "mailgun", "anthropic")

PASSWORDS = ("Hasenbrot#19", "c0ffee-Lantern-77", "Mirabelle!2024", "tortuga_Verde_88",
             "Wintergarten$5", "passAvril31!", "Quokka-Sunrise-4", "Zimtschnecke!12",
             "letmein-Kestrel9", "Bruma.Marina.63", "Gr1ffon&Tea", "sauterelle-Bleue7")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}


def fmt_date(d: dt.date, fmt: str) -> str:
    if fmt == "iso":
        return d.isoformat()
    if fmt == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if fmt == "eu":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if fmt == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if fmt == "en_long":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if fmt == "de_long":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    if fmt == "fr_long":
        return f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    if fmt == "es_long":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    raise KeyError(fmt)
