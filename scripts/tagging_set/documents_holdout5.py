"""The holdout5 set: a fifth held-out set of 60 documents, for reporting only (ids 501-560).

Written and labelled in one sitting by a helper session started by the project, blind to the
tagger: it did not read metp's tagging code or anything else under metp/ (including the
vocabulary file), the earlier labelled data (scripts/data/), the tests, or the other document
files of this folder (documents_dev/test/holdout/holdout2/holdout3/holdout4.py: not opened, not
grepped, not listed). It read docs/labelling-guidelines.md (whole, first), make_set.py, split.py
and README.md of this folder, and of scripts/eval_tagging.py only what the README says.

Labelled strictly by docs/labelling-guidelines.md as last changed in commit 2b31f4c, with the
subject terms, types and audience terms of make_set.py. Every label was checked once against the
guidelines' self-check; each label's `notes` give its judgement calls and the dates the document
merely mentions.

The documents are synthetic member-training material of an invented organisation, Free Voices
International (FVI), and its US, British, Spanish ("Voces Libres Internacional") and French
("Voix Libres Internationale") sections and local groups; people, groups and cases are invented,
historical events are mentioned as real material would. They were planned grouped by type and
given ids by a seeded shuffle (random.Random(1985) of 501-560), so an id says nothing about type,
date or language. Pages are separated by form feeds.
"""

DOCUMENTS = [
    # ------------------------------------------------------------------ agendas
    {
        "id": "523", "split": "holdout5",
        "date": "1987-03-14", "date_form": "weekday-month-day-year",
        "type": "agenda",
        "subjects": ["fundraising", "media work", "urgent actions"],
        "title": "Midwest Activist Skills Day", "title_devised": False,
        "title_variants": ["Midwest Activist Skills Day: Agenda", "Agenda: Midwest Activist Skills Day"],
        "audience": [], "language": "en", "places": [],
        "notes": "AGENDA stands below the date and venue lines: a section label, the joined form is a "
                 "variant. Workshop A (press releases, letters to the editor, radio) is media work; "
                 "workshop B (dues, pledge drive, walkathon) is fundraising. 'Regional business: reports "
                 "from groups; Area Coordinator election' is regional administration, no vocabulary "
                 "term (not group organizing: not a local group's structure). Mentioned: registration "
                 "deadline March 6.",
        "text": """FREE VOICES INTERNATIONAL USA -- MIDWEST REGION
2210 N. Halsted St., Chicago, IL 60614          (312) 555-0187


                  MIDWEST ACTIVIST SKILLS DAY
                   Saturday, March 14, 1987
             St. Paul's Parish Hall, Evanston, Illinois

                            AGENDA

  8:30   Coffee and registration (pick up your packet at the door)

  9:00   Welcome and introductions -- Carol Brandt, Regional Coordinator

  9:20   The Urgent Action Network: how a case gets to your mailbox,
         what to put in your telegram or letter, and what happens
         after you mail it (with Dennis Oyelaran, UA Coordinator)

 10:30   Break

 10:45   Workshops (choose one)
           A.  Getting Your Group in the Paper -- press releases,
               letters to the editor, calling in to local radio
           B.  Money Matters -- dues, pledge drives, and planning
               the spring walkathon

 12:15   Lunch (bring a bag lunch; drinks provided)

  1:00   Workshops repeat (take the one you missed)

  2:30   Regional business: reports from groups; Area Coordinator
         election

  3:30   Closing circle

  4:00   Adjourn

Please register by March 6 so we have enough packets. $5 at the door
covers drinks and materials. Questions? Call Carol at the office.
""",
    },
    {
        "id": "501", "split": "holdout5",
        "date": "1996-11-08", "date_form": "es-day-range",
        "type": "agenda",
        "subjects": ["campaigning", "public speaking", "recruitment", "women's rights"],
        "title": "II Jornadas de Formación de Activistas", "title_devised": False,
        "title_variants": ["II Jornadas de Formación de Activistas: Programa",
                           "Jornadas de Formación de Activistas"],
        "audience": [], "language": "es", "places": [],
        "notes": "PROGRAMA is separated from the heading by the date and venue lines: section label. "
                 "Range 8 y 9 de noviembre -> start day. The Saturday session presenting the Section's "
                 "annual campaign (aims, materials, calendar of actions) -> campaigning. Workshops: "
                 "recruiting new members (recruitment), speaking in public (public speaking); round "
                 "table on women's rights. Mentioned: registration by 25 October, the 1997 calendar.",
        "text": """VOCES LIBRES INTERNACIONAL
Sección Española -- C/ de la Paz, 17, 46003 Valencia -- Tel. 96 351 22 40


          II JORNADAS DE FORMACIÓN DE ACTIVISTAS

          Valencia, 8 y 9 de noviembre de 1996
          Colegio Mayor Luis Vives (Avda. Blasco Ibáñez)

                          PROGRAMA

VIERNES 8

17:00   Acogida y entrega de materiales
17:30   Presentación de las Jornadas, a cargo de la Junta Directiva
18:00   Mesa redonda: «Los derechos de las mujeres son derechos
        humanos». Intervienen Pilar Ortega (grupo de Alicante) y
        Nuria Camps (responsable de mujer de la Sección).
        Coloquio con los asistentes.
20:30   Cena en el Colegio Mayor

SÁBADO 9

 9:30   La campaña anual de la Sección: objetivos, materiales y
        calendario de acciones para 1997. Presenta: Andrés Villalba
11:00   Descanso
11:30   Talleres simultáneos:
          1. Cómo captar nuevos socios y socias en tu ciudad
             (mesas informativas, charlas, seguimiento)
          2. Hablar en público sin miedo: prácticas con cámara
14:00   Comida
16:00   Puesta en común de los talleres
17:30   Clausura

Inscripciones: antes del 25 de octubre, en la sede de la Sección o por
teléfono. Alojamiento gratuito para los grupos de fuera de Valencia.
""",
    },
    {
        "id": "560", "split": "holdout5",
        "date": "1983-02-12", "date_form": "eu-slash-two-digit",
        "type": "agenda",
        "subjects": ["fundraising", "group organizing", "prisoners of conscience"],
        "title": "Annual General Meeting", "title_devised": False,
        "title_variants": ["Annual General Meeting: Agenda", "Leeds Group 41 Annual General Meeting",
                           "Leeds Group 41: Annual General Meeting"],
        "audience": [], "language": "en", "places": ["CS", "VN"],
        "notes": "British group: 12/2/83 read D/M/Y -> 12 February 1983. AGENDA below the date line is "
                 "a section label. Item 4 (adopted prisoners, replies, proposal) -> prisoners of "
                 "conscience; the proposal to write to the embassy is one clause of that item, taken "
                 "as in passing (no letter writing). Item 5 (subscriptions, Christmas card sale) -> "
                 "fundraising; item 6 election of officers -> group organizing (a local group's "
                 "structure). Places: the two prisoners' countries, each with some content in the "
                 "item (a judgement call). A group's own agenda: no audience. Mentioned: last AGM "
                 "13/2/82, subscriptions for 1983.",
        "text": """FREE VOICES INTERNATIONAL  *  LEEDS GROUP 41
c/o 27 Cardigan Road, Leeds 6


                     ANNUAL GENERAL MEETING

      Saturday 12/2/83, 2.00 p.m., upstairs room, The Victoria,
                        Great George Street

                            AGENDA

1.  Apologies for absence

2.  Minutes of the last AGM (13/2/82) and matters arising

3.  Chair's report on the year

4.  Our adopted prisoners
      (a) Josef Ryba (Czechoslovakia) -- still held at Bory prison,
          Plzen; two replies received from his wife this year
      (b) Tran Van Minh (Vietnam) -- in a re-education camp since
          1975, no news since June; new case sheet from the
          International Secretariat
      (c) proposal to write jointly with Group 12 (Bradford) to the
          Czechoslovak Embassy

5.  Treasurer's report and accounts; subscriptions for 1983; how
    the Christmas card sale went and whether to repeat it

6.  Election of officers: chair, secretary, treasurer, prisoner
    case co-ordinator

7.  Any other business

8.  Date of next meeting

Tea and biscuits afterwards.  Only paid-up members may vote.
                                                            M.H.
""",
    },
    {
        "id": "503", "split": "holdout5",
        "date": "2004-06-05", "date_form": "fr-day-range",
        "type": "agenda",
        "subjects": ["human rights defenders", "lobbying", "online activism", "torture"],
        "title": "Week-end de formation des militants", "title_devised": False,
        "title_variants": ["Week-end de formation des militants: Ordre du jour"],
        "audience": [], "language": "fr", "places": ["FR"],
        "notes": "ORDRE DU JOUR is set apart by the date/venue line: section label. Range 5-6 juin -> "
                 "start day. Sessions: torture; defending human rights defenders; meeting one's "
                 "député (lobbying, French parliament -> FR); acting online (online activism). The "
                 "Colombian lawyer's testimony illustrates the defenders session: CO not placed. "
                 "Mentioned: reply by 28 mai.",
        "text": """VOIX LIBRES INTERNATIONALE -- Section française
Délégation régionale Rhône-Alpes
8, rue Mercière, 69002 Lyon  --  tél. 04 78 42 19 63


        WEEK-END DE FORMATION DES MILITANTS

  Lyon, 5-6 juin 2004  --  Maison des Associations, Villeurbanne


                    ORDRE DU JOUR

Samedi 5 juin

 9h30   Accueil, café, croissants
10h00   Tour de table ; présentation du week-end
10h30   La torture aujourd'hui : où, comment, pourquoi elle persiste.
        Intervention du Dr Hélène Marchal, médecin bénévole auprès
        des victimes
12h30   Déjeuner
14h00   Défendre ceux qui défendent : soutenir les militants des
        droits humains menacés (témoignage d'une avocate colombienne,
        questions-réponses)
16h00   Pause
16h30   Atelier : rencontrer son député. Préparer le rendez-vous,
        choisir trois arguments, assurer le suivi

Dimanche 6 juin

 9h30   Atelier : agir en ligne. Le site de la Section, les
        cyberactions, la lettre électronique mensuelle
11h30   Bilan du week-end et fiches d'évaluation
12h30   Fin des travaux

Merci de confirmer votre présence au secrétariat avant le 28 mai.
""",
    },
    {
        "id": "546", "split": "holdout5",
        "date": "1992-10-30", "date_form": "cross-month-range-abbrev",
        "type": "agenda",
        "subjects": ["death penalty", "group organizing", "recruitment", "vigils and demonstrations"],
        "title": "FVI Student Network -- Great Lakes Campus Weekend", "title_devised": False,
        "title_variants": ["Great Lakes Campus Weekend", "Great Lakes Campus Weekend: Schedule",
                           "FVI Student Network Great Lakes Campus Weekend: Schedule"],
        "audience": ["student groups"], "language": "en", "places": ["US"],
        "notes": "Range across months, Oct. 30 - Nov. 1, 1992 -> start day. 'Schedule' stands under the "
                 "venue/date line: section label. Sessions: death penalty (film + discussion, "
                 "'Abolition Now'), building a chapter (group organizing), bringing people in "
                 "(recruitment), planning a candlelight vigil. Places US (the death penalty in US "
                 "states). Audience: a weekend of the student network for campus chapters -> student "
                 "groups (a judgement call).",
        "text": """FVI STUDENT NETWORK -- GREAT LAKES CAMPUS WEEKEND
University of Michigan, Ann Arbor  *  Oct. 30 - Nov. 1, 1992

Schedule

FRIDAY
  7:00 pm    Arrivals, pizza and icebreakers (Michigan Union, Rm 2105)
  8:30 pm    Film: "Fourteen Days in May" -- then discussion: what
             the death penalty does to everyone it touches

SATURDAY
  9:00 am    Building a Chapter from Scratch: officers, weekly
             meetings, writing a constitution, registering with
             Student Activities
 10:30 am    Bringing People In: tabling, the activities fair,
             keeping first-timers coming back
 12:00       Lunch
  1:00 pm    Abolition Now: the death penalty in Michigan's neighbor
             states and what students can do about it
  3:00 pm    Planning a Candlelight Vigil on Campus -- permits,
             candles and wind, marshals, inviting the press
  5:00 pm    Free time
  7:00 pm    Open-mic coffeehouse (Pretzel Bell)

SUNDAY
  9:30 am    Regional business and next steps
 11:00 am    Departures

Housing is with local students -- bring a sleeping bag!
Contact: Maya Kowalczyk, regional student coordinator, (313) 555-0942
""",
    },
    # ------------------------------------------------------------------ handouts
    {
        "id": "557", "split": "holdout5",
        "date": "1994-09", "date_form": "revised-month-year",
        "type": "handout",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Writing to a Prisoner's Family", "title_devised": False,
        "title_variants": ["Writing to a Prisoner's Family: Some Advice from the Prisoner Casework Team"],
        "audience": [], "language": "en", "places": [],
        "notes": "Footer 'Revised September 1994' is the document's own date. Advice on writing to "
                 "the families of prisoners held for their beliefs -> letter writing and prisoners of "
                 "conscience. No audience stated.",
        "text": """FREE VOICES INTERNATIONAL USA

                WRITING TO A PRISONER'S FAMILY
          Some advice from the Prisoner Casework Team

Why write to the family at all?
When someone is locked up for what they believe or say, it is often the
family who carries the heaviest load: a lost wage, long journeys to the
prison, neighbors who stop saying hello. A card from a stranger on the
other side of the world tells them that their husband, daughter or father
has not been forgotten. Families have told us that these letters were
read aloud at the kitchen table and passed around the village.

Before you write
  *  Read the case sheet carefully. Is it safe to write? A few families
     have told us that letters from abroad brought the police to the
     door. If the case sheet says "Do not write to the family", don't.
  *  Use your own name and home address, not the group's.
  *  Plan on a short first letter. A postcard of your town is fine.

What to say
  *  Introduce yourself and your family; say where you live.
  *  Say that you know about their relative and think of him or her.
  *  Mention that people in many countries are asking for the
     prisoner's release -- but do not name FVI unless the case sheet
     says it is safe to.
  *  Write simply; your letter may be translated by a neighbor.

What NOT to say
  *  Nothing about the politics of their country or its government.
  *  No promises you cannot keep (money, visas, visits).
  *  No questions about the prisoner's activities or friends.

If you get a reply
Please send a photocopy to the Casework Team right away. Replies tell us
how the prisoner is being treated and whether our letters are arriving.
Do not publish a reply or show it to the press.

                                    -- Casework Team, 2210 N. Halsted St.,
Revised September 1994                 Chicago IL 60614
""",
    },
    {
        "id": "519", "split": "holdout5",
        "date": "2001-06", "date_form": "month-year",
        "type": "handout",
        "subjects": ["lobbying", "media work", "refugees"],
        "title": "Asylum in the UK: Your Questions Answered", "title_devised": False,
        "title_variants": ["Asylum in the UK", "Briefing for Groups: Asylum in the UK: Your Questions Answered"],
        "audience": ["local groups"], "language": "en", "places": ["GB"],
        "notes": "Q&A briefing (handout). 'BRIEFING FOR GROUPS' above the heading is a series label "
                 "and names the audience (local groups). 'June 2001' on its own line under the "
                 "heading is the issue date. 'What can our group do?' list: write to your MP "
                 "(lobbying), answer myths in the local paper (media work); the befriending item has "
                 "no separate term. Places GB (UK asylum procedure). Mentioned: 1951 Convention, "
                 "Immigration and Asylum Act 1999, NASS from April 2000.",
        "text": """FREE VOICES INTERNATIONAL -- BRITISH SECTION
14 Wharf Street, Leeds LS2 7EQ   *   Tel. 0113 245 6610

BRIEFING FOR GROUPS

            ASYLUM IN THE UK: YOUR QUESTIONS ANSWERED

                          June 2001

Q. What is the difference between an asylum seeker and a refugee?
A. An asylum seeker has asked for protection and is waiting for a
decision. A refugee is someone recognised as having a well-founded fear
of persecution under the 1951 Refugee Convention. Everyone has the right
to ask; not everyone will be recognised.

Q. What happens when someone claims asylum here?
A. The claim is made to the Home Office, at the port or later. There is
a screening interview, a long questionnaire to fill in (in English,
usually within 14 days), and a substantive interview. Many people have
no lawyer at these stages.

Q. Is it true that some asylum seekers are locked up?
A. Yes. Several hundred people are held at any time in removal centres
and prisons, without a time limit and without being charged with any
crime. We think detention should be the exception, used only when
strictly necessary.

Q. What is "dispersal"?
A. Since April 2000, under the Immigration and Asylum Act 1999, people
who need housing are sent by the National Asylum Support Service (NASS)
to towns around the country, often far from friends, lawyers or anyone
who speaks their language.

Q. What can our group do?
  - Write to your MP asking what the government is doing to limit
    detention, and ask for a reply from the Home Office minister.
  - Answer myths in the local paper: letters to the editor, a
    reporter invited to meet a refugee family who are willing.
  - Find out whether a befriending scheme exists in your town and
    offer your help.

More copies from the Refugee Team at the Leeds office.       BR/01/06
""",
    },
    {
        "id": "545", "split": "holdout5",
        "date": "1989", "date_form": "copyright-c",
        "type": "handout",
        "subjects": ["death penalty", "fair trials", "letter writing", "lobbying",
                     "racial discrimination", "vigils and demonstrations"],
        "title": "The Death Penalty in the United States", "title_devised": False,
        "title_variants": ["The Death Penalty in the United States: Fact Sheet No. 4", "Fact Sheet No. 4"],
        "audience": [], "language": "en", "places": ["US"],
        "notes": "Copyright line '(c) 1989' is the date. Headings: race (racial discrimination), "
                 "lawyers (fair trials). 'What you can do' list: write to the governor (letter "
                 "writing), visit state legislators (lobbying), join vigils (vigils and "
                 "demonstrations). Places US. Mentioned: 1972 Furman, 1976 Gregg, 1977 first "
                 "execution.",
        "text": """THE DEATH PENALTY IN THE UNITED STATES
Fact Sheet No. 4

THE BASICS
  * The Supreme Court struck down the death penalty laws of the time in
    1972 (Furman v. Georgia) and allowed new laws in 1976 (Gregg v.
    Georgia). Executions resumed in January 1977.
  * More than 2,000 men and women are now on death row in 34 states.
  * Texas, Florida and Louisiana account for most executions.

RACE
Who is sentenced to death depends heavily on the race of the victim.
Study after study has found that a person who kills a white victim is far
more likely to be sentenced to death than one who kills a black victim.
Black defendants make up a much larger share of death row than of the
population. In McCleskey v. Kemp (1987) the Court accepted such figures
but held that they did not prove discrimination in one case.

LAWYERS
Most people on death row could not afford a lawyer. Court-appointed
lawyers have been underpaid, inexperienced and sometimes asleep in court.
In several states there is no right to a lawyer at all for the later
appeals. A fair trial is impossible when the defense has no money for
investigators or experts.

WHAT YOU CAN DO
  * Write a short, courteous letter to the governor whenever an
    execution date is set in your state, asking for clemency.
  * Call or visit your state legislators: ask them to support bills
    that would end or restrict the death penalty.
  * Join the vigil held outside the state capitol on the night of
    an execution, or organize one in your own town.

(c) 1989 Free Voices International USA  *  Death Penalty Abolition Project
2210 N. Halsted St., Chicago IL 60614
""",
    },
    {
        "id": "556", "split": "holdout5",
        "date": None, "date_form": "none",
        "type": "handout",
        "subjects": ["lobbying"],
        "title": "Ten Ways to Make Your Meeting with a Member of Congress Count", "title_devised": False,
        "title_variants": ["Ten Ways to Make Your Meeting with a Member of Congress Count: A Tip Sheet for Local Groups and Student Chapters"],
        "audience": ["local groups", "student groups"], "language": "en", "places": ["US"],
        "notes": "Undated: nothing says when. Tip sheet on meeting a member of Congress -> lobbying; "
                 "the follow-up thank-you letter and the local reporter are steps of the lobbying "
                 "visit (in passing). 'for local groups and student chapters' -> local groups, "
                 "student groups. Places US (Congress).",
        "text": """TEN WAYS TO MAKE YOUR MEETING WITH A MEMBER OF CONGRESS COUNT
a tip sheet for local groups and student chapters

1.  Ask early. Call the district office, not Washington, and ask for
    a meeting during the next recess. Follow up in writing.
2.  Keep the delegation small -- three or four people -- and make
    sure at least one of them lives in the district.
3.  Pick ONE issue and ONE request. "Please co-sponsor H.R. ___" is
    a request. "Please care about human rights" is not.
4.  Do your homework. How has the member voted? Which committees?
    Is there a local angle (a refugee family, a university, a
    company)?
5.  Decide who says what before you walk in. Rehearse in the car.
6.  Bring a one-page leave-behind with your request, two or three
    facts and a contact phone number.
7.  Listen. Ask the member what would help him or her act. Staff
    count -- treat the aide as seriously as the member.
8.  Don't argue about everything. If you disagree, say so politely
    and move back to your request.
9.  Write a thank-you note within a week that repeats your request
    and any promise the member made.
10. Report back to the FVI Washington office so that our lobbyists
    know what was said. Then stay in touch: a meeting is the start
    of a relationship, not the end.

Questions: Government Relations, FVI USA, 1118 Vermont Ave NW, Washington DC
""",
    },
    {
        "id": "504", "split": "holdout5",
        "date": "1991-03", "date_form": "es-month-year",
        "type": "handout",
        "subjects": ["disappearances", "letter writing", "urgent actions"],
        "title": "¿Qué es una Acción Urgente?", "title_devised": False,
        "title_variants": ["Que es una Accion Urgente"],
        "audience": ["new members"], "language": "es", "places": ["PE"],
        "notes": "'marzo de 1991' under the heading is the issue date. Explains the urgent action "
                 "network; a paragraph on the example case (a disappearance in Peru: disappearances, "
                 "PE); section on how to write the appeal (letter writing). 'Hoja informativa para "
                 "nuevos socios' -> new members. Mentioned: network started 1973, the case's "
                 "detention 2 de febrero.",
        "text": """VOCES LIBRES INTERNACIONAL -- Sección Española
Apartado de Correos 1042 -- 46080 Valencia

Hoja informativa para nuevos socios y socias

            ¿QUÉ ES UNA ACCIÓN URGENTE?

                   marzo de 1991

Cuando una persona es detenida y corre peligro inminente de tortura,
desaparición o ejecución, no hay tiempo para esperar semanas. La Red de
Acciones Urgentes, creada en 1973, permite que en pocos días lleguen
cientos de cartas, télex y telegramas a las autoridades responsables.

¿Cómo funciona?
El Secretariado Internacional envía la información del caso a las
secciones. La Sección la reenvía por correo a los socios inscritos en la
red, que escriben enseguida. Cada acción dura unas seis semanas.

Un ejemplo
El 2 de febrero, Julio César Huamán, maestro rural de Ayacucho (Perú),
fue detenido por una patrulla militar delante de sus alumnos. El ejército
niega tenerlo bajo custodia y su familia no sabe dónde está. En la zona de
emergencia de Ayacucho cientos de personas han desaparecido así en los
últimos años; muchas no han vuelto a aparecer. Los llamamientos piden que
se revele su paradero y que se le ponga a disposición judicial.

Cómo escribir tu llamamiento
  - Sé breve y cortés: una carta de una página basta.
  - Muestra preocupación, no hagas acusaciones políticas.
  - Cita el nombre completo, la fecha y el lugar de la detención.
  - Envía la carta por avión lo antes posible.
  - Si recibes respuesta, manda una copia a la Sección.

Para apuntarte a la red, rellena el cupón y envíalo a la Sección.
""",
    },
    # ------------------------------------------------------------------ trainer guides
    {
        "id": "506", "split": "holdout5",
        "date": "1988", "date_form": "season-running-header-two-digit",
        "type": "trainer guide",
        "subjects": ["media work"],
        "title": "Talking to Reporters", "title_devised": False,
        "title_variants": ["Module 3: Talking to Reporters", "Module 3 Talking to Reporters"],
        "audience": ["trainers"], "language": "en", "places": [],
        "notes": "Running header 'TRAINERS' KIT -- SUMMER '88' is the edition line -> 1988 (a season "
                 "gives the year). The running header is not the title; the module-numbered form is "
                 "a variant. Session on interviews, sound bites and radio -> media work only (the "
                 "role-play is an interview exercise, not a public-speaking course). Trainer guide -> "
                 "trainers.",
        "text": """TRAINERS' KIT -- SUMMER '88                                    page 1

                  MODULE 3: TALKING TO REPORTERS

Time: 75 minutes
Objectives: by the end of the session participants will
  - know what a reporter needs from them and by when;
  - be able to give the group's message in three short sentences;
  - have practised one radio-style interview each.
Materials: newsprint, markers, a cassette recorder, copies of
Handout 3A ("Before the phone rings").

1. WARM-UP (10 min)
Ask the participants: "When did you last see our issue in the local
paper? What did it say?" Write answers on newsprint. Point out that
most stories come from someone who called the reporter first.

2. WHAT REPORTERS WANT (15 min)
Say: "A reporter wants a story that is new, local and has a person in
it. They want it before their deadline, not after." Go through
Handout 3A. Stress: always call back, never say "no comment", never
guess a figure.

3. THE THREE SENTENCES (15 min)
Divide into pairs. Each pair writes the group's message on the current
case in three sentences: the problem, what it means for a human being,
what the listener can do. Read some aloud; ask the group which one they
would remember.
                                                                       \f
TRAINERS' KIT -- SUMMER '88                                    page 2

4. RADIO ROLE-PLAY (30 min)
Set up the recorder. One participant is the reporter (give them the
"difficult questions" card), the other is the group spokesperson.
Two minutes each, then swap. Play back one or two interviews and ask:
"Did we hear the three sentences? What would you change?"

TRAINER'S NOTE: keep the feedback kind and specific. Some people have
never heard their own recorded voice and find it hard.

5. WRAP-UP (5 min)
Each participant names one reporter or station they will contact in
the next month. Collect names for the regional media list.
""",
    },
    {
        "id": "529", "split": "holdout5",
        "date": "2000-04", "date_form": "es-revised-month-year",
        "type": "trainer guide",
        "subjects": ["armed conflict", "children's rights", "facilitation", "human rights education"],
        "title": "Taller «Nuestros derechos»: Guía para facilitadores", "title_devised": False,
        "title_variants": ["Taller «Nuestros derechos»", "Nuestros derechos",
                           "Nuestros derechos: Guía para facilitadores"],
        "audience": ["trainers", "youth"], "language": "es", "places": [],
        "notes": "'Primera edición: 1998. Revisada: abril de 2000' -> the revision wins: 2000-04. "
                 "Workshop on the Convention on the Rights of the Child for 14-17 year olds in "
                 "secondary schools: children's rights, human rights education; session 3 on child "
                 "soldiers -> armed conflict; a 'Consejos para quien facilita' section -> "
                 "facilitation. Audience trainers + youth. Countries of child soldiers are examples "
                 "in passing. Mentioned: Convention of 1989.",
        "text": """VOCES LIBRES INTERNACIONAL -- Sección Española
Área de Educación en Derechos Humanos

              TALLER «NUESTROS DERECHOS»
                Guía para facilitadores

Para grupos de 15 a 25 jóvenes de 14 a 17 años, en institutos o
asociaciones juveniles. Duración total: 3 horas (tres sesiones).

Objetivos
  - Conocer la Convención sobre los Derechos del Niño (1989).
  - Relacionar sus artículos con la vida diaria de los participantes.
  - Conocer la situación de los niños y niñas soldado.

SESIÓN 1. ¿Qué necesita un niño? (60 min)
Divide al grupo en equipos de cinco. Cada equipo dibuja en papel
continuo la silueta de un niño y escribe dentro lo que necesita para
crecer bien, y fuera lo que le puede hacer daño. Puesta en común.

SESIÓN 2. La Convención, artículo por artículo (60 min)
Reparte las tarjetas con artículos resumidos de la Convención. Pide a
cada equipo que relacione sus tarjetas con lo que dibujó. Pregunta:
«¿Qué derechos se cumplen en vuestro barrio? ¿Cuáles no?»

SESIÓN 3. Niños y niñas soldado (60 min)
Lee en voz alta el testimonio de «Ismael», reclutado a los doce años
por un grupo armado. Explica que decenas de miles de menores combaten
hoy en guerras de varios continentes. Debate: ¿qué pueden hacer los
gobiernos? ¿qué podemos hacer nosotros? Presenta la carta modelo de la
campaña para quien quiera firmarla.

CONSEJOS PARA QUIEN FACILITA
  - Prepara la sala antes: mesas en círculo, material a mano.
  - No des tú las respuestas: devuelve las preguntas al grupo.
  - Cuida a quien habla poco; pide turnos breves.
  - El testimonio de la sesión 3 puede afectar a algunos chicos:
    deja tiempo para hablar y avisa al profesor o profesora.
  - Termina siempre a la hora prevista.

Primera edición: 1998. Revisada: abril de 2000.
""",
    },
    {
        "id": "547", "split": "holdout5",
        "date": "1995", "date_form": "copyright-symbol",
        "type": "trainer guide",
        "subjects": ["freedom of expression", "human rights education"],
        "title": "Lesson 2: Who Gets to Speak?", "title_devised": False,
        "title_variants": ["Who Gets to Speak?", "Who Gets to Speak", "Human Rights in the Classroom: Lesson 2: Who Gets to Speak?"],
        "audience": ["educators", "trainers", "youth"], "language": "en", "places": [],
        "notes": "'© 1995' is the date. The series line 'HUMAN RIGHTS IN THE CLASSROOM / A teaching "
                 "guide for high-school teachers' is a running series header; the lesson heading is "
                 "the title, with and without its lesson number. Lesson plan for teachers (educators, "
                 "trainers) with high-school students (youth) on censorship: freedom of expression, "
                 "human rights education. Mentioned: Article 19 of the 1948 Declaration.",
        "text": """HUMAN RIGHTS IN THE CLASSROOM
A teaching guide for high-school teachers  *  Free Voices International USA

LESSON 2: WHO GETS TO SPEAK?

Grade level: 9-12           Time: one 50-minute class period
Materials: copies of Article 19 of the Universal Declaration of Human
Rights (1948); the three "case cards" at the end of this lesson;
chalkboard.

Goals
Students will be able to explain in their own words what freedom of
expression means, give examples of how governments limit it, and
discuss when, if ever, limits are justified.

Procedure
1. (5 min) Write on the board: "Should anyone be jailed for what they
   write?" Ask students to stand on one side of the room for YES, the
   other for NO, the middle for NOT SURE. Ask two or three to explain.

2. (10 min) Hand out Article 19. Read it aloud. Ask: What does "through
   any media and regardless of frontiers" mean today? Does it cover
   songs? T-shirts? A school newspaper?

3. (20 min) Divide the class into three groups and give each a case
   card: a poet imprisoned for a poem about the president; a radio
   station closed for reporting on a strike; a student suspended for an
   article in the school paper. Each group decides: was this a
   violation of freedom of expression? Why or why not? What could
   people outside the country do?

4. (10 min) Groups report. Note on the board where students drew the
   line between speech that is protected and speech that is not.

5. (5 min) Homework: find one news story this week about someone
   punished for what they said or wrote.

Teacher's note: students may bring up hate speech. Let the discussion
happen; Lesson 5 returns to it.

© 1995 Free Voices International USA. May be copied for classroom use.
""",
    },
    {
        "id": "527", "split": "holdout5",
        "date": "2007-09-21", "date_form": "ordinal-day-range",
        "type": "trainer guide",
        "subjects": ["campaign planning", "coalition building"],
        "title": "Planning a Campaign: A Session Plan for Trainers", "title_devised": False,
        "title_variants": ["Planning a Campaign"],
        "audience": ["trainers"], "language": "en", "places": [],
        "notes": "'Presented at the Northern Trainers' Weekend, 21st-22nd September 2007' is the date "
                 "it was presented -> range start 2007-09-21. Session plan: campaign planning; a "
                 "section 'Finding allies' (working with other organisations) -> coalition building. "
                 "Audience trainers. Mentioned: nothing else.",
        "text": """FREE VOICES INTERNATIONAL -- BRITISH SECTION
Training & Development

        PLANNING A CAMPAIGN: A SESSION PLAN FOR TRAINERS

Presented at the Northern Trainers' Weekend, Hebden Bridge,
21st-22nd September 2007

Length: 90 minutes.  Group size: 8-20.
You need: flipchart, sticky notes in three colours, the "campaign
triangle" poster, a real local issue the group cares about.

Aim
By the end, the group has sketched a campaign on one issue: what it
wants to change, who can make that change, how to move them, and when.

Step 1 -- The change we want (15 min)
Ask: "If we won, what would be different?" Push the group from a
cause ("end torture") to a change ("the council stops buying riot
equipment from X"). Write the agreed goal on the flipchart.

Step 2 -- Who decides? (15 min)
Map the decision-makers on sticky notes: who has the power to say yes?
Who influences them? Put them on the wall, closest to the goal first.

Step 3 -- Finding allies (20 min)
Ask: "Who else wants this change?" List faith groups, unions, student
societies, other NGOs. For each: what do they gain, what do they want
from us, who will make the first call? Warn against coalitions that
only exist on a letterhead; agree one joint action to test the
partnership.

Step 4 -- Tactics and timeline (25 min)
Small groups pick tactics for each decision-maker and put them on a
three-month timeline. Check that early tactics are cheap and easy and
that pressure builds.

Step 5 -- Review (15 min)
Ask each participant: "What is the next thing you will do, by when?"

Tip: keep the goal small enough to win within a year. A first win
matters more than a perfect plan.
""",
    },
    # ------------------------------------------------------------------ manuals
    {
        "id": "558", "split": "holdout5",
        "date": "1979", "date_form": "edition-year",
        "type": "manual",
        "subjects": ["fundraising", "group organizing", "letter writing", "media work",
                     "prisoners of conscience"],
        "title": "The Group Handbook", "title_devised": False,
        "title_variants": ["Free Voices International Group Handbook"],
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "'Third edition, 1979' is the date; the first edition (1975) is mentioned. Chapters: "
                 "starting and running a group (group organizing), working for your adopted prisoner "
                 "with letter-writing instructions (prisoners of conscience, letter writing), raising "
                 "money (fundraising), publicity (media work). 'for local groups' -> local groups.",
        "text": """FREE VOICES INTERNATIONAL

                      THE GROUP HANDBOOK

           A guide for local groups -- Third edition, 1979

CONTENTS
   1.  Starting and running a group ........................ 1
   2.  Working for your adopted prisoner ................... 2
   3.  Raising money ....................................... 3
   4.  Getting publicity ................................... 3

Foreword
This handbook was first written in 1975 for the twelve groups we had
then. There are now more than sixty. Keep it with the group's files and
pass it on when the secretary changes.

CHAPTER 1.  STARTING AND RUNNING A GROUP
A group needs at least eight committed people, a regular meeting place
and a monthly meeting on a fixed evening. Choose a chair, a secretary, a
treasurer and a case co-ordinator at the first meeting. Keep minutes.
Register the group with the national office; you will then receive a
group number and your first case.

Meetings. Send a short agenda a few days ahead. Begin on time with the
case news, then the letters to be written that month, then money and
publicity, and end by nine o'clock. Write letters together at the
meeting if members find it hard to do so at home; bring paper, carbon
paper and envelopes. The chair should see that everyone speaks and that
decisions are written down.

Officers. The secretary keeps the minutes, the correspondence and the
list of members' addresses. The treasurer keeps the accounts. The case
co-ordinator keeps the case files and is the only person who writes to
the national office about the prisoners. Officers should change every
two or three years so that no one tires and more members learn the work.
                                                                   1
\fCHAPTER 2.  WORKING FOR YOUR ADOPTED PRISONER
Each group is given two or three prisoners of conscience -- men and
women in prison for their beliefs, their origin or their language, who
have not used or advocated violence. The group works for them until they
are released.

Writing the letters. Write every month, in turn, to the head of state,
the minister of justice and the prison director. Letters should be
short, polite and personal; never insult the government or its
ideology. Send them by airmail and keep copies in the case file. Some
members also write to the prisoner (if the case sheet permits) and to
the family at holidays.

Keep a case diary: every letter sent, every reply, every piece of news.
Send any reply to the Research Department at once.
                                                                   2
\fCHAPTER 3.  RAISING MONEY
Groups pay a yearly contribution to the section and need money for
postage, which is the biggest cost. Ways that have worked: a regular
monthly pledge from each member, jumble sales, sponsored walks, a stall
at the summer fair, Christmas cards. Keep accounts and report to the
group every three months.

CHAPTER 4.  GETTING PUBLICITY
Tell the local paper when you adopt a prisoner and when you hear news.
A photograph of members signing letters makes a story. Offer a speaker
to churches, schools and clubs. Always give a contact name and telephone
number.
                                                                   3
""",
    },
    {
        "id": "513", "split": "holdout5",
        "date": "2008-03-17", "date_form": "iso",
        "type": "manual",
        "subjects": ["online activism", "petitions", "urgent actions"],
        "title": "Activism Online: A Handbook for Groups", "title_devised": False,
        "title_variants": ["Activism Online"],
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "'Last revised: 2008-03-17' is the date (ISO). Chapters: the group's web page "
                 "(online activism), the e-mail urgent action network (urgent actions), online "
                 "petitions (petitions, online activism), staying safe online (online activism). "
                 "Mentioned: network going e-mail in 2001.",
        "text": """ACTIVISM ONLINE: A HANDBOOK FOR GROUPS
Free Voices International USA -- Grassroots Department
Last revised: 2008-03-17

Contents
  Part 1   Your group's web page
  Part 2   The e-mail urgent action network
  Part 3   Online petitions
  Part 4   Staying safe online

PART 1 -- YOUR GROUP'S WEB PAGE
Every registered group can have a free page on the FVI site. Keep it
simple: who you are, when you meet, one current action, a contact
address. Update it at least monthly; a page that still advertises last
year's vigil tells visitors the group is dead. Use the FVI logo only as
supplied, and never post a prisoner's family details.

PART 2 -- THE E-MAIL URGENT ACTION NETWORK
Since 2001 most urgent actions go out by e-mail within hours of the
Secretariat's release. Members who sign up receive the case, the
recommended action and addresses. Encourage members to send their
appeal by fax or e-mail the same day and to log it with the "I took
action" link, so we can report numbers. Group coordinators can forward
UAs to a group list, but should not change the text.

PART 3 -- ONLINE PETITIONS
Online petitions reach many people fast but are easy to ignore. Use
them when the target counts numbers (a company, a visiting head of
state); combine them with something harder to ignore, such as a
delivery in person with a photographer. Use the national petition tool
rather than commercial sites, which sell addresses. Never run a
petition without a clear deadline and a named target.

PART 4 -- STAYING SAFE ONLINE
Use strong passwords and change them when officers change. Do not
forward messages from activists abroad without their consent. Assume
that anything you post can be read by the government concerned.
""",
    },
    {
        "id": "507", "split": "holdout5",
        "date": "1993", "date_form": "school-year",
        "type": "manual",
        "subjects": ["group organizing", "human rights education", "recruitment",
                     "vigils and demonstrations"],
        "title": "Student Action Manual", "title_devised": False,
        "title_variants": ["FVI Student Action Manual"],
        "audience": ["student groups"], "language": "en", "places": [],
        "notes": "'1993-94 school year' on its own line -> first year, 1993. Chapters: starting a "
                 "chapter (group organizing), membership drives (recruitment), events on campus "
                 "(vigils, a march, a rally: vigils and demonstrations), teach-ins and class visits "
                 "(human rights education). For student chapters -> student groups.",
        "text": """FREE VOICES INTERNATIONAL USA -- STUDENT NETWORK

                    STUDENT ACTION MANUAL
                     1993-94 school year

TABLE OF CONTENTS
  Chapter 1 .... Starting a Chapter
  Chapter 2 .... Growing Your Membership
  Chapter 3 .... Events That Get Noticed
  Chapter 4 .... Teaching Your Campus About Human Rights
  Appendix ..... Sample constitution; national office contacts

CHAPTER 1: STARTING A CHAPTER
You need a faculty advisor, five students willing to be founding
members, and a constitution (see the Appendix). Register with your
student activities office to get a room and a table at the activities
fair. Choose a president, a secretary, a treasurer and an action
coordinator. Meet every week at the same time.

CHAPTER 2: GROWING YOUR MEMBERSHIP
Most chapters lose half their members every year when seniors graduate.
Recruit all year, not just in September. Table in the dining hall with
a petition and a sign-up sheet; follow up with every name within a
week; give newcomers a job at their first meeting. Ask freshmen to
bring a roommate.

CHAPTER 3: EVENTS THAT GET NOTICED
Vigils: a candlelight vigil on the night of an execution or on Human
Rights Day (December 10) is simple and powerful. Get a permit, bring
wind-proof candles, read names. Marches and rallies: coordinate with
campus police and other groups; choose marshals; keep speeches short.

CHAPTER 4: TEACHING YOUR CAMPUS ABOUT HUMAN RIGHTS
Offer professors a ten-minute presentation on the Universal
Declaration in their classes. Run a teach-in with a film and a speaker.
Put the Declaration's thirty articles on posters around the quad.
""",
    },
    # ------------------------------------------------------------------ worksheets
    {
        "id": "538", "split": "holdout5",
        "date": "1998-02-07", "date_form": "abbrev-month-day-year",
        "type": "worksheet",
        "subjects": ["campaign planning"],
        "title": "Your Campaign on One Page", "title_devised": False,
        "title_variants": ["Worksheet 2: Your Campaign on One Page", "Worksheet 2"],
        "audience": [], "language": "en", "places": [],
        "notes": "Running line 'Campaign Skills Day -- Feb. 7, 1998' names the event and gives the "
                 "date; not the title. A planning grid with blanks: goal, decision-maker, message, "
                 "tactics, timeline, success -> campaign planning. Mentioned: none.",
        "text": """Campaign Skills Day -- Feb. 7, 1998 -- Denver

WORKSHEET 2:  YOUR CAMPAIGN ON ONE PAGE

Work with the others from your group. You have 30 minutes. Be specific!

1. What do we want to change? (one sentence)
   ______________________________________________________________
   ______________________________________________________________

2. Who can make that change happen? Name a person, not an institution.
   ______________________________________________________________

3. Who or what influences that person?
   ______________________________________________________________

4. Our message in 25 words or fewer:
   ______________________________________________________________
   ______________________________________________________________

5. Tactics -- what will we do, in what order?

   | Month | What we do                   | Who in the group leads |
   |-------|------------------------------|------------------------|
   |   1   |                              |                        |
   |   2   |                              |                        |
   |   3   |                              |                        |

6. How will we know we've won? What would a partial win look like?
   ______________________________________________________________

7. What is the very first step, and who will take it by next Friday?
   ______________________________________________________________

Bring this sheet to the afternoon report-back.
""",
    },
    {
        "id": "512", "split": "holdout5",
        "date": "2002-01-14", "date_form": "es-numeric-two-digit",
        "type": "worksheet",
        "subjects": ["fundraising"],
        "title": "El presupuesto del grupo para 2002", "title_devised": False,
        "title_variants": ["Hoja de trabajo 4: El presupuesto del grupo para 2002",
                           "El presupuesto del grupo", "Hoja de trabajo 4"],
        "audience": ["local groups"], "language": "es", "places": [],
        "notes": "Running line 'Taller de tesorería -- Valencia, 14/1/02' -> D/M/Y (Spanish), "
                 "2002-01-14. '2002' is part of the heading's wording (the form without it is a "
                 "variant). Budget grid with income lines (cuotas, lotería, cena, subvención) -> "
                 "fundraising. For the groups' treasurers -> local groups.",
        "text": """Taller de tesorería -- Valencia, 14/1/02

HOJA DE TRABAJO 4: EL PRESUPUESTO DEL GRUPO PARA 2002

Para los tesoreros y tesoreras de los grupos locales. Rellenad la tabla
con las cifras de vuestro grupo. Si no sabéis una cifra, poned una
estimación y marcadla con (?).

INGRESOS                                         euros
  Cuotas de los socios del grupo            ____________
  Venta de lotería de Navidad               ____________
  Cena solidaria / otras actividades        ____________
  Venta de camisetas y chapas               ____________
  Subvención del ayuntamiento               ____________
  Donativos                                 ____________
                                   TOTAL    ____________

GASTOS
  Correo y fotocopias                       ____________
  Alquiler del local                        ____________
  Material de campaña                       ____________
  Viajes a reuniones de la Sección          ____________
                                   TOTAL    ____________

PREGUNTAS
1. ¿Qué actividad os dio más dinero el año pasado? ¿Por qué?
   __________________________________________________________
2. ¿Podéis pedir una subvención nueva este año? ¿A quién?
   __________________________________________________________
3. ¿Quién del grupo se encargará de la cena solidaria?
   __________________________________________________________

Recordad: desde el 1 de enero todas las cifras en euros.
""",
    },
    {
        "id": "544", "split": "holdout5",
        "date": "1985-05", "date_form": "month-year",
        "type": "worksheet",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Write Your Own Appeal", "title_devised": False,
        "title_variants": ["Exercise: Write Your Own Appeal"],
        "audience": ["new members"], "language": "en", "places": ["TR"],
        "notes": "'New members' evening -- May 1985' is the date line (month). Fill-in exercise to "
                 "draft an appeal for a prisoner of conscience in Turkey -> letter writing, prisoners "
                 "of conscience, TR. Audience new members. Mentioned: arrest March 1982, sentence "
                 "1983.",
        "text": """NEW MEMBERS' EVENING -- May 1985
Group 118, Free Voices International USA, Madison, Wisconsin

EXERCISE: WRITE YOUR OWN APPEAL

The case: Mehmet Ali Doğan, a 34-year-old teacher and union member from
Izmir, Turkey, was arrested in March 1982 and sentenced in 1983 by a
military court to eight years for "membership of an illegal
organization" -- the teachers' association. He did not use or advocate
violence. FVI considers him a prisoner of conscience.

Fill in the blanks to draft your first letter. Use your own words.

Address:  His Excellency General Kenan Evren, President of the Republic,
          Cumhurbaşkanlığı, Ankara, Turkey

Your Excellency,

I am writing to you from ____________________ (your town) about
____________________________ (prisoner's name), who ________________
____________________________________________ (what happened to him).

I am concerned because ______________________________________________
_____________________________________________________________________.

I respectfully ask that ______________________________________________
(your request -- one sentence).

_____________________________ (a courteous closing sentence)

Yours respectfully,  ____________________

Check your draft:  [ ] under one page   [ ] no political insults
                   [ ] his full name    [ ] a clear request
""",
    },
    {
        "id": "554", "split": "holdout5",
        "date": "1999-11-03", "date_form": "eu-dotted-two-digit",
        "type": "worksheet",
        "subjects": ["LGBT rights", "equality and non-discrimination", "racial discrimination",
                     "women's rights"],
        "title": "Spot the Discrimination", "title_devised": False,
        "title_variants": ["Spot the Discrimination!"],
        "audience": ["youth"], "language": "en", "places": [],
        "notes": "British: '3.11.99' read D.M.Y -> 3 November 1999 (running line naming the youth "
                 "conference; not the title). Heading is about discrimination as such -> equality "
                 "and non-discrimination; scenario questions on race (racial discrimination), pay "
                 "for women (women's rights), a gay couple (LGBT rights); the wheelchair scenario "
                 "has no narrower term. Youth conference -> youth.",
        "text": """Northern Youth Conference -- Sheffield -- 3.11.99          FVI British Section

SPOT THE DISCRIMINATION!

In your small group, read each situation. Decide: is this
discrimination? On what grounds? What could the person do about it?
Write your answers in the boxes.

1. Kwame and his friend Tom apply for the same Saturday job with the
   same CVs. Tom is called for interview. Kwame, who is black, is told
   the job has gone. A week later the advert is back in the window.
   +------------------------------------------------------------+
   |                                                            |
   +------------------------------------------------------------+

2. Sarah finds out that the man who does exactly the same job as her
   at the call centre is paid 80p an hour more.
   +------------------------------------------------------------+
   |                                                            |
   +------------------------------------------------------------+

3. Two men who have lived together for ten years ask a hotel for a
   double room. The owner says "not that kind of hotel".
   +------------------------------------------------------------+
   |                                                            |
   +------------------------------------------------------------+

4. The only way into the youth club is up a flight of steps. Leanne
   uses a wheelchair.
   +------------------------------------------------------------+
   |                                                            |
   +------------------------------------------------------------+

5. Which of these would be against the law in Britain today? Which
   should be? Why might the law and what is right be different?
   +------------------------------------------------------------+
   |                                                            |
   +------------------------------------------------------------+

Choose one situation to act out for the whole conference.
""",
    },
    # ------------------------------------------------------------------ evaluation forms
    {
        "id": "518", "split": "holdout5",
        "date": "1978-03-18", "date_form": "fr-weekday-full-date",
        "type": "evaluation form",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Journée « Écrire pour les prisonniers »: Fiche d'évaluation", "title_devised": False,
        "title_variants": ["Fiche d'évaluation: Journée « Écrire pour les prisonniers »",
                           "Journée « Écrire pour les prisonniers »", "Écrire pour les prisonniers",
                           "Fiche d'évaluation"],
        "audience": [], "language": "fr", "places": [],
        "notes": "Generic 'FICHE D'ÉVALUATION' stands above the real heading (the day's name): joined "
                 "by a colon as in the guidelines' AGENDA example; the other order, the heading "
                 "alone and the generic word alone are variants (a judgement call). Date: 'samedi 18 mars 1978', the day it evaluates. "
                 "Questions on writing letters for prisoners -> letter writing, prisoners of "
                 "conscience. Mentioned: next day planned 'en octobre'.",
        "text": """VOIX LIBRES INTERNATIONALE -- Section française
Groupe 7 -- Lyon

                    FICHE D'ÉVALUATION

        Journée « Écrire pour les prisonniers »
              samedi 18 mars 1978, salle paroissiale Saint-Nizier

Merci de remplir cette fiche avant de partir. Elle est anonyme.

1. La journée dans son ensemble vous a paru :
      très utile [ ]     utile [ ]     peu utile [ ]     inutile [ ]

2. L'exposé sur les prisonniers d'opinion adoptés par le groupe
   (qui sont-ils ? pourquoi sont-ils détenus ?) était-il clair ?
      oui [ ]     en partie [ ]     non [ ]

3. Vous sentez-vous maintenant capable d'écrire seul(e) une lettre
   aux autorités d'un pays pour un prisonnier ?
      oui [ ]     pas encore [ ]     non [ ]

4. Qu'est-ce qui vous a été le plus utile dans l'atelier de
   rédaction des lettres ?
   ...................................................................
   ...................................................................

5. Qu'est-ce qui vous a manqué ?
   ...................................................................

6. Souhaitez-vous participer à la prochaine journée, prévue en
   octobre ?      oui [ ]     non [ ]

Nom (facultatif) : ...................................
""",
    },
    {
        "id": "508", "split": "holdout5",
        "date": "2006-04-22", "date_form": "us-numeric-two-digit",
        "type": "evaluation form",
        "subjects": ["death penalty", "lobbying"],
        "title": "Death Penalty Abolition Training: Participant Evaluation", "title_devised": False,
        "title_variants": ["Death Penalty Abolition Training", "Participant Evaluation"],
        "audience": [], "language": "en", "places": ["US"],
        "notes": "US: '4/22/06' read M/D/Y -> 2006-04-22 (set after the heading on a line with the "
                 "city, not part of the title). Training on the death penalty; a question rates the "
                 "lobbying session with state legislators -> lobbying. Places US (Illinois "
                 "moratorium, state legislature). Mentioned: 2000 moratorium.",
        "text": """DEATH PENALTY ABOLITION TRAINING: PARTICIPANT EVALUATION
Springfield, IL   4/22/06

Please circle one number for each session (1 = not useful, 5 = very useful).

  A. "Where Things Stand": the death penalty in Illinois since
     the 2000 moratorium                               1  2  3  4  5
  B. Talking to your state legislators: the
     abolition bill and how to ask for a vote          1  2  3  4  5
  C. Working with murder victims' family members       1  2  3  4  5
  D. Role-play: the legislative visit                  1  2  3  4  5

How well did the trainers keep to time?     1  2  3  4  5

What was the most useful thing you learned today?
_______________________________________________________________________
_______________________________________________________________________

Will you visit or call your state senator or representative in the
next month?     Yes / No / Already have

What would you change about this training?
_______________________________________________________________________

Would you like to be on the abolition coordinators' e-mail list?
Name/e-mail (optional): _______________________________________________

Thank you!  Please leave this form on the table by the door.
""",
    },
    {
        "id": "534", "split": "holdout5",
        "date": "1992-05-09", "date_form": "weekday-ordinal-day-month-year",
        "type": "evaluation form",
        "subjects": ["public speaking"],
        "title": "Speaking Up: A Day on Public Speaking: Evaluation", "title_devised": False,
        "title_variants": ["Evaluation: Speaking Up: A Day on Public Speaking",
                           "Speaking Up: A Day on Public Speaking", "Speaking Up",
                           "Speaking Up: Evaluation"],
        "audience": [], "language": "en", "places": [],
        "notes": "Date line 'Saturday 9th May 1992' on its own line. The form evaluates a day on "
                 "public speaking (heading and questions) -> public speaking. 'EVALUATION' stands "
                 "above the heading: joined after it as in the guidelines' AGENDA example; the "
                 "other order and the heading alone are variants.",
        "text": """EVALUATION

SPEAKING UP: A DAY ON PUBLIC SPEAKING
Saturday 9th May 1992  *  Friends Meeting House, Bristol

Free Voices International -- South West Region

Please tick the box that comes closest to what you think.

                                     Agree   Not sure   Disagree
1. I now feel more confident about
   giving a talk to a local group.     [ ]      [ ]        [ ]
2. The session on structuring a
   ten-minute talk was useful.         [ ]      [ ]        [ ]
3. The practice talks in threes were
   long enough.                        [ ]      [ ]        [ ]
4. The feedback I got on my talk
   was fair and helpful.               [ ]      [ ]        [ ]
5. The session on handling hostile
   questions was useful.               [ ]      [ ]        [ ]

6. Which part of the day will you use first?
   ..............................................................

7. Would you be willing to go on the Region's speakers' list?
   Yes [ ]   Maybe later [ ]   No [ ]

8. Any other comments (venue, food, length of the day):
   ..............................................................
   ..............................................................

Please hand to Rosemary or Des before you leave. Thank you.
""",
    },
    {
        "id": "536", "split": "holdout5",
        "date": "1976", "date_form": "circa",
        "type": "evaluation form",
        "subjects": ["facilitation"],
        "title": "Chairing Meetings Workshop -- Your Comments", "title_devised": False,
        "title_variants": ["Chairing Meetings Workshop", "Chairing Meetings Workshop: Your Comments"],
        "audience": [], "language": "en", "places": [],
        "notes": "Only date is an archivist's pencilled 'ca. 1976' on the item -> 1976 (circa). "
                 "Workshop on chairing meetings and leading discussions: the skill of running a "
                 "meeting -> facilitation. No audience stated.",
        "text": """                                                     [pencil: ca. 1976]

FREE VOICES INTERNATIONAL -- U.S.A. SECTION

CHAIRING MEETINGS WORKSHOP -- YOUR COMMENTS

We want to improve this workshop before we take it to other regions.
Please be frank. You need not sign.

1. Before today, had you ever chaired a group meeting?   YES   NO

2. How useful was each part?  (Write 1 = very, 2 = somewhat, 3 = not)

   ___ Preparing an agenda and getting it out in advance
   ___ Opening the meeting and keeping to time
   ___ Drawing out quiet members; handling the one who talks too much
   ___ Reaching decisions: votes vs. consensus
   ___ The mock meeting at the end

3. Was the workshop   too long ___   too short ___   about right ___

4. What one thing would you tell someone chairing their first meeting?

   ______________________________________________________________

5. What should we add or drop?

   ______________________________________________________________
   ______________________________________________________________

Leave with the workshop leader.  Thank you.
""",
    },
    # ------------------------------------------------------------------ sign-in sheets
    {
        "id": "555", "split": "holdout5",
        "date": "1984-11-04", "date_form": "us-numeric-dashes-two-digit",
        "type": "sign-in sheet",
        "subjects": ["urgent actions"],
        "title": "Urgent Action Network Orientation: Sign-In", "title_devised": False,
        "title_variants": ["Urgent Action Network Orientation"],
        "audience": [], "language": "en", "places": [],
        "notes": "US (Denver): '11-4-84' read M-D-Y -> 1984-11-04; set after separators on the "
                 "heading line, so not part of the title. Subjects from the heading: urgent actions.",
        "text": """URGENT ACTION NETWORK ORIENTATION -- SIGN-IN -- 11-4-84 -- Denver

  NAME                    ADDRESS                        PHONE      GROUP
  ----------------------  -----------------------------  ---------  -----
1 Ruth Ann Pfeiffer       1420 Gaylord St, Denver 80206  333-0917   #66
2 Tom Gallegos            88 S. Pearl, Denver            744-2251   #66
3 Lisa Yamamoto           2231 Bluebell, Boulder         443-8802   #140
4 Fr. Dan Kiley           St. Ignatius rectory           -          -
5 Jeanette Morris         4 Mesa Dr., Golden             279-5560   #140
6 Carl & Edie Swanson     1019 Elm, Longmont             776-3341   -
7 Hector Baca             3300 W. 38th Ave #4            477-9023   #66
8 Marianne Cole           Box 91, Nederland              258-3117   -
9 Walt Dreyer             707 Pine, Boulder              449-6120   #140
10
11
12
                                                                 p. 1
""",
    },
    {
        "id": "521", "split": "holdout5",
        "date": None, "date_form": "none",
        "type": "sign-in sheet",
        "subjects": [],
        "title": "Please Sign In", "title_devised": False,
        "title_variants": [],
        "audience": [], "language": "en", "places": [],
        "notes": "A blank sheet headed only 'PLEASE SIGN IN': no event name, no date -> null date, no "
                 "subjects; the generic heading is transcribed as it is, being all the document has.",
        "text": """                         PLEASE SIGN IN

   Print clearly so we can read your e-mail address. Tick the box if
   this is your first time with us and someone will say hello.

   Name                         E-mail or phone              First time here?
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]
   ___________________________  ___________________________  [ ]

        We will not share your details with anyone outside the group.
""",
    },
    {
        "id": "517", "split": "holdout5",
        "date": "2005-10-06", "date_form": "weekday-abbrev-day-month-two-digit",
        "type": "sign-in sheet",
        "subjects": ["fundraising"],
        "title": "Fundraising Skills Evening: Attendance", "title_devised": False,
        "title_variants": ["Fundraising Skills Evening", "Attendance: Fundraising Skills Evening"],
        "audience": [], "language": "en", "places": [],
        "notes": "British: 'Thurs. 6 Oct. '05' -> 2005-10-06 (two-digit year 05 -> 2005). The date is "
                 "on a line of its own. Heading names a fundraising skills evening -> fundraising.",
        "text": """FVI BRITISH SECTION -- NORTH WEST REGION

FUNDRAISING SKILLS EVENING -- ATTENDANCE
Thurs. 6 Oct. '05, 7.00-9.30pm, Friends Meeting House, Mount St, Manchester

| Name                 | Group / town           | Email                         | Gift Aid form? |
|----------------------|------------------------|-------------------------------|----------------|
| Judith Harrop        | Stockport              | j.harrop@ntlworld.com         | yes            |
| Sanjay Mistry        | Manchester Univ. soc.  | sanjay.m@student.man.ac.uk    |                |
| Bernadette Quinn     | Bolton                 | bquinn48@hotmail.com          | yes            |
| Alan Whitworth       | Chester                |                               |                |
| Kirsty MacLeod       | Manchester Central     | kirsty.macleod@yahoo.co.uk    | yes            |
| Peter Osei           | Salford                | p.osei@salford.ac.uk          |                |
|                      |                        |                               |                |
|                      |                        |                               |                |

Please return this sheet to the regional office (ref. NW/FR/05).
""",
    },
    {
        "id": "510", "split": "holdout5",
        "date": "2010-03-22", "date_form": "month-day-year",
        "type": "sign-in sheet",
        "subjects": ["torture"],
        "title": "Stop Torture Week: Volunteer Sign-In", "title_devised": False,
        "title_variants": ["Stop Torture Week", "Stop Torture Week Volunteer Sign-In"],
        "audience": [], "language": "en", "places": [],
        "notes": "Date line 'Monday, March 22, 2010 -- kickoff meeting' is not part of the title. "
                 "Subjects from the heading: torture (the columns for vigil or phone-bank shifts are "
                 "not questions; vigils not labelled).",
        "text": """UNIVERSITY OF OREGON FVI CHAPTER

STOP TORTURE WEEK: VOLUNTEER SIGN-IN
Monday, March 22, 2010 -- kickoff meeting, EMU Room 112

Name              | Email                   | Cell          | Shift (circle)
------------------|-------------------------|---------------|-------------------------
Ava Lindqvist     | alindqvi@uoregon.edu    | 541-555-0133  | table / vigil / films
Marcus Bell       | mbell2@uoregon.edu      | 541-555-0178  | table / vigil / films
Priya Raman       | praman@uoregon.edu      |               | table / vigil / films
Jonah Feld        | jfeld@uoregon.edu       | 503-555-0101  | table / vigil / films
Sofia Herrera     | sherrer3@uoregon.edu    | 541-555-0165  | table / vigil / films
                  |                         |               | table / vigil / films
                  |                         |               | table / vigil / films

Table shifts are 10-2 in front of the library, Tues-Thurs. Vigil is
Thursday 7pm at the Free Speech Plaza.
""",
    },
    # ------------------------------------------------------------------ letters
    {
        "id": "531", "split": "holdout5",
        "date": "1974-05-02", "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["campaigning", "letter writing", "media work", "petitions", "torture"],
        "title": "[Letter to group coordinators launching the campaign against torture]",
        "title_devised": True,
        "title_variants": ["Campaign for the Abolition of Torture"],
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Dateline 'May 2, 1974'. A letter (salutation, signature) launching the "
                 "organisation's campaign against torture -> campaigning, torture. Its numbered list "
                 "of what groups can do: letters to ministers (letter writing), signatures "
                 "(petitions), local press (media work). 'Dear Group Coordinator' -> local groups. "
                 "The 'Re:' line is a variant. Mentioned: December 1973 conference, Human Rights Day "
                 "December 10, return of petitions by October 1.",
        "text": """FREE VOICES INTERNATIONAL
UNITED STATES SECTION
200 West 72nd Street, New York, N.Y. 10023        TRafalgar 7-4410

                                                   May 2, 1974

Dear Group Coordinator,

Re: Campaign for the Abolition of Torture

At the international conference in Paris last December, delegates from
thirty countries agreed that torture -- once thought a thing of the past
-- is now practiced as a matter of state policy in more than sixty
countries. Free Voices International is therefore launching, this month,
a year-long campaign for its abolition. Every section and every group is
asked to take part.

The campaign has three aims: to make torture known, to make it
unacceptable, and to press governments to stop it in practice and
forbid it in law. You will find in this packet a campaign booklet, a
poster, and the first of six country briefings.

Here is what we are asking each group to do:

  1. Write each month to the ministers of the interior and of justice
     of the country in the current briefing. Keep letters short and
     courteous, and ask for a reply.
  2. Collect signatures on the enclosed petition to the United Nations
     General Assembly. Return the sheets by October 1; they will be
     presented on Human Rights Day, December 10.
  3. Take the campaign to your local paper. A model press release and a
     letter to the editor are enclosed; change them to suit your town.

Please tell us what your group plans to do by the end of June, so that
we can report to the International Secretariat.

With thanks for all you do,

                                   Elizabeth M. Carey
                                   Campaign Coordinator

EMC:jd
Enc.
""",
    },
    {
        "id": "511", "split": "holdout5",
        "date": "1986-12-12", "date_form": "fr-full-date-closing",
        "type": "letter",
        "subjects": ["fundraising", "vigils and demonstrations"],
        "title": "[Letter from the French section to its groups about the Human Rights Day vigil and the year-end collection]",
        "title_devised": True,
        "title_variants": ["[Lettre de la Section française aux groupes sur la veillée du 10 décembre et la collecte de fin d'année]",
                           "Veillée du 10 décembre et collecte de fin d'année"],
        "audience": ["local groups"], "language": "fr", "places": [],
        "notes": "Dated only in the closing line 'Lyon, le 12 décembre 1986' -> the letter's date. "
                 "Circular to group coordinators ('Aux responsables de groupe' -> local groups): an "
                 "account of the 10 December vigil and the call for the year-end collection "
                 "(fundraising). The 'Objet' line is a variant. Mentioned: 10 décembre (the vigil), "
                 "the collection closing 31 janvier 1987.",
        "text": """VOIX LIBRES INTERNATIONALE
Section française -- 8, rue Mercière -- 69002 LYON -- Tél. 78 42 19 63

Aux responsables de groupe

Objet : Veillée du 10 décembre et collecte de fin d'année

Chers amis,

Merci ! Mercredi dernier, pour la Journée des droits de l'homme, vous
étiez plus de quatre cents sur la place des Terreaux, bougie à la main,
malgré le froid et la pluie. Les noms des quarante prisonniers adoptés par
nos groupes ont été lus pendant une heure, en silence, devant l'Hôtel de
Ville. Le Progrès et FR3 Rhône-Alpes en ont parlé le lendemain. Dans
douze autres villes, les groupes ont organisé une veillée semblable ;
envoyez-nous vos photos et vos coupures de presse.

Nous vous demandons maintenant un dernier effort pour l'année. Les
frais de la Section (missions d'observation, traductions, affranchissement
des appels) ont beaucoup augmenté et les cotisations ne suffisent plus.
Chaque groupe est invité à organiser avant le 31 janvier 1987 une collecte
auprès de ses membres et de ses sympathisants : vente de cartes de vœux,
repas partagé, tronc à la sortie des concerts. Les dons de plus de 100 F
donnent droit à un reçu fiscal. Un bordereau de versement est joint.

Nous vous souhaitons, à vous et à vos familles, de bonnes fêtes.

Bien amicalement,

                         Françoise Delorme
                         Secrétaire générale

                                       Lyon, le 12 décembre 1986
""",
    },
    {
        "id": "548", "split": "holdout5",
        "date": "2000-11-14", "date_form": "email-header",
        "type": "letter",
        "subjects": ["media work"],
        "title": "[E-mail from Grace Holloway to Tim Reyes about the media training and the group's press release]",
        "title_devised": True,
        "title_variants": ["Re: media training follow-up", "media training follow-up"],
        "audience": [], "language": "en", "places": [],
        "notes": "E-mail with greeting and signature -> letter; its date is the header's "
                 "(Tue, 14 Nov 2000). About the media training and drafting a press release, a "
                 "radio interview -> media work. Subject line is a variant. Mentioned: training on "
                 "November 4, press conference December 8, Human Rights Day.",
        "text": """From: Grace Holloway <gholloway@fvi-usa.org>
To: Tim Reyes <treyes@prodigy.net>
Date: Tue, 14 Nov 2000 09:12:44 -0500
Subject: Re: media training follow-up

Hi Tim,

Great to hear from you, and thanks for the kind words about the training
on the 4th. I'm glad the "three sentences" exercise stuck!

About your press release for the Human Rights Day event: I had a look at
your draft and it's a good start. A few suggestions:

- Put the news in the first line. Right now the first paragraph is
  about FVI's history; the reporter wants to know what is happening,
  where, and when (Friday, December 8, 6 pm, at the courthouse steps).
- Add one quote from a person -- you, or better, Mrs. Aziz, if she is
  comfortable talking about her brother.
- Keep it to one page, with a contact name and cell number at the top.
- Send it a week ahead, then call the assignment desk the morning of.

Also, KUNM's morning show takes community guests. If they say yes,
practice your three sentences out loud beforehand and have someone time
you. Two minutes goes fast.

Send me the next draft whenever you like.

Best,
Grace

--
Grace Holloway
Media Trainer, Western Region
Free Voices International USA
(415) 555-0126
""",
    },
    {
        "id": "542", "split": "holdout5",
        "date": "1997-06-17", "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["human rights education"],
        "title": "[Letter from the Sheffield group to the head teacher of Hillsborough School offering human rights talks to pupils]",
        "title_devised": True,
        "title_variants": ["Human rights talks for Year 10 and 11", "Human rights talks for Year 10 and 11 pupils"],
        "audience": ["educators"], "language": "en", "places": [],
        "notes": "Dated '17th June 1997'; the RECEIVED stamp (20 JUN 1997) is not its date. A letter "
                 "to a head teacher offering human rights education in the school -> human rights "
                 "education; addressed to a head teacher -> educators. Reference line not part of "
                 "the title. Mentioned: autumn term, 10 December, 1948 Declaration's 50th anniversary "
                 "next year.",
        "text": """FREE VOICES INTERNATIONAL
Sheffield Group (No. 233)
c/o 54 Crookesmoor Road, Sheffield S6 3FR    Tel: 0114 266 0412

Our ref: ED/97/14
                                                   RECEIVED
                                                 20 JUN 1997
Mrs P. Okafor                                   Hillsborough School
Head Teacher
Hillsborough School
Middlewood Road
Sheffield S6 4HN
                                                  17th June 1997

Dear Mrs Okafor,

Human rights talks for Year 10 and 11

I am writing on behalf of the Sheffield group of Free Voices
International, a human rights organisation with members in more than
fifty countries, to offer your school a series of free talks and
workshops on human rights in the autumn term.

Our trained volunteers -- several of them former teachers -- can lead
a one-hour session for a class or a year assembly on subjects such as
what human rights are and where they come from, the Universal
Declaration, and young people's rights in Britain and elsewhere. The
sessions are interactive and fit the personal and social education
programme. We also offer a longer workshop for sixth-formers before
Human Rights Day on 10 December, and next year marks the fiftieth
anniversary of the 1948 Declaration, which may interest your history
and RE departments.

We do not ask pupils to join anything or to give money, and we are
happy to send our session plans in advance.

I would be glad to visit and discuss this with you or your head of
PSE. I can be reached at the number above in the evenings.

Yours sincerely,

Margaret Lindley
Schools Speaker Co-ordinator
""",
    },
    {
        "id": "522", "split": "holdout5",
        "date": "1971-11", "date_form": "abbrev-month-year",
        "type": "letter",
        "subjects": ["fundraising", "letter writing", "prisoners of conscience"],
        "title": "[Letter from Group 9 to its members about their adopted prisoner in Greece]",
        "title_devised": True,
        "title_variants": [],
        "audience": [], "language": "en", "places": ["GR"],
        "notes": "Dated 'Nov. 1971' at the top. 'Dear Friends' letter of a group: news of its "
                 "adopted prisoner in Greece (prisoners of conscience, GR), a paragraph asking for "
                 "letters to officials and a card to his wife (letter writing), a paragraph on money "
                 "for postage and the bazaar (fundraising). 'Friends' of the group: no audience term. "
                 "Mentioned: arrest April 1969, trial July 1970, December meeting.",
        "text": """FREE VOICES INTERNATIONAL -- GROUP 9 (Cambridge, Mass.)
                                                           Nov. 1971
Dear Friends,

We have news at last of Nikos Papadakis, the lawyer from Heraklion whom
our group adopted in the spring. You will remember that he was arrested
in April 1969 for distributing a leaflet calling for a return to
constitutional government, and sentenced by a special military court in
July 1970 to four and a half years. A letter from his wife, Eleni, has
reached us through a friend in Athens. He is now held on the island of
Aegina, his health is poor, and he has been allowed only two visits this
year.

We ask every member to write again this month -- to the Prime Minister,
Mr. Papadopoulos, and to the Minister of Public Order -- asking for his
release on grounds of health and because he is held only for his
opinions. Please be polite; our letters are read. A short Christmas
card to Mrs. Papadakis (no politics, just good wishes) would mean a
great deal. Addresses are on the back of this sheet.

Airmail postage to Greece is now 21 cents a letter, and the group's
treasury is almost empty. If each of us could give two dollars at the
December meeting we would cover the winter's letters. Mary Beth is also
organizing a table at the church bazaar -- cookies and jams gratefully
received.

Thank you all.
                                      Harold Wiseman, coordinator
""",
    },
    {
        "id": "528", "split": "holdout5",
        "date": "2009-12", "date_form": "month-year",
        "type": "letter",
        "subjects": ["fundraising"],
        "title": "[Year-end appeal letter from the executive director to members and supporters]",
        "title_devised": True,
        "title_variants": [],
        "audience": [], "language": "en", "places": [],
        "notes": "Dated 'December 2009' above the salutation. A signed appeal asking for a year-end "
                 "gift -> fundraising; the released prisoner and the urgent action network are "
                 "examples of what gifts did, in passing. 'Dear Friend': no audience term. "
                 "Mentioned: release in August, December 31 deadline for matching.",
        "text": """FREE VOICES INTERNATIONAL USA
1118 Vermont Avenue NW, Suite 400, Washington, DC 20005  *  www.fvi-usa.org

December 2009

Dear Friend,

In August, after four years in prison, Ana Lucía Ferraz walked out of a
jail in the north of her country and into her mother's arms. The first
thing she said to our researcher was: "Tell them the letters came."

Your letters came. So did your e-mails, your faxes, your signatures.
And behind every one of them was something less visible: the money that
paid for the researcher who documented her case, the translator who
turned her story into twelve languages, the staff who kept the urgent
action network running day and night.

This year has been hard for many of our members, and we know it. But
the need has not gone down. That is why I am asking you today to make a
year-end gift to Free Voices International.

 - $35 keeps one urgent action case going for a month.
 - $100 pays for a week of a researcher's travel.
 - $500 trains twenty new activists.

A group of our board members has offered to match every gift received
by December 31, dollar for dollar, up to $150,000. Your gift will count
twice.

Please use the enclosed envelope, or give online at www.fvi-usa.org/give.
Gifts to FVI USA are tax-deductible.

With gratitude and hope,

Ruth Adeyemi-Clarke
Executive Director

P.S. If you already give monthly, thank you -- please pass this letter
to a friend.
""",
    },
    # ------------------------------------------------------------------ memos
    {
        "id": "537", "split": "holdout5",
        "date": "1977-08-15", "date_form": "us-numeric-two-digit",
        "type": "memo",
        "subjects": ["disappearances", "urgent actions"],
        "title": "New procedures for urgent action cases", "title_devised": False,
        "title_variants": ["[Memo from the Urgent Action Coordinator to Area Coordinators about new procedures for urgent action cases]"],
        "audience": [], "language": "en", "places": ["AR"],
        "notes": "US memo: 'DATE: 8/15/77' -> M/D/Y, 1977-08-15. The RE: line is the title. New "
                 "procedures of the urgent action network (urgent actions); a paragraph on "
                 "disappearance cases in Argentina (disappearances, AR). 'Area Coordinators' is not "
                 "an audience term. Mentioned: procedures from September 1, the March 1976 coup, "
                 "RECEIVED stamp AUG 18 1977.",
        "text": """                    M E M O R A N D U M

TO:      Area Coordinators
FROM:    Joan Whitfield, Urgent Action Coordinator
DATE:    8/15/77
RE:      New procedures for urgent action cases
                                                  RECEIVED AUG 18 1977
---------------------------------------------------------------------

Beginning September 1, all urgent action cases will be mailed directly
from this office to participants instead of being forwarded by you.
This should cut four to six days from the time it takes a case to
reach the people who write. Your job will be to keep the participant
lists current and to send me the monthly count of replies.

1. Lists. Please send me by August 26 a complete list of participants
   in your area with addresses. Mark those who can send telegrams.

2. Follow-ups. When a case is closed (release, trial, or death) we will
   send a short "stop action" notice. Please make sure nobody keeps
   writing on a closed case.

3. Argentina. Since the coup of March 1976 we have received more cases
   from Argentina than from any other country, most of them people
   taken from their homes or workplaces by men in plain clothes and
   never seen again. The authorities deny holding them. For these
   "disappearance" cases speed is everything: the first days decide
   whether the person is seen alive again. Participants should send
   telegrams where they can, and should always ask where the person is
   held and that the family be told.

Call me at the office with questions.

JW/ss
cc: Section Director
""",
    },
    {
        "id": "532", "split": "holdout5",
        "date": "2003-05-19", "date_form": "us-numeric-email-header",
        "type": "memo",
        "subjects": ["media work", "refugees"],
        "title": "Press release template for World Refugee Day", "title_devised": False,
        "title_variants": ["[E-mail memo from the media office to group press contacts about a World Refugee Day press release template]"],
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "E-mail in memo form, no greeting -> memo. 'Sent: 05/19/2003' (US section) -> "
                 "M/D/Y, 2003-05-19. Subject line is the title. Template for a local press release "
                 "(media work) about refugees. 'Local group press contacts' -> local groups. The "
                 "template's two sentences on US detention do not make the document about the US "
                 "(no places). "
                 "Mentioned: World Refugee Day June 20, send by June 13.",
        "text": """From:     Media Office, FVI USA
Sent:     05/19/2003 4:12 PM
To:       Local group press contacts
Subject:  Press release template for World Refugee Day

Below is a template release for World Refugee Day (Friday, June 20).
Fill in the brackets and send it to your local paper, TV and radio by
Friday June 13. Keep the headline short; the local angle is what gets
it printed.

  FOR IMMEDIATE RELEASE                      Contact: [name, phone]

  [TOWN] GROUP MARKS WORLD REFUGEE DAY WITH [EVENT]

  [Town], June [date] -- Members of Free Voices International will
  [event: read the stories of refugees / hold a vigil / set up a
  "refugee camp" tent] at [place] on [day and time] to mark World
  Refugee Day.

  There are more than 10 million refugees in the world today. Many
  who reach the United States to ask for asylum are held for months in
  detention centers and county jails while their claims are heard,
  often without a lawyer.

  "[Quote from a group member -- one or two sentences, in your own
  words]," said [name], [role] of the [town] group.

  -- ### --

Tips: attach a photo if you have one; call the paper the day before;
send us your clippings. Questions to Dana at ext. 214.
""",
    },
    {
        "id": "509", "split": "holdout5",
        "date": "1992-10-28", "date_form": "day-month-year",
        "type": "memo",
        "subjects": ["lobbying", "refugees"],
        "title": "Lobbying on the Asylum Bill", "title_devised": False,
        "title_variants": ["[Memo from the Campaigns Director to the Board about lobbying on the Asylum Bill]"],
        "audience": [], "language": "en", "places": ["GB"],
        "notes": "British memo, 'Date: 28 October 1992'. The RE: line is the title. A plan to lobby "
                 "MPs and peers on a UK asylum bill -> lobbying, refugees, GB. To the Board: no "
                 "audience. Mentioned: second reading 2 November, committee stage, January.",
        "text": """FREE VOICES INTERNATIONAL -- BRITISH SECTION

MEMORANDUM

To:     Members of the Board
From:   Campaigns Director
Date:   28 October 1992
Re:     Lobbying on the Asylum Bill

CONFIDENTIAL -- FOR THE BOARD MEETING ON 31 OCTOBER

1. The Asylum and Immigration Appeals Bill has its second reading in
the Commons on 2 November. As it stands it will remove the right of
appeal for many visitors and students, introduce fingerprinting of all
asylum seekers, and allow "fast track" refusals of claims judged to be
without foundation, with very short time limits for appeal.

2. Our concern is narrow and, we believe, winnable: the fast-track
procedure. We propose to argue for a longer time limit and for legal
advice to be available to every asylum seeker before a claim is refused.

3. Plan:
   (a) a two-page briefing for MPs before second reading, sent with a
       covering letter from the Director;
   (b) meetings with the Labour and Liberal Democrat home affairs
       spokespeople and with four Conservative backbenchers known to
       be uneasy;
   (c) groups in the constituencies of members of the standing
       committee to ask for meetings at surgeries;
   (d) a briefing for peers when the Bill reaches the Lords, probably
       in January.

4. Cost: about £1,800, mainly printing and travel, within the current
campaigns budget.

5. The Board is asked to approve the plan.

AW/dk
""",
    },
    {
        "id": "543", "split": "holdout5",
        "date": "1999-03-03", "date_form": "month-day-year",
        "type": "memo",
        "subjects": ["facilitation"],
        "title": "Trainer pool: the new facilitation module and spring scheduling", "title_devised": False,
        "title_variants": ["Trainer pool: the new facilitation module",
                           "[Memo to the trainer pool about the new facilitation module and spring scheduling]"],
        "audience": ["trainers"], "language": "en", "places": [],
        "notes": "Memo dated 'March 3, 1999'; the RE: line is the title. Addressed to the trainer "
                 "pool -> trainers. Presents a module on running sessions (reading the room, "
                 "handling conflict) -> facilitation. The spring scheduling part is logistics. "
                 "Mentioned: training-of-trainers April 16-18, dates by March 19.",
        "text": """FREE VOICES INTERNATIONAL USA -- TRAINING PROGRAM

MEMO

TO:      All members of the volunteer trainer pool
FROM:    Luis Ortega, Training Coordinator
DATE:    March 3, 1999
RE:      Trainer pool: the new facilitation module and spring scheduling

1. New module. Many of you told us after last year's regional
conferences that the hardest part of training is not the content but
the room: the participant who dominates, the group that goes silent
after lunch, the argument that takes over a session. We have written a
new module, "Running the Room," which every trainer will take before
leading a session this fall. It covers:
   - setting ground rules with the group, not for it;
   - reading energy and changing the pace;
   - drawing out quiet people; handling the dominator;
   - when a disagreement is useful and when to park it;
   - closing a session so people know what to do next.
It will be taught at the training-of-trainers weekend, April 16-18, at
the Pendle Hill center. Travel is reimbursed.

2. Spring scheduling. Please send me by March 19 the weekends you
can train between April and June. We have eleven requests from groups
and only nine trainers confirmed so far.

3. Kits. The new trainer kits (binders) will be mailed in April.

Thanks for everything you do.   -- L.O.
""",
    },
    # ------------------------------------------------------------------ flyers
    {
        "id": "535", "split": "holdout5",
        "date": "1987-09-11", "date_form": "weekday-abbrev-month-ordinal-year",
        "type": "flyer",
        "subjects": ["disappearances", "vigils and demonstrations"],
        "title": "Where Are They? Candlelight Vigil for Chile's Disappeared", "title_devised": False,
        "title_variants": ["Where Are They?", "Candlelight Vigil for Chile's Disappeared",
                           "¿Dónde están? Candlelight Vigil for Chile's Disappeared"],
        "audience": [], "language": "en", "places": ["CL"],
        "notes": "The event's date 'Friday, Sept. 11th, 1987' is the flyer's date. Vigil for Chile's "
                 "disappeared -> disappearances, vigils and demonstrations, CL. Mentioned: the coup "
                 "of September 11, 1973 (fourteenth anniversary).",
        "text": """                       ¿DÓNDE ESTÁN?
                      WHERE ARE THEY?

          CANDLELIGHT VIGIL FOR CHILE'S DISAPPEARED

                Friday, Sept. 11th, 1987  *  7:30 PM
                  Federal Building Plaza, Seattle

Fourteen years after the coup of September 11, 1973, the families of
more than 700 men and women who were arrested in Chile and never seen
again are still asking the same question.

Join us. Bring a candle. We will read their names.

       Sponsored by Free Voices International, Seattle Groups 21 & 88,
             with the Chile Solidarity Committee of Puget Sound
                    Information: (206) 555-0148
""",
    },
    {
        "id": "515", "split": "holdout5",
        "date": None, "date_form": "none",
        "type": "flyer",
        "subjects": ["recruitment"],
        "title": "You've Got a Voice. Use It.", "title_devised": False,
        "title_variants": ["You've Got a Voice"],
        "audience": [], "language": "en", "places": [],
        "notes": "Only 'Wednesday, Sept. 12' with no year: a day and month without a year is not a "
                 "date label -> null. A call to come to a campus group's first meeting and join -> "
                 "recruitment; the prisoners mentioned illustrate the call (in passing). Audience: "
                 "addressed to students at large, not to student groups -> none.",
        "text": """

              YOU'VE GOT A VOICE.
                   USE IT.

   Right now, somewhere, a journalist is in a cell for writing one
   article. A student is missing after a protest. A grandmother is
   waiting outside a prison that says her son isn't there.

   Letters from people like you get them out.

          FREE VOICES INTERNATIONAL -- CAMPUS GROUP
                 FIRST MEETING OF THE YEAR

            Wednesday, Sept. 12  *  8 pm  *  Student Center 214
                  Free pizza. No experience needed.

   Can't make it?  e-mail fvi@students.wustl.edu  -- or just show up
   next week. We meet every Wednesday.
""",
    },
    {
        "id": "551", "split": "holdout5",
        "date": "2008-12-10", "date_form": "us-numeric-dotted-two-digit",
        "type": "flyer",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Holiday Cards for Prisoners of Conscience", "title_devised": False,
        "title_variants": ["Holiday Cards for Prisoners of Conscience: Card and Letter Write-a-thon"],
        "audience": [], "language": "en", "places": [],
        "notes": "US group: '12.10.08' read M.D.Y -> 10 December 2008 (Human Rights Day, which the "
                 "flyer names). Headline on cards for prisoners of conscience; writing cards and "
                 "appeal letters -> letter writing, prisoners of conscience.",
        "text": """   FVI GROUP 310 -- AUSTIN, TEXAS

       HOLIDAY CARDS FOR PRISONERS OF CONSCIENCE
            card & letter write-a-thon

   WED 12.10.08  *  6-9 pm  *  BookPeople café, 603 N. Lamar

   It's Human Rights Day. Drop in for as long as you like and:
     - sign holiday cards for people jailed for what they believe
     - write short appeal letters to the officials who hold them
     - bring friends, kids, a pen -- we bring cards, stamps & cookies

   Last year Austin sent 412 cards and letters. Let's beat it!

                       austinfvi@gmail.com
""",
    },
    {
        "id": "540", "split": "holdout5",
        "date": "1981", "date_form": "season-two-digit",
        "type": "flyer",
        "subjects": ["fundraising"],
        "title": "Songs for Freedom: A Benefit Concert", "title_devised": False,
        "title_variants": ["Songs for Freedom"],
        "audience": [], "language": "en", "places": [],
        "notes": "Only 'Spring '81' is given for the event -> 1981 (a season gives the year). A benefit "
                 "concert raising money for the group's work -> fundraising. Mentioned: none.",
        "text": """*  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *

                     SONGS FOR FREEDOM
                   A Benefit Concert -- Spring '81

       with  THE RIVERSIDE RAMBLERS  *  JUDY KESSLER  *  the
                  Hamline University Gospel Choir

                First Unitarian Church, Minneapolis
                      Saturday evening, 8 o'clock

           Tickets $4  (students $2)  at Oarfolkjokeopus,
              the Electric Fetus, and at the door

    All proceeds go to the work of Free Voices International,
     Twin Cities Group 47, for prisoners held for their beliefs
                     -- postage, telegrams, travel.

*  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *  *
""",
    },
    # ------------------------------------------------------------------ newsletters
    {
        "id": "516", "split": "holdout5",
        "date": "1975", "date_form": "season-split-year",
        "type": "newsletter",
        "subjects": ["fundraising", "group organizing", "prisoners of conscience", "urgent actions"],
        "title": "The Open Door", "title_devised": False,
        "title_variants": ["The Open Door, Vol. 2, No. 3", "The Open Door, Vol. 2, No. 3, Winter 1975/76"],
        "audience": [], "language": "en", "places": ["SU"],
        "notes": "'Vol. 2, No. 3 -- Winter 1975/76' -> first year, 1975. Items: the group's adopted "
                 "Soviet prisoner (prisoners of conscience, SU), urgent action figures (urgent "
                 "actions), the holiday bake sale (fundraising), a new group forming in Ithaca and "
                 "how to start one (group organizing). Calendar dates (January 14 meeting, February "
                 "regional day) are mentioned, not its own.",
        "text": """=====================================================================
                          THE OPEN DOOR
     Newsletter of Free Voices International, Northeast Region
          Vol. 2, No. 3                     Winter 1975/76
=====================================================================

NEWS OF VIKTOR LESHCHENKO
Group 14 (Rochester) reports that Viktor Leshchenko, the Kiev engineer
sentenced in 1973 to five years in a strict-regime camp for circulating
copies of a banned novel, a Soviet citizen, has been moved to a camp in the Perm region.
A postcard from his sister says he is allowed one letter a month and
has lost weight. The group asks all members to send New Year cards to
him at the camp address (see back page) and to write to the Procurator
General in Moscow asking for his release.

URGENT ACTIONS -- 1975 IN NUMBERS
Our region's urgent action participants sent more than 3,100 letters
and telegrams this year on 74 cases. In at least nine cases the
prisoner was released or brought before a court soon after. Thank you.
We still need telegram senders in Vermont and Maine.

BAKE SALE BRINGS IN $212
The holiday bake sale at the Albany co-op raised $212 for postage and
for the region's share of the research budget. Special thanks to Mrs.
Donnelly's pecan pies. Ideas for a spring event welcome.

A NEW GROUP IN ITHACA
Twelve people met in November at the Cornell chapel to start a group.
They have chosen a coordinator and will meet on first Tuesdays. Want to
start a group in your own town? You need eight people, a place to meet
and a coordinator; write to the regional office for the starter kit.

CALENDAR
  Jan. 14    Regional coordinators' meeting, Albany
  Feb. 21    Regional day, Boston -- "The Death Penalty Returns?"
=====================================================================
""",
    },
    {
        "id": "505", "split": "holdout5",
        "date": "1990-09", "date_form": "fr-month-range",
        "type": "newsletter",
        "subjects": ["campaigning", "petitions", "prisoners of conscience", "refugees",
                     "women's rights"],
        "title": "Le Lien", "title_devised": False,
        "title_variants": ["Le Lien: Bulletin de liaison des groupes",
                           "Le Lien, n° 38, septembre-octobre 1990"],
        "audience": ["local groups"], "language": "fr", "places": ["FR", "MA"],
        "notes": "'n° 38 -- septembre-octobre 1990' -> start month, 1990-09. Items: French asylum "
                 "procedure (refugees, FR); the 1991 campaign on women presented (campaigning, "
                 "women's rights); a petition for a Moroccan student, prisoner of conscience "
                 "(petitions, prisoners of conscience, MA). 'Bulletin de liaison des groupes' -> "
                 "local groups. Mentioned: launch on 8 mars 1991, petition by 30 novembre, assemblée "
                 "générale 17-18 novembre, arrest 1987.",
        "text": """LE LIEN
Bulletin de liaison des groupes -- Voix Libres Internationale, Section française
n° 38 -- septembre-octobre 1990                         8, rue Mercière, Lyon

DROIT D'ASILE : CE QUI CHANGE
Depuis cet été, les demandeurs d'asile n'ont plus le droit de travailler
pendant l'examen de leur dossier par l'OFPRA. Beaucoup se retrouvent sans
ressources pendant des mois. La commission Réfugiés de la Section a écrit
au ministre de l'Intérieur et prépare une fiche pratique pour les groupes
qui accompagnent des demandeurs d'asile dans leurs démarches.

CAMPAGNE 1991 : LES FEMMES
La campagne internationale de l'an prochain portera sur les violations
des droits humains dont les femmes sont victimes : détention, torture,
violences sexuelles en garde à vue, « disparitions » de militantes. Elle
sera lancée le 8 mars 1991. Chaque groupe recevra en janvier un dossier,
une affiche et des cartes-pétitions. Nous cherchons dans chaque région
une correspondante pour la campagne.

PÉTITION POUR AHMED BENKIRANE
Ahmed Benkirane, étudiant en droit à Fès, purge depuis 1987 une peine de
dix ans pour avoir distribué des tracts appelant à une grève. Nous le
considérons comme un prisonnier d'opinion. Les feuilles de pétition
jointes sont à retourner au secrétariat avant le 30 novembre ; elles
seront remises à l'ambassade du Maroc à Paris.

À NOTER
Assemblée générale de la Section : 17-18 novembre, Grenoble.
""",
    },
    {
        "id": "549", "split": "holdout5",
        "date": "1984", "date_form": "season",
        "type": "newsletter",
        "subjects": ["death penalty", "lobbying", "recruitment", "urgent actions"],
        "title": "Midwest Voices", "title_devised": False,
        "title_variants": ["Midwest Voices, Summer 1984"],
        "audience": [], "language": "en", "places": ["US"],
        "notes": "'Summer 1984' on the masthead -> 1984. Items: lobby day at the Illinois capitol on "
                 "a death penalty bill (death penalty, lobbying, US), urgent action network figures "
                 "and call for participants (urgent actions), the fall membership drive "
                 "(recruitment). Calendar dates (September 22, October 13) and the May 8 lobby day "
                 "are mentioned.",
        "text": """MIDWEST VOICES                                              Summer 1984
The newsletter of Free Voices International USA, Midwest Region
2210 N. Halsted St., Chicago IL 60614
-----------------------------------------------------------------------

SPRINGFIELD LOBBY DAY: 63 OF US, 41 LEGISLATORS
On May 8, sixty-three members from nineteen groups spent the day at the
State Capitol asking legislators to oppose House Bill 1720, which would
add new crimes to those punishable by death in Illinois. We met 41
legislators or their aides. The bill is stalled in committee -- for
now. Thank you to everyone who came, and especially to the Peoria group
for the vans. Next year we hope to double our numbers.

WHERE DO YOUR URGENT ACTIONS GO?
In the first half of 1984 the Midwest sent an estimated 5,400 appeals
on 112 urgent action cases. Replies came from the governments of
Paraguay, the Philippines and Turkey. The network needs more members
in Iowa and Minnesota who can respond within 48 hours: sign up with
Dennis at the regional office.

FALL MEMBERSHIP DRIVE
Every group is asked to bring in five new members this fall. The
regional office has new brochures, a display board to lend and a short
slide show. Ideas that worked last year: a table at the county fair,
a talk at the public library, inviting friends to a letter-writing
potluck.

CALENDAR
  Sept. 22    Regional Coordinators' Meeting, Milwaukee
  Oct. 13     Fall Skills Day, Ann Arbor
""",
    },
    {
        "id": "514", "split": "holdout5",
        "date": "2006-04-12", "date_form": "day-month-year-email",
        "type": "newsletter",
        "subjects": ["business and human rights", "human rights defenders", "online activism",
                     "petitions"],
        "title": "Network Update", "title_devised": False,
        "title_variants": ["Network Update #14", "FVI Network Update #14"],
        "audience": ["local groups"], "language": "en", "places": ["RU"],
        "notes": "British e-mail newsletter, issue date '12 April 2006' in its masthead line. Items: "
                 "the online petition to a mining company (online activism, petitions, business and "
                 "human rights; the mine's country is not named), the Russian journalist and rights "
                 "defender (human rights defenders, RU), group news (the quiz-night sum is one "
                 "sentence: no fundraising). Sent to group "
                 "contacts -> local groups. Mentioned: AGM 6-7 May, petition closing 30 April.",
        "text": """From: FVI British Section <network@fvi.org.uk>
To: group-contacts list
Subject: FVI Network Update #14

==============================================
FVI NETWORK UPDATE #14 -- 12 April 2006
News for group contacts from the British Section
==============================================

1. DIGGING DEEP: ONLINE PETITION PASSES 9,000
Our online petition asking Caldbeck Mining plc to stop the forced
evictions around its new open-cast mine has passed 9,000 signatures in
three weeks. Thousands of families have lost their homes and fields
without consultation or compensation. The company's AGM is on 2 May
and we will hand over the petition outside. Please forward the link to
your group list and ask members to e-mail the chief executive directly
using the online action page. Petition closes 30 April.
   -> www.fvi.org.uk/act/caldbeck

2. DEFENDERS: OLGA MARKOVA
Olga Markova, a journalist in Nizhny Novgorod, Russia, who documents abuses in
army barracks, has been threatened twice this month and her office
broken into. She is one of the human rights defenders the Section is
working for this year. Messages of support can be sent via the
website; an action for groups will follow.

3. GROUP NEWS
Congratulations to Norwich, who raised £640 at their quiz night, and to
the new group in Aberystwyth.

4. DIARY
6-7 May -- Section AGM, Birmingham. Book by 21 April.

To unsubscribe, reply with "unsubscribe" in the subject line.
""",
    },
    # ------------------------------------------------------------------ reports
    {
        "id": "541", "split": "holdout5",
        "date": "1980-03-04", "date_form": "weekday-ordinal-day-month-year",
        "type": "report",
        "subjects": ["fundraising", "media work", "prisoners of conscience"],
        "title": "Minutes of the Group Meeting", "title_devised": False,
        "title_variants": ["Bristol Group 58: Minutes of the Group Meeting"],
        "audience": [], "language": "en", "places": ["UY"],
        "notes": "Minutes are report. Own date: the meeting, 'Tuesday 4th March 1980'. Items: the "
                 "adopted prisoner in Uruguay (prisoners of conscience, UY), the jumble sale "
                 "(fundraising), a letter to the Evening Post and a local radio interview (media "
                 "work). The agreement to write again to the ministers is one sentence of the "
                 "prisoner item, taken as in passing (no letter writing). Mentioned: next meeting 1st April, jumble sale 22nd March, arrest 1976.",
        "text": """FREE VOICES INTERNATIONAL -- BRISTOL GROUP 58

MINUTES OF THE GROUP MEETING
held on Tuesday 4th March 1980 at 7.30 p.m., 12 Cotham Grove

Present: J. Arkwright (chair), D. Bell, S. Chandra, M. Fox, R. Gould,
P. Harris, K. O'Neill, E. Tate (minutes).  Apologies: L. Moss.

1. Minutes of the February meeting were approved.

2. Prisoner: Dr Raúl Ibarra (Uruguay)
   S. Chandra reported that a card has come from Dr Ibarra's mother
   thanking the group for the Christmas cards. Dr Ibarra, a paediatrician
   arrested in 1976 for belonging to a banned trade union, is still held
   at Libertad prison; she says he receives no letters but knows they are
   being sent. It was agreed to write again to the Minister of the
   Interior and the Commander-in-Chief, and to ask the Section whether a
   visiting lawyer could see him.

3. Jumble sale
   The jumble sale will be on Saturday 22nd March at St Saviour's hall.
   R. Gould will book the hall; everyone to collect jumble and price it
   on the Friday evening. Target £120, to cover postage for the year.

4. Publicity
   M. Fox's letter to the Evening Post about Dr Ibarra was printed on
   21st February. Radio Bristol has offered a five-minute interview on
   its Sunday programme; D. Bell agreed to do it and will practise with
   M. Fox beforehand.

5. A.O.B.  None.

Next meeting: Tuesday 1st April, same place.                  E.T.
""",
    },
    {
        "id": "550", "split": "holdout5",
        "date": "1994-06-23", "date_form": "es-numeric",
        "type": "report",
        "subjects": ["campaigning", "indigenous peoples", "recruitment"],
        "title": "Acta de la reunión del grupo de Valencia", "title_devised": False,
        "title_variants": ["Acta de la reunión del grupo de Valencia, 23/06/1994", "Acta de la reunión"],
        "audience": [], "language": "es", "places": [],
        "notes": "Minutes (report). Own date: '23/06/1994', attached to the heading by a comma (the "
                 "form with it is a variant; it is read D/M/Y). Items: the Section's campaign on "
                 "indigenous peoples of the Americas presented and the group's actions (campaigning, "
                 "indigenous peoples); recruitment at the summer fiestas (recruitment). The treasurer's "
                 "balance (one line) is not fundraising. Mentioned: campaign launch 9 de agosto, next "
                 "meeting 21 de julio.",
        "text": """VOCES LIBRES INTERNACIONAL -- Grupo 12 (Valencia)

ACTA DE LA REUNIÓN DEL GRUPO DE VALENCIA, 23/06/1994

Asistentes: Amparo Soler (coordinadora), Vicent Ferrer, Lucía Navarro,
Rafael Martí, Teresa Gil, Jordi Puig.  Excusa su asistencia: Carmen Roig.

1. Lectura y aprobación del acta anterior. Se aprueba.

2. Campaña sobre los pueblos indígenas de las Américas.
Amparo presenta los materiales de la campaña de la Sección, que se
lanzará el 9 de agosto, Día Internacional de las Poblaciones Indígenas:
dossier, carteles y una exposición de paneles sobre la violencia contra
comunidades indígenas, el despojo de sus tierras y la persecución de sus
líderes. Se acuerda pedir la exposición para el mes de octubre, buscar
una sala en la Universitat y preparar una charla con un miembro de una
organización indígena invitado por la Sección.

3. Nuevos socios.
Vicent propone montar una mesa informativa en las fiestas de los barrios
de Russafa y Benimaclet durante el verano para captar socios y
voluntarios. Lucía y Jordi se encargan de los turnos. Se imprimirán
200 folletos con el cupón de afiliación.

4. Tesorería. Saldo a fecha de hoy: 41.350 pesetas.

5. Ruegos y preguntas. Ninguno.

Próxima reunión: jueves 21 de julio, a las 20 h, en el local de siempre.

                                       La secretaria, Teresa Gil
""",
    },
    {
        "id": "530", "split": "holdout5",
        "date": "1988", "date_form": "year-range",
        "type": "report",
        "subjects": ["fundraising", "human rights education", "recruitment", "urgent actions"],
        "title": "Annual Report 1988-89", "title_devised": False,
        "title_variants": ["Annual Report", "Free Voices International British Section: Annual Report 1988-89"],
        "audience": [], "language": "en", "places": [],
        "notes": "No issue date: the period 'Annual Report 1988-89' gives the first year, 1988. "
                 "Sections: membership growth (recruitment), urgent actions, work in schools (human "
                 "rights education), fundraising (income from appeals, events and a trust grant). "
                 "The spending lines are not fundraising on their own. Mentioned: 1 April 1988 to "
                 "31 March 1989, the 1948 Declaration's 40th anniversary, December 1988.",
        "text": """FREE VOICES INTERNATIONAL -- BRITISH SECTION

                     ANNUAL REPORT 1988-89
               (1 April 1988 to 31 March 1989)

FROM THE CHAIR
This was the year of the fortieth anniversary of the Universal
Declaration, and the Section rose to it. Below are the highlights.

MEMBERSHIP
Membership grew from 11,400 to 13,950, the largest rise in our history,
much of it after the December 1988 anniversary concerts and the
"Sign Up For Rights" enrolment cards in record shops. Sixteen new local
groups and eleven new youth and student groups registered.

URGENT ACTIONS
The Urgent Action network now has 2,300 members who answered 281 cases
this year, often within 24 hours by telex or fax. We know of 34 cases in
which the person was released, charged or found after appeals.

EDUCATION
Volunteer speakers gave 412 talks in schools and colleges. The new
teaching pack "Rights Here, Rights Now" was sent free to every secondary
school in Wales and to 1,200 schools in England; a Scottish edition is
in preparation. Two in-service courses for teachers were held.

FUNDRAISING
Income rose by 22 per cent. The Christmas appeal to members brought in
£148,000; events by groups £61,000; and the Sir Arthur Pell Trust made a
grant of £30,000 over three years for the education programme. Thank you
to all who gave, organised and sold.

ACCOUNTS (summary)
Income £611,400   Expenditure £587,200   (full accounts available on request)
""",
    },
    {
        "id": "520", "split": "holdout5",
        "date": "1995-09-30", "date_form": "month-day-year",
        "type": "report",
        "subjects": ["coalition building", "police and human rights", "racial discrimination"],
        "title": "Report of the Conference on Police Accountability and Human Rights", "title_devised": False,
        "title_variants": ["Conference on Police Accountability and Human Rights",
                           "Report of the Conference on Police Accountability and Human Rights: Los Angeles, July 14-16, 1995"],
        "audience": [], "language": "en", "places": ["US"],
        "notes": "A report's own date of issue ('submitted September 30, 1995') wins over the "
                 "conference dates (July 14-16, 1995). Sessions reported: police brutality and "
                 "accountability (police and human rights), racial profiling (racial "
                 "discrimination), working with community coalitions (coalition building). Places "
                 "US (US policing). Mentioned: 1991 Rodney King beating, 1992 events.",
        "text": """FREE VOICES INTERNATIONAL USA -- WESTERN REGION

REPORT OF THE CONFERENCE ON POLICE ACCOUNTABILITY AND HUMAN RIGHTS
Los Angeles, July 14-16, 1995

Submitted to the Board of Directors by the Conference Committee,
September 30, 1995                                        page 1 of 2

1. SUMMARY
Two hundred and twelve people attended, about half of them FVI members
and half from community, legal and civil rights organizations. Four
years after the beating of Rodney King and three after the 1992
disturbances, the conference asked what international human rights
standards can add to the fight against police abuse in U.S. cities.

2. POLICE BRUTALITY AND ACCOUNTABILITY
Speakers documented continued use of excessive force, dangerous
restraint holds and police dogs against unarmed suspects, and the
failure of internal affairs units to discipline officers. A former
deputy sheriff described how complaints were "lost" before they reached
investigators, and the mother of a young man who died in custody in
1993 spoke of waiting two years for an autopsy report. Lawyers from
three cities compared civil suits: settlements are paid out of city
budgets, the officers concerned are rarely named, and the same names
recur. Workshop participants drafted a checklist for groups to assess
their own city's complaint system: who receives complaints, who
investigates, how long it takes, whether results are published, and
whether officers with repeated complaints are identified and retrained. Participants
agreed that the UN Code of Conduct for Law Enforcement Officials and
the Basic Principles on the Use of Force should be used to measure
local practice, and that independent civilian review is essential.
                                                                 \f
                                                          page 2 of 2
3. RACE AND POLICING
The session on "driving while black" heard testimony from young men
stopped repeatedly without cause. Data from two counties showed black
and Latino drivers far more likely to be stopped and searched. The
session called for the collection of stop data by race in every city.
Several participants noted that the same pattern appears in arrests for
minor offenses and in the use of force, and that communities of color
are least likely to trust the complaint system. A civil rights attorney
argued that international standards on racial discrimination (the
convention the United States ratified in 1994) give local campaigners a
language that city councils are beginning to hear.

4. BUILDING LOCAL COALITIONS
FVI cannot do this work alone. The closing session heard from three
coalitions (Los Angeles, Oakland, Portland) that bring together
churches, civil rights groups, defense lawyers and victims' families.
Lessons: agree on a narrow common demand; share credit; meet regularly
even when there is no crisis.

5. RECOMMENDATIONS TO THE BOARD
(a) a national report on police abuse in 1996; (b) a staff person for
police issues; (c) training for groups joining local coalitions.
""",
    },
    {
        "id": "552", "split": "holdout5",
        "date": "2002-04", "date_form": "month-range",
        "type": "report",
        "subjects": ["arms control", "campaigning", "online activism"],
        "title": "Quarterly Report, April–June 2002", "title_devised": False,
        "title_variants": ["Quarterly Report", "Campaigns Department: Quarterly Report, April–June 2002"],
        "audience": [], "language": "en", "places": ["US"],
        "notes": "No issue date: the period 'April–June 2002' -> start month, 2002-04. Items: the arms "
                 "trade campaign coordinated (campaigning, arms control), the new online action "
                 "centre (online activism); the training figures are a line in the staffing "
                 "paragraph (in passing). The petition's total, the Congress meetings and the "
                 "report's press coverage are single sentences of the campaign item, actions of one "
                 "campaign: not labelled petitions, lobbying or media work (a judgement call). Places "
                 "US (the campaign targets US arms export policy). Mentioned: the campaign launch in March, a UN conference in "
                 "July 2001, the October week of action.",
        "text": """FREE VOICES INTERNATIONAL USA
Campaigns Department

QUARTERLY REPORT, APRIL–JUNE 2002

1. ARMS TRADE CAMPAIGN
The campaign to control the trade in small arms, launched in March,
entered its second phase. The national petition calling for a binding
code of conduct on U.S. arms exports passed 48,000 signatures. Groups in
23 states met with members of Congress during the May recess; 14 have
since written to the State Department. The campaign report on U.S.
weapons reaching abusive forces, "Guns for Hire," was released on
May 22 with coverage in 37 newspapers. The follow-up to the UN small
arms conference of July 2001 remains slow. Next: the October week of
action and the group materials for it, to be mailed in August.

2. ONLINE ACTION CENTER
The new online action center went live on April 15. In ten weeks,
11,600 people took at least one action online, 62 percent of them not
previously on our lists. The weekly e-mail alert now reaches 38,000
subscribers. Open rates are highest for alerts with a single, named
individual at risk.

3. STAFFING AND TRAINING
The campaigns assistant post was filled in May. Three regional activist
trainings were held (Atlanta, Denver, Boston).

Prepared by M. Okonkwo-Reid, Director of Campaigns
""",
    },
    # ------------------------------------------------------------------ slides
    {
        "id": "539", "split": "holdout5",
        "date": "2001-02-09", "date_form": "us-numeric",
        "type": "slides",
        "subjects": ["civil and political rights", "economic, social and cultural rights",
                     "human rights education"],
        "title": "What Are Human Rights?", "title_devised": False,
        "title_variants": ["What Are Human Rights? An Introduction"],
        "audience": ["youth"], "language": "en", "places": [],
        "notes": "Title slide: 'Presented to Lincoln High School juniors, 2/9/2001' (US -> M/D/Y) is "
                 "the presentation date. An introduction to human rights for high-school students "
                 "(human rights education, youth); slides 3 and 4 explain the two families of rights "
                 "as such (civil and political rights; economic, social and cultural rights). "
                 "Mentioned: 1948, 1966 covenants.",
        "text": """Slide 1
   WHAT ARE HUMAN RIGHTS?
   An introduction
   Free Voices International USA -- Speakers Bureau
   Presented to Lincoln High School juniors, 2/9/2001

Slide 2
   Where do they come from?
   - 1948: the Universal Declaration of Human Rights
   - 30 articles, for everyone, everywhere
   - Turned into treaties in 1966 (two covenants)

Slide 3
   Civil and political rights
   - Freedom of speech, religion, assembly
   - No torture, no arbitrary arrest
   - A fair trial
   - The right to vote and take part in government

Slide 4
   Economic, social and cultural rights
   - Work and fair pay
   - Education
   - Health care, food, housing
   - Taking part in cultural life

Slide 5
   Are some rights more important?
   - Discussion: can you vote if you can't read?
     Can you eat if you can't speak out about hunger?

Slide 6
   Questions?  Want to start a club?  fvi-students@fvi-usa.org
""",
    },
    {
        "id": "525", "split": "holdout5",
        "date": "1987-01", "date_form": "revision-numeric",
        "type": "slides",
        "subjects": ["fundraising"],
        "title": "Raising Money for Your Group", "title_devised": False,
        "title_variants": [],
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Overhead outlines; footer 'Rev. 1/87' -> 1987-01. All overheads on raising money "
                 "(dues, events, appeals, grants) -> fundraising. 'for your group' -> local groups.",
        "text": """OVERHEAD 1
        RAISING MONEY FOR YOUR GROUP
        FVI USA -- Group Development Series

OVERHEAD 2
        WHY RAISE MONEY?
        * Postage and telegrams for cases and urgent actions
        * Materials for campaigns and outreach
        * Your group's pledge to the Section

OVERHEAD 3
        START WITH YOUR OWN MEMBERS
        * Ask every member for a monthly pledge
        * Pass the hat at every meeting
        * Thank givers -- by name, in person

OVERHEAD 4
        EVENTS THAT WORK
        * Benefit concerts and film nights
        * Garage and bake sales
        * Walkathons -- sponsors per mile
        * Pick ONE big event a year, do it well

OVERHEAD 5
        ASKING OUTSIDERS
        * Letters to local businesses and churches
        * Small grants from community foundations
        * Always say what the money will do

OVERHEAD 6
        KEEP TRACK
        * A treasurer, a bank account, a simple ledger
        * Report to the group every quarter

                                                           Rev. 1/87
""",
    },
    {
        "id": "502", "split": "holdout5",
        "date": "2009-06-15", "date_form": "month-day-year",
        "type": "slides",
        "subjects": ["armed conflict", "campaigning", "lobbying", "petitions", "women's rights"],
        "title": "Stop Violence Against Women: Campaign Briefing for Groups", "title_devised": False,
        "title_variants": ["Stop Violence Against Women"],
        "audience": ["local groups"], "language": "en", "places": ["US"],
        "notes": "Title slide date 'June 15, 2009' (webinar presentation). Presents the "
                 "organisation's campaign to groups (campaigning, women's rights); a slide on rape "
                 "as a weapon of war (armed conflict); 'What groups can do' bullets: the petition "
                 "(petitions), meeting members of Congress about the bill (lobbying, US); the film "
                 "screening has no term. 'for groups' -> local groups. Mentioned: campaign launched "
                 "2004, November 25.",
        "text": """Slide 1
  STOP VIOLENCE AGAINST WOMEN
  Campaign briefing for groups
  Webinar -- June 15, 2009

Slide 2
  Where the campaign stands
  - Launched 2004; now in its final phase
  - Focus 2009-2010: passing a U.S. law that puts ending violence
    against women at the heart of foreign policy

Slide 3
  The problem
  - One woman in three beaten, coerced into sex or abused in her lifetime
  - Violence at home, in the community, by the state
  - Impunity: few cases reach court

Slide 4
  Rape as a weapon of war
  - Eastern Congo, Darfur: armed groups and soldiers use rape
    to terrorize whole communities
  - Survivors rejected by families; no medical care
  - Almost no prosecutions

Slide 5
  What groups can do
  - Sign and circulate the petition (paper + online)
  - Meet your member of Congress in the August recess:
    ask them to co-sponsor the bill
  - Host a film screening on November 25

Slide 6
  Materials and contacts
  - Action kit mailed to all groups in July
  - svaw@fvi-usa.org
""",
    },
    # ------------------------------------------------------------------ null types
    {
        "id": "533", "split": "holdout5",
        "date": "1996-11-14", "date_form": "given-this-day",
        "type": None,
        "subjects": ["facilitation"],
        "title": "Certificate of Completion", "title_devised": False,
        "title_variants": [],
        "audience": [], "language": "en", "places": [],
        "notes": "A certificate: a kind the type list lacks -> null. 'Given this 14th day of November, "
                 "1996' is its date. The course named on a line of its own ('Facilitation Skills for "
                 "Trainers') is taken as a heading -> facilitation. Audience not labelled (the "
                 "certificate is addressed to one person, not to trainers as readers). Mentioned: the "
                 "course weekends October 12-13 and November 9-10, 1996.",
        "text": """
                      FREE VOICES INTERNATIONAL USA

                       CERTIFICATE OF COMPLETION

                          This is to certify that

                            ROSALIND T. MBEKI

               has successfully completed the twenty-hour course

                   FACILITATION SKILLS FOR TRAINERS

     (planning a session, setting ground rules, leading discussion,
      working with difficult group situations, closing and evaluation)

          and is qualified to lead workshops for the Section's
                      volunteer training program.

          Course held October 12-13 and November 9-10, 1996,
               Midwest Regional Office, Chicago, Illinois

         Given this 14th day of November, 1996, at Chicago, Illinois.


   ____________________________          ____________________________
   Luis Ortega                           Patricia Wendt
   Training Coordinator                  Section Director
""",
    },
    {
        "id": "553", "split": "holdout5",
        "date": None, "date_form": "none",
        "type": None,
        "subjects": ["vigils and demonstrations"],
        "title": "[Notes for planning a vigil]", "title_devised": True,
        "title_variants": ["[Notes on planning a vigil]"],
        "audience": [], "language": "en", "places": [],
        "notes": "Loose handwritten-style notes with no heading: nothing shows what they are -> null "
                 "type; no date (only 'Thurs' and 'Weds', no day, month or year). Planning a vigil "
                 "(permits, candles, readers, press) -> vigils and demonstrations; the press call is "
                 "one line of the plan (in passing).",
        "text": """vigil -- things to do

- permit from city (Parks Dept) -- Gloria calling Thurs
- candles + cups (wind!!) -- 150? ask St Mark's if we can borrow
- readers for names: Jim, Paulette, Sam, me -- 20 names each
- banner -- the old one is torn, need new one "FREE THEM NOW"?
- sound: one bullhorn only, no amp (permit says)
- marshals x 4, orange armbands
- call paper + TV Weds before
- start 7:00 sharp, silent for first 10 min, then names, then
  short statement (NOT a speech -- 2 min max)
- clean up after!! last time candle wax on the steps, city complained
- if rain -> move inside church hall, tell everyone by phone tree
- cost approx $60 -- from group kitty

ask Tom re: guitar?  -- maybe one song at end
""",
    },
    {
        "id": "559", "split": "holdout5",
        "date": None, "date_form": "none",
        "type": None,
        "subjects": ["freedom of religion", "letter writing", "prisoners of conscience"],
        "title": "[Fragment of a text on prisoners held for their religious beliefs]", "title_devised": True,
        "title_variants": ["[Page fragment about people imprisoned for their religion]"],
        "audience": [], "language": "en", "places": [],
        "notes": "A page starting and ending mid-sentence, no heading, no date -> null type, null "
                 "date. About people imprisoned for practising their religion -> freedom of "
                 "religion, prisoners of conscience; the last paragraph is advice on writing for "
                 "such prisoners (letter writing). Countries are named in a list of examples "
                 "with little content -> no places. '1975' in the text is history, not a date.",
        "text": """of their faith, and not for any act of violence. They include
Jehovah's Witnesses imprisoned for refusing military service, priests
and pastors held for teaching children the catechism or holding services
in private homes, Muslims detained for their membership of a religious
brotherhood, and Baha'is sentenced simply for being Baha'is. What they
have in common is that the state has decided what its citizens may
believe, and how and with whom they may pray.

We ask for the release of all those held for the peaceful practice of
their religion, whatever that religion is. We do not take sides between
faiths or between belief and unbelief; the prisoner who is jailed for
teaching atheism has the same claim on us as the one jailed for teaching
scripture. Since 1975 groups have worked for more than two hundred
such prisoners in eighteen countries, among them Albania, where all
religious practice was banned, and Iran, Vietnam and the Soviet Union.

When writing on behalf of a religious prisoner, avoid any comment on the
religion itself. Do not send religious literature to the prisoner or the
family. Ask only that the prisoner be freed and that, until then, he or
she be allowed to
""",
    },
    {
        "id": "524", "split": "holdout5",
        "date": "1982", "date_form": "year-closing",
        "type": None,
        "subjects": ["letter writing", "prisoners of conscience", "torture"],
        "title": "What the Letters Meant", "title_devised": False,
        "title_variants": [],
        "audience": [], "language": "en", "places": ["UY"],
        "notes": "A personal testimony: a kind the type list lacks -> null. Dated in its closing line "
                 "'London, 1982' -> year. The writer's arrest and torture in Uruguay (torture, UY), "
                 "his years as a prisoner of conscience, and a paragraph on the letters strangers "
                 "wrote for him (letter writing). Mentioned: arrest 1975, release 1980.",
        "text": """WHAT THE LETTERS MEANT

I was arrested in Montevideo, Uruguay, in October 1975, at the school where I
taught mathematics. I had been a member of the teachers' union and had
written for its bulletin; that was all. For eleven days I was kept
hooded in a barracks I never saw. They hung me by my wrists, put my head
into a tank of dirty water until I thought I would die, and gave me
electric shocks while a doctor watched and told them when to stop. Then
I signed what they put in front of me.

A military court gave me eight years. At Libertad prison we had numbers
instead of names. We were forbidden to speak in the corridors, to draw,
to whistle, to keep a photograph of our children for more than a week.

In my third year a guard called my number and gave me an envelope that
had already been opened. Inside was a card with a picture of an English
church and a few words: "We think of you. We are writing for you." It
was signed by a woman called Dorothy, from a town whose name I could not
pronounce. After that there were more -- from Bristol, from Norway, from
a schoolboy in Canada. Most were taken from me. But the guards knew they
came, and the officers knew, and I believe that is why the beatings
stopped. Each card meant that somebody outside knew my name.

I was released in 1980 and came to England. I write this for the group
that adopted me, so that you know your letters were not lost.

                                                  Héctor S.
                                                  London, 1982
""",
    },
    {
        "id": "526", "split": "holdout5",
        "date": "1991-04-27", "date_form": "ordinal-day-month-year",
        "type": None,
        "subjects": ["arms control", "lobbying"],
        "title": "Resolution on Arms Transfers", "title_devised": False,
        "title_variants": ["Resolution 7: Arms Transfers", "Resolution 7"],
        "audience": [], "language": "en", "places": ["GB"],
        "notes": "The text of a resolution adopted by an AGM: a kind the type list lacks -> null (not a "
                 "report: it is not an account of the meeting). Its date: 'adopted ... 27th April "
                 "1991'. About UK arms export controls (arms control, GB); the operative clause "
                 "instructing the Section to lobby MPs and ministers is one of its listed actions "
                 "(lobbying). Mentioned: the Gulf War, August 1990.",
        "text": """FREE VOICES INTERNATIONAL -- BRITISH SECTION
Annual General Meeting, Manchester

RESOLUTION 7:  ARMS TRANSFERS

Proposed by the Oxford group, seconded by the Leicester group.
Adopted at the Annual General Meeting, Manchester, 27th April 1991,
by 214 votes to 9, with 12 abstentions.

This AGM

NOTES that weapons, military vehicles and "security" equipment sold by
British companies under licence from HM Government have been used to
torture, kill and "disappear" people in several countries, and that
equipment supplied to Iraq was in use when its forces invaded Kuwait in
August 1990;

BELIEVES that no government should license the transfer of arms or
security equipment where they are likely to be used for grave human
rights violations;

INSTRUCTS the Board
  (a) to press HM Government to publish every export licence granted
      for military and security equipment;
  (b) to lobby Members of Parliament and the Foreign and Commonwealth
      Office for a ban on such transfers to governments responsible for
      grave violations;
  (c) to report to the next AGM on the Section's work on this issue.
""",
    },
]
