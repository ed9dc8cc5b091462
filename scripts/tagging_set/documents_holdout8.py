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
        "title_variants": ["Leeds Group 212 Minutes", "Ember UK Leeds Group 212 Minutes", "Leeds Group 212"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["KE"],
        "notes": "Minutes are report. The meeting date (7 March 1994, British) is the date; the "
                 "next meeting (11 April) and the 1991 arrest are mentioned. The adopted prisoner in "
                 "Kenya gives KE. The festival stall is for recruitment (its stated aim). The letters to be sent inside the "
                 "prisoner item are in passing (part of the case work). The initials line '8/3/94' is "
                 "the typing date, not the meeting's.",
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
        "title": "Online Organizing 101: Using the Web to Win Human Rights Campaigns",
        "title_variants": ["Online Organizing 101"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Date on the title slide (presentation at the AGM); the subtitle belongs to the heading. Slides on online petitions "
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
                 "wins over the RECEIVED stamp (OCT 9 1972) and the 1969 arrest. Addressed to a local "
                 "group: local groups. Paragraphs on running "
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
        "notes": "Flyer: date of the event (Sunday 10 December 2000). The headline is the title; the "
                 "slogan and the descriptive line under it are variants. The prisoners, disappeared "
                 "and people facing execution are one illustrative clause (in passing).",
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
        "title_variants": ["Acta de la reunión ordinaria del Grupo 7 (Guadalajara)"],
        "title_devised": False,
        "audience": [], "language": "es", "places": ["GT"],
        "notes": "Minutes are report. 15/03/1991 (Spanish, D/M/Y). Items: the adopted prisoner in "
                 "Guatemala (GT), the talk at the university (a human rights education talk with a "
                 "paragraph on preparing the speakers: public speaking), the raffle (fundraising). "
                 "The letters agreed inside the prisoner item are in passing. Next meeting 19/04/1991 and "
                 "the talk on 10 April are mentioned.",
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
    # ------------------------------------------------------------------ 41
    {
        "id": "807", "split": "holdout8", "date": "2007-03-12", "date_form": "email-header",
        "type": "letter",
        "subjects": ["extrajudicial executions", "human rights defenders", "letter writing"],
        "title": "[E-mail from the Mexico country coordinator to Group 15 asking for letters for human rights defenders in Oaxaca]",
        "title_variants": ["Oaxaca: defenders still at risk - letters needed",
                           "[Letter to Group 15 about human rights defenders in Oaxaca]"],
        "title_devised": True,
        "audience": ["local groups"], "language": "en", "places": ["MX"],
        "notes": "E-mail that opens 'Dear friends in Group 15' and is signed: a letter, devised title, "
                 "addressed to a local group (local groups). "
                 "Subject a variant. Paragraphs on threatened defenders, killings by police and "
                 "gunmen called extrajudicial executions, and the letters asked for. 2006 events are "
                 "mentioned.",
        "text": """From: Susan Marquardt <smarquardt@emberusa.org>
To: group15-list@emberusa.org
Date: March 12, 2007 4:18 PM
Subject: Oaxaca: defenders still at risk - letters needed

Dear friends in Group 15,

Thank you all for the letters you sent before Christmas. I am writing
because the situation in Oaxaca has not improved as much as the news
coverage (or the lack of it) might suggest.

Since the conflict of last year, at least twenty people have been
killed, several of them by police or by armed men who appeared to be
working with them. Ember regards a number of these killings as
extrajudicial executions, and not one of them has led to a prosecution.

Human rights defenders who documented these abuses are now the targets.
Two members of a local human rights committee have received death
threats by phone; a lawyer who represents detained teachers was
followed and photographed outside her home. Our Mexican colleagues ask
for international attention to protect them.

Could the group write, this month, to the Governor of Oaxaca and to the
federal Attorney General? The model letter and the addresses are
attached. Please keep letters short and courteous, ask for protection
measures for the defenders named, and for full investigations of the
killings. Copies to the Mexican Embassy in Washington.

Many thanks, and see you at the regional meeting,

Susan

--
Susan Marquardt
Mexico Country Coordinator, Ember USA
(617) 555-0129
""",
    },
    # ------------------------------------------------------------------ 42
    {
        "id": "817", "split": "holdout8", "date": "1981-09", "date_form": "us-numeric-month-year",
        "type": "worksheet",
        "subjects": ["fundraising", "group development", "recruitment"],
        "title": "Planning Your Group's Year: a worksheet for the fall meeting",
        "title_variants": ["Planning Your Group's Year"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Planning grid with blanks: worksheet. Footer '9/81' (US) -> 1981-09. Questions on "
                 "reviewing the past year and goals (group development), new members (recruitment) "
                 "and an income plan (fundraising). For groups, as its opening says.",
        "text": """PLANNING YOUR GROUP'S YEAR
a worksheet for the fall meeting

For local groups. Fill this out together at your first meeting of the
season and send a copy to your Area Coordinator.

A. LOOKING BACK
   1. What did the group do well last year? _____________________________
   2. What did not work? ________________________________________________
   3. How many members came to most meetings? ______ How many a year ago? ______

B. GOALS FOR THIS YEAR
   4. Our three goals:
      (1) ______________________________________________________________
      (2) ______________________________________________________________
      (3) ______________________________________________________________

C. NEW MEMBERS
   5. How many new members do we want by June? ______
   6. Where will we find them? (church, campus, fair, friends) __________
   7. Who will welcome them and give them a job? ________________________

D. MONEY
   8. Our expenses this year:   postage $______  dues to national $______
                                 other $______          TOTAL $______
   9. Our income plan:          members' pledges $______  benefit event $______
                                 collections $______      TOTAL $______

E. WHO DOES WHAT
   Coordinator ______________  Treasurer ______________  Case file ______________

Ember USA Groups Department                                            9/81
""",
    },
    # ------------------------------------------------------------------ 43
    {
        "id": "813", "split": "holdout8", "date": "1998-11-14", "date_form": "spanish-day-range",
        "type": "agenda",
        "subjects": ["armed conflict", "children's rights", "death penalty", "fundraising",
                     "human rights education", "public speaking"],
        "title": "Encuentro Nacional de Jóvenes",
        "title_variants": ["Encuentro Nacional de Jóvenes: Programa", "Programa: Encuentro Nacional de Jóvenes"],
        "title_devised": False,
        "audience": ["youth"], "language": "es", "places": [],
        "notes": "PROGRAMA separated from the heading by the date/venue line: a section label. Day "
                 "range 14 y 15 de noviembre de 1998 -> start. Sessions: children's rights and child "
                 "soldiers (armed conflict, the guidelines' example), the death penalty, speaking in "
                 "public, human rights at school, fundraising. A youth meeting -> youth.",
        "text": """BRASA INTERNACIONAL - SECCIÓN ARGENTINA
Red de Jóvenes


              ENCUENTRO NACIONAL DE JÓVENES

        Rosario, 14 y 15 de noviembre de 1998
        Colegio Nacional Nº 1, Bv. Oroño 1080

                        PROGRAMA

SÁBADO 14

  9.00    Acreditación y desayuno
 10.00    Apertura. Presentación de los grupos de cada provincia
 11.00    Los derechos del niño, diez años después de la Convención
 12.30    Almuerzo
 14.00    Talleres simultáneos:
            1. Niños soldado: la guerra contada por sus víctimas
            2. La pena de muerte en el mundo
 16.30    Merienda
 17.00    Cómo hablar en público: ejercicios prácticos
 21.00    Peña y fogón

DOMINGO 15

  9.30    Derechos humanos en la escuela: charlas, murales y clases
          especiales en tu colegio
 11.00    Cómo juntar fondos para tu grupo
 12.30    Plenario y conclusiones
 13.30    Almuerzo y despedida

Traer bolsa de dormir. Alojamiento en el gimnasio del Colegio.
""",
    },
    # ------------------------------------------------------------------ 44
    {
        "id": "826", "split": "holdout8", "date": "1990-02-03", "date_form": "day-month-year",
        "type": "evaluation form",
        "subjects": ["human rights education", "public speaking"],
        "title": "Speaking in Public: a training day for group speakers",
        "title_variants": ["Speaking in Public", "Course Evaluation: Speaking in Public",
                           "Speaking in Public: a training day for group speakers: Course Evaluation"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "COURSE EVALUATION is set as a separate label below the date/venue line of the heading: "
                 "treated as a section label, the joined forms variants. Questions on the speaking "
                 "skills and on giving talks in schools (human rights education). British date "
                 "3rd February 1990.",
        "text": """EMBER UK - SCOTLAND OFFICE
28 Elmbank Street, Glasgow G2 4PF

SPEAKING IN PUBLIC: A TRAINING DAY FOR GROUP SPEAKERS
Saturday 3rd February 1990, Renfield Centre, Glasgow

                       COURSE EVALUATION

Please circle one number for each statement (1 = strongly disagree,
5 = strongly agree).

 a. I now know how to structure a twenty-minute talk.       1  2  3  4  5
 b. The exercise on handling hostile questions was useful.  1  2  3  4  5
 c. I feel more confident about using my voice and notes.   1  2  3  4  5
 d. I am ready to give a talk on human rights to a school
    class (S3-S6).                                          1  2  3  4  5
 e. The tutors gave me useful feedback on my practice talk. 1  2  3  4  5

What was the best part of the day?

 .......................................................................

What would you change?

 .......................................................................

Would you be willing to join the Scotland speakers' panel?  YES / NO

Name (optional) .................................  Group ..................
""",
    },
    # ------------------------------------------------------------------ 45
    {
        "id": "844", "split": "holdout8", "date": "1983-05-27", "date_form": "french-written-date",
        "type": "flyer",
        "subjects": ["disappearances", "vigils and demonstrations"],
        "title": "Veillée aux chandelles pour les disparus d'Amérique latine",
        "title_variants": ["Veillée aux chandelles", "Pour les disparus d'Amérique latine"],
        "title_devised": False,
        "audience": [], "language": "fr", "places": [],
        "notes": "Poster with headline, no salutation: flyer, dated by its event (vendredi 27 mai "
                 "1983). The countries are a list in one line with no content: no places. The "
                 "Semaine des disparus is part of the event.",
        "text": """

           VEILLÉE AUX CHANDELLES

      pour les disparus d'Amérique latine


         Vendredi 27 mai 1983, 20 h
         Square Saint-Louis, Montréal


   Ils étaient étudiants, syndicalistes, journalistes, mères de famille.
   Un jour des hommes armés sont venus les chercher. Depuis, personne
   ne sait où ils sont.

      Argentine - Chili - Guatemala - Salvador - Uruguay - Honduras

   Venez en silence, avec une chandelle, pour dire aux familles qu'elles
   ne sont pas seules, à l'occasion de la Semaine internationale des
   détenus-disparus.


            BRAISE INTERNATIONALE - SECTION QUÉBÉCOISE
                     Renseignements : 555-0719
""",
    },
    # ------------------------------------------------------------------ 46
    {
        "id": "841", "split": "holdout8", "date": "1993-06-08", "date_form": "month-day-year",
        "type": "memo",
        "subjects": ["facilitation"],
        "title": "New facilitation module and trainer certification",
        "title_variants": ["[Memo to the Training Corps about the new facilitation module and trainer certification]"],
        "title_devised": False,
        "audience": ["trainers"], "language": "en", "places": [],
        "notes": "Memo to the Training Corps: trainers. The module on facilitation skills is its "
                 "subject. Deadlines (July 15, the October retreat) are mentioned.",
        "text": """EMBER USA
TRAINING DEPARTMENT

MEMORANDUM

TO:       Members of the Training Corps
FROM:     Linda Esposito, Training Coordinator
DATE:     June 8, 1993
RE:       New facilitation module and trainer certification

Over the past year many of you told us that the hardest part of leading
a workshop is not the content but the room: the participant who talks
too much, the silent group, the session that runs an hour over.

We have therefore written a new module, "Facilitating for Action," which
all trainers will take before leading workshops in 1994. It covers:

   - setting ground rules and opening a session;
   - asking open questions and using silence;
   - managing time and the "parking lot";
   - handling conflict and dominant participants;
   - closing with clear next steps.

Certification: to remain on the trainers' roster, each of you will
co-facilitate one session with a senior trainer and be observed.

Please send me your preferred dates for the module (three are offered)
by July 15. The first session will be at the October trainers' retreat.

LE:ms
""",
    },
    # ------------------------------------------------------------------ 47
    {
        "id": "821", "split": "holdout8", "date": "1987-09-05", "date_form": "day-range",
        "type": "report",
        "subjects": ["indigenous peoples", "lobbying"],
        "title": "Report of the Workshop on Indigenous Peoples' Rights",
        "title_variants": ["Workshop on Indigenous Peoples' Rights"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["CA"],
        "notes": "No issue date: the workshop's days (5-6 September 1987) give the start. About "
                 "indigenous peoples in Canada, with a recommendation and session on lobbying the "
                 "federal government (CA).",
        "text": """EMBER CANADA

REPORT OF THE WORKSHOP ON INDIGENOUS PEOPLES' RIGHTS
held at the University of Winnipeg, 5-6 September 1987

Participants: 34 members from the Prairie groups, with guests from the
Assembly of Manitoba Chiefs and the Native Women's Association.

1. Background
The section has until now worked almost only on cases abroad. Members
at the 1986 AGM asked for a first look at the rights of Aboriginal
peoples in Canada, including the land claims and the conditions of
First Nations people in provincial jails.

2. What we heard
Guests spoke about the lack of clean water and housing on reserves,
the over-representation of Aboriginal people in prisons, the denial of
land and treaty rights, and the residential schools. Several
participants said they had never heard these accounts before.

3. Lobbying
A session with a former MP looked at how the section could raise these
issues with the federal government: meeting Members of Parliament of
all parties, a brief to the Standing Committee on Aboriginal Affairs,
and support for the constitutional conferences on aboriginal
self-government.

4. Recommendations
 (a) that the Board set up a working group on indigenous peoples;
 (b) that the section prepare a brief for Parliament within a year;
 (c) that groups invite indigenous speakers to their communities.

Report prepared by the workshop secretary, Marian Bell.
""",
    },
    # ------------------------------------------------------------------ 48
    {
        "id": "845", "split": "holdout8", "date": "2009", "date_form": "copyright",
        "type": "handout",
        "subjects": ["police and human rights", "vigils and demonstrations"],
        "title": "Know Your Rights on a Protest: Police powers in England and Wales",
        "title_variants": ["Know Your Rights on a Protest"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["GB"],
        "notes": "Tip sheet, (c) 2009. About police powers at protests in England and Wales (police "
                 "and human rights, vigils and demonstrations, GB). The G20 protests of April 2009 "
                 "are mentioned.",
        "text": """KNOW YOUR RIGHTS ON A PROTEST
Police powers in England and Wales

After the G20 protests in London in April 2009, many members have asked
what the police may and may not do at a demonstration. This sheet is a
summary, not legal advice.

>> Stop and search
   Police may stop and search you if they reasonably suspect you carry a
   weapon or prohibited item, and in some areas without suspicion. Ask
   under which power you are being searched, and ask for a record.

>> Containment ("kettling")
   Police may hold a crowd in one place to prevent disorder. Ask an
   officer when and where you may leave. Stay calm; keep water with you.

>> Photographs and identification
   You may photograph police officers in a public place. Officers on
   public order duty should display their identification numbers; note
   the numbers of any officer you see using force.

>> If you are arrested
   Give your name and address. Say nothing else until you have spoken to
   a solicitor. Carry the number of a legal observer's helpline.

>> After the event
   Write down what you saw as soon as you can. Complaints go to the
   Independent Police Complaints Commission.

Planning a peaceful protest or vigil? Tell the police beforehand when
the law requires it (marches need six days' notice).

(c) Ember UK 2009  |  www.emberuk.org.uk
""",
    },
    # ------------------------------------------------------------------ 49
    {
        "id": "824", "split": "holdout8", "date": "1973-03", "date_form": "month-year",
        "type": "newsletter",
        "subjects": ["campaigning", "freedom of religion", "fundraising", "group organizing",
                     "prisoners of conscience", "torture"],
        "title": "Le Flambeau",
        "title_variants": ["Le Flambeau, n° 3, mars 1973", "Le Flambeau: bulletin de la section belge"],
        "title_devised": False,
        "audience": [], "language": "fr", "places": ["GR", "SU"],
        "notes": "Issue mars 1973. Items: Greek prisoners (prisoners of conscience, GR), the torture "
                 "campaign (campaigning, torture), Baptists imprisoned in the USSR for their faith "
                 "(freedom of religion, prisoners of conscience, SU), new groups in Liège "
                 "(group organizing), dues (fundraising). The petition inside the campaign item and the "
                 "writing asked for inside the Baptists item are in passing. December 1972 is mentioned.",
        "text": """                               LE FLAMBEAU
              Bulletin de la section belge de Braise Internationale
              n° 3                                        mars 1973
========================================================================

GRÈCE : NOS PRISONNIERS

Six ans après le coup d'État des colonels, plus de trois cents
prisonniers politiques sont encore détenus en Grèce. Les groupes de
Bruxelles et de Namur travaillent pour deux d'entre eux, un avocat et
un étudiant condamnés pour avoir distribué des tracts. Tous deux sont
des prisonniers d'opinion : ils n'ont jamais usé de violence.

LA CAMPAGNE CONTRE LA TORTURE

Lancée en décembre 1972 par le mouvement international, notre campagne
pour l'abolition de la torture entre dans sa phase belge : une pétition
aux Nations Unies circule dans toutes les paroisses et universités, et
une exposition sera présentée à Bruxelles puis à Liège. Chaque groupe
recevra un dossier sur les pays où la torture est pratiquée.

URSS : DES CROYANTS EN PRISON

Au moins quarante baptistes sont détenus en Union soviétique pour avoir
enseigné la religion à des enfants ou imprimé des textes religieux sans
autorisation. La section demande aux membres d'écrire au Procureur
général de l'URSS pour demander leur libération et la liberté de culte.

NOUVEAUX GROUPES À LIÈGE

Deux groupes se sont formés à Liège, l'un à l'Université, l'autre au
quartier d'Outremeuse. Ils se réunissent chaque quinzaine et cherchent
encore un local.

COTISATIONS

Pensez à renouveler votre cotisation pour 1973 (250 F, étudiants 100 F)
au CCP 000-1234567-89. La section ne vit que des cotisations et des
dons de ses membres.

Braise Internationale, section belge - rue du Marteau 19 - 1040 Bruxelles
""",
    },
    # ------------------------------------------------------------------ 50
    {
        "id": "823", "split": "holdout8", "date": "2010-02", "date_form": "spanish-month-year",
        "type": "trainer guide",
        "subjects": ["racial discrimination", "refugees"],
        "title": "Guía para facilitadores: Taller «Nadie es ilegal»: discriminación racial y derechos de las personas migrantes",
        "title_variants": ["Taller «Nadie es ilegal»: discriminación racial y derechos de las personas migrantes",
                           "Nadie es ilegal", "Guía para facilitadores: Taller «Nadie es ilegal»"],
        "title_devised": False,
        "audience": ["local groups", "trainers"], "language": "es", "places": ["MX"],
        "notes": "Facilitators' guide (objectives, materials, steps): trainer guide for trainers, plus "
                 "the participants it names (members of local groups). "
                 "'Versión revisada, febrero de 2010' is the date. Racial discrimination and migrants "
                 "and refugees crossing Mexico (refugees; MX). The generic 'Guía para facilitadores' "
                 "precedes the heading on the same line: kept as read.",
        "text": """BRASA INTERNACIONAL - SECCIÓN MEXICANA - Área de Educación

GUÍA PARA FACILITADORES: TALLER «NADIE ES ILEGAL»:
DISCRIMINACIÓN RACIAL Y DERECHOS DE LAS PERSONAS MIGRANTES

Duración: 3 horas      Participantes: 15 a 25 integrantes de grupos locales

Objetivos
  - Reconocer los prejuicios raciales hacia las personas migrantes de
    Centroamérica que cruzan México.
  - Conocer los derechos de migrantes, solicitantes de asilo y refugiados.
  - Planear una acción del grupo.

Materiales: papelógrafo, plumones, tarjetas de colores, copias del
Anexo 1 (testimonios) y del Anexo 2 (derechos básicos).

Desarrollo

1. Bienvenida y encuadre (15 min). Presente los objetivos. Acuerden
   reglas de respeto.

2. «¿Qué escuchamos?» (30 min). Pida a cada participante que escriba en
   una tarjeta una frase que haya oído sobre los migrantes
   centroamericanos. Péguelas en la pared. Pregunte: ¿cuáles se refieren
   al color de la piel, al origen o a la forma de hablar? Explique qué
   es la discriminación racial.

3. Testimonios (45 min). Divida en grupos de cinco. Cada grupo lee un
   testimonio del Anexo 1 (una mujer hondureña en Tapachula, un joven
   guatemalteco detenido en una estación migratoria, una familia
   salvadoreña que pide refugio). Preguntas: ¿qué derechos fueron
   violados? ¿quién es responsable?

4. Receso (15 min).

5. Nuestros derechos (30 min). Exponga el Anexo 2: derecho a solicitar
   asilo, a no ser devuelto a un país donde corre peligro, a la no
   discriminación, al debido proceso.

6. ¿Qué hacemos? (35 min). Cada grupo propone una acción: visita a un
   albergue, charla en una escuela, carta a las autoridades.

7. Cierre y evaluación (10 min).

Nota para quien facilita: algunos participantes pueden haber vivido la
migración. Nunca los obligue a contar su historia.

                                        Versión revisada, febrero de 2010
""",
    },
    # ------------------------------------------------------------------ 51
    {
        "id": "837", "split": "holdout8", "date": None, "date_form": "none",
        "type": "sign-in sheet",
        "subjects": [],
        "title": "Feuille de présence",
        "title_variants": [],
        "title_devised": False,
        "audience": [], "language": "fr", "places": [],
        "notes": "Blank sign-in sheet with no event name and the date left blank: no subjects, date "
                 "null. The generic heading is all it has: transcribed.",
        "text": """Braise Internationale - section belge - Groupe 18 (Louvain-la-Neuve)

                        FEUILLE DE PRÉSENCE

Réunion du : ____ / ____ / ________

  Nom et prénom              Adresse / courriel               Signature
  -------------------------  -------------------------------  -----------
  
  -------------------------  -------------------------------  -----------
  
  -------------------------  -------------------------------  -----------
  
  -------------------------  -------------------------------  -----------
  
  -------------------------  -------------------------------  -----------
  
  -------------------------  -------------------------------  -----------
  
  -------------------------  -------------------------------  -----------
""",
    },
    # ------------------------------------------------------------------ 52
    {
        "id": "840", "split": "holdout8", "date": "1985-07-22", "date_form": "month-day-year",
        "type": "letter",
        "subjects": ["fundraising", "group development"],
        "title": "[Letter from the Great Lakes regional director to the coordinator of Group 140 about the group's fundraising and planning]",
        "title_variants": ["[Letter to Group 140 about its fundraising and its plans for the year]"],
        "title_devised": True,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Letter with salutation and signature; July 22, 1985 dateline, FILE COPY and cc noise. "
                 "Paragraphs on the group's benefit and income (fundraising) and on its planning "
                 "retreat and keeping members (group development). Written to a local group's coordinator "
                 "about the group: local groups, as for the other letters to one group. The September "
                 "retreat date is mentioned.",
        "text": """FILE COPY

EMBER USA
Great Lakes Regional Office
53 W. Jackson Blvd., Room 1120, Chicago, Illinois 60604
(312) 555-0166


July 22, 1985


Mr. Terrence Hollis
Coordinator, Group 140
2217 Oakwood Drive
Kalamazoo, MI 49008


Dear Terry,

Congratulations to Group 140 on the spring benefit! $1,860 from one
evening is the best result of any group in the region this year, and
I know how much work Margaret and the committee put into it. Your
national dues are now paid in full, and the region is grateful for the
extra $300 towards the trainers' travel fund. If you would be willing
to write up how you organized the dinner and the silent auction, I
would like to share it with other groups.

I was also glad to hear that the group has decided to hold a planning
retreat in September. You mentioned that attendance has dropped from
fifteen to eight since the winter. This happens to most groups after
a big event; the retreat is a good moment to ask members what they
want to do, to share out the work more evenly, and to give the newer
members a real job. I would be happy to come and facilitate if you
wish; let me know the date.

With warm regards,


Patricia Wendt
Regional Director

PW:dk
cc: Area Coordinator, SW Michigan
""",
    },
    # ------------------------------------------------------------------ 53
    {
        "id": "835", "split": "holdout8", "date": "1996", "date_form": "edition-line",
        "type": "manual",
        "subjects": ["facilitation"],
        "title": "Trainer's Manual",
        "title_variants": ["Ember USA Training Corps Trainer's Manual", "Training Corps Trainer's Manual"],
        "title_devised": False,
        "audience": ["trainers"], "language": "en", "places": [],
        "notes": "Manual with contents and chapters, for trainers. 'Third edition, 1996' wins over "
                 "'first published 1989'. All chapters are about leading sessions: facilitation. "
                 "Designing a workshop and evaluation are part of that skill here.",
        "text": """                        EMBER USA TRAINING CORPS

                            TRAINER'S MANUAL

                  Third edition, 1996 (first published 1989)

\f
TABLE OF CONTENTS

   Chapter 1   How adults learn ...................................  1
   Chapter 2   Facilitation techniques ............................  6
   Chapter 3   Designing a workshop ............................... 14
   Chapter 4   Difficult moments and difficult participants ....... 22
   Chapter 5   Evaluating your session ............................ 28

\f
CHAPTER 1   HOW ADULTS LEARN

Adults come to a workshop with experience. They learn best when they
can connect new material to what they already know, when they practice
rather than listen, and when they can use what they learn the next day.
A good Ember training is therefore short on lectures and long on
exercises: role plays, case studies, small-group planning.

CHAPTER 2   FACILITATION TECHNIQUES

The facilitator's job is to help the group do its work, not to be the
expert. Open every session with the objectives and the ground rules.
Ask open questions ("What would you do?") and wait: silence is your
friend. Summarize often. Write participants' words on the flipchart,
not your own. Use the "parking lot" for questions that would take the
session off course.

\f
CHAPTER 3   DESIGNING A WORKSHOP

Start from what participants must be able to do at the end. Choose one
activity per objective. Allow twice as long as you think for small-group
work and report-backs.

CHAPTER 4   DIFFICULT MOMENTS AND DIFFICULT PARTICIPANTS

The participant who dominates, the one who is silent, the expert who
disagrees with everything: thank, redirect, and if necessary speak to
the person at the break.

CHAPTER 5   EVALUATING YOUR SESSION

Use the standard evaluation form, read the forms the same evening, and
send a one-page report to the Training Department within two weeks.

                                                                    ii
""",
    },
    # ------------------------------------------------------------------ 54
    {
        "id": "827", "split": "holdout8", "date": "2005-04-16", "date_form": "us-numeric",
        "type": "worksheet",
        "subjects": ["campaign planning", "lobbying"],
        "title": "Know Your Target: Power Mapping Worksheet",
        "title_variants": ["Power Mapping Worksheet", "Know Your Target"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["US"],
        "notes": "Running line 'Ember USA Lobby Training -- 4/16/05' (US, M/D/Y) gives the date; not "
                 "the title. Power mapping of a Member of Congress: campaign planning and lobbying; "
                 "Congress -> US.",
        "text": """Ember USA Lobby Training -- 4/16/05 -- Washington, DC

KNOW YOUR TARGET: POWER MAPPING WORKSHEET

Your target is the person who can give you what you want. For this
training, your target is your own Member of Congress.

1. Name of your Representative or Senator: ______________________________

2. Committees he/she sits on: __________________________________________

3. How did he/she vote on human rights issues last session?
   _____________________________________________________________________

4. Who influences this Member? Rate each from 1 (little) to 5 (a lot):

     Constituents in the district       ____
     Major donors                       ____
     Local newspaper editorial board    ____
     Religious leaders                  ____
     Business community                 ____
     Other: ________________            ____

5. Which of these can your group reach? How? ____________________________
   _____________________________________________________________________

6. What is your ask? (one sentence) _____________________________________

7. Next step and date: __________________________________________________
""",
    },
    # ------------------------------------------------------------------ 55
    {
        "id": "829", "split": "holdout8", "date": "1976-02-09", "date_form": "us-numeric",
        "type": "report",
        "subjects": ["fair trials", "fundraising", "letter writing", "prisoners of conscience",
                     "recruitment"],
        "title": "Minutes of Group Meeting",
        "title_variants": ["Group 18: Minutes of Group Meeting"],
        "title_devised": False,
        "audience": [], "language": "en", "places": ["ZA"],
        "notes": "Minutes are report; meeting 2/9/76 (US, M/D/Y). Items: the adopted prisoner in South "
                 "Africa and the unfair trial (prisoners of conscience, fair trials, ZA), the "
                 "letter-writing table, the bake sale, the recruitment drive. Next meeting 3/8/76 "
                 "mentioned.",
        "text": """EMBER USA GROUP 18 -- ANN ARBOR, MICHIGAN

MINUTES OF GROUP MEETING
2/9/76, 7:30 p.m., Guild House, 802 Monroe St.

Present: 14 (list in file).  Chair: R. Feldman.  Minutes: C. Baird.

1. Our prisoner. Joel Mokoena, a teacher from Soweto, adopted by the
   group last fall, was tried in December under the Suppression of
   Communism Act. Our correspondent reports that the trial lasted two
   days, that his lawyer was given the charge sheet only the morning it
   opened, and that the only evidence was the statement of a police
   informer who was not made available for cross-examination. He was
   sentenced to five years. Group to write to the Minister of Justice
   asking for his release and protesting the conduct of the trial.

2. Letter-writing table at the Michigan Union. Will be held every
   Thursday noon in February and March. Sue will bring paper and
   addresses; we need two people each week. Aim: 50 letters a week.

3. Treasury. Balance $212.45. Bake sale on Feb. 28 (Jim, Dana, Ellen).

4. Membership drive. Group has 14 active members, needs 25. Agreed to
   put posters in the dorms, give a short talk at three churches and
   announce meetings in the Michigan Daily.

5. Next meeting 3/8/76.

                                                                   CB
""",
    },
    # ------------------------------------------------------------------ 56
    {
        "id": "857", "split": "holdout8", "date": "1991-09-19", "date_form": "weekday-month-day-year",
        "type": "flyer",
        "subjects": ["group organizing", "recruitment"],
        "title": "Start an Ember Group at Lincoln High!",
        "title_variants": ["Start an Ember Group at Lincoln High"],
        "title_devised": False,
        "audience": ["youth"], "language": "en", "places": [],
        "notes": "Poster calling students to a first meeting: flyer, dated by the meeting "
                 "(Thursday, September 19, 1991). Starting a school group (group organizing) and a "
                 "call to join (recruitment); high-school students -> youth.",
        "text": """

     *  *  *  START AN EMBER GROUP AT LINCOLN HIGH!  *  *  *


      Do you care about people jailed for what they believe?
      Want to DO something instead of just watching the news?


              FIRST MEETING

          Thursday, September 19, 1991
          3:15 p.m., Room 112 (Mr. Alvarez's room)


     Ember is a worldwide movement of people who write letters,
     hold events and speak out for prisoners of conscience.
     High school students all over the country have started
     groups. Now it's our turn!

     We will elect officers, pick our first action, and eat pizza.

               EVERYONE WELCOME -- BRING A FRIEND
""",
    },
    # ------------------------------------------------------------------ 57
    {
        "id": "809", "split": "holdout8", "date": "2003-08", "date_form": "us-numeric-month-year",
        "type": "handout",
        "subjects": ["online activism", "petitions"],
        "title": "Petitions That Work: tips for groups",
        "title_variants": ["Petitions That Work"],
        "title_devised": False,
        "audience": ["local groups"], "language": "en", "places": [],
        "notes": "Tip sheet 'for groups'; footer 8/03 (US, month/year) -> 2003-08. Sections on paper "
                 "petitions and online petitions (petitions, online activism).",
        "text": """PETITIONS THAT WORK
tips for groups

A petition is only as strong as its delivery. Before you start, know
who will receive it, when, and what you want them to do.

ON PAPER
 - Keep the petition text short: one paragraph, one demand.
 - Put the name and address of the person the petition is addressed
   to at the top of every sheet.
 - Columns: name, address, signature. Number the lines.
 - Take sheets everywhere: meetings, fairs, church, work.

ONLINE
 - Use the Ember USA action center, not a free petition site, so the
   signatures can be checked and delivered together.
 - Send the link in a personal e-mail to friends rather than posting it
   once; ask each to forward it to five people.
 - Post updates to signers: "We have 3,000 - help us reach 5,000."

DELIVERY
 - Ask for a meeting to hand over the signatures; invite the local
   press; take a photograph and send it to all signers.

Ember USA Field Department                                       8/03
""",
    },
    # ------------------------------------------------------------------ 58
    {
        "id": "860", "split": "holdout8", "date": "2006-09-14", "date_form": "day-month-year",
        "type": "letter",
        "subjects": ["arms control", "campaigning", "lobbying", "petitions"],
        "title": "[Letter from the Ember UK arms campaign officer to group contacts launching the Arms Trade Treaty action]",
        "title_variants": ["Arms Trade Treaty: action for groups this autumn",
                           "[Letter to group contacts about the Arms Trade Treaty campaign]"],
        "title_devised": True,
        "audience": ["local groups"], "language": "en", "places": ["GB"],
        "notes": "Letter 'Dear Group Contact' with signature: devised title, Re: line a variant. "
                 "Presents the campaign's autumn phase (campaigning) on an arms trade treaty (arms "
                 "control); list of actions: write to or visit the MP to sign a motion (lobbying, UK "
                 "Parliament -> GB; taken as lobbying, not letter writing), collect petition signatures "
                 "(petitions); the stall is not a demonstration. The UN vote in October is mentioned.",
        "text": """Ember UK
17 Farringdon Lane  London EC1R 3AU  Tel 020 7555 0192  www.emberuk.org.uk

14 September 2006

Re: Arms Trade Treaty: action for groups this autumn

Dear Group Contact,

Every year guns, ammunition and military equipment sold with no real
controls end up in the hands of those who use them to kill, torture
and terrorise civilians. Ember, with its partners in the Control Arms
coalition, is calling for a legally binding international Arms Trade
Treaty, and this autumn is the moment: in October the UN General
Assembly will vote on whether to begin work on one.

The UK government has said it supports a treaty. We need to make sure
it keeps its word and pushes for a strong one. Please:

  *  write to or visit your MP, asking him or her to sign Early Day
     Motion 2214 and to press the Foreign Office for a treaty with no
     loopholes;

  *  collect signatures on the enclosed "Million Faces" petition sheets
     and return them to us by 6 October;

  *  hold a stall or photo event in your town centre with the campaign
     banner (available on loan from the office).

The enclosed campaign guide has background, model letters and press
release templates.

Thank you for all you do.

Yours sincerely,

Oliver Brandt
Arms Campaign Officer

Enc.
""",
    },
    # ------------------------------------------------------------------ 59
    {
        "id": "810", "split": "holdout8", "date": "2007-06", "date_form": "month-year",
        "type": "report",
        "subjects": ["fundraising", "group development", "online activism", "recruitment"],
        "title": "How Are Our Groups Doing? Results of the 2007 Local Group Survey",
        "title_variants": ["How Are Our Groups Doing?", "Results of the 2007 Local Group Survey",
                           "How Are Our Groups Doing? Results of the Local Group Survey"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Survey results: report, issued June 2007 (the survey of February-March is the "
                 "period). Sections on meetings and activity (group development), new members "
                 "(recruitment), money (fundraising), e-mail and web use (online activism). The year "
                 "in the subtitle belongs to the heading.",
        "text": """EMBER USA -- GROUPS AND FIELD DEPARTMENT

HOW ARE OUR GROUPS DOING?
Results of the 2007 Local Group Survey

June 2007

The survey was sent to all 312 registered community groups in February
and March; 201 groups (64%) answered.

1. Activity
   - 71% meet at least monthly; 18% meet "when there is something to do".
   - The median group has 9 active members (11 in 2002).
   - Groups that plan their year at a retreat or planning meeting report
     more actions and fewer members dropping out.

2. New members
   - 58% of groups gained fewer than three new members last year.
   - The most successful recruitment methods: personal invitation (cited
     by 64%), tables at community events (41%), the group's website (22%).

3. Money
   - Groups' median income was $640, mainly from members' donations and
     one yearly benefit; 12% received a small grant from a local
     foundation or church.

4. E-mail and the web
   - 88% use an e-mail list for members; 35% have a website or blog;
     27% have used the national online action center with the public.

Recommendations to the Board appear on the last page.
""",
    },
    # ------------------------------------------------------------------ 60
    {
        "id": "834", "split": "holdout8", "date": "1972-10-14", "date_form": "day-month-year",
        "type": "agenda",
        "subjects": ["campaigning", "fundraising", "media work", "prisoners of conscience", "torture"],
        "title": "National Groups Conference 1972",
        "title_variants": ["National Groups Conference", "National Groups Conference 1972: Programme"],
        "title_devised": False,
        "audience": [], "language": "en", "places": [],
        "notes": "Programme with times: agenda. The year belongs to the heading. No audience: the "
                 "programme is not addressed to a kind of reader. British date "
                 "Saturday 14th October 1972. Sessions: adoption work, the proposed campaign against "
                 "torture (a campaign session: campaigning, torture), publicity, fund-raising. The fee deadline is mentioned.",
        "text": """EMBER -- BRITISH SECTION

NATIONAL GROUPS CONFERENCE 1972

Saturday 14th October 1972
Carrs Lane Church Centre, Birmingham


PROGRAMME

10.30   Registration and coffee

11.00   Chairman's welcome

11.15   Adoption work: the year in review, and the new case sheets for
        prisoners of conscience (Eileen Marsh, Prisoners Department)

12.30   Lunch

 1.45   Torture: the case for an international campaign against
        torture, and what groups could do (Rev. Peter Lancing)

 3.00   Tea

 3.15   Discussion groups:
          (a) Getting your group into the local press
          (b) Fund-raising: coffee mornings, sales and covenants

 4.30   Report-back and close


Conference fee 50p, payable at the door or in advance to the
Groups Secretary by 30th September.
""",
    },
]
