"""German free-text sentences. A line may start with [kind,kind] to override the block's kinds."""

HEALTH = """
Ich habe seit 2017 Multiple Sklerose, an schlechten Tagen brauche ich den Rollator.
Meine Mutter ist dement und kommt alleine nicht mehr zurecht.
Bei mir wurde letztes Jahr eine Depression diagnostiziert, ich bin in Therapie.
Keine Vorerkrankungen, keine Allergien bekannt.
Mein Mann hatte im Februar einen Herzinfarkt und ist noch in der Reha.
Ich bin schwanger (26. SSW), deshalb lieber keine schweren Sachen tragen.
Unser Sohn ist Autist und braucht eine ruhige Ecke.
Ich nehme Insulin und muss zwischendurch messen, bitte nicht wundern.
Ich bin HIV-positiv, unter der Nachweisgrenze.
Nein, ich habe keine Behinderung.
Seit dem Burnout bin ich krankgeschrieben, voraussichtlich bis Ende des Monats.
Ich bin seit 3 Jahren trocken und gehe regelmäßig zu den AA Treffen.
Hab eine Laktoseintoleranz und Heuschnupfen, sonst nix.
Mein Vater hat Parkinson im fortgeschrittenen Stadium.
Ich habe einen GdB von 50 wegen meiner Epilepsie.
"""

GENETIC = """
Der Gentest hat ergeben, dass ich Anlageträgerin für eine BRCA1-Variante bin.
[genetic,health] Bei unserer Tochter wurde eine Mutation im SMN1-Gen gefunden, Diagnose SMA Typ 2.
Laut Befund bin ich heterozygot für die Variante c.1521_1523del.
[genetic,health] Mein Bruder und ich haben beide die HFE-Mutation C282Y und eine Hämochromatose.
"""

RACIAL = """
Ich bin Sinteza und habe in der Schule viel Ausgrenzung erlebt.
Als Schwarze Frau in Sachsen werde ich ständig kontrolliert.
Meine Familie ist kurdischer Herkunft, wir sind 1992 gekommen.
Ich bin Romni und arbeite als Sprachmittlerin.
Als afrodeutscher Vater mache ich mir Sorgen um meine Kinder.
"""

POLITICAL = """
Ich bin seit 20 Jahren SPD-Mitglied und helfe gern am Infostand.
Bei der letzten Wahl habe ich grün gewählt, diesmal bin ich unsicher.
Ich bin bei der Linken im Ortsverband aktiv.
Ich werde die CDU wählen, aber nur wegen der Kandidatin vor Ort.
Ich bin 2019 aus der FDP ausgetreten.
Mein Mann wählt AfD, darüber streiten wir ständig.
"""

RELIGIOUS = """
Ich bin katholisch und singe im Kirchenchor.
Als gläubige Muslima bete ich fünfmal am Tag, ein ruhiger Raum wäre toll.
Ich bin letztes Jahr aus der evangelischen Kirche ausgetreten.
Wir sind jüdisch und feiern Pessach mit der Familie.
Ich bin Mitglied der Neuapostolischen Kirche.
Ich bin konfessionslos, meine Eltern sind aber Zeugen Jehovas.
Ich zahle meine Kirchensteuer gern, die Gemeinde macht viel Gutes.
"""

UNION = """
Ich bin seit 2012 Mitglied bei ver.di.
Ich bin Vertrauensfrau der IG Metall bei uns im Werk.
Ich bin nicht in der Gewerkschaft.
Mein Gewerkschaftsbeitrag wird direkt vom Lohn abgezogen.
Ich bin letzten Monat in die GEW eingetreten wegen der Tarifrunde.
"""

ORIENTATION = """
Ich bin schwul und lebe seit zehn Jahren mit meinem Partner zusammen.
Ich bin bisexuell, das wissen aber nur wenige.
Meine Frau und ich sind ein lesbisches Paar mit zwei Kindern.
Ich bin erst mit 50 als lesbisch rausgekommen.
Mein Sohn hat sich letztes Jahr als schwul geoutet.
"""

CRIMINAL = """
Ich bin vorbestraft wegen Betrug, die Strafe ist verbüßt.
Mein Führungszeugnis ist ohne Eintragungen.
Ich stehe noch unter Bewährung bis nächsten Sommer.
Gegen meinen Ex-Partner läuft ein Ermittlungsverfahren wegen Körperverletzung.
Ich war zwei Jahre in der JVA Tegel.
Mein Sohn sitzt gerade in U-Haft.
"""

NEG_HEALTH = """
Jedes Jahr erkranken in Deutschland rund 70.000 Frauen an Brustkrebs.
Die Woche der seelischen Gesundheit beginnt am 10. Oktober.
Enthält Allergene: Gluten, Sellerie, Senf.
Der Health-Check der API ist grün.
"""

NEG_RELIGIOUS = """
Das Treffen ist im Gemeindesaal an der Kirchstraße, hat aber nichts mit der Kirche zu tun.
Die Kirchengemeinde stellt nur die Räume zur Verfügung.
"""

NEG_POLITICAL = """
Die Wahllokale haben von 8 bis 18 Uhr geöffnet.
Wir sind parteipolitisch neutral.
"""

NEG_UNION = """
Das Projekt wird von der Europäischen Union gefördert.
Die Abfrage nutzt UNION SELECT für beide Tabellen.
"""

NEG_CRIMINAL = """
Die Kriminalstatistik für den Bezirk ist leicht gesunken.
Der Sanktionslisten-Abgleich ergab keine Treffer.
"""

NEG_RACIAL = """
Staatsangehörigkeit: deutsch.
Beim Straßenfest gibt es ethnisches Essen aus aller Welt.
"""

NEG_ORIENTATION = """
Pronomen: sie/ihr.
Der CSD findet dieses Jahr am letzten Juliwochenende statt.
"""

NEG_GENETIC = """
Die Tourenplanung nutzt einen genetischen Algorithmus.
"""

NEG_BIOMETRIC = """
Anmeldung per Fingerabdruck in der App war erfolgreich.
"""

NEUTRAL = """
Vielen Dank für eure tolle Arbeit!
Sorry für die lange Nachricht.
Meldet euch gern, wenn ihr noch was braucht.
Donnerstags kann ich leider nicht, samstags passt aber.
Gibt es in der Nähe Parkplätze?
Bin über eine Freundin auf euch aufmerksam geworden.
Sorry für Tippfehler, schreibe vom Handy.
Ich kann gern beim Aufbau helfen.
Kann ich meine Daten irgendwo online ändern?
Das Formular hat zweimal nicht funktioniert.
Die Spendenquittung ist wohl im Spam gelandet.
Wir sind im Sommer umgezogen.
Liebe Grüße und ein schönes Wochenende!
"""

NOTE = """
Rückruf für nächste Woche vereinbart.
Unterlagen eingescannt und abgelegt.
An die Sozialberatung verwiesen.
Wird in der Fallbesprechung am Donnerstag besprochen.
Nicht erreicht, Nachricht hinterlassen.
"""
