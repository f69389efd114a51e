"""Independent detectors for look-alikes the corpus must never leave unlabeled."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from typing import Any

from . import validators as v

CARD_PLAIN = re.compile(r"(?<![\d+])\d{15,16}(?!\d)")
CARD_GROUPED = re.compile(
    r"(?<![\w+])(?<!\d[ -])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{4}([ -])\d{6}\2\d{5})(?![ -]?\d)"
)
IBAN_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}")
SSN_DASHED = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
NINO = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])")
ELEVEN = re.compile(r"(?<![\d+])\d{11}(?!\d)")
NIR_PLAIN = re.compile(r"(?<![\d+])[12]\d{14}(?!\d)")
NIR_SPACED = re.compile(r"(?<![\d ])[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}(?!\d)")
DNI = re.compile(r"(?<![A-Za-z0-9])(?:\d{8}|[XYZ]-?\d{7})-?[A-Z](?![A-Za-z0-9])")
EMAIL = re.compile(
    r"(?<![\w.%+:/-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![\w-])"
)
NOT_TLD = {"png", "jpg", "jpeg", "gif", "svg", "webp"}
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]{2,39}(?![0-9A-Za-z:])")
COORD_TEXT = re.compile(r"(?<![\d.])-?\d{1,3}\.\d{4,}, ?-?\d{1,3}\.\d{4,}(?![\d.])")
SECRET_PATTERNS = tuple(
    re.compile(p)
    for p in (
        r"AKIA[0-9A-Z]{16}",
        r"ghp_[A-Za-z0-9]{36}",
        r"github_pat_\w{20,}",
        r"xox[abp]-\d+-\d+-\w+",
        r"[rs]k_live_[A-Za-z0-9]{16,}",
        r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+",
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
        r"glpat-[\w-]{20}",
        r"AIza[\w-]{35}",
        r"npm_[A-Za-z0-9]{36}",
        r"SG\.[\w-]{22}\.[\w-]{43}",
        r"whsec_\w{20,}",
        r"Bearer [\w.~+/-]{20,}",
        r"Basic [A-Za-z0-9+/=]{12,}",
        r"://[^/\s:@]+:[^/\s@]+@",
        r"(?i)(?:secret|password|passwd|api_key|token)\w*\s*[=:]\s*\"?[^\s\"*]{8,}",
    )
)
CRED_KEYS = {
    "password",
    "passwd",
    "pwd",
    "passwort",
    "secret",
    "clientsecret",
    "apikey",
    "apisecret",
    "accesstoken",
    "refreshtoken",
    "idtoken",
    "privatekey",
    "secretaccesskey",
    "webhooksecret",
    "authtoken",
    "signingsecret",
}
MASKED = re.compile(r"^[*•]+$|REDACTED|\*{4}")
SSN_KEYS = {"ssn", "tin", "socialsecuritynumber"}
LAT_KEYS = {"lat", "latitude"}
LON_KEYS = {"lon", "lng", "long", "longitude"}


def norm_key(key: str) -> str:
    return re.sub(r"[^a-z]", "", key.lower())


def walk(node: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (key, value) for every node; list items inherit the key of their list."""
    yield key, node
    if isinstance(node, dict):
        for k, val in node.items():
            yield from walk(val, str(k))
    elif isinstance(node, list):
        for val in node:
            yield from walk(val, key)


def strings(doc: Any) -> Iterator[tuple[str, str]]:
    for key, value in walk(doc):
        if isinstance(value, str):
            yield key, value
        elif isinstance(value, int) and not isinstance(value, bool):
            yield key, str(value)


def decimals(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return 0
    text = value if isinstance(value, str) else repr(value)
    if not re.fullmatch(r"-?\d{1,3}\.\d+", text):
        return 0
    return len(text.split(".")[1])


def detect(doc: Any) -> set[str]:
    """The kinds whose checkable look-alikes occur anywhere in `doc`."""
    found: set[str] = set()
    for key, text in strings(doc):
        found |= _detect_text(norm_key(key), text)
    for key, value in walk(doc):
        if isinstance(value, dict):
            keys = {norm_key(str(k)): val for k, val in value.items()}
            lat = next((keys[k] for k in LAT_KEYS if k in keys), None)
            lon = next((keys[k] for k in LON_KEYS if k in keys), None)
            if decimals(lat) >= 4 and decimals(lon) >= 4:
                found.add("precise_location")
            if value.get("kind") == "Secret" and value.get("data"):
                found.add("credential")
            if _named_secret(value):
                found.add("credential")
            routing = keys.get("routingnumber")
            if isinstance(routing, str) and keys.get("accountnumber"):
                if v.aba_ok(routing) or re.fullmatch(r"\d{2}-\d{2}-\d{2}", routing):
                    found.add("bank_account")
            if keys.get("sortcode") and keys.get("accountnumber"):
                found.add("bank_account")
        elif isinstance(value, list) and len(value) == 2:
            if all(decimals(x) >= 4 for x in value) and all(isinstance(x, float) for x in value):
                found.add("precise_location")
        elif isinstance(value, str) and norm_key(key) in CRED_KEYS:
            if value and not MASKED.search(value):
                found.add("credential")
    return found


def _detect_text(key: str, text: str) -> set[str]:
    found: set[str] = set()
    for m in CARD_PLAIN.finditer(text):
        if v.card_brand_ok(m.group()) and v.luhn_ok(m.group()):
            found.add("payment_card")
    for m in CARD_GROUPED.finditer(text):
        if v.card_brand_ok(m.group()) and v.luhn_ok(m.group()):
            found.add("payment_card")
    for m in IBAN_CANDIDATE.finditer(text):
        compact = m.group().replace(" ", "")
        length = v.IBAN_LENGTHS.get(compact[:2])
        if length and v.iban_ok(compact[:length]):
            found.add("bank_account")
    if _national_id(key, text):
        found.add("national_id")
    for m in EMAIL.finditer(text):
        if m.group(1).lower() not in NOT_TLD:
            found.add("email")
    if _has_ip(text):
        found.add("ip_address")
    if COORD_TEXT.search(text):
        found.add("precise_location")
    if any(p.search(text) for p in SECRET_PATTERNS):
        found.add("credential")
    return found


def _national_id(key: str, text: str) -> bool:
    if any(v.ssn_ok(m.group()) for m in SSN_DASHED.finditer(text)):
        return True
    if key in SSN_KEYS and re.fullmatch(r"\d{9}", text) and v.ssn_ok(text):
        return True
    if any(v.nino_ok(m.group()) for m in NINO.finditer(text)):
        return True
    if any(v.steuer_id_ok(m.group()) for m in ELEVEN.finditer(text)):
        return True
    nirs = [*NIR_PLAIN.finditer(text), *NIR_SPACED.finditer(text)]
    if any(v.nir_ok(m.group()) for m in nirs):
        return True
    return any(v.dni_ok(m.group()) for m in DNI.finditer(text))


def _named_secret(entry: dict[Any, Any]) -> bool:
    """A `{"key"|"name": "..._TOKEN", "value": "..."}` pair, as in CI or container env lists."""
    name = entry.get("key", entry.get("name"))
    value = entry.get("value")
    if not isinstance(name, str) or not isinstance(value, str) or not value:
        return False
    if MASKED.search(value) or re.search(r"HASH|PUB", name, re.IGNORECASE):
        return False
    return bool(re.search(r"SECRET|TOKEN|PASSW|API_?KEY|PRIVATE_KEY", name, re.IGNORECASE))


def _has_ip(text: str) -> bool:
    for m in IPV4.finditer(text):
        if all(int(part) <= 255 for part in m.group().split(".")):
            return True
    for m in IPV6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
            except ValueError:
                continue
            return True
    return False
