"""Spanish payload families: centros de salud, mutuas, SEPE, padrón, extranjería, justicia."""

from __future__ import annotations

import base64
from typing import Any

from . import pools
from .ctx import Ctx, frag
from .registry import family
from .shapes import cloudevent, company_domain, csv_text, form, graphql, page, problem

ES = pools.ICD["es"]


def cip(c: Ctx) -> str:
    return "".join(c.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)) + f"{c.num(100000, 999999)}"


@family("es_informe_clinico", es=1)
def informe_clinico(c: Ctx) -> Any:
    p, dr = c.person(), c.person()
    return {
        "centro": c.pick(["Centro de Salud Las Delicias", "Hospital Comarcal del Norte"]),
        "paciente": {"nombre": c.name(p), "fechaNacimiento": c.dob(p), "cip": cip(c)},
        "facultativo": c.titled(dr, "Dra." if dr.sex == "f" else "Dr."),
        "antecedentes": c.say("health", p=p, chat=False),
        "juicioClinico": c.say("health", p=p, chat=False),
    }


@family("es_baja_laboral", es=1)
def baja_laboral(c: Ctx) -> Any:
    p = c.person()
    code, text = c.pick(ES)
    return cloudevent(
        c,
        "es.inss.it.parte_baja",
        "/it/partes",
        {
            "trabajador": {**c.name_kv(p, "nombre", "apellidos"), "dni": c.dni()},
            "parte": {
                "fechaBaja": c.day().isoformat(),
                "duracionEstimada": c.pick(["corta", "media", "larga"]),
                **c.kv("health", "diagnostico", f"{code} {text}"),
            },
            "empresa": {"ccc": f"28{c.num(100000, 999999)}"},
        },
    )


@family("es_receta_electronica", es=1)
def receta(c: Ctx) -> Any:
    p = c.person()
    med = c.pick(pools.MEDS["es"])
    return {
        "receta": c.ref("RE", 6),
        "paciente": {"nombre": c.name(p), "tarjetaSanitaria": cip(c)},
        **c.kv("health", "medicamento", med),
        "pauta": c.pick(["1-0-1", "1-0-0", "cada 8 horas"]),
        "duracion": c.pick(["30 días", "3 meses", "crónico"]),
    }


@family("es_mutua_cuestionario", es=1)
def mutua(c: Ctx) -> Any:
    p = c.person()
    preguntas = [
        {"pregunta": "¿Padece alguna enfermedad crónica?", "respuesta": c.pick(["No", "Sí"])},
        {"pregunta": "¿Toma medicación de forma habitual?", "respuesta": "No"},
        {
            "pregunta": "¿Tiene reconocido algún grado de discapacidad?",
            "respuesta": c.pick(["No", "Sí, 33 %"]),
        },
    ]
    c.mark("health", frag("respuesta", "No"), "questionnaire:negated")
    doc: dict[str, Any] = {
        "solicitud": c.ref("SOL", 6),
        "tomador": {"nombre": c.name(p), "fecha_nacimiento": c.dob(p), "nif": c.dni()},
        "cuestionarioSalud": preguntas,
    }
    if c.chance(0.4):
        doc["observaciones"] = c.say("health", p=p, chat=False)
    return doc


@family("es_grado_discapacidad", es=1)
def discapacidad(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "expediente": c.ref("GD", 6),
        "solicitante": {"nombre": c.name(p), "domicilio": c.addr_full(a)},
        "resolucion": {
            **c.kv("health", "gradoDiscapacidad", f"{c.pick([33, 45, 65, 75])} %"),
            "movilidadReducida": c.chance(0.4),
        },
    }


@family("es_salud_mental_app", es=1)
def salud_mental(c: Ctx) -> Any:
    user = c.pick(["girasol_88", "nubecita", "pepe_runner", "lunar_azul"])
    return {
        "usuario": user,
        "diario": [
            {"fecha": c.day().isoformat(), "entrada": c.say("health", chat=True)},
            {"fecha": c.day().isoformat(), "estadoAnimo": c.num(1, 10)},
        ],
    }


@family("es_residencia_mayores", es=3)
def residencia(c: Ctx) -> Any:
    p, f = c.person(born=(1925, 1948)), c.person(born=(1950, 1975))
    r: dict[str, Any] = {
        "residente": c.name(p),
        "fechaNacimiento": c.dob(p, "long"),
        **c.kv("health", "gradoDependencia", c.pick(["Grado I", "Grado II", "Grado III"])),
        "familiarContacto": {"nombre": c.name(f), "telefono": c.phone()},
    }
    if c.chance(0.5):
        r.update(c.kv("religious_belief", "confesion", c.pick(pools.RELIGIONS["es"])))
    return r


@family("es_nomina", es=5)
def nomina(c: Ctx) -> Any:
    p = c.person()
    bruto = c.money(1300, 4200)
    deducciones: list[dict[str, Any]] = [
        {"concepto": "IRPF", "importe": round(bruto * 0.13, 2)},
        {"concepto": "Contingencias comunes", "importe": round(bruto * 0.047, 2)},
    ]
    if c.chance(0.6):
        u = c.pick(pools.UNIONS["es"])
        deducciones.append({"concepto": f"Cuota sindical {u}", "importe": round(bruto * 0.01, 2)})
        c.mark("trade_union", f"Cuota sindical {u}", "payroll:union_dues")
    return {
        "trabajador": {
            "nombre": c.name(p),
            "nif": c.dni(nie=c.chance(0.3)),
            "naf": f"28/{c.num(100000, 999999)}",
        },
        "periodo": f"2024-{c.num(1, 12):02d}",
        "devengos": bruto,
        "deducciones": deducciones,
        "cuentaAbono": c.iban(),
    }


@family("es_afiliacion_sindical", es=3)
def afiliacion(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    u = c.pick(pools.UNIONS["es"])
    return {
        "sindicato": u,
        "afiliado": {
            **c.name_kv(p, "nombre", "apellidos"),
            "dni": c.dni(),
            "domicilio": c.addr_full(a),
            "movil": c.phone(mobile=True),
        },
        **c.kv("trade_union", "numeroAfiliacion", f"{u}-{c.num(100000, 999999)}"),
        "cuota": {"importe": c.money(9, 20), "domiciliacion": c.iban()},
    }


@family("es_comite_empresa", es=3)
def comite(c: Ctx) -> Any:
    miembros = []
    for _ in range(c.num(3, 4)):
        p = c.person()
        m: dict[str, Any] = {
            "nombre": c.name(p),
            "cargo": c.pick(["vocal", "secretaria", "presidente"]),
        }
        m.update(c.kv("trade_union", "candidatura", c.pick(pools.UNIONS["es"])))
        miembros.append(m)
    return {"empresa": c.pick(pools.COMPANIES["es"]), "comite": miembros, "mandato": "2023-2027"}


@family("es_padron", es=4)
def padron(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "ayuntamiento": c.pick(
            ["Ayuntamiento de Getafe", "Ajuntament de Girona", "Ayuntamiento de Cádiz"]
        ),
        "inscripcion": {
            **c.name_kv(p, "nombre", "apellidos"),
            "documento": c.dni(nie=c.chance(0.4)),
            "fecha_nacimiento": c.dob(p),
            **c.addr_split(a, c.key("via", "calle"), c.key("numero", "número")),
            "CP": a.postcode,
            "municipio": a.city,
            "nacionalidad": c.pick(["española", "marroquí", "rumana", "colombiana"]),
        },
    }


@family("es_extranjeria", es=4)
def extranjeria(c: Ctx) -> Any:
    p = c.person(c.pick(["fr", "en", "es"]))
    doc: dict[str, Any] = {
        "expediente": c.ref("EX", 6),
        "solicitante": {
            "nombre": c.name(p),
            "nie": c.dni(nie=True),
            "pasaporte": c.passport(c.pick(["FR", "ES", "GB"])),
            "fechaNacimiento": c.dob(p),
        },
        "tramite": c.pick(
            ["arraigo social", "reagrupación familiar", "residencia de larga duración"]
        ),
    }
    if c.chance(0.4):
        doc["entrevista"] = c.say("racial_ethnic_origin", p=p)
    return doc


@family("es_certificado_penales", es=1)
def penales(c: Ctx) -> Any:
    p = c.person()
    negativo = c.chance(0.5)
    return {
        "certificado": c.ref("CP", 6),
        "titular": {"nombre": c.name(p), "dni": c.dni()},
        **(
            c.kv("criminal_record", "resultado", "No constan antecedentes penales")
            if negativo
            else {"resultado": c.say("criminal_record", p=p, chat=False)}
        ),
        "expedido": c.day().isoformat(),
    }


@family("es_atestado_policial", es=2)
def atestado(c: Ctx) -> Any:
    p = c.person()
    return {
        "atestado": f"{c.num(1000, 9999)}/24",
        "dependencia": "Comisaría de distrito",
        "detenido": {"nombre": c.name(p), "documento": c.dni()},
        "hechos": c.say("criminal_record", p=p, chat=False),
        "hora": c.ts(),
    }


@family("es_centro_penitenciario", es=3)
def penitenciario(c: Ctx) -> Any:
    p = c.person()
    r: dict[str, Any] = {
        "interno": c.name(p, "Lf"),
        "nis": c.ref("", 6),
        **c.kv("criminal_record", "situacion", c.pick(["penado", "preventivo"])),
        "modulo": c.num(1, 14),
    }
    if c.chance(0.5):
        r["asistenciaReligiosa"] = c.say("religious_belief", p=p, chat=False)
    return r


@family("es_afiliados_partido", es=4)
def afiliados(c: Ctx) -> Any:
    party = c.pick(pools.PARTIES["es"])
    items = []
    for _ in range(c.num(2, 3)):
        p = c.person()
        item = {
            "nombre": c.name(p),
            "email": c.email(p),
            **c.kv("political_opinion", "partido", party),
            "agrupacion": c.pick(["Centro", "Norte", "Chamberí", "Triana"]),
        }
        if c.chance(0.4):
            item.update(
                c.kv("trade_union", "afiliacionSindical", c.pick(["UGT", "CCOO", "ninguna"]))
            )
        items.append(item)
    return graphql({"afiliados": {"nodes": items, "pageInfo": {"hasNextPage": c.chance(0.5)}}})


@family("es_encuesta_voto", es=4)
def encuesta(c: Ctx) -> Any:
    resp = []
    for _ in range(c.num(2, 3)):
        r: dict[str, Any] = {
            "panelista": c.ref("PN", 5),
            "edad": c.num(18, 80),
            "provincia": c.pick(["Madrid", "Sevilla", "Zaragoza"]),
        }
        r.update(c.kv("political_opinion", "intencionVoto", c.pick(pools.PARTIES["es"])))
        if c.chance(0.4):
            r.update(
                c.kv(
                    "religious_belief",
                    "religiosidad",
                    c.pick(
                        [
                            "católico practicante",
                            "católico no practicante",
                            "creyente de otra religión",
                        ]
                    ),
                )
            )
        if c.chance(0.35):
            r.update(c.kv("trade_union", "afiliadoSindicato", c.chance(0.5)))
        resp.append(r)
    return {"estudio": c.ref("EST", 4), "respuestas": resp}


@family("es_donacion_partido", es=3)
def donacion(c: Ctx) -> Any:
    p = c.person()
    party = c.pick(pools.PARTIES["es"])
    return {
        "donante": {"nombre": c.name(p), "nif": c.dni()},
        **c.kv("political_opinion", "destinatario", party),
        "importe": c.money(50, 3000),
        "cuentaOrigen": c.iban(),
    }


@family("es_parroquia", es=1)
def parroquia(c: Ctx) -> Any:
    p = c.person()
    return {
        "parroquia": c.pick(["Parroquia de San José", "Parroquia de Santa María"]),
        "feligres": {"nombre": c.name(p), "telefono": c.phone()},
        "sacramentos": {"bautismo": c.day(c.num(1960, 2015)).isoformat()},
        **c.kv(
            "religious_belief",
            "colaboracion",
            c.pick(["catequista", "coro parroquial", "Cáritas parroquial"]),
        ),
        "donativoMensual": c.money(5, 50),
    }


@family("es_comunidad_islamica", es=2)
def comunidad_islamica(c: Ctx) -> Any:
    p = c.person()
    concepto = c.pick(["zakat", "cuota de socio de la mezquita", "zakat al-fitr"])
    c.mark("person_name", f"nombre={p.full}", "name")
    c.mark("religious_belief", f"concepto={concepto}", "form:religious_donation")
    return form(
        [
            ("nombre", p.full),
            ("email", c.email(p)),
            ("concepto", concepto),
            ("importe", str(c.num(20, 500))),
        ]
    )


@family("es_app_citas", es=6)
def app_citas(c: Ctx) -> Any:
    perfil: dict[str, Any] = {
        "alias": c.pick(["mar_y_sol", "dani_bcn", "lectora88", "runner_sev"]),
        "edad": c.num(21, 60),
        "genero": c.pick(["mujer", "hombre"]),
    }
    if c.chance(0.75):
        perfil.update(
            c.kv("sex_life_orientation", "orientacionSexual", c.pick(pools.ORIENTATIONS["es"]))
        )
    else:
        perfil["orientacionSexual"] = pools.NO_ANSWER["es"]
    if c.chance(0.35):
        perfil.update(c.kv("racial_ethnic_origin", "etnia", c.pick(pools.ETHNICITIES["es"])))
    if c.chance(0.35):
        perfil["sobreMi"] = c.say(
            c.pick(["sex_life_orientation", "religious_belief", "political_opinion"]), chat=True
        )
    lat, lon = c.coarse()
    perfil["ubicacion"] = {"lat": lat, "lon": lon}
    if c.chance(0.35):
        perfil["verificacion"] = {"selfie": "ok", "plantillaFacial": c.embedding(32)}
    return {"perfil": perfil}


@family("es_fichaje_huella", es=4)
def fichaje(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "terminal": f"TR-{c.hexid(4)}",
        "empleado": {"nombre": c.name(p), "dni": c.dni()},
    }
    if c.chance(0.9):
        doc["plantillaBiometrica"] = {
            "tipo": "huella",
            "formato": "ISO 19794-2",
            "datos": c.fp_template(),
        }
    else:
        doc["plantillaBiometrica"] = {"tipo": "huella", "datos": None, "motivo": "baja voluntaria"}
    doc["fichajes"] = [{"entrada": c.ts(), "metodo": "huella"}]
    return doc


@family("es_reconocimiento_facial", es=3)
def facial(c: Ctx) -> Any:
    return {
        "gimnasio": "Club Deportivo Río",
        "socio": c.ref("SO", 5),
        "evento": "alta_facial",
        "vectorFacial": c.embedding(c.pick([64, 128])),
        "camara": f"CAM-{c.num(1, 9)}",
    }


@family("es_test_adn", es=6)
def test_adn(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "kit": c.ref("ADN", 6),
        "cliente": {"nombre": c.name(p), "email": c.email(p)},
    }
    if c.chance(0.5):
        doc["perfilSTR"] = c.str_profile()
    else:
        doc["genotipos"] = c.snps(c.num(3, 5))
    if c.chance(0.4):
        doc["origenDeclarado"] = c.say("racial_ethnic_origin", p=p)
    return doc


@family("es_farmacogenetica", es=6)
def farmacogenetica(c: Ctx) -> Any:
    p = c.person()
    return {
        "informe": c.ref("PGX", 5),
        "paciente": {"nombre": c.name(p), "fechaNacimiento": c.dob(p)},
        "resultado": c.say("genetic", p=p, chat=False),
        "comentario": c.say("genetic", p=p, chat=False),
    }


@family("es_fundacion_gitana", es=4)
def fundacion(c: Ctx) -> Any:
    p = c.person()
    return {
        "participante": c.name(p),
        "programa": c.pick(["Acceder", "Promociona"]),
        "telefono": c.phone(mobile=True),
        "notaSocial": c.note("racial_ethnic_origin", neg=c.num(0, 1), topic="public", p=p),
    }


@family("es_banco_alta", es=5)
def banco_alta(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "cliente": {
            **c.name_kv(p, "nombre", "apellidos"),
            c.key("dni", "DNI"): c.dni(),
            "fechaNacimiento": c.dob(p),
            "domicilio": c.addr_full(a),
            c.key("telefono", "teléfono", "tel"): c.phone(),
            "email": c.email(p),
        },
        "cuenta": {"iban": c.iban()},
        "kyc": {"pep": False, "listasSanciones": "sin coincidencias"},
    }


@family("es_telefonia", es=4)
def telefonia(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "linea": c.phone(mobile=True),
        "titular": c.name(p),
        "direccionInstalacion": c.addr_full(a),
        "router": {"ipPublica": c.ip4(False), "ipLan": c.ip4(True)},
    }


@family("es_reparto", es=4)
def reparto(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    lat, lon = c.coords()
    return {
        "pedido": c.ref("PD", 6),
        "cliente": c.name(p),
        "entrega": c.addr_full(a),
        "movil": c.phone(mobile=True),
        "geo": {"type": "Point", "coordinates": [lon, lat]},
    }


@family("es_tienda_pago", es=5)
def tienda(c: Ctx) -> Any:
    p = c.person()
    if c.chance(0.6):
        pago: dict[str, Any] = {"numeroTarjeta": c.card(), "titular": c.name(p, "LF")}
    else:
        pago = {"tarjetaRegalo": c.card_bad(), "ultimos4": f"{c.num(1000, 9999)}"}
    return {
        "pedido": c.ref("TP", 6),
        "email": c.email(p),
        "pago": pago,
        "remitente": c.role_email("pedidos", "tienda-del-sol.es"),
    }


@family("es_logs_acceso", es=4)
def logs_acceso(c: Ctx) -> Any:
    p = c.person()
    return [
        f"{c.ts()} acceso usuario={c.email(p)} ip={c.ip4()}",
        f"{c.ts()} webhook firmado secreto={c.secret('whsec')}",
        f"{c.ts()} despliegue versión {c.version()}",
    ]


@family("es_k8s_secret", es=3)
def k8s_secret(c: Ctx) -> Any:
    pw = c.secret("password")
    enc = base64.b64encode(pw.encode()).decode()
    c.mark("credential", enc, "secret:k8s")
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "bd-credenciales"},
        "type": "Opaque",
        "data": {"password": enc, "usuario": base64.b64encode(b"app").decode()},
    }


@family("es_error_validacion", es=3)
def error_validacion(c: Ctx) -> Any:
    bad = c.iban_bad("ES")
    return problem(
        c,
        "iban-invalido",
        "Datos bancarios no válidos",
        422,
        f"El dígito de control del IBAN {bad} no es correcto.",
        errores=[{"campo": "iban", "valor": bad}, {"campo": "dni", "valor": c.dni_bad()}],
    )


@family("es_curriculum", es=3)
def curriculum(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "cv": {
            "nombre": c.name(p),
            "fechaNacimiento": c.dob(p, "long"),
            "direccion": c.addr_full(a),
            "telefono": c.phone(),
            "email": c.email(p),
        },
        "experiencia": [
            "Administrativa en gestoría (2016-2022)",
            "Recepcionista de hotel (2013-2016)",
        ],
    }


@family("es_expediente_rrhh", es=4)
def expediente_rrhh(c: Ctx) -> Any:
    p = c.person()
    kinds = c.rng.sample(
        ["health", "trade_union", "religious_belief", "political_opinion", "sex_life_orientation"],
        2,
    )
    return {"empleado": c.name(p), "dni": c.dni(), "anotacion": c.note(*kinds, p=p, chat=False)}


@family("es_sepe_prestacion", es=3)
def sepe(c: Ctx) -> Any:
    p = c.person()
    return page(
        c,
        [
            {
                "solicitante": c.name(p),
                "dni": c.dni(),
                "prestacion": "contributiva",
                "cuenta": c.iban(),
                "nota": c.neg("public"),
            }
        ],
    )


@family("es_csv_socios", es=2)
def csv_socios(c: Ctx) -> Any:
    rows = []
    for _ in range(c.num(2, 3)):
        p = c.person()
        rows.append([p.full, c.email(p), c.phone(mobile=True)])
        c.mark("person_name", p.full, "name")
    return {
        "fichero": "socios_club.csv",
        "contenido": csv_text(["nombre", "email", "movil"], rows, ","),
    }


@family("es_asociacion_lgtbi", es=4)
def asociacion_lgtbi(c: Ctx) -> Any:
    return {
        "consulta": c.ref("LG", 5),
        "canal": c.pick(["chat", "teléfono", "presencial"]),
        "resumen": c.say("sex_life_orientation"),
        "derivacion": c.pick(["asesoría jurídica", "grupo de apoyo", "ninguna"]),
    }


@family("es_resena_dactilar", es=4)
def resena(c: Ctx) -> Any:
    p = c.person()
    return {
        "resena": c.ref("SAID", 6),
        "detenido": {"nombre": c.name(p), "dni": c.dni()},
        **c.kv(
            "criminal_record",
            "delito",
            c.pick(["robo con violencia", "hurto", "estafa", "lesiones"]),
        ),
        "huellas": {"dedo": "índice derecho", "plantilla": c.fp_template()},
    }


@family("es_interventores", es=4)
def interventores(c: Ctx) -> Any:
    party = c.pick(pools.PARTIES["es"])
    rows = []
    for _ in range(c.num(2, 3)):
        p = c.person()
        rows.append({"nombre": c.name(p), "dni": c.dni(), "mesa": f"{c.num(1, 40)}-{c.pick('AB')}"})
    c.mark("political_opinion", frag("candidatura", party), "field:party_appointment")
    return {"eleccion": "Municipales", "candidatura": party, "interventores": rows}


@family("es_hospital_venas_palma", es=4)
def venas_palma(c: Ctx) -> Any:
    p = c.person()
    return {
        "hospital": "Hospital Universitario del Sur",
        "paciente": {"nombre": c.name(p), "nhc": c.ref("", 6)},
        "identificacion": {"metodo": "venas de la palma", "plantilla": c.vein_template()},
        **c.kv("health", "alergias", [c.pick(["penicilina", "látex", "yodo", "AINE"])]),
        "ingreso": c.ts(),
    }


@family("es_aviso_legal", es=2)
def aviso_legal(c: Ctx) -> Any:
    a = c.address()
    titular = c.pick(pools.COMPANIES["es"])
    return {
        "titular": titular,
        "domicilioSocial": c.addr_full(a),
        "contacto": c.role_email(
            c.pick(["info", "atencion", "protecciondedatos"]), company_domain(titular, "es")
        ),
        "cif": f"B{c.num(10, 99)}{c.num(100000, 999999)}",
        "registro": "Registro Mercantil",
    }
