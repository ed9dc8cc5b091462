"""The holdout4 set: a fourth held-out set of 60 documents (ids 401-460), for reporting only.

Synthetic member-training material of an invented organisation, Watchlight International, and
its US, British, Canadian, Spanish and French sections (1972-2010; English, Spanish, French).
The organisation, its groups and all people named are invented; historical events are mentioned
as real material would mention them.

Written and labelled on 30 November 2026 by a helper session started by the project, in one
sitting, in the git worktree of branch `holdout4`, **blind to the tagger**: it did not read
metp's tagging code or anything else under `metp/` (including the vocabulary file), the
earlier labelled data (`scripts/data/`), the tests, or the other document files of the set
(`documents_dev.py`, `documents_test.py`, `documents_holdout.py`, `documents_holdout2.py`,
`documents_holdout3.py`); metp's tagger was never run on these documents and no tag produced
for them was looked at. Labels follow `docs/labelling-guidelines.md` strictly (the subject
terms and types are those of make_set.py); every label was checked once against the
guidelines' self-check, and each label's `notes` give its judgement calls and the dates the
document merely mentions.

The documents were planned grouped by type and numbered by a seeded shuffle
(`random.Random(1976)` of 401-460), so an id says nothing about type, date or language.
Pages of a document are separated by form feeds.
"""

DOCUMENTS = [
    # ------------------------------------------------------------------ agenda, US, 1987
    {
        "id": "417",
        "split": "holdout4",
        "date": "1987-03-14",
        "date_form": "weekday-month-day-year",
        "type": "agenda",
        "subjects": ["fundraising", "group development", "letter writing", "media work"],
        "title": "Southeast Region Skills Day",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Sessions in the writer's own words: 'Getting the word out' = media work; "
                 "'Writing to officials on behalf of someone detained' = letter writing; 'Keeping "
                 "people coming back' = group development (keeping members active); 'Money' = "
                 "fundraising. The three cases are not said to be prisoners of conscience, so that "
                 "term is not labelled. Mentioned, not the date: registration deadline March 6.",
        "text": """WATCHLIGHT USA  *  SOUTHEAST REGIONAL OFFICE
P.O. Box 5512, Atlanta, Georgia 30307  *  (404) 555-0188


                    SOUTHEAST REGION SKILLS DAY
                      Saturday, March 14, 1987
           Emory University, Cannon Chapel, lower level


 9:00   Coffee, registration, name tags

 9:30   Welcome and introductions -- Ruth Abernathy, Regional Coordinator

 9:45   GETTING THE WORD OUT
        How to get a reporter to return your call; writing a press
        release in two paragraphs; who actually reads the letters page.
        (Dan Whitlow, Atlanta Group 41)

10:45   Break

11:00   WRITING TO OFFICIALS ON BEHALF OF SOMEONE DETAINED
        What to say, what never to say, how to address a minister, and
        why a polite letter from Macon, Georgia gets read. Bring
        stationery -- we will write real letters for the three cases in
        your packet.

12:15   Lunch (bring your own; drinks provided)

 1:00   KEEPING PEOPLE COMING BACK
        Why members drift off after three meetings, and what the groups
        that hold on to people do differently. Small groups by state.

 2:15   MONEY: WHERE IT COMES FROM AND WHERE IT GOES
        Dues, pledges, yard sales, and the benefit concert that lost $300.

 3:15   Wrap-up and evaluation forms

 3:30   Adjourn


Please let the regional office know you are coming by March 6.
Carpools from Birmingham and Chattanooga -- call Ruth.
""",
    },
    # ------------------------------------------------------------------ agenda, Spain, 1993
    {
        "id": "410",
        "split": "holdout4",
        "date": "1993-10-23",
        "date_form": "es-day-range",
        "type": "agenda",
        "subjects": ["fundraising", "indigenous peoples", "media work", "prisoners of conscience",
                     "urgent actions"],
        "title": "Jornadas de formación para grupos locales",
        "title_devised": False,
        "title_variants": ["Jornadas de formación para grupos locales: Programa"],
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "'23 y 24 de octubre de 1993' is a range: its start. PROGRAMA is separated from the "
                 "heading by the venue and date lines, so it is a section label (joined form is a "
                 "variant). 'Nuestros presos ... casos adoptados' = prisoners of conscience; "
                 "the session on the International Year of Indigenous Peoples = indigenous peoples "
                 "(Latin America as a whole: no place); getting "
                 "'nuestra carta' published is a letter to the editor = media work. Audience from "
                 "the heading ('para grupos locales'). Mentioned: confirmation deadline 8 October.",
        "text": """WATCHLIGHT - SECCIÓN ESPAÑOLA
Coordinación de Formación
C/ Pintor Sorolla 21, 3º  ·  46002 Valencia  ·  Tel. 96 351 22 40


      JORNADAS DE FORMACIÓN PARA GRUPOS LOCALES

      Albergue Juvenil «La Marina», El Saler (Valencia)
      23 y 24 de octubre de 1993


PROGRAMA

Sábado 23

10.00   Llegada y acogida. Café.
10.30   Presentación de las jornadas y de los grupos asistentes.
11.00   Cuando hay que actuar en 48 horas: cómo funciona la red de
        Acciones Urgentes y qué se espera de cada grupo.
13.30   Comida.
16.00   Los medios de comunicación locales: notas de prensa, entrevistas
        en la radio, cómo conseguir que el periódico publique nuestra carta.
18.00   Descanso.
18.30   Nuestros presos: seguimiento de los casos adoptados por cada grupo
        (puesta en común).
19.30   1993, Año Internacional de los Pueblos Indígenas: tierras,
        lenguas y violencia contra las comunidades indígenas de América
        Latina. Con Rigoberto Tzul (Comité de Solidaridad).
21.00   Cena.

Domingo 24

10.00   Dinero para el grupo: cuotas, lotería de Navidad, mercadillos y
        subvenciones del ayuntamiento.
12.00   Evaluación y conclusiones.
13.30   Comida y despedida.


Coordinan: Amparo Ferrer y Jordi Sanchis.
Es imprescindible confirmar la asistencia antes del 8 de octubre.
""",
    },
    # ------------------------------------------------------------------ agenda, Britain, 1982
    {
        "id": "457",
        "split": "holdout4",
        "date": "1982-06-12",
        "date_form": "eu-slash-two-digit",
        "type": "agenda",
        "subjects": ["fundraising", "group organizing", "prisoners of conscience", "refugees"],
        "title": "Annual General Meeting",
        "title_devised": False,
        "title_variants": ["Annual General Meeting: Agenda", "Bristol Group Annual General Meeting"],
        "audience": [],
        "language": "en",
        "places": ["SU"],
        "notes": "British group (Bristol address, postcode, £): 12/6/82 read D/M/Y = 12 June 1982. "
                 "AGENDA is separated from the heading by the venue/date line: section label. Item 4 "
                 "(subscription, jumble sale, sponsored walk) = fundraising; item 5 = refugees; item 6 "
                 "(adopted prisoner in the USSR, card campaign) = prisoners of conscience, place SU; "
                 "item 7 election of officers = group organizing. The group's own agenda: no "
                 "audience. Mentioned: last AGM 9/6/81.",
        "text": """WATCHLIGHT BRITAIN -- BRISTOL GROUP (No. 27)
c/o 9 Cotham Vale, Bristol BS6 6HR


                  ANNUAL GENERAL MEETING

    Friends' Meeting House, Champion Road -- 12/6/82 at 7.30 p.m.


                          AGENDA

1.  Apologies for absence

2.  Minutes of the last AGM (held 9/6/81) and matters arising

3.  Chairman's report

4.  Treasurer's report and accounts for the year.  Proposal to raise the
    group subscription to £4 (£2 unwaged).  This year's jumble sale and
    the sponsored walk to Clevedon

5.  Report from the refugee support team (Mrs A. Pryce): the two families
    settled in Easton, hostel visits, English conversation evenings

6.  Our adopted prisoner, Dr Viktor Lazarenko (USSR): news from the
    Co-ordination Group, and the birthday card campaign

7.  Election of officers: chairman, secretary, treasurer, publicity
    officer; and of two new committee members

8.  Any other business

9.  Date of next meeting


Nominations for officers to the Secretary in writing, please.
Wine and cheese afterwards.
""",
    },
    # ------------------------------------------------------------------ agenda, US student, 1994
    {
        "id": "442",
        "split": "holdout4",
        "date": "1994-09-30",
        "date_form": "cross-month-range",
        "type": "agenda",
        "subjects": ["death penalty", "group development", "group organizing", "petitions",
                     "public speaking", "recruitment"],
        "title": "Campus Organizing Weekend",
        "title_devised": False,
        "title_variants": [],
        "audience": ["student groups"],
        "language": "en",
        "places": ["US"],
        "notes": "Range 'September 30 - October 2, 1994': its start. Sessions: starting a chapter "
                 "(officers, recognition) = group organizing; 'Filling the room' (activities fair, "
                 "sign-up sheet) = recruitment; 'Tables, clipboards and signatures' = petitions; "
                 "'Speaking up' = public speaking; death row session = death penalty (US states, so "
                 "US); semester calendar = group development (planning an existing chapter's term). "
                 "The Friday history talk is about student activism, not teaching human rights: no "
                 "human rights education. Audience: 'for student chapter leaders'.",
        "text": """WATCHLIGHT USA -- STUDENT PROGRAM

                 CAMPUS ORGANIZING WEEKEND
   for student chapter leaders -- and anyone thinking of starting one

     September 30 - October 2, 1994  .  Camp Wabanna, Mayo, Maryland


FRIDAY
  7:00 pm   Arrive, dinner, ice-breakers
  8:30 pm   "Why are we here?"  Thirty years of students and human rights

SATURDAY
  8:00 am   Breakfast
  9:00 am   From three friends to a chapter: writing a constitution,
            choosing officers, getting recognized by Student Activities,
            finding a faculty advisor
 10:30 am   Break
 10:45 am   Filling the room: the activities fair, dorm talks, and what to
            do with that sign-up sheet afterward
 12:00      Lunch
  1:30 pm   Tables, clipboards and signatures: running a petition drive on
            your campus
  3:00 pm   Speaking up: five-minute talks in class and on the quad
            (practice in pairs, with feedback)
  4:30 pm   Free time / volleyball
  6:00 pm   Dinner
  7:30 pm   Death row in the U.S.: 38 states, 2,900 prisoners, and what
            a campus can do (video and discussion)

SUNDAY
  8:30 am   Breakfast
  9:30 am   Your chapter's semester: a calendar exercise
 11:00 am   Closing circle, evaluations
 12:00      Vans leave for Union Station

Cost: $35, covers meals and lodging.  Scholarships available -- ask!
""",
    },
    # ------------------------------------------------------------------ agenda, France, 2003
    {
        "id": "451",
        "split": "holdout4",
        "date": "2003-03-15",
        "date_form": "fr-day-range",
        "type": "agenda",
        "subjects": ["campaigning", "facilitation", "fundraising", "lobbying", "women's rights"],
        "title": "Week-end des responsables de groupes",
        "title_variants": ["Week-end des responsables de groupes: Ordre du jour"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "fr",
        "places": ["FR"],
        "notes": "'Les 15 et 16 mars 2003': start of the range. ORDRE DU JOUR is separated from the "
                 "heading by the date/venue line: section label. Sessions: running a meeting = "
                 "facilitation; the campaign on violence against women presented to groups = "
                 "campaigning + women's rights; meeting one's député = lobbying (French parliament, "
                 "FR); group treasury (dues, gifts, grants) = fundraising. 'Responsables de groupes' "
                 "= local groups. Mentioned: the campaign calendar 2003-2004.",
        "text": """WATCHLIGHT FRANCE
Commission formation -- 8, rue Mercière, 69002 Lyon -- Tél. 04 78 42 16 30


        WEEK-END DES RESPONSABLES DE GROUPES
        Les 15 et 16 mars 2003 -- Maison diocésaine, Valence


ORDRE DU JOUR

Samedi 15 mars

 9 h 30    Accueil, café
10 h       Tour de table : où en sont nos groupes ?
10 h 45    Animer une réunion sans s'épuiser : tours de parole, gestion du
           temps, prise de décision (atelier animé par Claire Dufresne)
12 h 30    Déjeuner
14 h       La campagne « Halte à la violence contre les femmes » :
           présentation des outils, calendrier 2003-2004, rôle des groupes
16 h 30    Pause
17 h       Rencontrer son député : préparer le rendez-vous, les arguments,
           le suivi
19 h 30    Dîner

Dimanche 16 mars

 9 h 30    La trésorerie du groupe : cotisations, dons, demandes de
           subventions municipales
11 h       Bilan du week-end
12 h       Fin des travaux

Participation aux frais : 30 euros (hébergement et repas).
""",
    },
    # ------------------------------------------------------------------ handout, US, rev. 4/91
    {
        "id": "452",
        "split": "holdout4",
        "date": "1991-04",
        "date_form": "revision-numeric",
        "type": "handout",
        "subjects": ["media work"],
        "title": "Ten Ways to Get Your Group in the Paper",
        "title_devised": False,
        "title_variants": ["Ten Ways to Get Your Group in the Paper (and on the radio, if you're lucky)",
                           "Ten Ways to Get Your Group in the Paper: and on the radio, if you're lucky"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Footer 'Rev. 4/91' is the document's date (US section: month/year). Every tip is "
                 "media work (letters to the editor included, per the guidelines). 'For group "
                 "publicity contacts' = local groups. The parenthesised line is a subtitle: forms "
                 "with and without it.",
        "text": """TEN WAYS TO GET YOUR GROUP IN THE PAPER
(and on the radio, if you're lucky)

For group publicity contacts

1.  Know who to call.  Keep a list of the editors, the religion and
    community-page writers, and the one reporter who covered your last
    event.  Update it every spring.

2.  Write to the editor the week something happens -- not three weeks
    later.  Under 200 words.  Sign with your name and town.

3.  Send a press release.  One page, the who/what/when/where in the first
    paragraph, a phone number that someone will actually answer.

4.  Give them a picture.  A candle, a banner, forty people outside the
    courthouse -- editors need photographs.

5.  Find the local angle.  "Springfield doctor writes to prisoner in
    Kenya" is a story; "human rights are important" is not.

6.  Offer a spokesperson who can say it in two sentences.

7.  Call the call-in shows.  Morning radio hosts are always looking for
    guests.

8.  Ask stations to run a free public service announcement for your
    events.

9.  Try an op-ed for an anniversary -- December 10 or the anniversary of
    a prisoner's arrest.

10. Say thank you.  A note to the reporter after the story runs gets you
    the next story.


Watchlight USA Media Desk  .  1420 Chestnut Street, Suite 600,
Philadelphia PA 19102  .  (215) 555-0142

Rev. 4/91                                                        MW-3
""",
    },
    # ------------------------------------------------------------------ handout, Britain, 1997
    {
        "id": "447",
        "split": "holdout4",
        "date": "1997-11",
        "date_form": "month-year",
        "type": "handout",
        "subjects": ["refugees"],
        "title": "Asking for Asylum in the UK: Questions and Answers",
        "title_devised": False,
        "title_variants": ["Asking for Asylum in the UK",
                           "Briefing No. 7: Asking for Asylum in the UK: Questions and Answers"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["GB"],
        "notes": "Q&A briefing = handout. 'Briefing No. 7  November 1997' in the running header is "
                 "its issue date. About the UK asylum procedure: GB. The answer on what a group can do "
                 "is one running paragraph (visits, letters to an MP about a case) about supporting "
                 "asylum seekers; not labelled lobbying. Detention is part of the refugee topic. "
                 "Mentioned: 1951 Convention, the 1993 and 1996 Acts. 'For groups doing refugee "
                 "support work' = local groups.",
        "text": """WATCHLIGHT BRITAIN        BRIEFING No. 7        November 1997


ASKING FOR ASYLUM IN THE UK: QUESTIONS AND ANSWERS

For groups doing refugee support work


Q.  Who is a refugee?

A.  Someone who has fled their own country because of a well-founded
    fear of persecution -- for their race, religion, nationality,
    political opinion or membership of a particular social group -- and
    cannot rely on their own government to protect them. The definition
    comes from the 1951 Refugee Convention, which the UK has signed.
    An "asylum seeker" is someone who has asked for that protection and
    is waiting for an answer.

Q.  What happens when someone applies?

A.  They apply either at the port of entry or, later, at the Home Office
    in Croydon. They are interviewed, often without a lawyer and through
    an interpreter they did not choose. Under the 1993 and 1996 Acts many
    applications are now "fast-tracked" and an appeal must be lodged
    within days.

Q.  Can asylum seekers be locked up?

A.  Yes. Several hundred are held at any one time in detention centres
    such as Campsfield House and in ordinary prisons, with no time limit
    and no court deciding whether detention is necessary.

Q.  How do they live while they wait?

A.  Since 1996 those who did not apply at the port have no right to
    benefits. Many depend on food parcels and on the goodwill of
    churches and groups like ours.

Q.  What can a group do?

A.  Quite a lot. Some groups visit detainees at Campsfield or Tinsley
    House, others help families with English, schools and forms, and
    some write to their MP when a case they know goes wrong. Ask the
    Refugee Officer at the section office for the contact nearest you
    before you start.

------------------------------------------------------------------------
Watchlight Britain, 3 Colston Yard, Bristol BS1 5BD  -  0117 929 4410
""",
    },
    # ------------------------------------------------------------------ handout, US, (c) 1989
    {
        "id": "426",
        "split": "holdout4",
        "date": "1989",
        "date_form": "copyright-c",
        "type": "handout",
        "subjects": ["children's rights", "death penalty", "fair trials", "racial discrimination"],
        "title": "Death Penalty: Facts at a Glance",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "(c) 1989 is the publication date. Each heading counts: race of victim and "
                 "defendant = racial discrimination; 'Juveniles on death row' = children's rights "
                 "(judgement call: executing people for crimes committed as children); 'Lawyers who "
                 "sleep' (inadequate defence, unfair trials) = fair trials. About US states: US. "
                 "Mentioned: 1976 (Gregg), 1977 (first execution), 1972 (Furman).",
        "text": """                 DEATH PENALTY:  FACTS AT A GLANCE


WHERE THINGS STAND
   Since the Supreme Court allowed executions to resume in 1976, more than
   100 people have been put to death in the United States -- most of them
   in Texas, Florida, Louisiana and Georgia.  Over 2,200 people are on
   death row today.  Thirty-seven states have death penalty laws.

RACE
   The race of the victim matters more than almost anything else.  A
   study of Georgia cases found that killers of white victims were four
   times more likely to be sentenced to death than killers of black
   victims.  Black defendants are over-represented on death row, and
   all-white juries are still common in the South.

JUVENILES ON DEATH ROW
   The U.S. is one of a handful of countries that still sentences people
   to death for crimes committed when they were under 18.  About thirty
   such prisoners are awaiting execution, in violation of international
   standards protecting children.

LAWYERS WHO SLEEP
   Most people on death row could not afford a lawyer.  Court-appointed
   counsel have been drunk, asleep or simply absent; some spent less than
   a day preparing a capital trial.  Appeals courts rarely find that this
   made the trial unfair.

THE COST
   A death penalty case costs a state far more than life imprisonment
   -- up to three times as much, because of the longer trials and appeals.

DOES IT DETER?
   No study has shown that the death penalty deters murder better than
   long imprisonment.  States without it do not have higher murder rates.


                  (c) 1989 Watchlight USA  --  Abolition Project
          1420 Chestnut Street, Philadelphia PA 19102  --  may be copied
""",
    },
    # ------------------------------------------------------------------ handout, US, undated
    {
        "id": "408",
        "split": "holdout4",
        "date": None,
        "date_form": "none",
        "type": "handout",
        "subjects": ["lobbying"],
        "title": "Before You Knock on the Door: Visiting Your Representative",
        "title_devised": False,
        "title_variants": ["Before You Knock on the Door"],
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Undated: no date anywhere (the '48 hours' and 'August recess' are not dates). Tip "
                 "sheet on meeting a member of Congress: lobbying, US. The thank-you note after the "
                 "visit is part of the lobbying visit (one tip), not letter writing to officials on "
                 "behalf of someone.",
        "text": """BEFORE YOU KNOCK ON THE DOOR:
Visiting Your Representative
---------------------------------------------------------------

A visit to your Representative or Senator -- in Washington or at the
district office back home -- is the single most effective thing a
constituent can do. Staff remember faces. Here is how to make it count.

    Make the appointment.  Call the scheduler, say you are a constituent,
    say how many of you will come and what you want to talk about. Ask
    for the member; accept the staffer who handles foreign affairs or
    judiciary if that's what you get. The August recess is a good time to
    catch members at home.

    Go small.  Three people is right: someone who knows the issue,
    someone with a personal story, someone who takes notes.

    Know your ask.  One bill, one vote, one letter to a foreign
    government. "We would like the Congressman to co-sponsor H.R. ___."

    Do your homework.  How did the member vote last time? Who are the big
    employers in the district? Is there a church or campus connection?

    Bring a leave-behind.  One page, with the ask at the top and your
    phone number at the bottom.

    Listen.  If the staffer disagrees, find out why. Don't argue; promise
    to send the information that answers the objection.

    Follow up within 48 hours with a thank-you note that repeats the ask,
    and let the Washington office know how the meeting went.

    Don't  . . .  bring a crowd, read a speech, threaten, or pretend to
    know an answer you don't.

                                      Watchlight USA -- Government Relations
""",
    },
    # ------------------------------------------------------------------ handout, Spain, 1985
    {
        "id": "448",
        "split": "holdout4",
        "date": "1985-04",
        "date_form": "es-month-year",
        "type": "handout",
        "subjects": ["letter writing", "lobbying", "petitions", "torture", "urgent actions"],
        "title": "La tortura en el mundo",
        "title_devised": False,
        "title_variants": ["Hoja informativa nº 12: La tortura en el mundo"],
        "audience": [],
        "language": "es",
        "places": ["ES"],
        "notes": "'Hoja informativa nº 12 - abril de 1985' is a running line above the heading: its "
                 "issue date, not the title (a form with the number is a variant). Each item of the "
                 "'¿Qué podemos hacer?' list counts: letters to authorities = letter writing; the "
                 "Acciones Urgentes network = urgent actions; collecting signatures = petitions; "
                 "asking deputies that Spain ratify the Convention = lobbying (Spanish parliament: "
                 "place ES, judgement call). Countries in the list of where torture happens are a "
                 "list of names with no content: not places. Mentioned: Convention adopted December "
                 "1984; 1948 Declaration.",
        "text": """WATCHLIGHT - Sección Española
Hoja informativa nº 12 - abril de 1985


                 LA TORTURA EN EL MUNDO


¿QUÉ ES LA TORTURA?

Es el dolor o sufrimiento grave, físico o mental, que un funcionario
inflige a una persona para obtener una confesión o información, para
castigarla o para intimidarla a ella o a otros. La Declaración Universal
de 1948 la prohíbe sin excepciones, y en diciembre de 1984 las Naciones
Unidas aprobaron una Convención contra la Tortura que obliga a los
Estados a perseguir a los torturadores.

¿DÓNDE OCURRE?

En más de la tercera parte de los países del mundo, según los informes
de nuestra organización: en comisarías, cuarteles y cárceles de Chile,
Turquía, Irán, Sudáfrica, Uganda... La tortura no es cosa de unos pocos
sádicos: suele ser una práctica administrativa, tolerada o ordenada
desde arriba, y casi siempre queda impune.

¿POR QUÉ NOS CONCIERNE?

Porque funciona el silencio. Los torturadores cuentan con que nadie se
entere. Muchos presos liberados nos han dicho que el trato cambió cuando
empezaron a llegar cartas de fuera.

¿QUÉ PODEMOS HACER?

  - Escribir cartas correctas y firmes a las autoridades de los países
    donde se tortura, pidiendo que se investigue cada caso.
  - Apuntarse a la red de Acciones Urgentes: cuando alguien acaba de ser
    detenido y corre peligro, cada minuto cuenta.
  - Recoger firmas en vuestra ciudad contra la tortura.
  - Pedir a los diputados de vuestra provincia que España ratifique
    cuanto antes la nueva Convención.


Watchlight - Apartado de Correos 10.224 - 28080 Madrid
""",
    },
    # ------------------------------------------------------------------ trainer guide, US, Spring 1996
    {
        "id": "403",
        "split": "holdout4",
        "date": "1996",
        "date_form": "season-running-header",
        "type": "trainer guide",
        "subjects": ["facilitation", "recruitment"],
        "title": "Tabling and Talking to Strangers",
        "title_devised": False,
        "title_variants": ["Module 4: Tabling and Talking to Strangers"],
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "Running header 'TRAINER'S KIT -- SPRING 1996' is the edition date (season -> year) "
                 "and not the title; the module number form is a variant. The session is about "
                 "signing up new members at a table = recruitment; the box 'If the room goes quiet' "
                 "is tips for the facilitator = facilitation. Talking one-to-one at a table is not "
                 "labelled public speaking.",
        "text": """TRAINER'S KIT -- SPRING 1996                      Watchlight USA Field Dept.
-------------------------------------------------------------------------

MODULE 4
TABLING AND TALKING TO STRANGERS

Time: 75 minutes
Materials: a folding table, clipboards, sign-up sheets, two or three
  brochures, a bowl of candy, newsprint and markers

By the end of the session participants will be able to:
  - set up a table that people walk toward, not around
  - open a conversation in one sentence
  - get a name, a phone number and a "yes, call me"

1. WARM-UP (10 min)
   Ask: "When did a stranger last get you to sign something? What did
   they do right?" Write answers on newsprint.

2. THE TABLE (15 min)
   Set up the table badly: sitting down, reading, no sign. Ask the group
   what is wrong. Then let them fix it. Points to draw out: stand in
   front of the table, one big sign, the sign-up sheet where the hand
   falls naturally, never leave one person alone at it.

3. THE OPENING LINE (20 min)
   Say: "You have about four seconds." Pairs take turns walking past
   each other; the "tabler" tries an opener. Collect the ones that
   worked. ("Have you got a minute for a prisoner in Kenya?" works
   better than "Would you like some information?")

4. FROM SIGNATURE TO MEMBER (20 min)
   Divide into groups of three. Each group gets a pile of filled-in
   sign-up sheets and plans what happens in the next ten days: who
   calls, what they say, which meeting they invite people to. Report
   back.

5. WRAP-UP (10 min)
   Each participant names one place on campus or in town they will
   table before the end of the month.

 +-----------------------------------------------------------------+
 | IF THE ROOM GOES QUIET                                            |
 | - Ask a smaller question. "Who has ever worked a bake sale?"      |
 | - Move people: a role play beats a discussion after lunch.        |
 | - Let silence run for ten seconds before you answer yourself.     |
 | - Name the expert in the room and ask them to go first.           |
 +-----------------------------------------------------------------+
                                                             4-1
""",
    },
    # ------------------------------------------------------------------ trainer guide, Britain, (c) 2001
    {
        "id": "402",
        "split": "holdout4",
        "date": "2001",
        "date_form": "copyright-symbol",
        "type": "trainer guide",
        "subjects": ["civil and political rights", "economic, social and cultural rights",
                     "human rights education"],
        "title": "Human Rights in the Classroom: A One-Hour Introduction for 14-16 Year Olds",
        "title_devised": False,
        "title_variants": ["Human Rights in the Classroom"],
        "audience": ["educators", "trainers", "youth"],
        "language": "en",
        "places": [],
        "notes": "Session notes for whoever leads the lesson: trainer guide (trainers), stated to be "
                 "for speakers and teachers (educators), for 14-16 year olds (youth). Subject: "
                 "teaching an introduction to human rights = human rights education; the segment "
                 "'Two families of rights' explains civil and political rights and economic, social "
                 "and cultural rights as such, so both broad terms are labelled; the single rights on "
                 "the cards are examples, in passing. '© Watchlight Britain 2001' "
                 "is the date. Mentioned: 1948, 1966.",
        "text": """WATCHLIGHT BRITAIN -- EDUCATION PROGRAMME

Human Rights in the Classroom
A one-hour introduction for 14-16 year olds

These notes are for Watchlight speakers and for teachers who want to
run the session themselves. No previous knowledge is needed by the class.

You will need: the set of 30 "article cards" (one right per card, in
plain English), sticky notes, a copy of the Universal Declaration for
every four pupils, a clock you can see.

AIMS
  - Pupils can say what a human right is, and that everyone has them.
  - Pupils know the Universal Declaration exists and where it came from.
  - Pupils have thought about one right in their own lives.

0-10 min   WHAT DO YOU NEED?
  Ask the class to write on sticky notes three things every young person
  needs to live a decent life. Stick them on the board and group them.
  Say: "Most of what you have written is in a document the whole world
  agreed to in 1948."

10-25 min  THE CARDS
  Divide the class into groups of four. Each group gets six article
  cards and sorts them: "most important", "important", "less important".
  Ask each group to defend its top card. Don't resolve the arguments --
  the point is that the rights depend on each other.

25-35 min  WHERE DID THIS COME FROM?
  Short talk (no more than eight minutes): the Second World War, Eleanor
  Roosevelt, what a declaration is and is not, who checks whether
  governments keep to it.

35-45 min  TWO FAMILIES OF RIGHTS
  Ask the groups to re-sort their cards into two piles: "freedoms"
  (speech, religion, a fair trial, voting, not being tortured) and
  "things you need to live" (food, housing, health care, school, work
  and fair pay). Explain that these are the two families of rights:
  civil and political rights, and economic, social and cultural rights,
  each with its own treaty since 1966. Ask: can you have one family
  without the other? Is a right to vote worth much to someone who is
  starving? Is a right to school worth much if you cannot say what you
  think there?

45-55 min  CLOSER TO HOME
  Ask: "Which of these rights have you seen respected or broken this
  week -- at school, on the news, on the street?" Pairs, then a few
  examples aloud. Expect bullying, school uniform and the police; go
  with what comes up.

55-60 min  CLOSE
  Each pupil writes on a sticky note one thing they learned. Collect
  them at the door.

If a pupil discloses something personal during the session, stop the
discussion gently and follow the school's safeguarding procedure.

           © Watchlight Britain 2001. May be photocopied for use in schools.
""",
    },
    # ------------------------------------------------------------------ trainer guide, Spain, revised 2005
    {
        "id": "445",
        "split": "holdout4",
        "date": "2005-09",
        "date_form": "es-revised-month-year",
        "type": "trainer guide",
        "subjects": ["disappearances", "letter writing", "urgent actions"],
        "title": "Guía para facilitadores: ¿Dónde están? Taller sobre desapariciones forzadas",
        "title_devised": False,
        "title_variants": ["¿Dónde están? Taller sobre desapariciones forzadas", "¿Dónde están?",
                           "Guía para facilitadores: ¿Dónde están?"],
        "audience": ["trainers"],
        "language": "es",
        "places": ["MX"],
        "notes": "Generic 'Guía para facilitadores' stands above the heading: joined with a colon, the "
                 "form without it a variant. Revision date wins over the first edition: 'Revisado: "
                 "septiembre de 2005 (1ª edición: marzo de 2002)' -> 2005-09. Sessions: what a "
                 "disappearance is; case study in Guerrero = MX; drafting an urgent appeal to the "
                 "authorities = urgent actions and letter writing (judgement call: both, the "
                 "exercise teaches how to write the appeal). Mentioned: 1974 (the case's origin), "
                 "2 de octubre.",
        "text": """GUÍA PARA FACILITADORES

¿DÓNDE ESTÁN? TALLER SOBRE DESAPARICIONES FORZADAS

Watchlight - Sección Española / Área de Formación
Revisado: septiembre de 2005 (1ª edición: marzo de 2002)

Duración: 3 horas. Participantes: de 10 a 25.
Material: fotografías de familiares con pancartas, papelógrafo,
rotuladores, copias de la ficha del caso y del modelo de llamamiento.


1. BIENVENIDA Y DINÁMICA DE ENTRADA (20 min)
   Pida a cada participante que escriba en un papel el nombre de una
   persona a la que llamaría si no volviera a casa esta noche. Pregunte:
   «¿Cuánto tiempo esperaríais antes de ir a la policía? ¿Y si la
   policía dijera que nunca estuvo allí?»

2. ¿QUÉ ES UNA DESAPARICIÓN FORZADA? (40 min)
   Exposición breve: detención por agentes del Estado o con su apoyo,
   negativa a reconocerla, la persona queda fuera de la protección de la
   ley. Subraye que no es un "caso de personas perdidas": es un crimen
   que se prolonga mientras no se sepa la suerte de la víctima.
   Divida en grupos de cinco: cada grupo enumera lo que vive una familia
   durante el primer año (búsqueda, miedo, gastos, estigma).

3. ESTUDIO DE CASO: GUERRERO, MÉXICO (50 min)
   Repartir la ficha: Rosendo Radilla, detenido en un control militar en
   1974 y nunca más visto. Preguntas para los grupos: ¿qué hizo la
   familia?, ¿qué respondieron las autoridades?, ¿qué ha cambiado y qué
   no en treinta años?

   Descanso (15 min)

4. EJERCICIO: REDACTAR UN LLAMAMIENTO URGENTE (45 min)
   Explique cómo funciona la red de Acciones Urgentes. Con el modelo,
   cada participante redacta una carta breve al Procurador General:
   tono respetuoso, datos exactos, una sola petición clara. Lectura en
   voz alta de dos o tres cartas; comentarios del grupo.

5. CIERRE (10 min)
   Ronda: una palabra para terminar. Recuerde las fechas de la próxima
   acción de la red (la semana del 2 de octubre).
""",
    },
    # ------------------------------------------------------------------ trainer guide, US, 2008
    {
        "id": "412",
        "split": "holdout4",
        "date": "2008-07-17",
        "date_form": "month-day-year",
        "type": "trainer guide",
        "subjects": ["campaign planning", "coalition building", "facilitation"],
        "title": "Planning a Campaign That Wins",
        "title_devised": False,
        "title_variants": ["Planning a Campaign That Wins: Facilitator Notes"],
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "Presented date 'National Training Institute, July 17, 2008' is the document's date. "
                 "Parts: goals, targets, tactics and timeline = campaign planning; 'Who is with us?' "
                 "(allies, partner organizations) = coalition building; the 'Facilitator tips' "
                 "section = facilitation. 'Facilitator Notes' is a generic line under the heading: "
                 "joined form is a variant. No other dates.",
        "text": """PLANNING A CAMPAIGN THAT WINS
Facilitator Notes

Presented at the National Training Institute, July 17, 2008
Watchlight USA  |  Organizing & Training  |  Washington, DC

Length: 2 hours 30 minutes
Room: tables of 5-6, one flip chart per table

Objectives -- participants will:
  * turn a problem into a goal someone can actually grant
  * identify the person with the power to grant it
  * build a timeline of escalating tactics

PART 1 -- WHAT DO WE WANT? (30 min)
Put up two statements: "End torture" and "Get the county to stop
contracting with the company that runs rendition flights." Ask: which
one can we win by June? Tables write their own issue as a winnable goal.
Push back on goals with no decision-maker in them.

PART 2 -- WHO CAN GIVE IT TO US? (30 min)
Power mapping. Each table draws its target at the center and everyone
who influences that person around it. Circle the ones we can reach.

PART 3 -- WHO IS WITH US? (25 min)
Tables list allies: faith communities, unions, student groups, veterans.
Ask: what does each partner want out of this? What will we give up to
keep them in? Discuss when a coalition slows you down more than it helps.

PART 4 -- TACTICS AND TIMELINE (45 min)
On a 12-week strip of paper, tables place tactics from mild to strong
(letters, delegations, public events, media). Check: does every step
put more pressure on the target than the last?

DEBRIEF (20 min)

FACILITATOR TIPS
  - Walk the room in Part 2; maps stall when a table picks "Congress"
    as its target. Ask "which member? which staffer?"
  - Time-keep out loud. Give a 5-minute warning every part.
  - Don't let one table's campaign take over the debrief; one example
    each, then move on.
  - If you co-facilitate, agree beforehand who closes each part.
""",
    },
    # ------------------------------------------------------------------ manual, US, 3rd ed. 1979
    {
        "id": "438",
        "split": "holdout4",
        "date": "1979",
        "date_form": "edition-year",
        "type": "manual",
        "subjects": ["fundraising", "group development", "group organizing", "letter writing",
                     "prisoners of conscience"],
        "title": "The Watchlight Group Handbook",
        "title_devised": False,
        "title_variants": ["Watchlight Group Handbook", "Group Handbook"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "'Third edition, 1979' wins over the first (1972) and second (1975) editions listed "
                 "below it. Chapters: starting and running a group = group organizing; adopted "
                 "prisoners = prisoners of conscience; writing letters to officials = letter "
                 "writing; money = fundraising; keeping the group alive = group development. The "
                 "prisoners' countries in chapter 2's excerpt are examples: no places.",
        "text": """

                THE WATCHLIGHT GROUP HANDBOOK

                       Third edition, 1979
         (First edition 1972; second edition 1975)

              For the use of local adoption groups

            Watchlight USA, 22 East 17th Street, New York, N.Y. 10003



CONTENTS

  Introduction: What a group is for ........................  1

  1.  Starting and Running a Group .........................  3
      Finding a meeting place -- Officers -- The monthly
      meeting -- Keeping records

  2.  Your Adopted Prisoners ..................................  9
      How prisoners are chosen -- The case sheet -- What
      "adoption" means -- When a prisoner is released

  3.  Letters That Get Read .................................... 15
      Whom to write to -- Tone -- Forms of address -- Writing
      to the prisoner's family

  4.  Money ....................................................... 21
      Dues -- The section's share -- Benefits and sales

  5.  Keeping the Group Alive .................................. 26
      The second year slump -- Sharing the work -- Welcoming
      newcomers

  Appendix: Addresses of the regional offices .............. 31
\f
                               - 9 -

2.  YOUR ADOPTED PRISONERS

Every group works for two or three prisoners at a time, usually from
different political regions -- one from a Western country, one from a
Communist country, one from the Third World -- so that no one can say we
take sides. A prisoner is adopted only after the research department
is satisfied that he or she is held for beliefs, origin or conscience
and has not used or advocated violence.

You will receive a case sheet for each prisoner. Keep it in the group
file; it is confidential. Do not send copies to the press without
checking with the national office.

Adoption means that the group commits itself to work for the prisoner
until he or she is released, however long that takes -- some groups
have worked for the same prisoner for six or seven years.

3.  LETTERS THAT GET READ

Write to the head of state, the minister of justice or interior, and
the prison director. Be brief and courteous. Never be abusive, never
make political comment on the government as a whole, and never claim
that the prisoner is innocent of a charge you cannot judge: say that
he or she is held for peaceful expression of belief and should be
released. Handwritten letters are fine; typed ones are easier to read.

Write also to the prisoner's family, if the case sheet gives an address
and says it is safe to do so. A short card at Christmas, at Easter or on
a birthday tells the family that their relative is not forgotten. Do not
mention the organization by name unless the case sheet says you may.

                               - 21 -

4.  MONEY

A group needs money for postage (airmail letters to some countries now
cost 31 cents each), for stationery and photocopying, for telegrams in
urgent cases, and for parcels to prisoners' families where these are
allowed. Most groups spend between $150 and $400 a year.

Every group is also asked to send a share to the national section,
which pays for research, for the case sheets and for the regional
offices. The suggested share is $100 a year for groups of fewer than
fifteen members and $200 for larger groups.

Where does it come from?
    -  Dues. Most groups ask each member for a few dollars a year.
       Collect them at the first meeting of the year, not the last.
    -  Benefits. Concerts, suppers, film showings and auctions have all
       worked. Keep them simple; one well-run event a year is better than
       four half-hearted ones.
    -  Sales. Cards, calendars and candles from the section's catalogue.
    -  Gifts. Churches and service clubs will often give a small sum if
       someone from the group explains the work.

5.  KEEPING THE GROUP ALIVE

Many groups lose heart in their second year. The first prisoner has not
been released, the letters go unanswered, and the same three people do
all the work. The groups that survive share the work out -- one member
for each prisoner, one for money, one for publicity -- and they make
room for newcomers at every meeting. Celebrate every piece of good news,
however small: a prisoner moved to a better prison, a family allowed a
visit, a reply from a ministry.
""",
    },
    # ------------------------------------------------------------------ manual, France, 1992
    {
        "id": "428",
        "split": "holdout4",
        "date": "1992",
        "date_form": "fr-edition-year",
        "type": "manual",
        "subjects": ["letter writing", "media work", "petitions", "recruitment",
                     "vigils and demonstrations"],
        "title": "Manuel du militant",
        "title_devised": False,
        "title_variants": ["Manuel du militant: à l'usage des groupes locaux"],
        "audience": ["local groups"],
        "language": "fr",
        "places": [],
        "notes": "'Deuxième édition - Lyon, 1992' is the edition date (the first edition, 1987, is "
                 "mentioned). Chapters: welcoming newcomers = recruitment; petitions; talking to "
                 "journalists = media work; 'Manifester, veiller' = vigils and demonstrations; "
                 "writing to the authorities = letter writing. 'À l'usage des groupes locaux' = local "
                 "groups.",
        "text": """WATCHLIGHT FRANCE


                        MANUEL DU MILITANT
                  à l'usage des groupes locaux

                Deuxième édition -- Lyon, 1992
          (première édition : 1987, épuisée)


SOMMAIRE

   Avant-propos ................................................. 3
   1. Accueillir les nouveaux .................................... 5
   2. La pétition, mode d'emploi ................................ 11
   3. Parler aux journalistes ................................... 17
   4. Manifester, veiller ....................................... 23
   5. Écrire aux autorités ...................................... 29
   Annexes : modèles de lettres, adresses utiles ............... 35
\f
                                                                   - 5 -
1. ACCUEILLIR LES NOUVEAUX

Une personne qui vient pour la première fois à une réunion a déjà fait
la moitié du chemin. Trop souvent, elle ne revient pas : personne ne lui
a parlé, on a discuté de sigles qu'elle ne comprenait pas, on ne lui a
rien demandé de faire.

Quelques règles simples :
  - désigner dans chaque groupe une personne chargée de l'accueil ;
  - présenter le groupe en cinq minutes, sans jargon ;
  - proposer une tâche concrète dès la première soirée (signer une
    lettre, tenir le stand du marché) ;
  - rappeler la personne dans la semaine.

Au forum des associations de septembre, prévoyez un fichier des
contacts et une date de réunion d'accueil précise.
\f
                                                                  - 11 -
2. LA PÉTITION, MODE D'EMPLOI

Une pétition ne vaut que par ce qu'on en fait. Avant de l'imprimer,
demandez-vous à qui elle sera remise, par qui et quand. Le texte tient
en cinq lignes ; il nomme le destinataire et formule une demande
précise. Chaque feuille porte l'adresse du groupe pour le retour.

Une pétition de 3 000 signatures remise en délégation au consulat, en
présence d'un photographe, pèse davantage que 20 000 signatures envoyées
par la poste sans que personne ne le sache.
""",
    },
    # ------------------------------------------------------------------ manual, US, 2006 ISO revision
    {
        "id": "418",
        "split": "holdout4",
        "date": "2006-03-15",
        "date_form": "iso",
        "type": "manual",
        "subjects": ["online activism", "petitions"],
        "title": "Going Digital: A Handbook for Groups Online",
        "title_devised": False,
        "title_variants": ["Going Digital"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "'Version 2.1 -- last updated 2006-03-15' is a revision date (ISO). Chapters: "
                 "website, e-mail lists, online petitions (also petitions per the guidelines), keeping "
                 "members' data safe -- all online activism. 'For groups' in the subtitle = local "
                 "groups. Mentioned: version 1.0 of 2004.",
        "text": """GOING DIGITAL
A Handbook for Groups Online

Watchlight USA -- Grassroots Technology Project
Version 2.1 -- last updated 2006-03-15 (replaces version 1.0 of 2004)


TABLE OF CONTENTS

Chapter 1   A Website for Your Group ............................. 2
Chapter 2   E-mail Lists and Action Alerts ....................... 5
Chapter 3   Online Petitions ..................................... 9
Chapter 4   Keeping Members' Data Safe .......................... 12
Appendix    Free and low-cost tools ............................. 15

------------------------------------------------------------------------
                                                              page 2

CHAPTER 1 -- A WEBSITE FOR YOUR GROUP

You don't need a programmer. A single page that says who you are, when
and where you meet, and what you are working on this month is worth
more than an ambitious site that nobody updates. Put a real e-mail
address on it, and check that address every week.

Checklist:
  [ ] Meeting time and place on the front page
  [ ] A "join us" link that goes to a person, not a form nobody reads
  [ ] This month's action, with a date it expires
  [ ] A link to the national site for background

CHAPTER 3 -- ONLINE PETITIONS                                 page 9

An online petition is easy to start and easy to ignore. Before you set
one up, ask the same questions you would ask about a paper petition:
who receives it, who hands it over, and when. Then:

  1. Use the section's petition tool where one exists for the campaign;
     your signatures count with everyone else's.
  2. If you run your own, collect only name, town and e-mail.
  3. Ask signers whether they want to hear from the group again --
     and respect the answer.
  4. Print the totals and deliver them in person. Take a photo.
""",
    },
    # ------------------------------------------------------------------ worksheet, US, 1985
    {
        "id": "422",
        "split": "holdout4",
        "date": "1985-01-26",
        "date_form": "abbrev-month-day-year",
        "type": "worksheet",
        "subjects": ["fundraising", "group development", "recruitment"],
        "title": "Your Group's Year: A Planning Grid",
        "title_devised": False,
        "title_variants": ["Your Group's Year"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "The running line 'Midwest Leadership Retreat -- Jan. 26, 1985' gives the date it "
                 "was presented and is not the title. Questions: planning the group's year = group "
                 "development; money question (income goal) = fundraising; new members question = "
                 "recruitment. 'For group coordinators' = local groups. Mentioned: 1984 (last year).",
        "text": """Midwest Leadership Retreat -- Jan. 26, 1985                 Worksheet B
________________________________________________________________________

                 YOUR GROUP'S YEAR: A PLANNING GRID
                       (for group coordinators)


1.  Three things your group did in 1984 that you are proud of:

    a. ____________________________________________________________

    b. ____________________________________________________________

    c. ____________________________________________________________


2.  What did NOT work? Be honest.

    _______________________________________________________________


3.  Three goals for this year (make them things you can count):

    _______________________________________________________________

    _______________________________________________________________

    _______________________________________________________________


4.  How much money does the group need this year, and where will it
    come from?

    Dues $ ________   Events $ ________   Other $ ________


5.  How many new members do you want by December? Where will you find
    them? ____________________________________________________________


6.  Fill in the grid:

    MONTH     | MAIN ACTIVITY        | WHO IS RESPONSIBLE
    ----------+----------------------+--------------------
    Feb       |                      |
    Mar       |                      |
    Apr       |                      |
    May       |                      |
    Jun       |                      |
    Sept      |                      |
    Oct       |                      |
    Nov       |                      |
    Dec       |                      |
""",
    },
    # ------------------------------------------------------------------ worksheet, US, 2002
    {
        "id": "458",
        "split": "holdout4",
        "date": "2002-08-09",
        "date_form": "us-numeric",
        "type": "worksheet",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Writing Your First Appeal Letter",
        "title_devised": False,
        "title_variants": [],
        "audience": ["new members"],
        "language": "en",
        "places": ["VN"],
        "notes": "US section: footer 'LW-2  08/09/2002' read M/D/Y = 9 August 2002. Blanks to fill in "
                 "= worksheet. A letter for a named prisoner held for leaflets = prisoners of "
                 "conscience, about Vietnam (VN). 'If this is your first letter' / 'for new "
                 "members' = new members. Mentioned: arrest 1999.",
        "text": """WATCHLIGHT USA  --  Write-a-thon packet  --  for new members


WRITING YOUR FIRST APPEAL LETTER

The case:  NGUYEN VAN THANH, 54, a retired schoolteacher from Hue, was
arrested in 1999 for handing out leaflets calling for multi-party
elections and sentenced to 12 years' imprisonment. He is held at Z30A
camp, Xuan Loc, and is reported to be in poor health. Watchlight
considers him a prisoner of conscience.

Write to:  Prime Minister, Government Office, Hanoi, Viet Nam

Fill in the blanks, then copy your letter onto a clean sheet.

Date: ______________

Your Excellency,

I am writing to you from ______________________ (your town) about

___________________________ (prisoner's name), who is held at

_____________________________ .

I am concerned because _______________________________________________

______________________________________________________________________ .

I respectfully ask that __________________________________________ .

Thank you for your attention.

Yours respectfully,

___________________ (signature)   ____________________ (your address)


CHECK BEFORE YOU SEAL:   [ ] polite?  [ ] one clear request?
  [ ] no politics about the government?  [ ] postage: 80c airmail

LW-2                                                         08/09/2002
""",
    },
    # ------------------------------------------------------------------ worksheet, Spain, 1979
    {
        "id": "414",
        "split": "holdout4",
        "date": "1979-03-07",
        "date_form": "es-numeric-two-digit",
        "type": "worksheet",
        "subjects": ["campaign planning", "coalition building"],
        "title": "¿Quién decide?",
        "title_devised": False,
        "title_variants": ["Ejercicio: ¿Quién decide?", "Ejercicio 2: ¿Quién decide?"],
        "audience": [],
        "language": "es",
        "places": [],
        "notes": "Running line 'Taller de planificación de campañas - Sevilla, 7/3/79' gives the date "
                 "(Spanish: D/M/Y = 7 March 1979) and is not the title. Questions on goal, "
                 "decision-maker, influence, actions and calendar = campaign planning; the question on "
                 "allies ('¿con qué otros grupos podemos aliarnos?') = coalition building.",
        "text": """Taller de planificación de campañas - Sevilla, 7/3/79


EJERCICIO 2:  ¿QUIÉN DECIDE?

Trabajad en grupos de cuatro. Tenéis 40 minutos. Escribid las respuestas
en este papel; luego las pondremos en común.


1. ¿Qué queremos conseguir exactamente? (una frase)

   .....................................................................

   .....................................................................

2. ¿Quién puede decidirlo? (nombre y cargo, no "el Gobierno")

   .....................................................................

3. ¿Quién influye sobre esa persona? ¿A quién escucha?

   .....................................................................

   .....................................................................

4. ¿Con qué otros grupos podemos aliarnos? (asociaciones de vecinos,
   parroquias, sindicatos, colegios profesionales...) ¿Qué les
   ofrecemos a cambio?

   .....................................................................

   .....................................................................

5. ¿Qué acciones haremos, de la más suave a la más fuerte?

   a) ..................................................................
   b) ..................................................................
   c) ..................................................................

6. Calendario: ¿qué haremos en cada uno de los próximos tres meses?

   abril ........................  mayo ..........................

   junio ........................
""",
    },
    # ------------------------------------------------------------------ worksheet, Britain, 1998
    {
        "id": "454",
        "split": "holdout4",
        "date": "1998-11-14",
        "date_form": "eu-dotted-two-digit",
        "type": "worksheet",
        "subjects": ["LGBT rights", "equality and non-discrimination", "police and human rights",
                     "racial discrimination", "women's rights"],
        "title": "Spot the Discrimination",
        "title_devised": False,
        "title_variants": ["Exercise 3: Spot the Discrimination"],
        "audience": ["youth"],
        "language": "en",
        "places": [],
        "notes": "British: running line 'Youth Conference, Manchester, 14.11.98' read D.M.Y = 14 "
                 "November 1998; not the title. Heading on discrimination as such = equality and "
                 "non-discrimination; each scenario carries questions: job refused for an Asian name "
                 "= racial discrimination; woman paid less = women's rights; gay couple refused a "
                 "room = LGBT rights; the wheelchair scenario is covered by equality and "
                 "non-discrimination; Story E (police stop and search, questions on police powers "
                 "and complaints) = police and human rights (and racial discrimination). Audience youth: a youth conference exercise (judgement call).",
        "text": """WATCHLIGHT BRITAIN  ~  Youth Conference, Manchester, 14.11.98  ~  Exercise 3


                       SPOT THE DISCRIMINATION

Read each story. In your group, decide together and write your answers
in the boxes. You have 25 minutes. There are no trick questions -- but
some of them are harder than they look.


STORY A
Imran sends the same CV to twenty firms under his own name and under
the name "Ian Matthews". "Ian" gets six interviews. Imran gets one.

   Is this discrimination?   YES / NO / NOT SURE
   On what grounds?  ......................................................
   What could Imran do?  ..................................................


STORY B
Sarah and Mark do the same job at a supermarket warehouse. Mark earns
£1.10 an hour more "because the men do the lifting". Sarah lifts too.

   Is this discrimination?   YES / NO / NOT SURE
   On what grounds?  ......................................................
   Which law might help her?  .............................................


STORY C
Two men book a double room at a guest house in Blackpool. When they
arrive the owner says the room is "no longer available". The room is
still advertised in the window.

   Is this discrimination?   YES / NO / NOT SURE
   Is it against the law in Britain today?  ...............................
   Should it be?  .........................................................


STORY D
A new nightclub has a flight of stairs and no lift. Tom, who uses a
wheelchair, is told that is "just how the building is".

   Is this discrimination?   YES / NO / NOT SURE
   Whose job is it to change things?  .....................................


STORY E
Darren is 16 and black. Last month the police stopped and searched him
four times on his way home from college. They never found anything and
never said why they had picked him. His white friends have never been
stopped.

   Is this discrimination?   YES / NO / NOT SURE
   What powers do the police have to stop and search?  ....................
   Who could Darren complain to?  .........................................


Now: which story did your group disagree about most, and why?

   ......................................................................
""",
    },
    # ------------------------------------------------------------------ evaluation form, US, 1990
    {
        "id": "440",
        "split": "holdout4",
        "date": "1990-11-03",
        "date_form": "us-numeric-two-digit",
        "type": "evaluation form",
        "subjects": ["death penalty", "lobbying", "media work", "vigils and demonstrations"],
        "title": "Abolition Organizers' Training",
        "title_devised": False,
        "title_variants": ["Abolition Organizers' Training: Evaluation"],
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "US (Austin, Texas): 11/3/90 = 3 November 1990. EVALUATION is separated from the "
                 "heading by the date/venue line: section label. Heading (abolition of the death "
                 "penalty) = death penalty; questions rate sessions on the state legislature "
                 "(lobbying, US), vigils on execution nights, and talking to reporters (media work). "
                 "The session on victims' families is part of the death penalty topic.",
        "text": """                 ABOLITION ORGANIZERS' TRAINING
                 11/3/90  --  St. Edward's University, Austin

                          EVALUATION

Please fill this out before you leave. Your name is optional.

Rate each session:   1 = not useful   5 = very useful

  Working the Capitol: visiting state legislators
  before the session opens in January                     1  2  3  4  5

  Standing outside: vigils on execution nights            1  2  3  4  5

  Talking to reporters when an execution date is set      1  2  3  4  5

  Families of murder victims: listening first             1  2  3  4  5


What was the most useful thing you learned today?

  ________________________________________________________________

  ________________________________________________________________

What should we leave out next time?

  ________________________________________________________________

Would you be willing to help organize a vigil in your town?
  [ ] yes   [ ] maybe   [ ] no

Name (optional) ______________________  Town _______________________


               Texas Coalition for Abolition  /  Watchlight USA Region 6
""",
    },
    # ------------------------------------------------------------------ evaluation form, France, 2006
    {
        "id": "441",
        "split": "holdout4",
        "date": "2006-01-21",
        "date_form": "fr-numeric",
        "type": "evaluation form",
        "subjects": ["media work", "public speaking"],
        "title": "Stage « Prendre la parole en public »",
        "title_devised": False,
        "title_variants": ["Prendre la parole en public",
                           "Stage « Prendre la parole en public »: Fiche d'évaluation"],
        "audience": [],
        "language": "fr",
        "places": [],
        "notes": "French: 21/01/2006 (D/M/Y). FICHE D'ÉVALUATION separated from the heading by the "
                 "place/date line: section label. Heading and most questions = public speaking; the "
                 "module on the radio interview (a question of its own) = media work.",
        "text": """WATCHLIGHT FRANCE -- Délégation Île-de-France
43, rue Saint-Maur -- 75011 Paris


          STAGE « PRENDRE LA PAROLE EN PUBLIC »
                   Paris, 21/01/2006

                   FICHE D'ÉVALUATION


Merci de remplir cette fiche avant de partir. Elle est anonyme.

1. Comment jugez-vous chacun des modules ?
   (1 = pas utile ... 4 = très utile)

   La voix, le souffle, le regard                   1   2   3   4
   Construire une intervention de trois minutes     1   2   3   4
   Répondre à une question hostile                  1   2   3   4
   L'interview à la radio : les messages clés       1   2   3   4

2. Vous sentez-vous plus à l'aise pour parler devant un groupe qu'avant
   le stage ?     oui tout à fait  /  un peu  /  pas vraiment

3. Qu'est-ce qui vous a le plus servi ?

   ....................................................................

4. Qu'est-ce qui a manqué ?

   ....................................................................

5. La durée (une journée) était :  trop courte / suffisante / trop longue

6. Souhaitez-vous un stage de suite (niveau 2) ?   oui  /  non
""",
    },
    # ------------------------------------------------------------------ evaluation form, Britain, 2007
    {
        "id": "405",
        "split": "holdout4",
        "date": "2007-02-03",
        "date_form": "weekday-ordinal-day-month-year",
        "type": "evaluation form",
        "subjects": ["facilitation", "group development"],
        "title": "Running Better Meetings: A Day for Group Chairs and Facilitators",
        "title_devised": False,
        "title_variants": ["Running Better Meetings", "Running Better Meetings: How Was Today?"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "'HOW WAS TODAY?' stands below the date/venue line: section label. Heading (running "
                 "meetings) and the session questions = facilitation; the session 'Is our group "
                 "working? A health check' (reviewing how a group works) = group development. 'For "
                 "group chairs' = local groups (judgement call, like group coordinators).",
        "text": """Running Better Meetings
a day for group chairs and facilitators

Saturday 3rd February 2007  -  Carrs Lane Church Centre, Birmingham


HOW WAS TODAY?

Please tick one box for each session.

                                         Very    Quite   Not very
                                         useful  useful  useful
 Agendas that people actually follow      [ ]     [ ]     [ ]
 Getting everyone to speak (not just
   the usual three)                        [ ]     [ ]     [ ]
 Making decisions without a row            [ ]     [ ]     [ ]
 Is our group working? A health check      [ ]     [ ]     [ ]


What will you do differently at your next group meeting?

 ......................................................................

 ......................................................................

Was anything too basic, or too advanced?

 ......................................................................

How did you hear about today?   Newsletter / e-mail / group / other

Any other comments (food, venue, timing...)

 ......................................................................

       Thank you!  Please leave this form on the table by the door.
""",
    },
    # ------------------------------------------------------------------ evaluation form, US, ca. 1978
    {
        "id": "420",
        "split": "holdout4",
        "date": "1978",
        "date_form": "circa",
        "type": "evaluation form",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Letter-Writing Evening: Your Comments Please",
        "title_devised": False,
        "title_variants": ["Letter-Writing Evening"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "The only date is an archivist's pencilled 'ca. 1978' on the item -> 1978 (circa). "
                 "The heading names the letter-writing evening; questions on the prisoner case "
                 "briefings and writing to prisoners' families = letter writing and prisoners of "
                 "conscience. 'Tuesday' with no date is not a date. The subtitle 'Your comments "
                 "please' is kept after a colon, the short form is a variant.",
        "text": """                                                        ca. 1978  [pencil]

        LETTER-WRITING EVENING  --  YOUR COMMENTS PLEASE

We are trying to make these evenings better. Please answer and leave
this sheet in the basket with your letters.


1.  Was this your first letter-writing evening?       yes  /  no


2.  Were the case briefings on the three prisoners clear enough to
    write from?

    ________________________________________________________________


3.  Did you write to a prisoner's family as well as to the
    authorities?   yes  /  no

    If not, why not? _________________________________________________


4.  Was there enough paper, envelopes, sample letters?

    ________________________________________________________________


5.  Would you come every month?   yes  /  sometimes  /  no

    Is Tuesday a good night?      yes  /  no  -- better: ____________


6.  Anything else?

    ________________________________________________________________

    ________________________________________________________________

                                      Group 19, First Unitarian Church
""",
    },
    # ------------------------------------------------------------------ sign-in sheet, US, 1993
    {
        "id": "413",
        "split": "holdout4",
        "date": "1993-02-23",
        "date_form": "us-numeric-dashes-two-digit",
        "type": "sign-in sheet",
        "subjects": ["urgent actions"],
        "title": "Urgent Action Network Orientation: Sign In",
        "title_devised": False,
        "title_variants": ["Urgent Action Network Orientation"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Heading line 'URGENT ACTION NETWORK ORIENTATION -- SIGN IN -- 2-23-93 -- Denver': "
                 "date and venue after separators are not the title. US (Denver): 2-23-93 = 23 "
                 "February 1993. Subject from the heading. Names and phone numbers are invented.",
        "text": """URGENT ACTION NETWORK ORIENTATION -- SIGN IN -- 2-23-93 -- Denver

   NAME                  ADDRESS                      PHONE       E-MAIL?
   --------------------  ---------------------------  ----------  -------
1  Carol Ostrowski       1450 Marion St #3, Denver    831-2204    no
2  Tom & Lily Reyes      Box 88, Golden               279-0061    no
3  Anne Beauchamp        2212 S. Josephine, Denver    744-9170    yes
4  Martin Feld           Regis University             458-3392
5  D. Okafor             615 E 13th Ave, Denver       860-1145    no
6  Jean Whitcomb         Boulder                      (303) 442-7788  no
7  Ruth Ann Salazar      3340 W 38th Ave              477-2019    no
8  Paul Henning          Lakewood                     232-5506    yes
9
10
11
12

Please print.  If you want to receive UA cases by fax, tell Joan.
""",
    },
    # ------------------------------------------------------------------ sign-in sheet, blank, undated
    {
        "id": "446",
        "split": "holdout4",
        "date": None,
        "date_form": "none",
        "type": "sign-in sheet",
        "subjects": [],
        "title": "Sign In Please!",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "A blank sheet whose only heading is the generic 'SIGN IN PLEASE!', transcribed as "
                 "it is. No event name and no date: no subjects, date null. The newsletter column is "
                 "not a topic.",
        "text": """                        SIGN IN PLEASE!

  Name               Street address           City / ZIP     Phone        Newsletter?
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]
  _________________  _______________________  _____________  ___________  [ ]

                                                          Page ____ of ____
""",
    },
    # ------------------------------------------------------------------ sign-in sheet, Spain, 2004
    {
        "id": "406",
        "split": "holdout4",
        "date": "2004-05-09",
        "date_form": "es-full-date",
        "type": "sign-in sheet",
        "subjects": ["fundraising"],
        "title": "Hoja de asistencia: Taller de captación de fondos para grupos",
        "title_devised": False,
        "title_variants": ["Taller de captación de fondos para grupos"],
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "Generic 'HOJA DE ASISTENCIA' stands directly above the heading: joined with a colon, "
                 "the form without it a variant. Date line of its own. Subject from the heading "
                 "(raising funds). 'Para grupos' in the workshop name = local groups.",
        "text": """HOJA DE ASISTENCIA
Taller de captación de fondos para grupos
Bilbao, 9 de mayo de 2004 - Local de Bidebarrieta

   Nombre y apellidos          Grupo / ciudad        Teléfono       Correo electrónico
   --------------------------  --------------------  -------------  ------------------------
1  Itziar Goikoetxea           Bilbao                94 415 22 87   itziar.g@euskalnet.net
2  Javier Ruiz de Azua         Vitoria-Gasteiz       945 23 41 09
3  Miren Etxeberria            Donostia              943 42 77 15   mirenetx@hotmail.com
4  Carlos Pérez Olano          Santander             942 21 66 30
5  Ane Larrañaga               Bilbao                656 30 12 44   anelarra@yahoo.es
6  Josu Arrieta                Getxo                 94 491 80 02
7  Begoña Uriarte              Pamplona              948 17 25 60   buriarte@terra.es
8
9
10

Por favor, escribid con letra clara.
""",
    },
    # ------------------------------------------------------------------ sign-in sheet, Britain, 1988
    {
        "id": "459",
        "split": "holdout4",
        "date": "1988-10-18",
        "date_form": "weekday-abbrev-day-month-two-digit",
        "type": "sign-in sheet",
        "subjects": ["public speaking"],
        "title": "Speakers' Training Evening: Attendance",
        "title_devised": False,
        "title_variants": ["Speakers' Training Evening", "Attendance: Speakers' Training Evening"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Generic 'ATTENDANCE' directly above the heading: joined, the form without it a "
                 "variant. Date on its own line ('Tues 18 Oct 88'): two-digit year 1988. Subject from "
                 "the heading (training speakers) and the column 'Willing to give talks?'. The second evening (1 Nov) is mentioned.",
        "text": """ATTENDANCE
Speakers' training evening
Tues 18 Oct 88, 7.30 pm - Watchlight office, 2nd floor

   Name                  Group              Willing to give talks?   Tel.
   --------------------  -----------------  -----------------------  -------------
   Margaret Holroyd      Sheffield          Y                        0742 661903
   Dev Patel             Leeds University   Y                        0532 751240
   Gwen Lloyd            Huddersfield       maybe                    0484 530217
   Brian Fairclough      Sheffield          Y
   Sister Anne Kelly     York               Y - not evenings         0904 624416
   P. Whiteley           Harrogate          N (came to listen)
   Jo Armitage           Leeds              Y                        0532 783350
   Tariq Hussain         Bradford           Y                        0274 492016
   Ellen Sowerby         Wakefield          maybe - ring me          0924 371152

Second evening: Tues 1 Nov - bring a five-minute talk on any case.

""",
    },
    # ------------------------------------------------------------------ letter, US, 1974
    {
        "id": "416",
        "split": "holdout4",
        "date": "1974-06-03",
        "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["campaigning", "letter writing", "media work", "petitions", "torture"],
        "title": "[Letter to group coordinators launching the Campaign Against Torture]",
        "title_devised": True,
        "title_variants": ["[Letter from the national office to group coordinators about the Campaign Against Torture]"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Dateline June 3, 1974 wins over the dates in the body (December 1973 conference, "
                 "December 10 deadline for signatures, 1948 Declaration). A letter launching one of "
                 "the organization's campaigns = campaigning, about torture. The numbered list of "
                 "what groups can do: letters to governments = letter writing; the petition = "
                 "petitions; letters to the local paper = media work. Addressed 'Dear Group "
                 "Coordinator' = local groups. No heading: devised title.",
        "text": """                         WATCHLIGHT USA
           22 East 17th Street, New York, N.Y. 10003
                      (212) 555-7720

                                                  June 3, 1974


Dear Group Coordinator,

     Enclosed you will find the materials for the Campaign Against
Torture, which the International Council voted last fall to make our
first priority for the coming year. The campaign grew out of the
conference held in Paris in December 1973, where doctors, lawyers and
former prisoners described how widely torture is now practised -- not
in a few "backward" countries but in more than sixty, on every
continent, and very often with modern methods and equipment imported
from abroad.

     Torture was outlawed by the Universal Declaration in 1948. It has
never been more common. The aim of the campaign is simple: to make
governments understand that torture does not go unnoticed, and to
build pressure for an international instrument banning it without
exception.

     What we are asking each group to do this summer and fall:

     1.  Write to the governments named in the enclosed country
         sheets. Each group has been assigned two. Letters should be
         courteous and specific: name the prison, cite the reports.

     2.  Circulate the enclosed petition to the United Nations and
         return the signed sheets to this office by December 10, so
         that they can be presented together on Human Rights Day.

     3.  Write to your local newspaper about the campaign -- a letter
         to the editor from a local person is worth ten press releases
         from New York.

     Please let us know which of these your group is able to take on.
Extra copies of the petition may be ordered at 5 cents each.

                              Sincerely,

                              [signed]
                              Helen M. Carver
                              Campaign Coordinator

HMC:js
enc.
""",
    },
    # ------------------------------------------------------------------ letter, France, 1985
    {
        "id": "429",
        "split": "holdout4",
        "date": "1985-09-02",
        "date_form": "fr-full-date-closing",
        "type": "letter",
        "subjects": ["fundraising", "recruitment"],
        "title": "[Letter to the local group leaders about the new season, membership dues and the associations fair]",
        "title_devised": True,
        "title_variants": ["[Lettre aux responsables des groupes locaux sur la rentrée, les cotisations et le forum des associations]",
                           "Rentrée 1985 : cotisations et forum des associations",
                           "Objet : rentrée 1985 : cotisations et forum des associations"],
        "audience": ["local groups"],
        "language": "fr",
        "places": [],
        "notes": "Dated only in the closing line 'Fait à Lyon, le 2 septembre 1985'. A paragraph on "
                 "collecting dues (cotisations 1985-86) = fundraising; a paragraph on the September "
                 "associations fair to find new members = recruitment. Mentioned: deadline 15 "
                 "octobre, forum 14 septembre. Devised title in English, French form and the Objet "
                 "line as variants.",
        "text": """WATCHLIGHT FRANCE
Secrétariat national -- 8, rue Mercière -- 69002 Lyon


Aux responsables des groupes locaux

Objet : rentrée 1985 -- cotisations et forum des associations


Chers amis,

J'espère que l'été vous aura permis de souffler un peu. La rentrée
arrive vite, et avec elle deux rendez-vous qui comptent pour la vie de
nos groupes.

D'abord les cotisations. Beaucoup d'adhérents oublient de renouveler si
personne ne le leur rappelle. Vous trouverez ci-joint la liste de vos
adhérents de l'an dernier et les bulletins de cotisation 1985-86
(120 F, 40 F pour les étudiants et les chômeurs). Merci de nous faire
remonter les cotisations avant le 15 octobre : c'est de là que vient
l'essentiel de notre budget, et nous ne recevons aucune subvention
publique.

Ensuite le forum des associations, qui se tiendra dans la plupart des
villes le samedi 14 septembre. C'est l'occasion de l'année pour faire
connaître le groupe et trouver de nouveaux membres. Tenez le stand à
deux, prévoyez une feuille pour noter les coordonnées des personnes
intéressées et, surtout, donnez-leur une date précise de réunion.
Les affiches et les dépliants sont partis par la poste la semaine
dernière.

Bonne rentrée à tous, et merci pour votre fidélité.

Pour le Bureau national,
Marie-Hélène Rouvière, secrétaire générale

                                      Fait à Lyon, le 2 septembre 1985
""",
    },
    # ------------------------------------------------------------------ letter (e-mail), US, 2009
    {
        "id": "425",
        "split": "holdout4",
        "date": "2009-04-14",
        "date_form": "email-header",
        "type": "letter",
        "subjects": ["human rights defenders", "online activism", "petitions",
                     "vigils and demonstrations"],
        "title": "[E-mail to the Boston area list about a vigil for a threatened Colombian human rights defender]",
        "title_devised": True,
        "title_variants": ["Vigil Thurs for Yolanda Mejía + sign the e-petition",
                           "Re: Vigil Thurs for Yolanda Mejía + sign the e-petition"],
        "audience": [],
        "language": "en",
        "places": ["CO"],
        "notes": "E-mail with greeting and signature = letter; date from the header (Tue, 14 Apr "
                 "2009), not the vigil date (Thursday April 16) or the threats' date. Vigil = vigils "
                 "and demonstrations; the threatened leader of a women's organization = human rights "
                 "defenders (women's rights only in passing), Colombia = CO; a paragraph on the online "
                 "petition = online activism + petitions. Subject line as a variant.",
        "text": """From: Meg Donnelly <mdonnelly@bostonwatchlight.org>
To: boston-area@lists.watchlightusa.org
Date: Tue, 14 Apr 2009 19:02:11 -0400
Subject: Vigil Thurs for Yolanda Mejía + sign the e-petition

Hi everyone,

Quick reminder that we're holding a candlelight vigil this Thursday,
April 16, 5:30-6:30 pm, outside the Colombian consulate at 535 Boylston
St. Bring a candle (we'll have some) and a friend.

Some background for those who missed Sunday's meeting: Yolanda Mejía
leads a women's organization in Barrancabermeja that documents killings
by paramilitary groups. On April 2 she found a funeral wreath with her
name on it on her doorstep, and a text message saying her children
"would be next". She has had threats before but never this specific.
Our section has asked the Colombian authorities to give her effective
protection that she herself agrees to, and to investigate who is behind
the threats. People like Yolanda are exactly the ones who get killed
when nobody is watching.

Can't make it Thursday? Sign the online petition to the Colombian
Attorney General at www.watchlightusa.org/act/mejia -- it takes a
minute -- and forward this to five people who would sign too. We'll
print the signatures and hand them in at the consulate on Thursday,
so sign by Wednesday night if you can.

See you there,
Meg

--
Meg Donnelly
Watchlight Group 133 (Boston) -- Colombia coordinator
617-555-0193
""",
    },
    # ------------------------------------------------------------------ letter, Britain, 1983
    {
        "id": "409",
        "split": "holdout4",
        "date": "1983-03-21",
        "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["human rights education"],
        "title": "[Letter from the Leeds group to the headmaster of Roundhay School offering talks on human rights]",
        "title_devised": True,
        "title_variants": ["Human rights talks for sixth formers",
                           "Re: Human rights talks for sixth formers"],
        "audience": ["educators"],
        "language": "en",
        "places": [],
        "notes": "Dateline 21st March 1983; the RECEIVED stamp (24 MAR 1983) and the reference "
                 "'JM/83/112' are not the date; the proposed dates (summer term, 10 December) are "
                 "mentioned. Offering talks to pupils about human rights = human rights education; "
                 "addressed to a headmaster = educators. Prisoners of conscience appear in one "
                 "clause only.",
        "text": """WATCHLIGHT BRITAIN
LEEDS GROUP
Secretary: Mrs J. Marsden, 41 Shire Oak Road, Leeds LS6 2DE
Telephone: Leeds 758214

Our ref: JM/83/112
                                                   21st March 1983

The Headmaster
Roundhay School
Gledhow Lane
Leeds LS8 1ND
                                              [stamp:] RECEIVED
                                                       24 MAR 1983

Dear Mr Ingham,

Re: Human rights talks for sixth formers

I am writing on behalf of the Leeds group of Watchlight, the
international human rights organisation, to ask whether your sixth form
General Studies course would welcome a visiting speaker during the
summer term.

Several members of our group are experienced in speaking to young
people. A typical session lasts one lesson and introduces the Universal
Declaration of Human Rights, what it means in practice, and how ordinary
people in this country can help those whose rights are denied elsewhere,
including the prisoners of conscience our group works for. We bring
short readings and photographs, and leave plenty of time for questions.
We do not ask pupils for money or to join anything.

Some schools have also marked Human Rights Day on 10 December with an
assembly, for which we can provide material.

If you think this might be of interest, perhaps the teacher in charge
of General Studies could telephone me at the number above. There is of
course no charge.

Yours sincerely,

J. Marsden
(Mrs) Joan Marsden
Group Secretary
""",
    },
    # ------------------------------------------------------------------ letter, US, 1977
    {
        "id": "432",
        "split": "holdout4",
        "date": "1977-11",
        "date_form": "abbrev-month-year",
        "type": "letter",
        "subjects": ["fair trials", "letter writing", "prisoners of conscience"],
        "title": "[Letter from Group 88 to its members about their adopted prisoner in Uruguay]",
        "title_devised": True,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["UY"],
        "notes": "Dateline 'Nov. 1977' (month and year). Dates of the case (arrest October 1975, "
                 "trial 1976) are mentioned. Adopted prisoner = prisoners of conscience, Uruguay = UY; "
                 "a paragraph on the military court trial = fair trials; the request to write to the "
                 "authorities with addresses = letter writing. Torture appears in one clause: in "
                 "passing. 'Dear Friends' names no audience term.",
        "text": """WATCHLIGHT  --  GROUP 88
c/o Rev. Arthur Lindqvist, 310 Elm Street, Northfield, Minn. 55057

                                                           Nov. 1977
Dear Friends,

     It is two years now since our group took up the case of Héctor
Rodríguez Vidal, the schoolteacher and union delegate from Paysandú,
and I want to bring everyone up to date before our December meeting.

     Héctor was arrested in October 1975 at the school where he taught,
and held for five months without being allowed to see a lawyer or his
family. His wife believes he was badly treated during that time.

     In 1976 he was tried -- if that is the word -- by a military court
in Montevideo. He is a civilian. The hearing was held in private, his
defense lawyer was appointed by the army and met him for the first time
on the day of the trial, and the only evidence was a statement he says
he signed under pressure. He was sentenced to eight years for
"subversive association", which as far as we can learn means belonging
to the teachers' union after it was banned.

     His wife Marta wrote to us in August (the first letter we have had)
to say that he knows people abroad are writing, and that the guards
treat him differently since the letters began to arrive. So please keep
writing. The addresses are:

          Señor Presidente de la República
          Dr. Aparicio Méndez
          Casa de Gobierno, Montevideo, Uruguay

          Señor Comandante en Jefe del Ejército
          Montevideo, Uruguay

     Write in Spanish if you can (Ellen has sample letters) and in
English if you can't. Be polite, ask for his release, and do not
mention this group or Watchlight.

                              With thanks,

                              Arthur Lindqvist
                              Group Coordinator
""",
    },
    # ------------------------------------------------------------------ letter, US, 2001
    {
        "id": "436",
        "split": "holdout4",
        "date": "2001-12-10",
        "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["fundraising", "refugees"],
        "title": "[Fundraising appeal letter to members for the refugee program]",
        "title_devised": True,
        "title_variants": ["[Letter from the executive director to members asking for gifts for the refugee program]"],
        "audience": [],
        "language": "en",
        "places": ["AF"],
        "notes": "Dateline December 10, 2001 (Human Rights Day). An appeal for gifts (reply slip) "
                 "= fundraising; two paragraphs on Afghan refugees turned back at the border = "
                 "refugees, place AF (judgement call: the refugees' country; the neighbouring "
                 "countries are named in passing). 'Dear Member' names no audience term (members are "
                 "not 'new members'). Mentioned: year-end December 31.",
        "text": """WATCHLIGHT USA
1420 Chestnut Street, Suite 600  |  Philadelphia, PA 19102  |  (215) 555-0100

December 10, 2001

Dear Member,

Today is Human Rights Day, and I want to tell you about the people our
refugee program is trying to reach this winter.

Since October, hundreds of thousands of Afghans have fled the bombing
and the fighting toward the borders. Most have been turned back. The
neighboring governments say they cannot take more, and so families who
walked for days are camped in the open on the Afghan side, without
shelter, as the temperature falls below freezing at night. Women and
children make up most of them.

Our researchers are on the border now, documenting what is happening to
people who are sent back. We are pressing the governments concerned to
let those fleeing reach safety, and pressing our own government to
share the responsibility -- including by resettling refugees here.

This work costs money, and we do not accept a single dollar from any
government. Everything we do is paid for by members like you. A gift of
$35 pays for a day's interviews at the border; $100 helps keep our
asylum advocate in Washington working through the spring.

Please use the enclosed reply card and envelope to send what you can,
if possible before December 31, when our year ends. Thank you for
standing with us.

Sincerely,

Patricia Oyelaran-Hughes
Executive Director

P.S. If you prefer, you can give online at www.watchlightusa.org/give.
""",
    },
    # ------------------------------------------------------------------ memo, US, 1976
    {
        "id": "433",
        "split": "holdout4",
        "date": "1976-10-04",
        "date_form": "us-numeric-two-digit",
        "type": "memo",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Urgent Action network orientation sessions",
        "title_devised": False,
        "title_variants": ["[Memo from the Training Committee to regional trainers about Urgent Action orientation sessions]"],
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "TO/FROM/DATE/RE memo; the RE line is the title, a devised form a variant. "
                 "DATE: 10/4/76 (US) = 4 October 1976. The bullets are the session's content: the one on how "
                 "to write a UA appeal = letter writing as well as urgent actions (as for 445). Mentioned: the network's start in 1973 and "
                 "the sessions planned for November. Addressed to regional trainers = trainers.",
        "text": """                         M E M O R A N D U M

TO:      Regional Trainers
FROM:    Training Committee (S. Haber, chair)
DATE:    10/4/76
RE:      Urgent Action network orientation sessions

---------------------------------------------------------------------

The Urgent Action network has grown from a few dozen volunteers when it
started in 1973 to almost 1,400 today, and the UA office can no longer
brief each new participant by phone. We are therefore asking each region
to hold at least one orientation session for new UA participants before
the end of November.

The session should take about an hour and a half and cover:

   -  what an Urgent Action is and why speed matters (the first days
      after an arrest are when torture and "disappearance" are most
      likely);
   -  how cases reach participants: the mailing, the telephone tree,
      what to do if you are away;
   -  how to write a UA appeal: short, polite, by airmail or telegram,
      within a week of receiving the case;
   -  what happens afterward: follow-ups, "stop action" notices, how
      we learn the outcome.

A packet with sample cases and a sample appeal will reach you next
week. Please send the dates of your sessions to the UA office in
Nashville so that new participants can be referred to you.

SH/mk
cc: UA Coordinator; Field Director
""",
    },
    # ------------------------------------------------------------------ memo (e-mail), US, 2004
    {
        "id": "411",
        "split": "holdout4",
        "date": "2004-06-21",
        "date_form": "email-header",
        "type": "memo",
        "subjects": ["LGBT rights", "business and human rights", "campaigning", "online activism",
                     "women's rights"],
        "title": "Fall student conference -- workshops still needing leaders",
        "title_devised": False,
        "title_variants": ["[E-mail from the student program to student group coordinators about workshops needing leaders at the fall conference]"],
        "audience": ["student groups"],
        "language": "en",
        "places": [],
        "notes": "E-mail in memo form (To/From/Date/Subject, no greeting): memo; the Subject is the "
                 "title. Date from the header, not the conference dates (October 15-17) or the reply "
                 "deadline (July 9). The list of workshops still needing leaders is the content: LGBT "
                 "rights; the violence against women campaign workshop = women's rights + "
                 "campaigning; online organizing = online activism; oil companies and communities "
                 "= business and human rights. The workshops already covered are listed in one "
                 "sentence: in passing. 'To: Student group coordinators' = student groups.",
        "text": """To: Student group coordinators <student-coords@lists.watchlightusa.org>
From: Student Program <students@watchlightusa.org>
Date: Mon, 21 Jun 2004 09:12:44 -0500
Subject: Fall student conference -- workshops still needing leaders

The program for the fall student conference (October 15-17, University
of Illinois at Chicago) is almost complete. We already have leaders for
the sessions on the death penalty, refugees and starting a new chapter.

We still need someone -- a student, a faculty member, a local activist --
to lead each of these:

  * LGBT rights around the world: criminalization, asylum, what
    chapters can do on campus
  * Stop Violence Against Women: the new campaign and how chapters can
    take part this year
  * Online organizing 101: e-mail lists, web petitions, blogs
  * Oil, pipelines and communities: holding companies responsible for
    human rights abuses

Workshop leaders get free registration and housing. If you or someone
you know could lead one, reply to this message with a name, a phone
number and two lines about their experience by July 9.

Student Program, Watchlight USA
600 Pennsylvania Ave SE, Suite 5, Washington DC 20003
""",
    },
    # ------------------------------------------------------------------ memo, Britain, 1995
    {
        "id": "444",
        "split": "holdout4",
        "date": "1995-05-02",
        "date_form": "day-month-year",
        "type": "memo",
        "subjects": ["fundraising", "human rights education"],
        "title": "Grant applications for the schools programme",
        "title_devised": False,
        "title_variants": ["[Memo from the fundraising officer to the section board about grant applications for the schools programme]"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "British memo dated 2 May 1995; the financial year 1995/96, the trusts' deadlines "
                 "(30 June, 1 September) and the board meeting (17 May) are mentioned. Grant "
                 "applications = fundraising; a paragraph describing the schools programme to be "
                 "funded = human rights education. 'Section Board' is not an audience term.",
        "text": """WATCHLIGHT BRITAIN

MEMORANDUM

To:       Section Board
From:     Fundraising Officer (R. Okonedo)
Date:     2 May 1995
Re:       Grant applications for the schools programme

For decision at the board meeting on 17 May.

1.  Background
    The schools programme has until now been paid for from general funds
    and one small grant that ends in March. If it is to continue in
    1995/96 at its present size (two part-time education workers, the
    teachers' pack, around 120 school visits a year) we need outside
    money of about £38,000 a year.

2.  What the programme does
    Our speakers run sessions for pupils aged 11 to 18 on what human
    rights are and why they matter, using the Universal Declaration and
    case stories. The teachers' pack is used in about 400 schools.
    Demand from Citizenship and RE teachers has doubled in two years.

3.  Proposed applications
    (a) The Ashworth Trust -- up to £15,000 a year for three years;
        deadline 30 June.
    (b) The Cadwallader Foundation -- education projects only; £10,000;
        deadline 1 September.
    (c) The Lottery is not an option while the board's policy on
        lottery money stands.
    (d) An appeal to members who are teachers, in the autumn newsletter.

4.  Decision needed
    Approval to apply to (a) and (b), and to draft (d).

RO
""",
    },
    # ------------------------------------------------------------------ memo, US, 1999
    {
        "id": "450",
        "split": "holdout4",
        "date": "1999-02-08",
        "date_form": "abbrev-ordinal",
        "type": "memo",
        "subjects": ["armed conflict", "campaigning", "media work"],
        "title": "Press kits for the Sudan campaign",
        "title_devised": False,
        "title_variants": ["[Memo to staff and group media coordinators about press kits for the Sudan campaign]"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["SD"],
        "notes": "DATE: Feb. 8th, 1999 (abbreviated month, ordinal). Launch date March 3 and the "
                 "1989 coup are mentioned. The memo coordinates the campaign's press work = media "
                 "work + campaigning (a campaign of the organization presented); a paragraph on "
                 "civilians in the war in the south = armed conflict; Sudan = SD. 'Group media "
                 "coordinators' = local groups (judgement call).",
        "text": """MEMO

TO:     All staff; group media coordinators
FROM:   Communications Dept. -- Dana Pruitt
DATE:   Feb. 8th, 1999
RE:     Press kits for the Sudan campaign
------------------------------------------------------------------------

The Sudan campaign launches nationally on March 3. Press kits are being
mailed this week to every group that has named a media coordinator.
Each kit contains:

   - the national news release (embargoed until 12:01 a.m. March 3)
   - a template release with blanks for your group's local event
   - a one-page fact sheet and a map
   - three photographs, with captions and credits
   - a sample letter to the editor and a sample op-ed

Why this campaign: since the war in the south resumed, government
forces and the militias they arm have bombed villages, burned crops and
driven civilians from the oil fields; hundreds of thousands have been
displaced and many killed. Both the government and the armed opposition
have abducted children and attacked civilians. None of this has been
on the front page since the 1989 coup brought the current government
to power, and that is what we want to change.

Media coordinators: please call your local papers the week before the
launch, offer a local spokesperson, and report any coverage to Dana
(ext. 214) so we can track it. Do not release anything before the
embargo lifts.

DP
""",
    },
    # ------------------------------------------------------------------ flyer, US, 1972
    {
        "id": "421",
        "split": "holdout4",
        "date": "1972-02-10",
        "date_form": "weekday-abbrev-month-day-year",
        "type": "flyer",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Write for Their Freedom",
        "title_devised": False,
        "title_variants": ["Write for Their Freedom: Letter-Writing Night"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Flyer announcing an event: its date Thursday, Feb. 10, 1972. Letter-writing night "
                 "for prisoners held for their beliefs = letter writing + prisoners of conscience. "
                 "The countries are a list of names: no places.",
        "text": """

                    WRITE  FOR  THEIR  FREEDOM


     Men and women are in prison tonight in Greece, the Soviet Union,
     South Africa, Brazil and Indonesia -- not for anything they did,
     but for what they believe.

     A letter from you can help set them free. Prisoners released
     after years in jail have told us that letters from strangers
     abroad kept them alive -- and made their jailers careful.


                     LETTER-WRITING NIGHT

                   Thursday, Feb. 10, 1972
                          8 p.m.

                 St. Mark's Church Hall
                 14 Willow Avenue


     Paper, envelopes, addresses, sample letters and coffee provided.
     Bring a pen -- and a friend.



              Watchlight -- Princeton Area Group
              Information: 921-3307
""",
    },
    # ------------------------------------------------------------------ flyer, US, 2010
    {
        "id": "449",
        "split": "holdout4",
        "date": "2010-09-17",
        "date_form": "us-numeric-dotted-two-digit",
        "type": "flyer",
        "subjects": ["death penalty", "vigils and demonstrations"],
        "title": "Stop the Execution of Terrence Hall",
        "title_devised": False,
        "title_variants": ["Stop the Execution of Terrence Hall: Candlelight Vigil"],
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Flyer: the date of the vigil it announces, 'Friday 9.17.10' (US, dotted, two-digit "
                 "year -> 2010). The scheduled execution date (September 21) and the 1994 crime are "
                 "mentioned. Vigil = vigils and demonstrations; an Ohio execution = death penalty, US. "
                 "The call to phone the governor is one line, and the "
                 "lawyer's failure to present evidence is part of the case description: neither "
                 "lobbying nor fair trials.",
        "text": """
            STOP THE EXECUTION OF TERRENCE HALL

                     Candlelight Vigil

          Friday 9.17.10  *  6:00 PM  *  Ohio Statehouse,
               west steps (High St. side), Columbus


  Terrence Hall is scheduled to be executed by the State of Ohio on
  Tuesday, September 21. He was 19 at the time of the 1994 killing.
  His trial lawyer presented no evidence about his childhood of
  abuse or his intellectual disability. The jury never heard it.

  Join us to ask Governor Strickland for clemency -- and to stand
  with everyone on Ohio's death row.

  Candles provided. Silent vigil; no signs, please.
  Call the Governor: (614) 466-3555.


     Watchlight Columbus  *  Ohioans to Stop Executions
            columbuswatchlight@gmail.com
""",
    },
    # ------------------------------------------------------------------ flyer, US, Fall '91
    {
        "id": "407",
        "split": "holdout4",
        "date": "1991",
        "date_form": "season-two-digit",
        "type": "flyer",
        "subjects": ["recruitment"],
        "title": "Join Us!",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "A call to join with no single event (regular meetings every second Tuesday): its "
                 "issue date 'Fall '91' -> 1991. Calling new people to the group = recruitment; what "
                 "the group does is one sentence (letters, events, pizza): in passing.",
        "text": """

                           JOIN US!


          You don't have to be an expert.
          You don't have to be a lawyer.
          You just have to care.


   The Watchlight group at Hartwick College writes letters for people
   imprisoned for their beliefs, plans events, and eats a lot of pizza.
   We need more people -- first-years especially. No dues, no
   experience, no commitment beyond showing up. Faculty and staff are
   welcome too.


          Meetings: every second Tuesday of the month
                    7:30 pm, Shineman Chapel House lounge

          Questions? Call Beth at x4418 or Marcus at 432-8861



                                                        Fall '91
""",
    },
    # ------------------------------------------------------------------ flyer, US, 1986
    {
        "id": "423",
        "split": "holdout4",
        "date": "1986-12-10",
        "date_form": "weekday-abbrev-month-ordinal-year",
        "type": "flyer",
        "subjects": ["disappearances"],
        "title": "Human Rights Day Film Night",
        "title_devised": False,
        "title_variants": ["Human Rights Day Film Night: Missing"],
        "audience": [],
        "language": "en",
        "places": ["CL"],
        "notes": "Event date 'Wed. Dec. 10th, 1986'. The film's year (1982) and the 1973 coup are "
                 "mentioned. A film and discussion about people who disappeared in Chile = "
                 "disappearances, CL. 'Donations welcome' is in passing.",
        "text": """WATCHLIGHT  *  ANN ARBOR GROUP 61

               HUMAN RIGHTS DAY FILM NIGHT

                       " M I S S I N G "
            (Costa-Gavras, 1982, with Jack Lemmon
                     and Sissy Spacek)

     An American father searches Santiago for his son, who vanished
     after the 1973 coup. Thousands of Chilean families are still
     searching -- the army says it never held their sons and daughters.

     After the film: Elena Villagra, whose brother was taken from
     his home in 1974 and has never been seen since, will talk about
     the families of the disappeared and answer questions.

              Wed. Dec. 10th, 1986  --  7:30 p.m.
           Angell Hall, Auditorium B, University of Michigan

          Free.  Donations welcome.  Coffee afterwards.
""",
    },
    # ------------------------------------------------------------------ newsletter, US, Summer 1981
    {
        "id": "460",
        "split": "holdout4",
        "date": "1981",
        "date_form": "season",
        "type": "newsletter",
        "subjects": ["fundraising", "group organizing", "prisoners of conscience", "urgent actions"],
        "title": "The Watchlight Lamp",
        "title_devised": False,
        "title_variants": ["The Watchlight Lamp, Vol. 6, No. 3", "Watchlight Lamp"],
        "audience": [],
        "language": "en",
        "places": ["TR"],
        "notes": "Issue 'Vol. 6, No. 3 -- Summer 1981' -> 1981 (season). Items: a new adopted "
                 "prisoner in Turkey = prisoners of conscience, TR; the auction total = fundraising; the "
                 "UA network passing 2,000 = urgent actions; a new group starting in Ithaca = group "
                 "organizing. The death penalty sought for other unionists is one clause: in passing. Calendar dates (October 17-18 conference, September 12) are mentioned.",
        "text": """========================================================================
                        THE WATCHLIGHT LAMP
         Newsletter of Watchlight USA -- Northeast Region
              Vol. 6, No. 3          Summer 1981
========================================================================

GROUP 19 ADOPTS TURKISH UNIONIST
   Group 19 (Syracuse) has been assigned the case of Mehmet Ali Kaya, a
   printers' union official in Istanbul arrested after the military
   took power last September. He is held in a military prison awaiting
   trial with 51 other unionists; the prosecutor is asking for the death
   penalty for some of them, though not, so far, for him. Group 19 is
   looking for someone who reads Turkish. Call Dorothy at 315-555-0147.

AUCTION BEATS ALL RECORDS
   The spring auction in Albany raised $2,310 -- more than any single
   event in the region's history. Thanks to the 40 local businesses who
   donated, to auctioneer Bill Platt, and to the Unitarian women who sold
   pie until there was no pie. Half goes to the groups, half to the
   regional office.

URGENT ACTION NETWORK PASSES 2,000
   The national UA network now has more than 2,000 participants, 340 of
   them in this region. The UA office reports that in about a third of
   the cases, there is news of improvement: a detainee charged, released
   or allowed visits. New participants are always needed, especially
   people who can write in French or Spanish.

NEW GROUP IN ITHACA
   Eleven people came to the first meeting of a new Ithaca group in May.
   They have chosen officers, set a meeting night (first Mondays) and
   applied to the national office for their first case. Welcome!

CALENDAR
   Sept. 12 -- Coordinators' meeting, Albany
   Oct. 17-18 -- Northeast Regional Conference, Amherst, Mass.
------------------------------------------------------------------------
                                                                   -1-
""",
    },
    # ------------------------------------------------------------------ newsletter, Britain, 1989
    {
        "id": "434",
        "split": "holdout4",
        "date": "1989-03",
        "date_form": "month-range",
        "type": "newsletter",
        "subjects": ["freedom of expression", "fundraising", "prisoners of conscience",
                     "recruitment", "refugees"],
        "title": "Group 27 News",
        "title_devised": False,
        "title_variants": ["Group 27 News, March/April 1989"],
        "audience": [],
        "language": "en",
        "places": ["KE"],
        "notes": "Issue 'March/April 1989': a range -> its start, 1989-03. Items: the group's new "
                 "prisoner, a Kenyan journalist = prisoners of conscience, KE, with a paragraph on "
                 "bans, sedition charges and the press in Kenya = freedom of expression; the sponsored swim = fundraising; volunteers for the festival "
                 "stall to find new members = recruitment; news of the refugee family = refugees (no place: the "
                 "item is about their asylum here, Iran is named as their origin only). Diary dates (8 March, 12 April, the July festival) are mentioned.",
        "text": """GROUP 27 NEWS                                      March/April 1989
Watchlight Britain, Bristol Group  .  c/o 9 Cotham Vale, Bristol BS6 6HR
------------------------------------------------------------------------

OUR NEW PRISONER
We have been asked to work for Gitobu Mwangi, a Nairobi journalist
held since last August without charge after his magazine published an
article about land grabbing. He is held under the Preservation of
Public Security Act, which allows detention without trial for as long
as the government likes. Letters to President Moi and to the Attorney
General are needed; the addresses are on the back page.

Gitobu is not alone. In the last two years three magazines have been
banned, editors have been charged with sedition for printing letters
from readers, and foreign correspondents have been expelled. Kenyan
journalists tell us they now check every story against one question:
will this bring the Special Branch to the door? Our speaker on 12 April
will talk about what is left of a free press in Kenya.

SWIMMING FOR FREEDOM
Thirty-one lengths, eighty-eight lengths, one hundred and two lengths
(well done, Ken): the sponsored swim at Jubilee Pool raised £640.
Sponsorship money still outstanding to Helen, please, by the end of
March.

HARBOUR FESTIVAL STALL -- VOLUNTEERS WANTED
Last year's stall brought in fourteen new members, three of whom now
run the letter-writing evenings. This year we want to do better: we
need people for two-hour shifts on the Saturday and Sunday, and someone
with a car to bring the display boards. The aim is names and
addresses, not just leaflets handed out. Sign up at the next meeting.

THE AHMADI FAMILY
Good news: Mr and Mrs Ahmadi and their three children, whom several of
you have been visiting since they arrived from Iran, have been granted
refugee status. Thank you to everyone who helped with forms, lifts and
English lessons. They would like to come to a meeting to say thank you.

DIARY
  8 March    Group meeting, Friends' Meeting House, 7.30
  12 April   Group meeting; speaker on Kenya
  July       Harbour Festival (dates to be confirmed)
""",
    },
    # ------------------------------------------------------------------ newsletter (e-mail), US, 2007
    {
        "id": "435",
        "split": "holdout4",
        "date": "2007-10-15",
        "date_form": "weekday-month-day-year",
        "type": "newsletter",
        "subjects": ["arms control", "lobbying", "online activism", "petitions", "torture",
                     "urgent actions"],
        "title": "Watchlight E-Update",
        "title_devised": False,
        "title_variants": ["Watchlight E-Update #42", "Watchlight E-Update, No. 42"],
        "audience": [],
        "language": "en",
        "places": ["MM", "US"],
        "notes": "E-mail newsletter issue '#42 -- Monday, October 15, 2007'. Items: online petition "
                 "on Burma = petitions + online activism, MM (the October 6 vigils are one clause); "
                 "calling senators on a bill banning torture = lobbying + torture, US; the new "
                 "e-mail Urgent Action format = urgent actions (online activism already labelled); the "
                 "arms trade treaty item = arms control (international, no place). Mentioned: "
                 "September 26, October 6, November 1, last December's UN vote, the 2008 experts' "
                 "panel, the vote 'before Thanksgiving'.",
        "text": """WATCHLIGHT E-UPDATE  #42  --  Monday, October 15, 2007
You are receiving this because you signed up at watchlightusa.org.
------------------------------------------------------------------

>> BURMA: 61,000 NAMES AND COUNTING
Since the troops opened fire on monks and demonstrators in Rangoon on
September 26, more than 61,000 of you have signed our online petition
calling on China, Burma's closest ally, to use its influence to stop the
killings and free those arrested. Thanks to everyone who came out to
the October 6 vigils, too. The petition stays open until the UN envoy
reports -- please forward it to your lists and post it on your blog or
Facebook page: watchlightusa.org/burma

>> THE SENATE CAN BAN TORTURE -- CALL THIS WEEK
A bill now before the Senate would require every U.S. agency, including
the CIA, to follow the Army Field Manual's rules on interrogation --
no waterboarding, no stress positions, no exceptions. A vote could come
before Thanksgiving. Call both your senators (Capitol switchboard:
202-224-3121) and say: "I'm a constituent, and I want the senator to
support a single standard against torture." Then tell us how the call
went: watchlightusa.org/report

>> URGENT ACTIONS BY E-MAIL
From November 1, Urgent Action participants can choose to receive
cases by e-mail instead of post, with the appeal text ready to adapt
and the fax and e-mail addresses of the officials. Postal participants
will keep receiving cases as before. Switch at watchlightusa.org/ua

>> ARMS TRADE TREATY: THE NEXT STEP
Last December the UN General Assembly voted by a huge majority to start
work on a global treaty regulating the trade in conventional arms --
the guns, grenades and helicopters that end up in the hands of forces
that torture and kill civilians. A panel of government experts meets
in 2008; before then we want as many governments as possible on record
for a treaty with human rights at its core: no transfer where arms are
likely to be used for serious violations. Read our briefing and the
"Control Arms" petition at watchlightusa.org/arms

------------------------------------------------------------------
Watchlight USA | 1420 Chestnut St | Philadelphia PA 19102
To unsubscribe, reply with "remove" in the subject line.
""",
    },
    # ------------------------------------------------------------------ newsletter, US, Winter 1973/74
    {
        "id": "431",
        "split": "holdout4",
        "date": "1973",
        "date_form": "season-split-year",
        "type": "newsletter",
        "subjects": ["extrajudicial executions", "group organizing", "prisoners of conscience",
                     "torture"],
        "title": "Boston Area Watchlight News",
        "title_devised": False,
        "title_variants": ["Boston Area Watchlight News, No. 2", "Boston Area Watchlight News, No. 2, Winter 1973/74"],
        "audience": [],
        "language": "en",
        "places": ["CL", "GR"],
        "notes": "Issue 'No. 2 -- Winter 1973/74': split year -> the first, 1973. Items: release of "
                 "the group's Greek prisoner = prisoners of conscience, GR; the Chile item has a "
                 "paragraph on torture of detainees = torture and one on people shot without trial = "
                 "extrajudicial executions, CL (the Urgent Action mention is in passing); a new Cambridge group forming = group organizing. "
                 "Mentioned: September 11 coup, the 1967 arrest, meeting dates in January.",
        "text": """               BOSTON AREA WATCHLIGHT NEWS
                 No. 2  --  Winter 1973/74
       (mimeographed for the groups of Greater Boston)


GOOD NEWS FROM ATHENS

The Brookline group has heard from Athens that Nikos Andreadis, the
lawyer the group adopted two years ago, was released in the amnesty in
August. He had been held on the island of Yaros and then in Korydallos
prison since his arrest in 1967, for defending students charged under
the junta's emergency laws. He has written to thank "the friends in
Boston whose letters I was not allowed to read but whose envelopes I
was shown". The group will take on a new case in the spring.


CHILE AFTER THE COUP

Since the military seized power on September 11, thousands of people
have been detained in the National Stadium and in barracks across the
country. Those released describe beatings, electric shock and mock
executions during interrogation. Our International Secretariat has
sent a mission to Santiago and will publish its findings.

Worse still are the reports of people taken from their homes or from
the stadium and shot without any trial. Bodies have been found in the
Mapocho river and beside country roads; in the north, a military
delegation is said to have ordered the execution of prisoners who had
given themselves up. The junta calls these deaths "killed while trying
to escape".

Members are asked to watch for Urgent Action appeals and not to write
to Chile on their own until cases are confirmed.


A NEW GROUP IN CAMBRIDGE

About twenty people, many of them graduate students, met at the
Friends Meeting House on Longfellow Park in November and decided to
form a Cambridge group. They need a coordinator, a treasurer and a
regular meeting room. If you live in Cambridge or Somerville and can
help, call Ann Whitford at 864-2290.


DATES
   Jan. 8  -- all-groups meeting, Arlington Street Church, 8 p.m.
   Jan. 22 -- letter-writing evening, Brookline
""",
    },
    # ------------------------------------------------------------------ report (minutes), US, 1992
    {
        "id": "437",
        "split": "holdout4",
        "date": "1992-01-07",
        "date_form": "month-ordinal-day-year",
        "type": "report",
        "subjects": ["fundraising", "letter writing", "prisoners of conscience", "recruitment"],
        "title": "Minutes of the Steering Committee Meeting, Group 212",
        "title_devised": False,
        "title_variants": ["Minutes of the Steering Committee Meeting"],
        "audience": [],
        "language": "en",
        "places": ["CN"],
        "notes": "Minutes = report; the date of the meeting, January 7th, 1992. Next meeting (Feb. "
                 "4), the write-a-thon in December and the 1989 arrest are mentioned. Items: "
                 "treasurer (balance, garage sale) = fundraising; the write-a-thon results and plan = "
                 "letter writing; calling the December newcomers = recruitment; the adopted prisoner "
                 "in China = prisoners of conscience, CN. The group's own minutes: no audience.",
        "text": """           MINUTES OF THE STEERING COMMITTEE MEETING, GROUP 212
                    Tuesday, January 7th, 1992, at Linda's

Present: Linda Kowalczyk (coordinator), Jim Pratt, Sue Ellen Marks,
Rob Tanaka, Deb Ostrander.  Absent: Harold (flu).

1. Treasurer's report (Jim).  Balance $412.18.  Dues from 23 of 41
   members received; Jim will send reminders.  Sue Ellen proposed a
   garage sale in May at the church parking lot; agreed.  Rob to ask
   about borrowing tables.

2. Write-a-thon.  December's write-a-thon at the library produced 186
   letters, twice last year's.  Library has offered the room again.
   Agreed to hold a smaller one on the anniversary of Wang's arrest and
   to have sample letters ready in advance this time.

3. New people.  Five newcomers came to the December meeting.  Deb will
   call each of them before the next meeting and ask them to bring a
   friend.  We need a "welcome" sheet explaining what the group does --
   Linda will draft.

4. Our prisoner.  Still no reply from the Chinese embassy about Wang
   Jianmin, the student arrested in June 1989 and sentenced to 13 years
   for "counter-revolutionary propaganda".  Coordination group says his
   family was allowed a visit in November.  Keep writing.

5. Next meeting: Feb. 4, 7:30, Rob's house.

                                                     Minutes: S.E.M.
""",
    },
    # ------------------------------------------------------------------ report (minutes), Britain, 1975
    {
        "id": "456",
        "split": "holdout4",
        "date": "1975-11-04",
        "date_form": "weekday-ordinal-day-month-year",
        "type": "report",
        "subjects": ["freedom of religion", "fundraising", "prisoners of conscience",
                     "vigils and demonstrations"],
        "title": "Minutes of the Meeting Held on Tuesday 4th November 1975",
        "title_devised": False,
        "title_variants": ["Minutes of the Meeting"],
        "audience": [],
        "language": "en",
        "places": ["SU"],
        "notes": "Minutes = report. The meeting's date belongs to the heading's wording, so it is in "
                 "the title (and the form without it is a variant); it is also the document's date. "
                 "Items: the adopted prisoner in the USSR = prisoners of conscience, SU; the "
                 "paragraph on the Soviet law restricting unregistered churches = freedom of "
                 "religion (writing monthly to the Procurator is one sentence of the prisoner item: "
                 "not labelled letter writing); the Human Rights Day vigil "
                 "plan = vigils and demonstrations; jumble sale and accounts = fundraising. "
                 "Mentioned: 10 December, next meeting 2nd December, sentence of 1973, the 1929 law, "
                 "the jumble sale of 18th October.",
        "text": """WATCHLIGHT -- NORWICH GROUP

MINUTES OF THE MEETING HELD ON TUESDAY 4th NOVEMBER 1975
at 14 Unthank Road

Present: Mr G. Bassett (in the chair), Mrs P. Bassett, Miss E. Clegg,
Rev. D. Marsh, Mr and Mrs Thorne, Dr H. Weiss, Mr R. Youngs.
Apologies: Mrs Lamb.

1. Minutes of the last meeting were read and signed.

2. Prisoner. Dr Weiss reported that a further letter to the Procurator
   of the Ukrainian S.S.R. about Pastor Vasyl Hrytsenko, sentenced in
   1973 to five years in a strict regime camp, had again received no
   reply. A parcel sent to his wife in Zhitomir in September had
   arrived, and she had sent a card of thanks. It was agreed to send a
   Christmas card to the camp and to continue writing monthly.
   Rev. Marsh reported on the background material from the Research
   Department: under the 1929 law on religious associations, still in
   force, congregations that refuse to register with the state may not
   meet, teach children or print literature, and Pastor Hrytsenko's
   congregation was one of many Baptist churches that refused. Members
   of such churches are fined, lose their jobs and their children are
   barred from university. It was agreed to ask the local Baptist and
   Methodist churches to pray for him and to write.

3. Human Rights Day. It was agreed to hold a silent vigil outside City
   Hall on Wednesday 10th December from 12 to 2, with placards bearing
   the names of the group's prisoners past and present. Rev. Marsh will
   ask the Council for permission and Miss Clegg will notify the
   Eastern Daily Press. Members are asked to bring warm clothing.

4. Finance. The Treasurer reported a balance of £37.42 after payment
   of the section contribution. The jumble sale on 18th October raised
   £21.60. A coffee morning was proposed for the spring.

5. A.O.B. None.

The next meeting will be held on Tuesday 2nd December.

                                                  Signed .................
""",
    },
    # ------------------------------------------------------------------ report (annual), Canada, 1997-98
    {
        "id": "419",
        "split": "holdout4",
        "date": "1997",
        "date_form": "year-range",
        "type": "report",
        "subjects": ["campaigning", "human rights education", "recruitment", "urgent actions",
                     "women's rights"],
        "title": "Annual Report 1997-98",
        "title_devised": False,
        "title_variants": ["Annual Report", "Watchlight Canada Annual Report 1997-98"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'Annual Report 1997-98' states no issue date: the first year of the period, 1997 "
                 "(the date in the title, also kept in it). Sections: membership growth and the new "
                 "member drive = recruitment; the UA network = urgent actions; the women's human "
                 "rights campaign = campaigning + women's rights; the schools programme = human "
                 "rights education. 'Where the money went' is the section's own spending: not "
                 "fundraising. The defenders' tour and the delegation to the minister are sentences "
                 "of the campaign section: not labelled human rights defenders or lobbying. Mentioned: 1948/50th anniversary, March 31, 1998 year-end.",
        "text": """WATCHLIGHT CANADA  (English-speaking section)
214 Spadina Avenue, Suite 300, Toronto, Ontario M5T 2C2


                        ANNUAL REPORT 1997-98


FROM THE CHAIR
This was the year before the fiftieth anniversary of the Universal
Declaration, and the section used it to grow. We end the year, on
March 31, 1998, stronger than at any time in our history.

MEMBERSHIP
Membership rose from 11,400 to 13,900. Most of the growth came from the
"Bring One" drive, in which members were asked to sign up one friend
each, and from the new campus chapters in Halifax, Winnipeg and
Victoria. New members now receive a welcome call within a month of
joining; retention after one year improved from 61% to 70%.

URGENT ACTIONS
The Urgent Action network issued 412 actions, and 2,300 Canadian
participants sent an estimated 95,000 appeals. In 38% of cases we
received news of improvement. French-language participants are now
served by the francophone section. The network's youngest participant
this year was eleven; its oldest, a retired judge in Regina, sent his
two-thousandth appeal in February. Cases by fax reached participants
within two days on average, against nine days by post.

CAMPAIGNING: WOMEN'S HUMAN RIGHTS
The section's main campaign, "Women's Rights Are Human Rights", was
launched in October with a national tour by three women human rights
defenders from Guatemala, Algeria and Bangladesh. Groups held 140
public events, and 22,000 people signed the campaign's pledge calling
for action on violence against women in custody and in the home.
The pledge cards were handed to the Minister of Foreign Affairs in
March by a delegation that included two of the touring defenders.
Campaign materials -- a poster, a leaflet in English and Chinese, and a
video for study groups -- were distributed to all groups and to 300
women's centres across the country.
\f
                                                                    - 2 -
EDUCATION
The schools programme reached 310 classrooms in Ontario and British
Columbia. The new teachers' kit "Rights at School" was piloted with
the Toronto District board and will be published in the autumn.
Thirty-four volunteer speakers were trained to lead the classroom
sessions, which introduce students to the Universal Declaration and ask
them to look at the rights of young people in their own communities.
Teachers' evaluations rated the sessions 4.6 out of 5.

WHERE THE MONEY WENT (year ending March 31, 1998)
   Research and campaigns ......................... $ 1,214,000
   Membership and groups .........................       488,000
   Education ......................................       236,000
   Administration .................................       301,000
                                                       -----------
   Total ..........................................   $ 2,239,000

Audited statements are available from the Toronto office.
""",
    },
    # ------------------------------------------------------------------ report (conference), Canada, 2000
    {
        "id": "427",
        "split": "holdout4",
        "date": "2000-06-30",
        "date_form": "month-day-year",
        "type": "report",
        "subjects": ["coalition building", "lobbying", "refugees"],
        "title": "Report on the Regional Conference on Refugee Protection",
        "title_devised": False,
        "title_variants": ["Regional Conference on Refugee Protection: Report"],
        "audience": [],
        "language": "en",
        "places": ["CA"],
        "notes": "The report's own date of issue ('Submitted to the Board, June 30, 2000') wins over "
                 "the conference dates (May 12-14, 2000). Refugee protection throughout = refugees; "
                 "a section on meeting MPs about the immigration bill = lobbying, Canada = CA; the "
                 "section on forming a joint network with churches and settlement agencies = coalition "
                 "building.",
        "text": """WATCHLIGHT CANADA -- Refugee Coordination Group

REPORT ON THE REGIONAL CONFERENCE ON REFUGEE PROTECTION
Held at Ryerson Polytechnic University, Toronto, May 12-14, 2000

Submitted to the Board, June 30, 2000, by Anjali Krishnan, conference
coordinator


1. Attendance
   127 people attended: members from 31 groups, refugee claimants and
   former refugees, lawyers, and staff of settlement agencies. Eleven
   workshops were held over two days.

2. What we heard
   Speakers described long delays at the Immigration and Refugee Board,
   claimants detained in provincial jails alongside convicted criminals,
   and families separated for years while waiting for relatives to be
   processed abroad. Several former refugees spoke of how little they
   understood of the hearing that decided their fate.

   The detention workshop heard from a woman from Sri Lanka who spent
   seven months in the Celebrity Inn holding centre and then in a
   provincial jail while her identity was "verified". She was never told
   why she was held or for how long. Groups that visit detainees
   described how hard it is to get in, and how much a single visit
   means to someone who has no one else in the country.

   Family reunification was raised in almost every session. Recognized
   refugees wait two, three and sometimes five years for their spouses
   and children to be brought to Canada, while the family remains in
   danger in the country they fled or in a camp in a neighbouring one.

3. The new immigration bill
   The government has introduced a bill to replace the Immigration Act.
   Participants spent the Saturday afternoon preparing visits to Members
   of Parliament in their ridings during the summer recess: the main
   points are a real appeal on the merits for refused claimants, limits
   on detention, and no "front-end" security screening without due
   process. Forty-two participants committed to meeting their MP before
   September; a briefing kit will go to all groups in July.

4. Working together
   The conference agreed to form a Toronto-area network with the
   Canadian Council for Refugees' local members, four church refugee
   committees and two settlement agencies, so that visits to MPs and
   public events are planned jointly and groups stop competing for the
   same volunteers. A first meeting is set for September.

5. Recommendations to the Board
   (a) Make refugee protection a section priority for 2000-2001.
   (b) Fund a part-time refugee coordinator.
   (c) Repeat the conference in Vancouver next spring.
""",
    },
    # ------------------------------------------------------------------ report (quarterly), US, 2003
    {
        "id": "424",
        "split": "holdout4",
        "date": "2003-07",
        "date_form": "month-range",
        "type": "report",
        "subjects": ["group development", "group organizing", "online activism"],
        "title": "Quarterly Report: Northwest Field Office",
        "title_devised": False,
        "title_variants": ["Quarterly Report", "Northwest Field Office Quarterly Report"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "No issue date; the period 'July-September 2003' on its own line -> start, 2003-07 "
                 "(not part of the title). Sections: new groups started = group organizing; web "
                 "action sign-ups and e-mail list = online activism; groups gone dormant and "
                 "revived = group development. The two trainings listed in one line are in passing. "
                 "Mentioned: fiscal year end September 30.",
        "text": """WATCHLIGHT USA
QUARTERLY REPORT -- NORTHWEST FIELD OFFICE
July-September 2003
Prepared by: Kevin Amundsen, Field Organizer (Seattle)
------------------------------------------------------------------------

1. NEW GROUPS
Three new groups were chartered this quarter: a community group in
Bend, Oregon, and student chapters at Gonzaga and Western Washington.
I met with each founding group at least twice to help them choose a
coordinator, set a regular meeting time and place, and register with
the national database. Two more (Missoula, Tacoma CC) are meeting but
not yet chartered.

2. ONLINE
Sign-ups through the regional web action page rose from 410 to 1,270,
mostly from the Guantanamo action in August. The regional e-mail list
now has 3,900 addresses. About one in five web sign-ups has opened
more than one message, which suggests we need a better first e-mail --
I am drafting one with the web team.

3. GROUPS IN TROUBLE
Four groups reported no activity this quarter. I visited Yakima and
Eugene: both lost their coordinator and nobody stepped in. In Eugene
we held a "restart" evening and three people agreed to share the job;
Yakima is likely to close. Spokane and Olympia have not answered calls.
I would like to try regular coordinator calls (monthly, by phone) so
we hear about problems before a group goes quiet.

4. OTHER
Trainings held: media skills (Portland, 22 people), lobby day prep
(Olympia, 15). Travel: 2,340 miles.

Next report due after fiscal year end (September 30).
""",
    },
    # ------------------------------------------------------------------ slides, US, 2005
    {
        "id": "430",
        "split": "holdout4",
        "date": "2005-04",
        "date_form": "month-year",
        "type": "slides",
        "subjects": ["letter writing", "online activism", "urgent actions"],
        "title": "Introduction to the Urgent Action Network",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Title slide: 'Regional Training -- Sacramento -- April 2005' is the presentation "
                 "date. Slides: what a UA is, how it works = urgent actions; 'Writing an appeal that "
                 "gets read' = letter writing; 'Fax, e-mail or airmail?' (sending appeals by e-mail "
                 "and web) = online activism. The words in slide 2's bullets (torture, "
                 "disappearance, execution) only illustrate what a UA is: in passing. The 1973 start "
                 "is mentioned.",
        "text": """SLIDE 1
   INTRODUCTION TO THE URGENT ACTION NETWORK
   Regional Training -- Sacramento -- April 2005
   Watchlight USA, Western Region

SLIDE 2 -- What is an Urgent Action?
   * A rapid appeal for one person or a few people in immediate danger
   * Torture, "disappearance", execution, denial of medical care
   * Issued within hours of the information reaching us
   * Since 1973

SLIDE 3 -- How it works
   * Researcher confirms the case
   * UA issued to the network worldwide
   * Participants send appeals within days
   * Follow-up when there is news

SLIDE 4 -- Writing an appeal that gets read
   * Short: one page, three paragraphs
   * Courteous -- never insulting
   * Say who you are (teacher, grandmother, student)
   * Ask for one or two specific things
   * Include the case number and the person's full name

SLIDE 5 -- Fax, e-mail or airmail?
   * E-mail is fastest -- but some addresses bounce; check the UA
   * Fax still works in many countries
   * Airmail letters are taken more seriously by some officials
   * Web actions: fill in, personalize, send

SLIDE 6 -- Does it work?
   * About one in three cases: news of improvement
   * "When the letters started, the beatings stopped"

SLIDE 7 -- Questions?  Sign up at the back table.
""",
    },
    # ------------------------------------------------------------------ slides (overheads), US, 1984
    {
        "id": "453",
        "split": "holdout4",
        "date": "1984-09-20",
        "date_form": "us-numeric-dashes-two-digit",
        "type": "slides",
        "subjects": ["fair trials", "fundraising", "letter writing", "prisoners of conscience",
                     "urgent actions"],
        "title": "Welcome to Watchlight",
        "title_devised": False,
        "title_variants": [],
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "Overhead outline 'prepared for the New Members' Evening, 9-20-84' (US: 20 "
                 "September 1984) -> new members. Overheads: what a prisoner of conscience is; "
                 "'Unfair trials' = fair trials; 'What you can do' bullets each count: write letters "
                 "= letter writing; join the UA network = urgent actions; become a sustaining member "
                 "= fundraising. The organization's history (founded 1968) is mentioned.",
        "text": """WELCOME TO WATCHLIGHT
overheads prepared for the New Members' Evening, 9-20-84 -- Group 45

OVERHEAD 1 -- WHO WE ARE
   - Founded 1968 by a group of lawyers and church people
   - 180,000 members in 40 countries
   - Independent of all governments, parties and religions
   - We work for individuals, not against countries

OVERHEAD 2 -- WHAT IS A "PRISONER OF CONSCIENCE"?
   - Imprisoned for beliefs, color, sex, ethnic origin, language
     or religion
   - Has not used or advocated violence
   - We ask for immediate and unconditional release

OVERHEAD 3 -- UNFAIR TRIALS
   - Military courts trying civilians
   - Confessions extracted under duress
   - No lawyer, or a lawyer chosen by the state
   - "Trials" held in secret or lasting minutes

OVERHEAD 4 -- WHAT YOU CAN DO
   - Write letters for our group's two prisoners
   - Join the Urgent Action network
   - Become a sustaining member ($5 a month)
   - Come back next month!
""",
    },
    # ------------------------------------------------------------------ slides, Britain, 2008
    {
        "id": "439",
        "split": "holdout4",
        "date": "2008-03",
        "date_form": "numeric-month-year",
        "type": "slides",
        "subjects": ["lobbying"],
        "title": "Getting to Yes: Meeting Your MP",
        "title_devised": False,
        "title_variants": ["Getting to Yes"],
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "Footer 'v2 -- 03/2008' (month/year, unambiguous). Every slide is about meeting and "
                 "following up with a Member of Parliament = lobbying, GB. The follow-up letter to the "
                 "MP is part of lobbying, not letter writing on behalf of someone.",
        "text": """Slide 1
GETTING TO YES: MEETING YOUR MP
Watchlight Britain - Activist Skills Series

Slide 2 - Why bother with your MP?
- MPs vote on the laws that decide who gets asylum, what we sell abroad
  and how the police behave
- MPs sign early day motions and ask ministers questions
- A constituent in the room is worth a hundred postcards

Slide 3 - Finding them
- www.parliament.uk - or ring the House of Commons on 020 7219 3000
- Most MPs hold a surgery in the constituency every few weeks
- Ask for 15 minutes; say what it is about

Slide 4 - Before the meeting
- Know their record: votes, committees, interests
- Agree one ask (e.g. "sign EDM 1123")
- Decide who speaks; bring a one-page brief

Slide 5 - In the room
- Thank them for something first
- Tell a story, then the ask
- Listen; note exactly what they say

Slide 6 - Afterwards
- Write within a week: thank, repeat the ask, quote what they promised
- Tell the section office what happened
- Go back in six months

                                             v2 - 03/2008
""",
    },
    # ------------------------------------------------------------------ null: certificate, US, 1980
    {
        "id": "415",
        "split": "holdout4",
        "date": "1980-06-14",
        "date_form": "given-this-day",
        "type": None,
        "subjects": ["facilitation"],
        "title": "Certificate of Completion",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "A certificate: type null (a kind the list lacks). 'Given this 14th day of June, "
                 "1980' is its date. The course name on a line of its own, 'Facilitation Skills for "
                 "Trainers', is treated as a heading -> facilitation (judgement call). The person's "
                 "role is not an audience.",
        "text": """


                          WATCHLIGHT USA


                    CERTIFICATE OF COMPLETION


                     This is to certify that

                        MARIA T. GONZALES

        has attended and successfully completed the course


                FACILITATION SKILLS FOR TRAINERS

         (five sessions, 20 hours, Chicago Regional Office)

      covering the planning of a session, working with a group,
      handling disagreement, and the evaluation of a workshop,


       and is qualified to lead workshops for the groups of the
                         Midwest Region.


           Given this 14th day of June, 1980, at Chicago, Illinois.



     ___________________________          ___________________________
     Director of Training                 Regional Coordinator

                                                     No. 0047
""",
    },
    # ------------------------------------------------------------------ null: loose notes, undated
    {
        "id": "404",
        "split": "holdout4",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["fundraising", "public speaking", "urgent actions"],
        "title": "[Notes on ideas for the group's fall activities]",
        "title_devised": True,
        "title_variants": ["[Notes listing ideas for the fall]"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Loose notes with no heading: type null, devised title. No year anywhere ('Oct. "
                 "3rd?' has none): date null. The list is the content, each item counts, even short: "
                 "bake sale / raffle = fundraising; talk at the Rotary and the library = public "
                 "speaking; getting the UA list from the office and signing people up = urgent "
                 "actions (judgement call on short items). The meeting-room, brochure and phone-tree "
                 "items carry no subject; '1984' (the old brochure) is mentioned.",
        "text": """ideas for the fall --

- ask Pat re: church basement for mtgs (free?)
- bake sale at the farmers mkt -- Oct. 3rd?  Joan's raffle idea
- speak at Rotary -- Dick knows the program chair.  15 min + questions.
  who?  me??  practice first
- also the library talk series
- get UA list from office, sign up 5 more people for UA
- new brochure -- old one says 1984 !!
- phone tree -- redo

call Dick  Mon.
""",
    },
    # ------------------------------------------------------------------ null: fragment, undated
    {
        "id": "443",
        "split": "holdout4",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["death penalty"],
        "title": "[Fragment of a text on the death penalty in the United States]",
        "title_devised": True,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "A page beginning mid-sentence, no heading: type null, devised title, date null (the "
                 "years 1973, 1976 and 1999 are history in the text; nothing dates the page). About "
                 "the death penalty in US states: US. Mental illness and race appear in single "
                 "clauses within the death penalty argument.",
        "text": """                                  - 3 -

and in that year alone Texas carried out twenty of the sixty-eight
executions in the country, more than any state had since the Supreme
Court allowed capital punishment to resume in 1976. By the end of 1999
the national total since 1976 had passed five hundred.

It would be comforting to believe that these are the worst of the
worst. They are not. They are, overwhelmingly, the poorest: people who
could not pay for a lawyer and were given one who had never tried a
capital case, who did not call a single witness at the sentencing
phase, or who was later disbarred. They are disproportionately people
whose victims were white. A striking number are mentally ill or have
the mental age of a child.

And some of them are innocent. Since 1973 more than seventy-five
people have walked off death row because the evidence against them
fell apart -- often thanks to journalism students or volunteer lawyers,
not to the system that condemned them. Nobody can say how many were
not so lucky.

The question, then, is not whether some crimes are terrible enough to
deserve death. It is whether we trust the state to decide, fairly and
without error, who shall live and who shall die. The record says we
""",
    },
    # ------------------------------------------------------------------ null: testimony, undated
    {
        "id": "401",
        "split": "holdout4",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["disappearances", "prisoners of conscience", "torture"],
        "title": "Testimony of Raúl Ferreyra",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["AR"],
        "notes": "A personal testimony: type null. The years in it (1976, 1979, 1985) are the events "
                 "it tells, not its date: undated. His detention for trade-union activity without "
                 "charge = prisoners of conscience; a paragraph on torture; a paragraph on his "
                 "disappeared friend = disappearances; Argentina = AR. The '(translated from the "
                 "Spanish)' line is not part of the title.",
        "text": """TESTIMONY OF RAÚL FERREYRA
(translated from the Spanish)

I was a delegate of the metalworkers at a factory in Córdoba. On the
night of 24 April 1976, a month after the coup, six men in plain
clothes came to my house, put a hood over my head and took me away in
front of my wife and my daughter, who was four. I had never belonged to
any armed group. My only crime was to have asked, with my comrades, for
the wages the company owed us.

For eleven days I did not know where I was. They questioned me about
names. They used the electric prod, the "picana", on my chest and on my
mouth. They hung me by the wrists. A doctor came to see whether I could
take more. I will not describe everything. I still do not sleep with
the light off.

Afterwards I was "legalised": they took me to the prison of La Perla
and then to Sierra Chica, under the power of the Executive, without any
charge or trial. I stayed there three years. In 1979 they let me go,
on condition that I leave the country.

My friend Héctor, who was taken the same night from the house next
door, never appeared again. Not in any prison, not in any list. His
mother went every Thursday to the Plaza de Mayo until she died. When
the trial of the juntas was held in 1985, his name was read among the
disappeared. That is all we know.

I tell this because of the letters. In Sierra Chica a guard once told
me, angry, that "the foreigners" were writing about me. It was the
first time I believed that I would come out alive.
""",
    },
    # ------------------------------------------------------------------ null: readings for a vigil, Britain, 1979
    {
        "id": "455",
        "split": "holdout4",
        "date": "1979",
        "date_form": "named-day-year",
        "type": None,
        "subjects": ["prisoners of conscience", "vigils and demonstrations"],
        "title": "Readings for the Vigil, Human Rights Day 1979",
        "title_devised": False,
        "title_variants": ["Readings for the Vigil"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "The texts read at a vigil (not a running order with times): type null as a kind "
                 "the list lacks (judgement call; not an agenda). 'Human Rights Day 1979' is attached "
                 "to the heading by a comma: part of the title and the date, year only (no month is "
                 "stated as such). Heading = vigils and demonstrations; the readings are by and about "
                 "prisoners held for their beliefs = prisoners of conscience. The prisoners' "
                 "countries are named only with their names: no places.",
        "text": """WATCHLIGHT BRITAIN -- SOUTH LONDON GROUPS

READINGS FOR THE VIGIL, HUMAN RIGHTS DAY 1979
St Martin-in-the-Fields, steps on the Square side

Please read slowly. Leave a silence of a minute between readings.
The candles are lit after the third reading.


FIRST READING (read by a member of the Lambeth group)

   "Everyone has the right to freedom of thought, conscience and
   religion... Everyone has the right to freedom of opinion and
   expression." -- from the Universal Declaration of Human Rights


SECOND READING (from a letter smuggled out of prison by a teacher held
without trial for four years)

   "They have taken my books and my pen. They cannot take what I
   taught. Tell my pupils I think of them each morning when the guards
   count us. Tell them a man is not less a man in a cell."


THIRD READING (the names)

   We remember tonight those who are in prison for their beliefs, who
   have used no violence and harmed no one, and whose only crime was to
   speak, to write, to worship or to organise:

   Yuri Belenko, Moscow.  Sutrisno Wiryo, Buru Island.
   Marcos Anselmo, Montevideo.  Thabo Ndlovu, Robben Island.
   Ida Rabinovich, Perm camp 35.  And the thousands whose names we do
   not know.


CLOSING

   We will stand here in silence until two o'clock. Then we will go
   home and write to them.
""",
    },
]
