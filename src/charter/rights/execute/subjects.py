"""Where a subject is in the store: every inventory table whose subject column holds them.

A table's `subject_column` holds either pseudonymous subject keys (`subject_key`, and any
column ending in `_key`) or the raw id of one kind of identifier (`client_id` holds `client`
identifiers, `account_id` holds `account` ones). A request's keys and identifiers are matched
against each table accordingly, so a table added to the inventory is found without a change
here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Table

from charter.privacy import inventory
from charter.privacy.inventory import RecordType


@dataclass(frozen=True)
class Subject:
    """The person a request is about, as the store knows them."""

    keys: tuple[str, ...]
    identifiers: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, keys: Sequence[str], identifiers: Sequence[tuple[str, str]]) -> Subject:
        return cls(tuple(dict.fromkeys(keys)),
                   tuple(dict.fromkeys((str(k), str(v)) for k, v in identifiers)))

    def values_for(self, column: str) -> tuple[str, ...]:
        """The values that identify this subject in a subject column called `column`."""
        if column == "subject_key" or column.endswith("_key"):
            return self.keys
        return tuple(value for kind, value in self.identifiers
                     if column in (f"{kind}_id", kind))

    def ids(self, kind: str) -> tuple[str, ...]:
        return tuple(value for k, value in self.identifiers if k == kind)

    @property
    def empty(self) -> bool:
        return not self.keys and not self.identifiers


@dataclass(frozen=True)
class SubjectTable:
    """One table that may hold rows about the subject, and the values to look for."""

    record: RecordType
    table: Table
    column: str
    values: tuple[str, ...]


def subject_tables(subject: Subject) -> Iterator[SubjectTable]:
    """Every registered table with a subject column, children before parents (so rows can
    be deleted in this order without breaking foreign keys), with the subject's values."""
    from charter.store.models import metadata

    records = {record.table: record for record in inventory.records()}
    for table in reversed(metadata.sorted_tables):
        record = records.get(table.name)
        if record is None or record.subject_column is None:
            continue
        yield SubjectTable(record, table, record.subject_column,
                           subject.values_for(record.subject_column))
