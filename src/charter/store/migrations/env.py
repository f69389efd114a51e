"""Alembic environment, run by `charter.store.migrate` with an open connection.

There is no alembic.ini: `migrate` builds the Alembic config in code and passes the connection
(already inside a transaction) in `config.attributes["connection"]`. Offline (SQL script) mode
is not supported.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from charter.store.models import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite can alter little in place; batch mode rebuilds the table when it must.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported; use charter.store.migrate")

_connection = context.config.attributes.get("connection")
if not isinstance(_connection, Connection):
    raise RuntimeError("run migrations through charter.store.migrate, which passes a connection")
_run(_connection)
