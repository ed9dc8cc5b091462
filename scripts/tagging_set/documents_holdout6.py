"""The holdout6 set: a sixth held-out set of the independent tagging evaluation set, for reporting only.

60 synthetic documents (ids 601-660, split "holdout6") of member-training material of an invented
organisation, Open Hands International (OHI), and its US section (Open Hands USA), British section
(Open Hands UK), Spanish section (Manos Abiertas, Sección Española) and French section (Mains
Ouvertes, section française), their regions, student chapters and local groups, 1972-2010. People,
groups, companies and cases are invented; historical events are mentioned as real material would.

Written and labelled in one sitting by a helper session that never read metp's tagging code, its
vocabulary file, its tests, the earlier labelled data or the other document files of this set, and
never ran a tagger on these documents. Labelled strictly to docs/labelling-guidelines.md (as of
commit 2b31f4c), with the subject terms, types and audience terms of make_set.py; every label was
checked once against the guidelines' self-check, and each label's `notes` record its judgement
calls and the dates the document merely mentions.

The documents were planned grouped by type and numbered by a seeded shuffle
(random.Random(2010).shuffle of 601-660), so an id says nothing about type, date or language.

For reporting only: do not read these documents or their labels, or the tagger's output on them,
while changing the tagger (see scripts/tagging_set/README.md).
"""

DOCUMENTS = [
    # ------------------------------------------------------------------ agendas
    {
        "id": "651",
        "split": "holdout6",
        "date": "1984-04-14",
        "date_form": "weekday-month-day-year",
        "type": "agenda",
        "subjects": ["death penalty", "fundraising", "lobbying", "media work", "urgent actions"],
        "title": "Southeast Regional Skills Day: Agenda",
        "title_variants": ["Southeast Regional Skills Day", "Agenda: Southeast Regional Skills Day"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Generic word AGENDA above the heading: joined after the heading as in the guidelines' example; "
                 "the other order and the heading alone are variants. Mentioned, not the date: registration "
                 "deadline April 2, the Georgia legislature's 1985 session, the region's founding in 1977. "
                 "Lobbying session is on the state legislature and the death penalty in Georgia: places US.",
        "text": """OPEN HANDS USA -- SOUTHEAST REGION
P.O. Box 5521, Atlanta, Georgia 30307   (404) 555-0192

                              AGENDA
                  SOUTHEAST REGIONAL SKILLS DAY
                   Saturday, April 14, 1984
          Glenn Memorial Church School Building, Atlanta

 8:30 - 9:00    Registration, coffee and doughnuts (Fellowship Hall)

 9:00 - 9:20    Welcome and introductions -- Ruth Ann Collier, Regional Coordinator
                (the region has grown from 4 groups in 1977 to 19 today!)

 9:20 - 10:30   Urgent Actions: Fast, Short, Effective
                How the Urgent Action network works, what makes a good UA
                letter, how to set up a telephone tree in your group.
                -- Dennis Boyd, UA coordinator for Georgia & the Carolinas

10:30 - 10:45   Break

10:45 - 12:00   Getting Into the Papers
                Press releases, calling the city desk, letters to the editor,
                radio call-in shows. Bring a clipping from your local paper.
                -- Marisa Tate, WRFG volunteer

12:00 -  1:00   Lunch (bring your own; drinks provided)

 1:00 -  2:15   The Death Penalty in Georgia: Talking to Your Legislator
                Who sits on the Judiciary Committee, how to ask for a meeting,
                what to say and what to leave behind. Planning for the 1985
                session starts now.
                -- Rev. Charles Whitfield, Georgia Committee Against the Death Penalty

 2:15 -  3:15   Money for the Work
                Yard sales, benefit suppers, a pledge drive -- three groups
                tell what worked and what didn't.

 3:15 -  3:45   Group reports & announcements, closing circle

Registration: $5 (waived for students). Please send the form to the P.O. Box by
April 2 so we can count lunches... er, drinks.
"""
    },
    {
        "id": "628",
        "split": "holdout6",
        "date": "1992-03-07",
        "date_form": "es-day-range",
        "type": "agenda",
        "subjects": ["fundraising", "group development", "prisoners of conscience", "recruitment", "urgent actions"],
        "title": "Jornada de formación para grupos locales",
        "title_variants": ["Jornada de formación para grupos locales: Programa", "Programa: Jornada de formación para grupos locales"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "PROGRAMA is separated from the heading by the venue/date line: a section label, the joined "
                 "form is a variant. Range 7 y 8 de marzo de 1992 -> start. Mentioned: inscripción antes del "
                 "28 de febrero. 'Revisar cómo funciona el grupo y planificar el año' is group development; "
                 "the cases session is on adopted prisoners (countries named only as examples: no places).",
        "text": """MANOS ABIERTAS -- SECCIÓN ESPAÑOLA
Coordinación de Andalucía
Apartado de Correos 1140 - 41080 Sevilla - Tel. (954) 22 31 07

JORNADA DE FORMACIÓN PARA GRUPOS LOCALES

Sevilla, 7 y 8 de marzo de 1992
Centro Cívico San Julián, c/ Hiniesta s/n

PROGRAMA

Sábado 7

10.00  Llegada y café
10.30  Presentación de la jornada y de los grupos asistentes
11.00  ¿Cómo va nuestro grupo? Revisar cómo funciona el grupo,
       repartir tareas y planificar el año de trabajo
       (trabajo en pequeños grupos)
13.30  Comida
16.00  Los presos de conciencia adoptados por nuestros grupos:
       cómo llevar un caso, la relación con el Secretariado
       Internacional, qué hacer cuando llega la liberación
18.00  Descanso
18.30  La Red de Acciones Urgentes: funcionamiento y novedades
20.00  Fin de la primera jornada

Domingo 8

10.00  Captar nuevos socios: mesas informativas, charlas en
       institutos y facultades, cómo acoger a quien llega por
       primera vez
12.00  Financiación del grupo: cuotas, lotería de Navidad,
       mercadillos y subvenciones municipales
13.30  Conclusiones y despedida

Inscripción antes del 28 de febrero en la Coordinación.
Alojamiento gratuito en casas de socios para quienes vengan de fuera.
"""
    },
    {
        "id": "637",
        "split": "holdout6",
        "date": "1995-10-19",
        "date_form": "eu-slash-two-digit",
        "type": "agenda",
        "subjects": ["fundraising", "group organizing", "letter writing", "prisoners of conscience"],
        "title": "Agenda for the Annual General Meeting of the Norwich Group",
        "title_variants": ["Annual General Meeting of the Norwich Group", "Norwich Group Annual General Meeting: Agenda"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["MA"],
        "notes": "British group: 19/10/95 read D/M/Y. A group's own agenda states no audience. Treasurer's report "
                 "item is accounts (not fundraising by itself), but item 6 plans the Christmas card stall and "
                 "sponsored walk: fundraising. Election of officers: group organizing. Item 4 is a paragraph "
                 "on the group's adopted prisoner in Morocco: places MA. Mentioned: last AGM 20/10/94, "
                 "sponsored walk 12 May, next AGM autumn 1996.",
        "text": """OPEN HANDS UK -- NORWICH GROUP (Group 41)

AGENDA FOR THE ANNUAL GENERAL MEETING OF THE NORWICH GROUP
to be held at the Friends Meeting House, Upper Goat Lane, at 7.30 pm on 19/10/95

1.  Apologies for absence

2.  Minutes of the last AGM (20/10/94) and matters arising

3.  Chair's report -- Margaret Pell

4.  Our prisoner: Abdelkader Benali, Morocco. Anne will report on the
    letter from his brother received in August, the visit by the
    British Embassy and the news that his appeal has again been
    postponed. Should we ask the Research Department whether a
    new approach to the Moroccan authorities is advisable?

5.  Treasurer's report and accounts for 1994/95 -- Tom Gedge

6.  Fundraising for 1995/96: the Christmas card stall on the market
    (volunteers needed for all four Saturdays in December), and the
    proposal for a sponsored walk along the Marriott's Way on 12 May

7.  Letter-writing evenings: keep them on the first Tuesday, or move
    to the Adam and Eve pub? Suggestions for making them livelier

8.  Election of officers: Chair, Secretary, Treasurer, Prisoner
    Case Co-ordinator, Publicity Officer. Nominations to the
    Secretary before the meeting please.

9.  Any other business

Tea and biscuits afterwards. The AGM will be followed by a short
video, "Voices from Inside" (25 min).

                                        J. Ravensworth, Secretary
                                        Tel. Norwich 61 77 40
"""
    },
    {
        "id": "607",
        "split": "holdout6",
        "date": "1985-11-23",
        "date_form": "fr-weekday-day-range",
        "type": "agenda",
        "subjects": ["campaigning", "facilitation", "media work", "public speaking", "torture"],
        "title": "Week-end de formation des responsables de groupes: Ordre du jour",
        "title_variants": ["Week-end de formation des responsables de groupes", "Ordre du jour: Week-end de formation des responsables de groupes"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "fr",
        "places": [],
        "notes": "'Ordre du jour' on the heading's line after a dash: joined form is the title, heading alone a "
                 "variant. Weekend range samedi 23 et dimanche 24 novembre 1985 -> start. Group leaders "
                 "(responsables de groupes) -> local groups. The torture session presents the section's "
                 "campaign as a whole: torture + campaigning. Mentioned: the 1984 UN Convention against "
                 "torture, inscription avant le 8 novembre.",
        "text": """MAINS OUVERTES -- section française
Délégation régionale Rhône-Alpes -- 14, rue Sainte-Catherine, 69001 Lyon

WEEK-END DE FORMATION DES RESPONSABLES DE GROUPES -- ORDRE DU JOUR
samedi 23 et dimanche 24 novembre 1985
Maison diocésaine, Valence

SAMEDI
 9 h 30   Accueil des participants
10 h 00   Tour de table : qui sommes-nous, quels groupes ?
10 h 30   Animer une réunion de groupe : préparer l'ordre du jour,
          donner la parole à chacun, gérer les conflits, conclure
          par des décisions claires (atelier avec jeux de rôle)
12 h 30   Déjeuner
14 h 00   Prendre la parole en public : présenter Mains Ouvertes
          dans un lycée, une paroisse, une réunion d'association
16 h 00   Pause
16 h 30   Les relations avec la presse locale : le communiqué,
          le coup de téléphone au correspondant, la conférence
          de presse
19 h 00   Dîner

DIMANCHE
 9 h 30   La campagne contre la torture : bilan d'un an d'action,
          la Convention adoptée par les Nations unies en 1984,
          les actions prévues pour le printemps
11 h 30   Évaluation du week-end
12 h 30   Déjeuner et départs

Participation aux frais : 80 F (hébergement compris).
Inscription avant le 8 novembre auprès de la Délégation.
"""
    },
    {
        "id": "648",
        "split": "holdout6",
        "date": "2007-02-17",
        "date_form": "month-day-range",
        "type": "agenda",
        "subjects": ["LGBT rights", "group organizing", "online activism", "recruitment", "vigils and demonstrations"],
        "title": "Student Leadership Retreat: Schedule",
        "title_variants": ["Student Leadership Retreat", "Schedule: Student Leadership Retreat"],
        "title_devised": False,
        "audience": ["student groups"],
        "language": "en",
        "places": [],
        "notes": "'Schedule' stands under the heading line: joined after it. Range February 17-18, 2007 -> start. "
                 "For chapter leaders: student groups. Mentioned: Nov. 2006 survey, March 30 campus day of action "
                 "(date of another event). Each session counts.",
        "text": """OPEN HANDS USA  |  STUDENT PROGRAM
-----------------------------------------------------------
STUDENT LEADERSHIP RETREAT
Schedule
February 17-18, 2007  --  Camp Kiwanis, Wheaton, IL
For chapter presidents, coordinators & anyone who wants to be one
-----------------------------------------------------------

SATURDAY
11:00 am   Check-in, cabin assignments
12:00 pm   Lunch + icebreakers
 1:00 pm   Building your chapter from scratch: officer roles, running
           a weekly meeting, registering with student activities,
           finding a faculty advisor
 2:30 pm   Break
 2:45 pm   Recruitment that works -- the activities fair, tabling
           in the dining hall, following up within 48 hours
           (our Nov. 2006 survey: chapters that follow up keep
           twice as many members)
 4:00 pm   Online organizing: your chapter's Facebook group, email
           lists that people actually read, using the national
           Online Action Center
 6:00 pm   Dinner
 7:30 pm   Workshop: LGBT rights around the world -- criminalization
           laws, Pride marches under attack, how chapters can act
 9:00 pm   Campfire (weather permitting) / movie in the lodge

SUNDAY
 8:30 am   Breakfast
 9:30 am   Planning a candlelight vigil or rally on campus: permits,
           safety, getting the word out; prep for the March 30
           campus day of action
11:00 am   Regional caucuses
12:00 pm   Wrap-up, evaluations, departure

Questions?  Text or call Jen Okafor, (312) 555-0148
"""
    },
    # ------------------------------------------------------------------ handouts
    {
        "id": "650",
        "split": "holdout6",
        "date": "1988-06",
        "date_form": "revision-numeric",
        "type": "handout",
        "subjects": ["letter writing"],
        "title": "Writing an Effective Appeal Letter",
        "title_variants": [],
        "title_devised": False,
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "Footer 'Rev. 6/88' is the date (US section: month/year). Line 'New Member Orientation Packet -- "
                 "Sheet 4' states the audience. The sample letter is part of the handout. Mentioned: 'since "
                 "1979' (history). Countries in the sample letter only illustrate: no places.",
        "text": """New Member Orientation Packet -- Sheet 4

WRITING AN EFFECTIVE APPEAL LETTER

You do not need to be an expert to write a letter that helps. Officials
who receive hundreds of courteous, well-informed letters notice. Since
1979 our own records show that a third of the prisoners released had
received steady letters from members. Some pointers:

  * Be polite. You are writing to persuade, not to insult. Address
    the official by title ("Your Excellency", "Dear Minister").
  * Be brief. One page is plenty. State who you are and why you write.
  * Stick to the facts in the case sheet: name, date of arrest, place
    of detention. Do not speculate.
  * Ask for something specific: release, a fair trial, access to a
    lawyer and family, medical care.
  * Do not mention Open Hands unless the case sheet says you may. A
    letter from "a teacher in Ohio" is often more persuasive.
  * Use plain paper or your own letterhead. Sign your name. Include your
    return address -- replies do come.
  * Keep a copy and note the date you mailed it. Report replies to
    your group's case coordinator.

A SAMPLE OPENING

   Your Excellency,
   I am writing to express my concern for Mr. ____, a schoolteacher
   who has been held without charge since ____. I respectfully urge
   you to ensure that he is released if he is not charged with a
   recognizably criminal offence...

POSTAGE: airmail letters to most countries cost 44 cents (1 oz.);
aerogrammes are 39 cents at the post office.

                                                           Rev. 6/88
"""
    },
    {
        "id": "634",
        "split": "holdout6",
        "date": "1999-01",
        "date_form": "month-year",
        "type": "handout",
        "subjects": ["lobbying", "petitions", "refugees"],
        "title": "Refugees and Asylum: Questions and Answers",
        "title_variants": ["Refugees and Asylum", "Refugees and Asylum: Questions and Answers (Briefing No. 7)"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "Briefing on the UK asylum system: places GB. The 'What can I do?' list counts item by item: "
                 "writing to your MP (lobbying), the petition (petitions); 'volunteer with a local refugee "
                 "support group' is no term. Mentioned, not the date: 1951 Convention, the Immigration and "
                 "Asylum Bill published February 1999 (expected), 1996 Act.",
        "text": """OPEN HANDS UK                                      Briefing No. 7, January 1999
99-101 Rosebery Avenue, London EC1R 4RE  -  0171 555 2044

REFUGEES AND ASYLUM: QUESTIONS AND ANSWERS

What is a refugee?
Under the 1951 Refugee Convention a refugee is someone who is outside their
own country and cannot return because of a well-founded fear of persecution
for reasons of race, religion, nationality, political opinion or membership
of a particular social group. An asylum-seeker is someone who has asked for
that protection and is waiting for a decision.

How many come to Britain?
Far fewer than the headlines suggest. Britain receives a small share of the
world's refugees; most people who flee stay in neighbouring countries, which
are often among the poorest in the world.

What happens when someone applies?
The Home Office interviews the applicant and decides the claim. Many are
refused because they cannot produce documents -- yet people fleeing
persecution rarely travel with their papers in order. Since the 1996 Act,
some applicants receive no cash support while they wait.

Are asylum-seekers detained?
Yes. Several hundred are held at any time in removal centres and prisons,
without a time limit and without automatic review by a court. Open Hands
believes detention should be used only as a last resort.

What is changing?
The government's new Immigration and Asylum Bill, expected in February,
would replace cash support with vouchers and disperse applicants around
the country.

What can I do?
  - Write to your MP asking for a time limit on detention and for the
    voucher scheme to be dropped from the Bill.
  - Sign and circulate the enclosed petition "Safe Haven, Fair Hearing";
    return sheets to the London office by the end of March.
  - Volunteer with a local refugee support group.

                                                          Please photocopy freely.
"""
    },
    {
        "id": "624",
        "split": "holdout6",
        "date": "1981",
        "date_form": "copyright-symbol",
        "type": "handout",
        "subjects": ["fair trials", "freedom of expression", "freedom of religion", "prisoners of conscience"],
        "title": "¿Qué es un preso de conciencia?",
        "title_variants": ["Qué es un preso de conciencia"],
        "title_devised": False,
        "audience": [],
        "language": "es",
        "places": [],
        "notes": "© 1981 line is the date. Headed paragraphs on opinion/expression, on religion, and on unfair "
                 "trials each count. Mentioned: Declaración Universal de 1948, the section's founding in 1977. "
                 "Countries only as examples: no places.",
        "text": """HOJA INFORMATIVA N.º 2

¿QUÉ ES UN PRESO DE CONCIENCIA?

Llamamos preso de conciencia a toda persona encarcelada, detenida o
sometida a otras restricciones físicas por sus convicciones políticas,
religiosas o de conciencia, o por su origen étnico, sexo, color o idioma,
siempre que no haya recurrido a la violencia ni propugnado su uso.

Presos por sus ideas
La mayoría están en prisión por haber dicho o escrito lo que pensaban:
periodistas, poetas, sindicalistas, estudiantes que repartían octavillas.
La Declaración Universal de Derechos Humanos de 1948 reconoce a toda
persona el derecho a la libertad de opinión y de expresión, y a difundir
sus ideas sin limitación de fronteras.

Presos por su fe
Otros han sido encarcelados por practicar su religión: pastores que
celebraban cultos en casas particulares, monjes, testigos de Jehová que
se niegan a portar armas. La libertad de pensamiento, de conciencia y de
religión incluye la libertad de manifestarla en público y en privado.

Juicios sin garantías
Muchos presos de conciencia son condenados por tribunales militares o
especiales, sin abogado de su elección, sin conocer las pruebas y sin
posibilidad de apelar. Cuando no hay juicio justo, pedimos que se celebre
uno nuevo con todas las garantías, o la libertad.

¿Qué hacemos?
Desde 1977 los grupos de la Sección Española "adoptan" presos de
conciencia: escriben a las autoridades, a la familia, al propio preso, y
no dejan de hacerlo hasta su liberación.

                    © 1981 Manos Abiertas -- Sección Española
                    Apartado 50.318 - 28080 Madrid
"""
    },
    {
        "id": "611",
        "split": "holdout6",
        "date": None,
        "date_form": "none",
        "type": "handout",
        "subjects": ["fundraising", "group development", "recruitment"],
        "title": "Ten Ways to Keep Your Group Going",
        "title_variants": [],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Undated: nothing states when it is from. Tip list for existing groups: group development; the "
                 "list items on new people (recruitment) and on money (fundraising) count as items of a list "
                 "that is itself the content. Addressed to group coordinators: local groups. 'Human Rights Day' "
                 "is a day without a year. Item 6 (mix letter writing with something sociable) is about making "
                 "meetings sociable; letter writing only illustrates it: not labelled (judgement call).",
        "text": """FOR GROUP COORDINATORS

TEN WAYS TO KEEP YOUR GROUP GOING
(when the first enthusiasm has worn off)

1. Sit down once a year and plan. What do we want to have done by
   next summer? Write it on one sheet and look at it every meeting.

2. Share the jobs. A group where one person does everything is a
   group that ends when that person moves away.

3. Keep meetings short and start on time. Ninety minutes is plenty.

4. Celebrate. A prisoner released, a reply from an embassy, a good
   turnout -- bring a cake.

5. Bring in new blood. Invite a friend each; put a notice in the
   library; have a table at the church fair. Make sure someone
   greets newcomers and gives them a small, real task on day one.

6. Mix letter writing with something sociable -- a potluck, a film.

7. Keep the money coming in. Dues, a yard sale in spring, a
   benefit supper around Human Rights Day: a group with a little
   cash can buy stamps and print leaflets without asking anyone.

8. Stay in touch with the regional office. You are not alone.

9. Check how you are doing. Every six months ask: are people
   coming? Are they enjoying it? What would they change?

10. Rest. Take August off if you need to. Come back in September.
"""
    },
    {
        "id": "623",
        "split": "holdout6",
        "date": "2003-03",
        "date_form": "updated-month-year",
        "type": "handout",
        "subjects": ["armed conflict", "children's rights", "lobbying"],
        "title": "Child Soldiers: Fact Sheet",
        "title_variants": ["Child Soldiers"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["UG", "US"],
        "notes": "'Updated March 2003' is the date. A paragraph on northern Uganda: UG; the action asks senators to "
                 "press for the Optional Protocol's implementation: lobbying, US. A fact sheet on the "
                 "issue of the 'Children in Armed Conflict Campaign' (running line, not the title): not "
                 "campaigning. Mentioned: Optional Protocol adopted 2000, in force February 2002, US ratification December 2002, Sierra Leone and others "
                 "named in passing.",
        "text": """OPEN HANDS USA
Children in Armed Conflict Campaign

CHILD SOLDIERS: FACT SHEET

* An estimated 300,000 children under 18 are fighting in armed conflicts
  in more than 30 countries. Some are as young as eight.
* Children are abducted, recruited by force or join out of hunger or fear.
  Girls are used as fighters, cooks, porters and "wives" of commanders.
* Governments and armed opposition groups both use child soldiers --
  from Colombia to Sri Lanka, from Sierra Leone to Burma.

Northern Uganda
The Lord's Resistance Army has abducted thousands of children from
their homes and schools. Every night thousands of "night commuters"
walk into the towns of Gulu and Kitgum to sleep on verandas and in
bus stations rather than risk being taken. Children who escape come
back with wounds, diseases and memories that do not leave them.

The law
The Optional Protocol to the Convention on the Rights of the Child on
the involvement of children in armed conflict, adopted in 2000 and in
force since February 2002, raises to 18 the minimum age for direct
participation in hostilities and for forced recruitment. The United
States ratified it in December 2002.

What you can do
Write or call your two senators. Ask them to make sure the United
States lives up to the Protocol -- in its own recruitment and in the
military aid it gives to governments that use child soldiers.
Capitol switchboard: (202) 224-3121.

                                        Updated March 2003
"""
    },
    # ------------------------------------------------------------------ trainer guides
    {
        "id": "652",
        "split": "holdout6",
        "date": "1977-09",
        "date_form": "us-numeric-month-year",
        "type": "trainer guide",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Session Plan: Introducing the Urgent Action Network",
        "title_variants": ["Introducing the Urgent Action Network"],
        "title_devised": False,
        "audience": ["new members", "trainers"],
        "language": "en",
        "places": [],
        "notes": "'Prepared by the Training Committee, 9/77': month/year in US numeric form -> 1977-09. A trainer "
                 "guide is for trainers; participants named as new members. Part 3 teaches writing the UA "
                 "letter: letter writing. Mentioned: the network began in 1974 (history); the case number "
                 "'UA 61/76' is a reference, not a date.",
        "text": """OPEN HANDS USA -- TRAINING COMMITTEE
Trainers' file copy -- do not distribute to participants

SESSION PLAN: INTRODUCING THE URGENT ACTION NETWORK
(for new member evenings; 60 minutes)

Objectives. By the end, participants will (1) know what an Urgent
Action is and why speed matters, (2) have written one UA letter,
(3) know how to sign up.

Materials. Copies of a current UA (use a real one, not more than
two weeks old); airmail paper and envelopes; the sign-up cards;
a map of the world; a clock everyone can see.

1. Opening (10 min)
   Tell the story of a case where letters arrived in time. (The
   Uruguay teacher case, UA 61/76, is a good one -- he was brought
   before a judge within a week of the first telegrams.)
   Ask: "Why would the first days after an arrest matter most?"
   Draw out: risk of torture is highest then; officials are still
   deciding what to do.

2. How the network works (15 min)
   Explain: the Research Department issues the UA; the coordinator
   in Nyack mails it to members within 24 hours; members send
   letters or telegrams at once. The network began in 1974 and now
   has about 2,000 members in this country.
   Point to the country on the map. Read the UA aloud.

3. Writing the letter (25 min)
   Say: "You have fifteen minutes. One page. Be courteous."
   Walk around and help. Remind them: the official's title, the
   prisoner's full name, one clear request. No politics.
   Ask two volunteers to read theirs out.

4. Close (10 min)
   Hand out sign-up cards. Collect letters for mailing (the group
   pays the postage tonight). Note who signed up on the trainer's
   report sheet and mail it to the Committee.

Tip: if the group is larger than 20, split into two tables with a
helper at each.

                       Prepared by the Training Committee, 9/77
"""
    },
    {
        "id": "655",
        "split": "holdout6",
        "date": "1996-09",
        "date_form": "revised-edition-month-year",
        "type": "trainer guide",
        "subjects": ["facilitation", "human rights education", "public speaking"],
        "title": "Speaking in Schools: A Facilitator's Guide",
        "title_variants": ["Speaking in Schools"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "'Revised edition, September 1996' wins over 'first issued 1992'. Guide for trainers who prepare "
                 "members to give school talks: the sessions cover talking in public and teaching human "
                 "rights to pupils. Audience trainers only: the participants are members (no audience term); "
                 "pupils are the members' audience, not the guide's. The short section headed 'Tips for you, the "
                 "facilitator' is a heading on the skill of running the session: facilitation (a judgement call, "
                 "it is two sentences). Long (three pages).",
        "text": """OPEN HANDS UK -- EDUCATION UNIT

SPEAKING IN SCHOOLS: A FACILITATOR'S GUIDE

A one-day course for members who want to give talks in schools.
Revised edition, September 1996 (first issued 1992).

Who this guide is for
You are running the course. The participants are ordinary members,
most of whom have never stood in front of a class. By the end of the
day they should be able to give a 40-minute talk on human rights to
pupils aged 11-18, and feel like doing it again.

Timetable
 10.00  Welcome; why schools matter
 10.30  Part 1 -- What do pupils need to know?
 11.45  Coffee
 12.00  Part 2 -- Standing up and speaking
 13.00  Lunch
 13.45  Part 3 -- Practice talks
 15.30  Evaluation and close
\f
PART 1 -- WHAT DO PUPILS NEED TO KNOW? (75 minutes)

Start by asking participants: "What did you learn about human rights
at school?" Most will say nothing. Write the answers on the flip chart.

Then introduce the three things every school talk should do:
  1. Explain what human rights are: rights everyone has because they
     are human, written down in the Universal Declaration.
  2. Make it real: one story, one face. Use a case the pupils can
     imagine -- a student arrested for a school magazine article.
  3. Show that ordinary people can act.

Divide into groups of four. Give each group one age band (11-13,
14-16, sixth form) and ask them to plan the first ten minutes of a
talk for it. Report back. Point out that younger pupils need
activities, not lectures: the "rights or wants" card game, the
drawing exercise in the resource pack.

Teachers' concerns: remind participants that a talk must be balanced
and must not tell pupils what to think about party politics. Always
meet the teacher beforehand and agree the content.

PART 2 -- STANDING UP AND SPEAKING (60 minutes)

Say: "Nobody is a natural. Everybody gets nervous. Here are some
tricks."
  * Stand where everyone can see you; don't hide behind the desk.
  * Speak to the back row. Slow down -- slower than feels right.
  * Notes on cards, not a script. Five key words per card.
  * Look at faces, not the ceiling. Pick three friendly ones.
  * Questions: repeat the question so everyone hears it; it's fine to
    say "I don't know, but I'll find out."
Ask each participant to give a two-minute introduction of themselves
standing at the front. Applaud everyone. Give one positive comment
and one tip each -- no more.
\f
PART 3 -- PRACTICE TALKS (105 minutes)

In threes: one speaks for ten minutes, one plays the class (ask them
to be realistic: a fidget, a joker, a question about football), one
observes with the checklist on page 4. Rotate.

Bring everyone together. What was hardest? What surprised you?

Tips for you, the facilitator
Keep to time, but don't cut off a nervous speaker mid-sentence.
Notice who is quiet and give them a small, safe task.

EVALUATION
Hand out the course evaluation form. Collect names of participants
who are ready to be put on the schools speakers list and send them
to the Education Unit.
                                                          page 3 of 4
"""
    },
    {
        "id": "657",
        "split": "holdout6",
        "date": "2004-05-14",
        "date_form": "es-numeric",
        "type": "trainer guide",
        "subjects": ["facilitation", "women's rights"],
        "title": "Guía para facilitadoras y facilitadores: taller «Vidas sin violencia»",
        "title_variants": ["Guía para facilitadoras y facilitadores", "Taller «Vidas sin violencia»", "Vidas sin violencia", "Guía para facilitadoras y facilitadores: taller «Vidas sin violencia»: la violencia contra las mujeres es una violación de derechos humanos"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "es",
        "places": [],
        "notes": "Dateline 'Madrid, 14/05/2004' (Spanish, D/M/Y). Section 'Consejos para quien facilita': "
                 "facilitation. Workshop on violence against women: women's rights. Mentioned: 25 de noviembre "
                 "(day without year), the 1993 UN Declaration.",
        "text": """Manos Abiertas -- Sección Española
Área de Formación

GUÍA PARA FACILITADORAS Y FACILITADORES
Taller «Vidas sin violencia»: la violencia contra las mujeres es una
violación de derechos humanos

Madrid, 14/05/2004

Objetivos del taller
- Entender la violencia contra las mujeres como una violación de
  derechos humanos y no como un asunto privado.
- Conocer las obligaciones del Estado (Declaración de Naciones Unidas
  de 1993 sobre la eliminación de la violencia contra la mujer).
- Preparar una actividad del grupo para el 25 de noviembre.

Duración: 3 horas. Participantes: entre 10 y 20.
Materiales: papelógrafo, rotuladores, las fichas de casos (anexo 1),
el vídeo «Ellas cuentan» (12 min).

1. Bienvenida y normas (15 min)
   Presente el taller. Pida al grupo que acuerde unas normas: respeto,
   confidencialidad, nadie está obligada a hablar de su experiencia.

2. Lluvia de ideas (20 min)
   Pregunte: «¿Qué formas de violencia sufren las mujeres?» Anote todo.
   Agrupe: física, sexual, psicológica, económica; en la pareja, en el
   trabajo, en los conflictos armados.

3. Casos (45 min)
   Divida en grupos de cuatro. Cada grupo recibe una ficha de caso y
   responde: ¿qué derechos se han violado? ¿qué debería haber hecho
   el Estado?

4. Vídeo y debate (40 min)

5. ¿Y nosotros qué hacemos? (45 min)
   Cada grupo propone una acción para el 25 de noviembre.

6. Cierre y evaluación (15 min)

Consejos para quien facilita
- Este tema puede remover experiencias personales. Tenga a mano los
  teléfonos de atención a víctimas y no fuerce a nadie a intervenir.
- Si surge un testimonio, agradézcalo, no lo analice delante del grupo
  y ofrezca hablar después en privado.
- Cuide los tiempos: es mejor dejar una pregunta abierta que cortar el
  debate final.
- Trabaje en pareja con otra persona facilitadora siempre que pueda.
"""
    },
    {
        "id": "622",
        "split": "holdout6",
        "date": "2009",
        "date_form": "running-header-year",
        "type": "trainer guide",
        "subjects": ["campaign planning", "coalition building"],
        "title": "Module 4: Planning a Campaign: Trainer Notes",
        "title_variants": ["Module 4: Planning a Campaign", "Planning a Campaign", "Planning a Campaign: Trainer Notes"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "Running header 'ACTIVIST TRAINING SERIES 2009' is the edition year, not the title. 'Trainer Notes' "
                 "stands below the heading: joined after it; the heading alone is a variant. Step 4 "
                 "(allies and coalitions) is a part of its own: coalition building. The death-penalty example "
                 "campaign only illustrates the planning exercise: not death penalty. Mentioned: a state "
                 "legislative session 'in January' (no year).",
        "text": """ACTIVIST TRAINING SERIES 2009                          Open Hands USA
---------------------------------------------------------------------
MODULE 4: PLANNING A CAMPAIGN
Trainer Notes
---------------------------------------------------------------------

Time: 2 hrs 15 min     Group size: 8-30     Room: tables for 5-6

WHY THIS MODULE
Most groups jump straight to tactics ("let's do a petition!"). This
module slows them down: goal first, then target, then tactics.

BEFORE YOU START
Put up five flip-chart sheets headed GOAL / TARGET / ALLIES / TACTICS /
TIMELINE. Prepare the example: a state campaign to end juvenile
death sentences (use your own state if you like).

STEP 1 -- The goal (20 min)
Ask: "What would victory look like?" Push for something specific and
winnable in 12-18 months. "End all human rights abuses" is not a goal.
"Get our state senator to co-sponsor bill X" is.

STEP 2 -- The target (20 min)
Who can give you what you want? A person, not an institution. Ask
tables to map who influences that person (the "power map" handout).

STEP 3 -- Tactics (25 min)
Brainstorm, then sort: which tactics reach the target? Which build the
group? Cut anything that does neither.

STEP 4 -- Allies and coalitions (30 min)
Say: "You can't do this alone -- and you shouldn't." Tables list
organizations that share the goal: faith groups, bar association,
victims' families, student groups. Discuss: what do they gain from
working with us? What would we have to give up? Who speaks for the
coalition? Warn against coalitions that meet endlessly and act never.

STEP 5 -- Timeline (25 min)
Work back from the decision date (e.g. the legislative session that
opens in January). Mark 3-4 escalation points.

WRAP (15 min)
Each table presents its one-page plan in 2 minutes.

TRAINER TIP: keep the example concrete. Abstract planning exercises
die after 20 minutes.
                                                         Module 4 -- p. 1
"""
    },
    # ------------------------------------------------------------------ manuals
    {
        "id": "602",
        "split": "holdout6",
        "date": "1973",
        "date_form": "edition-year",
        "type": "manual",
        "subjects": ["fundraising", "group organizing", "letter writing", "media work", "prisoners of conscience"],
        "title": "Handbook for Local Groups",
        "title_variants": ["Open Hands USA Handbook for Local Groups"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "'First edition, 1973' is the publication date. Chapters of the contents each count (forming "
                 "the group, adoption, letters, money, publicity); "
                 "the text of chapters 1-4 and the start of 5 follow. Mentioned: "
                 "the organisation's founding in 1968, a 1972 conference. Three pages.",
        "text": """                         OPEN HANDS USA

                   HANDBOOK FOR LOCAL GROUPS

                        First edition, 1973

             National Office: 200 West 72nd Street, New York, N.Y. 10023

CONTENTS

   Introduction ............................................  1
   Chapter 1.  Forming Your Group ..........................  2
   Chapter 2.  Your Adopted Prisoners ......................  5
   Chapter 3.  Writing Letters that Count ..................  9
   Chapter 4.  Paying the Bills: Dues, Benefits, Appeals ... 13
   Chapter 5.  Telling Your Town: Publicity ................ 16
   Appendix.   Addresses and Forms ......................... 20

INTRODUCTION

Open Hands was founded in 1968 by a handful of people who believed that
letters from ordinary citizens could open prison doors. This handbook
collects what groups have learned since then. At the 1972 conference
many of you asked for "something on paper": here it is. Keep it, lend
it, write in the margins.
\f
                                  - 2 -

CHAPTER 1. FORMING YOUR GROUP

A group needs at least six committed people. Hold a first meeting in a
home, a church hall or a library room; invite friends, colleagues,
members of your congregation. At that meeting:

   (a) choose a coordinator, a secretary and a treasurer;
   (b) agree a regular meeting day -- once a month is usual;
   (c) write to the National Office to register the group. You will
       receive a group number and, within three months, your first
       prisoner dossiers.

Keep minutes, however short. A group that keeps records survives a
change of coordinator.

CHAPTER 2. YOUR ADOPTED PRISONERS

Each group works for two or three prisoners of conscience: men and
women imprisoned for their beliefs, their origin or their peaceful
activity, who have neither used nor advocated violence. To preserve
impartiality a group's prisoners come from different political systems,
and never from our own country.

The dossier tells you who the prisoner is, why he or she was arrested,
where he or she is held and whom to write to. Read it at a meeting;
divide the addresses; report every reply. Adoption lasts until the
prisoner is released -- sometimes for years. Do not give up.

CHAPTER 3. WRITING LETTERS THAT COUNT

Letters should be courteous, brief and factual. Write to the head of
state, the minister of justice, the prison governor; write to the
prisoner's family to let them know they are not forgotten. Do not
write anything that could harm the prisoner or the family: no politics,
no criticism of the government in letters that go to the prison.
Airmail takes two to three weeks; keep a carbon copy of every letter
and note the date it was mailed.
\f
                                  - 3 -

CHAPTER 4. PAYING THE BILLS: DUES, BENEFITS, APPEALS

Postage, telegrams and parcels for prisoners' families cost money. Most
groups ask members for modest dues (two or three dollars a month) and
hold one or two events a year: a rummage sale, a benefit concert, a
supper at which a returned traveller speaks. A letter to your church or
synagogue asking for a small grant often succeeds. Send the National
Office its share of group income each quarter: it pays for the research
on which every case depends.

CHAPTER 5. TELLING YOUR TOWN: PUBLICITY

When your group is formed, tell the local paper: editors like a local
angle. When a prisoner is released, tell them again. Keep the press
release to one page...
                                                                (continued)
"""
    },
    {
        "id": "601",
        "split": "holdout6",
        "date": "1990-09",
        "date_form": "fr-month-year",
        "type": "manual",
        "subjects": ["death penalty", "letter writing", "media work", "vigils and demonstrations"],
        "title": "L'action contre la peine de mort: manuel du militant",
        "title_variants": ["L'action contre la peine de mort", "Manuel du militant: l'action contre la peine de mort", "Manuel du militant"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "fr",
        "places": [],
        "notes": "'Paris, septembre 1990' on the title page is the date. 'à l'usage des groupes locaux': local "
                 "groups. Chapters count: death penalty in the world, writing to authorities, vigils, press. "
                 "Mentioned: abolition in France in 1981 (history), the 1989 UN Second Optional Protocol. "
                 "France named in history only: no places.",
        "text": """MAINS OUVERTES -- section française

L'ACTION CONTRE LA PEINE DE MORT
manuel du militant
à l'usage des groupes locaux

Paris, septembre 1990

SOMMAIRE
   Avant-propos
   Chapitre 1  La peine de mort dans le monde
   Chapitre 2  Écrire aux autorités
   Chapitre 3  Organiser une veillée ou un rassemblement
   Chapitre 4  Travailler avec la presse
   Annexes     Adresses utiles, modèles de lettres

AVANT-PROPOS
La France a aboli la peine de mort en 1981. Cela ne nous dispense pas
d'agir : chaque année, des centaines de personnes sont exécutées dans le
monde, souvent après des procès inéquitables. Le deuxième Protocole
facultatif adopté par les Nations unies en 1989 offre aux États un
moyen de s'engager. Ce manuel doit aider les groupes à agir mieux.

CHAPITRE 1 -- LA PEINE DE MORT DANS LE MONDE
Près de cent pays conservent la peine capitale dans leur législation.
Elle frappe d'abord les pauvres, les minorités, les opposants. Aucune
étude sérieuse n'a montré qu'elle dissuade davantage que la prison.

CHAPITRE 2 -- ÉCRIRE AUX AUTORITÉS
Lorsqu'une exécution est imminente, chaque lettre compte. Écrivez au
chef de l'État pour demander la grâce, avec courtoisie ; rappelez que
vous ne contestez pas la gravité du crime mais la peine. Utilisez les
modèles en annexe, en les adaptant.

CHAPITRE 3 -- ORGANISER UNE VEILLÉE OU UN RASSEMBLEMENT
La veille d'une exécution, une veillée silencieuse devant l'ambassade ou
sur une place de la ville rend visible notre refus. Prévenez la
préfecture, prévoyez des bougies et une banderole sobre, désignez une
personne chargée de parler aux passants.

CHAPITRE 4 -- TRAVAILLER AVEC LA PRESSE
Un communiqué court, envoyé la veille au correspondant local, vaut mieux
qu'une longue déclaration. Proposez une photo, un témoignage, un chiffre.
"""
    },
    {
        "id": "636",
        "split": "holdout6",
        "date": "2005",
        "date_form": "copyright-name-year",
        "type": "manual",
        "subjects": ["coalition building", "lobbying", "petitions"],
        "title": "Making Parliament Listen: A Lobbying Handbook",
        "title_variants": ["Making Parliament Listen", "A Lobbying Handbook"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": ["GB"],
        "notes": "'(c) Open Hands UK 2005' is the publication date. Lobbying MPs and the UK Parliament: places GB "
                 "(national institution). Chapters on working with other organisations (coalition building) and "
                 "petitions count. 'For local groups and campaign co-ordinators': local groups. Mentioned: the "
                 "Human Rights Act 1998, a general election 'expected in May'. 'Online petitions' is one "
                 "sentence inside the petitions chapter: not online activism.",
        "text": """MAKING PARLIAMENT LISTEN
A Lobbying Handbook
for local groups and campaign co-ordinators

Open Hands UK

Contents
  1  How Parliament works (and where you fit in)       3
  2  Your MP: writing, phoning, meeting                 7
  3  Beyond your MP: select committees and peers       13
  4  Strength in numbers: working with other groups    17
  5  Petitions that get noticed                        21
  6  After the meeting                                 24

(c) Open Hands UK 2005. Registered office: 17-25 New Inn Yard, London EC2A 3EA.
\f
1  HOW PARLIAMENT WORKS (AND WHERE YOU FIT IN)

Laws are made by Parliament, but they start as government bills, are
amended in committee and can be changed by pressure from outside. The
Human Rights Act 1998 was not the end of anything; every new security
or asylum bill tests it. Your job as a lobbyist is to be informed,
persistent and polite -- and to be a constituent.

2  YOUR MP: WRITING, PHONING, MEETING

Write a short, personal letter (not a photocopy). Ask one clear
question so that your MP has to answer. Ask for a meeting at a
constituency surgery; take one other person, not five. Leave a
one-page briefing. Follow up within a week. A general election is
expected in May: candidates of all parties are now more willing to
meet you than they will be in June.

3  BEYOND YOUR MP

Select committees take written evidence; members of the Lords often
have time and expertise that MPs lack...
\f
4  STRENGTH IN NUMBERS: WORKING WITH OTHER GROUPS

On most issues we are not the only organisation that cares. Refugee
councils, churches, trade unions, student unions: a joint letter
signed by ten local bodies carries more weight than ten letters.
Agree a common, limited aim; agree who speaks to the press; respect
each organisation's own rules (ours: we take no money from
governments and do not endorse parties). Coalitions built for one
bill can be wound up when the bill is passed -- that is a success,
not a failure.

5  PETITIONS THAT GET NOTICED

A petition is only as good as its delivery. Set a target number and a
date; collect real addresses; hand it in with a photographer present,
ideally to your MP in person. Petitions to the House of Commons must
follow a set form (see Annex B). Online petitions are quick to sign
and easy to ignore: combine them with something on paper.
                                                                   21
"""
    },
    # ------------------------------------------------------------------ worksheets
    {
        "id": "631",
        "split": "holdout6",
        "date": "1991-11-09",
        "date_form": "running-line-abbrev-month-day-year",
        "type": "worksheet",
        "subjects": ["fundraising", "recruitment"],
        "title": "Worksheet 2: Your Group's Money Plan",
        "title_variants": ["Your Group's Money Plan"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Running line 'Group Skills Day -- Nov. 9, 1991' gives the date and is not the title. Income "
                 "plan grid: fundraising; question 4 asks how events will bring in new members: recruitment. "
                 "Audience: 'for group treasurers and coordinators' -> local groups. Mentioned: dues due "
                 "'by January 31' (no year), last year's figures.",
        "text": """Group Skills Day -- Nov. 9, 1991 -- Open Hands USA, Mid-Atlantic Region

WORKSHEET 2: YOUR GROUP'S MONEY PLAN
(for group treasurers and coordinators -- fill in with your group)

1. What did your group spend last year?
   Postage ________   Printing ________   Regional dues ________
   Other (what?) ______________________________   TOTAL ________

2. Where will next year's money come from?

   Source                      | Last year  | Target next year | Who is in charge
   ----------------------------|------------|------------------|------------------
   Members' dues/pledges       |            |                  |
   Yard sale / rummage sale    |            |                  |
   Benefit dinner or concert   |            |                  |
   Greeting cards & calendars  |            |                  |
   Donations at events         |            |                  |
   Other: ________________     |            |                  |
   TOTAL                       |            |                  |

3. Which ONE new fundraising idea will you try this year?
   ________________________________________________________________

4. How will you use your fundraising events to meet and sign up new
   members? (Sign-up sheet? Speaker? Follow-up call?)
   ________________________________________________________________
   ________________________________________________________________

5. Remember: regional dues are due by January 31.
"""
    },
    {
        "id": "604",
        "split": "holdout6",
        "date": "1986-04-12",
        "date_form": "day-month-year",
        "type": "worksheet",
        "subjects": ["police and human rights", "torture"],
        "title": "Exercise: Is It Torture?",
        "title_variants": ["Is It Torture?"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "British material; 'Training Day, Bristol, 12 April 1986' is the event the exercise was for. "
                 "Cases with answer space on ill-treatment by police: torture, police and human rights. "
                 "Mentioned: the 1984 UN Convention. Invented countries 'Country A/B': no places.",
        "text": """Open Hands UK -- South West Region
Training Day, Bristol, 12 April 1986

EXERCISE: IS IT TORTURE?

Read each situation with your neighbour. Decide whether it is torture,
cruel or degrading treatment, or neither, and say why. Use the
definition in Article 1 of the 1984 UN Convention (on the back).

1. In Country A a student is arrested at a demonstration. At the police
   station officers keep him standing against a wall for eighteen
   hours, hooded, and play loud noise. They want the names of the
   organisers.
   Torture / ill-treatment / neither? ______________________
   Why? ____________________________________________________

2. A woman detained for theft is slapped once by a police officer
   during questioning. She is released the same day.
   ______________________________________________________________
   ______________________________________________________________

3. A prisoner in Country B is held in solitary confinement in an
   unlit cell for fourteen months. He has not been charged.
   ______________________________________________________________
   ______________________________________________________________

4. A police officer uses a baton to break up a fight outside a pub.
   ______________________________________________________________

5. What should happen to a police officer who tortures? Who should
   investigate? ___________________________________________________
   ______________________________________________________________

6. What safeguards in police stations make torture less likely?
   (Think: lawyers, doctors, records, time limits.)
   ______________________________________________________________
"""
    },
    {
        "id": "605",
        "split": "holdout6",
        "date": "2000-10",
        "date_form": "month-year",
        "type": "worksheet",
        "subjects": ["campaign planning", "indigenous peoples"],
        "title": "Action Planning Sheet: Indigenous Land Rights",
        "title_variants": ["Indigenous Land Rights", "Action Planning Sheet"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["CA"],
        "notes": "Canadian branch, 'Winnipeg workshop, October 2000'. Planning grid (objective, target, tactics, "
                 "timeline) on an indigenous land-rights issue in Canada: campaign planning, indigenous peoples, "
                 "places CA. Question 3 (following First Nations' own organizations) is about indigenous "
                 "leadership, not an alliance of organisations: no coalition building (judgement call). "
                 "Mentioned: the 1999 Supreme Court Marshall decision, deadline 'by 15 January'.",
        "text": """OPEN HANDS CANADA / MAINS OUVERTES CANADA
Prairies Branch -- Winnipeg workshop, October 2000

ACTION PLANNING SHEET: INDIGENOUS LAND RIGHTS

Work in your table group. You have 40 minutes.

Background: several First Nations in the region are in dispute with the
provincial and federal governments over logging and flooding on lands
they have never ceded. Since the Supreme Court's 1999 Marshall decision
on treaty rights, tensions have grown; some community members who
blockaded a logging road have been arrested.

1. What change do you want to see in 12 months? (One sentence.)
   ______________________________________________________________

2. Who has the power to make that change? (Name a person or office.)
   ______________________________________________________________

3. Who are the First Nations' own organizations working on this, and
   how will you make sure your group follows their lead?
   ______________________________________________________________

4. Three things your group could do:
   a) ____________________________________________________________
   b) ____________________________________________________________
   c) ____________________________________________________________

5. Timeline

   Month      | What            | Who
   -----------|-----------------|---------------------
   Nov        |                 |
   Dec        |                 |
   Jan        |                 |

6. How will you know you have succeeded?
   ______________________________________________________________

Hand this sheet to the facilitator. Plans will be typed up and sent to
every group by 15 January.
"""
    },
    {
        "id": "644",
        "split": "holdout6",
        "date": "2001-03-24",
        "date_form": "us-numeric-two-digit",
        "type": "worksheet",
        "subjects": ["media work"],
        "title": "Writing Your Letter to the Editor: Media Worksheet",
        "title_variants": ["Writing Your Letter to the Editor", "Media Worksheet: Writing Your Letter to the Editor"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "US section, '3/24/01' read M/D/Y. A letter to the editor is media work, not letter writing. "
                 "'MEDIA WORKSHEET' stands above the heading: joined after it as in the guidelines' AGENDA "
                 "example; the other order and the heading alone are variants. The running line with the "
                 "training's name and date is not the title. The sample topic (death "
                 "penalty) only illustrates: not labelled.",
        "text": """Open Hands USA -- Pacific Northwest Media Training -- 3/24/01

MEDIA WORKSHEET
WRITING YOUR LETTER TO THE EDITOR

Letters pages are among the most-read parts of any paper. Editors want
letters that are short (150-200 words), timely and local.

Step 1. The hook. What article, event or anniversary are you responding
to? Give the headline and date.
_____________________________________________________________________

Step 2. Your main point, in one sentence.
(Example: "Washington should not resume executions while the risk of
executing an innocent person remains.")
_____________________________________________________________________

Step 3. One fact or story that supports it.
_____________________________________________________________________
_____________________________________________________________________

Step 4. What should readers (or officials) do?
_____________________________________________________________________

Step 5. Now write it. Count your words.
_____________________________________________________________________
_____________________________________________________________________
_____________________________________________________________________
_____________________________________________________________________

Checklist:  [ ] under 200 words   [ ] name, address, daytime phone
            [ ] no attachments -- paste into the e-mail
            [ ] sent within 2 days of the article
"""
    },
    # ------------------------------------------------------------------ evaluation forms
    {
        "id": "610",
        "split": "holdout6",
        "date": "1980-06-07",
        "date_form": "month-day-year",
        "type": "evaluation form",
        "subjects": ["death penalty", "lobbying", "vigils and demonstrations"],
        "title": "Death Penalty Abolition Training: Workshop Evaluation",
        "title_variants": ["Death Penalty Abolition Training", "Workshop Evaluation: Death Penalty Abolition Training"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Date of the training it evaluates (June 7, 1980). 'WORKSHOP EVALUATION' above the heading: "
                 "joined after it; other order and heading alone are variants. Questions on the legislature session "
                 "(lobbying, Texas: US) and on the vigil session (vigils and demonstrations). Mentioned: the "
                 "1976 Gregg decision, the 1982 legislative session.",
        "text": """WORKSHOP EVALUATION
Death Penalty Abolition Training
Dallas, Texas -- June 7, 1980
Open Hands USA, South Central Region

Please help us plan the next training. You need not sign this form.

1. Overall, how useful was today's training?
   Not useful  1    2    3    4    5  Very useful

2. The morning session, "Death Row in Texas since Gregg (1976)":
   Too basic ___   About right ___   Too detailed ___

3. The session on visiting and writing to members of the Texas
   Legislature before the 1982 session:
   Did you learn enough to set up a meeting with your own
   representative?   Yes ___   No ___   Not sure ___

4. The session on organizing a vigil on the night of an execution:
   Would your group be ready to hold one?   Yes ___   No ___
   What would you need? ______________________________________

5. What was the most useful thing you heard today?
   ___________________________________________________________

6. What should we drop or change next time?
   ___________________________________________________________

7. Lunch and facilities:   poor   fair   good   excellent

Thank you! Leave this form in the box by the door.
"""
    },
    {
        "id": "645",
        "split": "holdout6",
        "date": "2006-03-18",
        "date_form": "fr-full-date",
        "type": "evaluation form",
        "subjects": ["human rights defenders", "online activism", "urgent actions"],
        "title": "Journée de formation « Défenseurs des droits humains »: fiche d'évaluation",
        "title_variants": ["Journée de formation « Défenseurs des droits humains »", "Défenseurs des droits humains", "Fiche d'évaluation: Journée de formation « Défenseurs des droits humains »"],
        "title_devised": False,
        "audience": [],
        "language": "fr",
        "places": [],
        "notes": "'Lyon, le 18 mars 2006' is the training day. The generic 'FICHE D'ÉVALUATION' stands above the "
                 "heading: joined after it as in the guidelines' AGENDA example; the other order and the "
                 "heading alone are variants. Questions on the urgent actions session and on online security/e-mail actions "
                 "(online activism). Mentioned: 1998 UN Declaration on defenders.",
        "text": """Mains Ouvertes -- section française -- Groupe régional Lyon

FICHE D'ÉVALUATION
Journée de formation « Défenseurs des droits humains »
Lyon, le 18 mars 2006

Merci de remplir cette fiche avant de partir. Elle est anonyme.

1. La journée a-t-elle répondu à vos attentes ?
   □ pas du tout   □ un peu   □ en grande partie   □ tout à fait

2. Présentation « Qui sont les défenseurs ? » (la Déclaration de
   l'ONU de 1998, les menaces qu'ils subissent) :
   □ trop rapide   □ adaptée   □ trop longue
   Commentaire : ____________________________________________

3. Atelier « Actions urgentes pour les défenseurs menacés » :
   vous sentez-vous capable de rédiger un appel urgent ?
   □ oui   □ non   □ je ne sais pas

4. Atelier « Agir en ligne en sécurité » (pétitions électroniques,
   listes de diffusion, protéger les données des défenseurs) :
   notez de 1 (inutile) à 5 (très utile) : ____
   Qu'aimeriez-vous approfondir ? ___________________________

5. Ce que vous retiendrez en priorité : ___________________________

6. Suggestions pour une prochaine journée : _______________________
"""
    },
    {
        "id": "612",
        "split": "holdout6",
        "date": "1993-11-06",
        "date_form": "weekday-ordinal-day-month-year",
        "type": "evaluation form",
        "subjects": ["media work", "racial discrimination", "refugees"],
        "title": "What Did You Think? Youth Conference Feedback",
        "title_variants": ["What Did You Think?", "Youth Conference Feedback"],
        "title_devised": False,
        "audience": ["youth"],
        "language": "en",
        "places": [],
        "notes": "British youth conference 'Saturday 6th November 1993'. Rating questions per workshop: racism, "
                 "refugees, making a video/radio piece (media work). Youth conference for 14-18s: youth. The "
                 "'human rights quiz' icebreaker is a single line: not human rights education.",
        "text": """OPEN HANDS UK YOUTH CONFERENCE -- "NO BORDERS, NO BARRIERS"
Saturday 6th November 1993, Birmingham Central Library Theatre
(for young members and school groups aged 14-18)

WHAT DID YOU THINK?
Youth Conference Feedback

Tick a box for each part of the day.          :-)     :-|     :-(
Human rights quiz (warm-up)                   [ ]     [ ]     [ ]
Workshop A: Racism at school and on the street [ ]    [ ]     [ ]
Workshop B: Refugees -- one family's journey  [ ]     [ ]     [ ]
Workshop C: Make your own radio ad or video   [ ]     [ ]     [ ]
Lunch                                         [ ]     [ ]     [ ]

Which workshop did you go to?  A  /  B  /  C

What did you learn about racism that you didn't know before?
__________________________________________________________________

Would you feel able to tell a friend what it's like to be a refugee
in Britain?   yes / maybe / no

If you made an ad or video: would you like us to send it to local
radio or TV?   yes / no

What should we do differently next year?
__________________________________________________________________

Age ____   School or group (optional) _________________________
"""
    },
    {
        "id": "619",
        "split": "holdout6",
        "date": "2010-01-21",
        "date_form": "month-day-year",
        "type": "evaluation form",
        "subjects": ["online activism", "petitions"],
        "title": "Webinar Evaluation: Online Organizing 101",
        "title_variants": ["Online Organizing 101", "Online Organizing 101: Webinar Evaluation"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date of the webinar evaluated (January 21, 2010). Questions on the online petition module: "
                 "petitions (and online activism). 'Printed from survey link' line is noise.",
        "text": """Open Hands USA -- Activist Training Program
WEBINAR EVALUATION: ONLINE ORGANIZING 101
Webinar held January 21, 2010, 8:00-9:15 pm ET

[printed from survey link -- 1 of 2]

Q1. How did you hear about this webinar?
    ( ) e-mail   ( ) Facebook   ( ) Twitter   ( ) my local group   ( ) other

Q2. Rate the following (1 = poor, 5 = excellent):
    Presenter's clarity                          1  2  3  4  5
    Audio/video quality                          1  2  3  4  5
    Module 1: Building your e-mail list          1  2  3  4  5
    Module 2: Running an online petition         1  2  3  4  5
    Module 3: Social media for local groups      1  2  3  4  5

Q3. After this webinar, how confident are you about setting up an
    online petition for your group?
    ( ) not at all  ( ) somewhat  ( ) very

Q4. What one thing will you do differently online this month?
    [                                                          ]

Q5. Would you attend a follow-up webinar in the spring?
    ( ) yes  ( ) no  ( ) maybe

Q6. Any other comments?
    [                                                          ]

Thank you! Your answers are anonymous.
"""
    },
    # ------------------------------------------------------------------ sign-in sheets
    {
        "id": "606",
        "split": "holdout6",
        "date": "1975-02-13",
        "date_form": "weekday-abbrev-month-day-year",
        "type": "sign-in sheet",
        "subjects": ["letter writing"],
        "title": "Letter Writing Night: Sign In",
        "title_variants": ["Letter Writing Night", "Sign In: Letter Writing Night"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Filled in. Date line 'Thursday, Feb. 13, 1975' on its own line. Heading names a letter-writing "
                 "evening: letter writing. Column 'letters written' confirms. Handwritten names and phones are "
                 "noise.",
        "text": """OPEN HANDS -- GROUP 27, EVANSTON

LETTER WRITING NIGHT -- SIGN IN
Thursday, Feb. 13, 1975     First Congregational Church, parlor

   NAME                    ADDRESS                     PHONE        LETTERS WRITTEN
   ----------------------  --------------------------  -----------  ---------------
1. Helen Marquardt         1420 Judson Ave.            UN 4-2291          3
2. Rev. P. Sorensen        church office               DA 8-1040          2
3. Alice + Bob Kiley       918 Forest                  UN 4-7735          5
4. Tom Szabo               Northwestern, Bobb Hall     492-3310           1
5. Mrs. G. Winfield        2211 Ridge                  GR 5-0021          2
6. Naomi Fried             1500 Sherman #4B            --                 4
7. Dave Ostrowski          "                           UN 4-1198          2
8.
9.
10.
                                             TOTAL LETTERS:  19
Stamps: $4.20 from the kitty -- HM
"""
    },
    {
        "id": "608",
        "split": "holdout6",
        "date": None,
        "date_form": "none",
        "type": "sign-in sheet",
        "subjects": [],
        "title": "Please Sign In",
        "title_variants": [],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Blank sign-in sheet with no event name and no date: no subjects, date null. The generic heading "
                 "is all the document has, so it is transcribed. The tick box 'send me the newsletter' is a "
                 "column, not a topic.",
        "text": """                         PLEASE SIGN IN

    Welcome! Please print clearly so we can keep in touch.
    We never share or sell our list. If you already signed in at
    an earlier meeting, you don't need to give your address again --
    just your name, so we know how many came tonight.

 Name                  | Street / City / Zip            | Phone          | E-mail                  | Newsletter? (Y/N)
 ----------------------|--------------------------------|----------------|-------------------------|------------------
                       |                                |                |                         |
                       |                                |                |                         |
                       |                                |                |                         |
                       |                                |                |                         |
                       |                                |                |                         |
                       |                                |                |                         |
                       |                                |                |                         |
                       |                                |                |                         |
                       |                                |                |                         |
                       |                                |                |                         |

                                                             Open Hands USA   page ___
"""
    },
    {
        "id": "638",
        "split": "holdout6",
        "date": "1998-11-21",
        "date_form": "roman-month",
        "type": "sign-in sheet",
        "subjects": ["media work", "public speaking"],
        "title": "Curso «Hablar en público y ante los medios»: hoja de firmas",
        "title_variants": ["Curso «Hablar en público y ante los medios»", "Hablar en público y ante los medios", "Hoja de firmas"],
        "title_devised": False,
        "audience": [],
        "language": "es",
        "places": [],
        "notes": "Date '21.XI.1998' with a Roman month -> 1998-11-21; set after a separator on the heading line, "
                 "not part of the title. Course on public speaking and the media: both terms. 'Hoja de firmas' "
                 "follows the course name after a dash: joined as it reads.",
        "text": """MANOS ABIERTAS -- Grupo de Valencia (Grupo 9)

CURSO «HABLAR EN PÚBLICO Y ANTE LOS MEDIOS» -- HOJA DE FIRMAS -- 21.XI.1998
Lugar: Col·legi Major Rector Peset, sala 2

  Nombre y apellidos          Grupo / localidad        Teléfono        Firma
  --------------------------  -----------------------  --------------  ----------
  Amparo Belda Ruiz           Grupo 9 Valencia         96 351 22 80    A. Belda
  Josep Ll. Ferrer            Grupo 31 Castelló        964 21 10 45    J. Ferrer
  María Jesús Olmos           Grupo 9 Valencia         96 362 09 13    MJ Olmos
  Enrique Sanchis             Grupo 22 Alicante        96 520 77 01    E.S.
  Lucía Navarro Gil           Grupo 9 Valencia         --              L. Navarro
  Vicente Peiró               Grupo 31 Castelló        964 23 86 90    V. Peiró
  (ilegible)                  Gandia                   96 287 ...      --

  Formadora: Carmen Roig (prensa, Sección Española)
"""
    },
    {
        "id": "643",
        "split": "holdout6",
        "date": "2004-09-30",
        "date_form": "abbrev-weekday-abbrev-month-day-year",
        "type": "sign-in sheet",
        "subjects": ["vigils and demonstrations", "women's rights"],
        "title": "Stop Violence Against Women Vigil: Volunteer Sign-Up",
        "title_variants": ["Stop Violence Against Women Vigil", "Volunteer Sign-Up: Stop Violence Against Women Vigil"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Sheet for the vigil of 'Sept. 30, 2004' (date line on its own). Heading: a vigil on violence "
                 "against women: both terms. 'VOLUNTEER SIGN-UP' above the heading is joined after it. Partly filled in. Mentioned: set-up call 'Sept. 28' (no year).",
        "text": """VOLUNTEER SIGN-UP
STOP VIOLENCE AGAINST WOMEN VIGIL
Thurs. Sept. 30, 2004, 7 pm -- Pioneer Courthouse Square, Portland
Open Hands USA, Portland Groups 48 & 192 + PSU Student Chapter

Pick a job! Set-up crew meets at 5:30. Confirmation call on Sept. 28.

 Job                     | Name               | Phone / e-mail
 ------------------------|--------------------|----------------------------
 Set-up (chairs, table)  | Kevin Tran         | ktran@pdx.edu
 Set-up                  | Lorraine M.        | 503-555-0171
 Candles & lighters      | Grace Abernathy    | 503-555-0144
 Readers (names/stories) | Pilar Ruiz         | pilar.r@...
 Readers                 |                    |
 Sign-up table           | Sam Whitcomb       | 503-555-0190
 Photography             |                    |
 Clean-up                | Deb + Jordan       | 503-555-0102
 Clean-up                |                    |
"""
    },
    # ------------------------------------------------------------------ letters
    {
        "id": "621",
        "split": "holdout6",
        "date": "1972-12-04",
        "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["campaigning", "letter writing", "media work", "petitions", "torture"],
        "title": "[Letter from the national director to group coordinators launching the campaign against torture]",
        "title_variants": ["[Letter to group coordinators launching the campaign against torture]"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Typed letter with salutation and signature: devised title. It launches the organisation's "
                 "campaign as a whole: campaigning + torture. Numbered list of what groups can do: petitions, "
                 "letter writing (to governments), media work (local press). Mentioned: Human Rights Day "
                 "December 10, the target of 'March 1973' for signatures, the 1948 Declaration. 'Dear Group "
                 "Coordinator' -> local groups.",
        "text": """                              OPEN HANDS USA
                  200 West 72nd Street, New York, N.Y. 10023
                            Telephone (212) 555-4410

                                                        December 4, 1972

Dear Group Coordinator,

Torture is not a thing of the past. Our research staff have documented
its use, as a routine tool of interrogation, in more than thirty
countries in the last two years alone. That is why the International
Council has decided to launch, on Human Rights Day, December 10, a
world-wide Campaign for the Abolition of Torture -- the first campaign in
our history that is not about particular prisoners but about a practice.

The campaign has one aim: that the United Nations and every government
declare torture outlawed, and mean it. It will run for a year. I am
asking every group in this country to take part. Here is what we ask
of you:

   1. Collect signatures for the enclosed petition to the UN General
      Assembly. Our national target is 100,000 signatures by the end of
      March 1973. Send completed sheets to this office.

   2. Each member write at least one letter to the government of one of
      the countries named in the enclosed briefing, asking for an
      inquiry into the cases described.

   3. Tell your local newspaper and radio station. A press release you
      can adapt is enclosed; so is a photograph.

The enclosed packet contains the petition sheets, the briefing, the
press release and a poster. More are available at cost.

This is new ground for us. Please write and tell me how your group
gets on -- what works, and what does not.

With warm regards,

                                              [signed]
                                              Ellen R. Haverford
                                              National Director

Enc.
"""
    },
    {
        "id": "625",
        "split": "holdout6",
        "date": "1983-07-14",
        "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["fundraising"],
        "title": "[Letter from the Open Hands UK fundraising officer to a member thanking her for a donation and about a standing order]",
        "title_variants": ["[Letter to a member thanking her for a donation]", "[Letter thanking a member for her donation and about a standing order]"],
        "title_devised": True,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Dateline '14th July 1983' wins over the RECEIVED stamp (18 JUL 1983) on this file copy and "
                 "the mentioned dates (the donation of 2 July, the first standing-order payment on 1st August, "
                 "the movement in Britain since 1961). "
                 "Reference line and typist's initials are noise. Addressed to one member: no audience.",
        "text": """OPEN HANDS UK
Tower House, 8-14 Southampton Street, London WC2E 7HF
Telephone 01-836 5550

Our ref: FR/MS/jt                                         FILE COPY

                                                    14th July 1983

Mrs D. Abernethy
4 Larkhall Rise
Bath BA1 6RS

Dear Mrs Abernethy,

Thank you very much for your generous donation of £50, received on
2 July with your kind note. It will go straight to work: £50 pays for
the research needed to prepare one prisoner's case for adoption by a
local group.

You asked whether you could give regularly instead of in one sum. You
can, and it helps us enormously, because regular income lets us plan
our research and our campaigns months ahead. I enclose a standing order
form. If you return it to me, your first payment would be made on
1st August; you can change or cancel it at any time through your bank.

If you pay income tax, a deed of covenant for four years would allow us
to reclaim the tax on your gift, adding about a third to its value at
no cost to you. The form is also enclosed.

The movement in Britain has relied on its members' gifts since 1961; we
accept no money from governments, and that is why your support matters.

With many thanks and best wishes,

Yours sincerely,

Margaret Stainton
Fundraising Officer
                                                RECEIVED 18 JUL 1983 (F.R.)
"""
    },
    {
        "id": "649",
        "split": "holdout6",
        "date": "1979-08-03",
        "date_form": "es-full-date-closing",
        "type": "letter",
        "subjects": ["disappearances", "letter writing"],
        "title": "[Letter from the mother of a disappeared student in Buenos Aires to a local group thanking it for its letters]",
        "title_variants": ["[Carta de la madre de un estudiante desaparecido al grupo local agradeciendo sus cartas]", "[Letter from the mother of a disappeared student to a local group]"],
        "title_devised": True,
        "audience": [],
        "language": "es",
        "places": ["AR"],
        "notes": "Dateline at the end, 'Buenos Aires, 3 de agosto de 1979', is the date. Disappearance of her son "
                 "in Argentina: disappearances, AR. A paragraph on the group's letters and on asking them to keep "
                 "writing to the authorities: letter writing. Her Thursday marches at the Plaza de Mayo are one "
                 "clause (in passing: no vigils). Mentioned: the son's abduction on 14 de mayo de 1977, the "
                 "OAS commission's visit 'en septiembre'. Addressed to one group: no audience (a group is not "
                 "addressed as a kind of reader).",
        "text": """Queridos amigos del Grupo 12 de Manos Abiertas:

No saben ustedes lo que significaron para mí sus cartas. Cuando llegó
la primera, con aquella foto de todos ustedes en la escalera de la
iglesia, lloré toda la tarde. Hacía más de un año que nadie fuera de
la familia me preguntaba por Martín.

Como saben, mi hijo Martín Ezequiel Lorenzo, estudiante de arquitectura,
fue secuestrado de nuestra casa el 14 de mayo de 1977 por hombres de
civil que no mostraron ninguna orden. Desde entonces he recorrido
comisarías, cuarteles, juzgados y el Ministerio del Interior. En todas
partes me dicen lo mismo: que no está detenido, que no saben nada. He
presentado tres recursos de hábeas corpus; los tres fueron rechazados.
Los jueves voy a la Plaza con las otras madres.

Les pido que no dejen de escribir. Escriban al Ministro del Interior,
al Presidente de la Corte Suprema, al comandante del Primer Cuerpo de
Ejército. Aunque no contesten, las cartas llegan y se sabe que alguien
de afuera está mirando. Dicen que en septiembre vendrá la Comisión de
la OEA; que sepan que Martín tiene amigos en el extranjero.

Les mando una foto de Martín cuando se recibió de bachiller. Guárdenla,
por favor.

Con todo mi cariño y mi gratitud,

                                   Elena Sáenz de Lorenzo

Buenos Aires, 3 de agosto de 1979
"""
    },
    {
        "id": "627",
        "split": "holdout6",
        "date": "1998-12-03",
        "date_form": "email-header",
        "type": "letter",
        "subjects": ["human rights defenders", "letter writing"],
        "title": "[E-mail from the student program coordinator to student group leaders about the Write-a-thon for human rights defenders]",
        "title_variants": ["Write-a-thon for Human Rights Day -- packets are out!", "[E-mail to student group leaders about the Human Rights Day write-a-thon]"],
        "title_devised": True,
        "audience": ["student groups"],
        "language": "en",
        "places": [],
        "notes": "E-mail opening 'Hi everyone' and signed: a letter (subject line is a variant). Date from the "
                 "header, Thu, 3 Dec 1998. Write-a-thon of letters for defenders: letter writing, human rights "
                 "defenders. Mentioned: Human Rights Day December 10, the 50th anniversary of the 1948 "
                 "Declaration, the UN Declaration on defenders adopted this year (not its date), reports due "
                 "Dec. 18. Cases named (Nigeria, Colombia...) with a line each: no places.",
        "text": """From: Lisa Moreno <lmoreno@openhandsusa.org>
To: student-leaders@lists.openhandsusa.org
Date: Thu, 3 Dec 1998 16:42:07 -0500
Subject: Write-a-thon for Human Rights Day -- packets are out!

Hi everyone,

Just a quick note before finals swallow you all: the Write-a-thon
packets went out by priority mail on Monday, so every chapter on the
list should have one by now. If yours hasn't arrived, email me and I'll
send the files as attachments (WordPerfect or plain text, your choice).

The idea, again: on or around December 10 -- Human Rights Day, and this
year the 50th anniversary of the Universal Declaration -- set up a table
somewhere busy for a few hours and get people writing. This year all
six cases are human rights defenders: lawyers, journalists, union
organizers and community leaders who are threatened or jailed for
standing up for other people's rights. The UN adopted a Declaration on
Human Rights Defenders just this year, so it's a great hook.

The cases:
  - an environmental activist in Nigeria, jailed since 1996
  - a human rights lawyer in Colombia who has had death threats
  - a trade unionist in Turkey
  - three more in the packet

Tips from last year's champs (Oberlin wrote 1,100 letters!):
  * Have pre-addressed envelopes and a sample letter at the table.
  * Get a professor to give extra credit. Seriously, it works.
  * Count every letter and send me your total by Dec. 18.

Thanks, all of you. Good luck with exams.

Lisa
--
Lisa Moreno, Student Program Coordinator
Open Hands USA | 322 Eighth Ave, New York NY 10001 | (212) 555-4471
"""
    },
    {
        "id": "620",
        "split": "holdout6",
        "date": "1988-02-02",
        "date_form": "fr-full-date",
        "type": "letter",
        "subjects": ["lobbying", "refugees"],
        "title": "[Circular letter from the French section to local groups about the defence of asylum-seekers and writing to deputies]",
        "title_variants": ["[Lettre circulaire aux groupes locaux sur les demandeurs d'asile]", "Demandeurs d'asile : agir auprès des députés", "[Circular letter to local groups about asylum-seekers]"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "fr",
        "places": ["FR"],
        "notes": "Dateline 'Paris, le 2 février 1988'. Salutation 'Chers amis des groupes' and signature: a "
                 "letter; its 'Objet :' line is a variant. French asylum procedure and writing to French deputies: "
                 "refugees, lobbying, FR. Mentioned: the 1986 law, the OFPRA, 'avant le 15 mars' deadline, the "
                 "1951 Geneva Convention.",
        "text": """MAINS OUVERTES -- SECTION FRANÇAISE
4, rue de la Pierre-Levée -- 75011 Paris -- Tél. (1) 43 38 74 74

                                            Paris, le 2 février 1988

Objet : Demandeurs d'asile : agir auprès des députés

Chers amis des groupes,

Depuis la loi de 1986, les demandeurs d'asile arrivant à nos frontières
sont de plus en plus souvent refoulés avant même d'avoir pu déposer
leur demande. D'autres attendent des mois une réponse de l'OFPRA sans
droit au travail et avec une aide dérisoire. Plusieurs groupes nous ont
signalé des cas de personnes renvoyées vers des pays où elles risquent
la prison ou la torture, en violation de la Convention de Genève de
1951.

Le Bureau exécutif a décidé de demander aux groupes de rencontrer, avant
le 15 mars, les députés de leur circonscription. Nous vous demandons :

  - d'écrire à votre député pour solliciter un rendez-vous, en joignant
    la note ci-jointe « L'asile en France : nos préoccupations » ;
  - de lui demander de soutenir un droit de recours suspensif contre
    les décisions de refus d'entrée ;
  - de nous envoyer un bref compte rendu de l'entretien.

N'hésitez pas à vous faire accompagner d'un membre d'une association
locale d'aide aux réfugiés, qui connaîtra les situations concrètes.

Nous comptons sur vous. Bien amicalement,

                                        Françoise Delmas
                                        Commission Réfugiés
"""
    },
    {
        "id": "603",
        "split": "holdout6",
        "date": "2002-05-22",
        "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["fundraising", "online activism", "urgent actions"],
        "title": "[Welcome letter from the membership director to a new member]",
        "title_variants": ["[Letter welcoming a new member to Open Hands USA]"],
        "title_devised": True,
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "Letter with salutation and signature to a new member: new members. The bulleted ways to get "
                 "involved count item by item: the Urgent Action network, the e-action network (online "
                 "activism), monthly giving (fundraising); 'come to a local group meeting' is no term (not "
                 "starting or running a group). Mentioned: the AGM in "
                 "Chicago 'next April' (no year). The letterhead's mission line is noise.",
        "text": """OPEN HANDS USA
"Working for every prisoner of conscience, everywhere"
322 Eighth Avenue, New York, NY 10001 -- 1-800-555-4470 -- www.openhandsusa.org

May 22, 2002

Mr. Kwame Asante
1187 Cherry Lane
Ann Arbor, MI 48104

Dear Kwame,

Welcome to Open Hands! Your membership card is enclosed, together with
your first copy of our quarterly magazine. You are now one of more than
200,000 members in this country who believe that ordinary people can
stand up for those whose rights are under attack.

There are many ways to put your membership to work. Choose the ones that
suit you:

  * Join the Urgent Action Network. When someone is in immediate danger
    -- at risk of torture or execution -- we send you a short appeal,
    and you send a letter, fax or e-mail within days. Return the
    enclosed card to sign up.

  * Join our e-action network at www.openhandsusa.org/act. You'll get
    online actions by e-mail: sign, forward, and tell your friends.

  * Come to a meeting of your local group. The Ann Arbor group meets on
    the second Tuesday of each month at the Michigan League.

  * Become a monthly donor. Our work depends on members, not governments.
    Even $10 a month lets us plan research and respond to emergencies.

Our annual general meeting will be in Chicago next April -- all
members are welcome.

Thank you for joining us.

Sincerely,

Anita Vasquez-Hale
Director of Membership
"""
    },
    # ------------------------------------------------------------------ memos
    {
        "id": "656",
        "split": "holdout6",
        "date": "1978-10-03",
        "date_form": "us-numeric-two-digit",
        "type": "memo",
        "subjects": ["prisoners of conscience"],
        "title": "New case sheets and adoption caseload",
        "title_variants": ["[Memo from the Adoption Coordinator to area coordinators about new case sheets and the adoption caseload]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Typed memo, DATE: 10/3/78 (US section: M/D/Y). The RE: line is the title. Addressed to Area "
                 "Coordinators (not an audience term). RECEIVED OCT 9 1978 stamp is not the date. Mentioned: "
                 "the January 1979 changeover, the 1977 Nobel Peace Prize, 'by November 15'. Prisoners' "
                 "countries are not named: no places.",
        "text": """                          M E M O R A N D U M
                                                      RECEIVED
TO:      Area Coordinators                            OCT 9 1978
FROM:    Carol Lindqvist, Adoption Coordinator        Area 6
DATE:    10/3/78
RE:      New case sheets and adoption caseload

1. From January 1979 the International Secretariat will send new
adoption cases on a single revised case sheet (sample attached). The
old three-part dossiers will no longer be issued. Please make sure the
groups in your area understand that the short sheet does not mean a
less important case.

2. Since the Nobel Prize last year our membership has grown faster than
the supply of cases. We now have 61 groups in the US waiting for a
first or second prisoner. Please do NOT promise groups a case by a
particular date.

3. Groups holding a case for more than five years without any news
should ask this office for a case review. Several long-term prisoners
have been released without the adopting group ever hearing of it.

4. Please send me, by November 15, a list of the groups in your area
with the names of their adopted prisoners and the date of the last
reply received from any authority.

Thanks for all you do.   C.L.

cc: Executive Director; Research liaison
"""
    },
    {
        "id": "647",
        "split": "holdout6",
        "date": "1997-06-03",
        "date_form": "day-month-year",
        "type": "memo",
        "subjects": ["fundraising"],
        "title": "Income strategy 1997-2000: legacies, trusts and regular giving",
        "title_variants": ["Income strategy 1997-2000", "[Memo from the Head of Fundraising to the Section Board about the income strategy]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "British memo, 'Date: 3 June 1997'. Subject line is the title; the part before the colon is a "
                 "variant. The Board is not an audience term. Proposal (d), a fundraising pack for groups, is "
                 "fundraising too, so no other term. "
                 "Mentioned: 1996/97 income figures, the Board meeting of 21 June, the financial years to "
                 "2000 discussed (not the date).",
        "text": """OPEN HANDS UK

MEMORANDUM

To:       Members of the Section Board
From:     Rachel Odunsi, Head of Fundraising
Date:     3 June 1997
Subject:  Income strategy 1997-2000: legacies, trusts and regular giving

For discussion at the Board meeting on 21 June.

1. Where we are
In 1996/97 our income was £4.1m. Nearly 60% came from members'
subscriptions and regular donations; 18% from legacies; 9% from
charitable trusts; the rest from appeals, trading and local group
remittances. We take no government money and will not.

2. The problem
Income from one-off appeals is falling year on year. Legacies are
rising but cannot be predicted: two large bequests account for most
of last year's figure.

3. Proposals
(a) Regular giving: move members from annual subscriptions to monthly
direct debit. Target: 15,000 new direct debits by March 2000.
(b) Legacies: a low-key legacy leaflet in every mailing to members over
60; a solicitors' mailing in the autumn.
(c) Trusts: apply to trusts only for clearly charitable work (human
rights education, research publications) so as to protect our
independence.
(d) Local groups: a new fundraising pack for groups, with a share of
proceeds retained locally.

4. Costs
An investment of £120,000 in year one, expected to return four times
that over three years.

I would be grateful for the Board's views on (c) in particular.

RO/ph
"""
    },
    {
        "id": "646",
        "split": "holdout6",
        "date": "2005-08-15",
        "date_form": "email-header-weekday",
        "type": "memo",
        "subjects": ["facilitation"],
        "title": "Revised facilitation module + new evaluation forms",
        "title_variants": ["[E-mail memo to trainers about the revised facilitation module and new evaluation forms]"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "E-mail in memo form (To/From/Sent/Subject, no greeting, initials only): a memo; the Subject is "
                 "the title. 'Sent: Monday, August 15, 2005'. To all trainers: trainers. The body covers the "
                 "revised module on running sessions: facilitation. Mentioned: the June 2005 trainers' "
                 "retreat, sessions from September 1, the old 1999 forms.",
        "text": """To: ALL-TRAINERS list
From: Marcus Bell, Training Coordinator
Sent: Monday, August 15, 2005 10:12 AM
Subject: Revised facilitation module + new evaluation forms
Attachments: Facilitation_Module_v3.doc; Eval_form_2005.doc

All --

Two attachments, both to be used from September 1.

1) FACILITATION MODULE (v3). This is the "Running the Room" module
rewritten after the June retreat. Main changes:
   - new opening section on setting ground rules with the group
     instead of for it
   - the "difficult participants" role-play replaced by three short
     scenarios (the dominator, the silent one, the side-talker)
   - a 10-minute segment on co-facilitating: who leads when, how to
     hand over, how to disagree in front of a group (answer: don't)
   - timing cut from 3 hrs to 2.5 hrs
Please read the whole thing before you next deliver it -- the old
handouts won't match.

2) EVALUATION FORM. One page instead of two. Same 1-5 scale so we can
compare with the old data. Please return scanned forms to me within
two weeks of each training, not at the end of the year.

The old 1999 forms can go in the recycling.

Questions to me or to Dee. Thanks --  M.
"""
    },
    {
        "id": "642",
        "split": "holdout6",
        "date": "1989-01-24",
        "date_form": "month-day-year",
        "type": "memo",
        "subjects": ["arms control", "campaigning", "lobbying"],
        "title": 'Launch of the "Stop the Arms Flow" campaign: materials for student chapters',
        "title_variants": ["Launch of the Stop the Arms Flow campaign", "[Memo to student chapter contacts about the launch of the arms transfers campaign]"],
        "title_devised": False,
        "audience": ["student groups"],
        "language": "en",
        "places": ["US"],
        "notes": "Typed memo with RE: line (the title). Launches the campaign as a whole: campaigning + arms control "
                 "(military and police transfers). To student chapter contacts: student groups. Mentioned: "
                 "launch date February 15 (another event), the spring semester, order deadline Feb. 6. "
                 "The list of what chapters should do counts item by item: postcards to senators is lobbying "
                 "(US Congress, and US transfers: places US); the campus event and the video are no term.",
        "text": """OPEN HANDS USA
MEMORANDUM

TO:     Student Chapter Contacts
FROM:   Dana Whitaker, Student Program
DATE:   January 24, 1989
RE:     Launch of the "Stop the Arms Flow" campaign: materials for student chapters

The new campaign on transfers of weapons, police equipment and training
to governments that torture and kill will be launched nationally on
February 15. Its demand is simple: no transfers where they will be used
for human rights violations, and public reporting of every license.

For the spring semester we ask each chapter to:
  - hold one campus event on the arms trade (speaker list enclosed);
  - screen the 20-minute video "Made in USA" (two copies per region --
    book through your regional office);
  - collect postcards addressed to your two senators.

Materials enclosed: campaign brochure (50), poster (5), postcard sample,
fact sheet on US transfers to Central America.

Order more by Feb. 6 using the green form. Questions: (212) 555-4478.

DW:kr
"""
    },
    # ------------------------------------------------------------------ flyers
    {
        "id": "640",
        "split": "holdout6",
        "date": "1982-12-10",
        "date_form": "weekday-month-day-year",
        "type": "flyer",
        "subjects": ["disappearances", "vigils and demonstrations"],
        "title": "Candlelight Vigil for the Disappeared of El Salvador",
        "title_variants": ["Candlelight Vigil"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["SV"],
        "notes": "Flyer for the vigil of Friday, December 10, 1982. The disappeared of El Salvador: SV. Mentioned: "
                 "'since 1979' (history), Human Rights Day.",
        "text": """             OPEN HANDS -- SAN FRANCISCO BAY AREA GROUPS

                       CANDLELIGHT VIGIL
                    FOR THE DISAPPEARED
                      OF EL SALVADOR

               Friday, December 10, 1982 -- 6:00 p.m.
                Human Rights Day -- Union Square, S.F.

   Since 1979 thousands of Salvadorans have been taken from their homes,
   their fields and their workplaces by uniformed and plain-clothes men
   -- and never seen again. Their families do not know whether they are
   alive or dead.

            Bring a candle. Bring a friend. Stand with them.

              Silent vigil, 6:00-7:00 -- reading of names

     Information: (415) 555-2718      Bay Area Office, 3618 Sacramento St.
"""
    },
    {
        "id": "660",
        "split": "holdout6",
        "date": None,
        "date_form": "none",
        "type": "flyer",
        "subjects": ["freedom of expression", "prisoners of conscience"],
        "title": "Silenced: Journalists in Prison in Turkey",
        "title_variants": ["Silenced", "Public Meeting: Silenced: Journalists in Prison in Turkey", "Silenced: Journalists in Prison in Turkey: Public Meeting"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["TR"],
        "notes": "Flyer dated only 'Wednesday 14 October' with no year: date null (a day and month without a "
                 "year is not a date label). The heading is on journalists jailed for what "
                 "they wrote in Turkey: freedom of expression and prisoners of conscience (a judgement call: "
                 "the words 'prisoner of conscience' are not used), TR. 'PUBLIC MEETING' above the heading "
                 "names the kind of event, not a generic document word: the heading alone is the title, both "
                 "joined orders are variants (judgement call).",
        "text": """OPEN HANDS UK -- CAMBRIDGE GROUP

                     PUBLIC MEETING

                       SILENCED:
           JOURNALISTS IN PRISON IN TURKEY

              Wednesday 14 October, 8 pm
         Emmanuel United Reformed Church, Trumpington St

Dozens of journalists, editors and publishers are behind bars in Turkey
for what they have written. Hear a Kurdish journalist who spent three
years in Diyarbakır prison, and a lawyer who defends the press.

Chaired by Dr Peter Lyall (Faculty of Oriental Studies). Questions from
the floor. Wheelchair access by the side door in Downing Place.

                     Free admission -- all welcome
                Collection for the group's casework
"""
    },
    {
        "id": "659",
        "split": "holdout6",
        "date": "2000-09-12",
        "date_form": "us-numeric-two-digit",
        "type": "flyer",
        "subjects": ["recruitment"],
        "title": "Join Us! Open Hands Info Night",
        "title_variants": ["Open Hands Info Night", "Join Us!"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Campus flyer for the info night of 9/12/00 (US: M/D/Y). A call to join: recruitment. Audience "
                 "not stated as a term (students at large are not 'student groups'). Topics in the 'we work on' "
                 "line are an example list in one sentence: in passing.",
        "text": """           *** JOIN US! ***
     OPEN HANDS INFO NIGHT
  UW-Madison Student Chapter

  TUES 9/12/00  7 PM  MEMORIAL UNION, ROOM TBA

  Care about human rights? Want to DO something, not just read about it?
  We write letters for prisoners, campaign against the death penalty and
  torture, and throw the best benefit shows on campus.

  FREE PIZZA    No experience needed    Bring a friend

  Find out what we're planning this semester, meet the officers,
  and sign up for the e-mail list. Stay for ten minutes or all night.
  Room number will be posted at the Union front desk.

  openhands@students.wisc.edu  --  meetings every Tuesday
"""
    },
    {
        "id": "626",
        "split": "holdout6",
        "date": "1976-05-15",
        "date_form": "abbrev-weekday-month-ordinal-two-digit-year",
        "type": "flyer",
        "subjects": ["fundraising", "prisoners of conscience"],
        "title": "Benefit Folk Concert for Prisoners of Conscience",
        "title_variants": ["Benefit Folk Concert"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date 'Sat. May 15th '76': two-digit year 1976. A benefit concert: fundraising; for the group's "
                 "prisoners of conscience, with a paragraph on them: prisoners of conscience. Countries named in "
                 "one clause: no places.",
        "text": """                      * OPEN HANDS GROUP 9 presents *

                      BENEFIT FOLK CONCERT
                 FOR PRISONERS OF CONSCIENCE

            with  THE CUMBERLAND RAMBLERS
                  JUDY HALVERSEN
                  "DOC" TRUMBULL & THE SKYLARKS

                  Sat. May 15th '76    8 P.M.
             Unitarian Church Hall, 1187 Franklin St.

     Group 9 works for three men and women imprisoned for their beliefs
     -- in Indonesia, Paraguay and the Soviet Union -- who have never
     used or advocated violence. Every dollar buys stamps, telegrams,
     and parcels for their families.

           Admission $2.50  --  Students $1.50  --  Refreshments
"""
    },
    # ------------------------------------------------------------------ newsletters
    {
        "id": "654",
        "split": "holdout6",
        "date": "1974",
        "date_form": "volume-season",
        "type": "newsletter",
        "subjects": ["death penalty", "freedom of religion", "fundraising", "group organizing", "prisoners of conscience"],
        "title": "Open Hands Newsletter",
        "title_variants": ["Open Hands Newsletter, Vol. 2, No. 3, Summer 1974", "Open Hands Newsletter, Vol. 2, No. 3"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["SU", "US"],
        "notes": "'Vol. 2, No. 3 -- Summer 1974': a season gives the year. Items: adopted Baptist pastor in the "
                 "USSR (prisoners of conscience, freedom of religion, SU); death penalty statutes in the states "
                 "after Furman (death penalty, US); new groups and how to start one (group organizing); a "
                 "group's fundraising ideas (fundraising). The sentence asking for letters inside the pastor item and "
                 "the 'letter-a-thon' inside the fundraising item are in passing: no letter writing. Mentioned: "
                 "Furman 1972, the pastor's arrest in 1971, the Board's May vote, the fall conference October "
                 "19-20.",
        "text": """=====================================================================
                     OPEN HANDS NEWSLETTER
     Vol. 2, No. 3 -- Summer 1974        Open Hands USA, New York
=====================================================================

PASTOR VINS'KY: THIRD YEAR IN CAMP
Group 14 (Philadelphia) reports no reply to more than 200 letters sent
on behalf of Pyotr Vins'ky, the Baptist pastor serving five years in a
strict-regime camp in the Perm region for organizing unregistered
prayer meetings and printing hymn books. He was arrested in 1971. His
wife, who has five children, wrote in April that parcels are again
being returned. Letters to the Procurator-General and to the camp
commandant are needed more than ever. Freedom to worship, alone or in
community, is a right the Soviet constitution itself promises.

THE DEATH PENALTY RETURNS
Since the Supreme Court's Furman decision in 1972, at least 28 states
have passed new death penalty laws, and the new death rows are filling.
Our Board voted in May to oppose the death penalty in all cases. A
position paper for groups is in preparation.

TEN NEW GROUPS
We welcome new groups in Austin, Ann Arbor, Bloomington, Eugene,
Madison, Northampton, Princeton, St. Paul, Tucson and Yellow Springs.
Want to start one? You need six people, a meeting place and a letter
to the National Office. We send a starter kit with the handbook and
a first case. New groups should choose a coordinator and a treasurer
at their first meeting.

HOW GROUP 3 PAID ITS POSTAGE
A plant sale, a bake sale and a "letter-a-thon" in which sponsors paid
10 cents a letter brought Group 3 (Boston) $640 this spring. Their
secret: ask local shops for donated prizes and put the group's name on
everything.

CALENDAR
  Fall conference: October 19-20, Chicago. Details in the next issue.
"""
    },
    {
        "id": "639",
        "split": "holdout6",
        "date": "1987",
        "date_form": "season-split-year-range",
        "type": "newsletter",
        "subjects": ["letter writing", "media work", "prisoners of conscience", "racial discrimination"],
        "title": "Northern Region Bulletin",
        "title_variants": ["Northern Region Bulletin, Issue 14, Autumn/Winter 1987/88", "Northern Region Bulletin, Issue 14"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["ZA"],
        "notes": "'Issue 14 -- Autumn/Winter 1987/88': first year. Items: detention and apartheid in South Africa "
                 "(racial discrimination, ZA; people detained for peaceful opposition, two of them taken up by "
                 "groups: prisoners of conscience, a judgement call; beatings of detainees are one clause), the group letter-writing "
                 "marathon (letter writing), the media day (media work). The regional conference item is "
                 "a short notice of another event: no term. Mentioned: the 1986 state of emergency, the "
                 "conference 5 March 1988, media day 16 January.",
        "text": """NORTHERN REGION BULLETIN
Open Hands UK -- Issue 14 -- Autumn/Winter 1987/88
Regional office: 12 Hyde Terrace, Leeds LS2 9LN (0532) 44 51 20

-----------------------------------------------------------------------
SOUTH AFRICA: DETAINED FOR SAYING NO TO APARTHEID
Under the state of emergency declared in 1986 thousands of people have
been held without charge, among them children, for opposing a system
that denies black South Africans the vote, decides where they may live
and work, and segregates schools and hospitals by law. Many detainees
report beatings. Groups in Bradford and Sheffield have taken up the
cases of two community workers from the Eastern Cape; the region will
ask the South African Embassy for a meeting in the new year.

LETTER-WRITING MARATHON
Thirty-one members turned up in Harrogate for the November marathon:
412 letters in one afternoon, to eleven governments. Special thanks to
the Wetherby group for the soup. The next marathon will be in York --
if your group can host, ring Pat.

MEDIA DAY, 16 JANUARY
A one-day course on getting our work into the local papers and on
Radio Leeds: writing a press release, being interviewed, letters to
the editor. Led by a BBC producer who is a member in Ilkley. Places
limited to 20 -- book through the office.

REGIONAL CONFERENCE
Saturday 5 March 1988, Leeds Civic Hall. Put it in your diary now.

Bulletin edited by G. Haworth. Contributions for Issue 15 by 1 February.
"""
    },
    {
        "id": "618",
        "split": "holdout6",
        "date": "2009-11-10",
        "date_form": "email-header",
        "type": "newsletter",
        "subjects": ["LGBT rights", "freedom of expression", "online activism", "petitions", "prisoners of conscience", "public speaking"],
        "title": "Action Update",
        "title_variants": ["Action Update #47", "Open Hands Action Update"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["IR", "UG"],
        "notes": "E-mail newsletter (masthead 'ACTION UPDATE #47' with several items): a newsletter; date from the "
                 "e-mail header. Items: online petition for jailed Iranian bloggers (online activism, petitions, "
                 "freedom of expression, IR); Uganda's anti-homosexuality bill (LGBT rights, UG); a speakers' "
                 "training webinar (public speaking). The bloggers are jailed for what they wrote: prisoners of "
                 "conscience too (judgement call, as for jailed journalists elsewhere in the set, though the "
                 "words are not used); the death penalty is one clause of the Uganda item. Mentioned: the "
                 "June elections in Iran, the bill introduced October 14, webinar December 3, petition delivery "
                 "on Human Rights Day.",
        "text": """From: Open Hands USA <action@openhandsusa.org>
Date: Tue, 10 Nov 2009 09:30:00 -0500
Subject: Action Update #47: Iran's bloggers, Uganda, and your voice

  ACTION UPDATE #47
  News and actions from Open Hands USA  |  View in browser
  --------------------------------------------------------------

  IRAN: FREE THE BLOGGERS
  Since the disputed June elections, dozens of Iranians have been jailed
  for what they wrote online -- on blogs, Facebook and Twitter. Some have
  been sentenced to years in prison for "propaganda against the system."
  Our online petition to the Head of the Judiciary has 38,211 signatures.
  Help us reach 50,000 before we deliver it on Human Rights Day:
  >> Sign now and forward this e-mail to five friends.

  UGANDA: A BILL THAT WOULD PUNISH LOVE
  A bill introduced in Uganda's parliament on October 14 would impose
  life imprisonment -- and in some cases the death penalty -- for
  homosexuality, and jail anyone who fails to report gay or lesbian
  people to the police. Activists in Kampala have asked for
  international support. Read our briefing and share it.

  SPEAK UP: FREE WEBINAR FOR MEMBER SPEAKERS
  Want to talk about human rights at your church, club or school but
  don't know where to start? Our speakers' trainer will cover
  structuring a 20-minute talk, handling nerves and answering tough
  questions. Thursday, December 3, 8 pm ET. Register online.

  --------------------------------------------------------------
  You are receiving this because you joined our e-action network.
  Unsubscribe | Update your profile | 322 Eighth Ave, New York NY 10001
"""
    },
    {
        "id": "616",
        "split": "holdout6",
        "date": "1995-03",
        "date_form": "month-year",
        "type": "newsletter",
        "subjects": ["facilitation", "indigenous peoples", "refugees"],
        "title": "Trainers' Network News",
        "title_variants": ["Trainers' Network News, No. 9, March 1995", "Trainers' Network News, No. 9"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "Issue 'No. 9, March 1995'. For the trainers' network: trainers. Items: the new refugee module "
                 "(refugees), the indigenous rights pilot (indigenous peoples), 'Tricks of the trade' on "
                 "running sessions (facilitation). The retreat notice is another event: no term. Mentioned: "
                 "pilot in Gallup in January, retreat June 9-11, deadline April 15. The New Mexico pilot is "
                 "about a training, not about the country's situation: no places.",
        "text": """TRAINERS' NETWORK NEWS
for the volunteer trainers of Open Hands USA        No. 9, March 1995

NEW MODULE: REFUGEES AND ASYLUM
After a year in the making, "Nowhere to Run" is ready: a 3-hour module
on who refugees are, why they flee and how the asylum system works, with
a simulation in which participants must decide what to pack in five
minutes. The guide, handouts and overheads are in the mail to every
certified trainer. Please try it at least once before June and send
your feedback.

PILOT: INDIGENOUS PEOPLES' RIGHTS
Verna Yazzie and Tom Kessler piloted the new session on indigenous
peoples' rights in Gallup in January with 24 participants, half of them
Navajo. Big lesson: invite indigenous speakers to lead, don't speak
for them. The session covers land, language and the UN draft
declaration. A revised version will be ready in the fall.

TRICKS OF THE TRADE
This issue's tips on running a session, from Marian in Denver:
 * Never ask "Any questions?" Ask "What questions do you have?"
 * Count to ten in silence after asking. Someone will speak.
 * Use a "parking lot" sheet for off-topic questions.
 * Change the energy every 20 minutes: pairs, standing up, a
   quick round.

TRAINERS' RETREAT
June 9-11 at Ghost Ranch. Applications by April 15.
"""
    },
    # ------------------------------------------------------------------ reports
    {
        "id": "633",
        "split": "holdout6",
        "date": "1985-04-16",
        "date_form": "month-day-year",
        "type": "report",
        "subjects": ["prisoners of conscience", "recruitment", "vigils and demonstrations"],
        "title": "Minutes: Group 112 Monthly Meeting",
        "title_variants": ["Group 112 Monthly Meeting", "Group 112 Monthly Meeting: Minutes"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["CS"],
        "notes": "Minutes are report. Date of the meeting, April 16, 1985, on its own line. Items: the adopted "
                 "prisoner in Czechoslovakia (prisoners of conscience, CS), the Mother's Day vigil planning "
                 "(vigils and demonstrations), the table at the Harvard Square fair to sign up members "
                 "(recruitment). The treasurer's balance is accounts, not fundraising. "
                 "The agreement to write to the ambassador and the sister is inside the prisoner item: in "
                 "passing, no letter writing (as for minutes elsewhere); phoning the Globe is one clause of "
                 "the vigil item. Mentioned: next meeting "
                 "May 21, the vigil on May 12, the prisoner's 1983 sentence, Charter 77.",
        "text": """OPEN HANDS USA -- GROUP 112 (CAMBRIDGE/SOMERVILLE)

MINUTES: GROUP 112 MONTHLY MEETING
April 16, 1985 -- Friends Meeting House, Longfellow Park
Present: 11 (list attached). Chair: Bill Ostrander. Notes: Ruth Gelb.

1. Minutes of March approved with one correction (spelling of the
   prisoner's name -- it's Jiří, not Jiri).

2. Our prisoner: Jiří Kolář (Czechoslovakia). Sarah reported a postcard
   from his sister in Brno, the first news since Christmas: he is in
   Valdice prison, his health is poor and he is allowed one visit every
   three months. He was sentenced in 1983 to four years for copying and
   circulating Charter 77 documents. Agreed: Sarah will draft a new
   letter to the Czechoslovak ambassador asking for medical care; every
   member to write one card to the sister before the next meeting.

3. Vigil. Mother's Day vigil for women prisoners, Sunday May 12 at the
   Park Street Church steps, 2-4 pm. Lois has the permit. We need
   20 people, candles, the banner (in Bill's garage), and someone to
   hand out leaflets. Lois to phone the Globe and WBUR.

4. Membership. Ed proposed a table at the Harvard Square fair to sign up
   new members: sign-up sheet, the slide show running on a loop, free
   buttons. Five volunteers. Follow-up calls within a week to everyone
   who signs.

5. Treasurer: balance $312.40 after the postage for the April letters.

Next meeting: May 21, same place. Meeting closed 9:20 pm.      R.G.
"""
    },
    {
        "id": "613",
        "split": "holdout6",
        "date": "1991-07-02",
        "date_form": "submitted-day-month-year",
        "type": "report",
        "subjects": ["campaign planning", "human rights education", "media work", "public speaking"],
        "title": "Report of the Regional Training Weekend",
        "title_variants": ["Regional Training Weekend"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "The report's own date of issue ('Submitted to the Section Board, 2 July 1991') wins over the "
                 "weekend it reports on (17-19 May 1991). Workshops each have a paragraph: campaign planning, "
                 "media work, public speaking, teaching human rights in schools (human rights education). "
                 "Figures on the budget are its own spending: not fundraising; the requests "
                 "for sessions on fundraising and refugees next year are one sentence: in passing. Two pages.",
        "text": """OPEN HANDS UK -- MIDLANDS REGION

REPORT OF THE REGIONAL TRAINING WEEKEND
held at Hothorpe Hall, Leicestershire, 17-19 May 1991

Submitted to the Section Board, 2 July 1991, by the Regional Training
Co-ordinator (S. Mahmood)

1. Attendance
Forty-three members from twenty-one groups attended, the largest
regional weekend so far. Eleven were attending their first training
event. Six groups sent no one; we shall write to them.

2. The workshops

Planning a campaign. Led by Dave Morrison (London office). Groups
worked through setting an objective, choosing targets and tactics and
drawing up a timetable, using the Kenya campaign as a model. Several
participants said it was the first time they had thought about why
they do things, not just what.

Working with the media. Led by Helen Crick, a local radio journalist.
Participants wrote a press release in pairs and were "interviewed" on
tape; playing the tapes back caused much laughter and some useful
discomfort.
\f
Speaking in public. Led by Rev. John Tallis. Each participant gave a
three-minute talk and received feedback. This session was rated the
most useful of the weekend (average 4.6 out of 5).

Human rights in the classroom. Led by two teachers from the Coventry
group, on how to introduce the Universal Declaration to 11-16 year
olds through games and stories. Materials from the Education Unit were
much admired; several groups ordered the new schools pack.

3. Evaluation
Overall rating 4.3 out of 5. Complaints: the food, and too little time
between sessions. Requests for next year: a session on fundraising and
one on refugees.

4. Finance
Total cost £2,915, of which participants' fees covered £1,720. The
deficit of £1,195 was met from the regional training budget.

5. Recommendations
(a) Repeat the weekend in 1992, same venue.
(b) Offer the public speaking workshop as a stand-alone day.
(c) Invite the six absent groups personally.
"""
    },
    {
        "id": "614",
        "split": "holdout6",
        "date": "1999",
        "date_form": "year-range",
        "type": "report",
        "subjects": ["campaigning", "fundraising", "human rights education", "torture", "urgent actions"],
        "title": "Annual Report 1999-2000",
        "title_variants": ["Annual Report", "Open Hands USA Annual Report 1999-2000"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'Annual Report 1999-2000' with no issue date: the range gives its first year; the year belongs to "
                 "the heading (variant without it). Sections: the torture campaign presented as a whole "
                 "(campaigning, torture), Urgent Actions, human rights education, income from members and "
                 "appeals (fundraising). 'Fiscal year ending June 30, 2000' is the period. Mentioned: campaign "
                 "launched October 2000 (next year's), 1961 and other history.",
        "text": """OPEN HANDS USA
ANNUAL REPORT 1999-2000
(fiscal year ending June 30, 2000)

FROM THE EXECUTIVE DIRECTOR
This was the year our members took on torture again. Twenty-seven years
after our first campaign against it, torture is still practiced in more
than a hundred countries -- and, as members told us at every stop of the
campaign tour, not only in faraway places.

TAKE A STAND AGAINST TORTURE
Our year-long campaign had three aims: to end torture in police custody,
to stop the trade in electro-shock weapons and other tools of torture,
and to bring torturers to justice. Members sent 212,000 appeals, 140
groups held public events, and our report on the use of stun belts
in US jails made national news. A second phase will be launched in
October 2000.

URGENT ACTIONS
The network issued 493 appeals in the year. 41% of the people on whose
behalf we acted were reported released, tried fairly or given medical
care. The network now has 14,200 members, 6,000 of them by e-mail.

HUMAN RIGHTS EDUCATION
Our education program trained 380 teachers in twelve states and
published "Rights Start Here," a curriculum for middle schools now in
use in over 900 classrooms.

FINANCES
Total revenue: $31.4 million. Individual members and donors gave 91%
of it: dues ($9.2m), direct mail appeals ($11.6m), monthly givers
($5.1m) and bequests ($2.3m). Foundations provided the rest, for
education projects only. We accept no government funds.

  Program services       74%
  Fundraising            15%
  Management & general   11%

Board of Directors and staff listed on the back cover.
"""
    },
    {
        "id": "617",
        "split": "holdout6",
        "date": "1993-12",
        "date_form": "month-year",
        "type": "report",
        "subjects": ["fundraising", "group development", "recruitment"],
        "title": "What Groups Told Us: Results of the 1993 Local Group Survey",
        "title_variants": ["What Groups Told Us", "Results of the 1993 Local Group Survey"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Survey results issued 'December 1993' (the report's own date; the year in the heading is the "
                 "survey's). Sections: keeping members active and how groups work (group development), "
                 "recruitment, money (fundraising). Mentioned: questionnaires sent in June, the 1988 survey.",
        "text": """Open Hands USA -- Field Department                       December 1993

WHAT GROUPS TOLD US
Results of the 1993 Local Group Survey

In June we sent a questionnaire to all 364 local groups; 251 (69%)
answered. Thank you. Here is what you told us, and what we will do.

HOW GROUPS ARE DOING
The typical group has 14 members on paper and 7 who come to meetings.
Half of the groups have had the same coordinator for more than five
years. Most say their biggest problem is keeping members active after
the first few months: people join, come twice, and drift away. Groups
that divide tasks (case coordinator, treasurer, publicity) and set
yearly goals report fewer drop-outs. Compared with the 1988 survey,
fewer groups meet monthly (61% against 78%).
  -> We will publish a "group health check" that groups can do once a
     year, and regional staff will visit every group that asks.

NEW MEMBERS
Only one group in four recruited more than three new members last
year. Groups that did well used information tables at public events,
talks in churches and colleges, and -- above all -- personal
invitations by existing members.
  -> A recruitment kit (display, sign-up cards, sample talk) will be
     available in the spring.

MONEY
Most groups raise less than $500 a year, mainly from members' own
pockets. Few hold regular fundraising events. Groups asked for ideas
that do not take too much time.
  -> The next Group Bulletin will carry ten proven fundraising ideas.

WHAT ELSE YOU ASKED FOR
More training close to home; shorter mailings; faster news about
prisoners. We hear you.
"""
    },
    {
        "id": "653",
        "split": "holdout6",
        "date": "1974-02-02",
        "date_form": "us-numeric-two-digit-same-day-month",
        "type": "report",
        "subjects": ["coalition building", "death penalty", "lobbying"],
        "title": "Minutes of the Ohio Coalition Against the Death Penalty",
        "title_variants": ["Ohio Coalition Against the Death Penalty: Minutes", "Ohio Coalition Against the Death Penalty"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Minutes (report) of the meeting of 2/2/74: both day/month readings give the same day. Items: "
                 "the coalition's membership and rules (coalition building), testimony and visits to the Ohio "
                 "legislature on the new death penalty bill (lobbying, death penalty, US). Mentioned: the "
                 "hearing on February 19, Furman 1972, next meeting March 2.",
        "text": """MINUTES OF THE OHIO COALITION AGAINST THE DEATH PENALTY
Meeting of 2/2/74, First Unitarian Church, Columbus

Present: representatives of Open Hands (Groups 31 and 44), Ohio Council
of Churches, ACLU of Ohio, Catholic Conference of Ohio, American Friends
Service Committee, Columbus Urban League; observers from two law school
student groups.

1. Membership of the coalition
Agreed that any organization opposed to the death penalty in all cases
may join by letter to the secretary. Each member organization has one
vote. Statements in the coalition's name need the agreement of all
member organizations; each remains free to act in its own name. The
Urban League asked that the coalition also speak about the unequal
application of the death penalty; agreed to form a small committee on
this.

2. The new death penalty bill (S.B. 1)
Since Furman (1972) Ohio has had no valid death penalty statute. The
bill now in the Senate Judiciary Committee would restore it for
aggravated murder. Hearing set for February 19. Agreed:
 - Rev. Matthews (Council of Churches) and Prof. Gorham (ACLU) to give
   testimony; Open Hands to prepare a fact sheet on executions
   worldwide for the committee members;
 - member organizations to arrange visits to every member of the
   Judiciary Committee in their districts before the hearing;
 - a phone tree to fill the hearing room.

3. Finances: each organization to contribute $25 for printing.

Next meeting: March 2, same place, 10 a.m.
"""
    },
    # ------------------------------------------------------------------ slides
    {
        "id": "629",
        "split": "holdout6",
        "date": "1999-02-19",
        "date_form": "us-numeric-two-digit",
        "type": "slides",
        "subjects": ["civil and political rights", "economic, social and cultural rights", "human rights education"],
        "title": "Human Rights 101: What Every Teacher Should Know",
        "title_variants": ["Human Rights 101"],
        "title_devised": False,
        "audience": ["educators"],
        "language": "en",
        "places": [],
        "notes": "Overhead outlines presented at a teachers' in-service day, 2/19/99 (US: M/D/Y). Teachers: "
                 "educators. An introduction to human rights (human rights education) with one overhead each "
                 "on civil and political rights and on economic, social and cultural rights, covered as such. "
                 "Mentioned: the 1948 Declaration, the 1966 Covenants, the 1989 Convention on the Rights of the "
                 "Child (one bullet: in passing).",
        "text": """OVERHEAD 1
HUMAN RIGHTS 101: WHAT EVERY TEACHER SHOULD KNOW
Open Hands USA Education Program
Teacher in-service day, Lincoln Unified School District, 2/19/99

OVERHEAD 2
What are human rights?
  - Rights every person has simply because they are human
  - Universal -- the same for everyone, everywhere
  - Indivisible -- you can't pick and choose
  - Written down: Universal Declaration of Human Rights, 1948

OVERHEAD 3
Civil and political rights
  - Life, liberty and security of person
  - No torture, no slavery, no arbitrary arrest
  - Fair trial; freedom of thought, religion, expression, assembly
  - Right to vote and take part in government
  - International Covenant on Civil and Political Rights (1966)

OVERHEAD 4
Economic, social and cultural rights
  - Work, fair wages, rest
  - Education, health care, housing, food
  - Social security
  - Take part in cultural life
  - International Covenant on Economic, Social and Cultural Rights (1966)

OVERHEAD 5
Why teach human rights?
  - Students learn respect by practicing it
  - Links to civics, history, literature, science
  - Convention on the Rights of the Child (1989): education "directed to
    ... respect for human rights"

OVERHEAD 6
In your classroom tomorrow
  - Class charter of rights and responsibilities
  - "Wants vs. needs" card sort (grades 3-6)
  - Case studies and mock UN (grades 9-12)
  - Free curriculum: "Rights Start Here" -- order form in your packet
"""
    },
    {
        "id": "635",
        "split": "holdout6",
        "date": "2007-04-28",
        "date_form": "day-month-year",
        "type": "slides",
        "subjects": ["business and human rights", "letter writing", "lobbying"],
        "title": "Business and Human Rights: Holding Companies to Account",
        "title_variants": ["Business and Human Rights", "Holding Companies to Account"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["NG"],
        "notes": "British slides presented at the AGM, 28 April 2007 (title slide). Slide on the Niger Delta: NG. "
                 "Slide 'What groups can do': letters to company chief executives (letter writing: letters to "
                 "officials), asking the government for binding rules (lobbying); shareholder questions are no "
                 "term. Mentioned: the 2006 Companies Act, the 1995 executions in Nigeria, the UN Special "
                 "Representative appointed 2005.",
        "text": """Slide 1
BUSINESS AND HUMAN RIGHTS: HOLDING COMPANIES TO ACCOUNT
Open Hands UK Annual General Meeting
Nottingham, 28 April 2007
Presenter: Dr Claire Ashworth, Economic Relations Team

Slide 2
Why companies?
 - Some companies have more money and power than many states
 - Their operations can harm workers, communities, the environment
 - Few laws hold them to account for abuses abroad

Slide 3
Case: the Niger Delta
 - Oil spills and gas flaring destroy fishing and farming
 - Communities who protest face the security forces
 - Nine Ogoni activists executed in 1995 after an unfair trial
 - Still no clean-up, still no compensation

Slide 4
What the UN is doing
 - Special Representative on business and human rights appointed 2005
 - "Protect, respect, remedy": states protect, companies respect
 - But no binding treaty

Slide 5
What groups can do
 - Write to company chief executives about specific cases
 - Ask your MP to press for binding rules on UK companies abroad
   (the 2006 Companies Act did not go far enough)
 - Ask questions at shareholders' meetings -- buy one share!

Slide 6
Questions?
"""
    },
    {
        "id": "641",
        "split": "holdout6",
        "date": "1987",
        "date_form": "season",
        "type": "slides",
        "subjects": ["extrajudicial executions", "police and human rights", "urgent actions"],
        "title": "Killings by Government: Extrajudicial Executions",
        "title_variants": ["Killings by Government", "Extrajudicial Executions"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["PH"],
        "notes": "Overhead outlines 'prepared for the Regional Conference, Spring 1987': a season gives the year. "
                 "Overheads on police killings (police and human rights), a Philippines case (PH), and how the "
                 "Urgent Action network responds to death threats (urgent actions). Mentioned: the February "
                 "1986 change of government, the 1982 UN Special Rapporteur.",
        "text": """Overhead 1
KILLINGS BY GOVERNMENT: EXTRAJUDICIAL EXECUTIONS
(overheads prepared for the Regional Conference, Spring 1987)

Overhead 2
What is an extrajudicial execution?
   * A deliberate killing by agents of the state -- or with their
     consent -- without any judicial process
   * Not the death penalty (which follows a trial, however unfair)
   * Often disguised: "killed in an encounter", "shot while escaping"

Overhead 3
Police killings
   * Suspects shot during arrest rather than brought to court
   * "Death squads" of off-duty police
   * Deaths in custody explained as suicide or illness
   * Police investigating police: no independent inquiry

Overhead 4
Case: the Philippines
   * Killings continue despite the change of government in February 1986
   * Church workers, union organizers, farmers' leaders shot by
     soldiers, police and armed vigilante groups
   * No one convicted

Overhead 5
What can be done?
   * UN Special Rapporteur (since 1982) can act on cases
   * Urgent Actions for people who have received death threats:
     appeals within days can make killing them "too costly"
   * Demand independent investigation of every killing
"""
    },
    # ------------------------------------------------------------------ no type
    {
        "id": "615",
        "split": "holdout6",
        "date": "1984-06-30",
        "date_form": "ordinal-day-month-year-closing",
        "type": None,
        "subjects": ["facilitation"],
        "title": "Certificate of Completion",
        "title_variants": ["Certificate of Completion: Facilitation Skills for Trainers"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "A certificate: type null (a kind the list lacks). Date it was awarded, 'this 30th day of June, "
                 "1984'; the course weekends (March and May 1984) are mentioned. The course named on it counts "
                 "as a heading: facilitation. Addressed to one person: no audience.",
        "text": """                        OPEN HANDS USA
                     TRAINING COMMITTEE

                  CERTIFICATE OF COMPLETION

                     This is to certify that

                       MARGARET A. DOYLE

          has successfully completed the course

          FACILITATION SKILLS FOR TRAINERS

      (three weekends, March -- May 1984, Nyack, New York)

     covering: planning a session, setting ground rules,
     group dynamics, handling conflict and difficult moments,
     co-facilitation, and evaluating a training

    and is a certified volunteer trainer of Open Hands USA.

        Awarded this 30th day of June, 1984
        Course director: Rev. James T. Whitcomb

   ______________________          ______________________
   Chair, Training Committee       Executive Director
"""
    },
    {
        "id": "630",
        "split": "holdout6",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["disappearances"],
        "title": "[Notes of a telephone call with Marta about the Guatemala case]",
        "title_variants": ["[Handwritten notes on the Guatemala disappearance case]"],
        "title_devised": True,
        "audience": [],
        "language": "en",
        "places": ["GT"],
        "notes": "Loose handwritten notes with no heading: type null, devised title. Undated: 'Tues.' and "
                 "'March 14' have no year (the disappearance date) and nothing else gives one. About a "
                 "disappeared man in Guatemala: disappearances, GT. 'ask grp to write' is one line: not "
                 "letter writing.",
        "text": """phone -- Marta (Guat. desk), Tues.

- Edgar Ixcoy Tuy -- catechist, San Juan Sacatepéquez
- taken Mar 14 by 4 men in plain clothes, jeep w/o plates,
  in front of wife + 2 kids
- army denies holding him. wife went to Mil. Zone 302 -- turned away
- habeas corpus filed, no result
- GAM has his name on list
- Marta: NO public action yet, family afraid -- wait for OK
- ask grp to write to Min. of Defence only if UA comes out
- send photo to Marta (wife has one)

call back Fri!!  -- RB
"""
    },
    {
        "id": "632",
        "split": "holdout6",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["death penalty"],
        "title": "[Fragment of a text on the death penalty]",
        "title_variants": ["[Page fragment about the death penalty and deterrence]"],
        "title_devised": True,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "A page starting and ending mid-sentence with no heading: type null, devised title. No date of "
                 "its own: the years 1976, 1977 and 1984 are history and statistics. Death penalty in US states: "
                 "US.",
        "text": """that the death penalty deters murder more effectively than long
imprisonment. The evidence points the other way. States that have
resumed executions since 1976 have not seen their murder rates fall
faster than states without the death penalty; in several, the rate
rose. Criminologists who have studied the question for decades agree
that most murders are committed in passion, under the influence of
drink or drugs, or by people who do not expect to be caught -- none of
whom weigh the penalty before they act.

Then there is the question of error. Since Gary Gilmore's execution in
1977, at least a dozen people sentenced to death have later been found
innocent and released; in 1984 alone

                                  - 7 -

and the cost. A capital trial, with its separate sentencing phase and
years of mandatory appeals, costs the taxpayer far more than keeping a
prisoner for life. Money spent on executions is money not spent on
police, on victims' services, on preventing
"""
    },
    {
        "id": "658",
        "split": "holdout6",
        "date": "1978",
        "date_form": "year-closing",
        "type": None,
        "subjects": ["prisoners of conscience", "torture"],
        "title": "I was not alone",
        "title_variants": ["[Testimony of a former prisoner from Chile]", "[Personal testimony of a former Chilean prisoner about his detention and torture]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["CL"],
        "notes": "A personal testimony: type null. Closing line 'London, 1978' is its date; mentioned: the coup of "
                 "September 1973, his arrest in October 1973, release in 1976. The quoted line 'I was not alone' "
                 "set above the text is its heading: transcribed; devised forms are variants (judgement call). Detention for his union "
                 "work and torture: prisoners of conscience (he was an adopted prisoner), torture, CL.",
        "text": """"I was not alone"

My name is Hernán Castillo. Until September 1973 I was a secretary of
the textile workers' union in Santiago. I had never been a member of
any party. In October of that year soldiers came to the factory with a
list; my name was on it.

For nine days I was held at the National Stadium and then at a house
in the Calle Londres that we later learned was used by the secret
police. I was blindfolded the whole time. They wanted names: who else
was in the union, who had met whom. When I did not answer they used
electricity, on the "parrilla", the metal bed frame. They hung me by
the wrists. They made me listen to the screams of a woman they said
was my wife. It was not my wife, but I did not know that for a year.

I was never charged. I was moved to Tres Álamos and then to Puchuncaví.
In the camp a friend whispered that people abroad were writing about
us. I did not believe it. Then one day a guard threw a bundle of
postcards on my bed, laughing: "Your friends in England." There were
more than three hundred, from a group in a town called Reading. The
guards treated me differently after that.

I was released and expelled in 1976. I tell this story because the
postcards mattered. Please go on writing them.

                                        Hernán Castillo
                                        London, 1978
"""
    },
    {
        "id": "609",
        "split": "holdout6",
        "date": "1992-11-04",
        "date_form": "us-numeric-broadcast",
        "type": None,
        "subjects": ["refugees"],
        "title": 'Transcript: WMNF 88.5 FM, Tampa, "Community Voices"',
        "title_variants": ["Transcript: WMNF 88.5 FM, Community Voices", "Community Voices", "[Transcript of a radio interview with a group member about Haitian refugees]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["HT", "US"],
        "notes": "A typed transcript of a radio interview: no type in the list fits (not a report, handout or "
                 "letter): null, a judgement call. The header line 'TRANSCRIPT -- WMNF 88.5 FM, "
                 "Tampa, \"Community Voices\"' is the document's own heading: transcribed (the generic word joined "
                 "by a colon), devised forms as variants (judgement call). Broadcast date 11/4/92 (US "
                 "station: M/D/Y). About Haitian "
                 "refugees returned by the US Coast Guard: refugees, HT and US. Being on the radio is what the "
                 "document is, not a topic it covers: no media work. Mentioned: the September 1991 coup, the "
                 "May 1992 order, the election 'yesterday'.",
        "text": """TRANSCRIPT -- WMNF 88.5 FM, Tampa, "Community Voices"
Broadcast 11/4/92, 6:30 pm. Host: Dale Pruitt. Guest: Anne-Marie
Joseph, Open Hands Group 205 (St. Petersburg).
(transcribed from cassette by the group; some words unclear)

PRUITT: Anne-Marie, you've been working on Haiti. Tell us what's going
on.

JOSEPH: Since the coup in September of last year, thousands of
Haitians have fled -- in small boats, often overcrowded, across six
hundred miles of sea. They are fleeing soldiers who arrest, beat and
kill people for supporting the elected president. And since May the
Coast Guard has been stopping these boats and taking everyone straight
back to Port-au-Prince, without even asking whether they are refugees.

PRUITT: The administration says most of them are economic migrants.

JOSEPH: How would anyone know? Nobody asks them. International law
says you cannot send a person back to a country where they face
persecution. That's the heart of the Refugee Convention. Some of the
people returned have been arrested on the dock.

PRUITT: With the election yesterday, do you expect a change?

JOSEPH: We hope so. We're asking listeners to call the White House and
their members of Congress (inaudible) ... and our group meets
Thursdays at the library if people want to help.

PRUITT: Anne-Marie Joseph of Open Hands, thank you.
"""
    },
]
