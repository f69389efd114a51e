"""Clean English families (hard negatives): cause pages, press and policy text, statistics,
form definitions, taxonomies, listings, registries, masked exports, configs and reference data.
None of them names a person or carries any kind; the look-alikes are recorded as decoys."""

from __future__ import annotations

from .ctx import Ctx, Json
from .registry import family

CAUSES = (
    (
        "Know the signs of sepsis",
        "Sepsis kills around 48,000 people in the UK every year. Slurred speech, extreme "
        "shivering, passing no urine in a day and mottled skin are all warning signs. If you "
        "notice them, get medical help straight away.",
    ),
    (
        "Talk about suicide, it saves lives",
        "One in five adults has had suicidal thoughts at some point. Asking someone directly "
        "whether they are thinking about suicide does not put the idea in their head - it "
        "gives them permission to talk.",
    ),
    (
        "HIV testing is free and confidential",
        "You can order a free postal test kit or walk in to any sexual health clinic. People "
        "on effective treatment cannot pass HIV on to their partners.",
    ),
    (
        "Dementia friendly communities",
        "There are nearly a million people living with dementia in the UK. Small changes - "
        "clear signage, patient staff, quiet hours - make shops and services usable for everyone.",
    ),
)


@family("campaign_page_cms", 3, "en", clean=True)
def campaign_page_cms(c: Ctx) -> Json:
    title, body = c.pick(CAUSES)
    return {
        "sys": {
            "id": c.token(22),
            "type": "Entry",
            "contentType": {"sys": {"id": "campaignPage"}},
            "revision": c.rint(2, 40),
            "updatedAt": c.ts(2024, 2025, "ms"),
        },
        "fields": {
            "title": {"en-GB": title},
            "slug": {"en-GB": title.lower().replace(" ", "-").replace(",", "")},
            "body": {"en-GB": body + " " + c.say("neg_health")},
            "cta": {"en-GB": c.pick(("Donate now", "Share this page", "Order a free kit"))},
            "heroImage": {
                "en-GB": {
                    "url": c.decoy(
                        "file_at", "//images.ctfassets.net/" + c.token(12).lower() + "/hero@2x.jpg"
                    )
                }
            },
        },
    }


PRESS = (
    (
        "Charities warn new asylum rules will push families into destitution",
        "A coalition of refugee charities today warned that the proposed changes to asylum "
        "support will leave thousands of families without income. A spokesperson said the "
        "sector was ready to work with government on alternatives.",
    ),
    (
        "Union rights bill: what changes for workers",
        "The bill repeals minimum service levels, simplifies statutory recognition and "
        "gives union reps paid time for equality work. Ballot thresholds will be reviewed.",
    ),
    (
        "Faith leaders call for action on child poverty",
        "Leaders from Christian, Muslim, Jewish, Sikh and Hindu communities have signed an "
        "open letter asking for the two-child limit to be scrapped.",
    ),
    (
        "New figures show record demand for LGBTQ+ youth services",
        "Referrals to LGBTQ+ youth services rose by a third last year, with long waits for "
        "counselling in most regions.",
    ),
)


@family("press_release_feed", 3, "en", clean=True)
def press_release_feed(c: Ctx) -> Json:
    items = []
    for title, summary in c.sample(PRESS, 2):
        items.append(
            {
                "id": c.uuid(),
                "title": title,
                "summary": summary,
                "published": c.ts(2024, 2025),
                "tags": ["press", "policy"],
                "link": "https://www.example-coalition.org.uk/news/" + c.token(8).lower(),
            }
        )
    return {"version": "https://jsonfeed.org/version/1.1", "title": "Newsroom", "items": items}


@family("policy_brief", 3, "en", clean=True)
def policy_brief(c: Ctx) -> Json:
    return {
        "doc": "Policy briefing",
        "title": c.pick(
            (
                "Faith groups and the cost of living",
                "Disability benefits reform",
                "Racial disparities in maternal health",
            )
        ),
        "sections": [
            {
                "h": "Summary",
                "p": c.decoy(
                    "neg:religious/en",
                    "Churches, mosques, gurdwaras and temples now run a third of the food "
                    "banks in the region, and most of them serve people of any faith or none.",
                ),
            },
            {
                "h": "Key figures",
                "p": (
                    "Black women are almost four times more likely to die in "
                    "pregnancy or childbirth than white women, according to "
                    "national audit data."
                ),
            },
            {
                "h": "Recommendations",
                "p": (
                    "Fund community-led services; publish data by ethnicity and "
                    "disability; protect advice services."
                ),
            },
        ],
        "published": c.date(2024, 2025),
        "pages": c.rint(8, 30),
    }


@family("impact_stats_api", 3, "en", clean=True)
def impact_stats_api(c: Ctx) -> Json:
    regions = []
    for r in c.sample(("North East", "Yorkshire", "London", "Wales", "Scotland", "South West"), 4):
        regions.append(
            {
                "region": r,
                "donors": c.rint(1200, 90000),
                "gifts": c.rint(3000, 240000),
                "avgGift": c.money(12, 60),
                "giftAidRate": round(c.r.uniform(0.3, 0.7), 2),
            }
        )
    return {
        "period": "FY2024",
        "totalRaisedPence": int(c.decoy("aggregate", str(c.rint(10**8, 10**9)))),
        "regions": regions,
        "beneficiaries": {
            "mealsServed": c.rint(100000, 900000),
            "helplineCalls": c.rint(20000, 80000),
        },
        "generated": c.ts(2025, 2025),
    }


@family("form_definition", 3, "en", clean=True)
def form_definition(c: Ctx) -> Json:
    return {
        "formId": c.pick(
            ("volunteer-application-v4", "staff-equality-monitoring", "member-survey-2025")
        ),
        "fields": [
            {"name": "first_name", "type": "text", "required": True, "label": "First name"},
            {"name": "email", "type": "email", "required": True, "label": "Email address"},
            {
                "name": "ni_number",
                "type": "text",
                "placeholder": c.decoy("nino", "QQ 12 34 56 C"),
                "pattern": "^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$",
            },
            {"name": "ssn", "type": "text", "placeholder": c.decoy("ssn", "000-00-0000")},
            {"name": "date_of_birth", "type": "date", "required": False, "label": "Date of birth"},
            {
                "name": "ethnic_group",
                "type": "select",
                "options": [
                    "White - British",
                    "Mixed - White and Black Caribbean",
                    "Asian or Asian British - Pakistani",
                    "Black or Black British - African",
                    "Other",
                    "Prefer not to say",
                ],
            },
            {
                "name": "religion",
                "type": "select",
                "options": [
                    "No religion",
                    "Christian",
                    "Muslim",
                    "Jewish",
                    "Sikh",
                    "Hindu",
                    "Prefer not to say",
                ],
            },
            {
                "name": "sexual_orientation",
                "type": "select",
                "options": [
                    "Heterosexual / straight",
                    "Gay man",
                    "Lesbian",
                    "Bisexual",
                    "Prefer not to say",
                ],
            },
            {
                "name": "disability",
                "type": "radio",
                "options": ["Yes", "No", "Prefer not to say"],
                "help": "Do you consider yourself to have a disability?",
            },
            {"name": "union_member", "type": "checkbox", "label": "I am a member of a trade union"},
            {
                "name": "convictions",
                "type": "radio",
                "options": ["Yes", "No"],
                "label": "Do you have any unspent convictions?",
            },
        ],
        "updatedAt": c.ts(2024, 2025),
    }


@family("interest_taxonomy", 3, "en", clean=True)
def interest_taxonomy(c: Ctx) -> Json:
    tags = [
        "LGBTQ+ rights",
        "Faith & belief",
        "Union news",
        "Racial justice",
        "Disability rights",
        "Criminal justice reform",
        "Genetic research",
        "Mental health",
        "Refugees & asylum",
        "Elections",
    ]
    return {
        "taxonomy": "supporter-interests",
        "version": f"{c.rint(1, 4)}.{c.rint(0, 9)}",
        "terms": [{"id": c.hexs(8), "label": t, "parent": None} for t in c.sample(tags, 7)],
    }


EVENTS = (
    ("Pride in London march", "Hyde Park Corner to Whitehall", "Community"),
    ("Interfaith service for peace", "Leeds Minster", "Faith"),
    ("May Day union rally", "Albert Square, Manchester", "Labour movement"),
    ("Mental Health Awareness Week walk", "Roundhay Park", "Health"),
    ("Refugee Week community picnic", "Castle Park, Bristol", "Community"),
)


@family("event_listing", 3, "en", clean=True)
def event_listing(c: Ctx) -> Json:
    out = []
    for name, venue, cat in c.sample(EVENTS, 3):
        out.append(
            {
                "name": name,
                "venue": venue,
                "category": cat,
                "starts": c.ts(2025, 2025),
                "free": True,
                "accessible": c.chance(0.8),
            }
        )
    return {"events": out, "page": 1, "pageSize": 20}


@family("grant_catalogue", 3, "en", clean=True)
def grant_catalogue(c: Ctx) -> Json:
    progs = [
        {
            "name": "Racial Equity Fund",
            "eligibility": (
                "Organisations led by and for Black, Asian and minoritised ethnic communities"
            ),
            "max": 50000,
        },
        {
            "name": "Faith in Action",
            "eligibility": "Faith-based groups delivering open-access community services",
            "max": 15000,
        },
        {
            "name": "Health Inequalities Small Grants",
            "eligibility": "Projects addressing health inequalities for disabled people",
            "max": 10000,
        },
        {
            "name": "Workers' Voice Programme",
            "eligibility": "Worker centres and trade union education projects",
            "max": 30000,
        },
    ]
    return {
        "funder": "Northern Community Foundation",
        "round": f"2025-{c.rint(1, 3)}",
        "programmes": c.sample(progs, 3),
        "deadline": c.date(2025, 2025),
    }


@family("manifesto_text", 3, "en", clean=True)
def manifesto_text(c: Ctx) -> Json:
    return {
        "party": c.pick(("Green Party", "Labour Party", "Liberal Democrats")),
        "document": "Local Election Manifesto 2025",
        "chapters": [
            {
                "title": "Homes",
                "text": (
                    "We will build council homes on brownfield land and license "
                    "every private landlord."
                ),
            },
            {
                "title": "Health and care",
                "text": (
                    "We will keep the walk-in centre open and fund mental health "
                    "support in every school."
                ),
            },
            {
                "title": "Workers",
                "text": (
                    "We will pay the real living wage and recognise trade unions "
                    "in every council contract."
                ),
            },
        ],
        "printedBy": "the party's regional office",
    }


@family("service_times", 3, "en", clean=True)
def service_times(c: Ctx) -> Json:
    return {
        "church": c.pick(
            ("St Mary's Parish Church", "St Aidan's Catholic Church", "Bethel Baptist Church")
        ),
        "services": [
            {"day": "Sunday", "time": "08:00", "name": "Holy Communion (BCP)"},
            {"day": "Sunday", "time": "10:30", "name": "Parish Eucharist with Sunday School"},
            {"day": "Wednesday", "time": "10:00", "name": "Midweek Communion"},
        ],
        "note": "Baptisms and weddings by arrangement.",
        "updated": c.date(2025, 2025),
    }


@family("charity_register_entry", 3, "en", clean=True)
def charity_register_entry(c: Ctx) -> Json:
    name = c.pick(
        (
            "Muslim Welfare House Trust",
            "Catholic Children's Society",
            "Cancer Support Yorkshire",
            "Labour Heritage Foundation",
            "St Columba's Church Hall Trust",
            "Union Chapel Project",
            "Sikh Community Kitchen",
            "The Jewish Blind and Disabled Trust",
        )
    )
    return {
        "organisation_number": c.rint(1000, 999999),
        "reg_charity_number": int(c.decoy("charity_no", str(c.rint(1000000, 1210000)))),
        "charity_name": name,
        "reg_status": c.pick(("R", "RM")),
        "date_of_registration": c.date(1962, 2020),
        "charity_activities": (
            "Provides advice, a weekly food bank and youth activities for people in the area."
        ),
        "latest_income": c.rint(20000, 900000),
        "area_of_operation": c.pick(
            ("Leeds", "Bradford", "Greater Manchester", "London Borough of Tower Hamlets")
        ),
        "trustee_count": c.rint(3, 12),
    }


@family("masked_donor_export", 3, "en", clean=True)
def masked_donor_export(c: Ctx) -> Json:
    rows = []
    for _ in range(c.rint(2, 4)):
        rows.append(
            {
                "donor": c.decoy(
                    "masked_name",
                    c.pick("ABCDEGHJKLMPRST") + "*** " + c.pick("ABCDEGHJKLMPRST") + "*****",
                ),
                "email": c.decoy(
                    "masked_email", c.pick("abcdjkmprst") + "***@***." + c.pick(("com", "co.uk"))
                ),
                "card": c.last4(),
                "sortCode": c.decoy("masked_sortcode", "XX-XX-" + f"{c.rint(0, 99):02d}"),
                "dob": "****-**-**",
                "postcode": c.pick(("LS6", "M14", "BS5", "E1")) + " ***",
                "total": c.money(10, 900),
            }
        )
    return {"export": "gdpr-safe-analytics", "masking": "v3", "rows": rows}


@family("hashed_audience_upload", 3, "en", clean=True)
def hashed_audience_upload(c: Ctx) -> Json:
    return {
        "payload": {
            "schema": ["EMAIL_SHA256", "PHONE_SHA256", "FN_SHA256"],
            "data": [
                [c.secret_decoy("sha256"), c.secret_decoy("sha256"), c.secret_decoy("sha256")]
                for _ in range(c.rint(2, 3))
            ],
        },
        "audience": "Lapsed donors 2023",
        "session": {"session_id": c.rint(1000, 99999), "batch_seq": 1, "last_batch_flag": True},
    }


@family("webhook_config_public", 3, "en", clean=True)
def webhook_config_public(c: Ctx) -> Json:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "giving-webhooks"},
        "spec": {
            "template": {
                "spec": {
                    "containers": [
                        {
                            "name": "webhooks",
                            "image": "ghcr.io/charity-tech/giving-webhooks:"
                            + f"1.{c.rint(0, 30)}.{c.rint(0, 9)}",
                            "env": [
                                {
                                    "name": "STRIPE_SECRET_KEY",
                                    "valueFrom": {
                                        "secretKeyRef": {"name": "stripe", "key": "secret"}
                                    },
                                },
                                {
                                    "name": "STRIPE_PUBLISHABLE_KEY",
                                    "value": c.secret_decoy("pk_live"),
                                },
                                {
                                    "name": "WEBHOOK_SECRET",
                                    "value": c.secret_decoy(c.pick(("stars", "redacted"))),
                                },
                                {"name": "JWT_KID", "value": c.secret_decoy("kid")},
                                {"name": "DEPLOY_KEY_PUB", "value": c.secret_decoy("ssh_pub")},
                            ],
                        }
                    ]
                }
            }
        },
        "signingKey": c.secret_decoy("pem_pub"),
    }


@family("service_health_check", 3, "en", clean=True)
def service_health_check(c: Ctx) -> Json:
    return {
        "status": "pass",
        "version": f"{c.rint(1, 4)}.{c.rint(0, 20)}.{c.rint(0, 9)}",
        "checks": {
            "postgres:connections": [{"status": "pass", "observedValue": c.rint(3, 40)}],
            "redis:health": [{"status": c.pick(("pass", "warn")), "observedValue": "PONG"}],
            "stripe:api": [{"status": "pass", "latencyMs": c.rint(40, 400)}],
        },
        "health": {"uptimeSeconds": c.rint(1000, 900000), "build": c.hexs(7)},
    }


@family("route_optimizer_config", 3, "en", clean=True)
def route_optimizer_config(c: Ctx) -> Json:
    city = c.pick(("Leeds", "Manchester", "Bristol"))
    lat, lon = c.coarse(city, c.pick((2, 3)))
    return {
        "solver": c.decoy("neg_genetic", "genetic algorithm"),
        "population": c.pick((200, 500)),
        "mutationRate": c.pick((0.02, 0.05)),
        "generations": c.pick((300, 1000)),
        "depot": {"name": "Central warehouse", "lat": lat, "lon": lon},
        "vehicles": c.rint(3, 12),
        "note": c.decoy("neg:genetic/en", "Tune the genetic algorithm before the winter peak."),
    }


@family("gene_panel_reference", 3, "en", clean=True)
def gene_panel_reference(c: Ctx) -> Json:
    genes = (
        ("BRCA1", "17", 43044295, 43125364, "113705"),
        ("BRCA2", "13", 32315474, 32400266, "600185"),
        ("CFTR", "7", 117480025, 117668665, "602421"),
        ("SMN1", "5", 70924941, 70953012, "600354"),
        ("HTT", "4", 3074681, 3243960, "613004"),
    )
    rows = []
    for sym, chrom, start, end, omim in c.sample(genes, 3):
        c.raw(None, str(start), "decoy:genome_pos")
        c.raw(None, str(end), "decoy:genome_pos")
        rows.append(
            {
                "symbol": sym,
                "chrom": chrom,
                "start": start,
                "end": end,
                "omim": omim,
                "assembly": "GRCh38",
            }
        )
    return {"panel": "Hereditary conditions - community information leaflet", "genes": rows}


@family("crime_stats_ward", 3, "en", clean=True)
def crime_stats_ward(c: Ctx) -> Json:
    wards = [
        {
            "ward": w,
            "violence": c.rint(40, 400),
            "burglary": c.rint(5, 90),
            "hate_crime": c.rint(0, 30),
            "asb": c.rint(20, 300),
        }
        for w in c.sample(("Harehills", "Chapeltown", "Headingley", "Beeston", "Armley"), 3)
    ]
    return {
        "source": "police.uk open data",
        "month": f"2025-{c.rint(1, 9):02d}",
        "wards": wards,
        "note": c.say("neg_criminal"),
    }


@family("election_results_aggregate", 3, "en", clean=True)
def election_results_aggregate(c: Ctx) -> Json:
    return {
        "election": "Local elections 2024",
        "ward": c.pick(("Gipton & Harehills", "Moss Side", "Easton")),
        "turnout": round(c.r.uniform(0.18, 0.45), 3),
        "results": [
            {"party": p, "votes": c.rint(200, 4000)}
            for p in ("Labour", "Green", "Conservative", "Liberal Democrat", "Reform UK")
        ],
        "note": c.say("neg_political"),
    }


@family("religion_census_table", 3, "en", clean=True)
def religion_census_table(c: Ctx) -> Json:
    rows = [
        {"religion": r, "usual_residents": c.rint(500, 90000)}
        for r in (
            "No religion",
            "Christian",
            "Muslim",
            "Hindu",
            "Sikh",
            "Jewish",
            "Buddhist",
            "Not answered",
        )
    ]
    return {
        "dataset": "TS030 Religion",
        "area": c.pick(("Bradford", "Leicester", "Tower Hamlets")),
        "rows": rows,
    }


@family("credit_union_products", 3, "en", clean=True)
def credit_union_products(c: Ctx) -> Json:
    return {
        "provider": c.pick(("Leeds Credit Union", "Hoot Credit Union", "Glasgow Credit Union")),
        "products": [
            {"name": "Family loan", "apr": round(c.r.uniform(9, 42.6), 1), "max": 3000},
            {"name": "Christmas saver", "interest": 0.5},
        ],
        "funding": c.say("neg_union"),
        "complaints": "Financial Ombudsman Service",
    }


@family("graphql_schema_snippet", 3, "en", clean=True)
def graphql_schema_snippet(c: Ctx) -> Json:
    sdl = (
        "union SearchResult = Supporter | Campaign | Donation\n"
        "type Supporter { id: ID! firstName: String email: String dateOfBirth: Date "
        "unionMember: Boolean religion: String }\n"
        "type Query { search(term: String!): [SearchResult!]! }"
    )
    return {"service": "supporter-graph", "sdl": sdl, "hash": c.secret_decoy("sha256")}


@family("sql_saved_report", 3, "en", clean=True)
def sql_saved_report(c: Ctx) -> Json:
    q = (
        "SELECT region, COUNT(*) AS donors FROM gifts_2024 GROUP BY region "
        "UNION ALL SELECT region, COUNT(*) FROM gifts_2025 GROUP BY region"
    )
    return {
        "report": "Donor counts by region",
        "owner_team": "Insight",
        "sql": q,
        "schedule": "0 6 * * 1",
        "lastRun": c.ts(2025, 2025),
    }


@family("allergen_menu", 3, "en", clean=True)
def allergen_menu(c: Ctx) -> Json:
    return {
        "venue": "Community Cafe",
        "items": [
            {"dish": "Lentil soup", "price": 3.5, "allergens": ["celery"]},
            {"dish": "Cheese toastie", "price": 4.0, "allergens": ["gluten", "milk"]},
            {"dish": "Satay noodles", "price": 5.5, "allergens": ["peanuts", "soya", "gluten"]},
        ],
        "note": c.decoy("neg:health/en", "Ask staff about allergens. May contain traces of nuts."),
    }


@family("app_release_notes", 3, "en", clean=True)
def app_release_notes(c: Ctx) -> Json:
    return {
        "app": "Volunteer Hub",
        "releases": [
            {
                "version": f"3.{c.rint(0, 9)}.{c.rint(0, 20)}",
                "minOS": "iOS 16.4",
                "notes": "Faster rota loading; fixes for Android 14.",
            },
            {
                "version": c.decoy(
                    "version4", f"{c.rint(2, 4)}.{c.rint(0, 9)}.{c.rint(0, 9)}.{c.rint(0, 99)}"
                ),
                "minOS": "Android 10",
                "notes": "New fingerprint sign-in option.",
            },
        ],
        "dependencies": [c.decoy("package_pin", "lodash@4.17.21"), "react-native@0.74.1"],
        "assets": [c.decoy("file_at", "icon@2x.png")],
    }


@family("tls_cert_inventory", 3, "en", clean=True)
def tls_cert_inventory(c: Ctx) -> Json:
    return {
        "host": c.pick(("donate.example-charity.org", "api.volunteer-hub.example")),
        "certs": [
            {
                "subject": "CN=*.example-charity.org",
                "sha256Fingerprint": c.secret_decoy("sha256"),
                "serial": c.hexs(32),
                "notAfter": c.date(2025, 2026),
            }
        ],
        "publicKey": c.secret_decoy("pem_pub"),
    }


@family("text_embedding_index", 3, "en", clean=True)
def text_embedding_index(c: Ctx) -> Json:
    docs = []
    for slug in c.sample(
        ("winter-appeal", "volunteer-faq", "gift-aid-explained", "legacy-giving"), 2
    ):
        docs.append(
            {
                "id": slug,
                "model": "text-embedding-3-small",
                "vector": [round(c.r.uniform(-0.2, 0.2), 4) for _ in range(12)],
            }
        )
    c.note("decoy:text_embedding")
    return {"index": "site-search", "dims": 1536, "truncated": True, "docs": docs}


@family("donations_heatmap", 3, "en", clean=True)
def donations_heatmap(c: Ctx) -> Json:
    cells = []
    for city in c.sample(("London", "Manchester", "Leeds", "Bristol", "Glasgow"), 3):
        lat, lon = c.coarse(city, 2)
        cells.append({"lat": lat, "lon": lon, "gifts": c.rint(50, 5000)})
    return {"layer": "gifts-by-area", "resolution": "0.01deg", "cells": cells}


@family("fx_rates", 3, "en", clean=True)
def fx_rates(c: Ctx) -> Json:
    return {
        "base": "GBP",
        "date": c.date(2025, 2025),
        "rates": {
            "EUR": round(c.r.uniform(1.15, 1.2), 4),
            "USD": round(c.r.uniform(1.25, 1.32), 4),
            "JOD": round(c.r.uniform(0.88, 0.94), 4),
            "UGX": round(c.r.uniform(4700, 4900), 2),
        },
        "note": "Used to convert international grants.",
    }


@family("staff_health_plan_catalogue", 3, "en", clean=True)
def staff_health_plan_catalogue(c: Ctx) -> Json:
    return {
        "employer": "Shelter Alliance",
        "plans": [
            {
                "name": "Cash plan Level 1",
                "monthlyPremium": 8.5,
                "covers": ["dental", "optical", "physio"],
            },
            {
                "name": "Private medical - core",
                "monthlyPremium": round(c.r.uniform(30, 60), 2),
                "excess": 250,
            },
        ],
        "note": c.decoy("neg:health/en", "The staff health plan premium goes up 3% from April."),
    }


@family("helpline_stats_aggregate", 3, "en", clean=True)
def helpline_stats_aggregate(c: Ctx) -> Json:
    topics = (
        "suicidal thoughts",
        "self-harm",
        "domestic abuse",
        "loneliness",
        "addiction",
        "bereavement",
    )
    return {
        "line": "Night Line",
        "month": f"2025-{c.rint(1, 9):02d}",
        "calls": [{"topic": t, "count": c.rint(20, 900)} for t in topics],
        "medianDurationMin": c.rint(9, 30),
    }


@family("aid_supplies_catalogue", 3, "en", clean=True)
def aid_supplies_catalogue(c: Ctx) -> Json:
    return {
        "convoy": f"Convoy {c.rint(10, 60)}",
        "items": [
            {
                "sku": c.small_ref("MED-", 4),
                "ean": c.decoy("ean13", "5012345678900"),
                "name": "Paracetamol 500mg tablets",
                "packs": c.rint(100, 900),
            },
            {
                "sku": c.small_ref("MED-", 4),
                "ean": c.decoy("ean13", "8710398527103"),
                "name": "Insulin pens (cold chain)",
                "packs": c.rint(10, 90),
            },
            {
                "sku": c.small_ref("MED-", 4),
                "name": "Oral rehydration salts",
                "packs": c.rint(100, 900),
            },
        ],
    }


@family("screening_policy_config", 3, "en", clean=True)
def screening_policy_config(c: Ctx) -> Json:
    return {
        "policy": "major-donor-due-diligence",
        "checks": {"sanctions": True, "adverseMedia": True, "pep": False},
        "lists": ["UK HMT", "OFAC SDN", "UN Consolidated"],
        "passwordPolicy": {"minLength": 12, "requireSymbol": True, "maxAgeDays": 365},
        "note": c.say("neg_criminal"),
    }
