"""The ninth held-out tagging set (holdout9): 60 synthetic documents, ids 901-960.

Written and labelled on 30 November 2026 by a helper session started by the project, blind to
the tagger: it never read metp's tagging code, its vocabulary file, its tests, the earlier
labelled data or the earlier sets' document files, and it never ran a tagger on these
documents. Labels follow docs/labelling-guidelines.md (as last changed in 2b31f4c) with the
terms, types and audience terms of make_set.py. Each label's `notes` give its judgement calls.

The documents are synthetic material of an invented organisation, **Threshold International**,
and its Australian ("Threshold Australia": national office, state branches, groups, campus
groups), Irish ("Threshold Ireland"), Indian ("Threshold India") and Kenyan ("Threshold Kenya")
sections, its Peruvian and Chilean sections ("Umbral Internacional, Sección Peruana / Sección
Chilena") and its Swiss and Senegalese sections ("Seuil International, section suisse / section
sénégalaise"), 1972-2010. People, groups and cases are invented; historical events are
mentioned as real material would. Ids were given by `random.Random(9009).shuffle` of 901-960
in planning order, so an id says nothing about type, date or language.
"""

DOCUMENTS = [
    {
        "id": "905", "split": "holdout9", "date": "1981-03-14", "date_form": "weekday-day-month-year",
        "type": "agenda",
        "subjects": ["fundraising", "letter writing", "media work", "prisoners of conscience", "recruitment"],
        "title": "NSW Branch Training Day: Programme",
        "title_variants": ["NSW Branch Training Day", "Programme: NSW Branch Training Day"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "PROGRAMME stands directly above the heading: joined after it, the heading alone and the "
                 "other order are variants. The session 'Writing for prisoners' on appeal letters for an "
                 "adopted prisoner gives both letter writing and prisoners of conscience. The two "
                 "afternoon workshop options (raising money; bringing in new members) count as sessions. "
                 "The registration deadline (6 March) is only mentioned.",
        "text": """THRESHOLD AUSTRALIA -- New South Wales Branch
Box 4410 GPO, Sydney NSW 2001      Telephone (02) 267 4481

                              PROGRAMME
                      NSW BRANCH TRAINING DAY

                        Saturday 14 March 1981
          Pitt Street Uniting Church Hall, 264 Pitt Street, Sydney


 9.30   Arrival -- tea and coffee -- collect your name tag

10.00   Welcome and introductions
        Margaret Doyle, Branch Convenor

10.15   Writing for prisoners
        How to write an effective appeal to a government on behalf of
        your group's adopted prisoner: tone, what to ask for, whom to
        address, keeping copies.  Peter Szabo, Casework Co-ordinator

11.15   Morning tea

11.30   Getting on local radio and into the local paper
        Anne Kowalczyk (2SER-FM) and members of the Newcastle group

12.30   Lunch -- please bring a plate to share

 1.30   Workshops (choose one)
        A.  Street stalls, raffles and other ways of raising money
            for your group
        B.  Bringing in new members: talks to schools, churches and
            service clubs, and what to do with the names you collect

 3.00   Report-back from workshops; questions to the Branch Committee

 3.30   Close


Please let the Branch office know you are coming by Friday 6 March.
Cost $3.00 (students and unwaged $1.00), payable on the day.
""",
    },
    {
        "id": "901", "split": "holdout9", "date": "1985-08-09", "date_form": "spanish-written-date",
        "type": "letter",
        "subjects": ["disappearances", "letter writing", "vigils and demonstrations"],
        "title": "[Letter from the Peruvian Section to local group coordinators about disappearances in Ayacucho]",
        "title_variants": ["[Carta de la Sección Peruana a los coordinadores de grupos locales sobre las desapariciones en Ayacucho]",
                           "[Letter to local group coordinators about disappearances in Ayacucho]"],
        "title_devised": True,
        "audience": ["local groups"], "language": "es", "places": ["PE"],
        "notes": "A letter actually sent, with salutation and signature: devised title. The numbered list of "
                 "things each group should do (letters to the Fiscal and the Minister; a vigil) gives letter "
                 "writing and vigils and demonstrations. Dates mentioned only: July detentions, the vigil on "
                 "22 August, the 15 September deadline.",
        "text": """UMBRAL INTERNACIONAL
Sección Peruana
Jr. Camaná 780, Of. 402  -  Lima 1  -  Teléfono 27-4415


                                        Lima, 9 de agosto de 1985


A los coordinadores de los grupos locales


Estimados compañeros:

Les escribimos con mucha preocupación por las noticias que nos siguen
llegando de Ayacucho. Desde comienzos de julio la Sección ha recibido
denuncias sobre diecisiete campesinos de las comunidades de Huanta que
fueron detenidos por patrullas militares y cuyo paradero se desconoce.
Sus familiares han recorrido el cuartel, la comisaría y la fiscalía
provincial sin obtener respuesta. En ningún registro figuran como
detenidos. Entre ellos hay dos menores de edad y un teniente gobernador.

Como saben, en los últimos dos años las desapariciones en la zona de
emergencia se cuentan por centenares. Creemos que la presión desde
todo el país, y no solo desde el extranjero, puede salvar vidas.

Pedimos a cada grupo:

1.  Escribir cartas, antes del 15 de setiembre, al Fiscal de la Nación
    y al Ministro de Defensa pidiendo que se informe públicamente del
    paradero de las diecisiete personas y que se las ponga a disposición
    de un juez. Adjuntamos la lista de nombres, las direcciones y un
    modelo de carta. Las cartas deben ser breves y respetuosas, firmadas
    por cada miembro y no por el grupo.

2.  Participar en la vigilia del jueves 22 de agosto, a las 6 de la
    tarde, frente al Palacio de Justicia. Traigan velas y las fotos
    que les enviamos. Los grupos de provincias pueden organizar su
    propia vigilia el mismo día en la plaza de armas.

3.  Enviarnos copia de las respuestas que reciban.

Agradecemos de antemano su compromiso.

Fraternalmente,


        [firma]
Rosa Elena Quispe Huamán
Coordinadora de Campañas

c.c.  Secretariado Internacional
Adj.: lista de nombres, direcciones, modelo de carta
""",
    },
    {
        "id": "909", "split": "holdout9", "date": "1996-09", "date_form": "revision-line",
        "type": "trainer guide",
        "subjects": ["facilitation", "human rights education"],
        "title": "Introducing Human Rights to Transition Year Students: Facilitator's Notes",
        "title_variants": ["Introducing Human Rights to Transition Year Students",
                           "Facilitator's Notes: Introducing Human Rights to Transition Year Students"],
        "title_devised": False,
        "audience": ["educators", "trainers", "youth"], "language": "en", "places": [],
        "notes": "Generic words FACILITATOR'S NOTES directly above the heading: joined after it, the other "
                 "order and the heading alone are variants. 'Revised September 1996' wins over 'First issued "
                 "1993'. The 'Tips for the facilitator' page gives facilitation. Addressed to volunteer "
                 "facilitators and teachers (trainers, educators); the participants are Transition Year "
                 "students aged 15-16 (youth).",
        "text": """THRESHOLD IRELAND  --  SCHOOLS PROGRAMME
48 Fleet Street, Dublin 2   *   Tel (01) 677 2190   *   Fax (01) 677 6392

FACILITATOR'S NOTES
Introducing Human Rights to Transition Year Students

For volunteer facilitators and teachers                  Revised September 1996

Session length:  two class periods (80 minutes)
Group size:      up to 30 students aged 15-16

OBJECTIVES
By the end of the session students will be able to:
  - say in their own words what a human right is;
  - name at least five rights in the Universal Declaration of Human Rights;
  - tell the difference between a want, a need and a right;
  - describe one thing young people can do for human rights.

MATERIALS
  - Flipchart, markers, Blu-Tack
  - 30 copies of the simplified Universal Declaration (Handout A)
  - "Wants and Needs" card sets, one per group of five, cut up beforehand
  - Handout B: "Rights in our town" (photocopied, one per pair)

STEPS
1.  Welcome (5 min). Introduce yourself and Threshold Ireland in two
    sentences. Say: "Today isn't about learning off a list. It's about
    working out what every person needs to live with dignity."

2.  Wants and needs (20 min). Divide the class into groups of five and
    give each group a card set. Tell them they are moving to a new
    country and can only bring twelve cards. Then ask them to give up
    four more, then four more. Ask the participants: "Which cards did
    you keep until the end? Why?" Write their answers on the flipchart.

3.  From needs to rights (15 min). Hand out the simplified Declaration.
    Each group finds the article that protects each of its last four
    cards. Take one example from every group.

4.  Rights in our town (20 min). In pairs, students fill in Handout B:
    where do they see rights respected or denied in their own town?
    (school, the Garda station, the hospital, the housing estate).
    Take feedback; do not let it become a complaint session about
    individual teachers.

5.  What can we do? (15 min). Brainstorm: what could a class or a
    school do? Note every idea. Mention the school groups and the
    Threshold Ireland youth network, but do not recruit in class
    unless the principal has agreed.

6.  Close (5 min). Each student writes one right they will remember
    on a sticky note and puts it on the door on the way out.
\f
Facilitator's Notes -- Transition Year                              page 2

TIPS FOR THE FACILITATOR

  - Arrive 15 minutes early. Agree with the teacher beforehand who keeps
    order in the room: you are a guest, not the class teacher.
  - Learn and use students' names (sticky labels help).
  - Never put a student on the spot about his or her own family. If a
    student discloses something worrying, tell the teacher after class.
  - When a discussion gets heated, slow it down: "Let's hear one more
    view, then we'll move on." Thank people for disagreeing politely.
  - Keep to time. If you run short, drop step 4, never step 6.
  - Write students' own words on the flipchart, not your summary of them.
  - Silence is not failure: count to ten before you answer your own
    question.

IF SOMETHING GOES WRONG
Cards missing, projector broken, half the class on a tour: the session
works with a blackboard and the Declaration alone. Ring the Schools
Officer at the number above if you need support.

Prepared by the Schools Working Group.  First issued 1993.
""",
    },
    {
        "id": "902", "split": "holdout9", "date": "1994-02-03", "date_form": "weekday-day-month-year",
        "type": "report",
        "subjects": ["fundraising", "prisoners of conscience", "recruitment"],
        "title": "Minutes of Group Meeting",
        "title_variants": ["University of Nairobi Student Group: Minutes of Group Meeting",
                           "University of Nairobi Student Group Minutes"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["MW"],
        "notes": "Minutes are report. The adopted prisoner item (a Malawian teacher) gives prisoners of "
                 "conscience and MW; the one-line action to draft a letter inside it is in passing, as is "
                 "the one-line AOB mention of refugees. The car wash and freshers' recruitment items count. "
                 "Dates mentioned: previous meeting 20 January, car wash 12 February, next meeting "
                 "17 February, Malawi's detention since 1991 and elections in May. A group's own minutes: no "
                 "audience.",
        "text": """THRESHOLD KENYA  --  UNIVERSITY OF NAIROBI STUDENT GROUP

MINUTES OF GROUP MEETING
Thursday 3rd February 1994, Room 12, Gandhi Wing, 5.30 p.m.

Present:   J. Mwangi (Chair), A. Otieno (Secretary), F. Wanjiru (Treasurer),
           P. Kiprono, M. Achieng, S. Hassan, D. Njoroge, L. Atieno,
           and four first-year students attending for the first time.
Apologies: B. Kamau, R. Chebet.

1.  OPENING
    The Chair opened the meeting at 5.40 p.m. and welcomed the four new
    students.

2.  MINUTES OF THE LAST MEETING
    The minutes of the meeting of 20th January 1994 were read and
    confirmed as a true record.

3.  ADOPTED PRISONER: MR CHISOMO BANDA (MALAWI)
    The Secretary reported that no reply has been received to the group's
    letters of November and December. Mr Banda, a secondary school teacher
    from Zomba, has been detained without charge since 1991 for possessing
    pamphlets calling for multi-party elections, and is believed to be held
    at Mikuyu prison. Members noted that with general elections now
    announced for May, several detainees have been released and there is
    hope for his case. The group agreed to keep up pressure until he is
    free.
    ACTION: F. Wanjiru to draft a new letter to the Minister of Justice
            for all members to sign at the next meeting.

4.  FUNDRAISING
    The car wash will take place on Saturday 12th February at the Shell
    station, University Way, 9 a.m. to 3 p.m. Target Ksh 2,500 to cover
    postage and the group's contribution to the National Office. Members
    to bring buckets and sponges.
    ACTION: P. Kiprono to confirm the site with the station manager.

5.  RECRUITMENT
    Clubs Week is 14th-18th February. The group will have a table at the
    Students' Centre with the new leaflets, a sign-up sheet and a display
    on the Malawi case. D. Njoroge suggested short announcements at the
    start of first-year lectures; agreed, with the lecturers' permission.
    ACTION: M. Achieng to draw up a rota for the table.
    ACTION: Secretary to collect leaflets from the National Office.

6.  A.O.B.
    S. Hassan mentioned the talk on Somali refugees at the Law Faculty
    next week.

7.  NEXT MEETING
    Thursday 17th February 1994, same place and time.

The meeting closed at 7.05 p.m.

Signed ............................ (Chair)     Date ..................
""",
    },
    {
        "id": "928", "split": "holdout9", "date": "2003-10-10", "date_form": "french-written-date",
        "type": "flyer",
        "subjects": ["death penalty", "vigils and demonstrations"],
        "title": "Veillée contre la peine de mort",
        "title_variants": ["Veillée contre la peine de mort: Première Journée mondiale contre la peine de mort"],
        "title_devised": False,
        "audience": [], "language": "fr", "places": [],
        "notes": "A poster: headline, event, few words, no salutation. The date is the event's. No country "
                 "is the subject (a general call).",
        "text": """Seuil International  -  section suisse
Groupe de Genève


          VEILLÉE CONTRE
          LA PEINE DE MORT


     Vendredi 10 octobre 2003, de 18 h à 20 h
     Place du Molard, Genève

     Première Journée mondiale contre la peine de mort


Chaque année, des centaines de personnes sont exécutées dans le
monde, souvent après des procès inéquitables. Aucune justice n'a
besoin de tuer.

Venez avec une bougie. À 19 h, une minute de silence pour toutes
les personnes exécutées cette année.


Renseignements : 022 734 18 60  -  geneve@seuil-suisse.ch
""",
    },
    {
        "id": "945", "split": "holdout9", "date": "1988-11", "date_form": "revision-footer",
        "type": "handout",
        "subjects": ["media work"],
        "title": "Writing to the Press: A Tip Sheet for Groups",
        "title_variants": ["Writing to the Press"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Letters to the editor and press releases are media work, not letter writing. The "
                 "subtitle 'A tip sheet for groups' belongs to the heading. 'Rev. Nov. 1988' footer is the "
                 "date.",
        "text": """THRESHOLD INDIA
Bombay Regional Office  *  14 Marine Lines  *  Bombay 400 020  *  Phone 29 31 07

                         WRITING TO THE PRESS
                         A tip sheet for groups

Newspapers are read by the people whose minds we want to change, and by
the officials we write to. A good letter to the editor costs nothing but
a stamp, and a well-written press note can bring a reporter to your
meeting.

1.  Read the paper you are writing to. Know which page carries letters
    and how long they usually are.

2.  Keep it short: 150 to 200 words. Editors cut long letters, and they
    cut from the end.

3.  Hook it to the news. Write within two days of a story the paper has
    carried, and say so in your first line.

4.  Make one point per letter. Facts first, then what should be done.

5.  Sign with your full name, address and telephone number. Papers will
    not print unsigned letters.

6.  Do not write in the name of Threshold India unless the Regional
    Office has cleared the text. Write as a member or as "a group of
    citizens in Dadar".

7.  Press notes: one page, typed, double-spaced. Who, what, where, when
    and why in the first paragraph. A contact name and telephone number
    at the end. Deliver it by hand to the news desk before 4 p.m.

8.  Follow up. Telephone the next morning. If a reporter comes, give
    him or her a fact sheet and a quiet corner to talk.

Regional papers: Marathi and Gujarati dailies print more letters than the
English press. Ask a member to translate.

                                                          Rev. Nov. 1988
""",
    },
    {
        "id": "959", "split": "holdout9", "date": "1979", "date_form": "season",
        "type": "newsletter",
        "subjects": ["fundraising", "prisoners of conscience", "recruitment", "urgent actions"],
        "title": "The Lamp",
        "title_variants": ["The Lamp, Vol. 7 No. 3, Winter 1979", "The Lamp: Newsletter of Threshold Australia"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["ID"],
        "notes": "A season gives the year only (Winter 1979, an Australian winter). Four items with their "
                 "own subjects: an Indonesian adopted prisoner released (prisoners of conscience, ID), the "
                 "Urgent Action network's call, raffle results (fundraising), welcome evenings for people "
                 "interested in joining (recruitment). The diary's one-liners are in passing; its dates "
                 "(10 December, AGM) are mentions.",
        "text": """THE LAMP
Newsletter of Threshold Australia        Vol. 7  No. 3        Winter 1979
GPO Box 2702, Sydney 2001

IN THIS ISSUE: Prisoner news * Urgent Action network * Raffle * Welcome evenings * Diary

----------------------------------------------------------------------
PRISONER NEWS: PAK SUPARDI IS FREE

The Canberra group has heard from his family that Pak Supardi, the
schoolteacher the group adopted in 1974, was released in June among the
latest batch of prisoners sent home from Buru Island. He was arrested in
1965 and never charged or tried. He is in poor health and has not been
allowed to return to teaching; he must report to the military command
every week. The group will go on writing to him and to the Indonesian
authorities about the restrictions on him. Thousands of others detained
since 1965 are still held. "Fourteen years of letters," says group
convenor Jan Whitlam. "Every one of them counted."

----------------------------------------------------------------------
URGENT ACTION NETWORK NEEDS YOU

When someone is arrested and at risk of torture, the first days count.
The Urgent Action network sends members a short case sheet by post, and
each member sends a telegram or an airmail letter within a few days.
We have 140 members on the network in Australia; we need 300. You don't
have to belong to a group. Write to Helen Carr at the national office
for a sign-up card and a sample appeal.

----------------------------------------------------------------------
RAFFLE RESULTS

Thank you to everyone who sold and bought tickets. The national raffle
raised $1,842.60, which pays for the postage of the whole Urgent Action
network for a year. First prize (a weekend for two at Katoomba) went to
Mrs D. Fenton of Wagga Wagga.

----------------------------------------------------------------------
WELCOME EVENINGS

The Melbourne and Adelaide branches are trying something new: an evening
each month for people who are interested in joining, with a short talk,
a slide show and a chance to meet a local group. Twenty-three people
have come to the first two evenings in Melbourne and eleven have joined.
Other branches wanting the slides and talk notes should ask Melbourne.

----------------------------------------------------------------------
DIARY
  10 December -- Human Rights Day: groups' street stalls
  AGM -- Sydney, date to be announced in the Spring issue
""",
    },
    {
        "id": "951", "split": "holdout9", "date": "2001-05-22", "date_form": "day-month-year-numeric",
        "type": "sign-in sheet",
        "subjects": ["lobbying"],
        "title": "Lobbying Workshop -- Dublin Region: Attendance Sheet",
        "title_variants": ["Lobbying Workshop -- Dublin Region", "Attendance Sheet: Lobbying Workshop -- Dublin Region",
                           "Lobbying Workshop"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "ATTENDANCE SHEET directly above the heading: joined after it. Irish material: 22/5/2001 is "
                 "read day/month. Subject from the heading only; no country in the sheet itself.",
        "text": """THRESHOLD IRELAND

ATTENDANCE SHEET
Lobbying Workshop -- Dublin Region
Tuesday 22/5/2001, Teachers' Club, 36 Parnell Square, 7.30 pm

Please print clearly.

 #  | Name                  | Group / area          | Phone       | E-mail
----+-----------------------+-----------------------+-------------+--------------------------
 1  | Siobhán Kelly         | Rathmines             | 496 2281    | skelly@eircom.net
 2  | Declan Moran          | UCD Students          | 087 2290143 |
 3  | Aoife Brennan         | Dún Laoghaire         | 280 1174    | aoifeb@iol.ie
 4  | Patrick J. Quinlan    | Clontarf              | 833 0952    |
 5  | Mary Ní Bhriain       | Individual member     |             | nibhriain@tcd.ie
 6  | Tom Gahan             | Bray                  | 286 4470    |
 7  | Fiona Lyons           | Rathmines             | 497 5518    | flyons@hotmail.com
 8  | Gerard Hanratty       | Swords                | 840 2237    |
 9  | Nuala Keogh           | DCU Students          | 086 8812001 | nuala.keogh2@mail.dcu.ie
10  | Ken Obi               | Clontarf              | 853 1120    |
11  |                       |                       |             |
12  |                       |                       |             |
13  |                       |                       |             |
14  |                       |                       |             |
""",
    },
    {
        "id": "930", "split": "holdout9", "date": "2001-05-14", "date_form": "day-month-year-numeric",
        "type": "memo",
        "subjects": ["media work", "petitions", "refugees", "vigils and demonstrations"],
        "title": "World Refugee Day, 20 June 2001 -- group activities",
        "title_variants": ["World Refugee Day, 20 June 2001: Group Activities", "World Refugee Day -- group activities",
                           "[Memo from the Campaigns Officer to group coordinators about World Refugee Day activities]"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": ["KE"],
        "notes": "Memo form: the RE line is the title. Kenyan material: 14/05/2001 read day/month; the "
                 "memo's date wins over World Refugee Day (20 June) and the petition deadline (30 June). "
                 "The list of activities gives vigils, petitions (to the Minister) and media work; the "
                 "speaker bullet is not a public-speaking skill. KE: Kenya's camps and the lack of a national "
                 "refugee law. A one-off day, not a campaign of the organisation: no campaigning.",
        "text": """THRESHOLD KENYA
National Office  *  P.O. Box 51342, Nairobi  *  Tel. 02-228714  *  Fax 02-228716

                              MEMORANDUM

TO:      Group Coordinators
FROM:    Wanjiku Mbugua, Campaigns Officer
DATE:    14/05/2001
RE:      World Refugee Day, 20 June 2001 -- group activities

The UN General Assembly has decided that 20 June will be observed every
year as World Refugee Day, starting this year. Kenya hosts well over
200,000 refugees, most of them in Kakuma and Dadaab camps, and still has
no national refugee law: refugees depend on UNHCR registration and on
the goodwill of officials. Arrests of refugees found outside the camps
without papers have increased since January.

We ask every group to organise at least one of the following in the week
of 18-23 June:

  *  A candle-lit vigil in a public place, with the banner and
     placards sent to each group last year.
  *  Collect signatures on the enclosed petition to the Minister for
     Home Affairs asking for a national refugee law that respects the
     1951 Convention. Each sheet takes 20 names.
  *  Invite your local newspaper and radio station. A model press
     release is enclosed; fill in your town, time and contact name.
  *  Ask a speaker from the refugee community to address your group
     or a school (the National Office can suggest names).

Please return completed petition sheets to the National Office by
30 June so that they can be handed in together.

Thank you.

WM/jk
Encl. (2): petition sheet; model press release
""",
    },
    {
        "id": "907", "split": "holdout9", "date": "1992-10-24", "date_form": "spanish-day-range",
        "type": "evaluation form",
        "subjects": ["children's rights", "equality and non-discrimination", "human rights education"],
        "title": "Taller de Educación en Derechos Humanos para Docentes",
        "title_variants": ["Taller de Educación en Derechos Humanos para Docentes: Hoja de Evaluación"],
        "title_devised": False,
        "audience": ["educators"], "language": "es", "places": [],
        "notes": "HOJA DE EVALUACIÓN is separated from the heading by the date line: a section label, the "
                 "joined form a variant. A range takes its start (24 y 25 de octubre). Rated sessions give "
                 "children's rights and equality and non-discrimination as well as human rights education. "
                 "For teachers (docentes): educators. The second workshop 'en 1993' is a mention.",
        "text": """UMBRAL INTERNACIONAL  -  SECCIÓN CHILENA
Huérfanos 1373, of. 607  ·  Santiago  ·  Fono 698 3221


TALLER DE EDUCACIÓN EN DERECHOS HUMANOS PARA DOCENTES
Santiago, 24 y 25 de octubre de 1992

HOJA DE EVALUACIÓN

Le rogamos completar esta hoja antes de retirarse. No es necesario firmar.

1.  En general, el taller le pareció:
       [ ] Muy bueno    [ ] Bueno    [ ] Regular    [ ] Malo

2.  Califique cada sesión (1 = poco útil, 5 = muy útil):
    a) La Declaración Universal en la sala de clases ........ 1  2  3  4  5
    b) Metodologías participativas: juego de roles y casos .. 1  2  3  4  5
    c) Los derechos del niño en la escuela .................. 1  2  3  4  5
    d) Tolerancia y no discriminación en el aula ............ 1  2  3  4  5

3.  ¿Qué fue lo más útil para su trabajo con los alumnos?
    ______________________________________________________________
    ______________________________________________________________

4.  ¿Qué cambiaría o agregaría?
    ______________________________________________________________
    ______________________________________________________________

5.  ¿Los materiales entregados le servirán en su colegio?
       [ ] Sí     [ ] En parte     [ ] No

6.  ¿Le interesaría participar en un segundo taller en 1993?
       [ ] Sí     [ ] No

    Colegio / comuna (optativo): ___________________________________

¡Muchas gracias!
""",
    },
    {
        "id": "957", "split": "holdout9", "date": "1987", "date_form": "year-in-title",
        "type": "report",
        "subjects": ["campaigning", "fundraising", "group development", "group organizing", "human rights education",
                     "recruitment", "torture"],
        "title": "Annual Report 1987",
        "title_variants": ["Annual Report", "Threshold Ireland Annual Report 1987"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "No date of issue: the year it reports on. Each section is a paragraph or more: membership "
                 "drive (recruitment), new groups founded (group organizing), the secretaries' weekend on "
                 "planning the year and keeping members active (group development), the section's Stop "
                 "Torture Now campaign (torture, campaigning; the signatures are one clause, in passing), "
                 "schools work (human rights education), income from subscriptions and collections "
                 "(fundraising). Dates mentioned: March launch, 31 December, 1986 figures.",
        "text": """THRESHOLD IRELAND
Irish Section of Threshold International
11 Harcourt Street, Dublin 2

                          ANNUAL REPORT 1987

CHAIRPERSON'S INTRODUCTION
1987 was the busiest year in the Section's fifteen years. We grew, we
opened new groups, and our campaign against torture reached more people
in Ireland than anything we have done before. My thanks to every member,
and to the staff, who did far more than we pay them for.
                                                     -- Máire Ó Dálaigh

MEMBERSHIP
At 31 December membership stood at 1,412, against 1,190 at the end of
1986. Most of the increase came from the autumn membership drive: stands
at the Ploughing Championships and the Galway Arts Festival, talks to
parish and trade union meetings, and a leaflet inserted in two Sunday
papers, which alone brought 96 new members.

GROUPS
Three new local groups were founded, in Sligo, Tralee and at University
College Cork, bringing the number of groups to 24. Each was helped
through its first meetings by a member of the Groups Committee, who
attended, explained the structure and helped choose officers.

In May, 31 group secretaries and chairpersons met in Athlone for a
weekend on planning a group's year, sharing out tasks and keeping
members active after the first enthusiasm. Groups that sent people to
Athlone report better attendance since.

CAMPAIGN AGAINST TORTURE
The Section's main campaign, "Stop Torture Now", was launched in March
at the Mansion House. Groups held street events in 19 towns, collected
more than 4,000 signatures and wrote to the governments of the seven
countries featured. Two survivors of torture spoke on a national tour
in October. The campaign materials are being revised for 1988.

SCHOOLS
Volunteers gave 112 classroom sessions on human rights in secondary
schools, mostly to Transition Year and Leaving Certificate classes.
A teachers' pack is in preparation with the Curriculum Development Unit.

FINANCE
Income was IR£38,420: subscriptions 52%, donations and the Christmas
appeal 27%, church-gate collections and group events 21%. Thanks to the
groups who ran 41 collections during the year.
""",
    },
    {
        "id": "944", "split": "holdout9", "date": "1998-12-12", "date_form": "day-month-year",
        "type": "slides",
        "subjects": ["letter writing", "lobbying", "petitions", "police and human rights", "torture"],
        "title": "Torture and Deaths in Police Custody: What Members Need to Know",
        "title_variants": ["Torture and Deaths in Police Custody"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["IN"],
        "notes": "Overheads with a title overhead; the running line naming the training and its date is not "
                 "the title but gives the presentation date. 'What groups can do' bullets: appeal letters, "
                 "signatures (petitions), meeting MLAs and MPs (lobbying). IN: Indian law and police. The "
                 "1996 judgment and 1997 signature are mentions.",
        "text": """THRESHOLD INDIA -- Karnataka Members' Training -- Bangalore, 12 December 1998


OVERHEAD 1

      TORTURE AND DEATHS IN POLICE CUSTODY
      What members need to know


OVERHEAD 2
  The problem
   - Deaths in police and judicial custody reported to the NHRC every
     year run into the hundreds
   - Torture is used to extract confessions and to punish
   - Victims are mostly poor; few cases reach court


OVERHEAD 3
  The law
   - Article 21 of the Constitution: right to life and personal liberty
   - D.K. Basu v. State of West Bengal (1996): eleven requirements on
     arrest and detention
   - India signed the UN Convention against Torture in 1997 -- but has
     not ratified it


OVERHEAD 4
  Police and human rights
   - Arrest memo signed by a witness; relative informed
   - Medical examination every 48 hours in custody
   - Police training on interrogation without force
   - Independent inquiry into every death in custody


OVERHEAD 5
  What groups can do
   - Write appeal letters on the cases in the monthly bulletin
   - Collect signatures asking Parliament to ratify the Convention
   - Meet your MLA and MP: ask what they will do
""",
    },
    {
        "id": "908", "split": "holdout9", "date": "2006", "date_form": "copyright",
        "type": "worksheet",
        "subjects": ["fundraising", "group development", "recruitment"],
        "title": "Planning Your Group's Year: A Worksheet for Group Convenors",
        "title_variants": ["Planning Your Group's Year"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "A form with blanks for the group's own planning. Questions on new members (recruitment), "
                 "income lines (fundraising), goals, calendar and keeping members involved (group "
                 "development). '© Threshold Australia 2006' is the date. For group convenors: local groups. "
                 "The series line is not the title.",
        "text": """PLANNING YOUR GROUP'S YEAR
A worksheet for group convenors

Threshold Australia -- Group Resources Series, No. 4

Use this sheet at your group's first meeting of the year. Fill it in
together, keep a copy, and send one to your state branch.

1.  WHERE ARE WE NOW?
    Members on our list: ______    Members who came to half our
    meetings or more last year: ______
    What went well last year? ____________________________________
    What didn't? __________________________________________________

2.  OUR THREE GOALS FOR THE YEAR
    1. __________________________________________________________
    2. __________________________________________________________
    3. __________________________________________________________

3.  NEW MEMBERS
    How many new members do we want by December? ______
    Where will we find them? (market stall, uni O-Week, church,
    workplace, friends) ____________________________________________
    Who will welcome and follow up new people? ____________________

4.  MONEY
    +-----------------------------+-----------+----------------------+
    | Income                      | Target $  | Who is responsible   |
    +-----------------------------+-----------+----------------------+
    | Members' contributions      |           |                      |
    | Stall / sausage sizzle      |           |                      |
    | Appeal to supporters        |           |                      |
    | Other: ______________       |           |                      |
    | TOTAL                       |           |                      |
    +-----------------------------+-----------+----------------------+

5.  OUR CALENDAR
    +--------+------------------+-------------------------+----------+
    | Month  | Meeting date     | Action or event         | Lead     |
    +--------+------------------+-------------------------+----------+
    | Feb    |                  |                         |          |
    | Mar    |                  |                         |          |
    | ...    |                  |                         |          |
    | Dec    |                  |                         |          |
    +--------+------------------+-------------------------+----------+

6.  KEEPING PEOPLE INVOLVED
    What will we do so that members keep coming after March?
    ____________________________________________________________

(c) Threshold Australia 2006. Groups may copy this sheet freely.
""",
    },
    {
        "id": "947", "split": "holdout9", "date": "1977-05-12", "date_form": "french-written-date",
        "type": "letter",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "[Letter from the Senegalese Section to members about an adopted prisoner in Guinea]",
        "title_variants": ["[Lettre de la section sénégalaise aux membres au sujet d'un prisonnier adopté en Guinée]",
                           "[Letter to members about an adopted prisoner in Guinea]"],
        "title_devised": True,
        "audience": [], "language": "fr", "places": ["GN"],
        "notes": "A letter sent to members ('Chers membres'): devised title; members in general are not an "
                 "audience term. A paragraph on how to write the appeals gives letter writing. The request "
                 "for a fair trial is in passing. Dates mentioned: arrest 1971, end of June deadline.",
        "text": """SEUIL INTERNATIONAL
Section sénégalaise
B.P. 3412  --  Dakar  --  Tél. 21-46-07


                                        Dakar, le 12 mai 1977


Chers membres,

Depuis le début de l'année, notre section a reçu en adoption le cas de
M. Ibrahima Sow, instituteur guinéen arrêté à Labé en 1971 et détenu
depuis, sans avoir jamais été jugé, au camp Boiro à Conakry. Sa famille
n'a reçu aucune nouvelle de lui depuis plus de deux ans. Selon les
informations recueillies par le Secrétariat international, il a été
arrêté pour avoir refusé de dénoncer des collègues lors des arrestations
qui ont suivi l'attaque de novembre 1970. Il n'a jamais usé de violence.

Nous vous demandons d'écrire, avant la fin du mois de juin :
   -- au Président de la République, Conakry ;
   -- au Ministre de la Justice, Conakry.

Quelques conseils : vos lettres doivent être courtes, courtoises et
écrites à titre personnel. Ne faites pas de politique et ne critiquez
pas le gouvernement ; demandez simplement des nouvelles de M. Sow et
sa libération, ou à défaut qu'il soit jugé. N'indiquez pas que vous
êtes membre de Seuil International. Écrivez de préférence à la main.
Affranchissez au tarif avion.

Ceux qui le souhaitent peuvent aussi envoyer une carte de voeux à sa
famille à l'adresse jointe, sans parler de politique.

Merci de nous faire parvenir une copie des réponses éventuelles.

Veuillez agréer, chers membres, l'expression de nos sentiments
fraternels.

                                   Le secrétaire de la section,
                                   [signé]
                                   Abdoulaye Diop
""",
    },
    {
        "id": "937", "split": "holdout9", "date": "1991", "date_form": "edition-line",
        "type": "manual",
        "subjects": ["fundraising", "group organizing", "media work", "prisoners of conscience", "urgent actions"],
        "title": "Group Handbook",
        "title_variants": ["Threshold Kenya Group Handbook"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "A handbook with a table of contents and chapters; the chapter headings of the contents "
                 "list count as headings (starting a group and running meetings: group organizing; "
                 "prisoners; Urgent Action network; raising money; newspapers and radio: media work). "
                 "'Second edition, 1991' wins over the first edition (1984) named in the foreword. Written "
                 "for groups. The scan holds the contents, foreword and the first two chapters.",
        "text": """                         THRESHOLD KENYA

                         GROUP HANDBOOK

                      Second edition, 1991

          P.O. Box 51342, Nairobi  --  Telephone 228714


CONTENTS

Foreword ................................................... 1
Chapter 1   Starting a group ............................... 2
Chapter 2   Running your meetings .......................... 4
Chapter 3   Working for prisoners .......................... 7
Chapter 4   The Urgent Action network ..................... 11
Chapter 5   Raising money .................................. 14
Chapter 6   Working with newspapers and radio .............. 17
Appendix    Useful addresses ............................... 20


FOREWORD
This handbook was first issued in 1984, when Threshold Kenya had six
groups. There are now twenty-two, in eleven towns and four colleges.
This edition adds a chapter on the Urgent Action network and brings the
addresses up to date. Keep it, lend it to new members, and tell the
National Office what is missing.
\f
                                 - 2 -

CHAPTER 1: STARTING A GROUP

1.1  Who can start a group
     Any five members of Threshold Kenya living or studying in the same
     area may form a group. At least one should have attended a
     national or regional training day.

1.2  The first meeting
     Book a free room (church hall, school, college common room).
     Invite everyone you know who has shown interest. Keep the meeting
     to ninety minutes: introductions, what Threshold does, what a group
     does, and choosing officers.

1.3  Officers
     Every group needs a chairperson, a secretary, a treasurer and a
     casework coordinator who looks after the group's prisoner files.
     Officers serve for one year and may be re-elected once.

1.4  Registering with the National Office
     Send the names and addresses of the officers and members, and the
     group's first-year plan, to the National Office. You will receive
     your group number, the current casework and a supply of leaflets.
\f
                                 - 4 -

CHAPTER 2: RUNNING YOUR MEETINGS

2.1  Meet regularly: once a month at least, same day and place.
2.2  Send an agenda a week ahead. Keep the agenda short; put the
     prisoner work near the top, not at the end when people are tired.
2.3  Take minutes. Record decisions and who will do what by when.
2.4  Give everyone a task, however small. Members who have nothing to
     do stop coming.
2.5  Never discuss the internal politics of Kenya as a group: Threshold
     groups do not work on their own country's cases.
""",
    },
    {
        "id": "912", "split": "holdout9", "date": "1999-04-16", "date_form": "spanish-day-range",
        "type": "agenda",
        "subjects": ["campaigning", "fundraising", "indigenous peoples", "media work", "urgent actions",
                     "women's rights"],
        "title": "Encuentro Nacional de Grupos 1999",
        "title_variants": ["Encuentro Nacional de Grupos", "Encuentro Nacional de Grupos 1999: Programa"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["PE"],
        "notes": "PROGRAMA is separated from the heading by the date/venue line: a section label. The year "
                 "attached to the heading is part of the title. Range: start day. The launch session of the "
                 "section's campaign 'Mujeres sin violencia' gives campaigning and women's rights. PE from "
                 "the session on Asháninka communities of the Peruvian Amazon. A national meeting of groups: "
                 "no audience. 'Plan de trabajo 2000' is a mention.",
        "text": """UMBRAL INTERNACIONAL  -  SECCIÓN PERUANA


                ENCUENTRO NACIONAL DE GRUPOS 1999

                Arequipa, 16 y 17 de abril de 1999
           Casa de Retiro San José, Av. Goyeneche 314


                            PROGRAMA


VIERNES 16

15:00   Inscripción y entrega de materiales
16:00   Inauguración: palabras de la Presidenta de la Sección,
        Dra. Carmen Rosa Villanueva
16:30   Lanzamiento de la campaña "Mujeres sin violencia":
        objetivos, materiales y calendario de acciones de la campaña
18:00   Pueblos indígenas de la Amazonía: los derechos de las
        comunidades asháninkas del río Ene después de la violencia
19:30   Cena de confraternidad


SÁBADO 17

 9:00   Talleres simultáneos
        A.  Recaudación de fondos para grupos locales
        B.  Cómo trabajar con la prensa y la radio local
        C.  La red de Acciones Urgentes: cómo responder en 48 horas
11:00   Refrigerio
11:30   Plenaria: informe de los talleres
13:00   Almuerzo
15:00   Plenaria: plan de trabajo 2000 y elección del comité
17:00   Clausura


Los grupos de provincia que necesiten alojamiento deben comunicarse
con la Secretaría (Lima, tel. 427-4415) antes del 2 de abril.
""",
    },
    {
        "id": "915", "split": "holdout9", "date": "2008-08-03", "date_form": "weekday-day-month-year",
        "type": "evaluation form",
        "subjects": ["public speaking"],
        "title": "Public Speaking Skills Workshop: Participant Evaluation",
        "title_variants": ["Public Speaking Skills Workshop", "Participant Evaluation: Public Speaking Skills Workshop"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "The generic line 'Participant Evaluation' stands directly under the heading: joined after "
                 "it. Every question is about the public-speaking workshop (the speakers' panel question "
                 "included).",
        "text": """Threshold Australia -- Victoria Branch

PUBLIC SPEAKING SKILLS WORKSHOP
Participant Evaluation

Sunday 3 August 2008, Ross House, 247 Flinders Lane, Melbourne

Please circle one number for each statement
(1 = strongly disagree ... 5 = strongly agree)

1.  The workshop met my expectations.                      1  2  3  4  5
2.  The practice talks in small groups were useful.        1  2  3  4  5
3.  The feedback I received on my own talk was helpful.    1  2  3  4  5
4.  I now feel more confident speaking to a school class
    or a community group.                                  1  2  3  4  5
5.  The session on handling hostile questions was useful.  1  2  3  4  5
6.  The presenters were well prepared.                     1  2  3  4  5

7.  What was the most useful part of the day?
    ___________________________________________________________________

8.  What could we improve?
    ___________________________________________________________________

9.  Would you join the Branch speakers' panel?   Yes   No   Maybe
    If yes, name and phone: ___________________________________________

Thank you! Please leave this form in the box by the door.
""",
    },
    {
        "id": "918", "split": "holdout9", "date": "1979-03-15", "date_form": "written-ordinal-day",
        "type": None,
        "subjects": ["human rights education"],
        "title": "Certificate",
        "title_variants": ["[Certificate of attendance at the Training Course for Human Rights Educators, Madras, 1979]",
                           "Training Course for Human Rights Educators"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "A certificate: a kind the type list lacks, so type null. Its heading is only the generic "
                 "word, transcribed as all the document has; a devised form is a variant. Its own date is "
                 "the line 'Given at Madras this fifteenth day of March 1979'; the course dates (12 to 15 "
                 "March) are the event's. The course it certifies (human rights educators) is the whole "
                 "content: human rights education (a call; another labeller might give no subject).",
        "text": """                              THRESHOLD INDIA
                    Indian Section of Threshold International


                               CERTIFICATE


                        This is to certify that

                         SMT. KAMALA RAGHAVAN

                          of the Madras Group

        has attended the Training Course for Human Rights Educators
        held at Loyola College, Madras, from 12 to 15 March 1979,
        and is qualified to lead introductory sessions on human
        rights for groups, schools and colleges on behalf of the
        Section.


              Given at Madras this fifteenth day of March 1979.



      ........................            ........................
          Chairman                            Course Director
""",
    },
    {
        "id": "925", "split": "holdout9", "date": "1972-11-14", "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "[Letter from the Irish Section to the Cork Group about a new adopted prisoner in the USSR]",
        "title_variants": ["[Letter to the Cork Group secretary about the adoption of a Soviet prisoner]"],
        "title_devised": True,
        "audience": ["local groups"], "language": "en", "places": ["SU"],
        "notes": "FILE COPY of a letter sent; devised title. Addressed to one group's secretary: local "
                 "groups. The paragraph on how the group should write (whom, tone, copies) gives letter "
                 "writing. USSR takes SU. Dates mentioned: sentence April 1971; reports every three months.",
        "text": """FILE COPY

THRESHOLD IRELAND
Irish Section of Threshold International
11 Harcourt Street, Dublin 2                         Telephone 75 23 41


14th November, 1972


Mrs. Eileen Fitzgerald,
Secretary, Cork Group,
"Rosemount", Douglas Road,
Cork.


Dear Mrs. Fitzgerald,

I am glad to tell you that the International Secretariat has allocated
to the Cork Group a new prisoner for adoption: Mr. Yuri Alekseyevich
Petrenko, an engineer from Kharkov, sentenced in April 1971 to three
years in an ordinary-regime labour camp under Article 187-1 of the
Ukrainian Criminal Code for circulating typed copies of poems and of
a letter in defence of arrested friends. He is now held in a camp in
the Perm region. He has used no violence and has advocated none.

The dossier is enclosed. Please read it carefully before the group
writes. Letters should go to the Procurator-General of the USSR and to
the Procurator of the Ukrainian S.S.R. (addresses on the dossier). They
should be courteous and brief, ask for his release and for his health
to be looked after, and should not be political in tone. Members may
also send a card to his wife in Kharkov, saying only that they are
thinking of her family. Please send us a copy of every letter.

I would ask the group to report to us every three months, and at once
if any reply is received.

With every good wish to the group,

Yours sincerely,

                        [signed]
Brendan Nolan
Hon. Secretary

BN/mc
Encl.
cc. Adoption Co-ordinator
""",
    },
    {
        "id": "904", "split": "holdout9", "date": None, "date_form": "none",
        "type": "handout",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Actions urgentes : questions et réponses",
        "title_variants": ["Actions urgentes"],
        "title_devised": False,
        "audience": [], "language": "fr", "places": [],
        "notes": "A Q&A sheet with a tear-off sign-up coupon: a handout (the coupon is not a worksheet "
                 "exercise). No date anywhere (mention of fax is no date). The section 'Comment écrire ?' "
                 "gives letter writing beside urgent actions.",
        "text": """SEUIL INTERNATIONAL  -  section suisse
Case postale 2174, 3001 Berne  -  Tél. 031 312 44 09

          ACTIONS URGENTES : QUESTIONS ET RÉPONSES

Qu'est-ce qu'une action urgente ?
   Quand une personne vient d'être arrêtée et risque la torture, une
   « disparition » ou une exécution, Seuil International diffuse en
   quelques heures un appel à un réseau de membres dans le monde
   entier. Chacun écrit aussitôt aux autorités concernées.

Qui peut participer ?
   Tout membre, même s'il ne fait pas partie d'un groupe. Il suffit
   de pouvoir écrire une lettre par mois environ.

Comment écrire ?
   *  Écrivez dans les 48 heures : après une semaine, il est souvent
      trop tard.
   *  Une page au plus, polie et précise : nom de la personne, date de
      l'arrestation, ce que vous demandez.
   *  Ne parlez pas des opinions politiques de la personne.
   *  Envoyez votre lettre par avion, par fax ou par télégramme si
      l'appel le demande.

Combien cela coûte-t-il ?
   Le prix des timbres. La section rembourse les fax sur demande.

Et ensuite ?
   Nous vous tenons informé des suites : libérations, nouvelles
   inquiétudes, réponses des autorités.

---------------------------------------------------------------------
Je souhaite faire partie du réseau Actions urgentes.

Nom, prénom : ____________________________________________
Adresse : ________________________________________________
Langues dans lesquelles je peux écrire : ___________________
""",
    },
    {
        "id": "911", "split": "holdout9", "date": "2002-06-05", "date_form": "spanish-weekday-written-date",
        "type": "report",
        "subjects": ["fundraising", "human rights defenders", "indigenous peoples", "petitions"],
        "title": "Acta de Reunión",
        "title_variants": ["Grupo Valparaíso: Acta de Reunión", "[Minutes of the Valparaíso group meeting of 5 June 2002]"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["CL", "CO"],
        "notes": "Minutes are report; the heading 'Acta de Reunión' is transcribed, the group name and date "
                 "line are not part of it. Items: a Colombian human rights defender's case (CO), the group's "
                 "petition on Mapuche communities (indigenous peoples, petitions, CL), a bingo (fundraising). "
                 "The letters agreed inside the defender item are in passing. Dates mentioned: 20 de junio bingo, next meeting 3 de julio.",
        "text": """UMBRAL INTERNACIONAL - SECCIÓN CHILENA
Grupo Valparaíso (Nº 7)

ACTA DE REUNIÓN
Miércoles 5 de junio de 2002, 19:30 hrs., sede de calle Blanco 1131, 2º piso

Asistentes: Paula Henríquez (coordinadora), Marcelo Soto, Javiera Fuentes,
Ignacio Rojas, Carmen Gloria Saavedra, Héctor Núñez, Daniela Ortiz.
Excusas: Roberto Lagos.

1.  Lectura del acta anterior. Se aprueba sin observaciones.

2.  Caso del grupo: Luz Marina Cárdenas (Colombia).
    Marcelo informa que la defensora de derechos humanos de Barrancabermeja
    recibió nuevas amenazas de muerte en mayo, después de denunciar a un
    grupo paramilitar. La organización en la que trabaja pide cartas a las
    autoridades colombianas exigiendo protección efectiva.
    Acuerdo: enviar cartas al Vicepresidente y al Fiscal General esta semana.
    Responsable: Marcelo.

3.  Petición sobre comunidades mapuche.
    Javiera presenta el texto de la petición al Ministro del Interior por la
    aplicación de la ley antiterrorista a dirigentes mapuche de Ercilla.
    Se discute si el grupo puede trabajar sobre un caso chileno; la
    coordinación nacional lo autorizó. Llevamos 312 firmas; la meta es
    1.000 para fines de julio.
    Acuerdo: mesa de firmas los sábados en la plaza Victoria.
    Responsables: Javiera e Ignacio.

4.  Finanzas.
    Saldo en caja: $ 48.300. Se acuerda organizar un bingo el jueves 20 de
    junio en la parroquia de Playa Ancha para financiar los envíos y el
    viaje al encuentro nacional. Cada miembro consigue dos premios.
    Responsable: Carmen Gloria.

5.  Varios. Daniela enviará el acta por correo electrónico.

Próxima reunión: miércoles 3 de julio, misma hora.

Se levanta la sesión a las 21:15.
                                          Héctor Núñez, secretario de actas
""",
    },
    {
        "id": "936", "split": "holdout9", "date": "2004-03", "date_form": "month-year",
        "type": "trainer guide",
        "subjects": ["campaign planning", "facilitation"],
        "title": "Session Guide: Planning a Campaign in Your Group",
        "title_variants": ["Planning a Campaign in Your Group", "Planning a Campaign in Your Group: Session Guide"],
        "title_devised": False,
        "audience": ["local groups", "trainers"], "language": "en", "places": [],
        "notes": "Addressed to the trainer (objectives, timings, 'Say:', 'Divide into groups'); the "
                 "participants are group members (local groups). The session teaches planning a campaign "
                 "(objectives, targets, tactics, timeline): campaign planning, not campaigning. The 'Notes "
                 "for the facilitator' section gives facilitation. 'Training Unit, March 2004' is the issue "
                 "date. The example objective about a police station and the one-sentence list of tactics only illustrate.",
        "text": """THRESHOLD KENYA  --  TRAINING UNIT
P.O. Box 51342 - 00200 Nairobi  |  Tel. 020 222 8714  |  training@thresholdkenya.or.ke

SESSION GUIDE: PLANNING A CAMPAIGN IN YOUR GROUP

Training Unit, March 2004

Length:        3 hours (with a 15-minute break)
Participants:  8 to 25 members of local groups
Materials:     flipchart paper, markers, masking tape, copies of the
               Campaign Planning Grid (Annex 1), sticky notes in 3 colours

OBJECTIVES
By the end of the session participants will be able to:
  1. state a campaign objective that is specific and can be achieved;
  2. name the person or body who can make the change (the target);
  3. choose tactics that fit the target and the group's resources;
  4. draw up a simple timeline with tasks and names.

STEP 1 -- Warm-up (15 min)
Ask the participants: "Think of a time when someone in your community
changed a decision made by a powerful person. What did they do?"
Take four or five stories. Write the actions on the flipchart.

STEP 2 -- From problem to objective (30 min)
Say: "A problem is not an objective. 'Police brutality' is a problem.
'The OCS at our station publishes the names of officers disciplined
each month' is an objective."
Divide into groups of four or five. Each group chooses one problem its
members know well and turns it into an objective. Check each one: Is it
specific? Can we tell when we have won? Can we win it within a year?

STEP 3 -- Who decides? (30 min)
Explain the difference between the target (who can say yes) and allies
(who can influence the target). Each group lists its target and three
allies on sticky notes and places them on a wall chart from "strongly
with us" to "strongly against us".

BREAK (15 min)

STEP 4 -- Choosing tactics (40 min)
Hand out the list of tactics (letters, delegations, petitions, media,
public events). Groups choose no more than three, and explain why each
one will move their target. Ask: "What will it cost? Who will do it?"
\f
Session Guide: Planning a Campaign                                   2

STEP 5 -- The timeline (30 min)
Groups fill in the Campaign Planning Grid: month by month, what
happens, who is responsible, what it needs. Ask each group to find one
"milestone" at which they will stop and review.

STEP 6 -- Report back and close (20 min)
Each group presents its plan in three minutes. Others ask one question
each. Close by asking every participant to name one thing he or she
will do in the next two weeks.

NOTES FOR THE FACILITATOR
  *  Keep groups mixed: old and new members, men and women.
  *  Watch the time in Step 2; groups love to discuss the problem and
     never reach the objective. Give a five-minute warning.
  *  If a participant dominates, give him or her the marker and the job
     of writing for the group.
  *  Do not correct plans yourself. Ask questions until the group sees
     the gap.
  *  Collect the grids at the end and send copies to the groups within
     a week; they are the group's plan, not the trainer's.

Annex 1: Campaign Planning Grid (separate sheet)
""",
    },
    {
        "id": "942", "split": "holdout9", "date": "1986-02-05", "date_form": "day-month-year",
        "type": "report",
        "subjects": ["coalition building", "media work", "women's rights"],
        "title": "Report of the Regional Workshop on Women's Rights and Dowry Violence",
        "title_variants": ["Regional Workshop on Women's Rights and Dowry Violence",
                           "Report of the Regional Workshop on Women's Rights and Dowry Violence, Pune"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["IN"],
        "notes": "A report's own date of issue ('Submitted 5 February 1986') wins over the workshop's dates "
                 "(18-19 January). Sessions reported: the law on dowry (women's rights, IN), working with "
                 "women's organisations (coalition building), getting cases into the press (media work). "
                 "The 1961 Act and 1984 amendment are mentions.",
        "text": """THRESHOLD INDIA
Western Region  --  c/o 22 Prabhat Road, Pune 411 004

REPORT OF THE REGIONAL WORKSHOP ON
WOMEN'S RIGHTS AND DOWRY VIOLENCE
Pune, 18-19 January 1986

1. Participation
   Thirty-four members from eleven groups in Maharashtra and Goa took
   part, with four guests from women's organisations in Pune and Bombay.
   Two-thirds of participants were women.

2. The law and its failures
   Adv. Sunanda Kulkarni described the Dowry Prohibition Act, 1961, and
   the 1984 amendment, and explained why so few "kitchen fire" deaths
   lead to conviction: delay in registering cases, dying declarations
   recorded by police in the presence of the husband's family, and
   pressure on the woman's own parents. Participants discussed the
   proposed changes to the Evidence Act and agreed that the Section
   should support them.

3. Working with women's organisations
   Participants agreed that Threshold groups are new to this work and
   must not act alone. The session looked at how groups can join local
   forums against dowry with women's organisations, share information
   and speak together, while keeping Threshold's rules on impartiality.
   The Pune and Kolhapur groups will each approach one organisation
   before April.

4. The press
   Ms Rekha Joshi (Indian Express) advised groups on getting cases
   reported: check every fact with the family, never give a victim's
   name without consent, and offer the reporter a lawyer who can speak
   on the law.

5. Recommendations
   a) A fact sheet on dowry violence in Marathi and English.
   b) A second workshop in Nagpur before the end of the year.
   c) Each group to nominate one member to liaise with women's forums.

Submitted to the Section Executive Committee, 5 February 1986
Lata Deshpande, Regional Coordinator
""",
    },
    {
        "id": "940", "split": "holdout9", "date": "1991-03", "date_form": "french-month-year",
        "type": "newsletter",
        "subjects": ["fundraising", "recruitment", "refugees", "women's rights"],
        "title": "Le Relais",
        "title_variants": ["Le Relais, n° 14, mars 1991", "Le Relais: Bulletin de la section sénégalaise"],
        "title_devised": False,
        "audience": [], "language": "fr", "places": ["MR", "SN"],
        "notes": "Masthead and issue date 'mars 1991'. Items: Mauritanian refugees in the Senegal river "
                 "valley (refugees; MR for the expulsions, SN for the camps), a women's rights training on "
                 "the Family Code (SN), a day for new members (recruitment), a call to pay dues "
                 "(fundraising). The calendar's dates (avril 1989, 31 mars) are mentions.",
        "text": """LE RELAIS
Bulletin de la section sénégalaise de Seuil International
N° 14  --  mars 1991            B.P. 3412, Dakar  --  Tél. 21 46 07

=====================================================================
RÉFUGIÉS MAURITANIENS : DEUX ANS APRÈS

Depuis les événements d'avril 1989, plus de 50 000 Mauritaniens noirs,
expulsés de leur pays ou enfuis, vivent dans des camps le long du fleuve
Sénégal, de Dagana à Bakel. Une délégation de la section s'est rendue en
janvier dans les camps de Ndioum et de Dodel. Les réfugiés manquent
d'eau et de soins ; beaucoup n'ont aucun papier et ne peuvent pas
prouver leur nationalité. La section demande au Haut-Commissariat de
garantir leur enregistrement et à la Mauritanie de permettre un retour
volontaire dans la sécurité.

=====================================================================
FORMATION : LES DROITS DES FEMMES ET LE CODE DE LA FAMILLE

Vingt-deux militantes et militants de Kaolack, Fatick et Thiès ont
participé les 9 et 10 février à une formation sur les droits des
femmes dans le Code de la famille sénégalais : mariage, polygamie,
divorce, héritage. Me Awa Ndiaye a présenté les articles qui restent
discriminatoires. Une deuxième session aura lieu à Ziguinchor.

=====================================================================
JOURNÉE D'ACCUEIL DES NOUVEAUX MEMBRES

Vous connaissez quelqu'un qui s'intéresse aux droits humains ? Amenez-le
à la journée d'accueil du samedi 20 avril au Centre Culturel de Dakar :
présentation de la section, rencontre avec les groupes, projection. Le
groupe de Dakar-Plateau a recruté ainsi quinze membres l'an dernier.

=====================================================================
COTISATIONS 1991

La section vit des cotisations de ses membres. Merci de régler la vôtre
(2 000 F CFA, étudiants 500 F CFA) avant le 31 mars auprès du trésorier
de votre groupe.
""",
    },
    {
        "id": "920", "split": "holdout9", "date": "1976-10-12", "date_form": "weekday-day-month-year",
        "type": "flyer",
        "subjects": ["recruitment"],
        "title": "New Members' Night",
        "title_variants": ["Threshold Ireland Galway Group: New Members' Night"],
        "title_devised": False,
        "audience": ["new members"], "language": "en", "places": [],
        "notes": "A poster with a headline and no salutation: flyer. Its date is the event's. Addressed to "
                 "people who may join (new members). The list of what the group does only illustrates why "
                 "to join.",
        "text": """          THRESHOLD IRELAND -- GALWAY GROUP


               NEW MEMBERS' NIGHT


     Do you care about people imprisoned for what they believe?
     Come and find out what you can do.


          Tuesday 12th October 1976 at 8 p.m.
          Upstairs in the Imperial Hotel, Eyre Square


     * Meet the group      * Hear about our prisoners
     * Find out how a few letters a month can help


          Everybody welcome -- tea and biscuits


   Enquiries: Nora Furey, 9 Lower Salthill, Galway (tel. 22419)
""",
    },
    {
        "id": "914", "split": "holdout9", "date": "1973-03-18", "date_form": "running-line-day-month-year",
        "type": "worksheet",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Drafting an Appeal Letter",
        "title_variants": ["Exercise 2: Drafting an Appeal Letter"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["LK"],
        "notes": "An exercise with blanks. The running line naming the study day is not the title but gives "
                 "the date. The case is a detained student in Sri Lanka (LK), adopted as a prisoner of "
                 "conscience. The 1971 insurrection and April 1971 arrest are mentions. Participants are "
                 "members in general: no audience.",
        "text": """Delhi Members' Study Day -- 18 March 1973 -- Exercise 2

                    DRAFTING AN APPEAL LETTER

Read the case note below, then draft a letter in the spaces provided.
You have 25 minutes. We shall read some letters aloud afterwards.

CASE NOTE
S. Wickramasinghe, 22, a student at Peradeniya University, was detained
in April 1971 during the emergency that followed the insurrection in
Sri Lanka. He has not been charged. His family say he took no part in
the violence and was arrested because he belonged to a student study
circle. He is held at a rehabilitation camp near Colombo. Threshold
considers him a prisoner of conscience.

1.  To whom will you write? (name and title)
    ________________________________________________________________

2.  Your opening sentence: who you are and why you are writing
    ________________________________________________________________
    ________________________________________________________________

3.  What exactly are you asking for? (no more than two requests)
    ________________________________________________________________
    ________________________________________________________________

4.  One fact from the case note that supports your request
    ________________________________________________________________

5.  Your closing sentence
    ________________________________________________________________

CHECK:  Is your letter polite?  Under one page?  Free of political
        argument?  Does it give the prisoner's full name?
""",
    },
    {
        "id": "960", "split": "holdout9", "date": "1975-06-03", "date_form": "ordinal-day-month-year",
        "type": "memo",
        "subjects": ["campaigning", "media work", "petitions", "torture"],
        "title": "Campaign for the Abolition of Torture -- action by groups",
        "title_variants": ["Campaign for the Abolition of Torture",
                           "[Memo from the National Secretary to group convenors about the Campaign for the Abolition of Torture]"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Memo form; the RE line is the title. It presents the organisation's campaign and asks "
                 "groups for actions: campaigning and torture, with the listed actions petitions and letters "
                 "to newspapers (media work). The public meeting is one item but not a demonstration. "
                 "To group convenors: local groups. Dates mentioned: 10 December 1973 conference, 31 August "
                 "deadline, typist's date.",
        "text": """THRESHOLD AUSTRALIA
National Office, 2nd Floor, 125 York Street, Sydney 2000   Tel. 29-5271

M E M O R A N D U M

TO:       Group Convenors
FROM:     National Secretary
DATE:     3rd June, 1975
RE:       Campaign for the Abolition of Torture -- action by groups

Since the international conference in Paris in December 1973 the
Campaign for the Abolition of Torture has been Threshold's first
priority. The Australian Section's part in the second year of the
Campaign begins this month. Its aim is to make torture as unthinkable
as slavery: to show governments that it is known, that it is reported,
and that it will not be tolerated.

Each group is asked to undertake the following before 31st August:

  1.  Collect signatures on the enclosed petition to the United Nations
      General Assembly asking for a declaration against torture. Forms
      should be returned to this office as they are filled.

  2.  Hold one public meeting. A speaker's kit and slides are available
      from this office on loan.

  3.  Write letters to your local newspaper explaining the Campaign.
      Suggested points are enclosed. Please send us cuttings.

A fuller briefing on the countries where torture is being reported will
follow in July.

J.M. Harrington
National Secretary

JMH/lw   2.6.75
Encl.
""",
    },
    {
        "id": "933", "split": "holdout9", "date": "1999-05-22", "date_form": "day-month-year",
        "type": "sign-in sheet",
        "subjects": ["letter writing"],
        "title": "Letter Writing Workshop: Sign-in Sheet",
        "title_variants": ["Letter Writing Workshop", "Sign-in Sheet: Letter Writing Workshop",
                           "Letter Writing Workshop, Queensland Branch"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "SIGN-IN SHEET directly under the heading: joined after it. Date and venue line is not part "
                 "of the title. Subject from the heading.",
        "text": """THRESHOLD AUSTRALIA -- QUEENSLAND BRANCH

LETTER WRITING WORKSHOP
SIGN-IN SHEET

22 May 1999  *  Kurilpa Hall, West End, Brisbane  *  10 am - 1 pm

NAME                    GROUP / SUBURB          PHONE          FIRST TIME? (Y/N)
----------------------  ----------------------  -------------  ----------------
Karen Whiteley          Toowong                 3371 2209      N
Dang Van Minh           Griffith Uni group      3875 4410      Y
Robert (Bob) Asher      Redcliffe               3283 1187      N
Lisa Marconi            West End                3844 6023      Y
Sr. Bernadette Cole     Nundah                  3266 0912      N
Tim O'Rourke            UQ group                0412 339 027   Y
Helen Papadakis         Ipswich                 3281 5576      N
J. Nguyen               --                                     Y
Anne-Marie Fox          Toowong                 3870 1124      N
                        
""",
    },
    {
        "id": "921", "split": "holdout9", "date": "2009-11-12", "date_form": "weekday-day-range",
        "type": "agenda",
        "subjects": ["human rights defenders", "lobbying", "media work"],
        "title": "Protecting Human Rights Defenders: Training Programme",
        "title_variants": ["Protecting Human Rights Defenders", "Training Programme: Protecting Human Rights Defenders"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["KE"],
        "notes": "'Training Programme' stands directly under the heading: joined. Range 'Thursday 12 - "
                 "Friday 13 November 2009' takes the start. Sessions: defenders' risks and documentation "
                 "(human rights defenders), the Kenyan situation since the 2007-08 violence (KE), media, "
                 "meeting diplomats and MPs (lobbying). Digital security is not online activism. "
                 "Registration deadline is a mention.",
        "text": """THRESHOLD KENYA
Coast Regional Office  *  Nyali Road, Mombasa  *  Tel. 041 447 1290

PROTECTING HUMAN RIGHTS DEFENDERS
Training Programme

Thursday 12 - Friday 13 November 2009
Mombasa Beach Hotel, Conference Room B

THURSDAY 12 NOVEMBER
08.30   Registration
09.00   Welcome and objectives -- Regional Coordinator
09.30   Who is a human rights defender? The UN Declaration on Human
        Rights Defenders and what it means for us
10.30   Tea
11.00   Defenders in Kenya since the 2007-08 post-election violence:
        threats, killings and the Waki and Alston reports
13.00   Lunch
14.00   Assessing risk: a security plan for your organisation
15.30   Documenting threats and attacks: what to record, how to keep
        it safe
17.00   Close of day one

FRIDAY 13 NOVEMBER
09.00   Digital security: passwords, phones and backups
10.30   Tea
11.00   Working with journalists when a defender is threatened
13.00   Lunch
14.00   Meeting diplomats and MPs: the EU Guidelines on Defenders and
        how to ask embassies for support
15.30   Action planning and evaluation
16.30   Close

Participants are asked to register with the Coast office by 5 November.
""",
    },
    {
        "id": "948", "split": "holdout9", "date": "2010-02", "date_form": "updated-month-year",
        "type": "handout",
        "subjects": ["police and human rights", "vigils and demonstrations"],
        "title": "Know Your Rights at Protests",
        "title_variants": ["Know Your Rights at Protests: A Guide for Members in NSW"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["AU"],
        "notes": "A tip sheet for members taking part in protests: vigils and demonstrations and police "
                 "powers (police and human rights); AU for the New South Wales law it covers. 'Updated "
                 "February 2010' is the date. The subtitle line names members in general: no audience term.",
        "text": """Threshold Australia
Locked Bag 23, Broadway NSW 2007  |  www.threshold.org.au

KNOW YOUR RIGHTS AT PROTESTS
A guide for members in NSW

Peaceful protest -- vigils, marches, rallies, pickets -- is part of how we
work. This sheet explains what the law in New South Wales allows and what
police can and cannot do. It is general information, not legal advice.

BEFORE THE PROTEST
 - Notify the police (Form 1) at least 7 days ahead if you are organising
   a march on a public road. A notified, "authorised" assembly gives
   participants protection from some obstruction offences.
 - Appoint marshals and a police liaison person. Agree a route.
 - Bring water, ID and the phone number of a lawyer.

ON THE DAY: THE POLICE
 - Police can ask for your name and address if they believe you have
   committed an offence or witnessed one. You must give them.
 - You do not have to answer other questions. Say politely: "I don't wish
   to answer any questions."
 - Police can give a "move on" direction in some circumstances. Ask the
   officer for his or her name, station and the reason.
 - If you are searched, ask why. Do not resist, even if you think the
   search is unlawful -- complain afterwards.

IF SOMEONE IS ARRESTED
 - Note the time, place, officers' names and numbers, and witnesses.
 - Ring the legal observer or the lawyer on your card.

AFTERWARDS
 - Complaints about police conduct go to the Local Area Commander or the
   NSW Ombudsman. Tell the Threshold office too.

                                                       Updated February 2010
""",
    },
    {
        "id": "917", "split": "holdout9", "date": "2007-10-04", "date_form": "email-header",
        "type": "letter",
        "subjects": ["online activism", "petitions", "prisoners of conscience", "vigils and demonstrations"],
        "title": "[E-mail from the Youth Officer to student group leaders about action on Burma]",
        "title_variants": ["Burma: online petition and vigil this Saturday",
                           "[Letter to student group leaders about the Burma online petition and vigil]"],
        "title_devised": True,
        "audience": ["student groups"], "language": "en", "places": ["MM"],
        "notes": "An e-mail with greeting and signature is a letter; devised title, its Subject a variant. "
                 "The header Date is the letter's date (Irish material). The list of actions: the online "
                 "petition (online activism, petitions), the vigil, and the political prisoners' cases "
                 "(prisoners of conscience). Burma: MM. The September protests and the 6 October vigil "
                 "are mentions.",
        "text": """From: Gráinne Madden <gmadden@threshold.ie>
To: student-leaders@lists.threshold.ie
Date: Thu, 4 Oct 2007 14:22:10 +0100
Subject: Burma: online petition and vigil this Saturday

Dear student group leaders,

You will all have seen the pictures from Rangoon last week: monks and
students marching peacefully, then the shootings and the night raids on
monasteries. We now know of hundreds of people arrested since 26
September, many of them held incommunicado. They join more than 1,100
political prisoners already in Burma's jails, some held for nearly
twenty years for nothing more than peaceful opposition.

Here is what your group can do this week:

  1. Sign and share the online petition to the UN Security Council at
     www.threshold.ie/burma -- put the link on your society's website,
     your Bebo and Facebook pages and your mailing lists. We passed
     9,000 signatures last night.
  2. Come to the candlelit vigil on Saturday 6 October, 7 pm, at the
     Central Bank plaza, Dame Street. Wear red. Bring your society banner.
  3. Adopt one of the 12 prisoner cases on the attached sheet and write
     to him or her, and to the authorities, at your next meeting.

Freshers' stands are still up in most colleges -- the petition sign-up
is a great way to meet new people, too.

Thanks, and see you Saturday,

Gráinne

--
Gráinne Madden
Youth and Student Officer, Threshold Ireland
Sean MacBride House, 48 Fleet Street, Dublin 2
Tel. +353 1 677 2190
""",
    },
    {
        "id": "913", "split": "holdout9", "date": "1974", "date_form": "copyright",
        "type": "manual",
        "subjects": ["fundraising", "group organizing", "letter writing", "prisoners of conscience"],
        "title": "Handbook for Local Groups",
        "title_variants": ["Threshold Ireland: Handbook for Local Groups"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Numbered parts with a contents list, to be kept: manual. '(c) Threshold Ireland 1974' is "
                 "the date. Parts: forming and running the group (group organizing), adoption work "
                 "(prisoners of conscience), writing letters (letter writing), finance (fundraising).",
        "text": """                          THRESHOLD IRELAND

                     HANDBOOK FOR LOCAL GROUPS

                   (c) Threshold Ireland 1974
          11 Harcourt Street, Dublin 2  --  Telephone 75 23 41


CONTENTS
   Part 1.  Forming a group
   Part 2.  The adopted prisoner
   Part 3.  Writing letters
   Part 4.  Money
   Part 5.  Rules every group must keep


PART 1.  FORMING A GROUP
A group is from eight to fifteen members who meet at least once a month.
At its first meeting the group elects a convenor, a secretary and a
treasurer and sends their names to the Section office. It should agree
a regular meeting place -- a member's house will do -- and a fixed
evening, and keep a minute book.

PART 2.  THE ADOPTED PRISONER
Every group works for two or three prisoners allocated by the
International Secretariat: men and women held for their beliefs, their
colour, their language or their religion, who have neither used nor
advocated violence. One prisoner is normally from the West, one from the
East and one from the Third World. The group keeps the prisoner's file,
reports to the Section every three months, and does not take up cases
of its own choosing.
\f
                                  - 2 -

PART 3.  WRITING LETTERS
Letters are the group's main work. Write to the head of state, the
Minister of Justice, the prison director and the embassy in London.
Write courteously; never insult a government. Ask for release, for news
of the prisoner's health, for family visits. Vary the letters: some
typed, some handwritten, from different members, on different paper.
Send cards to the prisoner's family at Christmas and on birthdays if the
file says it is safe.

PART 4.  MONEY
Each group pays an annual contribution of £25 to the Section and meets
its own postage, which can be heavy. Most groups hold a coffee morning or
a sale of work each year, and many ask members for a standing order of a
few shillings a month. Church-gate collections need the parish priest's
permission and a Garda permit.

PART 5.  RULES EVERY GROUP MUST KEEP
No group works on prisoners in Ireland. No member speaks for Threshold to
the press without the Section's agreement.
""",
    },
    {
        "id": "906", "split": "holdout9", "date": "1988-09", "date_form": "french-month-year",
        "type": "trainer guide",
        "subjects": ["lobbying", "refugees"],
        "title": "Guide de l'animateur : les réfugiés et la procédure d'asile en Suisse",
        "title_variants": ["Les réfugiés et la procédure d'asile en Suisse",
                           "Les réfugiés et la procédure d'asile en Suisse : guide de l'animateur"],
        "title_devised": False,
        "audience": ["trainers"], "language": "fr", "places": ["CH"],
        "notes": "Guide de l'animateur: trainer guide, for trainers. Swiss asylum procedure: refugees, CH. "
                 "The step on what a group can do includes letters to federal parliamentarians on the "
                 "asylum law (lobbying); sponsoring and accompanying applicants illustrate refugees work. "
                 "Date line 'Berne, septembre 1988'; the April 1987 vote is a mention.",
        "text": """SEUIL INTERNATIONAL  --  section suisse
Commission Formation  --  Case postale 2174, 3001 Berne

GUIDE DE L'ANIMATEUR : LES RÉFUGIÉS ET LA PROCÉDURE D'ASILE EN SUISSE

Berne, septembre 1988

Durée : une soirée (2 h 30)
Public : membres des groupes, 10 à 20 personnes

Objectifs
 -- Connaître les étapes de la procédure d'asile en Suisse.
 -- Comprendre ce que vit un requérant lors de l'audition.
 -- Savoir ce qu'un groupe peut faire.

Matériel : tableau, copies de la fiche « Les étapes de la procédure »,
cartes de rôles (jeu de rôle), texte de la Convention de 1951 (art. 1 A).

Déroulement

1. Accueil (10 min)
   Présentez la soirée. Demandez aux participants : « Qu'est-ce qui
   fait de quelqu'un un réfugié ? » Notez les réponses au tableau.

2. La définition (20 min)
   Lisez l'article 1 A de la Convention. Comparez avec les réponses du
   tableau. Insistez : la crainte de persécution doit être personnelle.

3. Les étapes de la procédure (30 min)
   À l'aide de la fiche, expliquez : dépôt de la demande au poste
   frontière ou au centre d'enregistrement, audition sommaire, audition
   cantonale, décision de l'Office fédéral, recours. Rappelez que la
   loi a été durcie après la votation d'avril 1987.

4. Jeu de rôle : l'audition (45 min)
   Répartissez les participants par groupes de trois : un requérant, un
   fonctionnaire, un observateur. Distribuez les cartes. Après 15 min,
   demandez aux observateurs ce qu'ils ont remarqué : la langue, la
   peur, les contradictions de dates.

5. Que peut faire un groupe ? (30 min)
   Remue-méninges, puis complétez avec :
   -- parrainer un requérant et l'accompagner aux auditions ;
   -- écrire aux parlementaires fédéraux de son canton sur la révision
      de la loi sur l'asile ;
   -- informer le public lors des stands.

6. Conclusion (15 min)
   Chacun note une action qu'il fera dans le mois.

Conseil : le jeu de rôle peut réveiller des souvenirs douloureux si un
participant a lui-même vécu l'exil. Prévenez-le à l'avance et laissez-le
choisir de jouer l'observateur.
""",
    },
    {
        "id": "955", "split": "holdout9", "date": "2000", "date_form": "place-year",
        "type": "slides",
        "subjects": ["death penalty", "lobbying", "petitions"],
        "title": "Pena de muerte: por qué abolirla",
        "title_variants": ["Pena de muerte"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["CL"],
        "notes": "Diapositivas: slides. The title slide's 'Santiago, 2000' is the presentation date. "
                 "Chilean law and the Senate bill: CL. The 'Qué podemos hacer' slide gives lobbying "
                 "(writing to and visiting senators) and petitions. The 1985 execution is a mention.",
        "text": """Diapositiva 1

      PENA DE MUERTE: POR QUÉ ABOLIRLA

      Umbral Internacional - Sección Chilena
      Santiago, 2000


Diapositiva 2
   La pena de muerte en Chile hoy
   -  Vigente en el Código Penal para delitos como el parricidio
      y el robo con violación u homicidio
   -  Última ejecución: 1985
   -  Proyecto de ley de abolición aprobado por la Cámara;
      pendiente en el Senado


Diapositiva 3
   Argumentos
   -  No disuade más que la cadena perpetua
   -  Es irreversible: los errores judiciales no se pueden reparar
   -  Se aplica sobre todo a los pobres
   -  Viola el derecho a la vida


Diapositiva 4
   En el mundo
   -  Más de la mitad de los países la han abolido en la ley o
      en la práctica


Diapositiva 5
   ¿Qué podemos hacer?
   -  Escribir a los senadores de su región
   -  Pedir una entrevista con un senador
   -  Firmar y hacer firmar la petición al Senado
""",
    },
    {
        "id": "950", "split": "holdout9", "date": "1993-08-21", "date_form": "day-range",
        "type": "evaluation form",
        "subjects": ["lobbying", "media work", "refugees"],
        "title": "Refugee Advocacy Training Weekend: Evaluation",
        "title_variants": ["Refugee Advocacy Training Weekend", "Evaluation: Refugee Advocacy Training Weekend"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["AU"],
        "notes": "Rating scales on each session: evaluation form. 'Evaluation' directly under the heading: "
                 "joined. Range 21-22 August: start. Sessions rated: mandatory detention (refugees, AU), "
                 "visiting an MP (lobbying), media interviews (media work). The session planning the Branch's "
                 "next six months is a state branch's planning, not a group's: no group development (a call).",
        "text": """THRESHOLD AUSTRALIA -- WA BRANCH

REFUGEE ADVOCACY TRAINING WEEKEND
Evaluation

Perth, 21-22 August 1993

Please rate each session:  4 = very useful   3 = useful   2 = a little   1 = not useful

Saturday
  Who is a refugee? The 1951 Convention                         4  3  2  1
  Mandatory detention and the Migration Amendment Act 1992       4  3  2  1
  Visiting your Federal MP: a role play                         4  3  2  1
Sunday
  Radio and newspaper interviews: practice with a journalist    4  3  2  1
  Planning the Branch's next six months                         4  3  2  1

Overall, the weekend was:   Excellent   Good   Fair   Poor

What will you do differently after this weekend?
_______________________________________________________________________
_______________________________________________________________________

Was the venue suitable?  Yes / No     Was the food OK?  Yes / No

Any other comments:
_______________________________________________________________________
""",
    },
    {
        "id": "926", "split": "holdout9", "date": "1983-07-02", "date_form": "running-line-day-month-year",
        "type": "worksheet",
        "subjects": ["public speaking"],
        "title": "Preparing a Five-Minute Talk",
        "title_variants": ["Worksheet 4: Preparing a Five-Minute Talk"],
        "title_devised": False,
        "audience": ["trainers"], "language": "en", "places": [],
        "notes": "Blanks for the participant to fill in: worksheet. The running line (course, place, date) is "
                 "not the title but gives the date. Participants are on a training-of-trainers course: "
                 "trainers.",
        "text": """TRAINING OF TRAINERS COURSE -- New Delhi -- 2 July 1983 -- Worksheet 4

                    PREPARING A FIVE-MINUTE TALK

Tomorrow morning each of you will give a five-minute talk to the group,
as if you were speaking to a college union or a Rotary Club. Use this
sheet to prepare it tonight.

1.  My audience is: ______________________________________________
    What do they already know about Threshold? _______________________

2.  The ONE thing I want them to remember:
    __________________________________________________________________

3.  My opening (a story, a question or a fact -- not "Thank you for
    inviting me"):
    __________________________________________________________________
    __________________________________________________________________

4.  Three points, with one example each:
    (a) _____________________________________________________________
    (b) _____________________________________________________________
    (c) _____________________________________________________________

5.  What I will ask them to do at the end:
    __________________________________________________________________

6.  Two questions they might ask me, and my answers:
    Q ______________________________  A _____________________________
    Q ______________________________  A _____________________________

Time yourself aloud. If it is over five minutes, cut point (c).
""",
    },
    {
        "id": "935", "split": "holdout9", "date": "2005-07", "date_form": "month-range",
        "type": "newsletter",
        "subjects": ["children's rights", "death penalty", "lobbying", "online activism", "refugees"],
        "title": "Threshold Kenya News",
        "title_variants": ["Threshold Kenya News, Issue 22, July-September 2005"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["KE"],
        "notes": "Issue 'July-September 2005' takes the start month. Items: Kenya's death row (death "
                 "penalty), street children in Nairobi (children's rights), the new website and e-mail "
                 "action list (online activism), lobbying MPs on the Refugee Bill (refugees, lobbying); all "
                 "about Kenya. The events diary's dates are mentions.",
        "text": """THRESHOLD KENYA NEWS
Issue 22  *  July-September 2005
Threshold Kenya, P.O. Box 51342 - 00200 Nairobi  *  www.thresholdkenya.or.ke

------------------------------------------------------------------------
4,000 ON DEATH ROW
Kenya has not hanged anyone since 1987, but courts go on passing death
sentences: more than 4,000 people are now on death row, many in
overcrowded blocks at Kamiti and Shimo la Tewa. We are asking the
President to commute all death sentences and Parliament to remove the
death penalty from the Penal Code. A briefing is enclosed with this issue.

------------------------------------------------------------------------
STREET CHILDREN: ROUND-UPS MUST STOP
City Council askaris rounded up more than 300 children in central
Nairobi in June, ahead of a conference. Many were held in police cells
with adults. Our Children's Rights Team met the Children's Department
and has written to the Town Clerk. The Children Act 2001 forbids this.

------------------------------------------------------------------------
NEW: OUR WEBSITE AND E-ACTION LIST
Our new website went live in May. Members with e-mail can now join the
e-Action list: one short e-mail a fortnight with an action you can take
online in five minutes. 412 members have signed up. Sign up at the
website or send "JOIN" to eaction@thresholdkenya.or.ke.

------------------------------------------------------------------------
REFUGEE BILL: TALK TO YOUR MP
The Refugee Bill is expected in Parliament before the end of the year.
It would at last give Kenya a refugee law, but the draft allows refugees
to be confined to camps. Groups are asked to visit their MPs in their
constituency offices during the recess, with our briefing and a short
letter. Tell us what your MP said.

------------------------------------------------------------------------
DIARY
  10 October   World Day Against the Death Penalty
  20 November  Universal Children's Day
""",
    },
    {
        "id": "923", "split": "holdout9", "date": "1995-07-08", "date_form": "day-range",
        "type": "evaluation form",
        "subjects": ["children's rights", "police and human rights"],
        "title": "Workshop on the Rights of the Child: Feedback Form",
        "title_variants": ["Workshop on the Rights of the Child", "Feedback Form: Workshop on the Rights of the Child"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "The heading line runs 'Workshop on the Rights of the Child -- Feedback Form': the generic "
                 "words are joined after it as they stand. Range 8-9 July: start. The rated session on children in police custody "
                 "also gives police and human rights; child labour is within children's rights.",
        "text": """THRESHOLD INDIA -- UTTAR PRADESH GROUPS

WORKSHOP ON THE RIGHTS OF THE CHILD -- FEEDBACK FORM
Lucknow, 8-9 July 1995

Please tick the box that is closest to your view.

                                          Very     Somewhat   Not
                                          useful   useful     useful
1. The Convention on the Rights of
   the Child: what it says                 [ ]       [ ]       [ ]
2. Child labour in carpet and glass
   industries: the film and discussion     [ ]       [ ]       [ ]
3. Children in police custody              [ ]       [ ]       [ ]
4. Group exercise: a plan for our
   district                                [ ]       [ ]       [ ]

5. Was the workshop too long / too short / about right?  _______________

6. Which language should the next workshop be in?
   [ ] Hindi   [ ] English   [ ] both

7. What was the most useful thing you learned?
   ____________________________________________________________________

8. What should we add next time?
   ____________________________________________________________________

Name (optional): ____________________   Group: ________________________
""",
    },
    {
        "id": "922", "split": "holdout9", "date": "1978-04-15", "date_form": "weekday-ordinal-day-month-year",
        "type": "agenda",
        "subjects": ["campaigning", "death penalty", "fundraising", "letter writing", "prisoners of conscience"],
        "title": "Annual General Meeting and Training Day: Agenda",
        "title_variants": ["Annual General Meeting and Training Day", "Agenda: Annual General Meeting and Training Day"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "AGENDA above the heading, joined after it. Sessions: prisoner casework (prisoners of "
                 "conscience), fund-raising, the Section's death penalty campaign (death penalty, "
                 "campaigning), a letter-writing clinic. The formal AGM business (reports, elections) has no "
                 "vocabulary subject. The Section's own AGM: no audience. The 1977 Stockholm conference is a "
                 "mention.",
        "text": """THRESHOLD IRELAND

AGENDA
ANNUAL GENERAL MEETING AND TRAINING DAY

Saturday, 15th April 1978
Imperial Hotel, South Mall, Cork

10.30  Registration and coffee

11.00  ANNUAL GENERAL MEETING
       1. Minutes of the 1977 AGM
       2. Chairman's report
       3. Treasurer's report and accounts
       4. Election of the Executive Committee
       5. Motions (see enclosed list)

1.00   Lunch

2.00   TRAINING SESSIONS (two rounds; choose one in each)

       Round 1
       (a) Prisoner casework: keeping the file, reporting, what to do
           when a prisoner is released
       (b) Fund-raising for groups: collections, coffee mornings,
           covenants

       Round 2
       (c) The Section's campaign against the death penalty: following
           the Stockholm Conference of December 1977 -- aims, materials
           and what groups can do this year
       (d) Letter-writing clinic: bring a letter you have written and
           we'll improve it together

4.30   Closing plenary

5.00   Close
""",
    },
    {
        "id": "958", "split": "holdout9", "date": "1989-12", "date_form": "month-year",
        "type": "handout",
        "subjects": ["facilitation", "group organizing"],
        "title": "Chairing a Group Meeting: Notes for Convenors",
        "title_variants": ["Chairing a Group Meeting"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "An information sheet of tips: handout. It covers running a group's meeting (group "
                 "organizing) and the skill of chairing it (facilitation). For convenors of groups: local "
                 "groups. Date at the foot, 'December 1989'.",
        "text": """THRESHOLD INDIA -- EASTERN REGION
P-14 Lake Road, Calcutta 700 029

CHAIRING A GROUP MEETING
Notes for convenors

Before the meeting
 1. Fix the date, time and place a month in advance and keep to it.
 2. Draw up the agenda with the secretary. No more than five items.
    Put decisions first and reports after.
 3. Send the agenda and papers a week ahead.

At the meeting
 4. Start on time, even if only three people have come.
 5. Welcome newcomers by name and introduce them.
 6. Take each item in turn: say what the item is, what decision is
    needed, and how long it has.
 7. Give everybody a chance to speak. Ask quiet members directly:
    "Shanti, what do you think?"
 8. When the discussion goes round in circles, sum up and propose a
    decision: "So we are agreeing to ... Is everyone content?"
 9. Make sure every decision has a name and a date against it.
10. End on time. Thank people.

After the meeting
11. Check that the minutes go out within a week.
12. Ring anyone who missed two meetings running.

Prepared by the Eastern Region Groups Committee, December 1989
""",
    },
    {
        "id": "946", "split": "holdout9", "date": "2000", "date_form": "edition-line",
        "type": "manual",
        "subjects": ["fundraising", "group development", "group organizing", "online activism", "recruitment",
                     "vigils and demonstrations"],
        "title": "Campus Group Manual",
        "title_variants": ["Threshold Australia Campus Group Manual"],
        "title_devised": False,
        "audience": ["student groups"], "language": "en", "places": [],
        "notes": "Chapters with a contents list: manual. 'Third edition, 2000' is the date (earlier editions "
                 "1994 and 1997 are mentions). Chapters: starting and registering a campus group (group "
                 "organizing), O-Week (recruitment), events including vigils and stunts, e-mail lists and "
                 "the website (online activism), money (fundraising), handing over to next year's committee (group development, from the contents "
                 "list). The petition on the O-Week stall is in passing. For campus groups: student groups.",
        "text": """THRESHOLD AUSTRALIA

CAMPUS GROUP MANUAL

Third edition, 2000
(first published 1994; second edition 1997)

Youth & Student Network, Locked Bag 23, Broadway NSW 2007
students@threshold.org.au


CONTENTS
  1  Starting a campus group ....................... 3
  2  O-Week and getting new members ................ 6
  3  Events that work: vigils, stunts, film nights . 9
  4  E-mail lists and your group's website ........ 13
  5  Money: budgets, grants from the union, fundraisers 16
  6  Handing over to next year's committee ........ 19
\f
                                                                      3
1  STARTING A CAMPUS GROUP

1.1  Find three other students. That is enough to register a club with
     most student unions.
1.2  Register with the union (you will need a constitution -- use the
     model in Appendix A -- and a list of ten members' student numbers)
     and with the Youth & Student Network.
1.3  Elect a convenor, a secretary and a treasurer. Give a fourth person
     the job of "actions coordinator".
1.4  Book a regular room at a regular time. Lunchtime works best.
\f
                                                                      6
2  O-WEEK AND GETTING NEW MEMBERS

2.1  Your stall is your shop window: a big banner, a petition to sign,
     free lollies, and people who smile.
2.2  Every person who signs up gets an e-mail within three days
     inviting them to the first meeting.
2.3  Make the first meeting social. Nobody comes back to a meeting
     where the committee talks to itself for an hour.
\f
                                                                      9
3  EVENTS THAT WORK

3.1  A candlelit vigil on the lawns on Human Rights Day (10 December)
     or on the anniversary of a case you work on. Tell campus security.
3.2  Stunts: a "cage" in the library courtyard with a volunteer inside
     for a day, to draw attention to a prisoner.
3.3  Film nights with a speaker.
\f
                                                                     13
4  E-MAIL LISTS AND YOUR GROUP'S WEBSITE

4.1  Set up a list on the university server; ask IT services.
4.2  Send one e-mail a week, not five. Put the action in the subject line.
4.3  Your web page: meeting times, contact, this month's action, and a
     link to the national site's online appeals.
\f
                                                                     16
5  MONEY

5.1  Most unions give clubs a grant per member. Apply before the
     deadline in March.
5.2  Fundraisers: sausage sizzles, trivia nights, a "fast for freedom".
5.3  Keep receipts. The treasurer reports at every meeting.
""",
    },
    {
        "id": "943", "split": "holdout9", "date": "1984-08-07", "date_form": "day-month-year-numeric",
        "type": "report",
        "subjects": ["fundraising", "letter writing", "prisoners of conscience", "vigils and demonstrations"],
        "title": "Minutes of Meeting Held 7/8/84",
        "title_variants": ["Hobart Group: Minutes of Meeting", "Minutes of Meeting"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["CL"],
        "notes": "Minutes are report. Australian material: 7/8/84 is 7 August. The heading includes the "
                 "date, so the title keeps it; the form without it is a variant. Items: the adopted Chilean "
                 "prisoner (prisoners of conscience, CL), the monthly letter-writing night (a paragraph on "
                 "how it is run: letter writing), the street stall (fundraising), the Human Rights Day vigil. "
                 "The Chilean 'Arms Control Law' under which he is held is the charge, not the subject. Dates "
                 "mentioned: 3/7/84, 24 July, 18 August, 10 December, next meeting 4/9/84.",
        "text": """THRESHOLD AUSTRALIA -- HOBART GROUP (Group 31)

MINUTES OF MEETING HELD 7/8/84
at 12 Runnymede St, Battery Point, 7.45 pm

Present: R. Barnard (convenor), E. Wise (sec.), T. & M. Holloway, S. Chung,
         J. Pitt, A. Fagan, K. Lovell
Apologies: D. Moss

1. Minutes of 3/7/84 read and accepted (Holloway/Pitt).

2. Correspondence. Letter from National Office re new casework
   procedures -- tabled. Receipt from the Chilean Embassy for our
   June letters.

3. Prisoner: Sr. Hernán Valdivia (Chile). Still held in Santiago
   Public Jail awaiting trial under the Arms Control Law, though the
   file says no weapon was found; he is a trade unionist arrested
   after the May protests. His wife wrote thanking the group for the
   parcel. Agreed to send another in October.

4. Letter-writing night. Seven members came on 24 July and 31 letters
   were written. S. Chung suggested keeping a folder of model letters
   and addresses so that new members can start straight away, and a
   sheet of "dos and don'ts" (short, polite, no politics). Agreed.
   Next letter-writing night: last Tuesday of August, at the Holloways'.

5. Street stall, Salamanca Market, Sat. 18 August. T. Holloway has the
   permit. Jams, cakes, plants and second-hand books wanted. Last
   stall made $212.

6. Human Rights Day. Agreed to hold a candlelight vigil outside the
   GPO on 10 December with the Uniting Church social justice group.
   A. Fagan to ask the police about permission.

7. General business: nil.

Next meeting: 4/9/84.  Meeting closed 9.50 pm.
""",
    },
    {
        "id": "903", "split": "holdout9", "date": "2009-06-22", "date_form": "spanish-written-date",
        "type": "letter",
        "subjects": ["indigenous peoples", "lobbying", "vigils and demonstrations"],
        "title": "[Letter from the Peruvian Section to local group coordinators about the Bagua killings and the consultation law]",
        "title_variants": ["[Carta de la Sección Peruana a los coordinadores de grupos sobre Bagua y la ley de consulta]",
                           "Bagua: acciones de los grupos",
                           "[Letter to group coordinators about Bagua and indigenous consultation]"],
        "title_devised": True,
        "audience": ["local groups"], "language": "es", "places": ["PE"],
        "notes": "A letter with salutation and signature (an e-mail-like Asunto line is a variant). Dates "
                 "mentioned: 5 de junio (Bagua), the plantón on 26 de junio. The list of actions: writing to "
                 "and visiting congresistas (lobbying), the plantón in front of Congress (vigils and "
                 "demonstrations); indigenous peoples' consultation is the subject. The deaths are reported in "
                 "one sentence: no further subject.",
        "text": """UMBRAL INTERNACIONAL - SECCIÓN PERUANA
Av. Arenales 1120, Jesús María, Lima 11  *  Tel. (01) 433-8711  *  www.umbral.org.pe

Lima, 22 de junio de 2009

Asunto: Bagua: acciones de los grupos

Estimados coordinadores y coordinadoras:

Les escribimos todavía bajo el impacto de lo ocurrido en Bagua el 5 de
junio, cuando el desalojo de la carretera ocupada por comunidades awajún
y wampis terminó con más de treinta muertos, entre policías y
manifestantes. La Sección ha pedido una investigación independiente.

En el fondo del conflicto está el derecho de los pueblos indígenas a ser
consultados antes de que se aprueben leyes o concesiones que afectan sus
territorios, como lo exige el Convenio 169 de la OIT, ratificado por el
Perú en 1994. Los decretos legislativos sobre tierras amazónicas se
dictaron sin consulta alguna. Hoy el Congreso discute su derogatoria y
una ley de consulta previa.

Les pedimos:

  1. Escribir a los congresistas de su región pidiendo que voten por la
     derogatoria de los decretos y por una ley de consulta que respete el
     Convenio 169. Adjuntamos un modelo y la lista de correos.
  2. Pedir una cita con un congresista de su región, en Lima o en su
     oficina descentralizada, con la hoja informativa adjunta.
  3. Participar en el plantón frente al Congreso el viernes 26 de junio a
     las 5 de la tarde (grupos de Lima y Callao).

Cuenten con la Secretaría para cualquier consulta.

Un abrazo,

Milagros Paucar Ríos
Coordinadora de Incidencia
Umbral Internacional - Sección Peruana
""",
    },
    {
        "id": "931", "split": "holdout9", "date": "2003-09-17", "date_form": "email-header",
        "type": "memo",
        "subjects": ["freedom of expression"],
        "title": "Revised training module: freedom of expression",
        "title_variants": ["[Memo from the Training Coordinator to all trainers about the revised freedom of expression module]"],
        "title_devised": False,
        "audience": ["trainers"], "language": "en", "places": [],
        "notes": "A memo-form e-mail (To/From/Date/Subject, no greeting): memo; the Subject is the title. To "
                 "all trainers. The module is about freedom of expression; its cases of jailed journalists and "
                 "internet censorship illustrate that topic. Dates mentioned: 1 October, the 1999 module.",
        "text": """To: All trainers <trainers@thresholdindia.org>
From: Training Coordinator <training@thresholdindia.org>
Date: Wed, 17 Sep 2003 10:05:33 +0530
Subject: Revised training module: freedom of expression

Attached is the revised Module 6, "Freedom of Expression", which replaces
the 1999 version. Please use it for all sessions from 1 October.

What has changed:
- Part A (what the right covers, and its limits under Article 19 of the
  ICCPR and Article 19(2) of the Constitution) is shorter.
- Part B has three new case studies: a journalist jailed in Myanmar, a
  cartoonist prosecuted for sedition, and a blogger whose site was
  blocked by an internet service provider.
- The role play "The Editor's Desk" now runs 30 minutes, not 45.
- The old exercise on film censorship has been dropped.

Timings and materials are on page 2 of the module. Trainers who have not
yet run the module should attend the briefing on Saturday 27 September
at the Delhi office (10 am-1 pm).

Please send your comments after your first session.

Training Coordinator
Threshold India, New Delhi
""",
    },
    {
        "id": "934", "split": "holdout9", "date": "1997-09-11", "date_form": "spanish-weekday-written-date",
        "type": "flyer",
        "subjects": ["disappearances", "vigils and demonstrations"],
        "title": "Marcha por la verdad y la justicia",
        "title_variants": ["¿Dónde están? Marcha por la verdad y la justicia"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["CL"],
        "notes": "A poster announcing a march: flyer, the event's date. The detained-disappeared in Chile: "
                 "disappearances, CL. The slogan '¿Dónde están?' above the headline is a variant only. The "
                 "1973 coup is a mention.",
        "text": """                         ¿DÓNDE ESTÁN?

             MARCHA POR LA VERDAD Y LA JUSTICIA

       A 24 años del golpe, más de mil detenidos desaparecidos
               siguen sin ser encontrados.

            Jueves 11 de septiembre de 1997, 18:00 hrs.
       Desde Plaza Italia hasta el Cementerio General

     Trae una foto, una flor, una vela. Marcha pacífica y en silencio.

       Convocan: Umbral Internacional - Sección Chilena
       y organizaciones de familiares

                 Informaciones: 698 3221
""",
    },
    {
        "id": "939", "split": "holdout9", "date": "2002-03-09", "date_form": "running-line-day-month-year",
        "type": "worksheet",
        "subjects": ["coalition building"],
        "title": "Mapping Your Allies",
        "title_variants": ["Worksheet 2: Mapping Your Allies", "Mapping Your Allies: Worksheet 2"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "A grid to fill in: worksheet. The running line (Coalition Skills Day, Limerick, 9 March "
                 "2002) is not the title but gives the date. The whole exercise is on finding partners and "
                 "building a coalition.",
        "text": """Threshold Ireland  |  Coalition Skills Day  |  Limerick  |  9 March 2002

WORKSHEET 2
MAPPING YOUR ALLIES

Your group wants to run a local campaign with others. Before you approach
anyone, map who is out there.

A.  Our issue in one sentence:
    _______________________________________________________________

B.  Fill in the grid. Think of trade unions, churches, residents'
    associations, students' unions, sports clubs, migrants' groups,
    local media, councillors.

    +---------------------+--------------------+------------------+---------------+
    | Organisation        | What they care     | What they could  | Who we know   |
    |                     | about              | bring            | there         |
    +---------------------+--------------------+------------------+---------------+
    |                     |                    |                  |               |
    |                     |                    |                  |               |
    |                     |                    |                  |               |
    |                     |                    |                  |               |
    +---------------------+--------------------+------------------+---------------+

C.  Which two would be the easiest to bring in?  Why?
    _______________________________________________________________

D.  What would we be willing to give up to work together (our logo,
    the lead role, our wording)?
    _______________________________________________________________

E.  What would we NOT give up?
    _______________________________________________________________
""",
    },
    {
        "id": "924", "split": "holdout9", "date": "1985-10", "date_form": "month-year",
        "type": "trainer guide",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Trainers' Notes: Running an Urgent Action Letter-Writing Evening",
        "title_variants": ["Running an Urgent Action Letter-Writing Evening",
                           "Running an Urgent Action Letter-Writing Evening: Trainers' Notes"],
        "title_devised": False,
        "audience": ["local groups", "trainers"], "language": "en", "places": [],
        "notes": "Notes telling the trainer what to do: trainer guide, for trainers; the evening is run for a "
                 "local group (local groups). The heading 'Trainers' Notes: ...' is transcribed as it reads "
                 "on one line. 'Issued by the Training Sub-committee, October 1985' is the date.",
        "text": """THRESHOLD AUSTRALIA -- South Australian Branch
155 Pirie Street, Adelaide 5000

TRAINERS' NOTES: RUNNING AN URGENT ACTION LETTER-WRITING EVENING

These notes are for a trainer visiting a local group to introduce the
Urgent Action network. Allow two hours.

You will need: 3 current UA case sheets (from the Branch office); a box of
airmail paper and envelopes; a list of postage rates; pens; a kettle.

1.  (15 mins)  Explain what an Urgent Action is: why speed matters, how
    the network works, what results we have had this year (see the
    Branch report).

2.  (15 mins)  Read one case sheet aloud. Ask the group: "What is the
    person at risk of? What are we asking for? Who are we writing to?"

3.  (20 mins)  Show the three parts of an appeal letter on butcher's
    paper: who I am; what I am concerned about; what I ask. Give the
    "dos and don'ts": be polite, be brief, don't argue politics, don't
    say you are a Threshold member, use the right form of address.

4.  (45 mins)  Divide the group into threes, one case sheet each. Each
    person writes one letter. Go round the tables and help.

5.  (15 mins)  Two or three people read their letters aloud. Praise the
    good points first.

6.  (10 mins)  Sign up those who want to join the network. Collect the
    letters for posting tomorrow and the money for stamps.

Reminder: do not take letters home "to post later". Post them in the
morning -- the first days after an arrest count most.

Issued by the Training Sub-committee, October 1985
""",
    },
    {
        "id": "952", "split": "holdout9", "date": "2006-11-30", "date_form": "french-written-date",
        "type": "report",
        "subjects": ["death penalty", "police and human rights", "torture"],
        "title": "Rapport de l'atelier de formation sur la torture et la peine de mort",
        "title_variants": ["Atelier de formation sur la torture et la peine de mort"],
        "title_devised": False,
        "audience": [], "language": "fr", "places": ["SN"],
        "notes": "A report with its own date of issue at its end ('Dakar, le 30 novembre 2006'), which wins "
                 "over the workshop's dates (4-5 novembre). Sessions: torture in police custody in Senegal "
                 "(torture, police and human rights, SN), the death penalty after Senegal's abolition of 2004 "
                 "and in the region. The 2004 law is a mention.",
        "text": """SEUIL INTERNATIONAL
Section sénégalaise
Sicap Liberté 2, villa 1544, Dakar  -  Tél. 33 824 61 07

RAPPORT DE L'ATELIER DE FORMATION
SUR LA TORTURE ET LA PEINE DE MORT
Saint-Louis, 4 et 5 novembre 2006

1. Participants
Vingt-neuf membres des groupes de Saint-Louis, Louga, Richard-Toll et
Podor, dont onze femmes.

2. La torture en garde à vue
Me Ousmane Ba a rappelé que le Sénégal a ratifié la Convention contre
la torture dès 1986 et que la torture est un crime en droit sénégalais.
Pourtant, les témoignages recueillis par la section font état de coups
et de brûlures dans des commissariats et des brigades de gendarmerie.
Les participants ont étudié les droits de la personne gardée à vue :
avocat, médecin, information de la famille, durée légale. Un officier
de police retraité a expliqué comment la formation des agents pourrait
changer les pratiques.

3. La peine de mort
Le Sénégal a aboli la peine de mort en décembre 2004. Les participants
ont discuté du rôle que le pays peut jouer dans la région, où plusieurs
États la maintiennent, et du projet de résolution pour un moratoire
universel à l'ONU.

4. Recommandations
 -- Diffuser une fiche sur les droits en garde à vue, en français et
    en wolof.
 -- Demander une rencontre avec le commandant de la région de
    gendarmerie.
 -- Organiser une journée d'information le 10 octobre prochain.

Dakar, le 30 novembre 2006
Pour le Bureau exécutif,
Fatou Kiné Sarr, chargée de la formation
""",
    },
    {
        "id": "929", "split": "holdout9", "date": "1980-09-02", "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["group organizing", "recruitment"],
        "title": "[Letter from the Chairman of Threshold Kenya to the new Kisumu group about starting out]",
        "title_variants": ["[Letter to the Kisumu group welcoming it and advising on its first months]",
                           "Re: Your new group"],
        "title_devised": True,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "A letter to one group's convenor: local groups. Its list of advice covers running the new "
                 "group (meetings, officers, minutes: group organizing) and finding members (recruitment). "
                 "The RECEIVED stamp's date is not the letter's; the founding meeting (August) is a mention.",
        "text": """THRESHOLD KENYA
P.O. Box 51342, Nairobi                                Telephone 28714


                                                 2nd September 1980

Mr. Joseph Odhiambo,
Convenor, Threshold Group, Kisumu,
c/o Kisumu Boys High School,
P.O. Box 1040, Kisumu.

Dear Mr. Odhiambo,

Re: Your new group

Thank you for your letter and the minutes of your founding meeting in
August. The Executive Committee was delighted to register Kisumu as
Group 7, the first in Nyanza.

Since you asked for advice, here are some points from the older groups:

  1. Meet on the same day every month, in the same place, and keep the
     meeting to two hours.
  2. Choose your officers now: a secretary to keep minutes and
     correspondence, a treasurer, and someone for the prisoner files.
  3. Keep minutes of every meeting and send a copy to us.
  4. Your group needs at least ten active members. Ask each member to
     bring one friend to the next meeting; speak at churches and
     schools; put a notice in the Daily Nation's "What's On".
  5. Do not accept members who want the group to take sides in
     Kenyan politics. Our rules forbid it.

Your first prisoner dossier will follow when you have sent us the
officers' names.

With best wishes to you and the group,

Yours sincerely,

          [signed]
Dr. Samuel K. Ngugi
Chairman

                                  RECEIVED  11 SEP 1980  KISUMU GROUP
""",
    },
    {
        "id": "949", "split": "holdout9", "date": "2005-03-19", "date_form": "weekday-day-month-year",
        "type": "agenda",
        "subjects": ["business and human rights", "coalition building", "lobbying"],
        "title": "Business and Human Rights Training Day",
        "title_variants": ["Business and Human Rights Training Day: Program"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["PG"],
        "notes": "Times and sessions: agenda. 'PROGRAM' is set apart under the date/venue line: a section "
                 "label. Sessions: companies' responsibilities, an Australian mining company in Papua New "
                 "Guinea (business and human rights, PG), talking to companies and government (lobbying), "
                 "working with unions and churches (coalition building). The 2003 UN Norms are a mention.",
        "text": """THRESHOLD AUSTRALIA -- VICTORIA BRANCH

BUSINESS AND HUMAN RIGHTS TRAINING DAY
Saturday 19 March 2005
Trades Hall, cnr Lygon & Victoria Sts, Carlton

PROGRAM

 9.30   Registration
10.00   Why companies? Human rights responsibilities of business and
        the UN Norms of 2003
11.00   Morning tea
11.15   Case study: an Australian mining company in Papua New Guinea --
        river pollution, resettlement and the communities' claims
12.30   Lunch
 1.15   Talking to companies and to government: shareholder questions,
        meetings with company managers, submissions to Canberra
 2.30   Working with others: unions, churches and development agencies
 3.30   Where to next for the Branch?
 4.00   Close

$10 / $5 concession, lunch provided. RSVP to the Branch office, 9650 3811.
""",
    },
    {
        "id": "938", "split": "holdout9", "date": None, "date_form": "none",
        "type": "sign-in sheet",
        "subjects": ["children's rights"],
        "title": "Children's Rights Training: Participants' Register",
        "title_variants": ["Children's Rights Training", "Participants' Register: Children's Rights Training"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "A blank register with the event's name: sign-in sheet, subject from its heading. The date "
                 "line is left blank ('___/___/20___'): no date. Venue line left blank too.",
        "text": """THRESHOLD KENYA

CHILDREN'S RIGHTS TRAINING
Participants' Register

Venue: ______________________________   Date: ____/____/20____

No. | Full name               | Organisation / group    | Phone / e-mail          | Signature
----+-------------------------+-------------------------+-------------------------+-----------
 1  |                         |                         |                         |
 2  |                         |                         |                         |
 3  |                         |                         |                         |
 4  |                         |                         |                         |
 5  |                         |                         |                         |
 6  |                         |                         |                         |
 7  |                         |                         |                         |
 8  |                         |                         |                         |
 9  |                         |                         |                         |
10  |                         |                         |                         |
11  |                         |                         |                         |
12  |                         |                         |                         |
13  |                         |                         |                         |
14  |                         |                         |                         |
15  |                         |                         |                         |

Page ___ of ___
""",
    },
    {
        "id": "956", "split": "holdout9", "date": None, "date_form": "none",
        "type": None,
        "subjects": ["LGBT rights"],
        "title": "[Notes for a talk on LGBT rights]",
        "title_variants": ["[Speaker's notes on LGBT rights]"],
        "title_devised": True,
        "audience": [], "language": "en", "places": [],
        "notes": "A loose page of handwritten-style notes with no heading: type null, devised title. No date "
                 "of its own: 1993 (Irish decriminalisation), 'the Uganda bill' and 'last year' are mentions "
                 "that do not date the page. Countries are named in a list without content: no places. All "
                 "about LGBT rights.",
        "text": """talk -- parish hall -- Thurs?

- start w/ story: the two lads beaten outside the club. Ask hall:
  who here knows someone gay? (hands)
- decrim here only 1993 -- people forget. Norris case.
- still 70+ countries where it's a crime. some death pen (Iran,
  Saudi, Sudan, Mauritania...) -- don't list them all, too long
- the Uganda bill -- explain briefly
- NOT about religion vs gays -- about whether the state can jail you
  for who you love. Art. 2 + 7 UDHR: equal, no discrim.
- what Threshold does: cases of activists jailed, police raids,
  Pride marches banned
- Q&A: expect "special rights?" -- answer: same rights, not special
- leave leaflets + sign-up at door -- ask Ciarán re leaflets

(10 min max!!)
""",
    },
    {
        "id": "927", "split": "holdout9", "date": "1996-06", "date_form": "month-year",
        "type": "handout",
        "subjects": ["armed conflict", "arms control"],
        "title": "Small Arms, Big Damage: Guns in Northern Kenya",
        "title_variants": ["Small Arms, Big Damage", "Small Arms, Big Damage: Fact Sheet"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["KE"],
        "notes": "A fact sheet: handout. Its subject is the flow of small arms (arms control) from the wars "
                 "next door into northern Kenya and the fighting they fuel (armed conflict); the neighbouring "
                 "countries are named as the sources in one clause each: KE only. 'Nairobi, June 1996' at the "
                 "foot is the date.",
        "text": """THRESHOLD KENYA  *  FACT SHEET No. 9

SMALL ARMS, BIG DAMAGE
Guns in Northern Kenya

THE PROBLEM
An AK-47 can be bought in Lodwar or Mandera for the price of two goats.
Most of the guns come across the borders from the wars in Somalia, Sudan
and Ethiopia. Nobody knows how many there are in the northern districts;
some estimates put the number in the tens of thousands.

WHAT THE GUNS DO
 - Cattle raids that once left a few wounded now leave dozens dead.
 - Clashes between communities have become small wars: whole villages
   flee, schools close, markets empty.
 - Women and children are the first to lose their homes and the last to
   be protected.
 - Police posts are outgunned; some officers sell their own ammunition.

WHY IT IS A HUMAN RIGHTS ISSUE
Every state must protect the right to life. Governments that export arms
to countries at war, or that fail to control the guns on their own
territory, share responsibility for the killings.

WHAT WE ARE ASKING FOR
 1. Strict controls on the transfer of arms into the region, and an end to
    arms sales to parties who commit abuses.
 2. Marking and registration of all guns held by police and home guards.
 3. Voluntary disarmament linked to security for the communities, not
    forced disarmament operations that punish whole villages.

Threshold Kenya, P.O. Box 51342, Nairobi.                Nairobi, June 1996
""",
    },
    {
        "id": "953", "split": "holdout9", "date": "1983-10", "date_form": "spanish-month-range",
        "type": "newsletter",
        "subjects": ["disappearances", "extrajudicial executions", "fundraising", "prisoners of conscience",
                     "urgent actions"],
        "title": "Boletín Umbral",
        "title_variants": ["Boletín Umbral, Año 3, Nº 9, octubre-diciembre 1983"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["PE", "UY"],
        "notes": "Issue 'octubre-diciembre 1983' takes the start month. Items: disappearances in Ayacucho "
                 "(PE), the graves at Huanta with bodies of people killed after arrest (extrajudicial "
                 "executions, PE), the release of the section's adopted prisoner in Uruguay (prisoners of "
                 "conscience, UY), the new Urgent Action network, a call for dues (fundraising). Dates "
                 "mentioned: 1976 arrest, 10 de diciembre.",
        "text": """BOLETÍN UMBRAL
Umbral Internacional - Sección Peruana
Año 3  -  Nº 9  -  octubre-diciembre 1983
Apartado 11-0215, Lima

----------------------------------------------------------------------
AYACUCHO: CRECEN LAS DESAPARICIONES
Desde que las Fuerzas Armadas asumieron el control de la zona de
emergencia en enero, la Sección ha registrado más de 300 denuncias de
personas detenidas por militares o policías y luego desaparecidas. Los
familiares, en su mayoría campesinos quechuahablantes, no tienen a quién
acudir. La Sección ha entregado la lista al Fiscal de la Nación.

----------------------------------------------------------------------
FOSAS EN HUANTA
En setiembre se encontraron en las afueras de Huanta varias fosas con
cuerpos de personas que habían sido vistas con vida en manos de una
patrulla. Varios tenían las manos atadas y disparos en la nuca. Exigimos
una investigación imparcial de estas ejecuciones y que los responsables
sean juzgados.

----------------------------------------------------------------------
LIBERADO EN URUGUAY
El profesor Washington Ferreira, adoptado por el grupo de Miraflores,
fue liberado en agosto tras siete años en el Penal de Libertad. Había
sido detenido en 1976 por pertenecer a un sindicato docente. En una
carta al grupo agradece "cada tarjeta, aunque nunca me las entregaron".

----------------------------------------------------------------------
NACE LA RED DE ACCIONES URGENTES
Desde noviembre la Sección participa en la red internacional de
Acciones Urgentes. Los miembros inscritos reciben por correo el caso de
una persona en peligro inmediato y envían un telegrama o carta en 48
horas. Ya son 64 inscritos. Inscríbase en la Secretaría.

----------------------------------------------------------------------
CUOTAS
La Sección se sostiene con las cuotas de sus miembros. Le rogamos ponerse
al día antes del 10 de diciembre. Cuota anual: S/. 5.000 (estudiantes
S/. 2.000).
""",
    },
    {
        "id": "910", "split": "holdout9", "date": "2009-01-15", "date_form": "day-month-year",
        "type": "report",
        "subjects": ["fundraising", "group organizing", "human rights education"],
        "title": "Youth and Schools Programme: Quarterly Report to the Board, October-December 2008",
        "title_variants": ["Youth and Schools Programme: Quarterly Report to the Board",
                           "Quarterly Report to the Board, October-December 2008",
                           "Youth and Schools Programme Quarterly Report"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "The report's date of issue ('Submitted 15 January 2009') wins over the quarter it covers "
                 "(October-December 2008), which is attached to the heading and part of the title. Sections: "
                 "school workshops and the teachers' seminar (human rights education), new school groups set "
                 "up (group organizing), the grant application (fundraising). Addressed to the Board: no "
                 "audience term.",
        "text": """THRESHOLD IRELAND

YOUTH AND SCHOOLS PROGRAMME
Quarterly Report to the Board, October-December 2008

1. Summary
The quarter was the busiest on record for school visits, and eight new
school groups were founded. The Irish Aid application was submitted.

2. School workshops
Facilitators delivered 64 workshops in 29 post-primary schools (1,720
students), mostly the "Introducing Human Rights" and "Refugee Stories"
sessions for Transition Year. A one-day seminar for 22 CSPE teachers was
held in Athlone on 15 November on teaching the Universal Declaration in
its 60th anniversary year.

3. School groups
Eight new school groups were set up (Cork 3, Dublin 2, Galway, Sligo,
Waterford), bringing the total to 41. Each received the starter pack and
a visit from a youth volunteer to help hold a first meeting and choose a
coordinator. Two groups closed when their teachers moved.

4. Funding
An application for EUR 45,000 over two years was submitted to the Irish
Aid development education fund on 28 November. The schools' fundraising
pack raised EUR 6,310 in the quarter (sponsored fasts, non-uniform days).

5. Next quarter
Youth conference, 7 March 2009; new workshop on online campaigning.

Submitted 15 January 2009
Orla Tierney, Youth and Schools Coordinator
""",
    },
    {
        "id": "941", "split": "holdout9", "date": "1995-11", "date_form": "month-year",
        "type": "letter",
        "subjects": ["fundraising"],
        "title": "[Christmas appeal letter from Threshold Australia to supporters]",
        "title_variants": ["[Letter to supporters appealing for donations, November 1995]"],
        "title_devised": True,
        "audience": [], "language": "en", "places": [],
        "notes": "A fundraising appeal with salutation and signature: letter. Dated 'November 1995' only. "
                 "The list of what gifts pay for (Urgent Actions, school visits, prisoner research) "
                 "illustrates the appeal: fundraising only. Supporters are not an audience term. The 30 "
                 "June tax deadline is a mention.",
        "text": """THRESHOLD AUSTRALIA
Locked Bag 23, Broadway NSW 2007  *  Freecall 1800 151 302  *  ABN 64 002 806 233

                                                       November 1995

Dear Friend,

This year, a letter from an Australian schoolteacher reached a prison
in Central Asia. The prisoner's wife wrote to us: "The guards began to
treat him differently. They knew that someone, far away, knew his name."

That letter was possible because people like you gave.

Threshold receives no money from any government. Every Urgent Action,
every school visit, every researcher's trip is paid for by members and
supporters. This Christmas, will you give again?

   $25  pays for the postage of one Urgent Action to 300 members
   $50  sends a trained speaker into a school for a day
  $100  helps fund a researcher's visit to a prisoner's family

Please use the enclosed form and reply-paid envelope, or call our
freecall number. Gifts of $2 or more are tax deductible: give before
30 June and claim it this financial year.

With my thanks and good wishes for Christmas,

          [signature]
Rosemary Tran
National Director

P.S. Our target is $180,000 by the end of January. We are at $64,000.
""",
    },
    {
        "id": "932", "split": "holdout9", "date": "2001", "date_form": "copyright",
        "type": "trainer guide",
        "subjects": ["police and human rights", "torture"],
        "title": "Trainer's Guide: Police and Human Rights",
        "title_variants": ["Police and Human Rights", "Police and Human Rights: Trainer's Guide",
                           "Module 7: Police and Human Rights"],
        "title_devised": False,
        "audience": ["trainers"], "language": "en", "places": ["IN"],
        "notes": "Addressed to the trainer (timings, 'Ask', 'Explain'): trainer guide, for trainers. Steps "
                 "on arrest rights under Indian law (police and human rights, IN) and a step on the "
                 "prohibition of torture. '(c) Threshold India 2001' is the date; the 1996 judgment is a "
                 "mention. The module number line above the heading is a variant only.",
        "text": """THRESHOLD INDIA  --  MEMBERS' TRAINING PROGRAMME
Module 7

TRAINER'S GUIDE: POLICE AND HUMAN RIGHTS

Duration: 2 hours.  Participants: 15-30 members.
Aim: members understand the rights of a person at arrest and in custody,
and what they can do when those rights are violated.

Materials: chart paper; copies of the "Rights at Arrest" card; the D.K.
Basu guidelines (Annex); a short newspaper report of a custodial death.

1. Opening (10 min)
   Ask: "Has anyone here, or anyone you know, been to a police station
   to report something? How were you treated?" Listen; do not argue.

2. Rights at arrest (30 min)
   Explain the Constitution, Articles 21 and 22, and the Supreme Court's
   guidelines of 1996: arrest memo, informing a relative, medical
   examination, production before a magistrate within 24 hours. Hand out
   the card. Divide participants into pairs; one plays a police officer,
   one a person arrested. Swap after 5 minutes.

3. Torture is never allowed (30 min)
   Read the newspaper report aloud. Explain that torture is forbidden
   in all circumstances, under the UN Convention and under Indian law,
   and that confessions to the police are not evidence. Ask groups of
   five: why does torture continue? List answers: pressure to solve
   cases, no training in investigation, impunity.

4. Good policing (20 min)
   Invite a retired officer if possible. Discuss: community policing,
   complaints authorities, training.

5. What members can do (20 min)
   Complaints to the State Human Rights Commission; accompanying families
   to the police station; visiting and monitoring local lock-ups.

6. Close (10 min)

(c) Threshold India 2001
""",
    },
    {
        "id": "916", "split": "holdout9", "date": "1990-03-12", "date_form": "day-month-year-numeric",
        "type": "memo",
        "subjects": ["racial discrimination"],
        "title": "Discrimination against Travellers -- proposed working group",
        "title_variants": ["Discrimination against Travellers",
                           "[Memo from the Campaigns Officer to area representatives about a working group on discrimination against Travellers]"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["IE"],
        "notes": "Memo form; the RE line is the title. Irish material: 12/3/90 is 12 March. Discrimination "
                 "against Travellers in Ireland treated as racial/ethnic discrimination (racial "
                 "discrimination, IE). Area Representatives are a role, not an audience term. The 1989 Act "
                 "and the April meeting are mentions.",
        "text": """THRESHOLD IRELAND

MEMORANDUM

TO:     Area Representatives
FROM:   Campaigns Officer
DATE:   12/3/90
RE:     Discrimination against Travellers -- proposed working group

At its February meeting the Executive asked me to sound out the areas on
a working group to look at discrimination against Travellers.

Until now the Section has worked only on other countries. Several groups
have asked whether we can keep silent about what happens here: Traveller
families refused service in pubs and hotels, evicted from roadside sites
without alternative accommodation, children kept in separate classes.
Travellers are a distinct ethnic group, and the UN Convention on racial
discrimination is clear that such treatment is prohibited. Ireland has
signed but not ratified it. The Prohibition of Incitement to Hatred Act
1989 covers Travellers but does nothing about refusal of service.

The working group would (a) gather information from groups and Traveller
organisations, (b) report to the Executive by September on whether and
how the Section should act, and (c) consider whether the mandate allows it.

Please let me know by 30 March whether your area would nominate someone.
The group would meet four times, in Dublin or Athlone.

S.McG.
""",
    },
    {
        "id": "954", "split": "holdout9", "date": "1977-04-24", "date_form": "weekday-day-month-year",
        "type": "flyer",
        "subjects": ["fair trials", "prisoners of conscience"],
        "title": "Release All Prisoners of Conscience: Public Meeting",
        "title_variants": ["Release All Prisoners of Conscience", "Public Meeting: Release All Prisoners of Conscience"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["IN"],
        "notes": "A poster for a public meeting: flyer, the meeting's date. PUBLIC MEETING stands directly "
                 "above the slogan heading: joined after it. Its demands: release of prisoners held for "
                 "their beliefs and fair and prompt trial for the rest (fair trials); about detainees in "
                 "India after the Emergency (IN). The Emergency's dates are mentions.",
        "text": """                    THRESHOLD INDIA -- CALCUTTA GROUP

                            PUBLIC MEETING

               RELEASE ALL PRISONERS OF CONSCIENCE

     The Emergency is over. But in West Bengal's jails hundreds are
     still held without trial -- some for six years.

     WE ASK:
       * Release of every person held only for his or her beliefs
       * A fair and prompt trial, in open court, for every other
         detainee -- or release
       * An end to detention without trial

     Speakers: Justice (Retd.) A. K. Sen Gupta
               Smt. Maitreyi Bose
               Prof. Amitabha Lahiri

            SUNDAY 24 APRIL 1977, 5 P.M.
            Mahabodhi Society Hall, College Square

                          ALL ARE WELCOME
""",
    },
    {
        "id": "919", "split": "holdout9", "date": "2010-07-03", "date_form": "day-range",
        "type": "agenda",
        "subjects": ["LGBT rights", "economic, social and cultural rights", "equality and non-discrimination",
                     "freedom of religion", "human rights education", "online activism", "public speaking"],
        "title": "Youth Human Rights Camp 2010",
        "title_variants": ["Youth Human Rights Camp", "Youth Human Rights Camp 2010: Schedule"],
        "title_devised": False,
        "audience": ["youth"], "language": "en", "places": ["IN"],
        "notes": "A two-day schedule with times: agenda. The year attached to the heading is part of the "
                 "title; 'SCHEDULE' set apart after the date/venue line is a section label. Range 3-4 July: "
                 "start. Sessions: what are human rights (human rights education), caste discrimination "
                 "(equality and non-discrimination), food and housing as rights (economic, social and "
                 "cultural rights, covered as such), freedom of religion, the Delhi High Court judgment of 2009 "
                 "(LGBT rights, IN), online campaigning (online activism), speaking out (public speaking). For "
                 "young people 16-21: youth.",
        "text": """THRESHOLD INDIA -- YOUTH NETWORK

YOUTH HUMAN RIGHTS CAMP 2010
for young members aged 16 to 21
3-4 July 2010, YMCA Camp, Shimla

SCHEDULE

SATURDAY 3 JULY
 8.00   Breakfast
 9.00   Ice-breakers and introductions
10.00   What are human rights? A journey through the Universal Declaration
11.30   Tea
11.45   Caste and equality: discrimination in our schools and villages
 1.00   Lunch
 2.00   Food, water and a roof: economic, social and cultural rights
 3.30   Faith and freedom: freedom of religion in a plural society
 5.00   Trek to the ridge
 8.00   Campfire and cultural evening

SUNDAY 4 JULY
 8.00   Breakfast
 9.00   After Naz: the Delhi High Court judgment of 2009 and the rights of
        LGBT people in India
10.30   Tea
10.45   Campaigning online: blogs, Facebook, SMS and online petitions
12.15   Speak up! Practice in giving a two-minute speech
 1.30   Lunch and departure
""",
    },
]
