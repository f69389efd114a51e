"""Special categories as people write them in tickets, chats and forms, in EN/DE/FR/ES, with
the declined forms of adjectives, and the words that make a term about something else."""

from __future__ import annotations

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

# (text, kind, found?)
CASES: list[tuple[str, str, bool]] = [
    # conditions and disabilities in everyday words
    ("My mum is blind, so please send the contract as audio.", "health", True),
    ("I'm partially deaf, so please email me instead of calling.", "health", True),
    ("Ma fille est dyslexique, merci d'agrandir les consignes.", "health", True),
    ("Soy celíaco, ¿la pizza lleva harina de trigo?", "health", True),
    ("Mi abuela va en silla de ruedas, ¿hay ascensor?", "health", True),
    ("Mein Bruder hat eine Schizophrenie und lebt betreut.", "health", True),
    ("Unsere Tochter hat ADHS und braucht Pausen.", "health", True),
    ("Reason for visit: neck pain since the car accident.", "health", True),
    ("Leaving early for physio on my shoulder.", "health", True),
    ("Weekly therapy session moved to Thursday.", "health", True),
    ("Meine Frau ist in der 12. Schwangerschaftswoche.", "health", True),
    ("Il a fait une tentative de suicide l'an dernier.", "health", True),
    ("Run a blind test of the two designs.", "health", False),
    ("The sick leave policy was updated in May.", "health", False),
    ("We raised 2,000 EUR for Cancer Research UK.", "health", False),
    ("Lexer for configuration files of Pacemaker clusters.", "health", False),
    ("He has had a pacemaker since 2019.", "health", True),
    # German compounds of a condition and a treatment or a patient
    ("Erinnere mich an meine Insulinspritze um acht.", "health", True),
    ("Herr Weber hat morgen Dialysebehandlung, bitte Fahrdienst buchen.", "health", True),
    ("Die Krebsdiagnose kam im März, seitdem arbeitet sie halbtags.", "health", True),
    ("Nach dem letzten MS-Schub braucht sie einen Rollator.", "health", True),
    ("Mein Vater ist Lungenkrebs-Patient im Klinikum.", "health", True),
    ("Ihre Essstörung ist der Grund für die Pause.", "health", True),
    ("Wir spenden an die Krebsforschung und die Diabetesgesellschaft.", "health", False),
    ("Angst, Patienten zu verlieren, hat die Praxis nicht.", "health", False),
    # therapists, dependence, hearing aids, disability papers, probation, release
    ("Appointment with my psychotherapist on Tuesday.", "health", True),
    ("Termin beim Psychotherapeuten am Dienstag.", "health", True),
    ("Cita con mi psicóloga el martes.", "health", True),
    ("Wir suchen eine Psychotherapeutin (m/w/d) in Teilzeit.", "health", False),
    ("She struggles with alcohol dependence.", "health", True),
    ("Seine Alkoholabhängigkeit ist bekannt.", "health", True),
    ("I'm 8 months sober, AA meetings help.", "health", True),
    ("Er trägt seit Jahren ein Hörgerät.", "health", True),
    ("Usa audífonos, por favor escribir.", "health", True),
    ("Hörgeräte-Batterien Größe 312, 60 Stück", "health", False),
    ("Sie hat einen Schwerbehindertenausweis (GdB 50).", "health", True),
    ("Il a une RQTH depuis 2021.", "health", True),
    ("Sein Bewährungshelfer ruft morgen an.", "criminal_record", True),
    ("Nach der Haftentlassung sucht er eine Wohnung.", "criminal_record", True),
    ("Son conseiller de probation appelle demain.", "criminal_record", True),
    # a privacy notice saying what is never asked for; a chemist's law; a show
    ("We never ask about political opinions or trade union membership.", "trade_union",
     False),
    ("We never ask about political opinions or trade union membership.",
     "political_opinion", False),
    ("We never ask, but he told us he is a union member.", "trade_union", True),
    ("Gay-Lussac's law describes gas pressure.", "sex_life_orientation", False),
    ("Queer Eye season 7 streaming now", "sex_life_orientation", False),
    # going to mass, church or Friday prayers
    ("Voy a misa los domingos con mi madre.", "religious_belief", True),
    ("Je vais à la messe tous les dimanches.", "religious_belief", True),
    ("Wir gehen sonntags in die Kirche.", "religious_belief", True),
    ("Erinnere mich an das Freitagsgebet.", "religious_belief", True),
    ("Wir fahren zur Messe nach Frankfurt.", "religious_belief", False),
    ("Die Touristen gehen in die Kirche und dann ins Museum.", "religious_belief", False),
    ("Is the wheelchair-accessible entrance open on Sundays?", "health", False),
    ("My father uses a wheelchair since his stroke.", "health", True),
    ("Le dolor de cabeza del servidor: el disco está lleno.", "health", False),
    # genetic tests under their everyday names
    ("Wir warten noch auf den Vaterschaftstest.", "genetic", True),
    ("La prueba de paternidad salió positiva.", "genetic", True),
    ("The genetic algorithm converged after 40 generations.", "genetic", False),
    # religious life
    ("He reads the lessons as a lay reader on Sundays.", "religious_belief", True),
    ("Freitags ab Sonnenuntergang halten wir den Schabbat.", "religious_belief", True),
    ("Mes parents sont paroissiens de Notre-Dame du Port.", "religious_belief", True),
    ("Mein Mann ist aus der evangelischen Kirche ausgetreten.", "religious_belief", True),
    ("Mis suegros son testigos de Jehová.", "religious_belief", True),
    ("The parish council meets on Tuesday about the bins.", "religious_belief", False),
    # descent and ethnic groups
    ("Mein Schwiegervater ist Kurde aus Van.", "racial_ethnic_origin", True),
    ("Mon associé est d'origine sénégalaise.", "racial_ethnic_origin", True),
    ("Der Bewerber ist polnischer Herkunft.", "racial_ethnic_origin", True),
    ("The site is of outstanding world heritage value.", "racial_ethnic_origin", False),
    # orientation, in declined forms and couples
    ("Wir sind ein lesbisches Paar und suchen eine Wohnung.", "sex_life_orientation", True),
    ("Mon frère vit avec son compagnon ; il est marié avec un homme.", "sex_life_orientation",
     True),
    ("Er lebt mit seinem Ehemann in Köln.", "sex_life_orientation", True),
    ("Il est en couple avec son associé dans la boutique.", "sex_life_orientation", False),
    # criminal records
    ("Pasó dos años de prisión por estafa.", "criminal_record", True),
    ("Il sort d'une peine de prison de six mois.", "criminal_record", True),
    ("Referred to us by the county DUI program.", "criminal_record", True),
    ("The prison museum opens at 10.", "criminal_record", False),
    # union roles
    ("Die Vertrauensleute treffen sich montags.", "trade_union", True),
    ("Monthly Unison subscription", "trade_union", True),
    ("Our union of sets is empty.", "trade_union", False),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("text", "kind", "found"), CASES,
                         ids=[f"{kind}-{found}-{i}" for i, (_, kind, found) in enumerate(CASES)])
def test_everyday_phrasing(scanner: Scanner, text: str, kind: str, found: bool) -> None:
    assert (kind in kinds(scanner.scan_value({"note": text}))) is found


@pytest.mark.clause("DATA-7")
def test_a_type_declaration_is_code_not_prose(scanner: Scanner) -> None:
    snippet = {"language": "graphql",
               "snippet": "union SearchResult = Member | Congregation | Event"}
    assert kinds(scanner.scan_value(snippet)) == set()
    assert "religious_belief" in kinds(
        scanner.scan_value({"note": "He is a member of the congregation at St Anne's."}))
