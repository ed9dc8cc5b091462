"""The holdout7 set: a seventh held-out set of the independent tagging evaluation set.

Written blind to metp's tagger (nothing under metp/, tests/, scripts/data/ or the earlier
document files was read) by a helper session on 30 November 2026, under
docs/labelling-guidelines.md. Reported once (at 3ee437e), a development set since: see
scripts/tagging_set/README.md, "The holdout7 set". Synthetic member-training material of an invented organisation, Justice Bridge
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
        "title": "Taking Action Online: Workshop Evaluation",
        "title_variants": ["Taking Action Online", "Workshop Evaluation: Taking Action Online"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date of the workshop (March 6, 2004). Generic 'Workshop Evaluation' stands above the heading: joined after it as in the guidelines' AGENDA example; the other order and the heading alone are variants. Questions ask about the e-mail action list and online petitions -> online activism, petitions.",
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
        "title_variants": ["Refugee Rights Training: Please Sign In", "Refugee Rights Training: Sign-In", "Refugee Rights Training Sign-In Sheet"],
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
    {
        "id": "722",
        "split": "holdout7",
        "date": "1985",
        "date_form": "copyright",
        "type": "manual",
        "subjects": ["fundraising", "group organizing", "letter writing", "recruitment"],
        "title": "The Local Group Handbook",
        "title_variants": ["Local Group Handbook"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Copyright 1985 -> 1985 (the founding year 1974 is history). Contents: chapters on setting up the group, meetings and officers (group organizing), finding members (recruitment), writing letters for prisoners (letter writing), money (fundraising). Audience: for local groups.",
        "text": """THE LOCAL GROUP HANDBOOK

Justice Bridge USA
(c) 1985 Justice Bridge USA, 88 Cambridge Street, Boston MA 02114

For local groups -- keep this in your group's file box

CONTENTS
  Chapter 1  Getting started ............................  3
  Chapter 2  Meetings and officers .......................  7
  Chapter 3  Finding new members ......................... 12
  Chapter 4  Writing for prisoners ....................... 16
  Chapter 5  Money ....................................... 22

\f                                                              3
CHAPTER 1  GETTING STARTED

Justice Bridge began in 1974 with four groups. Today there are over 300.
A group needs at least five people willing to meet once a month and take
on a prisoner case. Register with your regional office, choose a name
and a number will be assigned.

CHAPTER 2  MEETINGS AND OFFICERS

Every group needs a coordinator, a secretary who keeps the case file, and
a treasurer. Hold meetings in the same place at the same time each month.
Use a written agenda and keep minutes.

CHAPTER 3  FINDING NEW MEMBERS

Put a notice in church bulletins and the library; hold an open meeting
twice a year; ask each member to bring one friend. Follow up new people
within a week with a phone call.

CHAPTER 4  WRITING FOR PRISONERS

Letters to officials should be polite, brief and factual. Never say you
belong to a political group. Write to the prisoner's family if the case
sheet permits it. Keep a log of every letter sent and every reply.

CHAPTER 5  MONEY

Groups pay a yearly assessment to the section. Bake sales, garage sales,
benefit concerts and a pledge list of members giving monthly keep most
groups going.
"""
    },
    {
        "id": "737",
        "split": "holdout7",
        "date": "1997",
        "date_form": "split-year",
        "type": "report",
        "subjects": ["armed conflict", "children's rights", "human rights education", "petitions", "refugees"],
        "title": "Annual Report 1997-98",
        "title_variants": ["Annual Report", "Justice Bridge UK Annual Report 1997-98"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "No date of issue; the period 1997-98 gives the first year. Date attached to the heading is part of the title. Sections: schools programme (human rights education); detention of asylum seekers in the UK (refugees, GB; briefing MPs in one clause is in passing); child soldiers petition (children's rights, armed conflict as the guidelines' child-soldier example, petitions). Finance section is the report's own income and spending, not fundraising. The section's 25th year is mentioned, not a date.",
        "text": """JUSTICE BRIDGE UK
ANNUAL REPORT 1997-98

Director's foreword
This was the year the section turned 25 and the year we reached 12,000
members. Three pieces of work stand out.

In schools
Our education officers and volunteer speakers visited 214 secondary
schools, reaching some 30,000 pupils. The new teaching pack, "Rights and
Wrongs", was adopted by two local education authorities.

Asylum seekers
The section campaigned against detention of asylum seekers at Campsfield
and Tinsley House, provided briefings to MPs and trained 40 members as
visitors to detained asylum seekers.

Child soldiers
Groups collected 18,000 signatures calling for 18 to be the minimum age
for recruitment into armed forces, and the children's rights network
held its first national meeting.

Finance
Income £1.42m; expenditure £1.39m. Full accounts are available on request.

                                                                 page 1
"""
    },
    {
        "id": "703",
        "split": "holdout7",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": [],
        "title": "[Notes on a telephone call about venue and numbers for a training day]",
        "title_variants": [],
        "title_devised": True,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Loose handwritten-style notes, no heading, no year ('Thurs 14th' has no year): null date, null type. Topics are logistics only; no subject.",
        "text": """rang Bev re hall -- Thurs 14th
  - St Aidan's ok for 40, not 60
  - £15 for day, kitchen incl.
  - key from verger (Mr Platt) after 8.30
numbers so far 31 + maybe Hull lot (6?)
   ask Keith re urn
   flipchart -- borrow from Oxfam shop?
lunch: soup + rolls, ask Margaret
Don't forget parking note for Chris (wheelchair)
"""
    },
    {
        "id": "734",
        "split": "holdout7",
        "date": "2003-05-19",
        "date_form": "email-header",
        "type": "memo",
        "subjects": ["armed conflict", "arms control", "campaigning"],
        "title": "Control Arms launch -- what trainers need to know",
        "title_variants": ["[E-mail memo to regional trainers about the arms control campaign launch]"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "E-mail in memo form (To/From/Date/Subject, no greeting): memo; subject line is the title. Date 19 May 2003 from header. Presents the organisation-wide arms campaign (campaigning, arms control); paragraph on small arms in wars -> armed conflict. Launch date October 9 mentioned. Addressed to trainers.",
        "text": """To: regional-trainers@justicebridge.org
From: Sam Otieno <sotieno@justicebridge.org>
Date: 19 May 2003 09:12
Subject: Control Arms launch -- what trainers need to know

Over the summer every regional training day will include a 45-minute
slot on the new international arms campaign, which goes public on
October 9. This note gives you the outline.

What the campaign asks for: a global Arms Trade Treaty, so that no
weapons are sold where they will be used for serious abuses; tighter
national controls on brokers; and an end to transfers to the worst
abusers.

Why now: small arms kill hundreds of thousands of people a year, most of
them in wars that get no headlines -- Congo, northern Uganda, Colombia.
Cheap rifles keep these conflicts going long after a ceasefire.

What members will be asked to do: the "Million Faces" photo petition,
letters to their MP, and local launch events. Materials arrive in
August; the slot's session plan will follow in June.

Sam Otieno, Training Coordinator
"""
    },
    {
        "id": "719",
        "split": "holdout7",
        "date": "2002-03-16",
        "date_form": "french-numeric",
        "type": "evaluation form",
        "subjects": ["human rights defenders", "lobbying"],
        "title": "Stage « Défendre les défenseurs » : fiche d'évaluation",
        "title_variants": ["Stage « Défendre les défenseurs »", "Fiche d'évaluation : Stage « Défendre les défenseurs »", "Défendre les défenseurs"],
        "title_devised": False,
        "audience": [],
        "language": "fr",
        "places": [],
        "notes": "Heading 'FICHE D'ÉVALUATION' stands alone at the top; the stage name is on the next line with the date 16/03/2002 (French, D/M/Y). The generic word stands above the heading: joined after the heading as in the guidelines' AGENDA example; the other order and the heading alone are variants; the date and venue after the dash are not part of the title. Questions about defenders and about meeting deputies -> human rights defenders, lobbying.",
        "text": """PONT DE JUSTICE -- Commission Formation

FICHE D'ÉVALUATION
Stage « Défendre les défenseurs » -- Lyon, 16/03/2002

Merci de prendre cinq minutes pour remplir cette fiche.

1. La présentation sur la situation des défenseurs des droits humains
   vous a-t-elle été utile ?   pas du tout  1  2  3  4  5  beaucoup

2. L'atelier « rencontrer son député » : vous sentez-vous prêt(e) à
   demander un rendez-vous ?    oui   non   peut-être

3. Qu'avez-vous le plus apprécié ?
   ..................................................................

4. Que faudrait-il changer ?
   ..................................................................

5. Organisation matérielle (salle, repas) :  1  2  3  4  5

Nom (facultatif) : ........................
"""
    },
    {
        "id": "701",
        "split": "holdout7",
        "date": "1994",
        "date_form": "year",
        "type": "handout",
        "subjects": ["indigenous peoples", "letter writing", "petitions"],
        "title": "Los pueblos indígenas y sus derechos",
        "title_variants": ["Los pueblos indígenas y sus derechos: hoja informativa", "Hoja informativa nº 7: Los pueblos indígenas y sus derechos"],
        "title_devised": False,
        "audience": [],
        "language": "es",
        "places": ["GT", "MX"],
        "notes": "Footer 'Madrid, 1994' is the issue year. 1993 (Año Internacional) is mentioned history. Sections on indigenous peoples' rights (Guatemala and Chiapas paragraphs -> GT, MX) and '¿Qué puedes hacer?' list: letters to authorities (letter writing), signing and collecting signatures for the petition (petitions). 'HOJA INFORMATIVA Nº 7' above the heading is a series label; joined form a variant. Asking for ratification of Convention 169 is the petition's aim, not lobbying (judgement call).",
        "text": """HOJA INFORMATIVA Nº 7

LOS PUEBLOS INDÍGENAS Y SUS DERECHOS

Hay más de 300 millones de indígenas en el mundo. Naciones Unidas
declaró 1993 Año Internacional de las Poblaciones Indígenas, pero poco
ha cambiado: pierden sus tierras, sus lenguas y, demasiadas veces, la vida.

Guatemala. Las comunidades mayas del Quiché siguen sufriendo la presencia
de las patrullas de autodefensa civil. Los retornados de México encuentran
sus tierras ocupadas.

México. Desde enero, en Chiapas, se han denunciado detenciones arbitrarias
de campesinos tzeltales y tzotziles acusados de pertenecer al EZLN.

¿QUÉ PUEDES HACER?
 - Escribir cartas a las autoridades pidiendo respeto a las tierras
   comunales (modelos en el reverso).
 - Firmar y hacer firmar la petición por la ratificación del Convenio 169.
 - Informarte: pide nuestro dossier.

Puente de Justicia -- Sección Española -- Madrid, 1994
"""
    },
    {
        "id": "733",
        "split": "holdout7",
        "date": "1972-06-02",
        "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["fundraising", "recruitment"],
        "title": "[Letter from the national secretary to members about the membership drive and dues]",
        "title_variants": [],
        "title_devised": True,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Dateline June 2, 1972; 'RECEIVED JUN 7 1972' stamp ignored. Paragraphs on each member bringing a new member (recruitment) and on dues and a special gift (fundraising). Addressed 'Dear Member' -- 'member' is not the audience term 'new members'; no audience.",
        "text": """JUSTICE BRIDGE -- U.S. SECTION
Room 410, 475 Riverside Drive, New York, N.Y. 10027

                                                 June 2, 1972

Dear Member,

We are now 1,140 strong -- three times what we were when the section
opened its office two years ago. But the work has grown faster than we
have. Our 23 groups have 71 prisoners between them and the waiting list
of cases is longer every month.

So I am asking each of you to do two things this summer.

First, bring in one new member. Enclosed are two leaflets and a
membership card. Give them to a friend, a neighbor, someone at church
or at work who cares about these things.

Second, if you have not paid your 1972 dues ($10; $3 for students), please
do so now. And if you can add a special gift for the prisoners' relief
fund, it will go directly to families.

With thanks and warm regards,

Eleanor Fitch
National Secretary

                                              RECEIVED JUN 7 1972
"""
    },
    {
        "id": "726",
        "split": "holdout7",
        "date": "1975-10-04",
        "date_form": "day-month-year",
        "type": "agenda",
        "subjects": ["group organizing", "prisoners of conscience", "urgent actions"],
        "title": "Agenda for the Scottish Groups' Day",
        "title_variants": ["Scottish Groups' Day", "[Agenda of the Scottish groups' day]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date Saturday 4th October 1975 (British). Heading 'Agenda for the Scottish Groups' Day' includes the generic word in its wording; the form without it is a variant. Items: adoption work (prisoners of conscience), the new urgent action scheme, how to start a group in your town (group organizing). No audience: a meeting's own agenda.",
        "text": """JUSTICE BRIDGE (British Section) -- Scottish Office, 9 Forth St, Edinburgh

Agenda for the Scottish Groups' Day
Saturday 4th October 1975, Quaker Meeting House, Victoria Terrace

10.30   Coffee
11.00   Welcome (Rev. I. Macleod)
11.15   Adoption work: progress on our prisoners, and what to do when
        letters go unanswered for a year -- Dr Anne Kerr
12.30   Lunch (bring your own)
 1.30   The new Urgent Action scheme: how it will work in Scotland
 2.30   Starting a group in your town -- experience from Dundee and Perth
 3.30   Tea and close

-2-
"""
    },
    {
        "id": "727",
        "split": "holdout7",
        "date": "1980",
        "date_form": "year",
        "type": "handout",
        "subjects": ["urgent actions"],
        "title": "How the Urgent Action Network Works",
        "title_variants": [],
        "title_devised": False,
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "Footer 'UA-3 / 1980' gives the year. 'For new network members' -> new members. Network begun 1976: history. The sample appeal mentions torture only as an example of a case kind: in passing.",
        "text": """FOR NEW NETWORK MEMBERS

HOW THE URGENT ACTION NETWORK WORKS

When someone is arrested and we fear torture, a death sentence or
"disappearance", there may be only days to act. Since 1976 the Urgent
Action Network has sent appeals within hours of the news reaching us.

1. You sign up to receive appeals -- by mail, two to four a month.
2. Each appeal gives the facts, what to ask for, and addresses.
3. Write at once: an airmail letter or telegram, polite, short.
4. Send the reply slip back so we know how many letters went.
5. Watch for the follow-up: releases, transfers, replies.

Do not write after the "send before" date printed on the appeal.

Justice Bridge USA                                         UA-3 / 1980
"""
    },
    {
        "id": "731",
        "split": "holdout7",
        "date": "2009-09",
        "date_form": "month-year",
        "type": "trainer guide",
        "subjects": ["police and human rights", "racial discrimination"],
        "title": "Stop and Search: Know Your Rights: Facilitator Notes",
        "title_variants": ["Stop and Search: Know Your Rights", "Facilitator Notes: Stop and Search: Know Your Rights"],
        "title_devised": False,
        "audience": ["trainers", "youth"],
        "language": "en",
        "places": ["GB"],
        "notes": "'September 2009' in the footer. Facilitator notes for a youth workshop on police stop and search and its racial disproportion -> police and human rights, racial discrimination; UK law (PACE) -> GB. Trainer guide -> trainers, plus youth. Generic 'Facilitator Notes' below the heading joined after it; the workshop description after the dash is not part of the title.",
        "text": """STOP AND SEARCH: KNOW YOUR RIGHTS
Facilitator Notes -- youth workshop, 2 hours, ages 14-19

Aim: young people understand what the police can and cannot do when they
stop and search, and how to complain.

1. Warm-up (15 min). Ask: "Who has been stopped, or knows someone who
   has?" No one has to answer. Agree ground rules first.

2. The law (30 min). Explain PACE Code A in plain words: the officer must
   give name, station, the grounds and the power used; you are entitled
   to a record. Hand out the rights card.

3. Who gets stopped (30 min). Show the figures: black young people in
   England and Wales are stopped around seven times more often than white
   young people. Divide into groups: why might this be? Is it fair?

4. Role play (30 min). Pairs act a stop, once badly, once by the book.

5. Complaints (15 min). How to complain to the IPCC; where to get help.

Justice Bridge UK Youth Programme -- September 2009
"""
    },
    {
        "id": "715",
        "split": "holdout7",
        "date": "1984",
        "date_form": "season",
        "type": "newsletter",
        "subjects": ["death penalty", "freedom of expression", "prisoners of conscience", "recruitment"],
        "title": "Passerelle",
        "title_variants": ["Passerelle, n° 22, automne 1984", "Passerelle : bulletin des groupes de Pont de Justice"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "fr",
        "places": ["MA", "US"],
        "notes": "Automne 1984 -> 1984 (season gives the year). Items: Moroccan journalist jailed for articles (prisoners of conscience, freedom of expression, MA); executions in the United States (death penalty, US); 'Accueillir les nouveaux' on welcoming new members (recruitment). Bulletin des groupes -> local groups. Dates in the agenda column are other events.",
        "text": """PASSERELLE
bulletin des groupes de Pont de Justice -- n° 22 -- automne 1984

ÉDITORIAL
La rentrée est chargée : trois nouveaux dossiers, le congrès de mai à
préparer, et toujours trop peu de bras.

MAROC : DIX ANS POUR DES ARTICLES
Abdelkrim Lahlou, journaliste à Casablanca, purge une peine de dix ans
pour des articles sur la grève de 1981. Le groupe de Grenoble, qui l'a
adopté, demande à tous les groupes d'écrire au ministre de la Justice
pour réclamer sa libération : écrire n'est pas un crime.

ÉTATS-UNIS : LA MACHINE S'ACCÉLÈRE
Vingt et une exécutions depuis janvier, un record depuis le
rétablissement de la peine capitale. Le Texas et la Floride en comptent
la moitié. Notre commission peine de mort prépare un dossier.

ACCUEILLIR LES NOUVEAUX
Combien de nouveaux venus reviennent-ils à une deuxième réunion ? Les
groupes de Rennes et de Nantes ont nommé un « parrain » pour chaque
nouvel adhérent : ça marche. Faites-nous part de vos idées.

AGENDA : 10 décembre, Journée des droits de l'homme ; 12-13 mai 1985,
congrès à Strasbourg.
"""
    },
    {
        "id": "709",
        "split": "holdout7",
        "date": "2007-01-27",
        "date_form": "month-day-year",
        "type": "worksheet",
        "subjects": ["campaign planning"],
        "title": "Campaign Planning Grid",
        "title_variants": ["Campaign Planning Workshop: Campaign Planning Grid"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Running line 'Campaign Planning Workshop -- January 27, 2007' gives the date and is not the title. Blanks for objective, target, allies, tactics, timeline -> campaign planning only (allies box illustrates planning; not coalition building).",
        "text": """Campaign Planning Workshop -- January 27, 2007 -- Justice Bridge USA, Chicago

CAMPAIGN PLANNING GRID

Issue your group cares about: _____________________________________

+--------------------------------+------------------------------------+
| GOAL (what will change?)       |                                    |
+--------------------------------+------------------------------------+
| TARGET (who can make it        |                                    |
| happen? name a person)         |                                    |
+--------------------------------+------------------------------------+
| ALLIES                         |                                    |
+--------------------------------+------------------------------------+
| TACTICS (list three)           | 1.                                 |
|                                | 2.                                 |
|                                | 3.                                 |
+--------------------------------+------------------------------------+
| TIMELINE (first step, date)    |                                    |
+--------------------------------+------------------------------------+
| How will you know you won?     |                                    |
+--------------------------------+------------------------------------+
"""
    },
    {
        "id": "736",
        "split": "holdout7",
        "date": None,
        "date_form": "none",
        "type": "sign-in sheet",
        "subjects": [],
        "title": "Sign In Please",
        "title_variants": [],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Blank sign-in sheet with no event name and no date: no subjects, null date. The only heading 'SIGN IN PLEASE' is transcribed as it is.",
        "text": """JUSTICE BRIDGE     ·     Group 40     ·     Portland, Maine

                       SIGN IN PLEASE

Name                         E-mail or phone               New? (tick)
_________________________    __________________________    ___
_________________________    __________________________    ___
_________________________    __________________________    ___
_________________________    __________________________    ___
_________________________    __________________________    ___
_________________________    __________________________    ___
_________________________    __________________________    ___
"""
    },
    {
        "id": "716",
        "split": "holdout7",
        "date": "1990-08-02",
        "date_form": "day-month-year",
        "type": "report",
        "subjects": ["coalition building", "indigenous peoples", "women's rights"],
        "title": "Report on the Regional Trainers' Workshop, Darwin",
        "title_variants": ["Report on the Regional Trainers' Workshop", "Regional Trainers' Workshop, Darwin"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["AU"],
        "notes": "Report submitted 2 August 1990 wins over the workshop dates (21-23 July). Sections: Aboriginal land and custody (indigenous peoples; AU as it covers the national situation), working with other NGOs (coalition building), Aboriginal women's safety (women's rights). 'Darwin' venue attached by a comma in the heading -> kept, variant without.",
        "text": """JUSTICE BRIDGE -- AUSTRALIAN SECTION
PO Box 1155, Fitzroy VIC 3065

REPORT ON THE REGIONAL TRAINERS' WORKSHOP, DARWIN
(held 21-23 July 1990)

Submitted to the National Executive, 2 August 1990, by K. Tran

1. Aboriginal rights. Most of the first day was given to the speakers
from the Central Land Council and the legal service, who described
deaths in custody and land claims. Participants agreed that our
training must start from Aboriginal people's own priorities.

2. Working with others. Groups in the Territory are small. The workshop
recommended a standing arrangement with the land councils, the churches
and the legal aid service so that joint statements and visits are
planned together rather than separately.

3. Aboriginal women. Women from Tangentyere spoke about violence in town
camps and the lack of safe houses; trainers want a module on women's
rights drawn up with them.

4. Recommendations: a second workshop in Alice Springs in 1991; an
Aboriginal trainer to be recruited.
                                                               -1-
"""
    },
    {
        "id": "714",
        "split": "holdout7",
        "date": "1979-12-10",
        "date_form": "month-day-year",
        "type": "flyer",
        "subjects": ["prisoners of conscience", "vigils and demonstrations"],
        "title": "Light a Candle for the Forgotten",
        "title_variants": [],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Flyer dated by its event (Monday, December 10, 1979, Human Rights Day). 1948 Declaration mentioned is history. Candle vigil for prisoners of conscience.",
        "text": """LIGHT A CANDLE
FOR THE FORGOTTEN

Human Rights Day -- Monday, December 10, 1979
5:30 p.m., Federal Plaza, Chicago

Thirty-one years after the Universal Declaration of 1948, thousands of
men and women are in prison only for what they believe. Join Justice
Bridge for a silent candlelight vigil for prisoners of conscience.

Candles provided.   Justice Bridge USA, Chicago Groups 12, 19 & 44
"""
    },
    {
        "id": "721",
        "split": "holdout7",
        "date": "1986-03-11",
        "date_form": "us-numeric",
        "type": "memo",
        "subjects": ["human rights education", "public speaking"],
        "title": "Speakers' Bureau training for high school talks",
        "title_variants": ["[Memo to area coordinators about Speakers' Bureau training for high school talks]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date 3-11-86 (US, M-D-Y). Training dates April 12 and 19 mentioned. Audience empty (judgement call): the memo is addressed to Area Coordinators (not an audience term); the high-school students and teachers are the talks' public, not the memo's readers. Training speakers (public speaking) for classroom human-rights talks (human rights education). Area Coordinators are not an audience term.",
        "text": """JUSTICE BRIDGE USA -- Midwest Region
53 W. Jackson Blvd, Rm 1140, Chicago IL 60604

MEMO                                           Date: 3-11-86
To:   Area Coordinators
From: Linda Beyer, Education Coordinator
Re:   Speakers' Bureau training for high school talks

We have been asked by more schools than we can handle. The Speakers'
Bureau will train 20 new volunteer speakers this spring, on Saturday
April 12 (Chicago) and Saturday April 19 (Milwaukee).

The talk is a 45-minute classroom presentation for high school students:
what human rights are, the Universal Declaration, one prisoner's story
and what students can do. Trainees will practise the talk in front of
the group, get feedback, and learn how to handle hostile questions and
keep a class's attention.

Please (1) send me names of members who might be good speakers and
(2) give the enclosed letter to social studies teachers you know.

                                                                  LB
"""
    },
    {
        "id": "732",
        "split": "holdout7",
        "date": "1995-01-17",
        "date_form": "day-month-year",
        "type": "letter",
        "subjects": ["LGBT rights", "prisoners of conscience"],
        "title": "[Letter from the British section to group coordinators about adopting prisoners imprisoned for homosexuality]",
        "title_variants": ["Mandate change: people imprisoned for their sexuality"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Dated 17 January 1995 (British, written out). The 1991 decision is history. 'Dear Group Coordinator' -> local groups. Letter about treating people jailed for homosexuality as prisoners of conscience -> LGBT rights, prisoners of conscience. Re-type line is a variant. Romania cited as an example in one sentence: no place.",
        "text": """Justice Bridge UK · 99-119 Rosebery Avenue · London EC1R 4RE

17 January 1995

Dear Group Coordinator,

Mandate change: people imprisoned for their sexuality

Since the decision of the International Council in 1991, people
imprisoned solely for homosexual acts in private between consenting
adults are considered prisoners of conscience. Some groups have asked
what this means in practice, and a few members have written to say they
are uncomfortable. This letter tries to answer both.

In practice it means that such people may be adopted and appealed for
like any other prisoner of conscience. Cases exist in a number of
countries -- Romania's article 200 is one example -- and the first two
cases will be offered to groups in the spring.

As for discomfort: our principle has always been that no one should be
jailed for who they are or for peaceful choices in their private life.
A short briefing for group discussion on lesbian and gay rights is
enclosed, with suggestions for handling questions at a meeting.

With best wishes,

Anita Sharma
Groups Development Officer
"""
    },
    {
        "id": "710",
        "split": "holdout7",
        "date": "1992-05",
        "date_form": "month-year",
        "type": "slides",
        "subjects": ["disappearances", "extrajudicial executions"],
        "title": "Political Killings and Disappearances",
        "title_variants": ["Political Killings and Disappearances: Overheads"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["PE", "PH"],
        "notes": "'May 1992' on overhead 1 (presentation date). Overheads on killings by state agents and on disappearances; Peru and Philippines each have an overhead of their own -> PE, PH.",
        "text": """OVERHEAD 1
POLITICAL KILLINGS AND DISAPPEARANCES
Justice Bridge USA -- Trainers' Conference, May 1992

OVERHEAD 2
What is a political killing?
- Deliberate killing by agents of the state or with its consent
- Outside any judicial process
- Death squads, "shot while escaping", deaths in custody

OVERHEAD 3
What is a "disappearance"?
- Arrest or abduction by state agents
- Followed by denial: no record, no body, no information

OVERHEAD 4
Peru 1991
- Over 300 people disappeared after army detention in emergency zones
- Ayacucho, Huancavelica

OVERHEAD 5
Philippines
- "Vigilante" groups backed by the army
- Killings of church and union workers on Mindanao

OVERHEAD 6
What we do: investigate, publicise, press governments to account
"""
    },
    {
        "id": "723",
        "split": "holdout7",
        "date": "2005-06",
        "date_form": "month-year",
        "type": "handout",
        "subjects": ["LGBT rights", "vigils and demonstrations"],
        "title": "Marching with Pride: A Guide for Groups",
        "title_variants": ["Marching with Pride"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Footer 'June 2005'. For groups joining Pride marches: LGBT rights and vigils and demonstrations (marches). 'A Guide for Groups' subtitle -> local groups. Action cards on LGBT activists at risk are one bullet illustrating what to do on the day: no human rights defenders. The death penalty in some countries is one sentence: in passing.",
        "text": """MARCHING WITH PRIDE: A GUIDE FOR GROUPS

Every summer Justice Bridge groups march in Pride parades from San Diego
to Boston. Here is what we have learned.

Why march? In more than 70 countries, loving someone of the same sex is
a crime. In some it carries the death penalty. Marching shows that human
rights are for everyone.

Before the day
- Register your contingent with the Pride organisers early.
- Order the banner and candle-logo T-shirts from the regional office.
- Choose a marshal and agree a meeting point.

On the day
- Hand out the action cards (LGBT activists at risk).
- Drink water, wear sunscreen, stay together.

After
- Send photos and numbers to the regional office.

Justice Bridge USA -- OUTfront Program -- June 2005
"""
    },
    {
        "id": "706",
        "split": "holdout7",
        "date": "1988-10-22",
        "date_form": "day-month-year",
        "type": "evaluation form",
        "subjects": ["fair trials", "torture"],
        "title": "Lawyers' Day: Torture and Fair Trial: Course Evaluation",
        "title_variants": ["Lawyers' Day: Torture and Fair Trial", "Course Evaluation: Lawyers' Day: Torture and Fair Trial"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Heading 'COURSE EVALUATION' then 'Lawyers' Day: Torture and Fair Trial -- 22 October 1988' on the next line. The generic word stands above the heading: joined after it as in the guidelines' AGENDA example; the other order and the heading alone are variants; the date after the dash is not part of the title. British, written-out date. Questions on the torture and fair-trial sessions -> fair trials, torture.",
        "text": """JUSTICE BRIDGE -- BRITISH SECTION -- Lawyers' Network

COURSE EVALUATION
Lawyers' Day: Torture and Fair Trial -- 22 October 1988

Please rate each session (1 = not useful, 5 = very useful)

Medical evidence of torture (Dr P. Ellis)                1 2 3 4 5
Confessions obtained under duress: the legal position      1 2 3 4 5
Trial observation: what to look for                        1 2 3 4 5

Would you be willing to observe a trial abroad?    Yes / No

What other topics would you like covered?
_____________________________________________________________

CPD hours: 5
"""
    },
    {
        "id": "740",
        "split": "holdout7",
        "date": "2010",
        "date_form": "copyright",
        "type": "manual",
        "subjects": ["media work", "online activism"],
        "title": "Digital Action Handbook",
        "title_variants": ["Digital Action Handbook: Blogs, Social Networks and the Press"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'© 2010' -> 2010; earlier 2007 edition superseded. Chapters on websites, social networks and e-mail actions (online activism) and on working with journalists (media work). Online petitions appear as one item of a chapter list illustrating online tools: judgement call, taken as in passing (no petitions).",
        "text": """DIGITAL ACTION HANDBOOK
Blogs, Social Networks and the Press

Justice Bridge UK   ·   © 2010 (replaces the 2007 edition)

Contents
Part 1   Your group online: a simple website or blog ............  2
Part 2   Facebook, Twitter and friends ..........................  6
Part 3   E-mail actions that work ...............................  9
Part 4   Working with journalists ............................... 12

\fPART 1  YOUR GROUP ONLINE
A blog is the easiest way to have a web presence. Post after every
event, with a photo. Keep the group's contact e-mail on every page.
Tools groups use: free blog services, online petition sites, photo
sharing.

PART 2  FACEBOOK, TWITTER AND FRIENDS
Create a group page, not a personal profile. Post two or three times a
week. Ask supporters to share actions, not just "like" them.

PART 3  E-MAIL ACTIONS THAT WORK
One ask per e-mail. A clear subject line. A link to act in one click.

PART 4  WORKING WITH JOURNALISTS
Local reporters need local angles: your group, your town, a face. Send a
short press release the day before an event and ring the newsdesk.
                                                                   12
"""
    },
    {
        "id": "717",
        "split": "holdout7",
        "date": "1999-11-27",
        "date_form": "day-month-year",
        "type": None,
        "subjects": ["human rights education"],
        "title": "Certificate of Participation",
        "title_variants": [],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "A certificate: type null (a kind the list lacks). Date the course ended/awarded, 27 November 1999. Subject from the course it certifies ('Human Rights Education Trainer Course'). Audience empty (judgement call): the certificate is addressed to no kind of reader, though the course was for trainers.",
        "text": """JUSTICE BRIDGE UK

CERTIFICATE OF PARTICIPATION

This is to certify that

                    GWEN ELIZABETH PARRY

has completed the Human Rights Education Trainer Course
(30 hours), Cardiff, 25-27 November 1999,
and is qualified to run introductory workshops on human rights
in schools and youth groups on behalf of Justice Bridge UK.

_________________________          _________________________
Head of Education                  Course Tutor
"""
    },
    {
        "id": "724",
        "split": "holdout7",
        "date": "2000-01-19",
        "date_form": "us-numeric",
        "type": "report",
        "subjects": ["death penalty", "group development", "petitions", "recruitment"],
        "title": "Group 118 Steering Committee Minutes",
        "title_variants": ["Steering Committee Minutes"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Minutes are report. Meeting 1/19/2000 (US). Items: moratorium petition for Illinois (petitions, death penalty, US), membership table at campus fair (recruitment), the year's plan/retreat (group development). Next meeting 2/16 mentioned.",
        "text": """Justice Bridge USA -- Group 118 (Evanston/Rogers Park)

Group 118 Steering Committee Minutes -- 1/19/2000
Taken by: Marcus D.   Present: 7 (see sign-in)

1. MORATORIUM PETITION. After the Governor's comments last week, we agreed
   to go all out on the Illinois moratorium petition: 2,000 signatures by
   the end of February. Tables at the Davis St. train stop, two churches,
   and the NU student center. Carol has the clipboards.

2. NEW MEMBERS. 14 sign-ups from the activities fair, only 3 came to a
   meeting. Plan: phone all 14 personally, invite them to a pizza
   "newcomers' night" on Feb 3.

3. PLANNING THE YEAR. We keep reacting instead of planning. Retreat
   Saturday Feb 12 at Ann's to decide 3 priorities for 2000 and who
   leads each one.

4. Treasurer: $318.77 in the account.

Next meeting 2/16, 7 pm, Unitarian Church library.
"""
    },
    {
        "id": "735",
        "split": "holdout7",
        "date": "2008-04-09",
        "date_form": "spanish-numeric",
        "type": "letter",
        "subjects": ["campaigning", "human rights defenders", "women's rights"],
        "title": "[Letter from the Spanish section to local group coordinators about the campaign for women human rights defenders in Mexico]",
        "title_variants": ["[Carta de la Sección Española a los coordinadores de grupos locales sobre la campaña por las defensoras de derechos humanos en México]", "Campaña Defensoras: materiales y fechas"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "es",
        "places": ["MX"],
        "notes": "Fecha 09/04/2008 (Spanish, D/M/Y) -> 9 April 2008. Dates of the May action week mentioned. 'Estimados coordinadores de grupos locales' -> local groups. Campaign for women defenders in Ciudad Juárez/Chihuahua: human rights defenders, women's rights, MX. The letter launches and coordinates a campaign of the section -> campaigning. Signature cards to the Governor are one clause among the materials: no petitions. The Asunto line is a variant.",
        "text": """PUENTE DE JUSTICIA -- Sección Española
Calle Fernando VI, 8, 1º izda. · 28004 Madrid · Tel. 91 310 12 77

Madrid, 09/04/2008

Asunto: Campaña Defensoras: materiales y fechas

Estimados coordinadores de grupos locales:

Os escribimos para poner en marcha la campaña «Defensoras», dedicada a
las mujeres que defienden los derechos humanos en México. En Ciudad
Juárez y en todo Chihuahua, madres y abogadas que buscan justicia por las
mujeres asesinadas reciben amenazas y algunas han sido agredidas.

Esta semana os llegará una caja con carteles, tarjetas de firma dirigidas
al Gobernador de Chihuahua y una guía para organizar un acto público.
Os pedimos que cada grupo organice al menos una actividad durante la
semana de acción, del 19 al 25 de mayo, y que nos devolváis las tarjetas
antes del 15 de junio.

Un saludo muy cordial,

Lucía Ferrándiz
Coordinación de Campañas
"""
    },
    {
        "id": "739",
        "split": "holdout7",
        "date": "1977-02-26",
        "date_form": "month-day-year",
        "type": "agenda",
        "subjects": ["group organizing", "human rights education", "letter writing"],
        "title": "Campus Organizing Conference",
        "title_variants": ["Campus Organizing Conference: Schedule", "Schedule: Campus Organizing Conference"],
        "title_devised": False,
        "audience": ["student groups"],
        "language": "en",
        "places": [],
        "notes": "Feb. 26, 1977 is the conference date (on the venue line). 'SCHEDULE' separated from the heading by the date/venue line: section label, heading alone is the title. Sessions: starting a campus group (group organizing), human rights week teach-ins (human rights education), letter-writing tables (letter writing). 'For student groups and campus contacts' -> student groups.",
        "text": """JUSTICE BRIDGE U.S.A.   475 Riverside Dr., N.Y.C.

CAMPUS ORGANIZING CONFERENCE
for student groups and campus contacts
Columbia University, Earl Hall -- Feb. 26, 1977

SCHEDULE

 9:00  Coffee and doughnuts
 9:30  Why students? Welcome from the national office
10:00  Starting a group on campus: getting recognized, officers, dues
11:30  Teach-ins and human rights weeks: educating your campus
12:30  Lunch
 1:30  Letter-writing tables in the student union -- how to run one
 3:00  Regional caucuses
 4:00  Adjourn
"""
    },
]
