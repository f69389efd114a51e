"""Look-alike sweep: find checkable kinds in a document, independently of the generators."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from typing import Any

from . import validators as v

IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?"
    r"(?![A-Za-z0-9])"
)
CARD_RE = re.compile(r"(?<![\w+\-./])\d+(?:[ -]\d+)*")
SSN_RE = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
SSN_PLAIN_RE = re.compile(r"(?<!\d)\d{9}(?!\d)")
NINO_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])")
STEUER_RE = re.compile(r"(?<![\d+\-./])[1-9]\d{10}(?!\d)")
NIR_RE = re.compile(
    r"(?<![\d+\-./])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}"
    r"(?!\d)"
)
DNI_RE = re.compile(r"(?<![A-Za-z0-9])[XYZ]?\d{7,8}[A-Z](?![A-Za-z0-9])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})\b")
USERINFO_RE = re.compile(r"://[^/\s@]+@")
FILE_EXT = {"png", "jpg", "jpeg", "gif", "svg", "webp"}
IPV4_RE = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}"
    r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"
)
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
COORD_RE = re.compile(r"-?\d{1,3}\.\d{4,}\s*,\s*-?\d{1,3}\.\d{4,}")
SECRET_RES = [
    re.compile(p)
    for p in (
        r"AKIA[A-Z2-7]{16}",
        r"whsec_\w{20,}",
        r"ghp_[A-Za-z0-9]{36}",
        r"github_pat_\w{20,}",
        r"xox[bpa]-\d+-",
        r"[sr]k_live_[A-Za-z0-9]{10,}",
        r"SG\.[\w-]{20,}\.[\w-]{20,}",
        r"AIza[\w-]{35}",
        r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+",
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
        r"Bearer [A-Za-z0-9._~+/-]{20,}",
        r"://[^/\s:@]+:(?!\*)[^@\s/]+@",
        r"Basic [A-Za-z0-9+/]{8,}={0,2}",
        r"(?i)\b(?:pw|pwd|password|passwort|kennwort|contraseña|mot de passe)\s*[:=]\s*(?!\*)\S+",
    )
]
SECRET_KEYS = {
    "secret",
    "password",
    "passwd",
    "pwd",
    "passwort",
    "kennwort",
    "motdepasse",
    "contrasena",
    "contraseña",
    "clientsecret",
    "apikey",
    "secretkey",
    "accesstoken",
    "webhooksecret",
    "signingsecret",
    "refreshtoken",
}
LAT_KEYS = {"lat", "latitude", "breite", "breitengrad"}
LON_KEYS = {"lon", "lng", "long", "longitude", "laenge", "längengrad"}
MASKED = re.compile(r"^(?:\**|\[redacted\]|redacted|x+|•+|.*\*{3,}.*)$", re.IGNORECASE)
CARD_SHAPES = (
    ("4", (13, 16, 19)),
    ("34", (15,)),
    ("37", (15,)),
    ("6011", (16,)),
    ("65", (16,)),
    *((f"5{i}", (16,)) for i in range(1, 6)),
    *((f"2{i}", (16,)) for i in range(2, 8)),
)


def strings(node: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every (key, string) in the document, keys themselves included."""
    if isinstance(node, dict):
        for k, val in node.items():
            yield "", k
            yield from strings(val, k)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item, key)
    elif isinstance(node, str):
        yield key, node
    elif isinstance(node, int | float) and not isinstance(node, bool):
        yield key, repr(node)


def decimals(x: Any) -> int:
    if isinstance(x, str):
        x = x.strip()
        if not re.fullmatch(r"-?\d+\.\d+", x):
            return 0
        return len(x.split(".")[1])
    if isinstance(x, float):
        r = repr(x)
        return len(r.split(".")[1]) if "." in r and "e" not in r else 0
    return 0


def norm(key: str) -> str:
    return re.sub(r"[^a-zäñ]", "", key.lower())


def coords(node: Any, key: str = "") -> bool:
    if isinstance(node, dict):
        lat = [val for k, val in node.items() if norm(k) in LAT_KEYS]
        lon = [val for k, val in node.items() if norm(k) in LON_KEYS]
        if lat and lon and decimals(lat[0]) >= 4 and decimals(lon[0]) >= 4:
            return True
        return any(coords(val, k) for k, val in node.items())
    if isinstance(node, list):
        if (
            len(node) == 2
            and all(isinstance(x, float) for x in node)
            and all(decimals(x) >= 4 for x in node)
            and abs(node[0]) <= 180
            and abs(node[1]) <= 90
        ):
            return True
        return any(coords(x, key) for x in node)
    return False


def card_found(text: str) -> bool:
    for m in CARD_RE.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                ds = "".join(groups[i:j])
                if any(
                    ds.startswith(p) and len(ds) in lens for p, lens in CARD_SHAPES
                ) and v.luhn_ok(ds):
                    return True
    return False


def national_found(key: str, text: str, loose: bool) -> bool:
    if any(v.ssn_ok(m.group()) for m in SSN_RE.finditer(text)):
        return True
    if (loose or "ssn" in norm(key)) and any(
        v.ssn_ok(m.group()) for m in SSN_PLAIN_RE.finditer(text)
    ):
        return True
    return any(
        ok(m.group())
        for rx, ok in (
            (NINO_RE, v.nino_ok),
            (STEUER_RE, v.steuer_id_ok),
            (NIR_RE, v.nir_ok),
            (DNI_RE, v.dni_ok),
        )
        for m in rx.finditer(text)
    )


def ipv6_found(text: str) -> bool:
    for m in IPV6_RE.finditer(text):
        s = m.group()
        if s.count(":") < 2 or len(s) < 3:
            continue
        try:
            ipaddress.IPv6Address(s)
        except ValueError:
            continue
        return True
    return False


def find(doc: Any, loose: bool = False) -> set[str]:
    """Kinds whose presence can be proven mechanically. `loose` also accepts plain SSNs."""
    found: set[str] = set()
    if coords(doc):
        found.add("precise_location")
    if isinstance(doc, dict) and doc.get("kind") == "Secret" and doc.get("data"):
        found.add("credential")
    for key, text in strings(doc):
        if any(v.iban_ok(m.group()) for m in IBAN_RE.finditer(text)):
            found.add("bank_account")
        masked = IBAN_RE.sub("#", text)
        if card_found(masked):
            found.add("payment_card")
        if national_found(key, masked, loose):
            found.add("national_id")
        no_userinfo = USERINFO_RE.sub("://", text)
        if any(m.group(1).lower() not in FILE_EXT for m in EMAIL_RE.finditer(no_userinfo)):
            found.add("email")
        if IPV4_RE.search(text) or ipv6_found(text):
            found.add("ip_address")
        if COORD_RE.search(text):
            found.add("precise_location")
        if any(rx.search(text) for rx in SECRET_RES):
            found.add("credential")
        if norm(key) in SECRET_KEYS and text and not MASKED.match(text):
            found.add("credential")
    return found
