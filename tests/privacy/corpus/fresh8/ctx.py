"""The document context: every personal value goes in through a method that records its kind.

A family builds one document from a ``Ctx``. Each method that returns personal data calls
``mark(kind, tag)``; the document's ``kinds`` and the ``note`` tags come only from those calls,
so the labels are known by construction. ``decoy(tag)`` records a hard negative (no kind).
"""

from __future__ import annotations

import base64
import json
import random
import string
import unicodedata
from dataclasses import dataclass
from typing import Any, TypeVar

from . import fill, gen, text
from .pools import CITIES, COUNTRY_OF_LANG, KEYS, MAIL_DOMAINS, NAMES, ORIGINS_BY_LANG, STREETS

T = TypeVar("T")

SPECIAL = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
           "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK = ("payment_card", "bank_account", "national_id", "passport", "credential",
             "precise_location")
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
ALL_KINDS = frozenset(SPECIAL + HIGH_RISK + ORDINARY)
FREE_TEXT = tuple(k for k in SPECIAL if k not in ("health", "biometric"))

LANGS = ("en", "de", "fr", "es")


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    origin: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def ascii_fold(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch in string.ascii_lowercase + "-")


class Ctx:
    """Per-document random source plus the record of what was inserted."""

    def __init__(self, rng: random.Random, lang: str | None = None) -> None:
        self.rng = rng
        self.lang = lang or rng.choice(LANGS)
        self.kinds: set[str] = set()
        self.tags: list[str] = []

    # --- bookkeeping -------------------------------------------------------------------------

    def mark(self, kind: str, tag: str | None = None) -> None:
        if kind not in ALL_KINDS:
            raise ValueError(kind)
        self.kinds.add(kind)
        label = tag if tag is not None else kind
        if label not in self.tags:
            self.tags.append(label)

    def decoy(self, tag: str) -> None:
        label = f"decoy:{tag}"
        if label not in self.tags:
            self.tags.append(label)

    # --- randomness helpers ------------------------------------------------------------------

    def pick(self, seq: list[T] | tuple[T, ...]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def k(self, concept: str, lang: str | None = None) -> str:
        return self.pick(KEYS[concept][lang or self.lang])

    def country(self) -> str:
        return COUNTRY_OF_LANG[self.lang]

    # --- names -------------------------------------------------------------------------------

    def person(self, lang: str | None = None, named: bool = True) -> Person:
        """A person; ``named=False`` when only derived values (an e-mail address) go in."""
        origin = self.pick(ORIGINS_BY_LANG[lang or self.lang])
        givens, families = NAMES[origin]
        if named:
            self.mark("person_name")
        return Person(self.pick(givens), self.pick(families), origin)

    def name(self, style: str = "full", lang: str | None = None) -> str:
        p = self.person(lang)
        if style == "given":
            return p.given
        if style == "reversed":
            return f"{p.family}, {p.given}"
        if style == "upper_family":
            return f"{p.family.upper()} {p.given}"
        if style == "initial":
            return f"{p.given[0]}. {p.family}"
        return p.full

    # --- contact data ------------------------------------------------------------------------

    def email(self, p: Person | None = None, work_domain: str | None = None) -> str:
        self.mark("email")
        if p is None:
            local = self.pick(["info", "kontakt", "support", "contact", "hola", "billing"])
            return f"{local}@{work_domain or self.pick(['northpeak.io', 'grupo-alcor.es'])}"
        given, family = ascii_fold(p.given) or "x", ascii_fold(p.family) or "y"
        style = self.rng.randrange(4)
        if style == 0:
            local = f"{given}.{family}"
        elif style == 1:
            local = f"{given[0]}{family}{self.rng.randint(70, 99)}"
        elif style == 2:
            local = f"{family}.{given[0]}"
        else:
            local = f"{given}_{self.rng.randint(1, 999)}"
        domain = work_domain or self.pick(MAIL_DOMAINS[self.lang])
        return f"{local}@{domain}"

    def phone(self, country: str | None = None) -> str:
        self.mark("phone")
        c = country or self.country()
        r = self.rng
        if c == "de":
            return self.pick([f"+49 1{r.randint(51, 79)} {gen.digits(r, 7)}",
                              f"030 {gen.digits(r, 7)}",
                              f"0{r.randint(151, 179)}/{gen.digits(r, 7)}"])
        if c == "fr":
            pairs = " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))
            return self.pick([f"+33 6 {pairs}", f"06 {pairs}", f"07.{pairs.replace(' ', '.')}"])
        if c == "es":
            return self.pick([f"+34 6{gen.digits(r, 2)} {gen.digits(r, 3)} {gen.digits(r, 3)}",
                              f"6{gen.digits(r, 2)} {gen.digits(r, 2)} {gen.digits(r, 2)} "
                              f"{gen.digits(r, 2)}"])
        if c == "us":
            return self.pick([f"({r.randint(201, 989)}) 555-{gen.digits(r, 4)}",
                              f"+1 {r.randint(201, 989)}-{r.randint(200, 989)}-{gen.digits(r, 4)}"])
        return self.pick([f"+44 7700 {gen.digits(r, 6)}", f"07700 {gen.digits(r, 6)}",
                          f"020 7946 {gen.digits(r, 4)}"])

    def ip(self, v6: bool | None = None) -> str:
        self.mark("ip_address")
        r = self.rng
        if v6 if v6 is not None else self.chance(0.25):
            groups = [f"{r.randrange(0x10000):x}" for _ in range(4)]
            return self.pick(["2a02:8108", "2001:db8", "2600:1700", "2a01:cb00"]) + ":" + \
                ":".join(groups) + self.pick(["::1", f"::{r.randrange(0x10000):x}"])
        first = self.pick([10, 172, 192, 81, 93, 185, 203, 88, 46])
        second = 168 if first == 192 else r.randint(0, 255)
        return f"{first}.{second}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def dob(self, fmt: str | None = None) -> str:
        self.mark("date_of_birth")
        r = self.rng
        y, m, d = r.randint(1941, 2007), r.randint(1, 12), r.randint(1, 28)
        style = fmt or self.pick(["iso", "local", "iso"])
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if self.lang == "de":
            return f"{d:02d}.{m:02d}.{y}"
        if self.lang in ("fr", "es"):
            return f"{d:02d}/{m:02d}/{y}"
        return self.pick([f"{m:02d}/{d:02d}/{y}", f"{d} {_MONTHS[m - 1]} {y}"])

    def address(self, country: str | None = None, structured: bool | None = None) -> Any:
        self.mark("postal_address")
        c = country or self.country()
        street = self.pick(STREETS[c])
        city, state, postcode = self.pick(CITIES[c])
        number = str(self.rng.randint(1, 220))
        if c in ("us", "uk"):
            line1 = f"{number} {street}"
        elif c == "fr":
            line1 = f"{number}{self.pick(['', ' bis'])} {street}"
        else:
            line1 = f"{street} {number}"
        if c == "es" and self.chance(0.5):
            line1 += f", {self.rng.randint(1, 8)}º {self.rng.choice('ABCD')}"
        if structured if structured is not None else self.chance(0.5):
            out: dict[str, str] = {"street": line1, "city": city, "postcode": postcode}
            if state:
                out["state"] = state
            return out
        if c == "us":
            return f"{line1}, {city}, {state} {postcode}"
        if c == "uk":
            return f"{line1}, {city} {postcode}"
        return f"{line1}, {postcode} {city}"

    # --- high-risk ---------------------------------------------------------------------------

    def card(self, style: str | None = None, brand: str | None = None) -> str:
        b = brand or self.pick(list(gen.CARD_PREFIXES))
        self.mark("payment_card", f"payment_card:{b}")
        return gen.format_card(gen.card_digits(self.rng, b),
                               style or self.pick(["plain", "spaced", "dashed"]))

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        cc = country or self.pick(["DE", "FR", "ES", "GB", "NL", "IT", "AT", "BE"])
        self.mark("bank_account", f"bank_account:iban-{cc.lower()}")
        value = gen.iban(self.rng, cc)
        return gen.group4(value) if (grouped if grouped is not None else self.chance(0.4)) \
            else value

    def us_bank(self) -> dict[str, str]:
        self.mark("bank_account", "bank_account:aba")
        return {"routing_number": gen.aba_routing(self.rng),
                "account_number": gen.digits(self.rng, self.rng.randint(9, 12))}

    def uk_bank(self) -> dict[str, str]:
        self.mark("bank_account", "bank_account:sortcode")
        r = self.rng
        return {"sort_code": f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
                "account_number": gen.digits(r, 8)}

    def national_id(self, which: str | None = None) -> tuple[str, str]:
        """Return (scheme, value) for the language's id scheme unless ``which`` is given."""
        scheme = which or {"en": self.pick(["ssn", "nino"]), "de": "steuer_id", "fr": "nir",
                           "es": self.pick(["dni", "nie"])}[self.lang]
        self.mark("national_id", f"national_id:{scheme}")
        r = self.rng
        if scheme == "ssn":
            return scheme, gen.ssn(r, dashed=self.chance(0.8))
        if scheme == "nino":
            return scheme, gen.nino(r, spaced=self.chance(0.4))
        if scheme == "steuer_id":
            return scheme, gen.steuer_id(r, spaced=self.chance(0.3))
        if scheme == "nir":
            return scheme, gen.nir(r, spaced=self.chance(0.4))
        if scheme == "dni":
            return scheme, gen.dni(r)
        return scheme, gen.nie(r)

    def passport(self, country: str | None = None) -> str:
        cc = country or {"en": self.pick(["US", "GB", "IN"]), "de": "DE", "fr": "FR",
                         "es": "ES"}[self.lang]
        self.mark("passport", f"passport:{cc.lower()}")
        return gen.passport(self.rng, cc)

    def coords(self, decimals: int | None = None) -> tuple[float, float]:
        self.mark("precise_location")
        places = decimals or self.pick([4, 5, 6])
        while True:
            lat = round(self.rng.uniform(36.0, 58.0), places)
            lon = round(self.rng.uniform(-9.0, 20.0), places)
            if all(len(repr(v).split(".")[1]) == places for v in (lat, lon)):
                return lat, lon

    def credential(self, flavour: str | None = None) -> str:
        f = flavour or self.pick(CREDENTIAL_FLAVOURS)
        self.mark("credential", f"credential:{f}")
        return _credential(self.rng, f)

    # --- special categories ------------------------------------------------------------------

    def say(self, kind: str, lang: str | None = None) -> str:
        """A free-text sentence revealing ``kind`` (names inside go through ``person``)."""
        lng = lang or self.lang
        self.mark(kind, f"text:{kind}/{lng}")
        sentence = self.pick(text.SENTENCES[kind][lng])
        while "{n}" in sentence:
            sentence = sentence.replace("{n}", self.name(self.pick(["given", "full"]), lng), 1)
        return sentence

    def chat(self, lang: str | None = None) -> str:
        """Neutral filler sentence with no kind."""
        return self.pick(text.NEUTRAL[lang or self.lang])

    def tempting(self, lang: str | None = None) -> str:
        """Sentence with a look-alike word (health check, SQL UNION...) and no kind."""
        self.decoy("text")
        return self.pick(text.TEMPTING[lang or self.lang])

    def special(self, lang: str | None = None, kinds: tuple[str, ...] = FREE_TEXT) -> str:
        """Free text for a randomly chosen special category.

        By default health is left out (the structured families already cover it well) and
        biometric has no free-text form.
        """
        choices = [k for k in kinds if k in text.SENTENCES]
        return self.say(self.pick(choices), lang)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]

CREDENTIAL_FLAVOURS = ["aws", "github", "github_pat", "slack", "stripe", "stripe_rk", "gitlab",
                       "google", "npm", "sendgrid", "jwt", "pem", "password", "webhook",
                       "oauth_secret", "bearer"]


def _credential(rng: random.Random, flavour: str) -> str:
    rs = gen.rand_str
    if flavour == "aws":
        return "AKIA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if flavour == "aws_secret":
        return rs(rng, gen.ALNUM + "/+", 40)
    if flavour == "github":
        return "ghp_" + rs(rng, gen.ALNUM, 36)
    if flavour == "github_pat":
        return "github_pat_" + rs(rng, gen.ALNUM, 22) + "_" + rs(rng, gen.ALNUM, 59)
    if flavour == "slack":
        return (f"xox{rng.choice('bp')}-{gen.digits(rng, 12)}-{gen.digits(rng, 13)}-"
                + rs(rng, gen.ALNUM, 24))
    if flavour == "stripe":
        return "sk_live_" + rs(rng, gen.ALNUM, 48)
    if flavour == "stripe_rk":
        return "rk_live_" + rs(rng, gen.ALNUM, 48)
    if flavour == "gitlab":
        return "glpat-" + rs(rng, gen.URLSAFE, 20)
    if flavour == "google":
        return "AIza" + rs(rng, gen.URLSAFE, 35)
    if flavour == "npm":
        return "npm_" + rs(rng, gen.ALNUM, 36)
    if flavour == "sendgrid":
        return "SG." + rs(rng, gen.URLSAFE, 22) + "." + rs(rng, gen.URLSAFE, 43)
    if flavour == "jwt":
        return jwt(rng)
    if flavour == "pem":
        body = rs(rng, gen.B64, 640)
        lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
        label = rng.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
        return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"
    if flavour == "password":
        return rng.choice(["Sommer2024!", "hunter2hunter2", "P@ssw0rd-Luna88", "Chouquette#77",
                           "tqbfjotld-42", "Bienvenido.2023", "correcthorse!battery",
                           rs(rng, gen.ALNUM + "!#%&", 14)])
    if flavour == "webhook":
        return "whsec_" + rs(rng, gen.ALNUM, 32)
    if flavour == "oauth_secret":
        return rs(rng, gen.URLSAFE, 40)
    if flavour == "bearer":
        return "Bearer " + rng.choice([jwt(rng), rs(rng, gen.URLSAFE, 48)])
    if flavour == "basic":
        user = rng.choice(["svc-report", "admin", "ingest", "billing-bot"])
        pwd = rs(rng, gen.ALNUM, 18)
        return "Basic " + base64.b64encode(f"{user}:{pwd}".encode()).decode()
    if flavour == "dsn":
        scheme = rng.choice(["postgres", "mysql", "mongodb+srv", "redis", "amqp"])
        user = rng.choice(["app", "etl_user", "root", "svc_orders"])
        host = rng.choice(["db.internal", "cluster0.mongodb.net", "10-db-primary", "mq.prod.local"])
        return f"{scheme}://{user}:{rs(rng, gen.ALNUM, 16)}@{host}:5432/main"
    raise ValueError(flavour)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng: random.Random) -> str:
    header = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    claims = {"sub": fill.uuid(rng), "iat": fill.epoch(rng), "scope": "read write"}
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{payload}.{gen.rand_str(rng, gen.URLSAFE, 43)}"
