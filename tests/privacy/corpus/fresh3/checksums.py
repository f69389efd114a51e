"""Check-digit arithmetic for the identifiers the corpus inserts (and deliberately breaks)."""

from __future__ import annotations

import re
import string

_ALNUM = {c: str(i) for i, c in enumerate(string.digits + string.ascii_uppercase)}


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError("unreachable")


def _mod97(digits: str) -> int:
    return int(digits) % 97


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    moved = s[4:] + s[:4]
    return _mod97("".join(_ALNUM[c] for c in moved)) == 1


def iban_from_bban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - _mod97("".join(_ALNUM[c] for c in moved))
    return f"{country}{check:02d}{bban}"


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def es_control_digits(bank: str, branch: str, account: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(digits: str) -> str:
        value = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        return {11: "0", 10: "1"}.get(value, str(value))

    return one("00" + bank + branch) + one(account)


def nl_elfproef(account: str) -> bool:
    return sum(int(d) * (10 - i) for i, d in enumerate(account)) % 11 == 0


def be_check(first10: str) -> str:
    value = int(first10) % 97
    return f"{value or 97:02d}"


def aba_ok(routing: str) -> bool:
    if not re.fullmatch(r"\d{9}", routing):
        return False
    d = [int(c) for c in routing]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def ssn_ok(ssn: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", ssn)
    if not m:
        return False
    area, group, serial = m.groups()
    return (area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000")


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(nino: str) -> bool:
    s = nino.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    return bool(m and m.group(1) in NINO_FIRST and m.group(2) in NINO_SECOND
                and s[:2] not in NINO_BAD_PREFIX)


def steuer_id_check_digit(first10: str) -> str:
    product = 10
    for c in first10:
        total = (int(c) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted((s[:10].count(d) for d in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return steuer_id_check_digit(s[:10]) == s[10]


def nir_key(first13: str) -> str:
    return f"{97 - int(first13) % 97:02d}"


def nir_ok(value: str) -> bool:
    s = value.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", s)) and nir_key(s[:13]) == s[13:]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


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
