"""Free-text terms for records that are not sentences: leave reasons, appointment
reasons, journal entries and payroll lines (two or three words, often a whole value).

Merged into the vocabulary of `terms` (same format: folded phrases and confidences).
"""

from __future__ import annotations

from typing import Final

CONTEXT_TERMS: Final[dict[str, tuple[tuple[str, float], ...]]] = {
    "health": (
        ("low mood", 0.8), ("felt anxious", 0.8), ("feeling anxious", 0.8),
        ("felt depressed", 0.85), ("feeling depressed", 0.85), ("panic attack", 0.85),
        ("panic attacks", 0.85), ("depressive episode", 0.9), ("suicidal thoughts", 0.9),
        ("prenatal", 0.85), ("antenatal", 0.85), ("pranatal", 0.85), ("prenatale", 0.85),
        ("schwangerschaftsvorsorge", 0.9), ("mutterpass", 0.85), ("mutterschutz", 0.8),
        ("maternity leave", 0.8), ("conge maternite", 0.8), ("conge de maternite", 0.8),
        ("baja por maternidad", 0.8), ("control prenatal", 0.9), ("suivi de grossesse", 0.9),
        ("gestational diabetes", 0.9), ("niedergeschlagen", 0.7), ("angstzustande", 0.85),
        ("crise d angoisse", 0.85), ("ataque de panico", 0.85), ("ataques de panico", 0.85),
    ),
    "trade_union": (
        ("union duties", 0.85), ("union duty", 0.85), ("union activities", 0.85),
        ("union activity", 0.85), ("union business", 0.8), ("union meeting", 0.8),
        ("union representative", 0.85), ("union training", 0.8), ("union leave", 0.85),
        ("union subs", 0.85), ("strike ballot", 0.85), ("strike vote", 0.8),
        ("industrial action ballot", 0.85), ("urabstimmung", 0.85),
        ("gewerkschaftsarbeit", 0.85), ("gewerkschaftliche tatigkeit", 0.85),
        ("betriebsratstatigkeit", 0.7), ("activite syndicale", 0.9),
        ("activites syndicales", 0.9), ("delegation syndicale", 0.85),
        ("heures de delegation", 0.8), ("actividad sindical", 0.9),
        ("actividades sindicales", 0.9), ("horas sindicales", 0.9), ("permiso sindical", 0.9),
        ("liberacion sindical", 0.85),
    ),
}
