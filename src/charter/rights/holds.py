"""Legal holds on a subject: an erasure may not go ahead while one is active.

Holds belong to the retention slice (`charter.retention.holds`). When that module offers
`active_holds_for_subject(engine, subject_key)`, it is asked. Without it, the `legal_holds`
table is read directly if it exists (rows for the subject key whose release time, if the
table has one, is not set); without the table there are no holds.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Engine, MetaData, Table, func, inspect, select
from sqlalchemy.exc import NoSuchTableError

log = logging.getLogger("charter.rights")

_RELEASE_COLUMNS = ("released_at", "lifted_at", "ended_at", "released")


def _provider() -> Callable[[Engine, str], Any] | None:
    try:
        module = importlib.import_module("charter.retention.holds")
    except ModuleNotFoundError as exc:
        if exc.name not in ("charter.retention", "charter.retention.holds"):
            raise
        return None
    found = getattr(module, "active_holds_for_subject", None)
    return found if callable(found) else None


def active_holds(engine: Engine, subject_keys: Iterable[str]) -> int:
    """How many active legal holds cover any of `subject_keys`."""
    keys = [key for key in subject_keys if key]
    provider = _provider()
    if provider is not None:
        total = 0
        for key in keys:
            found = provider(engine, key)
            total += found if isinstance(found, int) else len(list(found or ()))
        return total
    return _from_table(engine, keys)


def _from_table(engine: Engine, keys: list[str]) -> int:
    if not keys or not inspect(engine).has_table("legal_holds"):
        return 0
    try:
        table = Table("legal_holds", MetaData(), autoload_with=engine)
    except NoSuchTableError:
        return 0
    if "subject_key" not in table.c:
        log.warning("legal_holds has no subject_key column; holds cannot be checked")
        return 0
    statement = select(func.count()).select_from(table).where(table.c.subject_key.in_(keys))
    for name in _RELEASE_COLUMNS:
        if name in table.c:
            column = table.c[name]
            statement = statement.where(column.is_(None) if name != "released"
                                        else column.is_not(True))
            break
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())
