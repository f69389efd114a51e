"""Validator for the fresh10 corpus.

`python -m tests.privacy.corpus.fresh10.check [--stats]` prints `ok` or the problems found.
The checksum and format validators here are written independently of the generators in
`ctx.py`, so a generator bug shows up as a disagreement rather than being repeated.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import build
from .ctx import Ctx

HERE = Path(__file__).parent
SPECIAL = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
           "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK = ("payment_card", "bank_account", "national_id", "passport", "credential",
             "precise_location")
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
KINDS = frozenset(SPECIAL + HIGH_RISK + ORDINARY)
MIN_SPECIAL_SUPPORT = 32
MIN_FAMILIES = 80
CLEAN_SHARE = (0.28, 0.40)

# ---- independent validators -----------------------------------------------------------


def luhn_valid(number: str) -> bool:
    digits = [int(ch) for ch in number]
    odd = digits[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in digits[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16,
                "AT": 20, "CH": 21, "PL": 28, "PT": 25, "IE": 22}


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) != IBAN_LENGTHS.get(s[:2], -1) or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    value = 0
    for ch in moved:
        value = (value * (100 if ch.isalpha() else 10) +
                 (ord(ch) - 55 if ch.isalpha() else int(ch))) % 97
    return value == 1


def ssn_valid(ssn: str) -> bool:
    d = ssn.replace("-", "")
    if len(d) != 9 or not d.isdigit():
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


_NINO = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def nino_valid(nino: str) -> bool:
    return bool(_NINO.match(nino.replace(" ", "")))


def steuer_id_valid(tin: str) -> bool:
    if len(tin) != 11 or not tin.isdigit() or tin[0] == "0":
        return False
    counts = Counter(tin[:10])
    if sorted(counts.values(), reverse=True)[0] not in (2, 3) or \
            sum(1 for v in counts.values() if v > 1) != 1:
        return False
    carry = 10
    for ch in tin[:10]:
        s = (int(ch) + carry) % 10
        carry = (2 * (s if s else 10)) % 11
    return (11 - carry) % 10 == int(tin[10])


def nir_valid(nir: str) -> bool:
    d = nir.replace(" ", "")
    if len(d) != 15 or not d.isdigit() or d[0] not in "12":
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_valid(dni: str) -> bool:
    s = dni.upper()
    if len(s) != 9 or not s[-1].isalpha():
        return False
    head = {"X": "0", "Y": "1", "Z": "2"}.get(s[0], s[0]) + s[1:8]
    return head.isdigit() and _DNI_LETTERS[int(head) % 23] == s[-1]


def aba_valid(routing: str) -> bool:
    if len(routing) != 9 or not routing.isdigit():
        return False
    d = [int(x) for x in routing]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


# ---- look-alike scanners -----------------------------------------------------------------

_CARD_RUN = re.compile(r"(?<![\d+])\d(?:[ -]?\d)+(?!\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_NINO_TXT = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_ELEVEN = re.compile(r"(?<!\d)\d{11}(?!\d)")
_NIR_TXT = re.compile(r"(?<!\d)[12](?: ?\d){14}(?!\d)")
_DNI_TXT = re.compile(r"(?<![A-Za-z0-9])[XYZ0-9]\d{7}[A-Z](?![A-Za-z0-9])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})")
_IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_IPV6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![0-9A-Za-z:])")
_COORD_TXT = re.compile(r"(-?\d{1,3}\.\d{4,})\s*,\s*(-?\d{1,3}\.\d{4,})")
_SECRETS = re.compile("|".join((
    r"\bAKIA[0-9A-Z]{16}\b", r"\bghp_[A-Za-z0-9]{36}\b", r"\bgithub_pat_\w{30,}",
    r"\bxox[bp]-\d+-\d+-\w+", r"\b[sr]k_live_[A-Za-z0-9]{10,}", r"\bglpat-[\w-]{20}",
    r"\bAIza[\w-]{35}", r"\bnpm_[A-Za-z0-9]{36}\b", r"\bSG\.[\w-]{22}\.[\w-]{43}",
    r"\bwhsec_[A-Za-z0-9]{20,}", r"\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]+",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----", r"\bBearer [\w.~+/-]{20,}",
    r"\bBasic [A-Za-z0-9+/=]{12,}", r"://[^:/@\s]+:[^@\s]+@",
    r"[?&](?:token|access_token|api_key|key)=[\w-]{20,}")))
_PASSWORD_KEY = re.compile(r"pass(word|wort)?$|^pwd$|mot_?de_?passe|contrase|secret|"
                           r"access_key$|token$", re.IGNORECASE)
_NOT_SECRET_KEY = re.compile(r"hash|policy|ref|_id$|kid|fingerprint|type", re.IGNORECASE)
_MASKED = re.compile(r"^(\*+|\[REDACTED\]|<redacted>|)$|\*{4}")
_LAT_KEYS = {"lat", "latitude", "breite"}
_LON_KEYS = {"lon", "lng", "long", "longitude", "länge"}
_IMAGE_TLDS = {"png", "jpg", "jpeg", "gif", "svg", "webp"}


def walk(node: Any, key: str = "") -> Iterator[tuple[str, Any, bool]]:
    """Yield (key, value, is_key) for every key, scalar and container in a JSON value."""
    yield key, node, False
    if isinstance(node, dict):
        for k, v in node.items():
            yield k, k, True
            yield from walk(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v, key)


def _decimals(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, float):
        return 0
    text = repr(v)
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def _coord_pair(a: Any, b: Any) -> bool:
    return _decimals(a) >= 4 and _decimals(b) >= 4 and abs(a) <= 90 and abs(b) <= 180


def find_instances(doc: Any) -> set[str]:
    """Kinds whose checkable shape occurs in `doc`, judged by the validators above."""
    found: set[str] = set()
    for key, value, is_key in walk(doc):
        if isinstance(value, dict):
            lat = next((value[k] for k in value if k.lower() in _LAT_KEYS), None)
            lon = next((value[k] for k in value if k.lower() in _LON_KEYS), None)
            if _coord_pair(lat, lon):
                found.add("precise_location")
            if "routing_number" in value and aba_valid(str(value["routing_number"])):
                found.add("bank_account")
            if "sort_code" in value and "account_number" in value:
                found.add("bank_account")
            if str(value.get("type", "")).lower() == "passport" and value.get("number"):
                found.add("passport")
            continue
        if isinstance(value, list):
            if 2 <= len(value) <= 3 and _coord_pair(value[1], value[0]):
                found.add("precise_location")
            continue
        if value is None or isinstance(value, bool):
            continue
        text = str(value)
        if not is_key and isinstance(value, str) and value and _PASSWORD_KEY.search(key) and \
                not _NOT_SECRET_KEY.search(key) and not _MASKED.search(value):
            found.add("credential")
        if not is_key and text and re.search(r"pas(s?port|seport|aporte|snummer)|reisepass", key,
                                             re.IGNORECASE):
            found.add("passport")
        if not is_key and re.search(r"ssn|social.?security", key, re.IGNORECASE) and \
                ssn_valid(text):
            found.add("national_id")
        found |= scan_text(text)
    return found


def scan_text(text: str) -> set[str]:
    found: set[str] = set()
    for m in _CARD_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_valid(digits):
            found.add("payment_card")
    if any(iban_valid(m.group()) for m in _IBAN.finditer(text)):
        found.add("bank_account")
    ids = [ssn_valid(m.group()) for m in _SSN.finditer(text)]
    ids += [nino_valid(m.group()) for m in _NINO_TXT.finditer(text)]
    ids += [steuer_id_valid(m.group()) for m in _ELEVEN.finditer(text)]
    ids += [nir_valid(m.group()) for m in _NIR_TXT.finditer(text)]
    ids += [dni_valid(m.group()) for m in _DNI_TXT.finditer(text)]
    if any(ids):
        found.add("national_id")
    # URL user-info (`scheme://user:secret@host`) is a credential, not an e-mail address.
    no_userinfo = re.sub(r"://[^@\s/]+@", "://", text)
    if any(m.group(1).lower() not in _IMAGE_TLDS for m in _EMAIL.finditer(no_userinfo)):
        found.add("email")
    if any(all(int(g) <= 255 for g in m.groups()) for m in _IPV4.finditer(text)):
        found.add("ip_address")
    for m in _IPV6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            found.add("ip_address")
        except ValueError:
            pass
    for m in _COORD_TXT.finditer(text):
        if abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180:
            found.add("precise_location")
    if _SECRETS.search(text):
        found.add("credential")
    return found


# Kinds whose shape the scanners above judge; a document lacking one of these labels must
# not contain its shape, and a document carrying a high-risk label must contain one.
SCANNED = ("payment_card", "bank_account", "national_id", "email", "ip_address",
           "precise_location", "credential")

# ---- checks --------------------------------------------------------------------------------


def note_kind(tag: str) -> str:
    if tag.startswith("text:"):
        return tag[len("text:"):].split("/", 1)[0]
    return tag.split(":", 1)[0]


def check_generators(problems: list[str]) -> None:
    """Cross-check the generators in ctx.py against the independent validators."""
    c = Ctx(random.Random(7))
    for _ in range(300):
        for label, value, ok in (
            ("card", c.card(c.pick(("", " ", "-"))), lambda v: luhn_valid(re.sub(r"\D", "", v))),
            ("bad_card", c.bad_card(), lambda v: not luhn_valid(v)),
            ("iban", c.iban(spaced=c.chance(0.5)), iban_valid),
            ("bad_iban", c.bad_iban(), lambda v: not iban_valid(v)),
            ("ssn", c.ssn(), ssn_valid), ("nino", c.nino(c.chance(0.5)), nino_valid),
            ("steuer_id", c.steuer_id(), steuer_id_valid),
            ("nir", c.nir(c.chance(0.5)), nir_valid), ("dni", c.dni(), dni_valid),
            ("nie", c.nie(), dni_valid), ("aba", c.aba_routing(), aba_valid),
        ):
            if not ok(value):
                problems.append(f"generator {label} produced {value!r}")
                return


def check(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    problems: list[str] = []
    records: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: does not parse ({exc})")
            continue
        records.append(rec)
        rid = rec.get("id", "")
        m = re.fullmatch(r"fresh10-(\d{4})-([a-z0-9_]+)", rid)
        if set(rec) != {"id", "doc", "kinds", "note"}:
            problems.append(f"line {n}: fields {sorted(rec)}")
        if not m or int(m.group(1)) != n:
            problems.append(f"line {n}: id {rid!r} not numbered {n:04d}")
            continue
        family = m.group(2)
        kinds = rec["kinds"]
        if kinds != sorted(set(kinds)) or not set(kinds) <= KINDS:
            problems.append(f"{rid}: kinds not sorted/unique/valid: {kinds}")
        fam, _, tags_text = rec["note"].partition(": ")
        if fam != family:
            problems.append(f"{rid}: note family {fam!r}")
        tags = tags_text.split(", ")
        tag_kinds = set() if tags == ["clean"] else {note_kind(t) for t in tags}
        if tag_kinds != set(kinds):
            problems.append(f"{rid}: note tags {tags} disagree with kinds {kinds}")
        found = find_instances(rec["doc"])
        for kind in SCANNED:
            if kind in found and kind not in kinds:
                problems.append(f"{rid}: unlabeled {kind} look-alike")
        for kind in (*HIGH_RISK, "email", "ip_address"):
            if kind in kinds and kind not in found:
                problems.append(f"{rid}: labeled {kind} but no checkable instance")
    families = {r["id"].split("-", 2)[2] for r in records}
    if len(families) < MIN_FAMILIES:
        problems.append(f"only {len(families)} families")
    support = Counter(k for r in records for k in r["kinds"])
    for kind in SPECIAL:
        if support[kind] < MIN_SPECIAL_SUPPORT:
            problems.append(f"{kind} in only {support[kind]} documents")
    clean = sum(1 for r in records if not r["kinds"]) / max(len(records), 1)
    if not CLEAN_SHARE[0] <= clean <= CLEAN_SHARE[1]:
        problems.append(f"clean share {clean:.1%}")
    if build.render(build.build_records()).encode("utf-8") != path.read_bytes():
        problems.append("fresh10.jsonl differs from a fresh build")
    check_generators(problems)
    return problems, records


def stats(records: list[dict[str, Any]]) -> str:
    support = Counter(k for r in records for k in r["kinds"])
    clean = sum(1 for r in records if not r["kinds"])
    families = {r["id"].split("-", 2)[2] for r in records}
    text_langs = Counter(t.rsplit("/", 1)[1] for r in records
                         for t in r["note"].partition(": ")[2].split(", ")
                         if t.startswith("text:"))
    lines = [f"documents {len(records)}, families {len(families)}, "
             f"clean {clean} ({clean / len(records):.1%})"]
    lines += [f"  {k:22s} {support[k]}" for k in (*SPECIAL, *HIGH_RISK, *ORDINARY)]
    lines.append(f"free-text languages: {dict(sorted(text_langs.items()))}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    problems, records = check(HERE / build.OUT_NAME)
    if "--stats" in argv:
        print(stats(records))
    print("ok" if not problems else "\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
