"""Check the committed fresh23 corpus: ``python -m tests.privacy.corpus.fresh23.check``.

Rebuilds in memory and compares bytes, then checks the record format, the balance targets,
and the labels against independent detectors (checksums in both directions, secrets,
coordinates, passports, names, addresses and the special-category sentences)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import detect, pools, texts
from .build import OUT_NAME, build, render
from .ctx import ALL_KINDS, fold
from .registry import FAMILIES

MIN_RECORDS, MAX_RECORDS = 700, 760
MIN_FAMILIES = 150
MIN_SUPPORT = 40
CLEAN_SHARE = (0.27, 0.33)
LANG_SHARE = {"en": (0.50, 0.60), "de": (0.12, 0.18), "fr": (0.12, 0.18), "es": (0.12, 0.18)}

_CRED_PATTERNS = [re.compile(p) for p in (
    r"AKIA[A-Z2-7]{16}", r"ghp_[A-Za-z0-9]{36}", r"(?:sk|rk)_live_[A-Za-z0-9]{24}",
    r"xox[bp]-\d+-", r"glpat-[\w-]{20}", r"AIza[\w-]{35}", r"npm_[A-Za-z0-9]{36}",
    r"SG\.[\w-]{22}\.[\w-]{43}", r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
    r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", r"Bearer \S{20,}", r"Basic [A-Za-z0-9+/=]{12,}",
    r"://[^:/\s]+:[^@\s]+@", r"whsec_\w{20,}")]
_CRED_KEYS = ("password", "kennwort", "motdepasse", "contrasena", "secret", "token", "apikey",
              "privatekey")
_PASSPORT_KEYS = ("passport", "reisepass", "passeport", "pasaporte")
_DOB_KEYS = ("dateofbirth", "geburtsdatum", "datedenaissance", "fechadenacimiento")
_LAT = {"lat", "latitude", "gpslatitude"}
_LON = {"lon", "lng", "longitude", "gpslongitude"}
_COORD_STR = re.compile(r"(-?\d{1,2}\.\d+),\s?(-?\d{1,3}\.\d+)")
_PHONE = re.compile(r"\+?\(?\d[\d ()-]{7,}\d")
_MASKED = re.compile(r"^(\*+|\[REDACTED\]|.*\*{4}.*|)$")


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(key).lower())


def _decimals(x: float) -> int:
    r = repr(x)
    return len(r.split(".")[1]) if "." in r and "e" not in r else 0


def _walk(doc: Any, key: str = "") -> Any:
    """Yield (normalised key, value) for every value in the document."""
    yield key, doc
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _walk(v, _norm(str(k)))
    elif isinstance(doc, list):
        for item in doc:
            yield from _walk(item, key)


def coordinate_pairs(doc: Any) -> list[tuple[float, float]]:
    pairs: list[tuple[float, float]] = []
    for _, val in _walk(doc):
        if isinstance(val, dict):
            lat = [v for k, v in val.items() if _norm(str(k)) in _LAT and isinstance(v, float)]
            lon = [v for k, v in val.items() if _norm(str(k)) in _LON and isinstance(v, float)]
            if lat and lon:
                pairs.append((lat[0], lon[0]))
        elif (isinstance(val, list) and len(val) == 2
              and all(isinstance(x, float) for x in val)):
            pairs.append((val[0], val[1]))
        elif isinstance(val, str):
            for m in _COORD_STR.finditer(val):
                a, b = m.groups()
                pairs.append((float(a), float(b)) if min(len(a.split(".")[1]),
                                                         len(b.split(".")[1])) < 4
                             else (9.12345, 9.12345))
    return pairs


def precise(doc: Any) -> bool:
    return any(min(_decimals(a), _decimals(b)) >= 4 for a, b in coordinate_pairs(doc))


def credential_found(doc: Any) -> bool:
    for key, val in _walk(doc):
        if isinstance(val, str):
            if any(p.search(val) for p in _CRED_PATTERNS):
                return True
            if (any(m in key for m in _CRED_KEYS) and "hash" not in key
                    and not _MASKED.match(val)):
                return True
        if isinstance(val, dict) and val.get("kind") == "Secret" and val.get("data"):
            return True
    return False


def passport_found(doc: Any) -> bool:
    for key, val in _walk(doc):
        if isinstance(val, str) and val and any(m in key for m in _PASSPORT_KEYS):
            return True
        if isinstance(val, dict):
            norm = {_norm(str(k)): v for k, v in val.items()}
            typ = next((v for k, v in norm.items() if k in ("type", "typ", "tipo")), None)
            if isinstance(typ, str) and _norm(typ) in _PASSPORT_KEYS and len(val) > 1:
                return True
    return False


def dob_found(doc: Any) -> bool:
    born = ("born on", "geboren am", "né(e) le", "nacido/a el")
    return any((k in _DOB_KEYS and isinstance(v, str) and v) or (
        isinstance(v, str) and any(b in v for b in born)) for k, v in _walk(doc))


_NAME_WORDS = {w for lang in pools.FIRST for w in pools.FIRST[lang]} | {
    w for lang in pools.LAST for w in pools.LAST[lang]}
_NAME_RE = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, _NAME_WORDS), key=len,
                                                     reverse=True)) + r")(?!\w)")
_STREETS = [s for lang in pools.STREETS for s in pools.STREETS[lang]] + pools.US_STREETS


def names_found(doc: Any) -> bool:
    return any(_NAME_RE.search(s) for s in detect.strings(doc))


def street_found(doc: Any) -> bool:
    return any(st in s for s in detect.strings(doc) for st in _STREETS)


def special_sentences(doc: Any) -> set[str]:
    found: set[str] = set()
    blob = "\n".join(detect.strings(doc))
    for kind, by_lang in texts.SPECIAL.items():
        for sentences in by_lang.values():
            if any(s in blob for s in sentences):
                found |= {"genetic", "health"} if kind == "genetic_health" else {kind}
    return found


def check_record(rec: dict[str, Any], errors: list[str]) -> None:
    rid, doc, kinds = rec["id"], rec["doc"], set(rec["kinds"])

    def need(cond: bool, msg: str) -> None:
        if not cond:
            errors.append(f"{rid}: {msg}")

    hits = detect.doc_hits(doc)
    for kind in hits:
        need(kind in kinds, f"detector found unlabelled {kind}")
    for kind in ("payment_card", "email", "ip_address", "national_id"):
        if kind in kinds:
            need(kind in hits, f"{kind} labelled but not detected")
    if "bank_account" in kinds:
        need("bank_account" in hits or " acct" in rec["note"], "bank_account not found")
    need(precise(doc) == ("precise_location" in kinds), "precise_location mismatch")
    need(credential_found(doc) == ("credential" in kinds), "credential mismatch")
    need(passport_found(doc) == ("passport" in kinds), "passport mismatch")
    need(dob_found(doc) == ("date_of_birth" in kinds), "date_of_birth mismatch")
    need(names_found(doc) == ("person_name" in kinds), "person_name mismatch")
    if "postal_address" in kinds:
        need(street_found(doc), "postal_address labelled but no street")
    elif street_found(doc):
        errors.append(f"{rid}: street without postal_address label")
    if "phone" in kinds:
        need(any(_PHONE.search(s) for s in detect.strings(doc)), "phone not found")
    for kind in special_sentences(doc):
        need(kind in kinds, f"special sentence of {kind} not labelled")


def check(path: Path) -> list[str]:
    errors: list[str] = []
    records = build()
    if path.read_bytes() != render(records):
        errors.append(f"{path} differs from a fresh build")
    if render(build()) != render(records):
        errors.append("build is not deterministic")
    lines = path.read_bytes().decode("utf-8").split("\n")
    if lines[-1] != "":
        errors.append("file must end with a newline")
    fam_names = {f.name: f for f in FAMILIES}
    per_family: Counter[str] = Counter()
    support: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    clean = 0
    for i, line in enumerate(lines[:-1], 1):
        rec = json.loads(line)
        if json.dumps(rec, ensure_ascii=False) != line:
            errors.append(f"line {i}: not in canonical json.dumps form")
        if list(rec) != ["id", "doc", "kinds", "note"]:
            errors.append(f"line {i}: keys {list(rec)}")
            continue
        m = re.fullmatch(r"fresh23-(\d{4})-([a-z0-9_]+)", rec["id"])
        if not m or int(m.group(1)) != i or m.group(2) not in fam_names:
            errors.append(f"line {i}: bad id {rec['id']}")
            continue
        fam = m.group(2)
        per_family[fam] += 1
        kinds = rec["kinds"]
        if kinds != sorted(set(kinds)) or not set(kinds) <= set(ALL_KINDS):
            errors.append(f"{rec['id']}: kinds not sorted/unique/valid: {kinds}")
        nm = re.fullmatch(rf"{fam}: lang/(en|de|fr|es) (.+)", rec["note"])
        if not nm:
            errors.append(f"{rec['id']}: bad note {rec['note']!r}")
            continue
        langs[nm.group(1)] += 1
        if fam_names[fam].clean != (not kinds):
            errors.append(f"{rec['id']}: clean flag of the family disagrees with kinds")
        clean += not kinds
        support.update(kinds)
        check_record(rec, errors)
    n = sum(per_family.values())
    if not MIN_RECORDS <= n <= MAX_RECORDS:
        errors.append(f"{n} records, want {MIN_RECORDS}-{MAX_RECORDS}")
    if len(per_family) < MIN_FAMILIES:
        errors.append(f"{len(per_family)} families, want >= {MIN_FAMILIES}")
    for fam, cnt in per_family.items():
        if not 2 <= cnt <= 8:
            errors.append(f"family {fam} has {cnt} records")
    for kind in ALL_KINDS:
        if support[kind] < MIN_SUPPORT:
            errors.append(f"support of {kind} is {support[kind]} < {MIN_SUPPORT}")
    if n and not CLEAN_SHARE[0] <= clean / n <= CLEAN_SHARE[1]:
        errors.append(f"clean share {clean / n:.3f} outside {CLEAN_SHARE}")
    for lang, (lo, hi) in LANG_SHARE.items():
        if n and not lo <= langs[lang] / n <= hi:
            errors.append(f"language {lang} share {langs[lang] / n:.3f} outside {lo}-{hi}")
    return errors


def main() -> int:
    errors = check(Path(__file__).parent / OUT_NAME)
    for e in errors[:60]:
        print(e)
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
