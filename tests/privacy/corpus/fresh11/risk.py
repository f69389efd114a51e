"""High-risk values (cards, accounts, national ids, secrets, coordinates) and their decoys.

Check digits are computed here by construction; `validators.py` verifies them separately.
"""

from __future__ import annotations

import base64
import json
import string
from collections.abc import Callable

from . import pools
from .base import ALNUM, BaseCtx

DNI_TABLE = "TRWAGMYFPDXBNJZSQVHLCKE"
IBAN_BBAN = {  # country: (length of the whole IBAN, leading letters in the BBAN)
    "DE": (22, 0),
    "GB": (22, 4),
    "FR": (27, 0),
    "ES": (24, 0),
    "NL": (18, 4),
    "IT": (27, 1),
    "BE": (16, 0),
    "AT": (20, 0),
    "CH": (21, 0),
}
UPPER32 = string.ascii_uppercase + "234567"


def luhn_check_digit(payload: str) -> str:
    acc = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        acc += d // 10 + d % 10
    return str((10 - acc % 10) % 10)


def iban_check(country: str, bban: str) -> str:
    as_digits = "".join(str(ord(ch) - 55) if ch.isalpha() else ch for ch in bban + country)
    return f"{98 - int(as_digits + '00') % 97:02d}"


def steuer_check(body: str) -> str:
    product = 10
    for ch in body:
        total = (int(ch) + product) % 10
        product = ((total if total else 10) * 2) % 11
    return str(0 if 11 - product == 10 else 11 - product)


def group(value: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(value[at : at + size])
        at += size
    return sep.join(out)


class RiskCtx(BaseCtx):
    # cards -----------------------------------------------------------------------------
    def _card_digits(self, valid: bool) -> str:
        prefix = self.pick(("4", "51", "55", "2221", "2720", "34", "37", "6011", "65"))
        length = 15 if prefix in ("34", "37") else 16
        payload = prefix + self.digits(length - len(prefix) - 1)
        check = luhn_check_digit(payload)
        if not valid:
            check = str((int(check) + self.num(1, 9)) % 10)
        return payload + check

    def _card_format(self, number: str) -> str:
        style = self.pick(("plain", "space", "dash"))
        if style == "plain":
            return number
        sizes = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
        return group(number, sizes, " " if style == "space" else "-")

    def card(self) -> str:
        self.tag("payment_card", "pan")
        return self._card_format(self._card_digits(True))

    def bad_card(self) -> str:
        return self._card_format(self._card_digits(False))

    def last4(self) -> str:
        return self.digits(4)

    # bank accounts ---------------------------------------------------------------------
    def _iban_parts(self) -> tuple[str, str]:
        country = self.pick(tuple(IBAN_BBAN))
        length, letters = IBAN_BBAN[country]
        bban = "".join(self.pick(string.ascii_uppercase) for _ in range(letters))
        bban += self.digits(length - 4 - letters)
        return country, bban

    def _iban_format(self, compact: str) -> str:
        if self.chance(0.5):
            return compact
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def iban(self) -> str:
        self.tag("bank_account", "iban")
        country, bban = self._iban_parts()
        return self._iban_format(country + iban_check(country, bban) + bban)

    def bad_iban(self) -> str:
        country, bban = self._iban_parts()
        good = int(iban_check(country, bban))
        step = self.pick((1, 2, 3, 5))
        wrong = good + step if good + step <= 98 else good - step
        return self._iban_format(f"{country}{wrong:02d}{bban}")

    def routing(self) -> str:
        while True:
            head = self.pick(("0", "1", "2", "3")) + self.digits(7)
            for last in string.digits:
                value = head + last
                weights = (3, 7, 1, 3, 7, 1, 3, 7, 1)
                if sum(int(a) * b for a, b in zip(value, weights, strict=True)) % 10 == 0:
                    if value[:2] in {f"{i:02d}" for i in (*range(1, 13), *range(21, 33))}:
                        return value
                    break

    def us_account(self) -> tuple[str, str]:
        self.tag("bank_account", "aba")
        return self.routing(), self.digits(self.pick((8, 10, 12)))

    def uk_account(self) -> tuple[str, str]:
        self.tag("bank_account", "sortcode")
        return f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}", self.digits(8)

    def bic(self) -> str:
        return self.pick(("DEUTDEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "NWBKGB2L", "COBADEFF"))

    def vat_id(self) -> str:
        return self.pick(
            (
                f"DE{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                f"FR{self.digits(2)} {self.digits(3)} {self.digits(3)} {self.digits(3)}",
                f"ESB{self.digits(4)}{self.digits(3)}",
            )
        )

    # national ids ----------------------------------------------------------------------
    def ssn(self, dashed: bool = True) -> str:
        self.tag("national_id", "ssn")
        area = self.num(1, 899)
        area = 667 if area == 666 else area
        value = f"{area:03d}-{self.num(1, 99):02d}-{self.num(1, 9999):04d}"
        return value if dashed else value.replace("-", "")

    def bad_ssn(self) -> str:
        area = self.pick(("000", "666", f"9{self.digits(2)}"))
        return f"{area}-{self.num(1, 99):02d}-{self.num(1, 9999):04d}"

    def nino(self) -> str:
        self.tag("national_id", "nino")
        first = self.pick([c for c in string.ascii_uppercase if c not in "DFIQUV"])
        second = self.pick([c for c in string.ascii_uppercase if c not in "DFIOQUV"])
        if first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            first, second = "A", "B"
        body = self.digits(6)
        if self.chance(0.5):
            return f"{first}{second} {body[:2]} {body[2:4]} {body[4:]} {self.pick('ABCD')}"
        return f"{first}{second}{body}{self.pick('ABCD')}"

    def bad_nino(self) -> str:
        return f"{self.pick(('QQ', 'GB', 'DA', 'TN'))}{self.digits(6)}{self.pick('ABCD')}"

    def _steuer_body(self) -> str:
        while True:
            pool = list(string.digits)
            self.rng.shuffle(pool)
            chosen = pool[:9]
            body_list = [*chosen, self.pick(chosen)]
            self.rng.shuffle(body_list)
            body = "".join(body_list)
            if body[0] != "0":
                return body

    def steuer_id(self) -> str:
        self.tag("national_id", "steuer_id")
        body = self._steuer_body()
        return body + steuer_check(body)

    def bad_steuer_id(self) -> str:
        body = self._steuer_body()
        return body + str((int(steuer_check(body)) + self.num(1, 9)) % 10)

    def _nir_body(self) -> str:
        return (
            f"{self.pick('12')}{self.num(48, 99):02d}{self.num(1, 12):02d}"
            f"{self.num(1, 95):02d}{self.num(1, 999):03d}{self.num(1, 999):03d}"
        )

    def _nir_format(self, body: str, key: int) -> str:
        full = f"{body}{key:02d}"
        return group(full, (1, 2, 2, 2, 3, 3, 2), " ") if self.chance(0.5) else full

    def nir(self) -> str:
        self.tag("national_id", "nir")
        body = self._nir_body()
        return self._nir_format(body, 97 - int(body) % 97)

    def bad_nir(self) -> str:
        body = self._nir_body()
        key = 97 - int(body) % 97
        return self._nir_format(body, key + 1 if key < 97 else key - 1)

    def dni(self) -> str:
        self.tag("national_id", "dni")
        number = self.num(10000000, 99999999)
        return f"{number}{DNI_TABLE[number % 23]}"

    def nie(self) -> str:
        self.tag("national_id", "nie")
        prefix = self.num(0, 2)
        number = self.num(1000000, 9999999)
        return f"{'XYZ'[prefix]}{number}{DNI_TABLE[int(f'{prefix}{number}') % 23]}"

    def bad_dni(self) -> str:
        number = self.num(10000000, 99999999)
        return f"{number}{DNI_TABLE[(number + self.num(1, 22)) % 23]}"

    def national_id(self) -> tuple[str, str]:
        by_locale = {
            "en_us": ("ssn",),
            "en_gb": ("nino",),
            "de": ("steuer_id",),
            "fr": ("nir",),
            "es": ("dni", "nie"),
        }
        which = self.pick(by_locale[self.locale])
        value = {
            "ssn": self.ssn,
            "nino": self.nino,
            "steuer_id": self.steuer_id,
            "nir": self.nir,
            "dni": self.dni,
            "nie": self.nie,
        }[which]()
        return which, value

    def passport(self) -> str:
        self.tag("passport", self.locale)
        return {
            "en_us": lambda: self.pick("ACEX") + self.digits(8),
            "en_gb": lambda: self.digits(9),
            "de": lambda: "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "fr": lambda: self.digits(2) + self.pick(("AV", "CK", "FH")) + self.digits(5),
            "es": lambda: self.pick(("PAA", "PAB", "XDA")) + self.digits(6),
        }[self.locale]()

    # credentials -----------------------------------------------------------------------
    def _jwt(self) -> str:
        head: dict[str, object] = {"alg": "RS256", "typ": "JWT", "kid": self.hexs(8)}
        body: dict[str, object] = {
            "sub": self.uuid(),
            "iss": "https://login.example.com/",
            "exp": self.epoch(),
            "scope": "openid profile",
        }

        def enc(obj: dict[str, object]) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        return f"{enc(head)}.{enc(body)}.{self.rid('', 43).replace('+', '-')}"

    def secret(self, kind: str = "") -> str:
        kind = kind or self.pick(
            (
                "aws_key_id",
                "aws_secret",
                "github",
                "slack",
                "stripe",
                "jwt",
                "password",
                "bearer",
                "gitlab",
                "google",
                "sendgrid",
                "npm",
                "webhook",
                "pem",
            )
        )
        self.tag("credential", kind)
        up = "".join(self.pick(UPPER32) for _ in range(16))
        makers: dict[str, Callable[[], str]] = {
            "aws_key_id": lambda: "AKIA" + up,
            "aws_secret": lambda: self.b64(40),
            "github": lambda: "ghp_" + self.rid("", 36),
            "slack": lambda: f"xoxb-{self.digits(10)}-{self.digits(13)}-{self.rid('', 24)}",
            "stripe": lambda: "sk_live_" + self.rid("", 32),
            "jwt": self._jwt,
            "password": lambda: self.pick(
                ("Sommer2026!", "hunter2-Blue", "P@ssw0rt#", "Tr0mb0ne$7", "correct-horse-42")
            ),
            "bearer": lambda: "Bearer " + self._jwt(),
            "gitlab": lambda: "glpat-" + self.rid("", 20),
            "google": lambda: "AIza" + self.rid("", 35),
            "sendgrid": lambda: f"SG.{self.rid('', 22)}.{self.rid('', 43)}",
            "npm": lambda: "npm_" + self.rid("", 36),
            "webhook": lambda: "whsec_" + self.rid("", 32),
            "basic": lambda: (
                "Basic "
                + base64.b64encode(f"svc-{self.rid('', 5)}:{self.rid('', 14)}".encode()).decode()
            ),
            "dsn": lambda: (
                f"mysql://report:{self.rid('', 16)}@db-{self.rid('', 4)}.internal:3306/app"
            ),
            "pem": lambda: (
                "-----BEGIN RSA PRIVATE KEY-----\n"
                + self.b64(64)
                + "\n"
                + self.b64(64)
                + "\n-----END RSA PRIVATE KEY-----"
            ),
        }
        return makers[kind]()

    def masked(self) -> str | None:
        return self.pick(("********", "[REDACTED]", "sk_live_****************", "", None, "•••••"))

    def public_key(self) -> str:
        return self.pick(
            (
                "-----BEGIN PUBLIC KEY-----\n" + self.b64(64) + "\n-----END PUBLIC KEY-----",
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + self.b64(43) + " deploy-key",
                "-----BEGIN CERTIFICATE-----\n" + self.b64(64) + "\n-----END CERTIFICATE-----",
            )
        )

    def pw_hash(self) -> str:
        return self.pick(
            (
                "$2b$12$" + self.rid("", 53).replace("+", "."),
                "$argon2id$v=19$m=65536,t=3,p=4$" + self.b64(22) + "$" + self.b64(43),
            )
        )

    # location --------------------------------------------------------------------------
    def _coord(self, base: float, spread: float, places: int) -> float:
        while True:
            value = round(base + self.rng.uniform(-spread, spread), places)
            text = f"{value:.{places}f}"
            if not text.endswith("0"):
                return float(text)

    def coords(self) -> tuple[float, float]:
        self.tag("precise_location", "latlon")
        _, _, (lat, lon) = self.pick(pools.CITIES[self.locale])
        places = self.pick((4, 5, 6, 6, 7))
        return self._coord(lat, 0.08, places), self._coord(lon, 0.08, places)

    def coarse(self) -> tuple[float, float]:
        _, _, (lat, lon) = self.pick(pools.CITIES[self.locale])
        places = self.pick((1, 2, 2, 3))
        return round(lat + self.rng.uniform(-0.5, 0.5), places), round(lon, places)

    # decoys with digits ----------------------------------------------------------------
    def imei(self) -> str:
        payload = self.pick(("35", "86")) + self.digits(12)
        return payload + luhn_check_digit(payload)

    def isbn(self) -> str:
        body = "978" + self.pick(("3", "2", "84", "1")) + self.digits(8)
        body = body[:12]
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        return f"{body[:3]}-{body[3:]}{(10 - total % 10) % 10}"

    def mac(self) -> str:
        return ":".join(self.hexs(2) for _ in range(6))

    def alnum(self, n: int) -> str:
        return "".join(self.pick(ALNUM) for _ in range(n))
