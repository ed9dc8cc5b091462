"""The holdout10 set: 60 held-out documents (ids 1001-1060) of the independent tagging evaluation set.

Synthetic member-training material of an invented organisation, the Lantern Rights Association,
written and labelled to docs/labelling-guidelines.md by a helper session that never read metp's
tagging code, its vocabulary file, its earlier labelled data, its tests or the other document
files. For reporting only (scripts/tagging_set/README.md, "The holdout10 set").
The documents were planned in three batches and their ids assigned by a seeded shuffle
(random.Random(1010).shuffle of 1001-1060, in planning order).
"""


def _doc(id, date, date_form, type, subjects, title, title_variants, audience, language, places,
         notes, text):
    return {"id": id, "split": "holdout10", "date": date, "date_form": date_form, "type": type,
            "subjects": sorted(subjects), "title": title,
            "title_devised": title.startswith("[") and title.endswith("]"),
            "title_variants": title_variants, "audience": sorted(audience), "language": language,
            "places": sorted(places), "notes": notes, "text": text}


DOCUMENTS = []

# ---------------------------------------------------------------- batch 1 (planning order 1-20)

# 1 NZ agenda
DOCUMENTS.append(_doc(
    "1019", "1984-07-14", "weekday-day-month-year", "agenda",
    ["fundraising", "letter writing", "media work", "urgent actions"],
    "Wellington Region Training Day: Programme",
    ["Wellington Region Training Day", "Programme: Wellington Region Training Day"],
    [], "en", [],
    "PROGRAMME directly below the heading: joined after it. Sessions: urgent action network, "
    "appeal letters, local media (letters to the editor, radio), fundraising. The 'registration by "
    "6 July' deadline and the 1977 start of the network are mentioned dates.",
    """LANTERN RIGHTS ASSOCIATION (NEW ZEALAND SECTION)
P.O. Box 10-233, Wellington.  Telephone 724-118

                 WELLINGTON REGION TRAINING DAY
                           PROGRAMME

        Saturday 14 July 1984, St Andrew's Hall, The Terrace

 9.30   Arrive, tea and coffee, name tags
10.00   Welcome and introductions -- Margaret Tuhoe, Regional Co-ordinator
10.15   The Urgent Action network: how it works and why speed matters
        (our network began in 1977 with six members; we now have 140)
11.00   Writing appeal letters -- a practical session.  Bring a pen.
        We will each draft a letter on a current case and discuss tone,
        length and how to address a Minister or a prison governor.
12.15   Lunch (bring a plate to share)
 1.00   Getting into the local paper and onto the radio: letters to the
        editor, community notices, talkback.  With Peter Rangi, Evening Post.
 2.00   Raising money for your group: street appeals, quiz nights, the
        Christmas card stall and covenanted donations
 3.00   Questions, evaluation, close

Please register with the office by Friday 6 July so that we know numbers for lunch.
"""))

# 2 US Midwest memo 1977
DOCUMENTS.append(_doc(
    "1025", "1977-11-03", "us-numeric", "memo",
    ["letter writing", "prisoners of conscience"],
    "Adoption cases -- new procedures for groups",
    ["[Memo to Midwest group coordinators about new procedures for adoption cases]",
     "Adoption cases: new procedures for groups"],
    ["local groups"], "en", ["SU"],
    "US regional office, so 11/3/77 is read M/D/Y (3 November 1977). The RECEIVED stamp (NOV 8 1977) "
    "and the January 15 report deadline are not the date. A paragraph on the Soviet prisoner's case "
    "gives SU; the section on how to write to officials gives letter writing. 'Group Coordinators' "
    "-> local groups.",
    """LANTERN RIGHTS ASSOCIATION -- MIDWEST REGIONAL OFFICE
407 S. Dearborn St., Room 1110, Chicago, Illinois 60605   (312) 427-5530

                                              RECEIVED
                                              NOV  8 1977
                                              MADISON GROUP

MEMORANDUM

TO:      Group Coordinators, Midwest Region
FROM:    Dorothy Kessler, Regional Casework Secretary
DATE:    11/3/77
RE:      Adoption cases -- new procedures for groups

Starting with the cases assigned this month, each group adopting a prisoner of
conscience will receive a single case sheet from the regional office instead of
the long dossier we used to mail.  The case sheet gives the prisoner's name, the
place of detention, the charge if any, and the officials to write to.  Please keep
the full file at the office; ask for it if you need it.

Writing to officials.  Letters should be courteous and brief, should never
mention politics or the prisoner's opinions, and should ask only for release and,
until then, for humane treatment.  Write on plain paper or your own letterhead,
not ours.  Vary the writers: ten different people writing once do more than one
person writing ten times.  Keep a copy of every letter and note any reply on the
group's case log.

New case for the Madison and Des Moines groups.  Both groups now share the case of
Yuri M. Davydov, an engineer from Kharkov sentenced in 1976 to three years'
camp for circulating copies of a petition.  His wife has been able to visit once.
Letters should go to the Procurator General of the USSR in Moscow and to the camp
commander; postcards to the family are welcome but should be non-political.

Please send your group's report on the case by January 15.

DK:rl
cc: Regional Board; E. Novak (Des Moines)
"""))

# 3 Spain trainer guide 1996
DOCUMENTS.append(_doc(
    "1022", "1996-03", "spanish-revision-line", "trainer guide",
    ["death penalty"],
    "Guía para facilitadores: Taller sobre la pena de muerte",
    ["Taller sobre la pena de muerte", "Guía para facilitadores"],
    ["trainers"], "es", ["US"],
    "The revision line 'Revisado: marzo de 1996' wins over '1ª edición: 1994'. The guide covers the "
    "death penalty world-wide and a section on US states (a paragraph and an exercise) -> US. The "
    "debate exercise practises arguing about the death penalty, not public speaking as such "
    "(no tips on speaking): in passing.",
    """ASOCIACIÓN LINTERNA POR LOS DERECHOS HUMANOS -- SECCIÓN ESPAÑOLA
Apartado de Correos 50.318 -- 28080 Madrid -- Tel. (91) 531 22 18

GUÍA PARA FACILITADORES: TALLER SOBRE LA PENA DE MUERTE

Duración: 3 horas.  Participantes: entre 12 y 25.
Materiales: papelógrafo, rotuladores, copias de la hoja informativa nº 4, tarjetas
de colores.

Objetivos
Al final del taller las personas participantes deberán:
 - conocer la situación de la pena de muerte en el mundo;
 - conocer los argumentos principales a favor de la abolición;
 - saber qué puede hacer un grupo local contra una ejecución concreta.

1. Presentación (15 minutos)
Pida a cada participante que diga su nombre y una palabra que asocie con la pena
de muerte.  Anote las palabras en el papelógrafo sin comentarlas.

2. La pena de muerte en el mundo (40 minutos)
Explique brevemente cuántos países han abolido la pena capital y cuántos la
mantienen.  Recuerde que España la abolió para tiempos de paz en la Constitución de
1978.  Reparta la hoja informativa nº 4 y pida que lean en parejas el apartado
sobre métodos de ejecución.

3. El caso de los Estados Unidos (45 minutos)
Explique que en Estados Unidos cada estado decide si aplica la pena de muerte y que
las ejecuciones se reanudaron en 1977.  Divida al grupo en tres subgrupos; cada uno
recibe la ficha de un condenado en Texas, Florida o Virginia.  Pregunte: ¿qué
errores hubo en el juicio? ¿tuvo un abogado competente? ¿qué edad tenía?
Cada subgrupo presenta sus conclusiones en cinco minutos.

4. Debate: "¿Y si fuera tu familia?" (40 minutos)
Coloque dos carteles en la sala: DE ACUERDO / EN DESACUERDO.  Lea frases como
"La pena de muerte disuade a los asesinos" y pida que se coloquen junto al cartel.
Pida a dos o tres personas de cada lado que expliquen su posición.

5. ¿Qué podemos hacer? (30 minutos)
Presente las acciones del grupo: cartas a gobernadores, recogida de firmas en la
calle, charlas.  Cierre con una ronda de evaluación.

                                   1ª edición: 1994.  Revisado: marzo de 1996
"""))

# 4 Nigeria letter 1992
DOCUMENTS.append(_doc(
    "1008", "1992-10-12", "ordinal-day-month-year", "letter",
    ["fundraising", "recruitment"],
    "[Letter from the Lagos group coordinator to members about the fundraising dinner and membership drive]",
    ["Fundraising dinner and membership drive"],
    ["local groups"], "en", [],
    "Dateline '12th October 1992' (ordinal). The dinner date (Saturday 14 November 1992) and the "
    "drive's dates are mentioned. Addressed to the members of one local group -> local groups "
    "(a call: a letter to one group is taken as addressed to a local group). The Re: line is a "
    "variant.",
    """LANTERN RIGHTS ASSOCIATION
NIGERIAN SECTION -- LAGOS GROUP
14 Adeniran Ogunsanya Street, Surulere, Lagos.   Tel. 01-834217

12th October 1992

Dear Members,

Re: Fundraising dinner and membership drive

I write to bring you up to date on two matters agreed at our last meeting.

First, the fundraising dinner.  It will hold on Saturday 14th November 1992 at the
Yaba Club, from 7 p.m.  Tickets are N150 each and every member is asked to sell at
least five.  We are also looking for items for the raffle -- a member has already
promised a radio -- and for a company willing to pay for the printing of the
programme.  All proceeds go to the group's casework and the cost of postage, which
has risen sharply this year.  Please return ticket stubs and money to Mrs. Okafor,
our Treasurer, before the 7th of November.

Second, the membership drive.  We have only 23 paid-up members and the Section
expects a group of our size to have forty.  From 2nd to 20th November we shall have
a table at the University of Lagos and at two churches in Surulere.  Each volunteer
will have leaflets and membership forms and should take the names and addresses of
anyone interested; new members will be invited to the December meeting, where they
will be welcomed and given the members' pack.  Kindly tell me which days you can
cover.

Thank you for your continued support.

Yours faithfully,

(signed)
Babatunde Adeyemi
Group Co-ordinator
"""))

# 5 Philippines handout 2003
DOCUMENTS.append(_doc(
    "1021", "2003-06", "updated-month-year", "handout",
    ["letter writing", "urgent actions"],
    "How to Write an Urgent Action Appeal",
    [],
    ["new members"], "en", [],
    "'Updated June 2003' is its own date. 'For new members of the UA network' -> new members. "
    "Steps of writing an appeal: letter writing beside urgent actions.",
    """LANTERN RIGHTS ASSOCIATION -- PHILIPPINE SECTION
Rm 204, 18 Matimtiman St., Teachers Village, Quezon City  *  tel. (02) 926-4471

HOW TO WRITE AN URGENT ACTION APPEAL
(for new members of the UA network)

When an Urgent Action (UA) arrives, someone's safety may depend on how quickly
officials hear from us.  Try to send your appeal within a week.

1. Read the whole UA first.  Note who is at risk, what has happened, and what the
   recommended action asks for.

2. Choose who to write to.  The UA lists the officials -- usually the head of the
   police or army unit, the justice minister, sometimes the president.  One letter to
   one official is enough; more is better.

3. Be polite and brief.  Introduce yourself ("I am a teacher in Iloilo").  Say
   clearly what you are concerned about and what you ask for: that the person is not
   tortured, is allowed to see a lawyer and family, is released if held only for
   peaceful activities.

4. Do not argue politics and do not insult anyone.  An official who feels attacked
   throws the letter away.

5. Send it by post, fax or e-mail as the UA advises.  Fax numbers change: if a fax
   does not go through, try the embassy.

6. Tell the UA coordinator you have written (a text message is fine).  If you get a
   reply, send a copy to the office.

Sample opening: "Your Excellency, I am writing to express my deep concern for ..."

                                                             Updated June 2003
"""))

# 6 Japan newsletter 1999
DOCUMENTS.append(_doc(
    "1015", "1999", "season", "newsletter",
    ["death penalty", "fundraising", "letter writing", "refugees"],
    "Lantern Japan News",
    ["Lantern Japan News, No. 34, Spring 1999", "Lantern Japan News No. 34"],
    [], "en", ["JP"],
    "Season 'Spring 1999' -> 1999. Items: executions in Japan, refugee recognition in Japan, "
    "the Yokohama bazaar (fundraising), the monthly letter-writing evening. The December 1998 "
    "executions and the May meeting are mentioned dates.",
    """LANTERN JAPAN NEWS                          No. 34, Spring 1999
English edition -- Lantern Rights Association, Japanese Section
2-3-22 Nishi-Waseda, Shinjuku-ku, Tokyo 169   Tel 03-3203-0461

EXECUTIONS CONTINUE IN SECRET
Three more men were hanged in Japan in December 1998.  As always, their families
and lawyers were told only afterwards, and the Ministry of Justice did not give
their names.  Prisoners on death row may spend decades in solitary confinement,
never knowing whether today is the day.  The Section will ask the new Justice
Minister to stop signing execution orders and to open a public debate on abolition.
Members can help by writing to the Minister (address on the back page).

HOW MANY REFUGEES DOES JAPAN ACCEPT?
Last year only a handful of asylum seekers were recognised as refugees in Japan,
while many wait years in detention centres such as Ushiku.  Our Refugee Team visits
detainees and is preparing a short guide to the recognition procedure in English,
Japanese and Burmese.  Volunteers who can translate are very welcome.

SPRING BAZAAR RAISES 312,000 YEN
Thank you to everyone who brought goods and cakes to the Yokohama group's bazaar in
March.  The money will pay for postage and for the refugee guide.  The next bazaar
is planned for November; please keep collecting books and clothes.

LETTER-WRITING EVENINGS
Every second Thursday, 7-9 p.m., at the Section office.  We write appeals for the
month's prisoners, in English or Japanese -- sample letters are provided and
beginners are welcome.  Bring stamps if you can.

Annual meeting: Sunday 23 May, Tokyo.
"""))

# 7 Scotland sign-in 2005
DOCUMENTS.append(_doc(
    "1003", "2005-02-19", "day-month-year-numeric", "sign-in sheet",
    ["campaign planning"],
    "Campaign Planning Workshop: Sign-in Sheet",
    ["Campaign Planning Workshop", "Sign-in Sheet: Campaign Planning Workshop"],
    [], "en", [],
    "Scottish material: 19/2/2005 read D/M/Y. 'Sign-in sheet' directly below the heading: "
    "joined. Subject from the workshop's name only.",
    """LANTERN SCOTLAND -- Glasgow Group

CAMPAIGN PLANNING WORKSHOP
Sign-in sheet
Date: 19/2/2005        Venue: Renfield Centre, Bath Street

| Name               | Group / organisation       | E-mail or phone            |
|--------------------|----------------------------|----------------------------|
| Fiona McLeod       | Glasgow Group              | fmcleod@btinternet.com      |
| Iain Ross          | Glasgow Uni student group  | 0141 339 2270              |
| Shona Buchanan     | Paisley Group              | shonab@hotmail.com         |
| R. Chaudhry        | Glasgow Group              | 07790 114 563              |
| Alasdair Gunn      | Stirling Group             | a.gunn@stir.ac.uk          |
| Kirsty Doig        |                            | 0141 423 8109              |
| Catriona Mair      | Strathclyde students       | cmair@strath-su.org        |
| Tom Niven          | Glasgow Group              |                            |

Please print clearly.  Page 1 of 1
"""))

# 8 Colombia flyer 2007
DOCUMENTS.append(_doc(
    "1051", "2007-08-30", "spanish-weekday-written-date", "flyer",
    ["disappearances", "vigils and demonstrations"],
    "Vigilia por los desaparecidos: ¿Dónde están?",
    ["Vigilia por los desaparecidos"],
    [], "es", ["CO"],
    "The event's date (jueves 30 de agosto de 2007). The line under the heading is its subtitle, "
    "joined after a colon; the heading alone a variant. The vigil for the disappeared in Colombia -> CO.",
    """ASOCIACIÓN LINTERNA POR LOS DERECHOS HUMANOS -- SECCIÓN COLOMBIANA

              VIGILIA POR LOS DESAPARECIDOS
                   ¿DÓNDE ESTÁN?

   Jueves 30 de agosto de 2007 -- Día Internacional de las Víctimas
                 de Desapariciones Forzadas
           6:00 p.m.  Plaza de Bolívar, Bogotá

Miles de colombianos y colombianas han sido desaparecidos.  Sus familias siguen
buscándolos.  Acompáñalas con una vela y una flor blanca.

Trae la foto de un ser querido desaparecido si quieres que sea recordado.

           Informes: Carrera 13 No. 38-65, of. 402 -- Tel. 285 6731
"""))

# 9 Philippines minutes 1986
DOCUMENTS.append(_doc(
    "1013", "1986-01-14", "day-month-year", "report",
    ["fundraising", "prisoners of conscience", "recruitment", "torture"],
    "Minutes of the Baguio Group Meeting, 14 January 1986",
    ["Minutes of the Baguio Group Meeting"],
    [], "en", ["ID", "PH"],
    "Minutes -> report. The heading carries the meeting's date; transcribed with it. Items: the "
    "group's adopted prisoner in Indonesia (ID), torture of detainees in the Philippines (a "
    "paragraph -> PH), the Session Road stall (fundraising), new members. The next meeting "
    "(11 February) is mentioned.",
    """LANTERN RIGHTS ASSOCIATION -- BAGUIO GROUP

MINUTES OF THE BAGUIO GROUP MEETING, 14 JANUARY 1986
held at the Cathedral parish hall, 6:30 p.m.

Present: R. Bautista (chair), L. Dacanay (secretary), M. Cariño, J. Palangdan,
F. Lopez, Sr. Teresa Aquino, and two new members (see item 4).
Apologies: A. Ramos.

1. Minutes of the December meeting were read and approved.

2. Adopted prisoner.  The group has written to the Indonesian authorities for
   fourteen months on behalf of Pak Darsono, a teacher held without trial since the
   1965 arrests.  No reply has come.  It was agreed to send a Christmas-card batch
   late (Chinese New Year) and to ask the Section whether his family can be reached.

3. Torture of detainees.  M. Cariño reported on the cases collected by the task
   force of lawyers in Benguet: three farmers arrested in November were beaten and
   given electric shocks while in military custody.  The group will send the
   information to the Section for checking and will ask members to attend the
   Section's seminar on documenting torture.

4. New members.  Welcome to Ms. Grace Lumas and Mr. Daniel Tabora.  They will receive
   the members' kit.  The group will put up a recruitment table at the University of
   the Philippines Baguio enrolment week.

5. Finances.  The stall on Session Road in December raised P1,240.  Treasurer's
   balance P2,015.  A raffle is proposed for February.

Next meeting: 11 February 1986.
Minutes taken by L. Dacanay.
"""))

# 10 South Africa trainer guide 1998
DOCUMENTS.append(_doc(
    "1009", "1998-09-14", "revision-day-month-year-numeric", "trainer guide",
    ["equality and non-discrimination", "refugees"],
    "Session Guide: Refugees and Xenophobia",
    ["Refugees and Xenophobia"],
    ["trainers", "youth"], "en", ["ZA"],
    "South African material: 'Revised 14/09/1998' read D/M/Y. A heading that already reads "
    "'Session Guide: ...' transcribed as it reads. Xenophobia (hostility to foreigners) is "
    "taken as equality and non-discrimination, not racial discrimination (a call). For youth "
    "groups -> youth, plus trainers.",
    """LANTERN RIGHTS ASSOCIATION -- SOUTH AFRICAN SECTION
Youth Programme  *  P.O. Box 31102, Braamfontein 2017  *  (011) 403-6652

SESSION GUIDE: REFUGEES AND XENOPHOBIA
For facilitators working with youth groups (ages 15-20).  Time: 2 hours.

Aims
 * Participants understand who a refugee is and why people flee.
 * Participants explore their own attitudes to foreigners living in South Africa.

You will need: newsprint, markers, the "Suitcase" cards, copies of Handout R2.

Step 1 -- Warm-up (15 min)
Ask: "If you had ten minutes to leave your home forever, what would you take?"
Let each person name three things.  Say: this is what happens to refugees.

Step 2 -- Who is a refugee? (25 min)
Explain the definition: a person outside their country who has a well-founded fear
of persecution.  Distinguish refugees from migrants looking for work.  Mention the
countries most people in South Africa have fled from (DRC, Somalia, Angola) and
that South Africa is drafting a new Refugees Act.

Step 3 -- Words that hurt (40 min)
Read out the words used in townships and taxis for foreigners.  Divide into small
groups.  Each group discusses: Where do these ideas come from?  What happens to
people who are called these names?  How would you feel if you were treated as an
outsider?  Groups report back.  Point out that treating people worse because they
come from another country is discrimination, whatever their papers say.

Step 4 -- What can we do? (30 min)
Brainstorm actions: welcome events, visiting a refugee reception office, a school
assembly.  Close with the "Suitcase" reflection.

Note for facilitators: some participants may themselves be refugees.  Do not ask
anyone to tell their story in public.

                                                     Revised 14/09/1998
"""))

# 11 US Midwest evaluation 1989
DOCUMENTS.append(_doc(
    "1002", "1989-04-22", "weekday-month-day-year", "evaluation form",
    ["coalition building", "death penalty", "lobbying", "media work"],
    "Midwest Regional Death Penalty Training: Participant Evaluation",
    ["Midwest Regional Death Penalty Training", "Participant Evaluation"],
    [], "en", ["US"],
    "'Participant Evaluation' directly below the heading: joined. Questions rate sessions on the "
    "Missouri legislature (lobbying, US), working with other groups and murder victims' families "
    "(coalition building) and the press. The mailing deadline (May 5) is mentioned.",
    """LANTERN RIGHTS ASSOCIATION -- MIDWEST REGION

MIDWEST REGIONAL DEATH PENALTY TRAINING
Participant Evaluation

Saturday, April 22, 1989 -- Eden Seminary, Webster Groves, Missouri

Please help us plan next year's training.  Circle one number for each session
(1 = not useful, 5 = very useful).

1. "Why Abolition?" -- the facts on the death penalty in the U.S.      1  2  3  4  5

2. Lobbying the Missouri General Assembly: meeting your state
   representative, testifying at a committee hearing                   1  2  3  4  5

3. Building a coalition: churches, the bar, and families of
   murder victims who oppose executions                                1  2  3  4  5

4. Working with the press when an execution date is set                1  2  3  4  5

5. What was the most useful thing you learned today?

   ______________________________________________________________

6. What would you change?

   ______________________________________________________________

7. Would you be willing to visit your legislator before the session ends?
   Yes ___   No ___   Maybe ___

Name (optional) ____________________  Group ____________________

Please hand this in before you leave or mail to the regional office by May 5.
"""))

# 12 Haiti letter 1994
DOCUMENTS.append(_doc(
    "1056", "1994-02-03", "french-written-date", "letter",
    ["extrajudicial executions", "human rights defenders", "letter writing"],
    "[Letter from the Haitian section to group coordinators about threatened human rights defenders]",
    ["[Lettre de la section haïtienne aux responsables de groupes sur les défenseurs menacés]",
     "Défenseurs des droits humains menacés"],
    ["local groups"], "fr", ["HT"],
    "Dateline 'Port-au-Prince, le 3 février 1994'. Addressed to group coordinators -> local groups. "
    "A paragraph on killings by armed men with the army's protection -> extrajudicial executions; "
    "the threatened defenders and the letters asked for. The 1991 coup and the 'avant le 28 "
    "février' deadline are mentioned dates.",
    """LANTERNE -- ASSOCIATION POUR LES DROITS DE LA PERSONNE
Section haïtienne -- 14, rue Capois, Port-au-Prince -- Tél. 45-3318

                                        Port-au-Prince, le 3 février 1994

Aux responsables de groupes

Objet : Défenseurs des droits humains menacés

Chers amis,

Depuis le coup d'État de septembre 1991, ceux qui défendent les droits humains
dans notre pays vivent sous la menace.  Ce mois-ci encore, deux membres du
comité paroissial de Gonaïves qui recueillaient des témoignages ont reçu des
visites nocturnes d'hommes armés ; l'avocat Me Jean-Robert Delva a dû quitter son
domicile.

Vous savez aussi que des corps sont retrouvés chaque semaine à Cité Soleil et
ailleurs.  Ces exécutions sont le fait d'hommes armés agissant avec la protection
de l'armée et des « attachés », et personne n'est poursuivi.

Nous demandons à chaque groupe :
  - d'écrire au commandant en chef des Forces armées et au ministre de la Justice
    pour demander la protection des défenseurs nommés dans la fiche jointe ;
  - d'écrire une lettre de solidarité au comité de Gonaïves (adresse jointe) ;
  - de nous renvoyer le double des lettres avant le 28 février.

Soyez prudents : n'écrivez pas vos noms complets si vous craignez pour vous-mêmes,
et envoyez les lettres par l'intermédiaire du secrétariat.

Fraternellement,

Marie-Carmelle Louis
Coordonnatrice de la section

p.j. : fiche des défenseurs ; adresses
"""))

# 13 Scotland manual 1991
DOCUMENTS.append(_doc(
    "1012", "1991", "edition-line", "manual",
    ["fundraising", "group organizing", "letter writing", "media work", "prisoners of conscience"],
    "Lantern Scotland Group Handbook",
    ["Group Handbook"],
    ["local groups"], "en", [],
    "'Second edition 1991' wins over 'First published 1986'. Contents chapters count as headings: "
    "starting a group, meetings, casework (prisoners of conscience), letters, raising money, "
    "publicity and the press. 'For local groups' -> local groups. Two pages.",
    """LANTERN SCOTLAND
GROUP HANDBOOK

For local groups of the Lantern Rights Association in Scotland
First published 1986.  Second edition 1991.
Lantern Scotland, 11 Forth Street, Edinburgh EH1 3LE.  031-557 4402

CONTENTS

 1.  Starting a group ........................................ 2
 2.  Running your meetings .................................... 5
 3.  Casework: your adopted prisoner .......................... 8
 4.  Writing letters that work ............................... 12
 5.  Raising money ........................................... 16
 6.  Publicity and the press ................................. 20
 7.  Keeping in touch with the Section ....................... 24
     Useful addresses ........................................ 26
\f                                                 Lantern Scotland Group Handbook -- 2

1.  STARTING A GROUP

A group needs no more than five committed people to begin.  Most groups start when
one member puts a notice in the local paper or the library and holds an open
meeting.  At that first meeting, explain what the Association does, show the
video if you have it, and ask who would be willing to take on a job.

Every group needs:
  * a convenor, who chairs meetings and is the contact for the Section;
  * a secretary, who keeps the minutes and the group's correspondence;
  * a treasurer, who banks the group's money and sends the annual contribution;
  * a casework co-ordinator (see Chapter 3).

Register the group with the Section office.  You will receive a starter pack and,
once you have met regularly for six months, your first case.

Meet once a month at a regular time and place; a church hall, a library room or
someone's sitting room all work.  Keep meetings short and practical -- people come
back when they feel something was done.
"""))

# 14 Philippines worksheet 1997
DOCUMENTS.append(_doc(
    "1050", "1997-03-08", "running-line-day-range", "worksheet",
    ["campaign planning", "coalition building"],
    "Worksheet 2: Planning Your Campaign",
    ["Planning Your Campaign"],
    [], "en", [],
    "The running line (Campaign Skills Seminar, Cebu City, 8-9 March 1997) is not the title but "
    "gives the date (range start). Questions: objective, target, tactics, timeline (campaign "
    "planning) and one on organisations to join in a coalition (coalition building).",
    """Campaign Skills Seminar -- Cebu City, 8-9 March 1997 -- Lantern Rights Association (Visayas)

WORKSHEET 2: PLANNING YOUR CAMPAIGN

Work with your group.  You have 45 minutes.  Be as specific as you can.

1. What is the problem you want to change?  (one or two sentences)
   ____________________________________________________________________
   ____________________________________________________________________

2. What is your objective?  What exactly should be different in one year?
   ____________________________________________________________________

3. Who has the power to make that change?  (Your target: a person, not "the
   government")
   ____________________________________________________________________

4. Which other organisations could work with you in a coalition?  What would
   each one bring?
   Organisation                     What they bring
   ______________________________   ___________________________________
   ______________________________   ___________________________________

5. List three tactics you will use, and why each will move your target.
   a) __________________________________________________________________
   b) __________________________________________________________________
   c) __________________________________________________________________

6. Timeline: what will you do in the first, second and third month?
   Month 1 ____________  Month 2 ____________  Month 3 ____________

7. How will you know you have succeeded?
   ____________________________________________________________________
"""))

# 15 Nigeria overheads 2008
DOCUMENTS.append(_doc(
    "1029", "2008-05-23", "day-month-year", "slides",
    ["media work", "online activism"],
    "Media Work for Human Rights Groups",
    [],
    ["local groups"], "en", [],
    "Title slide with the presentation date (23 May 2008). Overheads on press releases, radio, "
    "interviews and one on the internet and SMS (online activism). 'For group media officers' -> "
    "local groups (a call: officers of local groups).",
    """Overhead 1
MEDIA WORK FOR HUMAN RIGHTS GROUPS
Training for group media officers
Lantern Rights Association, Nigerian Section -- Abuja, 23 May 2008

Overhead 2
WHY THE MEDIA?
 - Reaches people we could never meet
 - Puts pressure on officials who read the papers
 - Brings in new members and donations

Overhead 3
THE PRESS RELEASE
 - One page; the news in the first sentence
 - Who, what, when, where, why
 - A quote from your spokesperson
 - Contact name and phone number at the bottom

Overhead 4
RADIO
 - Most Nigerians get news from radio
 - Phone-in programmes: prepare two or three points
 - Offer programmes in Hausa, Yoruba, Igbo, Pidgin

Overhead 5
GIVING AN INTERVIEW
 - Know your three key messages
 - Never say "no comment"; say what you can
 - Do not speculate about cases you do not know

Overhead 6
USING THE INTERNET AND SMS
 - Post statements on the Section website and blog
 - Send action alerts by e-mail and text message
 - Ask supporters to forward to ten friends
"""))

# 16 NZ flyer 1979
DOCUMENTS.append(_doc(
    "1020", "1979-10-10", "weekday-day-month-year", "flyer",
    ["torture"],
    "Stop Torture: Public Meeting",
    ["Stop Torture", "Public Meeting: Stop Torture"],
    [], "en", ["AR"],
    "Date of the meeting it announces. The talk is about torture in Argentina -> AR. The "
    "1976 coup is a mentioned date.",
    """            PUBLIC MEETING

              STOP TORTURE

  "They came for him at three in the morning ..."

  Hear DR ELENA VIDAL, Argentine doctor and former detainee,
  speak about torture in Argentina's secret prisons since the
  military coup of 1976.

  WEDNESDAY 10 OCTOBER 1979, 7.30 p.m.
  Canterbury Public Library Lecture Room, Christchurch

  Admission free -- collection for the Lantern Rights Association

  Lantern Rights Association, Christchurch Group, Box 2711
"""))

# 17 Japan email memo 2004
DOCUMENTS.append(_doc(
    "1004", "2004-06-08", "iso-email-header", "memo",
    ["death penalty", "online activism", "petitions"],
    "Launch of the online petition against executions",
    ["[E-mail memo to group contacts about the online petition against executions]"],
    ["local groups"], "en", ["JP"],
    "Memo-form e-mail (To/From/Date/Subject, no greeting, signed by a team): memo; the Subject is the title. ISO "
    "date in the header. To group contacts -> local groups. Online petition -> online activism "
    "and petitions; executions in Japan -> JP. The 10 October deadline is mentioned.",
    """From: campaigns@lantern-japan.org
To: group-contacts@lantern-japan.org
Date: 2004-06-08 10:42 +0900
Subject: Launch of the online petition against executions

The online petition to the Minister of Justice asking for a moratorium on executions
is now open on our website:
   http://www.lantern-japan.org/petition/

Please do the following this month:
 * sign it yourself and forward the link to your group's mailing list;
 * print the paper version (attached, PDF) for members without internet and collect
   signatures at your stalls -- paper and online signatures are counted together;
 * link to the page from your group's own site or blog.

Background: two men were executed in September last year and over fifty people are
on death row.  We want to hand in at least 20,000 signatures before World Day
Against the Death Penalty on 10 October.

Running total will be posted weekly.

Campaigns Team, Lantern Japan
"""))

# 18 Colombia manual 2001
DOCUMENTS.append(_doc(
    "1046", "2001", "copyright", "manual",
    ["fundraising", "group organizing", "lobbying", "urgent actions"],
    "Manual para grupos locales",
    ["Asociación Linterna: Manual para grupos locales"],
    ["local groups"], "es", ["CO"],
    "© 2001 is its date. Chapters: forming a group, urgent actions, lobbying the Congress of "
    "Colombia (CO), raising funds. The scan holds the contents and part of chapter 3 "
    "(two pages).",
    """ASOCIACIÓN LINTERNA POR LOS DERECHOS HUMANOS
SECCIÓN COLOMBIANA

MANUAL PARA GRUPOS LOCALES

© 2001 Asociación Linterna, Sección Colombiana -- Bogotá

CONTENIDO
Capítulo 1.  Cómo formar un grupo local ..................... 3
Capítulo 2.  Las Acciones Urgentes .......................... 9
Capítulo 3.  Cabildeo ante el Congreso y las autoridades .... 15
Capítulo 4.  Recaudación de fondos .......................... 23
Anexo: direcciones útiles ................................... 29
\f-- 15 --

CAPÍTULO 3.  CABILDEO ANTE EL CONGRESO Y LAS AUTORIDADES

Hacer cabildeo es tratar de convencer a quienes toman decisiones -- congresistas,
ministros, alcaldes -- de que cambien una ley o una política.  En Colombia, los
proyectos de ley pasan por las comisiones del Senado y de la Cámara antes de
votarse en plenaria.  El momento de actuar es cuando el proyecto está en comisión.

Antes de la visita
 - Averigüe qué congresistas forman parte de la comisión y cuál es su posición.
 - Prepare una hoja de una página con sus argumentos y sus peticiones concretas.
 - Pida la cita por escrito y confírmela por teléfono.

Durante la visita
 - Vaya con dos o tres personas; decidan antes quién habla.
 - Sea breve y respetuoso.  Escuche también.
 - Deje la hoja y pregunte qué piensa hacer el congresista.

Después de la visita
 - Envíe una carta de agradecimiento recordando lo que se habló.
 - Informe a la Sección para coordinar el seguimiento.
"""))

# 19 US Midwest newsletter 1973
DOCUMENTS.append(_doc(
    "1045", "1973-11", "month-year", "newsletter",
    ["fundraising", "group organizing", "letter writing", "prisoners of conscience"],
    "The Lantern Light",
    ["The Lantern Light, Vol. 1, No. 3, November 1973", "The Lantern Light: Midwest Region"],
    [], "en", ["GR"],
    "Issue date November 1973. Items: a new group forming in Madison (group organizing), the "
    "adopted Greek prisoner (GR), Christmas card sale (fundraising), the letter-writing "
    "evening. The December 8 date is mentioned.",
    """THE LANTERN LIGHT
Newsletter of the Midwest Region, Lantern Rights Association
Vol. 1, No. 3                                               November 1973
5421 S. Kimbark Ave., Chicago, Ill. 60615

A NEW GROUP IN MADISON
Six people met in September in a University of Wisconsin seminar room and decided
to form the region's fourth group.  They have elected a chairman and treasurer and
will meet on the first Tuesday of each month.  If you know anyone in the Madison
area who might join, send their names to Carol Lindqvist, 212 Lathrop St.

OUR PRISONER IN GREECE
The Evanston group's adopted prisoner, the journalist Nikos Anagnostou, is still
held on the island of Yaros.  He was arrested for writing against the military
government.  His wife writes that the letters from America are read to him and
that they give him courage.  With the unrest in Athens this month, please write
again to the Minister of Public Order urging his release.

CHRISTMAS CARDS
The regional card this year is a woodcut of a lantern by a Chicago artist.  Packs
of ten cost $2.00, and every dollar goes to postage and the relief fund.  Order
from the office; groups may sell them at church bazaars.

LETTER-WRITING NIGHT
Join us on Saturday, December 8, at the Hyde Park office from 7 p.m.  We will write
to the prisoners' governments and send greetings cards to prisoners and their
families.  Coffee provided.
"""))

# 20 SA loose notes, undated
DOCUMENTS.append(_doc(
    "1032", None, "none", None,
    ["death penalty"],
    "[Notes for a talk on the death penalty in South Africa]",
    [],
    [], "en", ["ZA"],
    "Loose speaker's notes: type null (nothing shows a type from the list), undated (1989, 1990 "
    "and 1995 are history the notes mention, not their date). About the death penalty in South "
    "Africa -> ZA.",
    """talk -- Rotary, Thurs.  (20 min max!)

- thank Mr Pillay for invitation
- who we are -- 2 sentences only

DEATH PENALTY IN SA
- hangings at Pretoria Central -- at peak over 100 a year (1987?  check)
- moratorium since 1989/1990
- Constitutional Court -- Makwanyane 1995 -- unanimous -- "right to life", "dignity"
- now calls to bring it back -- crime figures

why not bring it back
 1. no proof it deters -- murder rate didn't drop when hangings were many
 2. mistakes can't be undone
 3. who was hanged?  poor, black, no proper lawyer
 4. ubuntu -- Langa J's words (quote card)

- end with question to them -- what would really make us safer?
- leave leaflets + membership forms at door
"""))

# ---------------------------------------------------------------- batch 2 (planning order 21-40)

# 21 Scotland youth weekend agenda 2002
DOCUMENTS.append(_doc(
    "1054", "2002-11-08", "day-range", "agenda",
    ["LGBT rights", "armed conflict", "children's rights", "human rights education", "online activism"],
    "Youth Activists' Weekend: Timetable",
    ["Youth Activists' Weekend", "Lantern Scotland Youth Activists' Weekend"],
    ["youth"], "en", [],
    "'Timetable' directly below the heading: joined. Range 8-10 November 2002 -> start. Sessions: "
    "human rights games (human rights education), LGBT rights, child soldiers (armed conflict, "
    "children's rights), online campaigning (online activism). For young members aged 14-18 -> "
    "youth. No place: Scotland and the child-soldier countries are named in one-line sessions "
    "without content (a call). The deposit deadline is mentioned.",
    """LANTERN SCOTLAND
YOUTH ACTIVISTS' WEEKEND
Timetable

8-10 November 2002, Badaguish Outdoor Centre, near Aviemore
For young members aged 14-18

FRIDAY
 6.30 pm   Arrive, rooms, dinner
 8.00 pm   Getting to know you; ground rules for the weekend

SATURDAY
 9.00 am   Human rights -- what are they?  Games and the "rights auction"
10.45 am   Break
11.00 am   Out and proud?  LGBT rights in Scotland and around the world,
           with a speaker from LGBT Youth Scotland
12.30 pm   Lunch
 1.30 pm   Hill walk (bring boots and waterproofs)
 4.30 pm   Child soldiers: the Red Hand campaign -- how children are recruited
           into armed groups in Sierra Leone, Colombia and Burma, and what
           schools can do
 7.00 pm   Dinner, then ceilidh

SUNDAY
 9.30 am   Campaigning online: e-mail actions, websites and message boards
11.00 am   Planning action in your school
12.30 pm   Lunch, evaluation, buses leave 2.00 pm

Deposit of £10 due to the Edinburgh office by 25 October.
"""))

# 22 Spain letter 1983 to new members
DOCUMENTS.append(_doc(
    "1030", "1983-02-07", "spanish-written-date", "letter",
    ["fundraising", "letter writing", "urgent actions"],
    "[Letter from the Barcelona group to new members welcoming them]",
    ["[Carta del grupo de Barcelona a los nuevos socios]"],
    ["new members"], "es", [],
    "Dateline 'Barcelona, 7 de febrero de 1983'. 'Estimado nuevo socio' -> new members. "
    "Paragraphs on the urgent action network, on writing letters for prisoners, and on the "
    "membership dues and the raffle (fundraising). The welcome itself is not recruitment "
    "(bringing in members): a call. The meeting dates are mentioned.",
    """ASSOCIACIÓ LLANTERNA -- ASOCIACIÓN LINTERNA POR LOS DERECHOS HUMANOS
Grupo de Barcelona -- c/ Gran de Gràcia, 126, 2º -- 08012 Barcelona -- Tel. 218 44 90

                                    Barcelona, 7 de febrero de 1983

Estimado nuevo socio, estimada nueva socia:

Te damos la bienvenida al grupo de Barcelona de la Asociación Linterna.  Con tu
adhesión somos ya cuarenta y dos.  Queremos explicarte en pocas líneas cómo
trabajamos y cómo puedes participar.

El grupo se reúne el primer miércoles de cada mes a las 20 h en nuestro local.  En
las reuniones preparamos las cartas para nuestros presos adoptados.  Escribir a las
autoridades de un país lejano puede parecer inútil, pero muchos presos liberados
nos han dicho que las cartas cambiaron su trato en la cárcel.  Te daremos modelos
de carta y las direcciones; basta con escribir con educación y sin hablar de
política.

También puedes apuntarte a la red de Acciones Urgentes: recibirás por correo
avisos sobre personas en peligro inmediato -- torturas, amenazas de ejecución -- y
te pediremos que envíes un telegrama o una carta urgente en los tres días
siguientes.

Por último, la Asociación no acepta dinero de gobiernos.  Vivimos de las cuotas de
los socios (la cuota anual es de 2.000 pesetas; puedes domiciliarla en tu banco con
el impreso adjunto) y de actividades como la rifa de Sant Jordi.

Te esperamos en la próxima reunión, el miércoles 2 de marzo.

Un saludo cordial,

Montserrat Puig i Ferrer
Secretaria del grupo
"""))

# 23 SA annual report 2005-06
DOCUMENTS.append(_doc(
    "1059", "2005", "split-year", "report",
    ["campaigning", "fundraising", "human rights education", "recruitment", "refugees", "women's rights"],
    "Western Cape Region Annual Report 2005-06",
    ["Western Cape Region Annual Report", "Annual Report 2005-06"],
    [], "en", ["ZA"],
    "No date of issue: the period '2005-06' gives its first year. Sections: membership "
    "(recruitment), the violence against women campaign (women's rights, campaigning: the "
    "campaign presented as a whole), refugees in Cape Town, schools programme (human rights "
    "education), income raised (fundraising). The 2005 and 2006 event dates are mentioned. Two pages.",
    """LANTERN RIGHTS ASSOCIATION -- SOUTH AFRICA
WESTERN CAPE REGION ANNUAL REPORT 2005-06

1. Membership
Paid-up membership in the region rose from 312 to 405.  Most new members joined
through the stalls at the V&A Waterfront and at the universities' orientation weeks,
where volunteers signed up 96 students.  The UCT and Stellenbosch student groups
are now the largest in the region.

2. Campaign: Stop Violence Against Women
The region joined the national launch of the campaign in August 2005 (Women's
Month).  Groups held street theatre in Khayelitsha and Mitchells Plain on domestic
violence and on the police's handling of rape cases, collected 3,800 postcards to
the Minister of Safety and Security, and supported the Sexual Offences Bill.  The
campaign continues in 2006-07 with a focus on schoolgirls.

3. Refugees
After the attacks on Somali shopkeepers in Masiphumelele in August 2006, the region
met with refugee organisations and the Cape Town refugee reception office.  A
members' visit programme and a leaflet on refugees' rights under the Refugees Act
are being prepared.
\f                                                                   page 2

4. Human rights education
Trained volunteers gave 41 lessons in 17 high schools on the Bill of Rights and on
gender equality; the teachers' pack was reprinted.

5. Money
The region raised R48,200: the annual Jazz for Rights concert (R21,000), the
members' monthly debit orders, a grant from a Cape Town trust for the schools
programme, and collection tins.  Expenditure was on printing, travel and the
office phone.

Thanks to all volunteers.  Regional Committee, Cape Town.
"""))

# 24 US trainer guide 1985
DOCUMENTS.append(_doc(
    "1060", "1985", "edition-line-season", "trainer guide",
    ["facilitation", "letter writing", "urgent actions"],
    "Trainer's Guide: Urgent Action Network Orientation",
    ["Urgent Action Network Orientation", "Module 2: Urgent Action Network Orientation"],
    ["new members", "trainers"], "en", [],
    "The running header 'TRAINERS' KIT -- FALL '85' is an edition line: not the title, its date "
    "(season -> 1985). Heading already reads 'Trainer's Guide: ...'. For new members -> plus "
    "new members. A 'Tips for the trainer' section on running the session -> facilitation.",
    """TRAINERS' KIT -- FALL '85 -- Lantern Rights Association, Midwest Region       Module 2

TRAINER'S GUIDE: URGENT ACTION NETWORK ORIENTATION

Audience: new members who have signed up for the Urgent Action network.
Time: 90 minutes.  Materials: three current UA sheets, stationery, stamps,
a map of the world, this guide.

Objectives: by the end, each participant will have written and addressed one
urgent action letter and will know how the network works.

1. (10 min) Welcome.  Ask each person why they signed up.

2. (15 min) How the network works.  Say: "When someone is arrested and we fear
   torture or execution, the researchers issue an Urgent Action.  Within days,
   thousands of letters and telegrams arrive."  Show the route on the map: case
   -> research office -> regional coordinator -> you.

3. (40 min) Writing the letter.  Divide into groups of three; give each group a
   UA.  Ask them to underline the recommended action.  Each person drafts a
   short, polite letter.  Read two aloud and ask: is it clear what we want?

4. (15 min) Addressing and postage; airmail rates; how to report back.

5. (10 min) Questions, sign-up sheet for the phone tree.

Tips for the trainer
 - Arrive early and set the chairs in a circle.
 - Keep to time; use a watch, not your memory.
 - If someone dominates, thank them and ask to hear from others.
 - Never let a participant leave without having written something.
"""))

# 25 France asylum Q&A 2009
DOCUMENTS.append(_doc(
    "1041", "2009-10", "french-update-month-year", "handout",
    ["refugees"],
    "Le droit d'asile en France : questions-réponses",
    ["Le droit d'asile en France"],
    [], "fr", ["FR"],
    "'Mise à jour : octobre 2009' is its date. The asylum procedure in France -> FR. The 1951 "
    "Convention is a mentioned date.",
    """LANTERNE -- Association pour les droits de la personne, section française
Fiche pratique n° 7

LE DROIT D'ASILE EN FRANCE : QUESTIONS-RÉPONSES

Qui est réfugié ?
Selon la Convention de Genève de 1951, est réfugiée toute personne qui craint avec
raison d'être persécutée du fait de sa race, de sa religion, de sa nationalité, de
son appartenance à un certain groupe social ou de ses opinions politiques, et qui
se trouve hors de son pays.

Comment demander l'asile en France ?
Le demandeur se présente à la préfecture, qui lui remet une autorisation provisoire
de séjour et le formulaire de l'OFPRA.  Il a 21 jours pour envoyer sa demande,
rédigée en français.

Que se passe-t-il ensuite ?
L'OFPRA convoque le demandeur à un entretien.  En cas de refus, un recours est
possible devant la Cour nationale du droit d'asile (CNDA) dans un délai d'un mois.

Qu'est-ce que la « procédure prioritaire » ?
Pour les personnes venant d'un pays dit « d'origine sûr », la demande est examinée
en quinze jours et le recours n'empêche pas l'expulsion.

Que peuvent faire les groupes ?
Accompagner les demandeurs à la préfecture, les aider à rédiger leur récit,
orienter vers les associations spécialisées.

                                                  Mise à jour : octobre 2009
"""))

# 26 NZ trainers' weekend agenda 1988
DOCUMENTS.append(_doc(
    "1048", "1988-11-19", "day-range", "agenda",
    ["facilitation", "human rights education", "police and human rights", "women's rights"],
    "National Trainers' Weekend",
    ["National Trainers' Weekend: Schedule"],
    ["trainers"], "en", [],
    "'SCHEDULE' is separated from the heading by the date/venue line: a section label, the "
    "joined form a variant. Range 19-20 November 1988 -> start. Sessions: teaching human rights, "
    "facilitating groups, women's rights, police powers. For the Section's trainers -> trainers. No place: the one-line "
    "sessions name New Zealand only as where a convention applies (a call).",
    """LANTERN RIGHTS ASSOCIATION OF NEW ZEALAND

NATIONAL TRAINERS' WEEKEND
19-20 November 1988, Quaker Meeting House, Auckland

SCHEDULE

For the Section's trainers and those wishing to become trainers.

Saturday
 9.00   Mihi and welcome
 9.30   Teaching human rights: methods for schools and community groups
11.00   Morning tea
11.15   Facilitating a group: handling silence, conflict and the talker who
        won't stop -- practice in threes
 1.00   Lunch
 2.00   Women's rights: the UN Women's Convention and what it means in New
        Zealand; running the session in our new module
 4.00   Free time

Sunday
 9.30   Police powers and human rights: arrest, questioning and complaints,
        with a speaker from the Council for Civil Liberties
11.30   Planning next year's training calendar
12.30   Lunch and farewells

Billets available -- ring Ann on Auckland 765-221.
"""))

# 27 Philippines letter 1982
DOCUMENTS.append(_doc(
    "1038", "1982-03-12", "day-month-year", "letter",
    ["letter writing", "prisoners of conscience", "torture"],
    "[Letter from the Philippine section coordinator to group coordinators about detained students]",
    ["Detained student writers -- action requested"],
    ["local groups"], "en", ["PH"],
    "Dateline 12 March 1982. To group coordinators -> local groups. Detained student writers "
    "held for their writing (prisoners of conscience), reports of torture (a paragraph), and the "
    "letters asked for. Freedom of expression is not added: the writings are the reason for a "
    "prisoner of conscience case, not a topic discussed as such (a call). The dates of arrest "
    "are mentioned. 'Re:' line is a variant.",
    """LANTERN RIGHTS ASSOCIATION
Philippine Section -- P.O. Box 2213, Manila

12 March 1982

To all Group Coordinators

Re: Detained student writers -- action requested

Dear friends,

Four students of the University of the Philippines who wrote for a campus magazine
were arrested on 3 February and are held at Camp Crame.  They are charged with
"subversion" for articles criticising land grabbing in Mindanao.  We believe they
are held only for their writings and we are treating them as prisoners of
conscience.

We have received a report, from a relative who was allowed a short visit, that two
of them were beaten and kept awake for several days during interrogation, and that
one was threatened with a gun at his head.  We must act quickly to protect them.

Please ask your members to write, this month, courteous letters to the Minister of
National Defense and to the Chief of the Philippine Constabulary, asking that the
students be released, that they are not ill-treated, and that they may see their
lawyers and families.  The addresses and a sample letter are enclosed.  Letters
from abroad are also being requested from other sections.

Please report the number of letters sent to the office.

Sincerely,

(sgd) Teresita G. Manalo
Section Coordinator

encl.
"""))

# 28 Japan sign-in 1987
DOCUMENTS.append(_doc(
    "1058", "1987-01-24", "day-month-year", "sign-in sheet",
    ["refugees"],
    "Refugee Support Study Meeting: Attendance",
    ["Refugee Support Study Meeting", "Attendance: Refugee Support Study Meeting"],
    [], "en", [],
    "'Attendance' directly below the heading: joined. Subject from the meeting's name.",
    """Lantern Rights Association -- Tokyo Group

REFUGEE SUPPORT STUDY MEETING
Attendance

24 January 1987, Bunkyo Civic Centre, Room 3

 No. | Name              | Group / affiliation       | Telephone
-----+-------------------+---------------------------+--------------
  1  | Sato Keiko        | Tokyo Group               | 03-3811-2045
  2  | Nakamura Hiroshi  | Tokyo Group               | 03-3945-6612
  3  | Fr. M. Doyle      | Catholic Refugee Desk     | 03-3263-1120
  4  | Tran Van Minh     | Indochinese community     |
  5  | Ogawa Yumi        | Sophia Univ. student      | 03-3238-0097
  6  | Ito Takeshi       | Kawasaki Group            | 044-211-3340
  7  | Morita Aiko       |                           | 03-3402-7781
"""))

# 29 Nigeria POC fact sheet 1999
DOCUMENTS.append(_doc(
    "1040", "1999-07", "issued-month-year", "handout",
    ["fair trials", "letter writing", "prisoners of conscience"],
    "Prisoners of Conscience: A Fact Sheet for Members",
    ["Prisoners of Conscience"],
    [], "en", ["NG"],
    "'Issued July 1999'. 'For members' names no audience term (not new members). A section on "
    "the military tribunals' trials -> fair trials; Nigerian cases -> NG. The two items of 'What "
    "members can do' are both writing (to prisoners and families; to the Attorney General) -> "
    "letter writing. The 1995 trial and "
    "1998-99 releases are mentioned dates.",
    """LANTERN RIGHTS ASSOCIATION -- NIGERIAN SECTION
Plot 1124 Ahmadu Bello Way, Garki, Abuja

PRISONERS OF CONSCIENCE: A FACT SHEET FOR MEMBERS

Who is a prisoner of conscience?
A person imprisoned for his or her beliefs, ethnic origin, sex, language or
religion, who has not used or advocated violence.  The Association works for their
immediate and unconditional release.

Nigeria's prisoners of conscience
Under military rule many journalists, trade unionists and pro-democracy activists
were jailed in Nigeria.  Most were freed after the death of General Abacha in 1998
and the handover to civilian rule in May 1999, but some remain in prison and others
still face charges.

Unfair trials
Many were convicted by special military tribunals.  These tribunals were made up of
serving officers, the defendants often could not choose their own lawyers, the
hearings were held in secret, and there was no appeal to an ordinary court.  The
1995 "coup plot" trial is an example.  The Association calls for every person still
held after such a trial to be released or retried before an independent court.

What members can do
 * Write to the prisoners and their families (addresses from the office).
 * Write to the Attorney General asking him to review all tribunal convictions.

                                                          Issued July 1999
"""))

# 30 NZ workshop report 1993
DOCUMENTS.append(_doc(
    "1036", "1993-06-01", "submitted-day-month-year", "report",
    ["facilitation", "public speaking", "recruitment"],
    "Report on the Regional Trainers' Workshop, Auckland, 15-16 May 1993",
    ["Report on the Regional Trainers' Workshop"],
    [], "en", [],
    "A report's own date of issue ('Submitted 1 June 1993') wins over the workshop's dates in its "
    "title. The heading's date/venue attached by a comma is kept, variant without. Sessions "
    "reported: facilitation, public speaking, recruitment stalls. Addressed to the National "
    "Executive: no audience.",
    """LANTERN RIGHTS ASSOCIATION OF NEW ZEALAND

REPORT ON THE REGIONAL TRAINERS' WORKSHOP, AUCKLAND, 15-16 MAY 1993

To: National Executive

1. Attendance.  Eighteen people attended from Auckland, Hamilton, Whangarei and
Tauranga; nine were new trainers.

2. Facilitation skills.  The Saturday morning session, led by Rachel Ngata, covered
how to open a session, how to draw out quiet participants and how to bring a
discussion back on track.  Participants practised in pairs and gave feedback.  This
was rated the most useful session.

3. Public speaking.  In the afternoon each participant gave a three-minute talk on a
human rights issue and was filmed.  Watching the video was uncomfortable but
valuable.  Tips on voice, notes and handling hostile questions were circulated.

4. Recruiting at stalls.  On Sunday we discussed how to run a recruitment stall at
markets and O-week, what to say to passers-by, and how to follow up names within a
week.  Hamilton reported 30 new members from two stalls.

5. Recommendations.  Repeat the workshop in the South Island in 1994; produce a
short trainers' handbook.

Submitted 1 June 1993
J. Whitcombe, Training Co-ordinator
"""))

# 31 Nigeria worksheet 2004
DOCUMENTS.append(_doc(
    "1017", "2004-05-15", "running-line-day-month-year", "worksheet",
    ["letter writing", "urgent actions"],
    "Worksheet: Writing an Appeal Letter",
    ["Writing an Appeal Letter"],
    [], "en", [],
    "The running line (Urgent Action Workshop -- Enugu, 15 May 2004) is not the title but gives "
    "the date. Questions take the participant through drafting a UA appeal letter.",
    """Urgent Action Workshop -- Enugu, 15 May 2004 -- Lantern Rights Association, Nigerian Section

WORKSHEET: WRITING AN APPEAL LETTER

Use the Urgent Action you have been given.

1. Name of the person at risk: _____________________________________

2. What has happened to him or her?  (one sentence)
   ________________________________________________________________

3. What does the UA ask us to request?  List up to three things.
   a) _____________________________________________________________
   b) _____________________________________________________________
   c) _____________________________________________________________

4. To whom will you write?  (title and address)
   ________________________________________________________________

5. Write your opening sentence, introducing yourself:
   ________________________________________________________________

6. Now draft the whole letter on the back of this sheet (no more than 150 words).
   Check: Is it polite?  Does it avoid politics?  Is the request clear?
"""))

# 32 US flyer 2010
DOCUMENTS.append(_doc(
    "1001", "2010-12-11", "weekday-month-day-year", "flyer",
    ["letter writing"],
    "Human Rights Day Write-In",
    [],
    [], "en", [],
    "The event's date (Saturday, December 11, 2010). Human Rights Day (December 10) is mentioned.",
    """        LANTERN RIGHTS ASSOCIATION -- ANN ARBOR GROUP

             HUMAN RIGHTS DAY WRITE-IN

      Saturday, December 11, 2010   *   12 noon - 5 pm
      First Unitarian Church, 4001 Ann Arbor-Saline Rd.

 Drop in for half an hour or stay all afternoon.  We'll have case sheets,
 sample letters, cards, stamps -- and cookies.  Write to government officials
 on behalf of people in danger, and send holiday greetings to prisoners.

 Last year we wrote 620 letters.  Help us beat it!

      Human Rights Day is December 10.  Bring a friend.
      Questions: annarbor@lanternrights.org  (734) 662-0419
"""))

# 33 Scotland FILE COPY letter 1974
DOCUMENTS.append(_doc(
    "1005", "1974-03-04", "ordinal-day-month-year", "letter",
    ["lobbying", "refugees"],
    "[Letter from the Edinburgh group secretary to an MP about Chilean refugees]",
    ["Refugees from Chile"],
    [], "en", ["CL", "GB"],
    "FILE COPY of a letter actually sent to an MP: a letter. Dateline 4th March 1974 (ordinal). "
    "Asking the MP to press the Government to admit Chilean refugees: lobbying and refugees; "
    "the UK government (GB) and Chile (CL). The September 1973 coup is mentioned.",
    """FILE COPY

LANTERN RIGHTS ASSOCIATION -- EDINBURGH GROUP
Hon. Secretary: Mrs J. Melville, 23 Comely Bank Avenue, Edinburgh EH4 1EW

4th March 1974

Ronald King Murray, Esq., M.P.,
House of Commons,
London SW1A 0AA

Dear Mr Murray,

                         Refugees from Chile

I write on behalf of the Edinburgh group of the Lantern Rights Association, several
of whose members live in your constituency.

Since the military coup of September last, thousands of Chileans and of refugees
from other Latin American countries who had found safety in Chile have been in
danger of arrest.  Many have taken shelter in embassies or in the camps set up by
the United Nations High Commissioner for Refugees, and cannot stay there for long.

Other European governments have agreed to receive a number of these refugees.  We
should be grateful if you would ask the Home Secretary what the Government intends
to do, and urge that Britain offer a substantial number of places, with help for
families to settle and for students to continue their studies.

We would welcome the chance to meet you at your next surgery.

Yours sincerely,

Jean Melville (Mrs)
Hon. Secretary

JM/ab
"""))

# 34 SA evaluation 2001
DOCUMENTS.append(_doc(
    "1034", "2001-03-03", "day-month-year", "evaluation form",
    ["police and human rights", "torture"],
    "Evaluation: Police and Human Rights Workshop",
    ["Police and Human Rights Workshop"],
    [], "en", ["ZA"],
    "Date line separate from the heading (3 March 2001). Rated sessions on police use of force and "
    "on torture in custody, community policing forums: police and human rights, torture; the "
    "South African police and law -> ZA.",
    """LANTERN RIGHTS ASSOCIATION -- KWAZULU-NATAL REGION

EVALUATION: POLICE AND HUMAN RIGHTS WORKSHOP
Durban, 3 March 2001

Please rate each session: 1 (poor) -- 5 (excellent)

 a) The SAPS and the Constitution: use of force and arrest          1 2 3 4 5
 b) Torture and assault in police custody: the ICD's findings        1 2 3 4 5
 c) Community Policing Forums -- how members can take part          1 2 3 4 5

What did you learn about making a complaint against the police?
__________________________________________________________________

Was the workshop too long / about right / too short?  (circle one)

Would you recommend this workshop to others in your group?   Yes  /  No

Any other comments:
__________________________________________________________________
"""))

# 35 Spain newsletter 1990
DOCUMENTS.append(_doc(
    "1024", "1990", "spanish-season", "newsletter",
    ["campaigning", "fundraising", "group organizing", "prisoners of conscience", "torture"],
    "Linterna",
    ["Linterna: Boletín de la Sección Española", "Linterna nº 12, otoño 1990"],
    [], "es", ["ES"],
    "Season 'otoño 1990' -> 1990. Items: the torture campaign launched (torture, campaigning), "
    "jailed conscientious objectors in Spain (prisoners of conscience, ES), the Christmas market "
    "(fundraising), new groups forming (group organizing). The dates of the campaign events are "
    "mentioned.",
    """LINTERNA
Boletín de la Sección Española de la Asociación Linterna por los Derechos Humanos
nº 12 -- otoño 1990                      Apartado 50.318, 28080 Madrid

NUEVA CAMPAÑA: TORTURA, NUNCA MÁS
En octubre la Sección lanza su campaña contra la tortura, que durará un año.  Se
centrará en tres países y en la situación en España, donde siguen llegando
denuncias de malos tratos en comisarías durante la detención incomunicada.  Cada
grupo recibirá una carpeta con carteles, hojas de firmas y modelos de carta, y
habrá una jornada de presentación en Madrid el 20 de octubre.

OBJETORES EN PRISIÓN
Tres jóvenes insumisos que se negaron a hacer el servicio militar y la prestación
sustitutoria han sido condenados a más de dos años de cárcel en Pamplona y
Barcelona.  La Sección los considera presos de conciencia y pide su libertad.

MERCADILLO DE NAVIDAD
Los grupos de Madrid montarán un mercadillo solidario en diciembre.  Necesitamos
artesanía, libros y voluntarios para atender los puestos.  Lo recaudado se destina
a la campaña.

NUEVOS GRUPOS
Se han formado grupos en Logroño y en Cáceres.  Si quieres formar un grupo en tu
ciudad, escríbenos: te enviaremos la guía para grupos en formación y una persona
de la Sección te visitará para la primera reunión.
"""))

# 36 Japan handout 1988 public speaking
DOCUMENTS.append(_doc(
    "1031", "1988", "prepared-year", "handout",
    ["public speaking"],
    "Speaking in Public: Tips for Group Members",
    ["Speaking in Public"],
    ["local groups"], "en", [],
    "'Prepared by the Osaka Group, 1988' gives the year. 'For group members' who speak for their "
    "group: local groups (a call).",
    """Lantern Rights Association -- Osaka Group

SPEAKING IN PUBLIC: TIPS FOR GROUP MEMBERS

Many of us are nervous about speaking to a school class, a church or a citizens'
meeting.  These tips come from members who have done it.

Before
 - Ask how long you have and who the audience will be.
 - Choose one main message.  Write it in one sentence.
 - Prepare a story: one prisoner, one family.  People remember stories, not numbers.
 - Practise aloud, with a clock, in front of a friend.

During
 - Greet the audience and thank the organisers.
 - Speak more slowly than you think you need to.
 - Look at people in different parts of the room.
 - Use notes on small cards, not a full text.

Questions
 - Repeat the question so everyone hears it.
 - If you do not know the answer, say so and offer to send it later.
 - Stay calm with hostile questions; answer the point, not the tone.

After
 - Leave leaflets and a sign-up sheet.
 - Write a note of thanks to the organisers.

                                        Prepared by the Osaka Group, 1988
"""))

# 37 Nigeria memo 1985
DOCUMENTS.append(_doc(
    "1026", "1985-08-21", "day-month-year-numeric", "memo",
    ["death penalty", "fair trials", "urgent actions"],
    "Death sentences by the Robbery and Firearms Tribunals -- urgent action",
    ["[Memo to group coordinators about death sentences by the Robbery and Firearms Tribunals]"],
    ["local groups"], "en", ["NG"],
    "Nigerian material: 21/8/85 read D/M/Y. To all group coordinators -> local groups. Paragraphs on "
    "the tribunals' procedure (fair trials), the death sentences, the urgent action asked. The "
    "1984 decree and the execution date are mentioned.",
    """LANTERN RIGHTS ASSOCIATION -- NIGERIAN SECTION
P.M.B. 12804, Lagos

MEMORANDUM

TO:     All Group Co-ordinators
FROM:   National Secretary
DATE:   21/8/85
RE:     Death sentences by the Robbery and Firearms Tribunals -- urgent action

1. Eleven young men were sentenced to death last week by the Robbery and Firearms
   Tribunal in Benin City.  We understand the sentences may be carried out by firing
   squad in public within days.

2. Under the 1984 decree, these tribunals are chaired by a judge but include
   military and police officers; there is no right of appeal to the Court of
   Appeal, only confirmation by the Military Governor.  Two of the accused say their
   confessions were beaten out of them.

3. The Section opposes the death penalty in all cases.  Please activate your Urgent
   Action members at once: telegrams or letters to the Military Governor of Bendel
   State asking him not to confirm the sentences, and to the Chief of Staff, Supreme
   Headquarters, asking for a right of appeal.

4. Report the number of appeals sent to this office by telephone.

O.A.A.
"""))

# 38 Haiti newsletter 2000
DOCUMENTS.append(_doc(
    "1049", "2000-03", "french-month-year", "newsletter",
    ["freedom of expression", "fundraising", "human rights education", "torture"],
    "Lanterne",
    ["Lanterne : Bulletin de la section haïtienne", "Lanterne n° 5, mars 2000"],
    [], "fr", ["HT"],
    "Issue date 'mars 2000'. Items: torture in police cells and prisons (torture), threats to "
    "journalists before the elections (freedom of expression), the youth human rights education "
    "programme, the fundraising concert. The May elections and the 26 February concert are "
    "mentioned dates.",
    """LANTERNE
Bulletin de la section haïtienne de l'Association Lanterne
N° 5 -- mars 2000                 14, rue Capois, Port-au-Prince

TORTURE DANS LES CELLULES
Des détenus du commissariat de Delmas et de la prison civile des Gonaïves nous ont
décrit des passages à tabac, la « djak » et des détentions de plusieurs jours sans
eau.  La section a remis un dossier à l'Inspection générale de la Police nationale
et demande des sanctions.

JOURNALISTES MENACÉS
À l'approche des élections de mai, plusieurs journalistes de radio ont reçu des
menaces de mort et une station a été incendiée.  Nous rappelons que la liberté de
la presse est garantie par la Constitution et demandons que les auteurs soient
poursuivis.

LES JEUNES ET LES DROITS HUMAINS
Le programme d'éducation aux droits humains dans les écoles a touché 600 élèves de
Port-au-Prince et de Jacmel cette année.  Les animateurs utilisent des jeux de rôle
et des chansons en créole.

CONCERT DE SOUTIEN
Le concert du 26 février au Centre d'art a rapporté 18 000 gourdes.  Merci aux
musiciens et à tous les donateurs ; cet argent finance le bulletin et les visites
de prison.
"""))

# 39 US Midwest lobby worksheet 2007
DOCUMENTS.append(_doc(
    "1037", "2007-02-13", "running-line-month-day-year", "worksheet",
    ["death penalty", "lobbying"],
    "Lobby Visit Planning Worksheet",
    [],
    [], "en", ["US"],
    "The running line (Iowa Lobby Day -- February 13, 2007) is not the title but gives the date. "
    "Planning a visit to a state legislator about the bill to reinstate the death penalty in "
    "Iowa: lobbying, death penalty, US.",
    """Iowa Lobby Day -- February 13, 2007 -- Lantern Rights Association, Des Moines Group

LOBBY VISIT PLANNING WORKSHEET

Bill: SF 142 -- would reinstate the death penalty in Iowa (abolished 1965)

1. Your legislator's name and district: _______________________________

   Senator / Representative (circle)     Committee(s): ____________________

2. What do you know about his or her position on the bill?
   ____________________________________________________________________

3. Your team (2-4 people) and who will open the meeting:
   ____________________________________________________________________

4. Your "ask" -- the one thing you want the legislator to do:
   ____________________________________________________________________

5. Two arguments you will use (choose from the fact sheet):
   a) _________________________________________________________________
   b) _________________________________________________________________

6. Your personal story -- why this matters to you (two sentences):
   ____________________________________________________________________

7. After the visit: what did they say?  Follow-up needed?
   ____________________________________________________________________
"""))

# 40 Philippines slides 2010
DOCUMENTS.append(_doc(
    "1018", "2010-04-17", "day-month-year", "slides",
    ["extrajudicial executions", "online activism", "petitions"],
    "Online Activism for Human Rights",
    [],
    ["youth"], "en", ["PH"],
    "Title slide with the presentation date (17 April 2010). Slides on online actions, online "
    "petitions, and a case slide on the killings of activists in the Philippines (extrajudicial "
    "executions, PH). Presented at a youth camp -> youth.",
    """Slide 1
ONLINE ACTIVISM FOR HUMAN RIGHTS
Lantern Rights Association Youth Camp, Davao City
17 April 2010

Slide 2
WHY GO ONLINE?
* Millions of Filipinos on Facebook and Friendster
* Texting is cheap and fast
* Officials read what goes viral

Slide 3
WAYS TO ACT ONLINE
* Share action alerts on Facebook and blogs
* Change your profile picture for a day of action
* E-mail officials directly

Slide 4
ONLINE PETITIONS
* Set a clear target and a clear demand
* Collect names AND e-mails for follow-up
* Deliver the petition in person with the media

Slide 5
CASE: STOP THE KILLINGS
* Hundreds of activists, farmers and journalists shot dead since 2001
* Killers rarely arrested; witnesses afraid
* Our e-action to the Philippine National Police: 4,000 e-mails in one week

Slide 6
STAY SAFE ONLINE
* Think before you post names and photos
* Use strong passwords
"""))

# ---------------------------------------------------------------- batch 3 (planning order 41-60)

# 41 Colombia national meeting programme 1998
DOCUMENTS.append(_doc(
    "1023", "1998-06-12", "spanish-day-range", "agenda",
    ["campaign planning", "disappearances", "human rights defenders", "recruitment"],
    "Encuentro Nacional de Grupos",
    ["Encuentro Nacional de Grupos: Programa", "Programa: Encuentro Nacional de Grupos"],
    [], "es", ["CO"],
    "PROGRAMA separated from the heading by the date/venue line: section label, joined form a "
    "variant. Range 12-14 de junio de 1998 -> start. Sessions: disappearances in Colombia, "
    "protecting defenders, recruiting members, planning the year's campaign (campaign planning). "
    "A group's own national meeting: no audience.",
    """ASOCIACIÓN LINTERNA POR LOS DERECHOS HUMANOS -- SECCIÓN COLOMBIANA

ENCUENTRO NACIONAL DE GRUPOS
Cali, 12 al 14 de junio de 1998 -- Casa de Retiros San Pedro Claver

PROGRAMA

Viernes 12
 4:00 p.m.  Llegada e inscripción
 7:00 p.m.  Bienvenida y presentación de los grupos

Sábado 13
 8:00 a.m.  La desaparición forzada en Colombia: testimonios de familiares
            y trabajo de ASFADDES
10:30 a.m.  Refrigerio
11:00 a.m.  Defensores y defensoras en peligro: cómo protegerlos desde los grupos
 1:00 p.m.  Almuerzo
 2:30 p.m.  ¿Cómo conseguir nuevos socios?  Experiencias de Medellín y Pasto
 4:30 p.m.  Planificar la campaña del año: objetivos, públicos, actividades,
            calendario (trabajo por regiones)

Domingo 14
 8:30 a.m.  Plenaria: planes regionales
11:00 a.m.  Elección del comité coordinador
 1:00 p.m.  Almuerzo y clausura
"""))

# 42 France trainer guide 1978
DOCUMENTS.append(_doc(
    "1044", "1978", "french-season", "trainer guide",
    ["letter writing", "prisoners of conscience"],
    "Guide de l'animateur : écrire pour un prisonnier",
    ["Écrire pour un prisonnier"],
    ["new members", "trainers"], "fr", [],
    "'automne 1978' in the footer: season -> 1978. Guide for the person leading a session for new "
    "members -> trainers, new members. Writing letters for an adopted prisoner of conscience.",
    """LANTERNE -- Association pour les droits de la personne -- Section française
18, rue de Fleurus, 75006 Paris

GUIDE DE L'ANIMATEUR : ÉCRIRE POUR UN PRISONNIER

Séance d'accueil des nouveaux adhérents -- durée : 1 h 30

But de la séance
Que chaque nouvel adhérent comprenne ce qu'est un prisonnier d'opinion adopté par
le groupe et rédige sa première lettre.

Déroulement
1. Présentez-vous et faites un tour de table (10 min).
2. Racontez l'histoire du prisonnier adopté par le groupe : qui il est, pourquoi il
   est en prison, depuis quand.  Insistez : il n'a pas usé de violence ; il est
   détenu pour ses opinions (15 min).
3. Lisez à haute voix deux lettres modèles.  Demandez : « Qu'est-ce qui rend cette
   lettre efficace ? »  Notez les réponses au tableau : politesse, brièveté,
   demande précise, pas de polémique (20 min).
4. Distribuez papier et enveloppes.  Chacun rédige une lettre au ministre de la
   Justice du pays concerné.  Passez d'un participant à l'autre pour aider (30 min).
5. Relisez ensemble une ou deux lettres, puis expliquez comment le groupe suit le
   dossier (15 min).

Conseil : ne donnez jamais l'adresse personnelle des participants aux autorités ;
les lettres portent l'adresse du groupe.

                                               Fiche de formation n° 3 -- automne 1978
"""))

# 43 NZ newsletter 2008
DOCUMENTS.append(_doc(
    "1042", "2008-08", "month-year", "newsletter",
    ["campaigning", "group development", "lobbying", "online activism", "refugees", "women's rights"],
    "Lantern Aotearoa",
    ["Lantern Aotearoa, Issue 62, August 2008", "Lantern Aotearoa Issue 62"],
    [], "en", ["NZ", "PG"],
    "Issue date August 2008. Items: the Pacific campaign on violence against women in Papua New "
    "Guinea, presented as the Section's campaign of the year (women's rights, campaigning, PG), lobbying to raise New Zealand's refugee quota (refugees, lobbying, NZ), the new online "
    "action centre (online activism), group review day for keeping members active (group "
    "development). The election and deadline dates are mentioned.",
    """LANTERN AOTEAROA
The newsletter of the Lantern Rights Association of New Zealand
Issue 62 -- August 2008          PO Box 5300, Wellesley St, Auckland  (09) 303-4520

SAFE AT HOME? WOMEN IN PAPUA NEW GUINEA
Our Pacific campaign this year focuses on violence against women in PNG, where
domestic and sexual violence is widespread and few cases reach court.  We are
supporting women's groups in Port Moresby and Goroka that run safe houses, and
asking the PNG government to fund them and to train police to take complaints
seriously.

TIME TO RAISE THE REFUGEE QUOTA
New Zealand's refugee quota has stayed at 750 a year for two decades.  Before the
general election we are asking every candidate to commit to raising it.  Groups
are booking meetings with their local MPs; a briefing and question sheet are
enclosed.  Please report back by 30 September.

ACT ONLINE
Our new online action centre is live.  Sign up and you will receive one e-mail
action a month, which takes two minutes to complete.  Share the actions on your
Bebo or Facebook page.

GROUP HEALTH CHECK
Is your group tired?  Numbers dropping at meetings?  The Section will hold a
group review day in Christchurch and Hamilton in October: a chance to look at how
your group works, share out jobs and plan a year that keeps members coming back.
"""))

# 44 Scotland minutes 1996
DOCUMENTS.append(_doc(
    "1033", "1996-03-12", "day-month-year-numeric", "report",
    ["fundraising", "media work", "prisoners of conscience"],
    "Minutes of Meeting Held 12/3/96",
    ["Aberdeen Group: Minutes of Meeting Held 12/3/96", "Minutes of Meeting"],
    [], "en", ["CN"],
    "Minutes -> report; Scottish material, 12/3/96 read D/M/Y. Heading with the meeting's date "
    "transcribed with it. Items: the adopted Chinese prisoner (CN), a letter to the Press and "
    "Journal and a radio interview (media work), the sponsored walk (fundraising). The next "
    "meeting and walk dates are mentioned.",
    """LANTERN SCOTLAND -- ABERDEEN GROUP

MINUTES OF MEETING HELD 12/3/96
at the Friends' Meeting House, Crown Street

Present: H. Duguid (convenor), M. Reid, S. Tait, K. Ogilvie, P. Menzies, A. Sim
Apologies: G. Lawson

1. Prisoner case.  No news of Chen Wei, the labour activist sentenced in Beijing to
   eight years for organising a workers' petition.  S. Tait has written again to
   the Chinese ambassador in London.  Agreed to send a birthday card to his wife in
   April and to ask the Section for help with translation.

2. Publicity.  M. Reid's letter about Chen Wei appeared in the Press and Journal on
   5 March.  NorthSound Radio would like to interview a member on the group's work;
   K. Ogilvie agreed to do it and will prepare three key points.  A press release
   will be sent before the walk.

3. Sponsored walk.  The Deeside Way walk will be on Sunday 26 May.  Sponsorship
   forms available from P. Menzies.  Target £800.

4. AOB.  Library display in June.

Next meeting: Tuesday 9 April, 7.30 pm.                                   HD
"""))

# 45 SA campus flyer 2003
DOCUMENTS.append(_doc(
    "1007", "2003-03-04", "weekday-day-month-year", "flyer",
    ["recruitment"],
    "Join Us!",
    ["Join Us! Lantern Rights Association Wits Campus Group"],
    [], "en", [],
    "The open meeting's date (Tuesday 4 March 2003). A call to join the campus group: "
    "recruitment. 'All students welcome' names no audience term (a call to individual students, "
    "not to student groups).",
    """                        JOIN US!

     LANTERN RIGHTS ASSOCIATION -- WITS CAMPUS GROUP

     Care about justice?  Angry about what you see in the news?
     Do something about it.

     OPEN MEETING -- TUESDAY 4 MARCH 2003
     1.15 pm, Senate House, Room SH 4003

     Find out how students at Wits write for prisoners, run campaigns
     and organise events on campus.  No experience needed.
     All students welcome.  Free membership for the first year.

     wits@lanternrights.org.za   *   083 551 2087
"""))

# 46 Japan facilitator's notes 2006
DOCUMENTS.append(_doc(
    "1014", "2006", "copyright", "trainer guide",
    ["human rights education", "racial discrimination"],
    "Facilitator's Notes: Introduction to Human Rights for High School Students",
    ["Introduction to Human Rights for High School Students"],
    ["trainers", "youth"], "en", ["JP"],
    "© 2006 is its date. Heading already reads 'Facilitator's Notes: ...'. Introduction to human "
    "rights (human rights education) with an activity on discrimination against Korean residents "
    "in Japan (racial discrimination, JP). High school students -> youth, plus trainers.",
    """FACILITATOR'S NOTES: INTRODUCTION TO HUMAN RIGHTS FOR HIGH SCHOOL STUDENTS

Lantern Rights Association, Kansai Education Team
For volunteers visiting senior high schools.  One class period (50 minutes).

Before the class
Talk to the teacher about the students' age and what they have studied.  Bring the
"Rights Cards" and the Universal Declaration poster.

1. Opening (5 min)
Ask: "What do you need to live a good life?"  Write answers on the board.

2. Wants and needs (15 min)
Groups of four sort the Rights Cards into "wants" and "needs".  Link the needs to
articles of the Universal Declaration.  Point out that rights belong to everyone,
whatever their nationality.

3. Discrimination close to home (20 min)
Read the short story of Kim, a third-generation Korean resident of Osaka who is
refused a job and teased at school because of her name.  Ask: What rights are being
denied?  Why does this happen?  What could classmates do?  Mention that Korean and
other foreign residents in Japan have faced discrimination in jobs and housing for
generations.  Be careful: there may be Korean-Japanese students in the class.

4. Closing (10 min)
Each student writes one thing they will do differently.  Collect the cards for the
teacher.

(c) 2006 Lantern Rights Association Japanese Section, Kansai Education Team
"""))

# 47 US sign-in 1981
DOCUMENTS.append(_doc(
    "1047", "1981-01-14", "month-day-year", "sign-in sheet",
    [],
    "Monthly Meeting Sign-In",
    ["Milwaukee Group: Monthly Meeting Sign-In"],
    [], "en", [],
    "A regular meeting's sheet with no topic: no subjects. Date line 'Jan. 14, 1981'.",
    """Lantern Rights Association -- Milwaukee Group

MONTHLY MEETING SIGN-IN                                  Jan. 14, 1981

NAME                     ADDRESS                              PHONE
Ruth Schultz             2417 N. Farwell Ave.                 964-2291
Gerald Kowalski          3380 S. 13th St.                     645-1107
Sr. Mary Ellen Hayes     St. Joan Antida                      272-3390
David Ortiz              1819 W. Mineral St.                  383-5526
Linda Brandt             UWM Sandburg Hall #611
Tom & Jean Pieper        4620 N. Woodburn St.                 332-8814
"""))

# 48 Spain evaluation 2008
DOCUMENTS.append(_doc(
    "1052", "2008-11-22", "spanish-day-range", "evaluation form",
    ["lobbying", "media work"],
    "Curso de incidencia política",
    ["Curso de incidencia política: Cuestionario de evaluación",
     "Cuestionario de evaluación: Curso de incidencia política"],
    [], "es", ["ES"],
    "CUESTIONARIO DE EVALUACIÓN separated from the heading by the venue/date line: section label. "
    "Range 22 y 23 de noviembre de 2008 -> start. Rated sessions: lobbying the Congreso de los "
    "Diputados and parliamentary groups (lobbying, ES), working with the media. A small space "
    "for the participant's own plan; most questions rate the course.",
    """ASOCIACIÓN LINTERNA -- SECCIÓN ESPAÑOLA
CURSO DE INCIDENCIA POLÍTICA
Valencia, 22 y 23 de noviembre de 2008

CUESTIONARIO DE EVALUACIÓN

Valora de 1 (nada útil) a 5 (muy útil):

1. Cómo funciona el Congreso de los Diputados: comisiones, preguntas
   parlamentarias y proposiciones no de ley                         1 2 3 4 5
2. Reunirse con un diputado o con un grupo parlamentario            1 2 3 4 5
3. Trabajar con los medios: notas de prensa y entrevistas           1 2 3 4 5
4. Los materiales entregados                                        1 2 3 4 5
5. La organización (horarios, sala, comida)                         1 2 3 4 5

6. ¿Qué es lo que más te ha servido?
   ________________________________________________________________

7. ¿Qué cambiarías?
   ________________________________________________________________

8. ¿Qué harás en tu grupo en los próximos tres meses?
   ________________________________________________________________

Gracias por tu participación.
"""))

# 49 Nigeria quarterly report 2004
DOCUMENTS.append(_doc(
    "1010", "2004-01", "month-range", "report",
    ["death penalty", "human rights education", "recruitment", "women's rights"],
    "Quarterly Report: Kano Group, January-March 2004",
    ["Quarterly Report: Kano Group", "Kano Group Quarterly Report"],
    [], "en", ["NG"],
    "No date of issue: the quarter Jan-Mar 2004 gives its start month. Items: stoning sentences "
    "against women under Sharia penal codes (women's rights, death penalty; NG), schools "
    "programme (human rights education), student membership drive (recruitment). The cases' "
    "dates are mentioned.",
    """LANTERN RIGHTS ASSOCIATION -- NIGERIAN SECTION

QUARTERLY REPORT: KANO GROUP, JANUARY-MARCH 2004

1. Women sentenced to stoning
The group followed the appeals of two women sentenced to death by stoning for
adultery by Sharia courts in the North.  Members attended the hearing in Katsina
State in January with women's rights organisations and met the defence lawyers.
The group's view, shared with the Section, is that these sentences discriminate
against women, who are convicted on the evidence of pregnancy while men go free,
and that the death penalty should not be applied.  Letters were sent to the State
Governor.

2. Schools programme
Two members ran human rights clubs in four secondary schools in Kano city, using
the Section's lesson plans on the rights of the child and on tolerance.

3. Membership
A recruitment drive at Bayero University brought in 27 new student members; a
student group is being formed.

4. Finance
Expenditure for the quarter: N18,500 (transport, photocopying).

Prepared by the Group Secretary for the Section office.
"""))

# 50 Philippines memo 1990
DOCUMENTS.append(_doc(
    "1011", "1990-10-15", "day-month-year", "memo",
    ["disappearances", "human rights education"],
    "New trainers' kit on disappearances",
    ["[Memo to regional trainers about the new trainers' kit on disappearances]"],
    ["trainers"], "en", ["PH"],
    "Memo to regional trainers -> trainers. The kit's sessions teach about disappearances in the "
    "Philippines (PH) to community audiences (human rights education). The pilot and deadline "
    "dates are mentioned.",
    """LANTERN RIGHTS ASSOCIATION -- PHILIPPINE SECTION
                                                               FILE COPY

MEMORANDUM

To:       Regional Trainers (Luzon, Visayas, Mindanao)
From:     Training Coordinator
Date:     15 October 1990
Subject:  New trainers' kit on disappearances

The new kit "Where Are They?" is ready and copies are being sent to each region this
week.  It is for trainers running half-day sessions with parish groups, schools and
community organisations.

The kit has four parts:
  1. What is an enforced disappearance?  The UN definition and the families' view.
  2. Disappearances in the Philippines since martial law, with the figures of the
     families' organisation and five case stories.
  3. Teaching methods: the "empty chair" exercise, role-play of a family searching
     for a relative, discussion questions for young people.
  4. What communities can do: habeas corpus, documentation, supporting families.

Please run at least one session before the end of January and send the evaluation
sheets to me by 15 February.  The kit was piloted in Tacloban in August.

cc: Section Board
"""))

# 51 Haiti flyer 1987
DOCUMENTS.append(_doc(
    "1057", "1987-12-29", "french-weekday-written-date", "flyer",
    ["extrajudicial executions", "vigils and demonstrations"],
    "Veillée pour les victimes du 29 novembre : Ruelle Vaillant",
    ["Veillée pour les victimes du 29 novembre"],
    [], "fr", ["HT"],
    "The vigil's date (mardi 29 décembre 1987). 'Ruelle Vaillant' under the heading is its subtitle, "
    "joined after a colon. The 29 November 1987 election-day killings are mentioned (in the title, "
    "not the document's date). Killings by soldiers and armed "
    "men -> extrajudicial executions; HT.",
    """           LANTERNE -- SECTION HAÏTIENNE

     VEILLÉE POUR LES VICTIMES DU 29 NOVEMBRE
                RUELLE VAILLANT

   Un mois après le massacre des électeurs, nous n'oublions pas.
   Des hommes armés et des soldats ont tué des citoyens venus voter.
   Aucun coupable n'a été arrêté.

   MARDI 29 DÉCEMBRE 1987, À 17 HEURES
   Devant l'église Sacré-Cœur de Turgeau, Port-au-Prince

   Apportez une bougie.  Veillée silencieuse et pacifique.

   JUSTICE POUR LES VICTIMES -- JISTIS POU VIKTIM YO
"""))

# 52 NZ group year planner ca. 1975
DOCUMENTS.append(_doc(
    "1028", "1975", "circa-pencil", "worksheet",
    ["fundraising", "group development", "recruitment"],
    "Group Year Planner",
    [],
    ["local groups"], "en", [],
    "Archivist's pencilled 'ca. 1975' on the item -> 1975. Blanks for a group planning its year: "
    "group development, a fundraising target and events, a recruitment question. 'For local "
    "groups' -> local groups.",
    """                                                   [pencil, top corner:] ca. 1975

LANTERN RIGHTS ASSOCIATION OF NEW ZEALAND

GROUP YEAR PLANNER
(for local groups -- fill in at your first meeting of the year and send a copy
to the national office)

Group: ______________________   Convenor: ______________________

1. What did the group achieve last year?  What went wrong?
   ________________________________________________________________

2. Our main aims for this year:
   a) ____________________________________________________________
   b) ____________________________________________________________

3. Money.  How much do we need this year (postage, contribution to the Section)?
   $ __________   How will we raise it?  Events and dates:
   ________________________________________________________________

4. New members.  How many do we want to bring in, and how?
   ________________________________________________________________

5. Jobs.  Who will be secretary, treasurer, casework officer, publicity?
   ________________________________________________________________

6. Meeting dates for the year:
   ________________________________________________________________
"""))

# 53 Scotland certificate 2000
DOCUMENTS.append(_doc(
    "1027", "2000-06-24", "written-ordinal-day", None,
    ["human rights education"],
    "Certificate of Completion",
    [],
    [], "en", [],
    "A certificate: type null (a kind the list lacks). Its own 'this 24th day of June 2000' line "
    "is its date. The course it certifies is for educators in human rights teaching: "
    "human rights education (a call). No audience: the certificate is addressed to no kind of "
    "reader.",
    """                        LANTERN SCOTLAND

                    CERTIFICATE OF COMPLETION

                       This is to certify that

                         ALISON MACRAE

        has completed the six-session course "Teaching Human Rights in the
        Classroom" for primary and secondary teachers, run by Lantern Scotland
        in partnership with Moray House Institute of Education.

        Given at Edinburgh this 24th day of June 2000

        ______________________            ______________________
        Course Tutor                      Director, Lantern Scotland
"""))

# 54 US founding meeting report 1971
DOCUMENTS.append(_doc(
    "1006", "1971-10-20", "month-day-year", "report",
    ["group organizing", "prisoners of conscience"],
    "Report on the Organizing Meeting of the Chicago Group",
    ["Organizing Meeting of the Chicago Group"],
    [], "en", [],
    "A report's own date of issue ('October 20, 1971') wins over the meeting's date (October 5). "
    "Setting up the group: officers, meetings, dues (group organizing); the adoption plan for "
    "prisoners (prisoners of conscience). Dues appear only as part of the group's set-up: in "
    "passing for fundraising (a call). Two pages.",
    """LANTERN RIGHTS ASSOCIATION -- U.S.A.

REPORT ON THE ORGANIZING MEETING OF THE CHICAGO GROUP

The organizing meeting was held on Tuesday, October 5, 1971, at the First Unitarian
Church, 5650 S. Woodlawn Avenue.  Twenty-two persons attended, among them faculty
and students of the University of Chicago, several ministers, and two lawyers.

Professor Walter Brenner explained the purpose of the Association: to work for the
release of men and women imprisoned anywhere for their beliefs, provided they have
not used or advocated violence, and to oppose torture and the death penalty.

Organization.  It was agreed to form a group on the model used in Britain and
Germany.  The following were elected: chairman, Prof. Brenner; secretary, Mrs. Ann
Goldfarb; treasurer, Mr. Leon Hart.  The group will meet on the second Tuesday of
each month.  Members will pay $5.00 a year to cover postage.  Three committees were
named: casework, publicity and membership.
\f                                                                 page 2 of 2

Adoption of prisoners.  The group will ask the London office for three prisoners,
one each from a Western, a Communist and a Third World country, as is the
Association's practice.  The casework committee will prepare letters, collect
information on each prisoner and report at every meeting.  Members are asked to
write at least one letter a month.

Respectfully submitted,

Ann Goldfarb, Secretary
October 20, 1971
"""))

# 55 France e-mail letter 2004
DOCUMENTS.append(_doc(
    "1035", "2004-03-08", "french-email-header", "letter",
    ["campaigning", "women's rights"],
    "[E-mail from the French section's campaigns coordinator to groups launching the campaign against violence against women]",
    ["Lancement de la campagne contre les violences faites aux femmes",
     "[Courriel de la section française aux groupes : lancement de la campagne contre les violences faites aux femmes]"],
    ["local groups"], "fr", [],
    "E-mail opening 'Bonjour à tous' and signed: a letter, devised title; the Subject is a "
    "variant. Date from the header (lun. 8 mars 2004). To the groups' coordinators -> local "
    "groups. Launch of a campaign presented as a whole -> campaigning, women's rights. The "
    "campaign is world-wide (no place). Events' dates are mentioned.",
    """De : Claire Dubreuil <campagnes@lanterne-france.org>
À : responsables-groupes@lanterne-france.org
Date : lun. 8 mars 2004 09:12
Objet : Lancement de la campagne contre les violences faites aux femmes

Bonjour à tous,

C'est aujourd'hui, Journée internationale des femmes, que nous lançons notre
campagne de deux ans contre les violences faites aux femmes.

La campagne a trois objectifs :
 - faire reconnaître que ces violences, au foyer comme dans les conflits, sont des
   atteintes aux droits humains dont les États sont responsables ;
 - obtenir des lois qui protègent réellement les femmes et des poursuites contre
   les auteurs ;
 - changer les mentalités qui les tolèrent.

Chaque groupe va recevoir cette semaine le kit de campagne : affiches, tracts,
pétition, dossier pédagogique et propositions d'actions pour l'année.  Nous vous
proposons d'organiser un premier événement public avant la fin avril et de nous en
informer.

Une réunion des référents « femmes » aura lieu à Paris le samedi 27 mars.

Merci pour votre engagement,

Claire Dubreuil
Coordinatrice des campagnes, section française
"""))

# 56 SA educators' handbook 1997
DOCUMENTS.append(_doc(
    "1016", "1997", "copyright", "manual",
    ["children's rights", "economic, social and cultural rights", "human rights education",
     "racial discrimination"],
    "Human Rights in the Classroom: A Handbook for Educators",
    ["Human Rights in the Classroom"],
    ["educators"], "en", ["ZA"],
    "© 1997. Chapters: what human rights are and how to teach them (human rights education), "
    "children's rights, racism (racial discrimination), socio-economic rights in the Bill of "
    "Rights (economic, social and cultural rights as such, a chapter). For teachers -> educators. "
    "The new Constitution -> ZA. Three pages (contents, part of chapter 1, part of chapter 4).",
    """HUMAN RIGHTS IN THE CLASSROOM
A Handbook for Educators

Lantern Rights Association -- South African Section
Human Rights Education Programme
(c) 1997.  May be copied for use in schools.

CONTENTS
Introduction: why teach human rights? ......................... 1
Chapter 1  What are human rights? ............................. 3
Chapter 2  Children's rights in the classroom and the school ... 11
Chapter 3  Confronting racism ................................. 19
Chapter 4  Socio-economic rights: housing, health, water and
           education in the Bill of Rights ..................... 27
Chapter 5  Activities and lesson plans ......................... 35
\f                                                               -- 3 --
CHAPTER 1.  WHAT ARE HUMAN RIGHTS?

Human rights are the rights every person has because he or she is human.  In South
Africa they are written in the Bill of Rights, Chapter 2 of the Constitution adopted
in 1996.  For many learners, the idea that they have rights that the state must
respect is new.  For many educators it is new too.

Teaching human rights is not only teaching facts.  It means a classroom where
learners are listened to, where they can disagree without fear, and where rules are
made fairly.  Begin with what learners already know: ask them what is fair and
unfair in their own lives.
\f                                                              -- 27 --
CHAPTER 4.  SOCIO-ECONOMIC RIGHTS

Unlike many constitutions, ours protects the rights to housing, health care, food,
water, social security and basic education.  The state must take reasonable
measures, within its available resources, to achieve these rights progressively.

Ask learners: Is there clean water in every home in our area?  Who decides where
clinics are built?  What can a community do when promises are not kept?
These questions connect the Bill of Rights to learners' daily lives.
"""))

# 57 Colombia workshop report 2009
DOCUMENTS.append(_doc(
    "1053", "2009-10-20", "spanish-written-date", "report",
    ["business and human rights", "human rights defenders", "indigenous peoples"],
    "Informe del Taller regional sobre derechos de los pueblos indígenas",
    ["Taller regional sobre derechos de los pueblos indígenas"],
    [], "es", ["CO"],
    "The report's own date at its end ('Bogotá, 20 de octubre de 2009') wins over the workshop's "
    "dates (3 y 4 de octubre). Sections: indigenous peoples' rights and prior consultation, mining "
    "companies on indigenous land (business and human rights), threatened indigenous leaders "
    "(human rights defenders). Two pages.",
    """ASOCIACIÓN LINTERNA POR LOS DERECHOS HUMANOS -- SECCIÓN COLOMBIANA

INFORME DEL TALLER REGIONAL SOBRE DERECHOS DE LOS PUEBLOS INDÍGENAS
Popayán, 3 y 4 de octubre de 2009

1. Participación
Asistieron 34 personas: miembros de los grupos de Popayán, Cali y Pasto, y líderes
nasa y misak invitados por el Consejo Regional Indígena del Cauca.

2. Derechos de los pueblos indígenas y consulta previa
Se presentó la Declaración de la ONU sobre los derechos de los pueblos indígenas
(2007) y la obligación del Estado colombiano de consultar a las comunidades antes
de cualquier proyecto en sus territorios.  Los líderes explicaron que muchas
consultas son un simple trámite.
\f                                                                     -2-
3. Empresas mineras en territorios indígenas
Se analizaron las concesiones mineras otorgadas en el norte del Cauca sin consulta.
Los participantes discutieron la responsabilidad de las empresas de respetar los
derechos humanos y cómo documentar los daños al agua y a los lugares sagrados.

4. Líderes amenazados
Tres gobernadores indígenas presentes han recibido amenazas de muerte este año.  Se
acordó enviar sus casos a la Sección para acción urgente y acompañar sus denuncias
ante la Fiscalía.

5. Compromisos
Cada grupo organizará una charla sobre pueblos indígenas antes de diciembre.

Bogotá, 20 de octubre de 2009
Equipo de Formación
"""))

# 58 Japan AGM and training day 1995
DOCUMENTS.append(_doc(
    "1055", "1995-05-28", "weekday-day-month-year", "agenda",
    ["fundraising", "letter writing", "prisoners of conscience", "urgent actions"],
    "Annual Members' Meeting and Training Day",
    ["Lantern Japan Annual Members' Meeting and Training Day"],
    [], "en", [],
    "Date line under the heading (Sunday 28 May 1995). Sessions: letters for prisoners of "
    "conscience, fundraising ideas, the fax network for urgent actions. The AGM business items "
    "give no subject. The Kobe earthquake of January is mentioned.",
    """LANTERN RIGHTS ASSOCIATION -- JAPANESE SECTION

ANNUAL MEMBERS' MEETING AND TRAINING DAY
Sunday 28 May 1995, Japan Christian Centre, Shinjuku

10:00  Opening; a moment of silence for members affected by the January earthquake
10:15  Annual Members' Meeting
       - Report of the Board
       - Accounts and budget
       - Election of Board members
12:00  Lunch
13:00  Workshop A: Writing letters for prisoners of conscience -- what to say to a
       government that never answers
14:30  Workshop B: Raising money for groups -- bazaars, charity concerts and
       monthly supporters
15:30  Workshop C: The urgent action fax network -- how to send appeals within
       24 hours
16:30  Closing

Please bring your membership card.
"""))

# 59 US handout Rev. 9/94
DOCUMENTS.append(_doc(
    "1039", "1994-09", "revision-footer", "handout",
    ["media work", "vigils and demonstrations"],
    "Organizing a Vigil: A Checklist",
    ["Organizing a Vigil"],
    ["local groups"], "en", [],
    "US material: footer 'Rev. 9/94' -> 1994-09. Checklist for groups on vigils, with a section "
    "on notifying the press (media work). 'For groups' -> local groups.",
    """LANTERN RIGHTS ASSOCIATION -- MIDWEST REGION
1245 N. Meridian St., Indianapolis, IN 46202

ORGANIZING A VIGIL: A CHECKLIST
for groups planning a vigil on the eve of an execution or on Human Rights Day

THREE WEEKS BEFORE
 [ ] Choose a place people will see: the courthouse, the statehouse steps, a
     busy corner
 [ ] Check whether you need a permit from the city; call the police to let
     them know
 [ ] Decide: candles?  silence?  reading of names?  a short prayer?

ONE WEEK BEFORE
 [ ] Make signs -- short and dignified
 [ ] Phone tree to members and friendly churches
 [ ] Choose one spokesperson

THE PRESS
 [ ] Send a one-page media advisory to papers, TV and radio 3 days before
 [ ] Call the assignment desks the morning of the vigil
 [ ] Have a short statement ready for reporters

ON THE DAY
 [ ] Arrive early; bring matches, cups for candles, a flashlight
 [ ] Stay peaceful; do not respond to hecklers
 [ ] Take photos; clean up afterwards

                                                              Rev. 9/94
"""))

# 60 undated evaluation form
DOCUMENTS.append(_doc(
    "1043", None, "none", "evaluation form",
    ["letter writing", "urgent actions"],
    "Letter Writing and Urgent Actions: Workshop Evaluation",
    ["Letter Writing and Urgent Actions", "Workshop Evaluation: Letter Writing and Urgent Actions"],
    [], "en", [],
    "Nothing gives a date (the 'Date: ____' blank is empty): undated. The generic 'WORKSHOP "
    "EVALUATION' directly above the workshop's name is joined after it; the other order and the "
    "name alone are variants.",
    """LANTERN RIGHTS ASSOCIATION

WORKSHOP EVALUATION
Letter Writing and Urgent Actions

Date: ____________    Place: ______________________

1. How useful was the session on writing appeal letters?
   not useful  1   2   3   4   5  very useful

2. How useful was the explanation of the Urgent Action network?
   not useful  1   2   3   4   5  very useful

3. Do you now feel confident to write an urgent action letter on your own?
   Yes ___   Not yet ___

4. What was the best part of the workshop?
   ________________________________________________

5. What should we change next time?
   ________________________________________________

Thank you!  Please leave this form on the table.
"""))
