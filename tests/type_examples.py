"""Documents of every type, and of none, in English, Spanish and French: how each type's form
looks in real training material (tests/test_tagging_types.py reads them).

Written for the type rules' tests, in the styles of docs/labelling-guidelines.md's type
definitions, by the person who wrote the rules (not the independent labelled set of
scripts/tagging_set/).  Each is (name, type or None, text); pages are separated by form
feeds.  The names say the type and the language or the variant: "ag-fr" is an agenda in
French, "nu-cert-en" a certificate (no type).
"""

EXAMPLES = [
    ('ag-fr', 'agenda', """\
RÉUNION RÉGIONALE DES GROUPES DE L'OUEST
Nantes, samedi 14 mars 1992

 9h00   Accueil des participants, café
 9h30   Tour de table : les nouvelles des groupes
10h15   Les prisonniers d'opinion : comment suivre un dossier
11h30   Pause
11h45   Atelier : écrire aux autorités
12h30   Déjeuner
14h00   Préparation de la journée du 10 décembre
16h00   Questions diverses et clôture
"""),
    ('ag-noTimes', 'agenda', """\
GROUP 31 -- MONTHLY MEETING
Thursday, October 8, 1981, 7:30 pm, Friends Meeting House

1. Approval of last month's minutes
2. Treasurer's report
3. Our prisoner: letters sent, replies received
4. Urgent actions this month
5. Human Rights Day stall -- volunteers needed
6. Any other business
7. Date of next meeting
"""),
    ('ag-es-sessions', 'agenda', """\
ENCUENTRO DE JÓVENES ACTIVISTAS
Sevilla, 7 y 8 de mayo de 2004

SÁBADO 7
Mañana     Bienvenida y presentaciones
           Sesión 1: ¿Qué son los derechos humanos?
Tarde      Sesión 2: Cómo organizar un grupo en tu instituto
           Sesión 3: Campañas en internet

DOMINGO 8
Mañana     Sesión 4: Hablar en público
           Evaluación y despedida
"""),
    ('ag-en-day', 'agenda', """\
Student Leadership Weekend
Program

Friday evening
  7:00  Arrival and dinner
  8:00  Icebreakers

Saturday
  9:00  Why human rights? An introduction
 10:30  Running effective chapter meetings
 12:00  Lunch
  1:30  Planning a campus campaign
  3:30  Media skills: writing a press release
"""),
    ('ho-factsheet', 'handout', """\
TORTURE: THE FACTS

Torture is banned absolutely by international law. No war, no emergency
and no order from a superior can justify it. Yet reports of torture come
from more than half the world's countries.

Who is tortured?
Political prisoners, but also ordinary suspects, women and children held
by the police.

Why does it continue?
Because torturers are rarely brought to justice, and because it is done
in secret, far from lawyers and families.

What can you do?
 - Write to the authorities in cases of torture you read about.
 - Ask your government to ratify the Convention against Torture.
 - Join the urgent action network.
"""),
    ('ho-es', 'handout', """\
¿QUÉ ES UNA ACCIÓN URGENTE?

Cuando una persona está en peligro inmediato -- de tortura, de
desaparición o de ejecución -- la Red envía un llamamiento a miles de
voluntarios. Cada uno escribe enseguida una carta o un fax a las
autoridades del país.

¿Funciona? En uno de cada tres casos se recibe alguna noticia positiva:
un preso que recibe visitas, un juicio que se anuncia, una liberación.

¿Cómo participar?
  • Inscríbete en la red en la secretaría de tu grupo.
  • Recibirás dos o tres llamamientos al mes.
  • Escribe en los días siguientes: la rapidez es lo que cuenta.
"""),
    ('ho-fr', 'handout', """\
LES RÉFUGIÉS ET LE DROIT D'ASILE
Fiche pour les groupes locaux

Un réfugié est une personne qui a fui son pays parce qu'elle y craint
avec raison d'être persécutée. La Convention de Genève de 1951 interdit
de la renvoyer là où sa vie ou sa liberté serait menacée.

En France, la demande d'asile est examinée par l'OFPRA. Beaucoup de
demandeurs attendent des mois sans pouvoir travailler.

Ce que votre groupe peut faire :
  - accompagner les demandeurs dans leurs démarches ;
  - écrire aux députés sur les conditions d'accueil ;
  - organiser une soirée d'information dans votre ville.
"""),
    ('ho-tips', 'handout', """\
Ten Tips for Talking to Reporters

1. Know your one main message and repeat it.
2. Speak in short sentences; avoid jargon.
3. Have a local angle: a member, a prisoner's story, a local event.
4. Return calls quickly -- reporters work to deadlines.
5. Never say "no comment"; say you will find out.
6. Offer a photo opportunity.
7. Thank the reporter after the story runs.
8. Keep a list of the journalists who cover your issue.
9. Send a short press release before each event.
10. Practise with a friend before a live interview.
"""),
    ('tg-en', 'trainer guide', """\
SESSION 3: WRITING EFFECTIVE APPEALS

Objectives: By the end of the session participants will be able to write
a short, polite appeal letter to a government official.
Materials: case sheets, sample letters, paper and pens, flip chart.
Time: 1 hour 15 minutes

1. Introduction (10 minutes)
   Ask the group why letters work. Write answers on the flip chart.
2. Sample letters (20 minutes)
   Hand out the two sample letters. Ask participants which one they
   would rather receive, and why.
3. Writing (35 minutes)
   Divide into pairs. Each pair writes one appeal for the case on their
   sheet.
4. Wrap-up (10 minutes)
   Collect the letters for mailing. Remind everyone of the next meeting.
"""),
    ('tg-es', 'trainer guide', """\
TALLER: LOS DERECHOS DE LA INFANCIA
Notas para la persona que dinamiza

Objetivo: que los participantes conozcan la Convención sobre los
Derechos del Niño.
Material necesario: copias de la Convención, tarjetas, rotuladores.
Duración: 90 minutos.

Desarrollo:
1. Presente el taller y pida a cada participante que diga su nombre.
2. Forme grupos de cuatro. Entregue a cada grupo cinco tarjetas con
   situaciones y pídales que digan qué derecho se vulnera.
3. Puesta en común: cada grupo explica una tarjeta.
4. Cierre: pregunte qué pueden hacer en su centro escolar.
"""),
    ('tg-fr', 'trainer guide', """\
ATELIER « LA PEINE DE MORT »
Déroulement pour l'animateur

Objectifs : faire réfléchir les participants aux arguments pour et contre.
Matériel : tableau, feutres, fiches d'arguments.
Durée : 1 h 30

Étape 1 -- 15 min
Demandez aux participants de se placer le long d'une ligne selon leur
accord avec la phrase : « Certains crimes méritent la mort. »
Étape 2 -- 30 min
Répartissez les participants en petits groupes. Chaque groupe reçoit
une fiche d'arguments et prépare une réponse.
Étape 3 -- 20 min
Mise en commun. Notez au tableau les arguments les plus forts.
"""),
    ('ma-en', 'manual', """\
THE LOCAL GROUP HANDBOOK

Contents
 Part One: Starting a group ....................... 2
 Part Two: Working on cases ....................... 9
 Part Three: Raising money ....................... 17

\fPART ONE: STARTING A GROUP

A group needs at least five committed members. Hold an open meeting,
explain what the organisation does, and ask who would like to join.
Elect a coordinator, a treasurer and a case coordinator.

\fPART TWO: WORKING ON CASES

Each group is assigned one or two prisoners. The case coordinator keeps
the file, writes the monthly letters and reports to the group.

\fPART THREE: RAISING MONEY

Most groups pay their way with a few events a year: a book sale, a
concert, a sponsored walk.
"""),
    ('ma-fr', 'manual', """\
GUIDE DU MILITANT

Table des matières
 Chapitre 1. L'organisation et son mandat
 Chapitre 2. Le travail sur les dossiers
 Chapitre 3. Les actions urgentes
 Chapitre 4. La communication

Chapitre 1. L'organisation et son mandat

L'organisation travaille pour la libération des prisonniers d'opinion,
pour des procès équitables et contre la torture et la peine de mort.

Chapitre 2. Le travail sur les dossiers

Chaque groupe suit un ou deux dossiers. Le responsable de dossier écrit
chaque mois aux autorités et tient le groupe informé.
"""),
    ('ws-en', 'worksheet', """\
PLAN YOUR GROUP'S YEAR

Our group's main goal this year:
_______________________________________________________________

Three things we will do to reach it:
1. ____________________________________________________________
2. ____________________________________________________________
3. ____________________________________________________________

Who will be responsible?  ______________________________________

How will we know we have succeeded?
_______________________________________________________________
"""),
    ('ws-fr', 'worksheet', """\
EXERCICE : MON PREMIER COMMUNIQUÉ DE PRESSE

Complétez les cases ci-dessous avant de rédiger votre communiqué.

Qui ? .............................................................
Quoi ? ............................................................
Quand ? ...........................................................
Où ? ..............................................................
Pourquoi ? ........................................................

Votre titre (10 mots au plus) :
...................................................................
"""),
    ('ws-check', 'worksheet', """\
Which of these are human rights violations?
Tick the box if you think so, and say why.

[ ] A journalist is jailed for criticising the president.   Why? __________
[ ] A student is refused a place because of her religion.   Why? __________
[ ] A man is fined for parking on a sidewalk.                Why? __________
[ ] Police beat a suspect to make him confess.               Why? __________
[ ] A worker is fired for joining a union.                   Why? __________
"""),
    ('ev-es', 'evaluation form', """\
TALLER DE CAMPAÑAS -- Bilbao, 12 de marzo de 2005
CUESTIONARIO PARA LOS PARTICIPANTES

Valora de 1 (nada) a 5 (mucho):
  Los contenidos fueron útiles                 1   2   3   4   5
  El ritmo del taller fue adecuado             1   2   3   4   5
  Los materiales fueron claros                 1   2   3   4   5

¿Qué es lo que más te ha servido?


¿Qué cambiarías?


Gracias por tu opinión.
"""),
    ('ev-fr', 'evaluation form', """\
Votre avis sur la journée de formation

Êtes-vous satisfait(e) de :                Très   Assez   Peu   Pas du tout
  l'accueil                                 [ ]    [ ]    [ ]     [ ]
  les intervenants                          [ ]    [ ]    [ ]     [ ]
  les documents remis                       [ ]    [ ]    [ ]     [ ]

Qu'avez-vous appris de plus utile ?
.................................................................

Que faudrait-il améliorer ?
.................................................................
"""),
    ('ev-en-open', 'evaluation form', """\
HOW DID WE DO?
Please tell us what you thought of today's workshop.

Overall, the workshop was:   ( ) excellent  ( ) good  ( ) fair  ( ) poor

Which session was most useful to you? Why?


Was anything missing or unclear?


Would you recommend this workshop to a friend?   ( ) yes  ( ) no

Thank you! Please leave this sheet on the table by the door.
"""),
    ('si-fr', 'sign-in sheet', """\
FORMATION « ÉCRIRE AUX AUTORITÉS » -- Lyon, 5 février 1994

NOM            PRÉNOM         GROUPE            TÉLÉPHONE       SIGNATURE
Martin         Claire         Groupe 12         78 42 11 09
Benali         Karim          Groupe 12         78 60 23 41
Dupont         Hélène         Groupe 44
Rousseau       Marc           Groupe 7          78 91 04 12
"""),
    ('si-en-filled', 'sign-in sheet', """\
Urgent Action Network -- Regional Training, April 22, 1989

   Name                    Group / Town               Phone
   Mary Kowalski           Group 88, Pittsburgh       412-555-0193
   James O'Neill           Group 88, Pittsburgh       412-555-0144
   Denise Carter           Erie                       814-555-0120
   Robert Liu              Penn State chapter
   Sandra Okafor           Group 311, Harrisburg      717-555-0108
   Tom Walsh               Group 311, Harrisburg
"""),
    ('si-es', 'sign-in sheet', """\
Charla: Las desapariciones en Argentina
Salón parroquial, 18 de octubre de 1979

Por favor, escriba su nombre y dirección si desea recibir información.

Nombre                         Dirección                       Teléfono
1. ______________________      ___________________________     __________
2. ______________________      ___________________________     __________
3. ______________________      ___________________________     __________
4. ______________________      ___________________________     __________
"""),
    ('le-es', 'letter', """\
Red Internacional de Conciencia -- Grupo 9, Zaragoza

                                        Zaragoza, 3 de febrero de 1986

Estimados compañeros:

Os escribo para contaros que hemos recibido por fin respuesta del
Ministerio sobre el caso de nuestro preso. Dicen que su juicio se
celebrará en primavera. Es un paso, pero no podemos bajar la guardia.

Os pido que en la próxima reunión cada uno traiga dos cartas escritas.

Un abrazo,

Pilar Gómez
Coordinadora del grupo
"""),
    ('le-fr', 'letter', """\
                                        Toulouse, le 14 novembre 1977

Chers amis,

Nous avons appris avec joie la libération de Monsieur Okello, le
prisonnier que notre groupe suivait depuis trois ans. Il nous a fait
parvenir un mot de remerciement que vous trouverez ci-joint.

Merci à chacun pour les lettres envoyées pendant ces années. Le
secrétariat nous proposera bientôt un nouveau dossier.

Amitiés,

Jean-Paul Ferrand
"""),
    ('le-en-nosalute', 'letter', """\
                                                     June 3, 1996

Mr. Robert Hale
Principal, Lincoln High School
450 Elm Street
Springfield, IL 62704

Thank you for allowing our student group to hold its Human Rights Day
assembly in the school auditorium. More than three hundred students
attended, and forty signed up to write letters for prisoners.

We hope to hold the event again next year.

Sincerely yours,

Karen Whitfield
Faculty adviser, Lincoln High Human Rights Club
"""),
    ('le-official', 'letter', """\
                                                 12 September 1983

His Excellency the Minister of the Interior
Ministry of the Interior
Ankara, Turkey

Your Excellency,

I am writing to express my concern for Mehmet Yilmaz, a teacher held
without charge since May. I respectfully urge you to ensure that he is
not tortured, that he may see his family and a lawyer, and that he is
released unless charged with a recognizable criminal offence.

Yours respectfully,

Margaret Ellis
Group 19, Leeds, England
"""),
    ('me-es', 'memo', """\
NOTA INTERNA

Para:    Coordinadores de grupos locales
De:      Secretaría de Formación
Fecha:   17 de enero de 2001
Asunto:  Calendario de talleres del primer semestre

Adjuntamos el calendario de talleres de enero a junio. Os rogamos que
confirméis antes del 5 de febrero cuántas personas de vuestro grupo
asistirán a cada taller.
"""),
    ('me-fr', 'memo', """\
NOTE DE SERVICE

À :      Responsables régionaux
De :     Service de la formation
Date :   2 octobre 1995
Objet :  Nouveaux modules de formation

Les trois nouveaux modules (accueil des nouveaux membres, relations avec
la presse, actions urgentes) sont disponibles. Merci de faire connaître
vos besoins avant la fin du mois.
"""),
    ('me-en', 'memo', """\
MEMORANDUM

TO:      All trainers
FROM:    Training Committee
RE:      Updated evaluation forms
DATE:    March 2, 1990

Please use the enclosed evaluation form at all workshops from now on,
and send completed forms to the regional office within two weeks.
"""),
    ('fl-es', 'flyer', """\
           ¡NI UNA MÁS!
    VIGILIA POR LAS MUJERES DE CIUDAD JUÁREZ

         Viernes 25 de noviembre de 2005
               20:00 horas
           Plaza del Ayuntamiento

   Trae una vela. Entre todas y todos, rompamos el silencio.
"""),
    ('fl-fr', 'flyer', """\
           SOIRÉE DE SOUTIEN
     AUX PRISONNIERS D'OPINION

       Concert -- Exposition -- Buffet

      Samedi 12 mai 1990, à 20 h 30
         Salle des fêtes de Rennes

          Entrée libre -- venez nombreux !
"""),
    ('fl-en-meeting', 'flyer', """\
               CARE ABOUT HUMAN RIGHTS?

   Come to our first meeting and find out how you can help free
   prisoners of conscience around the world.

               Wednesday, September 14
               7 pm, Room 104, Student Center

               Everyone welcome -- free pizza!
"""),
    ('nl-es', 'newsletter', """\
LA VOZ DE LOS GRUPOS
Boletín interno de la Sección -- Número 27 -- Otoño de 1991

NOTICIAS DE LOS PRESOS
Dos de los presos adoptados por grupos de la Sección han sido puestos en
libertad este verano. El grupo de Oviedo recibió una carta de su preso.

CAMPAÑA CONTRA LA TORTURA
La campaña empieza en octubre. Cada grupo recibirá una carpeta con
materiales y una propuesta de actividades.

AGENDA
Asamblea general: 16 y 17 de noviembre, Madrid.
"""),
    ('nl-fr', 'newsletter', """\
LE LIEN
Lettre aux groupes -- n° 14 -- printemps 1984

ÉDITORIAL
Une année riche s'achève pour les groupes de la région.

NOUVELLES DES DOSSIERS
Le groupe de Dijon a reçu une lettre de la famille de son prisonnier.

FORMATION
Deux journées de formation auront lieu en juin à Besançon.
"""),
    ('nl-en', 'newsletter', """\
THE NORTHWEST ORGANIZER
News for groups in Oregon, Washington and Idaho          Spring 1978

NEW GROUP IN BOISE
Twelve people came to the first meeting of the Boise group in March.

CASE NEWS
Group 50's prisoner in Uruguay has been moved to a new prison.

FROM THE COORDINATOR
Thank you all for a record year of letters.

DATES TO REMEMBER
May 6 -- regional meeting, Portland
"""),
    ('re-minutes-en', 'report', """\
STEERING COMMITTEE
Minutes, 4 May 1988

Present: J. Adams (chair), B. Lowe, C. Moreno, D. Singh
Apologies: E. Forbes

1. The minutes of the last meeting were approved.
2. Budget: the treasurer reported a surplus of $1,200. It was agreed
   to spend $500 on new training materials.
3. Regional conference: C. Moreno will book the hall.

Action: D. Singh to write to all groups about the conference.
The meeting closed at 9.15 pm.
"""),
    ('re-acta-es', 'report', """\
ACTA DE LA ASAMBLEA DEL GRUPO 23
Valladolid, 9 de junio de 1990

Asistentes: Luis, Marta, Pedro, Rosa, Ana.

1. Se informa de la respuesta del Gobierno sobre nuestro preso.
2. Se acuerda organizar una mesa informativa en las fiestas del barrio.
3. Se aprueban las cuentas del semestre.

Se levanta la sesión a las 21:30.
"""),
    ('re-cr-fr', 'report', """\
COMPTE RENDU DE LA RÉUNION DU BUREAU
du 3 mars 1999

Présents : Anne, Bernard, Chantal, Didier
Excusée : Élise

1. Le bureau a examiné le budget de l'année. Décision : le budget est adopté.
2. Journée de formation : elle aura lieu le 15 mai.
3. Site internet : Didier présente la nouvelle page des actions urgentes.

Prochaine réunion : le 7 avril.
"""),
    ('re-workshop', 'report', """\
WHAT WE LEARNED: THE 1997 YOUTH TRAINING CAMP

Forty-two students from eleven schools took part in the camp, held at
Lake Geneva from July 7 to 11. Most had never attended a training
before.

The sessions on public speaking and on organizing a school group were
rated the most useful. The session on the death penalty led to the
liveliest debate.

Participants asked for more time for practical work and for a
follow-up meeting in the autumn. We recommend that next year's camp
keep the same length but add a day of practical exercises.
"""),
    ('sl-es', 'slides', """\
Diapositiva 1
LA PENA DE MUERTE EN EL MUNDO

Diapositiva 2
¿Cuántos países la han abolido?
  - Más de la mitad en la ley o en la práctica

Diapositiva 3
¿Qué podemos hacer?
  - Escribir a los gobiernos
  - Apoyar a los condenados
"""),
    ('sl-overhead', 'slides', """\
OVERHEAD #1
WHAT IS AN URGENT ACTION?

OVERHEAD #2
HOW IT WORKS
  * a person in danger
  * an appeal within hours
  * thousands of letters

OVERHEAD #3
YOUR PART
  * sign up
  * write within a week
"""),
    ('nu-cert-en', None, """\
                         CERTIFICATE OF COMPLETION

                           This certifies that

                              MARIA LOPEZ

              has completed the Basic Activist Training Course

                        Chicago, November 1993
"""),
    ('nu-cert-es', None, """\
                              DIPLOMA

        Se otorga el presente diploma a JUAN PÉREZ por haber participado
        en el Curso de Formación de Formadores celebrado en Granada
        del 4 al 8 de julio de 1999.
"""),
    ('nu-fragment', None, """\
of the prisoners held in the north, and the group agreed that the
letters should go on until there was news. Several members had written
to the embassy, and two had received polite replies saying the matter
was being looked into. It was decided to try the Ministry of Justice
next, and to ask the section office for a new address.
"""),
    ('nu-poem', None, """\
FOR THOSE WHO ARE NOT HERE

We light a candle for the ones
whose names we only read,
for voices in the cells at night,
for the living and the dead.
"""),
    ('nu-testimony-fr', None, """\
TÉMOIGNAGE

J'ai été arrêté en 1976, à la sortie de l'université. Pendant trois
semaines on m'a interrogé sans que je sache où j'étais. Aujourd'hui je
vis en France, et je raconte mon histoire pour que d'autres ne
l'oublient pas.
"""),
    ('b-ag1', 'agenda', """\
INTERNATIONAL CONSCIENCE NETWORK
Southern Region

ANNUAL REGIONAL MEETING
Atlanta, Georgia -- November 3-4, 1979

Saturday, November 3
  Morning     Registration and coffee
              Opening plenary: the state of the movement
  Afternoon   Workshops (choose one):
                A. Starting a new group
                B. Working with the press
                C. Raising money locally
  Evening     Film and discussion

Sunday, November 4
  Morning     Regional business meeting
              Election of regional coordinator
"""),
    ('b-ag2', 'agenda', """\
Réunion du groupe 17
Mardi 6 novembre 2007, 20 h, salle paroissiale

Ordre du jour :
 - Nouvelles de notre prisonnier
 - Bilan de la vente de livres
 - Préparation de la Journée des droits de l'homme
 - Questions diverses
"""),
    ('b-ag3', 'agenda', """\
TALLER REGIONAL DE FORMACIÓN
Quito, 22 de agosto de 1996

08:30 - 09:00   Inscripción
09:00 - 09:30   Palabras de bienvenida
09:30 - 11:00   Los derechos de los pueblos indígenas
11:00 - 11:15   Café
11:15 - 13:00   Trabajo en grupos
13:00 - 14:30   Almuerzo
14:30 - 16:00   Plenaria y conclusiones
"""),
    ('b-ho1', 'handout', """\
Writing to a Prisoner

A card or a letter can mean a great deal to someone in prison. It tells
the prisoner and the guards that the outside world is watching.

Keep it simple. Do not mention politics or the prisoner's case: the
letter may not reach him if you do. Write about your family, the
weather, your town. Send a postcard of where you live.

Do not expect a reply. Many prisoners are not allowed to write back,
and others fear to. Keep writing anyway.

                                  Produced by the Prisoner Support Team
"""),
    ('b-ho2', 'handout', """\
LA PENA DE MUERTE: DATOS BÁSICOS

• 139 países han abolido la pena de muerte en la ley o en la práctica.
• En 2008 se llevaron a cabo al menos 2.390 ejecuciones en 25 países.
• No existen pruebas de que la pena de muerte disuada más que la cárcel.
• Los errores judiciales son irreversibles.

La pena de muerte viola el derecho a la vida proclamado en la Declaración
Universal de Derechos Humanos. Nuestra organización se opone a ella en
todos los casos, sin excepción.
"""),
    ('b-ho3', 'handout', """\
                         BRIEFING
          Child Soldiers: the Facts

An estimated 300,000 children under 18 are fighting in armed conflicts
around the world. Some are as young as eight. Many are abducted; others
join to escape poverty or to avenge their families.

The Optional Protocol to the Convention on the Rights of the Child sets
18 as the minimum age for direct participation in hostilities.

Members can help by asking the government to ratify the Protocol and by
supporting programmes that help former child soldiers go back to school.
"""),
    ('b-tg1', 'trainer guide', """\
MODULE 3 -- INTRODUCING THE URGENT ACTION NETWORK
Notes for trainers

Purpose: to show new members how an urgent action works and to get them
to sign up.
You will need: three recent UA appeals, a map, sign-up cards.

Start by reading out one appeal. Ask the group what they think would
happen to the prisoner if nobody wrote.

Show on the map where this week's appeals come from. Explain that each
appeal goes to thousands of members within a day.

Give each participant a sign-up card and collect them before the break.
"""),
    ('b-tg2', 'trainer guide', """\
Guía de la sesión: Hablar en público

Antes de la sesión: prepare tres temas cortos escritos en tarjetas.

1. Calentamiento (10 min). Pida a los participantes que se presenten en
   treinta segundos.
2. Consejos (15 min). Repase los cinco consejos de la hoja.
3. Práctica (40 min). Divida al grupo en tríos. Cada persona habla dos
   minutos sobre un tema; los otros dos le dan su opinión.
4. Cierre (5 min). Pregunte qué ha sido lo más difícil.
"""),
    ('b-ma1', 'manual', """\
                    STUDENT ACTION HANDBOOK
                        Third edition, 2003

                          CONTENTS
    1. Getting started ......................................  2
    2. Running a meeting ....................................  5
    3. Actions that work ....................................  9
    4. Working with the media ............................... 14
    5. Fundraising .......................................... 18

\f1. GETTING STARTED

Find a faculty adviser and register your group with student activities.
Hold a first meeting early in the semester.

\f2. RUNNING A MEETING

Keep meetings to an hour. Have an agenda and stick to it.
"""),
    ('b-ma2', 'manual', """\
MANUAL DE LOS GRUPOS LOCALES

Capítulo 1: Quiénes somos
Capítulo 2: Cómo funciona un grupo
Capítulo 3: El trabajo con casos

CAPÍTULO 1: QUIÉNES SOMOS

Somos un movimiento de personas que trabajan por la liberación de los
presos de conciencia y contra la tortura y la pena de muerte.

CAPÍTULO 2: CÓMO FUNCIONA UN GRUPO

Cada grupo elige un coordinador, un tesorero y un responsable de casos.
"""),
    ('b-ws1', 'worksheet', """\
Media Skills Training -- April 1998

EXERCISE 2: YOUR SOUND BITE

In one sentence, what is the problem?


In one sentence, what should be done?


Who should do it?


Now say all three in less than 20 seconds. Time yourself.
"""),
    ('b-ws2', 'worksheet', """\
FICHE DE TRAVAIL -- LE BUDGET DU GROUPE

Recettes prévues                          Montant
  Cotisations                             ________ F
  Vente de livres                         ________ F
  Concert                                 ________ F
Dépenses prévues
  Timbres et papier                       ________ F
  Photocopies                             ________ F
"""),
    ('b-ev1', 'evaluation form', """\
Lobby Day Training -- Participant Feedback

Please circle the number that best describes your view.
(1 = strongly disagree, 5 = strongly agree)

The briefing on the bill was clear.              1  2  3  4  5
The role play prepared me for my meeting.        1  2  3  4  5
I would attend another lobby day.                1  2  3  4  5

What should we change next year?
__________________________________________________________
"""),
    ('b-ev2', 'evaluation form', """\
EVALUACIÓN

1. ¿Te ha parecido útil el taller?     Mucho ___  Bastante ___  Poco ___
2. ¿Qué tema te ha interesado más?
   ______________________________________________
3. ¿Qué echaste en falta?
   ______________________________________________
4. ¿Recomendarías el taller a otras personas?  Sí ___  No ___
"""),
    ('b-si1', 'sign-in sheet', """\
PLEASE SIGN IN!

Human Rights Day Open House -- December 10, 2002

NAME                      EMAIL                         WANT TO JOIN?
__________________________________________________________________
__________________________________________________________________
__________________________________________________________________
__________________________________________________________________
"""),
    ('b-si2', 'sign-in sheet', """\
Lista de asistentes -- Curso de formación de formadores
Granada, 4 de julio de 1999

Nombre                    Sección / grupo            Correo electrónico
Ana Ruiz                  Grupo Granada              aruiz@...
Jordi Puig                Grupo Girona
Marisa Vidal              Grupo Valencia             mvidal@...
Tomás Hernández           Grupo Murcia
"""),
    ('b-le1', 'letter', """\
INTERNATIONAL CONSCIENCE NETWORK
Group 48 -- 12 Harbor Road -- Portland, Maine 04101

October 2, 1974

Dear Mrs. Santos,

We are the group in Portland that has adopted your husband as a
prisoner of conscience. We want you to know that we think of him and
of your family, and that we write every month to the authorities on
his behalf.

If there is anything we can send you or the children, please tell us.

With warm wishes,

Eleanor Burke
for Group 48
"""),
    ('b-le2', 'letter', """\
Subject: Thank you from the training team

Hi Marcus,

Just a quick note to say thanks for hosting last Saturday's workshop.
Everyone said the room was perfect and the lunch even better. We had
forty people, the most ever for a Maine training.

We'll send the evaluation summary next week.

Cheers,
Dana
"""),
    ('b-le3', 'letter', """\
                                            París, 3 de marzo de 1981

Señor Presidente de la República
Palacio Nacional
Guatemala, Guatemala

Señor Presidente:

Me dirijo a usted para expresarle mi profunda preocupación por la
desaparición del sindicalista Mario López, detenido el 12 de enero por
hombres armados en la capital.

Le ruego que ordene una investigación inmediata y que se informe a su
familia de su paradero.

Atentamente,

Claude Moreau
"""),
    ('b-me1', 'memo', """\
INTERNATIONAL CONSCIENCE NETWORK -- NATIONAL OFFICE

TO: Regional Trainers
FROM: Paula Chen, Training Coordinator
SUBJECT: New workshop on online actions
DATE: 14 February 2000

Attached is the draft of the new one-hour workshop on online actions.
Please try it with one group before April and send me your comments.
"""),
    ('b-me2', 'memo', """\
From: secretariat@icn-france.org
To: responsables-groupes@icn-france.org
Date: 12/03/2009
Objet: Formation des nouveaux membres

Vous trouverez ci-joint le programme de la formation des nouveaux membres
du 4 avril. Merci de le diffuser dans vos groupes.
"""),
    ('b-fl1', 'flyer', """\
                    STOP THE EXECUTIONS

        Candlelight vigil outside the State Capitol

              the night before every execution
                     10 pm -- midnight

         Call 555-0147 to be told when a vigil is held.
"""),
    ('b-fl2', 'flyer', """\
       ¿Te importan los derechos humanos?

        ¡ÚNETE A NUESTRO GRUPO!

   Reunión informativa: jueves 15 de octubre, 19:30 h
   Centro cívico del barrio, sala 3

   Ven con tus amigos. No hace falta experiencia.
"""),
    ('b-nl1', 'newsletter', """\
ACTION NEWS
The newsletter of the Midwest Region           No. 41      June 1986

REGIONAL CONFERENCE A SUCCESS
Over two hundred members came to Madison for the conference.

PRISONER RELEASED
Group 22's prisoner in Indonesia was released in April.

NEW STAFF
We welcome Maria Alvarez as the region's new field organizer.
"""),
    ('b-nl2', 'newsletter', """\
CONSCIENCE
Bulletin des groupes du Québec
Hiver 1982

Le mot de la coordonnatrice
Une année de travail s'achève et nos groupes n'ont jamais été aussi
nombreux.

Nouvelles des dossiers
Le groupe de Sherbrooke a reçu une lettre de l'épouse de son prisonnier.

Agenda
Assemblée générale : le 20 mars, à Montréal.
"""),
    ('b-re1', 'report', """\
QUARTERLY REPORT, JANUARY-MARCH 1991
Northeast Field Office

Trainings: nine workshops were held, with 214 participants in all.
Groups: three new groups started, in Burlington, Portland and Concord.
Urgent actions: the network sent 1,140 letters this quarter.
Problems: two trainers left; we need to recruit in New Hampshire.
"""),
    ('b-re2', 'report', """\
INFORME DEL TALLER DE LIMA
10-11 de junio de 1994

Participaron 28 personas de nueve grupos. El primer día se trataron las
técnicas de cabildeo; el segundo, el trabajo con los medios.

Los participantes valoraron sobre todo los ejercicios prácticos.

Recomendaciones: repetir el taller en Arequipa y en Cusco, y preparar
un manual breve de cabildeo.
"""),
    ('b-re3', 'report', """\
Minutes -- Board of Directors
June 12, 2004

Attending: R. Gomez, L. Park, S. Ahmed, T. Nolan, J. Wu
Absent: K. Meyer

The board approved the 2005 budget. L. Park presented the training plan;
the board asked for a cost estimate by September. The motion to open a
West Coast office was tabled until the next meeting.
"""),
    ('b-sl1', 'slides', """\
LOBBYING 101
Slide 1

WHY LOBBY?
 - Laws matter
 - Legislators listen to constituents
Slide 2

HOW TO PREPARE
 - Know the bill
 - Know your legislator
 - Have one ask
Slide 3
"""),
    ('b-sl2', 'slides', """\
Diapositive 1 -- Les prisonniers d'opinion

Diapositive 2 -- Qui sont-ils ?
  • des journalistes
  • des syndicalistes
  • des croyants

Diapositive 3 -- Que faire ?
  • écrire
  • signer
"""),
    ('b-nu1', None, """\
                        CERTIFICAT DE PARTICIPATION

      Nous certifions que Madame Louise Tremblay a participé à la
      formation « Défendre les droits humains » tenue à Québec
      du 12 au 14 mai 1995.
"""),
    ('b-nu2', None, """\
Thursday --
ring Sam about vans
photocopies (200) of the case sheet
ask Joan re: church hall for the 10th
buy stamps!!
"""),
    ('b-nu3', None, """\
-ing the march, and when we reached the square the police were already
there. I remember the noise more than anything, and the smell of the
tear gas. My sister held my hand the whole time.
"""),
    ('c-ho-sample', 'handout', """\
HOW TO WRITE TO A GOVERNMENT OFFICIAL

Officials receive many letters. Yours will be read if it is short,
polite and specific. Here is an example you can adapt:

    Dear Minister,

    I am concerned about the detention of Ahmed Saleh, a journalist
    held since 3 March without charge. I urge you to release him.

    Yours sincerely,

Always sign with your full name and address. Never use insults, and
never write about politics in general: write about the person.
"""),
    ('c-ag-ocr', 'agenda', """\
Amnesty Group 19 - Meeting Agenda
Wed. Jan 16 1991    7.30pm    Library Room B

1  Welcome & apologies
2  Minutes of previous meeting
3  Prisoner update (Ruth)
4  UA report (Kevin)
5  Gulf crisis - what should we do?
6  AOB
"""),
    ('c-ev-yesno', 'evaluation form', """\
Evaluation -- New Member Orientation -- 9/14/96

Did the orientation answer your questions?       Yes    No    Partly
Do you now know how to join a campaign?           Yes    No    Partly
Was the session too long, too short, or about right?

What was the most helpful part of the evening?
_____________________________________________________________

Anything else?
_____________________________________________________________
"""),
    ('c-ws-grid', 'worksheet', """\
CAMPAIGN PLANNING GRID

Goal:         _________________________________________
Target:       _________________________________________
Allies:       _________________________________________
Opponents:    _________________________________________
Tactics:      _________________________________________
Timeline:     _________________________________________
"""),
    ('c-letter-fr-formal', 'letter', """\
Monsieur le Ministre de la Justice
Ministère de la Justice
Rabat, Maroc
                                                  Lyon, le 8 mai 1989

Monsieur le Ministre,

Membre d'un groupe de notre organisation, je me permets d'attirer votre
attention sur la situation de M. Abdellah Idrissi, détenu depuis 1985.

Je vous prie d'agréer, Monsieur le Ministre, l'expression de ma haute
considération.

Françoise Martin
"""),
    ('c-letter-members', 'letter', """\
ICN Group 77
Box 412, Ann Arbor, MI 48106

Dear Members and Friends,

Our annual book sale will be held on Saturday, April 12, from 9 am to
4 pm at the First Methodist Church. We need volunteers to sort books on
Friday evening and to staff the tables on Saturday.

All the money raised goes to our prisoner work. Please call Joan if you
can help.

Thank you,

Joan Whitaker
Group Coordinator
"""),
    ('c-flyer-en', 'flyer', """\
WRITE FOR RIGHTS
Human Rights Day Letter-Writing Marathon

December 10 -- 10 am to 10 pm
Main Library, Community Room

Drop in, write a letter, change a life.
Cards, paper and stamps provided.
"""),
    ('c-report-annual-es', 'report', """\
MEMORIA DE ACTIVIDADES 1998
Grupo de Salamanca

Durante el año el grupo trabajó en el caso de un preso de conciencia en
Turquía, al que enviamos más de doscientas cartas. En marzo organizamos
una charla sobre la pena de muerte, a la que asistieron ochenta
personas, y en diciembre una mesa informativa por el Día de los
Derechos Humanos.
"""),
    ('c-manual-toc', 'manual', """\
ORGANIZING FOR HUMAN RIGHTS
A Guide for Campus Chapters

TABLE OF CONTENTS
Introduction ........................... 1
Starting a Chapter ..................... 3
Recruiting Members ..................... 7
Planning Events ........................ 11
Working with the Media ................. 15
Appendix: Sample Constitution .......... 19
"""),
    ('c-tg-en2', 'trainer guide', """\
Workshop outline: Saying it to the press (90 minutes)

Before you start: set up two chairs facing each other at the front.

Warm-up. Invite two volunteers to play a reporter and a group member.
Give the "reporter" the card of difficult questions.

Practice. Split the participants into threes: reporter, speaker,
observer. Each round lasts five minutes; then they switch roles.

Debrief. Ask the observers what worked and what did not.
"""),
    ('c-memo-es2', 'memo', """\
MEMORÁNDUM

A:        Responsables de formación
DE:       Coordinación estatal
ASUNTO:   Materiales del taller de cabildeo
FECHA:    3 de marzo de 2006

Os enviamos los materiales revisados del taller de cabildeo.
"""),
    ('c-slides-trans', 'slides', """\
TRANSPARENCIA 1
¿QUÉ ES UN PRESO DE CONCIENCIA?

TRANSPARENCIA 2
UNA PERSONA ENCARCELADA POR SUS CREENCIAS
QUE NO HA USADO NI PROPUGNADO LA VIOLENCIA

TRANSPARENCIA 3
¿QUÉ PUEDES HACER?
"""),
    ('c-si-blank-fr', 'sign-in sheet', """\
Soirée d'information -- 14 octobre 1998

Nom et prénom              Adresse                        Courriel
..........................  ............................  ..................
..........................  ............................  ..................
..........................  ............................  ..................
"""),
    ('c-null-clipping', None, """\
TWO STUDENTS FREED
The two students arrested in March were released on bail yesterday
after a hearing that lasted less than ten minutes. Their lawyer said
the charges would probably be dropped. Local human rights groups had
written hundreds of letters on their behalf.
"""),
    ('c-null-addresses', None, """\
Ministerio del Interior, Paseo de la Castellana 5, 28046 Madrid
Embajada de Chile, Lagasca 88, 28001 Madrid
Ministry of Justice, 10 Downing Street? no -- check
Consulado de Argentina, Fernando el Santo 15, 28010 Madrid
"""),
    ('c-null-poem-es', None, """\
A LOS QUE NO ESTÁN

Nombramos a los ausentes
con la voz de los presentes,
y en cada nombre una vela,
y en cada vela una espera.
"""),
]
