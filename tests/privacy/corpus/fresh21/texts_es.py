"""Spanish free-text sentences. A line may start with [kind,kind] to override the block's kinds."""

HEALTH = """
Tengo esclerosis múltiple desde 2018 y hay días que no puedo ni salir de casa.
Mi madre tiene alzhéimer y ya no puede quedarse sola.
Me diagnosticaron depresión el año pasado y estoy con tratamiento.
Sin antecedentes médicos de interés, sin alergias conocidas.
Mi marido tuvo un infarto en marzo y sigue de baja.
Estoy embarazada de 6 meses, así que mejor nada de cargar cajas.
Nuestro hijo tiene TEA y necesita un espacio tranquilo.
Soy diabética tipo 1 y llevo bomba de insulina.
Soy VIH positivo, indetectable desde hace años.
No, no tengo ninguna discapacidad.
Estoy de baja por ansiedad desde enero.
Llevo tres años sin beber, voy a las reuniones todas las semanas.
Tengo reconocido un 33% de discapacidad por una lesión medular.
A mi padre le están dando quimio por un cáncer de colon.
Mi hija es celíaca, por favor nada con gluten.
"""

GENETIC = """
El estudio genético dice que soy portadora de una variante en BRCA1.
[genetic,health] A mi hijo le encontraron una deleción en el gen DMD, tiene Duchenne.
Según el informe soy heterocigota para la variante c.35delG del gen GJB2.
[genetic,health] Somos tres hermanos con la mutación V30M de TTR y yo ya tengo polineuropatía.
"""

RACIAL = """
Como mujer gitana he sufrido discriminación en el trabajo.
Soy afrodescendiente y nací en Valencia.
Mi familia es de origen quechua, de Cusco.
Soy mapuche por parte de madre.
Como hombre negro en este barrio me paran siempre para pedirme papeles.
"""

POLITICAL = """
Soy afiliado al PSOE desde hace 20 años y ayudo en las mesas informativas.
Voté a Sumar en las generales pero ahora no lo tengo claro.
Soy militante de Podemos en mi círculo.
Votaré al PP en las municipales por el alcalde.
Me di de baja de Ciudadanos en 2019.
Mi padre vota a Vox y no hay quien hable con él.
"""

RELIGIOUS = """
Soy católica practicante y voy a misa los domingos.
Soy musulmán y durante el Ramadán no como hasta la puesta de sol.
Apostaté el año pasado, ya no soy de la Iglesia.
Somos evangélicos y vamos a la iglesia del barrio.
Soy judía sefardí y celebramos Pésaj en familia.
Soy cofrade de la Macarena desde niño.
"""

UNION = """
Estoy afiliada a CCOO desde 2010.
Soy delegado sindical de UGT en la empresa.
No estoy afiliado a ningún sindicato.
La cuota sindical me la descuentan en nómina.
Me afilié a la CGT después de la huelga.
"""

ORIENTATION = """
Soy gay y mi familia todavía no lo sabe.
Soy bisexual, solo lo saben mis amigas.
Mi mujer y yo somos una pareja de lesbianas con dos hijos.
Mi hijo salió del armario como gay el año pasado.
Soy lesbiana y vivo con mi pareja desde hace ocho años.
"""

CRIMINAL = """
Tengo antecedentes penales por robo, ya cumplí condena.
No tengo antecedentes penales.
Estoy en libertad condicional hasta el año que viene.
A mi ex le han abierto diligencias por malos tratos.
Estuve dos años en el centro penitenciario de Soto del Real.
Mi hermano está en prisión preventiva esperando juicio.
"""

NEG_HEALTH = """
Cada año se diagnostican unos 35.000 casos de cáncer de mama en España.
La semana de la salud mental se celebra en octubre.
Alérgenos: gluten, huevo, frutos secos.
"""

NEG_RELIGIOUS = """
La reunión es en los locales de la parroquia, pero la asociación es laica.
La calle de la Iglesia estará cortada por obras.
"""

NEG_POLITICAL = """
Los colegios electorales abren de 9 a 20 h.
La asociación es apartidista y no apoya a ningún candidato.
"""

NEG_UNION = """
El programa está cofinanciado por la Unión Europea.
La consulta usa UNION para juntar las dos tablas.
"""

NEG_CRIMINAL = """
La criminalidad en el distrito bajó un 2% el año pasado.
La comprobación de listas de sanciones no dio resultados.
"""

NEG_RACIAL = """
Nacionalidad: española.
En la feria habrá comida étnica de todo el mundo.
"""

NEG_ORIENTATION = """
Pronombres: elle.
La manifestación del Orgullo sale de Atocha a las 18 h.
"""

NEG_GENETIC = """
El planificador de rutas usa un algoritmo genético.
"""

NEG_BIOMETRIC = """
Inicio de sesión con huella en la app correcto.
"""

NEUTRAL = """
¡Muchas gracias por todo lo que hacéis!
Perdón por el mensaje tan largo.
Si necesitáis algo más me decís.
Los jueves no puedo pero los sábados sí.
¿Hay aparcamiento cerca del local?
Os conocí por una amiga.
Perdón por las faltas, escribo desde el móvil.
Puedo ayudar a montar las mesas.
¿Puedo cambiar mis datos por internet?
El formulario se me colgó dos veces.
El certificado de donación me llegó a spam creo.
Un saludo y buen finde.
"""

NOTE = """
Se le vuelve a llamar la semana que viene.
Documentación escaneada y subida al expediente.
Derivado al servicio jurídico.
Se revisa en la reunión del jueves.
No contesta, se deja mensaje.
"""
