"""Check the fresh21 corpus: python -m tests.privacy.corpus.fresh21.check [--stats].

Rebuilds the corpus in memory and checks that the committed file has the same bytes, the record
format, that every label comes from a recorded mark whose literal is in the document, checksums
in both directions, that no unmarked e-mail, IPv4, SSN shape or 7+ digit run is present, and the
size and balance targets. Prints "ok" when everything holds.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from . import scan
from . import validators as v
from .build import FILENAME, HERE, Built, build, serialize
from .ctx import HIGH, KINDS, ORDINARY, SPECIAL, dumps

ID_RE = re.compile(r"fresh21-(\d{4})-([a-z0-9_]+)")
NOTE_RE = re.compile(r"([a-z0-9_]+): lang/(en|de|fr|es) \S")
LANG_SHARE = {"en": (0.50, 0.60), "de": (0.12, 0.18), "fr": (0.12, 0.18), "es": (0.12, 0.18)}


def _norm(s: str) -> str:
    return re.sub(r"[ .\-+]", "", s)


def _unescape(needle: str) -> str:
    value = json.loads('"' + needle + '"')
    assert isinstance(value, str)
    return value


def check_record(n: int, b: Built) -> list[str]:
    problems: list[str] = []
    r = b.record
    rid = str(r.get("id"))
    if list(r) != ["id", "doc", "kinds", "note"]:
        problems.append(f"{rid}: keys are {list(r)}")
    m = ID_RE.fullmatch(rid)
    if m is None or int(m.group(1)) != n or m.group(2) != b.family.name:
        problems.append(f"{rid}: bad id (expected number {n:04d}, family {b.family.name})")
    kinds = r["kinds"]
    if kinds != sorted(set(kinds)) or any(k not in KINDS for k in kinds):
        problems.append(f"{rid}: kinds not sorted, unique and known: {kinds}")
    note = r["note"]
    nm = NOTE_RE.match(note)
    if nm is None or nm.group(1) != b.family.name or nm.group(2) != b.family.lang:
        problems.append(f"{rid}: bad note {note[:60]!r}")
    text = dumps(r["doc"])
    marks = b.marks
    from_marks = sorted({mk.kind for mk in marks if mk.kind is not None})
    if from_marks != kinds:
        problems.append(f"{rid}: kinds {kinds} differ from marks {from_marks}")
    if b.family.clean and kinds:
        problems.append(f"{rid}: clean family with kinds {kinds}")
    for mk in marks:
        if mk.needle not in text:
            problems.append(f"{rid}: literal of {mk.kind or mk.tag} not in document")
        base = mk.tag.removeprefix("decoy:")
        fn = v.BY_TAG.get(base)
        if fn is None:
            continue
        ok = fn(_unescape(mk.needle))
        if mk.kind is not None and not ok:
            problems.append(f"{rid}: labelled {base} fails its checksum")
        if mk.kind is None and mk.tag.startswith("decoy:") and ok:
            problems.append(f"{rid}: decoy {base} passes its checksum")
    for kind, values in scan.checksummed_in(text).items():
        if kind not in kinds:
            problems.append(f"{rid}: valid {kind} value in a document without the label")
            continue
        needles = [_norm(_unescape(mk.needle)) for mk in marks if mk.kind == kind]
        for val in values:
            if not any(_norm(val) in nd for nd in needles):
                problems.append(f"{rid}: valid {kind} value outside any {kind} mark")
    rest = text
    for needle in sorted({mk.needle for mk in marks if mk.needle}, key=len, reverse=True):
        rest = rest.replace(needle, " ")
    for hit in scan.accidental(rest):
        problems.append(f"{rid}: unmarked shape {hit!r}")
    return problems


def balance(items: list[Built]) -> list[str]:
    problems: list[str] = []
    n = len(items)
    if not 650 <= n <= 750:
        problems.append(f"{n} documents, expected 650-750")
    fams = {b.family.name for b in items}
    if len(fams) < 140:
        problems.append(f"{len(fams)} families, expected at least 140")
    special = sum(1 for b in items if set(b.record["kinds"]) & set(SPECIAL))
    clean = sum(1 for b in items if not b.record["kinds"])
    if not 0.35 <= special / n <= 0.45:
        problems.append(f"special share {special / n:.3f}, expected 0.35-0.45")
    if not 0.25 <= clean / n <= 0.35:
        problems.append(f"clean share {clean / n:.3f}, expected 0.25-0.35")
    per_kind = Counter(k for b in items for k in b.record["kinds"])
    for k in SPECIAL:
        if per_kind[k] < 40:
            problems.append(f"{k} in {per_kind[k]} documents, expected at least 40")
    for k in HIGH + ORDINARY:
        if per_kind[k] < 25:
            problems.append(f"{k} in {per_kind[k]} documents, expected at least 25")
    langs = Counter(b.family.lang for b in items)
    for lang, (lo, hi) in LANG_SHARE.items():
        share = langs[lang] / n
        if not lo <= share <= hi:
            problems.append(f"language {lang} share {share:.3f}, expected {lo}-{hi}")
    return problems


def check(items: list[Built]) -> list[str]:
    problems: list[str] = []
    path = HERE / FILENAME
    if not path.exists():
        problems.append(f"{path} is missing")
    elif path.read_bytes() != serialize(items):
        problems.append(f"{path} differs from a rebuild")
    for n, b in enumerate(items, start=1):
        problems.extend(check_record(n, b))
    problems.extend(balance(items))
    return problems


def stats(items: list[Built]) -> str:
    n = len(items)
    out: list[str] = [f"documents {n}", f"families {len({b.family.name for b in items})}"]
    special = sum(1 for b in items if set(b.record["kinds"]) & set(SPECIAL))
    clean = sum(1 for b in items if not b.record["kinds"])
    out.append(f"special {special} ({special / n:.1%})  clean {clean} ({clean / n:.1%})")
    out.append("")
    out.append("documents per kind:")
    per_kind = Counter(k for b in items for k in b.record["kinds"])
    for k in KINDS:
        out.append(f"  {k:24} {per_kind[k]:4}")
    out.append("")
    out.append("documents per language:")
    langs = Counter(b.family.lang for b in items)
    for lang in ("en", "de", "fr", "es"):
        out.append(f"  {lang} {langs[lang]:4} ({langs[lang] / n:.1%})")
    out.append("")
    out.append("documents per module:")
    mods = Counter(b.family.module for b in items)
    for mod, cnt in sorted(mods.items()):
        out.append(f"  {mod:18} {cnt:4}")
    out.append("")
    out.append("documents per family:")
    fams = Counter(b.family.name for b in items)
    for fam, cnt in sorted(fams.items()):
        out.append(f"  {fam:34} {cnt:3}")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    items = build()
    if "--stats" in argv:
        print(stats(items))
        return 0
    problems = check(items)
    if problems:
        for p in problems:
            print(p)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
