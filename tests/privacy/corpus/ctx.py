"""The document context: seeded value generators that record which kinds they insert."""


from __future__ import annotations

import base64
import json
import random
import re
import string
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from . import validators as v
from .pools import (
    ALLERGIES,
    CITIES,
    COARSE_PLACES,
    CONDITIONS,
    EMAIL_DOMAINS,
    ETHNICITY,
    FIRST,
    GENES,
    KEYS,
    LAST,
    MEDICATIONS,
    OFFENSES,
    ORIENTATION,
    PARTIES,
    RELIGIONS,
    RSIDS,
    STREETS,
    UNIONS,
    Pool,
)
from .sentences import NEUTRAL, NEUTRAL_BY_CONTEXT, PII, SPECIAL, TRAPS

SPECIAL_KINDS = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
                 "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK_KINDS = ("payment_card", "bank_account", "national_id", "passport", "credential",
                   "precise_location")
ORDINARY_KINDS = ("email", "phone", "ip_address", "date_of_birth", "postal_address",
                  "person_name")
KINDS = SPECIAL_KINDS + HIGH_RISK_KINDS + ORDINARY_KINDS


STYLES = ("snake", "camel", "pascal", "kebab")
STYLE_WEIGHTS = {"dev": (55, 35, 6, 4), "holdout": (35, 30, 17, 18)}
LOCALES = ("en_us", "en_gb", "de", "fr", "es")
LOCALE_WEIGHTS = {"dev": (30, 15, 20, 15, 20), "holdout": (25, 15, 20, 20, 20)}
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
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
LONG_DIGITS = re.compile(r"\d{7,}")


def styled(key: str, style: str) -> str:
    if key.startswith("="):
        return key[1:]
    parts = key.split("_")
    if style == "camel":
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if style == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if style == "kebab":
        return "-".join(parts)
    return key


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-zA-Z]", "", folded).lower()


def lang_of(locale: str) -> str:
    return locale.split("_")[0]


@dataclass
class Person:
    first: str
    last: str
    locale: str
    born: date
    sex: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lang(self) -> str:
        return lang_of(self.locale)


class Ctx:
    """One document under construction: its random source, key style and the truth."""

    def __init__(self, rng: random.Random, split: str) -> None:
        self.r = rng
        self.split = split
        self.kinds: set[str] = set()
        self.tags: list[str] = []
        self.style = rng.choices(STYLES, weights=STYLE_WEIGHTS[split])[0]
        self.seq = 0  # how many documents of the same family came before this one

    # -- plumbing --------------------------------------------------------------------
    def mark(self, *kinds: str) -> None:
        for kind in kinds:
            assert kind in KINDS, kind
            self.kinds.add(kind)

    def tag(self, text: str) -> None:
        self.tags.append(text)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, pool: Pool | list[Any] | tuple[Any, ...]) -> Any:
        items = pool.items(self.split) if isinstance(pool, Pool) else pool
        return self.r.choice(list(items))

    def k(self, key: str) -> str:
        """A literal key, in this document's style."""
        return styled(key, self.style)

    def key(self, concept: str) -> str:
        """One of the spellings of a concept's key, in this document's style."""
        return styled(self.pick(KEYS[concept]), self.style)

    def locale(self) -> str:
        return self.r.choices(LOCALES, weights=LOCALE_WEIGHTS[self.split])[0]

    def lang(self) -> str:
        return lang_of(self.locale())

    # -- non-personal filler ---------------------------------------------------------
    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def hexstr(self, n: int) -> str:
        while True:
            text = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
            if not LONG_DIGITS.search(text):
                return text

    def token(self, n: int, alphabet: str = ALNUM) -> str:
        """Random characters; mixed alphabets avoid long digit runs (no accidental numbers)."""
        while True:
            text = "".join(self.r.choice(alphabet) for _ in range(n))
            if alphabet.isdigit() or not LONG_DIGITS.search(text):
                return text

    def b64blob(self, nbytes: int) -> str:
        while True:
            text = base64.b64encode(self.r.randbytes(nbytes)).decode()
            if not LONG_DIGITS.search(text):
                return text

    def ts(self) -> str:
        moment = datetime(2023, 1, 1) + timedelta(seconds=self.r.randint(0, 86_400 * 900))
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    def day(self) -> str:
        return (date(2023, 1, 1) + timedelta(days=self.r.randint(0, 900))).isoformat()

    def amount(self, lo: float = 5, hi: float = 900) -> float:
        return round(self.r.uniform(lo, hi), 2)

    def currency(self) -> str:
        return self.pick(["EUR", "EUR", "USD", "GBP", "CHF"])

    def sku(self) -> str:
        return (f"SKU-{self.r.randint(10000, 99999)}-"
                f"{self.pick(['BL', 'RD', 'GR', 'XL', 'M', 'S', 'BK'])}")

    def order_no(self) -> str:
        return self.pick([
            f"ORD-{self.r.randint(2023, 2025)}-{self.r.randint(1, 999999):06d}",
            f"#{self.r.randint(100000, 999999)}",
            f"SO{self.r.randint(10**7, 10**8 - 1)}",
        ])

    def version(self) -> str:
        major, minor, patch = self.r.randint(0, 4), self.r.randint(0, 20), self.r.randint(0, 30)
        return self.pick([f"{major}.{minor}.{patch}", f"v{major}.{minor}.{patch}",
                          f"{major}.{minor}.{patch}-rc.{self.r.randint(1, 4)}",
                          f"v{major}.{minor}.0-beta.{self.r.randint(1, 9)}"])

    def bad_luhn(self) -> str:
        brand = self.pick(["visa", "mastercard", "discover"])
        return v.break_luhn(v.make_card_digits(self.r, brand))

    def bad_iban(self, grouped: bool | None = None) -> str:
        country = self.pick(["DE", "FR", "ES", "NL", "GB", "IT"])
        iban = v.break_iban(v.make_iban(self.r, country))
        return v.format_iban(iban, self.chance(0.5) if grouped is None else grouped)

    def meta(self) -> dict[str, Any]:
        """Non-personal bookkeeping fields."""
        fields: dict[str, Any] = {}
        if self.chance(0.7):
            fields[self.k("request_id")] = self.uuid()
        if self.chance(0.6):
            fields[self.k("created_at")] = self.ts()
        if self.chance(0.3):
            fields[self.k("api_version")] = self.pick(["2024-06-20", "v2", "1.4"])
        if self.chance(0.3):
            fields[self.k("source")] = self.pick(["web", "ios", "android", "partner-api"])
        return fields

    def envelope(self, doc: Any) -> Any:
        roll = self.r.random()
        if roll > 0.3:
            return doc
        if self.split == "dev":
            if roll < 0.15:
                return {"data": doc, "meta": {"trace_id": self.hexstr(32)}}
            return {"event": self.pick(["created", "updated", "submitted"]), "payload": doc}
        if roll < 0.1:
            return {"Body": doc, "ReceivedAt": self.ts()}
        if roll < 0.2:
            return {"request": {"method": "POST", "path": f"/v1/{self.pick(['records', 'items'])}",
                                "json": doc}}
        return [doc]

    # -- people ----------------------------------------------------------------------
    def person(self, locale: str | None = None) -> Person:
        locale = locale or self.locale()
        lang = lang_of(locale)
        last = self.pick(LAST[lang])
        if lang == "es" and self.chance(0.6):
            second = self.pick([x for x in LAST["es"].items(self.split) if x != last])
            last = f"{last} {second}"
        born = date(1940, 1, 1) + timedelta(days=self.r.randint(0, 365 * 65))
        return Person(self.pick(FIRST[lang]), last, locale, born, self.pick(["F", "M"]))

    def name(self, p: Person, title: bool = False) -> str:
        self.mark("person_name")
        if title:
            prefix = {"en": ["Dr.", "Mr.", "Ms."], "de": ["Dr.", "Frau", "Herr"],
                      "fr": ["Dr", "M.", "Mme"], "es": ["Dr.", "Sr.", "Sra."]}[p.lang]
            return f"{self.pick(prefix)} {p.full}"
        return p.full

    def name_fields(self, p: Person) -> dict[str, str]:
        self.mark("person_name")
        return {self.key("first"): p.first, self.key("last"): p.last}

    def email(self, p: Person | None = None, company: str | None = None) -> str:
        self.mark("email")
        if p is None:
            role = self.pick(["support", "billing", "info", "hello", "contact", "kontakt"])
            base = ascii_fold((company or "acme shop").split()[0])
            return f"{role}@{base}.example.com"
        first, last = ascii_fold(p.first), ascii_fold(p.last.split()[0])
        local = self.pick([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}",
                           f"{first}.{last}{self.r.randint(1, 99)}", f"{last}.{first}"])
        if company:
            return f"{local}@{ascii_fold(company.split()[0])}.example.com"
        return f"{local}@{self.pick(EMAIL_DOMAINS)}"

    def phone(self, locale: str | None = None) -> str:
        self.mark("phone")
        locale = locale or self.locale()
        d = lambda n: "".join(self.r.choice(string.digits) for _ in range(n))  # noqa: E731
        options = {
            "en_us": [f"+1 {self.pick(['415', '212', '503', '512', '614'])} 555-01{d(2)}",
                      f"({self.pick(['303', '919', '608'])}) 555-01{d(2)}",
                      f"+1-{self.pick(['646', '737'])}-555-01{d(2)}"],
            "en_gb": [f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"+44 7700 900{d(3)}",
                      f"07700 900{d(3)}"],
            "de": [f"+49 30 {d(7)}", f"+49 151 {d(8)}", f"0171 {d(7)}", f"089 {d(3)} {d(4)}"],
            "fr": [f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}"],
            "es": [f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}",
                   f"+34 91 {d(3)} {d(2)} {d(2)}"],
        }
        return self.pick(options[locale])

    def dob(self, p: Person, fmt: str | None = None) -> str:
        self.mark("date_of_birth")
        b = p.born
        fmt = fmt or self.pick(["iso", "iso", "local"])
        if fmt == "iso":
            return b.isoformat()
        if p.locale == "en_us":
            return f"{b.month:02d}/{b.day:02d}/{b.year}"
        if p.lang == "de":
            return f"{b.day:02d}.{b.month:02d}.{b.year}"
        return f"{b.day:02d}/{b.month:02d}/{b.year}"

    def dob_words(self, p: Person, lang: str) -> str:
        self.mark("date_of_birth")
        b = p.born
        month = MONTHS[lang][b.month - 1]
        if lang == "en":
            return f"{b.day} {month} {b.year}"
        if lang == "de":
            return f"{b.day}. {month} {b.year}"
        if lang == "fr":
            return f"{b.day} {month} {b.year}"
        return f"{b.day} de {month} de {b.year}"

    def _street_line(self, locale: str) -> str:
        street = self.pick(STREETS[locale])
        number = self.r.randint(1, 180)
        if locale == "en_us":
            return f"{self.r.randint(100, 9899)} {street}"
        if locale in ("en_gb", "fr"):
            return f"{number} {street}"
        if locale == "es":
            return f"{street} {number}" + self.pick(["", f", {self.r.randint(1, 8)}º B"])
        return f"{street} {number}" + self.pick(["", "a", ""])

    def address(self, locale: str | None = None, flat: bool | None = None) -> Any:
        self.mark("postal_address")
        locale = locale or self.locale()
        city, state, postcode = self.pick(CITIES[locale])
        line = self._street_line(locale)
        country = {"en_us": "US", "en_gb": "GB", "de": "DE", "fr": "FR", "es": "ES"}[locale]
        if flat if flat is not None else self.chance(0.35):
            if locale == "en_us":
                return f"{line}, {city}, {state} {postcode}"
            if locale == "en_gb":
                return f"{line}, {city} {postcode}"
            return f"{line}, {postcode} {city}"
        lang = lang_of(locale)
        holdout = self.split == "holdout"
        keys = {
            "en": ("street" if self.chance(0.5) else "line1", "city",
                   "zip" if locale == "en_us" else "postcode"),
            "de": ("straße" if holdout else "strasse", "ort", "plz"),
            "fr": ("rue", "ville", "code_postal"),
            "es": ("dirección" if holdout else "calle", "ciudad",
                   "código_postal" if holdout else "codigo_postal"),
        }[lang]
        out: dict[str, Any] = {self.k(keys[0]): line, self.k(keys[1]): city,
                               self.k(keys[2]): postcode}
        if state:
            out[self.k("state")] = state
        if self.chance(0.6):
            out[self.k("country")] = country
        return out

    def ip(self, family: str | None = None) -> str:
        self.mark("ip_address")
        family = family or self.pick(["v4", "v4", "v4", "v6", "private"])
        if family == "v6":
            groups = [self.hexstr(4).lstrip("0") or "0" for _ in range(4)]
            return "2001:db8:" + ":".join(groups) + "::" + self.hexstr(2).lstrip("0")
        if family == "private":
            return self.pick([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}."
                              f"{self.r.randint(1, 254)}",
                              f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"])
        prefix = self.pick(["203.0.113", "198.51.100", "192.0.2", "81.2.69", "93.184.216",
                            "185.199.108", "62.210.16", "88.198.41"])
        return f"{prefix}.{self.r.randint(1, 254)}"

    # -- high-risk -------------------------------------------------------------------
    def card(self, style: str | None = None) -> str:
        self.mark("payment_card")
        brand = self.pick(["visa", "visa", "mastercard", "amex", "discover"])
        return v.format_card(self.r, v.make_card_digits(self.r, brand), style)

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        self.mark("bank_account")
        country = country or self.pick(["DE", "DE", "FR", "ES", "NL", "GB", "IT", "AT", "BE"])
        iban = v.make_iban(self.r, country)
        return v.format_iban(iban, self.chance(0.4) if grouped is None else grouped)

    def bic(self) -> str:
        return self.pick(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "INGBNL2A",
                          "NWBKGB2L", "UNCRITMM", "GIBAATWW"])

    def us_bank(self) -> dict[str, str]:
        self.mark("bank_account")
        account = "".join(self.r.choice(string.digits) for _ in range(self.r.randint(8, 12)))
        return {self.k(self.pick(["routing_number", "aba_routing"])): v.make_aba(self.r),
                self.k(self.pick(["account_number", "bank_account_number"])): account}

    def uk_bank(self) -> dict[str, str]:
        self.mark("bank_account")
        sort = "-".join(f"{self.r.randint(0, 99):02d}" for _ in range(3))
        account = f"{self.r.randint(10_000_000, 99_999_999)}"
        return {self.k("sort_code"): sort, self.k("account_number"): account}

    def national_id(self, locale: str, p: Person | None = None) -> tuple[str, str]:
        """A (key, value) pair of the locale's national identifier."""
        self.mark("national_id")
        holdout = self.split == "holdout"
        if locale == "en_us":
            ssn = v.make_ssn(self.r)
            if holdout and self.chance(0.4):
                ssn = ssn.replace("-", "")
            key = self.pick(["ssn", "social_security_number"] + (["ss_no", "tax_id"]
                                                                 if holdout else []))
            return self.k(key), ssn
        if locale == "en_gb":
            nino = v.make_nino(self.r)
            if self.chance(0.5):
                nino = f"{nino[:2]} {nino[2:4]} {nino[4:6]} {nino[6:8]} {nino[8]}"
            key = self.pick(["ni_number", "national_insurance_number", "nino"])
            return self.k(key), nino
        if locale == "de":
            sid = v.make_steuer_id(self.r)
            if self.chance(0.4):
                sid = f"{sid[:2]} {sid[2:5]} {sid[5:8]} {sid[8:]}"
            key = self.pick(["steuer_id", "steuerliche_identifikationsnummer"] + (
                ["=IdNr", "=Steuer-ID"] if holdout else ["=steuerId"]))
            return self.k(key), sid
        if locale == "fr":
            p = p or self.person("fr")
            nir = v.make_nir(self.r, p.born.year, p.born.month, p.sex)
            value = v.format_nir(nir) if self.chance(0.5) else nir
            key = self.pick(["numero_securite_sociale", "nir"] + (
                ["=n°_sécu", "=numéro_de_sécurité_sociale"] if holdout else ["num_secu"]))
            return self.k(key), value
        if holdout and self.chance(0.35):
            return self.k(self.pick(["nie", "numero_nie"])), v.make_nie(self.r)
        return self.k(self.pick(["dni", "nif", "documento_identidad"])), v.make_dni(self.r)

    def passport(self, country: str) -> str:
        self.mark("passport")
        d = lambda n: "".join(self.r.choice(string.digits) for _ in range(n))  # noqa: E731
        if country == "DE":
            return self.r.choice("CFGHJK") + "".join(
                self.r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if country == "FR":
            return d(2) + "".join(self.r.choice(string.ascii_uppercase) for _ in range(2)) + d(5)
        if country == "ES":
            return "".join(self.r.choice(string.ascii_uppercase) for _ in range(3)) + d(6)
        if country == "US":
            return self.pick(["5", "6", "A"]) + d(8)
        return d(9)

    # -- credentials -----------------------------------------------------------------
    def password(self) -> str:
        self.mark("credential")
        word = self.pick(["Tr0ub4dor", "sunflower", "Winter", "orange-kayak", "Blauwal",
                          "maison", "Cielo", "rocket", "Marmelade", "tigre"])
        return word + self.pick(["!", "#", "&", "_", "$", ""]) + str(self.r.randint(10, 9999)) + \
            self.pick(["", "x", "Q!", "?"])

    def aws_key_id(self) -> str:
        self.mark("credential")
        return "AKIA" + self.token(16, string.ascii_uppercase + "234567")

    def aws_secret(self) -> str:
        self.mark("credential")
        return self.token(40, ALNUM + "/+")

    def github_token(self) -> str:
        self.mark("credential")
        if self.split == "holdout" and self.chance(0.4):
            return "github_pat_11" + self.token(20, string.ascii_uppercase + string.digits) + \
                "_" + self.token(59)
        return "ghp_" + self.token(36)

    def slack_token(self) -> str:
        self.mark("credential")
        d = lambda n: "".join(self.r.choice(string.digits) for _ in range(n))  # noqa: E731
        return f"{self.pick(['xoxb', 'xoxp'])}-{d(11)}-{d(13)}-{self.token(24)}"

    def stripe_key(self) -> str:
        self.mark("credential")
        return self.pick(["sk_live_", "sk_live_", "rk_live_"]) + self.token(
            self.r.randint(24, 40))

    def jwt(self) -> str:
        self.mark("credential")

        def enc(obj: dict[str, Any]) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

        header = {"alg": self.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        issued = 1_700_000_000 + self.r.randint(0, 40_000_000)
        payload = {"sub": f"usr_{self.token(12)}", "iat": issued, "exp": issued + 3600,
                   "scope": self.pick(["orders:read", "admin", "payments:write profile"])}
        return f"{enc(header)}.{enc(payload)}.{self.token(43, B64URL)}"

    def pem_private(self) -> str:
        self.mark("credential")
        label = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY",
                           "OPENSSH PRIVATE KEY"])
        body = self.b64blob(self.r.randint(120, 330))
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"

    def bearer(self) -> str:
        self.mark("credential")
        return "Bearer " + (self.jwt() if self.chance(0.6) else self.token(40))

    def opaque_secret(self) -> str:
        self.mark("credential")
        return self.pick([self.token(40), self.hexstr(64), "whsec_" + self.token(32)])

    def extra_secret(self) -> tuple[str, str]:
        """Secret formats only the holdout set uses."""
        self.mark("credential")
        options = [
            ("gitlab_token", "glpat-" + self.token(20, ALNUM + "-_")),
            ("google_api_key", "AIza" + self.token(35, ALNUM + "-_")),
            ("npm_token", "npm_" + self.token(36)),
            ("DATABASE_URL", f"postgres://app_rw:{self.token(18)}@db.internal:5432/orders"),
            ("authorization", "Basic " + base64.b64encode(
                f"svc-deploy:{self.token(16)}".encode()).decode()),
            ("sendgrid_api_key", f"SG.{self.token(22, B64URL)}.{self.token(43, B64URL)}"),
        ]
        key, value = self.pick(options)
        return key, value

    # -- public material (never a credential) ---------------------------------------
    def pem_public(self) -> str:
        label = self.pick(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY"])
        body = self.b64blob(self.r.randint(90, 400))
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"

    def ssh_public(self) -> str:
        if self.chance(0.5):
            return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.token(43, ALNUM + "+/") + \
                " ci-deploy-key"
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + self.token(300, ALNUM + "+/") + \
            " build-agent"

    # -- locations -------------------------------------------------------------------
    def precise(self, decimals: int | None = None) -> tuple[float, float]:
        self.mark("precise_location")
        _, _, lat, lon = self.pick(COARSE_PLACES)
        places = decimals or self.pick([4, 5, 5, 6, 6, 7])

        def jitter(x: float) -> float:
            scale = 10**places
            units = round(x * scale) + self.r.randint(-20 * scale // 100, 20 * scale // 100)
            if units % 10 == 0:
                units += self.pick([1, 3, 7])
            return round(units / scale, places)

        return jitter(lat), jitter(lon)

    def coarse(self) -> tuple[float, float]:
        _, _, lat, lon = self.pick(COARSE_PLACES)
        places = self.pick([1, 2, 2, 2, 3])
        return (round(lat + self.r.uniform(-0.05, 0.05), places),
                round(lon + self.r.uniform(-0.05, 0.05), places))

    # -- special categories ----------------------------------------------------------
    def fill(self, template: str, lang: str, p: Person | None = None) -> str:
        def value(match: re.Match[str]) -> str:
            slot = match.group(1)
            if slot == "cond":
                return str(self.pick(CONDITIONS[lang]))
            if slot == "med":
                return str(self.pick(MEDICATIONS))
            if slot == "allergy":
                return str(self.pick(ALLERGIES))
            if slot == "year":
                return str(self.r.randint(2008, 2024))
            if slot == "month":
                return MONTHS[lang][self.r.randint(0, 11)]
            if slot == "n":
                return str(self.r.randint(3, 30))
            if slot == "gene":
                return str(self.pick(GENES))
            if slot == "rsid":
                return str(self.pick(RSIDS))
            if slot == "geno":
                return self.pick(["A/G", "C/T", "T/T", "C/C", "G/G", "A/A"])
            if slot == "eth":
                return str(self.pick(ETHNICITY[lang]))
            if slot == "party":
                return str(self.pick(PARTIES[lang]))
            if slot == "rel":
                return str(self.pick(RELIGIONS[lang]))
            if slot == "union":
                return str(self.pick(UNIONS[lang]))
            if slot == "orient":
                return str(self.pick(ORIENTATION[lang]))
            if slot == "offense":
                return str(self.pick(OFFENSES[lang]))
            person = p or self.person({"en": "en_gb", "de": "de", "fr": "fr", "es": "es"}[lang])
            locale = person.locale
            if slot == "email":
                return self.email(person)
            if slot == "phone":
                return self.phone(locale)
            if slot == "address":
                return str(self.address(locale, flat=True))
            if slot == "dob":
                return self.dob_words(person, lang) if self.chance(0.5) else self.dob(person)
            if slot == "iban":
                return self.iban(grouped=self.chance(0.6))
            if slot == "card":
                return self.card(style=self.pick(["space", "dash", "plain"]))
            if slot == "name":
                return self.name(person)
            raise KeyError(slot)

        return re.sub(r"\{(\w+)\}", value, template)

    def special_sentence(self, kind: str, lang: str) -> str:
        self.mark(kind)
        self.tag(f"text:{kind}/{lang}")
        return self.fill(self.pick(SPECIAL[kind][lang]), lang)

    def pii_sentence(self, kind: str, lang: str, p: Person | None = None) -> str:
        self.tag(f"text:{kind}/{lang}")
        text = self.fill(self.pick(PII[kind][lang]), lang, p)
        assert kind in self.kinds
        return text

    def neutral(self, lang: str, context: str = "ticket", avoid: str = "") -> str:
        pool = NEUTRAL[lang] if context == "ticket" else NEUTRAL_BY_CONTEXT[context][lang]
        options = [x for x in pool.items(self.split) if x != avoid] or list(pool.items(self.split))
        return str(self.pick(options))

    def trap(self, lang: str) -> str:
        self.tag(f"trap/{lang}")
        return str(self.pick(TRAPS[lang]))

    def free_text(self, lang: str, special: list[str] | None = None, pii: list[str] | None = None,
                  traps: int = 0, p: Person | None = None, context: str = "ticket") -> str:
        parts = [self.neutral(lang, context)]
        for kind in special or []:
            parts.append(self.special_sentence(kind, lang))
        for kind in pii or []:
            parts.append(self.pii_sentence(kind, lang, p))
        for _ in range(traps):
            parts.append(self.trap(lang))
        if self.chance(0.4):
            parts.append(self.neutral(lang, context, avoid=parts[0]))
        head, tail = parts[0], parts[1:]
        self.r.shuffle(tail)
        return " ".join([head, *tail])


FREE_TEXT_SPECIAL = ("health", "health", "genetic", "racial_ethnic_origin",
                     "political_opinion", "religious_belief", "trade_union",
                     "sex_life_orientation", "criminal_record")
PII_TEXT = ("email", "phone", "postal_address", "date_of_birth", "bank_account", "payment_card",
            "person_name")

