"""Family registry: a family is a payload template plus how many documents per language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .ctx import Ctx

FamilyFn = Callable[[Ctx], Any]


@dataclass(frozen=True)
class Family:
    name: str
    fn: FamilyFn
    plan: tuple[tuple[str, int], ...]


FAMILIES: list[Family] = []


def family(name: str, **plan: int) -> Callable[[FamilyFn], FamilyFn]:
    def deco(fn: FamilyFn) -> FamilyFn:
        assert all(f.name != name for f in FAMILIES), name
        assert plan and all(lang in ("de", "fr", "es", "en") for lang in plan), name
        FAMILIES.append(Family(name, fn, tuple(sorted(plan.items()))))
        return fn

    return deco
