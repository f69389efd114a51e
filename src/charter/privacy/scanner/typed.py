"""Typed-value encodings of JSON, read as the plain documents they encode.

Some stores and APIs wrap every value in a one-key object that names its type: DynamoDB's
`{"dob": {"S": "1984-03-02"}}`, Firestore's `{"dob": {"stringValue": "1984-03-02"}}`, a
CRM's `{"firstname": {"value": "Laura"}}`; Notion's page properties name their type and
hold the value under it (`{"type": "title", "title": [{"plain_text": "Matthias Vogel"}]}`).
Others send a table's rows apart from their column names, as BigQuery's `tabledata` does
(`schema.fields[].name` beside `rows[].f[].v`). Read as they are, the key that says what a
value is sits one level above the value, or in another part of the document.

`plain(document)` returns the document those encodings stand for, and, for every value and
container whose path changed, its path in the original document, so findings in the plain
document can be reported where the value really is.
"""

from __future__ import annotations

from typing import Any, Final

from charter.privacy.scanner.paths import index as at_index
from charter.privacy.scanner.paths import member

# One-key wrappers whose value is the wrapped key's value.
_SCALAR_TAGS: Final = frozenset({
    # DynamoDB attribute values
    "S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS",
    # Firestore REST values
    "stringValue", "integerValue", "doubleValue", "booleanValue", "timestampValue",
    "nullValue", "referenceValue", "bytesValue", "geoPointValue",
    # a value alone in an object: `{"firstname": {"value": "Laura"}}`, BigQuery's cell
    "value", "v",
})
# One-key wrappers of containers: `{"M": {...}}`, `{"L": [...]}`, and Firestore's
# `{"mapValue": {"fields": {...}}}` and `{"arrayValue": {"values": [...]}}`.
_MAP_TAGS: Final = frozenset({"M", "mapValue"})
_LIST_TAGS: Final = frozenset({"L", "arrayValue"})
# Where Firestore keeps a container's members.
_FIRESTORE_INNER: Final = {"mapValue": "fields", "arrayValue": "values"}
# What a wrapper found during the walk can be (a BigQuery row is `{"f": [...]}`).
TAGS: Final = _SCALAR_TAGS | _MAP_TAGS | _LIST_TAGS | {"f"}
# Notion's property values name their type and hold the value under it:
# `{"id": "title", "type": "title", "title": [{"plain_text": "Matthias Vogel"}]}`.
_NOTION_TEXT: Final = frozenset({"title", "rich_text"})
_NOTION_TYPES: Final = _NOTION_TEXT | frozenset({
    "select", "multi_select", "status", "date", "email", "phone_number", "number", "url",
    "checkbox", "people"})

_MAX_DEPTH: Final = 64


def is_wrapper(obj: dict[Any, Any]) -> bool:
    """Whether an object of three keys or fewer is one of the type wrappers above."""
    if len(obj) == 1:
        for key in obj:
            return key in TAGS
    return _notion_type(obj) is not None


def _notion_type(obj: dict[Any, Any]) -> str | None:
    """The type a Notion property names and holds its value under, if `obj` is one."""
    kind = obj.get("type")
    return kind if type(kind) is str and kind in _NOTION_TYPES and kind in obj else None


# A DynamoDB response's records (`{"Items": [...], "Count": 1}`, `{"Item": {...}}`): read as
# records, since `items` elsewhere are an order's products.
_DYNAMO_RECORDS: Final = {"Items": "records", "Item": "record"}
_DYNAMO_RESPONSE: Final = frozenset({"Count", "ScannedCount", "LastEvaluatedKey",
                                     "ConsumedCapacity"})


def plain(document: Any, root: str = "$") -> tuple[Any, dict[str, str]]:
    """The plain document, and the original path of every node whose path changed (paths
    start at `root`, the document's own path)."""
    moved: dict[str, str] = {}
    if type(document) is dict and (("Item" in document and len(document) <= 2) or (
            "Items" in document and not _DYNAMO_RESPONSE.isdisjoint(document))):
        out: dict[Any, Any] = {}
        for key, value in document.items():
            name = _DYNAMO_RECORDS.get(key, key) if type(key) is str else key
            out[name] = _plain(value, member(root, str(name)), member(root, str(key)), moved, 1)
        return out, moved
    return _plain(document, root, root, moved, 0), moved


def original_path(path: str, moved: dict[str, str]) -> str:
    """Where `path` of the plain document is in the original: the longest moved prefix
    replaced (a finding inside a string, `$.record.note.name` in XML, keeps its tail)."""
    cut = len(path)
    while cut > 1:
        head = path[:cut]
        was = moved.get(head)
        if was is not None:
            return was + path[cut:]
        # (a boundary inside a quoted key gives a head that is no node: cut again)
        cut = max(path.rfind(".", 0, cut), path.rfind("[", 0, cut))
    return path


def _plain(value: Any, here: str, was: str, moved: dict[str, str], depth: int) -> Any:
    if here != was:
        moved[here] = was
    if depth > _MAX_DEPTH:
        return value
    if type(value) is dict:
        if len(value) == 1:
            ((tag, inner),) = value.items()
            if tag in _SCALAR_TAGS:
                return _plain(inner, here, member(was, tag), moved, depth + 1)
            within = _FIRESTORE_INNER.get(tag)
            if within is not None and type(inner) is dict:  # `{"mapValue": {"fields": ...}}`
                return _plain(inner.get(within, {} if tag == "mapValue" else []), here,
                              member(member(was, tag), within), moved, depth + 1)
            if (tag in _MAP_TAGS and type(inner) is dict) or (
                    tag in _LIST_TAGS and type(inner) is list):
                return _plain(inner, here, member(was, tag), moved, depth + 1)
        kind = _notion_type(value) if len(value) <= 3 else None
        if kind is not None:
            return _notion(value[kind], kind, here, member(was, kind), moved)
        table = _table(value)
        if table is not None:
            names, rows = table
            return _rows(value, names, rows, here, was, moved, depth)
        return {key: _plain(item, member(here, str(key)), member(was, str(key)), moved,
                            depth + 1)
                for key, item in value.items()}
    if type(value) is list:
        return [_plain(item, at_index(here, position), at_index(was, position), moved,
                       depth + 1)
                for position, item in enumerate(value)]
    return value


def _notion(inner: Any, kind: str, here: str, was: str, moved: dict[str, str]) -> Any:
    """A Notion property's value: its text, its option's name, its date's start."""
    if kind in _NOTION_TEXT and type(inner) is list:
        moved[here] = was
        return "".join(str(part.get("plain_text", "")) for part in inner if type(part) is dict)
    if type(inner) is dict and kind in ("select", "status", "date"):
        field = "start" if kind == "date" else "name"
        moved[here] = member(was, field)
        return inner.get(field)
    moved[here] = was
    return inner


def _table(obj: dict[Any, Any]) -> tuple[list[str], list[Any]] | None:
    """A BigQuery-style table: `schema.fields[].name` and `rows[].f[]`."""
    schema, rows = obj.get("schema"), obj.get("rows")
    if type(schema) is not dict or type(rows) is not list:
        return None
    fields = schema.get("fields")
    if type(fields) is not list or not fields:
        return None
    names = [field.get("name") for field in fields if type(field) is dict]
    if len(names) != len(fields) or not all(type(name) is str for name in names):
        return None
    return [str(name) for name in names], rows


def _rows(obj: dict[Any, Any], names: list[str], rows: list[Any], here: str, was: str,
          moved: dict[str, str], depth: int) -> dict[Any, Any]:
    """The table with each row an object keyed by the column names."""
    out: dict[Any, Any] = {}
    for key, item in obj.items():
        if key != "rows":
            out[key] = _plain(item, member(here, str(key)), member(was, str(key)), moved,
                              depth + 1)
            continue
        plain_rows: list[Any] = []
        for position, row in enumerate(rows):
            row_here, row_was = at_index(member(here, "rows"), position), at_index(
                member(was, "rows"), position)
            cells = row.get("f") if type(row) is dict else None
            if type(cells) is not list or len(cells) != len(names):
                plain_rows.append(_plain(row, row_here, row_was, moved, depth + 1))
                continue
            if row_here != row_was:
                moved[row_here] = row_was
            plain_rows.append({
                name: _plain(cell, member(row_here, name),
                             at_index(member(row_was, "f"), column), moved, depth + 2)
                for column, (name, cell) in enumerate(zip(names, cells, strict=True))})
        out[key] = plain_rows
    return out
