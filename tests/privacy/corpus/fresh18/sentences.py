"""All sentence pools, and the allocator that keeps each sentence in at most three documents."""

from __future__ import annotations

import random
import re

from . import sentences_de, sentences_en, sentences_es, sentences_fr
from .sentence_types import Pool

MAX_USES = 3

_BY_LANG: dict[str, tuple[Pool, dict[str, list[str]]]] = {
    "de": (sentences_de.SENTENCES, sentences_de.NEGATIVES),
    "fr": (sentences_fr.SENTENCES, sentences_fr.NEGATIVES),
    "es": (sentences_es.SENTENCES, sentences_es.NEGATIVES),
    "en": (sentences_en.SENTENCES, sentences_en.NEGATIVES),
}


def _norm(entry: str | tuple[str, tuple[str, ...]], kind: str) -> tuple[str, tuple[str, ...]]:
    if isinstance(entry, str):
        return entry, (kind,)
    text, extra = entry
    return text, tuple(sorted({kind, *extra}))


# (kind, lang) -> [(sentence, kinds it carries)]
POOLS: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {
    (kind, lang): [_norm(e, kind) for e in entries]
    for lang, (pool, _) in sorted(_BY_LANG.items())
    for kind, entries in sorted(pool.items())
}
# lang -> topic -> hard-negative sentences
NEGATIVES: dict[str, dict[str, list[str]]] = {
    lang: {topic: list(lst) for topic, lst in sorted(neg.items())}
    for lang, (_, neg) in sorted(_BY_LANG.items())
}
NEG_TOPICS = ("commerce", "legal", "public", "stats", "tech")

# Whom a sentence is about, where the wording shows it: used to keep a sentence about a woman
# away from a man's record and vice versa.  Chat register = starts in lower case.
_FEMALE = {
    "de": r"\b(Sie ist|Sie hat|Sie bezeichnet|Sie sitzt|Versicherte|Bewohnerin|Trägerin|Patientin|"
    r"Zeugin|Nichtraucherin|Ihr Vater|bisexuelle Frau|singt sie)\b",
    "fr": r"\b(Patiente|Elle|enceinte|Porteuse|Résidente|Déléguée|métisse|Mariée|lesbienne|"
    r"femme noire|"
    r"amérindienne|pansexuelle|Hétérosexuelle|patiente|catholique, souhaite)\b",
    "es": r"\b(Embarazo|ella es|Portadora|evangélica|Concejala|Delegada|afiliada|Afiliada|mestiza|"
    r"lesbiana|harta)\b",
    "en": r"\b(She|she|her|Her)\b",
}
_MALE = {
    "de": r"\b(Er|Klient|Kollege|Tamile|Vertrauensmann|Unterstützer|Kreisvorsitzender|Angehöriger|"
    r"Russlanddeutscher|Buddhist|Mieter|Muslim)\b",
    "fr": r"\b(Il|il est|suivi par|hospitalisé|Sympathisant|Adhérent|Militant|Syndiqué|syndiqué|"
    r"Converti|"
    r"Indécis|Conseiller|Condamné|Placé|Mis en examen|Interpellé|Convoqué|Issu|homosexuel|asexuel|"
    r"musulman pratiquant|Sous contrôle|Suivi par le SPIP|Représentant)\b",
    "es": r"\b(Es gay|Casado|Reconocido|portador|católico|Afiliado|Indeciso|interventor|afiliado|"
    r"Liberado|"
    r"Detenido|Condenado|Investigado|gitano|Se convirtió)\b",
    "en": r"\b(He|he|his|His|himself)\b",
}


def gender_of(text: str, lang: str) -> str | None:
    f = re.search(_FEMALE[lang], text) is not None
    m = re.search(_MALE[lang], text) is not None
    if f == m:
        return None
    return "f" if f else "m"


def is_chat(text: str) -> bool:
    return text[:1].islower()


# Fixed lines that families use verbatim (replies, footers); subject to the same reuse limit.
PHRASES: dict[str, list[str]] = {
    "coach_de": [
        "Danke, dass du das teilst. Wie war der Tag heute?",
        "Das klingt anstrengend. Was hat dir heute gutgetan?",
        "Magst du erzählen, wann es angefangen hat?",
        "Du bist damit nicht allein. Wollen wir eine Übung ausprobieren?",
        "Hast du heute schon etwas gegessen und getrunken?",
        "Ich höre dir zu. Was wäre jetzt ein kleiner nächster Schritt?",
    ],
    "agent_en": [
        "Sorry about that. Could you confirm your email address?",
        "Thanks, let me check that for you. Which email is on the account?",
        "I can look into it. Can you give me the email you registered with?",
        "Apologies for the trouble. What email did you use at checkout?",
    ],
    "inkasso_de": [
        "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.",
        "Wir bitten um Ausgleich der Forderung bis zum Monatsende.",
        "Bei Rückfragen erreichen Sie uns werktags über das Kundenportal.",
        "Eine Ratenzahlung kann schriftlich beantragt werden.",
    ],
    "casier_fr": [
        "Casier attribué au vestiaire du bâtiment B.",
        "Casier à libérer avant la fermeture estivale.",
        "Le casier se trouve au sous-sol, à côté de la salle de pause.",
        "Merci de ne rien laisser dans le casier le week-end.",
    ],
}


class PoolExhausted(RuntimeError):
    pass


class Usage:
    """Counts in how many documents each sentence has been used."""

    def __init__(self) -> None:
        self.count: dict[str, int] = {}

    def free(self, candidates: list[str], taken: set[str]) -> list[str]:
        return [s for s in candidates if self.count.get(s, 0) < MAX_USES and s not in taken]

    def pick(self, candidates: list[str], rng: random.Random, taken: set[str]) -> str:
        free = self.free(candidates, taken)
        if not free:
            raise PoolExhausted(candidates[0][:40] if candidates else "empty pool")
        low = min(self.count.get(s, 0) for s in free)
        best = [s for s in free if self.count.get(s, 0) == low]
        choice = rng.choice(best)
        self.count[choice] = self.count.get(choice, 0) + 1
        taken.add(choice)
        return choice
