"""English free-text sentences. A line may start with [kind,kind] to override the block's kinds."""

HEALTH = """
I was diagnosed with type 2 diabetes in the spring and im still getting my head round it tbh
My mum has early onset Alzheimer's and the wait for the memory clinic is 14 months.
I've had ME/CFS for about six years, some weeks I cant get out of bed.
no history of depression or anxiety, never been on antidepressants
He's on sertraline 100mg and sees the community mental health team fortnightly.
Our daughter is autistic and has an EHCP, she finds loud crowds really hard.
I'm HIV positive, undetectable for 4 yrs now thanks to my meds.
Dad had a stroke last March so I'm his main carer now.
Currently 22 weeks pregnant so I'd rather not do the overnight shift.
I have a severe peanut allergy (I carry 2 epipens).
I'm a wheelchair user - please make sure the venue has step free access.
No, I do not have a disability.
Been in recovery from alcohol dependency since 2019, 5 yrs sober in Oct!
she was admitted to the psych ward after an overdose last month
My husband's chemo for bowel cancer finished in January, scan results next week.
Diagnosed bipolar II, stable on lithium but stress makes it worse.
I get really bad panic attacks in crowds, sorry if I leave early
HbA1c came back at 58 so the GP wants to start me on metformin
my son has epilepsy, the seizures are mostly at night
Off work with long covid since nov, the fatigue is unreal
Tested HIV negative at the clinic last week and I'm staying on PrEP.
I'm deaf and use BSL, an interpreter would be great.
Denies suicidal ideation today, mood low but stable.
She has coeliac disease so strictly gluten free please.
My wife is in the hospice now, they think weeks rather than months. Pancreatic cancer.
I was signed off for 3 weeks with work-related stress and anxiety.
I'm registered blind (I have a guide dog, Bramble, she's very good)
Grandad has COPD and can't manage the stairs anymore.
my twins were born at 27 weeks and one of them still has a feeding tube
Had a hip replacement in August, walking with a stick for now.
"""

GENETIC = """
Genetic testing showed I carry a BRCA2 variant, same as my mum.
[genetic,health] We're both carriers of CFTR F508del, which is how our son ended up with CF.
My raw DNA file says I'm APOE e3/e4, not sure what to do with that info.
[genetic,health] The geneticist confirmed a pathogenic SCN1A variant, so it's Dravet.
[genetic,health] he's homozygous for HFE C282Y and now has haemochromatosis treatment every month
CAG repeat count came back at 42 on one allele.
[genetic,health] Pharmacogenomic panel says CYP2D6 poor metaboliser, so no codeine for me.
WGS found a de novo variant in my daughter, c.1234C>T, we're waiting to hear more.
I'm a balanced translocation carrier, t(11;22), which the clinic only found last year.
"""

RACIAL = """
As a Black woman working in the NHS I've seen how the system treats us.
I'm of Kurdish descent and grew up in Bradford.
We're a mixed White and Black Caribbean family.
My grandparents were Irish Travellers and I'm proud of it.
as a British Pakistani lad I never saw anyone like me on the committee
I identify as Latina and most of our tenants' group do too.
He's Roma and had a lot of hostility at school.
I'm Hmong American, first in my family to go to college.
My mother is Aboriginal (Wiradjuri), my dad is Scottish.
I'm Bangladeshi heritage, born and raised in Tower Hamlets.
"""

POLITICAL = """
I've voted Labour my whole life but not sure this time.
Been a Lib Dem member since 2015, happy to deliver leaflets.
I'm a lifelong Republican and I'll be voting for him in November.
Strong Green supporter - put me down for a window poster!
I gave to the Biden campaign in 2020 and I'd give again.
my wife and I both vote SNP, have done since the referendum
Was a Tory councillor for 8 years before I left the party.
Undecided between Reform and the Conservatives tbh
I'll be voting Democrat all the way down the ballot this year.
I'm a Plaid member and our branch meets on Thursdays.
Used to be DSA, these days I just volunteer for the Working Families Party.
"""

RELIGIOUS = """
I'm a practising Catholic and go to Mass most Sundays.
As a Muslim I'll be fasting, could the iftar be after sunset?
We're members at Bethel Baptist, my husband is a deacon there.
I converted to Judaism three years ago.
Left the Jehovah's Witnesses in 2018 and lost most of my family over it.
I'm Sikh and wear a turban so the standard hard hat won't fit.
Our family is Hindu and Diwali falls on the week of the event.
I'm an atheist but happy to help at the church food bank.
I'm C of E, confirmed at 14, though I don't go much now.
We pay our zakat every Ramadan through the masjid.
I wear hijab and would prefer a female interpreter please.
Quaker - I go to Meeting in Leeds when I can.
I'm Orthodox Jewish so I can't travel on Shabbat, Friday evening is out.
"""

UNION = """
I'm a UNISON member and our branch sec said to contact you.
I'm the GMB steward at the depot.
Not in a union, never have been.
joined Unite last month after the redundancies were announced
I pay my RMT subs through payroll.
My dad was NUM right through the miners' strike.
I'm the NEU rep at our school so I'll pass it on.
Teamsters member, Local 25, 11 years.
I was a PCS rep until 2021 and still pay dues.
"""

ORIENTATION = """
I'm gay and haven't told my family yet.
Me and my girlfriend have been together five years (I'm bi).
[sex_life_orientation,religious_belief] I'm a lesbian and the only one in my congregation afaik.
As a gay man in my 60s, loneliness is a real issue for me.
I'm asexual and people really don't get it.
I'm in a same-sex relationship and we're hoping to foster.
He came out as gay to us last year.
I'm pansexual, for the form.
My ex-husband and I split when I realised I was a lesbian.
"""

CRIMINAL = """
I have a conviction for shoplifting from 2016, it's spent now.
I was released on licence in March after 4 years.
My son was arrested last weekend and is on bail.
I'm on probation till next summer, appointments every Tuesday.
No criminal record, happy to do a DBS.
He served time for a drugs offence in his twenties.
The police are investigating my ex for harassment.
I got a caution in 2011 for possession.
was in HMP Pentonville till 2021
got a suspended sentence for the assault charge, still doing the unpaid work hours
my brother is on remand at the moment waiting for trial
"""

NEG_HEALTH = """
Every year around 7,000 people in the UK are diagnosed with Parkinson's.
Mental Health Awareness Week runs from 13 to 19 May this year.
The cafe menu lists allergens: contains nuts, milk and gluten.
All service health checks are green after the deploy.
Cancer Research UK funds about half of all cancer research in the UK.
Our walk raises money for dementia research.
The staff health plan premium goes up 3% from April.
"""

NEG_GENETIC = """
The route planner uses a genetic algorithm to order the streets.
The gene panel covers BRCA1, BRCA2 and PALB2 on GRCh38.
"""

NEG_BIOMETRIC = """
Signed in with fingerprint on the volunteer app.
Face match score was above the threshold so the door opened.
"""

NEG_RACIAL = """
The festival has stalls with ethnic cuisine from all over the world.
Census figures on ethnicity are published at ward level.
Nationality: British citizen.
The grant is for organisations led by and for racially minoritised communities.
"""

NEG_POLITICAL = """
Polling stations are open from 7am to 10pm.
The party published its manifesto on Tuesday.
Councillors will debate the budget next month.
We are a non-partisan charity and do not endorse candidates.
"""

NEG_RELIGIOUS = """
The hall on Church Lane is just a venue, the group isn't faith based.
The charity shop's Religion & Spirituality shelf has moved upstairs.
The interfaith forum publishes a calendar of festivals every year.
The Christmas appeal closes on the 20th.
"""

NEG_UNION = """
The European Union funds part of the programme.
Loans are available through the local credit union.
The report joins both tables with a UNION ALL.
"""

NEG_ORIENTATION = """
Pronouns: they/them.
Pride month events are listed on our website.
The bill on conversion practices has its second reading soon.
"""

NEG_CRIMINAL = """
Recorded crime in the borough fell by 4% last year.
Sanctions screening returned no matches.
The tenancy check only covers eviction history.
The background check covers identity and right to work only.
"""

NEUTRAL = """
Thanks so much for all you do!
Sorry for the long message.
Let me know if you need anything else from me.
Cant make the Thursday session but Saturdays are fine.
Quick q - is there parking near the venue?
I found you through a friends Facebook post.
Keep up the great work x
Apologies for any typos, typing on my phone.
Happy to help with setting up chairs etc.
Is there a way to update my details online?
Looking forward to it!
I tried the online form twice but it kept timing out.
Could you send the receipt again? It went to spam I think.
We moved house in the summer so the old details are out of date.
My daughter might come along too if that's ok.
I'll bring a flask, the hall was freezing last time lol
Not sure if this is the right inbox, please forward if not.
Cheers, and have a lovely weekend.
Any chance of a lift from the station?
"""

NOTE = """
Follow-up call booked for next week.
Letter sent, awaiting reply.
Referred to the advice team.
Will review at Thursday's case meeting.
Left voicemail, no answer.
Docs scanned and uploaded to the file.
Agreed to call back after the weekend.
"""
