"""Checksum validators and generators used by the fresh22 corpus."""

from __future__ import annotations

import random
import re

NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
IBAN_LENGTHS = {"DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "AT": 20, "BE": 16, "CH": 21}


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(number: str) -> bool:
    ds = digits_of(number)
    if not ds:
        return False
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError("unreachable")


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    if s[:2] in IBAN_LENGTHS and len(s) != IBAN_LENGTHS[s[:2]]:
        return False
    moved = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in moved)
    return int(num) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in moved)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def aba_ok(routing: str) -> bool:
    if not re.fullmatch(r"\d{9}", routing):
        return False
    d = [int(c) for c in routing]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0


def ssn_ok(ssn: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", ssn)
    if not m:
        return False
    area, group, serial = m.groups()
    if area in {"000", "666"} or area.startswith("9"):
        return False
    return group != "00" and serial != "0000"


def nino_ok(nino: str) -> bool:
    s = nino.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    if s[0] in NINO_BAD_FIRST or s[1] in NINO_BAD_SECOND:
        return False
    return s[:2] not in NINO_BAD_PREFIX


def steuer_check(first10: str) -> int:
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_ok(sid: str) -> bool:
    s = sid.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if sorted(c for c in counts if c > 1) not in ([2], [3]):
        return False
    return steuer_check(s[:10]) == int(s[10])


def nir_ok(nir: str) -> bool:
    s = nir.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


def dni_ok(dni: str) -> bool:
    s = dni.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    prefix, num, letter = m.groups()
    if prefix:
        if len(num) != 7:
            return False
        num = str("XYZ".index(prefix)) + num
    elif len(num) != 8:
        return False
    return DNI_LETTERS[int(num) % 23] == letter


# ---- generators (all take an explicit Random) ----


def make_card(rng: random.Random, brand: str) -> str:
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    elif brand == "mastercard":
        body = rng.choice(["51", "52", "53", "54", "55"]) + "".join(
            rng.choice("0123456789") for _ in range(13)
        )
    elif brand == "discover":
        body = "6011" + "".join(rng.choice("0123456789") for _ in range(11))
    else:
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    return body + luhn_digit(body)


def make_non_luhn(rng: random.Random, length: int, prefix: str = "") -> str:
    while True:
        s = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if not luhn_ok(s) and (prefix or s[0] != "0"):
            return s


def make_ssn(rng: random.Random) -> str:
    while True:
        s = f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn_ok(s):
            return s


def make_nino(rng: random.Random) -> str:
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        s = p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")
        if nino_ok(s):
            return s


def make_steuer_id(rng: random.Random) -> str:
    while True:
        ds = list("0123456789")
        rng.shuffle(ds)
        chosen = ds[:9]
        doubled = rng.choice(chosen)
        first10 = [*chosen, doubled]
        rng.shuffle(first10)
        if first10[0] == "0":
            continue
        s = "".join(first10)
        s += str(steuer_check(s))
        if steuer_ok(s):
            return s


def make_nir(rng: random.Random) -> str:
    while True:
        sex = rng.choice("12")
        yy = rng.randint(40, 99)
        mm = rng.randint(1, 12)
        dept = rng.choice([d for d in range(1, 96) if d != 20])
        body = f"{sex}{yy:02d}{mm:02d}{dept:02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        s = f"{body}{key:02d}"
        if nir_ok(s) and not luhn_ok(s):
            return s


def make_dni(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 79_999_999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def make_nie(rng: random.Random) -> str:
    p = rng.choice("XYZ")
    n = rng.randint(1_000_000, 9_999_999)
    full = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{DNI_LETTERS[full % 23]}"


def make_aba(rng: random.Random) -> str:
    while True:
        s = f"{rng.choice(['0', '1', '2'])}{rng.randint(10_000_000, 99_999_999)}"
        if aba_ok(s):
            return s
