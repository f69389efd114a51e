"""Validator for the fresh5 corpus: ``python -m tests.privacy.corpus.fresh5.check`` prints ok.

Checks record shape, the labels against checksums in both directions (every Luhn-valid card
number, valid IBAN and valid national id is in a document labeled with its kind, and every
document so labeled holds one), e-mail, IP, coordinate, name and street look-alikes, that every
planted free-text sentence is labeled with its kinds, and that the generator is deterministic.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import pools
from .build import HERE, build
from .validators import iban_ok, luhn_ok, national_id_ok

KINDS = {
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
    "payment_card",
    "bank_account",
    "national_id",
    "passport",
    "credential",
    "precise_location",
    "email",
    "phone",
    "ip_address",
    "date_of_birth",
    "postal_address",
    "person_name",
}
SPECIAL = (
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
)
DIGIT_RUN = re.compile(r"\d(?:[ -]?\d)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
EMAIL_RE = re.compile(r"[\w.+-]+@[A-Za-z][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
IPV6_RE = re.compile(r"\b[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f:]*::?[0-9a-f]{1,4}\b")
COORD_PAIR = re.compile(r"-?\d{1,3}\.\d{4,}\s*[,;]\s*-?\d{1,3}\.\d{4,}")
TOKEN = re.compile(r"[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*")
CRED_MARKERS = (
    "AKIA",
    "ghp_",
    "xoxb-",
    "sk_live_",
    "glpat-",
    "AIza",
    "SG.",
    "npm_",
    "whsec_",
    "PRIVATE KEY",
    "Bearer ",
    "Basic ",
    "eyJ",
    "password",
    "secret",
    "pw",
    "mdp",
    "reset to",
    "aws_secret",
    'kind": "Secret',
)
IMAGE_EXT = (".png", ".jpg", ".webp", ".svg")


def strings(node: Any, key: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for k, v in node.items():
            out.append(("<key>", str(k)))
            out += strings(v, str(k))
    elif isinstance(node, list):
        for v in node:
            out += strings(v, key)
    elif isinstance(node, str):
        out.append((key, node))
        if node[:1] in "{[":
            try:
                out += strings(json.loads(node), key)
            except ValueError:
                pass
    elif node is not None and not isinstance(node, bool):
        out.append(("#" + key, repr(node)))  # a number, not a string
    return out


def floats_by_key(node: Any, acc: list[tuple[str, float, str]]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, float):
                acc.append((str(k).lower(), v, repr(v)))
            elif isinstance(v, list) and str(k) == "coordinates":
                for x in v:
                    acc.append(("coordinates", x, repr(x)))
            else:
                floats_by_key(v, acc)
    elif isinstance(node, list):
        for v in node:
            floats_by_key(v, acc)


def problems_of(rec: dict[str, Any], n: int) -> list[str]:
    errs: list[str] = []
    rid, kinds, note, doc = rec.get("id", ""), rec.get("kinds"), rec.get("note", ""), rec.get("doc")
    m = re.fullmatch(r"fresh5-(\d{4})-([a-z0-9_]+)", rid)
    if not m or int(m.group(1)) != n:
        errs.append(f"bad id {rid!r}")
    if not isinstance(kinds, list) or kinds != sorted(set(kinds)) or not set(kinds) <= KINDS:
        errs.append(f"bad kinds {kinds!r}")
        return errs
    if m and not note.startswith(m.group(2) + ": "):
        errs.append("note must start with the family")
    has = set(kinds)
    flat = strings(doc)
    values = [v for _, v in flat]
    blob = json.dumps(doc, ensure_ascii=False) + "\n" + "\n".join(values)

    # card brands start with 3-6; digits inside an IBAN are not a card number
    cards = [
        r
        for v in values
        for r in DIGIT_RUN.findall(IBAN_RE.sub(" ", v))
        if r[0] in "3456" and 13 <= len(re.sub(r"\D", "", r)) <= 19 and luhn_ok(r)
    ]
    if bool(cards) != ("payment_card" in has):
        errs.append(f"payment_card label vs Luhn-valid numbers {cards}")
    ibans = [c for v in values for c in IBAN_RE.findall(v) if iban_ok(c)]
    named_account = any(k in ("routing_number", "account_number") for k, _ in flat)
    if bool(ibans or named_account) != ("bank_account" in has):
        errs.append(f"bank_account label vs valid IBANs {ibans}")
    # string values only (9-digit genomic positions are integers), passport numbers excluded
    texts = [
        v
        for k, v in flat
        if not k.startswith("#") and not re.search(r"passport|pasaporte|^number$", k, re.I)
    ]
    ids = [
        t
        for v in texts
        for t in {v, *TOKEN.findall(v), *v.split()}
        if national_id_ok(t.strip(".,;:"))
    ]
    if bool(ids) != ("national_id" in has):
        errs.append(f"national_id label vs valid ids {ids}")
    emails = [e for v in values for e in EMAIL_RE.findall(v) if not e.lower().endswith(IMAGE_EXT)]
    if bool(emails) != ("email" in has):
        errs.append(f"email label vs addresses {emails}")
    ips = [".".join(g) for v in values for g in IPV4_RE.findall(v) if all(int(x) <= 255 for x in g)]
    ips += [x for v in values for x in IPV6_RE.findall(v)]
    if bool(ips) != ("ip_address" in has):
        errs.append(f"ip_address label vs addresses {ips}")
    fl: list[tuple[str, float, str]] = []
    floats_by_key(doc, fl)
    geo_keys = ("lat", "lng", "lon", "latitude", "longitude", "coordinates")
    precise = [r for k, _, r in fl if k in geo_keys and len(r.split(".")[-1]) >= 4]
    # embeddings are small floats in lists; a coordinate pair has a latitude beyond +-1
    precise += [
        p for v in values for p in COORD_PAIR.findall(v) if abs(float(re.split(r"[,;]", p)[0])) >= 1
    ]
    if bool(precise) != ("precise_location" in has):
        errs.append(f"precise_location label vs coordinates {precise}")
    if "passport" in has and not re.search(r"passport|pasaporte", blob, re.I):
        errs.append("passport label without a passport field")
    if "passport" not in has and re.search(r'"(passportNo|pasaporte|passport_number)"', blob):
        errs.append("passport field without a label")
    if "credential" in has and not any(mk in blob for mk in CRED_MARKERS):
        errs.append("credential label without a credential")
    if "person_name" not in has:
        names = [w for w in (*pools.FIRST, *pools.LAST) if re.search(rf"\b{re.escape(w)}\b", blob)]
        if names:
            errs.append(f"unlabeled person names {names}")
    if "postal_address" not in has:
        streets = [
            s
            for s, _, _ in (*pools.STREETS, *pools.CHURCH_STREETS)
            if s.replace("{n}", "").strip(" ,") in blob
        ]
        if streets:
            errs.append(f"unlabeled street {streets}")
    for kind in SPECIAL:
        for sent_kinds, _, sentence in pools.TEXT.get(kind, []):
            if sentence in pools.CLINICAL_ALSO_HEALTH:
                sent_kinds = [*sent_kinds, "health"]
            if sentence in blob and not set(sent_kinds) <= has:
                errs.append(f"sentence {sentence[:30]!r} needs {sent_kinds}")
    if not kinds and not note.split(": ", 1)[-1].startswith("clean"):
        errs.append("document without kinds is not from a clean family")
    return errs


def main() -> int:
    path = HERE / "fresh5.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    failures: list[str] = []
    records = []
    for n, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line)
        except ValueError as exc:
            failures.append(f"line {n}: not JSON ({exc})")
            continue
        records.append(rec)
        failures += [f"{rec.get('id')}: {e}" for e in problems_of(rec, n)]
    counts = {k: sum(k in r["kinds"] for r in records) for k in KINDS}
    for kind in SPECIAL:
        if counts[kind] < 35:
            failures.append(f"{kind} in only {counts[kind]} documents")
    with tempfile.TemporaryDirectory() as tmp:
        if build(Path(tmp)).read_bytes() != path.read_bytes():
            failures.append("fresh5.jsonl differs from a fresh build")
    if failures:
        print("\n".join(failures[:60]))
        print(f"{len(failures)} problem(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
