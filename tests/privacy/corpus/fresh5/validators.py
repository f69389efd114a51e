"""Checksums and format rules used to build and to verify the fresh5 corpus."""

from __future__ import annotations

import re

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def luhn_ok(digits: str) -> bool:
    d = re.sub(r"[ -]", "", digits)
    if not d.isdigit() or not 12 <= len(d) <= 19:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError(body)


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    check = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def ssn_ok(ssn: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", ssn)
    if not m:
        return False
    area, group, serial = m.groups()
    return (
        area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


def nino_ok(nino: str) -> bool:
    s = nino.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return (
        s[0] not in NINO_BAD_FIRST and s[1] not in NINO_BAD_SECOND and s[:2] not in NINO_BAD_PREFIX
    )


def steuer_id_check(first10: str) -> str:
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id_ok(sid: str) -> bool:
    s = sid.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted((s[:10].count(c) for c in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    return steuer_id_check(s[:10]) == s[10]


def nir_ok(nir: str) -> bool:
    s = nir.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


def dni_ok(dni: str) -> bool:
    s = dni.replace("-", "").upper()
    m = re.fullmatch(r"([XYZ]|\d)(\d{7})([A-Z])", s)
    if not m:
        return False
    head = str("XYZ".index(m.group(1))) if m.group(1) in "XYZ" else m.group(1)
    return DNI_LETTERS[int(head + m.group(2)) % 23] == m.group(3)


def national_id_ok(value: str) -> bool:
    return any(f(value) for f in (ssn_ok, nino_ok, steuer_id_ok, nir_ok, dni_ok))
