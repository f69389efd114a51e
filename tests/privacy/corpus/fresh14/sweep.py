"""Look-alike sweep: finds provable kinds (card, IBAN, national id, e-mail, IP, coordinate pair,
credential shapes) anywhere in a document, including inside strings that hold JSON."""

from __future__ import annotations

import base64
import ipaddress
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from . import validators as V

CARD_PLAIN = re.compile(r"(?<![\w+.])(\d{13,19})(?![\w])")
CARD_GROUPED = re.compile(
    r"(?<!\d[ -])(?<![\w-])"
    r"(\d{4}([ -])\d{4}\2\d{4}\2\d{1,7}|\d{4}([ -])\d{6}\3\d{5})"
    r"(?![\w-])(?![ -]\d)"
)
IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])"
)
SSN_DASHED = re.compile(r"(?<![\w-])(\d{3}-\d{2}-\d{4})(?![\w-])")
NINO_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![A-Za-z0-9])")
STEUER_RE = re.compile(r"(?<!\d[ ])(?<![\w+.])(\d{2} ?\d{3} ?\d{3} ?\d{3})(?![\w])(?! \d)")
NIR_RE = re.compile(
    r"(?<![\w+.])([12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2})(?![\w])"
)
DNI_RE = re.compile(r"(?<![\w])(\d{8}-?[A-Z]|[XYZ]-?\d{7}-?[A-Z])(?![\w])")
URL_USERINFO = re.compile(r"[a-z][a-z0-9+.-]*://[^\s/@\"]*@", re.I)
EMAIL_RE = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,}))(?![\w])"
)
NOT_TLD = {"png", "jpg", "jpeg", "gif", "svg", "webp", "js", "css", "ts"}
IPV4_RE = re.compile(r"(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\w)(?!\.\d)")
IPV6_RE = re.compile(r"(?<![\w:.])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
COORD_STR = re.compile(
    r"(?<![\w.\-])(?<!,)(?<!, )"
    r"(-?\d{1,3}\.(\d{4,}))\s*,\s*(-?\d{1,3}\.(\d{4,}))"
    r"(?!\w)(?!\.\d)(?!\s*,\s*-?\d)"
)
CRED_PATTERNS = [
    ("aws", re.compile(r"(?<![A-Z0-9])AKIA[A-Z0-9]{16}(?![A-Z0-9])")),
    ("github", re.compile(r"ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,}")),
    ("slack", re.compile(r"xox[abprs]-[A-Za-z0-9-]{20,}")),
    ("stripe", re.compile(r"[sr]k_live_[A-Za-z0-9]{20,}")),
    ("gitlab", re.compile(r"glpat-[A-Za-z0-9_-]{20}")),
    ("google", re.compile(r"AIza[0-9A-Za-z_-]{35}")),
    ("npm", re.compile(r"npm_[A-Za-z0-9]{36}")),
    ("sendgrid", re.compile(r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}")),
    ("jwt", re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")),
    ("pem", re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")),
    ("webhook", re.compile(r"whsec_[A-Za-z0-9]{24,}")),
]
BEARER_RE = re.compile(r"\bBearer\s+([A-Za-z0-9._~+/-]{16,}=*)")
BASIC_RE = re.compile(r"\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})")
CONN_RE = re.compile(r"[a-z][a-z0-9+.-]*://[^\s:/@\"]+:([^\s@/\"]+)@", re.I)
SECRET_KEYS = {
    "password",
    "passwort",
    "kennwort",
    "motdepasse",
    "contrasena",
    "clientsecret",
    "apikey",
    "apisecret",
    "secret",
    "secretkey",
    "accesstoken",
    "refreshtoken",
    "idtoken",
    "webhooksecret",
    "signingsecret",
    "privatekey",
    "token",
    "authtoken",
    "secretaccesskey",
    "awssecretaccesskey",
    "dbpassword",
    "smtppassword",
}
LAT_KEYS = {"lat", "latitude", "breitengrad", "breite", "latitud"}
LON_KEYS = {"lon", "lng", "long", "longitude", "langengrad", "lange", "longitud"}


def norm_key(k: str) -> str:
    k = unicodedata.normalize("NFKD", k).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", k)


def masked(v: str) -> bool:
    s = v.strip()
    if not s or set(s) <= set("*•x.-_ "):
        return True
    low = s.lower()
    return any(
        m in low
        for m in (
            "redacted",
            "****",
            "${",
            "{{",
            "<secret>",
            "changeme",
            "xxxx",
            "<masked>",
            "[hidden]",
        )
    )


def _decimals(x: object) -> int:
    if isinstance(x, bool) or not isinstance(x, (int, float, str)):
        return 0
    s = x if isinstance(x, str) else repr(x)
    m = re.fullmatch(r"-?\d{1,3}\.(\d+)", s.strip())
    return len(m.group(1)) if m else 0


def _num(x: Any) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _pair_ok(a: object, b: object) -> bool:
    fa, fb = _num(a), _num(b)
    if fa is None or fb is None or _decimals(a) < 4 or _decimals(b) < 4:
        return False
    return (abs(fa) <= 90 and abs(fb) <= 180) or (abs(fb) <= 90 and abs(fa) <= 180)


def _embedded_json(s: str) -> list[Any]:
    st = s.strip()
    cands: list[str] = []
    if st[:1] in "{[":
        cands.append(st)
    for line in st.splitlines():
        line = line.strip()
        if line.startswith("data:"):
            cands.append(line[5:].strip())
        elif line[:1] == "{" and line != st:
            cands.append(line)
    out: list[Any] = []
    for c in cands:
        try:
            out.append(json.loads(c))
        except ValueError:
            pass
    return out


def walk(doc: Any) -> Iterator[tuple[Any, Any]]:
    """Yield (key, value) for every scalar and container, descending into JSON held in strings."""
    stack: list[tuple[Any, Any]] = [(None, doc)]
    while stack:
        k, v = stack.pop()
        yield k, v
        if isinstance(v, dict):
            for kk, vv in v.items():
                yield None, kk  # keys are text too
                stack.append((kk, vv))
        elif isinstance(v, list):
            for vv in v:
                stack.append((k, vv))
        elif isinstance(v, str) and len(v) > 1:
            for inner in _embedded_json(v):
                stack.append((k, inner))


def scan_string(s: str, key: object) -> list[tuple[str, str]]:
    f: list[tuple[str, str]] = []
    for m in CARD_PLAIN.finditer(s):
        if V.luhn_ok(m.group(1)):
            f.append(("payment_card", m.group(1)))
    for m in CARD_GROUPED.finditer(s):
        if V.luhn_ok(m.group(1)):
            f.append(("payment_card", m.group(1)))
    for m in IBAN_RE.finditer(s):
        if V.iban_ok(m.group(1)):
            f.append(("bank_account", m.group(1)))
    for m in SSN_DASHED.finditer(s):
        if V.ssn_ok(m.group(1)):
            f.append(("national_id", m.group(1)))
    nk = norm_key(key) if isinstance(key, str) else ""
    if (
        ("ssn" in nk or "socialsecurity" in nk)
        and re.fullmatch(r"\d{9}", s.strip())
        and V.ssn_ok(s.strip())
    ):
        f.append(("national_id", s))
    for m in NINO_RE.finditer(s):
        if V.nino_ok(m.group(1)):
            f.append(("national_id", m.group(1)))
    for m in STEUER_RE.finditer(s):
        if V.steuer_id_ok(m.group(1)):
            f.append(("national_id", m.group(1)))
    for m in NIR_RE.finditer(s):
        if V.nir_ok(m.group(1)):
            f.append(("national_id", m.group(1)))
    for m in DNI_RE.finditer(s):
        if V.dni_ok(m.group(1)):
            f.append(("national_id", m.group(1)))
    s_mail = URL_USERINFO.sub("", s)
    for m in EMAIL_RE.finditer(s_mail):
        if m.group(2).lower() not in NOT_TLD:
            f.append(("email", m.group(1)))
    for m in IPV4_RE.finditer(s):
        if all(0 <= int(g) <= 255 for g in m.groups()):
            f.append(("ip_address", m.group(0)))
    for m in IPV6_RE.finditer(s):
        tok = m.group(1)
        if sum(1 for g in tok.split(":") if g) >= 2:
            try:
                ipaddress.IPv6Address(tok)
                f.append(("ip_address", tok))
            except ValueError:
                pass
    for m in COORD_STR.finditer(s):
        if _pair_ok(m.group(1), m.group(3)):
            f.append(("precise_location", m.group(0)))
    for name, rx in CRED_PATTERNS:
        for _m in rx.finditer(s):
            f.append(("credential", name))
    for m in BEARER_RE.finditer(s):
        if not masked(m.group(1)):
            f.append(("credential", "bearer"))
    for m in BASIC_RE.finditer(s):
        try:
            dec = base64.b64decode(m.group(1) + "==").decode("utf-8", "ignore")
        except ValueError:
            continue
        if ":" in dec:
            f.append(("credential", "basic"))
    for m in CONN_RE.finditer(s):
        if not masked(m.group(1)):
            f.append(("credential", "conn"))
    if nk in SECRET_KEYS and not masked(s) and len(s) >= 6:
        f.append(("credential", "key:" + nk))
    return f


def scan(doc: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for k, v in walk(doc):
        if isinstance(v, str):
            found.extend(scan_string(v, k))
        elif isinstance(v, list):
            if (
                2 <= len(v) <= 3
                and all(isinstance(x, float) for x in v[:2])
                and _pair_ok(v[0], v[1])
            ):
                found.append(("precise_location", str(v)))
        elif isinstance(v, dict):
            lat = [vv for kk, vv in v.items() if norm_key(kk) in LAT_KEYS]
            lon = [vv for kk, vv in v.items() if norm_key(kk) in LON_KEYS]
            if lat and lon and _pair_ok(lat[0], lon[0]):
                found.append(("precise_location", f"{lat[0]},{lon[0]}"))
            if v.get("kind") == "Secret" and (v.get("data") or v.get("stringData")):
                found.append(("credential", "k8s_secret"))
    return found


def found_kinds(doc: Any) -> set[str]:
    return {k for k, _ in scan(doc)}


PROVABLE = {
    "payment_card",
    "bank_account",
    "national_id",
    "email",
    "ip_address",
    "precise_location",
    "credential",
}
# tag details of provable kinds that the sweep cannot prove by shape
UNPROVABLE_DETAILS = {"bank_account:uk_sortcode", "bank_account:us_routing"}


def consistency(doc: Any, tags: list[str]) -> list[str]:
    """Problems: sweep findings of a kind the tags do not name, \
and tags of a provable kind with no finding."""
    kinds_tagged: set[str] = set()
    needs: set[str] = set()
    for t in tags:
        kind = t.split(":", 1)[1].split("/")[0] if t.startswith("text:") else t.split(":", 1)[0]
        kinds_tagged.add(kind)
        if kind in PROVABLE and t not in UNPROVABLE_DETAILS:
            needs.add(kind)
    found = scan(doc)
    fk = {k for k, _ in found}
    probs = []
    for k, v in found:
        if k not in kinds_tagged:
            probs.append(f"unlabeled {k}: {v!r}")
    for k in sorted(needs - fk):
        probs.append(f"tag of {k} not backed by a sweep finding")
    return probs
