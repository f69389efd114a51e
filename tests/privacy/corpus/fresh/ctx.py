"""A document under construction: value makers that record the kind they insert."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from . import checks as c
from . import phrases, pools

LANGS = ("en", "de", "fr", "es")
LOCALE_LANG = {"us": "en", "gb": "en", "de": "de", "fr": "fr", "es": "es"}
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
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def _camel(key: str, upper: bool) -> str:
    parts = [p for p in key.split("_") if p]
    if not parts:
        return key
    head = parts[0].capitalize() if upper else parts[0]
    return head + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def restyle(value: Any, style: str) -> Any:
    """Rewrite snake_case keys as camelCase, PascalCase or kebab-case (values untouched)."""
    if style == "snake":
        return value
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if re.fullmatch(r"[a-z][a-z0-9_]*", key):
                if style == "camel":
                    key = _camel(key, False)
                elif style == "pascal":
                    key = _camel(key, True)
                else:
                    key = key.replace("_", "-")
            out[key] = restyle(item, style)
        return out
    if isinstance(value, list):
        return [restyle(item, style) for item in value]
    return value


class Doc:
    def __init__(self, rng: random.Random, family: str) -> None:
        self.rng = rng
        self.family = family
        self.kinds: set[str] = set()
        self.notes: list[str] = []

    # --- bookkeeping ----------------------------------------------------------------------

    def mark(self, kind: str, note: str | None = None) -> None:
        self.kinds.add(kind)
        if note and note not in self.notes:
            self.notes.append(note)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def style(self, value: Any, weights: tuple[int, int, int, int] = (4, 3, 1, 1)) -> Any:
        style = self.rng.choices(("snake", "camel", "pascal", "kebab"), weights)[0]
        if style != "snake":
            self.note(f"keys:{style}")
        return restyle(value, style)

    # --- filler (never a kind) ------------------------------------------------------------

    def uuid(self) -> str:
        return c.uuid(self.rng)

    def hex(self, n: int = 12) -> str:
        return c.hexs(self.rng, n)

    def b64(self, n: int) -> str:
        return c.b64s(self.rng, n)

    def ref(self, prefix: str, n: int = 14) -> str:
        return f"{prefix}_{c.alnum(self.rng, n)}"

    def ts(self, days: int = 540) -> str:
        t = EPOCH + timedelta(seconds=self.rng.randint(0, days * 86400))
        return t.strftime("%Y-%m-%dT%H:%M:%S") + self.pick(
            ("Z", f".{self.rng.randint(0, 999):03d}Z", "+00:00")
        )

    def epoch(self) -> int:
        return int(EPOCH.timestamp()) + self.rng.randint(0, 540 * 86400)

    def day(self, days: int = 540) -> str:
        return (EPOCH.date() + timedelta(days=self.rng.randint(0, days))).isoformat()

    def money(self, lo: float = 5, hi: float = 500) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def version(self) -> str:
        return f"{self.rng.randint(0, 14)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 60)}"

    def city(self) -> tuple[str, float, float]:
        return self.pick(pools.CITY_COORDS)

    # --- ordinary personal data -----------------------------------------------------------

    def locale(self) -> str:
        return self.pick(("us", "gb", "de", "fr", "es"))

    def first(self, locale: str | None = None) -> str:
        key = LOCALE_LANG.get(locale or "", None) or self.pick(("en", "de", "fr", "es", "world"))
        if self.chance(0.25):
            key = "world"
        self.mark("person_name")
        return self.pick(pools.FIRST[key])

    def last(self, locale: str | None = None) -> str:
        key = LOCALE_LANG.get(locale or "", None) or self.pick(("en", "de", "fr", "es", "world"))
        if self.chance(0.25):
            key = "world"
        self.mark("person_name")
        return self.pick(pools.LAST[key])

    def person(self, locale: str | None = None) -> tuple[str, str]:
        return self.first(locale), self.last(locale)

    def full_name(self, locale: str | None = None) -> str:
        f, last = self.person(locale)
        return f"{f} {last}"

    def email(self, first: str | None = None, last: str | None = None, work: bool = False) -> str:
        self.mark("email")

        def ascii_(s: str) -> str:
            table = str.maketrans(
                "äöüßéèëêáíóúñçàâîïôûÿãõøłńśżźćęą", "aouseeeeaiouncaaiiouyaoolnszzcea"
            )
            return re.sub(r"[^a-z]", "", s.lower().translate(table))

        if first and last:
            local = self.pick(
                (
                    f"{ascii_(first)}.{ascii_(last)}",
                    f"{ascii_(first)[0]}{ascii_(last)}",
                    f"{ascii_(first)}{self.rng.randint(1, 99)}",
                    f"{ascii_(last)}.{ascii_(first)[0]}",
                )
            )
        else:
            local = self.pick(
                (
                    "support",
                    "billing",
                    "hr-team",
                    "ops",
                    "info",
                    "careers",
                    "accounts.payable",
                    "no-reply",
                )
            )
        domain = self.pick(pools.WORK_DOMAINS if work or not first else pools.DOMAINS)
        return f"{local}@{domain}"

    def someone_email(self, work: bool = False) -> str:
        """A personal address whose owner's name appears nowhere else in the document."""
        first = self.pick(pools.FIRST[self.pick(("en", "de", "fr", "es", "world"))])
        last = self.pick(pools.LAST[self.pick(("en", "de", "fr", "es", "world"))])
        return self.email(first, last, work=work)

    def msisdn(self, locale: str | None = None) -> str:
        """E.164 digits without the plus, as switches write them."""
        self.mark("phone")
        loc = locale or self.locale()
        cc, first, n = {
            "us": ("1", "", 10),
            "gb": ("44", "7", 9),
            "de": ("49", "17", 10),
            "fr": ("33", "6", 9),
            "es": ("34", "6", 9),
        }[loc]
        digits = first + "".join(self.pick("0123456789") for _ in range(n - len(first)))
        if loc == "us":
            digits = str(self.rng.randint(201, 989)) + digits[3:]
        return cc + digits

    def phone(self, locale: str | None = None) -> str:
        self.mark("phone")
        r = self.rng
        loc = locale or self.locale()
        d = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        if loc == "us":
            a, b = r.randint(201, 989), r.randint(201, 989)
            return self.pick(
                (f"+1 {a}-{b}-{d(4)}", f"({a}) {b}-{d(4)}", f"+1{a}{b}{d(4)}", f"{a}.{b}.{d(4)}")
            )
        if loc == "gb":
            return self.pick(
                (
                    f"+44 7{d(3)} {d(6)}",
                    f"07{d(3)} {d(6)}",
                    f"+44 20 {d(4)} {d(4)}",
                    f"0113 {d(3)} {d(4)}",
                )
            )
        if loc == "de":
            return self.pick(
                (
                    f"+49 15{d(1)} {d(8)}",
                    f"030 {d(8)}",
                    f"+49 (0)89 {d(4)} {d(3)}",
                    f"0171/{d(7)}",
                    f"+4917{d(9)}",
                )
            )
        if loc == "fr":
            return self.pick(
                (
                    f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                    f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                    f"+33 (0)1 {d(2)} {d(2)} {d(2)} {d(2)}",
                    f"07.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
                )
            )
        return self.pick((f"+34 6{d(2)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}", f"+346{d(8)}"))

    def ip(self, v6: bool | None = None) -> str:
        self.mark("ip_address")
        r = self.rng
        if v6 if v6 is not None else self.chance(0.25):
            groups = [self.pick(("2a02", "2001", "2600", "2a01", "fe80"))] + [
                f"{r.randint(0, 0xFFFF):x}" for _ in range(3)
            ]
            return ":".join(groups) + "::" + f"{r.randint(1, 0xFFFF):x}"
        first = self.pick((10, 172, 192, 81, 93, 178, 24, 73, 88, 203, 46, 185))
        second = {10: r.randint(0, 255), 172: r.randint(16, 31), 192: 168}.get(
            first, r.randint(0, 255)
        )
        return f"{first}.{second}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def birth(self, lo: int = 1948, hi: int = 2006) -> date:
        return date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def dob(self, fmt: str | None = None, born: date | None = None, lang: str = "en") -> str:
        self.mark("date_of_birth")
        b = born or self.birth()
        fmt = fmt or self.pick(("iso", "iso", "dmy_dot", "mdy", "dmy_slash", "long", "compact"))
        if fmt == "iso":
            return b.isoformat()
        if fmt == "dmy_dot":
            return b.strftime("%d.%m.%Y")
        if fmt == "mdy":
            return b.strftime("%m/%d/%Y")
        if fmt == "dmy_slash":
            return b.strftime("%d/%m/%Y")
        if fmt == "compact":
            return b.strftime("%Y%m%d")
        month = MONTHS[lang][b.month - 1]
        if lang == "es":
            return f"{b.day} de {month} de {b.year}"
        if lang == "de":
            return f"{b.day}. {month} {b.year}"
        return f"{b.day} {month} {b.year}"

    def address(self, locale: str | None = None, as_text: bool | None = None) -> Any:
        self.mark("postal_address")
        loc = locale or self.locale()
        street, city, region, postcode = self.pick(pools.STREETS[loc])
        line = street.format(n=self.rng.randint(1, 240), u=self.rng.randint(1, 9))
        country = {"us": "US", "gb": "GB", "de": "DE", "fr": "FR", "es": "ES"}[loc]
        if as_text if as_text is not None else self.chance(0.3):
            if loc == "us":
                return f"{line}, {city}, {region} {postcode}"
            if loc == "gb":
                return f"{line}, {city} {postcode}"
            return f"{line}, {postcode} {city}"
        out = {"line1": line, "city": city, "postal_code": postcode, "country": country}
        if region:
            out["state"] = region
        return out

    def coords(self, decimals: int | None = None) -> tuple[float, float]:
        _, lat, lon = self.city()
        decimals = decimals or self.pick((4, 5, 5, 6, 6, 7))
        lat = round(lat + self.rng.uniform(-0.08, 0.08), decimals)
        lon = round(lon + self.rng.uniform(-0.08, 0.08), decimals)
        # keep the written precision: never let rounding drop trailing digits below 4
        while len(repr(lat).split(".")[1]) < 4 or len(repr(lon).split(".")[1]) < 4:
            lat = round(lat + 0.00013, decimals)
            lon = round(lon + 0.00017, decimals)
        self.mark("precise_location")
        return lat, lon

    def coarse(self) -> tuple[float, float]:
        _name, lat, lon = self.city()
        return lat, lon

    # --- high-risk ------------------------------------------------------------------------

    def card(self, brand: str | None = None, formatted: bool = True) -> str:
        self.mark("payment_card")
        n = c.card(self.rng, brand)
        return c.format_card(self.rng, n) if formatted else n

    def bad_card(self) -> str:
        return c.break_luhn(c.card(self.rng))

    def iban(self, country: str | None = None, spaced: bool | None = None) -> str:
        self.mark("bank_account")
        value = c.iban(self.rng, country)
        return c.format_iban(value, self.chance(0.4) if spaced is None else spaced)

    def bad_iban(self, country: str | None = None) -> str:
        return c.break_iban(c.iban(self.rng, country))

    def us_bank(self) -> tuple[str, str]:
        self.mark("bank_account")
        return c.aba(self.rng), c.us_account(self.rng)

    def uk_bank(self) -> tuple[str, str]:
        self.mark("bank_account")
        return c.sort_code(self.rng), c.uk_account(self.rng)

    def ssn(self, dashed: bool | None = None) -> str:
        self.mark("national_id")
        return c.ssn(self.rng, self.chance(0.75) if dashed is None else dashed)

    def nino(self) -> str:
        self.mark("national_id")
        return c.nino(self.rng)

    def steuer_id(self) -> str:
        self.mark("national_id")
        return c.steuer_id(self.rng)

    def nir(self, born: date, sex: str) -> str:
        self.mark("national_id")
        value = c.nir(self.rng, born.year, born.month, sex)
        return c.format_nir(value) if self.chance(0.5) else value

    def dni(self) -> str:
        self.mark("national_id")
        return c.nie(self.rng) if self.chance(0.3) else c.dni(self.rng)

    def national_id(self, locale: str, born: date | None = None) -> tuple[str, str]:
        """(scheme, value) for a person of that locale."""
        if locale == "us":
            return "ssn", self.ssn()
        if locale == "gb":
            return "nino", self.nino()
        if locale == "de":
            return "steuer_id", self.steuer_id()
        if locale == "fr":
            return "nir", self.nir(born or self.birth(), self.pick("MF"))
        return "dni", self.dni()

    def passport(self, country: str | None = None) -> str:
        self.mark("passport")
        return c.passport_number(
            self.rng, country or self.pick(("US", "GB", "DE", "FR", "ES", "IN", "CA"))
        )

    # credentials

    def secret(self, flavour: str | None = None) -> str:
        self.mark("credential")
        r = self.rng
        flavour = flavour or self.pick(
            (
                "aws",
                "aws_secret",
                "github",
                "github_pat",
                "slack",
                "stripe",
                "stripe_rk",
                "gitlab",
                "google",
                "npm",
                "sendgrid",
                "whsec",
                "generic",
            )
        )
        self.note(f"secret:{flavour}")
        if flavour == "aws":
            return "AKIA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
        if flavour == "aws_secret":
            return c.b64s(r, 40)
        if flavour == "github":
            return "ghp_" + c.alnum(r, 36)
        if flavour == "github_pat":
            return "github_pat_11" + c.upper_alnum(r, 20) + "_" + c.alnum(r, 59)
        if flavour == "slack":
            return (
                f"xox{self.pick('bp')}-{r.randint(10**9, 10**12)}-{r.randint(10**9, 10**12)}"
                f"-{c.alnum(r, 24)}"
            )
        if flavour == "stripe":
            return "sk_live_" + c.alnum(r, 48)
        if flavour == "stripe_rk":
            return "rk_live_" + c.alnum(r, 48)
        if flavour == "gitlab":
            return "glpat-" + c.b64url(r, 20)
        if flavour == "google":
            return "AIza" + c.b64url(r, 35)
        if flavour == "npm":
            return "npm_" + c.alnum(r, 36)
        if flavour == "sendgrid":
            return "SG." + c.b64url(r, 22) + "." + c.b64url(r, 43)
        if flavour == "whsec":
            return "whsec_" + c.alnum(r, 32)
        return c.alnum(r, 32)

    def password(self) -> str:
        self.mark("credential")
        self.note("secret:password")
        words = ["Sommer", "harbor", "Kaffee", "falcon", "Lluvia", "tortue", "orbit", "Nebel"]
        return self.pick(
            (
                f"{self.pick(words)}{self.rng.randint(10, 99)}"
                f"{self.pick('!?#$%&*')}{self.pick(words)}",
                c.alnum(self.rng, 14) + self.pick("!#%"),
                f"{self.pick(words).lower()}-{self.pick(words).lower()}-"
                f"{self.rng.randint(100, 999)}",
            )
        )

    def jwt(self) -> str:
        self.mark("credential")
        self.note("secret:jwt")
        header = c.b64url_json('{"alg":"RS256","typ":"JWT","kid":"' + self.hex(8) + '"}')
        payload = c.b64url_json(
            '{"sub":"'
            + self.uuid()
            + '","scope":"orders:read","exp":'
            + str(self.epoch())
            + ',"iss":"https://auth.example.net/"}'
        )
        return f"{header}.{payload}.{c.b64url(self.rng, 86)}"

    def bearer(self) -> str:
        return "Bearer " + (self.jwt() if self.chance(0.6) else self._opaque())

    def _opaque(self) -> str:
        self.mark("credential")
        self.note("secret:opaque")
        return c.b64url(self.rng, 40)

    def pem_private(self) -> str:
        self.mark("credential")
        self.note("secret:pem")
        kind = self.pick(
            ("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY")
        )
        body = "\n".join(c.b64s(self.rng, 64) for _ in range(self.rng.randint(4, 9)))
        return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----\n"

    # --- public / look-alike values (never a kind) ----------------------------------------

    def pem_public(self) -> str:
        kind = self.pick(("PUBLIC KEY", "CERTIFICATE"))
        body = "\n".join(c.b64s(self.rng, 64) for _ in range(self.rng.randint(3, 6)))
        return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----\n"

    def ssh_public(self) -> str:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.b64s(self.rng, 43) + " deploy@ci"

    def argon2(self) -> str:
        return f"$argon2id$v=19$m=65536,t=3,p=4${c.b64s(self.rng, 22)}${c.b64s(self.rng, 43)}"

    def bcrypt(self) -> str:
        return "$2b$12$" + c._safe(self.rng, c.ALNUM + "./", 53)

    def sha(self, n: int = 64) -> str:
        return self.hex(n)

    def masked(self) -> Any:
        return self.pick(
            (
                "********",
                "[REDACTED]",
                "***",
                "sk_live_****" + self.hex(4),
                None,
                "",
                "<redacted>",
                "xoxb-****",
            )
        )

    # --- free text ------------------------------------------------------------------------

    def fill(self, template: str, lang: str) -> str:
        r = self.rng
        drug = r.choice(pools.DRUGS)
        loc = {"en": self.pick(("us", "gb")), "de": "de", "fr": "fr", "es": "es"}[lang]
        values = {
            "cond": r.choice(pools.CONDITIONS[lang]),
            "rel": r.choice(pools.RELATIVES[lang]).capitalize()
            if template.startswith("{rel}")
            else r.choice(pools.RELATIVES[lang]),
            "drug": f"{drug[0]} {drug[1]}",
            "party": r.choice(pools.PARTIES[loc]),
            "union": r.choice(pools.UNIONS[lang]),
            "relig": r.choice(("Muslim", "Catholic", "Seventh-day Adventist", "Orthodox Jew"))
            if lang == "en"
            else {"de": r.choice(("Jüdin", "Jude")), "fr": "juive", "es": "católico"}[lang],
            "offence": r.choice(pools.OFFENCES),
        }
        return template.format(**values)

    def text(self, kind: str, lang: str | None = None) -> str:
        lang = lang or self.pick(LANGS)
        options = phrases.SPECIAL[kind][lang]
        self.mark(kind, f"text:{kind}/{lang}")
        return self.fill(self.pick(options), lang)

    def neutral(self, lang: str | None = None) -> str:
        return self.pick(phrases.NEUTRAL[lang or self.pick(LANGS)])

    def trap(self, lang: str | None = None) -> str:
        lang = lang or self.pick(LANGS)
        self.note(f"trap/{lang}")
        return self.pick(phrases.TRAPS[lang])
