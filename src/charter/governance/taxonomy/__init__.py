"""The data categories, data uses and data subjects configuration keys are checked against.

The lists are the fideslang default taxonomy (see `NOTICE` in this folder), shipped as data
files rather than taken from the `fideslang` package, whose pydantic range excludes ours.
"""

from __future__ import annotations

import difflib
from functools import cache
from importlib import resources
from typing import Final, Literal

Kind = Literal["data_categories", "data_uses", "data_subjects"]

# The uses that amount to selling personal data or advertising with it (clause USE-7): the
# whole advertising branch, the marketing root that contains it, and the analytics kept for
# advertising. Any key with a later segment naming a sale or advertising is refused too, so a
# future taxonomy version cannot slip one in under a new name.
SALE_OR_ADVERTISING: Final = frozenset({
    "marketing", "marketing.advertising", "analytics.reporting.ad_performance",
    "analytics.reporting.campaign_insights",
})
_REFUSED_WORDS: Final = ("sale", "sell", "advertis")


@cache
def names(kind: Kind) -> dict[str, str]:
    """Key → short name, for one of the three lists."""
    text = resources.files(__package__).joinpath(f"{kind}.txt").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, name = line.partition("\t")
            found[key] = name
    return found


def check(kind: Kind, key: str) -> str:
    """`key` when it is in the list; ValueError naming the closest key otherwise."""
    known = names(kind)
    if key in known:
        return key
    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    label = {"data_categories": "data category", "data_uses": "data use",
             "data_subjects": "data subject"}[kind]
    raise ValueError(f"unknown {label} {key!r} (fideslang taxonomy{hint})")


def sells_or_advertises(use: str) -> bool:
    """Whether a data use is a sale of personal data or advertising (clause USE-7)."""
    if use in SALE_OR_ADVERTISING or use.startswith("marketing.advertising."):
        return True
    return any(word in segment for segment in use.split(".")[1:] for word in _REFUSED_WORDS)
