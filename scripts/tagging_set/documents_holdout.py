"""The holdout set of the independent tagging evaluation set: document texts and labels.

Written and labelled in one session by a helper that never read metp's tagging code, its
vocabulary file, its earlier labelled data (scripts/data/tagging_labels.yaml) or the dev and
test documents (see the README for a few lines of two dev documents seen by accident),
strictly by docs/labelling-guidelines.md, after the tagging rules had been
tuned. For reporting only: run it once (scripts/eval_tagging.py --holdout), never tune on it,
never print or read per-document results for it. Numbered 101-146 in a seeded random order
(seed 2026); see scripts/tagging_set/README.md.
"""

DOCUMENTS = [
    {
        'id': '101',
        'split': 'holdout',
        'date': '1992-09-14',
        'date_form': 'us-numeric',
        'type': 'memo',
        'subjects': ['campaigning', 'letter writing', 'lobbying', 'media work', 'torture'],
        'title': 'Proposed 1993 campaign against torture: outline for board discussion',
        'title_devised': False,
        'title_variants': ['Proposed 1993 campaign against torture', '[Memo from Carolyn Mayer to the Board of Directors about a proposed 1993 campaign against torture]'],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': "US memo, DATE 9/14/92 -> 1992-09-14 (M/D/Y). Mentioned: the September 26 board meeting, 1993, February, April, May. The memo presents a whole campaign (campaigning + torture). Actions: monthly letters to officials (letter writing), lobby day and visits to Congress (lobbying, US), op-eds and letters to the editor (media work). The budget paragraph is not fundraising; the speakers' packet is in passing. 'Board of Directors' is not an audience term.",
        'text': """\
INTERNATIONAL CONSCIENCE NETWORK, U.S.A.

                              MEMORANDUM

TO:       Board of Directors
FROM:     Carolyn Mayer, Executive Director
DATE:     9/14/92
RE:       Proposed 1993 campaign against torture: outline for board
          discussion

For discussion at the September 26 board meeting. The International
Council has asked every section to run a year-long campaign against
torture in 1993, with a worldwide launch in February. Here is what
staff propose for our section.

Aims
 - Make torture an issue on which members of Congress must take a
   position.
 - Win concrete changes in the treatment of detainees in three focus
   countries chosen by the International Secretariat.

Materials
An action kit for every group (case sheets, a 16-page briefing, a
poster and a video), a campaign newsletter every two months, and a
speakers' packet for members who give talks.

Actions
 1. Appeals. Each group takes on one victim from the focus countries
    and writes every month to the officials responsible.
 2. Congress. A lobby day in Washington in April, asking members to
    cosponsor a bill barring security assistance to units that
    torture. Groups will be asked to visit district offices in May.
 3. Media. Op-eds and letters to the editor in 100 local papers during
    the launch week; a press conference in New York with a survivor.

Budget
Staff estimate the cost at $240,000, of which $90,000 is already in
the 1993 budget. Details are in the attached paper.

Please send me any questions before the meeting.

CM/rs
""",
    },
    {
        'id': '102',
        'split': 'holdout',
        'date': '2008-10-14',
        'date_form': 'email-header',
        'type': 'memo',
        'subjects': ['online activism', 'petitions'],
        'title': 'Revised online action module -- please review by 10/31',
        'title_devised': False,
        'title_variants': ['Revised online action module', '[Memo from Dana Whitfield to the regional trainers about the revised online action module]'],
        'audience': ['trainers'],
        'language': 'en',
        'places': [],
        'notes': "An e-mail in memo form (From/To/Date/Subject) with no greeting: memo, although it ends with the sender's name. Date from the header; the 2006 version and the 10/31 deadline are mentioned. Title is the Subject line. Items: social networking sites and online safety (online activism), e-petitions (petitions). Sent to the regional trainers' list -> trainers.",
        'text': """\
From: Dana Whitfield <dwhitfield@icn-usa.org>
To: regional-trainers@lists.icn-usa.org
Date: Tue, 14 Oct 2008 09:12:44 -0500
Subject: Revised online action module -- please review by 10/31

Attached is the revised Module 6 ("Taking Action Online") of the
activist training curriculum. Main changes from the 2006 version:

1. New section on social networking sites. Groups are starting to use
   Facebook pages and MySpace to announce events and circulate
   actions. The module now covers setting up a group page, who should
   administer it, and what not to post (photos of participants at
   sensitive events, personal details of people at risk).

2. E-petitions rewritten. The old text assumed paper petitions with an
   online copy. We now start from the online version: choosing a
   platform, writing a single clear demand, asking for verifiable
   details, and delivering the signatures so that the target actually
   sees them. The exercise on good and bad petition wording is new.

3. Safety online. A short new part on passwords, shared computers in
   libraries, and not forwarding unverified appeals.

4. Timing. The module now fits a 75-minute slot instead of 2 hours;
   the blog exercise has been dropped.

Please read it and send comments to me by 10/31 so that we can print
it for the winter regional trainings. If you used the module this
year, tell me which parts worked and which fell flat.

Dana Whitfield
Training Coordinator
""",
    },
    {
        'id': '103',
        'split': 'holdout',
        'date': '1986-04',
        'date_form': 'us-numeric-month-year',
        'type': 'worksheet',
        'subjects': ['fundraising', 'group development', 'recruitment'],
        'title': "Your Group's Year: A Planning Worksheet for Local Groups",
        'title_devised': False,
        'title_variants': ["Your Group's Year", "Your Group's Year: A Planning Worksheet"],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "Footer 'Group Services -- 4/86' (US, month/year) is the issue date -> 1986-04. Parts: reviewing last year and setting aims (group development), finding new members (recruitment), the income and expenses lines and the money-raising event (fundraising). 'for Local Groups' -> local groups; 'Area Coordinator' gives no audience.",
        'text': """\
YOUR GROUP'S YEAR
A Planning Worksheet for Local Groups

Fill this in together at your first meeting of the year. Keep a copy
and send one to your Area Coordinator.

PART 1 -- HOW ARE WE DOING?
a. How many members came to at least half of last year's meetings? ____
b. What did the group do well last year? _____________________________
c. What did not work, and why? _______________________________________

PART 2 -- OUR AIMS FOR THE YEAR
List no more than three things the group wants to achieve.
1. ____________________________________________________________
2. ____________________________________________________________
3. ____________________________________________________________
Who will take charge of each? ______________________________________

PART 3 -- NEW MEMBERS
How will you find new members this year? (tick and add dates)
[ ] table at a fair or festival ______  [ ] talk at a church or club ______
[ ] notice in the local paper ______    [ ] other: ___________________
Who will welcome newcomers and call them after their first meeting?
_______________________________________________________________

PART 4 -- MONEY
Expected expenses:  postage $____  copying $____  other $____  TOTAL $____
Expected income:    dues $____  events $____  donations $____
                    grants $____                               TOTAL $____
Which money-raising event(s) will you hold, and when? _______________

                                                Group Services -- 4/86
""",
    },
    {
        'id': '104',
        'split': 'holdout',
        'date': '1974-03-12',
        'date_form': 'us-numeric',
        'type': 'memo',
        'subjects': ['letter writing', 'prisoners of conscience'],
        'title': "Writing to prisoners' families -- new guidance",
        'title_devised': False,
        'title_variants': ["Writing to prisoners' families", "[Memo from Group Services to adoption group coordinators about writing to prisoners' families]"],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "US section memo, so 3/12/74 is M/D/Y -> 1974-03-12. Mentioned, not the date: the 1972 group packets, the April 30 report deadline. Title is the RE: line; the form without the dash phrase and a devised form are variants. prisoners of conscience: the whole memo is about the families of adopted prisoners. 'To: All Adoption Group Coordinators' -> local groups.",
        'text': """\
INTERNATIONAL CONSCIENCE NETWORK, U.S.A.
Group Services  *  2 West 64th Street, New York, N.Y. 10023  *  (212) 555-0143

                              MEMORANDUM

TO:       All Adoption Group Coordinators
FROM:     Ruth Adler, Group Services
DATE:     3/12/74
RE:       Writing to prisoners' families -- new guidance

Several groups have asked what they may and may not say when they write
to the wife, parents or children of the prisoner they have adopted. The
Research Department has now given us the following guidance, which
replaces the note sent out with the group packets in 1972.

1. Write first to the family only if the case sheet says that contact is
   safe. In some countries a letter from abroad can bring the police to
   the door. If the sheet says "no family contact", do not write.

2. Keep it personal and warm. Tell them who you are, that people in your
   town think of the prisoner and his family, and that you are writing to
   the authorities on his behalf. Say nothing about the politics of the
   case or of the government.

3. Never send money or parcels unless Group Services has cleared it.
   Relief for families can only be sent through the London office.

4. Do not expect an answer. Many families are afraid to reply, and many
   letters never arrive. Send a short card every few weeks anyway.

5. If an answer does come, send a copy to Group Services at once. Family
   letters often contain news of the prisoner's health or of a transfer,
   and the researchers need it.

Please report on your family letters in your next quarterly group report,
due April 30. Thank you for your patience with all these rules -- they
are there to protect the people we are trying to help.

RA/jm
""",
    },
    {
        'id': '105',
        'split': 'holdout',
        'date': '1977',
        'date_form': 'fr-season',
        'type': 'newsletter',
        'subjects': ['death penalty', 'freedom of religion', 'fundraising', 'letter writing', 'prisoners of conscience'],
        'title': 'Le Lien',
        'title_devised': False,
        'title_variants': ['Le Lien : bulletin de liaison des groupes locaux', 'Le Lien, n° 12, automne 1977'],
        'audience': ['local groups'],
        'language': 'fr',
        'places': ['FR', 'SU'],
        'notes': "Issue 'automne 1977' -> 1977 (a season gives the year). Mentioned: 15 octobre, the AGM on 12 mars 1978. Items: the pastor jailed for his faith (prisoners of conscience + freedom of religion; Ukraine, then USSR -> SU), how to write to the Soviet authorities (letter writing), the death penalty in France (FR), the greeting-card sale (fundraising). 'plusieurs groupes ont écrit à leur député' is in passing. 'Bulletin de liaison des groupes locaux' -> local groups.",
        'text': """\
LE LIEN
Bulletin de liaison des groupes locaux
Réseau International de Conscience — Section française
N° 12 — automne 1977

UN PASTEUR EN CAMP DE TRAVAIL
Le groupe de Tours vient d'adopter Piotr Vasilenko, pasteur baptiste
de 51 ans, condamné en Ukraine à trois ans de camp à régime renforcé
pour avoir célébré des cultes dans des maisons privées et imprimé des
recueils de cantiques sans autorisation. Sa communauté refuse de se
faire enregistrer auprès des autorités, ce qui rend illégale toute
réunion de prière. Le pasteur Vasilenko n'a jamais prôné la violence :
il est emprisonné pour sa foi.

COMMENT ÉCRIRE EN URSS
Écrivez en français ou en russe, à la main, sur un ton courtois.
Adressez vos lettres au Procureur général de l'URSS, à Moscou, et au
directeur du camp. N'envoyez jamais de critiques du système soviétique :
demandez seulement la libération du prisonnier et des nouvelles de sa
santé. Envoyez toujours en recommandé : l'accusé de réception, quand il
revient, prouve que la lettre est arrivée.

OÙ EN EST LA PEINE DE MORT EN FRANCE ?
Deux condamnés ont été guillotinés cette année. Le débat sur
l'abolition revient à l'Assemblée ; plusieurs groupes ont écrit à leur
député. La Section prépare un dossier pour les groupes qui souhaitent
organiser une réunion publique sur la peine capitale.

UNE VENTE QUI RAPPORTE
La vente de cartes de vœux de décembre dernier a rapporté 18 400 F à
la Section. Cette année, les cartes (quatre modèles) seront disponibles
dès le 15 octobre. Chaque groupe garde 20 % de ses ventes.

Prochaine assemblée générale : 12 mars 1978, à Paris.
""",
    },
    {
        'id': '106',
        'split': 'holdout',
        'date': '1975',
        'date_form': 'copyright-c',
        'type': 'handout',
        'subjects': ['letter writing'],
        'title': 'How to Write an Effective Appeal Letter',
        'title_devised': False,
        'title_variants': ['How to Write an Effective Appeal Letter for New Members'],
        'audience': ['new members'],
        'language': 'en',
        'places': [],
        'notes': "'(c) 1975' is the publication date. The sample letter is part of the handout (a handout, not a letter) and has placeholders, not a named prisoner; the tips are about the letter itself, prisoners are not a topic of their own. 'for new members' -> new members; title with that line is a variant.",
        'text': """\
HOW TO WRITE AN EFFECTIVE APPEAL LETTER
for new members

Your letter may be the only sign the authorities ever receive that
someone outside the country is watching. These guidelines come from
years of experience of groups around the world.

1. Be courteous. Address the official by his correct title ("Your
   Excellency" for a head of state or a minister). An insulting letter
   goes in the waste basket -- or worse, harms the person you are
   writing about.

2. Be brief. One page is enough. Say who you are (a teacher, a nurse,
   a retired farmer...) and why you are concerned.

3. Stick to the facts you have been given: the name, the date and
   place of arrest, where the person is held. Do not guess.

4. Do not take sides. Say that you write out of concern for human
   rights, that the Network works impartially in all countries, and
   never comment on the government's politics.

5. Ask for something specific: release, a lawyer, a doctor, visits by
   the family, information on where the person is held.

6. Write by hand or type neatly. Use airmail and the correct postage.
   Never use group letterhead unless your coordinator has agreed.

7. Keep a copy, and send any reply to your group's coordinator.

A SAMPLE LETTER

   Your Excellency,
   I am writing to you as a member of the Network in Des Moines, Iowa,
   concerning [name], who I understand has been held without charge
   in [place] since [date]. ... I respectfully urge you to ...
   Yours respectfully,

(c) 1975 International Conscience Network, U.S.A.
""",
    },
    {
        'id': '107',
        'split': 'holdout',
        'date': '1998-06-14',
        'date_form': 'given-this-day',
        'type': None,
        'subjects': ['facilitation'],
        'title': 'Certificate of Completion',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "A certificate: type null (a kind the list lacks). Its own date is the day it was given, 'this 14th day of June, 1998'; the course dates (June 12-14) are mentioned. Subject: the course it certifies, a course in running sessions (facilitation), set out as a displayed line and described in the following paragraph.",
        'text': """\
              INTERNATIONAL CONSCIENCE NETWORK, U.S.A.

                    CERTIFICATE OF COMPLETION

                        This certifies that

                         MARIA L. DELGADO

            has successfully completed the thirty-hour course

                  WORKSHOP FACILITATION SKILLS

     held in Chicago, Illinois, on June 12-14, 1998, covering the
     planning of a session, leading group discussion, the use of role
     plays and case studies, and handling difficult moments in a group,
     and is qualified to lead training sessions for the Network.

     Given at Chicago, Illinois, this 14th day of June, 1998.


     _________________________          _________________________
     Director of Training               Midwest Regional Director
""",
    },
    {
        'id': '108',
        'split': 'holdout',
        'date': '1995-06-03',
        'date_form': 'es-numeric',
        'type': 'report',
        'subjects': ['death penalty', 'fundraising', 'petitions', 'recruitment'],
        'title': 'Acta de la asamblea del grupo local de Zaragoza',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'es',
        'places': ['US'],
        'notes': "Minutes are typed report. Spanish, so 3/6/1995 is D/M/Y -> 1995-06-03; the next meeting 1/7/1995 and 'desde marzo' are mentioned. Items: the death penalty in Texas and collecting signatures to the governor (death penalty, petitions; US state -> US; one action of a campaign, so not campaigning), treasury with dues and a benefit dinner (fundraising), a stall to attract new members (recruitment). A group's own minutes: no audience.",
        'text': """\
RED INTERNACIONAL DE CONCIENCIA

ACTA DE LA ASAMBLEA DEL GRUPO LOCAL DE ZARAGOZA
celebrada el 3/6/1995 en el local de la Asociación de Vecinos de la Magdalena

Asistentes: Carmen Lacasa (coordinadora), Javier Pueyo, Nuria Ibáñez,
Alberto Sanz, Marta Gil, Jesús Ferrer, Elena Royo. Excusa su
asistencia: Luis Ortiz.

1. Pena de muerte en Estados Unidos. Nuria informa de la situación de
   los condenados a muerte en Texas, donde en lo que va de año se han
   llevado a cabo ya varias ejecuciones, y del caso de un condenado cuya
   ejecución está prevista para agosto. Se acuerda recoger firmas en el
   mercadillo de los domingos durante todo el mes de junio, pidiendo al
   gobernador que conmute la pena. Javier preparará las hojas de firmas
   y una pancarta.

2. Tesorería. Alberto presenta el estado de cuentas: 46.300 pesetas en
   caja. Seis socios deben todavía la cuota del año; se les llamará por
   teléfono. Se propone una cena benéfica en otoño; se decidirá en
   septiembre.

3. Captación de socios. Desde marzo se han incorporado cuatro personas,
   pero el grupo sigue siendo pequeño. Se acuerda poner una mesa en la
   Feria del Libro para dar a conocer el grupo y apuntar a las personas
   interesadas, y preparar un folleto sencillo de bienvenida.

4. Ruegos y preguntas. No hay.

Próxima reunión: 1/7/1995, a las 19 h, en el mismo lugar.

La secretaria, Elena Royo                    Vº Bº La coordinadora
""",
    },
    {
        'id': '109',
        'split': 'holdout',
        'date': '2004-02-02',
        'date_form': 'email-header',
        'type': 'letter',
        'subjects': ['letter writing', 'media work', 'online activism', 'petitions', 'prisoners of conscience'],
        'title': "[Email from Luis Ortega to student group leaders about the Valentine's Day letter marathon]",
        'title_devised': True,
        'title_variants': ["Have a Heart: Valentine's Day letter marathon"],
        'audience': ['student groups'],
        'language': 'en',
        'places': ['ER', 'MM'],
        'notes': "An e-mail opening 'Dear student group leaders' and signed: a letter. Date from the header; February 14, September 2001 and February 20 are mentioned. Devised title; the Subject line is a variant. The marathon (letter writing), two prisoners' cases of a paragraph each (prisoners of conscience; Burma -> MM, Eritrea -> ER), the bulleted ideas: web page and online petition (online activism, petitions), campus paper or radio (media work).",
        'text': """\
From: Luis Ortega <lortega@icn-usa.org>
To: student-leaders@lists.icn-usa.org
Date: Mon, 2 Feb 2004 16:40:05 -0500
Subject: Have a Heart: Valentine's Day letter marathon

Dear student group leaders,

Twelve days from now, on February 14, we hope every campus group will
hold a "Have a Heart" letter marathon: a table, a stack of cards and
paper, and as many passers-by as you can persuade to sit down and
write for twenty minutes.

This year we are writing for two people:

Tin Maung Oo, a schoolteacher in Burma, has served nine years of a
fourteen-year sentence for teaching his students songs banned by the
military government. He is held in Insein prison and is reported to be
in poor health.

Dawit Haile, an Eritrean journalist, was arrested in September 2001
with ten colleagues when the government closed the independent press.
He has never been charged or brought before a judge, and his family
does not know where he is held.

Case sheets, sample letters and addresses are attached. Some ideas to
make the day a success:

 - Reserve a table in the student union or dining hall now.
 - Put both cases on your group's web page and link to our online
   petition, for people who walk past without stopping.
 - Ask the campus paper or radio station to cover the marathon -- a
   photo of a table piled high with letters makes a good story.

Please send me your group's total number of letters by February 20.

In solidarity,
Luis Ortega
Student Program Coordinator
""",
    },
    {
        'id': '110',
        'split': 'holdout',
        'date': '1993-10-05',
        'date_form': 'us-numeric',
        'type': 'agenda',
        'subjects': ["children's rights", 'fundraising', 'human rights education', 'letter writing', 'prisoners of conscience'],
        'title': 'Group 42 Monthly Meeting: Agenda',
        'title_devised': False,
        'title_variants': ['Group 42 Monthly Meeting'],
        'audience': [],
        'language': 'en',
        'places': ['MA'],
        'notes': "US group (Worcester, Mass.), so 10/05/1993 is M/D/Y -> 1993-10-05. Mentioned: 1989 (arrest), Dec. 4 (craft fair), the spring term. 'Agenda' directly below the heading joins it. Items: the adopted prisoner in Morocco and the anniversary letters (prisoners of conscience, letter writing; MA), the craft fair money goal (fundraising), the children's rights exhibit in middle schools (children's rights, human rights education). The reason for his arrest (his articles) is a clause, in passing. A group's own agenda: no audience.",
        'text': """\
GROUP 42 MONTHLY MEETING
Agenda
Tuesday 10/05/1993, 7:30 p.m. -- Room 3, First Unitarian Church, Worcester, Mass.

7:30  Welcome; approval of the September minutes

7:40  Our prisoner: news of Driss Benali (Morocco), held since 1989
      for his articles in a student paper; letters for the fourth
      anniversary of his arrest -- who writes to whom (Mary)

8:00  Holiday craft fair, Dec. 4: our booth, who bakes, who staffs,
      prices of cards and candles, and our money goal for the year
      (Treasurer)

8:20  Children's rights exhibit: proposal to show the panels on the
      UN Convention on the Rights of the Child in three middle schools
      during the spring term, with a short class talk (Paul and Jen)

8:45  Any other business

9:00  Close

Please bring your calendars.  Coffee: Bob.
""",
    },
    {
        'id': '111',
        'split': 'holdout',
        'date': '2002-02-23',
        'date_form': 'eu-slash',
        'type': 'worksheet',
        'subjects': ['arms control', 'lobbying', 'media work'],
        'title': 'Ficha 3: Preparar una entrevista con tu diputado',
        'title_devised': False,
        'title_variants': ['Preparar una entrevista con tu diputado'],
        'audience': [],
        'language': 'es',
        'places': ['ES'],
        'notes': 'Spanish, so 23/02/2002 is D/M/Y (unambiguous anyway); the running line naming the workshop is not the title. Questions: the deputy and what to ask (lobbying), arms exports and the arms trade law (arms control), telling the local press (media work). A Spanish deputy and a Spanish law -> ES.',
        'text': """\
Taller de incidencia política · Barcelona, 23/02/2002

FICHA 3: PREPARAR UNA ENTREVISTA CON TU DIPUTADO

En grupos de tres. Tenéis 30 minutos. Usad la información del dosier
sobre el proyecto de ley de comercio de armas.

1. ¿Con quién nos vamos a reunir?
   Nombre: ___________________  Partido: ___________________
   Circunscripción: ___________  Comisión(es) del Congreso: _________

2. ¿Qué sabe ya sobre el control de las exportaciones de armas? ¿Ha
   votado o hablado alguna vez sobre el tema?
   _________________________________________________________

3. ¿Qué le vamos a pedir exactamente? (Una sola petición concreta:
   por ejemplo, que su grupo parlamentario apoye la enmienda que obliga
   al Gobierno a informar cada año de las ventas de armas y de sus
   destinos.)
   _________________________________________________________

4. Tres argumentos breves, y el dato que apoya cada uno:
   a) ______________________________________________________
   b) ______________________________________________________
   c) ______________________________________________________

5. ¿Qué objeciones puede plantearnos y cómo responderemos?
   _________________________________________________________

6. Reparto de papeles: ¿quién abre la reunión, quién presenta los
   argumentos, quién toma notas?
   _________________________________________________________

7. Después de la entrevista: ¿daremos cuenta de ella a la prensa
   local? ¿Con qué nota y a qué medios?
   _________________________________________________________
""",
    },
    {
        'id': '112',
        'split': 'holdout',
        'date': '1984-03-12',
        'date_form': 'ordinal-day-month-year',
        'type': 'letter',
        'subjects': ['group development', 'public speaking', 'recruitment'],
        'title': '[Letter from Margaret Hale to the Leeds University Group about a training visit]',
        'title_devised': True,
        'title_variants': [],
        'audience': ['student groups'],
        'language': 'en',
        'places': [],
        'notes': "Dateline '12th March 1984' is the letter's date; the visit 'Saturday 7th April' (no year) and 'the end of the month' are mentioned. Addressed to a university group -> student groups. The three proposed sessions are a bulleted list: finding new members (recruitment), planning the year and keeping people involved (group development), speaking up (public speaking).",
        'text': """\
INTERNATIONAL CONSCIENCE NETWORK -- BRITISH SECTION
Training Unit, 5 Roger Street, London WC1N 2DR     Tel. 01-404 5500

                                                  12th March 1984

The Secretary
Leeds University Group
c/o Students' Union
Leeds LS2 9JT

Dear Friends,

Thank you for your letter asking for a training visit. I am pleased to
say that I can come to Leeds on Saturday 7th April, and I suggest we
meet from 10.30 to about 4 in the Union, if you can book a room.

You said that the group has shrunk to a handful of faithful members
since last summer and that you want to start the new term on a better
footing. I would propose three sessions:

  - Finding new members. Your stall at the Freshers' Fair, talks in the
    halls of residence, posters that say what the group actually does,
    and how to welcome a newcomer at his or her first meeting so that
    they come back.

  - Planning your year. Setting two or three realistic aims, sharing
    out the jobs so that the same three people do not do everything,
    and keeping people involved between the big events.

  - Speaking up. Several of you will have to introduce the group at
    lectures and society meetings. We will practise a three-minute
    talk and the handling of awkward questions from the floor.

Could you let me know by the end of the month how many people to
expect? I shall bring copies of the group handbook and the new
student pack.

With best wishes,

Margaret Hale
Training Officer
""",
    },
    {
        'id': '113',
        'split': 'holdout',
        'date': '1988-10',
        'date_form': 'revised-month-year',
        'type': 'manual',
        'subjects': ['fundraising', 'group organizing', 'letter writing', 'media work', 'prisoners of conscience'],
        'title': 'Handbook for Local Groups',
        'title_devised': False,
        'title_variants': [],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "'First published 1982. Revised edition, October 1988.' -> the revision wins: 1988-10. Chapters: starting a group (group organizing), the adopted prisoner (prisoners of conscience) with a paragraph on writing the letters (letter writing), paying the bills (fundraising), getting into the news (media work). The title says it is for local groups.",
        'text': """\
HANDBOOK FOR LOCAL GROUPS

International Conscience Network, U.S.A.
First published 1982.  Revised edition, October 1988.

CONTENTS
  Chapter 1   Starting a Group ............................ 2
  Chapter 2   Your Adopted Prisoner ....................... 3
  Chapter 3   Paying the Bills ............................ 4
  Chapter 4   Getting into the News ....................... 5
\f                                  -2-

CHAPTER 1.  STARTING A GROUP

A group needs only five people who are willing to meet once a month.
Hold the first meeting in a public place -- a library, a church hall, a
student lounge -- and announce it in the local paper. At that meeting
choose a coordinator, a treasurer and a casework secretary, and agree on
a regular date. Send the names to Group Services, which will register
the group and assign it a number. Keep meetings short: an hour and a
half, with a written agenda sent out a week before.
\f                                  -3-

CHAPTER 2.  YOUR ADOPTED PRISONER

Once registered, the group receives the dossier of a prisoner of
conscience: a man or woman held for his or her beliefs, origin or
language, who has not used or advocated violence. The group works for
that person's release until it is won, however long it takes. Never
take up a case in your own country.

Writing the letters. Write every month to the head of state, the
minister of justice and the prison director, and from time to time to
the embassy in Washington. Be courteous and brief; ask for release on
humanitarian grounds and for news of the prisoner's health. Where the
dossier says it is safe, send cards to the prisoner and to the family.
Keep a log of every letter sent and every reply received.
\f                                  -4-

CHAPTER 3.  PAYING THE BILLS

A group spends between $300 and $800 a year on postage, telegrams,
photocopies and translation. Most groups cover this with members'
dues, a yearly appeal to friends, and one or two events: a book sale,
a benefit concert, a dinner. Ask local churches and service clubs for
small grants. Send a share of what you raise to the national office,
which pays for the research on your prisoner.
\f                                  -5-

CHAPTER 4.  GETTING INTO THE NEWS

Publicity brings members, money and pressure on governments. Give your
local paper a story when something happens: a prisoner released, the
anniversary of an arrest, a visiting speaker. Write a one-page press
release and call the reporter afterwards. The letters to the editor
page is read by more people than any other. Local radio talk shows are
often glad of a guest.
""",
    },
    {
        'id': '114',
        'split': 'holdout',
        'date': '2000-10',
        'date_form': 'month-year',
        'type': 'newsletter',
        'subjects': ['economic, social and cultural rights', 'group organizing', 'online activism', 'recruitment'],
        'title': 'Student Action Bulletin',
        'title_devised': False,
        'title_variants': ['Student Action Bulletin: The Newsletter for ICN Student Groups', 'Student Action Bulletin, Issue 23, October 2000'],
        'audience': ['student groups'],
        'language': 'en',
        'places': [],
        'notes': "Issue date October 2000. Items: bringing people in at the start of term (recruitment; the petition is a clause, in passing), starting a new group (group organizing), the rights to housing, health, education and work presented as such (economic, social and cultural rights), the new web site and e-mail action (online activism). 'The newsletter for ICN student groups' -> student groups.",
        'text': """\
STUDENT ACTION BULLETIN
The newsletter for ICN student groups
Issue 23  --  October 2000

BACK ON CAMPUS: FILLING THE ROOM
The first three weeks of term decide your group's year. Set up a table
at the activities fair with a clipboard for names and e-mail addresses
and something people can do in thirty seconds, like signing a
petition; then follow up within a week with a personal invitation to
your first meeting. Groups that did this last fall doubled in size.

STARTING FROM SCRATCH?
More than forty new high school and college groups registered last
year. If you are starting one, the new Start-Up Kit explains how to
register with your school, write a simple constitution, elect officers
and plan a first meeting that people will want to come back to. Order
it from the Student Program office.

HOUSING, HEALTH, EDUCATION: NOW PART OF OUR WORK
For most of its history the Network worked almost only on prisoners.
From now on our work also covers the rights to adequate housing, to
health care, to education and to work in fair conditions -- rights
that bind governments just as much as the ban on torture does. A
discussion guide for groups is on page 4.

WE'RE ONLINE
The Student Program's new web site has action alerts, downloadable
posters and a message board where groups can swap ideas. Sign up for
the weekly e-mail action at the address below.

studentprogram@icn-usa.org
""",
    },
    {
        'id': '115',
        'split': 'holdout',
        'date': '1993-08-14',
        'date_form': 'es-full-date',
        'type': 'letter',
        'subjects': ['disappearances', 'letter writing', 'vigils and demonstrations'],
        'title': '[Letter from Pilar Echevarría to the members of Group 7 Madrid about the meeting on the disappeared in Argentina]',
        'title_devised': True,
        'title_variants': ['[Carta de Pilar Echevarría a los miembros del Grupo 7 de Madrid sobre el encuentro sobre los desaparecidos en Argentina]'],
        'audience': ['local groups'],
        'language': 'es',
        'places': ['AR'],
        'notes': "Dateline at the end 'Madrid, 14 de agosto de 1993' is the letter's date; the meeting (4 y 5 de septiembre), 1976-1983 and 'quince años después' are mentioned. Bulleted proposals: letters to the Argentine authorities (letter writing), a silent gathering at the consulate (vigils and demonstrations). Addressed to the members of a local group -> local groups. Country of the cases: Argentina.",
        'text': """\
RED INTERNACIONAL DE CONCIENCIA
Grupo 7 de Madrid — c/ Fuencarral 121, 3.º — 28010 Madrid

Queridos compañeros y compañeras del grupo:

Como sabéis, la Coordinadora de Latinoamérica organiza los días 4 y 5
de septiembre un encuentro sobre los desaparecidos en Argentina y la
lucha de sus familiares contra la impunidad. Vendrá una representante
de una asociación de familiares de Buenos Aires, que nos contará cómo
siguen buscando, quince años después, a miles de personas secuestradas
por las fuerzas de seguridad entre 1976 y 1983, y por qué las leyes de
Punto Final y Obediencia Debida y los indultos les han cerrado las
puertas de los tribunales.

Os propongo que el grupo prepare su participación así:

  — Escribir cada uno, antes del encuentro, una carta al Presidente de
    la Nación y otra al Ministro de Justicia argentinos pidiendo que se
    informe a las familias de la suerte de sus seres queridos. En la
    próxima reunión repartiremos los modelos y las direcciones.

  — Organizar, el sábado 4 por la tarde, una concentración silenciosa
    con fotografías de desaparecidos frente al consulado argentino.
    Hay que comunicarla a la Delegación del Gobierno con diez días de
    antelación; yo me ocupo.

Sé que agosto no es el mejor mes para pedir esfuerzos, pero los
familiares llevan esperando muchos años. Llamadme si tenéis dudas.

Un abrazo muy fuerte,

Pilar Echevarría
Coordinadora del grupo

Madrid, 14 de agosto de 1993
""",
    },
    {
        'id': '116',
        'split': 'holdout',
        'date': '1996-03',
        'date_form': 'fr-revised-month-year',
        'type': 'handout',
        'subjects': ['media work', 'petitions', 'vigils and demonstrations'],
        'title': 'Organiser une veillée ou un rassemblement',
        'title_devised': False,
        'title_variants': ['Fiches pratiques du militant n° 4 : Organiser une veillée ou un rassemblement', 'Fiche pratique n° 4 : Organiser une veillée ou un rassemblement'],
        'audience': ['local groups'],
        'language': 'fr',
        'places': [],
        'notes': "Footer 'Mise à jour : mars 1996' is the document's (revision) date. The series line 'Fiches pratiques du militant — n° 4' is a running line above the heading, not the title; forms with the number are variants. Subjects from the numbered steps: the press section (media work), step 6 petition (petitions). The declaration at the town hall is a procedural tip, not a document about France: no place. 'Cette fiche s'adresse aux groupes locaux' -> local groups.",
        'text': """\
RÉSEAU INTERNATIONAL DE CONSCIENCE — SECTION FRANÇAISE
Fiches pratiques du militant — n° 4

ORGANISER UNE VEILLÉE OU UN RASSEMBLEMENT

Une veillée silencieuse, bougies à la main, devant la mairie ou sur la
place du marché, est l'une des façons les plus simples de rendre visible
le sort d'une personne emprisonnée ou menacée. Cette fiche s'adresse aux
groupes locaux qui n'ont encore jamais organisé de rassemblement.

Avant
1. Choisissez une date qui a un sens : anniversaire d'une arrestation,
   journée internationale, visite officielle d'un ministre étranger.
2. Choisissez le lieu : visible, passant, où l'on peut tenir à
   plusieurs sans gêner la circulation.
3. Faites la déclaration en mairie au moins trois jours francs à
   l'avance. Gardez le récépissé sur vous le jour venu.
4. Prévoyez des bougies (avec protections en carton), une banderole
   sobre, quelques panneaux avec le nom et la photo de la personne.

Pendant
5. Désignez deux responsables : l'un reste auprès des participants,
   l'autre répond aux passants et, le cas échéant, aux forces de
   l'ordre.
6. Faites signer une pétition aux passants : préparez des feuilles
   numérotées, des stylos et une planchette. Une pétition bien remplie
   est aussi une bonne occasion de recueillir des adresses.
7. Restez dignes et silencieux : pas de slogans contre un pays ou un
   gouvernement, seulement le nom de la personne et ce que nous
   demandons.

Et la presse ?
8. Envoyez un court communiqué aux quotidiens régionaux et aux radios
   locales la veille, puis téléphonez le matin même. Proposez une
   photo : une rangée de bougies dans la nuit parle d'elle-même.
9. Après la veillée, envoyez le nombre de participants et de
   signatures au journal local et au secrétariat national.

Mise à jour : mars 1996 — Commission Action
""",
    },
    {
        'id': '117',
        'split': 'holdout',
        'date': '2007-03-22',
        'date_form': 'weekday-month-day-year',
        'type': 'flyer',
        'subjects': ['extrajudicial executions'],
        'title': 'Political Killings in the Philippines: Who Is Next?',
        'title_devised': False,
        'title_variants': ['Political Killings in the Philippines'],
        'audience': [],
        'language': 'en',
        'places': ['PH'],
        'notes': "Flyer: the date of the talk. 'Since 2001' is mentioned. Political killings by gunmen, with impunity -> extrajudicial executions; the victims' occupations are one sentence, in passing. Country covered: the Philippines.",
        'text': """\
         POLITICAL KILLINGS IN THE PHILIPPINES
                   Who is next?

   A public talk by Fr. Renato Castillo, human rights lawyer
                    from Mindanao

        Thursday, March 22, 2007  *  7:00 pm
  Room 101, Hendricks Hall, Portland State University

Since 2001, hundreds of farmers' leaders, trade unionists, church
workers and journalists have been shot dead in the Philippines, many by
gunmen on motorcycles who are never found. Hardly anyone has been
convicted. Witnesses are afraid to come forward.

Father Castillo has represented the families of victims for six years.
Come and hear what is happening and what can be done.

               Free and open to the public.
   Sponsored by ICN Group 48 and the PSU Human Rights Club
""",
    },
    {
        'id': '118',
        'split': 'holdout',
        'date': '2003-04-26',
        'date_form': 'month-day-year',
        'type': 'evaluation form',
        'subjects': ['death penalty', 'lobbying'],
        'title': 'Lobby Training for Grassroots Advocates',
        'title_devised': False,
        'title_variants': ['Lobby Training for Grassroots Advocates: Evaluation Form'],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': "EVALUATION FORM stands below the venue/date line: a section label, so the joined form is a variant. Questions: California executions and the moratorium bill (death penalty), the State Legislature and meeting an Assemblymember (lobbying). Death penalty in a US state and a state legislature -> US. 'Grassroots advocates' is not an audience term.",
        'text': """\
LOBBY TRAINING FOR GRASSROOTS ADVOCATES
Sacramento, April 26, 2003
EVALUATION FORM

Please help us improve this training. Circle one number for each
session (1 = not useful, 5 = very useful) and add your comments.

1. Morning briefing: where California stands on executions, and
   what the moratorium bill would do          1   2   3   4   5
   Comments: ______________________________________________

2. How a bill moves through the State Legislature
                                              1   2   3   4   5
   Comments: ______________________________________________

3. Role play: a fifteen-minute meeting with your Assemblymember
                                              1   2   3   4   5
   Comments: ______________________________________________

4. After the visit: reporting back and keeping in touch with the
   Capitol office staff                       1   2   3   4   5
   Comments: ______________________________________________

5. What was the most useful thing you learned today?
   ________________________________________________________

6. Do you now feel ready to visit your own legislator?
   [ ] Yes    [ ] Not yet -- I would need: ________________

7. How did you hear about this training?
   [ ] my local group  [ ] e-mail  [ ] newsletter  [ ] other ____

Optional: Name ________________ District ______ E-mail ___________

Please leave this form in the box by the door. Thank you!
""",
    },
    {
        'id': '119',
        'split': 'holdout',
        'date': None,
        'date_form': 'none',
        'type': None,
        'subjects': ['refugees'],
        'title': '[Fragment of a guide for volunteers accompanying refugee claimants to hearings in Canada]',
        'title_devised': True,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': ['CA'],
        'notes': "A page starting mid-sentence with no heading of its own: type null, devised title; no date anywhere. The procedure described is Canada's (Immigration and Refugee Board, Federal Court, permanent residence in Canada) -> CA. Torture is mentioned in passing. The page number is noise.",
        'text': """\
the Board member will want to hear the claimant's story in his or her
own words, and a nervous claimant who has rehearsed a written statement
too often can sound as if reciting. Volunteers should not coach the
story itself. What they can do is explain what will happen in the room:
who sits where, that the interpreter works for the Immigration and
Refugee Board and not for either side, that it is all right to ask for
a question to be repeated, and that a short break can be requested.

Accompanying a claimant to the hearing

Many claimants have never been inside a tribunal, and some have been
tortured by officials in uniform. Simply having someone they know in
the waiting room helps. Arrive early, bring something to read, and do
not discuss the case in the corridor. Inside the hearing room you are
an observer: you may not speak unless the Member asks you to.

Interpreters and documents

Check well before the hearing that the claimant's identity papers and
any documents from home have been translated by a certified
translator and filed by counsel. If the claimant speaks a regional
language, make sure counsel has asked for an interpreter in that
language and not in the national language of the country.

After the decision

If the claim is accepted, the claimant may apply for permanent
residence in Canada. If it is refused, counsel has fifteen days to seek
leave for judicial review in the Federal Court, and the volunteer's
role is above all to make sure the claimant is not left alone with the
news.

                                                              - 3 -
""",
    },
    {
        'id': '120',
        'split': 'holdout',
        'date': '2006-08',
        'date_form': 'revision-numeric',
        'type': 'trainer guide',
        'subjects': ['civil and political rights', 'economic, social and cultural rights', 'facilitation', 'human rights education'],
        'title': "Introduction to Human Rights: Facilitator's Notes",
        'title_devised': False,
        'title_variants': ['Introduction to Human Rights', 'Session 1: Introduction to Human Rights'],
        'audience': ['trainers', 'youth'],
        'language': 'en',
        'places': [],
        'notes': "Footer 'Rev. 8/06' (US material, month/year) -> 2006-08; 1948 is mentioned. The running line 'Youth Program Trainer's Kit -- Session 1' is not the title; the generic words below the heading join it. Step 2 explains the two families of rights as such (both broad terms); the 'Tips for the facilitator' section -> facilitation. High school groups -> youth; a trainer guide -> trainers.",
        'text': """\
Youth Program Trainer's Kit -- Session 1

INTRODUCTION TO HUMAN RIGHTS
Facilitator's Notes

For: high school groups, 12-25 participants
Time: 90 minutes
Objectives: by the end of the session participants will
  - be able to say in their own words what a human right is;
  - know that the Universal Declaration (1948) lists two families of
    rights and that both are equally important;
  - have named one right that matters to them and why.
Materials: flip chart, markers, 30 copies of the simplified Universal
Declaration (Handout 1A), sticky notes in two colors.

1. Warm-up: "What do you need?" (15 min)
   Ask each participant to write on a sticky note one thing every young
   person needs to live a good life. Collect and read them aloud. Say:
   "Many of the things you wrote are protected as human rights."

2. Two families of rights (30 min)
   Divide into groups of four. Give each group ten rights cut from
   Handout 1A and ask them to sort them into two piles.
   Then explain: one family of rights protects us from abuse by the
   state and lets us take part in public life -- a fair trial, free
   speech, the vote, freedom from torture. The other concerns the
   conditions of a decent life -- food, housing, health care, schooling,
   work for fair pay. Stress that governments must respect both, and
   that neither family comes "first".

3. My right (30 min)
   Each participant picks the right that matters most to them and
   explains the choice to a partner. Volunteers share with the whole
   group.

4. Closing (15 min)
   Ask: "Where do you see one of these rights being respected or denied
   in your town?" Note the answers on the flip chart for Session 2.

TIPS FOR THE FACILITATOR
- Arrive early and set the chairs in a circle; rows make a class, not a
  discussion.
- Do not answer every question yourself: send it back to the group.
- If one student dominates, thank them and ask to hear from someone
  who has not spoken yet.
- Keep to time; end on the closing question even if you must cut
  step 3 short.

Rev. 8/06
""",
    },
    {
        'id': '121',
        'split': 'holdout',
        'date': '1987-09-16',
        'date_form': 'weekday-month-ordinal-year',
        'type': 'flyer',
        'subjects': ['recruitment'],
        'title': 'You Can Make a Difference: Come to Our Open Meeting for New Members',
        'title_devised': False,
        'title_variants': ['You Can Make a Difference'],
        'audience': ['new members'],
        'language': 'en',
        'places': [],
        'notes': 'Flyer: the date of the meeting it announces. The second line is a subtitle of the heading. A call to join (recruitment); the one sentence on what members write is in passing. The subtitle says the meeting is for new members -> new members.',
        'text': """\
               YOU CAN MAKE A DIFFERENCE
        Come to our open meeting for new members

          Wednesday, September 16th, 1987 -- 7:30 p.m.
  Lower Lounge, Campus Ministry Center, 1100 University Ave.

Every month, ordinary people in this town write to presidents, generals
and prison governors about men and women jailed for what they believe.
Sometimes they are set free.

We are looking for new members -- students, staff and neighbors. No
experience needed; one evening a month is enough. Find out what we do,
meet the group, and decide if it's for you.

            Refreshments.  Questions? Call Anna, 555-0164.

            International Conscience Network -- Group 260
""",
    },
    {
        'id': '122',
        'split': 'holdout',
        'date': '1999-04',
        'date_form': 'es-revised-month-year',
        'type': 'trainer guide',
        'subjects': ['letter writing', 'police and human rights', 'torture', 'urgent actions'],
        'title': 'La tortura y cómo combatirla: guía para facilitadores',
        'title_devised': False,
        'title_variants': ['La tortura y cómo combatirla'],
        'audience': ['trainers'],
        'language': 'es',
        'places': ['MX'],
        'notes': "'Edición revisada: abril de 1999' -> 1999-04; 1984 (the Convention) is mentioned. The generic words below the heading join it; the series line at the top is not the title. Parts: what torture is, police stations and police conduct (police and human rights), the urgent action network, each participant writes a letter to the authorities (letter writing). The case study is in Chiapas, Mexico -> MX.",
        'text': """\
RED INTERNACIONAL DE CONCIENCIA · MATERIALES DE FORMACIÓN

LA TORTURA Y CÓMO COMBATIRLA
Guía para facilitadores

Duración: 3 horas. Participantes: entre 10 y 20 miembros de grupos.
Material: papelógrafo, rotuladores, copias del caso de estudio (anexo 1)
y de la hoja de acción urgente (anexo 2).

Objetivos
— Que los participantes conozcan la definición de tortura de la
  Convención de 1984 y sepan reconocer sus formas.
— Que comprendan por qué la tortura se produce sobre todo en los
  primeros días de detención policial.
— Que redacten y envíen una acción urgente.

1. ¿Qué es la tortura? (30 min)
   Pida a los participantes que digan en voz alta las palabras que les
   vienen a la mente. Anótelas. Lea después la definición del artículo 1
   de la Convención y compárela con la lista.

2. Las comisarías: donde empieza todo (45 min)
   Divida a los participantes en grupos de cuatro y entregue el caso de
   estudio: un joven de Chiapas (México) detenido por la policía
   judicial y obligado a firmar una confesión tras dos días
   incomunicado. Pida que identifiquen en qué momentos podría haberse
   evitado: acceso a un abogado, registro de la detención, examen
   médico, presentación ante un juez. Explique qué exigen las normas
   internacionales a los agentes y a sus mandos, y cómo se controla la
   actuación policial.

3. Descanso (15 min)

4. Actuar en 48 horas (60 min)
   Presente la red de acciones urgentes: cómo llega una acción, qué se
   pide, en cuánto tiempo. Entregue el anexo 2 y pida a cada
   participante que escriba una carta breve y cortés al Procurador
   General. Revise con ellos las cartas: tono, petición concreta,
   dirección correcta.

5. Cierre (30 min)
   Ronda final: ¿qué me llevo? Recoja las cartas para enviarlas el
   mismo día.

Edición revisada: abril de 1999
""",
    },
    {
        'id': '123',
        'split': 'holdout',
        'date': '1972',
        'date_form': 'circa',
        'type': 'manual',
        'subjects': ['activism skills', 'letter writing', 'public speaking', 'vigils and demonstrations'],
        'title': 'Action Handbook for Members',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "The only date is an archivist's pencilled 'ca. 1972' on the item -> 1972. Chapters: 'Every Member Can Act' presents the basic action skills as such (activism skills, labelled beside the specific terms), letters to officials (letter writing), talks to local audiences (public speaking), vigils and marches. 'Members' is not an audience term.",
        'text': """\
ACTION HANDBOOK FOR MEMBERS
International Conscience Network -- U.S. Section
                                              [pencilled:] ca. 1972

CONTENTS
  1. Every Member Can Act ................................ 1
  2. Writing Letters That Count .......................... 2
  3. Speaking to Your Community .......................... 3
  4. Public Witness: Vigils and Marches .................. 4
\f                                   1

1. EVERY MEMBER CAN ACT

You do not need to be an expert, a lawyer or a politician to help a
prisoner. Our work rests on a few skills that anyone can learn:
writing a clear and courteous letter, explaining a case to your
neighbors, and standing up in public when it matters. None of them
takes more than an evening to learn, and all of them get better with
practice. Start with one, and do it regularly; a member who writes one
good letter a month does more than one who reads every bulletin and
never acts. The chapters that follow take each skill in turn.
\f                                   2

2. WRITING LETTERS THAT COUNT

Officials read letters, or have them counted. Write to the highest
official responsible, by name and title. Be polite, brief and precise:
who the prisoner is, when and where he was arrested, what you ask.
Never insult a government or argue its politics. Handwritten letters
from ordinary citizens carry weight; form letters carry little.
\f                                   3

3. SPEAKING TO YOUR COMMUNITY

Churches, Rotary clubs, schools and unions welcome a speaker. Prepare
a talk of fifteen minutes, no more: one story of one prisoner, told
well, moves people more than a list of countries. Practise aloud.
Leave time for questions, and always end by telling your listeners
one thing they can do that week.
\f                                   4

4. PUBLIC WITNESS: VIGILS AND MARCHES

A silent vigil of twenty people with candles and a banner can bring a
prisoner's name to a whole town. Choose a meaningful date and a visible
place, tell the police beforehand, keep the tone dignified, and hand
out a leaflet to passers-by explaining why you are there.
""",
    },
    {
        'id': '124',
        'split': 'holdout',
        'date': '1977-10-15',
        'date_form': 'abbrev-month-day-year',
        'type': 'sign-in sheet',
        'subjects': ['death penalty'],
        'title': 'Southern Regional Meeting on the Death Penalty',
        'title_devised': False,
        'title_variants': ['Southern Regional Meeting on the Death Penalty: Please Sign In'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': 'PLEASE SIGN IN is below the venue/date line: a section label; the joined form is a variant. Subject from the heading. The venue (Atlanta) is not a place, and the sheet does not say whose death penalty: no place.',
        'text': """\
SOUTHERN REGIONAL MEETING ON THE DEATH PENALTY
Atlanta, Georgia  --  Oct. 15, 1977
PLEASE SIGN IN

NAME                   ADDRESS                           GROUP    PHONE
------------------------------------------------------------------------------
Rev. James Whitley     412 Oak St., Macon GA             Gp. 88   912-555-0107
Linda Sorensen         1907 Peachtree Rd. NE, Atlanta    Gp. 41   404-555-0133
Carl & Ann Dupree      Rt. 2 Box 17, Oxford MS           --       601-555-0158
M. Okafor              Emory Univ. Box 2231, Atlanta     Emory    404-555-0175
Beth Hollings          88 Hillcrest Ave., Chapel Hill NC Gp. 12   919-555-0119
Tom Reyes              1520 Canal St., New Orleans LA    Gp. 63   504-555-0140
Sr. Margaret Doyle     St. Joseph Convent, Mobile AL     --       205-555-0122
Harold Finch           P.O. Box 88, Tallahassee FL       Gp. 30   904-555-0181
Dorothy & Lee Grant    17 Magnolia Dr., Columbia SC      Gp. 55   803-555-0166
Paul Weisman           2210 West End Ave., Nashville TN  Gp. 71   615-555-0109
Yvonne Baptiste        4 Rue Royale Apts., Lafayette LA  --       318-555-0137
______________________ _________________________________ ________ ____________
______________________ _________________________________ ________ ____________
""",
    },
    {
        'id': '125',
        'split': 'holdout',
        'date': None,
        'date_form': 'none',
        'type': None,
        'subjects': ['letter writing', 'prisoners of conscience', 'torture'],
        'title': 'Sus cartas me mantuvieron viva: testimonio de una ex presa política uruguaya',
        'title_devised': False,
        'title_variants': ['Sus cartas me mantuvieron viva'],
        'audience': [],
        'language': 'es',
        'places': ['UY'],
        'notes': "A personal testimony: type null. No date of writing: 1975, 1977 and 1980 are events of her story, not the document's date. She was jailed for handing out union leaflets and adopted (prisoners of conscience); a paragraph on her torture (torture); paragraphs on the cards and letters of the group and on why letters matter (letter writing). Country: Uruguay.",
        'text': """\
«SUS CARTAS ME MANTUVIERON VIVA»
Testimonio de una ex presa política uruguaya

Me detuvieron en mayo de 1975, en la casa de mis padres, por haber
repartido volantes del sindicato de maestros. Tenía veintitrés años.

Durante dos semanas no supe dónde estaba. Me tuvieron con los ojos
vendados, de pie días enteros, colgada de los brazos; me aplicaban la
picana eléctrica y me hundían la cabeza en un tanque de agua sucia,
mientras me preguntaban nombres que yo no conocía. Los médicos
militares me revisaban para decir cuánto más podía aguantar.

Después me llevaron al penal de Punta de Rieles, donde pasé casi cinco
años. Allí todo estaba prohibido: hablar en el patio, cantar, dibujar
flores o pájaros. Lo peor no era el hambre ni el frío: era la sensación
de que afuera nadie sabía que existíamos.

Un día de 1977 el oficial de guardia me llamó y me mostró, sin dármelas,
un montón de tarjetas postales. Venían de Holanda, de Suecia, de los
Estados Unidos. Gente que no me conocía me deseaba feliz cumpleaños.
No me dejó leerlas, pero desde ese día me trataron de otra manera: ya
no era una presa sin nombre, era una presa que tenía amigos en el
mundo. Después supe que un grupo de la Red me había adoptado y que sus
miembros escribían cada mes al Ministro del Interior, al comandante del
penal y a mi madre.

Salí en libertad en marzo de 1980. Hoy cuento esto en escuelas y
parroquias porque quiero que quien escribe una carta sepa que no la
escribe en vano. Tal vez nunca llegue a su destino; pero alguien, en
algún despacho, la lee y sabe que alguien mira.
""",
    },
    {
        'id': '126',
        'split': 'holdout',
        'date': '1995',
        'date_form': 'fiscal-year-range',
        'type': 'report',
        'subjects': ['facilitation', 'group organizing', 'lobbying', 'refugees'],
        'title': 'Training Program Annual Report, FY 1995-96',
        'title_devised': False,
        'title_variants': ['Training Program Annual Report'],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': "No date of issue; the period 'FY 1995-96' -> first year 1995 (no fiscal calendar computed; 'September 30, 1996' is mentioned as the year's end). The FY is attached to the heading by a comma: part of the title. Sections: lobbying Congress (lobbying, US), the trainers' course on leading a workshop (facilitation), campus and high school group start-up trainings (group organizing), training to visit detained asylum seekers in the US (refugees). The expenditure paragraph is not fundraising.",
        'text': """\
INTERNATIONAL CONSCIENCE NETWORK, U.S.A.
322 Eighth Avenue, New York, NY 10001

TRAINING PROGRAM ANNUAL REPORT, FY 1995-96

Summary
In the year ending September 30, 1996, the Training Program ran 41
workshops attended by 1,630 members, up from 29 workshops the year
before. Four areas grew most.

Lobbying Congress
Fourteen one-day trainings prepared members to meet their
Representatives and Senators on the foreign aid bill and on the
asylum provisions of the immigration bill. Participants made 212
district-office visits in the following months, and for the first time
every region organized its own Lobby Day.

New trainers
Twenty-two volunteers completed the three-day course for trainers,
which now gives a full day to the craft of leading a workshop: opening
a session, keeping discussion on track, using role plays, and dealing
with a participant who takes over. Each new trainer co-led one workshop
with an experienced trainer before working alone.

Student groups
Trainings for campus organizers were held at six regional student
conferences. Seventy-eight new high school and college groups were
registered, and most sent two members to a one-day session on holding
a first meeting, choosing officers and keeping a group going through
the academic year.

Asylum seekers
With the Refugee Coordination Group we trained 60 volunteers in Miami,
Los Angeles and New York to visit asylum seekers held in INS detention
and help them understand the asylum procedure and find a lawyer.

Expenditure
Total program expenditure was $187,400 (budget $192,000). Travel
accounted for 46%, materials 21%, staff 33%.
""",
    },
    {
        'id': '127',
        'split': 'holdout',
        'date': '2004-11-13',
        'date_form': 'abbrev-month-day-year',
        'type': 'sign-in sheet',
        'subjects': ['media work'],
        'title': 'Workshop B: Talking to Reporters: Sign-in Sheet',
        'title_devised': False,
        'title_variants': ['Workshop B: Talking to Reporters', 'Talking to Reporters', 'Talking to Reporters: Sign-in Sheet'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "The first line names the conference (a running line above the heading): not the title. 'Sign-in sheet' directly below the heading joins it. Subject from the heading (media work). The sheet does not say it is for student groups (only the conference name and a 'School' column): no audience.",
        'text': """\
Student Activist Conference 2004
WORKSHOP B: TALKING TO REPORTERS
Sign-in sheet
Sat. Nov. 13, 2004  --  Room 214, Student Union

Please print clearly. We will e-mail you the handouts.

    Name                    School                     E-mail
    ----------------------  -------------------------  -----------------------------
 1  Aisha Rahman            Rutgers                    a.rahman@studentmail.example
 2  Kevin O'Donnell         Seton Hall                 kodonnell@studentmail.example
 3  Marisol Vega            Montclair State            mvega22@studentmail.example
 4  Daniel Cho              Princeton                  dcho@studentmail.example
 5  Brianna Lewis           Drew University            blewis@studentmail.example
 6  Tomasz Nowak            Rutgers-Newark             tnowak@studentmail.example
 7  Priya Natarajan         TCNJ                       priya.n@studentmail.example
 8  Jamal Carter            Rowan                      jcarter3@studentmail.example
 9  Sarah Goldfarb          Ramapo College             sgoldfarb@studentmail.example
10  Luis Hernández          William Paterson           lhernandez@studentmail.example
11  ______________________  _________________________  _____________________________
12  ______________________  _________________________  _____________________________
""",
    },
    {
        'id': '128',
        'split': 'holdout',
        'date': '1997-08-30',
        'date_form': 'weekday-month-day-year',
        'type': 'flyer',
        'subjects': ['disappearances', 'vigils and demonstrations'],
        'title': 'Remember the Disappeared: A Candlelight Vigil',
        'title_devised': False,
        'title_variants': ['Remember the Disappeared'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "Flyer: the date is the event's. The second line is a subtitle of the heading; the heading alone is a variant. No country is named.",
        'text': """\
                 REMEMBER THE DISAPPEARED
                   A Candlelight Vigil

          Saturday, August 30, 1997  *  8:00 p.m.
          Town Green, Main Street, Northampton

Every year thousands of people are taken from their homes, their
workplaces or the street by men in uniform or in plain clothes -- and
are never seen again. Their families go from police station to army
barracks to morgue, and are told nothing.

On the International Day of the Disappeared, join us to light a candle
for them and for the mothers, wives and children who are still
searching.

          Bring a candle. Bring a friend. All are welcome.

Sponsored by Group 301, International Conscience Network
Information: (413) 555-0192
""",
    },
    {
        'id': '129',
        'split': 'holdout',
        'date': '1984-11-17',
        'date_form': 'es-full-date',
        'type': 'agenda',
        'subjects': ['death penalty', 'fundraising', 'group organizing', 'letter writing', 'prisoners of conscience'],
        'title': 'Jornada de formación para grupos locales',
        'title_devised': False,
        'title_variants': ['Jornada de formación para grupos locales: programa'],
        'audience': ['local groups'],
        'language': 'es',
        'places': [],
        'notes': 'PROGRAMA stands below the date and venue lines, so it is a section label: the title is the heading alone and the joined form a variant. Mentioned, not the date: the registration deadline (5 de noviembre). Sessions: starting a group (group organizing), the death penalty, a letter-writing workshop for prisoners of conscience, financing the group (fundraising). The heading says it is for local groups.',
        'text': """\
RED INTERNACIONAL DE CONCIENCIA — SECCIÓN ESPAÑOLA
Apartado de Correos 5023 · 28080 Madrid · Tel. 445 12 90

JORNADA DE FORMACIÓN PARA GRUPOS LOCALES
Sevilla, 17 de noviembre de 1984
Colegio Mayor Hernando Colón

PROGRAMA

 9.30   Llegada y café. Entrega de documentación.

10.00   Bienvenida y presentación de los participantes.
        (Coordinadora de Formación)

10.30   Cómo poner en marcha un grupo: la primera reunión, el reparto
        de tareas (coordinación, tesorería, correspondencia), la
        frecuencia de las reuniones y la relación con la Sección.

11.45   Descanso.

12.00   La pena capital hoy: países que todavía ejecutan y qué puede
        hacer un grupo desde aquí.
        Ponente: Jaime Ortega, abogado.

13.30   Comida en el comedor del Colegio Mayor.

15.30   Taller práctico: escribir a las autoridades en favor de un
        preso de conciencia. Cada participante redactará una carta
        sobre uno de los casos adoptados por los grupos andaluces.

17.00   ¿De dónde sale el dinero? Cuotas, mesas informativas,
        venta de tarjetas y otras ideas para financiar el grupo.

18.00   Puesta en común, evaluación de la jornada y despedida.

Inscripción: enviar la ficha adjunta antes del 5 de noviembre. La
Sección cubre los gastos de viaje de un miembro por grupo.
""",
    },
    {
        'id': '130',
        'split': 'holdout',
        'date': '2010-01-23',
        'date_form': 'weekday-month-day-year',
        'type': 'agenda',
        'subjects': ['campaign planning', 'campaigning', 'coalition building', 'group development', 'media work', "women's rights"],
        'title': 'Northeast Region Campaign Planning Retreat 2010',
        'title_devised': False,
        'title_variants': ['Northeast Region Campaign Planning Retreat'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "The year in the heading belongs to its wording: title with it, variant without. Date of the retreat 2010-01-23. Sessions: looking back at 2009 and planning the group's year (group development), objectives/targets/tactics (campaign planning), the violence-against-women campaign session (campaigning + women's rights), working with allies (coalition building), press, letters to the editor and radio (media work).",
        'text': """\
NORTHEAST REGION CAMPAIGN PLANNING RETREAT 2010
Saturday, January 23, 2010
Friends Meeting House, 99 Morris Ave., Providence RI

 9:00  Coffee, registration, introductions

 9:30  Looking back at 2009: what our groups did and what we learned

10:15  From goal to plan: choosing objectives, targets and tactics
       for the year (small groups by state)

11:30  The Stop Violence Against Women campaign in 2010: new
       materials, the spring action, and what national asks of groups

12:30  Lunch (bring your own; drinks provided)

 1:15  Working with allies: partnering with shelters, faith
       communities and campus women's centers

 2:30  Getting our message out: local press, letters to the editor,
       and radio call-in shows

 3:30  Back home: planning your group's year, month by month

 4:15  Evaluation and close
""",
    },
    {
        'id': '131',
        'split': 'holdout',
        'date': '1976-01-08',
        'date_form': 'month-ordinal-day-year',
        'type': 'letter',
        'subjects': ['letter writing', 'urgent actions'],
        'title': '[Letter from the Urgent Action Coordinator welcoming a new participant to the Urgent Action network]',
        'title_devised': True,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "Dateline 'January 8th, 1976'. 'A year and a half ago' is not a date. Paragraphs: how the network works (urgent actions), how to write the letter (letter writing); torture, disappearance and execution are examples in one sentence. The addressee is a new network participant, not stated as a new member of the organisation: no audience.",
        'text': """\
INTERNATIONAL CONSCIENCE NETWORK, U.S.A.
Urgent Action Office  *  P.O. Box 1270  *  Nederland, Colorado 80466

                                                January 8th, 1976

Dear Friend,

Welcome to the Urgent Action network, and thank you for returning your
enrollment card. You are now one of some 700 people in this country
who have promised to write, quickly, when someone's life or safety is
in immediate danger.

How it works: when the research staff learn of an arrest where there
is reason to fear torture, a "disappearance" or a summary execution,
we mail an appeal to a small number of participants -- usually 30 to
60 -- with the facts of the case and the addresses of the officials
to write to. Speed matters more than anything: the first days of
detention are the most dangerous. Please write within three days of
receiving an appeal; a telegram is even better when the danger is
grave.

Your letter should be short and courteous, and should ask for the
specific things the appeal names -- that the prisoner not be
ill-treated, be allowed to see a lawyer and relatives, or be released
if held for peaceful activities. Write as an individual, not on
behalf of the Network, and never on an organization's letterhead.
Send a copy of any reply you receive to this office.

You will not hear from us every week. Some participants receive an
appeal every two months, others more often, depending on the countries
and languages they have chosen. If you move, or wish to take a break,
simply let us know.

The network was started only a year and a half ago; there are already
cases where prisoners were released or allowed visits after an action.
We will report these to you in the UA Newsletter.

Sincerely,

Scott Harmon
Urgent Action Coordinator
""",
    },
    {
        'id': '132',
        'split': 'holdout',
        'date': '1979-10-06',
        'date_form': 'eu-dotted-two-digit',
        'type': 'agenda',
        'subjects': ['fair trials', 'freedom of expression', 'prisoners of conscience'],
        'title': 'Day School on Fair Trials and Political Imprisonment: Programme',
        'title_devised': False,
        'title_variants': ['Day School on Fair Trials and Political Imprisonment'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "British material (British Section, Birmingham, 'programme', £), so 6.10.79 is D.M.Y -> 1979-10-06. 'Programme' directly below the heading joins it. Sessions: fair trial standards, special courts and detention without trial, trial observation (fair trials); writers and journalists jailed for what they say (freedom of expression, prisoners of conscience); political imprisonment in the heading taken as prisoners of conscience (judgement call: the nearest term).",
        'text': """\
INTERNATIONAL CONSCIENCE NETWORK -- BRITISH SECTION
West Midlands Area

DAY SCHOOL ON FAIR TRIALS AND POLITICAL IMPRISONMENT
Programme
Carrs Lane Centre, Birmingham  --  Saturday 6.10.79

10.00  Registration and coffee

10.30  What is a fair trial? The international standards, from the
       right to a lawyer to the right of appeal.
       Speaker: a barrister from the Section's legal support panel

11.30  Special courts, military tribunals and detention without trial

12.45  Lunch (please bring sandwiches; tea provided)

 1.45  Watching a trial: a solicitor's account of observing a political
       trial abroad on behalf of the Network

 3.00  Writers, journalists and editors behind bars: the price of
       saying what you think
       Speaker: a member of the Writers in Prison Committee

 4.15  Discussion: what can local groups do?

 4.45  Close

Fee £1.50 (students and unwaged 75p), payable on the day.
""",
    },
    {
        'id': '133',
        'split': 'holdout',
        'date': None,
        'date_form': 'none',
        'type': 'handout',
        'subjects': ['LGBT rights', 'equality and non-discrimination', 'racial discrimination', "women's rights"],
        'title': 'Equal in Dignity: Understanding Discrimination',
        'title_devised': False,
        'title_variants': ['Equal in Dignity', 'Equal in Dignity: Understanding Discrimination: A Fact Sheet for Youth Groups'],
        'audience': ['youth'],
        'language': 'en',
        'places': [],
        'notes': "No date anywhere (1965 is the Convention's year; figures such as '70 countries' are not dates): null. The first section explains discrimination as such (equality and non-discrimination, labelled with the specific terms); sections on race (racial discrimination), LGBT people (LGBT rights), women and girls (women's rights). The death penalty, police stops and war are in passing. 'A fact sheet for youth groups' -> youth.",
        'text': """\
EQUAL IN DIGNITY
Understanding Discrimination
A fact sheet for youth groups

What is discrimination?
Discrimination happens when a person is treated worse than others, or
denied a right, because of who they are: their race or ethnic origin,
sex, religion, disability, sexual orientation or gender identity, age,
or any other status. Every human rights treaty starts from the same
idea: rights belong to everyone equally. Governments must not only
avoid discriminating themselves but also protect people from
discrimination by others -- employers, landlords, schools.

Race and ethnicity
The International Convention on the Elimination of All Forms of Racial
Discrimination (1965) was one of the first UN human rights treaties.
Racism today shows in who is stopped in the street, who gets a job
interview or a rented apartment, and in violence against migrants and
minorities.

Lesbian, gay, bisexual and transgender people
In more than 70 countries, sex between men or between women is a crime,
and in a few it can carry the death penalty. Even where it is legal,
LGBT people face violence, bullying at school and losing their jobs.

Women and girls
Women are still denied equal pay, an equal say in marriage and
inheritance, and in many places an education. Violence against women
-- at home, at work, in war -- is the most widespread abuse of all.

What can your group do?
 - Collect stories of unfair treatment in your own school or town and
   discuss them together.
 - Find out whether your school has a policy against bullying and
   harassment, and ask to see it.
 - Invite someone from a local anti-racism or LGBT youth organization
   to one of your meetings.
""",
    },
    {
        'id': '134',
        'split': 'holdout',
        'date': '1991',
        'date_form': 'season',
        'type': 'newsletter',
        'subjects': ['campaigning', 'fundraising', 'urgent actions', "women's rights"],
        'title': 'Frontline',
        'title_devised': False,
        'title_variants': ['Frontline: News for Local Groups of the International Conscience Network, U.S.A.', 'Frontline: News for Local Groups', 'Frontline, Vol. 9, No. 1, Spring 1991'],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "Issue date 'Spring 1991' -> 1991 (a season gives the year only). Mentioned: the March 8 launch, the May kit, the calendar dates. Items: the rapid-response appeal network (urgent actions), the new women's campaign (campaigning + women's rights; 'armed conflict' is one example in a sentence, in passing), the book sale (fundraising). Torture appears only in the calendar and in passing. Masthead tagline 'News for Local Groups' -> local groups.",
        'text': """\
FRONTLINE
News for Local Groups of the International Conscience Network, U.S.A.
Vol. 9, No. 1  --  Spring 1991

RAPID RESPONSE NETWORK PASSES 3,000 WRITERS
The network that sends out emergency appeals within hours of an arrest
now counts over 3,000 members in 48 states. Last year participants
wrote on behalf of 412 people in danger of torture or execution; in
about a third of the cases the people concerned were later released,
charged, or allowed to see a lawyer. New members receive two or three
appeals a month and are asked to write within a week. To join, send
the coupon on page 4.

"WOMEN'S RIGHTS ARE HUMAN RIGHTS": NEW CAMPAIGN
On March 8 the Network launched its first campaign on the abuses women
suffer at the hands of the state: rape by soldiers and police in custody
and in armed conflict, women held hostage for their husbands' activities,
and women jailed for speaking out. Every group will receive an action
kit in May with case sheets, a poster and a briefing for the local press.
Groups are asked to hold at least one public event before the end of
the year.

GROUP PROFILE: MADISON, WISCONSIN
Group 77 raised $2,400 last fall with its annual used-book sale, held
in a church basement with 6,000 donated books. "The secret is the
pricing," says treasurer Ellen Nygaard: "everything a dollar, and half
price on Sunday." The money pays for the group's postage and for a
scholarship to send two students to the regional conference.

CALENDAR
May 18-19   Midwest Regional Conference, Chicago
June 26     International Day in Support of Victims of Torture
July 12     Deadline for group annual reports
""",
    },
    {
        'id': '135',
        'split': 'holdout',
        'date': None,
        'date_form': 'none',
        'type': None,
        'subjects': ['fundraising'],
        'title': '[Notes on planning a benefit concert]',
        'title_devised': True,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "Loose notes with no heading: type null, devised title. 'Thurs.', '2nd or 3rd Sat. in Nov.' and 'next June' carry no year: date null. All the notes are about a benefit concert to raise the group's money (fundraising); the prisoner is mentioned in passing.",
        'text': """\
Jim B. called Thurs. re benefit concert at St. Mark's hall (holds 200)

 - date? 2nd or 3rd Sat. in Nov. -- Jim checks w/ parish office
 - tix $5, students/seniors $3
 - Ellen -- ask her cousin's band (bluegrass) + the Unitarian choir?
 - raffle again -- last time $140. Ask bookshop + bakery for prizes
 - posters up 2 wks before -- library, co-op, campus
 - someone to do the cash box all night!! (not me)
 - coffee & cookies -- donation jar
 - 1 min at intermission about our prisoner -- Ann?

$$ goal: $600 = postage thru next June + share to national office

call Jim back Mon.
""",
    },
    {
        'id': '136',
        'split': 'holdout',
        'date': '1988-05-14',
        'date_form': 'us-numeric-dashes',
        'type': 'slides',
        'subjects': ['death penalty', 'letter writing', 'lobbying', 'media work'],
        'title': 'The Death Penalty: Myths and Facts',
        'title_devised': False,
        'title_variants': [],
        'audience': [],
        'language': 'en',
        'places': ['US'],
        'notes': "Presentation date on the title overhead, '5-14-88' (US, M-D-Y) -> 1988-05-14; 1973 and 1982 are mentioned. Overhead numbers are not titles. Overheads on the death penalty in the US and Texas (US); 'What you can do' bullets: writing to the Governor and the Board (letter writing), asking state legislators (lobbying), letters to the editor (media work). The race of the victim is one factor in a list, in passing.",
        'text': """\
OVERHEAD 1
THE DEATH PENALTY: MYTHS AND FACTS
Texas Abolition Training -- Austin, 5-14-88

OVERHEAD 2
Myth: "It deters murder."
Fact: States with the death penalty do not have lower murder rates
than states without it.

OVERHEAD 3
Myth: "Only the guilty are executed."
Fact: Since 1973, more than twenty people sentenced to death in the
U.S. have later been freed because of evidence of their innocence.

OVERHEAD 4
Myth: "It is applied fairly."
Fact: Who is sentenced to death depends on the race of the victim, the
county, and the quality of the defense lawyer -- not only on the crime.

OVERHEAD 5
Texas since 1982
 * 29 executions, more than any other state
 * Over 270 prisoners on death row
 * Execution dates set for every month this summer

OVERHEAD 6
What you can do
 * Write to the Governor and the Board of Pardons and Paroles
   before each execution date
 * Ask your state legislators to support a moratorium bill
 * Send a letter to the editor after every execution
""",
    },
    {
        'id': '137',
        'split': 'holdout',
        'date': '1985-02-05',
        'date_form': 'abbrev-ordinal',
        'type': 'report',
        'subjects': ['fundraising', 'letter writing', 'prisoners of conscience', 'urgent actions'],
        'title': 'Minutes -- Group 114 (Ann Arbor)',
        'title_devised': False,
        'title_variants': ['Group 114 (Ann Arbor)', 'Group 114 (Ann Arbor): Minutes'],
        'audience': [],
        'language': 'en',
        'places': ['CS'],
        'notes': "Minutes are typed report. Date of the meeting recorded: 'Tues. Feb. 5th, 1985'. Mentioned: Feb. 12 (model letter), March 16 (speakers' training), next meeting March 5. Items: the adopted prisoner in Prague and the letters agreed (prisoners of conscience, letter writing), treasurer's report with the garage sale and supper (fundraising), urgent actions. The speakers' training is one sentence, in passing; the UA countries are a bare list. Prisoner's country Czechoslovakia -> CS.",
        'text': """\
MINUTES -- GROUP 114 (ANN ARBOR)
Meeting of Tues. Feb. 5th, 1985, St. Andrew's parish hall, 7:30 p.m.

Present: K. Lindqvist (chair), P. Morrow, D. Sato, J. Abernathy,
R. Cole, M. Brandt, S. Whitaker.  Apologies: T. Fenn.

1. Minutes of the January meeting were read and approved.

2. Our prisoner. Jiri Hlavacek (Prague) has now been held for three
   years for circulating copies of banned writings. Dennis reported
   that the Czechoslovak embassy in Washington has acknowledged our
   letters but given no news. We agreed that each member will write
   one letter this month: four to the Federal Prosecutor, three to the
   Minister of Justice. Peggy will draft a model letter and circulate
   it by Feb. 12. Jan will send a birthday card to Mrs. Hlavackova.

3. Treasurer's report. Balance $418.36. The January garage sale
   raised $312, our best ever. Ron proposed a spaghetti supper in
   April; approved. Dues reminders to go out with the next mailing.

4. Urgent actions. Sally reported 14 appeals sent in January
   (Guatemala, Turkey, South Africa). Two new members have asked to
   join the UA list.

5. Other business. The regional office asks for a volunteer for the
   speakers' training on March 16; Mark will go.

Next meeting: Tues. March 5, same place.  Meeting closed 9:10.

                                              -- D.S., secretary
""",
    },
    {
        'id': '138',
        'split': 'holdout',
        'date': None,
        'date_form': 'none',
        'type': 'sign-in sheet',
        'subjects': [],
        'title': 'Welcome! Please Sign In',
        'title_devised': False,
        'title_variants': ['Please Sign In'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': 'A filled-in sign-in sheet with no event name and no date: subjects empty, date null. Its heading is all it has, so it is transcribed as it is.',
        'text': """\
                            WELCOME!
                         Please sign in

Name                   Street address             City / ZIP             Phone
---------------------  -------------------------  ---------------------  ------------
Ruth Kessler           44 Elm St.                 Amherst 01002          253-0118
Bill & Nancy Oakes     9 Pleasant St., Apt. 3     Northampton 01060      584-0127
Fr. Tom Hennessey      St. Brigid's Rectory       Amherst 01002          253-0163
Janet Liu              Southwest Tower 8, #1204   Amherst 01003          546-0190
Marcus Bell            211 North Pleasant St.     Amherst 01002          549-0142
Dolores Ruiz           17 Hawley St.              Northampton 01060      586-0175
Ed Szymanski           RFD 1, Box 40              Hadley 01035           584-0111
Carol Ann Whitney      3 Gray St.                 Amherst 01002          253-0139
Peter van der Berg     52 Main St.                Florence 01062         585-0154
Sue & Dan Franklin     108 Market Hill Rd.        Amherst 01002          549-0186
_____________________  _________________________  _____________________  ____________
_____________________  _________________________  _____________________  ____________
_____________________  _________________________  _____________________  ____________
""",
    },
    {
        'id': '139',
        'split': 'holdout',
        'date': '2001-03',
        'date_form': 'month-year',
        'type': 'slides',
        'subjects': ['online activism', 'petitions', 'urgent actions'],
        'title': 'Going Online: E-mail and Web Tools for Human Rights Activists',
        'title_devised': False,
        'title_variants': ['Going Online'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "Presentation date on the title slide: 'March 2001'. Slide numbers are never titles. Slides: online tools and the group web page (online activism), online petitions (petitions + online activism), the Urgent Action e-mail network (urgent actions).",
        'text': """\
Slide 1
GOING ONLINE
E-mail and Web Tools for Human Rights Activists
Western Regional Activist Conference -- Denver, March 2001

Slide 2
Why go online?
 * Speed: an appeal can reach 5,000 people in an hour
 * Cost: no stamps, no photocopies
 * Reach: students and younger members live on e-mail
 * But: officials still take paper letters more seriously

Slide 3
Online petitions -- what works
 * One clear demand, one named official
 * Ask for name AND town: anonymous signatures count for little
 * Deliver them: print the list and hand it over in person
 * Tell signers what happened afterwards

Slide 4
The Urgent Action e-mail network
 * Appeals by e-mail within hours of an arrest
 * Reply by fax or e-mail where the authorities accept it
 * Still send an airmail letter when you can
 * Report any reply to the UA office

Slide 5
Your group's web page
 * Who you are, when you meet, how to join
 * The current case or campaign, with one action
 * Update it every month -- an old page is worse than none

Slide 6
Questions?
 webteam@icn-usa.org
""",
    },
    {
        'id': '140',
        'split': 'holdout',
        'date': '2002',
        'date_form': 'copyright-symbol',
        'type': 'handout',
        'subjects': ['armed conflict', "children's rights", 'letter writing', 'lobbying'],
        'title': 'Child Soldiers: Questions and Answers',
        'title_devised': False,
        'title_variants': ['Child Soldiers'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "'© 2002' is the publication date; May 2000 and February 2002 (the Optional Protocol) are mentioned. Child soldiers -> armed conflict and children's rights. The 'What can you do?' list: ask our government to ratify (lobbying), write to defence ministers (letter writing). 'Light automatic weapons' is in passing. No country is covered.",
        'text': """\
CHILD SOLDIERS
Questions and Answers

Who are child soldiers?
Any person under 18 who is part of an armed force or armed group, in
any capacity -- fighters, but also cooks, porters, messengers, spies,
and girls taken as "wives". An estimated 300,000 children are fighting
in more than 30 conflicts around the world today.

Why are children recruited?
They are cheap, obedient and easy to replace. Light automatic weapons
are simple enough for a ten-year-old to carry and use. Many are
abducted; others join because their families have been killed, or
because an armed group is the only place where they will be fed.

What does international law say?
The Convention on the Rights of the Child set 15 as the minimum age for
taking part in hostilities. The Optional Protocol adopted by the UN in
May 2000 raises it to 18 for direct participation in hostilities and
for any forced recruitment. It came into force in February 2002.

What happens to them afterwards?
Former child soldiers need more than demobilization: schooling,
vocational training, care for physical and psychological wounds, and
help in returning to families and communities that may fear them.

What can you do?
 * Ask our government to ratify the Optional Protocol without
   reservations and to raise its own minimum recruitment age to 18.
 * Write to the defence ministers of countries where children are
   still recruited (see the current action sheet for names and
   addresses).

© 2002 International Conscience Network
""",
    },
    {
        'id': '141',
        'split': 'holdout',
        'date': '2007-06-09',
        'date_form': 'iso',
        'type': 'evaluation form',
        'subjects': ['human rights defenders', 'urgent actions'],
        'title': 'Defending the Defenders: Workshop Evaluation',
        'title_devised': False,
        'title_variants': ['Defending the Defenders'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "ISO 2007-06-09 is Y-M-D. 'Workshop evaluation' directly below the heading joins it. Rated sessions: who defenders are and the threats they face (human rights defenders), fast appeals when a defender is detained (urgent actions). No country is named.",
        'text': """\
DEFENDING THE DEFENDERS
Workshop evaluation
Seattle, 2007-06-09

Thank you for spending your Saturday with us. Please rate each session
from 1 (poor) to 5 (excellent) and tell us what you think.

Session 1: Who are human rights defenders? The UN Declaration and what
it protects                                        1   2   3   4   5

Session 2: Threatened for speaking out -- three case studies of
lawyers, trade unionists and journalists           1   2   3   4   5

Session 3: Sending fast appeals when a defender is detained or
threatened                                         1   2   3   4   5

Session 4: Accompaniment -- what volunteers abroad do, and how to
support them from home                             1   2   3   4   5

What was the most useful part of the day?
_______________________________________________________________________

What would you change?
_______________________________________________________________________

Would you take part in a follow-up training on protection work?
   [ ] yes    [ ] maybe    [ ] no

Any other comments:
_______________________________________________________________________
""",
    },
    {
        'id': '142',
        'split': 'holdout',
        'date': '1994-10',
        'date_form': 'abbrev-month-year',
        'type': 'trainer guide',
        'subjects': ['business and human rights', 'human rights defenders', 'indigenous peoples'],
        'title': 'The River and the Mine: A Role Play on Indigenous Land Rights',
        'title_devised': False,
        'title_variants': ['The River and the Mine', 'Module 7: The River and the Mine'],
        'audience': ['trainers'],
        'language': 'en',
        'places': [],
        'notes': "Edition line in the running header 'TRAINERS' KIT -- OCT. 1994' -> 1994-10; the running header is not the title (a form with the module number is a variant). Subjects: the indigenous community's land (indigenous peoples), the mining company's responsibilities (business and human rights), the threatened spokesperson and the protection of people who stand up for rights (human rights defenders). The parenthesis '(urgent appeals, ...)' is in passing. The country is fictional: no place.",
        'text': """\
TRAINERS' KIT -- OCT. 1994 -- MODULE 7 -- TRAINER'S NOTES

THE RIVER AND THE MINE
A Role Play on Indigenous Land Rights

Purpose: to help participants understand how a company's project can
threaten an indigenous community's land and livelihood, and why the
community leaders who resist are so often threatened themselves.
Time: 2 hours.  Group size: 15-30.
Materials: role cards (Annex A), map of the valley (Annex B), timer.

Background to read aloud (5 min)
"In the valley of the Rio Claro live 4,000 people of the Awa'i nation,
who have fished and farmed there for centuries. The government has
granted a foreign mining company a concession upstream. The community
was not consulted. Last month the river turned brown."

Setting up (15 min)
Divide participants into three groups: the community assembly, the
company's management, and the Ministry of Mines. Give each group its
role card. Tell them they have 20 minutes to prepare for a meeting
called by the Ministry.

The meeting (40 min)
Chair the meeting yourself as the Ministry's mediator. Midway, hand the
community's spokesperson a slip of paper: "Your brother received an
anonymous note: stop talking or your family will pay." Ask the
community group to decide how to respond.

Debriefing (45 min)
Ask: How did it feel to be in your role? Who had power in the meeting?
What does the company owe the community, and who should make it
respect the community's rights -- the government, the company's home
country, its shareholders?
Then discuss the spokesperson's position: what protection do people
who stand up for their community's rights need, and what can the
Network do when they are threatened (urgent appeals, international
attention, visits)?

Closing (15 min)
Each participant names one thing they will remember.
""",
    },
    {
        'id': '143',
        'split': 'holdout',
        'date': '1996-11-09',
        'date_form': 'month-day-range',
        'type': 'worksheet',
        'subjects': ['campaign planning', 'coalition building', 'media work'],
        'title': 'Worksheet 2: Planning Your Campaign',
        'title_devised': False,
        'title_variants': ['Planning Your Campaign'],
        'audience': [],
        'language': 'en',
        'places': [],
        'notes': "The running line names the weekend at which the worksheet was presented: 'Nov. 9-10, 1996' -> start 1996-11-09; it is not the title. Questions: goal/target/actions/timeline (campaign planning), other organizations to work with (coalition building), the local paper or radio (media work). The refugee detention example and the INS are illustrations, in passing.",
        'text': """\
Campaign Skills Weekend  --  Chicago, Nov. 9-10, 1996

WORKSHEET 2: PLANNING YOUR CAMPAIGN

Work with the others from your group. You have 40 minutes. Use the
refugee detention example from this morning if your group has not yet
chosen an issue.

1. What change do you want to see? Write it as one sentence that a
   stranger would understand.
   ______________________________________________________________
   ______________________________________________________________

2. Who can make that change happen? Name a person, not an
   institution (e.g. "the District Director of the INS", not "the
   government").
   ______________________________________________________________

3. Who else cares about this issue? List local organizations,
   congregations, unions or campus groups that might work with you,
   and what each could bring.
   Organization                      What they could bring
   ________________________          _____________________________
   ________________________          _____________________________

4. Which actions will you take, and in what order? (letters, visits,
   public events...)
   Month        Action                        Who is responsible
   _______      ___________________________   __________________
   _______      ___________________________   __________________
   _______      ___________________________   __________________

5. How will you get your story into the local paper or onto the radio?
   ______________________________________________________________

6. How will you know you have succeeded?
   ______________________________________________________________
""",
    },
    {
        'id': '144',
        'split': 'holdout',
        'date': '1978-09',
        'date_form': 'fr-month-range',
        'type': 'report',
        'subjects': ['group organizing', 'human rights education', 'torture', 'urgent actions'],
        'title': "Rapport d'activité de la Commission formation",
        'title_devised': False,
        'title_variants': ["Rapport d'activité de la Commission formation : exercice septembre 1978 – juin 1979"],
        'audience': [],
        'language': 'fr',
        'places': [],
        'notes': "No date of issue; the period reported on 'septembre 1978 – juin 1979' -> its start, 1978-09. Mentioned: octobre 1976, le 24 mars (no year). The period line under the heading is not part of the title. Sections: welcoming new groups and how to run them (group organizing), the urgent action network, talks in schools presenting the Universal Declaration (human rights education), the study day on torture.",
        'text': """\
RÉSEAU INTERNATIONAL DE CONSCIENCE — SECTION FRANÇAISE
18, rue de Varenne, 75007 Paris

RAPPORT D'ACTIVITÉ DE LA COMMISSION FORMATION
Exercice septembre 1978 – juin 1979

1. L'accueil des nouveaux groupes

Onze groupes se sont constitués cette année (contre six l'an dernier),
dont trois dans des villes universitaires. La commission a organisé
pour eux deux week-ends d'accueil, à Lyon et à Rennes. On y a expliqué
comment tenir une réunion, répartir les responsabilités (responsable,
trésorier, chargé du dossier) et garder le lien avec le secrétariat.
Un guide du nouveau groupe, de douze pages, est en préparation.

2. Le réseau d'actions urgentes

Créé en octobre 1976, le réseau compte aujourd'hui 340 membres qui
reçoivent les appels par courrier et s'engagent à écrire dans les
quarante-huit heures. La commission a formé dix coordinateurs
régionaux capables de relayer les appels par téléphone lorsque la
poste est trop lente.

3. Les interventions en milieu scolaire

À la demande de professeurs d'histoire et d'instruction civique, des
militants sont intervenus dans 27 lycées et collèges pour présenter la
Déclaration universelle et les droits qu'elle protège. La commission a
rédigé une fiche pour aider les intervenants à préparer une séance
d'une heure avec une classe.

4. La journée d'étude sur la torture

Le 24 mars, 90 militants ont suivi à Paris une journée consacrée à la
torture : les méthodes, les pays où elle est pratiquée de façon
systématique, le rôle des médecins, et ce que l'on peut obtenir par des
interventions rapides. Les exposés seront publiés dans le prochain
bulletin.

Le rapport financier de la commission est présenté séparément.
""",
    },
    {
        'id': '145',
        'split': 'holdout',
        'date': '1988-12-01',
        'date_form': 'month-day-year',
        'type': 'letter',
        'subjects': ['petitions', 'recruitment', 'vigils and demonstrations'],
        'title': '[Letter from Joan Whitcomb to the members of Group 212 about the Human Rights Day vigil]',
        'title_devised': True,
        'title_variants': [],
        'audience': ['local groups'],
        'language': 'en',
        'places': [],
        'notes': "An announcement addressed 'Dear members and friends' and signed: a letter. Dateline December 1, 1988; December 10 and January are mentioned. Bulleted ways to help: the vigil (vigils and demonstrations), the petition table (petitions), bringing a friend who might join (recruitment). The closing sentence on released prisoners is in passing. Addressed to a local group's members -> local groups.",
        'text': """\
GROUP 212 -- INTERNATIONAL CONSCIENCE NETWORK
c/o Friends Meeting, 1420 Walnut St., Berkeley, CA 94709

December 1, 1988

Dear members and friends of Group 212,

This December 10 is the fortieth anniversary of the Universal
Declaration of Human Rights, and we want to mark it in a way people
will notice. We will hold a candlelight vigil on the steps of City
Hall from 6 to 7 p.m., followed by hot cider at the Meeting House.

Here is how you can help:

  * Come to the vigil, and bring a candle and warm clothes. We hope to
    be at least fifty.
  * Staff the petition table for half an hour. We are collecting
    signatures for the Network's anniversary petition to the United
    Nations. Call Helen (555-0148) to sign up for a slot.
  * Bring a friend who has ever said "I'd like to get involved some
    day". We will have membership forms and a sign-up sheet for our
    January meeting.
  * Bake something for the cider reception.

Thank you for a wonderful year. Two of the prisoners our Network
worked for were released this fall, and our group's letters were part
of that.

Peace,

Joan Whitcomb
Group Coordinator
""",
    },
    {
        'id': '146',
        'split': 'holdout',
        'date': '1983-05-21',
        'date_form': 'fr-day-range',
        'type': 'evaluation form',
        'subjects': ['facilitation', 'public speaking'],
        'title': 'Stage de formation des formateurs',
        'title_devised': False,
        'title_variants': ["Stage de formation des formateurs : fiche d'évaluation"],
        'audience': ['trainers'],
        'language': 'fr',
        'places': [],
        'notes': "'21-22 mai 1983' -> start 1983-05-21. FICHE D'ÉVALUATION stands below the venue/date line: section label, joined form a variant. Questions: leading a working group and handling conflicts and silences, readiness to lead a session (facilitation), speaking in public (public speaking). A course for trainers (formation des formateurs) -> trainers.",
        'text': """\
RÉSEAU INTERNATIONAL DE CONSCIENCE — SECTION FRANÇAISE
Commission Formation

STAGE DE FORMATION DES FORMATEURS
Lyon, 21-22 mai 1983
FICHE D'ÉVALUATION

Merci de remplir cette fiche avant de partir. Elle est anonyme.
Entourez la note qui correspond à votre avis (1 = pas du tout
satisfait, 4 = très satisfait).

1. Séance « Animer un groupe de travail : lancer, relancer, conclure »
                                                 1    2    3    4
2. Atelier « Gérer les conflits et les silences dans un groupe »
                                                 1    2    3    4
3. Atelier « Prendre la parole en public : exposé de cinq minutes
   filmé et commenté »                           1    2    3    4
4. Organisation matérielle (accueil, repas, hébergement)
                                                 1    2    3    4

5. Qu'est-ce qui vous a été le plus utile ?
   ...................................................................

6. Qu'auriez-vous souhaité voir traité davantage ?
   ...................................................................

7. Vous sentez-vous prêt(e) à animer vous-même une session dans votre
   région ?    [ ] oui    [ ] pas encore    [ ] non
   Pourquoi ? ........................................................

8. Autres remarques :
   ...................................................................
""",
    },
]
