"""The declarative base every table of the store hangs off.

Tables may be ORM models (subclasses of `Base`) or Core `Table`s on `Base.metadata`. Either
way they share one `MetaData` whose naming convention gives every index and constraint a
deterministic name, so that migrations can refer to them by name on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
