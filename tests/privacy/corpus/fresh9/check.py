"""Validate ``fresh9.jsonl``.

``python -m tests.privacy.corpus.fresh9.check`` prints ``ok`` or one problem per line. The
checksum and shape detectors here are written independently of the generators in
``checksums.py`` and ``ctx.py``.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import random
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from . import build
from .ctx import Ctx

SPECIAL = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
           "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK = ("payment_card", "bank_account", "national_id", "passport", "credential",
             "precise_location")
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
ALL_KINDS = frozenset(SPECIAL + HIGH_RISK + ORDINARY)
# Kinds whose instances the detectors below can recognise in any document.
LOOKALIKE_KINDS = ("payment_card", "bank_account", "national_id", "email", "ip_address",
                   "precise_location", "credential")
MIN_SPECIAL_DOCS = 32
CLEAN_SHARE = (0.28, 0.40)
MIN_FAMILIES = 80
ID_RE = re.compile(r"^fresh9-(\d{4})-([a-z0-9_]+)$")

# -- checksums (independent implementations) ------------------------------------------


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits[::-1]):
        total += sum(divmod(int(ch) * (2 if i % 2 else 1), 10))
    return total % 10 == 0


IBAN_LENGTHS = {"AT": 20, "BE": 16, "CH": 21, "DE": 22, "ES": 24, "FR": 27, "GB": 22,
                "IT": 27, "NL": 18, "PT": 25, "IE": 22, "LU": 20, "PL": 28}


def iban_valid(raw: str) -> bool:
    iban = raw.replace(" ", "")
    if IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    remainder = 0
    for ch in iban[4:] + iban[:4]:
        value = ord(ch) - 55 if ch.isalpha() else int(ch)
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder == 1


def aba_valid(number: str) -> bool:
    if not re.fullmatch(r"\d{9}", number):
        return False
    d = [int(x) for x in number]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def ssn_valid(area: str, group: str, serial: str) -> bool:
    return (area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000")


NINO_BAD_FIRST, NINO_BAD_SECOND = set("DFIQUV"), set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(prefix: str) -> bool:
    return (prefix[0] not in NINO_BAD_FIRST and prefix[1] not in NINO_BAD_SECOND
            and prefix not in NINO_BAD_PAIRS)


def spanish_id_valid(lead: str, number: str, letter: str) -> bool:
    if lead:
        if len(number) != 7:
            return False
        number = str("XYZ".find(lead)) + number
    elif len(number) != 8:
        return False
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == letter


def nir_valid(digits: str) -> bool:
    return len(digits) == 15 and digits[0] in "12" and int(digits[13:]) == 97 - int(
        digits[:13]) % 97


def steuer_id_valid(digits: str) -> bool:
    if len(digits) != 11 or digits[0] == "0":
        return False
    counts = Counter(digits[:10]).values()
    repeated = [n for n in counts if n > 1]
    if len(repeated) != 1 or repeated[0] > 3:
        return False
    carry = 10
    for ch in digits[:10]:
        s = (int(ch) + carry) % 10 or 10
        carry = 2 * s % 11
    return (11 - carry) % 10 == int(digits[10])


# -- detectors ---------------------------------------------------------------------------

CARD_RE = re.compile(r"(?<![\d+\-.])(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{3})?"
                     r"|\d{4}([ -])\d{6}\3\d{5})(?![\d\-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
NINO_RE = re.compile(r"\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b")
SPANISH_RE = re.compile(r"\b([XYZ]?)(\d{7,8})([A-Z])\b")
NIR_RE = re.compile(r"(?<![\d+])([12]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?(\d{3}) ?(\d{3}) ?(\d{2})"
                    r"(?!\d)")
STEUER_RE = re.compile(r"(?<![\d+])[1-9]\d{10}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})\b")
FILE_EXTENSIONS = {"png", "jpg", "jpeg", "svg", "webp", "gif"}
IPV4_RE = re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}"
                     r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
COORD_TEXT_RE = re.compile(r"(-?\d{1,2}\.\d{4,})\s*,\s*(-?\d{1,3}\.\d{4,})")
SECRET_RES = [re.compile(p) for p in (
    r"AKIA[0-9A-Z]{16}", r"ghp_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{50,}",
    r"xox[bpas]-[0-9A-Za-z-]{10,}", r"(?:sk|rk)_live_[A-Za-z0-9]{16,}",
    r"glpat-[A-Za-z0-9_-]{20}", r"AIza[0-9A-Za-z_-]{35}", r"npm_[A-Za-z0-9]{36}",
    r"SG\.[\w-]{16,}\.[\w-]{16,}", r"whsec_[A-Za-z0-9+/=]{20,}",
    r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
    r"Bearer\s+[A-Za-z0-9._~+/-]{20,}", r"Basic\s+[A-Za-z0-9+/]{8,}={0,2}",
    r"[a-z][a-z0-9+.-]*://[^:/\s@]+:(?!\$\{)[^@\s/]{3,}@",
    r"(?i:password|passwort|kennwort|mot de passe|contraseña)\s*(?:is|ist|est|es|:|=)\s*"
    r"(?![$<{*\[])\S{6,}",
)]
SECRET_KEYS = {"password", "passwd", "pwd", "passwort", "kennwort", "mot_de_passe",
               "contrasena", "contraseña", "client_secret", "secret", "api_key", "apikey",
               "access_token", "refresh_token", "signing_secret"}
SECRET_KEY_SUFFIXES = ("_password", "_secret", "_token", "secret_access_key", "_api_key")
PASSPORT_WORDS = ("passport", "pasaporte", "passeport", "reisepass")
PASSPORT_TEXT_RE = re.compile(r"(?:(?i:passport|pasaporte|passeport|reisepass)[a-z_]*"
                              r"\"?\s*[:=]?\s*([A-Z0-9]{6,9})\b)"
                              r"|(?:DOCS \w+ HK1 P/[A-Z]{3}/([A-Z0-9]{6,9})/)")
COORD_KEYS = {"coordinates", "coords", "gps", "position", "point", "latlng", "location",
              "geo", "pings", "track", "path"}
LAT_KEYS, LON_KEYS = {"lat", "latitude"}, {"lon", "lng", "long", "longitude"}


def is_masked(value: str) -> bool:
    v = value.strip()
    return (not v or "***" in v or v.upper() in ("[REDACTED]", "REDACTED", "NONE", "NULL")
            or v.startswith(("${", "{{", "<", "vault:")) or set(v) <= set("*•xX-."))


def decimals(value: Any) -> int:
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        return -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if isinstance(value, str) and re.fullmatch(r"-?\d+\.\d+", value):
        return len(value.split(".")[1])
    return 0


def as_float(value: Any) -> float:
    return float(value)


class Scan:
    """Everything the detectors found in one document."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}
        self.passport = False

    def hit(self, kind: str, what: str) -> None:
        self.found.setdefault(kind, []).append(what)


def expand(value: str) -> Iterator[Any]:
    """Values hidden inside a string: stringified JSON and base64-encoded text."""
    stripped = value.strip()
    if stripped[:1] in "{[":
        try:
            yield json.loads(stripped, parse_float=Decimal)
        except ValueError:
            pass
    if len(stripped) >= 16 and re.fullmatch(r"[A-Za-z0-9+/=_-]+", stripped):
        try:
            raw = base64.b64decode(stripped + "=" * (-len(stripped) % 4), altchars=b"-_"
                                   if "-" in stripped or "_" in stripped else None)
            text = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return
        if text.isprintable() or "\n" in text:
            yield text
            yield from expand(text)


def scan_text(text: str, scan: Scan) -> None:
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        brand = ((len(digits) in (13, 16, 19) and digits[0] == "4")
                 or (len(digits) == 16 and (51 <= int(digits[:2]) <= 55
                                            or 2221 <= int(digits[:4]) <= 2720))
                 or (len(digits) == 15 and digits[:2] in ("34", "37"))
                 or (len(digits) >= 16 and (digits.startswith(("6011", "65"))
                                            or 644 <= int(digits[:3]) <= 649)))
        if brand and luhn_valid(digits):
            scan.hit("payment_card", digits)
    for m in IBAN_RE.finditer(text):
        if iban_valid(m.group()):
            scan.hit("bank_account", m.group())
    for m in SSN_RE.finditer(text):
        if ssn_valid(*m.groups()):
            scan.hit("national_id", m.group())
    for m in NINO_RE.finditer(text):
        if nino_valid(m.group(1)):
            scan.hit("national_id", m.group())
    for m in SPANISH_RE.finditer(text):
        if spanish_id_valid(*m.groups()):
            scan.hit("national_id", m.group())
    for m in NIR_RE.finditer(text):
        if nir_valid("".join(m.groups())):
            scan.hit("national_id", m.group())
    for m in STEUER_RE.finditer(text):
        if steuer_id_valid(m.group()):
            scan.hit("national_id", m.group())
    for m in EMAIL_RE.finditer(text):
        # user:password@host in a URL is userinfo, not an e-mail address
        userinfo = m.start() > 0 and text[m.start() - 1] == ":"
        if m.group(1).lower() not in FILE_EXTENSIONS and not userinfo:
            scan.hit("email", m.group())
    for m in IPV4_RE.finditer(text):
        scan.hit("ip_address", m.group())
    for m in IPV6_RE.finditer(text):
        candidate = m.group()
        if candidate.count(":") >= 3 and re.search(r"[0-9a-fA-F]", candidate):
            try:
                ipaddress.IPv6Address(candidate)
            except ValueError:
                continue
            scan.hit("ip_address", candidate)
    for m in COORD_TEXT_RE.finditer(text):
        if abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180:
            scan.hit("precise_location", m.group())
    for rx in SECRET_RES:
        for m in rx.finditer(text):
            scan.hit("credential", m.group()[:24])
    if PASSPORT_TEXT_RE.search(text):
        scan.passport = True


def _coordinate_pair(a: Any, b: Any) -> bool:
    return (isinstance(a, Decimal | str) and isinstance(b, Decimal | str)
            and decimals(a) >= 4 and decimals(b) >= 4
            and abs(as_float(a)) <= 180 and abs(as_float(b)) <= 180)


def walk(value: Any, scan: Scan, key: str = "", parent_key: str = "") -> None:
    if isinstance(value, dict):
        lower = {str(k).lower(): v for k, v in value.items()}
        lat = next((lower[k] for k in LAT_KEYS if k in lower), None)
        lon = next((lower[k] for k in LON_KEYS if k in lower), None)
        if lat is not None and lon is not None and _coordinate_pair(lat, lon):
            scan.hit("precise_location", f"{lat},{lon}")
        if lower.get("kind") == "Secret" and lower.get("data"):
            scan.hit("credential", "k8s-secret")
        doc_type = str(lower.get("type", "")).lower()
        if doc_type in PASSPORT_WORDS and lower.get("number"):
            scan.passport = True
        routing = next((v for k, v in lower.items() if "routing" in k), None)
        if isinstance(routing, str) and aba_valid(routing) and any(
                "account" in k for k in lower):
            scan.hit("bank_account", routing)
        sort = next((v for k, v in lower.items() if "sort" in k and "code" in k), None)
        if isinstance(sort, str) and re.fullmatch(r"\d{2}-\d{2}-\d{2}", sort) and any(
                "account" in k for k in lower):
            scan.hit("bank_account", sort)
        for k, v in value.items():
            k_text = str(k)
            scan_text(k_text, scan)
            lk = k_text.lower()
            if isinstance(v, str) and not is_masked(v) and (
                    lk in SECRET_KEYS or lk.endswith(SECRET_KEY_SUFFIXES)):
                scan.hit("credential", lk)
            if isinstance(v, str) and any(w in lk for w in PASSPORT_WORDS) and re.fullmatch(
                    r"[A-Z0-9]{6,10}", v):
                scan.passport = True
            if isinstance(v, str) and "ssn" in lk and re.fullmatch(r"\d{9}", v) and ssn_valid(
                    v[:3], v[3:5], v[5:]):
                scan.hit("national_id", v)
            walk(v, scan, lk, key)
    elif isinstance(value, list):
        if 2 <= len(value) <= 4 and (key in COORD_KEYS or parent_key in COORD_KEYS):
            for a, b in pairwise(value):
                if _coordinate_pair(a, b):
                    scan.hit("precise_location", f"{a},{b}")
        for item in value:
            walk(item, scan, key, parent_key)
    elif isinstance(value, str):
        scan_text(value, scan)
        for inner in expand(value):
            if isinstance(inner, str):
                scan_text(inner, scan)
            else:
                walk(inner, scan, key, parent_key)


def scan_doc(doc: Any) -> Scan:
    scan = Scan()
    walk(doc, scan)
    return scan


# -- record checks -----------------------------------------------------------------------


def kind_of_tag(tag: str) -> str:
    if tag.startswith("text:"):
        return tag[len("text:"):].partition("/")[0]
    return tag.partition(":")[0]


def check_records(lines: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
    problems: list[str] = []
    records: list[dict[str, Any]] = []
    for n, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line, parse_float=Decimal)
        except ValueError as exc:
            problems.append(f"line {n}: does not parse: {exc}")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "doc", "kinds", "note"}:
            problems.append(f"line {n}: keys must be id, doc, kinds, note")
            continue
        records.append(rec)
        m = ID_RE.match(str(rec["id"]))
        if not m or int(m.group(1)) != n:
            problems.append(f"line {n}: id {rec['id']!r} is not fresh9-{n:04d}-<family>")
            continue
        family = m.group(2)
        kinds = rec["kinds"]
        if not isinstance(kinds, list) or kinds != sorted(set(kinds)):
            problems.append(f"{rec['id']}: kinds not sorted and unique")
            continue
        if set(kinds) - ALL_KINDS:
            problems.append(f"{rec['id']}: unknown kinds {sorted(set(kinds) - ALL_KINDS)}")
        note = str(rec["note"])
        if not note.startswith(family + ": "):
            problems.append(f"{rec['id']}: note does not start with the family")
            continue
        tags = note[len(family) + 2:].split(", ")
        if tags == ["clean"]:
            if kinds:
                problems.append(f"{rec['id']}: note says clean but kinds are {kinds}")
        else:
            from_tags = {kind_of_tag(t) for t in tags}
            if from_tags - ALL_KINDS:
                problems.append(f"{rec['id']}: note tags name unknown kinds")
            if sorted(from_tags) != kinds:
                problems.append(f"{rec['id']}: note tags give {sorted(from_tags)}, "
                                f"kinds are {kinds}")
    return problems, records


def check_detectors(records: list[dict[str, Any]]) -> list[str]:
    problems = []
    for rec in records:
        scan = scan_doc(rec["doc"])
        kinds = set(rec["kinds"])
        for kind in LOOKALIKE_KINDS:
            if kind in scan.found and kind not in kinds:
                problems.append(f"{rec['id']}: unlabeled {kind} look-alike "
                                f"{scan.found[kind][0]!r}")
        for kind in HIGH_RISK:
            if kind not in kinds:
                continue
            present = scan.passport if kind == "passport" else kind in scan.found
            if not present:
                problems.append(f"{rec['id']}: labeled {kind} but no checkable instance")
    return problems


def check_generators() -> list[str]:
    problems = []
    for seed in range(300):
        c = Ctx(random.Random(f"generator-check/{seed}"), "en")
        card = re.sub(r"\D", "", c.card())
        if not luhn_valid(card):
            problems.append(f"card generator: {card} fails Luhn")
        if luhn_valid(c.bad_card()):
            problems.append("bad_card generator produced a Luhn-valid number")
        iban = c.iban()
        if not iban_valid(iban):
            problems.append(f"iban generator: {iban} fails mod 97")
        if iban_valid(c.bad_iban()):
            problems.append("bad_iban generator produced a valid IBAN")
        routing, _ = c.us_bank()
        if not aba_valid(routing):
            problems.append(f"aba generator: {routing}")
        ssn = c.ssn()
        if not ssn_valid(*ssn.split("-")):
            problems.append(f"ssn generator: {ssn}")
        nino = c.nino(spaced=False)
        if not (NINO_RE.fullmatch(nino) and nino_valid(nino[:2])):
            problems.append(f"nino generator: {nino}")
        for value in (c.dni(), c.nie()):
            m = SPANISH_RE.fullmatch(value)
            if not (m and spanish_id_valid(*m.groups())):
                problems.append(f"dni/nie generator: {value}")
        nir = c.nir(spaced=False)
        if not nir_valid(nir):
            problems.append(f"nir generator: {nir}")
        steuer = c.steuer_id()
        if not steuer_id_valid(steuer):
            problems.append(f"steuer-id generator: {steuer}")
    # Known-good reference values for the validators themselves.
    for ok, value in ((luhn_valid("4539578763621486"), "luhn"),
                      (iban_valid("GB82 WEST 1234 5698 7654 32"), "iban"),
                      (aba_valid("011000015"), "aba"), (nir_valid("255081416802538"), "nir"),
                      (spanish_id_valid("", "12345678", "Z"), "dni"),
                      (spanish_id_valid("X", "1234567", "L"), "nie"),
                      (not iban_valid("GB83WEST12345698765432"), "iban negative")):
        if not ok:
            problems.append(f"validator self-test failed: {value}")
    return problems


def check_balance(records: list[dict[str, Any]]) -> list[str]:
    problems = []
    support = Counter(k for r in records for k in r["kinds"])
    for kind in SPECIAL:
        if support[kind] < MIN_SPECIAL_DOCS:
            problems.append(f"{kind} in {support[kind]} documents (< {MIN_SPECIAL_DOCS})")
    clean = sum(1 for r in records if not r["kinds"]) / max(len(records), 1)
    if not CLEAN_SHARE[0] <= clean <= CLEAN_SHARE[1]:
        problems.append(f"clean share {clean:.3f} outside {CLEAN_SHARE}")
    families = {m.group(2) for m in (ID_RE.match(r["id"]) for r in records) if m}
    if len(families) < MIN_FAMILIES:
        problems.append(f"{len(families)} families (< {MIN_FAMILIES})")
    return problems


def check_rebuild(path: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build.write(Path(tmp))
        if fresh.read_bytes() != path.read_bytes():
            return [f"{path.name} differs from a fresh build; run the build again"]
    return []


def run(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    problems, records = check_records(lines)
    problems += check_detectors(records)
    problems += check_generators()
    problems += check_balance(records)
    problems += check_rebuild(path)
    return problems


def main() -> int:
    problems = run(Path(__file__).resolve().parent / build.OUT_NAME)
    for problem in problems:
        print(problem)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
