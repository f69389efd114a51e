"""Checksums for the value formats the corpus inserts (and deliberately breaks)."""

from __future__ import annotations

import re

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def luhn_ok(number: str) -> bool:
    digits = [int(ch) for ch in number if ch.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    """Check digit to append to `partial` so that the whole number passes Luhn."""
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError("unreachable")


def card_brand(digits: str) -> str | None:
    """Issuer brand for a digit string of plausible length, else None."""
    n = len(digits)
    if digits.startswith("4") and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720):
        return "mastercard"
    if n == 15 and digits[:2] in ("34", "37"):
        return "amex"
    if 16 <= n <= 19 and (digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649):
        return "discover"
    return None


def _iban_numeric(iban: str) -> int:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s))


IBAN_LENGTHS = {"DE": 22, "FR": 27, "ES": 24, "GB": 22, "AT": 20, "IT": 27, "BE": 16}


def iban_ok(value: str) -> bool:
    iban = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        return False
    return _iban_numeric(iban) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    n = _iban_numeric(country + "00" + bban)
    return f"{98 - n % 97:02d}"


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    conv = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    acc = "".join(conv.get(ch, ch) for ch in account)
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return f"{97 - n % 97:02d}"


def es_ccc_digits(bank: str, branch: str, account: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s: str) -> str:
        v = 11 - sum(int(ch) * w for ch, w in zip(s, weights, strict=True)) % 11
        return "0" if v == 11 else "1" if v == 10 else str(v)

    return dc("00" + bank + branch) + dc(account)


def steuer_id_check(first10: str) -> str:
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    head = s[:10]
    counts = sorted((head.count(d) for d in set(head)), reverse=True)
    if counts[0] not in (2, 3) or counts[1:].count(1) != len(counts) - 1:
        return False
    if counts[0] == 3 and any(head[i] == head[i + 1] == head[i + 2] for i in range(8)):
        return False
    return steuer_id_check(head) == s[10]


def nir_key(first13: str) -> str:
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return f"{97 - n % 97:02d}"


def nir_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[12]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}", s):
        return False
    return nir_key(s[:13]) == s[13:]


def dni_ok(value: str) -> bool:
    s = value.replace("-", "").replace(" ", "").upper()
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


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    if area in ("000", "666") or area.startswith("9"):
        return False
    return group != "00" and serial != "0000"


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    if not m:
        return False
    a, b, _ = m.groups()
    if a in NINO_BAD_FIRST or b in NINO_BAD_SECOND:
        return False
    return a + b not in NINO_BAD_PREFIXES


_DIGIT_RUN = re.compile(r"\d+(?:[ -]\d+)*")


def card_windows(text: str) -> list[str]:
    """Digit strings a card could hide in: group-aligned windows of 13-19 digits of any run."""
    out = []
    for run in _DIGIT_RUN.findall(text):
        groups = re.split(r"[ -]", run)
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                digits = "".join(groups[i:j])
                if 13 <= len(digits) <= 19:
                    out.append(digits)
    return out


def has_card(text: str) -> bool:
    """True if some window of `text` is a Luhn-valid number with a card brand's prefix/length."""
    return any(card_brand(d) is not None and luhn_ok(d) for d in card_windows(text))
