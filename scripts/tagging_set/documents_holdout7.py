"""The holdout7 set: a seventh held-out set of the independent tagging evaluation set.

Written blind to metp's tagger (nothing under metp/, tests/, scripts/data/ or the earlier
document files was read) by a helper session on 30 November 2026, under
docs/labelling-guidelines.md. For reporting only: see scripts/tagging_set/README.md, "The
holdout7 set". Synthetic member-training material of an invented organisation, Justice Bridge
International, and its US, British, Spanish ("Puente de Justicia") and French ("Pont de
Justice") sections; people, groups and cases are invented. Ids were given by a seeded shuffle
(random.Random(7007).shuffle of 701-740), so an id says nothing about type, date or language.
"""

DOCUMENTS = [
    {
        "id": "707",
        "split": "holdout7",
        "date": "1983-04-15",
        "date_form": "day-range",
        "type": "agenda",
        "subjects": ["death penalty", "group development", "letter writing", "lobbying", "media work"],
        "title": "Southeast Regional Training Weekend: Agenda",
        "title_variants": ["Southeast Regional Training Weekend", "Agenda: Southeast Regional Training Weekend"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Range April 15-17 gives the start. 'Registration closes April 1' is a deadline, not the date. Generic 'AGENDA' stands under the heading, joined after a colon. Sessions: death penalty in the states, writing effective appeals, visiting your state legislator, talking to reporters, group reports and planning for the fall (group development). Places US: the session on state death penalty statutes and state legislators.",
        "text": """JUSTICE BRIDGE USA -- Southeast Regional Office
1420 Peachtree St. NE, Suite 6, Atlanta, Georgia 30309   (404) 555-0187

SOUTHEAST REGIONAL TRAINING WEEKEND
AGENDA

April 15-17, 1983 -- Koinonia Retreat Center, Americus, Ga.

FRIDAY
 6:00  Supper and registration (registration by mail closes April 1)
 7:30  Welcome -- Ruth Ann Pickens, Regional Coordinator
 8:00  "Who Dies and Why": the death penalty in Georgia, Florida and
       the Carolinas since the 1976 Gregg decision -- film and discussion

SATURDAY
 8:30  Breakfast
 9:30  Writing appeals that get read -- tone, facts, addresses
       (bring a pen; we will write real letters)
11:00  Break
11:15  Visiting your state legislator -- role play in pairs
12:30  Lunch
 2:00  Talking to reporters: the two-minute interview
 3:30  Group reports and planning for the fall
 5:00  Free time / walk

SUNDAY
 9:00  Worship (optional) and closing circle
11:00  Depart

Bring sheets or sleeping bag. Cost $25, scholarships available.
"""
    },
    {
        "id": "725",
        "split": "holdout7",
        "date": "1991-10-08",
        "date_form": "us-numeric",
        "type": "memo",
        "subjects": ["urgent actions"],
        "title": "Changes to the Urgent Action mailing schedule",
        "title_variants": ["[Memo to Urgent Action coordinators about changes to the mailing schedule]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "US memo, 10/8/91 read M/D/Y. The 'January 1, 1992' start date is mentioned, not the memo's. Addressed to 'Urgent Action Coordinators', which is not an audience term, so no audience.",
        "text": """JUSTICE BRIDGE USA
National Office * 88 Cambridge Street * Boston MA 02114

M E M O R A N D U M

TO:      Urgent Action Coordinators, all regions
FROM:    Dale Whitcomb, UA Network Desk
DATE:    10/8/91
RE:      Changes to the Urgent Action mailing schedule

Starting January 1, 1992 we will stop the Tuesday/Friday double mailing
and go to one mailing every Wednesday, with faxed "rush" cases in between
for coordinators who have given us a fax number.

Why: postage went up again, and the figures from this summer show that
most letters reach the authorities within the same week whichever day we
mail. The rush fax will be used only when a life is at immediate risk.

What you need to do:
  1. Check the address label on this memo. If it is wrong, correct it and
     send it back.
  2. If you have a fax (home or work), write the number below.
  3. Tell your letter-writers that the case sheets will be a little longer,
     because we are going to print the follow-up news on the back.

Fax number: ______________________

Thanks for everything you do -- the network sent out over 40,000 letters
last year.
                                                          DW/kc
"""
    },
    {
        "id": "718",
        "split": "holdout7",
        "date": "1978-02-23",
        "date_form": "day-month-year",
        "type": "letter",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "[Letter from the British section to a new local group about its first adopted prisoner]",
        "title_variants": ["Adoption of Mr. Tomasz Wierzbicki"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "en",
        "places": ["PL"],
        "notes": "Dateline 23rd February 1978. Arrest date (March 1977) is the case's. Re: line is a variant. Addressed to the secretary of a new local group -> local groups. Letter writing: a paragraph on how to write to the prisoner and the authorities.",
        "text": """JUSTICE BRIDGE -- BRITISH SECTION
14 Roupell Street, London SE1 8SP  ·  Tel. 01-928 4410

                                                 23rd February 1978

Mrs J. Haworth
Secretary, Kendal Group
3 Fellside Terrace
Kendal, Cumbria

Dear Mrs Haworth,

Re: Adoption of Mr. Tomasz Wierzbicki

Welcome to the work. I am glad to send your group its first prisoner.
Mr Wierzbicki is a 44-year-old engineer from Radom, arrested in March
1977 after he helped collect signatures for workers dismissed following
the strikes of the previous summer. He was sentenced to three years for
"hooliganism". We know of no violence on his part and we consider him a
prisoner of conscience.

The dossier enclosed gives the background. A few words on letters:
write courteously, to the Minister of Justice and the Procurator-General,
in English if you have no Polish; do not attack the system, ask about
this man. Postcards to Mr Wierzbicki himself should be short and
friendly, with nothing political. Keep copies and note any reply.

Please let me know by the end of April how the group is getting on.

Yours sincerely,

Margaret Ellison
Groups Officer

FILE COPY
"""
    },
    {
        "id": "711",
        "split": "holdout7",
        "date": None,
        "date_form": "none",
        "type": "handout",
        "subjects": ["public speaking"],
        "title": "Ten Tips for Your First Talk",
        "title_variants": ["Speaking for Justice Bridge: Ten Tips for Your First Talk", "Speaking for Justice Bridge"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Undated. 'Speaking for Justice Bridge' is a running line (series) above the heading; a joined form is a variant. One tip mentions an urgent action as an example of what to bring: in passing. No audience stated.",
        "text": """Speaking for Justice Bridge -- sheet 2

TEN TIPS FOR YOUR FIRST TALK

1. Find out who you are talking to. A Rotary lunch is not a
   high-school civics class.
2. Start with one person's story, not with statistics.
3. Keep to time. Twenty minutes means twenty minutes.
4. Say what Justice Bridge is in one sentence. Practise it.
5. Bring something to do -- a case sheet, say an urgent action, so
   people can act before they leave.
6. Don't read. Use a card with five words on it.
7. Look at three friendly faces in different parts of the room.
8. If you don't know an answer, say so, and promise to find out.
9. Leave time for questions; repeat each question so everyone hears.
10. Thank them, and tell them how to reach the local group.

                              -- adapted from notes by the Speakers' Bureau
"""
    },
    {
        "id": "730",
        "split": "holdout7",
        "date": "1996-04",
        "date_form": "revision-footer",
        "type": "trainer guide",
        "subjects": ["facilitation", "group organizing"],
        "title": "Starting a Student Chapter: Session Guide for Trainers",
        "title_variants": ["Starting a Student Chapter"],
        "title_devised": False,
        "audience": ["student groups", "trainers"],
        "language": "en",
        "places": [],
        "notes": "Footer 'Rev. 4/96' (US, M/Y) -> 1996-04; 'first ed. 1993' loses to the revision. Subtitle belongs to the heading. Has a 'Notes on running the session' section -> facilitation. Participants are student chapter founders -> student groups.",
        "text": """STARTING A STUDENT CHAPTER
Session Guide for Trainers

Time: 90 minutes     Participants: students who want to start a chapter
Materials: newsprint, markers, sample constitution, chapter start-up packet

OBJECTIVES
By the end, participants will be able to name the steps to register a
chapter on campus, divide up officer roles and plan a first meeting.

1. OPENER (10 min)
   Ask the participants: "Why did you come today?" Write answers on
   newsprint. Keep it.

2. STEPS TO REGISTER (20 min)
   Walk through the packet: faculty advisor, student activities office,
   constitution, five founding members. Say: "Every campus is different;
   find the one person in student activities who can help you."

3. ROLES (25 min)
   Divide into groups of four. Each group drafts job descriptions for
   coordinator, treasurer, UA coordinator and publicity. Report back.

4. THE FIRST MEETING (25 min)
   Pairs plan a first meeting: time, room, agenda, one action people
   can take that night.

5. CLOSE (10 min)
   Go back to the newsprint from the opener.

NOTES ON RUNNING THE SESSION
- Keep the energy up; stand, don't sit behind a table.
- If one person dominates, thank them and ask "what do others think?"
- Watch the clock; the role exercise always runs over.

Justice Bridge USA Student Program   first ed. 1993   Rev. 4/96
"""
    },
    {
        "id": "702",
        "split": "holdout7",
        "date": "2004-03-06",
        "date_form": "month-day-year",
        "type": "evaluation form",
        "subjects": ["online activism", "petitions"],
        "title": "Workshop Evaluation: Taking Action Online",
        "title_variants": ["Taking Action Online", "Taking Action Online: Workshop Evaluation"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date of the workshop (March 6, 2004). Generic 'Workshop Evaluation' stands above the heading, joined before it as it reads. Questions ask about the e-mail action list and online petitions -> online activism, petitions.",
        "text": """Justice Bridge USA -- Mid-Atlantic Region

WORKSHOP EVALUATION
Taking Action Online
Saturday, March 6, 2004 -- Friends Meeting House, Baltimore

Please circle: 1 = poor ... 5 = excellent

The session on setting up an e-mail action list          1  2  3  4  5
The demonstration of the online petition tool             1  2  3  4  5
The handouts                                               1  2  3  4  5
The facilitators                                           1  2  3  4  5

Will your group start an online petition this year?   yes / no / maybe

What was most useful?
________________________________________________________________

What should we drop next time?
________________________________________________________________

Any other comments (use the back):

Thank you! Leave this form on the table by the door.
"""
    },
    {
        "id": "729",
        "split": "holdout7",
        "date": "1987-05-09",
        "date_form": "us-numeric",
        "type": "sign-in sheet",
        "subjects": ["refugees"],
        "title": "Refugee Rights Training",
        "title_variants": ["Refugee Rights Training: Sign-In", "Refugee Rights Training Sign-In Sheet"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Line 'REFUGEE RIGHTS TRAINING -- 5/9/87 -- San Antonio -- PLEASE SIGN IN': date and venue after separators are not part of the title; US, M/D/Y. Places: none (the sheet covers no country).",
        "text": """REFUGEE RIGHTS TRAINING -- 5/9/87 -- San Antonio -- PLEASE SIGN IN

NAME                  ADDRESS                         GROUP          PHONE
------------------------------------------------------------------------------
Elena Garza           412 Roosevelt Ave, S.A.         Grp 213        922-1180
Fr. Tom McNally       St. Mary's, 202 N. St Mary's    --             225-6794
Patricia Oyler        Rt 2 Box 17, Seguin             Grp 361        379-0042
Ben Salinas           UTSA                            student        691-4410
D. Kowalczyk          88 Hildebrand                   Grp 213        --
Marisol Reyes         Casa Juan Diego volunteer        --            227-0313
__________________    ____________________________    ___________    ________
__________________    ____________________________    ___________    ________

                                                         page 1 of 2
"""
    },
    {
        "id": "713",
        "split": "holdout7",
        "date": "1993-09-14",
        "date_form": "day-month-year",
        "type": "report",
        "subjects": ["fundraising", "group development", "prisoners of conscience", "torture"],
        "title": "Minutes of the Leeds Group Meeting",
        "title_variants": ["Leeds Group: Minutes", "[Minutes of the Leeds group meeting of 14 September 1993]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["KE"],
        "notes": "Minutes are report. Meeting 14 September 1993; the next meeting (12 October) is mentioned. Items: prisoner case (Kenya, detained and beaten in custody -> prisoners of conscience, torture; places KE), jumble sale (fundraising), the group's year plan/review of how meetings run (group development). Stop-torture campaign mentioned in a single sentence inside the case item: not campaigning.",
        "text": """JUSTICE BRIDGE -- LEEDS GROUP (Group 77)

Minutes of the Leeds Group Meeting
held 14 September 1993 at the Friends Meeting House, Woodhouse Lane

Present: A. Dunmore (chair), P. Singh, R. Holt, M. & K. Fairbairn,
S. Okafor, L. Pryce.   Apologies: T. Grange.

1. Minutes of the last meeting agreed.

2. Our prisoner. Ruth reported that there is still no reply from the
   Kenyan High Commission about Mr Kariuki Ngugi, held without charge
   since his arrest after the Nairobi rally. The latest information from
   the research department is that he was beaten in custody at Nyayo
   House and has had no doctor. Agreed: a fresh round of letters to the
   Attorney General and the Commissioner of Police, and a card to his
   wife. This fits the section's campaign against torture, but our focus
   stays on him.

3. Money. Balance £212.40. The jumble sale on 2nd October needs helpers
   from 9 a.m.; Kath will do the tea stall. We also agreed to ask members
   for a standing order of £2 a month; Sunil will draft the letter.

4. How we work. Several members feel meetings run too long and new people
   don't come back. Agreed: meetings to finish by 9.15, a plan for the year
   to be drawn up at a special meeting, each member to take one job.

5. AOB: none.

Next meeting: 12th October, 7.30 p.m.
"""
    },
    {
        "id": "708",
        "split": "holdout7",
        "date": "1981",
        "date_form": "season-split-year",
        "type": "newsletter",
        "subjects": ["disappearances", "fundraising", "human rights education", "vigils and demonstrations"],
        "title": "The Bridge",
        "title_variants": ["The Bridge, Vol. 5 No. 3, Winter 1981/82", "The Bridge: Newsletter of Justice Bridge USA"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["AR"],
        "notes": "Winter 1981/82 -> first year 1981. Items: Argentina's disappeared and the Plaza de Mayo mothers (disappearances, AR), Human Rights Day vigil (vigils and demonstrations), a teachers' curriculum (human rights education), the year-end appeal (fundraising). Calendar dates are other events.",
        "text": """THE BRIDGE
Newsletter of Justice Bridge USA          Vol. 5 No. 3       Winter 1981/82

THEY ASK ONLY WHERE THEIR CHILDREN ARE
Every Thursday afternoon the mothers walk around the Plaza de Mayo in
Buenos Aires wearing white scarves. Their sons and daughters were taken
by men in plain clothes and never seen again. Our Argentina coordination
group now follows 31 cases of the disappeared. Members can write to the
Interior Minister asking for information on each person; a case list is
available from the national office.

CANDLES ON THE COMMON
More than 200 people stood in the cold on the Boston Common on December
10 for our Human Rights Day vigil. Groups in Chicago, Denver and Tucson
held vigils too. Thank you to everyone who came.

FOR TEACHERS
"Rights in the Classroom", a six-lesson unit for grades 9-12, is ready.
It introduces the Universal Declaration through role plays and case
studies. Teachers can order a copy for $3.

YEAR-END APPEAL
We ended the fiscal year $8,000 short. If every member gave $10 more,
we would close the gap. Use the envelope inside.

CALENDAR
Jan 16 -- Board meeting, New York
Feb 20-21 -- Midwest training, Madison
"""
    },
    {
        "id": "728",
        "split": "holdout7",
        "date": "2006-10-21",
        "date_form": "month-day-year",
        "type": "flyer",
        "subjects": ["death penalty", "vigils and demonstrations"],
        "title": "Stop the Execution of Darnell Hayes",
        "title_variants": ["Stop the Execution of Darnell Hayes: Candlelight Vigil"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Flyer dated by the event (Saturday October 21, 2006). The execution date (November 2) is mentioned. Places US: a Texas execution.",
        "text": """STOP THE EXECUTION
OF DARNELL HAYES

CANDLELIGHT VIGIL
Saturday, October 21, 2006 -- 7 pm
Steps of the Texas Capitol, Austin

Darnell Hayes is scheduled to be executed on November 2.
His trial lawyer slept through parts of the testimony.
Stand with us and ask Governor Perry for a 30-day reprieve.

Bring a candle. Bring a friend.

Justice Bridge USA -- Austin Group 512 -- www.justicebridge-austin.org
"""
    },
    {
        "id": "704",
        "split": "holdout7",
        "date": "2001-02-12",
        "date_form": "email-header",
        "type": "letter",
        "subjects": ["lobbying"],
        "title": "[E-mail from the area coordinator to group contacts about the state lobby day]",
        "title_variants": ["lobby day -- who's coming?", "lobby day who s coming"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "en",
        "places": ["US"],
        "notes": "E-mail that opens 'Hi everyone' and is signed: a letter. Date from the header (Mon, 12 Feb 2001). Lobby day March 7 is mentioned. Addressed to group contacts -> local groups. State legislature -> US. The juvenile death penalty bill is named in one parenthesis: in passing, no death penalty.",
        "text": """From: Janet Kowalski <jkowal@mindspring.com>
To: jb-ohio-groups@lists.justicebridge.org
Date: Mon, 12 Feb 2001 21:47:03 -0500
Subject: lobby day -- who's coming?

Hi everyone,

Quick one. State lobby day is Wednesday March 7 in Columbus. We have
appointments with 11 legislators so far, mostly about HB 214 (the
juvenile death penalty bill). I need to know by the end of next week
how many from each group are coming so I can pair you up -- one
experienced person with one new one.

For first-timers: you will get a one-page leave-behind, and we'll meet
at 9 in the statehouse cafeteria to practise. The meetings are short,
10 minutes, and you mostly need to listen and ask them to vote no.

Car pools from Cleveland and Cincinnati are being sorted out. Reply to
me, not the list!

thanks
Janet
--
Janet Kowalski, Area Coordinator, Ohio
Justice Bridge USA
"""
    },
    {
        "id": "720",
        "split": "holdout7",
        "date": "2008-11-15",
        "date_form": "day-month-year",
        "type": "slides",
        "subjects": ["business and human rights", "campaign planning"],
        "title": "Holding Companies to Account",
        "title_variants": ["Holding Companies to Account: Planning a Corporate Campaign", "Planning a Corporate Campaign"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Title slide date 15 November 2008 (British section, D M Y written out). Slides on corporate responsibility and on planning a campaign (objectives, targets, tactics, timeline) -> campaign planning. Oil company in Nigeria named as example on one slide bullet only: no place.",
        "text": """Slide 1
HOLDING COMPANIES TO ACCOUNT
Planning a Corporate Campaign
Justice Bridge UK -- Activist Day, Manchester, 15 November 2008

Slide 2
Why companies?
- Companies can be as powerful as governments
- Supply chains: mines, factories, security guards
- e.g. oil spills in the Niger Delta, cotton picked by children

Slide 3
What do we want the company to DO?
- One clear objective (publish a policy, compensate, stop buying from X)
- Measurable, winnable in 12-18 months

Slide 4
Targets
- Who decides? CEO, board, shareholders, big customers
- Who influences them?

Slide 5
Tactics
- Shareholder questions at the AGM
- Consumer letters, store visits
- Media stunts

Slide 6
Timeline -- work backwards from the AGM date

Slide 7
Group work: pick a company, fill in the planning grid
"""
    },
    {
        "id": "705",
        "split": "holdout7",
        "date": "1999-02-20",
        "date_form": "month-abbrev-day-year",
        "type": "worksheet",
        "subjects": ["media work"],
        "title": "Worksheet 3: Writing a Letter to the Editor",
        "title_variants": ["Writing a Letter to the Editor"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Running line 'Media Skills Training -- Feb. 20, 1999' gives the date (the workshop presented) and is not the title. Letter to the editor is media work, not letter writing.",
        "text": """Media Skills Training -- Feb. 20, 1999 -- Justice Bridge USA, Pacific NW

WORKSHEET 3: WRITING A LETTER TO THE EDITOR

1. Which newspaper will you write to? ___________________________
   What is its word limit for letters? ________

2. What article or event are you responding to (headline and date)?
   ______________________________________________________________

3. Your one main point, in one sentence:
   ______________________________________________________________

4. One fact or story that supports it:
   ______________________________________________________________

5. What do you want readers to do?
   ______________________________________________________________

6. Now write your letter below (under 200 words). Sign with your name,
   town and phone number -- papers check.

   ______________________________________________________________
   ______________________________________________________________
   ______________________________________________________________
"""
    },
    {
        "id": "738",
        "split": "holdout7",
        "date": "1989-06-23",
        "date_form": "spanish-day-range",
        "type": "agenda",
        "subjects": ["human rights education", "recruitment", "women's rights"],
        "title": "Encuentro de Grupos Locales de Andalucía",
        "title_variants": ["Encuentro de Grupos Locales de Andalucía: Programa"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "'Sevilla, 23 y 24 de junio de 1989' line separates the heading from 'PROGRAMA': section label, title is the heading, joined form a variant. Range start. Sessions: talleres en institutos (human rights education), captar nuevos socios (recruitment), derechos de la mujer. Encuentro for local groups -> local groups (the programme is addressed to them as a regional meeting of local groups; judgement call).",
        "text": """PUENTE DE JUSTICIA
Sección Española · Apartado 4012 · 28080 Madrid

ENCUENTRO DE GRUPOS LOCALES DE ANDALUCÍA
Sevilla, 23 y 24 de junio de 1989

PROGRAMA

Viernes 23
18.00  Llegada y acogida en el Colegio Mayor San Juan Bosco
19.00  Presentación de los grupos: ¿qué hemos hecho este año?
21.00  Cena

Sábado 24
 9.30  Taller: cómo dar charlas sobre derechos humanos en los institutos
11.30  Descanso
12.00  Cómo captar nuevos socios y que se queden
14.00  Comida
16.00  Los derechos de la mujer: la nueva campaña de la Sección
       (presentación y materiales)
18.00  Conclusiones y despedida

Inscripción antes del 10 de junio.
"""
    },
    {
        "id": "712",
        "split": "holdout7",
        "date": "1976-11-03",
        "date_form": "french-written-date",
        "type": "letter",
        "subjects": ["prisoners of conscience", "torture", "urgent actions"],
        "title": "[Letter from the French section to group leaders about an urgent action for a detained trade unionist in Uruguay]",
        "title_variants": ["[Lettre de la section française aux responsables de groupe sur une action urgente pour un syndicaliste détenu en Uruguay]", "Action urgente : Raúl Ferreira"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "fr",
        "places": ["UY"],
        "notes": "Dateline 'Paris, le 3 novembre 1976'. Arrest date (18 octobre) is the case's. RECEIVED-type stamp 'REÇU LE 8 NOV. 1976' ignored. Objet line a variant. Addressed 'Aux responsables de groupe' -> local groups. Union organiser held, fear of torture -> prisoners of conscience, torture, urgent actions, UY.",
        "text": """PONT DE JUSTICE -- Section française
18, rue de la Roquette, 75011 Paris -- Tél. 700.12.34

                                            Paris, le 3 novembre 1976

Aux responsables de groupe

Objet : Action urgente : Raúl Ferreira

Chers amis,

Raúl Ferreira, 31 ans, délégué syndical dans une usine textile de
Montevideo, a été arrêté le 18 octobre par des militaires en civil. Sa
famille ne sait pas où il est détenu. D'après nos informations, d'autres
détenus de la même caserne ont été soumis à la « picana » (décharges
électriques) et nous craignons qu'il ne soit torturé. Il n'a jamais eu
recours à la violence : nous le considérons comme un prisonnier d'opinion.

Nous vous demandons d'envoyer, dès réception, des télégrammes ou des
lettres par avion, en français ou en espagnol, au Commandant en chef de
l'Armée et au Ministre de l'Intérieur, pour demander où il se trouve,
qu'il ne soit pas torturé et qu'il soit libéré.

Merci de nous indiquer le nombre de lettres envoyées.

Amicalement,

Hélène Marchand
Coordination des actions urgentes

REÇU LE 8 NOV. 1976
"""
    },
]
