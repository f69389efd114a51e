"""Independent validators and finders used by ``check.py``.

Nothing here imports the generators: the checksums are re-implemented from their published
definitions so that a bug in ``gen.py`` cannot hide itself.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

# --- checksums -----------------------------------------------------------------------------

_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_ok(number: str) -> bool:
    if not number.isdigit():
        return False
    digits = [int(ch) for ch in number]
    odd = digits[-1::-2]
    even = [_DOUBLED[d] for d in digits[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


IBAN_LENGTHS = {"AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27,
                "GB": 22, "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
                "SE": 24}


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum():
        return False
    moved = compact[4:] + compact[:4]
    remainder = 0
    for ch in moved:
        if ch.isdigit():
            remainder = (remainder * 10 + int(ch)) % 97
        elif "A" <= ch <= "Z":
            remainder = (remainder * 100 + ord(ch) - 55) % 97
        else:
            return False
    return remainder == 1


def ssn_ok(value: str) -> bool:
    compact = value.replace("-", "")
    if len(compact) != 9 or not compact.isdigit():
        return False
    area, group, serial = compact[:3], compact[3:5], compact[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def nino_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact):
        return False
    first, second = compact[0], compact[1]
    if first in "DFIQUV" or second in "DFIOQUV":
        return False
    return compact[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def steuer_id_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if len(compact) != 11 or not compact.isdigit() or compact[0] == "0":
        return False
    counts = sorted((compact[:10].count(d) for d in set(compact[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    # ISO 7064 MOD 11,10
    carry = 10
    for ch in compact[:10]:
        s = (int(ch) + carry) % 10
        if s == 0:
            s = 10
        carry = (2 * s) % 11
    expected = (11 - carry) % 10
    return expected == int(compact[10])


def nir_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if len(compact) != 15 or not compact.isdigit() or compact[0] not in "12":
        return False
    return int(compact[13:]) == 97 - int(compact[:13]) % 97


def dni_ok(value: str) -> bool:
    compact = value.replace("-", "").upper()
    table = "TRWAGMYFPDXBNJZSQVHLCKE"
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", compact)
    if not m:
        return False
    lead, number, letter = m.groups()
    if lead:
        if len(number) != 7:
            return False
        number = str("XYZ".index(lead)) + number
    elif len(number) != 8:
        return False
    return table[int(number) % 23] == letter


def aba_ok(value: str) -> bool:
    if len(value) != 9 or not value.isdigit():
        return False
    d = [int(ch) for ch in value]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def card_shape_ok(number: str) -> bool:
    """Issuer prefix and length of a Visa, Mastercard, Amex or Discover number."""
    n = len(number)
    if number.startswith("4"):
        return n in (16, 19)  # 13-digit Visa is retired; 13 digits is an EAN here
    if number[:2] in ("34", "37"):
        return n == 15
    if 51 <= int(number[:2]) <= 55 or 2221 <= int(number[:4]) <= 2720:
        return n == 16
    if number.startswith("6011") or number.startswith("65"):
        return n in (16, 19)
    return False


# --- walking documents ---------------------------------------------------------------------

def norm_key(key: str) -> str:
    folded = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def strings(doc: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Yield (enclosing key, text) for every key and scalar value in the document."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield key, str(k)
            yield from strings(v, str(k))
    elif isinstance(doc, list):
        for item in doc:
            yield from strings(item, key)
    elif isinstance(doc, str):
        yield key, doc
    elif isinstance(doc, int | float) and not isinstance(doc, bool):
        yield key, repr(doc)


def dicts(doc: Any) -> Iterator[dict[str, Any]]:
    if isinstance(doc, dict):
        yield doc
        for v in doc.values():
            yield from dicts(v)
    elif isinstance(doc, list):
        for item in doc:
            yield from dicts(item)


def lists(doc: Any) -> Iterator[list[Any]]:
    if isinstance(doc, list):
        yield doc
        for item in doc:
            yield from lists(item)
    elif isinstance(doc, dict):
        for v in doc.values():
            yield from lists(v)


# --- finders -------------------------------------------------------------------------------

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
DIGIT_RUN_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d)+(?!\d)")


def find_ibans(text: str) -> list[str]:
    found = []
    for m in IBAN_RE.finditer(text):
        compact = m.group().replace(" ", "")
        length = IBAN_LENGTHS.get(compact[:2])
        if length and iban_ok(compact[:length]):
            found.append(compact[:length])
    return found


def find_cards(text: str) -> list[str]:
    blanked = IBAN_RE.sub(" ", text)
    found = []
    for m in DIGIT_RUN_RE.finditer(blanked):
        number = re.sub(r"[ -]", "", m.group())
        if 13 <= len(number) <= 19 and card_shape_ok(number) and luhn_ok(number):
            found.append(number)
    return found


SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
NINO_RE = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
STEUER_RE = re.compile(r"(?<!\d)(?<!\d )\d{2} ?\d{3} ?\d{3} ?\d{3}(?! ?\d)")
NIR_RE = re.compile(r"(?<!\d)(?<!\d )[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}(?! ?\d)")
DNI_RE = re.compile(r"\b[XYZ]?-?\d{7,8}-?[A-Z]\b")
SSN_KEYS = ("ssn", "socialsecurity", "tin")


def find_national_ids(text: str, key: str) -> list[str]:
    found = [m.group() for m in SSN_RE.finditer(text) if ssn_ok(m.group())]
    if any(k in norm_key(key) for k in SSN_KEYS) and re.fullmatch(r"\d{9}", text) \
            and ssn_ok(text):
        found.append(text)
    found += [m.group() for m in NINO_RE.finditer(text) if nino_ok(m.group())]
    found += [m.group() for m in STEUER_RE.finditer(text) if steuer_id_ok(m.group())]
    found += [m.group() for m in NIR_RE.finditer(text) if nir_ok(m.group())]
    found += [m.group() for m in DNI_RE.finditer(text) if dni_ok(m.group())]
    return found


# not after ":" so that the password@host part of a connection string is not an address
EMAIL_RE = re.compile(
    r"(?<![\w.%+:-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})\b")
FILE_EXTS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "js", "css", "json", "pdf"}


def find_emails(text: str) -> list[str]:
    return [m.group() for m in EMAIL_RE.finditer(text) if m.group(1).lower() not in FILE_EXTS]


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4_RE = re.compile(rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?!\.?\d)")
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")


def find_ips(text: str) -> list[str]:
    found = [m.group() for m in IPV4_RE.finditer(text)]
    for m in IPV6_RE.finditer(text):
        value = m.group()
        if ("::" in value or value.count(":") == 7) and any(ch.isalnum() for ch in value):
            found.append(value)
    return found


LAT_KEYS = {"lat", "latitude", "breite", "breitengrad", "latitud"}
LON_KEYS = {"lon", "lng", "long", "longitude", "laenge", "lange", "langengrad", "longitud"}
PAIR_RE = re.compile(r"(-?\d{1,3}\.(\d{4,}))\s*,\s*(-?\d{1,3}\.(\d{4,}))")


def _decimals(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return 0
    text = repr(value) if isinstance(value, float) else str(value)
    if not re.fullmatch(r"-?\d{1,3}\.\d+", text):
        return 0
    return len(text.split(".")[1])


def _in_range(lat: float, lon: float) -> bool:
    return abs(lat) <= 90 and abs(lon) <= 180


def find_coords(doc: Any) -> list[tuple[float, float]]:
    found = []
    for d in dicts(doc):
        lat_k = [k for k in d if norm_key(k) in LAT_KEYS]
        lon_k = [k for k in d if norm_key(k) in LON_KEYS]
        for a in lat_k:
            for b in lon_k:
                if _decimals(d[a]) >= 4 and _decimals(d[b]) >= 4 \
                        and _in_range(float(d[a]), float(d[b])):
                    found.append((float(d[a]), float(d[b])))
    for seq in lists(doc):
        if len(seq) in (2, 3) and all(isinstance(v, float) for v in seq[:2]) \
                and _decimals(seq[0]) >= 4 and _decimals(seq[1]) >= 4 \
                and (_in_range(seq[1], seq[0]) or _in_range(seq[0], seq[1])):
            found.append((seq[0], seq[1]))
    for _, text in strings(doc):
        for m in PAIR_RE.finditer(text):
            first, second = float(m.group(1)), float(m.group(3))
            if _in_range(first, second):
                found.append((first, second))
    return found


CREDENTIAL_RES = [re.compile(p) for p in (
    r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b", r"\bghp_[A-Za-z0-9]{36}\b", r"\bgithub_pat_\w{60,}",
    r"\bxox[bpas]-[0-9A-Za-z-]{20,}", r"\b[sr]k_live_[A-Za-z0-9]{20,}", r"\bglpat-[\w-]{20}",
    r"\bAIza[\w-]{35}", r"\bnpm_[A-Za-z0-9]{36}\b", r"\bSG\.[\w-]{22}\.[\w-]{43}",
    r"\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}", r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----",
    r"\bwhsec_[A-Za-z0-9]{20,}", r"\bBearer\s+[\w.~+/=-]{16,}")]
BASIC_RE = re.compile(r"\bBasic\s+([A-Za-z0-9+/=]{8,})")
DSN_RE = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s:/@]+:([^\s@/]+)@")
ASSIGN_RE = re.compile(r"(?i)(?:^|[&?\s;])(?:password|passwd|pwd|secret|api_key|token)=([^&\s;]+)")
SECRET_KEYS = {"password", "passwd", "pwd", "passwort", "kennwort", "motdepasse", "contrasena",
               "clave", "secret", "clientsecret", "apikey", "apisecret", "accesstoken",
               "refreshtoken", "token", "secretkey", "secretaccesskey", "awssecretaccesskey",
               "privatekey", "webhooksecret", "signingsecret", "authorization", "newpassword",
               "sessiontoken"}


def masked(value: str) -> bool:
    v = value.strip()
    return (not v or set(v) <= set("*•x") or "****" in v or v.upper() in ("[REDACTED]",
            "<REDACTED>", "REDACTED") or v.startswith(("${", "{{", "<", "%")))


def find_credentials(doc: Any) -> list[str]:
    found = []
    for _, text in strings(doc):
        found += [m.group() for r in CREDENTIAL_RES for m in r.finditer(text)]
        for m in BASIC_RE.finditer(text):
            try:
                decoded = base64.b64decode(m.group(1), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                continue
            if ":" in decoded:
                found.append(m.group())
        found += [m.group() for m in DSN_RE.finditer(text) if not masked(m.group(1))]
        found += [m.group() for m in ASSIGN_RE.finditer(text) if not masked(m.group(1))]
    for d in dicts(doc):
        for k, v in d.items():
            if norm_key(k) in SECRET_KEYS and isinstance(v, str) and not masked(v):
                found.append(f"{k}={v[:8]}")
        if d.get("kind") == "Secret" and (d.get("data") or d.get("stringData")):
            found.append("k8s Secret")
    return found


TYPED_ID_CHECKS = {"ssn": ssn_ok, "nino": nino_ok, "steuerid": steuer_id_ok, "nir": nir_ok,
                   "dni": dni_ok, "nie": dni_ok}


def find_typed_ids(doc: Any) -> list[str]:
    """Identifiers given as {"type": <scheme>, "number"|"value": <id>}."""
    found = []
    for d in dicts(doc):
        scheme = norm_key(str(d.get("type", d.get("scheme", ""))))
        value = d.get("number", d.get("value"))
        if scheme in TYPED_ID_CHECKS and isinstance(value, str) and TYPED_ID_CHECKS[scheme](value):
            found.append(value)
    return found


PASSPORT_WORDS = ("passport", "reisepass", "passeport", "pasaporte")
DOC_NUMBER_RE = re.compile(r"[A-Z0-9]{6,10}")


def find_passports(doc: Any) -> list[str]:
    found = []
    for d in dicts(doc):
        for k, v in d.items():
            if any(w in norm_key(k) for w in PASSPORT_WORDS):
                if isinstance(v, str) and DOC_NUMBER_RE.fullmatch(v):
                    found.append(v)
                elif isinstance(v, dict) and isinstance(v.get("number"), str):
                    found.append(v["number"])
        kind = str(d.get("type", d.get("doc_type", ""))).lower()
        number = d.get("number", d.get("doc_number"))
        if kind in ("passport", "p") and isinstance(number, str) \
                and DOC_NUMBER_RE.fullmatch(number):
            found.append(number)
    return found


def find_named_bank(doc: Any) -> list[str]:
    found = []
    for d in dicts(doc):
        keys = {norm_key(k): v for k, v in d.items()}
        if "accountnumber" in keys and ("routingnumber" in keys or "sortcode" in keys):
            routing = keys.get("routingnumber")
            if routing is None or aba_ok(str(routing)):
                found.append(str(keys["accountnumber"]))
    return found
