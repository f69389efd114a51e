"""Bring a store's schema to the current revision.

Alembic runs programmatically: users need no alembic.ini. Before anything is created, every
table the code defines must be declared in the privacy inventory (clause RET-1): an undeclared
table is refused rather than created.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from charter.privacy import inventory
from charter.store.engine import make_engine, write_transaction

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def check_inventory() -> None:
    """Raise `InventoryError` if a table in the metadata is not in the privacy inventory."""
    inventory.load_models()
    from charter.store.models import metadata

    missing = inventory.unregistered(list(metadata.tables))
    if missing:
        raise inventory.InventoryError(
            "tables not declared in the privacy inventory: " + ", ".join(missing)
        )


def upgrade(url: str) -> str:
    """Migrate the store at `url` to head and return the revision it is at.

    Safe to call when already at head and from several processes at once (PostgreSQL takes an
    advisory lock; SQLite takes its write lock for the whole migration). Migrations run in one
    transaction on both back ends, so a failure leaves the schema as it was.
    """
    check_inventory()
    engine = make_engine(url)
    try:
        with write_transaction(engine, lock="migrations") as connection:
            command.upgrade(_alembic_config(connection), "head")
            revision = _revision(connection)
    finally:
        engine.dispose()
    if revision is None:
        raise RuntimeError("the store has no revision after upgrading")
    return revision


def current_revision(url: str) -> str | None:
    """The store's revision, or None when it has never been migrated."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return _revision(connection)
    finally:
        engine.dispose()


def head_revision() -> str:
    """The newest revision this version of Charter ships."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def _revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config
