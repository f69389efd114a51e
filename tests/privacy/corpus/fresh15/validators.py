"""Checksums and scanners used by the fresh15 generator and its checker.

Everything here is written from the public definitions of the formats:
Luhn, IBAN (ISO 13616, mod 97), ABA routing numbers, US SSN structure,
UK NINO prefixes, German Steuer-ID (ISO 7064 MOD 11,10), French NIR key,
Spanish DNI/NIE check letters and EAN-13.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# ---------------------------------------------------------------- Luhn

def luhn_ok(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError("unreachable")


def luhn_break(partial: str) -> str:
    """Append a check digit that makes the number FAIL Luhn."""
    good = luhn_complete(partial)[-1]
    bad = str((int(good) + 3) % 10)
    return partial + bad


_RUN = re.compile(r"(?<![0-9])[0-9]+(?:[ -][0-9]+)*(?![0-9])")


def card_candidates(text: str) -> Iterator[str]:
    """Yield every Luhn-valid 13-19 digit number in text.

    A candidate is any run of digit groups separated by single spaces or
    dashes; every contiguous sub-sequence of whole groups with 13 to 19
    digits is tested, so a card glued to a neighbouring number is still
    found (and filler is held to the same strict standard)."""
    for m in _RUN.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and luhn_ok(acc):
                    yield acc


def card_safe(text: str) -> bool:
    return next(card_candidates(text), None) is None


# ---------------------------------------------------------------- IBAN

IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
    "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21,
    "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15,
    "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TR": 26,
}


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    check = 98 - _num(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban), iban
    return iban


def spaced_iban(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})[0-9]{2}")


def iban_candidates(text: str) -> Iterator[str]:
    """Yield every checksum-valid IBAN (plain or grouped by spaces)."""
    for m in _IBAN_START.finditer(text):
        cc = m.group(1)
        if cc not in IBAN_LENGTHS:
            continue
        want = IBAN_LENGTHS[cc]
        chars: list[str] = []
        k = m.start()
        while k < len(text) and len(chars) < want:
            c = text[k]
            if "A" <= c <= "Z" or "0" <= c <= "9":
                chars.append(c)
                k += 1
            elif c == " " and k + 1 < len(text) and ("A" <= text[k + 1] <= "Z"
                                                     or "0" <= text[k + 1] <= "9"):
                k += 1
            else:
                break
        s = "".join(chars)
        if len(s) == want and iban_ok(s):
            yield s


def iban_safe(text: str) -> bool:
    return next(iban_candidates(text), None) is None


# ---------------------------------------------------------------- national banks

def fr_rib_key(bank: str, branch: str, account: str) -> str:
    conv = {}
    for i, letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for ch in letters:
            conv[ch] = str(i + 1)
    acc = "".join(conv.get(c, c) for c in account)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{key:02d}"


def es_ccc_control(bank: str, branch: str, account: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s: str) -> int:
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {10: 1, 11: 0}.get(v, v)

    return f"{d('00' + bank + branch)}{d(account)}"


def aba_ok(r: str) -> bool:
    if not re.fullmatch(r"[0-9]{9}", r):
        return False
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba_complete(first8: str) -> str:
    for c in "0123456789":
        if aba_ok(first8 + c):
            return first8 + c
    raise AssertionError


# ---------------------------------------------------------------- national ids

def ssn_ok(s: str) -> bool:
    s = s.replace("-", "")
    if not re.fullmatch(r"[0-9]{9}", s):
        return False
    area, group, serial = s[:3], s[3:5], s[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s: str) -> bool:
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])[0-9]{6}([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


def steuer_check(first10: str) -> str:
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def steuer_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[1-9][0-9]{10}", s):
        return False
    counts = [s[:10].count(c) for c in "0123456789"]
    if not (counts.count(2) == 1 or counts.count(3) == 1):
        return False
    if any(c > 3 for c in counts):
        return False
    return steuer_check(s[:10]) == s[10]


def nir_key(first13: str) -> str:
    return f"{97 - int(first13) % 97:02d}"


def nir_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"[12][0-9]{14}", s)) and nir_key(s[:13]) == s[13:]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s: str) -> bool:
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)([0-9]{7,8})([A-Z])", s)
    if not m:
        return False
    pre, num, letter = m.groups()
    if pre:
        if len(num) != 7:
            return False
        num = "XYZ".index(pre).__str__() + num
    elif len(num) != 8:
        return False
    return DNI_LETTERS[int(num) % 23] == letter


def ean13_check(first12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return str((10 - s % 10) % 10)
