"""The free-text vocabulary: words and phrases that reveal a special category in prose.

Each entry is a phrase of folded words (lower case, no accents). `~` stands for up to three
words of any kind ("member of the ~ union" matches "member of the local union"). The
longest plain word of a phrase is its *trigger*: a document whose words do not include a
trigger costs nothing more; only then is the phrase itself matched. English, German,
French and Spanish.

Ambiguous words stand in phrases that settle them: `union` alone is SQL or the EU,
`trade union` is not; `christian` alone may be a first name, `is a christian` is not.
"""

from __future__ import annotations

from typing import Final

from charter.privacy.scanner.terms_compounds import COMPOUND_TERMS
from charter.privacy.scanner.terms_context import CONTEXT_TERMS
from charter.privacy.scanner.terms_extra import EXTRA_TERMS
from charter.privacy.scanner.terms_people import PEOPLE_TERMS
from charter.privacy.scanner.terms_situations import SITUATION_TERMS

# German adjectives of descent: "türkischstämmig", "russlanddeutsch" is elsewhere.
_STAMMIG: Final = tuple(
    (f"{origin}stammig{ending}", 0.85)
    for origin in ("turkisch", "tuerkisch", "russisch", "polnisch", "italienisch",
                   "griechisch", "arabisch", "kurdisch", "afrikanisch", "asiatisch",
                   "libanesisch", "marokkanisch", "tunesisch", "vietnamesisch", "persisch",
                   "iranisch", "syrisch", "albanisch", "kroatisch", "serbisch", "bosnisch",
                   "rumanisch", "spanisch", "portugiesisch", "chinesisch", "indisch",
                   "pakistanisch", "afghanisch", "nigerianisch", "ghanaisch", "judisch",
                   "armenisch", "tamilisch", "eritreisch", "somalisch",
                   "deutsch", "franzosisch", "amerikanisch", "japanisch", "koreanisch")
    for ending in ("", "e", "er", "en", "es"))

# kind -> (phrase, confidence) pairs.
_CORE_TERMS: Final[dict[str, tuple[tuple[str, float], ...]]] = {
    "health": (
        ("by mouth", 0.8), ("inhaler", 0.8),
        # a wearable's alert on a person's heart, a treatment paid for
        ("resting hr", 0.75), ("high heart rate", 0.8), ("low heart rate", 0.8),
        ("irregular rhythm", 0.8), ("irregular heart rhythm", 0.85), ("methadon", 0.85),
        ("methadonprogramm", 0.9), ("metadona", 0.85), ("kinesitherapie", 0.8),
        ("physiotherapie", 0.75), ("psychotherapie", 0.85), ("psicoterapia", 0.85),
        ("neurodermitis", 0.85), ("heuschnupfen", 0.8), ("gdb ~ anerkannt", 0.85),
        ("gdb von", 0.8), ("offered prep", 0.8), ("started prep", 0.8),
        ("mg daily", 0.8), ("twice daily", 0.75),
        ("nach dem essen", 0.6), ("medical oxygen", 0.8), ("oxygen concentrator", 0.8),
        ("hba1c", 0.85), ("tsh", 0.8), ("ldl", 0.75), ("hdl", 0.75), ("crp", 0.7),
        ("egfr", 0.7), ("creatinine", 0.8), ("hemoglobin", 0.8), ("haemoglobin", 0.8),
        ("troponin", 0.85), ("ferritin", 0.8), ("ferritine", 0.8), ("ferritina", 0.8),
        # a blood test's results in French, German and Spanish
        ("glycemie a jeun", 0.85), ("prise de sang", 0.7), ("bilan sanguin", 0.75),
        ("glucemia en ayunas", 0.85), ("analisis de sangre", 0.75), ("nuchternzucker", 0.85),
        ("blutzuckerwert", 0.8), ("cholesterin", 0.7), ("cholesterol ldl", 0.8),
        ("colesterol ldl", 0.8),
        ("levothyroxine", 0.9), ("adalimumab", 0.9), ("levetiracetam", 0.9),
        ("quetiapine", 0.9), ("lisinopril", 0.9), ("salbutamol", 0.9), ("methotrexate", 0.9),
        ("escitalopram", 0.9), ("atorvastatin", 0.9), ("simvastatin", 0.9),
        ("amlodipine", 0.9), ("omeprazole", 0.85), ("pantoprazole", 0.85),
        ("metoprolol", 0.9), ("bisoprolol", 0.9), ("ramipril", 0.9), ("losartan", 0.9),
        ("warfarin", 0.9), ("apixaban", 0.9), ("rivaroxaban", 0.9), ("clopidogrel", 0.9),
        ("prednisone", 0.9), ("prednisolone", 0.9), ("hydrocortisone", 0.85),
        ("gabapentin", 0.9), ("pregabalin", 0.9), ("tramadol", 0.9), ("oxycodone", 0.9),
        ("morphine", 0.85), ("citalopram", 0.9), ("venlafaxine", 0.9), ("duloxetine", 0.9),
        ("bupropion", 0.9), ("mirtazapine", 0.9), ("lithium carbonate", 0.9),
        ("olanzapine", 0.9), ("risperidone", 0.9), ("aripiprazole", 0.9),
        ("lamotrigine", 0.9), ("valproate", 0.9), ("carbamazepine", 0.9),
        ("methylphenidate", 0.9), ("ritalin", 0.9), ("adderall", 0.9),
        ("montelukast", 0.9), ("budesonide", 0.9), ("fluticasone", 0.85),
        ("allopurinol", 0.9), ("tamoxifen", 0.9), ("letrozole", 0.9), ("semaglutide", 0.9),
        ("ozempic", 0.9), ("empagliflozin", 0.9), ("sitagliptin", 0.9), ("glipizide", 0.9),
        ("antiretroviral", 0.9), ("truvada", 0.9), ("infliximab", 0.9),
        ("etanercept", 0.9), ("rituximab", 0.9), ("hypothyroidism", 0.9),
        ("hyperthyroidism", 0.9), ("hypothyroidie", 0.9), ("hipotiroidismo", 0.9),
        ("schilddrusenunterfunktion", 0.9), ("schilddrusenuberfunktion", 0.9),
        ("hipertension", 0.85), ("hypertonie", 0.85), ("morbus", 0.8),
        ("sclerose en plaques", 0.9), ("esclerosis multiple", 0.9),
        ("multiple sklerose", 0.9), ("epilepsie", 0.9), ("epilepsia", 0.9),
        ("asthme", 0.85), ("asma", 0.8), ("diabete", 0.85), ("diabetes", 0.85),
        ("alergia", 0.8), ("alergias", 0.8), ("allergie", 0.75), ("allergies", 0.7),
        ("allergy", 0.7), ("nkda", 0.85), ("depresion", 0.75), ("demenz", 0.85),
        ("demencia", 0.85), ("cancer de mama", 0.9), ("brustkrebs", 0.9),
        ("cancer du sein", 0.9), ("breast cancer", 0.9), ("prostate cancer", 0.9),
        ("lung cancer", 0.9), ("vorgeschichte von", 0.7), ("antecedentes de", 0.65),
        ("antecedent de", 0.7), ("antecedents de", 0.7), ("nimmt taglich", 0.7),
        ("toma diariamente", 0.7),
        ("mental health", 0.7), ("disability", 0.7),
        ("diagnosed with", 0.85), ("was diagnosed", 0.8), ("been diagnosed", 0.85),
        ("hiv", 0.85), ("aids patient", 0.85), ("diabetes", 0.85), ("diabetic", 0.85),
        ("cancer", 0.75), ("tumor", 0.8), ("tumour", 0.8), ("chemotherapy", 0.9),
        ("chemo", 0.8), ("radiotherapy", 0.9), ("radiation therapy", 0.85),
        ("leukemia", 0.9), ("leukaemia", 0.9), ("lymphoma", 0.9), ("melanoma", 0.9),
        ("carcinoma", 0.9), ("asthma", 0.85), ("asthmatic", 0.85), ("depression", 0.7),
        ("depressive", 0.8), ("anxiety disorder", 0.85), ("panic attacks", 0.8),
        ("bipolar", 0.8), ("schizophrenia", 0.9), ("adhd", 0.8), ("autism", 0.8),
        ("autistic", 0.8), ("epilepsy", 0.9), ("epileptic", 0.85), ("seizure", 0.75),
        ("seizures", 0.75), ("hypertension", 0.85), ("high blood pressure", 0.85),
        ("pregnant", 0.85), ("pregnancy", 0.8), ("miscarriage", 0.9), ("abortion", 0.8),
        ("ivf", 0.75), ("prescribed", 0.8), ("prescription for", 0.8),
        ("physical therapy", 0.75), ("physiotherapy", 0.8), ("psychotherapy", 0.85),
        ("therapy sessions", 0.75), ("in therapy", 0.7), ("therapist", 0.7),
        ("psychiatrist", 0.8), ("psychiatric", 0.8), ("surgery", 0.7), ("operated on", 0.7),
        ("hospitalized", 0.85), ("hospitalised", 0.85), ("admitted to hospital", 0.85),
        ("admitted to the hospital", 0.85), ("in the hospital", 0.7), ("in hospital", 0.7),
        ("allergic to", 0.8), ("allergy to", 0.8), ("anaphylaxis", 0.85),
        ("disability", 0.7), ("wheelchair", 0.7), ("tested positive", 0.8),
        ("covid positive", 0.8), ("covid 19 positive", 0.8), ("sick leave", 0.7),
        ("medical leave", 0.75), ("on medication", 0.8), ("medication for", 0.8),
        ("hepatitis", 0.9), ("tuberculosis", 0.9), ("heart attack", 0.8),
        ("heart disease", 0.85), ("heart condition", 0.8), ("cardiac", 0.7),
        ("arrhythmia", 0.85), ("migraine", 0.8), ("migraines", 0.8), ("dementia", 0.9),
        ("alzheimer", 0.9), ("alzheimers", 0.9), ("parkinson", 0.8), ("parkinsons", 0.8),
        ("multiple sclerosis", 0.9),
        ("crohn", 0.8), ("crohns", 0.8), ("celiac", 0.8), ("coeliac", 0.8), ("insulin", 0.8),
        ("metformin", 0.9), ("sertraline", 0.9), ("fluoxetine", 0.9), ("prozac", 0.9),
        ("zoloft", 0.9), ("xanax", 0.9), ("antidepressant", 0.85), ("antidepressants", 0.85),
        ("chemotherapie", 0.9),
        ("rehab", 0.65), ("overdose", 0.8), ("addiction", 0.75), ("alcoholism", 0.85),
        ("alcoholic", 0.7), ("mental health", 0.7), ("mental illness", 0.85),
        ("blood test", 0.7), ("biopsy", 0.85), ("oncology", 0.8), ("oncologist", 0.85),
        ("dialysis", 0.9), ("transplant", 0.7), ("stroke patient", 0.85),
        ("suffered a stroke", 0.85), ("had a stroke", 0.85), ("broken leg", 0.7),
        ("broken arm", 0.7), ("fractured", 0.7), ("concussion", 0.8),
        ("chlamydia", 0.9), ("syphilis", 0.9), ("herpes", 0.85),
        ("obesity", 0.75), ("eating disorder", 0.85), ("anorexia", 0.85), ("bulimia", 0.85),
        ("ptsd", 0.85), ("symptoms of", 0.7), ("suffers from", 0.75),
        ("suffering from", 0.7), ("was treated for", 0.8), ("treated for", 0.75),
        ("being treated", 0.7), ("patient has", 0.7), ("patient reports", 0.7),
        ("patient presents", 0.8), ("chest pain", 0.75), ("mri", 0.65), ("x ray", 0.6),
        ("icu", 0.7), ("intensive care", 0.8), ("emergency room", 0.7),
        ("blood pressure", 0.7), ("cholesterol", 0.7), ("arthritis", 0.85),
        ("osteoporosis", 0.9), ("copd", 0.9), ("pneumonia", 0.85),
        ("chronic pain", 0.8), ("medical condition", 0.75), ("medical history", 0.7),
        ("mastectomy", 0.9), ("vaccinated", 0.6), ("unvaccinated", 0.6),
        ("diagnostiziert", 0.85), ("krebs", 0.75), ("krebserkrankung", 0.9),
        ("schwanger", 0.85), ("schwangerschaft", 0.8), ("depressionen", 0.8),
        ("erkrankt", 0.8), ("erkrankung", 0.75), ("krankheit", 0.7), ("krank", 0.6),
        ("krankgeschrieben", 0.8), ("krankmeldung", 0.75), ("arbeitsunfahig", 0.75),
        ("krankenhaus", 0.65), ("im krankenhaus", 0.75), ("medikament", 0.75),
        ("medikamente", 0.75), ("medikamenten", 0.75),
        ("verschrieben", 0.75), ("therapie", 0.65), ("psychotherapie", 0.85),
        ("behandlung wegen", 0.75), ("zuckerkrankheit", 0.9), ("bluthochdruck", 0.85),
        ("allergisch", 0.8), ("allergie", 0.7), ("behinderung", 0.7), ("rollstuhl", 0.7),
        ("herzinfarkt", 0.85), ("schlaganfall", 0.85), ("leidet an", 0.8),
        ("leidet unter", 0.7), ("operiert", 0.7), ("diagnostique", 0.8),
        ("diagnostiquee", 0.8), ("atteint d", 0.8), ("atteinte d", 0.8), ("atteint de", 0.8),
        ("atteinte de", 0.8), ("diabete", 0.85), ("enceinte", 0.85), ("grossesse", 0.8),
        ("chimiotherapie", 0.9), ("maladie", 0.7), ("malade", 0.6), ("hospitalise", 0.85),
        ("hospitalisee", 0.85), ("hopital", 0.6), ("arret maladie", 0.75),
        ("prescrit", 0.75), ("prescrite", 0.75), ("asthme", 0.85),
        ("allergique", 0.8), ("handicap", 0.65), ("handicape", 0.7), ("handicapee", 0.7),
        ("souffre de", 0.75), ("traite pour", 0.75), ("sous traitement", 0.75),
        ("infarctus", 0.85), ("sida", 0.85), ("vih", 0.85), ("diagnosticado", 0.85),
        ("diagnosticada", 0.85), ("diagnostico de", 0.8), ("embarazada", 0.85),
        ("embarazo", 0.8), ("quimioterapia", 0.9), ("enfermedad", 0.7), ("enfermo", 0.6),
        ("enferma", 0.6), ("hospitalizado", 0.85), ("hospitalizada", 0.85),
        ("baja medica", 0.75), ("recetado", 0.75), ("recetada", 0.75),
        ("alergico", 0.8), ("alergica", 0.8), ("discapacidad", 0.7), ("padece", 0.75),
        ("sufre de", 0.75), ("cancer de", 0.8), ("tratamiento para", 0.75),
        ("tratamiento de", 0.7), ("depresion", 0.75), ("ansiedad", 0.65),
        ("cirugia", 0.7),  ("infarto", 0.85),
        ("en tratamiento", 0.75), ("angststorung", 0.85), ("trouble anxieux", 0.85),
        ("trastorno", 0.75), ("psychiatrie", 0.75), ("psiquiatra", 0.8),
        ("psychiatre", 0.8), ("psychologue", 0.65), ("psicologo", 0.65),
    ),
    "genetic": (
        ("hereditary cancer", 0.9), ("cancer panel", 0.8), ("carrier screening", 0.85),
        ("heterozygous", 0.85), ("homozygous", 0.85), ("pathogenic variant", 0.9),
        ("palb2", 0.9), ("mlh1", 0.9), ("msh2", 0.9), ("tp53", 0.85), ("mthfr", 0.85),
        ("hexa", 0.8), ("ldlr", 0.8), ("hbb", 0.8), ("cyp2d6", 0.85), ("cyp2c19", 0.85),
        ("sequencing found", 0.85), ("gene variant", 0.9), ("variant in the", 0.6),
        # (`snp` alone is also the Scottish National Party: "a member of the SNP")
        ("snps", 0.8), ("snp array", 0.85), ("snp chip", 0.85), ("snp call", 0.85),
        ("snp calls", 0.85), ("snp panel", 0.85), ("snp genotype", 0.85),
        ("snp genotypes", 0.85), ("snp data", 0.8), ("snp results", 0.85), ("snp rs", 0.85),
        ("snp profile", 0.85), ("snp variant", 0.85), ("genotyping", 0.85),
        ("genetic test", 0.85), ("genetic testing", 0.85), ("genetic marker", 0.85),
        ("genetic markers", 0.85), ("genetic predisposition", 0.9), ("genetic data", 0.85),
        ("genetic disorder", 0.85), ("genetic condition", 0.85), ("genetic mutation", 0.9),
        ("genetic variant", 0.9), ("genome", 0.8), ("genomic", 0.8), ("genotype", 0.9),
        ("brca1", 0.95), ("brca2", 0.95), ("brca", 0.9), ("dna test", 0.85),
        ("dna sample", 0.85), ("dna results", 0.85), ("dna analysis", 0.85),
        ("dna profile", 0.85), ("23andme", 0.85), ("ancestrydna", 0.85),
        ("hereditary", 0.75), ("gene mutation", 0.9),
        ("cftr", 0.85), ("huntingtons", 0.8), ("apoe4", 0.9), ("apoe", 0.8),
        ("gentest", 0.85), ("genetisch", 0.8), ("genetische", 0.8), ("genetischen", 0.8),
        ("erbkrankheit", 0.85),
        ("dna analyse", 0.85), ("genanalyse", 0.85), ("test genetique", 0.85),
        ("adn", 0.75), ("prueba genetica", 0.85),
        ("mutacion genetica", 0.9), ("mutation genetique", 0.9),
        ("genmutation", 0.9), ("predisposicion genetica", 0.9), ("whole exome", 0.85),
        ("exome", 0.8), ("exoma", 0.8), ("exomsequenzierung", 0.85),
        ("heterocigota", 0.85), ("heterocigoto", 0.85), ("homocigota", 0.85),
        ("homocigoto", 0.85), ("heterozygote", 0.85), ("homozygote", 0.85),
        ("heterozygot", 0.85), ("homozygot", 0.85), ("de novo variant", 0.85),
        ("variante de novo", 0.85), ("variant de novo", 0.85),
    ),
    # (the data itself, not the technology's name: "facial recognition", "biometric
    # passports" and a debate on them are about no one's body)
    "biometric": (
        ("fingerprint scan", 0.85), ("fingerprint template", 0.9),
        ("fingerprint enrolled", 0.8), ("fingerprint data", 0.85), ("face template", 0.9),
        ("face scan", 0.8),
        ("facial scan", 0.85), ("faceprint", 0.9), ("iris scan", 0.9), ("retina scan", 0.9),
        ("retinal scan", 0.9), ("voiceprint", 0.9), ("voice print", 0.85),
        ("palm vein", 0.9), ("palm print", 0.85),
        ("face embedding", 0.9),
        ("facial geometry", 0.9),
    ),
    "racial_ethnic_origin": (
        *_STAMMIG,
        ("is roma", 0.85), ("are roma", 0.8), ("romni", 0.85), ("berber", 0.75), ("berbere", 0.8),
        ("bereber", 0.8), ("afrodeutsch", 0.85),
        ("afro descendante", 0.85), ("afrodescendiente", 0.85), ("afro descendant", 0.85),
        ("russlanddeutsch", 0.8),
        ("sinti", 0.8), ("origen gitano", 0.85), ("origen gitana", 0.85),
        ("de etnia", 0.8), ("origine maghrebine", 0.85), ("origine africaine", 0.8),
        ("ethnicity", 0.8), ("ethnic origin", 0.85), ("ethnic background", 0.85),
        ("ethnic group", 0.8), ("ethnic minority", 0.8), ("racial", 0.6),
        ("african american", 0.8), ("afro american", 0.8), ("hispanic", 0.75),
        ("latino", 0.7), ("latina", 0.7), ("caucasian", 0.8), ("of ~ descent", 0.75),
        ("romani", 0.7), ("indigenous", 0.6),
        ("aboriginal", 0.75), ("first nations", 0.7), ("pacific islander", 0.8),
        ("ethnische herkunft", 0.85), ("ethnischen herkunft", 0.85), ("ethnie", 0.75),
        ("abstammung", 0.6), ("migrationshintergrund", 0.8), ("origine ethnique", 0.85),
        ("origen etnico", 0.85), ("etnia", 0.8), ("raza", 0.6),
        ("appartenance ethnique", 0.85), ("ethnische zugehorigkeit", 0.85),
        # one's own origins: "remarques sur mes origines antillaises", "mis orígenes"
        ("mes origines", 0.8), ("ses origines", 0.75), ("nos origines", 0.75),
        ("mis origenes", 0.8), ("sus origenes", 0.75), ("meine wurzeln", 0.7),
        ("meiner herkunft", 0.75),
        ("ethnischen zugehorigkeit", 0.85), ("pertenencia etnica", 0.85),
        ("gitano", 0.7), ("gitana", 0.7), ("self identifies as black", 0.85),
        ("identifies as black", 0.85), ("identifies as white", 0.85),
        ("identifies as asian", 0.85), ("identifies as roma", 0.85),
        ("identifies as mixed", 0.85), ("irish traveller", 0.85), ("irish travellers", 0.85),
        ("gypsy traveller", 0.85), ("romany gypsy", 0.85),
        # a people named by one of its own ("ich bin Sinto", "communauté kabyle")
        ("sinto", 0.8), ("sintezza", 0.85), ("kabyle", 0.8), ("kabyles", 0.8),
        ("amazigh", 0.8), ("mapuche", 0.8), ("aymara", 0.75),
    ),
    "political_opinion": (
        ("ha votado a", 0.85), ("votado a", 0.8), ("vota a", 0.75), ("never vote", 0.7),
        # a blank or spoilt vote is a voting intention too ("je voterai blanc")
        ("voterai blanc", 0.85), ("voterai nul", 0.85), ("vote blanc", 0.75),
        ("votare en blanco", 0.85), ("vote en blanco", 0.8), ("voto en blanco", 0.75),
        ("spoil my ballot", 0.8), ("spoilt my ballot", 0.8), ("spoiled my ballot", 0.8),
        ("wahle ungultig", 0.8),
        ("vote labour", 0.85), ("vote conservative", 0.85), ("vote democratic", 0.85),
        ("vote republican", 0.85), ("vote green", 0.8), ("votes labour", 0.85),
        ("wahlt afd", 0.85), ("wahlt spd", 0.85), ("wahlt cdu", 0.85), ("wahlt grun", 0.85),
        ("vote rn", 0.8), ("vote lfi", 0.8), ("reform uk", 0.85),
        # "she's voting Labour this time", "afiliado al PP desde los 18"
        ("voting labour", 0.85), ("voting reform", 0.85), ("voting tory", 0.85),
        ("voting conservative", 0.85), ("voting lib dem", 0.85), ("voting snp", 0.85),
        ("voting democrat", 0.85), ("voting republican", 0.85),
        ("voted reform", 0.85), ("voted green", 0.8), ("voting green", 0.8),
        # a French party's short name after its member ("militant PS")
        ("militant ps", 0.85), ("militante ps", 0.85), ("militant du ps", 0.85),
        ("militante du ps", 0.85), ("militant lr", 0.85), ("militante lr", 0.85),
        ("militant rn", 0.85), ("militante rn", 0.85),
        ("afiliado al pp", 0.85), ("afiliada al pp", 0.85), ("afiliado al psoe", 0.85),
        ("afiliada al psoe", 0.85), ("afiliado a vox", 0.85), ("afiliada a vox", 0.85),
        ("afiliado a podemos", 0.85), ("afiliada a podemos", 0.85),
        ("militante del pp", 0.85), ("militante del psoe", 0.85), ("concejal del", 0.7),
        ("political party", 0.7), ("party member", 0.75), ("member of the ~ party", 0.85),
        ("soutient le rn", 0.85), ("soutient la france insoumise", 0.85),
        ("soutient le ps", 0.85), ("soutient lfi", 0.85), ("vota al pp", 0.85),
        ("vota a vox", 0.85), ("vota al psoe", 0.85), ("vota a podemos", 0.85),
        # a party by its short name after its member
        ("member of the snp", 0.9), ("snp member", 0.85), ("joined the snp", 0.85),
        ("member of the spd", 0.9), ("member of the cdu", 0.9), ("member of the afd", 0.9),
        ("member of the fdp", 0.9), ("member of labour", 0.85), ("member of plaid", 0.85),
        ("member of the tories", 0.85), ("member of the dup", 0.9), ("member of sinn fein", 0.9),

        ("supports the ~ party", 0.85), ("supporter of the ~ party", 0.85),
        ("labour party", 0.85),
        ("labour voter", 0.85), ("tory", 0.75), ("conservative party", 0.85),
        ("liberal democrats", 0.8), ("green party", 0.85), ("political views", 0.8),
        ("political opinions", 0.8), ("political affiliation", 0.85),
        ("political beliefs", 0.85), ("left wing", 0.7), ("right wing", 0.7),
        ("far right", 0.7), ("far left", 0.7), ("campaign volunteer", 0.7),
        ("donated to the ~ campaign", 0.8), ("cdu", 0.7), ("csu", 0.7), ("spd", 0.7),
        ("afd", 0.75), ("fdp", 0.7), ("die grunen", 0.8),
        ("parteimitglied", 0.85), ("mitglied der ~ partei", 0.85), ("wahlt die", 0.75),
        ("politische einstellung", 0.85), ("parti socialiste", 0.85),
        ("rassemblement national", 0.85), ("france insoumise", 0.85),
        ("les republicains", 0.8), ("parti politique", 0.8),
        ("vote pour", 0.7), ("milite", 0.7), ("opinions politiques", 0.85), ("psoe", 0.8),
        ("partido popular", 0.8),
        ("partido politico", 0.8), ("afiliado al ~ partido", 0.85), ("vota al", 0.7),
        ("voto al", 0.7), ("ideologia politica", 0.85), ("militante", 0.7),
        ("communist party", 0.85), ("socialist party", 0.85), ("maga", 0.7),
    ),
    "religious_belief": (
        ("religious", 0.65), ("is muslim", 0.85), ("a muslim", 0.85),
        ("muslim", 0.75), ("islam", 0.75), ("islamic", 0.7), ("is jewish", 0.85),
        # a family or a couple speaking for itself: "Wir sind Muslime", "we are Catholics"
        ("muslims", 0.75), ("muslime", 0.75), ("musulmans", 0.8), ("musulmanes", 0.8),
        ("musulmanas", 0.8), ("wir sind juden", 0.85), ("wir sind katholiken", 0.85),
        ("wir sind christen", 0.85), ("we are catholics", 0.85), ("we are christians", 0.85),
        ("we are hindus", 0.85), ("we are sikhs", 0.85), ("somos judios", 0.85),
        ("jewish", 0.75), ("judaism", 0.8), ("is christian", 0.85), ("a christian", 0.85),
        ("practicing christian", 0.9), ("practising christian", 0.9),
        ("christian faith", 0.85), ("catholic", 0.8), ("protestant", 0.75),
        ("evangelical", 0.7), ("orthodox christian", 0.85), ("hindu", 0.8),
        ("buddhist", 0.8), ("sikh", 0.8), ("atheist", 0.8), ("agnostic", 0.75),
        ("mosque", 0.8), ("synagogue", 0.8), ("attends church", 0.85), ("goes to church", 0.85),
        ("church service", 0.7), ("church every", 0.8), ("mass every", 0.8), ("prays", 0.7),
        ("prayer times", 0.7), ("fasting for ramadan", 0.9),
        # Ramadan as something a person keeps (the word alone names a season or a sale)
        ("during ramadan", 0.8), ("for ramadan", 0.8), ("fais le ramadan", 0.9),
        ("faire le ramadan", 0.85), ("hago el ramadan", 0.9), ("hacer el ramadan", 0.85),
        ("im ramadan", 0.8), ("pendant le ramadan", 0.8), ("durante el ramadan", 0.8),
        ("my ramadan", 0.85), ("mon ramadan", 0.85), ("mein ramadan", 0.85),
        ("ramadan fast", 0.85), ("observing ramadan", 0.9), ("keeping ramadan", 0.9),
        ("kosher", 0.6), ("halal", 0.6), ("jehovah", 0.85), ("jehovahs", 0.85), ("mormon", 0.8),
        ("baptized", 0.75), ("baptised", 0.75), ("bar mitzvah", 0.85), ("bat mitzvah", 0.85),
        ("religious holiday", 0.75), ("yom kippur", 0.85), ("diwali", 0.6), ("kippour", 0.85),
        ("sabbath", 0.7), ("shabbat", 0.8), ("hijab", 0.7),
        ("katholisch", 0.8), ("evangelisch", 0.75), ("muslimisch", 0.85), ("muslimin", 0.85),
        ("judisch", 0.8), ("moschee", 0.8), ("synagoge", 0.8),
        ("geht in die kirche", 0.85), ("kirchenaustritt", 0.8), ("konfession", 0.8),
        ("glaubig", 0.75), ("religionszugehorigkeit", 0.9), ("musulman", 0.85),
        ("musulmane", 0.85), ("catholique", 0.8), ("juif", 0.8), ("juive", 0.8),
        ("protestante", 0.75), ("mosquee", 0.8), ("va a la messe", 0.85),
        ("va a l eglise", 0.85), ("pratiquant", 0.75), ("pratiquante", 0.75),
        ("croyant", 0.7), ("croyante", 0.7), ("musulman", 0.85), ("catolico", 0.8),
        ("catolica", 0.8), ("musulmana", 0.85), ("judio", 0.8), ("judia", 0.8),
        ("evangelico", 0.75), ("evangelica", 0.75), ("mezquita", 0.8), ("sinagoga", 0.8),
        ("va a misa", 0.85), ("practicante", 0.7), ("creyente", 0.75), ("ateo", 0.75),
        ("atea", 0.75), ("athee", 0.75), ("religiosa", 0.7), ("religioso", 0.7),
        ("religieux", 0.65), ("religieuse", 0.65), ("religios", 0.65),
    ),
    "trade_union": (
        ("mitglied bei ig", 0.85), ("ig bce", 0.85), ("mitglied bei ver di", 0.9),
        ("afiliado a ccoo", 0.9), ("afiliada a ccoo", 0.9), ("afiliado a ugt", 0.9),
        ("afiliada a ugt", 0.9), ("adherent de la cgt", 0.9), ("adherente a la cgt", 0.9),
        ("trade union", 0.85), ("labor union", 0.85), ("labour union", 0.85),
        ("union member", 0.85), ("union membership", 0.85), ("union dues", 0.9),
        ("union rep", 0.85), ("union representative", 0.85), ("union steward", 0.85),
        ("shop steward", 0.85), ("member of the ~ union", 0.85), ("joined the ~ union", 0.85),
        ("unionized", 0.7), ("unionised", 0.7), ("collective bargaining", 0.6),
        ("teamsters", 0.8), ("afl cio", 0.85), ("seiu", 0.8), ("unite union", 0.85),
        ("gewerkschaft", 0.85), ("gewerkschaftsmitglied", 0.9),
        ("gewerkschaftsmitgliedschaft", 0.9), ("gewerkschaftsbeitrag", 0.9),
        ("gewerkschafter", 0.85),
        ("gewerkschafterin", 0.85), ("ver di", 0.8), ("verdi mitglied", 0.85),
        ("ig metall", 0.85), ("syndicat", 0.75), ("syndique", 0.85),
        ("syndiquee", 0.85), ("syndicaliste", 0.85), ("delegue syndical", 0.9),
        ("cgt", 0.7), ("cfdt", 0.8), ("force ouvriere", 0.8), ("sindicato", 0.8),
        ("sindicalista", 0.85), ("afiliado al sindicato", 0.9), ("afiliada al sindicato", 0.9),
        ("delegado sindical", 0.9), ("ccoo", 0.8), ("ugt", 0.75), ("cuota sindical", 0.9),
        ("sindical", 0.75), ("syndicale", 0.75), ("syndical", 0.75),
    ),
    "sex_life_orientation": (
        ("sexual orientation", 0.85), ("pansexuell", 0.85), ("pansexuel", 0.85),
        ("pansexuelle", 0.85), ("asexuell", 0.8), ("asexuel", 0.8), ("asexuelle", 0.8),
        ("gay", 0.7), ("lesbian", 0.85), ("bisexual", 0.85),
        ("homosexual", 0.85), ("heterosexual", 0.8), ("pansexual", 0.85),
        ("asexual", 0.75), ("queer", 0.7),
        ("same sex partner", 0.85), ("same sex relationship", 0.85),
        ("same sex couple", 0.8), ("same sex civil partnership", 0.85),
        ("same sex partnership", 0.85), ("same sex ~ partnership", 0.85),
        ("same sex ~ partner", 0.85), ("same sex ~ couple", 0.8),
        ("sex life", 0.85), ("sexual partners", 0.85), ("sexually active", 0.85),
        ("sexual history", 0.8), ("sexual preference", 0.85),
        ("his husband", 0.8), ("her wife", 0.8), ("schwul", 0.85),
        ("lesbisch", 0.85), ("homosexuell", 0.85), ("bisexuell", 0.85),
        ("sexuelle orientierung", 0.9), ("heterosexuell", 0.8), ("homosexuel", 0.85),
        ("homosexuelle", 0.85), ("lesbienne", 0.85), ("bisexuel", 0.85),
        ("bisexuelle", 0.85), ("orientation sexuelle", 0.9), ("vie sexuelle", 0.85),
        ("lesbiana", 0.85), ("bisexual", 0.85), ("orientacion sexual", 0.9),
        ("vida sexual", 0.85), ("homosexualidad", 0.85), ("homosexualitat", 0.85),
        ("homosexualite", 0.85),
        ("sex with male partners", 0.85), ("sex with female partners", 0.85),
        ("sex with men", 0.8), ("sex with women", 0.8), ("sexo con hombres", 0.85),
        ("sexo con mujeres", 0.85), ("rapports avec des hommes", 0.85),
        ("sex mit mannern", 0.85), ("sex mit maennern", 0.85),
    ),
    "criminal_record": (
        ("fuhrungszeugnis", 0.8), ("background check found", 0.7),
        # the person a case is about ("le profil ADN du suspect correspond")
        ("du suspect", 0.75), ("le suspect", 0.7), ("el sospechoso", 0.75),
        ("del sospechoso", 0.75), ("des verdachtigen", 0.75), ("der tatverdachtige", 0.8),
        ("criminal record", 0.85), ("criminal history", 0.85), ("criminal conviction", 0.9),
        ("convicted", 0.8), ("conviction for", 0.85), ("prior conviction", 0.85),
        ("prior convictions", 0.85), ("sentenced to", 0.85), ("served time", 0.8),
        ("in prison", 0.7), ("released from prison", 0.85), ("prison sentence", 0.85),
        ("jail", 0.65), ("incarcerated", 0.85), ("arrested", 0.75), ("arrest record", 0.85),
        ("felony", 0.8), ("felon", 0.8), ("misdemeanor", 0.8), ("misdemeanour", 0.8),
        ("on parole", 0.85), ("parole officer", 0.85), ("probation officer", 0.8),
        ("on probation for", 0.8), ("dui", 0.75), ("dwi", 0.75), ("drunk driving", 0.75),
        ("pleaded guilty", 0.85), ("found guilty", 0.85),
        ("sex offender", 0.9), ("offender", 0.6), ("assault charge", 0.85),
        ("theft conviction", 0.9), ("vorstrafe", 0.9), ("vorstrafen", 0.9),
        ("vorbestraft", 0.9), ("verurteilt", 0.85), ("haftstrafe", 0.85),
        ("im gefangnis", 0.8), ("gefangnis", 0.7), ("bewahrungsstrafe", 0.85),
        ("strafregister", 0.85), ("fuhrungszeugnis mit eintrag", 0.85), ("straffallig", 0.85),
        ("casier judiciaire", 0.85), ("condamne", 0.8), ("condamnee", 0.8),
        ("condamnation", 0.8), ("incarcere", 0.85), ("incarceree", 0.85),
        ("en prison", 0.75), ("sorti de prison", 0.85), ("antecedents judiciaires", 0.85),
        ("delit", 0.7), ("antecedentes penales", 0.9), ("fue condenado", 0.9),
        ("fue condenada", 0.9), ("condenado", 0.8), ("condenada", 0.8), ("carcel", 0.7),
        ("en prision", 0.8), ("encarcelado", 0.85), ("detenido por", 0.75),
        ("delito", 0.65), ("libertad condicional", 0.85), ("arrestado", 0.75),
        ("lo detuvieron", 0.85), ("la detuvieron", 0.85), ("me detuvieron", 0.85),
        ("le detuvieron", 0.85), ("fue detenido", 0.85), ("fue detenida", 0.85),
        ("detenida por", 0.75),
        # a convicted prisoner, and one held before trial; the sex offenders' register
        ("penado", 0.8), ("penada", 0.8), ("preso preventivo", 0.85),
        ("presa preventiva", 0.85), ("prision preventiva", 0.8),
        ("registro central de delincuentes sexuales", 0.85),
        ("registro central de penados", 0.85),
    ),
}

# Words that, right before a term, make it another kind's: a "hereditary cancer panel" is a
# genetic test, not a diagnosis. A denied term still counts ("no history of diabetes" is a
# statement about health), so there is no list of negations.
NOT_AFTER: Final[dict[str, frozenset[str]]] = {
    "health": frozenset({"hereditary", "familial", "genetic", "erblich", "hereditaire",
                         "hereditario", "hereditaria"}),
    # a way to log in or unlock ("sign in with your fingerprint", "Anmeldung per
    # Fingerabdruck"), not a measurement of anyone
    "biometric": frozenset({"per", "via", "your", "ihren", "ihrem", "votre", "tu", "using",
                            "mediante", "avec"}),
    # a credit union is a bank, the European Union a state: neither is a workers' union
    "trade_union": frozenset({"credit", "european", "soviet", "customs", "monetary"}),
    # an "algorithme génétique", an "algoritmo genético": a search method
    "genetic": frozenset({"algorithme", "algorithmes", "algoritmo", "algoritmos"}),
}

# Words that, right after a term, make it the name of a cause, an organisation or a rule
# rather than a statement about someone: "Cancer Research UK", "Mental Health Foundation",
# "sick leave policy", "Breast Cancer Awareness Month". (Not for religion or politics, where
# a gift to a faith's or a party's fund says which side the giver is on.)
_ABOUT: Final = frozenset({
    "policy", "policies", "awareness", "research", "foundation", "charity", "charities",
    "society", "association", "fund", "appeal", "month", "week", "statistics", "guidelines",
    "guideline", "prevention", "trust", "institute", "insurance", "campaign", "alliance",
    "federation", "network", "stiftung", "forschung", "verband", "richtlinie", "fondation",
    "recherche", "fundacion", "investigacion", "asociacion", "politica",
    # software that borrows clinical words: a Pacemaker cluster, an IVF index
    "cluster", "clusters", "index", "indexes", "algorithm", "algorithms", "algorithmus",
    "algorithmen", "algorithme", "algorithmes", "algoritmo", "algoritmos",
    # a building's access: a "wheelchair-accessible entrance"
    "accessible", "accessibility", "ramp", "ramps", "friendly",
})
# Words right after a biometric term that make it a device's or an app's way to log in
# ("Biometric login is enabled", "Fingerabdruck-Entsperrung"): no one's measurement.
_SIGN_IN: Final = frozenset({
    "login", "logins", "log", "logon", "signin", "sign", "unlock", "unlocking", "sensor",
    "sensors", "reader", "authentication", "auth", "entsperrung", "entsperren", "anmeldung",
    "deverrouillage", "connexion", "desbloqueo", "inicio", "acceso",
})
NOT_BEFORE: Final[dict[str, frozenset[str]]] = {
    **{kind: _ABOUT for kind in ("criminal_record", "trade_union")},
    # a genetic algorithm: "genetische Optimierung", "genetic programming"
    "genetic": _ABOUT | {"optimierung", "optimization", "optimisation", "optimizacion",
                         "algorithm", "algorithms", "algorithmus", "algorithme", "algoritmo",
                         "programming", "programmierung", "operators", "operator"},
    # a dog's breed: "Raza: labrador retriever", "perros de raza galgo"
    "racial_ethnic_origin": _ABOUT | {"labrador", "galgo", "podenco", "pastor", "golden",
                                      "bulldog", "beagle", "caniche", "mastin", "yorkshire",
                                      "husky", "retriever", "teckel", "dackel", "chihuahua",
                                      "schaferhund", "siamese", "siames", "persa"},
    # a chemist's law and a television show: "Gay-Lussac's law", "Queer Eye"
    "sex_life_orientation": _ABOUT | {"lussac", "eye"},
    # a party in the news: "El PSOE presenta hoy...", "The Green Party today launched..."
    "political_opinion": frozenset({
        "presenta", "presente", "presents", "presented", "launched", "launches", "launch",
        "today", "hoy", "aujourd", "heute", "announces", "announced", "anuncia", "annonce",
        "kundigt", "stellt", "wins", "won", "gana", "gagne", "gewinnt", "leads", "lidera",
        "unveils", "publishes", "publica", "publie", "veroffentlicht"}),
    # a food allergy's bedding and products: "Allergiker-Bettwäsche", "allergy-friendly"
    "health": _ABOUT | {"bettwasche", "bettwaesche", "bedding", "bettdecke",
                        # "tratamiento de datos", "traitement des demandes": processing
                        "datos", "categorias", "informacion", "solicitudes", "pedidos",
                        "residuos", "aguas", "donnees", "demandes", "dossiers", "dechets"},
    "biometric": _SIGN_IN,
}



def _merged(*parts: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
    """The phrases of `parts`, each once, at the highest confidence any part gives it."""
    best: dict[str, float] = {}
    for part in parts:
        for phrase, confidence in part:
            best[phrase] = max(confidence, best.get(phrase, 0.0))
    return tuple(best.items())


# The whole free-text vocabulary: the core phrases and those of `terms_extra`,
# `terms_context`, `terms_people`, `terms_situations` and `terms_compounds`.
TEXT_TERMS: Final[dict[str, tuple[tuple[str, float], ...]]] = {
    kind: _merged(phrases, EXTRA_TERMS.get(kind, ()), CONTEXT_TERMS.get(kind, ()),
                  PEOPLE_TERMS.get(kind, ()), SITUATION_TERMS.get(kind, ()),
                  COMPOUND_TERMS.get(kind, ()))
    for kind, phrases in _CORE_TERMS.items()
}
