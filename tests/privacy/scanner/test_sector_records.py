"""Records of schools, insurers, law firms, newsrooms, charities, telecoms and trust-and-safety
teams, in the shapes their tools send: CRM custom fields, Notion pages, Slack messages,
scanned documents, call transcripts, OData and Elasticsearch answers."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.cases import case_tests
from tests.privacy.scanner.conftest import kinds

_NOTION_PAGE: dict[str, Any] = {
    "object": "page",
    "properties": {
        "Student": {"id": "title", "type": "title", "title": [{"plain_text": "Matthias Vogel"}]},
        "Geburtsdatum": {"type": "date", "date": {"start": "2011-03-04"}},
        "Status": {"type": "select", "select": {"name": "Draft"}},
    },
}

FOUND = [
    # CRM custom fields: Salesforce's `__c` suffix, a label beside its value
    ("salesforce-custom-field", {"records": [{"attributes": {"type": "Matter__c"},
                                              "Client_Name__c": "Sofía Gil"}]}, "person_name"),
    ("label-field-value-religion", {"customFields": [{"label": "religión",
                                                      "fieldValue": "judía"}]},
     "religious_belief"),
    ("label-field-value-name", {"customFields": [{"label": "displayName",
                                                  "fieldValue": "Elena Iglesias"}]},
     "person_name"),
    # a Notion page's properties
    ("notion-title", _NOTION_PAGE, "person_name"),
    ("notion-date", _NOTION_PAGE, "date_of_birth"),
    # a DynamoDB response's records are records, not an order's items
    ("dynamo-items-name", {"Items": [{"name": {"S": "Anja Petersen"},
                                      "steuerId": {"S": "72 306 495 851"}}], "Count": 1},
     "person_name"),
    # names in scanned documents, headings, bylines and legal parties
    ("mrz-passport", "Surname TORRES\nP<ESPTORRES<<ALEJANDRO<<<<<<<<<<<<<<<<<<<<<<<",
     "person_name"),
    ("mrz-id-card", {"mrz": ["IDFRAX4RTBPFW46<<<<<<<<<<<<<<<",
                             "MARTIN<<CLAIRE<ANNE<<<<<<<<<<<"]}, "person_name"),
    ("heading-dash-name", {"blocks": [{"text": {"text": "*Fall-Update* - Ayşe Kowalski"}}]},
     "person_name"),
    ("letter-first-line", "Rocío Ramos\nCalle de Alcalá 42, 28009 Madrid\n\nEstimado colega:",
     "person_name"),
    ("byline", {"post": {"byline": "Aurélie Nguyen", "slug": "council-budget"}},
     "person_name"),
    ("legal-party-entity", {"parties": [{"role": "client", "entity": "Chloé Moreau"}]},
     "person_name"),
    ("name-with-particles", {"profile": {"full_name": "María de la Cruz",
                                         "email": "mcruz@example.es"}}, "person_name"),
    ("mobilephone", {"properties": {"mobilephone": {"value": "962 997 939"}}}, "phone"),
    # a form body whose value kept a space
    ("form-body-space", {"body": "first_name=Amelia&last_name=Bennett&postcode=CF14 3NB"},
     "person_name"),
    # an address and its port
    ("ip-with-port", {"log": "connect from 10.1.2.3:443 ok"}, "ip_address"),
    ("ip-in-url", {"upstream": "http://10.1.2.3:8080/path"}, "ip_address"),
    # a birth date asked for, and answered on the next line of a transcript
    ("dob-asked-answered", {"transcript": "AGENTE: ¿Me dice su nombre y fecha de nacimiento?"
                                          "\nCLIENTE: Sofía Castillo, 13/07/2005"},
     "date_of_birth"),
    # parties under their own languages' keys, donations to them, votes
    ("partido-key", {"candidate": {"name": "Ainhoa Sánchez", "partido": "ERC"}},
     "political_opinion"),
    ("adhesion-parti", {"candidate": {"adhesion_parti": "LFI"}}, "political_opinion"),
    ("zuwendung-freie-waehler", {"p": "Spendenquittung: Zuwendung an die Freien Wähler."},
     "political_opinion"),
    ("voter-communiste", {"p": "il m'a dit qu'il allait voter communiste au premier tour"},
     "political_opinion"),
    # peoples, faiths and orientations in case notes
    ("communaute-tamoule", {"note": "Le candidat indique appartenir à la communauté "
                                    "tamoule."}, "racial_ethnic_origin"),
    ("gens-du-voyage", {"note": "Famille issue de la communauté des gens du voyage."},
     "racial_ethnic_origin"),
    ("schwarzer-deutscher", {"note": "Bewerber beschreibt sich als Schwarzer Deutscher."},
     "racial_ethnic_origin"),
    ("self-reported-ancestry", {"rows": [{"sample": "x", "self_reported_ancestry":
                                          "East Asian"}]}, "racial_ethnic_origin"),
    ("tithes", {"note": "Tithes 10% of income to Hillside Community Church."},
     "religious_belief"),
    ("betet-5-mal", {"note": "sie betet 5 mal am tag und braucht dafür nen ruhigen raum"},
     "religious_belief"),
    ("latter-day-saints", {"note": "Es miembro de La Iglesia de Jesucristo de los Santos de "
                                   "los Últimos Días."}, "religious_belief"),
    ("church-tax-deduction", {"deductions": [{"type": "church_tax", "amount": 41.2}]},
     "religious_belief"),
    ("lebenspartnerschaft", {"note": "Sie lebt in einer eingetragenen Lebenspartnerschaft "
                                     "mit einer Frau."}, "sex_life_orientation"),
    ("his-male-partner", {"note": "Donor and his male partner attend as a couple."},
     "sex_life_orientation"),
    ("casada-con-su-esposa", {"note": "Casada con su esposa desde 2017."},
     "sex_life_orientation"),
    # genetic results in Spanish, health in trials and schools, records of offences
    ("exoma", {"note": "Secuenciación del exoma: variante de novo en STXBP1."}, "genetic"),
    ("heterocigota", {"note": "La participante es portadora heterocigota de una variante en "
                                "GJB2."}, "genetic"),
    ("adverse-event", {"narrative": "Adverse event: grade 2 rash on day 9, resolved with oral "
                                    "antihistamines."}, "health"),
    ("spectre-autistique", {"note": "L'élève présente un trouble du spectre autistique."},
     "health"),
    ("brustschmerz", {"note": "Proband verneint Brustschmerz und Atemnot."}, "health"),
    ("awaiting-trial", {"note": "Our client was charged with affray and is awaiting trial."},
     "criminal_record"),
    ("bundeszentralregister", {"note": "Eintrag im Bundeszentralregister: 2015."},
     "criminal_record"),
    ("communaute-rom", {"note": "L'adhérent se déclare issu de la communauté rom."},
     "racial_ethnic_origin"),
    ("relacion-con-otra-mujer", {"note": "La clienta tiene una relación con otra mujer."},
     "sex_life_orientation"),
    ("sors-de-prison", {"text": "Je sors de prison après deux ans et je cherche un logement."},
     "criminal_record"),
    ("antecedents-cardiaques", {"text": "Pas d'antécédents cardiaques, ne prend aucun "
                                        "traitement"}, "health"),
    ("asthmatique", {"body": "Je suis asthmatique et la moquette m'a déclenché une crise."},
     "health"),
    ("casier-pour", {"note": "j'ai un casier pour conduite sans permis"}, "criminal_record"),
    # a DNA kit's health report: the topic of a likelihood estimated for the customer
    ("dna-kit-report", {"reports": [{"topic": "Type 2 Diabetes",
                                     "result": "slightly increased likelihood"}]}, "health"),
    ("dna-kit-report-de", {"berichte": [{"thema": "Zöliakie",
                                         "ergebnis": "leicht erhöhtes Risiko"}]}, "health"),
    # said short in a dating chat
    ("im-pan", {"messages": [{"body": "I'm pan, c'est pas un problème j'espère?"}]},
     "sex_life_orientation"),
    # a cycle tracker's log of sex, in three languages
    ("cycle-sex-logged", {"entries": [{"date": "2023-10-16", "flow": "light",
                                       "sex": "unprotected"}]}, "sex_life_orientation"),
    ("cycle-rapport", {"entries": [{"date": "2024-03-08", "rapport": "protégé"}]},
     "sex_life_orientation"),
    ("cycle-relaciones", {"entries": [{"date": "2024-03-08", "relaciones": "sin protección"}]},
     "sex_life_orientation"),
    # an entry of someone's absences whose reason is sickness
    ("absence-motif", {"absences": [{"motif": "arrêt maladie", "jours": 2}]}, "health"),
    ("abwesenheit-grund", {"Abwesenheiten": [{"grund": "Krankheit", "von": "2025-03-02"}]},
     "health"),
    # recovery from a dependence
    ("months-sober", {"condition_disclosed": "in recovery from alcohol, 14 months sober"},
     "health"),
    ("abstinent-seit", {"note": "Klientin ist abstinent seit März, Nachsorge läuft."},
     "health"),
    # a party's officer; how someone describes their origin
    ("kreisvorsitzende", {"note": "war Kreisvorsitzende der Linken"}, "political_opinion"),
    ("se-presente-comme", {"description": "il se présente comme Peul"},
     "racial_ethnic_origin"),
    # an agent's address, not its version: a part above 99 or a large first number
    ("agent-private-address", {"agent": "192.168.1.10"}, "ip_address"),
    ("agent-public-address", {"agent": "81.2.69.160", "status": "connected"}, "ip_address"),
]

NOT_FOUND = [
    # versions shaped like addresses
    ("agent-version", {"agent": "4.18.16.40", "generated": "2025-10-15T13:31:37Z"},
     "ip_address"),
    ("image-tag", {"image": "registry.internal/claims:1.1.14.41"}, "ip_address"),
    # "pan" that is no orientation
    ("pan-frying", {"body": "I'm pan frying the fish, call you later"},
     "sex_life_orientation"),
    ("pan-african", {"body": "I\u2019m pan-African in outlook"}, "sex_life_orientation"),
    # a gender field, and a French report, are no one's sex life
    ("sex-is-gender", {"patient": {"sex": "female", "date": "2024-01-02"}},
     "sex_life_orientation"),
    ("rapport-safe", {"scan": {"rapport": "safe", "date": "2024-01-02"}},
     "sex_life_orientation"),
    # a leave policy's kinds, and a vacation, are no one's sickness
    ("absence-types", {"absence_types": [{"reason": "sickness", "paid": True}]}, "health"),
    ("absence-vacation", {"absences": [{"reason": "vacation", "days": 2}]}, "health"),
    # a survey codebook's variables: answers' codes and labels, no one's answer
    ("codebook", {"study": "Work and Life Panel", "variables": {
        "Q16": {"label": "Trade union membership", "values": {"1": "Yes", "3": "No"}}}},
     "trade_union"),
    ("peul-language", {"note": "Le Peul est une langue parlée en Afrique de l'Ouest"},
     "racial_ethnic_origin"),
    # dry floors and sober designs
    ("trocken", {"note": "Der Boden ist seit gestern trocken."}, "health"),
    ("sobre", {"note": "Design : sobre depuis la refonte"}, "health"),
    # a topic beside a result that estimates no level is an article's, not a report's
    ("risk-article", {"articles": [{"topic": "Type 2 Diabetes",
                                    "result": "risk factors explained"}]}, "health"),
    ("trait-report", {"reports": [{"trait": "Eye color", "result": "likely brown"}]}, "health"),
    # an OData annotation is no mailbox
    ("odata-annotation", {"@odata.context": "x", "Documents@odata.count": 2}, "email"),
    # a number port's code is no political action committee
    ("pac-code", {"body": "request_type=port_in&donor=o2&pac_code=4M7Y1KN37"},
     "political_opinion"),
    # a match's date beside a `partido` is no membership
    ("partido-match", {"match": {"partido": "Real Madrid - Barcelona", "fecha": "2024-05-01"}},
     "political_opinion"),
    # texts about no one: laws, courses, studies, news, how-tos, products, taxonomies
    ("agg-ethnic", {"p": "Benachteiligungen aus Gründen der ethnischen Herkunft sind nach dem "
                         "AGG verboten."}, "racial_ethnic_origin"),
    ("ley-prohibe", {"p": "La ley prohíbe la discriminación por orientación sexual en el "
                          "empleo."}, "sex_life_orientation"),
    ("glossary", {"p": "Glossary - genotype: the set of alleles an organism carries."},
     "genetic"),
    ("course-ects", {"p": "Cours de génétique des populations, L3, six crédits ECTS."},
     "genetic"),
    ("neue-studie", {"p": "Neue Studie: Genetische Faktoren erklären rund 40 % der Variation "
                          "der Körpergröße."}, "genetic"),
    ("gcse-paper", {"p": "Religious Studies GCSE paper 1, 1 h 45 min, main hall."},
     "religious_belief"),
    ("party-published", {"p": "The Green Party today published its manifesto."},
     "political_opinion"),
    ("tarifvertrag", {"p": "IG Metall und Arbeitgeber einigen sich auf einen neuen "
                           "Tarifvertrag."}, "trade_union"),
    ("how-to-request", {"p": "Das Führungszeugnis kann online beim Bundesamt für Justiz "
                             "beantragt werden."}, "criminal_record"),
    ("se-solicita", {"p": "El certificado de antecedentes penales se solicita en la sede "
                          "electrónica."}, "criminal_record"),
    ("medicine-pack", {"p": "Doliprane 1000 mg, boîte de 8 comprimés, médicament sans "
                            "ordonnance."}, "health"),
    ("plan-covers", {"p": "Silver 70 plan: covers inpatient, outpatient and mental health "
                          "services."}, "health"),
    ("fingerprint-reader", {"p": "Lector de huella dactilar para control de presencia."},
     "biometric"),
    ("moderation-taxonomy", {"taxonomy": [{"id": "hate.orientation",
                                           "description": "Slurs targeting sexual "
                                                          "orientation"}]},
     "sex_life_orientation"),
    ("quiz-question", {"quiz": [{"q": "May you wear a party badge while on duty?",
                                 "a": "No"}]}, "political_opinion"),
    # an instruction in a name's field; a festival's name
    ("use-my-full-name", {"profile": {"preferred_name": "Use my full name",
                                      "email": "a@example.de"}}, "person_name"),
    ("filmfest", {"event": {"name": "Queeres Filmfest", "city": "Köln"}},
     "sex_life_orientation"),
    # a FAQ's definitions, a gene's reference entry, cases counted
    ("faq-definition", {"faq": [{"q": "What counts as health data?", "a": "Information about "
                                 "a person's physical or mental health, such as diagnoses."}]},
     "health"),
    ("gene-description", {"description": "BRCA1 is located on chromosome 17q21 and encodes a "
                                         "tumour suppressor protein."}, "genetic"),
    ("cases-percent", {"notes": ["Flu cases in the region rose 12% compared with last week."]},
     "health"),
    # a field named and answered by nothing, a plan's cover named as a field
    ("declined-field", {"attributes": [{"name": "konfession", "value": "Keine Angabe"}]},
     "religious_belief"),
    ("declined-french", {"origine_ethnique": "Je ne souhaite pas répondre"},
     "racial_ethnic_origin"),
    ("covered-field", {"attributes": [{"name": "genetic_testing_covered",
                                       "value": "not covered"}]}, "genetic"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)


@pytest.mark.clause("DATA-7")
def test_a_survey_question_still_counts() -> None:
    scanner = Scanner()
    doc = {"survey": [{"q": "Are you a member of a political party?", "a": "No"}]}
    assert "political_opinion" in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_these_records() -> None:
    python, auto = Scanner(engine="python"), Scanner()
    for _, doc, _ in (*FOUND, *NOT_FOUND):
        assert kinds(python.scan_value(doc)) == kinds(auto.scan_value(doc)), doc
