"""Free-text terms for records that are not sentences: leave reasons, appointment
reasons, journal entries and payroll lines (two or three words, often a whole value).

Merged into the vocabulary of `terms` (same format: folded phrases and confidences).
"""

from __future__ import annotations

from typing import Final

# Appointments in calendars and booking systems: a specialty and the kind of visit.
_SPECIALTIES: Final = (
    "oncology", "cardiology", "neurology", "psychiatry", "psychiatric", "dermatology",
    "gastroenterology", "endocrinology", "rheumatology", "urology", "gynecology",
    "gynaecology", "obstetric", "nephrology", "pulmonology", "hematology", "haematology",
    "orthopedic", "orthopaedic", "physiotherapy", "psychotherapy", "fertility", "dialysis",
    "chemo", "chemotherapy", "radiotherapy", "ivf", "diabetes", "mental health", "prenatal",
    "antenatal", "hiv", "rehab",
)
_VISITS: Final = ("appointment", "consultation", "follow up", "followup", "visit", "check up",
                  "checkup", "referral", "session", "review", "clinic")
_FOREIGN: Final = (
    "kardiologie", "onkologie", "neurologie", "psychiatrie", "dermatologie", "urologie",
    "gynakologie", "rheumatologie", "physiotherapie", "psychotherapie", "cardiologie",
    "oncologie", "gynecologie", "kinesitherapie", "cardiologia", "oncologia", "neurologia",
    "psiquiatria", "dermatologia", "urologia", "ginecologia", "fisioterapia", "psicoterapia",
)
_FOREIGN_VISITS: Final = ("termin", "rendez vous", "consultation", "cita", "consulta",
                          "visite", "sprechstunde")

CONTEXT_TERMS: Final[dict[str, tuple[tuple[str, float], ...]]] = {
    "health": (
        ("low mood", 0.8), ("felt anxious", 0.8), ("feeling anxious", 0.8),
        ("felt depressed", 0.85), ("feeling depressed", 0.85), ("panic attack", 0.85),
        ("panic attacks", 0.85), ("depressive episode", 0.9), ("suicidal thoughts", 0.9),
        ("prenatal", 0.85), ("antenatal", 0.85), ("pranatal", 0.85), ("prenatale", 0.85),
        ("schwangerschaftsvorsorge", 0.9), ("mutterpass", 0.85), ("mutterschutz", 0.8),
        ("maternity leave", 0.8), ("conge maternite", 0.8), ("conge de maternite", 0.8),
        ("baja por maternidad", 0.8), ("control prenatal", 0.9), ("suivi de grossesse", 0.9),
        ("gestational diabetes", 0.9), ("disabled person", 0.75), ("disabled people", 0.7),
        ("physically disabled", 0.8), ("registered disabled", 0.8), ("disabled veteran", 0.8),
        ("severely disabled", 0.8), ("disabled since", 0.7), ("niedergeschlagen", 0.7),
        ("angstzustande", 0.85),
        ("crise d angoisse", 0.85), ("ataque de panico", 0.85), ("ataques de panico", 0.85),
        *((f"{specialty} {visit}", 0.85) for specialty in _SPECIALTIES for visit in _VISITS),
        *((f"{visit} ~ {specialty}", 0.85) for specialty in _FOREIGN
          for visit in _FOREIGN_VISITS),
        *((f"{specialty} {visit}", 0.85) for specialty in _FOREIGN
          for visit in _FOREIGN_VISITS),
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
