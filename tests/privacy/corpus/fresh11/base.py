"""The document context: filler values and ordinary personal data, each recording its kind."""

from __future__ import annotations

import random
import re
import string
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

from . import pools, text

T = TypeVar("T")
LONG_DIGITS = re.compile(r"\d{7,}")
LETTERS = string.ascii_letters
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
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
BIRTH_TEXT = {
    "en": "born {0}",
    "de": "geboren am {0}",
    "fr": "né(e) le {0}",
    "es": "nacido/a el {0}",
}


class BaseCtx:
    """Seeded generators for one document; `tags` records what personal data went in."""

    def __init__(self, seed: int, locale: str, clean: bool) -> None:
        self.rng = random.Random(seed)
        self.locale = locale
        self.lang = locale[:2]
        self.clean = clean
        self.tags: list[str] = []
        self.snake = self.rng.random() < 0.6

    # bookkeeping -----------------------------------------------------------------------
    def tag(self, kind: str, detail: str) -> None:
        item = f"{kind}:{detail}"
        if item not in self.tags:
            self.tags.append(item)

    def key(self, snake: str) -> str:
        if self.snake:
            return snake
        head, *rest = snake.split("_")
        return head + "".join(p[:1].upper() + p[1:] for p in rest)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def digits(self, n: int) -> str:
        return "".join(self.pick(string.digits) for _ in range(n))

    # filler ----------------------------------------------------------------------------
    def _short_runs(self, alphabet: str, n: int) -> str:
        out: list[str] = []
        run = 0
        for _ in range(n):
            ch = self.pick(alphabet if run < 3 else LETTERS)
            run = run + 1 if ch.isdigit() else 0
            out.append(ch)
        return "".join(out)

    def rid(self, prefix: str = "", n: int = 14) -> str:
        return prefix + self._short_runs(ALNUM, n)

    def hexs(self, n: int) -> str:
        while True:
            value = "".join(self.pick("0123456789abcdef") for _ in range(n))
            if not LONG_DIGITS.search(value):
                return value

    def b64(self, n: int) -> str:
        value = self._short_runs(B64, n)
        return "Q" + value[1:] if value.startswith("ey") else value

    def uuid(self) -> str:
        while True:
            value = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
            if not LONG_DIGITS.search(value):
                return value

    def when(self) -> datetime:
        return datetime(2026, 1, 1) + timedelta(seconds=self.num(0, 300 * 86400))

    def ts(self) -> str:
        return self.when().strftime("%Y-%m-%dT%H:%M:%SZ")

    def day(self) -> str:
        return self.when().date().isoformat()

    def epoch(self) -> int:
        return int((self.when() - datetime(1970, 1, 1)).total_seconds())

    def amount(self) -> int:
        return self.num(100, 250000)

    def money(self) -> str:
        return f"{self.num(1, 2500)}.{self.num(0, 99):02d}"

    def currency(self) -> str:
        return self.pick(("EUR", "GBP", "USD", "eur", "usd"))

    def sku(self) -> str:
        return f"{self.pick(('SKU', 'ART', 'REF'))}-{self.rid('', 4).upper()}-{self.num(10, 999)}"

    def version(self) -> str:
        return f"{self.num(0, 12)}.{self.num(0, 40)}.{self.num(0, 120)}"

    def company(self) -> str:
        return self.pick(pools.COMPANIES)

    def trap(self) -> str:
        return self.pick(text.TRAPS[self.lang])

    def neutral(self) -> str:
        return self.pick(text.NEUTRAL[self.lang])

    # ordinary personal data ------------------------------------------------------------
    def first(self) -> str:
        self.tag("person_name", "first")
        return self.pick(pools.FIRST[self.lang])

    def parts(self) -> tuple[str, str]:
        self.tag("person_name", "parts")
        return self.pick(pools.FIRST[self.lang]), self.pick(pools.LAST[self.lang])

    def name(self, form: str = "") -> str:
        first, last = self.pick(pools.FIRST[self.lang]), self.pick(pools.LAST[self.lang])
        form = form or self.pick(("full", "full", "full", "last_first", "initial", "title"))
        self.tag("person_name", form)
        if form == "last_first":
            return f"{last}, {first}"
        if form == "initial":
            return f"{first[0]}. {last}"
        if form == "title":
            return f"{self.pick(pools.TITLES[self.lang])} {first} {last}"
        return f"{first} {last}"

    def greeting(self) -> str:
        return self.pick(pools.GREETINGS[self.lang]).format(self.first())

    def email(self, first: str = "", last: str = "") -> str:
        self.tag("email", "address")
        if not first:
            first, last = self.pick(pools.FIRST[self.lang]), self.pick(pools.LAST[self.lang])
        local = self.pick((f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.num(1, 99)}"))
        local = unicodedata.normalize("NFKD", local.lower().replace(" ", "").replace("\u0131", "i"))
        local = local.encode("ascii", "ignore").decode()
        return f"{local}@{self.pick(pools.EMAIL_DOMAINS)}"

    def role_email(self) -> str:
        self.tag("email", "role")
        return (
            f"{self.pick(('support', 'billing', 'noreply', 'hr'))}@{self.pick(pools.EMAIL_DOMAINS)}"
        )

    def named_email(self) -> str:
        first, last = self.parts()
        return f"{first} {last} <{self.email(first, last)}>"

    def phone(self) -> str:
        self.tag("phone", self.locale)
        d = self.digits
        options = {
            "en_us": (
                f"+1 {self.num(201, 989)} 555 01{d(2)}",
                f"({self.num(201, 989)}) 555-01{d(2)}",
                f"+1{self.num(201, 989)}55501{d(2)}",
            ),
            "en_gb": (f"+44 7700 900{d(3)}", f"07700 900{d(3)}", f"+44 20 7946 0{d(3)}"),
            "de": (f"+49 30 {d(4)} {d(4)}", f"0151 {d(4)} {d(3)}", f"+4917{self.num(0, 9)}{d(7)}"),
            "fr": (
                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
            ),
            "es": (
                f"+34 6{d(2)} {d(3)} {d(3)}",
                f"6{d(2)} {d(2)} {d(2)} {d(2)}",
                f"+34 91 {d(3)} {d(2)} {d(2)}",
            ),
        }
        return self.pick(options[self.locale])

    def ip(self) -> str:
        self.tag("ip_address", "v4v6")
        n = self.num
        return self.pick(
            (
                f"203.0.113.{n(1, 254)}",
                f"198.51.100.{n(1, 254)}",
                f"10.{n(0, 255)}.{n(0, 255)}.{n(1, 254)}",
                f"192.168.{n(0, 255)}.{n(1, 254)}",
                f"2001:db8:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}",
                f"2a02:{self.hexs(4)}:{self.hexs(3)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}",
                f"172.{n(16, 31)}.{n(0, 255)}.{n(1, 254)}",
            )
        )

    def birth(self) -> date:
        return date(self.num(1948, 2006), self.num(1, 12), self.num(1, 28))

    def dob(self) -> str:
        self.tag("date_of_birth", "field")
        b = self.birth()
        return self.pick(
            (b.isoformat(), b.strftime("%d.%m.%Y"), b.strftime("%d/%m/%Y"), b.strftime("%m/%d/%Y"))
        )

    def dob_text(self) -> str:
        self.tag("date_of_birth", "text")
        b = self.birth()
        month = MONTHS[self.lang][b.month - 1]
        spelled = {
            "en": f"{b.day} {month} {b.year}",
            "de": f"{b.day}. {month} {b.year}",
            "fr": f"{b.day} {month} {b.year}",
            "es": f"{b.day} de {month} de {b.year}",
        }
        return BIRTH_TEXT[self.lang].format(spelled[self.lang])

    def street_line(self) -> str:
        self.tag("postal_address", self.locale)
        street, no = self.pick(pools.STREETS[self.locale]), self.num(1, 240)
        if self.locale in ("en_us", "en_gb", "fr"):
            return f"{no} {street}"
        return f"{street} {no}" if self.locale == "de" else f"{street}, {no}"

    def city(self) -> tuple[str, str]:
        city, code, _ = self.pick(pools.CITIES[self.locale])
        return city, code

    def address(self) -> str:
        line = self.street_line()
        city, code = self.city()
        if self.locale in ("de", "fr", "es"):
            return f"{line}, {code} {city}"
        return f"{line}, {city} {code}"

    def address_obj(self) -> dict[str, str]:
        line = self.street_line()
        city, code = self.city()
        country = {"en_us": "US", "en_gb": "GB", "de": "DE", "fr": "FR", "es": "ES"}[self.locale]
        return {
            self.key("line1"): line,
            "city": city,
            self.key("postal_code"): code,
            "country": country,
        }

    def coarse_place(self) -> dict[str, str]:
        city, code = self.city()
        return {"city": city, self.key("postal_code"): code}
