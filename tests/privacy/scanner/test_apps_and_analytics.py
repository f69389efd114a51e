"""What leaves apps and flows through analytics, error tracking and ad tech: scrubbed values,
tracking plans and event schemas that name categories, form fields in breadcrumbs, counts of
users, a URL's query read as its parameters, recovery streaks, a court's supervision and
fasting said of oneself."""

from __future__ import annotations

from tests.privacy.scanner.cases import case_tests

FOUND = [
    # a password typed into a form, as an error tracker's breadcrumb records it
    ("breadcrumb-password", {"breadcrumbs": [{"category": "ui.input",
                                              "message": "input[name=password] "
                                                         "value=Huntersommer92$"}]},
     "credential"),
    # a URL's query: a search typed into an app, a name in a contact form's redirect
    ("url-search", {"properties": {"$current_url": "https://care.example.com/search?q=Keine+"
                                                   "Vorerkrankungen%2C+aber+seit+dem+Unfall+"
                                                   "habe+ich+Panikattacken.&page=1"}},
     "health"),
    ("url-name-plus", {"page": "/contact/sent?name=Niklas+Brandt&message=callback"},
     "person_name"),
    ("url-one-param", {"page": "/contact/sent?name=Niklas+Brandt"}, "person_name"),
    # a recovery app's streak, a court's supervision, fasting for Ramadan
    ("recovering-from", {"event_properties": {"days_clean": 319, "recovering_from": "opioids"}},
     "health"),
    ("supervision-parole", {"client": {"name": "Emily Walsh"}, "supervision": "parole"},
     "criminal_record"),
    ("supervision-vigilada", {"supervision": "libertad vigilada", "app": "Clearpath"},
     "criminal_record"),
    ("ayuno-ramadan", {"asr_text": "Ayuno en Ramadán, los avisos de beber agua a mediodía "
                                   "sobran."}, "religious_belief"),
    # ad tech: an audience's and a bid request's segments, named as a taxonomy's path
    ("audience-segment", {"audience": {"name": "Politics > Party Affinity > Registered "
                                               "Republicans"}, "operation": "add",
                          "members": [{"maid": "925BAC5C-0C6B-4273-9C2E-B5BCBF91873E"}]},
     "political_opinion"),
    ("openrtb-segment", {"user": {"data": [{"segment": [
        {"id": "abb721", "name": "Employment > Union Members > Teachers' Union"}]}]}},
     "trade_union"),
    # a sexual health app's log
    ("partners-last-30-days", {"props": {"partners_last_30_days": 2}}, "sex_life_orientation"),
    # what people type into apps, in four languages
    ("quechua", {"t": "Mi madre es quechua y quiero que conste en mi perfil."},
     "racial_ethnic_origin"),
    ("uigure", {"t": "Er ist Uigure und möchte nicht, dass das sichtbar ist."},
     "racial_ethnic_origin"),
    ("di-de-baja", {"t": "Me di de baja de Ciudadanos el año pasado."}, "political_opinion"),
    ("rosario", {"t": "Terminé el rosario esta mañana y la racha no se actualizó."},
     "religious_belief"),
    ("pas-porteuse", {"t": "Je ne suis pas porteuse du variant GJB2 35delG, le test est "
                           "négatif."}, "genetic"),
    ("hetero", {"t": "Ich bin hetero, trotzdem schlägt mir die App Männer vor."},
     "sex_life_orientation"),
    ("offene-beziehung", {"t": "Wir führen seit drei Jahren eine offene Beziehung."},
     "sex_life_orientation"),
    ("strafbefehl", {"t": "Er hat einen Strafbefehl wegen Schwarzfahrens bekommen."},
     "criminal_record"),
    ("investigation-against-me", {"t": "There's a pending investigation against me for fraud."},
     "criminal_record"),
    ("raices-indigenas", {"t": "Tengo raíces indígenas aimaras."}, "racial_ethnic_origin"),
    ("been-sober", {"t": "Been sober 90 days from alcohol and the streak counter reset."},
     "health"),
    # a WhatsApp contact's id is their number; an access log's request line has a query
    ("wa-id", {"contacts": [{"profile": {"name": "Inès Martin"}, "wa_id": "33409924669"}]},
     "phone"),
    ("access-log-query", "185.254.193.142 - - [26/Jan/2024:06:15:23 +0000] \"GET "
                         "/invite/accept?phone=07810+879933&ref=9dffd6d1 HTTP/1.1\" 404 48559",
     "phone"),
    # a push notification's title is its message
    ("apns-title", {"aps": {"alert": {"title": "Zeit für Emtricitabin/Tenofovir (PrEP)",
                                      "body": "Tippe, um die Einnahme zu bestätigen."}}},
     "health"),
]

NOT_FOUND = [
    # values an error tracker or a logger scrubbed
    ("sentry-filtered", {"request": {"data": {"password": "[Filtered]"}}}, "credential"),
    # an event schema and a tracking plan name categories; they hold no one's
    ("schema-max-length", {"properties": {"religion": {"type": ["string", "null"],
                                                       "maxLength": 64}}},
     "religious_belief"),
    ("tracking-plan-pii", {"events": [{"name": "Donated", "properties": {"union_member": {
        "type": "boolean", "required": True, "pii": True}}}]}, "trade_union"),
    # people counted, in English and German
    ("users-counted", {"annotation": "1,204 users logged a migraine this week, up 8% on last "
                                     "week."}, "health"),
    ("nutzerinnen-counted", {"note": "Diese Woche haben 1.204 Nutzerinnen eine Migräne "
                                     "eingetragen."}, "health"),
    # a URL's paging parameters, a team's and a pool's supervision
    ("url-paging", {"url": "https://api.example.com/v1/items?page=2&sort=asc"}, "person_name"),
    ("supervision-team", {"team": {"supervision": "weekly 1:1"}}, "criminal_record"),
    ("supervision-pool", {"pool": {"supervision": "lifeguard on duty"}}, "criminal_record"),
    # a book shop's category path, a bar's name beside a low temperature
    ("book-category-path", {"list": {"name": "Books > Religion & Spirituality"}},
     "religious_belief"),
    ("baja-temperatura", {"t": "Baja temperatura en Vox Populi bar"}, "political_opinion"),
    # a book's title is still a heading
    ("book-title", {"book": {"title": "Living with diabetes", "author": "Jane Roe"}}, "health"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
