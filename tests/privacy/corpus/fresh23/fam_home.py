"""Smart home and IoT: thermostats, locks, doorbells, cameras, alarms, elderly care, voice."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import family

D = "home"


@family(4, D, clean=True)
def f_thermostat_schedule(c: Ctx) -> Any:
    days = c.t("mon-fri", "mo-fr", "lun-ven", "lun-vie")
    return c.d(device_id=c.eui(), firmware=c.fw(), mode=c.pick(["heat", "eco", "auto"]),
               schedule=[c.d(days=days, start=f"{h:02d}:30", target_c=c.f(16, 22, 1))
                         for h in (6, 17, 22)],
               device_health=c.pick(["ok", "low_battery"]), room_temp=c.f(17, 23, 4))


@family(3, D)
def f_thermostat_account_link(c: Ctx) -> Any:
    nm = c.name()
    return c.d(user=c.d(display_name=nm, email=c.email(nm)), home=c.address_struct(),
               oauth=c.d(access_token=c.jwt(), refresh_token=c.secret(), expires_in=3600),
               devices=[c.eui(), c.eui()])


@family(3, D)
def f_door_lock_events(c: Ctx) -> Any:
    evts = []
    for _ in range(c.n(2, 4)):
        who = c.first() if not evts or c.chance(0.6) else c.t("guest code", "Gästecode",
                                                               "code invité",
                                                   "código invitado")
        evts.append(c.d(ts=c.ts(), action=c.pick(["unlock", "lock"]), by=who,
                        method=c.pick(["app", "keypad", "fingerprint", "auto"])))
    return c.d(lock=c.mac(), battery_health=c.n(40, 100), events=evts)


@family(4, D, clean=True)
def f_doorbell_motion(c: Ctx) -> Any:
    return c.d(event="motion", device=c.mac(), ts=c.ts(), zone=c.pick(["porch", "drive"]),
               clip=f"https://clips.example-cam.net/{c.uuid()}.mp4",
               person_detected=c.pick([True, False]), confidence=c.f(0.5, 0.99, 4),
               device_health="ok")


@family(6, D)
def f_doorbell_face_match(c: Ctx) -> Any:
    known = c.chance(0.7)
    doc = c.d(event="face_detected", device=c.mac(), ts=c.ts(),
              embedding=c.embedding(), match_score=c.f(0.3, 0.99, 3))
    doc[c.k("matched_person")] = c.name() if known else None
    return doc


@family(5, D)
def f_camera_face_enrollment(c: Ctx) -> Any:
    nm = c.name()
    return {"op": "enroll", "gallery": c.pick(["family", "staff", "watchlist"]),
            "subject": {"name": nm, "face_template": {"algo": "arcface-r100", "dim": 32,
                                                     "vector": c.embedding()}},
            "source_images": [f"{c.hexs(12)}.jpg" for _ in range(3)]}


@family(4, D, clean=True)
def f_camera_product_catalogue(c: Ctx) -> Any:
    return {"sku": f"CAM-{c.n(100, 999)}", "name": c.pick(["Vigil Pro 4K", "Sentra Dome"]),
            "features": c.pick([["biometric face recognition", "night vision", "IP66"],
                                ["Gesichtserkennung (biometrisch)", "PoE", "H.265"]]),
            "price": c.f(89, 450, 2), "model_code": c.pick(["AX-400", "AX-410"]),
            "marketing": c.t("Know who is at the door before you open it.",
                             "Wissen, wer vor der Tür steht.", "Sachez qui sonne.",
                             "Sepa quién llama.")}


@family(5, D)
def f_alarm_monitoring_signal(c: Ctx) -> Any:
    doc = c.d(account=c.ref("ARC"), signal=f"E{c.pick([130, 131, 110, 100])}",
              zone=c.n(1, 16), premises=c.address(),
              keyholders=[c.d(name=c.name(), phone=c.phone()) for _ in range(c.n(1, 2))])
    if c.chance(0.6):
        doc[c.k("verbal_password")] = c.password()
    if c.chance(0.4):
        doc[c.k("operator_notes")] = c.special_any(("health",)) + c.maybe_special(0.6)
    return doc


@family(4, D, clean=True)
def f_alarm_panel_contact_id(c: Ctx) -> Any:
    return {"receiver": "SG-" + str(c.n(1, 9)), "line": c.n(1, 4), "format": "ContactID",
            "raw": c.safe(lambda: f"{c.n(1000, 9999)} 18 1{c.n(100, 199)} 0{c.n(1, 9)} "
                                  f"{c.n(100, 999)}"),
            "decoded": c.pick(["burglary", "fire", "ac_loss", "low_battery"]), "ts": c.ts()}


@family(6, D)
def f_fall_alert(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(alert=c.uuid(), type=c.pick(["fall", "no_motion", "sos"]), resident=nm,
              date_of_birth=c.dob(), pendant_location=c.coord(),
              conditions=[c.special("health") + c.maybe_special(0.5)],
              responders=[c.d(name=c.name(),
                                                                phone=c.phone())])
    return doc


@family(4, D, clean=True)
def f_care_sensor_daily_summary(c: Ctx) -> Any:
    return c.d(hub=c.eui(), date=c.date(), kitchen_activity=c.n(5, 40),
               door_openings=c.n(0, 12), hallway_motion=c.n(2, 30),
               avg_temp=c.f(18, 23, 4), hub_health=c.pick(["ok", "offline_2h"]))


@family(5, D)
def f_care_plan_sync(c: Ctx) -> Any:
    meds = c.special("health")
    extra = c.special(c.least(("genetic", "religious_belief"))) + c.maybe_special(0.6)
    return c.d(resident=c.name(), care_plan=[meds, extra],
               next_of_kin=c.d(name=c.name(), relation=c.enum("daughter", "Sohn", "fille", "hijo"),
                               phone=c.phone()),
               sensors=[c.eui(), c.eui()])


@family(6, D)
def f_voice_assistant_transcript(c: Ctx) -> Any:
    utt = c.special_any() + c.maybe_special()
    turns = [{"speaker": "user", "text": c.t("Hey Nova, make a note.", "Hey Nova, notier das.",
                                             "Dis Nova, prends une note.",
                                             "Oye Nova, toma nota.")},
             {"speaker": "user", "text": utt}]
    if c.chance(0.4):
        p = c.phone()
        turns.append({"speaker": "user", "text": c.t(
            f"And call me back on {p}.", f"Und ruf mich unter {p} zurück.",
            f"Et rappelle-moi au {p}.", f"Y llámame al {p}.")})
    return {"session": c.uuid(), "device": c.mac(), "locale": c.lang, "turns": turns,
            "asr_confidence": c.f(0.7, 0.99, 3)}


@family(5, D)
def f_voice_profile_enrollment(c: Ctx) -> Any:
    return c.d(profile_id=c.uuid(), display_name=c.first(), voiceprint=c.voiceprint(),
               enrolled_at=c.ts(), household=c.ref("HH"))


@family(4, D)
def f_voice_reminders(c: Ctx) -> Any:
    c.add("health")
    med = c.pick(["metformin", "sertraline", "levothyroxine", "ramipril"])
    return c.d(reminders=[c.d(text=c.t(f"take my {med}", f"{med} nehmen",
                                       f"prendre mon {med}", f"tomar mi {med}"),
                              at="08:00"),
                          c.d(text=c.t("put the bins out", "Müll rausstellen",
                                       "sortir les poubelles",
                                       "sacar la basura"), at="19:00")],
               owner=c.first())


@family(4, D, clean=True)
def f_smart_plug_telemetry(c: Ctx) -> Any:
    return [{"plug": c.mac(), "ts": c.ts(), "watts": c.f(0, 2200, 2), "volts": c.f(228, 241, 4),
             "relay": c.pick(["on", "off"])} for _ in range(c.n(2, 4))]


@family(4, D)
def f_home_support_ticket(c: Ctx) -> Any:
    nm = c.name()
    p = c.phone()
    body = c.t(f"My camera stopped recording. I'm {nm}, call {p}.",
               f"Meine Kamera nimmt nicht mehr auf. {nm}, Tel. {p}.",
               f"Ma caméra n'enregistre plus. {nm}, tél. {p}.",
               f"Mi cámara ya no graba. Soy {nm}, tel. {p}.")
    return c.d(ticket=c.ref("TCK"), subject=c.t("Camera offline", "Kamera offline",
                                                  "Caméra hors ligne", "Cámara sin conexión"),
               body=body + " " + c.special_any() + c.maybe_special(), client_ip=c.ip(),
               device=c.mac(),
               firmware=c.fw())


@family(2, D)
def f_device_share_invite(c: Ctx) -> Any:
    return c.d(invite_id=c.uuid(), from_user=c.name(), to_email=c.email(),
               role=c.pick(["admin", "member", "guest"]), devices=[c.mac()],
               expires=c.ts(2025))


@family(3, D)
def f_geofence_automation(c: Ctx) -> Any:
    lat, lon = c.coord()
    return c.d(rule="arrive_home", home=c.d(lat=lat, lon=lon, radius_m=150),
               actions=["heating_on", "porch_light_on"], owner_email=c.email())


@family(4, D, clean=True)
def f_air_quality_sensor(c: Ctx) -> Any:
    return c.d(sensor=c.eui(), pm25=c.f(2, 40, 1), co2_ppm=c.n(400, 1400),
               voc_index=c.n(50, 300), humidity=c.f(30, 70, 4), sensor_health="ok",
               room=c.pick(["living", "bedroom", "kitchen"]))


@family(3, D)
def f_smart_home_insurance_claim(c: Ctx) -> Any:
    nm = c.name()
    return c.d(claim=c.ref("CLM"), policyholder=nm, address=c.address(),
               trigger=c.d(sensor=c.eui(), event="leak", ts=c.ts()),
               payout_iban=c.iban(), email=c.email(nm))


@family(4, D)
def f_care_home_pgx_alert(c: Ctx) -> Any:
    return c.d(resident=c.name(), alert=c.special("genetic"), source="pharmacy-sync",
               room=c.n(1, 40))


@family(4, D)
def f_campaign_van_hire(c: Ctx) -> Any:
    return c.d(booking=c.ref("HIRE"), driver=c.name(), phone=c.phone(),
               purpose=c.special("political_opinion"), van=c.plate())


@family(3, D)
def f_installer_review(c: Ctx) -> Any:
    text = c.t("The engineer was on time and tidy.", "Der Techniker war pünktlich und ordentlich.",
               "Technicien ponctuel et soigneux.", "El técnico fue puntual y cuidadoso.")
    return c.d(reviewer=c.name(), rating=c.n(3, 5), review=text + c.maybe_special(0.9),
               product=c.pick(["Nova Thermostat", "Sentra Dome"]), verified_purchase=True)


@family(3, D, clean=True)
def f_product_review_clean(c: Ctx) -> Any:
    return c.d(user=f"user_{c.n(1000, 9999)}", rating=c.n(1, 5), review=c.t(
        "App pairing took two tries, otherwise great. Battery health still 100% after a month.",
        "Kopplung hat zweimal gebraucht, sonst super.", "Appairage laborieux, sinon parfait.",
        "Costó emparejarlo, por lo demás genial."), product=c.pick(["Nova Thermostat",
                                                                      "Sentra Dome"]))
