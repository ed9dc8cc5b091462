"""The holdout3 set: a third held-out set of synthetic member-training documents, for reporting only.

Written and labelled by a helper session that did not read metp's tagging code, its vocabulary
file, its earlier labelled data, its tests or the other document files of this set; labels follow
docs/labelling-guidelines.md (see scripts/tagging_set/README.md, "The holdout3 set").
"""

DOCUMENTS = [
    {
        "id": "301",
        "split": "holdout3",
        "date": "1982-02-03",
        "date_form": "us-numeric-two-digit",
        "type": "memo",
        "subjects": ["recruitment", "urgent actions"],
        "title": "Changes to the Urgent Action network",
        "title_variants": ["[Memo to area coordinators about changes to the Urgent Action network]"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: 'DATE: 2/3/82' (US memo, M/D/YY -> 3 February 1982). Mentioned: the "
                 "RECEIVED stamp FEB 8 1982, the start date of the new procedures (March 1), the "
                 "network's start in 1974. Memo form -> memo; RE: line is the title. Numbered "
                 "changes to the UA network -> urgent actions; item 3, enlisting new UA writers "
                 "from each area -> recruitment. 'Area Coordinators' is a role, not an audience "
                 "term.",
        "text": """INTERNATIONAL CONSCIENCE NETWORK U.S.A.
Urgent Action Office -- P.O. Box 1270, Nederland, Colorado 80466

M E M O R A N D U M

TO:      Area Coordinators
FROM:    Scott Harlan, Urgent Action Coordinator
DATE:    2/3/82
RE:      Changes to the Urgent Action network
                                                          RECEIVED FEB 8 1982

Since the network began in 1974 we have grown from 40 writers to more than 2,600, and the old
way of doing things no longer works. Starting March 1 the following changes take effect:

1. Mailings. Urgent Actions will go out every Tuesday and Friday in a single envelope, instead
   of one envelope per case. Participants should expect two mailings a week.

2. Follow-ups. When a case is resolved or needs more letters, the follow-up will carry the
   original UA number plus a letter (UA 37/82 A, B...). Please ask your writers to keep the
   originals until they see "No further action".

3. New writers. We need at least 500 new writers this year, especially people who can write in
   Spanish or French. Please ask each group in your area to find three, and send their names
   and addresses on the green cards enclosed.

4. Reporting replies. Any reply from a government, however short, should be copied to this
   office within a week.

Thank you for all you do. Questions to me at (303) 555-0126.

SH:mk
""",
    },
    {
        "id": "302",
        "split": "holdout3",
        "date": "2003-06-07",
        "date_form": "fr-weekday-full-date",
        "type": "evaluation form",
        "subjects": ["media work", "public speaking"],
        "title": "Fiche d'évaluation: Stage « Prendre la parole en public »",
        "title_variants": ["Stage « Prendre la parole en public »", "Prendre la parole en public",
                           "Stage « Prendre la parole en public »: Fiche d'évaluation"],
        "title_devised": False,
        "audience": [],
        "language": "fr",
        "places": [],
        "notes": "Own date: the stage, samedi 7 juin 2003. Mentioned: next stage 'en octobre' (no "
                 "year), return 'avant le 20 juin'. Heading 'FICHE D'ÉVALUATION' above the stage "
                 "name; joined title, the stage name alone a variant. Heading -> public speaking; "
                 "questions on the radio interview exercise and speaking to journalists -> media "
                 "work.",
        "text": """Réseau International de Conscience -- Section française -- Groupe de Toulouse
7, place Saint-Sernin, 31000 Toulouse

FICHE D'ÉVALUATION
Stage « Prendre la parole en public »
Toulouse, samedi 7 juin 2003

Merci de remplir cette fiche avant de partir. Entourez votre réponse
(1 = pas du tout satisfait·e, 4 = très satisfait·e).

1. L'exercice « présenter un cas en trois minutes » vous a-t-il aidé·e ?        1  2  3  4
2. Les conseils sur la voix, la respiration et le trac étaient-ils utiles ?       1  2  3  4
3. La simulation d'interview à la radio vous a-t-elle préparé·e à parler
   à des journalistes ?                                                          1  2  3  4
4. Le rythme de la journée était-il adapté ?                                     1  2  3  4

5. Qu'allez-vous faire différemment la prochaine fois que vous prendrez la parole ?
   ______________________________________________________________________________

6. Souhaitez-vous un second stage, en octobre, consacré aux relations avec la presse ?
   oui / non

Remarques : ___________________________________________________________________

Fiche à rendre à l'animatrice ou à renvoyer au groupe avant le 20 juin.
""",
    },
    {
        "id": "303",
        "split": "holdout3",
        "date": None,
        "date_form": "none",
        "type": "handout",
        "subjects": ["media work", "vigils and demonstrations"],
        "title": "So You Want to Hold a Vigil: A Checklist for Local Groups",
        "title_variants": ["So You Want to Hold a Vigil"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "A tip sheet whose tick-boxes are a checklist, not an exercise to fill in and hand back -> handout (judgement call). Undated: the sheet gives no year ('the evening before an execution', 'Human "
                 "Rights Day' are not dates; phone number and address are not dates). Checklist "
                 "for a vigil -> vigils and demonstrations; the section 'Tell the press' (a "
                 "paragraph and list) -> media work. Police/permit step is part of organising the "
                 "vigil, not police and human rights. Executions named as an occasion in one "
                 "clause: death penalty in passing. Subtitle 'for local groups' -> local groups. The checklist step 'ask another congregation or campus group to stand with you' illustrates organising the vigil: coalition building in passing.",
        "text": """SO YOU WANT TO HOLD A VIGIL
A checklist for local groups

ICN-USA Midwest Office  |  1120 W. Wilson Ave., Chicago IL 60640  |  312-555-0108

A vigil is the quietest of our actions and often the most moving: a small group standing in
silence, with candles and one clear message, at a place that means something -- a courthouse,
a consulate, the steps of city hall. Groups have held them on Human Rights Day, on the
anniversary of a prisoner's arrest, and on the evening before an execution.

THREE WEEKS BEFORE
[ ] Choose the place and the hour (dusk works best for candles).
[ ] Ask the city whether you need a permit; some cities want a week's notice.
[ ] Decide the ONE message of the vigil. Write it on every sign.
[ ] Ask another congregation or campus group to stand with you.

THE WEEK BEFORE
[ ] Candles with paper drip-guards, matches, a flashlight, a trash bag.
[ ] Signs: large letters, dark on light, no more than six words.
[ ] A short reading or list of names to be read aloud.

TELL THE PRESS
Write a half-page media advisory: who, what, where, when, and why it matters. Fax or email it
to the news desks two days before, then call the morning of the vigil. Pick one spokesperson
who can say, in two sentences, why you are standing there. Take your own photographs and send
the best one to the local weekly the same night.

ON THE NIGHT
[ ] Arrive 30 minutes early. Stay silent; leave on time. Pick up every candle stub.
""",
    },
    {
        "id": "304",
        "split": "holdout3",
        "date": "1981",
        "date_form": "edition-year",
        "type": "manual",
        "subjects": ["coalition building", "fundraising", "group development", "group organizing",
                     "recruitment", "urgent actions"],
        "title": "The Local Group Handbook",
        "title_variants": [],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Own date: 'Second edition, revised, 1981' (the edition in hand wins over 'First "
                 "edition 1976'). Mentioned: the Network's founding year 1970 in chapter 1. "
                 "Chapters from the contents page: starting a group and its officers -> group "
                 "organizing; chapter 2 'Finding and keeping members' -> recruitment and (keeping members active, judgement call) group development; money -> fundraising; working with "
                 "other organizations -> coalition building; the Urgent Action network -> urgent "
                 "actions. Chapter 3 'Choosing your work' is a general overview (no single term). "
                 "Written for local groups. Multi-page (form feed).",
        "text": """INTERNATIONAL CONSCIENCE NETWORK U.S.A.

THE LOCAL GROUP HANDBOOK

First edition 1976. Second edition, revised, 1981.
National Office: 2 Bleecker Lane, New York, N.Y. 10012

For the members and officers of local groups. Keep this handbook with the group's records and
pass it on to the next coordinator.

CONTENTS
Chapter 1   Starting a local group ..................................... 3
Chapter 2   Finding and keeping members ................................ 9
Chapter 3   Choosing your work ........................................ 14
Chapter 4   Money: dues, pledges and benefits ......................... 19
Chapter 5   Working with churches, unions and other organizations ..... 25
Chapter 6   The Urgent Action network ................................. 30
Appendix    Addresses and forms ....................................... 36
\f
                                                                          page 3

CHAPTER 1
STARTING A LOCAL GROUP

Since the Network began in 1970, almost every group has started the same way: two or three
people who read about a prisoner and decided to do something. You do not need permission to
begin meeting, but to become a recognized local group you need at least eight members and
three officers.

The coordinator calls the meetings and is the group's contact with the national office. The
secretary keeps the minutes and the case files. The treasurer keeps the accounts and sends the
annual contribution to the national office. Larger groups add a case coordinator and a
publicity person.

Hold your first meetings in a public place -- a library room, a church hall -- so that
newcomers feel free to come. Decide at the first meeting how often you will meet and who will
chair. Write down every decision. When you have eight members, fill in the registration form in
the Appendix and send it to the Group Services desk.
""",
    },
    {
        "id": "305",
        "split": "holdout3",
        "date": "1991-03-09",
        "date_form": "month-day-range",
        "type": "agenda",
        "subjects": ["group development", "letter writing", "media work", "refugees",
                     "vigils and demonstrations"],
        "title": "Northeast Region Skills Weekend",
        "title_variants": ["Northeast Region Skills Weekend: Schedule"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Range March 9-10, 1991 -> start day. Mentioned, not the date: registration "
                 "deadline February 22, the fall skills weekend (October 1991). 'SCHEDULE' is a "
                 "section label under the venue line, so the title is the heading alone. Each "
                 "session counted: prison letters -> letter writing; reporters -> media work; vigil "
                 "-> vigils and demonstrations; keeping members/planning the year -> group "
                 "development; asylum casework -> refugees. The lunch speaker on the network's "
                 "history is not a topic of the vocabulary. The asylum session is about supporting people in the region, not about a national procedure: no places.",
        "text": """INTERNATIONAL CONSCIENCE NETWORK -- USA
Northeast Regional Office * 41 Pemberton Street, Room 6 * Providence, RI 02903 * (401) 555-0177

NORTHEAST REGION SKILLS WEEKEND
March 9-10, 1991
Friends Meeting House, 99 Morris Avenue, Providence

SCHEDULE

SATURDAY

 8:45   Coffee and registration (name tags at the door -- please!)
 9:15   Welcome and introductions -- Ruth Abernathy, Regional Coordinator
 9:45   Session 1: Writing to prison governors and ministers
        How to write a courteous, persistent appeal; what to say and what not to say;
        addressing officials abroad. Bring a pen -- we will draft real letters.
11:15   Break
11:30   Session 2: Talking to reporters
        Press releases that get read, the two-minute phone interview, local radio.
        Led by Tom Kessler (former news editor, Pawtucket Times)
12:45   Lunch (bag lunch provided) -- speaker: "Thirty years of the Network" (F. Ortiz)
 2:00   Session 3: Planning a vigil in your town
        Permits, candles, signs, keeping it silent and dignified, what to do in the rain
 3:30   Session 4: Holding on to your members -- planning the group's year
        Why people drift away; a calendar that gives everyone a job; reviewing the year
 5:00   Close / supper at Andrea's for those staying over

SUNDAY

 9:30   Session 5: Asylum seekers in our region -- casework and support
        Guest: Sr. Margaret Foley, Dorothy Day Refugee Project. What groups can do for
        people waiting for an asylum hearing; accompaniment; letters of support.
11:30   Evaluation and close

Registration deadline: February 22. Fee $15 (waived on request). Next skills weekend: October 1991.
""",
    },
    {
        "id": "306",
        "split": "holdout3",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["LGBT rights", "fundraising", "refugees"],
        "title": "[Notes for a group meeting on supporting a gay asylum seeker and a Christmas raffle]",
        "title_variants": [],
        "title_devised": True,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Loose notes -> null type; undated ('Sat', 'Dec 14th' without a year). Devised "
                 "title. Two blocks of notes: a gay man facing removal and the group's support -> "
                 "LGBT rights, refugees; the raffle (prizes, tickets, licence) -> fundraising. His "
                 "country is not named; the venue's town is not a place. Judgement call: notes "
                 "with a few lines per topic count as covering each block's topic.",
        "text": """Sat mtg -- things to raise

1) K.'s friend "T." -- gay, came 2 yrs ago, asylum refused, appeal hearing soon?
   - says he was beaten by police at home + family threatened him, can't go back
   - solicitor says need evidence that gay men persecuted there -> ask Section LGBT team
     for country info
   - letters of support from group? (ask Jo re: format)
   - visit him at the detention centre -- who can drive?
   - NB don't use his full name in anything we send out

2) Xmas raffle
   - prizes: hamper (Co-op?), bottle, book tokens, Pat's cake
   - tickets 50p / book of 5 £2 -- print 400
   - check if we need a licence for selling at the market
   - draw at carol singing Dec 14th

3) ??? ask Mike about the minibus
""",
    },
    {
        "id": "307",
        "split": "holdout3",
        "date": "2004-01-22",
        "date_form": "weekday-month-day-year",
        "type": "flyer",
        "subjects": ["recruitment"],
        "title": "Want to Defend Human Rights? Join Us!",
        "title_variants": ["Want to Defend Human Rights?", "Join Us!"],
        "title_devised": False,
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "Own date: the open meeting, Thursday, January 22, 2004. A call to join the "
                 "group with an open meeting for newcomers -> recruitment; 'No experience needed "
                 "-- new members always welcome' says whom it is for -> new members. 'What we do: we write for prisoners, we stand at vigils, we bring "
                 "speakers to town' is one running sentence: letter writing, vigils in passing.",
        "text": """WANT TO DEFEND HUMAN RIGHTS?
JOIN US!

Open meeting of ICN Group 530 (Burlington)
Thursday, January 22, 2004 -- 7:30 pm
Fletcher Free Library, Pickering Room, 235 College Street

What we do: we write for prisoners, we stand at vigils, we bring speakers to town.
No experience needed -- new members always welcome.
Coffee, cookies and a 20-minute introduction to the group.

Can't come? Call Anne at 802-555-0139 or visit www.icn530.org
""",
    },
    {
        "id": "308",
        "split": "holdout3",
        "date": "1991-09-21",
        "date_form": "eu-slash-two-digit",
        "type": "evaluation form",
        "subjects": ["lobbying", "refugees"],
        "title": "Day School on Refugees and Asylum: Your Views",
        "title_variants": ["Day School on Refugees and Asylum"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["GB"],
        "notes": "Own date: '21/9/91' (British Section, London address, 'MP': D/M/YY). Mentioned: "
                 "the 1951 Refugee Convention, the Asylum Bill 'expected this winter' (no date). "
                 "Heading and questions on the refugee sessions -> refugees; question on the "
                 "'Lobbying your MP' session -> lobbying. The sessions concern the UK asylum "
                 "procedure and lobbying Parliament -> GB.",
        "text": """ICN BRITISH SECTION  --  99 Rosebery Avenue, London EC1R 4RE  --  071-413 5500

DAY SCHOOL ON REFUGEES AND ASYLUM: YOUR VIEWS
Conway Hall, 21/9/91

Please rate each session: 1 (poor) to 5 (excellent).

Session 1  The 1951 Refugee Convention explained                      1  2  3  4  5
Session 2  How an asylum claim is decided in the UK                   1  2  3  4  5
Session 3  Detention of asylum seekers: the visitors' experience      1  2  3  4  5
Session 4  Lobbying your MP on the coming Asylum Bill                 1  2  3  4  5

Which session will be most useful for your group's work, and why?
..................................................................................

Do you feel ready to arrange a meeting with your MP?   Yes / No / With help
..................................................................................

Was the venue accessible and comfortable?   Yes / No
Any other comments:
..................................................................................

Thank you. Please hand this to a steward.
""",
    },
    {
        "id": "309",
        "split": "holdout3",
        "date": "1997-09",
        "date_form": "revision-numeric",
        "type": "handout",
        "subjects": ["arms control", "lobbying"],
        "title": "Talking to Your Member of Congress: A Tip Sheet",
        "title_variants": ["Talking to Your Member of Congress"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Own date: footer 'Rev. 9/97' -> 1997-09 (US document, M/YY). Mentioned: the "
                 "August recess, the bill introduced in the 105th Congress (no date). Tips for "
                 "meeting a member of Congress -> lobbying, US (national legislature); the "
                 "paragraph on this year's ask, the arms-transfer code of conduct -> arms control. "
                 "The thank-you note is one tip of the lobbying list (a step of the visit), not a "
                 "letter-writing topic.",
        "text": """TALKING TO YOUR MEMBER OF CONGRESS: A TIP SHEET

International Conscience Network USA -- Government Relations Program
322 Fourth Street NE, Washington, DC 20002 -- (202) 555-0143

Most members of Congress meet far more constituents at home than in Washington. The August
recess and the long holiday weekends are the best time to ask for a meeting in the district
office. You do not need to be an expert. You need to be polite, brief and specific.

BEFORE THE MEETING
 * Call the district scheduler; say you are a constituent and name your town.
 * Bring no more than four people, all from the district if possible.
 * Agree beforehand who opens, who tells the story, who makes the ask.
 * Read the member's voting record on our issues (the office can send it).

IN THE MEETING
 * Introduce yourselves and thank the member for something, if you honestly can.
 * Make ONE request and ask directly: "Will you co-sponsor the bill?"
 * Leave the two-page fact sheet and your contact details.
 * If staff do not know the answer, ask when you may call back.

AFTERWARDS
 * Send a short thank-you note repeating the request.
 * Report back to the Government Relations Program on the form enclosed.

THIS YEAR'S ASK: A CODE OF CONDUCT ON ARMS TRANSFERS
U.S. weapons and police equipment continue to reach governments that torture and kill their
own citizens. The Code of Conduct bill, introduced in the 105th Congress, would bar U.S. arms
sales to governments that are undemocratic, abuse human rights or are engaged in armed
aggression, unless the President certifies an exception to Congress. Ask your Representative
to co-sponsor it and to oppose any weakening amendment.

Rev. 9/97
""",
    },
    {
        "id": "310",
        "split": "holdout3",
        "date": "2006-05",
        "date_form": "es-revised-month-year",
        "type": "trainer guide",
        "subjects": ["death penalty", "facilitation", "letter writing"],
        "title": "Guía para facilitadores: taller sobre la pena de muerte",
        "title_variants": ["Taller sobre la pena de muerte", "Guía para facilitadores"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "es",
        "places": [],
        "notes": "Own date: 'revisada en mayo de 2006' (revision wins over 'primera edición "
                 "2002'). Mentioned: 10 de octubre (Día Mundial contra la Pena de Muerte, no year). "
                 "Addressed to facilitators -> trainer guide, trainers. Session on the death "
                 "penalty -> death penalty; exercise writing appeals for a person on death row -> "
                 "letter writing; section 'Consejos para quien facilita' -> facilitation. Countries "
                 "named as examples in one sentence: in passing, no places.",
        "text": """RED INTERNACIONAL DE CONCIENCIA -- SECCIÓN ESPAÑOLA
Área de Formación  ·  Apartado de Correos 50.112  ·  28080 Madrid

GUÍA PARA FACILITADORES
TALLER SOBRE LA PENA DE MUERTE
(2 h 30 min, de 12 a 25 participantes)

Primera edición 2002; revisada en mayo de 2006.

OBJETIVOS
 · Que los participantes conozcan la situación de la pena de muerte en el mundo y los
   argumentos a favor de su abolición.
 · Que cada participante escriba al menos un llamamiento por una persona condenada.

MATERIAL: tarjetas con afirmaciones, mapa mundial de países abolicionistas, tres expedientes
de casos, papel de carta, sobres y sellos.

1. CALENTAMIENTO: "DE ACUERDO / EN DESACUERDO" (30 min)
Coloque un cartel de "De acuerdo" en una pared y otro de "En desacuerdo" en la de enfrente. Lea
afirmaciones como "La pena de muerte disuade del delito" y pida a los participantes que se
coloquen. Pregunte a dos o tres personas de cada lado por qué están ahí. No corrija todavía.

2. EXPOSICIÓN: LA PENA DE MUERTE HOY (30 min)
Con el mapa, muestre cuántos países la han abolido en la ley o en la práctica y cuántos siguen
ejecutando (por ejemplo Estados Unidos, China, Irán o Arabia Saudí). Retome las afirmaciones del
calentamiento y dé los datos: no hay pruebas de que disuada más que la cárcel; se equivoca; se
aplica sobre todo a pobres y minorías.

3. ESCRIBIR UN LLAMAMIENTO (50 min)
Divida en tres grupos y entregue a cada uno un expediente. Explique la estructura de la carta:
presentación, petición concreta (conmutación de la pena), tono respetuoso, sin insultos ni
política. Cada participante escribe su carta; el grupo lee una en voz alta.

4. CIERRE (20 min)
Ronda: "¿Qué me llevo del taller?". Recuerde el 10 de octubre, Día Mundial contra la Pena de Muerte.

CONSEJOS PARA QUIEN FACILITA
 · El tema despierta emociones fuertes: establezca al principio normas de respeto.
 · No discuta con quien defiende la pena de muerte; pregunte y deje que el grupo responda.
 · Controle el tiempo del ejercicio 3: es el más importante.
""",
    },
    {
        "id": "311",
        "split": "holdout3",
        "date": "1997-11-14",
        "date_form": "eu-dotted-two-digit",
        "type": "worksheet",
        "subjects": ["equality and non-discrimination", "freedom of religion",
                     "racial discrimination", "women's rights"],
        "title": "Exercise 3: Is It Discrimination?",
        "title_variants": ["Is It Discrimination?"],
        "title_devised": False,
        "audience": ["youth"],
        "language": "en",
        "places": [],
        "notes": "Title as the heading reads ('Exercise 3: ...'); the form without the number is a variant. Own date: '14.11.97' in the running line of the Cardiff day (British, D.M.YY). "
                 "Mentioned: the Race Relations Act 1976 and the Sex Discrimination Act 1975 "
                 "(history). Exercise with boxes to fill in -> worksheet. Heading on discrimination "
                 "as such -> equality and non-discrimination; each scenario is a question: a Roma "
                 "family refused a caravan pitch and a black applicant -> racial discrimination; "
                 "unequal pay for a woman -> women's rights; a Sikh pupil's turban -> freedom of "
                 "religion. The scenario on a wheelchair user is equality and non-discrimination. "
                 "Not labelled human rights education: the sheet is the exercise itself, not about "
                 "teaching. 'For youth groups aged 14-18' -> youth. Places: the scenarios are "
                 "British but the worksheet is about discrimination generally; UK law mentioned in "
                 "one line only -> no places.",
        "text": """Youth Action Day -- Cardiff -- 14.11.97                ICN British Section Youth Programme

EXERCISE 3: IS IT DISCRIMINATION?

For youth groups aged 14-18. Work in pairs. For each situation, tick YES, NO or NOT SURE, and
write down which right is at stake and what the person could do.

A. Mrs Lee and her family are Roma. The caravan site manager tells them there are no pitches,
   then lets a pitch to the next family that asks.
   [ ] YES  [ ] NO  [ ] NOT SURE    Right at stake: ________________________________
   What could they do? ________________________________________________________

B. Joanne and Mark do the same job in a warehouse. Mark is paid 60p an hour more "because
   he is the breadwinner".
   [ ] YES  [ ] NO  [ ] NOT SURE    Right at stake: ________________________________
   What could she do? _________________________________________________________

C. Harjit, who is Sikh, is told he cannot wear his turban in the school photograph.
   [ ] YES  [ ] NO  [ ] NOT SURE    Right at stake: ________________________________
   What could he do? __________________________________________________________

D. A black applicant is told on the phone that the flat has gone; his white friend rings ten
   minutes later and is invited to view it.
   [ ] YES  [ ] NO  [ ] NOT SURE    Right at stake: ________________________________

E. The youth club is upstairs with no lift. Sam uses a wheelchair.
   [ ] YES  [ ] NO  [ ] NOT SURE    Right at stake: ________________________________

Discuss: Britain has had laws against sex discrimination (1975) and race discrimination (1976).
Why does discrimination still happen?  ______________________________________________
""",
    },
    {
        "id": "312",
        "split": "holdout3",
        "date": "1975",
        "date_form": "circa",
        "type": None,
        "subjects": ["disappearances", "refugees", "torture"],
        "title": "Testimony of a Chilean Refugee",
        "title_variants": [],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["CL"],
        "notes": "A personal testimony -> null type. Own date: the archivist's pencilled 'ca. "
                 "1975' on the item -> 1975. Mentioned: the coup (September 1973), his arrest "
                 "(October 1973), his arrival in Britain (June 1974). Paragraphs: his torture at "
                 "the stadium -> torture; his brother taken and never found -> disappearances; "
                 "exile and life as a refugee in Britain -> refugees. The country the testimony "
                 "is about -> CL (Britain is the place of exile, the refugee paragraph is about "
                 "his own situation; no British procedure is covered).",
        "text": """[pencilled at top: ca. 1975 -- Sheffield group file]

TESTIMONY OF A CHILEAN REFUGEE

(read to the Sheffield group by R. M., who asked that his name not be printed)

I was a teacher of history in a secondary school in Concepción. I belonged to no party, but I
was the secretary of the teachers' union in my school. In October 1973, a month after the coup,
soldiers came to the school at eight in the morning and took me in front of my pupils.

For nineteen days I was held in the regional stadium. I was interrogated four times. They
put a hood over my head, beat me, and applied electricity to my body while they asked for the
names of my colleagues. I gave no names because I knew none of the things they wanted. A doctor
came once, but only to say that I could take more.

My younger brother Tomás, a student of engineering, was arrested at his lodgings two weeks after
me. The soldiers told my mother he had been released. No one has seen him since. My mother goes
every week to the offices of the Church committee, and every week they have no news.

I was released without charge and left Chile with my wife and daughter in June 1974. We came to
Britain with the help of your Network and the World University Service. We live in two rooms.
I work in a bakery at night because my diploma is not recognised. My daughter speaks English
better than I do. We are safe, and I am grateful, but every day I think of Tomás.
""",
    },
    {
        "id": "313",
        "split": "holdout3",
        "date": "1979-11-03",
        "date_form": "month-day-year",
        "type": "evaluation form",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Urgent Action Writers' Workshop: Evaluation",
        "title_variants": ["Urgent Action Writers' Workshop"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: the workshop, November 3, 1979. Mentioned: 'return by November 17' "
                 "(deadline). 'EVALUATION' directly under the heading: joined title. Heading -> "
                 "urgent actions; questions on writing appeals and confidence to write -> letter "
                 "writing. The question on the Uruguay example case names a country as an example "
                 "only; no places.",
        "text": """INTERNATIONAL CONSCIENCE NETWORK -- UPPER MIDWEST
3208 Hennepin Ave. S., Minneapolis, Minn. 55408

URGENT ACTION WRITERS' WORKSHOP
EVALUATION
Minneapolis, November 3, 1979

Please help us plan the next workshop. Circle one number for each question
(1 = not at all, 5 = very much).

1. Did you understand how an Urgent Action works, from the case to your letter?   1  2  3  4  5
2. Was the session "Writing an effective appeal" useful to you?                     1  2  3  4  5
3. Was the example case (the detained trade unionist in Uruguay) clear enough?       1  2  3  4  5
4. How confident do you now feel writing an appeal on your own?                    1  2  3  4  5
5. Was there enough time to write your practice letter?                             1  2  3  4  5

6. What was the most useful part of the day?
   _____________________________________________________________________________

7. What would you change?
   _____________________________________________________________________________

8. Would you like to join the Urgent Action network? [ ] Yes [ ] Already a member [ ] Not now

Name (optional): _______________________

Leave this form at the door or mail it to the regional office by November 17.
""",
    },
    {
        "id": "314",
        "split": "holdout3",
        "date": "2004-07-06",
        "date_form": "eu-slash-email-header",
        "type": "memo",
        "subjects": ["facilitation", "lobbying"],
        "title": "Revised facilitator notes for the lobbying module",
        "title_variants": ["[Email memo to the trainers' list about the revised notes for the lobbying module]"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "en",
        "places": ["GB"],
        "notes": "Own date: the email's 'Date: 06/07/2004' (British Section: D/M/Y -> 6 July "
                 "2004). Mentioned: the next trainers' day (Saturday 18 September), the General "
                 "Election 'next year'. To:/From:/Date:/Subject: with no greeting (only a signature) -> memo; the "
                 "subject line is the title. Addressed to the trainers' list -> trainers. Paragraphs "
                 "on running the module (timing, handling the role-play, debrief) -> facilitation; "
                 "the module's content on lobbying MPs -> lobbying, GB.",
        "text": """To: trainers-list@icn.org.uk
From: Rhiannon Pugh <r.pugh@icn.org.uk>
Date: 06/07/2004 10:41
Subject: Revised facilitator notes for the lobbying module
Attachments: lobbying_module_v3.doc

The revised notes for Module 6 ("Meeting your MP") are attached. Please use these from now on
and bin the 2002 version. The main changes, after your feedback from the spring courses:

CONTENT. The module now covers surgeries as well as Westminster meetings, since most groups will
meet their MP in the constituency. There is a new one-page brief on how a Private Member's Bill
works and a section on following up with written questions. With a General Election expected
next year, groups should also be ready to question candidates at hustings.

RUNNING THE SESSION. The role-play was taking 50 minutes and leaving no time to debrief. It is
now 25 minutes, in threes (MP, constituent, observer), with the observer keeping time. Please do
not play the MP yourself -- you need to be free to move between groups. Debrief with the three
questions in the notes, and write the learning points up on the flipchart before the break.
If a group gets stuck, ask the observer what they saw rather than giving the answer.

The next trainers' day is Saturday 18 September in Birmingham; let me know if you can come.

Rhiannon
Training Officer, ICN British Section | 020 7413 5500
""",
    },
    {
        "id": "315",
        "split": "holdout3",
        "date": "1977-06-14",
        "date_form": "ordinal-day-month-year",
        "type": "letter",
        "subjects": ["human rights education", "prisoners of conscience"],
        "title": "[Letter from the British Section's education officer to a head teacher offering a teaching pack on prisoners of conscience]",
        "title_variants": ["Human Rights in the Classroom: teaching pack"],
        "title_devised": True,
        "audience": ["educators"],
        "language": "en",
        "places": ["CS"],
        "notes": "Own date: the dateline '14th June 1977'. Mentioned: the reader's letter of "
                 "2nd June, Charter 77 (January 1977), the autumn term. Letter to a head teacher -> "
                 "educators. Offering teaching materials and a speaker for schools -> human rights "
                 "education; the paragraph describing the pack's case study of a teacher "
                 "imprisoned for signing Charter 77 -> prisoners of conscience, CS "
                 "(Czechoslovakia). The reference line 'Our ref' and the RECEIVED stamp are noise. "
                 "The 'Re:' line is a variant.",
        "text": """CONSCIENCE NETWORK -- BRITISH SECTION
Education Department
53 Theobald's Road, London WC1X 8SP    Telephone 01-405 4372

Our ref: ED/77/41                                                   14th June 1977

Mr R. H. Cartwright, B.A.
Headmaster
Brackley Road Comprehensive School
Towcester, Northants.

Dear Mr Cartwright,

Re: Human Rights in the Classroom: teaching pack

Thank you for your letter of 2nd June asking whether the Section can help your fifth- and
sixth-form General Studies course with material on human rights.

I am enclosing the inspection copy of our new pack, Human Rights in the Classroom, written by
two serving teachers. It takes pupils through the Universal Declaration in eight lessons, with
role-plays, a class debate and suggestions for project work, and it is deliberately not tied to
any examination syllabus. We can also send a trained speaker to talk to a year group, free of
charge, if you give us four weeks' notice.

The heart of the pack is a case study of a real prisoner: a secondary-school teacher of
mathematics in Brno, Czechoslovakia, dismissed and then imprisoned after signing the Charter 77
declaration in January of this year. Pupils follow his case through the documents -- the
charge, the letters from his family, the replies from the authorities -- and discuss why a
person who has used no violence can be imprisoned for what he believes and says.

We should be very glad to hear how the material works in your school in the autumn term.

Yours sincerely,

Margaret Ellison (Miss)
Education Officer
                                                         [stamp: RECEIVED 16 JUN 1977]
""",
    },
    {
        "id": "316",
        "split": "holdout3",
        "date": "1976",
        "date_form": "season",
        "type": "newsletter",
        "subjects": ["death penalty", "fundraising", "prisoners of conscience",
                     "vigils and demonstrations"],
        "title": "The Network News",
        "title_variants": ["The Network News, Vol. 7, No. 3", "The Network News, Summer 1976"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["KR", "US"],
        "notes": "Own date: 'Vol. 7, No. 3 -- Summer 1976' -> season gives 1976. Mentioned: the "
                 "Supreme Court decision of July 2 (1976, death penalty reinstated), the prisoner's "
                 "arrest March 1 1976, the auction in May, calendar items (September 18 regional "
                 "meeting). Items: a group adopts a South Korean poet -> prisoners of conscience, "
                 "KR; the auction -> fundraising; the death penalty reinstated in US states and a "
                 "vigil at the state capitol -> death penalty, vigils and demonstrations, US. The "
                 "calendar's one-line entries are not items.",
        "text": """THE NETWORK NEWS
Newsletter of the Pacific Northwest Groups, International Conscience Network U.S.A.
Vol. 7, No. 3 -- Summer 1976                      Box 5592, University Station, Seattle WA 98105

GROUP 9 ADOPTS KOREAN POET
Group 9 (Tacoma) has been assigned a new prisoner: Kim Sang-u, a poet and Catholic layman
arrested in Seoul on March 1 after reading a statement calling for the restoration of democracy.
He was sentenced under Emergency Measure No. 9 to seven years. He has not used or advocated
violence. Group 9 asks every member of every group to send him a card -- addresses from Lois
Berg, 564-2210.

AUCTION RAISES $1,140
Thanks to everyone who gave, bid and baked. The May auction at the University Unitarian church
raised $1,140, which will pay for the regional office's postage until the end of the year and
for two members to attend the national meeting. Special thanks to the potters' guild.

THE DEATH PENALTY IS BACK
On July 2 the Supreme Court ruled that the death penalty laws of Georgia, Florida and Texas are
constitutional. Executions may resume within months, for the first time since 1967. Washington
State's own law is before the courts. The regional groups will hold a silent vigil at the State
Capitol in Olympia on the evening before any execution anywhere in the country; please give
your phone number to the vigil tree (Jim Ormsby, 522-7013).

CALENDAR
Sept. 18 -- Regional meeting, Portland
Oct. 10 -- Group coordinators' workshop, Seattle
""",
    },
    {
        "id": "317",
        "split": "holdout3",
        "date": "2009-03-17",
        "date_form": "email-header",
        "type": "letter",
        "subjects": ["online activism", "petitions", "vigils and demonstrations",
                     "women's rights"],
        "title": "[Email from the Southwest field organizer to a student chapter coordinator about the consulate rally and petition on the killings of women in Ciudad Juárez]",
        "title_variants": ["Re: Saturday's rally at the consulate -- petition sheets + online signatures",
                           "Saturday's rally at the consulate -- petition sheets + online signatures"],
        "title_devised": True,
        "audience": ["student groups"],
        "language": "en",
        "places": ["MX"],
        "notes": "Own date: the email header (Tue, 17 Mar 2009). Mentioned: the rally on "
                 "'Saturday' (March 21, no year), the delivery on March 30, the original email of "
                 "March 15 quoted below. Email with greeting and signature -> letter. Addressed to "
                 "a student chapter's coordinator -> student groups. Paragraphs: rally logistics -> "
                 "vigils and demonstrations; paper petition sheets -> petitions; online signatures "
                 "-> online activism (and petitions); the killings of women in Ciudad Juárez -> "
                 "women's rights, MX. The subject line is a variant.",
        "text": """From: Marisol Treviño <mtrevino@icnusa.org>
To: Dana Kowalczyk <dkowalczyk@email.arizona.edu>
Cc: swregion-staff@icnusa.org
Date: Tue, 17 Mar 2009 14:02:11 -0700
Subject: Re: Saturday's rally at the consulate -- petition sheets + online signatures

Hi Dana,

Thanks for the great turnout numbers -- 40 confirmed from your chapter is amazing. Here is
what you need for Saturday (March 21).

THE RALLY: we gather at 11:00 on the sidewalk across from the Mexican Consulate on Broadway.
The city says no permit is needed as long as we keep the sidewalk passable, so please keep
people in two lines and off the steps. Signs: "Ni Una Más" and the names of the women. We'll
read names at noon, then 30 seconds of silence. Please assign two of your members as marshals.

THE PETITION: I'm mailing you 30 clipboards' worth of petition sheets today. Every sheet must
have the full text at the top -- signatures on blank pages can't be delivered. Collect name,
city and signature only; no emails on the paper sheets.

ONLINE: the same petition is on the website. Could your webmaster post the link on the
chapter's page and Facebook group tonight? We want 5,000 online signatures before we deliver
everything to the consul on March 30.

WHY IT MATTERS: since 1993 hundreds of women and girls have been murdered in Ciudad Juárez, many
after being abducted on their way to work in the factories, and most cases have never been
solved. Mothers who demand answers have been threatened. We are asking the state and federal
authorities to investigate properly and to protect the families.

Call me if anything comes up -- (520) 555-0162.

Marisol

Marisol Treviño
Field Organizer, Southwest Region, ICN USA

> On Sun, Mar 15, 2009 at 9:48 PM, Dana Kowalczyk wrote:
> Hi Marisol, we have 40 people for Saturday! What do we need to bring? -- Dana
""",
    },
    {
        "id": "318",
        "split": "holdout3",
        "date": "1989-04-22",
        "date_form": "us-numeric-dashes",
        "type": "sign-in sheet",
        "subjects": ["death penalty"],
        "title": "Texas Death Penalty Abolition Training",
        "title_variants": ["Texas Death Penalty Abolition Training: Please Sign In"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Own date: '4-22-89' on the heading line after a separator (US, M-D-YY); the date "
                 "and city after the separators are not part of the title. Subjects from the "
                 "heading: death penalty; in Texas -> US. Filled in with names, towns, phones.",
        "text": """TEXAS DEATH PENALTY ABOLITION TRAINING -- PLEASE SIGN IN -- 4-22-89 -- Austin

ICN-USA Southwest Region, P.O. Box 4417, Austin TX 78765

  NAME                     ADDRESS / TOWN                  PHONE          GROUP #     MAILING LIST?
  ----------------------   -----------------------------   ------------   ---------   -------------
  Luis Carranza            2200 Guadalupe #14, Austin      474-0931       Gp 219      yes
  Patricia Moody           Rt. 3 Box 61, Bastrop           321-5518       --          yes
  Rev. Alvin Tate          St. Mark's, San Antonio         (512) 733-2040 Gp 187      already
  Karen Whitfield          1908 Enfield Rd, Austin         478-2263       Gp 219      no
  Doug Hersch              UT Law School                   471-5151 x22   student     yes
  M. Okonjo                4502 Duval, Austin              (none)         --          yes
  Beatriz Salinas          Laredo                          (512) 722-8810 Gp 301      yes
  ________________________ _______________________________ ______________ ___________ _____________
  ________________________ _______________________________ ______________ ___________ _____________
""",
    },
    {
        "id": "319",
        "split": "holdout3",
        "date": "1999-05-12",
        "date_form": "es-numeric",
        "type": "memo",
        "subjects": ["campaigning", "torture"],
        "title": "Campaña «Manos limpias» contra la tortura: materiales y calendario",
        "title_variants": ["[Memo from the Spanish section's secretariat to group leaders about the campaign against torture]"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "Own date: 'Fecha: 12/05/1999' (Spanish: D/M/Y -> 12 May 1999). Mentioned: the "
                 "campaign launch '1 de junio', 26 de junio (UN day for victims of torture), the "
                 "end of the campaign in diciembre de 2000. Memo form (A/De/Fecha/Asunto) -> "
                 "memo; Asunto is the title. Presents the section's campaign as a whole -> "
                 "campaigning; its issue is torture, with a paragraph -> torture. Addressed to "
                 "group leaders -> local groups. Countries of the campaign not named. The three campaign axes are listed inside one running sentence; the ban on exporting torture equipment is not labelled arms control (judgement call: in passing).",
        "text": """RED INTERNACIONAL DE CONCIENCIA -- SECCIÓN ESPAÑOLA
Secretariado -- C/ Valderribas 13 -- 28007 Madrid -- Tel. 91 433 41 90 -- Fax 91 433 62 08

MEMORÁNDUM

A:       Responsables de los grupos locales
De:      Secretariado de Campañas
Fecha:   12/05/1999
Asunto:  Campaña «Manos limpias» contra la tortura: materiales y calendario

Como se acordó en la asamblea, el 1 de junio la Sección lanza la campaña «Manos limpias»,
que durará hasta diciembre de 2000. Su objetivo es que ningún gobierno pueda decir que no sabe
lo que ocurre en sus comisarías y cárceles: la tortura sigue practicándose en más de cien
países, casi siempre en los primeros días de detención y casi siempre impunemente.

La campaña tiene tres ejes: (1) casos individuales de personas torturadas, para los que cada
grupo recibirá un expediente; (2) la exigencia de que se prohíba la exportación de material de
tortura; (3) la prevención: registro de detenidos, acceso a abogado y a médico.

Esta semana recibiréis en cada grupo:
  - la carpeta de la campaña, con el expediente de vuestro caso;
  - 200 carteles y 1.000 folletos;
  - el vídeo «Cicatrices» (23 min).

Calendario: presentación pública en vuestra ciudad en la semana del 1 de junio; acto el 26 de
junio, Día Internacional en Apoyo de las Víctimas de la Tortura; primer balance en octubre.

Cualquier duda, llamad a Elena o a Jaume al Secretariado.
""",
    },
    {
        "id": "320",
        "split": "holdout3",
        "date": "2001-02",
        "date_form": "es-month-year-closing",
        "type": "report",
        "subjects": ["human rights defenders", "human rights education", "media work",
                     "public speaking"],
        "title": "Informe anual 2000: Área de Formación",
        "title_variants": ["Informe anual 2000", "Informe anual: Área de Formación", "Informe anual",
                           "Área de Formación: Informe anual 2000"],
        "title_devised": False,
        "audience": [],
        "language": "es",
        "places": ["CO"],
        "notes": "Own date: the report's issue date in the closing line 'Madrid, febrero de "
                 "2001', which wins over the year reported on (2000, part of the title). "
                 "Mentioned: the sessions in marzo and noviembre de 2000, the plan for 2001. "
                 "Sections: education in schools -> human rights education; activist training "
                 "workshops on media and on speaking in public (a paragraph each) -> media work, "
                 "public speaking; the accompaniment programme for Colombian defenders -> human "
                 "rights defenders, CO. The closing sentence on the budget is in passing.",
        "text": """RED INTERNACIONAL DE CONCIENCIA -- SECCIÓN ESPAÑOLA

INFORME ANUAL 2000
Área de Formación

1. EDUCACIÓN EN DERECHOS HUMANOS
Durante el año 2000 el programa escolar llegó a 142 centros de secundaria de nueve comunidades
autónomas. Los 38 voluntarios formados dieron 610 charlas sobre la Declaración Universal y los
derechos de la infancia, y se editó una nueva unidad didáctica para el profesorado de ética.
Las evaluaciones de los centros han sido muy positivas; el principal problema sigue siendo la
falta de voluntarios en las zonas rurales.

2. FORMACIÓN DE ACTIVISTAS
Se celebraron once talleres. Cuatro de ellos trataron de la relación con los medios de
comunicación: cómo redactar una nota de prensa, cómo preparar una entrevista de radio y cómo
aprovechar las fechas señaladas para conseguir espacio en la prensa local. Otros cinco fueron
talleres de hablar en público (marzo y noviembre de 2000), en los que 74 activistas practicaron
la presentación de casos ante auditorios de distinto tipo, con grabación en vídeo y comentarios.

3. ACOMPAÑAMIENTO A DEFENSORES COLOMBIANOS
El programa de acogida temporal trajo a España a tres defensores de derechos humanos de
Colombia -- un abogado de Barrancabermeja y dos dirigentes de organizaciones campesinas --
amenazados por grupos paramilitares. Durante su estancia de seis meses dieron charlas a los
grupos y se reunieron con parlamentarios y periodistas.

El presupuesto del Área se ejecutó en un 96 %.

Madrid, febrero de 2001
""",
    },
    {
        "id": "321",
        "split": "holdout3",
        "date": "1998-10-17",
        "date_form": "es-weekday-full-date",
        "type": "agenda",
        "subjects": ["armed conflict", "business and human rights", "children's rights",
                     "human rights education"],
        "title": "Jornada de formación: los derechos del niño y de la niña",
        "title_variants": ["Jornada de formación: los derechos del niño y de la niña: Programa",
                           "Los derechos del niño y de la niña"],
        "title_devised": False,
        "audience": [],
        "language": "es",
        "places": [],
        "notes": "Own date: the day of the jornada (sábado 17 de octubre de 1998). Mentioned: the "
                 "Convention of 20 November 1989 (history), inscripción antes del 9 de octubre. "
                 "PROGRAMA stands after the date/venue line: a section label, joined form is a "
                 "variant. Sessions: the Convention -> children's rights; child soldiers -> armed "
                 "conflict; child labour and companies -> business and human rights; working with "
                 "schools -> human rights education. Colombia and Sierra Leone named as examples "
                 "inside one session line: in passing, no places.",
        "text": """SECCIÓN ESPAÑOLA DE LA RED INTERNACIONAL DE CONCIENCIA
Coordinadora de la Comunidad Valenciana
C/ Cirilo Amorós 18, 3º -- 46004 Valencia -- Tel. 96 351 22 40

JORNADA DE FORMACIÓN:
LOS DERECHOS DEL NIÑO Y DE LA NIÑA

Valencia, sábado 17 de octubre de 1998
Colegio Mayor Sant Joan de Ribera (aula 4)

PROGRAMA

10:00  Acogida y entrega de materiales.
10:30  La Convención sobre los Derechos del Niño: qué dice y quién la vigila.
       Ponente: Amparo Llorens, abogada. (La Convención se aprobó el 20 de noviembre de 1989.)
11:45  Pausa -- café.
12:15  Niños y niñas soldado: reclutamiento forzoso en los conflictos armados.
       Testimonios y materiales audiovisuales (ejemplos de Colombia y Sierra Leona).
14:00  Comida.
15:30  Trabajo infantil y empresas: ¿qué responsabilidad tienen las marcas que compramos?
       Trabajo en grupos con etiquetas de ropa y balones.
17:00  Cómo llevar estos temas a los centros escolares: propuestas para el profesorado
       y para los grupos que dan charlas en institutos.
18:30  Evaluación y despedida.

Inscripción antes del 9 de octubre en la Coordinadora (plazas limitadas: 35).
""",
    },
    {
        "id": "322",
        "split": "holdout3",
        "date": None,
        "date_form": "none",
        "type": None,
        "subjects": ["fair trials", "torture"],
        "title": "[Fragment of a report on torture in detention and military trials in Turkey]",
        "title_variants": [],
        "title_devised": True,
        "audience": [],
        "language": "en",
        "places": ["TR"],
        "notes": "Fragment starting mid-sentence, no heading -> null type, devised title. "
                 "Undated: 'the coup of 12 September 1980' and 'since early 1981' are history "
                 "inside the text, not the document's date (no issue date survives). Paragraphs on "
                 "torture in police and military custody -> torture; on martial-law courts "
                 "(mass trials, confessions, no lawyer) -> fair trials. Turkey -> TR.",
        "text": """of the detainees interviewed, all but two said that they had been blindfolded throughout
their interrogation, and most described the same methods: beating on the soles of the feet,
suspension by the arms, electric shocks applied to the fingers and genitals, and threats against
their families. Several showed the delegates scars consistent with their accounts. None had been
allowed to see a lawyer during the 45 days of incommunicado detention that martial law permits,
and none had been examined by an independent doctor.

Since the coup of 12 September 1980 most political cases have been heard by martial-law courts
composed of military judges. The delegation attended two sessions of a mass trial in which more
than two hundred defendants were tried together. Defence lawyers told the delegation that they
had been given access to the case file only days before the hearing, that statements said to
have been made under torture were read as evidence, and that defendants who complained of
torture in court were removed from the room. Since early 1981 several defence lawyers have
themselves been detained.

The delegation asked the Ministry of Justice for the number of complaints of torture received
and the number of officials prosecuted, and was told that the figures were not available. It
                                                                               - 3 -
""",
    },
    {
        "id": "323",
        "split": "holdout3",
        "date": "1983-03-09",
        "date_form": "es-full-date-closing",
        "type": "letter",
        "subjects": ["disappearances", "extrajudicial executions", "letter writing"],
        "title": "[Letter from the Spanish section's Central America coordinator to local groups about disappearances and killings in Guatemala]",
        "title_variants": ["[Carta de la coordinación de Centroamérica a los grupos locales sobre las desapariciones y ejecuciones en Guatemala]",
                           "Llamamiento sobre Guatemala"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "es",
        "places": ["GT"],
        "notes": "Own date only in the closing line 'Bilbao, a 9 de marzo de 1983'. Mentioned: "
                 "the coup of 23 de marzo de 1982 (history), the deadline 'antes de Semana Santa'. "
                 "Addressed to the local groups -> local groups. Paragraphs on people taken and "
                 "never seen again -> disappearances; on villagers killed by the army -> "
                 "extrajudicial executions; the request to write to the head of state, with how "
                 "to write -> letter writing. Guatemala -> GT. 'Asunto' line is a variant.",
        "text": """RED INTERNACIONAL DE CONCIENCIA -- SECCIÓN ESPAÑOLA
Coordinación de Centroamérica -- Apartado 1.407 -- Bilbao

A los grupos locales
Asunto: Llamamiento sobre Guatemala

Queridos compañeros y compañeras:

Os escribimos porque las noticias que llegan de Guatemala son cada vez más graves. Desde el
golpe del 23 de marzo de 1982 hemos recibido cientos de denuncias de personas detenidas por
hombres armados vestidos de civil y de las que nunca más se ha sabido nada: sindicalistas,
catequistas, estudiantes, maestros rurales. Las familias recorren cuarteles y hospitales y en
todas partes les dicen que sus hijos "no están".

Al mismo tiempo llegan testimonios de aldeas enteras del altiplano en las que el ejército ha
dado muerte a hombres, mujeres y niños sin juicio alguno, acusándolos de apoyar a la guerrilla.
Los supervivientes que han huido a México cuentan las mismas escenas en lugares muy distantes
entre sí, lo que indica que no se trata de excesos aislados.

Os pedimos que cada grupo envíe antes de Semana Santa al menos diez cartas al Jefe de Estado,
general Efraín Ríos Montt, pidiendo que se investigue el paradero de los desaparecidos de la
lista adjunta y que cesen las matanzas. Las cartas deben ser breves y respetuosas, escritas a
mano si es posible, firmadas con nombre y dirección, y sin calificativos políticos. Enviad copia
a la Embajada de Guatemala en Madrid.

Un abrazo muy fuerte,

Itziar Goikoetxea
Coordinadora de Centroamérica

Bilbao, a 9 de marzo de 1983
""",
    },
    {
        "id": "324",
        "split": "holdout3",
        "date": "2010-02-05",
        "date_form": "abbrev-month-ordinal-year",
        "type": "slides",
        "subjects": ["human rights defenders", "online activism", "petitions", "urgent actions"],
        "title": "Taking Action Online: Workshop for Group Web Volunteers",
        "title_variants": ["Taking Action Online"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: the title slide 'Feb. 5th, 2010'. Mentioned: the e-network launched "
                 "in 2001, the website relaunch 'in March'. Slides: why act online (title and "
                 "slide) -> online activism; online petitions -> petitions; the email Urgent "
                 "Action network -> urgent actions; digital security for defenders we work with -> "
                 "human rights defenders. 'Group web volunteers' is a role, not an audience term.",
        "text": """Slide 1
TAKING ACTION ONLINE
Workshop for group web volunteers
Boston, Feb. 5th, 2010 -- ICN USA Northeast Region

Slide 2 -- Why online?
- Reach people who will never come to a meeting
- Act within hours, not weeks
- But: clicks are cheap -- officials know it

Slide 3 -- Online petitions
- One clear demand, one named target
- Say who will receive it and when
- Deliver in person, with a photo for the press

Slide 4 -- The email Urgent Action network
- Since 2001: cases by email within 24 hours of the alert
- Personal emails and faxes still beat form letters
- Tell us when you get a reply

Slide 5 -- Keeping defenders safe online
- Never post a defender's location, family or photo without consent
- Use https and strong passwords on group accounts
- Ask before forwarding anything a defender sends you

Slide 6 -- Next steps
- Website relaunch in March: training webinar for all volunteers
""",
    },
    {
        "id": "325",
        "split": "holdout3",
        "date": "1978-09-14",
        "date_form": "abbrev-month-day-year",
        "type": "report",
        "subjects": ["fair trials", "fundraising", "prisoners of conscience"],
        "title": "Minutes of the Meeting of Sept. 14, 1978",
        "title_variants": ["Minutes of the Meeting", "Group 31, Ann Arbor: Minutes of the Meeting of Sept. 14, 1978",
                           "Group 31, Ann Arbor: Minutes"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["ID"],
        "notes": "Minutes -> report; own date: the meeting, Sept. 14, 1978 (the date is part of "
                 "the heading's wording, so it is in the title; forms without it are variants; the "
                 "organisation line with the group's name is a letterhead, kept only in variants). "
                 "Mentioned: the prisoner's arrest (October 1965), the garage sale on Sept. 30, "
                 "the next meeting Oct. 12. Items: the adopted prisoner in Indonesia -> prisoners "
                 "of conscience, ID; the paragraph on his never being tried / the trial-"
                 "observation question -> fair trials; treasurer and garage sale -> fundraising. "
                 "Minutes: no audience.",
        "text": """INTERNATIONAL CONSCIENCE NETWORK -- GROUP 31, ANN ARBOR
Minutes of the meeting of Sept. 14, 1978
Present: 11 (P. Lindqvist in the chair). Apologies: D. Moore, K. Ito.

1. Minutes of the August meeting were approved.

2. Our prisoner. Susan reported a letter from the national office on Sutrisno, the schoolteacher
from Central Java whom the group adopted in 1975. He has been held on Buru Island since his
arrest in October 1965 and has never been charged or tried. The government says that "category
B" prisoners like him will be released by the end of next year, but gives no names. The group
agreed to write to the Attorney General and to the Indonesian Embassy asking either for his
release or for a fair trial before an ordinary court with a lawyer of his choice, and to ask
the national office whether an observer could attend if he is ever brought to trial.

3. Treasurer. Balance $212.40. Postage is costing $25 a month. The garage sale is set for
Saturday Sept. 30 at the Lindqvists' (1407 Granger); please bring items by the Thursday before.
Tom will ask the co-op about a donation jar.

4. Other business. The campus chapter asked for a speaker on Indonesia; Susan will go.

Next meeting: Thursday, Oct. 12, 7:30 p.m., First Baptist Church library.
                                                             Minutes taken by R. Hall
""",
    },
    {
        "id": "326",
        "split": "holdout3",
        "date": "1985-11-23",
        "date_form": "fr-day-range",
        "type": "agenda",
        "subjects": ["death penalty", "disappearances", "facilitation", "fundraising",
                     "letter writing"],
        "title": "Week-end de formation des responsables de groupes: Ordre du jour",
        "title_variants": ["Week-end de formation des responsables de groupes"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "fr",
        "places": ["AR"],
        "notes": "Range 23-24 novembre 1985 -> start day. Mentioned: the trial of the juntas "
                 "(avril 1985), inscription before 8 novembre. 'ORDRE DU JOUR' directly under the "
                 "heading: joined title, form without it a variant. Sessions: Argentina's "
                 "disappeared and the families -> disappearances, AR; writing an appeal letter -> "
                 "letter writing; running a group meeting -> facilitation; death penalty in the "
                 "world -> death penalty; group finances (cotisations, tombola) -> fundraising. "
                 "Addressed to group leaders (responsables de groupes) -> local groups.",
        "text": """RÉSEAU INTERNATIONAL DE CONSCIENCE -- SECTION FRANÇAISE
Délégation régionale Rhône-Alpes -- 12, rue Sainte-Hélène, 69002 Lyon -- Tél. (7) 842.17.09

WEEK-END DE FORMATION DES RESPONSABLES DE GROUPES
ORDRE DU JOUR

Lyon, 23-24 novembre 1985 -- Maison des Sociétés, salle B

Samedi
 9 h 30   Accueil, café, tour de table
10 h 00   Les disparus d'Argentine : où en sont les familles depuis le procès des juntes
          (avril 1985) ? Intervention de Mme Inés Ferrero, Mères de la place de Mai
12 h 30   Déjeuner
14 h 00   Atelier : rédiger une lettre d'appel aux autorités -- ton, longueur, formules
          de politesse, à qui écrire (chaque participant repart avec deux lettres)
16 h 00   Pause
16 h 30   Animer une réunion de groupe : donner la parole, tenir l'horaire, conclure
          par des décisions

Dimanche
 9 h 30   La peine de mort dans le monde : état des lieux et arguments
11 h 00   Les finances du groupe : cotisations, tombola, vente de cartes de vœux
12 h 30   Bilan du week-end et départ

Inscription avant le 8 novembre auprès de la délégation. Hébergement possible chez des membres.
""",
    },
    {
        "id": "327",
        "split": "holdout3",
        "date": "1973-10-02",
        "date_form": "month-ordinal-day-year",
        "type": "letter",
        "subjects": ["freedom of religion", "letter writing", "prisoners of conscience"],
        "title": "[Letter from the Group 14 coordinator to members about the adopted prisoner Pastor Ivan Dovhan]",
        "title_variants": ["[Letter to Group 14 members about Pastor Ivan Dovhan]"],
        "title_devised": True,
        "audience": ["local groups"],
        "language": "en",
        "places": ["SU"],
        "notes": "Own date: the dateline 'October 2nd, 1973'. Mentioned: the pastor's arrest "
                 "(January 1972) and sentence (May 1972), the next meeting (October 16th); "
                 "'HV/jr cc: file' is noise. Letter to the "
                 "members of a local group -> local groups. Adopted prisoner jailed for religious "
                 "teaching -> prisoners of conscience, freedom of religion; the paragraph asking "
                 "each member to write to the procurator and the camp, with guidance -> letter "
                 "writing. USSR -> SU. No heading: devised title.",
        "text": """                                          GROUP 14 -- INTERNATIONAL CONSCIENCE NETWORK
                                          c/o Mrs. Helen Vasko, 718 Linden Avenue
                                          Oak Park, Illinois 60302

                                                              October 2nd, 1973

Dear Friends of Group 14,

I am sorry to begin with bad news. The national office has heard, through a relative who was
allowed one visit in August, that Pastor Ivan Dovhan has been moved from the camp at Perm to a
stricter regime camp, and that his health is poor. You will remember that Pastor Dovhan, a
Baptist minister from near Rovno, was arrested in January 1972 and sentenced in May 1972 to five
years for "organizing religious instruction of minors" -- that is, for running a Sunday school
for the children of his congregation. He has never used or advocated violence. He is in prison
only for practising and teaching his faith, and the Network adopted him for that reason.

What we need now is letters, many of them, and steady. Please will every member write one
letter this month to the Procurator-General of the USSR in Moscow, and one to the camp
commandant, asking that Pastor Dovhan be given medical care and released. Keep the letters
short and courteous; do not attack the Soviet system; mention that he is a father of four.
Addresses and a sample opening are on the enclosed sheet. If you can, send a card to his wife
Nadia as well -- cards do get through, and she needs to know she is not forgotten.

We will read out any replies at the next meeting, Tuesday October 16th, at the library.

With thanks, and in hope,

Helen Vasko
Coordinator, Group 14

HV/jr    cc: file
""",
    },
    {
        "id": "328",
        "split": "holdout3",
        "date": "1993",
        "date_form": "copyright-c",
        "type": "trainer guide",
        "subjects": ["civil and political rights", "economic, social and cultural rights",
                     "facilitation", "freedom of expression", "human rights education"],
        "title": "Rights in the Classroom: A Session Guide for Classroom Visitors",
        "title_variants": ["Rights in the Classroom"],
        "title_devised": False,
        "audience": ["trainers", "youth"],
        "language": "en",
        "places": [],
        "notes": "Own date: '(c) 1993'. Mentioned: the Universal Declaration of 1948, the 1966 "
                 "Covenants (history). A guide for the volunteer running a class session -> trainer "
                 "guide, trainers; the session is for high-school classes -> youth. Subjects: the "
                 "session as a whole teaches about human rights -> human rights education; Part 2 "
                 "explains the two families of rights as such -> civil and political rights and "
                 "economic, social and cultural rights (the broad terms, covered as such); Part 3 "
                 "exercise on a censored school newspaper -> freedom of expression; 'Tips for the "
                 "visitor' section on running the class -> facilitation. Multi-page (form feed).",
        "text": """RIGHTS IN THE CLASSROOM
A Session Guide for Classroom Visitors

International Conscience Network USA -- Education Program
Copyright (c) 1993 International Conscience Network USA. May be copied for non-commercial use.

WHO THIS IS FOR: volunteers from local groups who have been invited to lead one 50-minute
class period with high school students (grades 9-12).

OBJECTIVES -- by the end of the period students will be able to:
 - say in their own words what a human right is;
 - name rights from both families of rights;
 - apply the idea of free expression to a situation in their own school.

MATERIALS: copies of the simplified Universal Declaration (1948), newsprint, markers, the
"Eagle Eye" handout (Part 3).

PART 1 (10 min) -- WHAT IS A RIGHT?
Ask the students: "What does every person need to live a life with dignity?" Write answers on
newsprint. Say: "In 1948 the countries of the United Nations agreed on a list like yours."

PART 2 (15 min) -- TWO FAMILIES OF RIGHTS
Explain that rights are often grouped in two families. Civil and political rights protect us
from abuse by the state and let us take part in public life: the right to vote, to a fair
trial, not to be tortured, to speak and to worship. Economic, social and cultural rights
concern the conditions of a decent life: food, housing, health care, education, fair work.
Divide the class into small groups; give each a pile of cards and ask them to sort the cards
into the two families. Discuss the cards they could not sort. Point out that the 1966
Covenants split the two families but that they depend on each other.
\f
Rights in the Classroom -- page 2

PART 3 (20 min) -- THE EAGLE EYE
Read the scenario: the principal of Lincoln High has removed an article from the student
newspaper, The Eagle Eye, criticising the cafeteria contract. Ask: Was this censorship? Does
freedom of expression have limits? Who should decide? Divide the room in two for a short
debate, then ask each side to say the strongest point of the other.

PART 4 (5 min) -- CLOSING
Ask each student to name one right they had not thought about before today.

TIPS FOR THE VISITOR
 * Arrive early and agree with the teacher who keeps order; you lead the discussion.
 * Learn five names in the first five minutes and use them.
 * Ask open questions and wait -- count to seven before you answer your own question.
 * When a student says something shocking, ask "What do others think?" rather than correcting.
 * Keep time visibly; finish the closing round even if Part 3 runs long.
""",
    },
    {
        "id": "329",
        "split": "holdout3",
        "date": "1996-03-05",
        "date_form": "weekday-ordinal-day-month-year",
        "type": "agenda",
        "subjects": ["LGBT rights", "fundraising", "group organizing", "recruitment"],
        "title": "Annual General Meeting",
        "title_variants": ["Annual General Meeting: Agenda", "Norwich Group Annual General Meeting",
                           "Norwich Group: Annual General Meeting: Agenda"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: the meeting (Tuesday 5th March 1996). Mentioned: minutes of the AGM of "
                 "7th March 1995, Freshers' Fair in October, next committee meeting 2nd April. "
                 "Judgement call: 'Election of officers' (chair, secretary, treasurer) is an agenda "
                 "item about the group's roles -> group organizing. Treasurer's report with the "
                 "subscription rise and sponsored walk -> fundraising; Freshers' Fair stall "
                 "recruiting -> recruitment; talk on persecution of gay men and lesbians -> LGBT "
                 "rights. A group's own agenda: no audience. The speaker's talk names no country.",
        "text": """ICN BRITISH SECTION -- NORWICH GROUP (No. 112)
c/o 14 Unthank Road, Norwich NR2 2PA

ANNUAL GENERAL MEETING

Tuesday 5th March 1996, 7.30 pm
Upstairs room, The Plough, St Benedict's Street

AGENDA

7.30   Apologies for absence
7.35   Minutes of the AGM held on 7th March 1995 and matters arising
7.45   Chair's report on the year (Janet)
8.00   Treasurer's report and accounts -- proposal to raise the annual subscription from
       £6 to £8 (£4 unwaged); this year's sponsored walk and the Christmas card stall
8.20   Election of officers: chair, secretary, treasurer, prisoner-case co-ordinator
       (nominations to Alan by 1st March, or from the floor)
8.35   Break -- tea and biscuits
8.45   Recruiting students: plans for a stall at the UEA Freshers' Fair in October
       and a "bring a friend" evening
9.05   Talk: "Criminalised for who they love" -- the imprisonment and persecution of
       gay men and lesbians, and what the Section is asking groups to do.
       Speaker: Daniel Price, Section LGBT Co-ordination Team
9.40   Any other business
9.50   Date of next committee meeting (proposed 2nd April)
""",
    },
    {
        "id": "330",
        "split": "holdout3",
        "date": "1995",
        "date_form": "fiscal-year",
        "type": "report",
        "subjects": ["coalition building", "death penalty", "group organizing", "lobbying",
                     "racial discrimination"],
        "title": "Southern Region Field Report, FY1995",
        "title_variants": ["Southern Region Field Report"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["US"],
        "notes": "Own date: 'FY1995' attached to the heading -> 1995 (fiscal year labelled with "
                 "the year it names; part of the title, the form without it a variant). "
                 "Mentioned: the lobby day of February 14 (no year), the first execution in "
                 "Georgia since 1983 mentioned as history, FY1996 priorities. Sections: new groups "
                 "started -> group organizing; state lobby day against the death penalty bill -> "
                 "lobbying, death penalty; the coalition with NAACP branches and churches on racial "
                 "bias in death sentences -> coalition building, racial discrimination. State "
                 "legislatures in the US -> US.",
        "text": """INTERNATIONAL CONSCIENCE NETWORK USA -- SOUTHERN REGIONAL OFFICE
131 Ponce de Leon Ave. NE, Suite 220, Atlanta, GA 30308 -- (404) 555-0184

SOUTHERN REGION FIELD REPORT, FY1995
To the Board of Directors and the Field Program Director

1. NEW GROUPS
Six new local groups were started this year (Birmingham, Chattanooga, Savannah, Jackson MS,
Baton Rouge and the Spelman-Morehouse student chapter), bringing the region to 47. Each new
group had a start-up visit, the handbook and a six-month mentor from a neighbouring group. Two
have already elected officers and registered with the national office.

2. STATE LOBBYING
On February 14 more than 200 members met legislators at the capitols in Atlanta, Montgomery and
Tallahassee. In Georgia the bill to expand the death penalty to drug offences was held in
committee, which we count as a success. Legislators' staff told us that visits by constituents
from their own districts made the difference.

3. THE DEATH PENALTY AND RACE
With branches of the NAACP, the Southern Christian Leadership Conference and three Catholic
dioceses we formed the "Equal Justice Coalition". Its first product is a study of every death
sentence in Georgia since 1983, showing that a killing of a white victim is several times more
likely to lead to a death sentence than the killing of a black victim. The coalition meets
monthly and shares a part-time coordinator, paid half by us.

4. PRIORITIES FOR FY1996
Hold the new groups; a second lobby day; training for coalition partners.
""",
    },
    {
        "id": "331",
        "split": "holdout3",
        "date": None,
        "date_form": "none",
        "type": "handout",
        "subjects": ["fundraising", "group development", "group organizing", "online activism",
                     "public speaking", "recruitment"],
        "title": "Ten Ways to Keep Your Student Group Alive",
        "title_variants": [],
        "title_devised": False,
        "audience": ["student groups"],
        "language": "en",
        "places": [],
        "notes": "Undated (no year anywhere; 'September', 'spring semester' are not dates; email "
                 "and websites are not evidence of a date). Heading about keeping a group going -> "
                 "group development. List items counted: recruit every September / tabling -> "
                 "recruitment; bake sale, dues -> fundraising; email list and web page -> online "
                 "activism; two-minute talks -> public speaking. Judgement call: items 2 (meet at the same time every week) and 8 (elect next year's officers) are about running the group's meetings and roles -> group organizing; items 3, 7, 9, 10 (jobs for newcomers, records, celebrating) are group development. "
                 "Addressed to student groups.",
        "text": """TEN WAYS TO KEEP YOUR STUDENT GROUP ALIVE

ICN-USA Student Program  *  studentprogram@icn-usa.org  *  (212) 555-0190

Student groups die every May, when the seniors graduate, and are reborn -- or not -- every
September. These ten habits come from chapters that have lasted more than ten years.

 1. Recruit every September, not just once. Table at the activities fair, the dorms and the
    dining hall in the first three weeks; follow up with every name within 48 hours.
 2. Meet at the same time and place every week, and start on time.
 3. Give every new member a job in their first month.
 4. Keep a group email list and a simple web page with the meeting time and this month's
    cases; ask members to forward the online actions to their friends.
 5. Raise your own money: a bake sale before finals, a benefit concert, small dues. A group
    with $200 in the bank can print its own posters.
 6. Practise speaking: at one meeting a month, each member gives a two-minute talk on a case
    as if to a class. Nervous speakers become good ones fast.
 7. Work on one case long enough to care about it.
 8. Elect next year's officers in March and let them shadow this year's.
 9. Write down how you do things (the binder!) so the knowledge does not leave with the seniors.
10. Celebrate: a party when a prisoner is released, pizza at the end of the semester.
""",
    },
    {
        "id": "332",
        "split": "holdout3",
        "date": "1985-12-04",
        "date_form": "weekday-abbrev-day-month-two-digit",
        "type": "flyer",
        "subjects": ["letter writing", "prisoners of conscience"],
        "title": "Letters for Freedom: a Christmas Card Evening for Prisoners of Conscience",
        "title_variants": ["Letters for Freedom"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: the event 'Weds 4 Dec '85' -> 1985-12-04 (two-digit year, 19xx). "
                 "Flyer for a card-writing evening: writing cards to prisoners and their families -> "
                 "letter writing; for prisoners of conscience (heading and paragraph) -> prisoners "
                 "of conscience. No country discussed: places empty.",
        "text": """ICN  *  Reading Group  *  British Section

LETTERS FOR FREEDOM
a Christmas card evening for prisoners of conscience

Weds 4 Dec '85  *  7.30 pm
St Giles' Church Hall, Southampton Street, Reading

Last Christmas our group sent 340 cards to prisoners and their families. One of them reached a
woman in a prison hospital who wrote back, eight months later, that it was the first sign she
had that anyone outside knew her name.

Come and write a card to someone imprisoned for their beliefs. We provide cards, addresses,
stamps and mince pies; you provide a few minutes and your signature.

All welcome. Enquiries: Reading 58114
""",
    },
    {
        "id": "333",
        "split": "holdout3",
        "date": "1988",
        "date_form": "season-running-header",
        "type": "trainer guide",
        "subjects": ["human rights defenders", "women's rights"],
        "title": "Women Who Defend Rights: Notes for the Session Leader",
        "title_variants": ["Women Who Defend Rights", "Module 4: Women Who Defend Rights"],
        "title_devised": False,
        "audience": ["trainers"],
        "language": "en",
        "places": ["PH"],
        "notes": "Own date: the kit's edition in the running header 'TRAINERS' PACK -- AUTUMN "
                 "1988' -> season gives the year 1988. Mentioned: the arrest 'in March 1987' "
                 "(case date). The running header is not the title; 'Module 4' form is a variant. "
                 "Session leader's notes -> trainer guide, trainers. Women activists at risk -> "
                 "human rights defenders, women's rights; the case study paragraphs are about a "
                 "woman organiser in the Philippines -> PH. Part 4's brainstorm lists letters, cards and contacts with women's organisations in one running sentence: letter writing and coalition building in passing.",
        "text": """TRAINERS' PACK -- AUTUMN 1988 -- MODULE 4                       ICN British Section

WOMEN WHO DEFEND RIGHTS
Notes for the session leader

Time: 1 hour 45 minutes. Group size: 8-20. You will need: the case card "Corazon" (one per
small group), flipchart, the poster of the Section's women's action.

AIM
To help participants understand why women who stand up for the rights of others are targeted
in particular ways, and what our groups can do to protect them.

1. OPENING ROUND (15 minutes)
Ask each participant to name a woman, famous or not, who has stood up for other people. Write
the names on the flipchart. Point out how few of them are well known.

2. THE CASE OF CORAZON (40 minutes)
Hand out the case card. Corazon D. is a community health worker and trade-union organiser on a
sugar estate in Negros, in the Philippines. She was arrested in March 1987, held for eleven days
without charge, threatened with rape and accused of being a rebel courier because she had
organised women cane-cutters to demand the legal minimum wage. Since her release her name has
appeared on a list of "subversives" painted on the wall of the market.
Divide into groups of four. Ask: What made Corazon a target? Which threats are aimed at her as a
woman? Who could protect her?

3. REPORT BACK (20 minutes)
Take one point from each group. Draw out: women defenders face sexual threats and slander about
their private lives; their families are used against them; they are often not recognised as
"political" at all.

4. WHAT WE CAN DO (20 minutes)
Brainstorm: letters to the authorities and to the estate owner, sending cards to Corazon so her
neighbours see she is known abroad, raising her case with local women's organisations here.

5. CLOSE (10 minutes)
Remind participants of the Section's women's action in the new year.
""",
    },
    {
        "id": "334",
        "split": "holdout3",
        "date": "2008-02-11",
        "date_form": "iso",
        "type": "manual",
        "subjects": ["media work", "online activism", "petitions", "urgent actions"],
        "title": "Online Action Manual for Groups",
        "title_variants": ["Online Action Manual"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "en",
        "places": [],
        "notes": "Own date: 'Version 2.1 -- last updated 2008-02-11' (ISO). Mentioned: the "
                 "first version (2005), the e-network's start (2001). Manual with numbered parts "
                 "and contents page. Parts: websites and email lists -> online activism; online "
                 "petitions -> petitions (and online activism); the email Urgent Action network -> "
                 "urgent actions; bloggers and reporters -> media work. Part 5 on privacy and "
                 "passwords is part of online activism. 'for groups' in the title -> local groups.",
        "text": """ICN-USA  |  Online Action Manual for Groups
Version 2.1 -- last updated 2008-02-11 (version 1.0 was issued in 2005)

CONTENTS
Part 1. Your group on the web: websites, email lists and social networking
Part 2. Online petitions: when they work and when they do not
Part 3. The email Urgent Action network
Part 4. Working with bloggers and reporters
Part 5. Privacy, passwords and keeping members' data safe

PART 1. YOUR GROUP ON THE WEB
Every group should have one page that a stranger can find: who you are, when you meet, and one
action they can take today. Keep it current -- a page announcing "our meeting on March 3" in
November tells visitors the group is dead. An email list (not a long cc: line!) lets members
take action between meetings. Name two administrators so the list survives graduations.

PART 2. ONLINE PETITIONS
An online petition is quick to sign and easy to ignore. Use it when the target counts
numbers (a company, an embassy before a visit) and deliver it in person with a printout of the
names whenever you can. Always state who will receive the petition and when. Never add
signatures from a paper list without the signers' consent.

PART 3. THE EMAIL URGENT ACTION NETWORK
Since 2001 Urgent Actions have gone out by email as well as by post. Subscribers receive the
case, the recommended action and the addresses, and are asked to write within the deadline.
Group UA coordinators should forward actions within 24 hours and keep a tally of letters sent.

PART 4. WORKING WITH BLOGGERS AND REPORTERS
Local bloggers and campus papers will often cover a story the daily paper ignores. Send a short
release with a photograph and one quotation; offer an interview with someone affected.

PART 5. PRIVACY, PASSWORDS AND KEEPING MEMBERS' DATA SAFE
Do not publish members' home addresses; change list passwords when officers change.
""",
    },
    {
        "id": "335",
        "split": "holdout3",
        "date": "2007-06-30",
        "date_form": "day-month-year",
        "type": "report",
        "subjects": ["business and human rights", "economic, social and cultural rights"],
        "title": "Report of the Weekend School on Economic, Social and Cultural Rights",
        "title_variants": ["Weekend School on Economic, Social and Cultural Rights"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["NG"],
        "notes": "Own date: the report's issue date 'Submitted to the Training Committee, 30 June "
                 "2007', which wins over the event (12-13 May 2007). Mentioned: the 1966 Covenant, "
                 "the next school in spring 2008. Sessions reported: what ESC rights are, as such, "
                 "and the right to housing / forced evictions -> economic, social and cultural "
                 "rights (broad term covered as such, no narrower term exists for housing); the "
                 "oil company and the Niger Delta -> business and human rights, NG. Multi-page "
                 "(form feed).",
        "text": """ICN BRITISH SECTION -- NORTH WEST REGION
c/o 12 Ducie Street, Manchester M1 2JW

REPORT OF THE WEEKEND SCHOOL ON
ECONOMIC, SOCIAL AND CULTURAL RIGHTS
Manchester, 12-13 May 2007

Submitted to the Training Committee, 30 June 2007

1. Attendance
Thirty-one members from fourteen groups attended; nine were attending their first Section
event. The venue (Friends Meeting House) was good, though the Sunday room was too small.

2. Saturday morning: what are economic, social and cultural rights?
Dr Anjali Rao (University of Salford) introduced the rights of the 1966 Covenant -- to work,
to health, to education, to food and to housing -- and the idea of "progressive realisation".
Much of the discussion turned on whether a membership organisation used to working on prisoners
can campaign on rights that depend on resources. Most participants thought it could, if it
focuses on discrimination, on the core minimum and on forced evictions.

3. Saturday afternoon: the right to housing and forced evictions
Participants worked through the case of a settlement demolished without notice, and practised
identifying who had violated which obligation.
\f
Report of the Weekend School, page 2

4. Sunday: companies and human rights -- the Niger Delta
Ben Okafor presented the case of communities in the Niger Delta, where oil spills from company
pipelines have destroyed fishing grounds and farmland, and where protests have been met by
security forces. The session asked what responsibility the oil company has, what the Nigerian
government must do, and what shareholders and consumers in Britain can ask of the company.

5. Evaluation
Average rating 4.3 out of 5. Participants asked for more practical action ideas. A second
weekend school is proposed for spring 2008.

Signed: K. Whitworth, Regional Training Co-ordinator
""",
    },
    {
        "id": "336",
        "split": "holdout3",
        "date": "1996-09-02",
        "date_form": "fr-full-date",
        "type": "letter",
        "subjects": ["fundraising", "recruitment"],
        "title": "[Letter from the French section's president to members about the autumn membership drive and dues]",
        "title_variants": ["[Lettre de la présidente de la Section française aux adhérents sur la campagne d'adhésion de la rentrée]",
                           "Campagne d'adhésion de la rentrée"],
        "title_devised": True,
        "audience": [],
        "language": "fr",
        "places": [],
        "notes": "Own date: dateline 'Paris, le 2 septembre 1996'. Mentioned: the general assembly "
                 "of juin 1996, the 25th anniversary (1971), the deadline 31 octobre. Circular "
                 "letter to members (not a kind of reader in the audience list; existing members, "
                 "not new members) -> no audience. Paragraphs: each member brings one new member "
                 "(parrainage) -> recruitment; the dues change and the appeal for a gift -> "
                 "fundraising. 'Objet' line is a variant.",
        "text": """RÉSEAU INTERNATIONAL DE CONSCIENCE
SECTION FRANÇAISE
4, rue de la Pierre-Levée -- 75011 Paris -- Tél. : 01 49 23 11 00

                                                        Paris, le 2 septembre 1996

Objet : campagne d'adhésion de la rentrée

Chère adhérente, cher adhérent,

La section fêtera cette année ses vingt-cinq ans : créée en 1971 par une poignée de militants,
elle compte aujourd'hui un peu plus de 9 000 membres. C'est beaucoup, et c'est trop peu. Pour
peser auprès des gouvernements, il nous faut être plus nombreux.

Nous vous proposons donc un geste simple : d'ici le 31 octobre, faites adhérer une personne de
votre entourage. Le bulletin ci-joint est un « bulletin de parrainage » : votre filleul·e
recevra le journal de la section et un guide du nouvel adhérent, et sera invité·e à la
prochaine réunion du groupe le plus proche de chez lui ou d'elle.

Comme l'a décidé l'assemblée générale de juin 1996, la cotisation passe à 300 F (100 F pour les
étudiants et les chômeurs). Nous ne recevons aucune subvention publique : ce sont vos
cotisations et vos dons qui paient les missions, les traductions et les envois. Si vous le
pouvez, ajoutez un don à votre cotisation ; il est déductible de vos impôts.

Avec nos remerciements et nos amitiés militantes,

Claire Dumoulin
Présidente
""",
    },
    {
        "id": "337",
        "split": "holdout3",
        "date": "2007-10",
        "date_form": "month-year",
        "type": "newsletter",
        "subjects": ["armed conflict", "human rights defenders", "online activism", "petitions"],
        "title": "Campus Conscience e-News",
        "title_variants": ["Campus Conscience e-News, Issue 14"],
        "title_devised": False,
        "audience": ["student groups"],
        "language": "en",
        "places": ["SD", "ZW"],
        "notes": "Own date: 'Issue 14 -- October 2007'. Mentioned: the week of action Oct. 21-27, "
                 "the conference registration deadline November 2, the conference in February "
                 "2008, the defender's arrest in June. Items: Darfur week of action (attacks on "
                 "civilians in the war) -> armed conflict, SD; online petition to the Security "
                 "Council -> online activism, petitions; a featured woman defender in Zimbabwe -> "
                 "human rights defenders, ZW. The conference notice is logistics only. 'For "
                 "student chapters' -> student groups. The Darfur item also mentions a "
                 "divestment in one clause: business and human rights in passing. Item 3's 'write to the Minister' is one clause of the defender item: letter writing in passing.",
        "text": """CAMPUS CONSCIENCE e-NEWS
The email newsletter for ICN USA student chapters -- Issue 14 -- October 2007
To unsubscribe reply with "remove" in the subject line.

-----------------------------------------------------------------
1. DARFUR WEEK OF ACTION, OCT. 21-27
Four years into the conflict in Darfur, government-backed militias are still burning villages
and attacking civilians, and aid workers can no longer reach many of the camps. During the week
of action, chapters will hold teach-ins and "empty tent" displays on their quads. Some chapters
are also asking their universities to divest, but the week's focus is protecting civilians.
Action kit: www.icnusa.org/students/darfur

2. ONE CLICK, 100,000 NAMES
Our online petition to the UN Security Council asking for the peacekeeping force to be deployed
in full has 61,000 signatures. Can your chapter add 200? Post the link on your group's page,
send it to your class lists, and ask signers to forward it. We will deliver the petition in
New York in December.

3. DEFENDER OF THE MONTH: JENNI MASUKU, ZIMBABWE
Jenni Masuku leads a women's group in Bulawayo that documents beatings of opposition supporters
and helps victims get to a clinic. She was arrested in June during a peaceful march and held for
five days. Send her a solidarity message (addresses on the website) and write to the Minister of
Home Affairs asking that the harassment stop.

4. NATIONAL STUDENT CONFERENCE
February 2008 in Atlanta. Registration deadline November 2.
""",
    },
    {
        "id": "338",
        "split": "holdout3",
        "date": "1992-01",
        "date_form": "fr-month-range",
        "type": "newsletter",
        "subjects": ["arms control", "campaigning", "indigenous peoples", "lobbying"],
        "title": "Le Lien",
        "title_variants": ["Le Lien: Bulletin des groupes de la Section française",
                           "Le Lien, n° 58"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "fr",
        "places": ["BR", "FR"],
        "notes": "Own date: 'n° 58 -- janvier-février 1992' -> start month 1992-01. Mentioned: "
                 "1492 and 12 octobre 1992 (the anniversary), the AG of 4-5 avril, the deadline "
                 "15 février. Items: the campaign on indigenous peoples launched by the section -> "
                 "campaigning, indigenous peoples; its case paragraph on the Yanomami -> BR; the "
                 "letters to députés on arms exports -> lobbying, arms control, FR (French law and "
                 "parliament). Judgement call: the model letter to one's député on a policy is lobbying, not letter writing (appeals). The short AG notice has no topic of the vocabulary. 'Bulletin des "
                 "groupes' -> local groups.",
        "text": """LE LIEN
Bulletin des groupes de la Section française du Réseau International de Conscience
n° 58 -- janvier-février 1992                      4, rue de la Pierre-Levée, 75011 Paris

CINQ CENTS ANS APRÈS : NOTRE CAMPAGNE POUR LES PEUPLES AUTOCHTONES
En 1992, on célébrera partout le « cinq-centième anniversaire » de l'arrivée de Colomb (1492).
La section a choisi d'en faire l'année d'une campagne sur les droits des peuples autochtones
des Amériques, qui démarre ce mois-ci et culminera le 12 octobre 1992. Chaque groupe recevra en
février un dossier comprenant une exposition de douze panneaux, trois cas et une pétition.
Au Brésil, les Yanomami voient leurs terres envahies par les chercheurs d'or ; plusieurs
dirigeants qui dénonçaient ces invasions ont été assassinés sans que personne ne soit jugé. Nous
demanderons au gouvernement brésilien la démarcation de leur territoire et des enquêtes.

VENTES D'ARMES : ÉCRIVEZ À VOTRE DÉPUTÉ
Les exportations françaises de matériel militaire et de police vers des pays où la torture est
systématique se poursuivent, sans aucun contrôle du Parlement. Nous demandons que le
gouvernement publie chaque année un rapport sur ces ventes et que les députés puissent en
débattre. Une lettre type est jointe : envoyez-la à votre député avant le 15 février et
demandez-lui un rendez-vous à sa permanence. Signalez-nous toute réponse.

ASSEMBLÉE GÉNÉRALE
Elle aura lieu les 4 et 5 avril à Nantes. Convocation dans le prochain numéro.
""",
    },
    {
        "id": "339",
        "split": "holdout3",
        "date": "1994",
        "date_form": "es-academic-year",
        "type": "worksheet",
        "subjects": ["fundraising", "recruitment"],
        "title": "¿Cuánto necesita nuestro grupo? Presupuesto para el curso 1994-95",
        "title_variants": ["¿Cuánto necesita nuestro grupo?",
                           "¿Cuánto necesita nuestro grupo? Presupuesto"],
        "title_devised": False,
        "audience": ["local groups"],
        "language": "es",
        "places": [],
        "notes": "Own date: the academic year in the heading 'curso 1994-95' -> first year 1994 "
                 "(split-year rule); the date is part of the heading, so the title includes it and "
                 "the form without it is a variant. Mentioned: entrega 'antes del 15 de octubre', "
                 "the previous year's figures (curso 1993-94). A budget grid with income lines "
                 "(cuotas, rifa, venta de libros, subvención) -> fundraising; question on how to "
                 "find new paying members -> recruitment. 'Para los tesoreros de los grupos "
                 "locales' -> local groups.",
        "text": """Red Internacional de Conciencia · Sección Española · Tesorería
Pza. de Tirso de Molina 5, 2º izda. · 28012 Madrid

¿CUÁNTO NECESITA NUESTRO GRUPO? PRESUPUESTO PARA EL CURSO 1994-95

Hoja de trabajo para los tesoreros de los grupos locales. Rellenadla en una reunión del grupo
y enviad una copia a Tesorería antes del 15 de octubre.

Nombre del grupo: ____________________________   Nº de socios: ______

A. GASTOS PREVISTOS                                   Pesetas
   Sellos y correo                                    __________
   Fotocopias y material                              __________
   Alquiler de local                                  __________
   Viajes a la asamblea y a los cursos                __________
   Cuota del grupo a la Sección                       __________
   TOTAL GASTOS                                       __________

B. INGRESOS PREVISTOS                                 Pesetas
   Cuotas de los socios                               __________
   Rifa de Navidad                                    __________
   Venta de libros y camisetas                        __________
   Subvención del ayuntamiento (si la pedís)          __________
   Otros: _____________________                       __________
   TOTAL INGRESOS                                     __________

C. PREGUNTAS
   1. ¿Cubren los ingresos los gastos? Si no, ¿qué actividad para recaudar fondos podéis
      organizar este curso? ____________________________________________
   2. ¿Cómo vais a conseguir nuevos socios que paguen cuota? ¿Dónde y cuándo haréis
      una mesa informativa? ___________________________________________
   3. Comparad con el curso 1993-94: ¿qué ha cambiado? ______________________
""",
    },
    {
        "id": "340",
        "split": "holdout3",
        "date": "2005",
        "date_form": "season",
        "type": "sign-in sheet",
        "subjects": ["activism skills"],
        "title": "Activism Skills 101: Sign-In",
        "title_variants": ["Activism Skills 101"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: 'Fall Term 2005' -> season gives the year 2005. Mentioned: session "
                 "dates 'Oct. 4, 11, 18' (no year). The sheet's heading names an introductory "
                 "course in activism skills as such -> activism skills (the broad term, the course "
                 "covering the skills generally; its sessions are not listed). 'ICN Student "
                 "Chapter, University of Oregon' is the organisation line; the sheet does not say "
                 "whom it is for -> no audience.",
        "text": """ICN STUDENT CHAPTER -- UNIVERSITY OF OREGON
EMU Suite 12, Eugene OR 97403

ACTIVISM SKILLS 101 -- SIGN-IN
Fall Term 2005 (Tuesdays Oct. 4, 11, 18 -- 7 pm, EMU Maple Room)

 #  | Name                   | Email                      | Year  | Week 1 | Week 2 | Week 3
----+------------------------+----------------------------+-------+--------+--------+-------
 1  | Kayla Brandt           | kbrandt@uoregon.edu        | So.   |   X    |   X    |   X
 2  | Omar Haddad            | ohaddad2@uoregon.edu       | Fr.   |   X    |        |   X
 3  | Jess Nakamura          | jnakamur@uoregon.edu       | Sr.   |   X    |   X    |
 4  | Tyler Boyce            | tboyce@uoregon.edu         | Jr.   |        |   X    |   X
 5  | Ana Lucía Ferreira     | aferreir@uoregon.edu       | Grad  |   X    |   X    |   X
 6  | Ben Whitcomb           | bwhitcom@uoregon.edu       | Fr.   |   X    |        |
 7  |                        |                            |       |        |        |
 8  |                        |                            |       |        |        |
""",
    },
    {
        "id": "341",
        "split": "holdout3",
        "date": "1986-10-18",
        "date_form": "us-numeric-dotted",
        "type": "slides",
        "subjects": ["death penalty", "fair trials", "letter writing", "prisoners of conscience",
                     "torture", "urgent actions", "vigils and demonstrations"],
        "title": "Welcome to the Network: New Member Orientation",
        "title_variants": ["Welcome to the Network"],
        "title_devised": False,
        "audience": ["new members"],
        "language": "en",
        "places": [],
        "notes": "Own date: the presentation date on the title overhead '10.18.86' (US: M.D.YY). "
                 "Mentioned: the founding (1970) and the national office's move (1979). Overhead "
                 "outline -> slides. 'What we work for' bullets, each a list item: prisoners of "
                 "conscience; fair and prompt trials -> fair trials; an end to torture -> torture; "
                 "an end to the death penalty -> death penalty. 'What groups do' bullets: letters "
                 "-> letter writing; Urgent Actions -> urgent actions; vigils -> vigils and "
                 "demonstrations. The overhead on 'How the Network is organized' has no vocabulary "
                 "topic. New member orientation -> new members.",
        "text": """OVERHEAD 1
   WELCOME TO THE NETWORK
   New Member Orientation
   ICN-USA Philadelphia Area -- 10.18.86

OVERHEAD 2 -- WHO WE ARE
   * Founded 1970 by a handful of lawyers and Quakers in Boston
   * National office in New York since 1979
   * Over 300 local groups, 90 student groups, 50 states
   * Independent: no government money, no political party

OVERHEAD 3 -- WHAT WE WORK FOR
   * Release of all prisoners of conscience
   * Fair and prompt trials for all political prisoners
   * An end to torture
   * An end to the death penalty, everywhere -- including here

OVERHEAD 4 -- WHAT GROUPS DO
   * Write letters for our adopted prisoners -- every month
   * Answer Urgent Actions within days of a new arrest
   * Hold vigils on Human Rights Day and for the condemned

OVERHEAD 5 -- HOW THE NETWORK IS ORGANIZED
   * Local groups -> Area coordinators -> Regions -> National office
   * Annual General Meeting elects the Board

OVERHEAD 6 -- YOUR NEXT STEP
   * Pick one group meeting this month. Sign the yellow card before you leave.
""",
    },
    {
        "id": "342",
        "split": "holdout3",
        "date": "1972-03-03",
        "date_form": "roman-month",
        "type": "sign-in sheet",
        "subjects": ["media work"],
        "title": "Meeting the Press: a Workshop for Group Publicity Officers",
        "title_variants": ["Meeting the Press",
                           "Meeting the Press: a Workshop for Group Publicity Officers: Attendance"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: '3.iii.1972' (Roman month) on the venue line. 'ATTENDANCE' stands "
                 "after the date/venue line: a section label. Subjects from the heading: dealing "
                 "with the press -> media work. 'Group publicity officers' is a role, not an "
                 "audience term -> no audience. Filled in by hand (names, groups).",
        "text": """CONSCIENCE NETWORK -- BRITISH SECTION
Turnagain Lane, Farringdon Street, London E.C.4

MEETING THE PRESS
a workshop for group publicity officers

Friends House, Euston Road -- 3.iii.1972 -- 2.30 p.m.

ATTENDANCE

   Name                       Group                        Address for correspondence
   ------------------------   --------------------------   --------------------------------------
   Miss E. Harcourt           Hampstead                    22 Well Walk, N.W.3
   Rev. J. Penrose            Guildford                    The Vicarage, Shalford
   Mr A. K. Bose              Leicester                    41 Evington Road, Leicester
   Mrs D. Fairley             Edinburgh                    (as on file)
   P. O'Donnell               Bristol University           Students' Union, Queen's Road
   Mr & Mrs G. Hollis         Norwich                      8 Earlham Grove, Norwich
   ------------------------   --------------------------   --------------------------------------
                                                                                   [initialled: M.W.]
""",
    },
    {
        "id": "343",
        "split": "holdout3",
        "date": "2002-06-15",
        "date_form": "us-numeric",
        "type": "worksheet",
        "subjects": ["campaign planning", "coalition building", "media work"],
        "title": "Worksheet: Planning Your Campaign",
        "title_variants": ["Planning Your Campaign"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: the training in the running line '-- Denver -- 06/15/2002' (US, M/D/Y) "
                 "at which the worksheet was used. Mentioned: deadline 'by July 1' (no year). The "
                 "running line naming the training is not the title. Blanks for goal, target, "
                 "tactics and timeline -> campaign planning; question on allies -> coalition "
                 "building; question on media outlets and a spokesperson -> media work.",
        "text": """Campaign Skills Training -- Rocky Mountain Region -- Denver -- 06/15/2002

WORKSHEET: PLANNING YOUR CAMPAIGN

Group / team name: ______________________________________

1. What do you want to change? Write your GOAL in one sentence.
   ____________________________________________________________________
   ____________________________________________________________________

2. Who can make that change happen? Name your TARGET (a person, not an institution).
   ____________________________________________________________________

3. What would make the target say yes? What are they afraid of, what do they want?
   ____________________________________________________________________

4. List three TACTICS, from the easiest to the most demanding:
   a) _________________________   b) _________________________   c) _________________________

5. Which organizations could join you as allies? What would each gain by joining?
   Organization                       What they gain
   _____________________________      _____________________________
   _____________________________      _____________________________

6. Which newspapers, radio stations or websites will you approach, and who will speak for
   the campaign? ____________________________________________________________

7. TIMELINE: fill in one milestone per month.
   Month 1 ____________  Month 2 ____________  Month 3 ____________  Month 4 ____________

Hand in a copy to your trainer before the end of the day; send your final plan to the regional
office by July 1.
""",
    },
    {
        "id": "344",
        "split": "holdout3",
        "date": "1992-05-23",
        "date_form": "given-this-day",
        "type": None,
        "subjects": ["facilitation"],
        "title": "Certificate of Training",
        "title_variants": ["Certificate of Training: Facilitation Skills for Trainers"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Certificate -> null type (a kind the list lacks). Own date: 'this 23rd day of "
                 "May, 1992'. Mentioned: the course dates (March-May 1992, same year). Judgement "
                 "call: the course named in large type under the heading is the certificate's one "
                 "topic -> facilitation. Issued to one person: no audience term.",
        "text": """INTERNATIONAL CONSCIENCE NETWORK USA
Western Regional Office -- Oakland, California

CERTIFICATE OF TRAINING

This is to certify that

MARIA ELENA DELGADO

has completed the twenty-four hour course

FACILITATION SKILLS FOR TRAINERS

(designing a session, leading discussion, handling conflict in a group, and evaluation)
held on four weekends between March and May 1992, and is accredited to lead workshops
for the groups of the Western Region.

Given at Oakland, California, this 23rd day of May, 1992.

_______________________                    _______________________
Regional Director                          Training Coordinator
""",
    },
    {
        "id": "345",
        "split": "holdout3",
        "date": "1979-10",
        "date_form": "abbrev-month-year",
        "type": "handout",
        "subjects": ["police and human rights", "torture"],
        "title": "Torture and the Police: Questions and Answers",
        "title_variants": ["Torture and the Police", "Briefing No. 12: Torture and the Police"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": [],
        "notes": "Own date: 'Briefing No. 12, Oct. 1979' -> 1979-10. Mentioned: the UN "
                 "Declaration against Torture of 9 December 1975, the code of conduct for law "
                 "enforcement adopted 17 December 1979 (announced as forthcoming - a mentioned "
                 "date). Q&A briefing -> handout. The last answer lists three actions (write, ask your MP, invite a speaker) in one running sentence: letter writing, lobbying in passing. Torture in police custody and police conduct -> "
                 "police and human rights, torture. Countries not named: no places.",
        "text": """ICN British Section  *  Briefing No. 12, Oct. 1979
5 Cromwell Yard, London EC1M 4JQ  *  01-253 6611

TORTURE AND THE POLICE
Questions and answers

Q. Where does torture happen?
A. Most torture does not happen in secret prisons run by soldiers. It happens in ordinary police
stations, in the first hours and days after arrest, when a detainee has seen no lawyer, no
doctor and no relative. That is why the Section asks first of all for prompt access to all three.

Q. Isn't it a matter of a few bad officers?
A. Where torture is routine it is because confessions are what the courts reward, because
superiors look away, and because nobody is ever prosecuted. Training matters, but so do
registers of custody, medical examination on arrival and release, and the rule that a statement
made under duress can never be used as evidence.

Q. Are there international standards for police?
A. Yes. The UN General Assembly adopted the Declaration against Torture on 9 December 1975, and
a code of conduct for law enforcement officials is before the General Assembly this autumn
(adoption is expected on 17 December). It says police may use force only when strictly
necessary and may never inflict or tolerate torture.

Q. What can members do?
A. Write to the authorities in the cases in the monthly bulletin; ask your MP to raise the
training and export of "interrogation" equipment; invite a speaker to your group.
""",
    },
    {
        "id": "346",
        "split": "holdout3",
        "date": None,
        "date_form": "none",
        "type": "flyer",
        "subjects": ["disappearances", "vigils and demonstrations"],
        "title": "Candlelight Vigil for the Disappeared",
        "title_variants": ["Candlelight Vigil for the Disappeared: Human Rights Day"],
        "title_devised": False,
        "audience": [],
        "language": "en",
        "places": ["AR"],
        "notes": "Undated: the event is 'Friday, December 10' with no year (a day and month "
                 "without a year is not a date label); 'since 1976' is history (the coup), not the "
                 "flyer's date. Vigil -> vigils and demonstrations; the paragraph on the "
                 "disappeared of Argentina -> disappearances, AR.",
        "text": """CANDLELIGHT VIGIL
FOR THE DISAPPEARED

HUMAN RIGHTS DAY
Friday, December 10 -- 6:00 PM
Federal Plaza, Dearborn & Adams

Since the military took power in Argentina in 1976, thousands of men, women and children have
been taken from their homes, their workplaces and the streets and have never been seen again.
Their mothers walk every Thursday in the Plaza de Mayo, asking one question: where are they?

Stand with them for one hour, in silence.
Bring a candle. Bring a friend. We will read the names.

Sponsored by ICN-USA Chicago groups 8, 41 and 77
Info: 312-555-0108
""",
    },
]
