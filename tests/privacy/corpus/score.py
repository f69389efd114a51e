"""Document-level scoring of the payload scanner against the labeled corpus.

    python -m tests.privacy.corpus.score dev|holdout|fresh|fresh2|fresh3|fresh4|fresh5

runs ``charter scan --jsonl -`` over the split's documents (one JSON document per stdin line)
and prints precision, recall and F1 per kind and micro-averaged over (document, kind) pairs.

Conventions: a kind the scanner never reports has precision 1.0 (it claimed nothing false);
a kind absent from the truth has recall 1.0; F1 is 0.0 when precision and recall are both 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .ctx import HIGH_RISK_KINDS, KINDS, ORDINARY_KINDS, SPECIAL_KINDS

HERE = Path(__file__).resolve().parent
SCANNER = ("-m", "charter.cli", "scan", "--jsonl", "-")


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


@dataclass(frozen=True)
class KindScore:
    kind: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Scores:
    micro: KindScore
    per_kind: dict[str, KindScore]

    def __getitem__(self, kind: str) -> KindScore:
        return self.per_kind[kind]


def score(truth: Mapping[int, set[str]], found: Mapping[int, set[str]]) -> Scores:
    """Compare the set of (doc, kind) pairs found with the true set."""
    extra = sorted({k for kinds in (*truth.values(), *found.values()) for k in kinds} - set(KINDS))
    tp = dict.fromkeys((*KINDS, *extra), 0)
    fp, fn = dict(tp), dict(tp)
    for doc in set(truth) | set(found):
        true_kinds, found_kinds = truth.get(doc, set()), found.get(doc, set())
        for kind in true_kinds & found_kinds:
            tp[kind] += 1
        for kind in found_kinds - true_kinds:
            fp[kind] += 1
        for kind in true_kinds - found_kinds:
            fn[kind] += 1
    per_kind = {kind: KindScore(kind, tp[kind], fp[kind], fn[kind]) for kind in tp}
    micro = KindScore("micro", sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return Scores(micro, per_kind)


def format_table(scores: Scores) -> str:
    header = f"{'kind':<24}{'support':>8}{'tp':>6}{'fp':>6}{'fn':>6}" \
             f"{'precision':>11}{'recall':>8}{'f1':>8}"

    def row(s: KindScore) -> str:
        return (f"{s.kind:<24}{s.support:>8}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
                f"{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>8.3f}")

    lines = [header, "-" * len(header)]
    groups = (("special categories", SPECIAL_KINDS), ("high-risk", HIGH_RISK_KINDS),
              ("ordinary personal data", ORDINARY_KINDS),
              ("not a known kind", tuple(k for k in scores.per_kind if k not in KINDS)))
    for title, kinds in groups:
        if not kinds:
            continue
        lines.append(f"[{title}]")
        lines += [row(scores.per_kind[kind]) for kind in kinds]
    lines += ["-" * len(header), row(scores.micro)]
    return "\n".join(lines)


class ScannerFailed(RuntimeError):
    pass


def load(split: str, directory: Path = HERE) -> list[dict[str, Any]]:
    path = directory / f"{split}.jsonl"
    if not path.exists():  # a split kept in its own package, e.g. fresh/fresh.jsonl
        path = directory / split / f"{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def truth_of(records: Sequence[Mapping[str, Any]]) -> dict[int, set[str]]:
    return {index: set(record["kinds"]) for index, record in enumerate(records)}


def run_scanner(docs: Sequence[Any], timeout: float = 900) -> tuple[dict[int, set[str]],
                                                                    list[dict[str, Any]]]:
    """Run the scanner CLI over the documents; return kinds found per doc index and errors."""
    stdin = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs).encode()
    env = dict(os.environ, PYTHONUTF8="1")
    proc = subprocess.run([sys.executable, *SCANNER], input=stdin, capture_output=True,
                          env=env, timeout=timeout, check=False)
    stderr = proc.stderr.decode(errors="replace")
    # exit status 1 may mean "findings present"; anything else, or a crash, is a failure
    if proc.returncode not in (0, 1) or "Traceback (most recent call last)" in stderr:
        raise ScannerFailed(f"`charter scan --jsonl -` exited with {proc.returncode}:\n"
                            f"{stderr[-3000:]}")
    found: dict[int, set[str]] = {}
    errors: list[dict[str, Any]] = []
    for line in proc.stdout.decode().splitlines():
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ScannerFailed(f"scanner wrote a line that is not JSON: {line[:200]!r}") from exc
        if "error" in item:
            errors.append(item)
            continue
        found.setdefault(int(item["doc"]), set()).add(str(item["kind"]))
    return found, errors


SPLIT_NAMES = ("dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
               "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
               "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
               "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23")


def evaluate(split: str, directory: Path = HERE) -> tuple[Scores, list[dict[str, Any]]]:
    records = load(split, directory)
    found, errors = run_scanner([record["doc"] for record in records])
    return score(truth_of(records), found), errors


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or args[0] not in SPLIT_NAMES:
        print(f"usage: python -m tests.privacy.corpus.score {'|'.join(SPLIT_NAMES)}",
              file=sys.stderr)
        return 2
    try:
        scores, errors = evaluate(args[0])
    except ScannerFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{args[0]}: {len(load(args[0]))} documents")
    print(format_table(scores))
    if errors:
        print(f"\n{len(errors)} document(s) rejected by the scanner, e.g. {errors[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
