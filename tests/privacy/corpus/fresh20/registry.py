"""Family registry: each family is a function ``Ctx -> JSON value`` with a size and languages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .ctx import Ctx

Doc = Any
FamilyFn = Callable[[Ctx], Doc]


@dataclass(frozen=True)
class Family:
    name: str
    fn: FamilyFn
    n: int
    langs: tuple[str, ...]
    clean: bool
    module: str
    wrap: tuple[tuple[int, str], ...] = ()


FAMILIES: list[Family] = []


def family(
    n: int, langs: str = "en de fr es", clean: bool = False, wrap: dict[int, str] | None = None
) -> Callable[[FamilyFn], FamilyFn]:
    """Register a family of ``n`` documents. ``wrap`` maps a document index to the auth style
    of a gateway capture envelope around that document (see ``common.gateway``)."""

    def deco(fn: FamilyFn) -> FamilyFn:
        name = fn.__name__
        assert all(f.name != name for f in FAMILIES), name
        w = tuple(sorted((wrap or {}).items()))
        FAMILIES.append(Family(name, fn, n, tuple(langs.split()), clean, fn.__module__, w))
        return fn

    return deco
