"""Independent checksum validators (standard library only)."""

from __future__ import annotations

import re

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def luhn_ok(s: str) -> bool:
    d = digits(s)
    if len(d) < 12 or len(d) != len(re.sub(r"[ -]", "", s)):
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    """Check digit to append to `partial` so that the result passes Luhn."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise ValueError(partial)


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def ssn_ok(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9":
        return False
    return group != "00" and serial != "0000"


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIOQUV":
        return False
    return a + b not in _NINO_BAD_PREFIX


def steuer_check_digit(first10: str) -> int:
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_structure_ok(first10: str) -> bool:
    if first10[0] == "0":
        return False
    counts = sorted((first10.count(c) for c in set(first10)), reverse=True)
    if counts[0] == 2:
        ok = counts.count(2) == 1
    elif counts[0] == 3:
        ok = counts.count(3) == 1 and counts[1] == 1
        # the tripled digit may not stand three times in a row
        for c in "0123456789":
            if c * 3 in first10:
                return False
    else:
        return False
    return ok


def steuer_id_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if not re.fullmatch(r"\d{11}", d):
        return False
    return steuer_structure_ok(d[:10]) and steuer_check_digit(d[:10]) == int(d[10])


def nir_key(first13: str) -> int:
    n = first13.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(n) % 97


def nir_ok(s: str) -> bool:
    d = s.replace(" ", "").upper()
    if not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{8}", d):
        return False
    if not (1 <= int(d[3:5]) <= 12 or 20 <= int(d[3:5]) <= 42 or 50 <= int(d[3:5]) <= 99):
        return False
    return nir_key(d[:13]) == int(d[13:])


def dni_ok(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", d)
    if m:
        return DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", d)
    if m:
        n = int("XYZ".index(m.group(1)).__str__() + m.group(2))
        return DNI_LETTERS[n % 23] == m.group(3)
    return False


def dni_letter(num: int) -> str:
    return DNI_LETTERS[num % 23]


def ean13_ok(s: str) -> bool:
    d = s.replace("-", "")
    if not re.fullmatch(r"\d{13}", d):
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return (10 - total % 10) % 10 == int(d[12])


def ean13_digit(first12: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return str((10 - total % 10) % 10)


def national_id_ok(s: str) -> bool:
    return ssn_ok(s) or nino_ok(s) or steuer_id_ok(s) or nir_ok(s) or dni_ok(s)
