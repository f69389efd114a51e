"""Document context: the seeded RNG, the filler makers and the tagging value generators.

Every generator that inserts personal data records a tag (``kind:detail`` or
``text:kind/lang``) in the context, so a document's kinds are known by construction.
Filler (ids, timestamps, hashes, base64) is checked against the look-alike sweep and
regenerated if it ever forms a kind.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar

from . import pools, texts, values
from .sweep import text_kinds

T = TypeVar("T")

KINDS = (
    "health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
    "religious_belief", "trade_union", "sex_life_orientation", "criminal_record",
    "payment_card", "bank_account", "national_id", "passport", "credential",
    "precise_location", "email", "phone", "ip_address", "date_of_birth", "postal_address",
    "person_name",
)
SPECIAL = KINDS[:9]
LANGS = ("en", "de", "fr", "es")
_DIGIT_RUN = re.compile(r"\d{7}")
_DETAIL = re.compile(r"[a-z0-9_]+")

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


class Person:
    """A natural person; reading a name part records a ``person_name`` tag."""

    def __init__(self, ctx: Ctx, first: str, last: str, culture: str) -> None:
        self._c = ctx
        self._first = first
        self._last = last
        self.culture = culture

    def full(self, detail: str = "field") -> str:
        self._c.tag("person_name", detail)
        return f"{self._first} {self._last}"

    def first(self, detail: str = "field") -> str:
        self._c.tag("person_name", detail)
        return self._first

    def last(self, detail: str = "field") -> str:
        self._c.tag("person_name", detail)
        return self._last

    def formal(self, detail: str = "field") -> str:
        self._c.tag("person_name", detail)
        return f"{self._last.upper()}, {self._first}"

    def initial_last(self, detail: str = "field") -> str:
        self._c.tag("person_name", detail)
        return f"{self._first[0]}. {self._last}"

    def raw(self) -> tuple[str, str]:
        """Name parts without tagging (for MRZ and e-mail construction only)."""
        return self._first, self._last

    def _ascii(self, text: str) -> str:
        text = text.replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("\u0131", "i")
        plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
        return "".join(ch for ch in plain if ch in string.ascii_lowercase)

    def handle(self) -> str:
        """A username; handles are not person names."""
        r = self._c.r
        first, last = self._ascii(self._first), self._ascii(self._last)
        style = r.randrange(4)
        if style == 0:
            return f"{first[:1]}{last}{r.randint(1, 99)}"
        if style == 1:
            return f"{first}_{last[:1]}"
        if style == 2:
            word = r.choice(["sunny", "night", "blue", "urban", "lazy"])
            return f"{word}{first[:3]}{r.randint(10, 99)}"
        return f"{last}.{first[:1]}"

    def email(self, domain: str | None = None, detail: str = "personal") -> str:
        r = self._c.r
        first, last = self._ascii(self._first), self._ascii(self._last)
        domain = domain or r.choice(pools.EMAIL_DOMAINS[self._c.loc])
        local = r.choice([f"{first}.{last}", f"{first[:1]}{last}", f"{first}{r.randint(1, 99)}",
                          f"{last}.{first}", f"{first}_{last[:1]}"])
        self._c.tag("email", detail)
        return f"{local}@{domain}"


class Ctx:
    def __init__(self, rng: random.Random, family: str, occurrence: int = 0) -> None:
        self.r = rng
        self.family = family
        self.occurrence = occurrence
        self._tags: set[str] = set()
        self.loc = rng.choice(pools.LOCALES)
        self.lang = pools.LOCALE_LANG[self.loc]

    # ---------------------------------------------------------------- randomness
    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def rot(self, options: Sequence[T]) -> T:
        """Rotate through ``options`` by the document's occurrence within its family."""
        return options[self.occurrence % len(options)]

    def one(self, *makers: Callable[[], T]) -> T:
        """Call one of ``makers``: only the chosen value is made, so only it is tagged."""
        return self.pick(makers)()

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self.r.sample(list(seq), k)

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def set_loc(self, loc: str) -> None:
        self.loc = loc
        self.lang = pools.LOCALE_LANG[loc]

    def k(self, concept: str) -> str:
        """A spelling of a key for ``concept`` (no tag): English or the document's language,
        and now and then any language (APIs that mix key languages exist)."""
        spellings = pools.KEYS[concept]
        if self.chance(0.1):
            return self.pick(spellings)
        local = [s for s in spellings if pools.KEY_LANG.get(s, "en") in ("en", self.lang)]
        return self.pick(local or spellings)

    # ---------------------------------------------------------------- tags
    def tag(self, kind: str, detail: str) -> None:
        assert kind in KINDS, kind
        assert _DETAIL.fullmatch(detail), detail
        self._tags.add(f"{kind}:{detail}")

    def said(self, kind: str, lang: str) -> None:
        assert kind in KINDS, kind
        self._tags.add(f"text:{kind}/{lang}")

    def tags(self) -> list[str]:
        return sorted(self._tags)

    def kinds(self) -> list[str]:
        out = set()
        for t in self._tags:
            if t.startswith("text:"):
                out.add(t[5:].split("/", 1)[0])
            else:
                out.add(t.split(":", 1)[0])
        return sorted(out)

    def note(self) -> str:
        tags = self.tags()
        return f"{self.family}: " + (", ".join(tags) if tags else "clean")

    # ---------------------------------------------------------------- guards
    def _guard(self, make: Callable[[], str], allowed: set[str], required: set[str]) -> str:
        for _ in range(200):
            value = make()
            found = text_kinds(value)
            if found <= allowed and required <= found:
                return value
        raise RuntimeError(f"could not make a value for {allowed} in {self.family}")

    def filler(self, make: Callable[[], str]) -> str:
        for _ in range(200):
            value = make()
            if not _DIGIT_RUN.search(value) and not text_kinds(value):
                return value
        raise RuntimeError("filler keeps forming a kind")

    def safe(self, make: Callable[[], str]) -> str:
        """A number-like look-alike (EAN, ISBN, reference) that forms no kind."""
        for _ in range(200):
            value = make()
            if not text_kinds(value):
                return value
        raise RuntimeError("look-alike keeps forming a kind")

    # ---------------------------------------------------------------- filler
    def uuid(self) -> str:
        return self.filler(lambda: str(uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def _chars(self, alphabet: str, n: int) -> str:
        """Random characters with digit runs cut at six, so no long numbers appear."""
        letters = [ch for ch in alphabet if not ch.isdigit()]
        out: list[str] = []
        run = 0
        for _ in range(n):
            ch = self.r.choice(alphabet) if run < 6 else self.r.choice(letters)
            run = run + 1 if ch.isdigit() else 0
            out.append(ch)
        return "".join(out)

    def hexs(self, n: int) -> str:
        return self.filler(lambda: self._chars("0123456789abcdef", n))

    def b62(self, n: int) -> str:
        return self.filler(lambda: self._chars(values.ALNUM, n))

    def b64(self, n: int) -> str:
        def make() -> str:
            body = self._chars(values.B64, n)
            return body if not body.startswith("eyJ") else "Q" + body[1:]
        return self.filler(make)

    def oid(self, prefix: str, n: int = 14) -> str:
        return f"{prefix}_{self.b62(n)}"

    def sha1(self) -> str:
        return self.hexs(40)

    def sha256(self) -> str:
        return self.hexs(64)

    def moment(self) -> dt.datetime:
        start = dt.datetime(2023, 3, 1, tzinfo=dt.UTC)
        return start + dt.timedelta(seconds=self.r.randint(0, 86400 * 800))

    def ts(self, style: str | None = None) -> str:
        m = self.moment()
        style = style or self.pick(["z", "ms", "offset"])
        if style == "z":
            return m.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "ms":
            return m.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.n(0, 999):03d}Z"
        return m.strftime("%Y-%m-%dT%H:%M:%S") + self.pick(["+01:00", "+02:00", "-05:00", "+00:00"])

    def day(self) -> str:
        return self.moment().strftime("%Y-%m-%d")

    def epoch(self) -> int:
        return int(self.moment().timestamp())

    def epoch_ms(self) -> int:
        for _ in range(100):
            v = int(self.moment().timestamp()) * 1000 + self.n(0, 999)
            if not text_kinds(str(v)):
                return v
        raise RuntimeError("epoch_ms")

    def semver(self) -> str:
        return f"{self.n(0, 9)}.{self.n(0, 40)}.{self.n(0, 20)}"

    def sku(self) -> str:
        return self.filler(lambda: f"{self.pick(['SKU', 'ART', 'PRD', 'RX'])}-"
                                   f"{self.b62(4).upper()}-{self.n(100, 9999)}")

    def money(self, lo: float = 3, hi: float = 400) -> float:
        return round(self.r.uniform(lo, hi), 2)

    def city(self, loc: str | None = None) -> tuple[str, str, str]:
        return self.pick(pools.CITIES[loc or self.loc])

    def coarse(self, city: str | None = None) -> tuple[float, float]:
        name = city or self.city()[0]
        lat, lon = pools.CENTRES[name]
        places = self.pick([1, 2, 2, 3])
        return round(lat + self.r.uniform(-0.02, 0.02), places), round(
            lon + self.r.uniform(-0.02, 0.02), places)

    def user_agent(self) -> str:
        return self.pick([
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/124.0 Mobile",
            "okhttp/4.12.0", "MyHealthApp/5.3.1 (iOS 17.5)", "Dalvik/2.1.0 (Linux; U; Android 13)",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/126.0",
        ])

    # ---------------------------------------------------------------- people
    def person(self, culture: str | None = None) -> Person:
        culture = culture or self.pick(pools.LOCALE_CULTURES.get(self.loc, ["en_us"]))
        firsts, lasts = pools.NAMES[culture]
        return Person(self, self.pick(firsts), self.pick(lasts), culture)

    def email(self, person: Person | None = None, kind: str = "personal") -> str:
        if kind == "role":
            self.tag("email", "role")
            return f"{self.pick(pools.ROLE_LOCALS)}@{self.pick(pools.WORK_DOMAINS)}"
        person = person or self.person()
        if kind == "work":
            return person.email(self.pick(pools.WORK_DOMAINS), "work")
        return person.email()

    def phone(self, loc: str | None = None, detail: str = "field") -> str:
        loc = loc or self.loc
        r = self.r

        def d(k: int) -> str:
            return "".join(r.choice(string.digits) for _ in range(k))

        def make() -> str:
            if loc == "us":
                area = f"{r.randint(2, 9)}{d(2)}"
                line = f"{r.randint(2, 9)}{d(2)}"
                return r.choice([f"+1 ({area}) {line}-{d(4)}", f"{area}-{line}-{d(4)}",
                                 f"+1{area}{line}{d(4)}", f"({area}) {line}-{d(4)}"])
            if loc == "uk":
                return r.choice([f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}",
                                 f"+44 20 {r.randint(3, 8)}{d(3)} {d(4)}", f"0113 {d(3)} {d(4)}"])
            if loc == "de":
                return r.choice([f"+49 15{r.randint(1, 9)} {d(8)}", f"0176 {d(4)} {d(4)}",
                                 f"+49 30 {r.randint(2, 9)}{d(6)}",
                                 f"+49 (0)89 {r.randint(2, 9)}{d(2)} {d(4)}",
                                 f"0221/{r.randint(2, 9)}{d(2)} {d(3)}"])
            if loc == "fr":
                pairs = " ".join(d(2) for _ in range(4))
                return r.choice([f"+33 6 {pairs}", f"06 {pairs}", f"+33 1 {pairs}",
                                 f"07.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])
            if loc == "es":
                return r.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}",
                                 f"+34 91 {d(3)} {d(2)} {d(2)}", f"+346{d(8)}"])
            return f"+31 6 {d(8)}"

        value = self._guard(make, {"phone"}, set())
        self.tag("phone", detail)
        return value

    def ip(self, version: int | None = None, detail: str = "field") -> str:
        r = self.r
        version = version or (6 if r.random() < 0.25 else 4)
        if version == 6:
            groups = [f"{r.randint(1, 0xffff):x}" for _ in range(4)]
            value = r.choice([f"2001:db8:{groups[0]}:{groups[1]}::{groups[2]}",
                              f"2a02:{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}:"
                              f"{r.randint(1, 0xfff):x}:{r.randint(1, 0xffff):x}:"
                              f"{r.randint(1, 0xffff):x}",
                              f"fe80::{groups[0]}:{groups[1]}:{groups[2]}"])
        else:
            value = r.choice([
                f"{r.choice([81, 84, 91, 176, 185, 203, 88, 62, 90, 37])}.{r.randint(1, 254)}."
                f"{r.randint(0, 254)}.{r.randint(1, 254)}",
                f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
            ])
        self.tag("ip_address", detail)
        return value

    def dob_date(self, young: bool = False) -> dt.date:
        years = (2008, 2019) if young else (1942, 2006)
        return dt.date(self.n(*years), self.n(1, 12), self.n(1, 28))

    def fmt_date(self, d: dt.date, style: str, lang: str = "en") -> str:
        if style == "iso":
            return d.isoformat()
        if style == "dot":
            return d.strftime("%d.%m.%Y")
        if style == "us":
            return d.strftime("%m/%d/%Y")
        if style == "eu":
            return d.strftime("%d/%m/%Y")
        if style == "long":
            month = MONTHS[lang][d.month - 1]
            if lang == "en":
                return f"{month} {d.day}, {d.year}"
            if lang == "de":
                return f"{d.day}. {month} {d.year}"
            if lang == "fr":
                return f"{d.day} {month} {d.year}"
            return f"{d.day} de {month} de {d.year}"
        raise ValueError(style)

    def dob(self, style: str | None = None, detail: str = "field", young: bool = False) -> str:
        d = self.dob_date(young)
        style = style or self.pick({"us": ["iso", "us", "long"], "uk": ["iso", "eu", "long"],
                                    "de": ["iso", "dot", "long"], "fr": ["iso", "eu", "long"],
                                    "es": ["iso", "eu", "long"]}.get(self.loc, ["iso"]))
        self.tag("date_of_birth", detail)
        return self.fmt_date(d, style, self.lang)

    def street(self, loc: str | None = None) -> str:
        loc = loc or self.loc
        tpl = self.pick(pools.STREETS[loc])
        return tpl.format(n=self.n(1, 240), a=self.n(1, 24))

    def address(self, loc: str | None = None, form: str | None = None,
                detail: str = "field", city: tuple[str, str, str] | None = None) -> dict | str:
        loc = loc or self.loc
        street = self.street(loc)
        city, region, postcode = city or self.city(loc)
        form = form or self.pick(["dict", "dict", "line", "lines"])
        self.tag("postal_address", detail)
        country = pools.LOCALE_COUNTRY[loc]
        if form == "line":
            if loc == "us":
                return f"{street}, {city}, {region} {postcode}"
            if loc == "uk":
                return f"{street}, {city} {postcode}"
            return f"{street}, {postcode} {city}"
        if form == "lines":
            tail = f"{city}, {region} {postcode}" if loc == "us" else f"{postcode} {city}"
            return [street, tail, country]
        keys = {"de": ("straße", "plz", "ort", "land"), "fr": ("rue", "code_postal", "ville",
                                                               "pays"),
                "es": ("calle", "código_postal", "ciudad", "país")}.get(loc)
        if keys and self.chance(0.5):
            return {keys[0]: street, keys[1]: postcode, keys[2]: city, keys[3]: country}
        out = {self.pick(["line1", "street", "street_address", "addressLine1"]): street,
               "city": city, self.pick(["postal_code", "postcode", "zip", "postalCode"]): postcode,
               "country": country}
        if region:
            out["state"] = region
        return out

    def coords(self, city: str | None = None, detail: str = "point") -> tuple[float, float]:
        name = city or self.city()[0]
        lat0, lon0 = pools.CENTRES[name]
        while True:
            places = self.pick([4, 5, 5, 6, 6, 7])
            lat = round(lat0 + self.r.uniform(-0.04, 0.04), places)
            lon = round(lon0 + self.r.uniform(-0.04, 0.04), places)
            if min(len(repr(lat).split(".")[1]), len(repr(lon).split(".")[1])) >= 4:
                break
        self.tag("precise_location", detail)
        return lat, lon

    # ---------------------------------------------------------------- identifiers
    def card(self, brand: str | None = None, style: str | None = None,
             detail: str | None = None) -> str:
        brand = brand or self.pick(values.CARD_BRANDS)
        style = style or self.pick(["plain", "plain", "space", "dash"])
        value = self._guard(lambda: values.format_card(values.card_number(self.r, brand), style),
                            {"payment_card"}, {"payment_card"})
        self.tag("payment_card", detail or brand)
        return value

    def iban(self, country: str | None = None, grouped: bool | None = None,
             detail: str = "iban") -> str:
        country = country or {"de": "DE", "fr": "FR", "es": "ES", "uk": "GB", "us": "NL"}.get(
            self.loc, "DE")
        grouped = self.chance(0.4) if grouped is None else grouped
        value = self._guard(lambda: values.format_iban(values.iban(self.r, country), grouped),
                            {"bank_account"}, {"bank_account"})
        self.tag("bank_account", detail)
        return value

    def us_bank(self) -> tuple[str, str]:
        routing = self._guard(lambda: values.aba_routing(self.r), set(), set())
        account = self._guard(lambda: values.us_account_number(self.r), set(), set())
        self.tag("bank_account", "us_routing")
        return routing, account

    def uk_bank(self) -> tuple[str, str]:
        self.tag("bank_account", "uk_sortcode")
        return values.uk_sort_code(self.r), values.uk_account_number(self.r)

    def national_id(self, which: str, fmt: str | None = None) -> str:
        r = self.r
        makers: dict[str, Callable[[], str]] = {
            "ssn": lambda: values.ssn(r, dashed=fmt != "plain"),
            "nino": lambda: values.nino(r, spaced=fmt == "spaced"),
            "steuer_id": lambda: values.steuer_id(r, spaced=fmt == "spaced"),
            "nir": lambda: values.nir(r, spaced=fmt == "spaced"),
            "dni": lambda: values.dni(r, dashed=fmt == "dashed"),
            "nie": lambda: values.nie(r),
        }
        required = set() if which == "ssn" and fmt == "plain" else {"national_id"}
        value = self._guard(makers[which], {"national_id"}, required)
        self.tag("national_id", which)
        return value

    def passport(self, country: str | None = None) -> str:
        country = country or pools.LOCALE_COUNTRY[self.loc]
        value = self._guard(lambda: values.passport_number(self.r, country), set(), set())
        self.tag("passport", country.lower())
        return value

    def secret(self, which: str) -> str:
        r = self.r
        makers: dict[str, Callable[[], str]] = {
            "aws_key": lambda: values.aws_access_key_id(r),
            "aws_secret": lambda: values.aws_secret_key(r),
            "github": lambda: values.github_token(r),
            "slack": lambda: values.slack_token(r),
            "stripe": lambda: values.stripe_secret(r),
            "gitlab": lambda: values.gitlab_token(r),
            "google": lambda: values.google_api_key(r),
            "npm": lambda: values.npm_token(r),
            "sendgrid": lambda: values.sendgrid_key(r),
            "webhook_secret": lambda: values.webhook_secret(r),
            "opaque": lambda: values.opaque_token(r, self.n(32, 48)),
            "password": lambda: values.password(r),
            "text_password": lambda: values.password(r),
            "csv_password": lambda: values.password(r).replace(",", ";"),
            "pem": lambda: values.pem_private_key(r),
            "jwt": lambda: values.jwt(r, self.uuid(), self.pick(
                ["https://auth.lumen-id.com/", "https://login.northwind.app",
                 "https://id.pillbox.care/oauth2"]), self.epoch()),
        }
        allowed = {"credential"}
        value = self._guard(makers[which], allowed, set())
        self.tag("credential", which)
        return value

    def basic_auth(self, user: str) -> str:
        value = self._guard(lambda: values.basic_auth(self.r, user), {"credential"},
                            {"credential"})
        self.tag("credential", "basic_auth")
        return value

    def conn_string(self, scheme: str | None = None) -> str:
        scheme = scheme or self.pick(["postgres", "mysql", "mongodb+srv", "redis", "amqp"])
        user = self.pick(["app", "svc_orders", "admin", "etl", "reporting"])
        host = self.pick(["db.internal.northwind.app", "cluster0.xk2lp.mongodb.net",
                          "cache.prod.ridelane.io", "mq.pillbox.care", "pg-primary.svc"])

        def make() -> str:
            pw = values.password(self.r).replace("/", "_").replace("@", "_").replace(":", "_")
            if scheme == "redis":
                return f"redis://:{pw}@{host}:6379/0"
            port = {"postgres": ":5432", "mysql": ":3306", "amqp": ":5672"}.get(scheme, "")
            return f"{scheme}://{user}:{pw}@{host}{port}/{self.pick(['app', 'prod', 'events'])}"

        value = self._guard(make, {"credential"}, {"credential"})
        self.tag("credential", "conn_string")
        return value

    # ---------------------------------------------------------------- free text
    def say(self, kind: str, lang: str | None = None, avoid: tuple[str, ...] = ()) -> str:
        """A free-text sentence about ``kind`` in ``lang`` (tags text:kind/lang); sentences
        containing any of the ``avoid`` fragments are skipped."""
        bank = texts.SENT[kind]
        if lang is None or lang not in bank:
            lang = self.lang if self.lang in bank and self.chance(0.6) else self.pick(sorted(bank))
        options = [s for s in bank[lang] if not any(a in s for a in avoid)] or bank[lang]
        sentence = self.pick(options)
        self.said(kind, lang)
        return self.fill(sentence)

    def say_multi(self, kind: str, lang: str | None = None) -> str:
        """A sentence from the multi-kind bank that mentions ``kind``."""
        options = [m for m in texts.MULTI if kind in m[0] and (lang is None or m[1] == lang)]
        if not options:
            options = [m for m in texts.MULTI if kind in m[0]]
        kinds, mlang, sentence = self.pick(options)
        for k in kinds:
            self.said(k, mlang)
        return self.fill(sentence)

    def fill(self, sentence: str) -> str:
        if "{" not in sentence:
            return sentence
        p = self.person()
        q = self.person()
        repl = {}
        if "{name}" in sentence:
            repl["name"] = p.full("text")
        if "{first}" in sentence:
            repl["first"] = p.first("text")
        if "{other}" in sentence:
            repl["other"] = q.full("text")
        if "{date}" in sentence:
            repl["date"] = self.day()
        return sentence.format(**repl)

    def delivery_note(self) -> str:
        kind, lang, text = self.pick(texts.DELIVERY_NOTES)
        if kind:
            self.said(kind, lang)
        return text

    def clean_text(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        return self.pick(texts.CLEAN[lang])
