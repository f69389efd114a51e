"""Check the committed fresh22 corpus: python -m tests.privacy.corpus.fresh22.check."""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from . import pools
from . import validators as v
from .build import FILENAME, HERE, build_records, render
from .ctx import HIGH_RISK, KINDS, ORDINARY, SPECIAL

ID_RE = re.compile(r"fresh22-(\d{4})-([a-z0-9_]+)")
NOTE_RE = re.compile(r"([a-z0-9_]+): lang/(en|de|fr|es) \S")
DIGIT_RUN = re.compile(r"(?<!\d)\d(?:[ -]?\d)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}[0-9*]{2}(?: ?[A-Z0-9*]{4}){2,7}(?: ?[A-Z0-9*]{1,4})?\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b")
URL_USERINFO = re.compile(r"://[^/\s@]+@")
IMAGE_EXT = (".png", ".jpg", ".svg", ".gif", ".webp")
SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
NINO_RE = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
DNI_RE = re.compile(r"\b[XYZ]?\d{7,8}[A-Z]\b")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
COORD_STR = re.compile(r"-?\d{1,3}\.\d{4,}\s*,\s*-?\d{1,3}\.\d{4,}")
CRED_RE = re.compile(r"AKIA[A-Z2-7]{16}|ghp_\w{20}|github_pat_\w{20}|xox[bp]-\d|[sr]k_live_\w{8}"
                     r"|glpat-\w{8}|npm_\w{20}|SG\.\w{8}|AIza[\w-]{20}|whsec_\w{8}|PRIVATE KEY"
                     r"|eyJhbGci|Basic [A-Za-z0-9+/=]{8}|Bearer \S{8}")
LAT_KEYS = {"lat", "latitude"}
LON_KEYS = {"lon", "lng", "long", "longitude"}
NAMES = {n for lang in pools.LANGS for n in pools.FIRST[lang] + pools.LAST[lang]}

FAMILY_MIN, FAMILY_MAX, MIN_FAMILIES = 2, 8, 150
RECORDS_MIN, RECORDS_MAX, KIND_MIN = 700, 760, 40
CLEAN_RANGE = (0.27, 0.33)
LANG_RANGE = {"en": (0.50, 0.60), "de": (0.12, 0.18), "fr": (0.12, 0.18), "es": (0.12, 0.18)}


def walk(doc: Any) -> Iterator[tuple[str | None, Any]]:
    """Yield (key, value) for every scalar, with the nearest enclosing key."""
    stack: list[tuple[str | None, Any]] = [(None, doc)]
    while stack:
        key, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((str(k), val) for k, val in node.items())
        elif isinstance(node, list):
            stack.extend((key, val) for val in node)
        else:
            yield key, node


def strings(doc: Any) -> list[str]:
    return [str(val) for _, val in walk(doc) if val is not None and not isinstance(val, bool)]


def decimals(x: Any) -> int:
    if not isinstance(x, float):
        return 0
    s = repr(x)
    return len(s.split(".")[1]) if "." in s and "e" not in s else 0


def has_precise(doc: Any) -> bool:
    def visit(node: Any) -> bool:
        if isinstance(node, dict):
            keys = {str(k).lower(): val for k, val in node.items()}
            lat = next((keys[k] for k in keys if k in LAT_KEYS), None)
            lon = next((keys[k] for k in keys if k in LON_KEYS), None)
            if lat is not None and lon is not None and min(decimals(lat), decimals(lon)) >= 4:
                return True
            if isinstance(keys.get("coordinates"), list):
                pts = keys["coordinates"]
                pts = pts if pts and isinstance(pts[0], list) else [pts]
                if any(len(p) == 2 and min(decimals(p[0]), decimals(p[1])) >= 4 for p in pts):
                    return True
            return any(visit(val) for val in node.values())
        if isinstance(node, list):
            if len(node) == 2 and all(isinstance(x, float) for x in node) and min(
                    decimals(node[0]), decimals(node[1])) >= 4 and abs(node[0]) <= 90:
                return True
            return any(visit(val) for val in node)
        return isinstance(node, str) and bool(COORD_STR.search(node))

    return visit(doc)


def valid_ibans(text: str) -> list[str]:
    return [m.group(0) for m in IBAN_RE.finditer(text) if v.iban_ok(m.group(0))]


def luhn_runs(text: str) -> list[str]:
    text = IBAN_SHAPE.sub(" ", text)
    out = []
    for m in DIGIT_RUN.finditer(text):
        ds = v.digits_of(m.group(0))
        if 13 <= len(ds) <= 19 and v.luhn_ok(ds):
            out.append(ds)
    return out


def emails(text: str) -> list[str]:
    text = URL_USERINFO.sub("://", text)
    return [e for e in EMAIL_RE.findall(text) if not e.lower().endswith(IMAGE_EXT)]


def national_ids(doc: Any) -> list[str]:
    found: list[str] = []
    for key, val in walk(doc):
        if val is None or isinstance(val, bool):
            continue
        text = str(val)
        found += ids_in_text(text)
        if key and "ssn" in key.lower() and re.fullmatch(r"\d{9}", text) and v.ssn_ok(text):
            found.append(text)
    return found


def ids_in_text(text: str) -> list[str]:
    found = [s for s in SSN_RE.findall(text) if v.ssn_ok(s)]
    found += [s for s in NINO_RE.findall(text) if v.nino_ok(s)]
    found += [s for s in DNI_RE.findall(text) if v.dni_ok(s)]
    for m in re.finditer(r"(?<![\dA-Za-z])\d(?:[ ]?\d)*(?!\d)", text):
        ds = v.digits_of(m.group(0))
        if (len(ds) == 11 and v.steuer_ok(ds)) or (len(ds) == 15 and v.nir_ok(ds)):
            found.append(ds)
    return found


def ips(text: str) -> list[str]:
    out = []
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group(0))
            out.append(m.group(0))
        except ValueError:
            pass
    for tok in re.findall(r"[0-9a-fA-F:]{6,}", text):
        if tok.count(":") >= 2:
            try:
                ipaddress.IPv6Address(tok)
                out.append(tok)
            except ValueError:
                pass
    return out


def check_record(rec: dict[str, Any], errors: list[str]) -> None:
    rid = rec.get("id", "?")

    def err(msg: str) -> None:
        errors.append(f"{rid}: {msg}")

    if list(rec) != ["id", "doc", "kinds", "note"]:
        err(f"keys {list(rec)}")
        return
    kinds = rec["kinds"]
    if kinds != sorted(set(kinds)) or any(k not in KINDS for k in kinds):
        err(f"bad kinds {kinds}")
    m = ID_RE.fullmatch(rid)
    n = NOTE_RE.match(rec["note"])
    if not m or not n or m.group(2) != n.group(1):
        err("bad id or note")
    doc = rec["doc"]
    texts = strings(doc)
    blob = "\n".join(texts)
    has = set(kinds).__contains__

    cards = [r for t in texts for r in luhn_runs(t)]
    if bool(cards) != has("payment_card"):
        err(f"payment_card label {has('payment_card')} vs Luhn-valid runs {cards}")
    ibans = [i for t in texts for i in valid_ibans(t)]
    if ibans and not has("bank_account"):
        err(f"valid IBAN without bank_account: {ibans}")
    if has("bank_account") and not ibans and not any(
            k and ("routing" in k or "sort_code" in k) for k, _ in walk(doc)):
        err("bank_account without IBAN or named bank fields")
    nids = national_ids(doc)
    if has("national_id") != bool(nids):
        err(f"national_id label {has('national_id')} vs {nids}")
    if has("email") != bool(emails(blob)):
        err(f"email label {has('email')} vs {emails(blob)}")
    if has("ip_address") != bool(ips(blob)):
        err(f"ip_address label {has('ip_address')} vs {ips(blob)}")
    if has("precise_location") != has_precise(doc):
        err(f"precise_location label {has('precise_location')} vs coordinates")
    if not has("credential"):
        leaked = CRED_RE.findall(blob)
        if leaked:
            err(f"credential marker without label: {leaked}")
    if not has("person_name"):
        words = set(re.findall(r"[^\W\d_]+", blob))
        if words & NAMES:
            err(f"pool name without person_name: {sorted(words & NAMES)}")


def main() -> int:
    errors: list[str] = []
    built = render(build_records())
    path = HERE / FILENAME
    committed = path.read_bytes() if path.exists() else b""
    if built != committed:
        errors.append(f"{FILENAME} differs from a fresh build: run the build module")
    records = [json.loads(line) for line in committed.decode("utf-8").splitlines()]
    if not RECORDS_MIN <= len(records) <= RECORDS_MAX:
        errors.append(f"{len(records)} records, want {RECORDS_MIN}-{RECORDS_MAX}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids) or [int(i[8:12]) for i in ids] != list(range(1, len(ids) + 1)):
        errors.append("ids not unique and sequential")
    for rec in records:
        check_record(rec, errors)
    fams = Counter(ID_RE.fullmatch(r["id"]).group(2) for r in records  # type: ignore[union-attr]
                   if ID_RE.fullmatch(r["id"]))
    if len(fams) < MIN_FAMILIES:
        errors.append(f"{len(fams)} families, want >= {MIN_FAMILIES}")
    errors += [f"family {f} has {n} records" for f, n in fams.items()
               if not FAMILY_MIN <= n <= FAMILY_MAX]
    support = Counter(k for r in records for k in r["kinds"])
    errors += [f"kind {k} in {support[k]} documents, want >= {KIND_MIN}"
               for k in SPECIAL + HIGH_RISK + ORDINARY if support[k] < KIND_MIN]
    clean = sum(1 for r in records if not r["kinds"]) / max(len(records), 1)
    if not CLEAN_RANGE[0] <= clean <= CLEAN_RANGE[1]:
        errors.append(f"clean share {clean:.3f} outside {CLEAN_RANGE}")
    langs = Counter(NOTE_RE.match(r["note"]).group(2) for r in records  # type: ignore[union-attr]
                    if NOTE_RE.match(r["note"]))
    for lang, (lo, hi) in LANG_RANGE.items():
        share = langs[lang] / max(len(records), 1)
        if not lo <= share <= hi:
            errors.append(f"language {lang} share {share:.3f} outside {lo}-{hi}")
    if "-v" in sys.argv[1:]:
        print(f"records={len(records)} families={len(fams)} clean={clean:.3f}")
        print("langs", {k: round(n / len(records), 3) for k, n in sorted(langs.items())})
        print("support", {k: support[k] for k in KINDS})
    for e in errors[:60]:
        print(e)
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
