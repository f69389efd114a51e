"""PostgreSQL stores: snapshot with `pg_dump`, restore with `pg_restore`.

`pg_dump --format=custom` reads the database in one repeatable-read transaction, so the dump
is consistent while Charter keeps writing; the excluded tables are dumped without their rows.
The dump streams through a pipe into the encryption: no clear copy is written to disk, and
`pg_restore` is fed the same way. The store URL never appears on a command line with its
password: the password, if the URL has one, goes to the tools in `PGPASSWORD`; anything else
libpq reads (`~/.pgpass`, `PGSSLMODE`, ...) works as usual. The tools' major version must be
at least the server's (`pg_dump` refuses otherwise, and says so).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import IO

from sqlalchemy import text

from charter.backup.archive import BackupError
from charter.backup.contents import EXCLUDED_TABLES
from charter.logs import redact_secrets
from charter.store.engine import make_engine, resolve_url

_CONNECT_TIMEOUT = "10"

# Relations a fresh database may not have if it is to count as empty.
_USER_RELATIONS = text("""
    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
      AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
""")


def libpq_target(url: str) -> tuple[str, dict[str, str]]:
    """The connection URI for libpq without a password, and the tools' environment."""
    resolved = resolve_url(url)
    query = dict(resolved.query)
    password = resolved.password or query.pop("password", None)
    plain = resolved.set(drivername="postgresql", password=None, query=query)
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = str(password)
    env.setdefault("PGCONNECT_TIMEOUT", _CONNECT_TIMEOUT)
    return plain.render_as_string(hide_password=False), env


@contextmanager
def dump(url: str) -> Iterator[IO[bytes]]:
    """`pg_dump`'s output as a stream; raises `BackupError` after the block if it failed."""
    uri, env = libpq_target(url)
    command = [_tool("pg_dump"), "--format=custom", "--no-password",
               *(f"--exclude-table-data={table}" for table in EXCLUDED_TABLES),
               f"--dbname={uri}"]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(  # noqa: S603 (fixed arguments, no shell)
            command, stdout=subprocess.PIPE, stderr=errors, env=env)
        assert process.stdout is not None
        try:
            yield process.stdout
        except BaseException:
            process.kill()
            process.wait()
            raise
        finally:
            process.stdout.close()
        if process.wait() != 0:
            raise BackupError(f"pg_dump failed: {_first_line(errors)}")


def is_empty(url: str) -> bool:
    """True when the database has no tables, views or sequences outside the system schemas."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(_USER_RELATIONS).scalar_one()) == 0
    finally:
        engine.dispose()


def restore(url: str, pieces: Iterable[bytes]) -> None:
    """Feed the dump to `pg_restore` in one transaction; on any failure (of the tool or of
    `pieces`, say a damaged chunk) the transaction is not committed and the target stays
    empty."""
    if not is_empty(url):
        raise BackupError("the target database is not empty: restore only into a new, empty"
                          " database")
    uri, env = libpq_target(url)
    command = [_tool("pg_restore"), "--no-owner", "--no-acl", "--single-transaction",
               "--exit-on-error", "--no-password", f"--dbname={uri}"]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(  # noqa: S603 (fixed arguments, no shell)
            command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        stdin = process.stdin
        assert stdin is not None
        try:
            for piece in pieces:
                stdin.write(piece)
        except BrokenPipeError:
            pass  # pg_restore stopped early; its status and message say why
        except BaseException:
            # Killed before it sees the end of its input: it cannot commit.
            process.kill()
            raise
        finally:
            with suppress(BrokenPipeError):
                stdin.close()
            status = process.wait()
        if status != 0:
            raise BackupError(f"pg_restore failed: {_first_line(errors)}")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not installed (it is needed for a PostgreSQL store)")
    return found


def _first_line(errors: IO[bytes]) -> str:
    errors.seek(0)
    lines = [line.strip() for line in errors.read(8192).decode(errors="replace").splitlines()]
    first = next((line for line in lines if line), "no message")
    return redact_secrets(first)[:300]
