"""Folding keys and text to one spelling: lower case, ASCII, no accents, `ß` as `ss`.

Keys are then cut into word tokens (`dateOfBirth`, `date-of-birth`, `DATE_OF_BIRTH` all give
`date of birth`), so one vocabulary entry covers every naming convention. Folding text lets
`diagnostiqué` and `diagnostique`, `Straße` and `strasse` meet the same entry.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

_CAMEL: Final = re.compile(r"([a-z0-9])([A-Z])|([A-Z])([A-Z][a-z])")
_NON_ALNUM: Final = re.compile(r"[^a-z0-9]+")
# Punctuation to spaces, so `str.split` yields words (apostrophes and hyphens included:
# "d'une", "non-smoker" give two words each).
_PUNCT_TO_SPACE: Final = str.maketrans({
    char: " " for char in "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~-\u2019\u00ab\u00bb\u201c\u201d\n\t\r"
})


# Letters NFKD does not decompose, and their ASCII spellings. (Replaced one by one: no
# replacement makes another letter of the list, and `str.translate` with a table that maps
# characters to strings costs about 70 ns per character of non-ASCII text.)
_LIGATURES: Final = (("\u00df", "ss"), ("\u0153", "oe"), ("\u00e6", "ae"), ("\u00f8", "o"))


def fold(text: str) -> str:
    """`text` in lower case without accents (`ß` -> `ss`); ASCII text costs one `lower`."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    # letters NFKD does not decompose: `ß` -> "ss", the ligatures `œ` and `æ` ("cœliaque",
    # "sœur", "Cæsar") -> "oe", "ae", and `ø` -> "o"
    for letter, spelling in _LIGATURES:
        if letter in lowered:
            lowered = lowered.replace(letter, spelling)
    # Decompose, then drop what is not ASCII: the accents, and (a known limit) letters of
    # scripts the vocabulary does not cover anyway.
    return unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode("ascii")


# Salesforce's suffixes of custom fields, relationships and person-account fields.
_CUSTOM_SUFFIXES: Final = ("__c", "__r", "__pc", "__s")


def key_tokens(key: str) -> tuple[str, ...]:
    """The word tokens of a key: `patientDOB` -> ("patient", "dob"); a Salesforce custom
    field's suffix is not a word (`Client_Name__c` -> ("client", "name"))."""
    if key.endswith(_CUSTOM_SUFFIXES):
        key = key[:key.rindex("__")]
    spaced = _CAMEL.sub(_camel_split, key)
    return tuple(token for token in _NON_ALNUM.split(fold(spaced)) if token)


def _camel_split(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)}_{match.group(2)}"
    return f"{match.group(3)}_{match.group(4)}"


def words(folded: str) -> list[str]:
    """The words of already folded text."""
    return folded.translate(_PUNCT_TO_SPACE).split()
