"""Checksums and structure checks for the checksummed kinds (written from the public specs)."""

from __future__ import annotations

import re

IBAN_LENGTHS = {
    "AT": 20,
    "BE": 16,
    "CH": 21,
    "DE": 22,
    "ES": 24,
    "FR": 27,
    "GB": 22,
    "IE": 22,
    "IT": 27,
    "NL": 18,
    "PT": 25,
}

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(number: str) -> bool:
    digits = digits_only(number)
    if len(digits) < 12:
        return False
    total = 0
    for pos, ch in enumerate(reversed(digits)):
        d = int(ch)
        if pos % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """Append the check digit that makes ``body`` Luhn-valid."""
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise ValueError(body)


def card_brand(number: str) -> str:
    d = digits_only(number)
    if d.startswith("4") and len(d) == 16:
        return "visa"
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if len(d) == 15 and d[:2] in ("34", "37"):
        return "amex"
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65")):
        return "discover"
    return ""


def _iban_number(text: str) -> int:
    out = []
    for ch in text:
        out.append(str(int(ch, 36)) if ch.isalpha() else ch)
    return int("".join(out))


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    return _iban_number(s[4:] + s[:4]) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def aba_ok(routing: str) -> bool:
    d = [int(ch) for ch in routing]
    if len(d) != 9:
        return False
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0


def ssn_ok(text: str) -> bool:
    d = digits_only(text)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area.startswith("9"):
        return False
    return group != "00" and serial != "0000"


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    first, second = s[0], s[1]
    if first in "DFIQUV" or second in "DFIOQUV":
        return False
    return s[:2] not in _NINO_BAD_PREFIX


def steuerid_check_digit(first10: str) -> int:
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuerid_ok(text: str) -> bool:
    s = text.replace(" ", "")
    if not re.fullmatch(r"\d{11}", s) or s[0] == "0":
        return False
    body = s[:10]
    counts = [body.count(str(d)) for d in range(10)]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3 and re.search(r"(\d)\1\1", body):
        return False
    return steuerid_check_digit(body) == int(s[10])


def nir_key(first13: str) -> int:
    return 97 - int(first13) % 97


def nir_ok(text: str) -> bool:
    s = text.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    month = int(s[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return nir_key(s[:13]) == int(s[13:])


def dni_ok(text: str) -> bool:
    s = text.replace("-", "").replace(" ", "").upper()
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


CHECKS = {
    "luhn": luhn_ok,
    "iban": iban_ok,
    "aba": aba_ok,
    "ssn": ssn_ok,
    "nino": nino_ok,
    "steuerid": steuerid_ok,
    "nir": nir_ok,
    "dni": dni_ok,
}
