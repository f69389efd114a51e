"""Which fields a schema declares to carry personal data, and findings outside them.

A property schema declares it with the extension keyword `x-personal-data`: a list of the
privacy scanner's kinds (`["email", "person_name"]`), or `true` for any kind. A declaration
covers the field and everything inside it. Personal data the scanner finds anywhere else is a
minimisation warning (clause CLIENT-2): the client sent personal data where the API did not
ask for any.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, Final, Protocol

from charter.privacy.scanner.kinds import KINDS
from charter.validation.navigate import SchemaDocument, SchemaSet
from charter.validation.paths import Segment, parse, wildcard

KEYWORD: Final = "x-personal-data"
ANY_KIND: Final = "*"


class FindingLike(Protocol):
    @property
    def path(self) -> str: ...

    @property
    def kind(self) -> str: ...


def check_declarations(node: Any) -> None:
    """Raise ValueError for an `x-personal-data` that is neither `true` nor a non-empty list of
    known kinds, anywhere in `node`."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, list):
            stack.extend(current)
            continue
        if not isinstance(current, dict):
            continue
        mark = current.get(KEYWORD)
        if mark is not None and not isinstance(mark, dict):
            if mark is not True and not (isinstance(mark, list) and mark
                                         and all(isinstance(k, str) for k in mark)):
                raise ValueError(f"{KEYWORD} must be true or a non-empty list of kinds")
            unknown = sorted(set(mark) - set(KINDS)) if isinstance(mark, list) else []
            if unknown:
                raise ValueError(f"{KEYWORD} names unknown kinds {unknown} (known: "
                                 f"{', '.join(KINDS)})")
        stack.extend(current.values())


def declared_kinds(document: SchemaDocument, schema: Any,
                   segments: list[Segment]) -> frozenset[str]:
    """The kinds the schema allows at the field `segments` leads to (`ANY_KIND` among them
    when any kind is)."""
    allowed: set[str] = set()
    schemas = document.start(schema)
    _collect(schemas, allowed)
    for segment in segments:
        if not schemas:
            break
        if isinstance(segment, int):
            schemas = document.item(schemas, segment)
        else:
            schemas = document.member(schemas, segment).schemas
        _collect(schemas, allowed)
    return frozenset(allowed)


def _collect(schemas: SchemaSet, allowed: set[str]) -> None:
    for schema in schemas:
        mark = schema.get(KEYWORD)
        if mark is True:
            allowed.add(ANY_KIND)
        elif isinstance(mark, list):
            allowed.update(mark)


def undeclared_personal_data(document: SchemaDocument, schema: Any,
                             findings: Iterable[FindingLike]) -> Counter[tuple[str, str]]:
    """How many findings fall outside the fields declared for their kind, by (field path with
    array indices as `[*]`, kind). Findings that are not about the JSON body are skipped."""
    warnings: Counter[tuple[str, str]] = Counter()
    for finding in findings:
        segments = parse(finding.path)
        if segments is None:
            continue
        allowed = declared_kinds(document, schema, segments)
        if ANY_KIND in allowed or finding.kind in allowed:
            continue
        warnings[(wildcard(segments), finding.kind)] += 1
    return warnings
