"""Look-alike sweep: finds provable kinds in a document by shape and checksum alone.

``scan(doc)`` walks a document (including strings that hold embedded JSON) and returns
``{kind: [evidence, ...]}`` for payment cards (Luhn), IBANs (mod 97), national ids (SSN,
NINO, Steuer-ID, NIR, DNI/NIE), e-mail addresses, IP addresses, precise coordinate pairs,
credential shapes and international phone numbers.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import re
from urllib.parse import unquote

from .validators import (
    IBAN_LENGTHS,
    dni_ok,
    iban_ok,
    luhn_ok,
    nie_ok,
    nino_ok,
    nir_ok,
    ssn_ok,
    steuer_id_ok,
)

_NB = r"(?<![A-Za-z0-9])"
_NA = r"(?![A-Za-z0-9])"

CARD_PLAIN = re.compile(_NB + r"\d{13,19}" + _NA)
CARD_GROUPED = re.compile(
    _NB + r"(?<![0-9][ -])(\d{4}([ -])\d{4}\2\d{4}\2\d{4})((?:\2\d{1,3})?)" + _NA)
CARD_AMEX = re.compile(_NB + r"(?<![0-9][ -])\d{4}([ -])\d{6}\1\d{5}" + _NA)
IBAN_START = re.compile(_NB + r"([A-Z]{2})(\d{2})")
SSN_DASHED = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
SSN_LABELED = re.compile(r"(?i)(?:\bssn|social[ _-]?security(?:[ _-]?(?:number|no\.?))?)"
                         r"\D{0,12}?(?<!\d)(\d{9})(?!\d)")
NINO = re.compile(_NB + r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]" + _NA)
STEUER_PLAIN = re.compile(_NB + r"\d{11}" + _NA)
STEUER_SPACED = re.compile(r"(?<!\d )" + _NB + r"\d{2} \d{3} \d{3} \d{3}(?! ?\d)")
NIR = re.compile(r"(?<!\d )" + _NB + r"[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}"
                 + r"(?! ?\d)" + _NA)
DNI = re.compile(_NB + r"\d{8}-?[A-Z]" + _NA)
NIE = re.compile(_NB + r"[XYZ]-?\d{7}-?[A-Z]" + _NA)
URL_USERINFO = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s@]*@")
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                   r"\.([A-Za-z]{2,24})(?![A-Za-z0-9-])")
NOT_TLD = {"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "ico", "avif"}
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
IPV6 = re.compile(r"(?<![\w:.])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
COORD_PAIR = re.compile(r"(?<![\d.])(-?\d{1,3}\.\d{4,})\s*,\s*(-?\d{1,3}\.\d{4,})(?![\d.])")
COORD_URL = re.compile(r"(?i)\blat(?:itude)?=(-?\d{1,3}\.\d{4,})\D{1,30}?"
                       r"\b(?:lng|lon|long|longitude)=(-?\d{1,3}\.\d{4,})")
COORD_WKT = re.compile(r"(?i)POINT\s*\(\s*(-?\d{1,3}\.\d{4,})\s+(-?\d{1,3}\.\d{4,})")
PHONE_INTL = re.compile(r"(?<![\w+])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\d)")

CREDENTIAL_SHAPES = [
    ("aws_key", re.compile(r"(?<![A-Z0-9])AKIA[0-9A-Z]{16}(?![A-Z0-9])")),
    ("github", re.compile(r"\bghp_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}")),
    ("slack", re.compile(r"\bxox[bpas]-[0-9A-Za-z-]{20,}")),
    ("stripe", re.compile(r"\b[sr]k_live_[0-9A-Za-z]{20,}")),
    ("gitlab", re.compile(r"\bglpat-[0-9A-Za-z_-]{20}")),
    ("google", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("npm", re.compile(r"\bnpm_[A-Za-z0-9]{36}\b")),
    ("sendgrid", re.compile(r"\bSG\.[\w-]{22}\.[\w-]{43}")),
    ("webhook_secret", re.compile(r"\bwhsec_[A-Za-z0-9+/=]{20,}")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}")),
    ("pem", re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----")),
]
BASIC = re.compile(r"\bBasic ([A-Za-z0-9+/]{8,}={0,2})")
BEARER = re.compile(r"\bBearer ([A-Za-z0-9._~+/-]{20,})")
URL_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]*:([^/\s@]+)@")
ASSIGNMENT = re.compile(
    r"(?i)\b(password|passwd|pwd|passwort|kennwort|secret|client_secret|api_key|apikey|"
    r"secret_key|access_token|auth_token|aws_secret_access_key|token)[\"']?\s*[=:]\s*[\"']?"
    r"([^\s\"'&,;]+)")

CREDENTIAL_KEYS = {
    "password", "passwd", "pwd", "pass", "passwort", "kennwort", "motdepasse", "contrasena",
    "contraseña", "secret", "clientsecret", "apikey", "apisecret", "accesstoken",
    "refreshtoken", "authtoken", "idtoken", "token", "secretkey", "secretaccesskey",
    "awssecretaccesskey", "privatekey", "webhooksecret", "signingsecret", "dbpassword",
    "smtppassword", "bearertoken", "sessiontoken", "xapikey", "authorization",
    "proxyauthorization", "xauthtoken", "newpassword", "currentpassword", "oldpassword",
    "temppassword", "initialpassword", "bottoken", "privatekeypem", "servicetoken", "psk",
    "wifipassword", "wpapsk",
}
HASH_PREFIXES = ("$argon2", "$2a$", "$2b$", "$2y$", "pbkdf2_", "sha256$", "{SSHA}", "$6$")
REF_PREFIXES = ("${", "{{", "<", "$(", "vault:", "arn:aws:secretsmanager", "projects/",
                "secretKeyRef", "env:", "%(")
MASKED = {"[redacted]", "redacted", "<redacted>", "null", "none", "masked", "hidden", "[filtered]",
          "filtered", "[hidden]", "***"}

LAT_KEYS = {"lat", "latitude", "breite", "breitengrad", "latitud", "latdeg", "gpslat"}
LON_KEYS = {"lon", "lng", "long", "longitude", "laenge", "länge", "längengrad", "longitud",
            "londeg", "gpslon", "gpslng"}
def is_ssn_key(key: str) -> bool:
    tokens = re.sub(r"([a-z])([A-Z])", r"\1 \2", key).lower()
    return "ssn" in re.split(r"[^a-z0-9]+", tokens) or "socialsecurity" in norm_key(key)


def norm_key(key: str) -> str:
    return "".join(ch for ch in key.lower() if ch.isalnum())


def is_masked(value: str) -> bool:
    v = value.strip()
    if len(v) < 6 or v.lower() in MASKED:
        return True
    if "***" in v or "•••" in v or "xxxx" in v.lower():
        return True
    if set(v) <= set("*xX•.-_ "):
        return True
    return v.startswith(HASH_PREFIXES) or v.startswith(REF_PREFIXES)


def _decimals(value: object) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, float):
        text = repr(value)
    elif isinstance(value, str) and re.fullmatch(r"-?\d{1,3}\.\d+", value.strip()):
        text = value.strip()
    else:
        return 0
    if "e" in text or "." not in text:
        return 0
    return len(text.split(".", 1)[1])


def _num(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def _coord_pair_ok(a: str | float, b: str | float) -> bool:
    x, y = float(a), float(b)
    return abs(x) <= 180 and abs(y) <= 180 and min(abs(x), abs(y)) <= 90


def _ibans(text: str) -> list[str]:
    found = []
    for m in IBAN_START.finditer(text):
        length = IBAN_LENGTHS.get(m.group(1))
        if not length:
            continue
        need = length - 4
        chars: list[str] = []
        j = m.end()
        while len(chars) < need and j < len(text):
            ch = text[j]
            if ch.isascii() and (ch.isdigit() or ch.isupper()):
                chars.append(ch)
                j += 1
            elif ch == " " and j + 1 < len(text) and text[j + 1].isalnum():
                j += 1
            else:
                break
        if len(chars) == need and (j >= len(text) or not text[j].isalnum()):
            candidate = m.group(1) + m.group(2) + "".join(chars)
            if iban_ok(candidate):
                found.append(candidate)
    return found


_RUN_BEFORE = re.compile(r"\d\s*,\s*$")
_RUN_AFTER = re.compile(r"^\s*,\s*-?\d")


def _in_number_run(text: str, m: re.Match) -> bool:
    """True when a comma pair is part of a longer comma-separated run of numbers."""
    before = text[max(0, m.start() - 8):m.start()]
    after = text[m.end():m.end() + 8]
    return bool(_RUN_BEFORE.search(before) or _RUN_AFTER.search(after))


def _ok_ipv4(text: str) -> bool:
    return all(int(part) <= 255 for part in text.split("."))


def text_findings(text: str) -> list[tuple[str, str]]:
    """Kinds provable from one string by shape and checksum."""
    out: list[tuple[str, str]] = []
    for m in CARD_PLAIN.finditer(text):
        if luhn_ok(m.group(0)):
            out.append(("payment_card", m.group(0)))
    for m in CARD_GROUPED.finditer(text):
        main, tail = m.group(1), m.group(3)
        if luhn_ok(main) or (tail and luhn_ok(main + tail)):
            out.append(("payment_card", m.group(0)))
    for m in CARD_AMEX.finditer(text):
        if luhn_ok(m.group(0)):
            out.append(("payment_card", m.group(0)))
    out += [("bank_account", v) for v in _ibans(text)]
    for m in SSN_DASHED.finditer(text):
        if ssn_ok(m.group(0)):
            out.append(("national_id", m.group(0)))
    for m in SSN_LABELED.finditer(text):
        if ssn_ok(m.group(1)):
            out.append(("national_id", m.group(1)))
    for regex, check in ((NINO, nino_ok), (STEUER_PLAIN, steuer_id_ok),
                         (STEUER_SPACED, steuer_id_ok), (NIR, nir_ok), (DNI, dni_ok),
                         (NIE, nie_ok)):
        for m in regex.finditer(text):
            if check(m.group(0)):
                out.append(("national_id", m.group(0)))
    plain = URL_USERINFO.sub("url://", text)
    for variant in {plain, unquote(plain)} if "%" in plain else {plain}:
        for m in EMAIL.finditer(variant):
            if m.group(1).lower() not in NOT_TLD:
                out.append(("email", m.group(0)))
    for m in IPV4.finditer(text):
        if _ok_ipv4(m.group(0)):
            out.append(("ip_address", m.group(0)))
    for m in IPV6.finditer(text):
        cand = m.group(1)
        if cand.count(":") >= 2 and any(ch not in ":" for ch in cand):
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            out.append(("ip_address", cand))
    for m in COORD_PAIR.finditer(text):
        if _coord_pair_ok(m.group(1), m.group(2)) and not _in_number_run(text, m):
            out.append(("precise_location", m.group(0)))
    for regex in (COORD_URL, COORD_WKT):
        for m in regex.finditer(text):
            if _coord_pair_ok(m.group(1), m.group(2)):
                out.append(("precise_location", m.group(0)))
    for name, regex in CREDENTIAL_SHAPES:
        for m in regex.finditer(text):
            out.append(("credential", f"{name}:{m.group(0)[:24]}"))
    for m in BASIC.finditer(text):
        try:
            raw = base64.b64decode(m.group(1), validate=True)
        except (binascii.Error, ValueError):
            continue
        if b":" in raw:
            out.append(("credential", "basic:" + m.group(1)[:16]))
    for m in BEARER.finditer(text):
        if any(ch.isdigit() for ch in m.group(1)):
            out.append(("credential", "bearer:" + m.group(1)[:16]))
    for regex in (URL_PASSWORD,):
        for m in regex.finditer(text):
            if not is_masked(m.group(1)):
                out.append(("credential", "url_password"))
    for m in ASSIGNMENT.finditer(text):
        if not is_masked(m.group(2)):
            out.append(("credential", f"assignment:{m.group(1)}"))
    for m in PHONE_INTL.finditer(text):
        if 8 <= sum(ch.isdigit() for ch in m.group(0)) <= 15:
            out.append(("phone", m.group(0)))
    return out


def _dict_findings(node: dict) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    lat = lon = None
    for key, value in node.items():
        nk = norm_key(str(key))
        if nk in LAT_KEYS and _decimals(value) >= 4:
            lat = value
        elif nk in LON_KEYS and _decimals(value) >= 4:
            lon = value
        if nk in CREDENTIAL_KEYS and isinstance(value, str) and not is_masked(value):
            out.append(("credential", f"key:{key}"))
        if is_ssn_key(str(key)) and isinstance(value, str | int):
            if not isinstance(value, bool) and ssn_ok(str(value)):
                out.append(("national_id", f"key:{key}"))
    if lat is not None and lon is not None:
        la, lo = _num(lat), _num(lon)
        if la is not None and lo is not None and abs(la) <= 90 and abs(lo) <= 180:
            out.append(("precise_location", f"{lat},{lon}"))
    if str(node.get("kind", "")) == "Secret":
        for section in ("data", "stringData"):
            data = node.get(section)
            if isinstance(data, dict) and any(isinstance(v, str) and v for v in data.values()):
                out.append(("credential", "k8s_secret"))
    return out


def _list_findings(node: list) -> list[tuple[str, str]]:
    if len(node) in (2, 3) and all(_num(v) is not None and not isinstance(v, str) for v in node):
        a, b = node[0], node[1]
        if _decimals(a) >= 4 and _decimals(b) >= 4 and _coord_pair_ok(a, b):
            return [("precise_location", f"[{a}, {b}]")]
    return []


def _walk(node: object, out: list[tuple[str, str]], depth: int = 0) -> None:
    if isinstance(node, dict):
        out.extend(_dict_findings(node))
        for key, value in node.items():
            out.extend(text_findings(str(key)))
            _walk(value, out, depth)
    elif isinstance(node, list):
        out.extend(_list_findings(node))
        for value in node:
            _walk(value, out, depth)
    elif isinstance(node, str):
        out.extend(text_findings(node))
        stripped = node.strip()
        if depth < 4 and stripped[:1] in "{[" and stripped[-1:] in "}]":
            try:
                inner = json.loads(stripped)
            except ValueError:
                return
            _walk(inner, out, depth + 1)
    elif isinstance(node, int) and not isinstance(node, bool):
        out.extend(text_findings(str(node)))


def scan(doc: object) -> dict[str, list[str]]:
    found: list[tuple[str, str]] = []
    _walk(doc, found)
    result: dict[str, list[str]] = {}
    for kind, evidence in found:
        result.setdefault(kind, []).append(evidence)
    return result


def text_kinds(text: str) -> set[str]:
    return {kind for kind, _ in text_findings(text)}


# Tags whose kind the sweep must be able to prove (``kind:detail`` tags).
ALWAYS_PROVABLE = {"payment_card", "email", "ip_address", "precise_location", "national_id"}
UNPROVABLE_CREDENTIAL_DETAILS = {"text_password", "csv_password"}


def provable(kind: str, detail: str) -> bool:
    if kind in ALWAYS_PROVABLE:
        return True
    if kind == "bank_account":
        return detail.startswith("iban")
    if kind == "credential":
        return detail not in UNPROVABLE_CREDENTIAL_DETAILS
    return False
