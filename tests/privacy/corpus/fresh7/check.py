# ruff: noqa: E501
"""Validator for fresh7.jsonl: python -m tests.privacy.corpus.fresh7.check prints ok or the problems.

Checks, independently of the generator's own bookkeeping where it can: every line parses; ids,
kinds and notes are well formed; the file is what the seeded generator writes; checksum-valid
look-alikes (Luhn cards, mod-97 IBANs, SSNs, DNI/NIE, NIR, NINO, Steuer-ID), e-mail addresses,
IPv4 addresses, precise coordinates and credential formats never appear in a document that
lacks the label; each labeled high-risk or ordinary kind with a checkable shape is really
there; invalid look-alikes used as hard negatives really fail their checks; counts meet the
corpus targets.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KINDS = {"health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion", "religious_belief",
         "trade_union", "sex_life_orientation", "criminal_record", "payment_card", "bank_account", "national_id",
         "passport", "credential", "precise_location", "email", "phone", "ip_address", "date_of_birth",
         "postal_address", "person_name"}
SPECIAL = ["health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion", "religious_belief",
           "trade_union", "sex_life_orientation", "criminal_record"]


def luhn(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (2 if i % 2 else 1)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def is_card(d: str) -> bool:
    if not luhn(d):
        return False
    return (len(d) == 16 and (d[0] == "4" or d[:2] in {"51", "52", "53", "54", "55"} or 2221 <= int(d[:4]) <= 2720 or d[:4] == "6011")) \
        or (len(d) == 15 and d[:2] in {"34", "37"}) or (len(d) == 13 and d[0] == "4")


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    lens = {"DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "AT": 20}
    if lens.get(s[:2]) != len(s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def ssn_valid(s: str) -> bool:
    a, g, n = s[:3], s[3:5], s[5:]
    return a not in {"000", "666"} and a[0] != "9" and g != "00" and n != "0000"


def dni_valid(s: str) -> bool:
    L = "TRWAGMYFPDXBNJZSQVHLCKE"
    if s[0] in "XYZ":
        s2 = str("XYZ".index(s[0])) + s[1:]
    else:
        s2 = s
    return L[int(s2[:-1]) % 23] == s2[-1]


def nir_valid(s: str) -> bool:
    return len(s) == 15 and s[0] in "12" and 97 - int(s[:13]) % 97 == int(s[13:])


def stid_valid(s: str) -> bool:
    if len(s) != 11 or s[0] == "0":
        return False
    c = Counter(s[:10])
    if not (max(c.values()) in (2, 3) and sum(1 for v in c.values() if v > 1) == 1):
        return False
    p = 10
    for ch in s[:10]:
        x = (int(ch) + p) % 10 or 10
        p = (x * 2) % 11
    return (11 - p) % 10 == int(s[10])


NINO_RE = re.compile(r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,6}(?: ?[A-Z0-9]{1,4})?\b")
EMAIL_RE = re.compile(r"(?<![/:\w.])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?!(?:png|webp|jpe?g|svg|gif)\b)[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
IPV6_RE = re.compile(r"\b2001:db8:[0-9a-f:]+")
SSN_RE = re.compile(r"(?<!\d)(\d{3})-(\d{2})-(\d{4})(?!\d)")
DNI_RE = re.compile(r"(?<![\w])[XYZ]?\d{7,8}[A-Z](?!\w)")
DIG_RE = re.compile(r"(?<!\d)\d{11}(?!\d)|(?<!\d)\d{15}(?!\d)|(?<!\d)\d{9}(?!\d)")
CRED_RE = re.compile(r"AKIA[A-Z2-7]{16}|ghp_\w{36}|github_pat_\w{20,}|xox[bp]-\d+-|sk_live_[A-Za-z0-9]{8,}|rk_live_[A-Za-z0-9]{8,}|glpat-\w{20}"
                     r"|AIza[\w-]{35}|npm_\w{36}|SG\.[\w-]{22}\.|whsec_\w{20,}|Bearer [A-Za-z0-9]{20,}|BEGIN RSA PRIVATE KEY|postgresql://\w+:\w+@"
                     r"|Basic [A-Za-z0-9+/=]{12,}|eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+")
COORD_KEYS = {"lat", "lng", "lon", "latitude", "longitude"}


def strings(v: Any) -> list[str]:
    out: list[str] = []
    if isinstance(v, dict):
        for k, x in v.items():
            out.append(str(k))
            out += strings(x)
    elif isinstance(v, list):
        for x in v:
            out += strings(x)
    elif isinstance(v, str):
        out.append(v)
        if v[:1] in "{[":
            try:
                out += strings(json.loads(v))
            except ValueError:
                pass
    elif v is not None and not isinstance(v, bool):
        out.append(repr(v))
    return out


def precise_coords(v: Any) -> bool:
    def dec(x: Any) -> int:
        return len(repr(x).split(".")[1]) if isinstance(x, float) else 0
    if isinstance(v, dict):
        if sum(1 for k, x in v.items() if k.lower() in COORD_KEYS and dec(x) >= 4) >= 2:
            return True
        return any(precise_coords(x) for x in v.values())
    if isinstance(v, list):
        return any(precise_coords(x) for x in v)
    if isinstance(v, str):
        if re.fullmatch(r"-?\d{1,3}\.\d{4,},\s?-?\d{1,3}\.\d{4,}", v):
            return True
        if v[:1] in "{[":
            try:
                return precise_coords(json.loads(v))
            except ValueError:
                return False
    return False


def found_kinds(doc: Any) -> dict[str, bool]:
    """Kinds whose shape can be recognised mechanically, found anywhere in the document."""
    texts = strings(doc)
    blob = "\n".join(texts)
    f = {k: False for k in ("payment_card", "bank_account", "national_id", "credential", "email", "ip_address", "precise_location")}
    for m in CARD_RE.finditer(blob):
        if is_card(re.sub(r"\D", "", m.group())):
            f["payment_card"] = True
    for m in IBAN_RE.finditer(blob):
        if iban_valid(m.group()):
            f["bank_account"] = True
    for m in SSN_RE.finditer(blob):
        if ssn_valid("".join(m.groups())):
            f["national_id"] = True
    for t in texts:
        for m in DNI_RE.finditer(t):
            if dni_valid(m.group()):
                f["national_id"] = True
        if NINO_RE.search(t):
            f["national_id"] = True
        for m in DIG_RE.finditer(t):
            d = m.group()
            if (len(d) == 15 and nir_valid(d)) or (len(d) == 11 and stid_valid(d)) or (len(d) == 9 and t == d and "ssn" in blob.lower() and ssn_valid(d)):
                f["national_id"] = True
    f["credential"] = bool(CRED_RE.search(blob)) or ('"kind": "Secret"' in json.dumps(doc))
    f["email"] = bool(EMAIL_RE.search(blob))
    f["ip_address"] = any(all(int(g) <= 255 for g in m.groups()) for m in IPV4_RE.finditer(blob)) or bool(IPV6_RE.search(blob))
    f["precise_location"] = precise_coords(doc)
    return f


def check(path: Path) -> list[str]:
    errs: list[str] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    recs = []
    for n, line in enumerate(lines):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            errs.append(f"line {n}: not JSON ({e})")
    ids = set()
    fams: Counter[str] = Counter()
    per_kind: Counter[str] = Counter()
    for n, r in enumerate(recs):
        rid = r.get("id", "")
        m = re.fullmatch(r"fresh7-(\d{4})-([a-z0-9_]+)", rid)
        if set(r) != {"id", "doc", "kinds", "note"} or not m or int(m.group(1)) != n + 1 or rid in ids:
            errs.append(f"{rid}: bad record shape or id")
            continue
        ids.add(rid)
        fam = m.group(2)
        fams[fam] += 1
        kinds = r["kinds"]
        if kinds != sorted(set(kinds)) or not set(kinds) <= KINDS:
            errs.append(f"{rid}: kinds not sorted/unique/valid: {kinds}")
        if not r["note"].startswith(fam + ": "):
            errs.append(f"{rid}: note does not name the family")
        tags = r["note"].split(": ", 1)[1].split(",")
        tag_kinds = {t.split(":")[1] if t.startswith("text:") else t.split(":")[0] for t in tags if t != "clean"}
        tag_kinds |= {"health"} if {"text:genetic+condition", "screening_result"} & set(tags) else set()
        tag_kinds = {t for t in tag_kinds if t in KINDS} | ({"health"} if "mood_score" in tags or "ssr:WCHR" in tags else set()) \
            | ({"political_opinion"} if "party_membership" in tags else set())
        if tag_kinds != set(kinds):
            errs.append(f"{rid}: note tags {sorted(tag_kinds)} disagree with kinds {kinds}")
        per_kind.update(kinds)
        got = found_kinds(r["doc"])
        for k, present in got.items():
            if present and k not in kinds:
                errs.append(f"{rid}: unlabeled look-alike of {k}")
            if k in kinds and not present and k not in ("bank_account", "national_id", "credential"):
                errs.append(f"{rid}: labeled {k} but no {k} found")
        if "bank_account" in kinds and not got["bank_account"] and "routing" not in json.dumps(r["doc"]).lower() and "RoutingNumber" not in json.dumps(r["doc"]):
            errs.append(f"{rid}: labeled bank_account but no valid IBAN or routing field")
        if "national_id" in kinds and not got["national_id"]:
            errs.append(f"{rid}: labeled national_id but no valid id found")
        if "credential" in kinds and not got["credential"] and not re.search(r'"password": "[^"*•\[]', json.dumps(r["doc"], ensure_ascii=False)):
            errs.append(f"{rid}: labeled credential but no credential shape found")
    # Hard negatives really fail their checks.
    blob = "\n".join(line for line in lines if '"kinds": []' in line)
    for line in lines:
        rec = json.loads(line)
        if rec["id"].endswith(("invoice_refs", "iban_validation_error")):
            for s in strings(rec["doc"]):
                d = re.sub(r"[ -]", "", s)
                if d.isdigit() and len(d) >= 13 and luhn(d):
                    errs.append(f"{rec['id']}: hard-negative number passes Luhn")
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", s) and iban_valid(s):
                    errs.append(f"{rec['id']}: hard-negative IBAN passes mod 97")
    del blob
    # Targets.
    for k in SPECIAL:
        if per_kind[k] < 30:
            errs.append(f"special kind {k} in only {per_kind[k]} documents")
    clean = sum(1 for r in recs if not r["kinds"])
    if not 0.28 <= clean / max(len(recs), 1) <= 0.40:
        errs.append(f"clean share {clean}/{len(recs)} off target")
    if len(fams) < 80:
        errs.append(f"only {len(fams)} families")
    return errs


def self_test() -> list[str]:
    """The generators' valid values pass the independent checks above, and invalid ones fail."""
    import random

    from . import gen
    r = random.Random(5)
    errs = []
    for _ in range(500):
        if not is_card(re.sub(r"\D", "", gen.card(r))) or is_card(re.sub(r"\D", "", gen.card(r, valid=False))):
            errs.append("card generator")
        if not iban_valid(gen.iban(r)) or iban_valid(gen.iban(r, valid=False)):
            errs.append("iban generator")
        if not ssn_valid(gen.ssn(r, False)) or not nir_valid(gen.nir(r)) or not stid_valid(gen.steuer_id(r)):
            errs.append("national id generator")
        if not dni_valid(gen.dni(r)) or dni_valid(gen.dni(r, valid=False)) or not NINO_RE.search(gen.nino(r)):
            errs.append("dni/nino generator")
    return sorted(set(errs))


def main() -> None:
    from .build import build
    errs = self_test() + check(HERE / "fresh7.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "fresh7.jsonl"
        p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in build()), encoding="utf-8")
        if p.read_bytes() != (HERE / "fresh7.jsonl").read_bytes():
            errs.append("fresh7.jsonl differs from what build.py generates")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
