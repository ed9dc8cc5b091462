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
                 "prisoners of conscience (no country named). The writing to authorities and cards "
                 "are one sentence inside the adoption paragraph: in passing, not letter writing. "
                 "Addressed to a group -> local groups.",
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
        "title": "Lobbying the Knesset: How a Small Section Can Be Heard in a Big Parliament",
        "title_devised": False,
        "title_variants": ["Lobbying the Knesset"],
        "audience": [],
        "language": "en",
        "places": ["IL"],
        "notes": "Slide outline; the title slide's heading and its subtitle line (joined after a colon; the "
                 "heading alone a variant). The title slide's presentation date (Members' Day, 23 November 2008) "
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
                 "The officers' list gives no subject. In passing: the clemency letters and the Press "
                 "Club seminar inside the death-penalty section, the women awaiting trial (a clause), "
                 "the letters to the Home Department inside the blasphemy section.",
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
                 "call: the flyer itself is addressed to the public). The three kinds of work "
                 "(prisoners, defenders, education) are examples in one sentence: in passing.",
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
    # ------------------------------------------------------------------ batch 2 (planning 21-40)
    {
        "id": "1206",
        "split": "holdout12",
        "date": "1972-02-09",
        "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["lobbying", "prisoners of conscience"],
        "title": "[Letter from the Coventry group to its MP about an adopted prisoner in Greece]",
        "title_devised": True,
        "title_variants": ["[Letter from the Coventry group secretary to the MP about a prisoner in Greece]"],
        "audience": [],
        "language": "en",
        "places": ["GB", "GR"],
        "notes": "A letter actually sent (FILE COPY carbon): letter, devised title. Mentioned: "
                 "October 1969 (arrest), 1970 (sentence), 1969 (Greece leaving the Council of "
                 "Europe). Asking the MP to raise the case with the Foreign Secretary and to meet the "
                 "group -> lobbying, GB (national legislature and government); prisoner in Greece -> "
                 "prisoners of conscience, GR. The letter is itself written to an official, but it is "
                 "not about writing appeals: not letter writing. Typist's initials and cc are noise.",
        "text": """\
FILE COPY

MERIDIAN SOLIDARITY LEAGUE -- COVENTRY GROUP
Hon. Secretary: Mrs. E. M. Garside, 14 Styvechale Avenue, Coventry CV5 6DX
Telephone: Coventry 75213

                                                        9th February, 1972

R. T. Holloway, Esq., M.P.,
House of Commons,
London, S.W.1.

Dear Mr. Holloway,

I am writing on behalf of the Coventry group of the Meridian Solidarity League, of
which several of your constituents are members, about a prisoner whom the group
has adopted.

Mr. Nikos Vardakis is a lawyer from Patras. He was arrested in October 1969 and in
1970 was sentenced by the Special Military Court in Athens to eight years'
imprisonment for membership of a prohibited organisation and for distributing
leaflets calling for a return to parliamentary government. There has never been any
suggestion that he used or advocated violence. He is held in Korydallos prison, and
his wife tells us that his health, never strong, has declined badly this winter.

The group has written regularly to the Greek authorities for more than a year,
without any reply. We believe that a word from Her Majesty's Government would carry
more weight than any number of letters from private citizens. Since Greece left the
Council of Europe in 1969 there are few other channels open.

May we therefore ask whether you would be willing to raise Mr. Vardakis's case with
the Foreign and Commonwealth Secretary, and to ask whether representations can be
made to the Greek Government on his behalf? We should also very much welcome the
chance to meet you at one of your constituency surgeries, so that two members of the
group could give you the full details of the case.

Thank you for your attention to this letter.

Yours sincerely,

E. M. Garside (Mrs.)
Hon. Secretary

EMG/jt
c.c. British Section office, London
""",
    },
    {
        "id": "1213",
        "split": "holdout12",
        "date": "2003-05-17",
        "date_form": "day-month-year-numeric",
        "type": "sign-in sheet",
        "subjects": ["women's rights"],
        "title": "Women's Rights Training: Attendance",
        "title_devised": False,
        "title_variants": ["Women's Rights Training", "Attendance: Women's Rights Training"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'Attendance' directly under the heading: joined after it. Zambian material: "
                 "17/05/2003 read D/M/Y (unambiguous anyway). Subject from the training's name.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- ZAMBIA SECTION, NDOLA BRANCH
Plot 1462, Broadway, P.O. Box 70318, Ndola

                         WOMEN'S RIGHTS TRAINING
                               Attendance

Venue: YWCA Hall, Ndola                                 Date: 17/05/2003

No. NAME                      ORGANISATION / GROUP       CONTACT             SIGNATURE
--- ------------------------- -------------------------- ------------------- ---------
 1  Mutale Chisenga           MSL Ndola                  0966 555 210        M.C.
 2  Beatrice Mwanza           YWCA                       P.O. Box 71109      B Mwanza
 3  Grace N. Phiri            MSL Ndola                  0977 555 483        GPhiri
 4  Agnes Tembo               Women for Change           0955 555 027        A.T.
 5  Fr. Lawrence Mulenga      St. Andrews Parish         --                  L Mulenga
 6  Esther Kabwe              MSL Kitwe                  0966 555 318        E.K.
 7  Memory Banda              Ndola Teachers' College    0977 555 904        M Banda
 8  Joyce Lungu               MSL Ndola                  0955 555 661        JL
 9  Ruth Siame                Legal Resources            P.O. Box 240071     R. Siame
10  Precious Mwila            (student)                  0966 555 149        P.M.
11  _________________________ __________________________ ___________________ _________
12  _________________________ __________________________ ___________________ _________
""",
    },
    {
        "id": "1217",
        "split": "holdout12",
        "date": "1992-10",
        "date_form": "spanish-place-month-year",
        "type": "trainer guide",
        "subjects": ["letter writing", "torture"],
        "title": "Guía para facilitadores: La tortura no tiene justificación",
        "title_devised": False,
        "title_variants": ["La tortura no tiene justificación",
                           "Guía para facilitadores: La tortura no tiene justificación: Taller de tres horas "
                           "para miembros de grupos locales"],
        "audience": ["local groups", "trainers"],
        "language": "es",
        "places": [],
        "notes": "Two pages; facilitator's guide (objectives, timings, 'pregunte a los "
                 "participantes', 'divida en grupos') -> trainers, plus 'miembros de grupos locales' "
                 "named as participants -> local groups. Closing 'Guayaquil, octubre de 1992' is "
                 "its date; 1984 and 1988 (Convention, Ecuador's ratification) mentioned. Sessions "
                 "on torture and one on writing an appeal letter -> letter writing. No place: the "
                 "ratification is one clause.",
        "text": """\
LIGA MERIDIANA DE SOLIDARIDAD -- SECCIÓN ECUADOR
Grupo Guayaquil · Casilla 09-01-4417 · Guayaquil

GUÍA PARA FACILITADORES
«La tortura no tiene justificación»
Taller de tres horas para miembros de grupos locales (12 a 20 personas)

OBJETIVOS
Al terminar el taller, los participantes podrán:
  - explicar qué es la tortura y por qué está prohibida en toda circunstancia;
  - reconocer los argumentos con que se la justifica y responder a ellos;
  - redactar una carta de apelación clara y respetuosa.

MATERIALES: papelógrafos, marcadores, copias del testimonio (anexo 1), copias de
tres casos actuales (anexo 2), papel y sobres.

1. APERTURA (15 minutos)
Preséntese y pida a cada participante que diga su nombre y por qué vino.

2. ¿QUÉ ES LA TORTURA? (40 minutos)
Pregunte a los participantes qué palabras asocian con la tortura y anótelas en el
papelógrafo. Lea en voz alta el testimonio del anexo 1. Luego divida a los
participantes en grupos de cuatro y pida que cada grupo escriba una definición.
Compare las definiciones con la de la Convención contra la Tortura de 1984, que el
Ecuador ratificó en 1988.

3. «PERO SI ES UN TERRORISTA...» (30 minutos)
Presente la situación de la «bomba de tiempo» y pida a los grupos que discutan si
alguna vez se justifica torturar. Recoja los argumentos. Explique que la
prohibición es absoluta: ni la guerra ni la emergencia la suspenden, y que la
tortura produce confesiones falsas y destruye a quien la practica.
                                                                   - 1 -
\f
Guía para facilitadores -- La tortura no tiene justificación             - 2 -

   Receso (15 minutos)

4. CÓMO ACTUAR: LA CARTA DE APELACIÓN (50 minutos)
Explique la estructura de una buena carta: presentarse, exponer el caso con
exactitud, pedir algo concreto (investigación, acceso a un médico y a un abogado,
libertad), agradecer. Insista en el tono cortés: nunca insultar ni hablar de
política. Reparta los tres casos del anexo 2 y pida a cada participante que
escriba una carta a la autoridad indicada. Lea dos o tres en voz alta, con permiso
de sus autores, y comente lo que funciona.

5. CIERRE (15 minutos)
Recoja las cartas firmadas para enviarlas por el grupo. Pida a cada persona que
diga una cosa que se lleva del taller.

                                                 Guayaquil, octubre de 1992
""",
    },
    {
        "id": "1231",
        "split": "holdout12",
        "date": "1975",
        "date_form": "season",
        "type": "newsletter",
        "subjects": ["death penalty", "disappearances", "fundraising", "urgent actions"],
        "title": "Southern Meridian",
        "title_devised": False,
        "title_variants": ["Southern Meridian, Vol. 2, No. 3", "Southern Meridian, Vol. 2, No. 3, Fall 1975"],
        "audience": [],
        "language": "en",
        "places": ["CL", "US"],
        "notes": "Two pages. 'Fall 1975' -> year. Mentioned: 1972 (Furman), 1973 (Georgia law; the "
                 "Chilean coup, September 11, 1973), April (network launch), the calendar dates "
                 "(November 15, December 10). Items: death row in Georgia (US), the disappeared in "
                 "Chile (CL), the rapid-response network (urgent actions), benefits and sales "
                 "(fundraising). The calendar gives no subject; 'reason to fear torture' in the network item and the "
                 "legislature visit in the death-row item are in passing.",
        "text": """\
====================================================================
                         SOUTHERN MERIDIAN
     Newsletter of the Southern Region, Meridian Solidarity League
Vol. 2, No. 3                                              Fall 1975
            P.O. Box 5472, Atlanta, Georgia 30307
====================================================================

DEATH ROW IN GEORGIA: FULL AGAIN

Three years ago, when the Supreme Court decided Furman v. Georgia, it looked as if
the death penalty in this country might be finished. It was not. Georgia passed a
new law in 1973, and so did most Southern states. There are now more than forty men
under sentence of death at Reidsville, almost all of them poor, and a large
majority of them black. Appeals from Georgia and other states are on their way to
the Supreme Court, and lawyers expect a decision within the year. Our groups in
Atlanta and Athens have been visiting the families and will be at the Capitol when
the legislature meets in January.

CHILE: WHERE ARE THEY?

Two years after the coup of September 11, 1973, families in Santiago are still
going from police station to military barracks to prison, asking for husbands,
sons and daughters who were taken away and never seen again. The authorities say
they have no record of them. Church workers have now listed hundreds of such cases.
The League has taken up forty of them, and two of our Southern groups have each been
given a name. To be "disappeared" is to be denied even the status of a prisoner:
no charge, no trial, no visit, no grave.

NEW: THE RAPID RESPONSE NETWORK

Since April, thirty-one members in the region have signed up for the League's new
rapid response ("urgent action") network. When someone is arrested and there is
reason to fear torture, a short appeal goes out by mail or phone, and each member
promises to send an airmail letter or a telegram within three days. Speed is
everything: the first days in custody are the most dangerous. Call Dennis Oakes at
(404) 555-0163 to join.
                                                             -- over --
\f
SOUTHERN MERIDIAN, Fall 1975                                        page 2

MONEY, MONEY

The Athens group's bake sale on the courthouse lawn raised $212.40, the Nashville
coffeehouse benefit $185, and a single generous member in Chapel Hill sent a check
for $100 with a note saying "for stamps." The Regional Office needs $1,500 to get
through to June: if every group could hold one event this fall, we'd be there.
Ideas and a sample flyer are in the group mailing.

CALENDAR
   November 15    Regional meeting, Birmingham (details in the group mailing)
   December 10    Human Rights Day -- plan something in your town!

Editor: Ruth Ann Pickett.  Send news of your group by January 10.
""",
    },
    {
        "id": "1245",
        "split": "holdout12",
        "date": "1994-01-27",
        "date_form": "weekday-day-month-year",
        "type": "agenda",
        "subjects": ["freedom of expression", "fundraising", "group development", "group organizing"],
        "title": "Annual General Meeting",
        "title_devised": False,
        "title_variants": ["Annual General Meeting: Agenda", "Haifa Group: Annual General Meeting"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "AGENDA is separated from the heading by the date and venue lines: a section label. "
                 "Mentioned: 1993, 24 January (proxy deadline). Sessions: fundraising plan, election "
                 "of the committee's officers (roles: group organizing), the group's review and "
                 "priorities for the year (group development), a talk on freedom of expression and "
                 "the military censor (no country named in it). The chair's report gives no subject. "
                 "A group's own agenda: no audience.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- HAIFA GROUP
c/o 17 Hanassi Avenue, Haifa 34642          Tel. 04-8555219

                      ANNUAL GENERAL MEETING

              Thursday 27 January 1994, 19:30
         Community Centre, 6 Arlozorov Street, Hadar

                              AGENDA

19:30   Opening; adoption of the agenda
19:40   Chairperson's report on 1993 (Miriam Katz)
20:00   Treasurer's report, and the fundraising plan for 1994: the spring
        bazaar and the members' appeal (Yossi Haddad)
20:20   Election of the committee: chairperson, secretary, treasurer,
        case coordinator, and two members without portfolio
20:40   Coffee and cake
20:55   Guest speaker: "Freedom of expression and the military censor --
        what may a journalist write?" (Adv. Nabil Khoury)
21:30   Our year ahead: what worked in 1993, what did not, and the group's
        priorities for 1994 (discussion in small groups, then together)
22:00   Close

Members who cannot attend may give a written proxy to the secretary
by 24 January.
""",
    },
    {
        "id": "1246",
        "split": "holdout12",
        "date": "2007-02-22",
        "date_form": "day-range",
        "type": "evaluation form",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Training on Urgent Actions and Letter Writing: Participant Evaluation",
        "title_devised": False,
        "title_variants": ["Training on Urgent Actions and Letter Writing",
                           "Participant Evaluation: Training on Urgent Actions and Letter Writing"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'PARTICIPANT EVALUATION' directly under the heading: joined after it. '22-23 "
                 "February 2007' -> start day. Questions on the UA network and on writing appeal "
                 "letters -> urgent actions, letter writing.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- BANGLADESH SECTION
Chittagong Unit  *  House 9, Road 2, Nasirabad H/S, Chittagong  *  031-655 5180

           TRAINING ON URGENT ACTIONS AND LETTER WRITING
                      PARTICIPANT EVALUATION
           22-23 February 2007, Unit office, Nasirabad

Please tick one box for each question and write your comments. You need not give
your name.

1. How would you rate the training overall?
   [ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor

2. Session 1 -- "How the Urgent Action network works"
   [ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor
   Comments: _________________________________________________

3. Session 2 -- "Writing an effective appeal letter"
   [ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor
   Comments: _________________________________________________

4. Session 3 -- "Practice: letters on three current cases"
   [ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor
   Comments: _________________________________________________

5. Were the handouts clear and in a language you could use?   [ ] Yes   [ ] No

6. Will you join the Urgent Action network of the Chittagong Unit?
   [ ] Yes   [ ] No   [ ] Already a member

7. What was the most useful part of the training?
   ____________________________________________________________

8. What should we change next time?
   ____________________________________________________________

Name (optional): __________________   Group / college: __________________
""",
    },
    {
        "id": "1202",
        "split": "holdout12",
        "date": "1984-03-05",
        "date_form": "french-written-date",
        "type": "letter",
        "subjects": ["campaigning", "letter writing", "lobbying", "torture"],
        "title": "[Letter from the Luxembourg section to its members about the general assembly and the "
                 "campaign against torture]",
        "title_devised": True,
        "title_variants": ["[Lettre de la section luxembourgeoise à ses membres sur l'assemblée générale et la "
                           "campagne contre la torture]"],
        "audience": [],
        "language": "fr",
        "places": ["LU"],
        "notes": "Letter with salutation and signature; devised title, French form a variant. "
                 "Mentioned: 24 mars 1984 (assembly), 1973 (an earlier campaign). Launches the "
                 "section's campaign against torture -> campaigning, torture. Its list of actions: "
                 "appeal cards to governments -> letter writing; asking Luxembourg's deputies and "
                 "government to support the UN convention -> lobbying, LU. Addressed to members in "
                 "general: no audience term. The general assembly paragraph gives no subject.",
        "text": """\
LIGUE SOLIDARITÉ MÉRIDIENNE
Section luxembourgeoise
B.P. 1127 · Luxembourg-Ville · Tél. 4 55 62

                                               Luxembourg, le 5 mars 1984

Chères amies, chers amis,

Notre assemblée générale se tiendra le samedi 24 mars 1984 à 15 heures, à la salle
paroissiale de Bonnevoie. Vous trouverez l'ordre du jour ci-joint. Nous comptons sur
votre présence : il y aura un nouveau comité à élire.

Mais je vous écris surtout pour vous annoncer le lancement, au mois d'avril, de
notre campagne contre la torture. Dix ans après notre première action sur ce thème,
en 1973, la torture reste pratiquée dans plus d'un tiers des pays du monde : dans
les commissariats, les casernes, les prisons secrètes. Elle n'est pas l'acte isolé
de quelques brutes ; elle est presque toujours tolérée, sinon organisée, par les
autorités. Les témoignages que nous publierons dans la brochure de la campagne en
donnent une idée terrible.

La campagne durera toute l'année. Elle a trois buts : faire connaître la réalité de
la torture au public luxembourgeois ; obtenir des gouvernements concernés qu'ils y
mettent fin ; appuyer l'adoption par les Nations unies d'une convention qui
l'interdise partout.

Ce que nous vous demandons :
  - distribuer la brochure autour de vous, au travail, à l'école, à la paroisse ;
  - envoyer chaque mois les cartes d'appel que nous vous ferons parvenir aux
    chefs d'État et ministres des pays concernés ;
  - écrire au député de votre circonscription pour qu'il demande au gouvernement
    luxembourgeois de soutenir activement le projet de convention.

Je vous remercie de votre fidélité et vous prie de croire, chères amies, chers
amis, à mes sentiments les meilleurs.

                                           Jean-Paul Wagner
                                           Président de la section
""",
    },
    {
        "id": "1250",
        "split": "holdout12",
        "date": "2009-11-14",
        "date_form": "running-line-day-month-year",
        "type": "worksheet",
        "subjects": ["lobbying"],
        "title": "Planning a Lobby Visit",
        "title_devised": False,
        "title_variants": ["Planning a Lobby Visit: Worksheet 3", "Worksheet 3: Planning a Lobby Visit"],
        "audience": [],
        "language": "en",
        "places": ["PK"],
        "notes": "Running line of the course gives the date, not the title. Every question is about "
                 "a meeting with a Member of the National Assembly -> lobbying, PK (national "
                 "legislature). The domestic violence bill is only the worked example (in passing).",
        "text": """\
Lobbying Skills Course -- Islamabad -- 14 November 2009
Meridian Solidarity League, Pakistan Section

                        PLANNING A LOBBY VISIT
                             Worksheet 3

Work in pairs. Your group has secured a 30-minute meeting with the Member of the
National Assembly for your district. Use the issue your group chose this morning
(if you did not choose one, use the domestic violence bill as an example).

1. Name of the MNA, party, and the committees he or she sits on:

   ______________________________________________________________

2. The ONE thing you will ask this MNA to do (vote, speak, table a question):

   ______________________________________________________________

3. Why should this MNA care? (constituency, party position, what he or she has
   said before)

   ______________________________________________________________

4. Three facts you will bring, each in one sentence:

   a) ___________________________________________________________
   b) ___________________________________________________________
   c) ___________________________________________________________

5. What will you leave behind? (one page, a case sheet, a contact card)

   ______________________________________________________________

6. Who in your group will follow up, how, and by when?

   ______________________________________________________________
""",
    },
    {
        "id": "1258",
        "split": "holdout12",
        "date": "2006-10-10",
        "date_form": "french-weekday-written-date",
        "type": "flyer",
        "subjects": ["death penalty", "vigils and demonstrations"],
        "title": "Marche pour l'abolition de la peine de mort",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "fr",
        "places": ["MG"],
        "notes": "Flyer for a march; its date is the march's. 1958 (last execution) mentioned. "
                 "Madagascar's law and courts -> MG.",
        "text": """\
LIGUE SOLIDARITÉ MÉRIDIENNE -- SECTION DE MADAGASCAR

                       MARCHE POUR L'ABOLITION
                        DE LA PEINE DE MORT

        Mardi 10 octobre 2006 -- Journée mondiale contre la peine de mort

      Départ : 15 heures, place de l'Indépendance (Analakely)
      Arrivée : jardin d'Ambohijatovo

Madagascar n'a exécuté personne depuis 1958. Pourtant, chaque année, nos tribunaux
prononcent encore des condamnations à mort, et des hommes attendent dans les prisons
une sentence qui ne sera jamais exécutée -- ou qui pourrait l'être.

                  IL EST TEMPS D'ABOLIR DANS LA LOI
                  CE QUI EST DÉJÀ ABOLI DANS LES FAITS.

                   Venez nombreux, habillés de blanc.

        Renseignements : Lot IVG 112 bis, Antsahavola -- Tél. 22 555 41
""",
    },
    {
        "id": "1255",
        "split": "holdout12",
        "date": "2005-08",
        "date_form": "revision-footer",
        "type": "handout",
        "subjects": ["fundraising", "group organizing", "online activism", "recruitment"],
        "title": "Starting a Student Group: Ten Steps",
        "title_devised": False,
        "title_variants": ["Starting a Student Group"],
        "audience": ["student groups"],
        "language": "en",
        "places": [],
        "notes": "Tip sheet -> handout; footer 'Rev. 8/05' -> 2005-08. The ten steps are the content: "
                 "starting a group (advisor, registration, first meeting, officers) -> group "
                 "organizing; recruiting at the fair -> recruitment; e-mail list and web page for "
                 "online actions -> online activism; raising money -> fundraising. For students "
                 "starting a group -> student groups.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- PACIFIC NORTHWEST STUDENT NETWORK

                  STARTING A STUDENT GROUP: TEN STEPS

So you want a League group on your campus. Great -- here's how other students in
Oregon, Washington and Idaho have done it.

 1. Find two or three friends who care. You can't do it alone, and you shouldn't.

 2. Find a faculty or staff advisor. Most schools require one, and a good advisor
    can find you a room and vouch for you with the administration.

 3. Register with the student activities office so you can book rooms, table on
    campus and apply for funds.

 4. Hold a first meeting. Keep it short and fun: pizza, a ten-minute video, what
    the League does, and a sign-up sheet.

 5. Recruit! Table at the fall activities fair, put flyers in the dorms, ask
    professors for two minutes at the start of a class. Follow up with everyone
    who signs up within a week.

 6. Choose officers (at least a coordinator and a treasurer) and a regular
    meeting time and place. Same night every week works best.

 7. Set up an e-mail list and a simple web page. Use them to send out the
    League's online actions and to remind people about meetings.

 8. Pick one issue for the term and stick with it -- a group that does one thing
    well keeps its members.

 9. Raise some money: a bake sale, a benefit show with campus bands, or a request
    to student government for funding.

10. Stay in touch with the regional student coordinator (students@msl-pnw.org),
    who can send speakers, materials and ideas.

Rev. 8/05                              MSL Pacific Northwest Student Network
""",
    },
    {
        "id": "1215",
        "split": "holdout12",
        "date": "1992-09-03",
        "date_form": "weekday-day-month-year",
        "type": "report",
        "subjects": ["death penalty", "letter writing", "recruitment"],
        "title": "Minutes of the Kingston Group Meeting",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["JM"],
        "notes": "Minutes -> report; the meeting's date is on a line of its own (not in the title). "
                 "Mentioned: 20 August (letter-writing evening), 15 October, next meeting 1 October "
                 "1992, 1979 (sentence). Items: death row and the Privy Council appeal (Jamaica) -> "
                 "death penalty, JM; the letter-writing evening -> letter writing; the UWI stall -> "
                 "recruitment. The treasurer's balance is not fundraising.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- JAMAICA SECTION

                 MINUTES OF THE KINGSTON GROUP MEETING

held on Thursday 3 September 1992 at the Section office, 5 Lady Musgrave Road,
Kingston 5, at 6.00 p.m.

PRESENT: Mrs. D. Henriques (chair), Mr. C. Bailey, Miss M. Clarke, Mr. W. Ffrench,
Mrs. P. Gordon, Mr. D. Morrison, Dr. H. Wint. APOLOGIES: Mr. L. Brown.

1. DEATH ROW. Mr. Bailey reported on the appeal to the Privy Council of the two men
who have been on death row at St. Catherine District Prison since 1979. Their
lawyers argue that to hang a man after so many years under sentence would itself be
inhuman. The group noted that more than two hundred men are now under sentence of
death in Jamaica and that conditions on death row remain very bad. It was agreed
that the Section's statement opposing any resumption of hangings be sent again to
the Gleaner and that members attend the hearing of any local appeal.

2. LETTER-WRITING EVENING. Sixty-three letters were written at the evening held on
20 August, on four cases from the international mailing. Miss Clarke thanked the
members who brought their own paper and stamps. Agreed to hold the next evening on
15 October, and to start earlier (5.30) so that members coming from work can leave
before dark.

3. UWI STALL. Dr. Wint reported that the stall at the University during orientation
week signed up fourteen students, three of whom have since come to a meeting. He
proposed that each new student be given a "buddy" from the group. Agreed.

4. TREASURER. Balance J$1,840.55.

5. NEXT MEETING: Thursday 1 October 1992, same time and place.

                                         Minutes taken by M. Clarke
""",
    },
    {
        "id": "1244",
        "split": "holdout12",
        "date": "1997-04",
        "date_form": "spanish-revision-month-year",
        "type": "manual",
        "subjects": ["fundraising", "group organizing", "urgent actions"],
        "title": "Manual del Grupo Local",
        "title_devised": False,
        "title_variants": [],
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "Three pages of a manual (index, chapters) -> manual. 'Segunda edición revisada: "
                 "abril de 1997' wins over 'Primera edición: 1993'. Chapters present: organizing a "
                 "local group, Urgent Actions, the group's finances (dues, activities to raise money) "
                 "-> group organizing, urgent actions, fundraising; chapter 1 (what the League is) "
                 "gives no subject. 'Este manual es para los grupos locales' -> local groups.",
        "text": """\
LIGA MERIDIANA DE SOLIDARIDAD -- SECCIÓN BOLIVIA
Calle Libertad 318, Casilla 2271, Santa Cruz de la Sierra · Tel. 33-5521

                       MANUAL DEL GRUPO LOCAL

     Primera edición: 1993 · Segunda edición revisada: abril de 1997

Este manual es para los grupos locales de la Liga: para los que recién empiezan y
para los que ya tienen años de trabajo. Guárdenlo en el archivo del grupo y
consúltenlo cuando tengan dudas.

ÍNDICE
   Capítulo 1.  ¿Qué es la Liga? ....................................  3
   Capítulo 2.  Cómo organizar un grupo local ........................  7
   Capítulo 3.  Las Acciones Urgentes ................................ 15
   Capítulo 4.  Las finanzas del grupo ............................... 21
   Anexos: modelos de actas, de informe anual y de carta ............. 27
\f
                                                                       7
CAPÍTULO 2. CÓMO ORGANIZAR UN GRUPO LOCAL

2.1 ¿Cuántas personas? Un grupo puede empezar con cinco personas comprometidas.
Más vale un grupo pequeño que trabaja que uno grande que solo se reúne.

2.2 La reunión mensual. Fijen un día y un lugar: por ejemplo, el primer martes de
cada mes en la parroquia o en la casa de un miembro. Preparen un orden del día y
levanten un acta de cada reunión.

2.3 Los cargos. Todo grupo necesita un coordinador o coordinadora, que convoca y
representa al grupo; un secretario, que lleva las actas y la correspondencia; un
tesorero, que maneja el dinero y rinde cuentas; y un responsable de Acciones
Urgentes. Los cargos se eligen cada año en la reunión de enero.

2.4 El registro. Envíen a la Coordinación Nacional la lista de miembros y de
cargos. Solo los grupos registrados reciben los materiales.
\f
                                                                      15
CAPÍTULO 3. LAS ACCIONES URGENTES

Cuando una persona es detenida y corre peligro de ser torturada o desaparecida, la
Liga envía una Acción Urgente: una hoja con los datos del caso, a quién escribir y
qué pedir. El responsable del grupo la recibe por fax o por correo y reparte las
cartas entre los miembros el mismo día. Las cartas deben salir en un plazo de tres
días. Anoten cada carta enviada en el registro del grupo.

                                                                      21
CAPÍTULO 4. LAS FINANZAS DEL GRUPO

Cada miembro paga una cuota mensual fijada por el grupo. Además, los grupos
organizan actividades para juntar fondos: kermeses, rifas, venta de tarjetas en
diciembre, peñas. El tesorero lleva un cuaderno de ingresos y gastos y presenta un
informe en cada reunión. Una vez al año el grupo envía un aporte a la Coordinación
Nacional.
""",
    },
    {
        "id": "1252",
        "split": "holdout12",
        "date": "1988",
        "date_form": "edition-line-season",
        "type": "trainer guide",
        "subjects": ["public speaking"],
        "title": "Session Guide: Public Speaking for Group Members",
        "title_devised": False,
        "title_variants": ["Public Speaking for Group Members"],
        "audience": ["local groups", "trainers"],
        "language": "en",
        "places": [],
        "notes": "The running header 'TRAINERS' PACK -- MIDLANDS REGION -- SPRING '88' is an edition "
                 "line: not the title, its date (1988, season -> year). Trainer guide -> trainers; "
                 "participants are group members -> local groups. Every step is about giving a talk "
                 "-> public speaking. No facilitation section (the one sentence on kind feedback is "
                 "inside a step).",
        "text": """\
TRAINERS' PACK -- MIDLANDS REGION -- SPRING '88                           Unit 5

            SESSION GUIDE: PUBLIC SPEAKING FOR GROUP MEMBERS

AIM: to give group members the confidence to give a ten-minute talk about the
League to a school assembly, a church group, a Women's Institute or a Rotary club.

TIME: two hours.  GROUP SIZE: 6 to 12.  YOU WILL NEED: flip chart and pens, a watch
with a second hand, blank index cards, copies of the "Three-Part Talk" sheet.

1. WARM-UP (15 min). Ask each participant to speak for one minute, without notes, on
   how they got here today. Time them strictly. Point out afterwards that everyone
   managed it.

2. WHAT MAKES A GOOD TALK? (20 min). Ask the participants to remember the best
   speaker they ever heard and say what made them good. List the answers on the
   flip chart. Draw out: a clear beginning, one real story, eye contact, not too
   many figures, a clear ending.

3. PREPARING A TALK (25 min). Hand out the "Three-Part Talk" sheet: the hook (a
   question or a picture), the story (one prisoner, one name, one face), and the
   ask (one thing the audience can do tonight). Each participant prepares a
   five-minute talk on index cards.

4. PRACTICE IN THREES (45 min). In groups of three, each person gives the talk; one
   listens, one times and notes. After each talk, the listeners give two things
   that worked and one thing to try. Keep the feedback kind and specific.

5. HANDLING QUESTIONS (10 min). Put up the usual awkward questions ("Why don't you
   do anything about ...?", "Isn't this just politics?") and work out short,
   honest answers together.

6. CLOSE (5 min). Each participant names one place where they will give a talk in
   the next three months. Write it down and send it to the Regional Office.

Meridian Solidarity League, Midlands Regional Office, 41 Bull Street, Birmingham B4 6AF
""",
    },
    {
        "id": "1224",
        "split": "holdout12",
        "date": "1980-05-02",
        "date_form": "submitted-ordinal-day-month-year",
        "type": "report",
        "subjects": ["armed conflict", "lobbying", "refugees"],
        "title": "Report of the Seminar on Refugees and Human Rights",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["AO", "ZM"],
        "notes": "The report's own date ('Submitted to the Section Executive, 2nd May 1980') wins over "
                 "the seminar's dates (12th-13th April 1980). Mentioned: 1970 (Refugees Act), 18th "
                 "April (Zimbabwe's independence). Sections on the wars that uproot people (Angola "
                 "above all) -> armed conflict, AO; refugees in Zambia and Zambia's refugee law -> "
                 "refugees, ZM; a recommendation to make representations to the Government about "
                 "the law -> lobbying. Zimbabwe and Namibia are named in passing. Report to the "
                 "Executive: no audience.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE
Zambia Section -- P.O. Box 31482, Lusaka

        REPORT OF THE SEMINAR ON REFUGEES AND HUMAN RIGHTS
        held at the Anglican Centre, Lusaka, 12th-13th April 1980

1. PARTICIPANTS. Thirty-four people took part: members of the Section from Lusaka,
Kabwe and the Copperbelt; church workers; two officers of the Red Cross; a
representative of the UNHCR office in Lusaka; and eight refugees, from Angola,
Namibia, South Africa and Zimbabwe, who spoke of their own experience.

2. THE WARS THAT UPROOT PEOPLE. The first session looked at why so many people have
come to Zambia. In Angola, five years after independence, the fighting between the
Government and UNITA continues in the south and east, and South African forces have
repeatedly crossed the border, bombing villages and, more than once, camps of
Namibian refugees. Participants from Angola described whole districts emptied of
people, fields that cannot be planted because of mines, and men taken by one side or
the other to fight. Civilians are not protected by either side. With the coming of
Zimbabwe's independence on 18th April, many Zimbabweans here hope to go home soon.

3. REFUGEES IN ZAMBIA. Zambia has received refugees generously, but the speakers
pointed to real problems. Under the Refugees (Control) Act of 1970, refugees must
live in designated settlements such as Meheba unless given permission to live
elsewhere, and many in Lusaka live without papers, in fear of arrest. Work permits
are rarely given. Children in the settlements have primary schools but almost no
secondary places. Refugees who are accused of political activity can be detained
or sent back with little process.

4. RECOMMENDATIONS. The seminar asked the Section Executive:
   (a) to make representations to the Government that the Refugees (Control) Act be
       reviewed, in particular the rules on residence, work and expulsion;
   (b) to set up a small committee to help refugees in Lusaka with papers;
   (c) to hold a similar seminar on the Copperbelt next year.

Submitted to the Section Executive, 2nd May 1980.

                                      (signed) Chileshe Mumba
                                      Seminar Secretary
""",
    },
    {
        "id": "1203",
        "split": "holdout12",
        "date": "2008-04-15",
        "date_form": "email-header",
        "type": "letter",
        "subjects": ["fair trials", "online activism", "petitions", "vigils and demonstrations"],
        "title": "[E-mail to Birmingham group members about the Guantánamo petition and rally]",
        "title_devised": True,
        "title_variants": ["Guantanamo -- sign the petition + rally on the 26th"],
        "audience": ["local groups"],
        "language": "en",
        "places": ["US"],
        "notes": "E-mail with greeting and signature -> letter (devised title; the Subject line is a "
                 "variant). Date from the header (Tue, 15 Apr 2008). Mentioned: January 2002, "
                 "April 26. Detention without charge or fair trial at Guantánamo by the US -> fair "
                 "trials, US. Two actions: an online petition (online activism, petitions) and a "
                 "rally (vigils and demonstrations). To the group's members -> local groups.",
        "text": """\
From: "Leah Drummond" <ldrummond@bellsouth.net>
To: bham-group@lists.meridianleague.org
Date: Tue, 15 Apr 2008 21:14:07 -0500
Subject: Guantanamo -- sign the petition + rally on the 26th

Dear Birmingham group members,

It's been more than six years since the first detainees were flown to Guantanamo in
January 2002, and about 270 men are still there. Most have never been charged with
anything. The few who have face military commissions that allow evidence obtained
by coercion and secret evidence the defense cannot see -- nobody who has looked at
them seriously thinks they meet the standards of a fair trial. Men have been held
for six years without ever seeing a judge.

Two things I'm asking you to do this month:

1. SIGN THE ONLINE PETITION. The national office's petition asks the President and
   Congress to close Guantanamo and either charge the detainees in federal court or
   release them. It takes one minute:
      http://www.meridianleague.org/act/guantanamo
   Then forward this e-mail to five friends. We're trying to get Alabama past 3,000
   signatures before it goes to Washington.

2. COME TO THE RALLY on Saturday, April 26, at noon in Linn Park, across from the
   courthouse. We'll have orange jumpsuits for anybody willing to wear one, and a
   few signs. Bring a friend. It'll be an hour, tops.

Thanks, everybody -- see you on the 26th, and at the meeting on the 2nd.

Leah

Leah Drummond
Group Coordinator, Birmingham Group
Meridian Solidarity League
""",
    },
    {
        "id": "1243",
        "split": "holdout12",
        "date": "2001-01",
        "date_form": "spanish-month-range",
        "type": "report",
        "subjects": ["equality and non-discrimination", "fundraising", "human rights education"],
        "title": "Informe trimestral",
        "title_devised": False,
        "title_variants": ["Informe trimestral, enero-marzo de 2001"],
        "audience": [],
        "language": "es",
        "places": ["CR"],
        "notes": "Quarterly report with no date of issue: the start of 'Enero - marzo de 2001', on a "
                 "line of its own (not in the title). Mentioned: April-June (next quarter), 2000. "
                 "Sections: talks in schools and a teachers' workshop (human rights education); a "
                 "project against xenophobia towards Nicaraguan migrants in Costa Rica (equality and "
                 "non-discrimination, CR; not called a campaign); a grant and T-shirt sales "
                 "(fundraising). Next-quarter plans repeat these.",
        "text": """\
LIGA MERIDIANA DE SOLIDARIDAD -- SECCIÓN COSTA RICA
Apartado 1127-1002, San José · Tel. 255-0143 · Fax 255-0147

                          INFORME TRIMESTRAL
                         Enero - marzo de 2001

1. EDUCACIÓN EN DERECHOS HUMANOS
Entre febrero y marzo, cinco voluntarios dieron charlas en nueve colegios de
Desamparados, Heredia y Cartago, con un total de unos 640 estudiantes de décimo y
undécimo año. El tema fue la Declaración Universal y los derechos de los jóvenes.
El 24 de marzo se realizó un taller para 22 docentes de Estudios Sociales sobre
cómo enseñar derechos humanos en el aula, con materiales que la Sección preparó el
año pasado.

2. PROYECTO «SOMOS VECINOS»
Continúa el trabajo contra la xenofobia hacia los migrantes nicaragüenses. Se
recogieron testimonios de discriminación en el trabajo, en la vivienda y en los
servicios de salud, y se hicieron dos foros comunales, en La Carpio y en Pavas,
con participación de vecinos costarricenses y nicaragüenses. Los chistes y
comentarios despectivos que se oyen en la radio y en la calle no son inofensivos:
preparan el terreno para la exclusión.

3. FINANZAS
La fundación holandesa que apoya el proyecto «Somos vecinos» aprobó la segunda
parte de la donación. La venta de camisetas en la Feria
del Libro dejó 84.000 colones. Las cuotas de los miembros siguen bajas: solo el 40%
está al día.

4. PRÓXIMO TRIMESTRE (abril-junio)
Charlas en seis colegios más; tercer foro comunal, en Alajuelita; campaña de
cuotas entre los miembros.

                                 Coordinación Nacional, Sección Costa Rica
""",
    },
    {
        "id": "1208",
        "split": "holdout12",
        "date": "1978",
        "date_form": "issued-year",
        "type": "handout",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Prisoners of Conscience: What Adoption Means",
        "title_devised": False,
        "title_variants": ["Prisoners of Conscience", "Prisoners of Conscience: What Adoption Means: For New Members"],
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "Information sheet -> handout; 'Issued by the Israel Section, Tel Aviv, 1978' is its "
                 "date. 'For new members' -> new members. Sections on who is a prisoner of "
                 "conscience and adoption; the list of what the group does is all writing (to the "
                 "authorities, to the prisoner and family) -> letter writing.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- ISRAEL SECTION

              PRISONERS OF CONSCIENCE: WHAT ADOPTION MEANS
                           For new members

WHO IS A PRISONER OF CONSCIENCE?
A man or woman imprisoned, detained or restricted because of his or her beliefs,
colour, sex, ethnic origin, language or religion, who has not used or advocated
violence. The League works for the release of every such prisoner, whatever the
government that holds him and whatever his opinions.

HOW DOES A GROUP ADOPT A PRISONER?
The League's research department studies each case before it is taken up. When it
is satisfied, it allocates the case to a group -- never in the group's own country.
The group then "adopts" the prisoner: it takes responsibility for that person until
he or she is free. A group usually has two or three prisoners at a time, from
different parts of the world.

WHAT DOES THE GROUP DO?
 - It writes regularly and courteously to the authorities holding the prisoner:
   the head of state, the ministers concerned, the prison director.
 - It writes to the country's embassy in Israel and asks for a meeting.
 - Where it is safe, it writes to the prisoner, and to the family, sending
   greetings and news -- never politics.
 - It keeps a careful file of every letter sent and every reply received.

HOW LONG DOES IT TAKE?
Sometimes months, sometimes years. Many of our groups have worked on one prisoner
for five years or more. Do not be discouraged: the releases, when they come, come
suddenly.

                          Issued by the Israel Section, Tel Aviv, 1978
""",
    },
    {
        "id": "1237",
        "split": "holdout12",
        "date": "1986-07-14",
        "date_form": "day-month-year-numeric-dotted",
        "type": "memo",
        "subjects": ["fundraising"],
        "title": "Fund-raising week and membership subscriptions",
        "title_devised": False,
        "title_variants": ["[Memo to group conveners about the fund-raising week and membership subscriptions]"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Memo form; the Subject line is the title. Bangladeshi material: 14.7.86 read "
                 "D.M.Y. Mentioned: 28.6.86 (executive meeting), 1-7 September 1986, 31.8.86 "
                 "(deadline), the RECEIVED stamp (19 JUL 1986). Fund-raising events and "
                 "subscriptions -> fundraising. To group conveners -> local groups.",
        "text": """\
                    MERIDIAN SOLIDARITY LEAGUE
                        BANGLADESH SECTION
         12/1 Segun Bagicha, Dhaka-1000.  Phone: 40 55 17

                           MEMORANDUM
                                                   RECEIVED 19 JUL 1986
To      : All Group Conveners                      Chittagong Unit
From    : Section Secretary
Date    : 14.7.86
Subject : Fund-raising week and membership subscriptions

1. The Executive Committee at its meeting of 28.6.86 decided that the Section will
hold a Fund-raising Week from 1st to 7th September 1986. The Section's reserve is
now very low, and the rent of the office and the cost of postage for the groups'
letters have both risen this year.

2. Each group is requested to organise at least one event during the week, for
example a cultural evening, a sale of greeting cards and calendars, or a collection
among friends and colleagues. Groups in Dhaka may join together for one larger
programme at the Shilpakala Academy if a date can be found.

3. Membership subscriptions for 1986 are now due: Tk. 50 for ordinary members and
Tk. 20 for students. Conveners are requested to collect them and send the amount,
with a list of names, to the Treasurer by 31.8.86.

4. Receipt books are enclosed. Please account for every receipt, used or not.

                                                    (sd/-) A. K. M. Rahman
                                                    Section Secretary
Copy to: Treasurer; Office file.
""",
    },
    {
        "id": "1236",
        "split": "holdout12",
        "date": "1999-11-27",
        "date_form": "spanish-weekday-written-date",
        "type": "evaluation form",
        "subjects": ["lobbying", "women's rights"],
        "title": "Taller \"Derechos de la mujer y violencia\"",
        "title_devised": False,
        "title_variants": ["Derechos de la mujer y violencia",
                           "Taller \"Derechos de la mujer y violencia\": Cuestionario de evaluación"],
        "audience": [],
        "language": "es",
        "places": [],
        "notes": "CUESTIONARIO DE EVALUACIÓN is separated from the heading by the date line: a "
                 "section label. Questions on the session about violence against women (women's "
                 "rights) and on presenting proposals to municipal authorities (lobbying). No "
                 "country's law is discussed: no place.",
        "text": """\
LIGA MERIDIANA DE SOLIDARIDAD · Grupo Cuenca

              TALLER "DERECHOS DE LA MUJER Y VIOLENCIA"
             Cuenca, sábado 27 de noviembre de 1999

                      CUESTIONARIO DE EVALUACIÓN

Por favor, responda con sinceridad. No es necesario poner su nombre.

1. ¿Cómo califica el taller en general?
   ( ) Muy bueno   ( ) Bueno   ( ) Regular   ( ) Malo

2. Sesión de la mañana: "La violencia contra la mujer: cómo reconocerla y cómo
   denunciarla". ¿Le fue útil?
   ( ) Mucho   ( ) Algo   ( ) Poco   ( ) Nada
   ¿Por qué? ________________________________________________

3. Sesión de la tarde: "Cómo presentar nuestras propuestas a las autoridades
   municipales". ¿Le fue útil?
   ( ) Mucho   ( ) Algo   ( ) Poco   ( ) Nada
   ¿Por qué? ________________________________________________

4. ¿Qué fue lo más importante que aprendió hoy?
   __________________________________________________________

5. ¿Qué cambiaría usted en un próximo taller?
   __________________________________________________________

6. ¿Le gustaría participar en el grupo de trabajo sobre derechos de la mujer?
   ( ) Sí   ( ) No     Teléfono: ____________________

¡Gracias por su participación!
""",
    },
    {
        "id": "1225",
        "split": "holdout12",
        "date": "1996-05-18",
        "date_form": "month-day-year",
        "type": "slides",
        "subjects": ["media work"],
        "title": "Working with the Media",
        "title_devised": False,
        "title_variants": ["Working with the Media: Media Workshop for Group Media Coordinators"],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Overhead outline -> slides; date on the title overhead. All overheads are about "
                 "press work (news, releases, letters to the editor, interviews, reporters) -> media "
                 "work; a letter to the editor is media work, not letter writing. For group media "
                 "coordinators -> local groups.",
        "text": """\
OVERHEAD 1

        WORKING WITH THE MEDIA
        Media Workshop for Group Media Coordinators
        Seattle, May 18, 1996
        Meridian Solidarity League -- Pacific Northwest Region

OVERHEAD 2 -- What makes news?
   * It's new
   * It's local -- a Tacoma face, a Yakima connection
   * There's conflict or a deadline
   * There's a picture
   * It's timely (anniversaries, Human Rights Day, a release)

OVERHEAD 3 -- The press release
   * One page, double-spaced
   * Who / what / when / where / why in the first paragraph
   * A quote a reporter can use
   * Contact name and a phone number that answers

OVERHEAD 4 -- Letters to the editor
   * Respond within two days to something the paper printed
   * Under 200 words
   * Sign with your name and town, not "on behalf of" unless cleared

OVERHEAD 5 -- Interviews
   * Know your three points before the phone rings
   * Short sentences; no jargon ("prisoner of conscience" needs explaining)
   * It's OK to say "I'll get back to you"

OVERHEAD 6 -- Building relationships
   * Find the one reporter who covers this beat
   * Thank them when they get it right
   * Never waste their time
""",
    },
    # ------------------------------------------------------------------ batch 3 (planning 41-60)
    {
        "id": "1223",
        "split": "holdout12",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["refugees"],
        "title": "[Speaker's notes for a talk on refugees and asylum seekers]",
        "title_devised": True,
        "title_variants": ["[Notes for a talk on refugees and asylum seekers to the Mothers' Union]"],
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "Loose speaker's notes with no heading but a jotted occasion line: type null, "
                 "devised title. Undated: 'Thurs.' has no year, and the years mentioned (1951, 1998, "
                 "1999, 'since April') are history or case dates; the voucher system would suggest "
                 "2000-02 but a date guessed from content is not a label. Asylum in Britain -> "
                 "refugees, GB. Befriending and English classes are ways to help refugees, no other "
                 "vocabulary topic. The notes are for a talk but not about the skill of speaking.",
        "text": """\
Mothers' Union, St Mary's -- Thurs. 7.30  (ask for 20 mins + questions)

1. Who we are -- 2 mins only. Leaflets on the table at the back.

2. What is a refugee?
   - someone who has fled their country because of a well-founded fear of
     persecution -- 1951 Convention (read out the definition, slowly)
   - NOT an "economic migrant" -- be ready for this, someone always says it
   - asylum seeker = has asked, waiting for a decision

3. Here in Leicestershire
   - since April, people sent here from London and Kent under the 1999 Act
     ("dispersal") -- housed where the flats are cheap, often no friends, no
     interpreter
   - living on vouchers, not cash -- 70% of income support -- can't use them on
     the bus, no change given in shops (story of the woman at Asda)
   - not allowed to work while they wait
   - some held at Campsfield / Haslar for months, not charged with anything

4. A. -- Kurdish teacher, came 1998, beaten in custody twice before he left,
   still waiting for his interview. (Ask his permission again before using
   his first name -- use "A." if in doubt.)

5. What they could do
   - befriending scheme: one visit a week, someone to phone
   - English conversation group at the church hall?
   - coats and children's shoes for the winter -- NOT money, vouchers
     can't be topped up

6. Questions. Thank them. Tea.
""",
    },
    {
        "id": "1239",
        "split": "holdout12",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["human rights education"],
        "title": "Certificate of Participation",
        "title_devised": False,
        "title_variants": [],
        "audience": ["educators"],
        "language": "en",
        "places": [],
        "notes": "A certificate: type null (a kind the list lacks); its own heading is transcribed. "
                 "Undated: the 'Given at Lahore this ___ day of ___ 19__' line is blank. The course it "
                 "certifies is a human rights education course -> human rights education; it is "
                 "'for School Teachers' -> educators (a judgement call: the certificate names whom "
                 "the course is for).",
        "text": """\
                    MERIDIAN SOLIDARITY LEAGUE
                         PAKISTAN SECTION
              Training Unit, 14-B Zafar Ali Road, Lahore

                   CERTIFICATE OF PARTICIPATION

                  This is to certify that

          ______________________________________________

          has participated in the Human Rights Education Course
                       for School Teachers
           "Teaching Human Rights in the Classroom"
      organised by the Training Unit of the Pakistan Section.

         Given at Lahore this ______ day of ______________ 19____


     ______________________                ______________________
        Course Director                      Chairperson of the Section
""",
    },
    {
        "id": "1254",
        "split": "holdout12",
        "date": "2010",
        "date_form": "copyright",
        "type": "trainer guide",
        "subjects": ["facilitation", "group development", "recruitment"],
        "title": "Trainer's Guide: Recruiting and Keeping Members",
        "title_devised": False,
        "title_variants": ["Recruiting and Keeping Members",
                           "Trainer's Guide: Recruiting and Keeping Members: A 90-minute session for group leaders"],
        "audience": ["local groups", "trainers"],
        "language": "en",
        "places": [],
        "notes": "Two pages; trainer guide ('ask the participants', timings) -> trainers, plus 'for "
                 "group leaders' -> local groups. '(c) 2010' is its date. Parts on finding new "
                 "members (recruitment) and keeping members active (group development); a 'Tips for "
                 "the trainer' section -> facilitation. The Facebook bullet only illustrates "
                 "recruitment (not online activism).",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- SOUTHERN REGION
Nashville Training Team

              TRAINER'S GUIDE: RECRUITING AND KEEPING MEMBERS
                   A 90-minute session for group leaders

PURPOSE. Most of our groups are not short of ideas; they are short of people. This
session helps group leaders bring new people in and -- just as important -- keep
the ones they have.

BEFORE THE SESSION. Ask each participant to bring their group's sign-up sheets from
the last year and a count of how many of those people came back.

PART 1. WHY PEOPLE JOIN, WHY THEY LEAVE (20 minutes)
Ask the participants: "Why did you join? Who asked you?" Write the answers on the
newsprint. Almost always, someone asked them personally. Then ask: "Think of someone
who came twice and never again. Why?" Common answers: nobody talked to them, the
meeting was boring, there was no job for them.

PART 2. FINDING NEW MEMBERS (25 minutes)
Brainstorm, then sort into "tried" and "not yet tried":
   - the personal ask: each member brings one person
   - tables at festivals, campus fairs, church suppers
   - a short talk at a congregation or club, with a sign-up sheet
   - posting events on the group's Facebook page and the local events listings
Have each participant pick two methods their group has not tried.
\f
Trainer's Guide: Recruiting and Keeping Members                          page 2

PART 3. KEEPING MEMBERS (25 minutes)
Walk through "the first thirty days": a call within a week, a buddy at the second
meeting, a small job by the third. Then discuss what keeps long-time members
going: meetings that start and end on time, celebrating every release and every
win, changing roles every year or two, a social evening now and then. Ask each
participant to name one thing their group will change this season.

PART 4. ACTION PLAN (15 minutes)
Participants fill in the half-page plan (handout 3): two recruiting methods, one
retention step, a date to check progress.

PART 5. WRAP-UP (5 minutes)

TIPS FOR THE TRAINER
 - Keep Part 1 moving; people love telling their joining story. Three or four is
   enough.
 - Mix participants from large and small groups in the pairs.
 - If someone dominates, thank them and ask to hear from "someone we haven't heard
   from yet."
 - End on time. You are modeling the meetings you want them to run.

(c) 2010 Meridian Solidarity League, Southern Region. May be copied for League training.
""",
    },
    {
        "id": "1201",
        "split": "holdout12",
        "date": "1982-08",
        "date_form": "prepared-month-year-numeric",
        "type": "worksheet",
        "subjects": ["fundraising", "group development", "recruitment"],
        "title": "Group Planning Worksheet",
        "title_devised": False,
        "title_variants": [],
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Blanks to fill in -> worksheet. 'Prepared by the Southern Region office, 8/82' -> "
                 "1982-08 (month/year). Questions on membership goals and finding members "
                 "(recruitment), an income plan (fundraising) and reviewing the year (group "
                 "development). 'for local groups' -> local groups. The calendar question gives no "
                 "vocabulary topic of its own; the 'Prisoner case(s)' blank under 'main work' names "
                 "a kind of work without covering it (prisoners of conscience not labelled).",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- SOUTHERN REGION
Austin Area Office * P.O. Box 4478 * Austin, Texas 78765 * (512) 555-0129

                       GROUP PLANNING WORKSHEET
      for local groups -- fill it in together at your fall planning meeting

1. How many active members does your group have today?  ______
   How many would you like to have by next June?          ______

2. How will you find new members? List two ways you will try this year.
   a) ____________________________________________________________
   b) ____________________________________________________________

3. Your group's main work this year:
   Prisoner case(s): _____________________________________________
   Other: ________________________________________________________

4. Calendar -- one thing each month:
   Sept ______________________   Feb  ______________________
   Oct  ______________________   Mar  ______________________
   Nov  ______________________   Apr  ______________________
   Dec  ______________________   May  ______________________
   Jan  ______________________   June ______________________

5. Income plan for the year:
   Group dues          $ ________
   Events              $ ________   (which? ____________________)
   Donations           $ ________
   TOTAL               $ ________
   Expected expenses (postage, copying, rent) $ ________

6. Who will be responsible for each item on your calendar? ____________

7. How will you know in June whether the year went well? What will you look at?
   ____________________________________________________________________

Prepared by the Southern Region office, 8/82.  Send a copy to Austin by October 1.
""",
    },
    {
        "id": "1204",
        "split": "holdout12",
        "date": "2000",
        "date_form": "season",
        "type": "newsletter",
        "subjects": ["LGBT rights", "fundraising", "media work", "refugees"],
        "title": "Midlands Meridian",
        "title_devised": False,
        "title_variants": ["Midlands Meridian, Issue 37", "Midlands Meridian, Issue 37 -- Summer 2000"],
        "audience": [],
        "language": "en",
        "places": ["GB", "ZW"],
        "notes": "Two pages. 'Summer 2000' -> year. Mentioned: the 1999 Act, April, 1995 "
                 "(Mugabe's speech), June (elections), 14 October (training day), diary dates. "
                 "Items: asylum seekers dispersed to the Midlands (refugees, GB); attacks on gay and "
                 "lesbian Zimbabweans (LGBT rights, ZW); the sponsored walk (fundraising); the media "
                 "training day announced with its content (media work). The election violence in "
                 "Zimbabwe is one clause; the request to write to the High Commission is one "
                 "sentence inside the Zimbabwe item (in passing, not letter writing); befriending "
                 "and English classes are part of the refugees item. The diary gives no subject.",
        "text": """\
-----------------------------------------------------------------------------
                          MIDLANDS MERIDIAN
     The newsletter of the Midlands groups of the Meridian Solidarity League
                       Issue 37  --  Summer 2000
  Regional office: 41 Bull Street, Birmingham B4 6AF  *  0121-555 0190
-----------------------------------------------------------------------------

ASYLUM SEEKERS IN THE MIDLANDS: VOUCHERS AND DISPERSAL

Since April, under the Immigration and Asylum Act 1999, people claiming asylum are
no longer left to find their own way in London. They are "dispersed" -- often at a
day's notice -- to cities where housing is cheap, and Birmingham, Coventry, Leicester
and Nottingham have all received hundreds. They live on vouchers worth 70 per cent of
income support, exchangeable only in certain shops, with no change given. Several of
our groups have started befriending schemes and English classes, and the Coventry
group is collecting evidence of how the voucher system works in practice. If you can
give two hours a week, ring the regional office.

ZIMBABWE: "WORSE THAN PIGS AND DOGS"

Five years after President Mugabe told a book fair that gay men and lesbians were
"worse than pigs and dogs", the harassment goes on. Members of Gays and Lesbians of
Zimbabwe report beatings, threats and arrests, and in the run-up to June's elections,
alongside the violence against the opposition, ministers repeated the attacks. No one
should be persecuted for who they love. The League is asking members to write to the
Zimbabwean High Commission; the Derby group has prepared a model letter.
                                                                     /over
\f
MIDLANDS MERIDIAN, Summer 2000                                        page 2

SPONSORED WALK RAISES £2,340

Twenty-six walkers from the Leicester and Derby groups covered the eleven miles of
towpath from Market Harborough to Foxton Locks and back on a glorious May Sunday.
Thanks to everyone who sponsored them, and to the Foxton pub that gave free
lemonade. The money will pay for this newsletter for a year and for the regional
training programme. Next year: Birmingham's turn to organise.

MEDIA TRAINING DAY: 14 OCTOBER

A one-day course for group press officers and anyone who would like to be one, at
the Friends' Meeting House in Nottingham. We will cover writing a press release that
gets read, local radio interviews (with a real BBC Radio Nottingham presenter
playing the tough interviewer), letters to the editor and getting a photograph into
the paper. Places limited to twenty: book with the regional office.

DIARY
   15 July       Regional committee, Birmingham
   10 September  Coventry group stall, Godiva Festival
   14 October    Media training day, Nottingham
   10 December   Human Rights Day
""",
    },
    {
        "id": "1257",
        "split": "holdout12",
        "date": "1995-09-15",
        "date_form": "french-day-range",
        "type": "agenda",
        "subjects": ["children's rights", "facilitation", "group development", "group organizing",
                     "urgent actions"],
        "title": "Séminaire de formation des responsables de groupes: Ordre du jour",
        "title_devised": False,
        "title_variants": ["Séminaire de formation des responsables de groupes",
                           "Ordre du jour: Séminaire de formation des responsables de groupes"],
        "audience": ["local groups"],
        "language": "fr",
        "places": [],
        "notes": "'Ordre du jour' directly under the heading: joined after it. '15-16 septembre 1995' "
                 "-> start day. Sessions: creating and running a group (group organizing), running a "
                 "meeting (facilitation), urgent actions, children's rights (the 1989 Convention, "
                 "mentioned), the groups' work plan for 1995-96 (group development). A seminar for "
                 "group leaders -> local groups. Workshops, opening and closing give no subject.",
        "text": """\
LIGUE SOLIDARITÉ MÉRIDIENNE -- SECTION DE MADAGASCAR
Groupe de Fianarantsoa · B.P. 1163 · Fianarantsoa 301

       SÉMINAIRE DE FORMATION DES RESPONSABLES DE GROUPES
                         Ordre du jour

            Fianarantsoa, 15-16 septembre 1995
               Maison des Œuvres, Tsianolondroa

VENDREDI 15 SEPTEMBRE
 8 h 00   Accueil des participants, inscription
 8 h 30   Ouverture par le président de la section
 9 h 00   Créer un groupe et le faire vivre : les réunions, le partage des
          responsabilités, les comptes rendus, la trésorerie
10 h 30   Pause
10 h 45   Animer une réunion : donner la parole, tenir le temps, faire
          décider, conclure
12 h 30   Déjeuner
14 h 30   Les actions urgentes : fonctionnement du réseau, rédaction rapide
          d'un appel, délais
16 h 00   Travaux en ateliers
17 h 30   Fin de la journée

SAMEDI 16 SEPTEMBRE
 8 h 30   Les droits de l'enfant : la Convention de 1989 et la situation
          des enfants dans nos écoles et nos quartiers
10 h 30   Pause
10 h 45   Plan de travail des groupes pour l'année 1995-1996
12 h 00   Clôture et déjeuner

Les frais de transport des participants des groupes de Manakara et d'Ambositra
seront remboursés sur présentation des billets.
""",
    },
    {
        "id": "1228",
        "split": "holdout12",
        "date": "1983-03-12",
        "date_form": "place-ordinal-day-month-year",
        "type": "letter",
        "subjects": ["freedom of expression", "letter writing", "prisoners of conscience"],
        "title": "[Letter from the Lahore group secretary to the group's members about a newly adopted "
                 "prisoner in Iran]",
        "title_devised": True,
        "title_variants": [],
        "audience": ["local groups"],
        "language": "en",
        "places": ["IR"],
        "notes": "Letter with salutation and signature; devised title. Mentioned: 1981 (arrest), "
                 "1948 (the Declaration), 26th March (letter-writing meeting). The adopted poet's "
                 "case (Iran) -> prisoners of conscience, IR; a paragraph on the right to freedom of "
                 "expression as such (Article 19) -> freedom of expression; a paragraph on how to "
                 "write the letters -> letter writing. To all members of the group -> local groups.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- PAKISTAN SECTION
Lahore Group
c/o 7 Temple Road, Lahore

                                                  Lahore, 12th March 1983

To all members of the Lahore Group

Dear Friends,

I am glad to tell you that the League has allocated a new prisoner to our group.
He is Hamid Rahimi, a poet and secondary school teacher from Tabriz in Iran, now
about thirty-five years old. He was arrested in Tehran in the autumn of 1981, some
weeks after a small collection of his poems was circulated in typescript among his
students and friends. As far as the League can learn, he has never been brought
before a court. His wife has been allowed to see him twice, in Evin prison, and
says that he is thin but in good spirits. He has two young daughters.

Some of you have asked why the League takes up the cases of writers and poets at all,
when so many people suffer worse things. The answer is in Article 19 of the
Universal Declaration of 1948: everyone has the right to hold opinions without
interference and to seek, receive and impart information and ideas through any
media. A government that imprisons a man for a poem is telling every other poet,
journalist and teacher to be silent. When we defend one writer, we defend the right
of all of us to speak -- and we in Pakistan have our own reasons to understand this.

How we shall write. Please address your letters to the authorities in Tehran given
on the enclosed sheet, and to the Iranian Embassy in Islamabad. Write briefly and
respectfully, in English or, if you can, in Persian. Say that you are a Pakistani
citizen concerned for Mr. Rahimi, ask that he be released or at least told of any
charge against him, and ask that his family be allowed to visit him regularly. Do
not mention politics or religion, and do not write anything that could harm him or
his family. Please do not write to his wife until we are sure it is safe.

We shall meet on Saturday 26th March at 5 p.m. at the usual place to write the first
letters together. Please bring envelopes.

With best wishes,

Shahnaz Mirza
Secretary, Lahore Group
""",
    },
    {
        "id": "1222",
        "split": "holdout12",
        "date": "2006-07-08",
        "date_form": "running-line-weekday-day-month-year",
        "type": "worksheet",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Urgent Action Letter Worksheet",
        "title_devised": False,
        "title_variants": [],
        "audience": ["youth"],
        "language": "en",
        "places": [],
        "notes": "The running line of the youth training day gives its date, not its title. "
                 "Questions on an Urgent Action case and blanks to draft the appeal letter -> urgent "
                 "actions, letter writing. A youth training -> youth. 'UA 142/06' is an appeal "
                 "number, not a date. The tick-box 'a fair trial' is one option among six (in "
                 "passing).",
        "text": """\
Kingston Youth Training Day -- Saturday 8 July 2006 -- Meridian Solidarity League, Jamaica Section

                     URGENT ACTION LETTER WORKSHEET

Read the Urgent Action in your pack (UA 142/06) carefully. Then answer the questions
and draft your letter. You have 25 minutes.

1. Who is at risk? (name, age, what he or she does)
   ______________________________________________________________

2. Where is the person held, and by whom?
   ______________________________________________________________

3. What are we afraid will happen?
   ______________________________________________________________

4. What are we asking for? (tick all that apply)
   [ ] release          [ ] access to a lawyer      [ ] access to family
   [ ] medical care     [ ] an investigation        [ ] a fair trial

5. To whom will you write? (copy the name and address from the UA)
   ______________________________________________________________

6. Draft your letter here. Keep it short, polite and to the point.

   Dear ____________________________,

   I am a young person from Jamaica writing to you about _______________
   ______________________________________________________________________
   ______________________________________________________________________
   ______________________________________________________________________

   Yours respectfully, ____________________

7. The deadline on the UA is ______________. Your letter must be posted (or faxed)
   before then.
""",
    },
    {
        "id": "1253",
        "split": "holdout12",
        "date": "1998-03",
        "date_form": "revision-month-year-numeric",
        "type": "manual",
        "subjects": ["children's rights", "civil and political rights", "economic, social and cultural rights",
                     "human rights education"],
        "title": "Human Rights in the Classroom: A Handbook for Teachers",
        "title_devised": False,
        "title_variants": ["Human Rights in the Classroom"],
        "audience": ["educators"],
        "language": "en",
        "places": [],
        "notes": "Two pages of a handbook with parts and contents -> manual. 'Revised 03/98' -> "
                 "1998-03 (month/year, no order question). Parts on what human rights are and on "
                 "teaching them (human rights education), civil and political rights as such, "
                 "economic, social and cultural rights as such, and the rights of the child. "
                 "'A Handbook for Teachers' -> educators. Zambia's Constitution is one clause: no "
                 "place.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- ZAMBIA SECTION
Human Rights Education Programme * P.O. Box 20533, Kitwe * Tel. 02-22 5571

                     HUMAN RIGHTS IN THE CLASSROOM
                        A Handbook for Teachers

                             Revised 03/98

CONTENTS
   Part One     What are human rights? ................................  1
   Part Two     Civil and political rights ............................  4
   Part Three   Economic, social and cultural rights ..................  7
   Part Four    The rights of the child ............................... 10
   Part Five    Lesson plans for Grades 5 to 9 ........................ 14

INTRODUCTION
This handbook is for teachers who want to bring human rights into their lessons,
whether in Civics, English, Religious Education or Social Studies. You do not need
to be an expert. Each part gives the basic ideas in plain language, and Part Five
gives ready-made lesson plans that have been tried in Copperbelt schools.

PART ONE: WHAT ARE HUMAN RIGHTS?
Human rights are the rights every person has because he or she is a human being.
They do not have to be earned and they cannot be taken away. They are written down
in the Universal Declaration of Human Rights and in treaties that Zambia has
signed. Teach them not as a list to be learned, but as something pupils already
know from their own sense of what is fair.
\f
                                                                          5

PART TWO: CIVIL AND POLITICAL RIGHTS
These are the rights that protect the person from abuse by the State and allow
citizens to take part in public life: the right to life; freedom from torture; the
right not to be arrested without reason and to a fair trial; freedom of thought,
religion, expression, assembly and association; the right to vote and to stand for
office. They are set out in the International Covenant on Civil and Political
Rights, and many of them in Part III of our own Constitution. A good class exercise:
ask pupils which of these rights a school prefect should respect.

PART THREE: ECONOMIC, SOCIAL AND CULTURAL RIGHTS
These are the rights to the things a person needs to live in dignity: work and fair
wages, food, housing, health care, education, and taking part in cultural life.
Governments must realise them progressively, as far as their resources allow, but
they must not discriminate and must not go backwards. Pupils in our schools know
these rights very well from their absence: ask them to list what their community
lacks, and which right each lack touches.

PART FOUR: THE RIGHTS OF THE CHILD
The Convention on the Rights of the Child gives every child the right to be heard,
to be protected from abuse and exploitation, to go to school and to play. Discuss
with older pupils the children they know who work instead of attending school, and
what corporal punishment says about a child's dignity.
""",
    },
    {
        "id": "1235",
        "split": "holdout12",
        "date": "1990-05-25",
        "date_form": "spanish-weekday-written-date",
        "type": "flyer",
        "subjects": ["disappearances", "vigils and demonstrations"],
        "title": "Vigilia por los desaparecidos: ¿Dónde están?",
        "title_devised": False,
        "title_variants": ["Vigilia por los desaparecidos"],
        "audience": [],
        "language": "es",
        "places": ["BO"],
        "notes": "Flyer for a vigil, dated by the vigil. The line '¿Dónde están?' directly under the "
                 "headline is a subtitle joined after a colon (the headline alone a variant). Mentioned: 1971-1978 and 1980-1981 "
                 "(the dictatorships). The disappeared of Bolivia -> disappearances, BO.",
        "text": """\
                             VIGILIA
                     POR LOS DESAPARECIDOS
                         ¿Dónde están?

             Viernes 25 de mayo de 1990, a las 19:00
            Atrio de la iglesia de San Francisco, La Paz

Durante las dictaduras de Banzer (1971-1978) y de García Meza (1980-1981), más de
ciento cincuenta bolivianos y bolivianas fueron detenidos por agentes del Estado y
nunca más se supo de ellos. Sus madres, esposas e hijos siguen preguntando dónde
están, y nadie les responde. Ningún gobierno ha abierto los archivos. Ningún
responsable ha sido juzgado.

Acompañemos a las familias. Encendamos una vela por cada uno de ellos.

                   TRAE UNA VELA Y UNA FLOR BLANCA

      Liga Meridiana de Solidaridad -- Sección Bolivia
      Casilla 9876, La Paz · Teléfono 35-5512
""",
    },
    {
        "id": "1233",
        "split": "holdout12",
        "date": "2007-09-12",
        "date_form": "version-day-month-year-numeric",
        "type": "trainer guide",
        "subjects": ["facilitation", "letter writing", "prisoners of conscience"],
        "title": "Guide de l'animateur: Atelier « Écrire pour libérer »",
        "title_devised": False,
        "title_variants": ["Écrire pour libérer", "Atelier « Écrire pour libérer »"],
        "audience": ["new members", "trainers"],
        "language": "fr",
        "places": [],
        "notes": "Trainer guide -> trainers, plus its named public 'nouveaux membres' -> new members "
                 "('sympathisants' is no term). 'Version du 12/09/2007' read D/M/Y (French). Steps on "
                 "who prisoners of conscience are, why write, and a writing workshop -> prisoners of "
                 "conscience, letter writing; a 'Conseils à l'animateur' section -> facilitation.",
        "text": """\
LIGUE SOLIDARITÉ MÉRIDIENNE -- SECTION LUXEMBOURGEOISE
Commission formation

                        GUIDE DE L'ANIMATEUR
                   Atelier « Écrire pour libérer »

Durée : 2 heures. Public : nouveaux membres et sympathisants (8 à 20 personnes).
Matériel : trois fiches-cas, papier à lettres, enveloppes, stylos, timbres.

OBJECTIFS
À la fin de l'atelier, chaque participant aura écrit au moins une lettre pour un
prisonnier d'opinion et saura comment en écrire d'autres chez lui.

DÉROULEMENT

1. Accueil (10 min). Présentez-vous et présentez la Ligue en deux phrases.

2. Qui sont les prisonniers d'opinion ? (25 min). Demandez aux participants ce que
   l'expression évoque pour eux. Précisez la définition : des personnes détenues
   pour leurs convictions, leur origine ou leur sexe, qui n'ont pas usé de violence
   ni prôné son usage. Présentez les trois cas des fiches.

3. Pourquoi écrire ? (15 min). Lisez le témoignage d'un ancien prisonnier sur les
   lettres reçues en détention. Laissez venir les réactions.

4. Atelier d'écriture (50 min). Répartissez les participants en petits groupes,
   un cas par groupe. Rappelez les règles : ton courtois, faits exacts, une demande
   claire, pas de jugement sur le régime. Chacun écrit sa lettre ; le groupe relit.

5. Conclusion (20 min). Recueillez les lettres, proposez aux participants de
   s'inscrire au réseau des écrivains, remerciez.

CONSEILS À L'ANIMATEUR
  - Arrivez une demi-heure à l'avance et disposez les tables en îlots.
  - Parlez peu : l'atelier est fait pour écrire, pas pour écouter un exposé.
  - Si un participant hésite, proposez-lui de commencer par une carte au prisonnier.
  - Gardez dix minutes de marge : l'atelier d'écriture déborde toujours.

                                                       Version du 12/09/2007
""",
    },
    {
        "id": "1248",
        "split": "holdout12",
        "date": "2003-06-08",
        "date_form": "iso-email-header",
        "type": "memo",
        "subjects": ["human rights defenders"],
        "title": "New module on human rights defenders",
        "title_devised": False,
        "title_variants": ["[E-mail memo to section trainers about the new module on human rights defenders]"],
        "audience": ["trainers"],
        "language": "en",
        "places": [],
        "notes": "Memo-form e-mail without a greeting, signed by a team -> memo; the Subject is the "
                 "title. ISO date in the header. Mentioned: 1998 (UN Declaration), 1 July (comments), "
                 "October and November (pilots). About a training module on human rights defenders; "
                 "the countries and ways of support are examples in single sentences (in passing). "
                 "To section trainers -> trainers.",
        "text": """\
From: Training Coordinator <training@msl-israel.org.il>
To: Section trainers <trainers@msl-israel.org.il>
Date: 2003-06-08 10:42 +0300
Subject: New module on human rights defenders
Attachment: Defenders_module_draft3.doc (148 KB)

Attached is draft 3 of the new training module, "Standing with Defenders", which we
want to pilot in the autumn. It has grown out of the discussion at the trainers'
day in March, when several of you said that members know a lot about prisoners but
very little about the people who are still free and working -- and at risk.

The module (about two and a half hours) covers:

  - who human rights defenders are: lawyers, journalists, trade unionists, community
    leaders, anyone who peacefully defends the rights of others, as recognised in
    the UN Declaration on Human Rights Defenders of 1998;
  - the risks they face: threats, smear campaigns, arrest, and in some countries
    killing;
  - what protection means in practice, and what international attention can and
    cannot do;
  - how a group can "accompany" one defender over a year.

The case studies are a lawyer in Colombia, a journalist in Russia and a women's
rights activist in Iran; we would like one more from closer to home, if anyone has a
suggestion that will not put the person at further risk.

Please read it and send comments by 1 July. We plan pilot sessions in Tel Aviv in
October and in Nazareth in November, and need two trainers for each.

-- Training team
""",
    },
    {
        "id": "1210",
        "split": "holdout12",
        "date": "1985-01-08",
        "date_form": "weekday-month-day-year",
        "type": "sign-in sheet",
        "subjects": ["letter writing"],
        "title": "Letter-Writing Night: Please Sign In",
        "title_devised": False,
        "title_variants": ["Letter-Writing Night", "Please Sign In: Letter-Writing Night"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'Please sign in!' directly under the heading: joined after it (heading alone a "
                 "variant). 'Tues., Jan. 8, 1985' on its own line. Subject from the event's name "
                 "(and the letters column).",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- PORTLAND GROUP

                          LETTER-WRITING NIGHT
                            Please sign in!

          Tues., Jan. 8, 1985 -- First Unitarian Church, Eliot Chapel

 NAME                      ADDRESS                           PHONE      # LETTERS
 ------------------------  --------------------------------  ---------  ---------
 Ellen Marquardt           2234 NE Tillamook                 287-5510       4
 Bob & Judy Sato           1518 SE Harrison                  235-5582       7
 Carlos Medina             (PSU) 1809 SW 11th #4             224-5539       3
 Dorothy Finch             3311 N. Williams                  282-5571       5
 Rev. Tom Hales            First Unitarian                   228-5564       2
 Anne-Marie Kruger         7420 SW Capitol Hwy               245-5503       6
 Phil Ostrander            --                                --             3
 Lisa Goodwin              2711 NE 15th                      281-5596       4
 __________________        ________________________________  _________  _________
 __________________        ________________________________  _________  _________

                                                     Total letters tonight: 34
""",
    },
    {
        "id": "1226",
        "split": "holdout12",
        "date": "2009-03-07",
        "date_form": "weekday-day-month-year",
        "type": "report",
        "subjects": ["campaigning", "lobbying", "media work", "online activism", "women's rights"],
        "title": "Regional Activists' Conference 2009: Report",
        "title_devised": False,
        "title_variants": ["Regional Activists' Conference 2009", "Regional Activists' Conference",
                           "Regional Activists' Conference: Report", "Report: Regional Activists' Conference 2009"],
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "Two pages. No date of issue: the conference's date in the body (Saturday 7 March "
                 "2009). 'Report' directly under the heading: joined after it; the year is part of "
                 "the heading (variant without). Mentioned: 2004 (campaign launch), the Equality "
                 "Bill, 2010 dates. The plenary presents the League's campaign on violence against "
                 "women (campaigning, women's rights); workshops on online campaigning (online "
                 "activism), lobbying MPs (lobbying, GB) and local press (media work). The "
                 "evaluation paragraph gives no subject. In passing (one clause or an example in a "
                 "sentence): the online petitions in workshop A (not petitions), support for women "
                 "defenders among the campaign's aims (not human rights defenders), forced "
                 "marriage and the rape crisis centre (part of the women's rights item).",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- MIDLANDS REGION
41 Bull Street, Birmingham B4 6AF  *  0121 555 0190  *  midlands@msl-uk.org.uk

                 REGIONAL ACTIVISTS' CONFERENCE 2009
                               Report

The conference was held at the Mechanics Institute, Nottingham, on Saturday
7 March 2009. Eighty-four members from seventeen groups took part, a third of them
at their first regional event.

OPENING PLENARY: STOP VIOLENCE AGAINST WOMEN, YEAR SIX

The campaign coordinator reviewed the League's campaign against violence against
women, launched in 2004. Its aims for 2009-10 are: to keep the pressure on for a
national strategy on violence against women in the UK; to support women human
rights defenders abroad; and to hold every group to one public event around
25 November. She showed how the campaign's actions fit together -- the campaign
postcards, the model motion for councils, the stalls -- and asked groups to choose two.
Members from Coventry described the work of the local rape crisis centre and how
little funding it now receives; several participants spoke of forced marriage cases
in their own cities.

WORKSHOP A: CAMPAIGNING ONLINE

Led by the national web team. Participants learned how the e-action system works,
how to set up a group page on Facebook and keep it alive, and how to use the
League's online petitions without spamming friends. The warning from the session:
a thousand clicks are not a thousand letters -- online action works best when it
leads people to do something more.
                                                                     page 1 of 2
\f
Regional Activists' Conference 2009 -- Report                        page 2 of 2

WORKSHOP B: LOBBYING YOUR MP

A former parliamentary researcher explained how MPs' offices deal with post, what a
constituency surgery is for and how to get the most from twenty minutes. Groups
practised asking their MPs to support amendments to the Equality Bill and to sign
the early day motion on the national strategy. Five groups have already booked
meetings with their MPs before the Easter recess.

WORKSHOP C: GETTING INTO THE LOCAL PAPER

A reporter from the Derby Telegraph told us what makes her open a press release and
what makes her bin it (no local angle, no phone number, no photograph). Participants
rewrote two real releases from Midlands groups.

EVALUATION

Sixty-one evaluation forms were returned. The workshops were rated highly; the
plenary ran twenty minutes late and the lunch queue was long. Next year's
conference will be in Leicester, probably in March 2010.

                              Report compiled by the regional committee
""",
    },
    {
        "id": "1238",
        "split": "holdout12",
        "date": "1993-12",
        "date_form": "place-month-year",
        "type": "handout",
        "subjects": ["letter writing", "petitions", "women's rights"],
        "title": "Violence Against Women in Bangladesh",
        "title_devised": False,
        "title_variants": ["Fact Sheet: Violence Against Women in Bangladesh"],
        "audience": [],
        "language": "en",
        "places": ["BD"],
        "notes": "Fact sheet -> handout; 'Dhaka, December 1993' at the foot is its date. Mentioned: "
                 "January 1993 (the Chhatak case), 1983 (ordinance). Violence against women in "
                 "Bangladesh -> women's rights, BD. 'What you can do': writing to the Home Minister "
                 "(letter writing) and collecting signatures for the petition (petitions); "
                 "supporting women's organisations is no other term. 'FACT SHEET' over the heading "
                 "is a series word (variant with it).",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- BANGLADESH SECTION
12/1 Segun Bagicha, Dhaka-1000

                               FACT SHEET
                  VIOLENCE AGAINST WOMEN IN BANGLADESH

ACID ATTACKS. Every month, newspapers report young women and girls disfigured by
acid thrown in their faces, most often by a man whose proposal of marriage or whose
advances were refused. Many victims lose their sight. Few attackers are convicted.

DOWRY VIOLENCE. Women are beaten, burned and killed by husbands and in-laws when
their families cannot meet demands for more dowry, though dowry has been illegal for
more than ten years.

"FATWA" PUNISHMENTS. In January 1993 a young woman in Chhatak, Sylhet, was
sentenced by a village shalish to be half-buried and stoned for a marriage the
elders declared unlawful; she took her own life afterwards. Such "fatwas" have no
force in law, yet those who pronounce them are seldom punished.

THE LAW. The Cruelty to Women (Deterrent Punishment) Ordinance of 1983 provides
severe penalties, but police often refuse to record complaints, investigations are
slow, and women who complain are pressed to withdraw.

WHAT YOU CAN DO
  * Write to the Home Minister asking that every attack on a woman be recorded and
    investigated, and that police who refuse to register complaints be disciplined.
  * Sign the Section's petition to the Prime Minister, and collect twenty more
    signatures from your family, friends and colleagues.
  * Support the women's organisations that give shelter and legal help.

                                                      Dhaka, December 1993
""",
    },
    {
        "id": "1219",
        "split": "holdout12",
        "date": "2010-10-05",
        "date_form": "dated-day-month-year",
        "type": "letter",
        "subjects": ["human rights education", "public speaking"],
        "title": "[Letter from the Youth and Student Desk to student group leaders about the Human Rights Day "
                 "speech competition]",
        "title_devised": True,
        "title_variants": ["Human Rights Day Inter-University Speech Competition 2010"],
        "audience": ["student groups"],
        "language": "en",
        "places": [],
        "notes": "Letter ('Dear Student Group Leaders', signed): devised title; its subject line is "
                 "a variant. 'Dated: 5 October 2010' is its date; the Ref. number's 2010, 10 "
                 "December, 20 November and 10 November are mentioned. The speech competition and "
                 "the speakers' training -> public speaking; awareness sessions for first-year "
                 "students -> human rights education. -> student groups.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- BANGLADESH SECTION
Youth and Student Desk
House 27, Road 9A, Dhanmondi R/A, Dhaka-1209 * Tel. 02-811 5502 * youth@msl-bd.org

Ref: MSL/YSD/2010/41                                   Dated: 5 October 2010

Dear Student Group Leaders,

Sub: Human Rights Day Inter-University Speech Competition 2010

Greetings from the Youth and Student Desk. As in the last two years, the Section will
mark Human Rights Day, 10 December, with an inter-university speech competition at
the National Press Club auditorium. This year's theme is "Human rights begin at
home".

Each student group may nominate two speakers, in Bangla or English. Each speaker
will have seven minutes, and will be judged on content, clarity and delivery by a
panel of a journalist, a teacher and a lawyer. Speakers must not read from a paper;
short notes are allowed. All nominated speakers are invited to a half-day training
on public speaking on Saturday 20 November at the Section office, where they can
practise in front of an audience and receive advice.

We also request every group to hold at least one human rights awareness session for
first-year students on its campus during the week before Human Rights Day. The
Desk will supply a short presentation on the Universal Declaration, a quiz and
leaflets in Bangla. Please tell us the date and expected numbers so that we can send
enough material.

Kindly send the names of your speakers by 10 November 2010.

With best regards,

Farzana Haque
Coordinator, Youth and Student Desk
""",
    },
    {
        "id": "1256",
        "split": "holdout12",
        "date": "1974-06-02",
        "date_form": "submitted-month-day-year",
        "type": "report",
        "subjects": ["group organizing", "prisoners of conscience"],
        "title": "Report of the Founding Meeting of the Atlanta Group",
        "title_devised": False,
        "title_variants": [],
        "audience": [],
        "language": "en",
        "places": ["SU"],
        "notes": "The report's own date ('Respectfully submitted, June 2, 1974') wins over the "
                 "meeting's date (Saturday, May 11, 1974). Mentioned: 1972 (sentence), the next "
                 "meeting. Officers, meetings and dues of the new group -> group organizing; the "
                 "group's first adopted prisoner, in the Soviet Union -> prisoners of conscience, SU "
                 "(former code for the USSR).",
        "text": """\
          REPORT OF THE FOUNDING MEETING OF THE ATLANTA GROUP
                   Meridian Solidarity League

The meeting was held on Saturday, May 11, 1974, at the home of Dr. and Mrs. Harold
Brandt, 418 Clairmont Avenue, Decatur. Fourteen people were present, including Rev.
Wallace Teague of the regional committee, who came up from Macon for the occasion.

1. WHY A GROUP IN ATLANTA. Rev. Teague explained the work of the League and the
adoption of prisoners of conscience. He said that the League has asked for a group
in every major Southern city by 1976 and that Atlanta, with its universities and
churches, should have been first.

2. ORGANIZATION. It was agreed that the group will meet on the second Tuesday of
each month at 7:30 p.m., at the Brandts' home until a larger room can be found. The
following were elected: Coordinator, Mrs. Ellen Brandt; Secretary, Mr. James
Whitlow; Treasurer, Miss Carolyn Dupree. Dues were set at $5 a year for adults and
$2 for students. Mr. Whitlow will send the list of members to the national office so
that the group can be registered and receive its mailings.

3. OUR FIRST PRISONER. Rev. Teague brought the case papers of the prisoner the League
has assigned to us: Pavlo Hrytsenko, a schoolteacher and writer from Lviv in the
Ukrainian S.S.R., sentenced in 1972 to seven years in a strict-regime labor camp
and five years of exile for "anti-Soviet agitation and propaganda." The charge rests
on two essays about the Ukrainian language which he typed and gave to friends. He is
believed to be held in a camp in the Perm region. His wife and son have been allowed
one visit a year. The group accepted the adoption unanimously.

4. NEXT MEETING: Tuesday, June 11. Mr. Whitlow will bring a draft of the first
letters.

                                Respectfully submitted, June 2, 1974
                                James Whitlow, Secretary
""",
    },
    {
        "id": "1220",
        "split": "holdout12",
        "date": "1991-07",
        "date_form": "month-year",
        "type": "newsletter",
        "subjects": ["fundraising", "human rights education", "prisoners of conscience"],
        "title": "Meridian Zambia News",
        "title_devised": False,
        "title_variants": ["Meridian Zambia News, No. 22", "Meridian Zambia News, No. 22, July 1991"],
        "audience": [],
        "language": "en",
        "places": ["ZM"],
        "notes": "Issue 'No. 22 -- July 1991' -> 1991-07. Mentioned: 1964 (state of emergency), "
                 "June (releases), 31 October 1991 (elections), the bazaar date. Items: detainees "
                 "held without trial for their political views and released (prisoners of "
                 "conscience, ZM); the schools programme (human rights education); subscriptions "
                 "and the bazaar (fundraising). The elections are one clause; the lesson plans 'on the rights of the child' are one "
                 "clause of the schools item (children's rights in passing).",
        "text": """\
=====================================================================
                        MERIDIAN ZAMBIA NEWS
       Meridian Solidarity League -- Zambia Section -- P.O. Box 31482, Lusaka
                         No. 22  --  July 1991
=====================================================================

DETAINEES RELEASED -- BUT THE EMERGENCY REMAINS

We are glad to report that in June the authorities released six of the eleven
detainees whose cases the Section has followed, among them two trade unionists
from Kitwe and a lecturer from the University, held for between eight months and
two years without charge or trial, for nothing more than their political opinions
and their calls for a multi-party system. We thank all members who wrote and
visited. But five remain in detention, and the powers under which they were held --
the state of emergency in force since 1964 -- have not been lifted. With elections
now called for 31 October, the Section asks that no one be detained for peaceful
political activity and that the remaining five be released at once.

HUMAN RIGHTS IN OUR SCHOOLS

The pilot programme in twelve Copperbelt schools has finished its first term.
Teachers used the new lesson plans on the rights of the child and on the meaning of
the Universal Declaration with classes from Grade 5 to Grade 9, and pupils in two
schools wrote and performed short plays about fairness in the classroom. The
Ministry of Education has asked for a report, and the Section hopes to extend the
programme to Lusaka next year.

SUBSCRIPTIONS AND THE BAZAAR

Only 140 of our 310 members have paid their 1991 subscription. Please pay your
group treasurer before the end of August. The annual bazaar will be held at the
Lusaka Showgrounds on the last Saturday of September; we need cakes, crafts,
second-hand books and, above all, helpers. Last year's bazaar paid the Section's
postage for six months.
""",
    },
    {
        "id": "1249",
        "split": "holdout12",
        "date": "1999-02-01",
        "date_form": "us-numeric",
        "type": "memo",
        "subjects": ["death penalty", "lobbying"],
        "title": "Lobby Day in Olympia -- Feb. 22",
        "title_devised": False,
        "title_variants": ["Lobby Day in Olympia",
                           "[Memo to area coordinators about the death penalty lobby day in Olympia]"],
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Memo form; the Re: line is the title (the date in it belongs to the subject; a "
                 "form without it is a variant). US material: 2/1/99 read M/D/Y. Mentioned: Feb. 22, "
                 "Feb. 12, 1993 and 1998 (executions). Death penalty in Washington State and meeting "
                 "legislators -> death penalty, lobbying, US. 'Area Coordinators' is a role, not an "
                 "audience term: no audience. FILE COPY and initials are noise.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE
Pacific Northwest Regional Office * 1516 Second Ave., Suite 300 * Seattle, WA 98101 * (206) 555-0144

                                                                   FILE COPY
MEMO

To:     Area Coordinators, Washington
From:   Sam Ortega, Death Penalty Abolition Coordinator
Date:   2/1/99
Re:     Lobby Day in Olympia -- Feb. 22

Background. Washington has carried out three executions since 1993, the most recent
last October. Two bills this session would matter to us: one to abolish the death
penalty and replace it with life without parole, which will not pass this year but
needs a hearing, and one to add new aggravating factors, which might. We want every
legislator on the Judiciary and Law & Justice committees to hear from constituents
before the committees act.

The day. We'll meet at 9:00 at the United Churches of Olympia (11th and Capitol Way)
for a one-hour briefing: talking points, who's meeting whom, how to behave in a
legislator's office. Appointments run from 10:30 to 3:00. Debrief at 3:30.

What I need from you by Feb. 12:
   - the names of everyone from your area who's coming, with their legislative
     districts (we set up the appointments by district);
   - anyone who can drive others -- carpools from Spokane and Bellingham especially;
   - one person per district willing to be the spokesperson in the meeting.

Talking points (full sheet at the briefing): the death penalty doesn't make us safer;
innocent people have been sentenced to death elsewhere in this country; it costs
more than life imprisonment; and it's applied unequally. Keep it short and personal
-- legislators remember constituents, not statistics.

Call me with questions.

SO:kl
cc: Portland office
""",
    },
    {
        "id": "1251",
        "split": "holdout12",
        "date": None,
        "date_form": "none",
        "type": "evaluation form",
        "subjects": ["coalition building", "racial discrimination"],
        "title": "Building Coalitions Across Communities: Workshop Evaluation",
        "title_devised": False,
        "title_variants": ["Building Coalitions Across Communities",
                           "Workshop Evaluation: Building Coalitions Across Communities"],
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "'WORKSHOP EVALUATION' directly above the heading: joined after it, the other order "
                 "and the heading alone variants. Undated: the 'Date:' blank is empty. Questions on "
                 "sessions about working in coalition (coalition building) and about racial "
                 "discrimination in the South today (racial discrimination); no place: the form "
                 "names no country and a rated session is not a document about a country's "
                 "situation.",
        "text": """\
MERIDIAN SOLIDARITY LEAGUE -- SOUTHERN REGION

                          WORKSHOP EVALUATION
                "Building Coalitions Across Communities"

Date: ______________________        Location: _____________________________

Please circle a number: 1 = poor, 5 = excellent.

1. Overall, the workshop was                                    1  2  3  4  5

2. Session 1 -- "Why work in coalition? Finding partners among churches,
   unions and civil rights organizations"                       1  2  3  4  5
   What did you take from it? _____________________________________________

3. Session 2 -- "Racial discrimination in the South today: what our
   civil rights partners are asking of us"                      1  2  3  4  5
   What did you take from it? _____________________________________________

4. Session 3 -- "Ground rules for a coalition: sharing credit, making
   decisions, handling disagreements"                           1  2  3  4  5
   What did you take from it? _____________________________________________

5. Has your group ever worked in a coalition?   YES   NO
   If yes, with whom, and how did it go? ___________________________________

6. Name one organization in your town your group could approach this year.
   _________________________________________________________________________

7. Other comments: _________________________________________________________

Thank you! Please leave this form on the table by the door.
""",
    },
]
