"""Family registry: every family is a generator ``fn(ctx) -> doc`` with a record count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .ctx import Ctx

ALL_LANGS = "en de fr es"


@dataclass(frozen=True)
class Family:
    name: str
    fn: Callable[[Ctx], Any]
    n: int
    langs: tuple[str, ...]
    domain: str
    clean: bool


FAMILIES: list[Family] = []


def family(n: int, domain: str, langs: str = ALL_LANGS, clean: bool = False
           ) -> Callable[[Callable[[Ctx], Any]], Callable[[Ctx], Any]]:
    def deco(fn: Callable[[Ctx], Any]) -> Callable[[Ctx], Any]:
        name = fn.__name__.removeprefix("f_")
        assert all(f.name != name for f in FAMILIES), name
        FAMILIES.append(Family(name, fn, n, tuple(langs.split()), domain, clean))
        return fn
    return deco
