"""The dev half of the independent tagging evaluation set: document texts and labels.

Written by a helper who never read metp's tagging code or its earlier labelled data;
labelled by docs/labelling-guidelines.md. Generated once from the drafts by a seeded
numbering and split (see split.py); edit here, then re-run make_set.py.
"""

DOCUMENTS = [
    {
        'id': '002',
        'split': 'dev',
        'date': '1999-10-09',
        'date_form': 'eu-slash',
        'type': 'sign-in sheet',
        'subjects': ['fundraising'],
        'title': 'Hoja de asistencia: Taller de recaudación de fondos',
        'title_devised': False,
        'title_variants': ['Taller de recaudación de fondos', 'Hoja de asistencia taller de recaudación de fondos'],
        'audience': [],
        'language': 'es',
        'places': [],
        'notes': 'Spanish document: 9/10/1999 read as D/M/Y (9 October 1999).',
        'text': """\
HOJA DE ASISTENCIA

Taller de recaudación de fondos
Valencia, 9/10/1999


   NOMBRE Y APELLIDOS            GRUPO             TELÉFONO        FIRMA
 1 Amparo Soler Ribes            Valencia-Centro   96 351 22 10    A. Soler
 2 Josep Martí                   Castelló          964 21 45 09    J. Martí
 3 María José Ferrer             Alicante          96 520 11 83    MJF
 4 Rafael Gómez Llopis           Valencia-Centro   96 372 40 56    R. Gómez
 5 Lucía Navarro                 Universidad       --              L.N.
 6 .............................  ...............   ..............  ..........
 7 .............................  ...............   ..............  ..........
 8 .............................  ...............   ..............  ..........
""",
    },
    {
        'id': '004',
        'split': 'dev',
        'date': None,
        'date_form': 'none',
        'type': 'handout',
        'subjects': ['media work'],
        'title': 'Working with Your Local Newspaper',
        'title_devised': False,
        'title_variants': ['Working with Your Local Newspaper: Tips for Local Groups'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': 'Human Rights Day (December 10) is mentioned with no year; the handout has no date of its own. Letters to the editor are media work, not letter writing.',
        'text': """\
                WORKING WITH YOUR LOCAL NEWSPAPER
                      Tips for local groups

Local papers are hungry for local news. A story about what your group
does reaches more people in one day than a year of tabling.

GET TO KNOW THE REPORTERS
Find out who covers community news, religion, and international
affairs. Call them, introduce your group, and offer to be a source on
human rights questions.

PRESS RELEASES
Keep it to one page. Put the most important fact in the first sentence:
who, what, when, where, why. Include a quote from a group member and a
contact name and phone number. Tie your story to a date when you can:
Human Rights Day (December 10), the anniversary of a prisoner's arrest,
a visit by a speaker.

LETTERS TO THE EDITOR
Short letters (under 200 words) responding to something the paper has
published are the most likely to be printed. Sign with your name, not
the group's, unless the group has agreed on the text.

OP-EDS
A longer opinion piece needs a strong local angle and a writer with
some standing: a lawyer, a doctor, a former refugee, a teacher.

PHOTOS
Papers love pictures. A vigil with candles, a giant letter, a display
in the library: tell the photo desk in advance.
""",
    },
    {
        'id': '006',
        'split': 'dev',
        'date': None,
        'date_form': 'none',
        'type': 'worksheet',
        'subjects': ['campaign planning'],
        'title': 'Power Mapping Worksheet',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': '',
        'text': """\
POWER MAPPING WORKSHEET

Group: ______________________________     Filled in by: __________________


1. Our campaign goal (one sentence -- what do we want to change?)

   ______________________________________________________________________

   ______________________________________________________________________


2. Primary target: who has the power to make this decision?
   (a person, not an institution)

   ______________________________________________________________________


3. Secondary targets: who can influence the primary target?

   Name / position                     How much influence? (1-5)
   ______________________________      ______
   ______________________________      ______
   ______________________________      ______


4. Place each person on the grid:

                    AGREES WITH US
                          |
                          |
     LITTLE POWER --------+-------- GREAT POWER
                          |
                          |
                    OPPOSES US


5. Which tactics will reach the people in the top right and bottom right
   of the grid?

   ______________________________________________________________________

   ______________________________________________________________________
""",
    },
    {
        'id': '008',
        'split': 'dev',
        'date': '2000-04-08',
        'date_form': 'month-day-year',
        'type': 'slides',
        'subjects': ['media work', 'online activism', 'public speaking'],
        'title': 'Getting Your Message Out: Media Training',
        'title_devised': False,
        'title_variants': ['Getting Your Message Out'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': 'Presentation date on the title slide.',
        'text': """\
Slide 1
GETTING YOUR MESSAGE OUT: MEDIA TRAINING
Presented at the Annual General Meeting, April 8, 2000

Slide 2 -- Know your message
  - Three points, no more
  - Say them in plain words
  - Repeat them

Slide 3 -- The press release
  - One page; most important fact first
  - A quote from a real person
  - Contact name and number

Slide 4 -- The interview: radio and TV
  - Prepare your three points
  - Short answers (10-20 seconds)
  - Bridge back to your message

Slide 5 -- Speaking at public events
  - Know your audience
  - Open with a story, close with an action
  - Practise out loud; time yourself

Slide 6 -- Your group on the Web
  - A simple home page: who you are, when you meet, how to act
  - Email alerts to members and friends
  - Keep it up to date or take it down
""",
    },
    {
        'id': '013',
        'split': 'dev',
        'date': '1988-06',
        'date_form': 'revised-month-year',
        'type': 'handout',
        'subjects': ['death penalty', 'racial discrimination'],
        'title': 'The Death Penalty: Questions and Answers',
        'title_devised': False,
        'title_variants': ['The Death Penalty'],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': "Revision date wins over 'First published 1985'. 1976 (Gregg) and 1987 (McCleskey) are history. Race question is a Q&A heading with a paragraph: racial discrimination. The last answer lists three actions in one sentence (passing): no letter writing, lobbying or coalition building.",
        'text': """\
                THE DEATH PENALTY: QUESTIONS AND ANSWERS


Q.  Doesn't the death penalty deter crime?
A.  No study has shown that executions deter crime more effectively than
    long imprisonment. States without the death penalty do not have
    higher murder rates than states with it; several have lower ones.

Q.  Isn't it applied only to the worst murderers?
A.  Who is sentenced to death depends less on the crime than on the
    county where it was committed, the quality of the defense lawyer,
    and the race of the victim.

Q.  Is the death penalty racially biased?
A.  In Georgia, a study of more than 2,000 murder cases found that
    killers of white victims were more than four times as likely to be
    sentenced to death as killers of black victims. In McCleskey v. Kemp
    (1987) the Supreme Court accepted the figures but upheld the
    sentence. Black defendants make up a far larger share of death row
    than of the population.

Q.  What about the risk of executing an innocent person?
A.  Since executions resumed after Gregg v. Georgia (1976), prisoners
    have been released from death row after evidence of their innocence
    came to light. Once a person is executed, a mistake cannot be put
    right.
\f
                                                                  page 2

Q.  Which countries still execute?
A.  More than half the countries of the world have abolished the death
    penalty in law or in practice. The United States is one of the few
    democracies that still carries out executions, alongside countries
    such as China, Iran and South Africa.

Q.  What can I do?
A.  Write to your governor and state legislators; join your state's
    abolition coalition; ask your group to adopt a death row case.


International Conscience Network USA -- Program to Abolish the Death
Penalty.  First published 1985; revised June 1988.
""",
    },
    {
        'id': '016',
        'split': 'dev',
        'date': None,
        'date_form': 'none',
        'type': 'slides',
        'subjects': ["children's rights"],
        'title': 'Los derechos de la infancia',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'es',
        'places': [],
        'notes': '1989 (Convention) and 1990 (entry into force) are history; no own date.',
        'text': """\
DIAPOSITIVA 1
Los derechos de la infancia

DIAPOSITIVA 2 - La Convención sobre los Derechos del Niño
  - Adoptada por la ONU en 1989, en vigor desde 1990
  - El tratado de derechos humanos más ratificado del mundo
  - Niño: toda persona menor de 18 años

DIAPOSITIVA 3 - Cuatro principios
  - No discriminación
  - Interés superior del niño
  - Derecho a la vida y al desarrollo
  - Derecho a ser escuchado

DIAPOSITIVA 4 - Niñas y niños en la calle
  - Sin hogar, sin escuela, sin atención médica
  - Expuestos a la explotación y al abuso

DIAPOSITIVA 5 - Trabajo infantil
  - Minas, agricultura, servicio doméstico
  - Lo que dice el Convenio 182 de la OIT

DIAPOSITIVA 6 - ¿Qué podemos hacer?
  - Conocer y difundir la Convención
  - Apoyar a las organizaciones de infancia de nuestra ciudad
""",
    },
    {
        'id': '020',
        'split': 'dev',
        'date': '1979',
        'date_form': 'season-split-year',
        'type': 'newsletter',
        'subjects': ['death penalty', 'fundraising', 'lobbying', 'prisoners of conscience', 'urgent actions'],
        'title': 'The Conscience Letter',
        'title_devised': False,
        'title_variants': ['The Conscience Letter, Vol. 3, No. 4', 'The Conscience Letter: Newsletter of ICN Groups in New England'],
        'audience': ['local groups'],
        'language': 'en',
        'places': ['KR', 'US'],
        'notes': "'Winter 1979/80' is a range: first year. Calendar dates (Jan. 19, 1980; Feb. 12, 1980), the release in December and 'Jan. 1' are mentioned. Items: released prisoner (KR), UA changes, state death-penalty bill hearing (lobbying, US), bake sale (fundraising).",
        'text': """\
THE CONSCIENCE LETTER
Newsletter of ICN Groups in New England
Vol. 3, No. 4                                              Winter 1979/80
==========================================================================

GOOD NEWS FROM SEOUL
Kim Chong-su, the poet adopted by Group 12 (Cambridge) in 1976, was
released in December under a general amnesty. In a letter smuggled out
last year he wrote that he knew "people far away are speaking my name."
Group 12 has sent a message of welcome and will now ask for a new case.
Congratulations to everyone who wrote!

URGENT ACTION CHANGES
From Jan. 1 UAs come on a single sheet with addresses on the back, and
appeals should go out within five days. Area coordinators have the
details.

DEATH PENALTY BILL IN THE STATE HOUSE
Members from six groups testified before the Judiciary Committee against
the bill to restore the death penalty in Massachusetts. Legislators we
visited said the letters from their districts were noticed. The bill
comes up again in February: please call or write your state
representative and senator now. Sample letter available from Carol at
Group 30.
\f
BAKE SALE BRINGS $312
Group 7 (Providence) raised $312 at its Harvest Bake Sale -- enough for
a year's postage. Their secret: asking local bakeries to donate day-old
bread and pastries. Recipe for the famous "prisoner of conscience pie"
on request.

CALENDAR
  Jan. 19, 1980 -- Area meeting, Worcester, 10 a.m.
  Feb. 12, 1980 -- Judiciary Committee hearing, State House, Boston
  Mar. 8, 1980  -- Regional training day, Hartford (details next issue)

--------------------------------------------------------------------------
Editor: Paul Chase, 27 Brattle St., Cambridge MA 02138.
Deadline for the spring issue: March 1.                             page 2
""",
    },
    {
        'id': '021',
        'split': 'dev',
        'date': '1990-03-14',
        'date_form': 'us-numeric-dashes',
        'type': 'memo',
        'subjects': ['lobbying'],
        'title': 'Lobby Day Trainings — April 1990',
        'title_devised': False,
        'title_variants': ['Lobby Day Trainings', 'Re: Lobby Day Trainings — April 1990', '[Memo to regional trainers about the April 1990 lobby day trainings]'],
        'audience': ['trainers'],
        'language': 'en',
        'places': ['US'],
        'notes': "April 24, 1990 (lobby day), the training week in April and FY1991 are mentioned. The title itself names April 1990, but the memo's date is 3-14-90. Lobbying Congress: US.",
        'text': """\
INTEROFFICE MEMO                              Washington Office


To:      Regional Trainers
From:    Government Relations
Date:    3-14-90
Re:      Lobby Day trainings -- April 1990


National Lobby Day is Tuesday, April 24, 1990. We expect 400 members on
Capitol Hill. Each region should hold a two-hour lobby training in the
week of April 16 for members who have signed up.

The training should cover:
  - how a bill moves through committee, and where we are on the two
    bills below;
  - how to run a 15-minute meeting with a Member or staff person;
  - role play of a meeting (allow at least 40 minutes);
  - what to report back to this office afterwards.

This year's asks:
  (a) human rights conditions on military aid in the FY1991 foreign
      aid bill;
  (b) cosponsorship of the resolution on political prisoners.

Briefing packets (fact sheets, district lists, report-back forms) will
be mailed to you by April 2. Call me at ext. 231 with questions.

                                                           -- D.H.
""",
    },
    {
        'id': '022',
        'split': 'dev',
        'date': '2000-03-14',
        'date_form': 'email-header',
        'type': 'letter',
        'subjects': ['death penalty', 'petitions', 'vigils and demonstrations'],
        'title': '[Email to student group coordinators about the spring action on the death penalty]',
        'title_devised': True,
        'title_variants': ['Spring action on the death penalty -- please read', 'Spring action on the death penalty'],
        'audience': ['student groups'],
        'language': 'en',
        'places': ['US'],
        'notes': "Email with greeting and signature: letter. 'week of April 3' and 'March 31' are mentioned dates. Texas executions: US.",
        'text': """\
From: "Jenna Ruiz" <jruiz@icn-usa.org>
To: student-coordinators@lists.icn-usa.org
Date: Tue, 14 Mar 2000 10:22:31 -0500
Subject: Spring action on the death penalty -- please read

Hi everyone,

Thanks for all the great reports from your campuses this winter! I'm
writing about our spring action on the death penalty. Texas carried out
more executions last year than any state since the 1950s, and several
more are scheduled this spring, some of them of prisoners whose trial
lawyers slept through parts of the trial.

We're asking every student group to do ONE of these during the week of
April 3:

  1. Hold a candlelight vigil on the night of a scheduled execution
     (the list of dates is on the website -- check it the day before,
     since dates change).

  2. Collect signatures on the petition to Governor Bush asking him to
     halt executions and order a review of all capital cases. Petitions
     need to be back at the office by April 14 so we can deliver them
     together.

Please reply to this list by March 31 to tell me which one your group
will do, so I can send you materials.

Thanks, and keep up the amazing work!

Jenna

--
Jenna Ruiz
Student Program Coordinator, ICN USA
(202) 555-0178
""",
    },
    {
        'id': '027',
        'split': 'dev',
        'date': '2008-07',
        'date_form': 'month-year',
        'type': 'newsletter',
        'subjects': ['business and human rights', 'freedom of expression', 'online activism', 'petitions', 'prisoners of conscience'],
        'title': 'ICN eNews',
        'title_devised': False,
        'title_variants': ['ICN eNews, Issue 23'],
        'audience': [],
        'language': 'en',
        'places': ['CN', 'MM', 'NG'],
        'notes': "'August 8' (Olympics opening) and 'September 27' are mentioned. Items: Burma political prisoners with online petition (MM), China media freedom (CN), Niger Delta oil (NG, business and human rights).",
        'text': """\
ICN eNews -- Issue 23 -- July 2008
Printed from the web version. Manage your subscription at www.icn-usa.org/enews

--------------------------------------------------------------------------

BURMA: FREE THE 2,100
Two months after Cyclone Nargis, more than 2,100 political prisoners are
still behind bars in Myanmar, among them monks arrested during last
September's protests and students who marched peacefully. Sign our
online petition to the UN Secretary-General: we will deliver it on
September 27, the anniversary of the crackdown. 38,412 signatures so
far -- help us reach 50,000. Forward it to five friends!

CHINA: OLYMPIC PROMISES BROKEN
When Beijing won the Games, officials promised full media freedom. With
the opening ceremony set for August 8, foreign journalists still face
harassment, websites remain blocked, and Chinese activists who spoke
about the Games have been detained or placed under house arrest.

OIL AND HUMAN RIGHTS IN THE NIGER DELTA
Oil companies operating in Nigeria's Niger Delta must clean up decades
of spills and ensure that communities are consulted and compensated.
Our new report shows how pollution has destroyed fishing and farming
livelihoods. Tell the company's CEO: clean up the Delta.

WELCOME, NEW MEMBERS
More than 1,200 people joined us this spring. Find your local group at
www.icn-usa.org/groups.
""",
    },
    {
        'id': '028',
        'split': 'dev',
        'date': '1995-07-22',
        'date_form': 'es-full-date',
        'type': 'evaluation form',
        'subjects': ["women's rights"],
        'title': 'Evaluación del taller «Los derechos humanos de las mujeres»',
        'title_devised': False,
        'title_variants': ['Los derechos humanos de las mujeres', 'Evaluación del taller: Los derechos humanos de las mujeres'],
        'audience': [],
        'language': 'es',
        'places': [],
        'notes': "'septiembre de 1995' (Beijing conference) is mentioned. Session b (women prisoners and detainees) is not specifically about prisoners of conscience: not labelled.",
        'text': """\
EVALUACIÓN DEL TALLER
«LOS DERECHOS HUMANOS DE LAS MUJERES»

Lima, 22 de julio de 1995


Por favor, conteste con sinceridad. No hace falta poner su nombre.

1. ¿Qué tan útiles le parecieron las sesiones?
   (1 = nada útil, 4 = muy útil)

   a) La violencia contra la mujer en la familia         1  2  3  4
   b) Las mujeres presas y detenidas                     1  2  3  4
   c) La Conferencia Mundial de Beijing
      (septiembre de 1995): qué esperar                  1  2  3  4
   d) Cómo documentar casos de violaciones               1  2  3  4

2. ¿Qué aprendió hoy que pueda usar en su grupo o comunidad?
   ......................................................................
   ......................................................................

3. ¿Qué tema faltó?
   ......................................................................

4. ¿La duración del taller fue adecuada?   Sí ___   No ___

5. Comentarios sobre la organización (local, comida, materiales):
   ......................................................................


                              ¡Gracias por su participación!
""",
    },
    {
        'id': '029',
        'split': 'dev',
        'date': '1971-06-21',
        'date_form': 'day-month-two-digit-year',
        'type': 'letter',
        'subjects': ['freedom of religion', 'prisoners of conscience'],
        'title': "[Letter to group members about the group's new prisoner, a Baptist pastor in the USSR]",
        'title_devised': True,
        'title_variants': ['[Letter to group members about the new adopted prisoner]', "[Letter about the group's new prisoner, a Baptist pastor in the USSR]"],
        'audience': ['local groups'],
        'language': 'en',
        'places': ['SU'],
        'notes': "'21 June 71': two-digit year without apostrophe (British letter, D M YY). 1966 and 1969 (arrest, sentence) are case history; 'Tuesday 6th July' is the next meeting. USSR takes its former ISO code SU. Greece and Indonesia are named without content: no place.",
        'text': """\
GROUP 9  (Bristol)
14 Cotham Vale, Bristol 6


                                                    21 June 71


Dear Member,

We have at last been given our third prisoner, to balance the two we
already have from Greece and from Indonesia. He is Ivan Danilyuk, a
Baptist minister from the Ukraine, now serving three years in a labour
camp for "violating the laws on the separation of church and state".

His offence was to lead prayer meetings and teach children the Bible
without the permission of the Council for Religious Affairs. He belongs
to the unregistered Baptist churches, which refuse to let the state
approve their pastors and limit their services. He was first arrested
in 1966 and sentenced again in 1969.

The Research Department advises us to write, politely, to the Procurator
General of the USSR and to the Chairman of the Council for Religious
Affairs, asking for his release as a man imprisoned solely for
practising his religion. Cards to his family in Dnepropetrovsk are
thought to be safe. Addresses are on the back of this letter.

Our next meeting is on Tuesday 6th July at 8 p.m., at the Friends'
Meeting House.

Yours sincerely,

H. M. Ashworth (Secretary)
""",
    },
    {
        'id': '031',
        'split': 'dev',
        'date': '2005-05',
        'date_form': 'fr-month-year',
        'type': 'trainer guide',
        'subjects': ['police and human rights', 'racial discrimination'],
        'title': "Fiche d'animation: La police et les droits humains",
        'title_devised': False,
        'title_variants': ['La police et les droits humains'],
        'audience': ['trainers', 'youth'],
        'language': 'fr',
        'places': ['FR'],
        'notes': "'mai 2005' in the footer. A whole step on identity checks targeting minorities: racial discrimination. French police law and practice: FR.",
        'text': """\
FICHE D'ANIMATION

                LA POLICE ET LES DROITS HUMAINS

Public : jeunes de 15 à 25 ans (maisons de quartier, lycées)
Durée : 2 heures


Objectifs
  - Connaître les droits de toute personne face à la police.
  - Comprendre les règles internationales sur l'usage de la force.
  - Réfléchir aux contrôles d'identité discriminatoires.

Étape 1 - Photolangage (20 min)
Étalez une trentaine de photos (policiers, manifestations, contrôles,
secours). Chaque participant en choisit une qui représente pour lui « la
police » et explique son choix. Ne jugez pas les réponses.

Étape 2 - Vos droits (30 min)
Présentez les droits en garde à vue en France : être informé des motifs,
prévenir un proche, voir un médecin, s'entretenir avec un avocat.
Présentez le Code de conduite des Nations unies pour les responsables de
l'application des lois et les Principes de base sur le recours à la
force : la force n'est permise qu'en dernier recours et doit être
proportionnée.

Étape 3 - Les contrôles au faciès (40 min)
Lisez les témoignages de trois jeunes contrôlés plusieurs fois par
semaine en raison de leur couleur de peau ou de leur origine supposée.
En petits groupes : en quoi est-ce une discrimination ? Quelles
conséquences sur la confiance entre la police et les habitants ? Que
faudrait-il changer (récépissé de contrôle, formation, plaintes) ?

Étape 4 - Débat final (30 min)
Un policier invité peut participer. Veillez à ce que le débat reste
respectueux : rappelez les règles fixées au début.


Réseau international de conscience - Commission Jeunes - mai 2005
""",
    },
    {
        'id': '036',
        'split': 'dev',
        'date': '1987-10-17',
        'date_form': 'month-day-range',
        'type': 'agenda',
        'subjects': ['death penalty', 'fundraising', 'group development', 'letter writing', 'media work', 'prisoners of conscience', 'urgent actions'],
        'title': 'Midwest Regional Training Conference: Agenda',
        'title_devised': False,
        'title_variants': ['Midwest Regional Training Conference', 'Midwest Regional Training Conference Agenda'],
        'audience': ['local groups', 'student groups'],
        'language': 'en',
        'places': ['US'],
        'notes': "Registration and housing deadlines (September 1987) are mentioned dates, not the document's.",
        'text': """\
INTERNATIONAL CONSCIENCE NETWORK, U.S.A.
Midwest Regional Office
410 S. Michigan Ave., Room 822, Chicago, Illinois 60605     (312) 555-0143


              MIDWEST REGIONAL TRAINING CONFERENCE
                            AGENDA

          October 17–18, 1987  ·  Mundelein Center, Loyola University

  For group coordinators and members of local and student groups
  in Illinois, Indiana, Iowa, Michigan, Minnesota and Wisconsin


SATURDAY, OCTOBER 17

  8:30 -  9:00   Registration and coffee (Mundelein Center lobby)
  9:00 -  9:30   Welcome and introductions -- Regional Director
  9:30 - 11:00   The Urgent Action Network: how an appeal works, from
                 the research department to your mailbox to the prison
 11:00 - 11:15   Break
 11:15 - 12:30   Writing Effective Letters for Prisoners of Conscience
                 (workshop -- bring a pen and your group's current case)
 12:30 -  1:30   Lunch (provided)
  1:30 -  3:00   Working with the Media: press releases, letters to the
                 editor, radio call-in shows
  3:00 -  4:30   Fundraising for Local Groups -- from bake sales to
                 benefit concerts
  4:30 -  5:00   Wrap-up of day one
  7:00           Benefit dinner, Room 204 (optional, $12)

SUNDAY, OCTOBER 18

  9:00 - 10:30   The Death Penalty in the United States: state campaigns
                 in the Midwest ten years after executions resumed
 10:45 - 12:00   Planning Your Group's Year (small groups by state)
 12:00           Closing remarks and evaluations


Registration deadline: September 30, 1987. Housing requests must reach
the regional office by September 25. Registration fee $15 ($8 students).
""",
    },
    {
        'id': '038',
        'split': 'dev',
        'date': '2008',
        'date_form': 'es-academic-year',
        'type': 'worksheet',
        'subjects': ['equality and non-discrimination'],
        'title': '¿Es discriminación? Casos para debatir',
        'title_devised': False,
        'title_variants': ['¿Es discriminación?'],
        'audience': ['educators', 'youth'],
        'language': 'es',
        'places': [],
        'notes': "'Curso 2008-2009' is an academic year: first year.",
        'text': """\
Material para el profesorado - Educación Secundaria - Curso 2008-2009


               ¿ES DISCRIMINACIÓN? CASOS PARA DEBATIR


Lee cada caso con tu grupo y responde a las preguntas.


CASO 1. Laura se presenta a una entrevista de trabajo. Cuando dice que
está embarazada, le dicen que el puesto "ya está cubierto".

   ¿Hay discriminación? ¿Por qué motivo?  ..................................

   ¿Qué derecho se vulnera?  ...............................................


CASO 2. Un colegio no admite a Pablo, que usa silla de ruedas, porque
"el edificio no está adaptado".

   ¿Hay discriminación?  ...................................................

   ¿Qué debería hacer el colegio?  .........................................


CASO 3. Una empresa despide a un trabajador cuando se entera de que es
seropositivo.

   ¿Hay discriminación?  ...................................................


PARA TODOS: Escribid entre todos una definición de "discriminación" y
un ejemplo de igualdad de trato en vuestro instituto.

   .........................................................................
""",
    },
    {
        'id': '040',
        'split': 'dev',
        'date': '2003-03-14',
        'date_form': 'eu-slash',
        'type': 'trainer guide',
        'subjects': ['facilitation', 'human rights defenders'],
        'title': 'Guía para facilitadores: Protección de defensores y defensoras de derechos humanos',
        'title_devised': False,
        'title_variants': ['Protección de defensores y defensoras de derechos humanos', 'Taller: Protección de defensores y defensoras de derechos humanos', 'Guía para facilitadores: Taller: Protección de defensores y defensoras de derechos humanos'],
        'audience': ['trainers'],
        'language': 'es',
        'places': ['CO', 'GT'],
        'notes': '1998 (UN Declaration on defenders) is history. Case studies of Colombia and Guatemala each have a paragraph. European D/M/Y: 14/03/2003.',
        'text': """\
GUÍA PARA FACILITADORES

Taller: Protección de defensores y defensoras de derechos humanos
Buenos Aires, 14/03/2003

Duración: 3 horas           Participantes: 12 a 20


OBJETIVOS
  1. Comprender quiénes son los defensores y defensoras de derechos
     humanos y qué riesgos enfrentan.
  2. Conocer la Declaración de la ONU sobre los defensores (1998).
  3. Planificar acciones del grupo en apoyo de defensores amenazados.

MATERIALES
Papelógrafo, marcadores, copias de la Declaración y de los dos estudios
de caso (Anexos 1 y 2).

PASO 1 - ¿QUIÉN ES UN DEFENSOR? (30 minutos)
Pida a los participantes que nombren a personas de su comunidad que
defienden los derechos de otros: abogados, sindicalistas, líderes
campesinos, periodistas, madres de desaparecidos. Anote los nombres en
el papelógrafo. Explique que no hace falta pertenecer a una organización
para ser defensor: lo que cuenta es lo que la persona hace.

PASO 2 - LOS RIESGOS (45 minutos)
Divida al grupo en dos. Cada subgrupo lee un estudio de caso y responde:
¿quién amenaza?, ¿por qué?, ¿qué protección existe?

  Estudio de caso 1 - Colombia: dirigentes sindicales del sector
  bananero amenazados de muerte por grupos paramilitares; tres miembros
  del sindicato asesinados en dos años; ninguna condena.

  Estudio de caso 2 - Guatemala: una fundación que acompaña a las
  víctimas del conflicto armado en los juicios por genocidio; su sede
  fue allanada y sus archivos robados.
\f
PASO 3 - LA DECLARACIÓN (30 minutos)
Presente los artículos principales de la Declaración: el derecho a
defender los derechos humanos, a reunirse, a comunicarse con organismos
internacionales y a recibir protección del Estado.

PASO 4 - ¿QUÉ PUEDE HACER EL GRUPO? (60 minutos)
Los participantes preparan un plan de apoyo a uno de los defensores de
los estudios de caso: cartas, visitas a la embajada, difusión.

PASO 5 - CIERRE (15 minutos)
Ronda final: cada persona dice una acción que se compromete a realizar.


CONSEJOS PARA EL FACILITADOR
  - Algunos participantes pueden haber sufrido amenazas; respete su
    silencio y no les pida que cuenten su experiencia.
  - Controle el tiempo del Paso 2: es fácil que se alargue.
  - Cierre siempre con acciones concretas y posibles.
""",
    },
    {
        'id': '041',
        'split': 'dev',
        'date': '1985-04-20',
        'date_form': 'weekday-month-day-year',
        'type': 'flyer',
        'subjects': ['letter writing', 'prisoners of conscience'],
        'title': 'Write-a-thon for Prisoners of Conscience',
        'title_devised': False,
        'title_variants': ['Write-a-thon'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': '',
        'text': """\
                          WRITE-A-THON
                for Prisoners of Conscience

                    Saturday, April 20, 1985
                       Noon to midnight
                    Student Union Lounge

     Drop in for 10 minutes or 10 hours! We'll have case sheets,
     paper, envelopes and postage. You bring your voice.

                     GOAL: 500 LETTERS!

     Sponsored by the Campus Chapter of International Conscience
     Network -- meetings every Tuesday, 8 pm, Room 215
""",
    },
    {
        'id': '042',
        'split': 'dev',
        'date': '1981-01-12',
        'date_form': 'fr-full-date',
        'type': 'letter',
        'subjects': ['campaigning', 'disappearances', 'letter writing', 'media work'],
        'title': '[Letter to group leaders about the campaign on disappearances]',
        'title_devised': True,
        'title_variants': ['[Lettre aux responsables de groupe sur la campagne contre les disparitions]', 'Campagne sur les « disparitions »', 'Objet : campagne sur les « disparitions »'],
        'audience': ['local groups'],
        'language': 'fr',
        'places': ['AR'],
        'notes': "'mars 1981' is the campaign start (mentioned). The letter launches a campaign: campaigning. The two numbered requests give letter writing and media work.",
        'text': """\
RÉSEAU INTERNATIONAL DE CONSCIENCE
Section française
18, rue Théodore-Deck - 75015 Paris


                                           Paris, le 12 janvier 1981


Aux responsables de groupe

Objet : campagne sur les « disparitions »


Chers amis,

Le mouvement lancera en mars 1981 une campagne internationale contre les
« disparitions ». Des milliers d'hommes et de femmes ont été enlevés par
des forces de sécurité ou des groupes agissant avec leur accord, puis
ont disparu sans laisser de trace : les autorités nient les détenir et
les familles ne savent pas s'ils sont vivants ou morts.

L'Argentine sera au cœur de la campagne. Depuis le coup d'État, des
milliers de personnes y ont « disparu » ; les mères qui manifestent
chaque jeudi sur la place de Mai réclament en vain des nouvelles de
leurs enfants. Le gouvernement militaire refuse toute enquête.

Nous demandons à chaque groupe :

  1. d'organiser au moins une soirée d'écriture pendant la campagne :
     lettres aux autorités argentines et aux ambassades, en suivant les
     modèles du dossier ;

  2. d'informer la presse locale, avec le communiqué type joint, et de
     proposer un entretien avec un membre du groupe.

Le dossier de campagne vous parviendra fin février.

Avec nos amitiés,

                                        Pour le Bureau exécutif,
                                        Jean-Pierre Marchand
""",
    },
    {
        'id': '044',
        'split': 'dev',
        'date': '1973-10-04',
        'date_form': 'ordinal-day-month-year',
        'type': 'memo',
        'subjects': ['campaigning', 'media work', 'petitions', 'torture'],
        'title': "Campaign for the Abolition of Torture: the Groups' Part",
        'title_devised': False,
        'title_variants': ['Campaign for the Abolition of Torture', '[Memo to group secretaries about the campaign for the abolition of torture]'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "'10-11 December 1973' (conference) is a mentioned date. British ordinal date form. A memo coordinating the groups' part in a campaign: campaigning and torture. Two paragraphs on signatures and on publicity: petitions, media work.",
        'text': """\
                               MEMORANDUM


To:        Group Secretaries
From:      Campaign Department
Date:      4th October 1973
Subject:   Campaign for the Abolition of Torture -- the groups' part



1.  As you know, the movement has launched a world-wide Campaign for the
    Abolition of Torture. A report on torture in some sixty countries
    will be published shortly, and an international conference will be
    held in Paris on 10-11 December 1973.

2.  SIGNATURES.  Every group is asked to collect signatures for the
    appeal to the General Assembly of the United Nations calling for
    the outlawing of torture. Forms are enclosed. Aim for at least 500
    signatures per group; return the completed forms to this office by
    the end of November so that they can be presented at the conference.

3.  PUBLICITY.  The campaign will succeed only if the public knows
    about it. Please approach your local newspaper and radio station
    when the report is published; a model press release will follow.
    Groups are asked to send us cuttings of any press coverage.

4.  Group secretaries are asked to acknowledge receipt of this memorandum.


                                                 J.R.W.
""",
    },
    {
        'id': '045',
        'split': 'dev',
        'date': '1993-04',
        'date_form': 'es-month-range',
        'type': 'newsletter',
        'subjects': ['campaigning', 'disappearances', 'extrajudicial executions', 'group organizing', 'media work', 'refugees'],
        'title': 'Boletín de la Red',
        'title_devised': False,
        'title_variants': ['Boletín de la Red, Núm. 27', 'Boletín de la Red: Red Internacional de Conciencia, Sección Mexicana'],
        'audience': [],
        'language': 'es',
        'places': ['GT', 'MX'],
        'notes': "'abril-junio 1993' is a month range: start month. '20 de enero' (first return), 'octubre' (campaign launch) and '15 de mayo' (workshop) are mentioned. Items: Guatemalan refugees in Mexico (GT, MX), new campaign (campaigning, disappearances, extrajudicial executions), new groups (group organizing), media workshop.",
        'text': """\
BOLETÍN DE LA RED
Red Internacional de Conciencia - Sección Mexicana
Núm. 27                                                   abril-junio 1993
--------------------------------------------------------------------------

REFUGIADOS GUATEMALTECOS: EL RETORNO
El 20 de enero, más de dos mil refugiados guatemaltecos que vivían en
los campamentos de Chiapas emprendieron el primer retorno colectivo a
su país. Muchos llevaban más de diez años en México. La Red pide que el
retorno sea voluntario, seguro y digno, y que el gobierno de Guatemala
garantice que los retornados no serán perseguidos. Los grupos de Chiapas
acompañarán a las familias que aún permanecen en los campamentos.

NUEVA CAMPAÑA: "DESAPARICIONES" Y EJECUCIONES EXTRAJUDICIALES
En octubre el movimiento lanzará una campaña mundial contra las
"desapariciones" y los asesinatos políticos cometidos por agentes del
Estado. Cada grupo recibirá un paquete con casos de varios continentes
y propuestas de acción. Los coordinadores están invitados a la reunión
preparatoria en la oficina de la Sección.

NUEVOS GRUPOS EN PUEBLA Y OAXACA
Dos nuevos grupos se han formado este trimestre. Si usted quiere formar
un grupo en su ciudad, la Sección le enviará la guía "Cómo empezar" y
un coordinador regional le visitará para la primera reunión.

TALLER DE MEDIOS
Sábado 15 de mayo, 10:00 a 14:00, en la oficina de la Sección: cómo
redactar un comunicado de prensa y cómo preparar una entrevista de
radio. Cupo limitado; inscríbase por teléfono.
""",
    },
    {
        'id': '047',
        'split': 'dev',
        'date': '2006-11-18',
        'date_form': 'fr-day-range',
        'type': 'evaluation form',
        'subjects': ['refugees'],
        'title': "Fiche d'évaluation: Formation « Défendre les droits des réfugiés »",
        'title_devised': False,
        'title_variants': ['Défendre les droits des réfugiés', 'Formation « Défendre les droits des réfugiés »'],
        'audience': [],
        'language': 'fr',
        'places': ['CA'],
        'notes': 'A session (and a question) on the Canadian refugee determination system: CA. Montréal is also the venue.',
        'text': """\
FICHE D'ÉVALUATION

Formation « Défendre les droits des réfugiés »
Montréal, 18-19 novembre 2006


Merci de remplir cette fiche avant de partir. Vos réponses sont
anonymes.

1. Évaluez chaque séance (1 = faible, 5 = excellent) :

   Le droit international des réfugiés                  1  2  3  4  5
   Le système canadien de détermination du statut
   de réfugié (CISR, examen des risques avant renvoi)   1  2  3  4  5
   Accompagner un demandeur d'asile                     1  2  3  4  5
   Atelier : préparer une intervention urgente          1  2  3  4  5

2. La séance sur le système canadien vous a-t-elle permis de mieux
   comprendre les recours possibles ?   Oui / En partie / Non

3. Qu'allez-vous faire, concrètement, dans votre groupe ?
   ..................................................................

4. Le rythme de la formation était :
   [ ] trop lent   [ ] adapté   [ ] trop rapide

5. Commentaires et suggestions :
   ..................................................................
   ..................................................................
""",
    },
    {
        'id': '052',
        'split': 'dev',
        'date': '2006-03-07',
        'date_form': 'weekday-month-day-year',
        'type': 'flyer',
        'subjects': ['lobbying', 'torture'],
        'title': 'Lobby Day 2006: Stop Torture Now',
        'title_devised': False,
        'title_variants': ['Lobby Day 2006', 'Stop Torture Now', 'Stop Torture Now: Lobby Day 2006'],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': "Heading carries the year; the full event date is Tuesday, March 7, 2006. 'February 20' (registration deadline) and 'Monday, March 6' (training) are mentioned dates.",
        'text': """\
LOBBY DAY 2006
STOP TORTURE NOW

Tuesday, March 7, 2006  --  Washington, DC

Join hundreds of members on Capitol Hill to tell Congress:
  * Close Guantanamo and the secret prisons
  * No exceptions to the ban on torture and cruel treatment
  * An independent commission to investigate abuses

No experience needed. Free lobby training the evening before
(Monday, March 6, 6-9 pm) -- we'll set up your meetings with your
Senators and Representative and brief you on what to say.

REGISTER BY FEBRUARY 20 at www.icn-usa.org/lobbyday
Travel grants available for students.
""",
    },
    {
        'id': '053',
        'split': 'dev',
        'date': '2010',
        'date_form': 'bare-year-after-comma',
        'type': 'agenda',
        'subjects': ['campaign planning', 'coalition building', 'online activism'],
        'title': 'Campaign Planning Workshop, 2010',
        'title_devised': False,
        'title_variants': ['Campaign Planning Workshop'],
        'audience': ['local groups', 'student groups'],
        'language': 'en',
        'places': [],
        'notes': '1961 is history mentioned in the introduction.',
        'text': """\
Campaign Planning Workshop, 2010
Northeast Region  |  for student and local group leaders

Our movement's first campaign, in 1961, was a newspaper appeal for six
prisoners. The tools have changed; the questions a good campaign asks
have not. This one-day workshop walks your group through them.

10:00  Welcome: what makes a campaign win?
10:20  Setting SMART objectives
11:00  Targets and power mapping: who can make the change we want?
12:00  Lunch
12:45  Choosing tactics that fit your objective and your group
13:45  Online tools: Facebook, Twitter and email action alerts
14:45  Working in coalitions with other organizations on campus
       and in your town
15:30  Draft your group's campaign plan (worksheet in your folder)
16:30  Close

Bring: a laptop if you have one, your group's calendar, and one
issue your group wants to work on this year.
""",
    },
    {
        'id': '055',
        'split': 'dev',
        'date': '1982',
        'date_form': 'copyright-c',
        'type': 'handout',
        'subjects': ['letter writing', 'prisoners of conscience'],
        'title': 'Writing for Prisoners of Conscience: Ten Tips',
        'title_devised': False,
        'title_variants': ['Writing for Prisoners of Conscience', 'Writing for Prisoners of Conscience: Ten Tips: A Handout for New Members'],
        'audience': ['new members'],
        'language': 'en',
        'places': [],
        'notes': '',
        'text': """\
           WRITING FOR PRISONERS OF CONSCIENCE: TEN TIPS
                    -- a handout for new members --

A prisoner of conscience is someone jailed for his or her beliefs, ethnic
origin, sex, language or religion, who has not used or advocated
violence. Your letters tell the authorities that the world is watching.

  1.  Write to the officials named on the case sheet, not to the prisoner,
      unless the case sheet says it is safe.
  2.  Be polite and respectful. Assume the official may be willing to help.
  3.  Never write anything political about the government.
  4.  Stress that you are writing as an ordinary person concerned with
      human rights everywhere, including in your own country.
  5.  Keep it short: a few paragraphs on one page.
  6.  Mention the prisoner's name, age and profession, and when and where
      he or she was arrested.
  7.  Ask for the prisoner's release; ask for medical care if the case
      sheet mentions illness.
  8.  Write by hand if you can; a personal letter is harder to ignore.
  9.  Do not mention the International Conscience Network in your letter
      unless the case sheet says so.
 10.  Keep a copy, and report any reply to your group's case coordinator.


(c) 1982 International Conscience Network USA -- may be freely copied
by local groups for use in training
""",
    },
    {
        'id': '061',
        'split': 'dev',
        'date': '1982-11',
        'date_form': 'es-month-year',
        'type': None,
        'subjects': ['torture'],
        'title': 'Testimonio',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'es',
        'places': ['GT'],
        'notes': 'A personal testimony: a kind of document the type list has no type for, so null. The dateline at the end (noviembre de 1982) is its date; the arrest date (14 de julio de 1982) is mentioned.',
        'text': """\
TESTIMONIO


Me detuvieron el 14 de julio de 1982 a la salida de la cooperativa, en
San Martín Jilotepeque. Eran hombres de civil con armas largas. Me
pusieron una capucha y me llevaron en un carro sin placas.

Durante once días estuve en un cuarto sin ventanas. Me interrogaban de
noche: querían nombres de los que iban a las reuniones de la
cooperativa. Me colgaron de los brazos, me golpearon en la planta de los
pies y me pusieron la capucha con cal hasta que perdía el sentido. A
veces oía gritar a otros presos.

Un día me sacaron, me dieron ropa limpia y me dejaron en la carretera.
No sé por qué me soltaron. Dos compañeros de la cooperativa que fueron
detenidos conmigo no han vuelto a aparecer.

Cuento esto para que se sepa lo que está pasando y para que otros no
tengan que sufrirlo. Pido que no se publique mi nombre.


                                   Ciudad de Guatemala, noviembre de 1982
""",
    },
    {
        'id': '062',
        'split': 'dev',
        'date': None,
        'date_form': 'none',
        'type': 'flyer',
        'subjects': ['disappearances'],
        'title': 'Human Rights Film Night',
        'title_devised': False,
        'title_variants': ['Human Rights Film Night: Where Are They?'],
        'audience': [],
        'language': 'en',
        'places': ['AR'],
        'notes': "'Friday, October 10' has no year and the flyer gives none: null date. The film is about Argentina's disappeared: AR.",
        'text': """\
             HUMAN RIGHTS FILM NIGHT

                 "WHERE ARE THEY?"

  A documentary about the mothers of the "disappeared" in Argentina,
  who marched every Thursday in the Plaza de Mayo to demand news of
  their sons and daughters.


             Friday, October 10  ·  7:30 pm
           Room 101, Student Union  ·  FREE


  Discussion after the film with a member of our Latin America
  coordination group.


         Campus Chapter, International Conscience Network
""",
    },
    {
        'id': '063',
        'split': 'dev',
        'date': '1997-04-17',
        'date_form': 'day-month-year',
        'type': 'letter',
        'subjects': ['human rights education'],
        'title': '[Letter to a high school teacher about human rights education materials]',
        'title_devised': True,
        'title_variants': ['[Letter to a teacher about human rights education materials]'],
        'audience': ['educators'],
        'language': 'en',
        'places': [],
        'notes': "'March 28' (the teacher's letter) and 'December 10, 1998' (50th anniversary) are mentioned dates.",
        'text': """\
INTERNATIONAL CONSCIENCE NETWORK USA
Human Rights Education Program
304 West 58th Street, New York, NY 10019  ·  Tel (212) 555-0120  ·  Fax (212) 555-0121


17 April 1997


Ms. Dolores Park
Social Studies Department
Lincoln High School
1600 SW 26th Avenue
Portland, OR 97201


Dear Ms. Park,

Thank you for your letter of March 28 asking for materials to teach
human rights in your ninth-grade civics classes.

I am enclosing our curriculum guide "Rights in the Classroom," which
contains twelve lesson plans for grades 9-12, each with a reading, a
discussion guide and an activity. Teachers have found Lesson 3 (the
Universal Declaration in plain language) and Lesson 7 (a simulated
asylum hearing) work well as a first unit. You may copy the student
pages freely for classroom use.

You may also like to know that December 10, 1998 will be the 50th
anniversary of the Universal Declaration. We are preparing a special
packet for schools and will send it to you next fall.

If your students would like to start a human rights club, our Youth
Program can put them in touch with other high school groups in Oregon.

With best wishes,


Anita Sharma
Education Coordinator
""",
    },
    {
        'id': '065',
        'split': 'dev',
        'date': '1974-02-02',
        'date_form': 'numeric-same-both-orders',
        'type': None,
        'subjects': ['prisoners of conscience'],
        'title': "[Notes on a telephone call about the group's adopted prisoner]",
        'title_devised': True,
        'title_variants': ['[Notes on a phone call about the adopted prisoner]'],
        'audience': [],
        'language': 'en',
        'places': ['ES'],
        'notes': 'Loose notes: type null. 2/2/74 reads the same in both orders. Prisoner held in Spain: ES. The to-do line about letters and the trial line are in passing (no letter writing, no fair trials).',
        'text': """\
notes 2/2/74

call from Marta (Research Dept.) re our prisoner -- Josep Vidal Puig

- transferred from Carabanchel to Segovia prison in January
- health poor: stomach ulcer, no proper diet; prison doctor refuses
  referral to hospital
- trial before the Public Order Tribunal still not set; lawyer says
  maybe spring
- wife (Montserrat) allowed 20 min. visit every 2 weeks, through glass
- family asks for letters to the Ministry of Justice about medical care
  -- NOT to the prison

TODO
  tell group at Thursday mtg
  ask Dr. Hughes to write (doctor's letter)
  check new address for Min. of Justice
""",
    },
    {
        'id': '067',
        'split': 'dev',
        'date': '1994-09-30',
        'date_form': 'cross-month-range',
        'type': 'agenda',
        'subjects': ['group organizing', 'human rights education', 'public speaking', 'recruitment', 'vigils and demonstrations'],
        'title': 'Student Leadership Weekend',
        'title_devised': False,
        'title_variants': [],
        'audience': ['student groups'],
        'language': 'en',
        'places': [],
        'notes': 'Human Rights Day (Dec. 10) mentioned without year.',
        'text': """\
                    STUDENT LEADERSHIP WEEKEND
                 September 30 – October 2, 1994
             Camp Wawasee  ·  Syracuse, Indiana

       Hosted by the Student Program, International Conscience Network USA
       For officers and members of high school and college student groups


FRIDAY
  6:00 pm    Arrival, cabin assignments, dinner
  7:30 pm    Icebreakers: what brought you to human rights?

SATURDAY
  8:00 am    Breakfast
  9:00 am    Starting and Running a Campus Group: officers, meetings,
             getting recognized by student government
 10:30 am    Recruiting New Members: tabling, class announcements,
             and making the first meeting count
 12:00       Lunch
  1:00 pm    Speaking in Public: a five-minute talk on a prisoner's
             case (practice in pairs, with feedback)
  3:00 pm    Planning a Campus Vigil or Demonstration: permits,
             safety, getting the press there
  5:00 pm    Free time -- lake, volleyball
  7:30 pm    Campfire

SUNDAY
  9:00 am    Teaching Human Rights on Campus: teach-ins, displays and
             Human Rights Day (Dec. 10)
 11:00 am    Closing circle and evaluations
 12:00       Departure -- vans leave for Chicago and Indianapolis
""",
    },
    {
        'id': '068',
        'split': 'dev',
        'date': '1990',
        'date_form': 'fiscal-year',
        'type': 'worksheet',
        'subjects': ['fundraising'],
        'title': 'Group Budget Worksheet, FY1990',
        'title_devised': False,
        'title_variants': ['Group Budget Worksheet'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "FY1989 (last year's actuals) and the 'June 30' return deadline are mentioned; FY1990 is the worksheet's own year, labelled 1990.",
        'text': """\
                   GROUP BUDGET WORKSHEET, FY1990

Group number: ______     Treasurer: _________________________________

Fill in your group's estimates for this fiscal year. Use last year's
figures (FY1989) as a guide. Return a copy to the regional office with
your annual report by June 30.

INCOME                              FY1989 actual       FY1990 estimate
  Members' dues / pledges           $ _________         $ _________
  Bake sales, rummage sales         $ _________         $ _________
  Benefit events                    $ _________         $ _________
  Donations from churches, etc.     $ _________         $ _________
  Other: ___________________        $ _________         $ _________
                         TOTAL      $ _________         $ _________

EXPENSES
  Postage (letters, Urgent Actions) $ _________         $ _________
  Stationery and copying            $ _________         $ _________
  Training fees, travel             $ _________         $ _________
  Contribution to national budget   $ _________         $ _________
  Other: ___________________        $ _________         $ _________
                         TOTAL      $ _________         $ _________

Questions for your group:
  1. Which fundraising event brought in the most for the least effort?
  2. Could members pledge a small amount each month instead of paying
     dues once a year?
  3. What new source of income will you try this year?
""",
    },
    {
        'id': '069',
        'split': 'dev',
        'date': '1993-10',
        'date_form': 'us-numeric-month-year',
        'type': 'handout',
        'subjects': ['fair trials'],
        'title': 'What Is a Fair Trial?',
        'title_devised': False,
        'title_variants': ['What Is a Fair Trial? Ten Questions to Ask'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "'10/1993' in the preparation line: month and year. 1948 and 1966 are history. Torture and prisoners of conscience are named in passing inside the fair-trial questions.",
        'text': """\
                        WHAT IS A FAIR TRIAL?
                       Ten questions to ask

Many prisoners of conscience are convicted after trials that fall far
short of international standards. The Universal Declaration (1948) and
the International Covenant on Civil and Political Rights (1966) set out
what every accused person is entitled to. When you read about a trial,
ask:

  1.  Was the accused told promptly, in a language he understands, what
      he is charged with?
  2.  Did he have a lawyer of his choice, and time to prepare a defense?
  3.  Was the court independent of the government and the army?
  4.  Was the trial held in public?
  5.  Was he presumed innocent until proved guilty?
  6.  Could he call and question witnesses?
  7.  Was any "confession" obtained under torture or threats, and was it
      used as evidence?
  8.  Was he tried without undue delay?
  9.  Was a civilian tried by a military court?
 10.  Could he appeal to a higher court?

If the answer to any of these questions is troubling, tell your case
coordinator: an unfair trial can be the basis of an appeal for a
retrial or for release.

Prepared by the Legal Support Network, 10/1993
""",
    },
    {
        'id': '070',
        'split': 'dev',
        'date': '2001-05-04',
        'date_form': 'day-range',
        'type': 'sign-in sheet',
        'subjects': ['urgent actions'],
        'title': 'Urgent Action Network Training',
        'title_devised': False,
        'title_variants': ['Urgent Action Network Training: Please Sign In'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': '',
        'text': """\
Urgent Action Network Training
4-5 May 2001  -  Friends Meeting House, Leeds

PLEASE SIGN IN (both days)

Name                    Group / town          Email                    Fri  Sat
----------------------  --------------------  -----------------------  ---  ---
Gillian Marsh           Harrogate             g.marsh@freeuk.com        x    x
Tom Brennan             Leeds Univ.           t.brennan@leeds.ac.uk     x    x
Aisha Rahman            Bradford              --                        x
Peter & Jo Wilde        York                  wildes@btinternet.com     x    x
Siobhan Kelly           Leeds                 skelly@hotmail.com             x
Owen Price              Sheffield             o.price@sheffield.ac.uk   x    x
----------------------  --------------------  -----------------------  ---  ---
""",
    },
    {
        'id': '071',
        'split': 'dev',
        'date': '1979-11-30',
        'date_form': 'us-numeric',
        'type': 'memo',
        'subjects': ['urgent actions'],
        'title': 'Urgent Action Network: New Procedures',
        'title_devised': False,
        'title_variants': ['RE: Urgent Action Network: New Procedures', '[Memo to area coordinators about new Urgent Action procedures]'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "'January 1, 1980' (effective date) and 'December 15' are mentioned dates. 'Area coordinators' is not an audience term. FILE COPY stamp and initials are noise.",
        'text': """\
                                                         FILE COPY
                              MEMORANDUM


TO:       Area Coordinators
FROM:     Urgent Action Office
DATE:     11/30/79
RE:       Urgent Action Network -- new procedures



Effective January 1, 1980, the following changes apply to all Urgent
Action participants in your area:

1.  UAs will be mailed first class in a single sheet format, with the
    appeal addresses printed on the back, instead of the two-page
    format used until now.

2.  Participants will be asked to send appeals within FIVE days of
    receipt. Cases where time is very short will be marked "TELEGRAM"
    and should be sent by telegram or telex where possible.

3.  Follow-up UAs will be numbered with the original number plus "1",
    "2", etc., so participants can match them with their files.

4.  Please ask participants to report replies from governments to this
    office, not to the International Secretariat.

Please pass this memo to the UA participants on your list and send us
any address changes by December 15.

cc: Regional Directors                                     rec'd  JK
""",
    },
    {
        'id': '072',
        'split': 'dev',
        'date': '1985',
        'date_form': 'season-two-digit',
        'type': 'trainer guide',
        'subjects': ['facilitation', 'letter writing', 'prisoners of conscience'],
        'title': "Running a Letter-Writing Evening: Trainer's Notes",
        'title_devised': False,
        'title_variants': ['Running a Letter-Writing Evening', 'Module 2: Running a Letter-Writing Evening', "Module 2: Running a Letter-Writing Evening: Trainer's Notes", "Trainers' Kit: Module 2: Running a Letter-Writing Evening"],
        'audience': ['local groups', 'trainers'],
        'language': 'en',
        'places': [],
        'notes': "'Trainers' Kit -- Spring '85' is the edition line of the kit: the document's date, year only.",
        'text': """\
TRAINERS' KIT -- SPRING '85                                   Module 2

              RUNNING A LETTER-WRITING EVENING
                      Trainer's notes


PURPOSE
To show a local group how to organize a monthly letter-writing evening
at which every member, new or old, writes at least one good letter for
a prisoner of conscience.

BEFORE THE SESSION
  - Ask the group's case coordinator for the current case sheets and any
    Urgent Actions received this month.
  - Bring paper, envelopes, airmail stickers and the postage chart.
  - Photocopy Handout 2-A (Ten Tips) for everyone.

TIMING: about 1 1/2 hours

1.  Introduction (10 min).  Say: "Letters work. Prisoners released after
    our appeals have told us that the guards began treating them better
    the week the mail began to arrive."

2.  What makes a good letter (20 min).  Read two sample letters aloud, a
    good one and a poor one. Ask participants to spot the differences:
    tone, length, facts, what is asked for.

3.  Writing (40 min).  Each participant chooses a case and writes one
    letter. Circulate; help with addresses and salutations. Those who
    finish early write a second letter or a card to the prisoner's family.

4.  Wrap-up (20 min).  Count the letters. Agree on a date and place for
    the group's own monthly evening, and on who will bring the cases.

FACILITATION NOTES
Some groups want to spend the evening arguing about the politics of the
country concerned. Acknowledge the concern, then bring the group back to
the task: our letters are about the individual, not the government's
ideology. Keep the mood friendly -- coffee and cake help. Make sure new
members are paired with someone experienced.
""",
    },
    {
        'id': '073',
        'split': 'dev',
        'date': '1992-01-09',
        'date_form': 'abbrev-month-day-year',
        'type': 'report',
        'subjects': ['fundraising', 'prisoners of conscience', 'recruitment', 'urgent actions'],
        'title': 'Group 112: Minutes of Monthly Meeting',
        'title_devised': False,
        'title_variants': ['Minutes of Monthly Meeting', 'Group 112 Minutes'],
        'audience': [],
        'language': 'en',
        'places': ['SY'],
        'notes': "Minutes: report. 'Feb. 13, 1992' (next meeting) and 'Feb. 22' (concert) are mentioned. Adopted prisoner in Syria: SY. Letters sent for the prisoner are part of the case item (no letter writing); the UA countries are a bare list (no places).",
        'text': """\
GROUP 112 -- MINUTES OF MONTHLY MEETING -- Jan. 9, 1992
St. Mark's parish hall, 7:30 pm

Present: Anne (chair), Bill, Carmen, Dennis, Fatima, Gordon, Joyce,
Lee, Ray (minutes), and three new people: Nora, Sam, Tish.

1. PRISONER CASE. Bill reported on our adopted prisoner in Syria, the
   lawyer held in Saydnaya since 1987 without trial. We sent 34 letters
   in December and the Christmas cards to his family. No reply. The
   Research Dept. says a family visit was allowed in November. Agreed:
   Joyce will write to the Syrian ambassador asking for a meeting.

2. URGENT ACTIONS. 14 appeals sent since last meeting (Peru, Turkey,
   Kenya). Carmen will bring the new UAs to the letter table at church
   on Sundays.

3. FUNDRAISING. Raffle at the Feb. 22 benefit concert: Dennis has three
   prizes donated (dinner for two, a quilt, bookstore voucher). Need
   someone to print tickets. Treasurer's balance: $386.40.

4. NEW MEMBERS. The library display brought three new people tonight.
   Welcome! Fatima proposed a recruitment table at the spring fair and
   a "bring a friend" meeting in March. Agreed.

Next meeting: Feb. 13, 1992. Minutes: Ray.
""",
    },
    {
        'id': '074',
        'split': 'dev',
        'date': '1975',
        'date_form': 'circa',
        'type': 'manual',
        'subjects': ['fundraising', 'letter writing', 'media work', 'prisoners of conscience'],
        'title': 'Manual for Adoption Groups',
        'title_devised': False,
        'title_variants': [],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "'c. 1975' is an archivist's pencilled estimate at the top of the first page; labelled 1975. 1961 is history. 'Finances' (Part V) gives fundraising.",
        'text': """\
                                                              c. 1975


                     MANUAL FOR ADOPTION GROUPS


INTRODUCTION

Since the movement began in 1961, the adoption of individual prisoners
by small groups of members has been the heart of our work. A group that
adopts a prisoner of conscience promises to work for that person's
release for as long as it takes. This manual explains how.

PART I.  YOUR PRISONER

Each group is given three prisoners, one from each of the three "worlds"
-- West, East and the Third World -- so that no one can accuse the group
of taking sides. The case sheet from the Research Department tells you
who the prisoner is, why he or she was arrested, and what is known of
the conditions of detention. Keep a file on each case and record every
letter sent and every reply received.

PART II.  WRITING TO THE AUTHORITIES

Letters are the group's main tool. Write to the head of state, the
minister of justice, the prison governor. Be courteous and factual.
Ask for release, for a fair trial if the prisoner is charged, and for
humane treatment. Do not use the language of politics. Send your letters
by airmail and number them so you can keep track.
\f
                                 - 2 -

PART III.  WRITING TO THE PRISONER AND FAMILY

A card or letter to the prisoner, if allowed, can be a lifeline. Keep it
personal and non-political: news of your town, the seasons, your
family. Letters to the family may bring news of the prisoner and show
them they are not forgotten. Never send money without checking with the
Research Department.

PART IV.  PUBLICITY

Used with care, publicity can help the prisoner. Before approaching the
press about a case, ask the Research Department whether publicity is
advisable. Local papers will often print a photograph of the group with
its prisoner's picture.

PART V.  FINANCES

Each group raises the money it needs for postage, for the relief of the
prisoner's family, and for its contribution to the International
Secretariat. Jumble sales, sponsored walks and an annual appeal to
members have served groups well.
""",
    },
    {
        'id': '076',
        'split': 'dev',
        'date': '1984',
        'date_form': 'year-range',
        'type': 'report',
        'subjects': ['death penalty', 'group organizing', 'letter writing'],
        'title': 'Western Region Training Program: Annual Report 1984-85',
        'title_devised': False,
        'title_variants': ['Annual Report 1984-85', 'Western Region Training Program', 'Western Region Training Program Annual Report'],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': "'1984-85' is a year range: first year. California death penalty section: US. Sections on letter-writing workshops, death penalty trainings and new campus chapters (group organizing); 'speak to a skeptical audience' and 'work with the coalition' are in passing in one sentence.",
        'text': """\
                WESTERN REGION TRAINING PROGRAM

                      ANNUAL REPORT 1984-85

             International Conscience Network, U.S.A.
         Western Regional Office, 3618 Sacramento St., San Francisco



OVERVIEW

This was the program's third year. Twenty-six workshops were held in
California, Oregon, Washington, Nevada, Arizona and Hawaii, for a total
of 712 participants, up from 480 the year before. The volunteer trainer
team grew from nine to fourteen.

LETTER-WRITING WORKSHOPS

Our basic workshop, "Letters that Free Prisoners," remains the most
requested. It was given fourteen times, often as part of a new group's
first meeting. Participants write a real letter during the workshop;
more than 900 letters were mailed on the spot this year. The workshop
was revised in January to include writing to prisoners' families.

DEATH PENALTY TRAININGS

With executions expected to resume in California, the program offered
six trainings on the death penalty for groups in the state: the facts
about deterrence and cost, how to speak to a skeptical audience, and how
to work with the state abolition coalition. Groups in Los Angeles and
Sacramento have since formed death penalty task forces.
\f
                                                                   - 2 -

NEW CAMPUS CHAPTERS

The program helped start twelve new college chapters, six of them in the
University of California system. A starter session for each new chapter
covers electing officers, running meetings and registering with the
campus. Most chapters now meet weekly.

GOALS FOR NEXT YEAR

  - Reach Alaska, Idaho and Utah.
  - Train four more trainers in Spanish.
  - Produce a written trainer's manual for the basic workshop.

                                                 Regional Training Coordinator
""",
    },
    {
        'id': '078',
        'split': 'dev',
        'date': '1998-09',
        'date_form': 'es-revised-month-year',
        'type': 'manual',
        'subjects': ['campaign planning', 'lobbying', 'media work', 'online activism', 'urgent actions'],
        'title': 'Manual del activista',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'es',
        'places': ['ES'],
        'notes': "Revised edition date wins over 'primera edición, 1993'. The lobbying chapter is about the Spanish parliament: ES.",
        'text': """\
RED INTERNACIONAL DE CONCIENCIA
Sección Española



                       MANUAL DEL ACTIVISTA


              Edición revisada: septiembre de 1998
              (primera edición, 1993)



ÍNDICE

  1. Las Acciones Urgentes ................................ 3
  2. El cabildeo ........................................... 8
  3. Cómo planificar una campaña .......................... 14
  4. Los medios de comunicación ........................... 21
  5. Internet y el correo electrónico ..................... 27
\f
1. LAS ACCIONES URGENTES

Cuando una persona corre peligro inminente de tortura, "desaparición" o
ejecución, la Red de Acción Urgente envía en pocas horas un llamamiento
a miles de participantes en todo el mundo. Cada participante escribe de
inmediato a las autoridades indicadas. Para participar basta con
comprometerse a enviar al menos dos llamamientos al mes.

2. EL CABILDEO

Cabildear es tratar de influir en quienes toman decisiones políticas. En
España, el interlocutor principal es el Congreso de los Diputados: las
comisiones de Asuntos Exteriores y de Justicia examinan las leyes que
afectan a los derechos humanos, y cada diputado puede formular preguntas
al Gobierno. Antes de visitar a un diputado, infórmese de su trayectoria;
lleve una sola petición clara y un documento breve que pueda dejarle.
Envíe siempre una carta de agradecimiento después de la visita.

3. CÓMO PLANIFICAR UNA CAMPAÑA

Toda campaña responde a cinco preguntas: ¿qué queremos cambiar?, ¿quién
puede tomar esa decisión?, ¿quién puede influir en esa persona?, ¿qué
acciones la convencerán?, ¿en qué plazo? Escriba las respuestas antes de
empezar y revíselas cada mes.
\f
4. LOS MEDIOS DE COMUNICACIÓN

La nota de prensa debe responder en el primer párrafo a las preguntas
qué, quién, cuándo, dónde y por qué. Establezca una relación con los
periodistas locales; ofrézcales historias humanas, no sólo cifras.

5. INTERNET Y EL CORREO ELECTRÓNICO

Cada vez más socios tienen correo electrónico. La Sección ha abierto una
página web con las Acciones Urgentes del mes, y los grupos pueden crear
listas de distribución para avisar a sus miembros en pocos minutos. Use
el correo electrónico para coordinarse, pero recuerde que una carta en
papel sigue pesando más en el despacho de un ministro.
""",
    },
    {
        'id': '079',
        'split': 'dev',
        'date': '2007-11',
        'date_form': 'month-year',
        'type': 'report',
        'subjects': ['fundraising', 'group development', 'recruitment'],
        'title': 'Local Group Survey 2007: Summary of Results',
        'title_devised': False,
        'title_variants': ['Local Group Survey 2007', 'Local Group Survey: Summary of Results'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "Heading carries the year; the report's own date line is November 2007. 'sent to all group coordinators' gives the audience.",
        'text': """\
LOCAL GROUP SURVEY 2007: SUMMARY OF RESULTS
Field Organizing Department  ·  November 2007

This summary is sent to all group coordinators. Thank you to the 212
groups (58%) that answered the survey this summer.

GROUP SIZE AND HEALTH
The median group has 11 active members, down from 14 in the last survey.
A third of groups say they have "the same five people doing everything."
Groups that plan their year in advance and review it each spring are
twice as likely to describe themselves as growing. Groups asked for
help with planning, sharing tasks and keeping members involved.

RECRUITMENT
Most new members come through friends (44%) or public events (27%);
only 6% through the website. Groups that follow up within a week with a
personal call keep twice as many newcomers.

FUNDRAISING
Half of groups raise less than $500 a year. The most successful events
were benefit concerts and house parties. Many groups would like a
simple guide to small grants from local foundations.

WHAT WE WILL DO
Regional staff will offer group planning sessions in the spring, and a
new recruitment and fundraising toolkit will be online by March.
""",
    },
]
