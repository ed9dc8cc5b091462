"""The test half of the independent tagging evaluation set: document texts and labels.

Written by a helper who never read metp's tagging code or its earlier labelled data;
labelled by docs/labelling-guidelines.md. Generated once from the drafts by a seeded
numbering and split (see split.py); edit here, then re-run make_set.py.

TEST HALF: for reporting only. Do not read these documents or their labels while
developing or tuning the tagger.
"""

DOCUMENTS = [
    {
        'id': '001',
        'split': 'test',
        'date': '2003-09-16',
        'date_form': 'day-month-year',
        'type': 'report',
        'subjects': ['arms control', 'campaigning', 'facilitation'],
        'title': "Trainers' Network: Minutes of Conference Call",
        'title_devised': False,
        'title_variants': ['Minutes of Conference Call', "Trainers' Network Minutes"],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "Minutes: report. '9 October 2003' (campaign launch) and '21 October 2003' (next call) are mentioned. Item 1: facilitation module; item 2: arms-control campaign launch briefings (campaigning, arms control).",
        'text': """\
Trainers' Network -- Minutes of conference call
16 September 2003, 8:00-9:15 pm ET

On the call: Luis (chair), Dana, Harriet, Kofi, Meg, Raj, Yvonne.
Apologies: Bob, Sandra.

1. New facilitation module
   Meg presented the draft of "Facilitating for Inclusion": how to run
   sessions where every participant speaks, managing dominant voices,
   adapting activities for people with disabilities and for mixed
   language groups. Comments: add a short section on online meetings;
   shorten the theory part. Meg will circulate a second draft.

2. Control Arms campaign launch
   The campaign for an international arms trade treaty launches on
   9 October 2003. Each trainer is asked to run at least one campaign
   briefing for local groups in October-November, using the slide set
   and the briefing notes that will be sent next week. Key messages:
   the arms trade is out of control; weapons fuel abuses; governments
   must agree a treaty.

3. Next call: 21 October 2003. Raj will chair.

Minutes: Yvonne
""",
    },
    {
        'id': '003',
        'split': 'test',
        'date': '1978-05-12',
        'date_form': 'roman-month',
        'type': 'evaluation form',
        'subjects': ['letter writing', 'prisoners of conscience'],
        'title': 'Letter-Writing Workshop, 12.V.1978: Your Comments Please',
        'title_devised': False,
        'title_variants': ['Letter-Writing Workshop: Your Comments Please', 'Letter-Writing Workshop', 'Letter-Writing Workshop, 12.V.1978', 'Your Comments Please'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': 'British document with a Roman-numeral month: 12.V.1978. The date is attached to the heading by a comma, so it is part of the transcribed title (variants without it).',
        'text': """\
BRITISH SECTION -- NORTH WEST AREA


        LETTER-WRITING WORKSHOP,  12.V.1978

                YOUR COMMENTS PLEASE


1.  Was the talk on writing to governments useful to you?

        Very useful  /  Fairly useful  /  Not useful

2.  Did the practice session on writing to prisoners' families help?

        Yes  /  No

3.  How many letters for your group's adopted prisoners do you write in
    a month, as a rule?

        None  /  1-2  /  3-5  /  More

4.  What would make it easier for you to write more often?

    ...................................................................

    ...................................................................

5.  Would you come to a further workshop?    Yes  /  No

6.  Any other comments:

    ...................................................................


    Please hand this sheet to the Area Organiser before you leave.
""",
    },
    {
        'id': '005',
        'split': 'test',
        'date': '2004-06-08',
        'date_form': 'iso',
        'type': 'memo',
        'subjects': ['LGBT rights'],
        'title': 'Updated LGBT rights module',
        'title_devised': False,
        'title_variants': ['[Memo to trainers about the updated LGBT rights module]'],
        'audience': ['trainers'],
        'language': 'en',
        'places': [],
        'notes': "Memo-form email without greeting: memo. '1 July' and 'June 25' are mentioned dates.",
        'text': """\
To: All trainers <trainers@icn-usa.org>
From: Training Coordinator <training@icn-usa.org>
Date: 2004-06-08
Subject: Updated LGBT rights module

The revised training module on LGBT rights ("Sexual Orientation, Gender
Identity and Human Rights") is attached as a PDF, with the new
participant handouts. Please use it for all trainings from 1 July and
discard the 1999 version.

What has changed:

  * Part 1 now opens with the definitions of sexual orientation and
    gender identity that our policy uses.
  * New case studies from Latin America and Africa replace the
    Europe-only examples.
  * Part 3 adds a section on transgender people's rights (documents,
    health care, detention).
  * The role play on responding to a hostile audience has been
    shortened to 20 minutes.
  * Timing: the module is now 2 hours instead of 3.

If you are scheduled to deliver this module before the end of July,
please send me your questions by June 25 so we can discuss them on the
next trainers' call.

Training Coordinator
""",
    },
    {
        'id': '007',
        'split': 'test',
        'date': '1993-09',
        'date_form': 'abbrev-month-year',
        'type': 'slides',
        'subjects': ['lobbying'],
        'title': 'Lobbying Skills Workshop',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': 'Overheads on how Congress works and visits to Members: US. The thank-you letter overhead is part of lobbying, not letter writing.',
        'text': """\
LOBBYING SKILLS WORKSHOP
Sept. 1993
Overhead transparencies -- presenter's set


OVERHEAD 1:  WHAT IS LOBBYING?
   - Asking the people who make decisions to make the right one
   - It is legal, it is democratic, and it works
   - You are a constituent: they work for you

OVERHEAD 2:  WHO MAKES THE DECISIONS?
   - Congress: committees, subcommittees, the floor
   - Staff: legislative assistants, committee staff
   - The Administration: State Department, embassies

OVERHEAD 3:  BEFORE THE VISIT
   - Know your Member's record
   - One issue, one clear ask
   - Decide who says what

OVERHEAD 4:  DURING THE VISIT
   - Thank them for something
   - Tell a story: one prisoner, one family
   - Ask the question; wait for the answer

OVERHEAD 5:  AFTER THE VISIT
   - Thank-you letter within a week
   - Report back to the Washington office

OVERHEAD 6:  BUILDING A RELATIONSHIP
   - Meet staff in the district office
   - Invite the Member to a group event
""",
    },
    {
        'id': '009',
        'split': 'test',
        'date': '1999-02-20',
        'date_form': 'abbrev-month-day-year',
        'type': 'worksheet',
        'subjects': ['media work'],
        'title': 'Worksheet 3: Writing a Press Release',
        'title_devised': False,
        'title_variants': ['Writing a Press Release'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': '',
        'text': """\
Media Skills Training -- Feb. 20, 1999

WORKSHEET 3: WRITING A PRESS RELEASE

Use the scenario on the previous page (your group's vigil for a
journalist imprisoned for his reporting). You have 25 minutes.


HEADLINE (10 words or fewer):
 ________________________________________________________________


FIRST PARAGRAPH -- who, what, when, where, why:
 ________________________________________________________________
 ________________________________________________________________
 ________________________________________________________________


QUOTE from a group member (one or two sentences):
 "______________________________________________________________
 ______________________________________________________________"


BACKGROUND (two or three sentences about the case):
 ________________________________________________________________
 ________________________________________________________________


CONTACT: name ______________________  phone ___________________


CHECKLIST
 [ ] Fits on one page
 [ ] Date and "FOR IMMEDIATE RELEASE" at the top
 [ ] No jargon ("UA", "POC") a reporter won't understand
 [ ] Ends with ###
""",
    },
    {
        'id': '010',
        'split': 'test',
        'date': '2002',
        'date_form': 'copyright-word',
        'type': 'manual',
        'subjects': ['coalition building', 'letter writing', 'lobbying'],
        'title': 'Lobbying for Human Rights: A Manual for Working with Congress',
        'title_devised': False,
        'title_variants': ['Lobbying for Human Rights'],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': '',
        'text': """\
LOBBYING FOR HUMAN RIGHTS
A Manual for Working with Congress

Government Relations Office
International Conscience Network USA
Copyright 2002


TABLE OF CONTENTS
  1. How Congress Works
  2. Meeting Your Member of Congress
  3. Organizing a Lobby Day
  4. Writing to Your Legislators
  5. Working in Coalitions


1. HOW CONGRESS WORKS

Most human rights legislation starts in the foreign affairs committees:
the House International Relations Committee and the Senate Foreign
Relations Committee. Appropriations subcommittees decide whether aid to
a government comes with human rights conditions. Staffers do most of the
work; a good relationship with a legislative assistant is worth more
than a photograph with the Member.

2. MEETING YOUR MEMBER OF CONGRESS

Call the district office to request a meeting. Go in a small group of
constituents (three or four people), agree on one spokesperson, and
bring a one-page fact sheet. Make one clear request ("Will you cosponsor
H.R. ___?"), listen, and do not argue. Follow up with a thank-you letter
that repeats your request.
\f
                                                                 2

3. ORGANIZING A LOBBY DAY

A lobby day brings members from across a state to Washington or to the
district offices on the same day. Schedule meetings six weeks ahead,
train participants the night before, and hold a debriefing afterwards to
record what each office said.

4. WRITING TO YOUR LEGISLATORS

Personal letters, written in your own words, count more than form
letters or postcards. Since the anthrax scare, mail to Capitol Hill is
delayed for weeks; fax your letter to the Washington office or send it
to the district office. Mention that you are a constituent and give your
full address.

5. WORKING IN COALITIONS

On most bills we work with faith groups, refugee agencies, labor unions
and other human rights organizations. A coalition letter signed by many
organizations shows breadth of support; agree in advance on who speaks
for the coalition and on what the coalition will not do.
""",
    },
    {
        'id': '011',
        'split': 'test',
        'date': '2004-03',
        'date_form': 'month-year',
        'type': 'slides',
        'subjects': ['armed conflict', 'campaigning', 'lobbying', 'petitions', "women's rights"],
        'title': 'Stop Violence Against Women: Campaign Briefing for Groups',
        'title_devised': False,
        'title_variants': ['Stop Violence Against Women', 'Campaign Briefing for Groups'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': 'Title slide date March 2004; the launch (5 March 2004), 8 March and 25 November are mentioned. A briefing presenting the campaign as a whole: campaigning. Slide 5 heading: armed conflict. Slide 6 list items give petitions and lobbying.',
        'text': """\
SLIDE 1
Stop Violence Against Women
Campaign Briefing for Groups
March 2004

SLIDE 2 -- Why this campaign?
  * One in three women will be beaten, coerced into sex or abused
  * Violence against women is tolerated by states everywhere
  * Survivors rarely see justice

SLIDE 3 -- Campaign goals
  * Laws that criminalize all forms of violence against women
  * Police and courts that act on complaints
  * An end to impunity for rape in war

SLIDE 4 -- Violence in the family
  * Most violence happens at home
  * States must act "with due diligence"

SLIDE 5 -- Women in armed conflict
  * Rape as a weapon of war
  * Sexual violence by soldiers and armed groups

SLIDE 6 -- What groups can do
  * Collect signatures on the campaign petition
  * Meet your elected representatives about funding for shelters
  * Hold a public event on 25 November

SLIDE 7 -- Timeline
  * Global launch: 5 March 2004
  * International Women's Day: 8 March
  * 16 Days of Activism: 25 November - 10 December

SLIDE 8 -- Resources
  * Campaign kit, fact sheets, action guide -- order from your region
""",
    },
    {
        'id': '012',
        'split': 'test',
        'date': '1977-03-14',
        'date_form': 'es-full-date',
        'type': 'letter',
        'subjects': ['letter writing', 'prisoners of conscience'],
        'title': "[Letter to group members about the group's adopted prisoner in Uruguay]",
        'title_devised': True,
        'title_variants': ['[Carta a los miembros del grupo sobre el preso adoptado en Uruguay]', '[Letter about the adopted prisoner in Uruguay]'],
        'audience': ['local groups'],
        'language': 'es',
        'places': ['UY'],
        'notes': "'octubre de 1975' (arrest) and 'diciembre' (last letter) are mentioned dates.",
        'text': """\
RED INTERNACIONAL DE CONCIENCIA
Grupo 3 - México
Apartado Postal 21-093, México 21, D.F.


                                        México, D.F., 14 de marzo de 1977


Estimados compañeros del grupo:

Les escribo para darles noticias de nuestro preso adoptado, el profesor
Héctor Sosa Ledesma, maestro de secundaria detenido en Montevideo en
octubre de 1975 por pertenecer a un sindicato de la enseñanza. Según la
información que recibimos del Secretariado Internacional, fue trasladado
al Penal de Libertad y sigue sin ser juzgado. Su esposa ha podido
visitarlo una sola vez desde diciembre.

Les pido que cada uno escriba este mes dos cartas:

   - al Presidente de la República Oriental del Uruguay, pidiendo la
     libertad inmediata e incondicional del profesor Sosa;
   - al Ministro del Interior, pidiendo que se le permitan visitas
     regulares de su familia y atención médica.

Adjunto un modelo de carta y las direcciones. Recuerden escribir con
cortesía, sin hacer comentarios políticos, y enviar las cartas por
correo aéreo. Traigan una copia a la reunión del día 28.

Un saludo fraternal,


                                        Elena Rivas
                                        Coordinadora del caso
""",
    },
    {
        'id': '014',
        'split': 'test',
        'date': '1983',
        'date_form': 'edition-year',
        'type': 'manual',
        'subjects': ['fundraising', 'group organizing', 'letter writing', 'media work', 'prisoners of conscience', 'recruitment'],
        'title': 'The Group Handbook: A Guide for Local Groups',
        'title_devised': False,
        'title_variants': ['The Group Handbook', 'Group Handbook'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "'Second edition, 1983' is the document's date; the first edition (1978) is mentioned.",
        'text': """\



                         THE GROUP HANDBOOK

                     A Guide for Local Groups


                        Second edition, 1983



              International Conscience Network, U.S.A.
                  304 West 58th Street, New York, NY 10019



CONTENTS

  Introduction to the second edition ...................... 1
  Chapter 1.  Starting a Group ............................ 2
  Chapter 2.  Your Adopted Prisoner ....................... 4
  Chapter 3.  Writing Letters that Work ................... 7
  Chapter 4.  Raising Money .............................. 11
  Chapter 5.  Publicity and the Press .................... 14
  Chapter 6.  Finding New Members ........................ 17
  Appendix:   Addresses, postage rates, forms ............ 20

                                                      page 1 of 3
\f
INTRODUCTION TO THE SECOND EDITION

Since the first edition of this handbook in 1978, the number of local
groups in the United States has more than doubled. This edition adds
chapters on fundraising and on recruiting, the two subjects groups
asked about most.

CHAPTER 1.  STARTING A GROUP

A group needs at least eight committed members, a regular monthly
meeting, and four officers: a coordinator, a case coordinator, a
treasurer and a publicity person. Apply to the national office for
group status using Form G-1. Until your application is approved you
will work as a "forming group" on Urgent Actions and campaign tasks.

Meetings should be short and practical. A typical agenda: news of the
group's prisoners, letters to be written, money, publicity, any other
business. Rotate the chair so that no one burns out.

CHAPTER 2.  YOUR ADOPTED PRISONER

Once your group is approved, the Research Department will assign it one
or more prisoners of conscience. The case sheet gives the prisoner's
name, the facts of the arrest, and the officials to whom you should
write. Treat the case sheet as confidential: do not give it to the press
without checking with the national office. Your group works for the
prisoner until he or she is released -- sometimes for many years.

                                                      page 2 of 3
\f
CHAPTER 3.  WRITING LETTERS THAT WORK

Write regularly to the officials listed, courteously and briefly, asking
for the prisoner's release. Vary your letters; officials notice copies.
Write to the prisoner's family if the case sheet says it is safe.
Letters from doctors, lawyers, teachers or clergy carry particular
weight with officials of the same profession.

CHAPTER 4.  RAISING MONEY

Groups pay for their own postage and contribute to the national budget.
Proven ideas: a yearly benefit concert, a book or bake sale, a pledge
list of members who give a small sum each month. Keep a simple account
book and report to the group every quarter.

CHAPTER 5.  PUBLICITY AND THE PRESS

Let your town know about your work: a notice in the church bulletin, a
press release when a prisoner is released, a display at the library.

CHAPTER 6.  FINDING NEW MEMBERS

Every public event should have a sign-up sheet. Call new names within a
week and invite them personally to the next meeting.

                                                      page 3 of 3
""",
    },
    {
        'id': '015',
        'split': 'test',
        'date': '1986-05-17',
        'date_form': 'eu-dotted-numeric',
        'type': 'worksheet',
        'subjects': ['media work', 'vigils and demonstrations'],
        'title': 'Ficha de trabajo n.º 2: Preparar una vigilia',
        'title_devised': False,
        'title_variants': ['Preparar una vigilia'],
        'audience': [],
        'language': 'es',
        'places': [],
        'notes': 'D.M.YY (Spanish document): 17.5.86 = 17 May 1986. Question 5 (press) gives media work.',
        'text': """\
Taller de acción pública - Barcelona, 17.5.86

FICHA DE TRABAJO N.º 2

                      PREPARAR UNA VIGILIA


Responded en grupo a las preguntas siguientes (20 minutos).


1. ¿Por qué caso o tema convocamos la vigilia?

   ..........................................................................

2. ¿Dónde y cuándo? (lugar visible, hora de salida del trabajo)

   ..........................................................................

3. ¿Qué permisos hacen falta? ¿Quién los pide al Gobierno Civil?

   ..........................................................................

4. ¿Qué materiales? (velas, pancartas, octavillas, hojas de firmas)

   ..........................................................................

5. ¿Quién habla con la prensa? ¿Qué frase queremos que salga en el
   periódico?

   ..........................................................................

6. ¿Cómo garantizamos que la vigilia sea pacífica y silenciosa?

   ..........................................................................
""",
    },
    {
        'id': '017',
        'split': 'test',
        'date': '2001-06-23',
        'date_form': 'es-day-range',
        'type': 'agenda',
        'subjects': ['fundraising', 'lobbying', 'media work', 'recruitment', 'urgent actions'],
        'title': 'Taller de formación para coordinadores de grupo',
        'title_devised': False,
        'title_variants': ['Taller de formación para coordinadores de grupo: programa', 'Taller de formación para coordinadores de grupo programa'],
        'audience': ['local groups'],
        'language': 'es',
        'places': [],
        'notes': "'8 de junio' is the registration deadline (mentioned). Madrid is the venue, not a place label.",
        'text': """\
RED INTERNACIONAL DE CONCIENCIA - SECCIÓN ESPAÑOLA
C/ Fernando VI, 8 - 28004 Madrid - Tel. 91 555 12 34 - Fax 91 555 12 35



          TALLER DE FORMACIÓN PARA COORDINADORES DE GRUPO

                 Madrid, 23 y 24 de junio de 2001


PROGRAMA


Sábado 23

10:00   Bienvenida y presentación de participantes
10:30   Las Acciones Urgentes: cómo funciona la red y qué se espera
        de cada grupo
12:00   Pausa-café
12:30   Captación de nuevos socios: cómo atraer y mantener a los
        voluntarios
14:00   Comida
16:00   Trabajo con los medios de comunicación: la nota de prensa y
        la entrevista radiofónica
18:00   Fin de la jornada


Domingo 24

10:00   Recaudación de fondos para grupos locales: cuotas, mercadillos
        y subvenciones municipales
11:30   Cabildeo ante diputados y ayuntamientos
13:00   Evaluación del taller y clausura


Inscripción antes del 8 de junio en la oficina de la Sección.
Plazas limitadas (25 personas). La Sección cubre el alojamiento.
""",
    },
    {
        'id': '018',
        'split': 'test',
        'date': '1991-01',
        'date_form': 'month-range',
        'type': 'report',
        'subjects': ['fundraising', 'media work', 'refugees', 'urgent actions'],
        'title': 'Training Department: Quarterly Report, Jan–Mar 1991',
        'title_devised': False,
        'title_variants': ['Quarterly Report, Jan–Mar 1991', 'Quarterly Report', 'Training Department Quarterly Report'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "'Jan–Mar 1991' is a month range: start month. The table of trainings (with their own dates, no year) gives the subjects; the Gulf war is mentioned as the reason for the refugee training; the US asylum law clause is in passing (no place). The BUDGET section is spending, not fundraising.",
        'text': """\
TRAINING DEPARTMENT
QUARTERLY REPORT, JAN–MAR 1991
Prepared for the Board of Directors


1. SUMMARY
Six regional trainings were held this quarter, reaching 214 members
(target: 180). Two trainings were added at short notice in response to
requests from groups. Evaluations averaged 4.3 out of 5.

2. TRAININGS HELD

   Date     Place          Topic                              Participants
   1/12     Boston         Urgent Action network                   41
   1/26     Chicago        Fundraising for local groups            38
   2/9      Denver         Urgent Action network                   22
   2/23     Washington     Refugees and asylum seekers             35
   3/9      San Francisco  Working with the media                  46
   3/16     Atlanta        Fundraising for local groups            32

The refugee training in Washington was added after the outbreak of the
Gulf war, when groups asked how to respond to the needs of people
fleeing Iraq and Kuwait; it covered asylum law in the US and ways
groups can support refugee agencies.

3. TRAINER POOL
Five new volunteer trainers completed their apprenticeship. We now have
31 active trainers in seven regions.

4. BUDGET
Spending is on target (23% of the annual training budget). Travel costs
were lower than expected because more trainings were held in cities
with an office.

5. NEXT QUARTER
Eight trainings are scheduled for April-June, including the first
training for high school groups.
""",
    },
    {
        'id': '019',
        'split': 'test',
        'date': '1998-03',
        'date_form': 'fr-month-year',
        'type': 'newsletter',
        'subjects': ['armed conflict', "children's rights", 'human rights education', 'public speaking'],
        'title': 'Bulletin de liaison des groupes',
        'title_devised': False,
        'title_variants': ['Bulletin de liaison des groupes, n° 47'],
        'audience': ['local groups'],
        'language': 'fr',
        'places': [],
        'notes': "'10 décembre 1948' and 'samedi 25 avril' are mentioned. Child soldiers item: children's rights and armed conflict.",
        'text': """\
BULLETIN DE LIAISON DES GROUPES
Réseau international de conscience - Section française
n° 47 - mars 1998
___________________________________________________________________________

50e ANNIVERSAIRE DE LA DÉCLARATION UNIVERSELLE

La Déclaration universelle des droits de l'homme, adoptée le 10 décembre
1948, aura cinquante ans cette année. La Section publie pour l'occasion
un dossier pédagogique destiné aux enseignants des collèges et lycées :
douze fiches d'activités, un jeu de cartes sur les trente articles et
une affiche. Les groupes sont invités à proposer des interventions dans
les établissements de leur ville.

ENFANTS SOLDATS

Plus de 300 000 enfants de moins de dix-huit ans combattent aujourd'hui
dans des conflits armés, dans les forces gouvernementales ou dans des
groupes d'opposition. Le mouvement demande que l'âge minimum de
recrutement et de participation aux hostilités soit porté à dix-huit
ans. Une pétition et une fiche d'information seront envoyées aux
groupes le mois prochain.

FORMATION : « PRENDRE LA PAROLE EN PUBLIC »

Samedi 25 avril, à Lyon : une journée pour apprendre à présenter le
mouvement devant une classe, une association ou un conseil municipal,
et à répondre aux questions difficiles. Inscriptions auprès de la
délégation régionale.
""",
    },
    {
        'id': '023',
        'split': 'test',
        'date': '1999-06',
        'date_form': 'month-year',
        'type': None,
        'subjects': ['facilitation'],
        'title': 'Certificate of Completion',
        'title_devised': False,
        'title_variants': ['Certificate of Completion: Facilitation Skills Course'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': 'A certificate: not a type of the list, so null.',
        'text': """\
                   INTERNATIONAL CONSCIENCE NETWORK USA


                      CERTIFICATE OF COMPLETION


                          This certifies that

                           MARIA T. ALVAREZ

               has successfully completed the
               Facilitation Skills Course
               (Trainer Certification, Level I)


                              June 1999



       ______________________                ______________________
       Director of Training                  Lead Trainer
""",
    },
    {
        'id': '024',
        'split': 'test',
        'date': None,
        'date_form': 'none',
        'type': 'sign-in sheet',
        'subjects': [],
        'title': 'Sign In Please!',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': 'No event name and no date: no subjects, null date. The heading is all the document has, so it is the title.',
        'text': """\
                            SIGN IN PLEASE!

 Name                 Address / Email                  Phone      Member?   Mailing
                                                                   Y / N     list?
 -------------------  -------------------------------  ---------  --------  -------
 Beth Sorensen        414 Oak St                       555-0192      Y        Y
 Kwame Asante         kasante@aol.com                  555-0147      N        Y
 L. Friedman          22 Cedar Lane                    --            N        N
 Rosa Delgado         rdelgado@juno.com                555-0110      Y        Y
 -------------------  -------------------------------  ---------  --------  -------
 -------------------  -------------------------------  ---------  --------  -------
 -------------------  -------------------------------  ---------  --------  -------
""",
    },
    {
        'id': '025',
        'split': 'test',
        'date': None,
        'date_form': 'none',
        'type': 'evaluation form',
        'subjects': ['public speaking'],
        'title': 'Public Speaking Workshop: Evaluation Form',
        'title_devised': False,
        'title_variants': ['Public Speaking Workshop', 'Public Speaking Workshop Evaluation Form'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': '',
        'text': """\
PUBLIC SPEAKING WORKSHOP
Evaluation Form

Name (optional): ______________________


1. Before today, how comfortable were you speaking to a group about
   human rights?
      not at all   1    2    3    4    5   very comfortable

2. And now?
      not at all   1    2    3    4    5   very comfortable

3. Was the practice talk (with video) helpful?   Yes   No   Somewhat

4. Was the feedback from your partner useful?   Yes   No   Somewhat

5. What would you like more time on?
   [ ] structuring a talk    [ ] handling hostile questions
   [ ] using stories         [ ] nerves and body language

6. Would you be willing to speak for the group at a school, church or
   club in the next six months?   Yes   Maybe   No

Comments: ____________________________________________________________

______________________________________________________________________
""",
    },
    {
        'id': '026',
        'split': 'test',
        'date': '1972-11-18',
        'date_form': 'fr-full-date',
        'type': 'agenda',
        'subjects': ['campaigning', 'fundraising', 'letter writing', 'prisoners of conscience', 'torture'],
        'title': 'Journée de formation des groupes',
        'title_devised': False,
        'title_variants': ['Journée de formation des groupes: ordre du jour'],
        'audience': ['local groups'],
        'language': 'fr',
        'places': [],
        'notes': "'projet pour 1973' is a mentioned date. The torture-campaign session presents a campaign as a whole: campaigning and torture.",
        'text': """\
RÉSEAU INTERNATIONAL DE CONSCIENCE
Section belge francophone
Rue de la Victoire 142 - 1060 Bruxelles - Tél. 02/537.12.45


                JOURNÉE DE FORMATION DES GROUPES

                  Bruxelles, le 18 novembre 1972


                        Ordre du jour


 9 h 30   Accueil des participants - café

10 h      Le travail d'adoption : suivre le dossier d'un prisonnier
          d'opinion, de la fiche de cas à la libération

11 h 15   Comment écrire aux autorités : forme, ton et adresses des
          lettres ; exemples de lettres efficaces

12 h 30   Déjeuner (apporter son pique-nique)

14 h      La campagne pour l'abolition de la torture : présentation
          du projet pour 1973 et du rôle des groupes

15 h 30   Les finances du groupe : cotisations, ventes, tombola

16 h 30   Questions diverses - fin de la journée


Les groupes sont priés d'envoyer au moins deux membres.
""",
    },
    {
        'id': '030',
        'split': 'test',
        'date': '2000-11-11',
        'date_form': 'abbrev-ordinal',
        'type': 'flyer',
        'subjects': ['activism skills', 'letter writing', 'lobbying', 'media work', 'public speaking'],
        'title': 'Activism Skills Day',
        'title_devised': False,
        'title_variants': ['Activism Skills Day: New to Activism? This Day Is for You'],
        'audience': ['new members'],
        'language': 'en',
        'places': [],
        'notes': 'The flyer covers activism skills as such (title) and lists four skills as the content: each labelled.',
        'text': """\
                       ACTIVISM SKILLS DAY

                 New to activism? This day is for you.

                     Sat. Nov. 11th, 2000
                        10 am - 4 pm
          First Unitarian Church, 1187 Franklin St., San Francisco

  Learn to:
      * write letters that get prisoners released
      * speak in public without panic
      * talk to reporters and get your event in the paper
      * lobby your elected officials

  For new members and anyone curious. Free. Lunch provided.
  Childcare on request -- call (415) 555-0133 by Nov. 6.

              International Conscience Network, Western Region
""",
    },
    {
        'id': '032',
        'split': 'test',
        'date': '1995-10-14',
        'date_form': 'weekday-month-day-year',
        'type': 'flyer',
        'subjects': ['prisoners of conscience', 'vigils and demonstrations'],
        'title': 'Candlelight Vigil for Prisoners of Conscience',
        'title_devised': False,
        'title_variants': ['Candlelight Vigil'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': '',
        'text': """\
                         CANDLELIGHT VIGIL

                  for Prisoners of Conscience


                    Saturday, October 14, 1995
                            7 p.m.

                  City Hall Plaza  ·  Portland


        Thousands of people are in prison today for what they
        believe, what they wrote, or who they are. Stand with them.


             Bring a candle.  Bring a friend.


   Sponsored by International Conscience Network Group 48
   Info: (503) 555-0199
""",
    },
    {
        'id': '033',
        'split': 'test',
        'date': '1986-03-03',
        'date_form': 'month-day-year',
        'type': 'letter',
        'subjects': ['torture'],
        'title': '[Letter from Group 61, Ann Arbor, requesting a trainer for a workshop on torture]',
        'title_devised': True,
        'title_variants': ['[Letter requesting a trainer for a workshop on torture]', 'Request for a trainer — workshop on torture', 'Re: Request for a trainer — workshop on torture'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "The RECEIVED stamp (Mar 10 1986) is a receipt date; 'April 19' and 'April 26' are proposed workshop dates; the letter's own date is March 3, 1986.",
        'text': """\
Group 61 -- Ann Arbor, Michigan
c/o 1420 Hill Street, Ann Arbor, MI 48104

                                               March 3, 1986

Regional Trainer
Midwest Regional Office
410 S. Michigan Ave., Room 822
Chicago, IL 60605
                                       +---------------------------+
                                       |  RECEIVED                 |
                                       |  MAR 10 1986              |
                                       |  MIDWEST REGIONAL OFFICE  |
                                       +---------------------------+
Re: Request for a trainer -- workshop on torture

Dear Friends,

Our group would like to hold a half-day public workshop on torture this
spring, as our part in the campaign. We have about thirty people
interested, including students from the university and members of two
church groups.

We would like a trainer who can explain how and why torture happens,
what the international standards say, and what ordinary people can do.
We would also welcome the slide show on torture survivors if it is
available. Saturday April 19 or Saturday April 26 would suit us best.
We can pay the trainer's travel and will provide a bed.

Could you also send us 40 copies of the leaflet on torture and the
campaign kit?

Thank you for your help.

                                      Sincerely,

                                      /s/ Ruth Kaplan
                                      Ruth Kaplan, Group Coordinator
""",
    },
    {
        'id': '034',
        'split': 'test',
        'date': '2001-10-06',
        'date_form': 'month-day-range',
        'type': 'evaluation form',
        'subjects': ['lobbying', 'media work', 'urgent actions'],
        'title': 'Southeast Regional Training: Workshop Evaluation',
        'title_devised': False,
        'title_variants': ['Southeast Regional Training', 'Workshop Evaluation: Southeast Regional Training'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': '',
        'text': """\
SOUTHEAST REGIONAL TRAINING  ·  WORKSHOP EVALUATION
October 6–7, 2001  ·  Atlanta, Georgia

Please help us improve our trainings. Circle one number for each session
(1 = not useful, 5 = very useful) and add comments.

Saturday
  Urgent Actions: Making Every Appeal Count          1   2   3   4   5
  Lobbying Your Legislators                          1   2   3   4   5
  Getting Media Coverage for Your Group              1   2   3   4   5

Sunday
  Closing: next steps by state                      1   2   3   4   5

1. Which session was most useful to you, and why?
   ____________________________________________________________________

2. Did the Urgent Action session make you more likely to join the
   network?   Yes / No / Already a member

3. After the lobbying session, do you feel ready to visit your
   legislator's district office?   Yes / Not yet / No

4. Will your group try the media tips? Which ones?
   ____________________________________________________________________

5. How did you hear about this training?
   [ ] newsletter  [ ] email  [ ] my group  [ ] website  [ ] other

6. Anything else?
   ____________________________________________________________________

Thank you!  Please leave this form at the registration table.
""",
    },
    {
        'id': '035',
        'split': 'test',
        'date': '1990-12',
        'date_form': 'es-month-year',
        'type': 'report',
        'subjects': ['disappearances'],
        'title': 'Informe del taller sobre desapariciones forzadas',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'es',
        'places': ['CL'],
        'notes': "Report without a separate issue date: the date line under the heading (diciembre de 1990). 'abril' (commission created) and 1973-1990 are history.",
        'text': """\
INFORME DEL TALLER SOBRE DESAPARICIONES FORZADAS

Santiago de Chile, diciembre de 1990


1. Antecedentes

El taller reunió a 28 personas: familiares de detenidos desaparecidos,
abogados de organismos de derechos humanos y miembros de los grupos de
la Red de Santiago, Valparaíso y Concepción. Se realizó pocos meses
después de la creación, en abril, de la Comisión Nacional de Verdad y
Reconciliación, encargada de esclarecer las desapariciones y ejecuciones
ocurridas en Chile entre 1973 y 1990.

2. Desarrollo

Primera sesión: cómo documentar un caso de desaparición (testimonios,
recursos de amparo presentados, datos del lugar de detención).

Segunda sesión: el acompañamiento a las familias; el derecho a conocer
la verdad sobre la suerte de los desaparecidos.

Tercera sesión: la colaboración con la Comisión; qué información
entregar y cómo proteger a los testigos.

3. Conclusiones

Los participantes pidieron que la Red siga reclamando la búsqueda de los
restos de los desaparecidos y el juicio de los responsables, y que no se
acepte la amnistía de 1978 como obstáculo para la verdad.
""",
    },
    {
        'id': '037',
        'split': 'test',
        'date': '1976-09-25',
        'date_form': 'two-digit-year',
        'type': 'agenda',
        'subjects': ['fundraising', 'letter writing', 'petitions', 'prisoners of conscience', 'torture'],
        'title': "Group 41: Coordinators' Meeting",
        'title_devised': False,
        'title_variants': ["Group 41 Coordinators' Meeting", "Group 41 Coordinators' Meeting: Agenda", "Coordinators' Meeting"],
        'audience': [],
        'language': 'en',
        'places': ['ID'],
        'notes': "'Dec. 10' (goal) and 'Oct. 23' (next meeting) are mentioned dates without year. Internal group document: no audience stated.",
        'text': """\
                   GROUP 41 -- COORDINATORS' MEETING

        Agenda -- Sept. 25, '76 -- 7:30 p.m. at the Friends Meeting House



1.  Minutes of last meeting (Helen)

2.  Adoption cases:  news on our prisoner in Indonesia (transferred
    to Buru Island? -- letter from the Research Dept.); do we ask for
    a second case?

3.  Letter-writing night:  dates for October; who brings stationery,
    airmail stamps and the addresses

4.  Treasurer:  balance $48.17.  Proposal for a rummage sale in the
    church basement.  Who will ask Rev. Coles?

5.  Campaign for the Abolition of Torture:  petition signatures to
    date (goal: 1,000 by Dec. 10).  Petition table at the co-op?

6.  Any other business


                        Next meeting: Oct. 23
""",
    },
    {
        'id': '039',
        'split': 'test',
        'date': '2009-08-09',
        'date_form': 'es-full-date',
        'type': 'flyer',
        'subjects': ['indigenous peoples', 'vigils and demonstrations'],
        'title': 'Marcha por los derechos de los pueblos indígenas',
        'title_devised': False,
        'title_variants': ['¡Únete! Marcha por los derechos de los pueblos indígenas'],
        'audience': [],
        'language': 'es',
        'places': ['MX'],
        'notes': '',
        'text': """\
                              ¡ÚNETE!

          MARCHA POR LOS DERECHOS DE LOS PUEBLOS INDÍGENAS


                  Domingo 9 de agosto de 2009
          Día Internacional de los Pueblos Indígenas

       11:00 h - del Ángel de la Independencia al Zócalo


   Exigimos que el Estado mexicano respete el derecho de los pueblos
   indígenas a la consulta previa, libre e informada antes de cualquier
   proyecto minero o hidroeléctrico en sus territorios, y que cese el
   hostigamiento a las comunidades de Guerrero y Oaxaca que defienden
   sus tierras.


           Trae tu pancarta. Marcha pacífica y silenciosa.


    Red Internacional de Conciencia - Sección Mexicana
    www.ric-mexico.org.mx
""",
    },
    {
        'id': '043',
        'split': 'test',
        'date': '1979',
        'date_form': 'fr-season',
        'type': 'trainer guide',
        'subjects': ['death penalty'],
        'title': "Guide de l'animateur: La peine de mort dans le monde",
        'title_devised': False,
        'title_variants': ['La peine de mort dans le monde', 'Séance: La peine de mort dans le monde'],
        'audience': ['trainers'],
        'language': 'fr',
        'places': ['FR'],
        'notes': "'Édition : automne 1979' is the edition line (year only). 'décembre 1977' (Stockholm Declaration) and the 1977 execution are history. France's death penalty is discussed at length: FR.",
        'text': """\
                      GUIDE DE L'ANIMATEUR

            Séance : LA PEINE DE MORT DANS LE MONDE

                                          Édition : automne 1979


But de la séance
Faire comprendre aux membres pourquoi notre mouvement s'oppose à la peine
de mort en toutes circonstances, et les préparer à défendre cette
position dans le débat public en France.

Durée : 2 heures environ.

1. Tour de table (15 min)
Demandez à chacun : « Êtes-vous pour ou contre la peine de mort, et
pourquoi ? » Notez les arguments au tableau en deux colonnes, sans les
discuter.

2. Exposé (30 min)
Présentez la Déclaration de Stockholm (décembre 1977) : la peine de mort
est le châtiment le plus cruel, inhumain et dégradant, et une violation
du droit à la vie. Donnez les chiffres connus des exécutions dans le
monde l'an dernier.

3. La France (30 min)
Rappelez que la dernière exécution en France a eu lieu en septembre 1977
et que la guillotine reste prévue par la loi. Présentez les positions
des partis et les propositions de loi d'abolition déposées à
l'Assemblée. Demandez aux participants quels arguments ils ont entendus
autour d'eux.

4. Réponses aux arguments (30 min)
Reprenez les arguments notés au début. Pour chacun, le groupe cherche
une réponse : dissuasion, erreur judiciaire, vengeance, coût.

5. Conclusion (15 min)
Distribuez la fiche « Vingt questions sur la peine de mort » et la
pétition nationale pour l'abolition.
""",
    },
    {
        'id': '046',
        'split': 'test',
        'date': '1992-03',
        'date_form': 'es-month-year',
        'type': 'handout',
        'subjects': ['letter writing', 'lobbying', 'torture', 'urgent actions'],
        'title': 'Hoja informativa: ¿Qué es la tortura?',
        'title_devised': False,
        'title_variants': ['¿Qué es la tortura?', '¿Qué es la tortura? Hoja informativa'],
        'audience': [],
        'language': 'es',
        'places': [],
        'notes': "1984 (Convention) and 1987 (entry into force) are history. 'Qué podemos hacer' list items give letter writing, urgent actions and lobbying (asking our government to ratify the Convention).",
        'text': """\
HOJA INFORMATIVA



                     ¿QUÉ ES LA TORTURA?


La Convención de las Naciones Unidas contra la Tortura, adoptada en 1984
y en vigor desde 1987, define la tortura como todo acto por el cual se
inflijan intencionadamente a una persona dolores o sufrimientos graves,
ya sean físicos o mentales, con el fin de obtener de ella una confesión,
castigarla o intimidarla, cuando esos dolores sean infligidos por un
funcionario público o con su consentimiento.

¿Dónde ocurre?
La tortura se practica en más de la mitad de los países del mundo, casi
siempre en las primeras horas o días de la detención, cuando la persona
detenida está incomunicada, sin acceso a abogado, médico ni familia.

¿Por qué persiste?
Porque los torturadores rara vez son castigados. La impunidad es la
mejor garantía de que la tortura continúe.

¿Qué podemos hacer?
  -  Escribir cartas a las autoridades pidiendo que se investiguen las
     denuncias y se juzgue a los responsables.
  -  Participar en la Red de Acción Urgente: cuando una persona corre
     peligro de ser torturada, los llamamientos deben llegar en pocos días.
  -  Pedir a nuestro gobierno que ratifique la Convención y acepte las
     visitas del Comité contra la Tortura.


                                   Red Internacional de Conciencia
                                   Sección Mexicana - marzo de 1992
""",
    },
    {
        'id': '048',
        'split': 'test',
        'date': '1985-08-02',
        'date_form': 'day-month-year',
        'type': 'report',
        'subjects': ['coalition building', 'prisoners of conscience', "women's rights"],
        'title': "Report on the Workshop on Women's Human Rights",
        'title_devised': False,
        'title_variants': ["Report on the Workshop on Women's Human Rights held at the NGO Forum, Nairobi"],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "The report's own date of submission (2 August 1985) wins over the workshop dates (15-17 July 1985). Nairobi is the venue, not a place label.",
        'text': """\
       REPORT ON THE WORKSHOP ON WOMEN'S HUMAN RIGHTS
   held at the NGO Forum, Nairobi, 15-17 July 1985

   submitted to the Executive Committee, 2 August 1985


1. PARTICIPATION

Some 120 women and men from 34 countries attended the three sessions,
held in parallel with the end-of-decade World Conference on Women.
Participants came from women's organizations, trade unions, churches
and human rights groups.

2. SESSIONS

(a) Violence against women in the home and the community. Speakers
described beatings, forced marriage and dowry deaths, and the refusal
of police and courts in many countries to treat them as crimes.
Participants called for laws that protect women in the family and for
shelters run by women's organizations.

(b) Women prisoners of conscience. The session presented the cases of
women jailed for their peaceful activities as trade unionists, writers
and relatives of political activists. Several participants undertook
to raise these cases in their own organizations.

(c) Working with women's organizations. Discussion of how our movement
can work alongside women's groups without losing its impartiality:
joint statements, shared events, exchange of information.

3. RECOMMENDATIONS

  - that the movement publish a report on women and human rights;
  - that sections build lasting links with national women's
    organizations;
  - that training materials for groups include women's cases.
""",
    },
    {
        'id': '049',
        'split': 'test',
        'date': '1996',
        'date_form': 'bare-year-after-dash',
        'type': 'trainer guide',
        'subjects': ['civil and political rights', 'economic, social and cultural rights', 'facilitation', 'human rights education'],
        'title': "Facilitator's Guide: Introduction to Human Rights",
        'title_devised': False,
        'title_variants': ["Facilitator's Guide: Introduction to Human Rights — 1996", 'Introduction to Human Rights'],
        'audience': ['new members', 'trainers', 'youth'],
        'language': 'en',
        'places': [],
        'notes': '1948 (UDHR) is history. The two families of rights are a step of the session: both broad terms labelled because the document covers them as such.',
        'text': """\
FACILITATOR'S GUIDE: INTRODUCTION TO HUMAN RIGHTS — 1996
A 90-minute session for new member orientations and high school classes


OBJECTIVES
By the end of the session participants will be able to:
  * say in their own words what human rights are;
  * name the two main families of rights in the Universal Declaration;
  * give one example of a human rights issue in their own community.

MATERIALS
Flipchart and markers; copies of the simplified Universal Declaration
(Handout 1); envelopes of rights cards (one set per small group).

STEP 1 -- OPENING (10 minutes)
Welcome the group. Ask each participant: "What is one thing every person
needs to live in dignity?" Write the answers on the flipchart. Do not
comment yet; you will come back to this list.

STEP 2 -- WHAT ARE HUMAN RIGHTS? (20 minutes)
Explain that human rights belong to everyone because they are human,
not because a government grants them. Tell the story of the Universal
Declaration of Human Rights, adopted by the United Nations General
Assembly on 10 December 1948 after the Second World War.

STEP 3 -- TWO FAMILIES OF RIGHTS (30 minutes)
Divide the participants into groups of four or five. Give each group an
envelope of rights cards and ask them to sort the cards into two piles.
Then explain:
  - Civil and political rights (Articles 3-21): life, liberty, freedom
    from torture, fair trial, freedom of expression, religion and
    assembly, the right to vote.
  - Economic, social and cultural rights (Articles 22-27): work, fair
    wages, social security, health, housing, education, taking part in
    cultural life.
Ask: "Which pile does our country protect better? Why?" Stress that the
two families are interdependent: a right to vote means little to a
family without food.
\f
STEP 4 -- RIGHTS IN OUR COMMUNITY (20 minutes)
Return to the flipchart list from Step 1. Ask participants to match each
need to an article of the Declaration, and to name one place in their
own town where that right is not fully respected.

STEP 5 -- CLOSING (10 minutes)
Each participant completes the sentence "One thing I learned today
is ..." Hand out the membership leaflet and the dates of the next
meeting.

TIPS FOR THE FACILITATOR
  * Arrange the chairs in a circle; avoid lecturing for more than five
    minutes at a time.
  * If one person dominates, thank them and ask to hear from someone
    who has not spoken yet.
  * Some participants will raise painful personal experiences. Listen,
    do not press, and offer to talk after the session.
  * With high school classes, agree on the ground rules with the teacher
    before you start.

                                                      Training Unit
""",
    },
    {
        'id': '050',
        'split': 'test',
        'date': None,
        'date_form': 'none',
        'type': 'letter',
        'subjects': ['fundraising', 'letter writing'],
        'title': '[Letter to Group 17 members about the garage sale and letter-writing night]',
        'title_devised': True,
        'title_variants': ['[Letter to group members about the garage sale and letter-writing night]'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "'Saturday the 14th' has no month or year: null date. Urgent Actions are named in passing within the letter-writing paragraph.",
        'text': """\
Dear Group 17 members,

Just a reminder that our GARAGE SALE is Saturday the 14th, 8 a.m. to
2 p.m., at the Hendersons' (corner of Elm and 5th). Please drop off
donations at their garage Friday evening -- books, toys, kitchen
things, tools. NO clothes please, we still have boxes from last time!
We need people to run the tables in two-hour shifts; call me to sign up.
All the money goes to postage and to our share of the national dues.

After the sale, come over to my place at 7 for LETTER-WRITING NIGHT.
We'll write for Dr. Lwanga again (it's been two years!) and for the two
new Urgent Actions that came this week. I'll have paper, envelopes,
airmail stamps and the sample letters. Bring a friend who might like
to join.

Thanks everyone!

Marge
(555-0164)
""",
    },
    {
        'id': '051',
        'split': 'test',
        'date': '2008-09-02',
        'date_form': 'us-numeric',
        'type': 'trainer guide',
        'subjects': ['online activism', 'petitions'],
        'title': 'Trainer Guide: Online Activism for Student Groups',
        'title_devised': False,
        'title_variants': ['Online Activism for Student Groups'],
        'audience': ['student groups', 'trainers'],
        'language': 'en',
        'places': [],
        'notes': 'US document: 09/02/2008 read as M/D/Y (2 September 2008).',
        'text': """\
Trainer Guide: Online Activism for Student Groups
Updated 09/02/2008                                    Youth & Student Program


SESSION OVERVIEW
Length: 2 hours. Group size: 8-30. Room: computer lab or wifi + laptops.
This session helps student group leaders use the web to reach more people
and turn online interest into offline action.

PART 1. WHY ONLINE? (15 min)
Ask: "How did you hear about this training?" Most will say Facebook, a
friend's email or a text. Make the point: our members already live online.

PART 2. YOUR GROUP'S LIST AND PAGE (30 min)
Walk participants through setting up:
  - an email list (sign-up sheet at every event; one clear subject line
    per message; no more than one message a week);
  - a Facebook group with the group's meeting time, photos from events and
    a link to the current action.
Exercise: each participant drafts a 100-word email announcing the next
meeting. Swap and critique.

PART 3. ONLINE PETITIONS: WHEN DO THEY WORK? (30 min)
Discuss: a petition works when it has a clear target, a clear demand and
a moment to deliver it (a visit, a hearing, a vote). Show two examples:
one delivered to a consulate with press, one that just sat on a website.
Participants design a petition for a current case: target, demand, text
of 50 words, delivery plan.
\f
PART 4. STAYING SAFE ONLINE (15 min)
Privacy settings; never post details of people at risk; think before
posting photos of demonstrators.

PART 5. FROM CLICKS TO ACTION (20 min)
Brainstorm ways to turn online supporters into people who come to
meetings: personal follow-up, small asks first, events with a social
side.

WRAP-UP (10 min)
Each participant names one thing to set up this week.

HANDOUTS FOR THIS SESSION
  O-1 Email list checklist
  O-2 Petition planning sheet
  O-3 Privacy settings step by step
""",
    },
    {
        'id': '054',
        'split': 'test',
        'date': None,
        'date_form': 'none',
        'type': 'memo',
        'subjects': ['urgent actions'],
        'title': 'Phone Tree for Urgent Actions',
        'title_devised': False,
        'title_variants': ['Re: Phone Tree for Urgent Actions', '[Memo to Group 42 members about the Urgent Action phone tree]'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': 'No date anywhere.',
        'text': """\
MEMO

To:    Group 42 members
From:  Sue (UA coordinator)
Re:    Phone tree for Urgent Actions

When an Urgent Action comes in, I'll call the first two people on the
list. Each person calls the next two, and so on. If you can't reach
someone, leave a message AND call the person after them, so the chain
doesn't break. Everyone who gets a call: please write your appeal within
three days and tell me at the next meeting how many you sent.

   Sue ---------> Dan (555-0123)      ---> Alice (555-0187)
                                      ---> Mohammed (555-0141)
           -----> Karen (555-0176)    ---> Pete & Joan (555-0102)
                                      ---> Ellen (555-0155)

   Alice   ---> Frank (555-0199)
   Mohammed ---> new members (Tran, Lucy) -- I'll give you their numbers

If your number changes, tell me!
""",
    },
    {
        'id': '056',
        'split': 'test',
        'date': None,
        'date_form': 'none',
        'type': None,
        'subjects': ['refugees'],
        'title': '[Fragment of a text on asylum procedures]',
        'title_devised': True,
        'title_variants': ['[Fragment on asylum procedures]'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "A page starting mid-sentence with no heading and no form cue: type null, devised title. 'page 3' only.",
        'text': """\
                                 - 3 -

the interview at the airport. If the officer decides that the claim is
"manifestly unfounded", the applicant may be refused entry and returned
within days, often before any lawyer or refugee agency has heard of the
case. This is why the first hours matter so much.

4.  Appeals

Where an appeal is allowed, it must usually be lodged within a very
short time -- sometimes 48 hours -- and in the language of the country.
An applicant who does not speak that language and has no lawyer is
unlikely to manage it. An appeal that does not suspend removal is of
little use to someone who has already been sent back.

5.  Detention of asylum-seekers

Many states detain asylum-seekers while their claims are examined, in
prisons or in closed centres, sometimes for months. Detention should be
a last resort, for the shortest possible time, and never in the same
cells as convicted criminals. Children should not be detained.

6.  Safe third countries

Applicants who passed through another country on the way may be sent
back there on the ground that they could have asked for asylum there.
But that country may in turn send them on, until they reach the
""",
    },
    {
        'id': '057',
        'split': 'test',
        'date': '1994',
        'date_form': 'copyright-symbol',
        'type': 'handout',
        'subjects': ['refugees'],
        'title': "Fiche pratique n° 3: Les réfugiés et le droit d'asile",
        'title_devised': False,
        'title_variants': ["Les réfugiés et le droit d'asile", "Les réfugiés et le droit d'asile: fiche pratique n° 3"],
        'audience': [],
        'language': 'fr',
        'places': ['FR'],
        'notes': '1951 (Geneva Convention) and 1967 (Protocol) are history.',
        'text': """\
Fiche pratique n° 3

              LES RÉFUGIÉS ET LE DROIT D'ASILE


Qui est réfugié ?
Selon la Convention de Genève de 1951 et son Protocole de 1967, est
réfugiée toute personne qui, craignant avec raison d'être persécutée
du fait de sa race, de sa religion, de sa nationalité, de son
appartenance à un certain groupe social ou de ses opinions politiques,
se trouve hors du pays dont elle a la nationalité et ne peut ou ne veut
se réclamer de sa protection.

Le principe de non-refoulement
Aucun État ne peut renvoyer un réfugié vers un pays où sa vie ou sa
liberté serait menacée. C'est la pierre angulaire de la protection
internationale.

La demande d'asile en France
  - La demande est déposée auprès de la préfecture, qui délivre une
    autorisation provisoire de séjour.
  - L'OFPRA examine le dossier et convoque parfois le demandeur à un
    entretien.
  - En cas de rejet, un recours est possible devant la Commission des
    recours des réfugiés dans un délai d'un mois.
  - Pendant la procédure, le demandeur n'a pas le droit de travailler.

Ce que peut faire un groupe
Informer le public, soutenir les associations d'accueil, intervenir
lorsqu'un demandeur débouté risque d'être renvoyé vers la torture.


© 1994 Réseau international de conscience - Section française
""",
    },
    {
        'id': '058',
        'split': 'test',
        'date': '1991-03',
        'date_form': 'revision-numeric',
        'type': 'handout',
        'subjects': ['letter writing', 'urgent actions'],
        'title': 'How to Write an Urgent Action Appeal',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': '1973 is history. Brazil is mentioned in passing (history), not a place label.',
        'text': """\
                HOW TO WRITE AN URGENT ACTION APPEAL


When an Urgent Action arrives, someone's safety may depend on how quickly
appeals reach the authorities. The network began in 1973 with a single
appeal for a Brazilian teacher; today thousands of members answer each
case. Keep these points in mind:

 1. ACT FAST. Send your appeal within a few days of receiving the UA.
    The first days after an arrest are the most dangerous.

 2. BE COURTEOUS. Officials are more likely to read a polite letter.
    Never insult the government or its leaders.

 3. BE BRIEF. One page is enough. Mention the prisoner's full name and
    the facts given in the UA; do not add rumours or guesses.

 4. SAY WHAT YOU ASK FOR. "I urge you to ensure that he is not tortured
    and is allowed immediate access to his lawyer and family."

 5. USE THE RIGHT ADDRESS AND SALUTATION. Follow the UA exactly: "Your
    Excellency" for a head of state, "Dear Minister" for a minister.

 6. POSTAGE. Airmail letters need the full international rate. Faxes and
    telegrams are listed when time is very short.

 7. REPORT BACK. Send copies of any replies to the Urgent Action Office,
    and tell us how many appeals you sent.

Sample opening:
   "I am writing to express my deep concern about the arrest of ..."


International Conscience Network USA  ·  Urgent Action Office
P.O. Box 482, Boulder, CO 80306                               Rev. 3/91
""",
    },
    {
        'id': '059',
        'split': 'test',
        'date': '1986-05-12',
        'date_form': 'us-numeric',
        'type': 'sign-in sheet',
        'subjects': ['death penalty'],
        'title': 'Death Penalty Training: Sign-In Sheet',
        'title_devised': False,
        'title_variants': ['Death Penalty Training', 'Death Penalty Training Sign-In Sheet'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': 'US document: 5/12/86 read as M/D/Y.',
        'text': """\
DEATH PENALTY TRAINING  --  SIGN-IN SHEET  --  5/12/86  --  Houston

 NAME                  ADDRESS                          PHONE       GROUP #
 ____________________  _______________________________  __________  _______
 Carol Mendez          2210 Bissonnet, Houston 77005    523-1187    248
 R. T. Okafor          1404 W. Alabama #3               528-0934    248
 Jim & Linda Strand    Box 77, Sealy                    885-2210    --
 Marcus Hill           UH Student Center                749-5561    Campus
 Sr. Anne Boudreaux    St. Anne's Convent, Houston      665-0012    301
 David Weiss           5010 Mandell                     522-6613    248
 Thuy Nguyen           9300 Bellaire Blvd               771-4480    --
 ____________________  _______________________________  __________  _______
 ____________________  _______________________________  __________  _______
 ____________________  _______________________________  __________  _______
""",
    },
    {
        'id': '060',
        'split': 'test',
        'date': '1987',
        'date_form': 'school-year',
        'type': 'worksheet',
        'subjects': ['fundraising', 'human rights education', 'letter writing', 'recruitment', 'urgent actions'],
        'title': 'Human Rights in Your School: Planning Worksheet for the 1987-88 School Year',
        'title_devised': False,
        'title_variants': ['Human Rights in Your School', 'Planning Worksheet for the 1987-88 School Year'],
        'audience': ['student groups', 'youth'],
        'language': 'en',
        'places': [],
        'notes': "'1987-88 School Year' is a range: first year. December 10 (no year) is mentioned.",
        'text': """\
                    HUMAN RIGHTS IN YOUR SCHOOL
           Planning Worksheet for the 1987-88 School Year
                   -- for high school chapters --

Chapter: ___________________________  Faculty advisor: ___________________

Meet with your officers and advisor in September and fill in this
sheet together. Send a copy to the Student Program office.

1. RECRUITING
   How will you recruit new members at the start of the year?
   (club fair, morning announcements, posters, a film)
   ________________________________________________________________
   ________________________________________________________________

2. TEACHING YOUR SCHOOL ABOUT HUMAN RIGHTS
   Plan one event to teach other students about human rights: an
   assembly, a teach-in, a display in the library, a Human Rights Day
   (December 10) program.
   Event: ____________________________  Month: _____________

3. URGENT ACTIONS AND LETTERS
   Which Urgent Actions or cases will your chapter write letters for?
   How often will you hold letter-writing sessions?
   ________________________________________________________________

4. MONEY
   How will you raise money for postage and materials?
   ________________________________________________________________
""",
    },
    {
        'id': '064',
        'split': 'test',
        'date': '1983-05-01',
        'date_form': 'ordinal',
        'type': 'letter',
        'subjects': ['group organizing', 'letter writing', 'prisoners of conscience', 'urgent actions'],
        'title': '[Letter welcoming new members]',
        'title_devised': True,
        'title_variants': ['[Letter to new members]', '[Welcome letter to new members]'],
        'audience': ['new members'],
        'language': 'en',
        'places': [],
        'notes': 'The Midwest conference (June 18-19, 1983) is a mentioned event. The bulleted ways to get involved give the subjects.',
        'text': """\
              INTERNATIONAL CONSCIENCE NETWORK, U.S.A.
        Midwest Regional Office  *  410 S. Michigan Ave., Room 822
                   Chicago, Illinois 60605  *  (312) 555-0143


                                                    May 1st, 1983


Dear New Member,

Welcome! Your membership adds one more voice to a movement that has
helped free thousands of prisoners in more than a hundred countries.
Many new members ask us, "What can I actually do?" Here are the main
ways to get involved:

   *  Write letters for prisoners of conscience.  Each issue of the
      newsletter carries three cases, with the addresses to write to
      and a sample letter. Twenty minutes a month makes a difference.

   *  Join the Urgent Action Network.  When someone is in immediate
      danger of torture or execution, you will receive an appeal by
      mail and write within days.

   *  Join a local group near you -- or start one.  The enclosed list
      gives the groups in your state; if there is none near you, our
      office will help you form one.

Our Midwest conference takes place on June 18-19, 1983, in Madison,
Wisconsin. New members are especially welcome; a registration form is
enclosed.

Thank you for joining us.

                                         Sincerely,

                                         Margaret O'Leary
                                         Membership Coordinator
""",
    },
    {
        'id': '066',
        'split': 'test',
        'date': '2004-11-25',
        'date_form': 'iso',
        'type': 'handout',
        'subjects': ['armed conflict', "women's rights"],
        'title': 'Stop Violence Against Women: Fact Sheet',
        'title_devised': False,
        'title_variants': ['Stop Violence Against Women', 'Fact Sheet: Stop Violence Against Women'],
        'audience': [],
        'language': 'en',
        'places': ['SD'],
        'notes': "Campaign launch date (5 March 2004) is mentioned. A fact sheet on the issue, not a presentation of the campaign: no 'campaigning'. Darfur paragraph gives SD.",
        'text': """\
STOP VIOLENCE AGAINST WOMEN
Fact Sheet                                        Updated 2004-11-25

One in three women worldwide will be beaten, coerced into sex or
otherwise abused in her lifetime. Violence against women is the most
pervasive human rights abuse of our time, and the least punished. Our
global campaign to stop it was launched on 5 March 2004.

Violence in the family
Most violence against women happens at home, at the hands of husbands,
partners and relatives. In many countries marital rape is not a crime,
and police treat beatings as a private matter. States have a duty to
prevent, investigate and punish such violence, whoever commits it.

Violence against women in armed conflict
Rape is used as a weapon of war. In Darfur, Sudan, women and girls
fleeing attacks by government-backed militias have been raped, abducted
and branded; survivors who seek help face stigma and, sometimes, arrest.
Those responsible are almost never brought to justice.

To get involved, contact your regional office or your local group.
""",
    },
    {
        'id': '075',
        'split': 'test',
        'date': '1984-11-30',
        'date_form': 'es-full-date',
        'type': 'memo',
        'subjects': ['campaigning', 'petitions', 'torture'],
        'title': 'Segunda campaña contra la tortura: materiales para los grupos',
        'title_devised': False,
        'title_variants': ['Segunda campaña contra la tortura', '[Memo to group coordinators about materials for the second campaign against torture]'],
        'audience': ['local groups'],
        'language': 'es',
        'places': [],
        'notes': "'abril de 1984' (launch) and '10 de diciembre' are mentioned dates. Memo coordinating a campaign: campaigning; the petition paragraph: petitions.",
        'text': """\
MEMORÁNDUM

Para:     Coordinadores de grupo
De:       Secretariado de la Sección
Fecha:    30 de noviembre de 1984
Asunto:   Segunda campaña contra la tortura - materiales para los grupos


La segunda campaña internacional contra la tortura, lanzada en abril de
1984, entra en su fase final. Les enviamos por correo aparte los
materiales para los próximos meses:

   - 50 carteles "La tortura es un crimen" por grupo;
   - folletos con el programa de doce puntos para la prevención de la
     tortura;
   - hojas de firmas para la petición dirigida a la Asamblea General de
     las Naciones Unidas.

Petición. Les pedimos que concentren la recogida de firmas en el 10 de
diciembre, Día de los Derechos Humanos: mesas en la calle, en
parroquias y en universidades. Cada hoja tiene espacio para veinte
firmas; envíen las hojas completas a la Sección antes de fin de año.
Las firmas de todas las secciones se entregarán juntas en Nueva York.

Les agradeceremos que nos informen del número de firmas recogidas y de
cualquier cobertura de prensa que obtengan.
""",
    },
    {
        'id': '077',
        'split': 'test',
        'date': '1989',
        'date_form': 'season',
        'type': 'newsletter',
        'subjects': ['prisoners of conscience', 'recruitment', 'urgent actions'],
        'title': 'Student Action',
        'title_devised': False,
        'title_variants': ['Student Action: The Newsletter of the ICN USA Student Program'],
        'audience': ['student groups'],
        'language': 'en',
        'places': ['CN'],
        'notes': "'Fall 1989' gives the year. 'June 4', 'November 10-12, 1989' (conference) and 'October 15' are mentioned. UA item for a detained student in China: urgent actions, prisoners of conscience, CN.",
        'text': """\
STUDENT ACTION
The Newsletter of the ICN USA Student Program                      Fall 1989
____________________________________________________________________________

CHINA: STUDENTS STILL DETAINED

Months after the army cleared Tiananmen Square on June 4, hundreds of
students and workers remain in detention without charge. This issue's
Urgent Action concerns Wang Lin, a 22-year-old physics student from
Beijing University arrested for organizing a peaceful sit-in. He is held
incommunicado and we fear he may be tortured. Please write TODAY to the
Premier and to the Minister of Public Security (addresses on page 3) and
ask for his immediate release. Wang Lin is a prisoner of conscience: he
used no violence and advocated none.

RECRUITING AT THE ACTIVITIES FAIR: FIVE TIPS

  1. Have something to DO at the table: a petition, a postcard to sign.
  2. Put up a big, readable banner -- no acronyms.
  3. Staff the table with two people who love talking to strangers.
  4. Collect names and phone numbers, and call within three days.
  5. Hold your first meeting within a week of the fair.

REGIONAL STUDENT CONFERENCE

The Midwest student conference will be held November 10-12, 1989 in Ann
Arbor. Register through your regional office by October 15.

CHAPTER NEWS

Oberlin held a 24-hour vigil; Georgetown collected 1,400 signatures for
Chinese students; UC Santa Cruz has a new chapter with 30 members.
""",
    },
]
