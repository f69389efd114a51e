# ruff: noqa: E501
"""Document context: every personal value goes through here, so the labels are known by construction."""

from __future__ import annotations

import json
import random
from typing import Any

from . import gen
from .text import GENETIC_NAMES_CONDITION, NEG, POS


class C:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.kinds: set[str] = set()
        self.tags: list[str] = []

    def k(self, kind: str, value: Any, tag: str | None = None) -> Any:
        self.kinds.add(kind)
        self.tags.append(tag or kind)
        return value

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def name(self) -> str:
        return self.k("person_name", gen.name(self.r))

    def first_last(self) -> tuple[str, str]:
        f, sn = gen.name(self.r).split(" ", 1)
        self.k("person_name", None)
        return f, sn

    def email(self, nm: str | None = None) -> str:
        return self.k("email", gen.email(self.r, nm))

    def phone(self) -> str:
        return self.k("phone", gen.phone(self.r))

    def ip(self) -> str:
        return self.k("ip_address", gen.ip(self.r))

    def dob(self, style: str = "iso") -> str:
        return self.k("date_of_birth", gen.dob(self.r, style))

    def addr(self, style: str = "flat") -> Any:
        line, pc, city, _ = gen.address(self.r)
        self.k("postal_address", None)
        if style == "line":
            return f"{line}, {pc} {city}"
        return {"flat": {"street": line, "zip": pc, "city": city},
                "de": {"straße": line, "plz": pc, "ort": city},
                "fr": {"adresse": line, "codePostal": pc, "ville": city},
                "es": {"direccion": line, "cp": pc, "localidad": city},
                "camel": {"addressLine1": line, "postalCode": pc, "locality": city}}[style]

    def card(self) -> str:
        return self.k("payment_card", gen.card(self.r))

    def iban(self) -> str:
        return self.k("bank_account", gen.iban(self.r))

    def natid(self, which: str | None = None) -> str:
        w = which or self.pick(["ssn", "nino", "dni", "nir", "stid"])
        v = {"ssn": lambda: gen.ssn(self.r, self.r.random() < .7), "nino": lambda: gen.nino(self.r),
             "dni": lambda: gen.dni(self.r), "nir": lambda: gen.nir(self.r), "stid": lambda: gen.steuer_id(self.r)}[w]()
        return self.k("national_id", v, f"national_id:{w}")

    def passport(self) -> str:
        return self.k("passport", gen.passport(self.r))

    def secret(self, kind: str | None = None) -> str:
        k, v = gen.secret(self.r, kind)
        return self.k("credential", v, f"credential:{k}")

    def loc(self) -> tuple[float, float]:
        return self.k("precise_location", gen.coord(self.r))

    def txt(self, kind: str) -> str:
        s = self.k(kind, self.pick(POS[kind]), f"text:{kind}")
        if kind == "genetic" and s in GENETIC_NAMES_CONDITION:
            # A genetic result that names a condition for the person is health data too.
            self.k("health", None, "text:genetic+condition")
        return s

    def neg(self) -> str:
        return self.pick(NEG)

    def idn(self, prefix: str = "", n: int = 10) -> str:
        return gen.ident(self.r, prefix, n)

    def ts(self) -> str:
        r = self.r
        return f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"

    def embed(self, n: int) -> list[float]:
        return [round(self.r.uniform(-0.3, 0.3), 4) for _ in range(n)]

    def b64(self, n: int) -> str:
        return gen._alnum(self.r, n, gen.string.ascii_letters + gen.string.digits + "+/") + "=="

    def dumps(self, obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False)
