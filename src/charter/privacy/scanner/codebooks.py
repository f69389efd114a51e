"""Coded survey data: a codebook (question id -> question text and answer legend) beside
the respondents' answers, given as codes (`"Q12": 4`).

A code alone says nothing; with its legend it says as much as the answer written out. So
each question a respondent answered is judged by its question text (classified like a key:
"Religion", "Ethnic group", "Are you a member of a trade union?"), unless the answer's label
is a refusal ("Prefer not to say"). A codebook without answers names no one.
"""

from __future__ import annotations

from typing import Any, Final

from charter.privacy.scanner import detectors as det
from charter.privacy.scanner.keyclass import classify
from charter.privacy.scanner.kinds import SPECIAL_CATEGORY
from charter.privacy.scanner.normalize import fold, words

Hit = tuple[str, str, float]

# Keys of a codebook, and of a question's text and its answer legend inside it.
CODEBOOK_KEYS: Final = frozenset({
    ("codebook",), ("code", "book"), ("variables",), ("questions",), ("data", "dictionary"),
    ("value", "labels"), ("kodebuch",), ("codierplan",), ("fragen",), ("livre", "de", "codes"),
    ("dictionnaire",), ("libro", "de", "codigos"), ("preguntas",),
})
CODEBOOK_LAST: Final = frozenset(tokens[-1] for tokens in CODEBOOK_KEYS)
_TEXT_KEYS: Final = ("label", "question", "text", "title", "wording", "frage", "pregunta",
                     "libelle", "etiqueta")
_LEGEND_KEYS: Final = ("values", "value_labels", "options", "answers", "codes", "levels",
                       "werte", "valeurs", "valores", "opciones", "categories")
# Words of a question about a vote, which a key would not name ("Party voted for").
_VOTE_WORDS: Final = frozenset({"voted", "vote", "party", "partei", "gewahlt", "wahlte",
                                "parti", "partido", "votado", "voto", "election", "wahl"})


def _question(entry: Any) -> tuple[str, dict[str, Any]] | None:
    if type(entry) is not dict:
        return None
    text = next((entry[key] for key in _TEXT_KEYS if type(entry.get(key)) is str), None)
    legend = next((entry[key] for key in _LEGEND_KEYS if type(entry.get(key)) is dict), None)
    if text is None or legend is None:
        return None
    return text, legend


def _kind(text: str) -> str | None:
    kind = classify(text).kind
    if kind in SPECIAL_CATEGORY:
        return kind
    if kind is None and not _VOTE_WORDS.isdisjoint(words(fold(text))):
        return "political_opinion"
    return None


def answered(codebook: dict[Any, Any], obj: dict[Any, Any]
             ) -> list[tuple[str, int, str, Hit]]:
    """(sibling key, row, question id, finding) for each special category that a
    respondent's coded answer reveals: the answers are the sibling list of records keyed by
    the codebook's ids."""
    kinds: dict[str, tuple[str, dict[str, Any]]] = {}
    for qid, entry in list(codebook.items())[:200]:
        question = _question(entry)
        if question is not None and type(qid) is str:
            kind = _kind(question[0])
            if kind is not None:
                kinds[qid] = (kind, question[1])
    if not kinds:
        return []
    found: list[tuple[str, int, str, Hit]] = []
    for key, rows in obj.items():
        if type(key) is not str or type(rows) is not list:
            continue
        seen: set[str] = set()
        for index, row in enumerate(rows[:200]):
            if type(row) is not dict:
                continue
            for qid, (kind, legend) in kinds.items():
                code = row.get(qid)
                if kind in seen or code is None or type(code) is bool:
                    continue
                label = legend.get(str(code))
                if type(label) is str and not det.is_empty(label):
                    seen.add(kind)
                    found.append((key, index, qid, (kind, "codebook:" + kind, 0.85)))
    return found
