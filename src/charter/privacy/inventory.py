"""The privacy inventory: every table Charter writes, and what it holds about whom.

A table is registered next to its model with `register(...)`. Nothing is stored without a
declaration: the store refuses to create a table that is not registered, and a test fails on
any model left out. Retention, rights requests, the record of processing and the published
policy are all generated from these declarations.

Records Charter keeps as files rather than rows (the rights outbox) are declared the same way
with `register_files(...)`: their `store` is `files`, and their subject and time "columns"
name fields of each file. Retention purges them through the directory its caller hands it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Table

Erasure = Literal["delete", "anonymise", "crypto_shred", "none"]
Store = Literal["table", "files"]
LegalBasis = Literal[
    "contract", "legitimate_interests", "legal_obligation", "consent",
    "vital_interests", "public_task",
]


@dataclass(frozen=True)
class RecordType:
    """The declaration for one table (or one kind of file, when `store` is `files`)."""

    table: str
    description: str
    # fideslang-style data category keys, e.g. "user.device.ip_address", "system.operations"
    categories: tuple[str, ...]
    purposes: tuple[str, ...]
    legal_basis: LegalBasis
    retention: str  # a retention class name from the configuration
    subject_column: str | None  # the column holding a pseudonymous subject key, if any
    subjects: tuple[str, ...]  # kinds of data subject, e.g. "customer", "employee"
    erasure: Erasure
    time_column: str | None  # the column retention measures age by
    anonymise_columns: tuple[str, ...] = ()  # columns cleared when erasure is "anonymise"
    store: Store = "table"  # `files`: one file per record, in a directory, not a table

    @property
    def holds_personal_data(self) -> bool:
        return self.subject_column is not None


class InventoryError(Exception):
    pass


_REGISTRY: dict[str, RecordType] = {}


def register(
    table: Table,
    *,
    description: str,
    categories: tuple[str, ...],
    purposes: tuple[str, ...],
    legal_basis: LegalBasis,
    retention: str,
    subject_column: str | None,
    subjects: tuple[str, ...] = (),
    erasure: Erasure,
    time_column: str | None,
    anonymise_columns: tuple[str, ...] = (),
) -> RecordType:
    """Declare a table. Raises `InventoryError` when the declaration does not fit the table."""
    columns = set(table.columns.keys())
    for column in (subject_column, time_column, *anonymise_columns):
        if column is not None and column not in columns:
            raise InventoryError(f"{table.name}: declared column {column!r} does not exist")
    if not categories or not purposes:
        raise InventoryError(f"{table.name}: categories and purposes must not be empty")
    if subject_column is not None and not subjects:
        raise InventoryError(f"{table.name}: a table with a subject column must name its subjects")
    if erasure == "anonymise" and not anonymise_columns:
        raise InventoryError(f"{table.name}: erasure 'anonymise' needs anonymise_columns")
    record = RecordType(
        table=table.name, description=description, categories=categories, purposes=purposes,
        legal_basis=legal_basis, retention=retention, subject_column=subject_column,
        subjects=subjects, erasure=erasure, time_column=time_column,
        anonymise_columns=anonymise_columns,
    )
    existing = _REGISTRY.get(table.name)
    if existing is not None and existing != record:
        raise InventoryError(f"{table.name}: registered twice with different declarations")
    _REGISTRY[table.name] = record
    return record


def register_files(
    name: str,
    *,
    description: str,
    categories: tuple[str, ...],
    purposes: tuple[str, ...],
    legal_basis: LegalBasis,
    retention: str,
    subject_field: str | None,
    subjects: tuple[str, ...] = (),
    erasure: Erasure,
    time_field: str | None,
) -> RecordType:
    """Declare records kept as files, one per record: `subject_field` and `time_field` name
    the fields of each file that say whom it is about and when it was written. Raises
    `InventoryError` like `register`; a name may not be a table's too."""
    if not categories or not purposes:
        raise InventoryError(f"{name}: categories and purposes must not be empty")
    if subject_field is not None and not subjects:
        raise InventoryError(f"{name}: records about someone must name their subjects")
    if erasure == "anonymise":
        raise InventoryError(f"{name}: files are deleted or kept, not anonymised")
    record = RecordType(
        table=name, description=description, categories=categories, purposes=purposes,
        legal_basis=legal_basis, retention=retention, subject_column=subject_field,
        subjects=subjects, erasure=erasure, time_column=time_field, store="files",
    )
    existing = _REGISTRY.get(name)
    if existing is not None and existing != record:
        raise InventoryError(f"{name}: registered twice with different declarations")
    _REGISTRY[name] = record
    return record


def get(table_name: str) -> RecordType:
    try:
        return _REGISTRY[table_name]
    except KeyError:
        raise InventoryError(f"table {table_name!r} is not in the privacy inventory") from None


def records() -> Iterator[RecordType]:
    """All declarations, by table name."""
    load_models()
    return iter(sorted(_REGISTRY.values(), key=lambda r: r.table))


def load_models() -> None:
    """Import every module that defines tables, so that their declarations run."""
    from charter.store import models  # noqa: F401  (imports register the tables)


def unregistered(table_names: list[str]) -> list[str]:
    return sorted(name for name in table_names if name not in _REGISTRY)
