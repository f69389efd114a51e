"""`Secret`: a credential that does not show itself by accident.

`repr()`, `str()` and formatting give `[redacted]`, so a secret held in an object, printed in
a traceback's locals, or put in a log message by mistake stays hidden. Only `reveal()` gives
the value, and the library calls it only to build the header or form that carries it.
"""

from __future__ import annotations

import hmac

from charter.privacy.redaction import REDACTED


class Secret:
    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    def __str__(self) -> str:
        return REDACTED

    def __format__(self, spec: str) -> str:
        return REDACTED

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(
            other._value.encode(), self._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str | tuple[object, ...]:
        # Pickling would write the value out; a secret is re-read from its source instead.
        raise TypeError("a Secret cannot be pickled")
