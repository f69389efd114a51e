"""Validate fresh4.jsonl: ``python -m tests.privacy.corpus.fresh4.check [FILE]``.

Checks, with validators written independently of the generator's check-digit code:
  * every line parses and has exactly id/doc/kinds/note, ids are numbered in order, kinds are
    sorted, unique and known, the note starts with the family named in the id;
  * size, share of clean documents, and at least 35 documents for every special category;
  * the file is byte-identical to a fresh build (the generator is deterministic);
  * every value the generator claims valid (cards, IBANs, routing numbers, national ids,
    precise coordinates) passes its check, and every one it claims invalid fails it;
  * no unlabeled look-alikes: a Luhn-valid card-length run, a checksum-valid IBAN, an e-mail
    address, an IP address, a valid SSN or NINO, an international phone number, a well-known
    secret format or a 4-decimal coordinate pair appearing in a document that lacks the
    matching label.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPECIAL = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
           "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK = ("payment_card", "bank_account", "national_id", "passport", "credential",
             "precise_location")
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
KINDS = frozenset(SPECIAL + HIGH_RISK + ORDINARY)
MIN_SPECIAL = 35

# --- independent validators --------------------------------------------------------------------


def luhn(number: str) -> bool:
    if not number.isdigit():
        return False
    digits = [int(d) for d in number]
    odd = digits[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in digits[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "IT": 27, "BE": 16, "AT": 20,
            "CH": 21, "PL": 28, "IE": 22, "PT": 25, "LU": 20}


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    if len(v) != IBAN_LEN.get(v[:2], -1) or not v[2:4].isdigit():
        return False
    moved = v[4:] + v[:4]
    number = "".join(str(ord(ch) - 55) if ch.isalpha() else ch for ch in moved)
    return int(number) % 97 == 1


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def nino_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v):
        return False
    return v[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def steuer_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", v):
        return False
    counts = sorted(Counter(v[:10]).values(), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    carry = 10
    for ch in v[:10]:
        s = (int(ch) + carry) % 10
        carry = (2 * (s if s else 10)) % 11
    expected = (11 - carry) % 10
    return int(v[10]) == expected


def nir_ok(value: str) -> bool:
    v = value.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", v)) and int(v[13:]) == 97 - int(v[:13]) % 97


def dni_ok(value: str) -> bool:
    table = "TRWAGMYFPDXBNJZSQVHLCKE"
    v = value.upper()
    if re.fullmatch(r"\d{8}[A-Z]", v):
        return table[int(v[:8]) % 23] == v[8]
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", v):
        return table[int("XYZ".index(v[0]).__str__() + v[1:8]) % 23] == v[8]
    return False


def bsn_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{9}", value):
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(value, weights, strict=True)) % 11 == 0


def sin_ok(value: str) -> bool:
    v = value.replace(" ", "")
    return bool(re.fullmatch(r"[1-79]\d{8}", v)) and luhn(v)


def cpf_ok(value: str) -> bool:
    v = re.sub(r"[.-]", "", value)
    if not re.fullmatch(r"\d{11}", v):
        return False
    nums = [int(d) for d in v]
    for size in (9, 10):
        total = sum(n * (size + 1 - i) for i, n in enumerate(nums[:size]))
        if (total * 10) % 11 % 10 != nums[size]:
            return False
    return True


def aba_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{9}", value):
        return False
    d = [int(x) for x in value]
    return sum(w * x for w, x in zip((3, 7, 1) * 3, d, strict=True)) % 10 == 0


def decimals(x: Any) -> int:
    text = json.dumps(x)
    return len(text.split(".", 1)[1]) if "." in text and "e" not in text else 0


def coord_ok(pair: Any) -> bool:
    lat, lon = pair
    return decimals(lat) >= 4 and decimals(lon) >= 4 and abs(lat) <= 90 and abs(lon) <= 180


VALIDATORS = {"luhn": luhn, "iban": iban_ok, "ssn": ssn_ok, "nino": nino_ok,
              "steuer": steuer_ok, "nir": nir_ok, "dni": dni_ok, "bsn": bsn_ok,
              "sin": sin_ok, "cpf": cpf_ok, "aba": aba_ok, "coord": coord_ok}
NATIONAL = {"ssn", "nino", "steuer", "nir", "dni", "bsn", "sin", "cpf"}

# --- look-alike scanners ------------------------------------------------------------------

DIGIT_RUN = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8})")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})\b")
URL_RE = re.compile(r"[a-z][a-z0-9+]*://\S+")
FILE_EXT = {"png", "jpg", "jpeg", "webp", "gif", "svg", "heic"}
OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4_RE = re.compile(rf"(?<![\d.]){OCTET}(?:\.{OCTET}){{3}}(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9a-fA-F:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![0-9a-fA-F:])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
NINO_RE = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
SECRET_RE = re.compile(
    r"AKIA[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|github_pat_\w{20,}|glpat-[\w-]{20}|xox[bp]-\d+-"
    r"|sk_live_[A-Za-z0-9]{10,}|rk_live_[A-Za-z0-9]{10,}|AIza[\w-]{35}|npm_[A-Za-z0-9]{36}"
    r"|SG\.[\w-]{22}\.[\w-]{43}|-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+"
    r"|sk-proj-[\w-]{20,}|sk-ant-api\d\d-[\w-]{20,}|whsec_\w{20,}|hvs\.\w{20,}"
    r"|shpat_[0-9a-f]{32}|hooks\.slack\.com/services/|key-[0-9a-f]{32}")
PHONE_RE = re.compile(r"(?<![\w+])\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}(?!\d)")
COORD_STR = re.compile(r"-?\d{1,3}\.\d{4,}\s?[,;]\s?-?\d{1,3}\.\d{4,}")
LAT_KEYS = {"lat", "latitude", "location_latitude"}
LON_KEYS = {"lon", "lng", "long", "longitude", "location_longitude"}


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield json.dumps(value)


def coordinate_pairs(value: Any) -> Iterator[tuple[float, float]]:
    if isinstance(value, dict):
        lower = {str(k).lower(): v for k, v in value.items()}
        lat = next((lower[k] for k in LAT_KEYS if k in lower), None)
        lon = next((lower[k] for k in LON_KEYS if k in lower), None)
        if isinstance(lat, float) and isinstance(lon, float):
            yield lat, lon
        for item in value.values():
            yield from coordinate_pairs(item)
    elif isinstance(value, list):
        if len(value) == 2 and all(isinstance(v, float) for v in value):
            yield value[1], value[0]
        for item in value:
            yield from coordinate_pairs(item)


def lookalikes(doc: Any) -> dict[str, list[str]]:
    """Values in the document that carry a kind whatever the label says, by kind."""
    found: dict[str, list[str]] = {}

    def add(kind: str, value: str) -> None:
        found.setdefault(kind, []).append(value)

    for text in strings(doc):
        masked = text
        for m in IBAN_RE.finditer(text):
            compact = m.group(1).replace(" ", "")
            for size in range(len(compact), 14, -1):
                if iban_ok(compact[:size]):
                    add("bank_account", compact[:size])
                    masked = masked.replace(m.group(1), " " * len(m.group(1)))
                    break
        for m in DIGIT_RUN.finditer(masked):
            digits = re.sub(r"\D", "", m.group())
            if luhn(digits):
                add("payment_card", digits)
        # user:password@host inside a URL is a credential, not an e-mail address
        for m in EMAIL_RE.finditer(URL_RE.sub(" ", text)):
            if m.group(1).lower() not in FILE_EXT:
                add("email", m.group())
        for m in IPV4_RE.finditer(text):
            add("ip_address", m.group())
        for m in IPV6_RE.finditer(text):
            add("ip_address", m.group())
        for m in SSN_RE.finditer(text):
            if ssn_ok(m.group()):
                add("national_id", m.group())
        for m in NINO_RE.finditer(text):
            if nino_ok(m.group()):
                add("national_id", m.group())
        for m in SECRET_RE.finditer(text):
            add("credential", m.group()[:16])
        for m in PHONE_RE.finditer(text):
            add("phone", m.group())
        for m in COORD_STR.finditer(text):
            add("precise_location", m.group())
    for pair in coordinate_pairs(doc):
        if coord_ok(pair):
            add("precise_location", repr(pair))
    return found


# --- the checks ------------------------------------------------------------------------------

def check(path: Path) -> list[str]:
    from . import build as B

    problems: list[str] = []
    raw = path.read_text(encoding="utf-8")
    records = []
    for n, line in enumerate(raw.splitlines(), start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: not JSON ({exc})")
            continue
        records.append(rec)
        if set(rec) != {"id", "doc", "kinds", "note"}:
            problems.append(f"line {n}: keys {sorted(rec)}")
            continue
        m = re.fullmatch(r"fresh4-(\d{4})-([a-z0-9_]+)", rec["id"])
        if not m or int(m.group(1)) != n:
            problems.append(f"line {n}: bad id {rec['id']}")
        elif not rec["note"].startswith(m.group(2) + ": "):
            problems.append(f"line {n}: note does not name family {m.group(2)}")
        kinds = rec["kinds"]
        if kinds != sorted(set(kinds)) or not set(kinds) <= KINDS:
            problems.append(f"line {n}: kinds not sorted/unique/known: {kinds}")

    items = B.build()
    if B.render(items) != raw:
        problems.append("file differs from a fresh build (run the generator)")
    total = len(records)
    clean = sum(1 for r in records if not r["kinds"])
    if not 450 <= total <= 600:
        problems.append(f"{total} documents, expected about 500")
    if not 0.28 <= clean / max(total, 1) <= 0.40:
        problems.append(f"{clean} clean of {total}, expected about a third")
    per_kind = Counter(k for r in records for k in r["kinds"])
    for kind in SPECIAL:
        if per_kind[kind] < MIN_SPECIAL:
            problems.append(f"{kind}: only {per_kind[kind]} documents")

    for n, (item, rec) in enumerate(zip(items, records, strict=False), start=1):
        labels = set(rec["kinds"])
        claimed_cards = set()
        for name, value, expected in item.claims:
            ok = VALIDATORS[name](value)
            if ok != expected:
                problems.append(f"line {n}: {name} {value!r} validates {ok}, claimed {expected}")
            if name == "luhn" and expected:
                claimed_cards.add(value)
        valid = {name for name, _, expected in item.claims if expected}
        if "payment_card" in labels and "luhn" not in valid:
            problems.append(f"line {n}: payment_card label without a valid card")
        if "bank_account" in labels and not ({"iban", "aba"} & valid) and \
                "sortcode+account" not in item.tags:
            problems.append(f"line {n}: bank_account label without an account")
        if "national_id" in labels and not NATIONAL & valid:
            problems.append(f"line {n}: national_id label without a valid id")
        if "precise_location" in labels and "coord" not in valid:
            problems.append(f"line {n}: precise_location label without a precise point")
        for kind, values in lookalikes(rec["doc"]).items():
            if kind not in labels:
                problems.append(f"line {n} ({rec['id']}): unlabeled {kind}: {values[:3]}")
            if kind == "payment_card":
                stray = [v for v in values if v not in claimed_cards]
                if stray:
                    problems.append(f"line {n}: Luhn-valid run not inserted as a card: {stray}")
    return problems


def summary(path: Path) -> str:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    per_kind = Counter(k for r in records for k in r["kinds"])
    families = Counter(r["id"].split("-", 2)[2] for r in records)
    clean = sum(1 for r in records if not r["kinds"])
    lines = [f"{len(records)} documents, {clean} clean, {len(families)} families"]
    lines += [f"  {kind:<24}{per_kind[kind]:>5}" for kind in SPECIAL + HIGH_RISK + ORDINARY]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else HERE / "fresh4.jsonl"
    problems = check(path)
    print(summary(path))
    for problem in problems:
        print("PROBLEM:", problem)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
