"""The holdout11 set: 60 synthetic documents (ids 1101-1160) with their labels.

Written and labelled by a helper session blind to metp's tagger (see scripts/tagging_set/README.md,
"The holdout11 set"), strictly by docs/labelling-guidelines.md. The organisation, the Keystone Human
Rights Circle, its sections and groups, and the people in the documents are invented; historical
events are mentioned as real material would mention them. Ids were given by a seeded shuffle
(random.Random(1111).shuffle of 1101-1160, in planning order), so an id says nothing about a
document. Pages are separated by form feeds. For reporting only: do not tune on these documents.
"""

DOCUMENTS = [
    # ---- batch 1 (planning order 1-20) -------------------------------------------------------
    {
        "id": "1138",
        "split": "holdout11",
        "date": "1987-03-14",
        "date_form": "weekday-month-day-year",
        "type": "agenda",
        "subjects": ["death penalty", "fundraising", "letter writing", "lobbying",
                     "prisoners of conscience", "urgent actions"],
        "title": "Prairie Region Training Day",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["CA"],
        "notes": "The RSVP deadline (March 6) is a mentioned date. Each session counts: writing for "
                 "prisoners of conscience (letter writing, prisoners of conscience), the Urgent Action "
                 "network, the capital-punishment session (the free vote in the House of Commons and "
                 "meeting your MP: death penalty, lobbying), money (fundraising). Places CA: a session "
                 "covers lobbying the Canadian Parliament on its coming vote.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE
Prairie Regional Office  *  412-294 Portage Avenue, Winnipeg, Manitoba  R3C 0B9  *  (204) 943-5521


                       PRAIRIE REGION TRAINING DAY

                         Saturday, March 14, 1987
     Room 2M70, University of Winnipeg (Portage Ave. entrance -- follow the signs)


 9:00   Coffee, registration, name tags

 9:30   Welcome and introductions -- Marg Olafson, regional coordinator

 9:45   Writing for prisoners of conscience
        How adoption works; what goes into a letter to a minister and what
        never should; cards to the family. Bring your group's case sheet
        if you have one.  (Dennis Kowalchuk, Brandon group)

10:45   Break

11:00   The Urgent Action network: 48 hours that matter
        Signing up, turnaround, keeping a log of replies, what to do when
        a case is closed

12:00   Lunch (soup and bannock, $3 -- or bring your own)

 1:00   Capital punishment is back on the table
        The free vote in the House of Commons expected this spring or
        summer. Where our Prairie MPs stand (list attached), how to book
        a meeting with your MP, and what to say once you are in the room.
        Role play.

 2:30   Break

 2:45   Money: how small groups raise it without burning out
        Bake sales are not the only answer -- monthly pledges, a book
        table, a benefit night

 3:45   Evaluation and closing

 4:00   Done. Drive safely.


Please phone or write the office by March 6 if you are coming so we can order enough soup.
Billets available for Brandon, Dauphin and Thompson people -- ask Marg.
""",
    },
    {
        "id": "1111",
        "split": "holdout11",
        "date": "1979-07-14",
        "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["death penalty", "fair trials", "letter writing"],
        "title": "[Letter from the Ghana Section coordinator to group secretaries about the June 1979 executions]",
        "title_devised": True,
        "title_variants": ["[Letter to all group secretaries about the executions of June 1979]",
                           "[Letter from the Ghana Section to its groups asking for appeals against executions after secret trials]"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["GH"],
        "notes": "Dateline 14th July, 1979 is the letter's own date; 'last month' and the Executive "
                 "meeting of 7th July are mentioned. Subjects: the executions and outstanding death "
                 "sentences (death penalty), the secret special courts without counsel or appeal "
                 "(fair trials, a paragraph and a numbered request), the letters groups are asked to "
                 "write (letter writing). 'To all Group Secretaries' -> local groups.",
        "text": """\
                    KEYSTONE HUMAN RIGHTS CIRCLE
                           GHANA SECTION
           P.O. Box 9217, Airport, Accra.        Tel. 77415


Ref: KHRC/GH/79/31                                     14th July, 1979


To all Group Secretaries


Dear Friends,

You will all have heard of the executions at the Teshie range last month.
Eight senior officers, three of them former Heads of State, were shot after
being tried in secret by the special courts set up by the Armed Forces
Revolutionary Council. The accused had no counsel of their own choosing, the
hearings were closed to the public and to the press, and there was no appeal
to any ordinary court. Other persons have since been sentenced to death in
the same manner and we fear that more executions may follow.

The Executive Committee met on 7th July and agreed that the Section must
speak, whatever our members may feel about the men concerned. Our opposition
to the death penalty does not depend on who the condemned are, and a trial
held behind closed doors, without a defence, cannot be called a fair trial.

We therefore ask every group to do the following before the end of this month:

  1. Write courteous letters to the Chairman of the A.F.R.C., Burma Camp,
     Accra, asking that all outstanding death sentences be commuted. Do
     not use abusive language and do not argue the guilt or innocence of
     anybody. A model paragraph is enclosed; put it in your own words.

  2. In the same letters, ask that those now before the special courts be
     allowed lawyers of their choice, a public hearing and a right of appeal.

  3. Send the Section office a carbon of every letter sent and of any reply.

We know that some members will be anxious about writing at this time. Nobody
should sign a letter unless willing to do so; letters may be signed on behalf
of the group by the Secretary alone.

Yours in the cause of human rights,


        K. A. Mensah-Bonsu
        Section Coordinator


Encl.: model paragraph (1 page)
cc:    Chairman, Executive Committee
KAMB/ea
""",
    },
    {
        "id": "1148",
        "split": "holdout11",
        "date": "1993-11",
        "date_form": "revision-month-year-numeric",
        "type": "handout",
        "subjects": ["letter writing"],
        "title": "Writing Appeal Letters That Get Read",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Footer 'rev. 11/93' is a month and year (no ambiguity). The postage rates 'from 1 "
                 "November 1993' and the first-Tuesday evenings are mentioned. Both parts (appeals to "
                 "officials, writing to the prisoner or family) are letter writing; nothing else is "
                 "covered beyond examples in passing.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- CYMRU / WALES
Cardiff Group  .  c/o 31 Plasturton Avenue, Pontcanna, Cardiff CF1 9HL


              WRITING APPEAL LETTERS THAT GET READ

Most of the letters we send end up in a tray in a ministry somewhere, read
(if at all) by a junior official who has fifty more to get through. These
notes are what the group has learned over the years about getting past that
tray.

 1.  Be polite. Always. An angry letter is the easiest one to bin.
 2.  Keep it short -- one side of A4 is plenty.
 3.  Say who you are: a teacher in Cardiff, a retired miner from Maesteg.
     A real person is harder to ignore than a "concerned citizen".
 4.  Stick to the facts of the case as given on the case sheet. Don't
     add rumours, and don't exaggerate.
 5.  Ask for one or two specific things: release, a fair trial, access to
     a doctor or to the family, an investigation.
 6.  Don't attack the government's politics or praise its opponents. We
     are not taking sides; we are asking for a person's rights.
 7.  Get the address and the form of address right ("Your Excellency"
     for a head of state, "Dear Minister" otherwise). Check the case sheet.
 8.  Handwritten is fine if it's readable. Typed is better.
 9.  Keep a copy and note the date you posted it.
10.  Don't give up after one letter. Write again in a month or two;
     vary what you say.

WRITING TO THE PRISONER OR THE FAMILY

A card or a short letter to the prisoner can matter more than anything we
send to a minister -- guards notice when a prisoner gets post from abroad.
Keep it personal and simple: who you are, that people are thinking of them.
Never mention Keystone by name unless the case sheet says it is safe, and
never write about the prisoner's politics or the charges. A postcard of
Cardiff Castle or the Gower is ideal. With families, say less rather than
more, and don't promise anything we can't do.

New airmail rates from 1 November 1993: up to 10g, 39p (Europe 30p).
Letter-writing evenings: first Tuesday of every month, 7.30, Friends
Meeting House, Charles Street.

KHRC Cardiff -- Letter-writing sheet 2 -- rev. 11/93
""",
    },
    {
        "id": "1125",
        "split": "holdout11",
        "date": "1991-10-12",
        "date_form": "spanish-weekday-written-date",
        "type": "agenda",
        "subjects": ["fundraising", "group organizing", "media work", "recruitment"],
        "title": "Programa: Taller de formación para grupos nuevos",
        "title_devised": False,
        "title_variants": ["Taller de formación para grupos nuevos",
                           "Taller de formación para grupos nuevos: Programa"],
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "'PROGRAMA' stands directly above the heading, so it is joined. Sessions: how a group "
                 "is set up and run (group organizing), new members (recruitment), the press incl. "
                 "letters to papers (media work), the group's finances (fundraising). The workshop is "
                 "'para grupos nuevos' -> local groups.",
        "text": """\
CÍRCULO KEYSTONE POR LOS DERECHOS HUMANOS
Sección Uruguaya -- Colonia 1328, of. 4, Montevideo -- Tel. 90 45 17


                                PROGRAMA
                 TALLER DE FORMACIÓN PARA GRUPOS NUEVOS

              Sábado 12 de octubre de 1991 -- Local de la Sección


 9.00   Llegada, mate y bizcochos

 9.30   Ronda de presentación: quiénes somos, de dónde venimos

10.00   Cómo se arma un grupo: la reunión mensual, quién coordina, quién
        lleva las actas y el dinero, cómo se reparten las tareas

11.15   Corte

11.30   Cómo conseguir socios nuevos (y cómo no perderlos en el camino)

12.30   Almuerzo (a la canasta)

14.00   El grupo y la prensa: el comunicado, las radios del barrio, las
        cartas al diario

15.15   Las finanzas del grupo: cuotas, rifas, la feria del domingo

16.15   Evaluación del día

16.45   Cierre


Traer cuaderno y lapicera. A los compañeros de Salto, Paysandú y Rivera se les
devuelve el pasaje contra boleta.
""",
    },
    {
        "id": "1102",
        "split": "holdout11",
        "date": "1984-05-03",
        "date_form": "ordinal-day-month-year",
        "type": "memo",
        "subjects": ["urgent actions"],
        "title": "Urgent Action network -- new procedures from 1st June",
        "title_devised": False,
        "title_variants": ["Urgent Action network: new procedures",
                           "[Memo to group conveners about new Urgent Action procedures]"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "DATE line 3rd May 1984; 1st June (start of the procedures) and 'last year' figures "
                 "are mentioned. The reference to the rules for appeal letters is one clause (letter "
                 "writing in passing). The own-country rule names Sri Lanka in passing; no place. "
                 "'All Group Conveners' -> local groups.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- SRI LANKA SECTION
14/2 Alfred House Gardens, Colombo 3.          Telephone 58 43 19


                         M E M O R A N D U M

TO:      All Group Conveners
FROM:    U.A. Co-ordinator (S. Wickramasinghe)
DATE:    3rd May 1984
RE:      Urgent Action network -- new procedures from 1st June


1.  From 1st June the international office will send Urgent Actions to the
    Section by telex instead of by post. We will copy and post them to you
    within one working day of receipt. This should save us about ten days.

2.  Please send your group's letters within 48 hours of receiving an action.
    If your group cannot act on a particular case, telephone or write to me
    at once so that it can be passed to another group.

3.  All letters must go by airmail. The Section will refund postage above
    Rs. 50 a month to any group, on production of the receipts.

4.  Send me a copy of any reply you receive, however short or rude. Replies
    go to the international office and are sometimes the only news of the
    prisoner. The usual rules for appeal letters (Group Manual, section 6)
    still apply.

5.  Follow-up actions will now be marked "FU" in the top right corner. Do
    not write on a case marked "STOP" -- the person has been released, or
    it is no longer safe to write.

6.  As before, groups do not act on cases in Sri Lanka itself. These are
    handled by members of other sections.

7.  Last year the network in this country dealt with 37 actions and sent
    212 letters from nine groups. We would like all fourteen groups to take
    part this year. If your group has no U.A. contact yet, please name one
    at your next meeting and send me the name and address.


SW/dk
cc: Section Chairman; Treasurer
""",
    },
    {
        "id": "1156",
        "split": "holdout11",
        "date": "1996-06",
        "date_form": "french-month-year",
        "type": "trainer guide",
        "subjects": ["facilitation", "torture"],
        "title": "Guide de l'animateur : séance sur la torture",
        "title_devised": False,
        "title_variants": ["Séance sur la torture"],
        "audience": ["local groups", "trainers"],
        "language": "fr",
        "places": [],
        "notes": "Closing line 'Yaoundé, juin 1996' is its date; the Convention of 1984 is mentioned. "
                 "It has a 'Conseils pour l'animateur' section -> facilitation. Participants are group "
                 "members ('membres des groupes') -> local groups, plus trainers. The Convention is "
                 "international; no country is covered.",
        "text": """\
CERCLE KEYSTONE POUR LES DROITS HUMAINS
Section du Cameroun -- B.P. 1183 Yaoundé -- Tél. 22 31 47


             GUIDE DE L'ANIMATEUR : SÉANCE SUR LA TORTURE


Public :    membres des groupes (15 à 25 personnes)
Durée :     2 h 30
Matériel :  tableau noir ou grandes feuilles, marqueurs, copies des articles 1
            et 2 de la Convention contre la torture, quatre fiches de cas

Objectifs
À la fin de la séance, les participants sauront :
  - dire ce qu'est la torture au sens de la Convention de 1984 ;
  - la distinguer des autres peines ou traitements cruels ;
  - citer au moins trois façons d'agir contre la torture.

Déroulement

1. Accueil (10 min). Rappelez le but de la séance et les règles du groupe.

2. Remue-méninges (20 min). Demandez aux participants : « Pour vous, qu'est-ce
   que la torture ? » Notez toutes les réponses au tableau sans les discuter.

3. La définition (30 min). Lisez l'article 1 à voix haute. Reprenez les mots
   notés au tableau : lesquels correspondent à la définition ? Insistez sur
   trois éléments : une douleur ou souffrance aiguë, infligée intentionnellement,
   par un agent de l'État ou avec son accord.

4. Travail en petits groupes (45 min). Divisez les participants en groupes de
   cinq. Chaque groupe reçoit une fiche de cas et répond à deux questions :
   s'agit-il de torture ? que peut-on faire ?

5. Mise en commun (30 min). Chaque groupe présente son cas en cinq minutes.
   Complétez : la torture est interdite en toutes circonstances, même en temps
   de guerre ; les aveux obtenus sous la torture ne valent rien devant un juge.

6. Clôture (15 min). Tour de table : une chose apprise, une chose à faire.

Conseils pour l'animateur

  - Certains participants ont peut-être subi la torture ou l'ont vue de près.
    Ne demandez jamais de témoignage personnel. Si quelqu'un se met à parler,
    écoutez sans commenter et proposez de reprendre la conversation en aparté.
  - Tenez le temps, surtout pendant le travail en groupes.
  - Ne laissez pas un participant monopoliser la parole ; donnez-la d'abord à
    ceux qui ne l'ont pas encore prise.
  - Résumez souvent au tableau ce qui a été dit.


Yaoundé, juin 1996 -- Commission formation
""",
    },
    {
        "id": "1135",
        "split": "holdout11",
        "date": "1996-04",
        "date_form": "month-range",
        "type": "newsletter",
        "subjects": ["armed conflict", "children's rights", "fundraising", "recruitment", "refugees"],
        "title": "Circle Voice",
        "title_devised": False,
        "title_variants": ["Circle Voice, Vol. 2 No. 3",
                           "Circle Voice: Newsletter of the Keystone Human Rights Circle -- Uganda Section"],
        "audience": [],
        "language": "en",
        "places": ["UG"],
        "notes": "Issue 'April - June 1996' -> start month. The May elections and the diary dates are "
                 "mentioned. Items: Sudanese refugees in Adjumani (refugees), the abducted children of "
                 "Gulu and Kitgum (children's rights, armed conflict), the Mbarara dance (fundraising), "
                 "Makerere's freshers' drive (recruitment). Places UG: the refugee camps and the war "
                 "in the north are in Uganda; Sudan is named as where refugees come from (in passing).",
        "text": """\
==========================================================================
                              CIRCLE VOICE
   Newsletter of the Keystone Human Rights Circle -- Uganda Section
   Vol. 2 No. 3                                      April - June 1996
   Plot 22, Kampala Road  .  P.O. Box 7012, Kampala  .  Tel. 23 45 67
==========================================================================

FROM THE CHAIR
With the elections of May behind us, the Executive thanks all members who kept
the Circle out of party politics during a difficult season. Our work is for
everybody's rights, whoever governs.

SUDANESE REFUGEES IN ADJUMANI
Three of us visited the settlements in Adjumani in April. There are now more
than seventy thousand refugees from the war in southern Sudan in Moyo and
Adjumani districts alone, most of them women and children. Food rations were cut
in March; families told us they eat once a day. Children walk up to five miles
to a school with no roof. New arrivals wait weeks to be registered and cannot
collect rations until they are. The Section is writing to UNHCR and to the
Ministry of Local Government about registration. Groups can help by collecting
exercise books and pencils -- bring them to the office by the end of July.

THE CHILDREN TAKEN FROM GULU AND KITGUM
Since the beginning of the year the rebels of the Lord's Resistance Army have
taken hundreds more children from villages and schools in Gulu and Kitgum.
The boys are made to carry loads and to fight; girls are given to commanders.
Those who escape reach the reception centre in Gulu sick and frightened, and
many cannot go home because their villages are empty. A child is a child, on
whichever side he was made to carry a gun. We ask members to read the
enclosed briefing and discuss it at your next meeting.

MBARARA DANCE RAISES SHS 450,000
The Mbarara group's Easter dance at the Agip Motel raised Shs 450,000 after
costs -- a record. Well done to Grace Tumusiime and her committee, who sold
tickets at the bus park for three weeks. Half goes to the Section's postage
fund, half to the group. Other groups, please copy!

MAKERERE SIGNS UP 31
The new Makerere group set up a table during freshers' week with a banner, a
petition to sign and a box of sweets, and signed up thirty-one new members. The
trick, they say, is to ask everybody who stops for a name and hostel, and to
invite them to a first meeting within the week, before they forget you.

DIARY
 27 July     Executive Committee, Kampala
 10 December Human Rights Day -- plans please by October

Circle Voice is edited by Joseph Okello. Items for the next issue by 15 August.
""",
    },
    {
        "id": "1136",
        "split": "holdout11",
        "date": "2001-02-22",
        "date_form": "day-month-year-numeric",
        "type": "sign-in sheet",
        "subjects": ["death penalty"],
        "title": "Sign-in sheet: Death Penalty Awareness Evening",
        "title_devised": False,
        "title_variants": ["Death Penalty Awareness Evening",
                           "Death Penalty Awareness Evening: Sign-in sheet"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'22/02/2001' on the venue line: Northern Ireland, day/month. 'SIGN-IN SHEET' stands "
                 "directly above the heading, so it is joined. Subject from the event's name.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- NORTHERN IRELAND
Belfast Group

                              SIGN-IN SHEET
                     Death Penalty Awareness Evening
            Upstairs room, Crescent Arts Centre  --  22/02/2001

Please print clearly. Tick the last box if you would like to hear about the
group's next meeting.

   Name                  Address / postcode          Phone or e-mail           Group     Keep me
                                                                                          informed
 1 Siobhan McAleer       14 Eglantine Ave, BT9       smcaleer@btinternet.com   Belfast     /
 2 Declan Murtagh        Stranmillis College         028 9038 1172             --          /
 3 P. Gilmore            22 Rugby Rd BT7             --                        Belfast
 4 Aoife Ni Bhriain      QUB Students' Union         aoife.nb@qub.ac.uk        QUB grp     /
 5 Ruth Kerr             Lisburn                     07712 448 930             --          /
 6 Samuel Ervine         9 Cyprus Park, BT5          --                        --
 7 Maria Costa           Malone Rd (flat 3)          mcosta@yahoo.co.uk        --          /
 8 Fr. Brendan Hughes    St Malachy's                028 9032 1050             --
 9 Jonathan Boyd         Holywood                    jboyd@ntlworld.com        Belfast     /
10 K. Devlin             --                          --                        QUB grp
11 Lorraine Patterson    45 Dunluce Ave, BT9         028 9066 2213             --          /
12 ____________________  ________________________    ______________________   _______    ____
13 ____________________  ________________________    ______________________   _______    ____
""",
    },
    {
        "id": "1128",
        "split": "holdout11",
        "date": "1978-10-04",
        "date_form": "weekday-month-day-year",
        "type": "report",
        "subjects": ["fundraising", "prisoners of conscience", "vigils and demonstrations"],
        "title": "Halifax Group -- Minutes",
        "title_devised": False,
        "title_variants": ["Halifax Group", "Minutes -- Halifax Group", "Minutes of the Halifax Group"],
        "audience": [],
        "language": "en",
        "places": ["SU"],
        "notes": "Minutes -> report. Meeting of Wednesday, October 4, 1978; the September 6 minutes, "
                 "November 18 bake sale, December 10 vigil and November 1 next meeting are mentioned. "
                 "Items: the adopted prisoner in the Ukrainian SSR (prisoners of conscience, SU), "
                 "treasurer and bake sale (fundraising), Human Rights Day vigil (vigils and "
                 "demonstrations). The letters agreed inside the prisoner item are in passing (no "
                 "letter writing). Numeric dates none.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- HALIFAX GROUP (No. 14)

                           HALIFAX GROUP -- MINUTES

Meeting of Wednesday, October 4, 1978, 8 p.m., at the home of Ruth and Jim
MacIsaac, 6120 Quinpool Road.

Present: R. MacIsaac (chair), J. MacIsaac, A. Doucet (minutes), P. Lang,
M. Fraser, Sr. Theresa Walsh, D. Cohen, L. Boutilier, K. Chiasson.
Regrets: B. Rafuse, G. Ells.

1. Minutes of the September 6 meeting were read and adopted (Lang/Fraser).

2. Our prisoner. No reply yet from the Procurator General in Moscow to the
   letters of July and August. Sr. Theresa reported that a card from Yuri
   Melnychuk's wife reached her through the coordination group in Toronto:
   he is still in the strict-regime camp in Perm province and was allowed
   one visit in August. He is serving seven years for "anti-Soviet
   agitation" for copying and handing out the Helsinki Final Act and
   letters about it in Kiev. Discussion of whether a parcel would reach him
   (probably not; coordinator advises against). Agreed each member will
   write one letter in October, to the Procurator or to the camp
   commandant, and that D. Cohen will draft a short note for the family.

3. Treasurer's report. $87.40 in the bank after paying the regional dues.
   Bake sale at the Halifax Shopping Centre booked for Saturday, November 18.
   M. Fraser will do the sign-up list for baking; L. Boutilier asks for tins
   back this time. Jim proposed that members pledge $2 a month by post-dated
   cheque so the group is not living from one bake sale to the next. Four
   agreed on the spot; others will think about it.

4. Human Rights Day. Candlelight vigil on the Grand Parade, Sunday
   December 10, 5 p.m., with the Dartmouth group. K. Chiasson to ask City
   Hall about a permit. We need 100 candles with paper guards (Sr. Theresa
   will ask at St. Mary's). Short reading of the Universal Declaration; no
   speeches. Someone to phone CBC and the Chronicle-Herald the week before.

5. Next meeting: Wednesday, November 1, at the Lang home, 5 Oakland Road.

Meeting adjourned 9:50 p.m.                                              A.D.
""",
    },
    {
        "id": "1127",
        "split": "holdout11",
        "date": "1988-10-28",
        "date_form": "weekday-ordinal-day-month-year",
        "type": "flyer",
        "subjects": ["prisoners of conscience", "vigils and demonstrations"],
        "title": "Candlelight Vigil: One Year Without Trial",
        "title_devised": False,
        "title_variants": ["Candlelight Vigil", "One Year Without Trial"],
        "audience": [],
        "language": "en",
        "places": ["MY"],
        "notes": "Date of the vigil it announces; October 1987 (the arrests) is mentioned. The "
                 "detainees held under the Internal Security Act for their peaceful activities -> "
                 "prisoners of conscience, MY. 'ONE YEAR WITHOUT TRIAL' directly under the headline "
                 "is a subtitle.",
        "text": """\
              KEYSTONE HUMAN RIGHTS CIRCLE  --  PENANG GROUP


                         CANDLELIGHT VIGIL

                      ONE YEAR WITHOUT TRIAL


      For those still detained under the Internal Security Act since
      the arrests of October 1987 -- teachers, church workers, social
      activists and opposition politicians held for their peaceful
      activities, without charge and without trial.


                 Friday, 28th October 1988, 7.30 p.m.
          Hall of the Wesley Methodist Church, Jalan Burma, Penang


             Bring a candle.  Silence -- no speeches, no banners.
          Come for ten minutes or stay the hour.  All are welcome.


        Enquiries: Mr. Tan Boon Keat, 04-37 2218 (evenings only)
""",
    },
    {
        "id": "1109",
        "split": "holdout11",
        "date": "2004-03-06",
        "date_form": "running-line-day-month-year",
        "type": "worksheet",
        "subjects": ["campaign planning"],
        "title": "Worksheet 2: Planning a Group Campaign",
        "title_devised": False,
        "title_variants": ["Planning a Group Campaign"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "The running line 'KHRC Wales Activist Training -- Swansea, 6 March 2004' is not "
                 "the title but gives the date. Blanks for objective, target, tactics and timeline "
                 "-> campaign planning. No audience is stated ('work in your group' only).",
        "text": """\
KHRC Wales Activist Training -- Swansea, 6 March 2004


               WORKSHEET 2: PLANNING A GROUP CAMPAIGN


Work with the others from your group. Pick ONE issue your group wants to
campaign on this year and fill in the boxes. You have 40 minutes; we will
hear back from each group after the break.


1. The issue, in one sentence:

   ________________________________________________________________________

2. What exactly do you want to change? (Your objective -- something you
   could tick off when it has happened.)

   ________________________________________________________________________

3. Who can make that change? (Your target -- a named person or office,
   not "the government".)

   ________________________________________________________________________

4. Who or what influences your target?

   ________________________________________________________________________

5. Three tactics you could use:

   a) ____________________   b) ____________________   c) __________________

6. Timeline

   Month       | What we will do                          | Who
   ------------|------------------------------------------|----------------
               |                                          |
               |                                          |
               |                                          |

7. How will you know it has worked?

   ________________________________________________________________________

8. What could go wrong, and what will you do then?

   ________________________________________________________________________
""",
    },
    {
        "id": "1150",
        "split": "holdout11",
        "date": "2002-08-17",
        "date_form": "ordinal-day-range",
        "type": "evaluation form",
        "subjects": ["children's rights", "human rights education"],
        "title": "Human Rights Education for Teachers",
        "title_devised": False,
        "title_variants": ["Human Rights Education for Teachers: Workshop Evaluation Form",
                           "Workshop Evaluation Form"],
        "audience": ["educators"],
        "language": "en",
        "places": [],
        "notes": "'17th-18th August 2002' -> start day. 'WORKSHOP EVALUATION FORM' is separated from "
                 "the heading by the venue/date line: a section label (joined form a variant). "
                 "Rating questions on each session: session 4 on caning and discipline of pupils -> "
                 "children's rights. For teachers -> educators.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- GHANA SECTION, ASHANTI REGIONAL COMMITTEE

                 HUMAN RIGHTS EDUCATION FOR TEACHERS
            Kumasi Cultural Centre, 17th-18th August 2002

                      WORKSHOP EVALUATION FORM

Please help us to improve this workshop. You need not write your name.

1. How useful was each session to you? (circle one: 1 = not useful, 5 = very useful)

   Session 1: What are human rights? ....................... 1  2  3  4  5
   Session 2: Active methods -- role play, debate, drawing .. 1  2  3  4  5
   Session 3: Using stories and songs with young pupils .... 1  2  3  4  5
   Session 4: Discipline without the cane -- children's
              rights in the classroom ...................... 1  2  3  4  5

2. Which session will you use first in your own school? Why?

   ______________________________________________________________________

3. Was anything unclear, or too difficult for your pupils?

   ______________________________________________________________________

4. The facilitators were:   too fast  /  about right  /  too slow

5. Accommodation and meals:  poor  /  fair  /  good  /  very good

6. What support would you like from the Section after today (materials,
   a visit to your school, a follow-up workshop)?

   ______________________________________________________________________

7. Any other comments:

   ______________________________________________________________________

Name of school (optional): ______________________   Class(es) taught: __________

Thank you. Please hand this form to Mrs. Asantewaa Boateng before you leave.
""",
    },
    {
        "id": "1146",
        "split": "holdout11",
        "date": "1989-03-15",
        "date_form": "spanish-written-date",
        "type": "letter",
        "subjects": ["disappearances", "extrajudicial executions", "fundraising", "letter writing",
                     "vigils and demonstrations"],
        "title": "[Letter from the Venezuelan section to local groups and members about the killings of February and March 1989]",
        "title_devised": True,
        "title_variants": ["[Carta de la Sección Venezolana a los grupos locales y socios sobre los muertos de febrero y marzo de 1989]",
                           "[Letter to local groups and members about the Caracas killings of 1989]"],
        "audience": ["local groups"],
        "language": "es",
        "places": ["VE"],
        "notes": "Dateline 'Caracas, 15 de marzo de 1989'; 27 February and the Friday 17 March vigil "
                 "are mentioned. Paragraphs on people shot by the army and police, some after arrest "
                 "(extrajudicial executions), and on relatives missing after detention "
                 "(disappearances); numbered actions: letters to the Fiscal General (letter writing), "
                 "the vigil (vigils and demonstrations), the fund for families (fundraising). "
                 "Collecting testimonies has no term.",
        "text": """\
CÍRCULO KEYSTONE POR LOS DERECHOS HUMANOS
Sección Venezolana
Av. Andrés Bello, Edif. Las Fundaciones, piso 3, of. 3-B, Caracas 1050 -- Tel. (02) 574 21 88


                                              Caracas, 15 de marzo de 1989


A los grupos locales y a todos los socios


Queridos compañeros:

Todavía no sabemos cuántos murieron entre el 27 de febrero y los primeros días
de marzo. Las cifras oficiales hablan de menos de trescientos muertos; lo que
nos cuentan los familiares que llegan a la oficina, y lo que vimos en la morgue
de Bello Monte, hace pensar que fueron muchos más.

No todos murieron en los saqueos. En Petare, en el 23 de Enero y en otros barrios
los soldados dispararon contra los edificios durante el toque de queda. Tenemos
testimonios de jóvenes que fueron sacados de sus casas por la policía o por el
Ejército y aparecieron muertos al día siguiente, con tiros en la espalda o en la
nuca. Eso no es control del orden público: es ejecución sin juicio.

Hay además familias que buscan a hijos y esposos que fueron detenidos esos días
y que no aparecen en ninguna lista, ni en los retenes, ni en los hospitales, ni
en la morgue. Las autoridades les dicen que vuelvan la semana que viene. Algunas
llevan ya dos semanas yendo de un sitio a otro.

Les pedimos a todos:

  1. Escribir al Fiscal General de la República pidiendo una investigación
     de cada muerte y la lista completa de los detenidos. Con respeto, sin
     insultos, y con copia a la oficina. Adjuntamos un modelo de carta.

  2. Acompañar la vigilia del viernes 17 de marzo a las 6 de la tarde frente a
     la Fiscalía, con velas y en silencio.

  3. Traernos los testimonios que conozcan, por escrito y firmados si es
     posible.

  4. Aportar al fondo de ayuda para las familias (entierros, traslados,
     abogados). Cualquier monto sirve; los grupos pueden hacer una colecta
     en su próxima reunión.

Sabemos que es un momento de miedo. Nadie debe exponerse más de lo que puede.

Un abrazo fraterno,


        Marisela Urdaneta
        Coordinadora de la Sección

Anexo: modelo de carta al Fiscal General
""",
    },
    {
        "id": "1140",
        "split": "holdout11",
        "date": "1992",
        "date_form": "edition-line",
        "type": "manual",
        "subjects": ["fundraising", "group organizing"],
        "title": "Group Handbook",
        "title_devised": False,
        "title_variants": ["Group Handbook: A guide for local groups in Manitoba, Saskatchewan and Alberta"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "'Second edition, 1992' wins over the first edition of 1986. Three pages: title page, "
                 "Chapter 3 on running meetings and roles (group organizing), Chapter 4 on money "
                 "(fundraising). The running header 'Group Handbook' repeats the title. Tax receipts "
                 "(Revenue Canada) are one paragraph of procedure within fundraising; no place.",
        "text": """\
                    KEYSTONE HUMAN RIGHTS CIRCLE
                           Prairie Region



                          GROUP HANDBOOK

      A guide for local groups in Manitoba, Saskatchewan and Alberta



                        Second edition, 1992
         (First edition 1986, prepared by the Saskatoon group)




Prairie Regional Office, 412-294 Portage Avenue, Winnipeg, Manitoba R3C 0B9
Saskatoon contact: Helen Dyck, 306-244-7310
""" "\f" """\
Group Handbook                                                          page 11

CHAPTER 3 -- RUNNING YOUR MEETINGS

3.1  How often. Most groups meet once a month. Fewer than that and people
     forget what they promised to do; more than that and they stop coming.
     Pick a regular night (the second Tuesday, say) so nobody has to ask.

3.2  Who does what. A group needs at least:
       - a convenor, who calls and chairs the meetings (this can rotate);
       - a secretary, who keeps the minutes and the group's files;
       - a treasurer (see Chapter 4);
       - a case coordinator for each prisoner the group works for;
       - someone who receives Urgent Actions and passes them round.
     In a group of six, people will wear two hats. That is fine, but write
     down who is doing what.

3.3  A simple agenda. Minutes of last meeting; news from the region; each
     case in turn; money; coming events; next meeting. Put the things that
     need a decision near the top, while people are fresh.

3.4  Making decisions. Try for agreement; vote if you must. Record what was
     decided and who will do it, not the whole discussion.

3.5  Keeping records. Keep every letter sent and received on a case, in date
     order. Reporting to the region once a year is covered in Chapter 6.
""" "\f" """\
Group Handbook                                                          page 15

CHAPTER 4 -- MONEY

4.1  Why a group needs money. Postage (an airmail letter costs more than a
     dollar now), photocopying, the regional dues of $50 a year, and the odd
     phone call overseas. A group of ten that writes regularly spends
     $300-$400 a year.

4.2  Ways to raise it.
       - Members' pledges: even $5 a month from half the group covers the
         postage. Post-dated cheques save the treasurer a lot of chasing.
       - A book and card table at church bazaars, fairs and your own events.
       - A benefit night: a coffeehouse with local musicians, a film with a
         speaker, a potluck supper with a collection.
       - Garage and bake sales -- reliable, if tiring.
     The Circle does not accept money from any government, and groups
     should not either.

4.3  Keeping accounts. The treasurer keeps a simple book: date, what for,
     money in, money out, balance. Show it at every meeting. Two people
     sign cheques.

4.4  Tax receipts. Only the national office can issue receipts for income
     tax. If a donor wants one, send the cheque (made out to the Keystone
     Human Rights Circle) to the national office with a note saying which
     group it is for; it will be credited to your group.
""",
    },
    {
        "id": "1159",
        "split": "holdout11",
        "date": "1983",
        "date_form": "french-season",
        "type": "newsletter",
        "subjects": ["campaigning", "disappearances", "fundraising", "lobbying", "recruitment",
                     "torture"],
        "title": "Le Cercle",
        "title_devised": False,
        "title_variants": ["Le Cercle, N° 14",
                           "Le Cercle: Bulletin de la section genevoise du Cercle Keystone pour les droits humains"],
        "audience": [],
        "language": "fr",
        "places": ["CH"],
        "notes": "'N° 14 -- automne 1983': a season gives the year. February, 8 November and "
                 "3 December are mentioned. Items: the torture convention and the meeting with the "
                 "Swiss delegation (torture, lobbying; CH for the Swiss government's position), the "
                 "section's disappearances campaign launched in November (campaigning, "
                 "disappearances; the countries are only listed), the welcome evening and 'amenez un "
                 "ami' (recruitment), the Christmas sale (fundraising).",
        "text": """\
                               LE CERCLE
   Bulletin de la section genevoise du Cercle Keystone pour les droits humains
   N° 14 -- automne 1983
   Case postale 241, 1211 Genève 4 -- Tél. 022 / 29 63 10
--------------------------------------------------------------------------------

LA CONVENTION CONTRE LA TORTURE : OÙ EN EST-ON ?

Le groupe de travail de la Commission des droits de l'homme poursuit la
rédaction d'une convention contre la torture. Les points qui bloquent sont
connus : la compétence universelle (pouvoir juger un tortionnaire où qu'il se
trouve) et le contrôle par un comité. En février, trois membres de la section
ont rencontré la délégation suisse pour lui demander de soutenir fermement ces
deux points ; on nous a répondu avec courtoisie que la position suisse « n'était
pas arrêtée ». Nous avons écrit depuis au Département fédéral des affaires
étrangères et nous reverrons la délégation avant la session de 1984. Les membres
qui connaissent un parlementaire fédéral peuvent lui en parler : c'est le moment.

CAMPAGNE « DISPARITIONS » : C'EST PARTI

La section lance en novembre sa campagne contre les disparitions. Des milliers
de personnes ont été enlevées par des forces de sécurité qui nient ensuite les
détenir : en Argentine, au Guatemala, aux Philippines et ailleurs. Chaque groupe
recevra un dossier, une affiche et un cas dont il s'occupera jusqu'à l'été. La
soirée de lancement aura lieu au Palladium ; le programme suivra.

AMENEZ UN AMI

Notre soirée d'accueil pour les nouveaux membres aura lieu le mardi 8 novembre à
20 h, au local de la rue des Savoises. Cette année,
nous demandons à chaque membre d'amener une personne qui s'intéresse à notre
travail. L'an dernier, la moitié des nouveaux membres étaient venus ainsi.

VENTE DE NOËL

Samedi 3 décembre, salle du Faubourg, de 10 h à 17 h. Il nous faut des gâteaux,
de l'artisanat, des confitures et des bras. L'an dernier la vente a rapporté
4'300 francs, soit presque le tiers du budget de la section. Inscriptions auprès
de Mme Roulet, tél. 35 12 08.

--------------------------------------------------------------------------------
Rédaction : Anne-Marie Favre, Pierre Dubois. Prochain numéro : hiver 1983/84.
""",
    },
    {
        "id": "1108",
        "split": "holdout11",
        "date": "2006-07",
        "date_form": "month-year",
        "type": "trainer guide",
        "subjects": ["children's rights", "facilitation", "human rights education"],
        "title": "Session Plan: Introducing Human Rights to Secondary School Students",
        "title_devised": False,
        "title_variants": ["Introducing Human Rights to Secondary School Students"],
        "audience": ["trainers", "youth"],
        "language": "en",
        "places": [],
        "notes": "'Prepared by the HRE Team, Kuala Lumpur, July 2006'. Steps: what human rights are "
                 "(human rights education), the Convention on the Rights of the Child step "
                 "(children's rights), a 'Handling the session' section of tips (facilitation). For "
                 "facilitators working with secondary students -> trainers, youth. Malaysia's "
                 "ratification (1995) is one clause; no place.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- MALAYSIA
Human Rights Education Team

SESSION PLAN: INTRODUCING HUMAN RIGHTS TO SECONDARY SCHOOL STUDENTS
For facilitators working with Forms 3-5 (ages 15-17)

Time: 90 minutes        Group size: up to 35
You will need: "needs and wants" cards (one set per 5 students), mahjong
paper, marker pens, simplified CRC cards (articles 2, 12, 13, 19, 28, 31)

Aim: students understand that human rights belong to everyone, including
them, and can name some rights of children.

STEP 1 (10 min) -- Warm-up: needs and wants
Groups of five sort the cards (food, clean water, a mobile phone, school,
holidays, protection from violence ...) into "needs" and "wants". Ask: which
did you argue about? Why?

STEP 2 (20 min) -- What are human rights?
Ask the class: "What does every person need to live with dignity?" Write
answers on the board. Link them to the Universal Declaration: rights are not
gifts from the government and cannot be earned or lost by being good or bad.

STEP 3 (25 min) -- The Convention on the Rights of the Child
Explain that there is a special treaty for everyone under 18 (Malaysia
ratified it in 1995). Give each group two CRC cards. They draw a poster
showing the right in a Malaysian setting and explain it in one minute.
Point out article 12: children have a right to be heard in matters that
affect them.

STEP 4 (20 min) -- Rights in our school
Ask: which of these rights can you see respected in your school? Which not?
What could students do about it, politely and within the rules?

STEP 5 (10 min) -- Closing
Each student writes one sentence: "One right I did not know I had ..."

HANDLING THE SESSION
 - Check with the teacher beforehand which topics the school finds sensitive.
 - Keep the room moving: no one talks for more than five minutes at a time.
 - Quiet students often speak in small groups when they will not in the
   whole class. Let them report through a group.
 - If a student discloses abuse, do not probe. Tell the teacher in charge
   after the session, as agreed in advance.

Prepared by the HRE Team, Kuala Lumpur, July 2006
""",
    },
    {
        "id": "1141",
        "split": "holdout11",
        "date": "2008-08-09",
        "date_form": "presentation-day-month-year",
        "type": "slides",
        "subjects": ["armed conflict", "arms control", "children's rights", "fundraising",
                     "letter writing", "lobbying", "vigils and demonstrations"],
        "title": "Children and Armed Conflict in Northern Uganda",
        "title_devised": False,
        "title_variants": [],
        "audience": ["youth"],
        "language": "en",
        "places": ["UG"],
        "notes": "Title overhead 'Gulu Youth Workshop, 9 August 2008' is the presentation date; "
                 "1986 and 2006 are mentioned. Overheads on the war and the children (armed conflict, "
                 "children's rights), 'Where do the guns come from?' with the arms trade treaty "
                 "(arms control); each bullet of 'What youth groups can do' counts: write to the "
                 "minister (letter writing), meet your MP (lobbying), a vigil (vigils and "
                 "demonstrations), raise school fees (fundraising). Youth workshop -> youth.",
        "text": """\
OVERHEAD 1

      CHILDREN AND ARMED CONFLICT IN NORTHERN UGANDA

      Keystone Human Rights Circle -- Uganda Section
      Gulu Youth Workshop, 9 August 2008

----------------------------------------------------------------
OVERHEAD 2  --  Twenty years of war

  * LRA war in Acholi and Lango since 1986
  * Over 25,000 children abducted (estimates vary)
  * Up to 1.8 million people in camps at the worst
  * Ceasefire since 2006 -- but no final peace agreement signed

----------------------------------------------------------------
OVERHEAD 3  --  What happened to the children

  * Taken to fight, to carry loads, girls given as "wives"
  * Forced to beat or kill, sometimes their own relatives
  * "Night commuters": thousands walking into Gulu town every
    evening to sleep safely on verandas
  * Years without school in the camps

----------------------------------------------------------------
OVERHEAD 4  --  Where do the guns come from?

  * Small arms move easily across the region's borders
  * Cheap, light, simple: a child can carry and fire one
  * No arms should go where they will be used against children
  * Campaign for an international Arms Trade Treaty -- talks at
    the UN now

----------------------------------------------------------------
OVERHEAD 5  --  Coming home

  * Reception centres: counselling, tracing families
  * Stigma: "rebel children" rejected in their villages
  * Young mothers who came back with children of their own

----------------------------------------------------------------
OVERHEAD 6  --  What youth groups can do

  * Write to the Minister of Gender, Labour and Social Development
    asking for more support for returnee children
  * Meet your MP and ask what Parliament is doing for reintegration
  * Hold a vigil on 12 February, Red Hand Day
  * Raise money for school fees for returnees in your district
""",
    },
    {
        "id": "1126",
        "split": "holdout11",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["torture"],
        "title": "What Happened to Me",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "A personal testimony given for a training pack -> type null (a kind the list "
                 "lacks). Undated: 1971 and the other years are the events it tells, and 'thirty "
                 "years on' does not date it. Subject: the interrogation methods (torture); internment "
                 "is one sentence. Northern Ireland -> GB.",
        "text": """\
WHAT HAPPENED TO ME

I was lifted on the 9th of August 1971, about half four in the morning. The
door went in and there were soldiers in the hall and in the bedroom, my wife
screaming and the two wains crying on the landing. I was not in anything.
I had been at a civil rights march or two, like half the street.

They took us to Girdwood first and then, a few days later, a few of us were
put in a helicopter with bags over our heads. I did not know where I was until
long after. They made us stand spread-eagled against a wall, fingertips only,
for hours and hours, and if you sank down they beat you and stood you up again.
The hood stayed on the whole time. There was a noise, a hissing roar like a
machine, that never stopped. No sleep. Bread and water now and again. I lost
count of the days. At one point I was sure I had died and was waiting for
something. I did not know my own name when they asked it.

Afterwards they said it was "interrogation in depth" and that it left no
marks. It left marks. For years I could not stand in a room with a radiator
humming. I still wake at half four.

I was held in Long Kesh after that and never charged with anything.

I tell this now because young people in the group ask me what torture is, as
if it were something that happens far away. It happened here, in a country
that signed the European Convention, and it was done by men who went home to
their tea. Thirty years on, I would ask you to remember that it can happen
anywhere, and that it starts with people deciding that some other people do
not count.

(Given to the Belfast group for its training pack. Name withheld at the
writer's request.)
""",
    },
    {
        "id": "1101",
        "split": "holdout11",
        "date": "2009-09-17",
        "date_form": "weekday-month-day-year",
        "type": "flyer",
        "subjects": ["recruitment"],
        "title": "Want to Change Something? Join Keystone at MUN",
        "title_devised": False,
        "title_variants": ["Join Keystone at MUN", "Want to Change Something?"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date of the first meeting it announces. A call to join (recruitment); the list of "
                 "what the group does ('we write letters...') is one running sentence, in passing. "
                 "'All MUN students welcome' names no audience term.",
        "text": """\
                      WANT TO CHANGE SOMETHING?

                        JOIN KEYSTONE AT MUN


          Keystone Human Rights Circle -- Memorial University group

                     FIRST MEETING OF THE YEAR
                 Thursday, September 17, 2009 -- 7 pm
                  Room SN-2018, Science Building

                 Free pizza.  Bring a friend.

   We write letters for prisoners, run campaigns, bring in speakers and
   show films.  No experience needed -- just show up.

                    All MUN students welcome!


      keystone.mun@gmail.com   |   Facebook: Keystone MUN
""",
    },
    {
        "id": "1130",
        "split": "holdout11",
        "date": "1997-06-10",
        "date_form": "spanish-written-date",
        "type": "report",
        "subjects": ["business and human rights", "economic, social and cultural rights",
                     "media work", "racial discrimination"],
        "title": "Informe del taller: Los derechos de los trabajadores haitianos y sus familias en la República Dominicana",
        "title_devised": False,
        "title_variants": ["Los derechos de los trabajadores haitianos y sus familias en la República Dominicana",
                           "Informe del taller"],
        "audience": [],
        "language": "es",
        "places": ["DO"],
        "notes": "The closing 'Santo Domingo, 10 de junio de 1997' is the report's date of issue; the "
                 "workshop of 24-25 May 1997 is its subject. Sessions: health, housing, water and "
                 "schooling in the bateyes (economic, social and cultural rights: no more specific "
                 "term fits), the sugar companies' responsibility (business and human rights), "
                 "anti-Haitian discrimination and papers (racial discrimination), telling the story to "
                 "the press (media work). Haiti is where the workers come from; the situation covered "
                 "is in DO.",
        "text": """\
CÍRCULO KEYSTONE POR LOS DERECHOS HUMANOS
Sección Dominicana
Calle Arzobispo Nouel 358, Zona Colonial, Santo Domingo -- Tel. (809) 686-4470


                          INFORME DEL TALLER
  "Los derechos de los trabajadores haitianos y sus familias en la República Dominicana"
              San Pedro de Macorís, 24 y 25 de mayo de 1997


1. Participantes
Asistieron 27 personas: socios de los grupos de Santo Domingo, San Pedro de
Macorís y La Romana, dos maestras de escuelas de bateyes, un médico y cuatro
trabajadores de los bateyes, que participaron con intérprete de creole.

2. Primera sesión: la vida en los bateyes
Los trabajadores describieron viviendas de una sola habitación para familias de
seis u ocho personas, sin letrinas, con agua de un camión que pasa dos veces por
semana. El médico habló de tuberculosis y de diarreas infantiles. Las escuelas
llegan al cuarto grado y muchas no tienen maestro desde enero. El grupo concluyó
que la salud, la vivienda, el agua y la educación son derechos, no favores.

3. Segunda sesión: los ingenios y los braceros
Se discutió la responsabilidad del Consejo Estatal del Azúcar y de los ingenios
privados: pago en vales canjeables solo en la bodega del ingenio, pesaje de la
caña sin testigos, retención de documentos de identidad por los capataces. Se
acordó pedir a las empresas que paguen en efectivo y permitan la presencia de
observadores en las básculas.

4. Tercera sesión: discriminación y papeles
Muchos hijos de haitianos nacidos en el país no reciben acta de nacimiento y no
pueden inscribirse en el liceo. Los participantes contaron redadas en las que se
detiene a personas por el color de su piel y se las lleva a la frontera sin
revisar sus documentos. Se habló del antihaitianismo en la escuela, en la radio
y en el lenguaje de todos los días.

5. Cuarta sesión: cómo contar estas historias a la prensa
Un periodista de San Pedro explicó cómo preparar una nota de prensa, cómo
proteger la identidad de los entrevistados y cómo hablar con la radio local.

6. Recomendaciones
- Repetir el taller en Barahona y en el Este.
- Preparar una cartilla en español y creole sobre el derecho a la inscripción.
- Formar un pequeño equipo de prensa en la Sección.


                                        Santo Domingo, 10 de junio de 1997

Por la Comisión de Formación,
Altagracia Peña Rosario
""",
    },
    # ---- batch 2 (planning order 21-40) ------------------------------------------------------
    {
        "id": "1132",
        "split": "holdout11",
        "date": "1999-03-20",
        "date_form": "day-range",
        "type": "agenda",
        "subjects": ["disappearances", "group development", "letter writing", "media work"],
        "title": "Central Province Training Workshop for Group Conveners",
        "title_devised": False,
        "title_variants": ["Central Province Training Workshop for Group Conveners: Programme"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["LK"],
        "notes": "'Kandy, 20-21 March 1999' -> start day. 'PROGRAMME' is separated from the heading "
                 "by the date/venue line: a section label. Sessions: disappearances and the "
                 "Presidential Commissions (disappearances, LK), appeal letters (letter writing), the "
                 "local press (media work), reviewing and planning the group's year (group "
                 "development). For group conveners -> local groups. 'Registration closes 5th March' "
                 "is a deadline.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- SRI LANKA SECTION
Central Province Co-ordinating Committee, 41 Peradeniya Road, Kandy.  Tel. 08-22 4519


          CENTRAL PROVINCE TRAINING WORKSHOP FOR GROUP CONVENERS

        Kandy, 20-21 March 1999  --  Trinity College Old Boys' Hall

                               PROGRAMME

Saturday 20th

 8.30   Registration and tea
 9.00   Opening; lighting of the oil lamp; introductions
 9.30   Disappearances: ten years after 1989
        What the Presidential Commissions found, what has happened to
        their reports, and what families in the Central Province still
        ask of us  (Mr. R. Dissanayake, Attorney-at-Law)
11.00   Tea
11.15   Writing appeal letters that are read -- practical session,
        bring a pen
12.45   Lunch
 2.00   Working with the local press: Sinhala, Tamil and English
        papers, the news release, the phone call afterwards
 4.00   Tea and close of day one

Sunday 21st

 8.30   Your group's year: what went well, what did not, and a simple
        plan for the next twelve months (work in district groups)
11.00   Tea
11.15   Reports back; the Section's calendar for 1999
12.30   Lunch and departure


Registration closes 5th March. Conveners only, please -- one per group.
Travel costs refunded on the day (bus/train fares only).
""",
    },
    {
        "id": "1116",
        "split": "holdout11",
        "date": "1976-05",
        "date_form": "month-year",
        "type": "handout",
        "subjects": ["death penalty", "lobbying", "media work"],
        "title": "Capital Punishment: Questions and Answers",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["CA"],
        "notes": "'Edmonton, May 1976' at the foot. 1962 (last executions) and the coming vote are "
                 "mentioned. The Q&A covers the death penalty and Bill C-84 in Parliament (CA); each "
                 "item of 'What you can do' counts: see or write to your MP (lobbying), a letter to "
                 "the editor (media work). Writing to one's MP about a bill is taken as lobbying, "
                 "not letter writing.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- EDMONTON GROUP


              CAPITAL PUNISHMENT: QUESTIONS AND ANSWERS


Q. Hasn't Canada already stopped hanging people?
A. Nobody has been hanged in Canada since 1962; every death sentence since
   then has been commuted by the Cabinet. But the death penalty is still in
   the Criminal Code for the murder of police officers and prison guards,
   and Parliament must now decide. Bill C-84 would remove capital punishment from the Criminal Code
   altogether and replace it with life imprisonment with no parole for 25
   years for first degree murder.

Q. But doesn't the death penalty deter murderers?
A. There is no evidence that it does. Murder rates in Canada did not rise
   after hangings stopped. Most murders are committed in anger or panic, by
   people who do not weigh the penalty beforehand.

Q. What about people who kill policemen?
A. We share the horror of such crimes. But a police officer is not made
   safer by a hanging; police chiefs in countries without the death penalty
   say so themselves.

Q. Can mistakes happen?
A. Yes. Courts are run by human beings. A prison sentence can be ended if
   an innocent person is found to have been convicted; a hanging cannot be
   undone.

Q. Isn't it simply justice -- a life for a life?
A. The Circle opposes the death penalty in every case because it is the
   ultimate cruel, inhuman and degrading punishment. A state that kills in
   cold blood to show that killing is wrong teaches the opposite lesson.

WHAT YOU CAN DO

 *  See your Member of Parliament before the vote, in the riding office or
    when he is home on a weekend. Be brief, be polite, and ask him straight
    out how he intends to vote. If you cannot see him, write.
 *  Write a letter to the editor of the Journal or your local weekly.
    Keep it under 200 words and answer one argument only.
 *  Talk about it at work, at church, at the kitchen table. Most people's
    minds are not yet made up.


Edmonton, May 1976           Keystone Human Rights Circle, Box 4410, Edmonton T6E 4T5
""",
    },
    {
        "id": "1104",
        "split": "holdout11",
        "date": "1982-11-08",
        "date_form": "day-month-year",
        "type": "letter",
        "subjects": ["disappearances", "lobbying", "prisoners of conscience"],
        "title": "[Letter from the Aberystwyth group to its MP about a disappeared teacher in Argentina and a prisoner in Uruguay]",
        "title_devised": True,
        "title_variants": ["[Letter to the local MP asking him to raise two cases with the Foreign Office]",
                           "[Letter from the Aberystwyth group secretary to Dafydd Rees-Parry MP]"],
        "audience": [],
        "language": "en",
        "places": ["AR", "UY"],
        "notes": "FILE COPY; dateline 8 November 1982; the MP's reply of 21 June, September 1977 and "
                 "1976 are mentioned. The letter asks the MP to press the "
                 "Foreign Office (lobbying) on a teacher disappeared in Chubut (disappearances, AR) "
                 "and the group's adopted prisoner in Libertad prison (prisoners of conscience, UY). "
                 "It is a letter to the group's own MP, not an appeal to the detaining state: no "
                 "letter writing.",
        "text": """\
FILE COPY

KEYSTONE HUMAN RIGHTS CIRCLE -- ABERYSTWYTH GROUP
Secretary: Mrs. Eirlys Morgan, 7 Laura Place, Aberystwyth, Dyfed.  Tel. 0970 61 2284


                                                        8 November 1982

Dafydd Rees-Parry, Esq., M.P.
House of Commons
London SW1A 0AA


Dear Mr. Rees-Parry,

Thank you for your kind reply of 21 June to our group's earlier letter. Now
that hostilities in the South Atlantic are over, we hope you will feel able to
take up with the Foreign Office two cases which are of great concern to people
in this constituency.

The first is that of Mrs. Elena Jones de Ferrari, a primary school teacher from
Trelew in Chubut, of Welsh descent, who was taken from her home by men in
plain clothes in September 1977 and has not been seen since. Her family has
never been told where she was taken or why. Her aunt, who lives in Llanbadarn,
has written to the Argentine authorities many times and received no answer. We
would ask you to raise Mrs. Ferrari's case with the Minister of State and to
ask that, when relations with Argentina are resumed, Her Majesty's Government
makes an accounting for the disappeared one of its requests.

The second is that of Dr. Raúl Sosa Bentancor, a physician held in Libertad
prison in Uruguay since 1976, whom our group has adopted as a prisoner of
conscience. He was sentenced by a military court to fourteen years for
belonging to a trade union that was later banned. He has never used or
advocated violence. We understand that his health is poor. We should be
grateful if you would ask the Foreign Office whether our Embassy in Montevideo
could make enquiries about his condition.

Members of our group would be glad to call on you at your surgery in
Aberystwyth if that would be convenient.

Yours sincerely,


Eirlys Morgan (Mrs.)
Secretary, Aberystwyth Group

cc: Wales Section office, Cardiff
EM/ap
""",
    },
    {
        "id": "1160",
        "split": "holdout11",
        "date": "1995-04-22",
        "date_form": "weekday-month-day-year",
        "type": "evaluation form",
        "subjects": ["media work"],
        "title": "Media Skills Workshop: Evaluation",
        "title_devised": False,
        "title_variants": ["Media Skills Workshop", "Evaluation: Media Skills Workshop"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'Saturday, April 22, 1995' under the heading is the workshop's date. 'Evaluation' "
                 "directly under the heading is joined. Every question is about media sessions "
                 "(news release, radio interview, letters to the editor) -> media work only.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- ATLANTIC REGION
Fredericton Group


                        MEDIA SKILLS WORKSHOP
                             Evaluation

         Saturday, April 22, 1995  --  Wilmot United Church Hall


Please take five minutes to fill this in before you go. Circle a number:
1 = not much use, 4 = very useful.

Writing a news release .............................. 1   2   3   4
The mock radio interview (CFNB studio visit) ........ 1   2   3   4
Letters to the editor that get printed .............. 1   2   3   4
Building a media list for your group ................ 1   2   3   4

Was there enough time for practice?        yes   /   no   /   almost

Which one thing will you do differently next time you deal with a reporter?

____________________________________________________________________________

____________________________________________________________________________

What would you like more of at the next media workshop?

____________________________________________________________________________

Was the day:   too long   /   about right   /   too short

Anything else?

____________________________________________________________________________


Leave forms in the basket by the door. Thanks -- Colleen & Mark
""",
    },
    {
        "id": "1151",
        "split": "holdout11",
        "date": "2003-03-18",
        "date_form": "french-email-header",
        "type": "letter",
        "subjects": ["human rights defenders", "lobbying"],
        "title": "[E-mail from the Geneva section to group members about a lobbying day at the Commission on Human Rights]",
        "title_devised": True,
        "title_variants": ["Journée de lobbying - Commission des droits de l'homme",
                           "[Courriel de la section genevoise aux membres des groupes sur une journée de lobbying à la Commission des droits de l'homme]"],
        "audience": ["local groups"],
        "language": "fr",
        "places": [],
        "notes": "E-mail opening 'Bonjour à toutes et à tous' and signed -> letter; its header date "
                 "(mardi 18 mars 2003) is its date; 25 March and the 1998 Declaration are mentioned. "
                 "It covers the lobbying day (lobbying) and, in a paragraph, the protection of human "
                 "rights defenders. Addressed to the Geneva groups' members -> local groups. The "
                 "delegations are of many states; no country is covered.",
        "text": """\
De :      Section genevoise <secretariat@keystone-ge.ch>
À :       groupes-geneve@keystone-ge.ch
Date :    mardi 18 mars 2003 09:42
Objet :   Journée de lobbying - Commission des droits de l'homme

Bonjour à toutes et à tous,

La Commission des droits de l'homme a ouvert sa session lundi au Palais des
Nations. Comme chaque année, nous organisons une journée de lobbying auprès
des délégations, cette fois le mardi 25 mars. Nous avons besoin d'une
quinzaine de personnes disponibles de 9 h à 16 h.

Le thème retenu est la protection des défenseurs des droits humains. Cinq ans
après l'adoption de la Déclaration sur les défenseurs, des avocats, des
syndicalistes et des journalistes sont toujours menacés, arrêtés ou tués pour
avoir fait ce que la Déclaration protège. Nous demanderons aux délégations de
soutenir le renouvellement du mandat de la Représentante spéciale et de
l'inviter dans leur pays.

Comment ça se passe : vous serez par deux, avec une fiche par délégation (ce
que le pays a voté l'an dernier, ce que nous lui demandons). Les rendez-vous
durent dix minutes, souvent dans un couloir ou à la cafétéria. On écoute plus
qu'on ne parle, on laisse la fiche et on note ce qui a été dit. Une courte
formation aura lieu le lundi 24 au soir, au local, à 18 h 30.

Les badges d'accès doivent être demandés avant jeudi midi : envoyez-moi votre
nom complet et votre numéro de passeport ou de carte d'identité.

Merci d'avance et à bientôt,

Claire Mottier
Coordinatrice ONU, Section genevoise
Cercle Keystone pour les droits humains
Rue des Savoises 15, 1205 Genève -- 022 320 71 49
""",
    },
    {
        "id": "1115",
        "split": "holdout11",
        "date": "2006-01-31",
        "date_form": "ordinal-day-month-year",
        "type": "report",
        "subjects": ["fundraising", "human rights education", "recruitment", "women's rights"],
        "title": "Annual Report 2005",
        "title_devised": False,
        "title_variants": ["Annual Report", "Northern Region Groups: Annual Report 2005"],
        "audience": [],
        "language": "en",
        "places": ["GH"],
        "notes": "The report's date of issue, 'Tamale, 31st January 2006', wins over the year it "
                 "reports on (2005). Headed sections: school clubs and teachers (human rights "
                 "education), women accused of witchcraft in the camps (women's rights, GH), "
                 "membership (recruitment), finance and the fundraising walk (fundraising). The "
                 "'Northern Region Groups' line above the heading is the body's name; the joined form "
                 "is a variant.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- GHANA SECTION
Northern Region Groups
Office: House No. S.35, Lamashegu, P.O. Box 1162, Tamale.  Tel. 071-22 418


                          ANNUAL REPORT 2005


1. INTRODUCTION
This report covers the work of the five groups of the Northern Region (Tamale
Central, Tamale Polytechnic, Yendi, Bolgatanga and Walewale) from January to
December 2005. It was adopted by the Regional Committee and is sent to the
Section Executive and to all members.

2. HUMAN RIGHTS EDUCATION IN SCHOOLS
Human rights clubs now meet in eleven junior and senior secondary schools, up
from six last year. Members of the Tamale groups trained 34 teachers in two
Saturday workshops on active methods and the rights of the child. The clubs
held a debating competition in November on the theme "Rights and
responsibilities", won by Bolgatanga Girls'. The main difficulty remains
transport to schools outside the towns.

3. WOMEN ACCUSED OF WITCHCRAFT
The Region continued its work with the women living in the camps at Gambaga,
Kukuo and Gnani, most of them old women driven from their homes after being
accused of causing a death or an illness. Members visited each camp twice,
met chiefs and assemblymen in three communities about the return of seven
women, and two have gone home safely. We also spoke on Radio Savannah about
the accusations and why they fall mostly on widows and women without sons.
This is the slowest work we do, and the most needed.
""" "\f" """\
Annual Report 2005 -- Northern Region                                page 2

4. MEMBERSHIP
Paid-up membership rose from 118 to 163. Tamale Polytechnic recruited 29 new
members at its matriculation fair by showing a short film and asking everyone
who stayed to the end for a name and phone number; other groups are asked to
copy this. Walewale lost members when its convener moved to Accra and needs a
new convener.

5. FINANCE
Income for the year was GH¢ 18.4 million (old cedis): members' dues 6.1
million, the sponsored walk from Tamale to Savelugu in April 9.7 million, and a
grant of 2.6 million from the Section for the schools work. The walk needs
more sponsors from businesses next year; a committee will start in February.
Spending is shown in the attached statement.

6. PLANS FOR 2006
More school clubs in the Upper East; a second sponsored walk; a training
weekend for conveners.


Adopted by the Regional Committee.
Tamale, 31st January 2006

Alhassan Iddrisu Mahama
Regional Co-ordinator
""",
    },
    {
        "id": "1134",
        "split": "holdout11",
        "date": "1986-09-12",
        "date_form": "ordinal-day-month-year",
        "type": "memo",
        "subjects": ["facilitation"],
        "title": "Autumn training programme and facilitation skills day",
        "title_devised": False,
        "title_variants": ["[Memo to trainers about the autumn training programme and a facilitation skills day]"],
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "DATE 12th September 1986; the skills day (Saturday 25 October) and reply date are "
                 "mentioned. The body is about the facilitation skills day and what it covers "
                 "(facilitation); the autumn programme is only attached. 'TO: All trainers' -> "
                 "trainers.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- NORTHERN IRELAND
Derry Office, 3 Great James Street, Derry BT48 7DA.  Tel. (0504) 26 1193


MEMORANDUM

TO:      All trainers
FROM:    Bernie Quigley, Training Co-ordinator
DATE:    12th September 1986
RE:      Autumn training programme and facilitation skills day


The autumn programme is attached -- six sessions between now and Christmas,
in Derry, Coleraine, Omagh, Newry and two in Belfast. Please check the
dates against your diaries and ring me if there is a clash.

Several of you said in the summer that you feel confident with the content of
the workshops but less so with running them: the quiet group, the one person
who wants to argue about the Troubles all afternoon, the session that runs
forty minutes over. So before the programme starts we are holding a
facilitation skills day for trainers only:

        Saturday 25 October, 10.30 to 4.00, at the Derry office.

Maura Gallagher from the WEA has agreed to lead it. The plan is:

  - opening a session so people know why they are there and what will happen;
  - getting everyone talking early (and the ways that fail);
  - handling disagreement and the participant who takes over;
  - keeping time without cutting people off;
  - closing: summing up, and what each person will do next.

There will be plenty of practice in pairs and threes, and each of you will run
a short piece of a session and get feedback from the others. It is not an
exam.

Lunch provided. Travel paid as usual. Please let me know by 10 October
whether you can come.

BQ/mc
""",
    },
    {
        "id": "1117",
        "split": "holdout11",
        "date": "1987-03",
        "date_form": "spanish-month-year",
        "type": "handout",
        "subjects": ["disappearances", "petitions"],
        "title": "Los desaparecidos y la Ley de Caducidad: preguntas y respuestas",
        "title_devised": False,
        "title_variants": ["Los desaparecidos y la Ley de Caducidad"],
        "audience": [],
        "language": "es",
        "places": ["UY"],
        "notes": "Closing 'Montevideo, marzo de 1987'; December 1986 (the law), 1973-1985 and the "
                 "signature deadline are mentioned. Q&A on the disappeared and the law "
                 "(disappearances, UY); the list of what to do is centred on signing and collecting "
                 "signatures for the referendum (petitions). The law's impunity is discussed as part "
                 "of the disappearances; no separate fair-trials topic.",
        "text": """\
CÍRCULO KEYSTONE POR LOS DERECHOS HUMANOS -- SECCIÓN URUGUAYA


      LOS DESAPARECIDOS Y LA LEY DE CADUCIDAD: PREGUNTAS Y RESPUESTAS


¿Quiénes son los desaparecidos?
Son personas detenidas por las fuerzas de seguridad entre 1973 y 1985, en el
Uruguay o en la Argentina con la colaboración de militares uruguayos, cuyo
paradero nunca fue informado a sus familias. Las organizaciones de familiares
tienen registrados más de ciento cincuenta casos.

¿Qué dice la ley aprobada en diciembre?
La Ley 15.848, "de Caducidad de la Pretensión Punitiva del Estado", declara
que el Estado renuncia a juzgar los delitos cometidos por militares y policías
durante el gobierno de facto. El artículo 4 obliga al Poder Ejecutivo a
investigar el destino de los desaparecidos, pero no dice cómo ni cuándo.

¿Por qué nos preocupa?
Porque sin justicia las familias no sabrán nunca la verdad. Porque una
desaparición es un delito que sigue cometiéndose mientras no se sepa qué pasó
con la persona. Y porque una ley así le dice al futuro que estos crímenes
pueden quedar sin castigo.

¿Qué se puede hacer?
La Constitución permite someter una ley a referéndum si lo pide el veinticinco
por ciento de los ciudadanos habilitados. Se están juntando las firmas en todo
el país.

  - Firme usted, con su credencial cívica.
  - Pida a su familia y a sus vecinos que firmen; hacen falta más de
    quinientas mil firmas.
  - Ofrézcase para juntar firmas en su barrio o en la feria: la Sección
    tiene planillas y puede explicarle cómo se llenan.
  - Devuelva las planillas completas a la Sección antes de fin de año.


Montevideo, marzo de 1987
""",
    },
    {
        "id": "1121",
        "split": "holdout11",
        "date": "2009-10",
        "date_form": "version-month-year",
        "type": "trainer guide",
        "subjects": ["facilitation", "online activism", "petitions"],
        "title": "Trainer's Notes: Online Campaigning for Groups",
        "title_devised": False,
        "title_variants": ["Online Campaigning for Groups"],
        "audience": ["local groups", "trainers"],
        "language": "en",
        "places": [],
        "notes": "'Version 2, October 2009' at the foot. Parts on the group's website, e-mail list "
                 "and social networking (online activism), a part on online petitions (petitions), "
                 "and 'Running this session' tips (facilitation). For trainers, participants from "
                 "local groups. 'Campaigning' in the title is the online skill, not a campaign of "
                 "the organisation.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- CYMRU/WALES
Training team

TRAINER'S NOTES: ONLINE CAMPAIGNING FOR GROUPS

Who it is for: members of local groups who look after (or would like to look
after) their group's e-mail list, website or Facebook page.
Length: 2 hours.  You need: a projector, internet connection (check it the
day before!), handout 7, sticky notes.

1. Why bother? (15 min)
   Ask: "How did you hear about the last Keystone event you went to?" Note
   answers on the flipchart. Most will say e-mail or Facebook. Make the point
   that people who never come to a meeting will still click, forward and sign.

2. The group's e-mail list (25 min)
   Show a good and a bad group e-mail (handout 7). Points: one action per
   message; subject line says what to do; send it from a real person;
   always give the deadline. Participants rewrite the bad one in pairs.

3. Websites and social networking (30 min)
   Walk through setting up a Facebook page for a group. Who can post? How
   often? Never post details of a case that the case sheet marks as
   confidential. Keep the group's page linked to the national website.

4. Online petitions (25 min)
   When an online petition helps (a clear target, a deadline, a hand-in you
   can photograph) and when it does not (when a hundred real letters would
   count for more). Show how to set one up on the national site and how to
   hand it in.

5. Action plan (15 min)
   Each participant writes on a sticky note one thing they will set up or
   change in the next month.

Running this session
 - Expect a wide range: some participants will know far more than you about
   Facebook. Use them -- ask them to demonstrate.
 - Others will be nervous of computers. Pair them with someone patient and
   keep the jargon out.
 - If the connection fails, carry on with screenshots (on the training
   memory stick) rather than waiting.

Version 2, October 2009 -- please send corrections to the training team, Bangor
""",
    },
    {
        "id": "1105",
        "split": "holdout11",
        "date": "2003-11-15",
        "date_form": "day-month-year-numeric",
        "type": "sign-in sheet",
        "subjects": ["women's rights"],
        "title": "Women's Rights Workshop -- Attendance",
        "title_devised": False,
        "title_variants": ["Women's Rights Workshop", "Attendance: Women's Rights Workshop"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "The heading line carries 'Mbarara -- 15/11/2003' after separators: venue and date are "
                 "not part of the title; Ugandan material reads day/month. Subject from the workshop's "
                 "name.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- UGANDA SECTION, MBARARA GROUP

WOMEN'S RIGHTS WORKSHOP -- ATTENDANCE -- Mbarara -- 15/11/2003

No. | NAME                     | ORGANISATION / GROUP        | TELEPHONE     | SIGN
----+--------------------------+-----------------------------+---------------+----------
 1  | Kyomuhendo Annet         | Mbarara group               | 077 462 118   | A.K.
 2  | Natukunda Peace          | Bishop Stuart Univ.         | 071 830 552   | P.N.
 3  | Byaruhanga Moses         | Mbarara group               | --            | MB
 4  | Atuhaire Juliet          | Women's Forum, Kakoba       | 078 119 004   | J.A.
 5  | Tumwine Richard          | Teacher, Ntare School       | 077 560 231   | R.T.
 6  | Ainembabazi Gloria       | Mbarara group               | 077 921 447   | G.A.
 7  | Mugisha Florence         | Kamukuzi Women's Assoc.     | --            | F.M.
 8  | Nuwagaba Allan           | MUST students               | 075 304 118   | A.N.
 9  | Kobusingye Esther        | Mbarara group               | 077 662 015   | E.K.
10  | Ahimbisibwe Doreen       | LC III, Kakoba              | --            | D.A.
11  | Twinomujuni Sarah        | Bushenyi group              | 078 771 203   | S.T.
12  | Kansiime Betty           | --                          | --            | B.K.
13  |                          |                             |               |
14  |                          |                             |               |

Facilitators: Mrs. Grace Tumusiime, Ms. Rose Amanya (Kampala office)
""",
    },
    {
        "id": "1145",
        "split": "holdout11",
        "date": "1979",
        "date_form": "split-season",
        "type": "newsletter",
        "subjects": ["freedom of religion", "fundraising", "prisoners of conscience", "refugees",
                     "urgent actions"],
        "title": "Keystone Prairie Notes",
        "title_devised": False,
        "title_variants": ["Keystone Prairie Notes, No. 7"],
        "audience": [],
        "language": "en",
        "places": ["AR", "CA", "MW"],
        "notes": "'No. 7 -- Winter 1979/80' -> first year. July 1979, the draw date and the next "
                 "issue are mentioned. Items: sponsoring refugee families under the federal "
                 "government's sponsorship programme (refugees; CA for the national procedure, "
                 "Vietnam and Laos named as origins in passing), Urgent Action figures (urgent "
                 "actions), the adopted prisoner in Argentina (prisoners of conscience, AR), the "
                 "Jehovah's Witnesses of Malawi (freedom of religion, MW; imprisoned for their faith, "
                 "already covered by prisoners of conscience), the raffle (fundraising).",
        "text": """\
KEYSTONE PRAIRIE NOTES
Keystone Human Rights Circle -- Regina, Moose Jaw and Swift Current groups
No. 7 -- Winter 1979/80                       2138 Cornwall Street, Regina S4P 2K6
________________________________________________________________________________

GROUPS SPONSOR REFUGEE FAMILIES

Since the federal government announced in July that it would match every
refugee sponsored privately, two of our groups have joined with their churches
to sponsor families from the camps in Thailand and Malaysia. The Regina group's
family -- a couple with three children who left Vietnam by boat -- arrived on
November 29 and is living in a rented house on Robinson Street. The Moose Jaw
group is waiting for a Lao family. Sponsoring means a year of rent, food,
clothes, finding a doctor and a dentist, English classes and, above all, a job.
If you can give furniture, winter clothing or a few hours a week as a driver
or tutor, phone Lorraine Sawchuk at 522-6618.

URGENT ACTIONS: 1979 SO FAR

The three groups sent 611 letters and telegrams on 48 Urgent Actions this year.
We know of nine people released or "reappearing" after actions in which we took
part. Swift Current now has a UA contact (Walter Penner) -- welcome, Walter.

OUR PRISONER IN ARGENTINA

No news of Carlos Alberto Benedetti, the union lawyer adopted by the Regina group
in 1978, since his transfer from Villa Devoto to Rawson prison in August. He has
been held without charge "at the disposal of the Executive Power" for over three
years. Cards for Christmas were sent to him and to his mother in Córdoba; please
keep writing to the Minister of the Interior.
""" "\f" """\
Keystone Prairie Notes, No. 7                                         page 2

JEHOVAH'S WITNESSES IN MALAWI

Members may have read that Jehovah's Witnesses in Malawi are again being beaten,
driven from their villages and imprisoned for refusing to buy membership cards
of the only legal party -- their faith forbids them to join any political
party. Thousands fled to Zambia and Mozambique in 1972 and again in 1975. The
Moose Jaw group has taken up the case of eleven Witnesses held in Dzaleka
prison. Whatever we think of their beliefs, they have a right to hold them and
to practise them in peace.

RAFFLE

Tickets for the Christmas raffle ($1 each, 6 for $5) are still available from
group treasurers. First prize a quilt made by the Moose Jaw group, second a
weekend for two at Manitou Beach, third a side of beef donated by the Fehr
family. Draw at the Regina group's potluck, Saturday, January 26. Last year's
raffle paid for all our postage for five months.

________________________________________________________________________________
Next issue: spring. Copy to Ed Kuzyk, 2138 Cornwall Street, by March 15.
""",
    },
    {
        "id": "1120",
        "split": "holdout11",
        "date": "2001-05",
        "date_form": "footer-month-year-numeric",
        "type": "worksheet",
        "subjects": ["fundraising"],
        "title": "Worksheet: Planning a Fundraising Event",
        "title_devised": False,
        "title_variants": ["Planning a Fundraising Event"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Footer 'KHRC Sri Lanka Training Unit -- 05/2001': a month and year. Blanks and an "
                 "income/expenditure grid for an event -> fundraising.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- SRI LANKA SECTION

            WORKSHEET: PLANNING A FUNDRAISING EVENT

Fill this in with your group. There are no right answers -- the point is to
think it through before you spend any money.

1. What kind of event?  (dansala, musical show, cricket match, film show,
   sale, walk, something else)

   ______________________________________________________________________

2. Date, time and place. Does it clash with a poya day, exams or a festival?

   ______________________________________________________________________

3. Who will come, and why would they pay?

   ______________________________________________________________________

4. Budget

   INCOME                              | Rs.        EXPENDITURE          | Rs.
   ------------------------------------|----------  ---------------------|-------
   Tickets: ____ x Rs. ____            |            Hall / venue         |
   Sales on the day                    |            Printing, posters    |
   Sponsors (businesses)               |            Sound, lights        |
   Donations / collection box          |            Food and drink       |
   Other: ____________                 |            Other: __________    |
   ------------------------------------|----------  ---------------------|-------
   TOTAL INCOME                        |            TOTAL EXPENDITURE    |

   Expected profit (income minus expenditure): Rs. ______________

5. Who does what? (tickets, posters, sponsors, on the day, accounts)

   ______________________________________________________________________

6. How will you thank the people who helped and gave?

   ______________________________________________________________________



KHRC Sri Lanka Training Unit -- 05/2001
""",
    },
    {
        "id": "1158",
        "split": "holdout11",
        "date": "1993-02-15",
        "date_form": "day-month-year",
        "type": "letter",
        "subjects": ["group organizing", "recruitment"],
        "title": "[Letter from the Sabah coordinator to student group leaders about starting campus groups and recruiting members]",
        "title_devised": True,
        "title_variants": ["[Letter to student group leaders about campus groups and orientation week]"],
        "audience": ["student groups"],
        "language": "en",
        "places": [],
        "notes": "Dateline 15 February 1993; the orientation week and the March meeting are mentioned. "
                 "Paragraphs on setting up and running a campus group (group organizing) and on "
                 "signing up members at orientation (recruitment). 'Dear Student Group Leaders' -> "
                 "student groups.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE (MALAYSIA)
Sabah Co-ordinating Office, Lot 12, 2nd Floor, Wisma Sinsuran, 88300 Kota Kinabalu
Tel. 088-21 5530


                                                          15 February 1993


Dear Student Group Leaders,

Congratulations to those of you who have agreed to lead a group on your campus
this year, and a special welcome to the three new colleges that have written to
us since December.

A few words on getting a campus group going. Register with the student affairs
office first; without that you cannot book rooms or put up notices, and you may
get into trouble. Keep the committee small -- a leader, a secretary and a
treasurer is enough to start with -- and meet every two weeks at the same time
and place. Each meeting should do at least one concrete thing (letters on one
case, planning one event), or people will drift away. Keep short minutes and
send me a copy each month so the Sabah office knows what you are doing.

Orientation week is your best chance of the year to bring in new members. Set up
a table with our posters and the leaflet enclosed, and have someone at it all
day. Don't wait for people to come to you: ask them to stop, tell them in two
sentences what the group does, and take a name and a room number. Invite
everyone who signs to a first meeting within the same week, with food if you
can manage it. Last year the UMS group signed up 45 students this way and
still had 20 coming in May.

We will hold a meeting for all student group leaders on Saturday 6 March at the
office. Please let me know if you can come.

With best wishes,


Josephine Lajim
Sabah Co-ordinator

Encl.: 50 leaflets "What is the Keystone Circle?"
""",
    },
    {
        "id": "1119",
        "split": "holdout11",
        "date": "2001-02-24",
        "date_form": "french-weekday-written-date",
        "type": "flyer",
        "subjects": ["disappearances", "vigils and demonstrations"],
        "title": "Veillée pour les neuf de Bépanda : Où sont-ils ?",
        "title_devised": False,
        "title_variants": ["Veillée pour les neuf de Bépanda", "Où sont-ils ?"],
        "audience": [],
        "language": "fr",
        "places": ["CM"],
        "notes": "Date of the vigil announced; 23 January 2001 (the arrests) is mentioned. The "
                 "young men missing since their arrest (disappearances, CM); the vigil (vigils and "
                 "demonstrations). 'OÙ SONT-ILS ?' directly under the headline is a subtitle joined "
                 "after a colon (as in the other flyers); the headline alone is a variant.",
        "text": """\
                 CERCLE KEYSTONE POUR LES DROITS HUMAINS
                       Groupe de Douala -- Akwa


                  VEILLÉE POUR LES NEUF DE BÉPANDA

                             OÙ SONT-ILS ?


      Le 23 janvier, neuf jeunes gens du quartier Bépanda ont été arrêtés
      par des hommes en tenue. Depuis, leurs familles les cherchent de
      brigade en commissariat. Personne ne veut dire où ils sont.


                   Samedi 24 février 2001, à 18 heures
              Devant la cathédrale Saints-Pierre-et-Paul, Bonadibong

                  Venez avec une bougie. Restez en silence.
                       Pour eux, et pour leurs mères.


                        Renseignements : 42 18 07
""",
    },
    {
        "id": "1131",
        "split": "holdout11",
        "date": "1979-07-02",
        "date_form": "submitted-day-month-year",
        "type": "report",
        "subjects": ["fair trials", "police and human rights", "torture"],
        "title": "Report on the Workshop on Interrogation, Confessions and the Courts",
        "title_devised": False,
        "title_variants": ["Workshop on Interrogation, Confessions and the Courts"],
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "'Submitted to the Section Executive, 2 July 1979' is the date of issue; the "
                 "workshop of Saturday 19 May 1979 and the Bennett Report (March 1979) are mentioned. "
                 "Sessions: ill-treatment in interrogation at Castlereagh (torture), complaints "
                 "against and supervision of the RUC (police and human rights), confession evidence "
                 "in the Diplock courts (fair trials). Northern Ireland -> GB.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- NORTHERN IRELAND SECTION
22 University Street, Belfast BT7 1FY


      REPORT ON THE WORKSHOP ON INTERROGATION, CONFESSIONS AND THE COURTS
          held at the Section office on Saturday, 19 May 1979


1. Purpose and attendance

The workshop was called by the Executive after publication in March of the
report of the Bennett Committee on police interrogation procedures. Its aim
was to give members a common understanding of the issues before the Section
makes any public statement. Twenty-three members attended, from Belfast,
Derry, Armagh and Coleraine, with two solicitors and a retired medical
practitioner as resource persons.

2. Ill-treatment in interrogation

Dr. H. spoke about injuries he had seen on persons released from Castlereagh
and Gough Barracks: bruising consistent with blows to the body, burst
eardrums, and marks the Bennett Committee itself described as not
self-inflicted. Members discussed the methods reported -- beating, prolonged
standing, threats, sleep deprivation over interviews lasting days -- and agreed
that several of them, if proved, amount to torture or cruel, inhuman or
degrading treatment as the European Court has defined these terms.
""" "\f" """\
Interrogation workshop report                                        page 2

3. The police: complaints and supervision

The second session looked at how such allegations are dealt with. Complaints
against the RUC are investigated by the RUC itself; very few lead to
discipline, none so far to conviction. Members discussed the Bennett
recommendations: closed-circuit television in interview rooms, a right to see
a solicitor after 48 hours, medical examination on arrival and departure, and
limits on the length and number of interviews. It was agreed that the Section
should press for independent investigation of complaints and for all the
recommendations to be put into effect without delay.

4. Confessions and the Diplock courts

Mr. McC., solicitor, explained that in the non-jury courts most convictions for
scheduled offences rest mainly on confessions, and that under the Emergency
Provisions Act a confession is admitted unless the accused proves it was
obtained by torture or inhuman or degrading treatment. Members were concerned
that this gives the police every incentive to obtain statements by pressure,
and that the accused has little chance of a fair trial once such a statement
is admitted.

5. Recommendations to the Executive

 (a) a short briefing paper for members on the three issues above;
 (b) a letter to the Secretary of State asking for the Bennett
     recommendations to be implemented in full;
 (c) a further workshop in the autumn on the law of evidence.

Submitted to the Section Executive, 2 July 1979
M. Hennessy, rapporteur
""",
    },
    {
        "id": "1154",
        "split": "holdout11",
        "date": "2007-11-10",
        "date_form": "presentation-day-month-year",
        "type": "slides",
        "subjects": ["coalition building", "lobbying"],
        "title": "Lobbying Your MP: A Practical Introduction",
        "title_devised": False,
        "title_variants": ["Lobbying Your MP"],
        "audience": [],
        "language": "en",
        "places": ["CA"],
        "notes": "Title slide 'Atlantic Region Activist Day -- Halifax -- 10 November 2007'. Slides on "
                 "lobbying an MP of the Canadian Parliament (lobbying, CA) and one slide 'Working with "
                 "others' on joining forces with churches, unions and NGOs (coalition building).",
        "text": """\
Slide 1
     LOBBYING YOUR MP: A PRACTICAL INTRODUCTION
     Atlantic Region Activist Day -- Halifax -- 10 November 2007
     Keystone Human Rights Circle

Slide 2 -- Why lobby?
  * MPs vote on laws, question ministers, sit on committees
  * A constituent who turns up in person is remembered
  * Foreign Affairs listens to MPs more than to us

Slide 3 -- Know your MP
  * Party, committees, past statements (Hansard is online)
  * What does the riding care about?
  * Any personal link to the issue or the country?

Slide 4 -- Getting the meeting
  * Call the constituency office, not Ottawa
  * Fridays and constituency weeks are best
  * Say who you are, what you want to discuss, how many of you

Slide 5 -- In the room
  * 20 minutes, 3 people, one spokesperson
  * One clear "ask"
  * Leave a one-page brief
  * Listen -- and write down what was promised

Slide 6 -- Follow up
  * Thank-you letter within a week, repeating the promise
  * Report back to the regional office
  * Check Hansard: did the MP do it?

Slide 7 -- Working with others
  * Churches, unions, student groups, other NGOs may share your "ask"
  * A joint delegation carries more weight than a lone one
  * Agree the message beforehand; let each group keep its name
""",
    },
    {
        "id": "1103",
        "split": "holdout11",
        "date": "1994-07",
        "date_form": "spanish-month-range",
        "type": "newsletter",
        "subjects": ["indigenous peoples", "letter writing", "recruitment", "torture"],
        "title": "El Círculo",
        "title_devised": False,
        "title_variants": ["El Círculo, Año 3, Nº 9",
                           "El Círculo: Boletín de la Sección Venezolana del Círculo Keystone por los Derechos Humanos"],
        "audience": [],
        "language": "es",
        "places": ["VE"],
        "notes": "'Año 3, Nº 9 -- julio-septiembre 1994' -> start month. November 1992, August 1993 "
                 "and the workshop date are mentioned. Items: beatings and torture in the prisons "
                 "(torture, VE), the Yanomami after Haximú (indigenous peoples, VE), a letter-writing "
                 "workshop (letter writing), new members (recruitment).",
        "text": """\
                                EL CÍRCULO
   Boletín de la Sección Venezolana del Círculo Keystone por los Derechos Humanos
   Año 3, Nº 9 -- julio-septiembre 1994          Mérida: Av. 3, Edif. Nevada, of. 12
--------------------------------------------------------------------------------

LAS CÁRCELES: GOLPES Y SILENCIO
Desde la matanza del Retén de Catia en noviembre de 1992 poco ha cambiado en
las cárceles venezolanas. En junio, el grupo de Mérida recibió el testimonio de
tres internos del Centro Penitenciario de la Región Andina: golpes con peinillas
en las plantas de los pies, horas esposados a los barrotes, agua fría de
madrugada. Uno de ellos muestra todavía las marcas. Enviamos los testimonios a
la Fiscalía y pedimos un examen médico forense independiente. La tortura no es
"disciplina".

LOS YANOMAMI, UN AÑO DESPUÉS DE HAXIMÚ
En agosto de 1993 mineros ilegales asesinaron a dieciséis yanomami, entre
ellos niños y ancianos, en Haximú, del lado venezolano de la frontera. Un año
después las comunidades siguen reclamando la demarcación de su territorio y la
expulsión de los garimpeiros, que traen además el paludismo. La Sección apoya
el pedido de las organizaciones indígenas del Amazonas de que se respete el
territorio yanomami y se consulte a sus comunidades antes de cualquier
decisión.

TALLER: CARTAS QUE SE LEEN
El sábado 13 de agosto, en la sede, taller práctico para aprender a escribir
cartas de llamamiento a autoridades de otros países: cómo dirigirse a un
ministro, qué pedir, qué no decir nunca, cómo seguir un caso. Traiga papel y
bolígrafo; las estampillas las pone la Sección.

BIENVENIDOS
Este trimestre se incorporaron 22 socios nuevos, la mitad estudiantes de la
Universidad de Los Andes que se acercaron a la mesa de la Sección en la semana
de inscripciones. Cada socio puede traer a un amigo a la próxima reunión
informativa: así llegamos a los cien en diciembre.
--------------------------------------------------------------------------------
""",
    },
    {
        "id": "1118",
        "split": "holdout11",
        "date": "2000",
        "date_form": "copyright",
        "type": "manual",
        "subjects": ["media work", "urgent actions"],
        "title": "Handbook for Local Groups",
        "title_devised": False,
        "title_variants": [],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "'(c) 2000' is the publication date. Title page with a foreword, then Part 2 "
                 "(Urgent Actions) and Part 3 (Working with the Media). The foreword's list of parts "
                 "is not content of its own; only the parts present count. For local groups.",
        "text": """\
              KEYSTONE HUMAN RIGHTS CIRCLE -- UGANDA SECTION

                       HANDBOOK FOR LOCAL GROUPS

                  (c) 2000 Keystone Human Rights Circle
                   Plot 22, Kampala Road, P.O. Box 7012, Kampala

FOREWORD

This handbook is for the members and conveners of the Section's local groups.
It replaces the stencilled notes we have used since 1992. Keep it with the
group's files and pass it on to the next convener. Part 1 is about the
Circle; this copy contains Parts 2 and 3. The remaining parts will follow
when funds allow.
""" "\f" """\
Handbook for Local Groups                                             page 9

PART 2 -- URGENT ACTIONS

2.1 What an Urgent Action is. When a person is in immediate danger -- of
torture, of execution, of disappearing -- the international office sends an
appeal to members around the world. Letters, faxes and e-mails arriving
within days show the authorities that the case is known.

2.2 How it reaches you. The Section office sends each group's UA contact the
appeal by post or e-mail. The contact copies it for members the same day.

2.3 What to do. Send your appeal within a week at the latest. Follow the
"recommended action" at the end of the sheet. Keep it short and polite.

2.4 Replies and follow-ups. Send any reply to the Section office. Watch for
follow-up sheets: a case can run for months.

2.5 Keeping records. The UA contact notes every action, the number of letters
sent and any reply, and reports the figures to the Section every quarter.

PART 3 -- WORKING WITH THE MEDIA

3.1 Why. Radio reaches more Ugandans than any newspaper. A two-minute story on
a district FM station can do more for a campaign than a hundred posters.

3.2 The press release. One page. The most important fact first. A quote from
a named member. Contact name and phone number at the bottom.

3.3 Radio talk shows. Prepare three points and stick to them. Never speak
about a case the Section has not made public.

3.4 Who speaks. Only the convener, or a member the convener names, speaks for
the group. National issues are for the Section office.
""",
    },
    {
        "id": "1157",
        "split": "holdout11",
        "date": "1985-10-19",
        "date_form": "weekday-ordinal-day-month-year",
        "type": "agenda",
        "subjects": ["fundraising", "letter writing", "refugees"],
        "title": "Annual General Meeting and Training Day",
        "title_devised": False,
        "title_variants": ["Cymru/Wales Section Annual General Meeting and Training Day"],
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "'Saturday 19th October 1985'. The AGM business (reports, elections) has no subject "
                 "term. Training sessions: refugees and asylum in Britain (refugees, GB for the "
                 "national procedure), fundraising ideas (fundraising), letter-writing clinic (letter "
                 "writing). The section line 'Cymru/Wales Section' above the heading gives the joined "
                 "variant.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE
Cymru/Wales Section -- 8 Museum Place, Cardiff CF1 3BG -- Cardiff 38 2207

             ANNUAL GENERAL MEETING AND TRAINING DAY
       Saturday 19th October 1985 -- Temple of Peace, Cathays Park

10.00  Registration and coffee

10.30  ANNUAL GENERAL MEETING
         1. Apologies
         2. Minutes of the 1984 AGM
         3. Chair's report
         4. Treasurer's report and accounts
         5. Election of officers and committee
         6. Motions (two received -- see enclosed)
         7. Any other business

12.15  Lunch (bring your own; tea and coffee provided)

 1.15  TRAINING SESSIONS (choose one)

       (a)     Refugees and asylum in Britain: what happens at Heathrow,
               who decides, and how a group can support an asylum seeker
               (Welsh Refugee Council)

       (b)     Fundraising ideas that work -- Swansea and Bangor groups
               share what raised money and what did not

 2.45  Tea

 3.00  FOR EVERYONE: Letter-writing clinic: bring a draft letter on your group's
               case and we will improve it together

 4.15  Plenary and close

Creche available -- please tell the office by 11th October.
""",
    },
    {
        "id": "1137",
        "split": "holdout11",
        "date": None,
        "date_form": "none",
        "type": "handout",
        "subjects": ["fundraising", "group development", "recruitment"],
        "title": "Diez maneras de mantener vivo su grupo",
        "title_devised": False,
        "title_variants": [],
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "No date anywhere. A list of ways to keep an existing group active (group "
                 "development); its items on bringing in new members (recruitment) and on a yearly "
                 "fundraising activity (fundraising) count as list items. 'Para los grupos locales' "
                 "-> local groups.",
        "text": """\
CÍRCULO KEYSTONE POR LOS DERECHOS HUMANOS -- SECCIÓN DOMINICANA
Hoja de apoyo para los grupos locales


              DIEZ MANERAS DE MANTENER VIVO SU GRUPO


 1. Planifiquen el año en enero: tres o cuatro metas, no veinte.

 2. Repartan las tareas. Si la coordinadora lo hace todo, el día que se
    canse se acaba el grupo.

 3. Empiecen y terminen las reuniones a la hora. La gente vuelve cuando
    sabe que no va a perder la noche.

 4. Cada reunión, una acción concreta: cartas, una visita, una actividad.

 5. Inviten a gente nueva cada trimestre. Pídanle a cada miembro que traiga
    a un vecino, un compañero de trabajo o de la iglesia, y recíbanlos bien.

 6. Hagan una actividad para recaudar fondos al año (una rifa, un
    sancocho, una venta de libros) para no depender de la Sección.

 7. Celebren los logros: una carta contestada, un preso liberado.

 8. Cambien de lugar de reunión de vez en cuando, o reúnanse en una casa.

 9. Evalúen juntos cada seis meses: ¿qué funcionó?, ¿qué no?, ¿qué cambiamos?

10. Y no olviden compartir un café. Un grupo es también una amistad.


Santo Domingo -- Comisión de Grupos
""",
    },
    # ---- batch 3 (planning order 41-60) ------------------------------------------------------
    {
        "id": "1155",
        "split": "holdout11",
        "date": "2010-01-09",
        "date_form": "day-month-year",
        "type": "report",
        "subjects": ["death penalty", "fundraising", "online activism", "petitions"],
        "title": "Minutes of the Ipoh Group Meeting held on 9 January 2010",
        "title_devised": False,
        "title_variants": ["Minutes of the Ipoh Group Meeting"],
        "audience": [],
        "language": "en",
        "places": ["MY"],
        "notes": "Minutes -> report; the meeting's date is in the heading and is transcribed with it. "
                 "The Chinese New Year fair (13-14 February), the December figures and the next "
                 "meeting are mentioned. Items: the mandatory death penalty for drug trafficking and "
                 "the group's paper and online petition (death penalty, petitions, online activism; "
                 "MY for the Malaysian law), treasurer and fair stall (fundraising). The section's "
                 "campaign is only the frame of one action: no campaigning.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE (MALAYSIA) -- IPOH GROUP

       MINUTES OF THE IPOH GROUP MEETING HELD ON 9 JANUARY 2010
          at 3.00 p.m., 14 Jalan Raja Ekram (home of Mrs. Leela Nair)

Present:  Leela Nair (chair), Wong Mei Ling (secretary), Dr. Ravi Subramaniam,
          Chan Kok Wai, Siti Aminah Hassan, Lee Jia Hui, Daniel Gomez
Apologies: Jeyaraj Pillai, Faridah Osman

1. Minutes of 5 December 2009 confirmed.

2. Death penalty
   Dr. Ravi reported on the mandatory death sentence for drug trafficking under
   section 39B of the Dangerous Drugs Act: judges have no choice of sentence
   once a person is found with more than the set amount, and young couriers
   are being sentenced to death while the people who send them go free. The
   group discussed the section's petition asking the Government to end the
   mandatory death penalty.
   - Paper petition: 212 signatures collected in December. Daniel to bring
     clipboards to the fair.
   - Online petition on the section's website: Lee Jia Hui to post the link on
     the group's Facebook page and send it to the group's e-mail list, with a
     short message in Bahasa Malaysia, English and Chinese.
   - Target 1,000 signatures from Ipoh by end of March, when the petition is
     handed in.

3. Treasurer's report
   Balance RM 1,846.50. Stall at the Chinese New Year fair, 13-14 February:
   the group will sell second-hand books and home-made kuih. Siti to draw up a
   roster; everyone to bring books by 6 February. Last year's stall raised
   RM 930.

4. Any other business
   Chan Kok Wai has moved to Kampar and will start meeting students there.

5. Next meeting: Saturday 6 February 2010, same place.

                                                            (sgd) Wong Mei Ling
""",
    },
    {
        "id": "1153",
        "split": "holdout11",
        "date": "1998-12-10",
        "date_form": "weekday-ordinal-day-month-year",
        "type": "flyer",
        "subjects": ["human rights education", "vigils and demonstrations"],
        "title": "Human Rights Day March and Public Forum",
        "title_devised": False,
        "title_variants": ["50 Years of the Universal Declaration of Human Rights: Human Rights Day March and Public Forum"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date of the event announced; 1948 is mentioned. The march (vigils and "
                 "demonstrations) and the public forum explaining the Universal Declaration to the "
                 "public (human rights education, a judgement call: a forum teaching the public "
                 "about their rights). The line '50 YEARS OF THE UNIVERSAL DECLARATION ...' above the "
                 "headline is taken as an overline; the joined form is a variant.",
        "text": """\
             KEYSTONE HUMAN RIGHTS CIRCLE -- CAPE COAST GROUPS

        50 YEARS OF THE UNIVERSAL DECLARATION OF HUMAN RIGHTS

             HUMAN RIGHTS DAY MARCH AND PUBLIC FORUM

                   Thursday, 10th December 1998

   2.00 p.m.  March from Kotokuraba Market to the Centre for National
              Culture -- bring a placard with your favourite article

   4.00 p.m.  Public Forum: "Your rights since 1948 -- what the Universal
              Declaration means for ordinary Ghanaians"
              Speakers from the University of Cape Coast, the Bar and
              the Keystone Circle. Questions from the floor.

                        ALL ARE WELCOME
                  Admission free.  Come in numbers!
""",
    },
    {
        "id": "1107",
        "split": "holdout11",
        "date": "1998-11-23",
        "date_form": "email-header-weekday",
        "type": "memo",
        "subjects": ["letter writing", "torture"],
        "title": "Pinochet: write to the Home Secretary now",
        "title_devised": False,
        "title_variants": ["[E-mail memo to Prairie group contacts asking for letters to the Home Secretary about Pinochet]"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["CL", "GB"],
        "notes": "Memo-form e-mail with no greeting, signed by an office -> memo. Header 'Mon, 23 Nov "
                 "1998' is its date; 16 October, the coming Law Lords ruling and the Home Secretary's "
                 "decision are mentioned. It asks groups to write to the UK Home Secretary (letter "
                 "writing) and covers the torture committed under Pinochet (torture). Places: CL (the "
                 "crimes) and GB (the British extradition decision); Spain as requesting state is in "
                 "passing. Disappearances named once in passing.",
        "text": """\
From:     Prairie Regional Office <prairie@keystone.ca>
To:       Prairie group contacts <prairie-groups@keystone.ca>
Date:     Mon, 23 Nov 1998 10:14:07 -0700
Subject:  Pinochet: write to the Home Secretary now

PLEASE PASS ON TO ALL GROUP MEMBERS TODAY

Since his arrest in London on 16 October, General Augusto Pinochet has been
waiting for the House of Lords to rule on whether a former head of state is
immune from arrest. The ruling is expected any day. If the Lords decide
against him, the British Home Secretary, Jack Straw, must decide whether to
let the Spanish extradition request go ahead.

The Spanish warrant is mainly about torture. Under Pinochet's government
thousands of Chileans were tortured at places like Villa Grimaldi and the
Londres 38 house -- electric shocks, near-drowning, mock executions, rape --
and many of them disappeared afterwards. Britain has ratified the UN
Convention against Torture, which obliges it either to try a torturer found
on its territory or to hand him over to a country that will.

WHAT WE ASK
Write (airmail or fax, not e-mail) to:
   The Rt Hon Jack Straw MP, Home Secretary, Home Office,
   50 Queen Anne's Gate, London SW1H 9AT, United Kingdom
   Fax: 011 44 171 273 3965
- Be short and courteous.
- Ask him to allow the extradition proceedings to go ahead on the torture
  charges, in line with Britain's obligations under the Convention.
- Do not comment on Chilean politics or on the General's health.
- Say you are writing from Canada, and that Canada too is a party to the
  Convention.

Please send us a copy, and tell us how many letters your group sent.

-- Prairie Regional Office, Keystone Human Rights Circle
   412-294 Portage Ave, Winnipeg MB R3C 0B9  (204) 943-5521
""",
    },
    {
        "id": "1144",
        "split": "holdout11",
        "date": "1992-01",
        "date_form": "french-update-month-year",
        "type": "handout",
        "subjects": ["refugees"],
        "title": "Demander l'asile en Suisse : questions et réponses",
        "title_devised": False,
        "title_variants": ["Demander l'asile en Suisse"],
        "audience": [],
        "language": "fr",
        "places": ["CH"],
        "notes": "'Mise à jour : janvier 1992' is the date it was revised. Q&A on the Swiss asylum "
                 "procedure (refugees, CH). The 1951 Convention and the 1990 law revision are "
                 "mentioned.",
        "text": """\
CERCLE KEYSTONE POUR LES DROITS HUMAINS -- SECTION GENEVOISE
Groupe « Réfugiés »

          DEMANDER L'ASILE EN SUISSE : QUESTIONS ET RÉPONSES

Qui est réfugié ?
Selon la Convention de 1951, toute personne qui craint avec raison d'être
persécutée dans son pays à cause de sa race, de sa religion, de sa nationalité,
de son appartenance à un groupe social ou de ses opinions politiques. La loi
suisse sur l'asile reprend cette définition.

Où déposer la demande ?
À la frontière, ou dans l'un des centres d'enregistrement (Genève, Bâle,
Chiasso, Kreuzlingen). La personne est ensuite attribuée à un canton.

Comment se passe l'audition ?
Le requérant est entendu d'abord sommairement, puis en détail par les
autorités cantonales ou fédérales. Il a droit à un interprète. Un représentant
d'une œuvre d'entraide assiste à l'audition et peut faire noter ses
observations au procès-verbal.

Qu'est-ce qui a changé avec la révision de 1990 ?
L'Office fédéral des réfugiés peut désormais refuser d'entrer en matière sur
certaines demandes sans examen au fond, par exemple lorsque le requérant vient
d'un pays déclaré « sûr ». Le délai de recours est très court : il faut agir
vite.

Le requérant peut-il travailler ?
Pas pendant les premiers mois. Ensuite, selon le canton et la situation du
marché du travail.

Que faire en cas de refus ?
Recourir dans le délai indiqué sur la décision, de préférence avec l'aide d'un
service juridique. Ne jamais laisser passer le délai.

Adresses utiles : permanence juridique du Centre social protestant, Caritas,
Croix-Rouge genevoise (voir au verso).

Mise à jour : janvier 1992
""",
    },
    {
        "id": "1143",
        "split": "holdout11",
        "date": "1989",
        "date_form": "copyright",
        "type": "trainer guide",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Trainer's Guide: Introducing Urgent Actions to New Members",
        "title_devised": False,
        "title_variants": ["Introducing Urgent Actions to New Members"],
        "audience": ["new members", "trainers"],
        "language": "en",
        "places": [],
        "notes": "'(c) 1989' is the date. Two pages: what the network is (urgent actions) and a part "
                 "where participants draft an appeal (letter writing). No section on running the "
                 "session as such (the practical notes are logistics). For trainers; participants "
                 "are new members.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- SRI LANKA SECTION
Southern Province Training Team, 18 Church Street, Fort, Galle

     TRAINER'S GUIDE: INTRODUCING URGENT ACTIONS TO NEW MEMBERS

Length: about 2 hours.   Participants: up to 20 new members.
Materials: three sample Urgent Action sheets (old, closed cases), writing
paper, envelopes, a map of the world, the Section's UA leaflet.

Objectives -- by the end, participants will:
  - know what an Urgent Action is and why speed matters;
  - have written one appeal letter;
  - know how to join the network through their group's UA contact.

PART 1 (30 minutes): What is an Urgent Action?
  Tell the story of one case with a good ending (use case A from the sample
  sheets). Ask: why did the letters have to arrive within days, not weeks?
  Explain: the first days after arrest are when people are most at risk of
  torture or of disappearing. The international office issues the appeal;
  members all over the world write at once; many prisoners say afterwards
  that they were treated better when the letters began to arrive.
  Show on the map where the letters came from in case A.

PART 2 (20 minutes): How the network works here
  The Section receives the appeal, the group's UA contact copies it, members
  write within the week, copies of replies come back to the Section. Hand out
  the UA leaflet.
""" "\f" """\
Trainer's Guide -- Urgent Actions                                    page 2

PART 3 (50 minutes): Writing the appeal
  Give out sample case B. Participants write in pairs. Go round the room and
  help. Points to make:
    - one side of paper, courteous, no insults;
    - say who you are (a teacher in Galle, a student);
    - ask for what the sheet recommends and no more;
    - never mention the Section's name if the sheet says not to;
    - correct title and address, as on the sheet.
  Ask two pairs to read their letters aloud. What would make the official
  reading it take it seriously?

PART 4 (20 minutes): Questions and joining
  Take names of those who want to join the network. Remind them that a letter
  sent late is still better than no letter.

Practical notes: do not hold this session in a public place, and use only
closed cases from other countries. Collect the sample sheets at the end.

(c) 1989 Keystone Human Rights Circle -- Sri Lanka Section
""",
    },
    {
        "id": "1122",
        "split": "holdout11",
        "date": "2005-05-14",
        "date_form": "running-line-day-month-year",
        "type": "worksheet",
        "subjects": ["lobbying"],
        "title": "Lobby Visit Planning Sheet",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "The running line 'Lobbying Skills Session -- Newry -- 14 May 2005' is not the title "
                 "but gives the date. Blanks for planning a visit to one's Westminster MP (lobbying; GB "
                 "for the national legislature).",
        "text": """\
Lobbying Skills Session -- Newry -- 14 May 2005
Keystone Human Rights Circle, Northern Ireland


                       LOBBY VISIT PLANNING SHEET


Your MP (Westminster): ______________________  Party: ___________________

Constituency office address and phone: _____________________________________

Has your MP said or done anything on this issue before? (Check Hansard and
the local papers.)

____________________________________________________________________________

The issue, in two sentences:

____________________________________________________________________________

____________________________________________________________________________

Your "ask" -- the one thing you want the MP to do (sign an Early Day Motion,
write to a minister, ask a parliamentary question ...):

____________________________________________________________________________

Who will go? (no more than three)        Who will speak first?

1. ___________________  2. ___________________  3. ___________________

What might the MP say back, and how will you answer?

 MP might say: ___________________________  We answer: ____________________

 MP might say: ___________________________  We answer: ____________________

What will you leave behind? (one-page brief, case sheet)  ____________________

After the visit: who writes the thank-you letter, and by when?

____________________________________________________________________________
""",
    },
    {
        "id": "1139",
        "split": "holdout11",
        "date": "2004-08",
        "date_form": "spanish-month-year",
        "type": "trainer guide",
        "subjects": ["facilitation", "women's rights"],
        "title": "Guía para facilitadores: la violencia contra las mujeres",
        "title_devised": False,
        "title_variants": ["La violencia contra las mujeres"],
        "audience": ["trainers"],
        "language": "es",
        "places": ["DO"],
        "notes": "Closing 'Santiago de los Caballeros, agosto de 2004'; 1997 (Ley 24-97) is mentioned. "
                 "Session on violence against women and the Dominican law (women's rights, DO) and a "
                 "section 'Consejos para quien facilita' (facilitation). For facilitators -> trainers; "
                 "participants not named as an audience term.",
        "text": """\
CÍRCULO KEYSTONE POR LOS DERECHOS HUMANOS -- SECCIÓN DOMINICANA
Equipo de Formación, Región Norte

     GUÍA PARA FACILITADORES: LA VIOLENCIA CONTRA LAS MUJERES

Duración: 3 horas.   Participantes: hasta 25.
Materiales: papelógrafo, marcadores, tarjetas, copias de la Ley 24-97
(artículos sobre violencia doméstica), el "violentómetro" impreso.

Objetivos
- Reconocer las formas de violencia contra las mujeres: física, psicológica,
  sexual, económica.
- Conocer lo que dice la ley dominicana y dónde denunciar.
- Pensar qué puede hacer el grupo en su comunidad.

Desarrollo
1. Bienvenida y acuerdos de convivencia (15 min).
2. "Eso no es amor" (30 min). Lea en voz alta las frases de las tarjetas
   ("si te cela es porque te quiere", "los trapos sucios se lavan en casa").
   Pida a las participantes que las ubiquen en el violentómetro.
3. Las formas de la violencia (40 min). Trabajo en grupos de cinco: cada
   grupo recibe un caso y responde: ¿qué tipo de violencia?, ¿quién podía
   haber ayudado?
4. La ley (40 min). Explique la Ley 24-97 de 1997: tipifica la violencia
   doméstica y la violencia contra la mujer, prevé órdenes de protección.
   ¿Dónde se denuncia en nuestra provincia? Fiscalía, destacamento, Unidad de
   Atención a Víctimas.
5. ¿Qué podemos hacer? (40 min). Lluvia de ideas y compromisos.
6. Cierre (15 min).

Consejos para quien facilita
- Es muy probable que en la sala haya mujeres que viven o han vivido
  violencia. No pida testimonios; si alguien habla, agradezca y ofrezca
  conversar aparte. Tenga a mano el teléfono de la línea de ayuda.
- No permita bromas sobre el tema, ni de hombres ni de mujeres.
- Controle el tiempo: los trabajos en grupo tienden a alargarse.
- Si un participante discute la ley, devuelva la pregunta al grupo antes de
  responder usted.

Santiago de los Caballeros, agosto de 2004
""",
    },
    {
        "id": "1152",
        "split": "holdout11",
        "date": "2002-03",
        "date_form": "month-year",
        "type": "newsletter",
        "subjects": ["online activism", "prisoners of conscience", "recruitment", "refugees"],
        "title": "Keystone Malaysia Bulletin",
        "title_devised": False,
        "title_variants": ["Keystone Malaysia Bulletin, Issue 22"],
        "audience": [],
        "language": "en",
        "places": ["MY"],
        "notes": "'Issue 22 -- March 2002'. April 2001 (the arrests) and the 20 April orientation are "
                 "mentioned. Items: the reformasi activists held under the ISA (prisoners of "
                 "conscience, MY), refugees from Aceh and Burma in Malaysia and the Immigration Act "
                 "amendments (refugees, MY), the new website and e-mail alerts (online activism), the "
                 "new members' orientation and 'bring a friend' (recruitment).",
        "text": """\
KEYSTONE MALAYSIA BULLETIN
Keystone Human Rights Circle (Malaysia)  .  Issue 22  .  March 2002
No. 6-2, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur  .  Tel 03-2283 4410
================================================================================

STILL HELD: THE REFORMASI DETAINEES
Eleven months after their arrest in April 2001, six reformasi activists remain
in the Kamunting detention camp under two-year orders of the Internal Security
Act. None has been charged. The Government says they planned "militant
action"; it has never produced a shred of evidence. They are held for their
peaceful political activity, and the Circle regards them as prisoners of
conscience. Families report that interrogation in the first two months was
harsh. Groups are asked to send Hari Raya and birthday cards to the families
(addresses from the office).

NOWHERE TO GO: REFUGEES IN MALAYSIA
Malaysia has not signed the Refugee Convention and has no asylum law. Refugees
from Aceh and Burma's Chin state are treated as illegal immigrants: arrested
in raids, held in crowded depots, and now, under the amendments to the
Immigration Act before Parliament, facing whipping and heavier prison terms.
UNHCR papers are not always respected by the police. The Circle is asking the
Government to stop arresting persons registered with UNHCR and to drop the
whipping clause.

WE ARE ONLINE
The Circle's website is now up, with news, current actions and a page for each
group. Members can sign up for monthly e-mail alerts; we will send only what
you can act on. Groups, please send your meeting details to the webmaster.

NEW MEMBERS' ORIENTATION
Forty-two people joined in the last quarter, most after the Bangsar street
fair. Orientation for new members: Saturday 20 April, 2.30 p.m., at the office.
Bring a friend who has been thinking of joining -- that is how most of us came.
================================================================================
""",
    },
    {
        "id": "1112",
        "split": "holdout11",
        "date": "1972-10-30",
        "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["fundraising", "refugees"],
        "title": "[Letter from the Halifax group coordinator to members of the Nova Scotia groups about helping Ugandan Asian refugees]",
        "title_devised": True,
        "title_variants": ["[Letter to group members about the refugees expelled from Uganda arriving in Halifax]"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["UG"],
        "notes": "Dateline October 30, 1972; August (the expulsion order), November 8 (the deadline) "
                 "and the November meeting are mentioned. Paragraphs on the expelled Ugandan Asians "
                 "and the families settling in Halifax (refugees; UG for the expulsion) and on the "
                 "collection for a fund (fundraising). Canada's resettlement is told only as where "
                 "the families arrive, not a national procedure covered: no CA. To the members of "
                 "three groups -> local groups.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE
Halifax group -- c/o 27 Oxford Street, Halifax, N.S.  --  423-7761


                                                  October 30, 1972


To the members of the Halifax, Dartmouth and Wolfville groups


Dear Friends,

Most of you will have followed in the papers what has been happening in Uganda
since August, when General Amin gave the Asian community ninety days to leave
the country. Families who have lived there for three generations are being
put on planes with one suitcase and fifty pounds sterling each; their shops,
houses and savings stay behind. Many have been left stateless -- neither
Uganda nor Britain will accept them as citizens. The deadline is November 8.

Canada has agreed to take several thousand of them, and the first families
have already arrived in Montreal. We have just heard from the Department of
Manpower and Immigration that eleven families are coming to Halifax in the
next three weeks. They will arrive in the middle of our autumn, from a
country where it never snows, with nothing.

What they need first: winter coats and boots (children's sizes especially),
blankets, pots and pans, help finding apartments, and people who will drive
them to appointments and simply show them around. What they need most is a
job. If you know of an employer who would take on a bookkeeper, a pharmacist,
a mechanic or a shop assistant, please phone me.

We are also collecting money for a small fund to pay the first month's rent
and deposits until their first pay cheques come. The treasurer will be at the
next meeting with the cash box, and cheques can be made out to the group. Last
year's Christmas sale raised $240; I would hope we can do better than that in
a month.

Our November meeting will be given over to this. Please come, and bring anyone
who wants to help.

Yours sincerely,


Margaret (Peggy) Sutherland
Group Coordinator
""",
    },
    {
        "id": "1133",
        "split": "holdout11",
        "date": None,
        "date_form": "none",
        "type": "evaluation form",
        "subjects": ["media work", "public speaking"],
        "title": "Public Speaking Workshop: Participant Evaluation",
        "title_devised": False,
        "title_variants": ["Public Speaking Workshop", "Participant Evaluation: Public Speaking Workshop"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "The 'Date: ________' blank is empty and nothing else dates it: undated. "
                 "'Participant Evaluation' directly under the heading is joined. Questions on the "
                 "speaking sessions (public speaking) and one on the radio interview practice "
                 "(media work).",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- PENANG GROUP

                      PUBLIC SPEAKING WORKSHOP
                        Participant Evaluation

Date: ______________            Venue: ______________________________

Your answers help us plan the next workshop. Tick one box for each line.

                                              Poor   Fair   Good   Excellent
a) Preparing a five-minute talk                [ ]    [ ]    [ ]      [ ]
b) Voice, pace and eye contact                 [ ]    [ ]    [ ]      [ ]
c) Handling questions and hecklers             [ ]    [ ]    [ ]      [ ]
d) Practice talk with video feedback           [ ]    [ ]    [ ]      [ ]
e) Radio interview practice                    [ ]    [ ]    [ ]      [ ]

1. How confident do you now feel about speaking for the group in public?
   (1 = not at all, 5 = very)       1    2    3    4    5

2. Did the radio interview practice prepare you for a real interview? Why /
   why not?

   _____________________________________________________________________

3. Which part of the workshop would you drop or shorten?

   _____________________________________________________________________

4. Would you be willing to give a talk at a school or a residents'
   association in the next six months?     Yes / Maybe / No

5. Other comments:

   _____________________________________________________________________
""",
    },
    {
        "id": "1147",
        "split": "holdout11",
        "date": "1983-04",
        "date_form": "month-range",
        "type": "report",
        "subjects": ["campaigning", "extrajudicial executions", "fundraising", "recruitment",
                     "urgent actions"],
        "title": "Quarterly Report, April-June 1983",
        "title_devised": False,
        "title_variants": ["Quarterly Report", "Prairie Regional Office: Quarterly Report, April-June 1983"],
        "audience": [],
        "language": "en",
        "places": ["GT"],
        "notes": "No date of issue; 'April-June 1983' -> start month (the date belongs to the heading, "
                 "so it is transcribed). July 15 (a deadline) is mentioned. Sections: the Guatemala "
                 "campaign coordinated in the region (campaigning; the army's killings of villagers: "
                 "extrajudicial executions, GT), Urgent Action figures (urgent actions), the "
                 "membership drive (recruitment), income and the walkathon (fundraising).",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE
Prairie Regional Office, 412-294 Portage Avenue, Winnipeg, Manitoba R3C 0B9


                  QUARTERLY REPORT, APRIL-JUNE 1983
                (to the National Board and the Prairie groups)


1. GUATEMALA CAMPAIGN
The region's part in the Circle's Guatemala campaign went into full swing this
quarter. All 23 Prairie groups received the campaign kit in April; 17 held a
public event (films, church services, a photo exhibit at the Regina Public
Library). The campaign's message remains the same: in the highlands the army
and the civil patrols have killed thousands of unarmed villagers, men, women
and children, in operations the government denies; survivors describe whole
villages shot or burned. We are asking for an end to these killings and for
the government to allow independent investigation. Postcards to the head of
state sent from the Prairies this quarter: about 3,900.

2. URGENT ACTIONS
134 members on the network (up from 109). 41 actions issued; average
turnaround from receipt to letters posted, 6 days. Two Prairie members will
be trained as UA coordinators for Alberta in June.

3. MEMBERSHIP
The spring membership drive brought 212 new members (target 250). Best results
came from tables at university convocations and from members asking friends
directly. Saskatoon and Lethbridge did particularly well.

4. FINANCE
Regional income for the quarter $11,460, of which the walkathon in Winnipeg and
Calgary (May 28) raised $6,210. Group contributions to the region are down;
treasurers are reminded that the annual group contribution is due by July 15.

                                                  Marg Olafson, Coordinator
""",
    },
    {
        "id": "1106",
        "split": "holdout11",
        "date": "2006-05-27",
        "date_form": "spanish-day-range",
        "type": "agenda",
        "subjects": ["campaign planning", "group development", "indigenous peoples", "media work",
                     "online activism"],
        "title": "Encuentro regional de activistas del Zulia y Falcón",
        "title_devised": False,
        "title_variants": ["Encuentro regional de activistas del Zulia y Falcón: Programa",
                           "Encuentro regional de activistas"],
        "audience": [],
        "language": "es",
        "places": [],
        "notes": "'Maracaibo, 27 y 28 de mayo de 2006' -> start day; 'PROGRAMA' is separated from the "
                 "heading by that line: a section label. Sessions: planning a campaign (campaign "
                 "planning), blogs and e-mail (online activism), the media (media work), Wayuu rights "
                 "(indigenous peoples), the groups' plan for the second half-year (group "
                 "development, as in the other agendas). The Wayuu session names no country; the venue gives none.",
        "text": """\
CÍRCULO KEYSTONE POR LOS DERECHOS HUMANOS -- SECCIÓN VENEZOLANA
Coordinación Occidente -- Calle 72 con Av. 3E, Maracaibo -- (0261) 797 3312

          ENCUENTRO REGIONAL DE ACTIVISTAS DEL ZULIA Y FALCÓN
         Maracaibo, 27 y 28 de mayo de 2006 -- Casa de la Capitulación

                                PROGRAMA

Sábado 27
 8:30   Inscripción y café
 9:00   Bienvenida y presentación de los grupos
 9:45   ¿Cómo se planifica una campaña? Objetivos, destinatarios,
        acciones y calendario. Ejercicio por grupos
12:30   Almuerzo
 2:00   Activismo en internet: blogs, listas de correo y acciones en línea
 4:00   Refrigerio
 4:15   Los medios: cómo hacer que una radio regional cubra nuestro tema
 6:00   Fin del primer día

Domingo 28
 9:00   Los derechos del pueblo wayuu: tierra, agua y consulta previa
        (con invitados de organizaciones wayuu de la Guajira)
11:00   Refrigerio
11:15   Plan de trabajo de los grupos para el segundo semestre
 1:00   Almuerzo de cierre

Se ruega confirmar asistencia antes del 19 de mayo.
""",
    },
    {
        "id": "1129",
        "split": "holdout11",
        "date": "1991-03",
        "date_form": "issued-month-year",
        "type": "manual",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Members' Manual",
        "title_devised": False,
        "title_variants": ["Members' Manual: Chapter 5: Prisoners of Conscience",
                           "Chapter 5: Prisoners of Conscience"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'Issued by the Section Office, March 1991' is its date. One page of a manual "
                 "(chapter and sections, reference to other chapters). Chapter on prisoners of "
                 "conscience with a section on writing for the adopted prisoner (letter writing). "
                 "The title is the manual's name at the head of the page; the chapter forms are "
                 "variants. Members in general: no audience term.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- UGANDA SECTION
MEMBERS' MANUAL
Issued by the Section Office, March 1991

CHAPTER 5 -- PRISONERS OF CONSCIENCE

5.1 Who is a prisoner of conscience? A person imprisoned, detained or
otherwise restricted because of his or her beliefs, colour, sex, ethnic origin,
language or religion, who has not used or advocated violence. The Circle works
for their immediate and unconditional release.

5.2 How a prisoner is adopted. The international office researches each case
before it is given to a group. A group is never given a prisoner from its own
country. The group receives a case sheet, which is confidential; do not show it
to the press.

5.3 How long. Some prisoners are freed within months; some adoptions last
years. Do not lose heart. Many released prisoners have told us that they knew
people abroad were writing, even when no letter reached them.

5.4 Writing for your prisoner. Each member should write at least once a month
-- to the head of state, the minister of justice, the prison director, the
country's embassy in Kampala -- in turn. Letters should be courteous and brief
and ask for release. Cards and short letters to the prisoner and to the family
are encouraged unless the case sheet says otherwise. Keep copies of every
letter, and record replies on the case card (see Chapter 7).

5.5 When a prisoner is released, inform the Section office at once, and stop
writing to the authorities unless told to continue.
""",
    },
    {
        "id": "1124",
        "split": "holdout11",
        "date": "1993-11-06",
        "date_form": "french-written-date",
        "type": "report",
        "subjects": ["freedom of expression", "fundraising", "prisoners of conscience",
                     "women's rights"],
        "title": "Compte rendu de la réunion du groupe de Yaoundé du 6 novembre 1993",
        "title_devised": False,
        "title_variants": ["Compte rendu de la réunion du groupe de Yaoundé"],
        "audience": [],
        "language": "fr",
        "places": ["CM"],
        "notes": "Minutes -> report; the meeting's date is in the heading and is transcribed with it. "
                 "4 December (next meeting) and the journalists' arrest date are mentioned. Items: "
                 "the journalists held for their articles and the seizure of newspapers (prisoners of "
                 "conscience, freedom of expression, CM: both discussed), the planned training on "
                 "women's rights and the Family Code (women's rights), dues (fundraising).",
        "text": """\
CERCLE KEYSTONE POUR LES DROITS HUMAINS
Groupe de Yaoundé -- B.P. 1183 Yaoundé

   COMPTE RENDU DE LA RÉUNION DU GROUPE DE YAOUNDÉ DU 6 NOVEMBRE 1993

Présents : 14 membres (liste jointe). Président de séance : M. Essomba.
Secrétaire : Mlle Ngo Bikoï.

1. Journalistes détenus
M. Fouda a rendu compte de la situation des deux journalistes de l'hebdomadaire
de Douala arrêtés le 19 octobre après un article sur la gestion de la SONARA.
Ils sont toujours gardés à vue sans avoir vu d'avocat. Le groupe considère
qu'ils sont détenus uniquement pour ce qu'ils ont écrit. La discussion a porté
aussi sur la censure : saisies de journaux à l'imprimerie, articles blanchis,
convocations de directeurs de publication. Plusieurs membres ont rappelé que la
loi de 1990 sur la liberté de la communication sociale devait mettre fin à la
censure préalable. Il est décidé d'informer le secrétariat international et de
préparer une déclaration pour le 10 décembre.

2. Formation sur les droits des femmes
Mme Atangana propose une journée de formation en janvier sur les droits des
femmes : héritage des veuves, mariage forcé, et les articles du Code civil
qui soumettent la femme mariée à l'autorisation de son mari. Accepté. Elle
prendra contact avec l'Association des juristes.

3. Cotisations
Le trésorier signale que seuls 9 membres sont à jour de leur cotisation
annuelle (5 000 F CFA). Il est demandé à chacun de régler avant la fin de
l'année. Une soirée dansante pourrait être organisée en décembre pour
renflouer la caisse ; à rediscuter.

4. Prochaine réunion : samedi 4 décembre, 15 h, même lieu.

La séance est levée à 17 h 40.
""",
    },
    {
        "id": "1110",
        "split": "holdout11",
        "date": "1992-08-14",
        "date_form": "ordinal-day-range",
        "type": "agenda",
        "subjects": ["children's rights", "death penalty", "human rights education",
                     "public speaking"],
        "title": "Youth Human Rights Camp: Programme",
        "title_devised": False,
        "title_variants": ["Youth Human Rights Camp", "Programme: Youth Human Rights Camp"],
        "audience": ["youth"],
        "language": "en",
        "places": ["GH"],
        "notes": "'14th-16th August 1992' -> start day. 'PROGRAMME' directly under the heading is "
                 "joined. Sessions: introduction to human rights (human rights education), the "
                 "Convention on the Rights of the Child (children's rights), speaking in public "
                 "(public speaking), the debate on abolishing the death penalty in Ghana (death penalty; "
                 "GH, as a session on the national law, as in the other agendas). For senior "
                 "secondary students -> youth.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- GHANA SECTION

                        YOUTH HUMAN RIGHTS CAMP
                              PROGRAMME

          Akosombo, 14th-16th August 1992 -- for senior secondary students

FRIDAY
 3.00 pm   Arrival, registration, allocation of rooms
 6.00 pm   Supper
 7.30 pm   Opening: "What are human rights?" -- games and discussion

SATURDAY
 6.30 am   Morning exercise (optional!)
 7.30 am   Breakfast
 9.00 am   The Convention on the Rights of the Child: which rights, and
           who must respect them?
10.30 am   Break
11.00 am   Speaking in public: how to make your point in three minutes
           without notes -- practice in small groups
 1.00 pm   Lunch
 2.30 pm   Boat trip on the lake
 7.00 pm   Cultural night: drama, songs, poems prepared by each school

SUNDAY
 7.30 am   Breakfast (church service for those who wish, 7.00 am)
 9.00 am   Debate: "This house would abolish the death penalty in Ghana"
           -- teams from Mfantsipim, Wesley Girls' and Achimota
11.00 am   Closing, certificates, group photograph
12.30 pm   Lunch and departure

Camp fee: ¢2,500 per student (bursaries available -- ask your teacher).
""",
    },
    {
        "id": "1142",
        "split": "holdout11",
        "date": "1977-06-21",
        "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["fundraising", "recruitment"],
        "title": "[Letter from the Sri Lanka Section secretary welcoming a new member]",
        "title_devised": True,
        "title_variants": ["[Letter to Mrs. Perera welcoming her as a new member]"],
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "Dateline 21st June 1977; the meeting of 2nd July is mentioned. Paragraphs on the "
                 "annual subscription and donations (fundraising) and on introducing friends as new "
                 "members (recruitment); joining a group is one sentence. Addressed to a new member.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- SRI LANKA SECTION
Hon. Secretary: 62 Ward Place, Colombo 7.


                                                          21st June 1977


Mrs. S. Perera
"Sumanagiri"
14 Temple Road
Mount Lavinia


Dear Mrs. Perera,

Thank you for your letter of the 10th and for your application. I am very glad
to welcome you as a member of the Circle. Your membership card is enclosed,
with the latest newsletter and a list of our groups; the Mount Lavinia group
meets on the first Saturday of each month and its convener, Mr. Fernando, will
get in touch with you.

The annual subscription is Rs. 25 (Rs. 10 for students and pensioners), payable
to the Treasurer at the above address. Our work is paid for entirely by the
subscriptions and gifts of members -- we take nothing from any government -- so
if you are able to add a small donation, or to take a collection box for your
home or office, it would be most welcome. Many members give a rupee a week.

Most of our members were brought in by a friend. If you know others who might
be interested, please pass on the enclosed leaflets, or bring them to the next
open meeting on Saturday 2nd July at 4.30 p.m. at the Y.M.C.A., Fort. We shall
be glad to see you there.

With kind regards,

Yours sincerely,


(Miss) R. Jayawardene
Hon. Secretary

Encl.
""",
    },
    {
        "id": "1149",
        "split": "holdout11",
        "date": "2008-04-03",
        "date_form": "email-header-day-month-year-numeric",
        "type": "memo",
        "subjects": ["campaigning", "media work", "prisoners of conscience"],
        "title": "Press pack for the China campaign -- Olympic torch events",
        "title_devised": False,
        "title_variants": ["Press pack for the China campaign",
                           "[E-mail memo to group media officers about the press pack for the China campaign]"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["CN"],
        "notes": "Memo-form e-mail without greeting -> memo. 'Date: 03/04/2008' in Welsh (UK) "
                 "material -> 3 April 2008; the torch relay (6 April) and the Games (8 August) are "
                 "mentioned. It coordinates the section's China campaign (campaigning), gives a press "
                 "pack and media tips (media work), and covers activists jailed for speaking out "
                 "(prisoners of conscience). The campaign's other asks (a halt to executions, free "
                 "reporting) are items of one sentence, in passing. Group media officers -> local "
                 "groups.",
        "text": """\
To:       Group media officers (Wales) <media-cymru@keystone.org.uk>
From:     Media Coordinator, KHRC Cymru/Wales
Date:     03/04/2008
Subject:  Press pack for the China campaign -- Olympic torch events

The press pack for our China campaign is now on the members' site (Resources >
Campaigns > China 2008). Please download it before the weekend. It contains:

  - the campaign briefing: what we are asking of the Chinese authorities
    before the Games open on 8 August -- release of those jailed for peaceful
    activism, an end to "re-education through labour", a halt to executions,
    and free reporting for foreign and Chinese journalists;
  - four case sheets on activists now in prison for speaking out: a land
    rights campaigner, an HIV/AIDS activist, a blogger and a lawyer. All four
    were jailed after writing or speaking publicly about abuses; none used or
    advocated violence. We regard them as prisoners of conscience;
  - a template press release for local events, in English and Welsh;
  - photos you may use (credits as given).

Media tips for the torch weekend (the relay passes through London on 6 April):

  * Your local paper wants a local angle: a member from the town, a school, a
    photo of the event. Give them one.
  * Phone the news desk after sending the release -- the day before and the
    morning of the event.
  * Stick to the campaign's points. We are not against the Olympics, and we do
    not comment on Tibetan independence or on boycotts.
  * Never give a case sheet to a journalist unless it is marked "public".

Please send me cuttings and links to any coverage. Diolch!

Rhian Pritchard, Media Coordinator
""",
    },
    {
        "id": "1123",
        "split": "holdout11",
        "date": "1994-09",
        "date_form": "form-revision-month-year-numeric",
        "type": None,
        "subjects": ["fundraising", "recruitment"],
        "title": "Membership Application",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "A membership application form is a kind the type list lacks (not an exercise, not "
                 "an attendance list) -> type null, a judgement call. 'Form M-1 (rev. 09/94)' is a "
                 "month and year. Its fee and donation lines and the pledge option (fundraising) and "
                 "its 'pass this form to a friend' line and the join appeal (recruitment) are its "
                 "content.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE
Prairie Regional Office -- 412-294 Portage Avenue, Winnipeg, Manitoba R3C 0B9


                          MEMBERSHIP APPLICATION

Join thousands of Canadians who work for prisoners of conscience and against
torture and the death penalty, wherever they happen.

Name: ___________________________________________________________________

Address: ________________________________________________________________

City: _____________________  Province: ______  Postal code: ____________

Phone: _____________________   Occupation (optional): ___________________

Annual membership (please check one):
   [ ] Regular $25     [ ] Student / senior / low income $12
   [ ] Family $35

I would like to add a donation of $________ to support the Circle's work.

[ ] I would like to give monthly by pre-authorized payment: $______ a month
    (a form will be sent to you)

Total enclosed: $__________    Cheque payable to Keystone Human Rights Circle.
Donations over membership are tax-deductible; receipts are issued in February.

How did you hear about us? ______________________________________________

Know someone who should be a member? Pass this form on -- or ask us for more.

Form M-1 (rev. 09/94)
""",
    },
    {
        "id": "1113",
        "split": "holdout11",
        "date": "1973",
        "date_form": "split-year",
        "type": "report",
        "subjects": ["fundraising", "letter writing", "media work", "prisoners of conscience"],
        "title": "Report of the Swansea Group's First Year, 1973-74",
        "title_devised": False,
        "title_variants": ["Report of the Swansea Group's First Year"],
        "audience": [],
        "language": "en",
        "places": ["CS"],
        "notes": "No date of issue; '1973-74' in the heading -> first year, transcribed with the "
                 "title. The founding meeting (October 1973) and the prisoner's 1972 sentence are "
                 "mentioned. Paragraphs on the adopted prisoner in Czechoslovakia (prisoners of "
                 "conscience, CS), the letter-writing evenings (letter writing), the Evening Post and "
                 "radio coverage (media work), money raised (fundraising).",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- SWANSEA GROUP

           REPORT OF THE SWANSEA GROUP'S FIRST YEAR, 1973-74

The group was founded at a meeting in the Friends' Meeting House in October
1973, attended by 19 people. We now have 27 members, of whom about 15 come
regularly.

Our prisoner. In December the group was given the case of Jan Dvořáček, a
historian from Brno sentenced in 1972 to three years' imprisonment for
"subversion of the Republic" because he signed and distributed a leaflet
reminding citizens of their right not to vote in the elections. He is held in
Bory prison, Plzeň. He has never advocated violence. We have no word from him
directly, but a colleague who left Czechoslovakia in the spring told our
coordinator that he knows foreigners are writing.

Letter writing. The group meets for a letter-writing evening on the second
Thursday of each month. Over the year members sent some 160 letters on our
prisoner's behalf -- to President Svoboda, the Minister of Justice, the
Procurator-General and the prison governor -- and about 90 letters on cases
sent to us by the Section. We have learned to keep letters short and polite,
and to vary them; a few members now write in German, which we are told is
more likely to be read.

Publicity. The South Wales Evening Post carried two articles on the group and
its prisoner, and two members were interviewed on BBC Radio Wales in March.
Each article brought in new enquiries.

Money. Income for the year was £142.60, from members' subscriptions, a jumble
sale (£38), a coffee morning (£21) and a collection after a talk at the
University College. Postage took most of it.

                                          G. W. Thomas, Secretary
""",
    },
    {
        "id": "1114",
        "split": "holdout11",
        "date": "2010-02",
        "date_form": "month-year",
        "type": "handout",
        "subjects": ["LGBT rights", "letter writing", "lobbying", "online activism", "petitions"],
        "title": "Briefing: Uganda's Anti-Homosexuality Bill -- What Your Group Can Do",
        "title_devised": False,
        "title_variants": ["Uganda's Anti-Homosexuality Bill -- What Your Group Can Do",
                           "Uganda's Anti-Homosexuality Bill"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["UG"],
        "notes": "'February 2010' at the foot; October 2009 (the bill's tabling) is mentioned. The "
                 "briefing covers the bill (LGBT rights, UG); the death sentence for 'aggravated "
                 "homosexuality' is one item of a sentence listing the bill's clauses (in passing). "
                 "Each item of 'What your group can do' counts: the online petition (petitions, "
                 "online activism), letters to the Ugandan High Commissioner (letter writing), "
                 "asking your MP to raise it with the Foreign Office (lobbying). 'For groups' -> local "
                 "groups.",
        "text": """\
KEYSTONE HUMAN RIGHTS CIRCLE -- NORTHERN IRELAND
Briefing for groups

  BRIEFING: UGANDA'S ANTI-HOMOSEXUALITY BILL -- WHAT YOUR GROUP CAN DO

What is the bill?
A private member's bill tabled in Uganda's Parliament in October 2009. Same-sex
relations are already a crime in Uganda. The bill would go much further: life
imprisonment for "homosexuality", death for "aggravated homosexuality", prison
for anyone who "promotes" homosexuality, and up to three years for failing to
report a gay or lesbian person to the police within 24 hours -- which would
reach doctors, teachers, landlords and parents.

Why it matters
Lesbian, gay, bisexual and transgender Ugandans already face arrest, beatings
and public outing by newspapers that print names and photographs. Human rights
defenders who speak up for them are threatened. The bill would turn family and
neighbours into informers and drive people away from health services at the
height of the HIV epidemic.

Where things stand
After strong international reaction the President has said the bill should be
"handled carefully", but it has not been withdrawn and is still before a
parliamentary committee.

What your group can do
 *  Sign and share the online petition to the Speaker of the Ugandan
    Parliament on the Circle's website, and post the link on your group's
    Facebook page.
 *  Write to the Ugandan High Commissioner in London (address on the back)
    asking that the bill be withdrawn. Be courteous; do not attack Uganda or
    its people.
 *  Ask your MP to raise the bill with the Foreign Office and to sign the
    Early Day Motion on it.
 *  Hold a discussion evening with a speaker from a local LGBT organisation.

February 2010 -- Keystone Human Rights Circle, Northern Ireland, Belfast office
""",
    },
]
