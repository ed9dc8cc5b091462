"""The holdout8 set: an eighth held-out set of the independent tagging evaluation set, for reporting only.

Written and labelled on 30 November 2026 by a helper session started by the project, blind to
the tagger: it never read metp's code or vocabulary file, its tests, its earlier labelled data
or the other sets' document files, and never ran the tagger (or anything that prints a tag) on
these documents. The labels follow docs/labelling-guidelines.md; each record's `notes` give the
judgement calls and the dates the document merely mentions.

The documents are synthetic material of an invented organisation, **Ember International**, and
its US ("Ember USA"), British ("Ember UK") and Canadian ("Ember Canada") sections, its Mexican and
Argentine sections ("Brasa Internacional, Sección Mexicana / Sección Argentina") and its Belgian
and Quebec sections ("Braise Internationale, section belge / section québécoise"), with their
regions, local groups, student chapters and trainers, 1972-2010. People, groups and cases are
invented; real historical events are mentioned as real material would.

Ids 801-860 are given by `random.Random(8008).shuffle` of the documents in the order they were
planned, so an id says nothing about type, date or language.
"""

DOCUMENTS = [
    # ------------------------------------------------------------------ 1
    {
        "id": "820", "split": "holdout8", "date": "1986-04-12", "date_form": "weekday-month-day-year",
        "type": "agenda",
        "subjects": ["death penalty", "fundraising", "letter writing", "media work", "urgent actions"],
        "title": "Mid-Atlantic Regional Training Day: Agenda",
        "title_variants": ["Mid-Atlantic Regional Training Day", "Agenda: Mid-Atlantic Regional Training Day"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["US"],
        "notes": "AGENDA printed above the heading: joined after it, as in the guidelines' example. "
                 "The Maryland death penalty session makes places US. 'Return evaluations by April 25' "
                 "is a deadline, not the date.",
        "text": """EMBER USA  *  Mid-Atlantic Regional Office
3301 N. Charles Street, Suite 4, Baltimore, MD 21218   (301) 555-0188

                              AGENDA

               MID-ATLANTIC REGIONAL TRAINING DAY
          Saturday, April 12, 1986 -- Homewood Friends Meeting


 9:00 - 9:30    Registration, coffee and donuts

 9:30 - 9:45    Welcome and introductions
                  Carol Minetti, Regional Coordinator

 9:45 - 10:45   The Urgent Action Network: how a UA works, how fast
                  it has to be, what happens after you mail it
                  Dan Pruitt, UA Coordinator, Towson group

10:45 - 11:00   Break

11:00 - 12:15   Writing effective letters to officials and prisoners
                  (bring a pen -- we will write two letters together)

12:15 - 1:00    Lunch (bag lunches; drinks provided)

 1:00 - 2:00    Getting into the papers: press releases, letters to
                  the editor, calling your local radio station

 2:00 - 3:00    The death penalty in Maryland: where the bills stand
                  and how groups can respond
                  Rev. Alfred Sims, Maryland Coalition

 3:00 - 3:45    Raising money for a small group: dues, house parties,
                  the yard sale that works

 3:45 - 4:00    Wrap-up and evaluation


Please return your evaluation sheet to the registration table or mail
it to the regional office by April 25.
""",
    },
    # ------------------------------------------------------------------ 2
    {
        "id": "850", "split": "holdout8", "date": "1991-03", "date_form": "revision-footer",
        "type": "handout",
        "subjects": ["lobbying"],
        "title": "Ten Tips for Visiting Your Member of Congress",
        "title_variants": ["Ten Tips for Visiting Your Member of Congress: Lobbying Series No. 2",
                           "Lobbying Series No. 2"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["US"],
        "notes": "Revision footer 'Rev. 3/91' is the date (US material, M/Y). The thank-you note tip is "
                 "part of the visit (lobbying), not letter writing. 'Since 1987' is history.",
        "text": """LOBBYING SERIES No. 2

TEN TIPS FOR VISITING YOUR MEMBER OF CONGRESS

Ember USA has asked members to meet their Representatives and Senators
since 1987. A short, well-prepared visit in the home district often does
more than a hundred postcards. Here is what our most experienced lobbyists
have learned.

  1. Make the appointment in writing, then call the scheduler to confirm.
  2. Go as a small delegation (three or four people), and include at least
     one constituent from the Member's district.
  3. Agree beforehand who will speak on which point, and keep to it.
  4. Bring one clear "ask": co-sponsor a bill, sign a letter, vote yes.
  5. Do your homework: know the Member's past votes and committee seats.
  6. Be brief. Fifteen minutes is a good meeting; staff meetings count too.
  7. Tell a story. One prisoner's case is more persuasive than statistics.
  8. Leave a one-page fact sheet and your group's contact information.
  9. Never argue or threaten. You will want to come back.
 10. Follow up: a thank-you note within a week, repeating your request,
     and report the meeting to the Government Relations Office.

Questions? Call the Government Relations Office, Washington, D.C.,
(202) 555-0177.

------------------------------------------------------------------------
Ember USA Government Relations Office                          Rev. 3/91
""",
    },
    # ------------------------------------------------------------------ 3
    {
        "id": "831", "split": "holdout8", "date": "1979-08-14", "date_form": "spanish-written-date",
        "type": "letter",
        "subjects": ["campaigning", "disappearances", "letter writing"],
        "title": "[Letter from the Mexican Section to local group coordinators launching the campaign on the disappeared in Argentina]",
        "title_variants": ["[Carta de la Sección Mexicana a los coordinadores de grupos locales sobre la campaña por los desaparecidos en Argentina]",
                           "Campaña por los desaparecidos en Argentina"],
        "title_devised": True,
        "audience": ["local groups"], "language": "es", "places": ["AR"],
        "notes": "Letter actually sent, with salutation and signature: devised title, the Ref. line a "
                 "variant. Launches a section campaign (campaigning); the letters to the Argentine "
                 "authorities are a paragraph and a list (letter writing). The 1976 coup and the "
                 "September 30 deadline are mentioned dates.",
        "text": """BRASA INTERNACIONAL
Sección Mexicana
Av. Insurgentes Sur 1021, Desp. 304  -  México 18, D.F.  -  Tel. 563-40-12


                                        México, D.F., 14 de agosto de 1979


A los coordinadores de los grupos locales
Presente

Ref.: Campaña por los desaparecidos en Argentina


Estimados compañeros:

Como se acordó en la Asamblea de junio, la Sección inicia este mes su
campaña por los desaparecidos en Argentina. Desde el golpe militar de
marzo de 1976 miles de personas han sido secuestradas por fuerzas de
seguridad sin que sus familias vuelvan a saber de ellas. Las autoridades
niegan las detenciones y los habeas corpus presentados por los familiares
son rechazados uno tras otro.

Cada grupo recibirá en los próximos días una carpeta con cinco casos
documentados, fotografías y direcciones. Les pedimos que:

   -  escriban cartas corteses y breves al Presidente de la Junta y al
      Ministro del Interior, pidiendo información sobre el paradero de
      cada persona;
   -  escriban también a la Embajada argentina en México;
   -  envíen copia de las respuestas que reciban a la oficina de la Sección.

Les rogamos no usar lenguaje ofensivo en las cartas ni mencionar a
nuestra organización en los sobres. Encontrarán un modelo de carta en
la carpeta.

El informe de actividades de cada grupo deberá llegar a la oficina
antes del 30 de septiembre.

Sin otro particular, les saludamos fraternalmente.


                                        Elena Ruiz de Alba
                                        Coordinadora de Campañas

c.c.p. Comité Ejecutivo
ERA/mg
""",
    },
    # ------------------------------------------------------------------ 4
    {
        "id": "801", "split": "holdout8", "date": "1994-03-07", "date_form": "day-month-year",
        "type": "report",
        "subjects": ["fundraising", "prisoners of conscience", "recruitment"],
        "title": "Leeds Group 212: Minutes",
        "title_variants": ["Leeds Group 212 Minutes", "Leeds Group 212"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["KE"],
        "notes": "Minutes are report. The meeting date (7 March 1994, British) is the date; the "
                 "next meeting (11 April) and the 1991 arrest are mentioned. The adopted prisoner in "
                 "Kenya gives KE. The festival stall is for recruitment (its stated aim).",
        "text": """EMBER UK -- LEEDS GROUP 212 -- MINUTES

Meeting held on Monday 7 March 1994 at the Friends Meeting House,
Woodhouse Lane, at 7.30 pm.

Present: Jill Sutcliffe (chair), Ravi Kapoor, Tom Ellery, Maureen Hale,
Sandra Quigley, Paul Okafor (minutes)
Apologies: Brian Walsh, Anne Dunmore

1. MINUTES OF THE LAST MEETING
   Agreed as a correct record.

2. MATTERS ARISING
   Ravi has returned the group's banner to the regional office.

3. OUR PRISONER: JOSEPH KAMAU MWANGI (KENYA)
   Tom reported that Mr Mwangi, a teacher held since his arrest in
   July 1991 for distributing leaflets of an opposition party, has been
   moved to Naivasha prison. His wife wrote to thank the group for the
   Christmas cards. The group will send a further round of letters to
   the Attorney General and ask the Kenyan High Commission for a meeting.
   ACTION: Tom to draft; all to sign at the April meeting.

4. FUNDRAISING
   The jumble sale on 19 February raised £214.60. Maureen proposed a
   sponsored walk in May; agreed. Sandra will apply to the Yorkshire
   Community Trust for a small grant towards postage.
   ACTION: Maureen, Sandra.

5. STALL AT THE HYDE PARK FESTIVAL
   We have been offered a stall again. The aim this year is to sign up
   new members rather than sell goods: membership forms, a sign-up sheet
   for the group's mailing list, and a short talk every hour.
   ACTION: Jill to confirm; volunteers to give names to Paul.

6. ANY OTHER BUSINESS
   None.

7. DATE OF NEXT MEETING
   Monday 11 April 1994, same place.

                                                          PO  8/3/94
""",
    },
    # ------------------------------------------------------------------ 5
    {
        "id": "839", "split": "holdout8", "date": "1998-11-21", "date_form": "french-written-date",
        "type": "evaluation form",
        "subjects": ["media work", "public speaking"],
        "title": "Journée de formation « Prendre la parole en public »: Fiche d'évaluation",
        "title_variants": ["Fiche d'évaluation: Journée de formation « Prendre la parole en public »",
                           "Journée de formation « Prendre la parole en public »",
                           "Prendre la parole en public"],
        "title_devised": False,
        "audience": [], "language": "fr", "places": [],
        "notes": "Generic FICHE D'ÉVALUATION above the heading: joined after it, the other order and "
                 "the heading alone variants. A question on the radio interview exercise gives media "
                 "work.",
        "text": """Braise Internationale - section belge francophone
Rue du Marteau 19, 1000 Bruxelles  -  tél. 02/218 44 60


                        FICHE D'ÉVALUATION

        Journée de formation « Prendre la parole en public »
                 Bruxelles, samedi 21 novembre 1998


Merci de prendre cinq minutes pour remplir cette fiche. Elle nous aide
à préparer les prochaines formations.

1. Dans l'ensemble, cette journée vous a paru :
   [ ] très utile   [ ] utile   [ ] peu utile   [ ] inutile

2. Notez de 1 (faible) à 5 (excellent) :
   - l'exposé « Préparer une intervention de dix minutes »   1 2 3 4 5
   - l'exercice en petits groupes (présenter un cas)          1 2 3 4 5
   - la simulation d'interview à la radio                     1 2 3 4 5
   - les documents remis                                      1 2 3 4 5

3. Vous sentez-vous maintenant capable de présenter Braise devant
   une classe ou une association ?   [ ] oui   [ ] pas encore

   Pourquoi ? .........................................................

4. Après la simulation, vous sentiriez-vous prêt(e) à répondre à un
   journaliste au nom de votre groupe ?   [ ] oui   [ ] non

5. Qu'est-ce qui vous a été le plus utile ?
   ....................................................................
   ....................................................................

6. Que faudrait-il changer ?
   ....................................................................

7. Souhaitez-vous suivre un module avancé au printemps ?  [ ] oui [ ] non

Nom (facultatif) : ......................   Groupe : ..................

       Merci ! Fiche à remettre à l'animatrice avant de partir.
""",
    },
    # ------------------------------------------------------------------ 6
    {
        "id": "847", "split": "holdout8", "date": "1977-11-15", "date_form": "us-numeric",
        "type": "sign-in sheet",
        "subjects": ["letter writing", "urgent actions"],
        "title": "Urgent Action Letter-Writing Night: Sign-In Sheet",
        "title_variants": ["Urgent Action Letter-Writing Night", "Sign-In Sheet: Urgent Action Letter-Writing Night"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "US group, 11/15/77 read M/D/Y. SIGN-IN SHEET above the event name, joined after it.",
        "text": """EMBER USA -- GROUP 57 -- MADISON, WISCONSIN

SIGN-IN SHEET

URGENT ACTION LETTER-WRITING NIGHT
Tuesday 11/15/77      Memorial Union, Room 201

Please print.  Put a check in the last column if you want to be called
when a new Urgent Action comes in.

NAME                    ADDRESS                       PHONE       CALL?
----------------------  ----------------------------  ----------  -----
Karen Lindqvist         411 W. Gilman St. #3          256-4471      X
Mike Dorsey             1202 Regent St.               251-0093
Ruth Abramowitz         Box 88, Cottage Grove         839-2210      X
John Tran               Witte Hall 6N                 262-5530      X
S. Hoffmann             22 Langdon St.                255-7716
Father Bill Keane       St. Paul's Center             258-1040
Debbie Ochs             1535 Jenifer St.              257-3348      X
Luis Carvajal           Eagle Heights 904F            238-6652
Ann Meier               Regent Apts 412               251-8874      X
                                                                   

Letters written tonight: 46  (Uruguay 19, Indonesia 15, USSR 12)  --KL
""",
    },
    # ------------------------------------------------------------------ 7
    {
        "id": "822", "split": "holdout8", "date": "2003-08", "date_form": "revision-footer",
        "type": "trainer guide",
        "subjects": ["letter writing", "refugees"],
        "title": "Session 4: Who Gets In? Refugees and Canada",
        "title_variants": ["Who Gets In? Refugees and Canada", "Who Gets In"],
        "title_devised": False,
        "audience": ["trainers", "youth"], "language": "en", "places": ["CA"],
        "notes": "The running header (camp, facilitator's guide) is not the title. Date from the "
                 "footer 'Revised August 2003' (the 2003 in the running header agrees). Step 4 has "
                 "participants write to the Minister: letter writing. 1951 Convention is history.",
        "text": """Ember Canada -- Youth Human Rights Leadership Camp 2003 -- Facilitator's Guide

SESSION 4: WHO GETS IN? REFUGEES AND CANADA

Time: 90 minutes
Participants: 15-25 campers aged 15 to 18

Objectives
By the end of the session participants will be able to:
  - explain who is a refugee under the 1951 Refugee Convention;
  - describe in simple terms how a refugee claim is heard in Canada;
  - write a short, respectful letter to the Minister about a concern.

Materials
  - flipchart, markers, masking tape
  - 25 copies of the "Refugee Journey" role cards (Appendix C)
  - a map of the world
  - paper, envelopes, the Minister's address (Appendix D)

Steps

1. Warm-up (10 min). Ask: "If you had to leave home tonight and could
   take only one bag, what would you pack?" Collect answers on the
   flipchart. Point out that some of the campers' choices are the same
   things refugees tell us they grabbed.

2. Who is a refugee? (15 min). Give the definition from the Convention.
   Say: "A refugee is not the same as a migrant: a refugee cannot go home
   safely." Ask for examples from the news.

3. The Refugee Journey (35 min). Divide into groups of five. Each group
   gets one role card (a student from Sri Lanka, a journalist from
   Colombia, a family from Somalia...). Groups walk their person through
   the stages of a claim in Canada: arriving at the border, the eligibility
   interview, the hearing before the Immigration and Refugee Board,
   a decision, an appeal or a removal. At each stage, ask: "What could go
   wrong here? Who decides?"

4. Taking action (25 min). Each camper writes a short letter to the
   Minister of Citizenship and Immigration about one thing they found
   unfair. Go over the three rules: be polite, be brief, ask for one
   specific thing. Collect the letters; staff will mail them.

5. Closing (5 min). Go round the circle: one word about how you feel.

Facilitator tip: some campers may themselves be refugees or children
of refugees. Do not ask anyone to share their own story; let them
choose to.

                                                 Revised August 2003 - p. 17
""",
    },
    # ------------------------------------------------------------------ 8
    {
        "id": "818", "split": "holdout8", "date": "1982", "date_form": "season",
        "type": "newsletter",
        "subjects": ["campaigning", "fundraising", "prisoners of conscience", "recruitment", "torture"],
        "title": "The Ember Glow",
        "title_variants": ["The Ember Glow, Vol. 5, No. 3", "The Ember Glow, Summer 1982", "Ember Glow"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["SU", "UY"],
        "notes": "Issue designation Summer 1982 -> 1982 (season). Items: a Soviet prisoner adopted by "
                 "the Seattle group (SU), the torture campaign with a Uruguay case (campaigning, "
                 "torture, UY), an auction (fundraising), a new-members drive (recruitment). Calendar "
                 "dates are mentioned only.",
        "text": """==========================================================================
                          THE EMBER GLOW
        Newsletter of Ember USA, Northwest Region (WA - OR - ID - AK)
           Vol. 5, No. 3                           Summer 1982
==========================================================================

SEATTLE GROUP ADOPTS YURI VASKO

Group 112 (Seattle) has been assigned a new prisoner: Yuri Vasko, a
Ukrainian engineer sentenced in 1980 to seven years' strict-regime camp
for "anti-Soviet agitation and propaganda" after he circulated copies of
a petition on religious freedom. Ember considers him a prisoner of
conscience. The group asks members region-wide to write to him at his
camp and to the Procurator General in Moscow; addresses from Joan Pratt,
(206) 555-3390.

TORTURE CAMPAIGN: WHAT WE DID THIS SPRING

Ember's worldwide Campaign Against Torture reached the Northwest in
April. Eleven groups held public meetings; Portland collected 2,300
signatures on the campaign appeal; Boise placed an ad in the Statesman.
The focus case, Walter Rossi, a Uruguayan student who says he was hung
by the wrists for days at a military barracks in Montevideo, received
letters from at least 400 of our members. The campaign continues through
December with a new set of cases in September.

AUCTION NETS $3,140

Thanks to everyone who donated to and bid at the regional auction in
Eugene. The money pays for the regional office's phone and mailings for
most of a year. Special thanks to Bea Holm for the quilt ($410!).

WANTED: 100 NEW MEMBERS BY FALL

The region has lost members two years running. Each group is asked to
hold one "bring a friend" evening before September and to put a
membership table at a summer fair. Sign-up cards are available from the
office; the group that recruits the most new members wins a dinner cooked
by the regional board.

CALENDAR
  July 17     Regional board meeting, Tacoma
  Aug 14-15   Trainers' retreat, Cannon Beach
  Sept 25     Fall training day, Spokane

Ember USA Northwest Regional Office - 1505 Tenth Ave. E, Seattle WA 98102
""",
    },
    # ------------------------------------------------------------------ 9
    {
        "id": "808", "split": "holdout8", "date": "2006-02-14", "date_form": "email-header",
        "type": "memo",
        "subjects": ["campaigning", "online activism", "petitions", "women's rights"],
        "title": "Stop Violence Against Women: online action toolkit for campus chapters",
        "title_variants": ["Stop Violence Against Women online action toolkit",
                           "[Memo to student chapters about the online action toolkit of the Stop Violence Against Women campaign]"],
        "title_devised": False,
        "audience": ["student groups"], "language": "en", "places": ["GT"],
        "notes": "E-mail in memo form (To/From/Date/Subject, no greeting): memo, subject line the title. "
                 "Presents a campaign's action materials to chapters (campaigning). The petition is "
                 "about murders of women in Guatemala (GT). Faculty advisors are named beside the "
                 "chapter coordinators; only student groups is labelled. International Women's Day "
                 "(March 8) is a mentioned date; the background papers' list is in passing.",
        "text": """From: Rachel Dunleavy <rdunleavy@emberusa.org>
To: campus-chapters@lists.emberusa.org
Cc: field-staff@lists.emberusa.org
Date: Tue, 14 Feb 2006 10:42:17 -0500
Subject: Stop Violence Against Women: online action toolkit for campus chapters

To: Student chapter coordinators and faculty advisors
From: Student Program, National Office

The online toolkit for this spring's phase of the Stop Violence Against
Women campaign is now live at www.emberusa.org/svaw/campus. It contains:

* The online petition to the Guatemalan government on the murders of
  women in Guatemala City. Please put the link on your chapter website
  and in your listserv messages; the goal is 25,000 signatures before
  International Women's Day (March 8).
* An e-card members can send to friends asking them to sign.
* Banner ads and a Facebook group image you can use.
* A short guide to running an "action table with laptops" in your student
  union, so passers-by can sign on the spot.

Please report your chapter's signature count through the online
reporting form every two weeks. Chapters that collect more than 500
signatures will be listed in the next Campus Action Update.

The campaign's background papers (violence in the home, trafficking,
women in armed conflict) are in the same folder for chapters planning
teach-ins.

Questions to this address or (212) 555-0160 x 231.
""",
    },
    # ------------------------------------------------------------------ 10
    {
        "id": "805", "split": "holdout8", "date": "1987-06-26", "date_form": "spanish-written-date",
        "type": "flyer",
        "subjects": ["torture", "vigils and demonstrations"],
        "title": "¡Nunca más tortura!: vigilia frente al Congreso",
        "title_variants": ["¡Nunca más tortura!", "Nunca más tortura vigilia frente al Congreso"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["AR"],
        "notes": "Flyer: the date of the vigil (Friday 26 June 1987). The law it protests is about "
                 "torture under the dictatorship in Argentina (AR).",
        "text": """

                    ¡NUNCA MÁS TORTURA!

                 VIGILIA FRENTE AL CONGRESO

              viernes 26 de junio de 1987, de 19 a 23 hs.
            Plaza del Congreso - Buenos Aires


   Los torturadores de la dictadura no pueden quedar impunes.

   Te invitamos a acompañar con una vela a las víctimas de la tortura
   y a sus familias, y a pedir a los legisladores que la ley no deje
   en libertad a quienes torturaron en los centros clandestinos.

          Traé una vela. Traé a un amigo. Vení en silencio.


   BRASA INTERNACIONAL - SECCIÓN ARGENTINA
   Tucumán 1581, 2º piso - Capital - Tel. 40-7722
""",
    },
    # ------------------------------------------------------------------ 11
    {
        "id": "854", "split": "holdout8", "date": "2001-11-17", "date_form": "day-range",
        "type": "worksheet",
        "subjects": ["campaign planning", "coalition building"],
        "title": "Worksheet 2: Planning Your Campaign",
        "title_variants": ["Planning Your Campaign"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "The running line naming the weekend is not the title; its day range gives the "
                 "date presented (17-18 November 2001 -> start). Question 4 on allies and partner "
                 "organisations gives coalition building.",
        "text": """Ember UK  |  Campaigning Skills Weekend  |  Manchester, 17-18 November 2001

WORKSHEET 2: PLANNING YOUR CAMPAIGN

Work in your group. Choose ONE issue your group wants to change in the
next twelve months and fill in the boxes. You will present your plan
in the plenary at 3.30.

1. What is the problem, in one sentence?
   ______________________________________________________________________

2. What is your aim? What exactly do you want to change, and by when?
   ______________________________________________________________________
   ______________________________________________________________________

3. Who can make that change happen? (your target - a named person or body)
   ______________________________________________________________________

4. Who are your allies? Which other organisations, unions, churches or
   student societies could work with you, and what would you ask them?
   ______________________________________________________________________
   ______________________________________________________________________

5. Tactics. List three things you will do, in order:
   +----------------------+--------------------+---------------------+
   | What                 | Who                | When                |
   +----------------------+--------------------+---------------------+
   |                      |                    |                     |
   |                      |                    |                     |
   |                      |                    |                     |
   +----------------------+--------------------+---------------------+

6. How will you know you have succeeded? ______________________________

7. What could go wrong? ________________________________________________

                                                                   2 / 2
""",
    },
    # ------------------------------------------------------------------ 12
    {
        "id": "843", "split": "holdout8", "date": "1999-11-12", "date_form": "month-day-year",
        "type": "report",
        "subjects": ["coalition building", "death penalty", "lobbying", "media work",
                     "vigils and demonstrations"],
        "title": "Report on the Southern Regional Death Penalty Organizing Conference",
        "title_variants": ["Southern Regional Death Penalty Organizing Conference"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["US"],
        "notes": "The report's date of issue (submitted November 12, 1999) wins over the conference "
                 "days (October 1-3, 1999). One section per topic: coalitions, lobbying state "
                 "legislatures, execution vigils, media. US states' death penalty -> US.",
        "text": """EMBER USA -- SOUTHERN REGIONAL OFFICE
131 Ponce de Leon Ave. NE, Atlanta, GA 30308


REPORT ON THE SOUTHERN REGIONAL DEATH PENALTY ORGANIZING CONFERENCE
Atlanta, Georgia, October 1-3, 1999

Submitted to the Death Penalty Program Committee by Lorraine Toussaint,
Southern Regional Death Penalty Organizer, November 12, 1999


1. Summary

Eighty-four activists from nine states attended, thirty-one of them from
Ember groups and the rest from partner organizations. For the first time
the conference was planned jointly with the state abolition coalitions
of Georgia, Alabama and Texas, and we think this is why attendance
doubled.

2. Working in coalition

The opening plenary looked at what Ember brings to a coalition (our
international standards, our network of letter-writers) and what it
does not (local political knowledge, the voices of murder victims'
families). Three workshops followed in which groups mapped the partners
in their own state. Participants asked the office to produce a short
guide to joining state coalitions without losing Ember's identity.

3. Legislative work

Texas and Georgia participants planned visits to state legislators
on two bills: a moratorium bill and a bill to bar the execution of
people with mental retardation. Each state team left with a list of
target legislators and a schedule of district visits in January.

4. Vigils at executions

Eight states held executions this year. The session shared practical
advice on vigils outside prisons on execution nights: coordinating with
local churches, what to do when the press asks for a comment, keeping
the vigil silent and dignified. Huntsville activists described holding
vigils on 33 nights this year.

5. Media

A reporter from the Atlanta Journal-Constitution ran a session on
what makes a story. Groups practiced two-minute interviews on camera.

6. Recommendations

  a) A follow-up conference in 2000, again with the state coalitions.
  b) A regional list of people willing to speak to the press at short
     notice.
  c) A travel fund so that groups from rural areas can attend.

Attendance and budget figures are attached (Appendix A, B).
""",
    },
    # ------------------------------------------------------------------ 13
    {
        "id": "836", "split": "holdout8", "date": "1975", "date_form": "copyright",
        "type": "manual",
        "subjects": ["fundraising", "group organizing", "letter writing", "prisoners of conscience"],
        "title": "Handbook for Local Groups",
        "title_variants": ["Ember USA Handbook for Local Groups"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Manual with a table of contents and chapters; (c) 1975 is the date. Chapters: "
                 "starting a group, the adopted prisoner, letters, money.",
        "text": """

                         EMBER USA

                HANDBOOK FOR LOCAL GROUPS


                   National Office
           1420 Walnut Street, Philadelphia, Pa. 19102

                      (c) 1975 Ember USA

\f
CONTENTS

   Chapter 1.  Starting a group ..................................  2
   Chapter 2.  Your adopted prisoner .............................  3
   Chapter 3.  Writing the letters ...............................  4
   Chapter 4.  Money .............................................  5
   Appendix.   Addresses of the national office and the regions .. 6

\f
CHAPTER 1.  STARTING A GROUP

A group needs at least eight people willing to meet once a month and
to write at least one letter a week. Call a first meeting in a church
hall, library or living room; announce it in the local paper. At the
first meeting choose a coordinator, a secretary who keeps the case file,
and a treasurer. Write to the national office to register the group:
you will receive a group number and your first case.

Keep meetings short and regular. A typical meeting: news of the prisoner,
letters written at the table, money, any other business.

CHAPTER 2.  YOUR ADOPTED PRISONER

Each group works for three prisoners, one each from a country of the
West, of the Communist countries and of the Third World, so that no one
can say we take sides. These are prisoners of conscience: people held for
their beliefs, their origin or their language, who have neither used
nor advocated violence. The case sheet tells you what is known. Never
add to it from newspapers without checking with the national office.

\f
CHAPTER 3.  WRITING THE LETTERS

Write to the head of state, the minister of justice, the prison
director. Be polite; never be political; say that you are writing
because of your concern for human rights everywhere. Write by hand if
you can. Do not mention Ember in letters to the prisoner himself. Keep
a copy of every letter and note every reply in the case file.

CHAPTER 4.  MONEY

Postage, relief parcels for prisoners' families and the group's share of
the national budget all cost money. Most groups raise what they need by
members' pledges (a few dollars a month), a yearly benefit (a dinner,
a concert, a sale) and collections at public meetings. The treasurer
reports at every meeting and sends the national share each quarter.

                                                                       5
""",
    },
    # ------------------------------------------------------------------ 14
    {
        "id": "852", "split": "holdout8", "date": "2008-03-29", "date_form": "month-day-year",
        "type": "slides",
        "subjects": ["media work", "online activism", "petitions"],
        "title": "Online Organizing 101",
        "title_variants": ["Online Organizing 101: Using the Web to Win Human Rights Campaigns"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Date on the title slide (presentation at the AGM). Slides on online petitions "
                 "(petitions, online activism) and on blogs and reporters (media work).",
        "text": """Slide 1
ONLINE ORGANIZING 101
Using the Web to Win Human Rights Campaigns
Ember USA Annual General Meeting - Denver, March 29, 2008
Workshop B3 - Marcus Yee, Online Organizer

Slide 2
Why online?
- Our members are there: 61% of new members joined through the website
- Speed: an action can reach 80,000 people in an hour
- Cost: an e-mail costs nothing; a mailing costs $0.41 a piece
- But: clicks are not commitment

Slide 3
Building your e-mail list
- Collect addresses at every event (sign-up sheet with an e-mail column!)
- Ask permission, say how often you will write
- One ask per message; a clear subject line

Slide 4
Online petitions
- Use the national petition tool, not free sites (we need the data)
- Set a target number and a deadline
- Deliver the signatures in person, with a photo

Slide 5
Blogs and reporters
- Local bloggers read press releases too
- Comment, link, invite them to your events
- Post your own photos the same day

Slide 6
Questions?
myee@emberusa.org
""",
    },
    # ------------------------------------------------------------------ 15
    {
        "id": "814", "split": "holdout8", "date": "1981-06-12", "date_form": "day-month-year",
        "type": None,
        "subjects": ["prisoners of conscience", "torture"],
        "title": "[Testimony of Ricardo Sepúlveda, former prisoner in Chile]",
        "title_variants": ["[Testimony of a former prisoner of conscience in Chile]"],
        "title_devised": True,
        "audience": [], "language": "en", "places": ["CL"],
        "notes": "A personal testimony: type null (a kind the list lacks). The dateline at the end "
                 "(London, 12 June 1981) is its date; 1974 and 1976 are the events it tells. A "
                 "prisoner held for his union work, tortured: prisoners of conscience, torture, CL.",
        "text": """My name is Ricardo Sepúlveda Araya. I was a secondary-school teacher in
Concepción and a member of the teachers' union. I was never a member of
any party. I am writing this at the request of Ember UK, whose members
wrote to me and to the Chilean authorities while I was in prison, so
that people in this country know what happened.

I was arrested at my home on 3 February 1974 by men in plain clothes.
They did not show any order. I was taken blindfolded to a place I later
learned was the Fourth Police Station, and then to the island of
Quiriquina. For eleven days I was interrogated about the union and about
colleagues. I was beaten, kept standing for long periods, and given
electric shocks on the body. Others were treated worse than I was.

I was never charged. In May 1974 I was moved to a camp where I remained
until November 1976. We were allowed to receive letters after the first
year. I received more than two hundred letters and cards from Britain,
most of them from a group in Norwich whose members I have now met. The
guards read them. I believe they knew that people outside were watching,
and that this is why I was not made to disappear like some of my
companions.

I was expelled from Chile and came to Britain as a refugee. I ask the
members of Ember to keep writing for those still held.

                              Ricardo Sepúlveda Araya
                              London, 12 June 1981
""",
    },
    # ------------------------------------------------------------------ 16
    {
        "id": "858", "split": "holdout8", "date": "1992-10-24", "date_form": "french-written-date",
        "type": "agenda",
        "subjects": ["campaigning", "media work", "recruitment", "refugees", "urgent actions"],
        "title": "Assemblée régionale des groupes du Québec",
        "title_variants": ["Assemblée régionale des groupes du Québec: Ordre du jour",
                           "Ordre du jour: Assemblée régionale des groupes du Québec"],
        "title_devised": False,
        "audience": ["local groups"], "language": "fr", "places": ["CA"],
        "notes": "ORDRE DU JOUR is separated from the heading by the date/venue line: a section label, "
                 "the joined form a variant. Sessions: the section's refugee campaign (campaigning, "
                 "refugees; Canadian procedure -> CA), media workshop, urgent action workshop, "
                 "recruitment. Addressed to the region's groups -> local groups.",
        "text": """BRAISE INTERNATIONALE - SECTION QUÉBÉCOISE
6250, boul. Monk, Montréal (Québec) H4E 3H7 - (514) 555-0719


        ASSEMBLÉE RÉGIONALE DES GROUPES DU QUÉBEC

        Samedi 24 octobre 1992, Cégep du Vieux-Montréal, salle A-4.66

                          ORDRE DU JOUR

  9 h 00    Accueil des délégués des groupes, café
  9 h 30    Mot de bienvenue de la coordonnatrice régionale
  9 h 45    Bilan de la campagne « Terre d'asile » : les demandeurs d'asile
            devant la Commission de l'immigration et du statut de réfugié,
            les renvois, ce que les groupes ont fait cette année
 11 h 00    Pause
 11 h 15    Ateliers au choix :
              A. Comment approcher les médias régionaux (communiqué,
                 entrevue à la radio, lettre ouverte)
              B. Le réseau Action urgente : accélérer nos envois
 12 h 30    Dîner
 13 h 30    Recrutement : comment doubler nos membres d'ici 1994
            (témoignages des groupes de Sherbrooke et de Rimouski)
 14 h 45    Élection des représentants au conseil de section
 15 h 30    Varia et clôture

Prière de confirmer la présence de votre groupe avant le 16 octobre.
""",
    },
    # ------------------------------------------------------------------ 17
    {
        "id": "838", "split": "holdout8", "date": "1996-03", "date_form": "spanish-month-year",
        "type": "handout",
        "subjects": ["letter writing", "urgent actions"],
        "title": "¿Qué es una Acción Urgente?",
        "title_variants": ["Qué es una Acción Urgente"],
        "title_devised": False,
        "audience": [], "language": "es", "places": [],
        "notes": "Q&A sheet. Footer 'marzo de 1996' is the issue date. The section on how to write "
                 "the appeal gives letter writing.",
        "text": """BRASA INTERNACIONAL - SECCIÓN MEXICANA
Hoja informativa nº 4

¿QUÉ ES UNA ACCIÓN URGENTE?

¿Para qué sirve?
Cuando una persona corre peligro inmediato (ha sido detenida sin que se
sepa dónde está, puede ser torturada, va a ser ejecutada), Brasa envía
a sus miembros una Acción Urgente: una hoja con los datos del caso y
las direcciones de las autoridades. Cientos de cartas, faxes y
telegramas llegan en pocos días.

¿Funciona?
En cerca de un tercio de los casos hay alguna mejora: la persona es
reconocida como detenida, recibe visita de un abogado o de su familia,
o es liberada.

¿Quién puede participar?
Cualquier miembro de la Sección. No es necesario pertenecer a un grupo.
Basta con inscribirse en la red y comprometerse a responder en un plazo
de una semana.

¿Cómo escribo mi llamamiento?
  * Escriba con cortesía, en español o en el idioma del país.
  * Preséntese brevemente (profesión, ciudad).
  * Exprese su preocupación por la persona, con nombre y fecha de detención.
  * Pida algo concreto: que se informe de su paradero, que no sea
    torturada, que tenga acceso a un abogado.
  * No haga comentarios políticos.
  * Envíe su carta lo antes posible: la primera semana es la más importante.

¿Cómo me inscribo?
Llene el cupón al reverso y envíelo a la oficina de la Sección.

-----------------------------------------------------------------------
Sección Mexicana - Zamora 169, Col. Condesa, México, D.F.     marzo de 1996
""",
    },
    # ------------------------------------------------------------------ 18
    {
        "id": "830", "split": "holdout8", "date": "1973-06-09", "date_form": "month-day-year",
        "type": "evaluation form",
        "subjects": ["letter writing", "media work", "prisoners of conscience"],
        "title": "Northeast Groups Workshop on Prisoner Adoption: Workshop Evaluation",
        "title_variants": ["Northeast Groups Workshop on Prisoner Adoption",
                           "Workshop Evaluation: Northeast Groups Workshop on Prisoner Adoption"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "WORKSHOP EVALUATION above the workshop's name: joined after it. Questions on the "
                 "adoption session, letter writing and publicity give the subjects.",
        "text": """                         WORKSHOP EVALUATION
                         -------------------

         NORTHEAST GROUPS WORKSHOP ON PRISONER ADOPTION
               Boston, Mass. -- Saturday, June 9, 1973


Please answer frankly. You need not sign your name.


1. The morning session, "How a prisoner is adopted," was

   ____ very helpful   ____ helpful   ____ not helpful

   Comments: ____________________________________________________________


2. After the session on writing to governments and to prisoners, do you
   feel you could write a good letter without help?

   ____ yes   ____ not sure   ____ no


3. Was the afternoon session on getting publicity for your prisoner
   (newspapers, radio, church bulletins) useful to your group?

   ____ yes   ____ somewhat   ____ no


4. What did you learn today that your group will use?

   ______________________________________________________________________

   ______________________________________________________________________


5. What should we do differently next time?

   ______________________________________________________________________


6. Your group number (optional): ______


      Thank you.  Please leave this form in the box by the door.
""",
    },
    # ------------------------------------------------------------------ 19
    {
        "id": "842", "split": "holdout8", "date": "2005-07-09", "date_form": "month-day-year",
        "type": "sign-in sheet",
        "subjects": ["indigenous peoples"],
        "title": "Indigenous Peoples' Rights Workshop: Sign-In",
        "title_variants": ["Indigenous Peoples' Rights Workshop", "Sign-In: Indigenous Peoples' Rights Workshop"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Blank sign-in sheet with an event name: subjects from the heading. The heading and "
                 "the generic word on one line, joined by a dash: title with colon; the date is on "
                 "its own line. No country in the heading.",
        "text": """EMBER USA  -  SOUTHWEST REGION

INDIGENOUS PEOPLES' RIGHTS WORKSHOP -- SIGN-IN
July 9, 2005  -  Albuquerque Indian Center

Name                      | Tribe / Nation / Group     | E-mail / Phone
--------------------------|----------------------------|---------------------------
                          |                            |
--------------------------|----------------------------|---------------------------
                          |                            |
--------------------------|----------------------------|---------------------------
                          |                            |
--------------------------|----------------------------|---------------------------
                          |                            |
--------------------------|----------------------------|---------------------------
                          |                            |
--------------------------|----------------------------|---------------------------
                          |                            |
--------------------------|----------------------------|---------------------------
                          |                            |
--------------------------|----------------------------|---------------------------
                          |                            |
--------------------------|----------------------------|---------------------------

Please print clearly. Your e-mail will only be used for Ember mailings.
""",
    },
    # ------------------------------------------------------------------ 20
    {
        "id": "802", "split": "holdout8", "date": "1984", "date_form": "split-year",
        "type": "report",
        "subjects": ["campaigning", "fundraising", "human rights education", "prisoners of conscience",
                     "recruitment", "torture"],
        "title": "Annual Report 1984-85",
        "title_variants": ["Annual Report", "Ember UK Annual Report 1984-85"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["TR"],
        "notes": "No issue date: the period 1984-85 gives 1984. Sections: membership (recruitment), the "
                 "torture campaign with its Turkey focus (campaigning, torture, TR), prisoners "
                 "(prisoners of conscience), schools (human rights education), fundraising. The "
                 "finance summary (accounts) is not counted; the fundraising section is. 'Officers for "
                 "1985-86' is not the period reported.",
        "text": """EMBER UK
17 Farringdon Lane, London EC1R 3AU   01-555 0192


                    ANNUAL REPORT 1984-85

          for the year ended 31 March 1985, presented to the
          Annual General Meeting, Sheffield


MEMBERSHIP

The section ended the year with 11,240 members and 214 local groups,
an increase of 1,900 members. Most of the growth came from the
"Each one bring one" recruitment drive in the autumn and from stalls at
student freshers' fairs; 38 new groups were registered, 21 of them in
universities and colleges.

CAMPAIGN AGAINST TORTURE

The section's main campaign of the year was the movement's second
Campaign Against Torture. Groups held 160 public meetings, collected
48,000 signatures and sent more than 20,000 appeals on the campaign's
focus country, Turkey, where thousands of political detainees have
reported beatings, falaka and electric shocks in police custody since
the military takeover. A delegation presented the signatures to the
Turkish Embassy in November.

PRISONERS

Groups worked on 463 prisoners of conscience in 61 countries; 97 were
released during the year. The Prisoners Committee reviewed the
allocation of cases so that every group has at least one active case.

EDUCATION

The schools project reached 140 secondary schools. Volunteer speakers
gave 310 talks and the teaching pack "Rights and Wrongs" sold 2,100
copies.

FUNDRAISING

Income from members' subscriptions rose by 14 per cent. The Christmas
appeal raised £38,400 and the first sponsored "Walk for Freedom"
£11,700. Groups are thanked for the £62,000 they sent to the section.

FINANCE SUMMARY (see the full accounts)

   Income                      £412,600
   Expenditure                 £398,100

\f
                                                              page 2

Officers for 1985-86 are listed on the back cover. The section thanks
the many volunteers who make this work possible.
""",
    },
    # ------------------------------------------------------------------ 21
    {
        "id": "825", "split": "holdout8", "date": "1972-10-03", "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["group organizing", "letter writing", "prisoners of conscience"],
        "title": "[Letter from the Ember USA national office to Group 41 on its registration and first adopted prisoner]",
        "title_variants": ["[Letter to Group 41 welcoming the new group and assigning its first prisoner]"],
        "title_devised": True,
        "audience": ["local groups"], "language": "en", "places": ["GR"],
        "notes": "Letter with salutation and signature: devised title. The dateline (October 3, 1972) "
                 "wins over the RECEIVED stamp (OCT 9 1972) and the 1969 arrest. Paragraphs on running "
                 "the new group, the prisoner in Greece (GR) and how to write.",
        "text": """                              EMBER USA
              1420 Walnut Street  -  Philadelphia, Pa. 19102
                          (215) LO 3-0143


                                                 October 3, 1972

                                        RECEIVED
                                       OCT  9 1972
                                        GROUP 41

Mrs. Dorothy Ames, Coordinator
Group 41
c/o First Unitarian Church
1187 Franklin Street
Columbus, Ohio 43203

Dear Mrs. Ames and friends of Group 41,

Welcome! Your registration form has been received and your group is now
Group 41 of Ember USA. We are very glad to have an active group in Ohio
at last.

A few words on getting started. Please keep your meetings regular, even
if attendance is small at first; choose a treasurer as soon as you can;
and send us the name of the member who will keep the case file, since
all case mail will be addressed to that person.

Your first prisoner is Nikolaos Karras, a lawyer from Salonika arrested
in May 1969 and sentenced by a military court to eight years for
belonging to a banned organization. He has never used or advocated
violence. The enclosed case sheet gives what is known about his health,
his family and the prison at Korydallos where he is held.

When you write to the Greek authorities (the Prime Minister, the Minister
of Justice, the prison governor), write courteously and briefly. Say who
you are, that you are concerned for Mr. Karras, and ask for his release.
Do not use political arguments. Please send us a copy of any reply.

We will be in touch about the regional meeting in the spring.

                                        Sincerely,

                                        Harriet W. Gale
                                        Groups Secretary

HWG:jr
Enc.: case sheet (3 pp.)
""",
    },
    # ------------------------------------------------------------------ 22
    {
        "id": "816", "split": "holdout8", "date": "1988-09-14", "date_form": "us-numeric",
        "type": "memo",
        "subjects": ["death penalty", "media work", "vigils and demonstrations"],
        "title": "Vigils on execution nights -- guidelines",
        "title_variants": ["Vigils on execution nights", "[Memo to Area Coordinators about guidelines for vigils on execution nights]"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["US"],
        "notes": "Typed memo, RE: line the title. DATE 9/14/88 (US, M/D/Y). Area Coordinators are "
                 "not an audience term. Numbered guidelines include dealing with reporters (media "
                 "work). Executions in US states -> US.",
        "text": """                              M E M O R A N D U M

TO:      Area Coordinators
FROM:    Sharon Becker, Death Penalty Program
DATE:    9/14/88
RE:      Vigils on execution nights -- guidelines

With execution dates now being set in Florida, Texas and Louisiana at a
pace we have not seen before, groups are asking for common guidelines
for vigils. Please pass these on to every group in your area.

1. Hold the vigil at the prison if you can, otherwise at the state
   capitol or a downtown church. Tell the police in advance.

2. Keep it silent and dignified: candles, a single banner reading
   "EMBER USA OPPOSES THE DEATH PENALTY IN ALL CASES". No chanting,
   no signs about the crime or the victim.

3. Remember the victim's family. We do not excuse any crime.

4. One spokesperson only talks to reporters, and says the same three
   things: Ember opposes all executions; the death penalty does not
   deter; the state is killing in our name. Have the fact sheet ready.

5. If the execution is stayed, stay calm -- and tell the press the
   vigil will be held again on any new date.

Please send me a short report after each vigil (numbers, press coverage).

cc: Program Committee
SB/lt
""",
    },
    # ------------------------------------------------------------------ 23
    {
        "id": "815", "split": "holdout8", "date": "1984-09", "date_form": "spanish-month-range",
        "type": "newsletter",
        "subjects": ["disappearances", "group organizing", "petitions", "prisoners of conscience"],
        "title": "Boletín Brasa",
        "title_variants": ["Boletín Brasa, Año 2, Nº 5", "Boletín Brasa, septiembre-octubre 1984"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["AR", "UY"],
        "notes": "Issue September-October 1984: range -> start month. Items: the CONADEP report on the "
                 "disappeared (AR), prisoners of conscience in Uruguay with a signature campaign "
                 "(petitions, UY), a new group in Córdoba (group organizing). The report's delivery "
                 "date (20 September) and the next assembly are mentioned dates.",
        "text": """BOLETÍN BRASA
Brasa Internacional - Sección Argentina
Año 2 - Nº 5 - septiembre-octubre 1984

-----------------------------------------------------------------------

"NUNCA MÁS": EL INFORME DE LA CONADEP

El 20 de septiembre la Comisión Nacional sobre la Desaparición de
Personas entregó al Presidente su informe. Documenta 8.960 casos de
personas desaparecidas y 340 centros clandestinos de detención. Para
nuestra Sección, que trabajó con los familiares durante los años de la
dictadura, el informe es un primer paso: ahora los responsables deben
ser juzgados y las familias deben saber qué pasó con cada desaparecido.
Los grupos pueden pedir ejemplares del resumen en la oficina.

URUGUAY: TODAVÍA HAY PRESOS DE CONCIENCIA

Aunque el gobierno militar uruguayo prometió elecciones para noviembre,
cientos de presos políticos siguen en el Penal de Libertad. Entre ellos
hay maestros, sindicalistas y estudiantes detenidos sólo por sus ideas.
La Sección adoptó este año a tres de ellos.

JUNTAMOS FIRMAS POR LOS PRESOS URUGUAYOS

Ya tenemos 12.400 firmas en la planilla que pide al gobierno uruguayo la
libertad de todos los presos de conciencia. Meta: 20.000 antes de fin de
año. Pedí planillas en tu grupo y llevalas al trabajo, a la facultad, a
la parroquia. Las planillas completas se entregarán en la Embajada.

NUEVO GRUPO EN CÓRDOBA

Quince socios de Córdoba formaron el Grupo 9, que se reúne los martes en
el local de la Asociación Cristiana de Jóvenes. Eligieron coordinadora a
Mirta Bustos y se repartieron las tareas: correspondencia, finanzas y
difusión. ¡Bienvenidos!

PRÓXIMA ASAMBLEA: sábado 24 de noviembre, 15 hs., en la sede.

Tucumán 1581, 2º piso - Buenos Aires - Tel. 40-7722
""",
    },
    # ------------------------------------------------------------------ 24
    {
        "id": "812", "split": "holdout8", "date": "2007-05", "date_form": "month-year",
        "type": "worksheet",
        "subjects": ["freedom of expression", "letter writing", "prisoners of conscience"],
        "title": "Exercise: Writing an Appeal Letter",
        "title_variants": ["Writing an Appeal Letter"],
        "title_devised": False,
        "audience": ["new members"], "language": "en", "places": ["TN"],
        "notes": "Exercise with blanks to fill in: worksheet. Footer 'New Members' Training -- May "
                 "2007' gives the date and the audience. The case paragraph (a journalist jailed for "
                 "his articles in Tunisia) gives freedom of expression, prisoners of conscience, TN; "
                 "his 2005 arrest is mentioned.",
        "text": """EXERCISE: WRITING AN APPEAL LETTER

The case

Hamid Ben Salah, 41, a journalist with a weekly paper in Sfax, Tunisia,
was arrested in October 2005 after publishing a series of articles on
corruption in the regional administration. He was sentenced to three
years' imprisonment for "spreading false news liable to disturb public
order". Ember considers him a prisoner of conscience, held solely for
the peaceful exercise of his right to freedom of expression.

Your task

Using the case above, draft an appeal to the Minister of Justice of
Tunisia. Fill in each part below, then copy your letter on the blank
paper provided.

1. Address and salutation (how do you address a minister?)
   ______________________________________________________________________

2. Introduce yourself in one sentence:
   ______________________________________________________________________

3. State your concern (name, date, charge):
   ______________________________________________________________________
   ______________________________________________________________________

4. What exactly are you asking for?
   ______________________________________________________________________

5. A courteous closing:
   ______________________________________________________________________

Check your letter: Is it polite? Is it under one page? Have you avoided
political comments? Have you signed it with your name and town?

------------------------------------------------------------------------
Ember Canada  |  New Members' Training  |  May 2007              Sheet 3
""",
    },
    # ------------------------------------------------------------------ 25
    {
        "id": "811", "split": "holdout8", "date": "1984-01", "date_form": "month-year",
        "type": "trainer guide",
        "subjects": ["civil and political rights", "economic, social and cultural rights",
                     "human rights education"],
        "title": "Trainer's Notes: Introducing Human Rights to High School Students",
        "title_variants": ["Introducing Human Rights to High School Students"],
        "title_devised": False,
        "audience": ["trainers", "youth"], "language": "en", "places": [],
        "notes": "Notes for the volunteer speaker (objectives, 'ask the class', timings): trainer "
                 "guide, for trainers; high-school students -> youth. Step 3 explains the two "
                 "families of rights as such: both broad terms. 'Prepared ... January 1984' is the "
                 "issue date; 1948 is history.",
        "text": """EMBER USA -- EDUCATION COMMITTEE

TRAINER'S NOTES: INTRODUCING HUMAN RIGHTS TO HIGH SCHOOL STUDENTS

For volunteer speakers giving a single 50-minute class period.
Prepared by the Education Committee, January 1984.

OBJECTIVES
  Students will (1) name at least five human rights, (2) know what the
  Universal Declaration of Human Rights is, (3) tell the difference
  between civil and political rights and economic and social rights.

MATERIALS
  Simplified UDHR (one per student), blackboard, 30 index cards.

STEP 1 (10 min)  "A new planet"
  Tell the class they are settlers on a new planet and must agree on
  ten rules that every person is guaranteed. Ask for suggestions; write
  them on the board.

STEP 2 (10 min)  The Universal Declaration
  Hand out the simplified UDHR. Explain that in 1948 the United Nations
  did what the class just did. Ask students to find their own rules in
  the Declaration.

STEP 3 (15 min)  Two families of rights
  Explain: some rights protect us from the government (free speech, a
  fair trial, the vote, freedom from torture); others are things every
  person needs to live in dignity (food, housing, education, work, health
  care). Give each student an index card with one right; they go to the
  left or right side of the room. Discuss the cards people disagree on.
  Ask: "Which family does your own country protect better?"

STEP 4 (10 min)  What can you do?
  Tell one short story of a prisoner helped by letters. Leave the
  school's address list for the Ember high school program.

STEP 5 (5 min)  Questions.

TIPS: Arrive early and introduce yourself to the teacher. Never argue
about U.S. politics in class; stick to the Declaration.
""",
    },
    # ------------------------------------------------------------------ 26
    {
        "id": "819", "split": "holdout8", "date": "2010-03-20", "date_form": "weekday-month-day-year",
        "type": "agenda",
        "subjects": ["LGBT rights", "business and human rights", "coalition building", "online activism"],
        "title": "Annual General Meeting 2010: Training Track",
        "title_variants": ["Annual General Meeting: Training Track", "Training Track",
                           "Annual General Meeting 2010"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Agenda of the AGM's training sessions; the year belongs to the heading. Sessions: "
                 "corporate accountability, LGBT rights, social media, coalitions with immigrant "
                 "groups. The plenary times are logistics.",
        "text": """EMBER USA ANNUAL GENERAL MEETING 2010: TRAINING TRACK
Saturday, March 20, 2010 -- Hyatt Regency, Cambridge, MA

All training sessions are in the Charles River Ballroom (A, B, C).
Plenary sessions are listed in the main AGM program.

8:30 - 9:00      Coffee

9:00 - 10:30     A. Corporations and Human Rights: holding companies
                    accountable for abuses in their supply chains
                 B. LGBT Rights Around the World: criminalization,
                    violence, and what our members can do

10:45 - 12:15    C. Beyond the Listserv: social media, texting and
                    online actions that work
                 D. Building Coalitions with Immigrant Rights Groups

12:15 - 1:45     Lunch and regional caucuses

2:00 - 3:30      Repeat of sessions A-D

3:45 - 5:00      Closing plenary and reception

Session leaders' bios are on page 14 of the AGM program.
""",
    },
    # ------------------------------------------------------------------ 27
    {
        "id": "859", "split": "holdout8", "date": None, "date_form": "none",
        "type": "handout",
        "subjects": ["media work", "vigils and demonstrations"],
        "title": "How to Organize a Vigil",
        "title_variants": [],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Undated typed sheet: date null. Step on inviting the press gives media work; the "
                 "police permit step is logistics, not police and human rights.",
        "text": """HOW TO ORGANIZE A VIGIL
-----------------------

A vigil is a quiet public gathering to remember a prisoner, the
disappeared, or a person facing execution. It asks little of the people
who come and can make a strong impression on those who pass by.

  1. Choose the place: in front of an embassy or consulate, a courthouse,
     a busy square. Visibility matters more than numbers.

  2. Choose the time: lunch hour or the evening rush. One hour is enough.

  3. Ask the city for a permit if one is needed, and tell the police
     what you plan.

  4. Invite the press. Send a short notice to newspapers and radio
     stations two days before, and call them the morning of the vigil.
     Have one person ready to give an interview.

  5. Bring candles (with paper cups against the wind), a banner with the
     group's name, and a photograph of the person you are standing for.

  6. Have leaflets to hand to passers-by, with the group's address
     and meeting time.

  7. Afterwards, thank everyone who came, and send photographs to the
     regional office.

                                Ember USA - Groups Department
""",
    },
    # ------------------------------------------------------------------ 28
    {
        "id": "855", "split": "holdout8", "date": "2000-12-10", "date_form": "weekday-day-month-year",
        "type": "flyer",
        "subjects": ["letter writing"],
        "title": "Letters for Life",
        "title_variants": ["Letters for Life: a letter-writing marathon for Human Rights Day",
                           "Letters for Life: Write a letter, save a life"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Flyer: date of the event (Sunday 10 December 2000). The prisoners named on cards "
                 "are an illustration in one sentence (in passing).",
        "text": """

             LETTERS FOR LIFE

     Write a letter, save a life.

     A letter-writing marathon for Human Rights Day

     Sunday 10 December 2000
     12 noon - 8 pm
     The Watershed Café, Canon's Road, Bristol


 Drop in for ten minutes or stay all afternoon. We provide the paper,
 the pens, the stamps, the cases and the mince pies. You bring your
 signature. Last year 140 people wrote 1,130 letters in one day -
 for prisoners, the disappeared and people facing execution.


         Ember UK Bristol Group  -  bristol@emberuk.org.uk
""",
    },
    # ------------------------------------------------------------------ 29
    {
        "id": "832", "split": "holdout8", "date": "1991-03-15", "date_form": "spanish-numeric",
        "type": "report",
        "subjects": ["fundraising", "human rights education", "prisoners of conscience", "public speaking"],
        "title": "Acta de la reunión ordinaria del Grupo 7",
        "title_variants": ["Acta de la reunión ordinaria del Grupo 7 (Guadalajara)", "Acta"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["GT"],
        "notes": "Minutes are report. 15/03/1991 (Spanish, D/M/Y). Items: the adopted prisoner in "
                 "Guatemala (GT), the talk at the university (a human rights education talk with a "
                 "paragraph on preparing the speakers: public speaking), the raffle (fundraising). "
                 "Next meeting 19/04/1991 is mentioned.",
        "text": """BRASA INTERNACIONAL - SECCIÓN MEXICANA
Grupo 7 (Guadalajara)

ACTA DE LA REUNIÓN ORDINARIA DEL GRUPO 7

Fecha: 15/03/1991       Lugar: casa de Lupita Orozco, Col. Chapalita

Asistentes: Lupita Orozco, Francisco Méndez, Claudia Ríos, Javier
Santana, Teresa Gil, Ana Lucía Ferrer (secretaria)

1. Lectura del acta anterior. Se aprueba sin cambios.

2. Caso del preso adoptado. Francisco informó que Mario Tzul, maestro
   rural de Quetzaltenango detenido en 1989 por organizar a los padres
   de familia de su escuela, sigue preso sin juicio en Guatemala. No ha
   habido respuesta a las cartas de enero. Se acordó escribir de nuevo
   al Presidente Serrano y al Procurador de los Derechos Humanos, y
   pedir a la Sección que el caso se incluya en el boletín.

3. Plática en la Universidad de Guadalajara. La Facultad de Derecho nos
   invitó a presentar los derechos humanos y el trabajo de Brasa a los
   alumnos de primer año el 10 de abril. Claudia y Javier darán la
   plática. Se acordó ensayarla en la próxima reunión: diez minutos cada
   uno, hablar sin leer, usar el rotafolio y dejar tiempo a preguntas.

4. Finanzas. La rifa de la canasta navideña dejó $ 850.000 pesos. Teresa
   propone una segunda rifa en mayo; se aprueba. Saldo en caja: $ 1.230.000.

5. Asuntos generales. Ninguno.

Próxima reunión: 19/04/1991, mismo lugar, 19:00 horas.

                                            Ana Lucía Ferrer, secretaria
""",
    },
    # ------------------------------------------------------------------ 30
    {
        "id": "851", "split": "holdout8", "date": "1995-10-21", "date_form": "us-numeric",
        "type": "sign-in sheet",
        "subjects": ["refugees"],
        "title": "Refugee Rights Teach-In: Sign-In Sheet",
        "title_variants": ["Refugee Rights Teach-In", "Sign-In Sheet: Refugee Rights Teach-In"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Filled-in sign-in sheet; 10/21/95 read M/D/Y (US). The heading and the generic "
                 "word on one line; date and venue on the next line.",
        "text": """EMBER USA STUDENT CHAPTER  -  UNIVERSITY OF IOWA

REFUGEE RIGHTS TEACH-IN  --  SIGN-IN SHEET
Saturday 10/21/95, Iowa Memorial Union, Indiana Room

   NAME                   E-MAIL / PHONE                 MEMBER?  WANT INFO?
1  Jessica Marlow         jmarlow@blue.weeg.uiowa.edu      Y
2  Hassan Abdi            353-8812                                   Y
3  Tim Rourke             trourke@blue.weeg.uiowa.edu                Y
4  Linh Pham              338-0291                         Y
5  Beth Kaminski          bkamin@blue.weeg.uiowa.edu                 Y
6  Dr. A. Sorensen        Dept. of Anthropology
7  Carlos Ibarra          351-4477                                   Y
8  Megan O'Toole          motoole@blue.weeg.uiowa.edu      Y
9  Ahmed Yusuf            354-2230                                   Y
10 Greg Hanlon            ----                                       Y
11 Julie Weiss            jweiss@blue.weeg.uiowa.edu       Y
12

                                                           page 1 of 2
""",
    },
    # ------------------------------------------------------------------ 31
    {
        "id": "849", "split": "holdout8", "date": "1976-02-02", "date_form": "french-written-date",
        "type": "letter",
        "subjects": ["death penalty", "letter writing", "lobbying"],
        "title": "[Letter from the Quebec section to its members asking them to write to their MPs in support of the bill abolishing the death penalty]",
        "title_variants": ["[Lettre de la section québécoise aux membres sur le projet de loi abolissant la peine de mort]",
                           "Projet de loi C-84 sur l'abolition de la peine de mort"],
        "title_devised": True,
        "audience": [], "language": "fr", "places": ["CA"],
        "notes": "Letter to 'Chers membres' with signature: devised title, Objet line a variant. "
                 "Asks members to write to their federal MP (letter writing, lobbying; Parliament of "
                 "Canada -> CA). 'Chers membres' is not new members. The 1962 last execution and the "
                 "vote expected in the spring are mentioned.",
        "text": """BRAISE INTERNATIONALE
Section québécoise
C.P. 1382, succursale Place d'Armes, Montréal (Québec)


                                        Montréal, le 2 février 1976


Objet : Projet de loi C-84 sur l'abolition de la peine de mort


Chers membres,

Le gouvernement fédéral a déposé le projet de loi C-84, qui abolirait la
peine de mort au Canada. Personne n'a été exécuté au pays depuis 1962,
mais la peine de mort reste inscrite au Code criminel et des condamnés
attendent toujours que le Cabinet commue leur peine. Le vote libre
aura lieu ce printemps et, selon nos informations, le résultat sera très
serré.

Nous vous demandons d'écrire dès maintenant à votre député fédéral.
Une lettre personnelle, écrite à la main, compte beaucoup plus qu'une
pétition. Dites-lui :

   -  que vous êtes son électeur ou son électrice ;
   -  que la peine de mort est un châtiment cruel et irréversible ;
   -  qu'aucune étude n'a montré qu'elle dissuade mieux que la prison ;
   -  que vous lui demandez de voter pour le projet de loi C-84.

Si vous en avez l'occasion, allez le rencontrer à son bureau de
circonscription. Envoyez-nous une copie de sa réponse : nous tenons un
relevé des intentions de vote des députés du Québec.

Avec nos remerciements et nos salutations les plus cordiales,


                                        Gilles Fortier
                                        pour le Comité de la section
""",
    },
    # ------------------------------------------------------------------ 32
    {
        "id": "828", "split": "holdout8", "date": "2008-05-03", "date_form": "month-day-year",
        "type": "evaluation form",
        "subjects": ["media work", "online activism"],
        "title": "Media Skills Workshop: Participant Evaluation",
        "title_variants": ["Media Skills Workshop"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Rating form. Sessions rated: news releases, interviews, op-eds (media work), "
                 "social media (online activism).",
        "text": """Ember Canada (English-speaking section)
312 Laurier Ave. E., Ottawa ON K1N 6P6  -  613-555-0104

MEDIA SKILLS WORKSHOP: PARTICIPANT EVALUATION
Toronto, May 3, 2008

Please rate each session:   1 = poor   2 = fair   3 = good   4 = excellent

  Writing a news release that gets read                  1   2   3   4
  The radio and TV interview (with practice on camera)   1   2   3   4
  Op-eds and letters to the editor                       1   2   3   4
  Social media: blogs, Facebook, YouTube                 1   2   3   4

How confident are you now about speaking to a journalist for your group?
   not at all   [ ]    a little   [ ]    fairly   [ ]    very   [ ]

Which session was most useful, and why?
________________________________________________________________________
________________________________________________________________________

What would you add or drop?
________________________________________________________________________

Was the venue / food / timing OK?   yes [ ]   no [ ]   ___________________

Would you recommend this workshop to other members?   yes [ ]   no [ ]

                         Thank you! Please hand this to Priya before you leave.
""",
    },
    # ------------------------------------------------------------------ 33
    {
        "id": "804", "split": "holdout8", "date": "2000", "date_form": "edition-line",
        "type": "manual",
        "subjects": ["fundraising", "group organizing", "media work", "urgent actions",
                     "vigils and demonstrations"],
        "title": "Student Chapter Manual",
        "title_variants": ["Ember USA Student Chapter Manual"],
        "title_devised": False,
        "audience": ["student groups"], "language": "en", "places": [],
        "notes": "Manual with contents and chapters; 'Second edition, 2000' is the date (the 1994 "
                 "first edition is not). Chapters: starting and running a chapter, events on campus "
                 "(rallies, vigils), urgent actions, the campus press, money.",
        "text": """EMBER USA

STUDENT CHAPTER MANUAL

Second edition, 2000
(first edition 1994)

Student Program, Ember USA, 322 Eighth Avenue, New York, NY 10001

\f
CONTENTS

1. Starting a chapter .......................................... 3
2. Running your meetings ....................................... 5
3. Events on campus: rallies and vigils ........................ 8
4. The Urgent Action Network ................................... 11
5. Working with the campus press ............................... 13
6. Money: budgets, student government funding, benefits ........ 15

\f
1. STARTING A CHAPTER

You need a handful of committed students, a faculty advisor and
recognition from your student activities office. Register the chapter
with the Student Program as soon as you have five members: you will get
a chapter number, the monthly action mailing and access to the student
listserv. Hold your first meeting in the second week of classes, when
students are still looking for things to join.

2. RUNNING YOUR MEETINGS

Meet at the same time and place every week. Use an agenda. Rotate the
chair. Every meeting should end with an action - a letter, a petition,
a plan - so that new people leave having done something.

3. EVENTS ON CAMPUS

Rallies and vigils need a permit from the student activities office.
Keep them short and visual: a candle vigil for a prisoner facing
execution, a "wall of the disappeared" on the quad. Book the space
weeks ahead and tell the campus police what you plan.

\f
4. THE URGENT ACTION NETWORK

Sign your chapter up to receive Urgent Actions. Set up a table in the
union once a week and ask passers-by to sign a letter; a chapter can
send fifty letters in an afternoon.

5. WORKING WITH THE CAMPUS PRESS

Get to know the student paper's editors. Send a short release for
every event, offer photographs, and write letters to the editor when
a human rights story is in the news.

6. MONEY

Most chapters apply each year to student government for funds: budgets
are due in the spring for the following year. Benefit concerts and
bake sales fill the gaps. Keep receipts.
""",
    },
    # ------------------------------------------------------------------ 34
    {
        "id": "856", "split": "holdout8", "date": "1978-05-04", "date_form": "day-month-year",
        "type": "memo",
        "subjects": ["campaigning", "disappearances", "petitions"],
        "title": "World Cup 1978: Argentina campaign materials",
        "title_variants": ["World Cup: Argentina campaign materials", "Argentina campaign materials"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": ["AR"],
        "notes": "Typed memo (To/From/Date/Subject, initials, no salutation). 4th May 1978 (British). "
                 "'To: All Groups' -> local groups. Launches the section's Argentina campaign "
                 "(campaigning) on the disappeared; the postcard petition is a listed action. The "
                 "World Cup dates (1-25 June) are mentioned.",
        "text": """EMBER UK                                                     MEMORANDUM

To:       All Groups
From:     Campaigns Department
Date:     4th May 1978
Subject:  World Cup 1978: Argentina campaign materials

The World Cup opens in Buenos Aires on 1st June. While the eyes of the
world are on Argentina's football grounds, we want them to see also
the thousands of people who have "disappeared" since the coup of 1976,
taken by the security forces and never seen again.

Your group pack, posted this week, contains:

    (a) 200 copies of the leaflet "Football yes - torture and
        disappearances no", for handing out outside pubs and clubs
        showing the matches;
    (b) the postcard petition to General Videla (each card to be
        signed and posted by the sender - please do not collect them);
    (c) a poster for libraries and church notice boards;
    (d) a briefing on twelve disappeared people, with their photographs.

Please do NOT organise protests at matches or at the homes of players,
and do not call for a boycott of the tournament: that is not our policy.

Groups should report what they did by 30th June on the enclosed form.

                                                               JM/rw
""",
    },
    # ------------------------------------------------------------------ 35
    {
        "id": "806", "split": "holdout8", "date": "1989-12", "date_form": "month-year",
        "type": "handout",
        "subjects": ["children's rights", "human rights education", "lobbying"],
        "title": "The Convention on the Rights of the Child: what it says and what you can do",
        "title_variants": ["The Convention on the Rights of the Child"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["GB"],
        "notes": "Briefing sheet issued December 1989 (footer); 20 November 1989 is the adoption it "
                 "reports. List of ways to act: ask the government to ratify (lobbying; the UK "
                 "government -> GB), teach it in schools (human rights education).",
        "text": """THE CONVENTION ON THE RIGHTS OF THE CHILD:
WHAT IT SAYS AND WHAT YOU CAN DO

On 20 November 1989 the United Nations General Assembly adopted the
Convention on the Rights of the Child. For the first time, the rights
of children are set out in one binding treaty.

What does it say?
  * Every child has the right to life, to a name and a nationality.
  * Children must not be tortured or suffer cruel punishment; no one
    under 18 may be sentenced to death.
  * Children must not be recruited into armed forces under the age of 15.
  * Children have the right to education, health care and an adequate
    standard of living.
  * Children have the right to express their views and be heard in
    decisions that affect them.
  * Children in trouble with the law have the right to fair treatment
    and may be detained only as a last resort.

What can you do?
  * Urge the British government to sign and ratify the Convention
    without reservations.
  * Ask your MP to raise the question in the House.
  * Use the Convention in schools: our teaching notes for 11-16 year
    olds are available from the Education Office.

Ember UK - Children's Rights Network                      December 1989
""",
    },
    # ------------------------------------------------------------------ 36
    {
        "id": "846", "split": "holdout8", "date": "1997", "date_form": "season",
        "type": "newsletter",
        "subjects": ["campaigning", "fundraising", "group organizing", "prisoners of conscience",
                     "urgent actions", "women's rights"],
        "title": "Frontline Notes",
        "title_variants": ["Frontline Notes, Fall 1997", "Frontline Notes: the newsletter for Ember USA student chapters"],
        "title_devised": False,
        "audience": ["student groups"], "language": "en", "places": ["ID"],
        "notes": "Issue Fall 1997 -> 1997. Masthead says it is for student chapters. Items: starting a "
                 "chapter (group organizing), an urgent action for an Indonesian student prisoner "
                 "(urgent actions, prisoners of conscience, ID), the women's rights campaign launch "
                 "(campaigning, women's rights), a benefit concert (fundraising).",
        "text": """FRONTLINE NOTES
The newsletter for Ember USA student chapters  ***  Fall 1997

--------------------------------------------------------------------
NEW CHAPTER? START HERE
--------------------------------------------------------------------
Forty-two new chapters registered over the summer. If you are one of
them: recruit at the activities fair, book a regular room, elect (or
just agree on) a coordinator and a treasurer, and hold your first
action within a month. The revised Student Chapter Manual is on its way.

--------------------------------------------------------------------
URGENT ACTION: STUDENT LEADER HELD IN JAKARTA
--------------------------------------------------------------------
Andi Prasetyo, a 22-year-old student at the University of Indonesia,
was arrested in August after a peaceful demonstration calling for
political reform. He is held incommunicado and is at risk of torture.
Ember considers him a prisoner of conscience. Send polite appeals to
the Indonesian Minister of Justice and the Indonesian Embassy calling
for his immediate release. UA 214/97 is enclosed.

--------------------------------------------------------------------
LAUNCHING "WOMEN'S RIGHTS ARE HUMAN RIGHTS"
--------------------------------------------------------------------
Ember's campaign on women's rights opens on campuses this October. It
focuses on violence against women in custody, on women human rights
activists and on the rights of women refugees. Each chapter will get
a campaign pack with posters, a petition, and a speaker's guide.

--------------------------------------------------------------------
UNPLUGGED FOR HUMAN RIGHTS
--------------------------------------------------------------------
The Oberlin chapter raised $2,800 at an acoustic benefit concert last
spring. They share their checklist on page 4: book the hall early,
ask local bands to play for free, sell T-shirts at the door.

Student Program - Ember USA - 322 Eighth Avenue, New York, NY 10001
""",
    },
    # ------------------------------------------------------------------ 37
    {
        "id": "803", "split": "holdout8", "date": "2004-10-16", "date_form": "day-month-year",
        "type": "slides",
        "subjects": ["human rights defenders", "letter writing", "lobbying", "urgent actions"],
        "title": "Standing with Human Rights Defenders",
        "title_variants": [],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Overhead outlines; the date on overhead 1 (16 October 2004, Canadian English "
                 "written out). The 'What groups can do' overhead lists urgent actions, letters to "
                 "officials and lobbying of embassies, each counted; no country is the subject. The 1998 UN "
                 "Declaration is history.",
        "text": """Overhead 1
STANDING WITH HUMAN RIGHTS DEFENDERS
Ember Canada - Regional Training, Halifax, 16 October 2004

Overhead 2
Who is a human rights defender?
- Anyone who works peacefully for the rights of others
- Lawyers, journalists, trade unionists, community leaders, relatives
  of the disappeared
- Recognized in the UN Declaration on Human Rights Defenders (1998)

Overhead 3
What they face
- Threats and surveillance
- Arrest on false charges
- Smear campaigns
- Killings

Overhead 4
What groups can do
- Join the Urgent Action network: answer within 48 hours
- Write letters to the authorities and messages of support to defenders
- Lobby: meet the embassy staff of the countries concerned

Overhead 5
Discussion: which defender will your group support this year?
""",
    },
    # ------------------------------------------------------------------ 38
    {
        "id": "853", "split": "holdout8", "date": "1979-01-16", "date_form": "weekday-month-day-year",
        "type": "agenda",
        "subjects": ["prisoners of conscience", "urgent actions"],
        "title": "New Member Orientation",
        "title_variants": ["New Member Orientation: Agenda"],
        "title_devised": False,
        "audience": ["new members"], "language": "en", "places": [],
        "notes": "Evening programme with times: agenda. For new members (its heading). Sessions on "
                 "prisoner adoption and the UA network; 'What is Ember?' and joining a committee are "
                 "general. The next orientation (in April) is mentioned.",
        "text": """                        EMBER USA -- GROUP 23 -- BERKELEY

                           NEW MEMBER ORIENTATION

                  Tuesday, January 16, 1979, 7:00 p.m.
                  University Lutheran Chapel, 2425 College Ave.


      7:00   Welcome, name tags, introductions around the room

      7:15   What is Ember?  How the movement began, what it does
             and does not do, where the money comes from

      7:45   How adoption works: our three prisoners of conscience,
             the case file, what we write and to whom

      8:15   The Urgent Action Network: fast appeals when someone is
             in danger -- sign-up sheet at the door

      8:40   Which committee will you join?  (letters, publicity,
             fundraising, hospitality)

      9:00   Coffee and cookies

     Next orientation: the third Tuesday in April.
""",
    },
    # ------------------------------------------------------------------ 39
    {
        "id": "848", "split": "holdout8", "date": "2003-01-08", "date_form": "month-day-year",
        "type": "report",
        "subjects": ["coalition building", "group development", "group organizing",
                     "police and human rights"],
        "title": "Quarterly Report, October-December 2002",
        "title_variants": ["Quarterly Report", "Field Organizer Quarterly Report, October-December 2002"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["US"],
        "notes": "The report's own date of issue (Submitted January 8, 2003, at the end) wins over "
                 "the period October-December 2002 in its title. Sections: new groups "
                 "(group organizing), support to existing groups (group development), the police "
                 "brutality coalition work in US cities (police and human rights, coalition building, US).",
        "text": """EMBER USA -- SOUTHWEST FIELD OFFICE
Field Organizer Quarterly Report

QUARTERLY REPORT, OCTOBER-DECEMBER 2002

Organizer: Daniel Ortega-Reyes        Territory: AZ, NM, west TX

1. NEW GROUPS
Three new groups were started this quarter: Flagstaff (community),
New Mexico State University (student) and El Paso Community College
(student). I attended each group's first two meetings, helped them
choose coordinators and set up their meeting schedule, and registered
them with the national office.

2. SUPPORT TO EXISTING GROUPS
I visited nine of the territory's fourteen existing groups. Tucson and
Albuquerque held year-planning retreats with my help; Phoenix, which
had dropped to four active members, agreed to merge with the ASU
chapter for the spring. Two coordinator trainings were held (Nov. 9,
Dec. 7) on keeping members involved.

3. POLICE ACCOUNTABILITY
Following the shootings by police in Phoenix and the reports of
beatings of detainees at the Albuquerque jail, the Phoenix and
Albuquerque groups joined local coalitions for police accountability
with the ACLU chapters, LULAC and several churches. Ember's role has
been to bring international standards on the use of force. A community
hearing in Albuquerque on December 12 drew 220 people.

4. NEXT QUARTER
Spring regional conference planning; follow-up with the new groups.

Submitted January 8, 2003 (attachments: mileage log, group contact list)
""",
    },
    # ------------------------------------------------------------------ 40
    {
        "id": "833", "split": "holdout8", "date": None, "date_form": "none",
        "type": None,
        "subjects": ["vigils and demonstrations"],
        "title": "[Notes on planning a vigil]",
        "title_variants": ["[Notes on planning a candlelight vigil for Ahmadi]"],
        "title_devised": True,
        "audience": [], "language": "en", "places": [],
        "notes": "Loose handwritten-style notes with no heading: type null, devised title. 'Sat the "
                 "14th' has no month or year: date null.",
        "text": """vigil -- Sat the 14th?? check w/ Maria re permit

- candles 100 (Walgreens?) + cups
- banner: Ahmadi photo enlarged -- Kinko's
- who speaks?  Fr. Dolan 5 min, then silence
- call Channel 8 + Herald Thurs am
- leaflets 300 - Pete
- after: coffee at Dolan's parish hall

ask group to bring friends!!
Maria -- 555 7714 (eve)
""",
    },
]
