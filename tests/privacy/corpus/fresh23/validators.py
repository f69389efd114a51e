"""Checksums and format validators used both to generate values and to check the corpus."""

from __future__ import annotations

import re

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27,
    "GB": 22, "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24,
}
NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def luhn_ok(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
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
    raise AssertionError(partial)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 5 or IBAN_LENGTHS.get(s[:2]) != len(s) or not s[2:4].isdigit():
        return False
    if not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in moved)
    return int(num) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in moved)
    return f"{98 - int(num) % 97:02d}"


def ssn_ok(ssn: str) -> bool:
    s = ssn.replace("-", "")
    if not re.fullmatch(r"\d{9}", s):
        return False
    area, group, serial = s[:3], s[3:5], s[5:]
    return area not in {"000", "666"} and area[0] != "9" and group != "00" and serial != "0000"


def nino_ok(nino: str) -> bool:
    s = nino.replace(" ", "").upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    return bool(m) and s[:2] not in NINO_BAD_PREFIXES


def steuer_id_check_digit(first10: str) -> int:
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id_ok(sid: str) -> bool:
    s = sid.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted((s[:10].count(d) for d in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] != 1):
        return False
    return steuer_id_check_digit(s[:10]) == int(s[10])


def nir_ok(nir: str) -> bool:
    s = nir.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


def dni_ok(value: str) -> bool:
    s = value.replace("-", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    prefix, digits, letter = m.groups()
    if prefix:
        if len(digits) != 7:
            return False
        digits = str("XYZ".index(prefix)) + digits
    elif len(digits) != 8:
        return False
    return DNI_LETTERS[int(digits) % 23] == letter
