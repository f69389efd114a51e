"""Votes and gifts said plainly (a blank vote, a canvassed voter's lean, a party's list, a GA4
donation to a party's campaign), a family's origin, a race written as a field in prose, a
face matcher's probe, recovery meetings, blood tests, procedures and feasts people take time
off for, a calendar entry's title and a caller's birth date given in the turn after the
question, with the look-alikes that are about no one."""

from __future__ import annotations

from tests.privacy.scanner.cases import case_tests

FOUND = [
    # voting: a blank vote, a party by its French short name, a canvassed voter's lean
    ("voterai-blanc", {"body": "Au second tour, je voterai blanc."}, "political_opinion"),
    ("voterai-ps", {"body": "Je ne voterai plus jamais pour le PS."}, "political_opinion"),
    ("strong-labour", {"answer": "Strong Labour, put me down for the phone bank too."},
     "political_opinion"),
    ("lista-compromis", {"asr_text": "Voy en la lista de Compromís como suplente."},
     "political_opinion"),
    ("freien-waehlern", {"text": "ich bin bei den freien wählern im ortsverband aktiv"},
     "political_opinion"),
    # GA4's events name themselves by `name`: a gift to a party's campaign
    ("ga4-donate-party", {"events": [{"name": "donate", "params": {
        "value": 10, "currency": "EUR", "campaign_name": "CDU 2025"}}]}, "political_opinion"),
    # a family's origin, a race written as a field, an ethnic belonging declared
    ("grandparents-armenian", {"comment": "My grandparents were Armenian and I identify "
                                          "strongly with that heritage."},
     "racial_ethnic_origin"),
    ("grosseltern-armenier", {"t": "Meine Großeltern waren Armenier."}, "racial_ethnic_origin"),
    ("grands-parents", {"t": "Mes grands-parents étaient arméniens."}, "racial_ethnic_origin"),
    ("abuelos-gallegos", {"t": "Mis abuelos eran gallegos."}, "racial_ethnic_origin"),
    ("race-field-prose", {"q": "Race: Asian. Just fixing the field the onboarding skipped."},
     "racial_ethnic_origin"),
    ("race-logfmt", "user=u_81 race=Black gender=F", "racial_ethnic_origin"),
    ("appartenance-ethnique", {"origines": "Appartenance ethnique déclarée : peule."},
     "racial_ethnic_origin"),
    ("ethnische-zugehoerigkeit", {"auskunft": "Gibt als ethnische Zugehörigkeit arabisch an."},
     "racial_ethnic_origin"),
    ("se-reconnait-comme", {"notes": "Se reconnaît comme amérindienne kali'na."},
     "racial_ethnic_origin"),
    # a face matcher's error: the probe's embedding beside the threshold it missed
    ("probe-embedding", {"exception": {"type": "FaceMatchError"}, "extra": {
        "match_score": 0.1028, "threshold": 0.72,
        "probe_embedding": [0.0635, -0.2328, 0.194, -0.0958, 0.0088, 0.2156, 0.0837, 0.1771,
                            0.2094, -0.0938, 0.1945, -0.0072, -0.2053, -0.1887, 0.1572,
                            -0.2455]}}, "biometric"),
    # recovery meetings: a fellowship by its initials or its name
    ("meeting-na", {"event": "meeting_attended", "program": "NA", "at": "2025-04-22"},
     "health"),
    ("meeting-smart", {"event": "meeting_attended", "program": "SMART Recovery"}, "health"),
    # what someone shared at a meeting is prose, not a population's share
    ("share-prose", {"event": "meeting_attended", "share": "Análisis de hoy: colesterol LDL "
                                                           "190 y vitamina D baja."}, "health"),
    ("prise-de-sang", {"text": "Prise de sang : glycémie à jeun 1,32 g/L et ferritine basse."},
     "health"),
    # a return to work after an illness
    ("visite-de-reprise", {"t": "Visite médicale de reprise prévue lundi après son arrêt."},
     "health"),
    ("mi-temps-therapeutique", {"t": "Salarié placé en mi-temps thérapeutique."}, "health"),
    # procedures and feasts someone takes time off for
    ("colonoscopy", {"text": "I'm off Friday for my colonoscopy"}, "health"),
    ("darmspiegelung", {"grund": "Termin zur Darmspiegelung am Montag"}, "health"),
    ("hysterectomie", {"motif": "Arrêt suite à une hystérectomie"}, "health"),
    ("eid-leave", {"leave_request": {"reason": "Requesting 2 days off for Eid al-Fitr"}},
     "religious_belief"),
    ("rosh-hashanah", {"comment": "Off for Rosh Hashanah, back Thursday"}, "religious_belief"),
    ("kippour", {"absence": {"motif": "Congé pour le Kippour", "salarie": "S-22"}},
     "religious_belief"),
    # a call's turns: the caller's answer to a question for their date of birth
    ("transcript-dob", {"transcript": [
        {"speaker": "agent", "text": "Can I get your date of birth please?"},
        {"speaker": "caller", "text": "Sure, it's the 14th of March 1986."}]}, "date_of_birth"),
    ("turns-geburtsdatum", {"turns": [{"role": "agent", "content": "Geburtsdatum bitte?"},
                                      {"role": "caller", "content": "Der 3.4.1979"}]},
     "date_of_birth"),
    # a calendar entry's title is what the person does then
    ("calendar-chemo", {"calendar_event": {"title": "Chemo - block afternoon",
                                           "organizer": "j.smith"}}, "health"),
    ("appointment-title", {"appointment": {"title": "Oncology follow-up",
                                           "start": "2026-01-02T10:00:00Z"}}, "health"),
]

NOT_FOUND = [
    # a party's standing in the news, a postscript, a product poll
    ("strong-lead", {"headline": "Strong Labour lead in new poll"}, "political_opinion"),
    ("soft-vote-news", {"news": [{"title": "Soft Tory vote collapses in marginal seats"}]},
     "political_opinion"),
    ("ps-postscript", {"faq": "PS: member discounts apply to all orders."},
     "political_opinion"),
    ("voterai-sondage", {"chat": {"text": "Je voterai pour la meilleure option au sondage."}},
     "political_opinion"),
    # a fundraiser's appeal in GA4 is no party's campaign; a sale named after a holiday
    ("ga4-donate-appeal", {"events": [{"name": "donate", "params": {
        "campaign_name": "Food Bank Drive", "value": 5}}]}, "political_opinion"),
    ("labour-day-campaign", {"campaign": {"name": "Labour Day Sale", "discount": 15}},
     "political_opinion"),
    ("eid-sale", {"promo": {"title": "Eid al-Fitr Sale - 20% off"}}, "religious_belief"),
    # forebears' trades, a race that is a contest, a vector search's query
    ("grandparents-farmers", {"t": "My grandparents were farmers."}, "racial_ethnic_origin"),
    ("race-contest", {"c": "Race: 5k fun run, results: white team won"},
     "racial_ethnic_origin"),
    ("probe-vector-search", {"search": {"probe_vector": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7,
                                                         0.8, 0.9, 0.1, 0.2, 0.3, 0.4, 0.5,
                                                         0.6, 0.7], "index": "products"}},
     "biometric"),
    # a business meeting's "not applicable", a share that is a figure
    ("meeting-scheduled-na", {"event": "meeting_scheduled", "program": "NA", "team": "sales"},
     "health"),
    ("share-figure", {"diagnosis": "diabetes", "share": 0.12}, "health"),
    # a turn's timestamp after a question about a birthday party; a year someone joined
    ("birthday-party-ts", {"messages": [
        {"ts": "2024-01-01T10:00:00Z", "text": "when is your birthday party?"},
        {"ts": "2024-01-02T10:00:00Z", "text": "Saturday 12/07/2024 at six"}]}, "date_of_birth"),
    ("year-joined", {"messages": [{"from": "bot", "text": "What year did you join?"},
                                  {"from": "user", "text": "2019"}]}, "date_of_birth"),
    # a clinic's price list, a calendar's sprint planning
    ("procedure-catalog", {"service_catalog": [{"procedure": "Colonoscopy", "price": 1200},
                                               {"procedure": "Mammogram", "price": 250}]},
     "health"),
    ("calendar-sprint", {"calendar": {"title": "Sprint planning", "location": "Room 4"}},
     "health"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
