"""Free-text heavy payloads: NGO case notes and staff survey answers."""

from __future__ import annotations

from typing import Any

from .ctx import LANGS, Ctx
from .texts import SPECIAL

OTHER_KINDS = tuple(k for k in SPECIAL if k != "health")
NO_ANSWER = (
    "Prefer not to say",
    "Keine Angabe",
    "Je préfère ne pas répondre",
    "Prefiero no decirlo",
)


def ngo_case_notes(c: Ctx) -> Any:
    """An NGO CRM case with caseworker shorthand, often switching language mid-case."""
    case: dict[str, Any] = {
        "caseId": c.ref("NGO"),
        "programme": c.pick(("Housing First", "Asesoría migrantes", "Hilfe für Familien")),
        "opened": c.day(200),
        "caseworker": c.pick(("Casework South", "Intake")),
    }
    notes = []
    for _ in range(c.rng.randint(1, 3)):
        lang = c.pick(LANGS)
        if c.clean:
            notes.append({"lang": lang, "text": c.trap(lang), "at": c.ts(60)})
        else:
            notes.append({"lang": lang, "text": c.text(c.pick(OTHER_KINDS), lang), "at": c.ts(60)})
    if not c.clean:
        f, last = c.person("client")
        case["client"] = {"displayName": f"{f} {last[0]}.", "preferredLanguage": c.lang}
        if c.chance(0.4):
            case["caseworker"] = c.name("caseworker", "initial")
        if c.chance(0.3):
            notes.append({"lang": "en", "text": f"spoke w/ {c.name('third_party')} re: rent"})
    case["notes"] = notes
    return {"data": {"type": "cases", "id": c.uuid(), "attributes": case}}


def staff_survey(c: Ctx) -> Any:
    """Engagement survey answers: ids only, free text and diversity questions."""
    answers: list[dict[str, Any]] = [
        {"q": "q1_overall", "value": c.rng.randint(1, 5)},
        {"q": "q7_diversity_religion", "value": c.pick(NO_ANSWER)},
        {"q": "q8_diversity_ethnicity", "value": c.pick(NO_ANSWER)},
    ]
    if c.clean:
        answers.append({"q": "q12_comments", "value": c.trap()})
    else:
        kind = c.pick((*OTHER_KINDS, "health"))
        answers.append({"q": "q12_comments", "value": c.text(kind)})
        if c.chance(0.3):
            answers[1]["value"] = c.pick(("Muslim", "None / atheist", "Hindu", "Evangelisch"))
            c.add("religious_belief", "survey_answer")
    return {
        "responseId": "R_" + c.rand("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz", 15),
        "surveyId": "SV_" + c.hex(10),
        "finished": True,
        "recordedDate": c.ts(30),
        "answers": answers,
        "embedded": {"department": c.pick(("Payroll", "Field Ops")), "tenure_band": "2-5y"},
        "IPAddress": None if c.clean or c.chance(0.5) else c.ip(detail="survey_response"),
    }
