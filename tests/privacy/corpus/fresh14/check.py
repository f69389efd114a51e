"""Checker for the fresh14 corpus.

python -m tests.privacy.corpus.fresh14.check [--stats]
Prints exactly `ok` when every check passes, otherwise each problem (exit 1).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from . import validators as V
from .build import FILE, kinds_of, render
from .ctx import KINDS, SPECIAL, Ctx
from .sweep import consistency

TAG_RE = re.compile(
    r"^(?:(?P<kind>[a-z_]+):[A-Za-z0-9_.-]+|text:(?P<tkind>[a-z_]+)/(?P<lang>en|de|fr|es|mix))$"
)
ID_RE = re.compile(r"^fresh14-(\d{4})-([a-z0-9_]+)$")
INNOCENT = {
    "health": [
        "health",
        "diabetes",
        "asthma",
        "diagnos",
        "icd-10",
        "allergen",
        "vaccin",
        "mental",
        "self-harm",
    ],
    "genetic": ["gene", "genetic", "genom", "brca", "snp", "str_loci"],
    "biometric": ["biometric", "fingerprint", "face", "iris", "voiceprint"],
    "racial_ethnic_origin": ["ethnic", "race", "racial", "etnia", "ethnie"],
    "political_opinion": [
        "party",
        "election",
        "manifesto",
        "partei",
        "parti ",
        "partido",
        "wahl",
        "political",
        "labour",
    ],
    "religious_belief": [
        "religio",
        "church",
        "prayer",
        "ramadan",
        "kirche",
        "iglesia",
        "easter",
        "eid al-fitr",
        "islam",
    ],
    "trade_union": ["union", "gewerkschaft", "syndicat", "sindicato"],
    "sex_life_orientation": ["sexual", "sex", "orientation"],
    "criminal_record": [
        "criminal",
        "crime",
        "offence",
        "court",
        "strafsache",
        "pénal",
        "penal",
        "kriminal",
    ],
}
SPECIAL_MIN, OTHER_MIN = 40, 25

# (record, family, tags)
Rec = tuple[dict[str, Any], str, list[str]]


def parse_tags(note: str) -> tuple[str, list[str] | None]:
    fam, _, rest = note.partition(": ")
    if rest == "clean":
        return fam, []
    return fam, rest.split(", ") if rest else None


def check_records(lines: list[str], probs: list[str]) -> list[Rec]:
    recs: list[Rec] = []
    for i, line in enumerate(lines, start=1):
        try:
            r = json.loads(line)
        except ValueError as e:
            probs.append(f"line {i}: not JSON ({e})")
            continue
        if list(r) != ["id", "doc", "kinds", "note"]:
            probs.append(f"line {i}: keys {list(r)}")
            continue
        if json.dumps(r, ensure_ascii=False) != line:
            probs.append(f"line {i}: not serialised with json.dumps(ensure_ascii=False)")
        m = ID_RE.match(r["id"])
        if not m or int(m.group(1)) != i:
            probs.append(f"line {i}: bad id {r['id']}")
            continue
        fam, tags = parse_tags(r["note"])
        if fam != m.group(2) or tags is None:
            probs.append(f"{r['id']}: note family/format mismatch: {r['note']!r}")
            continue
        for t in tags:
            mm = TAG_RE.match(t)
            if not mm or (mm.group("kind") or mm.group("tkind")) not in KINDS:
                probs.append(f"{r['id']}: bad tag {t!r}")
        if len(set(tags)) != len(tags):
            probs.append(f"{r['id']}: duplicate tags")
        if r["kinds"] != sorted(set(r["kinds"])) or any(k not in KINDS for k in r["kinds"]):
            probs.append(f"{r['id']}: kinds not sorted/unique/known")
        if r["kinds"] != kinds_of(tags):
            probs.append(f"{r['id']}: kinds {r['kinds']} != tag kinds {kinds_of(tags)}")
        for p in consistency(r["doc"], tags):
            probs.append(f"{r['id']}: sweep: {p}")
        recs.append((r, fam, tags))
    return recs


def check_validators(probs: list[str]) -> None:
    refs_ok = [
        (V.luhn_ok, "4111 1111 1111 1111"),
        (V.luhn_ok, "5555 5555 5555 4444"),
        (V.luhn_ok, "3782 822463 10005"),
        (V.luhn_ok, "6011111111111117"),
        (V.iban_ok, "GB82 WEST 1234 5698 7654 32"),
        (V.iban_ok, "DE89 3704 0044 0532 0130 00"),
        (V.iban_ok, "FR14 2004 1010 0505 0001 3M02 606"),
        (V.iban_ok, "ES91 2100 0418 4502 0005 1332"),
        (V.ssn_ok, "078-05-1120"),
        (V.nino_ok, "AB 12 34 56 C"),
        (V.steuer_id_ok, "36 574 261 809"),
        (V.nir_ok, "2 95 10 99 126 111 93"),
        (V.dni_ok, "12345678Z"),
        (V.dni_ok, "X1234567L"),
        (V.ean13_ok, "4006381333931"),
    ]
    refs_bad = [
        (V.luhn_ok, "4111 1111 1111 1112"),
        (V.iban_ok, "GB83 WEST 1234 5698 7654 32"),
        (V.ssn_ok, "000-12-3456"),
        (V.ssn_ok, "666-12-3456"),
        (V.ssn_ok, "912-34-5678"),
        (V.ssn_ok, "123-00-4567"),
        (V.ssn_ok, "123-45-0000"),
        (V.nino_ok, "QQ123456C"),
        (V.nino_ok, "GB123456A"),
        (V.nino_ok, "AB123456E"),
        (V.steuer_id_ok, "36 574 261 808"),
        (V.steuer_id_ok, "11 111 111 111"),
        (V.nir_ok, "2 95 10 99 126 111 94"),
        (V.dni_ok, "12345678A"),
    ]
    for fn, v in refs_ok:
        if not fn(v):
            probs.append(f"validator {fn.__name__} rejects reference value {v}")
    for fn, v in refs_bad:
        if fn(v):
            probs.append(f"validator {fn.__name__} accepts invalid reference value {v}")
    c = Ctx("fresh14/check/validators", "en")

    def bump(s: str, pos: int) -> str:
        d = s[pos]
        return s[:pos] + str((int(d) + c.n(1, 9)) % 10) + s[pos + 1 :]

    makers: dict[str, tuple[Callable[[str], bool], Callable[[], str], Callable[[str], str]]] = {
        "luhn": (
            V.luhn_ok,
            lambda: c.card_digits(c.pick(["visa", "mastercard", "amex", "discover"])),
            lambda s: bump(s, c.n(0, len(s) - 1)),
        ),
        "iban": (
            V.iban_ok,
            lambda: c.iban_raw(c.pick(["DE", "FR", "ES", "GB", "NL", "AT", "BE"])),
            lambda s: s[:4] + bump(s[4:], max(i for i, ch in enumerate(s[4:]) if ch.isdigit())),
        ),
        "ssn": (
            V.ssn_ok,
            lambda: c.ssn(dashed=c.chance(0.5)),
            lambda s: (
                c.pick(["000", "666", f"9{c.n(10, 99)}"]) + s.replace("-", "")[3:]
                if c.chance(0.6)
                else s.replace("-", "")[:3] + "00" + s.replace("-", "")[5:]
            ),
        ),
        "nino": (
            V.nino_ok,
            lambda: c.nino(),
            lambda s: (
                c.pick(["BG", "GB", "NK", "TN", "ZZ", "QA", "DA", "AO", "FV"])
                + s.replace(" ", "")[2:]
            ),
        ),
        "steuer_id": (
            V.steuer_id_ok,
            lambda: c.steuer_id(),
            lambda s: bump(s.replace(" ", ""), 10),
        ),
        "nir": (
            V.nir_ok,
            lambda: c.nir(),
            lambda s: (
                s.replace(" ", "")[:13]
                + f"{(int(s.replace(' ', '')[13:]) + c.n(1, 95)) % 97 + 1:02d}"
            ),
        ),
        "dni_nie": (
            V.dni_ok,
            lambda: c.dni(),
            lambda s: s.replace("-", "")[:-1] + c.pick([x for x in V.DNI_LETTERS if x != s[-1]]),
        ),
    }
    for name, (ok, make, spoil) in makers.items():
        bad_valid = bad_invalid = 0
        for _ in range(400):
            v = make()
            if not ok(v):
                bad_valid += 1
            w = spoil(v)
            if ok(w):
                bad_invalid += 1
        if bad_valid:
            probs.append(f"validator {name}: {bad_valid}/400 constructed valid values rejected")
        if bad_invalid:
            probs.append(f"validator {name}: {bad_invalid}/400 constructed invalid values accepted")


def coverage(recs: list[Rec]) -> tuple[Counter[str], list[dict[str, Any]], dict[str, int]]:
    per_kind = Counter(k for r, _, _ in recs for k in r["kinds"])
    clean = [r for r, _, _ in recs if not r["kinds"]]
    innocent: dict[str, int] = {}
    for kind, words in INNOCENT.items():
        rx = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", re.I)
        innocent[kind] = sum(
            1 for r in clean if rx.search(json.dumps(r["doc"], ensure_ascii=False))
        )
    return per_kind, clean, innocent


def check_coverage(recs: list[Rec], probs: list[str]) -> None:
    n = len(recs)
    if not 600 <= n <= 700:
        probs.append(f"{n} documents, expected 600–700")  # noqa: RUF001
    per_kind, clean, innocent = coverage(recs)
    for k in KINDS:
        need = SPECIAL_MIN if k in SPECIAL else OTHER_MIN
        if per_kind[k] < need:
            probs.append(f"kind {k}: {per_kind[k]} documents, need {need}")
    share = len(clean) / n if n else 0
    if not 0.28 <= share <= 0.40:
        probs.append(f"clean share {share:.3f} outside 28–40%")  # noqa: RUF001
    for k, cnt in innocent.items():
        if cnt < 5:
            probs.append(f"only {cnt} clean documents use {k} words innocently (need 5)")


def stats(recs: list[Rec]) -> str:
    per_kind, clean, innocent = coverage(recs)
    n = len(recs)
    out = [f"documents: {n}", f"clean: {len(clean)} ({len(clean) / n:.1%})", "per kind:"]
    out += [f"  {k:22s} {per_kind[k]}" for k in KINDS]
    langs = Counter(t.split("/")[1] for _, _, tags in recs for t in tags if t.startswith("text:"))
    docs_lang: Counter[str] = Counter()
    for _, _, tags in recs:
        for lang in sorted({t.split("/")[1] for t in tags if t.startswith("text:")}):
            docs_lang[lang] += 1
    out.append(
        "free-text tags by language: "
        + ", ".join(f"{lang}={langs[lang]}" for lang in ["en", "de", "fr", "es", "mix"])
    )
    out.append(
        "documents with free text by language: "
        + ", ".join(f"{lang}={docs_lang[lang]}" for lang in ["en", "de", "fr", "es", "mix"])
    )
    tagged_text = Counter(
        t.split(":", 1)[1].split("/")[0]
        for _, _, tags in recs
        for t in tags
        if t.startswith("text:")
    )
    out.append(
        "free-text occurrences per kind: "
        + ", ".join(f"{k}={tagged_text[k]}" for k in KINDS if tagged_text[k])
    )
    sizes = sorted(len(json.dumps(r["doc"], ensure_ascii=False).encode()) for r, _, _ in recs)
    inside = sum(1 for s in sizes if 300 <= s <= 2048)
    out.append(
        f"doc sizes (bytes): min={sizes[0]} median={sizes[n // 2]} "
        f"p90={sizes[int(n * 0.9)]} max={sizes[-1]}; "
        f"300B–2KB: {inside} ({inside / n:.1%})"  # noqa: RUF001
    )
    out.append(
        "clean documents using special-category words innocently: "
        + ", ".join(f"{k}={v}" for k, v in innocent.items())
    )
    fams = Counter(f for _, f, _ in recs)
    out.append(f"families ({len(fams)}):")
    out += [
        f"  {f:28s} {fams[f]:3d}  clean={sum(1 for r, ff, _ in recs if ff == f and not r['kinds'])}"
        for f in sorted(fams)
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    probs: list[str] = []
    if not FILE.exists():
        print(f"missing {FILE}")
        return 1
    text = FILE.read_text(encoding="utf-8")
    if text != render():
        probs.append(
            "fresh14.jsonl differs from render(): run python -m tests.privacy.corpus.fresh14.build"
        )
    lines = text.split("\n")
    if lines[-1] != "":
        probs.append("file does not end with a newline")
    recs = check_records(lines[:-1] if lines[-1] == "" else lines, probs)
    check_validators(probs)
    check_coverage(recs, probs)
    for p in probs:
        print(p)
    if not probs:
        print("ok")
    if "--stats" in argv:
        print(stats(recs))
    return 1 if probs else 0


if __name__ == "__main__":
    raise SystemExit(main())
