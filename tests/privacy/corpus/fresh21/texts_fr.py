"""French free-text sentences. A line may start with [kind,kind] to override the block's kinds."""

HEALTH = """
J'ai une sclérose en plaques depuis 2016, certains jours je ne peux pas marcher longtemps.
Ma mère a la maladie d'Alzheimer et elle vit maintenant en EHPAD.
On m'a diagnostiqué une dépression l'an dernier, je suis suivie par un psy.
Pas d'antécédents médicaux, pas d'allergie connue.
Mon mari a fait un AVC en janvier, il est encore en rééducation.
Je suis enceinte de 5 mois donc pas de port de charges svp.
Notre fils est autiste et a besoin d'un endroit calme.
Je suis diabétique de type 1, je dois faire mes injections pendant la journée.
Je suis séropositive, charge virale indétectable depuis des années.
Non, je n'ai pas de handicap.
En arrêt maladie pour burn-out depuis février.
Ça fait deux ans que j'ai arrêté l'alcool, je vais aux réunions chaque semaine.
Ma fille est épileptique, elle fait des crises la nuit.
Mon père est sous chimio pour un cancer du poumon.
J'ai une RQTH à cause de mes problèmes de dos.
"""

GENETIC = """
Le test génétique a montré que je suis porteuse d'une variante BRCA2.
[genetic,health] Notre fils a la mucoviscidose, il est homozygote F508del.
Les résultats montrent une mutation hétérozygote sur le gène MYBPC3, on attend la suite.
[genetic,health] Ma soeur et moi avons la mutation HTT, elle a déjà des symptômes de Huntington.
"""

RACIAL = """
En tant que femme noire, je suis souvent la seule dans ces réunions.
Je suis d'origine kabyle par mon père.
Ma famille est rom, on a souvent dû changer d'école.
Je suis métisse, mère vietnamienne et père breton.
Je suis d'origine touareg, ma famille vit entre le Niger et la France.
"""

POLITICAL = """
Je suis adhérent au PS depuis 2008 et je tracte volontiers.
J'ai voté écolo aux dernières élections mais je suis indécise cette fois.
Je milite à LFI dans le 11e.
Je voterai pour la liste de la majorité au second tour.
J'ai quitté LR après la dernière présidentielle.
Mon mari vote RN, on n'en parle plus à table.
"""

RELIGIOUS = """
Je suis catholique pratiquante et je chante à la chorale paroissiale.
Je suis musulmane et je fais le ramadan, un repas après le coucher du soleil serait top.
Je me suis fait débaptiser l'an dernier.
Nous sommes juifs et nous ne travaillons pas pendant le shabbat.
Je suis protestant, membre de l'Église réformée du quartier.
Je suis athée mais je viens aider à l'épicerie solidaire de la paroisse.
"""

UNION = """
Je suis syndiqué à la CGT depuis 15 ans.
Je suis déléguée syndicale CFDT dans mon entreprise.
Je ne suis pas syndiqué.
Ma cotisation syndicale est prélevée tous les mois.
J'ai adhéré à SUD Santé après la grève de l'hôpital.
"""

ORIENTATION = """
Je suis gay et je n'en ai pas encore parlé à ma famille.
Je suis bisexuelle, seuls mes amis proches le savent.
Ma compagne et moi sommes un couple lesbien avec une petite fille.
Mon fils a fait son coming out gay l'été dernier.
Je suis homosexuel et je vis seul depuis la mort de mon compagnon.
"""

CRIMINAL = """
J'ai été condamné pour vol en 2015, j'ai purgé ma peine.
Mon casier judiciaire est vierge.
Je suis sous contrôle judiciaire jusqu'au procès.
Mon ex fait l'objet d'une enquête pour violences conjugales.
J'ai fait 18 mois à Fleury-Mérogis.
Je suis en sursis probatoire avec obligation de soins.
"""

NEG_HEALTH = """
Chaque année, environ 60 000 femmes sont diagnostiquées d'un cancer du sein en France.
La semaine d'information sur la santé mentale aura lieu en octobre.
Allergènes : gluten, lait, fruits à coque.
"""

NEG_RELIGIOUS = """
La salle paroissiale de la rue de l'Église est juste prêtée pour l'atelier.
Le rayon Religion & Spiritualité de la boutique solidaire a déménagé.
"""

NEG_POLITICAL = """
Les bureaux de vote ouvrent de 8h à 20h.
L'association est apolitique et ne soutient aucun candidat.
"""

NEG_UNION = """
Le projet est cofinancé par l'Union européenne.
La requête fait un UNION des deux tables.
"""

NEG_CRIMINAL = """
La délinquance enregistrée a baissé de 3 % dans le département.
Le contrôle des listes de sanctions n'a rien donné.
"""

NEG_RACIAL = """
Nationalité : française.
Le marché propose de la cuisine du monde.
"""

NEG_ORIENTATION = """
Pronoms : il/lui.
La Marche des Fiertés partira de la place de la République.
"""

NEG_GENETIC = """
L'outil de tournée utilise un algorithme génétique.
"""

NEG_BIOMETRIC = """
Connexion par empreinte digitale réussie sur l'appli.
"""

NEUTRAL = """
Merci beaucoup pour tout ce que vous faites !
Désolée pour le long message.
N'hésitez pas si vous avez besoin d'autre chose.
Le jeudi je ne peux pas mais le samedi ça marche.
Il y a un parking près de la salle ?
J'ai connu l'association par une amie.
Désolé pour les fautes, j'écris depuis mon téléphone.
Je peux aider à installer la salle.
Est-ce que je peux modifier mes infos en ligne ?
Le formulaire a planté deux fois.
Le reçu fiscal est sûrement parti dans les spams.
Bonne journée et merci encore.
"""

NOTE = """
Rappel prévu la semaine prochaine.
Documents scannés et ajoutés au dossier.
Orienté vers la permanence juridique.
À revoir en réunion d'équipe jeudi.
Pas de réponse, message laissé.
"""
