"""The holdout12 set: 60 synthetic documents (ids 1201-1260) with their labels.

Written and labelled blind to metp's tagger, by docs/labelling-guidelines.md only, with the subject
terms, types and audience terms of make_set.py. The organisation ("Meridian Solidarity League",
"Liga Meridiana de Solidaridad", "Ligue Solidarité Méridienne"), its people, groups and cases are
invented; historical events are mentioned as real material would. For reporting only: see
scripts/tagging_set/README.md. Pages are separated by form feeds.

The documents were planned in three batches of 20 and numbered by
`random.Random(1212).shuffle` of 1201-1260 in planning order, so an id says nothing about type,
date or language; they are listed here in planning order.
"""

DOCUMENTS = [
    # ------------------------------------------------------------------ batch 1 (planning 1-20)
    {
        "id": "1260",
        "split": "holdout12",
        "date": "1983-10-15",
        "date_form": "weekday-month-day-year",
        "type": "agenda",
        "subjects": ["death penalty", "fundraising", "media work", "urgent actions"],
        "title": "Southern Regional Training Day: Agenda",
        "title_devised": False,
        "title_variants": ["Southern Regional Training Day", "Agenda: Southern Regional Training Day"],
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "AGENDA directly under the heading: joined after it. 'October 7' is a deadline for "
                 "rides (mentioned). The death-penalty session covers US states (Georgia, Florida, "
                 "Texas) -> US. Welcome and evaluation slots give no subject. No audience stated.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE
Southern Region * 1421 Ponce de Leon Ave. NE, Suite 4 * Atlanta, Georgia 30306 * (404) 555-0187

                     SOUTHERN REGIONAL TRAINING DAY
                                AGENDA

                      Saturday, October 15, 1983
              St. Barnabas Parish Hall, 520 Moreland Avenue

 9:00   Coffee and registration (please sign in at the table by the door)

 9:30   Welcome and introductions -- Carol Whitfield, Regional Coordinator

10:00   The Urgent Action Network: how an appeal gets from the research
        desk to your mailbox, and why a letter that arrives in the first
        week counts for more than ten that arrive in the second
        -- Dennis Oakes, UA coordinator for Georgia and the Carolinas

11:00   Break

11:15   The Death Penalty in the South: what is happening in Georgia,
        Florida and Texas since the new statutes, who is on death row,
        and what a local group can realistically do about it

12:30   Lunch (bring a bag lunch; iced tea and coffee provided)

 1:30   Getting Into the Paper: working with your local newspaper and
        radio station -- press releases, letters to the editor, and how
        to find the one reporter who will actually call you back

 2:45   Raising Money for a Small Group: yard sales, pledge cards,
        benefit suppers and asking people you know

 3:45   Questions, evaluation forms

 4:00   Adjourn

If you need a ride from the MARTA station, please call Carol by October 7.
""",
    },
    {
        "id": "1211",
        "split": "holdout12",
        "date": "1991-03-04",
        "date_form": "month-day-year",
        "type": "memo",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Spring letter-writing marathon and the two new prisoner cases",
        "title_devised": False,
        "title_variants": ["[Memo to Pacific Northwest group coordinators about the spring letter-writing "
                           "marathon and two new prisoner cases]"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["KE", "TR"],
        "notes": "Memo form; the RE: line is the title. Mentioned dates: April 1990 (last year's "
                 "marathon), April 13-14, March 22 and April 20 (deadlines), the prisoners' arrest "
                 "and sentence dates. Two prisoner cases with a paragraph each -> KE, TR. To group "
                 "coordinators -> local groups. The Turkish teacher's articles make him a prisoner of "
                 "conscience; freedom of expression is not discussed as such (not labelled). The "
                 "paragraph of reminders for the letters -> letter writing.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- PACIFIC NORTHWEST OFFICE
2208 N.W. Market Street, Room 12, Seattle, WA 98107      (206) 555-0144

MEMORANDUM

TO:      Group Coordinators, Pacific Northwest
FROM:    Janet Kowalczyk, Regional Office
DATE:    March 4, 1991
RE:      Spring letter-writing marathon and the two new prisoner cases

We're going ahead with the spring marathon again. Last year's -- the first one, in
April 1990 -- brought in just under 1,400 letters from eleven groups, and Portland
alone wrote 300 of them, so the bar is set. This year we'd like every group to hold
its own marathon on the weekend of April 13-14: in a library, a church basement, a
coffee shop, wherever people will sit and write for an afternoon.

What you need to do:
   - pick a place and book it now;
   - get your group's list out and phone people (a call beats a postcard);
   - order case sheets and sample letters from me on the enclosed form by March 22;
   - send me your group's count of letters by April 20 so we can total the region.

THE TWO NEW CASES. Both prisoners were taken on by the League this winter, and both
go to every group in the region for the marathon.

MEHMET ARSLAN, 41, a primary-school teacher and union member from Diyarbakir, Turkey,
is serving ten years for three articles he wrote in a teachers' union bulletin about
the use of Kurdish in schools. He was arrested in November 1988 and sentenced by a
State Security Court the following year. Nothing he wrote called for violence. Letters
go to the Minister of Justice in Ankara, with copies to the Turkish Embassy here.

JOSEPH KIMANI NDUNG'U, a lawyer in Nairobi, Kenya, has been held since July 1990
without charge or trial under the Preservation of Public Security Act, a few weeks
after he spoke at a meeting calling for multi-party elections. His family has been
allowed to see him twice. Letters go to President Moi and to the Attorney General.

A few reminders for the letters themselves, especially for first-timers: keep them
short and polite, one page at most; say who you are and why you care; ask for the
prisoner's release, nothing more complicated than that; never write anything about
the government's politics in general; and hand-write if you can -- officials notice.

Thanks, all.  -- J.K.

cc: Portland, Eugene, Spokane, Bellingham and Olympia contacts
Encl.: order form
""",
    },
    {
        "id": "1230",
        "split": "holdout12",
        "date": "1979-11-14",
        "date_form": "ordinal-day-month-year",
        "type": "report",
        "subjects": ["fundraising", "prisoners of conscience", "recruitment"],
        "title": "Minutes of the Group Meeting, 14th November 1979",
        "title_devised": False,
        "title_variants": ["Minutes of the Group Meeting", "Nottingham Group: Minutes of the Group Meeting"],
        "audience": [],
        "language": "en",
        "places": ["CS"],
        "notes": "Minutes -> report; the meeting's date is attached to the heading by a comma, so it "
                 "is in the title. Mentioned: 10th October (last meeting), 27th October (jumble "
                 "sale), 8th and 10th December, next meeting 12th December 1979, the prisoner's "
                 "sentence 'last year'. The letters agreed inside the prisoner item are in passing "
                 "(not letter writing). Prisoner in Czechoslovakia -> CS. The stall item is about "
                 "signing up members -> recruitment.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE (British Section)
Nottingham Group

Minutes of the Group Meeting, 14th November 1979
held at the Friends' Meeting House, Clarendon Street, at 7.30 p.m.

Present: J. Hollis (in the chair), M. Pattinson (secretary), R. Okonjo, D. and
S. Barraclough, A. Fenwick, P. Leigh, K. Stanyon.  Apologies: T. Hurst, B. Markham.

1. MINUTES of the last meeting (10th October) were read, approved and signed.

2. OUR ADOPTED PRISONER. M.P. reported that there has still been no reply from the
Czechoslovak Embassy to any of the group's letters about Jiri Pokorny, the former
history lecturer (latterly a boiler-man) sentenced in Prague last year to three
years for copying and passing on Charter 77 documents. A card from his wife reached
Ruth in October: he has been moved to Plzen-Bory and she was allowed one visit of
half an hour. His health is fair but his eyesight is worse. It was agreed to write
again to the Ambassador and to the prison governor, and to send Mrs Pokorna a
Christmas card with a short personal message (nothing political). Ruth to draft;
letters to be signed at the December meeting.

3. TREASURER'S REPORT. Balance in hand £41.63 after the section subscription was
paid. The jumble sale on 27th October raised £58.20 -- thanks to Sheila and the
Barracloughs for the van. A sponsored fast in Lent was discussed; Derek will find
out how the Leicester group organised theirs. A coffee morning after Christmas was
also suggested and will be decided next time.

4. STALL AT THE VICTORIA CENTRE. The management have agreed to a stall on Saturday
8th December. Leaflets about the League and membership forms to be ordered from
the British Section office. Peter said the last stall signed up only two new members
and that people walk past a table of leaflets; we need someone in front of the table
talking to shoppers, and a clipboard for names of anyone interested. Agreed. Alan
and Kath to do the morning, Peter and Derek the afternoon.

5. A.O.B. Kath reminded everyone that 10th December is Human Rights Day.

Next meeting: Wednesday 12th December 1979, same place, 7.30 p.m.

                                                  M. Pattinson, Hon. Sec.
""",
    },
    {
        "id": "1229",
        "split": "holdout12",
        "date": "1987-02",
        "date_form": "revision-month-year",
        "type": "handout",
        "subjects": ["letter writing"],
        "title": "Writing to the Authorities: A Guide for New Members",
        "title_devised": False,
        "title_variants": ["Writing to the Authorities"],
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "The revision footer (February 1987) wins over the first printing (1981, mentioned). "
                 "Whole sheet is about writing appeal letters to officials -> letter writing only. "
                 "Subtitle 'A guide for new members' -> new members.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- ISRAEL SECTION
P.O.B. 23117, Tel Aviv 61231          Tel. 03-5550612

WRITING TO THE AUTHORITIES
A guide for new members

Most of what our members do, in the end, is write letters. A letter from a stranger
in Haifa or Beersheba to a minister in another country may look like a small thing.
Prisoners released after years tell us otherwise: officials keep files, and a file
that grows every week is a problem for somebody.

WHOM TO WRITE TO
The case sheet from your group coordinator gives the addresses: usually the head of
state, the minister of justice or the interior, the prison director, and the
country's embassy in Israel. Write to one or two of them, not all at once.

WHAT TO SAY
- Say who you are in one line: a teacher, a retired engineer, a student.
- Say what you know about the prisoner, briefly and accurately.
- Ask for one clear thing: release, a fair trial, medical care, family visits.
- Never argue about the government's politics or compare it with others.
- Thank the official for any attention to the case.

TONE
Courteous, even respectful. You are writing to someone who can help, whatever you
think of him. An angry letter goes into the waste-paper basket.

PRACTICAL POINTS
- Write in English unless the case sheet says otherwise; French for West Africa.
- One page. Sign with your name and address (not the Section's).
- Use airmail, and check the postage at the post office; a letter with too few
  stamps never arrives.
- Keep a copy and note any reply on the group's case record.
- Replies are rare. Send any you receive to the coordinator, even a printed card.

WHAT HAPPENS NEXT
Probably nothing you will see. Keep writing: every six weeks is a good rhythm.

                                   Israel Section -- first printed 1981
                                   Revised February 1987
""",
    },
    {
        "id": "1212",
        "split": "holdout12",
        "date": "1995-09",
        "date_form": "place-month-year",
        "type": "trainer guide",
        "subjects": ["facilitation", "human rights education", "women's rights"],
        "title": "Facilitator's Notes: Introducing Human Rights to Women's Groups",
        "title_devised": False,
        "title_variants": ["Introducing Human Rights to Women's Groups"],
        "audience": ["trainers"],
        "language": "en",
        "places": ["PK"],
        "notes": "Trainer guide (objectives, timings, 'ask the participants', 'divide into groups') "
                 "-> trainers; the participants are women's groups outside the League, no audience "
                 "term. Closing line 'Lahore, September 1995' is its date. A section of tips for the "
                 "facilitator -> facilitation. Pakistan's law on women (Hudood Ordinances, 1979, "
                 "mentioned) discussed -> PK.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- PAKISTAN SECTION
Training Unit, 14-B Zafar Ali Road, Gulberg, Lahore

FACILITATOR'S NOTES
Introducing Human Rights to Women's Groups
(a half-day session, about three and a half hours)

OBJECTIVES. By the end of the session the participants should be able to: say in
their own words what a human right is; name some of the rights in the Universal
Declaration; and connect those rights to problems women face in their own lives.

MATERIALS. Chart paper, markers, tape; copies of the simplified Universal
Declaration in Urdu (and Punjabi if the group prefers); the picture cards.

1. OPENING (20 minutes)
Welcome everyone. Ask each woman to say her name and one thing she hopes to take
home today. Write the hopes on chart paper and keep it on the wall.

2. WHAT ARE HUMAN RIGHTS? (45 minutes)
Ask the participants: "What does every person need to live with dignity?" Write
all answers without comment. Then divide into groups of four or five and give each
group six picture cards (a school, a ballot box, a hospital, a prison, a mosque, a
market). Each group chooses two cards and says which right they show. Bring the
groups together and show how their answers match articles of the Declaration.
Say: "These are not gifts from a government. They belong to everyone, from birth."

3. WOMEN'S RIGHTS IN OUR LAW AND IN OUR LIVES (60 minutes)
Explain briefly, without legal language, the parts of our law that affect women
most: the Hudood Ordinances of 1979 and how a woman who reports rape can herself be
charged with zina; the law of evidence; inheritance; marriage and divorce. Ask the
participants for examples from their own villages and families. Do not force anyone
to speak. Violence in the home will come up: listen, and have the address of the
nearest women's shelter or legal aid centre ready.

   Tea break (15 minutes)

4. WHAT CAN WE DO? (40 minutes)
In the same small groups, each group chooses one problem from the morning and lists
who could help (a lawyer, a councillor, a teacher) and one step the group could take
together. Groups report back. Close by returning to the hopes on the wall.

TIPS FOR THE FACILITATOR
- Sit in the circle, not behind a table. Speak less than the participants do.
- Some women will not have read before. Use pictures and stories, not handouts.
- If a husband or brother insists on staying, welcome him but speak to the women.
- Keep to time, but if a real discussion starts, let it run and shorten section 4.
- Never promise what the Section cannot do.

                                                   Lahore, September 1995
""",
    },
    {
        "id": "1240",
        "split": "holdout12",
        "date": "1998-07",
        "date_form": "month-range",
        "type": "newsletter",
        "subjects": ["children's rights", "recruitment", "refugees", "urgent actions"],
        "title": "Meridian Dhaka Bulletin",
        "title_devised": False,
        "title_variants": ["Meridian Dhaka Bulletin, No. 14", "Meridian Dhaka Bulletin, No. 14, July-September 1998"],
        "audience": [],
        "language": "en",
        "places": ["BD", "MM"],
        "notes": "Issue 'July-September 1998' -> start of the range, 1998-07. Mentioned: 1991-92 "
                 "exodus, 1990 ratification of the CRC, 26 August workshop, 15 October stall. Four "
                 "items: Rohingya refugees from Myanmar in Bangladesh (BD, MM), child labour workshop "
                 "(Bangladesh), Urgent Action results (no countries), stall for new members. The "
                 "floods are in passing in the editorial line.",
        "text": """\
=====================================================================
                      MERIDIAN DHAKA BULLETIN
      Newsletter of the Bangladesh Section, Meridian Solidarity League
                    No. 14  *  July-September 1998
   House 27, Road 9A, Dhanmondi R/A, Dhaka-1209  *  Phone 811 5502
=====================================================================

A word first: many of our members have spent these months in flood relief, and
some of you have lost homes and crops. This issue is late and short. Thank you to
everyone who still found time for the Section's work.

ROHINGYA REFUGEES: STILL WAITING IN COX'S BAZAR
More than 250,000 Rohingya crossed from Myanmar in 1991 and 1992, fleeing forced
labour, land seizures and worse in northern Arakan. Most have gone back, many not
by their own choice. About 20,000 remain in the camps at Kutupalong and Nayapara,
and the government wants them gone. Two of our members visited in June. They found
families who have been told they must return but who say the conditions that made
them flee have not changed. Refugees must not be sent back to danger; repatriation
must be voluntary. The Section has written to the Ministry and to UNHCR and will
report on any reply.

CHILDREN AT WORK: REPORT FROM OUR WORKSHOP
On 26 August thirty-two members and guests met at the Section office to talk about
child labour. Bangladesh ratified the Convention on the Rights of the Child in 1990,
yet children still work in the garment trade, brick fields and as domestic servants,
many of them under twelve and out of school. Speakers from two NGOs described their
schools for working children. We agreed to gather facts in our own neighbourhoods for
a Section report on the rights of working children next year.

URGENT ACTION RESULTS
Our Urgent Action network now has 64 members who have promised to write within three
days of receiving an appeal. Of the eleven appeals sent out between March and June,
the people in four cases have been released and in two more the prisoners have been
allowed to see lawyers. New writers are always welcome: give your name to Shirin.

JOIN US AT DHAKA UNIVERSITY
The Section will have a stall at the TSC on 15 October during the first week of the
new session. We need volunteers to talk to students and sign up new members --
last year the stall brought in nineteen. Please come, even for one hour.
""",
    },
    {
        "id": "1221",
        "split": "holdout12",
        "date": "1976-06-22",
        "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["group organizing", "prisoners of conscience"],
        "title": "[Letter from the Zambia Section secretary to the Kitwe group about setting up the group]",
        "title_devised": True,
        "title_variants": [],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Letter with salutation and signature; devised title. Mentioned: 2nd June (their "
                 "letter), the August executive meeting. Paragraphs on meetings, officers, minutes, "
                 "registering -> group organizing; a paragraph on what adopting a prisoner means -> "
                 "prisoners of conscience (no country named). Addressed to a group -> local groups.",
        "text": """\
                     MERIDIAN SOLIDARITY LEAGUE
                           Zambia Section
     P.O. Box 31482, Lusaka                    Telephone 21187

                                                          22nd June, 1976

The Secretary,
Kitwe Group (in formation),
c/o Mindolo Ecumenical Foundation,
P.O. Box 21493, KITWE.

Dear Mr. Chanda, and dear friends in Kitwe,

Thank you for your letter of 2nd June and for the list of the nine people who came
to your first meeting. The Executive was very glad to hear of it: a group on the
Copperbelt is something we have hoped for since the Section began.

You asked what you must do to become a recognised group. It is not complicated.

First, meet regularly -- once a month is enough to begin with -- on a fixed day and
at a fixed place, so that people do not have to be told each time. Second, choose
a chairman, a secretary and a treasurer. The secretary keeps the minutes and the
correspondence and is the Section's contact; the treasurer keeps the group's money
and a simple cash book. Third, keep short minutes of every meeting: they are the
group's memory, and the Section will want to see them once a year. When you have at
least five paid-up members, send us their names with the form I enclose and the
Executive will register the group at its August meeting.

Once you are registered, the Section will allocate the group a prisoner to adopt.
Adoption means that the group takes responsibility for one person imprisoned for his
or her beliefs, who has not used or advocated violence, and works for that person's
release for as long as it takes -- sometimes years. The group writes to the
authorities, sends cards to the prisoner and the family where it is safe to do so,
and keeps a record of everything sent and received. It is slow work and often
discouraging, and I must be honest that replies are few. But prisoners do come out,
and some of them have told us that the letters were what kept them going.

Please do not hesitate to write if you have any questions. I hope to visit Kitwe
myself before the end of the year.

Yours sincerely,

      M. K. Banda

Mwila K. Banda (Mrs.)
Section Secretary

cc. Chairman, Section Executive
Encl.
""",
    },
    {
        "id": "1216",
        "split": "holdout12",
        "date": "1988-12-10",
        "date_form": "weekday-day-month-year",
        "type": "flyer",
        "subjects": ["prisoners of conscience", "vigils and demonstrations"],
        "title": "Candlelight Vigil for Human Rights Day",
        "title_devised": False,
        "title_variants": ["Candlelight Vigil"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Flyer: headline, event date and venue, no salutation. The Universal Declaration's "
                 "1948 (forty years) is mentioned. The body paragraph is about people imprisoned for "
                 "their beliefs -> prisoners of conscience; no country named.",
        "text": """\
              MERIDIAN SOLIDARITY LEAGUE -- JAMAICA SECTION

                       CANDLELIGHT VIGIL
                   FOR HUMAN RIGHTS DAY

               Saturday 10 December 1988  *  6.00 p.m.
                 National Heroes Park, Kingston

Forty years after the Universal Declaration of Human Rights was signed in 1948,
men and women in every region of the world are still in prison for what they
believe, what they have written, or the peaceful meetings they attended. Many have
never been charged. Some have not seen their children for years.

       COME AND LIGHT A CANDLE FOR THEM.

Readings, hymns and a few minutes of silence. The names of prisoners adopted by
Jamaican groups will be read aloud. The vigil ends at 7.30.

           Bring a candle -- and bring a friend.

    For more information: P.O. Box 418, Kingston 8  *  telephone 92-55719
""",
    },
    {
        "id": "1205",
        "split": "holdout12",
        "date": "2004-05-14",
        "date_form": "spanish-day-range",
        "type": "agenda",
        "subjects": ["business and human rights", "campaign planning", "indigenous peoples", "media work",
                     "urgent actions"],
        "title": "Taller Nacional de Activismo",
        "title_devised": False,
        "title_variants": ["Taller Nacional de Activismo: Programa"],
        "audience": [],
        "language": "es",
        "places": ["EC"],
        "notes": "PROGRAMA is separated from the heading by the date and venue lines: a section "
                 "label, so the joined form is only a variant. '14 y 15 de mayo de 2004' -> start "
                 "day. 'Av. 10 de Agosto' in the letterhead is a street name, not a date. The "
                 "Saturday session on indigenous peoples, oil companies and the Sarayaku case "
                 "(Ecuador) -> indigenous peoples, business and human rights, EC. 'Trabajo en "
                 "grupos', the plenary and the closing give no subject; 'antes del 7 de mayo' is a "
                 "deadline (mentioned).",
        "text": """\
LIGA MERIDIANA DE SOLIDARIDAD -- SECCIÓN ECUADOR
Av. 10 de Agosto N21-55 y Jorge Washington, of. 304 · Quito · Telf. (02) 2555-318

                    TALLER NACIONAL DE ACTIVISMO

                    Quito, 14 y 15 de mayo de 2004
              Casa de Convivencias San Patricio, Cumbayá

                              PROGRAMA

VIERNES 14

08:30   Inscripción y café
09:00   Bienvenida y presentación de los participantes
        (Patricia Andrade, coordinadora nacional)
09:30   Planificación de campañas: cómo definir objetivos, a quién dirigirnos,
        qué acciones escoger y cómo armar un calendario
11:00   Receso
11:15   Cómo trabajar con los medios de comunicación: la nota de prensa, la
        entrevista en radio y la relación con los periodistas locales
13:00   Almuerzo
14:30   Las Acciones Urgentes: cómo funciona la red, cómo escribir una
        apelación en pocos minutos y cómo sumar a más personas
16:00   Receso
16:15   Trabajo en grupos: un plan para cada grupo local
17:30   Cierre del día

SÁBADO 15

08:30   Pueblos indígenas, empresas petroleras y derechos humanos: el caso
        de Sarayaku (Pastaza), con la participación de dirigentes de la
        comunidad
10:30   Receso
10:45   Plenaria: compromisos de los grupos para el segundo semestre
12:00   Evaluación y clausura
12:30   Almuerzo de despedida

Se ruega confirmar la asistencia antes del 7 de mayo.
""",
    },
    {
        "id": "1247",
        "split": "holdout12",
        "date": "2002-10",
        "date_form": "french-update-month-year",
        "type": "handout",
        "subjects": ["lobbying", "refugees"],
        "title": "Le droit d'asile au Luxembourg: questions et réponses",
        "title_devised": False,
        "title_variants": ["Le droit d'asile au Luxembourg"],
        "audience": [],
        "language": "fr",
        "places": ["LU"],
        "notes": "Q&A sheet -> handout; 'Mise à jour : octobre 2002' is its date. Mentioned: the "
                 "law of 3 April 1996, 1999 (Kosovo arrivals). Luxembourg's asylum procedure -> LU. "
                 "The list of what groups can do has an item on questioning deputies about the law "
                 "-> lobbying; accompanying and welcoming asylum seekers are refugees.",
        "text": """\
LIGUE SOLIDARITÉ MÉRIDIENNE -- SECTION LUXEMBOURGEOISE
B.P. 1127, L-1011 Luxembourg · Tél. 48 55 62

               LE DROIT D'ASILE AU LUXEMBOURG
                    Questions et réponses

Qui peut demander l'asile ?
Toute personne qui craint d'être persécutée dans son pays en raison de sa race, de
sa religion, de sa nationalité, de ses opinions politiques ou de son appartenance à
un certain groupe social, au sens de la Convention de Genève de 1951.

Où dépose-t-on la demande ?
Au ministère de la Justice, service des réfugiés, dès l'arrivée sur le territoire.
Le demandeur est entendu une première fois, puis convoqué à une audition plus
complète, avec un interprète.

Combien de temps dure la procédure ?
La loi du 3 avril 1996 prévoit des délais, mais en pratique l'attente se compte
souvent en mois, parfois en années. Depuis l'arrivée de nombreuses familles du
Kosovo en 1999, les services sont débordés.

De quoi vit le demandeur pendant ce temps ?
Il est hébergé dans un foyer ou une structure d'accueil et reçoit une aide
modeste. Il n'a en principe pas le droit de travailler.

Que se passe-t-il en cas de refus ?
Un recours est possible devant le tribunal administratif, dans un délai très
court. L'aide d'un avocat est indispensable ; l'assistance judiciaire existe.

Que peut faire un groupe de la Ligue ?
  - accueillir : visites dans les foyers, cours de français, sorties ;
  - accompagner les demandeurs qui le souhaitent aux rendez-vous ;
  - orienter vers les avocats et les associations spécialisées ;
  - interpeller les députés de sa circonscription sur la réforme de la loi
    en préparation et sur la durée de la procédure.

                                               Mise à jour : octobre 2002
""",
    },
    {
        "id": "1227",
        "split": "holdout12",
        "date": "1997-04-12",
        "date_form": "us-numeric",
        "type": "sign-in sheet",
        "subjects": ["death penalty"],
        "title": "Death Penalty Abolition Workshop -- Sign-In Sheet",
        "title_devised": False,
        "title_variants": ["Death Penalty Abolition Workshop"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Date and venue follow the heading after separators: not part of the title. US "
                 "material -> 4/12/97 read M/D/Y. Subject from the workshop's name; no place (the "
                 "sheet says nothing about any country's law).",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- NEW ORLEANS AREA GROUPS

DEATH PENALTY ABOLITION WORKSHOP -- SIGN-IN SHEET -- 4/12/97 -- Loyola Univ., Room 212

Please print clearly. We will NOT share your information with anyone.

  NAME                    GROUP / CHURCH / SCHOOL       PHONE            E-MAIL (if any)
  ----------------------  ----------------------------  ---------------  ---------------------
1 Marguerite Thibodeaux   Uptown group                  (504) 555-0131
2 Rev. Alvin J. Batiste   St. Peter Claver              555-0178
3 Kim Nguyen              Tulane students               865-5502         knguyen@mailhost.tcs.tulane.edu
4 Roland Fontenot         Baton Rouge group             (504) 555-0199
5 Denise Carter-Wills     --                            555-0110
6 Jacob Levinson          Uptown group                  555-0146         jlevins@gnofn.org
7 Yvette Broussard        Lafayette (new)               (318) 555-0162
8 Sr. Helen Fitzgerald    Sisters of St. Joseph         555-0107
9 Tom Rourke              Loyola students               865-0193
10 _____________________  ____________________________  _______________  _____________________
11 _____________________  ____________________________  _______________  _____________________
12 _____________________  ____________________________  _______________  _____________________
""",
    },
    {
        "id": "1209",
        "split": "holdout12",
        "date": "1989-03-04",
        "date_form": "running-line-day-month-year",
        "type": "worksheet",
        "subjects": ["media work"],
        "title": "Writing a Press Release",
        "title_devised": False,
        "title_variants": ["Worksheet 2: Writing a Press Release"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Running line 'Media Skills Day -- Leicester -- 4 March 1989' is not the title but "
                 "gives the worksheet its date. The scenario (a vigil for a prisoner) only "
                 "illustrates the exercise: in passing; every question is about the press release "
                 "-> media work. 'Saturday 18th' and 'Thursday' are days without a year.",
        "text": """\
Media Skills Day -- Leicester -- 4 March 1989                Meridian Solidarity League
                                                                     Midlands Region

                  WORKSHEET 2: WRITING A PRESS RELEASE

THE SITUATION. You are the press officer of your local group. On Saturday 18th your
group will hold a one-hour vigil on the Clock Tower for the trade unionist it has
adopted, who has now been in prison for five years. You want the Leicester Mercury
and Radio Leicester to cover it. It is Thursday afternoon.

Using the notes in your folder, draft a press release of no more than one page.

1. Headline (ten words or fewer):

   ___________________________________________________________________

2. First paragraph -- who, what, where, when and why, in two sentences:

   ___________________________________________________________________
   ___________________________________________________________________

3. One quotation from your group's chairperson (something a journalist would use):

   ___________________________________________________________________

4. A "photo opportunity" line -- what will a photographer see?

   ___________________________________________________________________

5. Contact name and a daytime telephone number:

   ___________________________________________________________________

6. Embargo: do you need one?   YES / NO     Why? ____________________

7. Which papers, radio stations and newsdesks will you send it to, and how?

   ___________________________________________________________________

When you have finished, swap with the person next to you and mark each other's
release with the checklist on the back of Worksheet 1.
""",
    },
    {
        "id": "1214",
        "split": "holdout12",
        "date": "1999-07-02",
        "date_form": "french-written-date",
        "type": "report",
        "subjects": ["fair trials", "police and human rights", "torture"],
        "title": "Rapport de l'atelier de formation: La torture et la détention : connaître, observer, agir",
        "title_devised": False,
        "title_variants": ["Rapport de l'atelier de formation",
                           "La torture et la détention : connaître, observer, agir"],
        "audience": [],
        "language": "fr",
        "places": ["MG"],
        "notes": "Two pages. The report's own date 'Fait à Antananarivo, le 2 juillet 1999' wins "
                 "over the workshop's dates (8-10 juin 1999) under the heading. Mentioned: the 1984 "
                 "Convention. Sections on torture, on pre-trial detention without trial (fair "
                 "trials) and a session with police and gendarmerie officers (police and human "
                 "rights); Madagascar's situation -> MG. Report to the section, no audience.",
        "text": """\
LIGUE SOLIDARITÉ MÉRIDIENNE
Section de Madagascar
Lot IVG 112 bis, Antsahavola -- Antananarivo 101 -- Tél. 22 555 41

                 RAPPORT DE L'ATELIER DE FORMATION
     « La torture et la détention : connaître, observer, agir »
                    Antananarivo, 8-10 juin 1999

1. DÉROULEMENT

L'atelier a réuni vingt-six participants : membres des groupes d'Antananarivo,
d'Antsirabe, de Toamasina et de Fianarantsoa, deux avocats, un médecin et trois
représentants d'associations amies. Il s'est tenu dans la salle paroissiale
d'Ambohijatovo. Le programme a été respecté, sauf la visite prévue à la maison
centrale, qui n'a pas été autorisée.

2. LA TORTURE : DÉFINITIONS ET RÉALITÉ

La première journée a porté sur la définition de la torture et des mauvais
traitements dans la Convention des Nations unies de 1984, que Madagascar n'a pas
encore ratifiée. Le médecin a présenté les séquelles observées chez des personnes
passées par les locaux de garde à vue : coups sur la plante des pieds, privation
de sommeil, menaces contre la famille. Les participants ont insisté sur le fait
que ces pratiques visent surtout les suspects de vol de bétail dans les zones
rurales, loin de tout avocat.

3. LA DÉTENTION PRÉVENTIVE

Le deuxième jour, les avocats ont expliqué que plus de la moitié des détenus
d'Antanimora attendent d'être jugés, certains depuis plus de trois ans pour des
faits qui ne leur vaudraient que quelques mois de prison. Les dossiers se perdent,
les audiences sont renvoyées, et beaucoup de prévenus n'ont jamais vu un avocat.
Le droit d'être jugé dans un délai raisonnable n'est pas respecté.

                                                                    page 1/2
\fRapport de l'atelier -- juin 1999                                   page 2/2

4. RENCONTRE AVEC LES FORCES DE L'ORDRE

Le troisième jour, deux officiers de gendarmerie et un commissaire de police ont
accepté de dialoguer avec les participants. Ils ont reconnu le manque de formation
des agents aux règles de la garde à vue et l'absence de registre fiable dans
certaines brigades. Ils se sont dits favorables à des séances de formation aux
droits de l'homme dans les écoles de police, avec l'appui de la section.

5. RECOMMANDATIONS

  a) Demander au gouvernement la ratification de la Convention contre la torture.
  b) Proposer au ministère de la Justice un suivi des dossiers des prévenus les
     plus anciens d'Antanimora.
  c) Préparer avec la gendarmerie un module de formation sur la garde à vue.
  d) Organiser un second atelier à Toamasina en 2000.

Fait à Antananarivo, le 2 juillet 1999

Le secrétaire de la section,
      (signé) Hery Rakotondrabe
""",
    },
    {
        "id": "1207",
        "split": "holdout12",
        "date": "1986-08-18",
        "date_form": "spanish-written-date",
        "type": "letter",
        "subjects": ["fundraising", "recruitment"],
        "title": "[Letter from the Cochabamba group coordinator to the group's members about dues, a raffle "
                 "and new members]",
        "title_devised": True,
        "title_variants": ["[Carta de la coordinadora del grupo Cochabamba a los miembros sobre las cuotas, "
                           "una rifa y nuevos miembros]"],
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "Letter with salutation and signature; devised title in English, Spanish form a "
                 "variant. Mentioned: 20 de septiembre (raffle), the October assembly in Sucre, "
                 "the next meeting. Dues and raffle -> fundraising; a paragraph asking each member "
                 "to bring someone new -> recruitment. To the group's members -> local groups.",
        "text": """\
LIGA MERIDIANA DE SOLIDARIDAD
Grupo Cochabamba
Casilla 4471 -- Cochabamba, Bolivia

                                          Cochabamba, 18 de agosto de 1986

Estimados compañeros y compañeras del grupo:

Les escribo para recordarles algunas cosas antes de nuestra próxima reunión.

Primero, las cuotas. Hasta ahora solo once de los veintiséis miembros han pagado la
cuota del año. Sé que los tiempos están difíciles para todos, y por eso la
Coordinación Nacional mantuvo la cuota igual que el año pasado. Pero sin esas
cuotas no podemos pagar el correo de las cartas ni mandar a nuestros delegados a
la asamblea nacional de octubre en Sucre. Quien no pueda pagar todo de una vez,
puede hablar conmigo y lo arreglamos en partes.

Segundo, la rifa. Doña Elena nos ha regalado un tejido de Tarabuco y el señor
Claros una canasta de productos de su tienda. Cada miembro recibirá un talonario
de veinte números a un peso cada uno. El sorteo será el sábado 20 de septiembre,
después de la reunión. Lo que se junte servirá para los pasajes a Sucre.

Tercero, somos pocos para tanto trabajo. Les pido a cada uno que traiga a la
próxima reunión a una persona nueva: un colega, un vecino, un estudiante que se
interese por los derechos humanos. Tendremos unos minutos al principio para
explicar quiénes somos y qué hacemos, y folletos para que se lleven.

Un abrazo fraterno, y nos vemos en la reunión.

                                          Teresa Vargas Saavedra
                                          Coordinadora del grupo
""",
    },
    {
        "id": "1259",
        "split": "holdout12",
        "date": "2008-11-23",
        "date_form": "day-month-year",
        "type": "slides",
        "subjects": ["coalition building", "lobbying", "refugees"],
        "title": "Lobbying the Knesset",
        "title_devised": False,
        "title_variants": ["Lobbying the Knesset: How a Small Section Can Be Heard in a Big Parliament"],
        "audience": [],
        "language": "en",
        "places": ["IL"],
        "notes": "Slide outline; the title slide's presentation date (Members' Day, 23 November 2008) "
                 "is its date. Mentioned: 2007 (arrivals), 1954 (the law). Lobbying the Knesset -> "
                 "IL. A case-study slide on detained asylum seekers -> refugees; a slide on working "
                 "with other organisations -> coalition building.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- ISRAEL SECTION
Members' Day, Jerusalem, 23 November 2008

SLIDE 1
   LOBBYING THE KNESSET
   How a small section can be heard in a big parliament
   Dalia Ben-Ami, Policy Coordinator

SLIDE 2 -- How a bill becomes a law
   - Private member's bill or government bill
   - Preliminary reading, first reading
   - Committee stage: this is where we can make a difference
   - Second and third readings

SLIDE 3 -- Whom to talk to
   - Members of the relevant committee, not only the famous names
   - Parliamentary aides: they read the papers MKs never see
   - The committee's legal adviser

SLIDE 4 -- Case study: asylum seekers in detention
   - Since 2007 thousands of people from Sudan and Eritrea have crossed the
     Egyptian border asking for protection
   - Many held for months under the Prevention of Infiltration Law of 1954
   - Our asks: individual hearings, no detention of children, access to the
     asylum procedure

SLIDE 5 -- Working with other organisations
   - We are not alone: refugee aid groups, lawyers' clinics, doctors' groups
   - Joint position papers carry more weight than five separate ones
   - Agree who speaks for the coalition in committee, and stick to it

SLIDE 6 -- What members can do
   - Ask your own MK for a 20-minute meeting; bring one page, not ten
   - Come to open committee sessions; a full public gallery is noticed
   - Report back to the Policy Coordinator after every contact

SLIDE 7 -- Questions?
""",
    },
    {
        "id": "1218",
        "split": "holdout12",
        "date": "2001-10-20",
        "date_form": "weekday-month-day-year",
        "type": "evaluation form",
        "subjects": ["campaign planning"],
        "title": "Campaign Planning Workshop: Evaluation",
        "title_devised": False,
        "title_variants": ["Campaign Planning Workshop", "Evaluation: Campaign Planning Workshop"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'Evaluation' directly under the heading: joined after it. Every rated session is a "
                 "part of campaign planning (objectives, targets and allies, tactics and timeline) "
                 "-> campaign planning only.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE  *  Portland Area Groups

                      CAMPAIGN PLANNING WORKSHOP
                              Evaluation

  Saturday, October 20, 2001 -- Central Library, Collins Gallery, Portland

Thanks for spending your Saturday with us. Please take five minutes to fill this
out before you leave -- we read every one.

(1 = not useful, 5 = very useful)

1. Overall, how useful was today's workshop?            1   2   3   4   5

2. Session 1: Setting goals and objectives               1   2   3   4   5
   Comments: ______________________________________________________

3. Session 2: Mapping targets and allies                 1   2   3   4   5
   Comments: ______________________________________________________

4. Session 3: Choosing tactics and building a timeline   1   2   3   4   5
   Comments: ______________________________________________________

5. Was the pace of the day:   too slow   ___   about right   ___   too fast   ___

6. What was the most useful thing you learned today?
   ________________________________________________________________

7. What would you change for next time?
   ________________________________________________________________

8. Would your group like follow-up help with its own campaign plan?   YES   NO
   If yes, your group and a contact: ______________________________

Name (optional): ______________________
""",
    },
    {
        "id": "1232",
        "split": "holdout12",
        "date": "1990",
        "date_form": "split-year",
        "type": "report",
        "subjects": ["death penalty", "freedom of religion", "fundraising", "recruitment", "women's rights"],
        "title": "Annual Report 1990-91",
        "title_devised": False,
        "title_variants": ["Annual Report", "Karachi Group: Annual Report 1990-91"],
        "audience": [],
        "language": "en",
        "places": ["PK"],
        "notes": "Three pages. No date of issue: the period '1990-91' gives its first year. Mentioned: "
                 "1986 (founding; Section 295-C), 1979 (Hudood), September 1990 (ordinance), the next "
                 "AGM. Sections on death sentences, women prisoners under the Hudood laws, "
                 "blasphemy cases (Ahmadi and Christian accused) -> freedom of religion, membership "
                 "growth and how it was done -> recruitment, funds -> fundraising. Pakistan -> PK. "
                 "The officers' list gives no subject.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE
Karachi Group
c/o 32-C, Block 6, P.E.C.H.S., Karachi-29   *   Tel. 43 55 21

                         ANNUAL REPORT 1990-91

1. INTRODUCTION

This is the fifth annual report of the Karachi Group, which was founded in 1986 by
eight members meeting in a back room of the YMCA. We now number forty-one. It has
been a hard year for the country and a busy one for the group, and we thank every
member who gave time, money and -- not least -- courage.

2. THE DEATH PENALTY

The number of offences carrying death has grown again. Under the Qisas and Diyat
Ordinance promulgated in September 1990, a murder case can now end in death or in a
payment to the victim's heirs, which means in practice that the poor hang and the
rich pay. The group followed eleven death sentences passed by courts in Sindh this
year, wrote to the President for clemency in each, and held a seminar at the Press
Club with two senior advocates. We continue to ask for a moratorium on executions.

3. WOMEN IN PRISON

Members visited the women's section of the Central Jail four times with a lawyer.
Of the sixty-odd women held there, more than half were accused under the Hudood
Ordinances of 1979, most of them of zina, and many had been in jail for over a year
awaiting trial. Several had been charged after reporting rape, or on a complaint
by a husband or father who objected to a marriage of their choice. With the help of
a legal aid society, bail was obtained for seven of them.
                                                                    page 1 of 3
\fKarachi Group -- Annual Report 1990-91                              page 2 of 3

4. BLASPHEMY CASES

Since Section 295-C was added to the Penal Code in 1986, accusations of blasphemy
have become a weapon in private quarrels over land and business. The group knows of
nine cases in Sindh this year, five against members of the Ahmadi community and two
against Christians. No one should be imprisoned for his faith or for the peaceful
expression of it. We have sent the details of all nine cases to the Section office
in Lahore and have written to the provincial Home Department asking for protection
for the accused and their families, two of whom have had to leave their homes.

5. MEMBERSHIP

We began the year with twenty-three members and end it with forty-one. Most of the
new members came to us after the talks we gave at D.J. Science College, St.
Patrick's and the University, where we asked students to stay behind and fill in a
card. Others came through friends. We have made a rule that every new member is
phoned within a week and invited personally to the next meeting; it works.

6. FUNDS

Income for the year was Rs 14,650: members' subscriptions Rs 4,100, donations
Rs 3,800, and Rs 6,750 from the qawwali evening held at the Arts Council in
February, for which we owe great thanks to the artists, who performed for nothing.
The group's own expenses (postage, photocopying, hire of halls) came to
Rs 9,210. Next year we hope to hold the qawwali evening again and to ask every
member to find two donors of Rs 100 each.
\fKarachi Group -- Annual Report 1990-91                              page 3 of 3

7. OFFICERS FOR 1991-92

Convener                 Mr. Farhan Qureshi
Secretary                Ms. Nasreen Akhtar
Treasurer                Mr. Rustom Cowasjee
Prisoners coordinator    Mrs. Zubaida Hasan
Members of committee     Ms. Amina Siddiqui, Mr. Joseph D'Souza

The Annual General Meeting will be held in the last week of July; notice will be
sent to all members.

                                             Nasreen Akhtar, Secretary
""",
    },
    {
        "id": "1242",
        "split": "holdout12",
        "date": "2009-03-19",
        "date_form": "spanish-weekday-written-date",
        "type": "flyer",
        "subjects": ["recruitment"],
        "title": "¡Únete a la Liga!",
        "title_devised": False,
        "title_variants": ["¿Te importan los derechos humanos? ¡Únete a la Liga!"],
        "audience": ["new members"],
        "language": "es",
        "places": [],
        "notes": "A call to join with an open meeting: flyer, dated by the meeting. The question "
                 "above the headline is a lead-in: the form with it is a variant. 'Reunión abierta "
                 "para nuevos miembros' says whom the meeting is for -> new members (a judgement "
                 "call: the flyer itself is addressed to the public).",
        "text": """\
           ¿TE IMPORTAN LOS DERECHOS HUMANOS?

                 ¡ÚNETE A LA LIGA!

          Reunión abierta para nuevos miembros
        Jueves 19 de marzo de 2009, 6:30 p.m.
   Salón comunal de Barrio Escalante, 100 m norte de la iglesia
              de Santa Teresita, San José

Conocé lo que hacemos: escribimos por personas presas por sus ideas, apoyamos a
quienes defienden derechos en toda América Latina, y hacemos educación en colegios
y comunidades aquí en Costa Rica.

No necesitás experiencia. Solo ganas y un par de horas al mes.

Habrá café, una presentación corta y tiempo para preguntas.

      Liga Meridiana de Solidaridad -- Sección Costa Rica
      Tel. 2555-0143  ·  costarica@ligameridiana.org
""",
    },
    {
        "id": "1241",
        "split": "holdout12",
        "date": "1985",
        "date_form": "copyright",
        "type": "handout",
        "subjects": ["extrajudicial executions", "letter writing", "lobbying", "police and human rights"],
        "title": "Police Killings in Jamaica",
        "title_devised": False,
        "title_variants": ["Fact Sheet No. 3: Police Killings in Jamaica"],
        "audience": [],
        "language": "en",
        "places": ["JM"],
        "notes": "Fact sheet -> handout; '(c) 1985' is its date; 1984 (figures) mentioned. About "
                 "killings by police in Jamaica -> police and human rights, extrajudicial executions, "
                 "JM. 'What you can do' list: writing to the Commissioner -> letter writing; asking "
                 "one's MP -> lobbying. 'Fact Sheet No. 3' above the heading is a series line (a "
                 "variant).",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- JAMAICA SECTION                     FACT SHEET No. 3

                      POLICE KILLINGS IN JAMAICA

THE FACTS. In 1984 the police shot and killed well over two hundred people in
Jamaica -- more, in proportion to the population, than in almost any country that
publishes such figures. The police say that nearly all of them died in shoot-outs
with armed criminals. In many cases the accounts of witnesses are very different:
people shot while running away, while lying on the ground, or after they had been
taken into custody.

WHAT HAPPENS AFTERWARDS. Very little. A coroner's inquest may be held months or
years later, often without the witnesses, who are afraid to come forward. Few
officers are ever charged, and fewer still convicted. The families of the dead are
rarely told anything.

WHAT THE LAW SAYS. A police officer may use force that is reasonable and necessary
to make an arrest or to protect life. Lethal force is lawful only when life is in
immediate danger. A killing outside those limits is an unlawful killing, whoever
carries it out.

WHAT THE SECTION ASKS FOR
 * an independent investigation of every killing by the police;
 * inquests held promptly, with protection for witnesses;
 * training of officers in the lawful use of force.

WHAT YOU CAN DO
 * Write a courteous letter to the Commissioner of Police asking what has been done
   to investigate the cases listed on the back of this sheet.
 * Ask your Member of Parliament to raise the matter in the House and to support
   an independent body to investigate complaints against the police.

(c) 1985 Meridian Solidarity League, Jamaica Section, P.O. Box 418, Kingston 8
""",
    },
    {
        "id": "1234",
        "split": "holdout12",
        "date": "1978",
        "date_form": "edition-line",
        "type": "manual",
        "subjects": ["fundraising", "group organizing"],
        "title": "Handbook for Local Groups",
        "title_devised": False,
        "title_variants": [],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Two pages of a handbook with contents and numbered chapters -> manual. 'Second "
                 "edition, 1978' wins over 'first edition 1975'. Chapters present: starting and "
                 "running a group (group organizing) and money, dues and fund-raising "
                 "(fundraising); chapters 1 and 4 (about the League, where to get help) give no "
                 "subject. 'for local groups' -> local groups.",
        "text": """\
                     HANDBOOK FOR LOCAL GROUPS
           Meridian Solidarity League -- Northwest Region
     W. 815 Sprague Avenue, Room 6, Spokane, Washington 99201
               Second edition, 1978 (first edition 1975)

CONTENTS
   1. About the League ........................................  1
   2. Starting and Running a Group ............................  3
   3. Money: Dues, Fund-Raising and Keeping Accounts ..........  9
   4. Where to Get Help ....................................... 14

                                 - 3 -

2. STARTING AND RUNNING A GROUP

2.1 Getting started. Three or four committed people are enough. Call a first meeting
in a public place -- a church hall, a library room -- and put a notice in the local
paper. Explain what the League does and ask who is willing to come back.

2.2 Meetings. Meet once a month, same place, same night. Keep meetings to ninety
minutes. An agenda, even a handwritten one, keeps things moving; so does a chair
who is willing to cut people off politely.

2.3 Who does what. Every group needs at least a coordinator (who calls meetings and
speaks for the group), a secretary (minutes, letters, the group's files) and a
treasurer. Larger groups add a prisoner coordinator and a publicity person. Rotate
jobs every year or two so nobody burns out.

2.4 Registering. Send the Regional Office the names of your officers and at least
five members, and you will start receiving the mailings.
\f                                 - 9 -

3. MONEY: DUES, FUND-RAISING AND KEEPING ACCOUNTS

3.1 Why a group needs money. Postage alone for a working group comes to $15-$25 a
month. Add photocopying, film for the slide show, hall rental and a contribution to
the Region, and a group needs $300-$400 a year.

3.2 Dues. Ask every member for group dues on top of the national membership --
$5 a year is usual. Collect them at one meeting a year and keep a list.

3.3 Fund-raising ideas that have worked in the Northwest:
    - a benefit concert or coffeehouse with local musicians;
    - a garage sale (ask everyone to clean out a closet);
    - a pledge list: members promise a dollar a month;
    - a letter to churches and service clubs asking for a small gift;
    - selling cards and calendars at Christmas.

3.4 Keeping accounts. The treasurer keeps a simple book: date, what for, money in,
money out, balance. Report the balance at every meeting. Keep all receipts in an
envelope, and have someone else look over the book once a year.
""",
    },
]
