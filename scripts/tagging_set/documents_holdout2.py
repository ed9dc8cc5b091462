"""The second held-out tagging set ("holdout2"): 41 synthetic documents, ids 201-241.

Written and labelled by a helper session strictly to docs/labelling-guidelines.md, after the
first holdout set had become a development set; for reporting only (run once). See
scripts/tagging_set/README.md. Fields as in the other document files (see make_set.FIELDS);
`text` is the document's text, pages separated by form feeds.
"""

DOCUMENTS = []

DOCUMENTS.append({
    "id": "201",
    "split": "holdout2",
    "date": "1978-02-14",
    "date_form": "us-numeric",
    "type": "memo",
    "subjects": ["urgent actions"],
    "title": "Urgent Action network -- changes to case sheets and mailing",
    "title_devised": False,
    "title_variants": ["[Memo from the Urgent Action coordinator to area coordinators about changes to case sheets and mailing]"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "US section (Washington address): 2/14/78 read M/D/Y. Mentioned, not own: network started 1974, new schedule from March 1. 'Area Coordinators' is not an audience term. Countries of recent cases are named in passing. Item 3 (sending the appeal) is part of the Urgent Action procedure: the specific term urgent actions, not letter writing.",
    "text": """INTERNATIONAL CONSCIENCE NETWORK -- U.S. SECTION
1420 K Street N.W., Washington, D.C. 20005          (202) 555-0148

M E M O R A N D U M

TO:      Area Coordinators
FROM:    Ellen Marsh, Urgent Action Coordinator
DATE:    2/14/78
RE:      Urgent Action network -- changes to case sheets and mailing

Since the network started in 1974 with forty volunteers we have sent
every case out by first-class mail on the day it reached this office.
With more than 1,100 participants on the list this is no longer
possible, and several of you have told me that appeals are arriving
after the person has been released or moved.  Beginning March 1 the
following changes will apply.

1. Case sheets will be shortened to one page: name, place of
   detention, what is feared, and two or three addresses only.
   Background will go on a separate sheet for those who want it.

2. Area coordinators will receive the master copy by telephone
   chain or telegram and will photocopy for their own area.  Please
   keep a current list of participants and their phone numbers.

3. Each participant should send an appeal within 48 hours.  Airmail
   letters, telegrams and telexes are all acceptable; a telegram is
   best when torture is feared.

4. Follow-up: when a case is closed (release, transfer, charge) you
   will get a one-line "STOP ACTION" notice.  Please pass it on at
   once so that people do not keep writing on a finished case.

5. Participants should report to you -- not to Washington -- any
   reply they receive from an official.  Send me the replies once a
   month with the monthly tally form.

Recent cases have come from several countries in Latin America, Asia
and Eastern Europe, and the number of new cases per month has nearly
doubled.  I know these changes add work for you.  If any area needs
help setting up a phone tree, call me at the number above.

EM/jt
cc: Executive Director
"""
})

DOCUMENTS.append({
    "id": "202",
    "split": "holdout2",
    "date": "1987-03-14",
    "date_form": "es-full-date",
    "type": "agenda",
    "subjects": ["fundraising", "public speaking", "recruitment"],
    "title": "Jornada de formación para grupos locales: dinero y gente",
    "title_devised": False,
    "title_variants": ["Jornada de formación para grupos locales", "Jornada de formación para grupos locales: dinero y gente: Programa", "Programa: Jornada de formación para grupos locales: dinero y gente"],
    "audience": ["local groups"],
    "language": "es",
    "places": [],
    "notes": "PROGRAMA is separated from the heading by the date/venue line: a section label, so the joined form is a variant. Mentioned, not own: registration deadline 6 de marzo. Sessions: fundraising (two), recruitment, public speaking (speaking at a stand / in schools).",
    "text": """RED INTERNACIONAL DE CONCIENCIA -- SECCIÓN ESPAÑOLA
Apartado de Correos 5021 -- 28080 Madrid -- Tel. 91 555 43 21

JORNADA DE FORMACIÓN PARA GRUPOS LOCALES:
DINERO Y GENTE

Zaragoza, sábado 14 de marzo de 1987
Centro Cívico Delicias, c/ Escoriaza y Fabro 75

PROGRAMA

10.00  Llegada, café y presentación de los participantes

10.30  ¿De dónde sale el dinero de un grupo?
       Cuotas de socios, rifas, mercadillos, conciertos.
       Cómo hacer un pequeño presupuesto anual.
       (Pilar Gascón, tesorera de la Sección)

11.45  Descanso

12.00  Taller práctico: organizar una cena benéfica o un
       mercadillo paso a paso. Trabajo en grupos de cinco.

13.30  Comida (cada uno trae la suya; habrá bebida)

15.00  Atraer a nuevos socios
       Por qué la gente se une y por qué se va.
       Mesas informativas, charlas en institutos, la primera
       reunión del recién llegado.
       (Javier Ruiz, grupo de Huesca)

16.15  Hablar en público sin miedo
       Cómo presentar la Red en cinco minutos delante de una
       asociación de vecinos o de una clase.
       Ejercicio por parejas.

17.30  Puesta en común y despedida

Inscripción: antes del 6 de marzo, llamando a la sede o
escribiendo al apartado. El viaje de dos personas por grupo
se reembolsa con el billete de tren o autobús.
"""
})

DOCUMENTS.append({
    "id": "203",
    "split": "holdout2",
    "date": "1983",
    "date_form": "season",
    "type": "newsletter",
    "subjects": ["death penalty", "fundraising", "letter writing", "lobbying", "prisoners of conscience"],
    "title": "The Lamplighter",
    "title_devised": False,
    "title_variants": ["The Lamplighter, Vol. 6, No. 3, Autumn 1983", "The Lamplighter Vol. 6 No. 3"],
    "audience": [],
    "language": "en",
    "places": ["CS", "US"],
    "notes": "Autumn 1983 is a season: year only. Mentioned, not own: arrest January 1982, hearing October 18, bazaar November 19, calendar dates, Dec. 10. Items: adopted prisoner (CS), state death penalty bill and lobbying legislators (US), letter-writing evenings, bazaar fundraising. Calendar lines are not items. The masthead says the newsletter is 'of' the groups, not addressed to a kind of reader: no audience.",
    "text": """THE LAMPLIGHTER
Newsletter of the Northern California Groups of the International Conscience Network
Vol. 6, No. 3                                              Autumn 1983

NEW ADOPTION: PAVEL KREJCI
Group 61 (Oakland) has been assigned a new prisoner: Pavel Krejci,
a 34-year-old boiler stoker and former philosophy teacher from Brno,
Czechoslovakia.  He was arrested in January 1982 after copies of an
unofficial literary journal were found in his flat, and sentenced to
three years for "incitement".  He has never used or advocated
violence.  The group is asking every member to write once a month to
the Czechoslovak authorities and to send a card to his wife and
daughters.  Addresses are on the back page.

STATE DEATH PENALTY BILL -- CALL YOUR LEGISLATOR
A bill to widen the list of crimes punishable by death will come before
the Assembly Public Safety Committee at a hearing on October 18.
Phone or visit your own assemblyman before the hearing.  Be polite,
be brief: say who you are, that you live in the district, and that
you oppose any extension of the death penalty.  Ask for a written
answer and send a copy to Mary Chen, our legislative contact, so we
know where each member stands.

LETTER-WRITING EVENINGS
Since June the Berkeley and Palo Alto groups have held a letter-writing
evening on the first Tuesday of each month.  Newcomers are given a
sample letter and a sheet of addresses; old hands bring stamps and
airmail paper.  Last month twenty-two people wrote 64 letters in two
hours.  Any group can copy the idea -- all it takes is a room and tea.

HOLIDAY BAZAAR
Our autumn bazaar on November 19 is the main source of money for the
postage and relief fund of all nine groups.  We need crafts, baked
goods and people for the stalls.  Last year the bazaar raised $1,460.

CALENDAR
Oct. 1   Regional coordinators' meeting, San Jose
Oct. 22  Film night, Group 61
Dec. 10  Human Rights Day events (details in the next issue)
"""
})

DOCUMENTS.append({
    "id": "204",
    "split": "holdout2",
    "date": "1992-05",
    "date_form": "fr-revised-month-year",
    "type": "handout",
    "subjects": ["letter writing"],
    "title": "Fiche pratique n° 3 : Écrire aux autorités",
    "title_devised": False,
    "title_variants": ["Écrire aux autorités", "Fiche pratique n° 3"],
    "audience": ["new members"],
    "language": "fr",
    "places": [],
    "notes": "Footer 'Révisé en mai 1992' is the revision date; 'première édition 1988' is the original, superseded. 'à l'usage des nouveaux adhérents' gives new members. Prisoners and torture appear only as examples within the letter-writing tips.",
    "text": """Réseau international de conscience -- Section française
Fiches pratiques à l'usage des nouveaux adhérents

FICHE PRATIQUE N° 3 : ÉCRIRE AUX AUTORITÉS

Une lettre bien écrite peut sauver une vie.  Les responsables
gouvernementaux reçoivent des centaines de courriers : le vôtre doit
être lu jusqu'au bout.  Voici ce que l'expérience des groupes nous a
appris.

Avant d'écrire
- Lisez entièrement le dossier du cas et notez les faits précis :
  nom, date de l'arrestation, lieu de détention.
- Choisissez un seul destinataire par lettre (ministre de la
  Justice, procureur, directeur de la prison).

Le ton
- Restez courtois et respectueux, même si les faits vous révoltent.
- Ne parlez jamais de politique : le Réseau ne prend pas parti pour
  ou contre un gouvernement.
- Présentez-vous : votre profession, votre ville, l'intérêt que vous
  portez au pays (un voyage, un ami, sa culture).

Le contenu
- Une demande claire : libération, accès à un avocat, soins
  médicaux, informations sur le lieu de détention.
- Une page au maximum.  Écrivez à la main si votre écriture est
  lisible, sinon tapez votre lettre.
- Datez et signez ; indiquez votre adresse pour recevoir une réponse.

Après l'envoi
- Notez la date d'envoi sur la fiche du cas.
- Envoyez toute réponse reçue au coordinateur de votre groupe.
- Écrivez à nouveau au bout de six semaines si rien ne change.

Modèle de formule d'appel : « Monsieur le Ministre, »
Modèle de formule finale : « Je vous prie d'agréer, Monsieur le
Ministre, l'expression de ma haute considération. »

-----------------------------------------------------------------
Fiche pratique n° 3 -- première édition 1988 -- Révisé en mai 1992
"""
})

DOCUMENTS.append({
    "id": "205",
    "split": "holdout2",
    "date": "1994",
    "date_form": "copyright-symbol",
    "type": "trainer guide",
    "subjects": ["equality and non-discrimination", "facilitation", "human rights education"],
    "title": "Session Plan: What Are Human Rights? An Introductory Class for High Schools",
    "title_devised": False,
    "title_variants": ["What Are Human Rights? An Introductory Class for High Schools", "What Are Human Rights?", "Session Plan: What Are Human Rights?"],
    "audience": ["educators", "trainers", "youth"],
    "language": "en",
    "places": [],
    "notes": "Own date: '(c) 1994' in the footer. Mentioned, not own: UDHR 1948. Addressed to teachers and volunteer trainers (educators, trainers) for high-school classes (youth). Activity 2 is on non-discrimination (the two stories are its examples, so no racial discrimination); the 'Notes for the facilitator' section gives facilitation.",
    "text": """SESSION PLAN: WHAT ARE HUMAN RIGHTS?
An introductory class for high schools

For: classroom teachers and volunteer trainers of the Network
Length: one 50-minute class period (ages 14-18)
Materials: flip chart, markers, copies of the simplified Universal
Declaration (handout B), envelopes with the "rights cards"

Objectives
By the end of the period students will be able to:
- say in their own words what a human right is;
- name at least five rights in the Universal Declaration of 1948;
- explain why rights belong to everyone without distinction.

Activity 1 -- Needs and wants (15 minutes)
Divide the class into groups of four.  Give each group an envelope of
twenty cards ("clean water", "a bicycle", "to vote", "fashionable
clothes"...).  Ask: which could you not live without?  Which should
every person be guaranteed?  Each group keeps ten cards.
Ask the groups to compare.  Write the cards every group kept on the
flip chart, and show that most of them appear in the Declaration.

Activity 2 -- All different, all equal (15 minutes)
Read out the short story of Ana, refused a job because of her
accent, and of Marcus, stopped by the school guard because of his
skin colour.  Ask: what happened?  Was it fair?  Which article of
the Declaration says so?  Draw out that rights apply equally whatever
a person's sex, colour, religion, language or origin, and that
treating people differently for these reasons is discrimination.

Activity 3 -- Rights in our school (15 minutes)
Ask students to list one right that matters in school life and one
responsibility that goes with it.  Collect a few answers.

Closing (5 minutes)
Each student writes one sentence beginning "A human right is..."

Notes for the facilitator
- Arrange the chairs so that groups can face each other.
- Do not judge the card choices; the discussion is the point.
- Some students may share experiences of discrimination.  Listen,
  thank them, and do not press for details in front of the class.
- Keep to time: use a watch and announce "two minutes left".
- If a discussion gets heated, return to the question on the board.

(c) 1994 International Conscience Network, Human Rights Education Program
"""
})

DOCUMENTS.append({
    "id": "206",
    "split": "holdout2",
    "date": "1986-11-03",
    "date_form": "ordinal-day-month-year",
    "type": "letter",
    "subjects": ["lobbying"],
    "title": "[Letter from the British section's training officer to the Leeds group secretary about a workshop on lobbying MPs]",
    "title_devised": True,
    "title_variants": ["Lobbying workshop, Leeds, 17th January", "[Letter about a workshop on lobbying Members of Parliament]"],
    "audience": ["local groups"],
    "language": "en",
    "places": ["GB"],
    "notes": "British letter dated '3rd November, 1986' under the reference. Mentioned, not own: workshop 17th January (no year), the 1984 refugee campaign. Lobbying MPs and Parliament: places GB. Addressed to a local group's secretary: local groups. The refugee campaign is named in passing.",
    "text": """INTERNATIONAL CONSCIENCE NETWORK
British Section
99-101 Rosebery Avenue, London EC1R 4RE  --  Telephone 01-555 7788

Our ref: TD/86/214

3rd November, 1986

Mrs Janet Holroyd
Secretary, Leeds Group
14 Otley Road
Leeds LS6 2AL

Dear Mrs Holroyd,

Re: Lobbying workshop, Leeds, 17th January

Thank you for your letter and for offering to host the next northern
workshop.  I am delighted that the Leeds group would like it to be on
lobbying Members of Parliament, as several groups in the region have
asked for the same thing since the refugee campaign of 1984.

I suggest the day covers three things:

  -- how Parliament works for our purposes: written questions, early
     day motions, the all-party groups, and which MPs sit on the
     Foreign Affairs Committee;
  -- how to arrange and prepare a meeting with your own MP at his or
     her constituency surgery, with a short role-play;
  -- following up: the thank-you letter, keeping a record of what the
     MP promised, and reporting back to the Section.

Our parliamentary officer, Mr David Pryce, has agreed to come up from
London.  We would pay his fare; could the group find a room for about
thirty people and arrange tea?  I shall send a leaflet for the groups
in Yorkshire and the North East by the end of the month.

With best wishes,

Yours sincerely,

[signature]

Tom Doherty
Training Officer
"""
})

DOCUMENTS.append({
    "id": "207",
    "split": "holdout2",
    "date": "1989-04-08",
    "date_form": "weekday-month-day-year",
    "type": "sign-in sheet",
    "subjects": ["vigils and demonstrations"],
    "title": "Vigil Marshals Training: Sign-In Sheet",
    "title_devised": False,
    "title_variants": ["Vigil Marshals Training", "Sign-In Sheet: Vigil Marshals Training"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "Heading with the generic word on the line below it: joined form is the title. Filled in. Date of the training: Saturday, April 8, 1989.",
    "text": """VIGIL MARSHALS TRAINING
SIGN-IN SHEET
Saturday, April 8, 1989 -- First Unitarian Church, Room 4

Please print clearly.  Marshals' packets are at the front table.

  NAME                   GROUP / CITY          PHONE         MARSHALED BEFORE?
  ---------------------  --------------------  ------------  -----------------
1 Dolores Ortega         Group 212 / Denver    555-3018      yes
2 Kevin O'Brien          Boulder students      555-7702      no
3 Ruth Lindqvist         Group 212 / Denver    555-9934      yes
4 A. J. Patel            Colorado Springs      555-1187      no
5 Walter Kim             Group 97 / Aurora     555-4470      no
6 Sarah Greenbaum        Boulder students      555-2265      no
7 Marcus Wells           Group 97 / Aurora     555-8041      yes
8 Lin Chao               Fort Collins          555-6612      no
9 Betty Ann Rourke       Group 212 / Denver    555-0320      yes
10
11
12

Trainers: D. Ortega, M. Wells                              page 1 of 1
"""
})

DOCUMENTS.append({
    "id": "208",
    "split": "holdout2",
    "date": "1995-06-02",
    "date_form": "month-day-range",
    "type": "evaluation form",
    "subjects": ["media work", "public speaking"],
    "title": "Media Skills Workshop: Participant Evaluation",
    "title_devised": False,
    "title_variants": ["Media Skills Workshop", "Participant Evaluation"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "Range 'June 2-3, 1995' takes its start. Questions on press releases, radio interviews and letters to the editor (media work) and on speaking in public; letters to the editor are media work, not letter writing.",
    "text": """MEDIA SKILLS WORKSHOP -- PARTICIPANT EVALUATION
June 2-3, 1995  *  Atlanta Regional Office

Please help us improve this workshop.  Circle one number for each
session (1 = not useful, 5 = very useful) and add comments.

1. Writing a news release that gets read          1  2  3  4  5
   Comments: ______________________________________________

2. Pitching a story to local reporters by phone   1  2  3  4  5
   Comments: ______________________________________________

3. The radio interview (practice in pairs)        1  2  3  4  5
   Comments: ______________________________________________

4. Letters to the editor and op-eds                1  2  3  4  5
   Comments: ______________________________________________

5. Speaking in public: the five-minute talk        1  2  3  4  5
   Comments: ______________________________________________

6. How confident do you now feel about speaking to a reporter?
   not at all   a little   fairly   very

7. What was the most useful part of the workshop?
   ________________________________________________________

8. What should we drop or shorten?
   ________________________________________________________

9. Were the trainers clear and well prepared?   yes   no   partly

10. Any other comments:
   ________________________________________________________

Name (optional): ____________________   Group: ______________

Thank you!  Please leave this form in the box by the door.
"""
})

DOCUMENTS.append({
    "id": "209",
    "split": "holdout2",
    "date": "1977-12-10",
    "date_form": "weekday-month-day-year",
    "type": "flyer",
    "subjects": ["disappearances", "vigils and demonstrations"],
    "title": "Where Are They? Candlelight Vigil for the Disappeared of Argentina",
    "title_devised": False,
    "title_variants": ["Where Are They?", "Candlelight Vigil for the Disappeared of Argentina"],
    "audience": [],
    "language": "en",
    "places": ["AR"],
    "notes": "Event date Saturday, December 10, 1977. Mentioned, not own: the coup of March 1976. About Argentina's disappeared: AR.",
    "text": """WHERE ARE THEY?

CANDLELIGHT VIGIL
FOR THE DISAPPEARED OF ARGENTINA

Saturday, December 10, 1977 -- Human Rights Day
6:00 p.m.  --  Federal Plaza, Chicago

Since the military coup of March 1976, thousands of Argentine men,
women and even children have been taken from their homes, offices
and schools by men in plain clothes.  Their families are told
nothing.  The government says it holds no such people.

Every Thursday the mothers of the disappeared walk in silence in the
Plaza de Mayo in Buenos Aires.  On Human Rights Day we will stand with
them.

BRING A CANDLE.  BRING A FRIEND.
Silent vigil -- no speeches -- one hour.

Sponsored by Chicago groups of the International Conscience Network
Information: 555-2710
"""
})

DOCUMENTS.append({
    "id": "210",
    "split": "holdout2",
    "date": "1998",
    "date_form": "edition-year",
    "type": "manual",
    "subjects": ["fundraising", "group organizing", "media work", "recruitment"],
    "title": "Starting and Running a Student Group: A Handbook",
    "title_devised": False,
    "title_variants": ["Starting and Running a Student Group"],
    "audience": ["student groups"],
    "language": "en",
    "places": [],
    "notes": "'Second edition, 1998' is the document's own date ('first edition 1993' superseded). Chapters: starting and running a group, recruiting, raising money, publicity with the campus paper and radio (media work). The events chapter mentions a vigil and a write-a-thon only as examples in one sentence.",
    "text": """STARTING AND RUNNING A STUDENT GROUP
A Handbook

International Conscience Network -- Student Program
Second edition, 1998 (first edition 1993)

CONTENTS
1. Why a student group?  ...........................  2
2. Getting started: your first meeting  .............  3
3. Who does what: officers and roles  ...............  4
4. Recruiting members  ..............................  5
5. Raising money  ...................................  6
6. Getting noticed on campus  .......................  7
\f2

CHAPTER 1. WHY A STUDENT GROUP?
Students have always been among the Network's most energetic members.
A campus group can write appeals, hold events, and bring new people
into human rights work every single year.

CHAPTER 2. GETTING STARTED: YOUR FIRST MEETING
Find two or three friends who care.  Book a room through the student
activities office and register the group as a student organization --
most colleges require a constitution and a faculty adviser.  Put up
posters a week ahead.  At the first meeting, keep it short: who we
are, what the group could do this term, and a sign-up sheet.  Set the
date of the next meeting before anyone leaves.
\f3

CHAPTER 3. WHO DOES WHAT: OFFICERS AND ROLES
A group needs at least a coordinator (runs meetings, is the contact
for the national office), a treasurer, and a publicity person.  Write
down who does what.  Plan for the end of the year: seniors leave, so
choose next year's officers by April and hand over files and
passwords.

CHAPTER 4. RECRUITING MEMBERS
Set up a table at the activities fair in the first week of term.
Have something for people to do on the spot -- sign a card, take a
flyer.  Follow up within a week with a personal call or e-mail.
Ask every new member to bring one friend to the next meeting.
\f4

CHAPTER 5. RAISING MONEY
Most groups need money for postage, photocopies and speakers.  Apply
to the student government for funds early in the year.  Bake sales,
benefit concerts and a "dollar a letter" sponsored write-a-thon all
work.  Keep receipts and a simple account book.

CHAPTER 6. GETTING NOTICED ON CAMPUS
Send a short press release to the campus newspaper and radio station
before each event, with the who, what, when and where in the first
paragraph.  Offer an interview with a member.  Events such as a
vigil, a film night or a write-a-thon all deserve a listing.
\f5
"""
})

DOCUMENTS.append({
    "id": "211",
    "split": "holdout2",
    "date": "2004-02-09",
    "date_form": "es-full-date-closing",
    "type": "letter",
    "subjects": ["petitions", "women's rights"],
    "title": "[Letter from Luis to Marta about collecting signatures for the petition on violence against women]",
    "title_devised": True,
    "title_variants": ["[Carta de Luis a Marta sobre la recogida de firmas contra la violencia hacia las mujeres]"],
    "audience": [],
    "language": "es",
    "places": ["ES"],
    "notes": "Informal letter; own date only in the closing dateline 'Sevilla, a 9 de febrero de 2004'. Mentioned, not own: 8 de marzo (delivery), 28 de febrero. Petition to the Spanish Congress on a law: places ES. One action of a campaign, not the campaign presented as a whole: no campaigning.",
    "text": """Querida Marta:

Te escribo deprisa porque mañana salgo para Cádiz y quiero que
tengas todo antes de la reunión del grupo.

Ya tenemos los pliegos de firmas para pedir al Congreso de los
Diputados una ley integral contra la violencia hacia las mujeres.
Te mando cincuenta hojas; cada una tiene sitio para veinte firmas
con nombre, DNI y ciudad.  Acuérdate de que sin el número del DNI la
firma no vale.

Algunas cosas que hemos aprendido en Sevilla:
 - Las mesas en la puerta del mercado el sábado por la mañana
   funcionan mejor que en la universidad.
 - Hay que explicar en una frase qué se pide: que la ley proteja a
   las mujeres amenazadas, que haya juzgados especiales y casas de
   acogida en todas las provincias.
 - Lleva el folleto con los datos: el año pasado murieron en España
   más de sesenta mujeres a manos de sus parejas o exparejas.
 - No discutas con quien no quiera firmar; sonríe y sigue.

Las hojas tienen que estar en la sede antes del 28 de febrero,
porque las entregaremos en el Congreso el 8 de marzo, Día
Internacional de la Mujer.  Si os sobran, pásalas al grupo de
Jerez.

Un abrazo muy fuerte, y saludos a todos,

Luis

Sevilla, a 9 de febrero de 2004
"""
})

DOCUMENTS.append({
    "id": "212",
    "split": "holdout2",
    "date": "1974-03-05",
    "date_form": "weekday-month-day-year",
    "type": "report",
    "subjects": ["fundraising", "prisoners of conscience", "recruitment"],
    "title": "Minutes of the Riverside Group Meeting",
    "title_devised": False,
    "title_variants": ["Riverside Group Meeting", "Minutes"],
    "audience": [],
    "language": "en",
    "places": ["SU"],
    "notes": "Minutes are typed report; date of the meeting, Tuesday, March 5, 1974. Mentioned, not own: the next meeting April 2, the prisoner's 1972 sentence, the rummage sale April 20. Items: adopted prisoner in the USSR (SU), treasurer's report and rummage sale (fundraising), new members (recruitment). Group minutes state no audience.",
    "text": """MINUTES OF THE RIVERSIDE GROUP MEETING

Tuesday, March 5, 1974, at the home of Ann and Bill Ferris
Present: 11 members, 2 visitors.  Chair: Bill Ferris.  Notes: G. Lowe.

1. The minutes of the February meeting were read and approved.

2. Prisoner report.  Helen Sandberg reported on our adopted
   prisoner, Yuri Lisovsky, a schoolteacher sentenced in 1972 to five
   years in a labor camp in the Perm region of the USSR for "anti-Soviet
   agitation and propaganda".  Two letters to the camp commandant
   came back unopened.  A postcard from his sister says he is ill.
   It was agreed that each member will write to the Procurator-General
   this month asking for medical care, and that Helen will send a
   parcel of vitamins through the family.

3. Treasurer's report.  Balance on hand $86.40.  Postage for the month
   was $14.25.  The parcel will cost about $20.  Discussion of the
   rummage sale planned for Saturday April 20 at St. Mark's parish
   hall: Ann will ask for the hall, and everyone is to collect
   donated goods.  Last spring's sale brought in $212.

4. New members.  The two visitors, Mr. and Mrs. Torres, asked to join.
   Gordon suggested a notice in the church bulletin and the public
   library to bring in more people; he will draft it.  The group
   agreed to hold an "open evening" in May for anyone interested.

5. Other business.  None.

Next meeting: Tuesday, April 2, at the Lowes'.
Meeting closed at 9:40 p.m.
                                            G.L.
"""
})

DOCUMENTS.append({
    "id": "213",
    "split": "holdout2",
    "date": "2002-10-12",
    "date_form": "abbrev-month-day-range",
    "type": "worksheet",
    "subjects": ["campaign planning", "coalition building", "media work"],
    "title": "Worksheet 2: Mapping Your Campaign",
    "title_devised": False,
    "title_variants": ["Mapping Your Campaign", "Worksheet 2"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "Running line 'Campaign Planning Weekend -- Oct. 12-13, 2002' gives the date (range start) and is not the title. Mentioned, not own: the target date in the example (June 2003). Questions: goal/target/tactics/timeline (campaign planning), allies (coalition building), the media question (media work).",
    "text": """Campaign Planning Weekend -- Oct. 12-13, 2002 -- Portland, OR

WORKSHEET 2: MAPPING YOUR CAMPAIGN

Work with your group.  Use the example on the flip chart if you get
stuck.  You have 40 minutes.

1. THE PROBLEM.  In one sentence, what human rights problem does your
   campaign address?
   _______________________________________________________________

2. YOUR GOAL.  What exactly do you want to change, and by when?
   (Example: "The city council passes a resolution by June 2003.")
   _______________________________________________________________

3. YOUR TARGET.  Who has the power to make that change?  Name a
   person, not an institution.
   _______________________________________________________________

4. ALLIES.  Which other organizations, churches, unions or student
   groups could work with you?  What would each of them bring?
   ____________________________    ____________________________
   ____________________________    ____________________________

5. TACTICS.  List three things you will do to move your target.
   a. ______________________________________________
   b. ______________________________________________
   c. ______________________________________________

6. MEDIA.  Which local newspaper, radio or TV outlet will you approach,
   and with what story?
   _______________________________________________________________

7. TIMELINE.  Fill in the first three months.

   Month 1 | ____________________________________________________
   Month 2 | ____________________________________________________
   Month 3 | ____________________________________________________

8. How will you know you have succeeded?
   _______________________________________________________________
"""
})

DOCUMENTS.append({
    "id": "214",
    "split": "holdout2",
    "date": "1981",
    "date_form": "fr-season",
    "type": "newsletter",
    "subjects": ["death penalty", "fundraising", "lobbying", "prisoners of conscience", "torture"],
    "title": "Le Relais",
    "title_devised": False,
    "title_variants": ["Le Relais, n° 27, printemps 1981", "Le Relais : bulletin de liaison à l'usage des groupes locaux"],
    "audience": ["local groups"],
    "language": "fr",
    "places": ["FR", "MA"],
    "notes": "'printemps 1981' is a season: year only. Mentioned, not own: journée d'étude 16 mai, arrestation 1977, 30 juin. Items: death penalty, headed 'écrivez à votre député' (FR, lobbying the national assembly), prisoner of conscience in Morocco (MA), study day on torture, call for donations. 'à l'usage des groupes locaux' states local groups.",
    "text": """LE RELAIS
Bulletin de liaison à l'usage des groupes locaux -- Réseau international de conscience, section française
N° 27 -- printemps 1981

PEINE DE MORT : ÉCRIVEZ À VOTRE DÉPUTÉ
La question de l'abolition sera au cœur du débat politique des
prochains mois.  Sept condamnés attendent aujourd'hui dans les
prisons françaises.  Nous demandons à chaque groupe d'écrire à son
député et de solliciter un rendez-vous à sa permanence : rappeler
que la peine capitale n'a jamais prouvé son effet dissuasif et que
la France reste l'un des derniers pays d'Europe occidentale à
l'appliquer.  Un argumentaire de deux pages est joint à ce numéro.

DES NOUVELLES DE MOHAMED
Le groupe de Grenoble suit depuis trois ans le cas de Mohamed
Belkacem, enseignant marocain arrêté en 1977 pour avoir distribué un
tract syndical et condamné à dix ans de prison.  Sa famille a enfin
pu le voir en mars ; il a perdu beaucoup de poids.  Continuez à
écrire au ministre de la Justice à Rabat.

JOURNÉE D'ÉTUDE SUR LA TORTURE
Le samedi 16 mai, à Lyon, une journée d'étude réunira médecins,
juristes et militants : comment la torture est pratiquée, comment la
documenter, comment soigner les victimes.  Inscriptions auprès du
secrétariat.

APPEL AUX DONS
Nos finances sont au plus bas : l'envoi du courrier aux groupes et
les missions d'observation coûtent cher.  Nous vous demandons un
effort avant le 30 juin : un don, même modeste, ou l'organisation
d'une soirée de soutien dans votre ville.  Les chèques sont à
libeller au nom du Réseau.
"""
})

DOCUMENTS.append({
    "id": "215",
    "split": "holdout2",
    "date": "2003-09-27",
    "date_form": "us-numeric-two-digit",
    "type": "slides",
    "subjects": ["online activism", "petitions", "urgent actions"],
    "title": "Taking Action Online: A Guide for Local Groups",
    "title_devised": False,
    "title_variants": ["Taking Action Online"],
    "audience": ["local groups"],
    "language": "en",
    "places": [],
    "notes": "Presentation date on the title slide, 9/27/03 (US: M/D/Y). Slides: online action as such, e-mail Urgent Actions, online petitions (also petitions), the group website, staying safe online.",
    "text": """Slide 1
TAKING ACTION ONLINE
A guide for local groups
Southeast Regional Conference -- 9/27/03
Presented by Renee Duval, Web Coordinator

Slide 2
Why go online?
- Reach members who cannot come to meetings
- Act within hours, not weeks
- Cheap: no postage, no photocopies

Slide 3
Urgent Actions by e-mail
- Join the e-UA list: cases arrive the day they are issued
- Send appeals by e-mail or fax where officials accept them
- Always use a polite, personal message -- not a copied one

Slide 4
Online petitions
- Use the Network's petition page, not free petition sites
- Ask for name, city and country: anonymous names count for nothing
- Deliver the signatures in person, with the press if possible

Slide 5
Your group's website
- One page is enough: who you are, when you meet, how to join
- Update it every month or take it down
- Link to the national site's action center

Slide 6
Staying safe online
- Never publish the home addresses of members
- Do not forward unverified case information
- Keep the group list private (BCC)

Slide 7
Questions?
"""
})

DOCUMENTS.append({
    "id": "216",
    "split": "holdout2",
    "date": "1976",
    "date_form": "year-range",
    "type": "report",
    "subjects": ["group organizing", "letter writing", "urgent actions"],
    "title": "Annual Report 1976-77",
    "title_devised": False,
    "title_variants": ["Annual Report", "Training Department Annual Report 1976-77"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "'Annual Report 1976-77' with no issue date: the period's first year. Mentioned, not own: September 1976, June 1977. Sections: letter-writing workshops, new groups started (group organizing), the Urgent Action network. The finances section is the department's own spending: not fundraising.",
    "text": """INTERNATIONAL CONSCIENCE NETWORK -- U.S. SECTION
TRAINING DEPARTMENT

ANNUAL REPORT 1976-77

1. Letter-writing workshops
The department held 23 letter-writing workshops this year, against 9
the year before, in 14 states.  Each workshop ran for an evening and
taught members how to write a courteous, factual appeal to a foreign
official, how to address it, and how to write to a prisoner's
family without putting them at risk.  The new sample-letter packet
was sent to every group in September 1976.

2. New groups
Forty-one new local groups were formed, bringing the total to 212.
Staff helped each new group with its first meetings, the choice of a
coordinator and treasurer, and the paperwork for its first
assignment.  A one-day "starting a group" session was offered in
Boston, Chicago and Los Angeles.

3. Urgent Action network
The network now has 1,480 participants and handled 96 cases.  A
second volunteer coordinator was recruited for the West Coast, and
mailings now go out within two days of a case arriving.  In 31 cases
we learned of an improvement: release, access to a lawyer or family
visits.

4. Finances
The department spent $38,200, of which $21,400 on travel and
$9,800 on printing.  The budget for 1977-78 will be presented to
the Board in June 1977.

Prepared by the Training Director for the Board of Directors.
"""
})

DOCUMENTS.append({
    "id": "217",
    "split": "holdout2",
    "date": None,
    "date_form": "none",
    "type": "handout",
    "subjects": ["refugees"],
    "title": "Refugees and Asylum: Questions and Answers",
    "title_devised": False,
    "title_variants": ["Refugees and Asylum"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "No date anywhere; 'the 1951 Convention' is a mentioned date. Q&A sheet: handout. General, about no particular country.",
    "text": """REFUGEES AND ASYLUM: QUESTIONS AND ANSWERS

Who is a refugee?
A refugee is a person who has fled his or her country because of a
well-founded fear of persecution for reasons of race, religion,
nationality, political opinion or membership of a particular social
group, and who cannot get protection from his or her own government.
The definition comes from the 1951 Refugee Convention.

What is an asylum seeker?
Someone who has asked another country for protection as a refugee and
is waiting for a decision.  Every refugee was once an asylum seeker.

Are refugees the same as migrants?
No.  Migrants may move for work, study or family.  Refugees have no
choice: going home would put them in danger.

What is "non-refoulement"?
The principle that nobody may be sent back to a country where they
would face persecution, torture or death.  It binds every state,
whether or not it has signed the Convention.

Why does the Network work on refugees?
Because people who flee the abuses we document -- imprisonment,
torture, "disappearance" -- are too often turned back at the border,
detained for months, or returned without a fair hearing.  We ask
governments to give every asylum seeker access to a fair procedure,
a lawyer and an interpreter, and not to detain them without need.

What can I do?
- Learn how asylum decisions are made in your own country.
- Support refugee groups near you with time or donations.
- Speak up when public debate turns hostile to refugees.

International Conscience Network -- Refugee Coordination Group
"""
})

DOCUMENTS.append({
    "id": "218",
    "split": "holdout2",
    "date": "1991-08",
    "date_form": "es-month-year-closing",
    "type": "trainer guide",
    "subjects": ["indigenous peoples"],
    "title": "Guía para facilitadores: los derechos de los pueblos indígenas",
    "title_devised": False,
    "title_variants": ["Los derechos de los pueblos indígenas", "Guía para facilitadores"],
    "audience": ["trainers"],
    "language": "es",
    "places": ["PE"],
    "notes": "Own date only in the closing line 'Lima, agosto de 1991'. Mentioned, not own: ILO Convention 169 of 1989, the 1992 quincentenary. Case study of an Asháninka community in Peru: PE. Trainer guide: trainers.",
    "text": """GUÍA PARA FACILITADORES:
LOS DERECHOS DE LOS PUEBLOS INDÍGENAS

Duración: 2 horas.  Participantes: 10 a 25.
Materiales: papelógrafo, plumones, copias del caso de estudio,
mapa de América del Sur.

Objetivos
- Que los participantes conozcan los derechos colectivos de los
  pueblos indígenas: tierra, territorio, idioma, consulta previa.
- Que analicen un caso real y propongan acciones.

1. Introducción (15 min.)
Pregunte al grupo: ¿qué pueblos indígenas conocen en su región?
Anote las respuestas en el papelógrafo.  Explique que el Convenio 169
de la OIT, aprobado en 1989, reconoce el derecho de estos pueblos a
ser consultados antes de cualquier proyecto que afecte sus tierras.

2. Caso de estudio (45 min.)
Divida a los participantes en grupos de cinco.  Entregue a cada grupo
el caso de la comunidad asháninka del río Ene, en la selva central
del Perú: familias desplazadas por la violencia y por la llegada de
colonos y madereros, sin título sobre sus tierras, con dirigentes
amenazados.  Cada grupo responde:
  - ¿Qué derechos se están violando?
  - ¿Quién es responsable?
  - ¿Qué podría hacer la comunidad?  ¿Y nosotros?

3. Plenario (40 min.)
Cada grupo presenta sus respuestas en cinco minutos.  Diga: "No hay
respuestas equivocadas; busquemos lo que tienen en común."  Resuma
en el papelógrafo los derechos identificados.

4. Cierre (20 min.)
Recuerde que en 1992 se cumplirán quinientos años de la llegada de
los europeos y que muchas organizaciones indígenas preparan
actividades.  Pida a cada participante una idea de acción para su
grupo.

Lima, agosto de 1991
Programa de Educación -- Red Internacional de Conciencia
"""
})

DOCUMENTS.append({
    "id": "219",
    "split": "holdout2",
    "date": "2010-03-15",
    "date_form": "email-header",
    "type": "memo",
    "subjects": ["LGBT rights", "human rights defenders"],
    "title": "New training module on LGBT rights",
    "title_devised": False,
    "title_variants": ["[Email memo from the training coordinator to all trainers about the new module on LGBT rights]"],
    "audience": ["trainers"],
    "language": "en",
    "places": [],
    "notes": "Memo-form email with no greeting: memo; the Subject line is the title. Date header Mon, 15 Mar 2010. Mentioned, not own: pilot in May, feedback by April 9. Addressed to all trainers. The module's listed parts count: part 3 (activists threatened for their work) gives human rights defenders; the ground-rules reminder is one sentence, not facilitation.",
    "text": """From: Training Coordinator <training@icn-usa.org>
To: All trainers <trainers-list@icn-usa.org>
Date: Mon, 15 Mar 2010 10:42:07 -0400
Subject: New training module on LGBT rights

Attached is the draft of the new two-hour module on the rights of
lesbian, gay, bisexual and transgender people.  It replaces the
fifteen-minute section in the old "Discrimination" module, which
trainers told us was too short to do the subject justice.

The module has four parts:
 1. Words and concepts (sexual orientation, gender identity) --
    a matching game;
 2. The situation worldwide: countries that criminalize same-sex
    relations, violence against transgender people, bans on Pride
    marches;
 3. Case studies of three activists threatened for their work;
 4. What members can do.

Please read it and send comments by April 9.  We will pilot it at
the Chicago and Seattle trainings in May and revise it over the
summer.

Two reminders: use the participants' handout, not the old one, and
set the ground rules about respectful language at the start, not
when a problem arises.

--
Training Department, ICN-USA
"""
})

DOCUMENTS.append({
    "id": "220",
    "split": "holdout2",
    "date": "1984-06-23",
    "date_form": "ordinal-weekday-day-month-year",
    "type": "agenda",
    "subjects": ["letter writing", "prisoners of conscience", "torture", "women's rights"],
    "title": "Women and Human Rights: A Day School",
    "title_devised": False,
    "title_variants": ["Women and Human Rights", "Women and Human Rights: A Day School: Programme", "Programme: Women and Human Rights: A Day School"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "British day school, 'Saturday 23rd June 1984'. PROGRAMME is separated from the heading by the date/venue line: a section label, joined forms are variants. Sessions: women and human rights, women prisoners of conscience, torture and ill-treatment of women in custody, writing appeals. Mentioned, not own: booking by 9th June.",
    "text": """INTERNATIONAL CONSCIENCE NETWORK -- BRITISH SECTION
South West Region

WOMEN AND HUMAN RIGHTS: A DAY SCHOOL

Saturday 23rd June 1984
Friends Meeting House, Colston Street, Bristol

PROGRAMME

10.00   Registration and coffee

10.30   Women and human rights: why a special focus?
        Speaker: Dr Margaret Allen, University of Bristol

11.30   Women prisoners of conscience
        Three case histories: a trade unionist, a poet, a student.
        Speaker: Ann Tilley, Prisoners Department

12.45   Lunch (bring your own; tea and coffee provided)

14.00   Torture and ill-treatment of women in custody
        Sexual violence as torture; what the medical evidence shows.
        Speaker: Dr Ruth Marsh, Medical Group

15.15   Tea

15.30   Workshop: writing appeals that work
        Each participant drafts an appeal on one of the morning's
        cases, with help from experienced letter-writers.

16.30   Close

Cost: £3 (£1.50 unwaged), including tea.  Book by 9th June with
Mrs P. Hughes, 12 Redland Grove, Bristol BS6 6PR.
"""
})

DOCUMENTS.append({
    "id": "221",
    "split": "holdout2",
    "date": None,
    "date_form": "none",
    "type": None,
    "subjects": ["freedom of expression", "prisoners of conscience", "recruitment"],
    "title": "[Notes for a group meeting on the jailed journalist case and recruiting at the county fair]",
    "title_devised": True,
    "title_variants": ["[Loose notes for a group meeting]"],
    "audience": [],
    "language": "en",
    "places": ["TR"],
    "notes": "Loose handwritten-style notes with no heading: type null (nothing shows what they are), devised title. 'Thurs. the 14th' and 'Aug.' give no year: date null. Topics listed as content: the journalist jailed for his articles (prisoner of conscience; press freedom, so freedom of expression; in prison in Istanbul, so TR) and recruiting at the fair. Booth fee and appeal letter are in passing.",
    "text": """things to raise Thurs. the 14th --

* Erdal's case -- new info from the coord. group.  Still in
  prison in Istanbul, sentence upheld.  Jailed for 3 articles
  on the Kurdish villages.  Paper closed down.
  - press freedom angle: other journalists in same prison?
  - ask Jim to check if PEN is working on him too
  - new appeal letter -- who drafts?

* County fair (Aug.) -- our booth again?
  - need 6 people x 2 shifts
  - sign-up clipboard + pens!!
  - last yr 40 names, only 3 came to a mtg. -- call them
    within the week this time
  - "bring a friend" night in Sept.?

* money for booth fee -- ask treasurer

* coffee -- Linda
"""
})

DOCUMENTS.append({
    "id": "222",
    "split": "holdout2",
    "date": "1999-12-12",
    "date_form": "fr-full-date-closing",
    "type": None,
    "subjects": ["human rights education"],
    "title": "Attestation de stage",
    "title_devised": False,
    "title_variants": ["Attestation de stage : formation des intervenants en milieu scolaire"],
    "audience": [],
    "language": "fr",
    "places": [],
    "notes": "A certificate: a kind the type list lacks, type null. Own date in 'Fait à Lyon, le 12 décembre 1999'; the course dates 10-12 December are the event. Course on teaching human rights in schools: human rights education. A certificate made out to one person states no audience.",
    "text": """RÉSEAU INTERNATIONAL DE CONSCIENCE
Section française -- Commission Éducation

ATTESTATION DE STAGE

Nous soussignés attestons que

Madame Claire BERTHIER

a suivi avec assiduité le stage de formation des intervenants en
milieu scolaire, « Enseigner les droits humains au collège et au
lycée », organisé du 10 au 12 décembre à Lyon, d'une durée totale
de dix-huit heures.

Le stage comprenait : la Déclaration universelle et sa présentation
aux élèves, les méthodes actives d'animation en classe, et la
préparation d'une intervention de deux heures.

L'intéressée est habilitée à intervenir dans les établissements
scolaires au nom de la section.

Fait à Lyon, le 12 décembre 1999

Pour la Commission Éducation,
la responsable de la formation

[signature]
Hélène Vidal
"""
})

DOCUMENTS.append({
    "id": "223",
    "split": "holdout2",
    "date": None,
    "date_form": "none",
    "type": None,
    "subjects": ["disappearances", "extrajudicial executions"],
    "title": "[Page fragment about killings and disappearances by security forces]",
    "title_devised": True,
    "title_variants": [],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "Fragment starting mid-sentence, no heading, page number only: type null, devised title. Dates 1982 and 'last March' are of the events described, not the document: date null. No country is named.",
    "text": """and the bodies were found two days later by the roadside, each
with a single shot to the head.  The army said the men had been
killed in a clash with guerrillas, but none of them was armed and
witnesses saw them taken from the bus at a checkpoint.  Killings of
this kind -- deliberate, carried out by agents of the state and
outside any legal process -- are what we call extrajudicial
executions.  They are not accidents of war.  The government is
responsible for them even when the killers wear no uniform.

Closely related is the practice of "disappearance".  A person is
seized by the security forces or by men acting with their consent;
the authorities then deny holding him.  The family goes from police
station to barracks to morgue and is told nothing.  In 1982 the
committee of relatives recorded more than three hundred such cases
in the province alone, and last March the mothers of the missing
presented a list of names to the bishop.

What these two crimes have in common is that the state hides them.
Our work is to bring them into the open: to record each case with
dates, places and witnesses, to demand that every body be
identified and every missing person accounted for, and to insist
that those responsible are brought before a court.

                                                          -- 7 --
"""
})

DOCUMENTS.append({
    "id": "224",
    "split": "holdout2",
    "date": "1972-01-24",
    "date_form": "month-day-year",
    "type": "letter",
    "subjects": ["fundraising", "recruitment"],
    "title": "[Letter from the U.S. section's director to members appealing for funds and new members]",
    "title_devised": True,
    "title_variants": ["[Letter to members appealing for donations and asking each to recruit a new member]"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "'Dear Friend' letter signed by the director, dated January 24, 1972. Mentioned, not own: founding of the section 1966, March 31 deadline. Two asks: a gift (fundraising) and to bring in one new member (recruitment). Audience: members in general, not 'new members'.",
    "text": """INTERNATIONAL CONSCIENCE NETWORK
United States Section
200 West 72nd Street, New York, N.Y. 10023

                                              January 24, 1972

Dear Friend,

When this Section was founded in 1966 it had eleven members and one
adopted prisoner.  Today we have more than three thousand members and
our groups are working for 140 prisoners in 38 countries.  Many of
them have been released, and several have written to thank the people
whose letters reached them.

This work costs money.  Every case means research, translation and
postage; every group needs a kit of materials; every appeal we send to
a government must be accurate, and accuracy is expensive.  We receive
no money from any government, and we never will.

I am asking you for two things this winter.

First, a gift.  $10 will pay for a month's postage for one group;
$25 for the translation of a prisoner's file; $100 for a researcher's
week.  Please use the enclosed envelope before March 31, when our
financial year closes.

Second, a new member.  Think of one friend, neighbor or colleague who
would care about this work, and give him or her the enclosed
membership card.  If each of you brings in one person, we will double
our strength in a year.

With my thanks and warm regards,

[signed]

Ruth Abelson
Executive Director

Enc.
"""
})

DOCUMENTS.append({
    "id": "225",
    "split": "holdout2",
    "date": "1991-03-22",
    "date_form": "us-numeric-dashes",
    "type": "memo",
    "subjects": ["arms control", "lobbying"],
    "title": "Congressional visits during the Easter recess",
    "title_devised": False,
    "title_variants": ["[Memo from the government relations coordinator to group coordinators about congressional visits on arms transfers]"],
    "audience": ["local groups"],
    "language": "en",
    "places": ["US"],
    "notes": "US memo, DATE 3-22-91 (M-D-Y). Mentioned, not own: recess March 23 - April 8, report back by April 15, the FY1992 aid bill. To group coordinators: local groups. Lobbying Congress on arms transfers: US. Torture and killings appear in one clause, in passing.",
    "text": """MEMORANDUM

TO:       Group Coordinators
FROM:     Dan Whitfield, Government Relations
DATE:     3-22-91
RE:       Congressional visits during the Easter recess

Members of Congress will be home in their districts from March 23 to
April 8.  This is the best chance of the year to meet them face to
face.  We are asking every group to request a meeting with its
Representative or one of the state's Senators, or at least with the
district office staff.

THE ISSUE.  The foreign aid bill for FY1992 will include military
sales and training for several governments whose security forces
torture and kill with impunity.  We want Congress to require that no
weapons, police equipment or military training go to a force that
commits gross violations, and that the State Department report on
where U.S. arms end up.

THE VISIT.
- Call the district office now; say you are a constituent.
- Go as a group of two or three, no more.
- Bring the enclosed one-page briefing and leave it behind.
- Make one clear request: will the Member support the human rights
  conditions on arms transfers?
- Listen, take notes, thank them, and promise to follow up.

AFTERWARDS.  Send a thank-you letter within a week, and fill in the
enclosed report form and return it to me by April 15, so we know who
has committed to what.

Enclosures: briefing on arms transfers; visit report form
"""
})

DOCUMENTS.append({
    "id": "226",
    "split": "holdout2",
    "date": "2000-10",
    "date_form": "es-month-range",
    "type": "newsletter",
    "subjects": ["armed conflict", "children's rights", "human rights defenders", "online activism"],
    "title": "Boletín de la Red",
    "title_devised": False,
    "title_variants": ["Boletín de la Red, nº 45, octubre-diciembre de 2000"],
    "audience": [],
    "language": "es",
    "places": ["CO", "SL"],
    "notes": "'Octubre-diciembre de 2000' is a month range: its start, 2000-10. Mentioned, not own: 2 de diciembre (encuentro), 1999. Items: child soldiers in Sierra Leone (armed conflict, children's rights, SL), threatened defenders in Colombia (CO), the new website and e-mail action list (online activism; urgent actions named only as what the list sends, in passing). The AGENDA lines are a calendar, not items.",
    "text": """BOLETÍN DE LA RED
Red Internacional de Conciencia -- Sección Española
Nº 45 -- octubre-diciembre de 2000

NIÑOS SOLDADO: DEVOLVERLES LA INFANCIA
En Sierra Leona miles de niños y niñas, algunos de apenas diez años,
fueron secuestrados por los grupos armados durante la guerra y
obligados a combatir, a transportar armas o a servir como esclavos.
Ahora que los combates han disminuido, muchos no pueden volver a sus
pueblos.  Pedimos que todos los niños sean desmovilizados, que
reciban educación y atención psicológica, y que ningún menor de 18
años sea reclutado por ningún ejército.

COLOMBIA: QUIENES DEFIENDEN ESTÁN EN PELIGRO
Durante 1999 más de veinte defensores y defensoras de los derechos
humanos fueron asesinados en Colombia, y muchos otros han tenido que
exiliarse.  Abogados, sindicalistas y dirigentes comunitarios reciben
amenazas por denunciar los abusos.  Nuestra sección acompaña a dos
organizaciones de Barrancabermeja y pide al gobierno que las proteja.

YA ESTAMOS EN INTERNET
La sección estrena página web, con las acciones del mes, los
materiales para los grupos y un formulario para hacerse socio.
Además, quien quiera recibir las acciones urgentes por correo
electrónico puede apuntarse a la nueva lista.  Ya somos 340.

AGENDA
2 de diciembre: encuentro de grupos jóvenes en Valencia.
10 de diciembre: Día de los Derechos Humanos.
"""
})

DOCUMENTS.append({
    "id": "227",
    "split": "holdout2",
    "date": "2008-12-06",
    "date_form": "fr-full-date",
    "type": "flyer",
    "subjects": ["human rights defenders", "vigils and demonstrations"],
    "title": "Ils défendent nos droits, défendons-les !",
    "title_devised": False,
    "title_variants": ["Rassemblement pour les défenseurs des droits humains", "Ils défendent nos droits, défendons-les ! Rassemblement pour les défenseurs des droits humains"],
    "audience": [],
    "language": "fr",
    "places": [],
    "notes": "Event date samedi 6 décembre 2008. Mentioned, not own: the 1998 Declaration on defenders, the 60th anniversary of the UDHR (10 décembre). Several countries named in one list, in passing.",
    "text": """ILS DÉFENDENT NOS DROITS,
DÉFENDONS-LES !

RASSEMBLEMENT
pour les défenseurs des droits humains

SAMEDI 6 DÉCEMBRE 2008 -- 15 H
Place de la Comédie, Montpellier

Avocats, journalistes, syndicalistes, militantes des droits des
femmes : partout dans le monde, ceux qui défendent les droits des
autres sont menacés, emprisonnés, parfois assassinés -- en Russie,
au Zimbabwe, au Guatemala, en Chine.

Dix ans après la Déclaration des Nations unies sur les défenseurs
des droits de l'homme (1998), et à quelques jours du 60e anniversaire
de la Déclaration universelle, venez leur montrer qu'ils ne sont pas
seuls.

Portraits géants -- lecture de témoignages -- minute de silence

Réseau international de conscience -- groupe de Montpellier
"""
})

DOCUMENTS.append({
    "id": "228",
    "split": "holdout2",
    "date": "1973-09-19",
    "date_form": "weekday-month-day-year",
    "type": "flyer",
    "subjects": ["group organizing", "prisoners of conscience", "recruitment"],
    "title": "Care About Prisoners of Conscience? Join Us!",
    "title_devised": False,
    "title_variants": ["Join Us!", "Care About Prisoners of Conscience?"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "Event date Wednesday, September 19, 1973 (the open meeting). Call to join a new campus group being formed: recruitment and group organizing. Prisoners of conscience is in the title's wording and has a short paragraph: it counts. Letters appear in one clause of that paragraph, in passing. No audience term stated (students, not 'student groups').",
    "text": """CARE ABOUT PRISONERS OF CONSCIENCE?

JOIN US!

A new campus group of the
International Conscience Network
is forming at State.

Somewhere tonight a teacher, a poet or a student is in prison for
what he or she believes.  Letters from ordinary people in other
countries have helped free hundreds of them.

FIRST OPEN MEETING
Wednesday, September 19, 1973
8:00 p.m.  --  Student Union, Room 210

We will decide how the group will be run, elect a coordinator,
and choose the day we meet each week.

No experience needed.  Bring a friend.

Questions?  Call Janet, 555-4419, or Philip, 555-0872
"""
})

DOCUMENTS.append({
    "id": "229",
    "split": "holdout2",
    "date": "2005-04-29",
    "date_form": "cross-month-range",
    "type": "agenda",
    "subjects": ["activism skills", "coalition building", "facilitation", "fundraising", "group development"],
    "title": "Regional Organizer Training: Schedule",
    "title_devised": False,
    "title_variants": ["Regional Organizer Training", "Schedule: Regional Organizer Training"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "Range 'April 29 - May 1, 2005' takes its start. Sessions: activism skills overview (the broad topic as such), keeping members active and reviewing the group's year (group development), running meetings (facilitation), coalitions, grants and local fundraising. Regional organizers are not an audience term.",
    "text": """REGIONAL ORGANIZER TRAINING -- SCHEDULE
April 29 - May 1, 2005
Mid-Atlantic Region  *  Camp Letts, Edgewater, MD

FRIDAY
 6:00 pm   Arrival, dinner
 7:30 pm   Welcome; who we are and why we organize
 8:30 pm   Activism 101: the basic skills toolbox -- writing,
           speaking, tabling, organizing an event

SATURDAY
 8:00 am   Breakfast
 9:00 am   Keeping members active: why groups shrink and what to
           do about it
10:30 am   Break
10:45 am   Running a good meeting: agendas, timekeeping, making sure
           everyone speaks, handling conflict
12:30 pm   Lunch
 1:30 pm   Working in coalition with other local organizations
 3:00 pm   Break
 3:15 pm   Money: grants, house parties and the annual appeal
 5:00 pm   Free time
 7:00 pm   Dinner and film

SUNDAY
 8:00 am   Breakfast
 9:00 am   Reviewing your group's year and planning the next one
11:00 am   Evaluation and closing
12:00 pm   Departures

Please bring sleeping bags.  Questions: Carla, (301) 555-2294.
"""
})

DOCUMENTS.append({
    "id": "230",
    "split": "holdout2",
    "date": "1979-09",
    "date_form": "revised-month-year",
    "type": "manual",
    "subjects": ["fundraising", "letter writing", "media work", "prisoners of conscience"],
    "title": "Working for a Prisoner: A Guide to Adoption for Local Groups",
    "title_devised": False,
    "title_variants": ["Working for a Prisoner"],
    "audience": ["local groups"],
    "language": "en",
    "places": [],
    "notes": "'First published 1974; revised edition, September 1979': the revision wins. Chapters: the adoption of prisoners of conscience, writing letters, publicity in the local press, raising money for the relief fund.",
    "text": """WORKING FOR A PRISONER
A Guide to Adoption for Local Groups

International Conscience Network, U.S. Section
First published 1974; revised edition, September 1979

CONTENTS
Part I.   What adoption means  ......................  1
Part II.  Writing letters  ..........................  3
Part III. Using the local press  ....................  5
Part IV.  Money for the relief fund  ................  6
\fPART I.  WHAT ADOPTION MEANS

When the International Secretariat is satisfied that a person is
imprisoned for his or her beliefs, color, sex, ethnic origin,
language or religion, and has neither used nor advocated violence,
the prisoner is "adopted" and assigned to a group.  The group then
works for that prisoner's release, for as long as it takes.

A group normally works for three prisoners from different political
systems, never from its own country.  The file you receive is
confidential: do not publish the family's address or anything marked
"not for publication".

\f2

Groups that have worked well share some habits: one member keeps the
file up to date; the group discusses the case at every meeting; new
information is sent to the Secretariat at once.
\fPART II.  WRITING LETTERS

Letters are the heart of adoption work.  Write to the head of state,
the minister of justice, the prison director.  Write regularly --
once a month is a good rhythm -- and keep copies.  Be courteous,
stick to the facts, and never attack the government's politics.
Letters to the prisoner and family should be short and friendly;
they may not be delivered, but they often are.
\fPART III.  USING THE LOCAL PRESS

A story in your local paper can bring new members and shows
officials abroad that people are watching.  Anniversaries of arrest
and releases make good stories.  Give the editor a one-page release
and a photograph if you have one.  Never speak for the whole
Network: speak for your group.
\fPART IV.  MONEY FOR THE RELIEF FUND

Prisoners and their families often need money for food, medicine or
lawyers.  Groups raise it through sales, concerts and members'
pledges, and send it only through the Secretariat's relief fund.

                                                              6
"""
})

DOCUMENTS.append({
    "id": "231",
    "split": "holdout2",
    "date": None,
    "date_form": "none",
    "type": "worksheet",
    "subjects": ["lobbying"],
    "title": "Hoja de trabajo: preparar la entrevista con un diputado",
    "title_devised": False,
    "title_variants": ["Preparar la entrevista con un diputado"],
    "audience": [],
    "language": "es",
    "places": ["ES"],
    "notes": "No date anywhere. Blanks for participants to prepare a meeting with a deputy of the Congreso: lobbying; national legislature, ES.",
    "text": """HOJA DE TRABAJO:
PREPARAR LA ENTREVISTA CON UN DIPUTADO

Trabajad en grupos de tres.  Tenéis media hora.  Después haremos un
ensayo de la entrevista.

1. ¿Con qué diputado o diputada queréis hablar?  ¿Por qué él o ella?
   (circunscripción, comisión del Congreso a la que pertenece,
   declaraciones anteriores)
   ______________________________________________________________

2. ¿Qué le vais a pedir exactamente?  Una sola petición, concreta.
   ______________________________________________________________

3. Tres argumentos para convencerle:
   a) ___________________________________________________________
   b) ___________________________________________________________
   c) ___________________________________________________________

4. ¿Qué objeciones puede poneros?  ¿Cómo responderéis?
   Objeción: ____________________  Respuesta: ____________________
   Objeción: ____________________  Respuesta: ____________________

5. ¿Quién hablará primero?  ¿Quién tomará notas?
   ______________________________________________________________

6. ¿Qué documentación le dejaréis?
   ______________________________________________________________

7. ¿Cómo haréis el seguimiento después de la entrevista?
   ______________________________________________________________
"""
})

DOCUMENTS.append({
    "id": "232",
    "split": "holdout2",
    "date": "1980",
    "date_form": "fiscal-year",
    "type": "worksheet",
    "subjects": ["fundraising"],
    "title": "Group Budget Worksheet",
    "title_devised": False,
    "title_variants": ["Group Budget Worksheet, Fiscal Year 1980"],
    "audience": ["local groups"],
    "language": "en",
    "places": [],
    "notes": "'Fiscal Year 1980' on its own line: labelled 1980 (no fiscal calendar computed); not part of the title. A budget worksheet with income lines (dues, pledges, events): fundraising. 'For group treasurers' addresses local groups.",
    "text": """GROUP BUDGET WORKSHEET
Fiscal Year 1980
(for group treasurers -- complete with your group and return a copy
to the regional office)

Group number: ______   City: ____________________

A. EXPECTED INCOME
   Members' dues and pledges (number ___ x $___)   $________
   Bake sales / rummage sales                       $________
   Benefit event (concert, dinner, film)            $________
   Donations from churches, clubs, others           $________
   Other: ______________________                    $________
                                     TOTAL INCOME   $________

B. EXPECTED EXPENSES
   Postage (letters, parcels, telegrams)            $________
   Photocopying and stationery                      $________
   Relief fund for prisoners' families              $________
   Contribution to the Section                      $________
   Travel to regional meetings                      $________
   Other: ______________________                    $________
                                   TOTAL EXPENSES   $________

C. BALANCE (A minus B)                              $________

D. If the balance is negative, which income line can you raise, and
   how?  ____________________________________________________
   __________________________________________________________

E. Who in the group is responsible for each fund-raising event?
   __________________________________________________________
"""
})

DOCUMENTS.append({
    "id": "233",
    "split": "holdout2",
    "date": "1992-03-07",
    "date_form": "eu-dotted",
    "type": "evaluation form",
    "subjects": ["campaigning", "media work", "petitions", "torture"],
    "title": "Stop Torture Campaign Training Day: Evaluation",
    "title_devised": False,
    "title_variants": ["Stop Torture Campaign Training Day", "Evaluation"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "British form (Birmingham, '7.3.92', pounds): D.M.Y, 1992-03-07. Heading names the campaign's training day (campaigning, torture); questions rate the sessions on the campaign's aims, local press work and the street petition.",
    "text": """STOP TORTURE CAMPAIGN TRAINING DAY -- EVALUATION
Birmingham, 7.3.92

We should be grateful if you would complete this form before you
leave.  Please tick one box for each session.

                                   Very useful  Useful  Not useful
1. The campaign: aims, materials
   and timetable                      [ ]        [ ]        [ ]
2. What torture is and why it
   happens (video and discussion)     [ ]        [ ]        [ ]
3. Getting the campaign into the
   local papers and radio             [ ]        [ ]        [ ]
4. Running a street stall and
   collecting petition signatures     [ ]        [ ]        [ ]

5. Which session will you use most in your group?
   ______________________________________________________________

6. Was there anything you did not understand?
   ______________________________________________________________

7. The venue and lunch were:   good [ ]   adequate [ ]   poor [ ]

8. Travel costs: did you claim?   yes [ ]   no [ ]
   (Fares over £5 can be reclaimed from the regional treasurer.)

Thank you.  Forms to the registration desk, please.
"""
})

DOCUMENTS.append({
    "id": "234",
    "split": "holdout2",
    "date": "1993-07-02",
    "date_form": "es-day-range",
    "type": "evaluation form",
    "subjects": ["facilitation", "human rights education"],
    "title": "Cuestionario de evaluación: Curso de formación de formadores",
    "title_devised": False,
    "title_variants": ["Curso de formación de formadores", "Cuestionario de evaluación"],
    "audience": ["trainers"],
    "language": "es",
    "places": [],
    "notes": "Range 'del 2 al 4 de julio de 1993' takes its start. A train-the-trainers course: questions on running sessions and group dynamics (facilitation) and on teaching human rights (human rights education). Addressed to future trainers: trainers.",
    "text": """CUESTIONARIO DE EVALUACIÓN
Curso de formación de formadores
Segovia, del 2 al 4 de julio de 1993

Este cuestionario es anónimo.  Tu opinión nos sirve para preparar el
próximo curso para formadores.  Puntúa de 1 (nada) a 5 (mucho).

1. ¿Te ha ayudado el curso a preparar y dirigir una sesión de
   formación?                                        1  2  3  4  5

2. Técnicas de dinamización de grupos (juegos de presentación,
   trabajo en pequeños grupos, plenarios)            1  2  3  4  5

3. Cómo manejar un grupo difícil o una discusión
   que se calienta                                   1  2  3  4  5

4. Metodologías para enseñar los derechos humanos a
   jóvenes y adultos                                 1  2  3  4  5

5. La práctica: dirigir una sesión ante el grupo     1  2  3  4  5

6. ¿Qué es lo que más te ha servido?
   ______________________________________________________________

7. ¿Qué cambiarías?
   ______________________________________________________________

8. ¿Te sientes preparado/a para dirigir una sesión en tu grupo?
   sí ___   no ___   todavía no ___

¡Gracias!
"""
})

DOCUMENTS.append({
    "id": "235",
    "split": "holdout2",
    "date": None,
    "date_form": "none",
    "type": "sign-in sheet",
    "subjects": ["letter writing"],
    "title": "Human Rights Day Write-a-thon: Sign In Here",
    "title_devised": False,
    "title_variants": ["Human Rights Day Write-a-thon", "Write-a-thon"],
    "audience": [],
    "language": "en",
    "places": [],
    "notes": "'Saturday, December 10' has no year and nothing else gives one: date null. Filled-in sheet; the write-a-thon (letters for prisoners) gives letter writing.",
    "text": """HUMAN RIGHTS DAY WRITE-A-THON
~ SIGN IN HERE ~
Saturday, December 10  --  Main Library, Community Room

Tell us how many letters you wrote before you leave!

  NAME                     E-MAIL OR PHONE              # LETTERS
  -----------------------  ---------------------------  ---------
  Maria Delgado            mdelgado@xmail.com               6
  Tom Becker               555-3381                         4
  Priya Raman              priya.r@xmail.com               11
  Sam & Jo Whitaker        555-9016                         9
  Eleanor Voss             evoss@xmail.com                  3
  Daniel Osei              555-7720                         5
  Hannah Liu               hliu@xmail.com                   8
  Father Mike Quinn        St. Brendan's parish office      7
  Chris Anders             canders@xmail.com                2
  ___________________      ___________________           _____
  ___________________      ___________________           _____

                                        Running total: 55
"""
})

DOCUMENTS.append({
    "id": "236",
    "split": "holdout2",
    "date": "2009-01-14",
    "date_form": "day-month-year",
    "type": "report",
    "subjects": ["police and human rights", "racial discrimination"],
    "title": "Report on the Seminar on Policing and Human Rights",
    "title_devised": False,
    "title_variants": ["Seminar on Policing and Human Rights"],
    "audience": [],
    "language": "en",
    "places": ["US"],
    "notes": "The report's own issue date, 'Submitted to the Board of Directors, 14 January 2009', wins over the seminar dates (21-22 November 2008). Sessions reported: police use of force and accountability (police and human rights), racial profiling (racial discrimination); about US policing: US.",
    "text": """REPORT ON THE SEMINAR ON POLICING AND HUMAN RIGHTS
held in Cleveland, Ohio, 21-22 November 2008

Submitted to the Board of Directors, 14 January 2009
by the Criminal Justice Program

1. Purpose and participants
The seminar brought together 34 participants: members of local
groups from six Midwestern states, two retired police officers, a
civil rights lawyer and representatives of three community
organizations.  Its purpose was to prepare groups to monitor and
speak out on police conduct in their own communities.

2. Use of force and accountability
The first day examined the international standards on the use of
force and firearms by law enforcement officials and compared them
with U.S. state laws, many of which allow lethal force in far wider
circumstances.  Participants discussed the deaths of people in
custody, the use of Tasers, and why independent civilian review of
complaints against police officers matters.

3. Racial profiling
On the second morning participants heard from residents who had been
stopped repeatedly because of their race, and looked at traffic-stop
figures showing that Black and Latino drivers are searched far more
often than white drivers.  The group agreed that profiling violates
the right to equal treatment under the law and undermines trust in
the police.

4. Outcomes
Groups in Cleveland, Detroit and Milwaukee will ask their city
councils for data on stops and complaints.  The Program will produce
a short guide for groups by the spring.

5. Evaluation
Participants rated the seminar 4.4 out of 5 on average.
"""
})

DOCUMENTS.append({
    "id": "237",
    "split": "holdout2",
    "date": "1975-01",
    "date_form": "abbrev-month-range",
    "type": "report",
    "subjects": ["freedom of religion", "human rights education", "prisoners of conscience"],
    "title": "Quarterly Report to the Board, Jan.-Mar. 1975",
    "title_devised": False,
    "title_variants": ["Quarterly Report to the Board", "Quarterly Report"],
    "audience": [],
    "language": "en",
    "places": ["SU"],
    "notes": "No issue date; the period 'Jan.-Mar. 1975' gives its start month. The date is attached to the heading by a comma, so it is part of the title. Sections: prisoners held for their faith (freedom of religion, prisoners of conscience; USSR, SU), the schools speakers' program (human rights education). The budget figures are the department's own: not fundraising.",
    "text": """Prisoner Program and Education Committee

QUARTERLY REPORT TO THE BOARD, JAN.-MAR. 1975

I. PRISONERS HELD FOR THEIR FAITH
During the quarter the Committee completed its study of religious
believers imprisoned in the Soviet Union.  We have documented 48
cases of Baptists, Pentecostals, Orthodox priests and Jews jailed or
sent to psychiatric hospitals for teaching religion to children,
holding unregistered services or printing scriptures.  Eleven of
them are now adopted by U.S. groups.  The Committee recommends that
the Section issue a public statement on freedom of worship in the
USSR and that groups be encouraged to send Easter cards to these
prisoners.

II. SCHOOLS PROGRAM
Volunteer speakers visited 27 high schools and four colleges, giving
a one-hour introduction to the Universal Declaration and to the work
of the Network.  Teachers asked for a written lesson plan; a draft
will be ready by the next quarter.  We need more speakers in the
South and Southwest.

III. STAFF AND COSTS
One part-time researcher was hired in February.  Expenses for the
quarter were $4,120, within budget.

Respectfully submitted,
M. Goldberg, Chair
"""
})

DOCUMENTS.append({
    "id": "238",
    "split": "holdout2",
    "date": "1982",
    "date_form": "season-two-digit",
    "type": "trainer guide",
    "subjects": ["public speaking"],
    "title": "Module 4: Speaking to Community Groups: Facilitator's Notes",
    "title_devised": False,
    "title_variants": ["Module 4: Speaking to Community Groups", "Speaking to Community Groups"],
    "audience": ["trainers"],
    "language": "en",
    "places": [],
    "notes": "Running header 'TRAINERS' KIT -- SUMMER '82' is the edition line: a season, year 1982; not the title. 'Facilitator's notes' is a generic word under the heading: joined to the title, the form without it a variant. The session is on giving talks (public speaking); no section on the skill of facilitation itself.",
    "text": """TRAINERS' KIT -- SUMMER '82                                  Page 1

MODULE 4: SPEAKING TO COMMUNITY GROUPS
Facilitator's notes

Purpose: participants prepare and deliver a short talk about the
Network to a church, club or school audience.
Time: 90 minutes.  Group size: 6-16.
You need: a watch with a second hand, index cards, a lectern or
table, the "Ten tips for speakers" sheet.

1. WARM-UP (10 min)
Ask: "Who has ever had to speak in front of a group?  How did it
feel?"  Let a few people answer.  Say: "Almost everyone is nervous.
Today we will learn to use that energy."

2. THE SHAPE OF A TALK (15 min)
Explain the three parts on the board:
  - Opening: a story about one prisoner, not statistics.
  - Middle: what the Network is and how it works, in three points.
  - Close: one thing the audience can do tonight.
Stress that a good talk to a community group lasts 10 minutes at
most, leaving time for questions.

3. PREPARATION (20 min)
Give each participant three index cards.  Ask them to write the
opening on the first card, the three points on the second, the
request on the third.  Walk round and help.

4. PRACTICE (35 min)
Divide into groups of four.  Each person gives a three-minute
version of the talk; the others note one strength and one
suggestion.  Keep time strictly -- call out "thirty seconds".

5. WRAP-UP (10 min)
Ask: "What surprised you?"  Hand out the tips sheet.  Remind
participants that the area office keeps a list of groups asking
for speakers.
\fTRAINERS' KIT -- SUMMER '82                                  Page 2

HANDLING QUESTIONS (notes for your own use)
Hostile questions usually come in three forms: "Why don't you work on
our own country?", "Aren't these people terrorists?", "What good do
letters do?"  Have the participants suggest calm, short answers, and
write the best ones on the board.
"""
})

DOCUMENTS.append({
    "id": "239",
    "split": "holdout2",
    "date": "1988-02",
    "date_form": "month-year",
    "type": "slides",
    "subjects": ["business and human rights", "economic, social and cultural rights"],
    "title": "Beyond the Prison Walls: Economic, Social and Cultural Rights",
    "title_devised": False,
    "title_variants": ["Beyond the Prison Walls", "Economic, Social and Cultural Rights"],
    "audience": ["trainers"],
    "language": "en",
    "places": [],
    "notes": "Title overhead: 'Trainers' Workshop, February 1988' (presentation date). Mentioned, not own: the Covenant of 1966. Overheads present ESC rights as such, and one on companies' responsibilities (business and human rights). Presented at a trainers' workshop: trainers.",
    "text": """OVERHEAD 1
BEYOND THE PRISON WALLS:
ECONOMIC, SOCIAL AND CULTURAL RIGHTS
Trainers' Workshop, February 1988

OVERHEAD 2
What are they?
  * The right to work and to fair wages
  * The right to food, housing and health care
  * The right to education
  * The right to take part in cultural life

OVERHEAD 3
Where do they come from?
  * Universal Declaration, articles 22-27
  * International Covenant on Economic, Social and Cultural
    Rights (adopted 1966)
  * "Progressive realization": states must move as fast as their
    resources allow -- and must never discriminate

OVERHEAD 4
Indivisible
  * A prisoner who is starved is denied two rights at once
  * Free speech means little to someone who cannot read

OVERHEAD 5
Companies and human rights
  * Factories that lock in workers or fire union members
  * Mines and plantations that drive people off their land
  * Who is responsible: the company, the host state, the home state?

OVERHEAD 6
Discussion
  * Should our Network work on these rights?  How?
"""
})

DOCUMENTS.append({
    "id": "240",
    "split": "holdout2",
    "date": "2007-11",
    "date_form": "revision-numeric",
    "type": "handout",
    "subjects": ["civil and political rights", "fair trials", "freedom of expression", "freedom of religion"],
    "title": "Civil and Political Rights: A Briefing for New Members",
    "title_devised": False,
    "title_variants": ["Civil and Political Rights"],
    "audience": ["new members"],
    "language": "en",
    "places": [],
    "notes": "Footer 'Rev. 11/07': month and year of revision (US). Mentioned, not own: the Covenant of 1966. Explains civil and political rights as such (the broad term), with sections on fair trials, freedom of expression and freedom of religion. 'For new members' in the heading.",
    "text": """CIVIL AND POLITICAL RIGHTS
A Briefing for New Members

What are civil and political rights?
They are the rights that protect individuals from the abuse of state
power and let them take part in public life: the right to life, to
liberty, to vote, to be free from torture, to a fair hearing, to
speak, believe and meet freely.  Most of them are set out in the
International Covenant on Civil and Political Rights, adopted in 1966
and ratified by more than 160 states.  Much of the Network's work on
prisoners has been about these rights.

A fair trial
Everyone charged with a crime has the right to be told the charge,
to see a lawyer, to be tried within a reasonable time by an
independent and impartial court, to call witnesses, and to appeal.
Confessions obtained under duress must never be used.  Military
courts should not try civilians.

Freedom of expression
Everyone may seek, receive and share information and ideas, in
speech, print, art or online.  Governments may restrict it only
narrowly (to protect others' rights, for example), never to silence
critics, journalists or bloggers.

Freedom of religion and belief
Everyone may hold a religion or belief, change it, or have none, and
practise it alone or with others.  No one may be punished for
converting, for worshipping in an unregistered church or for
refusing to profess the state religion.

Want to know more?  Ask your group coordinator for the full
Covenant text and the case sheets of the month.

International Conscience Network USA -- Membership Dept. -- Rev. 11/07
"""
})

DOCUMENTS.append({
    "id": "241",
    "split": "holdout2",
    "date": "2007-10-11",
    "date_form": "email-header",
    "type": "letter",
    "subjects": ["campaigning", "death penalty", "online activism", "vigils and demonstrations"],
    "title": "[Email from the death penalty abolition coordinator to group coordinators launching the Texas execution-watch campaign]",
    "title_devised": True,
    "title_variants": ["Launch: Texas Execution Watch", "[Email to group coordinators launching the Texas Execution Watch campaign]"],
    "audience": ["local groups"],
    "language": "en",
    "places": ["US"],
    "notes": "Email that opens 'Dear Group Coordinators' and is signed: a letter, devised title; the Subject line is a variant. Date header Thu, 11 Oct 2007. Mentioned, not own: launch October 22, the 400th execution, 1982. Launches a campaign (campaigning) on executions in Texas (death penalty, US); ways to act: the online alert list (online activism) and vigils on execution nights.",
    "text": """From: Sandra Okafor <sokafor@icnusa.org>
To: group-coordinators@lists.icnusa.org
Date: Thu, 11 Oct 2007 09:14:22 -0500
Subject: Launch: Texas Execution Watch

Dear Group Coordinators,

On October 22 we launch Texas Execution Watch, the Section's campaign
for the rest of this year and all of next.  Texas has carried out
more than 400 executions since it resumed them in 1982 -- over a
third of all executions in the country -- and it has scheduled more
for the coming months.  The campaign asks the Governor and the Board
of Pardons and Paroles for a moratorium, and it tells the story of
each person facing execution.

What we are asking groups to do:

 - Sign up your members for the online alert list.  Fourteen days
   before each execution date every subscriber receives the case,
   a one-click e-mail to the Governor and a sample message to adapt.
 - Hold a vigil on the evening of each execution, at your courthouse,
   state capitol or church.  The vigil kit (candles, signs, a short
   reading) is on the campaign web page.
 - Tell us what you did, so the national office can count the
   actions and share photos.

Campaign materials will be mailed to every group next week.  If you
have not received them by October 19, please write to me.

Thank you for everything you do.

Sandra Okafor
Death Penalty Abolition Coordinator
ICN USA
"""
})
