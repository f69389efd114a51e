"""The family registry: each family module registers its generators here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .ctx import Ctx, Json

Gen = Callable[[Ctx], Json]


@dataclass(frozen=True)
class Family:
    name: str
    module: str
    fn: Gen
    n: int
    lang: str
    clean: bool


REGISTRY: list[Family] = []


def family(name: str, n: int, lang: str, clean: bool = False) -> Callable[[Gen], Gen]:
    """Register a family: n documents in language lang; clean families must yield no kind."""

    def wrap(fn: Gen) -> Gen:
        assert all(f.name != name for f in REGISTRY), name
        REGISTRY.append(Family(name, fn.__module__.rsplit(".", 1)[-1], fn, n, lang, clean))
        return fn

    return wrap
